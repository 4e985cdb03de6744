"""Benchmark lexicon screening on a search export (default: the shared 14,849-record dev file).

Prints: the screener alone (records/s), a first `curate screen` (new process, empty ledger),
a re-screen of the unchanged file, a re-screen of the file grown by 5%, and peak RSS.
"""

from __future__ import annotations

import json
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "search-results-dev.jsonl"
sys.path.insert(0, str(ROOT / "scripts"))

from benchutil import curate, scratch_workspace  # noqa: E402


def parity(records: list, tmp: Path) -> None:
    """The same records exported as RIS, BibTeX and CSV must get the same decisions."""
    import csv

    import rispy

    from agent.screen.records import read_records
    from agent.screen.screeners import LexiconScreener

    ris, bib, csv_path = tmp / "r.ris", tmp / "r.bib", tmp / "r.csv"
    ris.write_text(
        rispy.dumps(
            [
                {
                    "type_of_reference": "JOUR",
                    "title": r.title,
                    "abstract": r.abstract,
                    "year": str(r.year or ""),
                    "urls": [f"https://arxiv.org/abs/{r.arxiv_id}"],
                }
                for r in records
            ]
        )
    )
    bib.write_text(
        "\n".join(
            f"@article{{r{i},\n  title = {{{r.title}}},\n  abstract = {{{r.abstract}}},\n"
            f"  eprint = {{{r.arxiv_id}}},\n  archivePrefix = {{arXiv}}\n}}\n"
            for i, r in enumerate(records)
        )
    )
    with csv_path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Title", "Abstract", "Year", "URL"])
        for r in records:
            w.writerow([r.title, r.abstract, r.year or "", f"https://arxiv.org/abs/{r.arxiv_id}"])
    s = LexiconScreener()
    base = {r.arxiv_id: s.screen(r).decision for r in records}
    for path in (ris, bib, csv_path):
        got = read_records(path)
        same = sum(base.get(r.arxiv_id) == s.screen(r).decision for r in got.records)
        print(
            f"format parity {path.suffix:5s}: {len(got.records)} records read, "
            f"{len(got.errors)} errors, {same} same decisions as JSONL"
        )


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        # the development data lives beside the repository, not in it: a bare clone skips
        print(f"skipped: {path} not found (pass a search export: bench_screen.py FILE.jsonl)")
        return
    tmp, ws = scratch_workspace("curate-bench-screen-")

    sys.path.insert(0, str(ROOT))
    from agent.screen.records import read_records
    from agent.screen.screeners import make_screener
    from agent.store import Store

    records = read_records(path).records
    # as `curate screen` builds it: with the registry's papers for the relevance score
    s = make_screener("lexicon", None, registry=Store(ROOT / "registry" / "models").load_all())
    t = time.perf_counter()
    for r in records:
        s.screen(r)
    alone = time.perf_counter() - t
    print(f"records: {len(records)}")
    print(f"lexicon screener alone:   {len(records) / alone:8.0f} records/s  target >= 2000")

    first, out = curate(ws, "screen", str(path))
    print(
        f"first screen (process):   {first:8.2f} s = {len(records) / first:.0f} records/s "
        f"end to end (decided {out['decided']})"
    )
    again, out = curate(ws, "screen", str(path))
    print(
        f"re-screen, unchanged:     {again:8.2f} s ({again / first:.0%} of the first run; "
        f"decided {out['decided']}, changed {len(out['changes'])})"
    )
    grown = tmp / "grown.jsonl"
    lines = path.read_text().splitlines()
    extra = []
    for i, ln in enumerate(lines[: len(lines) // 20]):  # new papers: other ids and titles
        rec = json.loads(ln)
        title = " ".join(reversed(rec["title"].split())) + f" (follow-up {i})"
        extra.append(json.dumps({**rec, "arxiv_id": f"9{i % 1000:03d}.{i:05d}", "title": title}))
    grown.write_text("\n".join(lines + extra) + "\n")
    more, out = curate(ws, "screen", str(grown))
    print(
        f"re-screen, grown by 5%:   {more:8.2f} s (decided {out['decided']}, duplicates "
        f"removed {out['prisma']['duplicates_removed']})"
    )
    parity(records, tmp)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS of the screen processes: {peak:.0f} MB")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
