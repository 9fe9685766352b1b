"""Browsing a 100,000-term collection, next to a bare `SELECT count(*)` on the same file.

Builds (in a temp dir, through open_db so the v2 triggers fill the browse columns) --terms
terms (default 100,000) over 200 sources, each with one or two senses, a forward card (20% new,
10% learning, 65% review, 5% suspended) and three occurrences with sentences drawn from a small
vocabulary, then prints medians of --runs runs (ms) and their ratio to the baseline:
- open: `Library.open` next to sqlite3.connect + `SELECT count(*) FROM terms`;
- count with a filter (state, style, source, tag) next to a bare `SELECT count(*) FROM terms`;
- first page (200 rows) of `term_rows` for each sort, ascending and descending, and a deep page;
- search as you type: `first_page` of a new text ("m", "mo", "mod", "mode", "model", a Chinese
  word, a word mostly in sentences, no match): what the Library waits for before it shows rows,
  then the exact count (`count_terms`, the Library's second op when the first gave a lower
  bound), then the next page of the same search.
The planner statistics are left out (no ANALYZE), like in a user's fresh file.

Usage: .venv/bin/python benchmarks/store_browse.py [--terms 100000] [--runs 7]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vocab_app.services.clock import FixedClock  # noqa: E402
from vocab_app.services.library import Library, TermFilter  # noqa: E402
from vocab_app.store.db import open_db  # noqa: E402

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)
WORDS = ("model", "learning", "agent", "data", "training", "inference", "token", "vector",
         "network", "reward", "policy", "search", "memory", "graph", "layer", "scale", "robot",
         "language", "vision", "alignment", "benchmark", "compute", "dataset", "context")
ZH = ("模型", "学习", "智能体", "数据", "训练", "推理", "向量", "网络", "奖励", "策略", "记忆")
STYLES = ("en-zh", "zh-en", "abbr", "def")


def build(path: Path, terms: int) -> float:
    """Fill a new collection with `terms` synthetic terms; returns seconds taken."""
    rnd = random.Random(7)
    started = time.perf_counter()
    db = open_db(path)
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO sources (id, path, title, kind, url, content_hash, imported_at)"
            " VALUES (?, ?, ?, 'transcript', NULL, ?, '2026-01-01')",
            [(i, f"/talks/{i}.txt", f"Talk {i}", f"h{i}") for i in range(1, 201)])
        segs, term_rows, senses, cards, occs = [], [], [], [], []
        for t in range(1, terms + 1):
            words = rnd.sample(WORDS, 2)
            term = f"{words[0]} {words[1]} {t}"
            tags = "week1" if t % 50 == 0 else ""
            term_rows.append((t, term.lower(), term, "en", tags, 3, t))
            senses.append((2 * t - 1, t, f"{rnd.choice(ZH)}{rnd.choice(ZH)}{t}",
                           STYLES[t % 4]))
            if t % 3 == 0:
                senses.append((2 * t, t, f"{rnd.choice(ZH)}{t}", "en-zh"))
            kind = t % 20
            state = "new" if kind < 4 else "learning" if kind < 6 else "review"
            due = None if state == "new" else (
                date(2026, 3, 10) + timedelta(days=rnd.randint(-30, 365))).isoformat()
            cards.append((t, t, state, due, 1 if kind == 19 else 0))
            for k in range(3):
                seg = 3 * (t - 1) + k + 1
                filler = " ".join(rnd.choices(WORDS, k=12))
                sentence = f"We talked about {term} and {filler}."
                segs.append((seg, 1 + seg % 200, seg, "Speaker 1", float(seg), sentence))
                occs.append((seg, t, 2 * t - 1, seg, term, sentence, 16, 16 + len(term)))
        db.conn.executemany("INSERT INTO segments (id, source_id, idx, speaker, start, text)"
                            " VALUES (?, ?, ?, ?, ?, ?)", segs)
        db.conn.executemany("INSERT INTO terms (id, key, term, lang, tags, frequency, position,"
                            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01')", term_rows)
        db.conn.executemany("INSERT INTO senses (id, term_id, gloss, style, count)"
                            " VALUES (?, ?, ?, ?, 1)", senses)
        db.conn.executemany("INSERT INTO cards (id, term_id, direction, state, due, suspended)"
                            " VALUES (?, ?, 'forward', ?, ?, ?)", cards)
        db.conn.executemany("INSERT INTO occurrences (id, term_id, sense_id, segment_id, surface,"
                            " sentence, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            occs)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return time.perf_counter() - started


def median_ms(fn, runs: int) -> float:
    fn()  # warm the page cache once
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def line(name: str, ours: float, base: float) -> None:
    print(f"{name:<34} {ours:9.2f} ms   baseline {base:7.2f} ms   ×{ours / base:7.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--terms", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "collection.sqlite"
        print(f"build: {args.terms:,} terms in {build(path, args.terms):.1f} s, "
              f"{path.stat().st_size / 1e6:.0f} MB")
        clock = FixedClock(NOW)

        def bare_open() -> None:
            conn = sqlite3.connect(path)
            conn.execute("SELECT count(*) FROM terms").fetchone()
            conn.close()

        def our_open() -> None:
            Library.open(path, clock=clock).close()

        line("open", median_ms(our_open, args.runs), median_ms(bare_open, args.runs))

        lib = Library.open(path, clock=clock)
        bare = median_ms(lambda: lib.db.execute("SELECT count(*) FROM terms").fetchone(),
                         args.runs)
        print(f"bare SELECT count(*) FROM terms: {bare:.2f} ms")
        filters = {
            "count: no filter": TermFilter(),
            "count: state=review": TermFilter(state="review"),
            "count: state=suspended": TermFilter(state="suspended"),
            "count: style=abbr": TermFilter(style="abbr"),
            "count: source": TermFilter(source_id=17),
            "count: tag": TermFilter(tag="week1"),
        }
        for name, flt in filters.items():
            line(name, median_ms(lambda flt=flt: lib.count_terms(flt), args.runs), bare)
        for sort in ("position", "term", "gloss", "style", "count", "due"):
            for desc in (False, True):
                line(f"page 1: sort={sort}{' desc' if desc else ''}",
                     median_ms(lambda s=sort, d=desc: lib.term_rows(
                         TermFilter(), sort=s, descending=d, limit=200), args.runs), bare)
        line("page at offset 99,800 (position)", median_ms(lambda: lib.term_rows(
            TermFilter(), offset=args.terms - 200, limit=200), args.runs), bare)
        line("page 1: state=review, sort=due", median_ms(lambda: lib.term_rows(
            TermFilter(state="review"), sort="due", limit=200), args.runs), bare)
        print("search as you type: a new text (first page with a count, '+' where that is a"
              " lower bound),\nthe exact count after it (a second op), then its next page:")
        for text in ("m", "mo", "mod", "mode", "model", "模型", "context", "zzz"):
            flt = TermFilter(text=text)

            def keystroke(flt: TermFilter = flt) -> tuple[float, float, bool]:
                lib.count_terms(TermFilter(text="previous keystroke"))  # untimed
                started = time.perf_counter()
                page = lib.first_page(flt, limit=200)
                shown = time.perf_counter()
                lib.count_terms(flt)
                return ((shown - started) * 1000, (time.perf_counter() - shown) * 1000,
                        page.exact)

            times = [keystroke() for _ in range(args.runs + 1)][1:]
            n = lib.count_terms(flt)
            mark = "" if times[0][2] else "+"
            line(f"  {text!r} ({n:,} terms) first page{mark}",
                 statistics.median(t[0] for t in times), bare)
            line(f"  {text!r} exact count after it",
                 statistics.median(t[1] for t in times), bare)
            line(f"  {text!r} page 2", median_ms(
                lambda flt=flt: lib.term_rows(flt, offset=200, limit=200), args.runs), bare)
        lib.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
