"""The words printed on exported cards and handouts, in the card language (English or
Simplified Chinese): column headers, the handout's subtitle, its answer key and page footer, the
default title, and the tap-to-reveal labels of Anki cards (translation, cloze hint). Core code:
no Qt; services/exporting.py picks the language from the "card language" setting
(services/settings.card_language)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

LANGUAGES = ("en", "zh_CN")


@dataclass(frozen=True)
class Labels:
    """One language's labels."""

    term: str
    pinyin: str
    gloss: str
    example: str
    answer_key: str
    continued: str  # "{heading} (continued)"
    vocabulary: str  # a handout's title when the selection has no name
    glossary: str
    with_examples: str
    quiz: str
    page_of: str  # "Page {number} of {total}"
    one_term: str  # "{n} term"
    many_terms: str  # "{n} terms"
    count_kind: str  # the subtitle's "{count}, {kind}"
    translation: str = "Translation"  # an Anki card's tap-to-reveal translation
    hint: str = "Hint"  # a cloze card's tap-to-reveal gloss
    day_pattern: str = "{y}-{m:02d}-{d:02d}"  # a handout's date

    def day(self, value: date) -> str:
        """`value` as this language writes a date: 2026-03-10 / 2026年3月10日."""
        return self.day_pattern.format(y=value.year, m=value.month, d=value.day)

    def terms(self, n: int) -> str:
        """"1 term" / "12,000 terms" in this language."""
        return (self.one_term if n == 1 else self.many_terms).format(n=f"{n:,}")


ENGLISH = Labels(
    term="Term", pinyin="Pinyin", gloss="Gloss", example="Example", answer_key="Answer key",
    continued="{heading} (continued)", vocabulary="Vocabulary", glossary="glossary",
    with_examples="with examples", quiz="quiz", page_of="Page {number} of {total}",
    one_term="{n} term", many_terms="{n} terms", count_kind="{count}, {kind}")

CHINESE = Labels(
    term="术语", pinyin="拼音", gloss="释义", example="例句", answer_key="答案",
    continued="{heading}（续）", vocabulary="词汇表", glossary="词汇表",
    with_examples="附例句", quiz="小测验", page_of="第 {number} 页，共 {total} 页",
    one_term="{n} 个术语", many_terms="{n} 个术语", count_kind="{count}，{kind}",
    translation="译文", hint="提示", day_pattern="{y}年{m}月{d}日")

_BY_LANGUAGE = {"en": ENGLISH, "zh_CN": CHINESE}


def labels(language: str) -> Labels:
    """The labels of `language` ("en" or "zh_CN"); English for any other."""
    return _BY_LANGUAGE.get(language, ENGLISH)
