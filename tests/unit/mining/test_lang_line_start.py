"""lang.line_start: where the line holding a position starts, bounded on the left."""

from __future__ import annotations

from vocab_app.mining.lang import line_start


def test_the_start_of_the_line_holding_the_position():
    text = "first line\nsecond (gloss)\nthird"
    assert line_start(text, 0, text.index("(")) == text.index("second")


def test_never_left_of_the_bound_even_with_a_newline_before_it():
    text = "a\nb term (gloss) c (x)"
    lo = text.index("c")
    assert line_start(text, lo, text.index("(x)")) == lo
    assert line_start("no newline at all (x)", 3, 18) == 3
