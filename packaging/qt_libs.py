"""Check that the system libraries Qt's platform plugin loads are installed, and
install them from Debian's or Ubuntu's packages when we may (root with apt-get).

`make run` calls it before starting the app: without this, Qt aborts with a message
naming one library (libxcb-cursor0) while the ones actually missing are others
(libxcb-icccm4, libxcb-keysyms1). `make test` calls it for the offscreen platform.

Usage: python packaging/qt_libs.py [xcb|offscreen|auto]   (auto: the platform the app
will use: $QT_QPA_PLATFORM, else xcb when a display is set, else offscreen)
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

#: Debian/Ubuntu package for each shared library Qt 6's platform plugins load.
PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}
#: Loaded at run time with dlopen, so ldd does not list them; xcb refuses to start without.
DLOPENED = {"xcb": ("libxcb-cursor.so.0",), "offscreen": ()}
#: A font, so that text renders at all on a bare system.
FONT_PACKAGE = "fonts-dejavu-core"


def platform_wanted(argument: str) -> str:
    if argument != "auto":
        return argument
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if chosen:
        return chosen
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return "xcb"
    return "offscreen"


def qt_dir() -> Path:
    import PySide6  # the venv's; imported late so --help works without it

    return Path(PySide6.__file__).parent / "Qt"


def plugin_files(platform: str) -> list[Path]:
    base = qt_dir()
    files = [base / "plugins" / "platforms" / f"libq{platform}.so"]
    if platform == "xcb":
        files += sorted((base / "lib").glob("libQt6XcbQpa.so*"))[:1]
    files += sorted((base / "lib").glob("libQt6Gui.so*"))[:1]
    return [f for f in files if f.exists()]


def missing_libraries(platform: str) -> list[str]:
    """Shared libraries the platform plugin needs that the system lacks."""
    missing: set[str] = set()
    for path in plugin_files(platform):
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        missing |= {line.split()[0] for line in done.stdout.splitlines()
                    if "not found" in line}
    for name in DLOPENED.get(platform, ()):
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.add(name)
    return sorted(missing)


def packages_for(libraries: list[str]) -> list[str]:
    return sorted({PACKAGES.get(lib, lib) for lib in libraries})


def main(argv: list[str]) -> int:
    if sys.platform != "linux" or shutil.which("ldd") is None:
        return 0  # macOS and Windows wheels carry what Qt needs
    platform = platform_wanted(argv[0] if argv else "auto")
    if platform not in ("xcb", "offscreen"):
        return 0  # wayland, eglfs...: the user chose; nothing we can check well
    missing = missing_libraries(platform)
    if not missing:
        return 0
    packages = [*packages_for(missing), FONT_PACKAGE]
    command = ["apt-get", "install", "-y", *packages]
    print(f"Qt's {platform} platform needs system libraries that are missing: "
          f"{', '.join(missing)}.")
    if shutil.which("apt-get") and os.geteuid() == 0:
        print("Installing them: " + " ".join(command))
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        subprocess.run([*command[:2], "-qq", *command[2:]], check=False, env=env,
                       stdout=subprocess.DEVNULL)
        still = missing_libraries(platform)
        if not still:
            return 0
        print(f"Still missing after the install: {', '.join(still)}.")
        return 1
    if shutil.which("apt-get"):
        print("Install them with:\n    sudo " + " ".join(command))
    else:
        print("Install the packages that provide them with your package manager "
              f"(on Debian and Ubuntu: {' '.join(packages)}).")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
