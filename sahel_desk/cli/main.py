"""The `sahel-desk` terminal commands: the shared argument parser and running one
command with its exit codes. Starting the window when no command is given is
sahel_desk.launcher's job, so this package never imports the GUI (nor Qt)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from sahel_desk import __version__
from sahel_desk.errors import UserError
from sahel_desk.paths import resolve_data_dir

log = logging.getLogger(__name__)

EXIT_USER_ERROR = 2
EXIT_BUG = 70


def build_parser() -> argparse.ArgumentParser:
    from sahel_desk.cli import (
        db_commands,
        duplicate_commands,
        exchange_commands,
        export_commands,
        import_commands,
        incident_commands,
        reference_commands,
        report_commands,
        review_commands,
    )

    parser = argparse.ArgumentParser(
        prog="sahel-desk",
        description="Code conflict events on Mali and the Sahel. "
                    "Without a command, the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", metavar="DIR",
                       help="data folder (database, backups, logs); default: your user data "
                            "folder, or $SAHEL_DESK_DATA_DIR")
    where.add_argument("--db", metavar="URL",
                       help="a database URL (postgresql+psycopg://...) or a SQLite file path")
    parser.add_argument("--user", metavar="NAME", help="who is working (recorded on changes)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window offscreen, code one incident in a temporary "
                             "database, and exit 0 when all went well")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    db_commands.register(commands)
    incident_commands.register(commands)
    reference_commands.register(commands)
    export_commands.register(commands)
    import_commands.register(commands)
    review_commands.register(commands)
    report_commands.register(commands)
    exchange_commands.register(commands)
    duplicate_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one terminal command; without one, list them (exit 2)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_USER_ERROR
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command: user errors exit 2, plainly said; a bug exits 70, logged."""
    handler: Callable[[argparse.Namespace], int] = args.handler
    from sahel_desk.logs import setup_logging

    log_file = setup_logging(resolve_data_dir(args.data_dir), verbose=args.verbose)
    try:
        return handler(args)
    except UserError as exc:
        print(f"sahel-desk: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as other tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("sahel-desk: interrupted; nothing further was written.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in %s", args.command)
        where = f" Details are in {log_file}." if log_file else ""
        print(f"sahel-desk: internal error (a bug, please report it).{where}", file=sys.stderr)
        if args.verbose or log_file is None:
            raise
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
