"""Numbered references to a part of a work (`Lesson 23`, `Chapter 4`, `Figure 2.1`): they say
where to read more (RULES.md G3), so they are no term and no gloss. `see Lesson 12
(Hyperparameter Tuning)` gives the lesson's title, no card; `可观察性（Lesson 23）` gives none.

A figure's legend points the same way: a bracket holding only colours, maybe with the mark they
colour (`the particles (green)`, `the threshold (blue line)`, `vesicles (blue and orange)`),
says where to look in a picture, not what a word means."""

from __future__ import annotations

import re

from vocab_app.mining.description_words import COLOURS, PREPOSITIONS
from vocab_app.mining.en_words import NP_STOP_WORDS
from vocab_app.mining.english_verbs import maybe_verb

#: A numbered reference to a part of a work; group 1 is its number.
REFERENCE_RE = re.compile(r"(?:Lesson|Chapter|Section|Part|Step|Unit|Module|Lecture|Figure|Fig\."
                          r"|Table|Appendix|Exercise|Example|Equation|Eq\.)\s*(\d{1,3}(?:\.\d+)*)")


def is_numbered_reference(text: str) -> bool:
    """True when `text`, stripped, is a numbered reference and nothing else."""
    return REFERENCE_RE.fullmatch(text.strip()) is not None


#: Marks a legend colours (`blue line`, `red arrows`); not spots or dots, which may be a sign.
_MARKS = frozenset({"line", "lines", "curve", "curves", "arrow", "arrows", "bar", "bars",
                    "box", "boxes", "circle", "circles", "outline", "trace", "staining"})
_LEGEND_WORD_RE = re.compile(r"[a-z]+")
_PHRASE_GOES_ON_RE = re.compile(r"\s*([a-z]{3,})\b(?<!\band)")


def is_figure_legend(note: str, after: str) -> bool:
    """True when `note` is only colour words (joined by `and`/`or`/commas), the last a hue,
    maybe followed by one mark they colour (`green`, `blue and orange`, `blue line`), and
    `after`, the text after the bracket, goes on with no word of a noun phrase (`mixed (white)
    light` renames a modifier)."""
    goes_on = _PHRASE_GOES_ON_RE.match(after)
    if goes_on is not None and not _ends_phrase(goes_on.group(1)):
        return False
    words = _LEGEND_WORD_RE.findall(note.lower())
    if not words or len(words) > 5 or _LEGEND_WORD_RE.sub("", note.lower()).strip(" ,") != "":
        return False
    if words[-1] in _MARKS:
        words = words[:-1]
    return bool(words) and words[-1] in _HUES and all(
        w in _HUES or w in COLOURS or w in ("and", "or") for w in words)


#: Hues (not `pale`, `dark` alone: `pallid (pale)` renames a word).
_HUES = (COLOURS - {"pale", "dark"}) | {"orange", "violet", "cyan", "magenta"}


def _ends_phrase(word: str) -> bool:
    """True for a word after which the noun phrase before a bracket has ended: a verb or an
    -ing form (`particles (green) bind`, `budding`), a preposition or a function word
    (`vesicles (blue and orange) inside the neuron`)."""
    return (word.endswith("ing") or word in PREPOSITIONS or word in NP_STOP_WORDS
            or maybe_verb(word))
