"""What the review desk reads, cached by file identity: a page re-parses only the proposals and
entries whose files changed since the last request (the CLI may write them at any time)."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import ValidationError

from agent.fileio import DataError, atomic_write_text, read_yaml
from agent.proposal import Proposal
from agent.review import QueueRow, Review, summarize
from agent.schema import Entry
from agent.settings import Settings
from agent.store import format_validation_error, parse_entry

T = TypeVar("T")
Stamp = tuple[int, int, int]


def stamp(path: Path) -> Stamp | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class FileCache(Generic[T]):
    """Parsed files keyed by path; a changed inode, mtime or size means a re-parse."""

    def __init__(self, loader: Callable[[Path], T]):
        self.loader = loader
        self._d: dict[Path, tuple[Stamp, T]] = {}
        self._lock = threading.Lock()

    def get(self, path: Path) -> tuple[Stamp, T] | None:
        st = stamp(path)
        if st is None:
            self._d.pop(path, None)
            return None
        hit = self._d.get(path)
        if hit and hit[0] == st:
            return hit
        value = self.loader(path)
        with self._lock:
            self._d[path] = (st, value)
        return st, value


def load_proposal(path: Path) -> Proposal:
    try:
        return Proposal.model_validate(read_yaml(path))
    except ValidationError as e:
        raise DataError(format_validation_error(path, e)) from e


def load_entry(path: Path) -> Entry:
    return parse_entry(path, read_yaml(path))


class DeskState:
    """The desk's view of one workspace: the Review (locks, journal) plus read caches."""

    def __init__(self, settings: Settings, reviewer: str):
        self.settings = settings
        self.reviewer = reviewer
        self.review = Review(settings)
        self.proposals: FileCache[Proposal] = FileCache(load_proposal)
        self.entries: FileCache[Entry] = FileCache(load_entry)
        self.memo: dict[str, Any] = {}  # figures, screening records
        # queue rows survive restarts: a desk over 1,000 proposals re-parses only what changed
        self._rows_file = settings.cache_dir / "desk-queue.json"
        self._rows: dict[str, tuple[Any, QueueRow]] = self._load_rows()
        self._rows_lock = threading.Lock()

    def _load_rows(self) -> dict[str, tuple[Any, QueueRow]]:
        try:
            raw = json.loads(self._rows_file.read_text(encoding="utf-8"))
            return {
                pid: ((tuple(x["p"]), tuple(x["e"]) if x["e"] else None), QueueRow(**x["row"]))
                for pid, x in raw.items()
            }
        except (OSError, ValueError, TypeError, KeyError):
            return {}  # no cache yet, or one from another version: rebuild it

    def _save_rows(self) -> None:
        data = {
            pid: {"p": key[0], "e": key[1], "row": asdict(row)}
            for pid, (key, row) in self._rows.items()
        }
        atomic_write_text(self._rows_file, json.dumps(data, ensure_ascii=False))

    # ---------------------------------------------------------------- proposals
    def proposal(self, pid: str) -> Proposal | None:
        hit = self.proposals.get(self.review.queue.path(pid))
        return hit[1] if hit else None

    def entry(self, entry_id: str) -> Entry | None:
        hit = self.entries.get(self.review.store.path(entry_id))
        return hit[1] if hit else None

    def entry_stamp(self, entry_id: str) -> Stamp | None:
        return stamp(self.review.store.path(entry_id))

    def queue_rows(self) -> tuple[list[QueueRow], list[str]]:
        """Every pending proposal summarised, and one message per unreadable proposal file."""
        self.review.recover()
        with self._rows_lock:
            rows, broken = [], []
            ids = self.review.queue.ids()
            changed = False
            for pid in ids:
                cached = self._rows.get(pid)
                if cached:  # unchanged proposal file and unchanged entry file: no parsing
                    p_stamp = stamp(self.review.queue.path(pid))
                    if p_stamp is None:
                        continue  # decided while we listed
                    if cached[0] == (p_stamp, self.entry_stamp(cached[1].entry_id)):
                        rows.append(cached[1])
                        continue
                try:
                    hit = self.proposals.get(self.review.queue.path(pid))
                    if hit is None:
                        continue
                    p_stamp, p = hit
                    e_hit = self.entries.get(self.review.store.path(p.entry_id))
                except DataError as e:
                    broken.append(str(e))
                    continue
                row = summarize(p, e_hit[1] if e_hit else None)
                self._rows[pid] = ((p_stamp, e_hit[0] if e_hit else None), row)
                rows.append(row)
                changed = True
            for gone in set(self._rows) - set(ids):
                self._rows.pop(gone, None)
                changed = True
            if changed:
                self._save_rows()
            return rows, broken

    # ---------------------------------------------------------------- registry
    def all_entries(self) -> tuple[list[Entry], list[str]]:
        out, broken = [], []
        for eid in self.review.store.ids():
            try:
                hit = self.entries.get(self.review.store.path(eid))
            except DataError as e:
                broken.append(str(e))
                continue
            if hit:
                out.append(hit[1])
        return out, broken
