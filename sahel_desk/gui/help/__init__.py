"""Help for a new researcher: the welcome at the first start, Getting started, the
keyboard shortcuts and the codebook as a page, all in the user's language."""

from sahel_desk.gui.help.menu import HelpActions
from sahel_desk.gui.help.welcome import WelcomeDialog

__all__ = ["HelpActions", "WelcomeDialog"]
