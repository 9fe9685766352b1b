"""How far left the term of a bracket may reach: never across another bracket (rule S3, N1's
inner terms) or an em dash, but across a bracket inside a word (`/ˈfɪʃ(ə)n/`) and across a
bracket that holds only the term's pronunciation when a gloss follows it (P1: `arrhythmias
(ah-RITH-me-ahs) (fast or irregular heartbeats)`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from vocab_app.mining.brackets import Parenthetical
from vocab_app.mining.pronunciation import is_pronunciation

#: How far back a dash is looked for (no term is longer).
_DASH_REACH = 200


def bracket_bounds(text: str, parens: Sequence[Parenthetical]) -> list[int]:
    """The sorted positions no term crosses: each bracket's opening and closing, except a
    bracket inside a word and a pronunciation right before another bracket."""
    bounds = []
    for k, p in enumerate(parens):
        if _in_word(text, p) or (k + 1 < len(parens) and spoken_before(text, p, parens[k + 1])):
            continue
        bounds.append(p.open)
        if p.closed:
            bounds.append(p.end)
    return sorted(bounds)


def spoken_before(text: str, p: Parenthetical, following: Parenthetical) -> bool:
    """True when closed `p` holds only a pronunciation and `following` opens right after it,
    spaces between (`cadence (/ˈkeɪdəns/) (节奏)`): the pronunciation belongs to the term
    before `p`, which `following` glosses."""
    return (p.closed and p.end < following.open and not text[p.end + 1:following.open].strip()
            and following.open - p.end <= 3 and is_pronunciation(text[p.start:p.end]))


def left_limit(text: str, bounds: list[int], open_pos: int) -> int:
    """Index after the last bound before `open_pos` (a term never crosses it), or after the
    last em dash between that and the bracket: a term never crosses an em dash (`two
    cavities—dorsal (also called posterior)` → dorsal); the dash sets off an aside or a list,
    like a bracket. (An en dash joins names: `Creutzfeldt–Jakob`.)"""
    i = bisect_left(bounds, open_pos)
    lo = bounds[i - 1] + 1 if i else 0
    dash = text.rfind("—", max(lo, open_pos - _DASH_REACH), open_pos)
    return dash + 1 if dash >= 0 else lo


def _in_word(text: str, p: Parenthetical) -> bool:
    """True for a closed bracket of one to three letters inside a word (`prez(ə)nt`)."""
    return (p.closed and 1 <= p.end - p.start <= 3 and p.open > 0 and p.end + 1 < len(text)
            and text[p.open - 1].isalpha() and text[p.end + 1].isalpha()
            and text[p.start:p.end].isalpha())
