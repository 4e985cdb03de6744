"""A learned signal for the lexicon's tasks: one logistic regression per task on the words of the
paper's front (tf-idf), trained by `scripts/train_task_signal.py` on the training corpus
(`evals/train/`, abstracts written for it with gold) and the tune halves of the development
sets, never on a held-out half. The weights (each word's idf, each task's word weights) are a
committed JSON file, applied here in plain Python: no model to load.

Where the rules found no task at all, a task is proposed when the paper's probability for it is
at least `threshold`; beside tasks the rules found, only a task whose probability reaches the
stricter `add_threshold` is added (both set at training time, from leave-one-set-out scores).
The evidence is the paper's own sentence that scores highest for that task under the same
weights, a quote like any other, and a note says which task, which probability. The text is
only ever counted as words: nothing in it is read as an instruction.

It is on by default (`extract.learned_tasks`; `CURATE_EXTRACT__LEARNED_TASKS=false` turns it
off). History: task-signal-1 to -6 used MiniLM sentence embeddings, which cost `curate add` a
model load of a second or more; up to -2 it added to the rules' tasks at one threshold (0.6 to
0.8) and lowered tasks on real and survey text, so from -3 to -5 it only filled the rules'
silences. Word features (task-signal-7) scored as well in leave-one-set-out, better on the
blind sets, and load in milliseconds.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.errors import DataError

WEIGHTS = Path(__file__).with_name("task_signal.json")
#: sentences read per paper, at most: the title, the abstract and the front of the paper
MAX_SENTENCES = 40
#: a word as scikit-learn's TfidfVectorizer tokenises it (the training script's), lowercased
WORD = re.compile(r"(?u)\b\w\w+\b")


def front_sentences(sentences: list[Any], front_weight: float) -> list[Any]:
    """What the signal reads: the front of the paper (title, abstract) when the lexicon marks
    it, else the first sentences."""
    front = [s for s in sentences if s.weight >= front_weight]
    return (front or sentences)[:MAX_SENTENCES]


def features(text: str, idf: dict[str, float]) -> dict[str, float]:
    """The text's tf-idf vector as the training script's vectoriser makes it: known words,
    sublinear counts (1 + ln n) times idf, L2-normalised."""
    counts = Counter(w for w in WORD.findall(text.lower()) if w in idf)
    x = {w: (1.0 + math.log(n)) * idf[w] for w, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in x.values())) or 1.0
    return {w: v / norm for w, v in x.items()}


def score(weights: dict[str, float], x: dict[str, float]) -> float:
    """A task's word weights applied to a vector (the linear part, without the intercept)."""
    return sum(weights.get(w, 0.0) * v for w, v in x.items())


def probability(weights: tuple[dict[str, float], float], x: dict[str, float]) -> float:
    """A task's logistic regression (word weights, intercept) on one paper's features."""
    coef, intercept = weights
    return 1.0 / (1.0 + math.exp(-(intercept + score(coef, x))))


@dataclass
class TaskHit:
    task: str
    probability: float
    sentence: Any  # the lexicon's Sentence that scored highest for the task


class TaskSignal:
    """Committed per-task word weights."""

    def __init__(self, weights: Path = WEIGHTS):
        try:
            data = json.loads(weights.read_text(encoding="utf-8"))
            self.threshold = float(data["threshold"])
            # (weights without one add nothing beside the rules' tasks)
            self.add_threshold = float(data.get("add_threshold", math.inf))
            words = [str(w) for w in data["words"]]  # the idf and weights are in this order
            self.idf = dict(zip(words, map(float, data["idf"]), strict=True))
            self.tasks: dict[str, tuple[dict[str, float], float]] = {
                t: (
                    {k: v for k, v in zip(words, map(float, w["coef"]), strict=True) if v},
                    float(w["intercept"]),
                )
                for t, w in data["tasks"].items()
            }
            self.version = str(data.get("version", "?"))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise DataError(f"{weights}: cannot read the task signal's weights: {e}") from e

    def predict(self, sentences: list[Any]) -> dict[str, float]:
        """Each task's probability for the paper (its sentences read as one text)."""
        if not sentences:
            return {}
        x = features(" ".join(s.text for s in sentences), self.idf)
        return {task: probability(w, x) for task, w in self.tasks.items()}

    def added(
        self, sentences: list[Any], found: set[str], quotable: list[Any] | None = None
    ) -> list[TaskHit]:
        """Tasks not `found` by the rules whose probability reaches the threshold, each with
        the sentence that scores highest under the task's word weights, among the `quotable`
        ones (default: all); a task is not added when no quotable sentence scores above zero
        for it.

        Where the rules found no task (`found` is empty) the threshold is `threshold`; beside
        the rules' tasks it is `add_threshold`, stricter: adding at a lower one lowered tasks
        agreement on real and survey text left out of training (task-signal-2), and at the
        stricter one it lowered it on none of the 26 sets (`scripts/train_task_signal.py
        --cv`)."""
        bar = self.add_threshold if found else self.threshold
        if bar > 1.0:
            return []
        allowed = {id(s) for s in (sentences if quotable is None else quotable)}
        candidates = [s for s in sentences if id(s) in allowed]
        out = []
        for task, p in sorted(self.predict(sentences).items()):
            if p < bar or task in found or not candidates:
                continue
            coef = self.tasks[task][0]
            scored = {id(s): score(coef, features(s.text, self.idf)) for s in candidates}
            best = max(candidates, key=lambda s: scored[id(s)])
            if scored[id(best)] <= 0:  # no quotable sentence leans towards the task
                continue
            out.append(TaskHit(task, round(p, 3), best))
        return out
