"""What the review screen shows: the card's front and back and the session summary. Rich text
is built here with `html.escape` on every piece. The grade buttons and their captions come from
srs/grades.py, the table `vocab review` uses too.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from vocab_app.gui import i18n
from vocab_app.services import cards

if TYPE_CHECKING:
    from vocab_app.services.review_records import CardView, Context

translate = QCoreApplication.translate
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
        return translate("ReviewCard", "{s} s").format(s=seconds)
    return translate("ReviewCard", "{m} min {s} s").format(m=seconds // 60,
                                                          s=f"{seconds % 60:02d}")


#: The link that opens the translation on the back (Anki's tap-to-reveal hint); T does too.
TRANSLATION_LINK = "vocab:translation"


def card_html(card: CardView, answer_shown: bool, palette: QPalette,
              translation_open: bool = False) -> str:
    """The card as the exported Anki card draws it (services/cards.py gives both their text):
    the front (the term, or the senses with the term masked for a reverse card), and once
    shown, below one rule, the answer with the pinyin of its Chinese side, the context
    sentence with the term marked by weight, underline and colour, its one-sentence
    translation behind a "Translation" link (open when `translation_open`), and the source
    line `▶ 39:43 · Episode title…`."""
    esc = html.escape
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    term = card.front if card.direction == "forward" else (card.back[0] if card.back else "")
    senses = [str(getattr(s, "gloss", s)) for s in (
        card.back if card.direction == "forward" else (card.front,))]
    lines = [line for sense in senses for line in cards.gloss_lines(sense)]
    if card.direction == "forward":
        out = [_big(esc(card.front))]
    else:
        out = [f"<p align='center' style='font-size:18pt; margin-top:24px'>"
               f"{'<br>'.join(esc(cards.mask_term(g, term)) for g in lines)}</p>"]
    if not answer_shown:
        return "".join(out)
    out.append("<hr/>")
    if card.direction == "forward":
        out.append(f"<p align='center' style='font-size:18pt'>{'<br>'.join(map(esc, lines))}</p>")
    else:
        out.append(_big(esc(term)))
    pinyin = getattr(card, "pinyin", "")
    if pinyin:  # the reading of the Chinese side, under the answer as on the Anki card
        out.append(f"<p align='center' style='font-size:14pt; color:{muted}'>{esc(pinyin)}</p>")
    ctx = card.context
    if ctx is None or not ctx.sentence:
        return "".join(out)
    mark = (f"font-weight:700; text-decoration:underline; "
            f"color:{'#f5c451' if dark else '#9a4700'}")
    sentence, span = cards.card_sentence(ctx.sentence, ctx.span)
    out.append(f"<p style='font-size:14pt'>{_marked(sentence, span, mark)}</p>")
    if ctx.translation:
        text = cards.card_translation(ctx.translation, ctx.sentence, ctx.span, term,
                                      "; ".join(lines))
        if translation_open:
            out.append(f"<p style='font-size:12pt; color:{muted}'>"
                       f"{_marked(text, _find(text, term, lines), mark)}</p>")
        else:
            link = html.escape(translate("ReviewCard", "Translation"))
            out.append(f"<p style='font-size:11pt'><a href='{TRANSLATION_LINK}'>{link}</a>"
                       f"<span style='color:{muted}'>  (T)</span></p>")
    out.append(f"<p style='font-size:small; color:{muted}'>{_source_line(ctx)}</p>")
    return "".join(out)


def _big(text: str) -> str:
    return f"<p align='center' style='font-size:26pt; font-weight:600; margin-top:24px'>{text}</p>"


def _marked(text: str, span: tuple[int, int] | None, style: str) -> str:
    """`text` escaped with text[span] in a marked span (a bad span marks nothing)."""
    if not span or not 0 <= span[0] < span[1] <= len(text):
        return html.escape(text)
    a, b = span
    return (f"{html.escape(text[:a])}<span style='{style}'>{html.escape(text[a:b])}</span>"
            f"{html.escape(text[b:])}")


def _find(text: str, term: str, glosses: list[str]) -> tuple[int, int] | None:
    """Where the term or a gloss first stands in `text` (spaces and hyphens folded)."""
    for word in (term, *glosses):
        found = cards.find_term(text, word)
        if found is not None:
            return found
    return None


def _source_line(ctx: Context) -> str:
    """`Name · ▶ 39:43 · Episode title…`, the label a link when the source has one."""
    label = html.escape(cards.source_label(ctx.start, ctx.source_title or ""))
    if ctx.link:
        href = html.escape(ctx.link, quote=True)
        label = f'<a href="{href}">{label or html.escape(ctx.link)}</a>'
    name = cards.speaker_name(ctx.speaker)
    return f"{html.escape(name)} · {label}" if name and label else html.escape(name) or label


def summary_html(figures: SessionSummary, palette: QPalette) -> str:
    """The end-of-session table: cards reviewed, answers, again count, time spent, next due."""
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    next_due: date | None = figures["next_due"]
    rows = [(translate("ReviewCard", "Cards reviewed"), i18n.number(figures["cards"])),
            (translate("ReviewCard", "Answers"), i18n.number(figures["answers"])),
            (translate("ReviewCard", "Again"), i18n.number(figures["again"])),
            (translate("ReviewCard", "Time spent"), format_duration(figures["answer_ms"])),
            (translate("ReviewCard", "Next due"), i18n.day(next_due) if next_due
             else translate("ReviewCard", "nothing scheduled"))]
    table = "".join(f"<tr><td style='color:{muted}; padding-right:16px'>{html.escape(k)}</td>"
                    f"<td><b>{html.escape(v)}</b></td></tr>" for k, v in rows)
    done = html.escape(translate("ReviewCard", "Session complete"))
    return (f"<h2 align='center'>{done}</h2>"
            f"<table align='center' cellpadding='4'>{table}</table>")
