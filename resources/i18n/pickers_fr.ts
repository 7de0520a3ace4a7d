<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActorPicker</name>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>type {code}</source>
        <translation>type {code}</translation>
    </message>
    <message>
        <source>part of {group}</source>
        <translation>membre de {group}</translation>
    </message>
    <message>
        <source>matched “{name}”</source>
        <translation>trouvé par « {name} »</translation>
    </message>
    <message>
        <source>Type a name, acronym or alias…</source>
        <translation>Tapez un nom, un sigle ou un alias…</translation>
    </message>
    <message>
        <source>Create actor “{name}”…</source>
        <translation>Créer l&apos;acteur « {name} »…</translation>
    </message>
    <message>
        <source>Not in the list: add it to the actor registry</source>
        <translation>Absent de la liste : l&apos;ajouter au registre des acteurs</translation>
    </message>
</context>
<context>
    <name>AssociatedActorsEditor</name>
    <message>
        <source>Add an associated actor…</source>
        <translation>Ajouter un acteur associé…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Mali</source>
        <extracomment>Country names of the starter gazetteer and the search filter, shown translated.</extracomment>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritanie</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Ivory Coast</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} : champ obligatoire.</translation>
    </message>
    <message>
        <source>{field} {problem}.</source>
        <translation>{field} : {problem}.</translation>
    </message>
</context>
<context>
    <name>NewActorDialog</name>
    <message>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>Choisissez un type…</translation>
    </message>
    <message>
        <source>Optional: the group it belongs to</source>
        <translation>Facultatif : le groupe dont il fait partie</translation>
    </message>
    <message>
        <source>Other names, one per line (acronyms, French, Arabic…)</source>
        <translation>Autres noms, un par ligne (sigles, français, arabe…)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Actor &amp;type</source>
        <translation>&amp;Type d&apos;acteur</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <source>&amp;Parent group</source>
        <translation>Groupe &amp;parent</translation>
    </message>
    <message>
        <source>Parent group</source>
        <translation>Groupe parent</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>Al&amp;ias</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>NewPlaceDialog</name>
    <message>
        <source>New place</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Other spellings, one per line (French, Arabic…)</source>
        <translation>Autres graphies, une par ligne (français, arabe…)</translation>
    </message>
    <message>
        <source>Decimal degrees, north positive, e.g. 14.4843</source>
        <translation>Degrés décimaux, positifs au nord, p. ex. 14.4843</translation>
    </message>
    <message>
        <source>Decimal degrees, west negative, e.g. -4.1830</source>
        <translation>Degrés décimaux, négatifs à l&apos;ouest, p. ex. -4.1830</translation>
    </message>
    <message>
        <source>Work it out from the coordinates</source>
        <translation>Le déduire des coordonnées</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Other &amp;spellings</source>
        <translation>Autres gra&amp;phies</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Autres graphies</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Latitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>L&amp;ongitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Add place</source>
        <translation>Ajouter le lieu</translation>
    </message>
</context>
<context>
    <name>PlaceKinds</name>
    <message>
        <source>town</source>
        <translation>localité</translation>
    </message>
    <message>
        <source>regional capital</source>
        <translation>chef-lieu de région</translation>
    </message>
    <message>
        <source>district capital</source>
        <translation>chef-lieu de cercle</translation>
    </message>
    <message>
        <source>local capital</source>
        <translation>chef-lieu local</translation>
    </message>
    <message>
        <source>capital</source>
        <translation>capitale</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>lieu-dit</translation>
    </message>
    <message>
        <source>farm village</source>
        <translation>hameau agricole</translation>
    </message>
    <message>
        <source>part of a town</source>
        <translation>quartier</translation>
    </message>
    <message>
        <source>abandoned place</source>
        <translation>lieu abandonné</translation>
    </message>
    <message>
        <source>destroyed place</source>
        <translation>lieu détruit</translation>
    </message>
    <message>
        <source>places</source>
        <translation>lieux habités</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>district</source>
        <translation>cercle</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>subdivision</source>
        <translation>subdivision</translation>
    </message>
    <message>
        <source>well</source>
        <translation>puits</translation>
    </message>
    <message>
        <source>wells</source>
        <translation>puits (plusieurs)</translation>
    </message>
    <message>
        <source>abandoned well</source>
        <translation>puits abandonné</translation>
    </message>
    <message>
        <source>waterhole</source>
        <translation>point d&apos;eau</translation>
    </message>
    <message>
        <source>spring</source>
        <translation>source</translation>
    </message>
    <message>
        <source>oasis</source>
        <translation>oasis</translation>
    </message>
    <message>
        <source>wadi</source>
        <translation>oued</translation>
    </message>
    <message>
        <source>wadi bend</source>
        <translation>coude d&apos;oued</translation>
    </message>
    <message>
        <source>wadis</source>
        <translation>oueds</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>cours d&apos;eau</translation>
    </message>
    <message>
        <source>lake</source>
        <translation>lac</translation>
    </message>
    <message>
        <source>seasonal lake</source>
        <translation>mare saisonnière</translation>
    </message>
    <message>
        <source>pond</source>
        <translation>mare</translation>
    </message>
    <message>
        <source>marsh</source>
        <translation>marais</translation>
    </message>
    <message>
        <source>swamp</source>
        <translation>marécage</translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation>réservoir</translation>
    </message>
    <message>
        <source>area</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>salt area</source>
        <translation>zone salée</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>réserve</translation>
    </message>
    <message>
        <source>forest reserve</source>
        <translation>forêt classée</translation>
    </message>
    <message>
        <source>wildlife reserve</source>
        <translation>réserve de faune</translation>
    </message>
    <message>
        <source>park</source>
        <translation>parc</translation>
    </message>
    <message>
        <source>road</source>
        <translation>route</translation>
    </message>
    <message>
        <source>camp</source>
        <translation>camp</translation>
    </message>
    <message>
        <source>refugee camp</source>
        <translation>camp de réfugiés</translation>
    </message>
    <message>
        <source>mining camp</source>
        <translation>site d&apos;orpaillage</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>aéroport</translation>
    </message>
    <message>
        <source>airfield</source>
        <translation>aérodrome</translation>
    </message>
    <message>
        <source>abandoned airfield</source>
        <translation>aérodrome abandonné</translation>
    </message>
    <message>
        <source>air base</source>
        <translation>base aérienne</translation>
    </message>
    <message>
        <source>military base</source>
        <translation>base militaire</translation>
    </message>
    <message>
        <source>military installation</source>
        <translation>installation militaire</translation>
    </message>
    <message>
        <source>fort</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>police post</source>
        <translation>poste de police</translation>
    </message>
    <message>
        <source>customs post</source>
        <translation>poste de douane</translation>
    </message>
    <message>
        <source>prison</source>
        <translation>prison</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>pont</translation>
    </message>
    <message>
        <source>dam</source>
        <translation>barrage</translation>
    </message>
    <message>
        <source>market</source>
        <translation>marché</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>gold mine</source>
        <translation>mine d&apos;or</translation>
    </message>
    <message>
        <source>mosque</source>
        <translation>mosquée</translation>
    </message>
    <message>
        <source>tomb</source>
        <translation>tombeau</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>hôpital</translation>
    </message>
    <message>
        <source>school</source>
        <translation>école</translation>
    </message>
    <message>
        <source>university</source>
        <translation>université</translation>
    </message>
    <message>
        <source>ruin</source>
        <translation>ruines</translation>
    </message>
    <message>
        <source>populated place</source>
        <translation>lieu habité</translation>
    </message>
    <message>
        <source>administrative area</source>
        <translation>circonscription administrative</translation>
    </message>
    <message>
        <source>water feature</source>
        <translation>point d&apos;eau ou cours d&apos;eau</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>terrain feature</source>
        <translation>relief</translation>
    </message>
    <message>
        <source>vegetation</source>
        <translation>végétation</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>{kind}, added by hand</source>
        <translation>{kind}, ajouté à la main</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>matched “{name}”</source>
        <translation>trouvé par « {name} »</translation>
    </message>
    <message>
        <source>Type a place name in any spelling…</source>
        <translation>Tapez un nom de lieu, dans n&apos;importe quelle graphie…</translation>
    </message>
    <message>
        <source>Only search places in this country</source>
        <translation>Ne chercher que dans ce pays</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Add place “{name}”…</source>
        <translation>Ajouter le lieu « {name} »…</translation>
    </message>
    <message>
        <source>Not in the gazetteer: add it with its coordinates</source>
        <translation>Absent du répertoire géographique : l&apos;ajouter avec ses coordonnées</translation>
    </message>
</context>
</TS>
