"""Editors that keep whatever the coder typed, so validation can say what is wrong.

A count typed as "-3" or a date typed as "2017-13-01" stays in the field as
written; the form reads it as the raw text and the codebook's check names the
problem, instead of the widget silently refusing the keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QWidget

from sahel_desk.gui.i18n.bidi import numbers_left_to_right
from sahel_desk.gui.i18n.labels import codebook_label
from sahel_desk.text.numbers import read_whole_number

EMPTY_CHOICE = "—"


class CountEdit(QLineEdit):
    """A whole number, or empty when nothing was reported (empty is not zero)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # \d of any script (٧ is 7); superscripts and the like never get in.
        digits = QRegularExpression(
            r"-?\d{0,7}", QRegularExpression.PatternOption.UseUnicodePropertiesOption)
        self.setValidator(QRegularExpressionValidator(digits, self))
        self.setPlaceholderText(EMPTY_CHOICE)
        self.setMaximumWidth(90)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        numbers_left_to_right(self)

    def value(self) -> int | str | None:
        text = self.text().strip()
        if not text:
            return None
        number = read_whole_number(text)
        return text if number is None else number

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


def short_labels(codes: Mapping[int, str]) -> dict[int, str]:
    """"2 – Week or similar span known" for a code whose full text has a parenthesis,
    in the user's language."""
    return {code: f"{code} – {codebook_label(text).split(' (')[0]}"
            for code, text in codes.items()}


def codebook_labels(values: Iterable[str]) -> dict[str, str]:
    """Codebook values (stored in English) with the label the user reads for each."""
    return {value: codebook_label(value) for value in values}


class ChoiceCombo(QComboBox):
    """A closed list of codebook values with an empty first entry ("not coded")."""

    def __init__(self, choices: Mapping[Any, str] | Iterable[str], *, allow_empty: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._allow_empty = allow_empty
        self.set_choices(choices)

    def set_choices(self, choices: Mapping[Any, str] | Iterable[str]) -> None:
        """Replace the list, keeping the current value when it is still offered."""
        current = self.value()
        pairs = list(choices.items()) if isinstance(choices, Mapping) else [
            (c, c) for c in choices]
        was_blocked = self.blockSignals(True)
        self.clear()
        if self._allow_empty:
            self.addItem(EMPTY_CHOICE, None)
        for value, label in pairs:
            self.addItem(label, value)
            self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        index = self.findData(current) if current is not None else -1
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(was_blocked)
        if self.value() != current:
            self.currentIndexChanged.emit(self.currentIndex())

    def set_tooltips(self, tips: Mapping[Any, str]) -> None:
        """Longer explanations of the entries (codebook texts), shown on hover."""
        for index in range(self.count()):
            tip = tips.get(self.itemData(index))
            if tip:
                self.setItemData(index, codebook_label(tip), Qt.ItemDataRole.ToolTipRole)

    def fill_width(self, characters: int) -> None:
        """Take the width offered (long entries are elided), but at least ``characters``."""
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(characters)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else (0 if self._allow_empty else -1)
        if index < 0 and value is not None:
            self.addItem(self.tr("{value} (not in the codebook)").format(value=value), value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class TagsEdit(QLineEdit):
    """Tags separated by semicolons, as in ACLED's tags column."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. claimed; women targeted"))

    def value(self) -> list[str]:
        tags: list[str] = []
        for part in self.text().split(";"):
            if part.strip() and part.strip() not in tags:
                tags.append(part.strip())
        return tags

    def set_value(self, value: Any) -> None:
        self.setText("; ".join(value or []))


class DerivedLabel(QLabel):
    """A value the codebook derives from other fields: shown, never typed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(EMPTY_CHOICE, parent)
        self.setObjectName("derived")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWordWrap(True)
        self.setToolTip(self.tr("Derived by the codebook from other fields"))

    def show_value(self, value: str | None) -> None:
        self.setText(value or EMPTY_CHOICE)


class HintLabel(QLabel):
    """A quiet line of context next to a field ("sources report 7–11")."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hint")
        self.setWordWrap(True)
        self.hide()

    def show_text(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))
