"""Round 42 (invented lines): a glossary's bracket that gives the equivalent and then, after a
spaced dash, a sentence explaining it; the gloss is the equivalent."""

from __future__ import annotations

import pytest
from gloss_pairs import file_pairs, pairs


def test_an_explanation_after_a_dash_is_no_part_of_the_gloss(tmp_path):
    notes = ("## 术语\n\n"
             "- rate limiting（限流 — 控制单位时间内允许通过的请求数量）\n"
             "- sharding（分片 —— 把一张大表按键拆到多台机器上存储）\n"
             "- 熔断（circuit breaking — stopping calls to a failing service for a while）\n")
    assert file_pairs(tmp_path, "notes.md", notes) == [
        ("rate limiting", "限流", "en-zh"),
        ("sharding", "分片", "en-zh"),
        ("熔断", "circuit breaking", "zh-en"),
    ]


@pytest.mark.parametrize("text, expected", [
    # guards (they pass without the rule too): a range or a formula is no equivalent with
    # an explanation
    ("Net exports (X – M) rose in the second quarter of the year.", []),
    # the part after the dash is no longer than the equivalent: the bracket stays whole
    ("我们使用 warm-up（预热 — 慢启）策略。", [("warm-up", "预热 — 慢启", "en-zh")]),
])
def test_a_dash_without_an_explanation_cuts_nothing(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Each beat starts in the sinoatrial (SA) node of the heart.",
     [("sinoatrial", "SA", "abbr")]),
    ("The signal then reaches the atrioventricular (AV) node.",
     [("atrioventricular", "AV", "abbr")]),
    # guards (they pass without the rule too): a form of the list, and no linking -o- before
    # the letter
    ("An arteriovenous (AV) fistula joins an artery to a vein.",
     [("arteriovenous", "AV", "abbr")]),
    ("Use the Transformer (TF) model here.", []),
])
def test_a_combining_form_joined_by_its_linking_o_spells_a_short_form(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("### Bayes' Theorem (贝叶斯定理) 快速回顾", [("Bayes' Theorem", "贝叶斯定理", "en-zh")]),
    ("我们先复习 Stokes' law（斯托克斯定律）。", [("Stokes' law", "斯托克斯定律", "en-zh")]),
    # guard (passes without the rule too): a closing quote is no possessive
    ("他说 'tests' (测试) 很重要", [("tests", "测试", "en-zh")]),
])
def test_a_plural_possessive_stays_in_the_english_term(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("### Naive Bayes (朴素贝叶斯) vs Logistic Regression (逻辑回归)",
     [("Naive Bayes", "朴素贝叶斯", "en-zh"), ("Logistic Regression", "逻辑回归", "en-zh")]),
    ("比较 precision（精确率）and recall（召回率）两个指标。",
     [("precision", "精确率", "en-zh"), ("recall", "召回率", "en-zh")]),
])
def test_a_link_word_after_a_gloss_opens_no_term(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It guides the process by which stem cells become blood cells (hematopoiesis) early on.",
     [("process by which stem cells become blood cells", "hematopoiesis", "def")]),
    ("The gene is needed for the process that splits the early embryo into layers "
     "(gastrulation).",
     [("process that splits the early embryo into layers", "gastrulation", "def")]),
    # guard (passes without the rule too): a note that names no process names the last words
    ("The process that feeds the growing fetus uses the umbilical cord (funiculus).",
     [("umbilical cord", "funiculus", "def")]),
])
def test_a_process_told_by_what_happens_in_it_is_named_whole(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It leaves a hole in the wall between the lower chambers of the heart (ventricles).",
     [("lower chambers of the heart", "ventricles", "def")]),
    # guard (passes without the rule too): the plural phrase is the whole description
    ("Fluid builds up in the tiny air sacs of the lung (alveoli) during the illness.",
     [("tiny air sacs of the lung", "alveoli", "def")]),
])
def test_a_plural_phrase_keeps_the_part_it_is_of(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("| I* | 后量子 (PQ) 密钥注册表。 |", [("后量子", "PQ", "zh-en")]),
    ("大模型要经过后训练（post-training）才能对齐。", [("后训练", "post-training", "zh-en")]),
    # guard (passes without the rule too): 然后 is a word of its own, no prefix
    ("然后量子（Q）态会坍缩。", []),
])
def test_a_prefix_the_short_form_or_gloss_confirms_opens_the_term(text, expected):
    assert pairs(text) == expected


def test_a_name_joined_by_a_hyphen_that_the_gloss_repeats_is_in_the_term():
    assert pairs("它结合了 RBD-蛋白（RBD-protein）的结构。") == [
        ("RBD-蛋白", "RBD-protein", "zh-en")]


@pytest.mark.parametrize("text, expected", [
    ("回答是否真实（truthful）", [("真实", "truthful", "zh-en")]),
    ("再看模型能否泛化（generalize）到新数据。", [("泛化", "generalize", "zh-en")]),
])
def test_whether_is_no_part_of_a_chinese_term(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Some children have missing kneecaps (patellae) and short legs.",
     [("kneecaps", "patellae", "def")]),
    ("A few have an absent collarbone (clavicle) on one side.",
     [("collarbone", "clavicle", "def")]),
    # guards (they pass without the rule too): a condition of absence, and what happened
    ("Others are born with missing teeth (hypodontia).",
     [("missing teeth", "hypodontia", "def")]),
    ("The skin shows missing patches of skin (erosions) after the blisters.",
     [("missing patches of skin", "erosions", "def")]),
])
def test_a_missing_part_is_named_without_its_absence(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("This enzyme breaks (cleaves) the chain in two.", [("breaks", "cleaves", "def")]),
    ("The receptor attaches (binds) to a hormone in the blood.",
     [("attaches", "binds", "def")]),
    # guards (they pass without the rule too): plural nouns inside a phrase, or before an
    # infinitive, are no verbs
    ("It guides the movement (migration) of nerve cells (neurons) to their places.",
     [("movement", "migration", "def"), ("nerve cells", "neurons", "def")]),
    ("You may need extra ultrasound tests (sonograms) to check growth.",
     [("ultrasound tests", "sonograms", "def")]),
])
def test_a_verb_glossed_by_a_verb_between_subject_and_object(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Some infants with this disorder experience yellowing of the skin (jaundice) and fever.",
     [("yellowing of the skin", "jaundice", "def")]),
    ("Adults with the condition experience thinning of the bones (osteopenia) early.",
     [("thinning of the bones", "osteopenia", "def")]),
])
def test_what_one_experiences_is_named_whole(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The cane toad Rhinella marina (native to South America) spread quickly.", []),
    ("It eats the snail Achatina fulica (native of East Africa) too.", []),
    # guard (passes without the rule too): one word alone glosses
    ("These plants are indigenous (native) to the island.",
     [("indigenous", "native", "def")]),
])
def test_where_a_living_thing_comes_from_is_an_aside(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The outermost layer is the dura mater (literally meaning tough mother).",
     [("dura mater", "literally meaning tough mother", "def")]),
    ("Next comes the arachnoid mater (literally spider-like mother) of the brain.",
     [("arachnoid mater", "literally spider-like mother", "def")]),
    # guard (passes without the rule too): an adverb glossed is no source-word note
    ("He was literally (actually) there.", []),
])
def test_a_literal_meaning_is_a_source_word_note(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tuberous sclerosis (Bourneville disease) is rare.",
     [("Tuberous sclerosis", "Bourneville disease", "def")]),
    ("It can also harm the nerves (Guillain-Barre syndrome) later.",
     [("nerves", "Guillain-Barre syndrome", "def")]),
    ("Chronic adrenal insufficiency (Addison's disease) needs treatment.",
     [("Chronic adrenal insufficiency", "Addison's disease", "def")]),
    # a person's name is no condition
    ("We met Smith (Gardner syndrome) there.", []),
])
def test_a_condition_named_after_a_person_is_another_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The retina shows an ongoing loss of cells (atrophy) with age.",
     [("loss of cells", "atrophy", "def")]),
    ("The retina is fed by a nearby network of blood vessels (the choroid) at the back.",
     [("network of blood vessels", "the choroid", "def")]),
])
def test_when_or_where_is_no_part_of_the_description(text, expected):
    assert pairs(text) == expected


def test_the_authors_shorter_term_leaves_a_latin_word_the_gloss_repeats(tmp_path):
    notes = ("# 容错\n\n算子会执行 barrier 对齐（barrier alignment）以便快照一致。\n\n"
             "只有精确一次时才需要对齐（Barrier alignment）。\n\n"
             "关闭后不再对齐（barrier alignment）。\n")
    assert file_pairs(tmp_path, "notes.md", notes) == [
        ("barrier 对齐", "barrier alignment", "zh-en"),
        ("对齐", "Barrier alignment", "zh-en"),
        ("对齐", "barrier alignment", "zh-en"),
    ]


def test_a_bracket_that_repeats_the_words_before_it_glosses_nothing():
    assert pairs("区分 convex（凸）与 non-convex（非凸）损失 landscape（损失 landscape），再看 "
                 "saddle point（鞍点）。") == [
        ("convex", "凸", "en-zh"), ("non-convex", "非凸", "en-zh"),
        ("saddle point", "鞍点", "en-zh")]


@pytest.mark.parametrize("text, expected", [
    ("Each 224x224 image (图像) holds many pixels.", [("image", "图像", "en-zh")]),
    ("A 3x3 convolution (卷积) sees nine pixels.", [("convolution", "卷积", "en-zh")]),
    ("Even a 1,000-layer ResNet (残差网络) trains well.", [("ResNet", "残差网络", "en-zh")]),
    # guards (they pass without the rule too): the gloss renders the number
    ("The 2D convolution (二维卷积) is fast.", [("2D convolution", "二维卷积", "en-zh")]),
    ("A 3D printer (3D 打印机) works.", [("3D printer", "3D 打印机", "en-zh")]),
])
def test_a_size_or_year_the_gloss_does_not_render_is_no_part_of_the_term(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("以太坊计划通过 EIP-8141（框架交易）支持新的签名。", []),
    # guard (passes without the rule too: the gloss names HTTP, which the head lacks)
    ("协议遵循 RFC 9110（HTTP 语义）的规定。", []),
])
def test_a_documents_number_glossed_by_its_title_is_no_term(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Affected children develop progressive muscle stiffness (spasticity) in the legs.",
     [("muscle stiffness", "spasticity", "def")]),
    # guard (passes without the rule too): a name of a decline renders `progressive`
    ("Adults with this disorder develop progressive loss of memory (dementia) later.",
     [("progressive loss of memory", "dementia", "def")]),
])
def test_progressive_says_how_a_sign_goes_not_what_it_is(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Various muscle proteins form clumps (aggregates) in the cells.",
     [("clumps", "aggregates", "def")]),
    ("The abnormal proteins cluster together to form clumps (aggregates) in neurons.",
     [("clumps", "aggregates", "def")]),
    # guard (passes without the rule too): `form` before `of` is a noun
    ("It is a form of arthritis (gout) in the joints.", [("arthritis", "gout", "def")]),
])
def test_the_verb_that_forms_a_thing_is_no_part_of_its_description(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Signs are worse when the gene is inherited from a person's father (paternal "
     "inheritance).",
     [("inherited from a person's father", "paternal inheritance", "def")]),
    ("The disorder mainly affects muscles used for movement (skeletal muscles) in adults.",
     [("muscles used for movement", "skeletal muscles", "def")]),
    # guards (they pass without the rule too): the note's head ends the description, and a
    # one-word note names no phrase by its own word
    ("A cell with one mutation acquires a second mutation (known as a somatic mutation) later.",
     [("second mutation", "known as a somatic mutation", "def")]),
])
def test_a_note_that_shares_a_word_with_the_clause_names_it_from_there(text, expected):
    assert pairs(text) == expected
