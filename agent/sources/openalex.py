"""OpenAlex (only when a key is configured; OpenAlex requires one since 2026): the abstract from
its inverted index, ids (PMID, PMCID, arXiv), and open-access PDF locations."""

from __future__ import annotations

import re
from typing import Any

from agent.fetch import FetchError, Http, Metadata
from agent.settings import OpenAlexSettings


def abstract_from_index(index: dict[str, list[int]] | None) -> str:
    """Rebuild the text from {word: [positions]}."""
    if not index:
        return ""
    words: dict[int, str] = {}
    for word, positions in index.items():
        for p in positions or []:
            words[int(p)] = word
    return " ".join(words[i] for i in sorted(words))


def _tail(url: Any) -> str | None:
    """'https://pubmed.ncbi.nlm.nih.gov/29456894' -> '29456894'."""
    return str(url).rstrip("/").rsplit("/", 1)[-1] if url else None


class OpenAlexClient:
    def __init__(self, cfg: OpenAlexSettings, http: Http):
        self.cfg = cfg
        self.http = http

    @property
    def enabled(self) -> bool:
        return self.cfg.api_key() is not None

    def work(self, doi: str) -> dict[str, Any] | None:
        key = self.cfg.api_key()
        if key is None:
            return None
        r = self.http.get(
            f"{self.cfg.api_url.rstrip('/')}/works/https://doi.org/{doi}",
            {"api_key": key},
            what=f"OpenAlex {doi}",
            allow=(404,),
        )
        if r.status == 404:
            return None
        body = r.json()
        if not isinstance(body, dict) or "id" not in body:
            raise FetchError(f"malformed response from OpenAlex for {doi}: no work")
        return body


def to_metadata(work: dict[str, Any]) -> Metadata:
    ids = work.get("ids") or {}
    locations = [x for x in work.get("locations") or [] if isinstance(x, dict)]
    arxiv = None
    for loc in locations:
        m = re.search(
            r"arxiv\.org/(?:abs|pdf)/([^\s?#]+?)(?:v\d+)?(?:\.pdf)?$",
            str(loc.get("landing_page_url") or loc.get("pdf_url") or ""),
        )
        if m:
            arxiv = m.group(1)
            break
    pdfs: list[str] = []
    best = work.get("best_oa_location") or {}
    for loc in [best, *locations]:
        url = loc.get("pdf_url") if loc.get("is_oa", True) else None
        if url and url not in pdfs:
            pdfs.append(str(url))
    source = ((work.get("primary_location") or {}).get("source") or {}).get("display_name")
    doi = str(work.get("doi") or "").lower().replace("https://doi.org/", "") or None
    return Metadata(
        source="openalex",
        arxiv_id=arxiv,
        title=str(work.get("title") or work.get("display_name") or ""),
        abstract=abstract_from_index(work.get("abstract_inverted_index")),
        authors=[
            str((a.get("author") or {}).get("display_name") or a.get("raw_author_name") or "")
            for a in work.get("authorships") or []
        ],
        published=work.get("publication_date"),
        doi=doi,
        year=work.get("publication_year"),
        venue=source,
        pdf_urls=pdfs,
        ids={
            k: v
            for k, v in {
                "openalex": _tail(ids.get("openalex")),
                "pmid": _tail(ids.get("pmid")),
                "pmcid": _tail(ids.get("pmcid")),
                "arxiv": arxiv,
            }.items()
            if v
        },
    )
