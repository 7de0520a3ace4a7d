"""A forged bundle: a real one from amina's desk, its content edited (an approved
incident's toll 0 -> 999 and its notes replaced, with history entries to match; a new
"approved" incident with fatalities -50 dated 2099), signed again with a brand-new key
under a brand-new desk id, and imported by a researcher on another desk.

From a key nobody trusted it brings nothing in; from a key an administrator trusted as
a researcher's desk the invalid record refuses the whole import, naming it and the
field; without it, the edit waits as a pending revision of the approved record and the
default (approved-only) Excel export does not hold it.
"""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from sahel_desk.errors import UntrustedDeskError, UserError
from sahel_desk.exchange.container import fingerprint, new_signing_key, open_bundle, seal
from sahel_desk.services.desk import Desk
from tests.desk_state import desk_fingerprint
from tests.exchange.conftest import code_incident, introduce

pytestmark = pytest.mark.backends("sqlite", "postgresql")

FORGED_NOTES = "Forged: a massacre of 999 civilians."
FORGER_DESK = str(uuid.uuid4())


def _entry(change_id: str, incident_id: str, field: str, old: Any, new: Any) -> list[Any]:
    return [change_id, "incident", incident_id, field, json.dumps(old), json.dumps(new),
            "amina", "2017-05-09T10:00:00", "re-read"]


def _forged(real: dict[str, Any], approved_id: str, *, with_invalid: bool
            ) -> dict[str, Any]:
    payload = copy.deepcopy(real)
    [item] = [i for i in payload["incidents"] if i["id"] == approved_id]
    old_notes = item["state"]["notes"]
    item["state"]["fatalities"] = 999
    item["state"]["notes"] = FORGED_NOTES
    change = str(uuid.uuid4())
    item["history"] += [_entry(change, approved_id, "fatalities", 0, 999),
                        _entry(change, approved_id, "notes", old_notes, FORGED_NOTES)]
    item["revision"] += 1
    if with_invalid:
        new = copy.deepcopy(item)
        new["id"] = str(uuid.uuid4())
        new["human_id"] = "MLI-2099-0001"
        new["acled_event_id"] = None
        new["state"].update(fatalities=-50, event_date="2099-05-07", status="approved")
        new["pending"] = None
        for source in new["state"]["sources"]:
            source["id"] = str(uuid.uuid4())
        state = {**new["state"]}
        new["history"] = [[str(uuid.uuid4()), "incident", new["id"], "*", None,
                           json.dumps(state), "amina", "2017-05-09T10:00:00", None]]
        payload["incidents"].append(new)
    return payload


def _changed(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    return {name for name, rows in after.items() if rows != before.get(name)}


def test_a_forged_bundle_is_refused_then_held_to_a_researchers_rights(make_desk, tmp_path):
    amina, hawa = make_desk("amina"), make_desk("hawa")
    record = code_incident(amina, status="approved", fatalities=0, fatalities_low=None,
                           fatalities_high=None, claims=[],
                           sources=[{"publication": "RFI", "killed": 0}])
    introduce(hawa, amina, "reviewer")
    real = tmp_path / "real.sdb"
    amina.exchange.export_bundle(real, peer="hawa")
    hawa.exchange.import_bundle(real)
    assert hawa.incidents.get(record.id).status == "approved"
    hawa.profiles.create("ada", "administrator")
    hawa.switch_user("ada")
    hawa.profiles.create("hawa", "researcher")
    hawa.switch_user("hawa")
    payload = open_bundle(real.read_bytes()).payload
    private, public = new_signing_key()
    header = {"desk_id": FORGER_DESK, "user": "amina", "peer": "hawa"}
    forged = tmp_path / "forged.sdb"
    forged.write_bytes(seal(_forged(payload, record.id, with_invalid=True), header, private))

    # 1. from a key nobody trusted: refused, naming desk, user and key; only the key is
    #    noted (as seen), nothing else changes
    before = desk_fingerprint(hawa)
    for dry_run in (True, False):
        with pytest.raises(UntrustedDeskError) as refused:
            hawa.exchange.import_bundle(forged, dry_run=dry_run)
        said = str(refused.value)
        assert fingerprint(public) in said and "user amina" in said
        assert f"amina@{FORGER_DESK[:8]}" in said and "Nothing was brought in" in said
    assert _changed(before, desk_fingerprint(hawa)) == {"exchange_peer"}
    [seen] = [d for d in hawa.exchange.desks() if d.fingerprint == fingerprint(public)]
    assert (seen.trust, seen.user, seen.trusted) == ("none", "amina", False)

    # a researcher may not trust it; the administrator trusts it as a researcher's desk
    with pytest.raises(UserError, match="only administrators may"):
        hawa.exchange.trust(fingerprint(public), "reviewer")
    hawa.switch_user("ada")
    hawa.exchange.trust(fingerprint(public)[:20], "researcher")  # a unique beginning
    hawa.switch_user("hawa")

    # 2. the invalid record refuses the whole import, naming it and the field
    before = desk_fingerprint(hawa)
    with pytest.raises(UserError) as invalid:
        hawa.exchange.import_bundle(forged)
    said = str(invalid.value)
    assert "MLI-2099-0001" in said and "fatalities" in said, said
    assert desk_fingerprint(hawa) == before

    # 3. the valid edit alone: the approved row stays, the edit waits for a reviewer
    forged.write_bytes(seal(_forged(payload, record.id, with_invalid=False), header, private))
    preview = hawa.exchange.import_bundle(forged, dry_run=True)
    assert preview.trust == "researcher" and preview.updated == ()
    assert any(record.human_id in why and "pending revision" in why
               for why in preview.waiting), preview.waiting
    assert any("wait for a reviewer" in line for line in preview.lines())
    report = hawa.exchange.import_bundle(forged)
    assert report.added == () and report.updated == ()
    stored = hawa.incidents.get(record.id)
    assert (stored.status, stored.fatalities, stored.notes) == ("approved", 0, record.notes)
    pending = hawa.incidents.pending(record.id)
    assert pending is not None and pending.status == "submitted"
    working = hawa.incidents.working_record(record.id)
    assert (working.fatalities, working.notes) == (999, FORGED_NOTES)
    out = tmp_path / "approved.xlsx"
    hawa.exports.excel(out)
    assert not _cells_holding(out, 999) and not _cells_holding(out, FORGED_NOTES)
    assert _cells_holding(out, record.notes)
    # the same bundle again changes nothing
    assert hawa.exchange.import_bundle(forged).waiting == ()

    # 4. once revoked, the key is refused again
    hawa.switch_user("ada")
    hawa.exchange.revoke(fingerprint(public))
    with pytest.raises(UntrustedDeskError, match="revoked on this desk by ada"):
        hawa.exchange.import_bundle(forged)


def _cells_holding(path: Path, value: Any) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [f"{sheet.title}!{cell.coordinate}" for sheet in book.worksheets
                for row in sheet.iter_rows() for cell in row
                if getattr(cell, "value", None) == value]
    finally:
        book.close()


def test_a_researchers_desk_cannot_approve_here(make_desk, tmp_path):
    """A new record sent as approved by a desk trusted as a researcher's comes in as
    submitted, and its approval of a record here does not count; the history says so."""
    amina, hawa = make_desk("amina"), make_desk("hawa")
    introduce(hawa, amina, "researcher")
    sent_approved = code_incident(amina, status="approved")
    submitted = code_incident(amina, event_date="2017-05-08")
    report = hawa.exchange.import_bundle(_export(amina, tmp_path / "1.sdb"))
    assert set(report.added) == {sent_approved.human_id, submitted.human_id}
    assert hawa.incidents.get(sent_approved.id).status == "submitted"
    assert any(sent_approved.human_id in why and "comes in as submitted" in why
               for why in report.waiting)
    amina.incidents.update(submitted.id, {"status": "approved"})
    report = hawa.exchange.import_bundle(_export(amina, tmp_path / "2.sdb"))
    assert hawa.incidents.get(submitted.id).status == "submitted"
    assert any("does not count" in why for why in report.waiting)
    last = hawa.history.for_incident(submitted.id)[-1]
    assert (last.field, last.old_value, last.new_value, last.user) == (
        "status", "approved", "submitted", "hawa")


def _export(desk: Desk, path: Path) -> Path:
    desk.exchange.export_bundle(path, peer="hawa")
    return path
