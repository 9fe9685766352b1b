"""Surface pairs become notes: variants merge, an abbreviation joins its long form, glosses
become senses, and note keys are the same on every run."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from vocab_app.mining.merge import merge, term_key
from vocab_app.mining.model import Occurrence


def occ(term: str, gloss: str, style: str = "en-zh", path: str = "a.txt", seg: int = 0):
    return Occurrence(term=term, gloss=gloss, style=style, source_path=path, segment_index=seg,
                      sentence=f"… {term}({gloss}) …", term_in_sentence=(2, 2 + len(term)))


@pytest.mark.parametrize("term, key", [
    ("world models", "world model"),
    ("World-Models", "world model"),
    ("world  model", "world model"),
    ("LLMs", "llm"),
    ("LLM", "llm"),
    ("GPUs", "gpu"),
    ("capabilities", "capability"),
    ("processes", "process"),
    ("approaches", "approach"),
    ("databases", "database"),
    ("statuses", "status"),
    ("self-driving cars", "self driving car"),
    ("mixtures of experts", "mixture of experts"),
    ("Ｆｕｌｌ ｗｉｄｔｈ", "full width"),
    # not plurals
    ("loss", "loss"), ("analysis", "analysis"), ("data", "data"), ("status", "status"),
    ("bias", "bias"), ("physics", "physics"), ("news", "news"), ("AWS", "aws"), ("iOS", "ios"),
    # Chinese keys drop the spaces around ideographs only
    ("通用 人工智能", "通用人工智能"), ("AI 模型", "ai模型"),
])
def test_term_key(term, key):
    assert term_key(term) == key


def test_plural_and_case_variants_are_one_note_shown_in_its_most_frequent_form():
    notes = merge([occ("world model", "世界模型"), occ("world models", "世界模型"),
                   occ("world models", "世界模型"), occ("World Models", "世界模型")])
    assert len(notes) == 1
    note = notes[0]
    assert (note.key, note.term, note.lang) == ("world model", "world models", "en")
    assert note.variants == ["world model", "World Models"]
    assert [(s.gloss, s.count) for s in note.senses] == [("世界模型", 4)]
    assert note.count == 4


def test_several_glosses_become_senses_with_counts():
    notes = merge([occ("scaffolding", "脚手架式系统封装/编排"), occ("scaffolding", "脚手架式设计"),
                   occ("scaffolding", "脚手架式设计")])
    assert [(s.gloss, s.style, s.count) for s in notes[0].senses] == [
        ("脚手架式系统封装/编排", "en-zh", 1), ("脚手架式设计", "en-zh", 2)]


def test_abbreviation_joins_its_long_form_and_its_translation_becomes_a_sense():
    notes = merge([
        occ("RL", "强化学习", path="001.txt"),
        occ("reinforcement learning", "RL", style="abbr", path="000.txt"),
        occ("RL", "强化学习", path="001.txt", seg=5),
        occ("policy", "策略"),
    ])
    assert [n.key for n in notes] == ["reinforcement learning", "policy"]
    rl = notes[0]
    assert rl.term == "reinforcement learning", "the long form is the display term"
    assert rl.variants == ["RL"]
    assert {(s.gloss, s.style, s.count) for s in rl.senses} == {
        ("强化学习", "en-zh", 2), ("RL", "abbr", 1)}
    assert [o.source_path for o in rl.occurrences] == ["001.txt", "000.txt", "001.txt"]


def test_plural_abbreviations_link_to_the_same_long_form():
    notes = merge([occ("large language models", "LLMs", style="abbr"),
                   occ("large language model", "LLM", style="abbr"),
                   occ("LLM", "大型语言模型")])
    assert len(notes) == 1
    assert notes[0].key == "large language model"
    assert {s.gloss for s in notes[0].senses} == {"LLMs", "LLM", "大型语言模型"}


def test_an_abbreviation_with_two_long_forms_follows_the_more_frequent_one():
    notes = merge([occ("robot learning", "RL", style="abbr"),
                   occ("reinforcement learning", "RL", style="abbr"),
                   occ("reinforcement learning", "RL", style="abbr"),
                   occ("RL", "强化学习")])
    by_key = {n.key: n for n in notes}
    assert set(by_key) == {"robot learning", "reinforcement learning"}
    assert "强化学习" in {s.gloss for s in by_key["reinforcement learning"].senses}


def test_chinese_headed_note_stays_apart_from_the_english_one():
    notes = merge([occ("AGI", "通用人工智能"), occ("通用人工智能", "AGI", style="zh-en")])
    assert [(n.key, n.lang) for n in notes] == [("agi", "en"), ("通用人工智能", "zh")]


def test_notes_come_in_order_of_first_occurrence():
    notes = merge([occ("b", "乙"), occ("a", "甲"), occ("b", "乙")])
    assert [n.term for n in notes] == ["b", "a"]


def test_keys_are_the_same_in_another_process_with_another_hash_seed():
    terms = ["world models", "LLMs", "reinforcement learning", "RL", "通用人工智能", "Go"]
    code = (
        "import json, sys\n"
        "from vocab_app.mining.merge import merge, term_key\n"
        "from vocab_app.mining.model import Occurrence\n"
        "terms = json.loads(sys.argv[1])\n"
        "occs = [Occurrence(term=t, gloss='RL' if t == 'reinforcement learning' else 'x',\n"
        "        style='abbr' if t == 'reinforcement learning' else 'en-zh', source_path='p',\n"
        "        segment_index=0, sentence=t, term_in_sentence=(0, len(t))) for t in terms]\n"
        "print(json.dumps([[term_key(t) for t in terms], [n.key for n in merge(occs)]]))\n"
    )
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code, json.dumps(terms)], env=env,
                             capture_output=True, text=True, check=True)
        outputs.append(json.loads(out.stdout))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == [term_key(t) for t in terms]
