"""Pydantic models of a registry entry (schema version 1), its evidence and provenance, and the
field table (`FIELDS`): the one place that says, per field, what the pipeline does with it."""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal, get_args, get_origin

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from agent.ids import ARXIV_ID, SLUG
from agent.vocab import Domain, Family, Grounding, Modality, Task


class Strict(BaseModel):
    """The base of every stored model: unknown keys are errors, assignments are validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Evidence(Strict):
    quote: str = Field(min_length=1, description="verbatim text that occurs in the source")
    page: int | None = Field(default=None, ge=1, description="1-based page number in the PDF")
    source: str = Field(description="where the quote comes from: 'LLM4Cell Table 7', 'arXiv:…'")


class Provenance(Strict):
    source: str = Field(description="'LLM4Cell Table 7' or 'paper'")
    citation: str | None = None
    arxiv_version: str | None = None
    pdf_sha256: str | None = None
    extractor: str | None = None
    model: str | None = None
    prompt_versions: dict[str, str] = Field(default_factory=dict)
    proposal_id: str | None = None
    reviewer: str | None = None
    accepted_at: str | None = None


@functools.cache
def _vocab_lists(model: type[BaseModel]) -> frozenset[str]:
    """The model's fields that are lists of vocabulary values (their annotation says so)."""
    out = set()
    for name, info in model.model_fields.items():
        args = get_args(info.annotation)
        item = args[0] if get_origin(info.annotation) is list and args else None
        if isinstance(item, type) and issubclass(item, StrEnum):
            out.add(name)
    return frozenset(out)


class Entry(Strict):
    """One model of the registry; stored as registry/models/<id>.yaml."""

    schema_version: Literal[1] = 1
    id: str
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    year: int | None = Field(default=None, ge=1990, le=2100)
    venue: str | None = None
    citation: str | None = None
    arxiv_id: str | None = None
    doi: str | None = None
    code_url: str | None = None
    #: None only in a queued proposal whose paper gave no evidence for a family: a registry
    #: entry always has one (`require_family`), so the reviewer sets it before accepting
    family: Family | None
    secondary_families: list[Family] = Field(default_factory=list)
    modalities: list[Modality] = Field(default_factory=list)
    grounding: list[Grounding] = Field(default_factory=list)
    grounding_note: str = ""
    agentic: bool = False
    tasks: list[Task] = Field(default_factory=list)
    primary_task: str = ""
    domains: list[Domain] = Field(default_factory=list)
    domain_score: int | None = Field(default=None, ge=0, le=10)
    domain_score_note: str | None = None
    evidence: dict[str, list[Evidence]] = Field(default_factory=dict)
    provenance: Provenance
    #: fields whose value a mapping or extractor had to guess, with the reason
    guessed: dict[str, str] = Field(default_factory=dict)
    #: the source cells as printed (Table 7 import), so nothing is lost
    source_text: dict[str, str] = Field(default_factory=dict)

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not SLUG.match(v):
            raise ValueError(f"id {v!r} is not a slug of [a-z0-9-]")
        return v

    @field_validator("arxiv_id")
    @classmethod
    def _arxiv(cls, v: str | None) -> str | None:
        if v is not None and not ARXIV_ID.match(v):
            raise ValueError(f"arxiv_id {v!r} is not a new-style (2504.04698) or old-style id")
        return v

    @field_validator("*")
    @classmethod
    def _as_sorted_set(cls, v: Any, info: ValidationInfo) -> Any:
        # a list of vocabulary values is a set in meaning, stored sorted so YAML diffs are stable
        if isinstance(v, list) and info.field_name in _vocab_lists(cls):
            return sorted(set(v), key=str)
        return v

    @field_validator("evidence")
    @classmethod
    def _evidence_fields(cls, v: dict[str, list[Evidence]]) -> dict[str, list[Evidence]]:
        unknown = set(v) - set(EVIDENCE_FIELDS)
        if unknown:
            raise ValueError(f"evidence for unknown field(s): {', '.join(sorted(unknown))}")
        return v

    @model_validator(mode="after")
    def _score_or_note(self) -> Entry:
        if self.domain_score is None and not self.domain_score_note and self.domains:
            raise ValueError("domains are set but domain_score is missing")
        return self

    def content_hash(self) -> str:
        """Hash of what a reviewer would see change (every field that differs from its
        default), versioned: a proposal's `base_hash` is compared with `has_hash`."""
        data = self.to_data()
        fields = type(self).model_fields
        shown = {
            k: v
            for k, v in data.items()
            if fields[k].is_required() or v != fields[k].get_default(call_default_factory=True)
        }
        return f"{HASH_VERSION}:{content_hash(shown)}"

    def has_hash(self, h: str | None) -> bool:
        """Whether `h` (a proposal's `base_hash`) is this entry's content hash, in the hash
        version it was made with: `sha256:…` (v1, over the schema-1 fields) or `v2:sha256:…`."""
        if h is None:
            return False
        if h.startswith(f"{HASH_VERSION}:"):
            return h == self.content_hash()
        data = self.to_data()
        return h == content_hash({k: v for k, v in data.items() if k in V1_FIELDS})

    def to_data(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=False)


@dataclass(frozen=True)
class FieldSpec:
    """One row of the field table. The type, list-or-scalar and vocabulary come from `Entry`'s
    annotation (one place for types); the rest says what the pipeline does with the field."""

    name: str
    #: a reviewer judges it against quotes from the source: it can carry evidence
    evidence: bool = False
    #: extracted from papers, retrieved and asked together with the other fields of this group
    group: str | None = None
    #: compared between extractors (cross-check) and with the gold sets (evals)
    checked: bool = False
    #: exported as a column of its own after Table 7's (csv, markdown)
    export: bool = False
    #: computed by `derive` from another field, never asked
    derived_from: str | None = None

    @property
    def annotation(self) -> Any:
        return Entry.model_fields[self.name].annotation

    @property
    def is_list(self) -> bool:
        return get_origin(self.annotation) is list

    @property
    def base_type(self) -> Any:
        """str, int, bool or a vocabulary enum: the type of one value."""
        t = self.annotation
        if get_origin(t) is list:
            return get_args(t)[0]
        args = [a for a in get_args(t) if a is not type(None)]
        return args[0] if args else t

    @property
    def vocab(self) -> type[StrEnum] | None:
        t = self.base_type
        return t if isinstance(t, type) and issubclass(t, StrEnum) else None

    @property
    def extracted(self) -> bool:
        return self.group is not None or self.derived_from is not None


#: THE field table: every field a reviewer sees, in review (display) order. Adding a field means
#: a line on `Entry` (its type) and a row here; an extracted one also needs the lexicon's terms
#: (agent/extract/lexicon.py TERMS) and a line in the prompt (prompts/extract_fields.yaml).
FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", evidence=True, group="identity"),
    FieldSpec("aliases"),
    FieldSpec("year", evidence=True),
    FieldSpec("venue", evidence=True),
    FieldSpec("citation"),
    FieldSpec("arxiv_id", evidence=True, export=True),
    FieldSpec("doi"),
    FieldSpec("code_url", evidence=True, group="identity"),
    FieldSpec("family", evidence=True, group="family", checked=True),
    FieldSpec("secondary_families", evidence=True, group="family"),
    FieldSpec("modalities", evidence=True, group="modalities", checked=True),
    FieldSpec("grounding", evidence=True, group="grounding", checked=True),
    FieldSpec("grounding_note"),
    FieldSpec("agentic", evidence=True, group="family", checked=True),
    FieldSpec("tasks", evidence=True, group="tasks", checked=True, export=True),
    FieldSpec("primary_task", evidence=True, group="identity"),
    FieldSpec("domains", evidence=True, group="domains", export=True),
    FieldSpec("domain_score", evidence=True, derived_from="domains"),
    FieldSpec("domain_score_note"),
)
SPEC: dict[str, FieldSpec] = {f.name: f for f in FIELDS}

#: extraction groups, in the order they are asked, with the retrieval query of each (targeted
#: retry rounds add the field's guide from the prompt file)
GROUP_QUERIES: dict[str, str] = {
    "identity": "we present a new model; our method is called; code is available at github",
    "family": "foundation model pretrained; large language model; agent that plans and calls "
    "tools; benchmark evaluation; spatial multimodal; chromatin accessibility",
    "modalities": "input data modalities: single-cell RNA-seq, ATAC-seq, protein, spatial "
    "transcriptomics, histology images, DNA sequence, text",
    "grounding": "pretrained on cell atlas; cell ontology; marker genes; literature and gene "
    "descriptions; spatial neighbourhood; DNA sequence motifs",
    "tasks": "downstream tasks: cell type annotation, perturbation prediction, batch "
    "integration, spatial deconvolution, gene regulatory network inference, "
    "cross-species transfer, generation, drug response",
    "domains": "batch effects, multi-omics alignment, generalization to unseen tissues, "
    "fairness, interpretability, privacy, scalability to millions of cells",
}

#: fields compared in diffs and evals, in display order
REVIEW_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS)
#: fields that can carry evidence (everything a reviewer judges)
EVIDENCE_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.evidence)
#: fields an extractor proposes (asked, or derived from what was asked), in review order
EXTRACTED: tuple[str, ...] = tuple(f.name for f in FIELDS if f.extracted)
#: fields compared between extractors and with the gold sets
CHECKED: tuple[str, ...] = tuple(f.name for f in FIELDS if f.checked)
#: field groups: each is retrieved and extracted together
GROUPS: dict[str, tuple[str, ...]] = {
    g: tuple(f.name for f in FIELDS if f.group == g) for g in GROUP_QUERIES
}
#: the vocabulary behind each field that has one
VOCAB: dict[str, type[StrEnum]] = {f.name: v for f in FIELDS if (v := f.vocab) is not None}


def derive(data: dict[str, Any]) -> dict[str, Any]:
    """The derived fields' values from the fields they derive from: the one place their rule
    lives (SPEC: domain_score is the number of evidence domains)."""
    return {"domain_score": len(data.get("domains") or [])}


#: the entry fields of schema version 1; a v1 content hash (`sha256:…`) is over these only
V1_FIELDS = (
    "schema_version",
    "id",
    "name",
    "aliases",
    "year",
    "venue",
    "citation",
    "arxiv_id",
    "doi",
    "code_url",
    "family",
    "secondary_families",
    "modalities",
    "grounding",
    "grounding_note",
    "agentic",
    "tasks",
    "primary_task",
    "domains",
    "domain_score",
    "domain_score_note",
    "evidence",
    "provenance",
    "guessed",
    "source_text",
)
#: the current content hash: `v2:sha256:…` over the fields that differ from their default, so a
#: field added with a default changes no entry's hash and stales no pending proposal
HASH_VERSION = "v2"


def content_hash(data: dict[str, Any]) -> str:
    """`sha256:` + the hash of JSON data with sorted keys (entries use `Entry.content_hash`)."""
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(blob.encode()).hexdigest()


def slugify(name: str) -> str:
    """A registry id from a name: lower-case [a-z0-9-]."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "model"


def require_family(entry: Entry, where: str) -> None:
    """A registry entry needs a family; a proposal may lack one until the reviewer sets it."""
    if entry.family is None:
        choices = ", ".join(f.value for f in Family)
        raise ValueError(
            f"{where}: field 'family' is not set (the paper gave no evidence for one); "
            f"set it with --set family=<{choices}>"
        )
