"""Round 13, English textbooks (invented sentences): a word explained by its Greek or Latin
parts, a term that never crosses an em dash, and a long form that never opens with a function
word."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.word_roots import word_part_note


@pytest.mark.parametrize("text, expected", [
    ("Each chain is a polymer (poly- = “many”; -mer = “part”) of small units.",
     [("polymer", "poly- = “many”; -mer = “part”", "def")]),
    ("Hepatitis (hepat- = \"liver\"; -itis = \"inflammation\") has many causes.",
     [("Hepatitis", "hepat- = \"liver\"; -itis = \"inflammation\"", "def")]),
    ("The cell divides by mitosis (mit- means thread) in most tissues.",
     [("mitosis", "mit- means thread", "def")]),
])
def test_a_word_explained_by_its_parts_is_def(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # the parts belong to another word of the sentence
    "The outer layer lines the wall of the chest (pleur- = “rib”).",
    # a leading part that does not open the word
    "It forms a biopolymer (mono- = “one”) chain.",
    # an equation, not a word part
    "The ratio is fixed (x = 2, y = 3) here.",
])
def test_parts_the_word_before_lacks_are_no_gloss(text):
    assert pairs(text) == []


def test_word_part_note_needs_a_hyphened_part():
    assert word_part_note("mono- = “one”; sacchar- = “sweet”") == ["mono-", "sacchar-"]
    assert word_part_note("n = 5") is None
    assert word_part_note("see chapter 2") is None


@pytest.mark.parametrize("text, expected", [
    ("Leaves have two faces—adaxial (also called upper) and abaxial (also called lower)—that "
     "differ.", [("adaxial", "also called upper", "def"), ("abaxial", "also called lower", "def")]),
    ("The gut wall has layers—mucosa (also called the inner lining) and serosa.",
     [("mucosa", "also called the inner lining", "def")]),
    ("Two vessels meet here—the aorta (the largest artery of the body) and the vena cava.",
     [("aorta", "the largest artery of the body", "def")]),
])
def test_a_term_never_crosses_an_em_dash(text, expected):
    assert pairs(text) == expected


def test_an_en_dash_inside_a_name_stays():
    assert pairs("Patients with Creutzfeldt–Jakob disease (CJD) were seen.") == [
        ("Creutzfeldt–Jakob disease", "CJD", "abbr")]


@pytest.mark.parametrize("text", [
    "Count the atoms of the hydroxyl group (OH) in the ring.",
    "She spoke at the opening (AT) of the fair.",
])
def test_a_long_form_never_opens_with_a_function_word(text):
    assert pairs(text) == []


def test_a_function_word_inside_a_long_form_still_counts():
    assert pairs("The Bureau of Labor Statistics (BLS) publishes it.") == [
        ("Bureau of Labor Statistics", "BLS", "abbr")]


@pytest.mark.parametrize("text, expected", [
    ("A line runs along the edge of each patella (kneecap).", [("patella", "kneecap", "def")]),
    ("Feel along the rim of the patella (kneecap) first.", [("patella", "kneecap", "def")]),
])
def test_a_one_word_other_name_for_a_rare_word_after_an_article_takes_that_word(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The scan shows swelling of the legs (edema).",
     [("swelling of the legs", "edema", "def")]),
])
def test_a_plain_description_before_a_technical_name_stays_whole(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Clean the facial (or buccal) surface of each molar.",
     [("facial", "or buccal", "def")]),
    ("The superior (or cephalic) end of the embryo grows first.",
     [("superior", "or cephalic", "def")]),
])
def test_or_and_a_much_rarer_learned_word_is_its_technical_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The renal (or hepatic) artery may be affected.",
    "Check the kidney (or liver) too.",
    "Raise the upper (or lower) limb slowly.",
])
def test_or_and_an_alternative_about_as_plain_stays_noise(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("It binds a carboxyl group (the acid group with one extra oxygen) easily.",
     [("carboxyl group", "the acid group with one extra oxygen", "def")]),
    ("Add a buffer solution (the weak acid mixture without added salt) slowly.",
     [("buffer solution", "the weak acid mixture without added salt", "def")]),
])
def test_a_class_and_what_it_has_defines_the_word(text, expected):
    assert pairs(text) == expected


def test_a_class_with_something_after_the_says_which_ones_are_meant():
    assert pairs("We met the study group (the older patients with mild disease) twice.") == []


@pytest.mark.parametrize("text, expected", [
    ("Cut along the interior (inner) surface of the shell.", [("interior", "inner", "def")]),
    ("Press on the superior (cranial) border of the bone.", [("superior", "cranial", "def")]),
])
def test_a_latin_comparative_of_place_inside_a_noun_phrase_is_glossed_alone(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tutors in zoology (animal life) earn more.", [("zoology", "animal life", "def")]),
    ("The course covers optics and acoustics (sound waves) in depth.",
     [("acoustics", "sound waves", "def")]),
])
def test_a_rare_word_after_a_function_word_glossed_by_a_plain_phrase_stands_alone(
        text, expected):
    assert pairs(text) == expected


def test_a_number_word_in_a_plain_gloss_is_no_classifying_adjective():
    assert pairs("Such rings are pentamers (five units) mostly.") == [
        ("pentamers", "five units", "def")]


@pytest.mark.parametrize("text, expected", [
    ("Lateral (or outer) means away from the midline.", [("Lateral", "or outer", "def")]),
    ("- Medial (or mesial): toward the midline.", [("Medial", "or mesial", "def")]),
])
def test_or_in_a_list_entry_before_its_definition_gives_the_other_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Kidney (or liver) is affected in most cases.",
    "Red (or pink) is the usual colour.",
])
def test_or_after_a_word_opening_an_ordinary_sentence_stays_noise(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Your doctor may order an electrocardiogram (EKG or ECG) today.",
     [("electrocardiogram", "EKG", "abbr"), ("electrocardiogram", "ECG", "abbr")]),
    ("They used magnetic resonance imaging (MRI or fMRI) scans.",
     [("magnetic resonance imaging", "MRI", "abbr")]),
])
def test_two_short_forms_joined_by_or_pair_each_one_the_words_spell(text, expected):
    assert pairs(text) == expected


def test_two_short_forms_the_words_before_do_not_spell_are_no_pair():
    assert pairs("Pick a format (PDF or DOCX) to upload.") == []


@pytest.mark.parametrize("text, expected", [
    ("Some patients get tachycardia (when the heart beats too fast) at night.",
     [("tachycardia", "when the heart beats too fast", "def")]),
    ("Preeclampsia (when a pregnant woman has high blood pressure) needs care.",
     [("Preeclampsia", "when a pregnant woman has high blood pressure", "def")]),
])
def test_a_condition_explained_by_when_it_happens_is_def(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "We offer chemotherapy (when the cancer comes back) too.",
    "Anemia (when needed) is treated with iron.",
    "Neuralgia (when it happens) is scary.",
    "Take the tablets with food (when you can).",
    "Adults with hypertension (when the pressure is measured at home) do better.",
])
def test_when_after_another_word_or_as_a_remark_stays_noise(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Some people have insomnia (not getting enough sleep at night).",
     [("insomnia", "not getting enough sleep at night", "def")]),
    ("Infertility (not being able to get pregnant) affects many couples.",
     [("Infertility", "not being able to get pregnant", "def")]),
])
def test_a_condition_said_by_what_is_missing_is_def(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The price (not including tax) is low.",
    "The rent (not having a garden) is fair.",
    "Dementia (not having a cure yet) worries many families.",
])
def test_not_after_an_everyday_word_stays_a_remark(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The nurse checks the lochia (discharge from the uterus) daily.",
     [("lochia", "discharge from the uterus", "def")]),
    ("You may cough up sputum (mucus from the lungs) in the morning.",
     [("sputum", "mucus from the lungs", "def")]),
])
def test_a_plain_noun_and_where_it_comes_from_explains_a_much_rarer_word(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Xylitol (found in gum, in mints) is sweet.",
    "We saw many cases (cases in children) last year.",
])
def test_where_a_thing_occurs_or_a_common_word_is_no_such_gloss(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text", [
    "The visceral layer of the sac covers the surface of each organ (viscer- refers to an "
    "internal organ).",
    "The parietal bones meet above the wall of the skull (pariet- refers to a wall).",
])
def test_a_note_on_a_word_part_of_another_word_of_the_sentence_is_noise(text):
    # (the note defines the root of `visceral`, not the term before the bracket)
    assert pairs(text) == []
