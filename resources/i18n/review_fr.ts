<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommentModel</name>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>resolved by {user}</source>
        <translation>clos par {user}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Fiche entière</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>All comments</source>
        <translation>Tous les commentaires</translation>
    </message>
    <message>
        <source>Show the comments on every field, not only the chosen one</source>
        <translation>Afficher les commentaires de tous les champs, pas seulement du champ choisi</translation>
    </message>
    <message>
        <source>Resolve thread</source>
        <translation>Clore le fil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt; — choose an item in the queue, then a field, to read and write comments on it.</source>
        <translation>&lt;b&gt;Commentaires&lt;/b&gt; — choisissez une fiche dans la file, puis un champ, pour lire et écrire des commentaires.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments on {field}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Commentaires sur {field}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments on the whole record&lt;/b&gt;</source>
        <translation>&lt;b&gt;Commentaires sur toute la fiche&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose an item to comment on it</source>
        <translation>Choisissez une fiche pour la commenter</translation>
    </message>
    <message>
        <source>Reply to {user} on {field}: type and press Enter</source>
        <translation>Répondre à {user} sur {field} : écrivez puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Reply to {user} on the whole record: type and press Enter</source>
        <translation>Répondre à {user} sur toute la fiche : écrivez puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Comment on {field}: type and press Enter</source>
        <translation>Commenter {field} : écrivez puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Comment on the whole record: type and press Enter</source>
        <translation>Commenter toute la fiche : écrivez puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Reopen thread</source>
        <translation>Rouvrir le fil</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Why: needed to request changes or reject, optional to approve. Shown to the researcher and kept in the history.</source>
        <translation>Motif : obligatoire pour renvoyer ou rejeter, facultatif pour approuver. Montré au chercheur et gardé dans l'historique.</translation>
    </message>
    <message>
        <source>— why reject —</source>
        <translation>— motif du rejet —</translation>
    </message>
    <message>
        <source>Duplicate of (e.g. MLI-2017-0042)</source>
        <translation>Doublon de (p. ex. MLI-2017-0042)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Renvoyer pour modifications</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Reject as</source>
        <translation>Rejeter comme</translation>
    </message>
    <message>
        <source>Say what to change in the reason box first.</source>
        <translation>Indiquez d'abord dans le motif ce qu'il faut modifier.</translation>
    </message>
    <message>
        <source>Choose why the record is rejected first.</source>
        <translation>Choisissez d'abord pourquoi la fiche est rejetée.</translation>
    </message>
    <message>
        <source>Name the record this one duplicates first.</source>
        <translation>Indiquez d'abord la fiche dont celle-ci est le doublon.</translation>
    </message>
    <message>
        <source>Give a reason for rejecting in the reason box first.</source>
        <translation>Donnez d'abord un motif de rejet dans le champ prévu.</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message numerus="yes">
        <source>%n open thread(s)</source>
        <translation>
            <numerusform>%n fil ouvert</numerusform>
            <numerusform>%n fils ouverts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Autre incident</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>Sahel Desk — Possible duplicates</source>
        <extracomment>the columns that give up width for the reasons: places, types and states what the reasons keep in view at least, and the narrowest a narrowed column gets</extracomment>
        <translation>Sahel Desk — Doublons possibles</translation>
    </message>
    <message>
        <source>How likely a pair must be one event to be listed, from 0 to 1. At 0.20, one pair in five listed is one event coded twice.</source>
        <translation>Probabilité, de 0 à 1, qu'une paire soit un seul événement pour être listée. À 0,20, une paire listée sur cinq est un même événement codé deux fois.</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>Score &amp;minimum :</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>depuis toujours</translation>
    </message>
    <message>
        <source>Only pairs with an incident added or changed since this day (compared with the whole desk). Empty: every pair.</source>
        <translation>Seulement les paires dont un incident a été ajouté ou modifié depuis ce jour (comparé à toute la base). Vide : toutes les paires.</translation>
    </message>
    <message>
        <source>Changed &amp;since:</source>
        <translation>Modifiés &amp;depuis le :</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Open side by side</source>
        <translation>&amp;Ouvrir côte à côte</translation>
    </message>
    <message>
        <source>Both incidents field by field, to merge them or mark them as two events (Enter)</source>
        <translation>Les deux incidents champ par champ, pour les fusionner ou les marquer comme deux événements distincts (Entrée)</translation>
    </message>
    <message>
        <source>Press Find to look for incidents that may be one event coded twice.</source>
        <translation>Cliquez sur Rechercher pour trouver les incidents qui pourraient être un même événement codé deux fois.</translation>
    </message>
    <message>
        <source>“{text}” is not a day: correct it or empty the field.</source>
        <translation>« {text} » n'est pas une date : corrigez-la ou videz le champ.</translation>
    </message>
    <message>
        <source>Comparing the incidents of the desk; this can take a minute on a large desk.</source>
        <translation>Comparaison des incidents de la base ; cela peut prendre une minute sur une grande base.</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Recherche des doublons</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of incidents may be one event coded twice, at a score of at least {score}; the likeliest first.</source>
        <translation>
            <numerusform>%n paire d'incidents pourrait être un même événement codé deux fois, avec un score d'au moins {score} ; les plus probables en premier.</numerusform>
            <numerusform>%n paires d'incidents pourraient être un même événement codé deux fois, avec un score d'au moins {score} ; les plus probables en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pair found has been merged or dismissed: nothing left to look at.</source>
        <translation>Toutes les paires trouvées ont été fusionnées ou écartées : plus rien à examiner.</translation>
    </message>
    <message>
        <source>No possible duplicates at a score of at least {score}: nothing to look at.</source>
        <translation>Aucun doublon possible avec un score d'au moins {score} : rien à examiner.</translation>
    </message>
    <message>
        <source>Search cancelled; the list shows the last search that finished.</source>
        <translation>Recherche annulée ; la liste montre la dernière recherche terminée.</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Recherche annulée.</translation>
    </message>
    <message>
        <source>{first} and {second}: {reasons}</source>
        <translation>{first} et {second} : {reasons}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>researcher — codes incidents and submits them</source>
        <translation>chercheur — code les incidents et les soumet</translation>
    </message>
    <message>
        <source>reviewer — also approves, sends back and rejects</source>
        <translation>relecteur — approuve aussi, renvoie et rejette</translation>
    </message>
    <message>
        <source>administrator — also adds people and changes roles</source>
        <translation>administrateur — ajoute aussi des personnes et change les rôles</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Qui travaille ?</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d'utilisateur</translation>
    </message>
    <message>
        <source>This desk does not know {user} yet. Choose your profile, or add one. Your name goes with every change you make; your role decides which review steps you may take.</source>
        <translation>Ce poste ne connaît pas encore {user}. Choisissez votre profil ou ajoutez-en un. Votre nom accompagne chaque modification que vous faites ; votre rôle décide des étapes de relecture qui vous sont ouvertes.</translation>
    </message>
    <message>
        <source>Choose your profile, or add one. Your name goes with every change you make; your role decides which review steps you may take.</source>
        <translation>Choisissez votre profil ou ajoutez-en un. Votre nom accompagne chaque modification que vous faites ; votre rôle décide des étapes de relecture qui vous sont ouvertes.</translation>
    </message>
    <message>
        <source>e.g. amina</source>
        <translation>p. ex. amina</translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation>&amp;Ajouter le profil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Work as selected</source>
        <translation>&amp;Travailler sous ce profil</translation>
    </message>
    <message>
        <source>&amp;Add profile and work as it</source>
        <translation>&amp;Ajouter le profil et l'utiliser</translation>
    </message>
    <message>
        <source>There is no profile yet: the first one may be added by anyone. Make it an administrator, who then adds the others.</source>
        <translation>Aucun profil pour l'instant : le premier peut être ajouté par n'importe qui. Faites-en un administrateur, qui ajoutera ensuite les autres.</translation>
    </message>
    <message>
        <source>Type the new person's name first.</source>
        <translation>Saisissez d'abord le nom de la nouvelle personne.</translation>
    </message>
    <message>
        <source>Added {name} as {role}.</source>
        <translation>{name} ajouté comme {role}.</translation>
    </message>
    <message>
        <source>Choose a profile in the list, or add one.</source>
        <translation>Choisissez un profil dans la liste, ou ajoutez-en un.</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; submitted</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; soumis</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; soumis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; in review</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; en relecture</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; en relecture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; revision(s) submitted</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; révision soumise</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; révisions soumises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; revision(s) in review</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; révision en relecture</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; révisions en relecture</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d'événement</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>Acteur 1</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Soumis par</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Submitted and in review</source>
        <translation>Soumis et en relecture</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>New records and revisions</source>
        <translation>Nouvelles fiches et révisions</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Nouvelles fiches</translation>
    </message>
    <message>
        <source>Revisions of approved records</source>
        <translation>Révisions de fiches approuvées</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Tous les types d'événement</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Search notes, sources, claims, actors</source>
        <translation>Chercher dans les notes, sources, revendications, acteurs</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Returned to {user}: %n record(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Renvoyées à {user} : %n fiche&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Renvoyées à {user} : %n fiches&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Review queue: %n waiting&lt;/b&gt;, oldest first</source>
        <translation>
            <numerusform>&lt;b&gt;File de relecture : %n en attente&lt;/b&gt;, les plus anciennes d'abord</numerusform>
            <numerusform>&lt;b&gt;File de relecture : %n en attente&lt;/b&gt;, les plus anciennes d'abord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFields</name>
    <message>
        <source>Source {number} ({name}): {what}</source>
        <translation>Source {number} ({name}) : {what}</translation>
    </message>
    <message>
        <source>Source {number}: {what}</source>
        <translation>Source {number} : {what}</translation>
    </message>
    <message>
        <source>Source ({name}): {what}</source>
        <translation>Source ({name}) : {what}</translation>
    </message>
    <message>
        <source>Source: {what}</source>
        <translation>Source : {what}</translation>
    </message>
    <message>
        <source>Source {number} ({name})</source>
        <translation>Source {number} ({name})</translation>
    </message>
    <message>
        <source>Source {number}</source>
        <translation>Source {number}</translation>
    </message>
    <message>
        <source>Source ({name})</source>
        <translation>Source ({name})</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Claim {number} ({name}): {what}</source>
        <translation>Revendication {number} ({name}) : {what}</translation>
    </message>
    <message>
        <source>Claim {number}: {what}</source>
        <translation>Revendication {number} : {what}</translation>
    </message>
    <message>
        <source>Claim ({name}): {what}</source>
        <translation>Revendication ({name}) : {what}</translation>
    </message>
    <message>
        <source>Claim: {what}</source>
        <translation>Revendication : {what}</translation>
    </message>
    <message>
        <source>Claim {number} ({name})</source>
        <translation>Revendication {number} ({name})</translation>
    </message>
    <message>
        <source>Claim {number}</source>
        <translation>Revendication {number}</translation>
    </message>
    <message>
        <source>Claim ({name})</source>
        <translation>Revendication ({name})</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Source {number} added</source>
        <translation>Source {number} ajoutée</translation>
    </message>
    <message>
        <source>Source added</source>
        <translation>Source ajoutée</translation>
    </message>
    <message>
        <source>Claim {number} added</source>
        <translation>Revendication {number} ajoutée</translation>
    </message>
    <message>
        <source>Claim added</source>
        <translation>Revendication ajoutée</translation>
    </message>
    <message>
        <source>Source {number} removed</source>
        <translation>Source {number} retirée</translation>
    </message>
    <message>
        <source>Source removed</source>
        <translation>Source retirée</translation>
    </message>
    <message>
        <source>Claim {number} removed</source>
        <translation>Revendication {number} retirée</translation>
    </message>
    <message>
        <source>Claim removed</source>
        <translation>Revendication retirée</translation>
    </message>
    <message>
        <source>Order of the sources</source>
        <translation>Ordre des sources</translation>
    </message>
    <message>
        <source>Order of the claims</source>
        <translation>Ordre des revendications</translation>
    </message>
    <message>
        <source>Revision started</source>
        <extracomment>the numbers a source or a claim reports, as services.readable words them fields whose values are the codebook's English words</extracomment>
        <translation>Révision commencée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Revision status</source>
        <translation>Statut de la révision</translation>
    </message>
    <message>
        <source>Comment resolved on {field}</source>
        <translation>Commentaire clos sur {field}</translation>
    </message>
    <message>
        <source>Comment resolved</source>
        <translation>Commentaire clos</translation>
    </message>
    <message>
        <source>Reply on {field}</source>
        <translation>Réponse sur {field}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Comment on {field}</source>
        <translation>Commentaire sur {field}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>{code}: {label}</source>
        <translation>{code} : {label}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n killed</source>
        <translation>
            <numerusform>%n tué</numerusform>
            <numerusform>%n tués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injured</source>
        <translation>
            <numerusform>%n blessé</numerusform>
            <numerusform>%n blessés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kidnapped</source>
        <translation>
            <numerusform>%n enlevé</numerusform>
            <numerusform>%n enlevés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrested</source>
        <translation>
            <numerusform>%n arrêté</numerusform>
            <numerusform>%n arrêtés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wounded</source>
        <translation>
            <numerusform>%n blessé</numerusform>
            <numerusform>%n blessés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) seized</source>
        <translation>
            <numerusform>%n véhicule saisi</numerusform>
            <numerusform>%n véhicules saisis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weapon(s) seized</source>
        <translation>
            <numerusform>%n arme saisie</numerusform>
            <numerusform>%n armes saisies</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, {when} ({counts})</source>
        <translation>{name}, {when} ({counts})</translation>
    </message>
    <message>
        <source>{name} ({counts})</source>
        <translation>{name} ({counts})</translation>
    </message>
    <message>
        <source>{name}, {when}</source>
        <translation>{name}, {when}</translation>
    </message>
    <message>
        <source>{claimant} via {channel}</source>
        <translation>{claimant} via {channel}</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>duplicate of {id}</source>
        <translation>doublon de {id}</translation>
    </message>
    <message>
        <source>{why}: {reason}</source>
        <translation>{why} : {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewItem</name>
    <message>
        <source>Now</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation>Version approuvée</translation>
    </message>
    <message>
        <source>Pending revision</source>
        <translation>Révision en attente</translation>
    </message>
    <message>
        <source>Last approved</source>
        <translation>Dernière approuvée</translation>
    </message>
    <message>
        <source>First submission</source>
        <translation>Première soumission</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>next / previous item</source>
        <extracomment>the keys of the review window and what they do, in the legend under it</extracomment>
        <translation>fiche suivante / précédente</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approuver</translation>
    </message>
    <message>
        <source>request changes</source>
        <translation>renvoyer pour modifications</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rejeter</translation>
    </message>
    <message>
        <source>comment on the selected field</source>
        <translation>commenter le champ choisi</translation>
    </message>
    <message>
        <source>comment on the record</source>
        <translation>commenter la fiche</translation>
    </message>
    <message>
        <source>post a comment</source>
        <translation>publier un commentaire</translation>
    </message>
    <message>
        <source>open in the form</source>
        <translation>ouvrir dans la fiche de saisie</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>actualiser</translation>
    </message>
    <message>
        <source>next pane</source>
        <translation>volet suivant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;Touches&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{keys} {action}</source>
        <translation>{keys} {action}</translation>
    </message>
    <message>
        <source>Open in form</source>
        <translation>Ouvrir dans la fiche</translation>
    </message>
    <message>
        <source>Edit this record in the incident form (Ctrl+O)</source>
        <translation>Modifier cette fiche dans le formulaire d'incident (Ctrl+O)</translation>
    </message>
    <message>
        <source>Only changed fields</source>
        <translation>Seulement les champs modifiés</translation>
    </message>
    <message>
        <source>Comment on the whole record</source>
        <translation>Commenter toute la fiche</translation>
    </message>
    <message>
        <source>Changes and comments</source>
        <translation>Modifications et commentaires</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to review&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rien à relire&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The queue is empty with these filters.</source>
        <translation>La file est vide avec ces filtres.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; — loading…</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; — chargement…</translation>
    </message>
    <message>
        <source>Changes requested by {user}, {when}: {reason}</source>
        <translation>Modifications demandées par {user}, {when} : {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; — revision of an approved record, state: {state}</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; — révision d'une fiche approuvée, statut : {state}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; — new record, state: {state}</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; — nouvelle fiche, statut : {state}</translation>
    </message>
    <message>
        <source>Coded by {user}.</source>
        <translation>Codée par {user}.</translation>
    </message>
    <message>
        <source>Submitted by {user}.</source>
        <translation>Soumise par {user}.</translation>
    </message>
    <message>
        <source>Last change by {user}, {when}.</source>
        <translation>Dernière modification par {user}, {when}.</translation>
    </message>
    <message>
        <source>Taken into review now.</source>
        <translation>Mise en relecture à l'instant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not open this item&lt;/b&gt;</source>
        <translation>&lt;b&gt;Impossible d'ouvrir cette fiche&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not done: {why} The item is shown again as it is now.</source>
        <translation>Non effectué : {why} La fiche est réaffichée telle qu'elle est maintenant.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Non effectué : {why}</translation>
    </message>
    <message>
        <source>{user} is a {role}: reviewers and administrators take these decisions. You can comment, and fix the record in the form (Ctrl+O).</source>
        <translation>{user} a le rôle « {role} » : ces décisions reviennent aux relecteurs et aux administrateurs. Vous pouvez commenter, et corriger la fiche dans le formulaire (Ctrl+O).</translation>
    </message>
    <message>
        <source>Sent back to the researcher: waiting for a new submission.</source>
        <translation>Renvoyée au chercheur : en attente d'une nouvelle soumission.</translation>
    </message>
</context>
<context>
    <name>ReviewWidgets</name>
    <message>
        <source>That stopped on an internal error; see the log file. Nothing was changed.</source>
        <translation>Arrêt sur une erreur interne ; voir le fichier journal. Rien n'a été modifié.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Sahel Desk — Review</source>
        <translation>Sahel Desk — Relecture</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Fiche suivante</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Fiche précédente</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Renvoyer pour modifications</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Comment on the selected field</source>
        <translation>Commenter le champ choisi</translation>
    </message>
    <message>
        <source>Comment on the record</source>
        <translation>Commenter la fiche</translation>
    </message>
    <message>
        <source>Open in the form</source>
        <translation>Ouvrir dans la fiche</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Sahel Desk — Review queue</source>
        <translation>Sahel Desk — File de relecture</translation>
    </message>
    <message>
        <source>Sahel Desk — Returned to me</source>
        <translation>Sahel Desk — Renvoyées vers moi</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>yes</source>
        <extracomment>how an English source marks its plural: "incident(s)", "box(es)", "was/were"</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Pending revision: the approved version stays in reports until this is approved.</source>
        <extracomment>above the fields of an approved incident with edits waiting (the form shows it too)</extracomment>
        <translation>Révision en attente : la version approuvée reste dans les rapports jusqu'à ce que celle-ci soit approuvée.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>{what} (pending revision)</source>
        <translation>{what} (révision en attente)</translation>
    </message>
    <message>
        <source>{what} (resolved)</source>
        <translation>{what} (clos)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Revert this field</source>
        <translation>Rétablir ce champ</translation>
    </message>
    <message>
        <source>Revert the whole record to here</source>
        <translation>Rétablir toute la fiche à ce point</translation>
    </message>
    <message>
        <source>Set {field} back to its value after this change ({user}, {when})?

The revert is saved as a new change and recorded in the history.</source>
        <translation>Remettre {field} à sa valeur après cette modification ({user}, {when}) ?

Le retour en arrière est enregistré comme une nouvelle modification et noté dans l'historique.</translation>
    </message>
    <message>
        <source>Set every field of the record back to how it was after this line ({user}, {when})? The review status stays as it is.

The revert is saved as a new change and recorded in the history.</source>
        <translation>Remettre tous les champs de la fiche tels qu'ils étaient après cette ligne ({user}, {when}) ? Le statut de relecture ne change pas.

Le retour en arrière est enregistré comme une nouvelle modification et noté dans l'historique.</translation>
    </message>
    <message>
        <source>Revert the whole record</source>
        <translation>Rétablir toute la fiche</translation>
    </message>
    <message>
        <source>Reverted: now revision {revision}.</source>
        <translation>Rétabli : c'est maintenant la révision {revision}.</translation>
    </message>
    <message>
        <source>Not reverted: {why}</source>
        <translation>Non rétabli : {why}</translation>
    </message>
    <message>
        <source>Set {field} back to its value after the selected change</source>
        <translation>Remettre {field} à sa valeur après la modification choisie</translation>
    </message>
    <message>
        <source>Select a change to a field</source>
        <translation>Choisissez une modification d'un champ</translation>
    </message>
    <message>
        <source>Set every field back to how it was after the selected line</source>
        <translation>Remettre tous les champs tels qu'ils étaient après la ligne choisie</translation>
    </message>
</context>
</TS>