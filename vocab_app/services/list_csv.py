"""A colleague's term list (CSV/TSV) read into rows and one warning per odd line, storing nothing.

Rows are term, gloss[, tags]; a header row whose cells name `term`/`gloss`/`tags` maps columns by
name (so our own CSV export reads back); `#…` lines such as Anki's `#separator:tab` and blank
lines are skipped; any encoding the miner reads. The delimiter is the file's: tab for .tsv/.tab
or a tab in the first data line, else what `csv.Sniffer` finds among comma, semicolon and tab on
the first lines (else the one found on most of them). A line the delimiter does not split may
still hold a pair written with a Chinese comma or enumeration comma (`，` `、`) where a Latin term
meets a Chinese gloss or the other way round: `backpropagation，反向传播`.

Each odd line gets a warning (`line N: …`): no term, no gloss, more columns than term, gloss and
tags (or the header) name, a term already given on an earlier line, bytes that do not decode or
replacement characters left by a bad conversion. A row without a term, a repeated term and an
undecodable line are left out of the import; the others are imported (a term without a gloss is
only linked when the collection already has it: see services/lists.py). Every step is linear in
the length of the text.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vocab_app.errors import InputError

MAX_LIST_BYTES = 50_000_000
CJK_SEPARATORS = ("，", "、")
_HEADER_NAMES = ("term", "gloss", "tags")
_SNIFF_LINES = 20
_SNIFF_CHARS = 2000  # per line: Sniffer's regexes must never see a huge line


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
        return [f"line {r.line}: {r.problem}" for r in self.rows if r.problem]


def read_list(path: str | os.PathLike[str]) -> ParsedList:
    """Read and parse the list file at `path`. Raises InputError (one sentence) for a file that
    is missing, empty, binary or undecodable as a whole; lines that alone do not decode become
    warnings instead."""
    from vocab_app.mining.encoding import read_text

    try:
        text = read_text(path, max_bytes=MAX_LIST_BYTES)
        bad: dict[int, str] = {}
    except InputError:
        text, bad = _mostly_utf8(Path(path))  # re-raises unless only some lines are bad
    return parse_list(text, Path(path).suffix.lower(), undecodable=bad)


def _mostly_utf8(path: Path) -> tuple[str, dict[int, str]]:
    """The text of a UTF-8 file with a few undecodable lines: those lines (1-based) shown with
    replacement characters. Re-raises the reader's error for anything else."""
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    lines = data.split(b"\n")
    out: list[str] = []
    bad: dict[int, str] = {}
    for number, raw in enumerate(lines, 1):
        try:
            out.append(raw.decode("utf-8").rstrip("\r"))
        except UnicodeDecodeError:
            shown = raw.decode("utf-8", "replace").rstrip("\r")
            bad[number] = shown
            out.append("")
    if not data or b"\x00" in data or len(bad) * 2 > len(lines):
        from vocab_app.mining.encoding import read_text

        read_text(path, max_bytes=MAX_LIST_BYTES)  # raises its one-sentence InputError
    return "\n".join(out).removeprefix("\ufeff"), bad


def parse_list(text: str, suffix: str = "", *,
               undecodable: dict[int, str] | None = None) -> ParsedList:
    """Rows and warnings of a list text (see the module docstring); `undecodable` maps line
    numbers whose bytes did not decode to how they look."""
    physical = text.split("\n")
    data = [(n, ln) for n, ln in enumerate(physical, 1)
            if ln.strip() and not ln.lstrip().startswith("#")]
    delimiter = _delimiter([ln for _, ln in data[:_SNIFF_LINES]], suffix)
    rows = [ListRow(n, "", "", problem=f"bytes that do not decode as UTF-8: {shown[:40]!r}",
                    skipped=True) for n, shown in (undecodable or {}).items()]
    numbers: list[int] = []

    def lines() -> Iterator[str]:
        for number, line in data:
            numbers.append(number)
            yield line + "\n"  # the reader keeps newlines inside quoted cells

    reader = csv.reader(lines(), delimiter=delimiter)
    columns: tuple[int, ...] = (0, 1, 2)
    width, named = 3, "term, gloss, tags"
    seen: dict[str, int] = {}
    first, consumed = True, 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as err:  # a cell over the csv module's field limit
            start, consumed = numbers[consumed], reader.line_num
            rows.append(ListRow(start, "", "", problem=f"cannot be read as CSV ({err})",
                                skipped=True))
            continue
        start, consumed = numbers[consumed], reader.line_num  # a quoted cell may span lines
        if first:
            first = False
            header = [c.strip().casefold() for c in cells]
            if "term" in header:
                columns = tuple(header.index(n) if n in header else -1 for n in _HEADER_NAMES)
                width, named = len(header), "the header's columns"
                continue
        if len(cells) == 1:
            cells = _split_cjk(cells[0])
        rows.append(_row(start, cells, columns, (width, named), seen))
    rows.sort(key=lambda r: r.line)
    return ParsedList(tuple(rows), delimiter)


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
        problems.append("no term" + (f" (gloss {gloss!r})" if gloss else ""))
        skipped = True
    elif not gloss:
        problems.append(f"no gloss for {term!r}")
    if any(c.strip() for c in cells[width:]):
        problems.append(f"{len(cells)} columns, more than the {width} of {named}; "
                        "the rest is ignored")
    if term:
        key = term_key(term) or term.casefold()
        if key in seen:
            problems.append(f"{term!r} already given on line {seen[key]}; this line is skipped")
            skipped = True
        else:
            seen[key] = line
    if "\ufffd" in term + gloss:
        problems.append("replacement characters (�): the file was saved in another encoding")
    return ListRow(line, term, gloss, tag_list, "; ".join(problems), skipped)


def _delimiter(sample: list[str], suffix: str) -> str:
    """Tab for .tsv/.tab or a tab in the first line, else Sniffer's pick, else the most used."""
    if not sample:
        return ","
    if suffix in (".tsv", ".tab") or "\t" in sample[0]:
        return "\t"
    clipped = "\n".join(line[:_SNIFF_CHARS] for line in sample)
    try:
        return csv.Sniffer().sniff(clipped, delimiters=",;\t").delimiter
    except csv.Error:
        pass
    counts = {d: sum(1 for line in sample if d in line) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


def _has_latin(text: str) -> bool:
    return any(ch.isascii() and ch.isalpha() for ch in text)


def _split_cjk(cell: str) -> list[str]:
    """`backpropagation，反向传播` → [term, gloss] where a Chinese comma (or 、) separates a
    Latin side from a Chinese side; any other cell comes back whole."""
    for sep in CJK_SEPARATORS:
        at = cell.find(sep)
        if at <= 0:
            continue
        left, right = cell[:at].strip(), cell[at + 1:].strip()
        if not left or not right:
            continue
        latin_left = _has_latin(left) and not any(_is_cjk(c) for c in left)
        chinese_left = not _has_latin(left) and any(_is_cjk(c) for c in left)
        if (latin_left and _is_cjk(right[0])) or (chinese_left and _has_latin(right[:1])):
            return [left, right]
    return [cell]


def _unquote(cell: str) -> str:
    """Undo the spreadsheet formula guard of our CSV export (a leading apostrophe)."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@":
        return cell[1:]
    return cell
