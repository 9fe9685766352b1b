"""`vocab [--db PATH] term …`: terms by hand (services/term_edits.py).

    vocab term add TERM --gloss G [--list L] [--context SENTENCE]
                                   a new term (and its cards), at the end of list L if given
    vocab term edit TERM [--gloss G] [--rename NEW] [--merge]
                                   change its gloss (several senses: G holds one gloss per
                                   sense separated by '; ') or its text; renaming onto another
                                   term needs --merge, which merges the two
    vocab term show TERM           glosses, contexts, cards with their due dates, lists
    vocab term known TERM [--unknown]
                                   mark the term known (its cards are never scheduled) or,
                                   with --unknown, not known again

TERM is the term's text (matched as the miner matches: case and plural aside) or its id.
Errors (unknown term, empty name, a term already there) print one sentence and exit 1.
"""

from __future__ import annotations

import argparse

from vocab_app.i18n_text import _, format_date, format_number, ngettext


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `term` subcommand and its actions."""
    p = sub.add_parser("term", help=_("add, edit and show terms by hand"),
                       description=_("Add a term by hand, edit its text or gloss, show it."))
    acts = p.add_subparsers(dest="term_action", metavar="ACTION", required=True)
    a = acts.add_parser("add", help=_("a new term with its gloss"))
    a.add_argument("term")
    a.add_argument("--gloss", required=True)
    a.add_argument("--list", metavar="L", help=_("also put it at the end of this list"))
    a.add_argument("--context", default="", metavar="SENTENCE",
                   help=_("a sentence the term was seen in (its card shows it)"))
    a.set_defaults(func=_add)
    a = acts.add_parser("edit", help=_("change a term's gloss or text"))
    a.add_argument("term")
    a.add_argument("--gloss")
    a.add_argument("--rename", metavar="NEW")
    a.add_argument("--merge", action="store_true",
                   help=_("when NEW is another term's text, merge this term into it"))
    a.set_defaults(func=_edit)
    a = acts.add_parser("show", help=_("glosses, contexts, cards and lists of a term"))
    a.add_argument("term")
    a.set_defaults(func=_show)
    a = acts.add_parser("known", help=_("mark a term known: its cards are never scheduled"))
    a.add_argument("term")
    a.add_argument("--unknown", action="store_true",
                   help=_("take the mark away: the term is scheduled again"))
    a.set_defaults(func=_known)


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
            raise TermError(_("{problem} See it with `vocab term show \"{term}\"`, change its "
                              "gloss with `vocab term edit`.").format(
                problem=there, term=there.term)) from None
        if args.list:
            print(_("added “{term}” (list “{list}”)").format(
                term=added.term, list=" ".join(args.list.split())))
        else:
            print(_("added “{term}”").format(term=added.term))
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
        raise TermError(_("Say what to change: --gloss G, --rename NEW, or both."))
    if args.rename is not None:
        term_name(args.rename)

    def run(lib) -> None:
        term_id = find_term(lib, args.term)
        if args.gloss is not None:
            problem = set_glosses(lib, term_id, " ".join(args.gloss.split()))
            if problem:
                raise TermError(problem)
            print(_("gloss saved"))
        if args.rename is not None:
            try:
                renamed = rename_term(lib, term_id, args.rename)
                print(_("renamed “{old}” to “{new}”").format(old=renamed.before[1],
                                                            new=renamed.after[1]))
            except MergeNeeded as clash:
                if not args.merge:
                    raise TermError(_("{problem} Add --merge to merge them.").format(
                        problem=clash)) from None
                merged = merge_terms(lib, term_id, clash.term_id)
                print(_("merged into “{term}”").format(term=merged.target))
    return _with_lib(args, run)


def _show(args: argparse.Namespace) -> int:
    from vocab_app.services.term_edits import find_term, term_lists

    def run(lib) -> None:
        detail = lib.term_detail(find_term(lib, args.term))
        print(detail.term + (f"  [{detail.pronunciation}]" if detail.pronunciation else ""))
        if detail.variants:
            print(_("variants: {list}").format(list=_(", ").join(detail.variants)))
        print(_("glosses:"))
        for sense in detail.senses:
            seen = ngettext("seen {n}×", "seen {n}×", sense.count).format(
                n=format_number(sense.count))
            print(f"  {sense.gloss}  ({sense.style}, {seen})")
        print(_("contexts:") if detail.occurrences else _("contexts: none"))
        for occ in detail.occurrences:
            print(f"  {occ.sentence}  — {occ.source_title}")
        print(_("cards:"))
        for card in detail.cards:
            print("  " + _card_line(card))
        names = term_lists(lib, detail.id)
        if detail.state == "known":
            print(_("marked known: never scheduled"))
        print(_("lists: {names}").format(names=_(", ").join(names) if names else _("none")))
        if detail.tags:
            print(_("tags: {tags}").format(tags=" ".join(detail.tags)))
    return _with_lib(args, run, reading=True)


def _known(args: argparse.Namespace) -> int:
    from vocab_app.services.term_edits import find_term

    def run(lib) -> None:
        term_id = find_term(lib, args.term)
        lib.set_known([term_id], not args.unknown)
        term = lib.term_detail(term_id).term
        if args.unknown:
            print(_("“{term}” is no longer marked known; its cards are scheduled again").format(
                term=term))
        else:
            print(_("“{term}” is marked known; its cards are no longer scheduled").format(
                term=term))
    return _with_lib(args, run)


def _card_line(card) -> str:
    """One card of `term show`: direction, state, due day, reps and lapses, flags."""
    from vocab_app.cli.review import _state

    parts = [_("{direction}: {state}").format(direction=_direction(card.direction),
                                              state=_state(card.state)),
             _("due {day}").format(day=format_date(card.due)) if card.due
             else _("due new"),
             ngettext("{n} rep", "{n} reps", card.reps).format(n=format_number(card.reps)),
             ngettext("{n} lapse", "{n} lapses", card.lapses).format(
                 n=format_number(card.lapses))]
    flags = [_("suspended")] * card.suspended + [_("leech")] * card.leech
    return _(", ").join(parts) + "".join(" " + flag for flag in flags)


def _direction(direction: str) -> str:
    """A card's direction as the store names it (forward, reverse, cloze), translated."""
    names = {"forward": _("forward"), "reverse": _("reverse"), "cloze": _("cloze")}
    return names.get(direction, direction)
