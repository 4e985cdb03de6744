"""The registry commands through typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from agent.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_validate_committed_registry_exits_0(table7_registry):
    r = run("registry", "validate")
    assert r.exit_code == 0, r.output
    assert "58 valid entries, 0 errors" in r.output


def test_list_shows_58_entries(table7_registry):
    assert json.loads(run("registry", "list", "--json").stdout).__len__() == 58


def test_list_filters_agentic(table7_registry):
    ids = {e["id"] for e in json.loads(run("registry", "list", "--agentic", "--json").stdout)}
    assert {"scagent", "cellagent", "cellatria", "scextract"} <= ids
    assert "scgpt" not in ids


def test_list_filters_modality_and_task(table7_registry):
    out = json.loads(
        run(
            "registry", "list", "--modality", "histology", "--task", "spatial_mapping", "--json"
        ).stdout
    )
    assert out and all("histology" in e["modalities"] for e in out)


def test_show_prints_entry(table7_registry):
    r = run("registry", "show", "omiclip")
    assert r.exit_code == 0 and "histology" in r.stdout


def test_show_unknown_entry_is_an_error(table7_registry):
    r = run("registry", "show", "nope")
    assert r.exit_code == 1 and "no registry entry 'nope'" in r.output


def test_lint_reports_known_defects(table7_registry):
    found = json.loads(run("registry", "lint", "--json").stdout)
    checks = {(f["check"], tuple(f["entries"])) for f in found}
    assert ("identical-text", ("get", "scmpt")) in checks
    assert ("agentic-text", ("epiagent",)) in checks


def test_export_csv_has_58_rows_with_table7_columns(table7_registry):
    rows = list(csv.DictReader(io.StringIO(run("registry", "export", "-f", "csv").stdout)))
    assert len(rows) == 58
    assert list(rows[0])[:10] == [
        "model",
        "citation",
        "year",
        "venue",
        "category",
        "modality",
        "grounding",
        "agentic",
        "primary_task",
        "domain_score",
    ]


def test_export_latex_is_a_longtable(table7_registry):
    tex = run("registry", "export", "-f", "latex").stdout
    assert tex.count("\\begin{longtable}") == 1 and tex.rstrip().endswith("\\end{longtable}")
    assert tex.count(" \\\\\n") >= 58 and "\\&" in tex  # '&' in cell text is escaped


def test_export_unknown_format_exits_2(table7_registry):
    assert run("registry", "export", "-f", "docx").exit_code == 2


def test_export_writes_file(table7_registry, tmp_path):
    out = tmp_path / "t.md"
    assert run("registry", "export", "-f", "markdown", "-o", str(out)).exit_code == 0
    assert out.read_text().count("\n") == 60


def test_figures_written_as_png_and_svg(table7_registry, tmp_path):
    r = run("registry", "figures", "-o", str(tmp_path / "figs"))
    assert r.exit_code == 0
    names = sorted(p.name for p in (tmp_path / "figs").iterdir())
    assert names == [
        "fig3-task-heatmap.png",
        "fig3-task-heatmap.svg",
        "fig4-agentic-coverage.png",
        "fig4-agentic-coverage.svg",
    ]


@pytest.mark.parametrize(
    "broken, needle",
    [
        ("family: wizardry\n", "field 'family'"),
        ("colour: blue\n", "field 'colour': unknown field"),
        ("year: soon\n", "field 'year'"),
        ("name: [unclosed\n", "YAML syntax error"),
    ],
)
def test_broken_entry_fails_validate_with_one_line_and_changes_nothing(
    table7_registry, broken, needle
):
    path = table7_registry / "scgpt.yaml"
    path.write_text(path.read_text() + broken)
    before = {p.name: p.read_bytes() for p in table7_registry.iterdir()}
    r = run("registry", "validate")
    assert r.exit_code == 1
    errors = [ln for ln in r.output.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and "scgpt.yaml" in errors[0] and needle in errors[0]
    assert {p.name: p.read_bytes() for p in table7_registry.iterdir()} == before


def test_help_lists_the_three_jobs():
    out = run("--help").stdout
    assert all(cmd in out for cmd in ("add", "screen", "queue", "accept", "registry"))
