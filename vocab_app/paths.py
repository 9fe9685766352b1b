"""The one place that resolves paths: bundled resources/ and seeds/, and the user's data dirs.

Works from a source checkout, an installed package and a frozen (PyInstaller) bundle.
Nothing else in vocab_app builds paths to these folders.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "vocab_app"
APP_AUTHOR = "vocab_app"


def _bundle_root() -> Path:
    """The folder that holds resources/ and seeds/ (repo root, or the frozen bundle's root)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/ (icons, themes, card CSS, fonts)."""
    return _bundle_root().joinpath("resources", *parts)


def seeds_dir() -> Path:
    """Folder of the sample transcripts offered on first run."""
    return _bundle_root() / "seeds"


def seed_files() -> list[Path]:
    """The bundled sample transcripts, sorted by name."""
    return sorted(seeds_dir().glob("*.txt"))


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
