"""The learner's "known" mark on terms (`terms.known`, schema v7, store/migrations.py).

A known term is never scheduled: the queue (store/reviews.py) and the due forecast
(store/stats.py) leave its cards out, and its browse `state` is `known` (kept by triggers).
Marking is undone through `edits.marks` / `edits.restore_marks`, which carry the flag.
Each function runs inside the caller's transaction (or is a read).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

#: SQL (a subquery) for the ids of the known terms: `... AND c.term_id NOT IN ({KNOWN_IDS})`.
KNOWN_IDS = "SELECT id FROM terms WHERE known = 1"

_IN = "SELECT value FROM json_each(?)"


def _ids(ids: Iterable[int]) -> str:
    return json.dumps(sorted({int(i) for i in ids}))


def set_known(db: sqlite_utils.Database, term_ids: Iterable[int], known: bool) -> int:
    """Mark the terms known (or not); returns how many changed."""
    cur = db.execute(f"UPDATE terms SET known = ? WHERE id IN ({_IN}) AND known != ?",
                     [int(known), _ids(term_ids), int(known)])
    return int(cur.rowcount or 0)


def known_flags(db: sqlite_utils.Database, term_ids: Iterable[int]) -> tuple[tuple[int, int], ...]:
    """(term id, 0 or 1) for the terms in `term_ids`, as they are now."""
    return tuple((int(i), int(k)) for i, k in db.execute(
        f"SELECT id, known FROM terms WHERE id IN ({_IN})", [_ids(term_ids)]))


def restore_flags(db: sqlite_utils.Database, flags: Iterable[tuple[int, int]]) -> None:
    """Give each term of `flags` its known flag back (gone terms stay gone)."""
    db.conn.executemany("UPDATE terms SET known = ? WHERE id = ? AND known != ?",
                        [(flag, term_id, flag) for term_id, flag in flags])


def known_keys(db: sqlite_utils.Database, keys: Iterable[str]) -> set[str]:
    """The term keys among `keys` whose terms are marked known."""
    return {str(k) for (k,) in db.execute(
        f"SELECT key FROM terms WHERE known = 1 AND key IN ({_IN})",
        [json.dumps(sorted(set(keys)))])}


def count_known(db: sqlite_utils.Database) -> int:
    """How many terms are marked known."""
    return int(db.execute("SELECT count(*) FROM terms WHERE known = 1").fetchone()[0])


def known_ids(db: sqlite_utils.Database) -> set[int]:
    """The ids of the terms marked known."""
    return {int(i) for (i,) in db.execute("SELECT id FROM terms WHERE known = 1")}


def known_cards_by_state(db: sqlite_utils.Database) -> dict[str, int]:
    """How many cards of known terms each card state holds (`suspended` for a suspended
    card, as store/stats.py counts them): what the Stats screen moves to `known`."""
    out: dict[str, int] = {}
    for suspended, state, n in db.execute(
            # known terms outer (the terms_known partial index), their cards by term: a pass
            # over every card costs the Stats screen more than all its other figures
            "SELECT c.suspended, c.state, count(*) FROM terms t CROSS JOIN cards c"
            " ON c.term_id = t.id WHERE t.known = 1 GROUP BY 1, 2"):
        key = "suspended" if suspended else str(state)
        out[key] = out.get(key, 0) + int(n)
    return out
