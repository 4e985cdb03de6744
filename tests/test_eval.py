"""Scoring of extraction and screening evals (the numbers are reported by `curate eval`)."""

from __future__ import annotations

import json

import pytest
from screen_data import RECORDS, write_jsonl
from typer.testing import CliRunner

from agent.cli import app
from agent.evaluate import score_extraction

GOLD = {
    "family": "text_bridge",
    "family_ok": ["spatial_multimodal"],
    "agentic": None,
    "modalities": {"req": ["rna"], "ok": ["text"]},
    "tasks": {"req": ["annotation"], "ok": []},
    "grounding": {"req": ["marker"], "ok": []},
}


def test_null_family_is_unscored():
    gold = {**GOLD, "family": None, "family_ok": []}
    assert score_extraction({"family": "foundation"}, gold)["family"] is None


def test_null_family_with_alternatives_is_scored_against_them():
    gold = {**GOLD, "family": None, "family_ok": ["epigenomic"]}
    assert score_extraction({"family": "foundation"}, gold)["family"] is False


def test_family_alternative_counts():
    assert score_extraction({"family": "spatial_multimodal"}, GOLD)["family"] is True


def test_null_agentic_is_unscored():
    assert score_extraction({"agentic": True}, GOLD)["agentic"] is None


def test_set_field_needs_every_required_value():
    assert score_extraction({"modalities": ["text"]}, GOLD)["modalities"] is False


def test_set_field_allows_ok_values_only():
    assert score_extraction({"modalities": ["rna", "text"]}, GOLD)["modalities"] is True
    assert score_extraction({"modalities": ["rna", "atac"]}, GOLD)["modalities"] is False


def test_eval_extract_json_shape(tmp_path):
    recs = write_jsonl(tmp_path / "r.jsonl")
    gold = tmp_path / "g.json"
    gold.write_text(
        json.dumps(
            {
                "_about": "x",
                "2501.00001": {
                    "family": "foundation",
                    "family_ok": [],
                    "agentic": False,
                    "modalities": {"req": ["rna"], "ok": []},
                    "tasks": {"req": ["annotation"], "ok": []},
                    "grounding": {"req": ["atlas"], "ok": []},
                },
            }
        )
    )
    r = CliRunner().invoke(
        app, ["eval", "extract", "--records", str(recs), "--gold", str(gold), "--json"]
    )
    out = json.loads(r.stdout)
    assert out["n"] == 1 and set(out["fields"]) == {
        "family",
        "agentic",
        "modalities",
        "tasks",
        "grounding",
    }
    assert out["fields"]["family"] == {"score": 1.0, "n": 1}
    assert out["evidence_verifiable"] == 1.0


def _gold_entry():
    return {
        "family": "foundation",
        "family_ok": [],
        "agentic": False,
        "modalities": {"req": ["rna"], "ok": []},
        "tasks": {"req": ["annotation"], "ok": []},
        "grounding": None,
    }


def test_eval_extract_does_not_score_a_null_gold_entry(tmp_path):
    # null = the vocabulary does not fit the record (how the training sets mark near misses)
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"2501.00001": _gold_entry(), "2501.00002": None}))
    recs = write_jsonl(tmp_path / "r.jsonl")
    r = CliRunner().invoke(
        app, ["eval", "extract", "--records", str(recs), "--gold", str(gold), "--json"]
    )
    assert r.exit_code == 0 and json.loads(r.stdout)["n"] == 1


def test_eval_extract_refuses_a_gold_entry_that_is_not_an_object(tmp_path):
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"2501.00001": _gold_entry(), "2501.00002": "foundation"}))
    recs = write_jsonl(tmp_path / "r.jsonl")
    r = CliRunner().invoke(app, ["eval", "extract", "--records", str(recs), "--gold", str(gold)])
    assert r.exit_code == 1 and "2501.00002" in r.output and "Traceback" not in r.output


def _extract_eval(tmp_path, records, gold):
    recs = tmp_path / "r.jsonl"
    recs.write_text("".join(json.dumps(r) + "\n" for r in records))
    g = tmp_path / "g.json"
    g.write_text(json.dumps(gold))
    return CliRunner().invoke(
        app, ["eval", "extract", "--records", str(recs), "--gold", str(g), "--json"]
    )


ONE_RECORD = {"title": "A pretrained cell model", "abstract": "It annotates cell types."}


@pytest.mark.parametrize(
    "record_ids, gold_key",
    [
        ({"arxiv_id": "2501.00001v2"}, "2501.00001"),
        ({"arxiv_id": "2501.00001"}, "arXiv:2501.00001v1"),
        (
            {"id": "W123", "doi": "10.1101/2024.05.01.123456"},
            "https://doi.org/10.1101/2024.05.01.123456",
        ),
        ({"pmid": "38012345"}, "PMID: 38012345"),
    ],
)
def test_eval_extract_names_a_record_by_its_id_in_the_forms_records_take(
    tmp_path, record_ids, gold_key
):
    r = _extract_eval(tmp_path, [{**record_ids, **ONE_RECORD}], {gold_key: _gold_entry()})
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["n"] == 1


def test_eval_extract_refuses_gold_that_names_no_record(tmp_path):
    r = _extract_eval(tmp_path, [{"arxiv_id": "2501.00001", **ONE_RECORD}], {"x-1": _gold_entry()})
    assert r.exit_code == 1 and "none of its 1 entries" in r.output and "x-1" in r.output


def test_eval_extract_refuses_a_gold_file_with_no_entries(tmp_path):
    r = _extract_eval(tmp_path, [{"arxiv_id": "2501.00001", **ONE_RECORD}], {"_about": "x"})
    assert r.exit_code == 1 and "no gold entries" in r.output


def test_a_versioned_id_falls_in_the_half_of_its_bare_id(tmp_path):
    from agent.evaluate import read_rows, split_of

    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"arxiv_id": "2501.00007v3", **ONE_RECORD}) + "\n")
    [row] = read_rows(path)
    assert row["id"] == "2501.00007" and row["split"] == split_of("2501.00007")


def test_eval_extract_refuses_two_gold_entries_for_one_record(tmp_path):
    gold = {"2501.00001": _gold_entry(), "2501.00001v2": _gold_entry()}
    r = _extract_eval(tmp_path, [{"arxiv_id": "2501.00001", **ONE_RECORD}], gold)
    assert r.exit_code == 1 and "name one record" in r.output


def test_eval_extract_refuses_two_records_named_by_one_gold_entry(tmp_path):
    records = [
        {"arxiv_id": "2501.00001v1", **ONE_RECORD},
        {"id": "W1", "arxiv_id": "2501.00001v2", **ONE_RECORD},
    ]
    r = _extract_eval(tmp_path, records, {"2501.00001": _gold_entry()})
    assert r.exit_code == 1 and "duplicate record" in r.output


def test_a_record_with_an_arxiv_id_is_keyed_and_halved_by_it(tmp_path):
    from agent.evaluate import read_rows, split_of

    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "W99", "arxiv_id": "2501.00042v2", **ONE_RECORD}) + "\n")
    [row] = read_rows(path)
    assert row["id"] == "2501.00042" and row["split"] == split_of("2501.00042")


def test_eval_screen_metrics(tmp_path):
    recs = write_jsonl(tmp_path / "r.jsonl")
    labels = tmp_path / "l.tsv"
    labels.write_text(
        "arxiv_id\tdecision\tcriterion\tnote\n2501.00001\tinclude\t1\tx\n"
        "2501.00002\tinclude\t1\tx\n2501.00004\tmaybe\t-\tx\n"
    )
    out = json.loads(
        CliRunner()
        .invoke(app, ["eval", "screen", "--records", str(recs), "--labels", str(labels), "--json"])
        .stdout
    )
    assert (out["n"], out["recall"], out["specificity"]) == (len(RECORDS) - 1, 1.0, 1.0)
    assert out["confusion"] == {"tp": 2, "fp": 0, "tn": 2, "fn": 0}


def _screen_eval(tmp_path, records, label_lines):
    labels = tmp_path / "l.tsv"
    labels.write_text("id\tdecision\tcriterion\tnote\n" + "".join(f"{x}\n" for x in label_lines))
    recs = write_jsonl(tmp_path / "r.jsonl", records)
    args = ["eval", "screen", "--records", str(recs), "--labels", str(labels), "--json"]
    return CliRunner().invoke(app, args)


@pytest.mark.parametrize(
    ("field", "value", "label"),
    [
        ("doi", "10.1101/2025.01.02.abc123", "https://doi.org/10.1101/2025.01.02.ABC123"),
        ("pmid", "38012345", "PMID:38012345"),
        ("arxiv_id", "2501.00001", "arXiv:2501.00001v2"),
    ],
)
def test_eval_screen_names_a_record_by_its_id_in_the_forms_records_take(
    tmp_path, field, value, label
):
    record = {k: v for k, v in RECORDS[0].items() if k != "arxiv_id"} | {field: value}
    r = _screen_eval(tmp_path, [record], [f"{label}\tinclude\t1\tx"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["confusion"]["tp"] == 1


def test_eval_screen_refuses_a_labels_file_with_no_labels(tmp_path):
    r = _screen_eval(tmp_path, RECORDS, [])
    assert r.exit_code == 1 and "no labels" in r.output


def test_eval_screen_refuses_labels_that_name_no_record(tmp_path):
    r = _screen_eval(tmp_path, RECORDS, ["set-001\tinclude\t1\tx", "set-002\texclude\t-\tx"])
    assert r.exit_code == 1 and "none of its 2 labels" in r.output and "set-001" in r.output


def test_eval_screen_lists_the_labels_that_name_no_record(tmp_path):
    r = _screen_eval(tmp_path, RECORDS, ["2501.00001\tinclude\t1\tx", "2501.99999\tinclude\t1\tx"])
    assert r.exit_code == 0
    assert json.loads(r.stdout)["labels_unmatched"] == ["2501.99999"]
    assert "1 label(s) name no record" in r.stderr


def test_eval_screen_bad_labels_file(tmp_path):
    labels = tmp_path / "l.tsv"
    labels.write_text("arxiv_id\tdecision\n2501.00001\tperhaps\n")
    r = CliRunner().invoke(
        app,
        [
            "eval",
            "screen",
            "--records",
            str(write_jsonl(tmp_path / "r.jsonl")),
            "--labels",
            str(labels),
        ],
    )
    assert r.exit_code == 1 and "line 2" in r.output


def test_split_of_is_stable_and_uses_both_halves():
    from agent.evaluate import split_of

    halves = {split_of(f"2501.{i:05d}") for i in range(40)}
    assert halves == {"tune", "heldout"}
    assert split_of("scgpt") == split_of("scgpt")


def test_screen_metrics_ranking_wss_and_recall_at_k():
    from agent.evaluate import screen_metrics

    # 2 relevant of 10; ranked 1st and 3rd by score
    items = [("a", "include", "include", 0.9), ("b", "exclude", "maybe", 0.8)]
    items += [("c", "include", "maybe", 0.7)]
    items += [(f"x{i}", "exclude", "exclude", 0.1) for i in range(7)]
    m = screen_metrics(items)
    assert m["recall"] == 1.0 and m["precision"] == 2 / 3
    assert m["recall@50"] == 1.0
    assert m["wss@95"] == round((10 - 3) / 10 - 0.05, 4)
    assert m["false_maybe_ids"] == ["b"]


def test_eval_extract_reports_halves_and_confusion(tmp_path):
    from agent.evaluate import eval_extract
    from agent.extract.lexicon import LexiconExtractor

    recs = tmp_path / "r.jsonl"
    recs.write_text(
        json.dumps(
            {
                "id": "m1",
                "title": "M1",
                "abstract": "We present M1, a foundation model for chromatin accessibility.",
                "split": "heldout",
            }
        )
        + "\n"
    )
    gold = tmp_path / "g.json"
    gold.write_text(
        json.dumps(
            {
                "m1": {
                    "family": "foundation",
                    "agentic": False,
                    "modalities": {"req": ["rna"], "ok": []},
                    "tasks": None,
                    "grounding": None,
                }
            }
        )
    )
    res = eval_extract(recs, gold, LexiconExtractor())
    assert res["halves"]["tune"]["n"] == 0 and res["halves"]["heldout"]["n"] == 1
    wrong = dict(res["halves"]["heldout"]["confusion"]["modalities"])
    assert wrong["-rna"] == 1 and wrong["+atac"] == 1


def test_committed_dev_sets_load_with_splits():
    from agent.evaluate import DEV_SETS, dev_set_paths, load_gold, read_rows

    for name in DEV_SETS:
        texts, gold = dev_set_paths(name)
        rows = read_rows(texts)
        assert {r["split"] for r in rows} == {"tune", "heldout"}
        assert set(load_gold(gold)) <= {r["id"] for r in rows}


def test_fresh_dev_set_keeps_the_hash_half_of_every_record():
    # the shared search file was evaluated by hash halves before this set existed: a record
    # stored in another half would move tuned-on records into the held-out numbers
    from agent.evaluate import dev_set_paths, hashed_half, read_rows

    rows = read_rows(dev_set_paths("search-fresh")[0])
    assert [r["split"] for r in rows] == [hashed_half(r["id"]) for r in rows]


def test_fresh_dev_set_shares_no_record_with_search_dev():
    from agent.evaluate import dev_set_paths, read_rows

    fresh = {r["id"] for r in read_rows(dev_set_paths("search-fresh")[0])}
    dev = {r["id"] for r in read_rows(dev_set_paths("search-dev")[0])}
    assert fresh and not fresh & dev


def test_committed_dev_sets_copy_no_shared_text():
    # the shared data may not be copied into the project: rows say where their text comes from
    # (a set of texts written for this project carries them inline, with no `from`)
    from agent.evaluate import DEV_SETS, OWN_TEXT_SETS, dev_set_paths, read_rows

    for name in DEV_SETS:
        rows = read_rows(dev_set_paths(name)[0])
        if name in OWN_TEXT_SETS:
            assert all(not r["from"] and r["title"] and r["abstract"] for r in rows), name
        else:
            assert all(r["from"] and not r["title"] and not r["abstract"] for r in rows), name


def test_training_sets_copy_no_shared_text():
    # a training set of shared records (search-a, search-b) names their source, never their text
    from agent.evaluate import EVALS_DIR, read_rows

    for path in sorted((EVALS_DIR / "train").glob("*.jsonl")):
        for r in read_rows(path):
            assert not r["from"] or not (r["title"] or r["abstract"]), (path.name, r["id"])


def test_own_text_dev_set_keeps_the_hash_half_and_has_screen_gold():
    from agent.evaluate import OWN_TEXT_SETS, dev_set_paths, hashed_half, read_rows

    for name in OWN_TEXT_SETS:
        rows = read_rows(dev_set_paths(name)[0])
        assert [r["split"] for r in rows] == [hashed_half(r["id"]) for r in rows]
        assert {r["screen"] for r in rows} <= {"include", "maybe", "exclude"}


def test_dev_set_texts_come_from_the_shared_search_file(tmp_path):
    from agent.evaluate import load_texts

    (tmp_path / "data").mkdir()
    rec = {"arxiv_id": "2401.00001", "title": "T", "abstract": "A cell atlas model."}
    (tmp_path / "data" / "search-results-dev.jsonl").write_text(json.dumps(rec) + "\n")
    rows = tmp_path / "set.jsonl"
    rows.write_text('{"id": "2401.00001", "from": "search", "split": "tune"}\n')
    [r] = load_texts(rows, tmp_path)
    assert (r["title"], r["abstract"]) == ("T", "A cell atlas model.")


def test_eval_skips_a_dev_set_whose_shared_texts_are_absent(tmp_path, monkeypatch):
    import agent.devsets

    monkeypatch.setattr(agent.devsets, "ROOT", tmp_path / "clone")  # no shared/ beside it
    r = CliRunner().invoke(app, ["eval", "extract"])
    assert r.exit_code == 0 and "skipped search-dev" in r.stderr


def test_eval_refuses_a_given_shared_dir_that_is_missing(tmp_path):
    r = CliRunner().invoke(app, ["eval", "extract", "--shared-dir", str(tmp_path / "nowhere")])
    assert r.exit_code == 1 and "not here" in r.stderr


def test_survey_texts_come_from_the_committed_table_and_the_survey(tmp_path):
    # built from Table 7 as imported, not the live registry: a re-curated entry keeps its text
    from agent.devsets import fill_texts

    (tmp_path / "seed").mkdir()
    survey = "1 Introduction\nscGPT is pretrained on millions of cells.\nReferences\n"
    (tmp_path / "seed" / "000_e8430d0872201275.txt").write_text(survey)
    rows = [{"id": "scgpt", "from": "survey"}]
    fill_texts(rows, tmp_path)
    assert rows[0]["title"] == "scGPT"
    assert rows[0]["abstract"].endswith("ScGPT is pretrained on millions of cells.")


def _two_half_set(tmp_path):
    recs = tmp_path / "r.jsonl"
    rows = [
        {"id": k, "title": k, "abstract": f"We present {k} for ATAC peaks.", "split": half}
        for k, half in (("t1", "tune"), ("h1", "heldout"))
    ]
    recs.write_text("".join(json.dumps(r) + "\n" for r in rows))
    g = {"family": "epigenomic", "agentic": False, "tasks": None, "grounding": None}
    g["modalities"] = {"req": ["protein"], "ok": []}  # both records get it wrong
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"t1": g, "h1": g}))
    return ["eval", "extract", "--records", str(recs), "--gold", str(gold)]


def test_eval_extract_errors_list_tune_records_only(tmp_path):
    r = CliRunner().invoke(app, [*_two_half_set(tmp_path), "--half", "tune", "--errors"])
    assert r.exit_code == 0, r.output
    assert "t1: modalities" in r.stdout and "h1" not in r.stdout and "held-out" not in r.stdout


def test_eval_extract_json_of_one_half_has_its_numbers_and_tune_errors(tmp_path):
    args = [*_two_half_set(tmp_path), "--half", "tune", "--errors", "--json"]
    out = json.loads(CliRunner().invoke(app, args).stdout)
    assert out["n"] == 1 and set(out["halves"]) == {"tune"} and set(out["errors"]) == {"t1"}


def test_eval_extract_shows_held_out_wrong_values_only_when_that_half_is_asked_for(tmp_path):
    both = CliRunner().invoke(app, _two_half_set(tmp_path)).stdout
    alone = CliRunner().invoke(app, [*_two_half_set(tmp_path), "--half", "heldout"]).stdout
    assert "(held-out; gold" not in both and "(tune; gold" in both
    assert "(held-out; gold" in alone


def test_eval_extract_refuses_held_out_errors(tmp_path):
    r = CliRunner().invoke(app, [*_two_half_set(tmp_path), "--half", "heldout", "--errors"])
    assert r.exit_code == 1 and "tune records only" in r.stderr


def test_screen_eval_lists_wrong_records_of_the_tune_half_only(capsys):
    from agent import cli
    from agent.evaluate import screen_metrics

    tune = [("t-miss", "include", "exclude", 0.1), ("t-ok", "exclude", "exclude", 0.0)]
    held = [("h-miss", "include", "exclude", 0.1), ("h-fp", "exclude", "include", 0.9)]
    res = screen_metrics(tune + held)
    res["halves"] = {"tune": screen_metrics(tune), "heldout": screen_metrics(held)}
    res["screener"] = "test"
    cli.print_screen_eval("set", res)
    printed = capsys.readouterr().out
    assert "t-miss" in printed and "h-miss" not in printed and "h-fp" not in printed


def test_a_record_of_an_unknown_half_is_a_clear_error(tmp_path):
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"id": "x-1", "title": "T", "split": "train"}) + "\n")
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"x-1": GOLD}))
    res = CliRunner().invoke(
        app, ["eval", "extract", "--records", str(records), "--gold", str(gold)]
    )
    assert res.exit_code != 0 and "expected tune or heldout" in res.output
