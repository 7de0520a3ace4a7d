"""Changes between desks in the GUI: sending and receiving bundles, and settling the
conflicts a bundle brings (fields two desks changed differently), and the desks
whose keys are trusted."""

from sahel_desk.gui.exchange.conflicts_window import ConflictsWindow
from sahel_desk.gui.exchange.desks_window import DesksWindow
from sahel_desk.gui.exchange.receive_dialog import ReceiveDialog
from sahel_desk.gui.exchange.send_dialog import SendDialog

__all__ = ["ConflictsWindow", "DesksWindow", "ReceiveDialog", "SendDialog"]
