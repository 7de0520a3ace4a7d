"""The Sahel actors a new desk starts with (ACLED names first, then the names
researchers type in English, French and Arabic).

Dated variants of state forces share a ``family`` and carry the regime period
in their name, as ACLED writes them; the incident date picks the variant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

JNIM = "JNIM: Group for Support of Islam and Muslims"
ISGS = "Islamic State (West Africa) - Greater Sahara Faction"
UNIDENTIFIED_MALI = "Unidentified Armed Group (Mali)"
CIVILIANS_MALI = "Civilians (Mali)"


@dataclass(frozen=True)
class BuiltinActor:
    name: str
    actor_type: int
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    country: str | None = None
    family: str | None = None
    description: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


_MALI_FORCES_ALIASES = (
    "FAMa", "Forces armées maliennes", "Malian Army", "Malian forces", "armée malienne",
    "الجيش المالي", "القوات المالية",
)
_FRANCE_ALIASES = (
    "Barkhane", "Operation Barkhane", "Opération Barkhane", "Serval", "French forces",
    "French army", "forces françaises", "armée française", "القوات الفرنسية", "الجيش الفرنسي",
)
_MINUSMA_NAME = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"
_MINUSMA_ALIASES = (
    "MINUSMA", "UN mission in Mali", "UN peacekeepers", "Casques bleus", "مينوسما",
    "قوات حفظ السلام",
)

# Regime periods of Mali as ACLED splits state actors.
_MALI_PERIODS = (
    ("2013-2020", date(2013, 9, 4), date(2020, 8, 18)),
    ("2020-2021", date(2020, 8, 19), date(2021, 5, 24)),
    ("2021-", date(2021, 5, 25), None),
)


def _mali_state(prefix: str, actor_type: int, aliases: tuple[str, ...]) -> list[BuiltinActor]:
    return [
        BuiltinActor(f"{prefix} ({label})", actor_type, aliases, valid_from=start, valid_to=end,
                     country="MLI", family=prefix)
        for label, start, end in _MALI_PERIODS
    ]


BUILTIN_ACTORS: tuple[BuiltinActor, ...] = (
    BuiltinActor(
        JNIM, 2,
        ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal Muslimin",
         "GSIM", "Group for Support of Islam and Muslims",
         "Groupe de soutien à l'islam et aux musulmans", "Nusrat al-Islam",
         "جماعة نصرة الإسلام والمسلمين", "نصرة الإسلام والمسلمين"),
        valid_from=date(2017, 3, 2),
        description="Formed 2017-03-02 from AQIM's Sahara branch, Ansar Dine, al-Mourabitoun "
                    "and Katiba Macina. Media wing: az-Zallaqa Foundation (مؤسسة الزلاقة).",
    ),
    BuiltinActor("AQIM: Al Qaeda in the Islamic Maghreb", 2,
                 ("AQIM", "AQMI", "Al-Qaïda au Maghreb islamique",
                  "القاعدة في بلاد المغرب الإسلامي")),
    BuiltinActor("Ansar Dine", 2, ("Ansar al-Din", "Ansar Eddine", "أنصار الدين"), parent=JNIM),
    BuiltinActor("Al Mourabitoun", 2, ("al-Murabitoun", "Al-Mourabitoune", "المرابطون"),
                 parent=JNIM),
    BuiltinActor("Katiba Macina", 2,
                 ("Macina Liberation Front", "FLM", "Front de libération du Macina",
                  "Ansar al-Din Macina", "كتيبة ماسينا"), parent=JNIM),
    BuiltinActor("Katiba Serma", 2, ("Serma", "كتيبة سيرما"), parent=JNIM),
    BuiltinActor("Ansaroul Islam", 2, ("Ansarul Islam", "Ansar ul Islam", "أنصار الإسلام"),
                 country="BFA"),
    BuiltinActor(
        ISGS, 2,
        ("ISGS", "EIGS", "Islamic State in the Greater Sahara", "Islamic State Sahel Province",
         "ISSP", "État islamique au Grand Sahara", "Etat islamique au Sahel",
         "Islamic State (Greater Sahara)",
         "الدولة الإسلامية في الصحراء الكبرى", "ولاية الساحل"),
    ),
    *_mali_state("Military Forces of Mali", 1, _MALI_FORCES_ALIASES),
    *_mali_state("Police Forces of Mali", 1,
                 ("police malienne", "Malian police", "الشرطة المالية")),
    BuiltinActor(f"{_MINUSMA_NAME} (2013-2020)", 8, _MINUSMA_ALIASES, valid_from=date(2013, 7, 1),
                 valid_to=date(2020, 8, 18), family=_MINUSMA_NAME),
    BuiltinActor(f"{_MINUSMA_NAME} (2020-2021)", 8, _MINUSMA_ALIASES,
                 valid_from=date(2020, 8, 19), valid_to=date(2021, 5, 24), family=_MINUSMA_NAME),
    BuiltinActor(f"{_MINUSMA_NAME} (2021-)", 8, _MINUSMA_ALIASES, valid_from=date(2021, 5, 25),
                 valid_to=date(2023, 12, 31), family=_MINUSMA_NAME),
    BuiltinActor("Military Forces of France (2012-2017)", 8, _FRANCE_ALIASES,
                 valid_from=date(2012, 5, 15), valid_to=date(2017, 5, 14),
                 family="Military Forces of France"),
    BuiltinActor("Military Forces of France (2017-)", 8, _FRANCE_ALIASES,
                 valid_from=date(2017, 5, 15), family="Military Forces of France"),
    BuiltinActor("Wagner Group", 8,
                 ("Africa Corps", "Russian forces", "Russian mercenaries", "mercenaires russes",
                  "فاغنر", "القوات الروسية"), valid_from=date(2021, 12, 1)),
    BuiltinActor("G5S: G5 Sahel Force", 8, ("G5 Sahel", "FC-G5S", "Force conjointe du G5 Sahel")),
    BuiltinActor("CMA: Coordination of Movements of the Azawad", 2,
                 ("CMA", "Coordination des mouvements de l'Azawad", "MNLA", "HCUA",
                  "CSP-PSD", "CSP-DPA", "تنسيقية الحركات الأزوادية")),
    BuiltinActor("GATIA: Imghad Tuareg and Allies Self-Defense Group", 3,
                 ("GATIA", "Platform", "Plateforme")),
    BuiltinActor("CMFPR1: Coordination of Patriotic Resistance Movements and Forces 1", 3,
                 ("CMFPR1", "Ganda Koy", "Platform")),
    BuiltinActor("MSA: Movement for Azawad Salvation", 3,
                 ("MSA", "Movement for the Salvation of Azawad",
                  "Mouvement pour le salut de l'Azawad")),
    BuiltinActor("CJA: Congress for Justice in Azawad", 3,
                 ("CJA", "Congrès pour la justice dans l'Azawad")),
    BuiltinActor("Dozo Communal Militia (Mali)", 4,
                 ("Dozo", "Donso", "Dozo hunters", "chasseurs dozos", "Bambara militia")),
    BuiltinActor("Dan Na Ambassagou", 4, ("Dogon militia", "milice dogon", "Dan Nan Ambassagou")),
    BuiltinActor("Fulani Ethnic Militia (Mali)", 4, ("Peul", "Peul militia", "Fulani militia")),
    BuiltinActor("Dogon Ethnic Militia (Mali)", 4, ("Dogon ethnic militia",)),
    BuiltinActor(UNIDENTIFIED_MALI, 3,
                 ("unknown gunmen", "unidentified gunmen", "hommes armés non identifiés",
                  "individus armés", "مسلحون مجهولون")),
    BuiltinActor(CIVILIANS_MALI, 7, ("civilians", "civils", "villagers", "مدنيون")),
    BuiltinActor("Civilians (Burkina Faso)", 7, ("civils burkinabè",)),
    BuiltinActor("Civilians (Niger)", 7, ("civils nigériens",)),
    BuiltinActor("Protesters (Mali)", 6, ("manifestants",)),
    BuiltinActor("Rioters (Mali)", 5, ("émeutiers",)),
    BuiltinActor("Military Forces of Burkina Faso (2015-)", 1,
                 ("FDS", "Burkinabe army", "armée burkinabè", "الجيش البوركيني"),
                 country="BFA", family="Military Forces of Burkina Faso"),
    BuiltinActor("Military Forces of Niger (2021-)", 1,
                 ("FAN", "Nigerien army", "Forces armées nigériennes", "الجيش النيجري"),
                 country="NER", family="Military Forces of Niger"),
)
