<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <source>Customer notes</source>
        <translation>Note sul cliente</translation>
    </message>
    <message>
        <source>agentdesk: something went wrong</source>
        <translation>agentdesk: si è verificato un problema</translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action (%1, reference %2).</source>
        <translation>Un errore imprevisto ha interrotto l&apos;ultima operazione (%1, riferimento %2).</translation>
    </message>
    <message>
        <source>(no log folder)</source>
        <translation>(nessuna cartella dei log)</translation>
    </message>
    <message>
        <source>Nothing you typed is lost: notes and messages are kept as drafts. You can keep working. The details are in the log file %1.</source>
        <translation>Nulla di ciò che ha scritto è andato perso: note e messaggi sono conservati come bozze. Può continuare a lavorare. I dettagli sono nel file di log %1.</translation>
    </message>
    <message>
        <source>No, I cannot help: f&amp;ind a colleague</source>
        <translation>No, non posso aiutare: &amp;trova un collega</translation>
    </message>
    <message>
        <source>I can help after all</source>
        <translation>Posso aiutare, dopotutto</translation>
    </message>
    <message>
        <source>Can you resolve this yourself?</source>
        <translation>Può risolvere Lei la richiesta?</translation>
    </message>
    <message>
        <source>Transfer only when you cannot help and the colleague can.</source>
        <translation>Trasferisca solo quando Lei non può aiutare e il collega sì.</translation>
    </message>
    <message>
        <source>they look after meter corrections</source>
        <translation>si occupano delle rettifiche dei contatori</translation>
    </message>
    <message>
        <source>&amp;Warm: announce the caller first</source>
        <translation>Ass&amp;istito: presenti prima il chiamante</translation>
    </message>
    <message>
        <source>Co&amp;ld: connect without announcing (recorded as cold)</source>
        <translation>&amp;Diretto: collega senza presentare (registrato come diretto)</translation>
    </message>
    <message>
        <source>I told the caller — &amp;start the transfer</source>
        <translation>L&apos;ho detto al chiamante — avvia il &amp;trasferimento</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Why they can help</source>
        <translation>Perché possono aiutare</translation>
    </message>
    <message>
        <source>Cop&amp;y announcement</source>
        <translation>Cop&amp;ia presentazione</translation>
    </message>
    <message>
        <source>Colleague has it — &amp;announced</source>
        <translation>Il collega ha le informazioni — pr&amp;esentato</translation>
    </message>
    <message>
        <source>C&amp;onnected</source>
        <translation>C&amp;ollegato</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Not &amp;possible — back to the caller</source>
        <translation>Non &amp;possibile — torna al chiamante</translation>
    </message>
    <message>
        <source>Take a message (Alt+M)</source>
        <translation>Prendi un messaggio (Alt+M)</translation>
    </message>
    <message>
        <source>Offer a call-back (Alt+B)</source>
        <translation>Proponi una richiamata (Alt+B)</translation>
    </message>
    <message>
        <source>Try someone else</source>
        <translation>Prova con un&apos;altra persona</translation>
    </message>
</context>
<context>
    <name>AbsenceHelper</name>
    <message>
        <source>— colleague&apos;s absence —</source>
        <translation>— assenza del collega —</translation>
    </message>
    <message>
        <source>away from the desk</source>
        <translation>non alla scrivania</translation>
    </message>
    <message>
        <source>out of the office until…</source>
        <translation>fuori ufficio fino a…</translation>
    </message>
    <message>
        <source>when they are back, e.g. Monday 9:00</source>
        <translation>quando rientra, es. lunedì alle 9:00</translation>
    </message>
    <message>
        <source>My colleague</source>
        <translation>Il mio collega</translation>
    </message>
    <message>
        <source>%1 is away from the desk at the moment. May I take a message?</source>
        <translation>%1 al momento non è alla scrivania. Desidera lasciare un messaggio?</translation>
    </message>
    <message>
        <source>%1 is out of the office until %2. May I take a message?</source>
        <translation>%1 è fuori ufficio fino a %2. Desidera lasciare un messaggio?</translation>
    </message>
    <message>
        <source>%1 is out of the office at the moment. May I take a message?</source>
        <translation>%1 al momento è fuori ufficio. Desidera lasciare un messaggio?</translation>
    </message>
    <message>
        <source>Say when they are back, never why (“%1”).</source>
        <translation>Dica quando rientra, mai il perché («%1»).</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>Lock the screen; log in again to continue</source>
        <translation>Blocca lo schermo; per continuare serve un nuovo accesso</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Organisation, locking and retention (team leaders)</source>
        <translation>Organizzazione, blocco e conservazione dei dati (team leader)</translation>
    </message>
    <message>
        <source>&amp;Display names…</source>
        <translation>&amp;Nomi visualizzati…</translation>
    </message>
    <message>
        <source>How each person is named to callers (team leaders)</source>
        <translation>Come ogni persona viene presentata ai chiamanti (team leader)</translation>
    </message>
    <message>
        <source>Add a &amp;user…</source>
        <translation>Aggiungi un &amp;utente…</translation>
    </message>
    <message>
        <source>A new account on this workstation (team leaders, standalone workstations)</source>
        <translation>Un nuovo account su questa postazione (team leader, postazioni autonome)</translation>
    </message>
    <message>
        <source>&amp;Team database…</source>
        <translation>Database del &amp;team…</translation>
    </message>
    <message>
        <source>Sync state, members, conflicts to confirm and refused changes</source>
        <translation>Stato della sincronizzazione, membri, conflitti da confermare e modifiche rifiutate</translation>
    </message>
    <message>
        <source>Start a team data&amp;base…</source>
        <translation>&amp;Avvia un database del team…</translation>
    </message>
    <message>
        <source>Share this workstation&apos;s data with the team on PostgreSQL (team leaders)</source>
        <translation>Condivide i dati di questa postazione con il team su PostgreSQL (team leader)</translation>
    </message>
    <message>
        <source>&amp;Join a team database…</source>
        <translation>&amp;Collega a un database del team…</translation>
    </message>
    <message>
        <source>Make this workstation one of the team&apos;s: team accounts log in here (team leaders)</source>
        <translation>Rende questa postazione una del team: qui accedono gli account del team (team leader)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambia &amp;password…</translation>
    </message>
    <message>
        <source>Your own password; on a team database, for every workstation</source>
        <translation>La Sua password; con un database del team, per ogni postazione</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>&amp;Lingua…</translation>
    </message>
    <message>
        <source>The language agentdesk speaks to you: at once, or at your next login</source>
        <translation>La lingua in cui agentdesk Le parla: subito, oppure dal Suo prossimo accesso</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Close agentdesk</source>
        <translation>Chiudi agentdesk</translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation>&amp;Nuova chiamata</translation>
    </message>
    <message>
        <source>Answer a call with the flow chosen in the workspace</source>
        <translation>Risponda a una chiamata con il flusso scelto nell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;Termina chiamata</translation>
    </message>
    <message>
        <source>The conversation is over: go to the wrap-up</source>
        <translation>La conversazione è finita: passi alla chiusura</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;verdict on the last call…</source>
        <translation>&amp;Giudizio del cliente sull&apos;ultima chiamata…</translation>
    </message>
    <message>
        <source>Record the CSAT, CES or NPS answer the customer gave after the call</source>
        <translation>Registri la risposta CSAT, CES o NPS data dal cliente dopo la chiamata</translation>
    </message>
    <message>
        <source>&amp;Difficult moment…</source>
        <translation>&amp;Momento difficile…</translation>
    </message>
    <message>
        <source>What to do and say when a call gets hard (playbook)</source>
        <translation>Cosa fare e dire quando una chiamata si fa difficile (manuale)</translation>
    </message>
    <message>
        <source>&amp;Assertiveness builder</source>
        <translation>Costruttore di frasi &amp;assertive</translation>
    </message>
    <message>
        <source>Build a calm, assertive “I” statement to say</source>
        <translation>Costruisca una frase in prima persona, calma e assertiva, da dire</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>Atte&amp;sa…</translation>
    </message>
    <message>
        <source>Ask the caller&apos;s permission, then put them on hold</source>
        <translation>Chieda il permesso al chiamante, poi lo metta in attesa</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>Tras&amp;ferisci…</translation>
    </message>
    <message>
        <source>Hand the call to a colleague with everything captured</source>
        <translation>Passi la chiamata a un collega con tutte le informazioni raccolte</translation>
    </message>
    <message>
        <source>Take a &amp;message…</source>
        <translation>&amp;Prendi un messaggio…</translation>
    </message>
    <message>
        <source>Take a message for a colleague, read back before saving</source>
        <translation>Prenda un messaggio per un collega, riletto prima di salvarlo</translation>
    </message>
    <message>
        <source>Customer &amp;notes</source>
        <translation>&amp;Note sul cliente</translation>
    </message>
    <message>
        <source>Find a caller, write a note (again: back to the call)</source>
        <translation>Trovi un chiamante, scriva una nota (di nuovo: torna alla chiamata)</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Knowledge base</translation>
    </message>
    <message>
        <source>Knowledge base: search articles (again: back to the call)</source>
        <translation>Knowledge base: cerca negli articoli (di nuovo: torna alla chiamata)</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>&amp;Manuale</translation>
    </message>
    <message>
        <source>Search the playbook (again: back to the call)</source>
        <translation>Cerca nel manuale (di nuovo: torna alla chiamata)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Coda</translation>
    </message>
    <message>
        <source>Queue and staffing panel (again: back to the call)</source>
        <translation>Pannello di coda e personale (di nuovo: torna alla chiamata)</translation>
    </message>
    <message>
        <source>Forec&amp;ast…</source>
        <translation>Previ&amp;sione…</translation>
    </message>
    <message>
        <source>Calls and handle time per interval (team leaders edit)</source>
        <translation>Chiamate e durata di gestione per intervallo (modificabili dai team leader)</translation>
    </message>
    <message>
        <source>Re&amp;view queue</source>
        <translation>Coda di re&amp;visione</translation>
    </message>
    <message>
        <source>Team leaders: review calls, adherence and give feedback</source>
        <translation>Team leader: rivedere chiamate e aderenza, dare feedback</translation>
    </message>
    <message>
        <source>KPI &amp;dashboard</source>
        <translation>Cr&amp;uscotto KPI</translation>
    </message>
    <message>
        <source>Handle times, resolution, transfers and adherence</source>
        <translation>Durate di gestione, risoluzione, trasferimenti e aderenza</translation>
    </message>
    <message>
        <source>My feed&amp;back</source>
        <translation>Il mio &amp;feedback</translation>
    </message>
    <message>
        <source>Coaching feedback on your calls; acknowledge it</source>
        <translation>Feedback di coaching sulle Sue chiamate; ne confermi la lettura</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Richiamate</translation>
    </message>
    <message>
        <source>Call-backs and follow-ups: due, overdue, done, moved</source>
        <translation>Richiamate e seguiti: in scadenza, scaduti, fatti, spostati</translation>
    </message>
    <message>
        <source>Messa&amp;ges</source>
        <translation>Messa&amp;ggi</translation>
    </message>
    <message>
        <source>Messages taken for colleagues: pass them on, mark done</source>
        <translation>Messaggi presi per i colleghi: li inoltri, li segni come fatti</translation>
    </message>
    <message>
        <source>Transfer director&amp;y</source>
        <translation>Ru&amp;brica per i trasferimenti</translation>
    </message>
    <message>
        <source>Departments and people to transfer to (team leaders edit)</source>
        <translation>Reparti e persone a cui trasferire (modificabili dai team leader)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Ripristina &amp;disposizione</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>Rimetti ogni pannello al suo posto iniziale</translation>
    </message>
    <message>
        <source>&amp;Search articles</source>
        <translation>&amp;Cerca articoli</translation>
    </message>
    <message>
        <source>Find an article in the knowledge base, even mid-sentence</source>
        <translation>Trovi un articolo nella knowledge base, anche a metà frase</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>&amp;Inserisci nella risposta</translation>
    </message>
    <message>
        <source>Put the selected passage (or the whole article) into the reply or note</source>
        <translation>Inserisce il passaggio selezionato (o l&apos;intero articolo) nella risposta o nella nota</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Nuovo articolo…</translation>
    </message>
    <message>
        <source>Team leaders: write a new knowledge base article</source>
        <translation>Team leader: scrivere un nuovo articolo della knowledge base</translation>
    </message>
    <message>
        <source>&amp;Edit article…</source>
        <translation>&amp;Modifica articolo…</translation>
    </message>
    <message>
        <source>Team leaders: edit the article on screen, see its versions</source>
        <translation>Team leader: modificare l&apos;articolo visualizzato, vederne le versioni</translation>
    </message>
    <message>
        <source>Article &amp;feedback</source>
        <translation>&amp;Feedback sugli articoli</translation>
    </message>
    <message>
        <source>Team leaders: articles marked helpful or out of date</source>
        <translation>Team leader: articoli segnalati come utili o non aggiornati</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Elenca tutte le scorciatoie</translation>
    </message>
    <message>
        <source>&amp;About agentdesk</source>
        <translation>&amp;Informazioni su agentdesk</translation>
    </message>
    <message>
        <source>Version and data folder</source>
        <translation>Versione e cartella dei dati</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Chiamata</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation>Conoscen&amp;za</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
</context>
<context>
    <name>AdherenceTableModel</name>
    <message>
        <source>Practice</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenza</translation>
    </message>
</context>
<context>
    <name>AdherenceTrendChart</name>
    <message>
        <source>Script adherence per day</source>
        <translation>Aderenza allo script per giorno</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>agentdesk could not finish starting; the log has the details.</source>
        <translation>agentdesk non è riuscito a completare l&apos;avvio; i dettagli sono nel log.</translation>
    </message>
    <message>
        <source>agentdesk cannot start</source>
        <translation>agentdesk non può avviarsi</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Edit article — %1</source>
        <translation>Modifica articolo — %1</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nuovo articolo</translation>
    </message>
    <message>
        <source>lower-case-words-with-hyphens</source>
        <translation>parole-minuscole-con-trattini</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tag, separati da virgole</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>I&amp;d</source>
        <translation>I&amp;d</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Article text (Markdown)</source>
        <translation>Testo dell&apos;articolo (Markdown)</translation>
    </message>
    <message>
        <source>Markdown: ## headings, - lists, [link](kb:id)</source>
        <translation>Markdown: ## titoli, - elenchi, [link](kb:id)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Back to the draft</source>
        <translation>Torna alla bozza</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>View version</source>
        <translation>Vedi versione</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save a new version (Ctrl+S)</source>
        <translation>Salva una nuova versione (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3 — %4</source>
        <translation>Versione %1 · %2 · %3 — %4</translation>
    </message>
    <message>
        <source>Version %1 (read only): %2</source>
        <translation>Versione %1 (sola lettura): %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nessuna modifica.</translation>
    </message>
    <message>
        <source>Not saved yet: Save (Ctrl+S) keeps it; Close again discards it.</source>
        <translation>Non ancora salvato: Salva (Ctrl+S) lo conserva; chiudendo di nuovo lo scarta.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>← Back</source>
        <translation>← Indietro</translation>
    </message>
    <message>
        <source>Back (Esc: back to the results)</source>
        <translation>Indietro (Esc: torna ai risultati)</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Testo dell&apos;articolo</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>Inserisci nella risposta</translation>
    </message>
    <message>
        <source>Insert the selected passage, or the whole article, where you are replying</source>
        <translation>Inserisce il passaggio selezionato, o l&apos;intero articolo, dove sta rispondendo</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>Out of date…</source>
        <translation>Non aggiornato…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Comment (optional) — Enter sends</source>
        <translation>Commento (facoltativo) — Invio per inviare</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>into: %1</source>
        <translation>in: %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aggiornato il %1</translation>
    </message>
    <message>
        <source>What helped? (optional)</source>
        <translation>Che cosa è stato utile? (facoltativo)</translation>
    </message>
    <message>
        <source>What is out of date? Team leaders will see this.</source>
        <translation>Che cosa non è aggiornato? I team leader lo vedranno.</translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation>Grazie: il Suo feedback è stato inviato.</translation>
    </message>
</context>
<context>
    <name>AssertivenessBuilder</name>
    <message>
        <source>Assertiveness builder</source>
        <translation>Frasi assertive</translation>
    </message>
    <message>
        <source>Say what happened, how it makes you feel and what you would like instead. Describe the behaviour, not the person.</source>
        <translation>Dica che cosa è successo, come si sente e che cosa vorrebbe invece. Descriva il comportamento, non la persona.</translation>
    </message>
    <message>
        <source>raise your voice</source>
        <translation>alza la voce</translation>
    </message>
    <message>
        <source>unable to help you properly</source>
        <translation>di non riuscire ad aiutarLa come dovrei</translation>
    </message>
    <message>
        <source>could tell me what happened, step by step</source>
        <translation>mi raccontasse che cosa è successo, passo per passo</translation>
    </message>
    <message>
        <source>&amp;When you …</source>
        <translation>&amp;Quando Lei …</translation>
    </message>
    <message>
        <source>I &amp;feel …</source>
        <translation>&amp;Sento …</translation>
    </message>
    <message>
        <source>I would &amp;appreciate it if you …</source>
        <translation>&amp;Le sarei grato se …</translation>
    </message>
    <message>
        <source>&amp;Copy sentence</source>
        <translation>&amp;Copia la frase</translation>
    </message>
    <message>
        <source>&amp;Save as my snippet</source>
        <translation>&amp;Salva nei miei frammenti</translation>
    </message>
    <message>
        <source>Keep this sentence to reuse it (Ctrl+S)</source>
        <translation>Conservi questa frase per riusarla (Ctrl+S)</translation>
    </message>
    <message>
        <source>My snippets</source>
        <translation>I miei frammenti</translation>
    </message>
    <message>
        <source>&amp;My snippets — Enter puts one back, Delete removes it</source>
        <translation>I &amp;miei frammenti — Invio ne riprende uno, Canc lo elimina</translation>
    </message>
    <message>
        <source>No snippets yet. Save a sentence you want to use again (Ctrl+S).</source>
        <translation>Ancora nessun frammento. Salvi una frase che vuole riusare (Ctrl+S).</translation>
    </message>
    <message>
        <source>This sounds aggressive. Try the calmer wording below.</source>
        <translation>Suona aggressivo. Provi la formulazione più calma qui sotto.</translation>
    </message>
    <message>
        <source>Assertive, not aggressive. Ready to say.</source>
        <translation>Assertivo, non aggressivo. Pronto da dire.</translation>
    </message>
    <message>
        <source>Try: “%1”</source>
        <translation>Provi: «%1»</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Usa questa</translation>
    </message>
    <message>
        <source>Replace “%1” with the calmer wording</source>
        <translation>Sostituisci «%1» con la formulazione più calma</translation>
    </message>
    <message>
        <source>Your snippets could not be saved or read.</source>
        <translation>Non è stato possibile salvare o leggere i Suoi frammenti.</translation>
    </message>
</context>
<context>
    <name>CalibrationList</name>
    <message>
        <source>Checks ticked in the call: tick those not actually done</source>
        <translation>Controlli spuntati nella chiamata: spunti quelli non eseguiti davvero</translation>
    </message>
    <message>
        <source>Tick a check the representative ticked but did not actually do; the score and the trend use your verdict.</source>
        <translation>Spunti un controllo che l&apos;operatore ha spuntato ma non ha davvero eseguito; punteggio e andamento usano il Suo giudizio.</translation>
    </message>
    <message>
        <source>Not actually done: %1</source>
        <translation>Non eseguito davvero: %1</translation>
    </message>
</context>
<context>
    <name>CallHeader</name>
    <message>
        <source>End call (Ctrl+E)</source>
        <translation>Termina chiamata (Ctrl+E)</translation>
    </message>
    <message>
        <source>The conversation is over: go to the wrap-up</source>
        <translation>La conversazione è finita: passi alla chiusura</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>In chiamata</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Lavoro post-chiamata</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Chiamante: %1</translation>
    </message>
    <message>
        <source>Caller not identified yet</source>
        <translation>Chiamante non ancora identificato</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
</context>
<context>
    <name>CallIdlePage</name>
    <message>
        <source>No call in progress — Ctrl+N</source>
        <translation>Nessuna chiamata in corso — Ctrl+N</translation>
    </message>
    <message>
        <source>Answer a call with Ctrl+N: the guided flow starts with the greeting. Calls from your softphone open here by themselves.</source>
        <translation>Risponda a una chiamata con Ctrl+N: il flusso guidato parte dal saluto. Le chiamate dal softphone si aprono qui da sole.</translation>
    </message>
    <message>
        <source>Flow for the next call</source>
        <translation>Flusso per la prossima chiamata</translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation>Fl&amp;usso:</translation>
    </message>
    <message>
        <source>Answer call (Ctrl+N)</source>
        <translation>Rispondi (Ctrl+N)</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Call waiting from %1 — Ctrl+N answers it.</source>
        <translation>Chiamata in attesa da %1 — Ctrl+N per rispondere.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <source>Talk %1</source>
        <translation>Conversazione %1</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Attesa %1</translation>
    </message>
    <message>
        <source>After-call work %1</source>
        <translation>Post-chiamata %1</translation>
    </message>
</context>
<context>
    <name>CallWorkspace</name>
    <message>
        <source>No call flow is loaded.</source>
        <translation>Nessun flusso di chiamata caricato.</translation>
    </message>
    <message>
        <source>Incoming call from %1. It will be waiting when this call is wrapped up.</source>
        <translation>Chiamata in arrivo da %1. Resterà in attesa finché non avrà chiuso questa chiamata.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) did not finish when agentdesk last closed.</source>
        <translation>
            <numerusform>%n chiamata non si è conclusa alla chiusura di agentdesk.</numerusform>
            <numerusform>%n chiamate non si sono concluse alla chiusura di agentdesk.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume call</source>
        <translation>&amp;Riprendi chiamata</translation>
    </message>
    <message>
        <source>A call is in progress: finish it first (Ctrl+E ends it).</source>
        <translation>C&apos;è una chiamata in corso: la concluda prima (Ctrl+E per terminarla).</translation>
    </message>
    <message>
        <source>Save the wrap-up of this call first (Ctrl+Return).</source>
        <translation>Salvi prima la chiusura di questa chiamata (Ctrl+Invio).</translation>
    </message>
    <message>
        <source>No call flow for this channel is loaded.</source>
        <translation>Nessun flusso di chiamata caricato per questo canale.</translation>
    </message>
</context>
<context>
    <name>CallbackPanel</name>
    <message>
        <source>I read the number back; the caller confir&amp;med it</source>
        <translation>Ho riletto il numero; il chiamante lo ha confer&amp;mato</translation>
    </message>
    <message>
        <source>Book the call-&amp;back</source>
        <translation>Prenota la &amp;richiamata</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numero da chiamare</translation>
    </message>
    <message>
        <source>Call back from</source>
        <translation>Richiamare dalle</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>Richiamare entro le</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Book the call-back</source>
        <translation>Prenota la richiamata</translation>
    </message>
    <message>
        <source>Read back: %1</source>
        <translation>Rilettura: %1</translation>
    </message>
    <message>
        <source>Type the number to read it back digit by digit.</source>
        <translation>Digiti il numero per rileggerlo cifra per cifra.</translation>
    </message>
    <message>
        <source>Booked: %1, %2 to %3. Press Ctrl+Return to go on.</source>
        <translation>Prenotata: %1, dalle %2 alle %3. Prema Ctrl+Invio per proseguire.</translation>
    </message>
</context>
<context>
    <name>CoachWords</name>
    <message>
        <source>Sounds aggressive</source>
        <translation>Suona aggressivo</translation>
    </message>
    <message>
        <source>Unhelpful phrase</source>
        <translation>Frase poco utile</translation>
    </message>
    <message>
        <source>Loses goodwill</source>
        <translation>Fa perdere la buona disposizione</translation>
    </message>
    <message>
        <source>Says why a colleague is away</source>
        <translation>Dice perché un collega è assente</translation>
    </message>
    <message>
        <source>Negative wording</source>
        <translation>Formulazione negativa</translation>
    </message>
    <message>
        <source>Absolute word</source>
        <translation>Parola assoluta</translation>
    </message>
    <message>
        <source>Internal jargon</source>
        <translation>Gergo interno</translation>
    </message>
    <message>
        <source>Instead, try: “%1”</source>
        <translation>Provi invece: «%1»</translation>
    </message>
    <message>
        <source>Try: “%1”</source>
        <translation>Provi: «%1»</translation>
    </message>
    <message>
        <source>%1 or right-click to replace</source>
        <translation>%1 o clic destro per sostituire</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: non si può leggere ({reason}).</translation>
    </message>
    <message>
        <source>{path}: {ready} rows ready, {bad} bad.</source>
        <translation>{path}: righe pronte: {ready}; righe errate: {bad}.</translation>
    </message>
    <message>
        <source>{path} has notes, and every note needs an author: pass --as USER (see `agentdesk user list`).</source>
        <translation>{path} contiene note, e ogni nota ha bisogno di un autore: indichi --as UTENTE (vedere `agentdesk user list`).</translation>
    </message>
    <message>
        <source>{path}: {imported} imported with {notes} notes, card details masked in {masked}; {already} already imported; {bad} bad.</source>
        <translation>{path}: importati: {imported}, con note: {notes} (dati di carta mascherati in {masked}); già importati: {already}; righe errate: {bad}.</translation>
    </message>
    <message>
        <source>{path}: {imported} imported with {notes} notes; {already} already imported; {bad} bad.</source>
        <translation>{path}: importati: {imported}, con note: {notes}; già importati: {already}; righe errate: {bad}.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} non è una cartella.</translation>
    </message>
    <message>
        <source>Articles: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Articoli: aggiunti {added}, aggiornati {updated}, invariati {unchanged}.</translation>
    </message>
    <message>
        <source>Canned responses: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Risposte predefinite: aggiunte {added}, aggiornate {updated}, invariate {unchanged}.</translation>
    </message>
    <message>
        <source>{count} problem(s) found; those files or entries were not imported.</source>
        <translation>Problemi trovati: {count}; quei file o quelle voci non sono stati importati.</translation>
    </message>
    <message>
        <source>{path}: {added} answers added, {updated} updated; {bad} bad or unmatched.</source>
        <translation>{path}: risposte aggiunte: {added}, aggiornate: {updated}; errate o senza chiamata: {bad}.</translation>
    </message>
</context>
<context>
    <name>ComplaintPanel</name>
    <message>
        <source>Reference %1 — spell it out: %2</source>
        <translation>Riferimento %1 — lo scandisca: %2</translation>
    </message>
    <message>
        <source>Answer promised by %1 (%2 days)</source>
        <translation>Risposta promessa entro il %1 (%2 giorni)</translation>
    </message>
    <message>
        <source>Give the customer the reference and the date</source>
        <translation>Comunichi al cliente il riferimento e la data</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>History, newest first</source>
        <translation>Cronologia, dalla più recente</translation>
    </message>
    <message>
        <source>Name only until the caller&apos;s identity is checked (Alt+Y)</source>
        <translation>Solo il nome finché l&apos;identità del chiamante non è verificata (Alt+Y)</translation>
    </message>
    <message>
        <source>History and notes appear once the identity check has passed (G1).</source>
        <translation>Cronologia e note compaiono dopo la verifica dell&apos;identità (G1).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Spelling: %1</translation>
    </message>
    <message>
        <source>basis: %1</source>
        <translation>base giuridica: %1</translation>
    </message>
    <message>
        <source>card number masked</source>
        <translation>numero di carta oscurato</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificata</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>e.g. 020 7946 0958 or +39 06 1234 5678</source>
        <translation>es. 02 1234 5678 o +39 06 1234 5678</translation>
    </message>
    <message>
        <source>(not asked yet)</source>
        <translation>(non ancora chiesto)</translation>
    </message>
    <message>
        <source>First name only</source>
        <translation>Solo il nome</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non registrata)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. prefers e-mail</source>
        <translation>separati da virgole, es. preferisce l&apos;e-mail</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Form of &amp;address</source>
        <translation>Forma di &amp;cortesia</translation>
    </message>
    <message>
        <source>Customer &amp;type</source>
        <translation>&amp;Tipo di cliente</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <source>&amp;Lawful basis</source>
        <translation>&amp;Base giuridica</translation>
    </message>
</context>
<context>
    <name>DataRequestButtons</name>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Cancella…</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Esporta i dati del cliente</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Cancella il cliente</translation>
    </message>
    <message>
        <source>This deletes %1 and everything about them, for good, including in backups. Type the customer&apos;s surname to confirm.</source>
        <translation>Questo elimina %1 e tutto ciò che lo riguarda, per sempre, anche dai backup. Per confermare scriva il cognome del cliente.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Non cancellato</translation>
    </message>
    <message>
        <source>The surname did not match; nothing was erased.</source>
        <translation>Il cognome non corrisponde; non è stato cancellato nulla.</translation>
    </message>
</context>
<context>
    <name>DayPlanChart</name>
    <message>
        <source>Agents needed</source>
        <translation>Operatori necessari</translation>
    </message>
    <message>
        <source>Staff to schedule (with shrinkage)</source>
        <translation>Personale da pianificare (con shrinkage)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Staffed now</source>
        <translation>In servizio ora</translation>
    </message>
    <message>
        <source>Agents needed per interval today</source>
        <translation>Operatori necessari per intervallo oggi</translation>
    </message>
    <message>
        <source>Staff to schedule</source>
        <translation>Personale da pianificare</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Ora del giorno</translation>
    </message>
</context>
<context>
    <name>DifficultMomentPicker</name>
    <message>
        <source>Difficult moment</source>
        <translation>Momento difficile</translation>
    </message>
    <message>
        <source>What is happening? e.g. shouting, says no, won&apos;t stop talking</source>
        <translation>Che cosa sta succedendo? es. urla, dice di no, non smette di parlare</translation>
    </message>
    <message>
        <source>Type to filter · ↑↓ to choose · Enter to work through it · Esc to close</source>
        <translation>Scriva per filtrare · ↑↓ per scegliere · Invio per affrontarlo · Esc per chiudere</translation>
    </message>
</context>
<context>
    <name>DirectoryEditor</name>
    <message>
        <source>Transfer directory</source>
        <translation>Rubrica per i trasferimenti</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>refunds; meter readings; tariffs</source>
        <translation>rimborsi; letture dei contatori; tariffe</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 8:00–18:00</source>
        <translation>es. lun–ven 8:00–18:00</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nuova voce</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Salva voce</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>&amp;Elimina voce</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importa CSV…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Departments and people to transfer calls to.</source>
        <translation>Reparti e persone a cui trasferire le chiamate.</translation>
    </message>
    <message>
        <source>Only team leaders change the directory; you can look it up.</source>
        <translation>Solo i team leader modificano la rubrica; Lei può consultarla.</translation>
    </message>
    <message>
        <source>Import the directory</source>
        <translation>Importa la rubrica</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The file cannot be read as UTF-8 text (%1).</source>
        <translation>Il file non può essere letto come testo UTF-8 (%1).</translation>
    </message>
    <message>
        <source>Added %1, updated %2.</source>
        <translation>Aggiunte %1, aggiornate %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <source>Name or topic, e.g. refunds</source>
        <translation>Nome o argomento, es. rimborsi</translation>
    </message>
    <message>
        <source>The transfer directory is empty. A team leader adds departments and colleagues in View ▸ Transfer directory (one by one, or from a CSV file). Until then, type the name of who you are transferring to.</source>
        <translation>La rubrica per i trasferimenti è vuota. Un team leader aggiunge reparti e colleghi in Visualizza ▸ Rubrica per i trasferimenti (uno alla volta o da un file CSV). Nel frattempo, scriva il nome della persona a cui trasferisce.</translation>
    </message>
    <message>
        <source>No one in the directory matches: the name as typed will be used.</source>
        <translation>Nessuno nella rubrica corrisponde: verrà usato il nome così come scritto.</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>int. %1</translation>
    </message>
</context>
<context>
    <name>DirectoryTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Int.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user — agentdesk</source>
        <translation>Aggiungi un utente — agentdesk</translation>
    </message>
    <message>
        <source>A new account for this workstation. Tell the person their user name and password in private; they can change the password after logging in.</source>
        <translation>Un nuovo account per questa postazione. Comunica nome utente e password alla persona in privato; potrà cambiare la password dopo l'accesso.</translation>
    </message>
    <message>
        <source>e.g. rita.rossi</source>
        <translation>es. rita.rossi</translation>
    </message>
    <message>
        <source>the name callers hear, e.g. Rita Rossi</source>
        <translation>il nome che sentono i chiamanti, es. Rita Rossi</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>almeno %1 caratteri</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nome &amp;visualizzato:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Ripe&amp;ti la password:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Aggiungi utente</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Le due password sono diverse; digitale di nuovo.</translation>
    </message>
    <message>
        <source>Added %1 (%2): they can log in at this workstation now.</source>
        <translation>Aggiunto %1 (%2): ora può accedere a questa postazione.</translation>
    </message>
</context>
<context>
    <name>DisplayNamesDialog</name>
    <message>
        <source>Display names — agentdesk</source>
        <translation>Nomi visualizzati — agentdesk</translation>
    </message>
    <message>
        <source>The display name is what the app shows and what callers hear in the greeting (“This is …”). Use the name people should call the person by.</source>
        <translation>Il nome visualizzato è quello che l&apos;app mostra e che i chiamanti sentono nel saluto («Sono …»). Usi il nome con cui la persona vuole essere chiamata.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>&amp;Salva nome</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Nome visualizzato</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>DraftsNotice</name>
    <message>
        <source>A half-typed message was kept: Ctrl+Shift+M opens it.</source>
        <translation>Un messaggio scritto a metà è stato conservato: Ctrl+Maiusc+M lo apre.</translation>
    </message>
    <message numerus="yes">
        <source>From your last session: %n unsaved note(s).</source>
        <translation>
            <numerusform>Dall&apos;ultima sessione: %n nota non salvata.</numerusform>
            <numerusform>Dall&apos;ultima sessione: %n note non salvate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept until you save or clear the draft(s).</source>
        <translation>
            <numerusform>La bozza resta finché non la salva o la cancella.</numerusform>
            <numerusform>Le bozze restano finché non le salva o le cancella.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open note</source>
        <translation>Apri &amp;nota</translation>
    </message>
    <message>
        <source>Open &amp;message</source>
        <translation>Apri &amp;messaggio</translation>
    </message>
</context>
<context>
    <name>EntryBrowser</name>
    <message>
        <source>Nothing matches “%1”. Try a feeling or a word the caller used.</source>
        <translation>Nessun risultato per «%1». Provi con un&apos;emozione o una parola usata dal chiamante.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Recognise it</source>
        <translation>Come riconoscerlo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Say it like this</source>
        <translation>Lo dica così</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Da evitare</translation>
    </message>
    <message>
        <source>Instead of … say</source>
        <translation>Invece di … dica</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Esempi</translation>
    </message>
    <message>
        <source>Checklist — ticks go into the call record</source>
        <translation>Lista di controllo — le spunte vanno nel registro della chiamata</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista di controllo</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Vedi anche</translation>
    </message>
    <message>
        <source>Pick an entry to see what to do and what to say.</source>
        <translation>Scelga una voce per vedere cosa fare e cosa dire.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy this phrase</source>
        <translation>Copia questa frase</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copia: %1</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No such interaction.</source>
        <translation>Interazione inesistente.</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>Cliente inesistente.</translation>
    </message>
    <message>
        <source>Retention would remove {count} of {total} {kind}: more than half, so nothing was removed. Check the retention settings and the computer&apos;s clock.</source>
        <translation>La conservazione eliminerebbe {count} su {total} {kind}: più della metà, quindi non è stato eliminato nulla. Controlli le impostazioni di conservazione e l&apos;orologio del computer.</translation>
    </message>
    <message>
        <source>No customer has that phone number or e-mail address.</source>
        <translation>Nessun cliente ha quel numero di telefono o indirizzo e-mail.</translation>
    </message>
    <message>
        <source>No such note.</source>
        <translation>Nota inesistente.</translation>
    </message>
    <message>
        <source>Note: write something first.</source>
        <translation>Nota: scriva prima qualcosa.</translation>
    </message>
    <message>
        <source>Note: at most {limit} characters; split it into two notes.</source>
        <translation>Nota: al massimo {limit} caratteri; la divida in due note.</translation>
    </message>
    <message>
        <source>Note: at most {limit} characters in all.</source>
        <translation>Nota: al massimo {limit} caratteri in tutto.</translation>
    </message>
    <message>
        <source>Feedback: write something first.</source>
        <translation>Feedback: scriva prima qualcosa.</translation>
    </message>
    <message>
        <source>Feedback: at most {limit} characters.</source>
        <translation>Feedback: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Title: 1 to 200 characters.</source>
        <translation>Titolo: da 1 a 200 caratteri.</translation>
    </message>
    <message>
        <source>Language: one of {choices}.</source>
        <translation>Lingua: una tra {choices}.</translation>
    </message>
    <message>
        <source>Feedback is &apos;helpful&apos; or &apos;out_of_date&apos;.</source>
        <translation>Il feedback è &apos;helpful&apos; o &apos;out_of_date&apos;.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}).</source>
        <translation>Non è possibile creare la cartella {folder} ({reason}).</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>Non è possibile scrivere {path} ({reason}).</translation>
    </message>
    <message>
        <source>Knowledge base search is not available on a {dialect} database yet.</source>
        <translation>La ricerca nella knowledge base non è ancora disponibile su un database {dialect}.</translation>
    </message>
    <message>
        <source>Code: &apos;::&apos; then lower-case letters, digits and hyphens (at most {limit}).</source>
        <translation>Codice: &apos;::&apos; seguito da lettere minuscole, cifre e trattini (al massimo {limit}).</translation>
    </message>
    <message>
        <source>Text: the text must not be empty.</source>
        <translation>Testo: il testo non può essere vuoto.</translation>
    </message>
    <message>
        <source>Text: &apos;{text}&apos; is not a placeholder: use {{caller_name}} or {{field:label}} (label up to {limit} characters).</source>
        <translation>Testo: &apos;{text}&apos; non è un segnaposto: usi {{caller_name}} o {{field:etichetta}} (etichetta fino a {limit} caratteri).</translation>
    </message>
    <message>
        <source>Text: unknown value &apos;{name}&apos; (known: {known}; use {{field:label}} for a blank the representative fills).</source>
        <translation>Testo: valore sconosciuto &apos;{name}&apos; (noti: {known}; usi {{field:etichetta}} per uno spazio che l&apos;operatore compila).</translation>
    </message>
    <message>
        <source>The article cannot be saved: check its id, title, category, language and tags.</source>
        <translation>Non è possibile salvare l&apos;articolo: controlli id, titolo, categoria, lingua ed etichette.</translation>
    </message>
    <message>
        <source>The id must be a slug: lower-case letters, digits and single hyphens (&apos;hold-etiquette&apos;).</source>
        <translation>L&apos;id deve essere uno slug: lettere minuscole, cifre e trattini singoli (&apos;hold-etiquette&apos;).</translation>
    </message>
    <message>
        <source>The title must be one line of text, not empty.</source>
        <translation>Il titolo deve essere una sola riga di testo, non vuota.</translation>
    </message>
    <message>
        <source>The category must be one line of text, not empty.</source>
        <translation>La categoria deve essere una sola riga di testo, non vuota.</translation>
    </message>
    <message>
        <source>The language must be one of {choices}.</source>
        <translation>La lingua deve essere una tra {choices}.</translation>
    </message>
    <message>
        <source>Each tag must be one line of text, given once.</source>
        <translation>Ogni etichetta deve essere una sola riga di testo, indicata una volta sola.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8 and import again.</source>
        <translation>Il file non è testo UTF-8; lo salvi come CSV UTF-8 e lo importi di nuovo.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>Il file è vuoto; la prima riga deve indicare i nomi delle colonne.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB; split it and import the parts.</source>
        <translation>Il file supera {limit} MB; lo divida e importi le parti.</translation>
    </message>
    <message>
        <source>More than {limit} rows; split the file and import the parts.</source>
        <translation>Più di {limit} righe; divida il file e importi le parti.</translation>
    </message>
    <message>
        <source>A NUL character: this is not a CSV text file.</source>
        <translation>Un carattere NUL: questo non è un file di testo CSV.</translation>
    </message>
    <message>
        <source>A quoted value is never closed (a missing &quot;).</source>
        <translation>Un valore tra virgolette non viene mai chiuso (manca una &quot;).</translation>
    </message>
    <message>
        <source>Text after a closing quote; write a quote inside a quoted value as &quot;&quot;.</source>
        <translation>Testo dopo una virgoletta di chiusura; dentro un valore tra virgolette scriva una virgoletta come &quot;&quot;.</translation>
    </message>
    <message>
        <source>A value is longer than {limit} characters.</source>
        <translation>Un valore supera {limit} caratteri.</translation>
    </message>
    <message>
        <source>Not valid CSV here; write a quote inside a quoted value as &quot;&quot;.</source>
        <translation>Qui il CSV non è valido; dentro un valore tra virgolette scriva una virgoletta come &quot;&quot;.</translation>
    </message>
    <message>
        <source>{count} values but the header names {width} columns; quote values that contain the delimiter.</source>
        <translation>{count} valori, ma l&apos;intestazione indica {width} colonne; metta tra virgolette i valori che contengono il separatore.</translation>
    </message>
    <message>
        <source>Column {column} has no name.</source>
        <translation>La colonna {column} non ha un nome.</translation>
    </message>
    <message>
        <source>Column {column}: &apos;{name}&apos; given twice.</source>
        <translation>Colonna {column}: &apos;{name}&apos; è indicata due volte.</translation>
    </message>
    <message>
        <source>Column {column}: unknown column name; expected name (or first_name and surname), phone, email, form_of_address, type, tags, lawful_basis, notes.</source>
        <translation>Colonna {column}: nome di colonna sconosciuto; sono previsti name (oppure first_name e surname), phone, email, form_of_address, type, tags, lawful_basis, notes.</translation>
    </message>
    <message>
        <source>Give either name or first_name and surname, not both.</source>
        <translation>Indichi name oppure first_name e surname, non entrambi.</translation>
    </message>
    <message>
        <source>A name column is needed (name, or first_name and surname).</source>
        <translation>Serve una colonna per il nome (name, oppure first_name e surname).</translation>
    </message>
    <message>
        <source>form_of_address: one of {choices}.</source>
        <translation>form_of_address: uno tra {choices}.</translation>
    </message>
    <message>
        <source>type: codes from {choices}.</source>
        <translation>type: codici tra {choices}.</translation>
    </message>
    <message>
        <source>tags: at most {limit} characters each, separated by ;.</source>
        <translation>tags: al massimo {limit} caratteri ciascuna, separate da ;.</translation>
    </message>
    <message>
        <source>lawful_basis: one of {choices}.</source>
        <translation>lawful_basis: una tra {choices}.</translation>
    </message>
    <message>
        <source>notes: at most {limit} characters per note.</source>
        <translation>notes: al massimo {limit} caratteri per nota.</translation>
    </message>
    <message>
        <source>Imported notes need an author: import as one of the accounts.</source>
        <translation>Le note importate hanno bisogno di un autore: importi come uno degli account.</translation>
    </message>
    <message>
        <source>Column {column}: unknown column name; expected interaction_id or caller_number and time, survey and score (or csat, ces, nps), comment.</source>
        <translation>Colonna {column}: nome di colonna sconosciuto; sono previsti interaction_id oppure caller_number e time, survey e score (oppure csat, ces, nps), comment.</translation>
    </message>
    <message>
        <source>A column to find the call is needed: interaction_id, or caller_number and time.</source>
        <translation>Serve una colonna per trovare la chiamata: interaction_id, oppure caller_number e time.</translation>
    </message>
    <message>
        <source>Either survey and score columns, or one column per scale (csat, ces, nps).</source>
        <translation>Servono le colonne survey e score, oppure una colonna per scala (csat, ces, nps).</translation>
    </message>
    <message>
        <source>No interaction_id, and no caller_number with a time.</source>
        <translation>Manca interaction_id, e manca caller_number con un orario.</translation>
    </message>
    <message>
        <source>survey: one of {choices}.</source>
        <translation>survey: uno tra {choices}.</translation>
    </message>
    <message>
        <source>No score in csat, ces or nps.</source>
        <translation>Nessun punteggio in csat, ces o nps.</translation>
    </message>
    <message>
        <source>interaction_id: not an interaction id.</source>
        <translation>interaction_id: non è l&apos;id di un&apos;interazione.</translation>
    </message>
    <message>
        <source>time: a date and time like 2026-12-06 14:05 or 2026-12-06T14:05:00+01:00.</source>
        <translation>time: una data con ora come 2026-12-06 14:05 o 2026-12-06T14:05:00+01:00.</translation>
    </message>
    <message>
        <source>Comment: at most {limit} characters.</source>
        <translation>Commento: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Comment: no control characters.</source>
        <translation>Commento: senza caratteri di controllo.</translation>
    </message>
    <message>
        <source>No interaction has that interaction_id.</source>
        <translation>Nessuna interazione ha quell&apos;interaction_id.</translation>
    </message>
    <message>
        <source>caller_number: not a phone number.</source>
        <translation>caller_number: non è un numero di telefono.</translation>
    </message>
    <message>
        <source>No call from that number in the hour before that time.</source>
        <translation>Nessuna chiamata da quel numero nell&apos;ora precedente a quell&apos;orario.</translation>
    </message>
    <message>
        <source>Several calls from that number around that time; give interaction_id.</source>
        <translation>Più chiamate da quel numero intorno a quell&apos;orario; indichi interaction_id.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with &apos;name&apos;.</source>
        <translation>La prima riga deve indicare i nomi delle colonne, compresa &apos;name&apos;.</translation>
    </message>
    <message>
        <source>Unknown column(s) ignored: {names}.</source>
        <translation>Colonne sconosciute ignorate: {names}.</translation>
    </message>
    <message>
        <source>The file is too large to be a forecast.</source>
        <translation>Il file è troppo grande per essere una previsione.</translation>
    </message>
    <message>
        <source>No &apos;start&apos; column; it holds each interval&apos;s time.</source>
        <translation>Manca la colonna &apos;start&apos;; contiene l&apos;orario di ogni intervallo.</translation>
    </message>
    <message>
        <source>Column &apos;{name}&apos; is not kept with the forecast; the queue settings give it.</source>
        <translation>La colonna &apos;{name}&apos; non viene salvata con la previsione; la forniscono le impostazioni della coda.</translation>
    </message>
    <message>
        <source>start: expected a time like 08:30, got &apos;{value}&apos;.</source>
        <translation>start: serve un orario come 08:30, trovato &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>interval: {minutes} min differs from the queue&apos;s {queue}-minute intervals.</source>
        <translation>interval: {minutes} min non corrisponde agli intervalli di {queue} minuti della coda.</translation>
    </message>
    <message>
        <source>Title: at most {limit} characters.</source>
        <translation>Titolo: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Category: at most {limit} characters.</source>
        <translation>Categoria: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Fill in at least one part of the statement.</source>
        <translation>Compili almeno una parte della frase.</translation>
    </message>
    <message>
        <source>You can keep up to {limit} snippets; remove one first.</source>
        <translation>Può conservare fino a {limit} frammenti; ne elimini prima uno.</translation>
    </message>
    <message>
        <source>Keep each part under {limit} characters.</source>
        <translation>Tenga ogni parte sotto i {limit} caratteri.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>La fine del periodo è prima dell&apos;inizio.</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>Questa richiamata è già stata fatta.</translation>
    </message>
    <message>
        <source>Choose a colleague.</source>
        <translation>Scelga un collega.</translation>
    </message>
    <message>
        <source>The note: at most {limit} characters.</source>
        <translation>La nota: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>This follow-up has no call or customer to keep a note.</source>
        <translation>Questa richiamata non ha una chiamata o un cliente a cui collegare una nota.</translation>
    </message>
    <message>
        <source>Draft: too long to keep; save or shorten the text.</source>
        <translation>Bozza: troppo lunga da conservare; salvi o accorci il testo.</translation>
    </message>
    <message>
        <source>User name: 2–32 characters, letters a–z, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation>Nome utente: da 2 a 32 caratteri, lettere a–z, cifre, punto, trattino o trattino basso, che inizi con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>The user name &apos;{username}&apos; is already taken.</source>
        <translation>Il nome utente &apos;{username}&apos; è già in uso.</translation>
    </message>
    <message>
        <source>Password: Use at least {minimum} characters.</source>
        <translation>Password: usi almeno {minimum} caratteri.</translation>
    </message>
    <message>
        <source>Password: The password must not start or end with a space.</source>
        <translation>Password: la password non deve iniziare né finire con uno spazio.</translation>
    </message>
    <message>
        <source>Password: the new password is the same as the old one.</source>
        <translation>Password: la nuova password è uguale a quella vecchia.</translation>
    </message>
    <message>
        <source>Changing the password needs the team database; try again when it can be reached.</source>
        <translation>Per cambiare la password serve il database del team; riprovi quando è raggiungibile.</translation>
    </message>
    <message>
        <source>The new time needs a time zone.</source>
        <translation>Il nuovo orario deve avere un fuso orario.</translation>
    </message>
    <message>
        <source>Say why it moves (the customer will be told what?).</source>
        <translation>Dica perché si sposta (che cosa verrà detto al cliente?).</translation>
    </message>
    <message>
        <source>Say what the colleague needs to know.</source>
        <translation>Dica che cosa deve sapere il collega.</translation>
    </message>
    <message>
        <source>No such check in this call.</source>
        <translation>Questo controllo non esiste in questa chiamata.</translation>
    </message>
    <message>
        <source>Only a check the representative ticked can be reviewed.</source>
        <translation>Si può rivedere solo un controllo spuntato dall&apos;operatore.</translation>
    </message>
    <message>
        <source>The end of the date range must be after its start.</source>
        <translation>La fine dell&apos;intervallo di date deve venire dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>Name: enter at least a first name or a surname.</source>
        <translation>Nome: inserisca almeno un nome o un cognome.</translation>
    </message>
    <message>
        <source>Phone: a number with its area code, or +country code for abroad (e.g. 020 7946 0958 or +44 20 7946 0958).</source>
        <translation>Telefono: un numero con il prefisso, o + e il prefisso internazionale per l&apos;estero (es. 02 1234 5678 o +39 02 1234 5678).</translation>
    </message>
    <message>
        <source>E-mail: an address like name@example.com.</source>
        <translation>E-mail: un indirizzo come nome@example.com.</translation>
    </message>
    <message>
        <source>Customer type: one of {choices}.</source>
        <translation>Tipo di cliente: uno tra {choices}.</translation>
    </message>
    <message>
        <source>Lawful basis: one of {choices}.</source>
        <translation>Base giuridica: una tra {choices}.</translation>
    </message>
    <message>
        <source>This record was already imported.</source>
        <translation>Questo record è già stato importato.</translation>
    </message>
    <message>
        <source>{count} customers share that number; use the customer id instead.</source>
        <translation>{count} clienti hanno quel numero; usi invece l&apos;id del cliente.</translation>
    </message>
    <message>
        <source>Draft: the payload must be a mapping.</source>
        <translation>Bozza: il contenuto deve essere una mappa.</translation>
    </message>
    <message>
        <source>Draft: the payload is nested too deeply.</source>
        <translation>Bozza: il contenuto è annidato troppo in profondità.</translation>
    </message>
    <message>
        <source>Draft: numbers must be finite.</source>
        <translation>Bozza: i numeri devono essere finiti.</translation>
    </message>
    <message>
        <source>Draft: payload keys must be text.</source>
        <translation>Bozza: le chiavi del contenuto devono essere testo.</translation>
    </message>
    <message>
        <source>Draft: cannot keep a {kind}.</source>
        <translation>Bozza: non può contenere un {kind}.</translation>
    </message>
    <message>
        <source>Draft kind: a lower-case identifier of 1-20 characters.</source>
        <translation>Tipo di bozza: un identificativo in minuscolo di 1-20 caratteri.</translation>
    </message>
    <message>
        <source>Draft reference: an identifier of at most 64 characters.</source>
        <translation>Riferimento della bozza: un identificativo di al massimo 64 caratteri.</translation>
    </message>
    <message>
        <source>A retention period is a whole number of days, 0 or more (0 keeps).</source>
        <translation>Un periodo di conservazione è un numero intero di giorni, 0 o più (0 conserva).</translation>
    </message>
    <message>
        <source>No account named &apos;{account}&apos; (see `agentdesk user list`).</source>
        <translation>Nessun account di nome &apos;{account}&apos; (vedi `agentdesk user list`).</translation>
    </message>
    <message>
        <source>No such follow-up.</source>
        <translation>Richiamata inesistente.</translation>
    </message>
    <message>
        <source>Only its owner or a team leader can change a follow-up.</source>
        <translation>Solo il responsabile o un team leader può modificare una richiamata.</translation>
    </message>
    <message>
        <source>An account already exists; ask a team leader to add you.</source>
        <translation>Esiste già un account; chieda a un team leader di aggiungerLa.</translation>
    </message>
    <message>
        <source>A server database is backed up by its server, not by agentdesk.</source>
        <translation>Un database su server viene salvato dal server stesso, non da agentdesk.</translation>
    </message>
    <message>
        <source>No such message.</source>
        <translation>Messaggio inesistente.</translation>
    </message>
    <message>
        <source>No such feedback.</source>
        <translation>Feedback inesistente.</translation>
    </message>
    <message>
        <source>No such directory entry.</source>
        <translation>Voce di rubrica inesistente.</translation>
    </message>
    <message>
        <source>There is no article &apos;{article}&apos;.</source>
        <translation>Non esiste l&apos;articolo &apos;{article}&apos;.</translation>
    </message>
    <message>
        <source>That version of the article does not exist.</source>
        <translation>Quella versione dell&apos;articolo non esiste.</translation>
    </message>
    <message>
        <source>There is no canned response &apos;{snippet}&apos;.</source>
        <translation>Non esiste la risposta predefinita &apos;{snippet}&apos;.</translation>
    </message>
    <message>
        <source>No call flow &apos;{flow}&apos; is loaded.</source>
        <translation>Il flusso di chiamata &apos;{flow}&apos; non è caricato.</translation>
    </message>
    <message>
        <source>You can only open your own interactions.</source>
        <translation>Può aprire solo le Sue interazioni.</translation>
    </message>
    <message>
        <source>You can add notes to customers you serve.</source>
        <translation>Può aggiungere note ai clienti che ha servito.</translation>
    </message>
    <message>
        <source>You can open customers you have served; ask a team leader for others.</source>
        <translation>Può aprire i clienti che ha servito; per gli altri chieda a un team leader.</translation>
    </message>
    <message>
        <source>Only the author or a team leader can edit a note.</source>
        <translation>Solo l&apos;autore o un team leader può modificare una nota.</translation>
    </message>
    <message>
        <source>Only the author or a team leader can read versions.</source>
        <translation>Solo l&apos;autore o un team leader può leggere le versioni.</translation>
    </message>
    <message>
        <source>Only the taker or a team leader can add notes.</source>
        <translation>Solo chi ha preso il messaggio o un team leader può aggiungere note.</translation>
    </message>
    <message>
        <source>Only the person a message is for, whoever took it or a team leader can change its status.</source>
        <translation>Solo il destinatario del messaggio, chi lo ha preso o un team leader può cambiarne lo stato.</translation>
    </message>
    <message>
        <source>Message status: one of {choices}.</source>
        <translation>Stato del messaggio: uno tra {choices}.</translation>
    </message>
    <message>
        <source>This call is already linked to another customer; you can open customers you have served.</source>
        <translation>Questa chiamata è già collegata a un altro cliente; può aprire i clienti che ha servito.</translation>
    </message>
    <message>
        <source>This record&apos;s phone number is not the number calling: link it to the call only once the caller has answered the security questions, and say so.</source>
        <translation>Il numero di telefono di questa scheda non è quello che sta chiamando: la colleghi alla chiamata solo dopo che il chiamante ha risposto alle domande di sicurezza, e lo dichiari.</translation>
    </message>
    <message>
        <source>Outside a live call you can link only customers you have served.</source>
        <translation>Fuori da una chiamata in corso può collegare solo i clienti che ha servito.</translation>
    </message>
    <message>
        <source>Only the representative it is for can acknowledge it.</source>
        <translation>Solo l&apos;operatore a cui è destinato può confermarne la lettura.</translation>
    </message>
    <message>
        <source>Only a team leader can add accounts.</source>
        <translation>Solo un team leader può aggiungere account.</translation>
    </message>
    <message>
        <source>Only a team leader can change display names.</source>
        <translation>Solo un team leader può cambiare i nomi visualizzati.</translation>
    </message>
    <message>
        <source>Only a team leader can change another account&apos;s language.</source>
        <translation>Solo un team leader può cambiare la lingua di un altro account.</translation>
    </message>
    <message>
        <source>Only a team leader can list accounts.</source>
        <translation>Solo un team leader può elencare gli account.</translation>
    </message>
    <message>
        <source>Only a team leader can calibrate checks.</source>
        <translation>Solo un team leader può calibrare i controlli.</translation>
    </message>
    <message>
        <source>Only a team leader can open the review queue.</source>
        <translation>Solo un team leader può aprire la coda di revisione.</translation>
    </message>
    <message>
        <source>Only a team leader can review interactions.</source>
        <translation>Solo un team leader può rivedere le interazioni.</translation>
    </message>
    <message>
        <source>Only a team leader can edit canned responses.</source>
        <translation>Solo un team leader può modificare le risposte predefinite.</translation>
    </message>
    <message>
        <source>Only a team leader can delete canned responses.</source>
        <translation>Solo un team leader può eliminare le risposte predefinite.</translation>
    </message>
    <message>
        <source>Only a team leader can import canned responses.</source>
        <translation>Solo un team leader può importare le risposte predefinite.</translation>
    </message>
    <message>
        <source>Only a team leader can read article feedback.</source>
        <translation>Solo un team leader può leggere il feedback sugli articoli.</translation>
    </message>
    <message>
        <source>Only a team leader can edit knowledge base articles.</source>
        <translation>Solo un team leader può modificare gli articoli della knowledge base.</translation>
    </message>
    <message>
        <source>Only a team leader can delete knowledge base articles.</source>
        <translation>Solo un team leader può eliminare gli articoli della knowledge base.</translation>
    </message>
    <message>
        <source>Only a team leader can import knowledge base articles.</source>
        <translation>Solo un team leader può importare articoli nella knowledge base.</translation>
    </message>
    <message>
        <source>Only a team leader can rebuild the search index.</source>
        <translation>Solo un team leader può ricostruire l&apos;indice di ricerca.</translation>
    </message>
    <message>
        <source>Only a team leader can see the team&apos;s figures.</source>
        <translation>Solo un team leader può vedere i dati del team.</translation>
    </message>
    <message>
        <source>Only a team leader can see another representative&apos;s figures.</source>
        <translation>Solo un team leader può vedere i dati di un altro operatore.</translation>
    </message>
    <message>
        <source>Only a team leader can change settings.</source>
        <translation>Solo un team leader può cambiare le impostazioni.</translation>
    </message>
    <message>
        <source>Only a team leader can export a customer&apos;s data.</source>
        <translation>Solo un team leader può esportare i dati di un cliente.</translation>
    </message>
    <message>
        <source>Only a team leader can erase a customer.</source>
        <translation>Solo un team leader può cancellare un cliente.</translation>
    </message>
    <message>
        <source>Only a team leader can give coaching feedback.</source>
        <translation>Solo un team leader può dare feedback di coaching.</translation>
    </message>
    <message>
        <source>Only a team leader can read the audit log.</source>
        <translation>Solo un team leader può leggere il registro di audit.</translation>
    </message>
    <message>
        <source>Only a team leader can change the forecast.</source>
        <translation>Solo un team leader può modificare la previsione.</translation>
    </message>
    <message>
        <source>Only a team leader can import the forecast.</source>
        <translation>Solo un team leader può importare la previsione.</translation>
    </message>
    <message>
        <source>Only a team leader can see the team&apos;s follow-ups.</source>
        <translation>Solo un team leader può vedere le richiamate del team.</translation>
    </message>
    <message>
        <source>Only a team leader can change the transfer directory.</source>
        <translation>Solo un team leader può modificare la rubrica per i trasferimenti.</translation>
    </message>
    <message>
        <source>Only a team leader can import the transfer directory.</source>
        <translation>Solo un team leader può importare la rubrica per i trasferimenti.</translation>
    </message>
    <message>
        <source>Only a team leader can import survey results.</source>
        <translation>Solo un team leader può importare i risultati dei sondaggi.</translation>
    </message>
    <message>
        <source>Only a team leader can review sync conflicts.</source>
        <translation>Solo un team leader può esaminare i conflitti di sincronizzazione.</translation>
    </message>
    <message>
        <source>Only a team leader can confirm sync conflicts.</source>
        <translation>Solo un team leader può confermare i conflitti di sincronizzazione.</translation>
    </message>
    <message>
        <source>Only a team leader can rotate the team key.</source>
        <translation>Solo un team leader può cambiare la chiave del team.</translation>
    </message>
    <message>
        <source>Only a team leader can check the team&apos;s audit chains.</source>
        <translation>Solo un team leader può verificare le catene di audit del team.</translation>
    </message>
    <message>
        <source>Only a team leader can start a team database.</source>
        <translation>Solo un team leader può avviare un database del team.</translation>
    </message>
    <message>
        <source>Only a team leader can join this workstation to a team database.</source>
        <translation>Solo un team leader può collegare questa postazione a un database del team.</translation>
    </message>
    <message>
        <source>Only a team leader can remove accounts.</source>
        <translation>Solo un team leader può rimuovere account.</translation>
    </message>
    <message>
        <source>That conflict is not open any more.</source>
        <translation>Quel conflitto non è più aperto.</translation>
    </message>
    <message>
        <source>The team database refused this user name or password.</source>
        <translation>Il database del team ha rifiutato questo nome utente o password.</translation>
    </message>
    <message>
        <source>The team database cannot be reached; check the address and network.</source>
        <translation>Il database del team non è raggiungibile; controlli l&apos;indirizzo e la rete.</translation>
    </message>
    <message>
        <source>This data folder is not joined to a team database.</source>
        <translation>Questa cartella dei dati non è collegata a un database del team.</translation>
    </message>
    <message>
        <source>No account named &apos;{account}&apos;.</source>
        <translation>Nessun account di nome &apos;{account}&apos;.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Non può rimuovere il Suo stesso account.</translation>
    </message>
    <message>
        <source>This account is not a member of the team database.</source>
        <translation>Questo account non è membro del database del team.</translation>
    </message>
    <message>
        <source>The team key could not be opened with this password; ask a team leader.</source>
        <translation>Non è stato possibile aprire la chiave del team con questa password; si rivolga a un team leader.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the team database failed; check the address&apos;s sslmode and the server&apos;s certificate with your IT team.</source>
        <translation>La connessione sicura (TLS) al database del team non è riuscita; verifichi con il reparto IT il parametro sslmode dell&apos;indirizzo e il certificato del server.</translation>
    </message>
    <message>
        <source>This workstation holds customer data of its own, so it cannot join a team database; a team leader can start a team database from it instead, which uploads that data.</source>
        <translation>Questa postazione contiene dati di clienti propri, quindi non può collegarsi a un database del team; un team leader può invece avviare un database del team da questa postazione, che carica quei dati.</translation>
    </message>
    <message>
        <source>This data folder is already joined to a team database.</source>
        <translation>Questa cartella dei dati è già collegata a un database del team.</translation>
    </message>
    <message>
        <source>This data folder already holds data of its own; join with an empty folder.</source>
        <translation>Questa cartella dei dati contiene già dati propri; si colleghi con una cartella vuota.</translation>
    </message>
    <message>
        <source>This data folder holds encrypted data; join with an empty folder.</source>
        <translation>Questa cartella dei dati contiene dati cifrati; si colleghi con una cartella vuota.</translation>
    </message>
    <message>
        <source>That team database already has members: use join.</source>
        <translation>Quel database del team ha già dei membri: usi il collegamento (join).</translation>
    </message>
    <message>
        <source>Team database: give a postgresql://host/database address.</source>
        <translation>Database del team: indichi un indirizzo postgresql://host/database.</translation>
    </message>
    <message>
        <source>Team database: not a valid postgresql:// address.</source>
        <translation>Database del team: non è un indirizzo postgresql:// valido.</translation>
    </message>
    <message>
        <source>The team key was changed by a team leader; log in again to continue.</source>
        <translation>La chiave del team è stata cambiata da un team leader; acceda di nuovo per continuare.</translation>
    </message>
    <message>
        <source>The team key on the team database changed without proof from the key this workstation holds; it was not adopted. Tell a team leader.</source>
        <translation>La chiave del team sul database del team è cambiata senza una prova dalla chiave che questa postazione possiede; non è stata adottata. Avvisi un team leader.</translation>
    </message>
    <message>
        <source>The audit log fails verification; rotating the key would hide that. Investigate first.</source>
        <translation>Il registro di audit non supera la verifica; ruotare la chiave lo nasconderebbe. Indaga prima.</translation>
    </message>
    <message>
        <source>The key is kept in a passphrase file: give the passphrase.</source>
        <translation>La chiave è in un file protetto da passphrase: inserisci la passphrase.</translation>
    </message>
    <message>
        <source>The team database holds different audit entries for this workstation (seq {seqs}): they were not sent; tell a team leader.</source>
        <translation>Il database del team contiene voci di audit diverse per questa postazione (seq {seqs}): non sono state inviate; avvisa un team leader.</translation>
    </message>
    <message>
        <source>The team database refused this workstation&apos;s audit credential: its audit entries were not sent; tell a team leader.</source>
        <translation>Il database del team ha rifiutato la credenziale di audit di questa postazione: le sue voci di audit non sono state inviate; avvisa un team leader.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>Survey: one of {choices}.</source>
        <translation>Sondaggio: uno tra {choices}.</translation>
    </message>
    <message>
        <source>{kind} score: a whole number from {low} to {high}.</source>
        <translation>Punteggio {kind}: un numero intero da {low} a {high}.</translation>
    </message>
    <message>
        <source>Unknown needs: {values}.</source>
        <translation>Esigenze sconosciute: {values}.</translation>
    </message>
    <message>
        <source>Unknown adjustments: {values}.</source>
        <translation>Accomodamenti sconosciuti: {values}.</translation>
    </message>
    <message>
        <source>Confirm by: one of {choices}.</source>
        <translation>Conferma tramite: uno tra {choices}.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} s.</source>
        <translation>Troppi tentativi non riusciti. Riprovi tra {seconds} s.</translation>
    </message>
    <message>
        <source>The call step could not be kept on disk; check the free space of the data folder.</source>
        <translation>Non è stato possibile salvare su disco il passo della chiamata; controlli lo spazio libero della cartella dei dati.</translation>
    </message>
    <message>
        <source>Forecast: intervals must be {choices} minutes long.</source>
        <translation>Previsione: gli intervalli devono durare {choices} minuti.</translation>
    </message>
    <message>
        <source>Forecast: {where}: intervals start every {minutes} minutes.</source>
        <translation>Previsione: {where}: gli intervalli iniziano ogni {minutes} minuti.</translation>
    </message>
    <message>
        <source>Forecast: {where}: appears twice.</source>
        <translation>Previsione: {where}: compare due volte.</translation>
    </message>
    <message>
        <source>Forecast: {where}: calls must be between 0 and {limit}.</source>
        <translation>Previsione: {where}: le chiamate devono essere tra 0 e {limit}.</translation>
    </message>
    <message>
        <source>Forecast: {where}: the handle time must be above 0 and at most a day.</source>
        <translation>Previsione: {where}: la durata di gestione deve essere maggiore di 0 e al massimo un giorno.</translation>
    </message>
    <message>
        <source>Directory: kind must be department or person.</source>
        <translation>Rubrica: il tipo deve essere reparto o persona.</translation>
    </message>
    <message>
        <source>Directory: name: at most {limit} characters.</source>
        <translation>Rubrica: nome: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Directory: department: at most {limit} characters.</source>
        <translation>Rubrica: reparto: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Directory: availability: at most {limit} characters.</source>
        <translation>Rubrica: disponibilità: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Directory: name is missing.</source>
        <translation>Rubrica: manca il nome.</translation>
    </message>
    <message>
        <source>Directory: number &apos;{number}&apos; is not a phone number.</source>
        <translation>Rubrica: &apos;{number}&apos; non è un numero di telefono.</translation>
    </message>
    <message>
        <source>Directory: extension: up to 8 digits.</source>
        <translation>Rubrica: interno: fino a 8 cifre.</translation>
    </message>
    <message>
        <source>Directory: give a number or an extension.</source>
        <translation>Rubrica: indichi un numero o un interno.</translation>
    </message>
    <message>
        <source>Directory: topics: at most {limit}, each up to 80 characters.</source>
        <translation>Rubrica: argomenti: al massimo {limit}, ognuno fino a 80 caratteri.</translation>
    </message>
    <message>
        <source>Directory: the file is too large to be a directory.</source>
        <translation>Rubrica: il file è troppo grande per essere una rubrica.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program; try again in a moment.</source>
        <translation>Il database è occupato da un&apos;altra finestra o da un altro programma; riprovi tra un momento.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and save again.</source>
        <translation>Il disco è pieno: non è stato salvato nulla. Liberi spazio e salvi di nuovo.</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved.</source>
        <translation>La cartella dei dati è di sola lettura: non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The database file is damaged; it was not changed. Restore a backup.</source>
        <translation>Il file del database è danneggiato; non è stato modificato. Ripristini un backup.</translation>
    </message>
    <message>
        <source>The database file cannot be opened (missing folder or no permission).</source>
        <translation>Il file del database non può essere aperto (cartella mancante o permessi insufficienti).</translation>
    </message>
    <message>
        <source>The change conflicts with data already stored.</source>
        <translation>La modifica è in conflitto con dati già salvati.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}); nothing more is shown, as the details may hold personal data. Try again; if it happens again, tell your IT team.</source>
        <translation>Si è verificato un errore imprevisto ({kind}); non viene mostrato altro, perché i dettagli potrebbero contenere dati personali. Riprova; se succede di nuovo, avvisa il reparto IT.</translation>
    </message>
    <message>
        <source>The database reported an error; nothing was saved.</source>
        <translation>Il database ha segnalato un errore; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The data folder could not be used ({reason}).</source>
        <translation>Non è stato possibile usare la cartella dei dati ({reason}).</translation>
    </message>
    <message>
        <source>Both key stores (keys.sqlite3 and keys-mirror.sqlite3) are damaged or missing, so customer data cannot be opened. Nothing was changed; restore them from a copy of this data folder.</source>
        <translation>Entrambi gli archivi delle chiavi (keys.sqlite3 e keys-mirror.sqlite3) sono danneggiati o mancanti, quindi i dati dei clienti non possono essere aperti. Non è stato modificato nulla; li ripristini da una copia di questa cartella dei dati.</translation>
    </message>
    <message>
        <source>This data folder holds encrypted data but both key stores (keys.sqlite3 and keys-mirror.sqlite3) are missing. Nothing was changed; restore them from a copy of this data folder.</source>
        <translation>Questa cartella dei dati contiene dati cifrati ma mancano entrambi gli archivi delle chiavi (keys.sqlite3 e keys-mirror.sqlite3). Non è stato modificato nulla; li ripristini da una copia di questa cartella dei dati.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read ({reason}).</source>
        <translation>Il file del database {path} non può essere letto ({reason}).</translation>
    </message>
    <message>
        <source>The database file {path} is not an agentdesk database or is damaged; it was left untouched. Restore a backup or choose another data folder.</source>
        <translation>Il file {path} non è un database di agentdesk o è danneggiato; non è stato toccato. Ripristini un backup o scelga un&apos;altra cartella dei dati.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be opened.</source>
        <translation>Il file del database {path} non può essere aperto.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged; it was left untouched. Restore a backup.</source>
        <translation>Il file del database {path} è danneggiato; non è stato toccato. Ripristini un backup.</translation>
    </message>
    <message>
        <source>The database file {path} failed its integrity check ({integrity}); it was left untouched. Restore a backup.</source>
        <translation>Il file del database {path} non ha superato il controllo di integrità ({integrity}); non è stato toccato. Ripristini un backup.</translation>
    </message>
    <message>
        <source>The database in {folder} was written by a newer version of agentdesk (schema {revision}); it was left untouched. Install that version or newer.</source>
        <translation>Il database in {folder} è stato scritto da una versione più recente di agentdesk (schema {revision}); non è stato toccato. Installi quella versione o una più recente.</translation>
    </message>
    <message>
        <source>The database {name} is empty (0 bytes), but this data folder&apos;s key store holds keys for existing data. Nothing was changed. Restore a backup (agentdesk db restore --newest) or the file itself.</source>
        <translation>Il database {name} è vuoto (0 byte), ma l&apos;archivio delle chiavi di questa cartella contiene chiavi per dati esistenti. Non è stato modificato nulla. Ripristini un backup (agentdesk db restore --newest) o il file stesso.</translation>
    </message>
    <message>
        <source>The database {name} is missing, but this data folder&apos;s key store holds keys for existing data. Nothing was changed. Restore a backup (agentdesk db restore --newest) or the file itself.</source>
        <translation>Il database {name} manca, ma l&apos;archivio delle chiavi di questa cartella contiene chiavi per dati esistenti. Non è stato modificato nulla. Ripristini un backup (agentdesk db restore --newest) o il file stesso.</translation>
    </message>
    <message>
        <source>The database could not be read ({reason}).</source>
        <translation>Non è stato possibile leggere il database ({reason}).</translation>
    </message>
    <message>
        <source>The backup could not be written ({reason}).</source>
        <translation>Non è stato possibile scrivere il backup ({reason}).</translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was discarded.</source>
        <translation>Il backup non ha superato il controllo di integrità ed è stato scartato.</translation>
    </message>
    <message>
        <source>The backup failed its check after writing and was discarded.</source>
        <translation>Il backup non ha superato il controllo dopo la scrittura ed è stato scartato.</translation>
    </message>
    <message>
        <source>The backup file cannot be read ({reason}).</source>
        <translation>Il file di backup non può essere letto ({reason}).</translation>
    </message>
    <message>
        <source>The file is not an agentdesk backup (not a SQLite database).</source>
        <translation>Il file non è un backup di agentdesk (non è un database SQLite).</translation>
    </message>
    <message>
        <source>The backup file is incomplete (truncated); it cannot be restored.</source>
        <translation>Il file di backup è incompleto (troncato); non può essere ripristinato.</translation>
    </message>
    <message>
        <source>The backup file cannot be opened.</source>
        <translation>Il file di backup non può essere aperto.</translation>
    </message>
    <message>
        <source>The backup file is damaged; it cannot be restored.</source>
        <translation>Il file di backup è danneggiato; non può essere ripristinato.</translation>
    </message>
    <message>
        <source>The backup file failed its integrity check; it cannot be restored.</source>
        <translation>Il file di backup non ha superato il controllo di integrità; non può essere ripristinato.</translation>
    </message>
    <message>
        <source>The file is not an agentdesk backup (it has no schema version).</source>
        <translation>Il file non è un backup di agentdesk (non ha una versione di schema).</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of agentdesk (schema {revision}); install that version or newer to restore it.</source>
        <translation>Il backup è stato creato da una versione più recente di agentdesk (schema {revision}); per ripristinarlo installi quella versione o una più recente.</translation>
    </message>
    <message>
        <source>The backup does not say which master key its data was written under; it cannot be restored.</source>
        <translation>Il backup non indica con quale chiave principale sono stati scritti i dati; non può essere ripristinato.</translation>
    </message>
    <message>
        <source>The backup was made under a different master key than this data folder&apos;s (another data folder, or before a key rotation); its data could not be opened here.</source>
        <translation>Il backup è stato creato con una chiave principale diversa da quella di questa cartella dei dati (un&apos;altra cartella, o prima di una rotazione della chiave); i suoi dati non possono essere aperti qui.</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup.</source>
        <translation>Quel file è il database stesso; scelga un backup.</translation>
    </message>
    <message>
        <source>The backup could not be copied ({reason}).</source>
        <translation>Non è stato possibile copiare il backup ({reason}).</translation>
    </message>
    <message>
        <source>The copy of the backup is not sound: {problem}</source>
        <translation>La copia del backup non è integra: {problem}</translation>
    </message>
    <message>
        <source>The current database could not be copied aside ({reason}); nothing was changed.</source>
        <translation>Non è stato possibile mettere da parte una copia del database attuale ({reason}); non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The database is open in agentdesk or another program; close it and try again. Nothing was changed.</source>
        <translation>Il database è aperto in agentdesk o in un altro programma; lo chiuda e riprovi. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>{path}: settings file is nested too deeply to be settings.</source>
        <translation>{path}: il file delle impostazioni è annidato troppo in profondità per contenere impostazioni.</translation>
    </message>
    <message>
        <source>{path}: settings file is not readable JSON ({reason}).</source>
        <translation>{path}: il file delle impostazioni non è JSON leggibile ({reason}).</translation>
    </message>
    <message>
        <source>{path}: settings file must hold a JSON object.</source>
        <translation>{path}: il file delle impostazioni deve contenere un oggetto JSON.</translation>
    </message>
    <message>
        <source>{path}: queue settings file is nested too deeply to be settings.</source>
        <translation>{path}: il file delle impostazioni della coda è annidato troppo in profondità per contenere impostazioni.</translation>
    </message>
    <message>
        <source>{path}: queue settings file is not readable JSON ({reason}).</source>
        <translation>{path}: il file delle impostazioni della coda non è JSON leggibile ({reason}).</translation>
    </message>
    <message>
        <source>{path}: queue settings file must hold a JSON object.</source>
        <translation>{path}: il file delle impostazioni della coda deve contenere un oggetto JSON.</translation>
    </message>
    <message>
        <source>--data-dir is empty; give a folder, or leave the option out.</source>
        <translation>--data-dir è vuoto; indichi una cartella oppure ometta l&apos;opzione.</translation>
    </message>
    <message>
        <source>The bundled data folder is missing ({package}).</source>
        <translation>Manca la cartella dei dati inclusa nell&apos;applicazione ({package}).</translation>
    </message>
    <message>
        <source>The bundled data folder is not a folder on disk ({folder}).</source>
        <translation>La cartella dei dati inclusa nell&apos;applicazione non è una cartella sul disco ({folder}).</translation>
    </message>
    <message>
        <source>No secure system keyring is available.</source>
        <translation>Non è disponibile un portachiavi di sistema sicuro.</translation>
    </message>
    <message>
        <source>The system keyring reported an error.</source>
        <translation>Il portachiavi di sistema ha segnalato un errore.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>Il portachiavi di sistema è bloccato.</translation>
    </message>
    <message>
        <source>The system keyring did not answer in time.</source>
        <translation>Il portachiavi di sistema non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The key stored in the system keyring is not a valid key.</source>
        <translation>La chiave salvata nel portachiavi di sistema non è valida.</translation>
    </message>
    <message>
        <source>The key file does not exist.</source>
        <translation>Il file della chiave non esiste.</translation>
    </message>
    <message>
        <source>A key file already exists; it was not replaced.</source>
        <translation>Esiste già un file della chiave; non è stato sostituito.</translation>
    </message>
    <message>
        <source>The key file is damaged and cannot be read.</source>
        <translation>Il file della chiave è danneggiato e non può essere letto.</translation>
    </message>
    <message>
        <source>The key file was written by a newer or unknown version.</source>
        <translation>Il file della chiave è stato scritto da una versione più recente o sconosciuta.</translation>
    </message>
    <message>
        <source>The key file could not be read from disk.</source>
        <translation>Non è stato possibile leggere il file della chiave dal disco.</translation>
    </message>
    <message>
        <source>The key file could not be written to disk.</source>
        <translation>Non è stato possibile scrivere il file della chiave sul disco.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La passphrase non è corretta.</translation>
    </message>
    <message>
        <source>Encrypted data is malformed.</source>
        <translation>I dati cifrati non sono validi.</translation>
    </message>
    <message>
        <source>Encrypted data uses an unknown format version.</source>
        <translation>I dati cifrati usano una versione di formato sconosciuta.</translation>
    </message>
    <message>
        <source>This record&apos;s key has been destroyed; it cannot be read.</source>
        <translation>La chiave di questo record è stata distrutta; non si può leggere.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>La passphrase deve avere almeno {minimum} caratteri.</translation>
    </message>
    <message>
        <source>The customer&apos;s answer came from the survey import; only a team leader can change it.</source>
        <translation>La risposta del cliente proviene dall&apos;importazione del sondaggio; solo un team leader può modificarla.</translation>
    </message>
    <message>
        <source>Encrypted data could not be authenticated: wrong key, wrong record, or tampered data.</source>
        <translation>Non è stato possibile autenticare i dati cifrati: chiave sbagliata, record sbagliato o dati manomessi.</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; has no transition {index}.</source>
        <translation>Il passo &apos;{step}&apos; non ha la transizione {index}.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is not possible yet.</source>
        <translation>&apos;{label}&apos; non è ancora possibile.</translation>
    </message>
    <message>
        <source>The wrap-up is not complete.</source>
        <translation>La chiusura non è completa.</translation>
    </message>
    <message>
        <source>Flow &apos;{flow}&apos; has no step &apos;{step}&apos;.</source>
        <translation>Il flusso &apos;{flow}&apos; non ha il passo &apos;{step}&apos;.</translation>
    </message>
    <message>
        <source>Flow &apos;{flow}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Il flusso &apos;{flow}&apos; non ha il campo &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>Flow &apos;{flow}&apos; has no check &apos;{check}&apos;.</source>
        <translation>Il flusso &apos;{flow}&apos; non ha il controllo &apos;{check}&apos;.</translation>
    </message>
    <message>
        <source>The end reason &apos;{reason}&apos; must be lower-case letters, digits or _.</source>
        <translation>Il motivo di fine &apos;{reason}&apos; deve contenere solo lettere minuscole, cifre o _.</translation>
    </message>
    <message>
        <source>Unknown procedure event &apos;{kind}&apos;.</source>
        <translation>Evento di procedura sconosciuto: &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>The event &apos;{kind}&apos; holds data that cannot be stored.</source>
        <translation>L&apos;evento &apos;{kind}&apos; contiene dati che non si possono salvare.</translation>
    </message>
    <message>
        <source>The caller is already on hold.</source>
        <translation>Il chiamante è già in attesa.</translation>
    </message>
    <message>
        <source>The caller is not on hold.</source>
        <translation>Il chiamante non è in attesa.</translation>
    </message>
    <message>
        <source>Not possible before the call starts.</source>
        <translation>Non è possibile prima che la chiamata inizi.</translation>
    </message>
    <message>
        <source>Not possible while the call goes on.</source>
        <translation>Non è possibile mentre la chiamata è in corso.</translation>
    </message>
    <message>
        <source>Not possible during the wrap-up.</source>
        <translation>Non è possibile durante la chiusura.</translation>
    </message>
    <message>
        <source>Not possible: the call is finished.</source>
        <translation>Non è possibile: la chiamata è terminata.</translation>
    </message>
    <message>
        <source>{label}: expected yes or no.</source>
        <translation>{label}: serve sì o no.</translation>
    </message>
    <message>
        <source>{label}: expected a list of tags.</source>
        <translation>{label}: serve un elenco di etichette.</translation>
    </message>
    <message>
        <source>{label}: expected tags among {choices}.</source>
        <translation>{label}: servono etichette tra {choices}.</translation>
    </message>
    <message>
        <source>{label}: expected text.</source>
        <translation>{label}: serve un testo.</translation>
    </message>
    <message>
        <source>{label}: at most {limit} characters.</source>
        <translation>{label}: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>{label}: expected one of {choices}.</source>
        <translation>{label}: serve uno tra {choices}.</translation>
    </message>
    <message>
        <source>{label}: expected a date as YYYY-MM-DD.</source>
        <translation>{label}: serve una data nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>{label}: expected a date and time as YYYY-MM-DDTHH:MM.</source>
        <translation>{label}: servono data e ora nel formato AAAA-MM-GGTHH:MM.</translation>
    </message>
    <message>
        <source>An event log entry does not have the expected keys.</source>
        <translation>Una voce del registro eventi non ha le chiavi previste.</translation>
    </message>
    <message>
        <source>Event log entry {seq} has a value of the wrong type.</source>
        <translation>La voce {seq} del registro eventi ha un valore del tipo sbagliato.</translation>
    </message>
    <message>
        <source>Event log entry {seq} cannot be read.</source>
        <translation>La voce {seq} del registro eventi non si può leggere.</translation>
    </message>
    <message>
        <source>The event log names step &apos;{step}&apos;, which flow &apos;{flow}&apos; does not have.</source>
        <translation>Il registro eventi nomina il passo &apos;{step}&apos;, che il flusso &apos;{flow}&apos; non ha.</translation>
    </message>
    <message>
        <source>Event {seq} follows event {previous}: the log has a gap.</source>
        <translation>L&apos;evento {seq} segue l&apos;evento {previous}: nel registro manca qualcosa.</translation>
    </message>
    <message>
        <source>The event log does not begin with the start of a call.</source>
        <translation>Il registro eventi non comincia con l&apos;inizio di una chiamata.</translation>
    </message>
    <message>
        <source>The event log is not a call of flow &apos;{flow}&apos;.</source>
        <translation>Il registro eventi non è una chiamata del flusso &apos;{flow}&apos;.</translation>
    </message>
    <message>
        <source>The caller number must be digits, optionally with a leading + and spaces, brackets, dots or dashes (3 to 32 characters).</source>
        <translation>Il numero del chiamante deve contenere cifre, con un + iniziale facoltativo e spazi, parentesi, punti o trattini (da 3 a 32 caratteri).</translation>
    </message>
    <message>
        <source>Verification: this flow has no verify step.</source>
        <translation>Verifica: questo flusso non ha un passo di verifica.</translation>
    </message>
    <message>
        <source>Verification: {matched} of {required} needed answers match.</source>
        <translation>Verifica: corrispondono {matched} delle {required} risposte richieste.</translation>
    </message>
    <message>
        <source>Hold: say why first.</source>
        <translation>Attesa: dica prima il motivo.</translation>
    </message>
    <message>
        <source>Hold: at most {limit} characters.</source>
        <translation>Attesa: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Hold: the estimate is 1 s to 60 min.</source>
        <translation>Attesa: la stima va da 1 s a 60 min.</translation>
    </message>
    <message>
        <source>Hold: the new estimate is in seconds.</source>
        <translation>Attesa: la nuova stima è in secondi.</translation>
    </message>
    <message>
        <source>Hold: the new estimate is 0 s to 60 min.</source>
        <translation>Attesa: la nuova stima va da 0 s a 60 min.</translation>
    </message>
    <message>
        <source>Hold: answer one of {choices}.</source>
        <translation>Attesa: la risposta è una tra {choices}.</translation>
    </message>
    <message>
        <source>Hold: the wait may pass the limit; offer a call-back before holding.</source>
        <translation>Attesa: l&apos;attesa potrebbe superare il limite; offra una richiamata prima di mettere in attesa.</translation>
    </message>
    <message>
        <source>Hold: ask the caller and record their yes first.</source>
        <translation>Attesa: chieda al chiamante e registri prima il suo sì.</translation>
    </message>
    <message>
        <source>Hold: the caller is on hold already.</source>
        <translation>Attesa: il chiamante è già in attesa.</translation>
    </message>
    <message>
        <source>Hold: the caller is not on hold.</source>
        <translation>Attesa: il chiamante non è in attesa.</translation>
    </message>
    <message>
        <source>Hold: ask the caller first (why and how long).</source>
        <translation>Attesa: chieda prima al chiamante (perché e per quanto).</translation>
    </message>
    <message>
        <source>Transfer: one is under way already.</source>
        <translation>Trasferimento: ce n&apos;è già uno in corso.</translation>
    </message>
    <message>
        <source>Transfer: only when you cannot help yourself.</source>
        <translation>Trasferimento: solo quando Lei non può aiutare.</translation>
    </message>
    <message>
        <source>Transfer: pick who to transfer to.</source>
        <translation>Trasferimento: scelga a chi trasferire.</translation>
    </message>
    <message>
        <source>Transfer: say why they can help.</source>
        <translation>Trasferimento: dica perché possono aiutare.</translation>
    </message>
    <message>
        <source>Transfer: at most {limit} characters.</source>
        <translation>Trasferimento: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Transfer: tell the caller why and to whom first.</source>
        <translation>Trasferimento: dica prima al chiamante perché e a chi.</translation>
    </message>
    <message>
        <source>Transfer: start it (tell the caller) first.</source>
        <translation>Trasferimento: prima lo avvii (informi il chiamante).</translation>
    </message>
    <message>
        <source>Transfer: the reason is one of {choices}.</source>
        <translation>Trasferimento: il motivo è uno tra {choices}.</translation>
    </message>
    <message>
        <source>Message: some parts are missing or wrong.</source>
        <translation>Messaggio: alcune parti mancano o sono errate.</translation>
    </message>
    <message>
        <source>Message: read it back and have the caller confirm it first.</source>
        <translation>Messaggio: prima lo rilegga e lo faccia confermare al chiamante.</translation>
    </message>
    <message>
        <source>Call-back: give the number to call.</source>
        <translation>Richiamata: indichi il numero da chiamare.</translation>
    </message>
    <message>
        <source>Call-back: that is not a phone number; check the digits.</source>
        <translation>Richiamata: questo non è un numero di telefono; controlli le cifre.</translation>
    </message>
    <message>
        <source>Call-back: pick when to call back.</source>
        <translation>Richiamata: scelga quando richiamare.</translation>
    </message>
    <message>
        <source>Call-back: the end of the window must be after its start.</source>
        <translation>Richiamata: la fine della fascia oraria deve essere dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>Call-back: say what it is about.</source>
        <translation>Richiamata: dica di che cosa si tratta.</translation>
    </message>
    <message>
        <source>Call-back: the reason is at most {limit} characters.</source>
        <translation>Richiamata: il motivo è al massimo di {limit} caratteri.</translation>
    </message>
    <message>
        <source>{setting}: at least {limit}.</source>
        <translation>{setting}: almeno {limit}.</translation>
    </message>
    <message>
        <source>{setting}: at most {limit}.</source>
        <translation>{setting}: al massimo {limit}.</translation>
    </message>
    <message>
        <source>interval_minutes: one of {choices}.</source>
        <translation>interval_minutes: uno tra {choices}.</translation>
    </message>
    <message>
        <source>Simulator: {name} must be above 0.</source>
        <translation>Simulatore: {name} deve essere maggiore di 0.</translation>
    </message>
    <message>
        <source>Simulator: agents must be 0 or more.</source>
        <translation>Simulatore: gli operatori devono essere 0 o più.</translation>
    </message>
    <message>
        <source>Simulator: patience must be above 0.</source>
        <translation>Simulatore: la pazienza deve essere maggiore di 0.</translation>
    </message>
    <message>
        <source>First name: at most {limit} characters.</source>
        <translation>Nome: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Surname: at most {limit} characters.</source>
        <translation>Cognome: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Phone: at most {limit} characters.</source>
        <translation>Telefono: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>E-mail: at most {limit} characters.</source>
        <translation>E-mail: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Each tag: at most {limit} characters.</source>
        <translation>Ogni etichetta: al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Tags: at most {limit}.</source>
        <translation>Etichette: al massimo {limit}.</translation>
    </message>
    <message>
        <source>Calls offered must be a number above 0, got {value}.</source>
        <translation>Le chiamate offerte devono essere un numero maggiore di 0, trovato {value}.</translation>
    </message>
    <message>
        <source>The interval length must be above 0 seconds, got {value}.</source>
        <translation>La durata dell&apos;intervallo deve superare 0 secondi, trovato {value}.</translation>
    </message>
    <message>
        <source>The average handle time must be above 0 seconds, got {value}.</source>
        <translation>Il tempo medio di gestione deve superare 0 secondi, trovato {value}.</translation>
    </message>
    <message>
        <source>The average patience must be above 0 seconds, got {value}.</source>
        <translation>La pazienza media deve superare 0 secondi, trovato {value}.</translation>
    </message>
    <message>
        <source>{percent}% within any time cannot be guaranteed by any number of agents: calls arrive at random, so some always wait; use a target below 100%, e.g. 95/20.</source>
        <translation>Il {percent}% entro un tempo qualsiasi non si può garantire con nessun numero di operatori: le chiamate arrivano a caso, quindi qualcuno attende sempre; usi un obiettivo sotto il 100%, per esempio 95/20.</translation>
    </message>
    <message>
        <source>The target service level must be above 0% and below 100%, got {value}.</source>
        <translation>Il livello di servizio obiettivo deve essere sopra lo 0% e sotto il 100%, trovato {value}.</translation>
    </message>
    <message>
        <source>The maximum occupancy must be above 0% and at most 100%, got {value}.</source>
        <translation>L&apos;occupazione massima deve essere sopra lo 0% e al massimo il 100%, trovato {value}.</translation>
    </message>
    <message>
        <source>The maximum abandonment must be above 0% and at most 100%, got {value}.</source>
        <translation>L&apos;abbandono massimo deve essere sopra lo 0% e al massimo il 100%, trovato {value}.</translation>
    </message>
    <message>
        <source>The target answer time must be 0 seconds or more, got {value}.</source>
        <translation>Il tempo di risposta obiettivo deve essere di 0 secondi o più, trovato {value}.</translation>
    </message>
    <message>
        <source>Shrinkage must be at least 0% and below 100%, got {value}.</source>
        <translation>Lo shrinkage deve essere almeno dello 0% e sotto il 100%, trovato {value}.</translation>
    </message>
    <message>
        <source>The load is {load} Erlangs; expected at most {limit}.</source>
        <translation>Il carico è di {load} Erlang; il massimo previsto è {limit}.</translation>
    </message>
    <message>
        <source>Agents must be a whole number of at least 1, got {value}.</source>
        <translation>Gli operatori devono essere un numero intero di almeno 1, trovato {value}.</translation>
    </message>
    <message>
        <source>{name}: expected a duration like 180s, 30m or 1h.</source>
        <translation>{name}: serve una durata come 180s, 30m o 1h.</translation>
    </message>
    <message>
        <source>{name}: expected a duration like 180s, 30m, 1h or 1h30m, got &apos;{value}&apos;.</source>
        <translation>{name}: serve una durata come 180s, 30m, 1h o 1h30m, trovato &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{name}: expected a percentage like 30% or a fraction like 0.3.</source>
        <translation>{name}: serve una percentuale come 30% o una frazione come 0.3.</translation>
    </message>
    <message>
        <source>{name}: {number} is ambiguous; write {number}% or a fraction like 0.3.</source>
        <translation>{name}: {number} è ambiguo; scriva {number}% o una frazione come 0.3.</translation>
    </message>
    <message>
        <source>{name}: expected a service-level target like 80/20 (80% within 20 seconds).</source>
        <translation>{name}: serve un obiettivo di livello di servizio come 80/20 (80% entro 20 secondi).</translation>
    </message>
    <message>
        <source>{name}: &apos;{value}&apos; is too large.</source>
        <translation>{name}: &apos;{value}&apos; è troppo grande.</translation>
    </message>
    <message>
        <source>The file is empty; expected a header row with &apos;calls&apos;.</source>
        <translation>Il file è vuoto; serve una riga di intestazione con &apos;calls&apos;.</translation>
    </message>
    <message>
        <source>Unknown column &apos;{name}&apos;; expected some of {known}.</source>
        <translation>Colonna sconosciuta &apos;{name}&apos;; sono previste alcune tra {known}.</translation>
    </message>
    <message>
        <source>Column &apos;{name}&apos; appears twice.</source>
        <translation>La colonna &apos;{name}&apos; compare due volte.</translation>
    </message>
    <message>
        <source>No &apos;calls&apos; column; it holds the calls offered in each interval.</source>
        <translation>Manca la colonna &apos;calls&apos;; contiene le chiamate offerte in ogni intervallo.</translation>
    </message>
    <message>
        <source>No &apos;{name}&apos; column and no {option} given.</source>
        <translation>Manca la colonna &apos;{name}&apos; e non è stato indicato {option}.</translation>
    </message>
    <message>
        <source>calls: empty; expected the calls offered, e.g. 120.</source>
        <translation>calls: vuoto; servono le chiamate offerte, per esempio 120.</translation>
    </message>
    <message>
        <source>calls: expected a number like 120, got &apos;{value}&apos;.</source>
        <translation>calls: serve un numero come 120, trovato &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{name}: empty and no --{name} given.</source>
        <translation>{name}: vuoto e non è stato indicato --{name}.</translation>
    </message>
    <message>
        <source>Give the workstation&apos;s id as `agentdesk team status` shows it.</source>
        <translation>Indichi l&apos;id della postazione come lo mostra `agentdesk team status`.</translation>
    </message>
    <message>
        <source>Give the seq of each entry to move (1 or more).</source>
        <translation>Indichi il seq di ogni voce da spostare (1 o più).</translation>
    </message>
    <message>
        <source>That workstation has no entry at those seqs on the team database.</source>
        <translation>Quella postazione non ha voci con quei seq nel database del team.</translation>
    </message>
    <message>
        <source>That workstation has no audit registration on the team database.</source>
        <translation>Quella postazione non ha una registrazione di audit nel database del team.</translation>
    </message>
</context>
<context>
    <name>EstimateBox</name>
    <message>
        <source>minutes, or m:ss</source>
        <translation>minuti, oppure m:ss</translation>
    </message>
    <message>
        <source>Pick an estimate or type one: 4 (minutes), 1:30 or 90s</source>
        <translation>Scelga una stima o la digiti: 4 (minuti), 1:30 o 90s</translation>
    </message>
</context>
<context>
    <name>EstimatePanel</name>
    <message>
        <source>Agents needed</source>
        <translation>Operatori necessari</translation>
    </message>
    <message>
        <source>Staff to schedule</source>
        <translation>Personale da pianificare</translation>
    </message>
    <message>
        <source>Agents staffed now</source>
        <translation>Operatori in servizio ora</translation>
    </message>
    <message>
        <source>Agents for the prediction</source>
        <translation>Operatori per la previsione</translation>
    </message>
    <message>
        <source>What if this many agents answered calls? (+ and -)</source>
        <translation>E se rispondessero questi operatori? (+ e -)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>In tempo reale</translation>
    </message>
    <message>
        <source>Predict for the agents staffed now</source>
        <translation>Prevedi per gli operatori in servizio ora</translation>
    </message>
    <message>
        <source>Predicted service level</source>
        <translation>Livello di servizio previsto</translation>
    </message>
    <message>
        <source>ASA (answered calls)</source>
        <translation>ASA (chiamate risposte)</translation>
    </message>
    <message>
        <source>Mean wait, all callers</source>
        <translation>Attesa media, tutti i chiamanti</translation>
    </message>
    <message>
        <source>Counts the callers who hung up as well as those answered</source>
        <translation>Conta sia i chiamanti che hanno riagganciato sia quelli che hanno avuto risposta</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupazione</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abbandonate</translation>
    </message>
    <message>
        <source>Staffing for this interval</source>
        <translation>Personale per questo intervallo</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>E se</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Livello di servizio</translation>
    </message>
    <message>
        <source>· all callers</source>
        <translation>· tutti i chiamanti</translation>
    </message>
    <message>
        <source>ASA (answered)</source>
        <translation>ASA (risposte)</translation>
    </message>
    <message>
        <source>No forecast for this interval: nothing to compare</source>
        <translation>Nessuna previsione per questo intervallo: nulla da confrontare</translation>
    </message>
    <message>
        <source>%1 (%2 shrinkage)</source>
        <translation>%1 (%2 shrinkage)</translation>
    </message>
    <message>
        <source>unbounded: queue grows</source>
        <translation>illimitata: la coda cresce</translation>
    </message>
    <message>
        <source>Staffed now: %1</source>
        <translation>In servizio ora: %1</translation>
    </message>
    <message>
        <source>What-if: %1</source>
        <translation>Ipotesi: %1</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Non aggiornato</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Ultimo</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <source>%1 after the call</source>
        <translation>%1 dopo la chiamata</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tempistica</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Letto</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Article feedback</source>
        <translation>Feedback sugli articoli</translation>
    </message>
    <message>
        <source>Comments on the selected article</source>
        <translation>Commenti sull&apos;articolo selezionato</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Apri articolo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Comments, newest first</source>
        <translation>Commenti, dal più recente</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) with feedback</source>
        <translation>
            <numerusform>%n articolo con feedback</numerusform>
            <numerusform>%n articoli con feedback</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Ancora nessun feedback.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— scelga —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FinishJoinDialog</name>
    <message>
        <source>Finish joining the team database</source>
        <translation>Completare l&apos;adesione al database del team</translation>
    </message>
    <message>
        <source>Team database &amp;address:</source>
        <translation>&amp;Indirizzo del database del team:</translation>
    </message>
    <message>
        <source>Team &amp;account:</source>
        <translation>&amp;Account del team:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>This workstation joined a team database, but the team&apos;s data has not arrived yet, so nobody can log in here. Log in with any team account to download it; agentdesk then starts again.</source>
        <translation>Questa postazione ha aderito a un database del team, ma i dati del team non sono ancora arrivati, quindi qui non può accedere nessuno. Acceda con un qualsiasi account del team per scaricarli; poi agentdesk si riavvierà.</translation>
    </message>
    <message>
        <source>Downloading the team&apos;s data…</source>
        <translation>Download dei dati del team in corso…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to agentdesk</source>
        <translation>Benvenuto in agentdesk</translation>
    </message>
    <message>
        <source>This data folder is new. Name your organisation and create the first team-leader account. Team leaders add everyone else on the command line: agentdesk user add NAME --role representative (see the README).</source>
        <translation>Questa cartella dei dati è nuova. Indichi il nome della Sua organizzazione e crei il primo account di team leader. I team leader aggiungono tutti gli altri dalla riga di comando: agentdesk user add NOME --role representative (vedere il README).</translation>
    </message>
    <message>
        <source>e.g. Northwind Energy</source>
        <translation>es. Energia Nord</translation>
    </message>
    <message>
        <source>e.g. Customer Care</source>
        <translation>es. Servizio clienti</translation>
    </message>
    <message>
        <source>e.g. anna.rossi</source>
        <translation>es. anna.rossi</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>almeno 8 caratteri</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organizzazione</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Reparto</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Il Suo &amp;nome</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ripeta la password</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crea account</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nome utente</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Compili: %1.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Follow-ups</source>
        <translation>Richiamate</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>Le mie richiamate</translation>
    </message>
    <message>
        <source>The team&apos;s follow-ups</source>
        <translation>Le richiamate del team</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>Mostra &amp;completate</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>What was done, or why it changes</source>
        <translation>Che cosa è stato fatto, o perché cambia</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Segna come &amp;fatta</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Riprogramma</translation>
    </message>
    <message>
        <source>Re&amp;assign</source>
        <translation>Ri&amp;assegna</translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation>&amp;Richiama</translation>
    </message>
    <message>
        <source>Start the call with the customer&apos;s card open</source>
        <translation>Avvia la chiamata con la scheda del cliente aperta</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>New &amp;time</source>
        <translation>Nuovo &amp;orario</translation>
    </message>
    <message>
        <source>Co&amp;lleague</source>
        <translation>Co&amp;llega</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Nulla da seguire.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Ancora nessuna modifica.</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>Richiamata</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguito</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <source>Data-protection request</source>
        <translation>Richiesta sulla protezione dei dati</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatta</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>riprogrammata</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>riassegnata</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatta</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>In scadenza oggi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
</context>
<context>
    <name>ForecastEditor</name>
    <message>
        <source>Forecast — agentdesk</source>
        <translation>Previsione — agentdesk</translation>
    </message>
    <message>
        <source>&amp;Add interval</source>
        <translation>&amp;Aggiungi intervallo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importa CSV…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Giorno</translation>
    </message>
    <message>
        <source>Calls offered and average handle time per %1-minute interval. Target, shrinkage and patience come from the queue settings.</source>
        <translation>Chiamate offerte e durata media di gestione per intervallo di %1 minuti. Obiettivo, shrinkage e pazienza vengono dalle impostazioni della coda.</translation>
    </message>
    <message>
        <source>Only team leaders change the forecast.</source>
        <translation>Solo i team leader modificano la previsione.</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) in the forecast.</source>
        <translation>
            <numerusform>%n intervallo nella previsione.</numerusform>
            <numerusform>%n intervalli nella previsione.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forecast for this day yet.</source>
        <translation>Ancora nessuna previsione per questo giorno.</translation>
    </message>
    <message>
        <source>Import forecast</source>
        <translation>Importa previsione</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) read; check them, then Save.</source>
        <translation>
            <numerusform>%n intervallo letto; lo controlli, poi Salvi.</numerusform>
            <numerusform>%n intervalli letti; li controlli, poi Salvi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be read from the file.</source>
        <translation>Non è stato possibile leggere nulla dal file.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n interval(s).</source>
        <translation>
            <numerusform>Salvato %n intervallo.</numerusform>
            <numerusform>Salvati %n intervalli.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastTableModel</name>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Durata di gestione</translation>
    </message>
    <message>
        <source>Interval start, e.g. 08:30</source>
        <translation>Inizio dell&apos;intervallo, es. 08:30</translation>
    </message>
    <message>
        <source>Calls offered in the interval</source>
        <translation>Chiamate offerte nell&apos;intervallo</translation>
    </message>
    <message>
        <source>Average handle time, e.g. 180s or 3m</source>
        <translation>Durata media di gestione, es. 180s o 3m</translation>
    </message>
    <message>
        <source>Start: a time like 08:30, on a %1-minute boundary</source>
        <translation>Inizio: un orario come 08:30, allineato a intervalli di %1 minuti</translation>
    </message>
    <message>
        <source>Start: that interval is already in the day</source>
        <translation>Inizio: quell&apos;intervallo è già presente nel giorno</translation>
    </message>
    <message>
        <source>Calls: a number of calls, 0 or more</source>
        <translation>Chiamate: un numero di chiamate, 0 o più</translation>
    </message>
    <message>
        <source>Handle time: a duration like 180s, 3m or 3:00</source>
        <translation>Durata di gestione: una durata come 180s, 3m o 3:00</translation>
    </message>
</context>
<context>
    <name>HandleTimeChart</name>
    <message>
        <source>Handle time: contacts per band</source>
        <translation>Durata di gestione: contatti per fascia</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Handle time (min:s); the last band: that long or longer</source>
        <translation>Durata di gestione (min:s); ultima fascia: quella o più</translation>
    </message>
    <message>
        <source>Handle time (min:s)</source>
        <translation>Durata di gestione (min:s)</translation>
    </message>
</context>
<context>
    <name>HoldPanel</name>
    <message>
        <source>check your meter history</source>
        <translation>controllare lo storico del Suo contatore</translation>
    </message>
    <message>
        <source>&amp;Ask the caller</source>
        <translation>Chie&amp;di al chiamante</translation>
    </message>
    <message>
        <source>I &amp;offered a call-back</source>
        <translation>Ho &amp;offerto una richiamata</translation>
    </message>
    <message>
        <source>Agreed — &amp;put on hold</source>
        <translation>D&apos;accordo — &amp;metti in attesa</translation>
    </message>
    <message>
        <source>Pref&amp;ers a call-back</source>
        <translation>Preferisce una ric&amp;hiamata</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>&amp;Rifiuta</translation>
    </message>
    <message>
        <source>&amp;Reported progress</source>
        <translation>&amp;Aggiornato sui progressi</translation>
    </message>
    <message>
        <source>I &amp;thanked the caller for waiting</source>
        <translation>Ho &amp;ringraziato il chiamante per l&apos;attesa</translation>
    </message>
    <message>
        <source>Back on the &amp;line</source>
        <translation>Di nuovo in lin&amp;ea</translation>
    </message>
    <message>
        <source>I need to…</source>
        <translation>Devo…</translation>
    </message>
    <message>
        <source>Best estimate</source>
        <translation>Stima migliore</translation>
    </message>
    <message>
        <source>Ask first, then hold</source>
        <translation>Prima chieda, poi metta in attesa</translation>
    </message>
    <message>
        <source>Time to check back with the caller</source>
        <translation>È ora di riprendere il chiamante</translation>
    </message>
    <message>
        <source>New estimate (optional)</source>
        <translation>Nuova stima (facoltativa)</translation>
    </message>
    <message>
        <source>When you are back</source>
        <translation>Quando torna in linea</translation>
    </message>
    <message>
        <source>&amp;Ask again</source>
        <translation>Chie&amp;di di nuovo</translation>
    </message>
    <message>
        <source>The caller would rather not hold: carry on with them.</source>
        <translation>Il chiamante preferisce non attendere: prosegua con lui.</translation>
    </message>
    <message>
        <source>Back on the line after %1 (holds in this call: %2).</source>
        <translation>Di nuovo in linea dopo %1 (attese in questa chiamata: %2).</translation>
    </message>
    <message>
        <source>Wait for the caller&apos;s answer, then record it.</source>
        <translation>Attenda la risposta del chiamante, poi la registri.</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>un momento</translation>
    </message>
    <message>
        <source>look into this</source>
        <translation>verificare la questione</translation>
    </message>
    <message>
        <source>On hold %1 of about %2</source>
        <translation>In attesa da %1 su circa %2</translation>
    </message>
    <message>
        <source>Past the estimate by %1 — check back with the caller now.</source>
        <translation>Stima superata di %1 — riprenda subito il chiamante.</translation>
    </message>
    <message>
        <source>Thank you for waiting[, {caller_name}].</source>
        <translation>Grazie per l&apos;attesa[, {caller_name}].</translation>
    </message>
    <message>
        <source>The caller is still on hold: take them off hold first (Back on the line).</source>
        <translation>Il chiamante è ancora in attesa: lo riprenda prima (Di nuovo in linea).</translation>
    </message>
</context>
<context>
    <name>InteractionPanel</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>&amp;Adherence</source>
        <translation>&amp;Aderenza</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Cronolo&amp;gia</translation>
    </message>
    <message>
        <source>Fi&amp;elds</source>
        <translation>Ca&amp;mpi</translation>
    </message>
    <message>
        <source>N&amp;otes and messages</source>
        <translation>N&amp;ote e messaggi</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;verdict</source>
        <translation>&amp;Giudizio del cliente</translation>
    </message>
    <message>
        <source>Feedback for the representative — Ctrl+Enter sends</source>
        <translation>Feedback per l&apos;operatore — Ctrl+Invio per inviare</translation>
    </message>
    <message>
        <source>&amp;Send feedback</source>
        <translation>&amp;Invia feedback</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Segna come rivista</translation>
    </message>
    <message>
        <source>Earlier feedback</source>
        <translation>Feedback precedenti</translation>
    </message>
    <message>
        <source>Choose an interaction in the queue and press Enter.</source>
        <translation>Scelga un&apos;interazione nella coda e prema Invio.</translation>
    </message>
    <message>
        <source>Adherence %1 (%2 of %3 items)</source>
        <translation>Aderenza %1 (%2 voci su %3)</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ancora nessuno.</translation>
    </message>
    <message>
        <source>Message (#%1)</source>
        <translation>Messaggio (n. %1)</translation>
    </message>
    <message>
        <source>No notes or messages for this interaction.</source>
        <translation>Nessuna nota o messaggio per questa interazione.</translation>
    </message>
    <message>
        <source>Parts taken: %1</source>
        <translation>Parti raccolte: %1</translation>
    </message>
    <message>
        <source>Read back to the caller: %1</source>
        <translation>Riletto al chiamante: %1</translation>
    </message>
    <message>
        <source>No event in the log shows this item.</source>
        <translation>Nessun evento nel registro mostra questa voce.</translation>
    </message>
</context>
<context>
    <name>KeyReasons</name>
    <message>
        <source>This computer has no secure keyring, so the key is kept in a file protected by a passphrase.</source>
        <translation>Questo computer non ha un portachiavi sicuro, quindi la chiave è conservata in un file protetto da una passphrase.</translation>
    </message>
    <message>
        <source>The system keyring reported an error, so the key file is used instead.</source>
        <translation>Il portachiavi di sistema ha segnalato un errore, quindi viene usato il file della chiave.</translation>
    </message>
    <message>
        <source>The system keyring is locked, so the key file is used instead.</source>
        <translation>Il portachiavi di sistema è bloccato, quindi viene usato il file della chiave.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within a few seconds, so the key file is used instead.</source>
        <translation>Il portachiavi di sistema non ha risposto entro pochi secondi, quindi viene usato il file della chiave.</translation>
    </message>
    <message>
        <source>This data folder keeps its key in a passphrase-protected file.</source>
        <translation>Questa cartella dei dati conserva la sua chiave in un file protetto da passphrase.</translation>
    </message>
    <message>
        <source>The keyring holds a different key, so the key file is used instead.</source>
        <translation>Il portachiavi contiene una chiave diversa, quindi viene usato il file della chiave.</translation>
    </message>
    <message>
        <source>The keyring entry is damaged, so the key file is used instead.</source>
        <translation>La voce del portachiavi è danneggiata, quindi viene usato il file della chiave.</translation>
    </message>
</context>
<context>
    <name>KnowledgeDock</name>
    <message>
        <source>reply draft</source>
        <translation>bozza di risposta</translation>
    </message>
    <message>
        <source>That article is not in the knowledge base any more.</source>
        <translation>Quell&apos;articolo non è più nella knowledge base.</translation>
    </message>
</context>
<context>
    <name>KnowledgeSearch</name>
    <message>
        <source>Search articles (Ctrl+K)</source>
        <translation>Cerca articoli (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Cerca nella knowledge base</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Forse cercava %1?</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in your language matches: %n article(s) in other languages — Enter opens</source>
        <translation>
            <numerusform>Nessun articolo nella Sua lingua: %n articolo in altre lingue — Invio per aprire</numerusform>
            <numerusform>Nessun articolo nella Sua lingua: %n articoli in altre lingue — Invio per aprire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) — Enter opens</source>
        <translation>
            <numerusform>%n articolo — Invio per aprire</numerusform>
            <numerusform>%n articoli — Invio per aprire</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches “%1”. Try other or fewer words.</source>
        <translation>Nessun articolo corrisponde a «%1». Provi con parole diverse o meno parole.</translation>
    </message>
    <message>
        <source>Suggested for this call</source>
        <translation>Suggeriti per questa chiamata</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Visti di recente</translation>
    </message>
    <message>
        <source>Most viewed</source>
        <translation>Più visti</translation>
    </message>
    <message>
        <source>Type to search. Articles you open and articles for the call show here.</source>
        <translation>Scriva per cercare. Qui compaiono gli articoli aperti e quelli per la chiamata.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Qualsiasi tag</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <source>KPI dashboard — agentdesk</source>
        <translation>Cruscotto KPI — agentdesk</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Tutto il team</translation>
    </message>
    <message>
        <source>My figures</source>
        <translation>I miei dati</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <source>Cause of upset</source>
        <translation>Causa del malcontento</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>media %1</translation>
    </message>
    <message>
        <source>p%1 %2</source>
        <translation>p%1 %2</translation>
    </message>
    <message>
        <source>Contacts: %1 · handle time %2</source>
        <translation>Contatti: %1 · durata di gestione %2</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Esporta dati</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>Representative</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Gestite</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>AHT p90</source>
        <translation>AHT p90</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Chiusura</translation>
    </message>
    <message>
        <source>Hold rate</source>
        <translation>Tasso di attesa</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Durata attesa</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Trasferimenti</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Assistiti</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation>Richiamate aperte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Aderenza</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Lingua di sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Menus, screens, scripts and the coach change to this language as soon as you save, unless a call, a note being written or an unsaved article is open: then at your next login. Callers&apos; names are spelt with the alphabet you pick on the call.</source>
        <translation>Menu, schermate, script e coach passano a questa lingua appena salva, a meno che non sia aperta una chiamata, una nota in scrittura o un articolo non salvato: in quel caso dal Suo prossimo accesso. I nomi dei chiamanti si compitano con l&apos;alfabeto scelto durante la chiamata.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>A call was open, so the window was kept as it was.</source>
        <translation>C&apos;era una chiamata aperta, quindi la finestra è rimasta com&apos;era.</translation>
    </message>
    <message>
        <source>A note was being written, so the window was kept as it was.</source>
        <translation>Era in scrittura una nota, quindi la finestra è rimasta com&apos;era.</translation>
    </message>
    <message>
        <source>An article had unsaved changes, so the window was kept as it was.</source>
        <translation>Un articolo aveva modifiche non salvate, quindi la finestra è rimasta com&apos;era.</translation>
    </message>
    <message>
        <source>The assertiveness builder held text, so the window was kept as it was.</source>
        <translation>Le frasi assertive contenevano del testo, quindi la finestra è rimasta com&apos;era.</translation>
    </message>
    <message>
        <source>agentdesk changes to %1 at your next login.</source>
        <translation>agentdesk passa a %1 al Suo prossimo accesso.</translation>
    </message>
</context>
<context>
    <name>LinkReasonDialog</name>
    <message>
        <source>Link this record to the call?</source>
        <translation>Collegare questa scheda alla chiamata?</translation>
    </message>
    <message>
        <source>The caller answered the security questions for this record</source>
        <translation>Il chiamante ha risposto alle domande di sicurezza per questa scheda</translation>
    </message>
    <message>
        <source>The number is withheld; the caller answered the security questions</source>
        <translation>Il numero è nascosto; il chiamante ha risposto alle domande di sicurezza</translation>
    </message>
    <message>
        <source>The caller rings from a new number and answered the security questions</source>
        <translation>Il chiamante chiama da un nuovo numero e ha risposto alle domande di sicurezza</translation>
    </message>
    <message>
        <source>The phone number on this record is not the number calling. Open it only for the caller&apos;s own record. Your reason is kept in the audit log.</source>
        <translation>Il numero di telefono di questa scheda non è quello che sta chiamando. La apra solo se è la scheda del chiamante. Il motivo viene conservato nel registro di audit.</translation>
    </message>
    <message>
        <source>Link and open</source>
        <translation>Collega e apri</translation>
    </message>
</context>
<context>
    <name>LiveCoach</name>
    <message>
        <source>Nothing to change here.</source>
        <translation>Nulla da cambiare qui.</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Sostituisci con «%1»</translation>
    </message>
    <message>
        <source>Instead, try: “%1”</source>
        <translation>Provi invece: «%1»</translation>
    </message>
</context>
<context>
    <name>LiveFigures</name>
    <message>
        <source>Now in the queue</source>
        <translation>Ora in coda</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Chiamate in attesa</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attesa più lunga</translation>
    </message>
    <message>
        <source>Agents available</source>
        <translation>Operatori disponibili</translation>
    </message>
    <message>
        <source>Agents busy</source>
        <translation>Operatori occupati</translation>
    </message>
    <message>
        <source>Service level so far</source>
        <translation>Livello di servizio finora</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Since %1: %2 answered, %3 abandoned; %4</source>
        <translation>Dalle %1: %2 risposte, %3 abbandonate; %4</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>agentdesk — log in</source>
        <translation>agentdesk — accesso</translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation>Bloccato. Acceda per continuare.</translation>
    </message>
    <message>
        <source>Log in to agentdesk</source>
        <translation>Accedi ad agentdesk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Inserisca nome utente e password.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Apertura…</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 s.</source>
        <translation>Troppi tentativi non riusciti. Riprovi tra %1 s.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>agentdesk</source>
        <translation>agentdesk</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Accesso come %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>About agentdesk</source>
        <translation>Informazioni su agentdesk</translation>
    </message>
    <message>
        <source>agentdesk %1
Data folder: %2</source>
        <translation>agentdesk %1
Cartella dei dati: %2</translation>
    </message>
    <message>
        <source>Quit agentdesk?</source>
        <translation>Uscire da agentdesk?</translation>
    </message>
    <message>
        <source>Nothing is lost: at the next start agentdesk offers to resume it.</source>
        <translation>Nulla va perso: al prossimo avvio agentdesk proporrà di riprenderla.</translation>
    </message>
    <message>
        <source>&amp;Quit and keep it</source>
        <translation>&amp;Esci e conservala</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Resta</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Take a message</source>
        <translation>Prendi un messaggio</translation>
    </message>
    <message>
        <source>Take a message: all seven parts</source>
        <translation>Prendi un messaggio: tutte e sette le parti</translation>
    </message>
</context>
<context>
    <name>MessageFields</name>
    <message>
        <source>Colleague or department (from the directory)</source>
        <translation>Collega o reparto (dalla rubrica)</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Company, or how they are connected</source>
        <translation>Azienda, o il legame con il chiamante</translation>
    </message>
    <message>
        <source>With area code, or + and country code</source>
        <translation>Con prefisso, oppure + e prefisso internazionale</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Int.</translation>
    </message>
    <message>
        <source>What the caller asks for: call back, send a quote…</source>
        <translation>Che cosa chiede il chiamante: essere richiamato, ricevere un preventivo…</translation>
    </message>
    <message>
        <source>What you promised: e.g. she will call you back today</source>
        <translation>Che cosa ha promesso: es. La richiamerà oggi</translation>
    </message>
    <message>
        <source>The message, in the caller&apos;s words</source>
        <translation>Il messaggio, con le parole del chiamante</translation>
    </message>
    <message>
        <source>To whom *</source>
        <translation>Per chi *</translation>
    </message>
    <message>
        <source>From whom *</source>
        <translation>Da chi *</translation>
    </message>
    <message>
        <source>Business connection</source>
        <translation>Rapporto d&apos;affari</translation>
    </message>
    <message>
        <source>Phone number *</source>
        <translation>Numero di telefono *</translation>
    </message>
    <message>
        <source>Message *</source>
        <translation>Messaggio *</translation>
    </message>
    <message>
        <source>Action requested *</source>
        <translation>Azione richiesta *</translation>
    </message>
    <message>
        <source>Action promised *</source>
        <translation>Azione promessa *</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Preso</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>da %1, %2</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>This message was begun during an earlier call: it is not about this caller. Save it, or clear it with Take another message, before taking this caller&apos;s message.</source>
        <translation>Questo messaggio è stato iniziato durante una chiamata precedente: non riguarda questo chiamante. Lo salvi, oppure lo cancelli con Prendi un altro messaggio, prima di prendere il messaggio di questo chiamante.</translation>
    </message>
    <message>
        <source>&amp;Save message</source>
        <translation>&amp;Salva messaggio</translation>
    </message>
    <message>
        <source>Copy as te&amp;xt</source>
        <translation>Copia come te&amp;sto</translation>
    </message>
    <message>
        <source>Take &amp;another message</source>
        <translation>Prendi un &amp;altro messaggio</translation>
    </message>
    <message>
        <source>Changed since the read-back: read it back again.</source>
        <translation>Modificato dopo la rilettura: lo rilegga.</translation>
    </message>
    <message>
        <source>Fill in what is missing before reading it back.</source>
        <translation>Completi ciò che manca prima di rileggerlo.</translation>
    </message>
    <message>
        <source>Message saved for %1.</source>
        <translation>Messaggio salvato per %1.</translation>
    </message>
    <message>
        <source>Card details in it were masked.</source>
        <translation>I dati di carta presenti sono stati oscurati.</translation>
    </message>
</context>
<context>
    <name>MessageInbox</name>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Open (new or passed on)</source>
        <translation>Aperti (nuovi o inoltrati)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatta</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Mark &amp;passed on</source>
        <translation>Segna come &amp;inoltrato</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Segna come &amp;fatta</translation>
    </message>
    <message>
        <source>Copy as te&amp;xt</source>
        <translation>Copia come te&amp;sto</translation>
    </message>
    <message>
        <source>Anything you remember after the call…</source>
        <translation>Quello che ricorda dopo la chiamata…</translation>
    </message>
    <message>
        <source>&amp;Add note from memory</source>
        <translation>&amp;Aggiungi nota a memoria</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation>Non in rubrica</translation>
    </message>
</context>
<context>
    <name>MessageStepPanel</name>
    <message>
        <source>Take the message: all seven parts</source>
        <translation>Prenda il messaggio: tutte e sette le parti</translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>Taken</source>
        <translation>Preso</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Preso da</translation>
    </message>
</context>
<context>
    <name>MyFeedbackWindow</name>
    <message>
        <source>My feedback — agentdesk</source>
        <translation>Il mio feedback — agentdesk</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Conferma lettura</translation>
    </message>
    <message>
        <source>I have read this feedback (Alt+A)</source>
        <translation>Ho letto questo feedback (Alt+A)</translation>
    </message>
    <message>
        <source>New: %1 · all: %2</source>
        <translation>Nuovi: %1 · totale: %2</translation>
    </message>
    <message>
        <source>No feedback yet. Your team leader&apos;s feedback on your calls shows here.</source>
        <translation>Ancora nessun feedback. Qui compare il feedback del Suo team leader sulle Sue chiamate.</translation>
    </message>
    <message>
        <source>From %1 on your call of %2 (%3, adherence %4), %5 after the call.</source>
        <translation>Da %1 sulla Sua chiamata del %2 (%3, aderenza %4), %5 dopo la chiamata.</translation>
    </message>
</context>
<context>
    <name>NameCapturePanel</name>
    <message>
        <source>Spelling to read back</source>
        <translation>Spelling da rileggere</translation>
    </message>
    <message>
        <source>Spelling alphabet</source>
        <translation>Alfabeto fonetico</translation>
    </message>
    <message>
        <source>no spelling alphabet</source>
        <translation>nessun alfabeto fonetico</translation>
    </message>
    <message>
        <source>%1 — read it to the caller and ask them to confirm.</source>
        <translation>%1 — lo legga al chiamante e chieda conferma.</translation>
    </message>
    <message>
        <source>Type the name as you hear it.</source>
        <translation>Scriva il nome come lo sente.</translation>
    </message>
</context>
<context>
    <name>NoteDrafts</name>
    <message>
        <source>Your unsaved note was restored.</source>
        <translation>La Sua nota non salvata è stata ripristinata.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Find by phone, e-mail or surname — Enter</source>
        <translation>Telefono, e-mail o cognome — Invio</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>Nuovo c&amp;liente…</translation>
    </message>
    <message>
        <source>E&amp;xtra support…</source>
        <translation>Supporto a&amp;ggiuntivo…</translation>
    </message>
    <message>
        <source>Record what the customer needs and the adjustments agreed with them</source>
        <translation>Registri di che cosa ha bisogno il cliente e gli accomodamenti concordati</translation>
    </message>
    <message>
        <source>New note — Ctrl+Enter saves</source>
        <translation>Nuova nota — Ctrl+Invio per salvare</translation>
    </message>
    <message>
        <source>Caller agreed to note-taking</source>
        <translation>Il chiamante acconsente a prendere note</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Salva nota</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>Salva la nota (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>The caller said no to notes on this call: nothing is written down.</source>
        <translation>Il chiamante non vuole note su questa chiamata: non viene scritto nulla.</translation>
    </message>
    <message>
        <source>Ask first: “Do you mind if I take a few notes while we talk?”</source>
        <translation>Chieda prima: «Le dispiace se prendo qualche appunto mentre parliamo?»</translation>
    </message>
    <message>
        <source>None of the customers you have served matches. Outside a call you find only your own customers; during a call you can find the caller and open their record.</source>
        <translation>Nessuno dei clienti che ha servito corrisponde. Fuori da una chiamata trova solo i Suoi clienti; durante una chiamata può trovare il chiamante e aprirne la scheda.</translation>
    </message>
    <message>
        <source>No customer found. Check the spelling, or create one.</source>
        <translation>Nessun cliente trovato. Controlli l&apos;ortografia, o ne crei uno.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) — Enter opens the record and links it to this call (recorded in the audit log)</source>
        <translation>
            <numerusform>%n risultato — Invio apre la scheda e la collega a questa chiamata (registrato nel registro di audit)</numerusform>
            <numerusform>%n risultati — Invio apre la scheda e la collega a questa chiamata (registrato nel registro di audit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) — Enter opens</source>
        <translation>
            <numerusform>%n risultato — Invio per aprire</numerusform>
            <numerusform>%n risultati — Invio per aprire</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the caller whether you may take notes, then tick “Caller agreed to note-taking”. The note is kept here until then.</source>
        <translation>Chieda al chiamante se può prendere note, poi spunti «Il chiamante acconsente a prendere note». Fino ad allora la nota resta qui.</translation>
    </message>
    <message>
        <source>Payment card details were removed before saving: card numbers are never stored (only the last four digits are kept).</source>
        <translation>I dati della carta di pagamento sono stati rimossi prima del salvataggio: i numeri di carta non vengono mai conservati (solo le ultime quattro cifre).</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <source>Customer erased.</source>
        <translation>Cliente cancellato.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>agentdesk — key passphrase</source>
        <translation>agentdesk — passphrase della chiave</translation>
    </message>
    <message>
        <source>Choose a passphrase (at least 8 characters). It protects every customer record in this data folder: without it nobody can read them, you included.</source>
        <translation>Scelga una passphrase (almeno 8 caratteri). Protegge ogni scheda cliente in questa cartella dei dati: senza di essa nessuno può leggerle, Lei compreso.</translation>
    </message>
    <message>
        <source>Enter the passphrase to open this data folder.</source>
        <translation>Inserisca la passphrase per aprire questa cartella dei dati.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Ripeta</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Usi almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>I due inserimenti sono diversi.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Apertura…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>agentdesk — key passphrase: try again</source>
        <translation>agentdesk — passphrase della chiave: riprovi</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Password &amp;attuale</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nuova password</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Ripeta la nuova password</translation>
    </message>
    <message>
        <source>On a workstation joined to a team database the new password works at every workstation, and the old one nowhere.</source>
        <translation>Su una postazione collegata a un database del team la nuova password vale su ogni postazione e quella vecchia non vale più da nessuna parte.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Le due nuove password non coincidono.</translation>
    </message>
</context>
<context>
    <name>PlaybookDock</name>
    <message>
        <source>Search the playbook — e.g. angry, say no</source>
        <translation>Cerca — es. arrabbiato, dice di no</translation>
    </message>
    <message>
        <source>Difficult moment… (%1)</source>
        <translation>Momento difficile… (%1)</translation>
    </message>
    <message>
        <source>Pick what is happening and see what to do and say at once</source>
        <translation>Scelga che cosa sta succedendo e veda subito cosa fare e dire</translation>
    </message>
    <message>
        <source>Not saved in the call record: %1</source>
        <translation>Non salvato nel registro della chiamata: %1</translation>
    </message>
</context>
<context>
    <name>PlaybookWords</name>
    <message>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <source>Type of caller</source>
        <translation>Tipo di chiamante</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situazione</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Tecnica</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista di controllo</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Frasi</translation>
    </message>
</context>
<context>
    <name>ProcedureHost</name>
    <message>
        <source>Hold and transfer are for a call in progress (Ctrl+N answers one).</source>
        <translation>Attesa e trasferimento servono durante una chiamata (Ctrl+N per rispondere).</translation>
    </message>
    <message>
        <source>This call flow has no step for that.</source>
        <translation>Questo flusso di chiamata non ha un passo per questo.</translation>
    </message>
    <message>
        <source>A message was not saved: press Ctrl+Shift+M to finish it.</source>
        <translation>Un messaggio non è stato salvato: prema Ctrl+Maiusc+M per completarlo.</translation>
    </message>
</context>
<context>
    <name>ProcedureWords</name>
    <message>
        <source>Say why first.</source>
        <translation>Dica prima il motivo.</translation>
    </message>
    <message>
        <source>Keep the reason short (500 characters at most).</source>
        <translation>Motivo breve (al massimo 500 caratteri).</translation>
    </message>
    <message>
        <source>Give an estimate between a few seconds and 60 minutes.</source>
        <translation>Indichi una stima tra pochi secondi e 60 minuti.</translation>
    </message>
    <message>
        <source>Ask the caller first: say why and how long.</source>
        <translation>Prima chieda al chiamante: dica perché e per quanto tempo.</translation>
    </message>
    <message>
        <source>Record what the caller answered.</source>
        <translation>Registri che cosa ha risposto il chiamante.</translation>
    </message>
    <message>
        <source>The wait may pass three minutes: offer a call-back before holding.</source>
        <translation>L&apos;attesa potrebbe superare i tre minuti: offra una richiamata prima di mettere in attesa.</translation>
    </message>
    <message>
        <source>Ask the caller and record their yes first.</source>
        <translation>Chieda al chiamante e registri prima il suo sì.</translation>
    </message>
    <message>
        <source>The caller is on hold already.</source>
        <translation>Il chiamante è già in attesa.</translation>
    </message>
    <message>
        <source>The caller is not on hold.</source>
        <translation>Il chiamante non è in attesa.</translation>
    </message>
    <message>
        <source>Transfer only when you cannot help yourself.</source>
        <translation>Trasferisca solo quando non può aiutare Lei.</translation>
    </message>
    <message>
        <source>Pick who to transfer to.</source>
        <translation>Scelga a chi trasferire.</translation>
    </message>
    <message>
        <source>Tell the caller why and to whom first.</source>
        <translation>Dica prima al chiamante perché e a chi.</translation>
    </message>
    <message>
        <source>Start the transfer first.</source>
        <translation>Avvii prima il trasferimento.</translation>
    </message>
    <message>
        <source>A transfer is under way already.</source>
        <translation>C&apos;è già un trasferimento in corso.</translation>
    </message>
    <message>
        <source>Read the message back and tick that the caller confirmed it.</source>
        <translation>Rilegga il messaggio e spunti che il chiamante lo ha confermato.</translation>
    </message>
    <message>
        <source>Some parts of the message are missing or wrong.</source>
        <translation>Alcune parti del messaggio mancano o sono errate.</translation>
    </message>
    <message>
        <source>Give the number to call.</source>
        <translation>Indichi il numero da chiamare.</translation>
    </message>
    <message>
        <source>That is not a phone number: check the digits.</source>
        <translation>Questo non è un numero di telefono: controlli le cifre.</translation>
    </message>
    <message>
        <source>Pick when to call back.</source>
        <translation>Scelga quando richiamare.</translation>
    </message>
    <message>
        <source>“Call back by” must be after “Call back from”.</source>
        <translation>«Richiamare entro le» deve venire dopo «Richiamare dalle».</translation>
    </message>
    <message>
        <source>That is not possible right now.</source>
        <translation>Al momento non è possibile.</translation>
    </message>
    <message>
        <source>to whom</source>
        <translation>per chi</translation>
    </message>
    <message>
        <source>from whom</source>
        <translation>da chi</translation>
    </message>
    <message>
        <source>where to call back</source>
        <translation>dove richiamare</translation>
    </message>
    <message>
        <source>what</source>
        <translation>cosa</translation>
    </message>
    <message>
        <source>why</source>
        <translation>perché</translation>
    </message>
    <message>
        <source>taken by</source>
        <translation>preso da</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quando</translation>
    </message>
    <message>
        <source>another part</source>
        <translation>un&apos;altra parte</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters. Shorten it; nothing was cut.</source>
        <translation>Troppo lungo: al massimo %1 caratteri. Lo accorci; non è stato tagliato nulla.</translation>
    </message>
    <message>
        <source>Not a phone number: give the area code, or + and the country code.</source>
        <translation>Non è un numero di telefono: indichi il prefisso, oppure + e il prefisso internazionale.</translation>
    </message>
    <message>
        <source>An extension is digits only (up to 8).</source>
        <translation>Un interno contiene solo cifre (fino a 8).</translation>
    </message>
    <message>
        <source>Date and time as YYYY-MM-DD HH:MM.</source>
        <translation>Data e ora nel formato AAAA-MM-GG HH:MM.</translation>
    </message>
    <message>
        <source>Required: fill this in.</source>
        <translation>Obbligatorio: compili questo campo.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondi</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuti</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>un minuto</translation>
    </message>
    <message>
        <source>May I put you on hold for about %1[, {caller_name}]? I need to %2.</source>
        <translation>Posso metterLa in attesa per circa %1[, {caller_name}]? Devo %2.</translation>
    </message>
    <message>
        <source>It could take more than %1, so I can call you back instead if you prefer. Would you rather hold, or have me call you back?</source>
        <translation>Potrebbe volerci più di %1, quindi se preferisce posso richiamarLa io. Preferisce attendere o essere richiamato?</translation>
    </message>
    <message>
        <source>Thank you for holding[, {caller_name}]. I&apos;m still on it; it should be about %1 more. Are you all right to keep holding?</source>
        <translation>Grazie per l&apos;attesa[, {caller_name}]. Ci sto ancora lavorando; dovrebbe volerci ancora circa %1. Le va bene attendere ancora?</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Inoltrato</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatta</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation> int. %1</translation>
    </message>
    <message>
        <source>Message for: %1</source>
        <translation>Messaggio per: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Da: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefono: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quando: %1</translation>
    </message>
    <message>
        <source>Taken by: %1</source>
        <translation>Preso da: %1</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Messaggio:</translation>
    </message>
    <message>
        <source>Caller asks: %1</source>
        <translation>Il chiamante chiede: %1</translation>
    </message>
    <message>
        <source>We promised: %1</source>
        <translation>Abbiamo promesso: %1</translation>
    </message>
    <message>
        <source>Notes added after the call:</source>
        <translation>Note aggiunte dopo la chiamata:</translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation>(nome non fornito)</translation>
    </message>
    <message>
        <source>Transfer for %1</source>
        <translation>Trasferimento per %1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Chiamante: %1</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Spelling: %1</translation>
    </message>
    <message>
        <source>Say it: %1</source>
        <translation>Lo dica: %1</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Numero: %1</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non registrata)</translation>
    </message>
    <message>
        <source>Tried so far: %1</source>
        <translation>Tentativi finora: %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>ancora nulla</translation>
    </message>
    <message>
        <source>Knowledge articles opened: %1</source>
        <translation>Articoli della knowledge base aperti: %1</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>agentdesk: damaged database</source>
        <translation>agentdesk: database danneggiato</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, %2? The damaged file is kept in the backups folder; anything saved after that backup is not in it.</source>
        <translation>%1

Ripristinare il backup valido più recente, %2? Il file danneggiato viene conservato nella cartella dei backup; ciò che è stato salvato dopo quel backup non vi è contenuto.</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <source>For&amp;ecast…</source>
        <translation>Pre&amp;visione…</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Compromesso</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>%1 waiting, longest %2</source>
        <translation>%1 in attesa, la più lunga %2</translation>
    </message>
    <message>
        <source>%1 %2 · agents %3 of %4 needed</source>
        <translation>%1 %2 · operatori %3 su %4 necessari</translation>
    </message>
    <message>
        <source>Forecast for %1: no calls</source>
        <translation>Previsione per %1: nessuna chiamata</translation>
    </message>
    <message>
        <source>Forecast for %1</source>
        <translation>Previsione per %1</translation>
    </message>
    <message>
        <source>Simulator rates</source>
        <translation>Ritmi del simulatore</translation>
    </message>
    <message>
        <source>No forecast; live pace</source>
        <translation>Nessuna previsione; ritmo in tempo reale</translation>
    </message>
    <message>
        <source>No forecast for %1, and too few calls to judge the pace</source>
        <translation>Nessuna previsione per %1, e troppe poche chiamate per valutare il ritmo</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source>&amp;Not yet reviewed</source>
        <translation>&amp;Non ancora riviste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Re&amp;presentative</source>
        <translation>O&amp;peratore</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>E&amp;sito</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nale</translation>
    </message>
    <message>
        <source>&amp;Cause of upset</source>
        <translation>&amp;Causa del malcontento</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Qualsiasi esito</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Qualsiasi canale</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Qualsiasi o nessuna</translation>
    </message>
</context>
<context>
    <name>QueueWords</name>
    <message>
        <source>Meets the target</source>
        <translation>Raggiunge l&apos;obiettivo</translation>
    </message>
    <message>
        <source>Just below the target</source>
        <translation>Appena sotto l&apos;obiettivo</translation>
    </message>
    <message>
        <source>Well below the target</source>
        <translation>Molto sotto l&apos;obiettivo</translation>
    </message>
    <message>
        <source>enough to meet the target</source>
        <translation>sufficienti per raggiungere l&apos;obiettivo</translation>
    </message>
    <message>
        <source>just below the target, needs %1 more</source>
        <translation>appena sotto l&apos;obiettivo, ne servono altri %1</translation>
    </message>
    <message>
        <source>well below the target, needs %1 more</source>
        <translation>molto sotto l&apos;obiettivo, ne servono altri %1</translation>
    </message>
    <message>
        <source>⚠ Occupancy %1 is above %2: agents this busy burn out; add agents or lower the occupancy cap in the queue settings.</source>
        <translation>⚠ Occupazione %1 oltre %2: operatori così impegnati si esauriscono; aggiunga operatori o abbassi il limite di occupazione nelle impostazioni della coda.</translation>
    </message>
    <message>
        <source>⚠ %1 of callers would hang up before an answer, above %2: a target met that way is not met; add agents or lower the abandonment cap.</source>
        <translation>⚠ Il %1 dei chiamanti riaggancerebbe prima della risposta, oltre %2: un obiettivo raggiunto così non è raggiunto; aggiunga operatori o abbassi il limite di abbandono.</translation>
    </message>
    <message>
        <source>⚠ Shrinkage %1 is above %2: more than half of paid time off the phones; check the queue settings.</source>
        <translation>⚠ Shrinkage %1 oltre %2: più di metà del tempo retribuito lontano dal telefono; controlli le impostazioni della coda.</translation>
    </message>
    <message>
        <source>%1: %2 calls, handle time %3</source>
        <translation>%1: %2 chiamate, durata di gestione %3</translation>
    </message>
    <message>
        <source>target %1 in %2 s</source>
        <translation>obiettivo %1 in %2 s</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>non è testo UTF-8</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>non è JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo sconosciuto</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>manca %1</translation>
    </message>
    <message>
        <source>bad value for %1</source>
        <translation>valore non valido per %1</translation>
    </message>
    <message>
        <source>line too long</source>
        <translation>riga troppo lunga</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>byte %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed line(s) skipped</source>
        <translation>
            <numerusform>%n riga malformata ignorata</numerusform>
            <numerusform>%n righe malformate ignorate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (last: %2)</source>
        <translation>%1 (ultimo: %2)</translation>
    </message>
    <message>
        <source>Simulated queue (training and demos)</source>
        <translation>Coda simulata (formazione e dimostrazioni)</translation>
    </message>
    <message>
        <source>Not connected to the phone system&apos;s queue. A team leader or IT can connect it (README, “Queue and staffing”); until then the estimate uses the forecast.</source>
        <translation>Non collegato alla coda del centralino. Un team leader o l&apos;IT può collegarla (README, «Queue and staffing»); nel frattempo la stima usa la previsione.</translation>
    </message>
    <message>
        <source>waiting for the file</source>
        <translation>in attesa del file</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>impossibile leggere il file</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lettura</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>in ascolto</translation>
    </message>
    <message>
        <source>cannot listen</source>
        <translation>impossibile mettersi in ascolto</translation>
    </message>
    <message>
        <source>Feed file %1: %2</source>
        <translation>File del flusso %1: %2</translation>
    </message>
    <message>
        <source>Feed socket %1: %2</source>
        <translation>Socket del flusso %1: %2</translation>
    </message>
    <message>
        <source>No queue data yet: figures are not live</source>
        <translation>Ancora nessun dato della coda: i valori non sono in tempo reale</translation>
    </message>
    <message>
        <source>Stale: no queue data since %1 (%2 ago); figures are not live</source>
        <translation>Non aggiornati: nessun dato della coda dalle %1 (%2 fa); i valori non sono in tempo reale</translation>
    </message>
</context>
<context>
    <name>ReadBackBox</name>
    <message>
        <source>Read back to the caller</source>
        <translation>Rilegga al chiamante</translation>
    </message>
    <message>
        <source>&amp;Read back — the caller confirmed it</source>
        <translation>&amp;Riletto — il chiamante ha confermato</translation>
    </message>
    <message>
        <source>Read it back before you save</source>
        <translation>Lo rilegga prima di salvare</translation>
    </message>
    <message>
        <source>Let me read that back to you.</source>
        <translation>Le rileggo quanto ho annotato.</translation>
    </message>
    <message>
        <source>Your name: %1</source>
        <translation>Il Suo nome: %1</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>Il Suo numero: %1</translation>
    </message>
    <message>
        <source>, extension %1</source>
        <translation>, interno %1</translation>
    </message>
    <message>
        <source>The message is for %1.</source>
        <translation>Il messaggio è per %1.</translation>
    </message>
    <message>
        <source>What happens next: %1</source>
        <translation>Cosa succede ora: %1</translation>
    </message>
    <message>
        <source>Is that all correct?</source>
        <translation>È tutto corretto?</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Type :: for a canned response</source>
        <translation>Digiti :: per una risposta predefinita</translation>
    </message>
    <message>
        <source>Reply draft</source>
        <translation>Bozza di risposta</translation>
    </message>
</context>
<context>
    <name>ReplyDraft</name>
    <message>
        <source>Reply draft</source>
        <translation>Bozza di risposta</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the reply to paste it into the chat or e-mail</source>
        <translation>Copi la risposta per incollarla nella chat o nell&apos;e-mail</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiata.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueTableModel</name>
    <message>
        <source>Started</source>
        <translation>Iniziata</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Gestione</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Aderenza</translation>
    </message>
    <message>
        <source>Upset</source>
        <translation>Malcontento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
</context>
<context>
    <name>ReviewQueueWindow</name>
    <message>
        <source>Review queue — agentdesk</source>
        <translation>Coda di revisione — agentdesk</translation>
    </message>
    <message>
        <source>Interactions: %1</source>
        <translation>Interazioni: %1</translation>
    </message>
    <message>
        <source>overdue (not reviewed within three days): %1</source>
        <translation>scadute (non riviste entro tre giorni): %1</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>Not applicable: another call flow&apos;s rule</source>
        <translation>Non applicabile: regola di un altro flusso di chiamata</translation>
    </message>
    <message>
        <source>Not applicable: another channel&apos;s rule</source>
        <translation>Non applicabile: regola di un altro canale</translation>
    </message>
    <message>
        <source>Not applicable: did not arise in this call</source>
        <translation>Non applicabile: non si è presentato in questa chiamata</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicabile</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Superato</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Non superato</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Serve un seguito</translation>
    </message>
    <message>
        <source>Call-back booked</source>
        <translation>Richiamata prenotata</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Trasferito</translation>
    </message>
    <message>
        <source>Message taken</source>
        <translation>Messaggio preso</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informazioni fornite</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>Reclamo registrato</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Nessuna azione necessaria</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Numero sbagliato</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Product or service fault</source>
        <translation>Guasto del prodotto o del servizio</translation>
    </message>
    <message>
        <source>Billing or price dispute</source>
        <translation>Contestazione di fattura o prezzo</translation>
    </message>
    <message>
        <source>Miscommunication</source>
        <translation>Incomprensione</translation>
    </message>
    <message>
        <source>Expectations not met</source>
        <translation>Aspettative deluse</translation>
    </message>
    <message>
        <source>Treated rudely</source>
        <translation>Trattato in modo scortese</translation>
    </message>
    <message>
        <source>Inconvenience</source>
        <translation>Disagio</translation>
    </message>
    <message>
        <source>Unclear policy</source>
        <translation>Regole poco chiare</translation>
    </message>
    <message>
        <source>Waited too long</source>
        <translation>Attesa troppo lunga</translation>
    </message>
    <message>
        <source>Bad experience before</source>
        <translation>Brutta esperienza precedente</translation>
    </message>
    <message>
        <source>Personal stress</source>
        <translation>Stress personale</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ore</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Rivista</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Da rivedere</translation>
    </message>
    <message>
        <source>Call started at “%1”</source>
        <translation>Chiamata iniziata da «%1»</translation>
    </message>
    <message>
        <source>Went to “%1”</source>
        <translation>Passato a «%1»</translation>
    </message>
    <message>
        <source>Ticked “%1”</source>
        <translation>Spuntato «%1»</translation>
    </message>
    <message>
        <source>Unticked “%1”</source>
        <translation>Tolta la spunta a «%1»</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Chiamata terminata</translation>
    </message>
    <message>
        <source>Wrap-up saved</source>
        <translation>Chiusura salvata</translation>
    </message>
    <message>
        <source>Resumed after a restart</source>
        <translation>Ripresa dopo un riavvio</translation>
    </message>
    <message>
        <source>Asked to hold (about %1)</source>
        <translation>Chiesto di attendere (circa %1)</translation>
    </message>
    <message>
        <source>Caller&apos;s answer to hold: %1</source>
        <translation>Risposta del chiamante all&apos;attesa: %1</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Progress report to the caller</source>
        <translation>Aggiornamento al chiamante sui progressi</translation>
    </message>
    <message>
        <source>Back from hold</source>
        <translation>Ripreso dall&apos;attesa</translation>
    </message>
    <message>
        <source>Offered a call-back</source>
        <translation>Offerta una richiamata</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Trasferimento a %1</translation>
    </message>
    <message>
        <source>Transfer announced to the colleague</source>
        <translation>Trasferimento presentato al collega</translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation>Trasferimento completato</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Trasferimento non riuscito</translation>
    </message>
    <message>
        <source>Complaint logged: reference %1, answer by %2</source>
        <translation>Reclamo registrato: riferimento %1, risposta entro il %2</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identità verificata</translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation>Identità non verificata</translation>
    </message>
    <message>
        <source>Reply sent; the coach found nothing to change</source>
        <translation>Risposta inviata; il coach non ha trovato nulla da cambiare</translation>
    </message>
    <message>
        <source>Reply sent with %1 coach findings: %2</source>
        <translation>Risposta inviata con %1 segnalazioni del coach: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ServiceLevelChart</name>
    <message>
        <source>Service level</source>
        <translation>Livello di servizio</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupazione</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Agents in the prediction</source>
        <translation>Operatori nella previsione</translation>
    </message>
    <message>
        <source>Service level and occupancy by agents</source>
        <translation>Livello di servizio e occupazione per numero di operatori</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Operatori</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Wrong passphrase; try again.</source>
        <translation>Passphrase errata; riprovi.</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Usi almeno 8 caratteri.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Name said in the greeting.</source>
        <translation>Nome detto nel saluto.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Department said in the greeting.</source>
        <translation>Reparto detto nel saluto.</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Blocco dopo inattività (minuti)</translation>
    </message>
    <message>
        <source>0 never locks.</source>
        <translation>0 non blocca mai.</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Regione telefonica predefinita</translation>
    </message>
    <message>
        <source>Two-letter country code for numbers without +.</source>
        <translation>Codice di paese di due lettere per i numeri senza +.</translation>
    </message>
    <message>
        <source>Forms of address</source>
        <translation>Forme di cortesia</translation>
    </message>
    <message>
        <source>Offered for customers, in this order: any of Mr, Mrs, Ms, Miss, Mx, Dr, first name.</source>
        <translation>Proposte per i clienti, in quest&apos;ordine: qualsiasi tra Mr, Mrs, Ms, Miss, Mx, Dr, first name.</translation>
    </message>
    <message>
        <source>Hold progress report every (s)</source>
        <translation>Aggiornamento durante l&apos;attesa ogni (s)</translation>
    </message>
    <message>
        <source>Prompt to check back on a held caller.</source>
        <translation>Promemoria per riprendere un chiamante in attesa.</translation>
    </message>
    <message>
        <source>Complaint answered within (days)</source>
        <translation>Risposta ai reclami entro (giorni)</translation>
    </message>
    <message>
        <source>The timescale promised to a customer who complains.</source>
        <translation>Il termine promesso a un cliente che presenta un reclamo.</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Backup conservati</translation>
    </message>
    <message>
        <source>Older backups are removed.</source>
        <translation>I backup più vecchi vengono eliminati.</translation>
    </message>
    <message>
        <source>Keep notes (days)</source>
        <translation>Conserva le note (giorni)</translation>
    </message>
    <message>
        <source>Notes older than this are deleted; 0 keeps them.</source>
        <translation>Le note più vecchie vengono eliminate; 0 le conserva.</translation>
    </message>
    <message>
        <source>Keep call details (days)</source>
        <translation>Conserva i dettagli delle chiamate (giorni)</translation>
    </message>
    <message>
        <source>After this the caller&apos;s details in a call are destroyed; figures stay.</source>
        <translation>Dopo questo periodo i dati del chiamante in una chiamata vengono distrutti; i numeri restano.</translation>
    </message>
    <message>
        <source>Keep inactive customers (days)</source>
        <translation>Conserva i clienti inattivi (giorni)</translation>
    </message>
    <message>
        <source>Customers with no contact for this long are erased; 0 keeps them.</source>
        <translation>I clienti senza contatti da così tanto tempo vengono cancellati; 0 li conserva.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Required: this is said in the greeting.</source>
        <translation>Obbligatorio: viene detto nel saluto.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>Letters, digits and punctuation only.</source>
        <translation>Solo lettere, cifre e punteggiatura.</translation>
    </message>
    <message>
        <source>A two-letter country code such as GB, IT or ID.</source>
        <translation>Un codice di paese di due lettere, come GB, IT o ID.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Almeno %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Al massimo %1.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Uno tra: %1.</translation>
    </message>
    <message>
        <source>A comma-separated list of Mr, Mrs, Ms, Miss, Mx, Dr, first name.</source>
        <translation>Un elenco separato da virgole di Mr, Mrs, Ms, Miss, Mx, Dr, first name.</translation>
    </message>
    <message>
        <source>Not a form of address: %1.</source>
        <translation>Non è una forma di cortesia: %1.</translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation>Valore non valido.</translation>
    </message>
    <message>
        <source>Some settings need correcting (see above).</source>
        <translation>Alcune impostazioni vanno corrette (vedi sopra).</translation>
    </message>
</context>
<context>
    <name>SnippetPopup</name>
    <message>
        <source>Canned responses</source>
        <translation>Risposte predefinite</translation>
    </message>
</context>
<context>
    <name>SpreadChart</name>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Script to say in your own words</source>
        <translation>Script da dire con parole Sue</translation>
    </message>
</context>
<context>
    <name>StepTrail</name>
    <message>
        <source>Steps so far: %1</source>
        <translation>Passi finora: %1</translation>
    </message>
</context>
<context>
    <name>SupportBox</name>
    <message>
        <source>How to help this customer</source>
        <translation>Come aiutare questo cliente</translation>
    </message>
    <message>
        <source>Extra support</source>
        <translation>Supporto aggiuntivo</translation>
    </message>
    <message>
        <source>Extra support: %1</source>
        <translation>Supporto aggiuntivo: %1</translation>
    </message>
    <message>
        <source>ask what would help</source>
        <translation>chieda che cosa aiuterebbe</translation>
    </message>
    <message>
        <source>confirm by %1</source>
        <translation>conferma tramite %1</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>Concordato: %1</translation>
    </message>
    <message>
        <source>Nothing agreed yet: ask what would make contact easier.</source>
        <translation>Ancora nulla di concordato: chieda che cosa renderebbe più facile il contatto.</translation>
    </message>
</context>
<context>
    <name>SupportForm</name>
    <message>
        <source>Extra support</source>
        <translation>Supporto aggiuntivo</translation>
    </message>
    <message>
        <source>Record only what the customer has told you and agreed to. It is kept encrypted, shown to whoever serves them, and exported or erased with the card.</source>
        <translation>Registri solo ciò che il cliente Le ha detto e ha accettato. Viene conservato cifrato, mostrato a chi lo serve, ed esportato o cancellato con la scheda.</translation>
    </message>
    <message>
        <source>(no second channel)</source>
        <translation>(nessun secondo canale)</translation>
    </message>
    <message>
        <source>Anything else agreed, in the customer&apos;s words</source>
        <translation>Altro concordato, con le parole del cliente</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Esigenze</translation>
    </message>
    <message>
        <source>Agreed adjustments</source>
        <translation>Accomodamenti concordati</translation>
    </message>
    <message>
        <source>Confirm &amp;by</source>
        <translation>Conferma &amp;tramite</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>&amp;Altro</translation>
    </message>
    <message>
        <source>Other: at most %1 characters.</source>
        <translation>Altro: al massimo %1 caratteri.</translation>
    </message>
</context>
<context>
    <name>SupportWords</name>
    <message>
        <source>Older caller</source>
        <translation>Chiamante anziano</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Udito</translation>
    </message>
    <message>
        <source>Sight</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Understanding or memory</source>
        <translation>Comprensione o memoria</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salute mentale</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Slower pace</source>
        <translation>Ritmo più lento</translation>
    </message>
    <message>
        <source>More time to answer</source>
        <translation>Più tempo per rispondere</translation>
    </message>
    <message>
        <source>Check understanding</source>
        <translation>Verificare la comprensione</translation>
    </message>
    <message>
        <source>Confirm in writing</source>
        <translation>Conferma per iscritto</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Caratteri grandi</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Lettura facilitata</translation>
    </message>
    <message>
        <source>Text relay or chat</source>
        <translation>Servizio di relay testuale o chat</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <source>May speak with a trusted person</source>
        <translation>Può parlare con una persona di fiducia</translation>
    </message>
    <message>
        <source>Call-back instead of holding</source>
        <translation>Richiamata invece dell&apos;attesa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>TeamAdminPage</name>
    <message>
        <source>&amp;Your password:</source>
        <translation>La Sua pass&amp;word:</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Aggiungi un membro</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>operatore</translation>
    </message>
    <message>
        <source>team leader</source>
        <translation>team leader</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nome &amp;visualizzato:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;uolo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Aggiungi membro</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Rimuovi un membro</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>Team key</source>
        <translation>Chiave del team</translation>
    </message>
    <message>
        <source>Ro&amp;tate the team key…</source>
        <translation>Rinn&amp;ova la chiave del team…</translation>
    </message>
    <message>
        <source>A new team key for everyone: every data key on the server is re-wrapped; other workstations take it at their next sync. Removing a member rotates it too.</source>
        <translation>Una nuova chiave del team per tutti: ogni chiave dei dati sul server viene cifrata di nuovo; le altre postazioni la ricevono alla sincronizzazione successiva. Anche la rimozione di un membro la rinnova.</translation>
    </message>
    <message>
        <source>Added %1: they can log in at any workstation.</source>
        <translation>%1 aggiunto: può accedere da qualsiasi postazione.</translation>
    </message>
    <message>
        <source>Remove %1 from the team? They can no longer log in anywhere, and the team key is rotated.</source>
        <translation>Rimuovere %1 dal team? Non potrà più accedere da nessuna parte e la chiave del team verrà rinnovata.</translation>
    </message>
    <message>
        <source>Removed %1: they can no longer log in at any workstation.</source>
        <translation>%1 rimosso: non può più accedere da nessuna postazione.</translation>
    </message>
    <message>
        <source>Rotate the team key</source>
        <translation>Rinnova la chiave del team</translation>
    </message>
    <message>
        <source>Make a new team key for the whole team now? This workstation must reach the team database.</source>
        <translation>Creare adesso una nuova chiave per tutto il team? Questa postazione deve raggiungere il database del team.</translation>
    </message>
    <message>
        <source>The team key was rotated.</source>
        <translation>La chiave del team è stata rinnovata.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team database — agentdesk</source>
        <translation>Database del team — agentdesk</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Replaced value</source>
        <translation>Valore sostituito</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Conferma</translation>
    </message>
    <message>
        <source>The record keeps the value it has now. To keep the replaced value instead, edit the record as usual, then confirm.</source>
        <translation>La scheda mantiene il valore attuale. Per tenere invece il valore sostituito, modifichi la scheda come di consueto, poi confermi.</translation>
    </message>
    <message>
        <source>The same field was changed on two workstations while they could not see each other&apos;s work. The later change is in the record now; the value it replaced is kept here until a team leader confirms.</source>
        <translation>Lo stesso campo è stato modificato su due postazioni mentre non vedevano il lavoro l&apos;una dell&apos;altra. Nella scheda c&apos;è ora la modifica più recente; il valore sostituito resta qui finché un team leader non conferma.</translation>
    </message>
    <message>
        <source>C&amp;onflicts</source>
        <translation>C&amp;onflitti</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Acknowledge all</source>
        <translation>Segna &amp;tutte come viste</translation>
    </message>
    <message>
        <source>Changes made on this workstation that the team database refused (for example a deletion only a team leader may make, or a note for a customer erased meanwhile). They are not on the server; this list keeps them in view until you acknowledge them.</source>
        <translation>Modifiche fatte su questa postazione che il database del team ha rifiutato (per esempio un&apos;eliminazione che solo un team leader può fare, o una nota per un cliente cancellato nel frattempo). Non sono sul server; questo elenco le tiene in vista finché non le segna come viste.</translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation>Modifiche &amp;rifiutate</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>Ammi&amp;nistrazione</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membri del team</translation>
    </message>
    <message>
        <source>Team database:</source>
        <translation>Database del team:</translation>
    </message>
    <message>
        <source>This workstation:</source>
        <translation>Questa postazione:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>To look at:</source>
        <translation>Da guardare:</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;incronizza ora</translation>
    </message>
    <message>
        <source>Members (every account logs in at any workstation):</source>
        <translation>Membri (ogni account accede da qualsiasi postazione):</translation>
    </message>
    <message>
        <source>team leader</source>
        <translation>team leader</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>operatore</translation>
    </message>
    <message>
        <source>(the member list is shown to team leaders)</source>
        <translation>(l&apos;elenco dei membri è visibile ai team leader)</translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>%n modifica rifiutata</numerusform>
            <numerusform>%n modifiche rifiutate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to confirm</source>
        <translation>
            <numerusform>%n conflitto da confermare</numerusform>
            <numerusform>%n conflitti da confermare</numerusform>
        </translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>eliminazione</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>the record it belongs to was erased meanwhile</source>
        <translation>la scheda a cui appartiene è stata cancellata nel frattempo</translation>
    </message>
    <message>
        <source>only a team leader may do this</source>
        <translation>solo un team leader può farlo</translation>
    </message>
    <message>
        <source>another workstation saved the same record first</source>
        <translation>un&apos;altra postazione ha salvato prima la stessa scheda</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Directory entry</source>
        <translation>Voce di rubrica</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>Risposta predefinita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
</context>
<context>
    <name>TeamInitDialog</name>
    <message>
        <source>Start a team database</source>
        <translation>Avvia un database del team</translation>
    </message>
    <message>
        <source>&amp;Owner&apos;s address:</source>
        <translation>&amp;Indirizzo del proprietario:</translation>
    </message>
    <message>
        <source>&amp;Your password:</source>
        <translation>La Sua pass&amp;word:</translation>
    </message>
    <message>
        <source>Creates the team database from this workstation&apos;s data, which is uploaded encrypted. The owner&apos;s password is used once and not kept. Other workstations then join with File ▸ Join a team database… or `agentdesk team join`.</source>
        <translation>Crea il database del team dai dati di questa postazione, che vengono caricati cifrati. La password del proprietario viene usata una sola volta e non viene conservata. Le altre postazioni si collegano poi con File ▸ Collega a un database del team… o con `agentdesk team join`.</translation>
    </message>
    <message>
        <source>Creating the team database and uploading this workstation&apos;s data…</source>
        <translation>Creazione del database del team e caricamento dei dati di questa postazione…</translation>
    </message>
    <message>
        <source>Team database ready: log in again to start syncing.</source>
        <translation>Database del team pronto: acceda di nuovo per avviare la sincronizzazione.</translation>
    </message>
</context>
<context>
    <name>TeamJoinDialog</name>
    <message>
        <source>Join a team database</source>
        <translation>Collega a un database del team</translation>
    </message>
    <message>
        <source>Team database &amp;address:</source>
        <translation>&amp;Indirizzo del database del team:</translation>
    </message>
    <message>
        <source>Team &amp;account:</source>
        <translation>&amp;Account del team:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>This workstation&apos;s pass&amp;phrase:</source>
        <translation>Passph&amp;rase di questa postazione:</translation>
    </message>
    <message>
        <source>This workstation becomes one of the team&apos;s. Its own accounts (yours too), knowledge articles, canned responses, transfer directory and forecast are replaced by the team&apos;s, and its key by the team key; its audit log goes to the team database. A workstation that holds customer data cannot join: start a team database from it instead. When the join is done, agentdesk starts again and any team account can log in.</source>
        <translation>Questa postazione diventa una del team. I suoi account (anche il Suo), gli articoli della knowledge base, le risposte predefinite, la rubrica per i trasferimenti e la previsione vengono sostituiti da quelli del team, e la sua chiave dalla chiave del team; il suo registro di audit va nel database del team. Una postazione che contiene dati di clienti non può collegarsi: avvii invece un database del team da essa. Al termine, agentdesk si riavvia e qualsiasi account del team può accedere.</translation>
    </message>
    <message>
        <source>Finish first: %1</source>
        <translation>Prima concluda: %1</translation>
    </message>
    <message>
        <source>Joining: checking the team account, switching this workstation to the team key and downloading the team&apos;s data…</source>
        <translation>Collegamento in corso: verifica dell&apos;account del team, passaggio di questa postazione alla chiave del team e scaricamento dei dati del team…</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Type the team database&apos;s address first: postgresql://…@server/agentdesk</source>
        <translation>Scriva prima l&apos;indirizzo del database del team: postgresql://…@server/agentdesk</translation>
    </message>
</context>
<context>
    <name>TeamStatusLabel</name>
    <message>
        <source>Changes made here wait in this workstation&apos;s database and are sent when the team database can be reached; nothing is lost while offline.</source>
        <translation>Le modifiche fatte qui attendono nel database di questa postazione e vengono inviate quando il database del team è raggiungibile; offline non si perde nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Team database: sending %n change(s)</source>
        <translation>
            <numerusform>Database del team: invio di %n modifica</numerusform>
            <numerusform>Database del team: invio di %n modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team database: up to date — %n change(s) waiting for %1 to log in here</source>
        <translation>
            <numerusform>Database del team: aggiornato — %n modifica attende che %1 acceda qui</numerusform>
            <numerusform>Database del team: aggiornato — %n modifiche attendono che %1 acceda qui</numerusform>
        </translation>
    </message>
    <message>
        <source>Team database: up to date</source>
        <translation>Database del team: aggiornato</translation>
    </message>
    <message numerus="yes">
        <source>Team database: offline since %1 — %n change(s) waiting</source>
        <translation>
            <numerusform>Database del team: offline dalle %1 — %n modifica in attesa</numerusform>
            <numerusform>Database del team: offline dalle %1 — %n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>Team database: offline since %1</source>
        <translation>Database del team: offline dalle %1</translation>
    </message>
    <message>
        <source>Team database: the team key was changed — log in again to keep syncing</source>
        <translation>Database del team: la chiave del team è stata cambiata — accedi di nuovo per continuare la sincronizzazione</translation>
    </message>
    <message>
        <source>Team database: sync problem: the server refused %1</source>
        <translation>Database del team: problema di sincronizzazione: il server ha rifiutato %1</translation>
    </message>
    <message>
        <source>Team database: sync problem: %1</source>
        <translation>Database del team: problema di sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Team database: connecting…</source>
        <translation>Database del team: connessione…</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <source>Announce the call to %1, then connect.</source>
        <translation>Presenti la chiamata a %1, poi colleghi.</translation>
    </message>
    <message>
        <source>Cold transfer to %1: connect when ready.</source>
        <translation>Trasferimento diretto a %1: colleghi quando è pronto.</translation>
    </message>
    <message>
        <source>Connected. Press Ctrl+Return to record the transfer and wrap up.</source>
        <translation>Collegato. Prema Ctrl+Invio per registrare il trasferimento e chiudere.</translation>
    </message>
    <message>
        <source>my colleague</source>
        <translation>il mio collega</translation>
    </message>
    <message>
        <source>I&apos;m sorry[, {caller_name}], %1 can&apos;t take your call just now. I can take a message, or arrange a call-back. Which would you prefer?</source>
        <translation>Mi dispiace[, {caller_name}], %1 al momento non può rispondere. Posso prendere un messaggio o organizzare una richiamata. Che cosa preferisce?</translation>
    </message>
    <message>
        <source>a colleague who can help</source>
        <translation>un collega che può aiutarLa</translation>
    </message>
    <message>
        <source>I&apos;ll put you through to %1[, {caller_name}]: %2. I&apos;ll tell them what you&apos;ve told me, so you won&apos;t need to repeat it. Is that all right?</source>
        <translation>La passo a %1[, {caller_name}]: %2. Riferirò quanto mi ha detto, così non dovrà ripeterlo. Le va bene?</translation>
    </message>
    <message>
        <source>I&apos;ll put you through to %1[, {caller_name}]. I&apos;ll tell them what you&apos;ve told me, so you won&apos;t need to repeat it. Is that all right?</source>
        <translation>La passo a %1[, {caller_name}]. Riferirò quanto mi ha detto, così non dovrà ripeterlo. Le va bene?</translation>
    </message>
    <message>
        <source>they look after %1</source>
        <translation>si occupa di %1</translation>
    </message>
    <message>
        <source>Copied — cop&amp;y again</source>
        <translation>Copiata — cop&amp;ia di nuovo</translation>
    </message>
    <message>
        <source>Record how the transfer went first: Connected, or Not possible.</source>
        <translation>Registri prima l&apos;esito del trasferimento: Collegato o Non possibile.</translation>
    </message>
</context>
<context>
    <name>TransitionBar</name>
    <message>
        <source>Move on anyway…</source>
        <translation>Prosegui comunque…</translation>
    </message>
    <message>
        <source>Skip what is missing and go on; the call log records it as skipped</source>
        <translation>Salta ciò che manca e prosegui; il registro della chiamata lo segna come saltato</translation>
    </message>
    <message>
        <source>To move on anyway press %1 twice, or use “Move on anyway…”.</source>
        <translation>Per proseguire comunque prema %1 due volte, o usi «Prosegui comunque…».</translation>
    </message>
    <message>
        <source>To move on anyway use “Move on anyway…”.</source>
        <translation>Per proseguire comunque usi «Prosegui comunque…».</translation>
    </message>
    <message>
        <source>Press %1 again to move on anyway (recorded as skipped).</source>
        <translation>Prema di nuovo %1 per proseguire comunque (registrato come saltato).</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>Customer&apos;s verdict on the last call</source>
        <translation>Giudizio del cliente sull&apos;ultima chiamata</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Customer&apos;s verdict</source>
        <translation>Giudizio del cliente</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Tutto il team</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>% satisfied (4–5)</source>
        <translation>% soddisfatti (4–5)</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>mean (7: easy)</source>
        <translation>media (7: facile)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS (−100…100)</source>
        <translation>NPS (−100…100)</translation>
    </message>
    <message>
        <source>&amp;Import survey results…</source>
        <translation>&amp;Importa i risultati del sondaggio…</translation>
    </message>
    <message>
        <source>A CSV from the survey tool: interaction_id (or caller_number and time), survey and score (or csat, ces, nps columns), comment</source>
        <translation>Un CSV dello strumento di sondaggio: interaction_id (o caller_number e ora), survey e score (o colonne csat, ces, nps), comment</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 risposte</translation>
    </message>
    <message>
        <source>CSAT: answers per score (1–5)</source>
        <translation>CSAT: risposte per punteggio (1–5)</translation>
    </message>
    <message>
        <source>CES: answers per score (1–7, 7 easiest)</source>
        <translation>CES: risposte per punteggio (1–7, 7 il più facile)</translation>
    </message>
    <message>
        <source>NPS: answers per score (0–10)</source>
        <translation>NPS: risposte per punteggio (0–10)</translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation>Importa i risultati del sondaggio</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Survey results: %1 new, %2 updated, %3 rows not imported.</source>
        <translation>Risultati del sondaggio: %1 nuovi, %2 aggiornati, %3 righe non importate.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e altre %1</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Impossibile leggere il file: %1</translation>
    </message>
</context>
<context>
    <name>VerdictTab</name>
    <message>
        <source>The customer&apos;s own words (optional)</source>
        <translation>Le parole del cliente (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;Record answer</source>
        <translation>&amp;Registra la risposta</translation>
    </message>
    <message>
        <source>Sur&amp;vey</source>
        <translation>Son&amp;daggio</translation>
    </message>
    <message>
        <source>S&amp;core</source>
        <translation>Pun&amp;teggio</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mmento</translation>
    </message>
    <message>
        <source>CSAT — satisfaction, 1 to 5</source>
        <translation>CSAT — soddisfazione, da 1 a 5</translation>
    </message>
    <message>
        <source>CES — effort, 1 to 7 (7: very easy)</source>
        <translation>CES — sforzo, da 1 a 7 (7: molto facile)</translation>
    </message>
    <message>
        <source>NPS — would recommend, 0 to 10</source>
        <translation>NPS — consiglierebbe, da 0 a 10</translation>
    </message>
    <message>
        <source>No answer from the customer yet.</source>
        <translation>Ancora nessuna risposta dal cliente.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importata</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>inserita</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Tick each answer that matches the account. Never read the answer out; until the caller passes, only their name is shown.</source>
        <translation>Spunti ogni risposta che corrisponde all&apos;account. Non legga mai la risposta ad alta voce; finché il chiamante non supera la verifica, si vede solo il suo nome.</translation>
    </message>
    <message>
        <source>&amp;Identity verified</source>
        <translation>&amp;Identità verificata</translation>
    </message>
    <message>
        <source>Could not v&amp;erify</source>
        <translation>Non v&amp;erificabile</translation>
    </message>
    <message>
        <source>Check the caller&apos;s identity</source>
        <translation>Verifichi l&apos;identità del chiamante</translation>
    </message>
    <message>
        <source>%1 of %2 needed answers match</source>
        <translation>%1 delle %2 risposte necessarie corrispondono</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <source>Save wrap-up (Ctrl+Return)</source>
        <translation>Salva chiusura (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Store the outcome and end after-call work</source>
        <translation>Registra l&apos;esito e termina il lavoro post-chiamata</translation>
    </message>
</context>
<context>
    <name>_DateInput</name>
    <message>
        <source>not set</source>
        <translation>non impostata</translation>
    </message>
</context>
<context>
    <name>frame</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 scadute</translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation>%1 in scadenza oggi</translation>
    </message>
    <message>
        <source>Follow-ups: %1 (Ctrl+Shift+F)</source>
        <translation>Richiamate: %1 (Ctrl+Maiusc+F)</translation>
    </message>
</context>
<context>
    <name>self._frame</name>
    <message>
        <source>Follow-up due now (%1): %2 — Ctrl+Shift+F to open the list</source>
        <translation>Richiamata in scadenza ora (%1): %2 — Ctrl+Maiusc+F per aprire l&apos;elenco</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(e altre %1)</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Playbook</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <source>in call</source>
        <translation>in chiamata</translation>
    </message>
    <message>
        <source>after-call work</source>
        <translation>lavoro post-chiamata</translation>
    </message>
    <message>
        <source>agentdesk — %1</source>
        <translation>agentdesk — %1</translation>
    </message>
    <message>
        <source>agentdesk</source>
        <translation>agentdesk</translation>
    </message>
    <message>
        <source>A call is in progress.</source>
        <translation>C&apos;è una chiamata in corso.</translation>
    </message>
    <message>
        <source>This call&apos;s wrap-up is not saved yet.</source>
        <translation>La chiusura di questa chiamata non è ancora salvata.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact (%n entries)</source>
        <translation>
            <numerusform>Registro di audit integro (%n voce)</numerusform>
            <numerusform>Registro di audit integro (%n voci)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log altered at entry %1</source>
        <translation>Registro di audit alterato alla voce %1</translation>
    </message>
    <message>
        <source>Audit log: entries removed, found at entry %1</source>
        <translation>Registro di audit: voci rimosse, rilevate alla voce %1</translation>
    </message>
    <message>
        <source>Audit log: newest entries missing</source>
        <translation>Registro di audit: mancano le voci più recenti</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>customer note</source>
        <translation>nota cliente</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Coda</translation>
    </message>
    <message>
        <source>New coaching feedback: %1 (F9)</source>
        <translation>Nuovo feedback di coaching: %1 (F9)</translation>
    </message>
</context>
</TS>
