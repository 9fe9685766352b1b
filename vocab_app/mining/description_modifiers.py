"""Modifiers at the start of a description before the bracket (described_terms.py): two
adjectives joined by a comma (`long, slender fingers (arachnodactyly)`) and an adverb of degree
before the adjective (`very short stature (dwarfism)`) open it; so do the modifiers of a bare
conjunct (`short fingers and toes (brachydactyly)`); an owner with its determiner (`the cell's
structural framework (the cytoskeleton)`) and a word of number or frequency (`regular complete
blood counts`) go."""

from __future__ import annotations

import re

from vocab_app.mining.description_bounds import adjective_like, modifier_pair, says_degree
from vocab_app.mining.description_words import (
    CLOSING,
    LINKS,
    NUMBER_WORDS,
    PHRASE_OPENERS,
    QUANTITY_NOUNS,
    QUANTITY_WORDS,
)
from vocab_app.mining.description_words import content_word as _content
from vocab_app.mining.description_words import core_word as _core
from vocab_app.mining.en_terms import owner_determined
from vocab_app.mining.english_verbs import maybe_verb
from vocab_app.mining.lang import word_set
from vocab_app.mining.when_notes import names_condition


def coordinate_adjective_start(words: list[re.Match[str]], begin: int, n: int) -> int:
    """`begin`, or the index of an adjective joined to words[begin] by a comma when both
    modify the noun (`and fatty, foul-smelling stools`, `a dry, scaly patch`): the word before
    the comma, an adjective, opens the phrase (after `a`/`an`/`and`/`or`, or any word after a
    semicolon that ends the item before) and a word other than the noun follows the comma. A
    list (`include fever, swollen glands`) has no such opener."""
    b = begin - 1
    if b < 1 or begin >= n - 1 or not words[b].group().endswith(","):
        return begin
    left = words[b].group()[:-1]
    before = words[b - 1].group()
    if not (left.isalpha() and left.islower()):
        return begin
    both = modifier_pair(left, words[begin].group())
    if before[-1] != ";" and not both and (
            _core(before) not in PHRASE_OPENERS | ADJECTIVE_OPENERS or before[-1] in CLOSING):
        return begin  # (a semicolon ends the item before: `…; dry, scaly skin`; two
        # adjectives are no list of signs whatever stands before: `include rapid, involuntary`)
    # (in a list whose items a semicolon ends, a comma joins no items: any word may be one)
    return b if (((before[-1] == ";" and _content(left)) or adjective_like(left))
                 and _content(words[begin].group())) else begin


def after_coordinated_modifier(words: list[re.Match[str]], begin: int, n: int) -> int:
    """`begin`, or the index after words[begin] when it is the second of two modifiers joined
    by `and`/`or` at the phrase's start or after `a`/`an`, before the noun they modify (`a
    partial or complete loss of the sense of smell`: the noun phrase names the thing, the
    modifiers say how much); not the noun itself (`a fever or rash of the skin`)."""
    if begin < 2 or begin + 1 >= n or _core(words[begin - 1].group()) not in ("and", "or"):
        return begin
    if begin > 2 and _core(words[begin - 3].group()) not in ("a", "an"):
        return begin
    nxt = words[begin + 1].group()
    return begin + 1 if _content(nxt) and _core(nxt) not in LINKS else begin


#: Verbs and prepositions after which two adjectives joined by a comma open a noun phrase
#: (`may have long, slender fingers`, `may result in soft, bowed bones`).
ADJECTIVE_OPENERS = word_set("have has had with to in into develop develops developed cause "
                             "causes caused")


#: Adverbs of degree that belong to the description they open when the note names a condition
#: or a degree (`very short stature (dwarfism)`); description_words.DEGREE_ADVERBS, which say
#: how much and are left out, are the other case.
RENDERED_DEGREE_ADVERBS = word_set("very unusually abnormally extremely excessively exceptionally")


def degree_start(words: list[re.Match[str]], begin: int, note: str) -> int:
    """`begin`, or the index of an adverb of degree before it when the note names a condition
    or a degree (`very short stature (dwarfism)`), across one adjective or participle and a
    quantity noun with `of` the walk left out (`an abnormally curved lower back (lordosis)`,
    `an unusually large range of joint movement (hypermobility)`)."""
    if not (names_condition(note) or says_degree(note)):
        return begin
    i = begin
    if (i >= 2 and _core(words[i - 1].group()) == "of"
            and _core(words[i - 2].group()) in QUANTITY_NOUNS):
        i -= 2
    if i >= 1 and words[i - 1].group().isalpha() and adjective_like(_core(words[i - 1].group())):
        i -= 1
    if i >= 1 and words[i - 1].group().isalpha() and (
            _core(words[i - 1].group()) in RENDERED_DEGREE_ADVERBS):
        return i - 1
    return begin


def after_owner(words: list[re.Match[str]], begin: int, n: int) -> int:
    """`begin`, or the index after an owner with its determiner inside the description (`hollow
    fibers that make up the cell's structural framework (the cytoskeleton)`): the note names
    what the owner has, as `the company's revenue` is revenue (en_terms.py); a bare possessive
    classifies (`athlete's foot`) and stays."""
    for i in range(n - 2, begin, -1):
        word = words[i].group()
        if word.endswith(("'s", "’s")) and word[:1].islower() and owner_determined(words, i):
            return i + 1
    return begin


def noun_pair_start(words: list[re.Match[str]], conj: int) -> int | None:
    """Index of the first word of the bare conjunct before words[conj] (`fingers and toes`) with
    up to two adjectives or adverbs before it; None when there is no such word."""
    i = conj - 1
    if i < 0 or not _content(words[i].group()) or words[i].group()[-1] in CLOSING:
        return None
    while i > 0 and conj - i < 3 and _content(words[i - 1].group()) and (
            words[i - 1].group()[-1] not in CLOSING and _modifier(_core(words[i - 1].group()))):
        i -= 1
    before = _core(words[i - 1].group()) if i > 0 else ""
    if (conj - i == 1 and _content(words[i - 1].group()) and words[i - 1].group()[-1] not in CLOSING
            and before.isalpha() and not before.endswith("s") and not maybe_verb(before)):
        i -= 1  # `regulate cell growth and division`: a noun of the compound, not the verb
    return i


def _modifier(word: str) -> bool:
    return adjective_like(word) or word in QUANTITY_WORDS or word == "extra" or word.endswith("ly")


_FIRST_WORD_RE = re.compile(r"(\S+)\s+(?=\S)")
#: How much of it, not what it is: `too little transferase`, `not enough iron`.
_TOO_MUCH_RE = re.compile(r"(?:too|not) (?:little|much|many|few|enough) (?=\S)", re.I)


def after_frequency_word(text: str, n0: int, t1: int) -> int:
    """`n0`, or the start of the next word when the phrase text[n0:t1] opens with a word of
    number or frequency and goes on (`regular complete blood counts` → complete blood counts),
    or after `too little`, `not enough` and the like (`too little transferase`)."""
    too = _TOO_MUCH_RE.match(text, n0, t1)
    if too is not None:
        return too.end()
    m = _FIRST_WORD_RE.match(text, n0, t1)
    while m is not None and (m.group(1).lower() in QUANTITY_WORDS or (
            m.group(1).lower() in NUMBER_WORDS and n0 == m.start() and _FIRST_WORD_RE.match(
                text, m.end(), t1) is not None)):  # (`two identical heavy chains`)
        n0 = m.end()
        m = _FIRST_WORD_RE.match(text, n0, t1)
    return n0


#: Number words and the Greek or Latin parts of a technical word, or the words, that say them
#: (`one eye (unilateral)`, `both eyes (bilateral)`, `two lobes (bifid scrotum)`, `two spiral
#: strands (double helix)`).
_NUMBER_MORPHEMES = {"one": ("uni", "mono", "single"), "two": ("bi", "double", "dual", "twin"),
                     "both": ("bi", "double"), "three": ("tri", "triple"),
                     "four": ("tetra", "quadri", "quadruple")}  # (not di-: disease)


def counted_start(words: list[re.Match[str]], begin: int, note: str) -> int:
    """`begin`, or the index of the number word before it when the note says that number by a
    part of its own (`one eye (unilateral)` → one eye): the number is what the term names."""
    if begin < 1:
        return begin
    parts = _NUMBER_MORPHEMES.get(_core(words[begin - 1].group()))
    return begin - 1 if parts and any(w.startswith(parts) for w in note.lower().split()) else begin

