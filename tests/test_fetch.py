"""arXiv id parsing, fetching with retries against a loopback server, and the paper cache."""

from __future__ import annotations

import pytest
from arxiv_server import ArxivServer

from agent.fetch import FetchError, Http, parse_arxiv_id
from agent.settings import ArxivSettings, FetchSettings
from agent.sources.arxiv import ArxivClient


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2504.04698", ("2504.04698", None)),
        ("2504.04698v2", ("2504.04698", "v2")),
        ("arXiv:2504.04698", ("2504.04698", None)),
        ("https://arxiv.org/abs/2504.04698v3", ("2504.04698", "v3")),
        ("https://arxiv.org/pdf/2504.04698.pdf", ("2504.04698", None)),
        ("http://arxiv.org/pdf/2504.04698v1", ("2504.04698", "v1")),
        ("q-bio/0601001", ("q-bio/0601001", None)),
        ("math.GT/0309136v2", ("math.GT/0309136", "v2")),
    ],
)
def test_accepted_id_forms(text, expected):
    aid = parse_arxiv_id(text)
    assert (aid.id, aid.version) == expected


@pytest.mark.parametrize(
    "text",
    ["scGPT", "2504.046", "https://example.org/abs/2504.04698", "10.1038/s41592-024-02201-0", ""],
)
def test_rejected_id_forms(text):
    with pytest.raises(ValueError, match="is not an arXiv id"):
        parse_arxiv_id(text)


def Fetcher(cfg: tuple[ArxivSettings, FetchSettings]) -> ArxivClient:  # noqa: N802
    return ArxivClient(cfg[0], Http(cfg[1]))


def cfg(url: str, **kw) -> tuple[ArxivSettings, FetchSettings]:
    return (
        ArxivSettings(api_url=f"{url}/api/query", pdf_url=f"{url}/pdf"),
        FetchSettings(timeout_s=1.0, retries=kw.get("retries", 3), backoff_s=0.01, delay_s=0),
    )


def test_fetches_metadata_from_atom(example_pdf):
    with ArxivServer(example_pdf) as srv:
        meta = Fetcher(cfg(srv.url)).metadata(parse_arxiv_id("2504.04698"))
    assert meta.title.startswith("NicheLM: a spatially grounded foundation model for")
    assert (meta.version, meta.year, meta.authors[0]) == ("v2", 2025, "Ada Lovelace")
    assert meta.doi == "10.1000/nichelm.2025"


def test_unknown_paper_is_a_clear_error(example_pdf):
    with ArxivServer(example_pdf) as srv, pytest.raises(FetchError, match="no paper 2501.00001"):
        Fetcher(cfg(srv.url)).metadata(parse_arxiv_id("2501.00001"))


def test_pdf_404_is_a_clear_error(example_pdf):
    with ArxivServer(example_pdf) as srv, pytest.raises(FetchError, match="not found \\(404\\)"):
        Fetcher(cfg(srv.url)).pdf(parse_arxiv_id("2501.00001"), None)


def test_500_then_200_is_retried(example_pdf):
    with ArxivServer(example_pdf) as srv:
        srv.script["/pdf"] = [500, 503]
        data = Fetcher(cfg(srv.url)).pdf(parse_arxiv_id("2504.04698"), "v2")
        assert data.startswith(b"%PDF") and len(srv.hits) == 3


def test_429_is_retried(example_pdf):
    with ArxivServer(example_pdf) as srv:
        srv.script["/api"] = [429]
        assert Fetcher(cfg(srv.url)).metadata(parse_arxiv_id("2504.04698")).title


def test_persistent_500_gives_up_after_retries(example_pdf):
    with ArxivServer(example_pdf) as srv:
        srv.script["/pdf"] = [500] * 10
        with pytest.raises(FetchError, match="HTTP 500"):
            Fetcher(cfg(srv.url, retries=2)).pdf(parse_arxiv_id("2504.04698"), None)
        assert len(srv.hits) == 3


def test_timeout_is_retried_then_reported(example_pdf):
    with ArxivServer(example_pdf) as srv:
        srv.script["/api"] = ["sleep", "sleep"]
        with pytest.raises(FetchError, match="timed out"):
            Fetcher(cfg(srv.url, retries=1)).metadata(parse_arxiv_id("2504.04698"))


def test_non_pdf_response_is_refused(example_pdf, tmp_path):
    html = tmp_path / "x.pdf"
    html.write_text("<html>captcha</html>")
    with ArxivServer(html) as srv, pytest.raises(FetchError, match="did not return a PDF"):
        Fetcher(cfg(srv.url)).pdf(parse_arxiv_id("2504.04698"), None)
