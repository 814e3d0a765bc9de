<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <source>Customer notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agentdesk: something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action (%1, reference %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no log folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you typed is lost: notes and messages are kept as drafts. You can keep working. The details are in the log file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, I cannot help: f&amp;ind a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can help after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can you resolve this yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer only when you cannot help and the colleague can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they look after meter corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm: announce the caller first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ld: connect without announcing (recorded as cold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I told the caller — &amp;start the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague has it — &amp;announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;possible — back to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a message (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a call-back (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsenceHelper</name>
    <message>
        <source>— colleague&apos;s absence —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away from the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of the office until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when they are back, e.g. Monday 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is away from the desk at the moment. May I take a message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of the office until %2. May I take a message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of the office at the moment. May I take a message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when they are back, never why (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen; log in again to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation, locking and retention (team leaders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each person is named to callers (team leaders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language agentdesk speaks to you, from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a call with the flow chosen in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is over: go to the wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difficult moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do and say when a call gets hard (playbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assertiveness builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a calm, assertive “I” statement to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the caller&apos;s permission, then put them on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the call to a colleague with everything captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a &amp;message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a message for a colleague, read back before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a caller, write a note (again: back to the call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base: search articles (again: back to the call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the playbook (again: back to the call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue and staffing panel (again: back to the call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forec&amp;ast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and handle time per interval (team leaders edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leaders: review calls, adherence and give feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle times, resolution, transfers and adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching feedback on your calls; acknowledge it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-backs and follow-ups: due, overdue, done, moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messa&amp;ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages taken for colleagues: pass them on, mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer director&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and people to transfer to (team leaders edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an article in the knowledge base, even mid-sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected passage (or the whole article) into the reply or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leaders: write a new knowledge base article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leaders: edit the article on screen, see its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leaders: articles marked helpful or out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdherenceTableModel</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdherenceTrendChart</name>
    <message>
        <source>Script adherence per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>agentdesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Edit article — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case-words-with-hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown: ## headings, - lists, [link](kb:id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (read only): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: Save (Ctrl+S) keeps it; Close again discards it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc: back to the results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the selected passage, or the whole article, where you are replying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional) — Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is out of date? Team leaders will see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssertivenessBuilder</name>
    <message>
        <source>Assertiveness builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened, how it makes you feel and what you would like instead. Describe the behaviour, not the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raise your voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to help you properly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could tell me what happened, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When you …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;feel …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would &amp;appreciate it if you …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as my snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sentence to reuse it (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My snippets — Enter puts one back, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snippets yet. Save a sentence you want to use again (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sounds aggressive. Try the calmer wording below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertive, not aggressive. Ready to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “%1” with the calmer wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your snippets could not be saved or read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationList</name>
    <message>
        <source>Checks ticked in the call: tick those not actually done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a check the representative ticked but did not actually do; the score and the trend use your verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not actually done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallHeader</name>
    <message>
        <source>End call (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is over: go to the wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller not identified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallIdlePage</name>
    <message>
        <source>No call in progress — Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a call with Ctrl+N: the guided flow starts with the greeting. Calls from your softphone open here by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow for the next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer call (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call waiting from %1 — Ctrl+N answers it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <source>Talk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallWorkspace</name>
    <message>
        <source>No call flow is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call from %1. It will be waiting when this call is wrapped up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) did not finish when agentdesk last closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is in progress: finish it first (Ctrl+E ends it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the wrap-up of this call first (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call flow for this channel is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackPanel</name>
    <message>
        <source>I read the number back; the caller confir&amp;med it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the call-&amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number to read it back digit by digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: %1, %2 to %3. Press Ctrl+Return to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachWords</name>
    <message>
        <source>Sounds aggressive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhelpful phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loses goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says why a colleague is away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal jargon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead, try: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or right-click to replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintPanel</name>
    <message>
        <source>Reference %1 — spell it out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer promised by %1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer the reference and the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>History, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name only until the caller&apos;s identity is checked (Alt+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and notes appear once the identity check has passed (G1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 020 7946 0958 or +39 06 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not asked yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. prefers e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPlanChart</name>
    <message>
        <source>Agents needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff to schedule (with shrinkage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents needed per interval today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff to schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifficultMomentPicker</name>
    <message>
        <source>Difficult moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening? e.g. shouting, says no, won&apos;t stop talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter · ↑↓ to choose · Enter to work through it · Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryEditor</name>
    <message>
        <source>Transfer directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunds; meter readings; tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 8:00–18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and people to transfer calls to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only team leaders change the directory; you can look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as UTF-8 text (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1, updated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <source>Name or topic, e.g. refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer directory is empty. A team leader adds departments and colleagues in View ▸ Transfer directory (one by one, or from a CSV file). Until then, type the name of who you are transferring to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in the directory matches: the name as typed will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNamesDialog</name>
    <message>
        <source>Display names — agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is what the app shows and what callers hear in the greeting (“This is …”). Use the name people should call the person by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryBrowser</name>
    <message>
        <source>Nothing matches “%1”. Try a feeling or a word the caller used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Recognise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it like this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of … say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist — ticks go into the call record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an entry to see what to do and what to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No such interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention would remove {count} of {total} {kind}: more than half, so nothing was removed. Check the retention settings and the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has that phone number or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such directory entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article &apos;{article}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That version of the article does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no canned response &apos;{snippet}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call flow &apos;{flow}&apos; is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only open your own interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can add notes to customers you serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open customers you have served; ask a team leader for others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author or a team leader can edit a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author or a team leader can read versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the taker or a team leader can add notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person a message is for, whoever took it or a team leader can change its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message status: one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call is already linked to another customer; you can open customers you have served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record&apos;s phone number is not the number calling: link it to the call only once the caller has answered the security questions, and say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside a live call you can link only customers you have served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the representative it is for can acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team leader can {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call step could not be kept on disk; check the free space of the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstimateBox</name>
    <message>
        <source>minutes, or m:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an estimate or type one: 4 (minutes), 1:30 or 90s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstimatePanel</name>
    <message>
        <source>Agents needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff to schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents staffed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents for the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if this many agents answered calls? (+ and -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict for the agents staffed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA (answered calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean wait, all callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the callers who hung up as well as those answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing for this interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· all callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA (answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast for this interval: nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 shrinkage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbounded: queue grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffed now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Article feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on the selected article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) with feedback</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is new. Name your organisation and create the first team-leader account; team leaders add everyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Northwind Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Customer Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. anna.rossi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, or why it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the call with the customer&apos;s card open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-protection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastEditor</name>
    <message>
        <source>Forecast — agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls offered and average handle time per %1-minute interval. Target, shrinkage and patience come from the queue settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only team leaders change the forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) in the forecast.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No forecast for this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) read; check them, then Save.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be read from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n interval(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastTableModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval start, e.g. 08:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls offered in the interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handle time, e.g. 180s or 3m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: a time like 08:30, on a %1-minute boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: that interval is already in the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: a number of calls, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time: a duration like 180s, 3m or 3:00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandleTimeChart</name>
    <message>
        <source>Handle time: contacts per band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time (min:s); the last band: that long or longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time (min:s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldPanel</name>
    <message>
        <source>check your meter history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;offered a call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed — &amp;put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pref&amp;ers a call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;thanked the caller for waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on the &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask first, then hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to check back with the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New estimate (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you are back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller would rather not hold: carry on with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on the line after %1 (holds in this call: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the caller&apos;s answer, then record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look into this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold %1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the estimate by %1 — check back with the caller now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for waiting[, {caller_name}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller is still on hold: take them off hold first (Back on the line).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionPanel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;elds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback for the representative — Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an interaction in the queue and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence %1 (%2 of %3 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (#%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes or messages for this interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back to the caller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event in the log shows this item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeDock</name>
    <message>
        <source>reply draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That article is not in the knowledge base any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeSearch</name>
    <message>
        <source>Search articles (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) — Enter opens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches “%1”. Try other or fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search. Articles you open and articles for the call show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <source>KPI dashboard — agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause of upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: %1 · handle time %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, screens, scripts and the coach use this language the next time you start agentdesk. Callers&apos; names are spelt with the alphabet you pick on the call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkReasonDialog</name>
    <message>
        <source>Link this record to the call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller answered the security questions for this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is withheld; the caller answered the security questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller rings from a new number and answered the security questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number on this record is not the number calling. Open it only for the caller&apos;s own record. Your reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link and open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCoach</name>
    <message>
        <source>Nothing to change here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead, try: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveFigures</name>
    <message>
        <source>Now in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1: %2 answered, %3 abandoned; %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>agentdesk — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agentdesk %1
Data folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit agentdesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: at the next start agentdesk offers to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit and keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Take a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a message: all seven parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageFields</name>
    <message>
        <source>Colleague or department (from the directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company, or how they are connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With area code, or + and country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller asks for: call back, send a quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you promised: e.g. she will call you back today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message, in the caller&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From whom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action requested *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action promised *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>&amp;Save message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;another message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the read-back: read it back again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what is missing before reading it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card details in it were masked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageInbox</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (new or passed on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you remember after the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note from memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageStepPanel</name>
    <message>
        <source>Take the message: all seven parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyFeedbackWindow</name>
    <message>
        <source>My feedback — agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this feedback (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1 · all: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback yet. Your team leader&apos;s feedback on your calls shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 on your call of %2 (%3, adherence %4), %5 after the call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameCapturePanel</name>
    <message>
        <source>Spelling to read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spelling alphabet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alphabet — read it to the caller and ask them to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name as you hear it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDrafts</name>
    <message>
        <source>Your unsaved note was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Find by phone, e-mail or surname — Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note — Ctrl+Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller agreed to note-taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller said no to notes on this call: nothing is written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask first: “Do you mind if I take a few notes while we talk?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the customers you have served matches. Outside a call you find only your own customers; during a call you can find the caller and open their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer found. Check the spelling, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) — Enter opens the record and links it to this call (recorded in the audit log)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) — Enter opens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the caller whether you may take notes, then tick “Caller agreed to note-taking”. The note is kept here until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment card details were removed before saving: card numbers are never stored (only the last four digits are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes %1 and everything about them, for good, including in backups. Type the customer&apos;s surname to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surname did not match; nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>agentdesk — key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase (at least 8 characters). It protects every customer record in this data folder: without it nobody can read them, you included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase to open this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agentdesk — key passphrase: try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybookDock</name>
    <message>
        <source>Search the playbook — e.g. angry, say no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult moment… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick what is happening and see what to do and say at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved in the call record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybookWords</name>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureHost</name>
    <message>
        <source>Hold and transfer are for a call in progress (Ctrl+N answers one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call flow has no step for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message was not saved: press Ctrl+Shift+M to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureWords</name>
    <message>
        <source>Say why first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reason short (500 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an estimate between a few seconds and 60 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the caller first: say why and how long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the caller answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait may pass three minutes: offer a call-back before holding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the caller and record their yes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller is on hold already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller is not on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer only when you cannot help yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick who to transfer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the caller why and to whom first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the transfer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer is under way already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message back and tick that the caller confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some parts of the message are missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a phone number: check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick when to call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Call back by” must be after “Call back from”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not possible right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters. Shorten it; nothing was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number: give the area code, or + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension is digits only (up to 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time as YYYY-MM-DD HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May I put you on hold for about %1[, {caller_name}]? I need to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could take more than %1, so I can call you back instead if you prefer. Would you rather hold, or have me call you back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for holding[, {caller_name}]. I&apos;m still on it; it should be about %1 more. Are you all right to keep holding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller asks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We promised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes added after the call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge articles opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>agentdesk: damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, %2? The damaged file is kept in the backups folder; anything saved after that backup is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <source>For&amp;ecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting, longest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · agents %3 of %4 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for %1: no calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast; live pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast for %1, and too few calls to judge the pace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source>&amp;Not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;presentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cause of upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueWords</name>
    <message>
        <source>Meets the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just below the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well below the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enough to meet the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just below the target, needs %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>well below the target, needs %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Occupancy %1 is above %2: agents this busy burn out; add agents or lower the occupancy cap in the queue settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 of callers would hang up before an answer, above %2: a target met that way is not met; add agents or lower the abandonment cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Shrinkage %1 is above %2: more than half of paid time off the phones; check the queue settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 calls, handle time %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n malformed line(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (last: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated queue (training and demos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the phone system&apos;s queue. A team leader or IT can connect it (README, “Queue and staffing”); until then the estimate uses the forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed socket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queue data yet: figures are not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: no queue data since %1 (%2 ago); figures are not live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadBackBox</name>
    <message>
        <source>Read back to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read back — the caller confirmed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it back before you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me read that back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, extension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is that all correct?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Type :: for a canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDraft</name>
    <message>
        <source>Reply draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply to paste it into the chat or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueTableModel</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueWindow</name>
    <message>
        <source>Review queue — agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue (not reviewed within three days): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>Not applicable: another call flow&apos;s rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: another channel&apos;s rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: did not arise in this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or service fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing or price dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscommunication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated rudely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconvenience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad experience before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call started at “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to hold (about %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s answer to hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered a call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer announced to the colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint logged: reference %1, answer by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent; the coach found nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent with %1 coach findings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceLevelChart</name>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents in the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level and occupancy by agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Wrong passphrase; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: this is said in the greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits and punctuation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A two-letter country code such as GB, IT or ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comma-separated list of Mr, Mrs, Ms, Miss, Mx, Dr, first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a form of address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings need correcting (see above).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnippetPopup</name>
    <message>
        <source>Canned responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Script to say in your own words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTrail</name>
    <message>
        <source>Steps so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamStatusLabel</name>
    <message>
        <source>Changes made here wait in this workstation&apos;s database and are sent when the team database can be reached; nothing is lost while offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Team database: sending %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Team database: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Team database: offline since %1 — %n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Team database: offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database: sync problem: the server refused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database: sync problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <source>Announce the call to %1, then connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold transfer to %1: connect when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Press Ctrl+Return to record the transfer and wrap up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m sorry[, {caller_name}], %1 can&apos;t take your call just now. I can take a message, or arrange a call-back. Which would you prefer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colleague who can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ll put you through to %1[, {caller_name}]: %2. I&apos;ll tell them what you&apos;ve told me, so you won&apos;t need to repeat it. Is that all right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ll put you through to %1[, {caller_name}]. I&apos;ll tell them what you&apos;ve told me, so you won&apos;t need to repeat it. Is that all right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they look after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied — cop&amp;y again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the transfer went first: Connected, or Not possible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionBar</name>
    <message>
        <source>Move on anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip what is missing and go on; the call log records it as skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move on anyway press %1 twice, or use “Move on anyway…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move on anyway use “Move on anyway…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 again to move on anyway (recorded as skipped).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Tick each answer that matches the account. Never read the answer out; until the caller passes, only their name is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &amp;verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could &amp;not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the caller&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 needed answers match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <source>Save wrap-up (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the outcome and end after-call work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DateInput</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frame</name>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups: %1 (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved note(s) from your last session were kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A half-typed message was kept: Ctrl+Shift+M opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay kept until you save or clear them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self._frame</name>
    <message>
        <source>Follow-up due now (%1): %2 — Ctrl+Shift+F to open the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agentdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agentdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call&apos;s wrap-up is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact (%n entries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log altered at entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: newest entries missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New coaching feedback: %1 (F9)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
