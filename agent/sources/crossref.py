"""Crossref (no key needed): metadata for any DOI, open-access PDF links, and the preprint <->
published relations. A bioRxiv/medRxiv preprint is recognised by its record (posted-content
from the bioRxiv/medRxiv institution), whatever its DOI prefix."""

from __future__ import annotations

import html
import re
from typing import Any

from agent.fetch import FetchError, Http, Metadata
from agent.settings import CrossrefSettings

RXIV = {"biorxiv": "biorxiv", "medrxiv": "medrxiv"}


def strip_markup(text: str) -> str:
    """JATS/HTML to plain text: tags dropped, the 'Abstract' heading removed."""
    text = re.sub(r"<jats:title>\s*abstract\s*</jats:title>", " ", text or "", flags=re.I)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def _year(msg: dict[str, Any]) -> int | None:
    for k in ("published", "published-print", "published-online", "posted", "issued", "created"):
        parts = (msg.get(k) or {}).get("date-parts") or [[None]]
        if parts and parts[0] and parts[0][0]:
            return int(parts[0][0])
    return None


def preprint_server(msg: dict[str, Any]) -> str | None:
    """'biorxiv' or 'medrxiv' when Crossref describes a preprint posted there."""
    if msg.get("type") != "posted-content":
        return None
    names = [str(i.get("name", "")) for i in msg.get("institution") or []]
    names += [str(msg.get("group-title") or ""), str(msg.get("publisher") or "")]
    url = str(((msg.get("resource") or {}).get("primary") or {}).get("URL") or "")
    for n in [*names, url]:
        for key, server in RXIV.items():
            if key in n.lower():
                return server
    return None


def _open_license(msg: dict[str, Any]) -> bool:
    return any("creativecommons.org" in str(x.get("URL", "")) for x in msg.get("license") or [])


class CrossrefClient:
    def __init__(self, cfg: CrossrefSettings, http: Http, contact: str | None = None):
        self.cfg = cfg
        self.http = http
        self.contact = contact

    def work(self, doi: str) -> dict[str, Any] | None:
        """The `message` of /works/{doi}, or None when Crossref does not know the DOI."""
        params = {"mailto": self.contact} if self.contact and "@" in self.contact else None
        r = self.http.get(
            f"{self.cfg.api_url.rstrip('/')}/works/{doi}",
            params,
            what=f"Crossref {doi}",
            allow=(404,),
        )
        if r.status == 404:
            return None
        body = r.json()
        if not isinstance(body, dict) or not isinstance(body.get("message"), dict):
            raise FetchError(f"malformed response from Crossref for {doi}: no message")
        return body["message"]


def to_metadata(msg: dict[str, Any]) -> Metadata:
    doi = str(msg.get("DOI", "")).lower() or None
    rel = msg.get("relation") or {}

    def related(kind: str) -> list[str]:
        return [
            str(x["id"]).lower()
            for x in rel.get(kind) or []
            if x.get("id-type") == "doi" and x.get("id")
        ]

    published = related("is-preprint-of")
    pdfs = [
        str(x["URL"])
        for x in msg.get("link") or []
        if x.get("content-type") == "application/pdf" and x.get("URL")
    ]
    venue = (msg.get("container-title") or [None])[0] or (
        (msg.get("institution") or [{}])[0].get("name")
    )
    return Metadata(
        source="crossref",
        title=strip_markup((msg.get("title") or [""])[0]),
        abstract=strip_markup(msg.get("abstract") or ""),
        authors=[
            " ".join(x for x in (a.get("given"), a.get("family")) if x) or str(a.get("name", ""))
            for a in msg.get("author") or []
        ],
        doi=doi,
        year=_year(msg),
        venue=venue,
        published_doi=published[0] if published else None,
        related_dois=related("has-preprint") + published[1:],
        pdf_urls=pdfs if _open_license(msg) else [],
    )
