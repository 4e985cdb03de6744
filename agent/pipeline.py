"""`curate add`: the stages a paper goes through, each a call:
acquire (fetch or read the PDF) -> read (paper text as data, scope) -> index -> extract ->
propose (the merge policy, agent/proposal.py) -> queue."""

from __future__ import annotations

import functools
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.errors import UsageError
from agent.extract.base import Extraction, PaperText
from agent.extract.guard import drop_from_text, drop_instructions
from agent.fetch import Say
from agent.index import PaperIndexer
from agent.proposal import Proposal, Queue, Screening, build_proposal, combine
from agent.reader import Page, abstract_of
from agent.settings import Settings
from agent.sources.acquire import Acquired, acquire, validate
from agent.store import Store


@dataclass
class AddResult:
    """What `add` did: the queued (or already pending) proposal, its file, and seconds per stage."""

    proposal: Proposal
    path: Path
    reused: bool  # an identical pending proposal already existed
    timings: dict[str, float]


@dataclass
class Clock:
    """Seconds per stage, and in all."""

    t0: float = field(default_factory=time.perf_counter)
    timings: dict[str, float] = field(default_factory=dict)
    _last: float = 0.0

    def lap(self, stage: str) -> None:
        """The seconds since the last lap (or the start) are `stage`'s."""
        now = time.perf_counter()
        self.timings[stage] = now - (self._last or self.t0)
        self._last = now

    def total(self) -> dict[str, float]:
        self.timings["total"] = time.perf_counter() - self.t0
        return self.timings


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


@functools.cache
def word_signal(parts: frozenset[str]) -> Any:
    """The learned word signal's weights with the parts the settings ask for, read once in a
    process (a batch of papers shares them)."""
    from agent.extract.learned import WordSignal

    return WordSignal(parts=parts)


def lexicon_extractor(settings: Settings) -> Any:
    """The lexicon, with the learned word signal's parts the settings ask for (all three, by
    default: tasks, family, modalities)."""
    from agent.extract.lexicon import LexiconExtractor

    cfg = settings.extract
    on = {
        "tasks": cfg.learned_tasks,
        "family": cfg.learned_family,
        "modalities": cfg.learned_modalities,
    }
    parts = frozenset(k for k, v in on.items() if v)
    return LexiconExtractor(signal=word_signal(parts) if parts else None)


def make_extractors(settings: Settings, name: str | None) -> list[Any]:
    """The primary extractor first; with an LLM, the lexicon runs too as a cross-check."""
    choice = name or ("llm" if settings.llm.model else "lexicon")
    if choice == "lexicon":
        return [lexicon_extractor(settings)]
    if choice == "llm":
        from agent.extract.llm import LLMExtractor

        return [LLMExtractor(settings), lexicon_extractor(settings)]
    raise UsageError(f"unknown extractor {choice!r}: use lexicon or llm")


class _Pending(Exception):
    """An identical proposal is pending: raised once the PDF's hash is known, before reading."""

    def __init__(self, proposal: Proposal):
        self.proposal = proposal


def pending_same_run(
    queue: Queue, sha: str, primary: Any, settings: Settings, quick: bool = False
) -> Proposal | None:
    """A pending proposal from the same PDF, extractor, model and prompt versions: adding the
    paper again would make the same proposal. `quick` parses only the queue files that name
    the PDF's hash (a re-add need not read every pending proposal); otherwise every file is
    read, and a broken one quarantined."""
    model = settings.llm.model if primary.name == "llm" else None
    for p in queue.all(containing=sha if quick else None):
        if (
            p.source.pdf_sha256 == sha
            and p.run.extractor == primary.name
            and p.run.model == model
            and p.run.prompt_versions == primary.prompt_versions
        ):
            return p
    return None


def read(got: Acquired) -> tuple[PaperText, Screening, int]:
    """The paper as extractors read it: instruction-like sentences dropped (paper text is data,
    never instructions), an abstract, and the screening stage's scope decision; with the
    number of sentences dropped."""
    meta = got.meta
    pages, dropped = drop_instructions(got.pages)
    meta.abstract, dropped_abstract = drop_from_text(meta.abstract or "")
    if not meta.abstract:
        meta.abstract = abstract_of(pages, meta.title)
    dropped += [d for d in dropped_abstract if d not in dropped]
    got.pages = pages
    paper = PaperText(
        title=meta.title,
        pages=pages,
        source=got.label,
        abstract=meta.abstract,
        year=meta.year,
        arxiv_id=meta.arxiv_id,
    )
    return paper, screen_paper(meta.title, meta.abstract, pages), len(dropped)


def extract(extractors: list[Any], paper: PaperText, say: Say) -> Extraction:
    """Every extractor's extraction, combined: the primary's, cross-checked by the others."""
    results = []
    for ex in extractors:
        say(f"extracting with {ex.name}")
        results.append(ex.extract(paper))
    return combine(results)


def add(
    settings: Settings,
    ref: str | None = None,
    pdf: Path | None = None,
    extractor: str | None = None,
    title: str | None = None,
    progress: Say | None = None,
    index: Any = None,
    doi: str | None = None,
    arxiv: str | None = None,
) -> AddResult:
    """Add one paper: `ref` is an arXiv id or a DOI (bioRxiv/medRxiv or any other); or `pdf`
    is a local file, optionally with the `doi` or `arxiv` id whose metadata it takes. Returns
    the queued proposal (or the identical one already pending) and the seconds per stage."""
    say = progress or (lambda _m: None)
    clock = Clock()
    settings.require_registry()
    extractors = make_extractors(settings, extractor)  # config errors before any I/O
    rid = validate(ref, pdf, doi, arxiv)  # a bad id fails before anything starts
    queue = Queue(settings.queue_dir)
    indexer = PaperIndexer(
        settings, any(getattr(ex, "needs_index", False) for ex in extractors), index
    )

    def before_read(sha: str | None) -> None:
        """Stop early if an identical proposal is pending (nothing to read); else start loading
        the embedding model while the paper is fetched and read."""
        if sha and (p := pending_same_run(queue, sha, extractors[0], settings, quick=True)):
            raise _Pending(p)
        key = (rid.key if rid is not None else "pdf-" + sha[:16]) if sha else None
        indexer.preload(key, sha)

    try:
        got = acquire(settings, ref, pdf, doi, arxiv, title, say=say, before_read=before_read)
        sha = got.source.pdf_sha256
        if (found := pending_same_run(queue, sha, extractors[0], settings)) is not None:
            raise _Pending(found)
    except _Pending as e:
        say(f"an identical proposal is already pending: {e.proposal.id}")
        return AddResult(e.proposal, queue.path(e.proposal.id), True, clock.total())
    clock.lap("read")
    paper, screening, dropped = read(got)
    paper.retrieve = indexer.retriever(got.key, sha, got.pages, say)
    clock.lap("index")
    result = extract(extractors, paper, say)
    clock.lap("extract")
    proposal = build_proposal(
        result,
        got.meta,
        got.source,
        Store(settings.models_dir),
        time.perf_counter() - clock.t0,
        screening=screening,
        instructions_dropped=dropped,
    )
    indexer.defer(got.key, sha, got.pages)  # queued before the proposal is saved: never lost
    path = queue.save(proposal)
    return AddResult(proposal, path, False, clock.total())


def add_many(
    settings: Settings, refs: list[str], progress: Say | None = None
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
