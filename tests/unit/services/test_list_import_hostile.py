"""Issue 12, case 7: a hostile or sloppy term list. A huge cell is a sentence naming its line, not
a `_csv.Error`; an unbalanced quote is reported with its line instead of silently swallowing the
rows after it; blank and `#` lines inside a quoted cell stay in the cell; and import time grows
linearly with the number of rows (it was quadratic: a list-membership scan)."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers.timing import assert_linear

from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library
from vocab_app.services.list_csv import MAX_CELL_CHARS, parse_list

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc)
ROOT = Path(__file__).resolve().parents[3]


def _rows(text: str) -> list[tuple[int, str, str, bool]]:
    return [(r.line, r.term, r.gloss, r.skipped) for r in parse_list(text, ".csv").rows]


def test_a_cell_over_the_csv_modules_limit_is_read_and_one_over_ours_is_a_sentence():
    big = "x" * 200_000  # over csv's default 128 KiB, under our 1 MiB
    huge = "y" * (MAX_CELL_CHARS + 1)
    parsed = parse_list(f"term,gloss\napple,苹果\nbig,{big}\nhuge,{huge}\npear,梨\n", ".csv")
    assert [(r.line, r.term, len(r.gloss), r.skipped) for r in parsed.rows] == [
        (2, "apple", 2, False), (3, "big", 200_000, False), (4, "", 0, True),
        (5, "pear", 1, False)]
    (warning,) = parsed.warnings
    assert warning.startswith("line 4: a cell of ") and "1 MiB" in warning
    assert "_csv" not in warning and "field limit" not in warning


def test_the_csv_modules_global_limit_is_left_as_it_was():
    import csv

    before = csv.field_size_limit()
    parse_list("a,\"" + "z" * 300_000 + "\"\n", ".csv")
    assert csv.field_size_limit() == before


@pytest.mark.parametrize(("tail", "gloss"), [("", ""), ('kiwi,"猕猴桃"\n', "猕猴桃"),
                                             ('kiwi,猕猴桃 "绿"\n', '猕猴桃 "绿"')])
def test_an_unbalanced_quote_is_reported_and_the_rows_after_it_are_kept(tail, gloss):
    text = 'term,gloss\napple,苹果\n"pear,梨\nplum,李子\nfig,无花果\n' + tail
    parsed = parse_list(text, ".csv")
    kept = [(r.line, r.term, r.gloss) for r in parsed.kept]
    expected = [(2, "apple", "苹果"), (4, "plum", "李子"), (5, "fig", "无花果")]
    if tail:
        expected.append((6, "kiwi", gloss))
    assert kept == expected
    (warning,) = parsed.warnings
    assert warning.startswith("line 3: ") and "quote" in warning and "skipped" in warning


def test_a_quoted_cell_over_several_lines_is_still_one_cell():
    text = 'term,gloss\napple,"苹果\n红的\n绿的"\npear,梨\n'
    assert _rows(text) == [(2, "apple", "苹果\n红的\n绿的", False), (5, "pear", "梨", False)]
    assert parse_list(text, ".csv").warnings == []


def test_blank_and_hash_lines_inside_a_quoted_cell_stay_in_the_cell():
    text = ('#separator:comma\nterm,gloss\n\napple,"first\n\n# not a comment\nlast"\n'
            '# a comment between rows\n\npear,"梨"\n')
    assert _rows(text) == [(4, "apple", "first\n\n# not a comment\nlast", False),
                           (10, "pear", "梨", False)]


def test_quotes_inside_cells_read_as_a_spreadsheet_writes_them():
    text = 'term,gloss\n"say ""hi""",问好\n5" screen,五英寸屏幕\n"a,b",逗号\n'
    assert _rows(text) == [(2, 'say "hi"', "问好", False), (3, '5" screen', "五英寸屏幕", False),
                           (4, "a,b", "逗号", False)]


def _list_file(folder: Path, n: int) -> Path:
    path = folder / f"list{n}.csv"
    path.write_text("term,gloss\n" + "".join(f"term{i},释义{i}\n" for i in range(n)),
                    encoding="utf-8")
    return path


def test_importing_new_terms_takes_linear_cpu_time(tmp_path):
    files = {n: _list_file(tmp_path, n) for n in (1_000, 4_000)}
    counter = iter(range(100))

    def work(n: int):
        def run() -> None:
            with Library.open(tmp_path / f"c{next(counter)}.sqlite",
                              clock=FixedClock(NOW)) as lib:
                assert lib.lists.import_csv(files[n], "Week").created == n

        return run

    assert_linear(work, 4_000, factor=4)


def test_the_cli_names_the_line_of_an_unbalanced_quote_and_imports_the_rest(tmp_path):
    f = tmp_path / "week.csv"
    f.write_text('term,gloss\napple,苹果\n"pear,梨\nplum,李子\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "vocab_app", "--db",
                          str(tmp_path / "c.sqlite"), "list", "import", str(f), "Week"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "line 3:" in run.stderr and "quote" in run.stderr
    assert "Traceback" not in run.stderr
