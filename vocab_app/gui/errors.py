"""The one function that shows an error to the user (after Anki's aqt/errors.py).

A VocabError is shown as its one clear sentence; anything else is a bug: logged with its
traceback and shown as a short apology naming the log file.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vocab_app.errors import Cancelled, VocabError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The sentence shown for `exc`."""
    if isinstance(exc, VocabError):
        return str(exc)
    return QCoreApplication.translate(
        "Errors", "Something went wrong inside vocab_app ({error}). Details are in the log."
    ).format(error=f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show `exc` in a message box (nothing for a user's Cancel); bugs are logged with traceback."""
    if isinstance(exc, Cancelled):
        return
    if not isinstance(exc, VocabError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(QMessageBox.Icon.Warning, "vocab_app", error_text(exc), parent=parent)
    box.setTextFormat(box.textFormat().PlainText)
    box.open()
