"""`sahel-desk import acled FILE`: bring an ACLED export into the desk."""

from __future__ import annotations

import argparse
import sys

from sahel_desk.cli.common import TerminalProgress, open_desk
from sahel_desk.cli.duplicate_commands import print_brought_in
from sahel_desk.codebook.taxonomy import STATUSES

SHOWN_BAD_ROWS = 100


def register(commands: argparse._SubParsersAction) -> None:
    imp = commands.add_parser("import", help="import data from other datasets")
    sub = imp.add_subparsers(dest="import_command", metavar="SOURCE", required=True)
    acled = sub.add_parser(
        "acled", help="import an ACLED export (CSV or xlsx; current, dyadic or monadic)",
        description="Import an ACLED export. Events are matched by event_id_cnty: new ones "
                    "are added, changed ones updated, others left alone. Nothing is written "
                    "if any row is bad, unless --skip-bad-rows is given.")
    acled.add_argument("file", metavar="FILE")
    acled.add_argument("--dry-run", action="store_true",
                       help="check the file and say what would change; write nothing")
    acled.add_argument("--skip-bad-rows", action="store_true",
                       help="import the good rows and list the bad ones")
    acled.add_argument("--state", default="approved", choices=STATUSES, metavar="STATE",
                       help=f"review state of added incidents ({', '.join(STATUSES)}; "
                            "default approved: ACLED's events are published data)")
    acled.set_defaults(handler=cmd_import_acled)


def cmd_import_acled(args: argparse.Namespace) -> int:
    from sahel_desk.services.acled_import import AcledImportError

    with open_desk(args, readonly=args.dry_run) as desk:
        try:
            report = desk.acled.import_file(
                args.file, dry_run=args.dry_run, skip_bad_rows=args.skip_bad_rows,
                state=args.state, progress=TerminalProgress("Importing ACLED events"))
        except AcledImportError as exc:
            _print_bad_rows(exc.report.bad_rows)
            print(f"sahel-desk: error: {exc.report.path}: {len(exc.report.bad_rows)} bad "
                  "row(s); nothing was imported. Fix them, or import the rest with "
                  "--skip-bad-rows.", file=sys.stderr)
            return 2
    verb = "would be" if report.dry_run else "were"
    print(f"{report.path}: ACLED {report.layout} layout, {report.rows_read:,} rows, "
          f"{report.events:,} events.")
    print(f"  {report.added:,} incidents {verb} added ({report.state}), {report.updated:,} "
          f"updated, {report.unchanged:,} left as they are.")
    if report.kept_newer:
        print(f"  {report.kept_newer:,} left alone: the desk holds a newer ACLED version.")
    print(f"  {len(report.actors_created):,} actors and {len(report.places_created):,} custom "
          f"places {verb} created.")
    for warning in report.warnings:
        print(f"  note: {warning}")
    if report.bad_rows:
        _print_bad_rows(report.bad_rows)
        if args.skip_bad_rows:
            print(f"  {report.skipped:,} events with bad rows {verb} skipped.")
        else:
            print(f"sahel-desk: error: {len(report.bad_rows)} bad row(s): the import would "
                  "stop. Fix them, or import the rest with --skip-bad-rows.", file=sys.stderr)
            return 2
    if report.dry_run:
        print("Dry run: nothing was written.")
    print_brought_in(report.duplicates)
    return 0


def _print_bad_rows(bad_rows: tuple[tuple[int, str], ...]) -> None:
    for line, reason in bad_rows[:SHOWN_BAD_ROWS]:
        print(f"  line {line}: {reason}", file=sys.stderr)
    if len(bad_rows) > SHOWN_BAD_ROWS:
        print(f"  ... and {len(bad_rows) - SHOWN_BAD_ROWS:,} more", file=sys.stderr)
