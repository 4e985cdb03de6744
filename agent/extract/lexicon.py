"""The offline, deterministic extractor: vocabulary terms with synonyms, weighted by section,
discounted for negation, related work and citations. Every value carries the sentences that
triggered it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.extract.base import Extraction, FieldResult, PaperText, verify
from agent.extract.identity import (
    about_other_models,
    family_without_model,
    identity,
    primary_task,
)
from agent.reader import SENTENCE_END, label_sections
from agent.vocab import Domain, Family, Grounding, Modality, Task

VERSION = "lexicon-1"

# ---- term tables: value -> regex (case-insensitive). One place to read and tune. -------------
MODALITY_TERMS: dict[str, str] = {
    Modality.rna: r"scrna|snrna|single[- ]cell rna|rna[- ]seq|transcriptom\w*|gene expression"
    r"|expression (profiles?|data|matri\w+)",
    Modality.atac: r"\batac\b|scatac|chromatin accessibility|accessible chromatin",
    Modality.protein: r"cite-seq|\badts?\b|surface protein|protein (abundance|expression|marker)"
    r"|proteom\w*|mass cytometry|cytof",
    Modality.spatial: r"spatial(ly)?[- ](resolved |omics|transcriptom\w*|data|coordinates)"
    r"|\bvisium\b|merfish|slide-seq|xenium|\bst data",
    Modality.histology: r"histolog\w*|h&e|whole[- ]slide|patholog\w* image|tissue image",
    Modality.dna_sequence: r"dna sequence|genomic sequence|nucleotide sequence|sequence motifs?",
    Modality.text: r"natural language|free[- ]text|text(ual)? (description|input|prompt|data)"
    r"|gene descriptions?|cell sentences?",
}
GROUNDING_TERMS: dict[str, str] = {
    Grounding.atlas: r"cell atlas|cellxgene|human cell atlas|\d+(\.\d+)?\s*(million|m)\s+cells"
    r"|pre-?train\w* on (large|\d|millions|a large)|large-scale (single-cell )?"
    r"(corpus|data(sets)?|pre-?training)",
    Grounding.ontology: r"\bontolog\w*|knowledge graph|\bgo terms?\b",
    Grounding.marker: r"(using|based on|from|with|such as|of|known|canonical) marker genes?"
    r"|marker[- ]gene lists?|differentially expressed genes|\bde genes",
    Grounding.literature: r"literature|gene descriptions?|text embeddings?"
    r"|(learned|encoded|prior|extract\w*) (essential )?biological knowledge"
    r"|pubmed|gene summar\w+",
    Grounding.spatial: r"spatial (neighbo\w+|context|niche|proximity)|neighbou?rhood|"
    r"tissue context|microenvironment",
    Grounding.sequence: r"dna sequence|sequence motifs?|\bmotifs?\b|cis-regulatory sequence",
}
TASK_TERMS: dict[str, str] = {
    Task.annotation: r"annotat\w+|cell[- ]type (identification|classification|labell?ing)"
    r"|classif\w+ (cells|cell types)|label transfer|novel cell types?",
    Task.trajectory_perturbation: r"perturb\w*|trajector\w*|pseudotime|lineage|in silico "
    r"knock\w*|cell fate",
    Task.integration: r"data integration|batch (effects?|correction|integration)|integrat\w* "
    r"(of )?(multiple|multi-?omic\w*|datasets|batches|modalities|across)"
    r"|harmoniz\w+|multi-?omic\w* integration",
    Task.spatial_mapping: r"spatial (mapping|domains?|clustering|deconvolution|organi[sz]ation"
    r"|regions?|complexit\w+)|deconvol\w+|regions? (selection|of interest)"
    r"|spatial transcriptomics analysis",
    Task.regulatory_inference: r"gene regulatory networks?|\bgrns?\b|pathway\w*|transcription "
    r"factors?|regulatory (inference|elements?|networks?)"
    r"|cell-cell communication|ligand-receptor",
    Task.cross_species: r"cross-species|across (\w+ )?species|(multiple|different) species",
    Task.generation: r"(generat\w*|synthes\w*|simulat\w*) (of )?(synthetic |realistic |new "
    r"|pseudo-?)?(cells?|data|single-cell|expression|profiles|samples|"
    r"transcriptom\w*)|synthetic (data|cells|single-cell)|data synthesis",
    Task.drug_response: r"drug (responses?|sensitivity|synergy)|chemical perturbation"
    r"|compound (response|screen)",
}
DOMAIN_TERMS: dict[str, str] = {
    Domain.biological_grounding: r"biologically meaningful|biological (knowledge|interpretation"
    r"|insights?)|\bontolog\w*|pathway enrichment",
    Domain.batch_effects: r"batch (effects?|correction|integration)",
    Domain.multiomics_alignment: r"multi-?omic\w* (integration|alignment)|cross-modal\w*"
    r"|multimodal alignment",
    Domain.trajectory_perturbation: TASK_TERMS[Task.trajectory_perturbation],
    Domain.generalization: r"cross-species|zero-shot|unseen (cell|tissue|data)\w*|generali[sz]\w+"
    r"|transferability",
    Domain.fairness: r"fairness|demographic|under-?represented|ancestry",
    Domain.explainability: r"interpretab\w+|explainab\w+|attention (weights|maps)|saliency",
    Domain.privacy: r"privacy|federated|de-identif\w+",
    Domain.scalability: r"scalab\w+|millions of cells|\d+\s*million cells|computational(ly)? "
    r"efficien\w+",
    Domain.emerging_agentic: r"agentic|\bllm agents?\b|multi-agent|tool[- ](use|calling)",
}
FAMILY_TERMS: dict[str, str] = {
    Family.text_bridge: r"large language models?|\bllms?\b|\bgpt-?\w*|chatgpt|natural language"
    r"|language interface|cell sentences?|text embeddings?",
    Family.spatial_multimodal: r"spatial(ly)?[- ](resolved|omics|transcriptom\w*)|histolog\w*"
    r"|multi-?modal|multi-?omic\w*",
    Family.epigenomic: r"\batac\b|scatac|chromatin accessibility|epigenom\w*",
    Family.foundation: r"foundation models?|pre-?trained (transformer|model)|self-supervised "
    r"(pre-?training|learning)|masked (gene|expression)",
    Family.benchmark: r"\bbenchmark\w*|\barena\b|evaluation (framework|study|suite)",
    Family.agentic: r"\bagentic\b|\b(llm|ai|autonomous|language|multi-?)[- ]?agents?\b|"
    r"\bagents? (that|which) (plan|call|use)|tool[- ](use|calling|augmented)"
    r"|plans? and execut\w+",
}
AGENT_NAME = re.compile(r"[a-z]Agent\b|\bAgent\b")  # scAgent, CellAgent: an agent by name

SECTION_WEIGHT = {
    "title": 3.0,
    "abstract": 3.0,
    "front": 2.0,
    "introduction": 1.0,
    "methods": 1.0,
    "results": 0.8,
    "discussion": 0.6,
    "related_work": 0.2,
    "appendix": 0.3,
    "references": 0.0,
}
NEGATION = re.compile(
    r"\b(not|no|without|neither|nor|lacks?|unlike|instead of|rather than)\b"
    r"[^.;:]{0,40}$",
    re.I,
)
RELATED = re.compile(
    r"\bet al\.|\[\d+(,\s*\d+)*\]|\b(previous|prior|existing|earlier) "
    r"(work|studies|methods|models|approaches)",
    re.I,
)
#: fraction of the best value's score another value needs in long papers
RELATIVE = 0.25
THRESHOLD = 2.0


@dataclass
class Sentence:
    text: str
    page: int
    weight: float


def sentences(paper: PaperText) -> list[Sentence]:
    out = [Sentence(paper.title, 1, SECTION_WEIGHT["title"])] if paper.title else []
    if paper.abstract:
        out += [Sentence(s, 1, SECTION_WEIGHT["abstract"]) for s in _split(paper.abstract)]
    marks = label_sections(paper.pages)
    for page, page_marks in zip(paper.pages, marks, strict=True):
        bounds = page_marks + [(len(page.text) + 1, "")]
        for (start, sec), (end, _) in zip(bounds, bounds[1:], strict=False):
            w = SECTION_WEIGHT.get(sec, 1.0)
            if w == 0:
                continue
            out += [Sentence(s, page.number, w) for s in _split(page.text[start:end])]
    return out


def _split(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip()
    return [s.strip() for s in SENTENCE_END.split(text) if len(s.strip()) > 3]


def score_terms(sents: list[Sentence], terms: dict[str, str]) -> dict[str, tuple[float, list]]:
    """value -> (score, [(weight, sentence)]), discounting negation and related work."""
    compiled = {v: re.compile(p, re.I) for v, p in terms.items()}
    scores: dict[str, tuple[float, list]] = {}
    for s in sents:
        related = 0.3 if RELATED.search(s.text) else 1.0
        for value, rx in compiled.items():
            m = rx.search(s.text)
            if not m:
                continue
            w = s.weight * related
            if NEGATION.search(s.text[: m.start()]):
                w *= 0.1
            total, hits = scores.get(value, (0.0, []))
            hits.append((w, s))
            scores[value] = (total + w, hits)
    return scores


def select(scores: dict[str, tuple[float, list]], long_doc: bool) -> list[str]:
    top = max((s for s, _ in scores.values()), default=0.0)
    floor = max(THRESHOLD, RELATIVE * top if long_doc else 0.0)
    return [v for v, (s, _) in scores.items() if s >= floor]


def result(
    values: list[str] | str | bool | None,
    scores: dict[str, tuple[float, list]],
    paper: PaperText,
    fld: str,
    rejected: list,
    keys: list[str] | None = None,
) -> FieldResult:
    keys = keys if keys is not None else (values if isinstance(values, list) else [str(values)])
    quotes: list[str] = []
    conf = 1.0
    for k in keys:
        score, hits = scores.get(k, (0.0, []))
        conf = min(conf, min(1.0, score / (2 * THRESHOLD)))
        quotes += [s.text for _, s in sorted(hits, key=lambda h: -h[0])[:2]]
    ev = verify(quotes, paper, fld, rejected)
    flags = [] if ev or not keys else ["no verified evidence"]
    return FieldResult(value=values, evidence=ev, confidence=round(conf, 2), flags=flags)


class LexiconExtractor:
    name = "lexicon"
    prompt_versions = {"lexicon": VERSION}  # noqa: RUF012 - read-only

    def extract(self, paper: PaperText) -> Extraction:
        rejected: list = []
        own_fields, own_name = identity(paper, rejected)
        # sentences about other models ("models such as X", "X [12]") carry no value here
        sents = [
            s
            for s in sentences(paper)
            if s.weight >= SECTION_WEIGHT["title"] or not about_other_models(s.text, own_name)
        ]
        long_doc = sum(len(p.text) for p in paper.pages) > 8000
        fields: dict[str, FieldResult] = {}
        for fld, terms in (
            ("modalities", MODALITY_TERMS),
            ("grounding", GROUNDING_TERMS),
            ("tasks", TASK_TERMS),
            ("domains", DOMAIN_TERMS),
        ):
            sc = score_terms(sents, terms)
            values = sorted(select(sc, long_doc))
            fields[fld] = result(values, sc, paper, fld, rejected)
            if not values:
                fields[fld].flags = ["no value found; left for the reviewer"]
        fam = score_terms(sents, FAMILY_TERMS)
        agentic_score = fam.get(Family.agentic, (0.0, []))[0]
        by_name = bool(AGENT_NAME.search(paper.title or ""))
        agentic = agentic_score >= THRESHOLD * 1.5 or (by_name and agentic_score > 0)
        family, secondary = self._family(fam, agentic, long_doc)
        fields["family"] = result(family, fam, paper, "family", rejected)
        if own_name is None and not agentic:  # an analysis or benchmark paper
            fields["family"] = family_without_model(paper, rejected) or fields["family"]
        fields["secondary_families"] = result(secondary, fam, paper, "secondary_families", rejected)
        # agentic: false rests on the absence of (undiscounted) agent language, not on a quote
        fields["agentic"] = result(
            agentic, fam, paper, "agentic", rejected, keys=[Family.agentic] if agentic else []
        )
        if not agentic:
            fields["agentic"].confidence = 0.8 if agentic_score == 0 else 0.6
        fields["domain_score"] = FieldResult(
            value=len(fields["domains"].value),
            evidence=fields["domains"].evidence,
            confidence=fields["domains"].confidence,
        )
        fields.update(own_fields)
        fields["primary_task"] = primary_task(paper, own_name, rejected)
        return Extraction(
            extractor=self.name,
            prompt_versions=dict(self.prompt_versions),
            fields=fields,
            rejected_quotes=rejected,
        )

    @staticmethod
    def _family(
        fam: dict[str, tuple[float, list]], agentic: bool, long_doc: bool
    ) -> tuple[str, list[str]]:
        def s(f: str) -> float:
            return fam.get(f, (0.0, []))[0]

        title_hit = {
            f
            for f, (_, hits) in fam.items()
            if any(h.weight >= SECTION_WEIGHT["title"] for _, h in hits)
        }
        if agentic:
            primary = Family.agentic
        elif Family.benchmark in title_hit or s(Family.benchmark) >= 3 * THRESHOLD:
            primary = Family.benchmark
        else:
            cands = [
                Family.text_bridge,
                Family.spatial_multimodal,
                Family.epigenomic,
                Family.foundation,
            ]
            # an epigenomic or foundation model names itself so; text and spatial are inputs
            bias = {Family.foundation: 1.2, Family.epigenomic: 1.2}
            primary = max(cands, key=lambda f: (s(f) * bias.get(f, 1.0), -cands.index(f)))
            if s(primary) == 0:
                primary = Family.foundation
        floor = max(THRESHOLD, 0.5 * s(primary)) if long_doc else THRESHOLD
        secondary = sorted(
            f
            for f in FAMILY_TERMS
            if f != primary and s(f) >= floor and f not in (Family.benchmark, Family.agentic)
        )
        return str(primary), [str(f) for f in secondary]
