"""Store mined notes: terms by key, senses by (term, gloss), occurrences, and cards for new terms.

Runs inside the caller's transaction, after the documents' sources and segments are stored
(store/sources.py). Rules:
- a term is found by its normalised key; a new one gets the next `position` and its cards
  (forward, plus reverse when asked); an existing one only gains new variants. A note whose
  key is the abbreviation of a stored term (an `abbr` sense, e.g. `AGI` of `general artificial
  intelligence`) joins that term, as mining.merge does within one batch, so importing files
  one by one gives the same terms as importing them together. An existing
  card is never touched, so re-importing never resets scheduling;
- a term's pronunciation is the first non-empty one stored: a later note only fills an empty
  one, so neither a second pronunciation nor re-mining replaces one already there (or edited);
- a sense is found by (term, gloss); an occurrence by (segment, sense, span start), and an
  existing one is refreshed in place when its sentence changed;
- in a source whose text changed, occurrences not found again are dropped; an occurrence found
  again but not accepted this time (a known pair left unticked) is kept, not dropped;
- `senses.count` and `terms.frequency` are recounted from the stored occurrences of every term
  touched.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlite_utils

from vocab_app.errors import Cancelled
from vocab_app.mining.cancel import CancelCheck, polled
from vocab_app.mining.merge import term_key
from vocab_app.mining.model import Note, Occurrence
from vocab_app.store.migrations import BATCH_KEY, refresh_sense_columns


@dataclass(slots=True)
class FileCounts:
    """What storing added, for one input file."""

    new_terms: int = 0
    new_senses: int = 0
    new_occurrences: int = 0


@dataclass(slots=True)
class StoreOutcome:
    """Counts per file path (as mined) and the ids of the terms created or touched."""

    files: dict[str, FileCounts] = field(default_factory=dict)
    new_term_ids: list[int] = field(default_factory=list)
    touched_term_ids: set[int] = field(default_factory=set)

    def counts(self, path: str) -> FileCounts:
        """The counts of `path` (created on first use)."""
        return self.files.setdefault(path, FileCounts())


def store_notes(db: sqlite_utils.Database, notes: Iterable[Note],
                segment_ids: Mapping[str, Mapping[int, int]], *, now: str,
                reverse_cards: bool = False,
                accept: Collection[tuple[str, str]] | None = None,
                changed_sources: Mapping[str, int] | None = None,
                cancelled: CancelCheck | None = None) -> StoreOutcome:
    """Store `notes` whose occurrences point at segments in `segment_ids[path][index]`.

    `accept` keeps only those (note key, gloss) pairs (None: all). `changed_sources` maps the
    path of each source whose text changed to its source id: there, occurrences not stored
    again by this call are deleted. `cancelled()` is polled between notes (errors.Cancelled:
    the caller rolls its transaction back). See the module docstring for the rules.
    """
    out = StoreOutcome()
    with _senses_batch(db) as sensed:
        _store_notes(db, polled(notes, cancelled), segment_ids, now, reverse_cards, accept,
                     changed_sources, out, sensed)
    recount(db, out.touched_term_ids)
    return out


@contextmanager
def _senses_batch(db: sqlite_utils.Database) -> Iterator[set[int]]:
    """Senses inserted inside leave their term's glosses and style alone (see the V5 trigger in
    store/migrations.py); the terms whose ids the caller adds to the yielded set are refreshed
    once on leaving, whatever happens, so each term costs one rebuild, not one per sense."""
    db.execute("INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO NOTHING",
               [BATCH_KEY])
    sensed: set[int] = set()
    refresh = True
    try:
        yield sensed
    except Cancelled:
        refresh = False  # the caller rolls back: refreshing what is undone would delay Cancel
        raise
    finally:
        db.execute("DELETE FROM meta WHERE key = ?", [BATCH_KEY])
        if sensed and refresh:
            db.execute(f"UPDATE terms SET {refresh_sense_columns('terms.id')}"
                       " WHERE id IN (SELECT value FROM json_each(?))",
                       [json.dumps(sorted(sensed))])


def _store_notes(db: sqlite_utils.Database, notes: Iterable[Note],
                 segment_ids: Mapping[str, Mapping[int, int]], now: str, reverse_cards: bool,
                 accept: Collection[tuple[str, str]] | None,
                 changed_sources: Mapping[str, int] | None, out: StoreOutcome,
                 sensed: set[int]) -> None:
    seen_occurrences: list[int] = []
    abbreviations = _abbreviation_owners(db)
    changed_paths = set(changed_sources or {})
    for note in notes:
        glosses = [s for s in note.senses if accept is None or (note.key, s.gloss) in accept]
        kept = {s.gloss for s in glosses}
        if changed_paths and len(kept) < len(note.senses):
            seen_occurrences += _still_there(
                db, note, [o for o in note.occurrences if o.gloss not in kept
                           and o.source_path in changed_paths], segment_ids, abbreviations)
        if not glosses:
            continue
        occs = [o for o in note.occurrences
                if o.gloss in kept and o.segment_index in segment_ids.get(o.source_path, {})]
        first_path = (occs or note.occurrences)[0].source_path
        term_id, created = _upsert_term(db, note, now, abbreviations, reverse_cards)
        out.touched_term_ids.add(term_id)
        if created:
            out.new_term_ids.append(term_id)
            out.counts(first_path).new_terms += 1
        first_path_of: dict[str, str] = {}
        for o in occs:
            first_path_of.setdefault(o.gloss, o.source_path)
        for sense in glosses:
            if add_sense(db, term_id, sense.gloss, sense.style):
                sensed.add(term_id)
                out.counts(first_path_of.get(sense.gloss, first_path)).new_senses += 1
        sense_ids = dict(db.execute("SELECT gloss, id FROM senses WHERE term_id = ?", [term_id]))
        written: set[tuple[int, int, int]] = set()
        for occ in occs:
            seg = segment_ids[occ.source_path][occ.segment_index]
            place = (seg, sense_ids[occ.gloss], occ.term_in_sentence[0])
            if place in written:
                # The same stored occurrence (segment, sense, place in its sentence): one
                # context is kept, the first; rewriting the row for each repeat on a long line
                # cost an update and its search-index rewrite per repeat.
                continue
            written.add(place)
            occ_id, new = _upsert_occurrence(db, term_id, place[1], seg, occ)
            seen_occurrences.append(occ_id)
            if new:
                out.counts(occ.source_path).new_occurrences += 1
    for source_id in (changed_sources or {}).values():
        out.touched_term_ids.update(_drop_stale(db, source_id, seen_occurrences))


def create_term(db: sqlite_utils.Database, *, key: str, term: str, lang: str, created_at: str,
                reverse_cards: bool, variants: Sequence[str] = (), pronunciation: str = "",
                tags: str = "") -> int:
    """Store a new term (no senses yet) after every other one (`position`) with its cards: a
    forward card, and a reverse card when `reverse_cards`. Every new term, mined or imported
    from a list, is made here; returns its id. The key must not be stored yet."""
    position = db.execute("SELECT coalesce(max(position), 0) + 1 FROM terms").fetchone()[0]
    term_id = int(db.execute(
        "INSERT INTO terms (key, term, lang, variants, tags, position, created_at, pronunciation)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [key, term, lang, json.dumps(list(variants), ensure_ascii=False), tags, position,
         created_at, pronunciation]).lastrowid or 0)
    _create_cards(db, term_id, reverse_cards)
    return term_id


def add_sense(db: sqlite_utils.Database, term_id: int, gloss: str, style: str) -> bool:
    """Give the term the sense `gloss` (count 0 until recounted); False if it has it already."""
    cur = db.execute("INSERT INTO senses (term_id, gloss, style) VALUES (?, ?, ?)"
                     " ON CONFLICT (term_id, gloss) DO NOTHING", [term_id, gloss, style])
    return cur.rowcount == 1


def sense_glosses(db: sqlite_utils.Database, term_id: int) -> list[str]:
    """The term's glosses (in no promised order)."""
    return [r[0] for r in db.execute("SELECT gloss FROM senses WHERE term_id = ?", [term_id])]


def _abbreviation_owners(db: sqlite_utils.Database) -> dict[str, int]:
    """term_key(abbreviation) → id of the stored term it abbreviates (the most seen one)."""
    owners: dict[str, tuple[int, int]] = {}
    for term_id, gloss, count in db.execute(
            "SELECT term_id, gloss, count FROM senses WHERE style = 'abbr'"):
        key = term_key(gloss)
        if key and (key not in owners or count > owners[key][1]):
            owners[key] = (term_id, count)
    return {key: term_id for key, (term_id, _) in owners.items()}


def _upsert_term(db: sqlite_utils.Database, note: Note, now: str,
                 abbreviations: Mapping[str, int], reverse_cards: bool) -> tuple[int, bool]:
    row = db.execute("SELECT id, term, variants FROM terms WHERE key = ?", [note.key]).fetchone()
    if row is None and note.key in abbreviations:
        row = db.execute("SELECT id, term, variants FROM terms WHERE id = ?",
                         [abbreviations[note.key]]).fetchone()
    if row is None:
        term_id = create_term(db, key=note.key, term=note.term, lang=note.lang, created_at=now,
                              reverse_cards=reverse_cards, variants=note.variants,
                              pronunciation=note.pronunciation)
        return term_id, True
    term_id, display, stored = row
    if note.pronunciation:
        db.execute("UPDATE terms SET pronunciation = ? WHERE id = ? AND pronunciation = ''",
                   [note.pronunciation, term_id])
    variants = load_list(stored)
    added = [v for v in [note.term, *note.variants] if v != display and v not in variants]
    if added:
        db.execute("UPDATE terms SET variants = ? WHERE id = ?",
                   [json.dumps(variants + added, ensure_ascii=False), term_id])
    return term_id, False


def _still_there(db: sqlite_utils.Database, note: Note, occs: list[Occurrence],
                 segment_ids: Mapping[str, Mapping[int, int]],
                 abbreviations: Mapping[str, int]) -> list[int]:
    """Ids of the stored occurrences that `occs` (not stored by this call) found again."""
    row = db.execute("SELECT id FROM terms WHERE key = ?", [note.key]).fetchone()
    term_id = row[0] if row is not None else abbreviations.get(note.key)
    if term_id is None or not occs:
        return []
    sense_ids = dict(db.execute("SELECT gloss, id FROM senses WHERE term_id = ?", [term_id]))
    found = []
    for occ in occs:
        seg = segment_ids.get(occ.source_path, {}).get(occ.segment_index)
        if seg is None or occ.gloss not in sense_ids:
            continue
        hit = db.execute("SELECT id FROM occurrences WHERE segment_id = ? AND sense_id = ?"
                         " AND span_start = ?",
                         [seg, sense_ids[occ.gloss], occ.term_in_sentence[0]]).fetchone()
        if hit is not None:
            found.append(hit[0])
    return found


def _create_cards(db: sqlite_utils.Database, term_id: int, reverse: bool) -> None:
    directions = ("forward", "reverse") if reverse else ("forward",)
    for direction in directions:
        db.execute("INSERT INTO cards (term_id, direction) VALUES (?, ?)"
                   " ON CONFLICT (term_id, direction) DO NOTHING", [term_id, direction])


def _upsert_occurrence(db: sqlite_utils.Database, term_id: int, sense_id: int, segment_id: int,
                       occ: Occurrence) -> tuple[int, bool]:
    start, end = occ.term_in_sentence
    row = db.execute("SELECT id, term_id, surface, sentence, span_end, translation"
                     " FROM occurrences WHERE segment_id = ? AND sense_id = ? AND span_start = ?",
                     [segment_id, sense_id, start]).fetchone()
    if row is None:
        occ_id = db.execute(
            "INSERT INTO occurrences (term_id, sense_id, segment_id, surface, sentence,"
            " span_start, span_end, translation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [term_id, sense_id, segment_id, occ.term, occ.sentence, start, end,
             occ.translation]).lastrowid
        assert occ_id is not None  # an INSERT always sets lastrowid
        return occ_id, True
    if tuple(row[1:]) != (term_id, occ.term, occ.sentence, end, occ.translation):
        db.execute("UPDATE occurrences SET term_id = ?, surface = ?, sentence = ?, span_end = ?,"
                   " translation = ? WHERE id = ?",
                   [term_id, occ.term, occ.sentence, end, occ.translation, row[0]])
    return row[0], False


def _drop_stale(db: sqlite_utils.Database, source_id: int, keep: list[int]) -> set[int]:
    """Delete the source's occurrences not in `keep`; return the term ids they belonged to."""
    where = ("segment_id IN (SELECT id FROM segments WHERE source_id = ?)"
             " AND id NOT IN (SELECT value FROM json_each(?))")
    params = [source_id, json.dumps(keep)]
    terms = {r[0] for r in db.execute(f"SELECT DISTINCT term_id FROM occurrences WHERE {where}",
                                      params)}
    if terms:
        db.execute(f"DELETE FROM occurrences WHERE {where}", params)
    return terms


def recount(db: sqlite_utils.Database, term_ids: Iterable[int]) -> None:
    """Set senses.count and terms.frequency of `term_ids` from their stored occurrences."""
    ids = json.dumps(sorted(term_ids))
    db.execute("UPDATE senses SET count = (SELECT count(*) FROM occurrences o"
               " WHERE o.sense_id = senses.id)"
               " WHERE term_id IN (SELECT value FROM json_each(?))", [ids])
    db.execute("UPDATE terms SET frequency = (SELECT count(*) FROM occurrences o"
               " WHERE o.term_id = terms.id) WHERE id IN (SELECT value FROM json_each(?))", [ids])


def known_pairs(db: sqlite_utils.Database, keys: Iterable[str]) -> set[tuple[str, str]]:
    """The (term key, gloss) pairs already stored for `keys`."""
    return {(k, g) for k, g in db.execute(
        "SELECT t.key, s.gloss FROM terms t JOIN senses s ON s.term_id = t.id"
        " WHERE t.key IN (SELECT value FROM json_each(?))", [json.dumps(sorted(set(keys)))])}


def load_list(text: str) -> list[str]:
    """A stored JSON list of strings (variants) as a list; [] for anything else."""
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def term_by_key(db: sqlite_utils.Database, key: str) -> tuple[int, str] | None:
    """(id, tags) of the stored term with normalised key `key`, or None."""
    row = db.execute("SELECT id, tags FROM terms WHERE key = ?", [key]).fetchone()
    return (row[0], row[1]) if row is not None else None


def term_tags(db: sqlite_utils.Database, term_id: int) -> str:
    """The term's tags (space-separated); KeyError when there is no such term."""
    row = db.execute("SELECT tags FROM terms WHERE id = ?", [term_id]).fetchone()
    if row is None:
        raise KeyError(term_id)
    return str(row[0])


def set_term_tags(db: sqlite_utils.Database, term_id: int, tags: str) -> None:
    """Replace the term's tags (space-separated)."""
    db.execute("UPDATE terms SET tags = ? WHERE id = ?", [tags, term_id])


def term_exists(db: sqlite_utils.Database, term_id: int) -> bool:
    """Whether a term with id `term_id` is stored."""
    return db.execute("SELECT 1 FROM terms WHERE id = ?", [term_id]).fetchone() is not None
