"""`sahel-desk review ...`, `profiles ...`, `history ...` and `comments ...`.

Who acts is the global ``--user`` (or $SAHEL_DESK_USER); the roles are
checked by the services, so a researcher's `review approve` is refused here
exactly as in the application.
"""

from __future__ import annotations

import argparse
from typing import Any

from sahel_desk.cli.common import LARGEST, open_desk, print_json, whole_number
from sahel_desk.model import ROLES
from sahel_desk.services.readable import STATUS_LABELS
from sahel_desk.services.review import REJECTION_REASONS


def register(commands: argparse._SubParsersAction) -> None:
    _register_review(commands)
    _register_profiles(commands)
    _register_history(commands)
    _register_comments(commands)


def _register_review(commands: argparse._SubParsersAction) -> None:
    review = commands.add_parser("review", help="the review queue and review decisions")
    sub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    queue = sub.add_parser("queue", help="incidents and revisions waiting for review")
    queue.add_argument("--newest-first", action="store_true")
    queue.add_argument("--limit", type=whole_number(minimum=1, maximum=LARGEST,
                                                    above_means_all=True), default=None)
    queue.add_argument("--json", action="store_true")
    queue.set_defaults(handler=cmd_queue)
    returned = sub.add_parser("returned", help="your records sent back with changes requested")
    returned.add_argument("--for", dest="for_user", metavar="NAME",
                          help="whose (default: --user)")
    returned.add_argument("--json", action="store_true")
    returned.set_defaults(handler=cmd_returned)
    diff = sub.add_parser("diff", help="the record under review beside its reference version")
    diff.add_argument("id")
    diff.add_argument("--json", action="store_true")
    diff.set_defaults(handler=cmd_diff)
    steps = {
        "submit": ("submit", "send a draft or a record sent back for review", False),
        "start": ("start_review", "take a submitted record into review", False),
        "approve": ("approve", "approve a record, or apply its pending revision", False),
        "request-changes": ("request_changes", "send a record back to its researcher", True),
        "reopen": ("reopen", "bring a rejected record back as a draft", True),
        "discard": ("discard_revision", "drop the pending revision of an approved record",
                    False),
    }
    for name, (method, text, needs_reason) in steps.items():
        step = sub.add_parser(name, help=text)
        step.add_argument("id", help="id, human id (MLI-2017-0042) or ACLED event id")
        step.add_argument("--reason", required=needs_reason)
        _revision_argument(step)
        step.set_defaults(handler=cmd_step, method=method)
    reject = sub.add_parser("reject", help="reject a record (not an event, out of scope, "
                                           "duplicate)")
    reject.add_argument("id")
    reject.add_argument("--why", required=True, choices=sorted(REJECTION_REASONS))
    reject.add_argument("--reason", required=True)
    reject.add_argument("--duplicate-of", metavar="ID", help="the record this one duplicates")
    _revision_argument(reject)
    reject.set_defaults(handler=cmd_reject)


def _revision_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--revision", type=whole_number(minimum=1, maximum=LARGEST),
                        metavar="N",
                        help="refuse if the record is no longer at revision N")


def _register_profiles(commands: argparse._SubParsersAction) -> None:
    profiles = commands.add_parser("profiles", help="who works on this desk, and their roles")
    sub = profiles.add_subparsers(dest="profiles_command", metavar="ACTION", required=True)
    lister = sub.add_parser("list", help="every profile")
    lister.add_argument("--json", action="store_true")
    lister.set_defaults(handler=cmd_profiles_list)
    add = sub.add_parser("add", help="add a profile (the first one: anyone; then "
                                     "administrators)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.set_defaults(handler=cmd_profiles_add)
    set_role = sub.add_parser("set-role", help="change a role (administrators)")
    set_role.add_argument("name")
    set_role.add_argument("role", choices=ROLES)
    set_role.set_defaults(handler=cmd_profiles_set_role)


def _register_history(commands: argparse._SubParsersAction) -> None:
    history = commands.add_parser("history", help="an incident's history, and reverts")
    sub = history.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="every change, review step and comment, in order")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_history_show)
    revert = sub.add_parser("revert", help="set the record (or one field) back to just after "
                                           "a history entry")
    revert.add_argument("id")
    revert.add_argument("--to", dest="to_entry", type=whole_number(minimum=1, maximum=LARGEST),
                        required=True, metavar="ENTRY",
                        help="the entry number shown by `history show`")
    revert.add_argument("--field", help="only this field (e.g. fatalities, sources)")
    revert.add_argument("--reason")
    revert.set_defaults(handler=cmd_history_revert)


def _register_comments(commands: argparse._SubParsersAction) -> None:
    comments = commands.add_parser("comments", help="comment threads on incidents")
    sub = comments.add_subparsers(dest="comments_command", metavar="ACTION", required=True)
    lister = sub.add_parser("list", help="an incident's comments, oldest first")
    lister.add_argument("id", help="id, human id (MLI-2017-0042) or ACLED event id")
    lister.add_argument("--json", action="store_true")
    lister.set_defaults(handler=cmd_comments_list)
    add = sub.add_parser("add", help="comment on an incident (or on one of its fields)")
    add.add_argument("id", help="id, human id (MLI-2017-0042) or ACLED event id")
    add.add_argument("text")
    add.add_argument("--field", help="the field the comment is about (e.g. fatalities)")
    add.add_argument("--reply-to", metavar="COMMENT", help="the comment this one answers")
    add.set_defaults(handler=cmd_comments_add)
    for name, resolved, text in (("resolve", True, "mark a comment thread resolved"),
                                 ("reopen", False, "open a resolved thread again")):
        step = sub.add_parser(name, help=text)
        step.add_argument("comment_id", metavar="COMMENT")
        step.set_defaults(handler=cmd_comments_resolve, resolved=resolved)


# --- handlers -------------------------------------------------------------------


def cmd_queue(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        queue = desk.review.queue(oldest_first=not args.newest_first, limit=args.limit)
    if args.json:
        print_json({"total": queue.total, "counts": queue.counts, "rows": queue.rows})
        return 0
    counts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in queue.counts.items() if n)
    print(f"{queue.total} waiting for review" + (f" ({counts})" if counts else ""))
    for row in queue.rows:
        print(_queue_line(row))
    return 0


def cmd_returned(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        rows = desk.review.returned_to(args.for_user)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(_queue_line(row))
    return 0


def _queue_line(row: Any) -> str:
    kind = "revision of " if row.kind == "revision" else ""
    return (f"{row.waiting_since:%Y-%m-%d %H:%M}  {kind}{row.human_id}  "
            f"{STATUS_LABELS.get(row.status, row.status):17} by {row.state_by}  "
            f"{row.event_date or '-'}  {row.event_type or '-'}  {row.actor1 or '-'}")


def cmd_diff(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        changes = desk.review.diff(args.id)
    if args.json:
        print_json(changes)
        return 0
    if not changes:
        print("No differences.")
    for change in changes:
        print(f"{change.label}: {_shown(change.before)} -> {_shown(change.after)}")
    return 0


def cmd_step(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        action = getattr(desk.review, args.method)
        kwargs: dict[str, Any] = {"expected_revision": args.revision}
        record = action(args.id, args.reason, **kwargs)
        pending = desk.incidents.pending(record.id)
    where = f"; revision {pending.revision} {pending.status}" if pending else ""
    print(f"{record.human_id}: {record.status} (revision {record.revision}{where})")
    return 0


def cmd_reject(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        record = desk.review.reject(args.id, args.why, args.reason,
                                    duplicate_of=args.duplicate_of,
                                    expected_revision=args.revision)
    print(f"{record.human_id}: {record.status} ({args.why.replace('_', ' ')})")
    return 0


def cmd_profiles_list(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        profiles = desk.profiles.list()
    if args.json:
        print_json(profiles)
        return 0
    for profile in profiles:
        print(f"{profile.name:30} {profile.role}")
    return 0


def cmd_profiles_add(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        profile = desk.profiles.create(args.name, args.role)
    print(f"Added {profile.name} ({profile.role}).")
    return 0


def cmd_profiles_set_role(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        profile = desk.profiles.set_role(args.name, args.role)
    print(f"{profile.name} is now {profile.role}.")
    return 0


def cmd_history_show(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        lines = desk.history.timeline(args.id)
    if args.json:
        print_json(lines)
        return 0
    for line in lines:
        number = f"#{line.entry_id}" if line.entry_id is not None else "  "
        revision = "[revision] " if line.on_revision else ""
        if line.kind in ("comment", "resolved"):
            what = f"{line.label}: {line.after}"
        elif line.kind in ("created", "deleted"):
            what = line.label + (f" as {line.after}" if line.after else "")
        else:
            what = f"{line.label}: {_shown(line.before)} -> {_shown(line.after)}"
        why = f"  ({line.reason})" if line.reason else ""
        print(f"{number:>6}  {line.at:%Y-%m-%d %H:%M:%S}  {line.user:12} {revision}{what}{why}")
    return 0


def cmd_history_revert(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        if args.field:
            record = desk.history.revert_field(args.id, args.field, args.to_entry,
                                               reason=args.reason)
        else:
            record = desk.history.revert_record(args.id, args.to_entry, reason=args.reason)
        pending = desk.incidents.pending(record.id)
    where = " as a pending revision" if pending else ""
    print(f"{record.human_id}: reverted{where} (revision {record.revision}).")
    return 0


def cmd_comments_list(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        rows = desk.comments.for_incident(args.id)
    if args.json:
        print_json(rows)
        return 0
    for c in rows:
        field = f" on {c.field}" if c.field else ""
        state = f"  [resolved by {c.resolved_by}]" if c.resolved else ""
        print(f"{c.id}  {c.at:%Y-%m-%d %H:%M}  {c.user}{field}: {c.text}{state}")
    return 0


def cmd_comments_add(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        comment = desk.comments.add(args.id, args.text, field=args.field,
                                    parent_id=args.reply_to)
    print(f"Comment {comment.id} added.")
    return 0


def cmd_comments_resolve(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        comment = desk.comments.resolve(args.comment_id, args.resolved)
    print(f"Comment {comment.id} is {'resolved' if comment.resolved else 'open'}.")
    return 0


def _shown(value: Any) -> str:
    return "-" if value is None or value == "" else str(value)
