"""How common a term is: its rank among the most frequent English or Chinese words.

The ranks come from wordfreq's word lists (CC-BY-SA 4.0): the package ships, for each language,
the 100,000 most frequent words, most frequent first (resources/frequency/, built by
packaging/build_frequency.py), so rank 1 is the most common word ("the", 的) and a word
outside the table is rarer than all of them (no rank: None).

A term's rank:
- a single word: its rank (English words in lower case: wordfreq's lists are folded so);
- several words (`machine learning`, `GPT模型`): wordfreq's own phrase frequency, in ranks.
  wordfreq combines the frequencies of a phrase's words as 1/f = 1/f₁ + 1/f₂ + …, and word
  frequencies follow Zipf's law (f ≈ C/rank), so the phrase ranks about where the sum of its
  words' ranks is (large language models: 3,101 by the sum, 2,873 by wordfreq's frequency;
  gradient descent algorithm: 30,183 and 20,547): at least as rare as its rarest word, and
  rarer the more words it has;
- a run of Chinese characters: the run itself when the table has it (数据), else the words
  jieba cuts it into (反向传播 → 反向 传播), summed the same way and, as wordfreq does for each
  word break jieba infers, times 10 per break (a cut can make anything of common words);
- a word outside the table, or a sum beyond it, makes the term rarer than the table: None;
  numbers and punctuation count for nothing, and a term of nothing else has no rank either.

`FrequencyTable` is pure (tables and a Chinese word cutter given to it); `term_rank` and
`term_ranks` use the tables of the package and jieba's dictionary (zh_tagger.py), loaded on the
first call (a worker's, never at start-up: ~0.2 s and ~25 MB for both tables). When the tables
were never built (a source checkout that was not installed) every term is unranked and the log
says so once.
"""

from __future__ import annotations

import logging
import lzma
import re
import threading
from collections.abc import Callable, Iterable, Mapping

from vocab_app import paths

log = logging.getLogger(__name__)

#: How many words each table holds (packaging/build_frequency.py's TOP).
TABLE_SIZE = 100_000
#: How much rarer each word break jieba infers makes a Chinese run (wordfreq's
#: INFERRED_SPACE_FACTOR).
INFERRED_BREAK = 10
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Runs of Chinese characters, and English words (letters, inner apostrophes as in "don't").
_RUN = re.compile(f"[{_HAN}]+|[^\\W\\d_{_HAN}]+(?:['’][^\\W\\d_{_HAN}]+)*")
_HAN_RUN = re.compile(f"[{_HAN}]+")
#: A word jieba cuts out that is a word (not a space, digit or mark).
_WORD = re.compile(f"[{_HAN}]|[^\\W\\d_]")


class FrequencyTable:
    """Ranks of English and Chinese words (1 = most frequent); `cut` splits a run of Chinese
    characters into words (jieba)."""

    def __init__(self, en: Mapping[str, int], zh: Mapping[str, int],
                 cut: Callable[[str], Iterable[str]]) -> None:
        self._en, self._zh, self._cut = en, zh, cut

    def word_rank(self, word: str) -> int | None:
        """The rank of one word (Chinese or English, any case), None outside the table."""
        if _HAN_RUN.fullmatch(word):
            return self._zh.get(word)
        return self._en.get(word.casefold().replace("’", "'"))

    def rank(self, term: str) -> int | None:
        """The rank of `term` (see the module docstring); None when it is rarer than the
        table holds or has no word at all."""
        total = 0
        for match in _RUN.finditer(term):
            run = match.group()
            found = self.word_rank(run)
            if found is None and _HAN_RUN.fullmatch(run):
                found = self._rank_of_words(run)
            if found is None:
                return None
            total += found
        return total if 0 < total <= TABLE_SIZE else None

    def _rank_of_words(self, run: str) -> int | None:
        total, words = 0, 0
        for word in self._cut(run):
            if not _WORD.search(word):
                continue
            found = self._zh.get(word)
            if found is None:
                return None
            total += found
            words += 1
        return total * INFERRED_BREAK ** (words - 1) if words else None


def read_table(data: bytes) -> dict[str, int]:
    """word → rank from a table's bytes (xz-compressed lines, most frequent first, after
    `#` header lines)."""
    lines = lzma.decompress(data).decode("utf-8").split("\n")
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    # a plain loop, not one dict() call, so a reading worker hands the interpreter lock back
    # to the GUI thread every few ms (as zh_tagger does with jieba's dictionary)
    ranks: dict[str, int] = {}
    rank = 0
    for word in lines[start:]:
        if word:
            rank += 1
            ranks.setdefault(word, rank)  # a word listed twice keeps its first rank
    return ranks


_lock = threading.Lock()
_table: FrequencyTable | None = None


def _cut_with_jieba(run: str) -> list[str]:
    from vocab_app.mining.zh_tagger import tagger

    return [word for word, _tag in tagger().lcut(run)]


def _package_table(lang: str) -> dict[str, int]:
    found = paths.resource("frequency", f"{lang}.txt.xz")
    try:
        return read_table(found.read_bytes())
    except (OSError, lzma.LZMAError, UnicodeDecodeError) as err:
        log.warning("no %s word frequencies (%s): build them with "
                    "packaging/build_frequency.py", lang, err)
        return {}


def table() -> FrequencyTable:
    """The package's FrequencyTable, read on the first call (thread-safe)."""
    global _table
    with _lock:
        if _table is None:
            _table = FrequencyTable(_package_table("en"), _package_table("zh"), _cut_with_jieba)
        return _table


def term_rank(term: str) -> int | None:
    """The rank of `term` in the package's tables (see the module docstring)."""
    return table().rank(term)


def term_ranks(terms: Iterable[str]) -> list[int | None]:
    """The rank of each of `terms`."""
    found = table()
    return [found.rank(term) for term in terms]
