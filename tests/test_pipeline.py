"""`curate add` end to end (offline, fake embedder): proposals, evidence, caching, updates."""

from __future__ import annotations

import json

import pdfs
import pytest
from arxiv_server import ArxivServer
from typer.testing import CliRunner

from agent.cli import app
from agent.extract.lexicon import VERSION as LEXICON_VERSION
from agent.pipeline import add
from agent.proposal import Queue
from agent.reader import PdfError, flat, read_pdf


def test_add_pdf_queues_a_new_proposal(settings, example_pdf, fake_index):
    res = add(settings, pdf=example_pdf, index=fake_index)
    p = Queue(settings.queue_dir).load(res.proposal.id)
    assert (p.kind, p.entry_id, p.entry.name) == ("new", "nichelm", "NicheLM")
    assert p.source.pdf_sha256 and p.run.extractor == "lexicon"
    assert p.run.prompt_versions == {"lexicon": LEXICON_VERSION}


def test_every_evidence_quote_occurs_in_the_pdf(settings, example_pdf, fake_index):
    res = add(settings, pdf=example_pdf, index=fake_index)
    text = flat(" ".join(p.text for p in read_pdf(example_pdf)))
    quotes = [e.quote for evs in res.proposal.entry.evidence.values() for e in evs]
    assert quotes and all(flat(q) in text for q in quotes)


def test_example_fields_are_extracted(settings, example_pdf, fake_index):
    e = add(settings, pdf=example_pdf, index=fake_index).proposal.entry
    assert e.family == "foundation" and not e.agentic
    assert set(e.modalities) == {"rna", "spatial"}
    assert {"annotation", "spatial_mapping"} <= set(e.tasks)
    assert "atlas" in e.grounding and e.code_url == "https://github.com/example-lab/nichelm"


def test_readding_same_pdf_reuses_pending_proposal(settings, example_pdf, fake_index):
    first = add(settings, pdf=example_pdf, index=fake_index)
    again = add(settings, pdf=example_pdf, index=fake_index)
    assert again.reused and again.proposal.id == first.proposal.id
    assert len(Queue(settings.queue_dir).ids()) == 1


def test_readding_with_another_llm_model_makes_a_new_proposal(
    settings, example_pdf, fake_index, monkeypatch
):
    from fake_llm import ScriptedChat

    from agent.extract import llm as llm_mod
    from agent.settings import load_settings

    monkeypatch.setattr(llm_mod, "make_chat_model", lambda s: ScriptedChat({"values": []}))
    monkeypatch.setenv("CURATE_LLM__MODEL", "model-a")
    first = add(load_settings(), pdf=example_pdf, index=fake_index)
    monkeypatch.setenv("CURATE_LLM__MODEL", "model-b")
    second = add(load_settings(), pdf=example_pdf, index=fake_index)
    assert not second.reused and second.proposal.id != first.proposal.id
    assert second.proposal.run.model == "model-b"


def test_readding_does_not_duplicate_chunks(settings, example_pdf, fake_index):
    add(settings, pdf=example_pdf, index=fake_index)
    n = fake_index.col.count()
    for p in Queue(settings.queue_dir).ids():
        Queue(settings.queue_dir).path(p).unlink()
    add(settings, pdf=example_pdf, index=fake_index)
    assert fake_index.col.count() == n


def test_known_model_becomes_an_update(settings, table7_registry, paper, fake_index):
    pdf = paper(
        "scGPT: toward building a foundation model for single-cell multi-omics",
        "We present scGPT, a generative pretrained transformer for single-cell RNA-seq data, "
        "pretrained on 33 million cells. It supports cell type annotation and perturbation "
        "prediction and batch integration.",
    )
    p = add(settings, pdf=pdf, index=fake_index).proposal
    assert (p.kind, p.entry_id) == ("update", "scgpt")
    assert p.base_hash and p.base_entry and p.base_entry.name == "scGPT"


def test_update_without_domain_evidence_keeps_the_survey_score(
    settings, table7_registry, paper, fake_index
):
    pdf = paper(
        "scGPT: a model", "We present scGPT for cell type annotation of single-cell RNA-seq data."
    )
    p = add(settings, pdf=pdf, index=fake_index).proposal
    assert p.kind == "update" and p.entry.domain_score == 6 and p.entry.domains == []


def test_update_settles_guesses_for_recurated_fields(settings, table7_registry, paper, fake_index):
    pdf = paper(
        "scGPT: a model",
        "We present scGPT, a foundation model for single-cell "
        "RNA-seq and scATAC-seq data, for cell type annotation.",
    )
    p = add(settings, pdf=pdf, index=fake_index).proposal
    assert "modalities" in p.base_entry.guessed and "modalities" not in p.entry.guessed


def test_similar_name_is_flagged_as_possible_duplicate(
    settings, table7_registry, paper, fake_index
):
    pdf = paper(
        "scGPTs: single-cell models",
        "We present scGPTs, a foundation model for single-cell RNA-seq data.",
    )
    p = add(settings, pdf=pdf, index=fake_index).proposal
    assert p.kind == "new" and any(
        "possible duplicate of existing entry scgpt" in f.message for f in p.flags
    )


@pytest.mark.parametrize("maker", [pdfs.corrupt, pdfs.empty, pdfs.image_only])
def test_broken_pdf_leaves_nothing_behind(settings, tmp_path, maker, fake_index):
    with pytest.raises(PdfError):
        add(settings, pdf=maker(tmp_path / "bad.pdf"), index=fake_index)
    assert Queue(settings.queue_dir).ids() == []
    assert not (
        settings.corpus_dir.exists()
        and any(p for p in settings.corpus_dir.iterdir() if p.name not in (".index", ".cache"))
    )


def arxiv_env(monkeypatch, url):
    monkeypatch.setenv("CURATE_ARXIV__API_URL", f"{url}/api/query")
    monkeypatch.setenv("CURATE_ARXIV__PDF_URL", f"{url}/pdf")
    monkeypatch.setenv("CURATE_FETCH__BACKOFF_S", "0.01")
    from agent.settings import load_settings

    return load_settings()


def test_add_by_arxiv_id_fetches_and_caches(monkeypatch, example_pdf, fake_index):
    with ArxivServer(example_pdf) as srv:
        s = arxiv_env(monkeypatch, srv.url)
        p = add(s, "arXiv:2504.04698", index=fake_index).proposal
        assert (p.source.arxiv_id, p.source.version) == ("2504.04698", "v2")
        assert p.entry.arxiv_id == "2504.04698" and p.entry.year == 2025
        assert (s.corpus_dir / "2504.04698" / "paper.pdf").exists()
        hits = len(srv.hits)
        Queue(s.queue_dir).path(p.id).unlink()
        add(s, "https://arxiv.org/abs/2504.04698", index=fake_index)
        assert len(srv.hits) == hits  # the second add did no network I/O


def test_fetch_404_leaves_nothing_behind(monkeypatch, example_pdf, fake_index):
    from agent.fetch import FetchError

    with ArxivServer(example_pdf) as srv:
        s = arxiv_env(monkeypatch, srv.url)
        with pytest.raises(FetchError):
            add(s, "2501.00001", index=fake_index)
    assert Queue(s.queue_dir).ids() == [] and not (s.corpus_dir / "2501.00001").exists()


def test_cli_rejects_bad_id_before_any_network(monkeypatch):
    r = CliRunner().invoke(app, ["add", "not-an-id"])
    assert r.exit_code == 1 and "is not an arXiv id" in r.output


def test_cli_reports_broken_pdf_kind(tmp_path):
    r = CliRunner().invoke(app, ["add", "--pdf", str(pdfs.image_only(tmp_path / "scan.pdf"))])
    assert r.exit_code == 3 and "no text layer" in r.output


def test_cli_add_json_summary(example_pdf, monkeypatch, fake_index):
    import agent.index

    monkeypatch.setattr(agent.index, "Index", lambda s, embedder=None: fake_index)
    r = CliRunner().invoke(app, ["add", "--pdf", str(example_pdf), "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["kind"] == "new" and out["entry_id"] == "nichelm" and not out["reused"]
