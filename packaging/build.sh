#!/usr/bin/env bash
# Build the one-folder desktop bundle into dist/vocab_app/ and print its size and path.
#
#   packaging/build.sh            # from anywhere; uses the repo's .venv (created if missing)
#
# Work files go to build/pyinstaller/; the previous dist/vocab_app/ is replaced.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

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

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/vocab_app.spec"
end=$(date +%s)

BUNDLE="$ROOT/dist/vocab_app"
size_mb=$(du -sm "$BUNDLE" | cut -f1)
echo "bundle: $BUNDLE"
echo "size: ${size_mb} MB unpacked (target < 150 MB)"
echo "build time: $((end - start)) s"
echo "run: $BUNDLE/vocab_app   (--version, --smoke DIR, or any vocab subcommand)"
