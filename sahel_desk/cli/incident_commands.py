"""`sahel-desk incidents list|show` and `sahel-desk demo`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sahel_desk.cli.common import (
    LARGEST,
    TerminalProgress,
    day,
    open_desk,
    print_json,
    whole_number,
)
from sahel_desk.codebook.taxonomy import EVENT_TYPES, STATUSES
from sahel_desk.errors import InputError
from sahel_desk.services.incident_query import SORT_COLUMNS
from sahel_desk.store.records import IncidentFilter, IncidentRecord

#: The most incidents `demo` adds at once (services/demo.py refuses more).
DEMO_MOST = 2_000_000


def register(commands: argparse._SubParsersAction) -> None:
    incidents = commands.add_parser(
        "incidents", help="list, show, create, edit and delete incidents")
    sub = incidents.add_subparsers(dest="incidents_command", metavar="ACTION", required=True)
    lister = sub.add_parser("list", help="list incidents, newest first")
    add_filter_arguments(lister)
    lister.add_argument("--sort", default="event_date", choices=sorted(SORT_COLUMNS))
    lister.add_argument("--asc", action="store_true", help="oldest / smallest first")
    lister.add_argument("--limit", type=whole_number(minimum=1, maximum=LARGEST,
                                                     above_means_all=True), default=50,
                        help="rows per page (default 50; a huge number: all)")
    lister.add_argument("--offset", type=whole_number(minimum=0, maximum=LARGEST,
                                                      above_means_all=True), default=0,
                        help="rows to skip first (default 0)")
    lister.add_argument("--json", action="store_true", help="print JSON")
    lister.set_defaults(handler=cmd_list)
    show = sub.add_parser("show", help="one incident in full")
    show.add_argument("id", help="id, human id (MLI-2017-0042) or ACLED event id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    create = sub.add_parser(
        "create", help="add an incident from a JSON object of field values",
        description="Add an incident. FILE (or - for standard input) holds one JSON "
                    "object with the fields the Desk API takes (event_date, event_type, "
                    "place_id, actor1, sources, ...); the codebook's rules apply as in "
                    "the form. Prints the new incident's human id.")
    create.add_argument("file", metavar="FILE")
    create.add_argument("--reason", help="why, for the history")
    create.set_defaults(handler=cmd_create)
    edit = sub.add_parser(
        "edit", help="change fields of an incident from a JSON object",
        description="Change the fields FILE (a JSON object, or - for standard input) "
                    "names. On an approved incident the changes wait in its pending "
                    "revision for review, unless --direct (reviewers only).")
    edit.add_argument("id", help="id, human id or ACLED event id")
    edit.add_argument("file", metavar="FILE")
    edit.add_argument("--direct", action="store_true",
                      help="write an approved incident at once, without a revision")
    edit.add_argument("--reason", help="why, for the history")
    edit.set_defaults(handler=cmd_edit)
    delete = sub.add_parser("delete", help="remove an incident (its history stays)")
    delete.add_argument("id", help="id, human id or ACLED event id")
    delete.add_argument("--reason", help="why, for the history")
    delete.set_defaults(handler=cmd_delete)
    take = sub.add_parser(
        "take-place", help="take the linked place's current values as the location",
        description="After the gazetteer moved or renamed an incident's place: code the "
                    "place's current name, admin units and coordinates as its location "
                    "(a recorded change; on an approved incident, its pending revision).")
    take.add_argument("id", help="id, human id or ACLED event id")
    take.add_argument("--reason", help="why, for the history")
    take.set_defaults(handler=cmd_take_place)
    keep = sub.add_parser(
        "keep-location", help="keep the location as coded although its place changed")
    keep.add_argument("id", help="id, human id or ACLED event id")
    keep.set_defaults(handler=cmd_keep_location)

    demo = commands.add_parser("demo", help="add realistic synthetic incidents")
    demo.add_argument("--incidents", type=whole_number(minimum=1, maximum=DEMO_MOST),
                      required=True, metavar="N", help=f"how many (1 to {DEMO_MOST:,})")
    demo.add_argument("--seed", type=whole_number(), default=1, metavar="S")
    demo.set_defaults(handler=cmd_demo)


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", type=day, metavar="DATE")
    parser.add_argument("--to", dest="date_to", type=day, metavar="DATE")
    parser.add_argument("--country", help="ISO code or name (ML, MLI, Mali)")
    parser.add_argument("--admin1", help="region, e.g. Mopti")
    parser.add_argument("--actor", help="actor name, alias or id (includes component groups)")
    parser.add_argument("--event-type", choices=EVENT_TYPES, metavar="TYPE")
    parser.add_argument("--status", action="append", metavar="STATE",
                        help=f"review state, repeatable ({', '.join(STATUSES)}; 'all')")
    parser.add_argument("--text", help="words in notes, sources or claims (any script)")
    parser.add_argument("--tag")


def filter_from(args: argparse.Namespace) -> IncidentFilter:
    statuses: tuple[str, ...] = ()
    for value in args.status or []:
        for state in value.split(","):
            state = state.strip()
            if state == "all":
                continue
            if state not in STATUSES:
                raise InputError(f"--status: '{state}' is not a review state "
                                 f"(use {', '.join(STATUSES)} or all)")
            statuses += (state,)
    return IncidentFilter(
        date_from=args.date_from, date_to=args.date_to, country=args.country,
        admin1=args.admin1, actor=args.actor, event_type=args.event_type, statuses=statuses,
        text=args.text, tag=args.tag,
    )


def cmd_list(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        page = desk.incidents.query(filter_from(args), sort=args.sort, descending=not args.asc,
                                    offset=args.offset, limit=args.limit)
    if args.json:
        print_json({"total": page.total, "offset": page.offset, "limit": page.limit,
                    "incidents": page.rows})
        return 0
    for row in page.rows:
        when = row.event_date.isoformat() if row.event_date else "????-??-??"
        place = ", ".join(p for p in (row.location, row.admin1, row.country_code) if p)
        actors = " vs ".join(a for a in (row.actor1, row.actor2) if a)
        print(f"{row.human_id:15} {when}  {row.sub_event_type or row.event_type or '-':32.32} "
              f"{place:30.30} {row.fatalities if row.fatalities is not None else '-':>4}  "
              f"{row.status:17} {actors}")
    if page.rows:
        print(f"-- {page.offset + 1:,}-{page.offset + len(page.rows):,} of {page.total:,} "
              "incidents")
    else:
        print(f"-- none shown of {page.total:,} incidents (offset {page.offset:,})")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        record = desk.incidents.get(args.id)
    if args.json:
        print_json(record)
    else:
        print(format_record(record))
    return 0


def read_values(name: str) -> dict[str, Any]:
    """The JSON object in file ``name`` (``-``: standard input), or a plain refusal."""
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeError) as exc:
        raise InputError(f"cannot read {name}: {exc}", source=name) from None
    try:
        values = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        raise InputError(f"{name} is not JSON: {exc}", source=name, line=line) from None
    if not isinstance(values, dict):
        raise InputError(f"{name} must hold one JSON object of field values", source=name)
    return values


def cmd_create(args: argparse.Namespace) -> int:
    values = read_values(args.file)
    with open_desk(args) as desk:
        record = desk.incidents.create(values, reason=args.reason)
    print(f"Created {record.human_id} ({record.status}).")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    changes = read_values(args.file)
    with open_desk(args) as desk:
        record = desk.incidents.update(args.id, changes, reason=args.reason,
                                       direct=args.direct)
    print(f"Saved {record.human_id} (revision {record.revision}, {record.status}).")
    return 0


def cmd_take_place(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        record = desk.incidents.take_place_location(args.id, reason=args.reason)
    print(f"Saved {record.human_id} (revision {record.revision}, {record.status}): "
          f"location {record.location}, {record.latitude}, {record.longitude}.")
    return 0


def cmd_keep_location(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        record = desk.incidents.keep_coded_location(args.id)
    print(f"{record.human_id} keeps its location as coded ({record.location}).")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        record = desk.incidents.get(args.id)
        desk.incidents.delete(args.id, reason=args.reason)
    print(f"Deleted {record.human_id}.")
    return 0


def format_record(r: IncidentRecord) -> str:
    def names(refs) -> str:
        return "; ".join(a.name for a in refs) or "-"

    when = str(r.event_date or "-") + (f" to {r.event_date_end}" if r.event_date_end else "")
    place = "-"
    if r.location:
        place = ", ".join(p for p in (r.location, r.admin3, r.admin2, r.admin1,
                                      r.country_code) if p)
        if r.latitude is not None and r.longitude is not None:
            place += f" ({r.latitude:.4f}, {r.longitude:.4f})"
    if r.place and r.place_changed:
        place += (f"\n               its place changed in the gazetteer: {r.place.name}, "
                  f"{r.place.admin1 or '-'} ({r.place.latitude:.4f}, {r.place.longitude:.4f});"
                  "\n               `incidents take-place` takes the new values, "
                  "`incidents keep-location` keeps these")
    lines = [
        f"{r.human_id}  [{r.status}, revision {r.revision}]",
        f"  Date:        {when} (time precision {r.time_precision or '-'})",
        f"  Type:        {r.disorder_type or '-'} / {r.event_type or '-'} / "
        f"{r.sub_event_type or '-'}",
        f"  Place:       {'near ' if r.near else ''}{place} (geo precision "
        f"{r.geo_precision or '-'})",
        f"  Actor 1:     {r.actor1.name if r.actor1 else '-'} (assoc: {names(r.assoc_actor_1)})",
        f"  Actor 2:     {r.actor2.name if r.actor2 else '-'} (assoc: {names(r.assoc_actor_2)})",
        f"  Interaction: {r.interaction or '-'}"
        + (f"; {r.civilian_targeting}" if r.civilian_targeting else ""),
        f"  Fatalities:  {r.fatalities if r.fatalities is not None else '-'} "
        f"(low {r.fatalities_low if r.fatalities_low is not None else '-'}, high "
        f"{r.fatalities_high if r.fatalities_high is not None else '-'})",
        f"  Notes:       {r.notes or '-'}",
    ]
    if r.tags:
        lines.append(f"  Tags:        {', '.join(r.tags)}")
    for s in r.sources:
        lines.append(f"  Source:      {s.publication} {s.published or ''} {s.url or ''}".rstrip()
                     + (f" (reported killed: {s.killed})" if s.killed is not None else ""))
    for c in r.claims:
        lines.append(f"  Claim:       {c.claimant.name if c.claimant else '?'} via "
                     f"{c.channel or '?'} on {c.claim_date or c.date_written or '?'}"
                     + (f" (claimed killed: {c.killed})" if c.killed is not None else ""))
    lines.append(f"  Created by {r.created_by} {r.created_at:%Y-%m-%d %H:%M}; "
                 f"last changed by {r.updated_by} {r.updated_at:%Y-%m-%d %H:%M} UTC")
    return "\n".join(lines)


def cmd_demo(args: argparse.Namespace) -> int:
    from sahel_desk.services.demo import generate

    with open_desk(args) as desk:
        written = generate(desk, args.incidents, seed=args.seed,
                           progress=TerminalProgress("Writing demo incidents"))
        total = desk.incidents.count()
    print(f"Added {written:,} demo incidents; the desk now holds {total:,}.")
    return 0
