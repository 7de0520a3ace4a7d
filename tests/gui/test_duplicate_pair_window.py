"""The pair window as a coder uses it, on a real desk: two records of one attack side
by side, a choice turned by a click, the merge read back from the database (one
change, the other rejected as its duplicate), "not the same event", the merge undone
by reopening, a researcher refused on an approved record, the window on a laptop in
French and Arabic, the reasons in the user's language, and a merge made here
carried to another desk by a bundle."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QStyle

from sahel_desk.duplicates.scoring import LEVELS, Reason
from sahel_desk.gui.duplicates import PairWindow
from sahel_desk.gui.duplicates.reasons import reason_text
from sahel_desk.gui.duplicates.rows import KEPT, MERGED, OTHER, PairRowsModel, rows_of
from sahel_desk.gui.i18n import build, noop
from sahel_desk.gui.i18n.language import install
from sahel_desk.gui.operations import Operations
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values
from tests.desk_state import desk_fingerprint
from tests.duplicates.test_find import second_coder
from tests.exchange.conftest import MakeDesk, make_desk, send  # noqa: F401 (a fixture)
from tests.gui.test_i18n import messages, translation
from tests.gui.test_windows_fit_a_laptop import check

WAIT = 20000


def _pair(desk: Desk) -> tuple[str, str]:
    """The Almoustarat attack from RFI (a known day, 7 dead, between 7 and 9) and from
    Studio Tamani the next day as a week known, 8 dead, 3 wounded: (human ids)."""
    first = desk.incidents.create(complete_values(desk))
    second = desk.incidents.create(second_coder(desk, time_precision=2, injured=3))
    return first.human_id, second.human_id


def _open(desk: Desk, operations: Operations, qtbot, first: str, second: str) -> PairWindow:
    window = PairWindow(desk, operations, first, second)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None and not window.busy(), timeout=WAIT)
    return window


def _click(qtbot, window: PairWindow, name: str, column: int) -> None:
    row = window.model.row_of(name)
    assert row is not None, name
    index = window.model.index(row, column)
    window.view.scrollTo(index)
    rect = window.view.visualRect(index)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _cell(window: PairWindow, name: str, column: int) -> str:
    row = window.model.row_of(name)
    assert row is not None, name
    return window.model.index(row, column).data()


def test_two_incidents_open_side_by_side_with_the_score_and_the_reasons(
        desk: Desk, operations: Operations, qtbot, qtmodeltester) -> None:
    first, second = _pair(desk)
    window = _open(desk, operations, qtbot, first, second)
    assert first in window.title.text() and second in window.title.text()
    assert first in window.kept_card.title.text() and second in window.other_card.title.text()
    assert "2017-05-07" in window.kept_card.details.text()
    pair = desk.duplicates.compare(first, second)
    assert window.reasons.text() == "Why: " + " · ".join(r.text for r in pair.reasons)
    assert f"{pair.score:.2f}" in window.score.text()
    names = [r.name for r in window.model.rows()]
    assert names[:5] == ["date", "place", "type", "actors", "fatalities"]
    assert {"injured", "sources", "claims", "notes"} <= set(names)
    # The codebook's defaults, with their reasons: the finer date, the lowest toll.
    assert _cell(window, "date", 4) == "the finer precision"
    assert _cell(window, "date", KEPT).startswith("✔ 2017-05-07")
    assert _cell(window, "fatalities", 4) == "the lowest credible figure"
    assert _cell(window, "fatalities", MERGED) == "7 (between 7 and 9)"
    assert _cell(window, "injured", OTHER) == "✔ 3"
    assert _cell(window, "sources", MERGED) == "RFI, Studio Tamani"
    qtmodeltester.check(window.model)


def test_the_rows_model_passes_the_model_tester_after_choices(
        desk: Desk, operations: Operations, qtbot, qtmodeltester) -> None:
    first, second = _pair(desk)
    window = _open(desk, operations, qtbot, first, second)
    assert window.data is not None
    model = PairRowsModel()
    model.set_rows(rows_of(window.data))
    model.choose(model.row_of("fatalities") or 0, "other")
    model.restore()
    qtmodeltester.check(model)


def test_a_choice_clicked_is_what_the_merge_writes(desk: Desk, operations: Operations,
                                                   qtbot) -> None:
    first, second = _pair(desk)
    one, two = desk.incidents.get(first), desk.incidents.get(second)
    window = _open(desk, operations, qtbot, first, second)
    _click(qtbot, window, "fatalities", OTHER)  # Studio Tamani's 8
    assert _cell(window, "fatalities", OTHER) == "✔ 8"
    assert _cell(window, "fatalities", MERGED) == "8"
    assert _cell(window, "fatalities", 4) == "your choice"
    # From the keyboard: the date row selected, Space takes the other record's.
    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(window.model.row_of("date") or 0, 0))
    QTest.keyClick(window.view, Qt.Key.Key_Space)
    assert _cell(window, "date", OTHER).startswith("✔ 2017-05-08")
    QTest.keyClick(window.view, Qt.Key.Key_Space)  # and back
    assert _cell(window, "date", KEPT).startswith("✔ 2017-05-07")
    qtbot.keyClicks(window.note, "Same attack: RFI and Studio Tamani")
    with qtbot.waitSignal(window.merged, timeout=WAIT) as merged:
        qtbot.mouseClick(window.merge_button, Qt.MouseButton.LeftButton)
    assert merged.args == [one.id, two.id]
    assert "now rejected as its duplicate" in window.banner.text()
    kept, other = desk.incidents.get(one.id), desk.incidents.get(two.id)
    assert (kept.fatalities, kept.event_date.isoformat(), kept.time_precision) == (
        8, "2017-05-07", 1)
    assert kept.injured == 3
    assert [s.publication for s in kept.sources] == ["RFI", "Studio Tamani"]
    assert other.status == "rejected"
    why = desk.review.rejection(two.id)
    assert why is not None
    assert (why.reason_code, why.duplicate_of, why.reason) == (
        "duplicate", one.id, "Same attack: RFI and Studio Tamani")
    # One recorded change: the rejection and the kept record's new values share its id.
    entries = [e for incident in (one.id, two.id) for e in desk.history.for_incident(incident)]
    [change] = {e.change_id for e in entries if e.incident_id == two.id
                and e.field == "rejection"}
    touched = {(e.incident_id, e.field) for e in entries if e.change_id == change}
    assert {(one.id, "fatalities"), (one.id, "injured"), (two.id, "status")} <= touched
    assert {e.change_id for e in entries if e.incident_id == one.id
            and e.field == "fatalities" and e.new_value == 8} == {change}
    # The buttons that would act on the pair again are off; Open is offered for both.
    assert not window.merge_button.isEnabled() and not window.dismiss_button.isEnabled()
    opened = []
    window.open_incident_requested.connect(opened.append)
    qtbot.mouseClick(window.banner.buttons[1], Qt.MouseButton.LeftButton)
    assert opened == [two.id]


def test_swapping_keeps_the_other_record_and_the_values_chosen(
        desk: Desk, operations: Operations, qtbot) -> None:
    first, second = _pair(desk)
    window = _open(desk, operations, qtbot, first, second)
    _click(qtbot, window, "fatalities", OTHER)
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        qtbot.mouseClick(window.swap_button, Qt.MouseButton.LeftButton)
    assert window.data is not None and window.data.keep.human_id == second
    assert _cell(window, "fatalities", KEPT) == "✔ 8"  # still Studio Tamani's 8
    with qtbot.waitSignal(window.merged, timeout=WAIT):
        qtbot.mouseClick(window.merge_button, Qt.MouseButton.LeftButton)
    assert desk.incidents.get(second).fatalities == 8
    assert desk.incidents.get(first).status == "rejected"


def test_choices_from_the_keyboard_and_restoring_the_defaults(
        desk: Desk, operations: Operations, qtbot, unhandled: list[BaseException]) -> None:
    first, second = _pair(desk)
    window = _open(desk, operations, qtbot, first, second)
    _click(qtbot, window, "fatalities", KEPT)
    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(window.model.row_of("injured") or 0, 0))
    QTest.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.model.prefer() == {"fatalities": "keep", "injured": "keep"}
    QTest.keyClick(window.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.model.prefer() == {"fatalities": "keep"}  # back to the default
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    assert window.model.prefer() == {}
    assert _cell(window, "fatalities", 4) == "the lowest credible figure"
    # Rows both records agree on, and rows kept from both, are no choice.
    assert not window.choose("place", "other") and not window.choose("sources", "other")
    assert unhandled == []


def test_not_the_same_event_is_never_proposed_again(desk: Desk, operations: Operations,
                                                    qtbot) -> None:
    first, second = _pair(desk)
    assert len(desk.duplicates.find().pairs) == 1
    window = _open(desk, operations, qtbot, first, second)
    qtbot.mouseClick(window.dismiss_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "two ambushes on the Gao road")
    with qtbot.waitSignal(window.dismissed, timeout=WAIT) as dismissed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    ids = {desk.incidents.get(first).id, desk.incidents.get(second).id}
    assert set(dismissed.args) == ids
    assert desk.duplicates.find().pairs == ()
    [kept] = desk.duplicates.dismissed_pairs()
    assert (kept.dismissed_by, kept.reason) == ("amina", "two ambushes on the Gao road")
    assert desk.incidents.get(first).status == desk.incidents.get(second).status == "submitted"


def test_a_merge_is_undone_by_reopening_from_the_window(desk: Desk, operations: Operations,
                                                        qtbot) -> None:
    first, second = _pair(desk)
    desk.profiles.create("hawa", "administrator")
    desk.switch_user("hawa")
    desk.profiles.create("rita", "reviewer")
    desk.switch_user("rita")
    window = _open(desk, operations, qtbot, first, second)
    assert window.reopen_button.isHidden()
    with qtbot.waitSignal(window.loaded, timeout=WAIT):  # read again after the merge
        qtbot.mouseClick(window.merge_button, Qt.MouseButton.LeftButton)
    assert desk.incidents.get(second).status == "rejected"
    assert desk.duplicates.find().pairs == ()
    assert window.reopen_button.isVisible() and window.reopen_button.isEnabled()
    assert "duplicate of" in window.other_card.title.text()
    qtbot.mouseClick(window.reopen_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert dialog is not None and not dialog.ok_button.isEnabled()  # a reason is needed
    qtbot.keyClicks(dialog.reason, "not the same attack after all")
    with qtbot.waitSignal(window.reopened, timeout=WAIT) as reopened:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    back = desk.incidents.get(second)
    assert reopened.args == [back.id]
    assert back.status == "draft"
    assert desk.review.rejection(second) is None
    assert len(desk.duplicates.find().pairs) == 1  # proposed again
    assert "is a draft again" in window.banner.text()


def test_a_merge_made_elsewhere_is_undone_from_the_window_and_refused_to_a_researcher(
        desk: Desk, operations: Operations, qtbot) -> None:
    first, second = _pair(desk)
    desk.duplicates.merge(first, second)
    # Opened from the rejected record: the live record is the one kept.
    window = _open(desk, operations, qtbot, second, first)
    assert window.data is not None and window.data.keep.human_id == first
    assert window.reopen_button.isVisible() and not window.merge_button.isEnabled()
    qtbot.mouseClick(window.reopen_button, Qt.MouseButton.LeftButton)
    assert window.dialog is not None
    qtbot.keyClicks(window.dialog.reason, "two attacks")
    qtbot.mouseClick(window.dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.banner.kind() == "error" and bool(window.banner.text()),
                    timeout=WAIT)
    assert window.banner.text() == (
        f"amina is a researcher and may not reopen {second}; reviewers and administrators "
        "may. This desk has no profiles yet: add one with the reviewer or administrator "
        "role.")
    assert desk.incidents.get(second).status == "rejected"


def test_a_researcher_merging_an_approved_record_is_refused_plainly(
        desk: Desk, operations: Operations, qtbot) -> None:
    approved = desk.incidents.create(complete_values(desk, status="approved"))
    draft = desk.incidents.create(second_coder(desk))
    desk.profiles.create("ada", "administrator")
    desk.switch_user("ada")
    desk.profiles.create("sam", "researcher")
    desk.switch_user("sam")
    before = desk_fingerprint(desk)
    # Named the other way round: the window keeps the approved record.
    window = _open(desk, operations, qtbot, draft.human_id, approved.human_id)
    assert window.data is not None and window.data.keep.id == approved.id
    qtbot.mouseClick(window.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.banner.kind() == "error" and bool(window.banner.text()),
                    timeout=WAIT)
    assert window.banner.text() == (
        f"sam is a researcher and may not merge {draft.human_id} into {approved.human_id}; "
        "reviewers and administrators may.")
    assert desk_fingerprint(desk) == before
    assert window.merge_button.isEnabled()  # a reviewer may still do it from here


@pytest.fixture(params=("en", "fr", "ar"))
def speaking(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    install(request.param, qapp)
    yield request.param
    install("en", qapp)
    QCoreApplication.processEvents()


def test_the_window_fits_a_laptop_in_every_language(desk: Desk, operations: Operations,
                                                    qtbot, speaking: str) -> None:
    first, second = _pair(desk)
    window = _open(desk, operations, qtbot, first, second)
    check(window)
    mirrored = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert mirrored == (speaking == "ar")
    if speaking != "en":
        # Nothing of the window left in English: the headers, buttons and reasons.
        fr_or_ar = build.ts_file("duplicates", speaking)
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == translation(
            "duplicates", speaking, "PairRowsModel", "Field")
        assert fr_or_ar.is_file()
        assert window.dismiss_button.text() == translation(
            "duplicates", speaking, "PairWindow", "&Not the same event…")


# --- the reasons in the user's language ----------------------------------------------------------

def test_every_reason_phrase_reaches_the_translators() -> None:
    """Read from LEVELS itself, not from the generated list."""
    assert noop.REASONS_MODULE.read_text(encoding="utf-8") == noop.reasons_module(), \
        "run `python -m sahel_desk.gui.i18n.noop` (make translations does)"
    phrases = {level.phrase for level in LEVELS.values()}
    for language in build.translated_languages():
        sources = {src for (ctx, src, _c) in messages(build.ts_file("i18n", language))
                   if ctx == noop.REASON_CONTEXT}
        assert phrases - sources == set(), language


def test_a_reason_reads_in_french_with_its_codebook_words_translated(qapp) -> None:
    same_type = Reason("type", "cousin", 0.0, (("a", "Armed clash"), ("b", "Attack")))
    counts = Reason("counts", "differ", 0.0, (("what", "injured 3 vs 9, kidnapped 2 vs 0"),))
    split = Reason("words", "split", 0.0, (("what", "day and place"),))
    try:
        install("fr", qapp)
        fr = "fr"
        clash = translation("i18n", fr, "Codebook", "Armed clash")
        attack = translation("i18n", fr, "Codebook", "Attack")
        assert reason_text(same_type) == translation(
            "i18n", fr, "DuplicateReason", "neighbouring types ({a} / {b})").format(
            a=clash, b=attack)
        injured = translation("duplicates", fr, "DuplicateReasons", "injured {a} vs {b}")
        kidnapped = translation("duplicates", fr, "DuplicateReasons", "kidnapped {a} vs {b}")
        comma = translation("duplicates", fr, "DuplicateReasons", ", ")
        assert reason_text(counts) == translation(
            "i18n", fr, "DuplicateReason", "{what} differ").format(
            what=injured.format(a=3, b=9) + comma + kidnapped.format(a=2, b=0))
        assert reason_text(split) == translation(
            "i18n", fr, "DuplicateReason",
            "the same words for another {what}: one report coded as several events").format(
            what=translation("duplicates", fr, "DuplicateReasons", "day and place"))
        assert "Armed clash" not in reason_text(same_type)
    finally:
        install("en", qapp)


# --- a merge made here, on another desk -----------------------------------------------------------

def test_a_merge_made_in_the_window_travels_in_a_bundle(make_desk: MakeDesk,  # noqa: F811
                                                        operations: Operations, qtbot,
                                                        tmp_path: Path) -> None:
    amina, hawa = make_desk("amina"), make_desk("hawa")
    first, second = _pair(amina)
    send(amina, hawa, tmp_path, "records")
    window = _open(amina, operations, qtbot, first, second)
    _click(qtbot, window, "fatalities", OTHER)
    with qtbot.waitSignal(window.merged, timeout=WAIT) as merged:
        qtbot.mouseClick(window.merge_button, Qt.MouseButton.LeftButton)
    kept_id, rejected_id = merged.args
    window.close()
    operations.wait()
    report = send(amina, hawa, tmp_path, "merge")
    assert report is not None
    there = hawa.incidents.get(kept_id)
    assert there.fatalities == 8
    assert [s.publication for s in there.sources] == ["RFI", "Studio Tamani"]
    assert hawa.incidents.get(rejected_id).status == "rejected"
    why = hawa.review.rejection(rejected_id)
    assert why is not None and why.duplicate_of == kept_id
    assert hawa.duplicates.find().pairs == ()


def test_one_place_in_words_at_two_points_is_told_apart_by_its_coordinates(
        desk: Desk, operations: Operations, qtbot) -> None:
    first = desk.incidents.create(complete_values(desk))
    gao = desk.incidents.get(first.id)
    assert gao.latitude is not None and gao.longitude is not None
    second = desk.incidents.create(second_coder(
        desk, place_id=None, location=gao.location, country_code="ML", admin1=gao.admin1,
        admin2=gao.admin2, latitude=gao.latitude + 0.05, longitude=gao.longitude,
        geo_precision=gao.geo_precision, near=gao.near))
    window = _open(desk, operations, qtbot, first.human_id, second.human_id)
    kept, other = _cell(window, "place", KEPT), _cell(window, "place", OTHER)
    assert f"{gao.latitude:.4f}" in kept and f"{gao.latitude + 0.05:.4f}" in other
    assert window.choose("place", "other")
    with qtbot.waitSignal(window.merged, timeout=WAIT):
        qtbot.mouseClick(window.merge_button, Qt.MouseButton.LeftButton)
    assert desk.incidents.get(first.id).latitude == pytest.approx(gao.latitude + 0.05)


# --- what a careless or hurried user meets --------------------------------------------------------

def test_every_field_name_and_why_reads_whole_on_a_laptop(desk: Desk, operations: Operations,
                                                          qtbot, speaking: str) -> None:
    """The short columns are not wrapped: a wrapped "why" was cut at the row's foot
    ("la précision la plus" and half of "fine")."""
    first, second = _pair(desk)
    window = _open(desk, operations, qtbot, first, second)
    window.choose("fatalities", "other")  # "your choice", in bold
    view, model = window.view, window.model
    # a cell's text margins, as Qt's item views lay text out
    margins = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                            view) + 1)
    for row in range(model.rowCount()):
        for column in (0, 4):
            index = model.index(row, column)
            font = index.data(Qt.ItemDataRole.FontRole) or view.font()
            needed = QFontMetrics(font).horizontalAdvance(index.data()) + margins
            assert needed <= view.columnWidth(column), (index.data(), view.columnWidth(column))


def test_the_score_is_written_as_the_users_language_writes_numbers(
        desk: Desk, operations: Operations, qtbot, qapp) -> None:
    first, second = _pair(desk)
    install("fr", qapp)
    try:
        window = _open(desk, operations, qtbot, first, second)
        score = desk.duplicates.compare(first, second).score
        assert f"{score:.2f}".replace(".", ",") in window.score.text()
    finally:
        install("en", qapp)


def test_one_incident_named_twice_is_not_offered_to_merge(desk: Desk, operations: Operations,
                                                          qtbot) -> None:
    incident = desk.incidents.create(complete_values(desk))
    before = desk_fingerprint(desk)
    window = _open(desk, operations, qtbot, incident.human_id, incident.id)
    assert window.banner.kind() == "warning"
    assert window.banner.text() == (
        f"{incident.human_id} is one incident, named twice: there is nothing to merge or to "
        "set apart. Open two incidents side by side.")
    assert not window.merge_button.isEnabled() and not window.dismiss_button.isEnabled()
    window.merge()
    window.dismiss("the same")
    assert not window.busy()
    assert desk_fingerprint(desk) == before


def test_a_refusal_after_a_merge_shows_only_its_own_message(desk: Desk, operations: Operations,
                                                            qtbot) -> None:
    """The merge's "Open …" buttons go with its message, at once: left until the next
    turn of the event loop they covered the refusal's words."""
    first, second = _pair(desk)
    window = _open(desk, operations, qtbot, first, second)
    with qtbot.waitSignal(window.merged, timeout=WAIT):
        qtbot.mouseClick(window.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy() and window.reopen_button.isVisible(), timeout=WAIT)
    assert len(window.banner.buttons) == 2
    window.reopen("two attacks")  # amina is a researcher: refused
    deadline = 0
    while window.busy() and deadline < 2000:
        QCoreApplication.processEvents()  # no deferred deletion in between
        QTest.qSleep(10)
        deadline += 10
    assert window.banner.kind() == "error"
    shown = [b.text() for b in window.banner.findChildren(QPushButton) if b.isVisible()]
    assert shown == []


def test_a_long_note_is_read_to_its_end_and_its_row_named_at_its_top(
        desk: Desk, operations: Operations, qtbot) -> None:
    """A note of a few pages makes its row taller than the table: the table scrolls
    through the row to the note's last line (a table that scrolls a row at a time jumps
    over it), and the field's name and the other record's short note sit at the top of
    the row, not half a screen down."""
    long_note = " ".join(["The convoy was attacked near the village; several witnesses "
                          "report heavy gunfire."] * 60)
    first = desk.incidents.create(complete_values(desk))
    second = desk.incidents.create(second_coder(desk, notes=long_note))
    window = _open(desk, operations, qtbot, first.human_id, second.human_id)
    view = window.view
    notes = window.model.row_of("notes")
    assert notes is not None
    assert view.rowHeight(notes) > view.viewport().height()
    # every line of the row comes into view at some position of the scroll bar
    bar, height, seen = view.verticalScrollBar(), view.viewport().height(), set()
    for value in sorted({*range(bar.minimum(), bar.maximum(), max(1, bar.pageStep() // 2)),
                         bar.maximum()}):
        bar.setValue(value)
        top = view.rowViewportPosition(notes)
        seen.update(range(max(0, -top), min(view.rowHeight(notes), height - top)))
    assert seen == set(range(view.rowHeight(notes)))
    for column in (0, KEPT):
        alignment = window.model.index(notes, column).data(Qt.ItemDataRole.TextAlignmentRole)
        assert Qt.AlignmentFlag(alignment) & Qt.AlignmentFlag.AlignTop


def test_a_pair_with_a_record_rejected_apart_says_why_nothing_can_be_done(
        desk: Desk, operations: Operations, qtbot) -> None:
    """A reviewer rejected one record (out of scope) after the pair was listed: every
    button is grey, and the window says why instead of leaving the coder guessing."""
    first, second = _pair(desk)
    desk.profiles.create("ada", "administrator")
    desk.switch_user("ada")
    desk.review.reject(second, "out_of_scope", "outside the Sahel")
    window = _open(desk, operations, qtbot, first, second)
    assert not window.merge_button.isEnabled() and not window.dismiss_button.isEnabled()
    assert window.banner.kind() == "warning"
    assert window.banner.text() == (
        f"{second} is rejected: a rejected record is neither merged nor set apart. If it is "
        "this event after all, a reviewer reopens it first.")
    assert not window.reopen_button.isVisible()  # not merged away here: nothing to undo


def test_a_pair_merged_here_shows_the_merge_not_the_rejection(
        desk: Desk, operations: Operations, qtbot) -> None:
    first, second = _pair(desk)
    window = _open(desk, operations, qtbot, first, second)
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        qtbot.mouseClick(window.merge_button, Qt.MouseButton.LeftButton)
    assert window.banner.kind() == "info" and window.banner.text().startswith("Merged: ")
