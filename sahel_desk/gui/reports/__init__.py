"""File > Code from a report: a report's text beside the drafts read from it."""

from sahel_desk.gui.reports.reader_window import ReaderWindow

__all__ = ["ReaderWindow"]
