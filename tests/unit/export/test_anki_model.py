"""The note type's card rule is Anki's: a card exists when its front shows a non-empty field."""

from __future__ import annotations

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
