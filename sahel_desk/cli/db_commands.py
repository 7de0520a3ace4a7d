"""`sahel-desk db init|check|backup|restore|upgrade`."""

from __future__ import annotations

import argparse
from pathlib import Path

from sahel_desk.cli.common import open_desk, print_json
from sahel_desk.errors import DamagedDatabaseError
from sahel_desk.services.desk import back_up, diagnose, restore

#: How many of SQLite's problem lines `db check` prints.
PROBLEMS_SHOWN = 20


def register(commands: argparse._SubParsersAction) -> None:
    db = commands.add_parser("db", help="create, check, back up, restore or upgrade the database")
    sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    init = sub.add_parser("init", help="create the database with built-in actors and places")
    init.set_defaults(handler=cmd_init)
    check = sub.add_parser(
        "check", help="integrity and foreign-key check, schema version",
        description="Check the database: SQLite's integrity check, the foreign keys, the "
                    "schema. Exit status 0: all is well; 1: broken references; 2: the file "
                    "is damaged or cannot be opened (what to do is said).")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_check)
    backup = sub.add_parser("backup", help="consistent copy, safe while the app runs")
    backup.add_argument("file", nargs="?", help="where to write (default: backups folder)")
    backup.add_argument("--force", action="store_true",
                        help="copy even a damaged database (the copy is said to be damaged)")
    backup.set_defaults(handler=cmd_backup)
    back = sub.add_parser(
        "restore", help="put a backup in place of the database (the old file is kept)",
        description="Replace the database with a backup copy after checking the copy. "
                    "The file it replaces is renamed beside it (...-replaced.sqlite), "
                    "never deleted. No Sahel Desk may have the database open.")
    back.add_argument("backup", type=Path, metavar="BACKUP.sqlite")
    back.set_defaults(handler=cmd_restore)
    upgrade = sub.add_parser("upgrade", help="migrate to the current schema (after a backup)")
    upgrade.set_defaults(handler=cmd_upgrade)


def cmd_init(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        report = desk.check()
        if not report.ok and report.integrity != ("ok",):
            raise desk.db.damaged(report.integrity)
        print(f"Database ready at {desk.db.target.label} (schema {desk.schema.revision}): "
              f"{report.counts['actor']} actors, {report.counts['place']} places, "
              f"{report.counts['incident']} incidents.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """0: whole; 1: broken references; 2 (raised): damaged, with what to do."""
    try:
        desk = open_desk(args, readonly=True)
    except DamagedDatabaseError as exc:
        # The open's check is the quick one: say everything the thorough one finds.
        thorough = diagnose(args.data_dir, args.db) or exc
        _print_damage(args, thorough)
        raise thorough from None
    with desk:
        report = desk.check()
        if report.integrity != ("ok",):
            damage = desk.db.damaged(report.integrity)
            _print_damage(args, damage)
            raise damage
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


def _print_damage(args: argparse.Namespace, exc: DamagedDatabaseError) -> None:
    """What SQLite found, on stdout (the error line with what to do goes to stderr)."""
    if args.json:
        print_json({"ok": False, "damaged": True, "problems": list(exc.problems),
                    "backups": [str(p) for p in exc.backups], "message": str(exc)})
        return
    print(f"DAMAGED: {len(exc.problems)} problem(s) found")
    for problem in exc.problems[:PROBLEMS_SHOWN]:
        print(f"  {' '.join(problem.split())[:300]}")
    if len(exc.problems) > PROBLEMS_SHOWN:
        print(f"  ... and {len(exc.problems) - PROBLEMS_SHOWN} more")
    print("Backups, newest first:" if exc.backups else "No backups were found.")
    for path in exc.backups:
        print(f"  {path}")


def cmd_backup(args: argparse.Namespace) -> int:
    # A desk that opens is backed up through it, which asks the access policy; a
    # damaged file cannot be opened (nor its profiles read), and is copied without it
    # (refused unless --force).
    try:
        with open_desk(args, readonly=True, seed=False) as desk:
            path = desk.backup(args.file, force=args.force)
        print(f"Backup written to {path}")
        return 0
    except DamagedDatabaseError:
        pass
    report = back_up(args.data_dir, args.db, args.file, force=args.force)
    if report.damaged:
        print(f"Backup written to {report.path}, but the database it copies is DAMAGED "
              f"({'; '.join(report.problems[:3])}): the copy is damaged too; do not "
              "restore from it unless there is nothing better.")
    else:
        print(f"Backup written to {report.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    kept = restore(args.data_dir, args.db, args.backup, user=args.user)
    print(f"Restored {args.backup}."
          + (f" The file it replaced was kept as {kept}." if kept else "")
          + " Check it with `sahel-desk db check`.")
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
