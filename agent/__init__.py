"""curate: a living, evidence-backed registry of models for single-cell biology.

The package follows the data flow: arXiv id -> paper (fetch) -> pages and chunks (reader) ->
index -> extraction -> proposal (propose) -> review -> registry entry (store).
"""

__version__ = "0.1.0"
