"""Author markup in a line of text: Markdown and HTML emphasis, code, links and tags (RULES.md M).

`strip_inline(line)` returns the line as a reader shows it, with every marker removed, plus the
spans the author emphasised (`marks`) and the spans that are code or bare URLs (`code`): a gloss
is never taken from inside those (M3). It understands:

- emphasis `**…**`, `*…*`, `__…__`, `_…_` with CommonMark's flanking rules, so `snake_case`,
  a lone `4th*` or a footnote star stay literal; a star run between two ASCII letters or digits
  (`2*3*4`) is no emphasis either (arithmetic, globs), though a double one may close it and
  open it before a capital (`**M**ulti**L**ayer`: the letters of an acronym in bold), while
  emphasis glued to Chinese text (`我们**打下基础**（…）`) is; emphasis may close inside a
  bracket (`**奖励（reward**）`);
- HTML `<b> <strong> <em> <i> <u> <mark>` as emphasis; every other tag is dropped, `<script>` and
  `<style>` with their content, comments too; entities (`&amp;`, `&#x4e2d;`) are decoded;
- code spans (`` `x(y)` `` keeps `x(y)`, recorded in `code`) and TeX math, also in `code`;
  backslash escapes; links `[text](url)` → `text`, images `![alt](src)` → `alt`, autolinks
  `<https://…>` → the URL; bare URLs in `code`. One left-to-right pass plus a stack: linear.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate

from vocab_app.mining.lang import is_cjk
from vocab_app.mining.readers.html_tags import (
    CODE_TAGS,
    CONTENT_TAGS,
    EMPHASIS_TAGS,
    KNOWN_TAGS,
    PAIRED_TAGS,
    SPACING_TAGS,
)
from vocab_app.mining.readers.marked_text import Marked, Span
from vocab_app.mining.text_cleaning import plain_spaces

_TOKEN_START_RE = re.compile(r"[*_`<\[&\\!$]")  # the first characters of _TOKEN_RE's tokens
_URL_START_RE = re.compile(r"(?:https?://|www\.)")
_TOKEN_RE = re.compile(
    r"(?P<run>\*+|_+)"
    r"|(?P<tick>`+)"
    # TeX math `$$…$$`, `$…$` (Pandoc: no space inside a dollar, no digit after one) or `\(…\)`
    r"|(?P<math>\$\$[^$\n]{1,2000}?\$\$|\$(?![\s$])[^$\n]{1,1000}?(?<![\s\\])\$(?!\d)"
    r"|\\\((?!\s)[^\n]{1,1000}?\\\))"
    r"|(?P<esc>\\[!-/:-@\[-`{-~])"
    r"|(?P<footnote>\[\^[^\]\s]{1,30}\])"
    r"|(?P<link>!?\[)"
    r"|(?P<auto><(?:https?://|mailto:)[^\s<>]*>)"
    r"|(?P<comment><!--)"
    r"|(?P<decl><![A-Za-z][^<>]{0,200}>|<\?[^<>]{0,200}\?>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:[\s.:/][^<>]*)?>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<url>(?:https?://|www\.)(?:[^\s()<>（）\[\]\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
    r"|\([^\s()<>]{0,200}\))+)",
    re.IGNORECASE,
)
# The rest of a link after its text: `](url "title")`, `](<图（a）/0.png>)` (in angle brackets
# a destination may hold spaces and brackets); the text itself never holds brackets.
_LINK_TEXT_RE = re.compile(r"[^\[\]\n]{0,1000}\]\(")
_LINK_TARGET_RE = re.compile(
    r"\s*(?:<[^<>\n]{0,2000}>|(?:[^\s()<>]|\([^\s()<>]{0,200}\)){0,2000})"
    r"(?:\s+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'))?\s*\)")
_TAG_NAME_RE = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")
_URL_TRAIL = ".,;:!?\"'"
_new = tuple.__new__  # (a NamedTuple's own constructor is Python code)


def has_markup(line: str) -> bool:
    """True when `line` holds a character that may start markup or a URL (cheap pre-check)."""
    # Substring tests (each a fast scan in C): about twice as fast as one search for a
    # character class, and a single pattern with the URL prefixes as alternatives would be
    # tried at every character, five times slower still.
    return ("*" in line or "_" in line or "`" in line or "<" in line or "[" in line
            or "&" in line or "\\" in line or "$" in line
            or "://" in line or "www." in line or "WWW." in line)


def strip_inline(line: str) -> Marked:
    """`line` without its inline markup, with the emphasised and the code spans (see module)."""
    if not has_markup(line):
        return Marked(line)
    return _Parser(line).run()


_CATEGORIES: dict[str, str] = {"": "space"}


def _category(ch: str) -> str:
    """'space', 'punct' or 'other' for the flanking rules (line edges count as space)."""
    found = _CATEGORIES.get(ch)
    if found is None:
        found = "space" if ch.isspace() else (
            "punct" if unicodedata.category(ch)[0] in "PS" else "other")
        if len(_CATEGORIES) < 4096:
            _CATEGORIES[ch] = found
    return found


def _punct_beside_cjk(kind: str, ch: str) -> bool:
    """Punctuation (`kind`: `）`, `)`) on one side of a star run, a Chinese character `ch` on
    the other: the run flanks like one between two characters (CommonMark's rule leaves
    `**键（key）**形`, `*析构函数(destructor)*将` literal; Chinese renderers do not)."""
    return kind == "punct" and is_cjk(ch)


@dataclass(slots=True)
class _Delim:
    char: str
    count: int  # characters not yet used by a match
    can_open: bool
    can_close: bool
    piece: int  # index of this run's piece in the output pieces


class _Parser:
    """One pass over a line: pieces of output text, delimiter runs and tags; then emphasis."""

    __slots__ = ("line", "pieces", "code_pieces", "delims", "pairs", "stack", "by_char",
                 "open_tags", "skip_from", "skip_to", "lower", "unclosed", "no_ticks",
                 "link_open")

    def __init__(self, line: str) -> None:
        self.line = line
        self.pieces: list[str] = []  # output text; a delimiter run's piece is filled at the end
        self.code_pieces: set[int] = set()
        self.delims: dict[int, _Delim] = {}  # piece index -> run
        self.pairs: list[tuple[int, int]] = []  # (opening piece, closing piece) of each emphasis
        self.stack: list[_Delim] = []  # openers still waiting, in order
        self.by_char: dict[str, list[int]] = {"*": [], "_": []}  # positions in self.stack
        self.open_tags: dict[str, list[int]] = {}
        self.skip_from, self.skip_to = -1, -1  # a link's `](url)`, skipped when reached
        self.lower = ""  # the line in lower case, made when a tag needs its closing tag
        self.unclosed: set[str] = set()  # tag names with no closing tag further on
        self.no_ticks: set[int] = set()  # backtick run widths with no closing run further on
        self.link_open = -1  # the piece opening a link text that a bracket follows

    def run(self) -> Marked:
        line = self.line
        pos = 0
        n = len(line)
        # Where a token may start: one of its first characters, or a URL. Found with two
        # cheap scans; the token itself is then matched right there (a search with the whole
        # token pattern would try every alternative at every character).
        urls = [m.start() for m in _URL_START_RE.finditer(line)] \
            if "://" in line or "www." in line else []
        next_url = 0
        special = _TOKEN_START_RE.search
        token = _TOKEN_RE.match
        text = self.pieces.append  # plain text pieces (never empty here)
        while pos < n:
            if pos == self.skip_from:
                pos, self.skip_from = self.skip_to, -1
                if self.link_open >= 0:  # the link text is marked like emphasis (M1)
                    self.pairs.append((self.link_open, len(self.pieces)))
                    self.pieces.append("")
                    self.link_open = -1
                continue
            stop = self.skip_from if self.skip_from > pos else n
            found = special(line, pos, stop)
            at = found.start() if found else stop
            if urls:
                while next_url < len(urls) and urls[next_url] < pos:
                    next_url += 1
                if next_url < len(urls) and urls[next_url] < at:
                    at = urls[next_url]
            if at >= stop:
                text(line[pos:stop])
                pos = stop
                continue
            match = token(line, at, stop)
            if match is None:
                text(line[pos:at + 1])
                pos = at + 1
                continue
            if at > pos:
                text(line[pos:at])
            pos = self._token(match)
        return self._finish()

    # --- tokens ------------------------------------------------------------------------------

    def _text(self, text: str, code: bool = False) -> None:
        if text:
            if code:
                self.code_pieces.add(len(self.pieces))
            self.pieces.append(text)

    def _token(self, match: re.Match[str]) -> int:
        kind = match.lastgroup
        start, end = match.span()
        line = self.line
        if kind == "run":
            self._run(start, end)
        elif kind == "tick":
            close = self._closing_ticks(end, end - start)
            if close is None:
                self._text(match.group())
            else:
                self._text(line[end:close].strip(" ") or line[end:close], code=True)
                return close + (end - start)
        elif kind == "math":
            self._text(match.group(), code=True)
        elif kind == "esc":
            self._text(match.group()[1])
        elif kind in ("footnote", "decl"):
            pass  # a footnote reference `[^1]` (its text is elsewhere), `<!DOCTYPE …>`, `<?xml …?>`
        elif kind == "link":
            return self._link(start, end)
        elif kind == "auto":
            self._text(match.group()[1:-1], code=True)
        elif kind == "comment":
            close = line.find("-->", end)
            return len(line) if close < 0 else close + 3
        elif kind == "tag":
            return self._tag(match)
        elif kind == "entity":
            self._text(plain_spaces(html.unescape(match.group())))  # (`&nbsp;`: a space)
        else:  # url
            url = match.group().rstrip(_URL_TRAIL)
            self._text(url, code=True)
            return start + len(url)
        return end

    def _run(self, start: int, end: int) -> None:
        line = self.line
        char = line[start]
        before, after = line[start - 1:start], line[end:end + 1]
        kb = _CATEGORIES.get(before) or _category(before)
        ka = _CATEGORIES.get(after) or _category(after)
        left = ka != "space" and (ka != "punct" or kb != "other")
        right = kb != "space" and (kb != "punct" or ka != "other")
        if char == "*":  # Chinese authors bold a term with its bracket: `**键（key）**形式`
            right = right or _punct_beside_cjk(kb, after)
            left = left or _punct_beside_cjk(ka, before)
        if char == "_":
            can_open = left and (not right or kb == "punct")
            can_close = right and (not left or ka == "punct")
        else:
            glued = kb == ka == "other" and before.isascii() and before.isalnum() \
                and after.isascii() and after.isalnum()
            # (a run of two or more between letters may close, and open before a capital:
            # `（**M**ulti**L**ayer …）` bolds the letters an acronym takes)
            double = end - start > 1
            can_open = left and (not glued or double and after.isupper())
            can_close = right and (not glued or double)
        delim = _Delim(char, end - start, can_open, can_close, len(self.pieces))
        self.delims[len(self.pieces)] = delim
        self.pieces.append("")
        if can_close:
            self._close(delim)
        if delim.count and can_open:
            self.by_char[char].append(len(self.stack))
            self.stack.append(delim)

    def _close(self, closer: _Delim) -> None:
        positions = self.by_char[closer.char]
        while closer.count and positions:
            at = positions[-1]
            opener = self.stack[at]
            used = 2 if opener.count >= 2 and closer.count >= 2 else 1
            opener.count -= used
            closer.count -= used
            self.pairs.append((opener.piece, closer.piece))
            # Runs between the two can no longer open anything: they stay literal.
            del self.stack[at + 1:]
            for other in self.by_char.values():
                while other and other[-1] > at:
                    other.pop()
            if not opener.count:
                self.stack.pop()
                positions.pop()

    def _closing_ticks(self, start: int, width: int) -> int | None:
        """Start of the next run of exactly `width` backticks after `start`, if any."""
        if width in self.no_ticks:
            return None
        line = self.line
        pos = start
        while True:
            found = line.find("`" * width, pos)
            if found < 0:
                self.no_ticks.add(width)
                return None
            stop = found + width
            while stop < len(line) and line[stop] == "`":
                stop += 1
            if stop - found == width and (found == 0 or line[found - 1] != "`"):
                return found
            pos = stop

    def _closing_tag(self, name: str, start: int) -> int:
        """Where `</name` next appears from `start`, or -1 (remembered: no rescans)."""
        if name in self.unclosed:
            return -1
        if not self.lower:
            self.lower = self.line.lower()
        found = self.lower.find(f"</{name}", start)
        if found < 0:
            self.unclosed.add(name)
        return found

    def _link(self, start: int, end: int) -> int:
        line = self.line
        text_match = _LINK_TEXT_RE.match(line, end)
        if text_match is None:
            self._text(line[start:end])
            return end
        target = _LINK_TARGET_RE.match(line, text_match.end())
        if target is None:
            self._text(line[start:end])
            return end
        # The link text is parsed like the rest of the line; `](url)` is skipped. A link right
        # before a bracket names the term the bracket glosses: `[知识查询与操作语言](url)（KQML）`.
        self.skip_from, self.skip_to = text_match.end() - 2, target.end()
        if line[target.end():target.end() + 1] in ("(", "（") and line[start] == "[":
            self.link_open = len(self.pieces)
            self.pieces.append("")
        return end

    def _tag(self, match: re.Match[str]) -> int:
        tag = match.group()
        name_match = _TAG_NAME_RE.match(tag)
        assert name_match is not None
        name = name_match.group(1).lower()
        closing = tag.startswith("</")
        if name not in KNOWN_TAGS:
            self._text(tag[0])
            return match.start() + 1
        if name in CONTENT_TAGS and not closing:
            close = self._closing_tag(name, match.end())
            if close < 0:
                self._text(tag)  # never closed: prose that names the tag
                return match.end()
            if name in CODE_TAGS:
                self._text(html.unescape(self.line[match.end():close]), code=True)
            after = self.line.find(">", close)
            return len(self.line) if after < 0 else after + 1
        if name in PAIRED_TAGS:
            opened = self.open_tags.setdefault(name, [])
            here = len(self.pieces)
            if not closing:
                opened.append(here)
                self.pieces.append(tag)  # literal unless its closing tag comes
            elif opened:
                start = opened.pop()
                self.pieces[start] = ""
                self.pieces.append("")
                if name in EMPHASIS_TAGS:
                    self.pairs.append((start, here))
            else:
                self.pieces.append(tag)
        elif name in SPACING_TAGS and self.pieces and not self.pieces[-1][-1:].isspace():
            self.pieces.append(" ")
        return match.end()

    # --- output ------------------------------------------------------------------------------

    def _finish(self) -> Marked:
        pieces = self.pieces
        for i, delim in self.delims.items():  # what a run did not use for emphasis stays text
            pieces[i] = delim.char * delim.count
        text = "".join(pieces)
        if "  " in text:  # (without a double space no two pieces meet in one)
            previous = ""
            for i, piece in enumerate(pieces):
                if piece[:1] == " " and previous[-1:] == " ":
                    piece = pieces[i] = piece.lstrip(" ")  # a dropped tag between two spaces
                previous = piece                          # leaves one
            text = "".join(pieces)
        if not self.pairs and not self.code_pieces:
            return _new(Marked, (text, (), ()))
        starts = [0, *accumulate(map(len, pieces))]  # where each piece starts in `text`
        marks: tuple[Span, ...] = ()
        if self.pairs:
            found: set[Span] = set()
            for opener, closer in self.pairs:
                a, b = starts[opener] + len(pieces[opener]), starts[closer]
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                if b > a:
                    found.add((a, b))
            marks = tuple(sorted(found))
        code: list[Span] = []
        for i in sorted(self.code_pieces):
            if pieces[i]:  # a code span of one space may merge away
                code.append((starts[i], starts[i + 1]))
        return _new(Marked, (text, marks, tuple(code)))
