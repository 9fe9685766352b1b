"""Writing export files safely: a temporary file in the target folder, moved into place at the
end (os.replace), so a failed export leaves no partial file and an older export untouched.

OS failures become one-sentence ExportErrors (unwritable folder, missing folder, full disk).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from vocab_app.errors import ExportError


def os_error(err: OSError, out: Path) -> ExportError:
    """The one-sentence ExportError for an OSError while writing `out`."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(f"The disk is full, so {out} was not written; free some space "
                           "and export again.")
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(f"The folder {out.parent} cannot be written to; choose another "
                           "place for the export.")
    if err.errno in (errno.ENOENT, errno.ENOTDIR):
        return ExportError(f"The folder {out.parent} does not exist; choose another place "
                           "for the export.")
    if err.errno == errno.EISDIR:
        return ExportError(f"{out} is a folder; choose a file name for the export.")
    return ExportError(f"{out} could not be written: {err.strerror or err}.")


def check_target(out: Path) -> None:
    """Raise ExportError when `out` cannot be an export file (a folder)."""
    if out.is_dir():
        raise ExportError(f"{out} is a folder; choose a file name for the export.")


@contextlib.contextmanager
def temp_path(out: Path, suffix: str = ".part") -> Iterator[Path]:
    """A fresh empty temporary file next to `out` (same file system as the target), removed
    afterwards unless it was moved over `out`."""
    check_target(out)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=suffix, dir=folder)
    except OSError as err:
        raise os_error(err, out) from err
    os.close(fd)
    path = Path(name)
    try:
        yield path
    finally:
        with contextlib.suppress(OSError):
            path.unlink()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def replace(part: Path, out: Path) -> None:
    """Move the finished temporary file `part` over `out`, with the permissions a newly
    created file gets (mkstemp makes it private)."""
    try:
        os.chmod(part, 0o666 & ~_umask())
        os.replace(part, out)
    except OSError as err:
        raise os_error(err, out) from err


def write_text(out: Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `out` atomically."""
    with temp_path(out) as part:
        try:
            part.write_text(text, encoding=encoding, newline="")
        except OSError as err:
            raise os_error(err, out) from err
        replace(part, out)
