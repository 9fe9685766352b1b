"""Split a segment's text into sentences, so an occurrence keeps the term's sentence only.

Chinese sentences end at 。！？ (and ! ? used in Chinese text); English ones at . ! ? followed by
a space, a line break or a Chinese character. A period after a known abbreviation (`e.g.`,
`Dr.`, `U.S.`), an initial (`J.`) or inside a number (`3.5`) ends nothing, and neither does
punctuation inside parentheses (a gloss note may hold full sentences). Line breaks always end
a sentence. Spans are offsets into the text, with surrounding whitespace trimmed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Candidate ends: a run of terminal punctuation plus closing quotes/brackets, or a line break.
# (Written to open with one character class, which lets the regex engine skip ahead to the next
# candidate: `[。！？!?]+…|\.+…|\n` is tried at every character, ten times slower.)
_END_RE = re.compile(r"[。！？!?.\n](?:(?<=[。！？!?])[。！？!?]*[”’\"'」』)）]*"
                     r"|(?<=\.)\.*[”’\"'」』)）]*|(?<=\n))")
_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")

#: Lower-cased tokens (without their final period) after which a period never ends a sentence.
ABBREVIATIONS = frozenset({
    "e.g", "i.e", "etc", "vs", "cf", "al", "approx", "esp", "incl", "fig", "figs", "eq", "eqs",
    "no", "nos", "vol", "p", "pp", "ch", "sec", "ed", "eds", "mr", "mrs", "ms", "dr", "prof", "sr",
    "jr", "st", "mt", "inc", "ltd", "co", "corp", "dept", "univ", "gov", "est", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    "e.u", "a.m", "p.m", "ph.d", "b.sc", "m.sc"
})
# Abbreviations that also end sentences often: they end one when a capital letter follows.
_SOMETIMES_FINAL = frozenset({"etc", "al", "inc", "ltd", "co", "corp"})
_MAX_PAREN_SPAN = 400  # an unclosed "(" stops protecting its sentence after this many chars


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`, in order, whitespace trimmed, none empty."""
    spans: list[tuple[int, int]] = []
    start = 0
    brackets = "(" in text or "（" in text
    for match in _END_RE.finditer(text):
        end = match.end()
        if match.group() != "\n" and not _is_boundary(text, start, match.start(), end,
                                                       brackets):
            continue
        _append(spans, text, start, end)
        start = end
    _append(spans, text, start, len(text))
    return spans


def sentence_around(text: str, span: tuple[int, int],
                    spans: list[tuple[int, int]] | None = None) -> tuple[str, tuple[int, int]]:
    """The sentence of `text` holding `span`, and `span` re-based inside that sentence.

    A span that crosses a sentence boundary gets the sentences it touches, joined as written.
    `spans` may pass `sentence_spans(text)` computed once for several lookups in one text.
    """
    lo, hi = span
    if spans is None:
        spans = sentence_spans(text)
    if not spans:
        spans = [(0, len(text))]
    # bisect on the spans' ends directly: a list of the ends per call made a long line with
    # many glosses quadratic (one lookup per gloss, each copying every sentence's end)
    first = spans[min(bisect_right(spans, lo, key=_end), len(spans) - 1)]
    last = spans[min(bisect_left(spans, hi, key=_end), len(spans) - 1)]
    begin = min(first[0], lo)
    finish = max(last[1], hi)
    return text[begin:finish], (lo - begin, hi - begin)


def _end(span: tuple[int, int]) -> int:
    return span[1]


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    part = text[start:end]
    body = part.strip()
    if body:
        start += len(part) - len(part.lstrip())
        spans.append((start, start + len(body)))


def _is_boundary(text: str, start: int, at: int, end: int, brackets: bool = True) -> bool:
    """Whether the punctuation run text[at:end] ends the sentence that began at `start`
    (`brackets`: whether `text` holds an opening bracket at all)."""
    if brackets and _inside_parentheses(text, start, at):
        return False
    nxt = text[end] if end < len(text) else ""
    if text[at] != ".":
        # ! ? 。 end a sentence unless a Latin word continues right after them ("Yahoo!Inc").
        return not (nxt.isascii() and nxt.isalnum() and text[at] in "!?")
    if text[at:end].startswith("..."):
        return nxt == "" or nxt.isspace() and _next_word_starts_sentence(text, end)
    if nxt and not nxt.isspace():
        # "3.5", "example.com", "e.g.x" continue; a Chinese character after a period starts anew.
        return bool(_CJK_RE.match(nxt)) and not text[at - 1:at].isdigit()
    token = _token_before(text, start, at)
    if token:
        token = token.lower().rstrip(".")
        if len(token) == 1 and token.isalpha():
            return False  # an initial: "J. R. R. Tolkien"
        if token in _SOMETIMES_FINAL:
            return _next_word_starts_sentence(text, end)
        if token in ABBREVIATIONS or "." in token:
            return False
    return True


def _token_before(text: str, start: int, at: int) -> str:
    """The run of ASCII letters and dots that ends at `at` (not before `start`), from its first
    letter: `e.g` in `… e.g.`, `Dr` in `Dr.`; "" when a letter does not end right there."""
    i = at
    while i > start and text[i - 1] in _TOKEN_CHARS:
        i -= 1
    while i < at and text[i] == ".":
        i += 1
    return text[i:at]


def _next_word_starts_sentence(text: str, end: int) -> bool:
    rest = text[end:end + 40].lstrip()
    return not rest or rest[0].isupper() or rest[0].isdigit() or bool(_CJK_RE.match(rest[0]))


def _inside_parentheses(text: str, start: int, at: int) -> bool:
    """True when more brackets opened than closed before `at` in the current sentence."""
    lo = max(start, at - _MAX_PAREN_SPAN)
    opened = text.count("(", lo, at) + text.count("（", lo, at)
    return opened > 0 and opened > text.count(")", lo, at) + text.count("）", lo, at)
