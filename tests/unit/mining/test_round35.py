"""Round 35 (invented lines): adjectives that say which of several (identical, different,
certain) and numbers open no term; `specifically` opens an aside; a participle inside the
noun phrase goes with a swapped word."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    ("Each receptor has two identical binding arms (antigen-binding sites) at its tip.",
     [("binding arms", "antigen-binding sites", "def")]),
    ("Antibodies bind with different avidities (strengths of binding) to antigens.",
     [("avidities", "strengths of binding", "def")]),
    ("It controls the movement of charged sodium atoms (sodium ions) into cells.",
     [("charged sodium atoms", "sodium ions", "def")]),
    ("Eat less salt (less sodium) daily.", [("less salt", "less sodium", "def")]),
])
def test_which_of_several_and_participles(text, expected):
    assert pairs(text) == expected


def test_specifically_opens_an_aside():
    assert pairs("Patients get infections, specifically of the skin (cellulitis), often.") == []
