"""The Mine view over a real collection: mining with progress, Cancel storing nothing, curating
(uncheck, edit a gloss) before adding, re-mining showing nothing new, bad files explained."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import mine_and_wait as mine
from PySide6.QtCore import Qt

from vocab_app.gui import candidate_model as cm
from vocab_app.gui.mine_view import MineView
from vocab_app.paths import seed_files

# The offscreen platform cannot resize a window to its new minimum when rows (progress, errors)
# appear; a real platform can. Nothing else may warn.
ARTICLE = seed_files()[2]  # the Chinese article: small, many zh-en glosses


def db(path: Path, sql: str) -> list[tuple]:
    from gui_helpers import query as rows

    return rows(path, sql)


@pytest.fixture
def empty_view(qtbot: Any, shell_empty: Any) -> tuple[MineView, Path]:
    path, ops = shell_empty
    view = MineView(ops)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view, path


def add(qtbot: Any, view: MineView) -> Any:
    with qtbot.waitSignal(view.imported, timeout=60000) as imported:
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    return imported.args[0]


def test_mining_shows_progress_and_a_preview_and_stores_nothing(qtbot, empty_view):
    view, path = empty_view
    progress: list[tuple[int, int]] = []
    with qtbot.waitSignal(view.mined, timeout=120000) as mined:
        task = view.mine(seed_files())
        task.progressed.connect(lambda done, total: progress.append((done, total)))
        assert view.progress.isVisible() and view.cancel_button.isVisible()
    result = mined.args[0]
    assert progress and progress[-1][0] == progress[-1][1] > 0
    assert not view.progress.isVisible()
    assert view.model.rowCount() == len(result.candidates) > 50
    assert view.model.new_count() == view.model.checked_count() == view.model.rowCount()
    assert view.add_button.text() == f"Add {view.model.rowCount():,} terms"
    assert db(path, "SELECT count(*) FROM terms") in ([], [(0,)])


def test_cancel_of_a_long_mining_stores_nothing(qtbot, empty_view, tmp_path):
    view, path = empty_view
    big = tmp_path / "big.txt"
    line = ("In part {i} we compare reinforcement learning (RL) with a world model (世界模型) "
            "and mixture of experts (MoE) on long transcripts.\n")
    with big.open("w", encoding="utf-8") as out:
        for i in range(120_000):  # ~17 MB
            out.write(line.format(i=i))
    with qtbot.waitSignal(view.mining_cancelled, timeout=120000):
        task = view.mine([big])
        task.progressed.connect(lambda *_: view.cancel())
    assert view.model.rowCount() == 0 and not view.running
    assert "cancelled" in view.files_label.text()
    assert db(path, "SELECT count(*) FROM terms") in ([], [(0,)])
    assert db(path, "SELECT count(*) FROM sources") in ([], [(0,)])
    # the view is usable again at once
    assert mine(qtbot, view, [ARTICLE]).candidates


def test_curated_candidates_are_added_with_the_edited_gloss(qtbot, empty_view):
    view, path = empty_view
    mine(qtbot, view, [ARTICLE])
    model = view.model
    qtbot.mouseClick(view.none_button, Qt.MouseButton.LeftButton)
    assert model.checked_count() == 0 and not view.add_button.isEnabled()
    picked, seen = [], set()
    for row in range(model.rowCount()):
        c = model.candidate(row)
        if c.note_key not in seen:
            seen.add(c.note_key)
            picked.append(row)
        if len(picked) == 3:
            break
    for row in picked:  # a click on the check box, as the user does
        assert model.setData(model.index(row, cm.CHECK), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)
    edited = model.candidate(picked[0])
    assert model.setData(model.index(picked[0], cm.GLOSS), "  my   own gloss ")
    assert not model.setData(model.index(picked[1], cm.GLOSS), "   ")  # empty is refused
    assert view.add_button.text() == "Add 3 terms"

    wanted = {model.candidate(row).term for row in picked}
    report = add(qtbot, view)
    assert report.new_terms == 3
    assert {t for (t,) in db(path, "SELECT term FROM terms")} == wanted
    glosses = db(path, "SELECT s.gloss FROM senses s JOIN terms t ON t.id = s.term_id"
                       f" WHERE t.term = '{edited.term}'")
    assert glosses == [("my own gloss",)]
    assert model.rowCount() == 0  # the preview is done with


def test_re_mining_a_stored_file_shows_nothing_new(qtbot, empty_view):
    view, path = empty_view
    first = mine(qtbot, view, [ARTICLE])
    report = add(qtbot, view)
    assert report.new_terms > 10
    stored = db(path, "SELECT count(*) FROM senses")

    again = mine(qtbot, view, [ARTICLE])
    assert len(again.candidates) == len(first.candidates)
    assert view.model.new_count() == 0 and view.model.checked_count() == 0
    assert not view.add_button.isEnabled()
    assert {view.model.data(view.model.index(r, cm.NEW)) for r in range(view.model.rowCount())
            } == {"known"}
    assert db(path, "SELECT count(*) FROM senses") == stored


def test_bad_files_are_explained_and_the_good_one_is_still_mined(qtbot, empty_view, tmp_path):
    view, _path = empty_view
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    result = mine(qtbot, view, [tmp_path / "missing.srt", binary, ARTICLE, empty])
    assert len(result.errors) == 3
    lines = view.errors_label.text().splitlines()
    assert [line.split(":", 1)[0] for line in lines] == ["missing.srt", "photo.txt", "empty.md"]
    assert all(line.rstrip().endswith(".") and len(line) > 25 for line in lines)
    assert view.errors_label.isVisible()
    assert view.model.rowCount() == len(result.candidates) > 10


def test_markup_in_a_term_is_shown_as_text(qtbot, empty_view, tmp_path):
    view, _path = empty_view
    page = tmp_path / "markup.txt"
    page.write_text("HTML notes\nThe <b> element (加粗元素) makes text bold.\n",
                    encoding="utf-8")
    result = mine(qtbot, view, [page])
    shown = [view.model.data(view.model.index(r, cm.CONTEXT)) for r in range(len(
        result.candidates))]
    assert shown == ["The <b> element (加粗元素) makes text bold."]
    tip = view.model.data(view.model.index(0, cm.CONTEXT), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;" in tip


def test_re_mining_shows_edited_and_declined_pairs_unticked_with_the_reason(qtbot, empty_view):
    view, path = empty_view
    mine(qtbot, view, [ARTICLE])
    model = view.model
    edited_row, declined_row = 0, 1
    edited, declined = model.candidate(edited_row), model.candidate(declined_row)
    assert model.setData(model.index(edited_row, cm.GLOSS), "my own gloss")
    assert model.setData(model.index(declined_row, cm.CHECK), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    add(qtbot, view)
    occurrences = db(path, "SELECT count(*) FROM occurrences")

    mine(qtbot, view, [ARTICLE])
    rows = {(model.candidate(r).note_key, model.candidate(r).gloss): r
            for r in range(model.rowCount())}
    again_edited = rows[(edited.note_key, edited.gloss)]
    again_declined = rows[(declined.note_key, declined.gloss)]
    assert model.data(model.index(again_edited, cm.NEW)) == "edited → my own gloss"
    assert model.data(model.index(again_declined, cm.NEW)) == "declined"
    assert "unticked" in model.data(model.index(again_declined, cm.NEW),
                                    Qt.ItemDataRole.ToolTipRole)
    assert model.new_count() == model.checked_count() == 0
    # ticking the edited row anyway adds nothing: no second sense, no second sentence
    model.setData(model.index(again_edited, cm.CHECK), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    report = add(qtbot, view)
    assert (report.new_senses, report.new_occurrences) == (0, 0)
    assert db(path, "SELECT count(*) FROM occurrences") == occurrences
    assert db(path, "SELECT count(*) FROM senses WHERE gloss = "
                    f"'{edited.gloss}'") == [(0,)]


def test_the_open_dialog_offers_sphinx_pages_and_html_and_mines_what_is_chosen(
        qtbot, empty_view, tmp_path, monkeypatch):
    """The hint and the Open dialog's filter name .rst and .html (both are read), and a page of
    each chosen there is mined. Only the native dialog is stood in for: it cannot run offscreen."""
    from PySide6.QtWidgets import QFileDialog

    view, _ = empty_view
    rst = tmp_path / "notes.rst"
    rst.write_text("Training\n~~~~~~~~\n\n我们使用梯度下降（gradient descent）。\n\n"
                   ".. code-block:: python\n\n   f(x)（ignored）\n", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<html><head><script>f(a);</script></head><body><p><b>overfitting</b> "
                    "(过拟合) is common.</p></body></html>", encoding="utf-8")
    filters: list[str] = []

    def choose(parent, caption, folder, file_filter):
        filters.append(file_filter)
        return [str(rst), str(page)], file_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    assert ".rst" in view.intro.text() and ".html" in view.intro.text()
    assert "{" not in view.intro.text()
    with qtbot.waitSignal(view.mined, timeout=120000) as mined:
        view.choose_files()
    first = filters[0].split(";;")[0]
    assert "*.rst" in first and "*.html" in first and "*.htm" in first and "{" not in first
    pairs = {(c.term, c.gloss) for c in mined.args[0].candidates}
    assert pairs == {("梯度下降", "gradient descent"), ("overfitting", "过拟合")}
