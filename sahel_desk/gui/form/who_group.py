"""Who: the two sides with their associated actors, and the codes derived from them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.gui.form.group import FormGroup, add_pairs
from sahel_desk.gui.form.inputs import DerivedLabel
from sahel_desk.gui.form.loading import Refs
from sahel_desk.gui.form.suggestion_hint import SuggestionHint
from sahel_desk.gui.i18n.labels import codebook_label, interaction_label
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.pickers import ActorPicker, AssociatedActorsEditor
from sahel_desk.store.records import ActorRecord

if TYPE_CHECKING:
    from sahel_desk.services.actors import ActorService


def inter_text(actor: ActorRecord | None) -> str | None:
    """"2 – Rebel group": the actor's inter code and its type in the user's language."""
    if actor is None:
        return None
    kind = tx.ACTOR_TYPE_BY_CODE.get(actor.actor_type)
    return f"{actor.actor_type} – {codebook_label(kind.label)}" if kind \
        else str(actor.actor_type)


class WhoGroup(FormGroup):
    """Actor 1 acts on actor 2; inter codes, interaction and civilian targeting follow."""

    def __init__(self, actors: ActorService, operations: Operations,
                 parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.setTitle(self.tr("Who"))
        self.actor1 = ActorPicker(actors, operations)
        self.actor1.setObjectName("actor1")
        self.assoc1 = AssociatedActorsEditor(actors, operations)
        self.assoc1.setObjectName("assoc_actor_1")
        self.actor2 = ActorPicker(actors, operations)
        self.actor2.setObjectName("actor2")
        self.assoc2 = AssociatedActorsEditor(actors, operations)
        self.assoc2.setObjectName("assoc_actor_2")
        self.inter1 = DerivedLabel()
        self.inter2 = DerivedLabel()
        self.interaction = DerivedLabel()
        self.civilian_targeting = DerivedLabel()
        self.suggestion = SuggestionHint(self.tr("The claim mentions the actor “{name}”."),
                                         [(self.tr("Search as actor 1"), self.actor1),
                                          (self.tr("Search as actor 2"), self.actor2)])
        grid = QGridLayout()
        add_pairs(grid, [
            (self.tr("Actor &1"), self.box("actor1", self.actor1, stretch_last=True)),
            (self.tr("Actor &2"), self.box("actor2", self.actor2, stretch_last=True)),
            (self.tr("Associated"), self.box("assoc_actor_1", self.assoc1, stretch_last=True)),
            (self.tr("Associated"), self.box("assoc_actor_2", self.assoc2, stretch_last=True)),
            (self.tr("Inter 1"), self.inter1),
            (self.tr("Inter 2"), self.inter2),
        ], per_row=2)
        derived = QGridLayout()
        add_pairs(derived, [(self.tr("Interaction"), self.interaction),
                            (self.tr("Civilian targeting"), self.civilian_targeting)],
                  per_row=2)
        note = QLabel(self.tr("Interaction and civilian targeting are derived from the "
                              "actors' types."))
        note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(derived)
        layout.addWidget(note)
        layout.addWidget(self.suggestion)
        for picker in (self.actor1, self.actor2):
            picker.actorChosen.connect(self._edited)
        for editor in (self.assoc1, self.assoc2):
            editor.changed.connect(self._edited)
        self._derive()

    def set_date(self, day: date | None) -> None:
        """Searches offer the variant of an actor valid on the incident's date."""
        for widget in (self.actor1, self.actor2, self.assoc1, self.assoc2):
            widget.on_date = day

    def _edited(self, *_args: object) -> None:
        self._derive()
        self.changed.emit()

    def _derive(self) -> None:
        a1, a2 = self.actor1.actor(), self.actor2.actor()
        self.inter1.show_value(inter_text(a1))
        self.inter2.show_value(inter_text(a2))
        code1 = a1.actor_type if a1 else None
        code2 = a2.actor_type if a2 else None
        self.interaction.show_value(interaction_label(code1, code2) or None)
        side2 = [a.actor_type for a in ([a2] if a2 else []) + self.assoc2.actors()]
        targeted = tx.civilian_targeting(side2)
        self.civilian_targeting.show_value(codebook_label(targeted) if targeted
                                           else self.tr("No"))

    def values(self) -> dict[str, Any]:
        a1, a2 = self.actor1.actor(), self.actor2.actor()
        return {
            "actor1": a1.id if a1 else None,
            "assoc_actor_1": [a.id for a in self.assoc1.actors()],
            "actor2": a2.id if a2 else None,
            "assoc_actor_2": [a.id for a in self.assoc2.actors()],
        }

    def set_values(self, values: Mapping[str, Any], refs: Refs) -> None:
        self.actor1.set_actor(refs.actor(values.get("actor1")))
        self.actor2.set_actor(refs.actor(values.get("actor2")))
        for editor, name in ((self.assoc1, "assoc_actor_1"), (self.assoc2, "assoc_actor_2")):
            found = [refs.actor(ref) for ref in values.get(name) or []]
            editor.set_actors([actor for actor in found if actor is not None])
        self.suggestion.hide()
        self._derive()
