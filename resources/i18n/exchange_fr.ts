<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConflictItems</name>
    <message>
        <source>kept (edited on this desk)</source>
        <extracomment>fields whose value is a reference a person cannot type exactly, so only &quot;keep&quot; and &quot;take&quot; are offered</extracomment>
        <translation>gardée (modifiée sur ce poste)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>{user} is a {role}: only reviewers and administrators may resolve conflicts. Ask one, or switch user (File &gt; Switch user).</source>
        <translation>{user} a le rôle « {role} » : seuls les relecteurs et les administrateurs peuvent régler les conflits. Demandez à l&apos;un d&apos;eux, ou changez d&apos;utilisateur (Fichier &gt; Changer d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Whole record (kept here, deleted there)</source>
        <translation>Fiche entière (gardée ici, supprimée là-bas)</translation>
    </message>
    <message>
        <source>{label} (pending revision)</source>
        <translation>{label} (révision en attente)</translation>
    </message>
    <message>
        <source>{user}, via {desk}</source>
        <translation>{user}, via {desk}</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>removed here</source>
        <translation>retirée ici</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Other desk</source>
        <translation>Autre poste</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>not coded</source>
        <translation>non codé</translation>
    </message>
    <message>
        <source>Keep this desk&apos;s  ({keys})</source>
        <translation>Garder la valeur de ce poste  ({keys})</translation>
    </message>
    <message>
        <source>Take theirs  ({keys})</source>
        <translation>Prendre la leur  ({keys})</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Type another value (a number, a name, yes or no; separate several with ;). Empty means not coded.</source>
        <translation>Saisissez une autre valeur (un nombre, un nom, oui ou non ; séparez-en plusieurs par ;). Vide signifie non codé.</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Utiliser cette valeur</translation>
    </message>
    <message>
        <source>Why (optional): kept in the incident&apos;s history, e.g. &quot;army communiqué of 9 May&quot;</source>
        <translation>Motif (facultatif) : gardé dans l&apos;historique de l&apos;incident, p. ex. « communiqué de l&apos;armée du 9 mai »</translation>
    </message>
    <message>
        <source>Another value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The other desk</source>
        <translation>L&apos;autre poste</translation>
    </message>
    <message>
        <source>&lt;b&gt;{incident}&lt;/b&gt; · {field}</source>
        <translation>&lt;b&gt;{incident}&lt;/b&gt; · {field}</translation>
    </message>
    <message>
        <source>Both desks changed this since they last exchanged. {sender} changed it on {when}; the difference was found here on {found}.</source>
        <translation>Les deux postes ont modifié ceci depuis leur dernier échange. {sender} l&apos;a modifié le {when} ; l&apos;écart a été constaté ici le {found}.</translation>
    </message>
    <message>
        <source>Both desks changed this since they last exchanged. {sender} changed it; the difference was found here on {found}.</source>
        <translation>Les deux postes ont modifié ceci depuis leur dernier échange. {sender} l&apos;a modifié ; l&apos;écart a été constaté ici le {found}.</translation>
    </message>
    <message>
        <source>The other desk: {sender}</source>
        <translation>L&apos;autre poste : {sender}</translation>
    </message>
    <message>
        <source>Before both edits: {value}</source>
        <translation>Avant les deux modifications : {value}</translation>
    </message>
    <message>
        <source>Before both edits: not known</source>
        <translation>Avant les deux modifications : inconnue</translation>
    </message>
    <message>
        <source>This one is settled by keeping one side: another value cannot be typed here.</source>
        <translation>Celui-ci se règle en gardant l&apos;une des deux valeurs : on ne peut pas en saisir une autre ici.</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <source>No conflicts to resolve</source>
        <extracomment>the count&apos;s text when nothing waits (the empty page says it as a sentence)</extracomment>
        <translation>Aucun conflit à régler</translation>
    </message>
    <message>
        <source>move in the list</source>
        <extracomment>the window&apos;s keys and what they do, in the legend under it</extracomment>
        <translation>se déplacer dans la liste</translation>
    </message>
    <message>
        <source>keep this desk&apos;s</source>
        <translation>garder la valeur de ce poste</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>prendre la leur</translation>
    </message>
    <message>
        <source>read the list again</source>
        <translation>relire la liste</translation>
    </message>
    <message>
        <source>Sahel Desk — Conflicts</source>
        <translation>Sahel Desk — Conflits</translation>
    </message>
    <message>
        <source>Reading the conflicts…</source>
        <translation>Lecture des conflits…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>Aucun conflit à régler.</translation>
    </message>
    <message>
        <source>Keep this desk&apos;s value</source>
        <translation>Garder la valeur de ce poste</translation>
    </message>
    <message>
        <source>Take the other desk&apos;s value</source>
        <translation>Prendre la valeur de l&apos;autre poste</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; open conflict(s), oldest first</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; conflit ouvert, les plus anciens d&apos;abord</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; conflits ouverts, les plus anciens d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be read.</source>
        <translation>Les conflits n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>{incident} · {field}: kept this desk&apos;s value ({value}).</source>
        <translation>{incident} · {field} : valeur de ce poste gardée ({value}).</translation>
    </message>
    <message>
        <source>{incident} · {field}: took {sender}&apos;s value ({value}).</source>
        <translation>{incident} · {field} : valeur de {sender} retenue ({value}).</translation>
    </message>
    <message>
        <source>{incident} · {field}: set another value ({value}).</source>
        <translation>{incident} · {field} : autre valeur saisie ({value}).</translation>
    </message>
</context>
<context>
    <name>DesksModel</name>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <source>seen, not trusted</source>
        <translation>vu, sans confiance</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>researcher&apos;s desk</source>
        <translation>poste de chercheur</translation>
    </message>
    <message>
        <source>reviewer&apos;s desk</source>
        <translation>poste de relecteur</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>DesksWindow</name>
    <message>
        <source>Desks</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Trust as a researcher&apos;s desk</source>
        <translation>Faire confiance comme poste de chercheur</translation>
    </message>
    <message>
        <source>Trust as a reviewer&apos;s desk</source>
        <translation>Faire confiance comme poste de relecteur</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>This desk&apos;s key: {key}</source>
        <translation>Clé de ce poste : {key}</translation>
    </message>
    <message>
        <source>No other desk met yet: a desk is listed once one of its bundles was checked here.</source>
        <translation>Aucun autre poste rencontré : un poste apparaît ici dès qu&apos;un de ses paquets y a été vérifié.</translation>
    </message>
    <message>
        <source>Only an administrator trusts or revokes keys.</source>
        <translation>Seul un administrateur accorde ou révoque la confiance dans une clé.</translation>
    </message>
    <message>
        <source>{name}: {trust}.</source>
        <translation>{name} : {trust}.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Nothing has been written yet: press Bring in to merge these changes.</source>
        <translation>Rien n&apos;a encore été écrit : appuyez sur Intégrer pour fusionner ces modifications.</translation>
    </message>
    <message>
        <source>This bundle is encrypted: type its password, then check it again.</source>
        <translation>Ce paquet est chiffré : saisissez son mot de passe, puis vérifiez-le de nouveau.</translation>
    </message>
    <message>
        <source>That password is wrong: type it again, then check again.</source>
        <translation>Ce mot de passe est faux : saisissez-le de nouveau, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>No conflicts: every change merged cleanly.</source>
        <translation>Aucun conflit : toutes les modifications ont été fusionnées sans heurt.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) for a reviewer: the %n field(s) changed differently on both desks keep this desk&apos;s value until someone decides.</source>
        <translation>
            <numerusform>%n conflit pour un relecteur : le champ modifié différemment sur les deux postes garde la valeur de ce poste jusqu&apos;à ce que quelqu&apos;un tranche.</numerusform>
            <numerusform>%n conflits pour un relecteur : les %n champs modifiés différemment sur les deux postes gardent la valeur de ce poste jusqu&apos;à ce que quelqu&apos;un tranche.</numerusform>
        </translation>
    </message>
    <message>
        <source>From {sender}, trusted as a reviewer&apos;s desk:</source>
        <translation>De {sender}, poste de relecteur de confiance :</translation>
    </message>
    <message>
        <source>From {sender}, trusted as a researcher&apos;s desk:</source>
        <translation>De {sender}, poste de chercheur de confiance :</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) would be added, {updated} updated, {deleted} deleted, {unchanged} already up to date</source>
        <translation>
            <numerusform>%n incident serait ajouté ; mis à jour : {updated}, supprimés : {deleted}, déjà à jour : {unchanged}</numerusform>
            <numerusform>%n incidents seraient ajoutés ; mis à jour : {updated}, supprimés : {deleted}, déjà à jour : {unchanged}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) was/were added, {updated} updated, {deleted} deleted, {unchanged} already up to date</source>
        <translation>
            <numerusform>%n incident ajouté ; mis à jour : {updated}, supprimés : {deleted}, déjà à jour : {unchanged}</numerusform>
            <numerusform>%n incidents ajoutés ; mis à jour : {updated}, supprimés : {deleted}, déjà à jour : {unchanged}</numerusform>
        </translation>
    </message>
    <message>
        <source>{conflicts}, {comments}, {entries}</source>
        <translation>{conflicts}, {comments}, {entries}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) for a reviewer</source>
        <translation>
            <numerusform>%n conflit pour un relecteur</numerusform>
            <numerusform>%n conflits pour un relecteur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the history</source>
        <translation>
            <numerusform>%n modification dans l&apos;historique</numerusform>
            <numerusform>%n modifications dans l&apos;historique</numerusform>
        </translation>
    </message>
    <message>
        <source>New actors: {actors}, new places: {places}</source>
        <translation>Nouveaux acteurs : {actors}, nouveaux lieux : {places}</translation>
    </message>
    <message>
        <source>Conflict: {incident}, {field}</source>
        <translation>Conflit : {incident}, {field}</translation>
    </message>
    <message>
        <source>Renumbered: {old} is {new} here</source>
        <translation>Renuméroté : {old} devient {new} ici</translation>
    </message>
    <message>
        <source>Left alone: {why}</source>
        <translation>Laissé tel quel : {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) will wait for a reviewer here:</source>
        <translation>
            <numerusform>%n élément attendra un relecteur ici :</numerusform>
            <numerusform>%n éléments attendront un relecteur ici :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) is/are waiting for a reviewer here:</source>
        <translation>
            <numerusform>%n élément attend un relecteur ici :</numerusform>
            <numerusform>%n éléments attendent un relecteur ici :</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive changes</source>
        <translation>Recevoir des modifications</translation>
    </message>
    <message>
        <source>A bundle from another desk ({suffix})</source>
        <translation>Un paquet d&apos;un autre poste ({suffix})</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Only if the bundle is encrypted</source>
        <translation>Seulement si le paquet est chiffré</translation>
    </message>
    <message>
        <source>Check the bundle first: it says what would come in and writes nothing.</source>
        <translation>Vérifiez d&apos;abord le paquet : la vérification dit ce qui entrerait et n&apos;écrit rien.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Trust as a researcher&apos;s desk</source>
        <translation>Faire confiance comme poste de chercheur</translation>
    </message>
    <message>
        <source>Trust as a reviewer&apos;s desk</source>
        <translation>Faire confiance comme poste de relecteur</translation>
    </message>
    <message>
        <source>Its new records and edits come in; edits of approved records wait as pending revisions, and its review decisions do not count.</source>
        <translation>Ses nouvelles fiches et ses modifications entrent ; celles des fiches approuvées attendent en révisions, et ses décisions de relecture ne comptent pas.</translation>
    </message>
    <message>
        <source>Everything it sends counts, review decisions too.</source>
        <translation>Tout ce qu&apos;il envoie compte, décisions de relecture comprises.</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>what to ask when the last run was refused for the bundle&apos;s password</extracomment>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Bring in</source>
        <translation>Intégrer</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Régler les conflits…</translation>
    </message>
    <message>
        <source>Bundle from another desk</source>
        <translation>Paquet d&apos;un autre poste</translation>
    </message>
    <message>
        <source>Sahel Desk bundles (*{suffix});;All files (*)</source>
        <translation>Paquets Sahel Desk (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a bundle first.</source>
        <translation>Choisissez d&apos;abord un paquet.</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>Vérification du paquet</translation>
    </message>
    <message>
        <source>Bringing in the changes</source>
        <translation>Intégration des modifications</translation>
    </message>
    <message>
        <source>Trusting the desk&apos;s key</source>
        <translation>Confiance accordée à la clé du poste</translation>
    </message>
    <message>
        <source>{name} is trusted as a reviewer&apos;s desk.</source>
        <translation>{name} est désormais un poste de relecteur de confiance.</translation>
    </message>
    <message>
        <source>{name} is trusted as a researcher&apos;s desk.</source>
        <translation>{name} est désormais un poste de chercheur de confiance.</translation>
    </message>
    <message>
        <source>Checked: nothing was written.</source>
        <translation>Vérifié : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Done: the changes from {sender} are in this desk. {conflicts}</source>
        <translation>Terminé : les modifications de {sender} sont sur ce poste. {conflicts}</translation>
    </message>
    <message>
        <source>The key of desk {desk} (user {user}) was revoked here: its bundles are refused.</source>
        <translation>La clé du poste {desk} (utilisateur {user}) a été révoquée ici : ses paquets sont refusés.</translation>
    </message>
    <message>
        <source>Desk {desk}, user {user}, signs with the key
{key}
which this desk does not trust yet. Compare it with the one that desk shows (desks list) before trusting it.</source>
        <translation>Le poste {desk}, utilisateur {user}, signe avec la clé
{key}
à laquelle ce poste ne fait pas encore confiance. Comparez-la avec celle qu&apos;affiche ce poste (liste des postes) avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Desk {desk}, user {user}, signs with the key
{key}
which this desk does not trust yet; only an administrator may trust it.</source>
        <translation>Le poste {desk}, utilisateur {user}, signe avec la clé
{key}
à laquelle ce poste ne fait pas encore confiance ; seul un administrateur peut lui accorder sa confiance.</translation>
    </message>
    <message>
        <source>Nothing was brought in.</source>
        <translation>Rien n&apos;a été intégré.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>{incidents}, {entries} and {comments}</source>
        <translation>{incidents}, {entries} et {comments}</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the history</source>
        <translation>
            <numerusform>%n modification dans l&apos;historique</numerusform>
            <numerusform>%n modifications dans l&apos;historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted with the password</source>
        <translation>chiffré avec le mot de passe</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>Wrote {path} for {peer}: {what} (the changes since the last bundle for {peer}; {size}, {lock}).</source>
        <translation>{path} écrit pour {peer} : {what} (les modifications depuis le dernier paquet pour {peer} ; {size}, {lock}).</translation>
    </message>
    <message>
        <source>Wrote {path} for {peer}: {what} (everything this desk holds; {size}, {lock}).</source>
        <translation>{path} écrit pour {peer} : {what} (tout ce que contient ce poste ; {size}, {lock}).</translation>
    </message>
    <message>
        <source>Nothing had changed since the last bundle, so it holds no incidents.</source>
        <translation>Rien n&apos;avait changé depuis le dernier paquet : il ne contient donc aucun incident.</translation>
    </message>
    <message>
        <source>Send changes</source>
        <translation>Envoyer des modifications</translation>
    </message>
    <message>
        <source>Who it is for: a colleague, a desk, anyone</source>
        <translation>Destinataire : un collègue, un poste, n&apos;importe qui</translation>
    </message>
    <message>
        <source>Only changes since the last bundle for this peer</source>
        <translation>Seulement les modifications depuis le dernier paquet pour ce destinataire</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Optional: encrypts the bundle</source>
        <translation>Facultatif : chiffre le paquet</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Le même mot de passe, de nouveau</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Leave the password empty to send the bundle unencrypted. The bundle is signed either way, so a changed or cut file is refused.</source>
        <translation>Laissez le mot de passe vide pour envoyer le paquet sans chiffrement. Le paquet est signé dans tous les cas : un fichier modifié ou tronqué est refusé.</translation>
    </message>
    <message>
        <source>A new peer: the first bundle holds everything.</source>
        <translation>Nouveau destinataire : le premier paquet contient tout.</translation>
    </message>
    <message>
        <source>For anyone: the changes since the last bundle for anyone.</source>
        <translation>Pour n&apos;importe qui : les modifications depuis le dernier paquet pour n&apos;importe qui.</translation>
    </message>
    <message>
        <source>{name}: last sent {sent}; last received {received}.</source>
        <translation>{name} : dernier envoi le {sent} ; dernière réception le {received}.</translation>
    </message>
    <message>
        <source>{name}: last sent {sent}; nothing received from it.</source>
        <translation>{name} : dernier envoi le {sent} ; rien reçu de sa part.</translation>
    </message>
    <message>
        <source>{name}: nothing sent yet; last received {received}.</source>
        <translation>{name} : rien envoyé pour l&apos;instant ; dernière réception le {received}.</translation>
    </message>
    <message>
        <source>{name}: nothing sent yet; nothing received from it.</source>
        <translation>{name} : rien envoyé pour l&apos;instant ; rien reçu de sa part.</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Enregistrer le paquet sous</translation>
    </message>
    <message>
        <source>Sahel Desk bundles (*{suffix})</source>
        <translation>Paquets Sahel Desk (*{suffix})</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent : saisissez deux fois le même.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Choisissez où enregistrer le paquet.</translation>
    </message>
    <message>
        <source>{name} already exists: press Send again to replace it.</source>
        <translation>{name} existe déjà : appuyez de nouveau sur Envoyer pour le remplacer.</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Écriture du paquet</translation>
    </message>
    <message>
        <source>{why} No bundle was written.</source>
        <translation>{why} Aucun paquet n&apos;a été écrit.</translation>
    </message>
</context>
</TS>
