"""The desk's screening page and human screening decisions; a browser and a CLI decision at
the same moment."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from desk_fixtures import Desk
from screen_data import RECORDS, write_jsonl

from agent.fileio import read_jsonl
from agent.pipeline import add
from agent.review import proposal_hash
from agent.screen.ledger import Ledger, decide_by_hand
from agent.screen.run import screen_file
from agent.screen.screeners import LexiconScreener, ScreenDecision

EXTRA = {
    "arxiv_id": "2501.00006",
    "title": "Spatial transcriptomics of the <b>mouse</b> brain",
    "abstract": "A spatial transcriptomics atlas of cell states with no model.",
    "year": 2025,
}


class Scripted:
    """Fixed decisions and relevance scores, whatever the lexicon's current thresholds."""

    name = version = "scripted-1"
    PLAN = {
        "2501.00001": ("include", 0.8),
        "2501.00002": ("maybe", 0.3),
        "2501.00006": ("maybe", 0.9),
    }

    def screen(self, r):  # type: ignore[no-untyped-def]
        decision, score = self.PLAN.get(r.arxiv_id, ("exclude", 0.0))
        return ScreenDecision(
            decision=decision,
            criterion="scope" if decision == "exclude" else "1",
            reason="scripted",
            screener=self.name,
            version=self.version,
            score=score,
        )


@pytest.fixture
def screened(settings, tmp_path):
    path = write_jsonl(tmp_path / "search.jsonl", [*RECORDS, EXTRA])
    run = screen_file(path, Scripted(), Ledger.of(settings))
    return path, {r.key: d.decision for r, d in run.decisions}


def test_screening_page_lists_maybes_first_with_terms_marked(settings, screened):
    _, decided = screened
    r = Desk(settings).get("/screening")
    assert r.status_code == 200
    maybes = [k for k, d in decided.items() if d == "maybe"]
    includes = [k for k, d in decided.items() if d == "include"]
    assert maybes and includes
    pos = {k: r.text.index(f'data-key="{k}"') for k in maybes + includes}
    assert max(pos[k] for k in maybes) < min(pos[k] for k in includes)
    assert pos["arxiv:2501.00006"] < pos["arxiv:2501.00002"]  # by relevance
    assert "relevance 0.90" in r.text
    assert '<mark class="scope">' in r.text and "criterion" in r.text
    assert "&lt;b&gt;mouse&lt;/b&gt;" in r.text  # record text is escaped, only marks are HTML
    excluded = [k for k, d in decided.items() if d == "exclude"]
    assert all(f'data-key="{k}"' not in r.text for k in excluded)


def test_decision_buttons_record_a_human_decision(settings, screened):
    path, decided = screened
    key = next(k for k, d in decided.items() if d == "maybe")
    desk = Desk(settings, reviewer="Ada")
    r = desk.post("/screening/decide", {"key": key, "decision": "include", "show": "todo"})
    assert r.status_code == 303 and r.headers["location"].startswith("/screening?show=todo")
    e = Ledger.of(settings).load()[key]
    assert (e.decision.decision, e.decision.screener, e.decision.reviewer) == (
        "include",
        "human",
        "Ada",
    )
    assert f'data-key="{key}"' not in desk.get("/screening").text  # no longer to do
    assert f'data-key="{key}"' in desk.get("/screening?show=human").text


def test_human_decision_survives_re_screening_and_counts_in_prisma(settings, screened):
    path, decided = screened
    key = next(k for k, d in decided.items() if d == "maybe")
    ledger = Ledger.of(settings)
    before = screen_file(path, Scripted(), ledger).prisma
    decide_by_hand(ledger, key, "exclude", "Ada", "")
    again = screen_file(path, Scripted(), ledger)  # replayed from the ledger
    assert again.prisma["maybe"] == before["maybe"] - 1
    assert again.prisma["excluded"] == before["excluded"] + 1
    (path.parent / "grown.jsonl").write_text(path.read_text() + path.read_text())
    grown = screen_file(path.parent / "grown.jsonl", LexiconScreener(), ledger)  # re-screened
    assert dict((r.key, d.decision) for r, d in grown.decisions)[key] == "exclude"


def test_unknown_record_or_decision_is_refused(settings, screened):
    desk = Desk(settings)
    assert (
        desk.post(
            "/screening/decide", {"key": "arxiv:0000.0000", "decision": "include"}
        ).status_code
        == 404
    )
    key = next(iter(screened[1]))
    assert desk.post("/screening/decide", {"key": key, "decision": "delete"}).status_code == 422


def test_screening_page_without_a_ledger(settings):
    r = Desk(settings).get("/screening")
    assert r.status_code == 200 and "curate screen FILE" in r.text


def test_browser_and_cli_deciding_at_once_one_wins(settings, example_pdf, fake_index):
    p = add(settings, pdf=example_pdf, index=fake_index).proposal
    desk = Desk(settings)
    desk.csrf()
    web: dict[str, object] = {}

    def browser() -> None:
        web["r"] = desk.post(
            f"/proposal/{p.id}/accept", {"reviewer": "web", "version": proposal_hash(p)}
        )

    cli = subprocess.Popen(
        [sys.executable, "-m", "agent.cli", "accept", p.id, "--reviewer", "cli"],
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    t = threading.Thread(target=browser)
    t.start()
    code = cli.wait(timeout=120)
    t.join(timeout=120)
    status = web["r"].status_code  # type: ignore[attr-defined]
    assert sorted([code == 0, status == 303]) == [False, True], (code, status)
    if code == 0:
        assert status == 409 and "already decided" in web["r"].text  # type: ignore[attr-defined]
    else:
        assert "no longer pending" in cli.stderr.read()
    assert len(list(read_jsonl(settings.decisions_log))) == 1
