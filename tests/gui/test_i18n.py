"""The interface speaks the user's language: the catalogues are built by the set-up, the zh_CN
one translates every message (placeholders and %n kept), starting under LANG=zh_CN.UTF-8 shows
the menus in Chinese and under LANG=en_US.UTF-8 in English, and the "interface language"
setting overrides the system's."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import open_main_window
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from vocab_app.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "vocab_app" / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")


def test_the_set_up_built_every_catalogue_from_its_source():
    for ts in sorted(I18N.glob("vocab_app_*.ts")):
        qm = ts.with_suffix(".qm")
        assert qm.is_file() and qm.stat().st_size > 0, f"{qm.name} was not built"
    assert i18n.catalogue_path("zh_CN").is_file()


def test_every_message_of_the_zh_cn_catalogue_is_translated_with_its_placeholders():
    root = ET.parse(I18N / "vocab_app_zh_CN.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 50
    problems = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = ([f.text or "" for f in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or \
                not all(f.strip() for f in forms):
            problems.append(f"untranslated: {source!r}")
            continue
        for form in forms:
            want = sorted(p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(source))
            got = sorted(p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(form))
            if want != got:
                problems.append(f"placeholders differ: {source!r} → {form!r}")
        if re.search(r"%L?n", source) and message.get("numerus") != "yes":
            problems.append(f"a count without plural forms: {source!r}")
        if "&" in source.replace("&&", "") and "&" not in forms[0]:
            problems.append(f"accelerator lost: {source!r} → {forms[0]!r}")
    assert problems == []


def _marked_strings() -> set[tuple[str, str]]:
    """(context, text) of every literal gui/ hands to self.tr (context: the class),
    translate(context, text) or QT_TRANSLATE_NOOP(context, text)."""
    import ast

    found = set()
    for path in sorted((ROOT / "vocab_app" / "gui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for call in [n for n in ast.walk(cls) if isinstance(n, ast.Call)]:
                f = call.func
                if isinstance(f, ast.Attribute) and f.attr == "tr" and call.args and \
                        isinstance(call.args[0], ast.Constant):
                    found.add((cls.name, call.args[0].value))
        for call in [n for n in ast.walk(tree) if isinstance(n, ast.Call)]:
            f = call.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(call.args) >= 2 and \
                    all(isinstance(a, ast.Constant) for a in call.args[:2]):
                found.add((call.args[0].value, call.args[1].value))
    return found


def test_the_catalogue_holds_every_string_the_code_translates():
    """pyside6-lupdate skips some calls (a translate() whose count is not a plain name): each
    marked string must be in the catalogue under its context, or it would stay English."""
    root = ET.parse(I18N / "vocab_app_zh_CN.ts").getroot()
    held = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context")
            for m in c.iter("message")}
    assert len(_marked_strings()) > 100
    assert sorted(_marked_strings() - held) == []


def _menus_under(lang: str, db: Path) -> list[str]:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "from vocab_app.gui import i18n\n"
        "print(i18n.install(app, i18n.remembered()))\n"
        "from vocab_app.gui.app import open_collection\n"
        "from vocab_app.gui.main_window import MainWindow\n"
        "from vocab_app.gui.ops import Ops\n"
        "ops = Ops(lambda: open_collection(Path(sys.argv[1])))\n"
        "window = MainWindow(ops, Path(sys.argv[1]))\n"
        "print('|'.join(a.text() for a in window.menuBar().actions()))\n"
        "print(window.sidebar.item(0).text())\n"
        "ops.shutdown()\n")
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(LANG=lang, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True,
                         text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


@pytest.mark.parametrize("lang, language, menus, library", [
    ("zh_CN.UTF-8", "zh_CN", "文件(&F)|编辑(&E)|视图(&V)|帮助(&H)", "词库"),
    ("en_US.UTF-8", "en", "&File|&Edit|&View|&Help", "Library"),
])
def test_the_system_language_chooses_the_menus(lang, language, menus, library, tmp_path):
    assert _menus_under(lang, tmp_path / "c.sqlite") == [language, menus, library]


@pytest.fixture
def chinese(qapp: QApplication) -> Any:
    """The interface in Simplified Chinese by the setting (whatever LANG says), English after."""
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    assert QLocale().toString(12345) == "12,345"
    yield
    assert i18n.install(qapp, "en") == "en"  # as tests/gui/conftest.py set it


def test_the_setting_puts_the_window_in_chinese(chinese, qtbot, ops, collection):
    window = open_main_window(qtbot, ops, collection)
    assert [a.text() for a in window.menuBar().actions()] == [
        "文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "导出(&E)…" in [a.text() for a in file_menu.actions()]
    qtbot.waitUntil(lambda: "今日到期" in window.due_label.text(), timeout=10000)
    library = window.view("library")
    headers = [library.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(library.model.columnCount())]
    assert headers[:3] == ["术语", "释义", "拼音"]


def test_a_missing_catalogue_leaves_english_and_says_so_once(qapp, monkeypatch, tmp_path,
                                                              caplog):
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: tmp_path / "none.qm")
    try:
        assert i18n.install(qapp, "zh_CN") == "en"
    finally:
        monkeypatch.undo()
        assert i18n.install(qapp, "en") == "en"
    lines = [r for r in caplog.records if "catalogue" in r.getMessage()]
    assert len(lines) == 1 and "English" in lines[0].getMessage()


def _collection_language(qtbot: Any, ops: Any, choice: str) -> None:
    """`vocab config interface_language <choice>`, or another user's window, set it."""
    import dataclasses

    from gui_helpers import call

    call(qtbot, ops, lambda lib: lib.save_settings(
        dataclasses.replace(lib.settings, interface_language=choice)))


@pytest.mark.parametrize("answer, requested", [("Restart Now", [("library", True)]),
                                               ("Later", [])])
def test_a_language_set_in_the_collection_offers_the_restart_at_start(
        answer, requested, qtbot, ops, collection, monkeypatch):
    """The collection says zh_CN, the window speaks English: the choice is kept per user for
    the next start, the status line says so, and the restart the Settings dialog offers is
    offered (not waited for), naming the language in its own words; Restart Now restarts on
    the view on screen and mines the command line's files again (nothing of them was kept)."""
    from vocab_app.gui import restart

    seen: list[tuple[str, bool]] = []
    monkeypatch.setattr(restart, "request",
                        lambda view, mine_again=False: seen.append((view, mine_again)))
    _collection_language(qtbot, ops, "zh_CN")
    assert i18n.remembered() == "system" and i18n.current() == "en"
    window = open_main_window(qtbot, ops, collection)
    qtbot.waitUntil(lambda: getattr(window, "restart_box", None) is not None, timeout=10000)
    box = window.restart_box
    assert i18n.remembered() == "zh_CN"
    assert "next time the app starts" in window.statusBar().currentMessage()
    assert box.isVisible() and "简体中文" in box.text() and "Restart now" in box.text()
    next(b for b in box.buttons() if b.text() == answer).click()
    assert seen == requested


def test_a_collection_in_the_window_language_asks_nothing(qtbot, ops, collection):
    """The collection says English, the window (LANG=C) speaks English: the choice is kept,
    nothing is said or asked."""
    _collection_language(qtbot, ops, "en")
    window = open_main_window(qtbot, ops, collection)
    qtbot.waitUntil(lambda: i18n.remembered() == "en", timeout=10000)
    qtbot.wait(100)
    assert getattr(window, "restart_box", None) is None
    assert "next time" not in window.statusBar().currentMessage()


def test_the_language_a_choice_speaks(monkeypatch, tmp_path):
    assert (i18n.speaks("zh_CN"), i18n.speaks("en"), i18n.current()) == ("zh_CN", "en", "en")
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: tmp_path / "none.qm")
    assert i18n.speaks("zh_CN") == "en"  # install would stay in English: no restart offered


def test_the_mine_hints_name_the_readable_files_in_chinese(chinese, qtbot, ops):
    from vocab_app.gui.first_run import WelcomePage
    from vocab_app.gui.mine_view import MineView

    view = MineView(ops)
    qtbot.addWidget(view)
    assert view.intro.text().startswith("打开或拖入讲稿、文章、笔记或字幕（.txt .md .rst .html")
    welcome = WelcomePage(ops)
    qtbot.addWidget(welcome)
    texts = " ".join(label.text() for label in welcome.findChildren(QLabel))
    assert "或者打开你自己的讲稿、笔记或字幕（.txt .md .rst" in texts and "{" not in texts
