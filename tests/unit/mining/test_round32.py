"""Session of round 32 (invented lines): the result of a verb of change after `into` is no
part of the verb's object (`breaks a fat down into a sugar (glucose)`), and it names a thing
of its own when the bracket follows it."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("The enzyme breaks down a waxy substance called sphingomyelin into a sugar (glucose) "
     "and a fat.", [("sugar", "glucose", "def")]),
    ("Bacteria in the gut turn the fibre into an acid (butyrate) that feeds the cells.",
     [("acid", "butyrate", "def")]),
    # no verb of change: the phrase after `into` is part of the description
    ("The injury causes bleeding into the joints (hemarthrosis) in some boys.",
     [("bleeding into the joints", "hemarthrosis", "def")]),
])
def test_into_after_a_verb_of_change(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The liver converts starch into sugar (glucose) over the day.",
    "The needle is inserted into a vein (venipuncture) first.",
])
def test_no_description_across_a_verb_of_change_or_a_place(text):
    assert pairs(text) == []
