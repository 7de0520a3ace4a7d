<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Codebook</name>
    <message>
        <source>Political violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political violence; Demonstrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic developments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explosions/Remote violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violence against civilians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government regains territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-state actor overtakes territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armed clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excessive force against protesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest with intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peaceful protest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violent demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mob violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemical weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air/drone strike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelling/artillery/missile attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote explosive/landmine/IED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grenade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abduction/forced disappearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to group/activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disrupted weapons use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters or base established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looting/property destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-violent transfer of territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State Forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebel group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebel Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political militia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political Militias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity militia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity Militias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rioters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External/Other forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External/Other Forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week or similar span known (middle of the span coded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the month known (mid-month coded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named town, coordinates known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near a town or small area (representative town coded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a larger region (natural feature or provincial capital coded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assassination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armed Assault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bombing/Explosion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hijacking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostage Taking (Barricade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostage Taking (Kidnapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility/Infrastructure Attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarmed Assault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government (General)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airports &amp; Aircraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government (Diplomatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food or Water Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalists &amp; Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Citizens &amp; Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religious Figures/Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecommunication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terrorists/Non-State Militia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firearms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explosives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incendiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>az-Zallaqa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amaq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>al-Naba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>al-Andalus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communiqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor_type} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}-{second}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>ACLED event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACLED timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geo precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated with actor 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated with actor 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatalities (best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatalities (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatalities (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kidnapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapon type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapons seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kidnapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicles seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weapons seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competing claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>&apos;{value}&apos; is not a date (write it as YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number:,} is too large (at most {most:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character (\x00), which cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {length:,} characters long; at most {limit:,} fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; is {length:,} characters long; at most {limit:,} fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a {what} (use {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a two-letter country code (ML, BF, NE...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is outside -{limit}..{limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a review state (use {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geo precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attack type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weapon type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property damage level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a set of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{sub}&apos; does not belong to event type &apos;{event_type}&apos; (allowed: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed for sub-event type &apos;{sub}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed when an end date is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is too early for this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} is more than the best estimate {best}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{high} is less than the best estimate {best}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{high} is less than the low estimate {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{scale}&apos; is not a source scale (use {allowed}, joined by -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source needs a publication, a URL or a citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed when associated actors of side 2 are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed when associated actors of side 1 are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place coded &apos;near&apos; a town has geo precision 2 (or 3 for a larger area), not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a location name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a location needs {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sub-event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a geo precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fatality count (0 when none were reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in_review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {status} record needs {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {status} record needs at least one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; could mean {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actor is called &apos;{ref}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no place has the id &apos;{ref}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{start}…&apos; ({length:,} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} is too large to be a count or a code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
