"""Window layout and preferences, kept in the data folder (one INI file) so a
portable data folder carries them and tests never touch the user's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


class GuiSettings:
    def __init__(self, data_dir: Path):
        self._qs = QSettings(str(data_dir / "gui-settings.ini"), QSettings.Format.IniFormat)

    def bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) else None

    def get(self, key: str, default: Any = None) -> Any:
        return self._qs.value(key, default)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._qs.value(key, default)
        return value in (True, "true", "1", 1)

    def set(self, key: str, value: Any) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()


class RecentFolders:
    """Where each kind of file was last written or read, so that the next dialog of
    that kind opens there (the USB stick the bundles travel on, the reports folder)
    instead of the home folder every time."""

    def __init__(self, settings: GuiSettings):
        self._settings = settings

    def folder(self, kind: str) -> Path:
        """The folder last used for ``kind``; home when none was, or it is gone."""
        stored = self._settings.get(f"folders/{kind}")
        folder = Path(str(stored)) if stored else None
        return folder if folder is not None and folder.is_dir() else Path.home()

    def remember(self, kind: str, path: str | Path | None) -> None:
        """Keep the folder of the file at ``path`` for the next dialog of ``kind``."""
        if not path:
            return
        folder = Path(path).expanduser().parent
        if folder.is_dir():
            self._settings.set(f"folders/{kind}", str(folder))
