"""find_glosses on a plain description that opens a list item, glossed by its technical name
(description_pairs.py, round 14, issue 9): the item's first word opens a sentence, as after a
full stop. Sentences written for the tests; none is copied from a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, term, gloss", [
    ("- Removal of the spleen (splenectomy).", "Removal of the spleen", "splenectomy"),
    ("Options: - Removal of the spleen (splenectomy).", "Removal of the spleen", "splenectomy"),
    ("2. Removal of the spleen (splenectomy) if it bleeds.", "Removal of the spleen",
     "splenectomy"),
    ("* Inflammation of the liver (hepatitis) may follow.", "Inflammation of the liver",
     "hepatitis"),
])
def test_description_opening_a_list_item(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)
