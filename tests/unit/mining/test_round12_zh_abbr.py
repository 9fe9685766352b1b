"""Round 12, zh-en and abbr: 有 as a prefix, clippings of compounds, spelled-out short forms.

Every sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gloss_pairs import pairs

from vocab_app.mining.pipeline import mine_paths
from vocab_app.mining.word_shortenings import is_clipping


@pytest.mark.parametrize(("text", "expected"), [
    # jieba leaves 有向 in two (有|向): 向 is no preposition here, 有 no verb `have'
    ("调度器把任务排成一张有向无环图（DAG）再执行。", ("有向无环图", "DAG")),
    ("## 有向无环图（DAG）", ("有向无环图", "DAG")),
    # jieba knows 有界 but cut 有|界|函数
    ("这里只讨论有界函数（bounded function）的情形。", ("有界函数", "bounded function")),
])
def test_have_with_a_bound_character_opens_the_term(text, expected):
    assert (*expected, "zh-en") in pairs(text)


@pytest.mark.parametrize(("text", "expected"), [
    # 有 + a whole word: the verb `have' and its object
    ("这一版有新功能（new feature）可以试用。", ("新功能", "new feature")),
    # 入 + the suffix 度 is the noun 入度: 有 is the verb
    ("图里每个顶点有入度（in-degree）和出度。", ("入度", "in-degree")),
])
def test_have_before_a_word_of_its_own_stays_out(text, expected):
    assert (*expected, "zh-en") in pairs(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Electroencephalography (electro) records brain waves.",
     ("Electroencephalography", "electro")),
    ("Her gastroenteritis (gastro) lasted two days.", ("gastroenteritis", "gastro")),
    ("The laboratory (lab) opens at nine.", ("laboratory", "lab")),
])
def test_clipping_of_a_compound_is_abbr_not_def(text, expected):
    assert pairs(text) == [(*expected, "abbr")]


def test_combining_ending_after_the_word_itself_is_no_clipping():
    assert not is_clipping("thyroid", "thyroidectomy")
    assert not is_clipping("tonsil", "tonsillitis")
    assert is_clipping("echo", "echocardiography")
    assert is_clipping("gastro", "gastroenteritis")


def _mined(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    return {(o.term, o.gloss, o.style) for o in mine_paths([path]).occurrences}


def test_short_form_spelled_out_for_another_term_names_no_example(tmp_path):
    text = ("**MTTR**，即平均修复时间（Mean Time To Repair），衡量故障恢复的快慢。\n\n"
            "例如，数据库主从切换耗时（MTTR）应当控制在五分钟以内。\n")
    found = _mined(tmp_path, text)
    assert ("平均修复时间", "Mean Time To Repair", "zh-en") in found
    assert not any(g == "MTTR" and t != "平均修复时间" for t, g, _ in found)


def test_variant_translation_of_the_spelled_out_term_stays(tmp_path):
    text = ("**MTTR**，即平均修复时间（Mean Time To Repair），衡量故障恢复的快慢。\n\n"
            "团队每月统计平均修复时长（MTTR）。\n")
    assert ("平均修复时长", "MTTR", "zh-en") in _mined(tmp_path, text)


def test_short_form_never_spelled_out_keeps_its_term(tmp_path):
    text = "故障恢复耗时（MTTR）是团队每月统计的指标。\n"
    assert ("故障恢复耗时", "MTTR", "zh-en") in _mined(tmp_path, text)


def test_spelled_out_means_one_word_for_each_letter(tmp_path):
    # `feature store` gives F and S only: it does not spell FaaS, so the FaaS pair stays
    text = ("特征存储（feature store）保存特征。\n\n"
            "云函数平台（FaaS）按调用次数计费。\n")
    assert any(g == "FaaS" for _, g, _ in _mined(tmp_path, text))
