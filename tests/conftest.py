"""Every test runs in a temporary workspace with the network closed to anything but loopback."""

from __future__ import annotations

import hashlib
import shutil
import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: the survey table the registry was imported from: part of the repository, not of ../shared
TABLE7 = ROOT / "registry" / "source" / "llm4cell-table7.tsv"
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

_real_connect = socket.socket.connect


def _loopback_only(self, address):  # type: ignore[no-untyped-def]
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and not (
        host.startswith("127.") or host in ("localhost", "::1") or self.family == socket.AF_UNIX
    ):
        raise OSError(f"tests may not touch the network (tried {address})")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def workspace(tmp_path, monkeypatch):
    """A fresh workspace; no LLM configured; network limited to loopback."""
    ws = tmp_path / "ws"
    (ws / "registry" / "models").mkdir(parents=True)
    (ws / "registry" / "queue").mkdir()
    monkeypatch.setenv("CURATE_WORKSPACE", str(ws))
    for var in (
        "CURATE_LLM__MODEL",
        "CURATE_LLM__BASE_URL",
        "OPENAI_API_KEY",
        "CURATE_INDEX__MODE",
        "CURATE_ARXIV__API_URL",
        "CURATE_ARXIV__PDF_URL",
        "CURATE_BIORXIV__API_URL",
        "CURATE_CROSSREF__API_URL",
        "CURATE_OPENALEX__API_URL",
        "OPENALEX_API_KEY",
        "CURATE_FETCH__CONTACT",
        "CURATE_SHARED_DIR",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("CURATE_FETCH__DELAY_S", "0")  # no politeness pauses against loopback
    monkeypatch.setenv("CURATE_REVIEWER", "test-reviewer")
    # the learned word signal (on by default) stays off in tests of the rules:
    # tests/test_learned.py covers it, with small weight files and with the committed ones
    for part in ("TASKS", "FAMILY", "MODALITIES"):
        monkeypatch.setenv(f"CURATE_EXTRACT__LEARNED_{part}", "false")
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    return ws


@pytest.fixture
def settings(workspace):
    from agent.settings import load_settings

    return load_settings()


@pytest.fixture
def table7_registry(workspace):
    """The committed registry (the survey's 58 models) copied into the workspace."""
    shutil.copytree(
        ROOT / "registry" / "models", workspace / "registry" / "models", dirs_exist_ok=True
    )
    return workspace / "registry" / "models"


class FakeEmbedder:
    """Deterministic bag-of-words vectors: the index's real code without loading a model."""

    dim = 64

    def __init__(self) -> None:
        self.calls = 0

    def preload(self) -> None:
        pass

    def encode_async(self, texts: list[str]) -> list[list[float]]:
        return self.encode(texts)

    def encode(self, texts: list[str]) -> list[list[float]]:
        self.calls += 1
        out = []
        for t in texts:
            v = [0.0] * self.dim
            for w in t.lower().split():
                v[int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dim] += 1.0
            norm = sum(x * x for x in v) ** 0.5 or 1.0
            out.append([x / norm for x in v])
        return out


@pytest.fixture
def fake_index(settings):
    from agent.index import Index

    return Index(settings, embedder=FakeEmbedder())  # type: ignore[arg-type]


@pytest.fixture
def paper(tmp_path):
    """Write a one-page paper PDF: paper(title, abstract) -> path."""
    from pdfgen import write_paper

    count = iter(range(1000))

    def make(title: str, abstract: str) -> Path:
        return write_paper(tmp_path / f"paper-{next(count)}.pdf", title, [("Abstract", abstract)])

    return make


@pytest.fixture
def example_pdf(tmp_path):
    from pdfgen import write_example

    return write_example(tmp_path / "nichelm.pdf")
