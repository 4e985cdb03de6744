"""Relevance of a record to the registry: TF-IDF similarity to the registry's own papers (the
survey's 58 models and every accepted entry: the registry is the training set, and it grows),
and the relevance score a screening decision carries so that a reviewer reads the likeliest
records first. Pure Python and sparse: it costs little next to reading the records."""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

TOKEN = re.compile(r"[a-z][a-z0-9]+(?:-[a-z0-9]+)*")
_STOP_WORDS = (
    "the and for with from that this these those into using use used via are was were has have "
    "its their our can also such than then which while based between across over under more "
    "most new two one all each other both not but may might been being per within without "
    "study paper work approach method methods model models data results show shows propose "
    "proposed present presents introduce introduces novel task tasks large language"
)
STOP = frozenset(_STOP_WORDS.split())
#: a model name distinctive enough to signal the model when a text names it: CamelCase or a
#: digit after the first letter (scGPT, CellFM, C2S-Scale), or long (Geneformer); not "Pilot"
DISTINCTIVE = re.compile(r"^(?=.{4,})(?:.+[A-Z0-9].*|[A-Za-z-]{8,})$")
#: fields of an entry whose text describes the paper (identity and gold-free descriptions)
ENTRY_FIELDS = ("name", "primary_task", "grounding_note")


def tokens(text: str) -> list[str]:
    return [t for t in TOKEN.findall(text.lower()) if t not in STOP and len(t) > 2]


def entry_text(entry: Any) -> str:
    """What the registry knows about a model's paper: name, task, notes, source cells, and the
    evidence quotes accepted from the paper itself."""
    parts = [str(getattr(entry, f, "") or "") for f in ENTRY_FIELDS]
    parts += [str(v) for v in (getattr(entry, "source_text", None) or {}).values()]
    for quotes in (getattr(entry, "evidence", None) or {}).values():
        parts += [q.quote for q in quotes if len(q.quote) > 20]
    return " ".join(parts)


class RegistryProfile:
    """Max cosine (TF-IDF, sublinear tf) between a text and any registry paper."""

    def __init__(self, docs: dict[str, str]):
        self.ids = sorted(docs)
        toks = {i: Counter(tokens(docs[i])) for i in self.ids}
        n = len(self.ids)
        df = Counter(t for c in toks.values() for t in c)
        self.idf = {t: math.log((n + 1) / (d + 1)) + 1.0 for t, d in df.items()}
        self.unseen_idf = math.log(n + 1) + 1.0
        self.postings: dict[str, list[tuple[str, float]]] = {}
        for i, c in toks.items():
            vec = {t: (1 + math.log(k)) * self.idf[t] for t, k in c.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            for t, v in vec.items():
                self.postings.setdefault(t, []).append((i, v / norm))
        self.digest = hashlib.sha256(
            "\n".join(f"{i}\t{docs[i]}" for i in self.ids).encode()
        ).hexdigest()[:8]
        self.leave_out: frozenset[str] = frozenset()
        self.keys: dict[str, set[str]] = {}
        self.names_rx: re.Pattern[str] | None = None
        self.names: frozenset[str] = frozenset()  # the distinctive names names_rx finds

    @classmethod
    def from_entries(cls, entries: Iterable[Any]) -> RegistryProfile:
        entries = list(entries)
        prof = cls({e.id: entry_text(e) for e in entries})
        names: set[str] = set()
        for e in entries:
            aliases = [getattr(e, "name", None), *(getattr(e, "aliases", None) or [])]
            for key in (e.id, getattr(e, "arxiv_id", None), *aliases):
                if key:
                    prof.keys.setdefault(str(key).lower(), set()).add(e.id)
            names |= {a for a in aliases if a and DISTINCTIVE.match(a)}
        prof.names = frozenset(names)
        if names:
            alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            prof.names_rx = re.compile(rf"(?<![\w-])(?:{alts})(?![\w])")
        return prof

    def mentions(self, text: str) -> list[str]:
        """Registry models the text names (distinctive names only: CamelCase, digits, or long),
        other than the ones left out."""
        if self.names_rx is None:
            return []
        found = []
        for m in self.names_rx.finditer(text):
            ids = self.keys.get(m.group(0).lower(), set())
            if ids - self.leave_out and m.group(0) not in found:
                found.append(m.group(0))
        return found

    def entries_of(self, key: str, title: str = "") -> frozenset[str]:
        """Registry entries that are this record (by id, arXiv id, or a name in its title):
        an eval leaves them out so that a record is never similar to itself."""
        out = set(self.keys.get(key.lower(), ()))
        words = set(re.findall(r"[\w-]+", title.lower()))
        for name, ids in self.keys.items():
            if name in words:
                out |= ids
        return frozenset(out)

    def similarity(self, text: str) -> tuple[float, str | None]:
        """(best cosine in [0, 1], the registry id it was reached with)."""
        c = Counter(tokens(text))
        if not c or not self.ids:
            return 0.0, None
        vec = {t: (1 + math.log(k)) * self.idf.get(t, self.unseen_idf) for t, k in c.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        acc: dict[str, float] = {}
        for t, v in vec.items():
            for i, w in self.postings.get(t, ()):
                acc[i] = acc.get(i, 0.0) + v * w
        for i in self.leave_out:
            acc.pop(i, None)
        if not acc:
            return 0.0, None
        best = max(acc, key=lambda i: acc[i])
        return round(acc[best] / norm, 4), best


#: decisions order the ranking first; within a decision, the evidence does
BASE = {"include": 0.6, "maybe": 0.3, "exclude": 0.0}


def relevance(decision: str, lexical: float, similarity: float) -> float:
    """A score in [0, 1]: the decision's band, and within it lexical and registry evidence."""
    mix = 0.5 * min(1.0, lexical) + 0.5 * min(1.0, similarity)
    return round(BASE[decision] + (0.4 if decision == "include" else 0.3) * mix, 4)
