"""The one loader of benchmarks/mining_quality.py for the tests that score through it (the
benchmark is a script, not a package module)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[3] / "benchmarks" / "mining_quality.py"
_spec = importlib.util.spec_from_file_location("mining_quality", _PATH)
assert _spec is not None and _spec.loader is not None
mq = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("mining_quality", mq)  # dataclasses look their module up there
_spec.loader.exec_module(mq)
