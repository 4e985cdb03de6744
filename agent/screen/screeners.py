"""Screeners behind one interface: `lexicon` (offline: scope terms x method terms per A.2
criterion), `llm` (a prompt with the criteria, structured decision) and `cascade` (lexicon
decides the clear cases, the LLM only the maybes)."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect
from typing import Any, Literal, Protocol

from pydantic import BaseModel

from agent.errors import UsageError
from agent.screen.prefilter import Prefilter, Rules, split_alternatives
from agent.screen.records import Record
from agent.screen.relevance import RegistryProfile, relevance

CRITERIA = {
    "1": "Introduced or evaluated a large pretrained model (>= 10M parameters) for single-cell "
    "or multi-omic analysis.",
    "2": "Employed textual grounding, ontology prompts, or natural-language interfaces to "
    "interpret single-cell data.",
    "3": "Proposed agentic or reasoning-based frameworks for biological tasks (annotation, "
    "trajectory, perturbation, or integration).",
    "4": "Released code, preprints, or benchmarks relevant to cellular foundation models.",
}
CRITERIA_TEXT = "\n".join(f"{k}. {v}" for k, v in CRITERIA.items())
CRITERIA_VERSION = hashlib.sha256(CRITERIA_TEXT.encode()).hexdigest()[:8]

Decision = Literal["include", "exclude", "maybe"]


class ScreenDecision(BaseModel):
    decision: Decision
    criterion: str | None = None  # "1", "1,2", or an exclusion reason code
    reason: str
    screener: str
    version: str
    #: relevance in [0, 1] (lexicon: decision band + terms + similarity to registry papers);
    #: None where a screener gives none. Ranking and the export order by it.
    score: float | None = None
    reviewer: str | None = None  # set when a person decided (screener "human")

    @classmethod
    def trusted(
        cls,
        decision: Decision,
        criterion: str | None,
        reason: str,
        screener: str,
        version: str,
        score: float | None = None,
        reviewer: str | None = None,
    ) -> ScreenDecision:
        """From values a screener made (valid by construction), without validation: what
        model_construct does, at a fraction of its cost (a run makes one per record)."""
        obj = cls.__new__(cls)
        object.__setattr__(
            obj,
            "__dict__",
            {
                "decision": decision,
                "criterion": criterion,
                "reason": reason,
                "screener": screener,
                "version": version,
                "score": score,
                "reviewer": reviewer,
            },
        )
        object.__setattr__(obj, "__pydantic_fields_set__", set(_DECISION_FIELDS))
        object.__setattr__(obj, "__pydantic_extra__", None)
        object.__setattr__(obj, "__pydantic_private__", None)
        return obj

    def values(self) -> tuple[Any, ...]:
        """The fields in `trusted`'s order: what crosses a process boundary (a tuple pickles
        several times faster than a model)."""
        d = self.__dict__
        return (
            d["decision"],
            d["criterion"],
            d["reason"],
            d["screener"],
            d["version"],
            d["score"],
            d["reviewer"],
        )


_DECISION_FIELDS = frozenset(ScreenDecision.model_fields)


# ---- the lexicon -----------------------------------------------------------------------------
# Cellular-level omics, said in the many ways papers say it (a relevant paper may never write
# "single-cell"): strong terms place a record in scope on their own.
SCOPE_STRONG = re.compile(
    r"single-cell(?!ed)|single cell (rna|atac|transcriptom\w*|omics|genomics|sequencing|data|level|"
    r"resolution|analys[ie]s|atlas|expression|foundation|multi-?omic\w*|biology)"
    r"|\bsc(rna|atac|dna)[- ]?(seq)?\b|\bsnrna|\bscrnaseq\b|single[- ]nucleus"
    r"|spatial(ly)?[- ](resolved )?(transcriptom\w*|omics|proteom\w*|gene expression)"
    r"|\b(visium|merfish|xenium|slide-seq\w*|stereo-seq|cosmx)\b"
    r"|cell (atlas|atlases|ontology)|cellxgene|tabula (sapiens|muris)"
    r"|cell[- ]types? (annotation|identification|classification|labell?ing)|annotat\w+ (of )?cell"
    r"[- ]?types?|cell identit\w+|cell states?\b|cellular heterogeneity"
    r"|perturb-seq|crispr (screen\w*|perturbation\w*)|genetic perturbation\w*|perturbation "
    r"(screen\w*|response\w*|effects? prediction)|cite-seq|\bmultiome\b|10x genomics"
    r"|transcriptome foundation|cell(ular)? foundation model|cell embeddings?"
    r"|gene expression profiles? of (individual |single )?cells"
    r"|(gene )?expression program(me)?s?|transcriptional (responses?|program(me)?s?|states?"
    r"|changes?|shifts?|signatures?|effects?)"
    r"|cellular (responses?|states?|phenotypes?|differentiation|reprogramming|language models?"
    r"|transcriptom\w*|omics|profiles?)|virtual cells?"
    r"|in[- ]silico perturbation\w*|cell[- ]cell (communication|interactions?)"
    r"|cells as (tokens|sentences|words)|cell sentences?|gene[- ]expression (ranks?|vectors?)"
    r"|cell (annotation|clustering"
    r"|embeddings?|representations?)|annotat\w+ (\w+ )?cells\b|chromatin accessibility|\bccres?\b"
    r"|multi-?omics? single-cell|gene-cell"
    r"|\b(diseased|healthy|immune|tumou?r|dissociated|blood|stem) cells\b|dissociated tissues?"
    r"|\bpbmcs?\b|highly variable genes|clusters? of cells|cell (identification"
    r"|subsets?)|(spot|cell[- ]type) deconvolution"
    # cell-level data said by its scale, its markers or its assay's shorthand
    r"|\b\d+(\.\d+)?\s*(m|k|million|thousand)?\s+(single )?cells\b"
    r"|millions of cells|(hundreds of |tens of )?(millions|thousands) of nuclei"
    r"|marker genes?|\bde (genes|markers)|differentially expressed genes|cell[- ]type markers?"
    r"|perturbation (prediction|modell?ing|atlas\w*)|(post|after)[- ]perturbation"
    r"|knock-?(out|down) (signatures?|effects?|responses?)|perturbed (expression|cells)"
    r"|genome-wide (crispr |knock-?out |perturbation )?screens?"
    # tasks that only exist at cell level: integrating cells across batches, carrying labels
    # from a reference to new cells, ordering cells in time, splitting a tissue into cell types
    r"|batch (effect )?(correction|integration)|label transfer|reference mapping"
    r"|trajectory inference|pseudo-?time|cell (fates?|lineages?|populations?|trajector\w+)"
    r"|lineage tracing|cell[- ]type (deconvolution|composition|proportions?)"
    r"|(individual|per)[- ]cells?\b|cell-by-gene|spatial (domains?|niches?)"
    # assays that measure cell by cell: cytometry, multiplexed tissue imaging
    r"|(flow|mass|spectral) cytometry|\bcytof\b"
    r"|multiplex(ed)? (tissue )?(imaging|immunofluorescence)"
    # naming the cell types of a sample, said as a verb or as the task's product
    r"|(identif|predict|classif|label|assign|infer|determin|recogni|discover|resolv|call)\w* "
    r"(of )?(the |their |novel |rare )?(\w+ )?cell[- ]?(sub)?types?"
    r"|cell[- ]?(sub)?types? (labels?|calls?|assignments?|predictions?|inference|recognition"
    r"|annotat\w+|naming|names"
    r"|discovery|markers?|specific\w*)|cell (subpopulations?|subtypes?)",
    re.I,
)
#: abbreviations that are cell-level only beside cell-level or omics words ("ST data" is also
#: spatio-temporal traffic data)
ABBREVIATED = re.compile(r"\bst (data|spots?|slides?|sections?)\b", re.I)
#: words that are cell-level only in a text about gene activity (an "atlas" of the brain may be
#: an MRI template, "nuclei" atomic, "niches" ecological): they count beside an omics word, and
#: a title holding one counts as one sentence, not as a cell-level title
CONTEXTUAL = re.compile(
    r"(?<!genome )(?<!protein )atlas(es)?\b|\bnuclei\b|cell clusters?|knock-?(out|down)s?\b"
    r"|guide rnas?|cell[- ]?types?\b"
    r"|cell (biology|lines?)\b|count matri(x|ces)|differential(ly)? expression"
    r"|transcriptom\w* profiles?|(gene[- ])?expression (profiles?|matri(x|ces)|changes?|shifts?"
    r"|signatures?)|cluster markers?|\bniches?\b"
    r"|cell (phenotyp\w+|neighbou?rhoods?)|cellular neighbou?rhoods?"
    r"|(label|annotat|classif|identif|cluster)\w* (of )?(the )?(\w+ )?cells\b"
    r"|(cancer|tumou?r|t|b|nk|myeloid|epithelial|neuronal|progenitor) cells\b"
    r"|(hundreds?|millions?|thousands?) (of )?(\w+ )?cells\b",
    re.I,
)


def _says_cell(alternative: str) -> bool:
    """Every match of the regex alternative contains "cell": it is there outside any group
    (optional groups and groups of alternatives removed first)."""
    bare = re.sub(r"\([^()]*\)\??", "", alternative)
    return "cell" in bare


#: what the prefilter looks for on CONTEXTUAL's behalf: its terms that say "cell" are found by
#: "cell" itself (a weak term), whatever verb or number comes first ("identifying ... cells")
CONTEXT_GATE = re.compile(
    "|".join(a for a in split_alternatives(CONTEXTUAL.pattern) if not _says_cell(a))
    + r"|\bcells?\b",
    re.I,
)
#: words of gene activity and its assays: one place for what both lists below share
GENE_ACTIVITY = (
    r"\bgenes?\b|transcript\w*|\bomics\b|multi-?omic\w*|\brna\b|chromatin|expression"
    r"|sequencing|cytometry"
)
#: the omics words beside which CONTEXTUAL terms are cell-level
OMICS = re.compile(rf"{GENE_ACTIVITY}|\bmarkers?\b|ontolog\w*", re.I)
BULK = re.compile(r"\bbulk\b")  # tried on lower-cased text
#: data measured cell by cell: a text about bulk profiles that says none of these is about
#: tissue averages, whatever cell types it mentions (tried on lower-cased text)
CELL_RESOLVED = re.compile(
    r"single[- ](cell|nucle)|\bs[cn](rna|atac|dna|-)|spatial|cytometry|individual cells"
    r"|per[- ]cell|cell-by-gene|\b\d+(\.\d+)?\s*(k|m|thousand|million)?\s+(\w+ ){0,2}cells\b"
    r"|cell[- ]type (proportions|composition|deconvolution)"
    r"|(millions|thousands) of (\w+ )?cells|\bnuclei\b|cell atlas|dissociated (cells|tissues?)"
    # tasks done on cells one by one
    r"|cell (clustering|embeddings?|annotation|states?)|trajectory|pseudo-?time|label transfer"
    r"|batch (effect )?(correction|integration)"
)
#: any biology at all: "cells" in a text with another sense of "cell" and none of these are
#: that other sense (the cells of a radio network counted by the thousand)
BIOLOGY = re.compile(
    rf"{GENE_ACTIVITY}|genetic\w*|proteom\w*|protein\w*|tissues?\b|biolog\w*|immun\w*"
    r"|organisms?|biomedic\w*|patients?\b|disease\w*|tumou?r\w*|cancer\w*|single[- ]nucle\w*"
    r"|single[- ]cell|-seq\b|\bsc(rna|atac|dna)",
    re.I,
)
#: the title names another subject (images, proteins, molecules, sequences): one mention of
#: cell-level data in the abstract is then a dataset or an application, not the subject
OTHER_SUBJECT = re.compile(
    r"patholog\w*|histopatholog\w*|whole[- ]slide|medical imag\w*|radiolog\w*|\bmri\b"
    r"|\bproteins?\b|proteom\w*|molecul\w*|\bdna\b|genom\w* (sequences?|language)"
    r"|\bchemi\w*|clinical notes?|electronic health|\behrs?\b",
    re.I,
)
#: what a model was pretrained on (tried on lower-cased text)
#: (its corpus: a count, at most two words and the noun, and what it is "of", "from" or "in",
#: which must hold the scope term; not bulk profiles, not "curves of 5,000 cells"; cytometry's
#: "events" only beside cytometry or cells)
PRETRAINED_ON = re.compile(
    r"\bpre-?train\w* ([\w.,'-]+ ){0,10}?on ((about|over|some|nearly|more than) )?([\d.,]+ "
    r"((million|billion|thousand|[mbk]) )?)?(?!([\w'-]+ ){0,2}?bulk\b)([\w'-]+ ){0,2}?"
    r"(cells|nuclei|(cell |expression )?profiles|transcriptomes|cell states"
    r"|events(?= [^.;]{0,60}\b(cytometry|cells)\b))\b( (of|from|in|across) [^.;]{0,60})?"
)
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(])")
#: the field's naming convention for single-cell and spatial models: scGPT, snATAC, stFormer,
#: and a capitalised word after "Cell" (CellFM, CellPLM; not "Cellular")
SC_NAME = re.compile(
    r"\b((sc|sn|st)(?![A-Za-z0-9]*-seq)(?!RNA|ATAC|DNA)[A-Z]|Cell[A-Z0-9])[A-Za-z0-9-]*"
)
#: other senses of "cell": a record whose only cells are these is out of scope
OFF_TOPIC = re.compile(
    r"cellular (networks?|automat\w+|communications?|connectivity|operators?|base stations?"
    r"|iot|v2x|traffic|standards?|protocols?)|base stations?|radio access|handovers?"
    r"|\b(solar|fuel|battery|photovoltaic|perovskite"
    r"|lithium|electrochemical|memory) cells?\b|\bbatter(y|ies)\b|spreadsheets?|\btable cells?"
    r"|(empty|grid|puzzle|sudoku|excel) cells?|cell (phones?|towers?|contents?|values)"
    r"|\b(4g|5g|6g|lte|mobile core) networks?|game of life|cell-free (massive )?mimo|\bmimo\b"
    r"|\b(femto|pico|small|macro) ?cells?\b|unit cells?|(pouch|coin|prismatic) cells?",
    re.I,
)
SCOPE_WEAK = re.compile(
    r"transcriptom\w*|gene expression|\bomics\b|multi-?omic\w*|genomic\w*|proteomic\w*"
    r"|gene regulatory|\bgrns?\b|epigenom\w*|chromatin|gene sets?|\bcells?\b|histolog\w*"
    r"|patholog\w*|\brna\b",
    re.I,
)
METHOD: dict[str, re.Pattern[str]] = {
    "1": re.compile(
        r"foundation models?|pre-?train\w*|large[- ]scale (model|transformer)"
        r"|\d+(\.\d+)?\s*(million|billion|[mb])\s+parameters|language models?"
        r"|\bscgpt|geneformer|scbert|scfoundation|self-supervised"
        # a large model by architecture, or by the field's naming (scFormer, CellPLM, ...)
        r"|transformers?\b|\battention\b|\btokens?\b|tokeni[sz]\w+|\bembeddings?\b|zero-shot"
        r"|generative|diffusion|state-space|\bmamba\b|\b\w+(former|gpt|bert|llm|plm|mamba)\b"
        r"|\bfms?\b",
        re.I,
    ),
    "2": re.compile(
        r"large language models?|\bllms?\b|\bgpt-?\w*|chatgpt|natural[- ]language"
        # LLMs by product name
        r"|\b(claude|gemini|llama-?\d?\w*|qwen\w*|mistral|mixtral|deepseek\w*|ernie|bard)\b"
        r"|\btext(ual)?\b|ontolog\w*|prompt\w*|instruction[- ]tun\w*",
        re.I,
    ),
    "3": re.compile(
        # an agent by name too (CellAgent; not a reagent)
        r"\bagent(s|ic)?\b|\b(?!re)\w+agents?\b|multi-agent|reasoning|chain[- ]of[- ]thought"
        # (not biology's "cell-autonomous", "cell autonomous", "non-autonomous")
        r"|tool[- ](use|using|usage|calling|augmented)|(?<!cell[- ])(?<!non-)(?<!non)"
        r"\bautonomous\w*|planning"
        r"|\b(assistant|copilot)s?\b",
        re.I,
    ),
    "4": re.compile(
        r"\bbenchmark\w*|\barena\b|open[- ]source|code (is )?(publicly )?available"
        r"|github\.com|evaluation (framework|suite|study)",
        re.I,
    ),
}
#: a model's size ("fewer than 200,000 parameters", "about one million parameters", "~5M
#: parameters") and training from scratch on each dataset (tried on lower-cased text)
SIZE = re.compile(
    r"(?P<n>\d[\d,.]*|one|two|three|five|ten|a hundred) ?(?P<u>k|thousand|m|million|b|billion)?"
    r"[- ](trainable )?param(eter)?s?\b"
)
SCRATCH = re.compile(r"trained (from scratch|separately|independently) (on|for) each")
#: ... unless the clause is about the methods it is compared with ("unlike methods trained
#: separately on each dataset")
OTHERS = re.compile(
    r"\b(unlike|than|compared|baselines?|methods|approaches|models|tools)\b[^.;,]*$"
)
#: what makes a model large whatever its size: pretraining, a foundation model, an LLM, a
#: transformer, billions of anything
LARGE = re.compile(
    r"foundation models?|pre-?train\w*|language models?|\bllms?\b|\bgpt|billion|transformer"
)
WORD_NUMBER = {"one": 1, "two": 2, "three": 3, "five": 5, "ten": 10, "a hundred": 100}
UNIT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "billion": 1e9}
#: A.2-1's large model: at least 10 million parameters
LARGE_PARAMETERS = 1e7


def small_model(low: str) -> bool:
    """The text says its model is below A.2-1's size (10 million parameters) or trained from
    scratch on each dataset, and calls it neither pretrained, a foundation model, a transformer
    nor an LLM."""
    if LARGE.search(low):
        return False
    if any(not OTHERS.search(low[: m.start()]) for m in SCRATCH.finditer(low)):
        return True
    for m in SIZE.finditer(low):
        n = m.group("n")
        try:
            size = WORD_NUMBER.get(n) or float(n.replace(",", ""))
        except ValueError:
            continue
        if size * UNIT.get(m.group("u") or "", 1) < LARGE_PARAMETERS:
            return True
    return False


SURVEY = re.compile(
    r"\b(a |systematic |comprehensive |scoping )?(survey|review|overview)\b"
    r"|\bperspective\b|\broadmap\b|\bprimer\b|\btutorial\b"
    # an argument or a guide, not a model: "A position on evaluation standards", "a field guide
    # to pretrained models"
    r"|\ba position (on|paper)\b|\bposition paper\b|\bfield guide\b|(^|: )an? guide to\b"
    r"|\b(progress|advances|opportunities) and (open )?(problems|challenges|prospects"
    r"|perspectives)",
    re.I,
)
SURVEY_ABSTRACT = re.compile(
    # (not "from this perspective, we build ...")
    r"(?<!from )\b(this|our|in this) (survey|review|position paper|perspective)\b"
    r"|\bwe (survey|review) "
    r"(the|recent|existing|how|\d+)|\bsystematic(ally)? review"
    r"|\bin this (article|paper|chapter|review),? we (summari[sz]e|review|survey|overview)",
    re.I,
)
#: a paper that reviews the field in its abstract but introduces its own model, benchmark or
#: agent is not a survey (a title that says survey or review still is)
INTRODUCES = re.compile(
    r"\bwe (then |also |further )?(introduce|present|propose|develop|release|build|pretrain|train"
    r"|fine-tune)\w* (a |an |our )?(new |novel |open )?(\w+[- ])?(model|framework|benchmark|method"
    r"|agent|tool|transformer|foundation model|dataset)",
    re.I,
)
LEXICON_VERSION = "lexicon-screen-8"


def _lower(rx: re.Pattern[str], word_start: bool = False) -> re.Pattern[str]:
    """The same terms for text that is already lower case: no re.I, and (every term begins a
    word) tried only at word starts: 4-5x faster."""
    return re.compile(rf"\b(?:{rx.pattern})" if word_start else rx.pattern)


#: the rules, by name: run in full (the reference) or only the alternatives a text can match
RULE_SOURCES = {
    "strong": SCOPE_STRONG,
    "weak": SCOPE_WEAK,
    "abbreviated": ABBREVIATED,
    "contextual": CONTEXTUAL,
    "omics": OMICS,
    "biology": BIOLOGY,
    "off_topic": OFF_TOPIC,
    "subject": OTHER_SUBJECT,
    **{f"method{k}": rx for k, rx in METHOD.items()},
}
FULL_RULES = {k: _lower(rx, word_start=True) for k, rx in RULE_SOURCES.items()}
RULES = Rules(RULE_SOURCES)
NEVER = re.compile(r"(?!)")  # a rule none of whose alternatives can match the text


class Screener(Protocol):
    name: str
    version: str

    def screen(self, r: Record) -> ScreenDecision: ...


def _terms(rx: re.Pattern[str], text: str, limit: int = 3) -> list[str]:
    out: list[str] = []
    for m in rx.finditer(text):
        t = m.group(0).lower()
        if t not in out:
            out.append(t)
        if len(out) >= limit:
            break
    return out


NO_SCOPE = "out of scope: no single-cell or cellular omics terms"
BULK_ONLY = "out of scope: bulk profiles (tissue or sample averages), no cell-level data"
#: similarity to a registry paper that lets a record with some cell-level evidence go to a human
SIM_MAYBE = 0.10
#: similarity that does so on its own (a record that reads like a registry paper)
SIM_STRONG = 0.3
#: a title that is only a model's name, not a paper's ("scGPT", "Cell2Sentence"): a table's row
#: or a review's line, whose text of a sentence or two describes that model and cannot say its
#: subject in two sentences as an abstract does
BARE_NAME = re.compile(r"^\s*\S+(\s+\S+){0,2}\s*$")
#: the sentences a short description has at most (under a bare name: a review's line about a
#: model; a paper's abstract under a short title has more)
SHORT_TEXT_SENTENCES = 3


class LexiconScreener:
    """Scope terms x method terms per A.2 criterion, other senses of "cell" and surveys
    excluded, and similarity to the registry's own papers where the terms alone are unsure."""

    name = "lexicon"
    cpu_bound = True  # a big file is screened by worker processes

    def __init__(self, profile: RegistryProfile | None = None):
        self.profile = profile
        # a record none of whose words can start a scope term, another sense of "cell" or a
        # registry model's name is out of scope: decided by one scan (the same outcome as every
        # rule, see `screen_all_rules`)
        self.prefilter = Prefilter(
            [SCOPE_STRONG, SCOPE_WEAK, CONTEXT_GATE, OFF_TOPIC],
            profile.names if profile is not None else (),
            word_start=True,  # the rules are tried at word starts
        )
        # the registry's names are looked for only in a text holding one of them, lower-cased
        self.names = Prefilter([], profile.names, word_start=True) if profile else None
        self.version = f"{LEXICON_VERSION}+{CRITERIA_VERSION}" + (
            f"+reg{profile.digest}" if profile is not None else ""
        )

    def similarity(self, text: str) -> tuple[float, str | None]:
        return self.profile.similarity(text) if self.profile is not None else (0.0, None)

    def _decision(
        self, decision: Decision, criterion: str | None, reason: str, lex: float = 0.0, sim=0.0
    ) -> ScreenDecision:
        return ScreenDecision.trusted(
            decision, criterion, reason, self.name, self.version, relevance(decision, lex, sim)
        )

    def screen(self, r: Record) -> ScreenDecision:
        """The decision of `screen_all_rules`, faster: a record with no scope literal is decided
        by one scan, and the others run only the rule alternatives their text can match."""
        low_title, low_abstract = r.title.lower(), r.abstract.lower()
        if not (
            self.prefilter.maybe(low_title)
            or SC_NAME.search(r.title)
            or self.prefilter.maybe(low_abstract)
        ):
            return self._decision("exclude", "scope", NO_SCOPE)
        low = f"{low_title}. {low_abstract}"
        return self._rules(r, low_title, low_abstract, low, RULES.for_text(low))

    def screen_all_rules(self, r: Record) -> ScreenDecision:
        """The decision by every rule run in full, without the prefilter: the reference the
        fast path (`screen`) is checked against."""
        low_title, low_abstract = r.title.lower(), r.abstract.lower()
        low = f"{low_title}. {low_abstract}"
        return self._rules(r, low_title, low_abstract, low, FULL_RULES)

    def _rules(
        self,
        r: Record,
        low_title: str,
        low_abstract: str,
        low: str,
        rx: dict[str, re.Pattern[str]],
    ) -> ScreenDecision:
        title, abstract = r.title, r.abstract
        text = f"{title}. {abstract}"
        d = self._decision
        strong_l = rx.get("strong", NEVER)
        title_hits = [m.group(0) for m in strong_l.finditer(low_title)]
        abstract_hits = list(strong_l.finditer(low_abstract))
        weak = _terms(rx.get("weak", NEVER), low)
        if weak:
            abbreviated = rx.get("abbreviated", NEVER)
            title_hits += [m.group(0) for m in abbreviated.finditer(low_title)]
            abstract_hits += abbreviated.finditer(low_abstract)
        context_title: list[str] = []
        # ... but not in a text about bulk profiles (tissue averages: "cell lines", "differential
        # expression" there are not cell-level)
        if rx.get("omics", NEVER).search(low) and not BULK.search(low):
            contextual = rx.get("contextual", NEVER)
            context_title = [m.group(0) for m in contextual.finditer(low_title)]
            abstract_hits += contextual.finditer(low_abstract)
        strong_title = len(title_hits) + len(SC_NAME.findall(title))
        # scope is the paper's subject when several sentences say it, not one passing mention
        ends = [m.start() for m in SENTENCE.finditer(abstract)]
        said_in = {bisect(ends, m.start()) for m in abstract_hits}
        strong = 2 * strong_title + len(said_in)
        subject = None if strong_title else rx.get("subject", NEVER).search(low_title)
        # ... and once is enough where it says what the model was pretrained on: cell-level data
        # is then the model's corpus, its subject ("pretrained on 3.4 million profiles of
        # chromatin accessibility in individual cells")
        if strong == 1 and subject is None:
            (i,) = said_in
            sentence = (ends[i - 1] if i else 0, ends[i] if i < len(ends) else len(low_abstract))
            corpus = PRETRAINED_ON.search(low_abstract, *sentence)
            if corpus and any(corpus.start() <= m.start() < corpus.end() for m in abstract_hits):
                strong += 1  # (the scope term is inside the corpus phrase)
        strong += bool(context_title and not strong_title)
        # ... but a text of one sentence says its subject once
        need = 1 if len(ends) == 0 else 2
        if subject is not None:
            need = 2
        scope_found = list(
            dict.fromkeys(title_hits + context_title + [m.group(0) for m in abstract_hits])
        )
        sc_named = bool(SC_NAME.search(title))
        registry_named = (
            self.profile.mentions(text)
            if self.profile is not None and self.names is not None and self.names.maybe(low)
            else []
        )
        if registry_named:  # building on or comparing with registry models: about them
            strong += 2
        met = {k: _terms(rx.get(f"method{k}", NEVER), low, 2) for k in METHOD}
        if registry_named:  # a registry model is a large model (A.2-1)
            met["1"] = [*met.get("1", []), *registry_named[:2]]
        if met.get("1") and not registry_named and small_model(low):
            met["1"] = []  # a network trained from scratch, or a small one: not a large model
        met = {k: v for k, v in met.items() if v}
        core = met.keys() & {"1", "2", "3"}
        # another sense of "cell", and cells counted or named with no biology word anywhere
        other = (
            _terms(rx.get("off_topic", NEVER), low)
            if not strong or not rx.get("biology", NEVER).search(low)
            else []
        )
        if other:
            return d(
                "exclude",
                "scope",
                f"out of scope: another sense of 'cell' ({', '.join(other)})",
            )
        bulk_only = BULK.search(low) is not None and not CELL_RESOLVED.search(low)
        if strong and not registry_named and bulk_only:
            return d(
                "exclude",
                "scope",
                BULK_ONLY + (f" ({', '.join(scope_found[:3])})" if scope_found else ""),
            )
        if not strong and not weak:  # not a single cell-level, omics or cell term
            return d("exclude", "scope", NO_SCOPE)
        lex = (strong + len(met) + 0.3 * len(weak)) / 8
        sim, near = self.similarity(text)
        near_txt = f"; reads like registry paper {near} (similarity {sim:.2f})" if near else ""
        if SURVEY.search(title) or (
            SURVEY_ABSTRACT.search(abstract) and not INTRODUCES.search(abstract)
        ):
            survey_scope = scope_found[:3]
            return d(
                "exclude",
                "survey" if strong or weak else "scope",
                "survey or review: introduces no model"
                + (f" (scope: {', '.join(survey_scope)})" if survey_scope else ""),
                lex,
                sim,
            )
        crit = ",".join(sorted(met)) or None
        methods = ", ".join(t for v in met.values() for t in v)
        if strong:
            scope_terms = ", ".join(scope_found[:3] + [f"names {n}" for n in registry_named[:2]])
            # criterion 4 alone (code or a benchmark) is relevant only next to a model
            if strong >= need and core:
                why = "; ".join(f"A.2-{k}: {', '.join(v)}" for k, v in sorted(met.items()))
                return d("include", crit, f"cellular omics ({scope_terms}) with {why}", lex, sim)
            if subject is not None and strong < need:
                return d(
                    "exclude",
                    "scope",
                    f"cellular omics ({scope_terms}) in one sentence only, beside the title's "
                    f"subject ({subject.group(0)})",
                    lex,
                    sim,
                )
            bare = (
                not strong_title
                and sim < SIM_MAYBE
                and BARE_NAME.match(title) is not None
                and len(ends) < SHORT_TEXT_SENTENCES
            )
            if core and (strong_title or sim >= SIM_MAYBE or bare):
                return d(
                    "maybe",
                    crit,
                    f"mentions cellular omics ({scope_terms}) with {methods}{near_txt}"
                    + ("; a model's name and a short description: scope said once" if bare else ""),
                    lex,
                    sim,
                )
            if sim >= SIM_STRONG or sc_named:
                return d(
                    "maybe",
                    crit,
                    f"{'a single-cell model by name; ' if sc_named else ''}"
                    f"mentions cellular omics ({scope_terms}) "
                    f"{'with ' + methods if met else 'but names no large-model method'}{near_txt}",
                    lex,
                    sim,
                )
            return d(
                "exclude",
                "scope",
                f"cellular omics ({scope_terms}) only in passing or without a large-model, "
                f"language or agent method" + (f" ({methods})" if met else ""),
                lex,
                sim,
            )
        # "cells", not "cell": a singular cell is often a disease's name (renal cell carcinoma)
        cellular = re.search(r"\bcells\b|transcriptom", text, re.I)
        if bulk_only:  # (as above, said in weak terms)
            return d("exclude", "scope", BULK_ONLY + f" (only {', '.join(weak)})", lex, sim)
        if (cellular and len(weak) >= 3 and met.keys() & {"1", "2"} and sim >= SIM_MAYBE) or (
            sim >= SIM_STRONG
        ):
            return d(
                "maybe",
                crit,
                f"molecular/omics terms ({', '.join(weak)})"
                + (f" with {methods}" if met else "")
                + f"; cellular scope unclear{near_txt}",
                lex,
                sim,
            )
        return d(
            "exclude",
            "scope",
            "out of scope: no single-cell or cellular omics terms"
            + (f" (only {', '.join(weak)})" if weak else ""),
            lex,
            sim,
        )


class LLMDecision(BaseModel):
    decision: Decision
    criterion: str | None = None
    reason: str


class LLMScreener:
    name = "llm"
    concurrent = True  # calls wait on a server: a run sends several at once

    def __init__(self, settings: Any, chat_model: Any = None):
        from agent.llm import LLMClient, Usage
        from agent.promptfile import load_prompt

        self.settings = settings
        self.prompt = load_prompt(settings.prompts_dir, "screen_record")
        self.client = LLMClient(settings, settings.cache_dir / "llm-screen", chat_model)
        self.version = f"{self.prompt.tag}+{self.client.model_name}+{CRITERIA_VERSION}"
        self.usage = Usage()

    def screen(self, r: Record) -> ScreenDecision:
        system, user = self.prompt.render(
            criteria=CRITERIA_TEXT, record=f"Title: {r.title}\nAbstract: {r.abstract}"
        )
        answer = self.client.structured(
            LLMDecision,
            [("system", system), ("human", user)],
            [self.version],
            self.usage,
            label="screen",
            salvage=False,
        )
        if answer.parsed is None:
            # an unusable answer is not a decision: a human looks at it
            return ScreenDecision(
                decision="maybe",
                criterion=None,
                reason="LLM answer was not a valid decision",
                screener=self.name,
                version=self.version,
            )
        out = LLMDecision.model_validate(answer.parsed)
        return ScreenDecision(
            decision=out.decision,
            criterion=out.criterion,
            reason=out.reason[:300],
            screener=self.name,
            version=self.version,
        )


class CascadeScreener:
    """The lexicon decides clear includes and excludes; the LLM decides its maybes."""

    name = "cascade"
    concurrent = True

    def __init__(self, lexicon: LexiconScreener, llm: LLMScreener):
        self.lexicon, self.llm = lexicon, llm
        self.version = f"{lexicon.version}|{llm.version}"

    def screen(self, r: Record) -> ScreenDecision:
        first = self.lexicon.screen(r)
        if first.decision != "maybe":
            return first.model_copy(update={"screener": "cascade/lexicon", "version": self.version})
        second = self.llm.screen(r)
        return second.model_copy(update={"screener": "cascade/llm", "version": self.version})


def make_screener(name: str, settings: Any, registry: list[Any] | None = None) -> Screener:
    """`registry`: the entries whose papers the lexicon's relevance compares records with."""
    profile = RegistryProfile.from_entries(registry) if registry else None
    if name == "lexicon":
        return LexiconScreener(profile)
    if name == "llm":
        return LLMScreener(settings)
    if name == "cascade":
        return CascadeScreener(LexiconScreener(profile), LLMScreener(settings))
    raise UsageError(f"unknown screener {name!r}: use lexicon, llm or cascade")
