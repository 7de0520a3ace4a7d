"""Read claim statements into suggestions for the coder; nothing is applied.

A claims file holds one statement per block, blocks separated by a line
holding only "---"; lines starting with "# " are comments. Line numbers are
kept so that an impossible date can be reported where it was written.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from sahel_desk.claims.counts import find_counts
from sahel_desk.claims.entities import (
    ActorLookup,
    PlaceLookup,
    find_names,
    find_places,
    name_suggestions,
)
from sahel_desk.claims.hijri import find_hijri_date
from sahel_desk.claims.reading import ClaimReading, Suggestion
from sahel_desk.claims.tokens import tokenize
from sahel_desk.errors import InputError
from sahel_desk.text.message import Text

_SEPARATOR = "---"


def parse_claim(
    text: str,
    *,
    first_line: int = 1,
    place_lookup: PlaceLookup | None = None,
    actor_lookup: ActorLookup | None = None,
    source: str | None = None,
) -> ClaimReading:
    """Read one claim statement and suggest its date, channel, claimant, places, actors, counts.

    ``place_lookup(name)`` returns (place, score) candidates for an Arabic name;
    ``actor_lookup(name)`` returns the registry's actor name or None. Raises
    InputError (naming the line) for an impossible Hijri date.
    """
    date = find_hijri_date(text, first_line=first_line, source=source)
    tokens = tokenize(text)
    suggestions: list[Suggestion] = []
    date_tokens: set[int] = set()
    if date is not None:
        suggestions.append(
            Suggestion("date", date.gregorian, date.start, date.end, date.written, date.note)
        )
        date_tokens = {
            i for i, t in enumerate(tokens.words) if date.start <= t.start and t.end <= date.end
        }

    names = find_names(tokens)
    suggestions.extend(name_suggestions(tokens, names, actor_lookup))
    taken = {i for m in names for i in range(m.first, m.last + 1)} | date_tokens
    suggestions.extend(find_places(tokens, taken, place_lookup))
    suggestions.extend(find_counts(tokens, skip=taken))
    suggestions.sort(key=lambda s: (s.start, s.end))

    channel = next((s.value for s in suggestions if s.kind == "channel"), None)
    claimant = next((s.value for s in suggestions if s.kind == "claimant"), None)
    return ClaimReading(
        text=text,
        hijri_written=date.written if date else None,
        hijri=(date.year, date.month, date.day) if date else None,
        gregorian_date=date.gregorian if date else None,
        weekday_note=date.note if date else "",
        channel=channel,
        claimant=claimant,
        suggestions=tuple(suggestions),
        first_line=first_line,
    )


def split_claims(text: str) -> list[tuple[int, str]]:
    """Split text into claim blocks as (line number of the block's first line, text).

    Comment lines ("# ..." or a lone "#") are blanked rather than removed, so
    line numbers inside a block stay true; blank edges and empty blocks are dropped.
    """
    blocks: list[tuple[int, str]] = []
    current: list[tuple[int, str]] = []

    def close() -> None:
        while current and not current[-1][1].strip():
            current.pop()
        while current and not current[0][1].strip():
            current.pop(0)
        if current:
            blocks.append((current[0][0], "\n".join(line for _, line in current)))
        current.clear()

    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() == _SEPARATOR:
            close()
            continue
        stripped = line.lstrip()
        is_comment = stripped.startswith("# ") or stripped.rstrip() == "#"
        current.append((number, "" if is_comment else line))
    close()
    return blocks


def parse_claims_file(
    path: str | Path,
    *,
    place_lookup: PlaceLookup | None = None,
    actor_lookup: ActorLookup | None = None,
) -> list[ClaimReading]:
    """Read every claim of a UTF-8 text file; InputError if it is empty, binary or not text."""
    source = str(path)
    text = _read_text(Path(path), source)
    blocks = split_claims(text)
    if not blocks:
        raise InputError(Text("no claim found (only comments or separators)"), source=source)
    return [
        parse_claim(
            block,
            first_line=line,
            place_lookup=place_lookup,
            actor_lookup=actor_lookup,
            source=source,
        )
        for line, block in blocks
    ]


def _read_text(path: Path, source: str) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(Text("cannot read the file ({reason})", reason=exc.strerror or exc),
                         source=source) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(Text("not valid UTF-16 text"), source=source) from exc
    if not data.strip():
        raise InputError(Text("the file is empty"), source=source)
    if b"\x00" in data:
        raise InputError(Text("this is a binary file, not a text file of claims"), source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            Text("not UTF-8 text; save the file as UTF-8"), source=source, line=line
        ) from exc
