<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ClaimEditor</name>
    <message>
        <source>&amp;Killed</source>
        <extracomment>Backgrounds of the words behind suggestions: every one lightly, the selected strongly.</extracomment>
        <translation>Tués</translation>
    </message>
    <message>
        <source>Wounded</source>
        <translation>Blessés</translation>
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
        <source>The text changed since it was read: Read claim again to update the suggestions.</source>
        <translation>Le texte a changé depuis sa lecture : cliquez à nouveau sur « Lire la revendication » pour mettre à jour les suggestions.</translation>
    </message>
    <message>
        <source>Paste the claim as published</source>
        <translation>Collez la revendication telle que publiée</translation>
    </message>
    <message>
        <source>Read claim</source>
        <translation>Lire la revendication</translation>
    </message>
    <message>
        <source>Suggest the date, channel, claimant, places, actors and claimed numbers from the text (Ctrl+R)</source>
        <translation>Proposer d&apos;après le texte la date, le canal, l&apos;auteur, les lieux, les acteurs et les chiffres revendiqués (Ctrl+R)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Fill the field this suggestion names (Enter)</source>
        <translation>Remplir le champ indiqué par cette suggestion (Entrée)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Accept every suggestion that fills something</source>
        <translation>Accepter toutes les suggestions qui remplissent un champ</translation>
    </message>
    <message>
        <source>Translation (optional)</source>
        <translation>Traduction (facultatif)</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>Nom de l&apos;acteur</translation>
    </message>
    <message>
        <source>As the claim writes it</source>
        <translation>Telle que l&apos;écrit la revendication</translation>
    </message>
    <message>
        <source>The Gregorian date of the claim; empty when unknown</source>
        <translation>Date grégorienne de la revendication ; vide si inconnue</translation>
    </message>
    <message>
        <source>As the claim states it; — when the claim gives no number</source>
        <translation>Tel que l&apos;annonce la revendication ; — si elle ne donne pas de chiffre</translation>
    </message>
    <message>
        <source>Competing claim (another group claims the same event)</source>
        <translation>Revendication concurrente (un autre groupe revendique le même événement)</translation>
    </message>
    <message>
        <source>Original te&amp;xt</source>
        <translation>Te&amp;xte original</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date as &amp;written</source>
        <translation>Date telle qu&apos;écrite</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Date de la revendication</translation>
    </message>
    <message>
        <source>Claimed numbers:</source>
        <translation>Chiffres revendiqués :</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Type or paste the claim&apos;s text first.</source>
        <translation>Tapez ou collez d&apos;abord le texte de la revendication.</translation>
    </message>
    <message>
        <source>Reading the claim…</source>
        <translation>Lecture de la revendication…</translation>
    </message>
    <message>
        <source>Cannot read this claim: {reason}</source>
        <translation>Impossible de lire cette revendication : {reason}</translation>
    </message>
    <message>
        <source>Nothing recognised in this text.</source>
        <translation>Rien de reconnu dans ce texte.</translation>
    </message>
    <message>
        <source>1 suggestion. Select it to see its words; Enter or Accept fills its field.</source>
        <translation>1 suggestion. Sélectionnez-la pour voir les mots d&apos;où elle vient ; Entrée ou « Accepter » remplit son champ.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions. Select one to see its words; Enter or Accept fills its field.</source>
        <translation>
            <numerusform>%n suggestion. Sélectionnez-la pour voir les mots d&apos;où elle vient ; Entrée ou « Accepter » remplit son champ.</numerusform>
            <numerusform>%n suggestions. Sélectionnez-en une pour voir les mots d&apos;où elle vient ; Entrée ou « Accepter » remplit son champ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Fills</source>
        <translation>Remplit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Claim date</source>
        <extracomment>What accepting a suggestion of each kind fills; places and actors go to the incident form. English; shown translated (context ``SuggestionModel``).</extracomment>
        <translation>Date de la revendication</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Incident place</source>
        <translation>Lieu de l&apos;incident</translation>
    </message>
    <message>
        <source>Incident actor</source>
        <translation>Acteur de l&apos;incident</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Tués</translation>
    </message>
    <message>
        <source>Wounded</source>
        <translation>Blessés</translation>
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
        <source>Captured (no field)</source>
        <translation>Capturés (pas de champ)</translation>
    </message>
    <message>
        <source>{date} ({day}) · Hijri {hijri}</source>
        <translation>{date} ({day}) · hégirien {hijri}</translation>
    </message>
    <message>
        <source>also: {names}</source>
        <translation>aussi : {names}</translation>
    </message>
    <message>
        <source>{fills}: {value}</source>
        <translation>{fills} : {value}</translation>
    </message>
    <message>
        <source>Read from: {text}</source>
        <translation>Lu dans : {text}</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Acceptée.</translation>
    </message>
    <message>
        <source>Enter or double-click accepts it.</source>
        <translation>Entrée ou un double-clic l&apos;accepte.</translation>
    </message>
    <message>
        <source>Nothing to fill: shown for information.</source>
        <translation>Rien à remplir : affiché pour information.</translation>
    </message>
</context>
</TS>
