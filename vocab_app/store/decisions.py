"""What the user decided about mined pairs, so that re-mining never undoes it (user edits win).

One row per (term key, gloss as mined) in the `decisions` table (schema v3):
- `edited`: the user changed that gloss (in the Library, or in the Mine preview before adding
  it) to `replacement`. Mining the old gloss again maps it onto the replacement: it is shown as
  known, and its occurrences go to the edited sense (never a second sense, never a second copy
  of a sentence). Editing B→C after A→B makes both A and B lead to C.
- `declined`: a new pair left unticked when the Mine preview was added. Re-mining shows it as
  declined and unticked; ticking it again is a new decision that stores it and forgets this one.
- `deleted`: the user deleted the whole term (gloss ''); every pair of that key is skipped until
  the user adds it again explicitly (or undoes the deletion).
Runs inside the caller's transaction; only this module writes `decisions`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

import sqlite_utils

from vocab_app.mining.model import Note, Sense

Action = Literal["edited", "declined", "deleted"]
WHOLE_TERM = ""  # the gloss of a `deleted` decision: it covers every gloss of the key
Pair = tuple[str, str]  # (term key, gloss)


@dataclass(frozen=True, slots=True)
class Decision:
    """What the user did to one mined pair; `replacement` is the edited gloss (edited only)."""

    action: Action
    replacement: str | None = None


def load(db: sqlite_utils.Database, keys: Iterable[str]) -> dict[Pair, Decision]:
    """The decisions recorded for the term keys `keys`, by (key, gloss)."""
    return {(k, g): Decision(a, r) for k, g, a, r in db.execute(
        "SELECT key, gloss, action, replacement FROM decisions"
        " WHERE key IN (SELECT value FROM json_each(?))", [json.dumps(sorted(set(keys)))])}


def decision_for(decisions: Mapping[Pair, Decision], key: str, gloss: str) -> Decision | None:
    """The decision that applies to (key, gloss): a deleted term first, then the pair's own."""
    whole = decisions.get((key, WHOLE_TERM))
    if whole is not None and whole.action == "deleted":
        return whole
    return decisions.get((key, gloss))


def record_edit(db: sqlite_utils.Database, key: str, old: str, new: str, *, now: str) -> None:
    """Remember that gloss `old` of term `key` became `new` (chains follow: A→B, B→C ⇒ A→C)."""
    if old == new:
        return
    db.execute("UPDATE decisions SET replacement = ?, decided_at = ? WHERE key = ?"
               " AND action = 'edited' AND replacement = ?", [new, now, key, old])
    db.execute("DELETE FROM decisions WHERE key = ? AND gloss = ?", [key, new])
    _put(db, [(key, old)], "edited", now, replacement=new)


def record_declined(db: sqlite_utils.Database, pairs: Iterable[Pair], *, now: str) -> None:
    """Remember that the user left these new pairs unticked."""
    _put(db, pairs, "declined", now)


def record_deleted(db: sqlite_utils.Database, keys: Iterable[str], *, now: str) -> None:
    """Remember that the user deleted the terms with these keys."""
    _put(db, ((k, WHOLE_TERM) for k in keys), "deleted", now)


def forget(db: sqlite_utils.Database, pairs: Iterable[Pair]) -> None:
    """Drop the declined/deleted decisions these pairs fall under (the user added them again)."""
    rows = [p for pair in pairs for p in (pair, (pair[0], WHOLE_TERM))]
    db.conn.executemany("DELETE FROM decisions WHERE key = ? AND gloss = ?"
                        " AND action != 'edited'", rows)


def forget_deleted(db: sqlite_utils.Database, keys: Iterable[str]) -> None:
    """Drop the `deleted` decisions of these keys (the deletion was undone)."""
    db.conn.executemany("DELETE FROM decisions WHERE key = ? AND gloss = ?",
                        [(k, WHOLE_TERM) for k in keys])


def _put(db: sqlite_utils.Database, pairs: Iterable[Pair], action: Action, now: str,
         replacement: str | None = None) -> None:
    db.conn.executemany(
        "INSERT INTO decisions (key, gloss, action, replacement, decided_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (key, gloss) DO UPDATE SET action = excluded.action,"
        " replacement = excluded.replacement, decided_at = excluded.decided_at",
        [(k, g, action, replacement, now) for k, g in pairs])


def rename_glosses(note: Note, mapping: Mapping[str, str]) -> Note:
    """A copy of `note` whose glosses are renamed by `mapping` (old → new), in its senses and
    occurrences; a sense renamed onto another sense of the note merges into it."""
    if not any(s.gloss in mapping for s in note.senses):
        return note
    senses: dict[str, Sense] = {}
    for sense in note.senses:
        gloss = mapping.get(sense.gloss, sense.gloss)
        if gloss in senses:
            senses[gloss].count += sense.count
        else:
            senses[gloss] = dataclasses.replace(sense, gloss=gloss)
    occurrences = [dataclasses.replace(o, gloss=mapping[o.gloss]) if o.gloss in mapping else o
                   for o in note.occurrences]
    return dataclasses.replace(note, senses=list(senses.values()), occurrences=occurrences)


def effective_gloss(decisions: Mapping[Pair, Decision], key: str, gloss: str,
                    chosen: Collection[Pair] = ()) -> str | None:
    """The gloss a mined (key, gloss) is stored under: its replacement when edited, None when
    declined or deleted (unless the user ticked it again: (key, gloss) in `chosen`)."""
    found = decision_for(decisions, key, gloss)
    if found is None:
        return gloss
    if found.action == "edited":
        return found.replacement or gloss
    return gloss if (key, gloss) in chosen else None


def apply(note: Note, decisions: Mapping[Pair, Decision],
          chosen: Collection[Pair] = ()) -> Note | None:
    """`note` as the user's decisions make it: edited glosses renamed to their replacement,
    declined and deleted glosses left out unless (key, mined gloss) is in `chosen` (the user
    ticked them again). None when nothing of the note remains."""
    mapping: dict[str, str] = {}
    dropped: set[str] = set()
    for sense in note.senses:
        gloss = effective_gloss(decisions, note.key, sense.gloss, chosen)
        if gloss is None:
            dropped.add(sense.gloss)
        elif gloss != sense.gloss:
            mapping[sense.gloss] = gloss
    if dropped:
        if len(dropped) == len(note.senses):
            return None
        note = dataclasses.replace(
            note, senses=[s for s in note.senses if s.gloss not in dropped],
            occurrences=[o for o in note.occurrences if o.gloss not in dropped])
    return rename_glosses(note, mapping)
