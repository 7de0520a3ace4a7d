"""The main window: the incident list with its filters, open incidents in tabs, who is
working (asked at the first start), and the review window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLocale, QModelIndex, QSize, Qt, QTime, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sahel_desk import __version__
from sahel_desk.gui.errors import ErrorReporter
from sahel_desk.gui.form import IncidentForm
from sahel_desk.gui.form.loading import offered_statuses
from sahel_desk.gui.gazetteer import (
    GeoNamesImportDialog,
    geonames_credit,
    import_action_text,
)
from sahel_desk.gui.geometry import clamp_to_screen, fit_to_screen, restore_or_fit
from sahel_desk.gui.help import HelpActions
from sahel_desk.gui.help.welcome import Start
from sahel_desk.gui.i18n.bidi import isolate
from sahel_desk.gui.i18n.build import LANGUAGES
from sahel_desk.gui.i18n.labels import role_label
from sahel_desk.gui.i18n.language import current_language
from sahel_desk.gui.incident_list.filter_bar import FilterBar
from sahel_desk.gui.incident_list.model import ID_ROLE, IncidentListModel
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review import ProfileDialog, ReviewWindow
from sahel_desk.gui.settings import GuiSettings, RecentFolders
from sahel_desk.services.desk import Desk
from sahel_desk.services.drafts import Draft, DraftStore

if TYPE_CHECKING:
    from sahel_desk.gui.duplicates import PairWindow
    from sahel_desk.gui.exchange import ConflictsWindow, DesksWindow
    from sahel_desk.gui.reports import ReaderWindow
    from sahel_desk.gui.review.duplicates_window import DuplicatesWindow


@dataclass(frozen=True)
class OpenWork:
    """What a main window shows, to show again in a new one (another language): the
    incidents open, in order, each by id, by its draft (unsaved changes, kept on disk
    first) or as a new empty form; the current one; the secondary windows open."""

    forms: tuple[tuple[str, str | None], ...] = ()
    current: int = -1
    windows: tuple[str, ...] = ()
    #: a form whose draft the disk refused: it cannot be made again without loss
    kept: bool = True


class MainWindow(QMainWindow):
    #: View > Language: the code of the language chosen (the application remakes the
    #: window in it, see sahel_desk.gui.app.switch_language)
    languageChosen = Signal(str)

    def __init__(self, desk: Desk, operations: Operations, reporter: ErrorReporter,
                 settings: GuiSettings, drafts: DraftStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.operations = operations
        self.reporter = reporter
        self.settings = settings
        self.drafts = drafts
        self.folders = RecentFolders(settings)
        self.setWindowTitle(self.tr("Sahel Desk — {user}").format(user=isolate(desk.user)))
        fit_to_screen(self, QSize(1440, 900))
        self._clamped = False

        self.filters = FilterBar()
        self.model = IncidentListModel(desk.incidents, operations, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((118, 92, 96, 120, 170, 210, 210, 72, 110, 110)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.tabs.currentChanged.connect(self._update_actions)
        self.placeholder = QLabel(self.tr("Open an incident from the list, or start a new one "
                                          "(Ctrl+N)."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(mid); font-size: 14px;")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.table)
        self.editor_area = QWidget()
        editor_layout = QVBoxLayout(self.editor_area)
        editor_layout.setContentsMargins(0, 6, 6, 6)
        editor_layout.addWidget(self.placeholder)
        editor_layout.addWidget(self.tabs)
        self.tabs.hide()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_area)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._build_actions()
        self.filters.filterChanged.connect(self.model.set_filter)
        self.model.totalChanged.connect(self._show_count)
        self._dialogs: list[QDialog] = []
        self.profile_dialog: ProfileDialog | None = None
        self.review_window: ReviewWindow | None = None
        self.conflicts_window: ConflictsWindow | None = None
        self.desks_window: DesksWindow | None = None
        self.reader_window: ReaderWindow | None = None
        self.duplicates_window: DuplicatesWindow | None = None
        self.pair_windows: dict[frozenset[str], PairWindow] = {}
        self._statuses: frozenset[str] | None = None
        self._restore_layout()
        self.model.refresh()
        self._update_actions()
        self._read_role()

    # --- building ---------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(self.tr("Database: {name}").format(
            name=isolate(self.desk.db.target.label)))
        self.user_label = QLabel(self.tr("User: {user}").format(user=isolate(self.desk.user)))
        self.role_label = QLabel(self.tr("Role: …"))
        self.count_label = QLabel(self.loading_text())
        self.saved_label = QLabel(self.tr("Nothing saved yet this session"))
        for label in (self.db_label, self.user_label, self.role_label, self.count_label):
            bar.addWidget(label)
        bar.addPermanentWidget(self.saved_label)

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[[], object], menu: QMenu) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self.new_action = self._action(self.tr("&New incident"), QKeySequence.StandardKey.New,
                                       self.new_incident, file_menu)
        self.save_action = self._action(self.tr("&Save"), QKeySequence.StandardKey.Save,
                                        self.save_current, file_menu)
        self.duplicate_action = self._action(self.tr("&Duplicate as new"), "Ctrl+Shift+D",
                                             self.duplicate_current, file_menu)
        self.close_action = self._action(self.tr("&Close incident"),
                                         QKeySequence.StandardKey.Close,
                                         lambda: self._close_tab(self.tabs.currentIndex()),
                                         file_menu)
        file_menu.addSeparator()
        self.restore_action = self._action(self.tr("Res&tore unsaved drafts…"), None,
                                           self.offer_drafts, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Export to Excel or CSV…"), "Ctrl+E", self.export, file_menu)
        self._action(self.tr("&Import an ACLED file…"), None, self.import_acled, file_menu)
        self._action(import_action_text(), None, self.import_geonames, file_menu)
        self.report_action = self._action(self.tr("Code from a &report…"), None,
                                          self.code_from_report, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("Send c&hanges…"), None, self.send_changes, file_menu)
        self._action(self.tr("Recei&ve changes…"), None, self.receive_changes, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("Switch &user…"), None, lambda: self.ask_profile(), file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, file_menu)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self.filters.focus_search,
                     edit_menu)
        go_menu = bar.addMenu(self.tr("&Go"))
        self.next_action = self._action(self.tr("&Next incident"), "Ctrl+PgDown",
                                        lambda: self.step(1), go_menu)
        self.previous_action = self._action(self.tr("&Previous incident"), "Ctrl+PgUp",
                                            lambda: self.step(-1), go_menu)
        self._action(self.tr("Incident &list"), "Ctrl+L", self.table.setFocus, go_menu)

        view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu = view_menu
        self.dialog_action = QAction(self.tr("Open incidents in separate &windows"), self)
        self.dialog_action.setCheckable(True)
        self.dialog_action.setChecked(self.settings.flag("open_in_dialog"))
        self.dialog_action.toggled.connect(lambda on: self.settings.set("open_in_dialog", on))
        view_menu.addAction(self.dialog_action)
        self._action(self.tr("&Refresh list"), QKeySequence.StandardKey.Refresh,
                     self.model.refresh, view_menu)
        view_menu.addSeparator()
        self._build_language_menu(view_menu)

        review_menu = bar.addMenu(self.tr("&Review"))
        self.review_action = self._action(self.tr("Review &queue"), "Ctrl+Shift+R",
                                          self.open_review, review_menu)
        self.returned_action = self._action(self.tr("&Returned to me"), None,
                                            self.open_returned, review_menu)
        self._action(self.tr("&Conflicts…"), None, self.open_conflicts, review_menu)
        self._action(self.tr("&Desks…"), None, self.open_desks, review_menu)
        self.duplicates_action = self._action(self.tr("D&uplicates…"), None,
                                              self.open_duplicates, review_menu)
        self.compare_action = self._action(self.tr("Compare with the &possible duplicate"),
                                           None, self.compare_possible_duplicate, review_menu)
        review_menu.addSeparator()
        self._action(self.tr("Incident &history"), None, self._show_history, review_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help = HelpActions(self, self.settings, self._ways_to_begin)
        self.help.add_to(help_menu)
        self._action(self.tr("&About Sahel Desk"), None, self._about, help_menu)

    def _build_language_menu(self, view_menu: QMenu) -> None:
        """View > Language: each language named in its own language, the current one
        checked; choosing another remakes the window in it."""
        menu = view_menu.addMenu(self.tr("&Language"))
        self.language_menu = menu
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        speaking = current_language()
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == speaking)
            action.setData(code)
            # the name is in its own script and direction, whatever the window's
            action.setIconVisibleInMenu(False)
            group.addAction(action)
            menu.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            self.language_actions[code] = action

    def _choose_language(self, code: str) -> None:
        if code != current_language():
            self.languageChosen.emit(code)

    # --- layout memory -------------------------------------------------------------

    def _restore_layout(self) -> None:
        restore_or_fit(self, self.settings.bytes("window/geometry"), QSize(1440, 900))
        splitter = self.settings.bytes("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.settings.bytes("list/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        column = self.settings.get("list/sort_column")
        if column is not None:
            order = Qt.SortOrder(int(self.settings.get("list/sort_order", 1)))
            self.table.horizontalHeader().setSortIndicator(int(column), order)
        else:
            self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)

    def showEvent(self, event: QShowEvent) -> None:
        """Clamp once shown, when the window frame's size is known."""
        super().showEvent(event)
        if not self._clamped:
            self._clamped = True
            clamp_to_screen(self)

    def save_layout(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/splitter", self.splitter.saveState())
        header = self.table.horizontalHeader()
        self.settings.set("list/header", header.saveState())
        self.settings.set("list/sort_column", header.sortIndicatorSection())
        self.settings.set("list/sort_order", int(header.sortIndicatorOrder().value))
        self.settings.sync()

    # --- opening and saving -----------------------------------------------------

    def forms(self) -> list[IncidentForm]:
        found = [self.tabs.widget(i) for i in range(self.tabs.count())]
        found += [d.findChild(IncidentForm) for d in self._dialogs]
        return [f for f in found if isinstance(f, IncidentForm)]

    def current_form(self) -> IncidentForm | None:
        widget = self.tabs.currentWidget()
        if isinstance(widget, IncidentForm):
            return widget
        for dialog in self._dialogs:
            if dialog.isActiveWindow():
                return dialog.findChild(IncidentForm)
        return None

    def _open_index(self, index: QModelIndex) -> None:
        incident_id = index.siblingAtColumn(0).data(ID_ROLE)
        if incident_id:
            self.open_incident(incident_id)

    def open_incident(self, incident_id: str) -> IncidentForm:
        for form in self.forms():
            if form.incident_id == incident_id:
                self._show_form(form)
                return form
        form = self._new_form()
        form.load(incident_id)
        self._show_form(form)
        return form

    def new_incident(self) -> IncidentForm:
        form = self._new_form()
        form.new()
        self._show_form(form)
        form.go_to_field("event_date")  # a new incident starts with its date
        return form

    def duplicate_current(self) -> None:
        form = self.current_form()
        if form is None:
            return
        copy = self._new_form()
        copy.restore_values(form.values(), title=self.tr("Copy of {title}").format(
            title=form.title()))
        copy.duplicate_as_new()
        self._show_form(copy)

    def save_current(self) -> None:
        form = self.current_form()
        if form is not None:
            form.save()

    def _new_form(self) -> IncidentForm:
        form = IncidentForm(self.desk, self.operations, self.drafts)
        if self._statuses is not None:
            form.set_statuses(self._statuses)
        form.saved.connect(lambda record, f=form: self._saved(f, record))
        form.dirtyChanged.connect(lambda _dirty, f=form: self._retitle(f))
        form.titleChanged.connect(lambda _title, f=form: self._retitle(f))
        form.compareRequested.connect(self.open_pair)
        form.openRequested.connect(self.open_incident)
        return form

    def _show_form(self, form: IncidentForm) -> None:
        if form.parent() is None and self.dialog_action.isChecked():
            dialog = QDialog(self)
            dialog.setWindowTitle(form.title())
            fit_to_screen(dialog, QSize(760, 860))
            QVBoxLayout(dialog).addWidget(form)
            dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
            self._dialogs.append(dialog)
            dialog.show()
            return
        if self.tabs.indexOf(form) < 0 and not any(form in (d.findChild(IncidentForm),)
                                                     for d in self._dialogs):
            self.tabs.addTab(form, form.title())
        if self.tabs.indexOf(form) >= 0:
            self.tabs.setCurrentWidget(form)
            self.placeholder.hide()
            self.tabs.show()
        self._update_actions()

    def _dialog_closed(self, dialog: QDialog) -> None:
        form = dialog.findChild(IncidentForm)
        if form is not None and form.is_dirty():
            form.save_draft_now()
        self._dialogs.remove(dialog)
        dialog.deleteLater()

    def _retitle(self, form: IncidentForm) -> None:
        title = form.title() + (" •" if form.is_dirty() else "")
        index = self.tabs.indexOf(form)
        if index >= 0:
            self.tabs.setTabText(index, title)
        for dialog in self._dialogs:
            if dialog.findChild(IncidentForm) is form:
                dialog.setWindowTitle(title)

    def _saved(self, form: IncidentForm, record) -> None:
        self._retitle(form)
        self._say_saved(record)
        self.model.refresh()
        self._reload_pairs_naming(record.id)  # side by side, the values as now saved
        if self.review_window is not None and self.review_window.isVisible():
            self.review_window.refresh()

    def _close_tab(self, index: int) -> None:
        form = self.tabs.widget(index)
        if not isinstance(form, IncidentForm):
            return
        if form.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("{title} has unsaved changes. Keep them as a draft you can restore "
                        "later?").format(title=isolate(form.title())),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Discard:
                form.discard_draft()
            else:
                form.save_draft_now()
        self.tabs.removeTab(index)
        form.deleteLater()
        if self.tabs.count() == 0:
            self.tabs.hide()
            self.placeholder.show()
        self._update_actions()

    # --- navigation ---------------------------------------------------------------------

    def step(self, delta: int) -> None:
        """Open the next or previous incident of the list."""
        current = self.table.currentIndex()
        row = (current.row() if current.isValid() else -1) + delta
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            if index.data(ID_ROLE):
                self._open_index(index)

    # --- drafts ----------------------------------------------------------------------------

    def offer_drafts(self) -> int:
        """Offer to restore every unsaved form left by a crash; returns how many were."""
        pending = self.drafts.pending()
        if not pending:
            return 0
        names = "\n".join(
            self.tr("• {title} (saved {when})").format(
                title=isolate(d.title or self.tr("New incident")), when=isolate(d.saved_at))
            for d in pending[:12])
        answer = QMessageBox.question(
            self, self.tr("Restore unsaved work"),
            self.tr("Sahel Desk was closed with %n unsaved form(s):", "", len(pending))
            + "\n\n" + names + "\n\n"
            + self.tr("Restore them now? (No keeps them for later.)"))
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        for draft in pending:
            self.restore_draft(draft)
        return len(pending)

    def restore_draft(self, draft: Draft) -> IncidentForm:
        form = self._new_form()
        form.restore_draft(draft)
        self._show_form(form)
        return form

    # --- exchange with spreadsheets -----------------------------------------------------------

    def export(self) -> QDialog:
        """The export dialog, starting from the list's current filters."""
        from sahel_desk.gui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.desk, self.operations, self.model.current_filter, self,
                              folder=self.folders.folder("export"))
        dialog.runner.finished.connect(
            lambda report: self.folders.remember("export", report.path))
        dialog.show()
        return dialog

    def import_acled(self) -> QDialog:
        from sahel_desk.gui.dialogs.import_dialog import AcledImportDialog

        dialog = AcledImportDialog(self.desk, self.operations, self,
                                   folder=self.folders.folder("acled"))
        dialog.runner.finished.connect(lambda _report: self.model.refresh())
        dialog.runner.finished.connect(
            lambda _report: self.folders.remember("acled", dialog.path.text().strip()))
        dialog.pair_requested.connect(self.open_pair)
        dialog.show()
        return dialog

    def import_geonames(self) -> QDialog:
        dialog = GeoNamesImportDialog(self.desk, self.operations, self,
                                      folder=self.folders.folder("geonames"))
        dialog.imported.connect(lambda report: self.folders.remember("geonames",
                                                                     report.files[0]))
        dialog.show()
        return dialog

    def code_from_report(self) -> ReaderWindow:
        """File > Code from a report: the reader window, made on first use (closing it
        only hides it, so a reading still under way has somewhere to arrive)."""
        if self.reader_window is None:
            from sahel_desk.gui.reports import ReaderWindow

            reader = ReaderWindow(self.desk, self.operations, self.drafts, self,
                                  folder=self.folders.folder("reports"))
            reader.saved.connect(self._saved_from_report)
            reader.reportRead.connect(lambda path: self.folders.remember("reports", path))
            reader.pair_requested.connect(self.open_pair)
            self.reader_window = reader
        reader = self.reader_window
        reader.show()
        reader.raise_()
        reader.activateWindow()
        reader.path.setFocus()
        return reader

    def _saved_from_report(self, record) -> None:
        self._say_saved(record)
        self.model.refresh()

    def _say_saved(self, record) -> None:
        when = QLocale().toString(QTime.currentTime(), "HH:mm:ss")
        self.saved_label.setText(self.tr("Saved {id} at {time}").format(
            id=isolate(record.human_id), time=isolate(when)))

    # --- exchange with other desks -------------------------------------------------------------

    def send_changes(self) -> QDialog:
        """File > Send changes: a bundle of this desk's changes for another desk."""
        from sahel_desk.gui.exchange import SendDialog

        dialog = SendDialog(self.desk, self.operations, self,
                            folder=self.folders.folder("bundles"))
        dialog.sent.connect(lambda summary: self.folders.remember("bundles", summary.path))
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    def receive_changes(self) -> QDialog:
        """File > Receive changes: check a bundle, bring it in, then refresh what shows."""
        from sahel_desk.gui.exchange import ReceiveDialog

        dialog = ReceiveDialog(self.desk, self.operations, self,
                               folder=self.folders.folder("bundles"))
        dialog.imported.connect(lambda _report: self._bundle_imported())
        dialog.imported.connect(
            lambda _report: self.folders.remember("bundles", dialog.path.text().strip()))
        dialog.conflictsRequested.connect(self.open_conflicts)
        dialog.pair_requested.connect(self.open_pair)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    def _bundle_imported(self) -> None:
        self.model.refresh()
        for form in self.forms():
            if form.incident_id and not form.is_dirty() and not form.is_busy():
                form.load(form.incident_id)
        if self.review_window is not None and self.review_window.isVisible():
            self.review_window.refresh()
        if self.conflicts_window is not None and self.conflicts_window.isVisible():
            self.conflicts_window.reload()

    def open_conflicts(self) -> ConflictsWindow:
        """Review > Conflicts: fields two desks changed differently, made on first use."""
        if self.conflicts_window is None:
            from sahel_desk.gui.exchange import ConflictsWindow

            window = ConflictsWindow(self.desk, self.operations, self)
            window.resolved.connect(self._review_changed)
            self.conflicts_window = window
        window = self.conflicts_window
        window.reload()
        window.show()
        window.raise_()
        window.activateWindow()
        window.view.setFocus()
        return window

    def open_desks(self) -> DesksWindow:
        """Review > Desks: the desks met, their keys and trust, made on first use."""
        if self.desks_window is None:
            from sahel_desk.gui.exchange import DesksWindow

            self.desks_window = DesksWindow(self.desk, self.operations, self)
        window = self.desks_window
        window.reload()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # --- duplicates ---------------------------------------------------------------------------

    def open_duplicates(self) -> DuplicatesWindow:
        """Review > Duplicates: the pairs that may be one event coded twice, made (and
        searched) on first use; Find searches again."""
        if self.duplicates_window is None:
            from sahel_desk.gui.review.duplicates_window import DuplicatesWindow

            window = DuplicatesWindow(self.desk, self.operations, self)
            window.pairRequested.connect(self.open_pair)
            self.duplicates_window = window
            window.search()
        window = self.duplicates_window
        window.show()
        window.raise_()
        window.activateWindow()
        window.view.setFocus()
        return window

    def compare_possible_duplicate(self) -> None:
        """Review > Compare with the possible duplicate: the form's "Compare side by side"
        from the keyboard (Alt, R, P), without tabbing through every field to reach it."""
        form = self.current_form()
        hint = form.duplicate_hint if form is not None else None
        if hint is None or hint.isHidden() or hint.pair is None:
            self.statusBar().showMessage(self.tr(
                "The incident open has no possible duplicate to compare with."), 5000)
            return
        hint.compare_button.click()

    def open_pair(self, first: str, second: str) -> PairWindow:
        """Two incidents side by side (ids), to merge or dismiss: the window already open
        for the pair is raised. Asked for by the duplicates queue, the form's hint and
        the lists of duplicates an import brought in."""
        from sahel_desk.gui.duplicates import PairWindow

        key = frozenset((first, second))
        window = self.pair_windows.get(key)
        if window is not None and not shiboken6.isValid(window):
            window = None
        elif window is not None and window.isHidden() and not window.busy():
            window.deleteLater()  # closed: open it afresh, the records may have changed
            window = None
        # (closed while it merged, dismissed or read: the same window, where the answer lands)
        if window is None:
            window = PairWindow(self.desk, self.operations, first, second, self,
                                unsaved=self._unsaved_incidents)
            window.open_incident_requested.connect(self._open_from_review)
            window.merged.connect(self._pair_merged)
            window.dismissed.connect(self._pair_dismissed)
            window.reopened.connect(self._pair_reopened)
            self.pair_windows[key] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _reload_pairs_naming(self, *incidents: str) -> None:
        """The other pair windows open on these incidents read them again: a record
        merged away in one window shows as rejected in the others (their Merge would only
        be refused)."""
        sender = self.sender()
        for window in list(self.pair_windows.values()):
            if (window is not sender and shiboken6.isValid(window) and window.isVisible()
                    and not window.busy() and window.names(incidents)):
                window.reload()

    def _pair_reopened(self, incident: str) -> None:
        self._reload_pairs_naming(incident)
        self._review_changed(incident)

    def _unsaved_incidents(self) -> list[str]:
        """The stored incidents open in a form with changes not saved."""
        return [f.incident_id for f in self.forms() if f.incident_id and f.is_dirty()]

    def _pair_merged(self, kept: str, merged_away: str) -> None:
        """The kept record took values, the other is rejected: both show it."""
        self.model.refresh()
        self._reload_pairs_naming(kept, merged_away)
        if self.duplicates_window is not None:
            self.duplicates_window.merged(kept, merged_away)
        self._pair_settled(kept, merged_away)

    def _pair_dismissed(self, first: str, second: str) -> None:
        if self.duplicates_window is not None:
            self.duplicates_window.dismissed(first, second)
        self._pair_settled(first, second)

    def _pair_settled(self, first: str, second: str) -> None:
        for form in self.forms():
            if form.incident_id not in (first, second):
                continue
            if not form.is_dirty() and not form.is_busy():
                form.load(form.incident_id)
            else:
                form.pair_settled()
        if self.review_window is not None and self.review_window.isVisible():
            self.review_window.refresh()

    # --- people and review -------------------------------------------------------------------

    def ensure_profile(self, then: Callable[[], object] | None = None) -> None:
        """At the start: ask who is working when the desk has no profile yet or none for
        the current user; ``then`` runs once that is settled."""
        desk = self.desk

        def decide(found: tuple[list, str]) -> None:
            profiles, user = found
            if profiles and user in {p.name for p in profiles}:
                if then is not None:
                    then()
                return
            dialog = self.ask_profile(first_start=True)
            if then is not None:
                dialog.finished.connect(lambda _result: then())

        self.operations.run(lambda: (desk.profiles.list(), desk.user), on_done=decide)

    def ask_profile(self, first_start: bool = False) -> ProfileDialog:
        """The profile dialog (File > Switch user), window-modal, not blocking."""
        dialog = ProfileDialog(self.desk, self.operations, first_start=first_start, parent=self)
        dialog.switched.connect(self._user_switched)
        dialog.finished.connect(dialog.deleteLater)
        self.profile_dialog = dialog
        dialog.open()
        return dialog

    def _read_role(self) -> None:
        desk = self.desk
        self.operations.run(lambda: (desk.user, desk.role, offered_statuses(desk)),
                            on_done=lambda found: self._show_role(*found))

    def _show_role(self, user: str, role: str, statuses: frozenset[str]) -> None:
        self.setWindowTitle(self.tr("Sahel Desk — {user}").format(user=isolate(user)))
        self.user_label.setText(self.tr("User: {user}").format(user=isolate(user)))
        self.role_label.setText(self.tr("Role: {role}").format(role=role_label(role)))
        self._statuses = statuses
        for form in self.forms():
            form.set_statuses(statuses)

    def _user_switched(self, name: str, role: str) -> None:
        self.drafts.user = name
        self.user_label.setText(self.tr("User: {user}").format(user=isolate(name)))
        self.role_label.setText(self.tr("Role: {role}").format(role=role_label(role)))
        self.statusBar().showMessage(self.tr("Now working as {user} ({role})").format(
            user=isolate(name), role=role_label(role)), 5000)
        self._read_role()
        self.model.refresh()
        if self.review_window is not None and self.review_window.isVisible():
            self.review_window.refresh()
        if self.conflicts_window is not None and self.conflicts_window.isVisible():
            self.conflicts_window.reload()

    def review(self) -> ReviewWindow:
        """The review window, made on first use."""
        if self.review_window is None:
            window = ReviewWindow(self.desk, self.operations, self)
            window.changed.connect(self._review_changed)
            window.openRequested.connect(self._open_from_review)
            self.review_window = window
        return self.review_window

    def open_review(self) -> ReviewWindow:
        """Review > Review queue (Ctrl+Shift+R)."""
        window = self.review()
        window.show_queue()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_returned(self) -> ReviewWindow:
        """Review > Returned to me: the current user's records sent back."""
        window = self.review()
        window.show_returned()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _review_changed(self, incident_id: str) -> None:
        self.model.refresh()
        for form in self.forms():
            if form.incident_id == incident_id and not form.is_dirty() and not form.is_busy():
                form.load(incident_id)

    def _open_from_review(self, incident_id: str) -> None:
        form = self.open_incident(incident_id)
        self.raise_()
        self.activateWindow()
        form.setFocus()

    def _show_history(self) -> None:
        form = self.current_form()
        if form is not None:
            form.show_history()

    # --- another language ---------------------------------------------------------------------

    def open_work(self) -> OpenWork:
        """What is open, each unsaved form first written to its draft on disk."""
        forms: list[tuple[str, str | None]] = []
        current = self.current_form()
        index = -1
        kept = True
        for form in self.forms():
            if form is current:
                index = len(forms)
            if form.is_dirty():
                kept = form.save_draft_now() and kept
                forms.append(("draft", form.draft_keeper.key))
            elif form.incident_id:
                forms.append(("incident", form.incident_id))
            else:
                forms.append(("new", None))
        windows: list[str] = []
        if self.review_window is not None and self.review_window.isVisible():
            windows.append("returned" if self.review_window.queue.mode == "returned"
                           else "review")
        for name, window in (("conflicts", self.conflicts_window),
                             ("desks", self.desks_window), ("reader", self.reader_window),
                             ("duplicates", self.duplicates_window)):
            if window is not None and window.isVisible():
                windows.append(name)
        return OpenWork(tuple(forms), index, tuple(windows), kept)

    def reopen(self, work: OpenWork) -> None:
        """Open again what another window had open (see :meth:`open_work`)."""
        drafts = {draft.key: draft for draft in self.drafts.pending()}
        opened: list[IncidentForm] = []
        for kind, ref in work.forms:
            if kind == "draft" and ref in drafts:
                opened.append(self.restore_draft(drafts[ref]))
            elif kind == "incident" and ref:
                opened.append(self.open_incident(ref))
            elif kind == "new":
                opened.append(self.new_incident())
        openers: dict[str, Callable[[], object]] = {
            "review": self.open_review, "returned": self.open_returned,
            "conflicts": self.open_conflicts, "desks": self.open_desks,
            "reader": self.code_from_report, "duplicates": self.open_duplicates}
        for name in work.windows:
            openers[name]()
        if 0 <= work.current < len(opened):
            self._show_form(opened[work.current])

    def say_busy(self) -> None:
        """The language cannot change while work runs (an export, an import...)."""
        QMessageBox.information(
            self, self.tr("Language"),
            self.tr("Sahel Desk is still working (an export, an import or a save). Choose "
                    "the language again when it has finished."))

    def say_drafts_refused(self) -> None:
        """The language cannot change when an unsaved form could not be kept on disk."""
        QMessageBox.warning(
            self, self.tr("Language"),
            self.tr("An unsaved form could not be written to its draft on the disk, so the "
                    "window was not made again in the new language. Save your work, then "
                    "choose the language again."))

    # --- misc ----------------------------------------------------------------------------------

    def loading_text(self) -> str:
        """What the incident count says until the list has loaded."""
        return self.tr("Loading…")

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln incident(s)", "", total))

    def _update_actions(self, *_args) -> None:
        has_form = self.current_form() is not None
        for action in (self.save_action, self.duplicate_action, self.close_action):
            action.setEnabled(has_form)

    def _ways_to_begin(self) -> list[Start]:
        """The welcome's buttons: each opens what a new desk needs first."""
        return [(self.tr("Import &GeoNames places…"), self.import_geonames),
                (self.tr("Import an &ACLED file…"), self.import_acled),
                (self.tr("Code from a &report…"), self.code_from_report),
                (self.tr("Code a &first incident"), self.new_incident)]

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Sahel Desk"), self.tr(
            "<b>Sahel Desk {version}</b><p>Coding conflict events on Mali and the Sahel.</p>"
            "<p>Data folder: {folder}</p>").format(version=__version__,
                                                  folder=isolate(self.desk.data_dir))
            + f"<p>{geonames_credit()}</p>")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reader_window is not None and self.reader_window.isVisible():
            self.reader_window.close()
        if self.duplicates_window is not None:
            self.duplicates_window.cancel()  # a search of the whole desk stops at once
        for form in self.forms():
            if form.is_dirty():
                form.save_draft_now()
        self.save_layout()
        self.operations.wait(10000)
        event.accept()

