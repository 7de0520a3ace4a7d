"""The access table, cell by cell, through every way in: the Desk API and the command line.

Each cell is a role (researcher, reviewer, administrator; and, where the answer
differs there, a researcher on a desk without profiles) and an action of
``store/policy.py``. Every action is done for real on a copy of a template desk
that holds what it needs (an approved incident, someone else's comment, one's
own conflict, a bundle, a GeoNames dump...), once through the Desk API and once
through ``sahel-desk --user NAME ...`` run in-process. The cell's answer is what
the README says the roles mean (restated in :func:`expected` below, not taken
from the policy's code): allowed, or refused with a plain message naming the
role needed (PermissionDeniedError; on the command line exit 2 and the message
on stderr), and a refusal changes no table.

For actions open to anyone a walk cannot tell whether the code asks the policy
at all, so each action is also done with its cell of ``RULES`` tightened to
administrators (the table is configuration, so the test sets it as an
administrator would): the least role the action was open to is then refused,
changing nothing. That proves the cell is asked, for every action.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sahel_desk.errors import PermissionDeniedError
from sahel_desk.exchange.container import new_signing_key
from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from sahel_desk.store import policy
from sahel_desk.store.policy import Action, Need
from tests.core.helpers import complete_values
from tests.desk_state import changed_tables, file_fingerprint, fingerprint, run_cli
from tests.fuzz import fixtures as made_up
from tests.services.test_gazetteer import geonames_row

README = Path(__file__).resolve().parents[2] / "README.md"

#: who plays each role; ``OTHER`` is the other researcher whose records others touch
USERS = {"researcher": "sam", "reviewer": "rita", "administrator": "ada"}
OTHER = "zoe"
FAMA = "Military Forces of Mali (2013-2020)"
GAO_GEONAMES_ID = 2457163
PROFILES = "desk with profiles"
BARE = "desk without profiles"


def expected(need: Need, role: str, *, has_profiles: bool) -> bool:
    """What the README's table says: reviewers and administrators write published data
    (anyone does on a desk without profiles), only they decide, only administrators
    manage profiles, and only they trust other desks' keys (the one user of a desk
    without profiles does)."""
    publisher = role in ("reviewer", "administrator")
    return {Need.ANYONE: True, Need.PUBLISHER: publisher or not has_profiles,
            Need.REVIEWER: publisher, Need.ADMINISTRATOR: role == "administrator",
            Need.OWNER: role == "administrator" or not has_profiles}[need]


def refusal_words(need: Need) -> str:
    return "; only administrators may." if need in (Need.ADMINISTRATOR, Need.OWNER) else (
        "; reviewers and administrators may.")


# --- the template desks ---------------------------------------------------------------


@dataclass
class Template:
    """A desk file to copy per case, its fingerprints, and the ids cases use."""

    db: Path
    before: dict[str, Any]
    ids: dict[str, Any]
    file: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.file = file_fingerprint(self.db)

    def changes_in(self, db: Path) -> str:
        """The tables ``db`` (a copy of this template) changed, or "" for none. The same
        bytes hold the same tables; other bytes are compared table by table."""
        if file_fingerprint(db) == self.file:
            return ""
        return changed_tables(self.before, fingerprint(db))


@dataclass
class Templates:
    desks: dict[str, Template]
    files: Path  # the inputs: GeoNames dumps, ACLED files, bundles


def _write_inputs(folder: Path, template_dir: Path) -> None:
    """GeoNames dumps, ACLED files and two bundles from another desk."""
    (folder / "new-place.txt").write_text(geonames_row(
        9900001, "Tessit Fictif", 15.3456, 0.4321, "P", "PPL", admin1="09") + "\n",
        encoding="utf-8")
    (folder / "gao.txt").write_text(geonames_row(
        GAO_GEONAMES_ID, "Gao", 16.27167, -0.04472, "P", "PPLA", admin1="09",
        population=140000) + "\n", encoding="utf-8")
    header, *rows = made_up.acled_table("current")
    stamp = header.index("timestamp")
    deaths = header.index("fatalities")
    (folder / "acled-v1.csv").write_bytes(made_up.csv_bytes([header, rows[0]]))
    newer = list(rows[0])
    newer[stamp], newer[deaths] = int(newer[stamp]) + 100, int(newer[deaths]) + 1
    (folder / "acled-v2.csv").write_bytes(made_up.csv_bytes([header, newer]))
    (folder / "acled-new.csv").write_bytes(made_up.csv_bytes([header, rows[2]]))
    sender = folder / "sender"
    sender.mkdir()
    shutil.copy2(template_dir / DATABASE_FILE, sender / DATABASE_FILE)
    with Desk.open(sender, user="hawa") as desk:
        for status in ("draft", "approved"):  # for `incidents create` (same template ids)
            (folder / f"{status}.json").write_text(
                json.dumps(complete_values(desk, status=status)), encoding="utf-8")
        (folder / "change.json").write_text('{"fatalities": 8}', encoding="utf-8")
        desk.incidents.create(complete_values(desk, status="draft"))
        desk.exchange.export_bundle(folder / "drafts.sdb", peer="drafts", since_last=False)
        desk.incidents.create(complete_values(desk, status="approved"))
        desk.exchange.export_bundle(folder / "approved.sdb", peer="all", since_last=False)


def _code_template(desk: Desk, files: Path) -> dict[str, Any]:
    """Everything the cases act on, coded on a desk without profiles (where anyone may
    publish); returns the ids and human ids the cases name."""
    ids: dict[str, Any] = {}

    def incident(user: str, **overrides: Any) -> str:
        desk.switch_user(user)
        return desk.incidents.create(complete_values(desk, **overrides)).human_id

    # Approved, with an earlier value of its notes to revert to.
    ids["approved"] = incident(OTHER, status="draft", notes="First notes.")
    ids["approved_entry"] = desk.history.for_incident(ids["approved"])[0].id
    desk.incidents.update(ids["approved"], {"notes": "Second notes."})
    desk.incidents.update(ids["approved"], {"status": "approved"})
    # Someone else's draft, with the same history.
    ids["draft"] = incident(OTHER, status="draft", notes="First notes.")
    ids["draft_entry"] = desk.history.for_incident(ids["draft"])[0].id
    desk.incidents.update(ids["draft"], {"notes": "Second notes."})
    ids["submitted"] = incident(OTHER, status="submitted")
    ids["comment", OTHER] = desk.comments.add(ids["draft"], f"A note by {OTHER}.").id
    for user in (*USERS.values(), OTHER):
        ids["own_draft", user] = incident(user, status="draft")
        desk.switch_user(user)
        ids["comment", user] = desk.comments.add(ids["draft"], f"A note by {user}.").id
        # An approved incident with this user's pending revision.
        ids["revision", user] = incident(OTHER, status="approved")
        desk.switch_user(user)
        desk.incidents.update(ids["revision", user], {"fatalities": 8})
        # A conflict on this user's stale save: the form loaded the record, someone
        # else saved it, then the form saved another value of the same field.
        conflicted = incident(OTHER, status="draft")
        base = desk.incidents.working_state(conflicted)
        desk.incidents.update(conflicted, {"fatalities": 8})
        desk.switch_user(user)
        saved = desk.incidents.save_merging(conflicted, base, {"fatalities": 9})
        assert saved.conflicts == ("fatalities",)
        ids["conflict", user] = desk.exchange.conflicts(incident=conflicted)[0].id
    desk.switch_user(OTHER)
    desk.actors.create(name="Unused Group", actor_type=3)
    desk.actors.create(name="Unused Group B", actor_type=3)
    ids["custom_place"] = desk.places.add_custom(
        name="Camp Fictif", latitude=15.5, longitude=-1.5, country_code="ML").id
    ids["gao"] = desk.places.get(str(GAO_GEONAMES_ID)).id
    desk.acled.import_file(files / "acled-v1.csv")
    return ids


@pytest.fixture(scope="module")
def templates(template_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Templates:
    root = tmp_path_factory.mktemp("access")
    files = root / "files"
    files.mkdir()
    _write_inputs(files, template_dir)
    bare, with_profiles = root / "bare", root / "profiles"
    bare.mkdir()
    shutil.copy2(template_dir / DATABASE_FILE, bare / DATABASE_FILE)
    with Desk.open(files / "sender", user="hawa") as sender:
        sender_id, sender_key = sender.exchange.identity()
    with Desk.open(bare, user=OTHER) as desk:
        ids = _code_template(desk, files)
        # the bundles' desk is trusted (by the desk's one user, before profiles), and
        # another desk's key was seen, not trusted, for the trust cells to act on
        seen = desk.exchange.meet(sender_id, "hawa", sender_key)
        desk.exchange.trust(seen.fingerprint, "reviewer")
        ids["stranger"] = desk.exchange.meet(
            "5e1f0000-0000-4000-8000-00000000b222", "moussa", new_signing_key()[1]
        ).fingerprint
    shutil.copytree(bare, with_profiles)
    with Desk.open(with_profiles, user="ada") as desk:
        desk.profiles.create("ada", "administrator")
        for role, name in (("reviewer", "rita"), ("researcher", "sam"),
                           ("researcher", OTHER)):
            desk.profiles.create(name, role)
    desks = {}
    for kind, folder in ((BARE, bare), (PROFILES, with_profiles)):
        db = folder / DATABASE_FILE
        desks[kind] = Template(db, fingerprint(db), ids)
    return Templates(desks, files)


# --- the ways in ------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """What a case knows: who acts, the template's ids, the inputs, and a folder for
    what an export writes."""

    user: str
    ids: dict[str, Any]
    files: Path
    out: Path


Api = Callable[[Desk, Case], object]
Cli = Callable[[Case], list[str]]


@dataclass(frozen=True)
class Way:
    """One way to do an action: a Desk API call, and the command that does the same
    (None when there is none)."""

    action: Action
    name: str
    api: Api
    cli: Cli | None
    #: the desks the action is walked on; a desk without profiles only where it matters
    desks: tuple[str, ...] = field(default=(PROFILES,))


def _both(need: Need) -> tuple[str, ...]:
    return (PROFILES,) if need is Need.ANYONE else (PROFILES, BARE)


def way(action: Action, api: Api, cli: Cli | None, *, name: str = "",
        desks: tuple[str, ...] | None = None) -> Way:
    return Way(action, name or action.name.lower(), api, cli,
               desks if desks is not None else _both(policy.RULES[action]))


WAYS: list[Way] = [
    way(Action.CREATE_INCIDENT,
        lambda d, c: d.incidents.create(complete_values(d, status="draft")),
        lambda c: ["incidents", "create", str(c.files / "draft.json")]),
    way(Action.CREATE_DECIDED,
        lambda d, c: d.incidents.create(complete_values(d, status="approved")),
        lambda c: ["incidents", "create", str(c.files / "approved.json")]),
    way(Action.EDIT_INCIDENT,
        lambda d, c: d.incidents.update(c.ids["draft"], {"fatalities": 8}),
        lambda c: ["history", "revert", c.ids["draft"], "--to", str(c.ids["draft_entry"]),
                   "--field", "notes"]),
    way(Action.REVISE_APPROVED,
        lambda d, c: d.incidents.update(c.ids["approved"], {"fatalities": 8}),
        lambda c: ["history", "revert", c.ids["approved"], "--to",
                   str(c.ids["approved_entry"]), "--field", "notes"]),
    way(Action.WRITE_APPROVED,
        lambda d, c: d.incidents.update(c.ids["approved"], {"fatalities": 8}, direct=True),
        lambda c: ["incidents", "edit", c.ids["approved"], str(c.files / "change.json"),
                   "--direct"]),
    way(Action.DELETE_OWN, lambda d, c: d.incidents.delete(c.ids["own_draft", c.user]),
        lambda c: ["incidents", "delete", c.ids["own_draft", c.user]]),
    way(Action.DELETE_OTHERS, lambda d, c: d.incidents.delete(c.ids["draft"]),
        lambda c: ["incidents", "delete", c.ids["draft"]]),
    way(Action.DELETE_APPROVED, lambda d, c: d.incidents.delete(c.ids["approved"]),
        lambda c: ["incidents", "delete", c.ids["approved"]]),
    way(Action.SUBMIT, lambda d, c: d.review.submit(c.ids["draft"]),
        lambda c: ["review", "submit", c.ids["draft"]]),
    way(Action.DECIDE, lambda d, c: d.review.approve(c.ids["submitted"]),
        lambda c: ["review", "approve", c.ids["submitted"]]),
    way(Action.DISCARD_OWN_REVISION,
        lambda d, c: d.review.discard_revision(c.ids["revision", c.user]),
        lambda c: ["review", "discard", c.ids["revision", c.user]]),
    way(Action.COMMENT, lambda d, c: d.comments.add(c.ids["draft"], "Check the toll."),
        lambda c: ["comments", "add", c.ids["draft"], "Check the toll."]),
    way(Action.RESOLVE_OWN_COMMENT, lambda d, c: d.comments.resolve(c.ids["comment", c.user]),
        lambda c: ["comments", "resolve", c.ids["comment", c.user]]),
    way(Action.RESOLVE_OTHERS_COMMENT,
        lambda d, c: d.comments.resolve(c.ids["comment", OTHER]),
        lambda c: ["comments", "resolve", c.ids["comment", OTHER]]),
    way(Action.CREATE_ACTOR, lambda d, c: d.actors.create(name="New Group", actor_type=3),
        lambda c: ["actors", "add", "New Group", "--type", "3"]),
    way(Action.EDIT_ACTOR, lambda d, c: d.actors.update("Unused Group", description="Bandits."),
        lambda c: ["actors", "edit", "Unused Group", "--description", "Bandits."]),
    way(Action.EDIT_PUBLISHED_ACTOR, lambda d, c: d.actors.update(FAMA, description="Army."),
        lambda c: ["actors", "edit", FAMA, "--description", "Army."]),
    way(Action.MERGE_ACTORS, lambda d, c: d.actors.merge("Unused Group B", "Unused Group"),
        lambda c: ["actors", "merge", "Unused Group B", "Unused Group"]),
    way(Action.ADD_PLACE,
        # Country and region given: the nearest places need not be looked up.
        lambda d, c: d.places.add_custom(name="Puits Nouveau", latitude=15.6,
                                         longitude=-1.6, country_code="ML", admin1="Gao"),
        lambda c: ["gazetteer", "add", "Puits Nouveau", "--lat", "15.6", "--lon", "-1.6",
                   "--country", "ML", "--admin1", "Gao"]),
    way(Action.EDIT_PLACE,
        lambda d, c: d.places.update(c.ids["custom_place"], name="Camp Fictif Nord"),
        lambda c: ["gazetteer", "edit", c.ids["custom_place"], "--name", "Camp Fictif Nord"]),
    way(Action.EDIT_PUBLISHED_PLACE,
        lambda d, c: d.places.update(c.ids["gao"], admin2="Gao Cercle"),
        lambda c: ["gazetteer", "edit", c.ids["gao"], "--admin2", "Gao Cercle"]),
    way(Action.IMPORT_GAZETTEER,
        lambda d, c: d.gazetteer.import_geonames([c.files / "new-place.txt"]),
        lambda c: ["gazetteer", "import-geonames", str(c.files / "new-place.txt")]),
    way(Action.IMPORT_PUBLISHED_PLACES,
        lambda d, c: d.gazetteer.import_geonames([c.files / "gao.txt"]),
        lambda c: ["gazetteer", "import-geonames", str(c.files / "gao.txt")]),
    way(Action.IMPORT_ACLED,
        lambda d, c: d.acled.import_file(c.files / "acled-new.csv", state="draft"),
        lambda c: ["import", "acled", str(c.files / "acled-new.csv"), "--state", "draft"]),
    way(Action.IMPORT_ACLED_PUBLISHED,
        lambda d, c: d.acled.import_file(c.files / "acled-v2.csv"),
        lambda c: ["import", "acled", str(c.files / "acled-v2.csv")]),
    way(Action.IMPORT_BUNDLE,
        lambda d, c: d.exchange.import_bundle(c.files / "drafts.sdb"),
        lambda c: ["bundle", "import", str(c.files / "drafts.sdb")]),
    way(Action.IMPORT_BUNDLE_PUBLISHED,
        lambda d, c: d.exchange.import_bundle(c.files / "approved.sdb"),
        lambda c: ["bundle", "import", str(c.files / "approved.sdb")]),
    way(Action.RESOLVE_CONFLICT,
        lambda d, c: d.exchange.resolve(c.ids["conflict", c.user], "remote"),
        lambda c: ["conflicts", "resolve", c.ids["conflict", c.user], "--take"]),
    way(Action.RESOLVE_ANY_CONFLICT,
        lambda d, c: d.exchange.resolve(c.ids["conflict", OTHER], "remote"),
        lambda c: ["conflicts", "resolve", c.ids["conflict", OTHER], "--take"]),
    way(Action.DEMO_DATA, lambda d, c: _demo(d),
        lambda c: ["demo", "--incidents", "2"]),
    way(Action.ADD_FIRST_PROFILE, lambda d, c: d.profiles.create(c.user, "administrator"),
        lambda c: ["profiles", "add", c.user, "--role", "administrator"], desks=(BARE,)),
    way(Action.ADD_PROFILE, lambda d, c: d.profiles.create("newcomer", "researcher"),
        lambda c: ["profiles", "add", "newcomer", "--role", "researcher"], desks=(PROFILES,)),
    way(Action.CHANGE_ROLE, lambda d, c: d.profiles.set_role(OTHER, "reviewer"),
        lambda c: ["profiles", "set-role", OTHER, "reviewer"]),
    way(Action.TRUST_DESK, lambda d, c: d.exchange.trust(c.ids["stranger"], "researcher"),
        lambda c: ["desks", "trust", c.ids["stranger"], "--as", "researcher"],
        desks=(BARE, PROFILES)),
    way(Action.TRUST_DESK, lambda d, c: d.exchange.revoke(c.ids["stranger"]),
        lambda c: ["desks", "revoke", c.ids["stranger"]], name="revoke a desk key",
        desks=(BARE, PROFILES)),
    way(Action.DISMISS_DUPLICATE,
        lambda d, c: d.duplicates.dismiss(c.ids["draft"], c.ids["submitted"]),
        lambda c: ["duplicates", "dismiss", c.ids["draft"], c.ids["submitted"]]),
    way(Action.MERGE_DUPLICATES,
        lambda d, c: d.duplicates.merge(c.ids["submitted"], c.ids["draft"]),
        lambda c: ["duplicates", "merge", c.ids["submitted"], c.ids["draft"]]),
    way(Action.MERGE_APPROVED,
        lambda d, c: d.duplicates.merge(c.ids["approved"], c.ids["draft"]),
        lambda c: ["duplicates", "merge", c.ids["approved"], c.ids["draft"]]),
    way(Action.EXPORT, lambda d, c: d.exports.csv(c.out / "out.csv"),
        lambda c: ["export", "csv", str(c.out / "out.csv")], name="export csv"),
    way(Action.EXPORT, lambda d, c: d.backup(c.out / "copy.sqlite"),
        lambda c: ["db", "backup", str(c.out / "copy.sqlite")], name="back up"),
    way(Action.EXPORT, lambda d, c: d.exchange.export_bundle(c.out / "out.sdb"),
        lambda c: ["bundle", "export", str(c.out / "out.sdb")], name="write a bundle"),
]

#: actions no command does yet: the Desk API (the form, scripts) is their only way in
NO_COMMAND: dict[Action, str] = {}

#: cells that fail because the code of that way in does not ask the policy yet
GAPS: dict[tuple[Action, str], str] = {}


def _demo(desk: Desk) -> int:
    from sahel_desk.services.demo import generate

    return generate(desk, 2)


# --- running a case ---------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    allowed: bool
    message: str = ""


def _run(templates: Templates, kind: str, wayin: Way, route: str, user: str,
         tmp_path: Path) -> tuple[Outcome, Template, Case]:
    template = templates.desks[kind]
    data = tmp_path / "desk"
    data.mkdir()
    shutil.copyfile(template.db, data / DATABASE_FILE)
    case = Case(user, template.ids, templates.files, tmp_path / "out")
    case.out.mkdir()
    if route == "api":
        with Desk.open(data, user=user) as desk:
            try:
                wayin.api(desk, case)
            except PermissionDeniedError as exc:
                return Outcome(False, str(exc)), template, case
        return Outcome(True), template, case
    assert wayin.cli is not None
    done = run_cli(["--data-dir", str(data), "--user", user, *wayin.cli(case)])
    assert done.code in (0, 2), done.err
    if done.code == 2:
        assert done.err.startswith("sahel-desk: error: ") and done.err.count("\n") == 1, (
            done.err)
        message = done.err.removeprefix("sahel-desk: error: ").strip()
        return Outcome(False, message), template, case
    return Outcome(True), template, case


def _check_refused(outcome: Outcome, template: Template, case: Case, tmp_path: Path,
                   need: Need, role: str) -> None:
    assert not outcome.allowed, f"{case.user} ({role}) was allowed"
    assert outcome.message.startswith(f"{case.user} is a {role} and may not "), (
        outcome.message)
    assert refusal_words(need) in outcome.message, outcome.message
    changed = template.changes_in(tmp_path / "desk" / DATABASE_FILE)
    assert not changed, f"a refusal changed {changed}"
    assert list(case.out.iterdir()) == [], "a refused export wrote a file"


def _check_done(template: Template, case: Case, tmp_path: Path, wayin: Way) -> None:
    """An allowed action did something: wrote its file (exports) or changed the desk."""
    if wayin.action is Action.EXPORT:
        assert list(case.out.iterdir()), "the export wrote no file"
    elif file_fingerprint(tmp_path / "desk" / DATABASE_FILE) == template.file:
        pytest.fail("allowed, but the desk is unchanged: the way in did nothing")


def _cells() -> list[Any]:
    params = []
    for wayin in WAYS:
        routes = ["api"] + (["cli"] if wayin.cli else [])
        for kind in wayin.desks:
            roles = list(USERS) if kind == PROFILES else ["researcher"]
            for role in roles:
                for route in routes:
                    gap = GAPS.get((wayin.action, role)) if kind == PROFILES else None
                    marks = [pytest.mark.xfail(reason=gap)] if gap else []
                    params.append(pytest.param(
                        wayin, kind, role, route, marks=marks,
                        id=f"{wayin.name}-{role}-{'bare' if kind == BARE else 'profiles'}-"
                           f"{route}"))
    return params


def _tightened() -> list[Any]:
    params = []
    for wayin in WAYS:
        need = policy.RULES[wayin.action]
        if need is Need.ADMINISTRATOR:
            continue  # already the narrowest: the walk refuses the reviewer
        kind = wayin.desks[0]
        role = "researcher" if need is Need.ANYONE or kind == BARE else "reviewer"
        for route in ["api"] + (["cli"] if wayin.cli else []):
            gap = (GAPS.get((wayin.action, "tightened"))
                   or GAPS.get((wayin.action, f"tightened {wayin.name}")))
            marks = [pytest.mark.xfail(reason=gap)] if gap else []
            params.append(pytest.param(wayin, kind, role, route, marks=marks,
                                       id=f"{wayin.name}-{role}-{route}"))
    return params


@pytest.mark.parametrize(("wayin", "kind", "role", "route"), _cells())
def test_each_cell_is_allowed_or_refused_as_the_table_says(
        templates: Templates, tmp_path: Path, wayin: Way, kind: str, role: str,
        route: str) -> None:
    need = policy.RULES[wayin.action]
    outcome, template, case = _run(templates, kind, wayin, route, USERS[role], tmp_path)
    if expected(need, role, has_profiles=kind == PROFILES):
        assert outcome.allowed, outcome.message
        _check_done(template, case, tmp_path, wayin)
    else:
        _check_refused(outcome, template, case, tmp_path, need, role)
        if need is Need.REVIEWER and kind == BARE:
            assert "This desk has no profiles yet" in outcome.message


@pytest.mark.parametrize(("wayin", "kind", "role", "route"), _tightened())
def test_each_action_asks_its_own_cell(
        templates: Templates, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, wayin: Way,
        kind: str, role: str, route: str) -> None:
    """With the action's cell set to administrators, the least role it was open to is
    refused: the way in asked the policy for this very action."""
    monkeypatch.setitem(policy.RULES, wayin.action, Need.ADMINISTRATOR)
    outcome, template, case = _run(templates, kind, wayin, route, USERS[role], tmp_path)
    _check_refused(outcome, template, case, tmp_path, Need.ADMINISTRATOR, role)


def test_every_action_is_walked() -> None:
    assert {w.action for w in WAYS} == set(Action)
    with_command = {w.action for w in WAYS if w.cli is not None}
    assert with_command | set(NO_COMMAND) == set(Action)
    assert not with_command & set(NO_COMMAND), "a command exists now: walk it"


def test_the_readme_shows_the_policy_table() -> None:
    """The README's table is written from RULES (python -m sahel_desk.store.policy
    README.md); it must say what the policy does."""
    text = README.read_text(encoding="utf-8")
    assert policy.readme_with_table(text) == text, (
        "README.md's access table is out of date: run "
        "`python -m sahel_desk.store.policy README.md`")
    for action in Action:
        assert f"| {action.value} |" in text
