"""A bracket on an English term holding another English name for it beside the Chinese one
(`Endpointing（Turn Detection，对话轮次检测）`, `C2PA（Content Credentials，内容凭证）`): the
Chinese part is the term's en-zh gloss and the English part another name for the same thing,
a def pair of the same term (RULES.md E1, DEF: another name), as glossaries write it; and
another English name after an abbreviation in one bracket (`(ALL; also called …)`).
"""

from __future__ import annotations

import re

from vocab_app.mining.abbrev import is_short_form
from vocab_app.mining.definitions import ALSO_CALLED_RE
from vocab_app.mining.lang import has_cjk, strip_span
from vocab_app.mining.model import GlossHit
from vocab_app.mining.when_notes import names_condition

_NAME_WORDS = 4
#: A condition named after a person (`Bourneville disease`, `von Recklinghausen disease`,
#: `Gardner syndrome`, `Hansen's disease`).
_EPONYM_RE = re.compile(r"(?:(?:von|van|de) )?[A-Z][a-z]+(?:[-–][A-Z][a-z]+)?(?:['’]s)?"
                        r" (?:disease|syndrome)")
_CONDITION_HEAD_RE = re.compile(r"[A-Za-z][A-Za-z-]*(?: [a-z][a-z-]*| [0-9]+){0,5}")


def eponym_for_condition(head: str, note: str) -> bool:
    """True when `note` is another name of the condition `head` after a person
    (`Tuberous sclerosis (Bourneville disease)`): the head is a name of up to six words in
    lower case after its first (one capitalised word only when it names a condition: not a
    person), the note a name and `disease` or `syndrome`."""
    return (_EPONYM_RE.fullmatch(note.strip()) is not None
            and _CONDITION_HEAD_RE.fullmatch(head) is not None
            and not head.lower().startswith(("the ", "a ", "an "))
            and (" " in head or head.islower() or names_condition(head)))  # (not `Smith`)


def _other_name(part: str, term: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= _NAME_WORDS or has_cjk(part) or is_short_form(part):
        return False
    if not all(w.replace("-", "").isalpha() for w in words):
        return False
    if term[:1].islower():  # `prompt caching（context caching，提示缓存）`
        return part.islower() and len(words) >= 2
    return all(w[:1].isupper() for w in words)  # `Endpointing（Turn Detection，…）`


def with_other_name(text: str, parts: list[tuple[int, int]],
                    per_part: list[list[GlossHit]]) -> list[list[GlossHit]]:
    """`per_part` (the hits of each part of a split bracket on an English head) with a def
    pair for an English part that gave none, when it is another name (a Title Case name of
    one to four words, or two to four lower-case words after a lower-case term) and the only
    other part gave the term's one en-zh pair."""
    if len(parts) != 2:
        return per_part
    for i in (0, 1):
        other = per_part[1 - i]
        if per_part[i] or len(other) != 1 or other[0].style != "en-zh":
            continue
        (a, b), hit = strip_span(text, *parts[i]), other[0]
        if _other_name(text[a:b], hit.term):
            named = GlossHit(hit.term, text[a:b], "def", hit.term_span, (a, b))
            return [[named], other] if i == 0 else [other, [named]]
    return per_part


_NAME_TAIL_RE = re.compile(r"\s*[;,]\s*")


def also_called_after(text: str, t0: int, t1: int, a1: int, g1: int) -> list[GlossHit]:
    """The def pair of another name after an abbreviation in the same bracket: `acute lymphoid
    leukemia (ALL; also called acute lymphocytic leukemia)` gives the long form and `also
    called …` (DEF), besides the abbreviation pair. `a1` ends the abbreviation."""
    sep = _NAME_TAIL_RE.match(text, a1, g1)
    if sep is None or ALSO_CALLED_RE.match(text, sep.end(), g1) is None:
        return []
    return [GlossHit(text[t0:t1], text[sep.end():g1], "def", (t0, t1), (sep.end(), g1))]
