"""Issue 12, case 1: Cancel is honoured inside each long phase of an import, not only between
segments: while jieba's dictionary loads, in the per-document term pass, in the final merge, while
the preview's candidates are built and while the store writes (which rolls back). Each phase is
cancelled on its few-th poll, i.e. mid-way through work that takes seconds on large input."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path

import jieba
import pytest
from helpers.made_up_words import word as _word

from vocab_app.errors import Cancelled
from vocab_app.mining.merge import merge
from vocab_app.mining.model import Occurrence
from vocab_app.mining.zh_tagger import read_dictionary
from vocab_app.mining.zh_usage import prefer_known_terms
from vocab_app.services.clock import FixedClock
from vocab_app.services.importing import mine_files, store_result
from vocab_app.services.library import Library

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc)
_ZH = "模型数据学习网络训练推理向量梯度损失函数注意力机制预测分类回归聚类优化算法"


def _zh(i: int) -> str:
    return "".join(_ZH[(i // len(_ZH) ** k) % len(_ZH)] for k in range(3))


def _on_poll(n: int):
    """A cancel check that says yes from its n-th call on, and counts its calls."""
    calls = [0]

    def cancelled() -> bool:
        calls[0] += 1
        return calls[0] >= n
    return cancelled, calls


def _occurrences(count: int) -> list[Occurrence]:
    return [Occurrence(term=f"学习{_zh(i)}", gloss=_word(i), style="zh-en", source_path="a.txt",
                       segment_index=i, sentence=f"学习{_zh(i)}（{_word(i)}）。",
                       term_in_sentence=(0, 5)) for i in range(count)]


def test_cancel_while_jiebas_dictionary_loads():
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    cancelled, calls = _on_poll(3)
    start = time.monotonic()
    with pytest.raises(Cancelled):
        read_dictionary(dictionary, cancelled)
    assert time.monotonic() - start < 2.0  # about 0.1 s; generous for a loaded CI machine
    assert calls[0] == 3  # polled while loading, not once at the end
    freq, total, tags = read_dictionary(dictionary)  # a later load is whole
    assert total > 0 and tags["模型"]


@pytest.mark.parametrize("phase", [merge, prefer_known_terms])
def test_cancel_inside_the_merge_and_the_term_pass(phase):
    occs = _occurrences(50_000)
    cancelled, calls = _on_poll(3)
    with pytest.raises(Cancelled):
        phase(occs, cancelled)
    assert calls[0] == 3
    assert len(phase(occs)) > 0


def test_cancel_while_storing_rolls_everything_back(tmp_path):
    src = tmp_path / "glossed.txt"
    src.write_text("\n".join(f"学习{_zh(i)}（{_word(i)}）。" for i in range(4000)),
                   encoding="utf-8")
    with Library.open(tmp_path / "c.db", clock=FixedClock(NOW)) as lib:
        result = mine_files(lib.db, [src])
        assert len(result.notes) > 2000
        cancelled, calls = _on_poll(2)  # after about a thousand notes are written
        with pytest.raises(Cancelled):
            store_result(lib.db, result, now=NOW, cancelled=cancelled)
        for table in ("terms", "senses", "cards", "occurrences", "sources"):
            assert lib.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        report = store_result(lib.db, result, now=NOW)
        assert report.new_senses == sum(len(n.senses) for n in result.notes)


def test_cancel_while_the_preview_candidates_are_built(tmp_path):
    src = tmp_path / "glossed.txt"
    src.write_text("\n".join(f"学习{_zh(i)}（{_word(i)}）。" for i in range(3000)),
                   encoding="utf-8")
    polls: list[int] = []
    done = [False]

    def cancelled() -> bool:  # yes once mining has reported the whole input, after 2 more polls
        if done[0]:
            polls.append(1)
        return len(polls) >= 3

    def progress(at: int, total: int) -> None:
        done[0] = at >= total

    with Library.open(tmp_path / "c.db", clock=FixedClock(NOW)) as lib, \
            pytest.raises(Cancelled):
        lib.import_files([src], progress=progress, cancelled=cancelled)
    with Library.open(tmp_path / "c.db", clock=FixedClock(NOW)) as lib:
        assert lib.db.execute("SELECT count(*) FROM terms").fetchone()[0] == 0
