"""Abbreviation and chemical-name shapes of legal, regulatory and health texts (issue 9, class 7
and the abbreviation misses of round 9), each with invented sentences: a legal text's defined
term `(the X Act)`, a numbered family member `Interleukin-2 (IL-2)`, a long form followed by a
citation in the same bracket, and chemical names with locants."""

from __future__ import annotations

import pytest
from gloss_pairs import pairs

from vocab_app.mining.chemical_names import is_chemical_name


@pytest.mark.parametrize("text, long_form, short", [
    # the defined term names the whole name, a word no letter gives too
    ("Firms must follow the Federal Food, Drug, and Cosmetic Act (the FD&C Act) as amended.",
     "Federal Food, Drug, and Cosmetic Act", "FD&C Act"),
    ("The bill amends the Federal Water Pollution Control Act (hereinafter the FWPCA) twice.",
     "Federal Water Pollution Control Act", "FWPCA"),
    ("Grants go to the National Cancer Institute (the NCI) each year.",
     "National Cancer Institute", "NCI"),
    ("It changes the Federal Mine Safety Act (hereinafter referred to as the FMSA) today.",
     "Federal Mine Safety Act", "FMSA"),
    ("Firms must follow the Federal Food, Drug, and Cosmetic Act（the FD&C Act）as amended.",
     "Federal Food, Drug, and Cosmetic Act", "FD&C Act"),
])
def test_a_defined_term_is_the_short_form_of_the_whole_name(text, long_form, short):
    assert pairs(text) == [(long_form, short, "abbr")]


def test_without_the_defining_formula_the_letters_set_the_long_form():
    # round-8 convention: the long form is what the letters stand for
    text = "Firms must follow the Federal Food, Drug, and Cosmetic Act (FD&C Act) as amended."
    assert pairs(text) == [("Food, Drug, and Cosmetic Act", "FD&C Act", "abbr")]


@pytest.mark.parametrize("text", [
    "Under Food, Drug, and Cosmetic Act (the FD&C Act) rules, we act.",  # `Under` opens
    "This follows the Clean Air Act (the Act) closely.",                 # `Act`: no short form
])
def test_a_defined_term_takes_no_sentence_opener_and_needs_a_short_form(text):
    assert all(not term.startswith("Under") for term, _, _ in pairs(text))
    assert ("Clean Air Act", "Act", "abbr") not in pairs(text)


@pytest.mark.parametrize("text, long_form, short", [
    ("The patients took Interleukin-2 (IL-2) every day.", "Interleukin-2", "IL-2"),
    ("The pill blocks cyclooxygenase-2 (COX-2) in the gut.", "cyclooxygenase-2", "COX-2"),
    ("Dying cells make caspase 3 (CASP3) first.", "caspase 3", "CASP3"),
])
def test_a_numbered_member_of_a_family_and_its_short_form(text, long_form, short):
    assert pairs(text) == [(long_form, short, "abbr")]


@pytest.mark.parametrize("text", [
    "The patients took Interleukin-2 (IL-3) every day.",   # the numbers differ
    "The patients took Interleukin-2 (XL-2) every day.",   # the first letter differs
    "We used Python-3 (ML-3) for it.",                     # the letters are not in the word
])
def test_a_numbered_name_needs_the_same_number_and_its_letters(text):
    assert [p for p in pairs(text) if p[2] == "abbr"] == []


@pytest.mark.parametrize("text, long_form, short", [
    ("The index uses HNSW (Hierarchical Navigable Small World, Smith & Jones, 2019) daily.",
     "Hierarchical Navigable Small World", "HNSW"),
    ("The index uses HNSW（Hierarchical Navigable Small World，Smith & Jones, 2019）daily.",
     "Hierarchical Navigable Small World", "HNSW"),
    ("The bank SVB (Silicon Valley Bank; a lender to startups) failed.",
     "Silicon Valley Bank", "SVB"),
])
def test_a_short_form_first_then_its_long_form_and_a_note(text, long_form, short):
    assert pairs(text) == [(long_form, short, "abbr")]


@pytest.mark.parametrize("text, long_form, short", [
    ("Sprays with DEET (N, N-diethyl-m-toluamide) keep ticks off.",
     "N, N-diethyl-m-toluamide", "DEET"),
    ("Tablets of APAP (N-acetyl-para-aminophenol) ease pain.",
     "N-acetyl-para-aminophenol", "APAP"),
])
def test_a_short_form_and_its_chemical_name_are_abbr(text, long_form, short):
    assert pairs(text) == [(long_form, short, "abbr")]


@pytest.mark.parametrize("text, term, name", [
    ("Coffee holds caffeine (1,3,7-trimethylxanthine) in large amounts.",
     "caffeine", "1,3,7-trimethylxanthine"),
    ("The order lists the drug methyl fentanyl (N-(3-methyl-1-phenethylpiperidin-4-yl)-N-"
     "phenylpropanamide) in schedule I.",
     "methyl fentanyl", "N-(3-methyl-1-phenethylpiperidin-4-yl)-N-phenylpropanamide"),
])
def test_a_common_name_and_its_chemical_name_are_def(text, term, name):
    assert (term, name, "def") in pairs(text)


@pytest.mark.parametrize("text", [
    "The lab made the compound (2-methylpropan-1-ol) twice.",  # a class word, no name
    # an everyday word before it: the chemical name is of something else in the clause
    "The stain marks cells (2-(4-amidinophenyl)-1H-indole-6-carboxamidine) in blue.",
    "A model (3-layer-network-based) was trained.",  # hyphens and a number, no chemistry
])
def test_a_chemical_name_needs_a_substance_name_before_it(text):
    assert pairs(text) == []


@pytest.mark.parametrize("name, chemical", [
    ("N, N-diethyl-m-toluamide", True),
    ("1,3,7-trimethylxanthine", True),
    ("2-methylpropan-1-ol", True),
    ("fine-tuning", False),
    ("state-of-the-art", False),
    ("COVID-19", False),
    ("5-aminosalicylic acid", False),  # a space: judged by the other rules
    ("3-layer-network-based", False),  # no chemical ending
    ("p-value", False),
])
def test_what_counts_as_a_chemical_name(name, chemical):
    assert is_chemical_name(name) is chemical


@pytest.mark.parametrize("text", [
    "Like other opioids (i.e. heroin, morphine, codeine, etc.), it slows breathing.",
    "Salts of the blood (i.e. sodium, potassium, and calcium) were measured.",
])
def test_an_ie_bracket_that_lists_members_is_an_example_list(text):
    assert pairs(text) == []


def test_an_ie_bracket_that_says_what_a_word_means_stays_a_definition():
    text = "The section is normative (i.e., binding on every agency) from today."
    assert pairs(text) == [("normative", "i.e., binding on every agency", "def")]


@pytest.mark.parametrize("text, pairs_expected", [
    ("这个库支持 LSH 索引（Locality Sensitive Hashing，局部敏感哈希索引）。",
     [("Locality Sensitive Hashing", "LSH", "abbr"), ("LSH 索引", "局部敏感哈希索引", "en-zh")]),
    ("我们先训练 GAN 模型（Generative Adversarial Network，生成对抗网络模型）。",
     [("Generative Adversarial Network", "GAN", "abbr"),
      ("GAN 模型", "生成对抗网络模型", "en-zh")]),
])
def test_a_short_form_before_a_chinese_noun_with_its_long_form_and_rendering(
        text, pairs_expected):
    assert pairs(text) == pairs_expected


@pytest.mark.parametrize("text", [
    "我们用 KV 缓存（Key Value，缓存）。",           # the Chinese part renders only the noun
    "我们用 KV 缓存（Key Value Store，键值缓存）。",  # the English is no expansion of KV
])
def test_a_short_form_before_a_chinese_noun_needs_both_renderings(text):
    assert ("KV 缓存", "键值缓存", "en-zh") not in pairs(text)
    assert ("KV 缓存", "缓存", "en-zh") not in pairs(text)


@pytest.mark.parametrize("text, expected", [
    ("The World Wide Web Consortium (W3C) publishes the standard.",
     [("World Wide Web Consortium", "W3C", "abbr")]),
    ("Peer-to-peer (P2P) links are used.", [("Peer-to-peer", "P2P", "abbr")]),  # 2 = to
    ("Our team wrote the Web Consortium (W3C) notes.", []),  # one w where three are needed
])
def test_a_digit_after_a_letter_may_repeat_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Spending on research and development (R&D) rose.",
     [("research and development", "R&D", "abbr")]),
    ("Input/Output (I/O) errors are logged.", [("Input/Output", "I/O", "abbr")]),
    ("The day ends with questions and answers (Q&A) at noon.",
     [("questions and answers", "Q&A", "abbr")]),
    ("Pick an option (A/B) below.", []),          # no long form before it
    ("每层的通道数（C/K）相同。", []),              # after a Chinese head: a variable's notation
])
def test_initials_joined_by_an_ampersand_or_slash_are_a_short_form(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, name, symbol", [
    ("Ozone levels of 70 parts per billion (ppb) were measured.", "parts per billion", "ppb"),
    ("Emissions fell by 10 tons per year (tpy) at the site.", "tons per year", "tpy"),
    ("Tires were filled to 32 pounds per square inch (psi) first.",
     "pounds per square inch", "psi"),
    ("Heat is given in British thermal units (Btu) each hour.", "British thermal units", "Btu"),
    ("The plant used 500 kilowatt-hours (kWh) of power.", "kilowatt-hours", "kWh"),
    ("The water was heated to 60 degrees Celsius (°C) first.", "degrees Celsius", "°C"),
    ("The limit is 35 micrograms per cubic meter (µg/m3) of dust.",
     "micrograms per cubic meter", "µg/m3"),
    ("The room is 20 square meters (m2) in all.", "square meters", "m2"),
])
def test_a_unit_name_of_several_words_and_its_symbol(text, name, symbol):
    assert pairs(text) == [(name, symbol, "abbr")]


@pytest.mark.parametrize("text", [
    "The tank holds 3 cubic meters (m2) at most.",   # 2 is square, the name says cubic
    "Add 3 pounds (a) of flour.",                     # a number inside the would-be name
    "The jar held two big salt crystals (bsc).",      # no unit word in the name
])
def test_a_longer_unit_name_needs_its_words_and_signs(text):
    assert [p for p in pairs(text) if p[2] == "abbr"] == []
