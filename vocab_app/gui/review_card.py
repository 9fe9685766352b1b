"""What the review screen shows: the card's front and back and the session summary. Rich text
is built here with `html.escape` on every piece. The grade buttons and their captions come from
srs/grades.py, the table `vocab review` uses too.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtGui import QPalette

from vocab_app.gui.detail_pane import highlight_html, source_line_html

if TYPE_CHECKING:
    from vocab_app.services.review_records import CardView

AGAIN_BELOW = 3  # SM-2: a grade below 3 is a lapse ("again")


class SessionSummary(TypedDict):
    """The figures of a review session (ReviewView.summary; the summary screen shows them)."""

    cards: int  # different cards answered
    answers: int
    again: int  # answers below AGAIN_BELOW
    answer_ms: int  # time spent answering
    next_due: date | None  # the next day a card is due, once the session is over


def format_duration(ms: int) -> str:
    """'45 s', '3 min 05 s'."""
    seconds = round(ms / 1000)
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60:02d} s"


def card_html(card: CardView, answer_shown: bool, palette: QPalette) -> str:
    """The front (term, or glosses for a reverse card) and, once shown, the back: senses, the
    context sentence with the term highlighted, its translation and the source line."""
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    esc = html.escape
    out = [f"<p align='center' style='font-size:28pt; margin-top:24px'>{esc(card.front)}</p>"]
    if card.direction != "forward":
        out.append(f"<p align='center' style='color:{muted}'>which term?</p>")
    if not answer_shown:
        return "".join(out)
    out.append("<hr/>")
    back = card.back if isinstance(card.back, (list, tuple)) else [card.back]
    for sense in back:
        gloss = getattr(sense, "gloss", sense)
        style = getattr(sense, "style", "")
        extra = f" <span style='color:{muted}'>({esc(str(style))})</span>" if style else ""
        out.append(f"<p align='center' style='font-size:18pt'>{esc(str(gloss))}{extra}</p>")
    ctx = card.context
    if ctx is not None and getattr(ctx, "sentence", None):
        out.append(f"<p>{highlight_html(ctx.sentence, ctx.span, palette)}</p>")
        if ctx.translation:
            out.append(f"<p style='color:{muted}'>{esc(ctx.translation)}</p>")
        out.append(f"<p style='font-size:small'>{source_line_html(ctx, palette)}</p>")
    return "".join(out)


def summary_html(figures: SessionSummary, palette: QPalette) -> str:
    """The end-of-session table: cards reviewed, answers, again count, time spent, next due."""
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    next_due: date | None = figures["next_due"]
    rows = [("Cards reviewed", f"{figures['cards']:,}"),
            ("Answers", f"{figures['answers']:,}"),
            ("Again", f"{figures['again']:,}"),
            ("Time spent", format_duration(figures["answer_ms"])),
            ("Next due", next_due.isoformat() if next_due else "nothing scheduled")]
    table = "".join(f"<tr><td style='color:{muted}; padding-right:16px'>{html.escape(k)}</td>"
                    f"<td><b>{html.escape(v)}</b></td></tr>" for k, v in rows)
    return ("<h2 align='center'>Session complete</h2>"
            f"<table align='center' cellpadding='4'>{table}</table>")
