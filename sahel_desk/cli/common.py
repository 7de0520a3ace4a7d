"""Helpers shared by the command modules: opening the desk, printing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sahel_desk.paths import resolve_data_dir
from sahel_desk.services.desk import Desk
from sahel_desk.storage.database import resolve_target
from sahel_desk.store.records import to_plain


def open_desk(args: argparse.Namespace, *, readonly: bool = False, seed: bool = True,
              create: bool = True) -> Desk:
    """Open the desk; a reading command on a desk that does not exist yet creates it
    (with the built-in actors and places) unless ``create`` is False."""
    if readonly and create and _missing_sqlite(args):
        readonly = False
    return Desk.open(args.data_dir, args.db, user=args.user, readonly=readonly, seed=seed)


def _missing_sqlite(args: argparse.Namespace) -> bool:
    target = resolve_target(resolve_data_dir(args.data_dir), args.db)
    return target.sqlite_path is not None and not target.sqlite_path.exists()


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
