"""One broken proposal file never blocks the queue; decided proposals say who decided them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from agent.cli import app
from agent.errors import InputError
from agent.fileio import DataError
from agent.pipeline import add
from agent.proposal import Queue
from agent.review import Review

runner = CliRunner()


@pytest.fixture
def pending(settings, example_pdf, fake_index):
    return add(settings, pdf=example_pdf, index=fake_index).proposal


@pytest.fixture
def broken(settings):
    path = settings.queue_dir / "broken--pdf-00000000--20260101000000000.yaml"
    path.write_text("entry: [unclosed\n")
    return path


def test_queue_lists_the_rest_and_moves_the_broken_file_aside(settings, pending, broken):
    r = runner.invoke(app, ["queue", "--json"])
    assert r.exit_code == 0, r.output
    assert [x["id"] for x in json.loads(r.stdout)] == [pending.id]
    moved = settings.queue_dir / "quarantine" / broken.name
    assert not broken.exists() and moved.read_text() == "entry: [unclosed\n"
    assert "warning:" in r.stderr and broken.name in r.stderr and "quarantine" in r.stderr


def test_add_carries_on_past_a_broken_proposal(settings, broken, example_pdf, fake_index):
    res = add(settings, pdf=example_pdf, index=fake_index)
    assert Queue(settings.queue_dir).ids() == [res.proposal.id]
    assert (settings.queue_dir / "quarantine" / broken.name).exists()


def test_a_proposal_that_breaks_the_schema_is_quarantined(settings, pending):
    path = settings.queue_dir / f"{pending.id}.yaml"
    path.write_text(path.read_text().replace("kind: new", "kind: sideways"))
    assert Queue(settings.queue_dir).all() == []
    assert (settings.queue_dir / "quarantine" / path.name).exists()


def test_reject_of_a_broken_proposal_moves_it_and_says_where(settings, broken):
    r = runner.invoke(app, ["reject", broken.stem, "--reason", "broken"])
    assert r.exit_code == 1 and "moved it to" in r.output
    assert not broken.exists() and Queue(settings.queue_dir).ids() == []


def test_empty_id_matches_nothing(settings, pending):
    with pytest.raises(InputError, match="proposal id is required"):
        Queue(settings.queue_dir).load("")
    assert Queue(settings.queue_dir).ids() == [pending.id]


def test_accept_after_reject_names_reviewer_time_and_reason(settings, pending):
    Review(settings).reject(pending.id, "not single-cell", reviewer="bob")
    with pytest.raises(DataError, match=r"was rejected by bob at .*\(reason: not single-cell\)"):
        Review(settings).accept(pending.id[:12])


def test_reject_after_accept_names_the_entry(settings, pending):
    Review(settings).accept(pending.id, reviewer="ada")
    with pytest.raises(DataError, match="accepted into registry/models/nichelm.yaml by ada"):
        Review(settings).reject(pending.id, "too late")
