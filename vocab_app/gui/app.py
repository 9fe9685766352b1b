"""`vocab-app` / `vocab gui`: start the desktop app on one collection.

`main()` parses `--db PATH`, logs to a file in the platform's log folder, installs the CJK font
fallback, palette and icon, refuses a second window on the same collection (a QLockFile next to
the collection file), and shows the main window. PySide6 is imported inside `main()` only;
nothing heavy (jieba, genanki, the miner) is imported before it is used.

Environment (start-up tests and benchmarks): VOCAB_APP_REPORT_READY=1 prints
`vocab_app: ready <unix time>` to stdout once the window is shown and the collection answered;
VOCAB_APP_QUIT_AFTER_SHOW=1 does the same and quits.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from vocab_app.services.library import Library

QUIT_AFTER_SHOW_ENV = "VOCAB_APP_QUIT_AFTER_SHOW"
REPORT_READY_ENV = "VOCAB_APP_REPORT_READY"
ALREADY_OPEN = "This collection is already open in another vocab_app window."
ORGANIZATION = "vocab_app"
APPLICATION = "vocab_app"

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The desktop app's options (argv without the program name)."""
    parser = argparse.ArgumentParser(prog="vocab-app", description="The vocab_app desktop app.")
    parser.add_argument("--db", metavar="PATH",
                        help="collection file (default: collection.sqlite in the data dir)")
    parser.add_argument("files", nargs="*", help="files to mine on start")
    return parser.parse_args(list(argv))


def log_file() -> Path:
    """Where the app writes its log (the platform's log folder, created on demand)."""
    from platformdirs import user_log_path

    from vocab_app import paths

    folder = user_log_path(paths.APP_NAME, paths.APP_AUTHOR)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "vocab_app.log"


def setup_logging() -> Path | None:
    """Log INFO and above to the log file (bugs with tracebacks); None if it cannot be written."""
    try:
        path = log_file()
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def lock_path(db_path: Path) -> Path:
    """The lock file that marks a collection as open in a window."""
    return db_path.with_name(db_path.name + ".lock")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; returns the exit code (1 when the collection is open elsewhere)."""
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    from vocab_app import paths

    db_path = Path(args.db).expanduser().resolve() if args.db else paths.default_db_path()
    setup_logging()
    log.info("starting on %s", db_path)

    from PySide6.QtCore import QCoreApplication, QLockFile, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    existing = QApplication.instance()
    app = (existing if isinstance(existing, QApplication)
           else QApplication(argv[:1] or ["vocab-app"]))
    app.setDesktopFileName("vocab_app")  # packaging/linux/vocab_app.desktop
    app.setWindowIcon(_app_icon())
    quit_after_show = os.environ.get(QUIT_AFTER_SHOW_ENV) == "1"

    from vocab_app.gui import fonts, i18n, restart, theme

    language = i18n.install(app, i18n.remembered())
    log.info("interface language: %s", language)
    fonts.install_app_font(app)
    theme.apply_theme(app)

    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old it is
    restored_view = restart.restored_view()  # a restart (gui/restart.py): its view, no mining
    mine_again = restart.mines_again()  # … unless it was asked for at start-up
    if not lock.tryLock(5000 if restored_view else 100):
        print(f"vocab-app: {ALREADY_OPEN} ({db_path})", file=sys.stderr)
        log.info("refused: %s is locked", db_path)
        already = QCoreApplication.translate(
            "app", "This collection is already open in another vocab_app window.")
        box = QMessageBox(QMessageBox.Icon.Warning, "vocab_app", f"{already}\n\n{db_path}")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if quit_after_show:
            QTimer.singleShot(0, box.accept)
        box.exec()
        return 1

    from vocab_app.gui.main_window import MainWindow
    from vocab_app.gui.ops import Ops
    from vocab_app.gui.view import VIEWS

    ops = Ops(lambda: open_collection(db_path))
    window = MainWindow(ops, db_path)
    app.aboutToQuit.connect(window.save_geometry)
    if quit_after_show or os.environ.get(REPORT_READY_ENV) == "1":
        def report_ready() -> None:
            print(f"vocab_app: ready {time.time():.6f}", flush=True)
            if quit_after_show:
                app.quit()

        window.ready.connect(lambda: QTimer.singleShot(0, report_ready))
    if restored_view in {spec.key for spec in VIEWS}:
        window.ready.connect(lambda: window.show_view(restored_view))
    from vocab_app.gui.reader_warm import warm_when_idle

    window.ready.connect(lambda: warm_when_idle(ops))  # the Reader's term index, ahead
    window.show()
    if args.files and (not restored_view or mine_again):
        window.mine_paths(args.files)
    try:
        return int(app.exec())
    finally:
        ops.cancel_all()
        ops.run(lambda lib: lib.backup_if_due(), on_error=lambda exc: log.warning(
            "no backup: %s", exc))  # runs on the worker before shutdown closes the file
        ops.shutdown()
        lock.unlock()
        log.info("closed %s", db_path)
        restart.relaunch_if_requested()  # after the lock is free: the new process takes it


def open_collection(db_path: Path) -> Library:
    """The window's collection: a read-only or damaged file is opened read-only, to show what
    it holds (the window then says why, see MainWindow); other failures raise StoreError."""
    from vocab_app.services.library import Library

    return Library.open(db_path, reading=True)


def _app_icon() -> QIcon:
    """The window icon from the PNG sizes rendered into resources/icons/ (no SVG parse at start)."""
    from PySide6.QtGui import QIcon, QPixmap

    from vocab_app import paths

    icon = QIcon()
    pngs = [p for p in paths.resource("icons").iterdir() if p.name.startswith("vocab_app_")
            and p.name.endswith(".png")]
    for png in sorted(pngs, key=lambda p: p.name):
        pixmap = QPixmap()
        pixmap.loadFromData(png.read_bytes(), "PNG")
        icon.addPixmap(pixmap)
    return icon
