"""Review: list pending proposals, diff them against the registry, accept / reject / edit /
rebase, and the decision log.

Accept and reject are transactions under the registry lock. Each first writes a journal record
(the full intended outcome) atomically, then applies it: entry file, log line, queue removal.
A process killed at any point leaves the old state (no journal yet) or a journal that the next
transaction replays to the new state; `recover()` runs before every transaction and every read
command, so nobody sees a half-applied decision.
"""

from __future__ import annotations

import getpass
import json
import os
import shlex
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from agent.errors import InputError, StaleProposal
from agent.fileio import (
    DataError,
    append_jsonl,
    atomic_write_text,
    dump_yaml,
    read_jsonl,
)
from agent.flags import Flag, FlagCode, has
from agent.ids import entry_id as valid_entry_id
from agent.proposal import (
    FieldProposal,
    Proposal,
    ProposalNotFound,
    Queue,
    now,
    rebase,
    with_overrides,
)
from agent.schema import FIELDS, REVIEW_FIELDS, Entry, content_hash, require_family
from agent.settings import Settings
from agent.store import Store, format_validation_error

LIST_FIELDS = {f.name for f in FIELDS if f.is_list}
BOOL_FIELDS = {f.name for f in FIELDS if f.base_type is bool}
INT_FIELDS = {f.name for f in FIELDS if f.base_type is int}


#: the lines `edit` puts above an entry that did not validate, and takes off again
EDIT_ERROR = "# ERROR:"
EDIT_HINT = "# Fix the entry below and save, or quit without saving to abort.\n"
EDIT_MARKS = (EDIT_ERROR, EDIT_HINT[:9])  # a line that starts so is ours, not the entry's


def transaction_step(name: str) -> None:
    """A seam: called as a decision transaction reaches each step ("before-journal",
    "journal-written", "entry-written", "log-written", "proposal-removed"). It does nothing;
    the kill -9 tests (tests/crash_at.py) replace it to stop a real process at one step."""


class ProposalChanged(DataError):
    """The proposal was edited or rebased since the reviewer loaded it."""


@dataclass
class FieldDiff:
    """A field of a proposal against the registry: old and new value, confidence, flags, quotes."""

    field: str
    old: Any
    new: Any
    changed: bool
    confidence: float | None
    flags: list[Flag]
    evidence: list[dict[str, Any]]


class Review:
    """The review stage: reading the queue and deciding proposals (transactions under the registry
    lock)."""

    def __init__(self, settings: Settings):
        settings.require_registry()
        self.s = settings
        self.store = Store(settings.models_dir)
        self.queue = Queue(settings.queue_dir)
        self.journal_dir = settings.workspace / "registry" / ".journal"

    # ------------------------------------------------------------------ reading
    def pending(self, flagged_only: bool = False, model: str | None = None) -> list[Proposal]:
        """The pending proposals (flagged ones only, or one model's, when asked)."""
        self.recover()
        out = []
        for p in self.queue.all():
            if flagged_only and not p.flagged():
                continue
            if model and model.lower() not in (p.entry_id, p.entry.name.lower()):
                continue
            out.append(p)
        return out

    def diff(self, p: Proposal) -> list[FieldDiff]:
        """The proposal field by field against the current registry entry."""
        return diff_fields(p, self.store.get(p.entry_id))

    def is_stale(self, p: Proposal) -> bool:
        """Whether the registry entry changed since the proposal was made."""
        return is_stale(p, self.store.get(p.entry_id))

    def summaries(self, proposals: list[Proposal] | None = None) -> list[QueueRow]:
        """One row per pending proposal: what `curate queue` and the review desk list."""
        props = self.pending() if proposals is None else proposals
        entries: dict[str, Entry | None] = {}
        for p in props:
            if p.entry_id not in entries:
                entries[p.entry_id] = self.store.get(p.entry_id)
        return [summarize(p, entries[p.entry_id]) for p in props]

    def three_way(self, p: Proposal) -> list[tuple[str, Any, Any, Any]]:
        """(field, base, current, proposed) for every field where the three differ."""
        current = self.store.get(p.entry_id)
        base = p.base_entry.to_data() if p.base_entry else {}
        cur = current.to_data() if current else {}
        new = p.entry.to_data()
        return [
            (f, base.get(f), cur.get(f), new.get(f))
            for f in REVIEW_FIELDS
            if len(
                {
                    json.dumps(x, sort_keys=True, default=str)
                    for x in (base.get(f), cur.get(f), new.get(f))
                }
            )
            > 1
        ]

    def load(self, ref: str) -> Proposal:
        """A pending proposal by id or unique prefix. One that was already decided is named with
        who decided it, when, and why, not just reported missing."""
        try:
            return self.queue.load(ref)
        except ProposalNotFound as e:
            done = [
                r
                for r in read_jsonl(self.s.decisions_log)
                if str(r.get("proposal", "")).startswith(ref)
            ]
            if len({r.get("proposal") for r in done}) != 1:
                raise
            r = done[-1]
            action = {"accept": "accepted", "reject": "rejected"}.get(r["action"], r["action"])
            why = f" (reason: {r['note']})" if r["action"] == "reject" and r.get("note") else ""
            into = f" into registry/models/{r['entry_id']}.yaml" if r["action"] == "accept" else ""
            raise ProposalNotFound(
                ref,
                f"proposal {r['proposal']} is no longer pending: it was {action}{into} "
                f"by {r.get('reviewer')} at {r.get('at')}{why}",
            ) from e

    def log(self, entry_id: str | None = None) -> list[dict[str, Any]]:
        """The decision log (one entry's, when asked)."""
        if entry_id is not None:
            valid_entry_id(entry_id)
        self.recover()
        return [
            r
            for r in read_jsonl(self.s.decisions_log)
            if entry_id is None or r.get("entry_id") == entry_id
        ]

    # ------------------------------------------------------------------ decisions
    def accept(
        self,
        pid: str,
        overrides: dict[str, str] | None = None,
        reviewer: str | None = None,
        note: str | None = None,
        expect: str | None = None,
    ) -> Entry:
        """Merge the proposal (with overrides) into the registry. `expect` is the proposal's
        `proposal_hash` the reviewer saw: if it was edited or rebased since, nothing happens."""
        with self.store.lock():
            self.recover()
            p = self._load_pending(pid, expect)
            if self.is_stale(p):
                raise StaleProposal(
                    f"registry entry '{p.entry_id}' changed since proposal {p.id} was made; "
                    f"review the three-way view and run `curate rebase {p.id}`",
                    self.three_way(p),
                )
            who = reviewer or default_reviewer(self.s)
            values = {f: parse_override(f, raw) for f, raw in (overrides or {}).items()}
            data = with_overrides(p, values)
            prov = dict(data["provenance"])
            prov.update(reviewer=who, accepted_at=now(), proposal_id=p.id)
            data["provenance"] = prov
            try:
                entry = Entry.model_validate(data)
            except ValidationError as e:
                raise DataError(format_validation_error(Path(f"{p.id} (with overrides)"), e)) from e
            try:
                require_family(entry, f"cannot accept {p.id}")
            except ValueError as e:
                raise DataError(str(e)) from e
            record = self._record(
                "accept", p, who, note, overrides=overrides or {}, new_hash=entry.content_hash()
            )
            transaction_step("before-journal")
            self._commit(
                {"action": "accept", "proposal": p.id, "entry": entry.to_data(), "record": record}
            )
            return entry

    def reject(
        self, pid: str, reason: str, reviewer: str | None = None, expect: str | None = None
    ) -> dict[str, Any]:
        """Reject the proposal with a reason: logged, removed from the queue; the registry is
        unchanged."""
        if not reason.strip():
            raise InputError("a rejection needs a reason (--reason)")
        with self.store.lock():
            self.recover()
            p = self._load_pending(pid, expect)
            record = self._record("reject", p, reviewer or default_reviewer(self.s), reason)
            self._commit({"action": "reject", "proposal": p.id, "entry": None, "record": record})
            return record

    def _load_pending(self, pid: str, expect: str | None = None) -> Proposal:
        """The pending proposal (`load`: one decided meanwhile is named with who decided it),
        refused if it changed since the reviewer saw version `expect`."""
        p = self.load(pid)
        if expect is not None and proposal_hash(p) != expect:
            raise ProposalChanged(
                f"proposal {p.id} changed (edited or rebased) since you opened it; "
                "reload it and decide again"
            )
        return p

    def _record(
        self, action: str, p: Proposal, who: str, note: str | None, **extra: Any
    ) -> dict[str, Any]:
        return {
            "id": f"{action}-{p.id}",
            "action": action,
            "proposal": p.id,
            "entry_id": p.entry_id,
            "kind": p.kind,
            "reviewer": who,
            "at": now(),
            "note": note,
            "base_hash": p.base_hash,
            "source": p.source.model_dump(),
            "extractor": p.run.extractor,
            "model": p.run.model,
            "prompt_versions": p.run.prompt_versions,
            **extra,
        }

    # ------------------------------------------------------------------ the transaction
    def _commit(self, tx: dict[str, Any]) -> None:
        jpath = self.journal_dir / f"{tx['proposal']}.json"
        atomic_write_text(jpath, json.dumps(tx, ensure_ascii=False))
        transaction_step("journal-written")
        self._apply(tx, jpath)

    def _apply(self, tx: dict[str, Any], jpath: Path) -> None:
        if tx["entry"] is not None:
            self.store.save(Entry.model_validate(tx["entry"]))
            transaction_step("entry-written")
        if not any(r.get("id") == tx["record"]["id"] for r in read_jsonl(self.s.decisions_log)):
            append_jsonl(self.s.decisions_log, tx["record"])
        transaction_step("log-written")
        self.queue.path(tx["proposal"]).unlink(missing_ok=True)
        transaction_step("proposal-removed")
        jpath.unlink(missing_ok=True)

    def recover(self) -> int:
        """Finish any decision a killed process left half-applied (idempotent)."""
        if not self.journal_dir.exists():
            return 0
        done = 0
        for jpath in sorted(self.journal_dir.glob("*.json")):
            try:
                tx = json.loads(jpath.read_text())
            except json.JSONDecodeError:
                jpath.unlink()  # cannot happen with atomic writes; a torn temp is not a journal
                continue
            with self.store.lock():
                if jpath.exists():
                    self._apply(tx, jpath)
                    done += 1
        return done

    # ------------------------------------------------------------------ edit / rebase
    def rebase(self, pid: str, expect: str | None = None) -> Proposal:
        """Re-apply the proposal's changes onto the current entry (`proposal.rebase`);
        conflicts are flagged."""
        with self.store.lock():
            p = self._load_pending(pid, expect)
            p = rebase(p, self.store.get(p.entry_id))
            self.queue.save(p)
            return p

    def edit(self, pid: str, editor: str | None = None) -> bool:
        """Open the proposed entry in $EDITOR; re-open on invalid input; True if changed."""
        p = self.load(pid)
        original = dump_yaml(p.entry.to_data())
        text, error = original, ""
        cmd = (
            editor or self.s.editor or os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        )
        while True:
            header = "".join(f"{EDIT_ERROR} {ln}\n" for ln in error.splitlines())
            if header:
                header += EDIT_HINT
            with tempfile.NamedTemporaryFile(
                "w", suffix=".yaml", delete=False, encoding="utf-8"
            ) as fh:
                fh.write(header + text)
                tmp = Path(fh.name)
            try:
                before = tmp.read_text(encoding="utf-8")
                subprocess.run([*shlex.split(cmd), str(tmp)], check=True)
                after = tmp.read_text(encoding="utf-8")
            finally:
                tmp.unlink(missing_ok=True)
            if after == before:
                return False  # quit without saving: nothing changes
            body = "".join(
                ln for ln in after.splitlines(keepends=True) if not ln.startswith(EDIT_MARKS)
            )
            try:
                entry = parse_entry_text(body)
            except DataError as e:
                text, error = body, str(e)
                continue
            if entry.id != p.entry_id:
                text, error = body, f"field 'id': cannot change id {p.entry_id!r} in an edit"
                continue
            self.save_edit(pid, entry)
            return True

    def save_edit(self, pid: str, entry: Entry, expect: str | None = None) -> Proposal:
        """Replace the proposed entry with a reviewer's (validated) edit; changed fields are
        flagged 'edited by reviewer'."""
        with self.store.lock():
            p = self._load_pending(pid, expect)
            if entry.id != p.entry_id:
                raise DataError(f"field 'id': cannot change id {p.entry_id!r} in an edit")
            for f in REVIEW_FIELDS:
                if getattr(entry, f) != getattr(p.entry, f):
                    fp = p.fields.setdefault(f, FieldProposal(value=getattr(entry, f)))
                    fp.value = entry.to_data()[f]
                    fp.flags.append(
                        Flag(code=FlagCode.edited, field=f, message="edited by reviewer")
                    )
            p.entry = entry
            self.queue.save(p)
            return p


def diff_fields(p: Proposal, current: Entry | None) -> list[FieldDiff]:
    """The proposal field by field against the current entry (None: a new entry)."""
    old = current.to_data() if current else {}
    new = p.entry.to_data()
    rows = []
    for f in REVIEW_FIELDS:
        fp = p.fields.get(f)
        rows.append(
            FieldDiff(
                field=f,
                old=old.get(f),
                new=new.get(f),
                changed=(old.get(f) != new.get(f)) if current else new.get(f) not in (None, [], ""),
                confidence=fp.confidence if fp else None,
                flags=fp.flags if fp else [],
                evidence=[e.model_dump() for e in p.entry.evidence.get(f, [])],
            )
        )
    return rows


def is_stale(p: Proposal, current: Entry | None) -> bool:
    """The registry entry changed (or appeared, or went) since the proposal was made."""
    if current is None:
        return p.base_hash is not None
    return not current.has_hash(p.base_hash)


def proposal_hash(p: Proposal) -> str:
    """What a reviewer saw: decisions made from a page carry it, so an edit in between shows."""
    return content_hash(p.model_dump(mode="json"))[7:23]


@dataclass
class QueueRow:
    """A pending proposal in one line (the queue in the CLI and in the review desk)."""

    id: str
    model: str
    entry_id: str
    kind: str
    changed: int
    changed_fields: list[str]
    flags: int
    out_of_scope: bool
    stale: bool
    source: str
    title: str
    extractor: str
    llm: str | None
    created_at: str
    age: str
    screening: dict[str, Any] | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "model": self.model,
            "kind": self.kind,
            "changed": self.changed,
            "flags": self.flags,
            "source": self.source,
            "extractor": self.extractor,
            "llm": self.llm,
            "age": self.age,
            "stale": self.stale,
            "out_of_scope": self.out_of_scope,
            "screening": (self.screening or {}).get("decision"),
        }


def summarize(p: Proposal, current: Entry | None) -> QueueRow:
    """A pending proposal as one queue row (`current`: the registry entry it would change)."""
    diffs = diff_fields(p, current)
    flags = [*p.flags, *(f for fp in p.fields.values() for f in fp.flags)]
    screening = getattr(p, "screening", None)
    if screening is not None and hasattr(screening, "model_dump"):
        screening = screening.model_dump()
    out_of_scope = has(flags, FlagCode.out_of_scope) or (
        isinstance(screening, dict) and screening.get("decision") == "exclude"
    )
    if p.source.arxiv_id:
        src = f"arXiv:{p.source.arxiv_id}{p.source.version or ''}"
    elif p.source.doi:
        src = f"doi:{p.source.doi}{p.source.version or ''}"
    else:
        src = f"pdf {p.source.pdf_sha256[:8]}"
    return QueueRow(
        id=p.id,
        model=p.entry.name,
        entry_id=p.entry_id,
        kind=p.kind,
        changed=sum(d.changed for d in diffs),
        changed_fields=[d.field for d in diffs if d.changed],
        flags=len(flags),
        out_of_scope=out_of_scope,
        stale=is_stale(p, current),
        source=src,
        title=p.source.title,
        extractor=p.run.extractor,
        llm=p.run.model,
        created_at=p.created_at,
        age=age(p.created_at),
        screening=screening if isinstance(screening, dict) else None,
    )


QUEUE_SORTS = ("created_at", "model", "kind", "changed", "flags", "source", "extractor")


def filter_rows(
    rows: list[QueueRow],
    q: str | None = None,
    kind: str | None = None,
    flagged: bool = False,
    stale: bool | None = None,
    out_of_scope: bool | None = None,
) -> list[QueueRow]:
    """The queue rows matching every given filter; `q` matches model, entry id, title or id."""
    needle = (q or "").strip().lower()
    out = []
    for r in rows:
        if needle and not any(needle in x.lower() for x in (r.model, r.entry_id, r.title, r.id)):
            continue
        if kind and r.kind != kind:
            continue
        if flagged and not r.flags:
            continue
        if stale is not None and r.stale != stale:
            continue
        if out_of_scope is not None and r.out_of_scope != out_of_scope:
            continue
        out.append(r)
    return out


def sort_rows(rows: list[QueueRow], key: str = "created_at", desc: bool = False) -> list[QueueRow]:
    """The queue rows sorted by one of QUEUE_SORTS."""
    if key not in QUEUE_SORTS:
        raise ValueError(f"unknown sort {key!r}: use one of {', '.join(QUEUE_SORTS)}")
    return sorted(rows, key=lambda r: (getattr(r, key), r.id), reverse=desc)


def parse_entry_text(text: str) -> Entry:
    """An entry from YAML text (an edit), validated, or DataError naming the problem."""
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise DataError(f"YAML syntax error: {str(e).splitlines()[0]}") from e
    if not isinstance(data, dict):
        raise DataError("the entry must be a mapping of fields")
    try:
        return Entry.model_validate(data)
    except ValidationError as e:
        raise DataError(format_validation_error(Path("entry"), e)) from e


def parse_override(field: str, raw: str) -> Any:
    """`--set field=value`: lists comma-separated, booleans yes/no/true/false, ints."""
    if field not in REVIEW_FIELDS:
        raise InputError(f"--set {field}: not a field that can be set ({', '.join(REVIEW_FIELDS)})")
    raw = raw.strip()
    if field in LIST_FIELDS:
        return [v.strip() for v in raw.split(",") if v.strip()]
    if field in BOOL_FIELDS:
        if raw.lower() in ("true", "yes", "1"):
            return True
        if raw.lower() in ("false", "no", "0"):
            return False
        raise InputError(f"--set {field}={raw}: expected true or false")
    if field in INT_FIELDS:
        if raw.lower() in ("", "none", "null"):
            return None
        try:
            return int(raw)
        except ValueError:
            raise InputError(f"--set {field}={raw}: expected an integer") from None
    return None if raw.lower() in ("none", "null") else raw


def default_reviewer(settings: Settings) -> str:
    """Who decides: the setting, else git's user.name, else the login name."""
    if settings.reviewer:
        return settings.reviewer
    try:
        name = subprocess.run(
            ["git", "config", "user.name"],
            capture_output=True,
            text=True,
            cwd=settings.workspace,
            timeout=5,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    return name or os.environ.get("USER") or getpass.getuser()


def age(created_at: str) -> str:
    """How long ago `created_at` was, as 5m, 3h or 2d."""
    try:
        delta = datetime.now(UTC) - datetime.fromisoformat(created_at)
    except ValueError:
        return "?"
    s = int(delta.total_seconds())
    return f"{s // 86400}d" if s >= 86400 else f"{s // 3600}h" if s >= 3600 else f"{s // 60}m"
