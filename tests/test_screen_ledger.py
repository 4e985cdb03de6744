"""The SQLite screening ledger: people's decisions, streaming runs, replays, and runs that are
interrupted (Ctrl-C, kill -9) in a real subprocess and resumed."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from screen_data import RECORDS, write_jsonl

from agent.errors import InputError
from agent.screen.ledger import Ledger
from agent.screen.run import export_decisions, screen_file
from agent.screen.screeners import LexiconScreener

ROOT = Path(__file__).resolve().parents[1]


def many(n: int) -> list[dict]:
    base = RECORDS
    return [
        {**base[i % len(base)], "arxiv_id": f"2601.{i:05d}", "title": f"{base[i % 5]['title']} {i}"}
        for i in range(n)
    ]


def test_ledger_lives_in_the_state_dir_and_people_in_the_registry(settings, tmp_path):
    ledger = Ledger.of(settings)
    screen_file(write_jsonl(tmp_path / "r.jsonl"), LexiconScreener(), ledger)
    assert ledger.path.is_relative_to(settings.state_dir) and ledger.count() == 5
    ledger.record_human("arxiv:2501.00003", "maybe", "Ada", "worth a look")
    [line] = (settings.screening_dir / "human.jsonl").read_text().splitlines()
    assert json.loads(line)["reviewer"] == "Ada" and json.loads(line)["key"] == "arxiv:2501.00003"


def test_human_decision_is_never_overwritten_by_rescreening(settings, tmp_path, monkeypatch):
    ledger = Ledger.of(settings)
    path = write_jsonl(tmp_path / "r.jsonl")
    screen_file(path, LexiconScreener(), ledger)
    e = ledger.record_human("arxiv:2501.00001", "exclude", "Ada", "not a model")
    assert e.decision.screener == "human" and e.decision.reviewer == "Ada"
    newer = LexiconScreener()
    newer.version = "lexicon-screen-99"
    run = screen_file(path, newer, ledger)
    assert run.decided == 4 and run.human == 1
    got = {r.arxiv_id: d for r, d in run.decisions}
    assert got["2501.00001"].decision == "exclude" and got["2501.00001"].reviewer == "Ada"
    assert run.prisma["included"] == 1  # the other include still counts


def test_human_decision_replaces_a_replayed_run(settings, tmp_path):
    ledger = Ledger.of(settings)
    path = write_jsonl(tmp_path / "r.jsonl")
    first = screen_file(path, LexiconScreener(), ledger)
    assert screen_file(path, LexiconScreener(), ledger).replayed
    ledger.record_human("arxiv:2501.00001", "maybe", "Ada")
    again = screen_file(path, LexiconScreener(), ledger)
    assert not again.replayed and again.decided == 0
    assert again.prisma["maybe"] == first.prisma["maybe"] + 1


def test_human_decisions_are_rebuilt_from_the_registry_log(settings, tmp_path):
    ledger = Ledger.of(settings)
    screen_file(write_jsonl(tmp_path / "r.jsonl"), LexiconScreener(), ledger)
    ledger.record_human("arxiv:2501.00002", "exclude", "Ada", "off topic")
    ledger.close()
    ledger.path.unlink()  # the cache is gone; the registry's log is not
    fresh = Ledger.of(settings)
    assert fresh.human_decisions()["arxiv:2501.00002"].reason == "off topic"


def test_human_decision_needs_a_screened_record_and_a_reviewer(settings):
    ledger = Ledger.of(settings)
    with pytest.raises(InputError, match="not in the screening ledger"):
        ledger.record_human("arxiv:0000.00000", "include", "Ada")
    with pytest.raises(ValueError, match="reviewer"):
        ledger.record_human("arxiv:0000.00000", "include", " ")
    with pytest.raises(ValueError, match="include, exclude or maybe"):
        ledger.record_human("x", "yes", "Ada")


def test_stream_keeps_file_order_across_batches(settings, tmp_path):
    recs = many(130)
    run = screen_file(
        write_jsonl(tmp_path / "r.jsonl", recs),
        LexiconScreener(),
        Ledger.of(settings),
        batch_size=16,
    )
    assert [r.arxiv_id for r, _ in run.decisions] == [x["arxiv_id"] for x in recs]
    assert run.prisma["screened"] == 130 and export_decisions(run, "csv").count("\n") == 131


def test_duplicate_in_a_later_batch_is_merged_into_the_kept_record(settings, tmp_path):
    first = {
        "title": "scFoo: a foundation model for single-cell data",
        "abstract": "Short.",
        "doi": "10.1000/foo",
        "year": 2025,
    }
    later = {
        "title": "scFoo: a foundation model for single cell data.",
        "arxiv_id": "2401.00009",
        "year": 2024,
        "abstract": "We pretrain a transformer foundation model on "
        "single-cell RNA-seq atlases for cell type annotation.",
    }
    recs = [first, *many(40), later]
    run = screen_file(
        write_jsonl(tmp_path / "r.jsonl", recs),
        LexiconScreener(),
        Ledger.of(settings),
        batch_size=8,
    )
    assert run.prisma["duplicates_removed"] == 1
    [(r, d)] = [(r, d) for r, d in run.decisions if r.doi == "10.1000/foo"]
    assert r.arxiv_id == "2401.00009" and r.merged == ["r.jsonl:42"]
    assert d.decision == "include"  # decided on the longer abstract
    assert list(run.duplicates) == [("r.jsonl:42", "r.jsonl:1", "identical title")]


SCRIPT = textwrap.dedent(
    """
    import signal, sys, time
    from pathlib import Path
    from agent.screen.ledger import Ledger

    # a background job (`cmd &` in a script, nohup) starts with SIGINT ignored, and Python
    # keeps it so: restore the default, as in a terminal, so Ctrl-C is what is tested
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from agent.screen.run import screen_file
    from agent.screen.screeners import LexiconScreener

    class Slow(LexiconScreener):
        def screen(self, r):
            time.sleep(0.004)
            return super().screen(r)

    def report(done, total):
        print(done, flush=True)

    screen_file(Path(sys.argv[1]), Slow(), Ledger(Path(sys.argv[2])), progress=report,
                batch_size=25, workers=int(sys.argv[3]))
    print("finished", flush=True)
    """
)


@pytest.mark.parametrize("workers", [1, 2])  # 2: the workers read and decide, a chunk each
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT])
def test_interrupted_run_keeps_reported_decisions_and_resumes(tmp_path, how, workers):
    n = 1000
    path = write_jsonl(tmp_path / "r.jsonl", many(n))
    state = tmp_path / "state"
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(path), str(state), str(workers)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    reported = 0
    assert proc.stdout is not None
    deadline = time.time() + 60
    while reported < 200 and time.time() < deadline:
        line = proc.stdout.readline()
        assert line and line.strip() != "finished", "the run ended before it was interrupted"
        reported = int(line)
    proc.send_signal(how)
    proc.wait(timeout=30)
    assert proc.returncode != 0
    ledger = Ledger(state)
    kept = ledger.count()
    assert reported <= kept < n  # nothing reported was lost
    run = screen_file(path, LexiconScreener(), ledger)
    assert (run.reused, run.decided) == (kept, n - kept)  # resumed, nothing decided twice
    assert run.prisma["screened"] == n
    assert not list(state.glob("runs/*.partial"))


def test_workers_leave_ctrl_c_to_the_main_process():
    # Ctrl-C signals the whole process group; a worker that took it would print a traceback
    from agent.screen.run import Decider

    decider = Decider(LexiconScreener(), 1, 2)
    try:
        assert decider.procs is not None
        assert decider.procs.submit(signal.getsignal, signal.SIGINT).result() == signal.SIG_IGN
    finally:
        decider.close()


def _open_files() -> list[str]:
    out = []
    for fd in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):  # the listing's own descriptor, closed meanwhile
            out.append(os.readlink(fd))
    return out


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="lists descriptors in /proc")
def test_workers_are_forked_holding_no_sqlite_connection(settings, tmp_path, monkeypatch):
    import agent.screen.run as run_mod

    init = run_mod._init_worker

    def spy(*args):
        part = tmp_path / f"part.{os.getpid()}"
        part.write_text("\n".join(_open_files()))
        part.rename(tmp_path / f"fds.{os.getpid()}")
        init(*args)

    monkeypatch.setattr(run_mod, "_init_worker", spy)
    ledger = Ledger(tmp_path / "state")
    screen_file(write_jsonl(tmp_path / "a.jsonl", many(20)), LexiconScreener(), ledger)
    assert ledger.count() == 20  # the ledger's connection is open now
    screen_file(write_jsonl(tmp_path / "b.jsonl", many(60)), LexiconScreener(), ledger, workers=2)
    # the run does not wait for its idle workers to exit: a slow one may still be starting
    deadline = time.time() + 30
    while len(list(tmp_path.glob("fds.*"))) < 2 and time.time() < deadline:
        time.sleep(0.05)
    seen = [f.read_text().splitlines() for f in tmp_path.glob("fds.*")]
    assert len(seen) == 2
    assert [f for fds in seen for f in fds if f.startswith(str(tmp_path / "state"))] == []


def test_worker_processes_decide_as_the_main_process_does(settings, tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", many(150))
    one = screen_file(path, LexiconScreener(), Ledger(tmp_path / "a"), batch_size=40, workers=1)
    two = screen_file(path, LexiconScreener(), Ledger(tmp_path / "b"), batch_size=40, workers=2)
    assert [d for _, d in one.decisions] == [d for _, d in two.decisions]
    assert one.prisma == two.prisma and two.decided == 150


@pytest.mark.parametrize("batch_size", [4, 64])
def test_published_version_after_arxiv_records_is_matched_by_its_title(
    settings, tmp_path, batch_size
):
    # the arXiv records' titles are blocked only when the record without an id arrives
    preprint = {"title": "Foundation models of cell states", "arxiv_id": "2401.00001", "year": 2024}
    published = {"title": "Foundation models of cell state", "doi": "10.1/x", "year": 2025}
    recs = [preprint, *many(20), published]
    run = screen_file(
        write_jsonl(tmp_path / "r.jsonl", recs),
        LexiconScreener(),
        Ledger.of(settings),
        batch_size=batch_size,
    )
    assert list(run.duplicates) == [("r.jsonl:22", "r.jsonl:1", "near-identical title")]


def test_worker_processes_work_from_a_script_without_a_main_guard(tmp_path):
    # a script that screens at top level: workers must not run it again
    path = write_jsonl(tmp_path / "r.jsonl", many(60))
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from pathlib import Path\n"
        "from agent.screen.ledger import Ledger\n"
        "from agent.screen.run import screen_file\n"
        "from agent.screen.screeners import LexiconScreener\n"
        f"run = screen_file(Path({str(path)!r}), LexiconScreener(), "
        f"Ledger(Path({str(tmp_path / 'led')!r})), workers=2)\n"
        "print('screened', run.prisma['screened'])\n"
    )
    out = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["screened", "60"]
