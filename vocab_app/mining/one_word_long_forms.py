"""One word as the long form of a short form: the shapes in which the letters of the short form
come from the pieces of one word rather than one word each (abbrev.find_long_form reaches
these when Schwartz–Hearst matched inside a single word): a chemical name's parts (`S-Ado`), a
long technical word (`lipopolysaccharide (LPS)`), a name after its locant (`N-acetylglucosamine
(NAG)`), a numbered member of a family (`Interleukin-2 (IL-2)`), a Greek or Latin compound
beside its capitals (`EEG (electroencephalogram)`).
"""

from __future__ import annotations

import re

from vocab_app.mining.rarity import word_rank


def opens_and_holds(word: str, letters: str) -> bool:
    """True when the lower-case `word` opens with the first of `letters` (lower case, at least
    one) and holds the others in order after it."""
    if not letters or not word.startswith(letters[0]):
        return False
    at = 1
    for ch in letters[1:]:
        at = word.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


_PARTS_SHORT_RE = re.compile(r"[A-Z][a-z]{0,3}(?:-[A-Z][a-z]{0,3})+")


def spells_parts(short: str, word: str) -> bool:
    """True for a short form of capitalised parts joined by hyphens (`S-Ado`) and one long
    lower-case word (a chemical name: `succinyladenosine`) whose letters it matched in order
    from the start: each part abbreviates one piece of the word."""
    return (_PARTS_SHORT_RE.fullmatch(short) is not None and word.isalpha()
            and word.islower() and len(word) >= 2 * len(short) + 2)


_CAPITALS_SHORT_RE = re.compile(r"[A-Z]{2,5}s?")


def spells_long_word(short: str, word: str) -> bool:
    """True for a short form of two to five capitals (maybe a plural -s) and one long word
    that opens with its first letter and holds the others in order: at least twice as many
    letters plus two, no everyday word (`medication (MDN)`), and its last letter no earlier
    than a third into the word even where it stands last (not `acetaminophen (ACT)`: letters
    crowded into one piece), so the letters come from the pieces of a technical word
    (`lipopolysaccharide` → LPS, `prolactin` → PRL)."""
    letters = short.rstrip("s").lower()
    low = word.lower()
    return (_CAPITALS_SHORT_RE.fullmatch(short) is not None and word.isalpha()
            and len(word) >= 2 * len(letters) + 2 and word_rank(low) >= _EVERYDAY_RANK
            and opens_and_holds(low, letters) and 3 * low.rfind(letters[-1], 1) >= len(low))


_EVERYDAY_RANK = 10_000  # commoner than this, a word is an everyday one (`medication`)


_LOCANT_NAME_RE = re.compile(r"(?:[A-Za-z]|\d{1,2})-[a-z]{8,}")


def spells_locant_name(short: str, word: str) -> bool:
    """True for a short form of three or more capitals and a chemical name of a locant, a
    hyphen and one long lower-case word (`N-acetylglucosamine` → NAG), whose letters it matched
    in order from the locant: the letters abbreviate the pieces of the name."""
    return (len(short) >= 3 and short.isalpha() and short.isupper()
            and _LOCANT_NAME_RE.fullmatch(word) is not None
            and len(word) >= 2 * len(short) + 4)


_NUMBERED_SHORT_RE = re.compile(r"(?P<letters>[A-Z]{2,5})-?(?P<number>\d{1,3}[a-z]?)")
_NUMBERED_NAME_RE = re.compile(r"(?P<word>[A-Za-z][a-z]{3,})[- ](?P<number>\d{1,3}[a-z]?)")


def spells_numbered_name(short: str, long_form: str) -> bool:
    """True for the short form of one word and a number that numbers a member of a family
    (`Interleukin-2 (IL-2)`, `cyclooxygenase-2 (COX-2)`, `Caspase 3 (CASP3)`): the numbers are
    the same, and the capitals are letters of the word, in order, the first one starting it.
    A one-word long form fails the other checks, which want a letter per word."""
    s = _NUMBERED_SHORT_RE.fullmatch(short)
    w = _NUMBERED_NAME_RE.fullmatch(long_form)
    if s is None or w is None or s.group("number").lower() != w.group("number").lower():
        return False
    word, letters = w.group("word").lower(), s.group("letters").lower()
    return len(word) >= 2 * len(letters) and opens_and_holds(word, letters)


def compound_word_form(short: str, long_form: str) -> bool:
    """True for a long lower-case word beside a short form of three capitals or more
    (`EEG (electroencephalogram)`, `EKG (electrocardiogram)`): a compound of Greek or Latin
    parts that the capitals abbreviate (`expands` checks the letters), the last one in the
    word's second half (its last part: `-gram`), not all crowded into its start."""
    if not (len(short) >= 3 and short.isalpha() and short.isupper() and long_form.isalpha()
            and long_form[1:].islower() and len(long_form) >= max(12, 3 * len(short))):
        return False  # (a capital may open it: `EKG (Electrocardiogram)` in a heading)
    return long_form.rfind(short[-1].lower().replace("k", "c")) >= len(long_form) // 2
