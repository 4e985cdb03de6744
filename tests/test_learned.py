"""The learned word signal (agent/extract/learned.py) inside the lexicon: where the rules found
no task it proposes tasks, beside theirs it adds one only at its stricter threshold, and one of
theirs it rules out is dropped; a family it is sure of replaces the rules' (never to or from
agentic); a modality it rules out is dropped and one it is sure of added; each with a quote or a
note. Small weight files written here stand in for the
committed one, except where a test says it runs the committed weights."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from agent.errors import DataError
from agent.evaluate import EVALS_DIR
from agent.extract.base import Page, PaperText
from agent.extract.learned import WEIGHTS, WordSignal, act_features, features
from agent.extract.lexicon import LexiconExtractor
from agent.flags import FlagCode


def weights(
    tmp_path: Path,
    intercept: float,
    task: str = "annotation",
    add: float | None = None,
    family: dict | None = None,
    modalities: dict | None = None,
    drop: float | None = None,
    short: dict | None = None,
    acts: dict | None = None,
) -> Path:
    # one word, "kinds", leans to the task; `add`: the stricter threshold beside the rules'
    # tasks (none: the signal only fills their silences); `family`, `modalities`: those parts
    path = tmp_path / "w.json"
    data: dict = {
        "version": "t-1",
        "threshold": 0.8,
        "words": ["cells", "kinds"],
        "idf": [1.0, 2.0],
        "tasks": {task: {"coef": [0.0, 8.0], "intercept": intercept}},
    }
    if add is not None:
        data["add_threshold"] = add
    if drop is not None:  # the rules' task is dropped at this probability or less
        data["drop_below"] = drop
    if short is not None:  # the task bounds of a front with fewer known words than given
        data["short_front"] = short
    if family is not None:
        data["family"] = family
    if modalities is not None:
        data["modalities"] = modalities
    if acts is not None:  # the act judgement
        data["acts"] = acts
    path.write_text(json.dumps(data))
    return path


def paper(abstract: str) -> PaperText:
    title = "Wickerling: sorting marsh cells"
    return PaperText(title=title, pages=[Page(number=1, text=f"{title}\n{abstract}")], source="t")


ABSTRACT = (
    "We present Wickerling, a transformer trained on ten million marsh cells. "
    "Wickerling sorts every cell into one of forty kinds with few labelled examples."
)


def test_signal_adds_a_task_the_rules_missed_with_its_best_sentence(tmp_path):
    signal = WordSignal(weights=weights(tmp_path, -2.0))
    assert "annotation" not in LexiconExtractor().extract(paper(ABSTRACT)).fields["tasks"].value
    tasks = LexiconExtractor(signal=signal).extract(paper(ABSTRACT)).fields["tasks"]
    assert "annotation" in tasks.value
    assert any("forty kinds" in e.quote for e in tasks.evidence)
    assert any(f.code == FlagCode.note and "learned signal" in f.message for f in tasks.flags)


def test_a_task_the_signal_adds_that_no_sentence_names_says_so_in_its_note(tmp_path):
    signal = WordSignal(weights=weights(tmp_path, -2.0))
    tasks = LexiconExtractor(signal=signal).extract(paper(ABSTRACT)).fields["tasks"]
    note = next(f.message for f in tasks.flags if f.message.startswith("annotation: learned"))
    assert "no sentence names it" in note


def test_a_task_no_sentence_names_is_not_quoted_from_a_future_work_sentence(tmp_path):
    # the future-work sentence leans to annotation as much as the one about what it does, and
    # comes first
    first, rest = ABSTRACT.split(". ", 1)
    later = f"{first}. Kinds are left for future work. {rest}"
    signal = WordSignal(weights=weights(tmp_path, -2.0))
    tasks = LexiconExtractor(signal=signal).extract(paper(later)).fields["tasks"]
    assert "annotation" in tasks.value
    assert not any("future work" in e.quote for e in tasks.evidence)


def test_signal_below_its_threshold_adds_nothing(tmp_path):
    signal = WordSignal(weights=weights(tmp_path, -8.0))
    tasks = LexiconExtractor(signal=signal).extract(paper(ABSTRACT)).fields["tasks"]
    assert "annotation" not in tasks.value


KNOCKOUTS = ABSTRACT + " It also predicts how the cells respond to gene knockouts."


def test_beside_the_rules_tasks_the_signal_adds_one_at_its_stricter_threshold(tmp_path):
    # the paper's probability for annotation is about 0.96 (intercept -2)
    signal = WordSignal(weights=weights(tmp_path, -2.0, add=0.95))
    tasks = LexiconExtractor(signal=signal).extract(paper(KNOCKOUTS)).fields["tasks"]
    assert tasks.value == ["annotation", "trajectory_perturbation"]
    assert any("forty kinds" in e.quote for e in tasks.evidence)


def test_beside_the_rules_tasks_the_signal_below_its_stricter_threshold_adds_nothing(tmp_path):
    signal = WordSignal(weights=weights(tmp_path, -2.0, add=0.97))
    tasks = LexiconExtractor(signal=signal).extract(paper(KNOCKOUTS)).fields["tasks"]
    assert tasks.value == ["trajectory_perturbation"]


def test_a_task_the_rules_found_is_dropped_where_the_signal_rules_it_out(tmp_path):
    # the paper's probability for trajectory_perturbation is below 0.01 (intercept -12)
    path = weights(tmp_path, -12.0, task="trajectory_perturbation", drop=0.02)
    tasks = LexiconExtractor(signal=WordSignal(path)).extract(paper(KNOCKOUTS)).fields["tasks"]
    assert "trajectory_perturbation" not in tasks.value
    assert any(f.message.startswith("dropped, the learned signal") for f in tasks.flags)


# the test papers' fronts have two words the weights know: three make them short
SHORT = {"below_words": 3, "add_threshold": 0.99, "drop_below": 0.001}


def test_on_a_short_front_a_task_of_the_rules_is_dropped_only_at_the_short_bound(tmp_path):
    # trajectory_perturbation's probability (about 0.003) is ruled out at 0.02, not at 0.001
    path = weights(
        tmp_path, -12.0, task="trajectory_perturbation", add=0.95, drop=0.02, short=SHORT
    )
    tasks = LexiconExtractor(signal=WordSignal(path)).extract(paper(KNOCKOUTS)).fields["tasks"]
    assert "trajectory_perturbation" in tasks.value


def test_on_a_short_front_the_signal_adds_beside_the_rules_only_at_the_short_bar(tmp_path):
    # annotation's probability (about 0.96) passes the bar of 0.95, not the short one of 0.99
    signal = WordSignal(weights=weights(tmp_path, -2.0, add=0.95, drop=0.02, short=SHORT))
    tasks = LexiconExtractor(signal=signal).extract(paper(KNOCKOUTS)).fields["tasks"]
    assert tasks.value == ["trajectory_perturbation"]


def test_a_front_with_enough_known_words_takes_the_ordinary_task_bounds(tmp_path):
    long_enough = {**SHORT, "below_words": 2}
    path = weights(
        tmp_path, -12.0, task="trajectory_perturbation", add=0.95, drop=0.02, short=long_enough
    )
    tasks = LexiconExtractor(signal=WordSignal(path)).extract(paper(KNOCKOUTS)).fields["tasks"]
    assert "trajectory_perturbation" not in tasks.value


def test_on_a_short_front_modalities_take_their_ordinary_bounds(tmp_path):
    # rna's probability (about 0.005) is ruled out at the modalities' 0.01, not at the short 0.001
    mods = {"drop_below": 0.01, "values": {"rna": {"coef": [0.0, -4.3], "intercept": -2.0}}}
    path = weights(tmp_path, -8.0, add=0.95, drop=0.02, modalities=mods, short=SHORT)
    field = LexiconExtractor(signal=WordSignal(path)).extract(paper(ABSTRACT)).fields["modalities"]
    assert "rna" not in field.value


@pytest.mark.parametrize("looser", [{"add_threshold": 0.5}, {"drop_below": 0.5}])
def test_short_front_bounds_looser_than_the_others_are_a_clear_error(tmp_path, looser):
    path = weights(tmp_path, -2.0, add=0.95, drop=0.02, short={**SHORT, **looser})
    with pytest.raises(DataError, match="short_front"):
        WordSignal(path)


def test_the_committed_weights_keep_stricter_task_bounds_for_short_fronts():
    data = json.loads(WEIGHTS.read_text())
    short = data["short_front"]
    assert short["below_words"] > 0
    assert short["add_threshold"] > data["add_threshold"]
    assert short["drop_below"] < data["drop_below"]


def test_a_dropped_task_takes_no_note_on_how_the_rules_found_it(tmp_path):
    spatial = (
        "We present Wickerling, a transformer trained on marsh tissue profiled by spatial "
        "transcriptomics. Wickerling imputes unmeasured genes in every spot of forty kinds of "
        "section. It also predicts how the cells respond to gene knockouts."
    )
    path = weights(tmp_path, -12.0, task="spatial_mapping", drop=0.02)
    tasks = LexiconExtractor(signal=WordSignal(path)).extract(paper(spatial)).fields["tasks"]
    assert tasks.value == ["trajectory_perturbation"]
    assert not any(f.message.startswith("spatial_mapping:") for f in tasks.flags)


def test_a_task_the_signal_adds_does_not_decide_the_family(tmp_path):
    # the rules' tasks (regulatory inference alone) make RNA and ATAC read together epigenomic;
    # the annotation the signal adds beside them does not make it multimodal
    regulatory = (
        "We present Wickerling, a transformer that reads paired single-cell RNA-seq and "
        "ATAC-seq of marsh cells to link enhancers to their target genes. Wickerling embeds "
        "every cell of the forty kinds."
    )
    path = weights(tmp_path, -2.0, add=0.95)
    fields = LexiconExtractor(signal=WordSignal(path)).extract(paper(regulatory)).fields
    assert "annotation" in fields["tasks"].value
    assert fields["family"].value == "epigenomic"


def test_a_task_the_signal_doubts_but_does_not_rule_out_stays(tmp_path):
    # the paper's probability for trajectory_perturbation is about 0.03 (intercept -8.6)
    path = weights(tmp_path, -8.6, task="trajectory_perturbation", drop=0.02)
    tasks = LexiconExtractor(signal=WordSignal(path)).extract(paper(KNOCKOUTS)).fields["tasks"]
    assert "trajectory_perturbation" in tasks.value


def test_after_a_drop_the_signal_adds_beside_the_rules_tasks_only_at_its_stricter_bar(tmp_path):
    # trajectory_perturbation (the rules') is ruled out; annotation's probability, about 0.9,
    # passes the bar where the rules found nothing (0.8), not the one beside theirs (0.95)
    path = tmp_path / "w.json"
    lean = {"coef": [0.0, 8.0], "intercept": -2.9}
    doubt = {"coef": [0.0, 8.0], "intercept": -12.0}
    data = {
        "version": "t-1",
        "threshold": 0.8,
        "add_threshold": 0.95,
        "drop_below": 0.02,
        "words": ["cells", "kinds"],
        "idf": [1.0, 2.0],
        "tasks": {"annotation": lean, "trajectory_perturbation": doubt},
    }
    path.write_text(json.dumps(data))
    tasks = LexiconExtractor(signal=WordSignal(path)).extract(paper(KNOCKOUTS)).fields["tasks"]
    assert tasks.value == []


def test_weights_without_a_task_bound_drop_none_of_the_rules_tasks(tmp_path):
    path = weights(tmp_path, -12.0, task="trajectory_perturbation")
    tasks = LexiconExtractor(signal=WordSignal(path)).extract(paper(KNOCKOUTS)).fields["tasks"]
    assert "trajectory_perturbation" in tasks.value


def test_signal_records_its_version_in_the_extractor_version(tmp_path):
    signal = WordSignal(weights=weights(tmp_path, -2.0))
    assert LexiconExtractor(signal=signal).prompt_versions["lexicon"].endswith("+t-1")


def test_unreadable_weights_are_a_clear_error(tmp_path):
    bad = tmp_path / "w.json"
    bad.write_text('{"tasks": {}}')
    with pytest.raises(DataError, match="learned signal"):
        WordSignal(weights=bad)


def test_weights_whose_lists_differ_in_length_are_a_clear_error(tmp_path):
    path = weights(tmp_path, -2.0)
    data = json.loads(path.read_text())
    data["idf"] = [1.0]
    path.write_text(json.dumps(data))
    with pytest.raises(DataError, match="learned signal"):
        WordSignal(weights=path)


def test_committed_weights_cover_the_task_vocabulary_in_one_layout():
    data = json.loads(WEIGHTS.read_text())
    sizes = {len(w["coef"]) for w in data["tasks"].values()} | {len(data["idf"])}
    assert set(data["family"]["classes"]) == {
        "foundation",
        "text_bridge",
        "spatial_multimodal",
        "epigenomic",
        "agentic",
        "benchmark",
    }
    assert len({len(w["coef"]) for w in data["family"]["classes"].values()}) == 1
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
    # (adding beside the rules' tasks is never easier than filling their silence)
    assert sizes == {len(data["words"])} and 0.5 < data["threshold"] <= data["add_threshold"] < 1


def test_by_default_the_lexicon_runs_with_the_signal(monkeypatch):
    from agent.pipeline import make_extractors
    from agent.settings import Settings

    for part in ("TASKS", "FAMILY", "MODALITIES"):
        monkeypatch.delenv(f"CURATE_EXTRACT__LEARNED_{part}", raising=False)
    signal = make_extractors(Settings(), "lexicon")[0].signal
    assert signal.parts == {"tasks", "family", "modalities"}


def test_the_three_settings_off_run_the_lexicon_without_the_signal(monkeypatch):
    from agent.pipeline import make_extractors
    from agent.settings import Settings

    for part in ("TASKS", "FAMILY", "MODALITIES"):
        monkeypatch.setenv(f"CURATE_EXTRACT__LEARNED_{part}", "false")
    assert make_extractors(Settings(), "lexicon")[0].signal is None


def test_weights_without_a_stricter_threshold_add_nothing_beside_the_rules(tmp_path):
    signal = WordSignal(weights=weights(tmp_path, 0.0))  # p about 1 for annotation
    tasks = LexiconExtractor(signal=signal).extract(paper(KNOCKOUTS)).fields["tasks"]
    assert tasks.value == ["trajectory_perturbation"]


def test_features_are_the_training_vectorisers_tf_idf():
    text_module = pytest.importorskip("sklearn.feature_extraction.text")
    TfidfVectorizer = text_module.TfidfVectorizer  # noqa: N806

    docs = [
        "Cells cells of the marsh sorted into kinds.",
        "Kinds of cells, and the marsh's 12 species.",
        "A marsh without kinds.",
    ]
    vec = TfidfVectorizer(min_df=2, sublinear_tf=True).fit(docs)
    idf = dict(zip(vec.get_feature_names_out(), vec.idf_, strict=True))
    text = "Kinds, kinds and cells of an unknown marsh."
    want = dict(zip(vec.get_feature_names_out(), vec.transform([text]).toarray()[0], strict=True))
    got = features(text, idf)
    assert got == pytest.approx({w: v for w, v in want.items() if v})


def test_add_records_the_signal_version_in_its_proposal(monkeypatch, example_pdf):
    from typer.testing import CliRunner

    from agent.cli import app

    monkeypatch.setenv("CURATE_EXTRACT__LEARNED_TASKS", "true")
    res = CliRunner().invoke(app, ["add", "--pdf", str(example_pdf), "--json"])
    assert res.exit_code == 0, res.output
    proposal = Path(json.loads(res.output)["path"]).read_text()
    assert "+word-signal-" in proposal


def test_by_default_the_committed_weights_propose_a_task_the_rules_did_not_find(monkeypatch):
    from agent.pipeline import make_extractors
    from agent.settings import Settings

    monkeypatch.delenv("CURATE_EXTRACT__LEARNED_TASKS")
    title = "Avocet: one model for twelve species"
    text = (
        f"{title}\nWe present Avocet, a transformer pretrained on cells of twelve species. What "
        "it learns from mouse cells holds for zebrafish and human cells without any retraining."
    )
    avocet = PaperText(title=title, pages=[Page(number=1, text=text)], source="t")
    assert LexiconExtractor().extract(avocet).fields["tasks"].value == []
    tasks = make_extractors(Settings(), "lexicon")[0].extract(avocet).fields["tasks"]
    assert "cross_species" in tasks.value


def test_a_batch_shares_one_signal_and_so_reads_the_weights_once(monkeypatch):
    from agent.pipeline import make_extractors
    from agent.settings import Settings

    monkeypatch.setenv("CURATE_EXTRACT__LEARNED_TASKS", "true")
    first, second = (make_extractors(Settings(), "lexicon")[0] for _ in range(2))
    assert first.signal is second.signal


def test_the_signal_runs_without_the_embedding_model(monkeypatch):
    from agent.pipeline import make_extractors
    from agent.settings import Settings

    for part in ("TASKS", "FAMILY", "MODALITIES"):
        monkeypatch.setenv(f"CURATE_EXTRACT__LEARNED_{part}", "true")
    monkeypatch.setenv("CURATE_EMBEDDING__MODEL", "no-such-model-package")
    ex = make_extractors(Settings(), "lexicon")[0]
    assert ex.extract(paper(KNOCKOUTS)).fields["tasks"].value
    assert "+word-signal-" in ex.prompt_versions["lexicon"]


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
    signal = WordSignal(weights=weights(tmp_path, -2.0))
    tasks = LexiconExtractor(signal=signal).extract(paper(text)).fields["tasks"]
    assert "annotation" not in tasks.value


def sure_of(family: str, intercept: float = 0.0) -> dict:
    """Family weights under which a paper about "kinds" is `family` (with about 0.999 at
    intercept 0; about 0.5 at -7) rather than a foundation model."""
    return {
        "threshold": 0.9,
        "classes": {
            family: {"coef": [0.0, 8.0], "intercept": intercept},
            "foundation": {"coef": [0.0, 0.0], "intercept": 0.0},
        },
    }


def test_a_family_the_signal_is_sure_of_replaces_the_rules_with_a_quote_and_a_note(tmp_path):
    rules = LexiconExtractor().extract(paper(ABSTRACT)).fields["family"].value
    assert rules == "foundation"
    fam = sure_of("spatial_multimodal")
    signal = WordSignal(weights=weights(tmp_path, -8.0, family=fam))
    field = LexiconExtractor(signal=signal).extract(paper(ABSTRACT)).fields["family"]
    assert field.value == "spatial_multimodal"
    assert any("forty kinds" in e.quote for e in field.evidence)
    assert any("over the rules' foundation" in f.message for f in field.flags)


def test_a_family_below_the_signals_threshold_leaves_the_rules(tmp_path):
    signal = WordSignal(weights=weights(tmp_path, -8.0, family=sure_of("text_bridge", -7.0)))
    field = LexiconExtractor(signal=signal).extract(paper(ABSTRACT)).fields["family"]
    assert field.value == "foundation"


def test_the_signals_family_is_quoted_from_a_sentence_that_names_it_where_one_does(tmp_path):
    spatial = ABSTRACT + " Spatial transcriptomics of the kinds was used only to check the map."
    signal = WordSignal(weights=weights(tmp_path, -8.0, family=sure_of("spatial_multimodal")))
    field = LexiconExtractor(signal=signal).extract(paper(spatial)).fields["family"]
    assert field.value == "spatial_multimodal"
    assert field.evidence[0].quote.startswith("Spatial transcriptomics of the kinds")
    assert not any("no sentence names it" in f.message for f in field.flags)


def test_the_signal_never_makes_a_family_agentic(tmp_path):
    fam = sure_of("agentic")
    signal = WordSignal(weights=weights(tmp_path, -8.0, family=fam))
    field = LexiconExtractor(signal=signal).extract(paper(ABSTRACT)).fields["family"]
    assert field.value == "foundation"


def test_a_modality_the_signal_rules_out_is_dropped_with_a_note(tmp_path):
    assert "rna" in LexiconExtractor().extract(paper(ABSTRACT)).fields["modalities"].value
    mods = {"drop_below": 0.01, "values": {"rna": {"coef": [0.0, -8.0], "intercept": -2.0}}}
    signal = WordSignal(weights=weights(tmp_path, -8.0, modalities=mods))
    field = LexiconExtractor(signal=signal).extract(paper(ABSTRACT)).fields["modalities"]
    assert "rna" not in field.value
    assert any("rules it out" in f.message for f in field.flags)


def test_a_modality_the_signal_doubts_but_does_not_rule_out_stays(tmp_path):
    mods = {"drop_below": 0.01, "values": {"rna": {"coef": [0.0, -1.0], "intercept": 0.0}}}
    signal = WordSignal(weights=weights(tmp_path, -8.0, modalities=mods))
    field = LexiconExtractor(signal=signal).extract(paper(ABSTRACT)).fields["modalities"]
    assert "rna" in field.value


def test_a_family_part_turned_off_leaves_the_rules_family(tmp_path):
    path = weights(tmp_path, -8.0, family=sure_of("spatial_multimodal"))
    signal = WordSignal(weights=path, parts=frozenset({"tasks", "modalities"}))
    field = LexiconExtractor(signal=signal).extract(paper(ABSTRACT)).fields["family"]
    assert field.value == "foundation"


def test_a_signal_with_some_parts_off_says_so_in_its_version(tmp_path):
    signal = WordSignal(weights=weights(tmp_path, -8.0), parts=frozenset({"tasks"}))
    assert LexiconExtractor(signal=signal).prompt_versions["lexicon"].endswith("+t-1[tasks]")


def test_the_signal_never_takes_the_family_from_an_agent(tmp_path):
    agent = (
        "We present Wickerling, an LLM agent that plans the analysis, calls annotation tools "
        "and executes Python code to sort marsh cells into forty kinds."
    )
    assert LexiconExtractor().extract(paper(agent)).fields["family"].value == "agentic"
    signal = WordSignal(weights=weights(tmp_path, -8.0, family=sure_of("spatial_multimodal")))
    field = LexiconExtractor(signal=signal).extract(paper(agent)).fields["family"]
    assert field.value == "agentic"


def test_modalities_emptied_by_the_signal_are_flagged_for_the_reviewer(tmp_path):
    mods = {"drop_below": 0.01, "values": {"rna": {"coef": [0.0, -8.0], "intercept": -2.0}}}
    signal = WordSignal(weights=weights(tmp_path, -8.0, modalities=mods))
    field = LexiconExtractor(signal=signal).extract(paper(ABSTRACT)).fields["modalities"]
    assert field.value == []
    assert {f.code for f in field.flags} >= {FlagCode.no_evidence, FlagCode.note}
    assert not field.evidence


@pytest.mark.parametrize("part", ["tasks", "family", "modalities"])
def test_each_part_of_the_signal_has_its_own_switch(monkeypatch, part):
    from agent.pipeline import make_extractors
    from agent.settings import Settings

    for other in ("tasks", "family", "modalities"):
        monkeypatch.setenv(f"CURATE_EXTRACT__LEARNED_{other.upper()}", str(other != part))
    assert make_extractors(Settings(), "lexicon")[0].signal.parts == {
        "tasks",
        "family",
        "modalities",
    } - {part}


def sure_reads(value: str, intercept: float = 0.0, add_above: float | None = 0.95) -> dict:
    # the word "kinds" makes the signal sure the model reads `value` (intercept 0)
    mods: dict = {
        "drop_below": 0.01,
        "values": {value: {"coef": [0.0, 8.0], "intercept": intercept}},
    }
    if add_above is not None:
        mods["add_above"] = add_above
    return mods


#: a sentence about this model that names protein, which the rules do not count
ASIDE = ABSTRACT + " Surface protein counts of the kinds were used only to check the clusters."


def modalities(text: str, mods: dict, tmp_path: Path):
    signal = WordSignal(weights=weights(tmp_path, -8.0, modalities=mods))
    return LexiconExtractor(signal=signal).extract(paper(text)).fields["modalities"]


def test_a_modality_the_signal_is_sure_of_is_added_with_its_sentence_and_a_note(tmp_path):
    assert "protein" not in LexiconExtractor().extract(paper(ASIDE)).fields["modalities"].value
    field = modalities(ASIDE, sure_reads("protein"), tmp_path)
    assert "protein" in field.value
    assert any("Surface protein counts" in e.quote for e in field.evidence)
    assert any(f.message.startswith("protein: learned signal") for f in field.flags)


def test_a_modality_no_sentence_names_is_added_with_a_note_saying_so(tmp_path):
    field = modalities(ABSTRACT, sure_reads("protein"), tmp_path)
    assert "protein" in field.value
    note = next(f.message for f in field.flags if f.message.startswith("protein: learned"))
    assert "no sentence names it" in note


def test_a_sentence_that_names_the_modality_is_quoted_before_one_that_leans_to_it(tmp_path):
    field = modalities(ASIDE, sure_reads("protein"), tmp_path)
    quotes = [e.quote for e in field.evidence]
    assert any("Surface protein counts" in q for q in quotes)
    assert not any("no sentence names it" in f.message for f in field.flags)


def test_a_naming_sentence_is_quoted_though_the_signals_words_are_not_in_it(tmp_path):
    # the sentence names protein but has none of the words the signal weighs ("kinds")
    aside = ABSTRACT + " Surface protein counts were used only to check the clusters."
    field = modalities(aside, sure_reads("protein"), tmp_path)
    assert any("Surface protein counts" in e.quote for e in field.evidence)
    assert not any("no sentence names it" in f.message for f in field.flags)


@pytest.mark.parametrize(
    "aside",
    [
        "Earlier models [3] read surface protein counts.",
        "Wickerling, scGPT, Geneformer and totalVI were compared; totalVI reads surface protein "
        "counts.",
    ],
    ids=["earlier-work", "other-models"],
)
def test_a_sentence_naming_the_modality_as_others_work_is_not_its_quote(tmp_path, aside):
    field = modalities(f"{ABSTRACT} {aside}", sure_reads("protein"), tmp_path)
    assert "protein" in field.value
    assert not any("protein counts" in e.quote for e in field.evidence)
    note = next(f.message for f in field.flags if f.message.startswith("protein: learned"))
    assert "no sentence names it" in note


def test_a_sentence_naming_the_modality_as_future_work_is_not_its_quote(tmp_path):
    later = ABSTRACT + " Reading surface protein counts of the kinds is left for future work."
    field = modalities(later, sure_reads("protein"), tmp_path)
    assert "protein" in field.value
    assert not any("future work" in e.quote for e in field.evidence)
    note = next(f.message for f in field.flags if f.message.startswith("protein: learned"))
    assert "no sentence names it" in note


def rna_at(intercept: float) -> dict:
    # the signal's probability that the model reads RNA is the intercept's, whatever the text
    return {
        "drop_below": 0.01,
        "prior_below": 0.1,
        "values": {"rna": {"coef": [0.0, 0.0], "intercept": intercept}},
    }


def test_the_rna_prior_is_not_taken_where_the_signal_doubts_it(tmp_path):
    # rna is the rules' guess from cell-level context; the signal gives it about 0.05
    rules = LexiconExtractor().extract(paper(ABSTRACT)).fields["modalities"]
    assert any(f.message.startswith("rna inferred") for f in rules.flags)
    field = modalities(ABSTRACT, rna_at(-3.0), tmp_path)
    assert "rna" not in field.value
    assert any(f.message.startswith("rna not inferred") for f in field.flags)


def test_the_rna_prior_stands_where_the_signals_modalities_are_off(tmp_path):
    path = weights(tmp_path, -8.0, modalities=rna_at(-3.0))
    signal = WordSignal(path, parts=frozenset({"tasks", "family"}))
    field = LexiconExtractor(signal=signal).extract(paper(ABSTRACT)).fields["modalities"]
    assert "rna" in field.value


def test_the_rna_prior_stands_where_the_signal_gives_rna_more_than_its_bound(tmp_path):
    # about 0.18, above the prior's bound (0.1)
    field = modalities(ABSTRACT, rna_at(-1.5), tmp_path)
    assert "rna" in field.value


def test_rna_named_as_an_assay_stays_whatever_the_prior_bound(tmp_path):
    named = ABSTRACT.replace("marsh cells", "marsh cells profiled by single-cell RNA-seq")
    field = modalities(named, rna_at(-3.0), tmp_path)
    assert "rna" in field.value


def test_the_signal_adds_no_modality_below_its_bound(tmp_path):
    # the paper's probability for protein is about 0.9 (intercept -4.6), below the 0.95 bound
    field = modalities(ASIDE, sure_reads("protein", intercept=-4.6), tmp_path)
    assert "protein" not in field.value


def test_weights_without_a_modality_bound_add_no_modality(tmp_path):
    field = modalities(ASIDE, sure_reads("protein", add_above=None), tmp_path)
    assert "protein" not in field.value


def test_the_signal_never_adds_a_modality_the_text_says_the_model_does_not_read(tmp_path):
    denied = ASIDE + " Wickerling does not use protein measurements."
    field = modalities(denied, sure_reads("protein"), tmp_path)
    assert "protein" not in field.value


def test_the_signal_never_adds_back_a_modality_the_rules_left_out_on_purpose(tmp_path):
    # accessibility predicted from DNA is the model's output: the rules leave atac out
    predicts = ABSTRACT + (
        " Wickerling predicts chromatin accessibility tracks of the kinds from DNA sequence."
    )
    assert "atac" not in LexiconExtractor().extract(paper(predicts)).fields["modalities"].value
    field = modalities(predicts, sure_reads("atac"), tmp_path)
    assert "atac" not in field.value


def test_the_signal_never_adds_a_task_the_text_says_the_model_does_not_do(tmp_path):
    denied = ABSTRACT + " Wickerling is not designed to annotate cell types."
    signal = WordSignal(weights=weights(tmp_path, -2.0))
    tasks = LexiconExtractor(signal=signal).extract(paper(denied)).fields["tasks"]
    assert "annotation" not in tasks.value


def test_the_signal_never_adds_rna_where_the_text_says_expression_is_not_read(tmp_path):
    atac = (
        "We present Wickerling, a transformer pretrained on the scATAC-seq fragments of ten "
        "million marsh cells. Wickerling sorts every cell into one of forty kinds. "
        "Wickerling itself never takes expression as input; the kinds were checked against "
        "gene expression of the same cells."
    )
    field = modalities(atac, sure_reads("rna"), tmp_path)
    assert "rna" not in field.value


def test_an_agents_text_stays_where_it_is_the_only_data_the_rules_found(tmp_path):
    # the signal's added modality does not count as other data the agent analyses
    agent = (
        "We present Wickerling, an autonomous LLM agent that plans and executes analyses of "
        "forty kinds of marsh samples. Wickerling receives a text prompt, writes code, runs "
        "tools and checks the results."
    )
    assert LexiconExtractor().extract(paper(agent)).fields["modalities"].value == ["text"]
    field = modalities(agent, sure_reads("histology"), tmp_path)
    assert "text" in field.value


def test_the_training_script_reads_its_training_sets_search_rows_from_the_shared_dir_it_is_given(
    tmp_path,
):
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "scripts" / "train_word_signal.py"
    done = subprocess.run(
        [sys.executable, str(script), "--shared-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    # (the first training set whose texts live in the shared data, named, with the folder given)
    assert re.search(r"^[\w-]+: .*" + re.escape(str(tmp_path)), done.stderr, re.M)


# ---- the act judgement: is a task's sentence about what this model does? ----------------------


def judging(against: str, coef: float = -10.0, drop_below: float = 0.5) -> dict:
    # one feature weighs against (or, positive, for) the sentence; alone, a sentence is kept
    # (intercept 2: probability about 0.88)
    return {"features": [against], "coef": [coef], "intercept": 2.0, "drop_below": drop_below}


def judged_tasks(tmp_path: Path, text: str, acts: dict | None, **kw):
    path = weights(tmp_path, -8.0, acts=acts, **kw)
    return LexiconExtractor(signal=WordSignal(path)).extract(paper(text)).fields["tasks"]


BASELINE_KNOCKOUTS = ABSTRACT + " The baseline predicts how the cells respond to gene knockouts."


def test_a_task_said_only_where_the_act_judgement_reads_no_act_of_this_model_is_left_out(
    tmp_path,
):
    assert "trajectory_perturbation" in judged_tasks(tmp_path, BASELINE_KNOCKOUTS, None).value
    tasks = judged_tasks(tmp_path, BASELINE_KNOCKOUTS, judging("s:baseline"))
    assert "trajectory_perturbation" not in tasks.value


def test_a_task_the_act_judgement_leaves_out_gets_a_note_with_the_words_against_it(tmp_path):
    tasks = judged_tasks(tmp_path, BASELINE_KNOCKOUTS, judging("s:baseline"))
    note = next(f.message for f in tasks.flags if "act judgement" in f.message)
    assert note.startswith("trajectory_perturbation left out")
    assert "s:baseline" in note and "t-1" in note


def test_a_sentence_the_act_judgement_reads_as_this_models_act_keeps_its_task(tmp_path):
    tasks = judged_tasks(tmp_path, BASELINE_KNOCKOUTS, judging("s:baseline", coef=3.0))
    assert "trajectory_perturbation" in tasks.value
    assert not any("act judgement" in f.message for f in tasks.flags)


def test_a_task_kept_by_another_sentence_is_not_quoted_from_the_one_set_aside(tmp_path):
    both = BASELINE_KNOCKOUTS + " Wickerling itself forecasts responses to gene knockouts."
    tasks = judged_tasks(tmp_path, both, judging("s:baseline"))
    assert "trajectory_perturbation" in tasks.value
    quotes = [e.quote for e in tasks.evidence if "knockouts" in e.quote]
    assert quotes and not any("baseline" in q for q in quotes)


def test_on_a_short_front_the_act_judgement_reads_no_sentence(tmp_path):
    tasks = judged_tasks(
        tmp_path, BASELINE_KNOCKOUTS, judging("s:baseline"), add=0.95, drop=0.02, short=SHORT
    )
    assert "trajectory_perturbation" in tasks.value


def test_the_tasks_part_turned_off_judges_no_sentence(tmp_path):
    path = weights(tmp_path, -8.0, acts=judging("s:baseline"))
    signal = WordSignal(path, parts=frozenset({"family", "modalities"}))
    tasks = LexiconExtractor(signal=signal).extract(paper(BASELINE_KNOCKOUTS)).fields["tasks"]
    assert "trajectory_perturbation" in tasks.value


def test_an_act_judgement_without_a_bound_sets_no_sentence_aside(tmp_path):
    acts = {k: v for k, v in judging("s:baseline").items() if k != "drop_below"}
    assert "trajectory_perturbation" in judged_tasks(tmp_path, BASELINE_KNOCKOUTS, acts).value


def test_act_features_read_the_words_on_each_side_of_the_term():
    text = "Unlike earlier tools, it labels every cell type in the atlas."
    start = text.index("labels")
    f = act_features("annotation", text, (start, start + len("labels every cell type")))
    assert {"t:annotation", "l:unlike", "l:it", "r:in", "r:atlas", "s:tools"} <= f
    assert "l:in" not in f and "r:unlike" not in f
    assert "pos:1" in f  # four words before the term


def test_act_features_read_at_most_six_words_before_the_term():
    text = "one two three four five six seven eight annotate cells"
    start = text.index("annotate")
    f = act_features("annotation", text, (start, start + 8))
    assert {"l:three", "l:eight"} <= f and "l:two" not in f and "pos:2" in f


def test_act_features_say_so_where_the_term_is_not_found():
    assert "nomatch" in act_features("annotation", "Cells are labelled.", None)


def committed_act(task: str, text: str) -> float:
    from agent.extract.lexicon import TASK_TERMS, term_rx

    m = term_rx(TASK_TERMS[task])[0].search(text)
    return WordSignal().act_probability(task, text, m.span() if m else None)[0]


@pytest.mark.parametrize(
    "task, text",
    [
        ("annotation", "Extending the model to cell type annotation is planned as future work."),
        ("trajectory_perturbation", "We validated the predictions by CRISPR knockouts."),
    ],
)
def test_the_committed_act_judgement_sets_aside_what_is_not_the_models_act(task, text):
    assert committed_act(task, text) < WordSignal().act_drop_below


@pytest.mark.parametrize(
    "task, text",
    [
        ("annotation", "Quill annotates cell types in unseen donors with few labels."),
        ("trajectory_perturbation", "Quill predicts responses to unseen genetic perturbations."),
    ],
)
def test_the_committed_act_judgement_keeps_the_models_own_act(task, text):
    assert committed_act(task, text) >= WordSignal().act_drop_below


@pytest.mark.parametrize(
    "task, text",
    [
        (
            "annotation",
            "Annotating cell types by hand remains slow, and most automated tools require a "
            "matched reference.",
        ),
        (
            "integration",
            "Integrating many studies into one reference remains difficult, since batch effects "
            "are strong.",
        ),
        ("trajectory_perturbation", "Predicting how cells respond to perturbations remains hard."),
    ],
)
def test_the_committed_act_judgement_sets_aside_the_fields_background(task, text):
    # (trained on the record's gold alone, round twenty-six's judgement kept these at 0.97-0.99)
    assert committed_act(task, text) < WordSignal().act_drop_below


def test_act_features_do_not_read_the_sentences_section():
    text = "Quill annotates cell types."
    assert act_features("annotation", text, None) == {
        "t:annotation",
        "s:quill",
        "s:annotates",
        "s:cell",
        "s:types",
        "nomatch",
    }


def training_script():
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "train_word_signal.py"
    spec = importlib.util.spec_from_file_location("train_word_signal", script)
    assert spec and spec.loader
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    return train


def test_the_act_judgement_keeps_features_of_five_records_or_more():
    train = training_script()
    rows = [
        {"set": f"set{i % 2}", "acts": [({"s:often", f"s:only{i // 5}"}, i % 2 == 0)]}
        for i in range(10)
    ]
    rows += [{"set": "set0", "acts": [({"s:often", "s:rare"}, True)]}]
    coef, _ = train.fit_acts(rows)
    assert "s:rare" not in coef
    assert {"s:only0", "s:only1"} <= set(coef)


def cited_rows(sets_of_cited: list[str]) -> list[dict]:
    # five records carry "s:cited" (each a positive) in the sets given; others are plain
    rows = [{"set": name, "acts": [({"s:cited"}, True)]} for name in sets_of_cited]
    rows += [{"set": "set1", "acts": [({"s:other"}, True)]} for _ in range(5)]
    return rows + [{"set": f"set{i % 2}", "acts": [({"s:plain"}, False)]} for i in range(10)]


@pytest.mark.parametrize(
    "sets_of_cited, kept", [(["set0"] * 5, False), (["set0"] * 3 + ["set1"] * 2, True)]
)
def test_the_act_judgement_leaves_out_a_feature_of_one_set_alone(sets_of_cited, kept):
    coef, _ = training_script().fit_acts(cited_rows(sets_of_cited))
    assert ("s:cited" in coef) is kept


UNLIKE_BATCH = (
    ABSTRACT + " Unlike batch correction methods built for a few studies, Wickerling integrates"
    " twenty studies of the compendium."
)


def test_a_sentence_is_kept_where_another_match_of_its_term_reads_as_the_models_act(tmp_path):
    # the first match ("batch correction methods") is the baselines'; the one the rules counted
    # ("integrates twenty studies") is this model's
    tasks = judged_tasks(tmp_path, UNLIKE_BATCH, judging("r:methods"))
    assert "integration" in tasks.value


def test_a_sentence_is_set_aside_where_no_match_of_its_term_reads_as_the_models_act(tmp_path):
    tasks = judged_tasks(tmp_path, UNLIKE_BATCH, judging("s:unlike"))
    assert "integration" not in tasks.value


def test_a_task_set_aside_comes_back_only_at_the_word_signals_bar_with_a_note_saying_so(tmp_path):
    # the word signal gives trajectory_perturbation about 0.96 (intercept -2): above its bar
    path = weights(tmp_path, -2.0, task="trajectory_perturbation", acts=judging("s:baseline"))
    tasks = LexiconExtractor(signal=WordSignal(path)).extract(paper(BASELINE_KNOCKOUTS))
    field = tasks.fields["tasks"]
    assert "trajectory_perturbation" in field.value
    assert any(
        "act judgement set the rules' sentences for it aside" in f.message for f in field.flags
    )
    assert not any("left out: the learned act judgement" in f.message for f in field.flags)


def test_a_task_the_rules_would_not_have_taken_gets_no_note_when_its_sentence_is_set_aside(
    tmp_path,
):
    aside = ABSTRACT + " Responses to gene knockouts are left for future work."
    assert "trajectory_perturbation" not in judged_tasks(tmp_path, aside, None).value
    tasks = judged_tasks(tmp_path, aside, judging("s:future"))
    assert not any("act judgement" in f.message for f in tasks.flags)


def long_paper(body: str) -> PaperText:
    title = "Wickerling: sorting marsh cells"
    filler = " ".join(f"Marsh sample {i} was collected at low tide." for i in range(200))
    return PaperText(
        title=title, pages=[Page(number=1, text=f"{title}\n{body} {filler}")], source="t"
    )


def test_in_a_long_paper_a_task_set_aside_does_not_lower_the_floor_for_the_others(tmp_path):
    # twelve sentences of spatial domains set the floor (a quarter of the top score); one
    # annotation sentence is below it, and stays below once the domains are set aside
    domains = " ".join(
        f"Wickerling identified spatial domains in tissue section {i}." for i in range(12)
    )
    text = f"{domains} Wickerling also annotates cell types in every section."
    path = weights(tmp_path, -8.0, acts=judging("s:domains"))
    plain = LexiconExtractor().extract(long_paper(text)).fields["tasks"].value
    assert "annotation" not in plain and "spatial_mapping" in plain
    judged = LexiconExtractor(signal=WordSignal(path)).extract(long_paper(text)).fields["tasks"]
    assert "annotation" not in judged.value


def test_act_features_place_the_term_by_every_word_before_it():
    text = "one two three four five six seven eight nine ten annotate cells"
    start = text.index("annotate")
    assert "pos:3" in act_features("annotation", text, (start, start + 8))


def test_a_task_set_aside_is_not_taken_back_by_the_spatial_analysis_rule(tmp_path):
    text = (
        "We present Wickerling, a transformer trained on spatial transcriptomics of marsh "
        "tissue. The baseline maps dissociated cells onto tissue locations. Wickerling segments "
        "each section into cells and clusters the spots."
    )
    assert "spatial_mapping" in judged_tasks(tmp_path, text, None).value
    tasks = judged_tasks(tmp_path, text, judging("t:spatial_mapping"))
    assert "spatial_mapping" not in tasks.value


def test_act_features_read_the_words_beside_the_term_where_lower_casing_lengthens_the_text():
    text = "İİİİ Quill annotates cells"  # ("İ" lower-cases to two characters)
    start = text.index("annotates")
    f = act_features("annotation", text, (start, start + len("annotates")))
    assert "l:quill" in f and "r:cells" in f


SENTENCE_GOLD_HEADER = "set\tid\ttask\tsentence\tat\tterm\tact\n"
KEY = "0123456789abcdef"


def test_the_sentence_gold_is_read_by_set_record_task_sentence_and_offset(tmp_path):
    path = tmp_path / "acts.gold.tsv"
    path.write_text(SENTENCE_GOLD_HEADER + f"s1\tr1\tannotation\t{KEY}\t7\tannotates\tno\n")
    assert training_script().load_act_gold(path) == {("s1", "r1", "annotation", KEY, 7): False}


@pytest.mark.parametrize(
    "rows",
    [
        f"s1\tr1\tannotation\t{KEY}\t7\tannotates\tmaybe\n",  # act neither yes nor no
        f"s1\tr1\tannotation\t{KEY}\tseven\tannotates\tyes\n",  # offset not a number
        f"s1\tr1\tannotation\t{KEY}\t\u00b2\tannotates\tyes\n",  # a digit int() refuses
        f"s1\tr1\tannotaton\t{KEY}\t7\tannotates\tyes\n",  # task outside the vocabulary
        "s1\tr1\tannotation\tabc\t7\tannotates\tyes\n",  # sentence key not 16 hex digits
        f"\tr1\tannotation\t{KEY}\t7\tannotates\tyes\n",  # no set
        f"s1\tr1\tannotation\t{KEY}\t7\tannotates\tyes\textra\n",  # a column too many
        f"s1\tr1\tannotation\t{KEY}\t7\n",  # columns missing
        f"s1\tr1\tannotation\t{KEY}\t7\tannotates\tyes\n"
        f"s1\tr1\tannotation\t{KEY}\t7\tannotates\tno\n",  # one match labelled twice
    ],
)
def test_a_malformed_sentence_gold_row_is_refused_with_its_line(tmp_path, rows):
    path = tmp_path / "acts.gold.tsv"
    path.write_text(SENTENCE_GOLD_HEADER + rows, encoding="utf-8")
    with pytest.raises(DataError, match=r"line \d"):
        training_script().load_act_gold(path)


@pytest.mark.parametrize(
    "content",
    [
        b"set\tid\ttask\tact\ns1\tr1\tannotation\tyes\n",  # other columns
        SENTENCE_GOLD_HEADER.encode() + b"s1\tr1\tannotation\t\xff\t7\tx\tyes\n",  # not UTF-8
        None,  # no file
    ],
)
def test_an_unreadable_sentence_gold_is_refused(tmp_path, content):
    path = tmp_path / "acts.gold.tsv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DataError, match="acts.gold.tsv"):
        training_script().load_act_gold(path)


GOLD_ABSTRACT = (
    "Quill: a transformer for single-cell transcriptomes. Annotating cell types by hand "
    "remains slow. Quill annotates cell types in unseen donors with few labels."
)


def gold_record(train, req: list[str], ok: list[str] = ()) -> dict:
    title, abstract = GOLD_ABSTRACT.split(". ", 1)
    row = {"id": "q1", "set": "s1", "title": title, "abstract": abstract}
    row["gold"] = {"tasks": {"req": req, "ok": list(ok)}}
    train.prepare([row])
    return row


def sentence_gold_saying(train, row: dict, act: bool) -> dict:
    # the annotation matches of the record's background sentence ("... remains slow"),
    # labelled `act`
    recorder = train.ActRecorder()
    train.LexiconExtractor(signal=recorder).extract(row["paper"])
    return {
        ("s1", "q1", task, train.sentence_key(text), span[0]): act
        for task, text, span, _ in recorder.asked
        if task == "annotation" and "remains" in text
    }


def test_a_sentence_the_sentence_gold_reads_as_no_act_is_a_negative_of_a_task_the_gold_has():
    train = training_script()
    row = gold_record(train, ["annotation"])
    gold = sentence_gold_saying(train, row, False)
    assert gold and train.collect_acts([row], gold) == (set(gold), 1)
    assert sorted(act for _, act in row["acts"]) == [False, True]
    assert row["acts_by_record"] == [True, True]


def test_a_sentence_the_sentence_gold_lacks_takes_the_records_gold_and_is_counted():
    train = training_script()
    row = gold_record(train, ["annotation"])
    assert train.collect_acts([row], {}) == (set(), 2)
    assert [act for _, act in row["acts"]] == [True, True]


def test_the_sentence_gold_does_not_make_a_task_the_gold_lacks_an_act():
    train = training_script()
    row = gold_record(train, [])
    gold = sentence_gold_saying(train, row, True)
    assert gold and train.collect_acts([row], gold) == (set(), 0)
    assert [act for _, act in row["acts"]] == [False, False]


def test_a_task_the_gold_only_allows_is_not_trained_on():
    train = training_script()
    row = gold_record(train, [], ok=["annotation"])
    train.collect_acts([row], {})
    assert row["acts"] == [] and row["acts_by_record"] == []


def test_the_records_gold_alone_relabels_every_match_of_a_task_the_record_has():
    train = training_script()
    row = gold_record(train, ["annotation"])
    train.collect_acts([row], sentence_gold_saying(train, row, False))
    assert [act for _, act in train.by_record([row])[0]["acts"]] == [True, True]


def test_weights_trained_on_the_sections_weight_are_refused(tmp_path):
    path = tmp_path / "weights.json"
    data = json.loads(WEIGHTS.read_text())
    data["acts"] = {"features": ["sw:2.0"], "coef": [1.0], "intercept": 0.0, "drop_below": 0.5}
    path.write_text(json.dumps(data))
    with pytest.raises(DataError, match="section"):
        WordSignal(path)


def test_the_committed_sentence_gold_names_sentences_the_lexicon_judges():
    # (the sets written for the project carry their own texts: no ../shared needed)
    train = training_script()
    gold = train.load_act_gold()
    names = ("written-a", "probe3")
    rows = [r for n in names for r in train.set_rows(EVALS_DIR / "train" / f"{n}.jsonl")]
    train.prepare(rows)
    mine = {k for k in gold if k[0] in names}
    assert mine and train.collect_acts(rows, gold) == (mine, 0)


def test_the_signal_never_adds_a_task_the_text_names_only_as_the_datas_source(tmp_path):
    sourced = (
        "We present Wickerling, a transformer trained on ten million marsh cells. "
        "The kinds of each cell came from the manual gating of the original studies."
    )
    signal = WordSignal(weights=weights(tmp_path, -2.0))
    tasks = LexiconExtractor(signal=signal).extract(paper(sourced)).fields["tasks"]
    assert "annotation" not in tasks.value
