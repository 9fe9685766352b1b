"""`vocab export` and `vocab list` run as processes on a real collection file."""

from __future__ import annotations

import csv

import pytest
from helpers.cli import vocab
from helpers.collection_factory import Collection

anki_collection = pytest.importorskip("anki.collection")


@pytest.fixture
def db(tmp_path):
    c = Collection.create(tmp_path / "c.sqlite")
    src = c.add_source("Talk", url="https://youtu.be/q")
    c.term_in_source(src, "world model", "世界模型", "A world model helps.", start=12.0)
    c.add_term("agent", ("智能体",))
    c.add_term("tokens", ("词元",))
    c.close()
    return c.path


def anki_notes(apkg, folder):
    folder.mkdir()
    col = anki_collection.Collection(str(folder / "c.anki2"))
    try:
        col.import_anki_package(anki_collection.ImportAnkiPackageRequest(
            package_path=str(apkg), options=anki_collection.ImportAnkiPackageOptions()))
        return sorted(col.get_note(n)["Term"] for n in col.find_notes("")), col.card_count()
    finally:
        col.close()


def test_list_commands_then_export_the_list_to_anki_csv_and_handout(db, tmp_path):
    assert vocab("list", "create", "Week 1", db=db).returncode == 0
    done = vocab("list", "add", "Week 1", "World Models", "tokens", db=db)
    assert done.returncode == 0 and "added 2 terms" in done.stdout
    assert vocab("list", "gloss", "Week 1", "tokens", "token (词元)", db=db).returncode == 0
    show = vocab("list", "show", "week 1", db=db)
    assert show.stdout.splitlines() == ["1\tworld model\t世界模型", "2\ttokens\ttoken (词元)"]
    out = tmp_path / "w1.apkg"
    done = vocab("export", "--apkg", out, "--list", "Week 1", "--reverse", "--deck", "W1", db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"2 notes, 4 cards -> {out}"
    assert anki_notes(out, tmp_path / "anki") == (["tokens", "world model"], 4)
    table = tmp_path / "w1.csv"
    assert vocab("export", "--csv", table, "--list", "Week 1", db=db).returncode == 0
    with open(table, encoding="utf-8-sig", newline="") as fh:
        assert [r[:2] for r in csv.reader(fh)][1:] == [
            ["world model", "世界模型"], ["tokens", "token (词元)"]]
    pdf = tmp_path / "w1.pdf"
    done = vocab("export", "--handout", pdf, "--list", "Week 1", "--page", "Letter", db=db)
    assert done.returncode == 0, done.stderr  # an offscreen Qt app is made for the CLI
    assert pdf.read_bytes().startswith(b"%PDF-")
    page = tmp_path / "w1.html"
    assert vocab("export", "--handout", page, "--list", "Week 1", db=db).returncode == 0
    assert "<title>Week 1</title>" in page.read_text(encoding="utf-8")


def test_whole_collection_export_and_list_import(db, tmp_path):
    out = tmp_path / "all.apkg"
    done = vocab("export", "--apkg", out, db=db)
    assert done.returncode == 0 and done.stdout.startswith("3 notes, 3 cards")
    f = tmp_path / "ana.tsv"
    f.write_text("agent\t代理人\nnew term\t新术语\n", encoding="utf-8")
    done = vocab("list", "import", f, "Ana", db=db)
    assert done.stdout.strip() == "list 'Ana': 1 term linked, 1 new term"
    assert "Ana\t2 terms" in vocab("list", "ls", db=db).stdout


@pytest.mark.parametrize(("args", "message"), [
    (("list", "create", " "), "A list needs a name"),
    (("list", "show", "nope"), "There is no term list called 'nope'."),
    (("export", "--apkg", "{tmp}/missing/x.apkg"), "does not exist; choose another place"),
    (("export", "--apkg", "{tmp}/x.apkg", "--list", "nope"), "no term list called"),
    (("export", "--csv", "{tmp}/x.csv", "--source", "42"), "There is no source with id 42."),
])
def test_bad_requests_print_one_line_and_exit_1(db, tmp_path, args, message):
    done = vocab(*(a.format(tmp=tmp_path) for a in args), db=db)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("vocab: ") and message in line
    assert not any(p.name.startswith(".x.") for p in tmp_path.iterdir())


def test_a_list_deck_is_named_after_the_list_unless_told(db, tmp_path):
    assert vocab("list", "create", "Week 2", db=db).returncode == 0
    assert vocab("list", "add", "Week 2", "agent", db=db).returncode == 0
    out = tmp_path / "w2.apkg"
    assert vocab("export", "--apkg", out, "--list", "Week 2", db=db).returncode == 0
    (tmp_path / "anki").mkdir()
    col = anki_collection.Collection(str(tmp_path / "anki" / "c.anki2"))
    try:
        col.import_anki_package(anki_collection.ImportAnkiPackageRequest(
            package_path=str(out), options=anki_collection.ImportAnkiPackageOptions()))
        assert {col.decks.name(col.get_card(c).did) for c in col.find_cards("")} == {"Week 2"}
    finally:
        col.close()
