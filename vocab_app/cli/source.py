"""`vocab [--db PATH] source list`: the mined sources, so `--source ID` can be given.

    vocab source list      one line a source: id, title, file, terms, added (tab-separated,
                           under a header line; `added` is the day it was last imported)
"""

from __future__ import annotations

import argparse

from vocab_app.i18n_text import _


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `source` subcommand and its `list` action."""
    p = sub.add_parser("source", help=_("the mined sources and their ids (for --source ID)"),
                       description=_("Show the sources mined into the collection."))
    acts = p.add_subparsers(dest="source_action", metavar="ACTION", required=True)
    a = acts.add_parser("list", help=_("id, title, file, terms and the day it was added"))
    a.set_defaults(func=_list)


def _list(args: argparse.Namespace) -> int:
    from vocab_app.cli.mine import _utf8_stdout
    from vocab_app.cli.opening import open_library

    lib = open_library(args, reading=True)
    try:
        _utf8_stdout()
        sources = lib.sources()
        if not sources:
            print(_("no sources yet: `vocab import FILE` mines one"))
            return 0
        print("\t".join((_("id"), _("title"), _("file"), _("terms"), _("added"))))
        for source in sources:
            print(f"{source.id}\t{_cell(source.title)}\t{_cell(source.path)}\t"
                  f"{source.term_count}\t{source.added[:10]}")
        return 0
    finally:
        lib.close()


def _cell(text: str) -> str:
    """A value on one line of a tab-separated row."""
    return " ".join(text.split())
