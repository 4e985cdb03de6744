"""arXiv: Atom metadata for one id, the PDF, and paged searches (`search_query`, sorted by
submission date) for `curate watch`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from agent.fetch import FetchError, Http, Metadata, NotFoundError
from agent.settings import ArxivSettings
from agent.sources.ids import ArxivId


def _entry_meta(e: Any) -> Metadata | None:
    m = re.search(r"abs/(.+?)(v\d+)?$", e.get("id", ""))
    if not m:
        return None
    published = e.get("published")
    return Metadata(
        source="arxiv",
        arxiv_id=m.group(1),
        version=m.group(2),
        title=re.sub(r"\s+", " ", e.get("title", "")).strip(),
        abstract=re.sub(r"\s+", " ", e.get("summary", "")).strip(),
        authors=[a.get("name", "") for a in e.get("authors", [])],
        published=published,
        doi=(e.get("arxiv_doi") or "").lower() or None,
        year=int(published[:4]) if published else None,
        venue="arXiv",
        category=(e.get("arxiv_primary_category") or {}).get("term"),
    )


def parse_feed(xml: bytes | str) -> tuple[list[Metadata], int | None]:
    """The entries of an Atom response and its opensearch totalResults. An arXiv error feed
    (one entry titled 'Error') raises FetchError with arXiv's explanation."""
    import feedparser

    feed = feedparser.parse(xml)
    if feed.bozo and not feed.entries and not feed.feed.get("title"):
        raise FetchError(f"malformed response from arXiv: not an Atom feed ({feed.bozo_exception})")
    entries = []
    for e in feed.entries:
        if e.get("title") == "Error" and "api/errors" in e.get("id", ""):
            raise FetchError(f"arXiv refused the query: {e.get('summary', '').strip()}")
        meta = _entry_meta(e)
        if meta is not None:
            entries.append(meta)
    total = feed.feed.get("opensearch_totalresults")
    return entries, int(total) if total not in (None, "") else None


def parse_atom(xml: bytes | str, wanted: str) -> Metadata:
    for meta in parse_feed(xml)[0]:
        if meta.arxiv_id == wanted:
            return meta
    raise NotFoundError(f"arXiv has no paper {wanted} (the API returned no matching entry)")


class ArxivClient:
    def __init__(self, cfg: ArxivSettings, http: Http):
        self.cfg = cfg
        self.http = http
        self.last_total: int | None = None  # totalResults of the last search

    def metadata(self, aid: ArxivId) -> Metadata:
        r = self.http.get(
            self.cfg.api_url,
            {"id_list": str(aid), "max_results": "1"},
            what=f"arXiv:{aid}",
            allow=(400,),
        )
        return parse_atom(r.content, aid.id)

    def pdf(self, aid: ArxivId, version: str | None) -> bytes:
        url = f"{self.cfg.pdf_url.rstrip('/')}/{aid.id}{version or ''}"
        return self.http.pdf(url, what=f"arXiv:{aid}")

    def search(
        self, query: str, page_size: int = 100, max_results: int = 1000
    ) -> Iterator[Metadata]:
        """All entries of a search, newest submission first, page by page. Paging stops at
        totalResults, at an empty page, or at `max_results`."""
        start = 0
        while start < max_results:
            r = self.http.get(
                self.cfg.api_url,
                {
                    "search_query": query,
                    "start": str(start),
                    "max_results": str(min(page_size, max_results - start)),
                    "sortBy": "submittedDate",
                    "sortOrder": "descending",
                },
                what="arXiv search",
                allow=(400,),  # arXiv explains a bad query in an Atom error entry
            )
            entries, total = parse_feed(r.content)
            self.last_total = total
            yield from entries
            start += len(entries)
            if not entries or (total is not None and start >= total):
                return
