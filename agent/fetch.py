"""The one fetch layer every source uses (arXiv, bioRxiv/medRxiv, Crossref, OpenAlex): timeouts,
retries with backoff on 5xx/429 (honouring Retry-After), a politeness delay per host, a
User-Agent with a contact, one error type, and the per-paper cache under corpus/<key>/ so that a
second `add` does no network I/O. Offline (no DNS, no route, connection refused) fails at once
with a message that says so instead of retrying."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from agent.errors import FetchError
from agent.fileio import atomic_write_bytes, atomic_write_text
from agent.settings import FetchSettings
from agent.sources.ids import ArxivId, DoiRef, parse_arxiv_id, parse_doi, parse_ref

#: a callback that reports one line of progress to the person waiting (`curate add`, `watch`)
Say = Callable[[str], None]

__all__ = [
    "ArxivId",
    "DoiRef",
    "FetchError",
    "Http",
    "Metadata",
    "NotFoundError",
    "OfflineError",
    "PaperCache",
    "parse_arxiv_id",
    "parse_doi",
    "parse_ref",
    "sha256",
]

#: query parameters never shown in messages (keys, contact addresses)
SECRET_PARAMS = {"api_key", "key", "mailto", "token"}


class NotFoundError(FetchError):
    """The server says the thing does not exist (404/410 or an empty answer)."""


class OfflineError(FetchError):
    """No connection could be made at all (DNS failure, no route, connection refused)."""


class Metadata(BaseModel):
    """What a source says about a paper; cached as corpus/<key>/meta.json."""

    source: str = "arxiv"  # arxiv | biorxiv | medrxiv | crossref | openalex | pdf
    arxiv_id: str | None = None
    version: str | None = None
    title: str = ""
    abstract: str = ""
    authors: list[str] = Field(default_factory=list)
    published: str | None = None
    doi: str | None = None
    year: int | None = None
    venue: str | None = None
    #: the journal version of a preprint (bioRxiv `published`, Crossref `is-preprint-of`)
    published_doi: str | None = None
    #: other DOIs of the same work (e.g. the preprint of a journal article)
    related_dois: list[str] = Field(default_factory=list)
    #: open-access PDF locations, best first
    pdf_urls: list[str] = Field(default_factory=list)
    ids: dict[str, str] = Field(default_factory=dict)  # pmid, pmcid, openalex …
    versions: list[str] = Field(default_factory=list)  # all versions a preprint server lists
    category: str | None = None

    def dois(self) -> set[str]:
        """Every DOI that names this work (preprint and published)."""
        return {d.lower() for d in (self.doi, self.published_doi, *self.related_dois) if d}


@dataclass
class Response:
    url: str
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        try:
            return json.loads(self.content)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise FetchError(
                f"malformed response from {host_of(self.url)}: not JSON ({e}); "
                f"it began {self.content[:60]!r}"
            ) from e


def host_of(url: str) -> str:
    return urlsplit(url).netloc


def shown(url: str, params: dict[str, str] | None = None) -> str:
    """The URL as it may appear in a message: secret parameters dropped."""
    safe = {k: v for k, v in (params or {}).items() if k.lower() not in SECRET_PARAMS}
    base = url.split("?", 1)[0] if any(s in url for s in SECRET_PARAMS) else url
    return base + ("?" + "&".join(f"{k}={v}" for k, v in safe.items()) if safe else "")


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class _Politeness:
    """The time of the last request per host, shared by every client in the process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.last: dict[str, float] = {}

    def wait(
        self,
        host: str,
        delay: float,
        sleep: Callable[[float], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        with self.lock:
            now = clock()
            last = self.last.get(host)
            due = now if last is None else max(now, last + delay)
            self.last[host] = due
        if due > now:
            sleep(due - now)


POLITENESS = _Politeness()


class Http:
    """GET with timeouts, retries with exponential backoff on 5xx/429/timeouts (Retry-After
    honoured up to `max_wait_s`), a politeness delay per host, and a User-Agent with a contact.
    Offline fails on the first attempt."""

    def __init__(self, cfg: FetchSettings, sleep: Callable[[float], None] = time.sleep):
        self.cfg = cfg
        self.sleep = sleep
        self._client: Any = None

    @property
    def user_agent(self) -> str:
        contact = f" (+mailto:{self.cfg.contact})" if self.cfg.contact else ""
        if self.cfg.contact and "://" in self.cfg.contact:
            contact = f" (+{self.cfg.contact})"
        return f"{self.cfg.user_agent}{contact}"

    def client(self) -> Any:
        import httpx

        if self._client is None:
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.cfg.timeout_s, connect=self.cfg.connect_timeout_s),
                follow_redirects=True,
                headers={"User-Agent": self.user_agent},
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def get(
        self,
        url: str,
        params: dict[str, str] | None = None,
        what: str = "",
        allow: tuple[int, ...] = (),
    ) -> Response:
        """The response (2xx, or a status in `allow`, e.g. 404 where "not found" is an answer);
        otherwise FetchError."""
        import httpx

        host = host_of(url)
        label = f"{what} " if what else ""
        delay = self.cfg.host_delay_s.get(host, self.cfg.delay_s)
        attempt = 0
        while True:
            POLITENESS.wait(host, delay, self.sleep)
            wait: float | None = None
            try:
                r = self.client().get(url, params=params)
            except httpx.ConnectError as e:
                raise OfflineError(f"cannot connect to {host} ({e}): offline?") from e
            except httpx.TimeoutException as e:
                problem: str = f"timed out after {self.cfg.timeout_s}s"
                error: Exception = e
            except httpx.TransportError as e:
                problem, error = f"connection to {host} failed ({e})", e
            else:
                code = r.status_code
                if code < 300 or code in allow:
                    return Response(str(r.url), code, r.content, dict(r.headers))
                if code in (404, 410):
                    raise NotFoundError(f"{label}not found ({code}): {shown(url, params)}")
                if code != 429 and code < 500:
                    body = r.text[:200].strip().replace("\n", " ")
                    raise FetchError(f"{label}HTTP {code} from {shown(url, params)}: {body}")
                problem = f"HTTP {code}"
                error = httpx.HTTPStatusError(problem, request=r.request, response=r)
                wait = retry_after(r.headers.get("Retry-After"))
                if wait is not None and wait > self.cfg.max_wait_s:
                    raise FetchError(
                        f"{label}{host} asks to retry after {wait:.0f}s (HTTP {code}), longer "
                        f"than CURATE_FETCH__MAX_WAIT_S={self.cfg.max_wait_s:.0f}: try later"
                    ) from error
            if attempt >= self.cfg.retries:
                raise FetchError(
                    f"{label}{problem} from {shown(url, params)} after {attempt + 1} attempts"
                ) from error
            backoff = self.cfg.backoff_s * (2**attempt)
            self.sleep(min(max(wait if wait is not None else 0.0, backoff), self.cfg.max_wait_s))
            attempt += 1

    def pdf(self, url: str, what: str = "") -> bytes:
        data = self.get(url, what=what).content
        if not data.startswith(b"%PDF"):
            raise FetchError(f"{what or url}: the server did not return a PDF")
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
