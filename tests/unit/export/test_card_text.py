"""What a card says: the cloze's blank, masks, the speaker and the source line."""

from __future__ import annotations

import pytest

from vocab_app.export.card_text import (
    cloze_span,
    mask_cloze_rest,
    mask_term,
    source_label,
    speaker_name,
)


def blanked(sentence: str, term: str, style: str, surface: str | None = None) -> str:
    start = sentence.index(surface or term)
    lo, hi = cloze_span(sentence, (start, start + len(surface or term)), style, term)
    return sentence[:lo] + "[…]" + sentence[hi:]


@pytest.mark.parametrize("sentence, term, style, expected", [
    ("Breakthroughs in deep learning (深度学习) came fast.", "deep learning", "en-zh",
     "Breakthroughs in […] came fast."),
    ("引领了 deep learning(深度学习)中的突破。", "deep learning", "en-zh", "引领了 […]中的突破。"),
    ("我们用强化学习（reinforcement learning）训练。", "强化学习", "zh-en", "我们用[…]训练。"),
    ("It cut the model (a detail (see below)) short.", "model", "def", "It cut the […] short."),
    ("We know reinforcement learning (RL) works.", "reinforcement learning", "abbr",
     "We know […] (RL) works."),
])
def test_the_cloze_blanks_the_term_with_its_bracket_and_asks_for_an_abbreviations_long_form(
        sentence, term, style, expected):
    assert blanked(sentence, term, style) == expected


def test_an_abbreviation_written_first_keeps_it_as_the_cue():
    sentence = "It was when SVB (Silicon Valley Bank) collapsed."
    assert blanked(sentence, "Silicon Valley Bank", "abbr", surface="SVB") == (
        "It was when SVB ([…]) collapsed.")


def test_masks_hide_the_term_and_its_other_glossed_forms():
    assert mask_term("gradient descent, the core algorithm", "gradient descent") == (
        "…, the core algorithm")
    assert mask_term("a trade off between", "trade-off") == "a … between"
    assert mask_term("世界模型", "world model") == "世界模型"
    assert mask_cloze_rest(" 本身上 game(游戏)训练。", "games", "游戏") == " 本身上 …训练。"
    assert mask_cloze_rest(" 一个 model(游戏)。", "games", "游戏") == " 一个 model(…)。"


@pytest.mark.parametrize("speaker, shown", [
    ("Speaker 1", ""), ("speaker 12", ""), ("SPEAKER_2", ""), ("说话人 2", ""),
    ("B", ""), ("David Luan", "David Luan"), (None, ""),
])
def test_only_a_named_speaker_is_shown(speaker, shown):
    assert speaker_name(speaker) == shown


def test_source_line_has_time_and_a_shortened_title():
    title = "Ep 87: Gemini Co-Lead on World Models, RL's Next Domains & Continual Learning"
    assert source_label(2383.4, title) == "▶ 39:43 · Ep 87: Gemini Co-Lead on World…"
    assert source_label(3725, "Talk") == "▶ 1:02:05 · Talk"
    assert source_label(None, "Scaling notes") == "Scaling notes"
