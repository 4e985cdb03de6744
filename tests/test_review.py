"""Review: diffs, accept (with overrides), stale detection and rebase, reject, edit, log."""

from __future__ import annotations

import json
import sys

import pytest
from typer.testing import CliRunner

from agent.cli import app
from agent.fileio import DataError
from agent.pipeline import add
from agent.proposal import Queue
from agent.review import Review, StaleProposal
from agent.store import Store

runner = CliRunner()


@pytest.fixture
def new_proposal(settings, example_pdf, fake_index):
    return add(settings, pdf=example_pdf, index=fake_index).proposal


@pytest.fixture
def update_proposal(settings, table7_registry, paper, fake_index):
    pdf = paper(
        "scGPT: a foundation model for single-cell multi-omics",
        "We present scGPT, a generative pretrained transformer pretrained on 33 million cells "
        "of single-cell RNA-seq data for cell type annotation and batch integration. Code: "
        "https://github.com/bowang-lab/scGPT",
    )
    return add(settings, pdf=pdf, index=fake_index).proposal


def test_new_proposal_diff_shows_only_proposed_values(settings, new_proposal):
    rows = {d.field: d for d in Review(settings).diff(new_proposal)}
    assert rows["name"].old is None and rows["name"].new == "NicheLM" and rows["name"].changed
    assert rows["modalities"].evidence and rows["modalities"].evidence[0]["page"] == 1


def test_update_diff_shows_old_and_new(settings, update_proposal):
    rows = {d.field: d for d in Review(settings).diff(update_proposal)}
    assert rows["code_url"].old is None
    assert rows["code_url"].new == "https://github.com/bowang-lab/scGPT"
    assert not rows["name"].changed


def test_show_cli_collapses_unchanged_fields(settings, update_proposal):
    r = runner.invoke(app, ["show", update_proposal.id])
    assert r.exit_code == 0 and "unchanged fields" in r.stdout and "- —" in r.stdout


def test_show_cli_json(settings, new_proposal):
    out = json.loads(runner.invoke(app, ["show", new_proposal.id[:12], "--json"]).stdout)
    assert out["kind"] == "new" and any(f["field"] == "family" for f in out["fields"])


def test_queue_cli_lists_pending(settings, new_proposal):
    rows = json.loads(runner.invoke(app, ["queue", "--json"]).stdout)
    assert [(r["id"], r["kind"], r["model"]) for r in rows] == [(new_proposal.id, "new", "NicheLM")]


def test_queue_cli_keeps_the_id_readable_at_80_columns(settings, new_proposal, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    r = runner.invoke(app, ["queue"])
    assert r.exit_code == 0
    assert new_proposal.id[:20] in r.stdout and max(map(len, r.stdout.splitlines())) <= 80


def test_accept_writes_entry_with_provenance_and_verified_evidence(settings, new_proposal):
    entry = Review(settings).accept(new_proposal.id, reviewer="alice", note="looks right")
    stored = Store(settings.models_dir).load("nichelm")
    assert stored == entry
    assert stored.provenance.reviewer == "alice" and stored.provenance.accepted_at
    assert stored.provenance.proposal_id == new_proposal.id
    assert stored.evidence == new_proposal.entry.evidence
    assert Queue(settings.queue_dir).ids() == []
    assert Review(settings).log("nichelm")[0]["note"] == "looks right"


def test_accept_with_overrides(settings, new_proposal):
    e = Review(settings).accept(
        new_proposal.id, {"tasks": "annotation", "agentic": "no", "domains": "privacy,fairness"}
    )
    assert e.tasks == ["annotation"] and e.domains == ["fairness", "privacy"]
    assert e.domain_score == 2 and "tasks" not in e.evidence


def test_override_outside_vocabulary_is_refused_and_changes_nothing(settings, new_proposal):
    with pytest.raises(DataError, match="field 'modalities.0'"):
        Review(settings).accept(new_proposal.id, {"modalities": "smell"})
    assert Queue(settings.queue_dir).ids() == [new_proposal.id]
    assert not Store(settings.models_dir).exists("nichelm")
    assert Review(settings).log() == []


def test_unknown_override_field_is_refused(settings, new_proposal):
    with pytest.raises(ValueError, match="not a field that can be set"):
        Review(settings).accept(new_proposal.id, {"colour": "blue"})


def test_accept_refuses_stale_proposal_with_three_way_view(settings, update_proposal):
    store = Store(settings.models_dir)
    current = store.load("scgpt")
    current.venue = "Nature Methods (2024)"
    store.save(current)
    with pytest.raises(StaleProposal) as exc:
        Review(settings).accept(update_proposal.id)
    assert ("venue", "Nature Methods", "Nature Methods (2024)", "Nature Methods") in exc.value.rows


def test_rebase_then_accept_keeps_both_changes(settings, update_proposal):
    store = Store(settings.models_dir)
    current = store.load("scgpt")
    current.venue = "Nature Methods (2024)"
    store.save(current)
    Review(settings).rebase(update_proposal.id)
    e = Review(settings).accept(update_proposal.id)
    assert e.venue == "Nature Methods (2024)"
    assert e.code_url == "https://github.com/bowang-lab/scGPT"


def test_rebase_flags_conflicting_change(settings, update_proposal):
    store = Store(settings.models_dir)
    current = store.load("scgpt")
    current.code_url = "https://example.org/other"
    store.save(current)
    p = Review(settings).rebase(update_proposal.id)
    assert any("conflict on rebase" in f.message for f in p.fields["code_url"].flags)


def test_rebase_keeps_the_current_quotes_of_a_field_the_proposal_left_alone(
    settings, update_proposal
):
    from agent.schema import EVIDENCE_FIELDS, Evidence

    base = update_proposal.base_entry
    same = next(
        f
        for f in EVIDENCE_FIELDS
        if getattr(update_proposal.entry, f) == getattr(base, f)
        and update_proposal.entry.evidence.get(f) == base.evidence.get(f)
    )
    store = Store(settings.models_dir)
    current = store.load("scgpt")
    quote = Evidence(quote="a quote a curator added since", source="LLM4Cell Table 7")
    current.evidence[same] = [*current.evidence.get(same, []), quote]
    store.save(current)
    p = Review(settings).rebase(update_proposal.id)
    assert quote in p.entry.evidence[same]
    assert p.entry.evidence["code_url"] == update_proposal.entry.evidence["code_url"]


def test_rebase_rederives_a_derived_field_from_the_merged_source(settings, update_proposal):
    from agent.proposal import rebase
    from agent.vocab import Domain

    p = update_proposal.model_copy(deep=True)
    p.base_entry.domains, p.base_entry.domain_score = [Domain.generalization, Domain.fairness], 2
    # proposed: two other domains, so the score (2) is unchanged against the base
    p.entry.domains, p.entry.domain_score = [Domain.privacy, Domain.explainability], 2
    current = Store(settings.models_dir).load("scgpt")
    current.domains = [Domain.generalization, Domain.fairness, Domain.scalability]
    current.domain_score = 3
    merged = rebase(p, current).entry
    assert merged.domains == sorted([Domain.privacy, Domain.explainability])
    assert merged.domain_score == 2


def test_overriding_domains_drops_the_note_the_derived_score_replaces(settings, update_proposal):
    from agent.proposal import with_overrides

    p = update_proposal.model_copy(deep=True)
    p.entry.domain_score_note = "the survey gives 5-7"
    p.entry.domain_score = None
    data = with_overrides(p, {"domains": ["privacy", "fairness"]})
    assert data["domain_score"] == 2 and data["domain_score_note"] is None


def test_accept_cli_stale_exit_code_and_view(settings, update_proposal):
    store = Store(settings.models_dir)
    current = store.load("scgpt")
    current.year = 2023
    store.save(current)
    r = runner.invoke(app, ["accept", update_proposal.id])
    assert r.exit_code == 5 and "three-way view" in r.output and "curate rebase" in r.output


def test_reject_removes_proposal_and_logs_reason(settings, new_proposal):
    Review(settings).reject(new_proposal.id, "not single-cell", reviewer="bob")
    assert Queue(settings.queue_dir).ids() == []
    rec = Review(settings).log()[0]
    assert (rec["action"], rec["note"], rec["reviewer"]) == ("reject", "not single-cell", "bob")
    assert not Store(settings.models_dir).exists("nichelm")


def test_reject_needs_a_reason(settings, new_proposal):
    with pytest.raises(ValueError, match="needs a reason"):
        Review(settings).reject(new_proposal.id, "  ")


def write_editor(tmp_path, script: str) -> str:
    path = tmp_path / "editor.py"
    path.write_text(script)
    return f"{sys.executable} {path}"


EDITOR = """
import sys, pathlib, re
p = pathlib.Path(sys.argv[1]); count = pathlib.Path(sys.argv[0]).with_suffix('.count')
n = int(count.read_text()) if count.exists() else 0; count.write_text(str(n + 1))
text = p.read_text()
text = re.sub(r'(?m)^family: .*$', 'family: {first}' if n == 0 else 'family: epigenomic', text)
p.write_text(text)
"""


def test_edit_invalid_then_valid_save(settings, new_proposal, tmp_path):
    editor = write_editor(tmp_path, EDITOR.replace("{first}", "wizardry"))
    assert Review(settings).edit(new_proposal.id, editor) is True
    p = Queue(settings.queue_dir).load(new_proposal.id)
    assert p.entry.family == "epigenomic"
    assert "edited by reviewer" in [f.message for f in p.fields["family"].flags]
    assert (tmp_path / "editor.count").read_text() == "2"  # re-opened once after the error


def test_edit_shows_the_error_when_reopening(settings, new_proposal, tmp_path):
    seen = tmp_path / "seen.txt"
    editor = write_editor(
        tmp_path,
        EDITOR.replace("{first}", "wizardry")
        + (f"\nif n == 1: pathlib.Path({str(seen)!r}).write_text(text)\n"),
    )
    Review(settings).edit(new_proposal.id, editor)
    assert "# ERROR:" in seen.read_text() and "family" in seen.read_text()


def test_edit_quit_without_saving_changes_nothing(settings, new_proposal, tmp_path):
    before = Queue(settings.queue_dir).path(new_proposal.id).read_bytes()
    assert Review(settings).edit(new_proposal.id, write_editor(tmp_path, "pass")) is False
    assert Queue(settings.queue_dir).path(new_proposal.id).read_bytes() == before


def test_log_cli_shows_history_of_one_entry(settings, new_proposal):
    Review(settings).accept(new_proposal.id, reviewer="alice")
    rows = json.loads(runner.invoke(app, ["log", "nichelm", "--json"]).stdout)
    assert [(r["action"], r["reviewer"]) for r in rows] == [("accept", "alice")]
    assert json.loads(runner.invoke(app, ["log", "scgpt", "--json"]).stdout) == []


def test_registry_still_validates_after_accept(settings, table7_registry, new_proposal):
    Review(settings).accept(new_proposal.id)
    r = runner.invoke(app, ["registry", "validate"])
    assert r.exit_code == 0 and "59 valid entries" in r.output
