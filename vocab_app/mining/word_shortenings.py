"""Short forms that are not capital initials: a clipped word (`info` for information, `echo`
for echocardiography) and a lower-case or capitalised initialism beside the words it spells
(`learning rate (lr)`, `batch size (Bs)`). abbrev.py handles capital short forms; the bracket
and abbreviation modules ask these two before they call a pair `abbr`.
"""

from __future__ import annotations

import re

#: Endings that make another word of the short one (an inflection, or a derivation:
#: `thyroid` → `thyroidectomy`, `aware` → `awareness`), so the short word is no clipping. A
#: combining-form ending (the second tuple) does so only right after the short word or a
#: linking vowel (`tonsil|litis`): with a stem between, the short word clips a compound
#: (`echo` for echo|cardio|graphy, `gastro` for gastro|enter|itis).
_NOT_CLIPPED = ("ing", "ed", "er", "ers", "ings", "ness", "ment", "ments", "ism")
_COMBINING = ("ectomy", "otomy", "ostomy", "scopy", "itis", "osis", "gram", "graphy", "plasty")


def is_clipping(short: str, long_form: str) -> bool:
    """True when one word is the clipped form of another (`evals` ↔ `evaluations`,
    `info` ↔ `information`): the short word (less a plural s) starts the long one, which goes
    on for three or more letters that are not just an inflection."""
    if " " in short or " " in long_form or not short.isalpha() or not long_form.isalpha():
        return False
    stem = short[:-1] if short.endswith("s") and len(short) > 4 else short
    rest = long_form.lower()[len(stem):]
    return (len(stem) >= 3 and long_form.lower().startswith(stem.lower()) and len(rest) >= 3
            and not rest.endswith(_NOT_CLIPPED) and not any(
                rest.endswith(e) and len(rest) - len(e) <= 2 for e in _COMBINING))


_ROMAN_RE = re.compile(r"[ivx]+", re.I)  # a list label (`ii`, `iv`), not a short form
_NOT_INITIALISMS = frozenset({"an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is",
                              "it", "me", "my", "no", "of", "on", "or", "so", "to", "up", "us",
                              "we"})


def is_initialism_of(short: str, long_form: str) -> bool:
    """True for a short form in lower case or capitalised (`lr`, `Bs`) whose letters are the
    initials of the words of `long_form`, one each, in order (`learning rate`, `batch size`).
    Alone such a token may be any word (is_short_form leaves it out); beside the words it
    spells it is their short form. Not a roman numeral nor a function word (`ii`, `it`)."""
    if not 2 <= len(short) <= 6 or not short.isalpha() or not short[1:].islower():
        return False
    if _ROMAN_RE.fullmatch(short) or short.lower() in _NOT_INITIALISMS:
        return False
    words = long_form.replace("-", " ").split()
    return len(words) == len(short) and all(
        w[:1].lower() == ch for w, ch in zip(words, short.lower(), strict=True))
