"""`sahel-desk duplicates find|dismiss`: incidents that may be one event coded twice."""

from __future__ import annotations

import argparse
from datetime import date

from sahel_desk.cli.common import open_desk, print_json
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
    find.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
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


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _score(text: str) -> float:
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number between 0 and 1") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def _label(side: PairSide) -> str:
    when = side.event_date.isoformat() if side.event_date else "????-??-??"
    return f"{side.human_id} ({when}, {side.location or '-'})"


def _line(pair: DuplicatePair) -> str:
    return f"{pair.score:.2f}  {_label(pair.a)}  ~  {_label(pair.b)}\n      {pair.summary}"


def cmd_find(args: argparse.Namespace) -> int:
    with open_desk(args, readonly=True) as desk:
        report = desk.duplicates.find(since=args.since, min_score=args.min_score)
    if args.json:
        print_json({"pairs": [pair.as_dict() for pair in report.pairs]})
        return 0
    for pair in report.pairs:
        print(_line(pair))
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
