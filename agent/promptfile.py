"""Prompts are versioned YAML files in prompts/: name, version, variables, system, user.

Loading validates them; rendering fills declared variables only, and paper text goes into a
delimited data slot of the user message, never into the instructions.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from agent.fileio import DataError, read_yaml
from agent.store import format_validation_error

VERSION = re.compile(r"^\d+\.\d+\.\d+$")


class Prompt(BaseModel):
    """A prompt file: name, version, declared variables, system and user templates, guides."""

    model_config = ConfigDict(extra="forbid")
    name: str
    version: str
    description: str = ""
    variables: list[str]
    system: str
    user: str
    #: text that fills a variable piece by piece (the extractor's line per field group): in the
    #: file, so that changing it changes the prompt's version
    guides: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> Prompt:
        if not VERSION.match(self.version):
            raise ValueError(f"version {self.version!r} is not MAJOR.MINOR.PATCH")
        used = {
            f
            for text in (self.system, self.user)
            for _, f, _, _ in string.Formatter().parse(text)
            if f
        }
        if used != set(self.variables):
            raise ValueError(f"template uses {sorted(used)} but declares {sorted(self.variables)}")
        return self

    def render(self, **values: str) -> tuple[str, str]:
        """(system, user) with the variables filled once."""
        missing = set(self.variables) - set(values)
        if missing:
            raise ValueError(f"prompt {self.name}: missing variables {sorted(missing)}")
        # values are inserted once; braces inside them are never re-interpreted
        return self.system.format(**values), self.user.format(**values)

    def guide(self, key: str, **values: str) -> str:
        """The guide `key` with its {placeholders} filled; DataError if the file has none."""
        text = self.guides.get(key)
        if text is None:
            raise DataError(f"prompt {self.name}@{self.version} has no guide for {key!r}")
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError) as e:
            raise DataError(f"prompt {self.name}: guide {key!r} has a bad placeholder: {e}") from e

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"


def load_prompt(prompts_dir: Path, name: str) -> Prompt:
    """The prompt `name` from prompts_dir, validated, or DataError naming the file."""
    path = prompts_dir / f"{name}.yaml"
    if not path.exists():
        raise DataError(f"prompt file {path} is missing")
    try:
        return Prompt.model_validate(read_yaml(path))
    except ValidationError as e:
        raise DataError(format_validation_error(path, e)) from e
