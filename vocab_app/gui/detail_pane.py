"""The term detail pane: every sense and every occurrence of one term, with clickable sources.

Rich text is built here and only here, with `html.escape` on every piece that came from a file,
so a sentence holding `<b>` shows `<b>`. Timestamps link to the source at that second; links
open in the user's browser through QDesktopServices (web addresses only).

The pinyin of a Chinese term (under it) or of each Chinese sense (beside it) carries an `edit`
link: the learner corrects a reading pypinyin got wrong (one step on the undo stack), and the
correction shows wherever that text's pinyin does (services/pinyin.py).
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QPalette, QUndoStack
from PySide6.QtWidgets import QInputDialog, QTextBrowser, QVBoxLayout, QWidget

from vocab_app.gui import i18n
from vocab_app.gui.i18n import QT_TRANSLATE_NOOP
from vocab_app.gui.ops import Ops
from vocab_app.services.pinyin import Reading, readings_of

if TYPE_CHECKING:
    from vocab_app.services.library import Library, TermDetail

MAX_OCCURRENCES = 60  # more would make a long page nobody reads; the count is still shown
translate = QCoreApplication.translate
#: Card directions, shown translated in the "DetailPane" context.
DIRECTIONS = (QT_TRANSLATE_NOOP("DetailPane", "forward"),
              QT_TRANSLATE_NOOP("DetailPane", "reverse"),
              QT_TRANSLATE_NOOP("DetailPane", "cloze"))
OPENABLE_SCHEMES = ("http", "https")
PINYIN_SCHEME = "pinyin"  # `pinyin:N` edits the reading of the shown term's N-th Chinese text


def format_timestamp(seconds: float | None) -> str:
    """`75.4` → `1:15`, `3725` → `1:02:05`; '' for None."""
    if seconds is None:
        return ""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def highlight_html(sentence: str, span: tuple[int, int] | None, palette: QPalette) -> str:
    """The sentence as escaped rich text with the term at `span` marked in the palette's
    highlight colours (a bad span marks nothing rather than failing)."""
    if not span or not 0 <= span[0] < span[1] <= len(sentence):
        return html.escape(sentence)
    start, end = span
    bg = palette.color(QPalette.ColorRole.Highlight).name()
    fg = palette.color(QPalette.ColorRole.HighlightedText).name()
    return (f"{html.escape(sentence[:start])}"
            f'<span style="background-color:{bg}; color:{fg}; font-weight:600">'
            f"{html.escape(sentence[start:end])}</span>"
            f"{html.escape(sentence[end:])}")


def source_line_html(occ: object, palette: QPalette) -> str:
    """'Speaker 2 · 57:09 · Title' with the timestamp (or the title) as a link when there is one.

    `occ` is an occurrence or a review card's context, read by attribute (speaker, link, start,
    source_title), any of which may be missing."""
    parts: list[str] = []
    speaker = getattr(occ, "speaker", None)
    if speaker:
        parts.append(html.escape(str(speaker)))
    link = getattr(occ, "link", None)
    start = getattr(occ, "start", None)
    if start is None and link:  # a review card's context carries only the link (…&t=NNs)
        found = re.search(r"[?&]t=(\d+)s?(?:&|$)", link)
        start = int(found.group(1)) if found else None
    stamp = format_timestamp(start)
    title = html.escape(str(getattr(occ, "source_title", "") or ""))
    if link and stamp:
        parts.append(f'<a href="{html.escape(link, quote=True)}">▶ {stamp}</a>')
    elif stamp:
        parts.append(stamp)
    if title:
        parts.append(f'<a href="{html.escape(link, quote=True)}">{title}</a>'
                     if link and not stamp else title)
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    return f'<span style="color:{muted}">{" · ".join(parts)}</span>'


def open_link(url: QUrl | str) -> bool:
    """Open a web link in the user's browser; other schemes (file:, javascript:) are refused."""
    url = QUrl(url) if isinstance(url, str) else url
    if url.scheme().lower() not in OPENABLE_SCHEMES:
        return False
    return QDesktopServices.openUrl(url)


class DetailPane(QWidget):
    """Shows `lib.term_detail(term_id)` for the term chosen in the library table."""

    status_message = Signal(str)
    shown = Signal(int)  # term id, after its detail is on screen

    def __init__(self, ops: Ops, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._readings: list[Reading] = []
        self.pinyin_dialog: QInputDialog | None = None
        self._term_id: int | None = None
        self._generation = 0
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Term details"))
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.browser.anchorClicked.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.show_term(None)

    @property
    def term_id(self) -> int | None:
        """The term shown (None when empty)."""
        return self._term_id

    @Slot(object)
    def show_term(self, term_id: int | None) -> None:
        """Load and show one term's details (None clears the pane)."""
        self._generation += 1
        self._term_id = term_id
        if term_id is None:
            muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
            hint = html.escape(self.tr("Select a term to see its senses and every sentence it "
                                       "was found in."))
            self.browser.setHtml(f'<p style="color:{muted}">{hint}</p>')
            return
        generation = self._generation

        def load(lib: Library) -> tuple[TermDetail, list[Reading]]:
            detail = lib.term_detail(term_id)
            gloss = "; ".join(sense.gloss for sense in detail.senses)
            return detail, readings_of(lib, detail.term, gloss)

        self._ops.run(load, on_done=lambda result: self._on_detail(generation, term_id, *result),
                      on_error=lambda exc: self._on_error(generation, exc))

    def _on_detail(self, generation: int, term_id: int, detail: TermDetail,
                   readings: list[Reading]) -> None:
        if generation != self._generation:
            return
        self._readings = readings
        self.browser.setHtml(detail_html(detail, self.palette(), readings))
        self.shown.emit(term_id)

    @property
    def readings(self) -> list[Reading]:
        """The pinyin shown for the term's Chinese texts (term, else each Chinese sense)."""
        return list(self._readings)

    def edit_pinyin(self, index: int) -> QInputDialog | None:
        """Open the box correcting the reading of the shown term's `index`-th Chinese text
        (OK stores it as one undoable step; an empty box goes back to pypinyin's)."""
        if not 0 <= index < len(self._readings):
            return None
        shown = self._readings[index]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Edit pinyin"))
        dialog.setLabelText(self.tr("Pinyin of {text} (leave empty for the reading pypinyin "
                                    "gives):").format(text=shown.text))
        dialog.setTextValue(shown.reading)
        dialog.textValueSelected.connect(lambda text: self._store_pinyin(shown.text, text))
        self.pinyin_dialog = dialog
        dialog.open()
        return dialog

    def _store_pinyin(self, text: str, reading: str) -> None:
        from vocab_app.gui.commands import EditPinyin

        term_id = self._term_id
        self.undo_stack.push(EditPinyin(  # pushing stores it
            self._ops, self.undo_stack, self, text, reading.strip(),
            done=lambda: self._after_pinyin(term_id), report=self._report))

    def _after_pinyin(self, term_id: int | None) -> None:
        self.status_message.emit(self.tr("Pinyin saved. Undo with Ctrl+Z."))
        if term_id == self._term_id:
            self.show_term(term_id)

    def _report(self, exc: BaseException) -> None:
        from vocab_app.gui.errors import error_text

        self.status_message.emit(error_text(exc))

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        from vocab_app.gui.errors import error_text

        self.browser.clear()
        self.status_message.emit(error_text(exc))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == PINYIN_SCHEME:
            self.edit_pinyin(int(url.path()) if url.path().isdigit() else -1)
            return
        if not open_link(url):
            self.status_message.emit(self.tr("Not opening {url}: only web links are opened.")
                                     .format(url=url.toString()))


def pinyin_html(readings: list[Reading], index: int, palette: QPalette) -> str:
    """The reading of the `index`-th Chinese text with its `edit` link ('' when none)."""
    if index >= len(readings):
        return ""
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    mark = " ✎" if readings[index].edited else ""
    edit = html.escape(translate("DetailPane", "edit"))
    return (f"{html.escape(readings[index].reading)}{mark} "
            f'<a href="{PINYIN_SCHEME}:{index}" style="color:{muted}; font-size:small">'
            f"{edit}</a>")


def detail_html(detail: TermDetail, palette: QPalette,
                readings: list[Reading] | None = None) -> str:
    """The whole pane as escaped rich text: heading, pinyin, senses, cards, occurrences."""
    esc = html.escape
    readings = readings or []
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    out = [f"<h2>{esc(detail.term)}</h2>"]
    term_reading = bool(readings) and readings[0].text == detail.term
    if term_reading:
        out.append(f'<p style="margin-top:0; font-size:large">{pinyin_html(readings, 0, palette)}'
                   "</p>")
    pronunciation = getattr(detail, "pronunciation", "")
    if pronunciation:
        out.append(f'<p style="margin-top:0; font-size:large">{esc(pronunciation)}</p>')
    facts = [esc(i18n.term_language_name(str(detail.lang)))]
    variants = [v for v in (detail.variants or []) if v != detail.term]
    if variants:
        facts.append(esc(translate("DetailPane", "also {variants}").format(
            variants=", ".join(variants))))
    tags = " ".join(detail.tags)
    if tags.strip():
        facts.append(esc(translate("DetailPane", "tags: {tags}").format(tags=tags)))
    out.append(f'<p style="color:{muted}">{" · ".join(facts)}</p>')
    if getattr(detail, "notes", ""):
        out.append(f"<p>{esc(detail.notes)}</p>")

    senses = esc(translate("DetailPane", "Senses"))
    out.append(f"<h3>{senses}</h3><table cellspacing='0' cellpadding='3'>")
    by_text = {} if term_reading else {r.text: i for i, r in enumerate(readings)}
    for sense in detail.senses:
        at = by_text.get(sense.gloss.strip())
        reading = "" if at is None else f"<br>{pinyin_html(readings, at, palette)}"
        out.append(f"<tr><td><b>{esc(sense.gloss)}</b>{reading}</td>"
                   f'<td style="color:{muted}">{esc(i18n.style_name(str(sense.style)))}</td>'
                   f'<td style="color:{muted}">×{i18n.number(int(sense.count))}</td></tr>')
    out.append("</table>")

    cards = list(getattr(detail, "cards", []) or [])
    if cards:
        heading = esc(translate("DetailPane", "Cards"))
        out.append(f"<h3>{heading}</h3>")
        for card in cards:
            due = (translate("DetailPane", "due {day}").format(day=i18n.day(card.due))
                   if card.due else translate("DetailPane", "not yet scheduled"))
            cells = [translate("DetailPane", str(card.direction)), i18n.state_name(card.state),
                     due,
                     translate("DetailPane", "interval {days}d").format(days=int(card.interval)),
                     f"EF {i18n.number(float(card.ef), 2)}",
                     translate("DetailPane", "lapses {n}").format(n=int(card.lapses))]
            # lines may break between facts, never inside one ("due 2026-11-23")
            out.append("<p style='margin:2px 0'>" + " · ".join(
                esc(c).replace(" ", "&nbsp;") for c in cells) + "</p>")

    occurrences = list(detail.occurrences)
    found = (translate("DetailPane", "Found once") if len(occurrences) == 1 else
             translate("DetailPane", "Found {n} times").format(n=i18n.number(len(occurrences))))
    out.append(f"<h3>{esc(found)}</h3>")
    for occ in occurrences[:MAX_OCCURRENCES]:
        out.append(f"<p style='margin-bottom:2px'>"
                   f"{highlight_html(occ.sentence, occ.span, palette)}</p>")
        if occ.translation:
            out.append(f"<p style='margin:0; color:{muted}'>{esc(occ.translation)}</p>")
        out.append(f"<p style='margin-top:2px; margin-bottom:10px; font-size:small'>"
                   f"{source_line_html(occ, palette)}</p>")
    if len(occurrences) > MAX_OCCURRENCES:
        more = translate("DetailPane", "… and {n} more.").format(
            n=i18n.number(len(occurrences) - MAX_OCCURRENCES))
        out.append(f'<p style="color:{muted}">{esc(more)}</p>')
    return "".join(out)
