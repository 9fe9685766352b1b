"""Two English sides, one abbreviating the other (style abbr, RULES S1a): the shapes of
`en_en_pairs` (english_pairs.py) that pair a short form with its long form, in either order.

- short form first: `SVB (Silicon Valley Bank)`, `KV (Key-Value)`, and a short form that keeps
  its long form's head noun: `PET scan (positron emission tomography scan)`;
- a clipped word and its full form, either order: `evals (evaluations)`;
- a short form with a word shared with its long form: `emission tomography scan (PET scan)`;
- a unit's name and its symbol: `millimeters (mm)`, `grams (g)`, `millimeters of mercury
  (mm Hg)` (units.py);
- long form first: `reinforcement learning (RL)` (abbrev.py finds where the long form starts).

The pair is normalised: term = long form, gloss = short form.
"""

from __future__ import annotations

from vocab_app.mining.abbrev import (
    expands,
    find_long_form,
    is_clipping,
    is_lower_short_form,
    is_short_form,
)
from vocab_app.mining.lang import CJK_RE
from vocab_app.mining.model import GlossHit
from vocab_app.mining.units import is_unit_symbol, unit_name_start

LONG_FORM_REACH = 200  # how much text before a short form may hold its long form


def abbreviation_pairs(text: str, t0: int, t1: int, g0: int, g1: int, lo: int,
                       marked: bool) -> list[GlossHit] | None:
    """The abbr pair of head `text[t0:t1]` and gloss `text[g0:g1]` (lead-in and trailing note
    already cut off); [] when the gloss is a short form whose long form is not there (no other
    style applies); None when the two sides are no abbreviation pair (try def)."""
    words = text[t0:t1].split()
    last = words[-1] if words else ""
    if marked and len(words) > 1:
        last = ""  # a marked phrase is the term as a whole, not its last word
    gloss = text[g0:g1]
    # Short form first: `SVB (Silicon Valley Bank)`, `KV（Key-Value）`; the hit's term is the
    # long form.
    if is_short_form(last) and (" " in gloss or "-" in gloss) and expands(last, gloss):
        s0 = t1 - len(last)
        return [GlossHit(gloss, last, "abbr", (s0, t1), (g0, g1))]
    kept = _short_form_with_noun_first(text, t1, g0, g1, words, marked)
    if kept is not None:
        return kept
    # A clipped word and its full form, either order: `evals (evaluations)`.
    if " " not in gloss and is_clipping(last, gloss):
        return [GlossHit(gloss, last, "abbr", (t1 - len(last), t1), (g0, g1))]
    if " " not in gloss and is_clipping(gloss, last):
        return [GlossHit(last, gloss, "abbr", (t1 - len(last), t1), (g0, g1))]
    # A short form with a word shared with its long form: `emission tomography scan (PET scan)`;
    # not two short forms of one noun (`CT scan (CAT scan)`: def).
    shared = gloss.split()
    if (len(shared) == 2 and is_short_form(shared[0]) and not marked and last
            and shared[1].lower() == last.lower() and len(words) > 1
            and not is_short_form(words[-2])):
        cut = t1 - len(last)
        rel = find_long_form(shared[0], text[max(lo, cut - LONG_FORM_REACH):cut].rstrip())
        if rel is not None:
            l0 = max(lo, cut - LONG_FORM_REACH) + rel
            return [GlossHit(text[l0:t1], gloss, "abbr", (l0, t1), (g0, g1))]
    # A unit's name and its symbol: `millimeters (mm)`, `beats per minute (bpm)`.
    if is_unit_symbol(gloss) and "/" not in text[g0 - 1:g0] + text[g1:g1 + 1]:
        u0 = t0 if marked else max(lo, t1 - LONG_FORM_REACH)
        rel = unit_name_start(gloss, text[u0:t1])
        if rel is not None and (not marked or rel == 0):
            return [GlossHit(text[u0 + rel:t1], gloss, "abbr", (u0 + rel, t1), (g0, g1))]
    # Long form first: `reinforcement learning (RL)`.
    if is_short_form(gloss) or is_lower_short_form(gloss):
        if marked:
            if find_long_form(gloss, text[t0:t1]) is not None:
                return [GlossHit(text[t0:t1], gloss, "abbr", (t0, t1), (g0, g1))]
            return []
        floor = max(lo, t1 - LONG_FORM_REACH)
        cjk = CJK_RE.search(text[floor:t1][::-1])  # a long form never spans Chinese text
        if cjk:
            floor = t1 - cjk.start()
        rel = find_long_form(gloss, text[floor:t1])
        if rel is not None:
            l0 = floor + rel
            return [GlossHit(text[l0:t1], gloss, "abbr", (l0, t1), (g0, g1))]
        return []
    return None


def _short_form_with_noun_first(text: str, t1: int, g0: int, g1: int, words: list[str],
                                marked: bool) -> list[GlossHit] | None:
    """`PET scan (positron emission tomography scan)`: a short form and a head noun, glossed by
    the long form that ends in the same noun; the pair is long form → `PET scan`."""
    if len(words) < 2 or (marked and len(words) != 2):
        return None
    short, noun = words[-2], words[-1]
    gloss_words = text[g0:g1].split()
    if (len(gloss_words) < 3 or gloss_words[-1].lower() != noun.lower()
            or not is_short_form(short) or is_short_form(noun)):
        return None
    if not expands(short, " ".join(gloss_words[:-1])):
        return None
    s0 = t1 - len(noun) - 1 - len(short)
    if text[s0:t1] != f"{short} {noun}":
        return None
    return [GlossHit(text[g0:g1], text[s0:t1], "abbr", (s0, t1), (g0, g1))]
