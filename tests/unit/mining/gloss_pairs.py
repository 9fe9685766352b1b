"""The helpers the gloss tests share: what a line or a file gives, as (term, gloss, style)."""

from __future__ import annotations

from pathlib import Path

from vocab_app.mining.glosses import find_glosses
from vocab_app.mining.pipeline import mine_paths


def pairs(text: str) -> list[tuple[str, str, str]]:
    """Every pair find_glosses takes from `text`, in order, as (term, gloss, style)."""
    return [(h.term, h.gloss, h.style) for h in find_glosses(text)]


def file_pairs(folder: Path, name: str, text: str) -> list[tuple[str, str, str]]:
    """Every occurrence mining a file `name` holding `text` gives (its reader decides the
    format by the name), as (term, gloss, style)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return [(o.term, o.gloss, o.style) for o in mine_paths([path]).occurrences]
