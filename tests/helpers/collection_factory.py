"""Build real collection files for export and list tests with plain rows (no mining, no Library).

`Collection(path)` opens the file through the store's `open_db` (current schema with its
triggers) and offers small writers: a source, a term with senses, an occurrence in a segment,
a reviewed card with its log rows, a list. Everything is a real SQLite file in tmp_path.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import sqlite_utils

from vocab_app.store.db import open_db

STAMP = "2026-03-01T08:00:00.000000"


@dataclass
class Collection:
    """A collection file with helpers that insert rows the way the store lays them out."""

    path: Path
    db: sqlite_utils.Database

    @classmethod
    def create(cls, path: Path) -> Collection:
        """A fresh collection at `path`."""
        return cls(path, open_db(path))

    def close(self) -> None:
        self.db.conn.close()

    def add_source(self, title: str, *, url: str | None = None, kind: str = "transcript",
                   path: str | None = None) -> int:
        """A source row; returns its id."""
        with self.db.atomic():
            return self.db.execute(
                "INSERT INTO sources (path, title, kind, url, content_hash, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [path or f"/data/{title}.txt", title, kind, url, f"hash-{title}", STAMP]).lastrowid

    def add_segment(self, source_id: int, text: str, *, translation: str | None = None,
                    speaker: str | None = None, start: float | None = None) -> int:
        """A segment at the end of `source_id`; returns its id."""
        with self.db.atomic():
            idx = self.db.execute("SELECT coalesce(max(idx), -1) + 1 FROM segments"
                                  " WHERE source_id = ?", [source_id]).fetchone()[0]
            return self.db.execute(
                'INSERT INTO segments (source_id, idx, speaker, start, "end", text, translation)'
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [source_id, idx, speaker, start, None if start is None else start + 5, text,
                 translation]).lastrowid

    def add_term(self, term: str, glosses: tuple[str, ...] | list[str] = ("gloss",), *,
                 key: str | None = None, style: str = "en-zh", tags: str = "", notes: str = "",
                 lang: str = "en", reverse: bool = False) -> int:
        """A term with its senses and a new forward (and optional reverse) card; returns its id."""
        with self.db.atomic():
            position = self.db.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM terms").fetchone()[0]
            term_id = self.db.execute(
                "INSERT INTO terms (key, term, lang, tags, notes, frequency, position, created_at)"
                " VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                [key or term.casefold(), term, lang, tags, notes, position, STAMP]).lastrowid
            for gloss in glosses:
                self.db.execute("INSERT INTO senses (term_id, gloss, style, count)"
                                " VALUES (?, ?, ?, 1)", [term_id, gloss, style])
            for direction in ("forward", "reverse") if reverse else ("forward",):
                self.db.execute("INSERT INTO cards (term_id, direction) VALUES (?, ?)",
                                [term_id, direction])
        return term_id

    def add_occurrence(self, term_id: int, segment_id: int, sentence: str, surface: str) -> int:
        """An occurrence of the term's first sense at `surface` inside `sentence`."""
        start = sentence.index(surface)
        with self.db.atomic():
            sense_id = self.db.execute("SELECT min(id) FROM senses WHERE term_id = ?",
                                       [term_id]).fetchone()[0]
            return self.db.execute(
                "INSERT INTO occurrences (term_id, sense_id, segment_id, surface, sentence,"
                " span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [term_id, sense_id, segment_id, surface, sentence, start,
                 start + len(surface)]).lastrowid

    def term_in_source(self, source_id: int, term: str, gloss: str, sentence: str, *,
                       translation: str | None = None, speaker: str | None = None,
                       start: float | None = None, **term_kw) -> int:
        """A term seen once in a new segment of `source_id` (sentence = segment text)."""
        term_id = self.add_term(term, (gloss,), **term_kw)
        seg = self.add_segment(source_id, sentence, translation=translation, speaker=speaker,
                               start=start)
        self.add_occurrence(term_id, seg, sentence, term)
        return term_id

    def card_id(self, term_id: int, direction: str = "forward") -> int:
        return self.db.execute("SELECT id FROM cards WHERE term_id = ? AND direction = ?",
                               [term_id, direction]).fetchone()[0]

    def review(self, card_id: int, grades: list[int], *, first_day: date,
               gap_days: int | None = None) -> dict:
        """Log `grades` on successive days (as the review service would) and leave the card in
        the resulting SM-2 state; returns that state. Uses the real srs engine."""
        from vocab_app.srs import sm2

        state = sm2.SM2State()
        day = first_day
        with self.db.atomic():
            for i, grade in enumerate(grades):
                before = self._state_json(state)
                state = sm2.review(state, grade, day)
                after = {**self._state_json(state), "day": day.isoformat(), "relearn": False}
                at = datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(
                    hours=9, seconds=i)
                self.db.execute(
                    "INSERT INTO reviews (card_id, reviewed_at, grade, answer_ms, before, after)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [card_id, at.strftime("%Y-%m-%dT%H:%M:%S.%f"), grade, 4000 + i,
                     json.dumps(before), json.dumps(after)])
                day = state.due if gap_days is None else day + timedelta(days=gap_days)
            self.db.execute(
                "UPDATE cards SET state = ?, ef = ?, interval = ?, reps = ?, lapses = ?, due = ?"
                " WHERE id = ?",
                [sm2.phase(state), state.ef, state.interval, state.reps, state.lapses,
                 state.due.isoformat(), card_id])
        return self._state_json(state)

    @staticmethod
    def _state_json(state) -> dict:
        from vocab_app.srs import sm2

        return {"state": sm2.phase(state), "ef": state.ef, "interval": state.interval,
                "reps": state.reps, "lapses": state.lapses,
                "due": state.due.isoformat() if state.due else None}

    def add_list(self, name: str, term_ids: list[int],
                 overrides: dict[int, str] | None = None) -> int:
        """A teacher list holding `term_ids` in that order."""
        overrides = overrides or {}
        with self.db.atomic():
            list_id = self.db.execute("INSERT INTO lists (name, position, created_at)"
                                      " VALUES (?, 0, ?)", [name, STAMP]).lastrowid
            for pos, tid in enumerate(term_ids):
                self.db.execute("INSERT INTO list_terms (list_id, term_id, position,"
                                " gloss_override) VALUES (?, ?, ?, ?)",
                                [list_id, tid, pos, overrides.get(tid)])
        return list_id
