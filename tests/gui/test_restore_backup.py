"""Issue 12, case 3: File → Restore from backup… lists the collection's backups, puts the chosen
one back after a confirmation, off the GUI thread, and the window shows the restored collection;
the collection as it was is kept among the backups, so the restore can itself be undone."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import NOW, count, make_ops, open_main_window
from PySide6.QtWidgets import QMessageBox

from vocab_app.gui.restore_dialog import RestoreDialog
from vocab_app.paths import seed_files
from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library


def test_restore_from_backup_through_the_file_menu(qtbot, tmp_path: Path):
    path = tmp_path / "collection.sqlite"
    first, second = seed_files()[:2]
    with Library.open(path, clock=FixedClock(NOW)) as lib:
        lib.import_files([first])
        made = lib.backup_if_due()
        assert made is not None
    old_terms = count(path, "terms")
    with Library.open(path, clock=FixedClock(NOW)) as lib:  # the change after the backup
        assert lib.import_files([second]).new_terms > 0
    new_terms = count(path, "terms")
    assert new_terms > old_terms

    ops = make_ops(path)
    window = open_main_window(qtbot, ops, path)
    library = window.view("library")
    qtbot.waitUntil(lambda: window.ops.busy is False and library.model.rowCount() > 0,
                    timeout=20000)
    assert library.model.rowCount() == new_terms
    window.restore_action.trigger()
    dialog = window.findChild(RestoreDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    assert dialog.table.item(0, 0).text() == "11/22/2026"  # the locale's date (i18n.day)
    assert dialog.table.item(0, 3).text() == f"{old_terms:,}"  # terms in the backup

    dialog.restore_button.click()
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert "kept as a backup first" in box.informativeText()
    assert "backup of 11/22/2026 (" in box.text()
    with qtbot.waitSignal(dialog.restored, timeout=20000) as restored:
        box.button(QMessageBox.StandardButton.Yes).click()
    kept: Path = restored.args[0]

    assert count(path, "terms") == old_terms
    assert kept.is_file() and count(kept, "terms") == new_terms
    qtbot.waitUntil(lambda: not ops.busy and library.model.rowCount() == old_terms
                    and not library.model.is_loading, timeout=20000)
    # the changed collection is listed among the backups: restoring it undoes the restore
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=20000)
    kinds = {dialog.table.item(r, 1).text(): dialog.table.item(r, 3).text() for r in range(2)}
    assert kinds == {"automatic": f"{old_terms:,}", "before a restore": f"{new_terms:,}"}
    ops.shutdown()
