"""What: event type and its sub-event type, the derived disorder type, and the
GTD-style detail folded away until it is needed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.gui.form.collapsible import CollapsibleSection
from sahel_desk.gui.form.group import FormGroup, add_pairs
from sahel_desk.gui.form.inputs import (
    ChoiceCombo,
    CountEdit,
    DerivedLabel,
    HintLabel,
    codebook_labels,
)
from sahel_desk.gui.form.loading import Refs
from sahel_desk.gui.i18n.labels import codebook_label
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP

SUICIDE_CHOICES = {True: QT_TRANSLATE_NOOP("WhatGroup", "Yes"),
                   False: QT_TRANSLATE_NOOP("WhatGroup", "No")}
GTD_FIELDS = ("attack_type", "target_type", "weapon_type", "suicide", "property_damage",
              "seized_vehicles", "seized_weapons", "items_seized")


class WhatGroup(FormGroup):
    """Choosing an event type restricts the sub-event types to those it allows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.setTitle(self.tr("What"))
        self.event_type = ChoiceCombo(codebook_labels(tx.EVENT_TYPES))
        self.event_type.setObjectName("event_type")
        self.sub_event_type = ChoiceCombo(())
        self.sub_event_type.setObjectName("sub_event_type")
        # Minimums that leave the form narrow enough for a laptop's pane in every
        # language; wider, the combos take the room (long names are elided meanwhile).
        self.event_type.fill_width(12)
        self.sub_event_type.fill_width(18)
        self.disorder_type = DerivedLabel()
        self._type_from_sub = False
        self._refill_sub_events(None)
        grid = QGridLayout()
        add_pairs(grid, [
            (self.tr("Event &type"), self.box("event_type", self.event_type,
                                               stretch_last=True)),
            (self.tr("Su&b-event type"), self.box("sub_event_type", self.sub_event_type,
                                                  stretch_last=True)),
            (self.tr("Disorder type"), self.disorder_type),
        ], per_row=2)
        self.gtd = CollapsibleSection(
            self.tr("Attack detail (GTD): attack, target, weapon, seizures"), self._gtd_panel())
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.gtd)
        self.event_type.currentIndexChanged.connect(self._event_type_changed)
        self.sub_event_type.currentIndexChanged.connect(self._sub_event_changed)

    def _gtd_panel(self) -> QWidget:
        panel = QWidget()
        self.attack_type = ChoiceCombo(codebook_labels(tx.ATTACK_TYPES))
        self.target_type = ChoiceCombo(codebook_labels(tx.TARGET_TYPES))
        self.weapon_type = ChoiceCombo(codebook_labels(tx.WEAPON_TYPES))
        self.suicide = ChoiceCombo({value: QCoreApplication.translate("WhatGroup", text)
                                    for value, text in SUICIDE_CHOICES.items()})
        self.property_damage = ChoiceCombo(codebook_labels(tx.PROPERTY_DAMAGE))
        self.seized_vehicles = CountEdit()
        self.seized_weapons = CountEdit()
        for combo in (self.attack_type, self.target_type, self.weapon_type, self.suicide,
                      self.property_damage):
            combo.fill_width(12)
        self.items_seized = QLineEdit()
        self.items_seized.setPlaceholderText(self.tr("e.g. 2 pick-ups, 12 AK-47s, ammunition"))
        self.claimed_vehicles = HintLabel()
        self.claimed_weapons = HintLabel()
        for hint in (self.claimed_vehicles, self.claimed_weapons):
            hint.setObjectName("claimed")
            hint.setToolTip(self.tr("What the claim of responsibility says; never copied here"))
        vehicles = self.box("seized_vehicles", self.seized_vehicles)
        vehicles.add_trailing(self.claimed_vehicles)
        weapons = self.box("seized_weapons", self.seized_weapons)
        weapons.add_trailing(self.claimed_weapons)
        grid = QGridLayout(panel)
        grid.setContentsMargins(18, 0, 0, 0)
        add_pairs(grid, [
            (self.tr("Attack type"), self.box("attack_type", self.attack_type,
                                              stretch_last=True)),
            (self.tr("Target type"), self.box("target_type", self.target_type,
                                              stretch_last=True)),
            (self.tr("Weapon type"), self.box("weapon_type", self.weapon_type,
                                              stretch_last=True)),
            (self.tr("Suicide attack"), self.box("suicide", self.suicide, stretch_last=True)),
            (self.tr("Property damage"), self.box("property_damage", self.property_damage,
                                                  stretch_last=True)),
            (self.tr("Vehicles seized"), vehicles),
            (self.tr("Weapons seized"), weapons),
            (self.tr("Items seized"), self.box("items_seized", self.items_seized,
                                               stretch_last=True)),
        ], per_row=2)
        for combo in (self.attack_type, self.target_type, self.weapon_type, self.suicide,
                      self.property_damage):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.seized_vehicles, self.seized_weapons, self.items_seized):
            edit.textChanged.connect(self.changed)
        return panel

    # --- the dependent pair ---------------------------------------------------------

    def _refill_sub_events(self, event_type: str | None, keep: str | None = None) -> None:
        """Offer the sub-events of ``event_type`` (all of them when none is chosen).

        A sub-event that does not belong stays, marked, so the coder sees why it is
        wrong instead of losing it silently.
        """
        if event_type:
            choices = codebook_labels(tx.sub_event_types_of(event_type))
        else:
            choices = {s.name: self.tr("{sub_event}  ({event_type})").format(
                sub_event=codebook_label(s.name), event_type=codebook_label(s.event_type))
                for s in tx.SUB_EVENT_TYPES}
        if keep and keep not in choices:
            choices[keep] = self.tr("{sub_event} (not a sub-event of {event_type})").format(
                sub_event=codebook_label(keep), event_type=codebook_label(event_type))
        self.sub_event_type.blockSignals(True)
        self.sub_event_type.set_choices(choices)
        self.sub_event_type.set_value(keep)
        self.sub_event_type.blockSignals(False)

    def _event_type_changed(self) -> None:
        self._type_from_sub = False
        self._refill_sub_events(self.event_type.value(), self.sub_event_type.value())
        self._show_disorder()
        self.changed.emit()

    def _sub_event_changed(self) -> None:
        """A sub-event chosen first sets its event type; the list stays whole meanwhile,
        so arrowing through it is not cut short by the first entry passed."""
        sub = tx.SUB_EVENTS_BY_NAME.get(self.sub_event_type.value() or "")
        if sub is not None and (self._type_from_sub or not self.event_type.value()):
            self.event_type.blockSignals(True)
            self.event_type.set_value(sub.event_type)
            self.event_type.blockSignals(False)
            self._type_from_sub = True
        self._show_disorder()
        self.changed.emit()

    def _show_disorder(self) -> None:
        self.disorder_type.show_value(
            codebook_label(tx.disorder_type_of(self.sub_event_type.value())) or None)

    # --- values -------------------------------------------------------------------------

    def show_claimed(self, vehicles: str | None, weapons: str | None) -> None:
        self.claimed_vehicles.show_text(vehicles)
        self.claimed_weapons.show_text(weapons)

    def values(self) -> dict[str, Any]:
        return {
            "event_type": self.event_type.value(),
            "sub_event_type": self.sub_event_type.value(),
            "attack_type": self.attack_type.value(),
            "target_type": self.target_type.value(),
            "weapon_type": self.weapon_type.value(),
            "suicide": self.suicide.value(),
            "property_damage": self.property_damage.value(),
            "seized_vehicles": self.seized_vehicles.value(),
            "seized_weapons": self.seized_weapons.value(),
            "items_seized": self.items_seized.text().strip() or None,
        }

    def set_values(self, values: Mapping[str, Any], refs: Refs) -> None:
        self._type_from_sub = False
        self.event_type.blockSignals(True)
        self.event_type.set_value(values.get("event_type"))
        self.event_type.blockSignals(False)
        self._refill_sub_events(self.event_type.value(), values.get("sub_event_type"))
        self._show_disorder()
        for name in ("attack_type", "target_type", "weapon_type", "suicide", "property_damage"):
            getattr(self, name).set_value(values.get(name))
        self.seized_vehicles.set_value(values.get("seized_vehicles"))
        self.seized_weapons.set_value(values.get("seized_weapons"))
        self.items_seized.setText(values.get("items_seized") or "")
        self.gtd.set_expanded(any(values.get(name) not in (None, "") for name in GTD_FIELDS))
