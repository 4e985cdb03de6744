"""Bad inputs, table-driven: input -> exit code -> message fragment -> nothing written.

Each row runs one `curate` command through typer's CliRunner on a fresh workspace, after an
optional setup, and checks: the exit code (the table in agent/errors.py), a fragment of the
message, that the error is the first thing on stderr (no library noise or traceback before it),
that nothing under the workspace changed (corpus/ too, unless the row says the paper cache may
be written), and that no secret appears in the output.

Add a row for every new bad input. Behaviours that need more than one process live elsewhere:
two concurrent accepts and kill -9 during accept (tests/test_review_safety.py).
"""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

import pdfs
import pytest
from conftest import FakeEmbedder
from fake_llm import OpenAIServer
from typer.testing import CliRunner

from agent.cli import app


@dataclass
class Env:
    """What a row's setup and arguments can use."""

    ws: Path
    tmp: Path
    example_pdf: Path
    make_pending: Callable[[], str]
    mp: pytest.MonkeyPatch
    env: dict[str, str] = field(default_factory=dict)
    pid: str = ""


@dataclass
class Case:
    id: str
    args: Callable[[Env], list[str]]
    code: int
    says: str
    setup: Callable[[Env], None] | None = None
    #: corpus/ (the paper cache and index) may change: the failure comes after indexing
    cache_ok: bool = False
    #: the error line comes after other output (e.g. the three-way table of a stale accept)
    error_first: bool = True
    secrets: tuple[str, ...] = ()


def const(*args: str) -> Callable[[Env], list[str]]:
    return lambda e: list(args)


# ------------------------------------------------------------------------------ setups


def pending(e: Env) -> None:
    e.pid = e.make_pending()


def rejected(e: Env) -> None:
    pending(e)
    assert CliRunner().invoke(app, ["reject", e.pid, "--reason", "off topic"]).exit_code == 0


def accepted(e: Env) -> None:
    pending(e)
    assert CliRunner().invoke(app, ["accept", e.pid]).exit_code == 0


def stale(e: Env) -> None:
    from agent.store import Store

    pending(e)
    assert CliRunner().invoke(app, ["accept", e.pid]).exit_code == 0
    e.pid = e.make_pending()  # an update of the entry just accepted
    store = Store(e.ws / "registry" / "models")
    entry = store.load("nichelm")
    entry.year = 2021
    store.save(entry)


def broken_entry(text: str) -> Callable[[Env], None]:
    def setup(e: Env) -> None:
        pending(e)
        assert CliRunner().invoke(app, ["accept", e.pid]).exit_code == 0
        path = e.ws / "registry" / "models" / "nichelm.yaml"
        path.write_text(path.read_text() + text)

    return setup


def no_registry(e: Env) -> None:
    (e.tmp / "elsewhere").mkdir()
    e.env["CURATE_WORKSPACE"] = str(e.tmp / "elsewhere")


def llm_server(status: int, message: str) -> Callable[[Env], None]:
    def setup(e: Env) -> None:
        srv = OpenAIServer(lambda body: (status, message))
        e.env.update(
            CURATE_LLM__MODEL="tiny-test",
            CURATE_LLM__BASE_URL=srv.url,
            OPENAI_API_KEY="sk-test-secret-123456",
        )
        e.env["_server"] = srv  # type: ignore[assignment]  # closed by the test

    return setup


def no_dns(e: Env) -> None:
    """No name resolution at all (the machine is offline)."""

    def fail(*a: object, **kw: object) -> None:
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    e.mp.setattr(socket, "getaddrinfo", fail)


def offline(e: Env) -> None:
    """Every paper source on a loopback port where nothing listens: connection refused."""
    dead = "http://127.0.0.1:9"
    e.env.update(
        CURATE_ARXIV__API_URL=f"{dead}/api/query",
        CURATE_ARXIV__PDF_URL=f"{dead}/pdf",
        CURATE_BIORXIV__API_URL=dead,
        CURATE_CROSSREF__API_URL=dead,
        CURATE_OPENALEX__API_URL=dead,
    )


def search_file(text: str) -> Callable[[Env], None]:
    def setup(e: Env) -> None:
        offline(e)
        (e.ws / "registry" / "search.yaml").write_text(text)

    return setup


SEARCH = "keywords: [[single-cell], [foundation model]]\n"
PREPRINT = "10.1101/2025.03.14.643210"


def unreachable_llm(e: Env) -> None:
    e.env.update(CURATE_LLM__MODEL="m", CURATE_LLM__BASE_URL="http://127.0.0.1:9/v1")


def file_with(name: str, data: bytes | str) -> Callable[[Env], list[str]]:
    def make(e: Env) -> Path:
        p = e.tmp / name
        p.write_bytes(data if isinstance(data, bytes) else data.encode())
        return p

    return lambda e: ["screen", str(make(e))]


def bad_table7(e: Env) -> list[str]:
    from conftest import TABLE7

    lines = TABLE7.read_text().splitlines()
    cells = lines[1].split("\t")
    cells[7] = "Maybe"
    bad = e.tmp / "t.tsv"
    bad.write_text("\n".join([lines[0], "\t".join(cells)]) + "\n")
    return ["registry", "import-table7", str(bad)]


JSONL = '{"title": "A foundation model for single-cell RNA-seq", "abstract": "x"}\n'

CASES = [
    # ---- ids
    Case("arxiv-id-malformed", const("add", "not-an-id"), 1, "is not an arXiv id"),
    Case("arxiv-id-empty", const("add", ""), 1, "is not an arXiv id"),
    Case("arxiv-id-impossible-number", const("add", "2504.0469"), 1, "5 digits after the dot"),
    Case("arxiv-id-version-0", const("add", "2504.04698v0"), 1, "versions start at v1"),
    Case("add-arxiv-no-dns", const("add", "2504.04698"), 4, "offline?", no_dns),
    Case("accept-empty-id", const("accept", ""), 1, "a proposal id is required", pending),
    Case("reject-empty-id", const("reject", "", "--reason", "x"), 1, "id is required", pending),
    Case("show-empty-id", const("show", ""), 1, "a proposal id is required", pending),
    Case("accept-path-as-id", const("accept", "../models/x"), 1, "is not a proposal id", pending),
    Case("accept-unknown-id", const("accept", "nope"), 1, "no pending proposal 'nope'", pending),
    Case(
        "registry-show-path-as-id",
        const("registry", "show", "../../etc/passwd"),
        1,
        "lower-case slugs of [a-z0-9-]",  # also: square brackets in a message are printed
    ),
    Case("registry-show-unknown", const("registry", "show", "nope"), 1, "no registry entry 'nope'"),
    Case("log-path-as-id", const("log", "../x"), 1, "is not a registry id"),
    # ---- PDFs
    Case(
        "pdf-corrupt",
        lambda e: ["add", "--pdf", str(pdfs.corrupt(e.tmp / "c.pdf"))],
        3,
        "not a readable PDF",
    ),
    Case(
        "pdf-encrypted",
        lambda e: ["add", "--pdf", str(pdfs.encrypted(e.tmp / "e.pdf", e.example_pdf))],
        3,
        "encrypted",
    ),
    Case(
        "pdf-image-only",
        lambda e: ["add", "--pdf", str(pdfs.image_only(e.tmp / "scan.pdf"))],
        3,
        "no text layer",
    ),
    Case(
        "pdf-empty",
        lambda e: ["add", "--pdf", str(pdfs.empty(e.tmp / "0.pdf"))],
        3,
        "the file is empty",
    ),
    Case(
        "pdf-name-with-brackets",
        lambda e: ["add", "--pdf", str(pdfs.corrupt(e.tmp / "paper [draft].pdf"))],
        3,
        "paper [draft].pdf",
    ),
    # ids that cannot exist are refused before any request (sources: agent/sources/ids.py)
    Case("arxiv-id-4-digits-after-2015", const("add", "2504.0469"), 1, "5 digits after the dot"),
    Case("arxiv-id-version-0", const("add", "2504.04698v0"), 1, "versions start at v1"),
    Case("arxiv-id-month-13", const("add", "2513.00001"), 1, "is not a month"),
    Case("arxiv-old-id-after-2007", const("add", "q-bio/0801001"), 1, "March 2007"),
    Case(
        "doi-malformed",
        lambda e: ["add", "--pdf", str(e.example_pdf), "--doi", "10.1101"],
        1,
        "is not a DOI",
    ),
    Case("doi-without-pdf", const("add", "--doi", PREPRINT), 1, "use them with --pdf"),
    Case(
        "doi-and-arxiv",
        lambda e: ["add", "--pdf", str(e.example_pdf), "--doi", PREPRINT, "--arxiv", "2504.04698"],
        1,
        "not both",
    ),
    # offline: one attempt, exit 4, a message that says so (no retries, nothing written)
    Case("add-arxiv-offline", const("add", "2504.04698"), 4, "offline?", offline),
    Case("add-doi-offline", const("add", PREPRINT), 4, "offline?", offline),
    Case(
        "add-pdf-with-doi-offline",
        lambda e: ["add", "--pdf", str(e.example_pdf), "--doi", PREPRINT],
        4,
        "offline?",
        offline,
    ),
    Case("watch-offline", const("watch"), 4, "offline?", search_file(SEARCH)),
    Case("watch-no-search-file", const("watch"), 1, "no search definition"),
    Case("watch-empty-keywords", const("watch"), 1, "keywords", search_file("keywords: []\n")),
    Case("watch-bad-since", const("watch", "--since", "last week"), 2, "expected a date"),
    Case(
        "watch-since-after-until",
        const("watch", "--since", "2025-05-08", "--until", "2025-05-01"),
        2,
        "after the end of the window",
        search_file(SEARCH),
    ),
    Case("pdf-missing", lambda e: ["add", "--pdf", str(e.tmp / "no.pdf")], 1, "no such file"),
    Case("pdf-is-a-directory", lambda e: ["add", "--pdf", str(e.tmp)], 1, "is a directory"),
    Case(
        "add-id-and-pdf",
        lambda e: ["add", "2504.04698", "--pdf", str(e.example_pdf)],
        1,
        "one of them",
    ),
    Case(
        "add-unknown-extractor",
        lambda e: ["add", "--pdf", str(e.example_pdf), "--extractor", "gpt"],
        2,
        "unknown extractor 'gpt'",
    ),
    # ---- review
    Case(
        "accept-after-reject",
        lambda e: ["accept", e.pid],
        1,
        "was rejected by test-reviewer",
        rejected,
    ),
    Case(
        "reject-after-accept",
        lambda e: ["reject", e.pid, "--reason", "x"],
        1,
        "was accepted",
        accepted,
    ),
    Case(
        "accept-override-not-a-bool",
        lambda e: ["accept", e.pid, "--set", "agentic=maybe"],
        1,
        "expected true or false",
        pending,
    ),
    Case(
        "accept-override-outside-vocabulary",
        lambda e: ["accept", e.pid, "--set", "modalities=rna,smell"],
        1,
        "field 'modalities",
        pending,
    ),
    Case(
        "accept-override-without-equals",
        lambda e: ["accept", e.pid, "--set", "agentic"],
        2,
        "expected field=value",
        pending,
    ),
    Case(
        "reject-blank-reason",
        lambda e: ["reject", e.pid, "--reason", " "],
        1,
        "needs a reason",
        pending,
    ),
    Case(
        "accept-stale",
        lambda e: ["accept", e.pid],
        5,
        "curate rebase",
        stale,
        error_first=False,
    ),
    # ---- registry files
    Case(
        "validate-value-outside-vocabulary",
        const("registry", "validate"),
        1,
        "field 'family'",
        broken_entry("family: wizardry\n"),
    ),
    Case(
        "validate-yaml-syntax",
        const("registry", "validate"),
        1,
        "YAML syntax error",
        broken_entry("name: [unclosed\n"),
        error_first=False,  # the per-file error lines follow the summary on stdout
    ),
    Case("import-table7-bad-row", bad_table7, 1, "line 2: agentic must be Yes or No"),
    Case(
        "import-table7-missing",
        lambda e: ["registry", "import-table7", str(e.tmp / "none.tsv")],
        1,
        "cannot read",
    ),
    Case("export-unknown-format", const("registry", "export", "-f", "docx"), 2, "unknown format"),
    # ---- screening files
    Case("screen-missing", lambda e: ["screen", str(e.tmp / "no.jsonl")], 1, "no such file"),
    Case("screen-empty", file_with("empty.jsonl", ""), 1, "no records in it"),
    Case("screen-blank-lines", file_with("blank.jsonl", "\n\n  \n"), 1, "no records in it"),
    Case("screen-header-only-csv", file_with("h.csv", "title,abstract\n"), 1, "no records"),
    Case("screen-unknown-format", file_with("r.docx", "x"), 1, "unknown format"),
    Case("screen-csv-without-title", file_with("r.csv", "name,text\na,b\n"), 1, "no title column"),
    Case(
        "screen-columns-without-equals",
        lambda e: [*file_with("r.csv", "Name\na\n")(e), "--columns", "title"],
        2,
        "expected field=COLUMN",
    ),
    Case(
        "screen-unknown-encoding",
        lambda e: [*file_with("r.jsonl", JSONL)(e), "--encoding", "klingon"],
        2,
        "unknown encoding",
    ),
    Case(
        "screen-unknown-screener",
        lambda e: [*file_with("r.jsonl", JSONL)(e), "--screener", "magic"],
        2,
        "unknown screener",
    ),
    # ---- workspace
    Case("no-registry-validate", const("registry", "validate"), 1, "curate init", no_registry),
    Case("no-registry-queue", const("queue"), 1, "no registry in", no_registry),
    Case(
        "no-registry-add",
        lambda e: ["add", "--pdf", str(e.example_pdf)],
        1,
        "no registry in",
        no_registry,
    ),
    Case("no-registry-screen", file_with("r.jsonl", JSONL), 1, "no registry in", no_registry),
    Case(
        "setting-with-a-bad-value",
        const("queue"),
        1,
        "CURATE_RETRIEVAL__K: Input should be a valid integer",
        lambda e: e.env.update(CURATE_RETRIEVAL__K="lots"),
    ),
    # ---- LLM server
    Case(
        "llm-key-refused-and-echoed",
        lambda e: ["add", "--pdf", str(e.example_pdf)],
        6,
        "did not accept the API key: check OPENAI_API_KEY",
        llm_server(401, "invalid key; request had Authorization: {auth}"),
        cache_ok=True,
        secrets=("sk-test-secret-123456",),
    ),
    Case(
        "llm-unreachable",
        lambda e: ["add", "--pdf", str(e.example_pdf)],
        6,
        "cannot reach the LLM server",
        unreachable_llm,
        cache_ok=True,
    ),
]


def snapshot(root: Path, skip_corpus: bool) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and not (skip_corpus and p.relative_to(root).parts[0] == "corpus")
        and not p.name.endswith(".lock")
    }


class QuickEmbedder(FakeEmbedder):
    """The pipeline's embedder interface on the fake vectors: no model loads in these tests."""

    def __init__(self, settings: object = None) -> None:
        super().__init__()

    def preload(self) -> None:
        pass

    def encode_async(self, texts: list[str]) -> Future[list[list[float]]]:
        f: Future[list[list[float]]] = Future()
        f.set_result(self.encode(texts))
        return f


@pytest.fixture
def env(workspace, tmp_path, example_pdf, fake_index, settings, monkeypatch):
    import agent.embedding
    from agent.pipeline import add

    monkeypatch.setattr(agent.embedding, "Embedder", QuickEmbedder)

    def make_pending() -> str:
        return add(settings, pdf=example_pdf, index=fake_index).proposal.id

    files = tmp_path / "files"
    files.mkdir()
    return Env(
        ws=workspace, tmp=files, example_pdf=example_pdf, make_pending=make_pending, mp=monkeypatch
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case, env, monkeypatch):
    if case.setup:
        case.setup(env)
    server = env.env.pop("_server", None)
    for k, v in env.env.items():
        monkeypatch.setenv(k, v)
    target = Path(env.env.get("CURATE_WORKSPACE", env.ws))
    before = snapshot(target, case.cache_ok)
    args = case.args(env)
    try:
        r = CliRunner().invoke(app, args)
    finally:
        if server is not None:
            server.__exit__()
    assert r.exit_code == case.code, r.output
    assert case.says in r.output, r.output
    assert "Traceback" not in r.output, r.output
    if case.error_first:
        assert r.stderr.lstrip().startswith("error:"), r.stderr
    assert snapshot(target, case.cache_ok) == before, "a failed command changed the workspace"
    for secret in case.secrets:
        assert secret not in r.output
