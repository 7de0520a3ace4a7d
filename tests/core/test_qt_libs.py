"""packaging/qt_libs.py, which `make run` and `make test` call before Qt starts: it
must pick the platform the app will use and name Debian's packages for what is
missing, since Qt's own message names the wrong library."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "qt_libs.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qt_libs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


qt_libs = _load()


def test_a_display_means_the_xcb_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    assert qt_libs.platform_wanted("auto") == "xcb"
    monkeypatch.delenv("DISPLAY")
    assert qt_libs.platform_wanted("auto") == "offscreen"
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("DISPLAY", ":0")
    assert qt_libs.platform_wanted("auto") == "offscreen"
    assert qt_libs.platform_wanted("xcb") == "xcb"


def test_the_libraries_qt_named_wrongly_map_to_their_packages() -> None:
    assert qt_libs.packages_for(["libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                                 "libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]) == [
        "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"]
    assert qt_libs.packages_for(["libunknown.so.3"]) == ["libunknown.so.3"]


@pytest.mark.skipif(sys.platform != "linux", reason="ldd and Debian packages are Linux's")
def test_the_plugins_checked_exist_and_offscreen_needs_nothing_more_here() -> None:
    # The tests run offscreen, so what that platform loads is installed on this machine.
    assert qt_libs.plugin_files("offscreen")
    assert any(f.name == "libqxcb.so" for f in qt_libs.plugin_files("xcb"))
    assert qt_libs.missing_libraries("offscreen") == []
    done = subprocess.run([sys.executable, str(SCRIPT), "offscreen"], capture_output=True,
                          text=True, check=False)
    assert (done.returncode, done.stdout) == (0, "")
