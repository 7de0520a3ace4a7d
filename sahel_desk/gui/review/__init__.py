"""The review workflow in the GUI: who is working, the review queue and view, and
every incident's timeline with reverts."""

from sahel_desk.gui.review.people import ProfileDialog
from sahel_desk.gui.review.timeline import TimelinePanel
from sahel_desk.gui.review.window import ReviewWindow

__all__ = ["ProfileDialog", "ReviewWindow", "TimelinePanel"]
