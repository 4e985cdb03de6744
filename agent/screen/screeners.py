"""Screeners behind one interface: `lexicon` (offline: scope terms x method terms per A.2
criterion), `llm` (a prompt with the criteria, structured decision) and `cascade` (lexicon
decides the clear cases, the LLM only the maybes)."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any, Literal, Protocol

from pydantic import BaseModel

from agent.screen.records import Record

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
    reviewer: str | None = None  # set when a person decided (screener "human")


# ---- the lexicon -----------------------------------------------------------------------------
# Cellular-level omics, said in the many ways papers say it (a relevant paper may never write
# "single-cell"): strong terms place a record in scope on their own.
SCOPE_STRONG = re.compile(
    r"single-cell|single cell (rna|atac|transcriptom\w*|omics|genomics|sequencing|data|level|"
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
    r"|gene expression profiles? of (individual |single )?cells",
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
        r"|\bscgpt|geneformer|scbert|scfoundation|self-supervised",
        re.I,
    ),
    "2": re.compile(
        r"large language models?|\bllms?\b|\bgpt-?\w*|chatgpt|natural[- ]language"
        r"|\btext(ual)?\b|ontolog\w*|prompt\w*|instruction[- ]tun\w*",
        re.I,
    ),
    "3": re.compile(
        r"\bagent(s|ic)?\b|multi-agent|reasoning|chain[- ]of[- ]thought|tool[- ]"
        r"(use|calling|augmented)|autonomous\w*|planning",
        re.I,
    ),
    "4": re.compile(
        r"\bbenchmark\w*|\barena\b|open[- ]source|code (is )?(publicly )?available"
        r"|github\.com|evaluation (framework|suite|study)",
        re.I,
    ),
}
SURVEY = re.compile(
    r"\b(a |systematic |comprehensive |scoping )?(survey|review|overview)\b"
    r"|\bperspective\b",
    re.I,
)
SURVEY_ABSTRACT = re.compile(
    r"\b(this|our|in this) (survey|review)\b|\bwe (survey|review) "
    r"(the|recent|existing)|\bsystematic(ally)? review",
    re.I,
)
#: every SCOPE_STRONG alternative, and the weak path's cell/transcriptom test, contains one of
#: these substrings; a record with none of them is out of scope without running the regexes
GATE = (
    "single-cell",
    "single cell",
    "single-nucleus",
    "single nucleus",
    "scrna",
    "scatac",
    "scdna",
    "snrna",
    "spatial",
    "visium",
    "merfish",
    "xenium",
    "slide-seq",
    "stereo-seq",
    "cosmx",
    "cell",
    "tabula s",
    "tabula m",
    "perturb",
    "crispr",
    "cite-seq",
    "multiome",
    "10x",
    "transcriptom",
)
LEXICON_VERSION = "lexicon-screen-2"


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


class LexiconScreener:
    name = "lexicon"
    version = f"{LEXICON_VERSION}+{CRITERIA_VERSION}"

    def screen(self, r: Record) -> ScreenDecision:
        title, abstract = r.title, r.abstract
        text = f"{title}. {abstract}"
        low = text.lower()

        def d(decision: Decision, criterion: str | None, reason: str) -> ScreenDecision:
            return ScreenDecision(
                decision=decision,
                criterion=criterion,
                reason=reason,
                screener=self.name,
                version=self.version,
            )

        if not any(k in low for k in GATE):
            return d("exclude", "scope", "out of scope: no single-cell or cellular omics terms")
        strong_title = len(SCOPE_STRONG.findall(title))
        strong = 2 * strong_title + len(SCOPE_STRONG.findall(abstract))
        weak_path = not strong and ("cell" in low or "transcriptom" in low)
        if not strong and not weak_path:
            return d("exclude", "scope", "out of scope: no single-cell or cellular omics terms")
        if SURVEY.search(title) or SURVEY_ABSTRACT.search(abstract):
            scope_terms = _terms(SCOPE_STRONG, text)
            return d(
                "exclude",
                "survey" if strong else "scope",
                "survey or review: introduces no model"
                + (f" (scope: {', '.join(scope_terms)})" if scope_terms else ""),
            )
        met = {k: _terms(rx, text, 2) for k, rx in METHOD.items()}
        met = {k: v for k, v in met.items() if v}
        crit = ",".join(sorted(met)) or None
        if strong:
            scope_terms = _terms(SCOPE_STRONG, text)
            # criterion 4 alone (code or a benchmark) is relevant only next to a model: maybe
            if strong >= 2 and met.keys() & {"1", "2", "3"}:
                why = "; ".join(f"A.2-{k}: {', '.join(v)}" for k, v in sorted(met.items()))
                return d("include", crit, f"cellular omics ({', '.join(scope_terms)}) with {why}")
            what = (
                f"with {', '.join(t for v in met.values() for t in v)}"
                if met
                else "but no large-model, language or agent method named"
            )
            return d("maybe", crit, f"mentions cellular omics ({', '.join(scope_terms)}) {what}")
        weak = _terms(SCOPE_WEAK, text)
        if (
            len(weak) >= 3
            and ("1" in met or "2" in met)
            and re.search(r"\bcells?\b|transcriptom", text, re.I)
        ):
            return d(
                "maybe",
                crit,
                f"molecular/omics terms ({', '.join(weak)}) with "
                f"{', '.join(t for v in met.values() for t in v)}; cellular scope unclear",
            )
        return d(
            "exclude",
            "scope",
            "out of scope: no single-cell or cellular omics terms"
            + (f" (only {', '.join(weak)})" if weak else ""),
        )


class LLMDecision(BaseModel):
    decision: Decision
    criterion: str | None = None
    reason: str


class LLMScreener:
    name = "llm"

    def __init__(self, settings: Any, chat_model: Any = None):
        from agent.prompts import load_prompt

        self.settings = settings
        self.prompt = load_prompt(settings.prompts_dir, "screen_record")
        self._chat = chat_model
        model = settings.llm.model or getattr(chat_model, "model_name", None) or "scripted"
        self.version = f"{self.prompt.tag}+{model}+{CRITERIA_VERSION}"
        self.cache_dir = settings.cache_dir / "llm-screen"

    def chat(self) -> Any:
        if self._chat is None:
            from agent.extract.llm import make_chat_model

            self._chat = make_chat_model(self.settings)
        return self._chat

    def screen(self, r: Record) -> ScreenDecision:
        from agent.fileio import atomic_write_text

        system, user = self.prompt.render(
            criteria=CRITERIA_TEXT, record=f"Title: {r.title}\nAbstract: {r.abstract}"
        )
        key = hashlib.sha256(json.dumps([self.version, system, user]).encode()).hexdigest()
        path = self.cache_dir / f"{key}.json"
        if path.exists():
            out = LLMDecision.model_validate_json(path.read_text())
        else:
            from agent.extract.llm import invoke_structured

            res = invoke_structured(
                self.chat().with_structured_output(
                    LLMDecision, method=self.settings.llm.structured_method, include_raw=True
                ),
                [("system", system), ("human", user)],
                self.settings,
            )
            parsed = (res or {}).get("parsed")
            if not isinstance(parsed, LLMDecision):
                # an unusable answer is not a decision: a human looks at it
                return ScreenDecision(
                    decision="maybe",
                    criterion=None,
                    reason="LLM answer was not a valid decision",
                    screener=self.name,
                    version=self.version,
                )
            out = parsed
            atomic_write_text(path, out.model_dump_json())
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

    def __init__(self, lexicon: LexiconScreener, llm: LLMScreener):
        self.lexicon, self.llm = lexicon, llm
        self.version = f"{lexicon.version}|{llm.version}"

    def screen(self, r: Record) -> ScreenDecision:
        first = self.lexicon.screen(r)
        if first.decision != "maybe":
            return first.model_copy(update={"screener": "cascade/lexicon", "version": self.version})
        second = self.llm.screen(r)
        return second.model_copy(update={"screener": "cascade/llm", "version": self.version})


def make_screener(name: str, settings: Any) -> Screener:
    if name == "lexicon":
        return LexiconScreener()
    if name == "llm":
        return LLMScreener(settings)
    if name == "cascade":
        return CascadeScreener(LexiconScreener(), LLMScreener(settings))
    raise ValueError(f"unknown screener {name!r}: use lexicon, llm or cascade")
