"""Terms by hand: rename a term, merge one into another, keep a context sentence typed in.

Each function runs inside the caller's transaction (services/term_edits.py opens it).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlite_utils

from vocab_app.store.terms import load_list, recount

HAND_SOURCE = "vocab:typed"  # the source that holds context sentences typed in by hand


def term_text(db: sqlite_utils.Database, term_id: int) -> tuple[str, str] | None:
    """(key, display text) of the term, or None when there is no such term."""
    row = db.execute("SELECT key, term FROM terms WHERE id = ?", [term_id]).fetchone()
    return (str(row[0]), str(row[1])) if row is not None else None


def set_term_text(db: sqlite_utils.Database, term_id: int, key: str, term: str,
                  variants: Sequence[str]) -> None:
    """Give the term a new key, display text and variant list (the key must be free)."""
    db.execute("UPDATE terms SET key = ?, term = ?, variants = ? WHERE id = ?",
               [key, term, json.dumps(list(variants), ensure_ascii=False), term_id])


def term_variants(db: sqlite_utils.Database, term_id: int) -> list[str]:
    """The term's variant surface forms."""
    row = db.execute("SELECT variants FROM terms WHERE id = ?", [term_id]).fetchone()
    return load_list(row[0]) if row is not None else []


def card_history(db: sqlite_utils.Database, term_id: int) -> dict[str, tuple[int, int]]:
    """direction → (card id, how many answers its review log holds) for the term's cards."""
    return {str(d): (int(c), int(n)) for c, d, n in db.execute(
        "SELECT c.id, c.direction, (SELECT count(*) FROM reviews r WHERE r.card_id = c.id)"
        " FROM cards c WHERE c.term_id = ?", [term_id])}


def merge_into(db: sqlite_utils.Database, source_id: int, target_id: int) -> None:
    """Move everything of term `source_id` onto term `target_id`, then delete the source term.

    Senses join the target (a gloss it has already takes the source's occurrences); contexts
    and list memberships move (a list holding both keeps the target's place and gloss); the
    source's text and variants become variants of the target, its tags and notes are added.
    Cards: where both terms have a card of one direction, the card with more answers in its
    review log is kept with its scheduling (the target's on a tie), and the other card's
    answers are moved onto it, so the surviving card's log holds the history of both.
    Runs inside the caller's transaction."""
    target_senses = dict(db.execute("SELECT gloss, id FROM senses WHERE term_id = ?",
                                    [target_id]))
    for sense_id, gloss in db.execute("SELECT id, gloss FROM senses WHERE term_id = ?",
                                      [source_id]).fetchall():
        if gloss in target_senses:
            db.execute("UPDATE OR IGNORE occurrences SET sense_id = ?, term_id = ?"
                       " WHERE sense_id = ?", [target_senses[gloss], target_id, sense_id])
        else:
            db.execute("UPDATE senses SET term_id = ? WHERE id = ?", [target_id, sense_id])
    db.execute("UPDATE OR IGNORE occurrences SET term_id = ? WHERE term_id = ?",
               [target_id, source_id])
    kept = card_history(db, target_id)
    for direction, (card_id, answers) in card_history(db, source_id).items():
        if direction not in kept:
            db.execute("UPDATE cards SET term_id = ? WHERE id = ?", [target_id, card_id])
            continue
        other, other_answers = kept[direction]
        winner, loser = (card_id, other) if answers > other_answers else (other, card_id)
        db.execute("UPDATE reviews SET card_id = ? WHERE card_id = ?", [winner, loser])
        db.execute("DELETE FROM cards WHERE id = ?", [loser])
        if winner == card_id:
            db.execute("UPDATE cards SET term_id = ? WHERE id = ?", [target_id, card_id])
    db.execute("UPDATE OR IGNORE list_terms SET term_id = ? WHERE term_id = ?",
               [target_id, source_id])
    (s_term, s_variants, s_tags, s_notes), (t_term, t_variants, t_tags, t_notes) = (
        db.execute("SELECT term, variants, tags, notes FROM terms WHERE id = ?", [i]).fetchone()
        for i in (source_id, target_id))
    variants = list(dict.fromkeys(v for v in [*load_list(t_variants), s_term,
                                              *load_list(s_variants)] if v != t_term))
    tags = " ".join(dict.fromkeys([*t_tags.split(), *s_tags.split()]))
    notes = "\n".join(n for n in (t_notes, s_notes) if n)
    db.execute("DELETE FROM terms WHERE id = ?", [source_id])  # what is left cascades
    db.execute("UPDATE terms SET variants = ?, tags = ?, notes = ? WHERE id = ?",
               [json.dumps(variants, ensure_ascii=False), tags, notes, target_id])
    recount(db, [target_id])


def add_typed_context(db: sqlite_utils.Database, term_id: int, gloss: str, sentence: str, *,
                      now: str) -> None:
    """Keep `sentence` as a context of the term's sense `gloss` (which must exist): a segment
    of the source that holds sentences typed by hand (made on first use), and an occurrence
    spanning the term where the sentence contains it (the whole sentence otherwise)."""
    row = db.execute("SELECT id FROM sources WHERE path = ?", [HAND_SOURCE]).fetchone()
    if row is None:
        source_id = db.execute(
            "INSERT INTO sources (path, title, kind, url, content_hash, imported_at)"
            " VALUES (?, 'Typed in', 'text', NULL, '', ?)", [HAND_SOURCE, now]).lastrowid
    else:
        source_id = row[0]
    index = db.execute("SELECT coalesce(max(idx), -1) + 1 FROM segments WHERE source_id = ?",
                       [source_id]).fetchone()[0]
    segment_id = db.execute("INSERT INTO segments (source_id, idx, text) VALUES (?, ?, ?)",
                            [source_id, index, sentence]).lastrowid
    term = db.execute("SELECT term FROM terms WHERE id = ?", [term_id]).fetchone()[0]
    at = sentence.casefold().find(str(term).casefold())
    start, end = (at, at + len(term)) if at >= 0 else (0, len(sentence))
    sense_id = db.execute("SELECT id FROM senses WHERE term_id = ? AND gloss = ?",
                          [term_id, gloss]).fetchone()[0]
    db.execute("INSERT INTO occurrences (term_id, sense_id, segment_id, surface, sentence,"
               " span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [term_id, sense_id, segment_id, sentence[start:end], sentence, start, end])
    recount(db, [term_id])


def add_context_at(db: sqlite_utils.Database, term_id: int, gloss: str, sentence: str,
                   segment_id: int) -> bool:
    """Keep `sentence` as a context of the term's sense `gloss` in the mined segment
    `segment_id` (so its source and timestamp come with it: a term added while reading).
    False (nothing stored) when that segment is gone."""
    if db.execute("SELECT 1 FROM segments WHERE id = ?", [segment_id]).fetchone() is None:
        return False
    term = db.execute("SELECT term FROM terms WHERE id = ?", [term_id]).fetchone()[0]
    at = sentence.casefold().find(str(term).casefold())
    start, end = (at, at + len(term)) if at >= 0 else (0, len(sentence))
    sense_id = db.execute("SELECT id FROM senses WHERE term_id = ? AND gloss = ?",
                          [term_id, gloss]).fetchone()[0]
    db.execute("INSERT OR IGNORE INTO occurrences (term_id, sense_id, segment_id, surface,"
               " sentence, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [term_id, sense_id, segment_id, sentence[start:end], sentence, start, end])
    recount(db, [term_id])
    return True


def term_list_names(db: sqlite_utils.Database, term_id: int) -> list[str]:
    """The names of the teacher lists holding the term, in the lists' order."""
    return [str(r[0]) for r in db.execute(
        "SELECT l.name FROM lists l JOIN list_terms lt ON lt.list_id = l.id"
        " WHERE lt.term_id = ? ORDER BY l.position, l.id", [term_id])]
