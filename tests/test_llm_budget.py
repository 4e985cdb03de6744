"""The LLM budget: calls and prompt tokens per paper, every call recorded, nothing sent on a
re-run; LLM screening with several calls in flight and rate limits honoured."""

from __future__ import annotations

import json

from fake_llm import OpenAIServer, ScriptedChat, per_group
from screen_data import RECORDS, write_jsonl

from agent.extract.base import PaperText
from agent.extract.llm import LLMExtractor, group_schema
from agent.llm import estimate_tokens
from agent.reader import Chunk, Page

IDENTITY = group_schema("identity")  # the answer schema of the identity group

SENTENCE = "We pretrain CellQ, a foundation model, on single-cell RNA-seq data of many tissues. "


def long_paper() -> PaperText:
    """300 pages, and a retriever that always has more chunks to give."""
    pages = [Page(number=i + 1, text=SENTENCE * 40) for i in range(300)]
    p = PaperText(title="CellQ: a model", pages=pages, source="t")
    p.retrieve = lambda q, k: [
        Chunk(index=i, page=i + 1, start=0, end=1000, section="results", text=SENTENCE * 12)
        for i in range(k)
    ]
    return p


def nothing(messages, schema):  # a model that never finds evidence: the worst case for retries
    return {} if schema is IDENTITY else {"values": []}


def test_extractor_stays_within_calls_and_prompt_tokens(settings):
    chat = ScriptedChat(per_group(nothing))
    LLMExtractor(settings, chat_model=chat).extract(long_paper())
    prompts = [sum(estimate_tokens(text) for _, text in m) for m in chat.sent]
    assert len(chat.sent) == settings.llm.max_calls_per_paper == 4
    assert sum(prompts) <= settings.llm.max_prompt_tokens_per_paper == 10_000


def test_lower_budget_is_respected(settings, monkeypatch):
    monkeypatch.setenv("CURATE_LLM__MAX_CALLS_PER_PAPER", "2")
    monkeypatch.setenv("CURATE_LLM__MAX_PROMPT_TOKENS_PER_PAPER", "3000")
    from agent.settings import load_settings

    chat = ScriptedChat(per_group(nothing))
    LLMExtractor(load_settings(), chat_model=chat).extract(long_paper())
    assert len(chat.sent) == 2
    assert sum(estimate_tokens(t) for m in chat.sent for _, t in m) <= 3000


def test_rerun_sends_nothing_and_records_cached_calls(settings):
    first = LLMExtractor(settings, chat_model=ScriptedChat(per_group(nothing))).extract(
        long_paper()
    )
    chat = ScriptedChat(per_group(nothing))
    again = LLMExtractor(settings, chat_model=chat).extract(long_paper())
    assert chat.sent == [] and len(again.calls) == len(first.calls)
    assert all(c.cached for c in again.calls) and again.tokens == {}


def test_every_call_is_in_the_proposal_and_summarised_by_add(example_pdf, fake_index, monkeypatch):
    from typer.testing import CliRunner

    import agent.index
    from agent.cli import app
    from agent.extract import llm as llm_mod

    monkeypatch.setenv("CURATE_LLM__MODEL", "scripted")
    monkeypatch.setattr(llm_mod, "make_chat_model", lambda s: ScriptedChat(per_group(nothing)))
    from conftest import FakeEmbedder

    import agent.embedding

    monkeypatch.setattr(agent.embedding, "Embedder", lambda s: FakeEmbedder())
    monkeypatch.setattr(agent.index, "Index", lambda s, embedder=None: fake_index)
    r = CliRunner().invoke(app, ["add", "--pdf", str(example_pdf)])
    assert r.exit_code == 0, r.output
    assert "4 LLM calls" in r.stdout and "completion tokens" in r.stdout
    from agent.proposal import Queue
    from agent.settings import load_settings

    [p] = Queue(load_settings().queue_dir).all()
    assert len(p.run.calls) == 4  # a small paper: a retry may repeat a prompt (then cached)
    sent = [c for c in p.run.calls if not c.cached]
    assert sent and all(c.prompt_tokens == 100 and c.seconds >= 0 for c in sent)
    assert p.run.tokens == {"input_tokens": 100 * len(sent), "output_tokens": 20 * len(sent)}


DECISION = json.dumps({"decision": "exclude", "criterion": None, "reason": "no model"})


def llm_settings(monkeypatch, url):
    monkeypatch.setenv("CURATE_LLM__MODEL", "tiny-test")
    monkeypatch.setenv("CURATE_LLM__BASE_URL", url)
    from agent.settings import load_settings

    return load_settings()


def test_rate_limit_waits_for_retry_after(monkeypatch):
    from agent.screen.records import Record
    from agent.screen.screeners import LLMScreener

    answers = iter([(429, {"Retry-After": "7"}), DECISION])
    with OpenAIServer(lambda body: next(answers)) as srv:
        sc = LLMScreener(llm_settings(monkeypatch, srv.url))
        waited: list[float] = []
        sc.client.sleep = waited.append
        d = sc.screen(Record(title="T", abstract="A"))
    assert d.decision == "exclude" and waited == [7.0] and len(srv.requests) == 2


def test_persistent_rate_limit_is_a_clear_error(monkeypatch):
    import pytest

    from agent.screen.records import Record
    from agent.screen.screeners import LLMScreener
    from agent.settings import LLMError

    with OpenAIServer(lambda body: (429, {"Retry-After": "0"})) as srv:
        sc = LLMScreener(llm_settings(monkeypatch, srv.url))
        sc.client.sleep = lambda s: None
        with pytest.raises(LLMError, match="HTTP 429.*--concurrency"):
            sc.screen(Record(title="T", abstract="A"))
    assert len(srv.requests) == 1 + sc.settings.llm.retries


def test_llm_screening_sends_calls_concurrently(monkeypatch, tmp_path):
    from agent.screen.ledger import Ledger
    from agent.screen.run import screen_file
    from agent.screen.screeners import LLMScreener

    recs = [dict(RECORDS[i % 5], arxiv_id=f"2601.{i:05d}", title=f"T {i}") for i in range(12)]
    with OpenAIServer(lambda body: DECISION, latency=0.2) as srv:
        s = llm_settings(monkeypatch, srv.url)
        run = screen_file(
            write_jsonl(tmp_path / "r.jsonl", recs), LLMScreener(s), Ledger.of(s), concurrency=4
        )
    assert run.decided == 12 and run.prisma["excluded"] == 12
    assert srv.max_in_flight == 4


def test_screen_cli_concurrency_option(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from agent.cli import app

    with OpenAIServer(lambda body: DECISION) as srv:
        llm_settings(monkeypatch, srv.url)
        r = CliRunner().invoke(
            app,
            [
                "screen",
                str(write_jsonl(tmp_path / "r.jsonl")),
                "--screener",
                "llm",
                "--concurrency",
                "3",
                "--json",
            ],
        )
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["decided"] == 5


def test_rerun_sends_nothing_even_after_unusable_answers(settings):
    LLMExtractor(settings, chat_model=ScriptedChat("Sure! rna")).extract(long_paper())
    chat = ScriptedChat("Sure! rna")
    again = LLMExtractor(settings, chat_model=chat).extract(long_paper())
    assert chat.sent == [] and all(c.cached for c in again.calls)
    assert any("not valid for the schema" in f.message for f in again.fields["modalities"].flags)
