"""`vocab gui`: open the desktop app (PySide6 is imported only here, inside the command)."""

from __future__ import annotations

import argparse

from vocab_app.i18n_text import _


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `gui` subcommand."""
    p = sub.add_parser("gui", help=_("open the desktop app"))
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from vocab_app.gui.app import main as gui_main

    argv = ["vocab-app"] + (["--db", args.db] if args.db else [])
    return gui_main(argv)
