"""Draw evals/train/search-a.jsonl and search-b.jsonl: the rest of the shared search file's
cell- and omics-level records, as training data for the learned word signal.

Real arXiv abstracts are the text `curate` meets, and the training corpus had few of them (the
development sets' tune halves). Every record of ../shared/data/search-results-dev.jsonl that is
in neither development set (search-dev, search-fresh) and whose title or abstract matches the
search-fresh draw's cell/omics QUERY is taken (about a hundred: proteins, pathology, bioimages,
DNA models, biomedical agents, and words like "tissue" or "genome" in other senses), sorted by
id and dealt alternately into two sets. No text is copied: a row names its source
(`"from": "search"`) as the development sets' rows do, and the text is read from ../shared when
the signal is trained or a set is scored.

The gold (`search-a.gold.json`, `search-b.gold.json`) was written by helper sessions from each
abstract against the SPEC vocabularies, only where the vocabulary fits (evals/README.md says how).

    python scripts/build_search_train.py [../shared]     # write the two .jsonl files
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_fresh_devset import QUERY  # noqa: E402  (the search-fresh draw's cell/omics query)

SETS = ("search-a", "search-b")


def draw(shared: Path) -> list[dict]:
    """Records of the shared search file in no development set whose title or abstract
    matches QUERY, sorted by id."""
    taken = set()
    for name in ("search-dev", "search-fresh"):
        for line in (ROOT / "evals" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                taken.add(json.loads(line)["id"])
    out = []
    with (shared / "data" / "search-results-dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["arxiv_id"] not in taken and QUERY.search(
                f"{r['title']} {r.get('abstract') or ''}"
            ):
                out.append(r)
    return sorted(out, key=lambda r: r["arxiv_id"])


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shared = Path(args[0]) if args else ROOT.parent / "shared"
    drawn = draw(shared)
    for i, name in enumerate(SETS):
        rows = [
            {"id": r["arxiv_id"], "from": "search", "split": "tune", "screen": "exclude"}
            for r in drawn[i :: len(SETS)]
        ]
        path = ROOT / "evals" / "train" / f"{name}.jsonl"
        path.write_text("".join(json.dumps(x) + "\n" for x in rows), encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(rows)} records")


if __name__ == "__main__":
    main()
