"""Opening the collection for a command: read-only commands (`due`, `stats`, `export`, `list ls`,
`list show`) work on a read-only or damaged file; a damaged file's sentence goes to stderr first
and the command's exit code becomes 2 even when it printed what it could read."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vocab_app.services.clock import Clock
    from vocab_app.services.library import Library

#: The `args` attribute that raises the exit code (read by cli/__init__.py `main`).
EXIT_FLOOR = "exit_floor"
DAMAGED_EXIT = 2


def open_library(args: argparse.Namespace, *, reading: bool,
                 clock: Clock | None = None) -> Library:
    """The collection named by `--db` (None: the platform default); `reading=True` for a
    command that never writes (see the module docstring)."""
    from vocab_app.services.library import Library

    lib = Library.open(args.db, clock=clock, reading=reading)
    if lib.damage is not None:
        print(f"vocab: {lib.damage}", file=sys.stderr)
        setattr(args, EXIT_FLOOR, DAMAGED_EXIT)
    return lib
