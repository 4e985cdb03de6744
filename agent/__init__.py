"""curate: a living, evidence-backed registry of models for single-cell biology.

The package follows the data flow: arXiv id -> paper (fetch) -> pages and chunks (reader) ->
index -> extraction -> proposal (propose) -> review -> registry entry (store).
"""

import os

__version__ = "0.1.0"

# pydantic looks for plugins when the first model is defined, by reading the entry points of
# every installed distribution: 10-40 ms of each command's start-up (158 distributions in the
# dev venv), for plugins curate does not use. PYDANTIC_DISABLE_PLUGINS set to an empty value
# has pydantic load them again.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
