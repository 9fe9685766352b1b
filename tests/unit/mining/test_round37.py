"""Round 37 (invented lines): a note as rare as the one word after `of` renames that word,
not the phrase it ends."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("An overdose of acetaminophen (paracetamol) harms the liver.",
     [("acetaminophen", "paracetamol", "def")]),
    # a note much rarer than the word after `of` names the whole description
    ("Most children have an enlargement of liver (hepatomegaly) at birth.",
     [("enlargement of liver", "hepatomegaly", "def")]),
])
def test_note_renames_the_word_after_of(text, expected):
    assert pairs(text) == expected
