"""The Help menu's entries and the welcome at the first start, for the main window.
The windows open once and are raised again, never stacked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from sahel_desk.gui.help.codebook_page import CodebookWindow
from sahel_desk.gui.help.shortcuts import ShortcutsDialog
from sahel_desk.gui.help.welcome import Start, WelcomeDialog
from sahel_desk.gui.settings import GuiSettings

#: where the choice "show the welcome at every start" is kept; absent at the first start
SHOW_WELCOME = "help/show_welcome"

_Window = TypeVar("_Window", bound=QWidget)


class HelpActions(QObject):
    def __init__(self, window: QMainWindow, settings: GuiSettings,
                 starts: Callable[[], list[Start]]):
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._starts = starts
        self.welcome: WelcomeDialog | None = None
        self.codebook: CodebookWindow | None = None
        self.shortcuts: ShortcutsDialog | None = None

    def add_to(self, menu: QMenu) -> None:
        """Getting started (F1), Keyboard shortcuts and Codebook, at the top of ``menu``."""
        entries = [
            (self.tr("&Getting started"), QKeySequence(QKeySequence.StandardKey.HelpContents),
             self.show_welcome),
            (self.tr("&Keyboard shortcuts"), None, self.show_shortcuts),
            (self.tr("&Codebook"), None, self.show_codebook),
        ]
        for text, keys, slot in entries:
            action = QAction(text, self._window)
            if keys is not None:
                action.setShortcut(keys)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.addSeparator()

    def welcome_if_first_start(self) -> WelcomeDialog | None:
        """The welcome, at the first start or when the user asked for it at every start."""
        if not self._settings.flag(SHOW_WELCOME, default=True):
            return None
        dialog = self.show_welcome()
        self._settings.set(SHOW_WELCOME, False)  # once, unless the box stays ticked
        return dialog

    def show_welcome(self) -> WelcomeDialog:
        if self.welcome is None:
            self.welcome = WelcomeDialog(self._starts(),
                                         self._settings.flag(SHOW_WELCOME, default=False),
                                         self._window)
            self.welcome.show_again.toggled.connect(
                lambda on: self._settings.set(SHOW_WELCOME, on))
        return self._raise(self.welcome)

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(self._window.menuBar(), self._window)
        return self._raise(self.shortcuts)

    def show_codebook(self) -> CodebookWindow:
        if self.codebook is None:
            self.codebook = CodebookWindow(self._window)
        return self._raise(self.codebook)

    @staticmethod
    def _raise(widget: _Window) -> _Window:
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget
