"""The gazetteer in the desktop application: File > Import GeoNames, and the credit
GeoNames' licence asks for (the About box shows it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sahel_desk.gui.gazetteer.import_dialog import GeoNamesImportDialog

__all__ = ["GeoNamesImportDialog", "geonames_credit", "import_action_text"]


def import_action_text() -> str:
    """The File menu's entry that opens the dialog."""
    return QCoreApplication.translate("GeoNamesImportDialog", "Im&port GeoNames…")


def geonames_credit() -> str:
    """The attribution CC BY 4.0 asks for, as rich text for the About box."""
    return QCoreApplication.translate(
        "GeoNamesImportDialog",
        "Place names and coordinates: <a href=\"https://www.geonames.org\">GeoNames</a>, "
        "under the <a href=\"https://creativecommons.org/licenses/by/4.0/\">Creative "
        "Commons Attribution 4.0</a> licence.")
