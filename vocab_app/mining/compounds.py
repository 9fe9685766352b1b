"""Closed compounds as one-word long forms: `Frontend (FE)`, `Backend (BE)`, `Database (DB)`.

abbrev.py takes a one-word long form only when its capitals spell the short form (camel case:
`JavaScript (JS)`); a closed compound has no capital inside. It is one here when it splits into
as many parts as the short form has letters, each part starting with its letter and each a
common English word (among the 3,000 most frequent of the package's wordfreq table: the
frequency module's one table, read on first use): front+end, data+base. `Transformer (TF)`
(trans+former: `trans` is rarer) and `PostgreSQL (PG)` stay no pair.

A word built from classical combining forms is one too (`spells_combining`): each letter but
the last starts a combining form of a closed list (gastro-, intra-, electro-, cardio-), the last
starts a word of the table or the word's end: gastro+intestinal (GI), intra+venous (IV),
electro+cardio+gram (ECG). A form outside the list counts when its linking vowel -o- joins it
to the next part: sino+atrial (SA), atrio+ventricular (AV).
"""

from __future__ import annotations

from collections.abc import Callable

from vocab_app.mining.frequency import table

_COMMON = 3000  # a compound's parts are words at least this common (rank)
_MIN_PART = 3


def spells_compound(short: str, word: str) -> bool:
    """True when `word` is a closed compound of common words whose initials are the letters of
    `short` (2–3 capital letters)."""
    if not (2 <= len(short) <= 3 and short.isalpha() and short.isupper()
            and word.isalpha() and len(word) >= _MIN_PART * len(short)):
        return False
    lowered, letters = word.lower(), short.lower()
    if lowered[0] != letters[0] or not word[1:].islower():
        return False
    return _splits(lowered, letters, table().word_rank)


def _splits(word: str, letters: str, rank: Callable[[str], int | None]) -> bool:
    if len(letters) == 1:
        return word[0] == letters and (rank(word) or _COMMON + 1) <= _COMMON
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        if (word[cut] == letters[1] and (rank(word[:cut]) or _COMMON + 1) <= _COMMON
                and _splits(word[cut:], letters[1:], rank)):
            return True
    return False


#: Classical combining forms that open medical and scientific words (not bare prefixes such as
#: trans-, sub-, inter-, which open everyday words too: trans+former is no `TF`).
_COMBINING_FORMS = tuple(sorted((
    "gastro", "intra", "supra", "peri", "epi", "endo", "electro", "cardio", "encephalo", "neuro",
    "hemo", "haemo", "myo", "osteo", "broncho", "radio", "micro", "immuno", "entero", "hepato",
    "nephro", "pneumo", "cerebro", "spino", "musculo", "naso", "oro", "thoraco", "chemo", "cyto",
    "dermato", "echo", "gluco", "leuko", "lympho", "onco", "patho", "pharmaco", "psycho",
    "thrombo", "uro", "vaso", "angio", "arterio", "cranio", "esophago", "laryngo", "pancreato",
    "pulmo", "sono",
    # Latin and Greek prefixes of the same use (`ultraviolet (UV)`, `subcutaneous (SC)`),
    # not those that open everyday words of their own (`Transformer`, `supermarket`)
    "ultra", "infra", "extra", "inter", "sub", "hyper", "hypo", "poly", "mono", "bio",
    "tele", "photo", "thermo", "hydro", "macro", "nano", "semi"), key=len, reverse=True))
_RARE = 50_000  # the word a combining form opens is at least this common (rank)


def spells_combining(short: str, word: str) -> bool:
    """True when `word` is built of combining forms whose initials are the letters of `short`
    (2–3 capitals) and ends in a word of the table: `gastrointestinal (GI)`."""
    if not (2 <= len(short) <= 3 and short.isalpha() and short.isupper()
            and word.isalpha() and word[1:].islower()):
        return False
    return _combines(word.lower(), short.lower(), table().word_rank)


def _combines(word: str, letters: str, rank: Callable[[str], int | None]) -> bool:
    if len(letters) == 1:
        return len(word) > _MIN_PART and word[0] == letters and (rank(word) or _RARE + 1) <= _RARE
    return any(word.startswith(form) and _combines(word[len(form):], letters[1:], rank)
               for form in _COMBINING_FORMS if form[0] == letters[0]) or any(
        word[cut - 1] == "o" and word[cut] == letters[1]
        and _combines(word[cut:], letters[1:], rank)
        for cut in range(_MIN_LINKED, len(word) - _MIN_PART))


def spells_hyphen_parts(short: str, word: str) -> bool:
    """True when the capitals of `short` spell the hyphen-joined parts of `word` in order, each
    part by its initial or, for more letters, by its combining forms (`alpha-fetoprotein
    (AFP)`: alpha, feto+protein)."""
    parts = word.lower().split("-")
    if not (3 <= len(short) <= 5 and short.isalpha() and short.isupper() and len(parts) >= 2
            and all(part.isalpha() for part in parts)):
        return False
    return _spell_parts(parts, short.lower(), table().word_rank)


def _spell_parts(parts: list[str], letters: str, rank: Callable[[str], int | None]) -> bool:
    if not parts or not letters:
        return not parts and not letters
    part, rest = parts[0], parts[1:]
    for take in range(1, len(letters) - len(rest) + 1):
        own = letters[:take]
        if part[0] == own[0] and (take == 1 or _combines(part, own, rank)) and _spell_parts(
                rest, letters[take:], rank):
            return True
    return False


#: A combining form outside the list, joined by its linking -o- (sino+atrial, atrio+ventricular,
#: arterio+venous): at least this long with its -o-.
_MIN_LINKED = 4


_VOWELS = frozenset("aeiou")


def spells_contraction(short: str, word: str) -> bool:
    """True for a contraction of one word: a lower-case short form that keeps the word's first
    and last letters and consonants of it in order, no vowel after its first letter
    (`ckpt` for checkpoint, `mgmt` for management, `govt` for government), and is at most half
    as long as the word. A clipping (`config`) and initials are told elsewhere."""
    if not (3 <= len(short) <= 5 and short.isalpha() and short.islower()
            and word.isalpha() and len(word) >= 2 * len(short)):
        return False
    w = word.lower()
    if short[0] != w[0] or short[-1] != w[-1] or any(ch in _VOWELS for ch in short[1:]):
        return False
    it = iter(w)
    return all(ch in it for ch in short)

