"""What stands before a bracket: the head a gloss belongs to (gold RULES.md S1, M1, P1).

The head is found from the bracket leftwards, spaces skipped: an IPA transcription between the
term and its bracket (`cadence /ˈkeɪdəns/ (节奏)`), or a bracket holding only a pronunciation
(`arrhythmias (ah-RITH-me-ahs) (irregular heartbeats)`), is stepped over and kept as the term's
pronunciation; a short form before a Chinese gloss is stepped over too (`Mean Squared Error
(MSE) (均方误差)`), and so is a TeX symbol after a Chinese term (`词汇表$V$（vocabulary）`); a
marked span ending there is the term (marked_terms.py); a closing quote makes the quoted text
the term; otherwise the last character says whether the head is Chinese or
English, and the term's start is left to the gloss (glosses.py).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from vocab_app.mining.brackets import Parenthetical
from vocab_app.mining.lang import CLOSE_QUOTES, OPEN_QUOTES, has_cjk, is_cjk, line_start
from vocab_app.mining.marked_terms import MarkIndex
from vocab_app.mining.pronunciation import ipa_before
from vocab_app.mining.term_limits import stepped_over
from vocab_app.mining.zh_tokens import tag_words

#: A short TeX symbol (`$V$`, `$W_q$`) ending at the head.
_MATH_SYMBOL_RE = re.compile(r"\$[^\s$]{1,8}\$\Z")
_QUOTE_REACH = 40  # how far back a closing quote looks for its opening quote
_QUOTED_TRAIL = ",;:，；：、 "  # ends a quote's text, not its term (a period may: `"U.S."`)
_LATIN_WORD_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class Head(NamedTuple):
    """What stands before a bracket. `start` is known for a quoted or marked head (the term is
    then fixed); for a plain head only its end is, and the term's start depends on the gloss."""

    end: int
    zh: bool
    start: int | None = None
    quoted: bool = False
    marked: bool = False
    pronunciation: str = ""  # an IPA transcription between the term and the bracket


def find_head(text: str, p: Parenthetical, lo: int, marks: MarkIndex | None) -> Head | None:
    """What stands before parenthetical `p` (no further left than `lo`), or None when nothing
    a term could end with does: a marked span (M1), a quoted term, a Chinese character or a
    Latin word character, maybe followed by an IPA transcription (P1)."""
    head_end = _skip_space(text, p.open, lo)
    if head_end <= lo:
        return None
    open_pos, pron = p.open, ""
    found = ipa_before(text, head_end, lo) if text[head_end - 1] in "/]" else None
    if found is not None:  # `cadence /ˈkeɪdəns/ (节奏)`: the term is before the transcription
        pron, open_pos = text[found[1]:head_end], found[0]
        head_end = _skip_space(text, found[0], lo)
        if head_end <= lo:
            return None
    elif text[head_end - 1] in ")）":
        stepped = stepped_over(text, head_end, p, lo)
        if stepped is None:
            return None  # a closing bracket right before: no term (S3)
        # `arrhythmias (ah-RITH-me-ahs) (fast …)`, `Mean Squared Error (MSE) (均方误差)`
        open_pos, pron = stepped
        head_end = _skip_space(text, open_pos, lo)
        if head_end <= lo:
            return None
    elif text[head_end - 1] == "$":
        symbol = _MATH_SYMBOL_RE.search(text, max(lo, head_end - 12), head_end)
        if symbol is not None and symbol.start() > lo and is_cjk(text[symbol.start() - 1]):
            # `词汇表$V$（vocabulary）`: a math symbol naming the Chinese term stands between
            # it and its gloss, as a notation, not a word of the term
            open_pos = head_end = symbol.start()
    if marks is not None:
        close_end = p.end + 1 if p.closed else p.end
        span = marks.term_span(head_end, open_pos, close_end, lo)
        if span is not None:
            return Head(span[1], has_cjk(text[span[0]:span[1]]), span[0], marked=True,
                         pronunciation=pron)
    ch = text[head_end - 1]
    wrapped = _quoted_with_bracket(text, p, head_end, lo)
    if wrapped is not None:  # `"已释放（released）"`: the quotes mark the term with its gloss
        return Head(head_end, has_cjk(text[wrapped:head_end]), wrapped, quoted=True,
                    pronunciation=pron)
    if ch in CLOSE_QUOTES:
        quoted_start = _opening_quote(text, head_end - 1, lo)
        if quoted_start is None:
            return None
        inner0, inner1 = quoted_start + 1, head_end - 1
        while inner1 > inner0 and text[inner1 - 1] in _QUOTED_TRAIL:
            inner1 -= 1  # `“mismatched types,”（…）`: the sentence's comma put inside the quotes
        head_text = text[inner0:inner1].strip()
        if not head_text:
            return None
        return Head(inner1, has_cjk(head_text), inner0, quoted=True, pronunciation=pron)
    if is_cjk(ch):
        return Head(head_end, True, pronunciation=pron)
    if ch in _LATIN_WORD_CHARS:
        return Head(head_end, False, pronunciation=pron)
    return None


def _skip_space(text: str, end: int, lo: int) -> int:
    while end > lo and text[end - 1] in " \t\u3000":
        end -= 1
    return end


def _opening_quote(text: str, close: int, lo: int) -> int | None:
    floor = max(lo, close - _QUOTE_REACH)
    for i in range(close - 1, floor - 1, -1):
        if text[i] in OPEN_QUOTES:
            return i
    return None


_SENTENCE_PUNCT = frozenset("。！？!?；;，,：:")
#: jieba tags that make a quoted phrase a clause: pronouns, aspect particles, conjunctions,
#: modal particles.
_CLAUSE_FLAGS = frozenset(("r", "ul", "uz", "ug", "uv", "c", "y", "e"))


def _quoted_with_bracket(text: str, p: Parenthetical, head_end: int, lo: int) -> int | None:
    """Start of the term when quotes wrap the term and its bracket together (`“重新调度
    （rescheduled）”`): a closing quote right after the bracket and its opening quote before
    the head, with a short phrase between them; else None."""
    after = p.end + 1
    if not p.closed or after >= len(text) or text[after] not in CLOSE_QUOTES:
        return None
    if text[head_end - 1] in CLOSE_QUOTES:
        return None
    q = _opening_quote(text, head_end, lo)
    if q is None:
        return None
    inner = text[q + 1:head_end]
    if (not inner.strip() or len(inner) > _QUOTE_REACH // 2
            or any(ch in _SENTENCE_PUNCT or ch in CLOSE_QUOTES for ch in inner)):
        return None
    if has_cjk(inner) and any(flag in _CLAUSE_FLAGS or word == "是"
                              for word, flag in tag_words(inner)):
        return None  # `“我们用了强化学习（RL）”`: a quoted clause, not a quoted term
    return q + 1


#: (longer, the line may be a sentence or a subtitle cue: `we rolled it out (推出)` keeps its
#: noun phrase or verb phrase rules)
_ALONE_WORDS = 3
#: A lower-case article opening a line glossed whole.
_LEADING_ARTICLE_RE = re.compile(r"(?:an?|the)\s+")
_LINE_TAIL_RE = re.compile(r"[ \t]*[)）][ \t]*[:：]?[ \t]*(?:\n|\Z)")


def whole_line_start(text: str, t0: int, t1: int, g1: int, lo: int) -> int | None:
    """Start of the term when the English run `text[t0:t1]` opens its line and the bracket
    ending at `g1` ends it (maybe with a colon), the run at most three words with no sentence
    punctuation: a table cell, heading or list item glossed whole (`What it is (是什么)`). A
    capitalised article opening it is the author's title and stays (`## The Problem (问题)`:
    five annotators of three rounds kept it, one dropped it); a lower-case one opens a phrase
    and goes (`the least (最少的)`). None for any other run."""
    start = line_start(text, lo, t0)
    if text[start:t0].strip() or _LINE_TAIL_RE.match(text, g1) is None:
        return None
    run = text[t0:t1]
    if len(run.split()) > _ALONE_WORDS or any(c in run for c in ".!?;。！？；"):
        return None
    article = _LEADING_ARTICLE_RE.match(text, t0, t1)
    return article.end() if article and article.end() < t1 else t0
