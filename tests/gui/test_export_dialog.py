"""The Export dialog over a real seeded collection: an .apkg that Anki's own library imports,
a CSV, the last folder remembered, and unwritable targets refused with one clear sentence."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from vocab_app.gui.export_dialog import ExportDialog

anki_collection = pytest.importorskip("anki.collection")


@pytest.fixture
def dialog(qtbot: Any, shell_seeded: Any) -> ExportDialog:
    _path, ops = shell_seeded
    dlg = ExportDialog(ops)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.source_combo.count() == 3, timeout=20000)
    return dlg


def choose(dlg: ExportDialog, combo: Any, data: Any) -> None:
    combo.setCurrentIndex(combo.findData(data))


def export(qtbot: Any, dlg: ExportDialog) -> Any:
    with qtbot.waitSignal(dlg.exported, timeout=60000) as done:
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def test_apkg_export_is_imported_by_anki(qtbot, dialog, tmp_path, shell_seeded):
    path, _ops = shell_seeded
    from gui_helpers import count

    choose(dialog, dialog.format_combo, "apkg")
    dialog.deck_edit.setText("AI 词汇")
    dialog.reverse_check.setChecked(True)
    target = tmp_path / "out" / "deck.apkg"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    report = export(qtbot, dialog)
    terms = count(path, "terms")
    assert report.notes == terms and report.cards == 2 * terms
    assert str(target) in dialog.message.text() and dialog.folder_button.isVisible()

    (tmp_path / "anki").mkdir()
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        col.import_anki_package(anki_collection.ImportAnkiPackageRequest(
            package_path=str(target),
            options=anki_collection.ImportAnkiPackageOptions(with_scheduling=False)))
        assert len(col.find_notes("")) == terms
        assert len(col.find_cards("")) == 2 * terms
        assert "AI 词汇" in [d.name for d in col.decks.all_names_and_ids()]
    finally:
        col.close()

    again = ExportDialog(dialog._ops)
    qtbot.addWidget(again)
    assert Path(again.path_edit.text()).parent == target.parent  # the last folder is remembered
    assert again.deck_edit.text() == "AI 词汇" and again.reverse_check.isChecked()


def test_csv_of_one_source(qtbot, dialog, tmp_path):
    choose(dialog, dialog.format_combo, "csv")
    choose(dialog, dialog.scope_combo, "source")
    dialog.source_combo.setCurrentIndex(2)
    target = tmp_path / "terms.csv"
    dialog.path_edit.setText(str(target))
    assert Path(dialog.path_edit.text()).suffix == ".csv"
    report = export(qtbot, dialog)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) - 1 == report.notes > 5
    label = dialog.source_combo.currentText()
    assert label.endswith(f"({report.notes:,} terms)")


def test_pdf_handout_is_drawn_on_the_worker_thread(qtbot, dialog, tmp_path):
    choose(dialog, dialog.format_combo, "pdf")
    dialog.page_combo.setCurrentText("Letter")
    target = tmp_path / "handout.pdf"
    dialog.path_edit.setText(str(target))
    report = export(qtbot, dialog)
    data = target.read_bytes()
    assert report.notes > 100 and data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 3
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", data)
    assert (round(float(box[1])), round(float(box[2]))) == (612, 792)  # Letter, in points
    assert [p.name for p in tmp_path.iterdir() if "handout" in p.name] == ["handout.pdf"]


@pytest.mark.parametrize("where", ["missing", "file-as-folder", "proc"])
def test_unwritable_target_gives_one_clear_sentence(qtbot, dialog, tmp_path, where):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x", encoding="utf-8")
    target = {"missing": tmp_path / "no" / "such" / "deck.apkg",
              "file-as-folder": blocker / "deck.apkg",
              "proc": Path("/proc/vocab_app_deck.apkg")}[where]
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.failed, timeout=60000) as failed:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = failed.args[0]
    assert text == dialog.message.text() and dialog.message.isVisible()
    assert text.count(". ") <= 1 and text.endswith(".")
    assert "Something went wrong" not in text
    assert str(target.parent) in text
    assert not target.exists() and dialog.export_button.isEnabled()


def test_a_list_export_is_named_after_the_list_and_keeps_the_own_deck_name(
        qtbot, shell_seeded, tmp_path):
    from gui_helpers import call

    _path, ops = shell_seeded

    def make_list(lib: Any) -> int:
        lid = lib.lists.create("Week 3 期中")
        ids = [r[0] for r in lib.db.execute("SELECT id FROM terms ORDER BY position LIMIT 4")]
        lib.lists.add_terms(lid, ids)
        return lid

    lid = call(qtbot, ops, make_list)
    dlg = ExportDialog(ops)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.list_combo.count() == 1, timeout=20000)
    choose(dlg, dlg.format_combo, "apkg")
    dlg.deck_edit.setText("My own deck")
    choose(dlg, dlg.scope_combo, "list")
    choose(dlg, dlg.list_combo, lid)
    assert dlg.deck_edit.text() == "Week 3 期中"
    target = tmp_path / "list.apkg"
    dlg.path_edit.setText(str(target))
    assert export(qtbot, dlg).notes == 4
    (tmp_path / "anki").mkdir()
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        col.import_anki_package(anki_collection.ImportAnkiPackageRequest(
            package_path=str(target), options=anki_collection.ImportAnkiPackageOptions()))
        decks = {col.decks.name(col.get_card(c).did) for c in col.find_cards("")}
        assert decks == {"Week 3 期中"}
    finally:
        col.close()
    choose(dlg, dlg.scope_combo, "all")
    assert dlg.deck_edit.text() == "My own deck"
    again = ExportDialog(ops)
    qtbot.addWidget(again)
    assert again.deck_edit.text() == "My own deck"  # the list's name is not remembered


@pytest.mark.parametrize("where", ["fifo", "long-name"])
def test_a_fifo_or_a_refused_name_gives_one_sentence_and_nothing_changes(qtbot, dialog, tmp_path,
                                                                        where):
    import os
    import stat

    target = tmp_path / ("deck.apkg" if where == "fifo" else "d" * 300 + ".apkg")
    if where == "fifo":
        os.mkfifo(target)
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.failed, timeout=60000) as failed:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = failed.args[0]
    assert text == dialog.message.text() and dialog.message.isVisible()
    assert text.endswith(".") and "Something went wrong" not in text
    assert ("not a regular file" if where == "fifo" else "file name") in text
    if where == "fifo":
        assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".vocab-export-")] == []
