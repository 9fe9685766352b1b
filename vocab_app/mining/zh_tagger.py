"""jieba's part-of-speech tagging with the HMM off, loaded without freezing other threads.

`jieba.posseg.lcut(text, HMM=False)` gives the words and tags we need, but getting there stalls
every other Python thread of the process (the GUI thread while a worker mines) for 100-200 ms at
a time: importing `jieba.posseg` unmarshals its HMM tables (which HMM=False never uses) in one C
call, `jieba.initialize()` unmarshals its cached prefix dictionary in another, and its
line-by-line reading of dict.txt hands the interpreter lock back and forth with every buffered
read. Here dict.txt is read in one call and parsed in a plain Python loop (which yields the lock
every few ms), giving jieba's own `Tokenizer` its prefix dictionary and us the tag of each word,
and the cut below is posseg's HMM-off cut, line for line, over those two tables.
"""

from __future__ import annotations

import logging
import re
import threading
from math import log
from pathlib import Path
from typing import Any

from vocab_app.mining.cancel import POLL_EVERY, CancelCheck, stop_if_cancelled

# posseg's own patterns (jieba/posseg/__init__.py), so the cut is exactly posseg's
_HAN = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
_SKIP = re.compile("(\r\n|\\s)")
_ENG = re.compile("[a-zA-Z0-9]+")
_NUM = re.compile("[\\.0-9]+")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

_lock = threading.Lock()
_loaded: Tagger | None = None


class Tagger:
    """Words and jieba part-of-speech tags of a text, as `jieba.posseg.lcut(text, HMM=False)`."""

    def __init__(self, tokenizer: Any, tags: dict[str, str]) -> None:
        self._tokenizer = tokenizer
        self._tags = tags
        self._logtotal = log(tokenizer.total)

    def knows(self, word: str) -> bool:
        """True when `word` is in jieba's dictionary."""
        return word in self._tags

    def tag(self, word: str) -> str | None:
        """The dictionary's tag of `word`, None when it is not in the dictionary."""
        return self._tags.get(word)

    def lcut(self, text: str) -> list[tuple[str, str]]:
        """(word, tag) pairs covering `text` in order; unknown words are tagged 'x'."""
        out: list[tuple[str, str]] = []
        for block in _HAN.split(text):
            if not block:
                continue
            if _HAN.match(block):
                self._cut_dag(block, out)
                continue
            for part in _SKIP.split(block):
                if _SKIP.match(part):
                    out.append((part, "x"))
                    continue
                for ch in part:
                    if _NUM.match(ch):
                        out.append((ch, "m"))
                    elif _ENG.match(part):
                        out.append((ch, "eng"))
                    else:
                        out.append((ch, "x"))
        return out

    def _cut_dag(self, sentence: str, out: list[tuple[str, str]]) -> None:
        ends = self._route(sentence)
        tags = self._tags
        x, n, buf = 0, len(sentence), ""
        while x < n:
            y = ends[x] + 1
            word = sentence[x:y]
            if y == x + 1 and word in _ALNUM:  # (posseg: `^[a-zA-Z0-9]$`)
                buf += word
            else:
                if buf:
                    out.append((buf, "eng"))
                    buf = ""
                out.append((word, tags.get(word, "x")))
            x = y
        if buf:
            out.append((buf, "eng"))

    def _route(self, sentence: str) -> list[int]:
        """Where the best path's word starting at each index ends (inclusive): jieba's
        `get_DAG` then `calc`, in one backward pass over the same prefix dictionary, with
        the same scores, summed in the same order, and the same choice among equal ones (the
        later end)."""
        freq = self._tokenizer.FREQ
        get = freq.get
        logtotal = self._logtotal
        n = len(sentence)
        scores = [0.0] * (n + 1)
        ends = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best, end = 0.0, -1
            i = k
            frag = sentence[k]
            while (f := get(frag)) is not None:
                if f:
                    score = log(f) - logtotal + scores[i + 1]
                    if end < 0 or score >= best:
                        best, end = score, i
                i += 1
                if i >= n:
                    break
                frag = sentence[k:i + 1]
            if end < 0:  # no word starts here: the character alone, frequency 1
                best, end = log(get(sentence[k]) or 1) - logtotal + scores[k + 1], k
            scores[k], ends[k] = best, end
        return ends


def read_dictionary(path: Path, cancelled: CancelCheck | None = None
                    ) -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's prefix dictionary (word and every prefix → frequency, prefixes 0), the total
    frequency, and each word's tag, from a jieba dict.txt (`word freq tag` per line).
    `cancelled()` is polled every POLL_EVERY lines (errors.Cancelled)."""
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    text = path.read_bytes().decode("utf-8")  # one read: see the module docstring
    for lineno, line in enumerate(text.splitlines(), 1):
        if lineno % POLL_EVERY == 0:
            stop_if_cancelled(cancelled)
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 3 or not parts[1].isdigit():
            raise ValueError(f"invalid jieba dictionary entry in {path} at line {lineno}: {line}")
        word, count, tag = parts
        n = int(count)
        freq[word] = n
        tags[word] = tag
        total += n
        for end in range(1, len(word)):
            freq.setdefault(word[:end], 0)
    return freq, total, tags


def tagger(cancelled: CancelCheck | None = None) -> Tagger:
    """The process's Tagger over jieba's bundled dictionary, loaded on first call (thread-safe;
    about half a second, without holding other threads up). `cancelled()` is polled while it
    loads (errors.Cancelled, and nothing is kept: the next call loads it again)."""
    global _loaded
    with _lock:
        if _loaded is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            freq, total, tags = read_dictionary(Path(jieba.__file__).parent / "dict.txt",
                                                cancelled)
            tokenizer = jieba.Tokenizer()
            tokenizer.FREQ, tokenizer.total = freq, total
            tokenizer.initialized = True
            _loaded = Tagger(tokenizer, tags)
        return _loaded
