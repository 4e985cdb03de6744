"""A PDF page as a PNG with an evidence quote's characters highlighted (pypdfium2 + Pillow).

The quote is found on the page with the reader's normalisation (ligatures, quotes, dashes,
hyphenation at line breaks; whitespace ignored), so every quote that was verified against the
text is also found here. Images are cached on disk by PDF hash, page, quote and scale.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import threading
import unicodedata
from pathlib import Path

from agent.fetch import parse_arxiv_id
from agent.fileio import atomic_write_bytes
from agent.reader import LIGATURES, QUOTE_CHARS, flat

SCALE = 1.6
_PDFIUM = threading.Lock()  # pdfium is not thread-safe
_SHA: dict[tuple[str, int, int], str] = {}


class PageError(Exception):
    """No such page, or no PDF for this source."""


def file_sha256(path: Path) -> str:
    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    if key not in _SHA:
        _SHA[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return _SHA[key]


def find_pdf(
    workspace: Path, corpus_dir: Path, sha: str | None, arxiv_id: str | None, path: str | None
) -> Path | None:
    """The cached or local PDF whose sha256 is `sha`; never a file with other content."""
    if not sha:
        return None
    candidates: list[Path] = []
    if arxiv_id:
        with contextlib.suppress(ValueError):  # an id the fetcher would not accept
            candidates.append(corpus_dir / parse_arxiv_id(arxiv_id).key / "paper.pdf")
    if path:
        p = Path(path)
        candidates += [p] if p.is_absolute() else [workspace / p, Path.cwd() / p]
    if corpus_dir.is_dir():  # a paper cached under another key
        candidates += [
            f.parent / "paper.pdf"
            for f in corpus_dir.glob("*/sha256")
            if f.read_text().strip() == sha
        ]
    for c in candidates:
        if c.is_file() and c.suffix.lower() == ".pdf" and file_sha256(c) == sha:
            return c
    return None


def cache_path(cache_dir: Path, sha: str, page: int, quote: str | None) -> Path:
    q = hashlib.sha256((quote or "").encode()).hexdigest()[:12]
    return cache_dir / "pages" / f"{sha[:24]}-p{page}-{q}-{int(SCALE * 100)}.png"


def page_png(pdf: Path, page: int, quote: str | None, out: Path) -> tuple[bytes, int]:
    """Render the page to `out` (the cache) with the quote highlighted; returns the PNG and
    the number of highlighted characters."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    with _PDFIUM:
        doc = pdfium.PdfDocument(str(pdf))
        try:
            if not 1 <= page <= len(doc):
                raise PageError(f"page {page} is not in the PDF ({len(doc)} pages)")
            pg = doc[page - 1]
            height = pg.get_height()
            image = pg.render(scale=SCALE).to_pil().convert("RGB")
            rects, nchars = quote_rects(pg, quote) if quote else ([], 0)
        finally:
            doc.close()
    if rects:
        overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        for left, bottom, right, top in rects:
            box = (
                left * SCALE - 2,
                (height - top) * SCALE - 2,
                right * SCALE + 2,
                (height - bottom) * SCALE + 2,
            )
            draw.rectangle(box, fill=(255, 214, 0, 110), outline=(214, 120, 0, 255), width=2)
        image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    buf = io.BytesIO()
    image.save(buf, "PNG", compress_level=3)
    data = buf.getvalue()
    atomic_write_bytes(out, data)
    return data, nchars


def _page_chars(textpage) -> list[str]:  # type: ignore[no-untyped-def]
    import pypdfium2.raw as raw

    return [chr(raw.FPDFText_GetUnicode(textpage.raw, i)) for i in range(textpage.count_chars())]


def match_quote(chars: list[str], quote: str) -> list[int]:
    """Indices of the page characters that make up the quote, [] if it is not on the page.

    Both sides are normalised like the reader does and compared without whitespace, so line
    breaks, generated spaces and hyphens at line ends do not matter."""
    text: list[str] = []
    index: list[int] = []
    n = len(chars)
    i = 0
    while i < n:
        c = chars[i]
        if c.isspace() or c in "\x00\x02\ufffe":
            i += 1
            continue
        if c in "-\u00ad" and text and text[-1].isalnum():
            j = i + 1
            saw_break = False
            while j < n and (chars[j].isspace() or chars[j] in "\x00\x02"):
                saw_break = saw_break or chars[j] in "\r\n"
                j += 1
            if saw_break and j < n and chars[j].isalnum():
                i = j  # hyphenation at a line break, as the reader removes it
                continue
        rep = LIGATURES.get(c) or unicodedata.normalize("NFKC", c).translate(QUOTE_CHARS)
        for ch in rep:
            if not ch.isspace():
                text.append(ch)
                index.append(i)
        i += 1
    hay = "".join(text)
    needle = "".join(flat(quote).split())
    if not needle:
        return []
    pos = hay.find(needle)
    if pos < 0:
        pos = hay.lower().find(needle.lower())
    if pos < 0:
        return []
    return sorted(set(index[pos : pos + len(needle)]))


def quote_rects(page, quote: str) -> tuple[list[tuple[float, float, float, float]], int]:  # type: ignore[no-untyped-def]
    """One rectangle per line of the quote, in PDF points (left, bottom, right, top)."""
    tp = page.get_textpage()
    try:
        hits = match_quote(_page_chars(tp), quote)
        boxes = [tp.get_charbox(i) for i in hits]
    finally:
        tp.close()
    lines: list[list[float]] = []
    for left, bottom, right, top in boxes:
        if right - left <= 0 or top - bottom <= 0:
            continue
        mid = (top + bottom) / 2
        for ln in lines:
            if ln[1] <= mid <= ln[3] and left >= ln[0] - 30:
                ln[0], ln[1] = min(ln[0], left), min(ln[1], bottom)
                ln[2], ln[3] = max(ln[2], right), max(ln[3], top)
                break
        else:
            lines.append([left, bottom, right, top])
    return [(a, b, c, d) for a, b, c, d in lines], len(hits)
