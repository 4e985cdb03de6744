"""The fixtures in api_fixtures.py have the real APIs' shapes, and the parsers read the real
recorded bodies (../shared/data/api-samples/). Skipped where the recordings are not present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from api_fixtures import (
    atom_feed,
    crossref_work,
    openalex_work,
    rxiv_doi_body,
    rxiv_item,
    rxiv_listing_body,
)
from conftest import ROOT

from agent.sources import crossref, openalex
from agent.sources.arxiv import parse_feed

CANDIDATES = [ROOT.parent / "shared" / "data", ROOT.parents[1] / "shared" / "data"]
SAMPLES = next((p / "api-samples" for p in CANDIDATES if (p / "api-samples").is_dir()), None)
pytestmark = pytest.mark.skipif(SAMPLES is None, reason="../shared/data/api-samples not present")


def sample(name: str) -> dict:
    assert SAMPLES is not None
    return json.loads((SAMPLES / name).read_text())


def types(d: dict) -> dict[str, str]:
    return {k: type(v).__name__ for k, v in d.items() if v is not None}


def test_biorxiv_fixtures_have_the_recorded_fields_in_order_and_types():
    real = sample("biorxiv/details_biorxiv_doi_10.1101_2021.09.30.462652_two-versions.json")
    ours = rxiv_doi_body([rxiv_item("10.1101/x", 1, "T", "A", "2025-01-01")])
    assert list(ours) == list(real) and ours["messages"] == real["messages"]
    assert list(ours["collection"][0]) == list(real["collection"][0])
    assert types(ours["collection"][0]) == types(real["collection"][0])
    listing = sample("biorxiv/details_biorxiv_2020-01-01_2022-12-31_cursor0.json")
    mine = rxiv_listing_body([], "2020-01-01:2022-12-31", 0, 100, 152918)
    assert list(mine["messages"][0]) == list(listing["messages"][0])
    assert types(mine["messages"][0]) == types(listing["messages"][0])


def test_crossref_fixture_fields_are_recorded_fields_with_their_types():
    real = [
        sample("crossref/works_10.1101_2020.12.01.406702_biorxiv-posted-content.json"),
        sample("crossref/works_10.7554_elife.01567_with-abstract.json"),
    ]
    for ours, rec in zip(
        (crossref_work("10.1/x", "T", posted_at="bioRxiv"), crossref_work("10.1/y", "T")),
        real,
        strict=True,
    ):
        assert list(ours) == list(rec)
        assert set(ours["message"]) <= set(rec["message"])
        shared = {k: v for k, v in types(rec["message"]).items() if k in ours["message"]}
        assert {k: v for k, v in types(ours["message"]).items() if k in shared} == shared


def test_openalex_fixture_fields_are_recorded_fields():
    rec = sample("openalex/work_W2741809807_peerj-4375.json")
    ours = openalex_work("10.1/x", "T", "an abstract", pdf_url="https://x/y.pdf")
    assert set(ours) <= set(rec)
    assert set(ours["best_oa_location"]) <= set(rec["best_oa_location"])
    assert set(ours["authorships"][0]) <= set(rec["authorships"][0]) | {"raw_orcid"}
    assert set(ours["ids"]) == set(rec["ids"])


def test_arxiv_fixture_parses_like_the_recorded_feed():
    assert SAMPLES is not None
    real = (
        SAMPLES / "arxiv" / "search_query-complex-boolean_submittedDate_max50_findpapers.xml"
    ).read_bytes()
    entries, total = parse_feed(real)
    assert (len(entries), total) == (50, 96778)
    mine, my_total = parse_feed(
        atom_feed([{"id": "2505.00001", "date": "2025-05-06", "title": "T", "abstract": "A"}], 7)
    )
    assert my_total == 7 and set(mine[0].model_dump()) == set(entries[0].model_dump())
    assert mine[0].category == "q-bio.GN" and entries[0].category


def test_real_crossref_biorxiv_record_is_recognised_as_a_preprint():
    msg = sample("crossref/works_10.1101_2020.12.01.406702_biorxiv-posted-content.json")["message"]
    assert crossref.preprint_server(msg) == "biorxiv"
    meta = crossref.to_metadata(msg)
    assert meta.title.startswith("Identification of a novel cationic glycolipid in Streptococcus")
    assert meta.abstract.startswith("Bacterial membrane lipids") and meta.year == 2020


def test_real_crossref_journal_record_gives_its_open_pdf():
    meta = crossref.to_metadata(
        sample("crossref/works_10.7554_elife.01567_with-abstract.json")["message"]
    )
    assert (meta.venue, meta.year) == ("eLife", 2014)
    assert meta.pdf_urls == ["https://cdn.elifesciences.org/articles/01567/elife-01567-v1.pdf"]


def test_real_openalex_work_gives_abstract_ids_and_oa_pdf():
    meta = openalex.to_metadata(sample("openalex/work_W2741809807_peerj-4375.json"))
    assert meta.abstract.startswith("Despite growing interest in Open Access (OA)")
    assert (meta.ids["pmid"], meta.pdf_urls[0]) == (
        "29456894",
        "https://peerj.com/articles/4375.pdf",
    )
    null_title = openalex.to_metadata(sample("openalex/work_W4234567890_null-title.json"))
    assert null_title.title == ""


def test_real_medrxiv_versions_and_published_doi():
    from agent.settings import BiorxivSettings
    from agent.sources.biorxiv import BiorxivClient

    body = sample("biorxiv/details_medrxiv_doi_10.1101_2021.12.11.21267504_three-versions.json")
    meta = BiorxivClient(BiorxivSettings(), None).metadata("medrxiv", body["collection"])  # type: ignore[arg-type]
    assert (meta.version, meta.versions, meta.published_doi) == (
        "v3",
        ["v1", "v2", "v3"],
        "10.1016/j.jbi.2022.104265",
    )
    assert meta.pdf_urls == [
        "https://www.medrxiv.org/content/10.1101/2021.12.11.21267504v3.full.pdf"
    ]


def test_samples_folder_is_the_documented_one():
    assert SAMPLES is not None and (SAMPLES / "SOURCES.md").exists()
    assert isinstance(SAMPLES, Path)
