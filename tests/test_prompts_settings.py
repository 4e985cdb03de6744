"""Versioned prompt files and the one settings object."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from agent.fileio import DataError
from agent.promptfile import load_prompt
from agent.settings import ConfigError, Settings, load_settings


def test_shipped_prompts_load_with_versions(settings):
    for name in ("extract_fields", "screen_record"):
        p = load_prompt(settings.prompts_dir, name)
        assert p.name == name and p.version.count(".") == 2


def test_prompt_declaring_wrong_variables_is_rejected(tmp_path):
    (tmp_path / "x.yaml").write_text(
        "name: x\nversion: 1.0.0\nvariables: [a]\nsystem: s\nuser: '{b}'\n"
    )
    with pytest.raises(DataError, match="declares"):
        load_prompt(tmp_path, "x")


def test_prompt_version_must_be_semver(tmp_path):
    (tmp_path / "x.yaml").write_text(
        "name: x\nversion: latest\nvariables: []\nsystem: s\nuser: u\n"
    )
    with pytest.raises(DataError, match="MAJOR.MINOR.PATCH"):
        load_prompt(tmp_path, "x")


def test_braces_in_paper_text_are_not_template_fields(settings):
    p = load_prompt(settings.prompts_dir, "extract_fields")
    _, user = p.render(group="g", field_guide="f", passages="{group} {system} }{")
    assert "{group} {system} }{" in user


def test_env_prefix_and_nested_sections(monkeypatch):
    monkeypatch.setenv("CURATE_RETRIEVAL__K", "9")
    monkeypatch.setenv("CURATE_LLM__MODEL", "gpt-4o-mini")
    s = load_settings()
    assert (s.retrieval.k, s.llm.model) == (9, "gpt-4o-mini")


def test_unknown_setting_is_an_error():
    with pytest.raises(ValidationError):
        Settings(colour="blue")  # type: ignore[call-arg]


def test_missing_key_only_raised_when_needed(monkeypatch):
    monkeypatch.setenv("CURATE_LLM__MODEL", "gpt-4o-mini")
    s = load_settings()  # loading settings does not need the key
    with pytest.raises(ConfigError, match="set OPENAI_API_KEY"):
        s.llm.api_key()


def test_local_server_needs_no_key(monkeypatch):
    monkeypatch.setenv("CURATE_LLM__BASE_URL", "http://127.0.0.1:8080/v1")
    assert load_settings().llm.api_key() == "not-needed"


def test_key_is_not_part_of_settings_dump(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret")
    assert "sk-secret" not in load_settings().model_dump_json()
