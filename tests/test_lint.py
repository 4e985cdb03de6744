"""Cross-entry and per-entry consistency checks on the registry."""

from __future__ import annotations

import pytest

from agent.lint import check_entry, lint
from agent.schema import Entry, Provenance
from agent.store import Store


@pytest.fixture
def findings(table7_registry):
    return lint(Store(table7_registry).load_all())


def has(findings, check, *ids):
    return any(f.check == check and set(ids) <= set(f.entries) for f in findings)


def test_get_and_scmpt_identical_rows(findings):
    assert has(findings, "identical-text", "get", "scmpt")


def test_cell2text_task_text_resembles_chromfound(findings):
    assert has(findings, "near-identical-text", "cell2text", "chromfound")


def test_cell2text_task_text_describes_foreign_modalities(findings):
    assert has(findings, "task-modality", "cell2text")


def test_epiagent_not_agentic_but_named_an_agent(findings):
    assert has(findings, "agentic-text", "epiagent")


def test_table_entries_without_domains_keep_survey_score(findings):
    assert not any(f.check == "domain-score" for f in findings)


def mk(i, **kw):
    return Entry(
        id=i,
        name=kw.pop("name", i),
        family="foundation",
        provenance=Provenance(source="paper"),
        **kw,
    )


def test_domain_score_inconsistent_with_domains():
    e = mk("x", domains=["privacy", "fairness"], domain_score=5)
    assert any(f.check == "domain-score" for f in check_entry(e))


def test_same_model_under_two_ids_via_alias():
    out = lint([mk("iseek", name="iSEEK"), mk("iseeek", name="Other", aliases=["iSEEK"])])
    assert has(out, "same-model", "iseek", "iseeek")


def test_same_arxiv_id_in_two_entries():
    out = lint([mk("a", arxiv_id="2504.04698"), mk("b", arxiv_id="2504.04698")])
    assert has(out, "same-model", "a", "b")


def test_clean_entries_give_no_warnings():
    out = lint(
        [
            mk("a", primary_task="Annotates cells of the human lung with a transformer."),
            mk("b", primary_task="Predicts perturbation responses from gene knockouts."),
        ]
    )
    assert [f for f in out if f.severity != "info"] == []
