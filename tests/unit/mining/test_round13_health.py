"""find_glosses on consumer health pages, round 13 (issue 9): term boundaries of plain-English
def brackets. A noun modifier glossed by its relational adjective inside a noun phrase, a verb
after an adverb of frequency or an -ing verb before an adjective kept out of the term, and
`special` kept out like other words that only pick some. Sentences written for the tests; none
is copied from a corpus text."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


@pytest.mark.parametrize("text, term, gloss", [
    ("Diabetes can slowly harm the kidney (renal) filters over many years.",
     "kidney", "renal"),
    ("The clinic tests lung (pulmonary) function before surgery.", "lung", "pulmonary"),
    ("A blow to the head can blur your side (peripheral) sight for a day.",
     "side", "peripheral"),
    ("Some people report a loss of side (peripheral) sight after the injury.",
     "side", "peripheral"),
    # an -ac adjective is relational too, after a bare preposition
    ("The protein is found in heart (cardiac) muscle and in nerve cells.", "heart", "cardiac"),
])
def test_noun_modifier_glossed_by_its_adjective(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)
    assert all(t == term for t, _, s in pairs(text) if s == "def")


@pytest.mark.parametrize("text", [
    "The winner (original) design was printed.",  # a commoner qualifier: which design
])
def test_common_adjective_between_nouns_is_no_gloss(text):
    assert not [p for p in pairs(text) if p[2] == "def"]


@pytest.mark.parametrize("text, term, gloss", [
    # a verb after an adverb of frequency that follows its subject
    ("Children with the fever often develop rigors (shaking chills) at night.",
     "rigors", "shaking chills"),
    ("Children with croup often notice stridor (a harsh noise on breathing in) at night.",
     "stridor", "a harsh noise on breathing in"),
    ("Some adults with the illness often report dysphagia (trouble swallowing) after meals.",
     "dysphagia", "trouble swallowing"),
    # an -ing verb before an adjective and its noun
    ("The nurse may suggest placing small pads (called gauze pads) over the wound.",
     "small pads", "called gauze pads"),
    # `special` says no more than that the thing is picked
    ("The nurse may suggest placing special pads (called gauze pads) over the wound.",
     "pads", "called gauze pads"),
])
def test_verb_before_the_noun_phrase_stays_out(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)
    assert all(t == term for t, _, s in pairs(text) if s == "def")


@pytest.mark.parametrize("text, term", [
    # an adjective after an adverb of frequency is part of the phrase
    ("It is an often fatal infection (sepsis) in newborns.", "fatal infection"),
    ("Such lumps are usually benign growths (lipomas) under the skin.", "benign growths"),
])
def test_adjective_after_frequency_adverb_stays_in(text, term):
    assert (term, text[text.index("(") + 1:text.index(")")], "def") in pairs(text)


@pytest.mark.parametrize("text, term, gloss", [
    # the note names the word before the bracket as the whole: the term is the part
    ("Tiny stones may form in the pelvis of the kidney (the funnel-shaped part of the kidney "
     "where urine gathers).", "pelvis of the kidney",
     "the funnel-shaped part of the kidney where urine gathers"),
    ("Pain spreads along the lining of your gut (the thin inner layer of the gut) at first.",
     "lining of your gut", "the thin inner layer of the gut"),
])
def test_note_naming_the_whole_gives_the_part(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)
    assert all(t == term for t, _, s in pairs(text) if s == "def")


def test_note_naming_another_whole_keeps_the_word():
    text = "Light first passes the sclera (the tough white outer layer of the eye) in tests."
    assert ("sclera", "the tough white outer layer of the eye", "def") in pairs(text)


@pytest.mark.parametrize("text, term, gloss", [
    # a hedge before `used to`/`used for`: what the thing is for
    ("Patients may take statins (often used to lower cholesterol) for years.",
     "statins", "often used to lower cholesterol"),
    ("The nurse may give heparin (commonly used to prevent blood clots) after surgery.",
     "heparin", "commonly used to prevent blood clots"),
    # an activity said with two gerunds, its object after them
    ("The drug can cause delusions (believing or fearing things others do not believe or "
     "fear) in some users.", "delusions",
     "believing or fearing things others do not believe or fear"),
    # another name for a name the sentence introduces with `called`
    ("Older remedies are sometimes called loop agents (or diuretics) by nurses.",
     "loop agents", "or diuretics"),
])
def test_plain_notes_on_health_pages(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)
    assert all(t == term for t, _, s in pairs(text) if s == "def")


@pytest.mark.parametrize("text", [
    "The flu (usually caught from others) spreads fast.",  # a hedge alone makes no use note
    "Try an aerobic workout (running or swimming) each week.",  # bare gerunds: examples
    "Ask your doctor (or nurse) about the dose first.",  # no naming verb: an alternative
    "The next step is called the fast track (or both) in the reports.",
])
def test_notes_that_stay_noise(text):
    assert not [p for p in pairs(text) if p[2] == "def"]


@pytest.mark.parametrize("text, term, gloss", [
    ("Many patients notice tinnitus (a ringing in the ears) after loud music.",
     "tinnitus", "a ringing in the ears"),
    ("Some people report floaters (small specks that drift across vision) in bright light.",
     "floaters", "small specks that drift across vision"),
])
def test_verb_after_plural_people_noun_stays_out(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)
    assert all(t == term for t, _, s in pairs(text) if s == "def")


@pytest.mark.parametrize("text, term, gloss", [
    # a plain description opening its sentence, glossed by one technical word
    ("Low blood sugar (hypoglycemia) can make you shaky.", "Low blood sugar", "hypoglycemia"),
    ("Itchy skin (pruritus) often gets worse at night.", "Itchy skin", "pruritus"),
    ("Swelling of the legs (edema) may occur. Dry skin (xerosis) is common too.",
     "Dry skin", "xerosis"),
])
def test_sentence_opening_description(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text", [
    "Advil (ibuprofen) eases pain.",  # a name: one capitalised word
    "Plain notes (short remarks) follow here.",  # a heading-like note of plain words
    "Patients who took the smaller doses (capsules) did worse.",  # a clause, not a phrase
])
def test_sentence_opening_name_or_plain_note_is_no_description(text):
    assert not [p for p in pairs(text) if p[2] == "def"]


@pytest.mark.parametrize("text, long_form, short", [
    # one long Greek or Latin compound and its capitals, either order
    ("The clinic may record an electromyogram (EMG) of the arm.", "electromyogram", "EMG"),
    ("An EEG (electroencephalogram) records the brain's signals.", "electroencephalogram",
     "EEG"),
    ("Your doctor may order a polysomnogram (PSG) overnight.", "polysomnogram", "PSG"),
    # a German k for the hard c of the compound
    ("Nurses often order an EKG (electrocardiogram) in the clinic.", "electrocardiogram",
     "EKG"),
    ("Nurses often order an electrocardiogram (EKG) in the clinic.", "electrocardiogram",
     "EKG"),
])
def test_one_word_compound_and_its_capitals(text, long_form, short):
    assert (long_form, short, "abbr") in pairs(text)


@pytest.mark.parametrize("text", [
    "Take the medication (MDN) daily.",  # an everyday word, not a long compound
    "The dose of acetaminophen (ACT) is low.",  # letters crowded into the word's start
])
def test_short_word_or_crowded_letters_are_no_compound_form(text):
    assert not [p for p in pairs(text) if p[2] == "abbr"]


@pytest.mark.parametrize("text, term, gloss", [
    # a long plain note built of two everyday words, after a technical word
    ("Children with hyperopia (farsightedness) may squint at books.",
     "hyperopia", "farsightedness"),
    # a note opening with a compound whose modifier the sentence used in another compound
    ("A blood test may find a clot in an artery (a blood vessel that carries blood to the "
     "legs).", "artery", "a blood vessel that carries blood to the legs"),
    # a Latinate noun of a process glossed by the everyday gerund
    ("Cold packs can reduce inflammation (swelling) after a sprain.",
     "inflammation", "swelling"),
    ("Heavy perspiration (sweating) is common with a fever.", "perspiration", "sweating"),
])
def test_more_plain_notes(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)
    assert all(t == term for t, _, s in pairs(text) if s == "def")


def test_gerund_after_a_noun_is_left_to_the_compound_rules():
    assert ("inflammation", "swelling", "def") not in pairs(
        "The knee inflammation (swelling) got worse overnight.")


def test_two_short_forms_in_one_bracket_give_two_pairs():
    text = "A nurse may record an electromyogram (EMG or EMGs) of the leg."
    assert ("electromyogram", "EMG", "abbr") in pairs(text)
    text = "Magnetic resonance imaging (MRI or MR) scans use magnets."
    assert pairs(text) == [("Magnetic resonance imaging", "MRI", "abbr"),
                           ("Magnetic resonance imaging", "MR", "abbr")]


def test_a_doctor_who_defines_a_role_the_sentence_names_with_another_doctor():
    text = "Your family doctor may send you to a foot specialist (a doctor who treats foot pain)."
    assert ("foot specialist", "a doctor who treats foot pain", "def") in pairs(text)


def test_class_note_defines_the_word_before_not_a_description_before_it():
    text = "Messages travel to the spine through the sciatic nerve (a bundle of nerve fibers)."
    assert pairs(text) == [("sciatic nerve", "a bundle of nerve fibers", "def")]


@pytest.mark.parametrize("text, term, gloss", [
    # a predicate adjective glossed by a plain phrase
    ("Some kinds of deafness are hereditary (passed down in families).",
     "hereditary", "passed down in families"),
    ("The gums may become inflamed (puffy and red) after brushing.",
     "inflamed", "puffy and red"),
    ("Many people with the virus are asymptomatic (have no signs of illness).",
     "asymptomatic", "have no signs of illness"),
    ("The muscle weakness is progressive (gets worse over the years).",
     "progressive", "gets worse over the years"),
    # a compound -ing adjective is another adjective, not a noun for the state
    ("The cough may be persistent (long-lasting) in smokers.", "persistent", "long-lasting"),
])
def test_predicate_adjective_and_plain_phrase(text, term, gloss):
    assert (term, gloss, "def") in pairs(text)


@pytest.mark.parametrize("text", [
    "The next step is optional (but recommended) for most users.",
    "The readings were positive (in most cases) last spring.",
    "The shop is profitable (made money last year) again.",
])
def test_predicate_asides_stay_noise(text):
    assert not [p for p in pairs(text) if p[2] == "def"]


def test_colour_after_a_linking_verb_is_no_term_for_a_condition():
    # the condition names the clause (the nails turning blue), not the colour word
    assert not [p for p in pairs("Call a nurse if the nails turn blue (cyanosis) at rest.")
                if p[2] == "def"]
