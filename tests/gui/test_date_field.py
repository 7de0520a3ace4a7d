"""Date fields typed into as a Malian researcher types: day first, month names in French,
English or Arabic, a calendar on the keyboard; a bad date keeps its text and says which part
is wrong. The expected days come from the calendar (7 May 2017 was a Sunday) and the
expected words from Qt's own locale data, not from the field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QWidget

from sahel_desk.codebook.validation import clean_incident_values
from sahel_desk.gui.claims import ClaimEditor
from sahel_desk.gui.dates import DateField
from sahel_desk.gui.dates.field import problem_text
from sahel_desk.gui.dates.formats import long_text, short_text
from sahel_desk.gui.dialogs.export_dialog import ExportDialog
from sahel_desk.gui.form import IncidentForm
from sahel_desk.gui.form.sources_model import COLUMN_OF
from sahel_desk.gui.i18n.labels import message
from sahel_desk.gui.i18n.language import install
from sahel_desk.gui.incident_list.filter_bar import FilterBar
from sahel_desk.gui.operations import Operations
from sahel_desk.services.desk import Desk
from sahel_desk.services.drafts import DraftStore
from sahel_desk.text.dates import DateProblem, UnreadableDate, parse_date
from tests.core.helpers import complete_values
from tests.gui.test_incident_form import (
    WAIT,
    key_clicks,
    problem_of,
    type_in_cell,
    type_into,
    wait_checked,
)

MAY_7 = date(2017, 5, 7)
TYPED_7_MAY = ["07/05/2017", "7/5/17", "7 mai 2017", "7 May 2017", "2017-05-07"]


def long_7_may(locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QDate(2017, 5, 7), QLocale.FormatType.LongFormat)


@pytest.fixture
def locale_default() -> Iterator[None]:
    """Tests that change the default locale give it back."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def french(locale_default: None) -> None:
    QLocale.setDefault(QLocale("fr_ML"))


@pytest.fixture
def form(qtbot, desk: Desk, operations: Operations, data_dir: Path) -> IncidentForm:
    form = IncidentForm(desk, operations, DraftStore(data_dir / "drafts", "amina"))
    qtbot.addWidget(form)
    form.resize(1280, 900)
    form.show()
    qtbot.waitExposed(form)
    return form


@pytest.fixture
def field(qtbot) -> Iterator[DateField]:
    """A field with its reading placed beside it, in a shown window."""
    window = QWidget()
    row = QHBoxLayout(window)
    field = DateField()
    row.addWidget(field)
    row.addWidget(field.reading, 1)
    row.addWidget(QLineEdit())  # somewhere else to put the focus
    qtbot.addWidget(window)
    window.resize(700, 60)
    window.show()
    qtbot.waitExposed(window)
    yield field


def save(form: IncidentForm, qtbot) -> str:
    with qtbot.waitSignal(form.saved, timeout=WAIT) as saved:
        assert form.save()
    return saved.args[0].id


# --- the form -------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", TYPED_7_MAY)
def test_a_date_typed_as_coders_write_it_is_saved_as_that_day(form: IncidentForm, desk: Desk,
                                                              qtbot, typed: str) -> None:
    field = form.when.event_date
    type_into(qtbot, field, typed)
    assert field.text() == typed  # what was typed stays as typed
    assert field.reading.text() == long_7_may()
    wait_checked(qtbot, form)
    assert problem_of(form, "event_date") is None
    assert desk.incidents.get(save(form, qtbot)).event_date == MAY_7


def test_the_form_says_the_day_understood_in_french(french: None, form: IncidentForm,
                                                   qtbot) -> None:
    type_into(qtbot, form.when.event_date, "7/5/17")
    assert form.when.event_date.reading.text() == "dimanche 7 mai 2017"


def test_arabic_digits_and_month_names_in_the_form(form: IncidentForm, desk: Desk,
                                                  qtbot) -> None:
    type_into(qtbot, form.when.event_date, "٧ مايو ٢٠١٧")
    type_into(qtbot, form.when.event_date_end, "9 ماي 2017")
    record = desk.incidents.get(save(form, qtbot))
    assert (record.event_date, record.event_date_end) == (MAY_7, date(2017, 5, 9))


def test_a_bad_date_keeps_its_text_and_names_the_day(form: IncidentForm, desk: Desk,
                                                    qtbot) -> None:
    field = form.when.event_date
    type_into(qtbot, field, "31/04/2017")
    assert field.text() == "31/04/2017" and field.value() == "31/04/2017"
    wait_checked(qtbot, form)
    assert problem_of(form, "event_date") == (
        "'31/04/2017' is not a date: 31 April does not exist (April has 30 days)")
    assert field.reading.text() == ""  # said once, by the field's box
    before = desk.check().counts
    assert not form.save()
    assert field.text() == "31/04/2017"  # never erased
    assert desk.check().counts == before
    for _ in range(len("/04/2017")):
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    key_clicks(qtbot, field, "/05/2017")
    assert field.value() == date(2017, 5, 31) and field.reading.kind == "understood"


def test_a_month_first_date_is_refused_and_the_day_first_way_shown(form: IncidentForm,
                                                                  qtbot) -> None:
    type_into(qtbot, form.when.event_date, "05/13/2017")
    wait_checked(qtbot, form)
    assert problem_of(form, "event_date") == (
        "'05/13/2017' is not a date: month 13 does not exist (the day comes first: 13/05/2017)")


def test_a_field_beside_its_reading_keeps_its_width(field: DateField, qtbot) -> None:
    width = field.width()
    field.setFocus()
    key_clicks(qtbot, field, "29/02/2017")
    assert field.reading.text() == (
        "⚠ 29 February 2017 does not exist (2017 is not a leap year)")
    window = field.window()
    window.resize(field.width() + 120, window.height())  # too narrow for the sentence
    qtbot.waitUntil(lambda: field.reading.width() < field.reading.sizeHint().width(),
                    timeout=WAIT)
    assert field.width() == width  # the reading is cut short, not the date
    assert field.reading.minimumSizeHint().width() == 0


def test_the_readings_line_is_kept_so_the_form_never_moves(form: IncidentForm,
                                                          qtbot) -> None:
    height = form.when.sizeHint().height()
    top = form.when.time_precision.mapTo(form, form.when.time_precision.rect().topLeft())
    type_into(qtbot, form.when.event_date, "7/5/17")
    assert form.when.event_date.reading.text() == long_7_may()
    assert form.when.sizeHint().height() == height
    assert form.when.time_precision.mapTo(form, form.when.time_precision.rect().topLeft()) \
        == top


def test_an_end_date_without_its_year_takes_the_start_dates(form: IncidentForm, desk: Desk,
                                                           qtbot) -> None:
    type_into(qtbot, form.when.event_date, "7 mai 2017")
    type_into(qtbot, form.when.event_date_end, "9 mai")
    assert form.when.event_date_end.value() == date(2017, 5, 9)
    record = desk.incidents.get(save(form, qtbot))
    assert record.event_date_end == date(2017, 5, 9)


def test_while_typing_a_missing_year_is_a_prompt_then_a_problem(form: IncidentForm,
                                                               qtbot) -> None:
    field = form.when.event_date
    type_into(qtbot, field, "7 mai")
    assert field.reading.kind == "prompt" and field.reading.text() == "The year is missing"
    assert field.property("dateProblem") is False
    type_into(qtbot, form.when.event_date_end, "x")
    assert field.reading.kind == "empty"  # the box says it now, once checked
    wait_checked(qtbot, form)
    assert problem_of(form, "event_date") == "'7 mai' is not a date: the year is missing"
    type_into(qtbot, field, " 20")  # "7 mai 20" reads as 2020 on the way to 2017
    key_clicks(qtbot, field, "1")  # "201" is still being typed: no alarm
    assert field.reading.kind == "empty"
    key_clicks(qtbot, field, "7")
    assert field.value() == MAY_7


def test_a_stored_date_is_shown_in_the_locales_short_form(french: None, form: IncidentForm,
                                                         desk: Desk, qtbot) -> None:
    stored = desk.incidents.create(complete_values(desk, status="draft")).id
    with qtbot.waitSignal(form.loaded, timeout=WAIT):
        form.load(stored)
    day = desk.incidents.get(stored).event_date
    assert form.when.event_date.text() == day.strftime("%d/%m/%Y")
    assert form.when.event_date.reading.text() == long_text(day, QLocale())
    assert not form.is_dirty()


def test_picking_the_day_from_the_calendar_with_the_keyboard(form: IncidentForm, desk: Desk,
                                                             qtbot) -> None:
    field = form.when.event_date
    type_into(qtbot, field, "07/05/2017")
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.calendar_popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    assert popup.calendar.selectedDate() == QDate(2017, 5, 7)
    grid = QApplication.focusWidget()
    assert grid is not None and popup.isAncestorOf(grid)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # Monday 8 May
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # a week later
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.value() == date(2017, 5, 15) and field.hasFocus()
    assert field.text() == short_text(date(2017, 5, 15))
    assert desk.incidents.get(save(form, qtbot)).event_date == date(2017, 5, 15)


def test_the_calendar_on_f4_starts_today_and_escape_changes_nothing(field: DateField,
                                                                    qtbot) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F4)
    popup = field.calendar_popup()
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate.currentDate()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not popup.isVisible() and field.text() == ""
    key_clicks(qtbot, field, "31 avril 2017")
    qtbot.keyClick(field, Qt.Key.Key_F4)
    assert popup.calendar.selectedDate() == QDate.currentDate()  # no day to start from
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert field.text() == "31 avril 2017"


def test_a_day_picked_can_be_undone_back_to_the_typed_text(field: DateField, qtbot) -> None:
    field.setFocus()
    key_clicks(qtbot, field, "7 mai 2017")
    field.open_calendar()
    popup = field.calendar_popup()
    assert popup is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter)
    assert field.value() == date(2017, 5, 6)
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "7 mai 2017"


def test_the_calendar_button_is_not_a_tab_stop(form: IncidentForm) -> None:
    buttons = [w for w in form.when.event_date.findChildren(QWidget)
               if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert buttons == []


# --- the field's own API --------------------------------------------------------------------


def test_values_as_the_form_reads_them(field: DateField, qtbot) -> None:
    with qtbot.assertNotEmitted(field.dateChanged):
        field.set_value(None)
    assert field.value() is None and field.date_value() is None and field.problem() is None
    with qtbot.waitSignal(field.dateChanged) as changed:
        field.set_value(MAY_7)
    assert changed.args == [MAY_7]
    assert field.value() == MAY_7 and field.text() == short_text(MAY_7)
    field.set_value("2017-05-07")  # a draft keeps what was typed
    assert field.text() == "2017-05-07" and field.value() == MAY_7
    field.set_value("7 mao 2017")
    assert field.value() == "7 mao 2017" and field.date_value() is None
    assert field.problem() == "\"mao\" is not a month"
    assert isinstance(field.error(), UnreadableDate)


def test_date_changed_fires_once_per_day_read(field: DateField, qtbot) -> None:
    seen: list[date | None] = []
    field.dateChanged.connect(seen.append)
    field.setFocus()
    key_clicks(qtbot, field, "07/05/2017")
    # "07/05/20" reads as 2020 on the way; "07/05/201" as nothing
    assert seen == [date(2020, 5, 7), None, MAY_7]


def test_values_set_while_signals_are_blocked_are_still_read(field: DateField) -> None:
    field.blockSignals(True)
    field.set_value(MAY_7)
    field.blockSignals(False)
    assert field.reading.text() == long_7_may(field.locale())


@pytest.mark.parametrize("name", ["fr_FR", "fr_ML", "en_US", "en_GB", "ar_EG", "ar_DZ",
                                  "ar_MA", "bm_ML", "de_DE", "ja_JP", "fa_IR", "C"])
def test_what_the_field_shows_reads_back_as_the_same_day(name: str) -> None:
    locale = QLocale(name)
    day = date(1997, 1, 1)
    while day < date(2031, 1, 1):
        assert parse_date(short_text(day, locale)) == day, (name, short_text(day, locale))
        day += timedelta(days=37)


@pytest.mark.parametrize(("name", "shown"), [
    ("fr_FR", "07/05/2017"), ("en_GB", "07/05/2017"),
    ("en_US", "07/05/2017"),  # its own M/d/yy would read back as 5 July
    ("ar_EG", "٧\u200f/٥\u200f/٢٠١٧"), ("ar_DZ", "7\u200f/5\u200f/2017"),
    ("de_DE", "07.05.2017"), ("ja_JP", "2017/05/07"),
])
def test_the_short_form_is_day_first_with_four_digit_years(name: str, shown: str) -> None:
    assert short_text(MAY_7, QLocale(name)) == shown


@pytest.mark.parametrize("name", ["fr_FR", "en_US", "en_GB", "ar_EG", "ar_DZ", "ar_MA"])
def test_the_reading_pasted_back_is_the_same_day(name: str) -> None:
    """Researchers copy what the field says; French, English and Arabic long forms read."""
    locale = QLocale(name)
    day = date(1999, 12, 31)
    while day < date(2026, 1, 1):
        assert parse_date(long_text(day, locale)) == day, long_text(day, locale)
        day += timedelta(days=29)


def test_right_to_left_the_reading_and_calendar_follow(qtbot, field: DateField) -> None:
    window = field.window()
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: field.x() > window.width() // 2, timeout=WAIT)  # mirrored
    field.setLocale(QLocale("ar_EG"))
    field.setFocus()
    key_clicks(qtbot, field, "7/5/17")
    assert field.reading.text() == "الأحد، ٧ مايو ٢٠١٧"
    field.open_calendar()
    popup = field.calendar_popup()
    assert popup is not None and popup.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert popup.calendar.locale().language() == QLocale.Language.Arabic
    # the popup's right edge is under the field's right edge
    right = field.mapToGlobal(field.rect().topRight()).x()
    assert abs(popup.geometry().right() - right) <= 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


# --- a reading nobody placed floats under the field while it has focus --------------------


def test_the_filter_bars_dates_read_as_typed(qtbot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.resize(1366, 40)
    bar.show()
    qtbot.waitExposed(bar)
    bar.date_from.setFocus()
    with qtbot.waitSignal(bar.filterChanged, timeout=WAIT,
                          check_params_cb=lambda f: f.date_from == MAY_7):
        key_clicks(qtbot, bar.date_from, "7 mai 2017")
    reading = bar.date_from.reading
    assert reading.isWindow() and reading.isVisible() and reading.text() == long_7_may()
    below = bar.date_from.mapToGlobal(bar.date_from.rect().bottomLeft())
    assert 0 < reading.geometry().top() - below.y() <= 6  # just under the field
    bar.date_to.setFocus()
    qtbot.waitUntil(lambda: not reading.isVisible(), timeout=WAIT)
    key_clicks(qtbot, bar.date_to, "31/04/2017")
    assert bar.current().date_to is None  # no day: no bound, and the field says why
    assert bar.date_to.reading.isVisible() and "30" in bar.date_to.reading.text()
    bar.text.setFocus()
    assert bar.date_to.property("dateProblem") is True  # framed in red once left


def test_the_export_refuses_a_period_typed_wrong(qtbot, desk: Desk, operations: Operations,
                                                 tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dialog = ExportDialog(desk, operations, folder=out)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_from.setFocus()
    key_clicks(qtbot, dialog.date_from, "1/5/17")
    dialog.date_to.setFocus()
    key_clicks(qtbot, dialog.date_to, "31/04/2017")
    assert dialog.current_filter().date_from == date(2017, 5, 1)
    dialog.start()
    assert dialog.message.text() == dialog.date_to.problem()
    assert not dialog.runner.running and not list(out.iterdir())
    assert dialog.date_to.text() == "31/04/2017"


def test_the_claim_date_reads_as_typed(qtbot, desk: Desk, operations: Operations) -> None:
    editor = ClaimEditor(desk.claim_reader, operations)
    qtbot.addWidget(editor)
    editor.show()
    editor.set_claim({"claim_date": MAY_7})
    assert editor.claim_date_edit.text() == short_text(MAY_7)
    with qtbot.waitSignal(editor.changed, timeout=WAIT):
        editor.claim_date_edit.setFocus()
        editor.claim_date_edit.selectAll()
        key_clicks(qtbot, editor.claim_date_edit, "8 mai 2017")
    assert editor.claim_values()["claim_date"] == date(2017, 5, 8)
    editor.claim_date_edit.selectAll()
    key_clicks(qtbot, editor.claim_date_edit, "32 mai 2017")
    assert editor.claim_values()["claim_date"] == "32 mai 2017"  # for the check to name


def test_a_sources_date_typed_day_first(form: IncidentForm, desk: Desk, qtbot) -> None:
    type_into(qtbot, form.when.event_date, "7/5/17")
    qtbot.mouseClick(form.sources.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, form, 0, "publication", "Studio Tamani")
    type_in_cell(qtbot, form, 0, "published", "8 mai 2017")
    index = form.sources.model.index(0, COLUMN_OF["published"])
    assert index.data() == short_text(date(2017, 5, 8))
    record = desk.incidents.get(save(form, qtbot))
    assert record.sources[0].published == date(2017, 5, 8)


# --- in French and Arabic -----------------------------------------------------------------


@pytest.fixture
def speaking(qapp) -> Iterator[None]:
    """Tests that change the language put English back, as the others expect."""
    yield
    install("en", qapp)
    QCoreApplication.processEvents()


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "Le 31 avril n'existe pas (avril compte 30 jours)"),
    ("ar", "لا يوجد يوم 31 أبريل (عدد أيام أبريل 30 يومًا)"),
])
def test_the_problem_in_the_users_language(qapp, qtbot, speaking: None, lang: str,
                                           expected: str) -> None:
    field = DateField()
    qtbot.addWidget(field)
    owned = DateField()
    qtbot.addWidget(owned)
    owned.setPlaceholderText("only for a range")
    install(lang, qapp)
    field.set_value("31/04/2017")
    assert field.problem() == expected
    placeholder = {"fr": "jj/mm/aaaa", "ar": "يوم/شهر/سنة"}[lang]
    qtbot.waitUntil(lambda: field.placeholderText() == placeholder, timeout=WAIT)
    QCoreApplication.sendEvent(owned, QEvent(QEvent.Type.LanguageChange))
    assert owned.placeholderText() == "only for a range"  # the owner's stays
    install("en", qapp)
    qtbot.waitUntil(lambda: field.placeholderText() == "dd/mm/yyyy", timeout=WAIT)


def test_the_codebooks_date_message_reads_in_french(qapp, speaking: None) -> None:
    """What the form's box and the problem list show: the check's own message."""
    [error] = clean_incident_values({"event_date": "31/04/2017"}).errors
    install("fr", qapp)
    assert message(error.message) == (
        "« 31/04/2017 » n'est pas une date : le 31 avril n'existe pas (avril compte 30 jours)")
    [error] = clean_incident_values({"event_date": "lundi 7 mai 2017"}).errors
    assert message(error.message) == ("« lundi 7 mai 2017 » n'est pas une date : le 7 mai 2017 "
                                      "tombe un dimanche, pas un lundi")


BAD = ["", "7" * 70, "hello", "7/5/2017 ?", "7 mao 2017", "7", "07052017", "32/1/2017",
       "05/13/2017", "20/13/2017", "7/5/201", "0000-01-01", "31/04/2017", "29/02/2017",
       "lundi 7 mai 2017", "11/08/1438هـ", "mai", "2017", "7/5", "05/2017", "30/02/2016"]


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_every_problem_is_a_whole_sentence_in_each_language(qapp, speaking: None,
                                                            lang: str) -> None:
    install(lang, qapp)
    kinds = set()
    for text in BAD:
        with pytest.raises(UnreadableDate) as caught:
            parse_date(text)
        kinds.add(caught.value.problem)
        said = problem_text(caught.value)
        assert said and "{" not in said and "}" not in said, (text, said)
        if lang != "en":
            assert said != str(caught.value)[:1].upper() + str(caught.value)[1:], said
            assert not any(name in said for name in ("April", "February", "Monday")), said
    assert kinds == set(DateProblem)  # every kind of problem was said
