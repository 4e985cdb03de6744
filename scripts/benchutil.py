"""Shared by the benchmark scripts: run the CLI in a fresh process against a scratch workspace."""

from __future__ import annotations

import json
import os
import shutil
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


def curate(ws: Path, *args: str) -> tuple[float, dict[str, Any]]:
    """Wall time and parsed --json output of one `curate` process."""
    env = {**os.environ, "CURATE_WORKSPACE": str(ws)}
    # a user's Python caches bytecode: a shell that forbids it would time compilation instead
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "agent.cli", *args, "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - t, json.loads(out.stdout)


def import_floor(repeat: int = 3) -> float:
    """Median wall time of a new process that only imports the libraries every `curate` command
    needs (settings, command line, console): the floor under any command's process time."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    code = "import pydantic_settings, typer, rich.console, rich.table"
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        times.append(time.perf_counter() - t)
    return sorted(times)[len(times) // 2]
