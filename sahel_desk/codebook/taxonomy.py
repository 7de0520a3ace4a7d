"""The coding scheme as data: ACLED event taxonomy, actor types, precision codes.

Facts follow the public ACLED codebook (Oct 2024) and GTD codebook as
summarised in the project's CODEBOOK reference. Code that needs a label, a
list of choices or a derivation reads it from here, never from literals
scattered around the GUI or exporters.
"""

from __future__ import annotations

from dataclasses import dataclass

from sahel_desk.text.numbers import read_whole_number

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC_DEVELOPMENTS = "Strategic developments"


@dataclass(frozen=True)
class SubEventType:
    name: str
    event_type: str
    disorder_type: str


def _sub(event_type: str, disorder: str, *names: str) -> list[SubEventType]:
    return [SubEventType(n, event_type, disorder) for n in names]


#: Every sub-event type, in ACLED's order; higher-listed types win when tactics co-occur.
SUB_EVENT_TYPES: tuple[SubEventType, ...] = tuple(
    _sub("Battles", POLITICAL_VIOLENCE,
         "Government regains territory", "Non-state actor overtakes territory", "Armed clash")
    + _sub("Protests", f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}",
           "Excessive force against protesters")
    + _sub("Protests", DEMONSTRATIONS, "Protest with intervention", "Peaceful protest")
    + _sub("Riots", DEMONSTRATIONS, "Violent demonstration")
    + _sub("Riots", POLITICAL_VIOLENCE, "Mob violence")
    + _sub("Explosions/Remote violence", POLITICAL_VIOLENCE,
           "Chemical weapon", "Air/drone strike", "Suicide bomb",
           "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade")
    + _sub("Violence against civilians", POLITICAL_VIOLENCE,
           "Sexual violence", "Attack", "Abduction/forced disappearance")
    + _sub("Strategic developments", STRATEGIC_DEVELOPMENTS,
           "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
           "Headquarters or base established", "Looting/property destruction",
           "Non-violent transfer of territory", "Other")
)

SUB_EVENTS_BY_NAME: dict[str, SubEventType] = {s.name: s for s in SUB_EVENT_TYPES}

EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(s.event_type for s in SUB_EVENT_TYPES))

DISORDER_TYPES: tuple[str, ...] = (
    POLITICAL_VIOLENCE,
    DEMONSTRATIONS,
    f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}",
    STRATEGIC_DEVELOPMENTS,
)


def sub_event_types_of(event_type: str) -> tuple[str, ...]:
    """Sub-event types allowed under ``event_type`` (empty for an unknown type)."""
    return tuple(s.name for s in SUB_EVENT_TYPES if s.event_type == event_type)


def disorder_type_of(sub_event_type: str | None) -> str | None:
    """Disorder type is derived from the sub-event type, never typed by hand."""
    sub = SUB_EVENTS_BY_NAME.get(sub_event_type or "")
    return sub.disorder_type if sub else None


# --- actor types ("inter" codes) -------------------------------------------

@dataclass(frozen=True)
class ActorType:
    code: int
    old_label: str
    label: str


ACTOR_TYPES: tuple[ActorType, ...] = (
    ActorType(1, "State Forces", "State forces"),
    ActorType(2, "Rebel Groups", "Rebel group"),
    ActorType(3, "Political Militias", "Political militia"),
    ActorType(4, "Identity Militias", "Identity militia"),
    ActorType(5, "Rioters", "Rioters"),
    ActorType(6, "Protesters", "Protesters"),
    ActorType(7, "Civilians", "Civilians"),
    ActorType(8, "External/Other Forces", "External/Other forces"),
)
ACTOR_TYPE_BY_CODE: dict[int, ActorType] = {t.code: t for t in ACTOR_TYPES}
CIVILIANS = 7


def actor_type_code(value: int | str | None) -> int | None:
    """Read an inter code written as a number (old files) or as text (new files)."""
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value if value in ACTOR_TYPE_BY_CODE else None
    text = str(value).strip()
    code = read_whole_number(text, signed=False)
    if code is not None:
        return code if code in ACTOR_TYPE_BY_CODE else None
    folded = text.casefold()
    for t in ACTOR_TYPES:
        if folded in (t.label.casefold(), t.old_label.casefold()):
            return t.code
    return None


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """Old numeric interaction: the two inter codes, smaller first; a lone actor is N0."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def interaction_text(inter1: int | None, inter2: int | None) -> str | None:
    """Current interaction text, e.g. ``State forces-Rebel group`` or ``Rebel group only``."""
    if inter1 is None:
        return None
    if inter2 is None:
        return f"{ACTOR_TYPE_BY_CODE[inter1].label} only"
    low, high = sorted((inter1, inter2))
    return f"{ACTOR_TYPE_BY_CODE[low].label}-{ACTOR_TYPE_BY_CODE[high].label}"


def civilian_targeting(actor2_types: list[int]) -> str | None:
    """ACLED marks an event ``Civilians targeted`` when civilians are the second side."""
    return "Civilians targeted" if CIVILIANS in actor2_types else None


# --- precision codes --------------------------------------------------------

TIME_PRECISION: dict[int, str] = {
    1: "Day known",
    2: "Week or similar span known (middle of the span coded)",
    3: "Only the month known (mid-month coded)",
}
GEO_PRECISION: dict[int, str] = {
    1: "Named town, coordinates known",
    2: "Near a town or small area (representative town coded)",
    3: "Only a larger region (natural feature or provincial capital coded)",
}

# --- review states ------------------------------------------------------------

STATUSES: tuple[str, ...] = (
    "draft", "submitted", "in_review", "changes_requested", "approved", "rejected",
)
#: States in which a record must be complete (a draft may be incomplete).
COMPLETE_STATUSES: frozenset[str] = frozenset({"submitted", "in_review", "approved"})

# --- GTD-style detail -------------------------------------------------------

ATTACK_TYPES: tuple[str, ...] = (
    "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
    "Hostage Taking (Barricade)", "Hostage Taking (Kidnapping)",
    "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown",
)
TARGET_TYPES: tuple[str, ...] = (
    "Business", "Government (General)", "Police", "Military", "Airports & Aircraft",
    "Government (Diplomatic)", "Educational Institution", "Food or Water Supply",
    "Journalists & Media", "NGO", "Private Citizens & Property",
    "Religious Figures/Institutions", "Telecommunication", "Terrorists/Non-State Militia",
    "Tourists", "Transportation", "Utilities", "Unknown", "Other",
)
WEAPON_TYPES: tuple[str, ...] = (
    "Firearms", "Explosives", "Incendiary", "Melee", "Vehicle", "Other", "Unknown",
)
PROPERTY_DAMAGE: tuple[str, ...] = ("none", "minor", "major")

# --- sources and claims -------------------------------------------------------

SOURCE_SCALES: tuple[str, ...] = (
    "Local partner", "New media", "National", "Subnational", "Regional", "International",
    "Other",
)
SOURCE_RELIABILITY: tuple[str, ...] = ("high", "medium", "low", "unknown")
CLAIM_CHANNELS: tuple[str, ...] = (
    "az-Zallaqa", "Amaq", "al-Naba", "al-Andalus", "video", "communiqué", "social media",
    "other",
)

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
