"""A second, optional signal for the lexicon's family decision: sentence similarity (the packaged
MiniLM, offline) between the paper's sentences about its own model and short hand-written
descriptions of what each data family means. It only nudges the rules' scores, by less than one
abstract sentence's term hit, and its evidence is the paper's own sentence that matched best (a
quote like any other), so the lexicon stays explainable: which description, which sentence,
which cosine.

The embedding model is loaded on first use, and only for a paper whose family is decided by its
data (not an agent, not a benchmark). Loading it costs seconds on a 2-core machine, so the
signal is an option (`LexiconExtractor(similarity=FamilySimilarity(settings))`, `curate eval
extract --similarity`), not the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agent.settings import Settings
from agent.vocab import Family

#: what each data family means, in the vocabulary's words (SPEC: family), written for this
#: purpose; never copied from a paper
FAMILY_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    Family.text_bridge: (
        "A model that links single cells or genes to natural language: it reads or writes "
        "text such as cell descriptions, questions and answers, or prompts to a large "
        "language model.",
        "Cells are written as sentences of gene names and a large language model is "
        "fine-tuned to describe, classify or generate them.",
        "Gene or cell embeddings are aligned with text embeddings of descriptions from the "
        "literature.",
    ),
    Family.spatial_multimodal: (
        "A model of spatial transcriptomics that uses the positions of spots and cells in a "
        "tissue section.",
        "A model that combines histology images of tissue with gene expression measured in "
        "the same tissue.",
        "A model that integrates several omics layers of the same cells, such as RNA, "
        "chromatin accessibility and surface proteins.",
    ),
    Family.epigenomic: (
        "A model of chromatin accessibility that learns from single-cell ATAC-seq peaks and "
        "regulatory DNA elements.",
        "An epigenomic model of enhancers, promoters and cis-regulatory regions in single cells.",
    ),
    Family.foundation: (
        "A transformer pretrained with self-supervision on millions of single-cell gene "
        "expression profiles and fine-tuned for downstream tasks.",
        "A foundation model that learns general representations of cells and genes from a "
        "large atlas of transcriptomes.",
    ),
}
#: the nudge the best-matching family gets: less than one abstract sentence's term hit (3.0)
BONUS = 2.0
#: the best family must beat the second by this much cosine, else the signal abstains
MARGIN = 0.08
#: sentences embedded per paper, at most
MAX_SENTENCES = 40


@dataclass
class Match:
    family: str
    cosine: float
    sentence: Any  # the lexicon's Sentence
    description: str


class FamilySimilarity:
    """Lazily loaded MiniLM similarity between sentences and the family descriptions."""

    def __init__(self, settings: Settings | None = None, encoder: Any = None):
        if encoder is None:  # imported here: a command that runs no signal never loads it
            from agent.embedding import Embedder

            encoder = Embedder(settings or Settings())  # loads the model on first use
        self._encoder = encoder  # anything with encode(list[str]) -> list[list[float]]
        self._descriptions: list[tuple[str, str, list[float]]] | None = None

    def _described(self) -> list[tuple[str, str, list[float]]]:
        if self._descriptions is None:
            pairs = [(f, d) for f, ds in FAMILY_DESCRIPTIONS.items() for d in ds]
            vecs = self._encoder.encode([d for _, d in pairs])
            self._descriptions = [(f, d, v) for (f, d), v in zip(pairs, vecs, strict=True)]
        return self._descriptions

    def best(self, sentences: list[Any]) -> Match | None:
        """The family whose description the paper's sentences match best, when it beats the
        runner-up by `MARGIN`; None when it does not (or there are no sentences)."""
        sents = sentences[:MAX_SENTENCES]
        if not sents:
            return None
        described = self._described()
        vecs = self._encoder.encode([s.text for s in sents])
        per_family: dict[str, Match] = {}
        for s, v in zip(sents, vecs, strict=True):
            for fam, desc, dv in described:
                cos = sum(a * b for a, b in zip(v, dv, strict=True))  # both L2-normalised
                if fam not in per_family or cos > per_family[fam].cosine:
                    per_family[fam] = Match(str(fam), cos, s, desc)
        ranked = sorted(per_family.values(), key=lambda m: -m.cosine)
        if len(ranked) > 1 and ranked[0].cosine - ranked[1].cosine < MARGIN:
            return None
        return ranked[0]
