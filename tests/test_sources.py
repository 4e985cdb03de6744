"""`curate add` beyond arXiv: bioRxiv/medRxiv DOIs and URLs, other DOIs through Crossref and
OpenAlex, --pdf with --doi/--arxiv, matching preprint <-> published; loopback servers only."""

from __future__ import annotations

import json

import pytest
from api_fixtures import (
    CROSSREF_NOT_FOUND,
    RXIV_NOT_FOUND,
    atom_feed,
    crossref_work,
    openalex_work,
    rxiv_doi_body,
    rxiv_item,
)
from api_server import ApiServer, Reply, point_settings_at
from typer.testing import CliRunner

from agent.cli import app
from agent.fetch import FetchError, NotFoundError
from agent.pipeline import add
from agent.proposal import Queue
from agent.schema import Entry, Provenance
from agent.store import Store

DOI = "10.1101/2025.03.14.643210"
TITLE = "NicheLM: a spatially grounded foundation model for single-cell transcriptomics"
ABSTRACT = "We present NicheLM, a transformer foundation model pretrained on 31 million cells."
runner = CliRunner()


def preprint(srv: ApiServer, pdf: bytes, doi: str = DOI, server: str = "biorxiv", **kw) -> None:
    """The bioRxiv API knows `doi` in two versions; the content host serves both PDFs."""
    name = "medRxiv" if server == "medrxiv" else "bioRxiv"
    items = [
        rxiv_item(doi, 1, TITLE, ABSTRACT, "2025-03-16", server=name),
        rxiv_item(doi, 2, kw.pop("title", TITLE), ABSTRACT, "2025-05-02", server=name, **kw),
    ]
    srv.route(r"^/(bio|med)rxiv-api/details/", Reply(200, RXIV_NOT_FOUND))
    srv.route(rf"^/biorxiv-api/details/{server}/{doi}$", Reply(200, rxiv_doi_body(items)))
    srv.route(rf"^/{server}/content/{doi}v\d\.full\.pdf$", Reply(200, pdf))
    srv.route(r"^/crossref/works/", Reply(404, CROSSREF_NOT_FOUND))


@pytest.fixture
def pdf_bytes(example_pdf):
    return example_pdf.read_bytes()


def test_biorxiv_doi_queues_a_proposal_with_the_preprints_metadata(
    monkeypatch, pdf_bytes, fake_index
):
    with ApiServer() as srv:
        preprint(srv, pdf_bytes)
        s = point_settings_at(monkeypatch, srv.url)
        p = add(s, DOI, index=fake_index).proposal
        assert srv.hits_for(rf"/biorxiv/content/{DOI}v2\.full\.pdf")  # the latest version
        assert not srv.hits_for("/crossref/")  # recognised by the bioRxiv API's answer
    assert (p.source.doi, p.source.version, p.source.arxiv_id) == (DOI, "v2", None)
    assert (p.entry.doi, p.entry.venue, p.entry.year) == (DOI, "bioRxiv", 2025)
    assert p.entry.citation == "Lovelace et al., 2025"
    assert p.entry.evidence["family"][0].source.startswith(f"bioRxiv:{DOI}v2")


def test_second_add_of_a_doi_does_no_network_io(monkeypatch, pdf_bytes, fake_index):
    with ApiServer() as srv:
        preprint(srv, pdf_bytes)
        s = point_settings_at(monkeypatch, srv.url)
        first = add(s, f"doi:{DOI}", index=fake_index).proposal
        hits = len(srv.hits)
        Queue(s.queue_dir).path(first.id).unlink()
        add(s, f"https://doi.org/{DOI}", index=fake_index)
        assert len(srv.hits) == hits


def test_biorxiv_url_with_a_version_fetches_that_version(monkeypatch, pdf_bytes, fake_index):
    with ApiServer() as srv:
        preprint(srv, pdf_bytes)
        s = point_settings_at(monkeypatch, srv.url)
        url = f"https://www.biorxiv.org/content/{DOI}v1.full.pdf"
        p = add(s, url, index=fake_index).proposal
        assert srv.hits_for(rf"{DOI}v1\.full\.pdf") and not srv.hits_for(rf"{DOI}v2\.full")
    assert p.source.version == "v1"


def test_withdrawn_latest_version_is_refused_with_the_earlier_one_named(monkeypatch, pdf_bytes):
    with ApiServer() as srv:
        preprint(
            srv,
            pdf_bytes,
            type_="withdrawn",
            title="WITHDRAWN: NicheLM",
        )
        s = point_settings_at(monkeypatch, srv.url)
        with pytest.raises(FetchError, match=rf"withdrawn.*curate add {DOI}v1"):
            add(s, DOI)
        assert not srv.hits_for(r"\.pdf$")


def test_a_version_the_server_does_not_list_is_an_error(monkeypatch, pdf_bytes):
    with ApiServer() as srv:
        preprint(srv, pdf_bytes)
        s = point_settings_at(monkeypatch, srv.url)
        with pytest.raises(FetchError, match="no version v7 .* lists v1, v2"):
            add(s, f"https://www.biorxiv.org/content/{DOI}v7")


def test_medrxiv_doi_is_asked_at_medrxiv(monkeypatch, pdf_bytes, fake_index):
    doi = "10.1101/2025.03.11.25323456"
    with ApiServer() as srv:
        preprint(srv, pdf_bytes, doi=doi, server="medrxiv")
        s = point_settings_at(monkeypatch, srv.url)
        p = add(s, doi, index=fake_index).proposal
    assert (p.entry.venue, p.source.doi) == ("medRxiv", doi)


def test_biorxiv_preprint_under_another_prefix_is_recognised_through_crossref(
    monkeypatch, pdf_bytes, fake_index
):
    doi = "10.64898/2026.07.31.741992"
    with ApiServer() as srv:
        preprint(srv, pdf_bytes, doi=doi)
        srv.route(
            rf"^/crossref/works/{doi}$",
            Reply(200, crossref_work(doi, TITLE, posted_at="bioRxiv", year=2026)),
        )
        s = point_settings_at(monkeypatch, srv.url)
        p = add(s, doi, index=fake_index).proposal
        assert srv.hits_for(rf"/crossref/works/{doi}") and srv.hits_for(
            rf"/biorxiv-api/details/biorxiv/{doi}"
        )
    assert (p.entry.venue, p.entry.doi, p.source.version) == ("bioRxiv", doi, "v2")


def journal(srv: ApiServer, doi: str, pdf: bytes | None, **kw) -> None:
    srv.route(r"^/(bio|med)rxiv-api/details/", Reply(200, RXIV_NOT_FOUND))
    pdf_url = f"{srv.url}/journal/{doi}.pdf" if pdf else None
    srv.route(
        rf"^/crossref/works/{doi}$",
        Reply(
            200,
            crossref_work(
                doi, TITLE, abstract=f"<jats:p>{ABSTRACT}</jats:p>", pdf_url=pdf_url, **kw
            ),
        ),
    )
    if pdf:
        srv.route(rf"^/journal/{doi}\.pdf$", Reply(200, pdf))


def test_other_doi_takes_crossref_metadata_and_its_open_access_pdf(
    monkeypatch, pdf_bytes, fake_index
):
    doi = "10.1038/s41592-025-01234-5"
    with ApiServer() as srv:
        journal(srv, doi, pdf_bytes)
        s = point_settings_at(monkeypatch, srv.url)
        p = add(s, doi.upper(), index=fake_index).proposal
        assert not srv.hits_for("rxiv-api")  # not a 10.1101 DOI, Crossref knows it
    assert (p.entry.doi, p.entry.venue, p.entry.year) == (doi, "Nature Methods", 2025)
    assert p.id.startswith("nichelm--doi-10.1038_s41592")


def test_doi_without_open_access_pdf_exits_4_with_the_download_hint(monkeypatch):
    doi = "10.1016/j.cell.2025.01.001"
    with ApiServer() as srv:
        journal(srv, doi, None, open_license=False)
        point_settings_at(monkeypatch, srv.url)
        r = runner.invoke(app, ["add", doi])
    assert r.exit_code == 4
    assert (
        f"no open-access PDF for DOI {doi}: download it and run curate add --pdf FILE --doi {doi}"
        in " ".join(r.output.split())
    )


def test_closed_licence_pdf_link_is_not_taken_for_open_access(monkeypatch, pdf_bytes):
    doi = "10.1016/j.cell.2025.01.002"
    with ApiServer() as srv:
        journal(srv, doi, pdf_bytes, open_license=False)
        s = point_settings_at(monkeypatch, srv.url)
        with pytest.raises(FetchError, match="no open-access PDF"):
            add(s, doi)
        assert not srv.hits_for(r"/journal/")


def test_unknown_doi_is_not_found_everywhere(monkeypatch):
    doi = "10.1101/2099.01.01.000000"
    with ApiServer() as srv:
        srv.route(r"^/(bio|med)rxiv-api/details/", Reply(200, RXIV_NOT_FOUND))
        srv.route(r"^/crossref/works/", Reply(404, CROSSREF_NOT_FOUND))
        s = point_settings_at(monkeypatch, srv.url)
        with pytest.raises(NotFoundError, match=f"DOI {doi} not found"):
            add(s, doi)
        r = runner.invoke(app, ["add", doi])
    assert r.exit_code == 4 and "not found" in r.output


def test_openalex_with_a_key_adds_abstract_ids_and_oa_pdf_and_hides_the_key(
    monkeypatch, pdf_bytes, fake_index
):
    doi = "10.7717/peerj.4375"
    with ApiServer() as srv:
        srv.route(
            rf"^/crossref/works/{doi}$", Reply(200, crossref_work(doi, TITLE, container="PeerJ"))
        )
        work = openalex_work(doi, TITLE, ABSTRACT, pdf_url=f"{srv.url}/oa/4375.pdf")
        srv.route(rf"^/openalex/works/https:/+doi.org/{doi}$", Reply(200, work))
        srv.route(r"^/oa/4375\.pdf$", Reply(200, pdf_bytes))
        s = point_settings_at(monkeypatch, srv.url, OPENALEX_API_KEY="sekrit-key")
        from agent.sources.acquire import Sources, doi_metadata
        from agent.sources.ids import parse_doi

        meta = doi_metadata(Sources(s), parse_doi(doi), lambda _m: None)
        assert meta.abstract == ABSTRACT and meta.ids["pmid"] == "29456894"
        assert meta.pdf_urls[0].endswith("/oa/4375.pdf")
        p = add(s, doi, index=fake_index).proposal
        assert p.entry.doi == doi
        assert "api_key=sekrit-key" in srv.hits_for("/openalex/")[0]
        srv.script[r"^/openalex/"] = [Reply(400, {"error": "Invalid query parameters error."})]
        with pytest.raises(FetchError) as e:
            doi_metadata(Sources(s), parse_doi(doi), lambda _m: None)
    assert "sekrit" not in str(e.value)


def test_openalex_is_not_asked_without_a_key(monkeypatch, pdf_bytes):
    doi = "10.7717/peerj.4376"
    with ApiServer() as srv:
        journal(srv, doi, pdf_bytes)
        s = point_settings_at(monkeypatch, srv.url)
        from agent.sources.acquire import Sources, doi_metadata
        from agent.sources.ids import parse_doi

        doi_metadata(Sources(s), parse_doi(doi), lambda _m: None)
        assert not srv.hits_for("/openalex/")


def test_local_pdf_with_doi_takes_the_dois_metadata_and_downloads_nothing(
    monkeypatch, example_pdf, fake_index
):
    doi = "10.1016/j.cell.2025.01.001"
    with ApiServer() as srv:
        journal(srv, doi, None, open_license=False)
        s = point_settings_at(monkeypatch, srv.url)
        p = add(s, pdf=example_pdf, doi=doi, index=fake_index).proposal
        assert not srv.hits_for(r"\.pdf$")
        assert (p.entry.doi, p.entry.venue, p.source.doi) == (doi, "Nature Methods", doi)
        hits = len(srv.hits)
        Queue(s.queue_dir).path(p.id).unlink()
        add(s, doi, index=fake_index)  # the DOI alone now comes from corpus/
        assert len(srv.hits) == hits


def test_local_pdf_with_arxiv_id_takes_the_arxiv_metadata(monkeypatch, example_pdf, fake_index):
    entry = {"id": "2504.04698", "title": TITLE, "abstract": ABSTRACT, "date": "2025-04-07"}
    with ApiServer() as srv:
        srv.route(r"^/arxiv/api/query", Reply(200, atom_feed([entry])))
        s = point_settings_at(monkeypatch, srv.url)
        p = add(s, pdf=example_pdf, arxiv="arXiv:2504.04698", index=fake_index).proposal
        assert not srv.hits_for("/arxiv/pdf")
    assert (p.entry.arxiv_id, p.source.arxiv_id, p.entry.year) == ("2504.04698", "2504.04698", 2025)


@pytest.mark.parametrize(
    "args, message",
    [
        (["add", "--doi", DOI], "use them with --pdf"),
        (["add", DOI, "--pdf", "x.pdf"], "one of them"),
        (["add", "--pdf", "x.pdf", "--doi", DOI, "--arxiv", "2504.04698"], "not both"),
        (["add", "--pdf", "x.pdf", "--doi", "nonsense"], "is not a DOI"),
    ],
)
def test_bad_argument_combinations_fail_before_any_io(args, message):
    r = runner.invoke(app, args)
    assert r.exit_code == 1 and message in r.output


def test_preprint_whose_published_doi_is_in_the_registry_updates_that_entry(
    monkeypatch, pdf_bytes, fake_index, settings
):
    published = "10.1038/s41592-025-09999-9"
    Store(settings.models_dir).save(
        Entry(
            id="nichelm-journal",
            name="NicheLM-J",
            family="foundation",
            doi=published,
            provenance=Provenance(source="LLM4Cell Table 7"),
        )
    )
    with ApiServer() as srv:
        preprint(srv, pdf_bytes, published=published)
        s = point_settings_at(monkeypatch, srv.url)
        p = add(s, DOI, index=fake_index).proposal
    assert (p.kind, p.entry_id) == ("update", "nichelm-journal")


def test_journal_article_whose_preprint_is_in_the_registry_updates_that_entry(
    monkeypatch, pdf_bytes, fake_index, settings
):
    doi = "10.1038/s41592-025-01234-5"
    Store(settings.models_dir).save(
        Entry(
            id="nichelm-preprint",
            name="NicheLM-P",
            family="foundation",
            doi=DOI,
            provenance=Provenance(source="LLM4Cell Table 7"),
        )
    )
    with ApiServer() as srv:
        journal(srv, doi, pdf_bytes, has_preprint=DOI)
        s = point_settings_at(monkeypatch, srv.url)
        p = add(s, doi, index=fake_index).proposal
    assert (p.kind, p.entry_id) == ("update", "nichelm-preprint")


def test_screen_queue_included_adds_records_that_only_have_a_doi(monkeypatch, tmp_path, pdf_bytes):
    from conftest import FakeEmbedder
    from screen_data import RECORDS, write_jsonl

    import agent.index

    real = agent.index.Index
    monkeypatch.setattr(
        agent.index, "Index", lambda s, embedder=None: real(s, embedder=FakeEmbedder())
    )
    rec = {k: v for k, v in RECORDS[0].items() if k != "arxiv_id"} | {"doi": DOI}
    path = write_jsonl(tmp_path / "r.jsonl", [rec])
    with ApiServer() as srv:
        preprint(srv, pdf_bytes)
        point_settings_at(monkeypatch, srv.url)
        r = runner.invoke(app, ["screen", str(path), "--queue-included", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["queued"] == [DOI]


def test_a_requested_version_other_than_the_cached_one_is_fetched(
    monkeypatch, pdf_bytes, fake_index
):
    with ApiServer() as srv:
        preprint(srv, pdf_bytes)
        s = point_settings_at(monkeypatch, srv.url)
        add(s, DOI, index=fake_index)  # caches v2
        hits = len(srv.hits)
        add(s, f"https://www.biorxiv.org/content/{DOI}v1", index=fake_index)
        assert len(srv.hits) > hits and srv.hits_for(rf"{DOI}v1\.full\.pdf")
        hits = len(srv.hits)
        add(s, f"https://www.biorxiv.org/content/{DOI}v1", index=fake_index)
        assert len(srv.hits) == hits  # v1 is the cached one now
    cached = json.loads((s.corpus_dir / "doi-10.1101_2025.03.14.643210" / "meta.json").read_text())
    assert cached["version"] == "v1"


def test_preprint_host_serving_html_instead_of_the_pdf_gives_the_download_hint(
    monkeypatch, pdf_bytes
):
    with ApiServer() as srv:
        preprint(srv, pdf_bytes)
        srv.route(r"^/biorxiv/content/", Reply(200, "<html>Just a moment…</html>"))
        s = point_settings_at(monkeypatch, srv.url)
        with pytest.raises(FetchError) as e:
            add(s, DOI)
    msg = str(e.value)
    assert "did not return a PDF" in msg
    assert msg.endswith(f"download it and run curate add --pdf FILE --doi {DOI}")
    assert not (s.corpus_dir / "doi-10.1101_2025.03.14.643210").exists()


def test_cold_spring_harbor_journal_doi_goes_straight_to_crossref(
    monkeypatch, pdf_bytes, fake_index
):
    doi = "10.1101/gr.275569.121"
    with ApiServer() as srv:
        journal(srv, doi, pdf_bytes, container="Genome Research")
        s = point_settings_at(monkeypatch, srv.url)
        p = add(s, doi, index=fake_index).proposal
        assert not srv.hits_for("rxiv-api")
    assert (p.entry.venue, p.entry.doi) == ("Genome Research", doi)
