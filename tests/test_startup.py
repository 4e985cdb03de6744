"""Start-up: a command loads only what it needs. `curate add` of a paper whose proposal is
already pending answers from the queue, so its process must not import the libraries of
reading, fetching, embedding, extraction with a model or serving (issue 12: <= 0.5 s). These
tests check the modules a new process loaded, not its time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from agent.pipeline import add

#: what the cached path must not load: each costs tens of milliseconds to seconds to import
HEAVY = (
    "torch",
    "numpy",
    "sentence_transformers",
    "transformers",
    "chromadb",
    "langchain_core",
    "langchain_openai",
    "openai",
    "httpx",
    "pypdf",
    "pypdfium2",
    "matplotlib",
    "jinja2",
    "starlette",
    "uvicorn",
    "rapidfuzz",
    "filelock",
    "click",  # typer vendors its own; a second copy of click costs its import
    "feedparser",
    "agent.embedding",
    "agent.extract.llm",
    "agent.screen",
    "agent.review",
    "agent.web",
)

#: runs `curate ARGS...` as the console script does, then writes the loaded modules to OUT
RECORD = """
import atexit, json, runpy, sys
out = sys.argv[1]
def dump():
    from pydantic.plugin import _loader
    seen = {"modules": sorted(sys.modules), "plugins_scanned": _loader._plugins is not None}
    with open(out, "w") as fh:
        json.dump(seen, fh)
atexit.register(dump)
sys.argv = ["curate", *sys.argv[2:]]
runpy.run_module("agent.cli", run_name="__main__")
"""


def run_recorded(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], dict]:
    out = tmp_path / "modules.json"
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    proc = subprocess.run(
        [sys.executable, "-c", RECORD, str(out), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc, json.loads(out.read_text())


def loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return sorted({n for n in names for m in modules if m == n or m.startswith(n + ".")})


def test_re_adding_a_pending_paper_loads_none_of_the_heavy_modules(tmp_path, example_pdf):
    first = subprocess.run(
        [sys.executable, "-m", "agent.cli", "add", "--pdf", str(example_pdf), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["reused"] is False

    again, rec = run_recorded(tmp_path, "add", "--pdf", str(example_pdf))
    assert again.returncode == 0, again.stderr
    assert "already pending" in again.stdout  # the user's command, table and all
    assert loaded(rec["modules"], HEAVY) == []


def test_the_command_line_does_not_have_pydantic_scan_for_plugins(tmp_path):
    # pydantic reads the entry points of every installed distribution to find plugins unless
    # PYDANTIC_DISABLE_PLUGINS says not to; curate sets it (a user's own value wins)
    proc, rec = run_recorded(tmp_path, "queue", "--json")
    assert proc.returncode == 0, proc.stderr
    assert rec["plugins_scanned"] is False


def test_a_re_add_reads_only_the_queue_files_that_name_the_pdf(settings, example_pdf, fake_index):
    pending = add(settings, pdf=example_pdf, index=fake_index).proposal
    broken = settings.queue_dir / "broken--pdf-00000000--20260101000000000.yaml"
    broken.write_text("entry: [unclosed\n")
    again = add(settings, pdf=example_pdf, index=fake_index)
    assert again.reused and again.proposal.id == pending.id
    assert broken.exists()  # not parsed: it cannot be the same PDF's (`curate queue` moves it)
