"""What issue 16 left after the menus: the review buttons' captions, the Library's states,
counts and dates, the list-import warnings (worded by services with gettext) and a change of
interface language, which restarts the app in place on the same view."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import open_main_window
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from vocab_app.gui import i18n, restart
from vocab_app.srs.grades import Wait

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def chinese(qapp: QApplication) -> Any:
    """The interface in Simplified Chinese by the setting, English again after."""
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    yield
    assert i18n.install(qapp, "en") == "en"  # as tests/gui/conftest.py set it


WAITS = [Wait("again today"), Wait("today"), Wait("days", 6), Wait("months", 2.1),
         Wait("months", 2.0), Wait("years", 1.4)]


def test_review_captions_in_english(qtbot, ops):
    from vocab_app.gui.review_view import ReviewView

    view = ReviewView(ops)
    qtbot.addWidget(view)
    assert [view.wait_text(w) for w in WAITS] == [
        "again today", "today", "6d", "2.1mo", "2mo", "1.4y"]


def test_review_captions_in_chinese(chinese, qtbot, ops):
    from vocab_app.gui.review_view import ReviewView

    view = ReviewView(ops)
    qtbot.addWidget(view)
    assert [view.wait_text(w) for w in WAITS] == [
        "今天再来", "今天", "6天", "2.1个月", "2个月", "1.4年"]


def test_library_states_counts_and_dates_follow_the_interface(chinese, qtbot, ops, collection):
    window = open_main_window(qtbot, ops, collection)
    model = window.view("library").model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    from vocab_app.gui.term_model import COLUMNS

    column = {attr: i for i, (_h, attr, _s) in enumerate(COLUMNS)}
    states = {model.data(model.index(r, column["state"]))
              for r in range(min(model.rowCount(), 100))} - {""}  # "": a page not loaded yet
    assert states and states <= set(i18n.state_name(s) for s in i18n.STATE_NAMES)
    assert "新卡片" in states
    assert QLocale().toString(12345) == "12,345"
    assert i18n.day(date(2026, 3, 10)) == "2026/3/10"
    assert i18n.number(2.5, 1) == "2.5"


def test_day_in_english_has_the_full_year():
    assert i18n.day(date(2026, 3, 10)) == "3/10/2026"


def test_list_import_warnings_reach_the_dialog_in_chinese(chinese, qtbot, tmp_path, ops):
    from gui_helpers import call

    from vocab_app.gui.list_import_dialog import ListImportDialog

    path = tmp_path / "list.csv"
    path.write_text("term,gloss\nmodel,模型\nmodel,模型\n,孤儿\n", encoding="utf-8")
    preview = call(qtbot, ops, lambda lib: lib.lists.preview_csv(path))
    dialog = ListImportDialog(preview, "list")
    qtbot.addWidget(dialog)
    shown = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
    assert shown == ["第 3 行：'model' 已在第 2 行给出；已跳过此行",
                     "第 4 行：没有术语（释义 '孤儿'）"]


# --- a change of interface language restarts the app --------------------------------------

def test_the_restart_command_is_this_process_own(monkeypatch):
    monkeypatch.setattr(sys, "orig_argv", ["/usr/bin/python3", "-m", "vocab_app", "gui"])
    assert restart.command() == (sys.executable, ["-m", "vocab_app", "gui"])


def test_relaunch_starts_the_same_command_with_the_view(monkeypatch):
    started: list[tuple[str, list[str], str | None]] = []

    def start_detached(program: str, args: list[str]) -> tuple[bool, int]:
        started.append((program, args, os.environ.get(restart.RESTART_VIEW_ENV)))
        return True, 4242

    monkeypatch.setattr(restart.QProcess, "startDetached", start_detached)
    monkeypatch.setattr(restart.QCoreApplication, "quit", lambda: None)
    assert restart.relaunch_if_requested() is False  # none requested
    restart.request("stats")
    assert restart.requested() == "stats"
    assert restart.relaunch_if_requested() is True
    assert started == [(*restart.command(), "stats")]
    assert restart.RESTART_VIEW_ENV not in os.environ and restart.requested() is None


def test_a_restart_asked_at_start_mines_the_files_again(monkeypatch):
    seen: list[str | None] = []
    monkeypatch.setattr(restart.QProcess, "startDetached", lambda program, args: (
        seen.append(os.environ.get(restart.RESTART_MINE_ENV)), True)[1])
    monkeypatch.setattr(restart.QCoreApplication, "quit", lambda: None)
    restart.request("mine")
    restart.request("mine", mine_again=True)
    assert restart.relaunch_if_requested() is True
    restart.request("mine")  # after the Settings dialog: the first process mined them
    assert restart.relaunch_if_requested() is True
    assert seen == ["1", None] and restart.RESTART_MINE_ENV not in os.environ
    monkeypatch.setenv(restart.RESTART_MINE_ENV, "1")  # the new process reads it once
    assert restart.mines_again() is True and restart.mines_again() is False


def _answer(qtbot: Any, text: str) -> None:
    """Press the button `text` of the message box that opens next."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        next(b for b in box.findChildren(QPushButton) if b.text() == text).click()

    QTimer.singleShot(0, press)


@pytest.mark.parametrize("answer, requested", [("Restart Now", ["stats"]), ("Later", [])])
def test_a_new_interface_language_offers_a_restart_on_the_same_view(
        answer, requested, qtbot, ops, collection, monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(restart, "request", lambda view, **_kw: seen.append(view))
    window = open_main_window(qtbot, ops, collection)
    window.show_view("stats")
    window.open_settings()
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None, timeout=10000)
    dialog = window.settings_dialog
    combo = dialog.editors["interface_language"]
    combo.setCurrentIndex(combo.findData("zh_CN"))
    _answer(qtbot, answer)
    dialog.save()
    qtbot.waitUntil(lambda: getattr(window, "restart_box", None) is not None, timeout=10000)
    assert seen == requested and i18n.remembered() == "zh_CN"
    window.undo_stack.undo()  # the old settings back: no second question
    qtbot.wait(100)
    assert seen == requested


RESTARTING = """
import sys
from pathlib import Path
from vocab_app.gui import restart
from vocab_app.gui.app import main
from vocab_app.gui.main_window import MainWindow

out = Path(sys.argv[2])
again = restart.RESTART_VIEW_ENV in __import__("os").environ
original = MainWindow.__init__

def init(self, *args, **kwargs):
    original(self, *args, **kwargs)
    if again:  # the new process: say which view is on screen once restored, then quit
        def report():
            out.write_text(self.current_key)
            QTimer.singleShot(0, QApplication.quit)
        self.ready.connect(lambda: QTimer.singleShot(300, report))
    else:  # the first: a restart on the Stats view, once the collection answered
        self.ready.connect(lambda: (self.show_view("stats"), restart.request("stats")))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
MainWindow.__init__ = init
sys.exit(main(["vocab-app", "--db", sys.argv[1]]))
"""


def test_restart_now_starts_the_app_again_on_the_same_view(tmp_path, collection):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    for name in ("VOCAB_APP_QUIT_AFTER_SHOW", "VOCAB_APP_REPORT_READY", restart.RESTART_VIEW_ENV):
        env.pop(name, None)
    out = tmp_path / "restored.txt"
    first = subprocess.run([sys.executable, "-c", RESTARTING, str(collection), str(out)],
                           env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    deadline = time.monotonic() + 60
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert out.exists(), "the app did not start again"
    time.sleep(0.5)  # the second process quits and releases the collection
    assert out.read_text() == "stats"


# --- gloss styles and term languages are words, sorted and filtered by their codes ------------

STYLE_WORDS = {"en": {"en-zh": "English → Chinese", "zh-en": "Chinese → English",
                      "abbr": "abbreviation", "def": "definition"},
               "zh_CN": {"en-zh": "英→中", "zh-en": "中→英", "abbr": "缩写", "def": "释义"}}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_styles_and_languages_are_words_sorted_and_filtered_by_code(
        language, qapp, qtbot, ops, collection):
    from gui_helpers import call
    from PySide6.QtGui import QPalette

    from vocab_app.gui.detail_pane import detail_html
    from vocab_app.gui.term_model import STYLE_COLUMN

    words = STYLE_WORDS[language]
    assert i18n.install(qapp, language) == language
    try:
        window = open_main_window(qtbot, ops, collection)
        library = window.view("library")
        model = library.model
        qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.is_loading, timeout=10000)
        combo = library.style_combo
        assert [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())] == [
            (words[code], code) for code in ("en-zh", "zh-en", "abbr", "def")]
        # sorted on the code: abbr < def < en-zh < zh-en, whatever the words' order
        model.sort(STYLE_COLUMN, Qt.SortOrder.AscendingOrder)
        qtbot.waitUntil(lambda: not model.is_loading, timeout=10000)
        shown = [model.data(model.index(r, STYLE_COLUMN)) for r in range(model.rowCount())]
        codes = {word: code for code, word in words.items()}
        assert set(shown) - {""} <= set(words.values())  # "": a page not loaded yet
        assert len(set(shown) - {""}) > 1
        order = [codes[w] for w in shown if w]
        assert order == sorted(order)
        combo.setCurrentIndex(combo.findData("abbr"))
        qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0
                        and {model.data(model.index(r, STYLE_COLUMN))
                             for r in range(model.rowCount())} <= {"", words["abbr"]},
                        timeout=10000)
        term_id = model.row_data(0).id
        detail = call(qtbot, ops, lambda lib: lib.term_detail(term_id))
        page = detail_html(detail, QPalette())
        assert words["abbr"] in page and ">abbr<" not in page
        assert ("English" if language == "en" else "英语") in page
    finally:
        assert i18n.install(qapp, "en") == "en"


def test_the_mine_preview_shows_style_words_and_sorts_on_codes(chinese, qtbot, shell_empty):
    from vocab_app.gui import candidate_model as cm
    from vocab_app.gui.mine_view import MineView
    from vocab_app.paths import seed_files

    _path, ops = shell_empty
    view = MineView(ops)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.mined, timeout=120000):
        view.mine(seed_files()[:1])
    model = view.model
    shown = {model.data(model.index(r, cm.STYLE)) for r in range(model.rowCount())}
    keys = {model.data(model.index(r, cm.STYLE), Qt.ItemDataRole.UserRole)
            for r in range(model.rowCount())}
    assert len(shown) > 1 and shown <= set(STYLE_WORDS["zh_CN"].values())
    assert keys <= set(STYLE_WORDS["zh_CN"])  # the sort key is the code
    header = view.table.horizontalHeader()
    assert header.sectionSize(cm.STYLE) >= view.table.fontMetrics().horizontalAdvance("中→英")
