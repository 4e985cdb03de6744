"""Run the curate CLI, pausing at one step of review's decision transaction so that a test can
kill -9 the process there: `python tests/crash_at.py STEP MARKER curate-args...`. On reaching
STEP it writes its pid to MARKER and sleeps. Test-only: production code has just the seam
(`agent.review.transaction_step`)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import agent.review  # noqa: E402
from agent.cli import main  # noqa: E402


def pause_at(step: str, marker: Path):  # type: ignore[no-untyped-def]
    def pause(name: str) -> None:
        if name == step:
            marker.write_text(str(os.getpid()))
            time.sleep(60)

    return pause


if __name__ == "__main__":
    agent.review.transaction_step = pause_at(sys.argv[1], Path(sys.argv[2]))
    sys.argv = ["curate", *sys.argv[3:]]
    main()
