"""Date fields that take dates as researchers type them, with a calendar beside."""

from sahel_desk.gui.dates.field import DateField

__all__ = ["DateField"]
