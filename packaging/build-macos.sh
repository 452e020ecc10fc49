#!/usr/bin/env bash
# Build the macOS app dist/Brobygger.app (bundle identifier dk.brobygger.Brobygger) and
# prove it works: the frozen app's --selftest must pass, or the build fails.
#
#   packaging/build-macos.sh [--archive]
#
# --archive       also write dist/Brobygger-<version>-macos-<arch>.dmg (hdiutil)
# Environment:    as packaging/build-linux.sh (BROBYGGER_BUILD_VENV, BROBYGGER_DIST_DIR,
#                 BROBYGGER_WORK_DIR, PYINSTALLER). Signing and notarisation are not done
#                 here: sign the .app with your Developer ID before handing it out.
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
start=$(date +%s)

step() { printf '\n== %s\n' "$*"; }

if [ ! -x "$PY" ]; then
  step "Creating $VENV"
  python3 -m venv "$VENV"
  "$PY" -m pip install --quiet --upgrade pip
fi
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
APP="$DIST/Brobygger.app"
plutil -p "$APP/Contents/Info.plist" | grep -E 'CFBundleIdentifier|CFBundleShortVersionString'

step "Selftest of the frozen app"
check_dir="$(mktemp -d)"
trap 'rm -rf "$check_dir"' EXIT
(cd "$check_dir" && env -u PYTHONPATH -u PYTHONHOME "$APP/Contents/MacOS/brobygger" --selftest)
(cd "$check_dir" && env -u PYTHONPATH -u PYTHONHOME "$APP/Contents/MacOS/brobygger-cli" --version)

if [ "$ARCHIVE" = 1 ]; then
  step "Disk image"
  dmg="$DIST/Brobygger-$VERSION-macos-$(uname -m).dmg"
  rm -f "$dmg"
  hdiutil create -volname "Brobygger $VERSION" -srcfolder "$APP" -ov -format UDZO "$dmg"
  echo "$dmg"
fi
echo
echo "Built $APP in $(( $(date +%s) - start )) s; selftest passed."
