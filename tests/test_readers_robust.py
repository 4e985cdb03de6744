"""Search exports with damage: each bad record is reported with its line and loses nothing else."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from agent.cli import app
from agent.screen.records import read_records

RIS_MISSING_ER = """TY  - JOUR
TI  - A broken record without its end tag
AB  - Nothing to see.
TY  - JOUR
TI  - A foundation model for single-cell RNA-seq
AB  - We pretrain a transformer on 30 million single-cell transcriptomes for annotation.
UR  - https://arxiv.org/abs/2501.00002
ER  -

TY  - JOUR
TI  - A truncated last record
AB  - The export stopped
"""


def test_ris_record_without_er_does_not_swallow_the_next(tmp_path):
    p = tmp_path / "r.ris"
    p.write_text(RIS_MISSING_ER)
    res = read_records(p)
    [r] = res.records
    assert r.title == "A foundation model for single-cell RNA-seq"
    assert r.arxiv_id == "2501.00002" and r.abstract.startswith("We pretrain")
    assert any("line 1: no ER line" in e for e in res.errors)


def test_ris_truncated_last_record_is_reported(tmp_path):
    p = tmp_path / "r.ris"
    p.write_text(RIS_MISSING_ER)
    errors = read_records(p).errors
    assert len(errors) == 2 and "line 10" in errors[1] and "truncated" in errors[1]


def jsonl_with_latin1_line(path):
    good = [{"title": f"Paper {i}", "abstract": "single-cell foundation model"} for i in range(3)]
    lines = [json.dumps(r).encode() for r in good]
    lines.insert(1, '{"title": "Caf\u00e9 atlas of cells", "abstract": "x"}'.encode("latin-1"))
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_one_latin1_jsonl_line_fails_only_that_record(tmp_path):
    res = read_records(jsonl_with_latin1_line(tmp_path / "r.jsonl"))
    assert [r.title for r in res.records] == ["Paper 0", "Paper 1", "Paper 2"]
    [err] = res.errors
    assert "line 2" in err and "0xe9" in err and "--encoding" in err


def test_one_latin1_csv_row_fails_only_that_record(tmp_path):
    p = tmp_path / "r.csv"
    p.write_bytes(
        b"title,abstract\nFirst paper,ok\n"
        + "Caf\u00e9 atlas,x\n".encode("latin-1")
        + b"Third paper,ok\n"
    )
    res = read_records(p)
    assert [r.title for r in res.records] == ["First paper", "Third paper"]
    assert len(res.errors) == 1 and "line 3" in res.errors[0]


def test_encoding_option_reads_a_latin1_file(tmp_path):
    p = tmp_path / "r.csv"
    p.write_bytes("title,abstract\nCaf\u00e9 atlas,na\u00efve cells\n".encode("latin-1"))
    [r] = read_records(p, encoding="latin-1").records
    assert (r.title, r.abstract) == ("Caf\u00e9 atlas", "na\u00efve cells")


def test_cli_reports_the_line_and_screens_the_rest(tmp_path):
    r = CliRunner().invoke(app, ["screen", str(jsonl_with_latin1_line(tmp_path / "r.jsonl"))])
    assert r.exit_code == 0, r.output
    assert "line 2" in r.stderr and "--encoding" in r.stderr
    assert "│ screened            │ 3 " in r.stdout


def test_columns_accepts_comma_separated_pairs(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("Name,Text\nA foundation model for single-cell data,We pretrain on cells.\n")
    args = ["screen", str(p), "--json"]
    one = CliRunner().invoke(app, [*args, "--columns", "title=Name,abstract=Text"])
    two = CliRunner().invoke(app, [*args, "--columns", "title=Name", "--columns", "abstract=Text"])
    assert one.exit_code == 0, one.output
    assert json.loads(one.stdout)["prisma"] == json.loads(two.stdout)["prisma"]
    assert json.loads(one.stdout)["prisma"]["screened"] == 1


def test_empty_export_writes_no_ledger_or_run_record(tmp_path, settings):
    p = tmp_path / "empty.jsonl"
    p.write_text("")
    r = CliRunner().invoke(app, ["screen", str(p)])
    assert r.exit_code == 1 and "no records" in r.output
    assert not settings.screening_dir.exists() or not any(settings.screening_dir.rglob("*.json*"))
