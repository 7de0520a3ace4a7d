"""`sahel-desk export excel|csv OUT [filters]`: the export workbook or its Incidents rows.

The filters are those of `incidents list`, except that only approved incidents
are exported unless --status says otherwise (`--status all` for every state).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from sahel_desk.cli.common import TerminalProgress, open_desk
from sahel_desk.cli.incident_commands import add_filter_arguments, filter_from
from sahel_desk.codebook.taxonomy import STATUSES
from sahel_desk.services.exports import ALL_STATUSES, DEFAULT_STATUSES, ExportReport
from sahel_desk.store.records import IncidentFilter

_STATES = ("Only approved incidents are exported unless --status names other review "
           f"states ({', '.join(STATUSES)}; repeatable or comma-separated) or 'all'.")


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export", help="write incidents to an Excel workbook or a CSV file",
        description="Export incidents: only approved ones unless --status says otherwise.")
    sub = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    excel = sub.add_parser(
        "excel", help="the workbook: Incidents (ACLED layout), Sources, Claims, Actors, "
                      "Places, Codebook, Summary with charts, Export info",
        description=f"Write the export workbook. {_STATES}")
    excel.add_argument("out", type=Path, metavar="OUT.xlsx")
    csv = sub.add_parser("csv", help="the Incidents rows as CSV (UTF-8 with BOM)",
                         description=f"Write the Incidents rows as CSV. {_STATES}")
    csv.add_argument("out", type=Path, metavar="OUT.csv")
    for parser, kind in ((excel, "excel"), (csv, "csv")):
        add_filter_arguments(parser)
        parser.add_argument("--split-ranges", action="store_true",
                            help="one row per day of a date range, counts split as ACLED does")
        parser.set_defaults(handler=cmd_export, export_kind=kind)


def export_filter_from(args: argparse.Namespace) -> IncidentFilter:
    """The command's filter: approved only by default, every state for `--status all`."""
    flt = filter_from(args)
    wanted = [s.strip() for value in args.status or [] for s in value.split(",")]
    if not wanted:
        return replace(flt, statuses=DEFAULT_STATUSES)
    if "all" in wanted:
        return replace(flt, statuses=ALL_STATUSES)
    return flt


def cmd_export(args: argparse.Namespace) -> int:
    flt = export_filter_from(args)
    progress = TerminalProgress(f"Exporting to {args.out.name}")
    with open_desk(args, readonly=True) as desk:
        run = desk.exports.excel if args.export_kind == "excel" else desk.exports.csv
        report = run(args.out, flt, progress=progress, split_ranges=args.split_ranges)
    print(summary_line(report))
    return 0


def summary_line(report: ExportReport) -> str:
    states = ", ".join(report.statuses) if set(report.statuses) != set(STATUSES) else "all"
    rows = (f" ({report.rows:,} rows)" if report.rows != report.incidents else "")
    what = f"{_count(report.incidents, 'incident')}{rows}"
    if report.format == "xlsx":
        what += f", {_count(report.sources, 'source')}, {_count(report.claims, 'claim')}"
    return (f"Exported {what} [review states: {states}] to {report.path} "
            f"in {report.seconds:.1f} s.")


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
