"""The acquire step of `curate add`: a reference (arXiv id, bioRxiv/medRxiv DOI or URL, any
other DOI) or a local PDF -> metadata, PDF bytes and pages, cached under corpus/<key>/.

DOIs: a bioRxiv/medRxiv preprint is recognised by its URL or by the bioRxiv API's answer (for
10.1101/… DOIs) or by Crossref's record (any prefix); other DOIs take Crossref's metadata and,
when an OpenAlex key is set, OpenAlex's abstract, ids and open-access locations."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from agent.errors import InputError
from agent.fetch import (
    FetchError,
    Http,
    Metadata,
    NotFoundError,
    OfflineError,
    PaperCache,
    Say,
    sha256,
)
from agent.fileio import require_file
from agent.proposal import Source
from agent.reader import Page, PdfText, abstract_of, read_paper, read_pdf
from agent.settings import Settings
from agent.sources import biorxiv, crossref, openalex
from agent.sources.arxiv import ArxivClient
from agent.sources.ids import ArxivId, DoiRef, parse_arxiv_id, parse_doi, parse_ref

PDF_HINT = "curate add --pdf FILE (with --doi or --arxiv once online)"


@dataclass
class Acquired:
    meta: Metadata
    data: bytes
    pages: list[Page]
    key: str  # corpus/<key>/ and the index key
    source: Source
    label: str  # how evidence names the paper: arXiv:…, bioRxiv:…, doi:…, pdf:…
    cached: bool = False


class Sources:
    """The source clients, all on one Http (one politeness clock, one User-Agent)."""

    def __init__(self, settings: Settings, http: Http | None = None):
        self.http = http or Http(settings.fetch)
        self.arxiv = ArxivClient(settings.arxiv, self.http)
        self.biorxiv = biorxiv.BiorxivClient(settings.biorxiv, self.http)
        self.crossref = crossref.CrossrefClient(
            settings.crossref, self.http, settings.fetch.contact
        )
        self.openalex = openalex.OpenAlexClient(settings.openalex, self.http)
        self.arxiv_pdf = settings.arxiv.pdf_url.rstrip("/")


def no_oa_pdf(doi: str, detail: str = "") -> FetchError:
    return FetchError(
        f"no open-access PDF for DOI {doi}{detail}: download it and run "
        f"curate add --pdf FILE --doi {doi}"
    )


def _servers_to_ask(ref: DoiRef) -> list[str]:
    if ref.server:
        return [ref.server]
    # 10.1101 is also Cold Spring Harbor's journals (10.1101/gr.…, 10.1101/gad.…): only a suffix
    # of digits and dots (097196, 2021.07.13.21260449) can be a preprint
    if re.match(r"^10\.1101/[\d.]+$", ref.doi):
        # medRxiv suffixes end in an 8-digit number (2021.07.13.21260449)
        return ["medrxiv", "biorxiv"] if re.search(r"\.\d{8}$", ref.doi) else list(biorxiv.SERVERS)
    return []


def _from_preprint_server(src: Sources, server: str, ref: DoiRef, say: Say) -> Metadata | None:
    say(f"{ref.doi}: asking {biorxiv.NAMES[server]}")
    items = src.biorxiv.details(server, ref.doi)
    return src.biorxiv.metadata(server, items, ref.version) if items else None


def doi_metadata(src: Sources, ref: DoiRef, say: Say) -> Metadata:
    asked = set()
    for server in _servers_to_ask(ref):
        asked.add(server)
        meta = _from_preprint_server(src, server, ref, say)
        if meta:
            return meta
    say(f"{ref.doi}: asking Crossref")
    work = src.crossref.work(ref.doi)
    posted_at = crossref.preprint_server(work) if work else None
    if posted_at and posted_at not in asked:
        asked.add(posted_at)
        meta = _from_preprint_server(src, posted_at, ref, say)
        if meta:
            return meta
    if work is None and not asked:  # a preprint too new for Crossref, under a new prefix
        for server in biorxiv.SERVERS:
            asked.add(server)
            meta = _from_preprint_server(src, server, ref, say)
            if meta:
                return meta
    oa_work = None
    if src.openalex.enabled:
        say(f"{ref.doi}: asking OpenAlex")
        oa_work = src.openalex.work(ref.doi)
    if work is None and oa_work is None:
        where = ["Crossref"] + (["OpenAlex"] if src.openalex.enabled else [])
        where += [biorxiv.NAMES[s] for s in sorted(asked)]
        raise NotFoundError(f"DOI {ref.doi} not found ({', '.join(where)} do not know it)")
    meta = crossref.to_metadata(work) if work else openalex.to_metadata(oa_work or {})
    if work and oa_work:
        oa = openalex.to_metadata(oa_work)
        meta.abstract = meta.abstract or oa.abstract
        meta.title = meta.title or oa.title
        meta.authors = meta.authors or oa.authors
        meta.arxiv_id = meta.arxiv_id or oa.arxiv_id
        meta.ids.update(oa.ids)
        meta.pdf_urls = oa.pdf_urls + [u for u in meta.pdf_urls if u not in oa.pdf_urls]
        meta.source = "crossref+openalex"
    meta.doi = meta.doi or ref.doi
    if meta.arxiv_id:
        meta.pdf_urls.append(f"{src.arxiv_pdf}/{meta.arxiv_id}")
    return meta


def doi_pdf(src: Sources, meta: Metadata, say: Say) -> bytes:
    """The first open-access location that serves a PDF; else the 'download it' message."""
    doi = meta.doi or "?"
    if not meta.pdf_urls:
        raise no_oa_pdf(doi)
    tried = []
    for url in meta.pdf_urls:
        say(f"{doi}: fetching PDF from {url.split('/')[2] if '//' in url else url}")
        try:
            return src.http.pdf(url, what=f"PDF of {doi}")
        except OfflineError:
            raise
        except FetchError as e:
            tried.append(str(e))
    raise no_oa_pdf(doi, f" (tried {len(tried)} location(s): {'; '.join(tried)})")


def arxiv_metadata(src: Sources, aid: ArxivId, say: Say) -> Metadata:
    say(f"{aid}: fetching metadata")
    meta = src.arxiv.metadata(aid)
    if aid.version:
        meta.version = aid.version
    return meta


def pdf_metadata(paper: PdfText) -> Metadata:
    """Title (as printed: trustworthy PDF info or the first page's largest font, see
    `agent.reader.read_paper`) and abstract of a local PDF."""
    return Metadata(source="pdf", title=paper.title, abstract=abstract_of(paper.pages, paper.title))


def validate(
    ref: str | None, pdf: Path | None, doi: str | None, arxiv: str | None
) -> ArxivId | DoiRef | None:
    """Check the arguments before any I/O; the parsed id the paper is known by, if any."""
    if (doi or arxiv) and pdf is None:
        raise InputError("--doi and --arxiv name the paper of a local PDF: use them with --pdf")
    if (ref is None) == (pdf is None):
        raise InputError("give an arXiv id or DOI, or --pdf FILE (one of them)")
    if doi and arxiv:
        raise InputError("give --doi or --arxiv, not both")
    if ref is not None:
        return parse_ref(ref)
    if doi:
        return parse_doi(doi)
    if arxiv:
        return parse_arxiv_id(arxiv)
    return None


def _label(meta: Metadata, rid: ArxivId | DoiRef) -> str:
    if isinstance(rid, ArxivId):
        return f"arXiv:{rid.id}{meta.version or ''}"
    if meta.source in biorxiv.NAMES:
        return f"{biorxiv.NAMES[meta.source]}:{meta.doi}{meta.version or ''}"
    return f"doi:{meta.doi}"


def _read_bytes(settings: Settings, key: str, data: bytes) -> list[Page]:
    tmp = settings.cache_dir / f"{key}.pdf"
    tmp.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_bytes(data)
    try:
        return read_pdf(tmp)
    finally:
        tmp.unlink(missing_ok=True)


def acquire(
    settings: Settings,
    ref: str | None = None,
    pdf: Path | None = None,
    doi: str | None = None,
    arxiv: str | None = None,
    title: str | None = None,
    say: Say | None = None,
    before_read: Callable[[str | None], None] | None = None,
) -> Acquired:
    """Metadata, PDF and pages for `curate add`. `before_read(sha256 or None)` runs once the
    PDF's hash is known (or before a download), e.g. to start loading the embedding model."""
    say = say or (lambda _m: None)
    ready = before_read or (lambda _s: None)
    rid = validate(ref, pdf, doi, arxiv)
    if pdf is not None:
        require_file(pdf, "PDF file")
    cache = PaperCache(settings.corpus_dir, rid.key) if rid is not None else None
    if pdf is not None:
        data = pdf.read_bytes()
        sha = sha256(data)  # the PDF's hash, computed once
        ready(sha)
        paper = read_paper(pdf, sha)
        pages = paper.pages
        if rid is None:
            meta = pdf_metadata(paper)
            if title:
                meta.title = title
            source = Source(pdf_sha256=sha, title=meta.title, path=str(pdf))
            return Acquired(meta, data, pages, "pdf-" + sha[:16], source, f"pdf:{pdf.name}")
        assert cache is not None
        if (cache.dir / "meta.json").exists():
            meta = Metadata.model_validate_json((cache.dir / "meta.json").read_text())
        else:
            try:
                meta = _metadata(Sources(settings), rid, say)
            except OfflineError as e:
                raise OfflineError(
                    f"{e} Without a network, add the PDF alone: curate add --pdf {pdf}"
                ) from e
        if title:
            meta.title = title
        cache.save(meta, data, [p.model_dump() for p in pages])
        return _acquired(meta, data, pages, rid, str(pdf), sha=sha)
    assert cache is not None and rid is not None
    if cache.complete:
        meta, data, raw = cache.load()
        if not rid.version or meta.version == rid.version:  # another version is fetched
            say(f"{rid}: cached in {cache.dir}")
            sha = sha256(data)
            ready(sha)
            pages = [Page.model_validate(p) for p in raw]
            return _acquired(meta, data, pages, rid, None, True, sha=sha)
    ready(None)
    src = Sources(settings)
    try:
        meta = _metadata(src, rid, say)
        if isinstance(rid, ArxivId):
            say(f"{rid}: fetching PDF")
            data = src.arxiv.pdf(rid, rid.version or meta.version)
        else:
            data = doi_pdf(src, meta, say)
    except OfflineError as e:
        raise OfflineError(f"{e} Without a network, add the paper from a file: {PDF_HINT}") from e
    finally:
        src.http.close()
    pages = _read_bytes(settings, rid.key, data)
    cache.save(meta, data, [p.model_dump() for p in pages])
    return _acquired(meta, data, pages, rid, None)


def _metadata(src: Sources, rid: ArxivId | DoiRef, say: Say) -> Metadata:
    if isinstance(rid, ArxivId):
        return arxiv_metadata(src, rid, say)
    return doi_metadata(src, rid, say)


def _acquired(
    meta: Metadata,
    data: bytes,
    pages: list[Page],
    rid: ArxivId | DoiRef,
    path: str | None,
    cached: bool = False,
    sha: str | None = None,
) -> Acquired:
    source = Source(
        arxiv_id=rid.id if isinstance(rid, ArxivId) else None,
        doi=meta.doi,
        version=meta.version,
        pdf_sha256=sha or sha256(data),
        title=meta.title,
        path=path,
    )
    return Acquired(meta, data, pages, rid.key, source, _label(meta, rid), cached)
