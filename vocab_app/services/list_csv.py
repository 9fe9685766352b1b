"""A colleague's term list (CSV/TSV) read into rows and one warning per odd line, storing nothing.

Rows are term, gloss[, tags]; a header row whose cells name `term`/`gloss`/`tags` maps columns by
name (so our own CSV export reads back); `#…` lines such as Anki's `#separator:tab` and blank
lines are skipped between rows (inside a quoted cell they are part of the cell); any encoding the
miner reads. Cells are read as spreadsheets write them (a quoted cell may hold the delimiter,
newlines and doubled quotes) by our own reader, so neither csv's 128 KiB field limit nor its
global setting is involved: a cell over MAX_CELL_CHARS (1 MiB) is a warning and its row is left
out. The delimiter is the file's, and a line it does not split may still hold a pair written with
a Chinese comma (`backpropagation，反向传播`): services/list_csv_dialect.py.

Each odd line gets a warning (`line N: …`): no term, no gloss, more columns than term, gloss and
tags (or the header) name, a term already given on an earlier line, bytes that do not decode or
replacement characters left by a bad conversion, a quote that opens a cell and is never closed
(within MAX_QUOTED_LINES lines, or before the end of the file) or closes in the middle of a cell
on a later line. For such a quote, what a teacher wants is the rest of the list, not one row
swallowing it: the line with the quote is left out (with its warning, to fix and import again)
and the lines after it are read as rows of their own. A row without a term, a repeated term and an
undecodable line are left out of the import; the others are imported (a term without a gloss is
only linked when the collection already has it: see services/lists.py). Every step is linear in
the length of the text.

A file is read as a stream, its encoding judged on its first 256 KB, by `read_list`
(services/list_csv_stream.py).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, islice

from vocab_app.i18n_text import _, format_number
from vocab_app.services.list_csv_dialect import sniff_delimiter, split_cjk

MAX_CELL_CHARS = 1 << 20  # characters in one cell (csv's own limit is 128 KiB)
MAX_QUOTED_LINES = 50  # lines a quoted cell may span before its quote counts as unbalanced
_HEADER_NAMES = ("term", "gloss", "tags")
_SNIFF_LINES = 20
_SNIFF_SCAN = 1000  # lines looked through for the _SNIFF_LINES data lines


@dataclass(frozen=True, slots=True)
class ListRow:
    """One data line: where it is, what it holds, and what is odd about it ('' = nothing)."""

    line: int
    term: str
    gloss: str
    tags: tuple[str, ...] = ()
    problem: str = ""
    skipped: bool = False  # left out of the import (no term, repeated term, undecodable)


@dataclass(frozen=True, slots=True)
class ParsedList:
    """Every data line of a list file, in order, and the delimiter it was read with."""

    rows: tuple[ListRow, ...]
    delimiter: str
    kept: tuple[ListRow, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kept", tuple(r for r in self.rows if not r.skipped))

    @property
    def warnings(self) -> list[str]:
        """`line N: what is odd`, one per odd line, in file order."""
        return [_("line {n}: {problem}").format(n=r.line, problem=r.problem)
                for r in self.rows if r.problem]


def parse_list(text: str, suffix: str = "", *,
               undecodable: dict[int, str] | None = None) -> ParsedList:
    """Rows and warnings of a list text (see the module docstring); `undecodable` maps line
    numbers whose bytes did not decode to how they look."""
    return parse_lines(iter(text.removeprefix("\ufeff").split("\n")), suffix,
                       undecodable=undecodable)


def parse_lines(lines: Iterator[str], suffix: str = "", *,
                undecodable: dict[int, str] | None = None) -> ParsedList:
    """Rows and warnings of a list read line by line (`lines` without their newlines; a
    trailing `\\r` is dropped). The delimiter is judged on the first data lines (at most
    _SNIFF_LINES of them within the first _SNIFF_SCAN lines); `undecodable` (line number →
    how it looks) is read once `lines` is exhausted, so a reader may fill it as it goes."""
    physical = (ln.removesuffix("\r") for ln in lines)
    head = list(islice(physical, _SNIFF_SCAN))
    sample = list(islice((ln for ln in head
                          if ln.strip() and not ln.lstrip().startswith("#")), _SNIFF_LINES))
    delimiter = sniff_delimiter(sample, suffix)
    rows: list[ListRow] = []
    columns: tuple[int, ...] = (0, 1, 2)
    width, named = 3, _("term, gloss, tags")
    seen: dict[str, int] = {}
    first = True
    for start, cells in _records(_Lookahead(chain(head, physical)), delimiter):
        if isinstance(cells, str):
            rows.append(ListRow(start, "", "", problem=cells, skipped=True))
            continue
        longest = max(len(c) for c in cells)
        if longest > MAX_CELL_CHARS:
            rows.append(ListRow(start, "", "", skipped=True, problem=_(
                "a cell of {n} characters, more than the {most} (1 MiB) "
                "a cell of a term list can hold; this line is skipped").format(
                    n=format_number(longest), most=format_number(MAX_CELL_CHARS))))
            first = False
            continue
        if first:
            first = False
            header = [c.strip().casefold() for c in cells]
            if "term" in header:
                columns = tuple(header.index(n) if n in header else -1 for n in _HEADER_NAMES)
                width, named = len(header), _("the header's columns")
                continue
        if len(cells) == 1:
            cells = split_cjk(cells[0])
        rows.append(_row(start, cells, columns, (width, named), seen))
    if undecodable:
        rows.extend(ListRow(n, "", "", problem=_("bytes that do not decode as UTF-8: "
                                                 "{text!r}").format(text=shown[:40]), skipped=True)
                    for n, shown in undecodable.items())
        rows.sort(key=lambda r: r.line)
    return ParsedList(tuple(rows), delimiter)


class _Lookahead:
    """Physical lines read from an iterator, with the next few kept to look ahead (a quoted
    cell may span up to MAX_QUOTED_LINES of them); `number` is the 0-based line at `get(0)`."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self._ahead: deque[str] = deque()
        self.number = 0

    def get(self, k: int) -> str | None:
        """The line `k` lines after the current one, or None past the end."""
        while len(self._ahead) <= k:
            line = next(self._lines, None)
            if line is None:
                return None
            self._ahead.append(line)
        return self._ahead[k]

    def advance(self, n: int) -> None:
        """Move `n` lines on."""
        for _step in range(n):
            if self._ahead:
                self._ahead.popleft()
            else:
                next(self._lines, None)
        self.number += n


def _records(lines: _Lookahead, delimiter: str) -> Iterator[tuple[int, list[str] | str]]:
    """(first line number, cells) per row of `lines` (physical lines, `\\r` stripped), or
    (line number, problem) for a row that cannot be read. Blank and `#` lines are skipped between
    rows only; a quoted cell keeps its newlines, blank and `#` lines (a doubled quote is a quote,
    a quote inside an unquoted cell is a character, as spreadsheets write them). A quote that
    opens a cell and is not closed within MAX_QUOTED_LINES lines, or only closes mid-cell on a
    later line, is reported on its line, which is skipped; the lines after it are read as rows
    of their own. Linear: each line is scanned at most MAX_QUOTED_LINES + 1 times, and once
    when it holds no quote."""
    while (line := lines.get(0)) is not None:
        if not line.strip() or line.lstrip().startswith("#"):
            lines.advance(1)
            continue
        if '"' not in line:
            yield lines.number + 1, line.split(delimiter)
            lines.advance(1)
            continue
        cells, used = _quoted_record(lines, delimiter)
        yield lines.number + 1, cells
        lines.advance(used)


def _quoted_record(lines: _Lookahead, delimiter: str) -> tuple[list[str] | str, int]:
    """The cells of the row starting on the current line and how many lines it takes, or a
    problem (str) and 1 when its quotes do not balance."""
    cells: list[str] = []
    parts: list[str] = []  # the cell being read
    start = 0
    line, at, row = lines.get(0) or "", 0, 0
    while True:
        if at < len(line) and line[at] == '"':  # a quoted cell
            at += 1
            while True:
                close = line.find('"', at)
                if close < 0:  # the cell goes on on the next line
                    parts.append(line[at:])
                    row += 1
                    following = lines.get(row)
                    if following is None or row - start >= MAX_QUOTED_LINES:
                        where = (_("before the end of the file") if following is None
                                 else _("within {n} lines").format(n=MAX_QUOTED_LINES))
                        return (_('a quote (") opens a cell here and is not closed {where};'
                                  " this line is skipped and the lines after it are "
                                  "read as rows: close or remove the quote").format(
                                      where=where)), 1
                    parts.append("\n")
                    line, at = following or "", 0
                    continue
                parts.append(line[at:close])
                if line.startswith('"', close + 1):  # a doubled quote: one quote
                    parts.append('"')
                    at = close + 2
                    continue
                at = close + 1
                break
            if at < len(line) and line[at] != delimiter:
                end = line.find(delimiter, at)  # text after the closing quote: kept, as csv does
                end = len(line) if end < 0 else end
                if row > start and line[at:end].strip():
                    return (_('a quote (") opens a cell here and closes on line {line} in '
                              "the middle of a cell; this line is skipped and the lines after "
                              "it are read as rows: close or remove the quote").format(
                                  line=lines.number + row + 1)), 1
                parts.append(line[at:end])
                at = end
        else:
            end = line.find(delimiter, at)
            end = len(line) if end < 0 else end
            parts.append(line[at:end])
            at = end
        cells.append("".join(parts))
        parts = []
        if at >= len(line):
            return cells, row - start + 1
        at += 1  # past the delimiter: another cell follows, maybe an empty one


def _row(line: int, cells: list[str], columns: tuple[int, ...], shape: tuple[int, str],
         seen: dict[str, int]) -> ListRow:
    from vocab_app.mining.merge import term_key

    width, named = shape
    def cell(i: int) -> str:
        return cells[i].strip() if 0 <= i < len(cells) else ""

    term, gloss, tags = (_unquote(cell(i)) for i in columns)
    tag_list = tuple(t for t in tags.replace(",", " ").split() if t)
    problems = []
    skipped = False
    if not term:
        problems.append(_("no term (gloss {gloss!r})").format(gloss=gloss) if gloss
                        else _("no term"))
        skipped = True
    elif not gloss:
        problems.append(_("no gloss for {term!r}").format(term=term))
    if any(c.strip() for c in cells[width:]):
        problems.append(_("{n} columns, more than the {width} of {named}; "
                          "the rest is ignored").format(n=len(cells), width=width, named=named))
    if term:
        key = term_key(term) or term.casefold()
        if key in seen:
            problems.append(_("{term!r} already given on line {line}; this line is "
                              "skipped").format(term=term, line=seen[key]))
            skipped = True
        else:
            seen[key] = line
    if "\ufffd" in term + gloss:
        problems.append(_("replacement characters (�): the file was saved in another "
                          "encoding"))
    return ListRow(line, term, gloss, tag_list, _("; ").join(problems), skipped)


def _unquote(cell: str) -> str:
    """Undo the spreadsheet formula guard of our CSV export (a leading apostrophe)."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@":
        return cell[1:]
    return cell
