"""Which language the GUI speaks, and putting it in place.

The choice, first found wins: ``--language fr|ar|en``, then $SAHEL_DESK_LANGUAGE,
then the language last chosen in View > Language (kept in the data folder's GUI
settings), then the system locale (fr_* French, ar_* Arabic, anything else
English). Putting a language in place installs our translation and Qt's own (for
standard buttons and dialogs), makes its locale the default (numbers and dates as
the user reads them) and mirrors the layout for Arabic.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from sahel_desk.gui.i18n.bidi import IsolatingStyle
from sahel_desk.gui.i18n.build import LANGUAGES, RIGHT_TO_LEFT, SOURCE_LANGUAGE, ensure

log = logging.getLogger(__name__)

ENV_VARIABLE = "SAHEL_DESK_LANGUAGE"
#: GuiSettings key of the language chosen in View > Language.
SETTING = "language"
#: The locale each language's numbers and dates follow when the system's is of another
#: language: Mali's French; Algeria's Arabic, whose digits are the Latin ones the data,
#: the ids and ACLED use; British English, day before month as in Mali.
LOCALES = {"en": "en_GB", "fr": "fr_ML", "ar": "ar_DZ"}


def code_of(value: Any) -> str | None:
    """A known language code from ``fr``, ``FR``, ``fr_ML.UTF-8``...; None otherwise."""
    if not isinstance(value, str):
        return None
    code = value.strip().replace("-", "_").split("_")[0].split(".")[0].casefold()
    return code if code in LANGUAGES else None


def from_locale(name: str) -> str:
    """The system locale's language: fr_* French, ar_* Arabic, anything else English."""
    return code_of(name) or SOURCE_LANGUAGE


def resolve(option: str | None, environ: Mapping[str, str], setting: Any,
            locale_name: str) -> str:
    """The language to speak: the option, the environment, the remembered choice, the
    system locale, the first of these that names a known language."""
    if option:
        code = code_of(option)
        if code is None:
            raise ValueError(f"unknown language {option!r} (use {', '.join(LANGUAGES)})")
        return code
    env = environ.get(ENV_VARIABLE, "").strip()
    if env:
        code = code_of(env)
        if code is not None:
            return code
        log.warning("%s=%r is not one of %s; ignored", ENV_VARIABLE, env, ", ".join(LANGUAGES))
    return code_of(setting) or from_locale(locale_name)


def choose(option: str | None, setting: Any) -> str:
    """:func:`resolve` with this process's environment and system locale."""
    return resolve(option, os.environ, setting, QLocale.system().name())


def locale_for(language: str) -> QLocale:
    """The system's locale when it is of ``language`` (a French user in Mali keeps
    fr_ML), else the language's usual one."""
    system = QLocale.system()
    chosen = (system if from_locale(system.name()) == language and system.zeroDigit() == "0"
              else QLocale(LOCALES.get(language, language)))
    if language == "ar":
        # Arabic locales group thousands with "." ("5.001" for 5001), which the Latin
        # digits the data uses read as a decimal point: no grouping.
        chosen.setNumberOptions(chosen.numberOptions()
                                | QLocale.NumberOption.OmitGroupSeparator)
    return chosen


class Translation(QObject):
    """The translators installed in the application, replaced when the language changes.
    A child of the application: :func:`translation` finds it again."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.setObjectName("sahelDeskTranslation")
        self.language = SOURCE_LANGUAGE
        self._translators: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Speak ``language`` from now on (windows made afterwards show it); returns
        whether our own translation was found."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        app = QCoreApplication.instance()
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        qm = ensure(language)  # English too: its plurals ("1 incident", "2 incidents")
        ours = QTranslator(self)
        found = qm is not None and ours.load(str(qm))
        if found:
            self._install(ours)
        elif qm is not None:
            log.warning("%s could not be loaded: the window speaks the source's English", qm)
        qt = QTranslator(self)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != SOURCE_LANGUAGE and qt.load(f"qtbase_{language}", folder):
            self._install(qt)
        self.language = language
        QLocale.setDefault(locale_for(language))
        if isinstance(app, QGuiApplication):
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                                   else Qt.LayoutDirection.LeftToRight)
        if (language in RIGHT_TO_LEFT and isinstance(app, QApplication)
                and not isinstance(app.style(), IsolatingStyle)):
            app.setStyle(IsolatingStyle(app.style().name()))
        log.info("GUI language: %s", language)
        return found

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._translators.append(translator)


def translation(app: QCoreApplication | None = None) -> Translation:
    """The application's Translation, made (speaking English) on first use."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no Qt application")
    found = app.findChild(Translation, "sahelDeskTranslation")
    return found if isinstance(found, Translation) else Translation(app)


def current_language() -> str:
    """The language the GUI speaks now."""
    app = QCoreApplication.instance()
    found = app.findChild(Translation, "sahelDeskTranslation") if app else None
    return found.language if isinstance(found, Translation) else SOURCE_LANGUAGE


def install(language: str, app: QCoreApplication | None = None) -> Translation:
    """Put ``language`` in place for the whole application."""
    result = translation(app)
    result.apply(language)
    return result


def installed(app: QCoreApplication | None = None) -> bool:
    """Whether a language was put in place in this application."""
    app = app or QCoreApplication.instance()
    return app is not None and app.findChild(Translation, "sahelDeskTranslation") is not None
