"""How far left the term of a bracket may reach: never across another bracket (rule S3, N1's
inner terms) or an em dash, but across a bracket inside a word (`/ˈfɪʃ(ə)n/`) and across the
bracket between a term and its gloss that holds only the term's pronunciation (P1: `arrhythmias
(ah-RITH-me-ahs) (fast or irregular heartbeats)`) or the term's short form before a Chinese
gloss (`Mean Squared Error (MSE) (均方误差)`: the long form is glossed twice)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from vocab_app.mining.abbrev import find_long_form, is_short_form
from vocab_app.mining.brackets import Parenthetical, opening_before
from vocab_app.mining.lang import is_cjk
from vocab_app.mining.pronunciation import bracketed_pronunciation

#: How far back a dash is looked for (no term is longer).
_DASH_REACH = 200


def bracket_bounds(text: str, parens: Sequence[Parenthetical]) -> list[int]:
    """The sorted positions no term crosses: each bracket's opening and closing, except a
    bracket inside a word and one a term steps over (`stepped_over`)."""
    bounds = []
    for k, p in enumerate(parens):
        if _in_word(text, p) or (k + 1 < len(parens) and stepped_over(
                text, p.end + 1, parens[k + 1]) is not None):
            continue
        bounds.append(p.open)
        if p.closed:
            bounds.append(p.end)
    return sorted(bounds)


def stepped_over(text: str, end: int, following: Parenthetical,
                 lo: int = 0) -> tuple[int, str] | None:
    """(its opening bracket, the pronunciation or "" for a short form) for the bracket closing
    at `end - 1` when the term of `following`, the bracket opening right after it (spaces
    between), lies before it: the bracket holds only the term's pronunciation (`cadence
    (/ˈkeɪdəns/) (节奏)`), or the short form of the English words before it while `following`
    holds a Chinese word (`Mean Squared Error (MSE) (均方误差)`). None for any other bracket,
    which bounds the term (S3). Looks back no further than `lo`."""
    if not 0 <= following.open - end <= 2 or text[end:following.open].strip():
        return None
    spoken = bracketed_pronunciation(text, end, lo)
    if spoken is not None:
        return spoken
    opener = opening_before(text, end, lo, _SHORT_FORM_REACH)
    short = text[opener + 1:end - 1].strip() if opener >= 0 else ""
    gloss = text[following.start:following.end].strip()
    if (is_short_form(short) and 0 < len(gloss) <= _MAX_CHINESE_GLOSS
            and all(is_cjk(c) for c in gloss)
            and find_long_form(short, text[max(lo, opener - 80):opener].rstrip()) is not None):
        return opener, ""
    return None


_SHORT_FORM_REACH = 14  # a short form's bracket: at most 10 characters and the brackets
#: The longest Chinese gloss after a short form, in characters (longer: a note on it).
_MAX_CHINESE_GLOSS = 12


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
