"""Pinyin with tone marks for the Chinese in a term or gloss (pypinyin's phrase dictionary picks
the reading of polyphonic characters from the word around them: 银行 → yínháng, 行走 → xíngzǒu).

Shared by the teacher's handout (export/handout.py) and any view that shows a reading. Only Han
characters are converted; Latin runs, digits and punctuation stay as they are, so a mixed term
(`RLHF 人类反馈`) reads `RLHF rénlèi fǎnkuì`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_HAN_RUN = re.compile(rf"(?:{_HAN.pattern})+")


def has_han(text: str) -> bool:
    """True when `text` holds at least one Han character."""
    return _HAN.search(text) is not None


@lru_cache(maxsize=8192)
def pinyin(text: str) -> str:
    """`text` with each run of Han characters replaced by its tone-marked pinyin, syllables of
    one word written together and words apart (`强化学习` → `qiánghuà xuéxí`); other characters
    are kept. '' for ''."""
    from pypinyin import Style, lazy_pinyin

    def run(match: re.Match[str]) -> str:
        return " ".join("".join(lazy_pinyin(word, style=Style.TONE))
                        for word in _words(match.group(0)))

    def spaced(match: re.Match[str]) -> str:
        # a space between the pinyin and a Latin letter or digit next to it, none before
        # punctuation
        before = match.string[match.start() - 1:match.start()]
        after = match.string[match.end():match.end() + 1]
        return ((" " if before.isalnum() else "") + run(match)
                + (" " if after.isalnum() else ""))

    return _HAN_RUN.sub(spaced, text)


def chinese_side(term: str, gloss: str) -> list[str]:
    """The texts whose pinyin an entry shows: the term when it has Chinese, else each sense of
    the gloss (senses joined by "; ") that has Chinese (`RL; 强化学习` → [`强化学习`])."""
    if not term.isascii() and _HAN.search(term) is not None:
        return [term]
    if gloss.isascii():  # (quick paths: this runs for every note of an export)
        return []
    if ";" not in gloss:
        return [gloss.strip()] if _HAN.search(gloss) is not None else []
    return [s for s in (sense.strip() for sense in gloss.split(";"))
            if _HAN.search(s) is not None]


def entry_pinyin(term: str, gloss: str, read: Callable[[str], str] | None = None) -> str:
    """The pinyin of an entry's Chinese side (`chinese_side`), senses joined by "; "; '' when
    neither term nor gloss has Chinese. `read` gives a text's reading (a kept or corrected one,
    store/pinyin.py); pypinyin's by default."""
    reader = read or pinyin
    return "; ".join(reader(text) for text in chinese_side(term, gloss))


def _words(han: str) -> list[str]:
    """A run of Han characters cut into words (jieba's dictionary, already loaded for mining)."""
    from vocab_app.mining.zh_tokens import tag_words

    return [word for word, _tag in tag_words(han) if word]
