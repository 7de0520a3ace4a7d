"""Duplicates in the GUI: two incidents that may be one event, side by side."""

from sahel_desk.gui.duplicates.pair_window import PairWindow

__all__ = ["PairWindow"]
