"""`sahel-desk db init|check|backup|upgrade`."""

from __future__ import annotations

import argparse

from sahel_desk.cli.common import open_desk, print_json


def register(commands: argparse._SubParsersAction) -> None:
    db = commands.add_parser("db", help="create, check, back up or upgrade the database")
    sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    init = sub.add_parser("init", help="create the database with built-in actors and places")
    init.set_defaults(handler=cmd_init)
    check = sub.add_parser("check", help="integrity and foreign-key check, schema version")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_check)
    backup = sub.add_parser("backup", help="consistent copy, safe while the app runs")
    backup.add_argument("file", nargs="?", help="where to write (default: backups folder)")
    backup.set_defaults(handler=cmd_backup)
    upgrade = sub.add_parser("upgrade", help="migrate to the current schema (after a backup)")
    upgrade.set_defaults(handler=cmd_upgrade)


def cmd_init(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        report = desk.check()
        print(f"Database ready at {desk.db.target.label} (schema {desk.schema.revision}): "
              f"{report.counts['actor']} actors, {report.counts['place']} places, "
              f"{report.counts['incident']} incidents.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True, create=False) as desk:
        report = desk.check()
        if args.json:
            print_json(report)
        else:
            print(f"Database: {desk.db.target.label}")
            print(f"Schema:   {report.schema_revision} (current)")
            print(f"Integrity: {'; '.join(report.integrity)}")
            print(f"Foreign keys: {'ok' if not report.foreign_keys else ''}")
            for problem in report.foreign_keys:
                print(f"  {problem}")
            for table, n in report.counts.items():
                print(f"  {table:16} {n:>10,}")
            print("OK" if report.ok else "PROBLEMS FOUND")
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True, create=False) as desk:
        path = desk.backup(args.file)
    print(f"Backup written to {path}")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    with open_desk(args, seed=False) as desk:
        state = desk.schema
    if state.upgraded_from is None:
        print(f"Schema {state.revision} is current; nothing to do.")
    else:
        print(f"Upgraded schema {state.upgraded_from} -> {state.revision}; "
              f"backup of the old file: {state.backup}")
    return 0
