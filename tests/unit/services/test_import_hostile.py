"""Issue 12, case 1: hostile input shapes import in linear time into a real collection file
(mining and storing alike), and Cancel stops the import of a 10 MB single-line file within a
second. Times are CPU seconds of this process (tests/helpers/timing.py)."""

from __future__ import annotations

import itertools
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers.made_up_words import word as _word
from helpers.timing import assert_linear

from vocab_app.errors import Cancelled
from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc)


def _one_term_many_glosses(lines: int) -> str:
    """One term glossed a different way on every line: one term, `lines` senses."""
    return "\n".join(f"这个模型（{_word(i)} model）很有用。" for i in range(lines))


def _bracket_dense(lines: int) -> str:
    """One line of `word (` repeated, then short glossed lines."""
    return "word (" * (lines * 4) + "\n" + "\n".join(
        f"我们用到了数据（{_word(i)} data）。" for i in range(lines))


def _import_work(folder: Path, make_text):
    counter = itertools.count()

    def work_of_size(lines: int):
        text = make_text(lines)

        def work() -> None:
            n = next(counter)
            src = folder / f"in{n}.txt"
            src.write_text(text, encoding="utf-8")
            with Library.open(folder / f"c{n}.db", clock=FixedClock(NOW)) as lib:
                lib.import_files([src])
        return work
    return work_of_size


@pytest.mark.parametrize("make_text", [_one_term_many_glosses, _bracket_dense])
def test_whole_import_of_hostile_shapes_is_linear(tmp_path, make_text):
    work_of_size = _import_work(tmp_path, make_text)
    work_of_size(50)()  # warm up jieba and lazy imports
    assert_linear(work_of_size, 2000)


def test_one_term_with_many_glosses_lists_every_gloss_once(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(_one_term_many_glosses(300), encoding="utf-8")
    with Library.open(tmp_path / "c.db", clock=FixedClock(NOW)) as lib:
        report = lib.import_files([src])
        assert report.new_senses == 300
        (row,) = lib.db.execute("SELECT glosses, style FROM terms").fetchall()
    glosses = row[0].split("; ")
    assert glosses == [f"{_word(i)} model" for i in range(300)]
    assert row[1] != ""


@pytest.mark.parametrize("delay", [0.5, 3.0])  # while reading; while mining the line
def test_cancel_stops_a_10_mb_single_line_import_within_a_second(tmp_path, delay):
    unit = "模型（model）与数据（data），以及 word ( 和 (a 之类的括号"
    src = tmp_path / "one_line.txt"
    src.write_text(unit * (10_000_000 // len(unit.encode("utf-8"))), encoding="utf-8")
    assert src.stat().st_size > 9_500_000 and b"\n" not in src.read_bytes()
    db_path = tmp_path / "c.db"
    stop = threading.Event()
    stopped_at: list[float] = []
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            with Library.open(db_path, clock=FixedClock(NOW)) as lib:
                lib.import_files([src], cancelled=stop.is_set)
            outcome.append(None)
        except BaseException as err:  # noqa: BLE001 - handed to the test thread
            outcome.append(err)
        stopped_at.append(time.monotonic())

    worker = threading.Thread(target=run)
    worker.start()
    time.sleep(delay)
    asked = time.monotonic()
    stop.set()
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert isinstance(outcome[0], Cancelled)
    assert stopped_at[0] - asked < 1.0, f"stopped {stopped_at[0] - asked:.2f} s after Cancel"
    with Library.open(db_path, clock=FixedClock(NOW)) as lib:
        assert lib.db.execute("SELECT count(*) FROM terms").fetchone()[0] == 0
