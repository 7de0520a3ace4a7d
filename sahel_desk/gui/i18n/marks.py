"""Marking English text for Qt Linguist where it is defined (module constants), to be
translated where it is shown: ``QCoreApplication.translate(context, text)``.

lupdate reads calls by this name; PySide6's own QT_TRANSLATE_NOOP is typed as
returning ``object``, this one says it returns the text.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, unchanged; ``context`` is where its translation is looked up."""
    return text
