"""English abbreviations: is a token a short form, and where does its long form start?

Written here after Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation
definitions in biomedical text": a short form of 2–10 characters with at least one letter; its
long form is searched right to left among the min(|SF| + 5, 2·|SF|) words before it, every
character of the short form matched in order, the first one at a word start, shortest match.

Two relaxations make it fit real translated text:
- initials first: when the capitals of the short form are the initials of the last k words
  (function words like `of`/`the` may sit between them), that is the long form, also when the
  translator permuted the words (`AGI (General Artificial Intelligence)`);
- a trailing lower-case plural `s` of the short form may stay unmatched (`LLMs`, `GUIs`).
"""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
#: Words a long form may contain without giving the short form a letter.
LINK_WORDS = frozenset({"of", "the", "for", "and", "to", "in", "on", "a", "an", "by", "with", "&"})


def is_short_form(token: str) -> bool:
    """True for a plausible abbreviation: one token of 2–10 characters with at least two capitals
    (`RL`, `LLMs`, `ChatGPT`, `e/acc` is not one) and no spaces."""
    if not 2 <= len(token) <= 10 or " " in token:
        return False
    if not token[0].isalnum():
        return False
    capitals = sum(1 for ch in token if "A" <= ch <= "Z")
    return capitals >= 2


_LOWER_SHORT_RE = re.compile(r"[a-z]{1,4}(?:[/&.\-][a-z]{1,5})+")


def is_lower_short_form(token: str) -> bool:
    """True for a lower-case short form made of parts (`e/acc`, `w-o`): each part stands for
    one word of the long form."""
    return len(token) <= 10 and _LOWER_SHORT_RE.fullmatch(token) is not None


def _letters(short: str) -> str:
    """The letters a short form's long form should start its words with: its capitals, or the
    first letter of each part of a lower-case short form."""
    if is_lower_short_form(short):
        return "".join(part[0] for part in re.split(r"[/&.\-]", short))
    caps = "".join(ch for ch in short if "A" <= ch <= "Z" or ch.isdigit())
    return caps.lower()


def _initial_variants(words: list[str]) -> list[list[str]]:
    """Initials of the content words, with a hyphenated word read once as one word
    (`Pre-trained` → p) and once as its parts (`fine-tuning` → f, t)."""
    whole = [w[0].lower() for w in words if w.lower() not in LINK_WORDS]
    parts = [p[0].lower() for w in words for p in re.split(r"[-/]", w)
             if p and p.lower() not in LINK_WORDS]
    return [whole] if whole == parts else [whole, parts]


def initials_match(short: str, long_words: list[str], permuted: bool = True) -> bool:
    """True when the capitals of `short` are the initials of `long_words`' content words, in
    order or (with `permuted`) in any order (`AGI` ↔ `General Artificial Intelligence`)."""
    letters = _letters(short)
    if len(letters) < 2 or not long_words:
        return False
    if long_words[0].lower() in LINK_WORDS or long_words[-1].lower() in LINK_WORDS:
        return False
    variants = _initial_variants(long_words)
    if any("".join(ini) == letters for ini in variants):
        return True
    return permuted and any(len(ini) == len(letters) and sorted(ini) == sorted(letters)
                            for ini in variants)


_NOT_CLIPPED = ("ing", "ed", "er", "ers", "ings")


def is_clipping(short: str, long_form: str) -> bool:
    """True when one word is the clipped form of another (`evals` ↔ `evaluations`,
    `info` ↔ `information`): the short word (less a plural s) starts the long one, which goes
    on for three or more letters that are not just an inflection."""
    if " " in short or " " in long_form or not short.isalpha() or not long_form.isalpha():
        return False
    stem = short[:-1] if short.endswith("s") and len(short) > 4 else short
    rest = long_form.lower()[len(stem):]
    return (len(stem) >= 3 and long_form.lower().startswith(stem.lower()) and len(rest) >= 3
            and not rest.endswith(_NOT_CLIPPED))


def _schwartz_hearst(short: str, candidate: str) -> int | None:
    """Start index in `candidate` of the shortest long form matching `short`, else None.

    The classic right-to-left character match; only alphanumerics of the short form count.
    """
    sf = short.lower()
    if sf.endswith("s") and short[-1] == "s":
        sf = sf[:-1]
    lf = candidate.lower()
    s_index = len(sf) - 1
    l_index = len(lf) - 1
    while s_index >= 0:
        c = sf[s_index]
        if not c.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (
            lf[l_index] != c or (s_index == 0 and l_index > 0 and lf[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    return max(l_index + 1, 0)


def find_long_form(short: str, before: str) -> int | None:
    """Where the long form of `short` starts inside `before` (the text right before the
    bracket, ending at the term's last character), or None when no long form is there."""
    words = list(_WORD_RE.finditer(before))
    if not words or words[-1].end() < len(before.rstrip()):
        return None
    letters = _letters(short)
    if not letters:
        return None
    # Initials first: the shortest run of last words whose initials spell the short form, in
    # order; then a run of exactly as many content words in another order.
    reach = max(0, len(words) - (2 * len(letters) + 3))
    for permuted in (False, True):
        for i in range(len(words) - 1, reach - 1, -1):
            if initials_match(short, [w.group() for w in words[i:]], permuted=permuted):
                return words[i].start()
    if is_lower_short_form(short):
        return None  # too little to go on for a character-level match
    # Then Schwartz–Hearst over its word window.
    window = min(len(short) + 5, 2 * len(short))
    first = words[max(0, len(words) - window)].start()
    rel = _schwartz_hearst(short, before[first:])
    if rel is None:
        return None
    start = first + rel
    # Snap to the word the match starts in and reject long forms shorter than the short form.
    for w in words:
        if w.start() <= start < w.end():
            start = w.start()
            break
    long_form = before[start:].strip()
    if len(long_form) <= len(short) or " " not in long_form:
        return None
    return start


def expands(short: str, long_form: str) -> bool:
    """True when `long_form` (written in brackets after `short`) is its expansion."""
    words = [m.group() for m in _WORD_RE.finditer(long_form)]
    if len(words) < 2 or len(long_form) <= len(short):
        return False
    if initials_match(short, words):
        return True
    start = _schwartz_hearst(short, long_form)
    return start == 0
