"""Two incidents that may be one event, side by side: merge them or dismiss the pair.

The window reads the pair's score and reasons and the merge the codebook proposes
(off the GUI thread), shows both records' headlines and, field by field, both
values with the one the merge takes marked and why. A click on the other record's
value (or Ctrl+1 / Ctrl+2 / Space on the selected row) turns a choice; "Restore the
defaults" turns them all back; "Swap" keeps the other record instead.

Merging is one recorded change: the kept record takes the values chosen and every
source and claim of both, the other becomes rejected as its duplicate. Reopening
the merged-away record (a reviewer's act, offered here) brings it back as a draft.
"Not the same event" records the pair as dismissed, never proposed again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.gui.duplicates.dialogs import ReasonDialog
from sahel_desk.gui.duplicates.loading import PairData, load_pair, merge_pair
from sahel_desk.gui.duplicates.reasons import reason_text
from sahel_desk.gui.duplicates.rows import KEPT, MERGED, OTHER, SIDES, PairRowsModel, rows_of
from sahel_desk.gui.duplicates.side_card import SideCard
from sahel_desk.gui.form.banner import Banner
from sahel_desk.gui.geometry import fit_to_screen
from sahel_desk.gui.i18n.bidi import isolate
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.bidi import paragraph
from sahel_desk.gui.review.view import legend
from sahel_desk.gui.review.widgets import record_table, report_failure
from sahel_desk.services.desk import Desk
from sahel_desk.services.duplicates import MergeResult

PAIR_STYLE = """
QLabel#pairTitle { font-size: 14pt; }
QLabel#pairScore { font-size: 11pt; color: #374151; }
QLabel#pairReasons { color: #374151; }
QLabel#legend { color: #5b616b; font-size: 9pt; }
QLabel#sideRole { color: #5b616b; font-size: 9pt; text-transform: uppercase; }
QLabel#sideTitle { font-size: 12pt; }
QFrame#keptSide { background: #eef7ee; border: 1px solid #9fcf9f; border-radius: 4px; }
QFrame#otherSide { background: #fdf3e7; border: 1px solid #e8c07a; border-radius: 4px; }
QFrame#keptSide QLabel, QFrame#otherSide QLabel { background: transparent; border: none; }
QPushButton#mergeButton { font-weight: bold; }
QFrame#banner { border-radius: 4px; }
QFrame#banner[kind="error"] { background: #fdecea; border: 1px solid #e3a29c; }
QFrame#banner[kind="info"] { background: #e7f0fb; border: 1px solid #a9c4e6; }
QFrame#banner[kind="warning"] { background: #fff4e0; border: 1px solid #e8c07a; }
"""
#: the window's keys and what they do, in the legend under the table
KEYS = (
    ("Ctrl+1", QT_TRANSLATE_NOOP("PairWindow", "take the kept record's value")),
    ("Ctrl+2", QT_TRANSLATE_NOOP("PairWindow", "take the other's")),
    (QT_TRANSLATE_NOOP("PairWindow", "Space"), QT_TRANSLATE_NOOP("PairWindow",
                                                                  "switch the value")),
    ("Ctrl+Shift+R", QT_TRANSLATE_NOOP("PairWindow", "restore the defaults")),
)


def _standing(status: str) -> int:
    """How far along in review a record is, to choose the one kept."""
    return {"rejected": 0, "draft": 1, "approved": 3}.get(status, 2)


class PairWindow(QWidget):
    """Two incidents side by side (``first`` and ``second``: ids or human ids).

    ``merged(kept_id, rejected_id)`` after a merge, ``dismissed(a, b)`` after "not the
    same event", ``open_incident_requested(id)`` when the user asks for the form,
    ``reopened(id)`` after the merged-away record was brought back, ``loaded()`` each
    time the pair has been read.
    """

    merged = Signal(str, str)
    dismissed = Signal(str, str)
    open_incident_requested = Signal(str)
    reopened = Signal(str)
    loaded = Signal()

    def __init__(self, desk: Desk, operations: Operations, first: str, second: str,
                 parent: QWidget | None = None,
                 unsaved: Callable[[], Iterable[str]] = lambda: ()):
        super().__init__(parent, Qt.WindowType.Window)
        self.desk = desk
        self.operations = operations
        #: the incidents (ids) with changes not saved in a form of the application
        self._unsaved = unsaved
        self.data: PairData | None = None
        self._keep, self._other = first, second
        self._first_load = True
        self._busy = False
        self._finished = False
        self.dialog: ReasonDialog | None = None
        self.setWindowTitle(self.tr("Sahel Desk — Possibly the same event"))
        self.setStyleSheet(PAIR_STYLE)
        fit_to_screen(self, QSize(1340, 760))
        self._build()
        self._build_actions()
        self._update_buttons()
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = Banner()
        self.title = QLabel(self.tr("Reading the two records…"))
        self.title.setObjectName("pairTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.score = QLabel()
        self.score.setObjectName("pairScore")
        self.reasons = QLabel()
        self.reasons.setObjectName("pairReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kept_card = SideCard("keptSide")
        self.other_card = SideCard("otherSide")
        for card in (self.kept_card, self.other_card):
            card.open_requested.connect(self.open_incident_requested)
        self.swap_button = QPushButton(self.tr("S&wap"))
        self.swap_button.setObjectName("swapButton")
        self.swap_button.setToolTip(self.tr("Keep the other record instead"))
        self.swap_button.clicked.connect(self.swap)
        self.model = PairRowsModel(self)
        self.view = record_table(self.model)
        self.view.setObjectName("pairRows")
        self.view.setWordWrap(True)  # whole names and notes, as many lines as they take
        # a long note's row may be taller than the table: scrolled through, not jumped over
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(24)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The field's name and why read on one line each (short, and cut if they wrapped:
        # a row is as tall as its longest value); the three values share the rest.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column in (KEPT, OTHER, MERGED)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.view.clicked.connect(self._clicked)
        self.view.installEventFilter(self)
        keys = tuple((QCoreApplication.translate("PairWindow", k), a) for k, a in KEYS)
        self.legend = QLabel(legend(keys, "PairWindow"))
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore the defaults"))
        self.restore_button.clicked.connect(self.restore_defaults)
        self.note = QLineEdit()
        self.note.setObjectName("mergeNote")
        self.note.setPlaceholderText(self.tr("Why merge (optional, kept in the history)"))
        self.dismiss_button = QPushButton(self.tr("&Not the same event…"))
        self.dismiss_button.setObjectName("dismissButton")
        self.dismiss_button.clicked.connect(self.ask_dismiss)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge)
        self.reopen_button = QPushButton(self.tr("R&eopen the merged-away record"))
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.reopen_button.hide()
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.close)

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.score)
        cards = QHBoxLayout()
        cards.addWidget(self.kept_card, 1)
        cards.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignVCenter)
        cards.addWidget(self.other_card, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addLayout(heading)
        layout.addWidget(self.reasons)
        layout.addLayout(cards)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addLayout(buttons)
        self.setTabOrder(self.view, self.restore_button)

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.keep_action = self._action(self.tr("Take the kept record's value"), "Ctrl+1",
                                        lambda: self.choose_current("keep"))
        self.other_action = self._action(self.tr("Take the other record's value"), "Ctrl+2",
                                         lambda: self.choose_current("other"))
        self.restore_action = self._action(self.tr("Restore the defaults"), "Ctrl+Shift+R",
                                           self.restore_defaults)
        self.close_action = self._action(self.tr("Close"), "Esc", self.close)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space on a row of the table switches its value."""
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space
                and not event.modifiers()):
            row = self.view.currentIndex().row()
            if row >= 0 and self._may_choose():
                self.model.switch(row)
            return True
        return super().eventFilter(watched, event)

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the pair again (off the GUI thread), the user's choices kept."""
        self._set_busy(True)
        self.operations.run(load_pair, self.desk, self._keep, self._other,
                            on_done=self._loaded, on_error=self._load_failed,
                            channel=f"pair-{id(self)}")

    def _loaded(self, data: PairData) -> None:
        if self._first_load:
            self._first_load = False
            if self._keep_the_other(data):
                self._keep, self._other = data.other.id, data.keep.id
                self.reload()
                return
        chosen = self._chosen_by_id()
        self.data = data
        self._keep, self._other = data.keep.id, data.other.id
        self._show(data)
        self.model.apply({name: "keep" if incident == data.keep.id else "other"
                          for name, incident in chosen.items()})
        self._set_busy(False)
        if self._one_record(data):
            self.banner.show_message(self.tr(
                "{incident} is one incident, named twice: there is nothing to merge or to set "
                "apart. Open two incidents side by side.").format(
                incident=isolate(data.keep.human_id)), "warning")
        elif (rejected := self._rejected_apart(data)) is not None:
            self.banner.show_message(self.tr(
                "{incident} is rejected: a rejected record is neither merged nor set apart. "
                "If it is this event after all, a reviewer reopens it first.").format(
                incident=isolate(rejected)), "warning")
        if not self.view.hasFocus() and self.isActiveWindow() and self.focusWidget() is None:
            self.view.setFocus()
        self.loaded.emit()

    @staticmethod
    def _one_record(data: PairData) -> bool:
        """Whether both sides are one incident (its id and its human id, say)."""
        return data.keep.id == data.other.id

    @classmethod
    def _rejected_apart(cls, data: PairData) -> str | None:
        """The human id of a rejected record of the pair, unless it is the one merged
        away into the other (that pair is settled, and the window offers to reopen it)."""
        if cls._merged_away(data):
            return None
        return next((r.human_id for r in (data.keep, data.other) if r.status == "rejected"),
                    None)

    @staticmethod
    def _keep_the_other(data: PairData) -> bool:
        """Whether the pair reads better the other way round: the record further along
        in review kept (an approved record's id is the one reports cite; a submitted
        record is not merged away into a draft just coded from the form's hint), a
        rejected record the one merged away."""
        return _standing(data.other.status) > _standing(data.keep.status)

    def _chosen_by_id(self) -> dict[str, str]:
        """The user's choices by the incident whose value they take (kept across a swap)."""
        if self.data is None:
            return {}
        return {name: self.data.keep.id if side == "keep" else self.data.other.id
                for name, side in self.model.prefer().items()}

    def _load_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.title.setText(self.tr("The two records could not be read."))
        self._report(error)

    def _show(self, data: PairData) -> None:
        keep, other = data.keep, data.other
        self.title.setText(paragraph(self.tr("<b>{first}</b> and <b>{second}</b>: possibly "
                                             "the same event").format(
            first=isolate(keep.human_id), second=isolate(other.human_id))))
        self.score.setText(self._score_text(data.pair.score))
        self.reasons.setText(self.tr("Why: {reasons}").format(
            reasons=" · ".join(reason_text(r) for r in data.pair.reasons)))
        self.kept_card.show_record(self.tr("Kept"), keep, data.rejections.get(keep.id))
        self.other_card.show_record(self.tr("Merged away, then rejected as its duplicate"), other,
                                    data.rejections.get(other.id))
        self.model.set_rows(rows_of(data))
        self.model.set_titles(self.tr("{incident} (kept)").format(
                                  incident=isolate(keep.human_id)),
                              self.tr("{incident} (merged away)").format(
                                  incident=isolate(other.human_id)))
        self.merge_button.setText(self.tr("&Merge into {incident}").format(
            incident=isolate(keep.human_id)))
        self.reopen_button.setText(self.tr("R&eopen {incident}").format(
            incident=isolate(other.human_id)))
        self.reopen_button.setVisible(self._merged_away(data))
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _score_text(self, score: float) -> str:
        if score >= 0.8:
            how = self.tr("very likely one event")
        elif score >= 0.5:
            how = self.tr("likely one event")
        elif score >= 0.2:
            how = self.tr("possibly one event")
        else:
            how = self.tr("unlikely to be one event")
        # as the queue writes it: 0,72 in French
        return self.tr("Score {score}: {how}").format(
            score=isolate(QLocale().toString(score, "f", 2)), how=how)

    @staticmethod
    def _merged_away(data: PairData) -> bool:
        """Whether the other record is rejected as a duplicate of the kept one."""
        found = data.rejections.get(data.other.id)
        return found is not None and found.reason_code == "duplicate" and (
            found.duplicate_of == data.keep.id)

    # --- choosing -------------------------------------------------------------------------

    def _may_choose(self) -> bool:
        return self.merge_button.isEnabled()

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() in SIDES and self._may_choose():
            self.model.choose(index.row(), SIDES[index.column()])

    def choose_current(self, side: str) -> bool:
        """Take ``side``'s value ("keep" or "other") for the selected row."""
        row = self.view.currentIndex().row()
        return row >= 0 and self._may_choose() and self.model.choose(row, side)

    def choose(self, name: str, side: str) -> bool:
        """Take ``side``'s value for the row of ``name`` ("fatalities", "date"...)."""
        row = self.model.row_of(name)
        return row is not None and self._may_choose() and self.model.choose(row, side)

    def restore_defaults(self) -> None:
        if self._may_choose():
            self.model.restore()

    def swap(self) -> None:
        """Keep the other record instead (the choices stay with the values chosen)."""
        if self.data is None or self._busy or self._finished:
            return
        self._keep, self._other = self._other, self._keep
        self.banner.clear()
        self.reload()

    # --- merging --------------------------------------------------------------------------

    def merge(self) -> None:
        """Merge the other record into the kept one with the values chosen."""
        data = self.data
        if data is None or not self._open() or self._stopped_by_unsaved_changes(data):
            return
        prefer = self.model.prefer()
        reason = self.note.text().strip() or None
        self.banner.clear()
        self._set_busy(True)
        self.operations.run(merge_pair, self.desk, data.keep.id, data.other.id, prefer, reason,
                            on_done=self._merged, on_error=self._failed)

    def _stopped_by_unsaved_changes(self, data: PairData) -> bool:
        """The merge takes the stored records: changes still in a form would be left out
        (and, saved afterwards, refused or written to the record merged away)."""
        unsaved = set(self._unsaved())
        record = next((r for r in (data.keep, data.other) if r.id in unsaved), None)
        if record is None:
            return False
        incident, shown = record.id, isolate(record.human_id)
        self.banner.show_message(
            self.tr("{incident} has changes not saved in its form; the merge would leave them "
                    "out. Save them (or undo them) in the form, then merge.").format(
                incident=shown), "warning",
            [(self.tr("Show {incident}").format(incident=shown),
              lambda: self.open_incident_requested.emit(incident))])
        return True

    def _merged(self, result: MergeResult) -> None:
        kept, rejected = result.kept, result.rejected
        self._finished = True
        self._set_busy(False)
        self.note.clear()
        names = {"kept": isolate(kept.human_id), "other": isolate(rejected.human_id)}
        self.banner.show_message(
            self.tr("Merged: {kept} was kept with the values chosen and every source and "
                    "claim of both; {other} is now rejected as its duplicate. Reopening "
                    "{other} brings it back.").format(**names), "info",
            [(self.tr("Open {kept}").format(**names),
              lambda: self.open_incident_requested.emit(kept.id)),
             (self.tr("Open {other}").format(**names),
              lambda: self.open_incident_requested.emit(rejected.id))])
        self.merged.emit(kept.id, rejected.id)
        self.reload()

    # --- not the same event --------------------------------------------------------------

    def ask_dismiss(self) -> None:
        """Ask why (optional), then mark the pair as not the same event."""
        if self.data is None or not self._open():
            return
        names = {"first": isolate(self.data.keep.human_id),
                 "second": isolate(self.data.other.human_id)}
        self.dialog = ReasonDialog(
            self.tr("Not the same event"),
            self.tr("{first} and {second} will not be proposed as duplicates again. Why are "
                    "they two events? (optional)").format(**names),
            self.tr("Not the same event"), required=False,
            placeholder=self.tr("e.g. two ambushes on the same road"), parent=self)
        self.dialog.accepted.connect(lambda: self.dismiss(self._dialog_text()))
        self.dialog.open()

    def _dialog_text(self) -> str:
        return self.dialog.text() if self.dialog is not None else ""

    def dismiss(self, reason: str = "") -> None:
        data = self.data
        if data is None or not self._open():
            return
        first, second = data.keep.id, data.other.id
        duplicates = self.desk.duplicates
        self.banner.clear()
        self._set_busy(True)
        self.operations.run(lambda: duplicates.dismiss(first, second, reason=reason or None),
                            on_done=lambda _record: self._dismissed(first, second),
                            on_error=self._failed)

    def _dismissed(self, first: str, second: str) -> None:
        assert self.data is not None
        self._finished = True
        self._set_busy(False)
        self.banner.show_message(self.tr(
            "{first} and {second} are marked as not the same event: the pair will not be "
            "proposed again.").format(first=isolate(self.data.keep.human_id),
                                      second=isolate(self.data.other.human_id)), "info")
        self.dismissed.emit(first, second)

    # --- undoing by reopening --------------------------------------------------------------

    def ask_reopen(self) -> None:
        """Ask why, then bring the merged-away record back as a draft."""
        data = self.data
        if data is None or self._busy:
            return
        self.dialog = ReasonDialog(
            self.tr("Reopen {incident}").format(incident=isolate(data.other.human_id)),
            self.tr("{incident} comes back as a draft and may be proposed as a duplicate "
                    "again; {kept} keeps the merged values. Why reopen it?").format(
                incident=isolate(data.other.human_id), kept=isolate(data.keep.human_id)),
            self.tr("Reopen"), required=True,
            placeholder=self.tr("e.g. not the same attack after all"), parent=self)
        self.dialog.accepted.connect(lambda: self.reopen(self._dialog_text()))
        self.dialog.open()

    def reopen(self, reason: str) -> None:
        data = self.data
        if data is None or self._busy:
            return
        review, incident = self.desk.review, data.other.id
        self.banner.clear()
        self._set_busy(True)
        self.operations.run(lambda: review.reopen(incident, reason),
                            on_done=lambda record: self._reopened(record.id, record.human_id),
                            on_error=self._failed)

    def _reopened(self, incident_id: str, human_id: str) -> None:
        self._finished = False
        self._set_busy(False)
        self.banner.show_message(self.tr("{incident} is a draft again.").format(
            incident=isolate(human_id)), "info",
            [(self.tr("Open {incident}").format(incident=isolate(human_id)),
              lambda: self.open_incident_requested.emit(incident_id))])
        self.reopened.emit(incident_id)
        self.reload()

    # --- state ----------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._report(error)

    def _report(self, error: BaseException) -> None:
        report_failure(self.banner, self.operations, error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _open(self) -> bool:
        """Whether the pair may be merged or dismissed now: read, not busy, not settled,
        two live records."""
        data = self.data
        return (data is not None and not self._busy and not self._finished
                and "rejected" not in (data.keep.status, data.other.status)
                and not self._one_record(data))

    def _update_buttons(self) -> None:
        ready = self.data is not None and not self._busy
        open_ = self._open()
        for widget in (self.merge_button, self.dismiss_button, self.swap_button,
                       self.restore_button, self.note):
            widget.setEnabled(open_)
        self.reopen_button.setEnabled(ready)
        for action in (self.keep_action, self.other_action, self.restore_action):
            action.setEnabled(open_)

    def busy(self) -> bool:
        return self._busy

    def names(self, incidents: Iterable[str]) -> bool:
        """Whether this window shows any of these incidents (ids)."""
        return bool({self._keep, self._other} & set(incidents))
