"""Where Sahel Desk keeps its files: one data folder holding the database,
backups and logs. ``--data-dir`` or ``SAHEL_DESK_DATA_DIR`` override the
platform default so that tests and portable installs never touch it."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "sahel-desk"
DATABASE_FILE = "sahel-desk.sqlite"
ENV_DATA_DIR = "SAHEL_DESK_DATA_DIR"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(data_dir: str | os.PathLike[str] | None) -> Path:
    return Path(data_dir).expanduser() if data_dir else default_data_dir()


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"
