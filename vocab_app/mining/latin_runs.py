"""Latin runs inside Chinese text (rule B2): where the run before a bracket starts, and whether
a run is embedded in Chinese text at all (else it is English prose, whose term is a noun phrase).
"""

from __future__ import annotations

import re

from vocab_app.mining.en_words import CONTEXT, JOINERS, WORD_CHARS
from vocab_app.mining.lang import CJK_RE, is_cjk

# The run read backwards, on the reversed text: word characters, spaces and hyphens, and a
# joiner between two word characters that is not the run's last character (at the start of
# the reversed text nothing precedes it). One match in C instead of a Python step per
# character: in English prose the run goes back to the last comma or sentence end. A plural
# possessive's apostrophe before a space is in the run too (`Bayes' theorem`), and so is an `&`
# between two spaced words, read as `and` (`Weights & Biases`, `Clean & Explore`).
# (The classes are en_words.WORD_CHARS and JOINERS.)
_W = "A-Za-z0-9"
_RUN_BACKWARDS_RE = re.compile(
    rf"(?:[{_W} \-]|(?<=[{_W}])[.'’&+/](?=[{_W}])|(?<=[{_W}] )&(?= [{_W}])"
    rf"|(?<= )['’](?=s[A-Za-z]))*")
#: A link between two terms, which a run that starts after the first term's gloss (S3) opens
#: with: never part of the second term.
_CONNECTIVE_RE = re.compile(r"(?:and|or|vs\.?|versus|&)\s+")
_WORD_CHAR_RE = re.compile(f"[{_W}]")
_BRACKETED_RE = re.compile(r"[(（][^()（）]*[)）]")


def latin_run_start(text: str, end: int, lo: int = 0) -> int:
    """Start of the final run of Latin letters, digits, spaces and hyphens ending at `end`
    (rule B2: `巧妙的 scaffolding` → `scaffolding`, `3D 或 video world models` → `video…`),
    but not before `lo`.

    `.`, `'`, `&` and `+` count only between two word characters. A link word that opens a run
    right after a bracket (`and`, `or`, `vs`, `versus`: `A (甲) vs B (乙)`) is not in it.
    Returns `end` when the character before `end` is not a Latin word character. The run is
    followed back no further than `lo` (in English prose it would run to the start of the
    paragraph): the result is `max(lo, start of the whole run)`.
    """
    i = end
    if end > lo:  # (the test of _extends, on each character back to `lo`; the reversed text
        # keeps the character before `lo`, which a joiner at `lo` needs as its neighbour)
        back = text[lo - 1 if lo else 0:end][::-1]
        found = _RUN_BACKWARDS_RE.match(back)
        i = max(lo, end - found.end()) if found else end
    if i == lo and lo > 0 and _extends(text, lo, end):
        # The run goes on before `lo`: its start is before `lo` unless only spaces and
        # hyphens (which the start skips) lie between.
        j = lo
        while j > 0 and text[j - 1] in " -":
            j -= 1
        if j > 0 and _extends(text, j, end):
            return lo
    while i < end and text[i] in " -":
        i += 1
    j = i
    while j > max(0, i - 4) and text[j - 1] in " \t":
        j -= 1
    if j > 0 and text[j - 1] in ")）":
        joined = _CONNECTIVE_RE.match(text, i, end)
        if joined is not None and joined.end() < end:
            i = joined.end()  # `A (甲) vs B (乙)`: the run after a gloss opens with its link
    return i


def _extends(text: str, i: int, end: int) -> bool:
    """True when the character before `i` belongs to a Latin run that ends at `end`."""
    ch = text[i - 1]
    return ch in WORD_CHARS or ch == " " or ch == "-" or (
        ch in JOINERS and i >= 2 and i < end and text[i - 2] in WORD_CHARS
        and text[i] in WORD_CHARS)


def in_chinese_context(text: str, start: int, after: int) -> bool:
    """True when the Latin run starting at `start` is embedded in Chinese text: a Chinese
    character (or Chinese punctuation) sits right before it, or the text around it (up to
    `CONTEXT` characters before `start` and after `after`, the end of the bracket) is mostly
    Chinese. Otherwise the run is English prose and its term is a noun phrase."""
    j = start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j >= 0:
        ch = text[j]
        if is_cjk(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’":
            return True
    around = text[max(0, start - CONTEXT):start] + text[after:after + CONTEXT]
    if not _mostly_chinese(around):
        return False
    # Other brackets are glosses or notes, not the text the run stands in: an English sentence
    # with a learner's Chinese glosses (`take the plunge (下定决心冒险一试)`) is prose.
    return ("(" not in around and "（" not in around) or _mostly_chinese(
        _BRACKETED_RE.sub(" ", around))


def _mostly_chinese(around: str) -> bool:
    # (counted by what removing them takes off: a pass in C, not a Python step per character)
    cjk = len(around) - len(CJK_RE.sub("", around))
    latin = len(around) - len(_WORD_CHAR_RE.sub("", around))
    return cjk > 0 and cjk * 4 >= latin
