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
