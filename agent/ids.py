"""The one validator for the ids a user types: registry entry ids and proposal ids.

Every command that turns an id into a path or a lookup goes through here, so an empty string
(an unset shell variable) or a path (`../../etc/passwd`) is refused before anything is read.
"""

from __future__ import annotations

import re

from agent.errors import InputError
from agent.schema import SLUG

#: proposal ids: `<entry-id>--<source tag>--<timestamp>`, see proposal.proposal_id
PROPOSAL_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def entry_id(text: str) -> str:
    """A registry id, or InputError naming the rule."""
    if not text or not text.strip():
        raise InputError("a registry id is required (got an empty string)")
    if not SLUG.match(text):
        raise InputError(
            f"{text!r} is not a registry id: ids are lower-case slugs of [a-z0-9-], e.g. scgpt"
        )
    return text


def proposal_ref(text: str) -> str:
    """A proposal id or a prefix of one, or InputError naming the rule."""
    if not text or not text.strip():
        raise InputError(
            "a proposal id is required (got an empty string): see `curate queue` for the ids"
        )
    if not PROPOSAL_REF.match(text):
        raise InputError(
            f"{text!r} is not a proposal id: ids are letters, digits and . _ - (see `curate queue`)"
        )
    return text
