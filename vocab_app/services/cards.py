"""What a card says, for the app's own review view: the same pieces the exported Anki cards show
(export/card_text.py), so a learner sees one card in both places. The GUI reaches the core
through the services layer; this module is that door and adds nothing of its own.
"""

from __future__ import annotations

from vocab_app.export.card_text import (
    BLANK,
    MASK,
    card_sentence,
    card_translation,
    find_term,
    gloss_lines,
    mask_term,
    source_label,
    speaker_name,
)

__all__ = ["BLANK", "MASK", "card_sentence", "card_translation", "find_term", "gloss_lines",
           "mask_term", "source_label", "speaker_name"]
