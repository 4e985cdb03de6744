"""The offline lexicon extractor's judgement: sections, negation, related work, verbs."""

from __future__ import annotations

from agent.extract.base import PaperText
from agent.extract.lexicon import LexiconExtractor
from agent.reader import Page


def extract(title: str, body: str):
    paper = PaperText(title=title, pages=[Page(number=1, text=f"{title}\n{body}")], source="t")
    return LexiconExtractor().extract(paper).fields


def test_negated_modality_is_not_selected():
    f = extract(
        "CellX: a model",
        "We present CellX for single-cell RNA-seq data. CellX does "
        "not use chromatin accessibility data.",
    )
    assert f["modalities"].value == ["rna"]


def test_agent_in_related_work_does_not_make_it_agentic():
    f = extract(
        "CellX: a model",
        "We present CellX, a foundation model for single-cell "
        "RNA-seq.\nRelated Work\nAgentic systems such as CellAgent [3] call tools.",
    )
    assert f["agentic"].value is False and f["family"].value == "foundation"


def test_agent_that_plans_and_calls_tools_is_agentic():
    f = extract(
        "CellPilot: an LLM agent for single-cell analysis",
        "We present CellPilot, an "
        "LLM agent that plans multi-step single-cell RNA-seq analyses and calls tools "
        "autonomously for cell type annotation.",
    )
    assert f["agentic"].value is True and f["family"].value == "agentic"


def test_integrating_as_a_verb_is_not_the_integration_task():
    f = extract(
        "X: Integrating Large Language Models for spatial transcriptomics",
        "We present X, which uses LLMs to interpret spatial transcriptomics data.",
    )
    assert "integration" not in f["tasks"].value


def test_batch_integration_is_the_integration_task():
    f = extract(
        "Y: a model",
        "We present Y for batch integration of single-cell RNA-seq datasets from many donors.",
    )
    assert "integration" in f["tasks"].value


def test_benchmark_paper_is_benchmark_family():
    f = extract(
        "Arena: a benchmark of LLMs for cell type annotation",
        "We evaluate eight large language models on single-cell RNA-seq annotation.",
    )
    assert f["family"].value == "benchmark"


def test_every_value_carries_a_triggering_sentence():
    f = extract(
        "Z: a model",
        "We present Z, pretrained on 20 million cells from the "
        "CELLxGENE atlas, for cell type annotation of single-cell RNA-seq.",
    )
    for name in ("modalities", "grounding", "tasks"):
        assert f[name].value and f[name].evidence
        assert all(e.page == 1 for e in f[name].evidence)


def test_no_evidence_leaves_field_empty_and_flagged():
    f = extract("Q: a model", "We present Q.")
    assert f["tasks"].value == [] and f["tasks"].flags


def test_domain_score_counts_domains():
    f = extract(
        "W: a model",
        "We present W. It is interpretable and scalable to millions "
        "of cells, and corrects batch effects.",
    )
    assert f["domain_score"].value == len(f["domains"].value) == 3
