"""Frequency ranks (mining/frequency.py): the package's wordfreq tables on words chosen for it,
the rules for phrases and Chinese runs on a small made-up table, and the table builder
(packaging/build_frequency.py) on a made-up word list."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from vocab_app.mining import frequency
from vocab_app.mining.frequency import FrequencyTable, read_table, term_rank

ROOT = Path(__file__).resolve().parents[3]


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_frequency", ROOT / "packaging" / "build_frequency.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the package's tables ---------------------------------------------------------------------

def test_the_package_ships_both_tables():
    en, zh = frequency._package_table("en"), frequency._package_table("zh")
    assert len(en) == len(zh) == frequency.TABLE_SIZE
    assert en["the"] == 1 and zh["的"] == 1


@pytest.mark.parametrize(("common", "rare"), [
    ("data", "backpropagation"),
    ("data", "embedding"),
    ("learning", "regularization"),
    ("数据", "反向传播"),
    ("数据", "梯度"),
    ("模型", "低秩适配"),
])
def test_everyday_words_rank_before_technical_ones(common, rare):
    found = term_rank(common)
    assert found is not None and found < 3000
    assert term_rank(rare) is None or term_rank(rare) > 5 * found


def test_case_and_curly_apostrophes_do_not_matter():
    assert term_rank("Data") == term_rank("DATA") == term_rank("data")
    assert term_rank("don’t") == term_rank("don't") is not None


def test_a_phrase_ranks_by_the_sum_of_its_words_ranks():
    # wordfreq's 1/f = Σ 1/fᵢ under Zipf's law (f ≈ C/rank): rarer than its rarest word
    machine, learning = term_rank("machine"), term_rank("learning")
    assert term_rank("machine learning") == machine + learning
    assert term_rank("Machine-Learning") == machine + learning
    assert term_rank("machine learning") > term_rank("data")


def test_a_chinese_run_the_table_lacks_sums_its_jieba_words_times_ten_a_break():
    assert term_rank("元能力") == 10 * (term_rank("元") + term_rank("能力"))
    assert term_rank("GPT模型") == term_rank("GPT") + term_rank("模型")
    assert term_rank("反向传播") is None  # (20,211 + 1,313) × 10: beyond the table


def test_numbers_marks_and_unknown_words_have_no_rank():
    assert term_rank("") is None
    assert term_rank("2024") is None
    assert term_rank("——") is None
    assert term_rank("zqxjkvw") is None
    assert term_rank("data zqxjkvw") is None  # a word beyond the table: the phrase is too


# --- the rules, on a made-up table --------------------------------------------------------------

def small_table() -> FrequencyTable:
    en = {"the": 1, "data": 50, "machine": 300, "learning": 200, "rare": 9000}
    zh = {"的": 1, "数据": 40, "反向": 7000, "传播": 900}
    cuts = {"反向传播": ["反向", "传播"], "的数据": ["的", "数据"], "反向新词": ["反向", "新词"]}
    return FrequencyTable(en, zh, lambda run: cuts.get(run, list(run)))


@pytest.mark.parametrize(("term", "rank"), [
    ("data", 50),
    ("Machine Learning", 500),
    ("machine learning 2", 500),
    ("数据", 40),
    ("反向传播", 79000),  # (7000 + 900) × 10 for the break jieba put in
    ("的数据", 410),
    ("data 数据", 90),
    ("反向新词", None),  # 新词 is beyond the table
    ("rare data", 9050),
    (" ".join(["rare"] * 12), None),  # 108,000: beyond the table
    ("123 !", None),
])
def test_rules_on_a_small_table(term, rank):
    assert small_table().rank(term) == rank


# --- the builder ----------------------------------------------------------------------------------

def test_the_builder_keeps_the_words_of_the_language_in_order(tmp_path):
    build = _builder()
    ranked = ["the", "0", "的", "data", "the", "it's", "99th", "b2b"]
    data = build.table_bytes("en", ranked, top=4, source="made-up list")
    assert read_table(data) == {"the": 1, "data": 2, "it's": 3, "99th": 4}
    zh = read_table(build.table_bytes("zh", ["的", "ok", "数据", "3"], source="made-up list"))
    assert zh == {"的": 1, "数据": 2}
