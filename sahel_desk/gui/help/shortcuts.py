"""Help > Keyboard shortcuts: read from the window's own menus, so the list can
never disagree with what the keys do, plus the keys that work inside the form."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.gui.geometry import fit_to_screen

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Shortcut:
    menu: str
    action: str
    keys: str


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_shortcuts(bar: QMenuBar) -> list[Shortcut]:
    """Every action of ``bar``'s menus that has a key, in menu order."""
    found: list[Shortcut] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} > {_plain(action.text())}")
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                found.append(Shortcut(path, _plain(action.text()), keys))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    return found


def form_shortcuts() -> list[Shortcut]:
    """Keys inside the incident form, which no menu shows."""
    form = QCoreApplication.translate("Shortcuts", "Incident form")
    return [
        Shortcut(form, QCoreApplication.translate("Shortcuts", "Go to a field"),
                 QCoreApplication.translate("Shortcuts", "Alt + the underlined letter")),
        Shortcut(form, QCoreApplication.translate("Shortcuts", "Next or previous field"),
                 QCoreApplication.translate("Shortcuts", "Tab, Shift+Tab")),
        Shortcut(form, QCoreApplication.translate("Shortcuts", "Open a list of choices"),
                 QCoreApplication.translate("Shortcuts", "Alt+Down")),
        Shortcut(form, QCoreApplication.translate("Shortcuts", "Open a date's calendar"),
                 QCoreApplication.translate("Shortcuts", "Alt+Down or F4")),
    ]


class ShortcutsModel(QAbstractTableModel):
    def __init__(self, shortcuts: list[Shortcut], parent: QObject | None = None):
        super().__init__(parent)
        self._rows = shortcuts
        self._headers = (self.tr("Menu"), self.tr("Action"), self.tr("Keys"))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        return (row.menu, row.action, row.keys)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutsModel(menu_shortcuts(bar) + form_shortcuts(), self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(640, 560))
