"""`curate watch`: the survey's search, run again. A search definition (registry/search.yaml)
is queried against the arXiv API and the bioRxiv/medRxiv `details` API for the window since the
last run; what matches goes through the screening stage (ledger, dedup against the registry
and earlier runs, PRISMA counts) and the new includes and maybes are reported."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, field_validator

from agent.errors import UsageError
from agent.fetch import FetchError, Metadata, OfflineError, Say
from agent.fileio import DataError, atomic_write_text, read_yaml
from agent.schema import Strict
from agent.settings import Settings

Source = Literal["arxiv", "biorxiv", "medrxiv"]


class ArxivSearch(Strict):
    categories: list[str] = Field(default_factory=list, description="e.g. q-bio.GN, cs.LG")
    query: str | None = Field(
        None, description="a raw arXiv search_query; replaces the one built from keywords"
    )
    page_size: int = Field(100, ge=1, le=2000)
    max_results: int = Field(2000, ge=1)


class PreprintSearch(Strict):
    categories: list[str] = Field(
        default_factory=list, description="e.g. bioinformatics, genomics; empty = all"
    )
    max_records: int = Field(20000, ge=1, description="stop paging a listing after this many")


class SearchSpec(Strict):
    """registry/search.yaml"""

    schema_version: Literal[1] = 1
    sources: list[Source] = Field(default_factory=lambda: ["arxiv", "biorxiv"])  # type: ignore[arg-type]
    #: groups of phrases: a paper matches when every group has a phrase in its title or abstract
    keywords: list[list[str]]
    arxiv: ArxivSearch = Field(default_factory=ArxivSearch)
    biorxiv: PreprintSearch = Field(default_factory=PreprintSearch)
    medrxiv: PreprintSearch = Field(default_factory=PreprintSearch)
    lookback_days: int = Field(7, ge=1, description="the first run's window")
    screener: str = "lexicon"

    @field_validator("keywords", mode="before")
    @classmethod
    def _groups(cls, v: Any) -> Any:
        if isinstance(v, list) and all(isinstance(x, str) for x in v):
            return [v]  # one group
        return v

    @field_validator("keywords")
    @classmethod
    def _not_empty(cls, v: list[list[str]]) -> list[list[str]]:
        if not v or any(not g or any(not p.strip() for p in g) for g in v):
            raise ValueError("keywords needs at least one group of non-empty phrases")
        return v


def load_spec(path: Path) -> SearchSpec:
    if not path.exists():
        raise DataError(
            f"{path}: no search definition; write one (keywords, sources, categories) as "
            "described in the README, section 'Job 4: watch for new papers'"
        )
    data = read_yaml(path)
    try:
        return SearchSpec.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(map(str, x['loc'])) or 'top level'}: {x['msg']}" for x in e.errors()
        )
        raise DataError(f"{path}: {problems}") from e


def _phrase_rx(phrase: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in re.split(r"[\s\-]+", phrase.strip().lower()) if w]
    return re.compile(r"\b" + r"[\s\-]+".join(words) + r"\w*", re.I)


class Matcher:
    """Every keyword group must have a phrase in the title or abstract (hyphen = space, and a
    phrase's last word matches as a prefix: 'model' finds 'models')."""

    def __init__(self, groups: list[list[str]]):
        self.groups = [[_phrase_rx(p) for p in g] for g in groups]

    def __call__(self, title: str, abstract: str) -> bool:
        text = f"{title}\n{abstract}"
        return all(any(rx.search(text) for rx in g) for g in self.groups)


def arxiv_query(spec: SearchSpec, since: date, until: date) -> str:
    def term(p: str) -> str:
        p = p.strip().replace('"', "")
        return f'all:"{p}"' if re.search(r"[\s\-]", p) else f"all:{p}"

    parts = [spec.arxiv.query] if spec.arxiv.query else []
    if not parts:
        parts = ["(" + " OR ".join(term(p) for p in g) + ")" for g in spec.keywords]
    if spec.arxiv.categories:
        parts.append("(" + " OR ".join(f"cat:{c}" for c in spec.arxiv.categories) + ")")
    parts.append(f"submittedDate:[{since:%Y%m%d}0000 TO {until:%Y%m%d}2359]")
    return " AND ".join(parts)


class WatchState(BaseModel):
    last_until: date | None = None
    #: record key -> decision of includes and maybes already reported
    reported: dict[str, str] = Field(default_factory=dict)


def state_path(settings: Settings) -> Path:
    return settings.screening_dir / "watch.json"


def load_state(settings: Settings) -> WatchState:
    p = state_path(settings)
    if not p.exists():
        return WatchState()
    try:
        return WatchState.model_validate_json(p.read_text())
    except ValidationError as e:
        raise DataError(f"{p}: unreadable watch state ({e.error_count()} errors)") from e


@dataclass
class WatchResult:
    since: date
    until: date
    found: dict[str, int]
    failures: dict[str, str]
    records_file: Path
    run: Any  # agent.screen.run.ScreenRun
    new: list[tuple[Any, Any]] = field(default_factory=list)  # (Record, ScreenDecision)
    warnings: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.failures


def _arxiv_records(
    settings: Settings, spec: SearchSpec, since: date, until: date, src: Any
) -> Iterable[dict[str, Any]]:
    match = Matcher(spec.keywords)
    for m in src.arxiv.search(
        arxiv_query(spec, since, until), spec.arxiv.page_size, spec.arxiv.max_results
    ):
        day = (m.published or "")[:10]
        if day and not (str(since) <= day <= str(until)):
            continue
        if spec.arxiv.query or match(m.title, m.abstract):
            yield _as_record(m)


def _as_record(m: Metadata) -> dict[str, Any]:
    return {
        "title": m.title,
        "abstract": m.abstract,
        "authors": m.authors,
        "year": m.year,
        "venue": m.venue,
        "arxiv_id": m.arxiv_id,
        "doi": m.doi,
        "published": m.published,
    }


def _preprint_records(
    server: str, spec: SearchSpec, since: date, until: date, src: Any
) -> Iterable[dict[str, Any]]:
    conf: PreprintSearch = getattr(spec, server)
    match = Matcher(spec.keywords)
    wanted = {c.strip().lower().replace("_", " ") for c in conf.categories}
    latest: dict[str, dict[str, Any]] = {}
    categories: list[str | None] = list(conf.categories) or [None]
    for category in categories:
        for item in src.biorxiv.listing(server, since, until, category, conf.max_records):
            cat = str(item.get("category", "")).strip().lower().replace("_", " ")
            if wanted and cat not in wanted:
                continue
            doi = str(item.get("doi", "")).lower()
            old = latest.get(doi)
            if old is None or int(item.get("version") or 0) >= int(old.get("version") or 0):
                latest[doi] = item
    for item in latest.values():
        if match(str(item.get("title", "")), str(item.get("abstract", ""))):
            yield src.biorxiv.record(server, item)


def watch(
    settings: Settings,
    since: date | None = None,
    until: date | None = None,
    say: Say | None = None,
) -> WatchResult:
    """Search the window, screen what matches, remember the window when every source
    answered. A source that fails is reported in `failures` (its window is retried next run);
    offline raises OfflineError at once."""
    from agent.screen.ledger import Ledger
    from agent.screen.run import screen_file
    from agent.screen.screeners import make_screener
    from agent.sources.acquire import Sources
    from agent.store import Store

    say = say or (lambda _m: None)
    spec = load_spec(settings.search_file)
    state = load_state(settings)
    until = until or datetime.now(UTC).date()
    since = since or state.last_until or (until - timedelta(days=spec.lookback_days))
    if since > until:
        raise UsageError(f"--since {since} is after the end of the window ({until})")
    registry = Store(settings.models_dir).load_all()
    # config errors before any request; the registry's papers give the relevance score
    screener = make_screener(spec.screener, settings, registry=registry)
    src = Sources(settings)
    records: list[dict[str, Any]] = []
    found: dict[str, int] = {}
    failures: dict[str, str] = {}
    warnings: list[str] = []
    try:
        for source in spec.sources:
            say(f"searching {source} {since}..{until}")
            try:
                got = list(
                    _arxiv_records(settings, spec, since, until, src)
                    if source == "arxiv"
                    else _preprint_records(source, spec, since, until, src)
                )
            except OfflineError:
                raise
            except FetchError as e:
                failures[source] = str(e)
                continue
            found[source] = len(got)
            records.extend(got)
            warnings.extend(_truncation(source, spec, src))
    finally:
        src.http.close()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    out = settings.screening_dir / "watch" / f"{since}_{until}_{stamp}.jsonl"
    atomic_write_text(out, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    say(f"screening {len(records)} records")
    run = screen_file(
        out,
        screener,
        Ledger.of(settings),
        registry,
        allow_empty=True,  # an empty window is a normal answer, not an empty export
    )
    new = [
        (r, d)
        for r, d in run.decisions
        if d.decision in ("include", "maybe")
        and r.key not in state.reported
        and r.key not in run.in_registry
    ]
    for r, d in new:
        state.reported[r.key] = d.decision
    if not failures:
        state.last_until = until
    atomic_write_text(state_path(settings), state.model_dump_json(indent=2) + "\n")
    return WatchResult(since, until, found, failures, out, run, new, warnings)


def _truncation(source: str, spec: SearchSpec, src: Any) -> list[str]:
    """A search that stopped at its limit lost the window's oldest papers: say so."""
    if source == "arxiv":
        total, cap = src.arxiv.last_total, spec.arxiv.max_results
        if total is not None and total > cap:
            return [
                f"arxiv: the search has {total} results, only the newest {cap} were read; "
                "narrow the keywords or categories, or raise arxiv.max_results"
            ]
        return []
    if src.biorxiv.truncated:
        cap = getattr(spec, source).max_records
        return [f"{source}: the listing stopped at {source}.max_records={cap}; raise it"]
    return []
