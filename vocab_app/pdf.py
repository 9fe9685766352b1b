"""HTML to PDF with Qt's text engine (QtGui only, no widgets): the one place outside gui/ that
uses Qt, imported only when a PDF is asked for, so mining, review and the other exports run
without Qt.

It draws on the running Qt application, or on an offscreen QGuiApplication it creates when
there is none (the CLI). Called from a thread Qt did not start (the GUI's export worker), it
draws on a short-lived QThread instead: Qt's text engine starts timers (the per-thread font
cache) that need the event dispatcher such a thread lacks.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QThread
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from vocab_app.errors import ExportError
from vocab_app.export.files import replace, temp_path

_app: QGuiApplication | None = None  # the offscreen application this module made, kept alive
_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def write_pdf(html_text: str, out_path: str | os.PathLike[str], *, title: str,
              page: str = "A4", margin_mm: float = 15) -> None:
    """Render `html_text` on `page` paper (A4 or Letter) with `margin_mm` margins into
    `out_path`, atomically: on failure ExportError and no partial file; an existing file is
    replaced only by a complete one."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        app = _app = QGuiApplication(["vocab", "-platform", "offscreen"])
    if QThread.currentThread() is app.thread():
        _render(html_text, Path(out_path), title, page, margin_mm)
    else:
        _on_qt_thread(lambda: _render(html_text, Path(out_path), title, page, margin_mm))


class _Job(QThread):
    def __init__(self, job: Callable[[], None]) -> None:
        super().__init__()
        self._job = job
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._job()
        except BaseException as exc:  # noqa: BLE001 - re-raised on the calling thread
            self.error = exc


def _on_qt_thread(job: Callable[[], None]) -> None:
    thread = _Job(job)
    thread.start()
    thread.wait()
    if thread.error is not None:
        raise thread.error


def _render(html_text: str, out: Path, title: str, page: str, margin_mm: float) -> None:
    with temp_path(out) as part:
        writer = QPdfWriter(str(part))
        writer.setTitle(title)
        writer.setCreator("vocab_app")
        writer.setResolution(300)
        margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
        writer.setPageLayout(QPageLayout(QPageSize(_SIZES[page]), QPageLayout.Orientation.Portrait,
                                         margins, QPageLayout.Unit.Millimeter))
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setHtml(html_text)
        doc.print_(writer)
        del writer  # finishes the file
        if not part.exists() or part.stat().st_size == 0:
            raise ExportError(f"The PDF {out} could not be written.")
        replace(part, out)
