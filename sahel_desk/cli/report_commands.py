"""`sahel-desk report read FILE`: a report or an article read into draft incidents."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from sahel_desk.cli.common import day, open_desk
from sahel_desk.cli.duplicate_commands import pairs_json, print_brought_in

if TYPE_CHECKING:
    from sahel_desk.reports.model import ReportReading


def register(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="read a report or an article into drafts")
    sub = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    read = sub.add_parser(
        "read", help="propose draft incidents from a report's text",
        description="Read a monthly incident report or a news article (plain text or "
                    "Markdown, English or French, Arabic claims inside) and print the "
                    "draft incidents it tells, each value with the words it came from. "
                    "With --create, save them as drafts (all or none); entries saved "
                    "from the same report before are skipped.")
    read.add_argument("file", metavar="FILE")
    read.add_argument("--date", type=day, metavar="DATE",
                      help="the report's date, which relative dates count from (default: "
                           "the line under its title, or the month its title names)")
    read.add_argument("--language", choices=("en", "fr"),
                      help="the report's language (default: guessed)")
    read.add_argument("--json", action="store_true", help="print JSON")
    read.add_argument("--create", action="store_true",
                      help="save the drafts (status draft, tagged with the report's name)")
    read.set_defaults(handler=cmd_read)


def cmd_read(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=not args.create) as desk:
        reading = desk.reports.read_file(args.file, report_date=args.date,
                                         language=args.language)
        created = desk.reports.create(reading) if args.create else None
    if args.json:
        data = reading.as_json()
        if created is not None:
            data["created"] = [r.human_id for r in created.created]
            data["skipped_lines"] = list(created.skipped_lines)
            data["duplicates"] = pairs_json(created.duplicates)
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_table(reading)
        if created is not None:
            print_brought_in(created.duplicates)
    if created is not None:
        print(f"{len(created.created)} draft{'s' if len(created.created) != 1 else ''} saved "
              f"(tag {created.tag}); {len(created.skipped_lines)} already saved from this "
              "report, skipped.", file=sys.stderr)
    return 0


def _print_table(reading: ReportReading) -> None:
    when = reading.report_date.isoformat() if reading.report_date else "unknown"
    print(f"{reading.name}: {reading.kind}, {reading.language}, dated {when} "
          f"({reading.report_date_source}); {len(reading.drafts)} drafts, "
          f"{len(reading.claims)} Arabic claims")
    for d in reading.drafts:
        v = d.values
        place = v.get("location") or "?"
        if v.get("geo_precision"):
            place += f" (geo {v['geo_precision']})"
        print(f"line {d.line:>4}  {v.get('event_date') or '?'}  {place:<28} "
              f"{v.get('sub_event_type') or '?':<32} {v.get('actor1') or '?'} -> "
              f"{v.get('actor2') or '?'}; killed {v.get('fatalities')}"
              + (f"; claimed by {v['claimed_by']}" if v.get("claimed_by") else ""))
        for field, why in d.unsure.items():
            print(f"            unsure {field}: {why}")
