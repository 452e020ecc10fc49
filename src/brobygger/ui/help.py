"""Hjælp → Brugervejledning (F1) and Hjælp → Tastaturgenveje.

The user guide is shipped in Danish and English (``resources/guide/da.md``, ``en.md``; the
English one follows the README's "Using the app") and rendered in the app in the chosen
language. The shortcut overview is generated: the menu commands' shortcuts are read from the
window's actions, the other keys from :mod:`brobygger.ui.shortcuts` – the same definitions
the code binds.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from brobygger.paths import resource_dir
from brobygger.ui import i18n
from brobygger.ui.i18n import tr as _tr
from brobygger.ui.shortcuts import OTHER_KEYS


def guide_text(lang: str | None = None) -> str:
    """The user guide (Markdown) in ``lang`` (the UI's language by default)."""
    lang = lang or i18n.lang()
    path = resource_dir() / "guide" / f"{'en' if lang == 'en' else 'da'}.md"
    return path.read_text(encoding="utf-8")


def menu_shortcuts(window: QWidget) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu command with a shortcut, in menu order."""
    out: list[tuple[str, str, str]] = []
    bar = window.findChild(QWidget, "menubar")
    menus = [a.menu() for a in (bar.actions() if bar is not None else [])]

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} → {_plain(sub.title())}")
            elif not action.isSeparator():
                keys = _keys(action)
                if keys:
                    out.append((path, _plain(action.text()), keys))

    for menu in menus:
        if isinstance(menu, QMenu):
            walk(menu, _plain(menu.title()))
    return out


def _keys(action: QAction) -> str:
    return " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                      for s in action.shortcuts() if not s.isEmpty())


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" …").rstrip("…")


def shortcuts_html(window: QWidget) -> str:
    """The overview as an HTML table (menus, then lists, tabs and date fields)."""
    e = html.escape
    title = _tr("help", "Tastaturgenveje")
    heads = (_tr("help", "Taster"), _tr("help", "Kommando"), _tr("help", "Hvor"))
    rows = [f"<h2>{e(title)}</h2>", "<table cellspacing='0' cellpadding='4'><tr>",
            *(f"<th align='left'>{e(h)}</th>" for h in heads), "</tr>"]
    for where, what, keys in menu_shortcuts(window):
        rows.append(f"<tr><td><b>{e(keys)}</b></td><td>{e(what)}</td><td>{e(where)}</td></tr>")
    for k in OTHER_KEYS:
        rows.append(f"<tr><td><b>{e(k.label())}</b></td><td>{e(k.what_text())}</td>"
                    f"<td>{e(k.where_text())}</td></tr>")
    rows.append("</table>")
    return "".join(rows)


class HelpDialog(QDialog):
    """A reading pane with a Luk button (the guide or the shortcuts)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("HelpDialog")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(title)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(_tr("help", "Luk"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 620)


def open_guide(window: QWidget) -> HelpDialog:
    dlg = HelpDialog(_tr("help", "Brugervejledning"), window)
    dlg.setObjectName("GuideDialog")
    dlg.text.setMarkdown(guide_text())
    dlg.show()
    return dlg


def open_shortcuts(window: QWidget) -> HelpDialog:
    dlg = HelpDialog(_tr("help", "Tastaturgenveje"), window)
    dlg.setObjectName("ShortcutsDialog")
    dlg.text.setHtml(shortcuts_html(window))
    dlg.resize(700, 560)
    dlg.show()
    return dlg


def install(window: Any) -> None:
    """Hjælp → Brugervejledning (F1) and Tastaturgenveje, above Om Brobygger, in the main
    window (:class:`brobygger.ui.mainwindow.MainWindow`, which imports this module)."""
    menu = window.ui.menuHelp
    guide = QAction(_tr("help", "&Brugervejledning"), window)
    guide.setObjectName("actionGuide")
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: window._keep_alive(open_guide(window)))
    keys = QAction(_tr("help", "&Tastaturgenveje"), window)
    keys.setObjectName("actionShortcuts")
    keys.triggered.connect(lambda: window._keep_alive(open_shortcuts(window)))
    if not menu.actions():
        menu.addActions([guide, keys])
        return
    first = menu.actions()[0]
    menu.insertActions(first, [guide, keys])
    menu.insertSeparator(first)
