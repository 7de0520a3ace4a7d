"""The words a claim reader knows, kept in one place so a coder can extend them.

Entries are written as they appear in claims (hamza, ta marbuta and all);
matching compares them after :func:`sahel_desk.text.normalize.fold`, so
spelling variants need not be listed. Actor names follow the ACLED spelling
used by the actor registry (CODEBOOK section 3).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from sahel_desk.text.message import Text
from sahel_desk.text.normalize import fold

JNIM = "JNIM: Group for Support of Islam and Muslims"
ISGS = "Islamic State (West Africa) - Greater Sahara Faction"
FAMA = "Military Forces of Mali"

#: Media outlets that publish claims: canonical name -> ways of writing it.
CHANNELS: dict[str, tuple[str, ...]] = {
    "az-Zallaqa": ("مؤسسة الزلاقة", "الزلاقة", "az-Zallaqa", "al-Zallaqa"),
    # Bare "أعماق" (depths) and "النبأ" (the news) are ordinary words: not listed.
    "Amaq": ("وكالة أعماق", "أعماق الإخبارية", "Amaq"),
    "al-Naba": ("صحيفة النبأ", "النبأ الأسبوعية", "al-Naba"),
    "al-Andalus": ("مؤسسة الأندلس", "al-Andalus"),
}

#: Whose media wing a channel is: names the claimant when the text does not.
CHANNEL_OWNERS: dict[str, str] = {"az-Zallaqa": JNIM}

#: Groups that issue claims. The first one named (a hashtag first) is the claimant.
CLAIMANTS: dict[str, tuple[str, ...]] = {
    JNIM: ("جماعة نصرة الإسلام والمسلمين", "نصرة الإسلام والمسلمين", "JNIM", "GSIM"),
    ISGS: (
        "الدولة الإسلامية في الصحراء الكبرى",
        "ولاية الساحل",
        "ISGS",
        "ISSP",
        "EIGS",
    ),
}

#: Other actors a claim names, mostly its targets.
ACTORS: dict[str, tuple[str, ...]] = {
    "MINUSMA": ("مينوسما", "بعثة الأمم المتحدة", "MINUSMA"),
    FAMA: (
        "الجيش المالي",
        "قوات الجيش المالي",
        "القوات المالية",
        "القوات المسلحة المالية",
        "FAMa",
    ),
    "Military Forces of France (Operation Barkhane)": (
        "القوات الفرنسية",
        "الجيش الفرنسي",
        "برخان",
        "برخان الفرنسية",
        "Barkhane",
    ),
    "Wagner Group / Africa Corps": ("فاغنر", "فاجنر", "الفاغنر", "Wagner"),
    "Katiba Macina": ("كتيبة ماسينا",),
}

#: Notes attached when an actor is recognised from a word that needs explaining.
ACTOR_NOTES: dict[str, tuple[str, str]] = {
    "الدرك": (FAMA, Text("gendarmerie: code as an associated actor of FAMa")),
    "الحرس الوطني": (FAMA, Text("national guard: code as an associated actor of FAMa")),
}

# --- counts -----------------------------------------------------------------

#: Words that introduce a count of people: kind -> words (the count follows).
PEOPLE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "killed": ("مقتل", "قتل", "هلاك", "مصرع", "تصفية"),
    "wounded": ("إصابة", "جرح"),
    "captured": ("أسر", "اعتقال", "اختطاف", "خطف"),
}

#: Nouns a count comes before ("سبعة قتلى"): kind -> words.
PEOPLE_AFTER: dict[str, tuple[str, ...]] = {
    "killed": ("قتيل", "قتلى", "قتيلا"),
    "wounded": ("جريح", "جرحى", "جريحا", "إصابات"),
    "captured": ("أسير", "أسرى", "أسيرا"),
}

#: Words that introduce a list of seized items ("غنيمة ثلاث سيارات").
SEIZED_TRIGGERS: tuple[str, ...] = ("غنيمة", "اغتنام", "غنائم", "الاستيلاء", "استولى")

#: Things counted, by class. Singulars with a broken plural may be read as duals.
NOUNS: dict[str, tuple[str, ...]] = {
    "person": (
        "جندي",
        "جنود",
        "جنديا",
        "عنصر",
        "عناصر",
        "عنصرا",
        "ضابط",
        "ضباط",
        "ضابطا",
        "عسكري",
        "عسكريين",
        "عسكريون",
        "عسكريا",
        "فرد",
        "أفراد",
        "مرتزق",
        "مرتزقة",
        "شرطي",
        "دركي",
        "مقاتل",
        "مقاتلين",
        "مقاتلا",
        "آخرين",
        "آخرون",
    ),
    "vehicle": (
        "سيارة",
        "سيارات",
        "عربة",
        "عربات",
        "مركبة",
        "مركبات",
        "آلية",
        "آليات",
        "دراجة",
        "دراجات",
        "دبابة",
        "دبابات",
        "شاحنة",
        "شاحنات",
        "مدرعة",
        "مدرعات",
    ),
    "weapon": (
        "سلاح",
        "أسلحة",
        "بندقية",
        "بنادق",
        "رشاش",
        "رشاشات",
        "مدفع",
        "مدافع",
        "قاذف",
        "قواذف",
        "هاون",
    ),
    "ammunition": ("ذخيرة", "ذخائر", "ذخيرة حية"),
}

#: Singular nouns whose dual ("سيارتين", "هجومان") means two of them.
DUAL_SINGULARS: tuple[str, ...] = (
    "جندي",
    "عنصر",
    "ضابط",
    "سيارة",
    "عربة",
    "مركبة",
    "آلية",
    "دراجة",
    "دبابة",
    "شاحنة",
    "مدرعة",
    "سلاح",
    "بندقية",
    "رشاش",
    "مدفع",
    "قاذف",
    "هجوم",
    "كمين",
    "عملية",
    "غارة",
    "قتيل",
    "جريح",
    "أسير",
)

#: Seized-item class -> suggestion kind; other classes are read past but not counted.
SEIZED_KINDS: dict[str, str] = {"vehicle": "vehicles_seized", "weapon": "weapons_seized"}

#: Words standing where a number would, without giving one.
VAGUE: tuple[str, ...] = (
    "عدد",
    "العديد",
    "عشرات",
    "مئات",
    "بعض",
    "كمية",
    "كميات",
    "كثير",
    "الكثير",
)

#: Loss wording that claims deaths without a count: (word, next word).
VAGUE_KILLED: tuple[tuple[str, str], ...] = (("خسائر", "بشرية"), ("الخسائر", "البشرية"))

#: Words a count may be wrapped in ("ما لا يقل عن عشرة", "نحو عشرين").
COUNT_FILLERS: tuple[str, ...] = (
    "ما",
    "لا",
    "يقل",
    "عن",
    "نحو",
    "حوالي",
    "قرابة",
    "زهاء",
    "أكثر",
    "من",
    "على",
    "الأقل",
)

# --- places -----------------------------------------------------------------

#: Words after which a place name is expected ("في", "قرب مدينة").
PLACE_TRIGGERS: tuple[str, ...] = (
    "في",
    "قرب",
    "القرب",
    "ولاية",
    "مدينة",
    "منطقة",
    "بلدة",
    "قرية",
    "العاصمة",
    "ضواحي",
    "محيط",
)

#: Words read past between a trigger and the name ("قرب مدينة", "في شمال").
PLACE_FILLERS: tuple[str, ...] = (
    "من",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
)

#: Words that are never place names, though they follow "في" or carry a hashtag.
NOT_PLACES: tuple[str, ...] = (
    "عاجل",
    "حصري",
    "بيان",
    "هجوم",
    "هجمات",
    "كمين",
    "عملية",
    "عمليات",
    "غارة",
    "معسكر",
    "قاعدة",
    "نقطة",
    "مركز",
    "ثكنة",
    "موقع",
    "طريق",
    "إطار",
    "ظل",
    "سبيل",
    "الله",
    "صفوف",
    "أثناء",
    "حين",
    "وقت",
    "يوم",
    "صباح",
    "مساء",
    "ليلة",
    "الساعة",
    "المجاهدين",
    "الجهاد",
    "الحرب",
    "المعارك",
    "اشتباك",
    "اشتباكات",
)


def folded(words: Iterable[str]) -> frozenset[str]:
    """Fold a list of vocabulary words for comparison with folded text."""
    return frozenset(fold(w) for w in words)


@cache
def not_place_words() -> frozenset[str]:
    """Every folded word that cannot be a place: keywords as well as NOT_PLACES."""
    words: list[str] = list(NOT_PLACES) + list(SEIZED_TRIGGERS) + list(VAGUE)
    for group in (PEOPLE_TRIGGERS, PEOPLE_AFTER, NOUNS):
        for entries in group.values():
            words.extend(entries)
    words.extend(w for pair in VAGUE_KILLED for w in pair)
    words.extend(PLACE_TRIGGERS)
    words.extend(PLACE_FILLERS)
    return folded(words)
