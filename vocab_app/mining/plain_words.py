"""A plainer, shorter word for the word before the bracket (RULES.md DEF): `glucose (sugar)`,
`lipid (fat)`, `contrast agents (dyes)`. The pair keeps the text's order (term = the word
before the bracket). Split from described_terms.py, whose word tests it shares.
"""

from __future__ import annotations

import re

from vocab_app.mining.description_words import (
    ASIDE_WORDS,
    CLASSIFYING_ENDINGS,
    CLOSING,
    DETERMINERS,
    KIND_NOUNS,
    PEOPLE_WORDS,
    PLAIN_NOTE_RE,
    TOOL_NOUNS,
    VOWELS_RE,
    WORD_RE,
)
from vocab_app.mining.description_words import content_word as _content
from vocab_app.mining.description_words import core_word as _core
from vocab_app.mining.description_words import is_plural as _plural
from vocab_app.mining.en_words import NP_STOP_WORDS, OBJECT_VERBS
from vocab_app.mining.rarity import FLOOR, RATIO, word_rank
from vocab_app.mining.technical_terms import _describing_word
from vocab_app.mining.term_first import term_first_start


def plain_word_for(text: str, start: int, end: int, note: str) -> int | None:
    """Start of the word before `end` that the bracket `note` renames in plainer words: a
    plainer, shorter word (`_plainer_word`) or, for a technical word first, a plain phrase
    (term_first.py: `the larynx (voice box)`); else None. Not a verb after `to` (`unable to
    conceive (infertile)`: the note names what one cannot do, not the verb)."""
    if note.strip().endswith(_STATE_ENDINGS) and _INFINITIVE_RE.search(
            text, max(start, end - 40), end):
        return None  # (`to detect (find)`: a verb for a verb stays)
    p0 = _plainer_word(text, start, end, note)
    if p0 is None:
        p0 = quality_noun_for(text, start, end, note)
    if p0 is None:
        p0 = gerund_for_nominal(text, start, end, note)
    return p0 if p0 is not None else term_first_start(text, start, end, note)


_INFINITIVE_RE = re.compile(r"\bto [a-z]+\Z")
#: Endings of adjectives and nouns of a state, which no verb before the bracket renders.
_STATE_ENDINGS = ("ile", "ent", "ant", "able", "ible", "al", "ic", "ous", "ive", "ity", "ness",
                  "ia", "sis")
#: A one-word note made of an everyday adjective and `-ness` (`tiredness`, `paleness`).
_NESS_RE = re.compile(r"([a-z]{3,})ness")
#: The last word before the bracket (letters only), and whether it opens a line or sentence.
_HEAD_RE = re.compile(r"(?:^|(?<=[\s(\"“]))([A-Za-z][a-z]+)\Z")


def quality_noun_for(text: str, start: int, end: int, note: str) -> int | None:
    """Start of the noun before `end` that a one-word `-ness` note renders in everyday words
    (`unusual fatigue (tiredness)` → fatigue, `marked pallor (paleness)` → pallor), or None.
    The note's adjective (`tired`, `pale`) is an everyday word at least RATIO times commoner
    than the noun: the note says what the noun means, so it renders that noun alone and the
    words before it (`unusual`, `marked`) are the sentence's remark on the case. The `-ness`
    word itself may rank rarer than the noun; its adjective is what a reader knows."""
    m = _NESS_RE.fullmatch(note.strip())
    if m is None:
        return None
    h = _HEAD_RE.search(text, max(start, end - 40), end)
    if h is None:
        return None
    base = m.group(1)
    base = base[:-1] + "y" if base.endswith("i") else base  # `dizziness` → dizzy
    head = h.group(1)
    if head[0].isupper() and text[max(start, h.start() - 2):h.start()].strip(" -•") != "":
        return None  # a capital inside a sentence: a name
    noun = head.lower()
    if (noun in NP_STOP_WORDS or noun in KIND_NOUNS or noun in PEOPLE_WORDS
            or noun.endswith(("ly", "ing", "ed", "ness")) or noun[:4] == base[:4]):
        return None
    rank = word_rank(base)
    return h.start() if rank < FLOOR and word_rank(noun) >= max(FLOOR, RATIO * rank) else None


def _plainer_word(text: str, start: int, end: int, note: str) -> int | None:
    """Start of the word before `end` that the bracket `note` renames in a plainer word
    (`glucose (sugar)`, `lipid (fat)`, `sodium (salt)`), or None. A plain word is short: one
    lower-case word of three to five letters with a vowel, at least two letters shorter than
    the word it glosses, which is a lower-case noun, not a kind of thing or a software part
    (`the runtime (node)`) and not an agent noun (`the formatter (black)`). It renames that word
    only, after a function word or a classifying adjective: `radioactive glucose (sugar)` →
    glucose; after another noun or a plain adjective the words are a description
    (`low blood pressure (shock)`, described by `description_start`)."""
    if not PLAIN_NOTE_RE.fullmatch(note) or not VOWELS_RE.search(note):
        return None
    if (note in ASIDE_WORDS or note in PEOPLE_WORDS or note in NP_STOP_WORDS
            or _describing_word(note)):
        return None
    words = list(WORD_RE.finditer(text, max(start, end - 60), end))
    if not words:
        return None
    last = words[-1]
    word = last.group()
    if not (word.isalpha() and word.islower()) or len(word) < len(note) + 2:
        return None
    if (word in NP_STOP_WORDS or word in DETERMINERS or word in KIND_NOUNS
            or word in TOOL_NOUNS or word.endswith(("er", "or", "ly", "ing", "ed"))):
        return None
    if len(words) > 1 and words[-2].group()[-1] not in CLOSING:
        prev = _core(words[-2].group())
        if (_content(words[-2].group()) and not prev.endswith(CLASSIFYING_ENDINGS)
                and not _verb_after_subject(words, len(words) - 2)):
            if _plural(prev) and not _plural(word):
                return last.start()  # `tests detect (find)`: a verb after a plural subject
            if _plural(word) and _plural(note):
                return words[-2].start()  # `contrast agents (dyes)`: a compound, renamed
            # `low blood pressure (shock)`, `fluid buildup (edema)`: a description whose
            # technical term happens to be short
            return None
    return last.start()


def _verb_after_subject(words: list[re.Match[str]], i: int) -> bool:
    """True when words[i] is an -s verb after a singular noun (`the body handles`)."""
    core = _core(words[i].group())
    if i < 1 or not _plural(core) or words[i - 1].group()[-1] in CLOSING:
        return False
    subject = _core(words[i - 1].group())
    return _content(words[i - 1].group()) and not _plural(subject) and not subject.endswith(
        CLASSIFYING_ENDINGS)


#: A Latinate noun of a process (`inflammation`, `respiration`, `perspiration`).
_NOMINAL_RE = re.compile(r"(?:^|(?<=[\s(\"“]))([a-z]{4,}(?:tion|sion))\Z")
#: A one-word gerund (`swelling`, `breathing`, `sweating`).
_GERUND_RE = re.compile(r"[a-z]{3,}ing")
#: An everyday word: the gerund a reader knows (rank).
_EVERYDAY = 20_000


def gerund_for_nominal(text: str, start: int, end: int, note: str) -> int | None:
    """Start of a Latinate noun of a process before `end` glossed by the everyday gerund of the
    same process (`inflammation (swelling)`, `perspiration (sweating)`), or None: the noun
    alone, after a function word or an adjective (`severe inflammation (swelling)` →
    inflammation); after another noun the two may be a compound (`joint inflammation`), left
    to the other rules."""
    note = note.strip()
    if not _GERUND_RE.fullmatch(note) or word_rank(note) >= _EVERYDAY:
        return None
    m = _NOMINAL_RE.search(text, max(start, end - 40), end)
    if m is None or m.group(1)[:4] == note[:4]:
        return None
    before = text[max(start, m.start() - 30):m.start()].split()
    prev = _core(before[-1]) if before else ""
    if prev and prev not in NP_STOP_WORDS and prev not in DETERMINERS and prev not in (
            OBJECT_VERBS) and not (prev.endswith(CLASSIFYING_ENDINGS) or _describing_word(prev)):
        return None  # (a verb before it takes it as its object: `cause inflammation`)
    return m.start(1)
