"""Section headings run into the prose by a scrape that dropped the line breaks (health pages
flattened to text): `… ear infections. Other Causes Low blood pressure (hypotension) can …`.
The heading is no part of the term; the term starts at the sentence's own first word.

A run-in heading is recognised by its shape: Title Case words that open a sentence, among
them a word that names a section of a health page (`Causes`, `Symptoms`, `Treatment`,
`Risk Factors`), followed by a sentence-case phrase (one capital, then lower-case words) that
ends at the bracket; or a heading that the sentence repeats as its subject (`Chemotherapy
Chemotherapy (…) is …`). Names with several capitals (`West Nile virus`, `Lou Gehrig's disease`)
have no section word and are left whole.
"""

from __future__ import annotations

import re

from vocab_app.mining.lang import word_set
from vocab_app.mining.sentences import BULLETS, SENTENCE_EDGE

#: Words that name the sections of a consumer health page.
#: (Not `Surgery`, `Medications`, `Tests`: often the heading and the glossed term at once.)
_SECTION_WORDS = word_set("""symptoms signs causes diagnosis treatment treatments prevention
risk risks factors overview outlook prognosis complications research types options coping
management tips facts statistics questions answers stages""")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
#: What may stand before a sentence's first word: a full stop, a line start, a bullet (maybe
#: glued to the word; no numbered item).
_EDGE_RE = re.compile(rf"{SENTENCE_EDGE}(?:[{BULLETS}]\s*)?\Z")


def _title(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def after_run_in_heading(text: str, lo: int, t1: int) -> int:
    """Where the term before `t1` may start at the earliest: after a run-in heading that opens
    the sentence (module docstring), else `lo`. Looks at no more than the eight words before
    `t1`."""
    words = list(_WORD_RE.finditer(text, max(lo, t1 - 120), t1))[-8:]
    if len(words) < 2 or text[words[-1].end():t1].strip():
        return lo
    # the sentence-case phrase: a capitalised word, then lower-case words to the bracket
    k = len(words) - 1
    while k > 0 and words[k].group().islower():
        k -= 1
    if not _title(words[k].group()) or k == 0:
        return lo
    phrase = text[words[k].start():t1].strip()
    before = text[max(lo, words[k].start() - len(phrase) - 8):words[k].start()].rstrip()
    if before.endswith(phrase) and _EDGE_RE.search(before[:-len(phrase)][-4:]) is not None:
        return words[k].start()  # `Surgery Surgery (…) is …`: the heading repeated as subject
    if words[k].group().lower() in _SECTION_WORDS:
        return lo  # (`Our Treatment Options include …`: the section word ends the heading)
    j = k
    while j > 0 and _title(words[j - 1].group()) and \
            not text[words[j - 1].end():words[j].start()].strip():
        j -= 1
    heading = [w.group().lower() for w in words[j:k]]
    if not heading or not _SECTION_WORDS.intersection(heading):
        return lo
    if _EDGE_RE.search(text[max(0, words[j].start() - 4):words[j].start()]) is None:
        return lo
    return words[k].start()


def title_case_note(text: str, g0: int, g1: int) -> bool:
    """True when the note `text[g0:g1]` is Title Case only because it stands in a heading: its
    words capitalised, the line opening with a capital and the bracket ending the heading (the
    line's end, or a full stop or colon that a run-in heading ends with): `High blood pressure
    (Hypertension). Blood pressure is …`. The note is then read as the lower-case term it would
    be in a sentence."""
    words = _WORD_RE.findall(text, g0, g1)
    if not words or len(words) > 4 or not all(_title(p) for w in words for p in w.split("-")):
        return False
    line = text.rfind("\n", 0, g0) + 1
    opening = text[line:g0].lstrip(f" \t{BULLETS}")
    if g0 - line > 80 or len(opening.split()) > 6 or any(ch in opening for ch in ".,;:!?"):
        return False  # (a heading is short: not a sentence's citation, `diagnosed (Becker).`)
    after = text[g1 + 1:g1 + 3]
    return opening[:1].isupper() and (after[:1] in ("", "\n", ".", ":")) and (
        after[:1] != "." or after[1:2] in ("", " ", "\n"))
