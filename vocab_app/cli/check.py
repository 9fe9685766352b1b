"""`vocab check [--repair]`: SQLite's full integrity check of the collection (exit 0: whole,
2: damaged, each problem on stderr); `--repair` copies every readable row into a new file in its
place and keeps the damaged file beside it, printing what was copied."""

from __future__ import annotations

import argparse
import sys

from vocab_app.i18n_text import _, ngettext


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `check` subcommand."""
    p = sub.add_parser(
        "check", help=_("check the collection file is whole (--repair: rebuild a damaged one)"),
        description=_("Run SQLite's full integrity check on the collection. With --repair, copy "
                      "every row that can still be read into a new file that takes its place; "
                      "the damaged file is kept beside it as <file>.damaged-<date>."))
    p.add_argument("--repair", action="store_true",
                   help=_("rebuild the collection from its readable rows"))
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from datetime import datetime

    from vocab_app.cli.mine import _utf8_stdout
    from vocab_app.services.checking import check_file, repair_file

    _utf8_stdout()
    path, problems = check_file(args.db)
    if not problems:
        print(_("{path}: whole, no problems found").format(path=path))
        return 0
    for problem in problems:
        print(f"vocab: {path}: {problem}", file=sys.stderr)
    if not args.repair:
        print("vocab: " + _("{path} is damaged; `vocab check --repair` copies what can be read "
                            "into a new file.").format(path=path), file=sys.stderr)
        return 2
    done = repair_file(args.db, datetime.now())
    copied = _(", ").join(f"{t} {n}" for t, n in done.copied.items())
    print(_("repaired {path}: {copied}").format(path=done.path, copied=copied))
    if done.damaged_tables:
        print(_("rows were lost in: {tables}").format(tables=_(", ").join(done.damaged_tables)))
    if done.orphans:
        print(ngettext("{n} row whose parent row was lost was dropped",
                       "{n} rows whose parent row was lost were dropped",
                       done.orphans).format(n=done.orphans))
    print(_("the damaged file is kept as {path}").format(path=done.kept))
    left = check_file(done.path)[1]
    return 0 if not left else 2
