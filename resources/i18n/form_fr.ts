<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionBar</name>
    <message>
        <source>Revert to saved</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Throw away the changes since the last save</source>
        <translation>Abandonner les modifications faites depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save with the status chosen under Notes and status (a draft may be incomplete)</source>
        <translation>Enregistrer avec le statut choisi sous « Notes et statut » (un brouillon peut être incomplet)</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre pour relecture</translation>
    </message>
    <message>
        <source>Save as submitted: the record must be complete</source>
        <translation>Enregistrer comme soumis pour relecture : la fiche doit être complète</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Vider le formulaire</translation>
    </message>
    <message>
        <source>Submitted for review. Change something to submit again.</source>
        <translation>Soumis pour relecture. Modifiez la fiche pour la soumettre à nouveau.</translation>
    </message>
    <message>
        <source>To submit, 1 more field must be filled in or fixed.</source>
        <translation>Pour soumettre, encore 1 champ à remplir ou à corriger.</translation>
    </message>
    <message numerus="yes">
        <source>To submit, %n more fields must be filled in or fixed.</source>
        <translation>
            <numerusform>Pour soumettre, encore %n champ à remplir ou à corriger.</numerusform>
            <numerusform>Pour soumettre, encore %n champs à remplir ou à corriger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>{value} (not in the codebook)</source>
        <translation>{value} (absent du guide de codage)</translation>
    </message>
</context>
<context>
    <name>ClaimsGroup</name>
    <message>
        <source>Claims of responsibility</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>Add c&amp;laim</source>
        <translation>A&amp;jouter une revendication</translation>
    </message>
    <message>
        <source>Add a claim of responsibility (one tab per claim)</source>
        <translation>Ajouter une revendication (un onglet par revendication)</translation>
    </message>
    <message>
        <source>No claim of responsibility recorded.</source>
        <translation>Aucune revendication enregistrée.</translation>
    </message>
    <message>
        <source>Claim {number}</source>
        <translation>Revendication {number}</translation>
    </message>
</context>
<context>
    <name>DerivedLabel</name>
    <message>
        <source>Derived by the codebook from other fields</source>
        <translation>Déduit des autres champs selon le guide de codage</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Compare side by side</source>
        <extracomment>after the last change, before checking (a date is typed a digit at a time) reasons the hint names; the tooltip has them all</extracomment>
        <translation>Comparer côte à côte</translation>
    </message>
    <message>
        <source>Both records field by field, to merge them or mark them as two events; a record not saved yet is saved first</source>
        <translation>Les deux fiches champ par champ, pour les fusionner ou les marquer comme deux événements distincts ; une fiche pas encore enregistrée l'est d'abord</translation>
    </message>
    <message>
        <source>Hide this hint in this form (the pair is not marked as two events)</source>
        <translation>Masquer cette indication dans ce formulaire (la paire n'est pas marquée comme deux événements distincts)</translation>
    </message>
    <message>
        <source>Hide this hint</source>
        <translation>Masquer cette indication</translation>
    </message>
    <message numerus="yes">
        <source>Possibly the same event as {id} ({reasons}); %n other incident(s) may be too</source>
        <translation>
            <numerusform>Peut-être le même événement que {id} ({reasons}) ; %n autre incident pourrait l'être aussi</numerusform>
            <numerusform>Peut-être le même événement que {id} ({reasons}) ; %n autres incidents pourraient l'être aussi</numerusform>
        </translation>
    </message>
    <message>
        <source>Possibly the same event as {id} ({reasons})</source>
        <translation>Peut-être le même événement que {id} ({reasons})</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>New incident</source>
        <extracomment>Stored values the form shows nowhere but must keep (an imported event's ACLED ids). The title of a record not saved yet; shown translated (context ``IncidentForm``).</extracomment>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Incident</source>
        <extracomment>Stored states past submission: a record in one of them, unchanged, has nothing to submit. Fields of the GTD detail, which is folded away until one of them is needed. ``openRequested(incident_id)``: another record named here (the one a rejected record duplicates) is asked for</extracomment>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histori&amp;que</translation>
    </message>
    <message>
        <source>Copy of {title}</source>
        <translation>Copie de {title}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not open the incident: {reason}</source>
        <translation>Impossible d'ouvrir l'incident : {reason}</translation>
    </message>
    <message>
        <source>Could not open the incident because of an unexpected error inside Sahel Desk (the details are in the log).</source>
        <translation>Impossible d'ouvrir l'incident à cause d'une erreur inattendue de Sahel Desk (les détails sont dans le journal).</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Rejected as a duplicate of {other} by {user} on {date}: the event is recorded there.</source>
        <translation>Rejeté comme doublon de {other} par {user} le {date} : l’événement est enregistré là-bas.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Rejected ({why}) by {user} on {date}: {reason}</source>
        <translation>Rejeté ({why}) par {user} le {date} : {reason}</translation>
    </message>
    <message>
        <source>Open {other}</source>
        <translation>Ouvrir {other}</translation>
    </message>
    <message>
        <source>Save or revert the changes in the form first</source>
        <translation>Enregistrez ou annulez d'abord les modifications du formulaire</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not submitted: 1 thing must be filled in or fixed first (marked in the form). You can still save it as a draft.</source>
        <translation>Non soumis : un élément doit d'abord être rempli ou corrigé (signalé dans le formulaire). Vous pouvez toujours l'enregistrer comme brouillon.</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n things must be filled in or fixed first (marked in the form). You can still save it as a draft.</source>
        <translation>
            <numerusform>Non soumis : %n élément doit d'abord être rempli ou corrigé (signalé dans le formulaire). Vous pouvez toujours l'enregistrer comme brouillon.</numerusform>
            <numerusform>Non soumis : %n éléments doivent d'abord être remplis ou corrigés (signalés dans le formulaire). Vous pouvez toujours l'enregistrer comme brouillon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge my changes</source>
        <translation>Fusionner mes modifications</translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation>Enregistrer ma version par-dessus</translation>
    </message>
    <message>
        <source>Show the stored version</source>
        <translation>Afficher la version enregistrée</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <source>{title} (your unsaved version)</source>
        <translation>{title} (votre version non enregistrée)</translation>
    </message>
    <message>
        <source>This is the stored version. Yours is kept as a draft: restore it from the unsaved drafts to compare or save it again.</source>
        <translation>Voici la version enregistrée. La vôtre est gardée en brouillon : restaurez-la depuis les brouillons non enregistrés pour comparer ou l'enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>{note} Revision by {user}, now {status}.</source>
        <translation>{note} Révision de {user}, actuellement : {status}.</translation>
    </message>
    <message>
        <source>The location stays as coded.</source>
        <translation>La localisation reste telle que codée.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Submitted for review at {time}</source>
        <translation>Soumis pour relecture à {time}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>Revision {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu'un</translation>
    </message>
    <message>
        <source>Saved: your changes were merged with {who}'s ({who} had changed {theirs}); both are in the record below.</source>
        <translation>Enregistré : vos modifications ont été fusionnées avec celles de {who} ({who} avait modifié : {theirs}) ; les deux figurent dans la fiche ci-dessous.</translation>
    </message>
    <message>
        <source>Saved: your changes were merged with {who}'s; both are in the record below.</source>
        <translation>Enregistré : vos modifications ont été fusionnées avec celles de {who} ; les deux figurent dans la fiche ci-dessous.</translation>
    </message>
    <message>
        <source>Saved: your changes were merged with {who}'s ({who} had changed {theirs}). The field you both changed ({fields}) kept {who}'s value; yours waits in Review &gt; Conflicts to be chosen.</source>
        <translation>Enregistré : vos modifications ont été fusionnées avec celles de {who} ({who} avait modifié : {theirs}). Le champ que vous avez modifié tous les deux ({fields}) garde la valeur de {who} ; la vôtre attend dans Relecture &gt; Conflits qu'on choisisse.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: your changes were merged with {who}'s ({who} had changed {theirs}). %n fields that you both changed ({fields}) kept {who}'s value; yours wait in Review &gt; Conflicts to be chosen.</source>
        <translation>
            <numerusform>Enregistré : vos modifications ont été fusionnées avec celles de {who} ({who} avait modifié : {theirs}). %n champ que vous avez modifié tous les deux ({fields}) garde la valeur de {who} ; la vôtre attend dans Relecture &gt; Conflits qu'on choisisse.</numerusform>
            <numerusform>Enregistré : vos modifications ont été fusionnées avec celles de {who} ({who} avait modifié : {theirs}). %n champs que vous avez modifiés tous les deux ({fields}) gardent la valeur de {who} ; les vôtres attendent dans Relecture &gt; Conflits qu'on choisisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason} Compare with the stored version before saving over it.</source>
        <translation>Non enregistré : {reason} Comparez avec la version enregistrée avant de l'écraser.</translation>
    </message>
    <message>
        <source>Not saved: fix the marked problem first.</source>
        <translation>Non enregistré : corrigez d'abord le problème signalé.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %n marked problems first.</source>
        <translation>
            <numerusform>Non enregistré : corrigez d'abord le problème signalé (%n).</numerusform>
            <numerusform>Non enregistré : corrigez d'abord les %n problèmes signalés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Not saved because of an unexpected error inside Sahel Desk (the details are in the log).</source>
        <translation>Non enregistré à cause d'une erreur inattendue de Sahel Desk (les détails sont dans le journal).</translation>
    </message>
    <message>
        <source>Your changes are still in the form and kept in a draft on this computer.</source>
        <translation>Vos modifications sont toujours dans le formulaire et gardées en brouillon sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your changes are still in the form.</source>
        <translation>Vos modifications sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>{refusal} {kept}</source>
        <translation>{refusal} {kept}</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Bambara</source>
        <translation>bambara</translation>
    </message>
    <message>
        <source>Fulfulde</source>
        <translation>peul</translation>
    </message>
    <message>
        <source>Tamasheq</source>
        <translation>tamasheq</translation>
    </message>
    <message>
        <source>Songhai</source>
        <translation>songhaï</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>haoussa</translation>
    </message>
    <message>
        <source>Mooré</source>
        <translation>mooré</translation>
    </message>
</context>
<context>
    <name>NotesGroup</name>
    <message>
        <source>Notes and status</source>
        <translation>Notes et statut</translation>
    </message>
    <message>
        <source>What happened, in the codebook's style: who did what to whom, where, with what result, and what the sources disagree on</source>
        <translation>Ce qui s'est passé, dans le style du guide de codage : qui a fait quoi à qui, où, avec quel résultat, et sur quoi les sources divergent</translation>
    </message>
    <message>
        <source>A draft may be incomplete; a submitted record must be complete</source>
        <translation>Un brouillon peut être incomplet ; une fiche soumise doit être complète</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Source {number}</source>
        <translation>Source {number}</translation>
    </message>
    <message>
        <source>Claim {number}</source>
        <translation>Revendication {number}</translation>
    </message>
    <message>
        <source>{row}, {field}</source>
        <translation>{row}, {field}</translation>
    </message>
    <message>
        <source>{field} #{number}</source>
        <translation>{field} nº {number}</translation>
    </message>
    <message>
        <source>1 problem to fix before this record can be saved (choose it to go to its field):</source>
        <translation>1 problème à corriger avant de pouvoir enregistrer cette fiche (cliquez dessus pour aller au champ) :</translation>
    </message>
    <message numerus="yes">
        <source>%n problems to fix before this record can be saved (choose one to go to its field):</source>
        <translation>
            <numerusform>%n problème à corriger avant de pouvoir enregistrer cette fiche (cliquez sur un problème pour aller au champ) :</numerusform>
            <numerusform>%n problèmes à corriger avant de pouvoir enregistrer cette fiche (cliquez sur un problème pour aller au champ) :</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
</context>
<context>
    <name>SourcesGroup</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Add so&amp;urce</source>
        <translation>Ajouter une so&amp;urce</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Type into a cell to edit it; paste a link (Ctrl+V) to fill the URL. Each source keeps the numbers it reports.</source>
        <translation>Tapez dans une cellule pour la modifier ; collez un lien (Ctrl+V) pour remplir l'URL. Chaque source garde ses propres chiffres.</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Publication</source>
        <extracomment>Several scales in one cell are joined with this, as in ACLED's source_scale column.</extracomment>
        <translation>Média</translation>
    </message>
    <message>
        <source>Outlet or organisation (RFI, Studio Tamani)</source>
        <translation>Média ou organisation (RFI, Studio Tamani)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Link to the report; pasting a URL anywhere in a row fills it</source>
        <translation>Lien vers l'article ; coller une URL n'importe où dans la ligne la remplit</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>For reports without a link (radio, interview)</source>
        <translation>Pour les sources sans lien (radio, entretien)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Publication date, YYYY-MM-DD</source>
        <translation>Date de publication, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the report: choose it, or type its name or code (fr, ar, bm…)</source>
        <translation>Langue de la source : choisissez-la, ou tapez son nom ou son code (fr, ar, bm…)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Local partner, National, International… (join several with -)</source>
        <translation>Partenaire local, National, International… (plusieurs : reliez-les par -)</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Tués</translation>
    </message>
    <message>
        <source>Killed, as this source reports</source>
        <translation>Tués, selon cette source</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <source>Injured, as this source reports</source>
        <translation>Blessés, selon cette source</translation>
    </message>
    <message>
        <source>Kidnapped</source>
        <translation>Enlevés</translation>
    </message>
    <message>
        <source>Kidnapped, as this source reports</source>
        <translation>Enlevés, selon cette source</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>Arrêtés</translation>
    </message>
    <message>
        <source>Arrested, as this source reports</source>
        <translation>Arrêtés, selon cette source</translation>
    </message>
</context>
<context>
    <name>SuggestionHint</name>
    <message>
        <source>Search for this name there; choose the match yourself</source>
        <translation>Chercher ce nom à cet endroit ; c'est vous qui choisissez la correspondance</translation>
    </message>
    <message>
        <source>Ignore this suggestion</source>
        <translation>Ignorer cette suggestion</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>e.g. claimed; women targeted</source>
        <translation>p. ex. revendiqué ; femmes ciblées</translation>
    </message>
</context>
<context>
    <name>TollGroup</name>
    <message>
        <source>Toll</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>What the claim of responsibility says; never copied into the coded count</source>
        <translation>Ce que dit la revendication ; jamais recopié dans le chiffre codé</translation>
    </message>
    <message>
        <source>F&amp;atalities (best)</source>
        <translation>V&amp;ictimes (estimation retenue)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>In&amp;jured</source>
        <translation>&amp;Blessés</translation>
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
        <source>The lowest number a source reports (the codebook's conservative default); type to override</source>
        <translation>Le plus petit chiffre donné par une source (valeur prudente par défaut du guide de codage) ; tapez un chiffre pour le remplacer</translation>
    </message>
    <message>
        <source>1 source reports {number}</source>
        <translation>1 source donne {number}</translation>
    </message>
    <message>
        <source>sources report {number}</source>
        <translation>les sources donnent {number}</translation>
    </message>
    <message>
        <source>sources report {low}–{high}</source>
        <translation>les sources donnent {low} à {high}</translation>
    </message>
    <message>
        <source>claimed: {numbers}</source>
        <translation>revendiqué : {numbers}</translation>
    </message>
</context>
<context>
    <name>WhatGroup</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Event &amp;type</source>
        <translation>T&amp;ype d'événement</translation>
    </message>
    <message>
        <source>Su&amp;b-event type</source>
        <translation>&amp;Sous-type d'événement</translation>
    </message>
    <message>
        <source>Disorder type</source>
        <translation>Type de désordre</translation>
    </message>
    <message>
        <source>Attack detail (GTD): attack, target, weapon, seizures</source>
        <translation>Détails de l'attaque (GTD) : attaque, cible, arme, saisies</translation>
    </message>
    <message>
        <source>e.g. 2 pick-ups, 12 AK-47s, ammunition</source>
        <translation>p. ex. 2 pick-up, 12 AK-47, munitions</translation>
    </message>
    <message>
        <source>What the claim of responsibility says; never copied here</source>
        <translation>Ce que dit la revendication ; jamais recopié ici</translation>
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
        <source>{sub_event}  ({event_type})</source>
        <translation>{sub_event}  ({event_type})</translation>
    </message>
    <message>
        <source>{sub_event} (not a sub-event of {event_type})</source>
        <translation>{sub_event} (pas un sous-type de {event_type})</translation>
    </message>
</context>
<context>
    <name>WhenGroup</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>only for a range</source>
        <translation>si période</translation>
    </message>
    <message>
        <source>Last day of an event spanning several days; leave empty for a single day</source>
        <translation>Dernier jour d'un événement qui dure plusieurs jours ; laissez vide pour un seul jour</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>Ti&amp;me precision</source>
        <translation>Précision te&amp;mporelle</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
</context>
<context>
    <name>WhereGroup</name>
    <message>
        <source>Where</source>
        <extracomment>the coder chose to keep the location as coded although its place changed</extracomment>
        <translation>Où</translation>
    </message>
    <message>
        <source>Where the chosen place is, from the gazetteer</source>
        <translation>Situation du lieu choisi, d'après le répertoire géographique</translation>
    </message>
    <message>
        <source>Near this place (the event was outside it)</source>
        <translation>À proximité de ce lieu (l'événement a eu lieu en dehors)</translation>
    </message>
    <message>
        <source>The claim mentions the place “{name}”.</source>
        <translation>La revendication mentionne le lieu « {name} ».</translation>
    </message>
    <message>
        <source>Search for it</source>
        <translation>Le chercher</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Cercle / province / department</source>
        <translation>Cercle / province / département</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>The location as coded: filled from the place, yours to adjust</source>
        <translation>La localité telle que codée : remplie d'après le lieu, à ajuster si besoin</translation>
    </message>
    <message>
        <source>Two-letter country code (ML, BF, NE)</source>
        <translation>Code pays à deux lettres (ML, BF, NE)</translation>
    </message>
    <message>
        <source>Latitude, decimal degrees (14.3494)</source>
        <translation>Latitude, en degrés décimaux (14.3494)</translation>
    </message>
    <message>
        <source>Longitude, decimal degrees (-3.6102)</source>
        <translation>Longitude, en degrés décimaux (-3.6102)</translation>
    </message>
    <message>
        <source>Take the gazetteer's values</source>
        <translation>Reprendre les valeurs du répertoire</translation>
    </message>
    <message>
        <source>Keep as coded</source>
        <translation>Garder tel que codé</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>L&amp;ocalité</translation>
    </message>
    <message>
        <source>Admin units</source>
        <translation>Unités administratives</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>&amp;Coordonnées</translation>
    </message>
    <message>
        <source>Geo prec&amp;ision</source>
        <translation>&amp;Précision géographique</translation>
    </message>
    <message>
        <source>Its place changed in the gazetteer (now {place}).</source>
        <translation>Son lieu a changé dans le répertoire géographique (désormais {place}).</translation>
    </message>
</context>
<context>
    <name>WhoGroup</name>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>The claim mentions the actor “{name}”.</source>
        <translation>La revendication mentionne l'acteur « {name} ».</translation>
    </message>
    <message>
        <source>Search as actor 1</source>
        <translation>Chercher comme acteur 1</translation>
    </message>
    <message>
        <source>Search as actor 2</source>
        <translation>Chercher comme acteur 2</translation>
    </message>
    <message>
        <source>Actor &amp;1</source>
        <translation>Acteur &amp;1</translation>
    </message>
    <message>
        <source>Actor &amp;2</source>
        <translation>Acteur &amp;2</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Associés</translation>
    </message>
    <message>
        <source>Inter 1</source>
        <translation>Inter 1</translation>
    </message>
    <message>
        <source>Inter 2</source>
        <translation>Inter 2</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <source>Civilian targeting</source>
        <translation>Civils ciblés</translation>
    </message>
    <message>
        <source>Interaction and civilian targeting are derived from the actors' types.</source>
        <translation>L'interaction et le ciblage des civils sont déduits des types d'acteurs.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
</TS>