"""The one helper the find_glosses tests share: what a line gives, as (term, gloss, style)."""

from __future__ import annotations

from vocab_app.mining.glosses import find_glosses


def pairs(text: str) -> list[tuple[str, str, str]]:
    """Every pair find_glosses takes from `text`, in order, as (term, gloss, style)."""
    return [(h.term, h.gloss, h.style) for h in find_glosses(text)]
