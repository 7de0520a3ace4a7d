"""The incident form: one incident, grouped as a coder thinks (when, where, what,
who, toll, sources, claims, notes), checked as it is typed and never lost."""

from sahel_desk.gui.form.form import IncidentForm

__all__ = ["IncidentForm"]
