#!/usr/bin/env bash
# Build the one-folder desktop bundle into dist/vocab_app/ and print its size and path.
#
#   packaging/build.sh              # from anywhere; uses the repo's .venv (created if missing)
#   packaging/build.sh --if-stale   # reuse dist/vocab_app/ unless an input changed since its build
#
# Work files go to build/pyinstaller/ and PyInstaller's cache to build/pyinstaller-cache/
# (`make clean` removes both); the previous dist/vocab_app/ is replaced. A successful
# build leaves dist/vocab_app.build-stamp whose mtime is the moment the build *started*, so a
# source edited during a build still counts as newer than the bundle.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUNDLE="$ROOT/dist/vocab_app"
STAMP="$ROOT/dist/vocab_app.build-stamp"
# Everything the bundle is built from; directories count too (their mtime changes when a file
# is added, removed or renamed). Bytecode caches are not inputs.
INPUTS=(vocab_app packaging/vocab_app.spec packaging/launcher.py packaging/build.sh
        packaging/build_catalogues.py packaging/build_frequency.py pyproject.toml .venv/lib)

if [[ "${1:-}" == "--if-stale" ]]; then
    if [[ -x "$BUNDLE/vocab_app" && -f "$STAMP" ]]; then
        newer=$(find "${INPUTS[@]}" -maxdepth 0 -newer "$STAMP" 2>/dev/null | head -1)
        [[ -z "$newer" ]] && newer=$(find "${INPUTS[0]}" -name __pycache__ -prune -o \
            -newer "$STAMP" -print 2>/dev/null | head -1)
        # site-packages itself changes when a package is installed, upgraded or removed
        [[ -z "$newer" ]] && newer=$(find .venv/lib -maxdepth 2 -newer "$STAMP" 2>/dev/null | head -1)
        if [[ -z "$newer" ]]; then
            echo "bundle: $BUNDLE (up to date, built $(date -r "$STAMP" -u +%FT%TZ))"
            echo "size: $(du -sm "$BUNDLE" | cut -f1) MB unpacked (target < 150 MB)"
            exit 0
        fi
        echo "build.sh: $newer changed since the last build; rebuilding" >&2
    fi
elif [[ -n "${1:-}" ]]; then
    echo "usage: packaging/build.sh [--if-stale]" >&2
    exit 2
fi

PY="$ROOT/.venv/bin/python"
if [[ ! -x "$PY" ]]; then
    echo "build.sh: no .venv, creating it" >&2
    python3 -m venv .venv
    .venv/bin/pip install --quiet -e '.[dev,package]'
fi
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "build.sh: installing the 'package' extra (PyInstaller)" >&2
    "$PY" -m pip install --quiet -e '.[package]'
fi

rm -f "$STAMP"
# the compiled message catalogues go in with vocab_app/resources/
"$PY" "$ROOT/packaging/build_catalogues.py"
# the word frequency tables (resources/frequency/, from wordfreq: the 'package' extra)
"$PY" "$ROOT/packaging/build_frequency.py"
mkdir -p "$ROOT/build/pyinstaller"
# PyInstaller's cache (about 120 MB of analysed binaries) goes under build/, not ~/.cache.
export PYINSTALLER_CONFIG_DIR="$ROOT/build/pyinstaller-cache"
touch "$ROOT/build/pyinstaller/started"
start=$(date +%s)
# The interface catalogues (.qm, not committed) go into the bundle with resources/.
"$PY" -m vocab_app.translations
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/vocab_app.spec"
end=$(date +%s)
mv "$ROOT/build/pyinstaller/started" "$STAMP"

size_mb=$(du -sm "$BUNDLE" | cut -f1)
echo "bundle: $BUNDLE"
echo "size: ${size_mb} MB unpacked (target < 150 MB)"
echo "build time: $((end - start)) s"
echo "run: $BUNDLE/vocab_app   (--version, --smoke DIR, or any vocab subcommand)"
