"""Editing one claim of responsibility, with suggestions read from its own text.

The coder pastes the statement as published, asks for a reading, and accepts
the suggestions one by one, each shown against the words it came from. The
editor only fills the claim's own fields: a claimed number never replaces the
incident's coded number, and places and other actors are offered to the
incident form by signal, since those fields live there.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.claims.reading import ClaimReading
from sahel_desk.codebook.taxonomy import CLAIM_CHANNELS
from sahel_desk.codebook.validation import (
    CLAIM_COUNT_FIELDS,
    CLAIM_FIELDS,
    clean_incident_values,
)
from sahel_desk.errors import InputError, UserError, ValidationError
from sahel_desk.gui.claims.direction import follow_text, is_arabic_script
from sahel_desk.gui.claims.inputs import OptionalSpinBox
from sahel_desk.gui.claims.suggestions import SuggestionModel
from sahel_desk.gui.dates import DateField
from sahel_desk.gui.i18n.labels import codebook_label, message
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.operations import Operations
from sahel_desk.services.claim_reader import ClaimReader
from sahel_desk.text.message import text_of

#: Backgrounds of the words behind suggestions: every one lightly, the selected strongly.
SPAN_COLOUR = QColor("#fdeeb5")
ACCEPTED_SPAN_COLOUR = QColor("#d6efd0")
SELECTED_SPAN_COLOUR = QColor("#f7b733")
ERROR_LINE_COLOUR = QColor("#f9d0cc")

# Beside the incident form's own labels, the claim's take only letters the form leaves
# free (and none of the main menus' F, E, G, V, R, H); the rest are reached with Tab.
_COUNT_LABELS = {
    "killed": QT_TRANSLATE_NOOP("ClaimEditor", "&Killed"),
    "wounded": QT_TRANSLATE_NOOP("ClaimEditor", "Wounded"),
    "vehicles_seized": QT_TRANSLATE_NOOP("ClaimEditor", "Vehicles seized"),
    "weapons_seized": QT_TRANSLATE_NOOP("ClaimEditor", "Weapons seized"),
}
_STALE = QT_TRANSLATE_NOOP(
    "ClaimEditor", "The text changed since it was read: Read claim again to update the "
    "suggestions.")
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def _utf16(text: str, index: int) -> int:
    """A Python string index as a Qt text position (Qt counts UTF-16 units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def _read(reader: ClaimReader, text: str) -> ClaimReading | UserError:
    """Runs off the GUI thread; a reading the user can fix comes back as a value."""
    try:
        return reader.parse(text)
    except UserError as exc:
        return exc


class _SuggestionView(QTableView):
    """The suggestion list; Enter accepts here instead of reaching a dialog's default button.

    Rows grow to show long actor names and notes whole rather than cut.
    """

    acceptRequested = Signal()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.resizeRowsToContents)
            model.dataChanged.connect(self.resizeRowsToContents)
        self.horizontalHeader().sectionResized.connect(self.resizeRowsToContents)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in _PLAIN
        if event.key() in _ENTER_KEYS and plain:
            self.acceptRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ClaimEditor(QWidget):
    """The fields of one claim (CLAIM_FIELDS) and the suggestions read from its text."""

    changed = Signal()
    placeSuggested = Signal(str)
    actorSuggested = Signal(str)

    def __init__(self, claim_reader: ClaimReader, operations: Operations,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._reader = claim_reader
        self._operations = operations
        self._channel = f"claim-reader-{id(self)}"
        self._silence = 0
        self._id: str | None = None
        self._language: str | None = None
        self._read_text: str | None = None  # the text the suggestions' spans point into
        self._error_line: int | None = None
        self._generation = 0

        self.suggestion_model = SuggestionModel(self)
        self._build()
        self._connect()

    # --- building -----------------------------------------------------------------
    def _build(self) -> None:
        self.original_edit = QTextEdit()
        self.original_edit.setAcceptRichText(False)
        self.original_edit.setObjectName("original_text")
        self.original_edit.setPlaceholderText(self.tr("Paste the claim as published"))
        self.original_edit.setTabChangesFocus(True)
        self.original_edit.setMinimumHeight(110)
        font = self.original_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)  # Arabic script needs the size to read
        self.original_edit.setFont(font)

        self.read_button = QPushButton(self.tr("Read claim"))
        self.read_button.setToolTip(
            self.tr("Suggest the date, channel, claimant, places, actors and claimed numbers "
                    "from the text (Ctrl+R)"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Preferred)
        self.message_label.hide()

        self.suggestion_view = _SuggestionView()
        self.suggestion_view.setModel(self.suggestion_model)
        self.suggestion_view.setShowGrid(False)
        self.suggestion_view.setTabKeyNavigation(False)
        self.suggestion_view.verticalHeader().hide()
        self.suggestion_view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection)
        self.suggestion_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestion_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestion_view.setWordWrap(True)  # long actor names and notes stay readable
        header = self.suggestion_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Fill the field this suggestion names (Enter)"))
        self.accept_all_button = QPushButton(self.tr("Accept all"))
        self.accept_all_button.setToolTip(self.tr("Accept every suggestion that fills "
                                                  "something"))

        self.translation_edit = QTextEdit()
        self.translation_edit.setAcceptRichText(False)
        self.translation_edit.setObjectName("translation")
        self.translation_edit.setTabChangesFocus(True)
        self.translation_edit.setPlaceholderText(self.tr("Translation (optional)"))
        self.translation_edit.setFixedHeight(self.translation_edit.fontMetrics().lineSpacing() * 3
                                             + 12)
        self.channel_combo = QComboBox()
        channel_edit = QLineEdit()
        channel_edit.setPlaceholderText("—")
        self.channel_combo.setLineEdit(channel_edit)  # makes the box editable
        self.channel_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for channel in CLAIM_CHANNELS:
            self.channel_combo.addItem(codebook_label(channel), channel)
        self.channel_combo.setCurrentIndex(-1)
        self.claimant_edit = QLineEdit()
        self.claimant_edit.setPlaceholderText(self.tr("Actor name"))
        self.date_written_edit = QLineEdit()
        self.date_written_edit.setPlaceholderText(self.tr("As the claim writes it"))
        self.claim_date_edit = DateField()
        self.claim_date_edit.setToolTip(self.tr("The Gregorian date of the claim; empty when "
                                                "unknown"))
        self.count_spins = {name: OptionalSpinBox() for name in CLAIM_COUNT_FIELDS}
        for spin in self.count_spins.values():
            spin.setToolTip(self.tr("As the claim states it; — when the claim gives no number"))
        self.competing_check = QCheckBox(
            self.tr("Competing claim (another group claims the same event)"))

        text_side = QWidget()
        text_layout = QVBoxLayout(text_side)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self._label(self.tr("Original te&xt"), self.original_edit))
        text_layout.addWidget(self.original_edit, 1)
        read_row = QHBoxLayout()
        read_row.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignTop)
        read_row.addWidget(self.message_label, 1)
        text_layout.addLayout(read_row)

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self._label(self.tr("Suggestions"), self.suggestion_view))
        list_layout.addWidget(self.suggestion_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.accept_all_button)
        list_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(text_side)
        self.splitter.addWidget(list_side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])

        grid = QGridLayout()
        grid.addWidget(self._label(self.tr("Channel"), self.channel_combo), 0, 0)
        grid.addWidget(self.channel_combo, 0, 1)
        grid.addWidget(self._label(self.tr("Claimant"), self.claimant_edit), 0, 2)
        grid.addWidget(self.claimant_edit, 0, 3, 1, 3)
        grid.addWidget(self._label(self.tr("Date as &written"), self.date_written_edit), 1, 0)
        grid.addWidget(self.date_written_edit, 1, 1)
        grid.addWidget(self._label(self.tr("Claim date"), self.claim_date_edit), 1, 2)
        grid.addWidget(self.claim_date_edit, 1, 3)
        # Two counts a line: four in one line made the editor (and the form holding it)
        # wider than a laptop's form pane.
        counts = QGridLayout()
        counts.setHorizontalSpacing(8)
        for i, name in enumerate(CLAIM_COUNT_FIELDS):
            row, pair = divmod(i, 2)
            shown = QCoreApplication.translate("ClaimEditor", _COUNT_LABELS[name])
            counts.addWidget(self._label(shown, self.count_spins[name]), row, pair * 2)
            counts.addWidget(self.count_spins[name], row, pair * 2 + 1)
        counts.setColumnStretch(4, 1)
        grid.addWidget(QLabel(self.tr("Claimed numbers:")), 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(counts, 2, 1, 1, 5)
        grid.addWidget(self._label(self.tr("Translation"), self.translation_edit), 3, 0,
                       Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.translation_edit, 3, 1, 1, 5)
        grid.addWidget(self.competing_check, 4, 1, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(grid)
        order = [self.original_edit, self.read_button, self.suggestion_view, self.accept_button,
                 self.accept_all_button, self.channel_combo, self.claimant_edit,
                 self.date_written_edit, self.claim_date_edit, *self.count_spins.values(),
                 self.translation_edit, self.competing_check]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self._update_buttons()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _connect(self) -> None:
        self.read_button.clicked.connect(self.read_claim)
        shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.read_claim)
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.suggestion_view.acceptRequested.connect(self.accept_selected)
        self.suggestion_view.doubleClicked.connect(lambda index: self.accept_rows([index.row()]))
        self.suggestion_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.suggestion_model.modelReset.connect(self._update_buttons)
        self.suggestion_model.dataChanged.connect(self._update_buttons)

        self.original_edit.textChanged.connect(self._on_original_changed)
        self.translation_edit.textChanged.connect(
            lambda: follow_text(self.translation_edit, self.translation_edit.toPlainText()))
        self.date_written_edit.textChanged.connect(
            lambda text: follow_text(self.date_written_edit, text))
        self.claimant_edit.textChanged.connect(
            lambda text: follow_text(self.claimant_edit, text))
        for signal in (
            self.translation_edit.textChanged, self.channel_combo.editTextChanged,
            self.claimant_edit.textChanged, self.date_written_edit.textChanged,
            self.claim_date_edit.textChanged, self.competing_check.toggled,
            *(spin.valueChanged for spin in self.count_spins.values()),
        ):
            signal.connect(self._emit_changed)

    # --- the claim's values -------------------------------------------------------
    def set_claim(self, values: dict[str, Any]) -> None:
        """Show a stored claim; keys are CLAIM_FIELDS, missing ones are empty. No ``changed``.

        Values are read as the codebook reads them (a date may be ISO text);
        ValidationError if one cannot be, before anything shown changes.
        """
        given = {name: values.get(name) for name in CLAIM_FIELDS}
        cleaned = clean_incident_values({"claims": [given]})
        if cleaned.errors:
            raise ValidationError(cleaned.errors, "claim")
        clean = cleaned.values["claims"][0]
        self._generation += 1  # a reading still under way belongs to the previous claim
        with self._quiet():
            self._id = clean["id"]
            self._language = clean["language"]
            self.original_edit.setPlainText(clean["original_text"])
            self.translation_edit.setPlainText(clean["translation"] or "")
            self._set_channel(clean["channel"])
            self.set_claimant(clean["claimant"])
            self.date_written_edit.setText(clean["date_written"] or "")
            self.claim_date_edit.set_date_value(clean["claim_date"])
            for name, spin in self.count_spins.items():
                spin.set_number(clean[name])
            self.competing_check.setChecked(clean["competing"])
            self._forget_reading()
            self._show_message("")

    def claim_values(self) -> dict[str, Any]:
        """The claim as plain values, keyed by CLAIM_FIELDS (dates as datetime.date)."""
        original = self.original_edit.toPlainText().strip()
        values: dict[str, Any] = {
            "id": self._id,
            "claimant": self.claimant(),
            "channel": self.channel(),
            "original_text": original,
            "language": "ar" if is_arabic_script(original) else self._language,
            "translation": self.translation_edit.toPlainText().strip() or None,
            "date_written": self.date_written_edit.text().strip() or None,
            "claim_date": self.claim_date_edit.value(),  # as typed when unreadable
            **{name: spin.number() for name, spin in self.count_spins.items()},
            "competing": self.competing_check.isChecked(),
        }
        return {name: values[name] for name in CLAIM_FIELDS}

    def claimant(self) -> str | None:
        """The claimant's actor name (behind a method: the form may swap in an actor picker)."""
        return self.claimant_edit.text().strip() or None

    def set_claimant(self, name: str | None) -> None:
        self.claimant_edit.setText(name or "")
        self.claimant_edit.setCursorPosition(0)

    def claim_date(self) -> dt.date | None:
        return self.claim_date_edit.date_value()

    def channel(self) -> str | None:
        """The channel as stored: the codebook's (English) name of one the list offers,
        chosen or typed by its label; other text as typed."""
        text = self.channel_combo.currentText().strip()
        if not text:
            return None
        for index in range(self.channel_combo.count()):
            value = self.channel_combo.itemData(index)
            if text.casefold() in (self.channel_combo.itemText(index).casefold(),
                                   str(value).casefold()):
                return str(value)
        return text

    def _set_channel(self, channel: str | None) -> None:
        found = self.channel_combo.findData(channel) if channel else -1
        if found >= 0:
            self.channel_combo.setCurrentIndex(found)
        else:
            self.channel_combo.setCurrentIndex(-1)
            self.channel_combo.setEditText(channel or "")

    # --- reading ------------------------------------------------------------------
    def read_claim(self) -> None:
        """Read the text off the GUI thread; the suggestions arrive in the list."""
        text = self.original_edit.toPlainText()
        if not text.strip():
            self._show_message(self.tr("Type or paste the claim's text first."), error=True)
            return
        self._show_message(self.tr("Reading the claim…"))
        generation = self._generation
        self._operations.run(_read, self._reader, text, channel=self._channel,
                             on_done=lambda result: self._on_read(generation, text, result))

    def _on_read(self, generation: int, text: str, result: ClaimReading | UserError) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # closed, or showing another claim, while reading
        if isinstance(result, UserError):
            self._forget_reading()
            line = result.line if isinstance(result, InputError) else None
            self._error_line = line if text == self.original_edit.toPlainText() else None
            self._refresh_highlights()
            self._show_message(self.tr("Cannot read this claim: {reason}").format(
                reason=message(text_of(result))), error=True)
            return
        self._read_text = text
        self._error_line = None
        self.suggestion_model.set_reading(result)
        self._refresh_highlights()
        count = self.suggestion_model.rowCount()
        if not count:
            self._show_message(self.tr("Nothing recognised in this text."))
            return
        self._show_message(
            self.tr("1 suggestion. Select it to see its words; Enter or Accept fills its "
                    "field.") if count == 1 else
            self.tr("%n suggestions. Select one to see its words; Enter or Accept fills its "
                    "field.", "", count))
        self.suggestion_view.setCurrentIndex(self.suggestion_model.index(0, 0))
        if not self._spans_valid():
            self._show_message(QCoreApplication.translate("ClaimEditor", _STALE))

    def _forget_reading(self) -> None:
        self._read_text = None
        self._error_line = None
        self.suggestion_model.set_reading(None)
        self._refresh_highlights()

    # --- accepting ----------------------------------------------------------------
    def accept_selected(self) -> None:
        rows = sorted({index.row() for index in self.suggestion_view.selectionModel()
                       .selectedRows()})
        if not rows and self.suggestion_view.currentIndex().isValid():
            rows = [self.suggestion_view.currentIndex().row()]
        self.accept_rows(rows)

    def accept_all(self) -> None:
        """Accept every suggestion not yet accepted that fills something."""
        model = self.suggestion_model
        self.accept_rows([row for row in range(model.rowCount())
                          if model.can_accept(row) and not model.is_accepted(row)])

    def accept_rows(self, rows: list[int]) -> None:
        """Fill the claim's fields from these suggestions; places and actors go to the form."""
        filled = False
        with self._quiet():
            for row in rows:
                filled = self._accept(row) or filled
        if filled:
            self._emit_changed()
        self._refresh_highlights()

    def _accept(self, row: int) -> bool:
        """Apply one suggestion; True if a field of this editor changed."""
        model = self.suggestion_model
        if not 0 <= row < model.rowCount() or not model.can_accept(row):
            return False
        suggestion = model.suggestion(row)
        model.mark_accepted(row)
        kind, value = suggestion.kind, suggestion.value
        if kind == "date":
            self.claim_date_edit.set_date_value(value)
            self.date_written_edit.setText(suggestion.source_text)
        elif kind == "channel":
            self._set_channel(value)
        elif kind == "claimant":
            self.set_claimant(value)
        elif kind in self.count_spins:
            # Several mentions of one count add up, as the reading counts them.
            self.count_spins[kind].set_number(model.accepted_total(kind))
        elif kind == "place":
            self.placeSuggested.emit(value)
            return False
        elif kind == "actor":
            self.actorSuggested.emit(value)
            return False
        return True

    def _update_buttons(self) -> None:
        model = self.suggestion_model
        rows = {index.row() for index in self.suggestion_view.selectionModel().selectedRows()}
        self.accept_button.setEnabled(any(model.can_accept(row) for row in rows))
        self.accept_all_button.setEnabled(any(
            model.can_accept(row) and not model.is_accepted(row)
            for row in range(model.rowCount())))

    # --- highlighting -------------------------------------------------------------
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        self._refresh_highlights()
        current = self.suggestion_view.currentIndex()
        if current.isValid() and self._spans_valid():
            self._show_span(current)

    def _spans_valid(self) -> bool:
        return self._read_text is not None and self._read_text == self.original_edit.toPlainText()

    def _show_span(self, index: QModelIndex) -> None:
        suggestion = self.suggestion_model.suggestion(index.row())
        cursor = QTextCursor(self.original_edit.document())
        cursor.setPosition(_utf16(self._read_text or "", suggestion.start))
        self.original_edit.setTextCursor(cursor)
        self.original_edit.ensureCursorVisible()

    def _refresh_highlights(self) -> None:
        """Every suggestion's words lightly, accepted ones green, the selected ones strongly."""
        selections: list[QTextEdit.ExtraSelection] = []
        document = self.original_edit.document()
        if self._error_line is not None:
            block = document.findBlockByNumber(self._error_line - 1)
            if block.isValid():
                line = QTextEdit.ExtraSelection()
                line.cursor = QTextCursor(block)
                line.format.setBackground(ERROR_LINE_COLOUR)
                line.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selections.append(line)
        if self._spans_valid():
            model = self.suggestion_model
            text = self._read_text or ""
            chosen = {index.row() for index in self.suggestion_view.selectionModel()
                      .selectedRows()}
            rows = [row for row in range(model.rowCount()) if row not in chosen]
            for row in [*rows, *sorted(chosen)]:  # the selected drawn last, on top
                suggestion = model.suggestion(row)
                cursor = QTextCursor(document)
                cursor.setPosition(_utf16(text, suggestion.start))
                cursor.setPosition(_utf16(text, suggestion.end), QTextCursor.MoveMode.KeepAnchor)
                span = QTextEdit.ExtraSelection()
                span.cursor = cursor
                colour = (SELECTED_SPAN_COLOUR if row in chosen
                          else ACCEPTED_SPAN_COLOUR if model.is_accepted(row) else SPAN_COLOUR)
                span.format.setBackground(colour)
                selections.append(span)
        self.original_edit.setExtraSelections(selections)

    # --- editing ------------------------------------------------------------------
    def _on_original_changed(self) -> None:
        text = self.original_edit.toPlainText()
        follow_text(self.original_edit, text)
        if self._error_line is not None:
            self._error_line = None
        if self._read_text is not None and not self._spans_valid():
            self._show_message(QCoreApplication.translate("ClaimEditor", _STALE))
        self._refresh_highlights()
        self._emit_changed()

    def _emit_changed(self, *_args: object) -> None:
        if not self._silence:
            self.changed.emit()

    @contextlib.contextmanager
    def _quiet(self) -> Iterator[None]:
        self._silence += 1
        try:
            yield
        finally:
            self._silence -= 1

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        self.message_label.setStyleSheet("color: #a61b1b;" if error else "")
        self.message_label.setVisible(bool(text))
