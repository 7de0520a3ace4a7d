"""Small, real inputs for the fuzz targets, built here rather than copied.

The ACLED rows, GeoNames rows and claims are invented (villages, sources and
notes are made up) but shaped as the real files are: ACLED's own column names
and value styles, the GeoNames dump's 19 tab-separated columns, Arabic claims
as the az-Zallaqa and al-Naba statements are written. The bundle and the
database are real: exported from, and copied out of, a small desk coded here.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import shutil
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.exchange.container import open_bundle, read_header, seal
from sahel_desk.interop.acled_read import DYADIC_COLUMNS, MONADIC_COLUMNS
from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk

JNIM = "JNIM: Group for Support of Islam and Muslims"
FAMA = "Military Forces of Mali (2013-2020)"
CIVILIANS = "Civilians (Mali)"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

#: The bundle signing key of the fuzz tests: fixed, so that a saved case replays as it ran.
TEST_KEY = hashlib.sha256(b"sahel-desk fuzz test signing key").digest()


def events() -> list[dict[str, Any]]:
    """Three invented events in ACLED's event-level terms (both sides on one row)."""
    return [
        {"event_id_cnty": "MLI80001", "event_date": date(2019, 4, 9), "time_precision": 1,
         "event_type": "Battles", "sub_event_type": "Armed clash",
         "actor1": JNIM, "assoc_actor_1": "", "inter1": 2,
         "actor2": FAMA, "assoc_actor_2": "", "inter2": 1,
         "country": "Mali", "admin1": "Gao", "admin2": "Ansongo", "admin3": "Bara",
         "location": "Tessit Fictif", "latitude": 15.3456, "longitude": 0.4321,
         "geo_precision": 2, "source": "Radio Invente; Courrier Factice",
         "source_scale": "National-Subnational",
         "notes": "On 9 April 2019, invented militants clashed with soldiers near Tessit Fictif.",
         "fatalities": 5, "tags": "", "timestamp": 1610000001},
        {"event_id_cnty": "MLI80002", "event_date": date(2020, 2, 14), "time_precision": 2,
         "event_type": "Violence against civilians", "sub_event_type": "Attack",
         "actor1": "Katiba Macina", "assoc_actor_1": JNIM, "inter1": 2,
         "actor2": CIVILIANS, "assoc_actor_2": "Invented Herders (Mali)", "inter2": 7,
         "country": "Mali", "admin1": "Mopti", "admin2": "Djenne", "admin3": "Femaye",
         "location": "Kouakourou Imaginaire", "latitude": 14.1234, "longitude": -4.3210,
         "geo_precision": 1, "source": "Echo Factice", "source_scale": "Local partner-New media",
         "notes": "Around 14 February 2020, invented gunmen attacked Kouakourou Imaginaire.",
         "fatalities": 3, "tags": "women targeted: girls", "timestamp": 1610000002},
        {"event_id_cnty": "MLI80003", "event_date": date(2018, 9, 2), "time_precision": 1,
         "event_type": "Protests", "sub_event_type": "Peaceful protest",
         "actor1": "Protesters (Mali)", "assoc_actor_1": "", "inter1": 6,
         "actor2": "", "assoc_actor_2": "", "inter2": None,
         "country": "Mali", "admin1": "Segou", "admin2": "Macina", "admin3": "Kokry",
         "location": "Kokry Test", "latitude": 13.9876, "longitude": -5.5432,
         "geo_precision": 1, "source": "Bulletin de Test", "source_scale": "Subnational",
         "notes": "On 2 September 2018, residents of Kokry Test marched for water.",
         "fatalities": 0, "tags": "crowd size=around 50", "timestamp": 1610000003},
    ]


def _label(code: int | None) -> str:
    return tx.ACTOR_TYPE_BY_CODE[code].label if code else ""


def _date_text(day: date, style: str) -> str:
    if style == "long":
        return f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}"
    if style == "short":
        return f"{day.day}-{MONTHS[day.month - 1][:3]}-{day.year % 100:02d}"
    return day.isoformat()


def acled_table(layout: str) -> list[list[Any]]:
    """The header and rows of one ACLED layout (current, dyadic or monadic), typed values."""
    rows: list[dict[str, Any]] = []
    for n, e in enumerate(events()):
        if layout == "current":
            rows.append({
                **e, "event_date": e["event_date"], "year": e["event_date"].year,
                "disorder_type": tx.disorder_type_of(e["sub_event_type"]),
                "inter1": _label(e["inter1"]), "inter2": _label(e["inter2"]),
                "interaction": tx.interaction_text(e["inter1"], e["inter2"]),
                "civilian_targeting": "Civilians targeted" if e["inter2"] == 7 else "",
                "iso": 466, "region": "Western Africa"})
            continue
        row = {**e, "event_date": _date_text(e["event_date"], "long" if layout == "dyadic"
                                             else "short"),
               "year": e["event_date"].year, "inter2": e["inter2"] or "",
               "interaction": tx.interaction_code(e["inter1"], e["inter2"]),
               "data_id": 6000 + n, "event_id_no_cnty": e["event_id_cnty"][3:], "iso": 466,
               "region": "Western Africa", "iso3": "MLI"}
        rows.append(row)
        if layout == "monadic" and row["actor2"]:
            rows.append({**row, "actor1": row["actor2"], "assoc_actor_1": row["assoc_actor_2"],
                         "inter1": row["inter2"]})
    columns = {"current": tx.ACLED_COLUMNS, "dyadic": DYADIC_COLUMNS,
               "monadic": MONADIC_COLUMNS}[layout]
    return [list(columns)] + [[r.get(c, "") for c in columns] for r in rows]


def csv_bytes(table: list[list[Any]]) -> bytes:
    """The table as UTF-8 CSV; a lone surrogate a mutation put in a cell is kept as its
    bytes (the reader must refuse them, not the fixture fail to write them)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in table:
        writer.writerow(["" if v is None else (v.isoformat() if isinstance(v, date) else v)
                         for v in row])
    return out.getvalue().encode("utf-8", "surrogatepass")


def xlsx_bytes(table: list[list[Any]]) -> bytes:
    """A workbook as ACLED's downloads have it: a notes sheet, then the data with typed cells."""
    from openpyxl import Workbook

    book = Workbook()
    about = book.active
    about.title = "About"
    about.append(["Invented events for the fuzz tests"])
    sheet = book.create_sheet("Data")
    for row in table:
        sheet.append([None if v == "" else v for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- GeoNames ------------------------------------------------------------------------------

GEONAMES_ROWS: list[list[str]] = [
    ["9900001", "Tessit Fictif", "Tessit Fictif", "Tessit,Tesit,تيسيت", "15.3456", "0.4321",
     "P", "PPL", "ML", "", "09", "", "", "", "1200", "", "281", "Africa/Bamako", "2019-05-02"],
    ["9900002", "Region Imaginaire", "Region Imaginaire", "Imaginaire", "16.5", "-1.5", "A",
     "ADM1", "ML", "", "17", "", "", "", "0", "", "270", "Africa/Bamako", "2021-03-01"],
    ["9900003", "Cercle de Test", "Cercle de Test", "", "16.1", "-1.2", "A", "ADM2", "ML", "",
     "17", "9900003", "", "", "0", "", "-9999", "Africa/Bamako", ""],
    ["9900004", "Puits Factice", "Puits Factice", "", "19.05", "1.15", "H", "WLL", "ML", "",
     "10", "", "", "", "0", "305", "", "Africa/Bamako", "2012-01-18"],
    ["9900005", "Kouakourou Imaginaire", "Kouakourou Imaginaire",
     "Kouakourou,كواكورو,Kwakuru", "14.1234", "-4.321", "P", "PPLA3", "ML", "BF", "07",
     "", "", "", "3500", "", "262", "Africa/Bamako", "2020-11-30"],
]


def geonames_bytes(rows: list[list[str]]) -> bytes:
    return "".join("\t".join(r) + "\n" for r in rows).encode("utf-8", "surrogatepass")


# --- claims ---------------------------------------------------------------------------------

CLAIMS = [
    "#مؤسسة_الزلاقة\n"
    "الثلاثاء 03/08/1440\n"
    "هجوم على ثكنة للجيش المالي في #تيسيت قرب مدينة #غاو أسفر عن #مقتل خمسة من الجنود "
    "و#غنيمة سيارتين وكمية من الذخائر.\n"
    "#جماعة_نصرة_الإسلام_والمسلمين",
    "# an invented statement in the al-Naba style\n"
    "ولاية غرب إفريقيا - الصحراء\n"
    "الجمعة 19 جمادى الآخرة 1441 هـ\n"
    "هلاك 12 من عناصر الجيش المالي وإصابة آخرين في هجوم لجنود الخلافة على قاعدة في منطقة "
    "#ميناكا، واغتنام ٤ آليات رباعية الدفع.",
    "#الزلاقة\n"
    "١٥ صفر ١٤٤٢\n"
    "أسر ثلاثة من عملاء الحكومة المالية قرب #موبتي وإحراق آلية لقوات برخان الفرنسية.",
]


def claims_text() -> str:
    return "\n---\n".join(CLAIMS) + "\n"


# --- a small real desk: its database and a bundle from it ----------------------------------


def _incident(desk: Desk, place: str, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "event_date": "2019-04-09", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "place_id": desk.places.find(place, country_code="ML")[0].id,
        "geo_precision": 2, "near": True, "actor1": JNIM, "actor2": FAMA,
        "fatalities": 5, "fatalities_low": 4, "fatalities_high": 6,
        "notes": "Invented assault on an army post, for the fuzz tests.",
        "tags": ["claimed"],
        "sources": [{"publication": "Radio Invente", "killed": 5,
                     "source_scale": "International"}],
        "claims": [{"claimant": "JNIM", "channel": "az-Zallaqa", "killed": 5,
                    "original_text": CLAIMS[0], "date_written": "الثلاثاء 03/08/1440",
                    "claim_date": "2019-04-09", "vehicles_seized": 2}],
        "status": "submitted",
    }
    values.update(overrides)
    return values


def code_small_desk(desk: Desk) -> None:
    """A few incidents in several states, with sources, claims, history and a comment."""
    first = desk.incidents.create(_incident(desk, "Gao"))
    desk.incidents.create(_incident(
        desk, "Mopti", event_date="2020-02-14", event_type="Violence against civilians",
        sub_event_type="Attack", actor1="Katiba Macina", actor2=CIVILIANS, fatalities=3,
        fatalities_low=3, fatalities_high=3, status="approved", claims=[]))
    desk.incidents.create(_incident(
        desk, "Tombouctou", event_date="2018-09-02", event_type="Protests",
        sub_event_type="Peaceful protest", actor1="Protesters (Mali)", actor2=None,
        fatalities=0, fatalities_low=0, fatalities_high=0, status="draft", claims=[],
        sources=[]))
    desk.incidents.update(first.id, {"fatalities": 6, "fatalities_high": 7},
                          expected_revision=first.revision, reason="a later army statement")
    desk.comments.add(first.id, "Check the toll against the claim.")


def resign(payload: dict[str, Any], header: dict[str, Any]) -> bytes:
    """A bundle of ``payload`` signed with the test key (what a forger with a key could send)."""
    keep = {k: header[k] for k in header
            if k not in ("format", "public_key", "encrypted", "kdf", "cipher")}
    return seal(payload, keep, TEST_KEY)


def test_public_key() -> str:
    key = Ed25519PrivateKey.from_private_bytes(TEST_KEY)
    return base64.b64encode(key.public_key().public_bytes_raw()).decode("ascii")


def _trust_test_key(desk: Desk, desk_id: str, public: bytes) -> None:
    """The receiving desk (its one user, on a desk without profiles) trusts the sender's
    desk under the test key as a reviewer's, so that bundles reach the merge."""
    seen = desk.exchange.meet(desk_id, "amina", public)
    desk.exchange.trust(seen.fingerprint, "reviewer")


def build_desks(template: Path, work: Path) -> dict[str, Path]:
    """The desk files and bundles the bundle and database targets start from.

    ``small.sqlite``: a desk with a few coded incidents (the database target's
    fixture). ``bundle.sdb``: all of that desk, re-signed with the test key.
    ``receiver-fresh.sqlite``: a seeded desk that never met the sender;
    ``receiver-known.sqlite``: one that took the first bundle, so that a second
    one merges into records it holds. ``delta.sdb``: the sender's changes since
    (an edit the receiver also made differently, for a conflict).
    """
    sender_dir, receiver_dir = work / "sender", work / "receiver"
    for folder in (sender_dir, receiver_dir):
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(template / DATABASE_FILE, folder / DATABASE_FILE)
    out: dict[str, Path] = {}
    shutil.copy2(template / DATABASE_FILE, work / "receiver-fresh.sqlite")
    out["receiver-fresh"] = work / "receiver-fresh.sqlite"
    with Desk.open(sender_dir, user="amina") as sender:
        code_small_desk(sender)
        data, _summary = sender.exchange.bundle_bytes(peer="hawa", since_last=False)
        header, _raw, _body = read_header(data)
        first = resign(open_bundle(data).payload, header)
        public = base64.b64decode(test_public_key())
        with Desk.open(work, url=str(out["receiver-fresh"]), user="hawa") as fresh:
            _trust_test_key(fresh, header["desk_id"], public)
        with Desk.open(receiver_dir, user="hawa") as receiver:
            _trust_test_key(receiver, header["desk_id"], public)
            receiver.exchange.import_bytes(first)
            some = receiver.incidents.get(receiver.incidents.query(limit=1).rows[0].id)
            receiver.incidents.update(some.id, {"notes": "Edited on the receiving desk."},
                                      expected_revision=some.revision, reason="local edit")
        first_id = some.id
        record = sender.incidents.get(first_id)
        sender.incidents.update(first_id, {"notes": "Edited on the sending desk.",
                                           "fatalities": record.fatalities},
                                expected_revision=record.revision, reason="sender edit")
        delta, _summary = sender.exchange.bundle_bytes(peer="hawa")
        header, _raw, _body = read_header(delta)
        (work / "bundle.sdb").write_bytes(first)
        (work / "delta.sdb").write_bytes(resign(open_bundle(delta).payload, header))
    shutil.copy2(sender_dir / DATABASE_FILE, work / "small.sqlite")
    shutil.copy2(receiver_dir / DATABASE_FILE, work / "receiver-known.sqlite")
    out.update({"small": work / "small.sqlite", "bundle": work / "bundle.sdb",
                "delta": work / "delta.sdb", "receiver-known": work / "receiver-known.sqlite"})
    return out


def report_text() -> str:
    """A monthly report in the shape coders receive (invented entries): dated items,
    a range, French and English, and an Arabic claim repeating one of them."""
    return (
        "# Mali: incidents of May 2019\n\n"
        "Compiled 31 May 2019.\n\n"
        "## Summary\n\nViolence continued in the centre.\n\n"
        "[03 MAY 19](#): Suspected JNIM militants ambushed a FAMa patrol near Boni, "
        "Mopti Region. At least 4 soldiers killed. JNIM claimed responsibility.\n\n"
        "12-13 MAY 19: Unknown gunmen attacked the villages of Sobane and Kere. Dozens of "
        "civilians killed.\n\n"
        "Le 20 mai, un engin explosif improvisé a touché un véhicule de la MINUSMA entre "
        "Aguelhok et Tessalit : 2 casques bleus blessés.\n\n"
        "28 MAY 19: Gendarmes arrested 6 suspects in Sevare.\n\n"
        + CLAIMS[0] + "\n")

