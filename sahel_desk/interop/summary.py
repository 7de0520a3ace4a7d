"""The Summary sheet: the figures a monthly report opens with, and their charts.

Incidents and fatalities by region, by actor and by event type; claimed
incidents by claimant (claimed against coded figures); civilian fatalities.
In the by-actor table a group counts its component groups through the actor
parent links (JNIM includes Katiba Macina's incidents), each incident once per
group, and dated variants of one actor (Military Forces of Mali (2013-2020),
...) count as their family. Figures count incidents, not rows: a split date
range is still one incident.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sahel_desk.interop.incident_reader import ActorRegistry
from sahel_desk.interop.workbook import Column, Sheet, Workbook
from sahel_desk.reference.countries import country
from sahel_desk.store.records import IncidentRecord

#: Rows a chart shows at most (the tables list everything).
CHART_ROWS = 15
_CHART_HEIGHT_ROWS = 21


@dataclass
class Tally:
    incidents: int = 0
    fatalities: int = 0
    extra: int = 0
    parts: set[str] = field(default_factory=set)


class SummaryTally:
    """Headline figures, added up one incident at a time while the export streams."""

    def __init__(self, registry: ActorRegistry):
        self.registry = registry
        self.incidents = 0
        self.fatalities = 0
        self.civilian_incidents = 0
        self.civilian_fatalities = 0
        self.claimed = 0
        self.first: date | None = None
        self.last: date | None = None
        self.regions: dict[tuple[str, str], Tally] = defaultdict(Tally)
        self.actors: dict[str, Tally] = defaultdict(Tally)
        self.event_types: dict[str, Tally] = defaultdict(Tally)
        self.claimants: dict[str, Tally] = defaultdict(Tally)

    def actor_key(self, actor_id: str) -> str:
        actor = self.registry.by_id[actor_id]
        return actor.family or actor.name

    def add(self, record: IncidentRecord) -> None:
        deaths = record.fatalities or 0
        self.incidents += 1
        self.fatalities += deaths
        if record.civilian_targeting:
            self.civilian_incidents += 1
            self.civilian_fatalities += deaths
        day = record.event_date
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            last = record.event_date_end or day
            self.last = last if self.last is None else max(self.last, last)
        found = country(record.country_code) if record.country_code else None
        region = (record.admin1 or "(no region)") if record.location else "(no place)"
        _count(self.regions[(region, found.name if found else "")], deaths)
        _count(self.event_types[record.event_type or "(no event type)"], deaths)
        self._add_actors(record, deaths)
        self._add_claims(record, deaths)

    def _add_actors(self, record: IncidentRecord, deaths: int) -> None:
        named = [a for a in (record.actor1, record.actor2) if a]
        named += [*record.assoc_actor_1, *record.assoc_actor_2]
        credited: set[str] = set()
        for actor in named:
            if actor.id not in self.registry.by_id:
                continue
            own = self.actor_key(actor.id)
            credited.add(own)
            for parent_id in self.registry.ancestors(actor.id):
                group = self.actor_key(parent_id)
                if group != own:
                    credited.add(group)
                    self.actors[group].parts.add(own)
        for key in credited:
            _count(self.actors[key], deaths)

    def _add_claims(self, record: IncidentRecord, deaths: int) -> None:
        if not record.claims:
            return
        self.claimed += 1
        claimed_killed: dict[str, int] = {}
        for claim in record.claims:
            name = claim.claimant.name if claim.claimant else "(claimant not coded)"
            claimed_killed[name] = max(claimed_killed.get(name, 0), claim.killed or 0)
        for name, killed in claimed_killed.items():
            tally = self.claimants[name]
            tally.incidents += 1
            tally.extra += killed
            tally.fatalities += deaths


def _count(tally: Tally, deaths: int) -> None:
    tally.incidents += 1
    tally.fatalities += deaths


def _ranked(table: dict) -> list:
    return sorted(table.items(), key=lambda kv: (-kv[1].incidents, -kv[1].fatalities,
                                                 str(kv[0])))


#: The Summary sheet's columns (a report layout: no header row of its own).
SUMMARY_COLUMNS = (Column("a", "any", 44), Column("b", "any", 14), Column("c", "any", 14),
            Column("d", "any", 40))


def write_summary(workbook: Workbook, sheet: Sheet, tally: SummaryTally,
                  statuses: str) -> None:
    """Fill the Summary sheet (created earlier, so that it keeps its tab position)."""
    sheet.heading(["Sahel Desk summary"], bold_only=True)
    period = (f"{tally.first.isoformat()} to {tally.last.isoformat()}"
              if tally.first and tally.last else "no dated incidents")
    sheet.append(["Period of the incidents", period])
    sheet.append(["Review states included", statuses])
    sheet.skip()
    sheet.heading(["Headline figures", "Number"])
    sheet.append(["Incidents", tally.incidents])
    sheet.append(["Fatalities", tally.fatalities])
    sheet.append(["Incidents targeting civilians", tally.civilian_incidents])
    sheet.append(["Civilian fatalities (incidents targeting civilians)",
                  tally.civilian_fatalities])
    sheet.append(["Claimed incidents", tally.claimed])
    charts = _ChartPlacer(workbook, sheet)
    _block(sheet, charts, "By region (admin1)",
           ["Region (admin1)", "Incidents", "Fatalities", "Country"],
           [(region, t.incidents, t.fatalities, name)
            for (region, name), t in _ranked(tally.regions)])
    _block(sheet, charts, "By actor (a group includes its component groups)",
           ["Actor", "Incidents", "Fatalities", "Includes component groups"],
           [(key, t.incidents, t.fatalities, "; ".join(sorted(t.parts)) or None)
            for key, t in _ranked(tally.actors)])
    _block(sheet, charts, "By event type", ["Event type", "Incidents", "Fatalities"],
           [(key, t.incidents, t.fatalities) for key, t in _ranked(tally.event_types)])
    _block(sheet, charts, "Claimed incidents by claimant",
           ["Claimant", "Claimed incidents", "Killed as claimed", "Fatalities as coded"],
           [(key, t.incidents, t.extra, t.fatalities) for key, t in _ranked(tally.claimants)],
           second_series="Killed as claimed")


def _block(sheet: Sheet, charts: _ChartPlacer, title: str, header: list[str],
           rows: list[tuple], second_series: str = "Fatalities") -> None:
    sheet.skip()
    sheet.heading([title], bold_only=True)
    header_row = sheet.heading(header)
    if not rows:
        sheet.append(["(none)"])
        return
    for values in rows:
        sheet.append(values)
    charts.bar(title, header_row, min(len(rows), CHART_ROWS), second_series)


class _ChartPlacer:
    """Native bar charts to the right of the tables, one under the other."""

    def __init__(self, workbook: Workbook, sheet: Sheet):
        self.workbook = workbook
        self.sheet = sheet
        self.next_row = 0

    def bar(self, title: str, header_row: int, count: int, second_series: str) -> None:
        chart = self.workbook.book.add_chart({"type": "bar"})
        name = self.sheet.name
        first, last = header_row + 1, header_row + count
        for col, series in ((1, "Incidents"), (2, second_series)):
            chart.add_series({
                "name": series,
                "categories": [name, first, 0, last, 0],
                "values": [name, first, col, last, col],
            })
        suffix = f" (top {CHART_ROWS})" if count == CHART_ROWS else ""
        chart.set_title({"name": f"{title}{suffix}", "name_font": {"size": 11}})
        chart.set_y_axis({"reverse": True})
        chart.set_legend({"position": "bottom"})
        chart.set_size({"width": 640, "height": 400})
        at = max(header_row - 1, self.next_row)
        self.sheet.ws.insert_chart(at, 5, chart)
        self.next_row = at + _CHART_HEIGHT_ROWS
