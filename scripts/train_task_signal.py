"""Train the lexicon's learned task signal (agent/extract/learned.py) and write its weights.

Training data: the training corpus (`evals/train/*.jsonl`, abstracts written for it, all gold)
and the **tune** halves of the development sets (`evals/`; their texts from ../shared where they
live there). A held-out half is never read. One logistic regression per task (scikit-learn,
class-balanced, C=4) on the layout of `learned.features`.

    python scripts/train_task_signal.py            # write agent/extract/task_signal.json
    python scripts/train_task_signal.py --cv       # leave-one-set-out: lexicon vs lexicon + signal

`--cv` trains on every set but one and scores the one left out (tasks agreement as `curate
eval extract` counts it), for the lexicon alone and with the tasks the signal adds at each
threshold: that is how the threshold was chosen.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent.devsets import SharedDataMissing, shared_root  # noqa: E402
from agent.evaluate import (  # noqa: E402
    DEV_SETS,
    EVALS_DIR,
    _paper,
    load_gold,
    load_texts,
    set_agrees,
)
from agent.extract.learned import WEIGHTS, features, front_sentences, probability  # noqa: E402
from agent.extract.lexicon import SECTION_WEIGHT, LexiconExtractor, sentences  # noqa: E402
from agent.vocab import Task  # noqa: E402

C = 4.0
THRESHOLD = 0.9
VERSION = "task-signal-5"


def records(shared: Path | None) -> list[dict]:
    rows = []
    for path in sorted((EVALS_DIR / "train").glob("*.jsonl")):
        gold = load_gold(path.with_suffix(".gold.json"))
        for r in load_texts(path):
            if r["id"] in gold:
                rows.append({**r, "set": path.stem, "gold": gold[r["id"]]})
    for name, (texts, gold_file) in DEV_SETS.items():
        gold = load_gold(EVALS_DIR / gold_file)
        try:
            found = load_texts(EVALS_DIR / texts, shared)
        except SharedDataMissing as e:
            sys.exit(f"{name}: {e}")
        for r in found:
            if r["split"] == "tune" and r["id"] in gold:
                rows.append({**r, "set": name, "gold": gold[r["id"]]})
    return [r for r in rows if r["gold"].get("tasks") is not None]


def embed(rows: list[dict]) -> None:
    from agent.embedding import Embedder
    from agent.settings import Settings

    enc = Embedder(Settings())
    for i, r in enumerate(rows):
        paper, _ = _paper(r["id"], r["title"], r["abstract"])
        sents = front_sentences(sentences(paper), SECTION_WEIGHT["front"])
        vecs = enc.encode([s.text for s in sents] + [" ".join(s.text for s in sents)])
        r["x"] = features([list(v) for v in vecs[:-1]], list(vecs[-1]))
        r["paper"] = paper
        if (i + 1) % 50 == 0 or i + 1 == len(rows):
            print(f"embedded {i + 1}/{len(rows)} records", file=sys.stderr)


def fit(rows: list[dict]) -> dict[str, tuple[list[float], float]]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([r["x"] for r in rows])
    out = {}
    for task in Task:
        y = [str(task) in r["gold"]["tasks"].get("req", []) for r in rows]
        if sum(y) < 3:
            continue
        m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y)
        out[str(task)] = ([float(v) for v in m.coef_[0]], float(m.intercept_[0]))
    return out


def cross_validate(rows: list[dict]) -> None:
    """Leave each set out in turn: train on the others, then score the left-out set's tasks
    with the rules alone and with the rules plus the signal at each threshold, the signal
    speaking (as in the product, `TaskSignal.added`) only where the rules found no task."""
    lex = LexiconExtractor()
    for r in rows:
        r["lex"] = {str(t) for t in lex.extract(r["paper"]).fields["tasks"].value or []}
    taus = (0.6, 0.7, 0.8, 0.9)
    print(
        f"{'left out':<18} {'n':>4} {'lexicon':>8} " + " ".join(f"{'+' + str(t):>7}" for t in taus)
    )
    table = []
    for held in sorted({r["set"] for r in rows}):
        weights = fit([r for r in rows if r["set"] != held])
        test = [r for r in rows if r["set"] == held]
        cols = [sum(set_agrees(r["gold"]["tasks"], r["lex"]) for r in test) / len(test)]
        for tau in taus:
            hits = 0
            for r in test:
                added = (
                    set()
                    if r["lex"]
                    else {t for t, w in weights.items() if probability(w, r["x"]) >= tau}
                )
                hits += set_agrees(r["gold"]["tasks"], r["lex"] | added)
            cols.append(hits / len(test))
        table.append(cols)
        print(f"{held:<18} {len(test):>4} " + " ".join(f"{c:>8.2f}" for c in cols))
    means = [sum(c[i] for c in table) / len(table) for i in range(len(taus) + 1)]
    ups = [sum(c[i + 1] > c[0] + 1e-9 for c in table) for i in range(len(taus))]
    downs = [sum(c[i + 1] < c[0] - 1e-9 for c in table) for i in range(len(taus))]
    print(f"{'mean':<18} {'':>4} " + " ".join(f"{m:>8.3f}" for m in means))
    print(
        f"{'sets up / down':<18} {'':>4} {'':>8} "
        + " ".join(f"{f'{u}/{d}':>7}" for u, d in zip(ups, downs, strict=True))
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out scores, write nothing")
    ap.add_argument("--shared-dir", type=Path, default=None)
    args = ap.parse_args()
    shared = shared_root(args.shared_dir)
    if shared is None:
        sys.exit("the development sets' texts need ../shared (or --shared-dir); not found")
    rows = records(shared)
    embed(rows)
    if args.cv:
        cross_validate(rows)
        return
    weights = fit(rows)
    data = {
        "version": VERSION,
        "about": "per-task logistic regressions on all-MiniLM-L6-v2 features "
        "(agent.extract.learned.features), trained by scripts/train_task_signal.py on "
        f"{len(rows)} records: evals/train/ and the tune halves of {', '.join(DEV_SETS)}",
        "threshold": THRESHOLD,
        "tasks": {
            t: {"coef": [round(v, 6) for v in w], "intercept": round(b, 6)}
            for t, (w, b) in weights.items()
        },
    }
    WEIGHTS.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS} ({len(weights)} tasks, {len(rows)} records)")


if __name__ == "__main__":
    main()
