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
