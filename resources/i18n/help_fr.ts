<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CodebookPage</name>
    <message>
        <source>The types are ranked: when tactics co-occur in one event, the higher-listed type wins.</source>
        <translation>Les types sont hiérarchisés : quand plusieurs tactiques se combinent dans un même événement, le type placé le plus haut l'emporte.</translation>
    </message>
    <message>
        <source>A territory change must last more than a day; otherwise it is an armed clash.</source>
        <translation>Un changement de contrôle territorial doit durer plus d'une journée ; sinon, c'est un affrontement armé.</translation>
    </message>
    <message>
        <source>A suicide car bomb (VBIED) is a suicide bomb.</source>
        <translation>Une voiture piégée conduite par un kamikaze (VBIED) est un attentat-suicide.</translation>
    </message>
    <message>
        <source>An “arrest” by a non-state group is an abduction or forced disappearance.</source>
        <translation>Une « arrestation » par un groupe non étatique est un enlèvement ou une disparition forcée.</translation>
    </message>
    <message>
        <source>An IED found and defused is disrupted weapons use.</source>
        <translation>Un EEI découvert et désamorcé relève de l'usage d'arme déjoué.</translation>
    </message>
    <message>
        <source>Disorder type</source>
        <translation>Type de désordre</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d'événement</translation>
    </message>
    <message>
        <source>Sub-event types</source>
        <translation>Sous-types d'événement</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d'événement</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>There is no “terrorist” actor type.</source>
        <translation>Il n'existe pas de type d'acteur « terroriste ».</translation>
    </message>
    <message>
        <source>A group that belongs to another goes in the associated actor: actor 1 Katiba Macina, associated actor JNIM.</source>
        <translation>Un groupe affilié à un autre se code en acteur associé : acteur 1 Katiba Macina, acteur associé JNIM.</translation>
    </message>
    <message>
        <source>When the attribution is uncertain, code the combined actor the sources give.</source>
        <translation>Quand l'attribution est incertaine, coder l'acteur combiné que donnent les sources.</translation>
    </message>
    <message>
        <source>State forces carry the regime period in their name, e.g. Military Forces of Mali (2020-2021).</source>
        <translation>Les forces étatiques portent la période du régime dans leur nom, par ex. Military Forces of Mali (2020-2021).</translation>
    </message>
    <message>
        <source>Actor types</source>
        <translation>Types d'acteur</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Type d'acteur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Less precise than a month is not coded. A date range is kept as a range; the export writes one event per day and splits the totals evenly, the odd remainder going to the first day.</source>
        <translation>Une date moins précise que le mois n'est pas codée. Une période reste une période ; l'export écrit un événement par jour et répartit les totaux à parts égales, le reste allant au premier jour.</translation>
    </message>
    <message>
        <source>Precision codes</source>
        <translation>Codes de précision</translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation>Précision temporelle</translation>
    </message>
    <message>
        <source>Geographic precision</source>
        <translation>Précision géographique</translation>
    </message>
    <message>
        <source>Code the lowest, most conservative reported figure; revise it later, and say in the notes that the figure is disputed.</source>
        <translation>Coder le chiffre rapporté le plus bas et le plus prudent ; le réviser ensuite, et indiquer dans les notes que le bilan est contesté.</translation>
    </message>
    <message>
        <source>Vague words: “several”, “many”, “few”: 3 or 10 depending on scale; “dozens”: 12; “hundreds”: 100; only “casualties”: 0. No information: 0.</source>
        <translation>Termes vagues : « plusieurs », « de nombreux », « quelques » : 3 ou 10 selon l'échelle ; « des dizaines » : 12 ; « des centaines » : 100 ; seulement « des victimes » : 0. Aucune information : 0.</translation>
    </message>
    <message>
        <source>Each source keeps the number it reported, and each claim the number the claimant asserted: a claim never sets the coded fatalities.</source>
        <translation>Chaque source garde le bilan qu'elle a rapporté, et chaque revendication le chiffre avancé par son auteur : une revendication ne fixe jamais le nombre de victimes codé.</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>A claim is a statement by an armed group taking responsibility. Keep the claimant, the channel, the original text (often Arabic), a translation, the date as written (often Hijri) and its Gregorian date, the numbers it asserts, and whether another group claims the same event.</source>
        <translation>Une revendication est une déclaration par laquelle un groupe armé s'attribue une action. Conserver l'auteur, le canal, le texte original (souvent en arabe), une traduction, la date telle qu'écrite (souvent hégirienne) et sa date grégorienne, les chiffres avancés, et si un autre groupe revendique le même événement.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
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
        <source>Optional detail</source>
        <translation>Détails facultatifs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Coding scheme</source>
        <translation>Grille de codage</translation>
    </message>
</context>
<context>
    <name>CodebookWindow</name>
    <message>
        <source>Codebook</source>
        <translation>Guide de codage</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Getting started</source>
        <extracomment>where the choice "show the welcome at every start" is kept; absent at the first start</extracomment>
        <translation>Pre&amp;miers pas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Codebook</source>
        <translation>&amp;Guide de codage</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Incident form</source>
        <translation>Fiche d'incident</translation>
    </message>
    <message>
        <source>Go to a field</source>
        <translation>Aller à un champ</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + la lettre soulignée</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Champ suivant ou précédent</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Open a list of choices</source>
        <translation>Ouvrir une liste de choix</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Bas</translation>
    </message>
    <message>
        <source>Open a date's calendar</source>
        <translation>Ouvrir le calendrier d'une date</translation>
    </message>
    <message>
        <source>Alt+Down or F4</source>
        <translation>Alt+Bas ou F4</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Getting started with Sahel Desk</source>
        <extracomment>a way to begin: the button's text and what it does</extracomment>
        <translation>Premiers pas avec Sahel Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Sahel Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Sahel Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sahel Desk keeps a dataset of conflict incidents in Mali and the Sahel, coded to the ACLED codebook: attacks, ambushes, IEDs, abductions, clashes, arrests. Each incident keeps its sources and any claim, and a reviewer approves it before it is published or exported.</source>
        <translation>Sahel Desk tient une base d'incidents liés aux conflits au Mali et au Sahel, codés selon le guide ACLED : attaques, embuscades, EEI, enlèvements, affrontements, arrestations. Chaque incident garde ses sources et ses éventuelles revendications, et un relecteur l'approuve avant qu'il soit publié ou exporté.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Places.&lt;/b&gt; The desk knows the places of Mali, Burkina Faso and Niger. Import a GeoNames file for other countries or newer names.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Existing data.&lt;/b&gt; Bring in an ACLED export to start from what is already coded.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Code.&lt;/b&gt; Start a new incident (Ctrl+N), or read a report and accept the incidents it finds. Save as you go; submit for review when done.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review and share.&lt;/b&gt; A reviewer approves or returns each incident; File &amp;gt; Send changes carries your work to the team.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Lieux.&lt;/b&gt; Le poste connaît les localités du Mali, du Burkina Faso et du Niger. Importez un fichier GeoNames pour d'autres pays ou des noms plus récents.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Données existantes.&lt;/b&gt; Importez un export ACLED pour partir de ce qui est déjà codé.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Coder.&lt;/b&gt; Créez un incident (Ctrl+N), ou lisez un rapport et acceptez les incidents qu'il y trouve. Enregistrez au fur et à mesure ; soumettez pour relecture une fois terminé.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Relire et partager.&lt;/b&gt; Un relecteur approuve ou renvoie chaque incident ; l'envoi des modifications, dans le menu Fichier, transmet votre travail à l'équipe.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&amp;Show this at every start</source>
        <translation>&amp;Afficher à chaque démarrage</translation>
    </message>
</context>
</TS>