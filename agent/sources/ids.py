"""Paper identifiers: arXiv ids and DOIs (incl. bioRxiv/medRxiv and doi.org URLs), parsed and
checked before any network call. An id that cannot exist (month 13, `2504.0469`, `v0`) is
rejected here, so it never costs a request."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from pydantic import BaseModel

from agent.errors import InputError

NEW_ID = re.compile(r"^(\d{2})(\d{2})\.(\d{4,5})(v\d+)?$")
OLD_ID = re.compile(r"^([a-z\-]+(?:\.[A-Z]{2})?)/(\d{2})(\d{2})(\d{3})(v\d+)?$")
ARXIV_URL = re.compile(
    r"^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(.+?)(?:\.pdf)?/?$", re.I
)
ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.I)
DOI = re.compile(r"^10\.\d{4,9}/\S+$")
DOI_URL = re.compile(r"^https?://(?:dx\.)?doi\.org/(.+)$", re.I)
#: biorxiv.org / medrxiv.org content URLs: /content/<doi>[vN][.full|.full.pdf|.abstract…]
RXIV_URL = re.compile(
    r"^https?://(?:www\.)?(biorxiv|medrxiv)\.org/(?:content|cgi/content/short)/"
    r"(?:early/\d{4}/\d{2}/\d{2}/)?(10\.\d{4,9}/[^?#\s]+?)(v\d+)?"
    r"(?:\.(?:full(?:\.pdf|-text)?|abstract|article-info|article-metrics|supplementary-material))?"
    r"/?(?:[?#].*)?$",
    re.I,
)
EXAMPLES = (
    "expected e.g. 2504.04698, 2504.04698v2, arXiv:2504.04698, https://arxiv.org/abs/2504.04698 "
    "or q-bio/0601001"
)


class ArxivId(BaseModel):
    id: str  # without version
    version: str | None = None  # "v2"

    @property
    def key(self) -> str:
        """A file-system-safe key for corpus/."""
        return self.id.replace("/", "_")

    def __str__(self) -> str:
        return self.id + (self.version or "")


class DoiRef(BaseModel):
    doi: str  # lower case (DOIs are case-insensitive)
    version: str | None = None  # "v2", from a bioRxiv/medRxiv URL
    server: str | None = None  # "biorxiv" | "medrxiv" when the URL says so

    @property
    def key(self) -> str:
        return "doi-" + re.sub(r"[^a-z0-9._-]", "_", self.doi)

    def __str__(self) -> str:
        return self.doi + (self.version or "")


def _impossible(text: str, why: str) -> InputError:
    return InputError(f"{text!r} is not an arXiv id: {why}")


def _check_version(text: str, version: str | None) -> None:
    if version and int(version[1:]) < 1:
        raise _impossible(text, f"versions start at v1, not {version}")


def _check_new(text: str, yy: str, mm: str, num: str) -> None:
    yymm = int(yy + mm)
    if not 1 <= int(mm) <= 12:
        raise _impossible(text, f"{mm} is not a month (new-style ids are YYMM.NNNNN)")
    if yymm < 704:
        raise _impossible(text, "new-style ids start in April 2007 (0704.xxxx)")
    today = datetime.now(UTC)
    if yymm > int(today.strftime("%y%m")) + (89 if today.month == 12 else 1):
        raise _impossible(text, f"{yy}{mm} is in the future")
    if yymm >= 1501 and len(num) != 5:
        raise _impossible(text, f"since 2015 ids have 5 digits after the dot ({yy}{mm}.NNNNN)")
    if yymm < 1501 and len(num) != 4:
        raise _impossible(text, f"before 2015 ids have 4 digits after the dot ({yy}{mm}.NNNN)")
    if int(num) == 0:
        raise _impossible(text, "paper numbers start at 1")


def _check_old(text: str, yy: str, mm: str, num: str) -> None:
    year = int(yy) + (1900 if int(yy) >= 91 else 2000)
    if not 1 <= int(mm) <= 12:
        raise _impossible(text, f"{mm} is not a month (old-style ids are archive/YYMMNNN)")
    if not (1991 <= year <= 2007) or (year == 2007 and int(mm) > 3):
        raise _impossible(text, "old-style ids run from 1991 to March 2007")
    if int(num) == 0:
        raise _impossible(text, "paper numbers start at 1")


def parse_arxiv_id(text: str) -> ArxivId:
    """Accept 2504.04698, 2504.04698v2, arXiv:2504.04698, abs/pdf URLs, 10.48550/arXiv DOIs and
    old-style ids; reject strings that are not ids and ids that cannot exist."""
    s = text.strip()
    m = ARXIV_URL.match(s)
    if m:
        s = m.group(1)
    s = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", s, flags=re.I)
    m = ARXIV_DOI.match(s)
    if m:
        s = m.group(1)
    s = re.sub(r"^arxiv:", "", s, flags=re.I)
    m = NEW_ID.match(s)
    if m:
        _check_new(text, m.group(1), m.group(2), m.group(3))
        _check_version(text, m.group(4))
        return ArxivId(id=f"{m.group(1)}{m.group(2)}.{m.group(3)}", version=m.group(4))
    m = OLD_ID.match(s)
    if m:
        _check_old(text, m.group(2), m.group(3), m.group(4))
        _check_version(text, m.group(5))
        return ArxivId(id=f"{m.group(1)}/{m.group(2)}{m.group(3)}{m.group(4)}", version=m.group(5))
    raise InputError(f"{text!r} is not an arXiv id: {EXAMPLES}")


def parse_doi(text: str) -> DoiRef:
    """A DOI from `10.…`, `doi:10.…`, a doi.org URL or a biorxiv.org/medrxiv.org content URL."""
    s = text.strip()
    m = RXIV_URL.match(s)
    if m:
        return DoiRef(doi=m.group(2).lower(), version=m.group(3), server=m.group(1).lower())
    m = DOI_URL.match(s)
    if m:
        s = m.group(1)
    s = re.sub(r"^doi:\s*", "", s, flags=re.I).rstrip(".,;")
    if DOI.match(s):
        return DoiRef(doi=s.lower())
    raise InputError(
        f"{text!r} is not a DOI: expected e.g. 10.1101/2023.04.30.538439, doi:10.1038/…, "
        "https://doi.org/… or a biorxiv.org/medrxiv.org content URL"
    )


LOOKS_ARXIV = re.compile(
    r"^(?:arxiv:)?(?:\d{4}\.\d+|[a-z\-]+(?:\.[A-Z]{2})?/\d+)(?:v\d+)?$"
    r"|^https?://(?:www\.|export\.)?arxiv\.org/"
    r"|^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?10\.48550/",
    re.I,
)


def parse_ref(text: str) -> ArxivId | DoiRef:
    """What `curate add` accepts: an arXiv id (any form, incl. its 10.48550 DOI) or a DOI."""
    try:
        return parse_arxiv_id(text)
    except ValueError:
        if LOOKS_ARXIV.match(text.strip()):
            raise  # it looks like an arXiv id: say exactly what is wrong with it
    try:
        return parse_doi(text)
    except ValueError:
        pass
    raise InputError(
        f"{text!r} is not an arXiv id or a DOI: {EXAMPLES}; or a DOI such as "
        "10.1101/2023.04.30.538439, https://doi.org/… or a biorxiv.org/medrxiv.org URL"
    )
