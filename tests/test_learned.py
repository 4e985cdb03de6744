"""The learned task signal (agent/extract/learned.py) inside the lexicon: where the rules found
no task it proposes tasks, each with a quote. A fake encoder stands in for MiniLM, except where
a test says it runs the packaged model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.errors import DataError
from agent.extract.base import Page, PaperText
from agent.extract.learned import WEIGHTS, TaskSignal
from agent.extract.lexicon import LexiconExtractor
from agent.flags import FlagCode


class KindsEncoder:
    """A sentence about sorting cells into kinds points one way, anything else another."""

    def encode(self, texts: list[str]) -> list[list[float]]:
        return [[1.0, 0.0, 0.0] if "kinds" in t else [0.0, 1.0, 0.0] for t in texts]


def weights(tmp_path: Path, intercept: float, task: str = "annotation") -> Path:
    # 3 weights on the sentences' mean, 3 on the whole text
    path = tmp_path / "w.json"
    coef = [6.0, 0.0, 0.0, 6.0, 0.0, 0.0]
    path.write_text(
        json.dumps(
            {
                "version": "t-1",
                "threshold": 0.8,
                "tasks": {task: {"coef": coef, "intercept": intercept}},
            }
        )
    )
    return path


def paper(abstract: str) -> PaperText:
    title = "Wickerling: sorting marsh cells"
    return PaperText(title=title, pages=[Page(number=1, text=f"{title}\n{abstract}")], source="t")


ABSTRACT = (
    "We present Wickerling, a transformer trained on ten million marsh cells. "
    "Wickerling sorts every cell into one of forty kinds with few labelled examples."
)


def test_signal_adds_a_task_the_rules_missed_with_its_best_sentence(tmp_path):
    signal = TaskSignal(encoder=KindsEncoder(), weights=weights(tmp_path, -2.0))
    assert "annotation" not in LexiconExtractor().extract(paper(ABSTRACT)).fields["tasks"].value
    tasks = LexiconExtractor(task_signal=signal).extract(paper(ABSTRACT)).fields["tasks"]
    assert "annotation" in tasks.value
    assert any("forty kinds" in e.quote for e in tasks.evidence)
    assert any(f.code == FlagCode.note and "learned signal" in f.message for f in tasks.flags)


def test_signal_below_its_threshold_adds_nothing(tmp_path):
    signal = TaskSignal(encoder=KindsEncoder(), weights=weights(tmp_path, -8.0))
    tasks = LexiconExtractor(task_signal=signal).extract(paper(ABSTRACT)).fields["tasks"]
    assert "annotation" not in tasks.value


def test_signal_adds_nothing_where_the_rules_found_a_task(tmp_path):
    text = ABSTRACT + " It also predicts how the cells respond to gene knockouts."
    signal = TaskSignal(encoder=KindsEncoder(), weights=weights(tmp_path, -2.0))
    tasks = LexiconExtractor(task_signal=signal).extract(paper(text)).fields["tasks"]
    assert tasks.value == ["trajectory_perturbation"]


def test_signal_records_its_version_in_the_extractor_version(tmp_path):
    signal = TaskSignal(encoder=KindsEncoder(), weights=weights(tmp_path, -2.0))
    assert LexiconExtractor(task_signal=signal).prompt_versions["lexicon"].endswith("+t-1")


def test_unreadable_weights_are_a_clear_error(tmp_path):
    bad = tmp_path / "w.json"
    bad.write_text('{"tasks": {}}')
    with pytest.raises(DataError, match="task signal"):
        TaskSignal(encoder=KindsEncoder(), weights=bad)


def test_committed_weights_cover_the_task_vocabulary_in_one_layout():
    data = json.loads(WEIGHTS.read_text())
    sizes = {len(w["coef"]) for w in data["tasks"].values()}
    assert set(data["tasks"]) == {
        "annotation",
        "trajectory_perturbation",
        "integration",
        "spatial_mapping",
        "regulatory_inference",
        "cross_species",
        "generation",
        "drug_response",
    }
    assert sizes == {2 * 384} and 0.5 < data["threshold"] < 1


def test_by_default_the_lexicon_runs_with_the_signal(monkeypatch):
    from agent.pipeline import make_extractors
    from agent.settings import Settings

    monkeypatch.delenv("CURATE_EXTRACT__LEARNED_TASKS")
    assert make_extractors(Settings(), "lexicon")[0].task_signal is not None


def test_the_setting_off_runs_the_lexicon_without_the_signal(monkeypatch):
    from agent.pipeline import make_extractors
    from agent.settings import Settings

    monkeypatch.setenv("CURATE_EXTRACT__LEARNED_TASKS", "false")
    assert make_extractors(Settings(), "lexicon")[0].task_signal is None


def test_a_paper_whose_tasks_the_rules_found_never_loads_the_encoder(tmp_path):
    class Refuses:
        def encode(self, texts: list[str]) -> list[list[float]]:
            raise AssertionError("the encoder was asked")

    text = ABSTRACT + " It also predicts how the cells respond to gene knockouts."
    signal = TaskSignal(encoder=Refuses(), weights=weights(tmp_path, -2.0))
    tasks = LexiconExtractor(task_signal=signal).extract(paper(text)).fields["tasks"]
    assert tasks.value == ["trajectory_perturbation"]


def test_weights_and_an_encoder_of_another_width_are_a_clear_error(tmp_path):
    from agent.settings import ConfigError

    class Wide:
        def encode(self, texts: list[str]) -> list[list[float]]:
            return [[0.5] * 5 for _ in texts]

    signal = TaskSignal(encoder=Wide(), weights=weights(tmp_path, -2.0))
    with pytest.raises(ConfigError, match="LEARNED_TASKS=false"):
        LexiconExtractor(task_signal=signal).extract(paper(ABSTRACT))


def test_add_records_the_signal_version_in_its_proposal(monkeypatch, example_pdf):
    from typer.testing import CliRunner

    from agent.cli import app

    monkeypatch.setenv("CURATE_EXTRACT__LEARNED_TASKS", "true")
    res = CliRunner().invoke(app, ["add", "--pdf", str(example_pdf), "--json"])
    assert res.exit_code == 0, res.output
    proposal = Path(json.loads(res.output)["path"]).read_text()
    assert "+task-signal-" in proposal


def test_by_default_minilm_proposes_a_task_the_rules_did_not_find(monkeypatch):
    from agent.pipeline import make_extractors
    from agent.settings import Settings

    monkeypatch.delenv("CURATE_EXTRACT__LEARNED_TASKS")
    title = "Avocet: one model for twelve species"
    text = (
        f"{title}\nWe present Avocet, a transformer pretrained on cells of twelve species. What "
        "it learns from mouse cells carries over to zebrafish and human cells without any "
        "retraining."
    )
    avocet = PaperText(title=title, pages=[Page(number=1, text=text)], source="t")
    assert LexiconExtractor().extract(avocet).fields["tasks"].value == []
    tasks = make_extractors(Settings(), "lexicon")[0].extract(avocet).fields["tasks"]
    assert "cross_species" in tasks.value  # the packaged MiniLM, offline: p = 0.999


def test_a_batch_shares_one_signal_and_so_loads_the_model_once(monkeypatch):
    from agent.pipeline import make_extractors
    from agent.settings import Settings

    monkeypatch.setenv("CURATE_EXTRACT__LEARNED_TASKS", "true")
    first, second = (make_extractors(Settings(), "lexicon")[0] for _ in range(2))
    assert first.task_signal is second.task_signal


def test_a_missing_model_is_a_config_error_naming_the_switch_before_any_paper(monkeypatch):
    from agent.pipeline import make_extractors
    from agent.settings import ConfigError, Settings

    monkeypatch.setenv("CURATE_EXTRACT__LEARNED_TASKS", "true")
    monkeypatch.setenv("CURATE_EMBEDDING__MODEL", "no-such-model-package")
    with pytest.raises(ConfigError, match="LEARNED_TASKS=false"):
        make_extractors(Settings(), "lexicon")


def test_a_model_that_fails_to_load_names_the_switch(tmp_path):
    from agent.settings import ConfigError

    class Broken:
        def encode(self, texts: list[str]) -> list[list[float]]:
            raise ConfigError("package ships no model")

    signal = TaskSignal(encoder=Broken(), weights=weights(tmp_path, -2.0))
    with pytest.raises(ConfigError, match="LEARNED_TASKS=false"):
        LexiconExtractor(task_signal=signal).extract(paper(ABSTRACT))


@pytest.mark.parametrize(
    "second",
    [
        "Models such as Reedbert [4] sort cells into forty kinds.",  # another model's
        "Wickerling does not sort cells into kinds.",  # a denial
    ],
    ids=["other-model", "denial"],
)
def test_signal_adds_nothing_when_only_an_unquotable_sentence_leans_to_the_task(tmp_path, second):
    text = f"We present Wickerling, a transformer trained on ten million marsh cells. {second}"
    signal = TaskSignal(encoder=KindsEncoder(), weights=weights(tmp_path, -2.0))
    tasks = LexiconExtractor(task_signal=signal).extract(paper(text)).fields["tasks"]
    assert "annotation" not in tasks.value
