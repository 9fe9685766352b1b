"""Verbs that a walk back over a noun phrase must not take into an English term (rule B4):
`patients often experience delusions (false beliefs)` → delusions, `suggest putting special
plugs (called punctal plugs)` → special plugs. `noun_phrase_start` (en_terms.py) asks about
each word before the head; these checks look only at the word and its two neighbours.
"""

from __future__ import annotations

import re

from vocab_app.mining.definitions import is_adjective
from vocab_app.mining.description_words import ADJ_ENDINGS, NOT_NOUN_ENDINGS, PEOPLE_PLURALS
from vocab_app.mining.en_words import NP_STOP_WORDS
from vocab_app.mining.lang import word_set

#: Adverbs of frequency, which stand before a verb (`often experience`, `usually take`).
_FREQUENCY = word_set("often usually sometimes always never rarely typically generally "
                      "commonly frequently seldom")


#: Plural nouns of people: a lower-case word after one, inside a phrase, is their verb
#: (`people report`, `patients receiving`), not a word of the term.
_PEOPLE_PLURALS = PEOPLE_PLURALS | word_set("doctors nurses parents")


def _adjective_like(word: str) -> bool:
    return is_adjective(word) or word.endswith(ADJ_ENDINGS + NOT_NOUN_ENDINGS)


def verb_in_phrase(words: list[re.Match[str]], i: int, n: int) -> bool:
    """True when words[i], before the last word words[n - 1], is a verb that takes the rest as
    its object: a word after a plural noun of people, its subject (`people report voices`), a
    word after an adverb of frequency that follows a content word, its subject
    (`episode often experience delusions`; not `an often fatal illness`, `are usually benign
    growths`), or an -ing word before an adjective and its noun (`putting special plugs`,
    `taking daily iron pills`; `hearing loss` has no adjective between)."""
    if i >= n - 1:
        return False
    word = words[i].group()
    if not word.isalpha() or not word.islower():
        return False
    if i >= 1 and words[i - 1].group().lower() in _PEOPLE_PLURALS:
        return True  # `people report voices`, `patients receiving chemotherapy`
    if i >= 2 and words[i - 1].group().lower() in _FREQUENCY:
        subject = words[i - 2].group()
        return (subject.isalpha() and subject.lower() not in NP_STOP_WORDS
                and not _adjective_like(word))
    if word.endswith("ing") and len(word) > 5 and i + 1 < n - 1:
        nxt = words[i + 1].group()
        return nxt.isalpha() and nxt.islower() and _adjective_like(nxt)
    return False
