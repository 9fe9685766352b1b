"""Round 37 (invented lines): a note as rare as the one word after `of` renames that word,
not the phrase it ends; two adjectives joined by a comma after a verb; an adverb of degree in
the description of a condition; a term the text gives an abbreviation labels examples."""

from __future__ import annotations

import pytest
from gloss_pairs import file_pairs, pairs


@pytest.mark.parametrize("text, expected", [
    ("An overdose of acetaminophen (paracetamol) harms the liver.",
     [("acetaminophen", "paracetamol", "def")]),
    # a note much rarer than the word after `of` names the whole description
    ("Most children have an enlargement of liver (hepatomegaly) at birth.",
     [("enlargement of liver", "hepatomegaly", "def")]),
])
def test_note_renames_the_word_after_of(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Some children may have short, broad thumbs (brachydactyly) at birth.",
     [("short, broad thumbs", "brachydactyly", "def")]),
    ("The infection can result in dry, cracked lips (cheilitis) in winter.",
     [("dry, cracked lips", "cheilitis", "def")]),
])
def test_two_adjectives_joined_by_a_comma_after_a_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The condition results in very small jaws (micrognathia) in infants.",
     [("very small jaws", "micrognathia", "def")]),
    ("Some have an abnormally rounded upper back (kyphosis) as adults.",
     [("abnormally rounded upper back", "kyphosis", "def")]),
    ("Patients have an unusually wide range of skin stretching (hyperelasticity) too.",
     [("unusually wide range of skin stretching", "hyperelasticity", "def")]),
])
def test_an_adverb_of_degree_opens_the_description_of_a_condition(text, expected):
    assert pairs(text) == expected


_LESSON = (
    "In operant learning a positive reinforcer (PR) makes a behaviour more likely.\n\n"
    "A dog that sits gets a treat (positive reinforcer) at once.\n\n"
    "A positive reinforcer (the praise of a teacher) works in class too.\n\n"
    "Then a positive reinforcer (food) came after the bell.\n\n"
    "The nerve cells (neurons) fire; neurons (nerve cells) are many.\n\n"
    "A positive reinforcer (also known as a reward) is pleasant.\n"
)


def test_a_term_with_an_abbreviation_labels_examples_elsewhere(tmp_path):
    # the treat is an example of a positive reinforcer, the praise and the food instances of
    # one (the walk cuts the last term to `reinforcer`: the sentence still says the long form):
    # no bracket defines a word; two names of one thing and another name stay
    assert file_pairs(tmp_path, "lesson.txt", _LESSON) == [
        ("positive reinforcer", "PR", "abbr"),
        ("nerve cells", "neurons", "def"),
        ("neurons", "nerve cells", "def"),
        ("positive reinforcer", "also known as a reward", "def"),
    ]


@pytest.mark.parametrize("text, expected", [
    # a character for each English word is a translation, not a short head before a title
    ("这是状态机图（State Machine Diagram）。", [("状态机图", "State Machine Diagram", "zh-en")]),
    # a word of when the text is written is no first term of two before one bracket (a guard:
    # the rule above alone made 近年来 the term of the long form)
    ("近年来，神经机器翻译（Neural Machine Translation，NMT）进步很快。",
     [("神经机器翻译", "Neural Machine Translation", "zh-en"), ("神经机器翻译", "NMT", "zh-en")]),
])
def test_chinese_heads_of_round_37(text, expected):
    assert pairs(text) == expected


def test_a_name_jieba_cut_in_pieces_after_a_title():
    # 李飞飞 comes out of the tagger as three pieces; the gloss names the person, not the
    # professor of a university
    assert pairs("这是斯坦福大学教授李飞飞（Fei-Fei Li）建立的数据集。") == [
        ("李飞飞", "Fei-Fei Li", "zh-en")]


@pytest.mark.parametrize("text", [
    "The virus affects the respiratory tract (particularly the nose and throat) first.",
    "Polyps grow in the digestive tract (primarily the colon) of adults.",
])
def test_a_note_opened_by_a_focusing_adverb_is_a_scope_aside(text):
    assert pairs(text) == []


def test_a_verb_and_its_particle_before_a_verb_note():
    assert pairs("Some drugs can switch off (deactivate) the enzyme for hours.") == [
        ("switch off", "deactivate", "def")]


@pytest.mark.parametrize("text, expected", [
    ("Astrocytes feed and protect other brain cells (neurons) in the cortex.",
     [("brain cells", "neurons", "def")]),
    ("The kidney may come from another person (a donor) after death.",
     [("person", "a donor", "def")]),
])
def test_other_and_another_open_no_term(text, expected):
    assert pairs(text) == expected


def test_a_count_before_the_chinese_run_leaves_its_classifier_out():
    assert pairs("模型每秒执行1200次浮点运算（FLOP）。") == [("浮点运算", "FLOP", "zh-en")]


@pytest.mark.parametrize("text, expected", [
    # a short form first and the list its letters spell in brackets: the list is its long form
    ("Schools teach the RWA (reading, writing, and arithmetic) first.",
     [("reading, writing, and arithmetic", "RWA", "abbr")]),
    # a long form that spells it alone still sheds the note after its comma
    ("It uses RAG (retrieval-augmented generation, a way to ground answers).",
     [("retrieval-augmented generation", "RAG", "abbr")]),
])
def test_a_list_whose_initials_spell_the_short_form_before_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The enzyme is switched on (activated) by calcium ions.",
     [("switched on", "activated", "def")]),
    ("Bile helps in breaking up (emulsifying) dietary fats.",
     [("breaking up", "emulsifying", "def")]),
    ("Some genes stay switched off (inactive) in adult cells.",
     [("switched off", "inactive", "def")]),
    # an irregular participle and its particle for an -ed verb
    ("The subunit is quickly broken down (degraded) by the cell.",
     [("broken down", "degraded", "def")]),
    ("The sugar is then taken up (absorbed) by the gut.", [("taken up", "absorbed", "def")]),
])
def test_a_verb_and_its_particle_glossed_by_one_verb_or_state(text, expected):
    assert pairs(text) == expected


def test_a_word_of_number_after_a_link_stays_in_the_description():
    assert pairs("Patients show painful swelling of several joints (polyarthritis) early.") == [
        ("painful swelling of several joints", "polyarthritis", "def")]


def test_a_note_pointing_at_a_part_of_the_text_is_no_definition():
    assert pairs("We now turn to plate tectonics (the subject of the next chapter) briefly.") == []


def test_a_chinese_note_opened_by_mainly_is_an_aside():
    assert pairs("实验采用的 ResNet model（主要是较深的两种）。") == []


def test_a_list_number_inside_the_emphasis_is_no_part_of_the_term(tmp_path):
    text = "**2. 特征提取 (Feature Extraction)**\n\n这一步从图像中提取特征。\n"
    assert file_pairs(tmp_path, "notes.md", text) == [("特征提取", "Feature Extraction", "zh-en")]


@pytest.mark.parametrize("text, expected", [
    ("Two factors matter: viscosity (how thick the fluid is) and speed.",
     [("viscosity", "how thick the fluid is", "def")]),
    ("Each survey reports the response rate (what share of those asked answered) first.",
     [("response rate", "what share of those asked answered", "def")]),
    # a direct question is no definition
    ("Then comes the hard part (how do we decode it) later.", []),
])
def test_an_indirect_question_says_what_the_head_means(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Over years the optic nerves slowly wear away (atrophy) in adults.",
     [("wear away", "atrophy", "def")]),
    # `lower` is no verb before `back`: the body part is the term
    ("Some have a curved lower back (lordosis) at birth.",
     [("curved lower back", "lordosis", "def")]),
])
def test_a_verb_and_particle_glossed_by_a_condition(text, expected):
    assert pairs(text) == expected


def test_a_risk_of_a_condition_is_no_part_of_its_description():
    text = "Smokers have an increased risk of developing lung scarring (fibrosis) later."
    assert pairs(text) == [("lung scarring", "fibrosis", "def")]


def test_an_owner_with_its_article_leaves_what_it_has():
    text = ("It binds to rods, which are rigid, hollow tubes that make up the cell's skeletal "
            "framework (the cytoskeleton).")
    assert pairs(text) == [("skeletal framework", "the cytoskeleton", "def")]


def test_a_verb_after_is_to_is_no_part_of_the_term():
    # (an en-zh verb phrase keeps its verb: another walk)
    assert pairs("Its job is to filter waste products (toxins) out of the blood.") == [
        ("waste products", "toxins", "def")]
    assert pairs("Our plan is to cut costs (削减成本) this year.") == [
        ("cut costs", "削减成本", "en-zh")]


@pytest.mark.parametrize("text, expected", [
    # a singular noun, `that` and a verb agreeing with it: a relative clause of the description
    ("Stones can block the tube that carries urine from the kidney (the ureter) in adults.",
     [("tube that carries urine from the kidney", "the ureter", "def")]),
    # a defect in a part names the part (as `abnormalities of` did)
    ("Some babies have a defect in the wall that divides the heart (the septum) at birth.",
     [("wall that divides the heart", "the septum", "def")]),
    # a participle and an adverb before the link stay out (a guard)
    ("It is found mainly in the fluid that bathes the brain (cerebrospinal fluid) too.",
     [("fluid that bathes the brain", "cerebrospinal fluid", "def")]),
])
def test_a_relative_clause_after_a_singular_noun(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The tough outer layer is the tunica albuginea (Latin for “white coat”) of the testis.",
     [("tunica albuginea", "Latin for “white coat”", "def")]),
    ("A band of fibers, the fornix (Latin: “arch”), links these regions.",
     [("fornix", "Latin: “arch”", "def")]),
])
def test_a_learned_name_explained_by_its_source_words(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Some babies fail to feed and gain weight at a normal pace (failure to thrive) early.",
     [("fail to feed and gain weight at a normal pace", "failure to thrive", "def")]),
    # a verb of its own makes the phrase a subject: no pair (a guard)
    ("An inability to absorb fats from food causes poor weight gain (failure to thrive).", []),
])
def test_a_long_ability_phrase_named_by_several_words(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word name of a part after a noun of trouble names the part
    ("Some have defects of the breast bone (sternum) at birth.",
     [("breast bone", "sternum", "def")]),
    ("Some babies have problems in the development of the upper jaw (maxilla) and teeth.",
     [("upper jaw", "maxilla", "def")]),
    # a condition is the whole (a guard)
    ("It causes abnormal development of the kneecaps (patellar dysplasia) early.",
     [("abnormal development of the kneecaps", "patellar dysplasia", "def")]),
])
def test_a_noun_of_trouble_before_a_part_named_by_one_word(text, expected):
    assert pairs(text) == expected
