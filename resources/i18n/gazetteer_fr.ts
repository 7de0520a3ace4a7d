<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>GeoNamesImportDialog</name>
    <message>
        <source>Im&amp;port GeoNames…</source>
        <translation>Im&amp;porter GeoNames…</translation>
    </message>
    <message>
        <source>Place names and coordinates: &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt;, under the &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;Creative Commons Attribution 4.0&lt;/a&gt; licence.</source>
        <translation>Noms et coordonnées des lieux : &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt;, sous licence &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/deed.fr&quot;&gt;Creative Commons Attribution 4.0&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Import GeoNames</source>
        <translation>Importer GeoNames</translation>
    </message>
    <message>
        <source>Country dumps from download.geonames.org: ML.zip, BF.zip, NE.zip or the .txt file inside. Places already in the gazetteer are updated by their GeoNames id; places a researcher edited are left as they are.</source>
        <translation>Les fichiers par pays de download.geonames.org : ML.zip, BF.zip, NE.zip ou le fichier .txt qu&apos;ils contiennent. Les lieux déjà présents dans le répertoire des lieux sont mis à jour d&apos;après leur identifiant GeoNames ; ceux qu&apos;un chercheur a modifiés restent tels quels.</translation>
    </message>
    <message>
        <source>Type a file&apos;s path and press Enter, or browse</source>
        <translation>Saisissez le chemin d&apos;un fichier puis Entrée, ou parcourez</translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation>C&amp;hemin</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>The import&apos;s report will show here.</source>
        <translation>Le compte rendu de l&apos;importation s&apos;affichera ici.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>GeoNames dumps</source>
        <translation>Fichiers GeoNames</translation>
    </message>
    <message>
        <source>GeoNames dumps (*.zip *.txt);;All files (*)</source>
        <translation>Fichiers GeoNames (*.zip *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose at least one GeoNames file first.</source>
        <translation>Choisissez d&apos;abord au moins un fichier GeoNames.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Checking places…</source>
        <translation>Vérification des lieux…</translation>
    </message>
    <message>
        <source>Writing places…</source>
        <translation>Enregistrement des lieux…</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importation terminée.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <source>The import stopped on an internal error; see the log file.</source>
        <translation>L&apos;importation s&apos;est arrêtée sur une erreur interne ; voir le fichier journal.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) from {files}.</source>
        <translation>
            <numerusform>%n ligne lue dans {files}.</numerusform>
            <numerusform>%n lignes lues dans {files}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) added.</source>
        <translation>
            <numerusform>%n lieu ajouté.</numerusform>
            <numerusform>%n lieux ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) updated.</source>
        <translation>
            <numerusform>%n lieu mis à jour.</numerusform>
            <numerusform>%n lieux mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) already up to date.</source>
        <translation>
            <numerusform>%n lieu déjà à jour.</numerusform>
            <numerusform>%n lieux déjà à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) edited by a researcher was/were left alone.</source>
        <translation>
            <numerusform>%n lieu modifié par un chercheur, laissé tel quel.</numerusform>
            <numerusform>%n lieux modifiés par un chercheur, laissés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeating a place another file gives.</source>
        <translation>
            <numerusform>%n ligne reprenant un lieu qu&apos;un autre fichier donne déjà.</numerusform>
            <numerusform>%n lignes reprenant un lieu qu&apos;un autre fichier donne déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of kinds the gazetteer does not keep (GeoNames feature codes): {kinds}.</source>
        <translation>
            <numerusform>%n ligne d&apos;un type que le répertoire des lieux ne conserve pas (codes d&apos;entité GeoNames) : {kinds}.</numerusform>
            <numerusform>%n lignes de types que le répertoire des lieux ne conserve pas (codes d&apos;entité GeoNames) : {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Écartés :</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>Rien n&apos;a été écarté.</translation>
    </message>
</context>
</TS>
