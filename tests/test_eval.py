"""Scoring of extraction and screening evals (the numbers are reported by `curate eval`)."""

from __future__ import annotations

import json

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
