"""What the Export dialog runs: the file it writes, checked first, and the export job.

`checked_path` turns the typed file name into a Path or an ExportError with one sentence (a
folder, a missing or read-only folder, a file that cannot be overwritten); `export_job` builds
the function `Ops` runs on the worker for the chosen format and scope. Both say their sentences
in the "ExportDialog" context, as the dialog does (gui/export_dialog.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication

from vocab_app.errors import ExportError
from vocab_app.gui.ops import TaskContext

if TYPE_CHECKING:
    from vocab_app.services.exporting import ExportReport
    from vocab_app.services.library import Library

translate = QCoreApplication.translate
ExportJob = Callable[["Library", TaskContext], "ExportReport"]


@dataclass(frozen=True)
class ExportChoices:
    """What the dialog shows when Export is pressed."""

    format: str  # export_scopes.FORMATS key
    scope: str  # "all", "source" or "list"
    source_id: int | None
    list_id: int | None
    deck: str
    reverse: bool
    cloze: bool
    scheduling: bool
    page: str
    layout: str


def checked_path(text: str) -> Path:
    """The target file typed as `text`, or ExportError with a sentence when it cannot be
    written."""
    text = text.strip()
    if not text:
        raise ExportError(translate("ExportDialog", "Choose a file to export to."))
    path = Path(text).expanduser()
    from vocab_app.services.exporting import check_target

    check_target(path)  # a device, FIFO or refused name: its sentence, nothing raised raw
    folder = path.parent
    if path.is_dir():
        text = translate("ExportDialog", "{path} is a folder; choose a file name inside it.")
    elif folder.exists() and not folder.is_dir():
        text = translate("ExportDialog",
                         "{folder} is a file, not a folder; choose another folder.")
    elif not folder.is_dir():
        text = translate("ExportDialog",
                         "The folder {folder} does not exist; choose another folder.")
    elif not os.access(folder, os.W_OK | os.X_OK):
        text = translate("ExportDialog",
                         "The folder {folder} cannot be written to; choose another folder.")
    elif path.exists() and not os.access(path, os.W_OK):
        text = translate("ExportDialog",
                         "{path} exists and cannot be overwritten; choose another name.")
    else:
        return path
    raise ExportError(text.format(path=path, folder=folder))


def export_job(path: Path, chosen: ExportChoices) -> ExportJob:
    """The export to run for `chosen` into `path`; ExportError when a choice is missing."""
    source_id = chosen.source_id if chosen.scope == "source" else None
    list_id = chosen.list_id if chosen.scope == "list" else None
    if chosen.scope == "source" and source_id is None:
        raise ExportError(translate("ExportDialog", "Choose the source to export."))
    if chosen.scope == "list" and list_id is None:
        raise ExportError(translate("ExportDialog", "Choose the teacher list to export."))
    key = chosen.format
    if key == "apkg":
        deck = chosen.deck.strip()
        if not deck:
            raise ExportError(translate("ExportDialog", "Give the Anki deck a name."))
        return lambda lib, ctx: lib.export.apkg(
            path, deck_name=deck, source_id=source_id, list_id=list_id, reverse=chosen.reverse,
            cloze=chosen.cloze, with_scheduling=chosen.scheduling, progress=ctx.progress)
    if key in ("csv", "anki-tsv"):
        dialect: Literal["csv", "anki-tsv"] = "csv" if key == "csv" else "anki-tsv"
        return lambda lib, ctx: lib.export.csv(path, list_id=list_id, source_id=source_id,
                                               dialect=dialect)
    page, layout = chosen.page, chosen.layout
    return lambda lib, ctx: lib.export.handout(path, list_id=list_id, source_id=source_id,
                                               page=page, layout=layout)
