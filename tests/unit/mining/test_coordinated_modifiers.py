"""Two adjectives that modify one noun belong to the description a technical term names,
whether a comma or `and`/`or` joins them (invented lines in the shape of consumer-health pages):
`rapid, involuntary eye movements (nystagmus)`, `heavy or prolonged menstrual bleeding
(menorrhagia)`, `a sudden and time-limited (acute) illness`."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, expected", [
    # a comma between two adjectives after a verb that also opens lists
    ("Signs include rapid, involuntary eye movements (nystagmus) and weakness.",
     [("rapid, involuntary eye movements", "nystagmus", "def")]),
    # at the start of a sentence
    ("Seizures occur in some children. Rapid, involuntary eye movements (nystagmus) are common.",
     [("Rapid, involuntary eye movements", "nystagmus", "def")]),
    ("The damage leads to chronic, irreversible scarring of the organ (fibrosis) in adults.",
     [("chronic, irreversible scarring of the organ", "fibrosis", "def")]),
    # a plural note: the comma ends no item of a list
    ("Other signs are hard to treat; brief, uncontrolled muscle jerks (myoclonic seizures) "
     "start later.",
     [("brief, uncontrolled muscle jerks", "myoclonic seizures", "def")]),
    # before a pair of nouns the note names as a set
    ("Affected people have long, slender fingers and toes (arachnodactyly) and tall stature.",
     [("long, slender fingers and toes", "arachnodactyly", "def")]),
    # an -ly adverb before a comma is no adjective
    ("Additionally, weak muscle tone (hypotonia) is common.",
     [("weak muscle tone", "hypotonia", "def")]),
    # guard (passes either way): a list of signs, a noun before the comma
    ("Symptoms include fever, swollen glands (lymphadenopathy) and a rash.",
     [("swollen glands", "lymphadenopathy", "def")]),
])
def test_two_adjectives_joined_by_a_comma_open_the_description(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Women with the disorder can have heavy or prolonged menstrual bleeding (menorrhagia).",
     [("heavy or prolonged menstrual bleeding", "menorrhagia", "def")]),
    # a plural note: `or` between two modifiers ends no phrase
    ("Many people feel sharp or painful sensations (dysesthesias) in the feet.",
     [("sharp or painful sensations", "dysesthesias", "def")]),
    # the bracket right after the second adjective
    ("The patches of skin are red and inflamed (erythroderma) at birth.",
     [("red and inflamed", "erythroderma", "def")]),
    # guards (pass either way): two nouns; a one-word note after `or` renames the alternative
    ("It weakens the muscles and bones (musculoskeletal system) over time.",
     [("muscles and bones", "musculoskeletal system", "def")]),
    ("The face shows a tilt or unevenness (asymmetry) at birth.",
     [("unevenness", "asymmetry", "def")]),
])
def test_two_adjectives_joined_by_and_or_open_the_description(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kawasaki disease is a sudden and time-limited (acute) illness of children.",
     [("sudden and time-limited", "acute", "def")]),
    ("Other problems include swollen and knotted (varicose) veins in the legs.",
     [("swollen and knotted", "varicose", "def")]),
    # after `or` the note renames the alternative, not the pair
    ("Surgeons replace damaged or artificial (man-made) joints.",
     [("artificial", "man-made", "def")]),
])
def test_a_word_glossed_inside_a_noun_phrase_takes_the_adjective_joined_by_and(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the note says the number by a part of its own (uni-, bi-): the number is named too
    ("The cancer may be in one eye (unilateral) or in both eyes (bilateral). It is rare.",
     [("one eye", "unilateral", "def"), ("both eyes", "bilateral", "def")]),
    # or by a word of its own (double, triple)
    ("Helicases unwind the two spiral strands (double helix) of DNA.",
     [("two spiral strands", "double helix", "def")]),
    # guard (passes either way): a note with no number in it leaves the number out
    ("The cancer may be in one eye (retina) at first.", [("eye", "retina", "def")]),
])
def test_a_number_the_note_says_belongs_to_the_description(text, expected):
    assert pairs(text) == expected
