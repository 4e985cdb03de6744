"""The review desk's security rules: loopback by default, a token elsewhere, POST + CSRF for
every change, escaped paper text, validated ids."""

from __future__ import annotations

import pytest
from desk_fixtures import Desk
from typer.testing import CliRunner

from agent.cli import app as cli
from agent.errors import UsageError
from agent.pipeline import add
from agent.proposal import Queue
from agent.review import proposal_hash
from agent.web import configure

SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def proposal(settings, example_pdf, fake_index):
    return add(settings, pdf=example_pdf, index=fake_index).proposal


def test_loopback_needs_no_token_and_others_get_one(settings):
    assert configure(settings, "127.0.0.1").token is None
    cfg = configure(settings, "0.0.0.0", 9000)
    assert cfg.token and len(cfg.token) >= 24 and cfg.url.endswith(f"?token={cfg.token}")
    assert configure(settings, "0.0.0.0", token="a-given-token-of-20c").token == (
        "a-given-token-of-20c"
    )
    with pytest.raises(UsageError, match="16 characters"):
        configure(settings, "0.0.0.0", token="short")


def test_reviewer_defaults_like_the_cli(settings):
    assert configure(settings).reviewer == "test-reviewer"
    assert configure(settings, reviewer="Ada").reviewer == "Ada"


def test_token_is_required_then_moved_to_a_cookie(settings, proposal):
    desk = Desk(settings, token="t0ken-t0ken-t0ken-t0ken", loopback_only=False)
    assert desk.get("/queue").status_code == 401
    assert desk.get("/queue?token=wrong-wrong-wrong-wrong").status_code == 401
    r = desk.get("/queue?token=t0ken-t0ken-t0ken-t0ken&q=niche")
    assert r.status_code == 303 and r.headers["location"] == "/queue?q=niche"
    assert "curate_token" in desk.client.cookies
    assert "NicheLM" in desk.get("/queue?q=niche").text
    assert desk.get("/static/desk.css").status_code == 200


def test_token_also_guards_actions(settings, proposal):
    desk = Desk(settings, token="t0ken-t0ken-t0ken-t0ken", loopback_only=False)
    r = desk.client.post(f"/proposal/{proposal.id}/reject", data={"reason": "x"})
    assert r.status_code == 401 and Queue(settings.queue_dir).ids() == [proposal.id]


def test_bearer_token_works_for_scripts(settings):
    desk = Desk(settings, token="t0ken-t0ken-t0ken-t0ken", loopback_only=False)
    r = desk.get("/queue", headers={"Authorization": "Bearer t0ken-t0ken-t0ken-t0ken"})
    assert r.status_code == 200


def test_loopback_desk_refuses_foreign_host_header(settings):
    desk = Desk(settings)
    assert desk.get("/queue", headers={"host": "evil.example:8765"}).status_code == 400
    assert desk.get("/queue", headers={"host": "localhost:8765"}).status_code == 200
    assert desk.get("/queue", headers={"host": "[::1]:8765"}).status_code == 200


def test_post_without_csrf_token_changes_nothing(settings, proposal):
    desk = Desk(settings)
    form = {"reviewer": "Ada", "version": proposal_hash(proposal)}
    assert desk.post(f"/proposal/{proposal.id}/accept", form, csrf=False).status_code == 403
    bad = {**form, "csrf": "x" * 32}
    desk.csrf()
    assert desk.post(f"/proposal/{proposal.id}/accept", bad, csrf=False).status_code == 403
    assert Queue(settings.queue_dir).ids() == [proposal.id]


def test_state_changes_only_by_post(settings, proposal):
    desk = Desk(settings)
    for action in ("accept", "reject", "rebase"):
        assert desk.get(f"/proposal/{proposal.id}/{action}").status_code == 405
    assert desk.get("/screening/decide?key=x&decision=include").status_code == 405
    assert Queue(settings.queue_dir).ids() == [proposal.id]


def test_pages_carry_strict_headers(settings):
    r = Desk(settings).get("/queue")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_paper_text_is_escaped(settings, paper, fake_index):
    pdf = paper(
        SCRIPT,
        f"We present {SCRIPT}, a foundation model pretrained on 10 million single-cell RNA-seq "
        "profiles for cell type annotation.",
    )
    p = add(settings, pdf=pdf, index=fake_index).proposal
    assert SCRIPT in p.source.title
    desk = Desk(settings)
    for url in ("/queue", f"/proposal/{p.id}", f"/proposal/{p.id}/edit"):
        r = desk.get(url)
        assert r.status_code == 200
        assert SCRIPT not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text


def test_static_files_do_not_leave_their_folder(settings):
    desk = Desk(settings)
    assert desk.get("/static/../app.py").status_code == 404
    assert desk.get("/static/%2e%2e/app.py").status_code == 404


def test_serve_cli_refuses_a_bad_port(settings):
    r = CliRunner().invoke(cli, ["serve", "--port", "70000"])
    assert r.exit_code == 2 and "not a TCP port" in r.output


def test_serve_beyond_loopback_prints_a_token_url(settings, monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw, app=app))
    r = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "9123"])
    assert r.exit_code == 0, r.output
    assert (seen["host"], seen["port"]) == ("0.0.0.0", 9123)
    url = next(w for w in r.output.split() if w.startswith("http://"))
    assert url.startswith("http://0.0.0.0:9123/?token=") and len(url.split("=", 1)[1]) >= 24


def test_serve_on_loopback_prints_a_plain_url(settings, monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: None)
    r = CliRunner().invoke(cli, ["serve", "--reviewer", "Ada"])
    assert "open http://127.0.0.1:8765/\n" in r.output and "reviewer Ada" in r.output
