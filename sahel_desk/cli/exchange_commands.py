"""`sahel-desk bundle export|import`, `conflicts list|resolve`, `desks
list|trust|revoke` and `sync`: records travelling between desks by file, the
desks whose bundles are trusted, and a laptop syncing with a server."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sahel_desk.cli.common import open_desk, print_json
from sahel_desk.cli.duplicate_commands import pairs_json, print_brought_in
from sahel_desk.errors import InputError
from sahel_desk.store.records import to_plain

if TYPE_CHECKING:
    from sahel_desk.services.exchange import ImportReport


def register(commands: argparse._SubParsersAction) -> None:
    bundle = commands.add_parser("bundle", help="exchange changes with other desks by file")
    sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    out = sub.add_parser(
        "export", help="write the changes since the last bundle for a peer",
        description="Write one signed file with every change (incidents, sources, claims, "
                    "actors, custom places, comments, history, review steps) since the last "
                    "bundle for PEER. With --password-file it is encrypted.")
    out.add_argument("file", metavar="FILE")
    out.add_argument("--for", dest="peer", default="anyone", metavar="PEER",
                     help="who it is for (each peer has its own 'since last'); default anyone")
    span = out.add_mutually_exclusive_group()
    span.add_argument("--since-last", dest="since_last", action="store_true", default=True,
                      help="only what changed since the last bundle for PEER (the default)")
    span.add_argument("--all", dest="since_last", action="store_false",
                      help="everything this desk holds")
    out.add_argument("--password-file", metavar="F",
                     help="encrypt with the password in this file (its first line)")
    out.set_defaults(handler=cmd_export)
    inp = sub.add_parser(
        "import", help="merge a bundle from another desk",
        description="Merge a bundle: new incidents are added, each changed field is merged "
                    "three-way, and a field two desks changed differently is kept as a "
                    "conflict for a reviewer. Importing a bundle twice changes nothing.")
    inp.add_argument("file", metavar="FILE")
    inp.add_argument("--dry-run", action="store_true", help="say what would change; write "
                                                            "nothing")
    inp.add_argument("--password-file", metavar="F", help="the bundle's password, if encrypted")
    inp.add_argument("--json", action="store_true", help="print the report as JSON")
    inp.set_defaults(handler=cmd_import)

    conflicts = commands.add_parser("conflicts", help="fields two desks changed differently")
    csub = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    lst = csub.add_parser("list", help="the open conflicts")
    lst.add_argument("--all", action="store_true", help="resolved ones too")
    lst.add_argument("--incident", metavar="ID", help="only this incident's")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_conflicts)
    res = csub.add_parser("resolve", help="keep ours, take theirs, or set a value")
    res.add_argument("conflict_id", metavar="ID")
    how = res.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", dest="choice", action="store_const", const="local",
                     help="keep this desk's value")
    how.add_argument("--take", dest="choice", action="store_const", const="remote",
                     help="take the other desk's value")
    how.add_argument("--value", metavar="JSON", help="set this value (JSON: 7, \"text\", null)")
    res.add_argument("--reason", metavar="TEXT")
    res.set_defaults(handler=cmd_resolve)

    desks = commands.add_parser(
        "desks", help="the other desks this desk has met, and which of their keys it trusts",
        description="A desk's bundles come in only once an administrator trusts its key: as "
                    "a researcher's desk (new records and edits; edits of approved records "
                    "wait as pending revisions, review decisions do not count) or a "
                    "reviewer's (review decisions too).")
    dsub = desks.add_subparsers(dest="desks_command", metavar="ACTION", required=True)
    known = dsub.add_parser("list", help="this desk's own key, and every key met")
    known.add_argument("--json", action="store_true")
    known.set_defaults(handler=cmd_desks)
    trust = dsub.add_parser("trust", help="trust a desk's key (administrators)")
    trust.add_argument("fingerprint", metavar="FINGERPRINT",
                       help="as `desks list` or the refused import shows it (a unique "
                            "beginning is enough)")
    trust.add_argument("--as", dest="level", required=True, choices=("researcher", "reviewer"),
                       help="what its bundles may carry")
    trust.add_argument("--reason", metavar="TEXT")
    trust.set_defaults(handler=cmd_trust)
    revoke = dsub.add_parser("revoke", help="refuse a desk's key from now on (administrators)")
    revoke.add_argument("fingerprint", metavar="FINGERPRINT")
    revoke.add_argument("--reason", metavar="TEXT")
    revoke.set_defaults(handler=cmd_revoke)

    sync = commands.add_parser(
        "sync", help="exchange changes with another database (a team's server)",
        description="Send this desk's changes to the other database and bring its changes "
                    "here, by the same merge as bundles.")
    sync.add_argument("--with", dest="other", required=True, metavar="URL",
                      help="the other database: postgresql+psycopg://... or a SQLite file")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=cmd_sync)


def _password(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read the password file: {exc.strerror or exc}",
                         source=path) from exc
    password = text.splitlines()[0] if text.strip() else ""
    if not password:
        raise InputError("the password file is empty", source=path)
    return password


def cmd_export(args: argparse.Namespace) -> int:
    password = _password(args.password_file)
    with open_desk(args) as desk:
        summary = desk.exchange.export_bundle(args.file, peer=args.peer,
                                              since_last=args.since_last, password=password)
    lock = ", encrypted" if summary.encrypted else ""
    print(f"{summary.path}: {summary.incidents:,} incidents, {summary.history_entries:,} "
          f"history entries, {summary.comments:,} comments for {summary.peer} "
          f"({summary.size:,} bytes{lock}).")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    password = _password(args.password_file)
    with open_desk(args) as desk:
        report = desk.exchange.import_bundle(args.file, password=password,
                                             dry_run=args.dry_run)
    if args.json:
        print_json(_report_json(report))
    else:
        print("\n".join(report.lines()))
        if report.dry_run:
            print("Dry run: nothing was written.")
        print_brought_in(report.duplicates)
    return 0


def _report_json(report: ImportReport) -> dict[str, Any]:
    """A bundle's import report, its likely duplicates as ``duplicates find`` gives them."""
    return {**to_plain(report), "duplicates": pairs_json(report.duplicates)}


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        rows = desk.exchange.conflicts(include_resolved=args.all, incident=args.incident)
    if args.json:
        print_json([to_plain(r) for r in rows])
        return 0
    if not rows:
        print("No conflicts to resolve.")
    for r in rows:
        state = f"resolved by {r.resolved_by}" if r.resolved_at else "open"
        print(f"{r.id}  {r.human_id or r.incident_id}  {r.path}: here "
              f"{json.dumps(r.local_value, ensure_ascii=False)}, {r.remote_user or '?'} on "
              f"{r.remote_desk} {json.dumps(r.remote_value, ensure_ascii=False)} ({state})")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    choice, value = args.choice, None
    if args.value is not None:
        try:
            choice, value = "value", json.loads(args.value)
        except ValueError as exc:
            raise InputError(f"--value must be JSON (7, \"text\", null): {exc}") from exc
    with open_desk(args) as desk:
        done = desk.exchange.resolve(args.conflict_id, choice, value, reason=args.reason)
    print(f"{done.human_id} {done.path}: resolved ({choice}).")
    return 0


def _trust_words(trust: str) -> str:
    return {"none": "seen, not trusted", "revoked": "revoked"}.get(
        trust, f"trusted as {trust}")


def cmd_desks(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        mine = desk.exchange.own_fingerprint()
        rows = desk.exchange.desks()
    if args.json:
        print_json({"this_desk": mine, "desks": [to_plain(r) for r in rows]})
        return 0
    print(f"This desk's key: {mine}")
    if not rows:
        print("No other desk met yet.")
    for r in rows:
        received = r.received_at.strftime("%Y-%m-%d %H:%M") if r.received_at else "never"
        print(f"{r.fingerprint}  {r.name} (user {r.user or '?'})  {_trust_words(r.trust)}"
              f"  last received: {received}")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        done = desk.exchange.trust(args.fingerprint, args.level, reason=args.reason)
    print(f"{done.fingerprint} ({done.name}, user {done.user or '?'}): "
          f"{_trust_words(done.trust)}.")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        done = desk.exchange.revoke(args.fingerprint, reason=args.reason)
    print(f"{done.fingerprint} ({done.name}, user {done.user or '?'}): revoked; its bundles "
          "are refused from now on.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from sahel_desk.services.desk import Desk

    with open_desk(args) as desk, Desk.open(desk.data_dir, url=args.other,
                                            user=desk.user) as other:
        there, here = desk.exchange.sync(other, other_url=args.other)
    if args.json:
        print_json({"sent": _report_json(there), "received": _report_json(here)})
        return 0
    print("Sent:")
    print("\n".join("  " + line for line in there.lines()))
    print("Received:")
    print("\n".join("  " + line for line in here.lines()))
    print_brought_in(here.duplicates)
    return 0
