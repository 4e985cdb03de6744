"""The screening ledger and a screening run: decisions persist in registry/screening/, a
re-run re-decides only records that are new or whose inputs changed, and reports changes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from agent.errors import InputError, UsageError
from agent.fileio import append_jsonl, atomic_write_text, lock_for, require_file
from agent.proposal import now
from agent.screen.dedup import dedup
from agent.screen.records import Record, read_records
from agent.screen.screeners import ScreenDecision, Screener

HUMAN = "human"  # the `screener` of a decision a reviewer made (`curate screen-decide`)


class LedgerEntry(BaseModel):
    key: str
    title: str
    arxiv_id: str | None = None
    doi: str | None = None
    text_hash: str
    screener_version: str
    decision: ScreenDecision
    decided_at: str


@dataclass
class Change:
    key: str
    title: str
    old: str
    new: str
    why: str


@dataclass
class ScreenRun:
    prisma: dict[str, Any]
    decisions: list[tuple[Record, ScreenDecision]]
    changes: list[Change] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)
    in_registry: dict[str, str] = field(default_factory=dict)
    reused: int = 0
    decided: int = 0


class Ledger:
    def __init__(self, directory: Path, name: str = "ledger"):
        self.dir = directory
        self.path = directory / f"{name}.jsonl"
        self.runs = directory / "runs.jsonl"

    def load(self) -> dict[str, LedgerEntry]:
        if not self.path.exists():
            return {}
        out = {}
        with self.path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    e = LedgerEntry.model_validate_json(line)
                    out[e.key] = e
        return out

    def save(self, entries: dict[str, LedgerEntry]) -> None:
        text = "".join(
            e.model_dump_json() + "\n" for e in sorted(entries.values(), key=lambda x: x.key)
        )
        atomic_write_text(self.path, text)


Progress = Callable[[int, int], None]


def decide_by_hand(
    ledger: Ledger, key: str, decision: str, reviewer: str, reason: str
) -> LedgerEntry:
    """Record a reviewer's decision on a screened record (e.g. a maybe resolved); re-screens
    never overwrite it. `key` is the record's ledger key or its arXiv id."""
    if decision not in ("include", "exclude", "maybe"):
        raise InputError(f"decision must be include, exclude or maybe, not {decision!r}")
    with lock_for(ledger.dir, ".ledger.lock"):
        book = ledger.load()
        k = key if key in book else f"arxiv:{key}"
        old = book.get(k)
        if old is None:
            raise InputError(f"{key}: not in the screening ledger (screen the file first)")
        entry = old.model_copy(
            update={
                "decision": ScreenDecision(
                    decision=decision,  # type: ignore[arg-type]
                    criterion=old.decision.criterion,
                    reason=f"{reviewer}: {reason}" if reason else reviewer,
                    screener=HUMAN,
                    version=f"was {old.decision.screener} {old.decision.decision}",
                    score=old.decision.score,
                    reviewer=reviewer,
                ),
                "decided_at": now(),
            }
        )
        book[k] = entry
        ledger.save(book)
    return entry


def run_digest(
    path: Path,
    screener: Screener,
    registry: list[Any] | None,
    fmt: str | None,
    columns: dict[str, str] | None,
    encoding: str = "utf-8",
) -> str:
    """Everything a run's outcome depends on: file bytes, screener version, registry, options."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    h.update(
        json.dumps(
            [
                screener.version,
                fmt,
                columns,
                sorted(e.content_hash() for e in registry or []),
                *([encoding] if encoding != "utf-8" else []),  # utf-8 keeps earlier digests
            ]
        ).encode()
    )
    return h.hexdigest()[:24]


def replay(snapshot: Path, book: dict[str, LedgerEntry]) -> ScreenRun | None:
    """The previous run of identical inputs, rebuilt from the ledger: no record is re-read."""
    if not snapshot.exists():
        return None
    snap = json.loads(snapshot.read_text())
    if any(k not in book for k in snap["keys"]):
        return None
    decisions: list[tuple[Record, ScreenDecision]] = []
    for k in snap["keys"]:
        e = book[k]
        decisions.append(
            (
                Record(
                    title=e.title, arxiv_id=e.arxiv_id, doi=e.doi, merged=snap["merged"].get(k, [])
                ),
                e.decision,
            )
        )
    p = snap["prisma"]  # counts are recomputed: a person may have decided records since
    return ScreenRun(
        prisma=prisma(
            p["records_in"],
            p["unreadable"],
            p["duplicates_removed"],
            p["already_in_registry"],
            decisions,
        ),
        decisions=decisions,
        errors=snap["errors"],
        duplicates=[tuple(x) for x in snap["duplicates"]],  # type: ignore[misc]
        in_registry=snap["in_registry"],
        reused=len(decisions),
    )


def screen_file(
    path: Path,
    screener: Screener,
    ledger: Ledger,
    registry: list[Any] | None = None,
    fmt: str | None = None,
    columns: dict[str, str] | None = None,
    progress: Progress | None = None,
    encoding: str = "utf-8",
    allow_empty: bool = False,
) -> ScreenRun:
    require_file(path, "search export")
    digest = run_digest(path, screener, registry, fmt, columns, encoding)
    snapshot = ledger.dir / "runs" / f"{digest}.json"
    again = replay(snapshot, ledger.load())
    if again is not None:
        if progress:
            progress(len(again.decisions), len(again.decisions))
        append_jsonl(
            ledger.runs,
            {
                "at": now(),
                "file": str(path),
                "screener": screener.version,
                "prisma": again.prisma,
                "decided": 0,
                "reused": again.reused,
                "changed": 0,
                "replayed": True,
            },
        )
        return again
    read = read_records(path, fmt, columns, encoding, allow_empty)
    dd = dedup(read.records, registry)
    with lock_for(ledger.dir, ".ledger.lock"):
        book = ledger.load()
        run = ScreenRun(
            prisma={},
            decisions=[],
            errors=read.errors,
            duplicates=dd.duplicates,
            in_registry=dd.in_registry,
        )
        total = len(dd.kept)
        for i, r in enumerate(dd.kept):
            if progress and i % 500 == 0:
                progress(i, total)
            th = r.text_hash()
            old = book.get(r.key)
            if old and old.decision.screener == HUMAN:  # a reviewer's decision stands
                run.decisions.append((r, old.decision))
                run.reused += 1
                continue
            if old and old.text_hash == th and old.screener_version == screener.version:
                run.decisions.append((r, old.decision))
                run.reused += 1
                continue
            d = screener.screen(r)
            run.decided += 1
            if old and old.decision.decision != d.decision:
                why = []
                if old.text_hash != th:
                    why.append("title/abstract changed")
                if old.screener_version != screener.version:
                    why.append(f"screener {old.screener_version} -> {screener.version}")
                run.changes.append(
                    Change(
                        r.key,
                        r.title,
                        old.decision.decision,
                        d.decision,
                        "; ".join(why) + f": {d.reason}",
                    )
                )
            book[r.key] = LedgerEntry(
                key=r.key,
                title=r.title,
                arxiv_id=r.arxiv_id,
                doi=r.doi,
                text_hash=th,
                screener_version=screener.version,
                decision=d,
                decided_at=now(),
            )
            run.decisions.append((r, d))
        if progress:
            progress(total, total)
        if run.decided:
            ledger.save(book)
    run.prisma = prisma(
        len(read.records) + len(read.errors),
        len(read.errors),
        len(dd.duplicates),
        len(dd.in_registry),
        run.decisions,
    )
    append_jsonl(
        ledger.runs,
        {
            "at": now(),
            "file": str(path),
            "screener": screener.version,
            "prisma": run.prisma,
            "decided": run.decided,
            "reused": run.reused,
            "changed": len(run.changes),
        },
    )
    atomic_write_text(
        snapshot,
        json.dumps(
            {
                "keys": [r.key for r, _ in run.decisions],
                "prisma": run.prisma,
                "errors": run.errors,
                "duplicates": run.duplicates,
                "in_registry": run.in_registry,
                "merged": {r.key: r.merged for r, _ in run.decisions if r.merged},
            }
        ),
    )
    return run


def prisma(
    n_in: int, n_bad: int, n_dup: int, n_reg: int, decisions: list[tuple[Record, ScreenDecision]]
) -> dict[str, Any]:
    c = Counter(d.decision for _, d in decisions)
    reasons = Counter(d.criterion or "other" for _, d in decisions if d.decision == "exclude")
    return {
        "records_in": n_in,
        "unreadable": n_bad,
        "duplicates_removed": n_dup,
        "already_in_registry": n_reg,
        "screened": len(decisions),
        "included": c["include"],
        "maybe": c["maybe"],
        "excluded": c["exclude"],
        "excluded_by_reason": dict(reasons),
    }


DECISION_RANK = {"include": 2, "maybe": 1, "exclude": 0}


def ranked(
    decisions: list[tuple[Record, ScreenDecision]],
) -> list[tuple[Record, ScreenDecision]]:
    """Likeliest first: by relevance score; a decision without one (an LLM's, an old ledger
    entry's) by its decision; ties keep the input order."""

    def key(item: tuple[int, tuple[Record, ScreenDecision]]) -> tuple[float, int]:
        i, (_, d) = item
        score = d.score if d.score is not None else DECISION_RANK[d.decision] / 2
        return (-score, i)

    return [x for _, x in sorted(enumerate(decisions), key=key)]


EXPORT_COLUMNS = (
    "score",
    "key",
    "title",
    "year",
    "arxiv_id",
    "doi",
    "decision",
    "criterion",
    "reason",
    "screener",
    "version",
    "merged",
)


def export_decisions(run: ScreenRun, fmt: str) -> str:
    rows = [
        {
            "score": "" if d.score is None else d.score,
            "key": r.key,
            "title": r.title,
            "year": r.year or "",
            "arxiv_id": r.arxiv_id or "",
            "doi": r.doi or "",
            "decision": d.decision,
            "criterion": d.criterion or "",
            "reason": d.reason,
            "screener": d.screener,
            "version": d.version,
            "merged": ";".join(r.merged),
        }
        for r, d in ranked(run.decisions)
    ]
    if fmt == "jsonl":
        return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return buf.getvalue()
    raise UsageError(f"unknown export format {fmt!r}: use csv or jsonl")
