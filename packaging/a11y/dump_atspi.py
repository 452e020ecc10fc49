"""Dump the Linux AT-SPI tree of Brobygger – what Orca reads: role, name, description, value
and "labelled by" of every accessible object – for the main window (Overblik) and the
log-entry dialog. Run it through ``dump-atspi.sh`` (Xvfb + a D-Bus session + the AT-SPI
bus), or in a desktop session that already has them:

    python packaging/a11y/dump_atspi.py [--dialog] [--initiative] [--en] [--depth N]

It starts the app (``atspi_app.py``) itself, reads its tree over D-Bus (GLib's ``gdbus``; no
pyatspi needed) and ends it. A person checks the dump: every control has a name, tables say
what they hold, the painted charts and bars have a value and a description.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ACC = "org.a11y.atspi.Accessible"
PROPS = "org.freedesktop.DBus.Properties"
REF = re.compile(r"\('([^']*)', (?:objectpath )?'([^']*)'\)")
STRING = re.compile(r"'((?:[^'\\]|\\.)*)'")


def gdbus(address: str, dest: str, path: str, method: str, *args: str) -> str:
    """One D-Bus call with gdbus (GLib's tool); its answer as GVariant text ("" on error)."""
    cmd = ["gdbus", "call", *(["--session"] if address == "session" else ["--address", address])]
    cmd += ["--dest", dest, "--object-path", path, "--method", method, *args]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)
    return run.stdout.strip() if run.returncode == 0 else ""


def a11y_bus() -> str:
    out = gdbus("session", "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress")
    found = STRING.search(out)
    if not found:
        raise SystemExit("Ingen AT-SPI-bus (org.a11y.Bus) på sessionsbussen: kør "
                         "dump-atspi.sh, eller start at-spi-bus-launcher.")
    return found.group(1)


class Tree:
    def __init__(self, address: str) -> None:
        self.address = address

    def call(self, ref: tuple[str, str], method: str, *args: str) -> str:
        return gdbus(self.address, ref[0], ref[1], method, *args)

    def text(self, ref: tuple[str, str], iface: str, name: str) -> str:
        found = STRING.search(self.call(ref, f"{PROPS}.Get", iface, name))
        return found.group(1).encode().decode("unicode_escape").encode("latin-1") \
            .decode("utf-8", "replace") if found else ""

    def children(self, ref: tuple[str, str]) -> list[tuple[str, str]]:
        return REF.findall(self.call(ref, f"{ACC}.GetChildren"))

    def describe(self, ref: tuple[str, str]) -> str:
        role = STRING.search(self.call(ref, f"{ACC}.GetRoleName"))
        parts = [f"[{role.group(1) if role else '?'}]",
                 f'"{self.text(ref, ACC, "Name")}"']
        value = self.call(ref, f"{PROPS}.Get", "org.a11y.atspi.Value", "CurrentValue")
        if value:
            parts.append("value=" + value.strip("(<>,)"))
        desc = self.text(ref, ACC, "Description")
        if desc:
            parts.append(f"– {desc}")
        if "(uint32 15," in self.call(ref, f"{ACC}.GetRelationSet") \
                or "(15," in self.call(ref, f"{ACC}.GetRelationSet"):
            parts.append("(labelled by)")
        return " ".join(parts)

    def walk(self, ref: tuple[str, str], depth: int, limit: int, out: list[str]) -> None:
        out.append("  " * depth + self.describe(ref))
        if depth >= limit or len(out) > 3000:
            return
        for child in self.children(ref):
            self.walk(child, depth + 1, limit, out)

    def find_app(self, pid: int, timeout: float = 60) -> tuple[str, str]:
        registry = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for app in self.children(registry):
                owner = gdbus(self.address, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                              "org.freedesktop.DBus.GetConnectionUnixProcessID", app[0])
                if re.search(rf"\b{pid}\b", owner):
                    return app
            time.sleep(0.5)
        raise SystemExit("Brobygger dukkede ikke op i AT-SPI-registret.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dialog", action="store_true",
                        help="også dialogen til en ny logindførsel")
    parser.add_argument("--initiative", action="store_true",
                        help="det første initiativ, fanen Relationer (diagram og søjler)")
    parser.add_argument("--en", action="store_true", help="på engelsk")
    parser.add_argument("--depth", type=int, default=40, help="største dybde i træet")
    args = parser.parse_args(argv)
    tree = Tree(a11y_bus())
    env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
           "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, str(ROOT / "packaging" / "a11y" / "atspi_app.py")]
    cmd += ["--dialog"] if args.dialog else []
    cmd += ["--en"] if args.en else []
    cmd += ["--initiative"] if args.initiative else []
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("READY"):
                break
        time.sleep(2)  # let the window (and the dialog) register their objects
        app = tree.find_app(child.pid)
        out: list[str] = []
        tree.walk(app, 0, args.depth, out)
        print("\n".join(out))
    finally:
        child.terminate()
        child.wait(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
