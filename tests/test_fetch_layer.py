"""The shared fetch layer: Retry-After, timeouts, malformed bodies, offline, politeness and the
User-Agent; the same behaviour for every source."""

from __future__ import annotations

import socket
import time

import pytest
from api_fixtures import ATOM_ERROR, RXIV_NOT_FOUND, rxiv_doi_body, rxiv_item
from api_server import ApiServer, Reply, point_settings_at
from typer.testing import CliRunner

from agent.cli import app
from agent.fetch import POLITENESS, FetchError, Http, OfflineError
from agent.settings import FetchSettings
from agent.sources.acquire import Sources
from agent.sources.ids import parse_arxiv_id

runner = CliRunner()


@pytest.fixture(autouse=True)
def fresh_politeness():
    """Fake sleeps schedule requests in the future; no other test may inherit that."""
    POLITENESS.last.clear()
    yield
    POLITENESS.last.clear()


def http(**kw) -> tuple[Http, list[float]]:
    waits: list[float] = []
    cfg = FetchSettings(**{"timeout_s": 1.0, "retries": 3, "backoff_s": 0.01, "delay_s": 0, **kw})
    return Http(cfg, sleep=waits.append), waits


def test_429_honours_retry_after_then_succeeds():
    with ApiServer() as srv:
        srv.route("^/x$", Reply(200, {"ok": True}))
        srv.script["^/x$"] = [Reply(429, "slow down", {"Retry-After": "7"})]
        h, waits = http()
        assert h.get(f"{srv.url}/x").json() == {"ok": True}
    assert waits == [7.0] and len(srv.hits) == 2


def test_retry_after_longer_than_the_limit_fails_without_waiting():
    with ApiServer() as srv:
        srv.script["^/x$"] = [Reply(503, "maintenance", {"Retry-After": "3600"})]
        h, waits = http(max_wait_s=60)
        with pytest.raises(FetchError, match="retry after 3600s .* try later"):
            h.get(f"{srv.url}/x")
    assert waits == [] and len(srv.hits) == 1


def test_5xx_backs_off_exponentially_then_gives_up():
    with ApiServer() as srv:
        srv.script["^/x$"] = [Reply(502)] * 10
        h, waits = http(retries=2, backoff_s=1.0)
        with pytest.raises(FetchError, match="HTTP 502 .* after 3 attempts"):
            h.get(f"{srv.url}/x")
    assert waits == [1.0, 2.0]


def test_timeout_is_retried_then_reported():
    with ApiServer() as srv:
        srv.route("^/x$", Reply(200, "late", sleep=1.5))
        h, waits = http(retries=1, timeout_s=0.3)
        with pytest.raises(FetchError, match="timed out after 0.3s .* after 2 attempts"):
            h.get(f"{srv.url}/x")
    assert len(waits) == 1


def test_connection_refused_fails_at_once_saying_offline():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    h, waits = http(retries=4)
    t = time.perf_counter()
    with pytest.raises(OfflineError, match=r"cannot connect to 127.0.0.1:\d+ .*offline\?"):
        h.get(f"http://127.0.0.1:{port}/api")
    assert waits == [] and time.perf_counter() - t < 2


def test_dns_failure_fails_at_once_saying_offline(monkeypatch):
    def no_dns(*a, **kw):
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    h, waits = http(retries=4)
    with pytest.raises(OfflineError, match="offline"):
        h.get("https://api.biorxiv.org/details/biorxiv/10.1101/x")
    assert waits == []


def test_cli_add_offline_exits_4_fast_with_the_pdf_hint(monkeypatch):
    def no_dns(*a, **kw):
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    for ref in ("2504.04698", "10.1101/2025.03.14.643210"):
        t = time.perf_counter()
        r = runner.invoke(app, ["add", ref])
        out = " ".join(r.output.split())
        assert r.exit_code == 4 and "offline?" in out and "curate add --pdf FILE" in out
        assert time.perf_counter() - t < 5


@pytest.mark.parametrize("ref", ["2504.0469", "2504.04698v0", "1313.00001", "q-bio/0613001"])
def test_impossible_arxiv_ids_are_rejected_before_any_network(ref, monkeypatch):
    def no_network(*a, **kw):
        raise AssertionError("a request was made")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    r = runner.invoke(app, ["add", ref])
    assert r.exit_code == 1 and "is not an arXiv id" in r.output


def test_malformed_json_body_is_a_clear_error(monkeypatch):
    doi = "10.1101/2025.03.14.643210"
    with ApiServer() as srv:
        srv.route("biorxiv-api", Reply(200, '{"messages": [{"status": "ok"}], "collec'))
        s = point_settings_at(monkeypatch, srv.url)
        with pytest.raises(FetchError, match="malformed response .* not JSON"):
            Sources(s).biorxiv.details("biorxiv", doi)


def test_json_of_the_wrong_shape_is_a_clear_error(monkeypatch):
    with ApiServer() as srv:
        srv.route("biorxiv-api", Reply(200, {"collection": "none"}))
        s = point_settings_at(monkeypatch, srv.url)
        with pytest.raises(FetchError, match="malformed response from the bioRxiv API"):
            Sources(s).biorxiv.details("biorxiv", "10.1101/2025.03.14.643210")


def test_bad_atom_is_a_clear_error(monkeypatch):
    with ApiServer() as srv:
        srv.route("/arxiv/api/query", Reply(200, "<html><body>Service Unavailable"))
        s = point_settings_at(monkeypatch, srv.url)
        with pytest.raises(FetchError, match="malformed response from arXiv|no paper"):
            Sources(s).arxiv.metadata(parse_arxiv_id("2504.04698"))


def test_arxiv_error_feed_gives_arxivs_explanation(monkeypatch):
    with ApiServer() as srv:
        srv.route("/arxiv/api/query", Reply(400, ATOM_ERROR))
        s = point_settings_at(monkeypatch, srv.url)
        with pytest.raises(FetchError, match="arXiv refused the query: incorrect id format"):
            list(Sources(s).arxiv.search("abc"))


def test_not_found_doi_at_biorxiv_is_an_empty_answer(monkeypatch):
    with ApiServer() as srv:
        srv.route("biorxiv-api", Reply(200, RXIV_NOT_FOUND))
        s = point_settings_at(monkeypatch, srv.url)
        assert Sources(s).biorxiv.details("biorxiv", "10.1101/2099.01.01.000000") == []


def test_user_agent_carries_the_contact_setting(monkeypatch):
    doi = "10.1101/2025.03.14.643210"
    with ApiServer() as srv:
        body = rxiv_doi_body([rxiv_item(doi, 1, "T", "A", "2025-03-16")])
        srv.route("biorxiv-api", Reply(200, body))
        s = point_settings_at(monkeypatch, srv.url, CURATE_FETCH__CONTACT="curator@example.org")
        Sources(s).biorxiv.details("biorxiv", doi)
    assert srv.headers[0]["User-Agent"] == "curate/0.1 (+mailto:curator@example.org)"


def test_politeness_delay_spaces_requests_to_one_host():
    from agent.fetch import _Politeness

    p, waits, now = _Politeness(), [], [100.0]
    p.wait("a.org", 3.0, waits.append, lambda: now[0])
    now[0] = 101.0
    p.wait("a.org", 3.0, waits.append, lambda: now[0])  # due at 103
    p.wait("b.org", 3.0, waits.append, lambda: now[0])  # another host: no pause
    p.wait("a.org", 3.0, waits.append, lambda: now[0])  # due at 106
    assert waits == [2.0, 5.0]


def test_http_waits_between_requests_to_one_host():
    with ApiServer() as srv:
        srv.route("^/x$", Reply(200, "ok"))
        h, waits = http(delay_s=30)
        h.get(f"{srv.url}/x")
        h.get(f"{srv.url}/x")
    assert len(waits) == 1 and 20 < waits[0] <= 30


def test_screen_queue_included_offline_stops_at_once_with_exit_4(monkeypatch, tmp_path):
    from screen_data import RECORDS, write_jsonl

    def no_dns(*a, **kw):
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    path = write_jsonl(tmp_path / "r.jsonl", RECORDS[:2])  # two includes with arXiv ids
    r = runner.invoke(app, ["screen", str(path), "--queue-included"])
    out = " ".join(r.output.split())
    assert r.exit_code == 4 and "offline?" in out and out.count("cannot connect") == 1
