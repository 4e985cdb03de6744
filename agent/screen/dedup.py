"""Duplicate merging within a batch and against the registry: same arXiv id (any version),
same DOI, or near-identical title (fuzzy, year-tolerant), e.g. a preprint and its published
version. The kept record takes over the others' identifiers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from agent.schema import Entry
from agent.screen.records import Record, norm_title

TITLE_SIMILARITY = 95.0
YEAR_TOLERANCE = 1


@dataclass
class DedupResult:
    kept: list[Record]
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)  # (dropped, kept, why)
    in_registry: dict[str, str] = field(default_factory=dict)  # record key -> entry id


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)  # the earlier record is kept
        return True


def _blocks(normed: str) -> list[str]:
    words = normed.split()
    long = sorted((w for w in words if len(w) > 3), key=lambda w: (-len(w), w))[:3]
    return [" ".join(words[:3]), " ".join(sorted(long))] if words else []


def dedup(records: list[Record], registry: list[Entry] | None = None) -> DedupResult:
    uf = _UnionFind(len(records))
    titles = [norm_title(r.title) for r in records]
    why: dict[tuple[int, int], str] = {}
    seen: dict[str, int] = {}
    for i, r in enumerate(records):
        for k, label in (
            (r.arxiv_id and f"a:{r.arxiv_id}", "same arXiv id"),
            (r.doi and f"d:{r.doi.lower()}", "same DOI"),
            (r.pmid and f"p:{r.pmid}", "same PMID"),
            (f"t:{titles[i]}", "identical title"),
        ):
            if not k:
                continue
            if k in seen and uf.union(seen[k], i):
                why[(seen[k], i)] = label
            seen.setdefault(k, i)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(titles):
        for b in _blocks(t):
            blocks[b].append(i)
    for members in blocks.values():
        if len(members) < 2 or len(members) > 200:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if uf.find(i) == uf.find(j):
                    continue
                ra, rb = records[i], records[j]
                if ra.year and rb.year and abs(ra.year - rb.year) > YEAR_TOLERANCE:
                    continue
                if ra.arxiv_id and rb.arxiv_id and ra.arxiv_id != rb.arxiv_id:
                    continue  # two different preprints
                if fuzz.ratio(titles[i], titles[j]) >= TITLE_SIMILARITY:
                    uf.union(i, j)
                    why[(i, j)] = "near-identical title"
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        groups[uf.find(i)].append(i)
    res = DedupResult(kept=[])
    for root, members in sorted(groups.items()):
        if len(members) == 1:
            res.kept.append(records[root])
            continue
        keep = records[root].model_copy(deep=True)
        for m in members:
            if m == root:
                continue
            r = records[m]
            keep.arxiv_id = keep.arxiv_id or r.arxiv_id
            keep.doi = keep.doi or r.doi
            keep.pmid = keep.pmid or r.pmid
            keep.venue = keep.venue or r.venue
            if len(r.abstract) > len(keep.abstract):
                keep.abstract = r.abstract
            keep.merged.append(r.origin)
            reason = why.get((root, m)) or why.get((min(root, m), max(root, m))) or "same paper"
            res.duplicates.append((r.origin, records[root].origin, reason))
        res.kept.append(keep)
    if registry:
        by_id = {e.arxiv_id: e.id for e in registry if e.arxiv_id}
        by_doi = {e.doi.lower(): e.id for e in registry if e.doi}
        by_title = {norm_title(n): e.id for e in registry for n in (e.name, *e.aliases)}
        for r in res.kept:
            hit = (
                by_id.get(r.arxiv_id or "")
                or by_doi.get((r.doi or "").lower())
                or by_title.get(norm_title(r.title))
            )
            if hit:
                res.in_registry[r.key] = hit
    return res
