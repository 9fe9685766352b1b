"""find_glosses: a lone combining form in brackets names the plain noun before it, as pages
explaining a condition's name do (word_roots.py). Sentences written for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("The syndrome affects the kidneys (nephro-), the eyes (ophthalmo-) and the skin.",
     [("kidneys", "nephro-", "def"), ("eyes", "ophthalmo-", "def")]),
    # an `of` phrase belongs to the noun; a suspended first half joins it
    ("The name says it harms the bones of the skull (cranio-).",
     [("bones of the skull", "cranio-", "def")]),
    ("Its name tells that it changes hair- and fingernails (onycho-).",
     [("hair- and fingernails", "onycho-", "def")]),
    # the trouble the sentence says of the part is not what the form means
    ("It leads to malformations of the heart (cardio-) early in life.",
     [("heart", "cardio-", "def")]),
])
def test_a_combining_form_names_the_plain_noun_before_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # a suffix or a prefix that is no combining form
    "The word ends in a suffix (-itis) here.",
    "Some verbs take a prefix (re-) to say it again.",
])
def test_other_word_parts_alone_are_no_gloss(text):
    assert pairs(text) == []
