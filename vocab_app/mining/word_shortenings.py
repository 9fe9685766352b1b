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


def is_partly_shortened(short: str, long_form: str) -> bool:
    """True when `short` is `long_form` with one run of its words written as their capital
    initials, the words before and after that run unchanged (`PTQ Dynamic` for `Post Training
    Quantization Dynamic`, `DP methods` for `dynamic programming methods`, `Bluetooth LE` for
    `Bluetooth Low Energy`)."""
    tokens = short.split()
    words = long_form.replace("-", " ").split()
    if len(tokens) < 2:
        return False
    for i, token in enumerate(tokens):
        n = len(token)
        if not (2 <= n <= 6 and token.isalpha() and token.isupper()):
            continue
        before = [w.lower() for w in tokens[:i]]
        after = [w.lower() for w in tokens[i + 1:]]
        run = words[i:i + n]
        if (len(words) == len(before) + n + len(after) and len(run) == n
                and [w.lower() for w in words[:i]] == before
                and [w.lower() for w in words[i + n:]] == after
                and all(w[:1].lower() == ch for w, ch in zip(run, token.lower(), strict=True))):
            return True
    return False


_WORD_SPLIT_RE = re.compile(r"[\s\-]+")


def is_contraction_of(short: str, long_form: str) -> bool:
    """True for a lower-case short form of several words beside them (`cwnd` for congestion
    window, `ssthresh` for slow-start threshold, `seq` for sequence number): it takes letters
    of every word in order, each word's part opening with its first letter (c|wnd, s|s|thresh),
    or it clips the first word of the phrase (`seq`, `ack` for acknowledgment number)."""
    if not 2 <= len(short) <= 10 or not short.isalpha() or not short.islower():
        return False
    words = [w.lower() for w in _WORD_SPLIT_RE.split(long_form.strip()) if w]
    if not 2 <= len(words) <= 5 or not all(w.isalpha() for w in words):
        return False
    if short.lower() in _NOT_INITIALISMS:
        return False
    rest = words[0][len(short):]
    clipped = (len(short) >= 3 and words[0].startswith(short) and len(rest) >= 3
               and rest not in _NOT_CLIPPED)  # (`treat` of treatment is a word of its own)
    return clipped or _spells(short, tuple(words))


def _spells(short: str, words: tuple[str, ...]) -> bool:
    """True when `short` splits into one part per word, in order, each part starting with its
    word's first letter and the rest of it letters of that word in order."""
    if not words:
        return not short
    word = words[0]
    if not short or short[0] != word[0]:
        return False
    # the longest part first; a part is the first letter and a subsequence of the word's rest
    for cut in range(len(short) - len(words) + 1, 0, -1):
        rest = iter(word[1:])
        if all(ch in rest for ch in short[1:cut]) and _spells(short[cut:], words[1:]):
            return True
    return False
