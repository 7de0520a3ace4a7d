"""The `sahel-desk` program: a command runs in the terminal, no command opens the window.

It sits above both sahel_desk.cli and sahel_desk.gui, the one module that knows
both, so that neither of them imports the other; the GUI (and Qt) is imported
only when the window is wanted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sahel_desk.cli.main import EXIT_USER_ERROR, build_parser, run_command


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    add_gui_options(parser)
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is not None:
        return run_command(args)
    return start_gui(parser, args)


def add_gui_options(parser: argparse.ArgumentParser) -> None:
    """Options of the desktop application only (the commands speak English)."""
    from sahel_desk.gui.i18n.build import LANGUAGES  # Qt-free: the list of languages

    parser.add_argument(
        "--language", choices=tuple(LANGUAGES), metavar="|".join(LANGUAGES),
        help="the window's language (default: $SAHEL_DESK_LANGUAGE, else the one chosen "
             "in View > Language, else the system's)")


def start_gui(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    try:
        from sahel_desk.gui.app import run
    except ImportError as exc:
        print(f"sahel-desk: the desktop application needs PySide6 ({exc}). Reinstall "
              "Sahel Desk (make run), or use the commands below.\n", file=sys.stderr)
        parser.print_help()
        return EXIT_USER_ERROR
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
