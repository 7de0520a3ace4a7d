<?xml version="1.0" encoding="utf-8"?>
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
        <translation>Un acteur non étatique s&apos;empare d&apos;un territoire</translation>
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
        <translation>Bombardement/tir d&apos;artillerie/de missiles</translation>
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
        <translation>Changement de groupe/d&apos;activité</translation>
    </message>
    <message>
        <source>Disrupted weapons use</source>
        <translation>Usage d&apos;armes déjoué</translation>
    </message>
    <message>
        <source>Headquarters or base established</source>
        <translation>Établissement d&apos;un quartier général ou d&apos;une base</translation>
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
        <translation>Près d&apos;une localité ou petite zone (localité représentative codée)</translation>
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
        <translation>Attentat à l&apos;explosif/explosion</translation>
    </message>
    <message>
        <source>Hijacking</source>
        <translation>Détournement</translation>
    </message>
    <message>
        <source>Hostage Taking (Barricade)</source>
        <translation>Prise d&apos;otages (retranchement)</translation>
    </message>
    <message>
        <source>Hostage Taking (Kidnapping)</source>
        <translation>Prise d&apos;otages (enlèvement)</translation>
    </message>
    <message>
        <source>Facility/Infrastructure Attack</source>
        <translation>Attaque d&apos;installation/d&apos;infrastructure</translation>
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
        <translation>Établissement d&apos;enseignement</translation>
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
    <name>Field</name>
    <message>
        <source>ACLED event id</source>
        <translation>Identifiant ACLED de l&apos;événement</translation>
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
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Sub-event type</source>
        <translation>Sous-type d&apos;événement</translation>
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
        <translation>Associés à l&apos;acteur 1</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>Acteur 2</translation>
    </message>
    <message>
        <source>Associated with actor 2</source>
        <translation>Associés à l&apos;acteur 2</translation>
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
        <translation>Type d&apos;attaque</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Type de cible</translation>
    </message>
    <message>
        <source>Weapon type</source>
        <translation>Type d&apos;arme</translation>
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
        <translation>date telle qu&apos;écrite</translation>
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
        <source>&apos;{value}&apos; is not a date (write it as YYYY-MM-DD)</source>
        <translation>« {value} » n&apos;est pas une date (écrivez-la AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{value!r} is not a date</source>
        <translation>{value!r} n&apos;est pas une date</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>« {value} » n&apos;est pas un nombre entier</translation>
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
        <source>&apos;{start}…&apos; is {length:,} characters long; at most {limit:,} fit</source>
        <translation>« {start}… » fait {length:,} caractères ; {limit:,} au plus</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>« {value} » n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>{value!r} is not text</source>
        <translation>{value!r} n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>{value!r} is not a {what} (use {allowed})</source>
        <translation>{value!r} n&apos;est pas une valeur possible pour : {what} (utilisez {allowed})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {what}</source>
        <translation>« {value} » n&apos;est pas une valeur connue pour : {what}</translation>
    </message>
    <message>
        <source>{value!r} is not a list</source>
        <translation>{value!r} n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a two-letter country code (ML, BF, NE...)</source>
        <translation>« {value} » n&apos;est pas un code pays à deux lettres (ML, BF, NE…)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>« {value} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of degrees</source>
        <translation>« {value} » n&apos;est pas un nombre de degrés</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{value} is outside -{limit}..{limit}</source>
        <translation>{value} est hors de l&apos;intervalle -{limit}..{limit}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a review state (use {allowed})</source>
        <translation>« {value} » n&apos;est pas un état de relecture (utilisez {allowed})</translation>
    </message>
    <message>
        <source>time precision</source>
        <translation>précision temporelle</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>type d&apos;événement</translation>
    </message>
    <message>
        <source>sub-event type</source>
        <translation>sous-type d&apos;événement</translation>
    </message>
    <message>
        <source>geo precision</source>
        <translation>précision géographique</translation>
    </message>
    <message>
        <source>attack type</source>
        <translation>type d&apos;attaque</translation>
    </message>
    <message>
        <source>target type</source>
        <translation>type de cible</translation>
    </message>
    <message>
        <source>weapon type</source>
        <translation>type d&apos;arme</translation>
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
        <translation>n&apos;est pas un champ de cette fiche</translation>
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
        <source>&apos;{sub}&apos; does not belong to event type &apos;{event_type}&apos; (allowed: {allowed})</source>
        <translation>« {sub} » n&apos;appartient pas au type d&apos;événement « {event_type} » (possibles : {allowed})</translation>
    </message>
    <message>
        <source>is needed for sub-event type &apos;{sub}&apos;</source>
        <translation>est nécessaire pour le sous-type d&apos;événement « {sub} »</translation>
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
        <translation>{low} dépasse l&apos;estimation retenue {best}</translation>
    </message>
    <message>
        <source>{high} is less than the best estimate {best}</source>
        <translation>{high} est inférieur à l&apos;estimation retenue {best}</translation>
    </message>
    <message>
        <source>{high} is less than the low estimate {low}</source>
        <translation>{high} est inférieur à l&apos;estimation basse {low}</translation>
    </message>
    <message>
        <source>&apos;{scale}&apos; is not a source scale (use {allowed}, joined by -)</source>
        <translation>« {scale} » n&apos;est pas une échelle de source (utilisez {allowed}, reliées par -)</translation>
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
        <source>a place coded &apos;near&apos; a town has geo precision 2 (or 3 for a larger area), not 1</source>
        <translation>un lieu codé « à proximité » d&apos;une localité a la précision géographique 2 (ou 3 pour une zone plus vaste), pas 1</translation>
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
        <translation>un type d&apos;événement</translation>
    </message>
    <message>
        <source>a sub-event type</source>
        <translation>un sous-type d&apos;événement</translation>
    </message>
    <message>
        <source>actor 1</source>
        <translation>l&apos;acteur 1</translation>
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
        <translation>un nombre de victimes (0 si aucune n&apos;est rapportée)</translation>
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
        <source>&apos;{ref}&apos; could mean {names}</source>
        <translation>« {ref} » peut désigner {names}</translation>
    </message>
    <message>
        <source>no actor is called &apos;{ref}&apos;</source>
        <translation>aucun acteur ne s&apos;appelle « {ref} »</translation>
    </message>
    <message>
        <source>no place has the id &apos;{ref}&apos;</source>
        <translation>aucun lieu n&apos;a l&apos;identifiant « {ref} »</translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; ({length:,} characters)</source>
        <translation>« {start}… » ({length:,} caractères)</translation>
    </message>
    <message>
        <source>{shown} is not a whole number</source>
        <translation>{shown} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{shown} is too large to be a count or a code</source>
        <translation>{shown} est trop grand pour être un nombre ou un code</translation>
    </message>
</context>
</TS>
