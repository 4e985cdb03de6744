"""The screening ledger: every decision with the inputs it was made from, so a re-run decides
only what is new or changed.

Where run state lives:
- machine decisions are a cache: one SQLite database (WAL, indexed by record key) under the
  git-ignored state directory (`.curate/screening/ledger.sqlite`). Deleting it costs only the
  time to screen again;
- decisions a person made are registry data: appended to `registry/screening/human.jsonl`
  (in git, append-only) and mirrored into the database. Re-screening never overwrites them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from agent.errors import InputError
from agent.fileio import append_jsonl, lock_for
from agent.proposal import now
from agent.screen.screeners import ScreenDecision

HUMAN = "human"
DECISIONS = ("include", "exclude", "maybe")
#: SQLite binds at most 32766 parameters per statement (3.32+); lookups go in chunks of this
CHUNK = 900
SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions(
  key TEXT PRIMARY KEY,
  input_hash TEXT NOT NULL,      -- the record's own title/abstract when it was decided
  text_hash TEXT NOT NULL,       -- the text decided (a duplicate's longer abstract merged in)
  screener_version TEXT NOT NULL,
  decision TEXT NOT NULL, criterion TEXT, reason TEXT NOT NULL,
  screener TEXT NOT NULL, version TEXT NOT NULL, reviewer TEXT,
  title TEXT NOT NULL, year INTEGER, arxiv_id TEXT, doi TEXT,
  decided_at TEXT NOT NULL, score REAL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS human(
  key TEXT PRIMARY KEY, decision TEXT NOT NULL, criterion TEXT, reason TEXT NOT NULL,
  reviewer TEXT NOT NULL, at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS runs(
  digest TEXT PRIMARY KEY, file TEXT, at TEXT, generation INTEGER, summary TEXT
) WITHOUT ROWID;
"""
COLUMNS = (
    "key, input_hash, text_hash, screener_version, decision, criterion, reason, screener, "
    "version, reviewer, title, year, arxiv_id, doi, decided_at, score"
)
NCOL = 16


def values_row(
    key: str,
    input_hash: str,
    text_hash: str,
    screener_version: str,
    v: tuple[Any, ...],
    title: str,
    year: int | None,
    arxiv_id: str | None,
    doi: str | None,
    at: str,
) -> tuple[Any, ...]:
    """A `decisions` row in COLUMNS order from a decision's `values()`: the one layout
    `LedgerEntry.row` and a screening run (whose workers send `values()` tuples, without a
    LedgerEntry per record) both use."""
    decision, criterion, reason, screener, version, score, reviewer = v
    return (
        key,
        input_hash,
        text_hash,
        screener_version,
        decision,
        criterion,
        reason,
        screener,
        version,
        reviewer,
        title,
        year,
        arxiv_id,
        doi,
        at,
        score,
    )


class LedgerEntry(BaseModel):
    key: str
    title: str
    year: int | None = None
    arxiv_id: str | None = None
    doi: str | None = None
    input_hash: str = ""
    text_hash: str
    screener_version: str
    decision: ScreenDecision
    decided_at: str

    def row(self) -> tuple[Any, ...]:
        return values_row(
            self.key,
            self.input_hash or self.text_hash,
            self.text_hash,
            self.screener_version,
            self.decision.values(),
            self.title,
            self.year,
            self.arxiv_id,
            self.doi,
            self.decided_at,
        )

    @classmethod
    def from_row(cls, r: tuple[Any, ...]) -> LedgerEntry:
        """From a database row (written by `row`, so valid: constructed without checks)."""
        return cls.model_construct(
            key=r[0],
            input_hash=r[1],
            text_hash=r[2],
            screener_version=r[3],
            decision=ScreenDecision.model_construct(
                decision=r[4],
                criterion=r[5],
                reason=r[6],
                screener=r[7],
                version=r[8],
                reviewer=r[9],
                score=r[15],
            ),
            title=r[10],
            year=r[11],
            arxiv_id=r[12],
            doi=r[13],
            decided_at=r[14],
        )

    def with_human(self, h: HumanDecision) -> LedgerEntry:
        d = h.as_decision().model_copy(update={"score": self.decision.score})
        return self.model_copy(update={"decision": d, "decided_at": h.at})


class HumanDecision(BaseModel):
    key: str
    decision: str
    criterion: str | None = None
    reason: str
    reviewer: str
    at: str

    def as_decision(self) -> ScreenDecision:
        return ScreenDecision(
            decision=self.decision,  # type: ignore[arg-type]
            criterion=self.criterion,
            reason=self.reason,
            screener=HUMAN,
            version=HUMAN,
            reviewer=self.reviewer,
        )


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a commit survives a killed process
    db.execute("PRAGMA cache_size=-32000")  # 32 MB page cache: memory does not grow with data
    return db


def chunks(items: list[Any], n: int = CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def known_states(
    db: sqlite3.Connection, keys: Iterable[str]
) -> dict[str, tuple[str, str, str, str | None]]:
    """`Ledger.states` on a connection of its own (a worker process reads the ledger too)."""
    out = {}
    for part in chunks(list(keys)):
        q = (
            "SELECT key, input_hash, screener_version, decision, criterion FROM decisions "
            f"WHERE key IN ({','.join('?' * len(part))})"
        )
        for r in db.execute(q, part):
            out[r[0]] = r[1:]
    return out


class Ledger:
    """Decisions by record key. `directory` holds the SQLite database (a cache); `human_log` is
    the append-only record of people's decisions (default: `directory/human.jsonl`)."""

    def __init__(self, directory: Path, human_log: Path | None = None):
        self.dir = directory
        self.path = directory / "ledger.sqlite"
        self.human_log = human_log or directory / "human.jsonl"
        self.runs_dir = directory / "runs"
        self._db: sqlite3.Connection | None = None

    @classmethod
    def of(cls, settings: Any) -> Ledger:
        """The workspace's ledger: cache in the state dir, human decisions in the registry."""
        return cls(settings.state_dir / "screening", settings.screening_dir / "human.jsonl")

    # ------------------------------------------------------------------ storage
    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = connect(self.path)
            self._db.executescript(SCHEMA)
            self._sync_human_log()
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def generation(self) -> int:
        """Bumped by every write: a stored run is replayed only if nothing changed since."""
        row = self.db.execute("SELECT v FROM meta WHERE k='generation'").fetchone()
        return int(row[0]) if row else 0

    def bump(self) -> None:
        self.db.execute(
            "INSERT INTO meta VALUES('generation', 1) "
            "ON CONFLICT(k) DO UPDATE SET v = CAST(v AS INTEGER) + 1"
        )

    def rows(self, keys: Iterable[str]) -> dict[str, tuple[Any, ...]]:
        """Raw rows (COLUMNS order) by key: what a run checks, without building models."""
        out: dict[str, tuple[Any, ...]] = {}
        for part in chunks(list(keys)):
            q = f"SELECT {COLUMNS} FROM decisions WHERE key IN ({','.join('?' * len(part))})"
            for r in self.db.execute(q, part):
                out[r[0]] = r
        return out

    def states(self, keys: Iterable[str]) -> dict[str, tuple[str, str, str, str | None]]:
        """(input_hash, screener_version, decision, criterion) by key: all a run needs to know
        of a record it may not have to decide again (a full row is read only for a change)."""
        return known_states(self.db, keys)

    def lookup(self, keys: Iterable[str]) -> dict[str, LedgerEntry]:
        return {k: LedgerEntry.from_row(r) for k, r in self.rows(keys).items()}

    def get(self, key: str) -> LedgerEntry | None:
        return self.lookup([key]).get(key)

    def put(self, entries: Iterable[LedgerEntry]) -> None:
        """Insert or replace machine decisions (call inside a transaction, or it autocommits)."""
        self.put_rows([e.row() for e in entries])

    def put_rows(self, rows: list[tuple[Any, ...]]) -> None:
        """`put` for rows already in COLUMNS order (a run writes a million of them)."""
        self.db.executemany(
            f"INSERT OR REPLACE INTO decisions({COLUMNS}) VALUES ({','.join('?' * NCOL)})", rows
        )

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM decisions").fetchone()[0])

    def load(self) -> dict[str, LedgerEntry]:
        """Every decision as it stands, a person's where one was made (small ledgers,
        scripts); a run looks records up instead."""
        rows = self.db.execute(f"SELECT {COLUMNS} FROM decisions")
        out = {r[0]: LedgerEntry.from_row(r) for r in rows}
        for k, h in self.human_decisions().items():
            if k in out:
                out[k] = out[k].with_human(h)
        return out

    # ------------------------------------------------------------------ people's decisions
    def human_decisions(self, keys: Iterable[str] | None = None) -> dict[str, HumanDecision]:
        cols = "key, decision, criterion, reason, reviewer, at"
        if keys is None:
            rows: Iterable[tuple[Any, ...]] = self.db.execute(f"SELECT {cols} FROM human")
        else:
            rows = []
            for part in chunks(list(keys)):
                q = f"SELECT {cols} FROM human WHERE key IN ({','.join('?' * len(part))})"
                rows += self.db.execute(q, part).fetchall()  # type: ignore[operator]
        return {
            r[0]: HumanDecision(
                key=r[0], decision=r[1], criterion=r[2], reason=r[3], reviewer=r[4], at=r[5]
            )
            for r in rows
        }

    def has_human(self) -> bool:
        return self.db.execute("SELECT 1 FROM human LIMIT 1").fetchone() is not None

    def record_human(
        self,
        key: str,
        decision: str,
        reviewer: str,
        reason: str = "",
        criterion: str | None = None,
        at: str | None = None,
    ) -> LedgerEntry:
        """A person's include / exclude / maybe for a screened record: appended to the
        registry's human.jsonl, then mirrored here. Re-screening never overwrites it."""
        if decision not in DECISIONS:
            raise InputError(f"decision must be include, exclude or maybe, not {decision!r}")
        if not (reviewer or "").strip():
            raise InputError("a screening decision needs a reviewer")
        with lock_for(self.dir, ".ledger.lock"):
            old = self.get(key)
            if old is None:
                raise InputError(f"{key}: not in the screening ledger (screen the file first)")
            h = HumanDecision(
                key=key,
                decision=decision,
                criterion=criterion if criterion is not None else old.decision.criterion,
                reason=reason
                or f"{decision} by {reviewer} (screener said {old.decision.decision})",
                reviewer=reviewer.strip(),
                at=at or now(),
            )
            append_jsonl(self.human_log, {**h.model_dump(), "was": old.decision.model_dump()})
            self._sync_human_log()
        return old.with_human(h)

    def resolve(self, key: str) -> str:
        """A ledger key from a key or a bare arXiv id."""
        if self.get(key) is None and self.get(f"arxiv:{key}") is not None:
            return f"arxiv:{key}"
        return key

    def _sync_human_log(self) -> None:
        """Mirror lines of human.jsonl not yet in the database (e.g. pulled from git)."""
        db = self._db
        assert db is not None
        size = self.human_log.stat().st_size if self.human_log.exists() else 0
        row = db.execute("SELECT v FROM meta WHERE k='human_offset'").fetchone()
        offset = int(row[0]) if row else 0
        if size == offset:
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            if size < offset:  # the log was replaced (e.g. a checkout): mirror it again
                db.execute("DELETE FROM human")
                offset = 0
            with self.human_log.open("rb") as fh:
                fh.seek(offset)
                data = fh.read()
            end = data.rfind(b"\n") + 1  # a torn last line waits for the next sync
            for line in data[:end].splitlines():
                try:
                    x = json.loads(line)
                    h = HumanDecision.model_validate(
                        {k: x.get(k) for k in HumanDecision.model_fields}
                    )
                except ValueError:
                    continue
                db.execute(
                    "INSERT OR REPLACE INTO human VALUES (?,?,?,?,?,?)",
                    (h.key, h.decision, h.criterion, h.reason, h.reviewer, h.at),
                )
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES('human_offset', ?)", (str(offset + end),)
            )
            self.bump()
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


def decide_by_hand(
    ledger: Ledger, key: str, decision: str, reviewer: str, reason: str
) -> LedgerEntry:
    """`curate screen-decide`: a reviewer's decision on a screened record (e.g. a maybe
    resolved); `key` is the record's ledger key or its arXiv id. Re-screens never overwrite it."""
    k = ledger.resolve(key)
    return ledger.record_human(
        k, decision, reviewer, f"{reviewer}: {reason}" if reason else reviewer
    )
