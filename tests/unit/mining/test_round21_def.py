"""Round 21, def (invented lines): a relative clause naming some of what a group includes
(`such as`, `some of`) is an example list (G2), not what the group is; a clause saying what
the thing does stays a definition."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text", [
    "The Nordic cluster (which includes countries such as Denmark and Sweden) scores high.",
    "The Latin cluster (which includes some of the emerging markets of Asia) grew fast.",
    "The eastern cluster (which includes several states, for example Ohio) has a council.",
])
def test_a_clause_naming_members_is_an_example_list(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The endocrine system (which produces hormones) controls growth.",
     [("endocrine system", "which produces hormones", "def")]),
    ("The cell nucleus (which contains the genetic material) is large.",
     [("cell nucleus", "which contains the genetic material", "def")]),
])
def test_a_clause_saying_what_it_does_stays_a_definition(text, expected):
    assert pairs(text) == expected
