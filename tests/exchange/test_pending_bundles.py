"""Pending revisions of approved incidents travel and merge like the records they edit.

The merge writes this desk's merged pending revisions back in one statement and
removes the ones the other desk closed: these tests read the result through the
Desk API (the working record and its pending revision), on both backends.
"""

from __future__ import annotations

import pytest

from tests.exchange.conftest import code_incident, send

pytestmark = pytest.mark.backends("sqlite", "postgresql")


@pytest.fixture
def approved(make_desk, tmp_path):
    """An approved incident both desks hold."""
    amina, hawa = make_desk("amina"), make_desk("hawa")
    record = code_incident(amina, status="approved")
    send(amina, hawa, tmp_path, "first")
    assert hawa.incidents.get(record.id).status == "approved"
    return amina, hawa, record


def test_two_desks_edits_of_one_approved_incident_meet_in_its_pending_revision(
        approved, tmp_path):
    amina, hawa, record = approved
    amina.incidents.update(record.id, {"notes": "Re-read: the army post at Almoustarat."})
    hawa.incidents.update(record.id, {"injured": 12})
    before = hawa.incidents.pending(record.id)
    assert before is not None
    report = send(amina, hawa, tmp_path, "edits")
    assert report.updated == (record.human_id,) and not report.conflicts
    after = hawa.incidents.pending(record.id)
    assert after is not None and after.id == before.id  # the same revision, merged
    assert after.revision == max(before.revision,
                                 amina.incidents.pending(record.id).revision) + 1
    assert after.updated_by == "hawa"
    working = hawa.incidents.working_record(record.id)
    assert working.notes == "Re-read: the army post at Almoustarat."
    assert working.injured == 12
    # the approved record itself waits for the revision's approval
    stored = hawa.incidents.get(record.id)
    assert (stored.notes, stored.injured) == (record.notes, record.injured)
    fields = {h.field for h in hawa.history.for_incident(record.id)
              if h.entity == "revision" and h.user == "hawa"}
    assert "notes" in fields  # the merge recorded what it took into the revision


def test_a_revision_discarded_on_the_other_desk_is_closed_here_too(approved, tmp_path):
    amina, hawa, record = approved
    amina.incidents.update(record.id, {"notes": "A reading that was dropped."})
    send(amina, hawa, tmp_path, "revision")
    assert hawa.incidents.pending(record.id) is not None
    amina.review.discard_revision(record.id, "wrong incident")
    assert amina.incidents.pending(record.id) is None
    send(amina, hawa, tmp_path, "discarded")
    assert hawa.incidents.pending(record.id) is None
    assert hawa.incidents.working_record(record.id).notes == record.notes


def test_a_revision_closed_there_but_edited_here_stays_open(approved, tmp_path):
    amina, hawa, record = approved
    amina.incidents.update(record.id, {"notes": "A reading that was dropped."})
    send(amina, hawa, tmp_path, "revision")
    hawa.incidents.update(record.id, {"injured": 3})
    amina.review.discard_revision(record.id, "wrong incident")
    report = send(amina, hawa, tmp_path, "discarded")
    assert any("stays open" in why for why in report.left_alone)
    assert hawa.incidents.working_record(record.id).injured == 3
