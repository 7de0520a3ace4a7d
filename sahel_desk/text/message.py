"""Messages the domain writes in English that a GUI can show in another language.

The domain has no Qt and speaks English (the command line, the logs and the tests
read it). A :class:`Text` is that English string, and also remembers the template
and named values it was made from, so the GUI can translate the template and fill
in the same values. Anything that treats it as a ``str`` sees the English text.

    Text("{value} is outside -{limit}..{limit}", value=200, limit=90)
    == "200 is outside -90..90"

The first argument must be a string literal: the GUI's translation list is made by
reading the sources for ``Text("...")`` calls.
"""

from __future__ import annotations

from typing import Any


class Text(str):
    """English text made from ``template.format(**params)``, keeping both."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Text:
        made = super().__new__(cls, template.format(**params) if params else template)
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.params))

    def fill(self, **params: Any) -> Text:
        """The same template with these values (for a template chosen among several
        literals: ``_SAYS[step].fill(incident=...)``)."""
        return _rebuild(self.template, params)

    def __repr__(self) -> str:
        return f"Text({str.__repr__(self)})"


class FieldName(str):
    """A field's name in the data (``fatalities``, ``sources[0].url``) given as a value
    of a :class:`Text`: the English keeps the name, the GUI shows the field's label."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (FieldName, (str(self),))


def listed(text: str, /) -> Text:
    """A Text of a string that is not a literal here but reaches the translators by
    another way (sahel_desk.gui.i18n.noop lists the policy's actions, for one)."""
    return Text(text)


def joined(parts: list[str], /) -> str:
    """``parts`` joined by "; ", as one :class:`Text` when any part is one (so each part
    is still translated), else as plain text."""
    if not parts:
        return ""
    if not any(isinstance(part, Text) for part in parts):
        return "; ".join(parts)
    first, *rest = parts
    return first if not rest else Text("{first}; {rest}", first=first, rest=joined(rest))


def _rebuild(template: str, params: dict[str, Any]) -> Text:
    return Text(template, **params)


def text_of(error: BaseException) -> str:
    """An exception's message, still a :class:`Text` when it was raised with one
    (``str(error)`` would give a plain copy)."""
    if len(error.args) == 1 and isinstance(error.args[0], Text):
        return error.args[0]
    return str(error)
