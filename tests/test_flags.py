"""Structured flags: code decides on a flag's code; queues stored with text flags still load."""

from __future__ import annotations

from agent.fileio import dump_yaml
from agent.flags import Flag, FlagCode
from agent.pipeline import add
from agent.proposal import Queue
from agent.review import Review, summarize


def test_a_queue_stored_with_text_flags_loads_with_codes(settings, example_pdf, fake_index):
    p = add(settings, pdf=example_pdf, index=fake_index).proposal
    data = p.model_dump(mode="json")
    # how a proposal queued before flags had codes was written
    data["flags"] = ["OUT OF SCOPE (screening: no single-cell data)"]
    data["fields"]["family"]["flags"] = ["conflict on rebase: current 'a', proposed 'b'"]
    Queue(settings.queue_dir).path(p.id).write_text(dump_yaml(data), encoding="utf-8")

    back = Review(settings).load(p.id)
    assert back.flags[0].code == FlagCode.out_of_scope
    assert back.fields["family"].flags[0].code == FlagCode.rebase_conflict
    assert back.fields["family"].flags[0].message.startswith("conflict on rebase")


def test_out_of_scope_in_the_queue_comes_from_the_code_not_the_words(
    settings, example_pdf, fake_index
):
    p = add(settings, pdf=example_pdf, index=fake_index).proposal
    p.screening = None
    p.flags = [Flag(code=FlagCode.out_of_scope, message="excluded by the screener")]
    assert summarize(p, None).out_of_scope
    p.flags = [Flag(code=FlagCode.note, message="mentions out of scope work")]
    assert not summarize(p, None).out_of_scope


def test_text_that_names_no_known_flag_is_a_note():
    assert Flag.from_text("rna inferred from context").code == FlagCode.note


def test_an_old_text_flag_quoting_out_of_scope_is_not_the_scope_decision():
    # the value in the message came from a model (paper text can steer it)
    flag = Flag.from_text("value 'out of scope' is not in the vocabulary")
    assert flag.code == FlagCode.vocabulary
