"""`vocab` command line: one parser, subcommands registered by small modules in this package.

Each command module exposes `register(subparsers)`; it must import nothing heavy at module level
(jieba, genanki, PySide6 are imported inside the command's function) so `vocab --help` is instant.
User errors (VocabError) print one line to stderr and exit 1; a damaged collection exits 2 (also
when a read-only command still printed what it could read: see cli/opening.py); bugs keep their
traceback. Everything a command prints goes through cli.terminal.safe_output: no control
characters from collection text reach the terminal. Every sentence is translated
(vocab_app.i18n_text, following LANG/LC_MESSAGES); argparse's own words ("usage:", "options")
are looked up in the same catalogue.
"""

from __future__ import annotations

import argparse
import gettext
import sys
from collections.abc import Sequence

from vocab_app import __version__
from vocab_app.cli import (
    backup,
    check,
    collection,
    config,
    export,
    gui,
    lists,
    mine,
    review,
    smoke,
    source,
    term,
)
from vocab_app.cli.opening import EXIT_FLOOR
from vocab_app.cli.terminal import safe_output
from vocab_app.errors import DamagedCollectionError, VocabError
from vocab_app.i18n_text import DOMAIN, _, locale_dir

# Modules that contribute subcommands, in help order.
COMMAND_MODULES = (mine, collection, term, review, config, export, lists, source, check, backup,
                   gui, smoke)


def build_parser() -> argparse.ArgumentParser:
    """The full `vocab` parser with every subcommand registered."""
    # argparse translates its own words ("usage: ", "options") through gettext's global domain
    gettext.bindtextdomain(DOMAIN, locale_dir())
    gettext.textdomain(DOMAIN)
    parser = argparse.ArgumentParser(
        prog="vocab",
        description=_("Mine glossed terms from bilingual material, review them, export to Anki."),
    )
    parser.add_argument("--version", action="version", version=f"vocab_app {__version__}",
                        help=_("show the version and exit"))
    parser.add_argument(
        "--db", metavar="PATH",
        help=_("collection file (default: collection.sqlite in the platform data dir)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit code."""
    _streams_for_language()
    with safe_output():  # argparse's errors echo the arguments: escaped too
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help()
            return 2
        return _run(args)


def _streams_for_language() -> None:
    """Write UTF-8 when stdout or stderr cannot encode the user's language (an ASCII stream
    under LANG=zh_CN.UTF-8 where that locale is not installed): Chinese, never a crash."""
    sample = _("usage: ")
    for stream in (sys.stdout, sys.stderr):
        try:
            sample.encode(getattr(stream, "encoding", None) or "utf-8")
        except (UnicodeEncodeError, LookupError):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(encoding="utf-8")


def _run(args: argparse.Namespace) -> int:
    try:
        return max(int(args.func(args) or 0), getattr(args, EXIT_FLOOR, 0))
    except VocabError as err:
        print(f"vocab: {err}", file=sys.stderr)
        return 2 if isinstance(err, DamagedCollectionError) else 1
    except KeyboardInterrupt:
        print("vocab: " + _("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # a storage failure a service let through: still one sentence
        from vocab_app.services.library import user_error

        sentence = user_error(err, getattr(args, "db", None))
        if sentence is None:
            raise
        print(f"vocab: {sentence}", file=sys.stderr)
        return 2 if isinstance(sentence, DamagedCollectionError) else 1
