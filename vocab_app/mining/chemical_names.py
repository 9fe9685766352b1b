"""Systematic chemical names in brackets (issue 9, legal and health texts): a substance's name or
short form, glossed by its chemical name written with locants.

- `DEET (N, N-diethyl-m-toluamide)`: a short form first, its chemical name after it: abbr
  (RULES S1a), normalised to the name → short form. The letters of such short forms come from
  the name's parts, not from word initials (`DEET`: diethyl, toluamide), which the initials and
  Schwartz–Hearst checks of abbrev.py cannot follow past the locants;
- `acetyl fentanyl (N-(1-phenethylpiperidin-4-yl)-N-phenylacetamide)`: a common name and its
  systematic name, two names of one substance, neither an abbreviation of the other: def (as
  `CT scan (CAT scan)`).

A chemical name is recognised by its locants: numbers, `N`/`O`/`S` and `o`/`m`/`p` joined to
the name's parts by hyphens (`1-`, `-4-yl`, `N,N-`, `m-`), in one word or in words after
commas only, its last part with a chemical ending (`-amide`, `-ine`, `-ol`: not
`3-layer-network-based`).
"""

from __future__ import annotations

import re

from vocab_app.mining.frequency import term_rank
from vocab_app.mining.lang import has_cjk
from vocab_app.mining.model import GlossHit

#: A locant: digits (`1`, `2,4`, `4a`), a heteroatom (`N`, `N,N`, `N, N`), `o`/`m`/`p`, or a
#: stereo word, joined by a hyphen to a part of the name.
_LOCANT_RE = re.compile(
    r"(?:(?<![A-Za-z])(?:\d+[a-z]?(?:,\s?\d+[a-z]?)*|[NOS](?:['′]?,\s?[NOS])*['′]?|[omp]"
    r"|sec|tert|cis|trans|alpha|beta)-(?=[a-z(\[]))"
    r"|(?:-\d+(?:,\d+)*-(?=[a-z]))")
#: The pieces of the name between locants and brackets.
_PART_RE = re.compile(r"[a-z]{3,}")
#: Words that name the class of a substance, not the substance: no term of their own.
_CLASS_WORDS = frozenset({
    "substance", "substances", "compound", "compounds", "chemical", "chemicals", "drug", "drugs",
    "agent", "agents", "molecule", "molecules", "product", "products", "ingredient",
    "ingredients", "medicine", "medicines", "medication", "salt", "salts", "form", "analogue",
    "analog", "isomer", "isomers", "dye", "dyes", "stain", "solvent", "reagent"})
#: Endings of the last part of a chemical name (an amide, amine, alcohol, alkane, ketone, …).
_CHEMICAL_ENDINGS = ("ide", "ine", "ol", "ane", "ene", "yne", "one", "ate", "ite", "ose", "ium",
                     "yl", "oic acid", "ic acid")
#: A common name more frequent than this (rank in the frequency table) is an everyday word
#: (`cells`, `water`), not a substance's name.
_COMMON_RANK = 5000
_WORD_RE = re.compile(r"[A-Za-z][a-z]+\Z")


def is_chemical_name(gloss: str) -> bool:
    """True for a systematic chemical name: no spaces except after commas, at least one locant,
    lower-case parts of ten letters or more in all (`N, N-diethyl-m-toluamide`,
    `2-acetoxybenzoic acid` is not one: it has a space)."""
    if has_cjk(gloss) or len(gloss) < 10 or gloss[:1] in "-,":
        return False
    if any(ch.isspace() for i, ch in enumerate(gloss) if i == 0 or gloss[i - 1] != ","):
        return False
    if _LOCANT_RE.search(gloss) is None or not gloss.lower().endswith(_CHEMICAL_ENDINGS):
        return False
    return sum(len(p) for p in _PART_RE.findall(gloss)) >= 10


def short_form_of_chemical(short: str, name: str) -> bool:
    """True when `short` may abbreviate the chemical name `name`: its first letter starts the
    name's first part after the locants and every letter of it is in the name (`DEET`:
    diethyl, toluamide)."""
    parts = _PART_RE.findall(name)
    letters = [ch.lower() for ch in short if ch.isalpha()]
    if len(letters) < 2 or not parts or not parts[0].startswith(letters[0]):
        return False
    lowered = name.lower()
    return all(lowered.count(ch) >= letters.count(ch) for ch in set(letters))


def chemical_name_pair(text: str, t0: int, t1: int, g0: int, g1: int) -> list[GlossHit]:
    """The def pair of a substance's common name before the bracket and its chemical name in
    it: the last word, with the group names before it (`acetyl fentanyl`: words ending in
    `-yl`); [] when the gloss is no chemical name or the word before is a class word
    (`the substance (…)`) or no word."""
    if not is_chemical_name(text[g0:g1]):
        return []
    words = list(re.finditer(r"\S+", text[t0:t1]))
    if not words or not _WORD_RE.match(words[-1].group()):
        return []
    if words[-1].group().lower() in _CLASS_WORDS:
        return []
    rank = term_rank(words[-1].group().lower())
    if rank is not None and rank < _COMMON_RANK:
        return []  # `cells (2-(4-amidinophenyl)-…)`: the name of something else in the clause
    first = len(words) - 1
    while first > 0 and len(words) - first < 3 and _WORD_RE.match(words[first - 1].group()) and (
            words[first - 1].group().lower().endswith("yl")):
        first -= 1
    s0, s1 = t0 + words[first].start(), t0 + words[-1].end()
    return [GlossHit(text[s0:s1], text[g0:g1], "def", (s0, s1), (g0, g1))]
