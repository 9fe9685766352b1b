"""Status marks that close a heading or list item in study notes (G3): `## 知识蒸馏原理(DONE)`,
`- Paxos 算法（TODO）`, `### Transformer（待补充）`.

A learner marks how far a note has got with a closed class of words in brackets: TODO, DONE,
WIP, TBD, draft, 待补充, 未完成, 更新中 … Such a bracket closes its line and says nothing about
the words before it, so it is an editorial remark, not a gloss. It is a gloss when the head is
itself a status word (`待办（TODO）`, `draft（草稿）`), which the same closed class tells.

Usage marks are their kin, anywhere in a line: a parameter or tool marked optional, required
or recommended (`**Version**（可选）：…`, `[Tiktokenizer（推荐）](…)`) says how to use the thing,
not what it is called; unless the head is that very word (`optional（可选）`).
"""

from __future__ import annotations

import re

from vocab_app.mining.lang import word_set

#: English status marks, whatever their case (lower case here).
_EN_MARKS = word_set("todo to-do done wip fixme tbd tbc draft") | {
    "to do", "in progress", "work in progress", "coming soon"}
#: Everyday words that are a status mark only in capitals (`(UPDATED)`): in any other case
#: they are glosses (`- 挂起（Pending）`, `## 更新（Update）`).
_EN_PLAIN = word_set("drafting updating updated update unfinished incomplete completed "
                     "complete finished pending ongoing")
#: Any status word, as a head a bracket may translate (`draft（草稿）`, `complete（完成）`).
_EN_STATUS = _EN_MARKS | _EN_PLAIN
_ZH_STATUS = (
    "待补充", "待完善", "待更新", "待整理", "待续", "未完待续", "未完成", "已完成", "完成", "完结",
    "更新中", "持续更新", "施工中", "进行中", "草稿", "待办", "待定", "占坑", "挖坑",
)
_USAGE_MARKS = {
    "可选": "optional", "选填": "optional", "必选": "required", "必填": "required",
    "必需": "required", "推荐": "recommended", "默认": "default", "已弃用": "deprecated",
    "已废弃": "deprecated", "实验性": "experimental"}
_TRIM = " \t*_~`:：.。!！"
#: The bracket's close and what may follow it on its line: emphasis marks, a colon, spaces.
_LINE_END_RE = re.compile(r"[ \t]*[)）][ \t*_~`:：]*(?:\r?\n|$)")
_LAST_WORD_RE = re.compile(r"[A-Za-z][A-Za-z\-]*$")


def _is_status(words: str) -> bool:
    """True when `words` (trimmed) is a status mark: one of the closed class of marks, an
    everyday status word in capitals, or a Chinese one."""
    w = words.strip(_TRIM)
    return w.lower() in _EN_MARKS or (w.isupper() and w.lower() in _EN_PLAIN) or w in _ZH_STATUS


def is_status_mark(text: str, head_end: int, g0: int, g1: int) -> bool:
    """True when the bracket content `text[g0:g1]` is a status word, the bracket closes its
    line (`(DONE)` at a heading's end), and the head before it (ending at `head_end`) is no
    status word that the bracket would translate (`待办（TODO）`, `draft（草稿）`)."""
    if not _is_status(text[g0:g1]) or not _LINE_END_RE.match(text, g1):
        return False
    before = text[max(0, head_end - 8):head_end].rstrip(_TRIM)
    last = _LAST_WORD_RE.search(before)
    if last is not None and last.group().lower() in _EN_STATUS:
        return False
    return not before.endswith(_ZH_STATUS)


def is_usage_mark(text: str, head_end: int, g0: int, g1: int) -> bool:
    """True when the bracket content `text[g0:g1]` is a Chinese usage mark (`（可选）`,
    `（推荐）`) and the word before it (ending at `head_end`) is not its English
    (`optional（可选）` is a gloss)."""
    english = _USAGE_MARKS.get(text[g0:g1].strip(_TRIM))
    if english is None:
        return False
    last = _LAST_WORD_RE.search(text[max(0, head_end - 16):head_end].rstrip(_TRIM))
    return last is None or last.group().lower() != english
