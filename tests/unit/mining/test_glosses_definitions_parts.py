"""find_glosses: a bracket listing the parts a whole is made of, or saying where a place is,
defines it (`central nervous system (brain and spinal cord)`, `groin (where the thigh meets the
abdomen)`, RULES.md DEF); a list after other heads names examples or members, and a remark on a
particular place says which one: both stay noise. Sentences written for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, term, gloss", [
    ("The virus reaches the central nervous system (brain and spinal cord) within days.",
     "central nervous system", "brain and spinal cord"),
    ("It first affects the upper airway (nose, mouth and throat) of young children.",
     "upper airway", "nose, mouth and throat"),
    ("An infection of the urinary tract (kidneys, ureters, bladder and urethra) is common.",
     "urinary tract", "kidneys, ureters, bladder and urethra"),
    ("Nerves leave the peripheral nervous system (nerves and ganglia) through the skull.",
     "peripheral nervous system", "nerves and ganglia"),
])
def test_the_parts_of_a_whole_define_it(text: str, term: str, gloss: str) -> None:
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    "Common risk factors (smoking and obesity) raise the chance of a stroke.",
    "The research team (students and faculty) met on Monday.",
    "The treatment plan (surgery and chemotherapy) starts in May.",
    "We met the whole team (Alice and Bob) at noon.",
    "Our support system (friends and family) helped a lot.",
    "The kids played board games (chess and checkers) all day.",
    "The immune system (white or red cells) was tested.",
])
def test_examples_members_and_names_are_no_parts(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize("text, term, gloss", [
    ("The groin (where the thigh meets the abdomen) was swollen.",
     "groin", "where the thigh meets the abdomen"),
    ("A joint (where two bones meet) can swell.", "joint", "where two bones meet"),
    ("Fluid collects in the pleural space (between the lungs and the chest wall).",
     "pleural space", "between the lungs and the chest wall"),
])
def test_a_place_said_by_where_it_is_defines_it(text: str, term: str, gloss: str) -> None:
    assert pairs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    "We visited the hospital (where I was born) last year.",
    "Our office (where the team meets on Fridays) is closed.",
    "The price gap (between 2019 and 2021) was large.",
    "The difference (between cats and dogs) is obvious.",
    "Prices in the region (between Paris and Lyon) rose.",
    "The cat hid in the garage (behind the boxes).",
])
def test_particular_places_spans_and_remarks_stay_noise(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize("text, term", [
    ("He was treated for sepsis (the body's extreme response to an infection, which can "
     "quickly lead to tissue damage, organ failure and death).", "sepsis"),
    ("She has lupus (a disease of the immune system, which attacks healthy tissue, joints and "
     "organs).", "lupus"),
])
def test_a_clause_after_a_description_leaves_it_a_definition(text: str, term: str) -> None:
    assert [(t, s) for t, _, s in pairs(text)] == [(term, "def")]


@pytest.mark.parametrize("text", [
    "We hired Anna (a nurse from Lyon, who speaks French, German and Spanish) last week.",
    "The results (mostly positive, which pleased the board, the staff and the donors) came in.",
    "The valve (the one on the left, which leaks, squeaks and rattles) was replaced.",
])
def test_a_clause_after_a_remark_leaves_it_a_remark(text: str) -> None:
    assert pairs(text) == []
