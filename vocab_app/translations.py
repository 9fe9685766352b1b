"""Build the interface catalogues: each Qt Linguist source `resources/i18n/*.ts` into the binary
`.qm` the app loads (gui/i18n.py), with PySide6's `lrelease`.

The `.qm` files are built, not committed: `make run`/`make test` (the install stamp), the test
set-up (tests/conftest.py), the wheel build (setup.py's build_py) and the bundle build
(packaging/build.sh) all call `build_catalogues`. This module imports no Qt and nothing from
vocab_app, so setup.py can load it by path before the package is installed.

    python -m vocab_app.translations [FOLDER]   # (re)build stale FOLDER/*.qm beside the .ts
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "resources" / "i18n"
DOMAIN = "vocab_app"  # catalogues are vocab_app_<locale>.ts / .qm


class CatalogueError(RuntimeError):
    """A catalogue could not be built (no lrelease, or lrelease refused the .ts)."""


def lrelease() -> list[str]:
    """The command that runs Qt's lrelease: the binary PySide6 ships, else `pyside6-lrelease`
    on PATH; CatalogueError when neither is there."""
    found = importlib.util.find_spec("PySide6")
    for folder in (found.submodule_search_locations or []) if found else []:
        for name in ("lrelease", "lrelease.exe"):
            binary = Path(folder) / name
            if binary.is_file():
                return [str(binary)]
    tool = shutil.which("pyside6-lrelease")
    if tool:
        return [tool]
    raise CatalogueError("Qt's lrelease is not installed (it comes with PySide6)")


def build_catalogues(source: Path = FOLDER, target: Path | None = None, *,
                     force: bool = False) -> list[Path]:
    """Compile every `source/*.ts` into `target/*.qm` (default: beside the source) unless the
    .qm is newer; returns the .qm files that exist afterwards. CatalogueError on failure."""
    target = target or source
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(source.glob(f"{DOMAIN}_*.ts")):
        qm = target / ts.with_suffix(".qm").name
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            out = subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)],
                                 capture_output=True, text=True)
            if out.returncode != 0 or not qm.exists():
                raise CatalogueError(f"lrelease failed on {ts.name}: "
                                     f"{(out.stderr or out.stdout).strip()}")
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    """`python -m vocab_app.translations [FOLDER]`: build the stale catalogues, name them all."""
    folder = Path(argv[0]) if argv else FOLDER
    for qm in build_catalogues(folder):
        print(f"built {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
