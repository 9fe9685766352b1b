"""Storing an edited gloss cell of the Library's table (runs on the Ops worker)."""

from __future__ import annotations

from vocab_app.services.term_edits import set_glosses as update_glosses

__all__ = ["update_glosses"]
