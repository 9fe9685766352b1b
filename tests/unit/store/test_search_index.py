"""The Library search's trigram index on real files: for any text it finds exactly the terms the
LIKE scan finds (Chinese, mixed case, glosses, variants, sentences, wildcard characters, texts
shorter than a trigram), before and after edits, deletions and their undo; and where FTS5 trigram
is missing the search scans with LIKE, says so in the log, and the index comes back later."""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from pathlib import Path

import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vocab_app.store import browse, edits, search_index
from vocab_app.store.db import open_db

ALPHABET = "abcdeABCDE xy模型训练学习数据éÉ%_\"\\K'"
texts = st.text(alphabet=ALPHABET, min_size=1, max_size=12)
entries = st.lists(st.tuples(texts, st.lists(texts, min_size=1, max_size=3, unique=True),
                             st.lists(texts, max_size=2), st.lists(texts, max_size=3)),
                   min_size=1, max_size=12)


def fill(db: sqlite_utils.Database, data: list[tuple[str, list[str], list[str], list[str]]],
         first: int = 0) -> None:
    """Terms with their glosses (senses), variants and occurrence sentences (keys numbered from
    `first`)."""
    import json

    with db.atomic():
        db.execute("INSERT OR IGNORE INTO sources (id, path, title, kind, content_hash,"
                   " imported_at) VALUES (1, 'talk', 'A talk', 'text', 'h', 'x')")
        for i, (term, glosses, variants, sentences) in enumerate(data, start=first):
            tid = db.execute("INSERT INTO terms (key, term, lang, variants, position, created_at)"
                             " VALUES (?, ?, 'en', ?, ?, 'x')",
                             [f"k{i}", term, json.dumps(variants, ensure_ascii=False),
                              i]).lastrowid
            sids = [db.execute("INSERT INTO senses (term_id, gloss, style) VALUES (?, ?, 'en-zh')",
                               [tid, g]).lastrowid for g in glosses]
            for sentence in sentences:
                seg = db.execute("INSERT INTO segments (source_id, idx, text) VALUES (1,"
                                 " (SELECT count(*) FROM segments), ?)", [sentence]).lastrowid
                db.execute("INSERT INTO occurrences (term_id, sense_id, segment_id, surface,"
                           " sentence, span_start, span_end) VALUES (?, ?, ?, ?, ?, 0, 1)",
                           [tid, sids[0], seg, term, sentence])


def found(db: sqlite_utils.Database, text: str) -> tuple[set[int], set[int], set[int]]:
    """(indexed, LIKE scan, the Library's filter) ids for `text`."""
    indexed = {r[0] for r in db.execute(*search_index.match(db, text, True))}
    scanned = {r[0] for r in db.execute(*search_index.like_match(text))}
    flt = browse.TermFilter(text=text)
    in_order = [r.id for r in browse.term_rows(db, flt, limit=10_000,
                                               search=browse.TextSearch())]
    listed = set(in_order)
    assert browse.count_terms(db, flt, browse.TextSearch()) == len(listed)
    # Before the hits are known, a broad text's pages come from testing the terms in order.
    first = browse.first_page(db, flt, limit=4, search=probing())
    assert [r.id for r in first.rows] == in_order[:4]
    assert first.count == len(listed) if first.exact else 4 <= first.count <= len(listed)
    page = browse.term_rows(db, flt, offset=2, limit=3, search=probing())
    assert [r.id for r in page] == in_order[2:5]
    return indexed, scanned, listed


def probing() -> browse.TextSearch:
    """A search that takes every text for a broad one and tests the terms 3 at a time, up to
    7 (so that pages come from the probe, from its whole reach, or from the hits)."""
    search = browse.TextSearch()
    search.BROAD_ROWS, search.PROBE_ROWS, search.PROBE_CHUNK = 0, 7, 3
    return search


def queries(data: list[tuple[str, list[str], list[str], list[str]]], extra: list[str]
            ) -> list[str]:
    """Substrings of the data (1 to 5 characters, one case swapped) and some other texts."""
    out = list(extra)
    for term, glosses, variants, sentences in data:
        for n, text in enumerate((term, *glosses, *variants, *sentences)):
            size = 1 + n % 5
            out += [text[:size], text[-size:].swapcase()]
    return sorted({q.strip() for q in out if q.strip()})


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=entries, extra=st.lists(texts, max_size=6), pick=st.randoms())
def test_the_index_finds_what_the_like_scan_finds(data, extra, pick):
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "c.sqlite")
        assert search_index.usable(db)
        fill(db, data)
        asked = queries(data, extra)
        for text in asked:
            indexed, scanned, listed = found(db, text)
            assert indexed == scanned == listed, text

        # edits, a deletion, then its undo: the index follows every one
        term_ids = [r[0] for r in db.execute("SELECT id FROM terms")]
        sense_id = db.execute("SELECT min(id) FROM senses").fetchone()[0]
        with db.atomic():
            edits.update_gloss(db, sense_id, pick.choice(asked) + "模型 Data")
            db.execute("UPDATE terms SET term = term || 'Xy' WHERE id = ?", [term_ids[0]])
            db.execute("UPDATE occurrences SET sentence = 'abc ' || sentence"
                       " WHERE id = (SELECT min(id) FROM occurrences)")
            gone = edits.delete_terms(db, pick.sample(term_ids, (len(term_ids) + 1) // 2))
        for text in [*asked, "Xy", "模型 D", "abc"]:
            indexed, scanned, listed = found(db, text)
            assert indexed == scanned == listed, text
        with db.atomic():
            edits.restore_terms(db, gone)
        for text in asked:
            indexed, scanned, listed = found(db, text)
            assert indexed == scanned == listed, text
        assert db.execute("INSERT INTO terms_fts (terms_fts, rank) VALUES"
                          " ('integrity-check', 1)").rowcount == 1
        db.execute("INSERT INTO occurrences_fts (occurrences_fts, rank)"
                   " VALUES ('integrity-check', 1)")
        db.conn.close()


def _no_virtual_tables(action: int, *_: object) -> int:
    """An authorizer under which creating a virtual table fails, as without FTS5."""
    return sqlite3.SQLITE_DENY if action == sqlite3.SQLITE_CREATE_VTABLE else sqlite3.SQLITE_OK


def test_without_trigram_the_search_scans_and_says_so_then_the_index_comes_back(
        tmp_path: Path, caplog):
    db = open_db(tmp_path / "c.sqlite")
    fill(db, [("World Model", ["世界模型"], [], ["We train world models daily."])])
    assert search_index.built(db)

    db.conn.set_authorizer(_no_virtual_tables)
    with caplog.at_level(logging.WARNING, logger="vocab_app.store.search_index"):
        assert not search_index.ensure(db)
    assert "scans with LIKE" in caplog.text and "trigram" in caplog.text
    assert not search_index.built(db)
    # writes work without the index's triggers, and searches scan
    fill(db, [("Model Zoo", ["模型库"], [], ["A model zoo."])], first=1)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="vocab_app.store.search_index"):
        hits = browse.term_rows(db, browse.TermFilter(text="模型库"), search=browse.TextSearch())
    assert [r.term for r in hits] == ["Model Zoo"] and "scans with LIKE" in caplog.text

    db.conn.set_authorizer(None)
    assert search_index.ensure(db) and search_index.usable(db)
    for text in ("model", "模型库", "zoo.", "世界模型"):
        indexed, scanned, listed = found(db, text)
        assert indexed == scanned == listed and indexed, text
    db.conn.close()


def test_pages_of_few_and_of_many_hits_come_in_the_same_order(tmp_path: Path):
    db = open_db(tmp_path / "c.sqlite")
    fill(db, [(f"{'Model' if i % 3 else 'model'} {i % 7}", [f"模型{i % 5}"], [],
               [f"The model number {i}."]) for i in range(60)])
    flt = browse.TermFilter(text="model")
    for sort in browse.SORTS:
        for descending in (False, True):
            pages = []
            for few in (0, 10_000):  # 0: every search counts as many hits (EXISTS per row)
                search = browse.TextSearch()
                search.FEW_HITS = few
                pages.append([r.id for r in browse.term_rows(
                    db, flt, sort=sort, descending=descending, offset=5, limit=20,
                    search=search)])
            assert pages[0] == pages[1] and len(pages[0]) == 20, sort
    db.conn.close()


def test_one_or_two_characters_go_through_the_index_unless_they_are_everywhere(
        tmp_path: Path, monkeypatch):
    db = open_db(tmp_path / "c.sqlite")
    fill(db, [(f"term {i}", [f"模型{i}" if i % 10 == 0 else f"数据{i}"], [], [f"Row {i}."])
              for i in range(300)])
    for text in ("模型", "模", "型", "w", "ro", "."):
        assert search_index.short_match(db, text) is not None, text
    monkeypatch.setattr(search_index, "MAX_SHORT_ROWS", 100)
    assert search_index.short_match(db, "模型") is not None  # in 30 rows
    assert search_index.short_match(db, "数") is None  # in 270: scanned
    monkeypatch.undo()
    assert search_index.short_match(db, "é") is None  # case outside ASCII: scanned
    for text in ("模型", "型", "w", "RO", "."):
        indexed, scanned, listed = found(db, text)
        assert indexed == scanned == listed and indexed, text
    db.conn.close()


def test_a_broad_text_shows_its_first_page_before_its_hits_and_a_rare_one_counts_exactly(
        tmp_path: Path, monkeypatch):
    db = open_db(tmp_path / "c.sqlite")
    fill(db, [(f"word {i}", [f"模型{i}" if i % 50 == 0 else f"数据{i}"], [], [f"Row {i}."])
              for i in range(300)])
    monkeypatch.setattr(browse.TextSearch, "BROAD_ROWS", 50)
    monkeypatch.setattr(browse.TextSearch, "PROBE_CHUNK", 20)
    for text, broad in (("w", True), ("word", True), ("数据", True), ("模型", False),
                        ("row 29", False)):
        flt = browse.TermFilter(text=text)
        like = browse.TextSearch(indexed=False)
        for sort, descending in (("position", False), ("term", True), ("gloss", False)):
            search = browse.TextSearch()
            first = browse.first_page(db, flt, sort=sort, descending=descending, limit=10,
                                      search=search)
            assert first.rows == browse.term_rows(db, flt, sort=sort, descending=descending,
                                                  limit=10, search=like), text
            assert first.exact is not broad and search.filled(db, text) is not broad, text
            total = browse.count_terms(db, flt, search)
            assert total == browse.count_terms(db, flt, like)
            assert first.count == total if first.exact else 10 <= first.count < total
    db.conn.close()
