"""`vocab [--db PATH] term …`: terms by hand (services/term_edits.py).

    vocab term add TERM --gloss G [--list L] [--context SENTENCE]
                                   a new term (and its cards), at the end of list L if given
    vocab term edit TERM [--gloss G] [--rename NEW] [--merge]
                                   change its gloss (several senses: G holds one gloss per
                                   sense separated by '; ') or its text; renaming onto another
                                   term needs --merge, which merges the two
    vocab term show TERM           glosses, contexts, cards with their due dates, lists

TERM is the term's text (matched as the miner matches: case and plural aside) or its id.
Errors (unknown term, empty name, a term already there) print one sentence and exit 1.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `term` subcommand and its actions."""
    p = sub.add_parser("term", help="add, edit and show terms by hand",
                       description="Add a term by hand, edit its text or gloss, show it.")
    acts = p.add_subparsers(dest="term_action", metavar="ACTION", required=True)
    a = acts.add_parser("add", help="a new term with its gloss")
    a.add_argument("term")
    a.add_argument("--gloss", required=True)
    a.add_argument("--list", metavar="L", help="also put it at the end of this list")
    a.add_argument("--context", default="", metavar="SENTENCE",
                   help="a sentence the term was seen in (its card shows it)")
    a.set_defaults(func=_add)
    a = acts.add_parser("edit", help="change a term's gloss or text")
    a.add_argument("term")
    a.add_argument("--gloss")
    a.add_argument("--rename", metavar="NEW")
    a.add_argument("--merge", action="store_true",
                   help="when NEW is another term's text, merge this term into it")
    a.set_defaults(func=_edit)
    a = acts.add_parser("show", help="glosses, contexts, cards and lists of a term")
    a.add_argument("term")
    a.set_defaults(func=_show)


def _with_lib(args: argparse.Namespace, action, *, reading: bool = False) -> int:
    from vocab_app.cli.lists import _with_lib as with_lib

    return with_lib(args, action, reading=reading)


def _add(args: argparse.Namespace) -> int:
    from vocab_app.services.term_edits import TermError, TermExists, add_term, term_name

    term_name(args.term)  # an empty name is refused before the file is opened

    def run(lib) -> None:
        try:
            added = add_term(lib, args.term, args.gloss, context=args.context,
                             list_name=args.list)
        except TermExists as there:  # offer the existing term
            raise TermError(f"{there} See it with `vocab term show \"{there.term}\"`, change "
                            "its gloss with `vocab term edit`.") from None
        where = f" (list “{' '.join(args.list.split())}”)" if args.list else ""
        print(f"added “{added.term}”{where}")
    return _with_lib(args, run)


def _edit(args: argparse.Namespace) -> int:
    from vocab_app.services.term_edits import (
        MergeNeeded,
        TermError,
        find_term,
        merge_terms,
        rename_term,
        set_glosses,
        term_name,
    )

    if args.gloss is None and args.rename is None:
        raise TermError("Say what to change: --gloss G, --rename NEW, or both.")
    if args.rename is not None:
        term_name(args.rename)

    def run(lib) -> None:
        term_id = find_term(lib, args.term)
        if args.gloss is not None:
            problem = set_glosses(lib, term_id, " ".join(args.gloss.split()))
            if problem:
                raise TermError(problem)
            print("gloss saved")
        if args.rename is not None:
            try:
                renamed = rename_term(lib, term_id, args.rename)
                print(f"renamed “{renamed.before[1]}” to “{renamed.after[1]}”")
            except MergeNeeded as clash:
                if not args.merge:
                    raise TermError(f"{clash} Add --merge to merge them.") from None
                merged = merge_terms(lib, term_id, clash.term_id)
                print(f"merged into “{merged.target}”")
    return _with_lib(args, run)


def _show(args: argparse.Namespace) -> int:
    from vocab_app.services.term_edits import find_term, term_lists

    def run(lib) -> None:
        detail = lib.term_detail(find_term(lib, args.term))
        print(detail.term + (f"  [{detail.pronunciation}]" if detail.pronunciation else ""))
        if detail.variants:
            print("variants: " + ", ".join(detail.variants))
        print("glosses:")
        for sense in detail.senses:
            print(f"  {sense.gloss}  ({sense.style}, seen {sense.count}×)")
        print("contexts:" if detail.occurrences else "contexts: none")
        for occ in detail.occurrences:
            print(f"  {occ.sentence}  — {occ.source_title}")
        print("cards:")
        for card in detail.cards:
            due = card.due.isoformat() if card.due else "new"
            extra = (" suspended" if card.suspended else "") + (" leech" if card.leech else "")
            print(f"  {card.direction}: {card.state}, due {due}, {card.reps} reps, "
                  f"{card.lapses} lapses{extra}")
        names = term_lists(lib, detail.id)
        print("lists: " + (", ".join(names) if names else "none"))
        if detail.tags:
            print("tags: " + " ".join(detail.tags))
    return _with_lib(args, run, reading=True)
