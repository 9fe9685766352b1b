"""Plain descriptions glossed by the technical term in brackets that the noun-phrase reading
(described_terms.py) leaves out because they hold a relative clause or follow one (RULES.md
DEF, plain words first): `such as weakness that affects one side of the body (hemiparesis)`,
`and glands in the skin that make oil (sebaceous glands)`, `…, which often causes swelling of
the face and hands (angioedema)`.

The description is the whole clause part before the bracket, from a comma, a bracket or the
sentence start, without the link that joins it to the sentence (`and`, `such as`, `which
often causes`): its words are the only words the term can name. It is taken only when it has
the shape of a noun phrase: a short noun phrase, maybe with one prepositional phrase, and a
`that`/`which` clause of its own; or, after `which … causes`, nouns linked by `of`/`and`/`in`.

A process described by what happens in it is named by the note as a whole: `the process by
which cells mature to carry out specific functions (differentiation)`, `the process that divides
the developing heart into four chambers (cardiac septation)` (`process_description_start`).

The other way round, a bracket may say which of a plural noun phrase's things it names, as a
relative clause: `depository institutions (those that accept deposits)` (`those_note`).
"""

from __future__ import annotations

import re

from vocab_app.mining.definitions import points_at_one, points_back
from vocab_app.mining.description_modifiers import after_owner
from vocab_app.mining.description_words import DEGREE_ADVERBS, PEOPLE_WORDS, clause_opening
from vocab_app.mining.en_words import NP_STOP_WORDS
from vocab_app.mining.lang import word_set
from vocab_app.mining.when_notes import names_process

_WORD_RE = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")
#: Links that join the description to the sentence before it, dropped from the term.
_JOINS = word_set("and or such as including like")
_ARTICLES = word_set("a an the")
#: Prepositions inside the noun phrase before the relative (`glands in the skin that …`).
_NP_PREPOSITIONS = word_set("in of on under around inside within between near")
_RELATIVES = word_set("that which")
#: Verbs of a `which` clause whose object is the description (`which often causes …`).
_CAUSING = word_set("cause causes caused include includes including produce produces "
                    "lead leads")
_OBJECT_LINKS = word_set("of and in the on")
_FREQUENCY = word_set("often sometimes also always frequently")
#: Words the noun phrase before a relative never opens with (pronouns, numbers, people).
_NOT_NOUNS = NP_STOP_WORDS | PEOPLE_WORDS
_MAX_WORDS = 16
#: Words after the relative that make the clause a remark or an event, not what the thing is
#: or does: modals, the past, adverbs, a subject of its own (`that we saw`).
_REMARK_STARTS = word_set("may might can could will would shall should must was were had did "
                          "also then still often sometimes usually i we you he she they it "
                          "the a an this these those")


def relative_description_start(text: str, lo: int, t1: int) -> int | None:
    """Start of the plain description before `t1` (see the module docstring) that a bracketed
    technical term glosses, else None."""
    base = clause_opening(text, lo, t1, 200)
    if base == t1 - 200 > lo:
        return None  # no clause start within reach
    words = list(_WORD_RE.finditer(text, base, t1))
    if not words or words[-1].end() != t1 or len(words) > _MAX_WORDS + 4:
        return None
    low = [w.group().lower() for w in words]
    i = 0
    if low[:2] == ["such", "as"]:
        i = 2
    elif low[0] in _JOINS:
        i = 1
    if i < len(low) and low[i] == "which":
        return _caused_object(words, low, i + 1)
    while i < len(low) and low[i] in _ARTICLES:
        i += 1
    first = _noun_and_relative(words, low, i)
    if first is None:
        return None
    return words[after_owner(words, first, len(words))].start()  # (the cell's framework)


#: `process that …`, `process by which …`: a process told by what happens in it.
_PROCESS_RE = re.compile(r"\bprocess(?:es)? (?:that|(?:by|in|through) which|whereby) ", re.I)


def process_description_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of `process that …` or `process by which …` in the clause before `t1` when the
    note is a noun of a process (see the module docstring), else None."""
    found = _PROCESS_RE.search(text, clause_opening(text, lo, t1, 200), t1)
    if found is None or not names_process(note):
        return None
    return found.start()


def _noun_and_relative(words: list[re.Match[str]], low: list[str], i: int) -> int | None:
    """Index of the first word of `noun [preposition [the] noun] that|which verb …` from word
    i, else None."""
    if i >= len(low) or len(low) - i > _MAX_WORDS or low[i] in _NOT_NOUNS:
        return None
    if not words[i].group().islower() or low[i].endswith(("ly", "ing")):
        return None
    rel = next((k for k in range(i + 1, min(len(low), i + 6)) if low[k] in _RELATIVES), None)
    if rel is None or rel + 2 >= len(low):
        return None
    for k in range(i + 1, rel):  # only nouns, adjectives and one prepositional phrase
        if low[k] in _NP_PREPOSITIONS or low[k] in _ARTICLES:
            continue
        if low[k] in _NOT_NOUNS or low[k].endswith("ly"):
            return None
    verb = low[rel + 1]
    if verb in _REMARK_STARTS or verb in DEGREE_ADVERBS or verb.endswith("ed") and len(verb) > 4:
        return None  # (`that also …`, `that was …`: a remark; a participle: a past event)
    return i


def _caused_object(words: list[re.Match[str]], low: list[str], i: int) -> int | None:
    """Start of the object of `which [adverb] causes …` from word i: nouns joined by `of`,
    `and`, `in`, `the` only, else None."""
    if i < len(low) and (low[i].endswith("ly") or low[i] in _FREQUENCY):
        i += 1  # `which often causes`
    if i >= len(low) or low[i] not in _CAUSING:
        return None
    i += 1
    while i < len(low) and low[i] in _ARTICLES:
        i += 1
    if not 3 <= len(low) - i <= _MAX_WORDS or low[i] in _NOT_NOUNS:
        return None
    if any(w in _NOT_NOUNS and w not in _OBJECT_LINKS for w in low[i:]):
        return None
    return words[i].start()


#: `(those that …)`: the verb after the relative says a remark in a modal or the past.
_REMARK_VERBS = word_set("may might can could will would shall should must was were had did")
THOSE_RE = re.compile(r"those (?:that|which|who|whose) \S+ \S")


def those_note(head: str, note: str, before: str) -> bool:
    """True for `(those that …)` after a plural noun phrase: which of them the name is for,
    said as a relative clause (`depository institutions (those that accept deposits)`,
    `caregivers (those who look after a sick person)`), without a digit or a second clause;
    not a remark in a modal or the past nor after `the`/`our` (a particular group)."""
    words, verb = head.split(), note.split()[2].lower()
    if verb in _REMARK_VERBS or points_at_one(before) or points_back(before) or (
            before.split()[-1:] and before.split()[-1].lower() == "the"):
        return False  # `the results (those that were significant)`: which ones, a remark
    return (bool(words) and words[-1].lower().endswith("s") and words[-1].isalpha()
            and len(note.split()) <= 15 and not any(ch in note for ch in ";:?!")
            and not any(ch.isdigit() for ch in note))
