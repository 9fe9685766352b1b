"""find_glosses on a plain name of a drug class opening its sentence, glossed by the class's
`anti-` name (technical_terms.py, round 14, issue 9). Sentences written for the tests; none is
copied from a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, term, gloss", [
    ("Blood thinners (anticoagulants) can cause bleeding.", "Blood thinners", "anticoagulants"),
    ("Mood drugs (antidepressants) take weeks to work.", "Mood drugs", "antidepressants"),
])
def test_plain_drug_class_opening_a_sentence(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)
