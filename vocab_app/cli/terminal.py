"""Terminal-safe output: collection text never reaches the terminal as control characters.

Mining cleans what it reads (mining.encoding.clean_text), but a collection may hold text from
before that, from a list import or from another tool; a term with `ESC[2J` in it would clear
the user's screen, an OSC sequence could retitle the window or write to the clipboard, a bidi
override would reverse the line. `terminal_safe` shows each such character as a visible
`\\uXXXX` escape (also a valid JSON string escape, so `vocab mine --format json` stays JSON),
and `safe_output()` applies it to everything the CLI writes to stdout and stderr.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO, cast

# C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte CSI), and the invisible
# format characters that reorder or hide text: bidi embeddings, overrides and isolates, the
# zero-width characters, the BOM.
_UNSAFE_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff]"
)


def terminal_safe(text: str) -> str:
    """`text` with every control or invisible formatting character (tab and newline kept)
    written as a visible `\\uXXXX` escape: `"a\\x1b[2Jb"` → `"a\\\\u001b[2Jb"`."""
    if not _UNSAFE_RE.search(text):
        return text
    return _UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _SafeStream:
    """A text stream that passes everything written through `terminal_safe`; every other
    attribute (encoding, flush, reconfigure, isatty, …) is the wrapped stream's."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def writelines(self, lines: list[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


@contextmanager
def safe_output() -> Iterator[None]:
    """Within the block, `sys.stdout` and `sys.stderr` write terminal-safe text."""
    saved = sys.stdout, sys.stderr
    # a proxy, not a TextIO subclass: every attribute but write is the real stream's
    sys.stdout = cast(TextIO, _SafeStream(saved[0]))
    sys.stderr = cast(TextIO, _SafeStream(saved[1]))
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
