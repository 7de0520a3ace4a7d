"""The coding scheme as a page a researcher can browse while coding: event types
and their hierarchy, actor types, precision codes, fatalities and claims. Labels
come from the codebook module, shown in the user's language; the data keeps
ACLED's English."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.gui.geometry import fit_to_screen
from sahel_desk.gui.i18n.labels import codebook_label


def _table(rows: list[list[str]], header: list[str]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td valign='top'>{c}</td>" for c in row) + "</tr>"
                   for row in rows)
    return (f"<table border='0' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr>{head}</tr>{body}</table>")


def _labels(values: tuple[str, ...] | list[str]) -> str:
    return "; ".join(escape(codebook_label(v)) for v in values)


def _items(texts: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + "</ul>"


def _heading(level: int, text: str, anchor: str = "") -> str:
    name = f" id='{anchor}'" if anchor else ""
    return f"<h{level}{name}>{escape(text)}</h{level}>"


class CodebookPage(QObject):
    """Builds the page's HTML; a QObject so its sentences reach the translators."""

    def event_types(self) -> str:
        rows = []
        for event_type in tx.EVENT_TYPES:
            disorders = tuple(dict.fromkeys(s.disorder_type for s in tx.SUB_EVENT_TYPES
                                            if s.event_type == event_type))
            rows.append([_labels(disorders), f"<b>{escape(codebook_label(event_type))}</b>",
                         _labels(tx.sub_event_types_of(event_type))])
        ranked = self.tr("The types are ranked: when tactics co-occur in one event, the "
                         "higher-listed type wins.")
        rules = [
            self.tr("A territory change must last more than a day; otherwise it is an "
                    "armed clash."),
            self.tr("A suicide car bomb (VBIED) is a suicide bomb."),
            self.tr("An \u201carrest\u201d by a non-state group is an abduction or forced "
                    "disappearance."),
            self.tr("An IED found and defused is disrupted weapons use."),
        ]
        header = [self.tr("Disorder type"), self.tr("Event type"), self.tr("Sub-event types")]
        return (_heading(2, self.tr("Event types"), "types") + f"<p>{escape(ranked)}</p>"
                + _table(rows, header) + _heading(3, self.tr("Rules")) + _items(rules))

    def actor_types(self) -> str:
        rows = [[str(t.code), escape(codebook_label(t.label))] for t in tx.ACTOR_TYPES]
        notes = [
            self.tr("There is no \u201cterrorist\u201d actor type."),
            self.tr("A group that belongs to another goes in the associated actor: actor 1 "
                    "Katiba Macina, associated actor JNIM."),
            self.tr("When the attribution is uncertain, code the combined actor the sources "
                    "give."),
            self.tr("State forces carry the regime period in their name, e.g. Military "
                    "Forces of Mali (2020-2021)."),
        ]
        return (_heading(2, self.tr("Actor types"), "actors")
                + _table(rows, [self.tr("Code"), self.tr("Actor type")]) + _items(notes))

    def precision(self) -> str:
        header = [self.tr("Code"), self.tr("Meaning")]
        time_rows = [[str(code), escape(codebook_label(label))]
                     for code, label in tx.TIME_PRECISION.items()]
        geo_rows = [[str(code), escape(codebook_label(label))]
                    for code, label in tx.GEO_PRECISION.items()]
        ranges = self.tr("Less precise than a month is not coded. A date range is kept as a "
                         "range; the export writes one event per day and splits the totals "
                         "evenly, the odd remainder going to the first day.")
        return (_heading(2, self.tr("Precision codes"), "precision")
                + _heading(3, self.tr("Time precision")) + _table(time_rows, header)
                + f"<p>{escape(ranges)}</p>"
                + _heading(3, self.tr("Geographic precision")) + _table(geo_rows, header))

    def fatalities(self) -> str:
        rules = [
            self.tr("Code the lowest, most conservative reported figure; revise it later, "
                    "and say in the notes that the figure is disputed."),
            self.tr("Vague words: \u201cseveral\u201d, \u201cmany\u201d, \u201cfew\u201d: 3 "
                    "or 10 depending on scale; \u201cdozens\u201d: 12; \u201chundreds\u201d: "
                    "100; only \u201ccasualties\u201d: 0. No information: 0."),
            self.tr("Each source keeps the number it reported, and each claim the number the "
                    "claimant asserted: a claim never sets the coded fatalities."),
        ]
        return _heading(2, self.tr("Fatalities"), "fatalities") + _items(rules)

    def claims(self) -> str:
        text = self.tr("A claim is a statement by an armed group taking responsibility. Keep "
                       "the claimant, the channel, the original text (often Arabic), a "
                       "translation, the date as written (often Hijri) and its Gregorian "
                       "date, the numbers it asserts, and whether another group claims the "
                       "same event.")
        channels = self.tr("Channels")
        return (_heading(2, self.tr("Claims"), "claims") + f"<p>{escape(text)}</p>"
                f"<p><b>{escape(channels)}</b>: {_labels(tx.CLAIM_CHANNELS)}</p>")

    def detail(self) -> str:
        rows = [[escape(self.tr("Attack type")), _labels(tx.ATTACK_TYPES)],
                [escape(self.tr("Target type")), _labels(tx.TARGET_TYPES)],
                [escape(self.tr("Weapon type")), _labels(tx.WEAPON_TYPES)]]
        return (_heading(2, self.tr("Optional detail"), "detail")
                + _table(rows, [self.tr("Field"), self.tr("Values")]))

    def html(self) -> str:
        """The whole page; the contents at the top jump to each part."""
        parts = [("types", self.tr("Event types")), ("actors", self.tr("Actor types")),
                 ("precision", self.tr("Precision codes")),
                 ("fatalities", self.tr("Fatalities")), ("claims", self.tr("Claims")),
                 ("detail", self.tr("Optional detail"))]
        contents = " · ".join(f"<a href='#{anchor}'>{escape(title)}</a>"
                              for anchor, title in parts)
        return (_heading(1, self.tr("Coding scheme")) + f"<p>{contents}</p>"
                + self.event_types() + self.actor_types() + self.precision()
                + self.fatalities() + self.claims() + self.detail())


class CodebookWindow(QDialog):
    """Help > Codebook: not modal, so it stays open beside the form."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Codebook"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)
        self.browser.setHtml(CodebookPage().html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(820, 760))
