"""A screening run's two ways of reading: a UTF-8 JSONL file read and decided by worker
processes a chunk each (the main process only de-duplicates and writes), and records read in the
main process. Both must give what de-duplicating first and then deciding every kept record (its
duplicates' longer abstract merged in) gives."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from screen_data import RECORDS

from agent.screen import records as rec
from agent.screen.dedup import dedup
from agent.screen.ledger import Ledger
from agent.screen.records import (
    jsonl_chunks,
    read_jsonl_chunk,
    read_records,
    squeeze,
)
from agent.screen.run import screen_file
from agent.screen.screeners import LexiconScreener

LONG = (
    "We pretrain a transformer foundation model on 30 million single-cell RNA-seq profiles. "
    "It annotates cell types zero-shot across tissues and predicts perturbation responses."
)


def with_duplicates() -> list[dict | str]:
    """Records with every kind of duplicate, each a few batches after the record it repeats,
    and lines that are not records."""
    base = [
        {**RECORDS[i % 5], "arxiv_id": f"2601.{i:05d}", "title": f"{RECORDS[i % 5]['title']} {i}"}
        for i in range(30)
    ]
    return [
        {"title": "scBar: cell state foundations", "abstract": "Short.", "doi": "10.1000/BAR"},
        {"title": "Foundation models of cell states", "arxiv_id": "2401.00001", "year": 2024},
        *base[:12],
        "not json at all",
        "",
        {"title": "", "abstract": "a record without a title"},
        # the same arXiv id, another version and title: merged, its longer abstract decides
        {**base[3], "arxiv_id": "2601.00003v2", "title": "Another title", "abstract": LONG},
        *base[12:24],
        # the same DOI (other case), a longer abstract: the kept record is decided on it
        {"title": "A different title altogether", "doi": "10.1000/bar", "abstract": LONG},
        # the published version of a preprint: a near-identical title, a year later
        {"title": "Foundation models of cell state", "doi": "10.1/x", "year": 2025},
        # an identical title without ids, a shorter abstract: merged, nothing decided again
        {"title": base[20]["title"], "abstract": "Tiny."},
        *base[24:],
    ]


def write(path: Path, items: list[dict | str]) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in items))
    return path


def outcome(run) -> tuple:
    return (
        [
            (r.origin, r.key, r.merged, d.decision, d.criterion, d.reason, d.score)
            for r, d in run.decisions
        ],
        list(run.duplicates),
        run.prisma,
        run.errors,
    )


def test_worker_and_main_process_runs_equal_dedup_then_decide(tmp_path):
    path = write(tmp_path / "r.jsonl", with_duplicates())
    screener = LexiconScreener()
    runs = [
        screen_file(path, screener, Ledger(tmp_path / f"l{w}"), batch_size=7, workers=w)
        for w in (1, 2)
    ]
    assert outcome(runs[0]) == outcome(runs[1])
    # the reference: every record in memory, de-duplicated, then each kept record decided
    read = read_records(path)
    res = dedup(read.records)
    ref = [screener.screen(r) for r in res.kept]
    got = list(runs[1].decisions)
    assert [r.origin for r, _ in got] == [r.origin for r in res.kept]
    assert [r.merged for r, _ in got] == [r.merged for r in res.kept]
    assert [d.model_dump() for _, d in got] == [d.model_dump() for d in ref]
    assert list(runs[1].duplicates) == res.duplicates
    assert len(res.duplicates) == 4 and runs[1].prisma["duplicates_removed"] == 4
    assert runs[1].errors == read.errors and runs[1].prisma["unreadable"] == 2
    # the longer abstracts changed decisions: the merges were decided on them
    assert {r.origin: d.decision for r, d in got}["r.jsonl:1"] == "include"


def test_worker_run_of_a_grown_file_decides_only_new_records(tmp_path):
    items = with_duplicates()
    ledger = Ledger(tmp_path / "l")
    first = screen_file(write(tmp_path / "a.jsonl", items), LexiconScreener(), ledger, workers=2)
    new = [{"title": f"A new paper {i}", "arxiv_id": f"2701.{i:05d}"} for i in range(9)]
    grown = write(tmp_path / "b.jsonl", [*items, *new])
    run = screen_file(grown, LexiconScreener(), ledger, batch_size=8, workers=2)
    assert (run.decided, run.reused) == (9, first.prisma["screened"])
    assert run.prisma["screened"] == first.prisma["screened"] + 9


def test_record_a_worker_left_undecided_is_decided_by_the_main_process(tmp_path, monkeypatch):
    # the workers find every decision in the ledger; the main process (as if the ledger had
    # changed in between) finds none: it reads those records again and decides them itself
    path = write(tmp_path / "r.jsonl", with_duplicates())
    ledger = Ledger(tmp_path / "l")
    first = screen_file(path, LexiconScreener(), ledger, batch_size=7, workers=2)
    ledger.bump()  # not a replay
    monkeypatch.setattr(Ledger, "states", lambda self, keys: {})
    again = screen_file(path, LexiconScreener(), ledger, batch_size=7, workers=2)
    assert again.decided == first.decided and again.reused == 0
    assert outcome(again)[0] == outcome(first)[0]


def text_mode_read(path: Path) -> list:
    """What reading a JSONL file as text, line by line, gives (the reader before chunks)."""
    out: list = []
    with path.open(encoding="utf-8-sig", errors="surrogateescape") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                out.append(rec._jsonl_record(f"{path.name}:{n}", rec.loads(line)).model_dump())
            except ValueError as e:
                out.append(f"{path}: line {n}: {e}")
    return out


PIECES = [
    b'{"title": "A  t\\u00a0itle", "abstract": "x\\ty", "arxiv_id": "2401.0000%d"}',
    b"",
    b"   ",
    b"\xc2\xa0",  # a no-break space: a blank line as text
    b"[1]",
    b'{"title": "a bad \xff byte"}',
    b'{"title": "truncated',
    b'{"title": ""}',
    b'{"title": "ok", "abstract": " leading space"}',
]


@pytest.mark.parametrize("seed", range(40))
def test_chunked_jsonl_reader_reads_as_a_text_file_does(tmp_path, monkeypatch, seed):
    rng = random.Random(seed)
    lines = [rng.choice(PIECES).replace(b"%d", str(i).encode()) for i in range(rng.randint(0, 25))]
    data = b"".join(x + rng.choice([b"\n", b"\r\n", b"\r"]) for x in lines)
    if seed % 3 == 0:
        data = data.rstrip(b"\r\n")  # no line end after the last line
    if seed % 5 == 0:
        data = b"\xef\xbb\xbf" + data  # a byte-order mark
    path = tmp_path / "r.jsonl"
    path.write_bytes(data)
    monkeypatch.setattr(rec, "BLOCK", rng.choice([1, 5, 64]))  # cuts fall across reads
    chunked = [
        x if isinstance(x, str) else x.model_dump()
        for c in jsonl_chunks(path, rng.randint(1, 6))
        for x in read_jsonl_chunk(path, *c)
    ]
    assert chunked == text_mode_read(path)


def test_file_of_lone_cr_lines_is_cut_into_chunks(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_bytes(b"".join(b'{"title": "t%d"}\r' % i for i in range(5)))
    assert [line for _, _, line in jsonl_chunks(path, 2)] == [1, 3, 5]


@pytest.mark.parametrize(
    "text",
    [
        "plain words",
        " lead",
        "trail ",
        "two  spaces",
        "tab\there",
        "nl\nx",
        "nbsp\xa0x",
        "ideographic\u3000space",
        "é accent",
        "é  accent",
        "line\u2028sep",
        "x\x1fy",
        "",
    ],
)
def test_squeeze_is_whitespace_split_and_joined(text):
    assert squeeze(text) == " ".join(text.split())
