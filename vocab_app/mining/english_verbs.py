"""A verb in front of a description (RULES.md DEF): `proteins that work together to destroy
foreign invaders (pathogens)`, `glia, which protect and maintain nerve cells (neurons)`,
`instructions for making pieces (subunits)`. The description walk (described_terms.py) knows
no parts of speech, so a verb with its object reads as one noun phrase; the note names the
object only.

A word is taken for a verb by two things together: where it stands (after `to`, a modal or
`not`; after `and`/`or`, a relative pronoun or a plural subject; an -ing form after `for`,
`by`, `when`, `while`, `without`, `after` or `before`) and how CC-CEDICT uses it, as a verb
(`to destroy`) far more often than as a word alone (zh_en_dictionary.verb_uses). Where the
place says less, the dictionary must say more: `and open sores` keeps `open`, which the
dictionary uses alone too often.

The same evidence tells two more shapes apart: a note right after a verb and its plural subject
names the verb's object, no description (`users prefer (tabs)`: names_object), and a note that
opens with a verb renames the bare verb after `to` (`cause them to self-destruct (undergo
apoptosis)`: infinitive_start), and a note that can only be a verb renames the verb phrase it
follows (`spread to other parts of the body (metastasize)`: verb_phrase_start).
description_modifiers and long_form_starts ask `maybe_verb`.
"""

from __future__ import annotations

import re

from vocab_app.mining.description_words import DETERMINERS, PARTICLES, PREPOSITIONS
from vocab_app.mining.en_words import MODALS, NP_STOP_WORDS
from vocab_app.mining.lang import word_set
from vocab_app.mining.zh_en_dictionary import verb_uses

#: Words after which a verb-like word is a verb (`to destroy`, `may cause`, `not leave`).
_BEFORE_VERB = MODALS | word_set("to not")
#: Words after which it is a verb only when the dictionary knows it almost only as one.
_MAYBE_BEFORE_VERB = word_set("and or that which who also often usually")
#: Words after which an -ing form with an object after it is a verb (`for making pieces`).
_BEFORE_GERUND = word_set("for by when while without after before")
#: How many times more often the dictionary must use the word as a verb than alone.
_RATIO_AFTER_VERB_WORD = 2
_RATIO_ELSEWHERE = 5
#: The fewest verb senses that make a word a verb at all.
_MIN_VERB_SENSES = 3


def _bases(word: str) -> list[str]:
    """`word`, or for an -ing form the verbs it may be made from (`making` → mak, make)."""
    if not word.endswith("ing") or len(word) < 6:
        return [word]
    stem = word[:-3]
    return [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])


def _verb_by_dictionary(word: str, ratio: int) -> bool:
    if word.endswith("ing") and verb_uses(word)[1] > 0:
        return False  # (`missing teeth`: the dictionary has the -ing form as a word)
    for base in _bases(word):
        verb, other = verb_uses(base)
        if verb >= _MIN_VERB_SENSES and verb >= ratio * other:
            return True
    return False


def maybe_verb(word: str) -> bool:
    """True when CC-CEDICT uses the lower-case `word` (or the verb of an -ing form) as a verb
    at least twice as often as alone: it may be the verb wherever it stands."""
    return _verb_by_dictionary(word, _RATIO_AFTER_VERB_WORD)


def _plural_subject(word: str) -> bool:
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith("ss")


def after_leading_verb(text: str, lo: int, d0: int, t1: int) -> int:
    """`d0`, or the start of the word after it when `text[d0:t1]` opens with a verb whose
    object is the rest (`destroy foreign invaders` → foreign invaders). The rest must open
    with a content word, not a particle or preposition (`waste away`, `turn inward`: the verb
    is the description), nor with an -ing form or an adverb."""
    words = text[d0:t1].split()
    if len(words) < 2 or not words[0].isalpha() or not words[0].islower():
        return d0
    first, nxt = words[0], words[1].lower().rstrip(",")
    third = words[2].lower() if len(words) > 2 else ""
    if (nxt in PREPOSITIONS or nxt in PARTICLES or nxt.endswith(("ward", "wards", "ing"))
            or nxt.endswith("ly") and (not third or third in PREPOSITIONS)):
        return d0  # (`stop beating (cardiac arrest)`: the verb's object is a doing; `grow
        # slowly before birth`: a verb with its manner is the description)
    before = text[max(lo, d0 - 30):d0].split()
    if not before:
        return d0
    prev = before[-1].lower().rstrip(",")
    if first.endswith("ing"):
        ratio = _RATIO_AFTER_VERB_WORD if prev in _BEFORE_GERUND else 0
    elif prev in _BEFORE_VERB:
        ratio = _RATIO_AFTER_VERB_WORD
    elif (prev in _MAYBE_BEFORE_VERB or _plural_subject(prev)) and not first.endswith("er"):
        ratio = _RATIO_ELSEWHERE  # (`or lower abdomen`: a comparative, no verb)
    elif prev.endswith((")", "）")) and first.endswith("s") and not first.endswith("ss"):
        ratio, first = _RATIO_AFTER_VERB_WORD, first[:-1]  # `prolactin (PRL) promotes …`:
        # a verb in -s after a name and its bracket
    else:
        ratio = 0
    if not ratio or not _verb_by_dictionary(first, ratio):
        return d0
    end = d0 + len(words[0])
    return end + 1 if text[end] == " " else d0


def names_object(description: str, note: str) -> bool:
    """True when the description ends in a verb after its plural subject and the note, one
    word, is no verb: the note names what the verb acts on, not the description (`users prefer
    (tabs)`); a verb note renames a verb (`turn on (activate)`), and a noun after a singular
    one is a compound (`platelet count`)."""
    words = description.split()
    if (len(words) < 2 or " " in note.strip() or not words[-1].isalpha()
            or not words[-1].islower() or words[-1].endswith("ing")
            or not _plural_subject(words[-2])):
        return False
    return (_verb_by_dictionary(words[-1], _RATIO_ELSEWHERE)
            and not _verb_by_dictionary(note.strip().lower(), _RATIO_AFTER_VERB_WORD))


#: A bare verb after `to` right before the bracket (`to self-destruct`).
_INFINITIVE_END_RE = re.compile(r"\bto ([a-z]+(?:-[a-z]+)*)\Z")


def infinitive_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of the verb after `to` that ends at `t1` when the note opens with a verb too: the
    note renames the verb (`cause them to self-destruct (undergo apoptosis)`); else None."""
    first = note.split(" ", 1)[0]
    if not first.isalpha() or not first.islower() or first.endswith(("ing", "s")):
        return None
    m = _INFINITIVE_END_RE.search(text, max(lo, t1 - 40), t1)
    if m is None or not maybe_verb(first):
        return None
    return m.start(1)


#: A note that can only be a verb by its ending (`metastasize`, `hypoventilate`, `inactivate`).
_VERB_NOTE_RE = re.compile(r"[a-z]{4,}(?:ize|ise|ify|ate)")
_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")
#: How many words back the verb of a verb phrase may stand.
_VERB_REACH = 7


def verb_note(note: str) -> bool:
    """True for a note that can only be a verb by its ending and the dictionary (`metastasize`,
    `hypoventilate`; not `palate`, `malaise`)."""
    if _VERB_NOTE_RE.fullmatch(note) is None:
        return False  # (most notes: no dictionary look-up, which loads the table)
    verb, other = verb_uses(note)
    return not other and not (note.endswith("ise") and not verb)


def verb_phrase_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of the verb phrase ending at `t1` that a verb note renames (`spread to other parts
    of the body (metastasize)`, `take shallow breaths (hypoventilate)`, `block the activity of
    (inactivate)`): the last word in the clause that the dictionary takes for a verb; None
    when the note may be a noun (`palate`) or no verb stands within reach."""
    if not verb_note(note):
        return None
    tokens = list(_TOKEN_RE.finditer(text, max(lo, t1 - 80), t1))[-_VERB_REACH:]
    if note.endswith("ate") and any(t.group().lower() in ("a", "an") for t in tokens[-3:]):
        return None  # (`turn the fibre into an acid (butyrate)`: a salt's name, a noun)
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group()
        if not word[0].isalpha():
            return None  # (the clause ended)
        if (word.islower() and not word.endswith(("ing", "ed", "s"))
                and word not in NP_STOP_WORDS and maybe_verb(word)
                and (i == 0 or tokens[i - 1].group().lower() not in DETERMINERS)):
            return tokens[i].start()
    return None

