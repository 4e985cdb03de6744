"""The Table 7 import: every row maps onto the vocabularies; spot-checked values."""

from __future__ import annotations

import csv

import pytest
from conftest import TABLE7

from agent.ids import SLUG
from agent.table7 import COLUMNS, SOURCE, map_family, read_table, split_name

TABLE = TABLE7
ROWS = list(csv.DictReader(TABLE.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def entries():
    return {e.source_text["model"]: e for e in read_table(TABLE)}


def test_all_58_rows_become_entries(entries):
    assert len(entries) == 58


@pytest.mark.parametrize("row", ROWS, ids=[r["model"] for r in ROWS])
def test_row_maps_to_valid_entry_preserving_raw_cells(entries, row):
    e = entries[row["model"]]
    assert SLUG.match(e.id)
    assert e.source_text == {c: row[c].strip() for c in COLUMNS}
    assert e.agentic == (row["agentic"] == "Yes")
    assert e.modalities, "every row names at least one modality"
    assert e.provenance.source == SOURCE
    assert all(ev.quote in row.values() for evs in e.evidence.values() for ev in evs)


def test_scagent_is_agentic_annotation(entries):
    e = entries["scAgent"]
    assert e.agentic and e.family == "agentic" and "annotation" in e.tasks
    assert e.secondary_families == ["text_bridge"]


def test_omiclip_has_histology_and_spatial(entries):
    assert {"histology", "spatial"} <= set(entries["OmiCLIP"].modalities)


def test_range_score_is_kept_as_text(entries):
    e = entries["GenePT"]
    assert e.domain_score is None and e.domain_score_note == "5-7"
    assert "domain_score" in e.guessed


def test_parenthetical_name_becomes_alias(entries):
    e = entries["UCE (Universal Cell Embeddings)"]
    assert (e.id, e.name, e.aliases) == ("uce", "UCE", ["Universal Cell Embeddings"])


def test_known_alias_is_added():
    assert split_name("iSEEK") == ("iSEEK", ["iSEEEK"])


def test_family_note_in_parentheses_is_not_an_alias():
    assert split_name("Teddy (family of models)") == ("Teddy", [])


def test_hybrid_category_gives_secondary_family():
    assert map_family("Text-Bridge LLM+ Multi-modal Foundation Model")[:2] == (
        "text_bridge",
        ["spatial_multimodal"],
    )


def test_unknown_category_is_recorded_as_guess():
    family, _, guess = map_family("Something else entirely")
    assert family == "foundation" and guess is not None


def test_epigenomic_table_entries(entries):
    assert entries["ChromFound"].family == "epigenomic"
    assert {"atac", "dna_sequence"} <= set(entries["ChromFound"].modalities)


def test_bad_agentic_cell_names_the_line(tmp_path):
    bad = tmp_path / "t.tsv"
    lines = TABLE.read_text().splitlines()
    cells = lines[1].split("\t")
    cells[7] = "Maybe"
    bad.write_text("\n".join([lines[0], "\t".join(cells)]) + "\n")
    with pytest.raises(ValueError, match="line 2: agentic must be Yes or No"):
        read_table(bad)


def test_import_refuses_to_overwrite_without_replace(settings):
    from agent.store import Store
    from agent.table7 import import_table

    store = Store(settings.models_dir)
    import_table(TABLE, store)
    with pytest.raises(ValueError, match="--replace"):
        import_table(TABLE, store)


def test_committed_registry_matches_a_fresh_import(table7_registry):
    from agent.store import Store

    committed = {e.id: e.to_data() for e in Store(table7_registry).load_all()}
    fresh = {e.id: e.to_data() for e in read_table(TABLE)}
    assert {k: committed[k] for k in fresh} == fresh
