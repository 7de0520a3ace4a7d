"""Export to Excel or CSV: filters, a progress bar and Cancel, off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.codebook.taxonomy import EVENT_TYPES, STATUSES
from sahel_desk.gui.dialogs.task_runner import TaskRunner
from sahel_desk.gui.i18n.bidi import isolate
from sahel_desk.gui.i18n.labels import codebook_label, status_label
from sahel_desk.gui.incident_list.filter_bar import COUNTRIES
from sahel_desk.gui.operations import Operations
from sahel_desk.services.desk import Desk
from sahel_desk.store.records import IncidentFilter


def _qdate(value) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate(1900, 1, 1)


class ExportDialog(QDialog):
    def __init__(self, desk: Desk, operations: Operations, start: IncidentFilter | None = None,
                 parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export incidents"))
        self.setMinimumWidth(560)
        self.desk = desk
        start = start or IncidentFilter()
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx): incidents, sources, claims, "
                                    "summary"), "xlsx")
        self.format.addItem(self.tr("CSV (.csv): the Incidents sheet only"), "csv")
        self.path = QLineEdit(str((folder or Path.home()) / "sahel-desk-export.xlsx"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.format.currentIndexChanged.connect(self._suffix)
        self.date_from = self._date(start.date_from)
        self.date_to = self._date(start.date_to)
        self.statuses = QListWidget()
        self.statuses.setMaximumHeight(130)
        for state in STATUSES:
            item = QListWidgetItem(status_label(state))
            item.setData(Qt.ItemDataRole.UserRole, state)
            wanted = start.statuses or ("approved",)
            item.setCheckState(Qt.CheckState.Checked if state in wanted
                               else Qt.CheckState.Unchecked)
            self.statuses.addItem(item)
        self.country = QComboBox()
        for code, _english in COUNTRIES:
            self.country.addItem(self._country_name(code), code)
        self.country.setCurrentIndex(max(0, self.country.findData(start.country or "")))
        self.admin1 = QLineEdit(start.admin1 or "")
        self.admin1.setPlaceholderText(self.tr("All regions"))
        self.actor = QLineEdit(start.actor or "")
        self.actor.setPlaceholderText(self.tr("All actors (a group includes its component "
                                              "groups)"))
        self.event_type = QComboBox()
        self.event_type.addItem(self.tr("All event types"), "")
        for name in EVENT_TYPES:
            self.event_type.addItem(codebook_label(name), name)
        self.event_type.setCurrentIndex(max(0, self.event_type.findData(start.event_type or "")))
        self.split_ranges = QCheckBox(self.tr("Split date ranges into one row per day "
                                              "(ACLED's rule)"))

        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to", "a period: from one date to another")))
        period.addWidget(self.date_to)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Save as"), where)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Review states"), self.statuses)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Region"), self.admin1)
        form.addRow(self.tr("Actor"), self.actor)
        form.addRow(self.tr("Event type"), self.event_type)
        form.addRow("", self.split_ranges)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.runner = TaskRunner(operations)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(lambda: self._show(
            self.tr("Export cancelled; no file was written."), error=False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.runner)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.result_report = None

    def _date(self, value) -> QDateEdit:
        edit = QDateEdit(_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(self.tr("Any", "no limit on a date"))
        return edit

    def _country_name(self, code: str) -> str:
        names = {"": self.tr("All countries"), "ML": self.tr("Mali"),
                 "BF": self.tr("Burkina Faso"), "NE": self.tr("Niger")}
        return names.get(code, code)

    def _suffix(self) -> None:
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix("." + self.format.currentData())))
        self.split_ranges.setEnabled(self.format.currentData() == "xlsx")

    def _browse(self) -> None:
        kind = self.format.currentData()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(),
            self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("CSV file (*.csv)"))
        if chosen:
            self.path.setText(chosen)

    def current_filter(self) -> IncidentFilter:
        def value(edit: QDateEdit) -> dt.date | None:
            chosen = edit.date()
            if chosen == QDate(1900, 1, 1):
                return None
            return dt.date(chosen.year(), chosen.month(), chosen.day())

        states = tuple(
            self.statuses.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.statuses.count())
            if self.statuses.item(i).checkState() == Qt.CheckState.Checked)
        return IncidentFilter(
            date_from=value(self.date_from), date_to=value(self.date_to),
            country=self.country.currentData() or None,
            admin1=self.admin1.text().strip() or None, actor=self.actor.text().strip() or None,
            event_type=self.event_type.currentData() or None, statuses=states)

    def start(self) -> None:
        flt = self.current_filter()
        if not flt.statuses:
            self._show(self.tr("Choose at least one review state to export."))
            return
        path = Path(self.path.text()).expanduser()
        kind = self.format.currentData()
        split = self.split_ranges.isChecked()
        exports = self.desk.exports

        def work(progress):
            if kind == "csv":
                return exports.csv(path, flt, progress=progress)
            return exports.excel(path, flt, progress=progress, split_ranges=split)

        self.export_button.setEnabled(False)
        self._show("")
        self.runner.start(work, self.tr("Exporting"))

    def _finished(self, report) -> None:
        self.result_report = report
        self.export_button.setEnabled(True)
        rows = getattr(report, "incidents", None)
        path = getattr(report, "path", self.path.text())
        self._show(self.tr("Exported %Ln incident(s) to {path}.", "", rows).format(
            path=isolate(path)) if rows is not None
            else self.tr("Exported to {path}.").format(path=isolate(path)), error=False)

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self._show(message)

    def _show(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a40000;" if error and text else "")
