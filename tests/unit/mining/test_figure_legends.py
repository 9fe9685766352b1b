"""find_glosses: a bracket that holds only colours, maybe with the mark they colour, is a
figure's legend (G3: where to look), no definition; a colour renaming a modifier inside a noun
phrase stays one. Sentences written for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text", [
    "This micrograph shows viral particles (green) leaving a cell (top right).",
    "The chart marks the seasonal epidemic threshold (blue curve) for each year.",
    "It shows the slow progression of the T cells (blue line) over ten years.",
])
def test_a_figure_legend_is_no_gloss(text):
    assert [p for p in pairs(text) if p[2] == "def"] == []


def test_a_colour_renaming_a_modifier_stays_a_definition():
    text = "A leaf reflects the green part of mixed (white) light and absorbs the rest."
    assert [p for p in pairs(text) if p[2] == "def"] == [("mixed", "white", "def")]
