"""A prefilter derived from the screener's own term lists: for every alternative of a rule's
regex, the literal strings one of which any match must contain. A text that contains none of
them cannot match the rule, so most records of a search export (no cell-level term at all) are
decided by one Aho-Corasick scan instead of a dozen regexes. The rules stay the one source of
truth: the literals are computed from them, never written by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product
from typing import Any

import ahocorasick_rs

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: a required literal shorter than this would pass nearly every text
MIN_LEN = 3
#: an alternative spelt more ways than this is not expanded
MAX_SET = 64

Items = list[tuple[Any, Any]]


def _exact(items: Items) -> set[str] | None:
    """Every string the items match, if they match a small finite set of literals."""
    out = {""}
    for op, av in items:
        if op is C.LITERAL:
            add: set[str] | None = {chr(av)}
        elif op is C.AT:  # \b, ^: zero-width
            continue
        elif op is C.SUBPATTERN:
            add = _exact(list(av[-1]))
        elif op is C.BRANCH:
            alts = [_exact(list(b)) for b in av[1]]
            add = None if any(a is None for a in alts) else set().union(*alts)  # type: ignore[arg-type]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            body = _exact(list(av[2]))
            add = None if body is None else body | {""}
        elif op is C.IN and all(o is C.LITERAL for o, _ in av):
            add = {chr(c) for _, c in av}
        else:
            return None
        if add is None:
            return None
        out = {a + b for a, b in product(out, add)}
        if len(out) > MAX_SET:
            return None
    return out


def _minimal(lits: set[str]) -> set[str]:
    """Drop strings that contain another one of the set (the shorter one is found anyway)."""
    return {s for s in lits if not any(o != s and o in s for o in lits)}


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two candidate sets (longest shortest literal, then fewest)."""
    ok = [s for s in (a, b) if s and min(map(len, s)) >= MIN_LEN]
    if not ok:
        return None
    return max(ok, key=lambda s: (min(map(len, s)), -len(s)))


def _required(items: Items, mark: str = "") -> set[str] | None:
    """Literals one of which every match of the items contains, or None if none is known.
    Literals that begin every match they are part of start with `mark`."""
    best: set[str] | None = None
    chain = {mark}
    for op, av in items:
        ex = _exact([(op, av)])
        if ex is not None:
            chain = {a + b for a, b in product(chain, ex)}
            if len(chain) <= MAX_SET:
                continue
            ex = None
        best = _better(best, _minimal(chain))
        chain = {""}
        if op is C.SUBPATTERN:
            best = _better(best, _required(list(av[-1])))
        elif op is C.BRANCH:
            best = _better(best, _any_of(av[1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            best = _better(best, _required(list(av[2])))
    return _better(best, _minimal(chain))


def _any_of(branches: Iterable[Any]) -> set[str] | None:
    out: set[str] = set()
    for b in branches:
        lits = _required(list(b))
        if lits is None:
            return None
        out |= lits
    return out


#: marks a literal that begins a match: with a rule tried only at word starts, the literal
#: must then begin a word too ("rna" is not in "internal", "cell" not in "excellent")
START = "\x00"


def required_literals(rx: re.Pattern[str], word_start: bool = False) -> set[str]:
    """Lower-case literals one of which every match of `rx` contains (its text lower-cased);
    with `word_start` (the rule is tried only where a word begins), a literal that begins its
    match starts with START. Raises ValueError naming an alternative for which none can be
    derived: such a term would slip past the prefilter, so it needs a literal part of 3+
    characters."""
    tree = sre_parse.parse(rx.pattern, rx.flags)
    items = list(tree)
    branches = items[0][1][1] if len(items) == 1 and items[0][0] is C.BRANCH else [tree]
    out: set[str] = set()
    for b in branches:
        lits = _required(list(b), START if word_start else "")
        if lits is None:
            raise ValueError(f"no literal of {MIN_LEN}+ characters in a term of {rx.pattern[:60]}")
        out |= {s.lower() for s in lits}
    return out


def _covered(lit: str, others: Iterable[str]) -> bool:
    """A literal another one finds whenever it is found (then it need not be searched)."""
    for o in others:
        if o == lit:
            continue
        if o.startswith(START):
            if lit.startswith(o):  # the same word start, a longer word
                return True
        elif o in lit.lstrip(START):
            return True
    return False


def automaton(patterns: list[str]) -> Any:
    """Every (overlapping) occurrence of the patterns in a text, found in one scan: a DFA (the
    fastest kind, 4x pyahocorasick's scan on an abstract; a few hundred patterns are small)."""
    if not patterns:
        return None  # the library refuses an empty list
    return ahocorasick_rs.AhoCorasick(patterns, implementation=ahocorasick_rs.Implementation.DFA)


class Prefilter:
    """`maybe(text)` is False only if no literal of the given rules (and no extra word) is in
    the lower-cased text where the rule could match it: then none of the rules can match."""

    def __init__(
        self, rules: Iterable[re.Pattern[str]], words: Iterable[str] = (), word_start=False
    ):
        lits: set[str] = set()
        for rx in rules:
            lits |= required_literals(rx, word_start)
        lits |= {START + w.lower() for w in words if w}
        self.literals = frozenset(w for w in lits if not _covered(w, lits))
        self._build()

    def _build(self) -> None:
        # the same string wanted both at a word start and anywhere: anywhere wins
        at_start = {w.lstrip(START): w.startswith(START) for w in self.literals}
        for w in self.literals:
            if not w.startswith(START):
                at_start[w] = False
        self._plain = sorted(at_start)
        self._at_start = [at_start[w] for w in self._plain]
        self._auto = automaton(self._plain)

    def maybe(self, low_text: str) -> bool:
        if self._auto is None:
            return False
        for k, i, _ in self._auto.find_matches_as_indexes(low_text, overlapping=True):
            if not self._at_start[k]:
                return True
            if i == 0 or not (low_text[i - 1].isalnum() or low_text[i - 1] == "_"):
                return True
        return False

    def __getstate__(self) -> dict[str, Any]:  # worker processes rebuild the automaton
        return {"literals": self.literals}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.literals = state["literals"]
        self._build()


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source (outside groups and character classes)."""
    out, depth, cls, i, start = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
            if pattern[i + 1 : i + 2] == "]":  # "[]...]": the first ] is literal
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


class Rules:
    """Regex rules tried at word starts on lower-cased text, each run with only those of its
    alternatives whose literals the text contains: the same matches, in the same order (an
    alternative that cannot match anywhere changes no leftmost-first match), at a fraction of
    the cost of trying a hundred alternatives at every word."""

    def __init__(self, rules: dict[str, re.Pattern[str]]):
        self.alts: dict[str, list[str]] = {}
        self.flags = {k: rx.flags & ~re.IGNORECASE for k, rx in rules.items()}
        table: dict[str, list[tuple[str, int, bool]]] = {}
        for name, rx in rules.items():
            alts = split_alternatives(rx.pattern)
            self.alts[name] = alts
            for i, alt in enumerate(alts):
                lits = required_literals(re.compile(alt, rx.flags), word_start=True)
                for lit in lits:
                    plain = lit.lstrip(START)
                    table.setdefault(plain, []).append((name, i, lit.startswith(START)))
        self._plain = sorted(table)
        self._uses = [tuple(table[w]) for w in self._plain]
        self._auto = automaton(self._plain)
        self._cache: dict[tuple[str, tuple[int, ...]], re.Pattern[str]] = {}

    def for_text(self, low_text: str) -> dict[str, re.Pattern[str]]:
        """Per rule, the regex of the alternatives that may match in the text (a rule none of
        whose alternatives may is left out)."""
        present: dict[str, set[int]] = {}
        found = self._auto.find_matches_as_indexes(low_text, overlapping=True) if self._auto else []
        for k, i, _ in found:
            boundary = i == 0 or not (low_text[i - 1].isalnum() or low_text[i - 1] == "_")
            for name, alt, at_start in self._uses[k]:
                if boundary or not at_start:
                    present.setdefault(name, set()).add(alt)
        return {name: self._compiled(name, tuple(sorted(a))) for name, a in present.items()}

    def _compiled(self, name: str, alts: tuple[int, ...]) -> re.Pattern[str]:
        key = (name, alts)
        rx = self._cache.get(key)
        if rx is None:
            if len(self._cache) > 4096:
                self._cache.clear()
            src = "|".join(self.alts[name][i] for i in alts)
            rx = self._cache[key] = re.compile(rf"\b(?:{src})", self.flags[name])
        return rx
