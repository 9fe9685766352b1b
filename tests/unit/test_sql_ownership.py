"""Only store/ speaks SQL (issue 11): no module of vocab_app outside vocab_app/store/ imports
sqlite3 or sqlite_utils, runs `execute`/`executemany`/`executescript`/`query`, or holds a
string that reads as SQL. The check reads the source (AST), so it also covers code no test runs;
it is proved able to fail on planted modules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import vocab_app

PACKAGE = Path(vocab_app.__file__).parent
OWNER = "store"  # the one sub-package allowed to speak SQL
SQL_MODULES = {"sqlite3", "sqlite_utils"}
SQL_CALLS = {"execute", "executemany", "executescript", "query"}

# A string is SQL when it starts with a statement keyword in the form statements take here
# (upper case, followed by what that statement needs), or with an upper-case clause that
# continues a statement built in pieces ("... WHERE x = ?"). Lower-case SQL is caught when it
# has a statement's full shape, which English sentences ("Select a file to import") do not.
_UPPER = re.compile(r"""\s*(?:
    SELECT\s+\S | INSERT\s+(?:OR\s+[A-Z]+\s+)?INTO\s | REPLACE\s+INTO\s | UPDATE\s+\S+\s+SET\s
  | DELETE\s+FROM\s | (?:CREATE|DROP)\s+(?:TABLE|INDEX|UNIQUE|TRIGGER|VIEW|VIRTUAL|TEMP)
  | ALTER\s+TABLE\s | PRAGMA\s+\w | WITH\s+(?:RECURSIVE\s+)?\w+\s+AS\s*\(
  | (?:BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|VACUUM|ATTACH|DETACH|ANALYZE|EXPLAIN)\b
  | (?:WHERE|AND|OR|FROM|JOIN|LEFT\s+JOIN|ORDER\s+BY|GROUP\s+BY|HAVING|LIMIT|SET|VALUES
      |ON\s+CONFLICT)\s
)""", re.VERBOSE)
_LOWER = re.compile(r"""\s*(?:
    insert\s+into\s+\w+\s*\( | delete\s+from\s+\w+\s*(?:where\b|$) | update\s+\w+\s+set\s+\w+\s*=
  | select\s+[\w.*,()\s]+?\s+from\s+\w+\s*(?:where\b|join\b|order\b|group\b|limit\b|$)
  | pragma\s+\w+\s*(?:=|$)
)""", re.VERBOSE | re.IGNORECASE)


def looks_like_sql(text: str) -> bool:
    """Whether a string literal reads as SQL (see the patterns above)."""
    return bool(_UPPER.match(text) or _LOWER.match(text))


def _text_of(node: ast.JoinedStr) -> str:
    """An f-string's text with `{}` where its expressions go."""
    return "".join(v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "{}"
                   for v in node.values)


def violations_in(source: str, name: str) -> list[str]:
    """`name:line: what` for every SQL import, SQL call and SQL-looking string in `source`,
    in line order."""
    found: list[str] = []
    tree = ast.parse(source, filename=name)
    inside_fstrings = {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                       for v in node.values}
    for node in ast.walk(tree):
        where = f"{name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            found += [f"{where}: imports {a.name}" for a in node.names
                      if a.name.split(".")[0] in SQL_MODULES]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and (node.module or "").split(".")[0] in SQL_MODULES:
                found.append(f"{where}: imports from {node.module}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in SQL_CALLS:
            found.append(f"{where}: calls .{node.func.attr}()")
        elif isinstance(node, ast.JoinedStr) and looks_like_sql(_text_of(node)):
            found.append(f"{where}: SQL f-string {_text_of(node)[:50]!r}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in inside_fstrings and looks_like_sql(node.value):
            found.append(f"{where}: SQL string {node.value[:50]!r}")
    return sorted(found, key=lambda f: int(f.split(":")[1]))


def sql_outside_store(package: Path) -> list[str]:
    """Every violation in the package at `package`, outside its store/ sub-package."""
    found: list[str] = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        if rel.parts[0] == OWNER:
            continue
        found += violations_in(path.read_text(encoding="utf-8"), rel.as_posix())
    return found


def test_only_store_speaks_sql():
    """vocab_app outside store/ neither imports sqlite3/sqlite_utils nor runs or holds SQL."""
    assert sql_outside_store(PACKAGE) == []


def test_the_check_reports_a_planted_violation(tmp_path):
    """The same check, run on a planted copy of the layout, reports each kind of violation
    outside store/, and nothing inside store/ or in ordinary sentences."""
    package = tmp_path / "vocab_app"
    (package / "services").mkdir(parents=True)
    (package / "store").mkdir()
    (package / "services" / "planted.py").write_text(
        "import sqlite3\n"
        "from sqlite_utils import Database\n"
        "LABEL = 'Select a file to import; update the deck from the list.'\n"
        "def count(db, table):\n"
        "    rows = db.execute(f'SELECT count(*) FROM {table}').fetchone()\n"
        "    sql = 'select id from terms where key = ?'\n"
        "    sql += ' ORDER BY position'\n"
        "    return rows, sql\n", encoding="utf-8")
    (package / "store" / "fine.py").write_text(
        "import sqlite3\n"
        "def count(db):\n"
        "    return db.execute('SELECT count(*) FROM terms').fetchone()\n", encoding="utf-8")
    found = sql_outside_store(package)
    assert [line.split(": ", 1)[0] for line in found] == [
        "services/planted.py:1", "services/planted.py:2", "services/planted.py:5",
        "services/planted.py:5", "services/planted.py:6", "services/planted.py:7"]
    assert any("imports sqlite3" in f for f in found)
    assert any("imports from sqlite_utils" in f for f in found)
    assert any("calls .execute()" in f for f in found)
    assert any("SQL f-string 'SELECT count(*) FROM {}'" in f for f in found)
    assert not any("store/" in f or "Select a file" in f for f in found)


def test_sql_is_recognised_in_its_usual_shapes_and_english_is_not():
    """The string test the check relies on, on SQL and on sentences a UI might show."""
    for sql in ("SELECT id FROM terms", "INSERT INTO lists (name) VALUES (?)",
                "INSERT OR IGNORE INTO cards VALUES (?)", "UPDATE cards SET due = ?",
                "DELETE FROM reviews WHERE id = ?", "CREATE INDEX x ON t (c)",
                "PRAGMA foreign_keys = ON", "WITH sel AS (SELECT 1) SELECT * FROM sel",
                " WHERE id = ?", "delete from terms where id = 1", "pragma user_version"):
        assert looks_like_sql(sql), sql
    for text in ("Select a file to import", "Update the deck from the list",
                 "Delete from the list?", "Create a new list", "Selected 3 terms",
                 "select terms from sources that you trust", "And then some",
                 "Set the new-card limit", "Where is the collection?"):
        assert not looks_like_sql(text), text
