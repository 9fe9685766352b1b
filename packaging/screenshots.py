"""Screenshots of each main view, so the UI can be looked at: PNGs in screenshots/ (git-ignored).

    apt-get install -y xvfb            # the X server this script runs the app in
    .venv/bin/python packaging/screenshots.py [--out screenshots] [--no-system-cjk]

Without a DISPLAY the script re-runs itself under `xvfb-run` (1400×900, 24-bit). It seeds a
throw-away collection with the bundled transcripts and three weeks of simulated reviews, then
shows the real windows (platform xcb, the app's own font, palette and style sheet) and writes:
welcome, mine-preview, library, review-front, review-back, stats, export-dialog, lists-dialog,
add-term-dialog, settings-dialog, restart-offer, reader and reader-dark (the Reader in both
palettes; under --dark, reader-light), and page 1 of two PDF handouts of the seeds
(handout-glossary, handout-quiz; the PDFs too).
Then the Anki cards (`shoot_cards`): the seeded collection is exported with reverse and cloze
cards, imported by Anki's own library (`anki`, a dev dependency), and one note's forward,
reverse and cloze cards are drawn as Anki renders them (its question and answer HTML with the
deck's CSS), front and back, day and night (Anki's `nightMode` class and colours), 900 and
400 px wide: card-<type>-<side>-<day|night>-<width>.png. Qt's rich-text engine draws them
(QtWebEngine is not a dependency): it knows no `max-width` and no script, so the back is drawn
with its tap-to-reveal hints open and the front with them closed, as after and before a tap
(a `<details>` tap shows its label and, open, its content below it).
`--dark` draws the dark palette. `--lang zh_CN` draws the interface in Simplified Chinese (and
labels the handouts in it), to check that no button or label is clipped. `--no-system-cjk`
hides the system's CJK fonts from fontconfig, so the bundled Noto Sans CJK SC subset must
render every Hanzi (boxes would mean the bundle is broken).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <cachedir>{cache}</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
"""


def relaunch_under_xvfb(argv: list[str]) -> int:
    """Run this script again inside a virtual X server."""
    if shutil.which("xvfb-run") is None:
        raise SystemExit("screenshots: no DISPLAY and no xvfb-run; run "
                         "`apt-get install -y xvfb` (or start an X server) first.")
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, __file__, *argv]
    return subprocess.call(cmd)


def seed_collection(path: Path, now: datetime) -> None:
    """The seeds imported, then 21 days of reviews (random but fixed grades) up to `now`."""
    from vocab_app.paths import seed_files
    from vocab_app.services.clock import FixedClock
    from vocab_app.services.library import Library

    rng = random.Random(7)
    start = now - timedelta(days=21)
    with Library.open(path, clock=FixedClock(start)) as lib:
        lib.import_files(seed_files())
    for day in range(21):
        clock = FixedClock(start + timedelta(days=day))
        with Library.open(path, clock=clock) as lib:
            session = lib.review.start_session()
            for _ in range(40):
                card = session.next_card()
                if card is None:
                    break
                grade = rng.choice((1, 3, 4, 4, 4, 5))
                lib.review.answer(session, card.card_id, grade,
                                  answer_ms=rng.randint(1500, 9000))


def wait_until(app, condition, timeout_s: float = 60.0) -> None:
    """Run the event loop until `condition()` holds."""
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("screenshots: the window did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def settle(app, ms: int = 400) -> None:
    """Let layouts, fonts and repaints settle before a grab."""
    end = time.monotonic() + ms / 1000
    wait_until(app, lambda: time.monotonic() > end)


def shoot(app, widget, out: Path, name: str) -> None:
    """Save `widget` as out/name.png."""
    settle(app)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def shoot_lists(app, window, ops, out: Path) -> None:
    """The Term lists window over a list of six seed terms (one with the list's own gloss)
    and an empty second list."""
    from vocab_app.services.changes import LISTS
    from vocab_app.services.library import TermFilter

    made: list[int] = []

    def make(lib) -> int:
        ids = [r.id for r in lib.term_rows(TermFilter(), limit=6)]
        list_id = lib.lists.create("Week 1 — 强化学习")
        lib.lists.add_terms(list_id, ids)
        lib.lists.set_gloss(list_id, ids[1], "课堂用语：老师的释义")
        lib.lists.create("Exam <b>review<b>")  # shown as text; a name holds no "/"
        return list_id

    ops.run(make, on_done=made.append, changes=LISTS)
    wait_until(app, lambda: bool(made))
    dialog = window.open_lists()
    wait_until(app, lambda: dialog.idle and dialog.model.rowCount() > 0)
    dialog.select_list(made[0])
    wait_until(app, lambda: dialog.idle)
    dialog.table.selectRow(2)
    shoot(app, dialog, out, "lists-dialog")
    dialog.close()


def shoot_term_and_settings(app, window, out: Path) -> None:
    """The Library's "Add term" dialog (Ctrl+N), filled in, and the Settings dialog (Ctrl+,)."""
    window.show_view("library")
    library = window.current_view()
    dialog = library.terms.ask_new_term([lst.name for lst in library._lists])
    wait_until(app, dialog.isVisible)
    dialog.term_edit.setText("sparse autoencoder")
    dialog.gloss_edit.setText("稀疏自编码器")
    dialog.context_edit.setPlainText("We train a sparse autoencoder on the model's activations "
                                     "to find features (特征) a person can read.")
    settle(app)
    shoot(app, dialog, out, "add-term-dialog")
    dialog.reject()
    window.open_settings()
    from vocab_app.gui.settings_dialog import SettingsDialog

    wait_until(app, lambda: isinstance(app.activeModalWidget(), SettingsDialog))
    settings = app.activeModalWidget()
    settle(app)
    shoot(app, settings, out, "settings-dialog")
    settings.reject()
    shoot_restart_offer(app, window, out)


def shoot_restart_offer(app, window, out: Path) -> None:
    """The question a new interface language asks (gui/restart.py), answered "Later"."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from vocab_app.gui import restart

    def grab_and_close() -> None:
        box = app.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, grab_and_close)
            return
        shoot(app, box, out, "restart-offer")
        next(b for b in box.buttons()
             if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole).click()  # Later

    QTimer.singleShot(0, grab_and_close)
    restart.offer(window, "library")


def shoot_reader(app, window, ops, out: Path, dark: bool) -> None:
    """The Reader on the bilingual seed transcript, scrolled to one of its terms (a few terms
    marked known, two suspended, so more looks show), in both palettes: reader.png in
    the palette of the run, reader-dark.png (or reader-light.png under --dark) in the other."""
    from PySide6.QtCore import Qt

    from vocab_app.gui import theme
    from vocab_app.services.library import TermFilter

    picked: list[int] = []

    def mark(lib) -> None:
        source = next(s.id for s in lib.sources() if "Gemini" in s.title)
        rows = lib.term_rows(TermFilter(source_id=source), limit=40)
        lib.set_known([r.id for r in rows[1:12]], True)
        lib.set_suspended([r.id for r in rows[12:14]], True)
        picked.extend((source, rows[0].id))

    ops.run(mark, on_error=print)
    wait_until(app, lambda: bool(picked))
    reader_loaded: list[int] = []
    window.show_view("reader")
    reader = window.view("reader")
    reader.loaded.connect(lambda: reader_loaded.append(1))
    reader.open_source(picked[0], picked[1])
    wait_until(app, lambda: bool(reader_loaded), 60)
    settle(app, 800)
    shoot(app, window, out, "reader")
    other = Qt.ColorScheme.Light if dark else Qt.ColorScheme.Dark
    theme.apply_scheme(app, other)
    app.setStyleSheet(app.styleSheet())  # the style sheet's palette() colours are the new ones
    reader_loaded.clear()
    reader.reload()
    wait_until(app, lambda: bool(reader_loaded), 60)
    reader.browser.focus_term(picked[1])
    settle(app, 800)
    shoot(app, window, out, "reader-light" if dark else "reader-dark")
    theme.apply_scheme(app, Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    app.setStyleSheet(app.styleSheet())


def shoot_handout(collection: Path, out: Path, now: datetime) -> None:
    """Export the glossary and quiz handouts of `collection` as PDFs and render page 1 of each
    (pdfium, the PDF engine of Chrome) to a PNG at 150 dpi, so the printed page can be looked
    at: Chinese glyphs, column widths, nothing cut."""
    import pypdfium2
    from PySide6.QtGui import QImage

    from vocab_app.services.clock import FixedClock
    from vocab_app.services.library import Library

    with Library.open(collection, clock=FixedClock(now)) as lib:
        for layout in ("glossary", "quiz"):
            pdf = out / f"handout-{layout}.pdf"
            report = lib.export.handout(pdf, layout=layout, title="Seed transcripts")
            page = pypdfium2.PdfDocument(str(pdf))[0]
            bitmap = page.render(scale=150 / 72, rev_byteorder=True)  # RGB, 150 dpi
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888)
            path = out / f"handout-{layout}.png"
            image.save(str(path))
            print(f"wrote {path} (page 1 of {report.pages})")


# Anki's page colours (its theme's --canvas and --fg), which the card CSS leaves to Anki.
ANKI_PAGE = {"day": ("#ffffff", "#020202"), "night": ("#2c2c2c", "#fcfcfc")}
CARD_WIDTHS = (900, 400)
_HIDDEN_HINT = re.compile(r'(<div[^>]*class="?hint[^>]*?) style="display: none"')
_HINT_LINK = re.compile(r"<a class=\"?hint\"?[^>]*>.*?</a>", re.DOTALL)


def card_sides(seeded: Path, folder: Path) -> dict[str, tuple[str, str, str]]:
    """Card type → (CSS, question HTML, answer HTML) as Anki renders one seed note's cards:
    a transcript note with a translation, a context of 80–200 characters and all three cards."""
    from anki.collection import (
        Collection,
        ImportAnkiPackageOptions,
        ImportAnkiPackageRequest,
    )

    from vocab_app.services.clock import FixedClock
    from vocab_app.services.library import Library

    with Library.open(seeded, clock=FixedClock(datetime.now(timezone.utc))) as lib:
        apkg = lib.export.apkg(folder / "cards.apkg", reverse=True, cloze=True).path
    (folder / "anki").mkdir(exist_ok=True)
    col = Collection(str(folder / "anki" / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(apkg), options=ImportAnkiPackageOptions(with_deck_configs=True)))
        for nid in sorted(col.find_notes("")):
            note = col.get_note(nid)
            cards = sorted(note.cards(), key=lambda c: c.ord)
            context = re.sub(r"<[^>]+>", "", note["Context"])
            if (len(cards) == 3 and note["Translation"] and "▶" in note["Source"]
                    and "▶ 0:00 " not in note["Source"] and 80 <= len(context) <= 200):
                css = note.note_type()["css"]
                return {name: (css, _body(card.question()), _body(card.answer()))
                        for name, card in zip(("forward", "reverse", "cloze"), cards, strict=True)}
        raise SystemExit("screenshots: no seed note has all three cards")
    finally:
        col.close()


def _body(rendered: str) -> str:
    """A rendered side without the `<style>` Anki puts before it (the CSS is set apart)."""
    return rendered.split("</style>")[-1]


def draw_card(css: str, body: str, mode: str, width: int, path: Path, *, tapped: bool) -> None:
    """One card side into a PNG `width` px wide, on Anki's page colours of `mode`, the body in
    the `card` (and `nightMode`) classes Anki gives it; hints open when `tapped`."""
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QColor,
        QImage,
        QPainter,
        QPalette,
        QTextDocument,
    )

    if tapped:
        body = _HINT_LINK.sub("", _HIDDEN_HINT.sub(r"\1", body))
    else:
        body = re.sub(r'<div[^>]*class="?hint[^>]*style="display: none"[^>]*>.*?</div>', "",
                      body, flags=re.DOTALL)
        body = re.sub(r"(</summary>).*?(</details>)", r"\1\2", body, flags=re.DOTALL)
    page, ink = ANKI_PAGE[mode]
    classes = "card nightMode" if mode == "night" else "card"
    doc = QTextDocument()
    doc.setDocumentMargin(16)
    doc.setDefaultStyleSheet(css)
    doc.setHtml(f'<div class="{classes}">{body}</div>')
    doc.setTextWidth(width)
    height = int(doc.size().height()) + 8
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(page))
    painter = QPainter(image)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor(ink))  # the page's --fg
    doc.documentLayout().draw(painter, context)
    painter.end()
    image.save(str(path))
    print(f"wrote {path}")


def shoot_cards(seeded: Path, out: Path, folder: Path) -> None:
    """Each card type's front and back, day and night, at each of CARD_WIDTHS."""
    try:
        import anki.collection  # noqa: F401 - Anki's library is a dev dependency
    except ImportError:
        print("screenshots: Anki's library (`anki`) is not installed; no card pictures")
        return
    for name, (css, question, answer) in card_sides(seeded, folder).items():
        for mode in ANKI_PAGE:
            for width in CARD_WIDTHS:
                draw_card(css, question, mode, width,
                          out / f"card-{name}-front-{mode}-{width}.png", tapped=False)
                draw_card(css, answer, mode, width,
                          out / f"card-{name}-back-{mode}-{width}.png", tapped=True)


def run(out: Path, dark: bool = False, cards_only: bool = False, lang: str = "en") -> int:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from vocab_app.gui import app as gui_app
    from vocab_app.gui import fonts, i18n, theme
    from vocab_app.gui.main_window import MainWindow
    from vocab_app.gui.ops import Ops
    from vocab_app.paths import seed_files
    from vocab_app.services.clock import FixedClock
    from vocab_app.services.library import Library

    out.mkdir(parents=True, exist_ok=True)
    now = datetime.now(timezone.utc)
    tmp = Path(tempfile.mkdtemp(prefix="vocab_shots_"))
    seeded, empty = tmp / "seeded.sqlite", tmp / "empty.sqlite"
    seed_collection(seeded, now)
    # the handouts and cards are labelled in the interface's language; both collections agree
    # with the window whatever LANG says, so no restart is offered at start
    import dataclasses

    for path in (seeded, empty):
        with Library.open(path, clock=FixedClock(now)) as lib:
            lib.save_settings(dataclasses.replace(lib.settings, interface_language=lang))

    QCoreApplication.setOrganizationName("vocab_app-screenshots")
    QCoreApplication.setApplicationName(gui_app.APPLICATION)
    app = QApplication([sys.argv[0]])
    app.setWindowIcon(gui_app._app_icon())
    i18n.remember(lang)  # as the Settings dialog does: the window then agrees with the collection
    print(f"interface language: {i18n.install(app, lang)}")
    print(f"CJK font: {fonts.install_app_font(app)}")
    shoot_cards(seeded, out, tmp)
    if cards_only:
        shutil.rmtree(tmp, ignore_errors=True)
        return 0
    theme.apply_theme(app)
    if dark:
        theme.apply_scheme(app, Qt.ColorScheme.Dark)

    def window_on(path: Path) -> tuple[MainWindow, Ops]:
        clock = FixedClock(now)
        ops = Ops(lambda: Library.open(path, clock=clock))
        window = MainWindow(ops, path)
        window.resize(1280, 800)
        window.show()
        wait_until(app, lambda: window.current_key != "")
        return window, ops

    # 1. first run, then the Mine view's preview of a seed
    window, ops = window_on(empty)
    shoot(app, window, out, "welcome")
    window.show_view("mine")
    mine = window.view("mine")
    results: list[object] = []
    mine.mined.connect(results.append)
    mine.mine([seed_files()[2], seed_files()[0]])
    wait_until(app, lambda: bool(results), 120)
    mine.table.selectRow(3)
    shoot(app, window, out, "mine-preview")
    window.close()
    ops.shutdown()

    # 2. library, review, stats and export over the seeded collection
    window, ops = window_on(seeded)
    library = window.current_view()
    wait_until(app, lambda: library.model.rowCount() > 0 and not library.model.is_loading)
    library.table.selectRow(2)
    settle(app, 800)
    shoot(app, window, out, "library")

    window.show_view("review")
    review = window.current_view()
    wait_until(app, lambda: review.state in ("front", "summary", "empty"))
    shoot(app, window, out, "review-front")
    if review.state == "front":
        review.advance()
        wait_until(app, lambda: review.state == "back")
        shoot(app, window, out, "review-back")

    window.show_view("stats")
    stats = window.current_view()
    wait_until(app, lambda: stats.stats is not None)
    shoot(app, window, out, "stats")

    from vocab_app.gui.export_dialog import ExportDialog

    dialog = ExportDialog(ops, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    wait_until(app, lambda: dialog.source_combo.count() > 0)
    shoot(app, dialog, out, "export-dialog")
    dialog.close()
    shoot_lists(app, window, ops, out)
    shoot_term_and_settings(app, window, out)
    shoot_reader(app, window, ops, out, dark)
    window.close()
    ops.shutdown()
    shoot_handout(seeded, out, now)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--no-system-cjk", action="store_true",
                        help="hide installed CJK fonts so the bundled subset must be used")
    parser.add_argument("--dark", action="store_true",
                        help="draw the dark palette (as when the system asks for dark)")
    parser.add_argument("--cards", action="store_true",
                        help="draw only the Anki cards (card-*.png)")
    parser.add_argument("--lang", choices=("en", "zh_CN", "system"), default="en",
                        help="the interface language (and the handouts' labels); default en")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        return relaunch_under_xvfb(sys.argv[1:])
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    config = Path(tempfile.mkdtemp(prefix="vocab_shots_home_"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(config / var.lower())
    if args.no_system_cjk:
        conf = config / "fonts.conf"
        conf.write_text(FONTS_CONF.format(cache=config / "fc-cache"), encoding="utf-8")
        os.environ["FONTCONFIG_FILE"] = str(conf)
    try:
        return run(args.out.resolve(), dark=args.dark, cards_only=args.cards, lang=args.lang)
    finally:
        shutil.rmtree(config, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
