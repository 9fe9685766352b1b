"""Does a bracket after a short form spell it with its words' initials? (RULES.md S1a)

Schwartz–Hearst matching (abbrev.py) lets a short form take several letters from inside one
word, which a one-word or two-word expansion needs (`EKG (electrocardiogram)`, `DNA
(deoxyribonucleic acid)`). When the bracket has at least as many content words as the short
form has letters, though, a real expansion gives each letter a word of its own: `CNS (central
nervous system)`, `SSRIs (selective serotonin reuptake inhibitors)`. A description of what the
short form stands for, `PNS (peripheral motor and sensory nerves)`, then has its letters out
of order among the initials (p m s n for P N S) and is no expansion: a plain-English note on
the short form (def), if anything.
"""

from __future__ import annotations

import re

from vocab_app.mining.abbrev import LINK_WORDS, initials_match, short_form_units
from vocab_app.mining.lang import word_set

_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-/]*")
_PARTS_RE = re.compile(r"[-/]")


#: Class nouns a name may end with that its short form leaves out: `Secure Shell Protocol (SSH)`.
_CLASS_NOUNS = word_set("""protocol protocols system systems language format service standard
algorithm method program interface framework library tool model file device""")


def misses_initials(short: str, long_form: str) -> bool:
    """True when `long_form` has at least as many content words as `short` has letters, yet
    the short form's letters are not, in order, initials of its words (or of their hyphen
    parts): a description, not an expansion. False for shorter long forms, which may spell
    the short form inside a word, and for a name whose last word is a class noun the short
    form leaves out (`Secure Shell Protocol` for SSH, judged as `Secure Shell`)."""
    if not _misses(short, long_form):
        return False
    head, _, last = long_form.rstrip().rpartition(" ")
    return not (head and last.lower() in _CLASS_NOUNS and not _misses(short, head))


def _misses(short: str, long_form: str) -> bool:
    units = short_form_units(short)
    written = _WORD_RE.findall(long_form)
    words = [w.lower() for w in written]
    content = [w for w in words if w not in LINK_WORDS]
    if len(units) < 2 or len(content) < len(units) or initials_match(short, written):
        return False  # (initials_match: number words, `3GPP`; a permuted name, `ASI`)
    j = 0
    for word in words:
        if j == len(units):
            break
        initials = {p[:1] for p in _PARTS_RE.split(word) if p} | {word[:1]}
        if units[j] in initials or units[j].isdigit():
            j += 1
    return j < len(units) and not _every_word_spells(units, content)


def _every_word_spells(units: str, words: list[str]) -> bool:
    """True when each word, in order, holds one unit of `units` and the first word opens with
    the first unit (`ONNX`: Open Neural Network eXchange)."""
    if len(words) != len(units) or words[0][:1] != units[0]:
        return False
    return all(unit in word for unit, word in zip(units, words, strict=True))


#: A short form written like a capitalised word: a capital and one to three small letters
#: (`Fab`, `Fc`), which is_short_form leaves out (it may be a word: `Transformer`).
_WORDLIKE_SHORT_RE = re.compile(r"[A-Z][a-z]{1,3}")
_UNIT_RE = re.compile(r"[A-Za-z]+")


def wordlike_short_form_start(text: str, short: str, end: int, lo: int) -> int | None:
    """Start of the long form ending at `end` whose words spell the word-like short form
    `short` letter for letter, each letter a word's or a hyphen part's initial (`fragment
    antigen-binding (Fab)`, `fragment crystallizable (Fc)`); None when there is none. The long
    form starts at a word's start, in lower case, never inside a hyphenated word."""
    if _WORDLIKE_SHORT_RE.fullmatch(short) is None:
        return None
    units = list(_UNIT_RE.finditer(text, max(lo, end - 80), end))
    n = len(short)
    if len(units) < n or units[-1].end() != end:
        return None
    taken = units[-n:]
    for m, letter in zip(taken, short.lower(), strict=True):
        if m.group()[0] != letter or not m.group().islower():
            return None
    for a, b in zip(taken, taken[1:], strict=False):
        if text[a.end():b.start()] not in (" ", "-"):
            return None
    start = taken[0].start()
    if start > lo and (text[start - 1] == "-" or text[start - 1].isalnum()):
        return None
    return start
