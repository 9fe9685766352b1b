"""A condition named after a predicate: `the heartbeat is too fast (tachycardia)`, `cause the
heartbeat to be too slow (bradycardia)`, `fingers that are fused together (syndactyly)`.

The note names a condition of something (its ending says so: -cardia, -dactyly, -ia), and the
words before the bracket only say how that thing is (an adjective phrase after `is`/`are`/`to
be`/`to become`). The condition is of the subject, so the subject belongs to the description:
`heartbeat is too fast`, `fingers that are fused together`, as a teacher would put it on a card.
A predicate that is a noun phrase (`forms are abnormally rapid breathing (tachypnea)`) names the
condition itself and stays alone, and so does one after a pronoun (`them to be excessively
thirsty (polydipsia)`).
"""

from __future__ import annotations

import re

from vocab_app.mining.description_bounds import adjective_like
from vocab_app.mining.description_words import (
    CLOSING,
    DEGREE_ADVERBS,
    DETERMINERS,
    IRREGULAR_PARTICIPLES,
    PREPOSITIONS,
    RELATIVES,
    WORD_RE,
    content_word,
    core_word,
)
from vocab_app.mining.en_terms import noun_phrase_start
from vocab_app.mining.en_words import looks_adverb
from vocab_app.mining.lang import word_set
from vocab_app.mining.when_notes import names_condition

#: A copula (or `to be`/`to become`) right before the predicate.
_COPULA_RE = re.compile(
    r"(?<![\w-])(?:(?:to\s+)?(?:be|become)|is|are|was|were|becomes|became"
    r"|(?P<negated>(?:do|does|did)\s+not))\s+\Z", re.I)
#: Adverbs of degree a predicate may open with besides the -ly ones (`too fast`).
_DEGREE = DEGREE_ADVERBS | word_set("too so more less")
#: Words that may follow the predicate's adjective: it has no noun of its own after it.
_AFTER_ADJECTIVE = PREPOSITIONS | word_set(
    "than together overall apart inward outward upward downward forward backward sideways")
_SUBJECT_WORDS = 3  # words of a subject noun phrase


def predicate_subject_start(text: str, lo: int, d0: int, t1: int, note: str) -> int | None:
    """Start of the subject of the adjective predicate `text[d0:t1]` when the bracket's `note`
    names a condition (module docstring), with `is`/`to be` and, after a relative pronoun, the
    noun it follows (`fingers that are fused together`; then whatever the note: `knees that are
    angled inward (genu valgum)`); else None."""
    copula = _COPULA_RE.search(text, max(lo, d0 - 24), d0)
    if copula is None or not (copula.group("negated") or _adjective_predicate(
            text[d0:t1].split())):
        return None  # (a negated verb says how the thing is: `eyes that do not look …`)
    words = list(WORD_RE.finditer(text, max(lo, copula.start() - 60), copula.start()))
    relative = bool(words) and core_word(words[-1].group()) in RELATIVES and (
        words[-1].group()[-1] not in CLOSING)
    if relative:
        words.pop()  # `fingers that are …`: the noun the clause is of
    if not names_condition(note) and not (relative and _names_thing(note) and not any(
            core_word(w) in PREPOSITIONS for w in text[d0:t1].split())):
        return None  # (after a relative pronoun a noun note names the thing so described,
        # when the predicate holds no noun of its own: `knees that are angled inward (genu
        # valgum)`; not `is active (expressed)`, `is critical in cell growth (proliferation)`)
    if not words or words[-1].group()[-1] in CLOSING:
        return None
    end = words[-1].end()
    n0 = noun_phrase_start(text, max(lo, end - 60), end, max_words=_SUBJECT_WORDS)
    i = next((k for k, m in enumerate(words) if m.start() >= n0), len(words))
    if i == len(words) or core_word(words[i].group()) == "there":
        return None  # (`them to be excessively thirsty`: a pronoun, no noun phrase, says
        # nothing on a card; nor does `there`)
    if (i >= 3 and core_word(words[i - 1].group()) in DETERMINERS
            and core_word(words[i - 2].group()) == "of" and content_word(words[i - 3].group())
            and words[i - 3].group()[-1] not in CLOSING):
        i -= 3  # `part of the iris is missing`: the whole of which a part is meant
    return words[i].start()


def _adjective_predicate(words: list[str]) -> bool:
    """True for `too fast`, `unusually small overall`, `missing`, `lost through the urine`,
    `smaller than normal`: adverbs, then an adjective or participle with no noun after it."""
    i = 0
    while i < len(words) - 1 and (core_word(words[i]) in _DEGREE or looks_adverb(words[i])):
        i += 1
    if i >= len(words):
        return False
    head = core_word(words[i])
    if not (adjective_like(head) or head.endswith(("ed", "er", "ing"))
            or head in IRREGULAR_PARTICIPLES):
        return False
    return i == len(words) - 1 or core_word(words[i + 1]) in _AFTER_ADJECTIVE


def _names_thing(note: str) -> bool:
    """True when the note ends in a noun, not an adjective or participle (`genu valgum`,
    `rocker-bottom feet`; not `expressed`, `overactive`, `filled with blood`)."""
    words = note.lower().split()
    if not words or len(words) > 4:
        return False
    last = core_word(words[-1])
    return not (adjective_like(last) or last.endswith(("ed", "ive", "ing", "al", "ic", "ous"))
                or len(words) > 1 and core_word(words[0]).endswith("ed"))
