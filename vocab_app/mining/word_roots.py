"""A bracket that explains the word before it by its Greek or Latin parts (RULES.md DEF):
`monomers (mono- = "one"; -mer = "part")`, `hepatitis (hepat- = "liver"; -itis =
"inflammation")`. Textbooks gloss a new word this way; the pair is def, term = the word before
the bracket, gloss = the bracket verbatim.

Each item is a word part marked by a hyphen (`mono-`, `-mer`, `-lysis`), `=` or `means`, and
its meaning (quoted, or one to four plain words); items are separated by `;` or `,`. The word
before the bracket must hold every part, and a leading part (`mono-`) must open it: a note on
another word of the sentence (`the wall (pariet- = "wall")` after `parietal`) stays noise.

The other way round, a lone combining form names the plain noun before it, as pages that
explain a condition's name do (`their muscles (myo-), brain (cerebro-)`, `the bones of the
spine (spondylo-)`, `finger- and toenails (onycho-)`): term = the noun, maybe with an `of`
phrase or a suspended first half; not the trouble a sentence says of it (`abnormalities of`).
"""

from __future__ import annotations

import re

from vocab_app.mining.description_words import PROBLEM_OF_RE

#: What a part or a source word means: a quoted gloss or up to four lower-case words.
MEANING = r"(?:“[^”]{1,40}”|\"[^\"]{1,40}\"|‘[^’]{1,40}’|'[^']{1,40}'|[a-z]+(?: [a-z]+){0,3})"
_ITEM = rf"(-?[A-Za-z]{{2,}}-?)\s*(?:=|means\b)\s*{MEANING}"
_NOTE_RE = re.compile(rf"{_ITEM}(?:\s*[;,]\s*{_ITEM})*")
_PART_RE = re.compile(_ITEM)
#: The word right before the bracket (letters and inner hyphens).
WORD_BEFORE_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*\s*\Z")


def word_part_note(note: str) -> list[str] | None:
    """The word parts of a note that is only a list of `part = meaning` items (`mono- =
    "one"; sacchar- = "sweet"` → [mono-, sacchar-]), at least one marked by a hyphen; else
    None. Cheap: anything without `=` or `means` is rejected before a regex runs."""
    if "=" not in note and "means" not in note:
        return None
    if _NOTE_RE.fullmatch(note.strip()) is None:
        return None
    parts = _PART_RE.findall(note)
    return parts if any("-" in p for p in parts) else None


def word_parts_start(text: str, lo: int, t1: int, note: str) -> int | None:
    """Start of the word before `t1` that the note `text`'s bracket explains by its parts
    (`word_part_note`), or None: the word holds every part (hyphens dropped, any case) and a
    part written as a prefix first (`mono-`) opens the word. For a lone combining form
    (`cerebro-`), the start of the plain noun before it that the form names (module docstring)."""
    parts = word_part_note(note)
    if parts is None:
        return _combining_form_start(text, lo, t1, note)
    m = WORD_BEFORE_RE.search(text, max(lo, t1 - 60), t1)
    if m is None:
        return None
    word = m.group().rstrip().lower()
    stems = [p.strip("-").lower() for p in parts]
    if not all(s in word for s in stems):
        return None
    if parts[0].endswith("-") and not parts[0].startswith("-") and not word.startswith(stems[0]):
        return None
    return m.start()


#: A combining form alone (`myo-`, `cerebro-`, `spondylo-`).
_COMBINING_FORM_RE = re.compile(r"[a-z]{2,}o-")
#: The plain noun it names, at the end of the text before: a noun, maybe after a suspended
#: first half (`finger- and toenails`) or before an `of` phrase (`bones of the spine`).
_PLAIN_NOUN_RE = re.compile(r"(?:[a-z]+- and |[a-z]{3,} of (?:the )?)?[a-z]{3,}\Z")


def _combining_form_start(text: str, lo: int, t1: int, note: str) -> int | None:
    if _COMBINING_FORM_RE.fullmatch(note) is None:
        return None
    m = _PLAIN_NOUN_RE.search(text, max(lo, t1 - 40), t1)
    if m is None:
        return None
    problem = PROBLEM_OF_RE.match(text, m.start(), t1)
    return m.start() if problem is None else problem.end()
