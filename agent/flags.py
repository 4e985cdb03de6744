"""Flags: what a reviewer should look at, as a code (what code reads), the field it is about,
and a message (what people read). Code decides on the code, never on the message.

Proposals queued before flags had codes stored plain text; such text (and an extractor's
remark given as text) is read into a Flag by the `Flags` type, so old queues still load.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict


class FlagCode(StrEnum):
    out_of_scope = "out_of_scope"  # the screening stage excluded the paper
    possible_duplicate = "possible_duplicate"  # an entry with a similar name exists
    no_model = "no_model"  # the paper introduces no model of its own
    family_required = "family_required"  # the reviewer must set a family before accepting
    no_evidence = "no_evidence"  # no value with verified evidence: left for the reviewer
    model_output = "model_output"  # the model's answer broke the schema
    disagree = "disagree"  # the extractors disagree
    fallback = "fallback"  # the value comes from the cross-checking extractor
    vocabulary = "vocabulary"  # a value outside the vocabulary, or a guessed mapping
    rebase_conflict = "rebase_conflict"  # changed in the registry and in the proposal
    edited = "edited"  # edited by the reviewer
    note = "note"  # anything else an extractor remarks


#: how a plain-text flag (an old queue, an extractor's remark) reads as a code: first match
LEGACY: tuple[tuple[FlagCode, re.Pattern[str]], ...] = tuple(
    (code, re.compile(rx, re.I))
    for code, rx in (
        (FlagCode.out_of_scope, r"^OUT OF SCOPE \(screening"),  # as the old pipeline wrote it
        (FlagCode.possible_duplicate, r"^possible duplicate"),
        (FlagCode.no_model, r"^introduces no model of its own"),
        (FlagCode.family_required, r"must set a family"),
        (FlagCode.model_output, r"^model output"),
        (FlagCode.disagree, r"^extractors disagree"),
        (FlagCode.fallback, r"^from the \w+ extractor"),
        (FlagCode.rebase_conflict, r"^conflict on rebase"),
        (FlagCode.edited, r"^edited by reviewer"),
        (FlagCode.vocabulary, r"vocabulary"),
        (FlagCode.no_evidence, r"^no (verified )?evidence|left for the reviewer|no verified quote"),
    )
)


class Flag(BaseModel):
    """A reviewer's cue: what code reads (`code`, `field`) and what people read (`message`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: FlagCode
    message: str
    field: str | None = None

    def __str__(self) -> str:
        return self.message

    @classmethod
    def from_text(cls, text: str, field: str | None = None) -> Flag:
        """A flag stored, or given, as plain text: its code read from the words."""
        code = next((c for c, rx in LEGACY if rx.search(text)), FlagCode.note)
        return cls(code=code, message=text, field=field)


def _from_text_items(values: Any) -> Any:
    """Plain-text items become Flags; anything else is validated as a Flag."""
    if not isinstance(values, list):
        return values
    return [Flag.from_text(v) if isinstance(v, str) else v for v in values]


#: the type of every list of flags: text (old queues, an extractor's remark) is read as a Flag
Flags = Annotated[list[Flag], BeforeValidator(_from_text_items)]


def has(flags: list[Flag], code: FlagCode) -> bool:
    """Whether any of the flags has this code."""
    return any(f.code == code for f in flags)
