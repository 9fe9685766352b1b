"""`vocab [--db PATH] export …`: an Anki package, a CSV/TSV table or a printable handout.

    vocab export --apkg OUT [--deck NAME] [--list NAME | --source ID] [--with-scheduling]
                 [--reverse] [--cloze]
    vocab export --csv OUT | --tsv OUT | --handout OUT.pdf|OUT.html [--page A4|Letter]
                 [--layout glossary|compact|examples|quiz] [--list NAME | --source ID]

Prints one line saying what was written (`12 notes, 24 cards → OUT`). Exporting again after
adding terms updates the notes already in Anki (same GUIDs); an unchanged collection gives a
byte-identical package.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Literal

from vocab_app.i18n_text import _, format_number, ngettext


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `export` subcommand."""
    p = sub.add_parser(
        "export", help=_("export terms as an Anki package, CSV/TSV, or a printable handout"),
        description=_("Export the collection, one source or one teacher list."))
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--apkg", type=Path, metavar="OUT", help=_("Anki package (.apkg)"))
    what.add_argument("--csv", type=Path, metavar="OUT",
                      help=_("teacher CSV: term, gloss, style, example sentence, source"))
    what.add_argument("--tsv", type=Path, metavar="OUT",
                      help=_("tab-separated text Anki's importer reads (File → Import)"))
    what.add_argument("--handout", type=Path, metavar="OUT",
                      help=_("printable handout: PDF if OUT ends in .pdf, else HTML"))
    sel = p.add_mutually_exclusive_group()
    sel.add_argument("--list", metavar="NAME", help=_("export this teacher list only"))
    sel.add_argument("--source", type=int, metavar="ID",
                     help=_("export this source's terms only"))
    p.add_argument("--deck", default=None, metavar="NAME",
                   help=_("Anki deck name (default: the list's name with --list, else vocab_app)"))
    p.add_argument("--with-scheduling", action="store_true",
                   help=_("carry review progress over: reviewed cards arrive as Anki review "
                          "cards with their history (import with 'Import any learning "
                          "progress')"))
    p.add_argument("--reverse", action="store_true", default=None,
                   help=_("add a reverse card (gloss → term); default: the reverse_cards "
                          "setting"))
    p.add_argument("--cloze", action="store_true", default=None,
                   help=_("add a card with the term blanked in its context sentence; "
                          "default: the cloze_cards setting"))
    p.add_argument("--page", choices=("A4", "Letter"), default="A4",
                   help=_("handout paper size (default A4)"))
    p.add_argument("--layout", choices=("glossary", "compact", "examples", "quiz"),
                   default="glossary",
                   help=_("handout layout: term, pinyin, gloss (glossary; compact: two panels a "
                          "page), with a shortened example sentence (examples), or a quiz with "
                          "an answer key on the last page (default glossary)"))
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from vocab_app.cli.opening import open_library

    lib = open_library(args, reading=True)
    try:
        list_id = lib.lists.by_name(args.list).id if args.list else None
        if args.apkg:
            report = lib.export.apkg(args.apkg, deck_name=args.deck, source_id=args.source,
                                     list_id=list_id, reverse=args.reverse, cloze=args.cloze,
                                     with_scheduling=args.with_scheduling)
            parts = [_notes(report.notes),
                     ngettext("{n} card", "{n} cards", report.cards)
                     .format(n=format_number(report.cards))]
            if args.with_scheduling:
                parts.append(_("{n} with their schedule").format(
                    n=format_number(report.scheduled)))
            print(f"{_(', ').join(parts)} -> {report.path}")
            return 0
        if args.handout:
            report = lib.export.handout(args.handout, list_id=list_id, source_id=args.source,
                                        page=args.page, layout=args.layout)
            parts = [_terms(report.notes)]
            if report.pages:
                parts.append(ngettext("{n} page", "{n} pages", report.pages)
                             .format(n=format_number(report.pages)))
            print(f"{_(', ').join(parts)} -> {report.path}")
            return 0
        dialect: Literal["csv", "anki-tsv"] = "csv" if args.csv else "anki-tsv"
        out = args.csv if args.csv else args.tsv
        report = lib.export.csv(out, list_id=list_id, source_id=args.source, dialect=dialect)
        print(f"{_terms(report.notes)} -> {report.path}")
        return 0
    finally:
        lib.close()


def _notes(n: int) -> str:
    return ngettext("{n} note", "{n} notes", n).format(n=format_number(n))


def _terms(n: int) -> str:
    return ngettext("{n} term", "{n} terms", n).format(n=format_number(n))
