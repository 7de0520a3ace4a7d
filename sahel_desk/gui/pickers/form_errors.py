"""Field errors shown in a dialog beside the field at fault, not in a message box,
so the researcher can fix the value and try again without losing what they typed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from sahel_desk.errors import FieldError, UserError, ValidationError
from sahel_desk.gui.i18n.labels import message
from sahel_desk.text.message import text_of

REQUIRED = "is required"

_ERROR_STYLE = "color: #b3261e;"


def attempt(work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run ``work``; a :class:`UserError` comes back as the result for the dialog to
    show, while any other error still reaches the application's error handler."""
    try:
        return work(*args, **kwargs)
    except UserError as exc:
        return exc


def focus_target(widget: QWidget) -> QWidget:
    """The widget that takes the focus for ``widget``: a picker or a box around a field
    takes none itself (its focus proxy does), and a label whose buddy takes no focus
    does nothing when its Alt letter is pressed."""
    while widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        proxy = widget.focusProxy()
        if proxy is None:
            break
        widget = proxy
    return widget


def add_row(form: QFormLayout, text: str, field: QWidget, buddy: QWidget) -> QLabel:
    """A form row whose label's Alt letter goes to ``buddy`` (the editor inside ``field``)."""
    label = QLabel(text)
    label.setBuddy(focus_target(buddy))
    form.addRow(label, field)
    return label


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(_ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Error labels for a dialog's fields, plus one for errors naming no known field."""

    def __init__(self, dialog: QWidget):
        self._dialog = dialog
        self._labels: dict[str, QLabel] = {}
        self._titles: dict[str, str] = {}
        self.general = _error_label(dialog)
        self.general.setObjectName("error")

    def beside(self, widget: QWidget, title: str, *fields: str) -> QWidget:
        """``widget`` with an error label under it for the service fields ``fields``;
        ``title`` names the field in messages such as "Name is required"."""
        box = QWidget(self._dialog)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = _error_label(box)
        label.setObjectName(f"{fields[0]}_error")
        layout.addWidget(label)
        for field in fields:
            self._labels[field] = label
            self._titles[field] = title
        return box

    def label(self, field: str) -> QLabel:
        return self._labels.get(field, self.general)

    def clear(self) -> None:
        for label in [*self._labels.values(), self.general]:
            label.clear()
            label.hide()

    def show(self, errors: Iterable[FieldError]) -> None:
        self.clear()
        errors = list(errors)
        # "is required" adds nothing when the same field already says what is wrong.
        said = {e.field for e in errors if e.message != REQUIRED}
        messages: dict[int, tuple[QLabel, list[str]]] = {}
        for error in errors:
            if error.message == REQUIRED and error.field in said:
                continue
            label = self._labels.get(error.field)
            text = self._sentence(error) if label else QCoreApplication.translate(
                "FieldErrors", "{field}: {problem}").format(field=error.field,
                                                            problem=message(error.message))
            label = label or self.general
            messages.setdefault(id(label), (label, []))[1].append(text)
        for label, texts in messages.values():
            label.setText(" ".join(texts))
            label.show()

    def show_field(self, field: str, errors: Iterable[FieldError]) -> None:
        """Say again what is wrong with one field, leaving the others as they are."""
        label = self._labels.get(field)
        if label is None:
            return
        label.setText(" ".join(self._sentence(error) for error in errors))
        label.setVisible(bool(label.text()))

    def forget(self, field: str) -> None:
        """Hide what the label of ``field`` says (its value was corrected)."""
        label = self._labels.get(field)
        if label is not None:
            label.clear()
            label.hide()

    def _sentence(self, error: FieldError) -> str:
        title = self._titles[error.field]
        if error.message == REQUIRED:
            return QCoreApplication.translate("FieldErrors", "{field} is required.").format(
                field=title)
        said = message(error.message)
        if error.message.startswith("is "):
            return QCoreApplication.translate("FieldErrors", "{field} {problem}.").format(
                field=title, problem=said)
        return f"{said[:1].upper()}{said[1:]}".rstrip(".") + "."

    def show_error(self, error: UserError) -> None:
        if isinstance(error, ValidationError):
            self.show(error.errors)
        else:
            self.clear()
            self.general.setText(message(text_of(error)))
            self.general.show()
