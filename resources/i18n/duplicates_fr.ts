<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DuplicateReasons</name>
    <message>
        <source>injured {a} vs {b}</source>
        <extracomment>the counts&apos; reason names each count that both give: &quot;injured 3 vs 4&quot;</extracomment>
        <translation>blessés {a} contre {b}</translation>
    </message>
    <message>
        <source>kidnapped {a} vs {b}</source>
        <translation>enlevés {a} contre {b}</translation>
    </message>
    <message>
        <source>arrested {a} vs {b}</source>
        <translation>arrêtés {a} contre {b}</translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>what differs where the same words tell one report coded as several events</extracomment>
        <translation>jour</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>day and place</source>
        <translation>jour et lieu</translation>
    </message>
    <message>
        <source>day and type</source>
        <translation>jour et type</translation>
    </message>
    <message>
        <source>place and type</source>
        <translation>lieu et type</translation>
    </message>
    <message>
        <source>day, place and type</source>
        <translation>jour, lieu et type</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>a list&apos;s separator in the user&apos;s language (Arabic has its own comma)</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PairRows</name>
    <message>
        <source>kept from both records</source>
        <extracomment>a row&apos;s name (&quot;fatalities&quot;) on any of its cells which record&apos;s value the row takes: &quot;keep&quot;, &quot;other&quot; or &quot;both&quot; a right-to-left isolate: a cell&apos;s text in an Arabic window, whatever it starts with why a row keeps both records&apos; values</extracomment>
        <translation>gardé des deux fiches</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
</context>
<context>
    <name>PairRowsModel</name>
    <message>
        <source>Field</source>
        <extracomment>the merged record&apos;s value, and which side it comes from, by default a choice the user may turn (rows kept from both may not)</extracomment>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>Fiche gardée</translation>
    </message>
    <message>
        <source>Merged away</source>
        <translation>Fiche fusionnée</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>Fiche après fusion</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>retenue</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>non retenue</translation>
    </message>
    <message>
        <source>{value} ({taken})</source>
        <translation>{value} ({taken})</translation>
    </message>
</context>
<context>
    <name>PairValues</name>
    <message>
        <source>Date</source>
        <extracomment>the groups&apos; names, as the rows&apos; first column says them</extracomment>
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
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>what is kept from both records, after the choices</extracomment>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Associated actors</source>
        <translation>Acteurs associés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>day known</source>
        <extracomment>the precisions in a word (the codebook&apos;s own labels are sentences)</extracomment>
        <translation>jour connu</translation>
    </message>
    <message>
        <source>week known</source>
        <translation>semaine connue</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>mois connu</translation>
    </message>
    <message>
        <source>town</source>
        <translation>localité</translation>
    </message>
    <message>
        <source>near a town</source>
        <translation>près d&apos;une localité</translation>
    </message>
    <message>
        <source>region only</source>
        <translation>région seulement</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <extracomment>fields whose values are codebook words</extracomment>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>{date} ({precision})</source>
        <translation>{date} ({precision})</translation>
    </message>
    <message>
        <source>{place} ({precision})</source>
        <translation>{place} ({precision})</translation>
    </message>
    <message>
        <source>{place} at {latitude}, {longitude}</source>
        <translation>{place} à {latitude}, {longitude}</translation>
    </message>
    <message>
        <source>{event_type}: {sub_event_type}</source>
        <translation>{event_type} : {sub_event_type}</translation>
    </message>
    <message>
        <source>{best} (between {low} and {high})</source>
        <translation>{best} (entre {low} et {high})</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>une revendication</translation>
    </message>
    <message>
        <source>1: {actor1} · 2: {actor2}</source>
        <translation>1 : {actor1} · 2 : {actor2}</translation>
    </message>
</context>
<context>
    <name>PairWindow</name>
    <message>
        <source>take the kept record&apos;s value</source>
        <extracomment>the window&apos;s keys and what they do, in the legend under the table</extracomment>
        <translation>prendre la valeur de la fiche gardée</translation>
    </message>
    <message>
        <source>take the other&apos;s</source>
        <translation>celle de l&apos;autre</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>switch the value</source>
        <translation>changer de valeur</translation>
    </message>
    <message>
        <source>restore the defaults</source>
        <translation>rétablir les choix par défaut</translation>
    </message>
    <message>
        <source>Sahel Desk — Possibly the same event</source>
        <extracomment>the incidents (ids) with changes not saved in a form of the application</extracomment>
        <translation>Sahel Desk — Peut-être le même événement</translation>
    </message>
    <message>
        <source>Reading the two records…</source>
        <translation>Lecture des deux fiches…</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>Garder plutôt l&apos;autre fiche</translation>
    </message>
    <message>
        <source>&amp;Restore the defaults</source>
        <translation>&amp;Rétablir les choix par défaut</translation>
    </message>
    <message>
        <source>Why merge (optional, kept in the history)</source>
        <translation>Motif de la fusion (facultatif, gardé dans l&apos;historique)</translation>
    </message>
    <message>
        <source>&amp;Not the same event…</source>
        <translation>&amp;Pas le même événement…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>R&amp;eopen the merged-away record</source>
        <translation>R&amp;ouvrir la fiche fusionnée</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Take the kept record&apos;s value</source>
        <translation>Prendre la valeur de la fiche gardée</translation>
    </message>
    <message>
        <source>Take the other record&apos;s value</source>
        <translation>Prendre la valeur de l&apos;autre fiche</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Rétablir les choix par défaut</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{incident} is one incident, named twice: there is nothing to merge or to set apart. Open two incidents side by side.</source>
        <translation>{incident} est un seul incident, nommé deux fois : il n&apos;y a rien à fusionner ni à distinguer. Ouvrez deux incidents côte à côte.</translation>
    </message>
    <message>
        <source>{incident} is rejected: a rejected record is neither merged nor set apart. If it is this event after all, a reviewer reopens it first.</source>
        <translation>{incident} est rejeté : un incident rejeté n&apos;est ni fusionné ni distingué d&apos;un autre. S&apos;il s&apos;agit bien de cet événement, un relecteur doit d&apos;abord le rouvrir.</translation>
    </message>
    <message>
        <source>The two records could not be read.</source>
        <translation>Les deux fiches n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{first}&lt;/b&gt; and &lt;b&gt;{second}&lt;/b&gt;: possibly the same event</source>
        <translation>&lt;b&gt;{first}&lt;/b&gt; et &lt;b&gt;{second}&lt;/b&gt; : peut-être le même événement</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Pourquoi : {reasons}</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardée</translation>
    </message>
    <message>
        <source>Merged away, then rejected as its duplicate</source>
        <translation>Fusionnée, puis rejetée comme doublon</translation>
    </message>
    <message>
        <source>{incident} (kept)</source>
        <translation>{incident} (gardée)</translation>
    </message>
    <message>
        <source>{incident} (merged away)</source>
        <translation>{incident} (fusionnée)</translation>
    </message>
    <message>
        <source>&amp;Merge into {incident}</source>
        <translation>&amp;Fusionner dans {incident}</translation>
    </message>
    <message>
        <source>R&amp;eopen {incident}</source>
        <translation>R&amp;ouvrir {incident}</translation>
    </message>
    <message>
        <source>very likely one event</source>
        <translation>très probablement un seul événement</translation>
    </message>
    <message>
        <source>likely one event</source>
        <translation>probablement un seul événement</translation>
    </message>
    <message>
        <source>possibly one event</source>
        <translation>peut-être un seul événement</translation>
    </message>
    <message>
        <source>unlikely to be one event</source>
        <translation>peu probablement un seul événement</translation>
    </message>
    <message>
        <source>Score {score}: {how}</source>
        <translation>Score {score} : {how}</translation>
    </message>
    <message>
        <source>{incident} has changes not saved in its form; the merge would leave them out. Save them (or undo them) in the form, then merge.</source>
        <translation>{incident} a des modifications non enregistrées dans son formulaire ; la fusion les laisserait de côté. Enregistrez-les (ou annulez-les) dans le formulaire, puis fusionnez.</translation>
    </message>
    <message>
        <source>Show {incident}</source>
        <translation>Afficher {incident}</translation>
    </message>
    <message>
        <source>Merged: {kept} was kept with the values chosen and every source and claim of both; {other} is now rejected as its duplicate. Reopening {other} brings it back.</source>
        <translation>Fusion faite : {kept} est gardée avec les valeurs choisies et toutes les sources et revendications des deux ; {other} est désormais rejetée comme son doublon. Rouvrir {other} la fait revenir.</translation>
    </message>
    <message>
        <source>Open {kept}</source>
        <translation>Ouvrir {kept}</translation>
    </message>
    <message>
        <source>Open {other}</source>
        <translation>Ouvrir {other}</translation>
    </message>
    <message>
        <source>Not the same event</source>
        <translation>Pas le même événement</translation>
    </message>
    <message>
        <source>{first} and {second} will not be proposed as duplicates again. Why are they two events? (optional)</source>
        <translation>{first} et {second} ne seront plus proposées comme doublons. Pourquoi s&apos;agit-il de deux événements ? (facultatif)</translation>
    </message>
    <message>
        <source>e.g. two ambushes on the same road</source>
        <translation>p. ex. deux embuscades sur la même route</translation>
    </message>
    <message>
        <source>{first} and {second} are marked as not the same event: the pair will not be proposed again.</source>
        <translation>{first} et {second} sont marquées comme deux événements distincts : la paire ne sera plus proposée.</translation>
    </message>
    <message>
        <source>Reopen {incident}</source>
        <translation>Rouvrir {incident}</translation>
    </message>
    <message>
        <source>{incident} comes back as a draft and may be proposed as a duplicate again; {kept} keeps the merged values. Why reopen it?</source>
        <translation>{incident} revient en brouillon et pourra de nouveau être proposée comme doublon ; {kept} garde les valeurs fusionnées. Pourquoi la rouvrir ?</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>e.g. not the same attack after all</source>
        <translation>p. ex. pas la même attaque finalement</translation>
    </message>
    <message>
        <source>{incident} is a draft again.</source>
        <translation>{incident} est de nouveau un brouillon.</translation>
    </message>
    <message>
        <source>Open {incident}</source>
        <translation>Ouvrir {incident}</translation>
    </message>
</context>
<context>
    <name>SideCard</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open {incident} in the form</source>
        <translation>Ouvrir {incident} dans le formulaire</translation>
    </message>
    <message>
        <source>{state}: duplicate of {incident}</source>
        <translation>{state} : doublon de {incident}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{incident}&lt;/b&gt; · {state}</source>
        <translation>&lt;b&gt;{incident}&lt;/b&gt; · {state}</translation>
    </message>
    <message>
        <source>{date} · {place}</source>
        <translation>{date} · {place}</translation>
    </message>
    <message>
        <source>ACLED event {id}</source>
        <translation>Événement ACLED {id}</translation>
    </message>
</context>
</TS>
