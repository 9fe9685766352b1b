"""The desktop app as a user starts it: `python -m vocab_app gui` in its own process.

Each run uses its own data/config/log folders and QT_QPA_PLATFORM=offscreen;
VOCAB_APP_QUIT_AFTER_SHOW=1 makes the app quit once its window is shown and the collection
answered. Checked: it exits 0, creates the collection and the log, imports nothing heavy at
start, and a second window on the same collection is refused while the first is open.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("jieba", "genanki", "vocab_app.mining.pipeline", "vocab_app.mining.glosses",
         "vocab_app.export.apkg")


def app_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(ROOT), **extra)
    env.pop("VOCAB_APP_QUIT_AFTER_SHOW", None)
    env.pop("VOCAB_APP_REPORT_READY", None)
    env.update(extra)
    return env


def start(tmp_path: Path, db: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vocab_app", "--db", str(db), "gui"],
                          env=app_env(tmp_path, VOCAB_APP_QUIT_AFTER_SHOW="1", **extra),
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)


def test_app_starts_shows_its_window_and_exits_cleanly(tmp_path):
    db = tmp_path / "my collection" / "c.sqlite"
    done = start(tmp_path, db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("vocab_app: ready ")
    assert db.is_file()
    assert not Path(f"{db}.lock").exists()  # the lock is given back on quit
    log = tmp_path / "state" / "vocab_app" / "log" / "vocab_app.log"
    assert f"starting on {db}" in log.read_text(encoding="utf-8")


def test_nothing_heavy_is_imported_at_start(tmp_path):
    script = (
        "import json, sys\n"
        "from vocab_app.gui.app import main\n"
        f"code = main(['vocab-app', '--db', {str(tmp_path / 'c.sqlite')!r}])\n"
        f"print(json.dumps([code, sorted(m for m in {HEAVY!r} if m in sys.modules),"
        " 'PySide6.QtWidgets' in sys.modules]))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=app_env(tmp_path, VOCAB_APP_QUIT_AFTER_SHOW="1"), timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    code, heavy, qt = json.loads(done.stdout.splitlines()[-1])
    assert (code, heavy, qt) == (0, [], True)


def test_second_window_on_the_same_collection_is_refused(tmp_path):
    db = tmp_path / "c.sqlite"
    first = subprocess.Popen(
        [sys.executable, "-m", "vocab_app", "--db", str(db), "gui"],
        env=app_env(tmp_path, VOCAB_APP_REPORT_READY="1"), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        assert first.stdout.readline().startswith("vocab_app: ready ")  # blocks until shown
        second = start(tmp_path, db)
        assert second.returncode == 1
        assert "This collection is already open in another vocab_app window." in second.stderr
        assert "ready" not in second.stdout
        other = start(tmp_path, tmp_path / "other.sqlite")  # another collection opens fine
        assert other.returncode == 0, other.stderr
    finally:
        first.kill()  # dies holding the lock, as after a crash
        first.communicate(timeout=60)
    again = start(tmp_path, db)  # a dead owner's lock is taken over
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize("argv", [["--db"], ["--bogus"]])
def test_bad_arguments_exit_2_with_usage(tmp_path, argv):
    done = subprocess.run([sys.executable, "-c",
                           "import sys; from vocab_app.gui.app import main; "
                           f"sys.exit(main(['vocab-app', *{argv!r}]))"],
                          env=app_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "usage: vocab-app" in done.stderr
