"""curate: a living, evidence-backed registry of models for single-cell biology.

The package follows the data flow: arXiv id -> paper (fetch) -> pages and chunks (reader) ->
index -> extraction -> proposal (propose) -> review -> registry entry (store).
"""

import os

__version__ = "0.1.0"

# pydantic looks for plugins when the first model is defined, by reading the entry points of
# every installed distribution: ~30 ms of each command's start-up, for plugins curate does not
# use. Set PYDANTIC_DISABLE_PLUGINS to an empty value to have pydantic load them again.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
