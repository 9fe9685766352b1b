"""A figure's legend in brackets (RULES.md G3): only colours, maybe with the mark they colour,
after a noun phrase that has ended (`particles (green) budding from a cell`, `the threshold
(blue line) in January`, `vesicles (blue and orange) inside the neuron`). Like a numbered
reference, it says where to look in a picture, not what a word means, so it is no def. A
colour inside a noun phrase renames a modifier and stays one (`mixed (white) light`)."""

from __future__ import annotations

import re

from vocab_app.mining.description_words import COLOURS, PREPOSITIONS
from vocab_app.mining.en_words import NP_STOP_WORDS
from vocab_app.mining.english_verbs import maybe_verb

#: Marks a legend colours (`blue line`, `red arrows`); not spots or dots, which may be a sign.
_MARKS = frozenset({"line", "lines", "curve", "curves", "arrow", "arrows", "bar", "bars",
                    "box", "boxes", "circle", "circles", "outline", "trace", "staining"})
#: Hues (not `pale`, `dark` alone: `pallid (pale)` renames a word).
_HUES = (COLOURS - {"pale", "dark"}) | {"orange", "violet", "cyan", "magenta"}
_LEGEND_WORD_RE = re.compile(r"[a-z]+")
#: The word after the bracket, when one follows.
_NEXT_WORD_RE = re.compile(r"\s*([a-z]{3,})\b")


def is_figure_legend(note: str, after: str) -> bool:
    """True when `note` is only colour words (joined by `and`/`or`/commas), the last a hue,
    maybe followed by one mark they colour (`green`, `blue and orange`, `blue line`), and
    `after`, the text after the bracket, does not go on with the noun phrase (a verb, an -ing
    form, a preposition or a function word follows, or no word at all)."""
    words = _LEGEND_WORD_RE.findall(note.lower())
    if not words or len(words) > 5 or _LEGEND_WORD_RE.sub("", note.lower()).strip(" ,"):
        return False
    if words[-1] in _MARKS:
        words = words[:-1]
    if not (words and words[-1] in _HUES
            and all(w in _HUES or w in COLOURS or w in ("and", "or") for w in words)):
        return False
    nxt = _NEXT_WORD_RE.match(after)
    return nxt is None or _ends_phrase(nxt.group(1))


def _ends_phrase(word: str) -> bool:
    """True for a word after which the noun phrase before a bracket has ended: a verb or an
    -ing form (`particles (green) bind`, `budding`), a preposition or a function word
    (`vesicles (blue and orange) inside the neuron`)."""
    return (word.endswith("ing") or word in PREPOSITIONS or word in NP_STOP_WORDS
            or maybe_verb(word))
