"""Readers for search exports (CSV, RIS, BibTeX, JSONL, arXiv Atom) -> normalised records.

A malformed record is reported with file and line/record number and counted; it does not sink
the batch. A file that cannot be parsed at all raises ReadError.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel, Field

from agent import ids
from agent.errors import DataError, InputError, UsageError
from agent.fetch import parse_arxiv_id
from agent.fileio import require_file


def loads(line: str) -> Any:
    """A JSON line; a bad one raises json's own error and wording."""
    try:
        return orjson.loads(line)  # 3-4x faster than json on a big JSONL export
    except orjson.JSONDecodeError:
        return json.loads(line)


ARXIV_NEW = re.compile(rf"(?<![\d.])({ids.ARXIV_NEW})(?:v\d+)?(?![\d])")
ARXIV_OLD = re.compile(rf"\b({ids.ARXIV_OLD})(?:v\d+)?\b")
ARXIV_DOI = re.compile(r"10\.48550/arxiv\.(.+)$", re.I)
DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.I)
PLAIN_NEW = re.compile(rf"{ids.ARXIV_NEW}(?:v\d+)?$")

#: CSV column names of common exports (arXiv, PubMed, Scopus, Semantic Scholar, Zotero, WoS)
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("title", "article title", "ti", "document title", "primary title"),
    "abstract": ("abstract", "ab", "summary", "abstract note", "paperabstract"),
    "authors": ("authors", "author", "au", "author full names", "creators"),
    "year": (
        "year",
        "publication year",
        "py",
        "pubyear",
        "published",
        "date",
        "publication date",
        "create date",
    ),
    "venue": (
        "venue",
        "journal",
        "source title",
        "publication title",
        "journal/book",
        "container-title",
        "so",
    ),
    "doi": ("doi", "do", "externalids.doi"),
    "arxiv_id": ("arxiv_id", "arxiv id", "arxiv", "eprint", "externalids.arxiv", "id"),
    "pmid": ("pmid", "pubmed id", "pm"),
    "url": ("url", "link", "ur"),
}


class ReadError(DataError):
    """The file cannot be parsed at all."""


class Record(BaseModel):
    title: str
    abstract: str = ""
    authors: list[str] = Field(default_factory=list)
    year: int | None = None
    venue: str | None = None
    arxiv_id: str | None = None
    doi: str | None = None
    pmid: str | None = None
    origin: str = ""  # file:line or file#record
    merged: list[str] = Field(default_factory=list)  # origins of duplicates merged into this
    #: the ledger key this record was screened under (records read back from a run keep it,
    #: though a duplicate may have given them an arXiv id since)
    ledger_key: str | None = Field(None, exclude=True)

    @property
    def key(self) -> str:
        """Stable identity for the ledger: arXiv id, else DOI, else PMID, else title hash."""
        if self.ledger_key:
            return self.ledger_key
        if self.arxiv_id:
            return f"arxiv:{self.arxiv_id}"
        if self.doi:
            return f"doi:{self.doi.lower()}"
        if self.pmid:
            return f"pmid:{self.pmid}"
        return "title:" + hashlib.sha1(norm_title(self.title).encode()).hexdigest()[:16]

    @classmethod
    def trusted(
        cls,
        title: str,
        abstract: str = "",
        authors: list[str] | None = None,
        year: int | None = None,
        venue: str | None = None,
        arxiv_id: str | None = None,
        doi: str | None = None,
        pmid: str | None = None,
        origin: str = "",
        merged: list[str] | None = None,
        ledger_key: str | None = None,
    ) -> Record:
        """A record from values already of the fields' types, without validation: what
        model_construct does, at a tenth of its cost (a stream builds a million of these)."""
        obj = cls.__new__(cls)
        values = {
            "title": title,
            "abstract": abstract,
            "authors": authors or [],
            "year": year,
            "venue": venue,
            "arxiv_id": arxiv_id,
            "doi": doi,
            "pmid": pmid,
            "origin": origin,
            "merged": merged or [],
            "ledger_key": ledger_key,
        }
        object.__setattr__(obj, "__dict__", values)
        object.__setattr__(obj, "__pydantic_fields_set__", _FIELDS_SET.copy())
        object.__setattr__(obj, "__pydantic_extra__", None)
        object.__setattr__(obj, "__pydantic_private__", None)
        return obj

    def text_hash(self) -> str:
        return hashlib.sha256(f"{self.title}\n{self.abstract}".encode()).hexdigest()[:16]


_FIELDS_SET = set(Record.model_fields)  # copied per record: set(tuple) costs more


def norm_title(t: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", t.lower()).strip()


def arxiv_from(*values: Any) -> str | None:
    """The arXiv id in an id, `arXiv:` reference, arxiv.org URL or 10.48550/arXiv DOI."""
    for v in values:
        if not v:
            continue
        s = str(v).strip()
        if PLAIN_NEW.match(s):  # the common case, e.g. a JSONL export's "2504.04698v2"
            return s.split("v", 1)[0]
        m = ARXIV_DOI.search(s)
        if m:
            s = m.group(1)
        try:
            return parse_arxiv_id(s).id
        except ValueError:
            pass
        if "arxiv" in s.lower():  # an id inside other text, e.g. "arXiv preprint arXiv:…"
            m = ARXIV_NEW.search(s) or ARXIV_OLD.search(s)
            if m:
                return m.group(1)
    return None


def pmid_from(value: Any) -> str | None:
    """A PubMed id as its digits ("PMID: 38012345" -> "38012345"); other text as it is."""
    s = clean(value, "pmid")
    m = re.fullmatch(r"(?i)(?:pmid:?\s*)?(\d+)", s)
    return m.group(1) if m else s or None


def doi_from(*values: Any) -> str | None:
    for v in values:
        if v:
            m = DOI.search(str(v))
            if m and not ARXIV_DOI.search(m.group(1)):
                return m.group(1).rstrip(".,;").lower()
    return None


def year_from(v: Any) -> int | None:
    if isinstance(v, int) and 1900 <= v < 2100:
        return v
    if (  # "2024", "2024-05-01"
        isinstance(v, str)
        and v[:2] in ("19", "20")
        and v[:4].isdigit()
        and (len(v) == 4 or not v[4].isdigit())
    ):
        return int(v[:4])
    m = re.search(r"\b(19|20)\d{2}\b", str(v or ""))
    return int(m.group(0)) if m else None


#: what surrogateescape decoding makes of bytes that are not valid in the file's encoding
UNDECODABLE = re.compile("[\udc80-\udcff]")


def decode(path: Path, encoding: str) -> str:
    """A whole file as text. Bytes that are invalid in `encoding` are kept as surrogate escapes,
    so that the record holding them is reported (`make_record`) instead of the file refused."""
    return path.read_bytes().decode(text_encoding(encoding), errors="surrogateescape")


def text_encoding(encoding: str) -> str:
    """The codec to open a file with: UTF-8 drops a byte-order mark; a bad name is refused."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise UsageError(
            f"--encoding {encoding!r}: unknown encoding (try utf-8, latin-1, cp1252)"
        ) from None
    return "utf-8-sig" if name in ("utf-8", "utf-8-sig") else name


def check_decoded(*texts: str) -> None:
    """A record with bytes its file's encoding cannot decode is refused, naming the byte."""
    for t in texts:
        if not t.isascii():
            m = UNDECODABLE.search(t)
            if m:
                byte = ord(m.group(0)) - 0xDC00
                raise ValueError(
                    f"byte 0x{byte:02x} is not valid in the file's encoding; give the right one "
                    "with --encoding (e.g. latin-1 or cp1252)"
                )


#: the characters str.split() splits on, but the plain space (str.isspace(), by code point)
ASCII_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
OTHER_SPACES = (
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)


def squeeze(s: str) -> str:
    """Whitespace runs -> one space, none at the ends: `" ".join(s.split())`, which a text that
    is already so (most abstracts) is returned as it is, found by a few C-fast substring tests
    (a quarter of the split's cost on an abstract)."""
    if s[:1] == " " or s[-1:] == " " or "  " in s:
        return " ".join(s.split())
    for c in ASCII_SPACES if s.isascii() else ASCII_SPACES + OTHER_SPACES:
        if c in s:
            return " ".join(s.split())
    return s


def kind(v: Any) -> str:
    """A JSON-ish name for a value's type, for messages about a field of the wrong type."""
    if isinstance(v, dict):
        return "an object"
    if isinstance(v, list | tuple):
        return "a list"
    return {bool: "a boolean", int: "a number", float: "a number"}.get(type(v), type(v).__name__)


def clean(s: Any, what: str = "field") -> str:
    """A field's text, whitespace squeezed: from a text, a number or a list of those (joined;
    nulls in it skipped). Anything else (an object, a nested list) is a ValueError naming it."""
    if not s:
        return ""
    if not isinstance(s, str):
        if isinstance(s, list | tuple):
            if not all(isinstance(x, str | int | float) or x is None for x in s):
                raise ValueError(f"{what}: expected a text or a list of texts")
            s = " ".join(str(x) for x in s if x is not None)
        elif isinstance(s, dict):
            raise ValueError(f"{what}: expected a text, got {kind(s)}")
        else:
            s = str(s)
    if "{" in s or "}" in s:  # BibTeX protection braces
        s = s.replace("{", "").replace("}", "")
    return squeeze(s)


def make_record(
    origin: str,
    title: Any,
    abstract: Any = "",
    authors: Any = None,
    year: Any = None,
    venue: Any = None,
    arxiv: tuple[Any, ...] = (),
    doi: tuple[Any, ...] = (),
    pmid: Any = None,
) -> Record:
    """A record from an export's field values; a missing title or a field of the wrong type
    is a ValueError with a message naming it (the caller reports that record and goes on)."""
    try:
        t = clean(title, "title")
        if not t:
            raise ValueError("record has no title")
        ab = clean(abstract, "abstract")
        check_decoded(t, ab)
        if isinstance(authors, str):
            authors = [a.strip() for a in re.split(r"\s+and\s+|;", authors) if a.strip()]
        elif authors and not isinstance(authors, list | tuple):
            raise ValueError(f"authors: expected a list of names or a text, got {kind(authors)}")
        return Record.trusted(
            title=t,
            abstract=ab,
            authors=[str(a) for a in authors if a is not None] if authors else None,
            year=year_from(year),
            venue=clean(venue, "venue") or None,
            arxiv_id=arxiv_from(*arxiv),
            doi=doi_from(*doi),
            pmid=pmid_from(pmid),
            origin=origin,
        )
    except TypeError as e:  # a field of a type not foreseen above: still this record's error
        raise ValueError(f"malformed record: {e}") from e


@dataclass
class ReadResult:
    records: list[Record] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


#: lines per chunk a UTF-8 JSONL file is read in (a screening run's batch, a worker's task)
JSONL_CHUNK = 2000
#: bytes read at a time while cutting a file into chunks
BLOCK = 1 << 20


def jsonl_chunks(path: Path, lines: int = JSONL_CHUNK) -> Iterator[tuple[int, int, int]]:
    """A UTF-8 JSONL file cut into byte ranges of `lines` lines each: (start, end, number of
    the first line). Lines end as a text-mode file reads them (\\n, \\r\\n or a lone \\r),
    and cuts fall after a line end, so no line (nor a \\r\\n) is split and a file of lone-\\r
    lines is cut as often as any. A leading byte-order mark is skipped. Reads the file once,
    a block at a time."""
    with path.open("rb") as fh:
        bom = fh.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8
        fh.seek(len(codecs.BOM_UTF8) if bom else 0)
        buf = bytearray()
        # file offsets of buf[0] and of the chunk being cut; index in buf; lines in the chunk
        base = start = fh.tell()
        pos = n = 0
        line = 1
        eof = False
        while True:
            j = buf.find(b"\n", pos)
            # a \r before that \n (or with no \n to come in buf) ends a line of its own,
            # unless it is the \n's own \r\n -- or the last byte read, its next one unknown
            r = buf.find(b"\r", pos, j if j >= 0 else len(buf))
            if r >= 0 and r + 1 != j and (r + 1 < len(buf) or eof):
                j = r
            elif j < 0:
                if eof:
                    if base + len(buf) > start:
                        yield start, base + len(buf), line
                    return
                block = fh.read(BLOCK)
                eof = not block
                drop = start - base  # bytes of chunks already handed out
                if drop:
                    del buf[:drop]
                    base, pos = start, pos - drop
                buf += block
                continue
            pos, n = j + 1, n + 1
            if n == lines:
                yield start, base + pos, line
                start, line, n = base + pos, line + n, 0


def read_jsonl_chunk(path: Path, start: int, end: int, line: int) -> list[Record | str]:
    """The records (or error messages) of one chunk of a UTF-8 JSONL file (`jsonl_chunks`),
    the same as reading the file as text line by line: a line that is not valid JSON as bytes is
    decoded (bad bytes kept as surrogate escapes) and read as the text reader does."""
    with path.open("rb") as fh:
        fh.seek(start)
        data = fh.read(end - start)
    raws = data.splitlines()
    # the file's last line may have no line end; a text-mode line has one otherwise
    ends = [*(["\n"] * (len(raws) - 1)), "\n" if data.endswith((b"\n", b"\r")) else ""]
    name = path.name
    out: list[Record | str] = []
    for i, raw in enumerate(raws):
        try:
            try:
                d = orjson.loads(raw)
            except orjson.JSONDecodeError:
                text = raw.decode("utf-8", "surrogateescape")
                if not text.strip():
                    continue
                d = loads(text + ends[i])
            out.append(_jsonl_record(f"{name}:{line + i}", d))
        except (ValueError, json.JSONDecodeError) as e:
            out.append(f"{path}: line {line + i}: {e}")
    return out


def _jsonl_record(origin: str, d: Any) -> Record:
    if not isinstance(d, dict):
        raise ValueError("not a JSON object")
    return make_record(
        origin,
        d.get("title"),
        d.get("abstract"),
        d.get("authors"),
        d.get("year") or d.get("published"),
        d.get("venue") or d.get("journal"),
        arxiv=(d.get("arxiv_id"), d.get("arxiv"), d.get("url")),
        doi=(d.get("doi"),),
        pmid=d.get("pmid"),
    )


def read_jsonl(path: Path, encoding: str = "utf-8") -> Iterator[Record | str]:
    if text_encoding(encoding) == "utf-8-sig":
        for start, end, first in jsonl_chunks(path):
            yield from read_jsonl_chunk(path, start, end, first)
        return
    with path.open(encoding=text_encoding(encoding), errors="surrogateescape") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield _jsonl_record(f"{path.name}:{n}", loads(line))
            except (ValueError, json.JSONDecodeError) as e:
                yield f"{path}: line {n}: {e}"


def read_csv(
    path: Path, encoding: str = "utf-8", columns: dict[str, str] | None = None
) -> Iterator[Record | str]:
    enc = text_encoding(encoding)
    with path.open(encoding=enc, errors="surrogateescape", newline="") as fh:
        sample = fh.read(4096)
        fh.seek(0)
        # only the delimiter is sniffed: the Sniffer's quoting guesses (e.g. doublequote=False)
        # mangle abstracts that contain quotes; exports use the standard (excel) quoting
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
        except csv.Error:
            delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
        dialect: Any = type("Export", (csv.excel,), {"delimiter": delimiter})
        reader = csv.DictReader(fh, dialect=dialect)
        names = {(h or "").strip().lower(): h for h in reader.fieldnames or []}
        mapping: dict[str, str | None] = {}
        for fld, aliases in CSV_COLUMNS.items():
            if columns and fld in columns:
                if columns[fld].lower() not in names:
                    raise ReadError(f"{path}: --columns {fld}={columns[fld]}: no such column")
                mapping[fld] = names[columns[fld].lower()]
            else:
                mapping[fld] = next((names[a] for a in aliases if a in names), None)
        if mapping["title"] is None:
            raise ReadError(
                f"{path}: no title column (have: {', '.join(names) or 'none'}); "
                "map one with --columns title=NAME"
            )

        def get(row: dict[str, Any], f: str) -> Any:
            col = mapping.get(f)
            return row.get(col) if col else None

        for n, row in enumerate(reader, start=2):
            try:
                yield make_record(
                    f"{path.name}:{n}",
                    get(row, "title"),
                    get(row, "abstract"),
                    get(row, "authors"),
                    get(row, "year"),
                    get(row, "venue"),
                    arxiv=(get(row, "arxiv_id"), get(row, "url"), get(row, "doi")),
                    doi=(get(row, "doi"), get(row, "url")),
                    pmid=get(row, "pmid"),
                )
            except ValueError as e:
                yield f"{path}: line {n}: {e}"


RIS_TAG = re.compile(r"^([A-Z][A-Z0-9])  -(?: |$)")


def ris_records(text: str) -> Iterator[tuple[int, str, str | None]]:
    """Split RIS text into records, each from its TY line to its ER line: (first line, text,
    problem). A record without ER is returned with a problem instead of being glued to the
    next record (rispy alone merges the two) or dropped at the end of the file."""
    lines: list[str] = []
    start = 0
    for n, line in enumerate(text.splitlines(), start=1):
        m = RIS_TAG.match(line)
        tag = m.group(1) if m else None
        if tag == "TY":
            if lines:
                yield start, "\n".join(lines), f"no ER line before the next record (line {n})"
            lines, start = [line], n
        elif tag == "ER":
            if lines:
                yield start, "\n".join([*lines, line]), None
            lines = []
        elif lines:
            lines.append(line)
        # lines between records (exporters number them: "1.") are not data
    if lines:
        yield start, "\n".join(lines), "no ER line: the file ends inside it (truncated?)"


def read_ris(path: Path, encoding: str = "utf-8") -> Iterator[Record | str]:
    import rispy

    good: list[tuple[int, str]] = []
    for n, chunk, problem in ris_records(decode(path, encoding)):
        if problem:
            yield f"{path}: line {n}: {problem}; record skipped"
        else:
            good.append((n, chunk))
    # the records are whole now (TY..ER), so rispy parses them in one call (3x faster than one
    # call each); should it still fail, each record is parsed alone and only the bad one is lost
    try:
        parsed: list[Any] = rispy.loads("\n".join(c for _, c in good))
        if len(parsed) != len(good):
            raise ValueError("record count mismatch")
    except (ValueError, OSError, KeyError):
        parsed = [None] * len(good)
    for (n, chunk), d in zip(good, parsed, strict=True):
        try:
            if d is None:
                [d] = rispy.loads(chunk)
            urls = d.get("urls") or []
            yield make_record(
                f"{path.name}:{n}",
                d.get("title") or d.get("primary_title"),
                d.get("abstract") or d.get("notes_abstract"),
                d.get("authors") or d.get("first_authors"),
                d.get("year") or d.get("publication_year") or d.get("date"),
                d.get("journal_name") or d.get("secondary_title"),
                arxiv=(*urls, d.get("doi"), d.get("number")),
                doi=(d.get("doi"), *urls),
                pmid=d.get("accession_number"),
            )
        except (ValueError, OSError, KeyError) as e:  # rispy's errors on a malformed record
            yield f"{path}: line {n}: {e}"


def read_bibtex(path: Path, encoding: str = "utf-8") -> Iterator[Record | str]:
    import bibtexparser

    text = decode(path, encoding)
    try:
        db = bibtexparser.loads(text)
    except Exception as e:  # bibtexparser's pyparsing errors have no common base
        raise ReadError(f"{path}: not a readable BibTeX file: {e}") from e
    starts = [m.start() for m in re.finditer(r"^\s*@\w+\s*\{", text, re.M)]
    lines = [text.count("\n", 0, s) + 1 for s in starts]
    if len(db.entries) < len(
        [
            s
            for s in starts
            if not re.match(r"\s*@(comment|preamble|string)", text[s : s + 12], re.I)
        ]
    ):
        yield (f"{path}: {len(starts) - len(db.entries)} BibTeX entries could not be parsed")
    for n, d in enumerate(db.entries, start=1):
        try:
            arch = d.get("archiveprefix", "").lower()
            yield make_record(
                f"{path.name}:{lines[n - 1] if n - 1 < len(lines) else n}",
                d.get("title"),
                d.get("abstract"),
                d.get("author"),
                d.get("year"),
                d.get("journal") or d.get("booktitle"),
                arxiv=(
                    f"arXiv:{d['eprint']}" if arch == "arxiv" and d.get("eprint") else None,
                    d.get("url"),
                    d.get("doi"),
                    d.get("journal"),
                ),
                doi=(d.get("doi"),),
                pmid=d.get("pmid"),
            )
        except ValueError as e:
            yield f"{path}: entry {n} ({d.get('ID', '?')}): {e}"


def read_atom(path: Path, encoding: str = "utf-8") -> Iterator[Record | str]:
    # the feed declares its own encoding; feedparser reads the bytes
    import feedparser

    feed = feedparser.parse(path.read_bytes())
    if feed.bozo and not feed.entries:
        raise ReadError(f"{path}: not a readable Atom feed: {feed.get('bozo_exception')}")
    for n, e in enumerate(feed.entries, start=1):
        try:
            yield make_record(
                f"{path.name}#{n}",
                e.get("title"),
                e.get("summary"),
                [a.get("name", "") for a in e.get("authors", [])],
                e.get("published"),
                e.get("arxiv_journal_ref"),
                arxiv=(e.get("id"),),
                doi=(e.get("arxiv_doi"),),
            )
        except ValueError as err:
            yield f"{path}: entry {n}: {err}"


READERS = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".tsv": read_csv,
    ".ris": read_ris,
    ".bib": read_bibtex,
    ".bibtex": read_bibtex,
    ".atom": read_atom,
    ".xml": read_atom,
}


def iter_records(
    path: Path,
    fmt: str | None = None,
    columns: dict[str, str] | None = None,
    encoding: str = "utf-8",
) -> Iterator[Record | str]:
    """Records (or error messages for bad ones) in file order, one at a time. The file's
    existence, format and encoding name are checked when this is called, before any record."""
    require_file(path, "search export")
    reader = READERS.get(f".{fmt}" if fmt else path.suffix.lower())
    if reader is None:
        raise ReadError(
            f"{path}: unknown format {path.suffix!r}; use --format csv|ris|bib|jsonl|atom"
        )
    text_encoding(encoding)  # an unknown encoding is refused now, not at the first record

    def items() -> Iterator[Record | str]:
        try:
            yield from (
                read_csv(path, encoding, columns) if reader is read_csv else reader(path, encoding)
            )
        except UnicodeError as e:  # only a multi-byte codec (utf-16) can still fail as a whole
            raise ReadError(f"{path}: cannot decode it as {encoding} ({e}); use --encoding") from e

    return items()


def is_utf8_jsonl(path: Path, fmt: str | None = None, encoding: str = "utf-8") -> bool:
    """Whether `iter_records` reads this file by JSONL chunks (which others may read too)."""
    reader = READERS.get(f".{fmt}" if fmt else path.suffix.lower())
    return reader is read_jsonl and text_encoding(encoding) == "utf-8-sig"


def read_records(
    path: Path,
    fmt: str | None = None,
    columns: dict[str, str] | None = None,
    encoding: str = "utf-8",
    allow_empty: bool = False,
) -> ReadResult:
    """Every record of a search export, and one message (file, line) per unreadable record.
    A file with no records at all is an InputError (nothing is screened or written) unless
    `allow_empty`, for files the tool wrote itself (an empty `watch` window)."""
    res = ReadResult()
    for item in iter_records(path, fmt, columns, encoding):
        if isinstance(item, Record):
            res.records.append(item)
        else:
            res.errors.append(item)
    if not res.records and not res.errors and not allow_empty:
        raise InputError(f"{path}: no records in it (an empty export?); nothing screened")
    return res
