"""Starting the desktop application: open the desk, show the window, ask who is
working when the desk does not know yet, offer to restore unsaved work, and
route every error to the right dialog."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from sahel_desk import __version__
from sahel_desk.errors import UserError
from sahel_desk.gui.collector import GuiThreadCollector
from sahel_desk.gui.settings import GuiSettings
from sahel_desk.logs import setup_logging
from sahel_desk.paths import resolve_data_dir
from sahel_desk.services.desk import Desk
from sahel_desk.services.drafts import DraftStore

log = logging.getLogger(__name__)


def drafts_for(desk: Desk) -> DraftStore:
    return DraftStore(desk.data_dir / "drafts", desk.user)


#: the application icon, from the checkout's resources/ (packages install it beside)
ICON = Path(__file__).resolve().parents[2] / "resources" / "sahel-desk.svg"


def application() -> QApplication:
    existing = QApplication.instance()
    if existing is None:
        app = QApplication(sys.argv[:1])
    elif isinstance(existing, QApplication):
        app = existing
    else:  # a QCoreApplication cannot show windows, and Qt allows one application
        raise RuntimeError("a Qt application without widgets already runs in this process")
    if ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))
    app.setApplicationName("Sahel Desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Sahel Desk")
    return app


def build_window(desk: Desk):  # -> MainWindow (imported late: start-up time)
    from sahel_desk.gui.errors import ErrorReporter
    from sahel_desk.gui.i18n.language import install, installed
    from sahel_desk.gui.main_window import MainWindow
    from sahel_desk.gui.operations import Operations
    from sahel_desk.logs import LOG_FILE
    from sahel_desk.paths import logs_dir

    if not installed():  # made without run() (tests, screenshots): English, with plurals
        install("en")
    reporter = ErrorReporter(logs_dir(desk.data_dir) / LOG_FILE)
    operations = Operations(reporter)
    window = MainWindow(desk, operations, reporter, GuiSettings(desk.data_dir),
                        drafts_for(desk))
    reporter.parent = window
    operations.setParent(window)
    window.languageChosen.connect(lambda code: switch_language(window, code))
    return window


def switch_language(old, language: str):  # (MainWindow, str) -> MainWindow | None
    """View > Language: speak ``language`` from now on, and remember it. Qt widgets
    do not retranslate themselves, so the main window is made again in the new
    language with the same incidents open; each unsaved form comes back from its
    draft (written to disk first), so nothing typed is lost. Secondary windows that
    were open open again. Returns the new window, or None when work still running
    (an export...) keeps the old one."""
    from sahel_desk.gui.i18n.language import SETTING, install

    if old.operations.busy and not old.operations.wait(3000):
        old.say_busy()
        return None
    work = old.open_work()
    if not work.kept:
        old.say_drafts_refused()
        return None
    old.save_layout()
    old.settings.set(SETTING, language)
    old.settings.sync()
    install(language)
    window = build_window(old.desk)
    if sys.excepthook == old.reporter.excepthook:
        sys.excepthook = window.reporter.excepthook
    window.reopen(work)
    if old.isMaximized():
        window.showMaximized()
    else:
        window.show()
    old.close()
    old.deleteLater()
    log.info("window made again in %s", language)
    return window


def speak(app: QApplication, option: str | None, settings: GuiSettings) -> str:
    """Put the language in place before any window is made: the option, else the
    environment, else the remembered choice, else the system's."""
    from sahel_desk.gui.i18n.language import SETTING, choose, install

    language = choose(option, settings.get(SETTING))
    install(language, app)
    return language


def run(args: argparse.Namespace) -> int:
    """`sahel-desk` with no command: the desktop application."""
    started = time.perf_counter()
    if getattr(args, "self_test", False):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    data_dir = resolve_data_dir(args.data_dir)
    log_file = setup_logging(data_dir, verbose=args.verbose)
    app = application()
    speak(app, getattr(args, "language", None), GuiSettings(data_dir))
    if getattr(args, "self_test", False):
        from sahel_desk.gui.selftest import self_test

        return self_test(app)
    try:
        desk = Desk.open(args.data_dir, args.db, user=args.user)
    except UserError as exc:
        from sahel_desk.gui.i18n.labels import message
        from sahel_desk.text.message import text_of

        QMessageBox.critical(None, "Sahel Desk", message(text_of(exc)))
        return 2
    collector = GuiThreadCollector(app)
    window = build_window(desk)
    sys.excepthook = window.reporter.excepthook
    window.show()
    # Who is working is settled first (a dialog at the first start), then unsaved work.
    QTimer.singleShot(0, lambda: window.ensure_profile(then=lambda: (
        window.offer_drafts(), window.help.welcome_if_first_start())))
    QTimer.singleShot(200, lambda: window.operations.run(desk.gazetteer.warm_up))
    log.info("window shown %.2f s after start (log: %s)", time.perf_counter() - started,
             log_file)
    try:
        return app.exec()
    finally:
        collector.stop()
        desk.close()
