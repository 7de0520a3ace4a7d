<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Sahel Desk: unexpected error</source>
        <translation>Sahel Desk : erreur inattendue</translation>
    </message>
    <message>
        <source>The details are in the log file:&lt;br&gt;&lt;b&gt;{file}&lt;/b&gt;</source>
        <translation>Le détail se trouve dans le fichier journal :&lt;br&gt;&lt;b&gt;{file}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The details are below.</source>
        <translation>Le détail figure ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Something went wrong inside Sahel Desk.&lt;/b&gt; This is a bug, not something you did. Your saved work is safe and open forms keep their drafts.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;&lt;p&gt;Please send that file with a word on what you were doing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Un problème est survenu dans Sahel Desk.&lt;/b&gt; C'est une anomalie du logiciel, pas une erreur de votre part. Votre travail enregistré est intact et les fiches ouvertes gardent leur brouillon.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;&lt;p&gt;Merci d'envoyer ce fichier en indiquant ce que vous faisiez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier le détail</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sahel Desk — {user}</source>
        <extracomment>a form whose draft the disk refused: it cannot be made again without loss View &gt; Language: the code of the language chosen (the application remakes the window in it, see sahel_desk.gui.app.switch_language)</extracomment>
        <translation>Sahel Desk — {user}</translation>
    </message>
    <message>
        <source>Open an incident from the list, or start a new one (Ctrl+N).</source>
        <translation>Ouvrez un incident de la liste, ou codez-en un nouveau (Ctrl+N).</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base : {name}</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>Utilisateur : {user}</translation>
    </message>
    <message>
        <source>Role: …</source>
        <translation>Rôle : …</translation>
    </message>
    <message>
        <source>Nothing saved yet this session</source>
        <translation>Rien d'enregistré depuis l'ouverture</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation>&amp;Nouvel incident</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Duplicate as new</source>
        <translation>&amp;Dupliquer comme nouvel incident</translation>
    </message>
    <message>
        <source>&amp;Close incident</source>
        <translation>&amp;Fermer l'incident</translation>
    </message>
    <message>
        <source>Res&amp;tore unsaved drafts…</source>
        <translation>Res&amp;taurer les brouillons non enregistrés…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel or CSV…</source>
        <translation>E&amp;xporter vers Excel ou CSV…</translation>
    </message>
    <message>
        <source>&amp;Import an ACLED file…</source>
        <translation>&amp;Importer un fichier ACLED…</translation>
    </message>
    <message>
        <source>Code from a &amp;report…</source>
        <translation>Coder à partir d'un &amp;rapport…</translation>
    </message>
    <message>
        <source>Send c&amp;hanges…</source>
        <translation>Envo&amp;yer les modifications…</translation>
    </message>
    <message>
        <source>Recei&amp;ve changes…</source>
        <translation>Re&amp;cevoir des modifications…</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Changer d'&amp;utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Next incident</source>
        <translation>Incident &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous incident</source>
        <translation>Incident &amp;précédent</translation>
    </message>
    <message>
        <source>Incident &amp;list</source>
        <translation>&amp;Liste des incidents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Open incidents in separate &amp;windows</source>
        <translation>Ouvrir les incidents dans des &amp;fenêtres séparées</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>&amp;Actualiser la liste</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>&amp;File de relecture</translation>
    </message>
    <message>
        <source>&amp;Returned to me</source>
        <translation>&amp;Renvoyés vers moi</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>&amp;Desks…</source>
        <translation>&amp;Postes…</translation>
    </message>
    <message>
        <source>D&amp;uplicates…</source>
        <translation>&amp;Doublons…</translation>
    </message>
    <message>
        <source>Compare with the &amp;possible duplicate</source>
        <translation>Co&amp;mparer avec le doublon possible</translation>
    </message>
    <message>
        <source>The incident open has no possible duplicate to compare with.</source>
        <translation>L'incident ouvert n'a pas de doublon possible à comparer.</translation>
    </message>
    <message>
        <source>Incident &amp;history</source>
        <translation>&amp;Historique de l'incident</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Sahel Desk</source>
        <translation>À &amp;propos de Sahel Desk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Copy of {title}</source>
        <translation>Copie de {title}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>{title} has unsaved changes. Keep them as a draft you can restore later?</source>
        <translation>{title} a des modifications non enregistrées. Les garder comme brouillon à restaurer plus tard ?</translation>
    </message>
    <message>
        <source>• {title} (saved {when})</source>
        <translation>• {title} (gardé le {when})</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Sahel Desk was closed with %n unsaved form(s):</source>
        <translation>
            <numerusform>Sahel Desk a été fermé avec %n fiche non enregistrée :</numerusform>
            <numerusform>Sahel Desk a été fermé avec %n fiches non enregistrées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore them now? (No keeps them for later.)</source>
        <translation>Les restaurer maintenant ? (Non les garde pour plus tard.)</translation>
    </message>
    <message>
        <source>Saved {id} at {time}</source>
        <translation>{id} enregistré à {time}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rôle : {role}</translation>
    </message>
    <message>
        <source>Now working as {user} ({role})</source>
        <translation>Vous travaillez maintenant en tant que {user} ({role})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sahel Desk is still working (an export, an import or a save). Choose the language again when it has finished.</source>
        <translation>Sahel Desk est encore occupé (export, import ou enregistrement). Choisissez de nouveau la langue quand ce sera terminé.</translation>
    </message>
    <message>
        <source>An unsaved form could not be written to its draft on the disk, so the window was not made again in the new language. Save your work, then choose the language again.</source>
        <translation>Une fiche non enregistrée n'a pas pu être écrite dans son brouillon sur le disque : la fenêtre n'a donc pas été recréée dans la nouvelle langue. Enregistrez votre travail, puis choisissez de nouveau la langue.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;GeoNames places…</source>
        <translation>Importer des lieux &amp;GeoNames…</translation>
    </message>
    <message>
        <source>Import an &amp;ACLED file…</source>
        <translation>Importer un fichier &amp;ACLED…</translation>
    </message>
    <message>
        <source>Code a &amp;first incident</source>
        <translation>Coder un &amp;premier incident</translation>
    </message>
    <message>
        <source>About Sahel Desk</source>
        <translation>À propos de Sahel Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sahel Desk {version}&lt;/b&gt;&lt;p&gt;Coding conflict events on Mali and the Sahel.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sahel Desk {version}&lt;/b&gt;&lt;p&gt;Codage des événements de conflit au Mali et au Sahel.&lt;/p&gt;&lt;p&gt;Dossier des données : {folder}&lt;/p&gt;</translation>
    </message>
</context>
</TS>