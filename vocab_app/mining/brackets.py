"""Find every parenthetical in a line: half- and full-width, nested, or unclosed to end of line.

Each opening bracket starts one parenthetical (gold RULES.md). An outer aside that holds other
parentheticals is reported itself and so are the ones inside it. An opening bracket that is
never closed runs to the end of its line, but no further than the end of its sentence or
`UNCLOSED_REACH` characters: so a line of thousands of unclosed brackets is scanned in linear
time, each bracket once.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from vocab_app.mining.cancel import POLL_EVERY, CancelCheck, stop_if_cancelled

_BRACKET_RE = re.compile(r"[()（）\n]")
_OPENERS = "(（"
UNCLOSED_REACH = 200
_SENTENCE_END_RE = re.compile(r"[。！？!?]|\.(?=\s)")


class Parenthetical(NamedTuple):
    """One bracketed stretch of a text: `open` is the index of the opening bracket, the content
    is `text[start:end]`, and `closed` says whether a closing bracket ends it (at `end`)."""

    open: int
    start: int
    end: int
    closed: bool
    depth: int  # 0 for a top-level parenthetical, 1 inside another one, …


def scan_parentheticals(text: str, cancelled: CancelCheck | None = None
                        ) -> list[Parenthetical]:
    """All parentheticals of `text` in order of their opening bracket.

    Half-width and full-width brackets pair with each other freely (scraped text mixes them).
    A stray closing bracket with nothing open is ignored. `cancelled` is polled every
    POLL_EVERY brackets (errors.Cancelled).
    """
    if "(" not in text and "（" not in text:
        return []
    found: list[Parenthetical] = []
    add = found.append
    stack: list[int] = []
    push, pop = stack.append, stack.pop
    new = tuple.__new__  # (a NamedTuple's own constructor is Python code)
    nested = False  # found is out of order once a bracket closes inside another or is unclosed
    for k, m in enumerate(_BRACKET_RE.finditer(text)):
        if k % POLL_EVERY == POLL_EVERY - 1:
            stop_if_cancelled(cancelled)
        pos = m.start()
        ch = text[pos]
        if ch == "(" or ch == "（":
            push(pos)
        elif ch == "\n":
            if stack:
                nested = True
            while stack:  # unclosed at end of line
                if len(stack) % POLL_EVERY == 0:
                    stop_if_cancelled(cancelled)
                opened = pop()
                add(_unclosed(text, opened, pos, len(stack)))
        elif stack:
            opened = pop()
            if stack:
                nested = True
            add(new(Parenthetical, (opened, opened + 1, pos, True, len(stack))))
    if stack:
        nested = True
    n = len(text)
    while stack:
        if len(stack) % POLL_EVERY == 0:
            stop_if_cancelled(cancelled)
        opened = pop()
        add(_unclosed(text, opened, n, len(stack)))
    if nested:
        found.sort()  # by opening bracket: `open` is the first field, and no two share it
    return found


def _unclosed(text: str, opened: int, line_end: int, depth: int) -> Parenthetical:
    """An unclosed parenthetical: it ends at the end of its sentence, its line or after
    `UNCLOSED_REACH` characters, whichever comes first."""
    limit = min(line_end, opened + 1 + UNCLOSED_REACH)
    m = _SENTENCE_END_RE.search(text, opened + 1, limit)
    return tuple.__new__(Parenthetical, (opened, opened + 1, m.start() if m else limit, False,
                                         depth))


#: Only quoted arguments, separated by commas: `('parse', '“解析”')`.
_CALL_ARGS_RE = re.compile(r"""\s*(['"])[^'"\n]*\1(?:\s*,\s*(['"])[^'"\n]*\2)*\s*""")


def is_call(text: str, p: Parenthetical) -> bool:
    """True for a bracket glued to a name and holding only quoted arguments: a function or
    template call (`{{glossary('parse', '解析')}}`, `t("Save")`), code, never a gloss (M3); or a
    half-width bracket glued to one letter alone, a function in a formula (`P(数据|参数)`,
    `f(x)`)."""
    if not p.closed or p.open == 0 or not (text[p.open - 1].isalnum() or text[p.open - 1] == "_"):
        return False
    if (text[p.open] == "(" and text[p.open - 1].isascii() and text[p.open - 1].isalpha()
            and (p.open == 1 or not (text[p.open - 2].isalnum() or text[p.open - 2] in "_."))):
        return True
    return _CALL_ARGS_RE.fullmatch(text, p.start, p.end) is not None


def opening_before(text: str, end: int, lo: int, reach: int) -> int:
    """Index of the opening bracket, half- or full-width, of the bracket that closes at
    `end - 1`, looked for no further back than `reach` characters or `lo`; -1 when there is
    none (the caller has checked that `text[end - 1]` closes a bracket)."""
    floor = max(lo, end - reach)
    found = max(text.rfind("(", floor, end - 1), text.rfind("（", floor, end - 1))
    return found if found >= lo else -1
