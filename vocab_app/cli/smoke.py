"""`vocab smoke DIR [FILE …]`: a self-test of an installed or frozen app, end to end, headless.

Mines the first bundled seed (or the FILEs given) into a throw-away collection inside DIR through
the same Library the GUI uses, exports DIR/smoke.apkg and prints two lines a script can read:

    notes: 57
    apkg: /path/to/DIR/smoke.apkg

It proves the bundle found its seeds, jieba's dictionary and genanki, and never touches the
user's collection (`--db` is ignored). The frozen app runs it as `vocab_app --smoke DIR`.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from vocab_app.errors import ExportError, InputError
from vocab_app.i18n_text import _

APKG_NAME = "smoke.apkg"
#: The two lines scripts read (tests/packaging/test_bundle.py): never translated.
RESULT_LINES = "notes: {notes}\napkg: {path}"


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `smoke` subcommand."""
    p = sub.add_parser(
        "smoke",
        help=_("self-test: mine a bundled seed into a temporary collection, export "
               "DIR/smoke.apkg"),
    )
    p.add_argument(
        "dir", metavar="DIR", type=Path, help=_("folder for smoke.apkg (created if missing)")
    )
    p.add_argument(
        "files", metavar="FILE", type=Path, nargs="*",
        help=_("files to mine instead of the first bundled seed"),
    )
    p.set_defaults(func=_run)


def run_smoke(out_dir: Path, files: list[Path] | None = None) -> tuple[int, Path]:
    """Mine `files` (default: the first bundled seed) into a temporary collection in `out_dir`,
    export `out_dir/smoke.apkg`; return (note count, apkg path). The collection is deleted."""
    from vocab_app import paths

    if not files:
        seeds = paths.seed_files()
        if not seeds:
            raise InputError(_("No bundled seed transcripts were found in vocab_app/seeds."))
        files = seeds[:1]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(_("Cannot create the folder {path}: {reason}.").format(
            path=out_dir, reason=err.strerror)) from err
    from vocab_app.services.library import Library

    out_path = out_dir / APKG_NAME
    with tempfile.TemporaryDirectory(prefix="vocab-smoke-", dir=out_dir) as tmp:
        lib = Library.open(Path(tmp) / "smoke.sqlite")
        try:
            report = lib.import_files(files)
            if report.errors:
                first = report.errors[0]
                raise InputError(f"{first.path}: {first.message}")
            exported = lib.export.apkg(out_path, deck_name="vocab_app smoke test")
        finally:
            lib.close()
    return exported.notes, Path(exported.path)


def _run(args: argparse.Namespace) -> int:
    notes, path = run_smoke(args.dir, list(args.files))
    print(RESULT_LINES.format(notes=notes, path=path))
    return 0
