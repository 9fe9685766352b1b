"""The note type's card rule is Anki's: a card exists when its front shows a non-empty field."""

from __future__ import annotations

import re

import pytest

from vocab_app.export import anki_model
from vocab_app.export.anki_model import FIELDS, _front_rule, card_bits, filled


def fields(**values: str) -> list[str]:
    return [values.get(name, "") for name in FIELDS]


def test_each_template_needs_what_its_front_shows():
    by_name = {FIELDS[i] for _ord, _how, needed in anki_model.card_rules() for i in needed}
    assert by_name == {"Term", "Pronunciation", "Gloss", "Reverse", "Cloze"}
    assert card_bits(fields(Term="agent")) == 0b001
    assert card_bits(fields(Term="agent", Gloss="智能体", Reverse="y")) == 0b011
    assert card_bits(fields(Term="agent", Reverse="y")) == 0b001  # nothing to ask with
    assert card_bits(fields(Term="agent", Cloze="An [...] acts.")) == 0b101
    assert card_bits(fields(Term=" <br> ", Reverse="y", Gloss="g")) == 0b010


def test_anki_counts_white_space_and_line_breaks_as_empty():
    assert not filled("") and not filled("  ") and not filled("<br>") and not filled("<div></div>")
    assert filled("x") and filled(" x") and filled("<b>x</b>")


def test_the_model_writes_the_same_rule_as_its_req():
    model = anki_model.build_model()
    assert model._req == [[o, how, list(n)] for o, how, n in anki_model.card_rules()]


@pytest.mark.parametrize("qfmt", ["{{^Gloss}}{{Term}}{{/Gloss}}",
                                  "{{#Gloss}}{{Term}}{{/Gloss}}{{#Reverse}}{{Notes}}{{/Reverse}}",
                                  "no field at all"])
def test_a_front_whose_rule_req_cannot_state_is_refused(qfmt):
    with pytest.raises(ValueError):
        _front_rule(qfmt)


def _contrast(a: str, b: str) -> float:
    def lum(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_card_style_leaves_page_colours_to_anki_and_marks_the_term_legibly():
    css = anki_model.card_css()
    card_rule = re.search(r"\.card \{([^}]*)\}", css).group(1)
    assert "background" not in card_rule and "color" not in card_rule  # Anki's day/night colours
    term_rule = re.search(r"\n\.term \{([^}]*)\}", css).group(1)
    assert "font-weight: 700" in term_rule and "underline" in term_rule
    day = re.search(r"color: (#[0-9a-f]{6})", term_rule).group(1)
    night = re.search(r"\.nightMode \.term, \.night_mode \.term \{ color: (#[0-9a-f]{6})",
                      css).group(1)
    assert _contrast(day, "#ffffff") >= 3 and _contrast(night, "#2c2c2c") >= 3
    assert css.count("hr#answer") == 1 and "border-top" in css  # one answer rule


def test_no_template_shows_the_style_field():
    assert not any("{{Style}}" in t["qfmt"] + t["afmt"] for t in anki_model.templates())
