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
from typing import Any

from pydantic import BaseModel

from agent.errors import PdfError
from agent.fileio import require_file
from agent.textclean import CleanReport, clean_pages

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
    "summary": "abstract",
    "introduction": "introduction",
    "background": "related_work",
    "related work": "related_work",
    "related works": "related_work",
    "prior work": "related_work",
    "previous work": "related_work",
    "literature review": "related_work",
    "method": "methods",
    "methods": "methods",
    "materials and methods": "methods",
    "methods and materials": "methods",
    "material and methods": "methods",
    "online methods": "methods",
    "method details": "methods",
    "methodology": "methods",
    "approach": "methods",
    "our approach": "methods",
    "model": "methods",
    "the model": "methods",
    "model architecture": "methods",
    "architecture": "methods",
    "design": "methods",
    "implementation": "methods",
    "experimental setup": "methods",
    "experimental design": "methods",
    "preliminaries": "methods",
    "results": "results",
    "result": "results",
    "results and discussion": "results",
    "experiments": "results",
    "experiments and results": "results",
    "experimental results": "results",
    "evaluation": "results",
    "discussion": "discussion",
    "discussion and conclusion": "discussion",
    "discussion and conclusions": "discussion",
    "conclusion": "discussion",
    "conclusions": "discussion",
    "concluding remarks": "discussion",
    "limitations": "discussion",
    "outlook": "discussion",
    "data availability": "availability",
    "code availability": "availability",
    "data and code availability": "availability",
    "code and data availability": "availability",
    "code and model availability": "availability",
    "data and materials availability": "availability",
    "availability": "availability",
    "availability of data and materials": "availability",
    "software availability": "availability",
    "resource availability": "availability",
    "references": "references",
    "bibliography": "references",
    "literature cited": "references",
    "acknowledgements": "references",
    "acknowledgments": "references",
    "acknowledgement": "references",
    "acknowledgment": "references",
    "funding": "references",
    "author contributions": "references",
    "competing interests": "references",
    "conflict of interest": "references",
    "conflicts of interest": "references",
    "declaration of interests": "references",
    "ethics declarations": "references",
    "appendix": "appendix",
    "appendices": "appendix",
    "supplementary material": "appendix",
    "supplementary materials": "appendix",
    "supplementary information": "appendix",
    "supplemental information": "appendix",
    "supplementary figures": "appendix",
}
#: one-word names that are also table headers or figure labels: a heading only when numbered
AMBIGUOUS = {
    "model",
    "design",
    "architecture",
    "implementation",
    "evaluation",
    "approach",
    "summary",
    "method",
    "result",
    "availability",
    "funding",
}
HEADING = re.compile(
    r"^\s*(?P<num>(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[A-H]\.?|Appendix\s+[A-H0-9]\.?:?)\s+)?"
    r"(?P<name>[A-Z][A-Za-z&,\- ]{2,50}?)\s*[:.]?\s*$"
)
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
QUOTE_CHARS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
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
    """Read a PDF with pypdf into cleaned, page-numbered text (see `agent.textclean`); distinct
    errors for corrupt, encrypted, image-only and empty files."""
    return read_paper(path).pages


def abstract_of(pages: list[Page], title: str = "") -> str:
    """The abstract: after an "Abstract" heading on the first pages, else the first page's
    text after the title up to the introduction (papers that print no heading)."""
    head = "\n".join(p.text for p in pages[:2])
    m = re.search(
        r"\bAbstract\b[:.\s]*(.+?)(?:\n\s*(?:\d+\.?\s*)?(?:Introduction|Keywords|Background)\b|$)",
        head,
        re.S | re.I,
    )
    if not m:
        text = pages[0].text
        if title:
            pos = re.sub(r"\s+", " ", text).lower().find(title.lower()[:40])
            text = text[pos + len(title) :] if pos >= 0 else text
        m = re.search(r"(.+?)(?:\n\s*(?:\d+\.?\s*)?(?:Introduction|Background)\b|$)", text, re.S)
    return re.sub(r"\s+", " ", m.group(1)).strip()[:3000] if m else ""


@dataclass
class PdfText:
    """What reading a PDF gives: cleaned pages, the title as printed, and what was removed."""

    pages: list[Page]
    title: str
    report: CleanReport


def _open(path: Path):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    reader = PdfReader(path)
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")
        except Exception as e:  # pypdf raises several types for unsupported crypto
            raise PdfError("encrypted", f"{path}: the PDF is encrypted ({e})") from e
        if not ok:
            raise PdfError("encrypted", f"{path}: the PDF is encrypted with a password")
    return reader


_READ_CACHE: dict[str, PdfText] = {}


def read_paper(path: Path, sha: str | None = None) -> PdfText:
    """Read and clean a PDF (a paper read twice in one process is read once: `sha`, the file's
    SHA-256 when the caller has it, saves hashing it again); distinct errors for corrupt,
    encrypted, image-only and empty files."""
    import hashlib

    require_file(path, "PDF")
    if path.stat().st_size == 0:
        raise PdfError("empty", f"{path}: the file is empty")
    key = sha or hashlib.sha256(path.read_bytes()).hexdigest()
    if key not in _READ_CACHE:
        with pypdf_notes() as notes:
            try:
                read = _read_paper(path)
            except PdfError as e:
                if notes and e.kind == "corrupt":
                    raise PdfError(e.kind, f"{e}; pypdf: {'; '.join(dict.fromkeys(notes))}") from e
                raise
        if len(_READ_CACHE) >= 4:
            _READ_CACHE.pop(next(iter(_READ_CACHE)))
        _READ_CACHE[key] = read
    return _READ_CACHE[key]


def _read_paper(path: Path) -> PdfText:
    from pypdf.errors import PdfReadError

    try:
        reader = _open(path)
        n = len(reader.pages)
        if n == 0:
            raise PdfError("empty", f"{path}: the PDF has no pages")
        raw = [page_text(p) for p in reader.pages]
        title = pdf_title(reader, raw[0])
    except PdfError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise PdfError("corrupt", f"{path}: not a readable PDF ({e})") from e
    cleaned, report = clean_pages(raw)
    if title:  # the title's glyphs are mapped as the pages' are
        title = clean_pages([title, *raw])[0][0]
    title = re.sub(r"\s+", " ", normalise(title)).strip()
    if title and cleaned:
        cleaned[0] = drop_banner_above_title(cleaned[0], title, report)
    pages = [Page(number=i + 1, text=normalise(t)) for i, t in enumerate(cleaned)]
    if not any(len(p.text) > 20 for p in pages):
        raise PdfError("no_text", f"{path}: no text layer ({n} page(s) of images?); OCR it first")
    return PdfText(pages=pages, title=title or first_line_title(pages), report=report)


def drop_banner_above_title(text: str, title: str, report: CleanReport) -> str:
    """Journal banners printed above the title on the first page ("RESEARCH ARTICLE", the
    journal's URL) are page furniture, not the paper's text."""
    lines = text.split("\n")
    want = _squash(title)[:30]
    for i, line in enumerate(lines[:6]):
        sq = _squash(line)
        if len(sq) >= 8 and want.startswith(sq[:30]):
            if i and all(len(x) < 80 for x in lines[:i]):
                report.furniture += [x.strip() for x in lines[:i] if len(x.strip()) > 8]
                return "\n".join(lines[i:])
            break
    return text


def _glued(text: str) -> float:
    """Share of the text in very long letter runs: words whose spaces pypdf did not see."""
    toks = re.findall(r"\S+", text)
    total = sum(len(t) for t in toks)
    long = sum(
        len(t)
        for t in toks
        if len(t) >= 25
        and sum(c.isalpha() for c in t) >= 0.85 * len(t)
        and not re.match(r"\(?(https?:|www\.)", t)
    )
    return long / total if total else 0.0


def page_text(page) -> str:  # type: ignore[no-untyped-def]
    """pypdf's text of a page. Some fonts declare a space glyph wider than the word gaps that
    the typesetter used (justified text set with TJ offsets), so pypdf joins the words; such a
    page is read again with the space width capped, and the better reading is kept."""
    text = page.extract_text() or ""
    if _glued(text) < 0.02:
        return text
    try:
        import pypdf._page as pypdf_page
    except ImportError:  # pragma: no cover - pypdf moved its internals: keep the first reading
        return text
    original: Any = getattr(pypdf_page, "Font", None)
    if original is None or not hasattr(original, "from_font_resource"):
        return text

    class CappedFont:
        @staticmethod
        def from_font_resource(obj):  # type: ignore[no-untyped-def]
            font = original.from_font_resource(obj)
            font.space_width = min(font.space_width, SPACE_CAP)
            return font

    setattr(pypdf_page, "Font", CappedFont)  # noqa: B010 - swapped back below
    try:
        again = page.extract_text() or ""
    finally:
        setattr(pypdf_page, "Font", original)  # noqa: B010
    return again if _glued(again) < _glued(text) else text


SPACE_CAP = 300  # in 1/1000 em: a gap of half this starts a new word


def pdf_title(reader, first_text: str) -> str:  # type: ignore[no-untyped-def]
    """The title as printed: the PDF's /Title when it is trustworthy (it occurs on the first
    page), else the first page's largest-font lines near the top, joined (never cut)."""
    first = reader.pages[0]
    page_flat = _squash(first_text)
    meta = ""
    try:
        meta = str((reader.metadata or {}).get("/Title") or "").strip()
    except Exception:  # a broken info dictionary is not a broken paper
        meta = ""
    meta = normalise(meta)
    if len(meta.split()) >= 2 and _squash(meta) and _squash(meta) in page_flat:
        return re.sub(r"\s+", " ", meta)
    return largest_font_lines(first)


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", normalise(text).lower())


def largest_font_lines(page) -> str:  # type: ignore[no-untyped-def]
    pieces: list[tuple[float, float, str]] = []  # (size, y, text)

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        # not str.strip(): Python counts the unmapped glyphs \x1c-\x1f as whitespace
        if not text or not text.strip(" \n\t\r"):
            return
        scale = (abs(tm[3]) or abs(tm[0]) or 1.0) * (abs(cm[3]) or 1.0)
        y = tm[5] * (cm[3] or 1.0) + cm[5]
        pieces.append((round(size * scale, 1), y, text))

    try:
        page.extract_text(visitor_text=visit)
    except Exception:  # the title is a nicety; the text itself was read already
        return ""
    if not pieces:
        return ""
    height = float(page.mediabox.height)
    top = [p for p in pieces if p[1] > height * 0.35]
    candidates = [p for p in top if re.search(r"[A-Za-z]{2,}", p[2])] or pieces
    size = max(p[0] for p in candidates)
    # the biggest words that read like a title (a lone banner word like ARTICLE is skipped)
    for s in sorted({p[0] for p in candidates}, reverse=True):
        words = sum(
            len(re.findall(r"[A-Z]?[a-z]+|[A-Z]{2,}", p[2]))
            for p in candidates
            if abs(p[0] - s) < 0.6
        )
        if words >= 3:
            size = s
            break
    chosen = [p for p in candidates if abs(p[0] - size) < 0.6]
    lines: list[tuple[float, str]] = []  # pieces on one baseline make one line, in order
    for _, y, text in chosen:
        if lines and abs(lines[-1][0] - y) < 0.5 * size:
            lines[-1] = (lines[-1][0], lines[-1][1] + text)
        else:
            lines.append((y, text))
    lines.sort(key=lambda ln: -ln[0])
    # a title is one block: stop at a gap of more than three line heights
    block = [lines[0]]
    for ln in lines[1:]:
        if block[-1][0] - ln[0] > 3 * size:
            break
        block.append(ln)
    return " ".join(t.replace("\n", " ").strip(" ") for _, t in block)


def first_line_title(pages: list[Page]) -> str:
    return next((ln.strip() for ln in pages[0].text.split("\n") if len(ln.strip()) > 8), "")


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


def heading_name(line: str) -> str | None:
    """The section a heading line opens ("3 Model Architecture" -> methods), or None."""
    m = HEADING.match(line)
    if not m or len(line) > 60:
        return None
    words = m.group("name").strip().lower().replace("&", "and").rstrip(",")
    words = re.sub(r"\s+", " ", words)
    words = re.sub(r"\s+statements?$", "", words)
    name = SECTION_NAMES.get(words)
    if name is None and words.startswith(("appendix", "supplementary")):
        name = "appendix"
    if name is None and m.group("num") and "appendix" in m.group("num").lower():
        name = "appendix"
    if name and words in AMBIGUOUS and not m.group("num"):
        return None
    return name


def _top_number(line: str) -> int | None:
    m = re.match(r"\s*(\d{1,2})\.?\s+[A-Z]", line)
    return int(m.group(1)) if m and HEADING.match(line) else None


def label_sections(pages: list[Page]) -> list[list[tuple[int, str]]]:
    current = "front"
    top = 0  # the last top-level section number seen
    out: list[list[tuple[int, str]]] = []
    for p in pages:
        marks = [(0, current)]
        offset = 0
        for line in p.text.split("\n"):
            name = heading_name(line)
            num = _top_number(line) if len(line) <= 60 else None
            if num is not None and num == top + 1:
                top = num
                # a numbered top-level section with its own name ("3 Deep Residual Learning")
                name = name or "body"
            if name and not (name == "abstract" and current not in ("front", "abstract")):
                current = name
                marks.append((offset, current))
            elif current == "front" and re.match(r"\s*abstract\b", line, re.I):
                current = "abstract"
                marks.append((offset, current))
            offset += len(line) + 1
        out.append(marks)
    return out


#: where a sentence ends: after . ! or ? and before a capital, a digit or a bracket, or a name
#: written in lower-case first (scGPT, iStar, tGPT) unless the stop ends an abbreviation
SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z0-9(\[])"
    r"|(?<=[.!?])(?<!\be\.g\.)(?<!\bE\.g\.)(?<!\bi\.e\.)(?<!\bI\.e\.)(?<!\bal\.)(?<!\bvs\.)"
    r"(?<!\bcf\.)(?<!\bca\.)(?<!\bapprox\.)(?<!\ba\.k\.a\.)(?<!\bresp\.)(?<!\bincl\.)"
    r"(?<!\bw\.r\.t\.)(?<!\bviz\.)(?<!\bFig\.)(?<!\bFigs\.)(?<!\bfig\.)"
    r"(?<!\bfigs\.)(?<!\bEq\.)(?<!\bEqs\.)(?<!\bRef\.)(?<!\bRefs\.)"
    r"(?<!\bSec\.)(?<!\bSupp\.)(?<!\bSuppl\.)(?<!\bNo\.)\s+(?=[a-z]{1,4}[A-Z][\w-]*\b)"
)


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
