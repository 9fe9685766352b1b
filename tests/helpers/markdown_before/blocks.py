"""Markdown block structure, line by line: what of each line is text (RULES.md M2, M3).

`MarkdownLines` is fed the lines of a document in order and returns, for each, the text lines it
holds with their inline markup removed (markup.strip_inline), or a paragraph break. It drops
heading marks, list bullets and numbers, task boxes, block-quote marks, table pipes (each cell
becomes its own paragraph), horizontal rules, link reference definitions and footnotes, YAML
front matter, fenced code blocks (``` and ~~~), indented code blocks, and HTML comments or
`<script>`, `<style>`, `<pre>` (and similar) blocks that span lines; the first heading, Markdown
or HTML (`<title>`, `<h1>`), is kept as the title. In plain mode (text that does not look like
Markdown) only the inline markup and multi-line HTML comments are handled: an indented
paragraph of a .txt file is not code.

`markdown_signals(head)` tells them apart for files that are not named `.md`.
"""

from __future__ import annotations

import re

from vocab_app.mining.readers.chinese_prose import chinese_prose
from vocab_app.mining.readers.html_blocks import in_code_span
from vocab_app.mining.readers.list_items import ListIndent
from vocab_app.mining.readers.marked_text import Marked, strip_edges
from vocab_app.mining.readers.markup import has_markup, strip_inline
from vocab_app.mining.readers.math_blocks import display_math_closer
from vocab_app.mining.readers.wiki_markup import wiki_to_markdown


def has_note_markup(line: str) -> bool:
    """has_markup, or an Obsidian highlight's `==` (the package's reader tests it on Markdown
    lines only)."""
    return has_markup(line) or "==" in line


_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING_RE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_CLOSING_HASHES_RE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
#: A heading's anchor id, not rendered: Pandoc/Hugo `{#id}`, doc-builder `[[id]]`.
_HEADING_ID_RE = re.compile(r"[ \t]*(?:\{#[^{}\n]{1,200}\}|\[\[[^\[\]\n]{1,200}\]\])[ \t]*$")
_QUOTE_RE = re.compile(r"^ {0,3}>[ \t]?")
_ITEM_RE = re.compile(
    r"^[ \t]*(?:[-*+•·]|\d{1,3}[.)、]|[a-z][.)]|[A-Z]\))[ \t]+(?:\[[ xX]\][ \t]+)?")
_RULE_RE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$")
_REF_DEF_RE = re.compile(r"^ {0,3}\[[^\]]{1,200}\]:[ \t]*\S+")
_TABLE_SEP_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")
# Elements whose content is no text (or is code) and may run over several lines.
_RAW_OPEN_RE = re.compile(r"<(script|style|noscript|template|svg|math|iframe|pre)\b[^>]*>",
                          re.IGNORECASE)
_TRAILING_COLON = (":", "：")
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
)

BREAK = Marked("")  # a paragraph break
_SEEN_LIMIT = 1 << 15  # distinct marked-up lines remembered per document


def markdown_signals(head: str) -> int:
    """How many kinds of Markdown/HTML markup `head` (the start of a text) uses: one makes its
    headings, lists and quotes markup; two make indented blocks code, as in a .md file."""
    return sum(1 for needed, signal in _MD_SIGNALS
               if any(n in head for n in needed) and signal.search(head))


class MarkdownLines:
    """Feed lines in order with `feed`; each call returns that line's text lines (see module)."""

    def __init__(self, *, markdown: bool, indented_code: bool = True,
                 comments_as_text: bool = False) -> None:
        self.markdown = markdown
        self.comments_as_text = markdown and comments_as_text
        self.indented_code = markdown and indented_code
        self.fence: str | None = None  # the opening fence while inside a fenced block
        self.math_close: str | None = None  # what closes the display math we are in
        self.closing: str | None = None  # what ends the HTML block we are in (`-->`, `</script`)
        # inside a comment that spans lines of a .md file (`comments_as_text`): its text is
        # read (translated docs keep the English original there, and the corpus gold
        # annotates it), its markers dropped; elsewhere a comment is never shown
        self.in_comment = False
        self.after_blank = True  # the previous line was blank (an indented line may be code)
        self.in_code = False  # inside an indented code block
        self.lists = ListIndent()  # (the package reader's rule: an item's paragraphs are text)
        self.heading: str | None = None  # the first heading's text
        self.first = True  # no line seen yet (a `---` there opens YAML front matter)
        self.front_matter = False
        # what strip_inline gave each marked-up line (a pure function of the line): lines
        # repeat in documents (table cells, list labels, a heading per section)
        self.stripped: dict[str, Marked] = {}

    def feed(self, raw: str) -> list[Marked]:
        """The text lines `raw` holds (markup removed), `[BREAK]` at a paragraph break, or []."""
        if not self.markdown and self.closing is None and not self.in_comment:  # plain, fast
            line = raw.strip()
            if not line:
                return [BREAK]
            if not has_markup(line):
                return [Marked(line)]
            return self._inline(line)
        if self.fence is None and self.closing is None and not self.in_comment \
                and not self.front_matter and self.math_close is None:
            # Outside any multi-line block, the two commonest lines are read here, as _block
            # would: a blank line, and a text line (no indent, no character that can start a
            # block).
            if not raw or raw.isspace():
                self.first = False
                self.after_blank = True
                return [] if self.in_code else [BREAK]
            if raw[0] not in " \t" and _BLOCK_START_RE.match(raw) is None \
                    and display_math_closer(raw) is None:
                self.first = False
                self.lists.see(raw, self.after_blank)
                was_code, self.in_code, self.after_blank = self.in_code, False, False
                stripped = raw.strip()
                if has_note_markup(stripped):
                    text = self._finish(self._inline(stripped), False)
                else:
                    text = [Marked(stripped)]
                return [BREAK, *text] if was_code else text
        if self.in_comment:
            end = raw.find("-->")
            if end >= 0:
                raw = raw[:end] + raw[end + 3:]
                self.in_comment = False
        elif self.closing is not None:
            end = raw.lower().find(self.closing)
            if end < 0:
                return []
            raw = raw[end + len(self.closing):]
            if self.closing != "-->":
                raw = raw[raw.find(">") + 1:] if ">" in raw else ""
            self.closing = None
        if self.markdown:
            lines = self._block(raw)
            if lines is not None:
                return lines
        line = raw.strip()
        if not line:
            return [BREAK]
        return self._inline(line)

    def _block(self, raw: str) -> list[Marked] | None:
        """Block-level Markdown; None when `raw` is an ordinary text line."""
        if self.first:
            self.first = False
            if raw.rstrip() == "---":
                self.front_matter = True
                return []
        if self.front_matter:
            if raw.rstrip() in ("---", "..."):
                self.front_matter = False
            return []
        stripped = raw.strip()
        if self.fence is not None:
            if stripped.startswith(self.fence) and not stripped.strip(self.fence[0]):
                self.fence = None
            return []
        if self.math_close is not None:  # display math (added with the package's reader)
            if self.math_close in raw or not stripped:
                self.math_close = None
            return []
        if not stripped:  # (a blank line is never block-like: no fence opens on it)
            self.after_blank = True
            return [BREAK] if not self.in_code else []
        closer = display_math_closer(raw)
        if closer is not None:
            self.math_close = closer
            return [BREAK]
        # The first character after the indent tells which block patterns may apply at all.
        start = _BLOCK_START_RE.match(raw)
        lead = raw[start.start(1)] if start is not None else ""
        dedented = self.lists.dedent(raw) if lead in ("`", "~") else raw
        fence = _FENCE_RE.match(dedented) if lead in ("`", "~") else None
        if fence and lead == "`" and "`" in dedented[fence.end():]:
            fence = None  # a backtick fence's info string holds no backtick: ```x``` is a span
        if fence:
            self.fence = fence.group(1)
            return [BREAK]
        if self.indented_code and (self.after_blank or self.in_code) and not chinese_prose(raw) \
                and raw.startswith(("    ", "\t")) and not _ITEM_RE.match(raw) \
                and (self.in_code or not self.lists.continues(raw)):
            self.in_code = True
            return []
        self.lists.see(raw, self.after_blank)
        was_code, self.in_code, self.after_blank = self.in_code, False, False
        if start is None:
            if has_note_markup(stripped):
                lines = self._finish(self._inline(stripped), False)
            else:  # the commonest line: plain text (what _inline and _finish leave of it)
                lines = [Marked(stripped)]
            return [BREAK, *lines] if was_code else lines
        if lead in ("-", "*", "_", "=") and _RULE_RE.match(raw) \
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
            line = line[heading.end():]
            if "#" in line:  # (each sub is tried at every character: only when it can match)
                line = _CLOSING_HASHES_RE.sub("", line)
            if "{#" in line or "[[" in line:
                line = _HEADING_ID_RE.sub("", line)
            text = self._finish(self._inline(line.strip()), True)
            if self.heading is None and text:
                self.heading = text[0].text
            return [BREAK, *text, BREAK]
        while item := _ITEM_RE.match(line):  # `* 2. item` is an item in a nested list
            line = line[item.end():]
            prefix_removed = True
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            cells = [c.strip() for c in _CELL_SPLIT_RE.split(stripped.strip("|"))]
            out: list[Marked] = [BREAK]
            for cell in cells:
                if cell:
                    out.extend(self._inline(cell))
                    out.append(BREAK)
            return out
        if not stripped:
            return [BREAK]
        lines = self._finish(self._inline(stripped), prefix_removed)
        return [BREAK, *lines] if prefix_removed or was_code else lines

    def _inline(self, line: str) -> list[Marked]:
        """Inline markup removed; a comment or script that opens and does not close here starts
        an HTML block that runs over the next lines. An HTML `<title>` or `<h1>` is a heading."""
        if not has_note_markup(line):
            return [Marked(line)]
        if self.heading is None and self.markdown and "<" in line:
            title = _HTML_TITLE_RE.search(line)
            if title:
                self.heading = strip_inline(title.group(2)).text.strip() or None
        comment = line.find("<!--")
        if comment >= 0 and "`" in line and in_code_span(line, comment):
            comment = -1  # (the same rule as the package's reader: code names a tag)
        if comment >= 0 and line.find("-->", comment + 4) < 0:
            if self.comments_as_text:
                self.in_comment = True
                line = line[:comment] + " " + line[comment + 4:]
            else:
                self.closing = "-->"
                line = line[:comment]
        raw_open = _RAW_OPEN_RE.search(line) if self.markdown and "<" in line else None
        if raw_open and "`" in line and in_code_span(line, raw_open.start()):
            raw_open = None
        if raw_open and line.lower().find(f"</{raw_open.group(1).lower()}", raw_open.end()) < 0:
            self.closing = f"</{raw_open.group(1).lower()}"
            line = line[:raw_open.start()]
        marked = self.stripped.get(line)
        if marked is None:
            marked = strip_edges(strip_inline(wiki_to_markdown(line)))  # (as the package's)
            if len(self.stripped) < _SEEN_LIMIT:
                self.stripped[line] = marked
        return [marked] if marked.text else []

    @staticmethod
    def _finish(lines: list[Marked], drop_colon: bool) -> list[Marked]:
        """A list or heading line's trailing `:`/`：` (after a bold head) is not text (M2)."""
        if len(lines) == 1 and not lines[0].text.endswith(_TRAILING_COLON):
            return lines if lines[0].text else []  # the common case: one line, no colon
        out = []
        for marked in lines:
            text = marked.text
            if not text.endswith(_TRAILING_COLON):
                if text:
                    out.append(marked)
                continue
            if drop_colon or any(b == len(text) - 1 for _, b in marked.marks):
                marked = strip_edges(Marked(text[:-1], tuple((a, min(b, len(text) - 1))
                                                             for a, b in marked.marks),
                                            marked.code))
            if marked.text:
                out.append(marked)
        return out
