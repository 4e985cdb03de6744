"""A learned signal for the lexicon on the words of the paper's front (tf-idf): logistic
regressions trained by `scripts/train_word_signal.py` on the training corpus (`evals/train/`,
abstracts written for it with gold) and the tune halves of the development sets, never on a
held-out half. The weights (each word's idf, the word weights of each task, family and
modality) are a committed JSON file, applied here in plain Python: no model to load.

- **tasks**: where the rules found no task at all, a task is proposed when the paper's
  probability for it is at least `threshold`; beside tasks the rules found, only a task whose
  probability reaches `add_threshold` is added (the bar is set by the rules' tasks before any
  drop); a task the rules found is dropped where the signal gives it at most the
  tasks' `drop_below` (`task_drop_below` here), and is never added back. On a short front
  (fewer words the signal knows than `short_front.below_words`: a survey's clause, a review's
  line) the stricter `short_front` bounds hold for both.
- **family**: where the signal is sure of another family than the rules' (its probability at
  least the family `threshold`), the family is the signal's; never to or from `agentic`, which
  is the agentic flag's decision.
- **modalities**: a modality the rules found is dropped where the signal gives it a
  probability of at most `drop_below`; one they did not find is added where it gives it at
  least `add_above` (never one the text says the model does not read or the rules left out on
  purpose), quoted from a sentence about this model that names it in the lexicon's terms, or,
  where none does, from the one that scores highest for it, with a note saying so. The rules'
  RNA prior (rna guessed where no assay names it: from cell-level context, spatial omics or
  multi-omic cells) is not taken where the signal gives rna at most `prior_below`.

- **acts** (with the tasks part): each sentence whose term gave the rules a task is judged on
  its own: is it about what this paper's model does, or the field's background, a baseline's
  task, the authors' bench work or validation, data kept for checking, work left for later? A
  logistic regression on the sentence's words, the words on each side of the term, the task and
  where the term stands (`act_features`; not the section, whose body weights it never saw in
  training) gives the probability that it is the model's act; a sentence
  below `acts.drop_below` is set aside (kept where any match of the term in it reads as the
  model's act), and a task left with no sentence is left out with a note naming the features
  that weighed most against it; a long paper's floor stays the one the rules' scores set. The
  spatial-analysis rule does not take such a task back; the word weights may, at their own bar,
  with a note saying the act judgement had set its sentences aside. The rules' reading of a
  sentence is already in the table it judges (a sentence they discount stays discounted). A
  short front (`short_front.below_words`, as for the word weights) is not judged: a survey's
  clause has no context to judge. Trained on every task sentence of the training records, from
  features seen in five records and two sets or more: a sentence of a task the record's gold
  requires is labelled by the sentence gold (`evals/train/acts.gold.tsv`: does this sentence
  state the model's own act?), one of a task the gold lacks is not an act, and one of a task
  the gold only allows is left out. Until word-signal-22 every sentence took its record's label,
  so the judgement learnt topics more than acts and kept the field's background.

The thresholds are set at training time: from leave-one-set-out scores, and (from word-signal-19)
four of them from blind sets (`scripts/train_word_signal.py --sweep`). The evidence of a value
the signal gives is the paper's own sentence that scores highest for it under the same weights
among those that name the value in the lexicon's terms, or, where none does, among all, a quote
like any other; a note says which value, which probability, and that no sentence names it where
none does. The text is only ever counted as words: nothing in it is read as an instruction.

Each part is on by default (`extract.learned_tasks`, `extract.learned_family`,
`extract.learned_modalities`; e.g. `CURATE_EXTRACT__LEARNED_FAMILY=false` turns one off).

History: task-signal-1 to -6 were for tasks alone, on MiniLM sentence embeddings, which cost
`curate add` a model load of a second or more; up to -2 the signal added to the rules' tasks at
one threshold (0.6 to 0.8) and lowered tasks on real and survey text, so from -3 to -5 it only
filled the rules' silences. Word features (task-signal-7) scored as well in leave-one-set-out,
better on the blind sets, and load in milliseconds; word-signal-8 adds family and modalities;
word-signal-9 is the same model trained on more text in the styles it had least of (real arXiv
abstracts of near misses, what a review says of a model, real papers retold); word-signal-10 to
-12 add six sets written to exercise every task in other words (1431 records); word-signal-13 and
-14 add six more (every modality and family decision in other words, real near misses, review
sentences, the blind probes' brief; 1641 records); word-signal-15 adds three (tasks in authors'
words with hard negatives, text beside a cell encoder and near misses, review sentences that
give several models' tasks together; 1765 records). word-signal-16 adds three more (what a
model reads in assay and protocol words, with data it does not read; short plain abstracts; the
front of a full paper, introduction included; 1867 records) and acts in two new places, each
chosen by leave-one-set-out: it adds a modality it is sure of and drops a task of the rules' it
rules out; its family threshold is 0.8 (was 0.9). word-signal-17 is the same weights with one
more bound, chosen by leave-one-set-out as the product runs: the rules' RNA prior is not taken
where the signal gives rna at most 0.1, and where the rules found no task it proposes one at
0.7 (was 0.8). word-signal-18 adds one more set (tasks in authors' words with about twenty task
negatives, written as a blind probe; 1904 records), bounds unchanged. word-signal-19 adds two
sets of near misses (written protein, DNA, bulk-omics, pathology and agent abstracts; 1979
records) and moves four bounds towards the signal, chosen on blind sets
rather than by leave-one-set-out, which favours the rules on the sets they were written from:
beside the rules' tasks it adds at 0.7 (was 0.95) and drops at 0.05 (was 0.005); a modality is
dropped at 0.05 (was 0.01) and added at 0.8 (was 0.95). A front with fewer than 80 words the
signal knows keeps the old task bounds (`short_front`). word-signal-21 (round twenty-six) keeps
word-signal-19's word weights and bounds (trained on the same 2019 records: the five training sets
written since are left out of them, as adding them lowered blind tasks by 3) and adds the act
judgement, trained on all 2161 training and tune records; on the 20 older blind sets it raised
tasks by 11 records of 773 and changed no other field (its choices:
`scripts/train_word_signal.py`).
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

WEIGHTS = Path(__file__).with_name("word_signal.json")
#: sentences read per paper, at most: the title, the abstract and the front of the paper
MAX_SENTENCES = 40
#: what the signal gives: tasks (added or dropped), the family, and modalities (added or dropped)
ALL_PARTS = frozenset({"tasks", "family", "modalities"})
#: a word as scikit-learn's TfidfVectorizer tokenises it (the training script's), lowercased
WORD = re.compile(r"(?u)\b\w\w+\b")
#: a word as the act judgement reads it (lowercased; a hyphenated word whole)
ACT_WORD = re.compile(r"[a-z][a-z0-9-]+")
#: the words the act judgement reads on each side of a task's term
ACT_WINDOW = 6


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


#: what `act_features` makes: weights with any other act feature (such as the section's weight
#: `sw:`, made until word-signal-22) were trained on features it no longer makes, and are refused
ACT_FEATURES = re.compile(r"(t|s|l|r|pos):.+|nomatch")


def act_features(task: str, text: str, span: tuple[int, int] | None) -> set[str]:
    """What the act judgement reads of one task's term in one sentence, as binary features: the
    task (`t:`), the sentence's words (`s:`), the words just before (`l:`) and after (`r:`) the
    term, and how far into the sentence the term stands (`pos:`). `span` is the term's match in
    `text` (None where it does not match as written: `nomatch`). Not the sentence's section:
    the judgement is trained on titles and abstracts, and a body section's weight, which it has
    not seen, would weigh against every body sentence (round twenty-seven)."""
    out = {f"t:{task}"} | {f"s:{w}" for w in ACT_WORD.findall(text.lower())}
    if span is None:
        return out | {"nomatch"}
    # (each side lower-cased on its own: lower-casing can change a text's length)
    before = ACT_WORD.findall(text[: span[0]].lower())
    right = ACT_WORD.findall(text[span[1] :].lower())[:ACT_WINDOW]
    out |= {f"l:{w}" for w in before[-ACT_WINDOW:]} | {f"r:{w}" for w in right}
    return out | {f"pos:{min(3, len(before) // 3)}"}


def score(weights: dict[str, float], x: dict[str, float]) -> float:
    """Word weights applied to a vector (the linear part, without the intercept)."""
    return sum(weights.get(w, 0.0) * v for w, v in x.items())


def probability(weights: tuple[dict[str, float], float], x: dict[str, float]) -> float:
    """A logistic regression (word weights, intercept) on one paper's features."""
    coef, intercept = weights
    return 1.0 / (1.0 + math.exp(-(intercept + score(coef, x))))


def softmax(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values())
    exp = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


@dataclass
class Hit:
    """A value the signal gives, its probability, and the sentence that scored highest for it."""

    value: str
    probability: float
    sentence: Any  # the lexicon's Sentence


class WordSignal:
    """Committed word weights for tasks, and optionally family and modalities; `parts` says
    which of the three this instance gives."""

    def __init__(
        self,
        weights: Path = WEIGHTS,
        parts: frozenset[str] = ALL_PARTS,
    ):
        try:
            data = json.loads(weights.read_text(encoding="utf-8"))
            words = [str(w) for w in data["words"]]  # the idf and weights are in this order

            def table(entries: dict[str, Any]) -> dict[str, tuple[dict[str, float], float]]:
                return {
                    str(v): (
                        {k: c for k, c in zip(words, map(float, w["coef"]), strict=True) if c},
                        float(w["intercept"]),
                    )
                    for v, w in entries.items()
                }

            self.idf = dict(zip(words, map(float, data["idf"]), strict=True))
            self.threshold = float(data["threshold"])
            # (weights without one add nothing beside the rules' tasks)
            self.add_threshold = float(data.get("add_threshold", math.inf))
            # (weights without one drop no task)
            self.task_drop_below = float(data.get("drop_below", -1.0))
            # (weights without one read every front alike)
            short = data.get("short_front") or {}
            self.short_words = int(short.get("below_words", 0))
            self.short_add_threshold = float(short.get("add_threshold", self.add_threshold))
            self.short_drop_below = float(short.get("drop_below", self.task_drop_below))
            if self.short_add_threshold < self.add_threshold or (
                self.short_drop_below > self.task_drop_below
            ):
                raise ValueError("short_front's task bounds must be no looser than the others")
            self.tasks = table(data["tasks"])
            family = data.get("family") or {"threshold": math.inf, "classes": {}}
            self.family_threshold = float(family["threshold"])
            self.families = table(family["classes"])
            modalities = data.get("modalities") or {"drop_below": -1.0, "values": {}}
            self.drop_below = float(modalities["drop_below"])
            # (weights without one add no modality)
            self.add_above = float(modalities.get("add_above", math.inf))
            # (weights without one leave the rules' RNA prior alone)
            self.prior_below = float(modalities.get("prior_below", -1.0))
            self.modalities = table(modalities["values"])
            # (weights without one judge no task's sentence)
            acts = data.get("acts") or {"features": [], "coef": [], "intercept": 0.0}
            self.acts = {
                str(f): float(c) for f, c in zip(acts["features"], acts["coef"], strict=True)
            }
            stale = sorted(f for f in self.acts if not ACT_FEATURES.fullmatch(f))
            if stale:
                # (such a feature never fires: its weight would be lost on every sentence,
                # silently)
                raise ValueError(
                    f"the act judgement was trained on features act_features does not make "
                    f"({', '.join(stale[:3])}; the section's weight until word-signal-22): retrain"
                )
            self.acts_intercept = float(acts["intercept"])
            self.act_drop_below = float(acts.get("drop_below", -1.0))
            version = str(data.get("version", "?"))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise DataError(f"{weights}: cannot read the learned signal's weights: {e}") from e
        self.parts = parts
        # (a proposal made with some parts off says which ran)
        self.version = version if parts == ALL_PARTS else f"{version}[{','.join(sorted(parts))}]"

    def read(self, sentences: list[Any]) -> dict[str, float]:
        """The paper's features: its front's sentences read as one text (computed once per
        paper; every part below takes them)."""
        return features(" ".join(s.text for s in sentences), self.idf)

    def predict(self, x: dict[str, float]) -> dict[str, float]:
        """Each task's probability for the paper."""
        return {task: probability(w, x) for task, w in self.tasks.items()}

    def best_sentence(
        self, coef: dict[str, float], candidates: list[Any], above: float | None = 0.0
    ) -> Any | None:
        """The candidate sentence that scores highest under the weights, if it scores above
        `above` (None when no sentence leans towards the value; any score where `above` is
        None)."""
        if not candidates:
            return None
        scored = {id(s): score(coef, features(s.text, self.idf)) for s in candidates}
        best = max(candidates, key=lambda s: scored[id(s)])
        return best if above is None or scored[id(best)] > above else None

    def family(self, x: dict[str, float], rules: str | None, quotable: list[Any]) -> Hit | None:
        """The family the signal is sure of (probability at least its threshold), where it is
        not the rules' and neither is `agentic`; None otherwise."""
        if "family" not in self.parts or not self.families or not x:
            return None
        probs = softmax({c: b + score(coef, x) for c, (coef, b) in self.families.items()})
        top = max(probs, key=probs.__getitem__)
        if probs[top] < self.family_threshold or top == rules or "agentic" in (top, rules):
            return None
        best = self.best_sentence(self.families[top][0], quotable)
        return Hit(top, round(probs[top], 3), best) if best is not None else None

    def ruled_out(self, x: dict[str, float], part: str = "modalities") -> dict[str, float]:
        """The modalities (or tasks) the signal gives a probability of at most the part's
        bound, with it (none when the part is off)."""
        if part not in self.parts or not x:
            return {}
        if part == "tasks":
            probs, bound = self.predict(x), self.task_bounds(x)[1]
        else:
            probs, bound = self.modality_probabilities(x), self.drop_below
        return {v: round(p, 4) for v, p in probs.items() if p <= bound}

    def task_bounds(self, x: dict[str, float]) -> tuple[float, float]:
        """The bar at which a task is added beside the rules' and the bound at which one of
        theirs is dropped. A front of fewer than `short_words` words the signal knows (a
        survey's clause about a model, a line of a review) gives it too little to overrule the
        rules, so there the stricter `short_front` bounds hold."""
        if len(x) < self.short_words:
            return self.short_add_threshold, self.short_drop_below
        return self.add_threshold, self.task_drop_below

    def judges_acts(self, x: dict[str, float]) -> bool:
        """Whether the act judgement reads this paper's task sentences: the tasks part is on,
        the weights have the judgement, and the front is not short (a survey's clause about a
        model, a review's line: there the rules' reading of each sentence stands, as the
        stricter `short_front` bounds do for the word weights)."""
        return (
            "tasks" in self.parts
            and bool(self.acts)
            and self.act_drop_below > 0.0
            and len(x) >= self.short_words
        )

    def act_probability(
        self, task: str, text: str, span: tuple[int, int] | None
    ) -> tuple[float, list[str]]:
        """The probability that a task's term in a sentence says what this paper's model does
        (not the field's background, a baseline's task, the authors' bench work, data kept
        for checking, work left for later), and the features that weigh most against it (at
        most three, heaviest first): the explanation a note gives."""
        x = dict.fromkeys(act_features(task, text, span), 1.0)
        against = sorted((f for f in x if self.acts.get(f, 0.0) < 0), key=self.acts.__getitem__)
        return probability((self.acts, self.acts_intercept), x), against[:3]

    def prior_doubted(self, x: dict[str, float]) -> float | None:
        """The signal's probability that the model reads RNA where it is at most the bound at
        which the rules' RNA prior (a guess from cell-level context) is not taken; None where
        it is higher, or the part is off."""
        if "modalities" not in self.parts or not x or "rna" not in self.modalities:
            return None
        p = probability(self.modalities["rna"], x)
        return round(p, 4) if p <= self.prior_below else None

    def modality_probabilities(self, x: dict[str, float]) -> dict[str, float]:
        """Each modality's probability for the paper."""
        return {m: probability(w, x) for m, w in self.modalities.items()}

    def quoted(
        self,
        weights: dict[str, tuple[dict[str, float], float]],
        probs: dict[str, float],
        bar: float,
        skip: set[str],
        quotable: list[Any],
    ) -> list[Hit]:
        """The values not in `skip` whose probability reaches `bar`, each with the `quotable`
        sentence that scores highest under its `weights`; a value no sentence leans towards is
        left out."""
        out = []
        for value, p in sorted(probs.items()):
            if p < bar or value in skip:
                continue
            best = self.best_sentence(weights[value][0], quotable)
            if best is not None:
                out.append(Hit(value, round(p, 3), best))
        return out

    def modalities_added(
        self, x: dict[str, float], skip: set[str], quotable: list[Any]
    ) -> list[Hit]:
        """Modalities not in `skip` (those the rules found, and those they must not get) whose
        probability reaches `add_above`, each with its best `quotable` sentence."""
        if "modalities" not in self.parts or self.add_above > 1.0 or not x:
            return []
        return self.quoted(
            self.modalities, self.modality_probabilities(x), self.add_above, skip, quotable
        )

    def added(self, x: dict[str, float], found: set[str], quotable: list[Any]) -> list[Hit]:
        """Tasks not `found` by the rules whose probability reaches the threshold, each with
        the `quotable` sentence that scores highest under the task's word weights; a task is
        not added when no quotable sentence scores above zero for it.

        Where the rules found no task (`found` is empty) the threshold is `threshold`; beside
        the rules' tasks it is `add_threshold`, or on a short front the stricter `short_front`
        bar (`task_bounds`). (Until word-signal-19 `add_threshold` was 0.95, chosen by
        leave-one-set-out on the sets the rules were written from; blind sets chose 0.7.)"""
        bar = self.task_bounds(x)[0] if found else self.threshold
        if "tasks" not in self.parts or bar > 1.0 or not x:
            return []
        return self.quoted(self.tasks, self.predict(x), bar, found, quotable)
