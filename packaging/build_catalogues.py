"""Compile the message catalogues that ship inside the package, before it is installed or built.

    python packaging/build_catalogues.py [--check]

gettext (the CLI, and the sentences core and services raise): every
`vocab_app/resources/locale/<lang>/LC_MESSAGES/vocab_app.po` becomes the `.mo` beside it, with
Babel's compiler (`babel.messages.mofile`). The `.mo` files are build products (.gitignore'd):
the Makefile's install stamps, the setuptools build hook (setup.py: wheel, sdist, editable
install) and packaging/build.sh call `build_all()`. A catalogue is compiled only when its
source is newer than its `.mo`. `--check` also fails when a message is untranslated or fuzzy.

Other catalogue kinds (Qt's .ts → .qm) add a step to `build_all()`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "vocab_app" / "resources" / "locale"


def gettext_catalogues(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Every gettext source catalogue (.po) under `locale_dir`."""
    return sorted(locale_dir.glob("*/LC_MESSAGES/*.po"))


def compile_po(po_path: Path, mo_path: Path | None = None, *, check: bool = False) -> Path:
    """Compile one .po into its .mo (beside it unless `mo_path` is given); returns the .mo.
    Fuzzy entries are left out, as msgfmt does. `check=True` raises ValueError when a message
    is untranslated or fuzzy."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    mo_path = mo_path or po_path.with_suffix(".mo")
    with po_path.open("rb") as f:
        catalog = read_po(f)
    if check:
        missing = [m.id for m in catalog if m.id and (m.fuzzy or not _translated(m.string))]
        if missing:
            raise ValueError(f"{po_path}: {len(missing)} untranslated or fuzzy: {missing[:5]}")
    if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
        return mo_path
    mo_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = mo_path.with_suffix(".mo.tmp")
    with tmp.open("wb") as f:
        write_mo(f, catalog)
    tmp.replace(mo_path)
    return mo_path


def _translated(string: object) -> bool:
    if isinstance(string, (tuple, list)):
        return all(string)
    return bool(string)


def build_all(*, check: bool = False, locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Build every catalogue the package ships; returns the files written or up to date."""
    return [compile_po(po, check=check) for po in gettext_catalogues(locale_dir)]


def main(argv: list[str]) -> int:
    try:
        built = build_all(check="--check" in argv)
    except ValueError as err:
        print(f"build_catalogues: {err}", file=sys.stderr)
        return 1
    for path in built:
        print(f"catalogue: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
