"""find_glosses on a note that repeats the phrase before it with one word swapped for its
equivalent (substituted_words.py, round 14, issue 9). Sentences written for the tests; none is
copied from a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, term, gloss", [
    ("Try cooking with less butter (less fat) this week.", "less butter", "less fat"),
    ("Pick low-sugar (low-sucrose) drinks at the store.", "low-sugar", "low-sucrose"),
    ("Eat more whole grains (whole cereals) at lunch.", "whole grains", "whole cereals"),
])
def test_one_word_swapped_for_its_equivalent(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text, bad", [
    ("Choose high-fat (low-fat) snacks only rarely.", "high-fat"),  # a contrast
    ("The right knee (left knee) was sore too.", "right knee"),
    ("Some adults have type 1 diabetes (type 2 diabetes) instead.", "type 1 diabetes"),
    ("It spreads to the lungs (the airways) quickly.", "the lungs"),  # a shared article
    ("A blood count (cell count) is routine.", "blood count"),  # a kind of the same head
])
def test_contrast_number_or_article_is_no_swap(text, bad):
    assert all(t != bad for t, _, _ in pairs(text))
