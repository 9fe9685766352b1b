"""find_glosses: plain-English definitions that the rules must find however the sentence
around them runs (RULES.md DEF). Sentences written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, term, abbr, other", [
    ("Chronic myeloid leukemia (CML; also called chronic granulocytic leukemia) grows slowly.",
     "Chronic myeloid leukemia", "CML", "also called chronic granulocytic leukemia"),
    ("Hodgkin lymphoma (HL; also known as Hodgkin disease) is treatable.",
     "Hodgkin lymphoma", "HL", "also known as Hodgkin disease"),
    ("Many adults have type 2 diabetes mellitus (T2DM, sometimes called adult-onset diabetes).",
     "type 2 diabetes mellitus", "T2DM", "sometimes called adult-onset diabetes"),
])
def test_another_name_after_an_abbreviation_is_a_def_pair_too(text, term, abbr, other):
    found = pairs(text)
    assert (term, abbr, "abbr") in found
    assert (term, other, "def") in found


@pytest.mark.parametrize("text", [
    "Chronic myeloid leukemia (CML; see the section on treatment) grows slowly.",
    "Hodgkin lymphoma (HL, 2019 data) is treatable.",
])
def test_a_note_after_an_abbreviation_that_names_nothing_is_no_def(text):
    assert [style for _, _, style in pairs(text)] == ["abbr"]


@pytest.mark.parametrize("text, term, gloss", [
    ("The nurse found platelets (small cells that help blood clot) in the sample.",
     "platelets", "small cells that help blood clot"),
    ("The surgeon removed nodules (small lumps of tissue) from the lung.",
     "nodules", "small lumps of tissue"),
    ("A patient developed rhinitis (swelling of the lining of the nose) after the dose.",
     "rhinitis", "swelling of the lining of the nose"),
    ("The doctor saw polyps (small growths on the lining of the colon) during the exam.",
     "polyps", "small growths on the lining of the colon"),
])
def test_the_subject_and_past_verb_before_the_term_are_no_part_of_it(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text, term, gloss", [
    ("Doctors look for the infected cells (cells that carry the virus) first.",
     "infected cells", "cells that carry the virus"),
    ("Always check the fine-tuned model (a model trained again on new data) first.",
     "fine-tuned model", "a model trained again on new data"),
])
def test_an_ed_adjective_after_a_determiner_stays_in_the_term(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text, term, gloss", [
    ("Blasts (leukemia cells) were found in the blood.", "Blasts", "leukemia cells"),
    ("Monocytes (immature cells) grow in the marrow.", "Monocytes", "immature cells"),
    ("The donor gives blood stem cells (immature cells) in a clinic.",
     "blood stem cells", "immature cells"),
    ("The lab counts erythrocytes (oxygen carriers) every morning.",
     "erythrocytes", "oxygen carriers"),
    ("Tests check the number of granulocytes (white blood cells), platelets and red cells.",
     "granulocytes", "white blood cells"),
])
def test_a_short_plural_description_of_a_plural_head_is_def(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text", [
    "Save the files (build outputs) before you leave.",
    "The results (two weeks) were slow to arrive.",
    "Most trials (young adults) ended early.",
    "Doctors prescribe the drugs (brand names) often.",
    "We archived logs (older logs) yesterday.",
    "Our servers (both regions) restarted.",
])
def test_a_two_word_scope_count_or_pointer_after_a_plural_is_no_def(text):
    assert [p for p in pairs(text) if p[2] == "def"] == []


@pytest.mark.parametrize("text, term, gloss", [
    ("The doctor may order a CT scan (CAT scan) of the chest.", "CT scan", "CAT scan"),
    ("An EKG test (ECG test) records the heart's rhythm.", "EKG test", "ECG test"),
    ("Ask about an MR scan (MRI scan) of the knee.", "MR scan", "MRI scan"),
])
def test_another_short_form_of_the_same_noun_is_def(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text", [
    "A blood test (urine test) may follow.",
    "The CT scan (scan two) was clear.",
])
def test_a_same_noun_note_without_two_short_forms_is_no_synonym(text):
    assert [p for p in pairs(text) if p[2] == "def"] == []


@pytest.mark.parametrize("text, term, gloss", [
    ("Leukemia is a kind of cancer in which the marrow makes far too many monocytes "
     "(a type of white blood cell) that crowd out healthy cells.",
     "monocytes", "a type of white blood cell"),
    ("This form of arthritis damages the synovium (a kind of thin tissue that lines joints).",
     "synovium", "a kind of thin tissue that lines joints"),
    ("A type of anemia happens when the body lacks ferritin (a type of protein that stores "
     "iron).", "ferritin", "a type of protein that stores iron"),
])
def test_a_class_noun_before_in_the_sentence_does_not_veto_the_definition(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


def _defs(text: str) -> list[tuple[str, str, str]]:
    return [p for p in pairs(text) if p[2] == "def"]


@pytest.mark.parametrize("text", [
    "The window is resized (resized windows keep their ratio) by default.",
    "The page is cached (cached pages expire after a day) on the server.",
    "Set the layout to rotated (rotated follows the camera) for photos.",
    "Use the smaller value (i.e. the one on the left) when in doubt.",
    "Pick the second row (i.e. this one) to start.",
    "We collect the stats in a buffer (bufer) first.",
    "Apply the normalization (omalizaton) before training.",
    "The signal is changing too fast (high frequency) for the sensor.",
    "The queue grows very large (memory pressure) at peak times.",
])
def test_asides_repeating_pointing_misspelling_or_stating_are_no_def(text):
    assert _defs(text) == []


@pytest.mark.parametrize("text, term, gloss", [
    ("The image is flipped (flipped means mirrored along the vertical axis) on export.",
     "flipped", "flipped means mirrored along the vertical axis"),
    ("Rules are normative (i.e., binding on every member) in this code.",
     "normative", "i.e., binding on every member"),
    ("Poor diet leads to reduced absorption (malabsorption) of iron.",
     "reduced absorption", "malabsorption"),
    ("The heart is beating too fast (tachycardia) after the run.",
     "beating too fast", "tachycardia"),
    ("Long pauses in breathing (apnea) disturb sleep.", "Long pauses in breathing", "apnea"),
])
def test_definitions_near_those_asides_are_still_found(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text, term, gloss", [
    ("Petechiae (flat, pinpoint spots under the skin, caused by bleeding) may appear.",
     "Petechiae", "flat, pinpoint spots under the skin, caused by bleeding"),
    ("Hives (raised, itchy bumps on the skin) can appear quickly.",
     "Hives", "raised, itchy bumps on the skin"),
    ("Cysts (small, round sacs of fluid, often found in the ovaries) are common.",
     "Cysts", "small, round sacs of fluid, often found in the ovaries"),
])
def test_commas_inside_one_description_do_not_make_it_a_list(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text", [
    "Common symptoms (fever, cough, tiredness) last a week.",
    "Fruit (apples, pears and plums) is good for you.",
    "Berries (red, blue or black) grow here.",
    "The rash (itchy, red, painful) spreads fast.",
])
def test_lists_of_examples_or_adjectives_stay_noise(text):
    assert _defs(text) == []


@pytest.mark.parametrize("text, term, gloss", [
    ("Some tests detect (find) cancer cells early.", "detect", "find"),
    ("Many drugs suppress (lower) the immune response.", "suppress", "lower"),
    ("Doctors inject contrast agents (dyes) into a vein.", "contrast agents", "dyes"),
    ("Some results are unusual (higher or lower than normal) and need a second test.",
     "unusual", "higher or lower than normal"),
    ("Your pulse is rapid (faster than normal) after exercise.", "rapid", "faster than normal"),
    ("Blood levels that are elevated (higher than expected) are flagged.",
     "elevated", "higher than expected"),
    # after an article too: the adjective before its noun (NCI's `An unusual (…) amount`)
    ("An unusual (higher or lower than normal) amount of a substance can be a sign of disease.",
     "unusual", "higher or lower than normal"),
])
def test_short_plain_words_for_verbs_adjectives_and_compounds_are_def(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text", [
    "Most users prefer (tabs) for indentation.",
    "Our servers restart (often) at night.",
    "The app is faster (faster than before) now.",
    "Prices are high (than last year) here.",
    "The test is negative (more details below) today.",
])
def test_remarks_after_verbs_and_adjectives_stay_noise(text):
    assert _defs(text) == []
