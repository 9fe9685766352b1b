"""find_glosses on a procedure's or a process's name in brackets (procedure_names.py, round 14,
issue 9): it names an action, so a noun phrase before it that names none is not its term.
Sentences written for the tests; none is copied from a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, term, gloss", [
    ("The surgeon may suggest removal of the spleen (splenectomy) after the injury.",
     "removal of the spleen", "splenectomy"),
    ("Surgeons may advise reshaping of the nose (rhinoplasty) later.", "reshaping of the nose",
     "rhinoplasty"),
    ("Removal of a small piece of tissue (biopsy) confirms the diagnosis.",
     "Removal of a small piece of tissue", "biopsy"),
])
def test_an_action_before_a_procedure_name_is_its_term(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text, bad", [
    ("Doctors cut away the dead tissue that is causing signs of infection (surgical "
     "debridement).", "signs of infection"),
    ("New tissue slowly grows into the graft (a process called incorporation) over months.",
     "graft"),
    ("Bone is shaved until it stops rubbing the nerve roots (laminectomy).", "nerve roots"),
    ("A sample is taken from the swollen lymph node (biopsy) for the lab.", "swollen lymph node"),
    ("The doctor looks inside the colon with a camera (colonoscopy).", "camera"),
    ("The damaged part of the liver (resection) may be removed.", "damaged part of the liver"),
])
def test_a_procedure_name_after_a_phrase_naming_no_action_is_dropped(text, bad):
    assert all(t != bad for t, _, s in pairs(text) if s == "def")
