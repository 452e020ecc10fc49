#!/bin/sh
# Dump Brobygger's AT-SPI tree (what the Orca screen reader reads) without a desktop:
# a virtual X server (Xvfb), a private D-Bus session and the AT-SPI bus, then
# packaging/a11y/dump_atspi.py. Arguments go to it (--dialog, --en, --depth N).
#
#   packaging/a11y/dump-atspi.sh            > atspi-main.txt
#   packaging/a11y/dump-atspi.sh --dialog   > atspi-log-entry.txt
#
# Needs: Xvfb (xvfb-run), dbus-run-session, at-spi2-core (at-spi-bus-launcher,
# at-spi2-registryd); Debian/Ubuntu: apt install xvfb dbus at-spi2-core.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
launcher=$(ls /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher \
    /usr/lib/*/at-spi2-core/at-spi-bus-launcher 2>/dev/null | head -n 1)
registry=$(ls /usr/libexec/at-spi2-registryd /usr/lib/at-spi2-core/at-spi2-registryd \
    /usr/lib/*/at-spi2-core/at-spi2-registryd 2>/dev/null | head -n 1)
[ -n "$launcher" ] || { echo "at-spi-bus-launcher mangler (at-spi2-core)" >&2; exit 2; }
export BROBYGGER_A11Y_LAUNCHER="$launcher" BROBYGGER_A11Y_REGISTRY="$registry"
exec xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- sh -c '
    "$BROBYGGER_A11Y_LAUNCHER" --launch-immediately >/dev/null 2>&1 &
    sleep 1
    if [ -n "$BROBYGGER_A11Y_REGISTRY" ]; then "$BROBYGGER_A11Y_REGISTRY" >/dev/null 2>&1 & fi
    sleep 1
    QT_QPA_PLATFORM=xcb "$0" "$@"
' "$python" "$here/dump_atspi.py" "$@"
