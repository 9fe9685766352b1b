"""A bracket that explains the word before it by the word it comes from (RULES.md DEF):
`tectum (from the Latin word roof)`, `stapes (Latin for stirrup)`, `vermis (meaning worm in
Latin)`, `hippocampus (from the Greek for seahorse)`. Textbooks name a learned word's source
word and its plain meaning; the pair is def, term = the one word before the bracket, gloss =
the bracket verbatim (as `word_roots.py` does for a note on word parts).

The note must be only the source language and the meaning: `from the Latin word X`, `from
Latin X`, `Latin for X`, `Latin: X`, `X in Latin`, `meaning X in Greek`, `literally (meaning)
X`, with X quoted or one to four plain words. A note with more in it (`from Latin America`,
`Latin names are used here`) is not one, and the word before must be a content word (not
`the`, `of`); a rare word before it makes a two-word name with it (`dura mater`).

A condition named after its cause is glossed the same way, by the source word and a plain
noun: `fascioliasis (Fasciola infection)`, `thyroiditis (thyroid inflammation)`
(`named_from_start`).
"""

from __future__ import annotations

import re

from vocab_app.mining.en_words import FUNCTION_WORDS
from vocab_app.mining.rarity import word_rank
from vocab_app.mining.when_notes import CONDITION_ENDINGS
from vocab_app.mining.word_roots import MEANING, WORD_BEFORE_RE

_LANGUAGE = r"(?:Latin|Greek|Ancient Greek|French|German|Arabic|Old English|Old Norse|Sanskrit)"
_NOUN = r"(?: (?:word|term|root|noun|verb|adjective))?"
#: `from the Latin word roof`, `from Greek for seahorse`; without `from`, `for` or `meaning`
#: must say that a meaning follows (`Latin for stirrup`, not `Latin names are used here`).
_SOURCE = (rf"(?:(?:derived |coming |comes )?from (?:the )?{_LANGUAGE}{_NOUN}"
           rf"(?: for| meaning)?|(?:the )?{_LANGUAGE}{_NOUN} (?:for|meaning)|{_LANGUAGE}:),?"
           rf" {MEANING}")
_TRAILING = rf"(?:meaning )?{MEANING},? in {_LANGUAGE}"
#: `literally meaning tough mother`: the source words' meaning with no language named
_LITERAL = (rf"literally(?: meaning| means|,)? (?:{MEANING}"
            r"|[a-z]+(?:-[a-z]+)?(?: [a-z]+(?:-[a-z]+)?){0,3})")
_NOTE_RE = re.compile(rf"(?:{_SOURCE}|{_TRAILING}|{_LITERAL})")


def is_source_word_note(note: str) -> bool:
    """True when `note` only names the language a word comes from and what the source word
    means (`from the Latin word roof`, `Latin for stirrup`, `meaning worm in Latin`). Cheap: a
    note without a language name is rejected before a regex runs."""
    if "Latin" not in note and "Greek" not in note and not note.startswith("literally") and (
            not any(lang in note for lang in ("French", "German", "Arabic", "English", "Norse",
                                              "Sanskrit"))):
        return False
    return _NOTE_RE.fullmatch(note.strip().rstrip(".")) is not None


def source_word_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of the word before `t1` that the note explains by its source word
    (`is_source_word_note`), or None when the note is no such note or the word before is a
    function word."""
    if not is_source_word_note(note):
        return None
    m = WORD_BEFORE_RE.search(text, max(lo, t1 - 40), t1)
    if m is None or m.group().strip().lower() in FUNCTION_WORDS:
        return None
    first = _LATIN_FIRST_RE.search(text, max(lo, m.start() - 30), m.start())
    if first is not None and min(word_rank(first.group(1).lower()),
                                 word_rank(m.group().strip().lower())) >= _LEARNED_RANK:
        return first.start(1)  # `the dura mater (Latin for “hard mother”)`: a two-word name
    return m.start()


#: The word before a learned word (`dura` of `dura mater`), and how rare both must be.
_LATIN_FIRST_RE = re.compile(r"\b([a-z]{3,}) \Z")
_LEARNED_RANK = 10_000


#: A condition's name: its source word, then one of these endings (`giardiasis`, `lymphoma`).
_NAMED_ENDINGS = (*CONDITION_ENDINGS, "iasis", "oma")
_SOURCE_AND_NOUN_RE = re.compile(r"([A-Za-z]{4,}) ([A-Za-z]{3,})")
#: The noun after the source word is a plain one (`infection`, `inflammation`), not a
#: species name (`Toxoplasma gondii`).
_PLAIN_NOUN_RANK = 20_000


def named_from_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of the condition's name before `t1` that the note explains as its source word
    and a plain noun (`fascioliasis (Fasciola infection)`, `Cyclosporiasis (Cyclospora
    Infection)`), or None. The name is the source word (all but its last two letters at
    most) plus a condition ending; the noun is a plain word (`_PLAIN_NOUN_RANK`)."""
    m = _SOURCE_AND_NOUN_RE.fullmatch(note.strip())
    if m is None:
        return None
    before = WORD_BEFORE_RE.search(text, max(lo, t1 - 40), t1)
    if before is None:
        return None
    name, source = before.group().rstrip().lower(), m.group(1).lower()
    shared = len(source)
    while shared and not name.startswith(source[:shared]):
        shared -= 1
    if shared < max(4, len(source) - 2) or len(name) < shared + 3:
        return None
    if not name.endswith(_NAMED_ENDINGS) or word_rank(m.group(2).lower()) >= _PLAIN_NOUN_RANK:
        return None
    return before.start()
