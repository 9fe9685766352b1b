"""Abbreviations against the published Schwartz–Hearst algorithm, with the `abbreviations`
package (GPLv3) as a test oracle only: where it finds a pair in the long-form-first order we
find the same pair. Our deliberate deviations are named in their own tests."""

from __future__ import annotations

import pytest
from abbreviations import schwartz_hearst

from vocab_app.mining.abbrev import expands, find_long_form, is_short_form
from vocab_app.mining.glosses import find_glosses

SENTENCES = [
    "The Food and Drug Administration (FDA) approved the drug.",
    "A generative adversarial network (GAN) was trained on faces.",
    "People still use graphical user interfaces (GUIs) every day.",
    "We combine large language models (LLMs) with search.",
    "Results from the Department of Energy (DOE) were mixed.",
    "Most apps rely on an application programming interface (API) for this.",
    "We measured the mean squared error (MSE) on the test split.",
    "The long short-term memory (LSTM) cell keeps a state.",
    "Instead they used Chat Generative Pre-trained Transformer (ChatGPT) directly.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_long_form_first_agrees_with_schwartz_hearst(text):
    oracle = schwartz_hearst.extract_abbreviation_definition_pairs(doc_text=text)
    assert oracle, "the oracle should find a pair in every sentence here"
    ours = {h.gloss: h.term for h in find_glosses(text) if h.style == "abbr"}
    assert ours == oracle


def test_deviation_permuted_long_form_is_accepted():
    # Stock Schwartz–Hearst needs the letters in order and so misses translated word orders;
    # we accept any order of the initials (`AGI` for `General Artificial Intelligence`).
    text = "They aim at General Artificial Intelligence (AGI) within a decade."
    assert schwartz_hearst.extract_abbreviation_definition_pairs(doc_text=text) in (
        {}, {"AGI": "aim at General Artificial Intelligence"})
    assert [(h.term, h.gloss) for h in find_glosses(text)] == [
        ("General Artificial Intelligence", "AGI")]


def test_deviation_short_form_first_is_found_and_normalised():
    text = "We rely on NLP (natural language processing) heavily."
    assert schwartz_hearst.extract_abbreviation_definition_pairs(doc_text=text) == {}
    assert [(h.term, h.gloss, h.style) for h in find_glosses(text)] == [
        ("natural language processing", "NLP", "abbr")]


@pytest.mark.parametrize("token, ok", [
    ("RL", True), ("LLMs", True), ("ChatGPT", True), ("GPT-4", True),
    ("model", False), ("A", False), ("Transformer", False), ("VERYLONGABBREVIATION", False),
])
def test_short_form_shape(token, ok):
    assert is_short_form(token) is ok


def test_long_form_not_found_when_letters_do_not_match():
    assert find_long_form("RL", "we tried a new trick") is None
    assert not expands("GPT-3.5", "ChatGPT")


# --- short forms beyond capitals (issue 9, item 5) ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # digits stand for number words, or for `to`
    ("Networks moved to fifth-generation (5G) radios last year.", ("fifth-generation", "5G")),
    ("A sixth-generation (6G) network is years away.", ("sixth-generation", "6G")),
    ("Printing a three-dimensional (3D) model takes hours.", ("three-dimensional", "3D")),
    ("Two-factor authentication (2FA) is required.", ("Two-factor authentication", "2FA")),
    ("They built a peer-to-peer (P2P) network.", ("peer-to-peer", "P2P")),
    ("The fourth industrial revolution (4IR) is here.", ("fourth industrial revolution", "4IR")),
    ("The router supports Internet Protocol version 6 (IPv6) only.",
     ("Internet Protocol version 6", "IPv6")),
    # lower case inside the short form
    ("Operators test millimetre wave (mmWave) bands.", ("millimetre wave", "mmWave")),
    ("Sensors connect through the Internet of Things (IoT) platform.",
     ("Internet of Things", "IoT")),
    ("The vaccine uses messenger RNA (mRNA) technology.", ("messenger RNA", "mRNA")),
    ("The base station uses massive multiple-input multiple-output (mMIMO) antennas.",
     ("massive multiple-input multiple-output", "mMIMO")),
    ("The classifier uses k-nearest neighbours (kNN) voting.", ("k-nearest neighbours", "kNN")),
    # plural of an acronym
    ("We fine-tune large language models (LLMs) on code.", ("large language models", "LLMs")),
    ("They deploy reconfigurable intelligent surfaces (RISs) on walls.",
     ("reconfigurable intelligent surfaces", "RISs")),
    ("Swarms of unmanned aerial vehicles (UAVs) mapped the field.",
     ("unmanned aerial vehicles", "UAVs")),
    ("Vision Transformers (ViTs) split the image into patches.", ("Vision Transformers", "ViTs")),
    # Title Case with small words, which may give a letter or none
    ("Prompting with Chain of Thought (CoT) helps.", ("Chain of Thought", "CoT")),
    ("The Return on Investment (ROI) was poor.", ("Return on Investment", "ROI")),
    ("Operators guarantee Quality of Service (QoS) on the link.", ("Quality of Service", "QoS")),
    ("Many startups sell Software as a Service (SaaS) products.",
     ("Software as a Service", "SaaS")),
    ("The team built a Proof of Concept (PoC) in a week.", ("Proof of Concept", "PoC")),
    # hyphenated long forms, one letter per part
    ("Each layer keeps a Key-Value (KV) cache.", ("Key-Value", "KV")),
    ("Engineers added a low-noise amplifier (LNA) to the front end.",
     ("low-noise amplifier", "LNA")),
    ("Researchers study non-orthogonal multiple access (NOMA) schemes.",
     ("non-orthogonal multiple access", "NOMA")),
])
def test_short_forms_with_digits_lower_case_and_plurals(text, expected):
    assert [(h.term, h.gloss, h.style) for h in find_glosses(text)] == [(*expected, "abbr")]


@pytest.mark.parametrize("text, expected", [
    ("每层都有 KV（Key-Value）缓存。", ("Key-Value", "KV")),
    ("We cache KV（Key-Value） pairs.", ("Key-Value", "KV")),
    ("We used 5G (fifth-generation) modems.", ("fifth-generation", "5G")),
    ("The 3GPP (Third Generation Partnership Project) sets the standard.",
     ("Third Generation Partnership Project", "3GPP")),
    ("Every layer uses ReLU (Rectified Linear Unit) activations.",
     ("Rectified Linear Unit", "ReLU")),
])
def test_short_form_first_with_a_hyphenated_or_numbered_long_form(text, expected):
    (hit,) = find_glosses(text)
    assert (hit.term, hit.gloss, hit.style) == (*expected, "abbr")
    assert text[hit.term_span[0]:hit.term_span[1]] == expected[1]


@pytest.mark.parametrize("text", [
    "The study (2019) was small.",
    "The effect is clear (see Fig. 3).",
    "Sales grew in the domestic market (US) last year.",
    "Phones sold in the biggest market (US) doubled.",
    "We evaluated the model (GPT) on three tasks.",
    "We fed the output to the model (GPT) again.",
    "Apps for both platforms (iOS) were updated.",
    "Revenue in the last months (Q3) rose.",
    "The new chip (M2) is fast.",
    "He bought a new phone (iPhone) last week.",
    "Most devices (70%) failed.",
    # a letter and digits are a model number or code, not a gloss
    "DeepSeek 的推理模型（R1）很强。",
    "英伟达的显卡（A100）很贵。",
])
def test_bracketed_short_form_that_the_words_before_do_not_spell_is_no_pair(text):
    assert find_glosses(text) == []


@pytest.mark.parametrize("token, ok", [
    ("5G", True), ("mmWave", True), ("IoT", True), ("RISs", True), ("B2B", True),
    ("mRNA", True), ("2019", False), ("4th", False), ("e/acc", False), ("Paris", False),
])
def test_short_form_shape_beyond_capitals(token, ok):
    assert is_short_form(token) is ok


@pytest.mark.parametrize("text", [
    "Sensors connect through the Internet of Things (IoT) platform.",
    "They deploy reconfigurable intelligent surfaces (RISs) on walls.",
    "The Return on Investment (ROI) was poor.",
    "Each layer keeps a Key-Value (KV) cache.",
    "The vaccine uses messenger RNA (mRNA) technology.",
    "Researchers study non-orthogonal multiple access (NOMA) schemes.",
    "Operators guarantee Quality of Service (QoS) on the link.",
])
def test_lower_case_and_plural_short_forms_agree_with_schwartz_hearst(text):
    oracle = schwartz_hearst.extract_abbreviation_definition_pairs(doc_text=text)
    assert oracle
    assert {h.gloss: h.term for h in find_glosses(text) if h.style == "abbr"} == oracle


@pytest.mark.parametrize("text, pair", [
    ("Networks moved to fifth-generation (5G) radios.", ("5G", "fifth-generation")),
    ("Operators test millimetre wave (mmWave) bands.", ("mmWave", "millimetre wave")),
])
def test_deviation_digits_and_leading_small_letters(text, pair):
    # stock Schwartz–Hearst wants every character of the short form in the long form (no `5`
    # in `fifth`) and a short form that starts with a capital or digit; we read a digit as
    # its number word and a small first letter as the first word's initial
    assert schwartz_hearst.extract_abbreviation_definition_pairs(doc_text=text) == {}
    assert {h.gloss: h.term for h in find_glosses(text)} == dict([pair])


@pytest.mark.parametrize("text, expected", [
    ("确保仍被 Pod 使用的 PersistentVolumeClaim（PVC）不会被删除。",
     [("PersistentVolumeClaim", "PVC")]),
    ("Claims are bound to PersistentVolumes (PVs) in the cluster.",
     [("PersistentVolumes", "PVs")]),
    ("Most of it is written in JavaScript (JS) today.", [("JavaScript", "JS")]),
    ("The ReplicaSet (RS) keeps pods running.", [("ReplicaSet", "RS")]),
])
def test_one_camel_case_word_whose_capitals_spell_the_short_form(text, expected):
    assert [(h.term, h.gloss) for h in find_glosses(text) if h.style == "abbr"] == expected


@pytest.mark.parametrize("text", [
    "We deployed it on Kubernetes (K8s) last year.",
    "The iPhone (IP) was mentioned.",
    "It runs on PostgreSQL (PG) and Redis.",
])
def test_capitals_that_do_not_spell_it_are_no_long_form(text):
    assert [h for h in find_glosses(text) if h.style == "abbr" and " " not in h.term] == []


@pytest.mark.parametrize("text, long_form, short", [
    ("Each node runs a ReplicaSet (RS) for the service.", "ReplicaSet", "RS"),
    ("Admins bind StorageClasses (SCs) to the volumes.", "StorageClasses", "SCs"),
    ("We use a RoundRobin Scheduler (RRS) here.", "RoundRobin Scheduler", "RRS"),
])
def test_camel_case_humps_start_words_of_a_long_form(text, long_form, short):

    assert [(h.term, h.gloss, h.style) for h in find_glosses(text)] == [
        (long_form, short, "abbr")]


@pytest.mark.parametrize("text, long_form, short", [
    ("See the guide to scans.MoreComputed tomography (CT) scan images follow.",
     "Computed tomography", "CT"),
    ("Read the notes.NextMagnetic resonance (MR) pictures are below.",
     "Magnetic resonance", "MR"),
    ("Pictures of the heart.ZoomPositron emission tomography (PET) scan.",
     "Positron emission tomography", "PET"),
])
def test_a_long_form_starts_after_text_glued_by_lost_markup(text, long_form, short):
    # `scans.MoreComputed`: a link label glued between two texts; the long form never runs
    # back into the text before it
    assert [(h.term, h.gloss, h.style) for h in find_glosses(text)] == [
        (long_form, short, "abbr")]


def test_a_long_form_never_spans_a_glued_sentence_break():
    assert [h.term for h in find_glosses("It was a scan.Computed tomography (CT) helps.")] \
        in ([], ["Computed tomography"])


@pytest.mark.parametrize("text, long_form, short", [
    ("It combines a positron emission tomography scan (PET scan) and a CT scan.",
     "positron emission tomography scan", "PET scan"),
    ("Doctors order a magnetic resonance imaging scan (MRI scan) first.",
     "magnetic resonance imaging scan", "MRI scan"),
    ("Ask about a fine needle aspiration biopsy (FNA biopsy) of the lump.",
     "fine needle aspiration biopsy", "FNA biopsy"),
])
def test_a_short_form_may_keep_the_long_forms_last_word(text, long_form, short):
    assert [(h.term, h.gloss, h.style) for h in find_glosses(text)] == [
        (long_form, short, "abbr")]


def test_a_short_form_and_a_shared_word_need_a_long_form():
    assert find_glosses("The blood test (CBC test) came back.") == []
    assert find_glosses("We tuned the model (GPT model) again.") == []


@pytest.mark.parametrize("text, expected", [
    # the letters start at a hyphen-joined part: the part before it is no part of the long form
    ("The Lipid-thyroid-stimulating hormone (TSH) level rose.", "thyroid-stimulating hormone"),
    ("A Protein-glucagon-like peptide (GLP) signal.", "glucagon-like peptide"),
    # a letter from inside a compound word does not pull the start left over prose
    ("They took a sample of cerebrospinal fluid (CSF) first.", "cerebrospinal fluid"),
    ("We drew a vial of peripheral blood (PB) at noon.", "peripheral blood"),
    # a unit with a slash, `per` giving no letter
    ("Levels are given in nanomoles per liter (nmol/L) here.", "nanomoles per liter"),
    ("Doses in micrograms per kilogram (mcg/kg) vary.", "micrograms per kilogram"),
    ("Pick yes or no (Yes/no) here.", None),
    ("Glucose in millimoles per litre (mmol/L) was normal.", "millimoles per litre"),
    # a capitalised name may still be permuted by a translator
    ("General Artificial Intelligence (AGI) is near.", "General Artificial Intelligence"),
])
def test_abbreviation_long_form_boundaries(text, expected):
    abbr = [h.term for h in find_glosses(text) if h.style == "abbr"]
    assert abbr == ([expected] if expected else [])


@pytest.mark.parametrize("token, ok", [
    ("nmol/L", True), ("mg/dL", True), ("IU/mL", True), ("and/or", False), ("Yes/no", False),
])
def test_units_with_a_slash_are_short_forms(token, ok):
    assert is_short_form(token) is ok
