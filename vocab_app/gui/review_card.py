"""What the review screen shows: the card's front and back, the session summary, the grade
buttons and the interval captions. Rich text is built here with `html.escape` on every piece.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtGui import QPalette

from vocab_app.gui.detail_pane import highlight_html, source_line_html

AGAIN_BELOW = 3  # SM-2: a grade below 3 is a lapse ("again")
FOUR_NAMES = ("Again", "Hard", "Good", "Easy")
SIX_NAMES = ("Blackout", "Wrong", "Almost", "Hard", "Good", "Perfect")  # SM-2 quality 0..5


@dataclass(frozen=True)
class GradeButton:
    """One answer button: the key that presses it, its name, the SM-2 quality it sends."""

    key: str
    name: str
    grade: int


def grade_buttons(six_grade_mode: bool) -> list[GradeButton]:
    """Keys 1–4 → Again/Hard/Good/Easy through srs.sm2.BUTTON_GRADES, or keys 0–5 → q 0..5."""
    if six_grade_mode:
        return [GradeButton(str(q), name, q) for q, name in enumerate(SIX_NAMES)]
    from vocab_app.srs.sm2 import BUTTON_GRADES

    return [GradeButton(str(i), name, BUTTON_GRADES[name.lower()]) for i, name in
            enumerate(FOUR_NAMES, start=1)]


def format_interval(days: int) -> str:
    """Days until the next review as a button caption: 'today', '1d', '6d', '2.1mo', '1.4y'."""
    if days <= 0:
        return "today"
    if days < 30:
        return f"{days}d"
    if days < 365:
        return f"{days / 30:.1f}".rstrip("0").rstrip(".") + "mo"
    return f"{days / 365:.1f}".rstrip("0").rstrip(".") + "y"


def format_duration(ms: int) -> str:
    """'45 s', '3 min 05 s'."""
    seconds = round(ms / 1000)
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60:02d} s"


def card_html(card: Any, answer_shown: bool, palette: QPalette) -> str:
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


def summary_html(figures: dict[str, Any], palette: QPalette) -> str:
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
