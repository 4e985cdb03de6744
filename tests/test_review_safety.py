"""Concurrency and crash safety of accept: a race of two processes, and kill -9 at every step."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agent.fileio import read_jsonl
from agent.pipeline import add
from agent.proposal import Queue
from agent.review import Review
from agent.store import Store


def scgpt_proposal(settings, paper, fake_index, url: str):
    pdf = paper(
        "scGPT: a foundation model",
        f"We present scGPT, pretrained on 33 million cells of single-cell RNA-seq data for cell "
        f"type annotation. Code: {url}",
    )
    return add(settings, pdf=pdf, index=fake_index).proposal


def curate(*args: str, env: dict[str, str] | None = None, pause: tuple[str, Path] | None = None):
    """`curate ARGS` in a real process; `pause=(step, marker)` stops it at that step of the
    decision transaction (tests/crash_at.py)."""
    cmd = [sys.executable, "-m", "agent.cli"]
    if pause is not None:
        cmd = [sys.executable, str(Path(__file__).with_name("crash_at.py")), *map(str, pause)]
    return subprocess.Popen(
        [*cmd, *args],
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def consistent(settings) -> None:
    """No torn files, every log line's entry change is present, no proposal both done and
    pending, no journal left."""
    Review(settings).recover()
    entries = {e.id: e for e in Store(settings.models_dir).load_all()}  # all parse
    pending = set(Queue(settings.queue_dir).ids())
    for rec in read_jsonl(settings.decisions_log):
        assert rec["proposal"] not in pending
        if rec["action"] == "accept":
            assert entries[rec["entry_id"]].content_hash() == rec["new_hash"]
    journal = settings.workspace / "registry" / ".journal"
    assert not journal.exists() or not list(journal.iterdir())
    leftovers = [p for p in settings.models_dir.iterdir() if p.suffix != ".yaml"]
    assert leftovers == []


def test_two_processes_accepting_the_same_entry(settings, table7_registry, paper, fake_index):
    a = scgpt_proposal(settings, paper, fake_index, "https://github.com/a/aaa")
    b = scgpt_proposal(settings, paper, fake_index, "https://github.com/b/bbb")
    procs = [curate("accept", a.id, "--reviewer", "r1"), curate("accept", b.id, "--reviewer", "r2")]
    codes = sorted(p.wait(timeout=120) for p in procs)
    assert codes == [0, 5], [p.stderr.read() for p in procs]
    log = list(read_jsonl(settings.decisions_log))
    assert len(log) == 1
    winner = a if log[0]["proposal"] == a.id else b
    loser = b if winner is a else a
    assert Store(settings.models_dir).load("scgpt").code_url == winner.entry.code_url
    assert Queue(settings.queue_dir).ids() == [loser.id]  # the loser's proposal is not lost
    consistent(settings)


POINTS = ["before-journal", "journal-written", "entry-written", "log-written", "proposal-removed"]


@pytest.mark.parametrize("point", POINTS)
def test_kill_9_mid_accept_leaves_old_or_new_state(
    settings, table7_registry, tmp_path, paper, fake_index, point
):
    p = scgpt_proposal(settings, paper, fake_index, "https://github.com/k/kkk")
    old = Store(settings.models_dir).load("scgpt")
    marker = tmp_path / "reached"
    proc = curate("accept", p.id, pause=(point, marker))
    deadline = time.time() + 60
    while not marker.exists():
        assert proc.poll() is None, proc.stderr.read()
        assert time.time() < deadline
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    consistent(settings)
    now = Store(settings.models_dir).load("scgpt")
    log = list(read_jsonl(settings.decisions_log))
    if point == "before-journal":
        assert now == old and log == [] and Queue(settings.queue_dir).ids() == [p.id]
    else:
        assert now.code_url == "https://github.com/k/kkk" and len(log) == 1
        assert Queue(settings.queue_dir).ids() == []
    assert json.dumps(now.to_data())  # the entry file is whole
