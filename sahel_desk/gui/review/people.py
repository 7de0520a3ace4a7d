"""Who is working: pick a profile or create one.

Asked at the first start (no profile yet, or none for the login name) and from
File > Switch user. The service decides who may create profiles; its refusal
is shown as it is, in the dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.errors import UserError
from sahel_desk.gui.geometry import fit_to_screen
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.bidi import isolated
from sahel_desk.gui.review.table_model import RecordTableModel
from sahel_desk.gui.review.text import role_word, when
from sahel_desk.gui.review.widgets import (
    error_text,
    note_label,
    record_table,
    select_row,
    show_error,
)
from sahel_desk.model import ROLES
from sahel_desk.services.desk import Desk
from sahel_desk.store.review_records import ProfileRecord


def role_choice(role: str) -> str:
    """A role with what it may do, as the list of roles offers it."""
    translate = QCoreApplication.translate
    if role == "researcher":
        return translate("ProfileDialog", "researcher — codes incidents and submits them")
    if role == "reviewer":
        return translate("ProfileDialog", "reviewer — also approves, sends back and rejects")
    if role == "administrator":
        return translate("ProfileDialog",
                         "administrator — also adds people and changes roles")
    return role


class ProfileModel(RecordTableModel):
    def __init__(self, parent=None):
        super().__init__([
            (self.tr("Name"), lambda p: p.name),
            (self.tr("Role"), lambda p: role_word(p.role)),
            (self.tr("Added by"), lambda p: p.created_by),
            (self.tr("Added"), lambda p: when(p.created_at)),
        ], parent)

    def row_of(self, name: str) -> int | None:
        return next((i for i, p in enumerate(self.rows()) if p.name == name), None)


class ProfileDialog(QDialog):
    """Pick who works, or add a profile. ``switched(name, role)`` after a switch."""

    switched = Signal(str, str)
    profilesLoaded = Signal()

    def __init__(self, desk: Desk, operations: Operations, *, first_start: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self._operations = operations
        self._first_profile = False
        self.setWindowTitle(self.tr("Who is working?") if first_start
                            else self.tr("Switch user"))
        fit_to_screen(self, QSize(620, 480))
        self.intro = note_label(self.tr(
            "This desk does not know {user} yet. Choose your profile, or add one. Your name "
            "goes with every change you make; your role decides which review steps you may "
            "take.").format(**isolated(user=desk.user)) if first_start else self.tr(
            "Choose your profile, or add one. Your name goes with every change you make; your "
            "role decides which review steps you may take."))
        self.model = ProfileModel(self)
        self.view = record_table(self.model)
        self.view.setObjectName("profiles")
        self.view.setMinimumHeight(150)
        self.view.doubleClicked.connect(lambda _index: self.work_as_selected())

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. amina"))
        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem(role_choice(role), role)
        self.create_button = QPushButton(self.tr("&Add profile"))
        self.create_button.setAutoDefault(False)  # Enter in the list works as the selected
        self.create_button.clicked.connect(self.create_profile)
        self.name_edit.returnPressed.connect(self.create_profile)
        add_box = QGroupBox(self.tr("New profile"))
        form = QFormLayout(add_box)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Role"), self.role_combo)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        form.addRow(row)

        self.message = note_label()
        self.buttons = QDialogButtonBox()
        self.work_button = self.buttons.addButton(self.tr("&Work as selected"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.work_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.work_as_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(add_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reload()

    # --- profiles ----------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self._operations.run(self._desk.profiles.list, channel=f"profiles-{id(self)}",
                             on_done=lambda found: self._show(found, select or self._desk.user),
                             on_error=self._failed)

    def _show(self, profiles: Sequence[ProfileRecord], select: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.model.set_rows(profiles)
        self._first_profile = not profiles
        row = self.model.row_of(select)
        if row is not None:
            select_row(self.view, row)
        if not profiles:
            self.create_button.setText(self.tr("&Add profile and work as it"))
            self.message.setText(self.tr(
                "There is no profile yet: the first one may be added by anyone. Make it an "
                "administrator, who then adds the others."))
            self.role_combo.setCurrentIndex(self.role_combo.findData("administrator"))
            self.name_edit.setText(self._desk.user)
            self.name_edit.setFocus()
        else:
            self.create_button.setText(self.tr("&Add profile"))
            self.view.setFocus()
        self.work_button.setEnabled(bool(profiles))
        self.profilesLoaded.emit()

    def selected(self) -> ProfileRecord | None:
        return self.model.row_at(self.view.currentIndex().row())

    def create_profile(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            show_error(self.message, self.tr("Type the new person's name first."))
            self.name_edit.setFocus()
            return
        role = self.role_combo.currentData()
        first = self._first_profile
        show_error(self.message, "")
        self.create_button.setEnabled(False)
        self._operations.run(self._desk.profiles.create, name, role,
                             on_done=lambda made: self._created(made, first),
                             on_error=self._failed)

    def _created(self, profile: ProfileRecord, first: bool) -> None:
        if not shiboken6.isValid(self):
            return
        self.create_button.setEnabled(True)
        self.name_edit.clear()
        if first:
            self.switch_to(profile.name)
            return
        self.message.setText(self.tr("Added {name} as {role}.").format(
            **isolated(name=profile.name), role=role_word(profile.role)))
        self.reload(select=profile.name)

    # --- switching --------------------------------------------------------------------

    def work_as_selected(self) -> None:
        profile = self.selected()
        if profile is None:
            show_error(self.message, self.tr("Choose a profile in the list, or add one."))
            return
        self.switch_to(profile.name)

    def switch_to(self, name: str) -> None:
        self._operations.run(self._desk.switch_user, name,
                             on_done=lambda role: self._switched(name, role),
                             on_error=self._failed)

    def _switched(self, name: str, role: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.switched.emit(name, role)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.create_button.setEnabled(True)
        if isinstance(error, UserError):
            show_error(self.message, error_text(error))
        else:
            self._operations.report(error)

    def keyPressEvent(self, event) -> None:
        """Enter in the name box adds the profile instead of closing the dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.name_edit.hasFocus():
            return
        super().keyPressEvent(event)
