"""Type-ahead pickers for actors and places, with dialogs to add missing ones."""

from sahel_desk.gui.pickers.actor_picker import (
    ActorPicker,
    AssociatedActorsEditor,
    NewActorDialog,
)
from sahel_desk.gui.pickers.place_picker import NewPlaceDialog, PlacePicker

__all__ = ["ActorPicker", "AssociatedActorsEditor", "NewActorDialog", "NewPlaceDialog",
           "PlacePicker"]
