<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Codebook</name>
    <message>
        <source>Political violence</source>
        <translation>Violence politique</translation>
    </message>
    <message>
        <source>Demonstrations</source>
        <translation>Manifestations</translation>
    </message>
    <message>
        <source>Political violence; Demonstrations</source>
        <translation>Violence politique ; Manifestations</translation>
    </message>
    <message>
        <source>Strategic developments</source>
        <translation>Développements stratégiques</translation>
    </message>
    <message>
        <source>Battles</source>
        <translation>Batailles</translation>
    </message>
    <message>
        <source>Protests</source>
        <translation>Manifestations</translation>
    </message>
    <message>
        <source>Riots</source>
        <translation>Émeutes</translation>
    </message>
    <message>
        <source>Explosions/Remote violence</source>
        <translation>Explosions/Violence à distance</translation>
    </message>
    <message>
        <source>Violence against civilians</source>
        <translation>Violence contre les civils</translation>
    </message>
    <message>
        <source>Government regains territory</source>
        <translation>Le gouvernement reprend un territoire</translation>
    </message>
    <message>
        <source>Non-state actor overtakes territory</source>
        <translation>Un acteur non étatique s'empare d'un territoire</translation>
    </message>
    <message>
        <source>Armed clash</source>
        <translation>Affrontement armé</translation>
    </message>
    <message>
        <source>Excessive force against protesters</source>
        <translation>Usage excessif de la force contre des manifestants</translation>
    </message>
    <message>
        <source>Protest with intervention</source>
        <translation>Manifestation avec intervention</translation>
    </message>
    <message>
        <source>Peaceful protest</source>
        <translation>Manifestation pacifique</translation>
    </message>
    <message>
        <source>Violent demonstration</source>
        <translation>Manifestation violente</translation>
    </message>
    <message>
        <source>Mob violence</source>
        <translation>Violence de foule</translation>
    </message>
    <message>
        <source>Chemical weapon</source>
        <translation>Arme chimique</translation>
    </message>
    <message>
        <source>Air/drone strike</source>
        <translation>Frappe aérienne/de drone</translation>
    </message>
    <message>
        <source>Suicide bomb</source>
        <translation>Attentat-suicide</translation>
    </message>
    <message>
        <source>Shelling/artillery/missile attack</source>
        <translation>Bombardement/tir d'artillerie/de missiles</translation>
    </message>
    <message>
        <source>Remote explosive/landmine/IED</source>
        <translation>Explosif télécommandé/mine/EEI</translation>
    </message>
    <message>
        <source>Grenade</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violence sexuelle</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>Abduction/forced disappearance</source>
        <translation>Enlèvement/disparition forcée</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Arrests</source>
        <translation>Arrestations</translation>
    </message>
    <message>
        <source>Change to group/activity</source>
        <translation>Changement de groupe/d'activité</translation>
    </message>
    <message>
        <source>Disrupted weapons use</source>
        <translation>Usage d'armes déjoué</translation>
    </message>
    <message>
        <source>Headquarters or base established</source>
        <translation>Établissement d'un quartier général ou d'une base</translation>
    </message>
    <message>
        <source>Looting/property destruction</source>
        <translation>Pillage/destruction de biens</translation>
    </message>
    <message>
        <source>Non-violent transfer of territory</source>
        <translation>Transfert non violent de territoire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>State forces</source>
        <translation>Forces étatiques</translation>
    </message>
    <message>
        <source>State Forces</source>
        <translation>Forces étatiques</translation>
    </message>
    <message>
        <source>Rebel group</source>
        <translation>Groupe rebelle</translation>
    </message>
    <message>
        <source>Rebel Groups</source>
        <translation>Groupes rebelles</translation>
    </message>
    <message>
        <source>Political militia</source>
        <translation>Milice politique</translation>
    </message>
    <message>
        <source>Political Militias</source>
        <translation>Milices politiques</translation>
    </message>
    <message>
        <source>Identity militia</source>
        <translation>Milice identitaire</translation>
    </message>
    <message>
        <source>Identity Militias</source>
        <translation>Milices identitaires</translation>
    </message>
    <message>
        <source>Rioters</source>
        <translation>Émeutiers</translation>
    </message>
    <message>
        <source>Protesters</source>
        <translation>Manifestants</translation>
    </message>
    <message>
        <source>Civilians</source>
        <translation>Civils</translation>
    </message>
    <message>
        <source>External/Other forces</source>
        <translation>Forces extérieures/autres</translation>
    </message>
    <message>
        <source>External/Other Forces</source>
        <translation>Forces extérieures/autres</translation>
    </message>
    <message>
        <source>Civilians targeted</source>
        <translation>Civils ciblés</translation>
    </message>
    <message>
        <source>Day known</source>
        <translation>Jour connu</translation>
    </message>
    <message>
        <source>Week or similar span known (middle of the span coded)</source>
        <translation>Semaine ou période semblable connue (milieu de la période codé)</translation>
    </message>
    <message>
        <source>Only the month known (mid-month coded)</source>
        <translation>Seul le mois est connu (milieu du mois codé)</translation>
    </message>
    <message>
        <source>Named town, coordinates known</source>
        <translation>Localité nommée, coordonnées connues</translation>
    </message>
    <message>
        <source>Near a town or small area (representative town coded)</source>
        <translation>Près d'une localité ou petite zone (localité représentative codée)</translation>
    </message>
    <message>
        <source>Only a larger region (natural feature or provincial capital coded)</source>
        <translation>Seulement une région plus vaste (élément naturel ou chef-lieu codé)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis pour relecture</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>not an event</source>
        <translation>pas un événement</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>hors du champ</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>Assassination</source>
        <translation>Assassinat</translation>
    </message>
    <message>
        <source>Armed Assault</source>
        <translation>Assaut armé</translation>
    </message>
    <message>
        <source>Bombing/Explosion</source>
        <translation>Attentat à l'explosif/explosion</translation>
    </message>
    <message>
        <source>Hijacking</source>
        <translation>Détournement</translation>
    </message>
    <message>
        <source>Hostage Taking (Barricade)</source>
        <translation>Prise d'otages (retranchement)</translation>
    </message>
    <message>
        <source>Hostage Taking (Kidnapping)</source>
        <translation>Prise d'otages (enlèvement)</translation>
    </message>
    <message>
        <source>Facility/Infrastructure Attack</source>
        <translation>Attaque d'installation/d'infrastructure</translation>
    </message>
    <message>
        <source>Unarmed Assault</source>
        <translation>Agression sans arme</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Government (General)</source>
        <translation>Gouvernement (général)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Armée</translation>
    </message>
    <message>
        <source>Airports &amp; Aircraft</source>
        <translation>Aéroports et aéronefs</translation>
    </message>
    <message>
        <source>Government (Diplomatic)</source>
        <translation>Gouvernement (diplomatique)</translation>
    </message>
    <message>
        <source>Educational Institution</source>
        <translation>Établissement d'enseignement</translation>
    </message>
    <message>
        <source>Food or Water Supply</source>
        <translation>Approvisionnement en vivres ou en eau</translation>
    </message>
    <message>
        <source>Journalists &amp; Media</source>
        <translation>Journalistes et médias</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Private Citizens &amp; Property</source>
        <translation>Particuliers et biens privés</translation>
    </message>
    <message>
        <source>Religious Figures/Institutions</source>
        <translation>Personnalités/institutions religieuses</translation>
    </message>
    <message>
        <source>Telecommunication</source>
        <translation>Télécommunications</translation>
    </message>
    <message>
        <source>Terrorists/Non-State Militia</source>
        <translation>Terroristes/milices non étatiques</translation>
    </message>
    <message>
        <source>Tourists</source>
        <translation>Touristes</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transports</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>Services publics (eau, électricité)</translation>
    </message>
    <message>
        <source>Firearms</source>
        <translation>Armes à feu</translation>
    </message>
    <message>
        <source>Explosives</source>
        <translation>Explosifs</translation>
    </message>
    <message>
        <source>Incendiary</source>
        <translation>Engins incendiaires</translation>
    </message>
    <message>
        <source>Melee</source>
        <translation>Arme blanche</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>légers</translation>
    </message>
    <message>
        <source>major</source>
        <translation>importants</translation>
    </message>
    <message>
        <source>Local partner</source>
        <translation>Partenaire local</translation>
    </message>
    <message>
        <source>New media</source>
        <translation>Nouveaux médias</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Subnational</source>
        <translation>Infranational</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Régional</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>az-Zallaqa</source>
        <translation>az-Zallaqa</translation>
    </message>
    <message>
        <source>Amaq</source>
        <translation>Amaq</translation>
    </message>
    <message>
        <source>al-Naba</source>
        <translation>al-Naba</translation>
    </message>
    <message>
        <source>al-Andalus</source>
        <translation>al-Andalus</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>communiqué</source>
        <translation>communiqué</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>chercheur</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>relecteur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>{actor_type} only</source>
        <translation>{actor_type} uniquement</translation>
    </message>
    <message>
        <source>{first}-{second}</source>
        <translation>{first}-{second}</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>same day</source>
        <translation>même jour</translation>
    </message>
    <message>
        <source>1 day apart</source>
        <translation>1 jour d'écart</translation>
    </message>
    <message>
        <source>2 days apart</source>
        <translation>2 jours d'écart</translation>
    </message>
    <message>
        <source>3 days apart</source>
        <translation>3 jours d'écart</translation>
    </message>
    <message>
        <source>{days} days apart</source>
        <translation>{days} jours d'écart</translation>
    </message>
    <message>
        <source>dates overlap ({first} to {last})</source>
        <translation>dates qui se recouvrent (du {first} au {last})</translation>
    </message>
    <message>
        <source>dates {days} day(s) apart beyond their precision</source>
        <translation>dates à {days} jour(s) d'écart au-delà de leur précision</translation>
    </message>
    <message>
        <source>same place</source>
        <translation>même lieu</translation>
    </message>
    <message>
        <source>{km} km apart</source>
        <translation>à {km} km l'un de l'autre</translation>
    </message>
    <message>
        <source>{km} km apart, within the reach of a location coded near a town</source>
        <translation>à {km} km l'un de l'autre, dans le rayon d'un lieu codé près d'une localité</translation>
    </message>
    <message>
        <source>same region ({admin1})</source>
        <translation>même région ({admin1})</translation>
    </message>
    <message>
        <source>same {admin2}</source>
        <translation>même cercle ou province ({admin2})</translation>
    </message>
    <message>
        <source>same region ({admin1}), other admin2</source>
        <translation>même région ({admin1}), autre cercle ou province</translation>
    </message>
    <message>
        <source>other regions ({a} / {b})</source>
        <translation>régions différentes ({a} / {b})</translation>
    </message>
    <message>
        <source>same type ({a})</source>
        <translation>même type ({a})</translation>
    </message>
    <message>
        <source>related types ({a} / {b})</source>
        <translation>types apparentés ({a} / {b})</translation>
    </message>
    <message>
        <source>neighbouring types ({a} / {b})</source>
        <translation>types voisins ({a} / {b})</translation>
    </message>
    <message>
        <source>other kinds of event ({a} / {b})</source>
        <translation>autres genres d'événement ({a} / {b})</translation>
    </message>
    <message>
        <source>same actors ({names})</source>
        <translation>mêmes acteurs ({names})</translation>
    </message>
    <message>
        <source>share {names}, not {others}</source>
        <translation>ont en commun {names}, pas {others}</translation>
    </message>
    <message>
        <source>different actors ({names} / {others})</source>
        <translation>acteurs différents ({names} / {others})</translation>
    </message>
    <message>
        <source>no fatalities on either side</source>
        <translation>aucune victime de part et d'autre</translation>
    </message>
    <message>
        <source>same fatalities ({a})</source>
        <translation>même nombre de victimes ({a})</translation>
    </message>
    <message>
        <source>fatalities {a} vs {b}</source>
        <translation>victimes {a} contre {b}</translation>
    </message>
    <message>
        <source>no fatalities reported on one side ({a} vs {b})</source>
        <translation>aucun mort signalé d'un côté ({a} contre {b})</translation>
    </message>
    <message>
        <source>{what} agree</source>
        <translation>concordent : {what}</translation>
    </message>
    <message>
        <source>{what} differ</source>
        <translation>divergent : {what}</translation>
    </message>
    <message>
        <source>both cite {url}</source>
        <translation>les deux citent {url}</translation>
    </message>
    <message>
        <source>both cite {names}</source>
        <translation>les deux citent {names}</translation>
    </message>
    <message>
        <source>the same words</source>
        <translation>les mêmes mots</translation>
    </message>
    <message>
        <source>the same words for another {what}: one report coded as several events</source>
        <translation>les mêmes mots pour un autre {what} : un seul rapport codé en plusieurs événements</translation>
    </message>
    <message>
        <source>many words and a source in common for another {what}: one report coded as several events</source>
        <translation>beaucoup de mots et une source en commun pour un autre {what} : un seul rapport codé en plusieurs événements</translation>
    </message>
    <message>
        <source>many words in common ({share:.0%})</source>
        <translation>beaucoup de mots en commun ({share:.0%})</translation>
    </message>
    <message>
        <source>some words in common ({share:.0%})</source>
        <translation>quelques mots en commun ({share:.0%})</translation>
    </message>
    <message>
        <source>few words in common ({share:.0%})</source>
        <translation>peu de mots en commun ({share:.0%})</translation>
    </message>
    <message>
        <source>no words in common</source>
        <translation>aucun mot en commun</translation>
    </message>
    <message>
        <source>both read from one ACLED file, which keeps them apart ({a} / {b})</source>
        <translation>tous deux lus dans un même fichier ACLED, qui les distingue ({a} / {b})</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>ACLED event id</source>
        <translation>Identifiant ACLED de l'événement</translation>
    </message>
    <message>
        <source>ACLED timestamp</source>
        <translation>Horodatage ACLED</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation>Précision temporelle</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d'événement</translation>
    </message>
    <message>
        <source>Sub-event type</source>
        <translation>Sous-type d'événement</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Admin 1</source>
        <translation>Admin 1</translation>
    </message>
    <message>
        <source>Admin 2</source>
        <translation>Admin 2</translation>
    </message>
    <message>
        <source>Admin 3</source>
        <translation>Admin 3</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Geo precision</source>
        <translation>Précision géographique</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>À proximité</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>Acteur 1</translation>
    </message>
    <message>
        <source>Associated with actor 1</source>
        <translation>Associés à l'acteur 1</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>Acteur 2</translation>
    </message>
    <message>
        <source>Associated with actor 2</source>
        <translation>Associés à l'acteur 2</translation>
    </message>
    <message>
        <source>Fatalities (best)</source>
        <translation>Victimes (estimation retenue)</translation>
    </message>
    <message>
        <source>Fatalities (low)</source>
        <translation>Victimes (estimation basse)</translation>
    </message>
    <message>
        <source>Fatalities (high)</source>
        <translation>Victimes (estimation haute)</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <source>Kidnapped</source>
        <translation>Enlevés</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>Arrêtés</translation>
    </message>
    <message>
        <source>Attack type</source>
        <translation>Type d'attaque</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Type de cible</translation>
    </message>
    <message>
        <source>Weapon type</source>
        <translation>Type d'arme</translation>
    </message>
    <message>
        <source>Suicide attack</source>
        <translation>Attaque suicide</translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation>Dégâts matériels</translation>
    </message>
    <message>
        <source>Vehicles seized</source>
        <translation>Véhicules saisis</translation>
    </message>
    <message>
        <source>Weapons seized</source>
        <translation>Armes saisies</translation>
    </message>
    <message>
        <source>Items seized</source>
        <translation>Autres saisies</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>échelle</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>fiabilité</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>tués</translation>
    </message>
    <message>
        <source>injured</source>
        <translation>blessés</translation>
    </message>
    <message>
        <source>kidnapped</source>
        <translation>enlevés</translation>
    </message>
    <message>
        <source>arrested</source>
        <translation>arrêtés</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>auteur de la revendication</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>date as written</source>
        <translation>date telle qu'écrite</translation>
    </message>
    <message>
        <source>wounded</source>
        <translation>blessés</translation>
    </message>
    <message>
        <source>vehicles seized</source>
        <translation>véhicules saisis</translation>
    </message>
    <message>
        <source>weapons seized</source>
        <translation>armes saisies</translation>
    </message>
    <message>
        <source>competing claim</source>
        <translation>revendication concurrente</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>vague: claimed without a number</source>
        <translation>vague : revendiqué sans chiffre</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>tués</translation>
    </message>
    <message>
        <source>wounded</source>
        <translation>blessés</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>capturés</translation>
    </message>
    <message>
        <source>named without a number</source>
        <translation>cité sans chiffre</translation>
    </message>
    <message>
        <source>one count for {kinds}</source>
        <translation>un seul chiffre pour {kinds}</translation>
    </message>
    <message>
        <source>dual noun</source>
        <translation>nom au duel</translation>
    </message>
    <message>
        <source>human losses claimed</source>
        <translation>pertes humaines revendiquées</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first} et {rest}</translation>
    </message>
    <message>
        <source>not named in the text: {channel} is its media wing</source>
        <translation>pas nommé dans le texte : {channel} est son organe de communication</translation>
    </message>
    <message>
        <source>word after '{word}'</source>
        <translation>mot après « {word} »</translation>
    </message>
    <message>
        <source>not found in the gazetteer</source>
        <translation>introuvable dans le répertoire des lieux</translation>
    </message>
    <message>
        <source>impossible Hijri date {written}: month {month} is not 1-12</source>
        <translation>date hégirienne impossible {written} : le mois {month} n'est pas entre 1 et 12</translation>
    </message>
    <message>
        <source>impossible Hijri date {written}: day {day} is not 1-30</source>
        <translation>date hégirienne impossible {written} : le jour {day} n'est pas entre 1 et 30</translation>
    </message>
    <message>
        <source>day 30 of a 29-day month in Umm al-Qura: read as the day after 29/{month:02d}/{year}, {date}</source>
        <translation>30e jour d'un mois de 29 jours selon Umm al-Qura : lu comme le lendemain du 29/{month:02d}/{year}, soit le {date}</translation>
    </message>
    <message>
        <source>Hijri date {written} is outside what Umm al-Qura conversion covers ({reason})</source>
        <translation>la date hégirienne {written} sort de ce que couvre la conversion Umm al-Qura ({reason})</translation>
    </message>
    <message>
        <source>written {written}, but Umm al-Qura gives {date} ({converted}); no {written} within {most} days, date kept: check it</source>
        <translation>écrit {written}, mais Umm al-Qura donne le {date} ({converted}) ; aucun {written} à moins de {most} jours, date gardée : vérifiez-la</translation>
    </message>
    <message>
        <source>written {written}, but Umm al-Qura gives {date} ({converted}); took {found}, 1 day earlier</source>
        <translation>écrit {written}, mais Umm al-Qura donne le {date} ({converted}) ; retenu le {found}, 1 jour plus tôt</translation>
    </message>
    <message>
        <source>written {written}, but Umm al-Qura gives {date} ({converted}); took {found}, 1 day later</source>
        <translation>écrit {written}, mais Umm al-Qura donne le {date} ({converted}) ; retenu le {found}, 1 jour plus tard</translation>
    </message>
    <message>
        <source>written {written}, but Umm al-Qura gives {date} ({converted}); took {found}, {count} days earlier</source>
        <translation>écrit {written}, mais Umm al-Qura donne le {date} ({converted}) ; retenu le {found}, {count} jours plus tôt</translation>
    </message>
    <message>
        <source>written {written}, but Umm al-Qura gives {date} ({converted}); took {found}, {count} days later</source>
        <translation>écrit {written}, mais Umm al-Qura donne le {date} ({converted}) ; retenu le {found}, {count} jours plus tard</translation>
    </message>
    <message>
        <source>no claim found (only comments or separators)</source>
        <translation>aucune revendication trouvée (seulement des commentaires ou des séparateurs)</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <source>not valid UTF-16 text</source>
        <translation>texte UTF-16 non valable</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is a binary file, not a text file of claims</source>
        <translation>c'est un fichier binaire, pas un fichier texte de revendications</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation>ce n'est pas du texte UTF-8 ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>gendarmerie: code as an associated actor of FAMa</source>
        <translation>gendarmerie : à coder comme acteur associé des FAMa</translation>
    </message>
    <message>
        <source>national guard: code as an associated actor of FAMa</source>
        <translation>garde nationale : à coder comme acteur associé des FAMa</translation>
    </message>
    <message>
        <source>'{value}' is not a date: {reason}</source>
        <translation>« {value} » n'est pas une date : {reason}</translation>
    </message>
    <message>
        <source>{value!r} is not a date</source>
        <translation>{value!r} n'est pas une date</translation>
    </message>
    <message>
        <source>'{value}' is not a whole number</source>
        <translation>« {value} » n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>{number:,} is too large (at most {most:,})</source>
        <translation>{number:,} est trop grand (au plus {most:,})</translation>
    </message>
    <message>
        <source>contains a NUL character (\x00), which cannot be stored</source>
        <translation>contient un caractère NUL (\x00), qui ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>is {length:,} characters long; at most {limit:,} fit</source>
        <translation>fait {length:,} caractères ; {limit:,} au plus</translation>
    </message>
    <message>
        <source>'{start}…' is {length:,} characters long; at most {limit:,} fit</source>
        <translation>« {start}… » fait {length:,} caractères ; {limit:,} au plus</translation>
    </message>
    <message>
        <source>'{value}' is not yes or no</source>
        <translation>« {value} » n'est ni oui ni non</translation>
    </message>
    <message>
        <source>{value!r} is not text</source>
        <translation>{value!r} n'est pas du texte</translation>
    </message>
    <message>
        <source>{value!r} is not a {what} (use {allowed})</source>
        <translation>{value!r} n'est pas une valeur possible pour : {what} (utilisez {allowed})</translation>
    </message>
    <message>
        <source>'{value}' is not a known {what}</source>
        <translation>« {value} » n'est pas une valeur connue pour : {what}</translation>
    </message>
    <message>
        <source>{value!r} is not a list</source>
        <translation>{value!r} n'est pas une liste</translation>
    </message>
    <message>
        <source>'{value}' is not a two-letter country code (ML, BF, NE...)</source>
        <translation>« {value} » n'est pas un code pays à deux lettres (ML, BF, NE…)</translation>
    </message>
    <message>
        <source>'{value}' is not a number</source>
        <translation>« {value} » n'est pas un nombre</translation>
    </message>
    <message>
        <source>'{value}' is not a number of degrees</source>
        <translation>« {value} » n'est pas un nombre de degrés</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} n'est pas un nombre</translation>
    </message>
    <message>
        <source>{value} is outside -{limit}..{limit}</source>
        <translation>{value} est hors de l'intervalle -{limit}..{limit}</translation>
    </message>
    <message>
        <source>'{value}' is not a review state (use {allowed})</source>
        <translation>« {value} » n'est pas un état de relecture (utilisez {allowed})</translation>
    </message>
    <message>
        <source>time precision</source>
        <translation>précision temporelle</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>type d'événement</translation>
    </message>
    <message>
        <source>sub-event type</source>
        <translation>sous-type d'événement</translation>
    </message>
    <message>
        <source>geo precision</source>
        <translation>précision géographique</translation>
    </message>
    <message>
        <source>attack type</source>
        <translation>type d'attaque</translation>
    </message>
    <message>
        <source>target type</source>
        <translation>type de cible</translation>
    </message>
    <message>
        <source>weapon type</source>
        <translation>type d'arme</translation>
    </message>
    <message>
        <source>property damage level</source>
        <translation>niveau de dégâts matériels</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>fiabilité</translation>
    </message>
    <message>
        <source>is not a field of this record</source>
        <translation>n'est pas un champ de cette fiche</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be a set of fields</source>
        <translation>doit être un ensemble de champs</translation>
    </message>
    <message>
        <source>cannot be negative ({value})</source>
        <translation>ne peut pas être négatif ({value})</translation>
    </message>
    <message>
        <source>'{sub}' does not belong to event type '{event_type}' (allowed: {allowed})</source>
        <translation>« {sub} » n'appartient pas au type d'événement « {event_type} » (possibles : {allowed})</translation>
    </message>
    <message>
        <source>is needed for sub-event type '{sub}'</source>
        <translation>est nécessaire pour le sous-type d'événement « {sub} »</translation>
    </message>
    <message>
        <source>is needed when an end date is given</source>
        <translation>est nécessaire quand une date de fin est donnée</translation>
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation>{end} est antérieure à la date de début {start}</translation>
    </message>
    <message>
        <source>{value} is in the future</source>
        <translation>{value} est dans le futur</translation>
    </message>
    <message>
        <source>{value} is too early for this dataset</source>
        <translation>{value} est trop ancienne pour ce jeu de données</translation>
    </message>
    <message>
        <source>{low} is more than the best estimate {best}</source>
        <translation>{low} dépasse l'estimation retenue {best}</translation>
    </message>
    <message>
        <source>{high} is less than the best estimate {best}</source>
        <translation>{high} est inférieur à l'estimation retenue {best}</translation>
    </message>
    <message>
        <source>{high} is less than the low estimate {low}</source>
        <translation>{high} est inférieur à l'estimation basse {low}</translation>
    </message>
    <message>
        <source>'{scale}' is not a source scale (use {allowed}, joined by -)</source>
        <translation>« {scale} » n'est pas une échelle de source (utilisez {allowed}, reliées par -)</translation>
    </message>
    <message>
        <source>a source needs a publication, a URL or a citation</source>
        <translation>une source doit avoir une publication, une URL ou une citation</translation>
    </message>
    <message>
        <source>is needed when associated actors of side 2 are given</source>
        <translation>est nécessaire quand des acteurs associés du côté 2 sont donnés</translation>
    </message>
    <message>
        <source>is needed when associated actors of side 1 are given</source>
        <translation>est nécessaire quand des acteurs associés du côté 1 sont donnés</translation>
    </message>
    <message>
        <source>a place coded 'near' a town has geo precision 2 (or 3 for a larger area), not 1</source>
        <translation>un lieu codé « à proximité » d'une localité a la précision géographique 2 (ou 3 pour une zone plus vaste), pas 1</translation>
    </message>
    <message>
        <source>a location name</source>
        <translation>un nom de localité</translation>
    </message>
    <message>
        <source>a country</source>
        <translation>un pays</translation>
    </message>
    <message>
        <source>a latitude</source>
        <translation>une latitude</translation>
    </message>
    <message>
        <source>a longitude</source>
        <translation>une longitude</translation>
    </message>
    <message>
        <source>a location needs {what}</source>
        <translation>une localité doit avoir {what}</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>a time precision</source>
        <translation>une précision temporelle</translation>
    </message>
    <message>
        <source>an event type</source>
        <translation>un type d'événement</translation>
    </message>
    <message>
        <source>a sub-event type</source>
        <translation>un sous-type d'événement</translation>
    </message>
    <message>
        <source>actor 1</source>
        <translation>l'acteur 1</translation>
    </message>
    <message>
        <source>a location</source>
        <translation>une localité</translation>
    </message>
    <message>
        <source>a geo precision</source>
        <translation>une précision géographique</translation>
    </message>
    <message>
        <source>a fatality count (0 when none were reported)</source>
        <translation>un nombre de victimes (0 si aucune n'est rapportée)</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumise pour relecture</translation>
    </message>
    <message>
        <source>in_review</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>a {status} record needs {what}</source>
        <translation>une fiche {status} doit avoir {what}</translation>
    </message>
    <message>
        <source>a {status} record needs at least one source</source>
        <translation>une fiche {status} doit avoir au moins une source</translation>
    </message>
    <message>
        <source>the same in both</source>
        <translation>la même dans les deux</translation>
    </message>
    <message>
        <source>only the kept record has it</source>
        <translation>seule la fiche gardée l'a</translation>
    </message>
    <message>
        <source>only the other record has it</source>
        <translation>seule l'autre fiche l'a</translation>
    </message>
    <message>
        <source>the finer precision</source>
        <translation>la précision la plus fine</translation>
    </message>
    <message>
        <source>the approved value</source>
        <translation>la valeur approuvée</translation>
    </message>
    <message>
        <source>the kept record's</source>
        <translation>celle de la fiche gardée</translation>
    </message>
    <message>
        <source>the lowest credible figure</source>
        <translation>le bilan crédible le plus bas</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisie</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>retour à une valeur antérieure</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>rejet</translation>
    </message>
    <message>
        <source>review step</source>
        <translation>étape de relecture</translation>
    </message>
    <message>
        <source>drafts (nothing was saved)</source>
        <translation>brouillons (rien n'a été enregistré)</translation>
    </message>
    <message>
        <source>value for the database</source>
        <translation>valeur pour la base de données</translation>
    </message>
    <message>
        <source>Invalid {what}: {problems}</source>
        <translation>Saisie non valable ({what}) : {problems}</translation>
    </message>
    <message>
        <source>Incident {incident} was changed by {user} since you opened it (your revision {expected}, stored revision {actual}).</source>
        <translation>L'incident {incident} a été modifié par {user} depuis que vous l'avez ouvert (votre révision {expected}, révision enregistrée {actual}).</translation>
    </message>
    <message>
        <source>Incident {incident} was changed since you opened it (your revision {expected}, stored revision {actual}).</source>
        <translation>L'incident {incident} a été modifié depuis que vous l'avez ouvert (votre révision {expected}, révision enregistrée {actual}).</translation>
    </message>
    <message>
        <source>{source}, line {line}: {message}</source>
        <translation>{source}, ligne {line} : {message}</translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source} : {message}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>ligne {line} : {message}</translation>
    </message>
    <message>
        <source>bundle from {desk}</source>
        <translation>paquet de {desk}</translation>
    </message>
    <message>
        <source>{record}: deleted on this desk; its changes from {desk} were kept in its history only</source>
        <translation>{record} : supprimé sur ce poste ; ses modifications venues de {desk} sont gardées dans son historique seulement</translation>
    </message>
    <message>
        <source>{record}: status {theirs} from {desk}, a researcher's desk, does not count here; it stays {ours}</source>
        <translation>{record} : l'état « {theirs} » venu de {desk}, poste d'un chercheur, ne compte pas ici ; il reste « {ours} »</translation>
    </message>
    <message>
        <source>{record}: {fields} from {desk}, a researcher's desk, wait as a pending revision of the approved record</source>
        <translation>{record} : {fields} venus de {desk}, poste d'un chercheur, attendent comme révision en attente de la fiche approuvée</translation>
    </message>
    <message>
        <source>{record}: new record sent as {status} by {desk}, a researcher's desk; it comes in as submitted, for a reviewer here</source>
        <translation>{record} : nouvelle fiche envoyée à l'état « {status} » par {desk}, poste d'un chercheur ; elle entre comme soumise, pour un relecteur d'ici</translation>
    </message>
    <message>
        <source>{record}: its pending revision stays on {desk} (the record is not approved here)</source>
        <translation>{record} : sa révision en attente reste sur {desk} (la fiche n'est pas approuvée ici)</translation>
    </message>
    <message>
        <source>{record}: its revision, {status} on {desk} (a researcher's desk), is submitted here</source>
        <translation>{record} : sa révision, à l'état « {status} » sur {desk} (poste d'un chercheur), est soumise ici</translation>
    </message>
    <message>
        <source>{record}: deleted on {desk}, a researcher's desk; a reviewer here decides (a conflict)</source>
        <translation>{record} : supprimé sur {desk}, poste d'un chercheur ; un relecteur d'ici décide (un conflit)</translation>
    </message>
    <message>
        <source>{record}: its pending revision was approved or discarded on {desk}, a researcher's desk; it stays open here for a reviewer</source>
        <translation>{record} : sa révision en attente a été approuvée ou abandonnée sur {desk}, poste d'un chercheur ; elle reste ouverte ici pour un relecteur</translation>
    </message>
    <message>
        <source>{record}: its pending revision was closed on {desk} but edited here since; it stays open</source>
        <translation>{record} : sa révision en attente a été close sur {desk} mais modifiée ici depuis ; elle reste ouverte</translation>
    </message>
    <message>
        <source>{record}: a review step on its revision from {desk}, a researcher's desk, does not count here</source>
        <translation>{record} : une étape de relecture sur sa révision venue de {desk}, poste d'un chercheur, ne compte pas ici</translation>
    </message>
    <message>
        <source>{source} is not a Sahel Desk bundle.</source>
        <translation>{source} n'est pas un paquet Sahel Desk.</translation>
    </message>
    <message>
        <source>{source} is cut short (truncated); ask for it again.</source>
        <translation>{source} est incomplet (tronqué) ; demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>{source} is cut short (truncated); ask for it again. Nothing was changed.</source>
        <translation>{source} est incomplet (tronqué) ; demandez-le à nouveau. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{source} is longer than it says; ask for it again. Nothing was changed.</source>
        <translation>{source} est plus long qu'il ne l'annonce ; demandez-le à nouveau. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{source} was altered after it was written (its signature does not match). Nothing was changed.</source>
        <translation>{source} a été altéré après son écriture (sa signature ne correspond pas). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{source} was written by another version of Sahel Desk (bundle format {format}).</source>
        <translation>{source} a été écrit par une autre version de Sahel Desk (format de paquet {format}).</translation>
    </message>
    <message>
        <source>{source} is encrypted: give its password (--password-file).</source>
        <translation>{source} est chiffré : donnez son mot de passe (--password-file).</translation>
    </message>
    <message>
        <source>The password for {source} is wrong. Nothing was changed.</source>
        <translation>Le mot de passe de {source} est incorrect. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{source} has a damaged encryption header.</source>
        <translation>{source} a un en-tête de chiffrement endommagé.</translation>
    </message>
    <message>
        <source>{source} holds damaged data. Nothing was changed.</source>
        <translation>{source} contient des données endommagées. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{source} holds no changes a desk wrote (its content is not a set of named parts). Nothing was changed.</source>
        <translation>{source} ne contient aucune modification écrite par un poste (son contenu n'est pas un ensemble de parties nommées). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{source} unpacks to more than {size} (a bundle may hold at most {ratio} times its packed size, and never more than {most}); it looks made to exhaust memory and was refused. Nothing was changed.</source>
        <translation>{source} se décompresse en plus de {size} (un paquet peut contenir au plus {ratio} fois sa taille compressée, et jamais plus de {most}) ; il semble fait pour épuiser la mémoire et a été refusé. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{source} holds damaged data (its content is cut short). Nothing was changed.</source>
        <translation>{source} contient des données endommagées (son contenu est tronqué). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{source} holds records this desk cannot take, so nothing was changed: {problems} (the first dozen problems; there may be more).</source>
        <translation>{source} contient des fiches que ce poste ne peut pas prendre, donc rien n'a été modifié : {problems} (la première douzaine de problèmes ; il peut y en avoir d'autres).</translation>
    </message>
    <message>
        <source>{source} holds records this desk cannot take, so nothing was changed: {problems}.</source>
        <translation>{source} contient des fiches que ce poste ne peut pas prendre, donc rien n'a été modifié : {problems}.</translation>
    </message>
    <message>
        <source>'{text}' is not a date (ACLED writes {formats})</source>
        <translation>« {text} » n'est pas une date (ACLED écrit {formats})</translation>
    </message>
    <message>
        <source>{column}: '{value}' is not an actor type (1-8, or {labels})</source>
        <translation>{column} : « {value} » n'est pas un type d'acteur (1 à 8, ou {labels})</translation>
    </message>
    <message>
        <source>interaction: '{text}' is not an interaction code (e.g. 27, 20, Rebel group-Civilians or Rebel group only)</source>
        <translation>interaction : « {text} » n'est pas un code d'interaction (par ex. 27, 20, Rebel group-Civilians ou Rebel group only)</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n'existe pas</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <source>is an old Excel (.xls) workbook: save it as .xlsx or CSV</source>
        <translation>est un ancien classeur Excel (.xls) : enregistrez-le en .xlsx ou en CSV</translation>
    </message>
    <message>
        <source>is not a CSV file (it holds binary data)</source>
        <translation>n'est pas un fichier CSV (il contient des données binaires)</translation>
    </message>
    <message>
        <source>is not an ACLED export: the header has no event_id_cnty and event_date columns (it starts with {shown})</source>
        <translation>n'est pas un export ACLED : l'en-tête n'a pas de colonnes event_id_cnty et event_date (il commence par {shown})</translation>
    </message>
    <message>
        <source>the header names {names} twice</source>
        <translation>l'en-tête nomme deux fois {names}</translation>
    </message>
    <message>
        <source>the {layout} ACLED layout needs the column(s) {names}, missing from the header</source>
        <translation>la disposition ACLED {layout} demande la ou les colonnes {names}, absentes de l'en-tête</translation>
    </message>
    <message>
        <source>is not UTF-8 text (bad byte at offset {start}); ACLED files are UTF-8: save the CSV as UTF-8</source>
        <translation>n'est pas du texte UTF-8 (octet invalide à la position {start}) ; les fichiers ACLED sont en UTF-8 : enregistrez le CSV en UTF-8</translation>
    </message>
    <message>
        <source>is not a readable CSV file ({reason})</source>
        <translation>n'est pas un fichier CSV lisible ({reason})</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: it has no sheets</source>
        <translation>n'est pas un classeur xlsx lisible : il n'a aucune feuille</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: its part {filename} is damaged ({reason})</source>
        <translation>n'est pas un classeur xlsx lisible : sa partie {filename} est endommagée ({reason})</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: its part {part} is damaged ({reason})</source>
        <translation>n'est pas un classeur xlsx lisible : sa partie {part} est endommagée ({reason})</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: its sheet part {part} is missing</source>
        <translation>n'est pas un classeur xlsx lisible : la partie de feuille {part} manque</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook ({reason})</source>
        <translation>n'est pas un classeur xlsx lisible ({reason})</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: its part {part} is damaged (sheet '{sheet}'): {kind}: {error}</source>
        <translation>n'est pas un classeur xlsx lisible : sa partie {part} est endommagée (feuille « {sheet} ») : {kind} : {error}</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: its part {part} is damaged: {kind}: {error}</source>
        <translation>n'est pas un classeur xlsx lisible : sa partie {part} est endommagée : {kind} : {error}</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: it is damaged (sheet '{sheet}'): {kind}: {error}</source>
        <translation>n'est pas un classeur xlsx lisible : il est endommagé (feuille « {sheet} ») : {kind} : {error}</translation>
    </message>
    <message>
        <source>is not a readable xlsx workbook: it is damaged: {kind}: {error}</source>
        <translation>n'est pas un classeur xlsx lisible : il est endommagé : {kind} : {error}</translation>
    </message>
    <message>
        <source>has a header but no events</source>
        <translation>a un en-tête mais aucun événement</translation>
    </message>
    <message>
        <source>event {event}: differs from line {first} in {columns}</source>
        <translation>événement {event} : diffère de la ligne {first} pour {columns}</translation>
    </message>
    <message>
        <source>event {event} appears again (first on line {first})</source>
        <translation>l'événement {event} apparaît de nouveau (la première fois ligne {first})</translation>
    </message>
    <message>
        <source>event {event}: {reasons}</source>
        <translation>événement {event} : {reasons}</translation>
    </message>
    <message>
        <source>event_id_cnty is empty</source>
        <translation>event_id_cnty est vide</translation>
    </message>
    <message>
        <source>is {length:,} characters long once folded for search; at most {limit:,} fit</source>
        <translation>fait {length:,} caractères une fois normalisé pour la recherche ; {limit:,} au plus tiennent</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column} : {problem}</translation>
    </message>
    <message>
        <source>{column}: '{item}' {problem}</source>
        <translation>{column} : « {item} » {problem}</translation>
    </message>
    <message>
        <source>{reason} (line {line})</source>
        <translation>{reason} (ligne {line})</translation>
    </message>
    <message>
        <source>event_date: {reason}</source>
        <translation>event_date : {reason}</translation>
    </message>
    <message>
        <source>{assoc} is given but {actor} is empty</source>
        <translation>{assoc} est rempli mais {actor} est vide</translation>
    </message>
    <message>
        <source>actor1 is empty</source>
        <translation>actor1 est vide</translation>
    </message>
    <message>
        <source>interaction {raw} names one side but the event has {count} rows (lines {lines})</source>
        <translation>l'interaction {raw} nomme un seul camp mais l'événement a {count} lignes (lignes {lines})</translation>
    </message>
    <message>
        <source>inter1 {inter} does not match interaction {raw}</source>
        <translation>inter1 {inter} ne correspond pas à l'interaction {raw}</translation>
    </message>
    <message>
        <source>interaction {raw} names two sides but the file has one row for the event: the other side's row is missing</source>
        <translation>l'interaction {raw} nomme deux camps mais le fichier n'a qu'une ligne pour l'événement : la ligne de l'autre camp manque</translation>
    </message>
    <message>
        <source>has {count} rows (lines {lines}); a monadic event has one row per side</source>
        <translation>a {count} lignes (lignes {lines}) ; un événement monadique a une ligne par camp</translation>
    </message>
    <message>
        <source>the rows' inter codes {inter} and {other} do not match interaction {raw}</source>
        <translation>les codes inter des lignes, {inter} et {other}, ne correspondent pas à l'interaction {raw}</translation>
    </message>
    <message>
        <source>location is empty</source>
        <translation>location est vide</translation>
    </message>
    <message>
        <source>country is empty</source>
        <translation>country est vide</translation>
    </message>
    <message>
        <source>The disk is full: there is no room left in {parent}, so nothing was written to {path}. Free some space or choose another disk, then export again.</source>
        <translation>Le disque est plein : il n'y a plus de place dans {parent}, donc rien n'a été écrit dans {path}. Libérez de la place ou choisissez un autre disque, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>The disk is full for this file: it grew past the largest file allowed in {parent} (a FAT32 stick takes 4 GB at most), so nothing was written to {path}. Narrow the export or choose another disk.</source>
        <translation>Le disque est plein pour ce fichier : il a dépassé la plus grande taille de fichier permise dans {parent} (une clé FAT32 accepte 4 Go au plus), donc rien n'a été écrit dans {path}. Réduisez l'export ou choisissez un autre disque.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}; nothing was written to it.</source>
        <translation>Impossible d'écrire {path} : {reason} ; rien n'y a été écrit.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file to write.</source>
        <translation>{path} est un dossier : donnez le nom d'un fichier à écrire.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose an existing one.</source>
        <translation>Le dossier {folder} n'existe pas : choisissez-en un qui existe.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n'est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: permission denied. Choose a folder you can write to.</source>
        <translation>Impossible d'écrire dans {folder} : permission refusée. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: it is read-only. Choose another folder.</source>
        <translation>Impossible d'écrire dans {folder} : il est en lecture seule. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The '{sheet}' sheet would need more than {most:,} rows, Excel's limit: narrow the filter (a shorter period) or export CSV instead.</source>
        <translation>La feuille « {sheet} » demanderait plus de {most:,} lignes, la limite d'Excel : resserrez le filtre (une période plus courte) ou exportez plutôt en CSV.</translation>
    </message>
    <message>
        <source>is not the built-in gazetteer; reinstall Sahel Desk</source>
        <translation>n'est pas le répertoire des lieux intégré ; réinstallez Sahel Desk</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); reinstall Sahel Desk</source>
        <translation>illisible ({reason}) ; réinstallez Sahel Desk</translation>
    </message>
    <message>
        <source>expected {expected} columns, found {count}; reinstall Sahel Desk</source>
        <translation>{expected} colonnes attendues, {count} trouvées ; réinstallez Sahel Desk</translation>
    </message>
    <message>
        <source>contains no GeoNames rows</source>
        <translation>ne contient aucune ligne GeoNames</translation>
    </message>
    <message>
        <source>the last row is cut short ({reason}); the file looks incomplete, download it again</source>
        <translation>la dernière ligne est tronquée ({reason}) ; le fichier semble incomplet, téléchargez-le à nouveau</translation>
    </message>
    <message>
        <source>{reason} (GeoNames dumps have no header row; is this another format?)</source>
        <translation>{reason} (les extraits GeoNames n'ont pas de ligne d'en-tête ; est-ce un autre format ?)</translation>
    </message>
    <message>
        <source>cannot be read to the end ({reason}); the file looks damaged, download it again</source>
        <translation>ne peut pas être lu jusqu'au bout ({reason}) ; le fichier semble endommagé, téléchargez-le à nouveau</translation>
    </message>
    <message>
        <source>is longer than {most:,} bytes: not a GeoNames row</source>
        <translation>dépasse {most:,} octets : ce n'est pas une ligne GeoNames</translation>
    </message>
    <message>
        <source>is a damaged ZIP archive ({reason}); download it again</source>
        <translation>est une archive ZIP endommagée ({reason}) ; téléchargez-la à nouveau</translation>
    </message>
    <message>
        <source>is a ZIP archive without a GeoNames .txt dump inside (it holds {held})</source>
        <translation>est une archive ZIP sans extrait GeoNames .txt à l'intérieur (elle contient {held})</translation>
    </message>
    <message>
        <source>is a ZIP archive whose dump cannot be read ({reason})</source>
        <translation>est une archive ZIP dont l'extrait est illisible ({reason})</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n'existe pas</translation>
    </message>
    <message>
        <source>is a folder, not a GeoNames file; choose the .txt file inside it</source>
        <translation>est un dossier, pas un fichier GeoNames ; choisissez le fichier .txt qu'il contient</translation>
    </message>
    <message>
        <source>is a ZIP archive; unzip it and choose the .txt file inside</source>
        <translation>est une archive ZIP ; décompressez-la et choisissez le fichier .txt qu'elle contient</translation>
    </message>
    <message>
        <source>is gzip-compressed; decompress it first</source>
        <translation>est compressé en gzip ; décompressez-le d'abord</translation>
    </message>
    <message>
        <source>is a binary file (NUL byte found), not a GeoNames text dump</source>
        <translation>est un fichier binaire (octet NUL trouvé), pas un extrait texte GeoNames</translation>
    </message>
    <message>
        <source>is not UTF-8 text (bad byte at column {value}); GeoNames dumps are UTF-8</source>
        <translation>n'est pas du texte UTF-8 (octet invalide à la colonne {value}) ; les extraits GeoNames sont en UTF-8</translation>
    </message>
    <message>
        <source>expected {expected} tab-separated columns, found {count}</source>
        <translation>{expected} colonnes séparées par des tabulations attendues, {count} trouvées</translation>
    </message>
    <message>
        <source>geonameid {geonameid} is not a number</source>
        <translation>le geonameid {geonameid} n'est pas un nombre</translation>
    </message>
    <message>
        <source>geonameid {geonameid} is out of range (1 to {most:,})</source>
        <translation>le geonameid {geonameid} est hors limites (1 à {most:,})</translation>
    </message>
    <message>
        <source>place {geonameid} has no name</source>
        <translation>le lieu {geonameid} n'a pas de nom</translation>
    </message>
    <message>
        <source>population {population} is out of range (0 to {most:,})</source>
        <translation>la population {population} est hors limites (0 à {most:,})</translation>
    </message>
    <message>
        <source>{what} is {count:,} characters long ({text}); GeoNames allows at most {most:,}</source>
        <translation>{what} fait {count:,} caractères ({text}) ; GeoNames en permet {most:,} au plus</translation>
    </message>
    <message>
        <source>{what} {value} is not a number</source>
        <translation>{what} {value} n'est pas un nombre</translation>
    </message>
    <message>
        <source>{what} {value} is outside -{limit:g}..{limit:g}</source>
        <translation>{what} {value} est hors de l'intervalle -{limit:g}..{limit:g}</translation>
    </message>
    <message>
        <source>{what} {value} is not a whole number</source>
        <translation>{what} {value} n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>modification date {value} is not a YYYY-MM-DD date</source>
        <translation>la date de modification {value} n'est pas une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>'{word}' counts as {number} (the codebook's rule)</source>
        <translation>« {word} » compte pour {number} (règle du manuel de codage)</translation>
    </message>
    <message>
        <source>the lowest figure given</source>
        <translation>le chiffre le plus bas donné</translation>
    </message>
    <message>
        <source>an approximate figure</source>
        <translation>un chiffre approximatif</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>aucun signalé</translation>
    </message>
    <message>
        <source>one, in the singular</source>
        <translation>un, au singulier</translation>
    </message>
    <message>
        <source>victims listed together are added</source>
        <translation>les victimes énumérées ensemble sont additionnées</translation>
    </message>
    <message>
        <source>the entry gives no year and the report's date is not known</source>
        <translation>l'entrée ne donne pas d'année et la date du rapport est inconnue</translation>
    </message>
    <message>
        <source>year {year} taken from the report's date</source>
        <translation>année {year} tirée de la date du rapport</translation>
    </message>
    <message>
        <source>{date} is not a date of the calendar</source>
        <translation>{date} n'est pas une date du calendrier</translation>
    </message>
    <message>
        <source>counted from the event told before</source>
        <translation>compté à partir de l'événement raconté avant</translation>
    </message>
    <message>
        <source>a span counted from the event told before</source>
        <translation>une période comptée à partir de l'événement raconté avant</translation>
    </message>
    <message>
        <source>a night across two days, the latest before the report's date</source>
        <translation>une nuit à cheval sur deux jours, la dernière avant la date du rapport</translation>
    </message>
    <message>
        <source>the latest such weekday before the report's date</source>
        <translation>le dernier jour de ce nom avant la date du rapport</translation>
    </message>
    <message>
        <source>the day before the report's date</source>
        <translation>la veille de la date du rapport</translation>
    </message>
    <message>
        <source>the report's date</source>
        <translation>la date du rapport</translation>
    </message>
    <message>
        <source>the week before the report's date</source>
        <translation>la semaine précédant la date du rapport</translation>
    </message>
    <message>
        <source>the report's week</source>
        <translation>la semaine du rapport</translation>
    </message>
    <message>
        <source>the weekend before the report's date</source>
        <translation>le week-end précédant la date du rapport</translation>
    </message>
    <message>
        <source>the start of the month</source>
        <translation>le début du mois</translation>
    </message>
    <message>
        <source>the end of the month</source>
        <translation>la fin du mois</translation>
    </message>
    <message>
        <source>only the month is known: coded mid-month</source>
        <translation>seul le mois est connu : codé au milieu du mois</translation>
    </message>
    <message>
        <source>the line under the title</source>
        <translation>la ligne sous le titre</translation>
    </message>
    <message>
        <source>the end of the month the title names</source>
        <translation>la fin du mois que nomme le titre</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>near the named place</source>
        <translation>près du lieu nommé</translation>
    </message>
    <message>
        <source>only the region is known</source>
        <translation>seule la région est connue</translation>
    </message>
    <message>
        <source>{place} is not in the gazetteer; coded to the region {region}</source>
        <translation>{place} n'est pas dans le répertoire des lieux ; codé sur la région {region}</translation>
    </message>
    <message>
        <source>{place} is not in the gazetteer and no town or region is named beside it: add the place, then pick it</source>
        <translation>{place} n'est pas dans le répertoire des lieux et aucune ville ni région n'est nommée à côté : ajoutez le lieu, puis choisissez-le</translation>
    </message>
    <message>
        <source>no place named in the gazetteer</source>
        <translation>aucun lieu du répertoire n'est nommé</translation>
    </message>
    <message>
        <source>read {count:,} non-blank line</source>
        <translation>{count:,} ligne non vide lue</translation>
    </message>
    <message>
        <source>read {count:,} non-blank lines</source>
        <translation>{count:,} lignes non vides lues</translation>
    </message>
    <message>
        <source>{read} and {count} Arabic claim statement</source>
        <translation>{read} et {count} communiqué de revendication en arabe</translation>
    </message>
    <message>
        <source>{read} and {count} Arabic claim statements</source>
        <translation>{read} et {count} communiqués de revendication en arabe</translation>
    </message>
    <message>
        <source>no dated entry found: {what}, but no line starts with a date (such as '05 MAR 17:' or '5 mars 2017 :') and no sentence tells an event's date</source>
        <translation>aucune entrée datée trouvée : {what}, mais aucune ligne ne commence par une date (comme « 05 MAR 17: » ou « 5 mars 2017 : ») et aucune phrase ne donne la date d'un événement</translation>
    </message>
    <message>
        <source>no dated entry found: {what}, but no line starts with a date (such as '05 MAR 17:' or '5 mars 2017 :') and no sentence tells an event's date (relative dates such as 'two days later' need the report's date: give it with --date)</source>
        <translation>aucune entrée datée trouvée : {what}, mais aucune ligne ne commence par une date (comme « 05 MAR 17: » ou « 5 mars 2017 : ») et aucune phrase ne donne la date d'un événement (les dates relatives comme « deux jours plus tard » demandent la date du rapport : donnez-la avec --date)</translation>
    </message>
    <message>
        <source>the Arabic statement of the same day and place</source>
        <translation>le communiqué arabe du même jour et du même lieu</translation>
    </message>
    <message>
        <source>claimed in the Arabic statement; kept apart from the coded toll</source>
        <translation>revendiqué dans le communiqué arabe ; gardé à part du bilan codé</translation>
    </message>
    <message>
        <source>claimed in the Arabic statement; kept apart from the coded toll (the statement may cover several entries)</source>
        <translation>revendiqué dans le communiqué arabe ; gardé à part du bilan codé (le communiqué peut couvrir plusieurs entrées)</translation>
    </message>
    <message>
        <source>the end of the span</source>
        <translation>la fin de la période</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>the report says no one claimed it</source>
        <translation>le rapport dit que personne ne l'a revendiqué</translation>
    </message>
    <message>
        <source>the named place</source>
        <translation>le lieu nommé</translation>
    </message>
    <message>
        <source>only the region</source>
        <translation>seulement la région</translation>
    </message>
    <message>
        <source>the force doing the act</source>
        <translation>la force qui agit</translation>
    </message>
    <message>
        <source>named as the attacker ('by ...')</source>
        <translation>nommé comme l'assaillant (« par ... »)</translation>
    </message>
    <message>
        <source>the group that claimed it</source>
        <translation>le groupe qui l'a revendiqué</translation>
    </message>
    <message>
        <source>unnamed armed men: the country's unidentified armed group</source>
        <translation>hommes armés non nommés : le groupe armé non identifié du pays</translation>
    </message>
    <message>
        <source>no attacker named: the country's unidentified armed group</source>
        <translation>aucun assaillant nommé : le groupe armé non identifié du pays</translation>
    </message>
    <message>
        <source>no actor named</source>
        <translation>aucun acteur nommé</translation>
    </message>
    <message>
        <source>weapons or explosives found, defused or destroyed</source>
        <translation>armes ou explosifs trouvés, désamorcés ou détruits</translation>
    </message>
    <message>
        <source>an arrest by forces</source>
        <translation>une arrestation par les forces</translation>
    </message>
    <message>
        <source>an armed attack on armed forces or a group</source>
        <translation>une attaque armée contre des forces armées ou un groupe</translation>
    </message>
    <message>
        <source>property taken or destroyed, no one hurt</source>
        <translation>biens pris ou détruits, personne de blessé</translation>
    </message>
    <message>
        <source>armed violence against civilians</source>
        <translation>violence armée contre des civils</translation>
    </message>
    <message>
        <source>no tactic the codebook defines was recognised</source>
        <translation>aucune tactique définie par le manuel de codage n'a été reconnue</translation>
    </message>
    <message>
        <source>no tactic recognised</source>
        <translation>aucune tactique reconnue</translation>
    </message>
    <message>
        <source>territory taken: code a territory change only if it lasted over a day</source>
        <translation>territoire pris : ne codez un changement de territoire que s'il a duré plus d'un jour</translation>
    </message>
    <message>
        <source>; territory taken: code a territory change only if it lasted over a day</source>
        <translation> ; territoire pris : ne codez un changement de territoire que s'il a duré plus d'un jour</translation>
    </message>
    <message>
        <source>figures of the entry added</source>
        <translation>chiffres de l'entrée additionnés</translation>
    </message>
    <message>
        <source>the text gives one toll for {count} events told together</source>
        <translation>le texte donne un seul bilan pour {count} événements racontés ensemble</translation>
    </message>
    <message>
        <source>no death reported: 0, as the codebook says</source>
        <translation>aucun mort signalé : 0, comme le dit le manuel de codage</translation>
    </message>
    <message>
        <source>a claimed number, kept apart from the coded toll</source>
        <translation>un chiffre revendiqué, gardé à part du bilan codé</translation>
    </message>
    <message>
        <source>a PDF file</source>
        <translation>un fichier PDF</translation>
    </message>
    <message>
        <source>a zip archive (a .docx, .xlsx or .odt file is one)</source>
        <translation>une archive zip (un fichier .docx, .xlsx ou .odt en est une)</translation>
    </message>
    <message>
        <source>an old Word or Excel file</source>
        <translation>un ancien fichier Word ou Excel</translation>
    </message>
    <message>
        <source>an RTF file</source>
        <translation>un fichier RTF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a SQLite database</source>
        <translation>une base de données SQLite</translation>
    </message>
    <message>
        <source>the file is empty: there is no text to read</source>
        <translation>le fichier est vide : il n'y a aucun texte à lire</translation>
    </message>
    <message>
        <source>the file holds {count:,} bytes; a report is read up to {most:,} bytes. Split it into monthly parts.</source>
        <translation>le fichier fait {count:,} octets ; un rapport est lu jusqu'à {most:,} octets. Découpez-le en parties mensuelles.</translation>
    </message>
    <message>
        <source>this is {what}, not text; save it as plain text (.txt or .md) and read that</source>
        <translation>c'est {what}, pas du texte ; enregistrez-le en texte brut (.txt ou .md) et lisez celui-ci</translation>
    </message>
    <message>
        <source>the file is not text (it holds binary data); give a plain-text or Markdown report</source>
        <translation>le fichier n'est pas du texte (il contient des données binaires) ; donnez un rapport en texte brut ou en Markdown</translation>
    </message>
    <message>
        <source>the file holds only blank space: there is no text to read</source>
        <translation>le fichier ne contient que des blancs : il n'y a aucun texte à lire</translation>
    </message>
    <message>
        <source>  line {line}: {reason}</source>
        <translation>  ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>  ... and {count} more</source>
        <translation>  ... et {count} de plus</translation>
    </message>
    <message>
        <source>1 bad row(s); nothing was imported (fix them, or choose to skip bad rows):
{lines}</source>
        <translation>1 ligne erronée ; rien n'a été importé (corrigez-la, ou choisissez d'ignorer les lignes erronées) :
{lines}</translation>
    </message>
    <message>
        <source>{count} bad row(s); nothing was imported (fix them, or choose to skip bad rows):
{lines}</source>
        <translation>{count} lignes erronées ; rien n'a été importé (corrigez-les, ou choisissez d'ignorer les lignes erronées) :
{lines}</translation>
    </message>
    <message>
        <source>{first}
{rest}</source>
        <translation>{first}
{rest}</translation>
    </message>
    <message>
        <source>'{state}' is not a review state (use {names})</source>
        <translation>« {state} » n'est pas un état de relecture (utilisez {names})</translation>
    </message>
    <message>
        <source>ACLED import of {file}</source>
        <translation>import ACLED de {file}</translation>
    </message>
    <message>
        <source>is empty and '{name}' is not in the actor registry, so its actor type is unknown</source>
        <translation>est vide et « {name} » n'est pas dans le registre des acteurs, donc son type d'acteur est inconnu</translation>
    </message>
    <message>
        <source>'{shown}' is not a known country</source>
        <translation>« {shown} » n'est pas un pays connu</translation>
    </message>
    <message>
        <source>There is no actor '{ref}'.</source>
        <translation>Il n'y a pas d'acteur « {ref} ».</translation>
    </message>
    <message>
        <source>an actor cannot be merged into itself</source>
        <translation>un acteur ne peut pas être fusionné avec lui-même</translation>
    </message>
    <message>
        <source>merge {actor} into {target}</source>
        <translation>fusionner {actor} dans {target}</translation>
    </message>
    <message>
        <source>is not a field of an actor</source>
        <translation>n'est pas un champ d'un acteur</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>{end} is before valid_from {start}</source>
        <translation>{end} est antérieur à valid_from {start}</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>ne peut pas être vide</translation>
    </message>
    <message>
        <source>an actor called '{name}' already exists</source>
        <translation>un acteur nommé « {name} » existe déjà</translation>
    </message>
    <message>
        <source>{value!r} is not an actor type (1-8)</source>
        <translation>{value!r} n'est pas un type d'acteur (1 à 8)</translation>
    </message>
    <message>
        <source>an actor cannot be its own parent</source>
        <translation>un acteur ne peut pas être son propre parent</translation>
    </message>
    <message>
        <source>edit {actor}, which approved incidents use</source>
        <translation>modifier {actor}, qu'utilisent des incidents approuvés</translation>
    </message>
    <message>
        <source>edit {actor}</source>
        <translation>modifier {actor}</translation>
    </message>
    <message>
        <source>add the actor {actor}</source>
        <translation>ajouter l'acteur {actor}</translation>
    </message>
    <message>
        <source>add the actor</source>
        <translation>ajouter l'acteur</translation>
    </message>
    <message>
        <source>The incident has no source '{id}'.</source>
        <translation>L'incident n'a pas de source « {id} ».</translation>
    </message>
    <message>
        <source>The incident has no claim '{id}'.</source>
        <translation>L'incident n'a pas de revendication « {id} ».</translation>
    </message>
    <message>
        <source>edit approved incident {incident}</source>
        <translation>modifier l'incident approuvé {incident}</translation>
    </message>
    <message>
        <source>change approved incident {incident} directly</source>
        <translation>modifier directement l'incident approuvé {incident}</translation>
    </message>
    <message>
        <source>edit {incident}</source>
        <translation>modifier {incident}</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>There is no gazetteer called '{places}' for a new desk; use {names} (SAHEL_DESK_GAZETTEER).</source>
        <translation>Il n'y a pas de répertoire des lieux nommé « {places} » pour un nouveau poste ; utilisez {names} (SAHEL_DESK_GAZETTEER).</translation>
    </message>
    <message>
        <source>A user name is needed to record who changes what.</source>
        <translation>Un nom d'utilisateur est nécessaire pour noter qui modifie quoi.</translation>
    </message>
    <message>
        <source>There is no profile called '{name}'.</source>
        <translation>Il n'y a pas de profil nommé « {name} ».</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are made on the server (pg_dump).</source>
        <translation>Les sauvegardes d'une base PostgreSQL se font sur le serveur (pg_dump).</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored on the server (pg_restore).</source>
        <translation>Une base PostgreSQL se restaure sur le serveur (pg_restore).</translation>
    </message>
    <message>
        <source>desk {desk} (user {user}), key {key}</source>
        <translation>le poste {desk} (utilisateur {user}), clé {key}</translation>
    </message>
    <message>
        <source>{source} comes from {who}, which was revoked on this desk by {admin}. It was refused; nothing was brought in.</source>
        <translation>{source} vient de {who}, révoqué sur ce poste par {admin}. Il a été refusé ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>{source} comes from {who}, which was revoked on this desk. It was refused; nothing was brought in.</source>
        <translation>{source} vient de {who}, révoqué sur ce poste. Il a été refusé ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>{source} comes from {who}, which this desk does not trust yet. Nothing was brought in. Compare the fingerprint with the one `sahel-desk desks list` shows on that desk; then an administrator trusts it with `sahel-desk desks trust {key} --as researcher` (or --as reviewer, to let its review decisions count).</source>
        <translation>{source} vient de {who}, auquel ce poste ne fait pas encore confiance. Rien n'a été importé. Comparez l'empreinte avec celle que `sahel-desk desks list` affiche sur ce poste-là ; puis un administrateur lui accorde sa confiance avec `sahel-desk desks trust {key} --as researcher` (ou --as reviewer, pour que ses décisions de relecture comptent).</translation>
    </message>
    <message>
        <source>A desk is trusted as {names}, not '{level}'.</source>
        <translation>Un poste est reconnu comme {names}, pas comme « {level} ».</translation>
    </message>
    <message>
        <source>trust the desk key {key}</source>
        <translation>faire confiance à la clé de poste {key}</translation>
    </message>
    <message>
        <source>revoke the desk key {key}</source>
        <translation>révoquer la clé de poste {key}</translation>
    </message>
    <message>
        <source>'{key}' is too short to name a desk key: give its fingerprint as `desks list` shows it (at least 8 characters after SHA256:).</source>
        <translation>« {key} » est trop court pour désigner une clé de poste : donnez son empreinte telle que `desks list` l'affiche (au moins 8 caractères après SHA256:).</translation>
    </message>
    <message>
        <source>No desk key {key} is known here: a key is known once a bundle or a sync from it was refused (see `desks list`).</source>
        <translation>Aucune clé de poste {key} n'est connue ici : une clé est connue dès qu'un paquet ou une synchronisation venant d'elle a été refusé (voir `desks list`).</translation>
    </message>
    <message>
        <source>{key} begins {count} desk keys' fingerprints: give more of it.</source>
        <translation>{key} est le début des empreintes de {count} clés de poste : donnez-en davantage.</translation>
    </message>
    <message>
        <source>{source} claims to come from desk {peer} but is signed with another key than its earlier bundles. It was refused; nothing was changed.</source>
        <translation>{source} dit venir du poste {peer} mais est signé avec une autre clé que ses paquets précédents. Il a été refusé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{source} is signed with the key of desk {other} but claims another desk id. It was refused; nothing was changed.</source>
        <translation>{source} est signé avec la clé du poste {other} mais annonce un autre identifiant de poste. Il a été refusé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>write a bundle for {desk}</source>
        <translation>écrire un paquet pour {desk}</translation>
    </message>
    <message>
        <source>Could not write {dest}: {reason}.</source>
        <translation>Impossible d'écrire {dest} : {reason}.</translation>
    </message>
    <message>
        <source>{source} is larger than a bundle may be ({value:g} GiB); it was refused. Nothing was changed.</source>
        <translation>{source} dépasse la taille permise pour un paquet ({value:g} Gio) ; il a été refusé. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Could not read {source}: {reason}.</source>
        <translation>Impossible de lire {source} : {reason}.</translation>
    </message>
    <message>
        <source>{source} was written by this desk; nothing to bring in.</source>
        <translation>{source} a été écrit par ce poste ; rien à importer.</translation>
    </message>
    <message>
        <source>{source} does not say plainly which desk and user wrote it (its header is damaged). Nothing was changed.</source>
        <translation>{source} ne dit pas clairement quel poste et quel utilisateur l'ont écrit (son en-tête est endommagé). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The trust in desk {peer} changed while {source} was read; import it again.</source>
        <translation>La confiance accordée au poste {peer} a changé pendant la lecture de {source} ; importez-le à nouveau.</translation>
    </message>
    <message>
        <source>A conflict is resolved with local, remote or value, not '{choice}'.</source>
        <translation>Un conflit se règle avec local, remote ou value, pas « {choice} ».</translation>
    </message>
    <message>
        <source>There is no conflict '{conflict_id}'.</source>
        <translation>Il n'y a pas de conflit « {conflict_id} ».</translation>
    </message>
    <message>
        <source>This conflict was already resolved by {resolved_by}.</source>
        <translation>Ce conflit a déjà été réglé par {resolved_by}.</translation>
    </message>
    <message>
        <source>resolve an exchange conflict from another desk</source>
        <translation>régler un conflit d'échange venu d'un autre poste</translation>
    </message>
    <message>
        <source>resolve a conflict on your own save</source>
        <translation>régler un conflit sur votre propre enregistrement</translation>
    </message>
    <message>
        <source>Unknown review state {states} (use {allowed}).</source>
        <translation>État de relecture inconnu {states} (utilisez {allowed}).</translation>
    </message>
    <message>
        <source>export incidents to {format}</source>
        <translation>exporter les incidents en {format}</translation>
    </message>
    <message>
        <source>Name at least one GeoNames file to import.</source>
        <translation>Indiquez au moins un fichier GeoNames à importer.</translation>
    </message>
    <message>
        <source>import GeoNames places</source>
        <translation>importer des lieux GeoNames</translation>
    </message>
    <message>
        <source>import GeoNames changes to {count} place approved incidents use ({shown})</source>
        <translation>importer des modifications GeoNames de {count} lieu qu'utilisent des incidents approuvés ({shown})</translation>
    </message>
    <message>
        <source>import GeoNames changes to {count} places approved incidents use ({shown})</source>
        <translation>importer des modifications GeoNames de {count} lieux qu'utilisent des incidents approuvés ({shown})</translation>
    </message>
    <message>
        <source>'{field}' cannot be reverted (use a field of the incident; the status changes through the review steps)</source>
        <translation>« {field} » ne peut pas revenir à une valeur antérieure (utilisez un champ de l'incident ; l'état change par les étapes de relecture)</translation>
    </message>
    <message>
        <source>a comment cannot be empty</source>
        <translation>un commentaire ne peut pas être vide</translation>
    </message>
    <message>
        <source>comment on {incident}</source>
        <translation>commenter {incident}</translation>
    </message>
    <message>
        <source>there is no comment '{comment}' on {incident} to answer</source>
        <translation>il n'y a pas de commentaire « {comment} » sur {incident} auquel répondre</translation>
    </message>
    <message>
        <source>There is no comment '{comment_id}'.</source>
        <translation>Il n'y a pas de commentaire « {comment_id} ».</translation>
    </message>
    <message>
        <source>resolve a comment by {user}</source>
        <translation>résoudre un commentaire de {user}</translation>
    </message>
    <message>
        <source>reopen a comment by {user}</source>
        <translation>rouvrir un commentaire de {user}</translation>
    </message>
    <message>
        <source>resolve your comment</source>
        <translation>résoudre votre commentaire</translation>
    </message>
    <message>
        <source>reopen your comment</source>
        <translation>rouvrir votre commentaire</translation>
    </message>
    <message>
        <source>There is no incident '{ref}'.</source>
        <translation>Il n'y a pas d'incident « {ref} ».</translation>
    </message>
    <message>
        <source>Unknown country '{country}' (use a code like ML).</source>
        <translation>Pays inconnu « {country} » (utilisez un code comme ML).</translation>
    </message>
    <message>
        <source>No actor is called '{actor}'.</source>
        <translation>Aucun acteur ne s'appelle « {actor} ».</translation>
    </message>
    <message>
        <source>Cannot sort by '{sort}' (use {names}).</source>
        <translation>Impossible de trier par « {sort} » (utilisez {names}).</translation>
    </message>
    <message>
        <source>'{country_code}' is not a country code</source>
        <translation>« {country_code} » n'est pas un code de pays</translation>
    </message>
    <message>
        <source>is needed: no known place is near enough to tell the country</source>
        <translation>est nécessaire : aucun lieu connu n'est assez proche pour déduire le pays</translation>
    </message>
    <message>
        <source>add the place {place}</source>
        <translation>ajouter le lieu {place}</translation>
    </message>
    <message>
        <source>edit {place}, which approved incidents use</source>
        <translation>modifier {place}, qu'utilisent des incidents approuvés</translation>
    </message>
    <message>
        <source>edit {place}</source>
        <translation>modifier {place}</translation>
    </message>
    <message>
        <source>There is no place '{ref}'.</source>
        <translation>Il n'y a pas de lieu « {ref} ».</translation>
    </message>
    <message>
        <source>is not a field of a place (use {names})</source>
        <translation>n'est pas un champ d'un lieu (utilisez {names})</translation>
    </message>
    <message>
        <source>'{value}' is not a country code</source>
        <translation>« {value} » n'est pas un code de pays</translation>
    </message>
    <message>
        <source>'{role}' is not a role (use {roles})</source>
        <translation>« {role} » n'est pas un rôle (utilisez {roles})</translation>
    </message>
    <message>
        <source>a profile needs a name</source>
        <translation>un profil doit avoir un nom</translation>
    </message>
    <message>
        <source>add profiles</source>
        <translation>ajouter des profils</translation>
    </message>
    <message>
        <source>add the first profile of this desk</source>
        <translation>ajouter le premier profil de ce poste</translation>
    </message>
    <message>
        <source>There is already a profile called '{name}'.</source>
        <translation>Il existe déjà un profil nommé « {name} ».</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>changer les rôles</translation>
    </message>
    <message>
        <source>{name} is the last administrator; make someone else administrator first.</source>
        <translation>{name} est le dernier administrateur ; nommez d'abord quelqu'un d'autre administrateur.</translation>
    </message>
    <message>
        <source>{incident} has no history entry {entry_id}.</source>
        <translation>{incident} n'a pas d'entrée d'historique {entry_id}.</translation>
    </message>
    <message>
        <source>this is a folder, not a report file</source>
        <translation>c'est un dossier, pas un fichier de rapport</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ce fichier n'existe pas</translation>
    </message>
    <message>
        <source>'{reason_code}' is not a reason to reject (use {names})</source>
        <translation>« {reason_code} » n'est pas un motif de rejet (utilisez {names})</translation>
    </message>
    <message>
        <source>only a duplicate names the record it duplicates</source>
        <translation>seul un doublon nomme la fiche qu'il double</translation>
    </message>
    <message>
        <source>{incident} has no pending revision to discard.</source>
        <translation>{incident} n'a pas de révision en attente à abandonner.</translation>
    </message>
    <message>
        <source>discard another person's revision</source>
        <translation>abandonner la révision d'une autre personne</translation>
    </message>
    <message>
        <source>discard your revision of {incident}</source>
        <translation>abandonner votre révision de {incident}</translation>
    </message>
    <message>
        <source>The revision of {incident}</source>
        <translation>La révision de {incident}</translation>
    </message>
    <message>
        <source>submit {incident}</source>
        <translation>soumettre {incident}</translation>
    </message>
    <message>
        <source>start the review of {incident}</source>
        <translation>commencer la relecture de {incident}</translation>
    </message>
    <message>
        <source>request changes to {incident}</source>
        <translation>demander des modifications de {incident}</translation>
    </message>
    <message>
        <source>approve {incident}</source>
        <translation>approuver {incident}</translation>
    </message>
    <message>
        <source>reject {incident}</source>
        <translation>rejeter {incident}</translation>
    </message>
    <message>
        <source>reopen {incident}</source>
        <translation>rouvrir {incident}</translation>
    </message>
    <message>
        <source>a reason is needed to submit a record</source>
        <translation>un motif est nécessaire pour soumettre une fiche</translation>
    </message>
    <message>
        <source>a reason is needed to start the review of a record</source>
        <translation>un motif est nécessaire pour commencer la relecture d'une fiche</translation>
    </message>
    <message>
        <source>a reason is needed to request changes to a record</source>
        <translation>un motif est nécessaire pour demander des modifications d'une fiche</translation>
    </message>
    <message>
        <source>a reason is needed to approve a record</source>
        <translation>un motif est nécessaire pour approuver une fiche</translation>
    </message>
    <message>
        <source>a reason is needed to reject a record</source>
        <translation>un motif est nécessaire pour rejeter une fiche</translation>
    </message>
    <message>
        <source>a reason is needed to reopen a record</source>
        <translation>un motif est nécessaire pour rouvrir une fiche</translation>
    </message>
    <message>
        <source>{incident} is approved and has no pending revision: edit it first, then submit the revision.</source>
        <translation>{incident} est approuvé et n'a pas de révision en attente : modifiez-le d'abord, puis soumettez la révision.</translation>
    </message>
    <message>
        <source>{incident} is approved and has no pending revision: edit it first, then start the review of the revision.</source>
        <translation>{incident} est approuvé et n'a pas de révision en attente : modifiez-le d'abord, puis commencez la relecture de la révision.</translation>
    </message>
    <message>
        <source>{incident} is approved and has no pending revision: edit it first, then request changes to the revision.</source>
        <translation>{incident} est approuvé et n'a pas de révision en attente : modifiez-le d'abord, puis demandez des modifications de la révision.</translation>
    </message>
    <message>
        <source>{incident} is approved and has no pending revision: edit it first, then approve the revision.</source>
        <translation>{incident} est approuvé et n'a pas de révision en attente : modifiez-le d'abord, puis approuvez la révision.</translation>
    </message>
    <message>
        <source>{incident} is approved and has no pending revision: edit it first, then reject the revision.</source>
        <translation>{incident} est approuvé et n'a pas de révision en attente : modifiez-le d'abord, puis rejetez la révision.</translation>
    </message>
    <message>
        <source>{incident} is approved and has no pending revision: edit it first, then reopen the revision.</source>
        <translation>{incident} est approuvé et n'a pas de révision en attente : modifiez-le d'abord, puis rouvrez la révision.</translation>
    </message>
    <message>
        <source>{record} is {status}: only a record that is draft or changes requested can be submitted.</source>
        <translation>{record} est « {status} » : seule une fiche en brouillon ou avec modifications demandées peut être soumise.</translation>
    </message>
    <message>
        <source>{record} is {status}: only a record that is submitted can be taken into review.</source>
        <translation>{record} est « {status} » : seule une fiche soumise peut être prise en relecture.</translation>
    </message>
    <message>
        <source>{record} is {status}: only a record that is submitted or in review can be sent back.</source>
        <translation>{record} est « {status} » : seule une fiche soumise ou en relecture peut être renvoyée.</translation>
    </message>
    <message>
        <source>{record} is {status}: only a record that is submitted or in review can be approved.</source>
        <translation>{record} est « {status} » : seule une fiche soumise ou en relecture peut être approuvée.</translation>
    </message>
    <message>
        <source>{record} is {status}: only a record that is draft or submitted or in review or changes requested or approved can be rejected.</source>
        <translation>{record} est « {status} » : seule une fiche en brouillon, soumise, en relecture, avec modifications demandées ou approuvée peut être rejetée.</translation>
    </message>
    <message>
        <source>{record} is {status}: only a record that is rejected can be reopened.</source>
        <translation>{record} est « {status} » : seule une fiche rejetée peut être rouverte.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>a record cannot duplicate itself</source>
        <translation>une fiche ne peut pas être son propre doublon</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>Aucune sauvegarde n'a été faite.</translation>
    </message>
    <message>
        <source>There is no database at {source} to back up.</source>
        <translation>Il n'y a pas de base de données à {source} à sauvegarder.</translation>
    </message>
    <message>
        <source>The backup file must not be the database itself.</source>
        <translation>Le fichier de sauvegarde ne doit pas être la base de données elle-même.</translation>
    </message>
    <message>
        <source>No backup was made (a damaged copy could be taken for a good one); `db backup --force` copies it anyway, named as damaged.</source>
        <translation>Aucune sauvegarde n'a été faite (une copie endommagée pourrait passer pour une bonne) ; `db backup --force` la copie quand même, nommée comme endommagée.</translation>
    </message>
    <message>
        <source>Not enough free space in {parent} for a backup of {source}.</source>
        <translation>Pas assez d'espace libre dans {parent} pour une sauvegarde de {source}.</translation>
    </message>
    <message>
        <source>The disk holding {dest} is full; no backup was made.</source>
        <translation>Le disque qui contient {dest} est plein ; aucune sauvegarde n'a été faite.</translation>
    </message>
    <message>
        <source>Backup of {source} to {dest} failed: {reason}</source>
        <translation>La sauvegarde de {source} vers {dest} a échoué : {reason}</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>aucune sauvegarde n'a été faite</translation>
    </message>
    <message>
        <source>The disk holding {dest} is full; {done}.</source>
        <translation>Le disque qui contient {dest} est plein ; {done}.</translation>
    </message>
    <message>
        <source>Writing {dest} failed ({reason}); {done}.</source>
        <translation>L'écriture de {dest} a échoué ({reason}) ; {done}.</translation>
    </message>
    <message>
        <source>There is no backup file at {backup}.</source>
        <translation>Il n'y a pas de fichier de sauvegarde à {backup}.</translation>
    </message>
    <message>
        <source>The backup to restore is the desk file itself.</source>
        <translation>La sauvegarde à restaurer est le fichier du poste lui-même.</translation>
    </message>
    <message>
        <source>{dest} is a folder: move it away first, then restore.</source>
        <translation>{dest} est un dossier : déplacez-le d'abord, puis restaurez.</translation>
    </message>
    <message>
        <source>It was not restored; choose another copy.</source>
        <translation>Elle n'a pas été restaurée ; choisissez une autre copie.</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation>rien n'a été restauré</translation>
    </message>
    <message>
        <source>The disk holding {dest} is full; nothing was restored.</source>
        <translation>Le disque qui contient {dest} est plein ; rien n'a été restauré.</translation>
    </message>
    <message>
        <source>Restoring {backup} to {dest} failed ({reason}); nothing was changed.</source>
        <translation>La restauration de {backup} vers {dest} a échoué ({reason}) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot hold a desk; give a file.</source>
        <translation>Une base SQLite en mémoire ne peut pas contenir un poste ; donnez un fichier.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Il n'y a pas de base de données à {path}.</translation>
    </message>
    <message>
        <source>Nothing was written to it.</source>
        <translation>Rien n'y a été écrit.</translation>
    </message>
    <message>
        <source>{label} is open read-only; nothing can be saved.</source>
        <translation>{label} est ouvert en lecture seule ; rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>The disk is full: the folder {folder} cannot be made; nothing was changed.</source>
        <translation>Le disque est plein : le dossier {folder} ne peut pas être créé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made: {reason}.</source>
        <translation>Le dossier {folder} ne peut pas être créé : {reason}.</translation>
    </message>
    <message>
        <source>Opening {url} needs the PostgreSQL driver ({module}): pip install 'sahel-desk[postgres]'.</source>
        <translation>Ouvrir {url} demande le pilote PostgreSQL ({module}) : pip install 'sahel-desk[postgres]'.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; nothing was saved. Free some space and retry.</source>
        <translation>Le disque qui contient {where} est plein ; rien n'a été enregistré. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>{where} is locked by another program that is writing; nothing was saved. Retry in a moment.</source>
        <translation>{where} est verrouillé par un autre programme qui écrit ; rien n'a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The desk file {where} is damaged: {problem}. Nothing was written to it.</source>
        <translation>Le fichier du poste {where} est endommagé : {problem}. Rien n'y a été écrit.</translation>
    </message>
    <message>
        <source>{where} is read-only here; nothing was saved.</source>
        <translation>{where} est en lecture seule ici ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing {where}; nothing was saved.</source>
        <translation>Le disque a signalé une erreur pendant l'écriture de {where} ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>{where} cannot be opened (missing folder or no permission).</source>
        <translation>{where} ne peut pas être ouvert (dossier manquant ou permission refusée).</translation>
    </message>
    <message>
        <source>A value does not fit in {where} ({error}); nothing was saved.</source>
        <translation>Une valeur ne tient pas dans {where} ({error}) ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>{where}: {error}. Create it on the server first (createdb), then open it again.</source>
        <translation>{where} : {error}. Créez-la d'abord sur le serveur (createdb), puis ouvrez-la à nouveau.</translation>
    </message>
    <message>
        <source>The server refused the login to {where}: {error}.</source>
        <translation>Le serveur a refusé la connexion à {where} : {error}.</translation>
    </message>
    <message>
        <source>Cannot connect to {where}: {error}.</source>
        <translation>Impossible de se connecter à {where} : {error}.</translation>
    </message>
    <message>
        <source>The change conflicts with data already in {where}: {error}</source>
        <translation>La modification entre en conflit avec des données déjà présentes dans {where} : {error}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} est illisible : {reason}.</translation>
    </message>
    <message>
        <source>Only indexes are damaged; they can be rebuilt from the tables (with no Sahel Desk open): `sqlite3 "{db_path}" "REINDEX;"`, then `sahel-desk {where} db check`.</source>
        <translation>Seuls les index sont endommagés ; ils peuvent être reconstruits à partir des tables (sans Sahel Desk ouvert) : `sqlite3 "{db_path}" "REINDEX;"`, puis `sahel-desk {where} db check`.</translation>
    </message>
    <message>
        <source>{listed} and {more} older</source>
        <translation>{listed} et {more} plus anciennes</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 copie</translation>
    </message>
    <message>
        <source>{count} copies</source>
        <translation>{count} copies</translation>
    </message>
    <message>
        <source>To recover, put a good copy back: the backups folder {folder} holds {copies}: {listed}. `sahel-desk {where} db restore "{newest}"` restores the newest (the damaged file is kept beside it), then `sahel-desk {where} db check` checks the result.</source>
        <translation>Pour récupérer, remettez une bonne copie : le dossier des sauvegardes {folder} contient {copies} : {listed}. `sahel-desk {where} db restore "{newest}"` restaure la plus récente (le fichier endommagé est gardé à côté), puis `sahel-desk {where} db check` vérifie le résultat.</translation>
    </message>
    <message>
        <source>There is no backup of it in {folder}, and nothing in this file can be read back. A copy from elsewhere (another computer, an older backup) can be put in its place with `sahel-desk {where} db restore "COPY.sqlite"`.</source>
        <translation>Il n'y en a aucune sauvegarde dans {folder}, et rien dans ce fichier ne peut être relu. Une copie venue d'ailleurs (un autre ordinateur, une sauvegarde plus ancienne) peut être mise à sa place avec `sahel-desk {where} db restore "COPY.sqlite"`.</translation>
    </message>
    <message>
        <source>There is no backup of it in {folder}. SQLite's own tool can often save what is still readable: `sqlite3 "{db_path}" .recover | sqlite3 "{rescued}"`, then `sahel-desk --db "{rescued}" db check`. Keep the damaged file until then.</source>
        <translation>Il n'y en a aucune sauvegarde dans {folder}. L'outil de SQLite peut souvent sauver ce qui reste lisible : `sqlite3 "{db_path}" .recover | sqlite3 "{rescued}"`, puis `sahel-desk --db "{rescued}" db check`. Gardez le fichier endommagé jusque-là.</translation>
    </message>
    <message>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <source>The desk file {db_path} is damaged: {problems}. {done} {advice}</source>
        <translation>Le fichier du poste {db_path} est endommagé : {problems}. {done} {advice}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Sahel Desk database. {done} If your desk file should be there, move the folder away first. {advice}</source>
        <translation>{path} est un dossier, pas une base de données Sahel Desk. {done} Si le fichier de votre poste doit s'y trouver, déplacez d'abord le dossier. {advice}</translation>
    </message>
    <message>
        <source>{path} is not a Sahel Desk database (it is not a SQLite file). Nothing was changed.</source>
        <translation>{path} n'est pas une base de données Sahel Desk (ce n'est pas un fichier SQLite). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{error} To start a new desk there instead, delete the empty file first.</source>
        <translation>{error} Pour y commencer plutôt un nouveau poste, supprimez d'abord le fichier vide.</translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation>Impossible de créer le fichier de verrou {path} : {reason}.</translation>
    </message>
    <message>
        <source>The database {db_path} is in use by another Sahel Desk ({holder}). Close it there first, or open this one read-only.</source>
        <translation>La base de données {db_path} est utilisée par un autre Sahel Desk ({holder}). Fermez-la d'abord là-bas, ou ouvrez celle-ci en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot write the lock file {path}: {reason}.</source>
        <translation>Impossible d'écrire le fichier de verrou {path} : {reason}.</translation>
    </message>
    <message>
        <source>The disk holding {db_path} is full: Sahel Desk cannot even write its lock file {file} there. Free some space, then open the desk again; nothing was changed.</source>
        <translation>Le disque qui contient {db_path} est plein : Sahel Desk ne peut même pas y écrire son fichier de verrou {file}. Libérez de la place, puis rouvrez le poste ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{label} is a database, but not a Sahel Desk one (tables: {names}). Nothing was changed.</source>
        <translation>{label} est une base de données, mais pas de Sahel Desk (tables : {names}). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{label} was written by a newer version of Sahel Desk (schema {current}). Install the newer version to open it; nothing was changed.</source>
        <translation>{label} a été écrit par une version plus récente de Sahel Desk (schéma {current}). Installez cette version pour l'ouvrir ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{label} needs setting up before it can be read; open it once for writing.</source>
        <translation>{label} doit être initialisé avant de pouvoir être lu ; ouvrez-le une fois en écriture.</translation>
    </message>
    <message>
        <source>{label} needs an upgrade before it can be read; open it once for writing.</source>
        <translation>{label} doit être mis à niveau avant de pouvoir être lu ; ouvrez-le une fois en écriture.</translation>
    </message>
    <message>
        <source>'{user}' {problem}</source>
        <translation>« {user} » {problem}</translation>
    </message>
    <message>
        <source>{incident} is one incident: name two to mark them as not the same event.</source>
        <translation>{incident} est un seul incident : nommez-en deux pour les marquer comme événements distincts.</translation>
    </message>
    <message>
        <source>mark {a} and {b} as not the same event</source>
        <translation>marquer {a} et {b} comme événements distincts</translation>
    </message>
    <message>
        <source>create an incident</source>
        <translation>créer un incident</translation>
    </message>
    <message>
        <source>{incident} is not linked to a gazetteer place.</source>
        <translation>{incident} n'est lié à aucun lieu du répertoire.</translation>
    </message>
    <message>
        <source>keep the location of {incident}</source>
        <translation>garder la localisation de {incident}</translation>
    </message>
    <message>
        <source>delete approved incident {incident}</source>
        <translation>supprimer l'incident approuvé {incident}</translation>
    </message>
    <message>
        <source>delete {incident}, which {user} created</source>
        <translation>supprimer {incident}, que {user} a créé</translation>
    </message>
    <message>
        <source>delete {incident}</source>
        <translation>supprimer {incident}</translation>
    </message>
    <message>
        <source>{incident} is one incident: name the one to keep and the one to merge into it.</source>
        <translation>{incident} est un seul incident : nommez celui à garder et celui à fusionner dedans.</translation>
    </message>
    <message>
        <source>{incident} is rejected: reopen it to merge it.</source>
        <translation>{incident} est rejeté : rouvrez-le pour le fusionner.</translation>
    </message>
    <message>
        <source>merge {other} into {keep}</source>
        <translation>fusionner {other} dans {keep}</translation>
    </message>
    <message>
        <source>{incident} has a pending revision: approve or discard it before merging.</source>
        <translation>{incident} a une révision en attente : approuvez-la ou abandonnez-la avant de fusionner.</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>chercheur</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>relecteur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>changes_requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <source>{user} is a {role} and may not {doing}; only administrators may.</source>
        <translation>{user} est {role} et ne peut pas {doing} ; seuls les administrateurs le peuvent.</translation>
    </message>
    <message>
        <source>{user} is a {role} and may not {doing}; reviewers and administrators may. This desk has no profiles yet: add one with the reviewer or administrator role.</source>
        <translation>{user} est {role} et ne peut pas {doing} ; les relecteurs et les administrateurs le peuvent. Ce poste n'a encore aucun profil : ajoutez-en un avec le rôle de relecteur ou d'administrateur.</translation>
    </message>
    <message>
        <source>{user} is a {role} and may not {doing}; reviewers and administrators may.</source>
        <translation>{user} est {role} et ne peut pas {doing} ; les relecteurs et les administrateurs le peuvent.</translation>
    </message>
    <message>
        <source>save a new record as {new} (use the review steps)</source>
        <translation>enregistrer une nouvelle fiche à l'état « {new} » (passez par les étapes de relecture)</translation>
    </message>
    <message>
        <source>save a record from {old} as {new} (use the review steps)</source>
        <translation>enregistrer une fiche de l'état « {old} » à l'état « {new} » (passez par les étapes de relecture)</translation>
    </message>
    <message>
        <source>a revision of an approved incident cannot be saved as '{wanted}' (use {names}; approve through the review)</source>
        <translation>une révision d'un incident approuvé ne peut pas être enregistrée à l'état « {wanted} » (utilisez {names} ; l'approbation passe par la relecture)</translation>
    </message>
    <message>
        <source>'{ref}' could mean {names}</source>
        <translation>« {ref} » peut désigner {names}</translation>
    </message>
    <message>
        <source>no actor is called '{ref}'</source>
        <translation>aucun acteur ne s'appelle « {ref} »</translation>
    </message>
    <message>
        <source>no place has the id '{ref}'</source>
        <translation>aucun lieu n'a l'identifiant « {ref} »</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>nothing is written</source>
        <translation>rien n'est écrit</translation>
    </message>
    <message>
        <source>{length:,} characters are too many for a date</source>
        <translation>{length:,} caractères, c'est trop pour une date</translation>
    </message>
    <message>
        <source>"{word}" is not a date (write it like 07/05/2017 or 7 May 2017)</source>
        <translation>« {word} » n'est pas une date (écrivez-la comme 07/05/2017 ou 7 mai 2017)</translation>
    </message>
    <message>
        <source>"{word}" has no place in a date</source>
        <translation>« {word} » n'a pas sa place dans une date</translation>
    </message>
    <message>
        <source>"{word}" is not a month</source>
        <translation>« {word} » n'est pas un mois</translation>
    </message>
    <message>
        <source>"{word}": separate the day, the month and the year (07/05/2017 or 2017-05-07)</source>
        <translation>« {word} » : séparez le jour, le mois et l'année (07/05/2017 ou 2017-05-07)</translation>
    </message>
    <message>
        <source>day {day} does not exist</source>
        <translation>le jour {day} n'existe pas</translation>
    </message>
    <message>
        <source>month {month} does not exist (the day comes first: {example})</source>
        <translation>le mois {month} n'existe pas (le jour s'écrit en premier : {example})</translation>
    </message>
    <message>
        <source>month {month} does not exist</source>
        <translation>le mois {month} n'existe pas</translation>
    </message>
    <message>
        <source>the year "{year}" needs four digits</source>
        <translation>l'année « {year} » doit avoir quatre chiffres</translation>
    </message>
    <message>
        <source>year {year} does not exist</source>
        <translation>l'année {year} n'existe pas</translation>
    </message>
    <message>
        <source>{day} {month} does not exist</source>
        <translation>le {day} {month} n'existe pas</translation>
    </message>
    <message>
        <source>{day} {month} does not exist ({month} has {count} days)</source>
        <translation>le {day} {month} n'existe pas ({month} compte {count} jours)</translation>
    </message>
    <message>
        <source>{day} {month} {year} does not exist ({year} is not a leap year)</source>
        <translation>le {day} {month} {year} n'existe pas ({year} n'est pas bissextile)</translation>
    </message>
    <message>
        <source>{day} {month} {year} is a {weekday}, not a {written}</source>
        <translation>le {day} {month} {year} tombe un {weekday}, pas un {written}</translation>
    </message>
    <message>
        <source>a Hijri date (هـ): write the Gregorian date</source>
        <translation>une date de l'hégire (هـ) : écrivez la date grégorienne</translation>
    </message>
    <message>
        <source>the year is missing</source>
        <translation>il manque l'année</translation>
    </message>
    <message>
        <source>the day is missing</source>
        <translation>il manque le jour</translation>
    </message>
    <message>
        <source>the month is missing</source>
        <translation>il manque le mois</translation>
    </message>
    <message>
        <source>the month and the year are missing</source>
        <translation>il manque le mois et l'année</translation>
    </message>
    <message>
        <source>the day and the month are missing</source>
        <translation>il manque le jour et le mois</translation>
    </message>
    <message>
        <source>the day and the year are missing</source>
        <translation>il manque le jour et l'année</translation>
    </message>
    <message>
        <source>'{start}…' ({length:,} characters)</source>
        <translation>« {start}… » ({length:,} caractères)</translation>
    </message>
    <message>
        <source>{shown} is not a whole number</source>
        <translation>{shown} n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>{shown} is too large to be a count or a code</source>
        <translation>{shown} est trop grand pour être un nombre ou un code</translation>
    </message>
    <message>
        <source>create an incident as a draft or submitted</source>
        <translation>créer un incident en brouillon ou soumis</translation>
    </message>
    <message>
        <source>create an incident in a reviewed state (in review, approved, rejected)</source>
        <translation>créer un incident dans un état de relecture (en relecture, approuvé, rejeté)</translation>
    </message>
    <message>
        <source>edit an incident that is not approved</source>
        <translation>modifier un incident non approuvé</translation>
    </message>
    <message>
        <source>edit an approved incident (the edit waits as a pending revision)</source>
        <translation>modifier un incident approuvé (la modification attend comme révision en attente)</translation>
    </message>
    <message>
        <source>change an approved incident directly, without a revision</source>
        <translation>modifier directement un incident approuvé, sans révision</translation>
    </message>
    <message>
        <source>delete an incident you created that is not approved</source>
        <translation>supprimer un incident non approuvé que vous avez créé</translation>
    </message>
    <message>
        <source>delete another person's incident that is not approved</source>
        <translation>supprimer l'incident non approuvé d'une autre personne</translation>
    </message>
    <message>
        <source>delete an approved incident</source>
        <translation>supprimer un incident approuvé</translation>
    </message>
    <message>
        <source>submit a record for review</source>
        <translation>soumettre une fiche pour relecture</translation>
    </message>
    <message>
        <source>start a review, request changes, approve, reject, reopen, discard another person's revision</source>
        <translation>commencer une relecture, demander des modifications, approuver, rejeter, rouvrir, abandonner la révision d'une autre personne</translation>
    </message>
    <message>
        <source>discard your own pending revision of an approved incident</source>
        <translation>abandonner votre propre révision en attente d'un incident approuvé</translation>
    </message>
    <message>
        <source>comment on an incident</source>
        <translation>commenter un incident</translation>
    </message>
    <message>
        <source>resolve or reopen a comment thread you started</source>
        <translation>résoudre ou rouvrir un fil de commentaires que vous avez lancé</translation>
    </message>
    <message>
        <source>resolve or reopen another person's comment thread</source>
        <translation>résoudre ou rouvrir le fil de commentaires d'une autre personne</translation>
    </message>
    <message>
        <source>add an actor</source>
        <translation>ajouter un acteur</translation>
    </message>
    <message>
        <source>rename or edit an actor that no approved incident uses</source>
        <translation>renommer ou modifier un acteur qu'aucun incident approuvé n'utilise</translation>
    </message>
    <message>
        <source>rename or edit an actor that approved incidents use</source>
        <translation>renommer ou modifier un acteur qu'utilisent des incidents approuvés</translation>
    </message>
    <message>
        <source>merge two actors (repoints every incident, approved ones too)</source>
        <translation>fusionner deux acteurs (réaffecte chaque incident, approuvés compris)</translation>
    </message>
    <message>
        <source>add a place to the gazetteer</source>
        <translation>ajouter un lieu au répertoire des lieux</translation>
    </message>
    <message>
        <source>edit a place that no approved incident uses</source>
        <translation>modifier un lieu qu'aucun incident approuvé n'utilise</translation>
    </message>
    <message>
        <source>edit a place that approved incidents use</source>
        <translation>modifier un lieu qu'utilisent des incidents approuvés</translation>
    </message>
    <message>
        <source>import GeoNames places that no approved incident uses</source>
        <translation>importer des lieux GeoNames qu'aucun incident approuvé n'utilise</translation>
    </message>
    <message>
        <source>import GeoNames changes to places approved incidents use</source>
        <translation>importer des modifications GeoNames de lieux qu'utilisent des incidents approuvés</translation>
    </message>
    <message>
        <source>import ACLED events as drafts or submitted records</source>
        <translation>importer des événements ACLED comme brouillons ou fiches soumises</translation>
    </message>
    <message>
        <source>import ACLED events in a reviewed state (in review, approved, rejected), or update approved ones</source>
        <translation>importer des événements ACLED dans un état de relecture (en relecture, approuvé, rejeté), ou mettre à jour des incidents approuvés</translation>
    </message>
    <message>
        <source>import a bundle that changes no approved incident</source>
        <translation>importer un paquet qui ne modifie aucun incident approuvé</translation>
    </message>
    <message>
        <source>import a bundle that adds or changes approved incidents</source>
        <translation>importer un paquet qui ajoute ou modifie des incidents approuvés</translation>
    </message>
    <message>
        <source>resolve an exchange conflict on your own stale save</source>
        <translation>régler un conflit d'échange sur votre propre enregistrement dépassé</translation>
    </message>
    <message>
        <source>resolve another desk's exchange conflict</source>
        <translation>régler le conflit d'échange d'un autre poste</translation>
    </message>
    <message>
        <source>fill the desk with demo incidents (approved ones among them)</source>
        <translation>remplir le poste d'incidents de démonstration (dont des approuvés)</translation>
    </message>
    <message>
        <source>add the first profile of a desk</source>
        <translation>ajouter le premier profil d'un poste</translation>
    </message>
    <message>
        <source>add a profile</source>
        <translation>ajouter un profil</translation>
    </message>
    <message>
        <source>change someone's role</source>
        <translation>changer le rôle de quelqu'un</translation>
    </message>
    <message>
        <source>mark two incidents as not the same event (no longer proposed as duplicates)</source>
        <translation>marquer deux incidents comme des événements distincts (ils ne seront plus proposés comme doublons)</translation>
    </message>
    <message>
        <source>merge two records of one event, neither approved (the other is rejected as a duplicate)</source>
        <translation>fusionner deux fiches d'un même événement, aucune n'étant approuvée (l'autre est rejetée comme doublon)</translation>
    </message>
    <message>
        <source>merge two records of one event when either is approved</source>
        <translation>fusionner deux fiches d'un même événement quand l'une d'elles est approuvée</translation>
    </message>
    <message>
        <source>export to Excel or CSV, back up the database</source>
        <translation>exporter en Excel ou CSV, sauvegarder la base de données</translation>
    </message>
    <message>
        <source>trust another desk's key (as a researcher's or a reviewer's desk) or revoke it</source>
        <translation>faire confiance à la clé d'un autre poste (comme poste de chercheur ou de relecteur) ou la révoquer</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first} ; {rest}</translation>
    </message>
</context>
</TS>