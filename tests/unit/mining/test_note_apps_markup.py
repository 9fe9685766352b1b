"""Markup of the note apps learners write in, and web spacing (invented notes): Obsidian's wiki
links, embeds and highlights, and a no-break space before a bracket."""

from __future__ import annotations

import pytest

from vocab_app.mining.pipeline import mine_document
from vocab_app.mining.readers import parse_text
from vocab_app.mining.readers.wiki_markup import wiki_to_markdown


def pairs_of(text: str, name: str = "n.md") -> list[tuple[str, str]]:
    return [(o.term, o.gloss) for o in mine_document(parse_text(text, path=name))]


@pytest.mark.parametrize("notes, expected", [
    ("# T\n\n[[梯度下降]]（gradient descent）很常用。\n", [("梯度下降", "gradient descent")]),
    ("# T\n\n[[GD|梯度下降]]（gradient descent）很常用。\n", [("梯度下降", "gradient descent")]),
    ("# T\n\n==梯度下降==（gradient descent）很常用。\n", [("梯度下降", "gradient descent")]),
    ("# T\n\nWe ==lay the groundwork== (打下基础) first.\n",
     [("lay the groundwork", "打下基础")]),
    ("# T\n\n![[loss.png]]\n\n[[优化器]]（optimizer）更新权重。\n", [("优化器", "optimizer")]),
])
def test_obsidian_links_and_highlights_read_as_their_text(notes, expected):
    assert pairs_of(notes) == expected


def test_wiki_markup_in_code_and_comparisons_stays_literal():
    assert wiki_to_markdown("`a == b` and `[[x]]`") == "`a == b` and `[[x]]`"
    assert wiki_to_markdown("if a == b == c") == "if a == b == c"
    assert wiki_to_markdown("[[Page#Part]] and ![[img.png]]") == "[Page](#) and "


@pytest.mark.parametrize("text, name", [
    ("梯度下降\u00a0（gradient descent）很常用。", "n.txt"),  # a no-break space
    ("# T\n\n梯度下降&nbsp;（gradient descent）很常用。\n", "n.md"),  # the same as an entity
])
def test_a_no_break_space_before_a_bracket_is_a_space(text, name):
    assert pairs_of(text, name) == [("梯度下降", "gradient descent")]


def test_a_thin_space_inside_a_term_is_a_space():
    assert pairs_of("high\u2009blood pressure (hypertension) is common.", "n.txt") == [
        ("high blood pressure", "hypertension")]


def test_a_word_hyphenated_at_a_line_break_is_one_word_again():
    text = ("Many adults in the United States live with long-term illnesses such as hyper-\n"
            "tension (high blood pressure), and they need regular care from their doctors.\n")
    assert pairs_of(text, "book.txt") == [("hypertension", "high blood pressure")]


def test_a_compound_broken_at_its_hyphen_keeps_the_hyphen():
    text = ("Most of them also have high cholesterol or other conditions that come from well-\n"
            "known causes and need regular care from their doctors over many years.\n")
    segments = [s.text for s in parse_text(text, path="book.txt").segments]
    assert segments == ["Most of them also have high cholesterol or other conditions that come "
                        "from well-known causes and need regular care from their doctors over "
                        "many years."]


@pytest.mark.parametrize("text, expected", [
    ("我们使用ＧＰＵ（图形处理器）训练模型。", [("GPU", "图形处理器")]),  # full-width letters
    ("梯度下降（ｇｒａｄｉｅｎｔ ｄｅｓｃｅｎｔ）很常用。", [("梯度下降", "gradient descent")]),
    ("Lung ﬁbrosis (scarring of the lungs) makes breathing hard.",  # a PDF's ligature
     [("Lung fibrosis", "scarring of the lungs")]),
])
def test_full_width_letters_and_ligatures_read_as_plain_letters(text, expected):
    assert pairs_of(text, "n.txt") == expected


@pytest.mark.parametrize("text, expected", [
    # Chinese notes mark a term with lenticular brackets as others do with quotes
    ("# T\n\n【梯度下降】（gradient descent）是优化方法。\n", [("梯度下降", "gradient descent")]),
    ("# T\n\n使用【检查点】（checkpoint）恢复训练。\n", [("检查点", "checkpoint")]),
    ("# T\n\n【Gradient Descent】（梯度下降）\n", [("Gradient Descent", "梯度下降")]),
])
def test_lenticular_brackets_mark_a_term_as_quotes_do(text, expected):
    assert pairs_of(text) == expected
