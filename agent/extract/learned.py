"""A learned signal for the lexicon's tasks: one logistic regression per task on MiniLM sentence
embeddings (the packaged model, offline), trained by `scripts/train_task_signal.py` on the
training corpus (`evals/train/`, abstracts written for it with gold) and the tune halves of the
development sets, never on a held-out half. The weights are a committed JSON file.

It only fills a silence: where the rules found no task at all, a task is proposed when the
paper's probability for it is at least `threshold` (set at training time). The evidence is the
paper's own sentence that scores highest for that task under the same weights, a quote like any
other, and a note says which task, which probability. The text is only ever embedded: nothing
in it is read as an instruction.

It is on by default (`extract.learned_tasks`; `CURATE_EXTRACT__LEARNED_TASKS=false` turns it
off). The embedding model loads on first use, which is only for a paper where the rules found no
task: loading costs seconds on a 2-core machine. (Up to task-signal-2 it also added to the rules'
tasks, and was off by default: that lowered tasks on real and survey text.)
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.errors import DataError
from agent.settings import ConfigError, Settings

WEIGHTS = Path(__file__).with_name("task_signal.json")
#: what a model error adds when the signal is what needs the model
NEEDS_MODEL = "(the learned task signal needs it: CURATE_EXTRACT__LEARNED_TASKS=false turns it off)"
#: sentences embedded per paper, at most: the title, the abstract and the front of the paper
MAX_SENTENCES = 40


def front_sentences(sentences: list[Any], front_weight: float) -> list[Any]:
    """What the signal reads: the front of the paper (title, abstract) when the lexicon marks
    it, else the first sentences."""
    front = [s for s in sentences if s.weight >= front_weight]
    return (front or sentences)[:MAX_SENTENCES]


def features(vectors: list[list[float]], whole: list[float]) -> list[float]:
    """The mean of the sentences' (L2-normalised) vectors, renormalised, then the vector of
    the whole front text: the layout the weights were trained on."""
    dim = len(whole)
    mean = [sum(v[i] for v in vectors) / len(vectors) for i in range(dim)] if vectors else whole
    norm = math.sqrt(sum(x * x for x in mean)) or 1.0
    return [x / norm for x in mean] + list(whole)


def probability(weights: tuple[list[float], float], x: list[float]) -> float:
    """A task's logistic regression (coefficients, intercept) on one paper's features."""
    coef, intercept = weights
    return 1.0 / (1.0 + math.exp(-(intercept + sum(a * b for a, b in zip(coef, x, strict=True)))))


@dataclass
class TaskHit:
    task: str
    probability: float
    sentence: Any  # the lexicon's Sentence that scored highest for the task


class TaskSignal:
    """Committed per-task weights and a lazily loaded encoder."""

    def __init__(
        self,
        settings: Settings | None = None,
        encoder: Any = None,
        weights: Path = WEIGHTS,
    ):
        if encoder is None:  # imported here: a command that runs no signal never loads it
            from agent.embedding import Embedder

            encoder = Embedder(settings or Settings())  # loads the model on first use
        self._encoder = encoder  # anything with encode(list[str]) -> list[list[float]]
        try:
            data = json.loads(weights.read_text(encoding="utf-8"))
            self.threshold = float(data["threshold"])
            self.tasks: dict[str, tuple[list[float], float]] = {
                t: (list(map(float, w["coef"])), float(w["intercept"]))
                for t, w in data["tasks"].items()
            }
            self.version = str(data.get("version", "?"))
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise DataError(f"{weights}: cannot read the task signal's weights: {e}") from e

    def predict(self, sentences: list[Any]) -> tuple[dict[str, float], list[list[float]]]:
        """Each task's probability for the paper, and the sentences' vectors."""
        if not sentences:
            return {}, []
        try:
            vecs = self._encoder.encode(
                [s.text for s in sentences] + [" ".join(s.text for s in sentences)]
            )
        except ConfigError as e:  # the configured model cannot be loaded
            raise ConfigError(f"{e} {NEEDS_MODEL}") from e
        sent_vecs, whole = vecs[:-1], vecs[-1]
        x = features(sent_vecs, whole)
        width = len(next(iter(self.tasks.values()))[0]) if self.tasks else len(x)
        if len(x) != width:
            raise ConfigError(
                f"the learned task signal's weights expect {width // 2}-dimensional vectors "
                f"(all-MiniLM-L6-v2); the configured embedding model gives {len(whole)}: set "
                "CURATE_EXTRACT__LEARNED_TASKS=false, or retrain with "
                "scripts/train_task_signal.py"
            )
        return {task: probability(w, x) for task, w in self.tasks.items()}, sent_vecs

    def added(
        self, sentences: list[Any], found: set[str], quotable: list[Any] | None = None
    ) -> list[TaskHit]:
        """Tasks whose probability reaches the threshold, each with the sentence whose vector
        scores highest under the task's sentence weights, among the `quotable` ones (default:
        all); a task is not added when no quotable sentence scores above zero for it.

        The signal speaks only where the rules found no task at all (`found` is empty): where
        they found one, it adds nothing. Adding to the rules' tasks lowered tasks agreement on
        real and survey text left out of training; filling only the rules' silences lowered
        it on none of the 23 sets (`scripts/train_task_signal.py --cv`, at the threshold of
        the committed weights)."""
        if found:
            return []
        probs, sent_vecs = self.predict(sentences)
        allowed = {id(s) for s in (sentences if quotable is None else quotable)}
        candidates = [i for i, s in enumerate(sentences) if id(s) in allowed]
        out = []
        for task, p in sorted(probs.items()):
            if p < self.threshold or not candidates:
                continue
            coef = self.tasks[task][0][: len(sent_vecs[0])]  # the weights on the sentence mean
            score = {
                i: sum(a * b for a, b in zip(coef, sent_vecs[i], strict=True)) for i in candidates
            }
            best = max(candidates, key=score.__getitem__)
            if score[best] <= 0:  # no quotable sentence leans towards the task
                continue
            out.append(TaskHit(task, round(p, 3), sentences[best]))
        return out
