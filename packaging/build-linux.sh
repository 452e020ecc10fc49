#!/usr/bin/env bash
# Build the Linux bundle dist/brobygger/ and prove it works: the frozen app's --selftest
# must pass, or the build fails.
#
#   packaging/build-linux.sh [--archive]
#
# --archive       also write dist/brobygger-<version>-linux-<arch>.tar.gz
# Environment:    BROBYGGER_BUILD_VENV  the Python environment to build in (default: .venv,
#                                       created with the app's dependencies if missing)
#                 BROBYGGER_DIST_DIR    where the bundle goes (default: dist)
#                 BROBYGGER_WORK_DIR    PyInstaller's work files (default: build/pyinstaller)
#                 PYINSTALLER           the pip requirement for PyInstaller
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
VENV="${BROBYGGER_BUILD_VENV:-$ROOT/.venv}"
DIST="${BROBYGGER_DIST_DIR:-$ROOT/dist}"
WORK="${BROBYGGER_WORK_DIR:-$ROOT/build/pyinstaller}"
PYINSTALLER="${PYINSTALLER:-pyinstaller>=6.10,<7}"
ARCHIVE=0
[ "${1:-}" = "--archive" ] && ARCHIVE=1
PY="$VENV/bin/python"
APP_ID=dk.brobygger.Brobygger
start=$(date +%s)

step() { printf '\n== %s\n' "$*"; }

if ! command -v objdump >/dev/null; then
  echo "PyInstaller needs objdump: install binutils (sudo apt-get install binutils)." >&2
  exit 1
fi

if [ ! -x "$PY" ]; then
  step "Creating $VENV"
  python3 -m venv "$VENV"
  "$PY" -m pip install --quiet --upgrade pip
fi
# The app reads its version from the installed metadata: it must match pyproject.toml.
if ! "$PY" packaging/buildinfo.py check 2>/dev/null; then
  step "Installing Brobygger into $VENV"
  "$PY" -m pip install --quiet -e "$ROOT"
  "$PY" packaging/buildinfo.py check
fi
VERSION="$("$PY" packaging/buildinfo.py version)"
step "PyInstaller ($PYINSTALLER)"
"$PY" -m pip install --quiet --disable-pip-version-check "$PYINSTALLER"

step "Building Brobygger $VERSION"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/brobygger.spec

# Desktop integration files beside the executables, in the layout of a /usr prefix.
BUNDLE="$DIST/brobygger"
install -Dm644 "packaging/linux/$APP_ID.desktop" "$BUNDLE/share/applications/$APP_ID.desktop"
install -Dm644 "packaging/linux/$APP_ID.metainfo.xml" "$BUNDLE/share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 resources/icons/brobygger.png "$BUNDLE/share/icons/hicolor/512x512/apps/$APP_ID.png"
install -Dm644 resources/icons/brobygger.svg "$BUNDLE/share/icons/hicolor/scalable/apps/$APP_ID.svg"

step "Selftest of the frozen app"
# From an empty directory and without the source tree on the path: only the bundle counts.
check_dir="$(mktemp -d)"
trap 'rm -rf "$check_dir"' EXIT
(cd "$check_dir" && env -u PYTHONPATH -u PYTHONHOME "$BUNDLE/brobygger" --selftest)
(cd "$check_dir" && env -u PYTHONPATH -u PYTHONHOME "$BUNDLE/brobygger-cli" --version)

if [ "$ARCHIVE" = 1 ]; then
  step "Archive"
  tarball="$DIST/brobygger-$VERSION-linux-$(uname -m).tar.gz"
  tar -C "$DIST" -czf "$tarball" brobygger
  echo "$tarball"
fi
echo
echo "Built $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)) in $(( $(date +%s) - start )) s; selftest passed."
