"""Errors a user can cause. Each carries one clear sentence to show (CLI: stderr, GUI: a dialog).

Bugs are not VocabErrors: they propagate and are logged with a traceback.
"""

from __future__ import annotations


class VocabError(Exception):
    """Base of every user-facing error; str(err) is the sentence shown to the user."""


class InputError(VocabError):
    """An input file cannot be read as text: missing, empty, binary, undecodable, too large."""


class StoreError(VocabError):
    """The collection file cannot be opened or written: read-only, full disk, locked, corrupt."""


class CollectionLockedError(StoreError):
    """Another running vocab_app already has this collection open."""


class DamagedCollectionError(StoreError):
    """The collection file is damaged: it is opened read-only (never written) until repaired."""


class ExportError(VocabError):
    """An export cannot be written: unwritable folder, full disk, nothing to export."""


class Cancelled(VocabError):
    """The user cancelled a long operation; nothing was stored."""
