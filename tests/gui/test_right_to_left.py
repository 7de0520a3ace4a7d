"""The review, conflicts and report windows with the whole application in Arabic, laid
out right to left: ids, dates and Latin names still read left to right inside Arabic
sentences, the report's English paragraphs stay left to right with their highlights
on the words they were read from, a reply's arrow points at its text, and choosing
a draft from the code works as a click does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from sahel_desk.gui.i18n.language import install
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.reports import ReaderWindow
from sahel_desk.gui.reports.drafts_model import DraftState
from sahel_desk.gui.reports.report_view import qt_positions
from sahel_desk.gui.review.bidi import slants
from sahel_desk.gui.review.window import ReviewWindow
from sahel_desk.services.desk import Desk
from sahel_desk.services.drafts import DraftStore
from tests.conftest import SHARED
from tests.core.helpers import complete_values

WAIT = 20000
REPORT = SHARED / "samples" / "report_2017_05.md"
FSI, PDI = "\u2068", "\u2069"
RIGHT_TO_LEFT = Qt.LayoutDirection.RightToLeft


@pytest.fixture
def arabic(qapp) -> Iterator[None]:
    install("ar", qapp)
    assert qapp.layoutDirection() == RIGHT_TO_LEFT
    yield
    install("en", qapp)
    QCoreApplication.processEvents()


def left_edges(text: str, font: QFont) -> list[float]:
    """Where each character of ``text`` is drawn, left edge, laid out as a right-to-left
    line (as Qt lays out a label or a cell of the mirrored window)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(RIGHT_TO_LEFT)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    edges = []
    for i in range(len(text)):
        runs = layout.glyphRuns(i, 1)
        edges.append(min((p.x() for r in runs for p in r.positions()), default=-1.0))
    return edges


def reads_left_to_right(label: QLabel, value: str) -> bool:
    """Whether ``value``, inside the label's text, is drawn in its own order."""
    text = label.text()
    start = text.index(value)
    edges = left_edges(text, label.font())
    shown = [edges[start + i] for i, ch in enumerate(value) if ch.isalnum()]
    return shown == sorted(shown)


@pytest.fixture
def team(data_dir: Path) -> Iterator[Desk]:
    """amina's approved incident with a revision waiting, a reviewer's question on its toll
    and amina's answer; boubacar reviews."""
    with Desk.open(data_dir, user="hawa") as desk:
        desk.profiles.create("hawa", "administrator")
        desk.profiles.create("amina", "researcher")
        desk.profiles.create("boubacar", "reviewer")
        desk.switch_user("amina")
        record = desk.incidents.create(complete_values(desk, status="submitted"))
        desk.switch_user("boubacar")
        desk.review.approve(record.id)
        desk.switch_user("amina")
        desk.incidents.update(record.id, {"fatalities": 9},
                              expected_revision=desk.incidents.working_record(
                                  record.id).revision)
        desk.review.submit(record.id)
        desk.switch_user("boubacar")
        question = desk.comments.add(record.id, "Is 9 the army's figure?", field="fatalities")
        desk.switch_user("amina")
        desk.comments.add(record.id, "The army's.", field="fatalities",
                          parent_id=question.id)
        desk.switch_user("boubacar")
        yield desk


def test_the_review_window_reads_right_to_left_with_ids_and_dates_left_to_right(
        team: Desk, operations: Operations, arabic: None, qtbot) -> None:
    window = ReviewWindow(team, operations)
    qtbot.addWidget(window)
    window.show_queue()
    window.show()
    view = window.view
    qtbot.waitUntil(lambda: view.item is not None and view.comments.model.rowCount() == 2,
                    timeout=WAIT)
    record = view.item.record
    assert window.layoutDirection() == RIGHT_TO_LEFT

    # The title starts with the record's id, yet reads as an Arabic sentence, right
    # aligned: the id is isolated, and the rich text starts with a right-to-left mark
    # (Qt's rich text takes its direction from the first letter, isolated or not).
    title = view.title.text()
    assert f"{FSI}{record.human_id}{PDI}" in title and title.startswith("\u200f<b>")
    assert view.title.textFormat() == Qt.TextFormat.RichText
    # Dates inside Arabic sentences read year-month-day, left to right.
    stamp = f"{record.updated_at:%Y-%m-%d %H:%M}"
    assert stamp in view.summary.text()
    assert reads_left_to_right(view.summary, stamp)
    # The diff's columns and values are words of the user's language; names stay as coded.
    headers = [view.diff.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["الحقل", "النسخة الموافق عليها", "التنقيح المعلَّق", "التعليقات"]
    toll = view.diff.row_of("fatalities")
    assert view.diff.index(toll, 0).data() == "● الضحايا (التقدير المعتمد)"
    assert view.diff.index(toll, 3).data() == "1 نقاش مفتوح"
    # A reply's arrow stands at the start of the right-to-left line and points at its text.
    reply = view.comments.model.index(1, 4).data()
    assert reply.startswith("\u200f↲ ") and reply.endswith(f"{FSI}The army's.{PDI}")
    # No arrow of the window points the way of a left-to-right reading.
    texts = [w.text() for w in window.findChildren(QLabel)]
    texts += [view.diff.index(r, c).data() or "" for r in range(view.diff.rowCount())
              for c in range(4)]
    assert not any(arrow in text for text in texts for arrow in "→←⇒")


def test_the_timeline_has_no_italics_that_arabic_fonts_lack(
        team: Desk, operations: Operations, arabic: None, qtbot) -> None:
    """A comment line is in italics in English; in Arabic (or holding Arabic) it is not:
    the oblique fonts of many systems have no Arabic letters."""
    window = ReviewWindow(team, operations)
    qtbot.addWidget(window)
    window.show_queue()
    timeline = window.view.timeline
    qtbot.waitUntil(lambda: timeline.model.rowCount() > 0 and any(
        e.kind == "comment" for e in timeline.model.rows()), timeout=WAIT)
    model = timeline.model
    for row, entry in enumerate(model.rows()):
        if entry.kind != "comment":
            continue
        what = model.index(row, 2)
        assert not slants(what.data())
        font = what.data(Qt.ItemDataRole.FontRole)
        assert font is None or not font.italic()
    assert slants("Comment on Fatalities") and not slants("تعليق")


@pytest.fixture
def reader(data_dir: Path, operations: Operations, arabic: None, qtbot
           ) -> Iterator[ReaderWindow]:
    if not REPORT.is_file():
        pytest.skip(f"../shared sample report is absent (looked for {REPORT})")
    with Desk.open(data_dir, user="amina") as desk:
        window = ReaderWindow(desk, operations, DraftStore(data_dir / "drafts", "amina"))
        qtbot.addWidget(window)
        window.resize(1366, 688)
        window.show()
        window.open_file(REPORT)
        qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.ready(0), timeout=WAIT)
        yield window
        operations.wait()


def test_the_report_keeps_its_english_left_to_right_with_its_highlights(
        reader: ReaderWindow) -> None:
    text = REPORT.read_text("utf-8")
    document = reader.text.document()
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight, \
                block.text()
        block = block.next()
    # Each value found is highlighted over the very words it was read from.
    position = qt_positions(text)
    for draft in reader.opened.reading.drafts:
        for evidence in draft.evidence:
            if evidence.start is None or evidence.end is None or evidence.value is None:
                continue
            start = position(evidence.start)
            chosen = document.findBlock(start)
            fragment = chosen.text()[start - chosen.position():
                                     position(evidence.end) - chosen.position()]
            assert fragment == text[evidence.start:evidence.end]
            assert reader.text.said_at(start), fragment
    # The first line of the report starts at the left of its box, as English does.
    first = document.begin()
    line = first.layout().lineAt(0)
    assert line.cursorToX(0)[0] < 10


def test_a_draft_is_chosen_and_the_next_one_follows_in_arabic(reader: ReaderWindow,
                                                              qtbot) -> None:
    """Choosing a draft from the code (a click in the report's text, the next one after
    a discard) works in a right-to-left table too."""
    assert reader.current_row() == 0
    reader.select_row(2)
    assert reader.current_row() == 2
    qtbot.waitUntil(lambda: reader.ready(2), timeout=WAIT)
    reader.text.entryClicked.emit(3)
    assert reader.current_row() == 3
    qtbot.waitUntil(lambda: reader.ready(3), timeout=WAIT)
    reader.discard_button.click()
    assert reader.model.row_at(3).state is DraftState.DISCARDED
    assert reader.current_row() == 4
    assert reader.state_label.text().startswith("السطر")


def test_coordinates_and_counts_read_left_to_right_in_arabic(arabic, desk, qtbot) -> None:
    """A negative longitude typed in the Arabic form stays "-0.04472", not "0.04472-"."""
    from PySide6.QtWidgets import QLineEdit

    from sahel_desk.gui.form.inputs import CountEdit
    from sahel_desk.gui.i18n.bidi import numbers_left_to_right

    fields = [QLineEdit(), QLineEdit(), CountEdit()]
    numbers_left_to_right(*fields[:2])
    for field in fields:
        qtbot.addWidget(field)
        assert field.isRightToLeft() is False
        assert field.alignment() & Qt.AlignmentFlag.AlignRight
    plain = QLineEdit()
    qtbot.addWidget(plain)
    assert plain.isRightToLeft()  # the rest of the window mirrors
