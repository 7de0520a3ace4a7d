"""`sahel-desk duplicates find|dismiss|merge`: incidents that may be one event coded twice."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from typing import Any

from sahel_desk.cli.common import day, open_desk, print_json
from sahel_desk.duplicates.scoring import DEFAULT_MIN_SCORE
from sahel_desk.services.duplicates import DuplicatePair, PairSide


def register(commands: argparse._SubParsersAction) -> None:
    duplicates = commands.add_parser(
        "duplicates", help="find incidents that may be the same event, dismiss false pairs")
    sub = duplicates.add_subparsers(dest="duplicates_command", metavar="ACTION",
                                    required=True)
    find = sub.add_parser(
        "find", help="pairs of incidents that may be one event, best first",
        description="Pairs of incidents that may be one event coded twice, best first, "
                    "each incident in one pair at most (its best match), with the score "
                    "(how likely one event, 0-1) and the reasons. Dismissed pairs and "
                    "rejected records are left out.")
    find.add_argument("--since", type=day, metavar="DATE",
                      help="only pairs with an incident added or changed since that day "
                           "(compared with the whole desk)")
    find.add_argument("--min-score", type=_score, default=DEFAULT_MIN_SCORE, metavar="S",
                      help=f"the least score shown, 0-1 (default {DEFAULT_MIN_SCORE}: more "
                           "likely one event than two)")
    find.add_argument("--json", action="store_true", help="print JSON")
    find.set_defaults(handler=cmd_find)
    dismiss = sub.add_parser(
        "dismiss", help="mark two incidents as not the same event",
        description="Mark two incidents as not the same event: the pair is never proposed "
                    "again, here or on the desks this desk's bundles reach.")
    dismiss.add_argument("first", metavar="A", help="id, human id or ACLED event id")
    dismiss.add_argument("second", metavar="B", help="id, human id or ACLED event id")
    dismiss.add_argument("--reason", help="why they are two events")
    dismiss.set_defaults(handler=cmd_dismiss)
    merge = sub.add_parser(
        "merge", help="merge two records of one event (the other is rejected as a duplicate)",
        description="Merge OTHER into KEEP as one recorded change: KEEP takes, field by "
                    "field, the value the codebook prefers (the finer date and place, the "
                    "lowest credible toll, the approved value over a draft's) and every "
                    "source, claim and tag of both; OTHER is rejected as a duplicate of "
                    "KEEP (reopening it brings it back). Merging approved records is a "
                    "reviewer's act.")
    merge.add_argument("keep", metavar="KEEP", help="id, human id or ACLED event id")
    merge.add_argument("other", metavar="OTHER", help="id, human id or ACLED event id")
    merge.add_argument("--prefer", action="append", default=[], metavar="NAME=SIDE",
                       type=_preference,
                       help="take this field's (or group's: date, place, type, actors, "
                            "fatalities) value from keep or other; repeatable")
    merge.add_argument("--reason", help="why, for the history")
    merge.add_argument("--dry-run", action="store_true",
                       help="show the choices, change nothing")
    merge.add_argument("--json", action="store_true", help="print JSON")
    merge.set_defaults(handler=cmd_merge)


def _score(text: str) -> float:
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number between 0 and 1") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def _preference(text: str) -> tuple[str, str]:
    name, _, side = text.partition("=")
    if side.strip() not in ("keep", "other") or not name.strip():
        raise argparse.ArgumentTypeError(f"'{text}' is not NAME=keep or NAME=other")
    return name.strip(), side.strip()


def _label(side: PairSide) -> str:
    when = side.event_date.isoformat() if side.event_date else "????-??-??"
    return f"{side.human_id} ({when}, {side.location or '-'})"


def pair_line(pair: DuplicatePair) -> str:
    """A pair as ``duplicates find`` prints it: the score, both sides, the reasons."""
    return f"{pair.score:.2f}  {_label(pair.a)}  ~  {_label(pair.b)}\n      {pair.summary}"


def pairs_json(pairs: Iterable[DuplicatePair]) -> list[dict[str, Any]]:
    """Pairs as ``duplicates find --json`` gives them."""
    return [pair.as_dict() for pair in pairs]


def print_brought_in(pairs: Sequence[DuplicatePair]) -> None:
    """The likely duplicates an import, a bundle or a report's drafts brought in."""
    if not pairs:
        return
    print(f"{len(pairs):,} likely duplicate(s) brought in:")
    for pair in pairs:
        print(pair_line(pair))


def cmd_find(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        report = desk.duplicates.find(since=args.since, min_score=args.min_score)
    if args.json:
        print_json({"pairs": pairs_json(report.pairs)})
        return 0
    for pair in report.pairs:
        print(pair_line(pair))
    print(f"-- {len(report.pairs):,} possible duplicate pair(s) at a score of at least "
          f"{report.min_score:g}, among {report.compared:,} pairs compared")
    return 0


def cmd_dismiss(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        record = desk.duplicates.dismiss(args.first, args.second, reason=args.reason)
    if record.new:
        print(f"{args.first} and {args.second} are marked as not the same event.")
    else:
        print(f"{args.first} and {args.second} were already marked as not the same event "
              f"(by {record.dismissed_by}).")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    prefer = dict(args.prefer)
    result = None
    with open_desk(args, readonly=args.dry_run) as desk:
        if args.dry_run:
            proposal = desk.duplicates.merge_proposal(args.keep, args.other, prefer=prefer)
            choices = proposal.choices
            keep, other = proposal.keep.human_id or "", proposal.other.human_id or ""
        else:
            result = desk.duplicates.merge(args.keep, args.other, prefer=prefer,
                                           reason=args.reason)
            choices = result.choices
            keep, other = result.kept.human_id, result.rejected.human_id
    if args.json:
        print_json({"keep": keep, "other": other, "merged": result is not None,
                    "change_id": result.change_id if result else None,
                    "choices": list(choices)})
        return 0
    print(f"{'field':12} {keep:30.30} {other:30.30} taken")
    for c in choices:
        if c.kept != c.other:
            print(f"{c.name:12} {c.kept_text or '-':30.30} {c.other_text or '-':30.30} "
                  f"{c.taken} ({c.why})")
    if result is None:
        print(f"-- a dry run: nothing was merged ({other} into {keep}).")
    else:
        print(f"{other} was merged into {keep} and rejected as its duplicate "
              f"(change {result.change_id}).")
    return 0
