"""Every user-visible string in gui/ goes through Qt's translation (tr / translate): a source
scan of the calls that put text on screen. A string literal (or an f-string) handed straight to
setText, setWindowTitle, QAction, QLabel, QPushButton, addAction, setToolTip, QMessageBox… is
English on every system, so the scan fails on it, naming file and line."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[2] / "vocab_app" / "gui"

#: Calls whose string arguments are shown to the user.
SINKS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setTitle", "setHeaderLabels", "setLabelText", "setWhatsThis", "setTabText", "addTab",
    "addAction", "addMenu", "addItem", "addItems", "addRow", "addButton", "showMessage",
    "setSpecialValueText", "setSuffix", "setPrefix", "setInformativeText",
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QToolButton", "QMenu", "add_action", "information", "warning", "critical", "question",
    "QMessageBox", "getOpenFileNames", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory", "QProgressDialog",
    # rich text, painted text, status lines and signals that carry them, undo-step texts
    # (OpCommand.__init__(ops, stack, text, …))
    "setHtml", "drawText", "show_status", "emit", "__init__",
}
#: Strings that are the same in every language: the app's name, key sequences ("Ctrl+E").
NEUTRAL = {"vocab_app"}
KEYS = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+)*(\w|F\d+|Up|Down|Left|Right|Space|,)$")
#: Markup around the words of rich text: tags (whole, or cut by an f-string's {field}) and
#: entities; "<p style='color:" holds no words.
MARKUP = re.compile(r"<[^<>]*>?|^[^<>]*>|&#?\w+;")
#: Objects whose calls are not on screen (log.warning(...)).
LOGGERS = {"log", "logging", "logger"}


def _is_text(value: str) -> bool:
    value = MARKUP.sub("", value)
    key = value.strip().strip("()")  # "  (T)": a key named after a link
    return any(c.isalpha() for c in value) and value not in NEUTRAL and not KEYS.match(key)


def _literal_text(node: ast.AST) -> bool:
    """True when `node` is a literal with words in it: a str constant, an f-string with words,
    or a + / % / join of those."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _is_text(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and _is_text(str(v.value)) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) or _literal_text(node.orelse)
    return False


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated(source: str, filename: str) -> list[str]:
    """"file:line: call(...)" for each literal text passed to a sink in `source`."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or _name(node.func) not in SINKS:
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and func.value.id in LOGGERS:
            continue
        args = [*node.args, *(k.value for k in node.keywords)]
        for arg in args:
            if _literal_text(arg):
                found.append(f"{filename}:{arg.lineno}: {_name(node.func)}("
                             f"{ast.unparse(arg)[:60]})")
    return found


#: Modules whose strings are not wrapped yet (issue 16 is being done file by file). The list
#: only shrinks: a module on it that has become clean fails the test until it is taken off.
NOT_YET: set[str] = set()


def test_every_gui_string_on_screen_is_translated():
    problems, clean_but_listed = [], []
    for path in sorted(GUI.glob("*.py")):
        found = untranslated(path.read_text(encoding="utf-8"), path.name)
        if path.name in NOT_YET:
            if not found:
                clean_but_listed.append(path.name)
            continue
        problems += found
    assert problems == [], "wrap these in self.tr() / QCoreApplication.translate():\n" + \
        "\n".join(problems)
    assert clean_but_listed == [], "take these off NOT_YET"


PLANTED = '''
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

class Planted(QWidget):
    def __init__(self, n):
        super().__init__()
        self.ok = QPushButton(self.tr("&Export"))
        self.bad = QPushButton("&Export")
        self.label = QLabel()
        self.label.setText(f"{n} terms found")
        self.label.setToolTip(self.tr("%n term(s)", "", n))
        self.setWindowTitle("Export " + str(n))
        QMessageBox.warning(self, "vocab_app", self.tr("Nothing to export."))
        QMessageBox.warning(self, "vocab_app", "Nothing to export.")
        self.pane.setHtml(f"<p style='color:{n}'>{self.tr('Nothing here')}</p>")
        self.pane.setHtml(f"<p style='color:{n}'>Nothing here</p>")
        self.status.emit("Saved.")
'''


@pytest.mark.parametrize("line, call", [(8, "QPushButton('&Export')"),
                                        (10, "setText(f'{n} terms found')"),
                                        (12, "setWindowTitle('Export ' + str(n))"),
                                        (14, "warning('Nothing to export.')"),
                                        (16, "setHtml(f\"<p style='color:{n}'>Nothing here</p>\")"),
                                        (17, "emit('Saved.')")])
def test_the_scan_flags_a_planted_untranslated_string(line, call):
    found = untranslated(PLANTED, "planted.py")
    assert len(found) == 6
    assert f"planted.py:{line}: {call}" in found


def plain_headers(source: str, filename: str) -> list[str]:
    """"file:line: NAME" for each module-level table of column headers (`HEADERS`, `COLUMNS`,
    `*_HEADERS`) holding a plain text literal: a model's headerData returns those as they
    are, so each must be marked (QT_TRANSLATE_NOOP) and translated where it is shown."""
    found = []
    for node in ast.parse(source, filename).body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if not any(n in ("HEADERS", "COLUMNS") or n.endswith("_HEADERS") for n in names):
            continue
        for item in ast.walk(node.value) if node.value is not None else ():
            if isinstance(item, (ast.Tuple, ast.List)):
                for element in item.elts:
                    if isinstance(element, ast.Constant) and isinstance(element.value, str) \
                            and _is_text(element.value) and item is node.value:
                        found.append(f"{filename}:{element.lineno}: {names[0]} "
                                     f"{element.value!r}")
    return found


def test_column_headers_are_marked_for_translation():
    problems = [p for path in sorted(GUI.glob("*.py"))
                for p in plain_headers(path.read_text(encoding="utf-8"), path.name)]
    assert problems == [], "mark these with QT_TRANSLATE_NOOP and translate them when shown:\n" \
        + "\n".join(problems)
    assert plain_headers('HEADERS = ("#", "Term")\n', "planted.py") == [
        "planted.py:1: HEADERS 'Term'"]
