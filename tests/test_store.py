"""Schema validation on load, atomic writes, content hashes."""

from __future__ import annotations

import os

import pytest

from agent.fileio import DataError, atomic_write_text
from agent.schema import Entry, Provenance
from agent.store import Store


def entry(**kw) -> Entry:
    base = {
        "id": "demo",
        "name": "Demo",
        "family": "foundation",
        "provenance": Provenance(source="paper"),
    }
    return Entry(**{**base, **kw})


def test_saved_entry_loads_back_equal(settings):
    store = Store(settings.models_dir)
    e = entry(modalities=["rna", "atac"], tasks=["annotation"])
    store.save(e)
    assert store.load("demo") == e


def test_sets_are_stored_sorted_and_unique(settings):
    e = entry(modalities=["spatial", "rna", "rna"])
    assert e.modalities == ["rna", "spatial"]


def test_keys_keep_schema_order(settings):
    path = Store(settings.models_dir).save(entry())
    first = [ln.split(":")[0] for ln in path.read_text().splitlines()[:3]]
    assert first == ["schema_version", "id", "name"]


@pytest.mark.parametrize(
    "patch, needle",
    [
        ({"family": "wizardry"}, "field 'family'"),
        ({"colour": "blue"}, "field 'colour': unknown field"),
        ({"year": "last year"}, "field 'year'"),
        ({"modalities": ["rna", "smell"]}, "field 'modalities.1'"),
    ],
)
def test_broken_entry_names_file_and_field(settings, patch, needle):
    store = Store(settings.models_dir)
    path = store.save(entry())
    import yaml

    data = yaml.safe_load(path.read_text())
    data.update(patch)
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(DataError) as exc:
        store.load("demo")
    assert str(path) in str(exc.value) and needle in str(exc.value)


def test_yaml_syntax_error_names_file_and_line(settings):
    store = Store(settings.models_dir)
    path = store.save(entry())
    path.write_text("id: demo\nname: [unclosed\n")
    with pytest.raises(DataError, match=r"demo.yaml: line \d+: YAML syntax error"):
        store.load("demo")


def test_id_must_match_file_name(settings):
    store = Store(settings.models_dir)
    path = store.save(entry())
    path.rename(path.with_name("other.yaml"))
    with pytest.raises(DataError, match="does not match the file name"):
        store.load("other")


def test_failed_atomic_write_keeps_old_content_and_no_temp(tmp_path, monkeypatch):
    (tmp_path / "d").mkdir()
    target = tmp_path / "d" / "f.yaml"
    target.write_text("old")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in (tmp_path / "d").iterdir()] == ["f.yaml"]


def test_content_hash_changes_with_content():
    assert entry().content_hash() != entry(agentic=True).content_hash()


def test_content_hash_is_stable():
    assert entry().content_hash() == entry().content_hash()
