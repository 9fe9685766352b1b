"""The Review view: today's SM-2 queue, one card at a time, entirely by keyboard.

Space/Enter shows the answer: the same card as the exported Anki deck (review_card.card_html:
senses, the context sentence with the term marked, its one-sentence translation behind a
"Translation" link or T, and the source line); the keys and grades are srs/grades.py's table (1–4 =
Again/Hard/Good/Easy = grades 1/3/4/5, or 0–5 = the SM-2 grade in six-grade mode), each button
saying what it will do from the scheduler's dry run (`lib.review.outcomes`): "again today" when
the card comes back in this session, else the interval until its next review; each answer goes
on the window's undo history (review_steps.Answer): Ctrl+Z undoes it and shows that card again,
Redo answers it again; O opens the source at the term's timestamp. Answer
time is measured from when the front appears. The session ends with a summary.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui import i18n
from vocab_app.gui.detail_pane import open_link
from vocab_app.gui.errors import error_text
from vocab_app.gui.i18n import QT_TRANSLATE_NOOP
from vocab_app.gui.ops import Ops
from vocab_app.gui.review_card import (
    AGAIN_BELOW,
    TRANSLATION_LINK,
    SessionSummary,
    card_html,
    summary_html,
)
from vocab_app.gui.review_steps import Answer, Given, Step, next_step
from vocab_app.services.changes import ALL, Changes
from vocab_app.srs.grades import AnswerKey, Wait, answer_keys, format_interval, wait

if TYPE_CHECKING:
    from vocab_app.services.library import Library
    from vocab_app.services.review import ReviewSession
    from vocab_app.services.review_records import CardView

__all__ = ["ReviewView", "format_interval"]

#: The answers' names (srs/grades.py), shown translated in the "ReviewView" context.
GRADE_NAMES = (
    QT_TRANSLATE_NOOP("ReviewView", "Again"), QT_TRANSLATE_NOOP("ReviewView", "Hard"),
    QT_TRANSLATE_NOOP("ReviewView", "Good"), QT_TRANSLATE_NOOP("ReviewView", "Easy"),
    QT_TRANSLATE_NOOP("ReviewView", "Blackout"), QT_TRANSLATE_NOOP("ReviewView", "Wrong"),
    QT_TRANSLATE_NOOP("ReviewView", "Almost"), QT_TRANSLATE_NOOP("ReviewView", "Perfect"),
)


def grade_name(spec: AnswerKey) -> str:
    """The answer's name in the interface's language."""
    return QCoreApplication.translate("ReviewView", spec.name)


class ReviewView(QWidget):
    """One review session at a time; `refresh()` starts one when none is running. Answers go on
    `undo_stack` (the window's; one of its own when None)."""

    shows = Changes(terms=True, senses=True, cards=True, settings=True)
    status_message = Signal(str)
    card_shown = Signal(int)  # card id, front side on screen
    answer_shown = Signal(int)  # card id, back side on screen
    session_finished = Signal()  # summary (or "nothing due") on screen

    def __init__(self, ops: Ops, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._session: ReviewSession | None = None
        self._card: CardView | None = None
        self._step: Step | None = None
        self._state = "idle"  # idle | loading | front | back | summary | empty
        self._busy = False
        self._six = False
        self._translation_open = False  # the back's translation, opened by its link or T
        self._answers: list[Given] = []  # this session's (card, grade, answer_ms), in order
        self._timer = QElapsedTimer()

        self.progress = QLabel()
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.progress.setAccessibleName(self.tr("Session progress"))
        self.card_view = QTextBrowser()
        self.card_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card_view.setOpenLinks(False)
        self.card_view.anchorClicked.connect(self._open)
        self.card_view.setAccessibleName(self.tr("Card"))
        self.show_button = QPushButton(self.tr("Show answer  (Space)"))
        self.show_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_button.clicked.connect(self.advance)
        self.grade_row = QHBoxLayout()
        self.buttons: list[tuple[AnswerKey, QPushButton]] = []
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.card_view, 1)
        layout.addWidget(self.show_button)
        layout.addLayout(self.grade_row)
        layout.addWidget(self.hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build_buttons(six=False)
        self._render()

    # --- public ------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        """idle | loading | front | back | summary | empty."""
        return self._state

    @property
    def current_card(self) -> CardView | None:
        """The CardView on screen, or None."""
        return self._card

    @property
    def answer_elapsed_ms(self) -> int:
        """Milliseconds since the current card's front was shown (its answer time so far)."""
        return int(self._timer.elapsed()) if self._timer.isValid() else 0

    @property
    def summary(self) -> SessionSummary:
        """The figures of the session so far (what the summary screen shows)."""
        return {
            "cards": len({card for card, _, _ in self._answers}),
            "answers": len(self._answers),
            "again": sum(1 for _, grade, _ in self._answers if grade < AGAIN_BELOW),
            "answer_ms": sum(ms for _, _, ms in self._answers),
            "next_due": self._step.next_due if self._step else None,
        }

    def refresh(self, changes: Changes = ALL) -> None:
        """Start a session unless one is running or its summary is on screen."""
        if self.isVisible():
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._state in ("idle", "empty") and not self._busy:
            self.start_session()

    @Slot()
    def start_session(self) -> None:
        """Pull today's queue and show its first card."""
        self._answers = []  # the last session's list stays with its answers' undo
        self._session = None
        self._set_busy(True)
        self._state = "loading"
        self._render()

        def start(lib: Library) -> tuple[bool, ReviewSession, Step]:
            six = bool(lib.settings.six_grade_mode)
            session = lib.review.start_session()
            return six, session, next_step(lib, session)

        self._ops.run(start, on_done=self._on_started, on_error=self._on_error)

    @Slot()
    def advance(self) -> None:
        """Space/Enter: show the answer, or start again from the summary."""
        if self._busy:
            return
        if self._state == "front" and self._card is not None:
            self._state = "back"
            self._render()
            self.answer_shown.emit(self._card.card_id)
        elif self._state in ("summary", "empty"):
            self.start_session()

    @Slot(int)
    def grade(self, grade: int) -> None:
        """Answer the card on screen with SM-2 quality `grade` (after its answer is shown)."""
        if self._busy or self._state != "back":
            if self._state == "front":
                self.status_message.emit(self.tr("Show the answer first (Space)."))
            return
        if self._session is None or self._card is None:  # "back" always has both
            return
        answer_ms = int(self._timer.elapsed())
        self.undo_stack.push(Answer(  # pushing runs the answer
            self._ops, self.undo_stack, self, self._session, self._card, grade, answer_ms,
            self._answers, begin=lambda: self._set_busy(True), shown=self._on_answer_step,
            report=self._on_error))

    @Slot()
    def undo(self) -> None:
        """Undo the last step of the undo history (here, usually the last answer: its card is
        shown again, front first)."""
        if self.undo_stack.canUndo():
            self.undo_stack.undo()

    def focus_search(self) -> None:
        """A review has no search box: Ctrl+F does nothing here."""

    # --- callbacks ---------------------------------------------------------------------------

    def _on_started(self, result: tuple[bool, ReviewSession, Step]) -> None:
        six, self._session, step = result
        if six != self._six:
            self._build_buttons(six)
        self._set_busy(False)
        self._show_step(step)

    def _on_answer_step(self, session: ReviewSession, answers: list[Given], step: Step,
                        message: str) -> None:
        # an undo or redo may belong to an earlier session: it is shown again where it was
        self._session, self._answers = session, answers
        self._set_busy(False)
        if message:
            self.status_message.emit(message)
        self._show_step(step)

    def _on_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self._state == "loading":
            self._state = "idle"
        self._render()
        self.status_message.emit(error_text(exc))

    def _show_step(self, step: Step) -> None:
        self._step = step
        self._card = step.card
        if step.card is None:
            self._state = "summary" if self._answers else "empty"
            self._render()
            self.session_finished.emit()
            return
        self._state = "front"
        self._translation_open = False
        self._render()
        self._timer.start()
        self.card_shown.emit(step.card.card_id)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy

    # --- drawing -----------------------------------------------------------------------------

    def _build_buttons(self, six: bool) -> None:
        self._six = six
        for _, button in self.buttons:
            self.grade_row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for spec in answer_keys(six):
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(self.tr("{name} (key {key})").format(name=grade_name(spec),
                                                                       key=spec.key))
            button.setAccessibleName(grade_name(spec))
            button.clicked.connect(lambda _c=False, g=spec.grade: self.grade(g))
            self.grade_row.addWidget(button)
            self.buttons.append((spec, button))

    def _render(self) -> None:
        state, step = self._state, self._step
        showing_card = state in ("front", "back")
        self.show_button.setVisible(state == "front")
        for spec, button in self.buttons:
            button.setVisible(state == "back")
            outcome = step.preview.get(spec.grade) if step else None
            text = (self.wait_text(wait(outcome, step.today))
                    if step is not None and outcome and step.today else "")
            button.setText(f"{grade_name(spec)}  [{spec.key}]\n{text}")
        if step is not None and showing_card:
            self.progress.setText(self.tr("{left} left · {done} done").format(
                left=i18n.number(step.remaining), done=i18n.number(step.done)))
        elif state == "summary":
            self.progress.setText(self.tr("{done} done").format(
                done=i18n.number(len(self._answers))))
        else:
            self.progress.setText("")
        keys = "0–5" if self._six else "1–4"
        self.hint.setText({
            "front": self.tr("Space: show answer · Ctrl+Z: undo"),
            "back": self.tr("{keys}: grade · T: translation · O: open source · Ctrl+Z: undo")
            .format(keys=keys),
            "summary": self.tr("Enter: check for more cards · Ctrl+Z: undo the last answer"),
            "empty": self.tr("Enter: check again"),
        }.get(state, ""))
        self.card_view.setHtml(self._page_html())

    def wait_text(self, w: Wait) -> str:
        """A button's caption (srs/grades.Wait) in the interface's language: "again today",
        "6d", "2.1mo" / "今天再来", "6天", "2.1个月"."""
        whole = w.amount == int(w.amount)
        amount = i18n.number(int(w.amount)) if whole else i18n.number(w.amount, 1)
        return {
            "again today": self.tr("again today"),
            "today": self.tr("today"),
            "days": self.tr("{n}d", "days until the next review").format(n=amount),
            "months": self.tr("{n}mo", "months until the next review").format(n=amount),
            "years": self.tr("{n}y", "years until the next review").format(n=amount),
        }.get(w.unit, w.unit)

    def _page_html(self) -> str:
        pal = self.palette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText).name()
        if self._state in ("loading", "idle"):
            loading = html.escape(self.tr("Loading today's cards…"))
            return f'<p align="center" style="color:{muted}">{loading}</p>'
        if self._state == "empty":
            nothing = html.escape(self.tr("Nothing is due."))
            later = html.escape(self.tr("Mine a transcript or come back tomorrow."))
            return (f"<h2 align='center'>{nothing}</h2>"
                    f"<p align='center' style='color:{muted}'>{later}</p>")
        if self._state == "summary" or self._card is None:  # front and back have a card
            return summary_html(self.summary, pal)
        return card_html(self._card, self._state == "back", pal, self._translation_open)

    # --- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Space/Enter advance, digits grade, Ctrl+Z undo, O open source, PgUp/PgDn scroll
        (Ctrl+Z reaches the view only when no menu action of the main window took it)."""
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance()
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            digit = key - Qt.Key.Key_0
            for spec, _ in self.buttons:
                if spec.key == str(digit):
                    self.grade(spec.grade)
        elif key == Qt.Key.Key_O and self._state == "back":
            self._open_source()
        elif key == Qt.Key.Key_T and self._state == "back":
            self.show_translation()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            bar = self.card_view.verticalScrollBar()
            step = bar.pageStep() * (-1 if key == Qt.Key.Key_PageUp else 1)
            bar.setValue(bar.value() + step)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _open_source(self) -> None:
        link = getattr(getattr(self._card, "context", None), "link", None)
        if link:
            self._open(link)
        else:
            self.status_message.emit(self.tr("This card has no source link."))

    def show_translation(self) -> None:
        """Open the back's translation (its link, or T)."""
        if self._state == "back" and not self._translation_open:
            self._translation_open = True
            self._render()

    def _open(self, url: QUrl | str) -> None:
        if (url.toString() if isinstance(url, QUrl) else url) == TRANSLATION_LINK:
            self.show_translation()
            return
        if not open_link(url):
            self.status_message.emit(self.tr("Only web links are opened."))

