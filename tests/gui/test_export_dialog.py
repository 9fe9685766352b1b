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


def _two_lists(qtbot, ops) -> tuple[int, int, list[str]]:
    """Two lists over the seeded collection: 'Week 1' (five terms, the last first, one with
    the list's own gloss) and 'Exam'."""
    from gui_helpers import call

    def make(lib: Any) -> tuple[int, int, list[str]]:
        rows = list(lib.db.execute("SELECT id, term FROM terms ORDER BY position LIMIT 5"))
        ids = [r[0] for r in rows]
        week = lib.lists.create("Week 1")
        lib.lists.add_terms(week, ids[::-1])
        lib.lists.set_gloss(week, ids[2], "课堂释义")
        exam = lib.lists.create("Exam")
        lib.lists.add_terms(exam, ids[:2])
        return week, exam, [r[1] for r in rows][::-1]

    return call(qtbot, ops, make)


def _open(qtbot, ops, lists: int) -> ExportDialog:
    dlg = ExportDialog(ops)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.list_combo.count() == lists, timeout=20000)
    return dlg


def test_choosing_a_list_names_the_deck_and_the_file_after_it(qtbot, shell_seeded, tmp_path):
    from helpers.anki_profile import Anki, senses

    _path, ops = shell_seeded
    week, exam, order = _two_lists(qtbot, ops)
    dlg = _open(qtbot, ops, 2)
    choose(dlg, dlg.format_combo, "apkg")
    choose(dlg, dlg.scope_combo, "list")
    choose(dlg, dlg.list_combo, exam)
    assert dlg.deck_edit.text() == "Exam" and Path(dlg.path_edit.text()).name == "Exam.apkg"
    choose(dlg, dlg.list_combo, week)
    assert dlg.deck_edit.text() == "Week 1"
    assert Path(dlg.path_edit.text()).name == "Week 1.apkg"
    choose(dlg, dlg.format_combo, "pdf")
    assert Path(dlg.path_edit.text()).name == "Week 1.pdf"
    choose(dlg, dlg.format_combo, "apkg")
    dlg.path_edit.setText(str(tmp_path / "Week 1.apkg"))
    report = export(qtbot, dlg)
    # the list's deck holds the list's terms in the list's order, with the list's gloss
    anki = Anki(tmp_path / "anki")
    try:
        anki.import_apkg(report.path)
        cards = sorted((anki.col.get_card(c) for c in anki.col.find_cards("")),
                       key=lambda card: card.due)  # a new card's due is its position
        assert [c.note()["Term"] for c in cards] == order
        assert {anki.col.decks.name(c.did) for c in cards} == {"Week 1"}
        assert senses(cards[2].note()["Gloss"]) == "课堂释义"
    finally:
        anki.close()


def test_each_scope_keeps_its_own_choices(qtbot, shell_seeded, tmp_path):
    _path, ops = shell_seeded
    week, exam, _order = _two_lists(qtbot, ops)
    dlg = _open(qtbot, ops, 2)
    # the collection: an Anki package under the learner's own deck name
    choose(dlg, dlg.format_combo, "apkg")
    dlg.deck_edit.setText("My deck")
    dlg.path_edit.setText(str(tmp_path / "mine.apkg"))
    export(qtbot, dlg)
    # a list: a quiz handout
    choose(dlg, dlg.scope_combo, "list")
    choose(dlg, dlg.list_combo, week)
    choose(dlg, dlg.format_combo, "pdf")
    choose(dlg, dlg.layout_combo, "quiz")
    dlg.page_combo.setCurrentText("Letter")
    assert Path(dlg.path_edit.text()).name == "Week 1.pdf"
    dlg.path_edit.setText(str(tmp_path / "week1-quiz.pdf"))
    assert export(qtbot, dlg).pages == 2  # five terms: the quiz and its key

    again = _open(qtbot, ops, 2)
    assert again.format.key == "apkg" and again.deck_edit.text() == "My deck"
    assert Path(again.path_edit.text()) == tmp_path / "mine.apkg"
    choose(again, again.scope_combo, "list")
    choose(again, again.list_combo, week)
    assert again.format.key == "pdf" and again.layout_combo.currentData() == "quiz"
    assert again.page_combo.currentText() == "Letter"
    assert Path(again.path_edit.text()) == tmp_path / "week1-quiz.pdf"
    choose(again, again.list_combo, exam)  # never exported: named after itself
    assert Path(again.path_edit.text()).stem == "Exam"
    choose(again, again.scope_combo, "all")
    assert again.deck_edit.text() == "My deck" and again.format.key == "apkg"


@pytest.mark.parametrize("fmt", ["pdf", "csv", "html"])
def test_a_300_character_file_name_gives_a_sentence_for_every_format(qtbot, dialog, tmp_path,
                                                                     fmt):
    choose(dialog, dialog.format_combo, fmt)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / ("h" * 300 + f".{fmt}")
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.failed, timeout=60000) as failed:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = failed.args[0]
    assert "file name" in text and text.endswith(".") and "Traceback" not in text
    assert list((tmp_path / "out").iterdir()) == []


def test_card_options_start_from_the_card_type_settings(qtbot, shell_seeded, tmp_path):
    from dataclasses import replace

    from gui_helpers import call

    _path, ops = shell_seeded

    def settings(reverse: bool, cloze: bool) -> None:
        call(qtbot, ops, lambda lib: lib.save_settings(
            replace(lib.settings, reverse_cards=reverse, cloze_cards=cloze)))

    def opened() -> ExportDialog:
        dlg = ExportDialog(ops)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitUntil(lambda: dlg.source_combo.count() == 3, timeout=20000)
        choose(dlg, dlg.format_combo, "apkg")
        return dlg

    settings(reverse=True, cloze=True)
    first = opened()
    assert first.reverse_check.isChecked() and first.cloze_check.isChecked()
    first.path_edit.setText(str(tmp_path / "both.apkg"))
    export(qtbot, first)  # as the settings say: nothing of the scope's own is kept

    settings(reverse=False, cloze=False)
    second = opened()  # the settings changed: the check boxes follow them
    assert not second.reverse_check.isChecked() and not second.cloze_check.isChecked()
    second.cloze_check.setFocus()
    qtbot.keyClick(second.cloze_check, Qt.Key.Key_Space)  # a choice of this scope's own
    assert second.cloze_check.isChecked()
    second.path_edit.setText(str(tmp_path / "cloze.apkg"))
    report = export(qtbot, second)
    assert report.cards > report.notes  # the cloze cards are in

    settings(reverse=True, cloze=False)
    third = opened()  # reverse follows the setting, cloze keeps the scope's own choice
    assert third.reverse_check.isChecked() and third.cloze_check.isChecked()
