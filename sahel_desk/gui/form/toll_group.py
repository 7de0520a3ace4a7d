"""Toll: coded counts, with what the sources report and what claims say beside them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from sahel_desk.gui.form.group import FormGroup, add_pairs
from sahel_desk.gui.form.inputs import CountEdit, HintLabel
from sahel_desk.gui.form.loading import Refs
from sahel_desk.gui.form.tolls import claimed_text, conservative_best, spread_text

COUNT_BOX_WIDTH = 230
COUNTS = ("fatalities", "fatalities_low", "fatalities_high", "injured", "kidnapped", "arrested")


def _hints(*labels: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(8, 4, 0, 0)
    row.setSpacing(16)
    for label in labels:
        row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
    row.addStretch(1)
    return row


class TollGroup(FormGroup):
    """Best, low and high fatalities and the other counts.

    When the best estimate is empty it takes the lowest number a source reports
    (and follows the sources while the coder has not typed one); a claimed
    number is only ever shown.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.setTitle(self.tr("Toll"))
        self.edits: dict[str, CountEdit] = {}
        for name in COUNTS:
            edit = CountEdit()
            edit.setObjectName(name)
            edit.textChanged.connect(self.changed)
            self.edits[name] = edit
        self.spread = HintLabel()
        self.claimed_killed = HintLabel()
        self.claimed_wounded = HintLabel()
        self.claimed_killed.setObjectName("claimed")
        self.claimed_wounded.setObjectName("claimed")
        self.claimed_killed.setToolTip(
            self.tr("What the claim of responsibility says; never copied into the coded count"))
        self.claimed_wounded.setToolTip(self.claimed_killed.toolTip())
        boxes = {name: self.box(name, edit) for name, edit in self.edits.items()}
        for box in boxes.values():
            box.setMaximumWidth(COUNT_BOX_WIDTH)  # a message wraps under its own field
        grid = QGridLayout(self)
        add_pairs(grid, [
            (self.tr("F&atalities (best)"), boxes["fatalities"]),
            (self.tr("Low"), boxes["fatalities_low"]),
            (self.tr("High"), boxes["fatalities_high"]),
            (self.tr("In&jured"), boxes["injured"]),
            (self.tr("Kidnapped"), boxes["kidnapped"]),
            (self.tr("Arrested"), boxes["arrested"]),
        ], per_row=3, stretch=False)
        grid.addLayout(_hints(self.spread, self.claimed_killed), 0, 6)
        grid.addLayout(_hints(self.claimed_wounded), 1, 6)
        self._auto_best: int | None = None
        self.edits["fatalities"].textEdited.connect(self._best_typed)

    def _best_typed(self) -> None:
        self._auto_best = None

    def update_reports(self, sources: Sequence[Mapping[str, Any]],
                       claims: Sequence[Mapping[str, Any]], *, default_best: bool = True
                       ) -> None:
        """Refresh the spread and claimed numbers; with ``default_best``, fill an empty
        best estimate from the sources (not when showing a stored record as it is)."""
        self.spread.show_text(spread_text(sources))
        self.claimed_killed.show_text(claimed_text(claims, "killed"))
        self.claimed_wounded.show_text(claimed_text(claims, "wounded"))
        if not default_best:
            return
        best = self.edits["fatalities"]
        lowest = conservative_best(sources)
        following = self._auto_best is not None and best.value() == self._auto_best
        if lowest is not None and (best.value() is None or following):
            if best.value() != lowest:
                best.set_value(lowest)
            self._auto_best = lowest
            best.setToolTip(self.tr("The lowest number a source reports (the codebook's "
                                    "conservative default); type to override"))
        elif following and lowest is None:
            best.set_value(None)
            self._auto_best = None

    def values(self) -> dict[str, Any]:
        return {name: edit.value() for name, edit in self.edits.items()}

    def set_values(self, values: Mapping[str, Any], refs: Refs) -> None:
        self._auto_best = None
        for name, edit in self.edits.items():
            edit.set_value(values.get(name))
