"""No file the repository tracks carries a merge-conflict marker (a README or module with
`<<<<<<<` lines reaches users as it is)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: The opening and closing lines of a conflict (a bare `=======` line is also a heading's
#: underline in reStructuredText and Markdown, and every conflict has the other two).
MARKER = re.compile(r"^(<{7} |>{7} )", re.MULTILINE)


def conflicted(paths: list[Path]) -> list[str]:
    """The paths among `paths` whose text holds a conflict marker at a line start."""
    found = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary files (fonts, icons) hold no merge text
        if MARKER.search(text):
            found.append(str(path))
    return found


def test_the_scan_finds_a_planted_marker(tmp_path: Path) -> None:
    clean, broken = tmp_path / "a.md", tmp_path / "b.md"
    clean.write_text("| a | b |\n|---|---|\n", encoding="utf-8")
    broken.write_text("x\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n", encoding="utf-8")
    assert conflicted([clean, broken]) == [str(broken)]


def test_a_heading_underline_is_no_marker(tmp_path: Path) -> None:
    page = tmp_path / "page.rst"
    page.write_text("=======\n术语表\n=======\n\n.. glossary::\n", encoding="utf-8")
    assert conflicted([page]) == []


def test_no_tracked_file_holds_a_conflict_marker() -> None:
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                                check=True).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    paths = [ROOT / name for name in listed if name and (ROOT / name).is_file()]
    assert conflicted(paths) == []
