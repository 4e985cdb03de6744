"""bioRxiv / medRxiv through the public API's `details` endpoint: one preprint by DOI (all its
versions, the published-article DOI when there is one) and date-window listings for
`curate watch`. Listings are paged by the collection actually returned, not by `count` (which
can claim 100 while the collection holds 50)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from agent.fetch import FetchError, Http, Metadata
from agent.settings import BiorxivSettings

SERVERS = ("biorxiv", "medrxiv")
NAMES = {"biorxiv": "bioRxiv", "medrxiv": "medRxiv"}


class Withdrawn(FetchError):
    """The requested preprint version is a withdrawal notice."""


def _body(payload: Any, where: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(collection, first message) of a details response; FetchError when the shape is wrong."""
    if not isinstance(payload, dict) or not isinstance(payload.get("collection", []), list):
        raise FetchError(f"malformed response from the bioRxiv API ({where}): no collection")
    messages = payload.get("messages") or [{}]
    msg = messages[0] if isinstance(messages, list) and isinstance(messages[0], dict) else {}
    items = [x for x in payload.get("collection") or [] if isinstance(x, dict)]
    return items, msg


def is_withdrawn(item: dict[str, Any]) -> bool:
    return (
        str(item.get("type", "")).lower() == "withdrawn"
        or str(item.get("title", "")).strip().lower().startswith("withdrawn")
        or "manuscript has been withdrawn" in str(item.get("abstract", "")).lower()[:300]
    )


def _authors(text: str) -> list[str]:
    """'Doanvo, A. L.; Qian, X.' -> ['A. L. Doanvo', 'X. Qian']."""
    out = []
    for a in (text or "").split(";"):
        a = a.strip()
        if not a:
            continue
        last, _, first = a.partition(",")
        out.append(f"{first.strip()} {last.strip()}".strip())
    return out


def _na(v: Any) -> str | None:
    s = str(v or "").strip()
    return None if s in ("", "NA") else s


class BiorxivClient:
    def __init__(self, cfg: BiorxivSettings, http: Http):
        self.cfg = cfg
        self.http = http
        self.truncated = False  # the last listing stopped at its limit

    def details(self, server: str, doi: str) -> list[dict[str, Any]]:
        """Every version the server lists for a DOI (oldest first); [] when it has none."""
        url = f"{self.cfg.api_url.rstrip('/')}/details/{server}/{doi}"
        r = self.http.get(url, what=f"{NAMES[server]} {doi}", allow=(404,))
        if r.status == 404:
            return []
        items, _ = _body(r.json(), doi)
        items = [x for x in items if str(x.get("doi", "")).lower() == doi.lower()]
        return sorted(items, key=lambda x: int(x.get("version") or 0))

    def pdf_url(self, server: str, doi: str, version: str) -> str:
        base = self.cfg.biorxiv_url if server == "biorxiv" else self.cfg.medrxiv_url
        return f"{base.rstrip('/')}/{doi}{version}.full.pdf"

    def metadata(
        self, server: str, items: list[dict[str, Any]], version: str | None = None
    ) -> Metadata:
        """The requested version (or the latest) as Metadata; a withdrawn version or one the
        server does not list raises FetchError saying which versions exist."""
        doi = str(items[0]["doi"]).lower()
        versions = [f"v{x.get('version')}" for x in items]
        if version:
            chosen = next((x for x in items if f"v{x.get('version')}" == version), None)
            if chosen is None:
                raise FetchError(
                    f"{NAMES[server]} has no version {version} of {doi} "
                    f"(it lists {', '.join(versions)})"
                )
        else:
            chosen = items[-1]
        v = f"v{chosen.get('version')}"
        if is_withdrawn(chosen):
            earlier = [x for x in versions if x != v]
            hint = (
                f"; an earlier version can still be added, e.g. curate add {doi}{earlier[-1]}"
                if earlier and not version
                else ""
            )
            raise Withdrawn(f"{NAMES[server]} {doi}{v} was withdrawn{hint}")
        published = _na(chosen.get("published"))
        day = _na(chosen.get("date"))
        return Metadata(
            source=server,
            version=v,
            title=re.sub(r"\s+", " ", str(chosen.get("title", ""))).strip(),
            abstract=re.sub(r"\s+", " ", str(chosen.get("abstract", ""))).strip(),
            authors=_authors(str(chosen.get("authors", ""))),
            published=day,
            doi=doi,
            year=int(day[:4]) if day and day[:4].isdigit() else None,
            venue=NAMES[server],
            published_doi=published.lower() if published else None,
            pdf_urls=[self.pdf_url(server, doi, v)],
            versions=versions,
            category=_na(chosen.get("category")),
        )

    def listing(
        self, server: str, start: date, end: date, category: str | None = None, limit: int = 20000
    ) -> Iterator[dict[str, Any]]:
        """Every record posted in [start, end] (one per version), paged by cursor."""
        cursor = 0
        self.truncated = False
        params = {"category": category.strip().lower().replace(" ", "_")} if category else None
        while cursor < limit:
            url = f"{self.cfg.api_url.rstrip('/')}/details/{server}/{start}/{end}/{cursor}"
            r = self.http.get(url, params, what=f"{NAMES[server]} listing")
            items, msg = _body(r.json(), f"{start}..{end} cursor {cursor}")
            yield from items
            cursor += len(items)
            raw_total = str(msg.get("total", ""))  # a string in the real answers
            total = int(raw_total) if raw_total.isdigit() else None
            if not items or (total is not None and cursor >= total):
                return
        self.truncated = True

    def record(self, server: str, item: dict[str, Any]) -> dict[str, Any]:
        """A listing item as a screening record (the fields `curate screen` reads)."""
        return {
            "title": re.sub(r"\s+", " ", str(item.get("title", ""))).strip(),
            "abstract": re.sub(r"\s+", " ", str(item.get("abstract", ""))).strip(),
            "authors": _authors(str(item.get("authors", ""))),
            "year": str(item.get("date", ""))[:4] or None,
            "venue": NAMES[server],
            "doi": str(item.get("doi", "")).lower() or None,
            "published": _na(item.get("date")),
        }
