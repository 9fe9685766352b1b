"""Carry SM-2 scheduling over into a package: review cards and revlog rows Anki imports as-is.

genanki writes every card as new. When the user asks for scheduling, the collection.anki2 that
genanki wrote is post-processed (store/anki_file.py) before it is zipped:

- each card reviewed here becomes an Anki review card (type 2, queue 2; suspended → queue -1)
  with our interval, ease (EF × 1000), repetitions and lapses;
- its due day is stored the way Anki stores it, as days since the collection's creation
  (`col.crt`). We set `crt` to the export day at local noon and count days from that day; Anki's
  importer moves `due` by the difference between the package's and the target collection's
  day counts, so the card is due on the same calendar day in the user's collection. Noon keeps
  the day unambiguous against Anki's rollover hour (4 am) for time zones within ±8 h;
- every review-log row becomes a revlog row. Its id is the review time in epoch milliseconds
  (Anki's convention), so exporting twice and importing twice adds no duplicate history (Anki
  skips revlog ids it already has).

Grade → Anki button: 0–2 Again (1), 3 Hard (2), 4 Good (3), 5 Easy (4), matching the four
buttons of srs.sm2.BUTTON_GRADES. Revlog type: 0 learn (the card was new), 2 relearn (a
same-day repetition), else 1 review. Our "learning" cards (fewer than two successful
repetitions, but with a due day) also become review cards: SM-2 has no intraday steps.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time

from vocab_app.export.anki_model import DIRECTION_ORD
from vocab_app.export.collect import ExportCard, ExportReview
from vocab_app.store.anki_file import AnkiFile

ANKI_MAX_ANSWER_MS = 60_000  # Anki caps a revlog's answer time at its "maximum answer seconds"


def creation_time(day: date) -> int:
    """The package's `col.crt` for an export on `day`: that day at local noon, epoch seconds."""
    return int(datetime.combine(day, time(12)).astimezone().timestamp())


def button_for(grade: int) -> int:
    """Anki's answer button (1 Again … 4 Easy) for an SM-2 grade 0–5."""
    if grade < 3:
        return 1
    return {3: 2, 4: 3}.get(grade, 4)


def apply_scheduling(anki: AnkiFile, cards_by_guid: Mapping[str, list[ExportCard]],
                     *, today: date) -> int:
    """Rewrite the genanki-written collection `anki`: our cards' states and review logs.

    `cards_by_guid` maps a note GUID to its cards (collect.ExportCard, with reviews). Returns
    the number of cards that became review cards. Does not commit.
    """
    conf = anki.collection_conf()
    # genanki's collection names no scheduler version, so Anki would treat it as a v1
    # collection and "upgrade" the log on import (learning answers Good → Easy).
    conf["schedVer"] = 2
    anki.set_collection(crt=creation_time(today), conf=conf)
    anki_cards = anki.card_ids()
    scheduled = 0
    used_ids: set[int] = set()
    revlog: list[tuple[int, ...]] = []
    for guid, cards in cards_by_guid.items():
        for card in cards:
            cid = anki_cards.get((guid, DIRECTION_ORD.get(card.direction, -1)))
            if cid is None:
                continue  # a reverse card here, but the export chose no reverse cards
            if card.state != "new" and card.due is not None:
                anki.make_review_card(
                    cid, queue=-1 if card.suspended else 2, due=(card.due - today).days,
                    ivl=max(card.interval, 1), factor=round(card.ef * 1000), reps=card.reps,
                    lapses=card.lapses)
                scheduled += 1
            elif card.suspended:
                anki.suspend_card(cid)
            revlog.extend(_revlog_row(review, cid, used_ids) for review in card.reviews)
    anki.add_revlog(revlog)
    return scheduled


def _revlog_row(review: ExportReview, cid: int, used_ids: set[int]) -> tuple[int, ...]:
    """One Anki revlog row (id, cid, ease, ivl, lastIvl, factor, time, type)."""
    rid = int(review.reviewed_at.timestamp() * 1000)
    while rid in used_ids:  # two answers within one millisecond
        rid += 1
    used_ids.add(rid)
    before, after = review.before, review.after
    if after.get("relearn"):
        kind = 2
    elif before.get("state", "new") == "new" or not before.get("due"):
        kind = 0
    else:
        kind = 1
    return (rid, cid, button_for(review.grade), int(after.get("interval", 0) or 0),
            int(before.get("interval", 0) or 0), round(float(after.get("ef", 2.5)) * 1000),
            min(max(review.answer_ms, 0), ANKI_MAX_ANSWER_MS), kind)
