"""The review, exchange and report windows on the laptops researchers have: at
1366x768 (and at 1280x720) each window, in English, French and Arabic, fits the
screen with its frame and a task bar, and every button and box it shows lies
whole inside it, none squeezed below the size its text needs; no two of its
Alt+letter shortcuts are the same.

Qt's offscreen screen is not a laptop's, so each window is sized as
``fit_to_screen`` would size it on one (``fitted_size`` of the laptop's
available area), then measured."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from sahel_desk.gui.exchange import ConflictsWindow, DesksWindow, ReceiveDialog, SendDialog
from sahel_desk.gui.i18n.language import install
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.reports import ReaderWindow
from sahel_desk.gui.review import ProfileDialog
from sahel_desk.gui.review.window import ReviewWindow
from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from sahel_desk.services.drafts import DraftStore
from tests.conftest import SHARED
from tests.core.helpers import complete_values
from tests.exchange.conftest import introduce

WAIT = 20000
#: a laptop's screen less a task bar (Windows' 40 pixels; GNOME's top bar is less)
LAPTOP = QRect(0, 0, 1366, 768 - 40)
SMALL = QRect(0, 0, 1280, 720 - 40)
LANGUAGES = ("en", "fr", "ar")
#: what a user works with: a window must show these whole (a table, a text box or a
#: scrolling form whole, what scrolls inside it as far as it can be scrolled to)
CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QTabBar,
            QAbstractScrollArea)
REPORT = SHARED / "samples" / "report_2017_05.md"


#: what a window's frame (title bar, borders) takes beyond its own size
FRAME = QSize(16, 40)


def fitted_size(wanted: QSize, room: QRect) -> QSize:
    """``wanted``, made smaller where the available screen ``room`` (without the task
    bar) cannot show it with its frame: a 1366x768 laptop shows the whole window."""
    return QSize(max(1, min(wanted.width(), room.width() - FRAME.width())),
                 max(1, min(wanted.height(), room.height() - FRAME.height())))


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    """The whole application in one language (Arabic laid out right to left), English
    again afterwards, as the other tests expect."""
    install(request.param, qapp)
    yield request.param
    install("en", qapp)
    QCoreApplication.processEvents()


def scrolled(control: QWidget, window: QWidget) -> bool:
    """Whether ``control`` is inside what a scroll area scrolls (reached by scrolling)."""
    parent = control.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return True
        parent = area
    return False


def problems(window: QWidget, screen: QRect) -> list[str]:
    """What does not fit when ``window`` is sized for ``screen``: the window itself, and
    each visible control that leaves it or is squeezed below its own minimum."""
    client = fitted_size(QSize(10_000, 10_000), screen)
    found = []
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > client.width() or least.height() > client.height():
        found.append(f"{type(window).__name__} needs at least {least.width()}x{least.height()}, "
                     f"{client.width()}x{client.height()} is what the screen leaves")
    window.resize(client)
    QCoreApplication.processEvents()
    framed = QSize(window.width() + FRAME.width(), window.height() + FRAME.height())
    if framed.width() > screen.width() or framed.height() > screen.height():
        found.append(f"the window is {window.width()}x{window.height()} with a frame of "
                     f"{FRAME.width()}x{FRAME.height()}: more than {screen.width()}x"
                     f"{screen.height()}")
    inside = window.rect()
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisible():
            continue
        if isinstance(control.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # a combo box's or spin box's own line edit
        if scrolled(control, window):
            continue
        place = QRect(control.mapTo(window, control.rect().topLeft()), control.size())
        name = control.objectName() or type(control).__name__
        text = getattr(control, "text", lambda: "")()
        if not inside.contains(place):
            found.append(f"{name} {text!r} at {place.getRect()} is outside the window "
                         f"{inside.getRect()}")
        need = control.minimumSizeHint()
        if isinstance(control, QAbstractButton) and control.width() < need.width():
            found.append(f"{name} {text!r} is {control.width()} wide, its text needs "
                         f"{need.width()}")
    return found


def mnemonics(window: QWidget) -> list[str]:
    """The Alt+letter of every button, labelled box and tab the window shows (what scrolls
    inside a form is the form's own)."""
    texts = []
    for widget in window.findChildren(QWidget):
        if widget.isHidden() or scrolled(widget, window):
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return [m.group(1).casefold() for text in texts
            if (m := re.search(r"&([^&\s])", text.replace("&&", "")))]


def check(window: QWidget) -> None:
    """The window opens no larger than its screen, and fits a 1366x768 laptop and a
    1280x720 one."""
    window.show()
    QCoreApplication.processEvents()
    room = fitted_size(QSize(10_000, 10_000), window.screen().availableGeometry())
    least = window.minimumSizeHint()
    found = [] if (window.width() <= max(room.width(), least.width())
                   and window.height() <= max(room.height(), least.height())) else [
        f"opened at {window.width()}x{window.height()} where its screen leaves "
        f"{room.width()}x{room.height()}"]
    found += [f"1366x768: {p}" for p in problems(window, LAPTOP)]
    found += [f"1280x720: {p}" for p in problems(window, SMALL)]
    keys = mnemonics(window)
    found += [f"Alt+{key} is taken twice" for key in sorted(set(keys)) if keys.count(key) > 1]
    assert not found, "\n".join(found)


def test_the_laptop_is_measured_with_the_frame_and_a_task_bar() -> None:
    """The sizes this module checks are the ones fit_to_screen gives on a laptop."""
    assert fitted_size(QSize(1500, 900), LAPTOP) == QSize(1350, 688)
    assert fitted_size(QSize(980, 420), LAPTOP) == QSize(980, 420)
    assert fitted_size(QSize(1500, 900), SMALL) == QSize(1264, 640)


# --- the review window ---------------------------------------------------------------------------


@pytest.fixture
def team(data_dir: Path) -> Iterator[Desk]:
    """A reviewer's desk with a new record and a pending revision waiting, and a comment
    thread on the revision's toll."""
    with Desk.open(data_dir, user="hawa") as desk:
        desk.profiles.create("hawa", "administrator")
        desk.profiles.create("amina", "researcher")
        desk.profiles.create("boubacar", "reviewer")
        desk.switch_user("amina")
        approved = desk.incidents.create(complete_values(desk, status="submitted"))
        desk.switch_user("boubacar")
        desk.review.approve(approved.id, "Checked against RFI.")
        desk.switch_user("amina")
        revision = desk.incidents.working_record(approved.id).revision
        desk.incidents.update(approved.id, {"fatalities": 9, "fatalities_high": 11},
                              expected_revision=revision, reason="army's revised toll")
        desk.review.submit(approved.id, "Toll revised after the army communiqué")
        desk.incidents.create(complete_values(desk, status="submitted", fatalities=3,
                                              fatalities_low=3, fatalities_high=3))
        desk.switch_user("boubacar")
        desk.comments.add(approved.id, "Is 9 the army's figure or AFP's own count?",
                          field="fatalities")
        yield desk


def test_the_review_window_fits_with_an_item_open(team: Desk, operations: Operations,
                                                  language: str, qtbot) -> None:
    window = ReviewWindow(team, operations)
    qtbot.addWidget(window)
    window.show_queue()
    qtbot.waitUntil(lambda: window.view.item is not None
                    and window.view.comments.model.rowCount() > 0, timeout=WAIT)
    assert window.view.decision.approve_button.isEnabled()
    check(window)


def test_the_profile_dialog_fits_at_the_first_start(team: Desk, operations: Operations,
                                                    language: str, qtbot) -> None:
    dialog = ProfileDialog(team, operations, first_start=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=WAIT)
    check(dialog)


# --- the exchange windows ------------------------------------------------------------------------


@pytest.fixture
def here(data_dir: Path) -> Iterator[Desk]:
    with Desk.open(data_dir, user="hawa") as desk:
        desk.profiles.create("hawa", "administrator")
        desk.profiles.create("boubacar", "reviewer")
        yield desk


@pytest.fixture
def there(tmp_path: Path, template_dir: Path, here: Desk) -> Iterator[Desk]:
    folder = tmp_path / "amina-desk"
    folder.mkdir()
    shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
    with Desk.open(folder, user="amina") as desk:
        introduce(here, desk, "reviewer")
        introduce(desk, here, "reviewer")
        yield desk


def test_the_conflicts_window_fits_with_a_conflict_chosen(
        here: Desk, there: Desk, operations: Operations, language: str, qtbot,
        tmp_path: Path) -> None:
    record = there.incidents.create(complete_values(there, fatalities_high=11))
    there.exchange.export_bundle(tmp_path / "first.sdb", peer="hawa")
    here.exchange.import_bundle(tmp_path / "first.sdb")
    there.incidents.update(record.id, {"fatalities": 9, "notes": "The army raised its toll "
                                       "to 9 dead on 9 May, quoted by AFP."})
    here.incidents.update(record.id, {"fatalities": 8, "notes": "Studio Tamani: 8 soldiers "
                                      "killed and 5 wounded, a local source says."})
    there.exchange.export_bundle(tmp_path / "second.sdb", peer="hawa")
    here.exchange.import_bundle(tmp_path / "second.sdb")
    window = ConflictsWindow(here, operations)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.reload()
    assert window.model.rowCount() == 2 and window.panel.item is not None
    check(window)


def test_the_desks_window_fits_for_an_administrator(here: Desk, there: Desk,
                                                    operations: Operations, language: str,
                                                    qtbot) -> None:
    window = DesksWindow(here, operations)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.reload()
    window.view.selectRow(0)
    assert not window.revoke_button.isHidden()
    check(window)


def test_the_send_dialog_fits(here: Desk, operations: Operations, language: str, qtbot,
                              tmp_path: Path) -> None:
    dialog = SendDialog(here, operations, folder=tmp_path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sent, timeout=WAIT):
        dialog.start()
    assert dialog.message.text()
    check(dialog)


def test_the_receive_dialog_fits_offering_to_trust_a_desk(
        here: Desk, operations: Operations, language: str, qtbot, tmp_path: Path,
        template_dir: Path) -> None:
    """Its tallest state: a bundle from a desk not trusted yet, the key shown and the two
    ways of trusting it offered."""
    folder = tmp_path / "stranger"
    folder.mkdir()
    shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
    with Desk.open(folder, user="moussa") as stranger:
        stranger.incidents.create(complete_values(stranger))
        stranger.exchange.export_bundle(tmp_path / "stranger.sdb", peer="hawa")
    dialog = ReceiveDialog(here, operations, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "stranger.sdb"))
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT):
        dialog.start(dry_run=True)
    assert not dialog.trust_researcher.isHidden() and dialog.trust_note.text()
    check(dialog)


# --- the report reader ---------------------------------------------------------------------------


def test_the_report_reader_fits_with_a_draft_in_the_form(
        data_dir: Path, operations: Operations, language: str, qtbot) -> None:
    if not REPORT.is_file():
        pytest.skip(f"../shared sample report is absent (looked for {REPORT})")
    with Desk.open(data_dir, user="amina") as desk:
        window = ReaderWindow(desk, operations, DraftStore(data_dir / "drafts", "amina"))
        qtbot.addWidget(window)
        window.show()
        window.open_file(REPORT)
        qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.ready(0), timeout=WAIT)
        assert window.accept_button.isEnabled()
        check(window)
        operations.wait()
