"""How a colleague's list file writes its columns: its delimiter, and a Chinese comma between term
and gloss.

The delimiter is the file's: tab for .tsv/.tab or a tab in the first data line, else what
`csv.Sniffer` finds among comma, semicolon and tab on the first lines (else the one found on most
of them). A line the delimiter does not split may
still hold a pair written with a Chinese comma or enumeration comma (`，` `、`) where a Latin term
meets a Chinese gloss or the other way round: `backpropagation，反向传播`.
How the rows themselves are read: services/list_csv.py.
"""

from __future__ import annotations

import csv

CJK_SEPARATORS = ("，", "、")
_SNIFF_CHARS = 2000  # per line: Sniffer's regexes must never see a huge line


def sniff_delimiter(sample: list[str], suffix: str) -> str:
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


def split_cjk(cell: str) -> list[str]:
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
