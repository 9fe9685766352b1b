"""The one place that resolves paths: the bundled package data and the user's data dirs.

Card templates, CSS, fonts, icons, themes (vocab_app/resources/) and the sample transcripts
(vocab_app/seeds/) are package data, read through importlib.resources, so they are found the same
way from a source checkout, an editable or wheel install and a frozen (PyInstaller) bundle.
Nothing else in vocab_app builds paths to these folders.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable as Traversable
else:
    from importlib.abc import Traversable as Traversable

APP_NAME = "vocab_app"
APP_AUTHOR = "vocab_app"


def resource(*parts: str) -> Traversable:
    """A file or folder under the package's resources/ (icons, themes, card templates, fonts).

    Read it with `.read_text(encoding=...)`/`.read_bytes()`; a caller that needs a real file
    name wraps it in `importlib.resources.as_file`.
    """
    found = files(APP_NAME) / "resources"
    for part in parts:
        found = found / part
    return found


def seed_files() -> list[Path]:
    """The bundled sample transcripts, sorted by name, as files on disk.

    They are mined like any user file, and a source remembers the path it was read from, so
    these are the installed files themselves, never temporary copies: vocab_app is always
    installed as files (checkout, wheel, PyInstaller bundle), not imported from a zip archive.
    """
    folder = files(APP_NAME) / "seeds"
    if not isinstance(folder, Path):
        raise RuntimeError(f"vocab_app's package data is not on disk ({folder!r})")
    return sorted(folder.glob("*.txt"))


def data_dir() -> Path:
    """The user's data folder (created on demand): holds the collection file."""
    from platformdirs import user_data_path

    path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The user's config folder (created on demand)."""
    from platformdirs import user_config_path

    path = user_config_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The default collection file: `collection.sqlite` in the platform data dir."""
    return data_dir() / "collection.sqlite"
