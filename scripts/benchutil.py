"""Shared by the benchmark scripts: run the CLI in a fresh process against a scratch workspace."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def shared_data(name: str) -> Path | None:
    """A file of the shared development data (data/NAME): under $CURATE_SHARED_DIR (the
    `shared_dir` setting), else under a shared/ folder beside the repository (or beside a folder
    above it, e.g. for a git worktree)."""
    from agent.devsets import shared_root

    env = os.environ.get("CURATE_SHARED_DIR")
    root = shared_root(Path(env) if env else None)
    path = root / "data" / name if root is not None else None
    return path if path is not None and path.exists() else None


def scratch_workspace(prefix: str) -> tuple[Path, Path]:
    """(temp dir, workspace inside it holding a copy of the committed registry)."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    ws = tmp / "ws"
    (ws / "registry").mkdir(parents=True)
    shutil.copytree(ROOT / "registry" / "models", ws / "registry" / "models")
    return tmp, ws


def user_env(ws: Path | None = None) -> dict[str, str]:
    """The environment of a user's shell: bytecode cached (a shell that forbids it would time
    compilation instead), and, with `ws`, that workspace."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if ws is not None:
        env["CURATE_WORKSPACE"] = str(ws)
    return env


def curate(ws: Path, *args: str) -> tuple[float, dict[str, Any]]:
    """Wall time and parsed --json output of one `curate` process."""
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "agent.cli", *args, "--json"],
        env=user_env(ws),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - t, json.loads(out.stdout)


def curate_plain(ws: Path, *args: str) -> tuple[float, str]:
    """Wall time and output of one `curate` process as a user types it: no --json, so the
    human output (tables, colours off: stdout is a pipe) is rendered and printed."""
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "agent.cli", *args],
        env=user_env(ws),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - t, out.stdout


def process_time(code: str, repeat: int = 5, env: dict[str, str] | None = None) -> float:
    """Median wall time of `repeat` new processes running `python -c CODE`."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env or user_env(), check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def python_floor(repeat: int = 5) -> float:
    """Median wall time of a bare `python -c pass`: the interpreter's own start-up."""
    return process_time("pass", repeat)


def import_floor(repeat: int = 5) -> float:
    """Median wall time of a new process that only imports the libraries every `curate` command
    needs (settings, command line, console): the floor under any command's process time. As
    in curate's own processes, pydantic does not scan the installed distributions for plugins
    (agent/__init__.py sets PYDANTIC_DISABLE_PLUGINS)."""
    env = {**user_env(), "PYDANTIC_DISABLE_PLUGINS": "__all__"}
    return process_time("import pydantic_settings, typer, rich.console, rich.table", repeat, env)
