"""A source's language is stored as its ISO 639 code ("fr", "ar"), as claims store theirs.

The coder may type the code or the language's name in English, French or Arabic
("French", "français", "arabe", "العربية"): a name the list knows becomes its code.
Languages of the region without a two-letter ISO 639-1 code keep their three-letter
ISO 639-2/3 one (Tamasheq "tmh", Songhai "son", Mooré "mos"). Text the list does not
know is kept as typed. The table shows each known code by its name, in the user's
language.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP

#: code -> English name, in the order the list offers them
LANGUAGES: dict[str, str] = {
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "ar": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "bm": QT_TRANSLATE_NOOP("Languages", "Bambara"),
    "ff": QT_TRANSLATE_NOOP("Languages", "Fulfulde"),
    "tmh": QT_TRANSLATE_NOOP("Languages", "Tamasheq"),
    "son": QT_TRANSLATE_NOOP("Languages", "Songhai"),
    "ha": QT_TRANSLATE_NOOP("Languages", "Hausa"),
    "mos": QT_TRANSLATE_NOOP("Languages", "Mooré"),
}

#: Other ways of writing each language: its names in French and Arabic, other spellings,
#: and its other ISO 639 codes.
OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "fr": ("français", "francais", "fra", "fre", "الفرنسية", "فرنسي", "فرنسية"),
    "en": ("anglais", "eng", "الإنجليزية", "الانجليزية", "الإنكليزية", "إنجليزي"),
    "ar": ("arabe", "ara", "العربية", "عربي", "عربية"),
    "bm": ("bamanankan", "bamanan", "bam", "البمبارية", "البامبارا"),
    "ff": ("peul", "fula", "fulani", "pulaar", "poular", "fulfulde", "ful", "الفولانية",
           "الفلانية"),
    "tmh": ("tamashek", "tamacheq", "tamachek", "tamajaq", "tamasheq", "taq", "تماشق",
            "التماشقية", "الطارقية"),
    "son": ("songhay", "songhaï", "sonrhaï", "sonrai", "koyraboro senni", "ses", "السنغاي",
            "السونغاي"),
    "ha": ("haoussa", "hausa", "hau", "الهوسا", "الهوسية"),
    "mos": ("moore", "mooré", "moré", "mossi", "الموري", "الموسي"),
}


def _folded(text: str) -> str:
    """Case, accents and surrounding space set aside: "Français " and "francais" meet."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def language_label(code: str | None) -> str:
    """The name of a language code in the user's language; an unknown code as stored."""
    if not code:
        return ""
    english = LANGUAGES.get(code)
    return QCoreApplication.translate("Languages", english) if english else code


def _names() -> dict[str, str]:
    """Every name and code known, folded, to its code (the user's language's names too)."""
    found: dict[str, str] = {}
    for code, english in LANGUAGES.items():
        for name in (code, english, language_label(code), *OTHER_NAMES.get(code, ())):
            found.setdefault(_folded(name), code)
    return found


def language_code(text: str | None) -> str | None:
    """The code of a language typed by code or by name; other text stays as typed."""
    if text is None or not text.strip():
        return None
    return _names().get(_folded(text), text.strip())
