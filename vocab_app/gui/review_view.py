"""The Review view: today's SM-2 queue, one card at a time, entirely by keyboard.

Space/Enter shows the answer (senses, the context sentence with the term highlighted, its
translation and a source link); the keys and grades are srs/grades.py's table (1–4 =
Again/Hard/Good/Easy = grades 1/3/4/5, or 0–5 = the SM-2 grade in six-grade mode), each button
saying what it will do from the scheduler's dry run (`lib.review.outcomes`): "again today" when
the card comes back in this session, else the interval until its next review; Ctrl+Z undoes
the last answer and shows that card again; O opens the source at the term's timestamp. Answer
time is measured from when the front appears. The session ends with a summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vocab_app.gui.detail_pane import open_link
from vocab_app.gui.errors import error_text
from vocab_app.gui.ops import Ops
from vocab_app.gui.review_card import AGAIN_BELOW, card_html, summary_html
from vocab_app.srs.grades import AnswerKey, Outcome, answer_keys, caption, format_interval

__all__ = ["ReviewView", "format_interval"]


@dataclass
class Step:
    """What the worker hands back after starting, answering or undoing: the next card to show."""

    card: Any  # CardView | None
    preview: dict[int, Outcome] = field(default_factory=dict)
    today: date | None = None
    remaining: int = 0
    done: int = 0
    next_due: date | None = None  # only looked up when the session is over


def _step(lib: Any, session: Any, card: Any = None) -> Step:
    """On the worker: the next card (or `card`), its previewed intervals and the counts."""
    if card is None:
        card = session.next_card()
    today = lib.clock.today()
    step = Step(card=card, today=today, remaining=session.remaining, done=session.done)
    if card is not None:
        step.preview = dict(lib.review.outcomes(card.card_id, session=session))
    else:
        forecast = lib.review.stats(days=1).forecast
        later = sorted(d for d, n in forecast.items() if n and d > today)
        step.next_due = later[0] if later else None
    return step


class ReviewView(QWidget):
    """One review session at a time; `refresh()` starts one when none is running."""

    status_message = Signal(str)
    can_undo_changed = Signal(bool)
    card_shown = Signal(int)  # card id, front side on screen
    answer_shown = Signal(int)  # card id, back side on screen
    session_finished = Signal()  # summary (or "nothing due") on screen

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._session: Any = None
        self._card: Any = None
        self._step: Step | None = None
        self._state = "idle"  # idle | loading | front | back | summary | empty
        self._busy = False
        self._six = False
        self._answers: list[tuple[int, int, int]] = []  # (card, grade, answer_ms), in order
        self._timer = QElapsedTimer()

        self.progress = QLabel()
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.progress.setAccessibleName("Session progress")
        self.card_view = QTextBrowser()
        self.card_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card_view.setOpenLinks(False)
        self.card_view.anchorClicked.connect(self._open)
        self.card_view.setAccessibleName("Card")
        self.show_button = QPushButton("Show answer  (Space)")
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
    def current_card(self) -> Any:
        """The CardView on screen, or None."""
        return self._card

    @property
    def answer_elapsed_ms(self) -> int:
        """Milliseconds since the current card's front was shown (its answer time so far)."""
        return int(self._timer.elapsed()) if self._timer.isValid() else 0

    @property
    def summary(self) -> dict[str, Any]:
        """The figures of the session so far (what the summary screen shows)."""
        return {
            "cards": len({card for card, _, _ in self._answers}),
            "answers": len(self._answers),
            "again": sum(1 for _, grade, _ in self._answers if grade < AGAIN_BELOW),
            "answer_ms": sum(ms for _, _, ms in self._answers),
            "next_due": self._step.next_due if self._step else None,
        }

    @property
    def can_undo(self) -> bool:
        """True when an answer of this session can be taken back."""
        return bool(self._answers) and self._session is not None and not self._busy

    @Slot()
    def refresh(self) -> None:
        """Start a session unless one is running or its summary is on screen."""
        if self.isVisible():
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._state in ("idle", "empty") and not self._busy:
            self.start_session()

    @Slot()
    def start_session(self) -> None:
        """Pull today's queue and show its first card."""
        self._answers.clear()
        self._session = None
        self._set_busy(True)
        self._state = "loading"
        self._render()

        def start(lib: Any) -> tuple[bool, Any, Step]:
            six = bool(lib.settings.six_grade_mode)
            session = lib.review.start_session()
            return six, session, _step(lib, session)

        self._ops.run(start, on_done=self._on_started, on_error=self._on_error)

    @Slot()
    def advance(self) -> None:
        """Space/Enter: show the answer, or start again from the summary."""
        if self._busy:
            return
        if self._state == "front":
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
                self.status_message.emit("Show the answer first (Space).")
            return
        answer_ms = int(self._timer.elapsed())
        session, card_id = self._session, self._card.card_id
        self._set_busy(True)

        def answer(lib: Any) -> Step:
            lib.review.answer(session, card_id, grade, answer_ms=answer_ms)
            return _step(lib, session)

        self._ops.run(answer,
                      on_done=lambda step: self._on_answered(card_id, grade, answer_ms, step),
                      on_error=self._on_error, changes=True)

    @Slot()
    def undo(self) -> None:
        """Take back the last answer; its card is shown again, front first."""
        if not self.can_undo:
            return
        session = self._session
        self._set_busy(True)

        def undo(lib: Any) -> Step:
            card_id = lib.review.undo(session)
            return _step(lib, session, card=_card_again(session, card_id))

        self._ops.run(undo, on_done=self._on_undone, on_error=self._on_error, changes=True)

    # --- callbacks ---------------------------------------------------------------------------

    def _on_started(self, result: tuple[bool, Any, Step]) -> None:
        six, self._session, step = result
        if six != self._six:
            self._build_buttons(six)
        self._set_busy(False)
        self._show_step(step)

    def _on_answered(self, card_id: int, grade: int, answer_ms: int, step: Step) -> None:
        self._answers.append((card_id, grade, answer_ms))
        self._set_busy(False)
        self._show_step(step)

    def _on_undone(self, step: Step) -> None:
        if self._answers:
            self._answers.pop()
        self._set_busy(False)
        self.status_message.emit("Last answer undone.")
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
        self._render()
        self._timer.start()
        self.card_shown.emit(step.card.card_id)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.can_undo_changed.emit(self.can_undo)

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
            button.setToolTip(f"{spec.name} (key {spec.key})")
            button.setAccessibleName(spec.name)
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
            text = caption(outcome, step.today) if outcome and step.today else ""
            button.setText(f"{spec.name}  [{spec.key}]\n{text}")
        if step is not None and showing_card:
            self.progress.setText(f"{step.remaining:,} left · {step.done:,} done")
        elif state == "summary":
            self.progress.setText(f"{len(self._answers):,} done")
        else:
            self.progress.setText("")
        keys = "0–5" if self._six else "1–4"
        self.hint.setText({
            "front": "Space: show answer · Ctrl+Z: undo",
            "back": f"{keys}: grade · O: open source · Ctrl+Z: undo",
            "summary": "Enter: check for more cards · Ctrl+Z: undo the last answer",
            "empty": "Enter: check again",
        }.get(state, ""))
        self.card_view.setHtml(self._page_html())

    def _page_html(self) -> str:
        pal = self.palette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText).name()
        if self._state in ("loading", "idle"):
            return f'<p align="center" style="color:{muted}">Loading today\'s cards…</p>'
        if self._state == "empty":
            return ("<h2 align='center'>Nothing is due.</h2>"
                    f"<p align='center' style='color:{muted}'>Mine a transcript or come back "
                    "tomorrow.</p>")
        if self._state == "summary":
            return summary_html(self.summary, pal)
        return card_html(self._card, self._state == "back", pal)

    # --- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """Space/Enter advance, digits grade, Ctrl+Z undo, O open source, PgUp/PgDn scroll."""
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
            self.status_message.emit("This card has no source link.")

    def _open(self, url: Any) -> None:
        if not open_link(url):
            self.status_message.emit("Only web links are opened.")


def _card_again(session: Any, card_id: int | None) -> Any:
    """The CardView of `card_id` to show after an undo (the session re-queues it)."""
    if card_id is None:
        return None
    return session.next_card()
