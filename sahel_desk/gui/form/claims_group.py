"""Claims: one tab per claim of responsibility (competing claims get their own)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.codebook.validation import CLAIM_FIELDS, UnreadableValue
from sahel_desk.gui.claims import ClaimEditor
from sahel_desk.gui.form.field_box import ERROR_MARK
from sahel_desk.gui.form.group import FormGroup
from sahel_desk.gui.form.loading import Refs
from sahel_desk.gui.form.problems import field_problem
from sahel_desk.gui.operations import Operations

if TYPE_CHECKING:
    from sahel_desk.services.claim_reader import ClaimReader


class ClaimsGroup(FormGroup):
    """Add, remove and edit claims; suggested places and actors go up to the form."""

    placeSuggested = Signal(str)
    actorSuggested = Signal(str)

    def __init__(self, claim_reader: ClaimReader, operations: Operations,
                 parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.setTitle(self.tr("Claims of responsibility"))
        self._reader = claim_reader
        self._operations = operations
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.remove_claim)
        self.tabs.setMinimumHeight(420)
        self.add_button = QPushButton(self.tr("Add c&laim"))
        self.add_button.setToolTip(self.tr("Add a claim of responsibility (one tab per claim)"))
        self.add_button.clicked.connect(lambda: self.add_claim(focus=True))
        self.empty_label = QLabel(self.tr("No claim of responsibility recorded."))
        self.empty_label.setObjectName("hint")
        self.problem_label = QLabel()
        self.problem_label.setObjectName("fieldProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        self._update_empty()

    def editors(self) -> list[ClaimEditor]:
        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [tab for tab in tabs if isinstance(tab, ClaimEditor)]

    def add_claim(self, values: Mapping[str, Any] | None = None, *, focus: bool = False,
                  quiet: bool = False) -> ClaimEditor:
        editor = ClaimEditor(self._reader, self._operations)
        if values:
            editor.set_claim(readable_claim(values))
        editor.changed.connect(self.changed)
        editor.placeSuggested.connect(self.placeSuggested)
        editor.actorSuggested.connect(self.actorSuggested)
        index = self.tabs.addTab(editor, "")
        self._chain_focus(editor)
        self._retitle()
        self.tabs.setCurrentIndex(index)
        self._update_empty()
        if focus:
            editor.original_edit.setFocus()
        if not quiet:
            self.changed.emit()
        return editor

    def _chain_focus(self, editor: ClaimEditor) -> None:
        """Put a new tab's fields between the tab bar and "Add claim" in the Tab order
        (a widget added later would otherwise come last, after the form's buttons)."""
        fields: list[QWidget] = []
        widget = editor.nextInFocusChain()
        while widget is not None and widget is not editor and editor.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                fields.append(widget)
            widget = widget.nextInFocusChain()
        previous: QWidget = self.tabs.tabBar()
        for following in [*fields, self.add_button]:
            QWidget.setTabOrder(previous, following)
            previous = following

    def remove_claim(self, index: int) -> None:
        editor = self.tabs.widget(index)
        if editor is None:
            return
        self.tabs.removeTab(index)
        editor.deleteLater()
        self._retitle()
        self._update_empty()
        self.changed.emit()

    def _update_empty(self) -> None:
        has_claims = self.tabs.count() > 0
        self.tabs.setVisible(has_claims)
        self.empty_label.setVisible(not has_claims)

    def _retitle(self, problems: Mapping[int, list[str]] | None = None) -> None:
        for i in range(self.tabs.count()):
            mark = f"{ERROR_MARK} " if problems and problems.get(i) else ""
            self.tabs.setTabText(i, mark + self.tr("Claim {number}").format(number=i + 1))
            self.tabs.setTabToolTip(i, "\n".join(problems.get(i, [])) if problems else "")

    def show_problems(self, problems: Mapping[int, list[str]]) -> None:
        """Mark the tabs of claims with problems; the words go below the tabs."""
        self._retitle(problems)
        lines = [field_problem(self.tr("Claim {number}").format(number=i + 1), message)
                 for i in sorted(problems) for message in problems[i]]
        self.problem_label.setText("\n".join(f"{ERROR_MARK} {line}" for line in lines))
        self.problem_label.setVisible(bool(lines))

    # --- values ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {"claims": [editor.claim_values() for editor in self.editors()]}

    def set_values(self, values: Mapping[str, Any], refs: Refs) -> None:
        while self.tabs.count():
            editor = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if editor is not None:
                editor.deleteLater()
        for claim in values.get("claims") or []:
            shown = dict(claim)
            actor = refs.actor(shown.get("claimant"))
            if actor is not None:
                shown["claimant"] = actor.name
            self.add_claim(shown, quiet=True)
        if self.tabs.count():
            self.tabs.setCurrentIndex(0)
        self._update_empty()

    def set_ids(self, ids: list[str]) -> None:
        """Give claims without an id the ids the database gave them, in tab order."""
        for editor, claim_id in zip(self.editors(), ids, strict=False):
            values = editor.claim_values()
            if values["id"] is None:
                editor.set_claim({**values, "id": claim_id})

    def forget_ids(self) -> None:
        """For a copy saved as a new incident: its claims are new rows too."""
        for editor in self.editors():
            values = editor.claim_values()
            values["id"] = None
            editor.set_claim(values)


def readable_claim(values: Mapping[str, Any]) -> dict[str, Any]:
    """A claim's values the editor can show: one that does not read (a draft typed
    half-way) is left empty rather than refusing the whole claim."""
    shown: dict[str, Any] = {}
    for name, read in CLAIM_FIELDS.items():
        try:
            shown[name] = read(values.get(name))
        except UnreadableValue:
            shown[name] = CLAIM_FIELDS[name](None)
    return shown
