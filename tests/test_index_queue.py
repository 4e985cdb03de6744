"""Lazy indexing: `add` with the lexicon extractor embeds nothing and queues the paper; search,
`curate index` and the llm path index it, once; only useful chunks are embedded."""

from __future__ import annotations

import json

from conftest import FakeEmbedder
from typer.testing import CliRunner

from agent.cli import app
from agent.index import Index, IndexQueue, useful_chunks
from agent.pipeline import add
from agent.reader import Chunk


def test_lexicon_add_embeds_nothing_and_queues_the_paper(settings, example_pdf, monkeypatch):
    import agent.embedding

    def no_model(s):
        raise AssertionError("the lexicon path must not load the embedding model")

    monkeypatch.setattr(agent.embedding, "Embedder", no_model)
    res = add(settings, pdf=example_pdf)
    assert res.proposal.run.extractor == "lexicon"
    assert len(IndexQueue(settings).pending()) == 1


def test_index_drains_the_queue_once(settings, example_pdf):
    add(settings, pdf=example_pdf)
    emb = FakeEmbedder()
    index = Index(settings, embedder=emb)
    q = IndexQueue(settings)
    assert q.drain(index) == 1 and q.pending() == [] and index.col.count() > 0
    n = index.col.count()
    from agent.proposal import Queue

    for pid in Queue(settings.queue_dir).ids():
        Queue(settings.queue_dir).path(pid).unlink()
    add(settings, pdf=example_pdf)  # re-added: indexed already, nothing queued
    assert q.pending() == [] and q.drain(index) == 0
    assert emb.calls == 1 and index.col.count() == n


def test_interrupted_indexing_is_finished_without_embedding_twice(settings, example_pdf):
    add(settings, pdf=example_pdf)
    q = IndexQueue(settings)
    index = Index(settings, embedder=FakeEmbedder())
    q.drain(index)
    # as if the process died after the chunks were stored but before the marker was written
    for m in q.marks.iterdir():
        m.unlink()
    from agent.fetch import sha256
    from agent.reader import read_pdf

    emb = FakeEmbedder()
    again = Index(settings, embedder=emb)
    sha = sha256(example_pdf.read_bytes())
    q.put("pdf-" + sha[:16], sha, read_pdf(example_pdf))
    assert q.drain(again) == 1 and emb.calls == 0 and q.is_indexed("pdf-" + sha[:16], sha)


def test_search_indexes_queued_papers_first(settings, example_pdf, monkeypatch):
    import agent.index

    add(settings, pdf=example_pdf)
    real = agent.index.Index
    monkeypatch.setattr(agent.index, "Index", lambda s, embedder=None: real(s, FakeEmbedder()))
    r = CliRunner().invoke(app, ["search", "NicheLM spatial deconvolution", "--json"])
    assert r.exit_code == 0, r.output
    hits = json.loads(r.stdout)
    assert hits and hits[0]["paper"].startswith("pdf-")
    r = CliRunner().invoke(app, ["index"])
    assert "nothing to index" in r.stdout


def test_index_command(settings, example_pdf, monkeypatch):
    import agent.index

    add(settings, pdf=example_pdf)
    real = agent.index.Index
    monkeypatch.setattr(agent.index, "Index", lambda s, embedder=None: real(s, FakeEmbedder()))
    r = CliRunner().invoke(app, ["index", "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == {"indexed": 1}


def c(i: int, text: str, section: str = "results") -> Chunk:
    return Chunk(index=i, page=1, start=0, end=len(text), section=section, text=text)


def test_only_useful_chunks_are_embedded():
    body = "We evaluate the model on cell type annotation across twelve tissues and donors. " * 2
    chunks = [
        c(0, body),
        c(1, "Preprint. Under review."),  # a fragment
        c(2, body),  # repeated boilerplate
        c(
            3,
            "[1] A. Author. A cited paper about cells. Journal of Things, 2020. " * 3,
            "references",
        ),
        c(4, body.upper() + " More."),
    ]
    assert [x.index for x in useful_chunks(chunks)] == [0, 4]
