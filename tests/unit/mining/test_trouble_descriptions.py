"""find_glosses: a condition's name names the trouble, not the part the trouble is in. When a
noun of trouble runs through a link (and maybe a relative clause) into the part, the term is
the trouble with all that follows it; not when the trouble is the subject of a verb of the
sentence. Sentences written for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


def _defs(text: str) -> list[tuple[str, str, str]]:
    return [p for p in pairs(text) if p[2] == "def"]


@pytest.mark.parametrize(("text", "term", "note"), [
    ("Some infants have a greyish appearance of the fingers or toes (acrocyanosis) at birth.",
     "greyish appearance of the fingers or toes", "acrocyanosis"),
    ("Adults may notice patches of skin where sweat is not produced (anhidrosis).",
     "patches of skin where sweat is not produced", "anhidrosis"),
    ("Many have hearing loss that is caused by damage to the auditory nerve (neural deafness).",
     "hearing loss that is caused by damage to the auditory nerve", "neural deafness"),
    ("Some children have a narrowing of the artery that leaves the heart (aortic stenosis).",
     "narrowing of the artery that leaves the heart", "aortic stenosis"),
    ("Others develop a shortage of pancreatic enzymes (pancreatic insufficiency).",
     "shortage of pancreatic enzymes", "pancreatic insufficiency"),
    ("It starts with impairment of color vision (color blindness) in youth.",
     "impairment of color vision", "color blindness"),
])
def test_the_term_is_the_trouble_a_condition_names(text, term, note):
    assert _defs(text) == [(term, note, "def")]


@pytest.mark.parametrize(("text", "term", "note"), [
    # the trouble is the subject of the sentence's verb: what it leads to is the description
    ("Buildup of these cells can lead to an enlarged spleen (splenomegaly).",
     "enlarged spleen", "splenomegaly"),
    ("Loss of these neurons leads to stiff muscles (spasticity).",
     "stiff muscles", "spasticity"),
])
def test_a_trouble_that_is_the_subject_stays_out(text, term, note):
    # (guards: found the same without the trouble rule)
    assert _defs(text) == [(term, note, "def")]


@pytest.mark.parametrize("text", [
    "Uric acid builds up in the blood (a condition called hyperuricemia) over time.",
    "Weakness of other muscles, such as the heart (a condition known as cardiomyopathy), "
    "may follow.",
])
def test_a_condition_of_the_whole_clause_is_no_definition_of_the_word_before(text):
    assert _defs(text) == []


@pytest.mark.parametrize(("text", "term", "note"), [
    # (guard: passes either way) a state before the note is its description
    ("The thyroid may be enlarged (a condition called a goiter).",
     "enlarged", "a condition called a goiter"),
])
def test_a_trouble_before_a_named_condition_stays(text, term, note):
    assert _defs(text) == [(term, note, "def")]
