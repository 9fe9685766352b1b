"""`vocab [--db PATH] list …`: a teacher's term lists.

    vocab list ls                         lists with their sizes
    vocab list create NAME                a new empty list
    vocab list rename NAME NEW            rename
    vocab list delete NAME                delete the list (its terms stay)
    vocab list add NAME TERM...           add terms (by term text or id) at the end
    vocab list remove NAME TERM...        take terms out
    vocab list show NAME                  the list's terms: position, term, gloss
    vocab list move NAME TERM POSITION    move a term to POSITION (1-based as `show` numbers
                                          them; beyond either end means first or last)
    vocab list order NAME...              put these lists first, in this order (others follow)
    vocab list gloss NAME TERM [GLOSS]    the list's own gloss for a term (none: back to senses)
    vocab list import FILE NAME           a colleague's CSV/TSV (term, gloss[, tags]); prints a
                                          warning per odd line. --dry-run prints the rows and
                                          warnings and stores nothing

Terms are named by their text (matched like the miner does: case, plurals) or by numeric id.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from vocab_app.i18n_text import _, format_number, ngettext


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `list` subcommand and its actions."""
    p = sub.add_parser("list", help=_("teacher term lists: create, fill, show, import"),
                       description=_("Create and edit teacher term lists."))
    acts = p.add_subparsers(dest="list_action", metavar="ACTION", required=True)
    acts.add_parser("ls", help=_("all lists with their sizes")).set_defaults(func=_ls)
    a = acts.add_parser("create", help=_("a new empty list"))
    a.add_argument("name")
    a.set_defaults(func=_create)
    a = acts.add_parser("rename", help=_("rename a list"))
    a.add_argument("name")
    a.add_argument("new_name")
    a.set_defaults(func=_rename)
    a = acts.add_parser("delete", help=_("delete a list (its terms stay in the collection)"))
    a.add_argument("name")
    a.set_defaults(func=_delete)
    for action, func, text in (("add", _add, _("add terms to a list")),
                               ("remove", _remove, _("take terms out of a list"))):
        a = acts.add_parser(action, help=text)
        a.add_argument("name")
        a.add_argument("terms", nargs="+", metavar="TERM", help=_("term text or id"))
        a.set_defaults(func=func)
    a = acts.add_parser("show", help=_("the terms of a list"))
    a.add_argument("name")
    a.set_defaults(func=_show)
    a = acts.add_parser("move", help=_("move a term to another position in a list"))
    a.add_argument("name")
    a.add_argument("term", help=_("term text or id"))
    a.add_argument("position", type=int,
                   help=_("1-based position, as `list show` numbers them"))
    a.set_defaults(func=_move)
    a = acts.add_parser("order", help=_("put lists in this order (the others follow)"))
    a.add_argument("names", nargs="+", metavar="NAME")
    a.set_defaults(func=_order)
    a = acts.add_parser("gloss", help=_("set (or clear) the list's own gloss for a term"))
    a.add_argument("name")
    a.add_argument("term")
    a.add_argument("gloss", nargs="?")
    a.set_defaults(func=_gloss)
    a = acts.add_parser("import", help=_("import a CSV/TSV list (term, gloss[, tags])"),
                        description=_("Import a CSV/TSV list (term, gloss[, tags]) as a new "
                                      "list. Tab, comma or semicolon separated, or a Chinese "
                                      "comma (，、) between a Latin term and a Chinese gloss; "
                                      "each odd line gets a warning."))
    a.add_argument("file")
    a.add_argument("name")
    a.add_argument("--dry-run", action="store_true",
                   help=_("print what would be imported and the warnings; store nothing"))
    a.set_defaults(func=_import)


def _with_lib(args: argparse.Namespace, action, *, reading: bool = False) -> int:
    from vocab_app.cli.mine import _utf8_stdout
    from vocab_app.cli.opening import open_library

    lib = open_library(args, reading=reading)
    try:
        _utf8_stdout()
        status = action(lib)  # a write returns its Changes: not an exit status
        return status if isinstance(status, int) else 0
    finally:
        lib.close()


def _term_ids(lib: Any, terms: list[str]) -> list[int]:
    return [lib.lists.resolve_term(text) for text in terms]


def _ls(args):
    def run(lib):
        for lst in lib.lists.all():
            print(f"{lst.name}\t{_terms(lst.size)}")
    return _with_lib(args, run, reading=True)


def _create(args):
    def run(lib):
        lib.lists.create(args.name)
        print(_("created list '{name}'").format(name=' '.join(args.name.split())))
    return _with_lib(args, run)


def _rename(args):
    return _with_lib(args, lambda lib: lib.lists.rename(lib.lists.by_name(args.name).id,
                                                         args.new_name))


def _delete(args):
    return _with_lib(args, lambda lib: lib.lists.delete(lib.lists.by_name(args.name).id))


def _add(args):
    def run(lib):
        added = lib.lists.add_terms(lib.lists.by_name(args.name).id, _term_ids(lib, args.terms))
        print(ngettext("added {n} term", "added {n} terms", added).format(
            n=format_number(added)))
    return _with_lib(args, run)


def _remove(args):
    return _with_lib(args, lambda lib: lib.lists.remove_terms(lib.lists.by_name(args.name).id,
                                                               _term_ids(lib, args.terms)))


def _show(args):
    def run(lib):
        for t in lib.lists.terms(lib.lists.by_name(args.name).id):
            print(f"{t.position + 1}\t{t.term}\t{t.gloss}")
    return _with_lib(args, run, reading=True)


def _move(args):
    def run(lib):
        from vocab_app.services.lists import ListError

        lst = lib.lists.by_name(args.name)
        term_id = _term_ids(lib, [args.term])[0]
        if term_id not in {t.term_id for t in lib.lists.terms(lst.id)}:
            raise ListError(_("'{term}' is not in the list '{list}'.").format(
                term=args.term, list=lst.name))
        # the service clamps too; clamping below 1 here keeps "0" and negatives meaning "first"
        lib.lists.move_term(lst.id, term_id, max(args.position, 1) - 1)
    return _with_lib(args, run)


def _order(args):
    def run(lib):
        lib.lists.reorder([lib.lists.by_name(name).id for name in args.names])
    return _with_lib(args, run)


def _gloss(args):
    def run(lib):
        lst = lib.lists.by_name(args.name)
        lib.lists.set_gloss(lst.id, _term_ids(lib, [args.term])[0], args.gloss)
    return _with_lib(args, run)


def _import(args):
    def run(lib):
        preview = lib.lists.preview_csv(args.file)
        if args.dry_run:
            words = {"link": _("in collection"), "create": _("new term"),
                     "skip": _("skipped")}
            for item in preview.rows:
                row = item.row
                line = _("line {n}").format(n=row.line)
                print(f"{line}\t{row.term}\t{row.gloss}\t{' '.join(row.tags)}\t"
                      f"{words[item.action]}")
        for warning in preview.warnings:
            print("  " + _("warning: {text}").format(text=warning), file=sys.stderr)
        if args.dry_run:
            skipped = preview.count("skip")
            print(_("dry run: {linked} would be linked, {created} created, {skipped}; "
                    "nothing was stored").format(
                linked=_terms(preview.count("link")),
                created=format_number(preview.count("create")),
                skipped=ngettext("{n} row skipped", "{n} rows skipped", skipped)
                .format(n=format_number(skipped))))
            return 0
        report = lib.lists.import_preview(preview, args.name)
        created = ngettext("{n} new term", "{n} new terms", report.created)
        print(_("list '{name}': {linked} linked, {created}").format(
            name=report.name, linked=_terms(report.linked),
            created=created.format(n=format_number(report.created))))
        for why in report.skipped:
            print("  " + _("skipped {why}").format(why=why))
        return 0
    return _with_lib(args, run)


def _terms(n: int) -> str:
    return ngettext("{n} term", "{n} terms", n).format(n=format_number(n))
