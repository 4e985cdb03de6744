"""How errors reach the user: the exit-code table, tracebacks for bugs only, redaction, quiet
libraries, and a workspace that must hold a registry."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pdfs
import pytest
from conftest import ROOT
from typer.testing import CliRunner

from agent import errors
from agent.cli import app

runner = CliRunner()


def test_a_bug_shows_its_traceback_and_exits_70(monkeypatch):
    import agent.lint

    def broken(entries):
        raise KeyError("oops")

    monkeypatch.setattr(agent.lint, "validate_warnings", broken)
    r = runner.invoke(app, ["registry", "validate"])
    assert r.exit_code == errors.BUG
    assert "Traceback" in r.stderr and "KeyError: 'oops'" in r.stderr
    assert "this is a bug in curate" in r.stderr


def test_a_value_error_from_a_bug_is_not_mistaken_for_bad_input(monkeypatch):
    import agent.lint

    monkeypatch.setattr(agent.lint, "validate_warnings", lambda e: int("x"))
    r = runner.invoke(app, ["registry", "validate"])
    assert r.exit_code == errors.BUG and "ValueError" in r.stderr


def test_ctrl_c_exits_130_without_traceback(monkeypatch):
    import agent.lint

    def interrupted(entries):
        raise KeyboardInterrupt

    monkeypatch.setattr(agent.lint, "validate_warnings", interrupted)
    r = runner.invoke(app, ["registry", "validate"])
    assert r.exit_code == errors.INTERRUPTED and "Traceback" not in r.output
    assert "interrupted" in r.stderr


def test_an_expected_error_is_one_line_without_traceback():
    r = runner.invoke(app, ["registry", "show", "nope"])
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.stderr.strip().splitlines() == [r.stderr.strip()]


def test_debug_flag_shows_the_traceback_of_an_expected_error():
    r = runner.invoke(app, ["--debug", "registry", "show", "nope"])
    assert r.exit_code == 1
    assert "Traceback" in r.stderr and "error: no registry entry 'nope'" in r.stderr


def test_every_error_type_has_an_exit_code():
    kinds = [
        v
        for v in vars(errors).values()
        if isinstance(v, type) and issubclass(v, errors.CurateError)
    ]
    assert all(errors.exit_code(k.__new__(k)) for k in kinds)


def test_readme_lists_the_exit_code_table():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## When things go wrong", 1)[1].split("\n## ", 1)[0]
    listed = {int(c) for c in re.findall(r"^\| `?(\d+)`? \|", section, re.M)}
    assert {code for _, code, _ in errors.EXIT_CODES} | {errors.BUG} <= listed


def test_redact_hides_the_key_and_credential_shapes(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "my-plain-key-123")
    text = errors.redact(
        'echo: {"Authorization": "Bearer abc.def", "key": "my-plain-key-123"} sk-proj-AbC123xyz'
    )
    assert "my-plain-key-123" not in text and "abc.def" not in text and "sk-proj" not in text
    assert "[redacted]" in text


def test_llm_key_from_a_custom_variable_is_redacted(monkeypatch):
    from agent.settings import load_settings

    monkeypatch.setenv("CURATE_LLM__API_KEY_ENV", "MY_LLM_KEY")
    monkeypatch.setenv("MY_LLM_KEY", "custom-secret-987")
    load_settings().llm.api_key()
    assert "custom-secret-987" not in errors.redact("server said: custom-secret-987")


def test_pypdf_warnings_do_not_print_before_our_error(tmp_path, workspace):
    """A real process: pypdf's 'EOF marker not found' used to print before the message."""
    bad = pdfs.corrupt(tmp_path / "c.pdf")
    r = subprocess.run(
        [sys.executable, "-m", "agent.cli", "add", "--pdf", str(bad)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert r.returncode == 3
    assert r.stderr.startswith("error:"), r.stderr
    assert "EOF marker not found" in r.stderr  # kept, inside our message


def test_init_makes_a_registry_that_commands_accept(tmp_path, monkeypatch):
    ws = tmp_path / "new"
    ws.mkdir()
    monkeypatch.setenv("CURATE_WORKSPACE", str(ws))
    assert runner.invoke(app, ["queue"]).exit_code == 1
    r = runner.invoke(app, ["init"])
    assert r.exit_code == 0 and (ws / "registry" / "models").is_dir()
    assert runner.invoke(app, ["registry", "validate"]).exit_code == 0


def test_library_add_refuses_a_workspace_without_registry(tmp_path, monkeypatch, example_pdf):
    from agent.pipeline import add
    from agent.settings import ConfigError, load_settings

    ws = tmp_path / "empty"
    ws.mkdir()
    monkeypatch.setenv("CURATE_WORKSPACE", str(ws))
    with pytest.raises(ConfigError, match="curate init"):
        add(load_settings(), pdf=example_pdf)
    assert list(ws.iterdir()) == []


def test_validate_warns_about_one_model_under_a_new_id(table7_registry):
    text = (table7_registry / "scgpt.yaml").read_text()
    (table7_registry / "scgpt-v2.yaml").write_text(text.replace("id: scgpt\n", "id: scgpt-v2\n"))
    r = runner.invoke(app, ["registry", "validate"])
    assert r.exit_code == 0
    assert "warning scgpt, scgpt-v2: the same model under several ids" in r.stdout


def test_new_files_get_the_mode_open_would_give(tmp_path):
    from agent.fileio import atomic_write_text

    umask = os.umask(0o022)
    os.umask(umask)
    atomic_write_text(tmp_path / "a.yaml", "x")
    assert (tmp_path / "a.yaml").stat().st_mode & 0o777 == 0o666 & ~umask


def test_rewriting_a_file_keeps_its_mode(tmp_path):
    from agent.fileio import atomic_write_text

    p = tmp_path / "a.yaml"
    p.write_text("x")
    p.chmod(0o640)
    atomic_write_text(p, "y")
    assert p.stat().st_mode & 0o777 == 0o640 and p.read_text() == "y"


def test_accepted_entry_and_log_are_readable_by_others(settings, example_pdf, fake_index):
    from agent.pipeline import add
    from agent.review import Review

    p = add(settings, pdf=example_pdf, index=fake_index).proposal
    assert Path(settings.queue_dir / f"{p.id}.yaml").stat().st_mode & 0o044
    Review(settings).accept(p.id)
    assert (settings.models_dir / "nichelm.yaml").stat().st_mode & 0o044


def test_every_command_maps_errors_through_handle_errors():
    """A command without @handle_errors would print raw tracebacks for user errors."""
    from agent.cli import eval_app, registry_app

    commands = [c for a in (app, registry_app, eval_app) for c in a.registered_commands]
    unwrapped = [c.callback.__name__ for c in commands if not hasattr(c.callback, "__wrapped__")]
    assert commands and unwrapped == []
