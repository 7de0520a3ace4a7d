"""Who may do what: one table of role x action, asked by every method that writes.

The store and the services call :func:`require` before they change anything,
so the form, the command line, scripts, imports and bundles obey the same
rules. The table (:data:`RULES`) is also what the README's access table is
made from (``python -m sahel_desk.store.policy README.md`` writes it there)
and what tests/services/test_access_table.py walks.

Roles:

- **researcher** codes incidents, edits any record that is not approved, saves
  drafts and submits, comments, adds actors and places, imports what changes
  no published data; edits of an approved incident become its pending
  revision (which its author may discard).
- **reviewer** also decides (start review, request changes, approve, reject,
  reopen, discard another person's revision) and writes published data:
  approved records, actors and places that approved incidents use (a GeoNames
  import that would change such a place too), merges of actors.
- **administrator** also manages profiles and roles, and decides which other
  desks' keys are trusted and what their bundles may carry (on a desk without
  profiles, its one user does).

A user without a profile (the CLI's ``--user``, the login name) is a
researcher. A desk with no profile at all is a single-person desk: review
decisions still need a reviewer's profile, but the actions marked
``PUBLISHER`` (writing published data) are open to anyone there, so scripts,
``demo`` and imports keep working.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sahel_desk.errors import PermissionDeniedError
from sahel_desk.model import Profile
from sahel_desk.text.message import Text, listed

DEFAULT_ROLE = "researcher"
ROLES = ("researcher", "reviewer", "administrator")
REVIEWER_ROLES = frozenset({"reviewer", "administrator"})
#: states anyone may save a record in; the others are reviewers' decisions
OPEN_STATUSES = frozenset({"draft", "submitted"})
#: states a researcher may move a record out of by saving it
RESEARCHER_STATUSES = frozenset({"draft", "submitted", "changes_requested"})


class Need(Enum):
    """Who an action is open to."""

    ANYONE = "anyone"
    #: a reviewer or administrator; anyone on a desk without profiles
    PUBLISHER = "reviewers and administrators"
    #: a reviewer or administrator, always (review decisions)
    REVIEWER = "reviewers and administrators, always"
    ADMINISTRATOR = "administrators"
    #: an administrator; anyone on a desk without profiles (its one user owns it)
    OWNER = "administrators; anyone on a desk without profiles"


class Action(Enum):
    """Every kind of change the desk makes, by what it can touch."""

    CREATE_INCIDENT = "create an incident as a draft or submitted"
    CREATE_DECIDED = "create an incident in a reviewed state (in review, approved, rejected)"
    EDIT_INCIDENT = "edit an incident that is not approved"
    REVISE_APPROVED = "edit an approved incident (the edit waits as a pending revision)"
    WRITE_APPROVED = "change an approved incident directly, without a revision"
    DELETE_OWN = "delete an incident you created that is not approved"
    DELETE_OTHERS = "delete another person's incident that is not approved"
    DELETE_APPROVED = "delete an approved incident"
    SUBMIT = "submit a record for review"
    DECIDE = ("start a review, request changes, approve, reject, reopen, discard another "
              "person's revision")
    DISCARD_OWN_REVISION = "discard your own pending revision of an approved incident"
    COMMENT = "comment on an incident"
    RESOLVE_OWN_COMMENT = "resolve or reopen a comment thread you started"
    RESOLVE_OTHERS_COMMENT = "resolve or reopen another person's comment thread"
    CREATE_ACTOR = "add an actor"
    EDIT_ACTOR = "rename or edit an actor that no approved incident uses"
    EDIT_PUBLISHED_ACTOR = "rename or edit an actor that approved incidents use"
    MERGE_ACTORS = "merge two actors (repoints every incident, approved ones too)"
    ADD_PLACE = "add a place to the gazetteer"
    EDIT_PLACE = "edit a place that no approved incident uses"
    EDIT_PUBLISHED_PLACE = "edit a place that approved incidents use"
    IMPORT_GAZETTEER = "import GeoNames places that no approved incident uses"
    IMPORT_PUBLISHED_PLACES = "import GeoNames changes to places approved incidents use"
    IMPORT_ACLED = "import ACLED events as drafts or submitted records"
    IMPORT_ACLED_PUBLISHED = ("import ACLED events in a reviewed state (in review, approved, "
                              "rejected), or update approved ones")
    IMPORT_BUNDLE = "import a bundle that changes no approved incident"
    IMPORT_BUNDLE_PUBLISHED = "import a bundle that adds or changes approved incidents"
    RESOLVE_CONFLICT = "resolve an exchange conflict on your own stale save"
    RESOLVE_ANY_CONFLICT = "resolve another desk's exchange conflict"
    DEMO_DATA = "fill the desk with demo incidents (approved ones among them)"
    ADD_FIRST_PROFILE = "add the first profile of a desk"
    ADD_PROFILE = "add a profile"
    CHANGE_ROLE = "change someone's role"
    DISMISS_DUPLICATE = ("mark two incidents as not the same event (no longer proposed as "
                         "duplicates)")
    MERGE_DUPLICATES = ("merge two records of one event, neither approved (the other is "
                        "rejected as a duplicate)")
    MERGE_APPROVED = "merge two records of one event when either is approved"
    EXPORT = "export to Excel or CSV, back up the database"
    TRUST_DESK = ("trust another desk's key (as a researcher's or a reviewer's desk) or "
                  "revoke it")


RULES: dict[Action, Need] = {
    Action.CREATE_INCIDENT: Need.ANYONE,
    Action.CREATE_DECIDED: Need.PUBLISHER,
    Action.EDIT_INCIDENT: Need.ANYONE,
    Action.REVISE_APPROVED: Need.ANYONE,
    Action.WRITE_APPROVED: Need.PUBLISHER,
    Action.DELETE_OWN: Need.ANYONE,
    Action.DELETE_OTHERS: Need.PUBLISHER,
    Action.DELETE_APPROVED: Need.PUBLISHER,
    Action.SUBMIT: Need.ANYONE,
    Action.DECIDE: Need.REVIEWER,
    Action.DISCARD_OWN_REVISION: Need.ANYONE,
    Action.COMMENT: Need.ANYONE,
    Action.RESOLVE_OWN_COMMENT: Need.ANYONE,
    Action.RESOLVE_OTHERS_COMMENT: Need.PUBLISHER,
    Action.CREATE_ACTOR: Need.ANYONE,
    Action.EDIT_ACTOR: Need.ANYONE,
    Action.EDIT_PUBLISHED_ACTOR: Need.PUBLISHER,
    Action.MERGE_ACTORS: Need.PUBLISHER,
    Action.ADD_PLACE: Need.ANYONE,
    Action.EDIT_PLACE: Need.ANYONE,
    Action.EDIT_PUBLISHED_PLACE: Need.PUBLISHER,
    Action.IMPORT_GAZETTEER: Need.ANYONE,
    Action.IMPORT_PUBLISHED_PLACES: Need.PUBLISHER,
    Action.IMPORT_ACLED: Need.ANYONE,
    Action.IMPORT_ACLED_PUBLISHED: Need.PUBLISHER,
    Action.IMPORT_BUNDLE: Need.ANYONE,
    Action.IMPORT_BUNDLE_PUBLISHED: Need.PUBLISHER,
    Action.RESOLVE_CONFLICT: Need.ANYONE,
    Action.RESOLVE_ANY_CONFLICT: Need.PUBLISHER,
    Action.DEMO_DATA: Need.PUBLISHER,
    Action.ADD_FIRST_PROFILE: Need.ANYONE,
    Action.ADD_PROFILE: Need.ADMINISTRATOR,
    Action.CHANGE_ROLE: Need.ADMINISTRATOR,
    Action.DISMISS_DUPLICATE: Need.ANYONE,
    Action.MERGE_DUPLICATES: Need.ANYONE,
    Action.MERGE_APPROVED: Need.REVIEWER,
    Action.EXPORT: Need.ANYONE,
    Action.TRUST_DESK: Need.OWNER,
}


#: what a refusal says (the actions reach the translators through gui.i18n.noop)
_ACTION_TEXTS: dict[Action, Text] = {action: listed(action.value) for action in Action}
_ROLE_TEXTS: dict[str, Text] = {"researcher": Text("researcher"), "reviewer": Text("reviewer"),
                                "administrator": Text("administrator")}
STATUS_TEXTS: dict[str, Text] = {
    "draft": Text("draft"), "submitted": Text("submitted"), "in_review": Text("in_review"),
    "changes_requested": Text("changes_requested"), "approved": Text("approved"),
    "rejected": Text("rejected")}


@dataclass(frozen=True)
class Decision:
    allowed: bool
    role: str
    need: Need


def profiles_exist(session: Session) -> bool:
    return bool(session.scalar(select(func.count(Profile.id))))


def role_of(session: Session, user: str) -> str:
    role = session.scalar(select(Profile.role).where(Profile.name == user))
    return role or DEFAULT_ROLE


def permits(need: Need, role: str, *, has_profiles: bool) -> bool:
    """The table's answer for one role, on a desk with or without profiles."""
    if need is Need.ANYONE:
        return True
    if need is Need.ADMINISTRATOR:
        return role == "administrator"
    if need is Need.OWNER:
        return role == "administrator" or not has_profiles
    if need is Need.REVIEWER:
        return role in REVIEWER_ROLES
    return role in REVIEWER_ROLES or not has_profiles


def decide(session: Session, user: str, action: Action) -> Decision:
    need = RULES[action]
    role = role_of(session, user)
    return Decision(permits(need, role, has_profiles=profiles_exist(session)), role, need)


def allowed(session: Session, user: str, action: Action) -> bool:
    return decide(session, user, action).allowed


def require(session: Session, user: str, action: Action, what: str | None = None) -> None:
    """Refuse (PermissionDeniedError, nothing changed) unless ``user`` may do ``action``.

    ``what`` names the thing done ("merge FAMa into Military Forces of Mali"), so the
    message says plainly what was refused and which role may do it.
    """
    decision = decide(session, user, action)
    if decision.allowed:
        return
    doing = what or _ACTION_TEXTS[action]
    role = _ROLE_TEXTS.get(decision.role, decision.role)
    if decision.need in (Need.ADMINISTRATOR, Need.OWNER):
        said = Text("{user} is a {role} and may not {doing}; only administrators may.",
                    user=user, role=role, doing=doing)
    elif decision.need is Need.REVIEWER and not profiles_exist(session):
        said = Text("{user} is a {role} and may not {doing}; reviewers and administrators "
                    "may. This desk has no profiles yet: add one with the reviewer or "
                    "administrator role.", user=user, role=role, doing=doing)
    else:
        said = Text("{user} is a {role} and may not {doing}; reviewers and administrators "
                    "may.", user=user, role=role, doing=doing)
    raise PermissionDeniedError(said)


def may_publish(session: Session, user: str) -> bool:
    """Whether the user may write approved data without a review step."""
    return allowed(session, user, Action.WRITE_APPROVED)


def check_status_write(session: Session, user: str, old: str | None, new: str) -> None:
    """A save may move a record between draft and submitted; other states are decisions."""
    if old == new:
        return
    if new in OPEN_STATUSES and (old is None or old in RESEARCHER_STATUSES):
        return
    action = Action.CREATE_DECIDED if old is None else Action.WRITE_APPROVED
    if old is None:
        what = Text("save a new record as {new} (use the review steps)",
                    new=STATUS_TEXTS.get(new, new))
    else:
        what = Text("save a record from {old} as {new} (use the review steps)",
                    old=STATUS_TEXTS.get(old, old), new=STATUS_TEXTS.get(new, new))
    require(session, user, action, what)


# --- the README's table -------------------------------------------------------------

TABLE_HEADER = "| action | researcher | reviewer | administrator |"


def _cell(need: Need, role: str) -> str:
    if permits(need, role, has_profiles=True):
        return "yes"
    if permits(need, role, has_profiles=False):
        return "no (yes on a desk without profiles)"
    return "no"


def table_markdown() -> str:
    """The access table as the README shows it: one row per action, from :data:`RULES`."""
    lines = [TABLE_HEADER, "|---|---|---|---|"]
    for action in Action:
        need = RULES[action]
        lines.append(f"| {action.value} | " + " | ".join(_cell(need, role) for role in ROLES)
                     + " |")
    return "\n".join(lines) + "\n"


def readme_with_table(text: str) -> str:
    """``text`` (the README) with its access table replaced by :func:`table_markdown`."""
    pattern = re.compile(re.escape(TABLE_HEADER) + r"\n(?:\|.*\n)*")
    if len(pattern.findall(text)) != 1:
        raise ValueError(f"the README should hold one table starting with {TABLE_HEADER!r}")
    return pattern.sub(lambda _m: table_markdown(), text)


def main(argv: list[str]) -> int:
    """``python -m sahel_desk.store.policy [README.md]``: print the table, or write it into
    the README in place."""
    if not argv:
        sys.stdout.write(table_markdown())
        return 0
    readme = Path(argv[0])
    readme.write_text(readme_with_table(readme.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
