"""The one validator for the ids a user types (registry entry ids and proposal ids), and the
one definition of what an entry id and an arXiv id look like.

Every command that turns an id into a path or a lookup goes through here, so an empty string
(an unset shell variable) or a path (`../../etc/passwd`) is refused before anything is read.
"""

from __future__ import annotations

import re

from agent.errors import InputError

#: registry entry ids: lower-case slugs
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: arXiv identifiers without a version, as pattern text to build on: new style (2504.04698) and
#: old style (q-bio/0601001). The one definition: the schema, the record readers and anything
#: else that recognises an arXiv id build their expressions from these
ARXIV_NEW = r"\d{4}\.\d{4,5}"
ARXIV_OLD = r"[a-z\-]+(?:\.[A-Z]{2})?/\d{7}"
#: a stored arXiv id: either style, no version
ARXIV_ID = re.compile(rf"^(?:{ARXIV_NEW}|{ARXIV_OLD})$")
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
