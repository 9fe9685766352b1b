"""Mining compiled with mypyc next to the same code run by the interpreter (issue 9: distinct text).

The mining modules are already typed for mypy, so mypyc can compile them to C extensions as they
are. This benchmark measures what that would give, without changing a line of them and without
touching the working tree:
1. the repository's files (not .git) are copied into a temporary folder;
2. the mining modules are compiled there with mypyc (mypy's compiler; the dev extras hold it,
   and it needs a C compiler), all but those of `NOT_COMPILED`;
3. the pinned-output test runs there (tests/unit/mining/test_mining_pinned.py): the compiled
   miner must give exactly the pinned output on every text of the repository;
4. in each tree, the interpreted one (this checkout) and the compiled copy, in a fresh process:
   the cold distinct-text pass of mining_speed.py per genre (each genre's texts mined once,
   caches emptied, median CPU time of --runs runs) and the floor measured in the same process.

Not compiled (`NOT_COMPILED`): encoding.py and the modules of file decoding it uses. A generator
compiled by mypyc runs no `finally` (nor a `with` block's exit) when it is dropped before its
end, so a file left half read would be closed by the garbage collector with a ResourceWarning
(tests/unit/mining/test_encoding.py fails then); decoding is a few per cent of mining anyway.

Usage: .venv/bin/python benchmarks/compiled_mining.py [--runs 9] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_COMPILED = {"encoding.py", "encoding_detection.py", "legacy_codecs.py", "text_cleaning.py"}
_MYPY_INI = "[mypy]\npython_version = 3.11\nignore_missing_imports = True\n"

# Run in each tree: the cold distinct pass per genre, as mining_speed.measure_distinct takes it.
_MEASURE = r"""
import json, statistics, sys, time
sys.path.insert(0, ".")
from benchmarks.mining_speed import floor_pass, forget_caches, source_texts
from vocab_app.mining import glosses
from vocab_app.mining.pipeline import mine_paths
from vocab_app.mining.zh_tagger import tagger
tagger()
texts = source_texts()
mine_paths(texts["seed mix"][:1])  # (first use of everything but the caches)
runs, out = int(sys.argv[1]), {"compiled": not glosses.__file__.endswith(".py")}
for name, paths in texts.items():
    floor, mining = [], []
    for _ in range(runs):
        t0 = time.process_time()
        for _ in range(20):
            floor_pass(paths)
        floor.append((time.process_time() - t0) / 20)
        forget_caches()
        t0 = time.process_time()
        mine_paths(paths)
        mining.append(time.process_time() - t0)
    out[name] = [statistics.median(floor), statistics.median(mining)]
print(json.dumps(out))
"""


def copy_tree(target: Path) -> None:
    """The repository's working files (not .git, builds or caches) into `target`."""
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(
        ".git", "build", "dist", "__pycache__", "*.so", ".mypy_cache", ".pytest_cache",
        ".ruff_cache", ".venv"))


def compile_mining(tree: Path) -> list[str]:
    """Compile the mining modules of `tree` in place with mypyc; returns the modules compiled.
    (pyproject.toml is set aside while setuptools runs: the build needs none of it, and mypy
    reads a minimal mypy.ini instead.)"""
    mining = tree / "vocab_app" / "mining"
    modules = sorted(p.relative_to(tree).as_posix()
                     for p in [*mining.glob("*.py"), *mining.glob("readers/*.py")]
                     if p.name not in NOT_COMPILED)
    pyproject = tree / "pyproject.toml"
    pyproject.rename(tree / "pyproject.toml.off")
    (tree / "mypy.ini").write_text(_MYPY_INI, encoding="utf-8")
    script = ("from setuptools import setup\nfrom mypyc.build import mypycify\n"
              f"setup(name='mining_compiled', ext_modules=mypycify({modules!r}, opt_level='3'),"
              " script_args=['build_ext', '--inplace'])\n")
    try:
        subprocess.run([sys.executable, "-c", script], cwd=tree, check=True,
                       stdout=subprocess.DEVNULL)
    finally:
        (tree / "pyproject.toml.off").rename(pyproject)
        (tree / "mypy.ini").unlink()
    return modules


def measure(tree: Path, runs: int) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(runs)], cwd=tree, check=True,
                          capture_output=True, text=True)
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keep", type=Path, help="build the compiled copy here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tree = args.keep or Path(tmp) / "tree"
        if not (tree / "vocab_app").is_dir():
            copy_tree(tree)
            print(f"compiling {len(compile_mining(tree))} mining modules with mypyc in {tree} …",
                  flush=True)
        pinned = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
             "tests/unit/mining/test_mining_pinned.py"], cwd=tree, capture_output=True, text=True)
        print("pinned output, compiled:", "identical" if pinned.returncode == 0 else
              "DIFFERS\n" + pinned.stdout[-2000:])
        interpreted, compiled = measure(ROOT, args.runs), measure(tree, args.runs)
    assert compiled["compiled"] and not interpreted["compiled"]
    # (the change of floor / mining: each build's floor is timed in its own process, so a
    # load that differs between the two processes weighs on both of its figures alike)
    print(f"{'distinct text (cold)':38} {'interpreted':>13} {'compiled':>13} {'change':>7}")
    for name, value in interpreted.items():
        if name == "compiled":
            continue
        floor_a, mine_a = value  # type: ignore[misc]
        floor_b, mine_b = compiled[name]  # type: ignore[misc]
        print(f"{name:38} {mine_a / floor_a:11.1f} × {mine_b / floor_b:11.1f} × "
              f"{(mine_b / floor_b) / (mine_a / floor_a) - 1:+6.0%}")
    return 0 if pinned.returncode == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
