"""`curate add`: paper -> pages -> chunks -> index -> extraction -> proposal in the queue."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from agent.errors import UsageError
from agent.extract.base import Extraction, FieldResult, PaperText
from agent.extract.guard import drop_from_text, drop_instructions
from agent.fetch import Metadata
from agent.index import IndexQueue, useful_chunks
from agent.proposal import FieldProposal, Proposal, Queue, Run, Screening, Source, now, proposal_id
from agent.reader import Document, Page, chunk
from agent.schema import CHECKED, EXTRACTED, FIELDS, Entry, Provenance, derive, slugify
from agent.settings import Settings
from agent.sources.acquire import abstract_of, acquire, validate
from agent.store import Store

SET_VALUED = {f.name for f in FIELDS if f.is_list}

Progress = Callable[[str], None]


@dataclass
class AddResult:
    proposal: Proposal
    path: Path
    reused: bool  # an identical pending proposal already existed
    timings: dict[str, float]


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
    similar = [
        e.id for e in entries if max(fuzz.ratio(n, _norm(x)) for x in (e.name, *e.aliases)) >= 85
    ]
    return None, similar


def screen_paper(title: str, abstract: str, pages: list[Page] | None = None) -> Screening:
    """The screening stage's scope decision for the paper that was read: title + abstract; an
    abstract that reads out of scope is screened again with the paper's own body (introduction,
    methods, results), and what only the body shows makes a maybe, never an include."""
    from agent.screen.records import Record
    from agent.screen.screeners import LexiconScreener

    sc = LexiconScreener()
    d = sc.screen(Record(title=title or "", abstract=abstract or ""))
    if d.decision == "exclude" and d.criterion == "scope" and pages:
        body = body_of(pages)
        if body:
            full = sc.screen(Record(title=title or "", abstract=f"{abstract} {body}"))
            if full.decision != "exclude":
                return Screening(
                    decision="maybe",
                    criterion=full.criterion,
                    reason=f"the abstract reads out of scope, but the full text: {full.reason}",
                    screener=full.version,
                )
    if d.decision == "include" and d.criterion == "1" and pages:
        # A.2-1 is a *large pretrained* model; with the whole paper at hand, check it says so
        text = f"{title} {abstract} {body_of(pages)}"
        if not LARGE_MODEL.search(text):
            return Screening(
                decision="maybe",
                criterion=d.criterion,
                reason=f"{d.reason}; but the paper names no large pretrained model (A.2-1)",
                screener=d.version,
            )
    return Screening(
        decision=d.decision, criterion=d.criterion, reason=d.reason, screener=d.version
    )


#: what makes a model large and pretrained in the words of A.2-1
LARGE_MODEL = re.compile(
    r"foundation models?|pre-?train\w*|\d+(?:\.\d+)?\s*(?:million|billion|[MB])\s+parameters"
    r"|large language models?|\bLLMs?\b|large[- ]scale (?:models?|transformers?|pre-?training)"
    r"|language models?",
    re.I,
)
OWN_WORK = ("introduction", "body", "methods", "results")


def body_of(pages: list[Page], limit: int = 20000) -> str:
    """The paper's own sections (introduction, methods, results; not related work, references
    or appendices) as the reader labels them, at most `limit` characters."""
    from agent.reader import label_sections

    parts: list[str] = []
    for page, marks in zip(pages, label_sections(pages), strict=True):
        bounds = marks + [(len(page.text) + 1, "")]
        for (start, sec), (end, _) in zip(bounds, bounds[1:], strict=False):
            if sec in OWN_WORK:
                parts.append(page.text[start:end])
        if sum(map(len, parts)) > limit:
            break
    return re.sub(r"\s+", " ", " ".join(parts))[:limit]


def entry_id_from_title(title: str, limit: int = 40) -> str:
    """A slug of the title cut at a word boundary: for papers that name no model."""
    slug = slugify(title)
    if len(slug) <= limit:
        return slug
    cut = slug[: limit + 1].rsplit("-", 1)[0]
    return cut or slug[:limit]


def make_extractors(settings: Settings, name: str | None) -> list[Any]:
    """The primary extractor first; with an LLM, the lexicon runs too as a cross-check."""
    from agent.extract.lexicon import LexiconExtractor

    choice = name or ("llm" if settings.llm.model else "lexicon")
    if choice == "lexicon":
        return [LexiconExtractor()]
    if choice == "llm":
        from agent.extract.llm import LLMExtractor

        return [LLMExtractor(settings), LexiconExtractor()]
    raise UsageError(f"unknown extractor {choice!r}: use lexicon or llm")


def cross_check(primary: Extraction, check: Extraction) -> None:
    """Disagreements between extractors become flags on the primary's fields."""
    for fld in CHECKED:
        a, b = primary.fields.get(fld), check.fields.get(fld)
        if a is None or b is None:
            continue
        va = sorted(map(str, a.value)) if isinstance(a.value, list) else a.value
        vb = sorted(map(str, b.value)) if isinstance(b.value, list) else b.value
        if va != vb:
            a.flags.append(f"extractors disagree: {check.extractor} says {vb}")


def fill_from(primary: Extraction, fallback: Extraction) -> None:
    """Fields the primary extractor left without verified evidence take the fallback's verified
    value, flagged: the reviewer sees which extractor it came from."""
    for fld, fb in fallback.fields.items():
        cur = primary.fields.get(fld)
        if fb.evidence and (cur is None or not cur.evidence):
            kept = [f for f in (cur.flags if cur else []) if f.startswith("model output")]
            flags = [
                f"from the {fallback.extractor} extractor: {primary.extractor} gave no "
                "verified value",
                *kept,
            ]
            primary.fields[fld] = fb.model_copy(update={"flags": flags})


def build_proposal(
    ex: Extraction,
    meta: Metadata,
    source: Source,
    store: Store,
    seconds: float,
    screening: Screening | None = None,
    instructions_dropped: int = 0,
) -> Proposal:
    fields = {k: FieldResult.model_validate(v.model_dump()) for k, v in ex.fields.items()}
    name = fields.get("name", FieldResult()).value or None
    base, similar = find_existing(store, meta.arxiv_id, name, meta.dois())
    flags = [f"possible duplicate of existing entry {s} (similar name)" for s in similar]
    if screening and screening.out_of_scope:
        flags.insert(0, f"OUT OF SCOPE (screening: {screening.reason})")
    if not name:
        flags.append("introduces no model of its own: no name proposed; the id is the title's")
    data: dict[str, Any] = (
        base.to_data()
        if base
        else {
            "id": slugify(name)
            if name
            else (
                entry_id_from_title(meta.title)
                if meta.title
                else f"arxiv-{slugify(meta.arxiv_id or source.pdf_sha256[:8])}"
            ),
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
    )
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
            if has_value and not any(f.startswith("no verified evidence") for f in fp.flags):
                fp.flags.append("no verified evidence: value left for the reviewer")
            elif not fp.flags:
                fp.flags.append("no evidence found: left for the reviewer")
            fp.value = [] if fld in SET_VALUED else None
            fp.confidence = 0.0
            if fld == "family" and not base:
                data[fld] = None
                fp.flags.append("the reviewer must set a family before accepting (--set family=…)")
        props[fld] = fp
    if not base or "domains" in recurated:
        # the score is the number of domains; an update whose paper showed no domain evidence
        # keeps the entry's score (Table 7 entries keep the survey's number until re-curated)
        data["domain_score"] = derive(data)["domain_score"]
        data["domain_score_note"] = None
    data["evidence"] = {k: v for k, v in evidence.items() if v}
    data.pop("schema_version", None)
    if base:  # what an import had to guess is settled for the fields the paper re-curated
        data["guessed"] = {
            k: v for k, v in (data.get("guessed") or {}).items() if k not in recurated
        }
    entry_id = data["id"]
    pid = proposal_id(entry_id, source)
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


class LazyIndex:
    """Stands in for an Index whose paper is already indexed; opens it on first retrieval."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._index: Any = None

    def retriever(self, key: str) -> Callable[[str, int], Any]:
        def retrieve(query: str, k: int) -> Any:
            if self._index is None:
                from agent.index import Index

                self._index = Index(self.settings)
            return self._index.retriever(key)(query, k)

        return retrieve


class _Pending(Exception):
    """An identical proposal is pending: raised once the PDF's hash is known, before reading."""

    def __init__(self, proposal: Proposal):
        self.proposal = proposal


def _same_run(p: Proposal, sha: str, primary: Any, settings: Settings) -> bool:
    """A pending proposal from the same PDF, extractor, model and prompt versions."""
    model = settings.llm.model if primary.name == "llm" else None
    versions = primary.prompt_versions
    return (
        p.source.pdf_sha256 == sha
        and p.run.extractor == primary.name
        and p.run.model == model
        and p.run.prompt_versions == versions
    )


def add(
    settings: Settings,
    ref: str | None = None,
    pdf: Path | None = None,
    extractor: str | None = None,
    title: str | None = None,
    progress: Progress | None = None,
    index: Any = None,
    doi: str | None = None,
    arxiv: str | None = None,
) -> AddResult:
    """`ref` is an arXiv id or a DOI (bioRxiv/medRxiv or any other); or `pdf` is a local file,
    optionally with the `doi` or `arxiv` id whose metadata it takes."""
    say = progress or (lambda _m: None)
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    settings.require_registry()
    extractors = make_extractors(settings, extractor)  # config errors before any I/O
    rid = validate(ref, pdf, doi, arxiv)  # a bad id fails before anything starts
    # only an extractor that retrieves (llm) waits for the index; the lexicon's paper is
    # queued for indexing and indexed when something needs it (search, index, llm)
    needs_index = any(getattr(ex, "needs_index", False) for ex in extractors)
    iq = IndexQueue(settings)
    embedder = None

    queue = Queue(settings.queue_dir)

    def pending(sha: str) -> Proposal | None:
        return next((p for p in queue.all() if _same_run(p, sha, extractors[0], settings)), None)

    def preload(sha: str | None) -> None:
        """Stop early if an identical proposal is pending (nothing to read); else load the
        embedding model on a thread while the paper is fetched and read and chromadb is
        imported; a paper indexed before does not load it at all."""
        nonlocal embedder
        if sha and (p := pending(sha)):
            raise _Pending(p)
        if not needs_index or index is not None or embedder is not None:
            return
        if sha and iq.is_indexed(key_of(sha), sha):
            return
        from agent.embedding import Embedder

        embedder = Embedder(settings)
        embedder.preload()

    def key_of(sha: str) -> str:
        return rid.key if rid is not None else "pdf-" + sha[:16]

    try:
        got = acquire(settings, ref, pdf, doi, arxiv, title, say=say, before_read=preload)
        meta, pages, key, source, src_label = got.meta, got.pages, got.key, got.source, got.label
        if (found := pending(source.pdf_sha256)) is not None:
            raise _Pending(found)
    except _Pending as e:
        say(f"an identical proposal is already pending: {e.proposal.id}")
        timings["total"] = time.perf_counter() - t0
        return AddResult(e.proposal, queue.path(e.proposal.id), True, timings)
    timings["read"] = time.perf_counter() - t0

    t = time.perf_counter()
    pages, dropped = drop_instructions(pages)  # paper text is data: never instructions
    meta.abstract, dropped_abstract = drop_from_text(meta.abstract or "")
    if not meta.abstract:
        meta.abstract = abstract_of(pages, meta.title)
    dropped += [d for d in dropped_abstract if d not in dropped]
    screening = screen_paper(meta.title, meta.abstract, pages)
    retrieve = None
    if needs_index:
        if index is None and iq.is_indexed(key, source.pdf_sha256):
            index = LazyIndex(settings)  # chromadb is opened only if retrieval runs
        else:
            cfg = settings.index
            chunks = useful_chunks(chunk(Document(pages), cfg.chunk_chars, cfg.chunk_overlap))
            say(f"indexing {len(chunks)} chunks")
            vectors = None
            if index is None:
                from agent.index import Index

                assert embedder is not None
                vectors = embedder.encode_async([c.text for c in chunks])
                index = Index(settings, embedder=embedder)  # chromadb imports while encoding
            index.add_paper(key, source.pdf_sha256, chunks, vectors=vectors)
            iq.done(key, source.pdf_sha256)
        retrieve = index.retriever(key)
    timings["index"] = time.perf_counter() - t

    t = time.perf_counter()
    paper = PaperText(
        title=meta.title,
        pages=pages,
        source=src_label,
        abstract=meta.abstract,
        year=meta.year,
        arxiv_id=meta.arxiv_id,
        retrieve=retrieve,
    )
    results = []
    for ex in extractors:
        say(f"extracting with {ex.name}")
        results.append(ex.extract(paper))
    for other in results[1:]:
        cross_check(results[0], other)
        fill_from(results[0], other)
    timings["extract"] = time.perf_counter() - t

    proposal = build_proposal(
        results[0],
        meta,
        source,
        Store(settings.models_dir),
        time.perf_counter() - t0,
        screening=screening,
        instructions_dropped=len(dropped),
    )
    if not needs_index:  # queued before the proposal is saved: an index is never lost
        iq.put(key, source.pdf_sha256, pages)
    path = queue.save(proposal)
    timings["total"] = time.perf_counter() - t0
    return AddResult(proposal, path, False, timings)


def add_many(
    settings: Settings, refs: list[str], progress: Progress | None = None
) -> tuple[list[str], list[tuple[str, str]]]:
    """`add` for several papers (arXiv ids or DOIs) with one index (the embedding model loads
    once). Papers that cannot be fetched or read are reported, not fatal; offline stops the
    batch at once (every other paper would fail the same way)."""
    from agent.fetch import FetchError, OfflineError
    from agent.index import Index
    from agent.reader import PdfError

    index: Any = None
    needs_index = any(getattr(ex, "needs_index", False) for ex in make_extractors(settings, None))
    queued: list[str] = []
    failed: list[tuple[str, str]] = []
    for aid in refs:
        try:
            if index is None and needs_index:
                index = Index(settings)
            add(settings, aid, index=index, progress=progress)
            queued.append(aid)
        except OfflineError:
            raise
        except (FetchError, PdfError) as e:
            failed.append((aid, str(e)))
    return queued, failed
