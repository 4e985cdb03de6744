"""Acquisition: parse an arXiv id, fetch Atom metadata and the PDF (retries, timeouts), and
cache each paper under corpus/<key>/ so that a second `add` does no network I/O."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from agent.errors import FetchError, InputError
from agent.fileio import atomic_write_bytes, atomic_write_text
from agent.settings import ArxivSettings

NEW_ID = re.compile(r"^(\d{4}\.\d{4,5})(v\d+)?$")
OLD_ID = re.compile(r"^([a-z\-]+(?:\.[A-Z]{2})?/\d{7})(v\d+)?$")
URL = re.compile(r"^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(.+?)(?:\.pdf)?/?$")


class ArxivId(BaseModel):
    id: str  # without version
    version: str | None = None  # "v2"

    @property
    def key(self) -> str:
        """A file-system-safe key for corpus/."""
        return self.id.replace("/", "_")

    def __str__(self) -> str:
        return self.id + (self.version or "")


def parse_arxiv_id(text: str) -> ArxivId:
    """Accept 2504.04698, 2504.04698v2, arXiv:2504.04698, abs/pdf URLs and old-style ids."""
    s = text.strip()
    m = URL.match(s)
    if m:
        s = m.group(1)
    s = re.sub(r"^arxiv:", "", s, flags=re.I)
    for rx in (NEW_ID, OLD_ID):
        mm = rx.match(s)
        if mm:
            return ArxivId(id=mm.group(1), version=mm.group(2))
    raise InputError(
        f"{text!r} is not an arXiv id: expected e.g. 2504.04698, 2504.04698v2, arXiv:2504.04698, "
        "https://arxiv.org/abs/2504.04698 or q-bio/0601001"
    )


class Metadata(BaseModel):
    arxiv_id: str | None = None
    version: str | None = None
    title: str = ""
    abstract: str = ""
    authors: list[str] = Field(default_factory=list)
    published: str | None = None
    doi: str | None = None
    year: int | None = None


def parse_atom(xml: bytes | str, wanted: str) -> Metadata:
    import feedparser

    feed = feedparser.parse(xml)
    for e in feed.entries:
        eid = e.get("id", "")
        m = re.search(r"abs/(.+?)(v\d+)?$", eid)
        if not m or m.group(1) != wanted:
            continue
        published = e.get("published")
        return Metadata(
            arxiv_id=m.group(1),
            version=m.group(2),
            title=re.sub(r"\s+", " ", e.get("title", "")).strip(),
            abstract=re.sub(r"\s+", " ", e.get("summary", "")).strip(),
            authors=[a.get("name", "") for a in e.get("authors", [])],
            published=published,
            doi=e.get("arxiv_doi"),
            year=int(published[:4]) if published else None,
        )
    raise FetchError(f"arXiv has no paper {wanted} (the API returned no matching entry)")


class Fetcher:
    """HTTP client for the arXiv API and PDFs with retries and backoff."""

    def __init__(self, cfg: ArxivSettings):
        self.cfg = cfg

    def _get(self, url: str, params: dict[str, str] | None = None) -> bytes:
        import httpx
        from tenacity import (
            Retrying,
            retry_if_exception,
            stop_after_attempt,
            wait_exponential,
        )

        def transient(e: BaseException) -> bool:
            if isinstance(e, httpx.HTTPStatusError):
                return e.response.status_code >= 500 or e.response.status_code == 429
            return isinstance(e, httpx.TransportError)

        try:
            for attempt in Retrying(
                stop=stop_after_attempt(self.cfg.retries + 1),
                wait=wait_exponential(multiplier=self.cfg.backoff_s, max=30),
                retry=retry_if_exception(transient),
                reraise=True,
            ):
                with (
                    attempt,
                    httpx.Client(timeout=self.cfg.timeout_s, follow_redirects=True) as client,
                ):
                    r = client.get(url, params=params)
                    r.raise_for_status()
                    return r.content
        except httpx.HTTPStatusError as e:
            code = e.response.status_code
            if code == 404:
                raise FetchError(f"not found (404): {e.request.url}") from e
            raise FetchError(f"HTTP {code} from {e.request.url} after retries") from e
        except httpx.TimeoutException as e:
            raise FetchError(f"timed out after {self.cfg.timeout_s}s: {url}") from e
        except httpx.TransportError as e:
            raise FetchError(f"cannot reach {url}: {e}") from e
        raise FetchError(f"no response from {url}")  # pragma: no cover

    def metadata(self, aid: ArxivId) -> Metadata:
        xml = self._get(self.cfg.api_url, {"id_list": str(aid), "max_results": "1"})
        return parse_atom(xml, aid.id)

    def pdf(self, aid: ArxivId, version: str | None) -> bytes:
        data = self._get(f"{self.cfg.pdf_url.rstrip('/')}/{aid.id}{version or ''}")
        if not data.startswith(b"%PDF"):
            raise FetchError(f"{aid}: the server did not return a PDF")
        return data


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class PaperCache:
    """corpus/<key>/: meta.json, paper.pdf, pages.json. Written only after a paper was read."""

    def __init__(self, corpus_dir: Path, key: str):
        self.dir = corpus_dir / key

    @property
    def complete(self) -> bool:
        return all((self.dir / f).exists() for f in ("meta.json", "paper.pdf", "pages.json"))

    def load(self) -> tuple[Metadata, bytes, list[dict[str, Any]]]:
        meta = Metadata.model_validate_json((self.dir / "meta.json").read_text())
        pages = json.loads((self.dir / "pages.json").read_text())
        return meta, (self.dir / "paper.pdf").read_bytes(), pages

    def save(self, meta: Metadata, pdf: bytes, pages: list[dict[str, Any]]) -> None:
        atomic_write_bytes(self.dir / "paper.pdf", pdf)
        atomic_write_text(self.dir / "pages.json", json.dumps(pages, ensure_ascii=False))
        atomic_write_text(self.dir / "sha256", sha256(pdf) + "\n")
        atomic_write_text(
            self.dir / "meta.json", meta.model_dump_json(indent=2)
        )  # last: marks done
