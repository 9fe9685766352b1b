"""Round 14, English textbooks (invented sentences): a word explained by the word it comes from
(`from the Latin word …`, `Latin for …`, `… in Greek`), and `aka` as a lead-in of another
name."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.etymology_notes import is_source_word_note


@pytest.mark.parametrize("text, expected", [
    ("The cap of the mushroom is the pileus (from the Latin word cap) on its stalk.",
     [("pileus", "from the Latin word cap", "def")]),
    ("Sound reaches the stapes (Latin for stirrup) last.",
     [("stapes", "Latin for stirrup", "def")]),
    ("The hippocampus (from the Greek for seahorse) curls inward.",
     [("hippocampus", "from the Greek for seahorse", "def")]),
    ("The tibia (“shin” in Latin) is the larger bone.",
     [("tibia", "“shin” in Latin", "def")]),
    ("Its rim is the limbus (meaning edge in Latin) of the cornea.",
     [("limbus", "meaning edge in Latin", "def")]),
])
def test_a_word_explained_by_its_source_word_is_def(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Many crops (from Latin America) are sold here.",
    "The cells (Latin names are used here) divide.",
    "The plants were named in the (Latin for field) style.",
])
def test_a_note_that_only_mentions_a_language_is_no_gloss(text):
    assert pairs(text) == []


def test_source_word_note_needs_a_language_and_a_meaning():
    assert is_source_word_note("from the Latin word roof")
    assert is_source_word_note("Greek for water")
    assert not is_source_word_note("Latin")
    assert not is_source_word_note("see the Latin names below")
    assert not is_source_word_note("from Latin America")


@pytest.mark.parametrize("text, expected", [
    ("The cerebellum (aka little brain) sits at the back.",
     [("cerebellum", "aka little brain", "def")]),
    ("Anhedonia (a.k.a. loss of pleasure) is common in depression.",
     [("Anhedonia", "a.k.a. loss of pleasure", "def")]),
])
def test_aka_leads_in_another_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # a description of what the short form is made of: P N S out of order among p m s n
    "Each worm has a PNS (peripheral motor and sensory nerves) of its own.",
    "The lab ran a CBC (complete set of blood tests) first.",
])
def test_a_description_after_a_short_form_is_no_expansion(text):
    assert all(style != "abbr" for _, _, style in pairs(text))


@pytest.mark.parametrize("text, expected", [
    ("Her WBC (white blood cell count) was high.",
     [("white blood cell count", "WBC", "abbr")]),
    ("They export to ONNX (Open Neural Network Exchange) files.",
     [("Open Neural Network Exchange", "ONNX", "abbr")]),
    ("The EKG (electrocardiogram) was normal.", [("electrocardiogram", "EKG", "abbr")]),
    ("Doctors prescribe SSRIs (selective serotonin reuptake inhibitors) often.",
     [("selective serotonin reuptake inhibitors", "SSRIs", "abbr")]),
])
def test_an_expansion_after_a_short_form_still_pairs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # a demonstrative points back into the text: what happens there, not what the word means
    "Injury to the putamen (loss of cells in this area) slows movement.",
    "It lowers blood glucose (sugar in these cases) fast.",
    # two things set against each other
    "Animals with or without a spine (mammals vs. insects) differ.",
    "Plants with or without seeds (conifers versus ferns) spread.",
])
def test_a_note_pointing_back_or_contrasting_is_no_definition(text):
    assert all(style != "def" for _, _, style in pairs(text))


def test_a_plain_description_still_defines():
    assert pairs("The putamen (a round structure under the cortex) helps movement.") == [
        ("putamen", "a round structure under the cortex", "def")]


@pytest.mark.parametrize("text", [
    # two coordinated sibling terms with a shared ending: the note names what both make up
    "Doctors treat hypothyroidism and hyperthyroidism (thyroid disorders) with drugs.",
    "The mesoderm and endoderm (inner layers) fold later.",
])
def test_a_note_after_coordinated_siblings_names_the_pair(text):
    assert all(style != "def" for _, _, style in pairs(text))


def test_a_plain_word_for_the_second_of_unlike_words_stays():
    assert pairs("Nausea and emesis (vomiting) are common after surgery.") == [
        ("emesis", "vomiting", "def")]
    # a shorter shared ending (`-tics`) is no sign of siblings
    assert pairs("The course covers optics and acoustics (sound waves) in depth.") == [
        ("acoustics", "sound waves", "def")]
