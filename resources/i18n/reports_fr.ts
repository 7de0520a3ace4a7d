<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DraftsModel</name>
    <message>
        <source>Line</source>
        <extracomment>the row&apos;s :class:`DraftRow` on any cell saved from this report before this reading (by anyone) the saved incident&apos;s human id, once accepted the coder changed a value before accepting the columns, named as the draft&apos;s fields (an empty place shows the region)</extracomment>
        <translation>Ligne</translation>
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
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
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
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>accepted, edited</source>
        <translation>acceptée, modifiée</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>{state} ({id})</source>
        <translation>{state} ({id})</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>écartée</translation>
    </message>
    <message>
        <source>saved before</source>
        <translation>déjà enregistrée</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>incertain</translation>
    </message>
    <message>
        <source>Left empty: {reason}</source>
        <translation>Laissé vide : {reason}</translation>
    </message>
    <message>
        <source>{event_type} › {sub_event_type}</source>
        <translation>{event_type} › {sub_event_type}</translation>
    </message>
</context>
<context>
    <name>ReaderWindow</name>
    <message>
        <source>Code from a report</source>
        <extracomment>the review state a draft accepted here is saved in columns whose width follows their content; the others share what is left the most rows the drafts table shows before it scrolls, and the most of the height it takes (the form needs the rest) the report&apos;s text keeps at least this share of the width when the form makes room each form&apos;s values as filled in, to tell an edited draft from an untouched one</extracomment>
        <translation>Coder à partir d&apos;un rapport</translation>
    </message>
    <message>
        <source>A report or an article: plain text or Markdown</source>
        <translation>Un rapport ou un article : texte brut ou Markdown</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The report&apos;s date, which relative dates (&quot;two days later&quot;, &quot;last week&quot;) count from. Empty: the date under the title, or the month the title names.</source>
        <translation>La date du rapport, à partir de laquelle se comptent les dates relatives (« deux jours plus tard », « la semaine dernière »). Vide : la date sous le titre, ou le mois que nomme le titre.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Report&apos;s date:</source>
        <translation>Date du rapport :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Accept as draft</source>
        <translation>Accepter comme brouillon</translation>
    </message>
    <message>
        <source>Save this draft as shown in the form (status draft, the report as its source, tagged with the report&apos;s name). Ctrl+Enter</source>
        <translation>Enregistrer ce brouillon tel que le montre la fiche (état brouillon, le rapport comme source, étiqueté du nom du rapport). Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Leave this draft unsaved; on a discarded one, propose it again. Ctrl+Delete</source>
        <translation>Laisser ce brouillon sans l&apos;enregistrer ; sur un brouillon écarté, le proposer de nouveau. Ctrl+Suppr</translation>
    </message>
    <message>
        <source>Read a report, then choose a draft to see it in the incident form.</source>
        <translation>Lisez un rapport, puis choisissez un brouillon pour le voir dans la fiche d&apos;incident.</translation>
    </message>
    <message>
        <source>Report to read</source>
        <translation>Rapport à lire</translation>
    </message>
    <message>
        <source>Reports (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Rapports (*.txt *.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a report file first.</source>
        <translation>Choisissez d&apos;abord un fichier de rapport.</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Lecture de {name}</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lecture annulée.</translation>
    </message>
    <message>
        <source>Not read: {why}</source>
        <translation>Non lu : {why}</translation>
    </message>
    <message>
        <source>Code from a report — {name}</source>
        <translation>Coder à partir d&apos;un rapport — {name}</translation>
    </message>
    <message>
        <source>a list of entries</source>
        <translation>une liste d&apos;entrées</translation>
    </message>
    <message>
        <source>an article</source>
        <translation>un article</translation>
    </message>
    <message>
        <source>{proposed} to decide, {accepted} accepted, {discarded} discarded, {before} saved before.</source>
        <translation>À décider : {proposed}, acceptés : {accepted}, écartés : {discarded}, déjà enregistrés : {before}.</translation>
    </message>
    <message>
        <source>{proposed} to decide, {accepted} accepted, {discarded} discarded.</source>
        <translation>À décider : {proposed}, acceptés : {accepted}, écartés : {discarded}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{name}&lt;/b&gt;: {kind}, {dated}; %n draft(s), tag &lt;i&gt;{tag}&lt;/i&gt;. {decided}</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; : {kind}, {dated} ; %n brouillon, étiquette &lt;i&gt;{tag}&lt;/i&gt;. {decided}</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; : {kind}, {dated} ; %n brouillons, étiquette &lt;i&gt;{tag}&lt;/i&gt;. {decided}</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>dated {date} (the date given)</source>
        <translation>daté du {date} (la date indiquée)</translation>
    </message>
    <message>
        <source>dated {date} (the line under the title)</source>
        <translation>daté du {date} (la ligne sous le titre)</translation>
    </message>
    <message>
        <source>dated {date} (the end of the month the title names)</source>
        <translation>daté du {date} (la fin du mois que nomme le titre)</translation>
    </message>
    <message>
        <source>dated {date} ({source})</source>
        <translation>daté du {date} ({source})</translation>
    </message>
    <message>
        <source>This entry was saved from this report before: find it in the incident list by its tag.</source>
        <translation>Cette entrée a déjà été enregistrée depuis ce rapport : retrouvez-la dans la liste des incidents par son étiquette.</translation>
    </message>
    <message>
        <source>Line {line}: {title}</source>
        <translation>Ligne {line} : {title}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation>Proposer de nouveau</translation>
    </message>
    <message>
        <source>Line {line}: {state}</source>
        <translation>Ligne {line} : {state}</translation>
    </message>
    <message>
        <source>Edited drafts not accepted</source>
        <translation>Brouillons modifiés non acceptés</translation>
    </message>
    <message>
        <source>You edited drafts of this report without accepting them. Read another report anyway? The edits are kept as unsaved drafts you can restore from the File menu.</source>
        <translation>Vous avez modifié des brouillons de ce rapport sans les accepter. Lire quand même un autre rapport ? Les modifications sont gardées comme brouillons non enregistrés, à restaurer depuis le menu Fichier.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Claimed by</source>
        <extracomment>what the reader reads that is not a field of the record (ACLED&apos;s claim columns)</extracomment>
        <translation>Revendiqué par</translation>
    </message>
    <message>
        <source>Fatalities claimed</source>
        <translation>Victimes revendiquées</translation>
    </message>
    <message>
        <source>The report&apos;s text shows here once it is read.</source>
        <translation>Le texte du rapport s&apos;affiche ici une fois lu.</translation>
    </message>
    <message>
        <source>{field}: {value} ({percent}% sure)</source>
        <extracomment>(start, end, what was read there) in document positions</extracomment>
        <translation>{field} : {value} (sûr à {percent} %)</translation>
    </message>
</context>
<context>
    <name>UnsureNote</name>
    <message>
        <source>Left empty, unsure</source>
        <extracomment>the form&apos;s field a reader&apos;s field is filled into (the reader names ACLED&apos;s columns)</extracomment>
        <translation>Laissés vides, incertains</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {fields}: {reason}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; : {fields} : {reason}</translation>
    </message>
</context>
</TS>
