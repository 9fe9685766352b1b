"""Legacy byte encodings (issue 12, case 6): Big5 and Windows-1252 files are read as written,
Japanese Shift-JIS and EUC-JP files are refused with a sentence naming the encoding (never read
as GB18030 mojibake), GB18030 and UTF-8 Chinese stay correct, and a UTF-8 file cut inside its
last character is read with that character replaced. Real encoded files written in tmp_path."""

from __future__ import annotations

import pytest

from vocab_app.errors import InputError
from vocab_app.mining.encoding import read_text
from vocab_app.mining.readers import read_document

JAPANESE = [
    "事前学習(pre-training)は大規模なデータで行います。",
    "強化学習（reinforcement learning）では、エージェントが報酬を最大化するように行動を学びます。\n"
    "この論文では、世界モデル（world model）を使って計画を立てる方法を説明しています。\n",
    "学習する",  # short
    "コンピュータ・ビジョン（computer vision）の研究。",  # mostly katakana
    "東京",  # two kanji, no kana
]
TRADITIONAL = [
    "我們討論了多模態模型(multimodal models)與「通用人工智慧(AGI)」。\n"
    "強化學習(reinforcement learning)讓智慧體從獎勵中學習。\n",
    "預訓練 (pre-training) 是在大規模資料上進行的。",
    "第3章：卷積神經網路（CNN）——影像辨識的基石；參見表1、圖2。",
    "臺灣的大學生常用「機器學習」這個詞。",
    "訓練",  # short
    "資料",
]
SIMPLIFIED = [
    "我们谈了多模态模型(multimodal models)与“通用人工智能(AGI)”。\n"
    "强化学习(RL)让智能体从奖励中学习。\n",
    "预训练 (pre-training) 是在大规模数据上进行的。",
    "第3章：卷积神经网络（CNN）——图像识别的基石；参见表1、图2。",
    "模型",  # short
    "中文",
]
WESTERN = [
    "It’s a café – “quoted” naïve text, isn’t it?\n" * 20,
    "The Zürich team’s “fine-tuning” (no gloss) — résumé of results…\n",
    "Don’t.",  # short
]


def _write(tmp_path, text, encoding, name="in.txt"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _error(path) -> str:
    with pytest.raises(InputError) as info:
        read_text(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    return message


@pytest.mark.parametrize("text", TRADITIONAL)
def test_big5_traditional_chinese_is_read_as_written(tmp_path, text):
    assert read_text(_write(tmp_path, text, "big5")) == text


@pytest.mark.parametrize("text", WESTERN)
def test_windows_1252_english_is_read_as_written(tmp_path, text):
    assert read_text(_write(tmp_path, text, "cp1252")) == text


@pytest.mark.parametrize("encoding, label", [("shift_jis", "Shift-JIS"), ("euc_jp", "EUC-JP")])
@pytest.mark.parametrize("text", JAPANESE[:4])
def test_japanese_is_refused_with_a_sentence_naming_the_encoding(tmp_path, text, encoding, label):
    message = _error(_write(tmp_path, text, encoding))
    assert "Japanese" in message and label in message and "UTF-8" in message


def test_kanji_only_shift_jis_is_refused_not_read_as_chinese_mojibake(tmp_path):
    message = _error(_write(tmp_path, JAPANESE[4], "shift_jis"))
    assert "Japanese Shift-JIS" in message


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-8"])
@pytest.mark.parametrize("text", SIMPLIFIED)
def test_simplified_chinese_stays_correct(tmp_path, text, encoding):
    assert read_text(_write(tmp_path, text, encoding)) == text


def test_gbk_of_rare_characters_only_is_still_read(tmp_path):
    text = "鬱鬱蔥蔥，龘靐齉。"
    assert read_text(_write(tmp_path, text, "gbk")) == text


def test_traditional_chinese_in_utf8_and_gb18030_stays_correct(tmp_path):
    text = TRADITIONAL[0]
    assert read_text(_write(tmp_path, text, "utf-8")) == text
    assert read_text(_write(tmp_path, text, "gb18030", "gb.txt")) == text


def test_big5_far_into_a_long_ascii_file_is_read(tmp_path):
    """The encoding is judged on the first non-ASCII bytes, not on a sample of pure ASCII."""
    text = "plain English line\n" * 10_000 + TRADITIONAL[0]
    assert read_text(_write(tmp_path, text, "big5")) == text


def test_big5_file_is_mined_with_correct_terms_and_glosses(tmp_path):
    doc = read_document(_write(tmp_path, TRADITIONAL[0], "big5"))
    from vocab_app.mining.pipeline import mine_paths, surface_pairs

    assert "強化學習" in "".join(s.text for s in doc.segments)
    pairs = {(p.term, p.gloss) for p in surface_pairs(mine_paths([doc.path]).occurrences)}
    assert ("通用人工智慧", "AGI") in pairs  # the traditional characters, not GB18030 mojibake
    assert all(set(t + g) <= set(TRADITIONAL[0]) for t, g in pairs)


@pytest.mark.parametrize("cut", [1, 2])
def test_utf8_cut_inside_its_last_character_keeps_the_rest(tmp_path, cut):
    text = "强化学习(RL)让智能体从奖励中学习。\nsecond line 模"
    path = tmp_path / "cut.txt"
    path.write_bytes(text.encode("utf-8")[:-cut])
    read = read_text(path)
    assert read == text[:-1] + "\ufffd"
    assert read_document(path).segments  # mined, not refused


def test_utf8_cut_in_a_large_file_keeps_every_block(tmp_path):
    text = "深度学习(deep learning)\n" * 100_000 + "尾"
    path = tmp_path / "cut.txt"
    path.write_bytes(text.encode("utf-8")[:-1])
    assert read_text(path) == text[:-1] + "\ufffd"


def test_a_bad_byte_in_the_middle_of_utf8_is_still_refused(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("强化学习".encode() + b"\xff\xfe" + "智能体".encode() * 3 + b"\n")
    assert "encoding" in _error(path)
