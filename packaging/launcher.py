"""Entry script of the frozen app (PyInstaller): one executable for the window and the CLI.

    vocab_app                  → the desktop window (vocab_app.gui.app.main)
    vocab_app FILE …           → the window, mining FILEs (files dropped on the icon, "Open with")
    vocab_app --version        → prints "vocab_app X.Y.Z", exit 0
    vocab_app --smoke DIR      → `vocab smoke DIR`: mine a seed, export DIR/smoke.apkg (a self-test)
    vocab_app mine …, import … → any `vocab` subcommand (vocab_app.cli.main), also `--help`, `--db`

Only the branch taken is imported, so `--version` and the CLI never load Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def _gui(argv0: str, files: Sequence[str] = ()) -> int:
    from vocab_app.gui.app import main as gui_main

    return int(gui_main([argv0, *files]) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch the command line (without the program name) and return the exit code."""
    # A windowed executable (Windows vocab_app.exe) has no console: sys.stdout/stderr are None,
    # and any print or logging handler (jieba's) would raise. Send them nowhere instead.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    args = list(sys.argv[1:] if argv is None else argv)
    # Finder on old macOS passes a process serial number; it is not a user argument.
    args = [a for a in args if not a.startswith("-psn_")]
    argv0 = sys.argv[0] if sys.argv else "vocab_app"
    if not args:
        return _gui(argv0)
    if all(not a.startswith("-") and os.path.isfile(a) for a in args):
        return _gui(argv0, args)  # files dropped on the icon / "Open with": mine them in the window
    if args[0] == "--version":
        from vocab_app import __version__

        print(f"vocab_app {__version__}")
        return 0
    if args[0] == "--smoke":
        if len(args) != 2:
            print("usage: vocab_app --smoke DIR", file=sys.stderr)
            return 2
        args = ["smoke", args[1]]
    from vocab_app.cli import main as cli_main

    return int(cli_main(args) or 0)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen child process must not start the app again
    raise SystemExit(main())
