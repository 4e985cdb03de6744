"""A screening run: records are read, de-duplicated and decided in a stream, in batches.

- Each batch's decisions are committed to the ledger before progress is reported, so a run
  that is interrupted (Ctrl-C, kill -9) keeps every decision it reported; running the same
  command again resumes: those records are looked up, not decided again.
- Memory does not grow with the file: dedup keys live in a scratch SQLite database, the run's
  record list in a run file (`runs/<digest>.sqlite`) that `decisions` and `duplicates` read back.
- A big UTF-8 JSONL file with a CPU-bound screener is read by the worker processes, a chunk of
  lines each: they normalise, key and decide (what the ledger does not know yet) and send back
  compact tuples; this process de-duplicates, checks the ledger and writes, in file order.
  A duplicate's longer abstract is read again from its chunk, and its kept record is decided
  again on it, so decisions are the same as de-duplicating first and deciding after.
- A re-run of identical inputs (file bytes, screener version, registry, options) with nothing
  written to the ledger since replays the stored run without reading a record.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
import signal
import sqlite3
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from agent.errors import InputError, UsageError
from agent.fileio import append_jsonl
from agent.proposal import now
from agent.screen.dedup import DedupKeys, RegistryIndex, StreamDedup, dedup_keys
from agent.screen.ledger import (
    COLUMNS,
    HUMAN,
    NCOL,
    Ledger,
    LedgerEntry,
    known_states,
    values_row,
)
from agent.screen.records import (
    Record,
    is_utf8_jsonl,
    iter_records,
    jsonl_chunks,
    read_jsonl_chunk,
)
from agent.screen.screeners import ScreenDecision, Screener

#: records per batch (one transaction) for in-process screeners; concurrent (LLM) screeners
#: commit every `concurrency * 4` records so an interruption loses little paid work
BATCH = 2000
#: error messages kept for display (all are counted)
MAX_ERRORS = 1000
#: changed decisions kept for the report (all are counted, in `ScreenRun.changed`)
MAX_CHANGES = 1000

Progress = Callable[[int, int | None], None]


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
    run_file: Path | None = None
    ledger_file: Path | None = None
    changes: list[Change] = field(default_factory=list)  # the first MAX_CHANGES
    changed: int = 0  # decisions that changed, all of them
    errors: list[str] = field(default_factory=list)
    in_registry: dict[str, str] = field(default_factory=dict)
    reused: int = 0
    decided: int = 0
    human: int = 0  # records whose decision a person made
    replayed: bool = False

    def _rows(self, query: str) -> Iterator[tuple[Any, ...]]:
        if self.run_file is None or not self.run_file.exists():
            return
        con = sqlite3.connect(self.run_file)
        try:
            con.execute("ATTACH DATABASE ? AS l", (str(self.ledger_file),))
            yield from con.execute(query)
        finally:
            con.close()

    @property
    def decisions(self) -> Iterator[tuple[Record, ScreenDecision]]:
        """Every screened record with its decision (a person's where one was made), in file
        order, read back from the run file: nothing is held in memory."""
        return self._decisions("i.seq")

    def ranked(self, limit: int | None = None) -> list[tuple[Record, ScreenDecision]]:
        """Likeliest first: by relevance score; a decision without one (an LLM's) by its
        decision; ties keep the file order."""
        return list(self._decisions(RANK_ORDER, limit))

    def _decisions(
        self, order: str, limit: int | None = None
    ) -> Iterator[tuple[Record, ScreenDecision]]:
        cols = ", ".join(f"d.{c.strip()}" for c in COLUMNS.split(","))
        q = (
            f"SELECT i.origin, i.merged, {cols}, h.decision, h.criterion, h.reason, h.reviewer "
            "FROM items i JOIN l.decisions d ON d.key = i.key "
            f"LEFT JOIN l.human h ON h.key = i.key ORDER BY {order}"
            + (f" LIMIT {int(limit)}" if limit is not None else "")
        )
        for row in self._rows(q):
            e = LedgerEntry.from_row(row[2 : 2 + NCOL])
            r = Record.trusted(
                title=e.title,
                abstract="",
                authors=[],
                year=e.year,
                venue=None,
                arxiv_id=e.arxiv_id,
                doi=e.doi,
                pmid=None,
                origin=row[0],
                merged=json.loads(row[1]) if row[1] else [],
                ledger_key=e.key,
            )
            d = e.decision
            h = row[2 + NCOL :]
            if h[0] is not None:
                d = ScreenDecision(
                    decision=h[0],
                    criterion=h[1],
                    reason=h[2],
                    screener=HUMAN,
                    version=HUMAN,
                    reviewer=h[3],
                    score=d.score,
                )
            yield r, d

    @property
    def duplicates(self) -> Iterator[tuple[str, str, str]]:
        """(dropped record, kept record, why) in file order."""
        yield from self._rows("SELECT origin, kept, why FROM dups ORDER BY seq")  # type: ignore[misc]

    def included(self) -> list[Record]:
        return [r for r, d in self.decisions if d.decision == "include"]


DECISION_RANK = {"include": 2, "maybe": 1, "exclude": 0}
RANK_ORDER = (
    "COALESCE(d.score, CASE d.decision WHEN 'include' THEN 1.0 WHEN 'maybe' THEN 0.5 "
    "ELSE 0.0 END) DESC, i.seq"
)


def ranked(
    decisions: Iterable[tuple[Record, ScreenDecision]],
) -> list[tuple[Record, ScreenDecision]]:
    """(record, decision) pairs held in memory, likeliest first (see ScreenRun.ranked)."""

    def key(item: tuple[int, tuple[Record, ScreenDecision]]) -> tuple[float, int]:
        i, (_, d) = item
        score = d.score if d.score is not None else DECISION_RANK[d.decision] / 2
        return (-score, i)

    return [x for _, x in sorted(enumerate(decisions), key=key)]


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


def prisma_counts(
    n_in: int, n_bad: int, n_dup: int, n_reg: int, decided: Counter[str], excluded: Counter[str]
) -> dict[str, Any]:
    return {
        "records_in": n_in,
        "unreadable": n_bad,
        "duplicates_removed": n_dup,
        "already_in_registry": n_reg,
        "screened": sum(decided.values()),
        "included": decided["include"],
        "maybe": decided["maybe"],
        "excluded": decided["exclude"],
        "excluded_by_reason": dict(excluded),
    }


def prisma(n_in: int, n_bad: int, n_dup: int, n_reg: int, decisions: Any) -> dict[str, Any]:
    """PRISMA counts from (record, decision) pairs."""
    c: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for _, d in decisions:
        c[d.decision] += 1
        if d.decision == "exclude":
            reasons[d.criterion or "other"] += 1
    return prisma_counts(n_in, n_bad, n_dup, n_reg, c, reasons)


def replay(ledger: Ledger, digest: str) -> ScreenRun | None:
    """The stored run of identical inputs, if nothing was written to the ledger since."""
    row = ledger.db.execute(
        "SELECT generation, summary FROM runs WHERE digest = ?", (digest,)
    ).fetchone()
    run_file = ledger.runs_dir / f"{digest}.sqlite"
    if row is None or row[0] != ledger.generation() or not run_file.exists():
        return None
    s = json.loads(row[1])
    return ScreenRun(
        prisma=s["prisma"],
        run_file=run_file,
        ledger_file=ledger.path,
        errors=s["errors"],
        in_registry=s["in_registry"],
        reused=s["prisma"]["screened"],
        human=s.get("human", 0),
        replayed=True,
    )


RUN_SCHEMA = """
PRAGMA journal_mode=OFF;
PRAGMA synchronous=OFF;
CREATE TABLE items(
  seq INTEGER PRIMARY KEY, key TEXT NOT NULL, origin TEXT, merged TEXT, alen INTEGER);
CREATE TABLE dups(seq INTEGER PRIMARY KEY, origin TEXT, kept TEXT, why TEXT);
ATTACH DATABASE '' AS scratch;
PRAGMA scratch.journal_mode=OFF;
ATTACH DATABASE '' AS titles;
PRAGMA titles.journal_mode=OFF;
"""


class _Tally:
    def __init__(self) -> None:
        self.decided: Counter[str] = Counter()
        self.excluded: Counter[str] = Counter()

    def add(self, d: ScreenDecision, sign: int = 1) -> None:
        self.count(d.decision, d.criterion, sign)

    def count(self, decision: str, criterion: str | None, sign: int = 1) -> None:
        self.decided[decision] += sign
        if decision == "exclude":
            why = criterion or "other"
            self.excluded[why] += sign
            if not self.excluded[why]:
                del self.excluded[why]


def decide_all(screener: Screener, records: list[Record], concurrency: int) -> list[ScreenDecision]:
    """Decisions in input order; screeners that wait on a server run `concurrency` at once."""
    decider = Decider(screener, concurrency, 1)
    try:
        return decider.submit(records)()
    finally:
        decider.close()


#: what a run keeps of a record it read, made where it was read (maybe in a worker process):
#: origin, ledger key, title, dedup keys (with the normalised title and year), arXiv id, DOI,
#: abstract length, text hash, the registry entry it already is
Item = tuple[str, str, str, DedupKeys, str | None, str | None, int, str, str | None]


def describe(r: Record, reg: RegistryIndex) -> Item:
    keys = dedup_keys(r)
    return (
        r.origin,
        r.key,
        r.title,
        keys,
        r.arxiv_id,
        r.doi,
        len(r.abstract),
        r.text_hash(),
        reg.find(r, keys[1]),
    )


_WORKER_SCREENER: Any = None
_WORKER_REGISTRY: Any = None
_WORKER_LEDGER: Path | None = None
_WORKER_DB: sqlite3.Connection | None = None


def _init_worker(
    screener: Screener, registry: RegistryIndex | None = None, ledger: Path | None = None
) -> None:
    global _WORKER_SCREENER, _WORKER_REGISTRY, _WORKER_LEDGER, _WORKER_DB
    # Ctrl-C reaches the whole process group: the main process cancels the pool and reports
    # once; a worker that took it too would print a traceback of its own
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_SCREENER, _WORKER_REGISTRY, _WORKER_LEDGER = screener, registry, ledger
    _WORKER_DB = None  # a connection of the parent's is never used in a forked child


def _screen_many(records: list[Record]) -> list[tuple[Any, ...]]:
    return [_WORKER_SCREENER.screen(r).values() for r in records]


def _read_and_screen(
    task: tuple[Path, int, int, int],
) -> list[tuple[Item, tuple[Any, ...] | None] | str]:
    """A worker reads one chunk of a JSONL file and decides the records in it that the ledger
    has no decision for (of this text, by this screener): what comes back is small (no
    abstracts), and the main process only de-duplicates, checks and writes. A record that turns
    out to be a duplicate was decided for nothing (that decision is not used); one left
    undecided here that the main process finds it must decide after all (the ledger changed in
    between) is read again and decided there."""
    global _WORKER_DB
    read = read_jsonl_chunk(*task)
    items = [x if isinstance(x, str) else describe(x, _WORKER_REGISTRY) for x in read]
    known: dict[str, tuple[Any, ...]] = {}
    if _WORKER_LEDGER is not None and _WORKER_LEDGER.exists():
        if _WORKER_DB is None:
            _WORKER_DB = sqlite3.connect(_WORKER_LEDGER, timeout=60)
            _WORKER_DB.execute("PRAGMA query_only=1")
        known = known_states(_WORKER_DB, [it[1] for it in items if not isinstance(it, str)])
    version = _WORKER_SCREENER.version
    out: list[tuple[Item, tuple[Any, ...] | None] | str] = []
    for r, it in zip(read, items, strict=True):
        if isinstance(r, str) or isinstance(it, str):
            out.append(r)  # type: ignore[arg-type]
            continue
        k = known.get(it[1])
        same = k is not None and k[0] == it[7] and k[1] == version
        out.append((it, None if same else _WORKER_SCREENER.screen(r).values()))
    return out


def _worker_context() -> Any:
    """Workers are forked where the platform can: a forked worker inherits the screener and
    does not import the caller's main module again. With forkserver or spawn, a script that
    calls screen_file at top level (no `if __name__ == "__main__":` guard) would be run again
    in every worker (and fail)."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


class Decider:
    """Decides records in order: in this process, on threads (screeners that wait on a server,
    `concurrency` calls at once) or in worker processes (a CPU-bound screener on a big file).
    `submit` returns a function giving the decisions, so the next batch is read and
    de-duplicated while this one is decided."""

    def __init__(
        self,
        screener: Screener,
        concurrency: int,
        workers: int,
        registry: RegistryIndex | None = None,
        ledger: Ledger | None = None,
    ):
        self.screener = screener
        self.threads: ThreadPoolExecutor | None = None
        self.procs: ProcessPoolExecutor | None = None
        self.workers = workers
        if concurrency > 1 and getattr(screener, "concurrent", False):
            self.threads = ThreadPoolExecutor(concurrency, thread_name_prefix="screen")
        elif workers > 1 and getattr(screener, "cpu_bound", False):
            # SQLite: a connection must not be carried into a forked child; the ledger's is
            # closed while the workers start (it reopens when next used), and the caller
            # opens no other before this
            if ledger is not None:
                ledger.close()
            self.procs = ProcessPoolExecutor(
                workers,
                mp_context=_worker_context(),
                initializer=_init_worker,
                initargs=(screener, registry, ledger.path if ledger is not None else None),
            )
            # start the workers now, before this process opens threads (forking a process
            # with threads can deadlock the child) or connections
            for f in [self.procs.submit(int) for _ in range(workers)]:
                f.result()

    def submit(self, records: list[Record]) -> Callable[[], list[ScreenDecision]]:
        if not records:
            return list
        if self.threads is not None:
            futures = [self.threads.submit(self.screener.screen, r) for r in records]
            return lambda: [f.result() for f in futures]
        if self.procs is not None and len(records) >= 2 * self.workers:
            size = -(-len(records) // self.workers)
            parts = [
                self.procs.submit(_screen_many, records[i : i + size])
                for i in range(0, len(records), size)
            ]
            return lambda: [ScreenDecision.trusted(*v) for f in parts for v in f.result()]
        return lambda: [self.screener.screen(r) for r in records]

    def close(self) -> None:
        for pool in (self.threads, self.procs):
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)


#: files at least this big are screened by worker processes (when the screener is CPU-bound)
PARALLEL_BYTES = 8 << 20

#: a record read: (Item, decision values made where it was read or None, the Record or None
#: where it was read in a worker) -- or an error message for a record that could not be read
Entry = tuple[Item, tuple[Any, ...] | None, Record | None] | str


@dataclass
class _Batch:
    entries: list[Entry]
    #: the JSONL chunk the entries were read from in a worker: a record is read again from it
    #: where the main process needs one (a duplicate's longer abstract)
    chunk: tuple[Path, int, int, int] | None
    fed: list[tuple[int, int | None, str]]  # (entry index, root, why) per record
    kept: list[tuple[int, Item]]  # (seq, item)
    book: dict[str, tuple[str, str, str, str | None]]  # Ledger.states
    todo: list[tuple[int, Item, tuple[Any, ...] | None]]  # (seq, item, values made already)
    decisions: Callable[[], list[ScreenDecision]]  # of the todo records without values
    seq: int
    n_in: int
    _read: list[Record | str] | None = None

    def record(self, i: int) -> Record:
        """Entry i's record (read again from its chunk if it was read in a worker)."""
        e = self.entries[i]
        assert not isinstance(e, str)
        if e[2] is not None:
            return e[2]
        if self._read is None:
            assert self.chunk is not None
            self._read = read_jsonl_chunk(*self.chunk)
        r = self._read[i]
        assert isinstance(r, Record)
        return r


def _why(old: LedgerEntry, text_hash: str, screener: Screener, reason: str) -> str:
    why = []
    if old.text_hash != text_hash:
        why.append("title/abstract changed")
    if old.screener_version != screener.version:
        why.append(f"screener {old.screener_version} -> {screener.version}")
    return "; ".join(why) + f": {reason}"


def screen_file(
    path: Path,
    screener: Screener,
    ledger: Ledger,
    registry: list[Any] | None = None,
    fmt: str | None = None,
    columns: dict[str, str] | None = None,
    progress: Progress | None = None,
    concurrency: int = 1,
    batch_size: int | None = None,
    workers: int | None = None,
    encoding: str = "utf-8",
    allow_empty: bool = False,
) -> ScreenRun:
    """Screen a search export; see the module docstring. `workers` processes decide for a
    CPU-bound screener (default: the cores, up to 4, for files of 8 MB or more); a UTF-8 JSONL
    file is then also read by them, a chunk of lines each."""
    # a missing file, an unknown format or encoding fails here, before anything is written
    records = iter_records(path, fmt, columns, encoding)
    first = next(records, None)  # a file that cannot be parsed at all fails here too
    if first is None and not allow_empty:
        raise InputError(f"{path}: no records in it (an empty export?); nothing screened")
    records = chain([first], records) if first is not None else records
    digest = run_digest(path, screener, registry, fmt, columns, encoding)
    again = replay(ledger, digest)
    if again is not None:
        if progress:
            progress(again.prisma["records_in"], again.prisma["records_in"])
        log_run(ledger, path, screener, again)
        return again
    concurrent = concurrency > 1 and getattr(screener, "concurrent", False)
    size = batch_size or (max(8, concurrency * 4) if concurrent else BATCH)
    if workers is None:
        big = path.stat().st_size >= PARALLEL_BYTES
        workers = min(os.cpu_count() or 1, 4) if big else 1
    reg = RegistryIndex(registry)
    decider = Decider(screener, concurrency, workers, reg, ledger)  # before the run file opens
    try:
        ledger.runs_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(ledger.runs_dir)
        partial = ledger.runs_dir / f".{digest}.{os.getpid()}.partial"
        partial.unlink(missing_ok=True)
        rdb = sqlite3.connect(partial, isolation_level=None)
        rdb.executescript(RUN_SCHEMA)
        # 64 MB: dedup keys insert in random order; no journal (half the cost of an insert):
        # the scratch database is thrown away with the connection, and never rolled back
        rdb.execute("PRAGMA scratch.cache_size=-65536")
        has_human = ledger.has_human()
        db = ledger.db
    except BaseException:
        decider.close()
        raise
    dd = StreamDedup(rdb, "scratch", "titles")
    run = ScreenRun(prisma={}, ledger_file=ledger.path)
    tally = _Tally()
    n = {"in": 0, "bad": 0, "dup": 0, "seq": 0}
    version = screener.version

    def batches() -> Iterator[tuple[list[Entry], tuple[Path, int, int, int] | None]]:
        """The file's records in batches, in file order: a UTF-8 JSONL file read and decided by
        the worker processes a chunk each (a few chunks ahead), else read here."""
        if decider.procs is not None and is_utf8_jsonl(path, fmt, encoding):
            ahead: deque[tuple[tuple[Path, int, int, int], Any]] = deque()
            for start, end, line in jsonl_chunks(path, size):
                chunk = (path, start, end, line)
                ahead.append((chunk, decider.procs.submit(_read_and_screen, chunk)))
                if len(ahead) > 2 * workers:
                    c, f = ahead.popleft()
                    yield [e if isinstance(e, str) else (*e, None) for e in f.result()], c
            while ahead:
                c, f = ahead.popleft()
                yield [e if isinstance(e, str) else (*e, None) for e in f.result()], c
            return
        while True:
            items = list(islice(records, size))
            if not items:
                return
            yield [x if isinstance(x, str) else (describe(x, reg), None, x) for x in items], None

    def prepare(entries: list[Entry], chunk: tuple[Path, int, int, int] | None) -> _Batch:
        """De-duplicate and look up a batch; hand what needs deciding to the decider."""
        found: list[int] = []
        for i, e in enumerate(entries):
            if isinstance(e, str):
                n["bad"] += 1
                if len(run.errors) < MAX_ERRORS:
                    run.errors.append(e)
            else:
                found.append(i)
        n["in"] += len(entries)
        seq = n["seq"]
        n["seq"] += len(found)
        rdb.execute("BEGIN")
        roots = dd.feed([entries[i][0][3] for i in found], seq)  # type: ignore[index,misc]
        rdb.execute("COMMIT")
        fed = [(i, root, why) for i, (root, why) in zip(found, roots, strict=True)]
        kept: list[tuple[int, Item]] = []
        made: list[tuple[Any, ...] | None] = []
        for j, (i, root, _) in enumerate(fed):
            if root is None:
                e = entries[i]
                assert not isinstance(e, str)
                kept.append((seq + j, e[0]))
                made.append(e[1])
        keys = [item[1] for _, item in kept]
        book = ledger.states(keys)
        people = ledger.human_decisions(keys) if has_human else {}
        todo: list[tuple[int, Item, tuple[Any, ...] | None]] = []
        b = _Batch(entries, chunk, fed, kept, book, todo, list, seq, n["in"])
        need: list[Record] = []
        for (s, item), values in zip(kept, made, strict=True):
            key = item[1]
            if item[8]:
                run.in_registry[key] = item[8]
            h = people.get(key)
            if h is not None:
                run.human += 1
                run.reused += 1
                tally.count(h.decision, h.criterion)
                continue
            known = book.get(key)  # input_hash, screener_version, decision, criterion
            if known and known[0] == item[7] and known[1] == version:
                run.reused += 1
                tally.count(known[2], known[3])
                continue
            todo.append((s, item, values))
            if values is None:
                need.append(b.record(found[s - seq]))
        if chunk is None:
            b.decisions = decider.submit(need)
        elif need:  # left undecided by a worker: the ledger changed since it looked (rare)
            b.decisions = lambda: [screener.screen(r) for r in need]
        return b

    def finish(b: _Batch) -> None:
        """Record a batch's decisions and merges in one transaction, then report progress."""
        stamp = now()
        rows = []
        made = iter(b.decisions())
        for _, item, values in b.todo:
            _, key, title, (_, _, _, year), arxiv_id, doi, _, th, _ = item
            v = values if values is not None else next(made).values()
            known = b.book.get(key)
            if known and known[2] != v[0]:
                run.changed += 1
                row = ledger.rows([key]).get(key) if len(run.changes) < MAX_CHANGES else None
                if row is not None:  # None: kept no more, or gone (another process's delete)
                    old = LedgerEntry.from_row(row)
                    why = _why(old, th, screener, v[2])
                    run.changes.append(Change(key, title, old.decision.decision, v[0], why))
            tally.count(v[0], v[1])
            rows.append(values_row(key, th, th, version, v, title, year, arxiv_id, doi, stamp))
        run.decided += len(b.todo)
        dups = [
            (i, root, why, b.seq + j) for j, (i, root, why) in enumerate(b.fed) if root is not None
        ]
        rdb.execute("BEGIN")
        rdb.executemany(
            "INSERT INTO items(seq, key, origin, alen) VALUES (?, ?, ?, ?)",
            [(s, item[1], item[0], item[6]) for s, item in b.kept],
        )
        db.execute("BEGIN IMMEDIATE")
        try:
            ledger.put_rows(rows)
            for i, root, why, s in dups:
                _merge(ledger, rdb, screener, run, tally, b, i, root, why, s, has_human)
            if rows or dups:
                ledger.bump()
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        rdb.execute("COMMIT")
        n["dup"] += len(dups)
        if progress:  # reported only once committed
            progress(b.n_in, None)

    try:
        pending: _Batch | None = None
        read = batches()
        while True:
            got = next(read, None)
            current = prepare(*got) if got is not None else None
            if pending is not None:
                finish(pending)
            pending = current
            if current is None:
                break
    except BaseException:
        decider.close()
        rdb.close()
        partial.unlink(missing_ok=True)
        raise
    decider.close()
    n_in, n_bad, n_dup = n["in"], n["bad"], n["dup"]
    run.prisma = prisma_counts(
        n_in, n_bad, n_dup, len(run.in_registry), tally.decided, tally.excluded
    )
    rdb.execute("DETACH DATABASE scratch")
    rdb.execute("DETACH DATABASE titles")
    rdb.close()
    final = ledger.runs_dir / f"{digest}.sqlite"
    os.replace(partial, final)
    run.run_file = final
    summary = {
        "prisma": run.prisma,
        "errors": run.errors,
        "in_registry": run.in_registry,
        "human": run.human,
    }
    db.execute(
        "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?)",
        (digest, str(path), now(), ledger.generation(), json.dumps(summary)),
    )
    prune_runs(ledger)
    log_run(ledger, path, screener, run)
    return run


def _merge(
    ledger: Ledger,
    rdb: sqlite3.Connection,
    screener: Screener,
    run: ScreenRun,
    tally: _Tally,
    batch: _Batch,
    i: int,
    root: int,
    why: str,
    seq: int,
    has_human: bool,
) -> None:
    """A duplicate (entry i of the batch) of an earlier kept record: the kept record takes over
    its identifiers, and is decided again on the longer abstract if the duplicate brings one
    (rare: only then is the duplicate's abstract read)."""
    e = batch.entries[i]
    assert not isinstance(e, str)
    dup_origin, _, _, _, dup_arxiv, dup_doi, dup_alen, _, _ = e[0]
    key, origin, merged, alen = rdb.execute(
        "SELECT key, origin, merged, alen FROM items WHERE seq = ?", (root,)
    ).fetchone()
    rdb.execute("INSERT INTO dups VALUES (?, ?, ?, ?)", (seq, dup_origin, origin, why))
    longer = dup_alen > alen
    rdb.execute(
        "UPDATE items SET merged = ?, alen = ? WHERE seq = ?",
        (
            json.dumps([*(json.loads(merged) if merged else []), dup_origin]),
            max(alen, dup_alen),
            root,
        ),
    )
    old = ledger.get(key)
    if old is None:
        return
    update: dict[str, Any] = {"arxiv_id": old.arxiv_id or dup_arxiv, "doi": old.doi or dup_doi}
    if longer:
        keep = Record.trusted(
            title=old.title,
            abstract=batch.record(i).abstract,
            authors=[],
            year=old.year,
            venue=None,
            arxiv_id=update["arxiv_id"],
            doi=update["doi"],
            pmid=None,
            origin=origin,
            merged=[],
        )
        th = keep.text_hash()
        if th != old.text_hash:
            d = screener.screen(keep)
            run.decided += 1
            if not (has_human and ledger.human_decisions([key])):
                tally.add(old.decision, -1)
                tally.add(d)
            update.update(text_hash=th, decision=d, decided_at=now())
    ledger.put([old.model_copy(update=update)])


def log_run(ledger: Ledger, path: Path, screener: Screener, run: ScreenRun) -> None:
    append_jsonl(
        ledger.dir / "runs.jsonl",
        {
            "at": now(),
            "file": str(path),
            "screener": screener.version,
            "prisma": run.prisma,
            "decided": run.decided,
            "reused": run.reused,
            "changed": run.changed,
            "replayed": run.replayed,
        },
    )


def remove_stale_partials(runs_dir: Path) -> None:
    """Run files left by a killed process (their pid is gone)."""
    for p in runs_dir.glob(".*.partial"):
        try:
            os.kill(int(p.name.split(".")[2]), 0)
        except (ProcessLookupError, ValueError, IndexError):
            p.unlink(missing_ok=True)
        except PermissionError:  # alive, another user's
            pass


def prune_runs(ledger: Ledger, keep: int = 4) -> None:
    """Run files are a cache for replays: keep the newest few."""
    files = sorted(ledger.runs_dir.glob("*.sqlite"), key=lambda p: p.stat().st_mtime)
    for p in files[:-keep]:
        p.unlink(missing_ok=True)
        ledger.db.execute("DELETE FROM runs WHERE digest = ?", (p.stem,))


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


def export_rows(run: ScreenRun) -> Iterator[dict[str, Any]]:
    """Every decision, likeliest first (sorted by the database, not in memory)."""
    for r, d in run._decisions(RANK_ORDER):
        yield {
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


def write_decisions(run: ScreenRun, fh: Any, fmt: str) -> None:
    """Stream every decision to an open text file as CSV or JSONL."""
    if fmt == "jsonl":
        for x in export_rows(run):
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
        return
    if fmt == "csv":
        w = csv.DictWriter(fh, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
        w.writeheader()
        for x in export_rows(run):
            w.writerow(x)
        return
    raise UsageError(f"unknown export format {fmt!r}: use csv or jsonl")


def export_decisions(run: ScreenRun, fmt: str) -> str:
    buf = io.StringIO()
    write_decisions(run, buf, fmt)
    return buf.getvalue()
