"""Reading a monthly incident report or a news article into proposed drafts.

Headless and Qt-free: the text is split into entries (one per dated item of a
list, one per event told in prose), and each entry gets every field a coder
fills, with the span of text behind each value and a confidence. The gazetteer,
the actor registry and the claim reader come in as plain callables
(:class:`~sahel_desk.reports.lookups.Lookups`), so this package decides nothing
about names: the desk's reference data does. Nothing here writes.
"""

from sahel_desk.reports.model import Evidence, ProposedDraft, ReportReading
from sahel_desk.reports.reader import read_report
from sahel_desk.reports.source_text import decode_report

__all__ = ["Evidence", "ProposedDraft", "ReportReading", "decode_report", "read_report"]
