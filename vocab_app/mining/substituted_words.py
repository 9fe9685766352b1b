"""A note that repeats the phrase before it with one word swapped for its equivalent (RULES.md
DEF): `eating less salt (less sodium)` → less salt / less sodium, `low-salt (low-sodium)
foods` → low-salt / low-sodium, `your blood sugar (blood glucose)`. The term is as many words
(or hyphen parts) before the bracket as the note has, when all but the last are the same: a
swapped modifier with the same head names another kind (`blood test (urine test)`, `stem cells
(immature cells)`).

Opposites are no equivalents (`high-fat (low-fat)`, `left ear (right ear)`), nor are numbers
(`type 1 (type 2)`): a note that swaps one of those is left to the other checks.
"""

from __future__ import annotations

import re

from vocab_app.mining.description_words import CONTRAST_WORDS
from vocab_app.mining.en_words import FUNCTION_WORDS
from vocab_app.mining.when_notes import names_condition

_PART_RE = re.compile(r"[A-Za-z]+")
_NOTE_RE = re.compile(r"[a-z]+(?:[ -][a-z]+){1,3}")


def substitution_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of the phrase ending at `t1` that `note` repeats with one word swapped for an
    equivalent (module docstring), else None."""
    note = note.strip()
    if _NOTE_RE.fullmatch(note) is None:
        return None
    parts = _PART_RE.findall(note)
    window = text[max(lo, t1 - 8 * len(note)):t1]
    seps = re.findall(r"[ -]", note)
    # the same number of parts before the bracket, joined by the same separators
    pattern = r"(?<![A-Za-z\-])" + "".join(
        r"[A-Za-z]+" + (re.escape(sep) if sep == "-" else " ") for sep in seps) + r"[A-Za-z]+\s*\Z"
    m = re.search(pattern, window)
    if m is None:
        return None
    before = _PART_RE.findall(m.group())
    if len(before) != len(parts) or not all(w.islower() for w in before):
        return None
    if FUNCTION_WORDS.intersection(before + parts):
        return None  # `the organs (the viscera)`, `a tumor (metastatic tumor)`: no swap
    swapped = [(a, b) for a, b in zip(before, parts, strict=True) if a != b]
    if len(swapped) != 1 or before[-1] == parts[-1]:
        return None  # the head is swapped: `blood test (urine test)` names another kind
    a, b = swapped[0]
    if a in CONTRAST_WORDS or b in CONTRAST_WORDS or a[:4] == b[:4]:
        return None  # `high-fat (low-fat)`; `tooth (teeth)`-like forms of one word
    if names_condition(b) and not names_condition(a):
        return None  # `the spinal canal (spinal stenosis)`: a condition of it, no other word
    s0 = t1 - len(window) + m.start()
    lead = _PARTICIPLE_BEFORE_RE.search(text, max(lo, s0 - 30), s0)
    # `charged potassium atoms (potassium ions)`: the swapped word (ions) says the participle too
    return lead.start(1) if lead is not None else s0


#: A participle adjective (maybe after an adverb) inside a noun phrase, after a preposition or
#: a determiner: `of (negatively) charged …`.
_PARTICIPLE_BEFORE_RE = re.compile(
    r"\b(?:of|the|a|an|with|and|some|many)\s+((?:[a-z]+ly\s+)?[a-z]{3,}ed)\s+\Z")


def variant_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of the phrase ending at `t1` that `note` restates with its head said in one word
    more or fewer: the same first word, another ending (`Trans fatty acids (trans fats)`,
    `trans fat (trans fatty acids)`). The phrase opens at that shared word; None when there
    is none, when the heads are the same (`blood test (urine test)` is the swap's case) or when
    the shared word is a function word or a contrast."""
    parts = _PART_RE.findall(note)
    if not 2 <= len(parts) <= 4 or _NOTE_RE.fullmatch(note.strip()) is None:
        return None
    window = text[max(lo, t1 - 8 * len(note)):t1]
    low, high = max(1, len(parts) - 2), len(parts)
    m = re.search(rf"(?<![A-Za-z\-])[A-Za-z]+(?: [a-z]+){{{low},{high}}}\s*\Z", window)
    if m is None:
        return None
    for k in re.finditer(r"[A-Za-z]+", m.group()):  # the longest run first
        before = _PART_RE.findall(m.group()[k.start():])
        if abs(len(before) - len(parts)) != 1:
            continue
        first = before[0].lower()
        longer, shorter = sorted(([w.lower() for w in before], parts), key=len, reverse=True)
        if (first == parts[0] and first not in CONTRAST_WORDS
                and not FUNCTION_WORDS.intersection(longer) and shorter[-1] not in longer
                and any(w[:3] == shorter[-1][:3] for w in longer[1:])):
            # (the shorter one's head is another form of a word of the longer: fats ~ fatty;
            # not the longer one cut short, `failure to act now (failure to act)`)
            return t1 - len(window) + m.start() + k.start()
    return None
