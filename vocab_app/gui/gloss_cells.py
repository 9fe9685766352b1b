"""Storing an edited gloss cell of the Library's table (runs on the Ops worker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vocab_app.gui.term_model import GLOSS_SEPARATOR

if TYPE_CHECKING:
    from vocab_app.services.library import Library


def update_glosses(lib: Library, term_id: int, text: str) -> str | None:
    """Store an edited gloss cell (runs on the worker). Returns a sentence if nothing was saved.

    One sense takes `text` whole; with several senses, `text` must hold one gloss per sense
    separated by '; ' (the cell shows them joined that way), and each changed one is updated.
    """
    senses = lib.term_detail(term_id).senses
    if len(senses) == 1:
        lib.update_gloss(senses[0].id, text)
        return None
    parts = [part.strip() for part in text.split(GLOSS_SEPARATOR.strip())]
    if len(parts) != len(senses) or not all(parts):
        return (f"This term has {len(senses)} senses: write {len(senses)} glosses "
                f"separated by '{GLOSS_SEPARATOR.strip()}'.")
    for sense, gloss in zip(senses, parts, strict=True):
        if gloss != sense.gloss:
            lib.update_gloss(sense.id, gloss)
    return None
