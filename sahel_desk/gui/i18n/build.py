"""Building the GUI's translations with Qt's own tools, without importing Qt.

    python -m sahel_desk.gui.i18n.build update    # sources -> resources/i18n/AREA_LANG.ts
    python -m sahel_desk.gui.i18n.build release   # AREA_LANG.ts -> qm/sahel_desk_LANG.qm

Each folder of sahel_desk/gui that holds Python files is an *area* with its own
Linguist sources (one helper or translator per area, no merge conflicts); the .py
files directly in sahel_desk/gui are the area "app". Areas are found from the
folders, never listed by hand. lrelease joins every area of a language into one
.qm, which the application loads (and rebuilds here when it is missing or older
than its sources, so a fresh clone started with `python main.py` is translated).
pyside6-lupdate and pyside6-lrelease ship with PySide6; this module only runs
them, so the Makefile can call it before Qt is set up.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path

log = logging.getLogger(__name__)

#: The GUI's languages, each named in its own language (the View > Language menu shows
#: these names). English is the source text; every other one has AREA_LANG.ts files.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "ar": "العربية"}
SOURCE_LANGUAGE = "en"
#: Languages written right to left: the whole window mirrors.
RIGHT_TO_LEFT = frozenset({"ar"})

GUI_DIR = Path(__file__).resolve().parents[1]
#: The Linguist sources, in the checkout (an installed package carries only the .qm).
TS_DIR = GUI_DIR.parents[1] / "resources" / "i18n"
#: Built .qm files, inside the package so a wheel built after `release` carries them;
#: ignored by git.
QM_DIR = Path(__file__).resolve().parent / "qm"
APP_AREA = "app"
#: Folders of sahel_desk/gui that are not areas.
_NOT_AREAS = frozenset({"__pycache__", "qm"})


def translated_languages() -> tuple[str, ...]:
    """Every language but the source's: those with .ts files."""
    return tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)


def areas(gui_dir: Path = GUI_DIR) -> dict[str, list[Path]]:
    """Area name -> the sources lupdate reads for it (a folder, or the app's files)."""
    found: dict[str, list[Path]] = {APP_AREA: sorted(gui_dir.glob("*.py"))}
    for folder in sorted(p for p in gui_dir.iterdir() if p.is_dir()):
        if folder.name in _NOT_AREAS or folder.name.startswith("."):
            continue
        if any(folder.rglob("*.py")):
            found[folder.name] = [folder]
    return found


def ts_file(area: str, language: str, ts_dir: Path = TS_DIR) -> Path:
    return ts_dir / f"{area}_{language}.ts"


def qm_file(language: str, qm_dir: Path = QM_DIR) -> Path:
    return qm_dir / f"sahel_desk_{language}.qm"


#: The language whose .ts files list every message (English plurals are made from them).
REFERENCE_LANGUAGE = "fr"


def ts_files(language: str, ts_dir: Path = TS_DIR) -> list[Path]:
    """Every area's .ts of ``language`` that exists (found on disk, so an area whose
    folder is gone still counts until its .ts is removed). English has none of its own:
    its plurals are made from the French files' messages."""
    if language == SOURCE_LANGUAGE:
        return ts_files(REFERENCE_LANGUAGE, ts_dir)
    return sorted(ts_dir.glob(f"*_{language}.ts"))


_COUNTED = re.compile(r"(?<=\w)\((e?s)\)")
_VERBS = re.compile(r"\b(was|is|has)/(were|are|have)\b")


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of an English source with a count: ``%n incident(s)
    was/were added`` gives ``%n incident was added`` and ``%n incidents were added``
    (``word(s)``, ``word(es)``, ``was/were``, ``is/are``, ``has/have``)."""
    singular = _VERBS.sub(r"\1", _COUNTED.sub("", source))
    return singular, _VERBS.sub(r"\2", _COUNTED.sub(r"\1", source))


def english_plurals(sources: Iterable[Path], target: Path) -> int:
    """Write a .ts holding the English singular and plural of every message with a
    count (``tr("%n incident(s)", "", n)``) found in ``sources``; returns how many.
    Without it English would read "1 incident(s)": Qt picks plural forms from a
    translation, and the source text is no translation."""
    root = ET.Element("TS", version="2.1", language="en")
    count = 0
    for path in sources:
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            out = None
            for message in context.iter("message"):
                if message.get("numerus") != "yes":
                    continue
                if out is None:
                    out = ET.SubElement(root, "context")
                    ET.SubElement(out, "name").text = name
                copy = ET.SubElement(out, "message", numerus="yes")
                source = message.findtext("source") or ""
                ET.SubElement(copy, "source").text = source
                if message.find("comment") is not None:
                    ET.SubElement(copy, "comment").text = message.findtext("comment")
                translation = ET.SubElement(copy, "translation")
                for form in english_forms(source):
                    ET.SubElement(translation, "numerusform").text = form
                count += 1
    ET.ElementTree(root).write(target, encoding="utf-8", xml_declaration=True)
    return count


class ToolMissing(RuntimeError):
    """pyside6-lupdate or pyside6-lrelease cannot be found."""


def tool(name: str) -> Path:
    """Qt's ``lupdate`` or ``lrelease``: the binary inside the PySide6 package (found
    without importing it), else pyside6-NAME beside this Python or on the PATH."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return candidate
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.is_file():
        return beside
    on_path = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if on_path:
        return Path(on_path)
    raise ToolMissing(f"pyside6-{name} was not found; it ships with PySide6 "
                      "(pip install PySide6-Essentials)")


def _run(command: Sequence[str | Path], quiet: bool) -> None:
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{result.stdout}"
                           f"{result.stderr}")
    if not quiet and result.stdout.strip():
        print(result.stdout.strip())


def lupdate_command(sources: Iterable[Path], ts: Path, language: str) -> list[str]:
    """The one lupdate call for an area, with the flags every .ts is made with
    (``-extensions py``: lupdate scans a folder for C++ and QML files only otherwise)."""
    return [str(tool("lupdate")), "-extensions", "py", *map(str, sources), "-ts", str(ts),
            "-target-language", language, "-locations", "none", "-no-obsolete"]


def update(only: Iterable[str] | None = None, *, ts_dir: Path = TS_DIR,
           quiet: bool = False) -> list[Path]:
    """Run lupdate for every area (or those in ``only``) and translated language,
    creating or refreshing AREA_LANG.ts; returns the .ts files written."""
    wanted = set(only) if only is not None else None
    if wanted is None or "i18n" in wanted:
        from sahel_desk.gui.i18n import noop

        noop.write()
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for area, sources in areas().items():
        if wanted is not None and area not in wanted:
            continue
        for language in translated_languages():
            ts = ts_file(area, language, ts_dir)
            _run(lupdate_command(sources, ts, language), quiet)
            written.append(ts)
    return written


def release(languages: Iterable[str] | None = None, *, ts_dir: Path = TS_DIR,
            qm_dir: Path = QM_DIR, quiet: bool = False) -> list[Path]:
    """Join each language's .ts files into one .qm (English: its plurals); returns the
    .qm files written."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages or LANGUAGES:
        sources = ts_files(language, ts_dir)
        if not sources:
            continue
        qm = qm_file(language, qm_dir)
        if language == SOURCE_LANGUAGE:
            with tempfile.TemporaryDirectory(prefix="sahel-desk-en-") as folder:
                plurals = Path(folder) / "plurals_en.ts"
                english_plurals(sources, plurals)
                _run([tool("lrelease"), "-silent", plurals, "-qm", qm], quiet)
        else:
            _run([tool("lrelease"), "-silent", *sources, "-qm", qm], quiet)
        written.append(qm)
    return written


def stale(language: str, *, ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> bool:
    """Whether the .qm is missing or older than one of its .ts sources."""
    qm = qm_file(language, qm_dir)
    if not qm.is_file():
        return True
    built = qm.stat().st_mtime
    return any(ts.stat().st_mtime > built for ts in ts_files(language, ts_dir))


def ensure(language: str, *, ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> Path | None:
    """The .qm of ``language``, built first when it is missing or stale and its sources
    are at hand; None (and a log line) when there is none to load: the GUI then stays
    English (without its plurals) rather than failing."""
    qm = qm_file(language, qm_dir)
    if ts_files(language, ts_dir) and stale(language, ts_dir=ts_dir, qm_dir=qm_dir):
        try:
            release([language], ts_dir=ts_dir, qm_dir=qm_dir, quiet=True)
            log.info("built %s from %s", qm, ts_dir)
        except (OSError, RuntimeError) as exc:  # ToolMissing is a RuntimeError
            log.warning("could not build the %s translation (%s)", language, exc)
    if qm.is_file():
        return qm
    log.warning("no %s translation (%s is missing): the window speaks the source's English",
                language, qm)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sahel_desk.gui.i18n.build",
        description="Update the GUI's Linguist sources (.ts) from the code, or build the "
                    ".qm files the application loads.")
    parser.add_argument("step", choices=("update", "release", "areas"),
                        help="update: run lupdate per area; release: run lrelease per "
                             "language; areas: list the areas and their sources")
    parser.add_argument("--area", action="append", metavar="NAME",
                        help="update only this area (repeatable)")
    args = parser.parse_args(argv)
    try:
        if args.step == "areas":
            for area, sources in areas().items():
                print(area, " ".join(str(s.relative_to(GUI_DIR.parents[1])) for s in sources))
        elif args.step == "update":
            for ts in update(args.area):
                print(f"updated {ts.relative_to(TS_DIR.parents[1])}")
        else:
            for qm in release():
                print(f"built {qm.relative_to(GUI_DIR.parents[1])}")
    except (ToolMissing, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
