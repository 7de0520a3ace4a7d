"""The words two incidents' notes and claims have in common, in any script.

Notes are folded as searches are (case, accents, Arabic letter forms: see
text/normalize.py), cut into words, and kept only where they say something of
the event: function words of English, French and Arabic go, and so do numbers,
months and weekdays, which the date and the counts already compare field by
field. A light stemming lets "militants" meet "militant" and "الجيش" meet "جيش".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sahel_desk.text.normalize import fold

_APOSTROPHES = re.compile("['\u2019\u2018\u02bc`\u00b4]")

_FUNCTION_WORDS = """
the and for with from that this these those which who whom whose was were are has have had
been being its their there then than into onto over under after before during about around
between while when where also other others some several least most more many much both each
per not but all any one two three four five six seven eight nine ten his her him they them
reported reportedly reports report according said says presumed presumably suspected
allegedly alleged area village town near nearby coded
les des une dans par pour sur avec sans sous entre vers chez contre aux ont est sont etait
etaient selon lors dont qui que quoi cette ces ses leur leurs lui elle elles ils nous vous
son sa ainsi apres avant pendant depuis deux trois quatre cinq plus moins tres tous toutes
tout aussi mais donc car pas ete avoir etre fait ont village localite pres environ
january february march april may june july august september october november december
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
monday tuesday wednesday thursday friday saturday sunday
lundi mardi mercredi jeudi vendredi samedi dimanche
في من على الى إلى عن مع بعد قبل حيث التي الذي الذين هذا هذه ذلك تلك كان كانت قد وقد ثم او أو
"""
#: words that say nothing of one event: function words (English, French, Arabic
#: folded), and the words of dates, which the date field compares
STOPWORDS = frozenset(fold(_FUNCTION_WORDS).split())

#: Arabic prefixes glued to a word: the article and the conjunctions and prepositions
#: written with it
_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
_ARABIC = re.compile("[\u0600-\u06ff]")


def _stem(word: str) -> str:
    if _ARABIC.match(word):
        for prefix in _ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                return word[len(prefix):]
        return word
    if len(word) > 4 and word.endswith("s"):
        return word[:-1]
    return word


def content_words(texts: Iterable[str | None]) -> frozenset[str]:
    """The folded, stemmed words of ``texts`` that tell the event (see the module)."""
    found: set[str] = set()
    for text in texts:
        if not text:
            continue
        for word in fold(_APOSTROPHES.sub(" ", text)).split():
            # folded words hold letters and digits only: a digit makes them not alpha
            if len(word) < 3 or word in STOPWORDS or not word.isalpha():
                continue
            found.add(_stem(word))
    return frozenset(found)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard's measure: the words both use among all the words either uses."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)
