"""Duplicate merging within a batch and against the registry: same arXiv id (any version),
same DOI, same PMID, or near-identical title (fuzzy, year-tolerant), e.g. a preprint and its
published version. The first record of a paper is kept and takes over the others' identifiers.

`StreamDedup` does this in a stream: record keys and title blocks live in SQLite, so memory does
not grow with the file. `dedup` is the same matching for a list held in memory.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from hashlib import blake2b

from rapidfuzz import fuzz

from agent.schema import Entry
from agent.screen.records import Record, norm_title

TITLE_SIMILARITY = 95.0
YEAR_TOLERANCE = 1
#: a title block shared by more records than this says nothing (e.g. "a survey of"): skipped
BLOCK_LIMIT = 200


@dataclass
class DedupResult:
    kept: list[Record]
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)  # (dropped, kept, why)
    in_registry: dict[str, str] = field(default_factory=dict)  # record key -> entry id


def _blocks(normed: str) -> list[str]:
    words = normed.split()
    long = sorted((w for w in words if len(w) > 3), key=lambda w: (-len(w), w))[:3]
    return [" ".join(words[:3]), " ".join(sorted(long))] if words else []


def key_hash(key: str) -> int:
    """A dedup key as a signed 64-bit integer (SQLite's), the same in every process (Python's
    string hash differs between processes, and keys are made in worker processes)."""
    return int.from_bytes(blake2b(key.encode(), digest_size=8).digest(), "little", signed=True)


#: (hashed keys, normalised title, has an arXiv id, year): what dedup needs of a record
DedupKeys = tuple[tuple[tuple[int, str], ...], str, bool, int | None]


def dedup_keys(r: Record, title: str | None = None) -> DedupKeys:
    """A record's keys, in the order they are matched, each with the reason a match gives."""
    title = norm_title(r.title) if title is None else title
    out = []
    if r.arxiv_id:
        out.append((key_hash(f"a:{r.arxiv_id}"), "same arXiv id"))
    if r.doi:
        out.append((key_hash(f"d:{r.doi.lower()}"), "same DOI"))
    if r.pmid:
        out.append((key_hash(f"p:{r.pmid}"), "same PMID"))
    out.append((key_hash(f"t:{title}"), "identical title"))
    return tuple(out), title, bool(r.arxiv_id), r.year


class StreamDedup:
    """Feed records in file order; each is new (kept) or a duplicate of an earlier kept one.

    Keys are stored as 64-bit hashes (`key_hash`, made where a record is read: maybe in a worker
    process) in a scratch SQLite database; title blocks keep the normalised title for the fuzzy
    check. A record with an arXiv id is compared only with kept records without one (two different
    preprints are two papers), so an export of arXiv records costs no fuzzy matching at all;
    nor does it build title blocks: kept titles are stored as they are, and blocked only when
    the first record without an arXiv id arrives (its titles must then be compared).
    """

    def __init__(self, db: sqlite3.Connection, schema: str = "main", titles: str | None = None):
        """`titles`: the schema for the kept titles not blocked yet (default `schema`): one of
        their own keeps a million appended titles from pushing the keys out of the cache."""
        self.db, self.s, self.t = db, schema, titles or schema
        db.executescript(
            f"""
            CREATE TABLE IF NOT EXISTS {schema}.dd_keys(h INTEGER PRIMARY KEY, root INTEGER);
            CREATE TABLE IF NOT EXISTS {schema}.dd_blocks(
              h INTEGER, has_id INTEGER, root INTEGER, year INTEGER, title TEXT);
            CREATE INDEX IF NOT EXISTS {schema}.dd_blocks_h ON dd_blocks(h, has_id);
            CREATE TABLE IF NOT EXISTS {self.t}.dd_titles(
              root INTEGER, year INTEGER, title TEXT);
            """
        )
        self.without_id = 0  # kept records without an arXiv id so far
        self.blocking = False  # title blocks are built (a record without an arXiv id came)
        self._unblocked: list[tuple[int, int | None, str]] = []  # this batch's, not yet stored

    def feed(self, batch: list[DedupKeys], start: int) -> list[tuple[int | None, str]]:
        """(None, "") for a kept record, (seq of the kept record, why) for a duplicate; records
        (their `dedup_keys`) are numbered from `start` in file order."""
        found: dict[int, int] = {}
        flat = [h for ks, _, _, _ in batch for h, _ in ks]
        for i in range(0, len(flat), 900):
            part = flat[i : i + 900]
            q = f"SELECT h, root FROM {self.s}.dd_keys WHERE h IN ({','.join('?' * len(part))})"
            found.update(self.db.execute(q, part).fetchall())
        new: dict[int, int] = {}
        blocks: dict[int, list[tuple[int, int, int | None, str]]] = defaultdict(list)
        unblocked = self._unblocked = []
        out: list[tuple[int | None, str]] = []
        for i, (keys, title, arxiv, year) in enumerate(batch):
            seq = start + i
            root: int | None = None
            why = ""
            for h, label in keys:
                hit = new.get(h, found.get(h))
                if hit is not None:
                    root, why = hit, label
                    break
            if not arxiv and not self.blocking:
                self._block_stored(blocks)
            if root is None and (self.without_id or not arxiv):
                root = self._fuzzy(arxiv, year, title, blocks)
                why = "near-identical title" if root is not None else ""
            for h, _ in keys:
                if h not in found:
                    new.setdefault(h, seq if root is None else root)
            if root is None:
                has_id = 1 if arxiv else 0
                self.without_id += 1 - has_id
                if self.blocking:
                    for b in _blocks(title):
                        blocks[hash(b)].append((has_id, seq, year, title))
                else:
                    unblocked.append((seq, year, title))
            out.append((root, why))
        self.db.executemany(
            f"INSERT OR IGNORE INTO {self.s}.dd_keys VALUES (?, ?)", list(new.items())
        )
        self.db.executemany(
            f"INSERT INTO {self.s}.dd_blocks VALUES (?, ?, ?, ?, ?)",
            [(h, *m) for h, members in blocks.items() for m in members],
        )
        self.db.executemany(f"INSERT INTO {self.t}.dd_titles VALUES (?, ?, ?)", unblocked)
        return out

    def _block_stored(self, pending: dict[int, list[tuple[int, int, int | None, str]]]) -> None:
        """Block every title kept so far (all had arXiv ids), from now on block as they come."""
        self.blocking = True
        # stored titles go to the blocks table a part at a time (not into memory)
        rows = self.db.execute(f"SELECT root, year, title FROM {self.t}.dd_titles")
        while part := rows.fetchmany(10_000):
            self.db.executemany(
                f"INSERT INTO {self.s}.dd_blocks VALUES (?, 1, ?, ?, ?)",
                [(hash(b), seq, year, title) for seq, year, title in part for b in _blocks(title)],
            )
        self.db.execute(f"DELETE FROM {self.t}.dd_titles")
        # kept earlier in this batch: titles not yet stored
        for seq, year, title in self._unblocked:
            for b in _blocks(title):
                pending[hash(b)].append((1, seq, year, title))
        self._unblocked.clear()

    def _fuzzy(
        self,
        arxiv: bool,
        r_year: int | None,
        title: str,
        pending: dict[int, list[tuple[int, int, int | None, str]]],
    ) -> int | None:
        best: int | None = None
        for b in _blocks(title):
            h = hash(b)  # blocks are made and looked up in this process only
            q = f"SELECT has_id, root, year, title FROM {self.s}.dd_blocks WHERE h = ?"
            if arxiv:
                q += " AND has_id = 0"
            rows = self.db.execute(q + f" LIMIT {BLOCK_LIMIT + 1}", (h,)).fetchall()
            rows += [m for m in pending.get(h, ()) if not (arxiv and m[0])]
            if len(rows) > BLOCK_LIMIT:
                continue
            for _, root, year, other in rows:
                if r_year and year and abs(r_year - year) > YEAR_TOLERANCE:
                    continue
                if (best is None or root < best) and fuzz.ratio(title, other) >= TITLE_SIMILARITY:
                    best = root
        return best


def merge_into(keep: Record, dup: Record) -> bool:
    """The kept record takes over a duplicate's identifiers and a longer abstract; True if its
    title/abstract changed."""
    keep.arxiv_id = keep.arxiv_id or dup.arxiv_id
    keep.doi = keep.doi or dup.doi
    keep.pmid = keep.pmid or dup.pmid
    keep.venue = keep.venue or dup.venue
    keep.merged.append(dup.origin)
    if len(dup.abstract) > len(keep.abstract):
        keep.abstract = dup.abstract
        return True
    return False


class RegistryIndex:
    """Which registry entry a record already is (arXiv id, DOI, or name/alias as title)."""

    def __init__(self, registry: list[Entry] | None):
        registry = registry or []
        self.by_id = {e.arxiv_id: e.id for e in registry if e.arxiv_id}
        self.by_doi = {e.doi.lower(): e.id for e in registry if e.doi}
        self.by_title = {norm_title(n): e.id for e in registry for n in (e.name, *e.aliases)}

    def find(self, r: Record, title: str | None = None) -> str | None:
        """`title`: the record's normalised title, where it is known already."""
        return (
            self.by_id.get(r.arxiv_id or "")
            or self.by_doi.get((r.doi or "").lower())
            or self.by_title.get(norm_title(r.title) if title is None else title)
        )


def dedup(records: list[Record], registry: list[Entry] | None = None) -> DedupResult:
    stream = StreamDedup(sqlite3.connect(":memory:"))
    res = DedupResult(kept=[])
    kept: dict[int, Record] = {}
    for seq, (root, why) in enumerate(stream.feed([dedup_keys(r) for r in records], 0)):
        r = records[seq]
        if root is None:
            kept[seq] = r.model_copy(deep=True)
            res.kept.append(kept[seq])
        else:
            merge_into(kept[root], r)
            res.duplicates.append((r.origin, records[root].origin, why))
    if registry:
        reg = RegistryIndex(registry)
        for r in res.kept:
            hit = reg.find(r)
            if hit:
                res.in_registry[r.key] = hit
    return res
