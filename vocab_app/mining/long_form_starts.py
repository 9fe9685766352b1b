"""Where a long form found by the Schwartz–Hearst match starts, one word further left: the
shortest match may take a short form's letters from inside words (`phosphoribosyl
pyrophosphate (PRPP)`: all four from `pyrophosphate`; `Enhanced external counterpulsation
(EECP)`); when the word before it opens with the short form's first letter and, taken in,
lets fewer letters come from inside words (or as few, and the long form then has one word a
letter: `indirect immunofluorescence assay (IFA)`), that word opens the long form, as authors
coin short forms from word starts (not `called catastrophic antiphospholipid syndrome (CAPS)`)."""

from __future__ import annotations

import re

from vocab_app.mining.english_verbs import maybe_verb

_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z'’-]*)[ /]\Z")
#: Words that never open a long form (`the`, `of`: RULES' long forms are noun phrases).
_NEVER_FIRST = frozenset({"the", "a", "an", "of", "and", "or", "in", "on", "for", "to", "with",
                          "by", "at", "as", "from", "this", "that", "these", "those", "its",
                          "called", "named", "termed", "known"})


def widened_start(short: str, before: str, start: int) -> int:
    """`start`, or the start of the word right before it (a space or `/` between) when that
    word opens with the short form's first letter and fewer of its letters then come from
    inside words (module docstring)."""
    letters = [c for c in short.lower() if c.isalnum()]
    if short.endswith("s") and len(letters) > 2:
        letters.pop()  # (a plural: `LLMs`)
    if len(letters) < 2 or len(letters) > 10:
        return start
    inner = _inner_letters(letters, before[start:].lower())
    if not inner:
        return start
    found = _WORD_BEFORE_RE.search(before, max(0, start - 40), start)
    if (found is None or found.group(1).lower() in _NEVER_FIRST
            or found.group(1)[0].lower() != letters[0]):
        return start
    widened = _inner_letters(letters, before[found.start(1):].lower())
    if widened == inner:  # a tie: one word a letter is how authors coin them (`indirect
        # immunofluorescence assay (IFA)`: not `immunofluorescence` for both I and F), but a
        # verb or participle before a name is no part of it (`contain cerebrospinal fluid`),
        # and two letters may abbreviate one word (`tuberculosis (TB)`)
        word = found.group(1).lower()
        one_each = len(before[found.start(1):].split()) == len(letters) >= 3
        return found.start(1) if one_each and not (
            word.endswith("ed") or maybe_verb(word)) else start
    return found.start(1) if widened < inner else start


def _inner_letters(letters: list[str], long_form: str) -> int:
    """The fewest letters of `letters` that come from inside a word (not at a word's or a
    hyphen part's start) when they are matched in order in `long_form`, the first at its
    start; a large number when they cannot be."""
    n, m = len(letters), len(long_form)
    if not long_form or long_form[0] != letters[0]:
        return _NO_MATCH
    # cost[j]: the fewest inner letters matching the letters from k on within long_form[j:]
    cost = [0] * (m + 1)
    for k in range(n - 1, 0, -1):
        nxt, cost = cost, [_NO_MATCH] * (m + 1)
        for j in range(m - 1, 0, -1):
            cost[j] = cost[j + 1]
            if long_form[j] == letters[k]:
                here = nxt[j + 1] + (1 if long_form[j - 1].isalnum() else 0)
                cost[j] = min(cost[j], here)
    return cost[1]


_NO_MATCH = 1000
