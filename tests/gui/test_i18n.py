"""The GUI in English, French and Arabic: the Linguist sources are complete and agree
with the code, the .qm built from them is what the window speaks, the language is
chosen in the documented order, and switching it loses nothing typed.

The expected texts come from the committed .ts files (what the translators wrote),
read here with the standard XML parser; lupdate and lrelease ship with PySide6.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.codebook.validation import check_incident, clean_incident_values
from sahel_desk.gui.app import build_window, speak, switch_language
from sahel_desk.gui.i18n import build, noop
from sahel_desk.gui.i18n.labels import (
    codebook_label,
    field_label,
    interaction_label,
    message,
    status_label,
)
from sahel_desk.gui.i18n.language import (
    ENV_VARIABLE,
    SETTING,
    current_language,
    install,
    resolve,
)
from sahel_desk.gui.main_window import MainWindow
from sahel_desk.gui.settings import GuiSettings
from sahel_desk.launcher import main as launcher_main
from sahel_desk.services import readable
from sahel_desk.services.desk import Desk
from sahel_desk.store.policy import ROLES
from sahel_desk.text.message import Text

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = build.translated_languages()
#: how many plural forms each language's .ts holds (Qt's rules)
PLURAL_FORMS = {"fr": 2, "ar": 6}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n")


# --- reading the .ts files ------------------------------------------------------------------

def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> <message> of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for item in context.iter("message"):
            key = (name, item.findtext("source") or "", item.findtext("comment") or "")
            found[key] = item
    return found


def translation(area: str, language: str, context: str, source: str) -> str:
    """The committed translation of a (non-plural) message."""
    for (ctx, src, _comment), item in messages(build.ts_file(area, language)).items():
        if ctx == context and src == source:
            return item.findtext("translation") or ""
    raise KeyError((area, language, context, source))


def forms(item: ET.Element) -> list[str]:
    node = item.find("translation")
    assert node is not None
    if item.get("numerus") == "yes":
        return [form.text or "" for form in node.iter("numerusform")]
    return [node.text or ""]


def placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text.replace("%Ln", "%n"))))


AREAS = sorted(build.areas())
TS_FILES = sorted(build.TS_DIR.glob("*.ts"))


@pytest.fixture
def speaking(qapp) -> Iterator[None]:
    """Tests that change the language put English back, as every other test expects."""
    yield
    install("en", qapp)
    QCoreApplication.processEvents()


# --- the Linguist sources ---------------------------------------------------------------------

@pytest.mark.parametrize("ts", TS_FILES, ids=[p.name for p in TS_FILES])
def test_every_message_is_translated_with_the_same_placeholders(ts: Path) -> None:
    language = ts.stem.rsplit("_", 1)[1]
    assert language in TRANSLATED, f"{ts.name}: {language} is not in build.LANGUAGES"
    assert ET.parse(ts).getroot().get("language") == language
    problems = []
    for (context, source, _comment), item in messages(ts).items():
        node = item.find("translation")
        assert node is not None
        where = f"{context}: {source!r}"
        if node.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where} is {node.get('type')}")
            continue
        written = forms(item)
        if item.get("numerus") == "yes" and len(written) != PLURAL_FORMS[language]:
            problems.append(f"{where} has {len(written)} plural forms, not "
                            f"{PLURAL_FORMS[language]}")
        for form in written:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
            elif placeholders(form) != placeholders(source):
                problems.append(f"{where}: {form!r} has {placeholders(form)}, the source "
                                f"{placeholders(source)}")
    assert not problems, "\n".join(problems)


def test_the_placeholder_check_notices_a_lost_placeholder() -> None:
    assert placeholders("Saved {id} at {time}") != placeholders("Enregistré à {time}")
    assert placeholders("%Ln incident(s)") == placeholders("%n incidents")
    assert placeholders("{number:,} too large") != placeholders("{number} trop grand")


def test_areas_are_the_gui_folders_and_the_app() -> None:
    gui = ROOT / "sahel_desk" / "gui"
    folders = {p.name for p in gui.iterdir()
               if p.is_dir() and any(p.glob("*.py")) and p.name != "__pycache__"}
    assert set(build.areas()) == folders | {"app"}
    assert build.areas()["app"] == sorted(gui.glob("*.py"))


@pytest.mark.parametrize("area", AREAS)
def test_lupdate_finds_no_message_missing_from_the_committed_ts(area: str,
                                                                 tmp_path: Path) -> None:
    """lupdate over today's sources into a copy of the .ts: nothing new may appear, and an
    area with messages has both its .ts files."""
    for language in TRANSLATED:
        committed = build.ts_file(area, language)
        copy = tmp_path / committed.name
        if committed.is_file():
            shutil.copy(committed, copy)
        subprocess.run(build.lupdate_command(build.areas()[area], copy, language),
                       check=True, capture_output=True)
        fresh = set(messages(copy))
        if not fresh:
            continue
        assert committed.is_file(), f"{committed.name} is missing: `make translations` makes it"
        known = set(messages(committed))
        assert fresh - known == set(), f"{committed.name} lacks these messages (run `make " \
                                       f"translations`, then translate them)"
        assert known - fresh == set(), f"{committed.name} holds messages the code no longer has"


def test_the_generated_message_lists_are_up_to_date() -> None:
    assert noop.TERMS_MODULE.read_text(encoding="utf-8") == noop.terms_module(), \
        "run `python -m sahel_desk.gui.i18n.noop` (make translations does)"
    assert noop.MESSAGES_MODULE.read_text(encoding="utf-8") == noop.messages_module(), \
        "run `python -m sahel_desk.gui.i18n.noop` (make translations does)"


def _sources(context: str) -> set[str]:
    return {src for (ctx, src, _c) in messages(build.ts_file("i18n", "fr")) if ctx == context}


def test_every_codebook_value_and_field_name_reaches_the_translators() -> None:
    """Read from the taxonomy and the labels themselves, not from the generated list."""
    values = {*tx.DISORDER_TYPES, *tx.EVENT_TYPES, *(s.name for s in tx.SUB_EVENT_TYPES),
              *(t.label for t in tx.ACTOR_TYPES), *(t.old_label for t in tx.ACTOR_TYPES),
              *tx.TIME_PRECISION.values(), *tx.GEO_PRECISION.values(),
              *tx.ATTACK_TYPES, *tx.TARGET_TYPES, *tx.WEAPON_TYPES, *tx.PROPERTY_DAMAGE,
              *tx.SOURCE_SCALES, *tx.SOURCE_RELIABILITY, *tx.CLAIM_CHANNELS,
              *readable.STATUS_LABELS.values(), *readable.REJECTION_LABELS.values(), *ROLES,
              tx.civilian_targeting([tx.CIVILIANS])}
    assert values - _sources("Codebook") == set()
    fields = {*readable.FIELD_LABELS.values(), *readable.CHILD_NOUNS.values(),
              *(label for table in readable.CHILD_LABELS.values() for label in table.values())}
    assert fields - _sources("Field") == set()


def test_every_domain_text_template_reaches_the_translators() -> None:
    """An AST scan of the Qt-free code for Text("...") calls, as lupdate cannot see them."""
    templates = noop.text_templates()
    assert "{value} is outside -{limit}..{limit}" in templates
    assert len(templates) > 40
    assert set(templates) - _sources("Message") == set()


def test_the_template_scan_refuses_a_text_made_from_a_variable(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text("from sahel_desk.text.message import Text\nx = 'a'\nText(x)\n",
                      encoding="utf-8")
    with pytest.raises(ValueError, match="string literal"):
        noop.text_templates([module])


# --- building -------------------------------------------------------------------------------

def test_release_joins_every_area_into_one_qm_per_language(tmp_path: Path) -> None:
    built = build.release(qm_dir=tmp_path, quiet=True)
    assert sorted(p.name for p in built) == sorted(
        f"sahel_desk_{code}.qm" for code in build.LANGUAGES)
    for path in built:
        assert path.stat().st_size > 100


def test_a_missing_or_stale_qm_is_built_at_start_and_none_means_english(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    qm = build.ensure("fr", qm_dir=tmp_path)
    assert qm == tmp_path / "sahel_desk_fr.qm" and qm.is_file()
    assert not build.stale("fr", qm_dir=tmp_path)
    os.utime(qm, (0, 0))  # older than its .ts
    assert build.stale("fr", qm_dir=tmp_path)
    assert build.ensure("fr", qm_dir=tmp_path) == qm and not build.stale("fr", qm_dir=tmp_path)
    # an installed package without the .ts and without the .qm: English, a log line
    assert build.ensure("fr", ts_dir=tmp_path / "none", qm_dir=tmp_path / "empty") is None
    assert "stays in English" in caplog.text or "source's English" in caplog.text


def test_english_plurals_come_from_the_source_text() -> None:
    assert build.english_forms("%Ln incident(s)") == ("%Ln incident", "%Ln incidents")
    assert build.english_forms("%n box(es) was/were moved") == ("%n box was moved",
                                                                "%n boxes were moved")


# --- choosing the language --------------------------------------------------------------------

def test_the_option_wins_then_the_environment_then_the_setting_then_the_locale() -> None:
    env = {ENV_VARIABLE: "ar"}
    assert resolve("fr", env, "en", "ar_DZ") == "fr"
    assert resolve(None, env, "fr", "en_US") == "ar"
    assert resolve(None, {}, "fr", "ar_DZ") == "fr"
    assert resolve(None, {}, None, "fr_ML.UTF-8") == "fr"
    assert resolve(None, {}, None, "ar_MA") == "ar"
    assert resolve(None, {}, None, "de_DE") == "en"
    assert resolve(None, {}, "", "C") == "en"
    # an unknown value in the environment or the settings is passed over, not fatal
    assert resolve(None, {ENV_VARIABLE: "klingon"}, "xx", "fr_FR") == "fr"
    with pytest.raises(ValueError):
        resolve("de", {}, None, "fr_FR")


def test_an_unknown_language_option_is_a_usage_error(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as stopped:
        launcher_main(["--language", "de", "--self-test"])
    assert stopped.value.code == 2
    assert "--language" in capsys.readouterr().err


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


MENUS = ("&File", "&Edit", "&Go", "&View", "&Review", "&Help")


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_window_speaks_the_language_chosen_at_start(language: str, desk: Desk, qapp,
                                                       qtbot, speaking) -> None:
    settings = GuiSettings(desk.data_dir)
    assert speak(qapp, language, settings) == language
    window = build_window(desk)
    qtbot.addWidget(window)
    expected = [translation("app", language, "MainWindow", menu) for menu in MENUS]
    assert _menu_titles(window)[:len(MENUS)] == expected
    assert expected != list(MENUS)
    assert window.isRightToLeft() == (language in build.RIGHT_TO_LEFT)
    assert QLocale().language() == QLocale(language).language()
    assert codebook_label("Battles") == translation("i18n", language, "Codebook", "Battles")
    # Qt's own translation of its standard buttons is loaded too
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    window.close()


def test_english_has_its_plurals(desk: Desk, qapp, qtbot, speaking) -> None:
    install("en", qapp)
    window = build_window(desk)
    qtbot.addWidget(window)
    window._show_count(1)
    assert window.count_label.text() == "1 incident"
    window._show_count(2)
    assert window.count_label.text() == "2 incidents"
    assert not window.isRightToLeft()


def test_menu_mnemonics_do_not_clash_in_any_language(desk: Desk, qapp, qtbot,
                                                     speaking) -> None:
    def letters(texts: list[str]) -> list[str]:
        found = [re.search(r"&(\w)", t) for t in texts]
        return [m.group(1).casefold() for m in found if m]

    for language in build.LANGUAGES:
        install(language, qapp)
        window = build_window(desk)
        qtbot.addWidget(window)
        bar = letters(_menu_titles(window))
        assert len(bar) == len(set(bar)), (language, _menu_titles(window))
        if language == "en":
            assert bar[:len(MENUS)] == ["f", "e", "g", "v", "r", "h"]
        for action in window.menuBar().actions():
            menu = action.menu()
            assert isinstance(menu, QMenu)
            inside = letters([a.text() for a in menu.actions() if not a.isSeparator()])
            assert len(inside) == len(set(inside)), (language, action.text(), inside)
        window.close()


# --- labels and messages ---------------------------------------------------------------------

def test_domain_messages_stay_english_as_text_and_show_translated(qapp, speaking) -> None:
    cleaned = clean_incident_values({"latitude": "200", "event_date": "7 mai 2017"})
    errors = {e.field: e.message for e in cleaned.errors}
    assert str(errors["latitude"]) == "200 is outside -90..90"
    assert errors["event_date"] == "'7 mai 2017' is not a date (write it as YYYY-MM-DD)"
    assert message(errors["latitude"]) == "200 is outside -90..90"
    install("fr", qapp)
    french = translation("i18n", "fr", "Message", "{value} is outside -{limit}..{limit}")
    assert message(errors["latitude"]) == french.format(value="200", limit=90)
    assert "200" in message(errors["latitude"]) and message(errors["latitude"]) != errors[
        "latitude"]
    # a message made of messages: both parts translated
    missing = {e.field: e.message for e in check_incident(
        {"status": "submitted", "sources": [{"publication": "RFI"}]})}
    shown = message(missing["event_date"])
    assert shown == translation("i18n", "fr", "Message", "a {status} record needs {what}").format(
        status=translation("i18n", "fr", "Message", "submitted"),
        what=translation("i18n", "fr", "Message", "a date"))
    assert str(missing["event_date"]) == "a submitted record needs a date"
    # text from elsewhere is shown as it is
    assert message("something the domain said") == "something the domain said"


def test_a_text_nobody_translated_shows_its_english(qapp) -> None:
    text = Text("{count} things", count=3)
    assert message(text) == "3 things"  # no translation: the English


def test_labels_in_french(qapp, speaking) -> None:
    install("fr", qapp)
    assert codebook_label("Violence against civilians") == "Violence contre les civils"
    assert codebook_label("Explosions/Remote violence") == "Explosions/Violence à distance"
    assert field_label("Geo precision") == "Précision géographique"
    assert status_label("changes_requested") == translation("i18n", "fr", "Codebook",
                                                            "Changes requested")
    state, rebel = codebook_label("State forces"), codebook_label("Rebel group")
    assert interaction_label(2, 1) == f"{state}-{rebel}"
    assert interaction_label(2, None).startswith(rebel)
    assert codebook_label(None) == ""


# --- switching ------------------------------------------------------------------------------

def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


def test_view_language_switches_at_once_keeps_what_was_typed_and_is_remembered(
        desk: Desk, qapp, qtbot, speaking) -> None:
    install("en", qapp)
    window = build_window(desk)  # not given to qtbot: switching deletes it
    window.show()
    form = window.new_incident()
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=10000)
    typed = "Ambush near Boni, typed before the language changed."
    QTest.keyClicks(form.notes.notes, typed)
    QTest.keyClicks(form.toll.edits["fatalities"], "12")
    assert form.is_dirty()
    saved = window.open_incident(desk.incidents.create({"event_date": "2017-05-07"}).id)
    qtbot.waitUntil(lambda: not saved.is_busy(), timeout=10000)
    window._show_form(form)
    window.open_desks()

    assert window.language_menu.menuAction() in window.view_menu.actions()
    names = [a.text() for a in window.language_menu.actions()]
    assert names == ["English", "Français", "العربية"]
    assert window.language_actions["en"].isChecked()
    window.language_actions["fr"].trigger()

    qtbot.waitUntil(lambda: any(w is not window for w in _main_windows()), timeout=10000)
    new = next(w for w in _main_windows() if w is not window)
    assert current_language() == "fr"
    assert _menu_titles(new)[0] == translation("app", "fr", "MainWindow", "&File")
    assert new.language_actions["fr"].isChecked()
    forms = new.forms()
    assert len(forms) == 2
    restored = next(f for f in forms if f.incident_id is None)
    qtbot.waitUntil(lambda: not restored.is_busy(), timeout=10000)
    assert restored.notes.notes.toPlainText() == typed
    assert restored.toll.edits["fatalities"].text() == "12"
    assert restored.is_dirty()
    assert new.current_form() is restored
    assert any(f.incident_id == saved.incident_id for f in forms)
    assert new.desks_window is not None and new.desks_window.isVisible()
    assert GuiSettings(desk.data_dir).get(SETTING) == "fr"
    # the next start takes the remembered language
    assert resolve(None, {}, GuiSettings(desk.data_dir).get(SETTING), "en_US") == "fr"

    back = switch_language(new, "ar")
    assert back is not None
    qtbot.addWidget(back)  # the last one: qtbot closes it
    assert back.isRightToLeft()
    again = next(f for f in back.forms() if f.incident_id is None)
    qtbot.waitUntil(lambda: not again.is_busy(), timeout=10000)
    assert again.notes.notes.toPlainText() == typed
    back.operations.wait()


# --- the packaged check in each language --------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("language", TRANSLATED)
def test_the_self_test_passes_in_each_language(language: str, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(ENV_VARIABLE, None)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path),
                           "--language", language, "--self-test"],
                          capture_output=True, text=True, timeout=180, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout

