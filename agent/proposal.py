"""Proposals: an entry (new or changed) with per-field evidence, confidence and flags, the
source, the run, and the hash of the registry entry it is based on. Stored in registry/queue/."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.fileio import DataError, atomic_write_text, dump_yaml, read_yaml
from agent.schema import Entry, Evidence
from agent.store import format_validation_error


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldProposal(Strict):
    value: Any = None
    confidence: float = 0.0
    flags: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Source(Strict):
    arxiv_id: str | None = None
    doi: str | None = None
    version: str | None = None
    pdf_sha256: str
    title: str = ""
    path: str | None = None


class Run(Strict):
    extractor: str
    model: str | None = None
    prompt_versions: dict[str, str] = Field(default_factory=dict)
    tokens: dict[str, int] = Field(default_factory=dict)
    seconds: float = 0.0
    rejected_quotes: list[dict[str, Any]] = Field(default_factory=list)


class Proposal(Strict):
    schema_version: Literal[1] = 1
    id: str
    kind: Literal["new", "update"]
    entry_id: str
    created_at: str
    entry: Entry
    base_hash: str | None = None
    base_entry: Entry | None = None
    fields: dict[str, FieldProposal] = Field(default_factory=dict)
    flags: list[str] = Field(default_factory=list)
    source: Source
    run: Run

    def flagged(self) -> bool:
        return bool(self.flags) or any(f.flags for f in self.fields.values())


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def proposal_id(entry_id: str, source: Source) -> str:
    if source.arxiv_id:
        tag = source.arxiv_id.replace("/", "_") + (source.version or "")
    elif source.doi:
        tag = "doi-" + source.doi.replace("/", "_") + (source.version or "")
    else:
        tag = "pdf-" + source.pdf_sha256[:8]
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")[:17]
    return re.sub(r"[^A-Za-z0-9._-]", "-", f"{entry_id}--{tag}--{stamp}")


class Queue:
    """registry/queue/<proposal-id>.yaml; the file is the proposal."""

    def __init__(self, queue_dir: Path):
        self.dir = queue_dir

    def path(self, pid: str) -> Path:
        return self.dir / f"{pid}.yaml"

    def ids(self) -> list[str]:
        return sorted(p.stem for p in self.dir.glob("*.yaml")) if self.dir.exists() else []

    def load(self, pid: str) -> Proposal:
        path = self.path(pid)
        if not path.exists():
            matches = [i for i in self.ids() if i.startswith(pid)]
            if len(matches) == 1:
                path = self.path(matches[0])
            elif len(matches) > 1:
                raise DataError(f"proposal {pid!r} is ambiguous: {', '.join(matches[:5])}")
            else:
                raise DataError(f"no pending proposal {pid!r} in {self.dir}")
        data = read_yaml(path)
        try:
            return Proposal.model_validate(data)
        except ValidationError as e:
            raise DataError(format_validation_error(path, e)) from e

    def all(self) -> list[Proposal]:
        return [self.load(i) for i in self.ids()]

    def save(self, p: Proposal) -> Path:
        path = self.path(p.id)
        atomic_write_text(path, dump_yaml(p.model_dump(mode="json")))
        return path
