"""The chunk index: the real offline embedding model, de-duplication, search, and a chroma
server over HTTP on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from agent.cli import app
from agent.embedding import resolve_model_dir
from agent.index import Index
from agent.reader import Document, chunk, read_pdf


def chunks_of(pdf: Path):
    return chunk(Document(read_pdf(pdf)), 300, 50)


def test_model_is_loaded_from_the_installed_package_without_network(settings):
    path = resolve_model_dir(settings.embedding.model, settings.cache_dir)
    assert (path / "modules.json").exists() and (path / "model.safetensors").exists()


def test_real_embeddings_rank_the_relevant_chunk_first(settings, example_pdf):
    index = Index(settings)  # the real all-MiniLM-L6-v2, offline
    index.add_paper("p1", "sha", chunks_of(example_pdf))
    paper, top, score = index.search("which spatial deconvolution results were reported", 1)[0]
    assert paper == "p1" and "deconvolution" in top.text and score > 0.2


def test_readding_a_paper_keeps_one_copy_of_each_chunk(settings, example_pdf, fake_index):
    cs = chunks_of(example_pdf)
    fake_index.add_paper("p1", "sha-a", cs)
    fake_index.add_paper("p1", "sha-a", cs)
    fake_index.add_paper("p1", "sha-b", cs)  # a new version replaces the old chunks
    assert fake_index.col.count() == len(cs)


def test_search_can_be_limited_to_one_paper(settings, example_pdf, fake_index):
    fake_index.add_paper("p1", "a", chunks_of(example_pdf))
    fake_index.add_paper("p2", "b", chunks_of(example_pdf))
    assert {p for p, _, _ in fake_index.search("NicheLM", 5, paper="p2")} == {"p2"}


def test_index_persists_across_clients(settings, example_pdf):
    from conftest import FakeEmbedder

    Index(settings, embedder=FakeEmbedder()).add_paper("p1", "a", chunks_of(example_pdf))
    assert Index(settings, embedder=FakeEmbedder()).col.count() > 0


def test_search_cli_with_empty_index(settings, monkeypatch):
    r = CliRunner().invoke(app, ["search", "annotation"])
    assert r.exit_code == 0 and "no indexed papers yet" in r.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    exe = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = free_port()
    proc = subprocess.Popen(
        [
            exe,
            "run",
            "--path",
            str(tmp_path / "chroma"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    deadline = time.time() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).is_success:
                break
        except httpx.TransportError:
            pass
        assert proc.poll() is None and time.time() < deadline, "chroma run did not start"
        time.sleep(0.3)
    yield port
    proc.terminate()
    proc.wait(timeout=30)


def test_shared_index_over_http(chroma_server, monkeypatch, example_pdf):
    from conftest import FakeEmbedder

    from agent.settings import load_settings

    monkeypatch.setenv("CURATE_INDEX__MODE", "http")
    monkeypatch.setenv("CURATE_INDEX__PORT", str(chroma_server))
    s = load_settings()
    Index(s, embedder=FakeEmbedder()).add_paper("p1", "a", chunks_of(example_pdf))
    other = Index(s, embedder=FakeEmbedder())  # a teammate's client sees the same chunks
    assert other.col.count() == len(chunks_of(example_pdf))
    assert other.search("NicheLM deconvolution", 1)[0][0] == "p1"
    assert not (s.corpus_dir / ".index").exists()


def test_unknown_index_mode_is_a_config_error(monkeypatch):
    from agent.settings import ConfigError, load_settings

    monkeypatch.setenv("CURATE_INDEX__MODE", "s3")
    with pytest.raises(ConfigError, match="CURATE_INDEX__MODE"):
        Index(load_settings())


def test_torch_backend_matches_sentence_transformers(settings, monkeypatch):
    from agent.embedding import Embedder

    texts = ["cell type annotation of single-cell RNA-seq", "spatial deconvolution", "x " * 400]
    fast = Embedder(settings).encode(texts)
    monkeypatch.setenv("CURATE_EMBEDDING__BACKEND", "sentence-transformers")
    from agent.settings import load_settings

    ref = Embedder(load_settings()).encode(texts)
    for a, b in zip(fast, ref, strict=True):
        assert sum(x * y for x, y in zip(a, b, strict=True)) > 0.99999


def test_unknown_embedding_backend_is_a_config_error(monkeypatch):
    from agent.embedding import Embedder
    from agent.settings import ConfigError, load_settings

    monkeypatch.setenv("CURATE_EMBEDDING__BACKEND", "onnx")
    with pytest.raises(ConfigError, match="CURATE_EMBEDDING__BACKEND"):
        Embedder(load_settings()).encode(["x"])
