"""Proposals: an entry (new or changed) with per-field evidence, confidence and flags, the
source, the run, and the hash of the registry entry it is based on. Stored in registry/queue/."""

from __future__ import annotations

import contextlib
import logging
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, NoReturn

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.errors import InputError
from agent.fileio import DataError, atomic_write_text, dump_yaml, parse_yaml
from agent.ids import proposal_ref
from agent.llm import LLMCall
from agent.schema import Entry, Evidence
from agent.store import format_validation_error

log = logging.getLogger(__name__)


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
    calls: list[LLMCall] = Field(default_factory=list)  # every LLM call: tokens, seconds, cached
    rejected_quotes: list[dict[str, Any]] = Field(default_factory=list)
    #: instruction-like sentences dropped from the paper before extraction (paper text is data)
    instructions_dropped: int = 0

    def llm_summary(self) -> str | None:
        """e.g. "3 LLM calls (1 cached): 7,812 prompt + 402 completion tokens, 41.2 s"."""
        if not self.calls:
            return None
        sent = [c for c in self.calls if not c.cached]
        cached = len(self.calls) - len(sent)
        return (
            f"{len(self.calls)} LLM calls"
            + (f" ({cached} cached)" if cached else "")
            + f": {sum(c.prompt_tokens for c in sent):,} prompt + "
            f"{sum(c.completion_tokens for c in sent):,} completion tokens, "
            f"{sum(c.seconds for c in sent):.1f} s"
        )


class Screening(Strict):
    """The scope decision for the paper a proposal came from (the screening stage's screener)."""

    decision: Literal["include", "exclude", "maybe"]
    criterion: str | None = None
    reason: str
    screener: str | None = None

    @property
    def out_of_scope(self) -> bool:
        return self.decision == "exclude"


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
    screening: Screening | None = None

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


class ProposalNotFound(DataError):
    """No pending proposal has this id (or id prefix)."""

    def __init__(self, ref: str, message: str):
        super().__init__(message)
        self.ref = ref


class Gone(Exception):
    """The proposal file vanished while it was being read (another process decided it)."""


class Queue:
    """registry/queue/<proposal-id>.yaml; the file is the proposal.

    A file that is not a valid proposal is quarantined: moved to registry/queue/quarantine/
    with a warning naming it, so one broken file never blocks the queue, `add` or `reject`.
    """

    def __init__(self, queue_dir: Path):
        self.dir = queue_dir
        self.quarantine_dir = queue_dir / "quarantine"

    def path(self, pid: str) -> Path:
        return self.dir / f"{proposal_ref(pid)}.yaml"

    def ids(self) -> list[str]:
        return sorted(p.stem for p in self.dir.glob("*.yaml")) if self.dir.exists() else []

    def resolve(self, ref: str) -> str:
        """The full id of the pending proposal `ref` names (the id or a unique prefix)."""
        if self.path(ref).exists():
            return ref
        matches = [i for i in self.ids() if i.startswith(ref)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise InputError(f"proposal {ref!r} is ambiguous: {', '.join(matches[:5])}")
        raise ProposalNotFound(ref, f"no pending proposal {ref!r} in {self.dir}")

    def load(self, ref: str) -> Proposal:
        pid = self.resolve(ref)
        try:
            return self._read(pid)
        except Gone:
            raise ProposalNotFound(ref, f"proposal {pid} was decided meanwhile") from None

    def all(self) -> list[Proposal]:
        """Every valid pending proposal; broken files are quarantined with a warning."""
        out = []
        for pid in self.ids():
            try:
                out.append(self._read(pid))
            except Gone:
                continue
            except DataError as e:
                log.warning("%s", e)
        return out

    def _read(self, pid: str) -> Proposal:
        path = self.path(pid)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise Gone(pid) from None
        except (OSError, UnicodeDecodeError) as e:
            self._quarantine(path, f"cannot read it: {e}")
        try:
            data = parse_yaml(text, path)
            if not isinstance(data, dict):
                raise DataError(f"{path}: not a mapping of fields")
            return Proposal.model_validate(data)
        except DataError as e:
            self._quarantine(path, str(e).removeprefix(f"{path}:").strip())
        except ValidationError as e:
            first = format_validation_error(path, e).splitlines()[0]
            self._quarantine(path, first.removeprefix(f"{path}: "))
        raise AssertionError("unreachable")  # pragma: no cover

    def _quarantine(self, path: Path, reason: str) -> NoReturn:
        """Move a broken proposal file aside and raise a DataError that names both places."""
        dest = self.quarantine_dir / path.name
        self.quarantine_dir.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):  # another process moved it first
            os.replace(path, dest)
        raise DataError(
            f"{path} is not a valid proposal ({reason}); moved it to {dest} "
            "to fix or delete by hand"
        )

    def save(self, p: Proposal) -> Path:
        path = self.path(p.id)
        atomic_write_text(path, dump_yaml(p.model_dump(mode="json")))
        return path
