"""The screener's fast path (prefilter + rule alternatives chosen by literals) decides exactly
as every rule run in full."""

from __future__ import annotations

import re

import pytest
from screen_data import RECORDS
from screen_probes import FRESH_PROBES, PROBES

from agent.screen.prefilter import START, Prefilter, Rules, required_literals, split_alternatives
from agent.screen.records import Record
from agent.screen.relevance import RegistryProfile
from agent.screen.screeners import LexiconScreener


def test_required_literals_follow_the_pattern():
    lits = required_literals(re.compile(r"sc(rna|atac)[- ]?seq|single[- ]cell|\w+former"), True)
    # every spelling a term has, at a word start; a term's middle anywhere
    assert {START + "scrna-seq", START + "scatacseq", START + "single cell", "former"} <= lits
    assert all(x.startswith(START) for x in lits - {"former"})


def test_a_term_without_a_literal_is_refused():
    with pytest.raises(ValueError, match="no literal"):
        required_literals(re.compile(r"cells|\w+in"))


def test_split_alternatives_keeps_groups_and_classes_whole():
    assert split_alternatives(r"a(b|c)|[|]x|d\|e") == ["a(b|c)", "[|]x", r"d\|e"]


def test_word_start_literal_is_not_found_inside_a_word():
    p = Prefilter([re.compile(r"rna\b|cells?")], word_start=True)
    assert not p.maybe("an internal journal of excellent alternatives")
    assert p.maybe("single rna molecules") and p.maybe("(cells)")


def test_rules_keep_only_the_alternatives_a_text_can_match():
    rules = Rules({"x": re.compile(r"alpha|beta gamma|delta")})
    rx = rules.for_text("the beta gamma and delta.")["x"]
    assert rx.pattern == r"\b(?:beta gamma|delta)"
    assert rules.for_text("nothing here") == {}


#: phrases of every kind the rules look for, combined below into many short records
PHRASES = [
    "single-cell RNA-seq of 2 million cells",
    "spatial transcriptomics on Visium slides",
    "cell type annotation with marker genes",
    "perturbation responses of cell states",
    "a transcriptome foundation model",
    "ST data of road traffic",
    "ST spots hold gene expression",
    "bulk RNA and proteomic profiles",
    "renal cell carcinoma histology",
    "cellular networks and 5G base stations",
    "empty cells of a spreadsheet",
    "perovskite solar cells",
    "an internal journal of excellent alternatives",
    "a large language model agent that plans tool calls",
    "a pretrained transformer with 100M parameters",
    "prompts and ontology terms",
    "a benchmark with code on github.com",
    "In this survey we review",
    "pathology images",
    # words that are cell-level only beside omics words, some not saying "cell" at all
    "an atlas of gene expression",
    "knockouts shift transcription of genes",
    "identifying rare immune cells in millions of nuclei",
    "stromal niches in expression maps of bulk tissue",
    "cells of a 5G network",
]


def _texts() -> list[Record]:
    out = [Record(title=r["title"], abstract=r.get("abstract", "")) for r in RECORDS]
    for i, a in enumerate(PHRASES):
        for j, b in enumerate(PHRASES):
            title = PHRASES[(i + j) % len(PHRASES)].capitalize()
            out.append(Record(title=title, abstract=f"{a}. {b.capitalize()}."))
            out.append(Record(title=f"{a} with {b}", abstract=""))
    out += [  # a scope word at a title's end, models named by convention or in the registry
        Record(title="Virtual cell", abstract="A transformer."),
        Record(title="scFoo", abstract="An LLM."),
        Record(title="scWidget", abstract="Batch integration of single-cell RNA-seq datasets."),
        Record(title="CellBar agent", abstract="Annotation."),
        Record(title="Benchmarking Geneformer", abstract="Embeddings compared."),
        Record(title="Comparing scGPT", abstract="We compare scGPT with GPT-4."),
    ]
    out += [Record(title=t, abstract=a) for _, _, t, a in PROBES + FRESH_PROBES]
    return out


def test_fast_path_decides_exactly_as_every_rule(table7_registry):
    from agent.store import Store

    profile = RegistryProfile.from_entries(Store(table7_registry).load_all())
    texts = _texts()
    for s in (LexiconScreener(), LexiconScreener(profile)):
        decided = [s.screen(r) for r in texts]
        assert {d.decision for d in decided} == {"include", "maybe", "exclude"}
        for r, d in zip(texts, decided, strict=True):
            assert d.model_dump() == s.screen_all_rules(r).model_dump(), r.title
