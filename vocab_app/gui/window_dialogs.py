"""The main window's dialogs and side windows (`WindowDialogs`, mixed into MainWindow): Help →
Keyboard shortcuts, File → Export, Edit → Settings, File → Term lists and File → Restore from
backup, and the restart offered for a new interface language (after Settings, or at start-up
when the collection's language is not the window's). Each is built on first use; the window
keeps the undo history and the status bar they report to."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from vocab_app.gui import window_menus
from vocab_app.gui.errors import error_text
from vocab_app.gui.ops import Ops
from vocab_app.gui.view import VIEWS

if TYPE_CHECKING:
    from vocab_app.services.settings import Settings

translate = QCoreApplication.translate


class WindowDialogs:
    """The dialogs of the main window (a mixin of MainWindow, which provides what is declared
    here)."""

    ops: Ops
    db_path: Path | None
    undo_stack: QUndoStack
    _lists_dialog: QWidget | None
    _current: str  # the key of the view on screen ("" before one is shown)

    if TYPE_CHECKING:  # MainWindow's own
        def show_status(self, message: str) -> None: ...
        def view(self, key: str) -> object: ...
        def check_empty(self) -> None: ...
        def refresh_due_counts(self) -> None: ...

    def _window(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def show_shortcuts(self) -> QWidget:
        """Help → Keyboard shortcuts, with every view's keys (views not built yet are built)."""
        for spec in VIEWS:
            self.view(spec.key)
        return window_menus.show_shortcuts(self._window())

    @Slot()
    def open_export(self) -> None:
        """Open the export dialog."""
        from vocab_app.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.ops, self._window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda report: self.show_status(dialog.success_text(report)))
        dialog.open()

    @Slot()
    def open_settings(self) -> None:
        """Open the Settings dialog (gui/settings_dialog.py) on the collection's settings."""
        from vocab_app.gui.settings_dialog import SettingsDialog

        def show(settings: Settings) -> None:
            dialog = SettingsDialog(self.ops, self.undo_stack, settings, self._window(),
                                    say=self.show_status, on_language=self.offer_restart)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.settings_dialog = dialog

        self.ops.run(lambda lib: lib.settings, on_done=show,
                     on_error=lambda exc: self.show_status(error_text(exc)))

    def offer_restart(self) -> None:
        """After the interface language changed: restart now on this view, or later."""
        from vocab_app.gui import restart

        self.restart_box = restart.offer(self._window(), self._current or "library")

    def check_interface_language(self, choice: str) -> None:
        """At start, once the collection answered: its interface language `choice` (set by
        `vocab config`, or in a window of another user) becomes this user's for the next start
        (gui/i18n.py: the texts are made before the collection answers). When that is not the
        language the window speaks, the window says so and offers to restart in it now, as
        the Settings dialog does."""
        from vocab_app.gui import i18n, restart

        if choice != i18n.remembered():
            i18n.remember(choice)
        language = i18n.speaks(choice)
        if language == i18n.current():
            return
        self.show_status(translate("MainWindow", "The interface language changes the next "
                                   "time the app starts."))
        self.restart_box = restart.offer_at_start(self._window(), self._current or "library",
                                                  language)

    @Slot()
    def open_lists(self) -> QWidget:
        """Show the (non-modal) term lists window, on the window's undo history; returns it."""
        if self._lists_dialog is None:
            from vocab_app.gui.lists_dialog import ListsDialog

            dialog = ListsDialog(self.ops, self._window(), undo_stack=self.undo_stack)
            dialog.status_message.connect(self.show_status)
            self._lists_dialog = dialog
        self._lists_dialog.show()
        self._lists_dialog.raise_()
        self._lists_dialog.activateWindow()
        return self._lists_dialog

    @Slot()
    def open_restore(self) -> QWidget:
        """File → Restore from backup…: the backups dialog (gui/restore_dialog.py)."""
        from vocab_app.gui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ops, self.db_path, self._window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._on_restored)
        dialog.show()
        return dialog

    def _on_restored(self, kept: Path) -> None:
        """Another file is the collection now: undo steps refer to the old one; every view has
        reloaded (Ops announced that everything changed)."""
        self.undo_stack.clear()
        self.check_empty()
        self.refresh_due_counts()
        self.show_status(translate("MainWindow", "Backup restored; the collection as it was "
                                   "is kept as {name}.").format(name=kept.name))
