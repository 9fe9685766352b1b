"""How rare a word is, as a teacher judges a definition (RULES.md DEF, S1b): a definition
explains a rarer word with commoner ones. `ova (eggs)`, `menstruation (periods)`: the word
before the bracket is much rarer than the words in it, whatever its ending; `the fix (a
one-line change)`: it is not, so the bracket is no plain-English definition of it.

The signal is the rank of words in the package's frequency table (frequency.py: wordfreq's
100,000 most frequent English words, rank 1 the most common); a word outside the table is rarer
than all of them. A hyphenated word not in the table ranks as its rarest part; an agent noun
as its verb when that is commoner (`formatter`: `format`). Function words
count for nothing in a phrase: its rank is that of its rarest content word, or for a phrase of
four content words or more the rarest but one (a long explanation may hold one rare word:
`the two innermost membranes covering the brain`).
"""

from __future__ import annotations

from vocab_app.mining.definitions import is_adjective
from vocab_app.mining.description_words import (
    ASIDE_WORDS,
    COLOURS,
    IRREGULAR_PARTICIPLES,
    REMARK_ADJECTIVES,
)
from vocab_app.mining.en_words import NP_STOP_WORDS
from vocab_app.mining.frequency import TABLE_SIZE, table
from vocab_app.mining.lang import word_set

#: The rank given to a word outside the table (rarer than all of it).
UNRANKED = 2 * TABLE_SIZE
#: A term word is explained by commoner words when it is at least this many times rarer.
RATIO = 4
#: A word at least this rare is outside everyday use: OBSCURE_RATIO times rarer is enough.
OBSCURE = 50_000
OBSCURE_RATIO = 2
#: ... and at least this rare itself (`fix`, `change`, `area` are everyday words).
FLOOR = 5000
#: A one-word note renames a word at least this rare (`documentation (book)`: which kind of
#: documentation, not a plainer word for it).
RENAME_FLOOR = 10_000
#: Rarer than this, a word is one a general reader may not know: a technical word, a drug's or
#: a creature's name, a surname (`warfarin`, `Coumadin`, `Sunstein`; `(or X)` renames one).
RARE = 20_000


def word_rank(word: str) -> int:
    """The rank of one word; UNRANKED outside the table (a hyphenated word not in the table:
    its rarest part)."""
    found = table().word_rank(word)
    if found is not None:
        return found
    parts = [p for p in word.split("-") if p]
    if len(parts) > 1:
        return max(word_rank(p) for p in parts)
    return UNRANKED


def _base_rank(word: str) -> int:
    """The rank of `word`, or of the common verb it is the agent noun of: a `formatter` or a
    `linter` is named by what it does (`format`, `lint`), as plain as that verb."""
    w = word.lower().removesuffix("s")
    rank = word_rank(word)
    if w.endswith("er") and len(w) > 5:
        bases = [w[:-2], w[:-1]] + ([w[:-3]] if w[-3] == w[-4] else [])
        rank = min([rank, *(word_rank(b) for b in bases)])
    return rank


#: Endings that derive an adjective from a word as plain as the adjective reads (`cancerous`
#: from cancer, `feverish` from fever), and prefixes that negate it (`noncancerous`).
_DERIVING_ENDINGS = ("ous", "ish", "al", "ic", "ful", "y")
_NEGATING_PREFIXES = ("non-", "non", "un")


def derived_rank(word: str) -> int:
    """The rank of `word` or of the plainer word it is derived from by a negating prefix or an
    adjective ending (`noncancerous` → cancer: a reader knows it by its stem), whichever is
    commoner."""
    w = word.lower()
    forms = [w]
    for prefix in _NEGATING_PREFIXES:
        if w.startswith(prefix) and len(w) - len(prefix) >= 4:
            forms.append(w[len(prefix):])
    for form in list(forms):
        for ending in _DERIVING_ENDINGS:
            if form.endswith(ending) and len(form) - len(ending) >= 4:
                forms.append(form[:-len(ending)])
    return min(word_rank(f) for f in forms)


def phrase_rank(words: list[str]) -> int | None:
    """The rank of a phrase by its content words (see the module docstring); None when it
    has none."""
    ranks = sorted((word_rank(w) for w in words if w.lower() not in NP_STOP_WORDS),
                   reverse=True)
    if not ranks:
        return None
    return ranks[1] if len(ranks) >= 4 else ranks[0]


def much_rarer(word: str, plain: list[str]) -> bool:
    """True when `word` is a rare word (rank FLOOR or beyond) at least RATIO times rarer than
    the phrase `plain`: a word the phrase can explain (`ova (eggs)`: 23,297 against 2,977)."""
    rank = _base_rank(word)
    others = phrase_rank(plain)
    if others is None or rank < FLOOR:
        return False
    # a word outside everyday use (`nares`) is explained by a merely commoner one (`nostrils`)
    return rank >= RATIO * others or (rank >= OBSCURE and rank >= OBSCURE_RATIO * others)


#: The word before a one-word note is another name's equal when at least this share as
#: common as the note (a plain description's words are far commoner than its technical name).
OTHER_NAME_SHARE = 0.8


def rare_as_other_name(word: str, note: str) -> bool:
    """True when the one-word `note` is another name for `word` rather than the technical
    name of the description `word` ends: `word` is rare (rank FLOOR or beyond) and at least
    about as rare as the note (`clavicle (collarbone)`, `posterior (dorsal)`; not `swelling
    of the legs (edema)`, whose last word is far commoner than the name)."""
    if not note.isalpha() or word.lower() == note.lower():
        return False
    rank = word_rank(word.lower())
    return rank >= FLOOR and rank >= OTHER_NAME_SHARE * word_rank(note.lower())


#: Prepositions that tie a plain noun to where it is or comes from (`mucus from the lungs`).
_WHERE_LINKS = word_set("from in of inside within around between on at during under")


def explained_by_phrase(head: str, note: str) -> bool:
    """True when the note is a plain noun and where it is or comes from (`sputum (mucus from the
    lungs)`, `cerumen (wax in the ear)`): a noun, a preposition of place or origin, at least
    one word more, and the one-word lower-case head much rarer than the note's words."""
    words = note.split()
    if " " in head.strip() or not head.isalpha() or not head.islower():
        return False
    if len(words) < 3 or words[1] not in _WHERE_LINKS or not words[0].isalpha() or "," in note:
        return False
    first = words[0]
    if first in NP_STOP_WORDS or is_adjective(first) or first in ASIDE_WORDS or (
            first.endswith("ed") or first in IRREGULAR_PARTICIPLES):
        return False  # (`found in sucrose, in fruit`: where it occurs, not what it is)
    return much_rarer(head, [w for w in words if w.isalpha()])


def explained_word_start(words: list[str], plain: list[str]) -> int:
    """Index of the first word of the phrase `words` that the plain phrase `plain` explains:
    the last word, when it is much rarer than `plain` and an everyday word (rank below FLOOR)
    stands before it (`inherited gene mutations (changes)` → mutations: `gene` needs no
    explaining, so the note says what `mutations` are and the modifiers stay outside); else 0,
    the whole phrase (`ultrasound transducer (probe)`: both words rare)."""
    if len(words) < 2 or word_rank(words[-2]) >= FLOOR or words[-2] in plain:
        return 0
    if len(plain) == 1:
        return len(words) - 1 if much_rarer(words[-1], plain) else 0
    # a class and what sets it apart (`female hormones (chemicals that control …)`): a class
    # noun in the same number, commoner than the word before the bracket, explains that word
    # alone; a plain adjective before it is no part of the term
    genus, last = plain[0], words[-1]
    if _compound_modifier_outside(words, plain):
        return len(words) - 1
    return len(words) - 1 if (
        len(plain) >= 3 and plain[1] in ("that", "which", "who") and words[-2].isalpha()
        and word_rank(last) >= RENAME_FLOOR and word_rank(genus) < word_rank(last)
        and last.endswith("s") == genus.endswith("s")) else 0


def _compound_modifier_outside(words: list[str], plain: list[str]) -> bool:
    """True when an everyday hyphenated modifier (`free-living`, `fast-growing`) stands before
    a rare noun that a plain class phrase explains (`free-living ameba (single-celled living
    organism)`): the note says what the noun is, its class noun last and in the same number,
    and does not render the modifier, which says which or what kind of case the text means."""
    mod, last, genus = words[-2], words[-1], plain[-1]
    if "-" not in mod or not all(p.isalpha() and p.islower() for p in mod.split("-")):
        return False
    if len(plain) < 2 or any(p in NP_STOP_WORDS for p in plain) or is_adjective(genus):
        return False  # (a clause or a list is another rule's case)
    if all(p in plain or p[:5] in {w[:5] for w in plain} for p in mod.split("-")):
        return False  # the note renders the whole modifier: it is part of the term
    return last.endswith("s") == genus.endswith("s") and much_rarer(last, plain)


def renamed_by_plain_word(head: str, note: str) -> bool:
    """True when the one-word `note` is a plainer word for the lower-case `head`'s last word:
    a noun (not an adjective, colour or aside), in the same number, that word much rarer than
    it (`mutations (changes)`, `ultrasound transducer (probe)`)."""
    words = head.split()
    if not words or not head.islower() or not (note.isalpha() and note.islower()):
        return False
    if (note in NP_STOP_WORDS or note in ASIDE_WORDS or note in COLOURS
            or note in REMARK_ADJECTIVES or is_adjective(note)):
        return False
    last = words[-1]
    plural = last.endswith("s") and not last.endswith("ss")
    return (plural == (note.endswith("s") and not note.endswith("ss"))
            and word_rank(last) >= RENAME_FLOOR and much_rarer(last, [note]))


#: Endings that make another word of a closed compound (`nearsighted|ness`, `heart|burn|ing`).
_COMPOUND_SUFFIXES = ("ness", "ing", "ed", "s")


def everyday_compound(word: str) -> bool:
    """True for a closed compound of two everyday words (rank below FLOOR), maybe with an
    inflection or `-ness` after it (`nearsightedness`: near + sight, `heartburn`): plain words
    however long, not a Greek or Latin name."""
    w = word.lower()
    for suffix in _COMPOUND_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 6:
            w = w[:-len(suffix)]
    if w.endswith("ed") and len(w) > 8:
        w = w[:-2]  # (`nearsight|ed`, after `-ness`)
    return any(word_rank(w[:i]) < FLOOR and word_rank(w[i:]) < FLOOR
               for i in range(3, len(w) - 2))
