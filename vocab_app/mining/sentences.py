"""Split a segment's text into sentences, so an occurrence keeps the term's sentence only.

Chinese sentences end at 。！？． (and ! ? used in Chinese text); English ones at . ! ? followed by
a space, a line break or a Chinese character, and at a period or question mark glued to the next
sentence (`no.The reason`, `right?We`: a lower-case word, the mark, a capitalised word). A period
after a known abbreviation (`e.g.`, `Dr.`, `U.S.`), an initial (`J.`) or inside a number (`3.5`)
ends nothing, and neither does punctuation inside parentheses (a gloss note may hold full
sentences). Line breaks always end a sentence. A speaker label opening a sentence (`David:`,
`Speaker 2:`, `Jacob Effron：`) is not part of it. Spans are offsets into the text, with
surrounding whitespace trimmed.

`cut_around` shortens a long sentence to a window around the term, for a card.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Candidate ends: a run of terminal punctuation plus closing quotes/brackets, or a line break.
# (Written to open with one character class, which lets the regex engine skip ahead to the next
# candidate: `[。！？!?]+…|\.+…|\n` is tried at every character, ten times slower.)
_END_RE = re.compile(r"[。！？!?．.\n](?:(?<=[。！？!?．])[。！？!?．]*[”’\"'」』)）]*"
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
# A speaker label opening a sentence: one to three capitalised words, or "Speaker 2", then a
# colon (no space before it) and the sentence.
_LABEL_RE = re.compile(r"(?:Speaker \d+|[A-Z][A-Za-z'’.-]{0,19}(?: [A-Z][A-Za-z'’.-]{0,19}){0,2})"
                       r"[:：] ?(?=\S)")
_MAX_PAREN_SPAN = 400  # an unclosed "(" stops protecting its sentence after this many chars

# Pieces of the regexes with which gloss mining looks back from a word to its sentence's start
# (run_in_headings, description_pairs, clause_notes, def_term_trims).
#: Bullets that open a list item (`- `, `* `, `• `), written for a character class.
BULLETS = "-*•"
#: What an English sentence's first word may follow: the start of the text, `.`, `!`, `?`, `:`
#: or `;` and white space, or a line break and white space.
SENTENCE_EDGE = r"(?:\A|[.!?:;]\s+|\n\s*)"
#: A list item's marker and the space after it: a bullet or a number (`- `, `2. `, `3) `).
LIST_MARKER = rf"(?:[{BULLETS}]\s+|\d{{1,2}}[.)]\s+)"


def sentence_spans(text: str, until: int | None = None) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`, in order, whitespace trimmed, none empty.

    With `until`, the list may stop after the first sentence that ends past `until` (those
    before are the same): enough for `sentence_around` of any span ending by `until`."""
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
        if until is not None and spans and spans[-1][1] > until:
            return spans
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
        label = _LABEL_RE.match(text, start) if body[0].isupper() else None
        if label is not None and label.end() < start + len(body):
            body = body[label.end() - start:]
            start = label.end()
        spans.append((start, start + len(body)))


def _is_boundary(text: str, start: int, at: int, end: int, brackets: bool = True) -> bool:
    """Whether the punctuation run text[at:end] ends the sentence that began at `start`
    (`brackets`: whether `text` holds an opening bracket at all)."""
    if brackets and _inside_parentheses(text, start, at):
        return False
    nxt = text[end] if end < len(text) else ""
    if text[at] not in ".．":
        # ! ? 。 end a sentence unless a Latin word continues right after them ("Yahoo!Inc"),
        # but a question glued to the next sentence ends ("right?We") as a period does.
        if nxt.isascii() and nxt.isalnum() and text[at] in "!?":
            return text[at] == "?" and _glued(text, at, end)
        return True
    if text[at:end].startswith("..."):
        return nxt == "" or nxt.isspace() and _next_word_starts_sentence(text, end)
    if nxt and not nxt.isspace():
        # "3.5", "example.com", "e.g.x" continue; a Chinese character after a period starts anew,
        # and so does a capitalised word right after a lower-case one ("no.The reason").
        if _CJK_RE.match(nxt):
            return not text[at - 1:at].isdigit()
        return _glued(text, at, end)
    token = _token_before(text, start, at)
    if token:
        token = token.lower().rstrip(".")
        if len(token) == 1 and token.isalpha():
            return False  # an initial: "J. R. R. Tolkien"
        if token in _SOMETIMES_FINAL:
            return _next_word_starts_sentence(text, end)
        if token in ABBREVIATIONS or "." in token and all(
                len(part) <= 2 for part in token.split(".")):
            return False  # "e.g.", "U.S.", but not the end of "example.com."
    return True


def _glued(text: str, at: int, end: int) -> bool:
    """Whether the mark at text[at:end] ends a sentence that the next one follows without a
    space: a lower-case word of two letters or more (no dotted abbreviation) or a Chinese
    character before it, and a capitalised word (`The`, not `NET` or `Js`) after it."""
    after = text[end:end + 2]
    if not (len(after) == 2 and after.isascii() and after[0].isupper() and after[1].islower()):
        return False
    if at and _CJK_RE.match(text, at - 1):
        return True
    before = text[at - 2:at]
    return (len(before) == 2 and before.isascii() and before.isalpha() and before[1].islower()
            and text[at - 3:at - 2] != ".")


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


#: A card shows at most about this many characters of a context sentence.
CARD_SENTENCE_LIMIT = 250
_CUT_AFTER = frozenset(" ,;:，；：、—")
_SNAP = 40  # how far a cut may move to land after a space or clause mark


def cut_around(sentence: str, span: tuple[int, int], limit: int = CARD_SENTENCE_LIMIT,
               ) -> tuple[str, tuple[int, int]]:
    """`sentence` shortened to about `limit` characters around `span` (the term), each cut end
    moved to a space or clause mark nearby and shown as "…"; the span re-based. A sentence
    within `limit`, or a span outside it, is returned as it is."""
    lo, hi = span
    if len(sentence) <= limit or not 0 <= lo < hi <= len(sentence):
        return sentence, span
    room = max(limit - (hi - lo), 0)
    start = max(0, lo - room // 3)  # a little context before the term, more after it
    end = min(len(sentence), start + max(limit, hi - start))
    start = max(0, min(start, end - limit, lo))
    if start > 0:
        for i in range(start, min(start + _SNAP, lo)):
            if sentence[i - 1] in _CUT_AFTER:
                start = i
                break
    if end < len(sentence):
        for i in range(end, max(end - _SNAP, hi), -1):
            if sentence[i - 1] in _CUT_AFTER:
                end = i
                break
    body = sentence[start:end]
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    if end < len(sentence):
        body = body[:max(len(body.rstrip(",;:，；：、— ")), hi - start - lead)] + "…"
    if start > 0:
        body, lead = "…" + body, lead - 1
    return body, (lo - start - lead, hi - start - lead)
