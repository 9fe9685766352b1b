"""Two descriptions a technical name takes whole, which the walk of described_terms.py cuts
short at the first verb or clause:

- a name whose head noun the description already says, with a clause or a participle phrase
  that tells which one (`the nerve that relays visual information from the eyes to the brain
  (the optic nerve)`, `hearing loss caused by abnormalities in the inner ear (sensorineural
  hearing loss)`): the walk found only the last noun phrase (`the brain`, `the inner ear`);
- what one can or cannot do (`unable to conceive (infertile)`, `ability to have children
  (fertility)`): the walk found only the verb's object.

And one it takes short: a thing the text brings in with `a`, named as its kind (`forms a tumor
(metastatic tumor)`): the walk finds no description in one everyday noun. Last, a part of a
whole told apart by a clause (`the part of the brain that is connected to the spinal cord (the
brainstem)`): the walk took only the clause's last noun phrase.
"""

from __future__ import annotations

import re

from vocab_app.mining.description_words import is_plural, same_word
from vocab_app.mining.en_terms import noun_phrase_start
from vocab_app.mining.lang import word_set

#: Words that open what tells which one: a relative pronoun or a participle.
_WHICH_RE = re.compile(r"(?:that|which|who|whose|where|[a-z]{3,}(?:ed|ing))\b")
_ARTICLES = word_set("the a an")
#: What may happen is one case of the thing, not what its name means.
_MODAL_RE = re.compile(r"\b(?:can|could|may|might|will|would)\b")
#: How far back the repeated noun may stand (words), and what it may not cross.
_MAX_WORDS = 18
_CLAUSE_END_RE = re.compile(r"[.;:!?,()（）\[\]]")
#: A comma inside a list of single words that ends with `and`/`or` (`pain, temperature, and
#: touch sensations`) does not end the clause.
_LIST_COMMA_RE = re.compile(r",\s+(?:[a-z]+,\s+)*(?:and|or)\s+[a-z]+\b")


def repeated_head_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of the description that ends at `t1` when the note, a name of two or more words
    (an article aside), ends in a noun that the text before already says, and a relative
    clause or a participle follows that noun right after it; else None."""
    words = note.split()
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    if not 2 <= len(words) <= 4 or not all(w.isalpha() and w.islower() for w in words):
        return None
    head = words[-1]
    window0 = max(lo, t1 - 160)
    window = text[window0:t1]
    cut = max((m.end() for m in _CLAUSE_END_RE.finditer(window)
               if not _LIST_COMMA_RE.match(window, m.start())), default=0)
    if len(window[cut:].split()) > _MAX_WORDS:  # (then a list's comma ends it too)
        cut = max((m.end() for m in _CLAUSE_END_RE.finditer(window)), default=0)
    span = window[cut:]
    if len(span.split()) > _MAX_WORDS:
        return None
    found = None
    for m in re.finditer(r"[A-Za-z]+", span):
        if same_word(m.group(), head) and _WHICH_RE.match(span, m.end() + 1):
            found = m  # (the noun itself, not a noun before another: `muscle disorder`)
            break  # (the first: the noun the clause after it describes)
    if found is None or _MODAL_RE.search(span, found.end()):
        return None  # (`lesions that can appear across the scalp (diffuse lesion)`: a case)
    end = window0 + cut + found.end()
    start = noun_phrase_start(text, window0 + cut, end, max_words=3)
    while start < end and text[start:end].split(" ", 1)[0].lower() in _ARTICLES:
        start = text.index(" ", start) + 1
    return start if start < end else None


def named_kind_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of the noun before the bracket when the text brings it in with `a`/`an` and the
    note, two lower-case words, names its kind (`forms a tumor (metastatic tumor)`); else None.
    (`the lip (cleft lip)` points at a part: the description is the longer phrase before.)"""
    words = note.split()
    if len(words) != 2 or not all(w.isalpha() and w.islower() for w in words):
        return None
    before = text[max(lo, t1 - 40):t1].split()
    if len(before) < 2 or before[-2].lower() not in ("a", "an"):
        return None
    return t1 - len(before[-1]) if same_word(before[-1], words[1]) else None


#: What one can or cannot do, the thing a condition's name often says (`unable to conceive
#: (infertile)`, `ability to have children (fertility)`, `fail to grow … (failure to thrive)`).
_ABILITY_RE = re.compile(
    r"\b(?:(?:decreased|reduced|impaired|increased|limited|poor)\s+)?"
    r"(?:unable|inability|ability|failure|fail|fails|failed|failing)\s+to\s+[a-z]", re.I)


def _ability(text: str, lo: int, t1: int, note: str) -> tuple[int, bool] | None:
    """(start, short) of the last phrase of what one can or cannot do in the clause that ends
    at `t1`, `short` when at most four words run from its verb to `t1`; None when there is
    none, a relative clause follows it, or the note is no name of one to three plain words."""
    words = note.split()
    if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words) or is_plural(words[-1]):
        return None  # (a plural note names things: `unable to process fats (lipids)`)
    window0 = max(lo, t1 - 100)
    window = text[window0:t1]
    cut = max((m.end() for m in _CLAUSE_END_RE.finditer(window)), default=0)
    found = None
    for m in _ABILITY_RE.finditer(window, cut):
        found = m
    if found is None or _RELATIVE_RE.search(window, found.end()):
        return None
    return window0 + found.start(), len(window[found.end() - 1:].split()) <= 4


def ability_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of a description of what one can or cannot do that ends at `t1`, in the same
    clause (no punctuation, at most four words from the verb on, or more for a note of several
    words when no verb of its own follows), for a note of one to three plain words, not a
    plural; else None. (A longer verb phrase may hold a verb of its own:
    `inability to make beta-lipoproteins causes reduced absorption (malabsorption)`.)"""
    found = _ability(text, lo, t1, note)
    if found is None:
        return None
    if found[1] or (" " in note.strip() and not _OWN_VERB_RE.search(text, found[0], t1)):
        return found[0]  # (`fail to grow and gain weight at the expected rate (failure to
        # thrive)`: a long phrase with no verb of its own, named by a name of several words)
    return None


#: A finite verb of its own inside a long ability phrase (`inability to make beta-lipoproteins
#: causes reduced absorption`): the phrase is its subject, not what the note names.
_OWN_VERB_RE = re.compile(r"\b(?:causes|caused|leads|led|results|resulted|is|are|was|were"
                          r"|makes|means)\b")


def names_long_ability(text: str, lo: int, t1: int, note: str) -> bool:
    """True when a note of several words follows a long phrase of what one can or cannot do
    (`fail to grow and gain weight at the expected rate (failure to thrive)`): it names that
    whole phrase, no noun phrase at its end (`the expected rate`)."""
    found = _ability(text, lo, t1, note)
    return found is not None and not found[1] and " " in note.strip()


_RELATIVE_RE = re.compile(r"\b(?:that|which|who)\b")


#: A part of a whole told apart by a clause or participle (`the part of the brain that is
#: connected to the spinal cord`, `the part of the brain involved in coordinating movements`).
_PART_OF_RE = re.compile(r"\b(?:part|region|area|portion|layer|section)s? of (?:the |an? )?"
                         r"[a-z]+(?: [a-z]+)? (?:that|which|where|involved|responsible|"
                         r"connected|located)\b")


def part_of_start(text: str, lo: int, t1: int) -> int | None:
    """Start of `part of X that …` (or `involved in …`) whose clause runs to `t1`, the bracket
    then naming that part (`(the brainstem)`, `(the cerebellum)`); None when there is none in
    the clause before the bracket."""
    window0 = max(lo, t1 - 160)
    cut = max((m.end() for m in _CLAUSE_END_RE.finditer(text, window0, t1)
               if text[m.start()] != ","), default=window0)
    found = None
    for m in _PART_OF_RE.finditer(text, cut, t1):
        found = m
    return None if found is None else found.start()
