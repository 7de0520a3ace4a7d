<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CommentModel</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>All comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the comments on every field, not only the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt; — choose an item in the queue, then a field, to read and write comments on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments on {field}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments on the whole record&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to comment on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to {user} on {field}: type and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to {user} on the whole record: type and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on {field}: type and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the whole record: type and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen thread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: needed to request changes or reject, optional to approve. Shown to the researcher and kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— why reject —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of (e.g. MLI-2017-0042)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change in the reason box first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the record is rejected first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the record this one duplicates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for rejecting in the reason box first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>researcher — codes incidents and submits them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer — also approves, sends back and rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator — also adds people and changes roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk does not know {user} yet. Choose your profile, or add one. Your name goes with every change you make; your role decides which review steps you may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile, or add one. Your name goes with every change you make; your role decides which review steps you may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. amina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work as selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add profile and work as it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile yet: the first one may be added by anyone. Make it an administrator, who then adds the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new person&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile in the list, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; submitted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; in review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; revision(s) submitted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; revision(s) in review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Submitted and in review</source>
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
        <source>New records and revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions of approved records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes, sources, claims, actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Returned to {user}: %n record(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Review queue: %n waiting&lt;/b&gt;, oldest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFields</name>
    <message>
        <source>Source {number} ({name}): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {number}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ({name}): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {number} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {number} ({name}): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {number}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim ({name}): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {number} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {number} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {number} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {number} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {number} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision started</source>
        <extracomment>the numbers a source or a claim reports, as services.readable words them fields whose values are the codebook&apos;s English words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment resolved on {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply on {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n killed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injured</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kidnapped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrested</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wounded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) seized</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weapon(s) seized</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, {when} ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{claimant} via {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewItem</name>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First submission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>next / previous item</source>
        <extracomment>the keys of the review window and what they do, in the legend under it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment on the selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment on the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this record in the incident form (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to review&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested by {user}, {when}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; — revision of an approved record, state: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; — new record, state: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change by {user}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken into review now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not open this item&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: {why} The item is shown again as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is a {role}: reviewers and administrators take these decisions. You can comment, and fix the record in the form (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back to the researcher: waiting for a new submission.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Sahel Desk — Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sahel Desk — Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sahel Desk — Returned to me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending revision: the approved version stays in reports until this is approved.</source>
        <extracomment>above the fields of an approved incident with edits waiting (the form shows it too)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>{what} (pending revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} (resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Revert this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the whole record to here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {field} back to its value after this change ({user}, {when})?

The revert is saved as a new change and recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every field of the record back to how it was after this line ({user}, {when})? The review status stays as it is.

The revert is saved as a new change and recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted: now revision {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reverted: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {field} back to its value after the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every field back to how it was after the selected line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
