"""The screening worklist: ledger decisions that need a person (maybes first, by relevance when
the screener gives one), with the records' abstracts from the screened files and the matched
terms marked."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from agent.screen.ledger import HUMAN, Ledger, LedgerEntry
from agent.screen.records import Record, read_records
from agent.screen.screeners import CRITERIA, METHOD, SCOPE_STRONG
from agent.web.state import DeskState, stamp

SHOWS = ("todo", "maybe", "include", "exclude", "human", "all")
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("scope", SCOPE_STRONG),
    *((f"method c{k}", rx) for k, rx in METHOD.items()),
]


@dataclass
class Item:
    key: str
    title: str
    abstract: str
    year: int | None
    arxiv_id: str | None
    doi: str | None
    decision: str
    criterion: str | None
    criterion_text: str
    reason: str
    screener: str
    reviewer: str | None
    relevance: float | None
    human: bool


def highlight(text: str) -> Markup:
    """HTML-escaped text with the screener's matched terms in <mark>."""
    spans: list[tuple[int, int, str]] = []
    for cls, rx in PATTERNS:
        spans += [(m.start(), m.end(), cls) for m in rx.finditer(text) if m.end() > m.start()]
    spans.sort(key=lambda s: (s[0], -s[1]))
    out, pos = [], 0
    for start, end, cls in spans:
        if start < pos:
            continue  # overlaps a term already marked
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark class="{}">{}</mark>').format(cls, text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _records(state: DeskState, ledger: Ledger) -> dict[str, Record]:
    """Records of the screened files (newest run first), by ledger key; cached per file."""
    files: list[str] = []
    runs = ledger.dir / "runs.jsonl"
    if runs.exists():
        for line in runs.read_text(encoding="utf-8").splitlines():
            try:
                f = json.loads(line).get("file")
            except json.JSONDecodeError:
                continue
            if f and f not in files:
                files.append(f)
    out: dict[str, Record] = {}
    cache = state.memo.setdefault("screen-files", {})
    for f in reversed(files):
        path = Path(f)
        if not path.is_absolute():
            path = state.settings.workspace / path
        st = stamp(path)
        if st is None:
            continue
        hit = cache.get(str(path))
        if not hit or hit[0] != st:
            try:
                recs = read_records(path).records
            except Exception:  # noqa: BLE001 - a file that no longer parses only loses abstracts
                recs = []
            hit = cache[str(path)] = (st, {r.key: r for r in recs})
        for k, r in hit[1].items():
            out.setdefault(k, r)
    return out


def _book(state: DeskState, ledger: Ledger) -> dict[str, LedgerEntry]:
    """Every decision as it stands; re-read only after a run or a person's decision."""
    if not ledger.path.exists():
        return {}
    version = (ledger.generation(), stamp(ledger.human_log))
    hit = state.memo.get("ledger")
    if not hit or hit[0] != version:
        hit = state.memo["ledger"] = (version, ledger.load())
    return hit[1]


def worklist(state: DeskState, show: str = "todo") -> tuple[list[Item], dict[str, int]]:
    if show not in SHOWS:
        raise ValueError(f"show {show!r}: use one of {', '.join(SHOWS)}")
    ledger = Ledger.of(state.settings)
    try:
        book = _book(state, ledger)
        records = _records(state, ledger) if book else {}
    finally:
        ledger.close()
    counts: Counter[str] = Counter()
    items = []
    for e in book.values():
        d = e.decision
        human = d.screener == HUMAN
        counts[d.decision] += 1
        counts["human"] += human
        if show == "todo":
            keep = not human and d.decision in ("maybe", "include")
        elif show == "human":
            keep = human
        else:
            keep = show == "all" or d.decision == show
        if not keep:
            continue
        r = records.get(e.key)
        rel: Any = getattr(d, "score", None)  # the screener's relevance in [0, 1], if any
        items.append(
            Item(
                key=e.key,
                title=e.title,
                abstract=r.abstract if r else "",
                year=r.year if r else None,
                arxiv_id=e.arxiv_id,
                doi=e.doi,
                decision=d.decision,
                criterion=d.criterion,
                criterion_text=" ".join(
                    f"A.2-{c}: {CRITERIA[c]}"
                    for c in (d.criterion or "").split(",")
                    if c in CRITERIA
                ),
                reason=d.reason,
                screener=d.screener,
                reviewer=getattr(d, "reviewer", None),
                relevance=float(rel) if isinstance(rel, int | float) else None,
                human=human,
            )
        )
    order = {"maybe": 0, "include": 1, "exclude": 2}
    items.sort(
        key=lambda x: (
            x.human,
            order[x.decision],
            -(x.relevance if x.relevance is not None else -1.0),
            x.title.lower(),
        )
    )
    return items, dict(counts)
