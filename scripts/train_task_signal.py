"""Train the lexicon's learned task signal (agent/extract/learned.py) and write its weights.

Training data: the training corpus (`evals/train/*.jsonl`, abstracts written for it, all gold)
and the **tune** halves of the development sets (`evals/`; their texts from ../shared where they
live there). A held-out half is never read. One logistic regression per task (scikit-learn,
class-balanced, C=64) on the tf-idf of the words of each record's front (the sentences
`learned.front_sentences` reads; words of two records or more, sublinear counts), written out
as each word's idf and each task's word weights, which `learned.features` applies in plain
Python.

    python scripts/train_task_signal.py            # write agent/extract/task_signal.json
    python scripts/train_task_signal.py --cv       # leave-one-set-out: lexicon vs lexicon + signal

`--cv` trains on every set but one and scores the one left out (tasks agreement as `curate
eval extract` counts it), for the lexicon alone, with the tasks the signal adds where the
rules found none at each threshold, and with those plus the tasks it adds beside the rules'
at each stricter threshold: that is how both thresholds were chosen.
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

C = 64.0
#: where the rules found no task, a task is proposed at this probability (chosen by `--cv`)
THRESHOLD = 0.8
#: beside tasks the rules found, a task is added only at this probability (chosen by `--cv`)
ADD_THRESHOLD = 0.95
VERSION = "task-signal-7"


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


def prepare(rows: list[dict]) -> None:
    """Each record's paper (as the lexicon reads it) and the text of its front."""
    for r in rows:
        r["paper"], _ = _paper(r["id"], r["title"], r["abstract"])
        front = front_sentences(sentences(r["paper"]), SECTION_WEIGHT["front"])
        r["front"] = " ".join(s.text for s in front)


def fit(rows: list[dict]) -> tuple[dict[str, float], dict[str, tuple[dict[str, float], float]]]:
    """Each word's idf, and each task's word weights and intercept (tasks with fewer than 3
    positive records are left out)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(min_df=2, sublinear_tf=True)
    x = vec.fit_transform([r["front"] for r in rows])
    words = vec.get_feature_names_out()
    idf = {str(w): float(v) for w, v in zip(words, vec.idf_, strict=True)}
    out = {}
    for task in Task:
        y = [str(task) in r["gold"]["tasks"].get("req", []) for r in rows]
        if sum(y) < 3:
            continue
        m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y)
        coef = {str(w): float(c) for w, c in zip(words, m.coef_[0], strict=True) if c}
        out[str(task)] = (coef, float(m.intercept_[0]))
    return idf, out


def agreement(test: list[dict], probs: list[dict[str, float]], fill: float, add: float) -> float:
    """Tasks agreement of the rules plus the signal's tasks: at `fill` where the rules found
    none, at `add` beside theirs."""
    hits = 0
    for r, p in zip(test, probs, strict=True):
        bar = add if r["lex"] else fill
        hits += set_agrees(r["gold"]["tasks"], r["lex"] | {t for t in p if p[t] >= bar})
    return hits / len(test)


def cross_validate(rows: list[dict]) -> None:
    """Leave each set out in turn: train on the others, then score the left-out set's tasks
    with the rules alone, with the rules plus what the signal proposes where they found no task
    (at each threshold), and with that (at `THRESHOLD`) plus what it adds beside the rules'
    tasks (at each stricter threshold), as the product does (`TaskSignal.added`)."""
    lex = LexiconExtractor()
    for r in rows:
        r["lex"] = {str(t) for t in lex.extract(r["paper"]).fields["tasks"].value or []}
    taus = (0.6, 0.7, 0.8, 0.9)
    add_taus = (0.85, 0.9, 0.95, 0.97, 0.99)
    heads = [f"+{t}" for t in taus] + [f"&{t}" for t in add_taus]
    print(f"{'left out':<18} {'n':>4} {'lexicon':>8} " + " ".join(f"{h:>7}" for h in heads))
    print(
        f"(+t: tasks where the rules found none, at t; &t: those at {THRESHOLD} and beside "
        "the rules' at t)"
    )
    table = []
    for held in sorted({r["set"] for r in rows}):
        idf, weights = fit([r for r in rows if r["set"] != held])
        test = [r for r in rows if r["set"] == held]
        probs = []
        for r in test:
            x = features(r["front"], idf)
            probs.append({t: probability(w, x) for t, w in weights.items()})

        cols = [agreement(test, probs, 2.0, 2.0)]
        cols += [agreement(test, probs, tau, 2.0) for tau in taus]
        cols += [agreement(test, probs, THRESHOLD, tau) for tau in add_taus]
        table.append(cols)
        print(f"{held:<18} {len(test):>4} " + " ".join(f"{c:>8.2f}" for c in cols))
    n = len(heads)
    means = [sum(c[i] for c in table) / len(table) for i in range(n + 1)]
    ups = [sum(c[i + 1] > c[0] + 1e-9 for c in table) for i in range(n)]
    downs = [sum(c[i + 1] < c[0] - 1e-9 for c in table) for i in range(n)]
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
    prepare(rows)
    if args.cv:
        cross_validate(rows)
        return
    idf, weights = fit(rows)
    data = {
        "version": VERSION,
        "about": "per-task logistic regressions on the tf-idf of the words of a paper's front "
        "(agent.extract.learned.features), trained by scripts/train_task_signal.py on "
        f"{len(rows)} records: evals/train/ and the tune halves of {', '.join(DEV_SETS)}",
        "threshold": THRESHOLD,
        "add_threshold": ADD_THRESHOLD,
        # (one list of words; the idf and each task's weights are lists in the same order)
        "words": sorted(idf),
        "idf": [round(idf[w], 4) for w in sorted(idf)],
        "tasks": {
            t: {"coef": [round(coef.get(w, 0.0), 4) for w in sorted(idf)], "intercept": round(b, 4)}
            for t, (coef, b) in weights.items()
        },
    }
    WEIGHTS.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS} ({len(weights)} tasks, {len(idf)} words, {len(rows)} records)")


if __name__ == "__main__":
    main()
