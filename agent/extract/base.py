"""The Extractor interface, its result types, and quote verification shared by extractors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

from agent.flags import Flags
from agent.llm import LLMCall
from agent.reader import Chunk, Page, flat, locate_quote
from agent.schema import FIELDS, GROUP_QUERIES, Evidence, derive
from agent.schema import GROUPS as GROUPS

#: field groups (each is retrieved and extracted together) and their retrieval queries: from
#: the field table
QUERIES = GROUP_QUERIES


class FieldResult(BaseModel):
    """An extractor's answer for one field: value, verified quotes, confidence, flags."""

    # validated on assignment too: `r.flags = ["text"]` (or `+=`) makes Flags
    model_config = ConfigDict(validate_assignment=True)

    value: Any = None
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.0
    flags: Flags = Field(default_factory=list)


class Extraction(BaseModel):
    """An extractor's answers for one paper, with what the run cost and the quotes it rejected."""

    extractor: str
    model: str | None = None
    prompt_versions: dict[str, str] = Field(default_factory=dict)
    fields: dict[str, FieldResult] = Field(default_factory=dict)
    tokens: dict[str, int] = Field(default_factory=dict)
    calls: list[LLMCall] = Field(default_factory=list)  # every LLM call: tokens, seconds
    rejected_quotes: list[dict[str, Any]] = Field(default_factory=list)


def add_derived(fields: dict[str, FieldResult]) -> None:
    """The derived fields (domain_score) from the extracted ones they derive from, by the field
    table's rule; each takes its source's evidence and confidence."""
    values = {k: r.value for k, r in fields.items()}
    for spec in FIELDS:
        src = fields.get(spec.derived_from or "")
        if src is not None:
            fields[spec.name] = FieldResult(
                value=derive(values)[spec.name],
                evidence=src.evidence,
                confidence=src.confidence,
            )


Retriever = Callable[[str, int], list[Chunk]]


@dataclass
class PaperText:
    """What an extractor reads: metadata, pages, and a retriever over the paper's chunks."""

    title: str
    pages: list[Page]
    source: str  # e.g. "arXiv:2504.04698v2" or "pdf:example.pdf"
    abstract: str = ""
    year: int | None = None
    arxiv_id: str | None = None
    retrieve: Retriever | None = None
    _flat: list[str] = field(default_factory=list)

    @property
    def flat_pages(self) -> list[str]:
        if not self._flat:
            self._flat = [flat(p.text) for p in self.pages]
        return self._flat


class Extractor(Protocol):
    """What the pipeline needs of an extractor: a name, its prompt versions, and `extract`."""

    name: str
    prompt_versions: dict[str, str]  # what a proposal records, and what re-adds compare

    def extract(self, paper: PaperText) -> Extraction: ...


def verify(
    quotes: list[str], paper: PaperText, fld: str, rejected: list[dict[str, Any]]
) -> list[Evidence]:
    """Keep quotes that occur in the paper (normalised); record the others as rejected."""
    kept: list[Evidence] = []
    seen: set[str] = set()
    for q in quotes:
        q = (q or "").strip()
        fq = flat(q)
        if not q or any(fq in s or s in fq for s in seen):
            continue  # the same sentence (or part of one) is quoted once
        page = locate_quote(q, paper.flat_pages)
        if page is None:
            rejected.append({"field": fld, "quote": q[:300], "reason": "not found in the source"})
            continue
        seen.add(flat(q))
        kept.append(Evidence(quote=flat(q), page=page, source=paper.source))
    return kept
