"""What the domain says (refusals, damaged files, invalid records, import reports) reaches
a French or Arabic window in that language: the English stays in the data and on the
command line, the window shows the translation committed in resources/i18n."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.errors import PermissionDeniedError, ValidationError
from sahel_desk.exchange.container import BundleError
from sahel_desk.gui.app import build_window
from sahel_desk.gui.dialogs.import_dialog import AcledImportDialog
from sahel_desk.gui.exchange import ReceiveDialog
from sahel_desk.gui.form.labels import describe
from sahel_desk.gui.i18n.bidi import isolate
from sahel_desk.gui.i18n.labels import message
from sahel_desk.gui.i18n.language import install
from sahel_desk.gui.main_window import MainWindow
from sahel_desk.gui.operations import Operations
from sahel_desk.services.desk import Desk
from sahel_desk.text.message import text_of
from tests.core.helpers import complete_values
from tests.gui.test_i18n import translation
from tests.gui.test_review_gui import open_queue, submitted, wait_item
from tests.interop.test_acled_import import current_rows, made_up_events, write_csv

WAIT = 15000
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
ARABIC = re.compile(r"[\u0600-\u06FF]")


def said(language: str, english: str) -> str:
    """The committed translation of one of the domain's message templates."""
    return translation("i18n", language, "Message", english)


def chained(language: str, parts: list[str]) -> str:
    """Parts one after the other, as the translated "{first}; {rest}" links them."""
    if len(parts) == 1:
        return parts[0]
    return said(language, "{first}; {rest}").format(first=parts[0],
                                                     rest=chained(language, parts[1:]))


@pytest.fixture
def speaking(qapp) -> Iterator[None]:
    yield
    install("en", qapp)
    QCoreApplication.processEvents()


@pytest.fixture
def team(data_dir: Path) -> Iterator[Desk]:
    """hawa administers, amina codes, boubacar reviews; the desk is boubacar's."""
    with Desk.open(data_dir, user="hawa") as desk:
        desk.profiles.create("hawa", "administrator")
        desk.profiles.create("amina", "researcher")
        desk.profiles.create("boubacar", "reviewer")
        desk.switch_user("boubacar")
        yield desk


def _window(desk: Desk, qtbot) -> MainWindow:
    built = build_window(desk)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitUntil(lambda: not built.role_label.text().endswith("…"), timeout=WAIT)
    return built


def test_a_reviewer_made_researcher_is_refused_the_approval_in_french(
        team: Desk, qapp, qtbot, speaking) -> None:
    incident_id = submitted(team)
    human_id = team.incidents.get(incident_id).human_id
    install("fr", qapp)
    window = _window(team, qtbot)
    review = open_queue(window, qtbot)
    wait_item(qtbot, review, incident_id)
    window.operations.wait()
    opened = team.incidents.get(incident_id).status  # opening it took it into review
    # meanwhile the administrator makes boubacar a researcher again
    team.switch_user("hawa")
    team.profiles.set_role("boubacar", "researcher")
    team.switch_user("boubacar")
    with pytest.raises(PermissionDeniedError) as refused:  # the CLI's words stay English
        team.review.approve(incident_id)
    assert str(refused.value) == (f"boubacar is a researcher and may not approve {human_id}; "
                                  "reviewers and administrators may.")

    assert review.view.approve()
    window.operations.wait()
    qtbot.waitUntil(lambda: review.view.decision.message.text() != "", timeout=WAIT)
    why = said("fr", "{user} is a {role} and may not {doing}; reviewers and administrators "
               "may.").format(user="boubacar", role=said("fr", "researcher"),
                              doing=said("fr", "approve {incident}").format(incident=human_id))
    shown = review.view.decision.message.text()
    assert shown == translation("review", "fr", "ReviewView", "Not done: {why}").format(why=why)
    assert "boubacar est chercheur et ne peut pas approuver" in shown
    assert team.incidents.get(incident_id).status == opened == "in_review"


def test_a_damaged_bundle_is_refused_in_arabic(team: Desk, operations: Operations, qapp, qtbot,
                                               tmp_path: Path, speaking) -> None:
    team.incidents.create(complete_values(team))
    whole = tmp_path / "whole.sdb"
    team.exchange.export_bundle(whole, peer="amina")
    damaged = tmp_path / "kidal-mars.sdb"
    data = whole.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])  # cut short on the way, as a bad download
    with pytest.raises(BundleError) as refused:
        team.exchange.import_bundle(damaged)
    assert str(refused.value) == ("kidal-mars.sdb is cut short (truncated); ask for it again. "
                                  "Nothing was changed.")
    before = team.check().counts

    install("ar", qapp)
    dialog = ReceiveDialog(team, operations)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path, str(damaged))
    with qtbot.waitSignal(dialog.runner.failed, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, LEFT)
    shown = dialog.report.toPlainText()
    assert shown == isolate(said("ar", "{source} is cut short (truncated); ask for it again. "
                                 "Nothing was changed.").format(source="kidal-mars.sdb"))
    assert ARABIC.search(shown) and "kidal-mars.sdb" in shown and "ask for it" not in shown
    assert team.check().counts == before


def test_an_invalid_record_names_its_fields_by_their_french_labels(team: Desk, qapp,
                                                                   speaking) -> None:
    with pytest.raises(ValidationError) as refused:
        team.incidents.create(complete_values(team, fatalities=-3))
    english = str(refused.value)
    assert english.startswith("Invalid incident: ") and "fatalities: " in english

    install("fr", qapp)
    shown = message(text_of(refused.value))
    problems = [said("fr", "{field}: {problem}").format(field=describe(e.field),
                                                        problem=message(e.message))
                for e in refused.value.errors]
    assert shown == said("fr", "Invalid {what}: {problems}").format(
        what=said("fr", "incident"), problems=chained("fr", problems))
    assert shown.startswith("incident non valable : ")
    assert f"{describe('fatalities')} : " in shown and "fatalities" not in shown


def test_the_acled_import_report_gives_bad_rows_in_arabic(desk: Desk, operations: Operations,
                                                          qapp, qtbot, tmp_path: Path,
                                                          speaking) -> None:
    rows = current_rows(made_up_events())
    rows[0]["location"] = ""
    csv = write_csv(tmp_path / "acled.csv", tx.ACLED_COLUMNS, rows)
    event = rows[0]["event_id_cnty"]

    install("ar", qapp)
    dialog = AcledImportDialog(desk, operations, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path, str(csv))
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, LEFT)
    report = dialog.report.toPlainText()
    reason = said("ar", "event {event}: {reasons}").format(
        event=event, reasons=said("ar", "location is empty"))
    assert reason in report
    assert "location is empty" not in report
    assert desk.incidents.count() == 0
