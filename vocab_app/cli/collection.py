"""`vocab [--db PATH] import FILE...`: mine files and store their terms in the collection.

Prints one line per file read, with what it added:

    seeds/001_….txt: 182 new terms, 190 new senses, 267 new occurrences

and a total line. Importing the same file again adds nothing and keeps every card's schedule;
a changed file updates its occurrences. A file that cannot be read gives one line
`vocab: <reason>` on stderr, the other files are still imported, and the exit code is 1.
The collection is `--db` or collection.sqlite in the platform data dir.
"""

from __future__ import annotations

import argparse
import sys

from vocab_app.i18n_text import _, format_number, ngettext


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `import` subcommand."""
    p = sub.add_parser(
        "import", help=_("mine files and store their terms in the collection"),
        description=_("Mine glossed terms from files and store them with their contexts; "
                      "new terms get new cards, existing cards keep their schedule."),
    )
    p.add_argument("files", nargs="+", metavar="FILE",
                   help=_("input files (.txt, .md, .srt, .vtt)"))
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from vocab_app.cli.mine import _utf8_stdout
    from vocab_app.cli.opening import open_library

    lib = open_library(args, reading=False)
    try:
        report = lib.import_files(args.files)
        lib.backup_if_due()
    finally:
        lib.close()
    _utf8_stdout()
    for f in report.files:
        print(f"{f.path}: {_counts(f.new_terms, f.new_senses, f.new_occurrences)}")
    if len(report.files) > 1:
        counts = _counts(report.new_terms, report.new_senses, report.new_occurrences)
        print(_("total: {counts}").format(counts=counts))
    sys.stdout.flush()
    for error in report.errors:
        print(f"vocab: {error.message}", file=sys.stderr)
    return 1 if report.errors else 0


def _counts(terms: int, senses: int, occurrences: int) -> str:
    parts = (ngettext("{n} new term", "{n} new terms", terms).format(n=format_number(terms)),
             ngettext("{n} new sense", "{n} new senses", senses).format(n=format_number(senses)),
             ngettext("{n} new occurrence", "{n} new occurrences", occurrences)
             .format(n=format_number(occurrences)))
    return _(", ").join(parts)
