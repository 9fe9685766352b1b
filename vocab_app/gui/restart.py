"""Restarting the app in place, for a change of interface language.

The texts of every widget are made once, in the language installed at start (gui/i18n.py), so
a new interface language needs a new process. After the Settings dialog stored one, the window
asks "Restart now?"; yes calls `request(view)`, which quits the event loop. `main()` (gui/app.py)
then closes the collection and its lock as on any quit and calls `relaunch_if_requested()`: the
same command line again (`command()`: the interpreter with its original arguments, or the
bundle's executable), detached, with the view on screen in VOCAB_APP_RESTART_VIEW. The new
process reads it with `restored_view()`: it shows that view once the collection answered and
does not mine the files of the command line again (the first process did), unless the restart
was asked for at start-up (`mines_again()`: nothing of that mining was kept yet).

At start-up the window offers the same restart when the collection's interface language is
not the one the window speaks (`offer_at_start`, MainWindow: set by `vocab config` or in
another window); the question then names that language in its own words.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

RESTART_VIEW_ENV = "VOCAB_APP_RESTART_VIEW"
RESTART_MINE_ENV = "VOCAB_APP_RESTART_MINE"  # "1": mine the command line's files again
_requested: list[str] = []
_mine_again: list[bool] = []


def offer(parent: QWidget, view: str) -> QMessageBox:
    """Ask "Restart now to switch language?" (modal); Restart Now requests a restart on
    `view`. Returns the box (answered)."""
    translate = QCoreApplication.translate
    box = _question(parent, translate("Restart", "Restart now to switch language?"), view,
                    mine_again=False)
    box.exec()
    return box


def offer_at_start(parent: QWidget, view: str, language: str) -> QMessageBox:
    """At start-up, the collection's interface language `language` ("zh_CN") is not the one
    the window speaks: ask whether to restart in it (window-modal, not waited for: the
    window's start goes on). Returns the box (open)."""
    translate = QCoreApplication.translate
    from vocab_app.gui.i18n import OWN_NAMES

    question = translate("Restart", "This collection's interface language is {language}. "
                         "Restart now to switch to it?").format(
                             language=OWN_NAMES.get(language, language))
    box = _question(parent, question, view, mine_again=True)
    box.open()
    return box


def _question(parent: QWidget, text: str, view: str, *, mine_again: bool) -> QMessageBox:
    """The restart question: Restart Now (the default) requests a restart on `view`."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("Restart", "Interface language"),
                      text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate(
        "Restart", "The window closes and opens again on this view in the new language. "
        "Otherwise the new language is used the next time the app starts."))
    now = box.addButton(translate("Restart", "Restart Now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Restart", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.buttonClicked.connect(
        lambda button: request(view, mine_again=mine_again) if button is now else None)
    return box


def request(view: str, *, mine_again: bool = False) -> None:
    """Quit now and start again on `view` (the key of a main-window view); `mine_again`: the
    new process mines the files of the command line again."""
    _requested[:] = [view]
    _mine_again[:] = [mine_again]
    QCoreApplication.quit()


def requested() -> str | None:
    """The view a restart was requested on, or None."""
    return _requested[0] if _requested else None


def command() -> tuple[str, list[str]]:
    """The program and arguments that started this process: `sys.orig_argv` keeps the
    interpreter's own options (`-m vocab_app.gui`, `-X …`) and the script or bundle path."""
    argv = list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])
    return sys.executable, argv[1:]


def relaunch_if_requested() -> bool:
    """After the event loop ended and the collection's lock is released: start the app again
    when a restart was requested; whether it was started."""
    view = requested()
    if view is None:
        return False
    mine_again = bool(_mine_again and _mine_again[0])
    _requested.clear()
    _mine_again.clear()
    program, args = command()
    os.environ[RESTART_VIEW_ENV] = view  # the detached process inherits the environment
    if mine_again:
        os.environ[RESTART_MINE_ENV] = "1"
    try:
        started = QProcess.startDetached(program, args)
    finally:
        os.environ.pop(RESTART_VIEW_ENV, None)
        os.environ.pop(RESTART_MINE_ENV, None)
    ok = bool(started[0] if isinstance(started, tuple) else started)
    log.info("restart on %s: %s %s (%s)", view, program, args, "started" if ok else "failed")
    return ok


def restored_view() -> str | None:
    """In a process started by `relaunch_if_requested`: the view to show again (read once)."""
    return os.environ.pop(RESTART_VIEW_ENV, None) or None


def mines_again() -> bool:
    """In a process started by `relaunch_if_requested`: whether the files of the command line
    are mined again (a restart asked for at start-up; read once)."""
    return os.environ.pop(RESTART_MINE_ENV, None) == "1"
