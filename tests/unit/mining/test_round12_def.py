"""Round 12 of the def rules (invented sentences): a capitalised relational adjective opening
a line, a part named by its whole in the possessive, one common word for a rarer one, and the
boundaries of what a bracket explains."""

from __future__ import annotations

import pytest

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text


def _pairs(text: str, path: str = "notes.txt") -> list[tuple[str, str]]:
    return [(o.term, o.gloss) for o in mine_document(parse_text(text, path=path))]


@pytest.mark.parametrize("text, expected", [
    ("Renal colic (a sharp pain in the side) comes in waves.",
     [("Renal colic", "a sharp pain in the side")]),
    ("Some signs matter.\nGastric reflux (a burning feeling in the chest) is one.",
     [("Gastric reflux", "a burning feeling in the chest")]),
])
def test_a_capitalised_relational_adjective_opening_a_line_opens_the_term(text, expected):
    assert _pairs(text) == expected


def test_a_plain_adjective_opening_a_line_stays_outside():
    assert _pairs("Normal saliva (a clear fluid) helps.") == [("saliva", "a clear fluid")]


@pytest.mark.parametrize("text, expected", [
    ("The infection damages the cornea (the eye's clear front layer).",
     [("cornea", "the eye's clear front layer")]),
    ("Air reaches the alveoli (the lung's tiny air sacs) last.",
     [("alveoli", "the lung's tiny air sacs")]),
])
def test_a_part_named_by_its_whole_in_the_possessive_explains_the_word(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", [
    "We shipped the update (the company's third this year).",
    "Then check the output (the model's answer).",
])
def test_a_possessive_remark_or_a_common_word_is_not_a_definition(text):
    assert _pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Patients report unusual fatigue (tiredness) after the dose.", [("fatigue", "tiredness")]),
    ("Signs to watch\n- Sudden nausea (sickness)\n", [("nausea", "sickness")]),
])
def test_a_ness_word_of_an_everyday_adjective_renders_the_noun_alone(text, expected):
    assert _pairs(text) == expected


def test_a_ness_word_after_a_capitalised_name_inside_a_sentence_is_not_a_rename():
    assert _pairs("Fill in the Fatigue (tiredness) score.") == []


def test_an_everyday_compound_modifier_the_note_does_not_render_stays_outside():
    assert _pairs("Soil holds many free-living nematodes (tiny round worms).") == [
        ("nematodes", "tiny round worms")]


def test_a_compound_modifier_the_note_renders_stays_in_the_term():
    assert _pairs("Soil holds many free-living nematodes (round worms living free).") == [
        ("free-living nematodes", "round worms living free")]


@pytest.mark.parametrize("text", [
    "Lesions that can appear across the entire scalp (diffuse lesion).",
    "A lesion that can appear across the entire scalp (diffuse lesion).",
])
def test_a_place_glossed_by_the_kind_of_a_sentence_noun_in_either_number_is_no_pair(text):
    assert _pairs(text) == []


def test_x_and_other_ys_is_one_class_not_a_list_of_members():
    text = "Signs to watch\nA swollen gland (excess fluid and other matter in the gland)\n"
    assert _pairs(text) == [("swollen gland", "excess fluid and other matter in the gland")]


def test_members_joined_by_and_are_still_no_description():
    assert _pairs("We tested the server (clients and other machines).") == []
    assert _pairs("We tested the server (clients and old machines).") == []
