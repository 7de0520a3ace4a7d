"""Sahel Desk: coding conflict events on Mali and the Sahel."""

__version__ = "0.1.0"


def __getattr__(name: str):
    if name == "Desk":
        from sahel_desk.services.desk import Desk

        return Desk
    raise AttributeError(name)
