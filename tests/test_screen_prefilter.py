"""The screener's fast path (prefilter + rule alternatives chosen by literals) decides exactly
as every rule run in full."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from screen_data import RECORDS

from agent.screen.prefilter import START, Prefilter, Rules, required_literals, split_alternatives
from agent.screen.records import Record
from agent.screen.relevance import RegistryProfile
from agent.screen.screeners import LexiconScreener

EVALS = Path(__file__).resolve().parents[1] / "evals"


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


def _texts() -> list[Record]:
    out = [Record(title=r["title"], abstract=r.get("abstract", "")) for r in RECORDS]
    for name in ("search-dev.jsonl", "survey-models.jsonl"):
        for line in (EVALS / name).read_text().splitlines():
            r = json.loads(line)
            out.append(Record(title=r["title"], abstract=r["abstract"]))
    out += [  # hand-written edge cases of the prefilter: a scope word at a title's end, names
        Record(title="Virtual cell", abstract="A transformer."),
        Record(title="scFoo", abstract="An LLM."),
        Record(title="Benchmarking Geneformer", abstract="Embeddings compared."),
        Record(title="Excellent internal journals", abstract="A language model."),
    ]
    return out


def test_fast_path_decides_exactly_as_every_rule(table7_registry):
    from agent.store import Store

    profile = RegistryProfile.from_entries(Store(table7_registry).load_all())
    for s in (LexiconScreener(), LexiconScreener(profile)):
        for r in _texts():
            assert s.screen(r).model_dump() == s.screen_all_rules(r).model_dump(), r.title
