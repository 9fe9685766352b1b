"""The Anki package's notes, cards and content digests for a collection of representative terms,
pinned as the exporter wrote them (tests/data/export_pinned.json): a change to field building,
tags, GUIDs, stamps or card generation shows here even where the card still reads well.

The collection covers the paths field building takes: markup, quotes, braces and `[sound:…]` in
every text, a long sentence cut around its term, a long translation cut to its clause, the term
in the translation (exactly and case-folded), an abbreviation with its long form in a bracket,
a definition that holds its term (reverse and cloze masked), a Chinese term, mixed Chinese and
Latin text, a corrected pinyin reading, notes with a line break, a pronunciation, a named and a
generic speaker, a timestamp past an hour, a link without a time, a long article title, a term
with senses of several styles, a term never seen in a source, a known term, reviewed cards
(scheduling carried over), and a teacher list with its own glosses.

After a deliberate change to what cards hold, rewrite the file and review the diff:
`.venv/bin/python tests/unit/export/test_export_pinned.py --write`.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parents[2]
PINNED = TESTS / "data" / "export_pinned.json"
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc)


def _collection(path: Path) -> None:
    """The representative terms, written as rows (no mining: the pin follows the exporter
    only)."""
    from helpers.collection_factory import Collection

    col = Collection.create(path)
    talk = col.add_source("AI Talk 042: what reinforcement learning from human feedback does",
                          url="https://www.youtube.com/watch?v=abc")
    article = col.add_source("深度学习入门 — a long article title that needs shortening here",
                             kind="article")
    short = col.add_source("Short", url="https://example.com/post")
    col.term_in_source(
        talk, "reward model", "奖励模型; 回报模型",
        "The \"reward model\" <scores> answers & {{Term}} [sound:x.mp3] it's learned.",
        translation="“奖励模型”给答案打分 & {{x}}。", speaker="Speaker 1", start=3725.4,
        tags="ai rl")
    long_sentence = ("So the thing that people forget, when they talk about these systems, is "
                     "that the policy gradient is estimated from samples, and every sample is "
                     "noisy, so you need a lot of them before the estimate settles down; that "
                     "is why practitioners reach for variance reduction tricks such as "
                     "baselines, and why the policy gradient literature is full of them, even "
                     "today, decades after the first papers were written on the subject.")
    col.term_in_source(
        talk, "policy gradient", "策略梯度", long_sentence,
        translation=("人们谈论这些系统时常常忘记：策略梯度是从样本中估计出来的，每个样本都有噪声，"
                     "所以在估计稳定下来之前需要大量样本；这就是为什么从业者会使用基线等方差缩减技巧，"
                     "也是为什么策略梯度的文献里到处都是这些技巧，即使在今天，在第一批论文写成几十年之后，"
                     "情况依然如此。另外一句与此无关的话也在这里。"),
        speaker="David", start=2383.0)
    col.term_in_source(talk, "Silicon Valley Bank", "SVB",
                       "SVB (Silicon Valley Bank) collapsed in March.",
                       translation="硅谷银行（SVB）三月倒闭。", start=12.0, style="abbr")
    gd = col.add_term("gradient descent",
                      ("gradient descent, the core algorithm of training", "梯度下降"),
                      style="def")
    seg = col.add_segment(short, "We used gradient descent (梯度下降) to fit it.",
                          translation="我们用 Gradient Descent 拟合它。", start=5.0)
    col.add_occurrence(gd, seg, "We used gradient descent (梯度下降) to fit it.",
                       "gradient descent")
    col.term_in_source(article, "深度学习", "deep learning",
                       "深度学习（deep learning）改变了 NLP 领域。", style="zh-en",
                       lang="zh")
    multi = col.term_in_source(short, "RL", "reinforcement learning", "RL is fun; RL works.",
                               style="abbr")
    col.db.execute("INSERT INTO senses (term_id, gloss, style) VALUES (?, '强化学习', 'en-zh')",
                   [multi])
    col.add_term("overfitting", ("过拟合",), notes="first line\nsecond <line> & more",
                 tags="ml")
    col.db.execute("UPDATE terms SET pronunciation = '/ˌoʊvərˈfɪtɪŋ/' WHERE key = 'overfitting'")
    known = col.add_term("token", ("词元",))
    col.db.execute("UPDATE terms SET known = 1 WHERE id = ?", [known])
    col.add_term("行业", ("industry",), lang="zh", style="zh-en")
    col.db.conn.commit()
    ids = [r[0] for r in col.db.execute("SELECT id FROM terms ORDER BY position")]
    col.review(col.card_id(ids[1]), [4, 4, 3], first_day=date(2026, 11, 20))
    col.review(col.card_id(ids[2]), [4, 1], first_day=date(2026, 11, 28))
    col.add_list("Teacher's list", [ids[3], ids[0], ids[6]],
                 {ids[0]: "teacher's 奖励模型 <b>", ids[3]: "梯度下降; descent"})
    col.db.execute("UPDATE lists SET uid = 'pinned-list-uid'")  # (random otherwise)
    col.db.conn.commit()
    col.close()


def _package(apkg: Path) -> dict[str, Any]:
    """A package's notes and cards (ids and the package timestamp left out: they follow the
    stamps, which are pinned)."""
    folder = apkg.with_suffix(".unzipped")
    with zipfile.ZipFile(apkg) as zf:
        zf.extractall(folder)
        media = zf.read("media").decode()
    conn = sqlite3.connect(folder / "collection.anki2")
    try:
        notes = conn.execute("SELECT guid, mod, tags, flds, sfld FROM notes ORDER BY id").fetchall()
        cards = conn.execute(
            "SELECT n.guid, c.ord, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses"
            " FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.id").fetchall()
        revlog = conn.execute("SELECT count(*) FROM revlog").fetchone()[0]
    finally:
        conn.close()
    return {"notes": [list(r) for r in notes], "cards": [list(r) for r in cards],
            "revlog": revlog, "media": media}


def exported(folder: Path) -> dict[str, Any]:
    """Every pinned export of the representative collection."""
    from vocab_app.services import pinyin as pinyin_service
    from vocab_app.services.clock import FixedClock
    from vocab_app.services.library import Library

    path = folder / "c.sqlite"
    _collection(path)
    out: dict[str, Any] = {}
    with Library.open(path, clock=FixedClock(NOW)) as lib:
        out["plain"] = _package(lib.export.apkg(folder / "plain.apkg").path)
        pinyin_service.set_reading(lib, "奖励模型", "jiǎnglì móxíng (corrected)")
        lib.clock.advance(days=1)
        out["reverse_cloze"] = _package(
            lib.export.apkg(folder / "all.apkg", reverse=True, cloze=True,
                            deck_name="My <deck>").path)
        out["source"] = _package(lib.export.apkg(folder / "source.apkg", source_id=1).path)
        out["list"] = _package(lib.export.apkg(folder / "list.apkg", list_id=1, cloze=True).path)
        out["scheduled"] = _package(lib.export.apkg(folder / "sched.apkg", reverse=True,
                                                    with_scheduling=True).path)
        out["stamps"] = [list(r) for r in lib.db.execute(
            "SELECT guid, hash, mod, cards FROM export_stamps ORDER BY guid")]
    return out


def test_packages_hold_the_pinned_notes_cards_and_stamps(tmp_path):
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))
    got = json.loads(json.dumps(exported(tmp_path), ensure_ascii=False))
    for name in pinned:
        assert got[name] == pinned[name], name
    assert got.keys() == pinned.keys()


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    import tempfile

    sys.path.insert(0, str(TESTS))
    sys.path.insert(0, str(TESTS.parent))
    with tempfile.TemporaryDirectory() as tmp:
        PINNED.write_text(json.dumps(exported(Path(tmp)), ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    print(f"wrote {PINNED}")
