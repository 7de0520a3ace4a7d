"""Logging to a rotating file in the data folder, so that a crash report can
name the file a user sends in."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from sahel_desk.paths import logs_dir

LOG_FILE = "sahel-desk.log"


def setup_logging(data_dir: Path, *, verbose: bool = False) -> Path | None:
    """Log to ``<data>/logs/sahel-desk.log``; returns its path (None if not writable)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    path = logs_dir(data_dir) / LOG_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    # Alembic announces its context on every open; only its warnings matter here.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if verbose:
        console = logging.StreamHandler()
        console.setLevel(logging.DEBUG)
        root.addHandler(console)
    return path
