"""The domain and storage code runs headless: nothing outside sahel_desk/gui
may import Qt, and non-GUI commands must not load it. The layers import only
downwards: model -> store -> services -> cli and gui, with interop and exchange
on the store and never on services."""

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
        "from sahel_desk.cli.main import main as cli_main\n"
        "from sahel_desk.launcher import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'db', 'init'])\n"
        "assert cli_main([]) == 2\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'incidents', 'list', '--json'])\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print('QT:', loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "QT: []"


# --- layers -----------------------------------------------------------------

UPPER = ("store", "services", "cli", "gui", "exchange", "interop")
#: what each layer must not import, at any depth: module level, inside functions,
#: and under ``if TYPE_CHECKING`` (a type-only import upward is still a dependency).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "model": UPPER,
    "store": ("services", "cli", "gui", "exchange", "interop"),
    "services": ("cli", "gui"),
    "interop": ("services", "cli", "gui"),
    "exchange": ("services", "cli", "gui"),
    "cli": ("gui",),
    "gui": ("cli",),
    # below the model and the store: plain-value helpers, codebook, storage plumbing
    **{name: UPPER for name in ("text", "codebook", "claims", "reports", "reference", "storage",
                                "errors", "paths", "logs", "bulk", "duplicates")},
}
#: the root package's lazy re-exports (sahel_desk/__init__.py), and where they live
ROOT_EXPORTS = {"Desk": "services"}
#: above every layer: the program's entry points, which may import anything
TOP = ("__init__", "__main__", "launcher")


def _layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "(root)"
    return ROOT_EXPORTS.get(parts[1], parts[1])


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every sahel_desk import anywhere in the file."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.level == 0, f"{path}:{node.lineno}: relative import"
            found += [(node.lineno, node.module)]
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return [(line, name) for line, name in found if name.split(".")[0] == "sahel_desk"]


def _layer_violations(path: Path, root: Path = PACKAGE) -> list[str]:
    rel = path.relative_to(root).with_suffix("")
    own = rel.parts[0]
    forbidden = FORBIDDEN.get(own, ())
    hits = {f"{rel.as_posix()}.py:{line} ({own}) imports {name}"
            for line, name in _imports(path) if _layer(name) in forbidden}
    return sorted(hits)


def test_every_module_belongs_to_a_known_layer() -> None:
    owners = {p.relative_to(PACKAGE).with_suffix("").parts[0] for p in PACKAGE.rglob("*.py")}
    assert owners - set(FORBIDDEN) - set(TOP) == set()


def test_layers_import_only_downwards() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 100
    assert [hit for path in modules for hit in _layer_violations(path)] == []


def test_the_layer_scanner_sees_function_level_and_type_checking_imports(tmp_path: Path
                                                                          ) -> None:
    module = tmp_path / "store" / "probe.py"
    module.parent.mkdir()
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "from sahel_desk.model import Incident\n"
        "if TYPE_CHECKING:\n"
        "    from sahel_desk.services.desk import Desk\n"
        "def later():\n"
        "    import sahel_desk.interop.summary\n"
        "    from sahel_desk import Desk, exchange\n", encoding="utf-8")
    assert _layer_violations(module, tmp_path) == [
        "store/probe.py:4 (store) imports sahel_desk.services.desk",
        "store/probe.py:4 (store) imports sahel_desk.services.desk.Desk",
        "store/probe.py:6 (store) imports sahel_desk.interop.summary",
        "store/probe.py:7 (store) imports sahel_desk.Desk",
        "store/probe.py:7 (store) imports sahel_desk.exchange",
    ]


# --- private members ----------------------------------------------------------

ROOT = PACKAGE.parent
#: where our modules are used from: the package, its tests and the benchmarks
USERS = ("sahel_desk", "tests", "benchmarks")


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _private_uses(path: Path, root: Path = ROOT) -> list[str]:
    """``from sahel_desk.x import _y``, and ``_y`` reached through a name imported from
    sahel_desk (``module._y``, ``Class._y``, ``sahel_desk.x._y``), anywhere in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(root).as_posix()
    hits: list[str] = []
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sahel_desk":
            for alias in node.names:
                imported.add(alias.asname or alias.name)
                if _private(alias.name):
                    hits.append(f"{where}:{node.lineno} imports {alias.name} from {node.module}")
        elif isinstance(node, ast.Import):
            imported |= {alias.asname or alias.name.split(".")[0] for alias in node.names
                         if alias.name.split(".")[0] == "sahel_desk"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in imported:
                hits.append(f"{where}:{node.lineno} uses {ast.unparse(node)}")
    return hits


def test_no_module_uses_another_modules_private_names() -> None:
    files = sorted(p for folder in USERS for p in (ROOT / folder).rglob("*.py"))
    assert len(files) > 150
    assert [hit for path in files for hit in _private_uses(path)] == []


def test_the_private_name_scanner_sees_imports_and_attributes(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text(
        "import sahel_desk.store.policy\n"
        "from sahel_desk.codebook import validation as v\n"
        "from sahel_desk.services.desk import Desk\n"
        "import argparse\n"
        "def f(self):\n"
        "    from sahel_desk.text.normalize import _FOLD, fold\n"
        "    self._ok, argparse._SubParsersAction, fold.__doc__\n"
        "    return v._int, Desk._open, sahel_desk.store.policy._RULES\n", encoding="utf-8")
    assert _private_uses(module, tmp_path) == [
        "probe.py:6 imports _FOLD from sahel_desk.text.normalize",
        "probe.py:8 uses v._int",
        "probe.py:8 uses Desk._open",
        "probe.py:8 uses sahel_desk.store.policy._RULES",
    ]
