"""`vocab check [--repair]`: SQLite's full integrity check of the collection (exit 0: whole,
2: damaged, each problem on stderr); `--repair` copies every readable row into a new file in its
place and keeps the damaged file beside it, printing what was copied."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `check` subcommand."""
    p = sub.add_parser(
        "check", help="check the collection file is whole (--repair: rebuild a damaged one)",
        description="Run SQLite's full integrity check on the collection. With --repair, copy "
                    "every row that can still be read into a new file that takes its place; "
                    "the damaged file is kept beside it as <file>.damaged-<date>.")
    p.add_argument("--repair", action="store_true",
                   help="rebuild the collection from its readable rows")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from datetime import datetime

    from vocab_app.cli.mine import _utf8_stdout
    from vocab_app.services.checking import check_file, repair_file

    _utf8_stdout()
    path, problems = check_file(args.db)
    if not problems:
        print(f"{path}: whole, no problems found")
        return 0
    for problem in problems:
        print(f"vocab: {path}: {problem}", file=sys.stderr)
    if not args.repair:
        print(f"vocab: {path} is damaged; `vocab check --repair` copies what can be read into "
              "a new file.", file=sys.stderr)
        return 2
    done = repair_file(args.db, datetime.now())
    print(f"repaired {done.path}: " + ", ".join(f"{t} {n}" for t, n in done.copied.items()))
    if done.damaged_tables:
        print("rows were lost in: " + ", ".join(done.damaged_tables))
    if done.orphans:
        print(f"{done.orphans} rows whose parent row was lost were dropped")
    print(f"the damaged file is kept as {done.kept}")
    _, left = check_file(done.path)
    return 0 if not left else 2
