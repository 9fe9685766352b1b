"""reStructuredText, which Sphinx documentation (much of it in Chinese) is written in, where it
differs from Markdown. A line of four tildes or more, at least as long as the text line right
above it, underlines that line as a heading (`图片 Tensor 布局` / `~~~~~~~~~~~~~~~~`): it opens
no code fence, which would swallow the rest of the page. A directive's indented block
(`.. code-block:: python`, `.. code::`, `.. math::`) and a Python session (`>>> print(x)` and
its output, up to a blank line) are code, read like Markdown's (RULES.md M3): blocks.py skips
these lines, so a bracket in them is never a gloss."""

from __future__ import annotations

import re

#: What a line that opens reStructuredText code starts with (a cheap test before RstCode.skips).
RST_LEADS = frozenset(">. ")
#: A directive whose indented block is code or math, not prose.
_DIRECTIVE_RE = re.compile(
    r"( *)\.\. (?:code-block|code|sourcecode|testcode|testoutput|doctest|math|highlight)::")


class RstCode:
    """Whether each line, fed in order, is reStructuredText code (see the module docstring)."""

    __slots__ = ("_indent", "_session", "busy")

    def __init__(self) -> None:
        self._indent: int | None = None  # the directive's indent while in its block
        self._session = False  # inside a `>>>` session
        self.busy = False  # inside either: every line must be fed

    def skips(self, raw: str) -> bool:
        """True when `raw` is a line of code: the directive, its block or a Python session."""
        blank = not raw.strip()
        if self._session:
            if not blank:
                return True
            self._session = False
        if self._indent is not None:
            if blank or len(raw) - len(raw.lstrip(" ")) > self._indent:
                return True
            self._indent = None
        self.busy = False
        if not may_open(raw):
            return False
        if raw.startswith(">>> "):
            self._session = self.busy = True
            return True
        opened = _DIRECTIVE_RE.match(raw)
        if opened is not None:
            self._indent = len(opened.group(1))
            self.busy = True
            return True
        return False


_UNDERLINE_RE = re.compile(r" {0,3}(~{4,})\s*")


def underlines(raw: str, before: str) -> bool:
    """True when `raw`, a line of tildes, underlines the text line `before` (module docstring)."""
    line = _UNDERLINE_RE.fullmatch(raw)
    return line is not None and 0 < len(before.strip()) <= len(line.group(1))


def reads_as_rst(text: str) -> bool:
    """True when `text` holds a construct that reStructuredText reads otherwise than Markdown:
    a tilde underline, a code directive or a `>>>` session (see the module docstring)."""
    lines = text.split("\n")
    return any(may_open(raw) and _DIRECTIVE_RE.match(raw) is not None or raw.startswith(">>> ")
               or (k and underlines(raw, lines[k - 1])) for k, raw in enumerate(lines))


def may_open(raw: str) -> bool:
    """True when `raw` may open reStructuredText code (a cheap test before RstCode.skips)."""
    return raw.startswith(">>> ") or ".. " in raw[:8]
