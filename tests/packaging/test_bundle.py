"""The frozen desktop bundle (packaging/): built, started headless, checked like a user would.

Builds dist/vocab_app/ with packaging/build.sh --if-stale (which rebuilds when any input — source,
resources, seeds, spec, launcher, installed packages — is newer than the last build's start), then
runs the real executable in subprocesses: --version, the smoke self-test whose .apkg Anki's own
library imports, the CLI on every seed against the source checkout, the window offscreen, and the
bundle's contents (no AGPL/GPL module, resources and seeds present, size under 150 MB).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vocab_app import __version__
from vocab_app.paths import seed_files

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_DIR = ROOT / "dist" / "vocab_app"
EXE = BUNDLE_DIR / ("vocab_app.exe" if sys.platform == "win32" else "vocab_app")
STAMP = ROOT / "dist" / "vocab_app.build-stamp"
INPUT_DIRS = ("vocab_app",)  # its package data (resources/, seeds/) included
INPUT_FILES = ("packaging/vocab_app.spec", "packaging/launcher.py", "packaging/build.sh",
               "packaging/build_frequency.py", "pyproject.toml")
BANNED = ("anki", "aqt", "abbreviations", "supermemo2")  # AGPL/GPL: test oracles only
SIZE_LIMIT_MB = 150

pytestmark = [pytest.mark.slow, pytest.mark.packaging, pytest.mark.bundle,
              pytest.mark.timeout(1200)]


def _newest_input() -> tuple[float, Path]:
    """The most recent mtime among the bundle's inputs (files and folders, no bytecode)."""
    newest = (0.0, ROOT)
    for name in INPUT_DIRS:
        top = ROOT / name
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = [d for d in dirnames if d != "__pycache__"]
            base = Path(dirpath)
            for path in [base, *(base / f for f in filenames if not f.endswith(".pyc"))]:
                newest = max(newest, (path.stat().st_mtime, path))
    for name in INPUT_FILES:
        path = ROOT / name
        newest = max(newest, (path.stat().st_mtime, path))
    return newest


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The bundle's executable, rebuilt first if any input is newer than the last build."""
    for _attempt in range(3):
        started = time.monotonic()
        out = subprocess.run(
            ["bash", str(ROOT / "packaging" / "build.sh"), "--if-stale"],
            cwd=ROOT, capture_output=True, text=True, timeout=1800,
        )
        assert out.returncode == 0, f"build failed:\n{out.stdout}\n{out.stderr[-4000:]}"
        print(f"\nbundle build/check: {time.monotonic() - started:.0f} s\n{out.stdout}")
        assert EXE.is_file()
        mtime, path = _newest_input()
        # The stamp is the build's start, so an input edited during the build is newer: build again.
        if mtime <= STAMP.stat().st_mtime:
            return EXE
    pytest.fail(f"bundle is older than {path.relative_to(ROOT)} after 3 builds")


def _run(exe: Path, *args: str, tmp: Path, env: dict[str, str] | None = None,
         timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the bundle with the user's dirs isolated under `tmp`; fail on a traceback."""
    full_env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp / "data"), "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_CACHE_HOME": str(tmp / "cache"), "XDG_STATE_HOME": str(tmp / "state"),
        "HOME": str(tmp / "home"),
        "QT_QPA_PLATFORM": "offscreen", **(env or {}),
    }
    full_env.pop("PYTHONPATH", None)  # the bundle must not see the checkout
    out = subprocess.run([str(exe), *args], cwd=tmp, env=full_env, capture_output=True,
                         text=True, encoding="utf-8", timeout=timeout)
    assert "Traceback" not in out.stderr, out.stderr
    return out


def _anki_guids(apkg: Path, tmp: Path) -> dict[str, list[str]]:
    """Import `apkg` into a fresh collection with Anki's own library: note GUID → fields."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    folder = tmp / f"anki-{apkg.stem}-{time.monotonic_ns()}"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(apkg), options=ImportAnkiPackageOptions()))
        return {col.get_note(nid).guid: list(col.get_note(nid).fields)
                for nid in col.find_notes("")}
    finally:
        col.close()


def _parse_smoke(stdout: str) -> tuple[int, Path]:
    lines = dict(line.split(": ", 1) for line in stdout.splitlines() if ": " in line)
    return int(lines["notes"]), Path(lines["apkg"])


def test_version_prints_the_package_version(bundle, tmp_path):
    out = _run(bundle, "--version", tmp=tmp_path)
    assert out.returncode == 0
    assert out.stdout.strip() == f"vocab_app {__version__}"


def test_the_bundle_speaks_chinese_under_a_chinese_locale(bundle, tmp_path):
    """build.sh compiles the catalogue before PyInstaller: the frozen CLI finds it."""
    env = {"LANG": "zh_CN.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    out = _run(bundle, "--db", str(tmp_path / "c.sqlite"), "due", tmp=tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout == "新卡片：0\n学习中：0\n待复习：0\n"


def test_smoke_mines_a_seed_and_anki_imports_the_apkg(bundle, tmp_path):
    """--smoke DIR mines the first seed; Anki reads back exactly the notes the source app makes."""
    out_dir = tmp_path / "frozen"
    out = _run(bundle, "--smoke", str(out_dir), tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    notes, apkg = _parse_smoke(out.stdout)
    assert apkg == out_dir / "smoke.apkg" and apkg.is_file()
    assert list(out_dir.iterdir()) == [apkg]  # the temporary collection is gone
    frozen = _anki_guids(apkg, tmp_path)
    assert notes > 0 and len(frozen) == notes

    from vocab_app.cli.smoke import run_smoke

    source_notes, source_apkg = run_smoke(tmp_path / "source")
    source = _anki_guids(source_apkg, tmp_path)
    assert source_notes == notes
    assert frozen == source  # same notes, same GUIDs, same field contents


def test_smoke_on_a_chinese_seed_uses_the_bundled_jieba_dictionary(bundle, tmp_path):
    """The CLI form `smoke DIR FILE` on the Chinese article: zh terms need jieba's data files."""
    seed = next(p for p in seed_files() if p.name.startswith("002_"))
    out = _run(bundle, "smoke", str(tmp_path / "zh"), str(seed), tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    notes, apkg = _parse_smoke(out.stdout)
    fields = _anki_guids(apkg, tmp_path).values()
    assert len(fields) == notes
    assert any("人工智能对齐" in f[0] for f in fields), "a jieba-bounded Chinese term is missing"


def test_cli_mine_matches_the_source_checkout(bundle, tmp_path):
    """`mine --format json` on every seed prints exactly what `python -m vocab_app mine` does."""
    seeds = [str(p) for p in seed_files()]
    frozen = _run(bundle, "mine", "--format", "json", *seeds, tmp=tmp_path)
    source = subprocess.run([sys.executable, "-m", "vocab_app", "mine", "--format", "json", *seeds],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                            timeout=120)
    assert frozen.returncode == source.returncode == 0, frozen.stderr + source.stderr
    assert frozen.stdout == source.stdout and frozen.stdout.strip()


def test_import_and_exports_match_the_source_checkout(bundle, tmp_path):
    """`--db X import` every seed, then CSV and a PDF handout (Qt's PDF writer inside export/)."""
    seeds = [str(p) for p in seed_files()]
    frozen_db, source_db = tmp_path / "frozen.sqlite", tmp_path / "source.sqlite"
    out = _run(bundle, "--db", str(frozen_db), "import", *seeds, tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    for args in (["export", "--csv", str(tmp_path / "frozen.csv")],
                 ["export", "--handout", str(tmp_path / "frozen.pdf")]):
        out = _run(bundle, "--db", str(frozen_db), *args, tmp=tmp_path)
        assert out.returncode == 0, out.stderr
    for args in (["import", *seeds], ["export", "--csv", str(tmp_path / "source.csv")]):
        subprocess.run([sys.executable, "-m", "vocab_app", "--db", str(source_db), *args],
                       cwd=ROOT, capture_output=True, check=True, timeout=120)
    frozen_csv = (tmp_path / "frozen.csv").read_bytes()
    assert frozen_csv == (tmp_path / "source.csv").read_bytes() and frozen_csv.count(b"\n") > 10
    pdf = (tmp_path / "frozen.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"/FontName" in pdf


def test_bad_smoke_arguments_give_one_line_errors(bundle, tmp_path):
    missing = _run(bundle, "--smoke", tmp=tmp_path)
    assert missing.returncode == 2 and "usage" in missing.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = _run(bundle, "--smoke", str(blocker / "sub"), tmp=tmp_path)
    assert out.returncode == 1
    assert out.stderr.startswith("vocab: ") and out.stderr.count("\n") == 1


def test_window_opens_offscreen_and_closes_cleanly(bundle, tmp_path):
    """No arguments opens the window; VOCAB_APP_QUIT_AFTER_SHOW=1 quits after the first show."""
    out = _run(bundle, tmp=tmp_path, env={"VOCAB_APP_QUIT_AFTER_SHOW": "1"}, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "qt.qpa" not in out.stderr, out.stderr  # a platform plugin failed to load
    assert (tmp_path / "data" / "vocab_app").is_dir()  # it opened the default collection


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 check is for Linux")
def test_window_opens_on_a_real_x_server(bundle, tmp_path):
    """The desktop path: the bundled xcb plugin and its libraries load under Xvfb."""
    import shutil

    if not shutil.which("xvfb-run"):
        pytest.skip("xvfb-run is not installed")
    # Qt's xcb plugin needs the xcb-util libraries; the bundle carries them when the build host
    # had them. Only a host that has neither a bundled nor a system copy cannot run this check.
    system_libs = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    missing = [lib for lib in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
               if not (BUNDLE_DIR / "_internal" / lib).exists() and lib not in system_libs]
    if missing:
        pytest.skip(f"neither the bundle nor this host has {', '.join(missing)}")
    env = {**os.environ, "VOCAB_APP_QUIT_AFTER_SHOW": "1", "QT_QPA_PLATFORM": "xcb",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path / "home")}
    out = subprocess.run(["xvfb-run", "-a", str(bundle)], env=env, capture_output=True,
                         text=True, timeout=90)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr and "Could not load the Qt platform" not in out.stderr


def test_bundle_holds_no_gpl_module_and_no_tests(bundle):
    """anki (AGPL), abbreviations and supermemo2 (GPL) and the tests never ship."""
    from PyInstaller.archive.readers import CArchiveReader

    pyz = CArchiveReader(str(bundle)).open_embedded_archive("PYZ.pyz")
    modules = set(pyz.toc)
    assert {"vocab_app.cli.smoke", "vocab_app.gui.app", "jieba", "genanki"} <= modules
    leaked = sorted(m for m in modules if m.split(".")[0] in (*BANNED, "tests", "pytest"))
    assert leaked == []
    on_disk = {p.name.split(".")[0] for p in (BUNDLE_DIR / "_internal").iterdir()}
    assert not on_disk & {*BANNED, "tests", "_rsbridge"}


def test_bundle_holds_resources_seeds_and_jieba_data_and_stays_small(bundle):
    internal = BUNDLE_DIR / "_internal"
    for folder in ("resources", "seeds"):
        source, bundled = ROOT / "vocab_app" / folder, internal / "vocab_app" / folder
        repo = {p.relative_to(source) for p in source.rglob("*") if p.is_file()}
        frozen = {p.relative_to(bundled) for p in bundled.rglob("*") if p.is_file()}
        assert repo and repo == frozen, folder
    # the frequency tables packaging/build.sh builds from wordfreq (wordfreq itself stays out)
    assert (internal / "vocab_app" / "resources" / "frequency" / "zh.txt.xz").is_file()
    assert not (internal / "wordfreq").exists()
    assert (internal / "jieba" / "dict.txt").stat().st_size > 4_000_000
    assert (internal / "jieba" / "posseg" / "prob_emit.p").is_file()
    files = [p for p in BUNDLE_DIR.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    assert size / 2**20 < SIZE_LIMIT_MB, f"bundle is {size / 2**20:.0f} MB"
