<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcledImportDialog</name>
    <message numerus="yes">
        <source>%Ln incident(s) would be added.</source>
        <translation>
            <numerusform>%Ln incident serait ajouté.</numerusform>
            <numerusform>%Ln incidents seraient ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) would be updated.</source>
        <translation>
            <numerusform>%Ln incident serait mis à jour.</numerusform>
            <numerusform>%Ln incidents seraient mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) would be left as they are.</source>
        <translation>
            <numerusform>%Ln incident resterait inchangé.</numerusform>
            <numerusform>%Ln incidents resteraient inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) was/were added.</source>
        <translation>
            <numerusform>%Ln incident a été ajouté.</numerusform>
            <numerusform>%Ln incidents ont été ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) was/were updated.</source>
        <translation>
            <numerusform>%Ln incident a été mis à jour.</numerusform>
            <numerusform>%Ln incidents ont été mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) was/were left as they are.</source>
        <translation>
            <numerusform>%Ln incident est resté inchangé.</numerusform>
            <numerusform>%Ln incidents sont restés inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new actor(s) would be created.</source>
        <translation>
            <numerusform>%Ln nouvel acteur serait créé.</numerusform>
            <numerusform>%Ln nouveaux acteurs seraient créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new actor(s) was/were created.</source>
        <translation>
            <numerusform>%Ln nouvel acteur a été créé.</numerusform>
            <numerusform>%Ln nouveaux acteurs ont été créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) missing from the gazetteer would be added as custom places.</source>
        <translation>
            <numerusform>%Ln lieu absent du répertoire des lieux serait ajouté comme lieu personnalisé.</numerusform>
            <numerusform>%Ln lieux absents du répertoire des lieux seraient ajoutés comme lieux personnalisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) missing from the gazetteer was/were added as custom places.</source>
        <translation>
            <numerusform>%Ln lieu absent du répertoire des lieux a été ajouté comme lieu personnalisé.</numerusform>
            <numerusform>%Ln lieux absents du répertoire des lieux ont été ajoutés comme lieux personnalisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) ({skipped} skipped):</source>
        <translation>
            <numerusform>%Ln ligne erronée ({skipped} ignorés) :</numerusform>
            <numerusform>%Ln lignes erronées ({skipped} ignorés) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s):</source>
        <translation>
            <numerusform>%Ln ligne erronée :</numerusform>
            <numerusform>%Ln lignes erronées :</numerusform>
        </translation>
    </message>
    <message>
        <source>  line {line}: {reason}</source>
        <translation>  ligne {line} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>  … and %Ln more</source>
        <translation>
            <numerusform>  … et %Ln autre</numerusform>
            <numerusform>  … et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an ACLED file</source>
        <translation>Importer un fichier ACLED</translation>
    </message>
    <message>
        <source>An ACLED export: CSV or xlsx, current, dyadic or monadic</source>
        <translation>Un export ACLED : CSV ou xlsx, format actuel, dyadique ou monadique</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Skip bad rows (otherwise nothing is imported if any row is bad)</source>
        <translation>Ignorer les lignes erronées (sinon rien n&apos;est importé si une seule ligne est erronée)</translation>
    </message>
    <message>
        <source>Check the file first: nothing is written.</source>
        <translation>Vérifiez d&apos;abord le fichier : rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Imported incidents are</source>
        <translation>Statut des incidents importés</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>ACLED file</source>
        <translation>Fichier ACLED</translation>
    </message>
    <message>
        <source>ACLED exports (*.csv *.xlsx)</source>
        <translation>Exports ACLED (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choisissez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import terminé.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>BroughtInModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>May be the same event as</source>
        <translation>Peut-être le même événement que</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>BroughtInPanel</name>
    <message>
        <source>{human_id} ({date}, {place})</source>
        <translation>{human_id} ({date}, {place})</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s) brought in: each may be the same event as a record already here. Compare them side by side to merge or dismiss them.</source>
        <translation>
            <numerusform>%n doublon probable apporté : il peut s&apos;agir du même événement qu&apos;un incident déjà présent ici. Comparez-les côte à côte pour les fusionner ou les écarter.</numerusform>
            <numerusform>%n doublons probables apportés : chacun peut être le même événement qu&apos;un incident déjà présent ici. Comparez-les côte à côte pour les fusionner ou les écarter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare side by side</source>
        <translation>Comparer côte à côte</translation>
    </message>
    <message>
        <source>{first} and {second}: {reasons}</source>
        <translation>{first} et {second} : {reasons}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export incidents</source>
        <translation>Exporter les incidents</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): incidents, sources, claims, summary</source>
        <translation>Classeur Excel (.xlsx) : incidents, sources, revendications, synthèse</translation>
    </message>
    <message>
        <source>CSV (.csv): the Incidents sheet only</source>
        <translation>CSV (.csv) : la feuille Incidents seulement</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All actors (a group includes its component groups)</source>
        <translation>Tous les acteurs (un groupe inclut ses composantes)</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Tous les types d&apos;événement</translation>
    </message>
    <message>
        <source>Split date ranges into one row per day (ACLED&apos;s rule)</source>
        <translation>Scinder les périodes en une ligne par jour (règle ACLED)</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a period: from one date to another</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Review states</source>
        <translation>États de relecture</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no limit on a date</comment>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Mali</source>
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
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose at least one review state to export.</source>
        <translation>Choisissez au moins un état de relecture à exporter.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln incident(s) to {path}.</source>
        <translation>
            <numerusform>%Ln incident exporté vers {path}.</numerusform>
            <numerusform>%Ln incidents exportés vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{task}: {done} of {total}</source>
        <translation>{task} : {done} sur {total}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The task stopped on an internal error; see the log file.</source>
        <translation>La tâche s&apos;est arrêtée sur une erreur interne ; voir le fichier journal.</translation>
    </message>
</context>
</TS>
