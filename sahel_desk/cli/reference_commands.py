"""`sahel-desk gazetteer ...`, `actors ...` and `claims parse`.

Who acts is the global ``--user``; the services ask the access policy, so a
researcher's edit of a place approved incidents use is refused here as in the
application (exit 2, the role needed on stderr).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sahel_desk.cli.common import (
    LARGEST,
    TerminalProgress,
    day,
    open_desk,
    print_json,
    whole_number,
)
from sahel_desk.errors import InputError
from sahel_desk.store.records import ActorRecord, PlaceRecord

#: --limit of the searches: at least 1; a huge number means all.
LIMIT = whole_number(minimum=1, maximum=LARGEST, above_means_all=True)


def register(commands: argparse._SubParsersAction) -> None:
    gaz = commands.add_parser("gazetteer", help="import, search and add places")
    sub = gaz.add_subparsers(dest="gazetteer_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import-geonames",
                         help="import GeoNames country dumps (ML.txt or ML.zip ...)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.set_defaults(handler=cmd_import)
    search = sub.add_parser("search", help="find places by any spelling, in any script")
    search.add_argument("query")
    search.add_argument("--country", help="ISO code, e.g. ML")
    search.add_argument("--admin1", help="region name")
    search.add_argument("--limit", type=LIMIT, default=10)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=cmd_search)
    near = sub.add_parser("near", help="the places closest to a point")
    near.add_argument("latitude", type=float)
    near.add_argument("longitude", type=float)
    near.add_argument("--limit", type=LIMIT, default=10)
    near.add_argument("--json", action="store_true")
    near.set_defaults(handler=cmd_near)
    add = sub.add_parser("add", help="add a place missing from GeoNames")
    add.add_argument("name")
    add.add_argument("--lat", required=True, help="latitude in decimal degrees")
    add.add_argument("--lon", required=True, help="longitude in decimal degrees")
    add.add_argument("--country", help="ISO code (default: that of the nearest places)")
    add.add_argument("--alt", action="append", default=[], metavar="NAME",
                     help="another spelling (repeatable)")
    add.add_argument("--admin1")
    add.add_argument("--admin2")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_add)
    edit = sub.add_parser("edit", help="correct a place (a GeoNames re-import then leaves it "
                                       "alone)")
    edit.add_argument("place", metavar="PLACE", help="the place's id or GeoNames id")
    edit.add_argument("--name")
    edit.add_argument("--lat", help="latitude in decimal degrees")
    edit.add_argument("--lon", help="longitude in decimal degrees")
    edit.add_argument("--country", help="ISO code")
    edit.add_argument("--admin1")
    edit.add_argument("--admin2")
    edit.add_argument("--add-alt", action="append", default=[], metavar="NAME",
                      help="another spelling to keep (repeatable)")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=cmd_edit)

    actors = commands.add_parser("actors", help="search, add, edit and merge actors")
    asub = actors.add_subparsers(dest="actors_command", metavar="ACTION", required=True)
    asearch = asub.add_parser("search", help="find actors by name or alias, in any script")
    asearch.add_argument("query")
    asearch.add_argument("--on", type=day, metavar="DATE",
                         help="pick the variant valid on this date")
    asearch.add_argument("--limit", type=LIMIT, default=10)
    asearch.add_argument("--json", action="store_true")
    asearch.set_defaults(handler=cmd_actor_search)
    aadd = asub.add_parser("add", help="add an actor")
    aadd.add_argument("name")
    aadd.add_argument("--type", dest="actor_type", required=True, metavar="N",
                      help="ACLED actor type, 1-8")
    _actor_arguments(aadd)
    aadd.set_defaults(handler=cmd_actor_add)
    aedit = asub.add_parser("edit", help="rename or edit an actor")
    aedit.add_argument("actor", metavar="ACTOR", help="the actor's name or id")
    aedit.add_argument("--name", help="the new name")
    aedit.add_argument("--type", dest="actor_type", metavar="N", help="ACLED actor type, 1-8")
    _actor_arguments(aedit)
    aedit.set_defaults(handler=cmd_actor_edit)
    merge = asub.add_parser("merge", help="merge actor A into actor B")
    merge.add_argument("source", metavar="A")
    merge.add_argument("target", metavar="B")
    merge.add_argument("--reason")
    merge.set_defaults(handler=cmd_actor_merge)

    claims = commands.add_parser("claims", help="read claim statements")
    csub = claims.add_subparsers(dest="claims_command", metavar="ACTION", required=True)
    parse = csub.add_parser("parse", help="suggest date, channel, claimant, places, numbers")
    parse.add_argument("file", help="a text file, or - for standard input; claims separated "
                                    "by lines of ---")
    parse.add_argument("--json", action="store_true")
    parse.set_defaults(handler=cmd_claims_parse)


def _actor_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--alias", action="append", default=[], metavar="NAME",
                        help="another name (repeatable; an edit adds it to the others)")
    parser.add_argument("--parent", help="the group it is part of (name or id)")
    parser.add_argument("--from", dest="valid_from", metavar="YYYY-MM-DD",
                        help="first day of this variant")
    parser.add_argument("--to", dest="valid_to", metavar="YYYY-MM-DD",
                        help="last day of this variant")
    parser.add_argument("--country", help="ISO3 code")
    parser.add_argument("--description")
    parser.add_argument("--json", action="store_true")


def _actor_values(args: argparse.Namespace) -> dict[str, Any]:
    """The options given, as ActorService fields (options left out are not changed)."""
    names = {"actor_type": "actor_type", "parent": "parent", "valid_from": "valid_from",
             "valid_to": "valid_to", "country": "country", "description": "description"}
    return {field: getattr(args, option) for option, field in names.items()
            if getattr(args, option) is not None}


def _actor_json(a: ActorRecord) -> dict[str, Any]:
    return {"id": a.id, "name": a.name, "actor_type": a.actor_type, "aliases": a.aliases,
            "parent": a.parent_name, "valid_from": a.valid_from, "valid_to": a.valid_to,
            "country": a.country, "description": a.description}


def _limit(value: int) -> int:
    if value < 1:
        raise InputError("--limit must be at least 1.")
    return value


def cmd_import(args: argparse.Namespace) -> int:
    progress = TerminalProgress("Reading")
    labels = {"reading": "Reading {file} (bytes)", "checking": "Checking places",
              "writing": "Writing places"}

    def stage(name: str, file: str) -> None:
        progress.label = labels[name].format(file=file)

    with open_desk(args) as desk:
        report = desk.gazetteer.import_geonames(args.files, progress=progress, stage=stage)
    print(f"Read {report.rows_read:,} rows from {len(report.files)} file(s): "
          f"{report.added:,} places added, {report.updated:,} updated, "
          f"{report.unchanged:,} already up to date, "
          f"{report.kept_edited:,} edited by researchers left alone, "
          f"{report.not_wanted:,} of other kinds skipped"
          + (f", {report.repeated:,} repeated in another file." if report.repeated else "."))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        hits = desk.gazetteer.search(args.query, country=args.country, admin1=args.admin1,
                                     limit=_limit(args.limit))
    if args.json:
        print_json([{"matched": h.matched_name, "match": h.kind, "score": h.score,
                     **_place_json(h.place)} for h in hits])
        return 0
    for h in hits:
        p = h.place
        path = " > ".join(x for x in (p.country_code, p.admin1, p.admin2) if x)
        print(f"{p.name:30} {path:40} {p.latitude:9.4f} {p.longitude:9.4f}  "
              f"[{h.kind}: {h.matched_name}]")
    return 0


def _place_json(p: PlaceRecord) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "country_code": p.country_code, "admin1": p.admin1,
            "admin2": p.admin2, "latitude": p.latitude, "longitude": p.longitude,
            "feature_code": p.feature_code, "population": p.population, "origin": p.origin,
            "geonames_id": p.geonames_id}


def cmd_near(args: argparse.Namespace) -> int:
    from sahel_desk.codebook.validation import check_coordinates
    from sahel_desk.errors import ValidationError

    errors = check_coordinates(args.latitude, args.longitude)
    if errors:
        raise ValidationError(errors, what="point")
    with open_desk(args, readonly=True) as desk:
        found = desk.gazetteer.near(args.latitude, args.longitude, limit=_limit(args.limit))
    if args.json:
        print_json([{"distance_km": n.distance_km, **_place_json(n.place)} for n in found])
        return 0
    for n in found:
        print(f"{n.distance_km:8.1f} km  {n.place.name} ({n.place.admin1 or '-'}, "
              f"{n.place.country_code})")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        place = desk.places.add_custom(name=args.name, latitude=args.lat, longitude=args.lon,
                                       country_code=args.country, alternate_names=args.alt,
                                       admin1=args.admin1, admin2=args.admin2)
    return _said_place("Added", place, as_json=args.json)


def _said_place(verb: str, place: PlaceRecord, *, as_json: bool) -> int:
    if as_json:
        print_json(_place_json(place))
    else:
        print(f"{verb} {place.name} ({place.admin1 or '-'}, {place.country_code}) at "
              f"{place.latitude}, {place.longitude}; id {place.id}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {
        field: value for field, value in (
            ("name", args.name), ("latitude", args.lat), ("longitude", args.lon),
            ("country_code", args.country), ("admin1", args.admin1), ("admin2", args.admin2))
        if value is not None}
    with open_desk(args) as desk:
        if args.add_alt:
            known = desk.places.get(args.place).alternate_names
            changes["alternate_names"] = [*known, *args.add_alt]
        if not changes:
            raise InputError("Say what to change (--name, --lat, --lon, --country, --admin1, "
                             "--admin2, --add-alt).")
        place = desk.places.update(args.place, **changes)
    return _said_place("Saved", place, as_json=args.json)


def cmd_actor_add(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        actor = desk.actors.create(name=args.name, aliases=args.alias, **_actor_values(args))
    if args.json:
        print_json(_actor_json(actor))
    else:
        print(f"Added {actor.name} (type {actor.actor_type}); id {actor.id}")
    return 0


def cmd_actor_edit(args: argparse.Namespace) -> int:
    changes = _actor_values(args)
    if args.name is not None:
        changes["name"] = args.name
    with open_desk(args) as desk:
        if args.alias:
            changes["aliases"] = [*desk.actors.get(args.actor).aliases, *args.alias]
        if not changes:
            raise InputError("Say what to change (--name, --type, --alias, --parent, --from, "
                             "--to, --country, --description).")
        actor = desk.actors.update(args.actor, **changes)
    if args.json:
        print_json(_actor_json(actor))
    else:
        print(f"Saved {actor.name} (type {actor.actor_type}); id {actor.id}")
    return 0


def cmd_actor_search(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        hits = desk.actors.search(args.query, on=args.on, limit=_limit(args.limit))
    if args.json:
        print_json([{"matched": h.matched_name, "match": h.kind, "score": h.score,
                     "actor": h.actor} for h in hits])
        return 0
    for h in hits:
        a = h.actor
        valid = f" {a.valid_from or '...'} to {a.valid_to or '...'}" if (
            a.valid_from or a.valid_to) else ""
        parent = f", part of {a.parent_name}" if a.parent_name else ""
        print(f"{a.name}  [type {a.actor_type}{parent}{valid}]  ({h.kind}: {h.matched_name})")
    return 0


def cmd_actor_merge(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        target = desk.actors.merge(args.source, args.target, reason=args.reason)
    print(f"Merged {args.source} into {target.name}; it now has {len(target.aliases)} names.")
    return 0


def cmd_claims_parse(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        if args.file == "-":
            readings = desk.claim_reader.parse_many(sys.stdin.read())
        else:
            readings = desk.claim_reader.parse_file(args.file)
    if args.json:
        print_json(readings)
        return 0
    for i, r in enumerate(readings, 1):
        print(f"Claim {i}: {r.gregorian_date or '?'} ({r.hijri_written or 'no date found'})"
              f"{'; ' + r.weekday_note if r.weekday_note else ''}")
        print(f"  channel {r.channel or '?'}, claimant {r.claimant or '?'}")
        for s in r.suggestions:
            if s.kind not in ("date", "channel", "claimant"):
                print(f"  {s.kind:16} {s.value!s:30} <- {s.source_text}"
                      + (f"  ({s.note})" if s.note else ""))
    return 0
