"""The errors a user can act on, the one table from error type to exit code, and redaction.

Library code raises these types; the CLI prints their message on one line and exits with the
code from `EXIT_CODES`. Any other exception is a bug: the CLI shows its traceback (exit 70).
Messages pass through `redact` on their way out, so a secret a server echoed back never reaches
the terminal or a log.
"""

from __future__ import annotations

import os
import re
from typing import Any


class CurateError(Exception):
    """A problem the user can fix; shown as one line, without a traceback."""


class InputError(CurateError, ValueError):
    """Bad input: an id, a file or a value given on the command line or in a data file.
    (Also a ValueError, which is what these were before they had their own type.)"""


class DataError(CurateError):
    """A data file is unreadable or breaks the schema; the message names file and field."""


class ConfigError(CurateError):
    """A setting is missing or wrong, or the workspace holds no registry; the message says what
    to set or run."""


class UsageError(CurateError):
    """A value an option does not take: an unknown choice, `--set` without `=`, a bad date."""


class PdfError(CurateError):
    """A PDF that cannot be read; `kind` is corrupt | encrypted | no_text | empty."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class FetchError(CurateError):
    """The paper could not be fetched; the message says why."""


class StaleProposal(CurateError):
    """The registry entry changed since the proposal was made; carries a three-way view."""

    def __init__(self, message: str, rows: list[tuple[str, Any, Any, Any]]):
        super().__init__(message)
        self.rows = rows


class LLMError(CurateError):
    """The LLM server could not be used (unreachable, refused the request or the key)."""


#: error type -> (exit code, what it means); the first matching type wins, so subclasses first.
#: The README's "When things go wrong" lists the same table.
EXIT_CODES: tuple[tuple[type[BaseException], int, str], ...] = (
    (UsageError, 2, "usage: a value an option does not take (an unknown choice, no `=`)"),
    (PdfError, 3, "the PDF cannot be read (corrupt, encrypted, image-only or empty)"),
    (FetchError, 4, "the paper could not be fetched"),
    (StaleProposal, 5, "the registry entry changed since the proposal was made"),
    (LLMError, 6, "the LLM server cannot be used"),
    (CurateError, 1, "bad input or data: an id, a file, a setting or a registry file"),
    (OSError, 1, "the system refused a file operation (permissions, disk full)"),
)
#: typer/click's own usage errors (unknown option, missing argument) exit 2 as well
BUG = 70  # an unexpected exception: a bug in curate (EX_SOFTWARE)
INTERRUPTED = 130


def exit_code(e: BaseException) -> int | None:
    """The exit code for an expected error, or None for an unexpected one (a bug)."""
    for kind, code, _ in EXIT_CODES:
        if isinstance(e, kind):
            return code
    return None


def message(e: BaseException) -> str:
    """The one-line message of an expected error."""
    if isinstance(e, OSError) and not isinstance(e, CurateError) and e.strerror:
        where = f"{e.filename}: " if e.filename else ""
        return f"{where}{e.strerror}"
    return str(e)


# ------------------------------------------------------------------------------ redaction

#: credentials in the shapes servers echo back: auth headers, bearer tokens, OpenAI-style keys
SECRET_PATTERNS = (
    re.compile(
        r"(?i)\b(authorization|x-api-key|api[-_]?key)(\"?\s*[:=]\s*\"?)(bearer\s+)?[^\s\"',}]+"
    ),
    re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]{4,}"),
    re.compile(r"\bsk-[A-Za-z0-9_-]{6,}"),
)
REDACTED = "[redacted]"
#: environment variables whose values are secrets wherever they appear
_secret_envs: set[str] = {"OPENAI_API_KEY"}


def register_secret_env(name: str) -> None:
    """Treat the value of this environment variable as a secret in every message."""
    _secret_envs.add(name)


def redact(text: str) -> str:
    """`text` with every known key value and anything shaped like a credential replaced."""
    for name in _secret_envs:
        value = os.environ.get(name)
        if value and len(value) >= 4:
            text = text.replace(value, REDACTED)
    text = SECRET_PATTERNS[0].sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    for rx in SECRET_PATTERNS[1:]:
        text = rx.sub(REDACTED, text)
    return text
