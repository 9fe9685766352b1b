"""find_glosses: plain-English notes that the noun-phrase rules leave out (RULES.md DEF;
clause_notes.py): a relative clause saying what the thing does, a space said by where it lies,
another name after `or`, a compound renamed with a plainer modifier, and `(not X)`. Each rule
fires only after a word a reader may need explained; the same shapes after everyday words,
particular things or people stay noise. Sentences written for the tests."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs


def defs(text: str) -> list[tuple[str, str, str]]:
    return [p for p in pairs(text) if p[2] == "def"]


@pytest.mark.parametrize("text, term, gloss", [
    ("Tumors of the pineal gland (which makes melatonin) are rare.",
     "pineal gland", "which makes melatonin"),
    ("Your body makes bile (which helps digest fat) in the liver.",
     "bile", "which helps digest fat"),
    ("Leaves have stomata (through which water vapor escapes) on their lower side.",
     "stomata", "through which water vapor escapes"),
    ("The skin holds eccrine glands (which are found all over the body) and more.",
     None, None),
    ("Blood passes through the glomeruli (which are surrounded by a capsule) first.",
     "glomeruli", "which are surrounded by a capsule"),
])
def test_a_relative_clause_on_a_rare_word_is_a_definition(text, term, gloss):
    expected = [] if term is None else [(term, gloss, "def")]
    assert defs(text) == expected


@pytest.mark.parametrize("text", [
    "She felt a lump (which may feel soft and warm) under the arm.",
    "The tumor (which was removed last year) has not come back.",
    "Our server (which runs the website) restarts every night.",
    "In males (who have only one X chromosome) one copy is enough.",
    "The dose is doubled (which means more side effects) after a week.",
    "The fistula (in which case surgery is needed) may reopen.",
    "The cyst (which is located near the kidney) was drained.",
])
def test_a_relative_clause_as_a_remark_stays_noise(text):
    assert defs(text) == []


@pytest.mark.parametrize("text, term, gloss", [
    ("Air enters through the nasal vestibule (the space just inside the nostrils) first.",
     "nasal vestibule", "the space just inside the nostrils"),
    ("Fluid may collect in the pericardial cavity (a thin gap between the heart and its sac).",
     "pericardial cavity", "a thin gap between the heart and its sac"),
])
def test_a_space_said_by_where_it_lies_is_a_definition(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    "We met in the kitchen (the room behind the shop) after work.",
    "Park in our garage (the space behind the house) tonight.",
])
def test_a_particular_or_everyday_place_stays_noise(text):
    assert defs(text) == []


@pytest.mark.parametrize("text, term, gloss", [
    ("Some patients have emesis (or vomiting) after the infusion.",
     "emesis", "or vomiting"),
    ("The rash may become pruritic (or itchy) at night.", "pruritic", "or itchy"),
])
def test_or_another_name_after_a_rare_word_is_a_definition(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text, term, gloss", [
    # after an everyday noun, a much rarer noun is its technical name, even after `this`
    ("A thin wire is pushed through the vessel. This wire (or stent) is left in place.",
     "wire", "or stent"),
    ("The surgeon places a tube (or catheter) in the vein.", "tube", "or catheter"),
    # the sentence introduces the name with `called the`
    ("The gland hangs from a stalk called the pituitary stalk (or infundibulum) below it.",
     "pituitary stalk", "or infundibulum"),
])
def test_or_a_technical_name_of_an_everyday_word_is_a_definition(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    "Ask your doctor (or nurse) about the dose.",
    "The kidney (or liver) may be damaged.",
    "Take one tablet (or both) with food.",
    "Call the pharmacist (or later) if it fails.",
    "The term is the noun (or verb) phrase before the bracket.",
    # a possessive still says which one; a plain alternative is no technical name
    "Their tube (or stent) was changed last week.",
    "This tube (or pipe) carries the water away.",
])
def test_or_an_alternative_stays_noise(text):
    assert defs(text) == []


@pytest.mark.parametrize("text, term, gloss", [
    ("Tears drain through the lacrimal glands (tear glands) into the nose.",
     "lacrimal glands", "tear glands"),
    ("Sound moves the tympanic membrane (ear membrane) inward.",
     "tympanic membrane", "ear membrane"),
])
def test_a_compound_renamed_with_a_plainer_modifier_is_a_definition(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    "They removed the left kidney (right kidney) by mistake.",
    "The blood test (urine test) came back clear.",
])
def test_a_contrast_of_everyday_kinds_stays_noise(text):
    assert defs(text) == []


@pytest.mark.parametrize("text, term, gloss", [
    ("Most of these growths are benign (not cancer) and slow.", "benign", "not cancer"),
    ("The child was afebrile (not feverish) on the second day.", "afebrile", "not feverish"),
])
def test_not_and_a_plain_word_after_a_rare_word_is_a_definition(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    "The results (not shown) were similar.",
    "This step is optional (not required) for most users.",
    "The reaction was exothermic (not shown) in every run.",
])
def test_not_as_a_remark_stays_noise(text):
    assert defs(text) == []


@pytest.mark.parametrize("text, term, gloss", [
    ("Some patients report loss of the ability to name objects (loss of naming) early.",
     "loss of the ability to name objects", "loss of naming"),
    ("Children may have failure to gain height at the usual pace (failure to grow) early.",
     "failure to gain height at the usual pace", "failure to grow"),
])
def test_a_description_opening_with_the_names_frame_is_a_definition(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    "The loss of the ability to see (loss of) was sudden.",
    "Failure to act now (failure to act) costs lives.",
    "Failure to feed, poor sleep and weight loss (failure to thrive) worry parents.",
])
def test_a_frame_the_note_only_repeats_or_a_list_stays_noise(text):
    assert [p for p in defs(text) if p[0].lower().startswith(("failure", "loss"))] == []


@pytest.mark.parametrize("text, term, gloss", [
    ("The gene is tied to Fanconi syndrome (hereditary kidney tubule failure) in children.",
     "Fanconi syndrome", "hereditary kidney tubule failure"),
    ("He was treated for Bell's palsy (sudden weakness of the face muscles) last year.",
     "Bell's palsy", "sudden weakness of the face muscles"),
])
def test_an_eponym_takes_its_descriptive_name_as_a_definition(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text, term, gloss", [
    ("The last option is a liver transplant (replacement with a healthy donated liver).",
     "liver transplant", "replacement with a healthy donated liver"),
    ("Blood is filtered by the glomeruli (very small clusters of vessels) first.",
     "glomeruli", "very small clusters of vessels"),
    ("Food is broken down by mechanical digestion (by grinding in the mouth) first.",
     "mechanical digestion", "by grinding in the mouth"),
    ("Starch is split by enzymatic hydrolysis (by enzymes in the gut) later.",
     "enzymatic hydrolysis", "by enzymes in the gut"),
])
def test_a_noun_of_action_a_degree_word_or_a_means_still_defines(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    "The final translation (by the author) is on page two.",
    "The monthly payment (by card) is due now.",
    "The second revision (by Smith) fixed it.",
    "The fix (replacement with a new part) took an hour.",
])
def test_an_agent_a_means_remark_or_an_everyday_fix_stays_noise(text):
    assert defs(text) == []


@pytest.mark.parametrize("text, term, gloss", [
    # a word outside everyday use, explained by a word only two or three times commoner
    ("Wax builds up as cerumen (earwax) in the ear canal.", "cerumen", "earwax"),
    ("The clinic swabs the nares (nostrils) first.", "nares", "nostrils"),
])
def test_an_obscure_word_is_explained_by_a_merely_commoner_one(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]



@pytest.mark.parametrize("text, term, gloss", [
    ("Food moves on to the large intestine (colon) after a few hours.",
     "large intestine", "colon"),
    ("The state may set a lower (more stringent) limit for lead.",
     "lower", "more stringent"),
    ("Argasid (soft) ticks feed at night.", "Argasid", "soft"),
])
def test_a_part_a_comparative_or_an_id_adjective_is_a_definition(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]


@pytest.mark.parametrize("text", [
    "The price was higher (more on this later) than planned.",
    "The state may set a lower (more lower) limit for lead.",
    "We want a faster (more often) build.",
])
def test_a_comparative_remark_stays_noise(text):
    assert defs(text) == []


@pytest.mark.parametrize("text, term, gloss", [
    # (descriptions with `or` inside, which the noun-phrase reading leaves whole or not at all)
    ("Some children have motor problems, such as weakness that affects the arm or one side of "
     "the body (hemiparesis).", "weakness that affects the arm or one side of the body",
     "hemiparesis"),
    ("The gene is active in the hair, and glands in the skin that make oil or wax (sebaceous "
     "glands).", "glands in the skin that make oil or wax", "sebaceous glands"),
    ("Some adults get kidney disease, which often causes swelling of the face and hands "
     "(edema).", "swelling of the face and hands", "edema"),
])
def test_a_description_with_a_relative_clause_is_a_definition(text, term, gloss):
    assert (term, gloss, "def") in defs(text)


@pytest.mark.parametrize("text, opening", [
    ("Doctors see many patients, such as people who smoke or chew tobacco (smokers).",
     "people"),
    ("They ran a few tests, and scans that were done in May or June (radiographs).", "scans"),
    ("The team met in March, which was when the trial or study began (phase one).", "when"),
    ("Most infants recover, which the doctors or nurses expected (prognosis).", "the"),
    ("Most infants recover, which causes them joy or relief (happiness).", "them"),
])
def test_a_clause_that_is_no_description_stays_noise(text, opening):
    assert not any(p[0].startswith(opening) for p in defs(text))


def test_a_peoples_adjective_keeps_a_plain_name_plain():
    text = "Some adults never had rubella (German measles) as children."
    assert defs(text) == [("rubella", "German measles", "def")]


def test_a_capitalised_name_in_the_note_stays_noise():
    assert defs("She met the director (Duncan wood) at noon.") == []


@pytest.mark.parametrize("text, expected", [
    # a thing brought in with `a`, named as its kind: the noun alone is the term
    ("The worm forms a cyst (hydatid cyst) in the liver.", [("cyst", "hydatid cyst", "def")]),
    ("The cancer spreads and forms a tumor (metastatic tumor) in the bone.",
     [("tumor", "metastatic tumor", "def")]),
    # a part the text points at keeps the description before it
    ("Some babies are born with an opening in the lip (cleft lip) that is repaired early.",
     [("opening in the lip", "cleft lip", "def")]),
    ("The tumor (metastatic tumor) was removed.", []),
])
def test_a_thing_named_as_its_kind(text, expected):
    assert defs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rare word of four letters names a technical term as a longer one does
    ("The channel lets charged atoms (ions) move across the membrane.",
     [("charged atoms", "ions", "def")]),
    # a common one does not
    ("The shelter kept small pets (cats) and birds.", []),
    # the absence is the sentence's, the name is of the part
    ("Some have an absence of the colored part of the eye (the iris) at birth.",
     [("colored part of the eye", "the iris", "def")]),
])
def test_short_rare_names_and_what_is_absent(text, expected):
    assert defs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural kind word renamed by a far rarer plural: the technical name of those things
    ("The enzyme is built from four parts (subunits) that fit together.",
     [("parts", "subunits", "def")]),
    # a plainer plural is which ones, not a name for them
    ("The kit has four parts (screws) and a manual.", []),
])
def test_a_kind_word_renamed_by_a_rare_plural(text, expected):
    assert defs(text) == expected


def test_a_plural_compound_opening_its_sentence_is_renamed_too():
    text = "Oxygen runs short in the tissue. Nerve cells (neurons) in the brain are hurt first."
    assert defs(text) == [("Nerve cells", "neurons", "def")]


def test_a_condition_named_on_the_last_word_takes_the_whole_description():
    # the note is built on `conjunctiva`: no other name for that word
    text = "The protein causes inflammation of the conjunctiva (conjunctivitis) in children."
    assert defs(text) == [("inflammation of the conjunctiva", "conjunctivitis", "def")]


@pytest.mark.parametrize("text, expected", [
    # the clause that tells which neurons runs across a list's commas
    ("Sensory neurons differ. The disorder harms neurons that carry heat, cold, and pressure "
     "signals (sensory neurons) in the skin.",
     [("neurons that carry heat, cold, and pressure signals", "sensory neurons", "def")]),
])
def test_a_repeated_head_with_a_list_in_its_clause(text, expected):
    assert defs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two participles or -ing words joined by `or` modify one noun: the description is whole
    ("They have decreased or absent sweating (anhidrosis).",
     [("decreased or absent sweating", "anhidrosis", "def")]),
    ("People feel a sensation of fluttering or pounding in the chest (palpitations) at night.",
     [("sensation of fluttering or pounding in the chest", "palpitations", "def")]),
    # (a guard, as before: two gerunds joined by `and` are things of their own)
    ("Some have chewing and swallowing problems (dysphagia) early.",
     [("swallowing problems", "dysphagia", "def")]),
])
def test_modifiers_joined_by_or(text, expected):
    assert defs(text) == expected


@pytest.mark.parametrize("text, term, gloss", [
    # a part of a whole told apart by a clause or participle, named in the bracket
    ("Cells die in the part of the brain that is joined to the spinal cord (the brainstem).",
     "part of the brain that is joined to the spinal cord", "the brainstem"),
    ("Nerve cells in the part of the brain involved in balance (the cerebellum) are lost.",
     "part of the brain involved in balance", "the cerebellum"),
    ("Skin folds form in areas of skin that touch when a joint bends (flexor areas).",
     "areas of skin that touch when a joint bends", "flexor areas"),
    # the part phrase wins over the noun the note repeats
    ("It harms the part of the nervous system that runs the gut (enteric nervous system).",
     "part of the nervous system that runs the gut", "enteric nervous system"),
])
def test_a_part_told_apart_by_its_clause(text, term, gloss):
    assert defs(text) == [(term, gloss, "def")]


def test_an_adverb_after_that_keeps_the_relative_clause():
    text = "Some have weak hips and a rounded upper back that also bends to the side (kyphosis)."
    assert defs(text) == [("rounded upper back that also bends to the side", "kyphosis", "def")]
