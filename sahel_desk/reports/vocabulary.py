"""Words that stand for the codebook's event types and for its generic actors.

Event types follow the codebook's definitions and hierarchy (Battles before
Explosions/Remote violence before Violence against civilians before
Strategic developments; within a type, ACLED's order). Generic actors are
named the way the registry knows them ("unknown gunmen", "Malian Army",
"French forces", "MINUSMA", "civilians"): the registry decides the actor and
its variant on the event's date.
"""

from __future__ import annotations

import re

_I = re.I

# --- tactics ------------------------------------------------------------------------

AIR = re.compile(r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|drones?\s+strikes?|drone|"
                 r"helicopter\s+(?:strike|fire)|frappes?\s+(?:aériennes?|de\s+drones?)|"
                 r"bombardements?\s+aériens?)\b", _I)
SUICIDE_BOMB = re.compile(r"\b(?:suicide\s+(?:bomb\w*|car\s+bombs?|vbieds?|vehicle|truck|"
                          r"explosive\w*)|kamikazes?|attentats?-suicides?|svbied)\b", _I)
SHELLING = re.compile(r"\b(?:rockets?|mortars?|shell(?:s|ing|ed)|artillery|missiles?|"
                      r"roquettes?|obus|tirs?\s+indirects?)\b", _I)
EXPLOSIVE = re.compile(r"\b(?:ieds?|improvised\s+explosive|land\s*mines?|mines?|roadside\s+bombs?|"
                       r"explosive\s+devices?|car\s+bombs?|vbieds?|bomb\s+exploded|"
                       r"engins?\s+explosifs?|eei|mines?\s+artisanales?)\b", _I)
GRENADE = re.compile(r"\bgrenades?\b", _I)
DEFUSED = re.compile(r"\b(?:defused|disarmed|deactivated|neutrali[sz]ed\s+(?:an?\s+)?(?:ied|mine|"
                     r"explosive)|(?:found|discovered|seized|destroyed|dismantled)\s+(?:a\s+|an\s+|"
                     r"several\s+|two\s+|three\s+)?(?:weapons?\s+)?(?:caches?|ieds?|depots?|"
                     r"explosives?|mines?|stockpiles?|bomb\s+factory)|caches?\s+(?:found|"
                     r"discovered|destroyed)|désamorcé\w*|caches?\s+d'armes)\b", _I)
STRONG_DIRECT = re.compile(r"\b(?:assault\w*|raid\w*|ambush\w*|clash\w*|fighting|fought|"
                           r"firefights?|gunfire|gunfight|exchange\s+of\s+fire|stormed|overran|"
                           r"overrun|besieged|embuscades?|assauts?|affrontements?|combats?|"
                           r"accrochages?|échanges?\s+de\s+tirs|repelled|repulsed|"
                           r"repoussé\w*|opened\s+fire|struck)\b", _I)
ATTACK = re.compile(r"\b(?:attack\w*|targeted|targeting|hitting|hit|attaqu\w*|struck|strike|"
                    r"shot|fired\s+(?:on|at)|assassinat\w*|assassinated|killed|killing|"
                    r"massacred?|executed|tu[ée]s?|abattu\w*|burned|razed)\b", _I)
SEXUAL = re.compile(r"\b(?:rape[ds]?|raping|sexual\s+(?:violence|assault)|viols?|violées?)\b", _I)
ABDUCTION = re.compile(r"\b(?:kidnap\w*|abduct\w*|hostages?|taken\s+hostage|enlèvement\w*|"
                       r"enlev[ée]s?|otages?|disappeared)\b", _I)
ARREST = re.compile(r"\b(?:arrest\w*|detain\w*|apprehend\w*|interpell\w*|arrêt[ée]s?|"
                    r"arrestations?)\b", _I)
LOOTING = re.compile(r"\b(?:robbery|robbed|looted|looting|stole|stolen|theft|pillag\w*|"
                     r"vol(?:é|és|ée)?|braquage|burn(?:ed|t)\s+(?:down\s+)?(?:houses|shops|"
                     r"granaries|vehicles)|incendi\w*|destroyed\s+(?:a\s+)?(?:bridge|school|"
                     r"antenna|houses?|property))\b", _I)
PROTEST = re.compile(r"\b(?:protest\w*|demonstrat\w*|manifest\w*|sit-in|march(?:ed)?\s+against)"
                     r"\b", _I)
RIOT = re.compile(r"\b(?:riot\w*|mob|lynch\w*|émeute\w*|vandali[sz]\w*)\b", _I)
PROTEST_FORCE = re.compile(r"\b(?:tear\s*gas|gaz\s+lacrymogènes?|dispersed|dispersé\w*|"
                           r"arrested\s+protesters|fired\s+on\s+(?:the\s+)?(?:protesters|"
                           r"demonstrators|crowd))\b", _I)
INCIDENT = re.compile(
    "|".join(p.pattern for p in (AIR, SUICIDE_BOMB, SHELLING, EXPLOSIVE, GRENADE, DEFUSED,
                                 STRONG_DIRECT, ATTACK, ABDUCTION, ARREST, LOOTING, RIOT))
    + r"|\b(?:killed|dead|wounded|injured|tués?|blessés?)\b", _I)
NO_HARM = re.compile(r"\b(?:no\s+one\s+(?:was\s+)?(?:hurt|injured|killed)|no\s+casualties|"
                     r"without\s+(?:casualties|injur\w*|violence)|sans\s+faire\s+de\s+victimes?)"
                     r"\b", _I)
TERRITORY = re.compile(r"\b(?:took\s+control|seized\s+(?:the\s+)?(?:town|village|city|camp|"
                       r"base)|captured\s+the\s+(?:town|village|city)|recaptured|retook|"
                       r"pris\s+le\s+contrôle|repris)\b", _I)

# --- actors -------------------------------------------------------------------------


#: (pattern, the name the registry is asked for, side): side "armed" for forces,
#: "civilian" for people, "perpetrator" for unnamed armed men. The first
#: matching pattern covers its words; later ones do not reuse them.
ACTOR_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\b(?:french\s+(?:soldiers?|troops|forces|military|army|camp|base|"
                r"servicem[ae]n|convoy|patrol)|barkhane|serval|forces\s+françaises|"
                r"soldats?\s+français|militaires?\s+français|armée\s+française|"
                r"operation\s+barkhane)\b", _I), "French forces", "armed"),
    (re.compile(r"\b(?:peace-?keep\w*|minusma|u\.?n\.?\s+(?:mission|camp|base|convoy|troops|"
                r"peacekeepers?|positions?|soldiers?)|blue\s+helmets?|casques?\s+bleus?)\b",
                _I), "MINUSMA", "armed"),
    (re.compile(r"\b(?:police\s+(?:officers?|station|post|patrol|men)|policem[ae]n|"
                r"polic(?:e|iers?)|commissariat)\b", _I), "Malian police", "armed"),
    (re.compile(r"\b(?:malian\s+(?:army|soldiers?|troops|forces|military|armed\s+forces)|"
                r"fama|forces\s+armées\s+maliennes|armée\s+malienne|soldiers?|troops|army|"
                r"military\s+(?:post|base|camp|convoy|vehicles?|personnel|positions?)|"
                r"defen[cs]e\s+(?:post|forces)|security\s+(?:post|forces|checkpoint)|"
                r"gendarm\w*|customs?\s+(?:post|officers?|agents?)?|douan\w*|"
                r"national\s+guard|garde\s+nationale|soldats?|militaires?|camp\s+militaire|"
                r"poste\s+(?:militaire|de\s+sécurité|de\s+gendarmerie)|FDS)\b", _I),
     "Malian Army", "armed"),
    (re.compile(r"\b(?:(?:unknown|unidentified|suspected|armed|heavily\s+armed)\s+)?"
                r"(?:gunm[ae]n|armed\s+m[ae]n|bandits?|assailants|attackers|jihadis\w*|"
                r"militants|insurgents|terrorists?|hommes\s+armés(?:\s+non\s+identifiés)?|"
                r"individus\s+armés|djihadistes?|jihadistes?|terroristes?|assaillants)\b",
                _I), "unknown gunmen", "perpetrator"),
    (re.compile(r"\b(?:civilians?|civils?|villagers?|villageois|residents|habitants|people|"
                r"personnes|hostages?|otages|passengers|travell?ers|traders?|merchants|"
                r"commerçants|farmers?|herders?|éleveurs|worshippers|women|children|"
                r"teachers?|students?|workers?|chiefs?|imams?|priests?|hotel|resort|"
                r"market|marché|toll\s+(?:station|booth|post)|bus|community)\b", _I),
     "civilians", "civilian"),
)

#: a state or foreign force doing the act, not suffering it
STATE_ACTS = re.compile(
    r"\b(?:attacked|killed|neutrali[sz]ed|arrested|raided|destroyed|repelled|repulsed|"
    r"bombed|launched|conducted|carried\s+out|dismantled|detained|apprehended|captured|"
    r"seized|recovered|found|discovered|shot|struck|fired|opened\s+fire|ont\s+neutralisé|"
    r"ont\s+arrêté|ont\s+interpellé|ont\s+tué|ont\s+détruit|ont\s+repoussé|a\s+neutralisé|"
    r"a\s+arrêté|ont\s+mené)\b(?![ \t]*(?:by|par|in|at|on|during|near|outside|when|after|"
    r"while|lors|dans|à|en|[,.;:]|$))", _I)

CLAIM = re.compile(r"\b(?:claim(?:ed|ing|s)?|took\s+credit|taken\s+credit|takes\s+credit|"
                   r"credit\s+for|revendiq\w*|communiqu\w*|statement)\b", _I)
NOT_A_CLAIM = re.compile(r"\bclaim(?:ed|ing|s)?\s+(?:the\s+)?li(?:fe|ves)\b", _I)
NO_CLAIM = re.compile(r"\b(?:no\s+(?:one|group)\s+(?:has\s+)?(?:yet\s+)?claimed|not\s+(?:yet\s+)?"
                      r"(?:been\s+)?claimed|unclaimed|n'a\s+(?:pas|toujours\s+pas)\s+été\s+"
                      r"revendiqu\w*|non\s+revendiqu\w*|sans\s+revendication)\b", _I)

# --- places -------------------------------------------------------------------------

#: words before a name that say it is where the event was
PLACE_BEFORE = re.compile(
    r"(?:\b(?:at|in|near|outside|of|from|between|and|to|around|towards?|à|de|du|d'|près|"
    r"entre|et|vers|sur|dans|au|aux|en|inside|en\s+direction)\s*$)", _I)
#: words between such a word and the name: articles, place nouns, adjectives
PLACE_FILLER = re.compile(
    r"^(?:the|a|an|la|le|les|l'|town|city|village|villages|locality|locale|localité|area|"
    r"commune|cercle|ville|hamlet|camp|region|of|de|du|des|d'|near|northern|southern|eastern|"
    r"western|central|north-eastern|north-western|south-eastern|south-western|northeastern|"
    r"northwestern|southeastern|southwestern|local|rural|nearby|neighbou?ring|capital|"
    r"malian|burkinabe|nigerien|mali's|mali’s|burkina's|niger's|province|just|small|"
    r"border|frontier)$", _I)
#: words right before a name making it a reference point, not the place itself
NEAR_BEFORE = re.compile(
    r"(?:\b(?:near|outside|outside\s+of|close\s+to|around|nearby|vicinity\s+of|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|"
    r"\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:from|of|outside(?:\s+of)?)|"
    r"près\s+de|non\s+loin\s+de|aux\s+environs\s+de|à\s+\d+\s*km\s+(?:\w+\s+)?de|"
    r"au\s+(?:nord|sud|est|ouest)\s+de|à\s+l'(?:est|ouest)\s+de|en\s+périphérie\s+de|"
    r"between)(?:\s+(?:the\s+)?(?:town|city|village|locality|northern|southern|eastern|"
    r"western|central|capital|malian)(?:\s+(?:city|town|capital))?(?:\s+of)?)?\s*$)", _I)
REGION_AFTER = re.compile(r"^\s*(?:regions?|région|province|cercle)\b", _I)
REGION_BEFORE = re.compile(r"(?:\b(?:regions?\s+of|région\s+de|province\s+of|"
                           r"regions?\s+of\s+\w+\s+and)\s*$)", _I)
TOWN_BEFORE = re.compile(r"\b(?:town|city|village|locality|locale|ville|localité|"
                         r"commune)\s+of\s*$|\b(?:la\s+)?(?:ville|localité|commune)\s+d[e']\s*$",
                         _I)
CAPITAL = re.compile(r"\b(?:the|la)\s+(?:malian\s+|country's\s+)?capital[e]?\b(?!\s+of)", _I)
BORDER = re.compile(r"^\s*(?:border|frontier|frontière)\b|^\s*'s\s+border", _I)
#: names of countries: never the place of an event, whatever the gazetteer holds
COUNTRIES = frozenset({
    "mali", "niger", "burkina faso", "burkina", "algeria", "algerie", "mauritania",
    "mauritanie", "senegal", "guinea", "guinee", "cote d ivoire", "ivory coast", "chad",
    "tchad", "nigeria", "libya", "libye", "france", "russia", "russie", "benin", "togo",
    "ghana", "sahel", "west africa", "africa", "afrique", "azawad",
})
#: capitalised words that are never places (sentence starts, days, titles)
NOT_PLACES = frozenset({
    "the", "a", "an", "on", "in", "at", "and", "but", "only", "just", "both", "this", "that",
    "these", "those", "however", "additionally", "over", "photos", "right", "left", "tags",
    "gunmen", "suicide", "rocket", "raid", "more", "at least", "no", "unknown", "malian",
    "french", "un", "islamic", "state", "group", "le", "la", "les", "des", "une", "dans",
    "selon", "des hommes", "jihadists", "jihadis", "col", "colonel", "president", "general",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
})
