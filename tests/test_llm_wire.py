"""The llm extractor's real client code (langchain ChatOpenAI) against an OpenAI-compatible
HTTP server on 127.0.0.1 with scripted responses."""

from __future__ import annotations

import json

import pytest
from fake_llm import OpenAIServer, groups_in

from agent.extract.base import PaperText
from agent.extract.llm import LLMExtractor
from agent.reader import Page
from agent.settings import ConfigError, load_settings

BODY = (
    "We present CellQ, a foundation model pretrained on 10 million cells of single-cell "
    "RNA-seq data. CellQ performs cell type annotation."
)


def paper() -> PaperText:
    return PaperText(
        title="CellQ: a model", pages=[Page(number=1, text=f"CellQ\n{BODY}")], source="t"
    )


def by_group(valid: dict[str, str]):
    """A server answering each group a request asks for: scripted JSON, else no values."""

    def answer(body):
        user = body["messages"][-1]["content"]
        return json.dumps(
            {g: json.loads(valid.get(g, json.dumps({"values": []}))) for g in groups_in(user)}
        )

    return answer


@pytest.fixture
def llm_env(monkeypatch):
    def start(contents, method="json_schema"):
        srv = OpenAIServer(contents)
        monkeypatch.setenv("CURATE_LLM__MODEL", "tiny-test")
        monkeypatch.setenv("CURATE_LLM__BASE_URL", srv.url)
        monkeypatch.setenv("CURATE_LLM__STRUCTURED_METHOD", method)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-real")
        return srv, load_settings()

    return start


MODALITIES = json.dumps({"values": [{"value": "rna", "quotes": ["single-cell RNA-seq data"]}]})


def test_valid_json_schema_response(llm_env):
    srv, s = llm_env(by_group({"modalities": MODALITIES}))
    with srv:
        ex = LLMExtractor(s).extract(paper())
    assert ex.fields["modalities"].value == ["rna"]
    assert srv.requests[0]["body"]["model"] == "tiny-test"
    assert srv.requests[0]["body"]["response_format"]["type"] == "json_schema"
    assert ex.tokens["input_tokens"] >= 50


def test_json_mode_server(llm_env):
    srv, s = llm_env(by_group({"modalities": MODALITIES}), method="json_mode")
    with srv:
        ex = LLMExtractor(s).extract(paper())
    assert ex.fields["modalities"].value == ["rna"]
    assert srv.requests[0]["body"]["response_format"] == {"type": "json_object"}


def test_tool_calling_server(llm_env):
    srv, s = llm_env(by_group({"modalities": MODALITIES}), method="function_calling")
    with srv:
        ex = LLMExtractor(s).extract(paper())
    assert ex.fields["modalities"].value == ["rna"]
    names = {r["body"]["tools"][0]["function"]["name"] for r in srv.requests}
    assert "Answer_identity_family_modalities" in names


def test_unsupported_response_format_is_a_clear_error(llm_env):
    from agent.settings import LLMError

    srv, s = llm_env(lambda body: 400)
    with srv, pytest.raises(LLMError, match="CURATE_LLM__STRUCTURED_METHOD=json_mode"):
        LLMExtractor(s).extract(paper())


def test_unreachable_server_is_a_clear_error(monkeypatch):
    from agent.settings import LLMError

    monkeypatch.setenv("CURATE_LLM__MODEL", "m")
    monkeypatch.setenv("CURATE_LLM__BASE_URL", "http://127.0.0.1:9/v1")
    with pytest.raises(LLMError, match="cannot reach the LLM server"):
        LLMExtractor(load_settings()).extract(paper())


def test_invalid_json_is_flagged_not_crashed(llm_env):
    srv, s = llm_env(lambda body: "Sure! Here are the modalities: rna")
    with srv:
        ex = LLMExtractor(s).extract(paper())
    assert any("not valid for the schema" in f.message for f in ex.fields["modalities"].flags)


def test_schema_invalid_json_is_flagged(llm_env):
    srv, s = llm_env(
        lambda body: json.dumps(
            {g: {"values": [{"quotes": 3}]} for g in groups_in(body["messages"][-1]["content"])}
        )
    )
    with srv:
        ex = LLMExtractor(s).extract(paper())
    assert ex.fields["tasks"].value is None and ex.fields["tasks"].flags


def test_invented_quote_over_the_wire_is_rejected(llm_env):
    bad = json.dumps({"values": [{"value": "atac", "quotes": ["chromatin of 9 billion cells"]}]})
    srv, s = llm_env(by_group({"modalities": bad}))
    with srv:
        ex = LLMExtractor(s).extract(paper())
    assert ex.fields["modalities"].value == []
    assert any(r["quote"] == "chromatin of 9 billion cells" for r in ex.rejected_quotes)


def test_key_is_sent_but_never_stored(llm_env, settings):
    srv, s = llm_env(by_group({"modalities": MODALITIES}))
    with srv:
        LLMExtractor(s).extract(paper())
    assert srv.requests[0]["auth"] == "Bearer sk-test-not-real"
    cached = "".join(p.read_text() for p in s.cache_dir.rglob("*.json"))
    assert cached and "sk-test-not-real" not in cached


def test_missing_key_names_the_variable(monkeypatch):
    monkeypatch.setenv("CURATE_LLM__MODEL", "gpt-4o-mini")
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        LLMExtractor(load_settings()).chat()


def test_refused_key_is_named_and_an_echoed_key_redacted(llm_env):
    from agent.settings import LLMError

    srv, s = llm_env(lambda body: (401, "bad credentials; you sent Authorization: {auth}"))
    with srv, pytest.raises(LLMError) as e:
        LLMExtractor(s).extract(paper())
    text = str(e.value)
    assert "HTTP 401" in text and "check OPENAI_API_KEY" in text
    assert "sk-test-not-real" not in text and "json_schema" not in text
