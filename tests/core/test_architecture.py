"""The domain and storage code runs headless: nothing outside sahel_desk/gui
may import Qt, and non-GUI commands must not load it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import sahel_desk

PACKAGE = Path(sahel_desk.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [f"{path.relative_to(PACKAGE)}:{node.lineno} imports {n}"
                  for n in names if n.split(".")[0] in QT_MODULES]
    return found


def test_no_module_outside_the_gui_package_imports_qt() -> None:
    modules = [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]
    assert len(modules) > 20
    offenders = [hit for path in modules for hit in _qt_imports(path)]
    assert offenders == []


def test_the_scanner_notices_a_qt_import(tmp_path: Path) -> None:
    module = PACKAGE / "_probe_for_test.py"
    try:
        module.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
        assert _qt_imports(module) == ["_probe_for_test.py:1 imports PySide6.QtWidgets"]
    finally:
        module.unlink()


def test_cli_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from sahel_desk.cli.main import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'db', 'init'])\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'incidents', 'list', '--json'])\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print('QT:', loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "QT: []"
