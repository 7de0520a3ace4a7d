"""Unsaved form contents on disk, so that nothing typed is lost to a crash.

Each open form writes its values as one JSON file in ``<data>/drafts/`` every
few seconds (atomically: a power cut leaves the old or the new file, never half
of one). A clean save or an explicit discard removes the file; whatever is
left at the next start is offered for restoring.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sahel_desk.store.records import to_plain


@dataclass(frozen=True)
class Draft:
    key: str
    incident_id: str | None
    base_revision: int | None
    title: str
    values: dict[str, Any]
    saved_at: str
    user: str


class DraftStore:
    def __init__(self, folder: Path, user: str):
        self.folder = folder
        self.user = user

    def _path(self, key: str) -> Path:
        safe = "".join(ch for ch in key if ch.isalnum() or ch in "-_")
        return self.folder / f"{safe}.json"

    def save(self, key: str, *, incident_id: str | None, base_revision: int | None, title: str,
             values: dict[str, Any]) -> Path:
        """Write the draft atomically and flush it to the disk."""
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "key": key, "incident_id": incident_id, "base_revision": base_revision,
            "title": title, "values": to_plain(values), "user": self.user,
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        target = self._path(key)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".draft-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def pending(self) -> list[Draft]:
        """Drafts left behind (by a crash, a kill or a power cut), oldest first."""
        if not self.folder.is_dir():
            return []
        drafts = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                drafts.append(Draft(data["key"], data.get("incident_id"),
                                    data.get("base_revision"), data.get("title", ""),
                                    data.get("values", {}), data.get("saved_at", ""),
                                    data.get("user", "")))
            except (OSError, ValueError, KeyError):
                continue  # an unreadable draft is skipped, never fatal
        return sorted(drafts, key=lambda d: d.saved_at)
