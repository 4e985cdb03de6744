"""Pydantic models of a registry entry (schema version 1), its evidence and provenance."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from agent.vocab import Domain, Family, Grounding, Modality, Task

SCHEMA_VERSION = 1
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NEW_ARXIV = re.compile(r"^\d{4}\.\d{4,5}$")
OLD_ARXIV = re.compile(r"^[a-z\-]+(?:\.[A-Z]{2})?/\d{7}$")


class Strict(BaseModel):
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
        if v is not None and not (NEW_ARXIV.match(v) or OLD_ARXIV.match(v)):
            raise ValueError(f"arxiv_id {v!r} is not a new-style (2504.04698) or old-style id")
        return v

    @field_validator("secondary_families", "modalities", "grounding", "tasks", "domains")
    @classmethod
    def _as_sorted_set(cls, v: list[Any]) -> list[Any]:
        # sets in meaning, stored sorted so that YAML diffs are stable
        return sorted(set(v), key=str)

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
        """Hash of the entry's content, used to detect stale proposals."""
        return content_hash(self.to_data())

    def to_data(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=False)


#: fields that can carry evidence (everything a reviewer judges)
EVIDENCE_FIELDS = (
    "name",
    "year",
    "venue",
    "arxiv_id",
    "code_url",
    "family",
    "secondary_families",
    "modalities",
    "grounding",
    "agentic",
    "tasks",
    "primary_task",
    "domains",
    "domain_score",
)

#: fields compared in diffs and evals, in display order
REVIEW_FIELDS = (
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
)


def content_hash(data: dict[str, Any]) -> str:
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(blob.encode()).hexdigest()


def slugify(name: str) -> str:
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
