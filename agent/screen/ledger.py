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

from agent.fileio import append_jsonl, atomic_write_text, lock_for
from agent.proposal import now
from agent.screen.dedup import dedup
from agent.screen.records import Record, read_records
from agent.screen.screeners import ScreenDecision, Screener


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
HUMAN = "human"


def record_human_decision(
    ledger: Ledger, key: str, decision: str, reviewer: str, reason: str = ""
) -> LedgerEntry:
    """A person's include / exclude / maybe for a screened record. It replaces the screener's
    decision in the ledger, is never re-screened, and counts in PRISMA like any other."""
    if decision not in ("include", "exclude", "maybe"):
        raise ValueError(f"decision {decision!r}: use include, exclude or maybe")
    if not reviewer.strip():
        raise ValueError("a screening decision needs a reviewer")
    with lock_for(ledger.dir, ".ledger.lock"):
        book = ledger.load()
        old = book.get(key)
        if old is None:
            raise KeyError(f"no screened record {key!r} in the ledger")
        d = ScreenDecision(
            decision=decision,  # type: ignore[arg-type]
            criterion=old.decision.criterion,
            reason=reason or f"{decision} by {reviewer} (screener said {old.decision.decision})",
            screener=HUMAN,
            version=HUMAN,
            reviewer=reviewer,
        )
        book[key] = old.model_copy(update={"decision": d, "decided_at": now()})
        ledger.save(book)
        append_jsonl(
            ledger.dir / "human.jsonl",
            {
                "at": now(),
                "key": key,
                "decision": decision,
                "reviewer": reviewer,
                "was": old.decision.model_dump(),
            },
        )
        return book[key]


def run_digest(
    path: Path,
    screener: Screener,
    registry: list[Any] | None,
    fmt: str | None,
    columns: dict[str, str] | None,
) -> str:
    """Everything a run's outcome depends on: file bytes, screener version, registry, options."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    h.update(
        json.dumps(
            [screener.version, fmt, columns, sorted(e.content_hash() for e in registry or [])]
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
) -> ScreenRun:
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    snapshot = ledger.dir / "runs" / f"{run_digest(path, screener, registry, fmt, columns)}.json"
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
    read = read_records(path, fmt, columns)
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
            if old and (
                old.decision.screener == HUMAN
                or (old.text_hash == th and old.screener_version == screener.version)
            ):  # a person's decision is never re-screened
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


EXPORT_COLUMNS = (
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
        for r, d in run.decisions
    ]
    if fmt == "jsonl":
        return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return buf.getvalue()
    raise ValueError(f"unknown export format {fmt!r}: use csv or jsonl")
