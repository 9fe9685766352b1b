"""Run the real `vocab` command in a subprocess, the way a user's shell does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def vocab(*args: object, db: Path | str | None = None, stdin: str | None = None,
          env: dict[str, str] | None = None,
          timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -m vocab_app [--db DB] ARGS…` from the repo root, UTF-8 in and out, offscreen Qt;
    `env` adds to the inherited environment. Returns the finished process (never raises on a
    non-zero exit)."""
    cmd = [sys.executable, "-m", "vocab_app", *(["--db", str(db)] if db else []),
           *map(str, args)]
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
                **(env or {})}
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, encoding="utf-8",
                          cwd=ROOT, env=full_env, timeout=timeout)
