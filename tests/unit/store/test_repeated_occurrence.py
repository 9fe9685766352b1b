"""A term glossed again and again on one long line (issue 12, adversarial input): occurrences
that fall on the same stored place (segment, sense, place of the term in its sentence) are
written once, keeping the first context, instead of rewriting that row (and its search index
entry) for every repeat, the last one winning."""

from __future__ import annotations

from vocab_app.services.library import Library


def test_repeats_on_one_line_keep_the_first_context_and_write_once(tmp_path):
    src = tmp_path / "note.txt"
    src.write_text("".join(f"Gradient descent（梯度下降）第{i}次收敛。" for i in range(300)),
                   encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite") as lib:
        before = lib.db.conn.total_changes
        report = lib.import_files([src])
        changes = lib.db.conn.total_changes - before
        rows = lib.db.execute("SELECT o.sentence FROM occurrences o JOIN terms t"
                              " ON t.id = o.term_id WHERE t.term = 'Gradient descent'"
                              " ORDER BY o.id").fetchall()
    assert report.new_senses == 1
    assert [r[0] for r in rows] == ["Gradient descent（梯度下降）第0次收敛。"]
    assert changes < 300  # one write per stored row, not one per repeat
