"""A line of text with its markup removed (`Marked`: text, emphasised spans, code spans) and the
two ways readers combine them: joining the lines of a paragraph and trimming whitespace, each
keeping the spans on the same characters. markup.py makes them from raw lines.
"""

from __future__ import annotations

from typing import NamedTuple

Span = tuple[int, int]


class Marked(NamedTuple):
    """A line with its markup removed: the `text`, the emphasised spans and the code spans.

    (A named tuple: readers make one per line, and it is the cheapest immutable record.)"""

    text: str
    marks: tuple[Span, ...] = ()
    code: tuple[Span, ...] = ()


def join_marked(parts: list[Marked], seps: list[str]) -> Marked:
    """Concatenate `parts` with `seps[i]` between part i and part i+1, spans shifted along."""
    if len(parts) == 1:
        return parts[0]
    texts: list[str] = []
    marks: list[Span] = []
    code: list[Span] = []
    offset = 0
    for i, part in enumerate(parts):
        if i:
            texts.append(seps[i - 1])
            offset += len(seps[i - 1])
        texts.append(part.text)
        marks.extend((a + offset, b + offset) for a, b in part.marks)
        code.extend((a + offset, b + offset) for a, b in part.code)
        offset += len(part.text)
    return Marked("".join(texts), tuple(marks), tuple(code))


def strip_edges(marked: Marked) -> Marked:
    """`marked` with surrounding whitespace removed, spans re-based and clipped."""
    text = marked.text
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    if lead == 0 and len(body) == len(text):
        return marked

    def clip(spans: tuple[Span, ...]) -> tuple[Span, ...]:
        out = []
        for a, b in spans:
            a, b = max(0, a - lead), min(len(body), b - lead)
            if b > a:
                out.append((a, b))
        return tuple(out)

    return Marked(body, clip(marked.marks), clip(marked.code))
