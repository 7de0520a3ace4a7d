"""Helpers shared by the command modules: opening the desk, printing."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from sahel_desk.codebook.validation import UnreadableValue, read_date
from sahel_desk.errors import InputError
from sahel_desk.paths import resolve_data_dir
from sahel_desk.services.desk import Desk
from sahel_desk.storage.database import resolve_target
from sahel_desk.store.records import to_plain


def open_desk(args: argparse.Namespace, *, readonly: bool = False, seed: bool = True) -> Desk:
    """Open the desk. A reading command refuses a folder that holds no desk (a mistyped
    ``--data-dir`` would otherwise show an empty desk as if it were the real one); a
    writing command creates it, with the built-in actors and places."""
    if readonly and _missing_sqlite(args):
        folder = resolve_data_dir(args.data_dir)
        raise InputError(f"No Sahel Desk database in {folder}; `sahel-desk --data-dir "
                         f"{folder} db init` creates one.")
    return Desk.open(args.data_dir, args.db, user=args.user, readonly=readonly, seed=seed)


def _missing_sqlite(args: argparse.Namespace) -> bool:
    target = resolve_target(resolve_data_dir(args.data_dir), args.db)
    return target.sqlite_path is not None and not target.sqlite_path.exists()


#: The largest row count or offset a database takes (a signed 64-bit integer).
LARGEST = 2**63 - 1


def day(text: str) -> date:
    """The argparse type of every date option: a date read as the form and the Desk API
    read it (2017-05-07, 07/05/2017, 7 mai 2017, in any script's digits); an unreadable
    one is refused by argparse naming the option, the text and the part at fault."""
    try:
        found = read_date(text)
    except UnreadableValue as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if found is None:
        raise argparse.ArgumentTypeError("a date is needed (write it like 07/05/2017)")
    return found


def whole_number(*, minimum: int | None = None, maximum: int | None = None,
                 above_means_all: bool = False) -> Callable[[str], int]:
    """The argparse type of every integer option, so that they all refuse the same way.

    Plain digits (any script's, as Python reads them) with an optional sign; anything
    else, or a value out of range, is refused by argparse naming the option (exit 2).
    With ``above_means_all`` a value past ``maximum`` is taken as ``maximum`` ("all
    of them") instead of being refused.
    """

    def parse(text: str) -> int:
        digits = text.strip()
        try:
            value = int(digits)
        except ValueError:
            if not digits.lstrip("+-").isdecimal():
                raise argparse.ArgumentTypeError(
                    f"'{text[:40]}' is not a whole number") from None
            # Past the thousands of digits Python reads: no limit is that large anyway.
            value = -LARGEST - 1 if digits.startswith("-") else LARGEST + 1
        if minimum is not None and value < minimum:
            raise argparse.ArgumentTypeError(f"{_short(value)} is below {minimum:,}, the "
                                             "smallest allowed")
        if maximum is not None and value > maximum:
            if above_means_all:
                return maximum
            raise argparse.ArgumentTypeError(f"{_short(value)} is above {maximum:,}, the "
                                             "largest allowed")
        return value

    parse.__name__ = "whole number"  # what argparse calls the type in its messages
    return parse


def _short(value: int) -> str:
    text = str(value)
    return text if len(text) <= 24 else f"{text[:20]}... ({len(text)} digits)"


def print_json(value: Any) -> None:
    json.dump(to_plain(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


class TerminalProgress:
    """A one-line progress counter on a terminal; silent when output is piped."""

    def __init__(self, label: str):
        self.label = label
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if self.enabled:
            percent = 100 * done // max(total, 1)
            sys.stderr.write(f"\r{self.label}: {done:,}/{total:,} ({percent}%)")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()
