"""The main window's menus (File, Edit with the undo history, View, Help) and the two boxes the
Help menu opens: the keyboard shortcuts and About."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from vocab_app.gui.actions import add_action
from vocab_app.gui.undo import undo_actions

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Slots:
    """What the window's menu items do."""

    open_files: Callable[[], object]
    mine_samples: Callable[[], object]
    open_export: Callable[[], object]
    open_lists: Callable[[], object]
    restore_backup: Callable[[], object]
    quit: Callable[[], object]
    find: Callable[[], object]
    settings: Callable[[], object]
    show_view: Callable[[str], None]
    shortcuts: Callable[[], object]
    about: Callable[[], object]


@dataclass(frozen=True)
class MenuActions:
    """The actions of the menu bar the window and its tests reach."""

    open: QAction
    samples: QAction
    export: QAction
    lists: QAction
    restore: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    settings: QAction
    views: dict[str, QAction]


def build_menus(window: QMainWindow, undo_stack: QUndoStack, slots: Slots,
                views: Sequence[tuple[str, str, str]]) -> MenuActions:
    """Fill the window's menu bar; `views` are (key, title, shortcut) in sidebar order.

    Edit → Undo/Redo name the step they take back or do again ("Undo Delete 3 terms")."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    open_ = add_action(window, translate("MainWindow", "&Open files…"),
                       slots.open_files, QKeySequence.StandardKey.Open,
                       menu=file_menu)
    samples = add_action(window, translate("MainWindow", "Import &samples"),
                         slots.mine_samples, menu=file_menu)
    export = add_action(window, translate("MainWindow", "&Export…"),
                        slots.open_export, "Ctrl+E", menu=file_menu)
    lists = add_action(window, translate("MainWindow", "Term &lists…"),
                       slots.open_lists, "Ctrl+L", menu=file_menu)
    file_menu.addSeparator()
    restore = add_action(window, translate("MainWindow", "&Restore from backup…"),
                         slots.restore_backup, menu=file_menu)
    file_menu.addSeparator()
    quit_ = add_action(window, translate("MainWindow", "&Quit"),
                       slots.quit, QKeySequence.StandardKey.Quit,
                       menu=file_menu)
    quit_.setMenuRole(QAction.MenuRole.QuitRole)

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    undo, redo = undo_actions(window, undo_stack)
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    # Views own their Ctrl+F (it focuses their own search box); the menu item only shows
    # the key, so the two shortcuts are never ambiguous.
    find = add_action(window, translate("MainWindow", "&Find\tCtrl+F"), slots.find, menu=edit_menu)
    edit_menu.addSeparator()
    settings = add_action(window, translate("MainWindow", "&Settings…"),
                          slots.settings, "Ctrl+,", menu=edit_menu)
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_actions = {key: add_action(window, title, lambda _c=False, k=key: slots.show_view(k),
                                    shortcut, menu=view_menu)
                    for key, title, shortcut in views}

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    add_action(window, translate("MainWindow", "&Keyboard shortcuts"), slots.shortcuts,
               QKeySequence.StandardKey.HelpContents, menu=help_menu)
    about = add_action(window, translate("MainWindow", "&About vocab_app"),
                       slots.about, menu=help_menu)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    return MenuActions(open_, samples, export, lists, restore, quit_, undo, redo, find, settings,
                       view_actions)


def show_shortcuts(parent: QWidget) -> QWidget:
    """Every keyboard shortcut of `parent` and its views, in a table (gui/shortcuts_dialog.py);
    returns the dialog (open, not modal to the app)."""
    from vocab_app.gui.shortcuts_dialog import ShortcutsDialog, shortcut_rows

    dialog = ShortcutsDialog(shortcut_rows([parent]), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_about(parent: QWidget, db_path: Path | None) -> None:
    """Version and what the app does."""
    from vocab_app import __version__

    text = translate(
        "MainWindow",
        "vocab_app {version}\n\n"
        "Mine the terms bilingual transcripts and articles gloss, review them with "
        "SM-2 spaced repetition and export them to Anki.\n\n"
        "Collection: {collection}\n"
        "Chinese font: Noto Sans CJK SC (SIL Open Font License) when bundled.").format(
        version=__version__,
        collection=db_path or translate("MainWindow", "default"))
    box = QMessageBox(QMessageBox.Icon.Information,
                      translate("MainWindow", "About vocab_app"), text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.open()
