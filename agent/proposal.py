"""Proposals: an entry (new or changed) with per-field evidence, confidence and flags, the
source, the run, and the hash of the registry entry it is based on. Stored in registry/queue/.

Also the merge policy (below): how a paper's values, a changed registry entry and a reviewer's
values combine into the entry a proposal proposes."""

from __future__ import annotations

import contextlib
import logging
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn

from pydantic import Field, ValidationError

from agent.errors import InputError
from agent.extract.base import Extraction, FieldResult
from agent.fileio import DataError, atomic_write_text, dump_yaml, parse_yaml
from agent.flags import Flag, FlagCode, Flags, has
from agent.ids import proposal_ref
from agent.llm import LLMCall
from agent.schema import (
    CHECKED,
    EXTRACTED,
    FIELDS,
    REVIEW_FIELDS,
    SPEC,
    Entry,
    Evidence,
    Provenance,
    Strict,
    derive,
    slugify,
)
from agent.store import Store, format_validation_error

if TYPE_CHECKING:
    from agent.fetch import Metadata

log = logging.getLogger(__name__)


class FieldProposal(Strict):
    """One field of a proposal: the value the paper supports, its confidence, flags and quotes."""

    value: Any = None
    confidence: float = 0.0
    flags: Flags = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Source(Strict):
    """The paper a proposal came from: its ids, version, PDF hash, title and local path."""

    arxiv_id: str | None = None
    doi: str | None = None
    version: str | None = None
    pdf_sha256: str
    title: str = ""
    path: str | None = None


class Run(Strict):
    """How a proposal was made: extractor, model, prompt versions, tokens, time, LLM calls."""

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
    """An entry (new, or an update of `base_entry`) with per-field evidence and flags, waiting for a
    reviewer."""

    schema_version: Literal[1] = 1
    id: str
    kind: Literal["new", "update"]
    entry_id: str
    created_at: str
    entry: Entry
    base_hash: str | None = None
    base_entry: Entry | None = None
    fields: dict[str, FieldProposal] = Field(default_factory=dict)
    flags: Flags = Field(default_factory=list)
    source: Source
    run: Run
    screening: Screening | None = None

    def flagged(self) -> bool:
        return bool(self.flags) or any(f.flags for f in self.fields.values())


def now() -> str:
    """The current UTC time in ISO format, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def proposal_id(entry_id: str, source: Source) -> str:
    """A unique, file-system-safe id: `<entry-id>--<source tag>--<timestamp>`."""
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
        """The pending proposal `ref` names (id or unique prefix)."""
        pid = self.resolve(ref)
        try:
            return self._read(pid)
        except Gone:
            raise ProposalNotFound(ref, f"proposal {pid} was decided meanwhile") from None

    def all(self, containing: str | None = None) -> list[Proposal]:
        """Every valid pending proposal; broken files are quarantined with a warning. With
        `containing` (e.g. a PDF's hash), only the files whose text contains it are parsed and
        checked: a cheap pre-filter for a look-up, which leaves the other files alone."""
        out = []
        for pid in self.ids():
            try:
                path, text = self._text(pid)
                if containing is None or containing in text:
                    out.append(self._parse(path, text))
            except Gone:
                continue
            except DataError as e:
                log.warning("%s", e)
        return out

    def _read(self, pid: str) -> Proposal:
        return self._parse(*self._text(pid))

    def _text(self, pid: str) -> tuple[Path, str]:
        path = self.path(pid)
        try:
            return path, path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise Gone(pid) from None
        except (OSError, UnicodeDecodeError) as e:
            self._quarantine(path, f"cannot read it: {e}")

    def _parse(self, path: Path, text: str) -> Proposal:
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
        """Write the proposal atomically; the path of its file."""
        path = self.path(p.id)
        atomic_write_text(path, dump_yaml(p.model_dump(mode="json")))
        return path


# ====================================================================== the merge policy
# How values combine, in one place. Three moments decide an entry's values:
#   propose  - a paper's extraction over the registry entry it updates (or a new entry);
#   rebase   - a pending proposal's changes over an entry that changed meanwhile;
#   accept   - a reviewer's values (--set, the accept form) over the proposal's.
# The rules are the same at each: a field's value moves with its evidence (a value the paper
# does not quote is never written; a reviewer's value drops the paper's quotes); what the later
# side did not change keeps the earlier value; derived fields (domain_score) follow the field
# they derive from unless set themselves; a disagreement is flagged, never silently dropped.


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def find_existing(
    store: Store, arxiv_id: str | None, name: str | None, dois: set[str] | None = None
) -> tuple[Entry | None, list[str]]:
    """The entry this paper updates (same arXiv id; same DOI, or the preprint's published DOI
    or the article's preprint DOI; same name or alias), and possible duplicates."""
    entries = store.load_all()
    if arxiv_id:
        for e in entries:
            if e.arxiv_id == arxiv_id:
                return e, []
    if dois:
        for e in entries:
            if e.doi and e.doi.lower() in dois:
                return e, []
    if not name:
        return None, []
    n = _norm(name)
    for e in entries:
        if n in {_norm(x) for x in (e.name, *e.aliases)}:
            return e, []
    from rapidfuzz import fuzz  # only a new paper's proposal needs it: not on a cached re-add

    similar = [
        e.id for e in entries if max(fuzz.ratio(n, _norm(x)) for x in (e.name, *e.aliases)) >= 85
    ]
    return None, similar


def entry_id_from_title(title: str, limit: int = 40) -> str:
    """A slug of the title cut at a word boundary: for papers that name no model."""
    slug = slugify(title)
    if len(slug) <= limit:
        return slug
    cut = slug[: limit + 1].rsplit("-", 1)[0]
    return cut or slug[:limit]


def combine(results: list[Extraction]) -> Extraction:
    """The primary extraction (the first), checked against the others: disagreements are
    flagged, and fields it left without verified evidence take another's verified value."""
    for other in results[1:]:
        cross_check(results[0], other)
        fill_from(results[0], other)
    return results[0]


def cross_check(primary: Extraction, check: Extraction) -> None:
    """Disagreements between extractors become flags on the primary's fields."""
    for fld in CHECKED:
        a, b = primary.fields.get(fld), check.fields.get(fld)
        if a is None or b is None:
            continue
        va = sorted(map(str, a.value)) if isinstance(a.value, list) else a.value
        vb = sorted(map(str, b.value)) if isinstance(b.value, list) else b.value
        if va != vb:
            a.flags.append(
                Flag(
                    code=FlagCode.disagree,
                    field=fld,
                    message=f"extractors disagree: {check.extractor} says {vb}",
                )
            )


def fill_from(primary: Extraction, fallback: Extraction) -> None:
    """Fields the primary extractor left without verified evidence take the fallback's verified
    value, flagged: the reviewer sees which extractor it came from."""
    for fld, fb in fallback.fields.items():
        cur = primary.fields.get(fld)
        if fb.evidence and (cur is None or not cur.evidence):
            kept = [f for f in (cur.flags if cur else []) if f.code == FlagCode.model_output]
            came = Flag(
                code=FlagCode.fallback,
                field=fld,
                message=f"from the {fallback.extractor} extractor: {primary.extractor} gave no "
                "verified value",
            )
            flags = [came, *kept]
            primary.fields[fld] = fb.model_copy(update={"flags": flags})


def _new_entry_data(name: str | None, meta: Metadata, source: Source) -> dict[str, Any]:
    """What a new entry knows before extraction: ids and citation from the paper's metadata."""
    if name:
        eid = slugify(name)
    elif meta.title:
        eid = entry_id_from_title(meta.title)
    else:
        eid = f"arxiv-{slugify(meta.arxiv_id or source.pdf_sha256[:8])}"
    return {
        "id": eid,
        "name": name or meta.title or "unnamed",
        "year": meta.year,
        "venue": meta.venue or ("arXiv" if meta.arxiv_id else None),
        "arxiv_id": meta.arxiv_id,
        "doi": meta.doi,
        "citation": (
            f"{meta.authors[0].split()[-1]} et al., {meta.year}"
            if meta.authors and meta.year
            else None
        ),
    }


def _follow_sources(
    data: dict[str, Any], changed: set[str], kept: set[str] | None = None
) -> set[str]:
    """Derived fields whose source changed take the rule's value (unless in `kept`): the
    names of those re-derived."""
    rule = derive(data)
    done = set()
    for spec in FIELDS:
        if spec.derived_from in changed and spec.name not in (kept or set()):
            data[spec.name] = rule[spec.name]
            done.add(spec.name)
    return done


def build_proposal(
    ex: Extraction,
    meta: Metadata,
    source: Source,
    store: Store,
    seconds: float,
    screening: Screening | None = None,
    instructions_dropped: int = 0,
) -> Proposal:
    """The proposal for one paper: its verified values over the entry it updates (found by
    `find_existing`), or a new entry; what it could not verify is left empty and flagged."""
    fields = {k: FieldResult.model_validate(v.model_dump()) for k, v in ex.fields.items()}
    name = fields.get("name", FieldResult()).value or None
    base, similar = find_existing(store, meta.arxiv_id, name, meta.dois())
    flags = [
        Flag(
            code=FlagCode.possible_duplicate,
            message=f"possible duplicate of existing entry {s} (similar name)",
        )
        for s in similar
    ]
    if screening and screening.out_of_scope:
        msg = f"OUT OF SCOPE (screening: {screening.reason})"
        flags.insert(0, Flag(code=FlagCode.out_of_scope, message=msg))
    if not name:
        msg = "introduces no model of its own: no name proposed; the id is the title's"
        flags.append(Flag(code=FlagCode.no_model, message=msg))
    data: dict[str, Any] = base.to_data() if base else _new_entry_data(name, meta, source)
    if not base and store.exists(data["id"]):
        data["id"] = f"{data['id']}-{slugify(meta.arxiv_id or meta.doi or source.pdf_sha256[:6])}"
    evidence = dict(data.get("evidence") or {})
    props: dict[str, FieldProposal] = {}
    recurated: set[str] = set()
    for fld in EXTRACTED:
        r = fields.get(fld)
        if r is None:
            continue
        fp = FieldProposal(
            value=r.value, confidence=r.confidence, flags=list(r.flags), evidence=r.evidence
        )
        has_value = r.value not in (None, "", [])
        if r.evidence and has_value:
            data[fld] = r.value
            evidence[fld] = [e.model_dump() for e in r.evidence]
            recurated.add(fld)
        elif fld == "agentic" and r.value is False and not base:
            data[fld] = False  # no agent language found: there is nothing to quote for "no"
        else:
            # no value without evidence: empty, flagged, never a default
            if has_value and not has(fp.flags, FlagCode.no_evidence):
                msg = "no verified evidence: value left for the reviewer"
                fp.flags.append(Flag(code=FlagCode.no_evidence, field=fld, message=msg))
            elif not fp.flags:
                msg = "no evidence found: left for the reviewer"
                fp.flags.append(Flag(code=FlagCode.no_evidence, field=fld, message=msg))
            fp.value = [] if SPEC[fld].is_list else None
            fp.confidence = 0.0
            if fld == "family" and not base:
                data[fld] = None
                msg = "the reviewer must set a family before accepting (--set family=…)"
                fp.flags.append(Flag(code=FlagCode.family_required, field=fld, message=msg))
        props[fld] = fp
    # an update whose paper showed no domain evidence keeps the entry's score (Table 7 entries
    # keep the survey's number until re-curated); a new entry always takes the rule's
    sources = {s.derived_from for s in FIELDS if s.derived_from}
    for derived in _follow_sources(data, recurated if base else {*recurated, *sources}):
        if f"{derived}_note" in SPEC:  # a note stands in for a score the rule now gives
            data[f"{derived}_note"] = None
    data["evidence"] = {k: v for k, v in evidence.items() if v}
    data.pop("schema_version", None)
    if base:  # what an import had to guess is settled for the fields the paper re-curated
        data["guessed"] = {
            k: v for k, v in (data.get("guessed") or {}).items() if k not in recurated
        }
    pid = proposal_id(data["id"], source)
    data["provenance"] = Provenance(
        source="paper",
        arxiv_version=source.version,
        pdf_sha256=source.pdf_sha256,
        extractor=ex.extractor,
        model=ex.model,
        prompt_versions=ex.prompt_versions,
        proposal_id=pid,
        citation=data.get("citation"),
    ).model_dump()
    if base is None and not data.get("name"):
        data["name"] = meta.title or "unnamed"
    entry = Entry.model_validate(data)
    return Proposal(
        id=pid,
        kind="update" if base else "new",
        entry_id=entry.id,
        created_at=now(),
        entry=entry,
        base_hash=base.content_hash() if base else None,
        base_entry=base,
        fields=props,
        flags=flags,
        source=source,
        run=Run(
            extractor=ex.extractor,
            model=ex.model,
            prompt_versions=ex.prompt_versions,
            tokens=ex.tokens,
            seconds=round(seconds, 2),
            calls=ex.calls,
            rejected_quotes=ex.rejected_quotes,
            instructions_dropped=instructions_dropped,
        ),
        screening=screening,
    )


def rebase(p: Proposal, current: Entry | None) -> Proposal:
    """Re-apply the proposal's changes (against its base) onto the current entry, field by
    field, each value with its own quotes: a field the proposal did not change (value or
    quotes) keeps the current value and the current quotes; one it changed takes the proposed
    value and quotes, flagged as a conflict when the current entry changed it too. Derived
    fields follow the field they derive from."""
    base = p.base_entry.to_data() if p.base_entry else {}
    new = p.entry.to_data()
    if current is None:
        merged = new
    else:
        cur = current.to_data()
        merged = dict(cur)
        evidence = dict(cur.get("evidence") or {})
        taken = set()
        ev_base, ev_new = base.get("evidence") or {}, new.get("evidence") or {}
        for f in REVIEW_FIELDS:

            def side(d: dict[str, Any], ev: dict[str, Any], f: str = f) -> tuple[Any, Any]:
                return d.get(f), ev.get(f)

            b, n, c = side(base, ev_base), side(new, ev_new), side(cur, evidence)
            if n == b:
                continue  # the proposal did not change it: keep the current value and quotes
            if c != b and c != n and n[0] != c[0]:
                fp = p.fields.setdefault(f, FieldProposal(value=new.get(f)))
                fp.flags.append(
                    Flag(
                        code=FlagCode.rebase_conflict,
                        field=f,
                        message=f"conflict on rebase: current {cur.get(f)!r}, "
                        f"proposed {new.get(f)!r}; proposed kept",
                    )
                )
            merged[f] = new.get(f)
            taken.add(f)
            if f in ev_new:
                evidence[f] = ev_new[f]
            else:
                evidence.pop(f, None)
        merged["evidence"] = evidence
        _follow_sources(merged, taken, kept={f for f in taken if SPEC[f].derived_from})
        merged["provenance"] = new["provenance"]
    p.entry = Entry.model_validate(merged)
    p.base_entry = current
    p.base_hash = current.content_hash() if current else None
    p.kind = "update" if current else "new"
    return p


def with_overrides(p: Proposal, values: dict[str, Any]) -> dict[str, Any]:
    """The proposed entry's data with a reviewer's values: each drops the paper's quotes for
    its field (the reviewer's value, not the paper's), derived fields follow."""
    data = p.entry.to_data()
    for f, v in values.items():
        data[f] = v
        if f in data.get("evidence", {}) and not SPEC[f].derived_from:
            data["evidence"].pop(f)
    for derived in _follow_sources(data, set(values), kept=set(values)):
        if f"{derived}_note" in SPEC and f"{derived}_note" not in values:
            data[f"{derived}_note"] = None  # as build_proposal: the rule now gives the score
    return data
