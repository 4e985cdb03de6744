"""PDF -> page-numbered, normalised text -> sections -> chunks with page and offsets.

Also the one normalisation used to verify quotes: a quote is evidence only if its normalised
form occurs in the normalised source text.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from agent.errors import PdfError
from agent.fileio import require_file

__all__ = ["PdfError"]  # re-exported: callers import it from here


class Page(BaseModel):
    number: int  # 1-based
    text: str


class Chunk(BaseModel):
    index: int
    page: int
    start: int  # offsets into the page's normalised text
    end: int
    section: str
    text: str


SECTION_NAMES = {
    "abstract": "abstract",
    "introduction": "introduction",
    "background": "related_work",
    "related work": "related_work",
    "related works": "related_work",
    "prior work": "related_work",
    "method": "methods",
    "methods": "methods",
    "materials and methods": "methods",
    "approach": "methods",
    "model": "methods",
    "results": "results",
    "experiments": "results",
    "evaluation": "results",
    "discussion": "discussion",
    "conclusion": "discussion",
    "conclusions": "discussion",
    "references": "references",
    "bibliography": "references",
    "acknowledgements": "references",
    "acknowledgments": "references",
    "appendix": "appendix",
}
HEADING = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)?\s*([A-Z][A-Za-z ]{2,40}?)\s*$"
)
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
QUOTE_CHARS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)


def normalise(text: str) -> str:
    """Ligatures, unicode forms, hyphenation across line breaks, quotes/dashes, whitespace."""
    for lig, rep in LIGATURES.items():
        text = text.replace(lig, rep)
    text = unicodedata.normalize("NFKC", text).translate(QUOTE_CHARS)
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)  # hyphen at a line break
    text = text.replace("\u00ad", "")  # soft hyphen
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def flat(text: str) -> str:
    """Normalised text on one line: what quotes are matched against."""
    return re.sub(r"\s+", " ", normalise(text)).strip()


@contextmanager
def pypdf_notes() -> Iterator[list[str]]:
    """pypdf logs what it repairs ("invalid pdf header", "EOF marker not found") as warnings
    that print on stderr before our own message. Collect them instead: they go into the error
    if the PDF cannot be read, and are dropped if it can."""
    log = logging.getLogger("pypdf")
    notes: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            notes.append(record.getMessage())

    handler, propagate = Collect(logging.WARNING), log.propagate
    log.addHandler(handler)
    log.propagate = False
    try:
        yield notes
    finally:
        log.removeHandler(handler)
        log.propagate = propagate


def read_pdf(path: Path) -> list[Page]:
    """Read a PDF with pypdf; distinct errors for corrupt, encrypted, image-only and empty."""
    require_file(path, "PDF")
    if path.stat().st_size == 0:
        raise PdfError("empty", f"{path}: the file is empty")
    with pypdf_notes() as notes:
        try:
            return _read_pages(path)
        except PdfError as e:
            if notes and e.kind == "corrupt":
                raise PdfError(e.kind, f"{e}; pypdf: {'; '.join(dict.fromkeys(notes))}") from e
            raise


def _read_pages(path: Path) -> list[Page]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as e:  # pypdf raises several types for unsupported crypto
                raise PdfError("encrypted", f"{path}: the PDF is encrypted ({e})") from e
            if not ok:
                raise PdfError("encrypted", f"{path}: the PDF is encrypted with a password")
        n = len(reader.pages)
        if n == 0:
            raise PdfError("empty", f"{path}: the PDF has no pages")
        pages = [
            Page(number=i + 1, text=normalise(p.extract_text() or ""))
            for i, p in enumerate(reader.pages)
        ]
    except PdfError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise PdfError("corrupt", f"{path}: not a readable PDF ({e})") from e
    if not any(len(p.text) > 20 for p in pages):
        raise PdfError("no_text", f"{path}: no text layer ({n} page(s) of images?); OCR it first")
    return pages


@dataclass
class Document:
    """A paper's pages with a section label for every line."""

    pages: list[Page]
    sections: list[list[tuple[int, str]]] = field(default_factory=list)  # per page: (offset, name)

    def __post_init__(self) -> None:
        if not self.sections:
            self.sections = label_sections(self.pages)

    def section_at(self, page: int, offset: int) -> str:
        name = "front"
        for start, sec in self.sections[page - 1]:
            if start <= offset:
                name = sec
        return name

    def flat_pages(self) -> list[str]:
        return [flat(p.text) for p in self.pages]


def label_sections(pages: list[Page]) -> list[list[tuple[int, str]]]:
    current = "front"
    out: list[list[tuple[int, str]]] = []
    for p in pages:
        marks = [(0, current)]
        offset = 0
        for line in p.text.split("\n"):
            m = HEADING.match(line)
            if m and len(line) < 60:
                name = SECTION_NAMES.get(m.group(1).strip().lower())
                if name:
                    current = name
                    marks.append((offset, current))
            elif current == "front" and line.lower().startswith("abstract"):
                current = "abstract"
                marks.append((offset, current))
            offset += len(line) + 1
        out.append(marks)
    return out


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\[])")


def chunk(doc: Document, size: int = 1200, overlap: int = 150) -> list[Chunk]:
    """Chunks within a page, split at sentence ends near `size` characters."""
    chunks: list[Chunk] = []
    for p in doc.pages:
        text, start = p.text, 0
        while start < len(text):
            end = min(len(text), start + size)
            if end < len(text):
                window = text[start:end]
                cut = max((m.end() for m in SENTENCE_END.finditer(window)), default=0)
                if cut > size // 2:
                    end = start + cut
            piece = text[start:end].strip()
            if piece:
                chunks.append(
                    Chunk(
                        index=len(chunks),
                        page=p.number,
                        start=start,
                        end=end,
                        section=doc.section_at(p.number, start),
                        text=piece,
                    )
                )
            if end >= len(text):
                break
            nxt = max(end - overlap, start + 1)
            space = text.find(" ", nxt, end)  # start the overlap on a word boundary
            start = space + 1 if space != -1 else nxt
    return chunks


def locate_quote(quote: str, flat_pages: list[str]) -> int | None:
    """The 1-based page on which the normalised quote occurs, or None if it occurs nowhere."""
    q = flat(quote)
    if len(q) < 3:
        return None
    for i, text in enumerate(flat_pages):
        if q in text:
            return i + 1
    joined = " ".join(flat_pages)  # a quote may run across a page break
    if q in joined:
        pos, acc = joined.index(q), 0
        for i, text in enumerate(flat_pages):
            acc += len(text) + 1
            if pos < acc:
                return i + 1
    return None
