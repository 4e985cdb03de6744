"""Cleaning the text of real PDFs, page by page, before anything reads it.

Real papers carry more than their prose: line numbers of manuscripts, running headers and
footers (journal lines, page numbers, licence and preprint banners), glyphs that the PDF's font
did not map to text (ligatures and dashes as control characters), and URLs or words broken at
the end of a line. Everything here works from how PDFs are typeset, never from a particular
paper.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

# TeX's T1 (Cork) encoding puts these glyphs in the control range; a PDF whose font has no
# ToUnicode entry for them yields the raw codes. Used only for documents that show the
# ligature codes (0x1b-0x1f) inside words.
T1_CONTROL = {
    "\x10": '"',
    "\x11": '"',
    "\x12": '"',
    "\x13": '"',
    "\x14": '"',
    "\x15": "-",
    "\x16": "-",
    "\x17": "",
    "\x1b": "ff",
    "\x1c": "fi",
    "\x1d": "fl",
    "\x1e": "ffi",
    "\x1f": "ffl",
}
T1_TABLE = {ord(k): v for k, v in T1_CONTROL.items()}
LIGATURE_CANDIDATES = ("fi", "fl", "ff", "ffi", "ffl")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\uf8ff\ufffd]")


@dataclass
class CleanReport:
    """What cleaning removed, for the run record and for checks on quotes."""

    line_numbers: int = 0
    furniture: list[str] = field(default_factory=list)  # running headers/footers removed
    glyphs_mapped: int = 0


# ---------------------------------------------------------------------------- glyphs


@lru_cache(maxsize=1)
def _speller():  # type: ignore[no-untyped-def]
    try:
        from spellchecker import SpellChecker
    except ImportError:  # optional: without it, unknown ligatures read as "fi"
        return None
    return SpellChecker(distance=1)


def _known(words: set[str], vocabulary: Counter[str]) -> set[str]:
    found = {w for w in words if vocabulary.get(w)}
    sp = _speller()
    if sp is not None:
        found |= set(sp.known(words))
    return found


def _resolve_unknown_ligature(word: str, vocabulary: Counter[str]) -> str:
    """`arti\\x00cial` -> `artificial`: try each ligature; prefer a real word, then a real
    word after the glyph (`work?ow` -> `flow`), then `fi`, the commonest ligature."""
    parts = word.split("\x00")
    if len(parts) != 2:
        return word.replace("\x00", "fi")
    pre, post = parts
    options = {lig: f"{pre}{lig}{post}" for lig in LIGATURE_CANDIDATES}
    low = {lig: w.lower() for lig, w in options.items()}
    known = _known(set(low.values()), vocabulary)
    for lig in LIGATURE_CANDIDATES:
        if low[lig] in known:
            return options[lig]
    tails = {lig: (lig + post).lower() for lig in LIGATURE_CANDIDATES}
    known = _known(set(tails.values()), vocabulary) if post else set()
    for lig in LIGATURE_CANDIDATES:
        if tails[lig] in known:
            return options[lig]
    return options["fi"]


def map_glyphs(pages: list[str], report: CleanReport) -> list[str]:
    joined = "".join(pages)
    t1 = len(re.findall(r"[a-z][\x1b-\x1f][a-z]|\b[\x1b-\x1f][a-z]", joined)) >= 2
    unknown = "\x00" in joined
    if not t1 and not unknown and not CONTROL.search(joined):
        return pages
    vocabulary: Counter[str] = Counter(w.lower() for w in re.findall(r"[A-Za-z]{3,}", joined))
    out = []
    for text in pages:
        n = len(CONTROL.findall(text))
        if t1:
            text = text.translate(T1_TABLE)
        if unknown:
            text = re.sub(
                r"[A-Za-z]*\x00[A-Za-z]*",
                lambda m: _resolve_unknown_ligature(m.group(0), vocabulary),
                text,
            )
        text = CONTROL.sub("", text)
        report.glyphs_mapped += n
        out.append(text)
    return out


# ---------------------------------------------------------------------------- line numbers

TRAILING_NUM = re.compile(r"^(?P<body>.*?\S)\s?(?P<n>\d{1,4})$")
LEADING_NUM = re.compile(r"^(?P<n>\d{1,4})\s?(?P<body>\S.*)$")


def _chain(numbers: list[int | None]) -> set[int]:
    """Indices of the longest run of line numbers counting up by one (lines without a number,
    such as equations or headings, may sit in between)."""
    best: list[int] = []
    for i, n in enumerate(numbers):
        if n is None:
            continue
        run, expect = [i], n + 1
        for j in range(i + 1, len(numbers)):
            m = numbers[j]
            if m == expect:
                run.append(j)
                expect += 1
            elif m is not None and j - run[-1] > 3:
                break
        if len(run) > len(best):
            best = run
        if len(best) > len(numbers) // 2:
            break
    return set(best)


def strip_line_numbers(lines: list[str], report: CleanReport) -> list[str]:
    """Remove manuscript line numbers: a number at the end (or start) of most lines that
    counts up by one down the page."""
    for rx in (TRAILING_NUM, LEADING_NUM):
        nums: list[int | None] = []
        for ln in lines:
            m = rx.match(ln.strip())
            nums.append(int(m.group("n")) if m else None)
        chain = _chain(nums)
        text_lines = sum(1 for ln in lines if len(ln.strip()) > 20)
        if len(chain) >= 5 and len(chain) >= 0.4 * max(1, text_lines):
            report.line_numbers += len(chain)
            out = []
            for i, ln in enumerate(lines):
                m = rx.match(ln.strip()) if i in chain else None
                out.append(m.group("body") if m else ln)
            return out
    return lines


# ---------------------------------------------------------------------------- page furniture

EDGE = 4  # lines at the top and the bottom of a page that may be headers or footers
PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$|^[-\u2013(]?\s*\d{1,4}\s*[-\u2013)]?$", re.I
)
BANNER = re.compile(
    r"\b(?:preprint|cc[- ]by|licen[cs]e|copyright|all rights reserved|not certified by peer"
    r"|peer review|author/funder|downloaded from|terms and conditions|creative commons)\b",
    re.I,
)


def _key(line: str) -> str:
    """A line with its digits folded, so `Page 3` and `Page 4` are the same running footer."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


def strip_furniture(pages: list[list[str]], report: CleanReport) -> list[list[str]]:
    """Drop running headers and footers: lines near the top or bottom of a page that repeat
    (digits folded) on many pages; bare page numbers there; and licence/preprint banners that
    repeat anywhere on the page."""
    n = len(pages)
    edge_counts: Counter[str] = Counter()
    any_counts: Counter[str] = Counter()
    for lines in pages:
        edge = {_key(ln) for ln in lines[:EDGE] + lines[-EDGE:] if ln.strip()}
        edge_counts.update(edge)
        any_counts.update({_key(ln) for ln in lines if ln.strip()})
    need = max(3, int(0.3 * n)) if n >= 3 else n + 1
    running = {k for k, c in edge_counts.items() if c >= need and len(k) > 2}
    banners = {k for k, c in any_counts.items() if c >= need and BANNER.search(k) and len(k) > 20}
    out = []
    seen: set[str] = set()
    for lines in pages:
        keep = []
        for i, ln in enumerate(lines):
            k = _key(ln)
            at_edge = i < EDGE or i >= len(lines) - EDGE
            if (at_edge and (k in running or PAGE_NUMBER.match(ln.strip()))) or k in banners:
                if k not in seen and len(k) > 8:
                    seen.add(k)
                    report.furniture.append(ln.strip())
                continue
            keep.append(ln)
        out.append(keep)
    return out


# ---------------------------------------------------------------------------- URLs and lines

URL_END = re.compile(r"(https?://\S+|www\.\S+)$")
URL_TAIL = re.compile(r"^[\w\-./~%#?=&+]+")


def join_split_urls(lines: list[str]) -> list[str]:
    """`https://github.com/lab/` + `model-name` on the next line -> one URL."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = URL_END.search(ln.rstrip())
        if m and i + 1 < len(lines):
            url = m.group(1)
            nxt = lines[i + 1].lstrip()
            tail = URL_TAIL.match(nxt)
            # a URL broken inside its path: it ends at a separator, or the next line goes on
            # with one; a URL ending a sentence (".") is complete
            breaks = url.endswith(("/", "-", "_", "=", "?", "&", "%", "~")) or bool(
                re.match(r"[/\-_.~][\w]", nxt)
            )
            if tail and breaks and re.search(r"[A-Za-z0-9]", tail.group(0)):
                out.append(ln.rstrip() + nxt)
                i += 2
                continue
        out.append(ln)
        i += 1
    return out


def hyphenated_words(pages: list[str]) -> set[str]:
    """Words a paper writes with a hyphen inside a line (`single-cell`): kept hyphenated when
    a line break splits them at that hyphen."""
    return {m.lower() for m in re.findall(r"\b[A-Za-z]+-[A-Za-z]+\b", " ".join(pages))}


def join_hyphenation(text: str, keep: set[str]) -> str:
    def rep(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        whole = f"{a}-{b}".lower()
        return f"{a}-{b}" if whole in keep else f"{a}{b}"

    return re.sub(r"([A-Za-z]+)-[ \t]*\n[ \t]*([a-z][A-Za-z]*)", rep, text)


def clean_pages(raw: list[str]) -> tuple[list[str], CleanReport]:
    """Raw page texts -> cleaned page texts (line structure kept) and what was removed."""
    report = CleanReport()
    texts = map_glyphs(raw, report)
    pages = [strip_line_numbers(t.split("\n"), report) for t in texts]
    pages = strip_furniture(pages, report)
    pages = [join_split_urls(lines) for lines in pages]
    texts = ["\n".join(lines) for lines in pages]
    keep = hyphenated_words(texts)
    return [join_hyphenation(t, keep) for t in texts], report
