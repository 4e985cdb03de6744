"""The field table (agent/schema.py FIELDS) and the versioned content hash."""

from __future__ import annotations

from pydantic import Field

from agent.promptfile import load_prompt
from agent.proposal import Proposal, Run, Source
from agent.review import is_stale
from agent.schema import (
    FIELDS,
    GROUP_QUERIES,
    GROUPS,
    Entry,
    Provenance,
    derive,
)


def entry(cls: type[Entry] = Entry, **kw) -> Entry:
    base = {
        "id": "demo",
        "name": "Demo",
        "family": "foundation",
        "modalities": ["rna"],
        "provenance": Provenance(source="paper"),
    }
    return cls(**{**base, **kw})


class WithLicense(Entry):
    """The registry's entry with one more field, added with a default (as a new field would)."""

    license: str | None = Field(default=None)


#: entry()'s hash as curate computed it before hashes had versions (sha256 of the whole dump):
#: what the `base_hash` of a proposal queued then holds
V1_HASH = "sha256:f55ea98bea4d3ea39bf648882f59cb75a88765f0b93a842437c40d5b7783686a"


def pending_update(base: Entry, base_hash: str) -> Proposal:
    return Proposal(
        id="demo--x--1",
        kind="update",
        entry_id=base.id,
        created_at="2026-01-01T00:00:00+00:00",
        entry=base.model_copy(update={"tasks": ["annotation"]}),
        base_hash=base_hash,
        base_entry=base,
        source=Source(pdf_sha256="0" * 64),
        run=Run(extractor="lexicon"),
    )


def test_adding_a_field_with_a_default_leaves_pending_proposals_fresh():
    current = entry()
    p = pending_update(current, current.content_hash())
    # the same entry read back by a registry that has learnt a new field
    grown = entry(WithLicense)
    assert not is_stale(p, grown)


def test_proposals_made_with_the_v1_hash_stay_fresh_after_a_field_is_added():
    current = entry()
    p = pending_update(current, V1_HASH)
    assert not is_stale(p, current)
    assert not is_stale(p, entry(WithLicense))


def test_a_new_field_given_a_value_makes_the_entry_a_change():
    current = entry()
    p = pending_update(current, current.content_hash())
    assert is_stale(p, entry(WithLicense, license="MIT"))


def test_a_changed_value_stales_the_proposal_in_either_hash_version():
    current = entry()
    changed = entry(modalities=["rna", "atac"])
    assert is_stale(pending_update(current, current.content_hash()), changed)
    assert is_stale(pending_update(current, V1_HASH), changed)


def test_the_table_and_the_entry_have_the_same_fields():
    # an Entry field without a row would be missing from review, diffs and rebase; the ones
    # outside the table are the record's bookkeeping, not values a reviewer decides
    bookkeeping = {"schema_version", "id", "evidence", "provenance", "guessed", "source_text"}
    assert {f.name for f in FIELDS} == set(Entry.model_fields) - bookkeeping


def test_evidence_for_a_field_outside_the_table_is_refused():
    import pytest
    from pydantic import ValidationError

    quote = {"quote": "q", "source": "t"}
    with pytest.raises(ValidationError, match="unknown field"):
        entry(evidence={"doi": [quote]})  # in the table, but takes no evidence


def test_every_extraction_group_has_a_query_and_a_line_in_the_prompt(settings):
    prompt = load_prompt(settings.prompts_dir, "extract_fields")
    assert {f.group for f in FIELDS if f.group} <= set(GROUP_QUERIES)  # each group is asked
    assert all(GROUPS[g] for g in GROUPS)
    assert set(prompt.guides) == set(GROUPS)


def test_domain_score_is_derived_by_one_rule():
    assert derive({"domains": ["privacy", "fairness"]})["domain_score"] == 2
    assert derive({"domains": None})["domain_score"] == 0
