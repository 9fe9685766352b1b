"""Markdown block structure, line by line: what of each line is text (RULES.md M2, M3).

`MarkdownLines.items(lines)` reads the lines of a document in one pass and yields the text lines
they hold with their inline markup removed (markup.strip_inline), and paragraph breaks. It drops
heading marks, list bullets and numbers, task boxes, block-quote marks, table pipes (each cell
becomes its own paragraph), horizontal rules, link reference definitions and footnotes, YAML
front matter, fenced code blocks (``` and ~~~), display math over several lines (`$$` or `\\[`
at a line start, up to the closing `$$` or `\\]`: read like code, M3), indented code blocks,
and HTML comments or `<script>`, `<style>`, `<pre>` (and similar) blocks that span lines; the
first heading, Markdown or HTML (`<title>`, `<h1>`), is kept as the title. In plain mode (text
that does not look like Markdown) only the inline markup and multi-line HTML comments are
handled: an indented paragraph of a .txt file is not code.

`markdown_signals(head)` tells them apart for files that are not named `.md`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from vocab_app.mining.readers.chinese_prose import chinese_prose
from vocab_app.mining.readers.html_blocks import open_html_block
from vocab_app.mining.readers.list_items import ITEM_RE, ListIndent
from vocab_app.mining.readers.marked_text import Marked, strip_edges
from vocab_app.mining.readers.markup import has_markup, strip_inline
from vocab_app.mining.readers.math_blocks import MATH_LEADS, display_math_closer
from vocab_app.mining.readers.rst_blocks import RST_LEADS, RstCode, underlines
from vocab_app.mining.readers.wiki_markup import wiki_to_markdown

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING_RE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_CLOSING_HASHES_RE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
#: A heading's anchor id, not rendered: Pandoc/Hugo `{#id}`, doc-builder `[[id]]`.
_HEADING_ID_RE = re.compile(r"[ \t]*(?:\{#[^{}\n]{1,200}\}|\[\[[^\[\]\n]{1,200}\]\])[ \t]*$")
_QUOTE_RE = re.compile(r"^ {0,3}>[ \t]?")
_RULE_RE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$")
_REF_DEF_RE = re.compile(r"^ {0,3}\[[^\]]{1,200}\]:[ \t]*\S+")
_TABLE_SEP_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")
_TRAILING_COLON = (":", "：")
# The first characters of _BLOCK_START_RE's matches, besides digits and `a.` / `A)` markers:
# a line that starts with none of them (and with no indent) is text.
_BLOCK_LEADS = frozenset(" \t`~>#*+•·_=[|:-")
_BULLETS = frozenset("-*+")
_ITEM_LEADS = frozenset(" \t-*+•·abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# What a line must start with (after its indent) for any block rule to apply to it: fences,
# rules, reference definitions, table rows and separators, quotes, headings, list items.
# Most lines start otherwise and skip all those patterns.
_BLOCK_START_RE = re.compile(r"[ \t]*([`~>#*+•·_=\[|:-]|\d|[A-Za-z](?=[.)]))")
_HTML_TITLE_RE = re.compile(r"<(title|h1)\b[^>]*>(.{1,300}?)</\1\s*>", re.IGNORECASE)

# Signals that a text is Markdown (or HTML) even when its file is not named .md, each with
# strings one of which it cannot match without (cheap tests that spare most regex scans).
_MD_SIGNALS = (
    (("#",), re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)),
    (("```", "~~~"), re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE)),
    (("**", "__"), re.compile(r"\*\*[^*\s][^*\n]{0,200}\*\*|__[^_\s][^_\n]{0,200}__")),
    (("](",), re.compile(r"\[[^\[\]\n]{1,200}\]\([^()\s]{1,500}\)")),
    (("<",), re.compile(r"</?(?:b|strong|em|i|u|mark|p|br|div|span)\b[^<>\n]{0,200}>",
                        re.IGNORECASE)),
    (("|",), re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)),
    # a reStructuredText directive (`.. code-block:: python`, `.. note::`): a Sphinx page
    ((".. ",), re.compile(r"^ {0,3}\.\. [A-Za-z][\w-]*::", re.MULTILINE)),
)

BREAK = Marked("")  # a paragraph break
_new = tuple.__new__
_SEEN_LIMIT = 1 << 15  # distinct marked-up lines remembered per document


def markdown_signals(head: str) -> int:
    """How many kinds of Markdown/HTML markup `head` (the start of a text) uses: one makes its
    headings, lists and quotes markup; two make indented blocks code, as in a .md file."""
    return sum(1 for needed, signal in _MD_SIGNALS
               if any(n in head for n in needed) and signal.search(head))


class MarkdownLines:
    """The block reader of one document: `items(lines)` reads the lines in order (see module).

    After `items` has run, `heading` is the first heading's text (None when there is none)."""

    def __init__(self, *, markdown: bool, indented_code: bool = True,
                 comments_as_text: bool = False) -> None:
        self.markdown = markdown
        self.comments_as_text = markdown and comments_as_text
        self.indented_code = markdown and indented_code
        self.closing: str | None = None  # what ends the HTML block we are in (`-->`, `</script`)
        # inside a comment that spans lines of a .md file (`comments_as_text`): its text is
        # read (translated docs keep the English original there, and the corpus gold
        # annotates it), its markers dropped; elsewhere a comment is never shown
        self.in_comment = False
        self.heading: str | None = None  # the first heading's text
        # what strip_inline gave each marked-up line (a pure function of the line): lines
        # repeat in documents (table cells, list labels, a heading per section)
        self.stripped: dict[str, Marked] = {}

    def items(self, lines: Iterable[str]) -> Iterator[Marked]:
        """The text lines of `lines` in order (markup removed), `BREAK` at each paragraph break.

        One pass: each line is classified once, by its first character after the indent (a
        line that starts with none of the characters of block markup is text); the state of
        the blocks that run over several lines (fences, front matter, indented code, HTML
        comments and raw elements) lives in local variables. Only lines that may hold markup
        go through the inline scanner (markup.strip_inline), each distinct line once."""
        if not self.markdown:
            yield from self._plain_items(lines)
            return
        marked_of, finish, new = self._marked, _finish, tuple.__new__
        indented_code = self.indented_code
        block_start, item_match = _BLOCK_START_RE.match, ITEM_RE.match
        fence: str | None = None  # the opening fence while inside a fenced block
        math_close: str | None = None  # what closes the display math we are in (`$$`, `\]`)
        front_matter = False
        after_blank = True  # the previous line was blank (an indented line may be code)
        in_code = False  # inside an indented code block
        lists = ListIndent()  # (an indented paragraph of a list item is no code)
        rst = RstCode()
        html = False  # an HTML comment or raw element runs over the lines (self.closing, …)
        first = True
        broke = True  # the last line yielded was a BREAK (or none was yielded)
        marked: Marked | None
        previous = ""  # the line before, for a heading's underline (rst_blocks.underlines)
        for raw in lines:
            before, previous = previous, raw
            if first:
                first = False
                if raw.rstrip() == "---":  # YAML front matter, up to `---` or `...`
                    front_matter = True
                    continue
            if html:  # an HTML comment or raw element runs over the lines: its end first
                if self.in_comment:
                    end = raw.find("-->")
                    if end >= 0:
                        raw = raw[:end] + raw[end + 3:]
                        self.in_comment = False
                elif self.closing is not None:
                    end = raw.lower().find(self.closing)
                    if end < 0:
                        continue
                    raw = raw[end + len(self.closing):]
                    if self.closing != "-->":
                        raw = raw[raw.find(">") + 1:] if ">" in raw else ""
                    self.closing = None
                html = self.closing is not None or self.in_comment
            if fence is not None:
                stripped = raw.strip()
                if stripped.startswith(fence) and not stripped.strip(fence[0]):
                    fence = None
                continue
            if (rst.busy or raw[:1] in RST_LEADS) and rst.skips(raw):
                continue  # `.. code-block::` and its block, `>>> print(x)` (rst_blocks.py)
            if math_close is not None:  # (a blank line ends it too: it ends the paragraph)
                if math_close in raw or not raw.strip():
                    math_close = None
                continue
            if front_matter:
                if raw.rstrip() in ("---", "..."):
                    front_matter = False
                continue
            # The two commonest lines: a blank one, and text (no indent, no character
            # that can start a block).
            if not raw or raw.isspace():
                after_blank = True
                if not in_code and not broke:
                    broke = True
                    yield BREAK
                continue
            lead = raw[0]
            if lead in MATH_LEADS and (closer := display_math_closer(raw)) is not None:
                math_close = closer  # display math runs over the lines: code, no text
                if not broke:
                    broke = True
                    yield BREAK
                continue
            # (what _BLOCK_START_RE tells, for a line without indent, in set lookups)
            if lead not in _BLOCK_LEADS and not lead.isdecimal() and not (
                    lead in _LETTERS and raw[1:2] in (".", ")")):
                if after_blank and lists.content is not None or lead in "!?":
                    lists.see(raw, after_blank)  # (a paragraph at the margin ends a list)
                after_blank = False
                if in_code:
                    in_code = False
                    yield BREAK
                broke = False
                stripped = raw.strip()
                if not (has_markup(stripped) or "==" in stripped):
                    yield new(Marked, (stripped, (), ()))
                    continue
                marked = marked_of(stripped)
                text = marked[0]
                if text.endswith(_TRAILING_COLON):
                    if (marked := finish(marked, False)) is not None:
                        yield marked
                elif text:
                    yield marked
                html = self.closing is not None or self.in_comment
                continue
            # The commonest block lines, read here as _block reads them: a bullet item
            # (not a rule, no table pipe) and a heading.
            if lead == "#":
                heading = _HEADING_RE.match(raw)
                if heading:
                    lists.content = None  # (a heading ends a list)
                    in_code = after_blank = False
                    if not broke:
                        yield BREAK
                    marked = self._heading(raw[heading.end():])
                    if marked is not None:
                        yield marked
                    broke = True
                    yield BREAK
                    html = self.closing is not None or self.in_comment
                    continue
            elif lead in _BULLETS and raw[1:2] == " " and "|" not in raw \
                    and raw.rstrip(" \t")[-1] != lead:
                lists.see(raw, after_blank)
                in_code = after_blank = False
                if not broke:
                    broke = True
                    yield BREAK
                line = raw
                while item := item_match(line):  # `* 2. item` is an item in a nested list
                    line = line[item.end():]
                    if line[:1] not in _ITEM_LEADS and not line[:1].isdecimal():
                        break  # (no item marker can start `line`)
                stripped = line.strip()
                if stripped:
                    if has_markup(stripped) or "==" in stripped:
                        marked = marked_of(stripped)
                        html = self.closing is not None or self.in_comment
                    else:
                        marked = new(Marked, (stripped, (), ()))
                    text = marked[0]
                    if text.endswith(_TRAILING_COLON):
                        marked = finish(marked, True)
                    if marked is not None and marked[0]:
                        broke = False
                        yield marked
                continue
            start = block_start(raw)
            # A line with an indent or a block character (or one after an HTML block).
            lead = raw[start.start(1)] if start is not None else ""
            dedented = lists.dedent(raw) if lead in ("`", "~") else raw
            opened = _FENCE_RE.match(dedented) if lead in ("`", "~") else None
            if opened and lead == "`" and "`" in dedented[opened.end():]:
                opened = None  # a backtick fence's info string holds no backtick: ```x```
            if opened and lead == "~" and not after_blank and underlines(raw, before):
                continue  # a heading's underline in reStructuredText (`标题` / `~~~~`), no fence
            if opened:
                fence = opened.group(1)
                if not broke:
                    broke = True
                    yield BREAK
                continue
            if indented_code and (after_blank or in_code) \
                    and raw.startswith(("    ", "\t")) and not ITEM_RE.match(raw) \
                    and (in_code or not lists.continues(raw)) and not chinese_prose(raw):
                in_code = True
                continue
            lists.see(raw, after_blank)
            was_code, in_code, after_blank = in_code, False, False
            if was_code and not broke:
                broke = True
                yield BREAK
            if start is None:
                stripped = raw.strip()
                if not (has_markup(stripped) or "==" in stripped):
                    broke = False
                    yield new(Marked, (stripped, (), ()))
                elif (marked := finish(marked_of(stripped), False)) is not None:
                    broke = False
                    yield marked
            else:
                for marked in self._block(raw, lead):
                    if marked[0]:
                        broke = False
                        yield marked
                    elif not broke:  # (a break after a break is none)
                        broke = True
                        yield marked
            html = self.closing is not None or self.in_comment

    def _plain_items(self, lines: Iterable[str]) -> Iterator[Marked]:
        """`items` for text that is not Markdown: inline markup only, and HTML comments that
        run over lines (an indented paragraph of a .txt file is not code)."""
        for raw in lines:
            if self.closing is not None:
                end = raw.lower().find(self.closing)
                if end < 0:
                    continue
                raw = raw[end + len(self.closing):]
                if self.closing != "-->":
                    raw = raw[raw.find(">") + 1:] if ">" in raw else ""
                self.closing = None
            line = raw.strip()
            if not line:
                yield BREAK
            elif not has_markup(line):
                yield Marked(line)
            elif (marked := self._marked(line))[0]:
                yield marked

    def _block(self, raw: str, lead: str) -> list[Marked]:
        """The text of a line that starts with the block character `lead` (after its indent)
        and is no fence or code: rules, reference definitions, table rows, quotes, headings,
        list items; or text after all."""
        if lead in ("-", "*", "_", "=") and raw.rstrip(" \t")[-1] == lead and _RULE_RE.match(raw) \
                or lead == "[" and _REF_DEF_RE.match(raw) \
                or lead in ("|", ":", "-") and "|" in raw and "-" in raw \
                and _TABLE_SEP_RE.match(raw):
            return [BREAK]
        prefix_removed = False
        line = raw
        while lead == ">":
            quote = _QUOTE_RE.match(line)
            if not quote:
                break
            line = line[quote.end():]
            prefix_removed = True
        heading = _HEADING_RE.match(line) if lead == "#" or prefix_removed else None
        if heading:
            marked = self._heading(line[heading.end():])
            return [BREAK, BREAK] if marked is None else [BREAK, marked, BREAK]
        while item := ITEM_RE.match(line):  # `* 2. item` is an item in a nested list
            line = line[item.end():]
            prefix_removed = True
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            cells = [c.strip() for c in _CELL_SPLIT_RE.split(stripped.strip("|"))]
            out: list[Marked] = [BREAK]
            for cell in cells:
                if cell:
                    if (marked := self._inline(cell))[0]:
                        out.append(marked)
                    out.append(BREAK)
            return out
        if not stripped:
            return [BREAK]
        marked = _finish(self._inline(stripped), prefix_removed)
        if marked is None:
            return [BREAK] if prefix_removed else []
        return [BREAK, marked] if prefix_removed else [marked]

    def _heading(self, line: str) -> Marked | None:
        """The text of a heading whose marks are removed up to `line` (None when it has none);
        the first heading's text is the document's `heading`."""
        if "#" in line:  # (each sub is tried at every character: only when it can match)
            line = _CLOSING_HASHES_RE.sub("", line)
        if "{#" in line or "[[" in line:
            line = _HEADING_ID_RE.sub("", line)
        marked = _finish(self._inline(line.strip()), True)
        if marked is not None and self.heading is None:
            self.heading = marked.text
        return marked

    def _inline(self, line: str) -> Marked:
        """Inline markup removed (the text may be empty); see `_marked`."""
        return (self._marked(line) if has_markup(line) or "==" in line
                else _new(Marked, (line, (), ())))

    def _marked(self, line: str) -> Marked:
        """`line`, which holds a character of markup, with its inline markup removed (the text
        may be empty). A comment or script that opens and does not close here starts an HTML
        block that runs over the next lines; an HTML `<title>` or `<h1>` is a heading."""
        if "<" in line:
            line = self._html(line)
        marked = self.stripped.get(line)
        if marked is None:
            marked = strip_edges(strip_inline(wiki_to_markdown(line)))
            if len(self.stripped) < _SEEN_LIMIT:
                self.stripped[line] = marked
        return marked

    def _html(self, line: str) -> str:
        """`line` up to an HTML comment or raw element that it opens and does not close (which
        then runs over the next lines: `closing`, `in_comment`); notes an HTML title."""
        if self.heading is None and self.markdown:
            title = _HTML_TITLE_RE.search(line)
            if title:
                self.heading = strip_inline(title.group(2)).text.strip() or None
        line, closing, in_comment = open_html_block(line, self.markdown,
                                                    self.comments_as_text)
        self.closing = closing or self.closing
        self.in_comment = in_comment or self.in_comment
        return line


def _finish(marked: Marked, drop_colon: bool) -> Marked | None:
    """`marked`, or None when it has no text; a list or heading line's trailing `:`/`：`
    (after a bold head) is not text (M2)."""
    text = marked[0]
    if not text.endswith(_TRAILING_COLON):
        return marked if text else None  # the common case
    if drop_colon or any(b == len(text) - 1 for _, b in marked.marks):
        marked = strip_edges(Marked(text[:-1], tuple((a, min(b, len(text) - 1))
                                                     for a, b in marked.marks), marked.code))
    return marked if marked.text else None
