"""Writing export files safely: a temporary file in the target folder, moved into place at the
end (os.replace), so a failed export leaves no partial file and an older export untouched.

Targets (`resolve_target`): an export writes a regular file or a new path, nothing else. A
device (/dev/null), a FIFO, a socket or a folder at the target is refused with one sentence and
left as it is. A symbolic link is followed, deliberately: a link to a regular file (or to a path
that does not exist yet) means "put the export there", so the file it points to is replaced by
the new export (atomically, from a temporary file in that file's folder) and the link stays a
link; a link to anything else is refused like that thing, and a link loop is refused. A name
the file system refuses (too long, forbidden characters, a NUL) is one sentence too.

Temporary files are named `.vocab-export-<pid>-<random>.part` (`.anki2` for the package's
scratch collection), so they are recognisable as ours: export/temp_files.py removes those a
killed export left (its process is gone) on the next export into that folder and at start.
OS failures become one-sentence ExportErrors (unwritable folder, missing folder, full disk).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from vocab_app.errors import ExportError
from vocab_app.export import temp_files
from vocab_app.i18n_text import _


def os_error(err: OSError, out: Path) -> ExportError:
    """The one-sentence ExportError for an OSError while writing `out`."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(_("The disk is full, so {out} was not written; free some "
                             "space and export again.").format(out=out))
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(_("The folder {parent} cannot be written to; choose another "
                             "place for the export.").format(parent=out.parent))
    if err.errno in (errno.ENOENT, errno.ENOTDIR):
        return ExportError(_("The folder {parent} does not exist; choose another place "
                             "for the export.").format(parent=out.parent))
    if err.errno == errno.EISDIR:
        return ExportError(_("{out} is a folder; choose a file name for the export.").format(
                               out=out))
    if err.errno in (errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ):
        return _bad_name(out)
    if err.errno == errno.ELOOP:
        return ExportError(_("{out} is a symbolic link that leads back to itself; "
                             "choose another file name for the export.").format(out=out))
    return ExportError(_("{out} could not be written: {reason}.").format(
                           out=out, reason=err.strerror or err))


def _bad_name(out: Path) -> ExportError:
    return ExportError(_("The file system does not accept the file name {name!r} (too "
                         "long or holding characters it forbids); choose a shorter, "
                         "plainer file name for the export.").format(name=out.name))


def resolve_target(out: Path) -> Path:
    """The path an export to `out` replaces: `out` itself, or for a symbolic link the file it
    leads to (see the module docstring). Raises ExportError (one sentence) when that is a
    folder, a device, a FIFO or a socket, or when the name is refused or the link loops."""
    try:
        real = Path(os.path.realpath(out)) if os.path.islink(out) else out
        mode = os.stat(real).st_mode
    except ValueError as err:  # an embedded NUL
        raise _bad_name(out) from err
    except FileNotFoundError:
        return real  # a new path
    except OSError as err:
        if err.errno == errno.ENOTDIR:
            return real  # reported by the temporary file's creation
        raise os_error(err, out) from err
    if stat.S_ISREG(mode):
        return real
    if stat.S_ISDIR(mode):
        raise ExportError(_("{out} is a folder; choose a file name for the export.").format(
                              out=out))
    raise ExportError(_("{out} is not a regular file (it is a device, a pipe or a "
                        "socket), so it was left as it is; choose a file name for the "
                        "export.").format(out=out))


def check_target(out: Path) -> None:
    """Raise ExportError when `out` cannot be an export file (resolve_target)."""
    resolve_target(out)


@contextlib.contextmanager
def temp_path(out: Path, suffix: str = ".part") -> Iterator[Path]:
    """A fresh empty temporary file in the folder of the file `out` resolves to (same file
    system as the target), removed afterwards unless it was moved over the target. Stale
    temporary files of killed exports in that folder are removed first."""
    real = resolve_target(out)
    folder = real.parent if str(real.parent) else Path(".")
    temp_files.sweep(folder)
    try:
        path = temp_files.create(folder, suffix)
    except OSError as err:
        raise os_error(err, real) from err
    try:
        yield path
    finally:
        temp_files.discard(path)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def replace(part: Path, out: Path) -> None:
    """Move the finished temporary file `part` over the file `out` resolves to, with the
    permissions a newly created file gets (mkstemp makes it private)."""
    real = resolve_target(out)
    try:
        os.chmod(part, 0o666 & ~_umask())
        os.replace(part, real)
    except OSError as err:
        raise os_error(err, real) from err


def write_text(out: Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `out` atomically."""
    with temp_path(out) as part:
        try:
            part.write_text(text, encoding=encoding, newline="")
        except OSError as err:
            raise os_error(err, out) from err
        replace(part, out)
