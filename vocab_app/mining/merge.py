"""Merge occurrences into notes: one note per term, its variants, senses and occurrences.

`term_key` is the normalised form that decides which surface forms are the same term: case,
width, hyphens and spacing are folded, and the last word of an English term is made singular
(`world models` → `world model`, `LLMs` → `llm`). Keys are pure functions of the text (no
locale, no dictionary, no randomness), so they are the same on every machine and every run:
the store keys notes on them and Anki note GUIDs are derived from them.

`merge` groups occurrences by key, then folds a note whose key is the abbreviation of another
note's term (an `abbr` pair such as `reinforcement learning (RL)` seen anywhere in the input)
into that long-form note: `RL(强化学习)` becomes a sense of `reinforcement learning`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from vocab_app.mining.cancel import CancelCheck, polled
from vocab_app.mining.model import Lang, Note, Occurrence, Sense

_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_FOLD_RE = re.compile(r"[\s\-‐‑‒–—_]+")
_CJK_SPACE_RE = re.compile(
    "(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]) | (?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])"
)
_EDGE_PUNCT = " .,;:!?\"'“”‘’«»()[]{}<>「」『』《》,。;:!?、"

# Words whose final -s is not a plural, and irregular plurals. Lower-case.
_NOT_PLURAL = frozenset({
    "news", "series", "species", "physics", "mathematics", "maths", "economics", "robotics",
    "ethics", "politics", "statistics", "linguistics", "semantics", "graphics", "analytics",
    "electronics", "genetics", "dynamics", "mechanics", "optics", "logistics", "athletics",
    "informatics", "kinetics", "bias", "alias", "canvas", "atlas", "gas", "lens", "chaos", "ethos",
    "pathos", "kudos", "pros", "cons", "always", "perhaps", "various", "previous", "famous",
    "does", "has", "was", "is", "this", "its", "thus", "plus", "minus", "versus", "bonus",
    "campus", "corpus", "virus", "focus", "status", "census", "consensus", "radius", "nexus",
    "apparatus", "axis", "analysis", "basis", "thesis", "hypothesis", "synthesis", "diagnosis",
    "emphasis", "crisis", "genesis", "pandas", "numpy", "keras", "jenkins", "kubernetes", "redis",
    "postgres", "windows", "ios", "macos", "chromeos", "aws", "sms", "gps"
})
_IRREGULAR = {
    "indices": "index", "matrices": "matrix", "vertices": "vertex", "appendices": "appendix",
    "criteria": "criterion", "phenomena": "phenomenon", "analyses": "analysis",
    "hypotheses": "hypothesis", "syntheses": "synthesis", "theses": "thesis", "bases": "basis",
    "crises": "crisis", "diagnoses": "diagnosis", "children": "child", "people": "person",
    "men": "man", "women": "woman", "mice": "mouse", "feet": "foot", "teeth": "tooth",
    "geese": "goose", "leaves": "leaf", "lives": "life", "halves": "half", "shelves": "shelf",
    "movies": "movie", "cookies": "cookie", "zombies": "zombie", "calories": "calorie",
    "selfies": "selfie", "ties": "tie", "lies": "lie", "pies": "pie", "dies": "die",
}
_ES_ENDINGS = ("sses", "shes", "tches", "rches", "nches", "oaches", "xes", "zzes")


def term_key(term: str, lang: Lang | str | None = None) -> str:
    """The normalised key of `term`: equal keys are the same term.

    English (`lang="en"`, or a term without Chinese characters when lang is None): NFKC,
    case-folded, hyphens/underscores/spaces folded to one space, edge punctuation dropped, and
    the last word singularised. Chinese: NFKC, case-folded, spaces next to Chinese characters
    removed. The same input always gives the same key.
    """
    text = unicodedata.normalize("NFKC", term).strip().strip(_EDGE_PUNCT)
    if lang is None:
        lang = "zh" if _CJK_RE.search(text) else "en"
    original_words = _FOLD_RE.split(text)
    key = _FOLD_RE.sub(" ", text).casefold().strip()
    if lang == "zh" or _CJK_RE.search(key):
        return _CJK_SPACE_RE.sub("", key)
    words = key.split(" ")
    # The head noun is the last word, or the word before "of" ("mixtures of experts").
    head = words.index("of", 1) - 1 if "of" in words[1:] else len(words) - 1
    if len(original_words) == len(words):
        words[head] = singular(words[head], surface=original_words[head])
    return " ".join(words)


def singular(word: str, *, surface: str | None = None) -> str:
    """The singular of the lower-case English `word` (unchanged when it is not a plural).

    `surface` is the word as written: an all-capitals word (`AWS`, `LLMS`) is an acronym
    and stays; a capitals-plus-s word (`LLMs`, `AIs`) loses its s.
    """
    surface = surface if surface is not None else word
    if not word.isascii() or not word.isalpha():
        return word
    if len(surface) >= 3 and surface[:-1].isupper() and surface[-1] == "s":
        return word[:-1]  # LLMs, GPUs, AIs
    if surface.isupper() or len(word) < 4 or word in _NOT_PLURAL:
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("ss", "us", "is", "ous", "ics")) or not word.endswith("s"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2] in _NOT_PLURAL:
        return word[:-2]  # statuses, biases, lenses
    if word.endswith(_ES_ENDINGS):
        return word[:-2]  # processes, approaches, boxes
    return word[:-1]


def term_lang(term: str) -> Lang:
    """'zh' when the term holds Chinese characters, else 'en'."""
    return "zh" if _CJK_RE.search(term) else "en"


def merge(occurrences: Iterable[Occurrence], cancelled: CancelCheck | None = None
          ) -> list[Note]:
    """Notes for `occurrences`, in order of each note's first occurrence.

    Occurrences whose terms have the same `term_key` share a note; a note whose key is the
    abbreviation in an `abbr` pair joins the note of the long form. Each distinct gloss is a
    sense (with its count); the display term is the most frequent surface form of the note's
    own key (ties: the first seen); `variants` lists the other surfaces in first-seen order.
    `cancelled()` is polled every POLL_EVERY occurrences and notes (errors.Cancelled).
    """
    groups: dict[str, list[Occurrence]] = {}
    order: dict[int, int] = {}  # id(occurrence) → position in the input
    keys: dict[str, str] = {}  # term_key of each distinct surface (terms recur: key each once)
    for position, occ in enumerate(polled(occurrences, cancelled)):
        order[id(occ)] = position
        key = keys.get(occ.term)
        if key is None:
            key = keys[occ.term] = term_key(occ.term)
        groups.setdefault(key, []).append(occ)
    redirect = _abbreviation_links(groups, keys, cancelled)
    merged: dict[str, list[Occurrence]] = {}
    for key, occs in groups.items():
        merged.setdefault(redirect.get(key, key), []).extend(occs)
    notes = [_build_note(key, occs, own=groups.get(key, []))
             for key, occs in polled(merged.items(), cancelled)]
    for note in polled(notes, cancelled):
        note.occurrences.sort(key=lambda o: order[id(o)])
    notes.sort(key=lambda n: order[id(n.occurrences[0])])
    return notes


def _abbreviation_links(groups: dict[str, list[Occurrence]], keys: dict[str, str],
                        cancelled: CancelCheck | None) -> dict[str, str]:
    """Map the key of each abbreviation to the key of its (most frequent) long form (`keys`:
    term_key of the strings seen so far, added to)."""
    votes: dict[str, Counter[str]] = {}
    first_seen: dict[tuple[str, str], int] = {}
    position = 0
    for long_key, occs in polled(groups.items(), cancelled):
        for occ in occs:
            position += 1
            if occ.style != "abbr":
                continue
            short_key = keys.get(occ.gloss)
            if short_key is None:
                short_key = keys[occ.gloss] = term_key(occ.gloss)
            if short_key and short_key != long_key:
                votes.setdefault(short_key, Counter())[long_key] += 1
                first_seen.setdefault((short_key, long_key), position)
    redirect: dict[str, str] = {}
    for short_key, counter in votes.items():
        best = max(counter, key=lambda k: (counter[k], -first_seen[(short_key, k)]))
        redirect[short_key] = best
    # A long form that is itself redirected (rare chains) is not followed: one level only.
    return {s: long for s, long in redirect.items() if long not in redirect}


def _build_note(key: str, occs: list[Occurrence], *, own: list[Occurrence]) -> Note:
    if len(occs) == 1:  # most notes: one occurrence, its term, one sense (as below)
        o = occs[0]
        return Note(key=key, term=o.term, lang=term_lang(o.term), variants=[],
                    senses=[Sense(gloss=o.gloss, style=o.style, count=1)], occurrences=[o],
                    pronunciation=o.pronunciation or "")
    surfaces = Counter(o.term for o in occs)
    own_surfaces = Counter(o.term for o in own) or surfaces
    first_index: dict[str, int] = {}
    for i, o in enumerate(occs):
        first_index.setdefault(o.term, i)
    display = max(own_surfaces, key=lambda s: (own_surfaces[s], -first_index[s]))
    variants = sorted((s for s in surfaces if s != display), key=lambda s: first_index[s])
    senses: dict[str, Sense] = {}
    for o in occs:
        sense = senses.get(o.gloss)
        if sense is None:
            sense = senses[o.gloss] = Sense(gloss=o.gloss, style=o.style)
        sense.count += 1
    pronunciation = next((o.pronunciation for o in occs if o.pronunciation), "")
    return Note(key=key, term=display, lang=term_lang(display), variants=variants,
                senses=list(senses.values()), occurrences=list(occs),
                pronunciation=pronunciation)
