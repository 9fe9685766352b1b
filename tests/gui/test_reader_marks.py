"""The Reader's marks as Qt draws them: each state its own colour AND its own underline style
(light and dark palettes), a term inside a longer term drawn as the longer one, the legend's
counts with plurals, and text from the file escaped."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextCharFormat

from vocab_app.gui.reader_document import Look, build_document
from vocab_app.gui.reader_legend import legend_text
from vocab_app.services.reader import STATES, ReaderDocument, ReaderSegment, TermIndex


def formats(text: str, matches, emphasis, states, dark: bool = False
            ) -> list[tuple[str, QTextCharFormat]]:
    """The fragments of `text` as the Reader draws it."""
    seg = ReaderSegment(0, text, None, None, None, tuple(emphasis), (), tuple(matches), ())
    doc = ReaderDocument("x.txt", "x", "text", None, None, (seg,), dict(states))
    document, starts, _text_at = build_document(doc, Look(dark=dark, muted="#777777"))
    assert starts == [0]
    out = []
    it = document.begin().begin()
    while not it.atEnd():
        fragment = it.fragment()
        out.append((fragment.text(), fragment.charFormat()))
        it += 1
    return out


@pytest.mark.parametrize("dark", [False, True])
def test_each_state_has_its_own_colour_and_underline(qapp: Any, dark: bool) -> None:
    text = " ".join(STATES)
    matches, at = [], 0
    for term_id, state in enumerate(STATES, start=1):
        matches.append((at, at + len(state), term_id))
        at += len(state) + 1
    states = dict(enumerate(STATES, start=1))
    drawn = {t: f for t, f in formats(text, matches, (), states, dark) if t.strip()}
    assert set(drawn) == set(STATES)
    lines = {drawn[s].underlineStyle() for s in STATES}
    colours = {drawn[s].foreground().color().name() for s in STATES}
    assert len(lines) == len(STATES) and len(colours) == len(STATES)
    assert all(drawn[s].anchorHref() == f"t:{i}" for i, s in enumerate(STATES, start=1))
    assert QTextCharFormat.UnderlineStyle.NoUnderline not in lines


def test_a_term_inside_another_is_drawn_as_the_longer_one(qapp: Any) -> None:
    index = TermIndex([(1, "language model", []), (2, "model", []), (3, "大语言模型", []),
                       (4, "模型", [])])
    text = "a language model, a model, 大语言模型"
    drawn = [(t, f.anchorHref()) for t, f in
             formats(text, index.spans(text), (), {1: "known", 2: "new"}) if f.anchorHref()]
    assert drawn == [("language model", "t:1"), ("model", "t:2"), ("大语言模型", "t:3")]


def test_emphasis_is_bold_and_file_text_is_never_markup(qapp: Any) -> None:
    text = "<b>not bold</b> but this **is** & that"
    emphasised = text.index("this"), text.index("this") + 4
    parts = formats(text, [(0, 3, 9)], [emphasised], {9: "review"})
    assert "".join(t for t, _ in parts) == text
    assert [t for t, f in parts if f.fontWeight() >= 600] == ["this"]
    assert [t for t, f in parts if f.anchorHref()] == ["<b>"]  # a term, not a tag


def test_the_legend_counts_with_plurals(qapp: Any) -> None:
    assert legend_text({"known": 30, "learning": 8, "new": 4}) == (
        "42 terms: 30 known, 8 learning, 4 new")
    assert legend_text({"review": 1}) == "1 term: 1 in review"
    assert "No term" in legend_text({})
