"""`curate watch`: the living search against loopback arXiv and bioRxiv APIs: paging, the
remembered window, screening with the ledger, new includes/maybes, queueing, cron behaviour."""

from __future__ import annotations

import json
from datetime import date

import pytest
from api_fixtures import RXIV_NOT_FOUND, atom_feed, rxiv_item, rxiv_listing_body
from api_server import ApiServer, Reply, point_settings_at
from typer.testing import CliRunner

from agent.fetch import FetchError, OfflineError
from agent.watch import Matcher, arxiv_query, load_spec, load_state, watch

runner = CliRunner()

SEARCH = """schema_version: 1
sources: [arxiv, biorxiv]
keywords:
  - [single-cell, single cell, perturb-seq]
  - [foundation model, language model, transformer]
arxiv:
  categories: [q-bio.GN]
  page_size: 2
biorxiv:
  categories: [bioinformatics]
"""
INCLUDE = {
    "title": "CellPLM-X: a foundation model for single-cell transcriptomics",
    "abstract": "We pretrain a transformer foundation model on 30 million single-cell RNA-seq "
    "profiles for cell type annotation.",
}
MAYBE_OR_EXCLUDE = {
    "title": "Single-cell foundation models: a survey",
    "abstract": "This survey reviews single-cell language models.",
}
OFF_TOPIC = {"title": "Scaling laws for code generation", "abstract": "Python code with LLMs."}
ARXIV = [
    {"id": "2505.00001", "date": "2025-05-06", **INCLUDE},
    {"id": "2505.00002", "date": "2025-05-05", **MAYBE_OR_EXCLUDE},
    {"id": "2505.00003", "date": "2025-05-04", **OFF_TOPIC},  # the API may return non-matches
    {
        "id": "2505.00004",
        "date": "2025-05-03",
        "title": "Perturb-seq response prediction with a transformer language model",
        "abstract": "A single-cell language model predicts genetic perturbation effects.",
    },
    {"id": "2505.00005", "date": "2025-05-02", **OFF_TOPIC},
]
RX_DOI = "10.1101/2025.05.02.651234"


def serve(srv: ApiServer, pdf: bytes, arxiv=ARXIV, rx_total: int = 3) -> None:
    def arxiv_api(_path, q):
        if q.get("id_list"):
            wanted = q["id_list"][0].split("v")[0]
            return Reply(200, atom_feed([e for e in arxiv if e["id"] == wanted]))
        start, n = int(q["start"][0]), int(q["max_results"][0])
        assert q["sortBy"] == ["submittedDate"] and "submittedDate:[" in q["search_query"][0]
        return Reply(200, atom_feed(arxiv[start : start + n], len(arxiv), start, n))

    srv.route(r"^/arxiv/api/query", arxiv_api)
    srv.route(r"^/arxiv/pdf/", Reply(200, pdf))
    items = [
        rxiv_item(RX_DOI, 1, INCLUDE["title"] + " (v1)", INCLUDE["abstract"], "2025-05-02"),
        rxiv_item("10.1101/2025.05.03.651300", 1, **OFF_TOPIC, date="2025-05-03"),
        rxiv_item(RX_DOI, 2, INCLUDE["title"] + " in tissues", INCLUDE["abstract"], "2025-05-06"),
    ]

    def listing(path, _q):
        *_, start, end, cursor = path.split("/")
        c = int(cursor)
        page = items[c : c + 2][: max(0, rx_total - c)]
        if not page:
            return Reply(200, RXIV_NOT_FOUND)
        # `count` claims 100, like the recorded listing whose collection holds 50
        return Reply(200, rxiv_listing_body(page, f"{start}:{end}", c, 100, rx_total))

    srv.route(r"^/biorxiv-api/details/biorxiv/\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d/\d+$", listing)


@pytest.fixture
def search(workspace):
    (workspace / "registry" / "search.yaml").write_text(SEARCH)


def test_query_has_keyword_groups_categories_and_the_window(workspace, search, settings):
    q = arxiv_query(load_spec(settings.search_file), date(2025, 5, 1), date(2025, 5, 7))
    assert q == (
        '(all:"single-cell" OR all:"single cell" OR all:"perturb-seq") AND '
        '(all:"foundation model" OR all:"language model" OR all:transformer) AND '
        "(cat:q-bio.GN) AND submittedDate:[202505010000 TO 202505072359]"
    )


def test_matcher_needs_every_group_and_treats_hyphen_as_space():
    m = Matcher([["single-cell"], ["foundation model"]])
    assert m("A Single Cell Foundation Models paper", "")
    assert not m("single-cell clustering", "k-means")


def test_watch_pages_both_sources_and_screens_the_window(monkeypatch, search, example_pdf):
    with ApiServer() as srv:
        serve(srv, example_pdf.read_bytes())
        s = point_settings_at(monkeypatch, srv.url)
        res = watch(s, since=date(2025, 5, 1), until=date(2025, 5, 7))
        arxiv_pages = srv.hits_for("/arxiv/api/query")
        rx_pages = srv.hits_for("/biorxiv-api/details/")
    assert len(arxiv_pages) == 3  # 5 results, 2 per page
    # paged by the collection (2, then 1), not by `count` (100); stops at `total`
    assert [h.split("?")[0].rsplit("/", 1)[1] for h in rx_pages] == ["0", "2"]
    assert "category=bioinformatics" in rx_pages[0]
    assert res.found == {"arxiv": 3, "biorxiv": 1}  # off-topic dropped; v1/v2 merged
    keys = {r.key for r, _ in res.run.decisions}
    assert f"doi:{RX_DOI}" in keys and "arxiv:2505.00001" in keys
    rx = next(r for r, _ in res.run.decisions if r.doi == RX_DOI)
    assert rx.title.endswith("in tissues")  # the latest version
    assert {d.decision for r, d in res.new} <= {"include", "maybe"} and res.new
    assert res.run.prisma["screened"] == 4
    assert load_state(s).last_until == date(2025, 5, 7)


def test_second_run_reports_nothing_new_and_starts_where_the_last_ended(
    monkeypatch, search, example_pdf
):
    with ApiServer() as srv:
        serve(srv, example_pdf.read_bytes())
        s = point_settings_at(monkeypatch, srv.url)
        watch(s, since=date(2025, 5, 1), until=date(2025, 5, 7))
        again = watch(s, until=date(2025, 5, 8))
    assert again.since == date(2025, 5, 7) and again.new == []
    assert again.run.reused == again.run.prisma["screened"]  # the ledger decided them before


def test_empty_window_is_exit_0_nothing_new(monkeypatch, search, example_pdf):
    with ApiServer() as srv:
        serve(srv, example_pdf.read_bytes(), arxiv=[], rx_total=0)
        point_settings_at(monkeypatch, srv.url)
        r = runner.invoke(app_(), ["watch", "--since", "2025-05-01", "--until", "2025-05-07"])
    assert r.exit_code == 0, r.output
    assert "nothing new" in r.output and "\x1b[" not in r.output  # no terminal: plain text


def test_cli_prints_new_includes_and_queues_them(monkeypatch, search, example_pdf):
    from conftest import FakeEmbedder

    import agent.index

    real = agent.index.Index
    monkeypatch.setattr(
        agent.index, "Index", lambda s, embedder=None: real(s, embedder=FakeEmbedder())
    )
    with ApiServer() as srv:
        serve(srv, example_pdf.read_bytes())
        s = point_settings_at(monkeypatch, srv.url)
        srv.route(rf"^/biorxiv-api/details/(bio|med)rxiv/{RX_DOI}$", Reply(200, RXIV_NOT_FOUND))
        r = runner.invoke(
            app_(),
            ["watch", "--since", "2025-05-01", "--until", "2025-05-07", "--queue-included"],
        )
        assert r.exit_code == 0, r.output
        assert "new include: arXiv:2505.00001" in r.output
        assert "queued for review: 2505.00001" in r.output
        assert "\x1b[" not in r.output and "adding included" not in r.output  # no spinner
        assert f"not queued: {RX_DOI}" in r.output  # bioRxiv API has no details for it here
        assert any("--2505.00001v1--" in p.name for p in s.queue_dir.iterdir())
        r2 = runner.invoke(app_(), ["watch", "--until", "2025-05-07", "--json"])
    out = json.loads(r2.stdout)
    assert r2.exit_code == 0 and out["new"] == [] and out["queued"] == []


def test_failing_source_exits_nonzero_and_keeps_the_window(monkeypatch, search, example_pdf):
    with ApiServer() as srv:
        serve(srv, example_pdf.read_bytes())
        srv.script[r"^/biorxiv-api/"] = [Reply(500)] * 10
        s = point_settings_at(monkeypatch, srv.url, CURATE_FETCH__RETRIES="1")
        r = runner.invoke(app_(), ["watch", "--since", "2025-05-01", "--until", "2025-05-07"])
    assert r.exit_code == 4 and "biorxiv: " in r.output and "HTTP 500" in r.output
    assert "new include: arXiv:2505.00001" in r.output  # arXiv's results are still screened
    assert load_state(s).last_until is None


def test_offline_watch_fails_fast(monkeypatch, search):
    import socket

    def no_dns(*a, **kw):
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    r = runner.invoke(app_(), ["watch"])
    out = " ".join(r.output.split())
    assert r.exit_code == 4 and "offline?" in out and "the next run retries it" in out


def test_missing_search_file_is_a_clear_error(workspace):
    r = runner.invoke(app_(), ["watch"])
    assert r.exit_code == 1 and "search.yaml: no search definition" in " ".join(r.output.split())


def test_bad_since_is_a_usage_error(search):
    r = runner.invoke(app_(), ["watch", "--since", "last week"])
    assert r.exit_code == 2 and "expected a date" in r.output


def test_watch_raises_offline_from_python(monkeypatch, search):
    import socket

    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: (_ for _ in ()).throw(OSError()))
    from agent.settings import load_settings

    with pytest.raises((OfflineError, FetchError)):
        watch(load_settings())


def app_():
    from agent.cli import app

    return app


def test_a_search_cut_at_max_results_is_reported(monkeypatch, workspace, example_pdf):
    (workspace / "registry" / "search.yaml").write_text(
        SEARCH.replace("page_size: 2", "page_size: 2\n  max_results: 2")
    )
    with ApiServer() as srv:
        serve(srv, example_pdf.read_bytes())
        s = point_settings_at(monkeypatch, srv.url)
        res = watch(s, since=date(2025, 5, 1), until=date(2025, 5, 7))
        assert len(srv.hits_for("/arxiv/api/query")) == 1
    assert res.warnings and "5 results, only the newest 2" in res.warnings[0]
