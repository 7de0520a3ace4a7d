<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>FilterBar</name>
    <message>
        <source>Any</source>
        <extracomment>(code, English name) of the countries the list filters on; &quot;&quot; is all of them. The names are shown translated (pickers.place_picker.country_name).</extracomment>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Search notes, sources and claims (any script)  Ctrl+F</source>
        <translation>Chercher dans les notes, sources et revendications (toute écriture)  Ctrl+F</translation>
    </message>
    <message>
        <source>Incidents on or after this date</source>
        <translation>Incidents à partir de cette date</translation>
    </message>
    <message>
        <source>Incidents on or before this date</source>
        <translation>Incidents jusqu&apos;à cette date</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Actor (includes its groups)</source>
        <translation>Acteur (y compris ses groupes)</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Tous les types d&apos;événement</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>ID</source>
        <extracomment>(row attribute, header, sort key understood by the service); headers are English, shown translated (context ``IncidentListModel``)</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>Acteur 1</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>Acteur 2</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Modifié en dernier par</translation>
    </message>
</context>
</TS>
