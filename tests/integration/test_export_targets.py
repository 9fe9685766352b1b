"""Issue 12, case 4: an export never replaces something that is not a regular file.

Every writer (Anki package, CSV, Anki TSV, HTML and PDF handouts) is pointed at a FIFO, a device
node, a folder, symlinks and names the file system refuses; real file-system objects, no mocks.
A symlink to a regular file (or to a new path) is followed: the file it points to gets the
export and the link stays a link.
"""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers.cli import vocab
from helpers.collection_factory import Collection

from vocab_app.errors import ExportError
from vocab_app.services.clock import FixedClock
from vocab_app.services.library import Library

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc)
Write = Callable[[Library, Path], object]

WRITERS: dict[str, Write] = {
    "apkg": lambda lib, out: lib.export.apkg(out),
    "csv": lambda lib, out: lib.export.csv(out),
    "tsv": lambda lib, out: lib.export.csv(out, dialect="anki-tsv"),
    "html": lambda lib, out: lib.export.handout(out),
    "pdf": lambda lib, out: lib.export.handout(out.with_suffix(".pdf")),
}


@pytest.fixture
def lib(col: Collection) -> Library:
    col.add_term("agent", ("智能体",))
    return Library(col.db, col.path, FixedClock(NOW))


def kind_of(path: Path) -> str:
    mode = os.lstat(path).st_mode
    for name, test in (("link", stat.S_ISLNK), ("fifo", stat.S_ISFIFO), ("chr", stat.S_ISCHR),
                       ("dir", stat.S_ISDIR), ("file", stat.S_ISREG)):
        if test(mode):
            return name
    return "other"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_a_fifo_is_refused_and_stays_a_fifo(lib, tmp_path, fmt):
    target = tmp_path / "out.pdf" if fmt == "pdf" else tmp_path / f"out.{fmt}"
    os.mkfifo(target)
    with pytest.raises(ExportError, match="is not a regular file") as err:
        WRITERS[fmt](lib, target)
    assert str(err.value).count(". ") == 0  # one sentence
    assert kind_of(target) == "fifo"
    assert leftovers(tmp_path) == []


def test_a_device_node_is_refused_and_stays_a_device(lib, tmp_path):
    for fmt, write in WRITERS.items():
        device = tmp_path / f"null.{fmt}"  # a second /dev/null
        try:
            os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except OSError:
            pytest.skip("creating a device node needs root")
        with pytest.raises(ExportError, match="is not a regular file"):
            write(lib, device)
        assert kind_of(device) == "chr"


def test_a_symlink_to_a_device_or_fifo_is_refused_and_the_link_kept(lib, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "out.csv"
    link.symlink_to(fifo)
    with pytest.raises(ExportError, match="is not a regular file"):
        lib.export.csv(link)
    assert kind_of(link) == "link" and kind_of(fifo) == "fifo"


def test_a_symlink_to_a_regular_file_writes_that_file_and_stays_a_link(lib, tmp_path):
    real_dir = tmp_path / "synced"
    real_dir.mkdir()
    real = real_dir / "deck.apkg"
    real.write_bytes(b"old")
    link = tmp_path / "deck.apkg"
    link.symlink_to(real)
    lib.export.apkg(link)
    assert kind_of(link) == "link" and os.readlink(link) == str(real)
    assert zipfile.is_zipfile(real)
    for fmt in ("csv", "tsv", "html"):
        target = real_dir / f"list.{fmt}"
        alias = tmp_path / f"list.{fmt}"
        alias.symlink_to(target)  # a link to a path that does not exist yet
        WRITERS[fmt](lib, alias)
        assert kind_of(alias) == "link" and kind_of(target) == "file"
        assert "agent" in target.read_text(encoding="utf-8-sig")
    assert leftovers(tmp_path) == [] and leftovers(real_dir) == []


def test_a_symlink_loop_is_a_sentence(lib, tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(ExportError, match="symbolic link"):
        lib.export.csv(a)
    assert kind_of(a) == kind_of(b) == "link"


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_names_the_file_system_refuses_are_a_sentence(lib, tmp_path, fmt):
    long_name = tmp_path / ("x" * 300 + ".pdf" if fmt == "pdf" else "x" * 300 + f".{fmt}")
    with pytest.raises(ExportError, match="file name"):
        WRITERS[fmt](lib, long_name)
    with pytest.raises(ExportError, match="file name"):
        WRITERS[fmt](lib, tmp_path / f"bad\0name.{'pdf' if fmt == 'pdf' else fmt}")
    assert leftovers(tmp_path) == []


def test_cli_refuses_a_fifo_and_a_long_name_with_one_line(tmp_path):
    c = Collection.create(tmp_path / "c.sqlite")
    c.add_term("agent", ("智能体",))
    c.close()
    fifo = tmp_path / "out.apkg"
    os.mkfifo(fifo)
    for args in (("--apkg", fifo), ("--csv", tmp_path / ("y" * 300 + ".csv")),
                 ("--handout", tmp_path / ("z" * 300 + ".html"))):
        done = vocab("export", *args, db=c.path, timeout=60)
        assert done.returncode != 0
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert kind_of(fifo) == "fifo"
