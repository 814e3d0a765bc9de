<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>Customer notes</source>
        <translation>Catatan pelanggan</translation>
    </message>
    <message>
        <source>agentdesk: something went wrong</source>
        <translation>agentdesk: terjadi masalah</translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action (%1, reference %2).</source>
        <translation>Kesalahan tak terduga menghentikan tindakan terakhir (%1, referensi %2).</translation>
    </message>
    <message>
        <source>(no log folder)</source>
        <translation>(tidak ada folder log)</translation>
    </message>
    <message>
        <source>Nothing you typed is lost: notes and messages are kept as drafts. You can keep working. The details are in the log file %1.</source>
        <translation>Tidak ada ketikan Anda yang hilang: catatan dan pesan disimpan sebagai draf. Anda dapat terus bekerja. Rinciannya ada di berkas log %1.</translation>
    </message>
    <message>
        <source>No, I cannot help: f&amp;ind a colleague</source>
        <translation>Tidak, saya tidak dapat membantu: &amp;cari rekan</translation>
    </message>
    <message>
        <source>I can help after all</source>
        <translation>Ternyata saya bisa membantu</translation>
    </message>
    <message>
        <source>Can you resolve this yourself?</source>
        <translation>Dapatkah Anda menyelesaikan ini sendiri?</translation>
    </message>
    <message>
        <source>Transfer only when you cannot help and the colleague can.</source>
        <translation>Alihkan hanya jika Anda tidak dapat membantu dan rekan Anda dapat.</translation>
    </message>
    <message>
        <source>they look after meter corrections</source>
        <translation>mereka menangani koreksi meteran</translation>
    </message>
    <message>
        <source>&amp;Warm: announce the caller first</source>
        <translation>&amp;Hangat: perkenalkan penelepon lebih dulu</translation>
    </message>
    <message>
        <source>Co&amp;ld: connect without announcing (recorded as cold)</source>
        <translation>&amp;Dingin: sambungkan tanpa perkenalan (dicatat sebagai dingin)</translation>
    </message>
    <message>
        <source>I told the caller — &amp;start the transfer</source>
        <translation>Sudah saya sampaikan ke penelepon — mulai pen&amp;galihan</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Why they can help</source>
        <translation>Mengapa mereka dapat membantu</translation>
    </message>
    <message>
        <source>Cop&amp;y announcement</source>
        <translation>Salin pen&amp;gantar</translation>
    </message>
    <message>
        <source>Colleague has it — &amp;announced</source>
        <translation>Rekan sudah menerima — &amp;diperkenalkan</translation>
    </message>
    <message>
        <source>C&amp;onnected</source>
        <translation>Ter&amp;sambung</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Tidak dijawab</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Sibuk</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Tidak tersedia</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Not &amp;possible — back to the caller</source>
        <translation>&amp;Tidak mungkin — kembali ke penelepon</translation>
    </message>
    <message>
        <source>Take a message (Alt+M)</source>
        <translation>Catat pesan (Alt+M)</translation>
    </message>
    <message>
        <source>Offer a call-back (Alt+B)</source>
        <translation>Tawarkan panggilan balik (Alt+B)</translation>
    </message>
    <message>
        <source>Try someone else</source>
        <translation>Coba orang lain</translation>
    </message>
</context>
<context>
    <name>AbsenceHelper</name>
    <message>
        <source>— colleague&apos;s absence —</source>
        <translation>— ketidakhadiran rekan —</translation>
    </message>
    <message>
        <source>away from the desk</source>
        <translation>sedang tidak di meja</translation>
    </message>
    <message>
        <source>out of the office until…</source>
        <translation>di luar kantor sampai…</translation>
    </message>
    <message>
        <source>when they are back, e.g. Monday 9:00</source>
        <translation>kapan kembali, mis. Senin pukul 9.00</translation>
    </message>
    <message>
        <source>My colleague</source>
        <translation>Rekan saya</translation>
    </message>
    <message>
        <source>%1 is away from the desk at the moment. May I take a message?</source>
        <translation>%1 sedang tidak di meja saat ini. Apakah Bapak/Ibu ingin meninggalkan pesan?</translation>
    </message>
    <message>
        <source>%1 is out of the office until %2. May I take a message?</source>
        <translation>%1 berada di luar kantor sampai %2. Apakah Bapak/Ibu ingin meninggalkan pesan?</translation>
    </message>
    <message>
        <source>%1 is out of the office at the moment. May I take a message?</source>
        <translation>%1 sedang berada di luar kantor. Apakah Bapak/Ibu ingin meninggalkan pesan?</translation>
    </message>
    <message>
        <source>Say when they are back, never why (“%1”).</source>
        <translation>Sampaikan kapan kembali, jangan alasannya (“%1”).</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>Lock the screen; log in again to continue</source>
        <translation>Kunci layar; masuk lagi untuk melanjutkan</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>Organisation, locking and retention (team leaders)</source>
        <translation>Organisasi, penguncian, dan retensi data (pemimpin tim)</translation>
    </message>
    <message>
        <source>&amp;Display names…</source>
        <translation>&amp;Nama tampilan…</translation>
    </message>
    <message>
        <source>How each person is named to callers (team leaders)</source>
        <translation>Cara setiap orang disebutkan kepada penelepon (pemimpin tim)</translation>
    </message>
    <message>
        <source>Add a &amp;user…</source>
        <translation>Tambah p&amp;engguna…</translation>
    </message>
    <message>
        <source>A new account on this workstation (team leaders, standalone workstations)</source>
        <translation>Akun baru di stasiun kerja ini (pemimpin tim, stasiun kerja mandiri)</translation>
    </message>
    <message>
        <source>&amp;Team database…</source>
        <translation>Basis data &amp;tim…</translation>
    </message>
    <message>
        <source>Sync state, members, conflicts to confirm and refused changes</source>
        <translation>Status sinkronisasi, anggota, konflik yang perlu dikonfirmasi dan perubahan yang ditolak</translation>
    </message>
    <message>
        <source>Start a team data&amp;base…</source>
        <translation>Mulai &amp;basis data tim…</translation>
    </message>
    <message>
        <source>Share this workstation&apos;s data with the team on PostgreSQL (team leaders)</source>
        <translation>Membagikan data stasiun kerja ini kepada tim melalui PostgreSQL (pemimpin tim)</translation>
    </message>
    <message>
        <source>&amp;Join a team database…</source>
        <translation>&amp;Gabung ke basis data tim…</translation>
    </message>
    <message>
        <source>Make this workstation one of the team&apos;s: team accounts log in here (team leaders)</source>
        <translation>Jadikan stasiun kerja ini bagian dari tim: akun tim masuk di sini (pemimpin tim)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Ubah kata &amp;sandi…</translation>
    </message>
    <message>
        <source>Your own password; on a team database, for every workstation</source>
        <translation>Kata sandi Bapak/Ibu sendiri; pada basis data tim, untuk setiap stasiun kerja</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>Ba&amp;hasa…</translation>
    </message>
    <message>
        <source>The language agentdesk speaks to you: at once, or at your next login</source>
        <translation>Bahasa yang dipakai agentdesk untuk Anda: langsung, atau saat Anda masuk berikutnya</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <source>Close agentdesk</source>
        <translation>Tutup agentdesk</translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation>Panggilan &amp;baru</translation>
    </message>
    <message>
        <source>Answer a call with the flow chosen in the workspace</source>
        <translation>Jawab panggilan dengan alur yang dipilih di ruang kerja</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;Akhiri panggilan</translation>
    </message>
    <message>
        <source>The conversation is over: go to the wrap-up</source>
        <translation>Percakapan selesai: lanjut ke penyelesaian panggilan</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;verdict on the last call…</source>
        <translation>&amp;Penilaian pelanggan atas panggilan terakhir…</translation>
    </message>
    <message>
        <source>Record the CSAT, CES or NPS answer the customer gave after the call</source>
        <translation>Catat jawaban CSAT, CES, atau NPS yang diberikan pelanggan setelah panggilan</translation>
    </message>
    <message>
        <source>&amp;Difficult moment…</source>
        <translation>Momen &amp;sulit…</translation>
    </message>
    <message>
        <source>What to do and say when a call gets hard (playbook)</source>
        <translation>Apa yang dilakukan dan diucapkan saat panggilan menjadi sulit (panduan)</translation>
    </message>
    <message>
        <source>&amp;Assertiveness builder</source>
        <translation>Pen&amp;yusun kalimat asertif</translation>
    </message>
    <message>
        <source>Build a calm, assertive “I” statement to say</source>
        <translation>Susun kalimat “saya” yang tenang dan asertif untuk diucapkan</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Tahan…</translation>
    </message>
    <message>
        <source>Ask the caller&apos;s permission, then put them on hold</source>
        <translation>Minta izin penelepon, lalu tahan panggilannya</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>A&amp;lihkan…</translation>
    </message>
    <message>
        <source>Hand the call to a colleague with everything captured</source>
        <translation>Serahkan panggilan kepada rekan beserta semua informasi yang tercatat</translation>
    </message>
    <message>
        <source>Take a &amp;message…</source>
        <translation>&amp;Catat pesan…</translation>
    </message>
    <message>
        <source>Take a message for a colleague, read back before saving</source>
        <translation>Catat pesan untuk rekan, dibacakan ulang sebelum disimpan</translation>
    </message>
    <message>
        <source>Customer &amp;notes</source>
        <translation>&amp;Catatan pelanggan</translation>
    </message>
    <message>
        <source>Find a caller, write a note (again: back to the call)</source>
        <translation>Cari penelepon, tulis catatan (tekan lagi: kembali ke panggilan)</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Basis pengetahuan</translation>
    </message>
    <message>
        <source>Knowledge base: search articles (again: back to the call)</source>
        <translation>Basis pengetahuan: cari artikel (tekan lagi: kembali ke panggilan)</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>Search the playbook (again: back to the call)</source>
        <translation>Cari di panduan (tekan lagi: kembali ke panggilan)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>A&amp;ntrean</translation>
    </message>
    <message>
        <source>Queue and staffing panel (again: back to the call)</source>
        <translation>Panel antrean dan staf (tekan lagi: kembali ke panggilan)</translation>
    </message>
    <message>
        <source>Forec&amp;ast…</source>
        <translation>Pra&amp;kiraan…</translation>
    </message>
    <message>
        <source>Calls and handle time per interval (team leaders edit)</source>
        <translation>Panggilan dan waktu penanganan per interval (diubah oleh pemimpin tim)</translation>
    </message>
    <message>
        <source>Re&amp;view queue</source>
        <translation>Antrean &amp;tinjauan</translation>
    </message>
    <message>
        <source>Team leaders: review calls, adherence and give feedback</source>
        <translation>Pemimpin tim: tinjau panggilan dan kepatuhan, beri umpan balik</translation>
    </message>
    <message>
        <source>KPI &amp;dashboard</source>
        <translation>&amp;Dasbor KPI</translation>
    </message>
    <message>
        <source>Handle times, resolution, transfers and adherence</source>
        <translation>Waktu penanganan, penyelesaian, pengalihan, dan kepatuhan</translation>
    </message>
    <message>
        <source>My feed&amp;back</source>
        <translation>&amp;Umpan balik saya</translation>
    </message>
    <message>
        <source>Coaching feedback on your calls; acknowledge it</source>
        <translation>Umpan balik pembinaan atas panggilan Anda; konfirmasi telah dibaca</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Tindak &amp;lanjut</translation>
    </message>
    <message>
        <source>Call-backs and follow-ups: due, overdue, done, moved</source>
        <translation>Panggilan balik dan tindak lanjut: jatuh tempo, terlambat, selesai, dipindah</translation>
    </message>
    <message>
        <source>Messa&amp;ges</source>
        <translation>Pe&amp;san</translation>
    </message>
    <message>
        <source>Messages taken for colleagues: pass them on, mark done</source>
        <translation>Pesan yang dicatat untuk rekan: teruskan, tandai selesai</translation>
    </message>
    <message>
        <source>Transfer director&amp;y</source>
        <translation>Di&amp;rektori pengalihan</translation>
    </message>
    <message>
        <source>Departments and people to transfer to (team leaders edit)</source>
        <translation>Departemen dan orang tujuan pengalihan (diubah oleh pemimpin tim)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Atur ulang tata letak</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>Kembalikan setiap panel ke posisi awal</translation>
    </message>
    <message>
        <source>&amp;Search articles</source>
        <translation>&amp;Cari artikel</translation>
    </message>
    <message>
        <source>Find an article in the knowledge base, even mid-sentence</source>
        <translation>Temukan artikel di basis pengetahuan, bahkan di tengah kalimat</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>&amp;Sisipkan ke balasan</translation>
    </message>
    <message>
        <source>Put the selected passage (or the whole article) into the reply or note</source>
        <translation>Sisipkan bagian yang dipilih (atau seluruh artikel) ke balasan atau catatan</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>Artikel &amp;baru…</translation>
    </message>
    <message>
        <source>Team leaders: write a new knowledge base article</source>
        <translation>Pemimpin tim: tulis artikel baru di basis pengetahuan</translation>
    </message>
    <message>
        <source>&amp;Edit article…</source>
        <translation>&amp;Ubah artikel…</translation>
    </message>
    <message>
        <source>Team leaders: edit the article on screen, see its versions</source>
        <translation>Pemimpin tim: ubah artikel yang tampil, lihat versinya</translation>
    </message>
    <message>
        <source>Article &amp;feedback</source>
        <translation>Umpan balik a&amp;rtikel</translation>
    </message>
    <message>
        <source>Team leaders: articles marked helpful or out of date</source>
        <translation>Pemimpin tim: artikel yang ditandai bermanfaat atau usang</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Tampilkan semua pintasan</translation>
    </message>
    <message>
        <source>&amp;About agentdesk</source>
        <translation>&amp;Tentang agentdesk</translation>
    </message>
    <message>
        <source>Version and data folder</source>
        <translation>Versi dan folder data</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Ber&amp;kas</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>P&amp;anggilan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Tamp&amp;ilan</translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation>P&amp;engetahuan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
    </message>
</context>
<context>
    <name>AdherenceTableModel</name>
    <message>
        <source>Practice</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
</context>
<context>
    <name>AdherenceTrendChart</name>
    <message>
        <source>Script adherence per day</source>
        <translation>Kepatuhan skrip per hari</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>agentdesk could not finish starting; the log has the details.</source>
        <translation>agentdesk tidak dapat menyelesaikan proses mulai; rinciannya ada di log.</translation>
    </message>
    <message>
        <source>agentdesk cannot start</source>
        <translation>agentdesk tidak dapat dimulai</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Edit article — %1</source>
        <translation>Ubah artikel — %1</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Artikel baru</translation>
    </message>
    <message>
        <source>lower-case-words-with-hyphens</source>
        <translation>kata-huruf-kecil-dengan-tanda-hubung</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tag, dipisahkan koma</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>I&amp;d</source>
        <translation>I&amp;D</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Article text (Markdown)</source>
        <translation>Teks artikel (Markdown)</translation>
    </message>
    <message>
        <source>Markdown: ## headings, - lists, [link](kb:id)</source>
        <translation>Markdown: ## judul, - daftar, [tautan](kb:id)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Back to the draft</source>
        <translation>Kembali ke draf</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>View version</source>
        <translation>Lihat versi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save a new version (Ctrl+S)</source>
        <translation>Simpan versi baru (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3 — %4</source>
        <translation>Versi %1 · %2 · %3 — %4</translation>
    </message>
    <message>
        <source>Version %1 (read only): %2</source>
        <translation>Versi %1 (hanya baca): %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Tidak ada perubahan.</translation>
    </message>
    <message>
        <source>Not saved yet: Save (Ctrl+S) keeps it; Close again discards it.</source>
        <translation>Belum disimpan: Simpan (Ctrl+S) menyimpannya; Tutup sekali lagi membuangnya.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>← Back</source>
        <translation>← Kembali</translation>
    </message>
    <message>
        <source>Back (Esc: back to the results)</source>
        <translation>Kembali (Esc: kembali ke hasil)</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Teks artikel</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>Sisipkan ke balasan</translation>
    </message>
    <message>
        <source>Insert the selected passage, or the whole article, where you are replying</source>
        <translation>Sisipkan bagian yang dipilih, atau seluruh artikel, di tempat Anda membalas</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Bermanfaat</translation>
    </message>
    <message>
        <source>Out of date…</source>
        <translation>Usang…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Comment (optional) — Enter sends</source>
        <translation>Komentar (opsional) — Enter untuk mengirim</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>into: %1</source>
        <translation>ke: %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>diperbarui %1</translation>
    </message>
    <message>
        <source>What helped? (optional)</source>
        <translation>Apa yang membantu? (opsional)</translation>
    </message>
    <message>
        <source>What is out of date? Team leaders will see this.</source>
        <translation>Apa yang sudah usang? Pemimpin tim akan melihatnya.</translation>
    </message>
    <message>
        <source>Thank you: your feedback was sent.</source>
        <translation>Terima kasih: umpan balik Anda telah terkirim.</translation>
    </message>
</context>
<context>
    <name>AssertivenessBuilder</name>
    <message>
        <source>Assertiveness builder</source>
        <translation>Penyusun kalimat asertif</translation>
    </message>
    <message>
        <source>Say what happened, how it makes you feel and what you would like instead. Describe the behaviour, not the person.</source>
        <translation>Sampaikan apa yang terjadi, bagaimana perasaan Anda, dan apa yang Anda harapkan. Gambarkan perilakunya, bukan orangnya.</translation>
    </message>
    <message>
        <source>raise your voice</source>
        <translation>meninggikan suara</translation>
    </message>
    <message>
        <source>unable to help you properly</source>
        <translation>tidak dapat membantu Bapak/Ibu dengan baik</translation>
    </message>
    <message>
        <source>could tell me what happened, step by step</source>
        <translation>menceritakan apa yang terjadi, langkah demi langkah</translation>
    </message>
    <message>
        <source>&amp;When you …</source>
        <translation>&amp;Ketika Bapak/Ibu …</translation>
    </message>
    <message>
        <source>I &amp;feel …</source>
        <translation>Saya &amp;merasa …</translation>
    </message>
    <message>
        <source>I would &amp;appreciate it if you …</source>
        <translation>Saya akan &amp;menghargai jika Bapak/Ibu …</translation>
    </message>
    <message>
        <source>&amp;Copy sentence</source>
        <translation>&amp;Salin kalimat</translation>
    </message>
    <message>
        <source>&amp;Save as my snippet</source>
        <translation>Simpan sebagai &amp;cuplikan saya</translation>
    </message>
    <message>
        <source>Keep this sentence to reuse it (Ctrl+S)</source>
        <translation>Simpan kalimat ini untuk dipakai lagi (Ctrl+S)</translation>
    </message>
    <message>
        <source>My snippets</source>
        <translation>Cuplikan saya</translation>
    </message>
    <message>
        <source>&amp;My snippets — Enter puts one back, Delete removes it</source>
        <translation>Cuplikan &amp;saya — Enter memakainya kembali, Delete menghapusnya</translation>
    </message>
    <message>
        <source>No snippets yet. Save a sentence you want to use again (Ctrl+S).</source>
        <translation>Belum ada cuplikan. Simpan kalimat yang ingin Anda pakai lagi (Ctrl+S).</translation>
    </message>
    <message>
        <source>This sounds aggressive. Try the calmer wording below.</source>
        <translation>Ini terdengar agresif. Coba kalimat yang lebih tenang di bawah.</translation>
    </message>
    <message>
        <source>Assertive, not aggressive. Ready to say.</source>
        <translation>Asertif, tidak agresif. Siap diucapkan.</translation>
    </message>
    <message>
        <source>Try: “%1”</source>
        <translation>Coba: “%1”</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Pakai ini</translation>
    </message>
    <message>
        <source>Replace “%1” with the calmer wording</source>
        <translation>Ganti “%1” dengan kalimat yang lebih tenang</translation>
    </message>
    <message>
        <source>Your snippets could not be saved or read.</source>
        <translation>Cuplikan Anda tidak dapat disimpan atau dibaca.</translation>
    </message>
</context>
<context>
    <name>CalibrationList</name>
    <message>
        <source>Checks ticked in the call: tick those not actually done</source>
        <translation>Pemeriksaan yang dicentang dalam panggilan: centang yang sebenarnya tidak dilakukan</translation>
    </message>
    <message>
        <source>Tick a check the representative ticked but did not actually do; the score and the trend use your verdict.</source>
        <translation>Centang pemeriksaan yang dicentang agen tetapi sebenarnya tidak dilakukan; skor dan tren memakai penilaian Anda.</translation>
    </message>
    <message>
        <source>Not actually done: %1</source>
        <translation>Sebenarnya tidak dilakukan: %1</translation>
    </message>
</context>
<context>
    <name>CallHeader</name>
    <message>
        <source>End call (Ctrl+E)</source>
        <translation>Akhiri panggilan (Ctrl+E)</translation>
    </message>
    <message>
        <source>The conversation is over: go to the wrap-up</source>
        <translation>Percakapan selesai: lanjut ke penyelesaian panggilan</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Dalam panggilan</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Pekerjaan pasca-panggilan</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Pelanggan: %1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Penelepon: %1</translation>
    </message>
    <message>
        <source>Caller not identified yet</source>
        <translation>Penelepon belum teridentifikasi</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Obrolan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
</context>
<context>
    <name>CallIdlePage</name>
    <message>
        <source>No call in progress — Ctrl+N</source>
        <translation>Tidak ada panggilan — Ctrl+N</translation>
    </message>
    <message>
        <source>Answer a call with Ctrl+N: the guided flow starts with the greeting. Calls from your softphone open here by themselves.</source>
        <translation>Jawab panggilan dengan Ctrl+N: alur terpandu dimulai dari salam. Panggilan dari softphone Anda terbuka di sini dengan sendirinya.</translation>
    </message>
    <message>
        <source>Flow for the next call</source>
        <translation>Alur untuk panggilan berikutnya</translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation>Alu&amp;r:</translation>
    </message>
    <message>
        <source>Answer call (Ctrl+N)</source>
        <translation>Jawab panggilan (Ctrl+N)</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>obrolan</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Call waiting from %1 — Ctrl+N answers it.</source>
        <translation>Panggilan menunggu dari %1 — Ctrl+N untuk menjawab.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <source>Talk %1</source>
        <translation>Bicara %1</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Tahan %1</translation>
    </message>
    <message>
        <source>After-call work %1</source>
        <translation>Pasca-panggilan %1</translation>
    </message>
</context>
<context>
    <name>CallWorkspace</name>
    <message>
        <source>No call flow is loaded.</source>
        <translation>Tidak ada alur panggilan yang dimuat.</translation>
    </message>
    <message>
        <source>Incoming call from %1. It will be waiting when this call is wrapped up.</source>
        <translation>Panggilan masuk dari %1. Panggilan itu akan menunggu sampai panggilan ini selesai dicatat.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) did not finish when agentdesk last closed.</source>
        <translation>
            <numerusform>%n panggilan belum selesai saat agentdesk terakhir ditutup.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume call</source>
        <translation>&amp;Lanjutkan panggilan</translation>
    </message>
    <message>
        <source>A call is in progress: finish it first (Ctrl+E ends it).</source>
        <translation>Ada panggilan yang berlangsung: selesaikan dulu (Ctrl+E untuk mengakhiri).</translation>
    </message>
    <message>
        <source>Save the wrap-up of this call first (Ctrl+Return).</source>
        <translation>Simpan dulu penyelesaian panggilan ini (Ctrl+Return).</translation>
    </message>
    <message>
        <source>No call flow for this channel is loaded.</source>
        <translation>Tidak ada alur panggilan untuk kanal ini.</translation>
    </message>
</context>
<context>
    <name>CallbackPanel</name>
    <message>
        <source>I read the number back; the caller confir&amp;med it</source>
        <translation>Nomor sudah saya bacakan ulang; penelepon mengonfir&amp;masinya</translation>
    </message>
    <message>
        <source>Book the call-&amp;back</source>
        <translation>Jadwalkan panggilan &amp;balik</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Nomor yang dihubungi</translation>
    </message>
    <message>
        <source>Call back from</source>
        <translation>Telepon balik dari</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>Telepon balik paling lambat</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Book the call-back</source>
        <translation>Jadwalkan panggilan balik</translation>
    </message>
    <message>
        <source>Read back: %1</source>
        <translation>Bacakan ulang: %1</translation>
    </message>
    <message>
        <source>Type the number to read it back digit by digit.</source>
        <translation>Ketik nomornya untuk dibacakan ulang angka demi angka.</translation>
    </message>
    <message>
        <source>Booked: %1, %2 to %3. Press Ctrl+Return to go on.</source>
        <translation>Terjadwal: %1, %2 sampai %3. Tekan Ctrl+Return untuk melanjutkan.</translation>
    </message>
</context>
<context>
    <name>CoachWords</name>
    <message>
        <source>Sounds aggressive</source>
        <translation>Terdengar agresif</translation>
    </message>
    <message>
        <source>Unhelpful phrase</source>
        <translation>Frasa kurang membantu</translation>
    </message>
    <message>
        <source>Loses goodwill</source>
        <translation>Mengurangi niat baik</translation>
    </message>
    <message>
        <source>Says why a colleague is away</source>
        <translation>Menyebutkan alasan rekan tidak ada</translation>
    </message>
    <message>
        <source>Negative wording</source>
        <translation>Kalimat negatif</translation>
    </message>
    <message>
        <source>Absolute word</source>
        <translation>Kata mutlak</translation>
    </message>
    <message>
        <source>Internal jargon</source>
        <translation>Istilah internal</translation>
    </message>
    <message>
        <source>Instead, try: “%1”</source>
        <translation>Sebagai gantinya, coba: “%1”</translation>
    </message>
    <message>
        <source>Try: “%1”</source>
        <translation>Coba: “%1”</translation>
    </message>
    <message>
        <source>%1 or right-click to replace</source>
        <translation>%1 atau klik kanan untuk mengganti</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>{path}: {ready} rows ready, {bad} bad.</source>
        <translation>{path}: {ready} baris siap, {bad} salah.</translation>
    </message>
    <message>
        <source>{path} has notes, and every note needs an author: pass --as USER (see `agentdesk user list`).</source>
        <translation>{path} berisi catatan, dan setiap catatan memerlukan penulis: berikan --as PENGGUNA (lihat `agentdesk user list`).</translation>
    </message>
    <message>
        <source>{path}: {imported} imported with {notes} notes, card details masked in {masked}; {already} already imported; {bad} bad.</source>
        <translation>{path}: {imported} diimpor dengan {notes} catatan, data kartu disamarkan di {masked}; {already} sudah diimpor sebelumnya; {bad} salah.</translation>
    </message>
    <message>
        <source>{path}: {imported} imported with {notes} notes; {already} already imported; {bad} bad.</source>
        <translation>{path}: {imported} diimpor dengan {notes} catatan; {already} sudah diimpor sebelumnya; {bad} salah.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} bukan folder.</translation>
    </message>
    <message>
        <source>Articles: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Artikel: {added} ditambahkan, {updated} diperbarui, {unchanged} tidak berubah.</translation>
    </message>
    <message>
        <source>Canned responses: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Balasan siap pakai: {added} ditambahkan, {updated} diperbarui, {unchanged} tidak berubah.</translation>
    </message>
    <message>
        <source>{count} problem(s) found; those files or entries were not imported.</source>
        <translation>Ditemukan {count} masalah; berkas atau entri tersebut tidak diimpor.</translation>
    </message>
    <message>
        <source>{path}: {added} answers added, {updated} updated; {bad} bad or unmatched.</source>
        <translation>{path}: {added} jawaban ditambahkan, {updated} diperbarui; {bad} salah atau tidak cocok.</translation>
    </message>
</context>
<context>
    <name>ComplaintPanel</name>
    <message>
        <source>Reference %1 — spell it out: %2</source>
        <translation>Nomor referensi %1 — eja: %2</translation>
    </message>
    <message>
        <source>Answer promised by %1 (%2 days)</source>
        <translation>Jawaban dijanjikan paling lambat %1 (%2 hari)</translation>
    </message>
    <message>
        <source>Give the customer the reference and the date</source>
        <translation>Sampaikan nomor referensi dan tanggalnya kepada pelanggan</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>History, newest first</source>
        <translation>Riwayat, terbaru di atas</translation>
    </message>
    <message>
        <source>Name only until the caller&apos;s identity is checked (Alt+Y)</source>
        <translation>Hanya nama sampai identitas penelepon diverifikasi (Alt+Y)</translation>
    </message>
    <message>
        <source>History and notes appear once the identity check has passed (G1).</source>
        <translation>Riwayat dan catatan muncul setelah verifikasi identitas berhasil (G1).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Ejaan: %1</translation>
    </message>
    <message>
        <source>basis: %1</source>
        <translation>dasar hukum: %1</translation>
    </message>
    <message>
        <source>card number masked</source>
        <translation>nomor kartu disamarkan</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>diubah</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>e.g. 020 7946 0958 or +39 06 1234 5678</source>
        <translation>mis. 021 1234 5678 atau +62 812 3456 7890</translation>
    </message>
    <message>
        <source>(not asked yet)</source>
        <translation>(belum ditanyakan)</translation>
    </message>
    <message>
        <source>First name only</source>
        <translation>Nama depan saja</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(tidak dicatat)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. prefers e-mail</source>
        <translation>dipisahkan koma, mis. lebih suka e-mail</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>Nama &amp;depan</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>Nama &amp;belakang</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Form of &amp;address</source>
        <translation>Sapaan &amp;hormat</translation>
    </message>
    <message>
        <source>Customer &amp;type</source>
        <translation>&amp;Jenis pelanggan</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <source>&amp;Lawful basis</source>
        <translation>Dasar &amp;hukum</translation>
    </message>
</context>
<context>
    <name>DataRequestButtons</name>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Ekspor data pelanggan</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Hapus pelanggan</translation>
    </message>
    <message>
        <source>This deletes %1 and everything about them, for good, including in backups. Type the customer&apos;s surname to confirm.</source>
        <translation>Ini menghapus %1 beserta semua datanya secara permanen, termasuk di cadangan. Ketik nama belakang pelanggan untuk mengonfirmasi.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Tidak dihapus</translation>
    </message>
    <message>
        <source>The surname did not match; nothing was erased.</source>
        <translation>Nama belakang tidak cocok; tidak ada yang dihapus.</translation>
    </message>
</context>
<context>
    <name>DayPlanChart</name>
    <message>
        <source>Agents needed</source>
        <translation>Agen yang dibutuhkan</translation>
    </message>
    <message>
        <source>Staff to schedule (with shrinkage)</source>
        <translation>Staf terjadwal (dengan penyusutan)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>Staffed now</source>
        <translation>Bertugas sekarang</translation>
    </message>
    <message>
        <source>Agents needed per interval today</source>
        <translation>Agen yang dibutuhkan per interval hari ini</translation>
    </message>
    <message>
        <source>Staff to schedule</source>
        <translation>Staf yang dijadwalkan</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Jam</translation>
    </message>
</context>
<context>
    <name>DifficultMomentPicker</name>
    <message>
        <source>Difficult moment</source>
        <translation>Momen sulit</translation>
    </message>
    <message>
        <source>What is happening? e.g. shouting, says no, won&apos;t stop talking</source>
        <translation>Apa yang terjadi? mis. berteriak, menolak, tidak berhenti bicara</translation>
    </message>
    <message>
        <source>Type to filter · ↑↓ to choose · Enter to work through it · Esc to close</source>
        <translation>Ketik untuk menyaring · ↑↓ untuk memilih · Enter untuk menjalankannya · Esc untuk menutup</translation>
    </message>
</context>
<context>
    <name>DirectoryEditor</name>
    <message>
        <source>Transfer directory</source>
        <translation>Direktori pengalihan</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departemen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>refunds; meter readings; tariffs</source>
        <translation>pengembalian dana; pembacaan meteran; tarif</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 8:00–18:00</source>
        <translation>mis. Sen–Jum 08.00–18.00</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>Entri &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Simpan entri</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>&amp;Hapus entri</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impor CSV…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ekstensi</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Ketersediaan</translation>
    </message>
    <message>
        <source>Departments and people to transfer calls to.</source>
        <translation>Departemen dan orang tujuan pengalihan panggilan.</translation>
    </message>
    <message>
        <source>Only team leaders change the directory; you can look it up.</source>
        <translation>Hanya pemimpin tim yang mengubah direktori; Anda dapat melihatnya.</translation>
    </message>
    <message>
        <source>Import the directory</source>
        <translation>Impor direktori</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file cannot be read as UTF-8 text (%1).</source>
        <translation>Berkas tidak dapat dibaca sebagai teks UTF-8 (%1).</translation>
    </message>
    <message>
        <source>Added %1, updated %2.</source>
        <translation>Ditambahkan %1, diperbarui %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <source>Name or topic, e.g. refunds</source>
        <translation>Nama atau topik, mis. pengembalian dana</translation>
    </message>
    <message>
        <source>The transfer directory is empty. A team leader adds departments and colleagues in View ▸ Transfer directory (one by one, or from a CSV file). Until then, type the name of who you are transferring to.</source>
        <translation>Direktori pengalihan masih kosong. Pemimpin tim menambahkan departemen dan rekan di Tampilan ▸ Direktori pengalihan (satu per satu, atau dari berkas CSV). Sementara itu, ketik nama orang tujuan pengalihan.</translation>
    </message>
    <message>
        <source>No one in the directory matches: the name as typed will be used.</source>
        <translation>Tidak ada yang cocok di direktori: nama yang diketik akan dipakai.</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>ekst. %1</translation>
    </message>
</context>
<context>
    <name>DirectoryTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departemen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Ekst.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Ketersediaan</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user — agentdesk</source>
        <translation>Tambah pengguna — agentdesk</translation>
    </message>
    <message>
        <source>A new account for this workstation. Tell the person their user name and password in private; they can change the password after logging in.</source>
        <translation>Akun baru untuk stasiun kerja ini. Sampaikan nama pengguna dan kata sandinya kepada orang itu secara pribadi; kata sandi dapat diubah setelah masuk.</translation>
    </message>
    <message>
        <source>e.g. rita.rossi</source>
        <translation>mis. rita.rossi</translation>
    </message>
    <message>
        <source>the name callers hear, e.g. Rita Rossi</source>
        <translation>nama yang didengar penelepon, mis. Rita Rossi</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Pemimpin tim</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>minimal %1 karakter</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nama &amp;tampilan:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Tam&amp;bah pengguna</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Kedua kata sandi berbeda; ketik ulang.</translation>
    </message>
    <message>
        <source>Added %1 (%2): they can log in at this workstation now.</source>
        <translation>%1 (%2) ditambahkan: sekarang dapat masuk di stasiun kerja ini.</translation>
    </message>
</context>
<context>
    <name>DisplayNamesDialog</name>
    <message>
        <source>Display names — agentdesk</source>
        <translation>Nama tampilan — agentdesk</translation>
    </message>
    <message>
        <source>The display name is what the app shows and what callers hear in the greeting (“This is …”). Use the name people should call the person by.</source>
        <translation>Nama tampilan adalah nama yang ditampilkan aplikasi dan didengar penelepon dalam salam (“Saya …”). Gunakan nama panggilan orang tersebut.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>&amp;Simpan nama</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Nama tampilan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>DraftsNotice</name>
    <message>
        <source>A half-typed message was kept: Ctrl+Shift+M opens it.</source>
        <translation>Pesan yang setengah diketik tetap disimpan: Ctrl+Shift+M membukanya.</translation>
    </message>
    <message numerus="yes">
        <source>From your last session: %n unsaved note(s).</source>
        <translation>
            <numerusform>Dari sesi terakhir Anda: %n catatan belum disimpan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept until you save or clear the draft(s).</source>
        <translation>
            <numerusform>Draf tetap ada sampai Anda menyimpan atau menghapusnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open note</source>
        <translation>&amp;Buka catatan</translation>
    </message>
    <message>
        <source>Open &amp;message</source>
        <translation>Buka &amp;pesan</translation>
    </message>
</context>
<context>
    <name>EntryBrowser</name>
    <message>
        <source>Nothing matches “%1”. Try a feeling or a word the caller used.</source>
        <translation>Tidak ada yang cocok dengan “%1”. Coba perasaan atau kata yang diucapkan penelepon.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Recognise it</source>
        <translation>Cara mengenalinya</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yang perlu dilakukan</translation>
    </message>
    <message>
        <source>Say it like this</source>
        <translation>Ucapkan seperti ini</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Hindari</translation>
    </message>
    <message>
        <source>Instead of … say</source>
        <translation>Daripada … ucapkan</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <source>Checklist — ticks go into the call record</source>
        <translation>Daftar periksa — centang masuk ke catatan panggilan</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Lihat juga</translation>
    </message>
    <message>
        <source>Pick an entry to see what to do and what to say.</source>
        <translation>Pilih entri untuk melihat apa yang dilakukan dan diucapkan.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy this phrase</source>
        <translation>Salin frasa ini</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Salin: %1</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No such interaction.</source>
        <translation>Interaksi tidak ditemukan.</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>Pelanggan tidak ditemukan.</translation>
    </message>
    <message>
        <source>Retention would remove {count} of {total} {kind}: more than half, so nothing was removed. Check the retention settings and the computer&apos;s clock.</source>
        <translation>Retensi akan menghapus {count} dari {total} {kind}: lebih dari separuh, jadi tidak ada yang dihapus. Periksa pengaturan retensi dan jam komputer.</translation>
    </message>
    <message>
        <source>No customer has that phone number or e-mail address.</source>
        <translation>Tidak ada pelanggan dengan nomor telepon atau alamat e-mail tersebut.</translation>
    </message>
    <message>
        <source>No such note.</source>
        <translation>Catatan tidak ditemukan.</translation>
    </message>
    <message>
        <source>Note: write something first.</source>
        <translation>Catatan: tulis sesuatu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Note: at most {limit} characters; split it into two notes.</source>
        <translation>Catatan: maksimal {limit} karakter; bagi menjadi dua catatan.</translation>
    </message>
    <message>
        <source>Note: at most {limit} characters in all.</source>
        <translation>Catatan: maksimal {limit} karakter seluruhnya.</translation>
    </message>
    <message>
        <source>Feedback: write something first.</source>
        <translation>Umpan balik: tulis sesuatu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Feedback: at most {limit} characters.</source>
        <translation>Umpan balik: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Title: 1 to 200 characters.</source>
        <translation>Judul: 1 sampai 200 karakter.</translation>
    </message>
    <message>
        <source>Language: one of {choices}.</source>
        <translation>Bahasa: salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>Feedback is &apos;helpful&apos; or &apos;out_of_date&apos;.</source>
        <translation>Umpan balik berupa &apos;helpful&apos; atau &apos;out_of_date&apos;.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}).</source>
        <translation>Folder {folder} tidak dapat dibuat ({reason}).</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} tidak dapat ditulis ({reason}).</translation>
    </message>
    <message>
        <source>Knowledge base search is not available on a {dialect} database yet.</source>
        <translation>Pencarian basis pengetahuan belum tersedia pada basis data {dialect}.</translation>
    </message>
    <message>
        <source>Code: &apos;::&apos; then lower-case letters, digits and hyphens (at most {limit}).</source>
        <translation>Kode: &apos;::&apos; lalu huruf kecil, angka, dan tanda hubung (maksimal {limit}).</translation>
    </message>
    <message>
        <source>Text: the text must not be empty.</source>
        <translation>Teks: teks tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Text: &apos;{text}&apos; is not a placeholder: use {{caller_name}} or {{field:label}} (label up to {limit} characters).</source>
        <translation>Teks: &apos;{text}&apos; bukan penanda isian: gunakan {{caller_name}} atau {{field:label}} (label maksimal {limit} karakter).</translation>
    </message>
    <message>
        <source>Text: unknown value &apos;{name}&apos; (known: {known}; use {{field:label}} for a blank the representative fills).</source>
        <translation>Teks: nilai &apos;{name}&apos; tidak dikenal (yang dikenal: {known}; gunakan {{field:label}} untuk isian yang diisi agen).</translation>
    </message>
    <message>
        <source>The article cannot be saved: check its id, title, category, language and tags.</source>
        <translation>Artikel tidak dapat disimpan: periksa id, judul, kategori, bahasa, dan labelnya.</translation>
    </message>
    <message>
        <source>The id must be a slug: lower-case letters, digits and single hyphens (&apos;hold-etiquette&apos;).</source>
        <translation>Id harus berupa slug: huruf kecil, angka, dan tanda hubung tunggal (&apos;hold-etiquette&apos;).</translation>
    </message>
    <message>
        <source>The title must be one line of text, not empty.</source>
        <translation>Judul harus satu baris teks dan tidak kosong.</translation>
    </message>
    <message>
        <source>The category must be one line of text, not empty.</source>
        <translation>Kategori harus satu baris teks dan tidak kosong.</translation>
    </message>
    <message>
        <source>The language must be one of {choices}.</source>
        <translation>Bahasa harus salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>Each tag must be one line of text, given once.</source>
        <translation>Setiap label harus satu baris teks dan hanya disebut sekali.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8 and import again.</source>
        <translation>Berkas ini bukan teks UTF-8; simpan sebagai CSV UTF-8 lalu impor lagi.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>Berkas kosong; baris pertama harus berisi nama kolom.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB; split it and import the parts.</source>
        <translation>Berkas lebih besar dari {limit} MB; bagi berkasnya dan impor bagian-bagiannya.</translation>
    </message>
    <message>
        <source>More than {limit} rows; split the file and import the parts.</source>
        <translation>Lebih dari {limit} baris; bagi berkasnya dan impor bagian-bagiannya.</translation>
    </message>
    <message>
        <source>A NUL character: this is not a CSV text file.</source>
        <translation>Ada karakter NUL: ini bukan berkas teks CSV.</translation>
    </message>
    <message>
        <source>A quoted value is never closed (a missing &quot;).</source>
        <translation>Nilai dalam tanda kutip tidak pernah ditutup (kurang satu &quot;).</translation>
    </message>
    <message>
        <source>Text after a closing quote; write a quote inside a quoted value as &quot;&quot;.</source>
        <translation>Ada teks setelah tanda kutip penutup; tulis tanda kutip di dalam nilai berkutip sebagai &quot;&quot;.</translation>
    </message>
    <message>
        <source>A value is longer than {limit} characters.</source>
        <translation>Ada nilai yang lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>Not valid CSV here; write a quote inside a quoted value as &quot;&quot;.</source>
        <translation>CSV tidak valid di sini; tulis tanda kutip di dalam nilai berkutip sebagai &quot;&quot;.</translation>
    </message>
    <message>
        <source>{count} values but the header names {width} columns; quote values that contain the delimiter.</source>
        <translation>Ada {count} nilai, tetapi baris judul hanya menyebut {width} kolom; beri tanda kutip pada nilai yang berisi pemisah.</translation>
    </message>
    <message>
        <source>Column {column} has no name.</source>
        <translation>Kolom {column} tidak bernama.</translation>
    </message>
    <message>
        <source>Column {column}: &apos;{name}&apos; given twice.</source>
        <translation>Kolom {column}: &apos;{name}&apos; disebut dua kali.</translation>
    </message>
    <message>
        <source>Column {column}: unknown column name; expected name (or first_name and surname), phone, email, form_of_address, type, tags, lawful_basis, notes.</source>
        <translation>Kolom {column}: nama kolom tidak dikenal; yang diharapkan name (atau first_name dan surname), phone, email, form_of_address, type, tags, lawful_basis, notes.</translation>
    </message>
    <message>
        <source>Give either name or first_name and surname, not both.</source>
        <translation>Isi name atau first_name dan surname, jangan keduanya.</translation>
    </message>
    <message>
        <source>A name column is needed (name, or first_name and surname).</source>
        <translation>Diperlukan kolom nama (name, atau first_name dan surname).</translation>
    </message>
    <message>
        <source>form_of_address: one of {choices}.</source>
        <translation>form_of_address: salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>type: codes from {choices}.</source>
        <translation>type: kode dari {choices}.</translation>
    </message>
    <message>
        <source>tags: at most {limit} characters each, separated by ;.</source>
        <translation>tags: maksimal {limit} karakter per label, dipisahkan dengan ;.</translation>
    </message>
    <message>
        <source>lawful_basis: one of {choices}.</source>
        <translation>lawful_basis: salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>notes: at most {limit} characters per note.</source>
        <translation>notes: maksimal {limit} karakter per catatan.</translation>
    </message>
    <message>
        <source>Imported notes need an author: import as one of the accounts.</source>
        <translation>Catatan yang diimpor memerlukan penulis: impor sebagai salah satu akun.</translation>
    </message>
    <message>
        <source>Column {column}: unknown column name; expected interaction_id or caller_number and time, survey and score (or csat, ces, nps), comment.</source>
        <translation>Kolom {column}: nama kolom tidak dikenal; yang diharapkan interaction_id atau caller_number dan time, survey dan score (atau csat, ces, nps), comment.</translation>
    </message>
    <message>
        <source>A column to find the call is needed: interaction_id, or caller_number and time.</source>
        <translation>Diperlukan kolom untuk menemukan panggilan: interaction_id, atau caller_number dan time.</translation>
    </message>
    <message>
        <source>Either survey and score columns, or one column per scale (csat, ces, nps).</source>
        <translation>Gunakan kolom survey dan score, atau satu kolom per skala (csat, ces, nps).</translation>
    </message>
    <message>
        <source>No interaction_id, and no caller_number with a time.</source>
        <translation>Tidak ada interaction_id, dan tidak ada caller_number beserta waktunya.</translation>
    </message>
    <message>
        <source>survey: one of {choices}.</source>
        <translation>survey: salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>No score in csat, ces or nps.</source>
        <translation>Tidak ada skor di csat, ces, atau nps.</translation>
    </message>
    <message>
        <source>interaction_id: not an interaction id.</source>
        <translation>interaction_id: bukan id interaksi.</translation>
    </message>
    <message>
        <source>time: a date and time like 2026-12-06 14:05 or 2026-12-06T14:05:00+01:00.</source>
        <translation>time: tanggal dan jam seperti 2026-12-06 14:05 atau 2026-12-06T14:05:00+01:00.</translation>
    </message>
    <message>
        <source>Comment: at most {limit} characters.</source>
        <translation>Komentar: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Comment: no control characters.</source>
        <translation>Komentar: tanpa karakter kontrol.</translation>
    </message>
    <message>
        <source>No interaction has that interaction_id.</source>
        <translation>Tidak ada interaksi dengan interaction_id itu.</translation>
    </message>
    <message>
        <source>caller_number: not a phone number.</source>
        <translation>caller_number: bukan nomor telepon.</translation>
    </message>
    <message>
        <source>No call from that number in the hour before that time.</source>
        <translation>Tidak ada panggilan dari nomor itu dalam satu jam sebelum waktu tersebut.</translation>
    </message>
    <message>
        <source>Several calls from that number around that time; give interaction_id.</source>
        <translation>Ada beberapa panggilan dari nomor itu sekitar waktu tersebut; cantumkan interaction_id.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with &apos;name&apos;.</source>
        <translation>Baris pertama harus berisi nama kolom, termasuk &apos;name&apos;.</translation>
    </message>
    <message>
        <source>Unknown column(s) ignored: {names}.</source>
        <translation>Kolom tidak dikenal diabaikan: {names}.</translation>
    </message>
    <message>
        <source>The file is too large to be a forecast.</source>
        <translation>Berkas terlalu besar untuk sebuah prakiraan.</translation>
    </message>
    <message>
        <source>No &apos;start&apos; column; it holds each interval&apos;s time.</source>
        <translation>Tidak ada kolom &apos;start&apos;; kolom itu berisi waktu setiap interval.</translation>
    </message>
    <message>
        <source>Column &apos;{name}&apos; is not kept with the forecast; the queue settings give it.</source>
        <translation>Kolom &apos;{name}&apos; tidak disimpan bersama prakiraan; nilainya diambil dari pengaturan antrean.</translation>
    </message>
    <message>
        <source>start: expected a time like 08:30, got &apos;{value}&apos;.</source>
        <translation>start: isi dengan jam seperti 08:30, tertulis &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>interval: {minutes} min differs from the queue&apos;s {queue}-minute intervals.</source>
        <translation>interval: {minutes} mnt berbeda dari interval antrean {queue} menit.</translation>
    </message>
    <message>
        <source>Title: at most {limit} characters.</source>
        <translation>Judul: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Category: at most {limit} characters.</source>
        <translation>Kategori: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Fill in at least one part of the statement.</source>
        <translation>Isi setidaknya satu bagian kalimat.</translation>
    </message>
    <message>
        <source>You can keep up to {limit} snippets; remove one first.</source>
        <translation>Anda dapat menyimpan hingga {limit} cuplikan; hapus satu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Keep each part under {limit} characters.</source>
        <translation>Jaga setiap bagian di bawah {limit} karakter.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Akhir periode sebelum awalnya.</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>Tindak lanjut ini sudah selesai.</translation>
    </message>
    <message>
        <source>Choose a colleague.</source>
        <translation>Pilih rekan.</translation>
    </message>
    <message>
        <source>The note: at most {limit} characters.</source>
        <translation>Catatan: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>This follow-up has no call or customer to keep a note.</source>
        <translation>Tindak lanjut ini tidak memiliki panggilan atau pelanggan untuk menyimpan catatan.</translation>
    </message>
    <message>
        <source>Draft: too long to keep; save or shorten the text.</source>
        <translation>Draf: terlalu panjang untuk disimpan; simpan atau persingkat teksnya.</translation>
    </message>
    <message>
        <source>User name: 2–32 characters, letters a–z, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation>Nama pengguna: 2–32 karakter, huruf a–z, angka, titik, tanda hubung, atau garis bawah, diawali huruf atau angka.</translation>
    </message>
    <message>
        <source>The user name &apos;{username}&apos; is already taken.</source>
        <translation>Nama pengguna &apos;{username}&apos; sudah dipakai.</translation>
    </message>
    <message>
        <source>Password: Use at least {minimum} characters.</source>
        <translation>Kata sandi: gunakan sedikitnya {minimum} karakter.</translation>
    </message>
    <message>
        <source>Password: The password must not start or end with a space.</source>
        <translation>Kata sandi: kata sandi tidak boleh diawali atau diakhiri spasi.</translation>
    </message>
    <message>
        <source>Password: the new password is the same as the old one.</source>
        <translation>Kata sandi: kata sandi baru sama dengan yang lama.</translation>
    </message>
    <message>
        <source>Changing the password needs the team database; try again when it can be reached.</source>
        <translation>Mengubah kata sandi memerlukan basis data tim; silakan coba lagi saat dapat dijangkau.</translation>
    </message>
    <message>
        <source>The new time needs a time zone.</source>
        <translation>Waktu baru memerlukan zona waktu.</translation>
    </message>
    <message>
        <source>Say why it moves (the customer will be told what?).</source>
        <translation>Sebutkan alasan pemindahannya (apa yang akan disampaikan kepada pelanggan?).</translation>
    </message>
    <message>
        <source>Say what the colleague needs to know.</source>
        <translation>Sebutkan apa yang perlu diketahui rekan.</translation>
    </message>
    <message>
        <source>No such check in this call.</source>
        <translation>Pemeriksaan itu tidak ada dalam panggilan ini.</translation>
    </message>
    <message>
        <source>Only a check the representative ticked can be reviewed.</source>
        <translation>Hanya pemeriksaan yang dicentang agen yang dapat ditinjau.</translation>
    </message>
    <message>
        <source>The end of the date range must be after its start.</source>
        <translation>Akhir rentang tanggal harus setelah awalnya.</translation>
    </message>
    <message>
        <source>Name: enter at least a first name or a surname.</source>
        <translation>Nama: isi setidaknya nama depan atau nama belakang.</translation>
    </message>
    <message>
        <source>Phone: a number with its area code, or +country code for abroad (e.g. 020 7946 0958 or +44 20 7946 0958).</source>
        <translation>Telepon: nomor dengan kode area, atau + kode negara untuk luar negeri (mis. 021 1234 5678 atau +62 21 1234 5678).</translation>
    </message>
    <message>
        <source>E-mail: an address like name@example.com.</source>
        <translation>E-mail: alamat seperti nama@example.com.</translation>
    </message>
    <message>
        <source>Customer type: one of {choices}.</source>
        <translation>Jenis pelanggan: salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>Lawful basis: one of {choices}.</source>
        <translation>Dasar hukum: salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>This record was already imported.</source>
        <translation>Data ini sudah pernah diimpor.</translation>
    </message>
    <message>
        <source>{count} customers share that number; use the customer id instead.</source>
        <translation>{count} pelanggan memakai nomor itu; gunakan id pelanggan sebagai gantinya.</translation>
    </message>
    <message>
        <source>Draft: the payload must be a mapping.</source>
        <translation>Draf: isinya harus berupa pemetaan.</translation>
    </message>
    <message>
        <source>Draft: the payload is nested too deeply.</source>
        <translation>Draf: isinya bersarang terlalu dalam.</translation>
    </message>
    <message>
        <source>Draft: numbers must be finite.</source>
        <translation>Draf: angka harus terhingga.</translation>
    </message>
    <message>
        <source>Draft: payload keys must be text.</source>
        <translation>Draf: kunci isinya harus berupa teks.</translation>
    </message>
    <message>
        <source>Draft: cannot keep a {kind}.</source>
        <translation>Draf: tidak dapat menyimpan {kind}.</translation>
    </message>
    <message>
        <source>Draft kind: a lower-case identifier of 1-20 characters.</source>
        <translation>Jenis draf: pengenal huruf kecil 1-20 karakter.</translation>
    </message>
    <message>
        <source>Draft reference: an identifier of at most 64 characters.</source>
        <translation>Referensi draf: pengenal maksimal 64 karakter.</translation>
    </message>
    <message>
        <source>A retention period is a whole number of days, 0 or more (0 keeps).</source>
        <translation>Masa retensi adalah bilangan bulat hari, 0 atau lebih (0 berarti disimpan).</translation>
    </message>
    <message>
        <source>No account named &apos;{account}&apos; (see `agentdesk user list`).</source>
        <translation>Tidak ada akun bernama &apos;{account}&apos; (lihat `agentdesk user list`).</translation>
    </message>
    <message>
        <source>No such follow-up.</source>
        <translation>Tindak lanjut tidak ditemukan.</translation>
    </message>
    <message>
        <source>Only its owner or a team leader can change a follow-up.</source>
        <translation>Hanya pemilik atau pemimpin tim yang dapat mengubah tindak lanjut.</translation>
    </message>
    <message>
        <source>An account already exists; ask a team leader to add you.</source>
        <translation>Sudah ada akun; minta pemimpin tim untuk menambahkan Anda.</translation>
    </message>
    <message>
        <source>A server database is backed up by its server, not by agentdesk.</source>
        <translation>Basis data server dicadangkan oleh servernya, bukan oleh agentdesk.</translation>
    </message>
    <message>
        <source>No such message.</source>
        <translation>Pesan tidak ditemukan.</translation>
    </message>
    <message>
        <source>No such feedback.</source>
        <translation>Umpan balik tidak ditemukan.</translation>
    </message>
    <message>
        <source>No such directory entry.</source>
        <translation>Entri direktori tidak ditemukan.</translation>
    </message>
    <message>
        <source>There is no article &apos;{article}&apos;.</source>
        <translation>Artikel &apos;{article}&apos; tidak ada.</translation>
    </message>
    <message>
        <source>That version of the article does not exist.</source>
        <translation>Versi artikel tersebut tidak ada.</translation>
    </message>
    <message>
        <source>There is no canned response &apos;{snippet}&apos;.</source>
        <translation>Balasan siap pakai &apos;{snippet}&apos; tidak ada.</translation>
    </message>
    <message>
        <source>No call flow &apos;{flow}&apos; is loaded.</source>
        <translation>Alur panggilan &apos;{flow}&apos; tidak dimuat.</translation>
    </message>
    <message>
        <source>You can only open your own interactions.</source>
        <translation>Anda hanya dapat membuka interaksi Anda sendiri.</translation>
    </message>
    <message>
        <source>You can add notes to customers you serve.</source>
        <translation>Anda dapat menambahkan catatan untuk pelanggan yang Anda layani.</translation>
    </message>
    <message>
        <source>You can open customers you have served; ask a team leader for others.</source>
        <translation>Anda dapat membuka pelanggan yang pernah Anda layani; untuk yang lain, tanyakan pemimpin tim.</translation>
    </message>
    <message>
        <source>Only the author or a team leader can edit a note.</source>
        <translation>Hanya penulis atau pemimpin tim yang dapat mengubah catatan.</translation>
    </message>
    <message>
        <source>Only the author or a team leader can read versions.</source>
        <translation>Hanya penulis atau pemimpin tim yang dapat membaca versinya.</translation>
    </message>
    <message>
        <source>Only the taker or a team leader can add notes.</source>
        <translation>Hanya pencatat pesan atau pemimpin tim yang dapat menambahkan catatan.</translation>
    </message>
    <message>
        <source>Only the person a message is for, whoever took it or a team leader can change its status.</source>
        <translation>Hanya penerima pesan, pencatatnya, atau pemimpin tim yang dapat mengubah statusnya.</translation>
    </message>
    <message>
        <source>Message status: one of {choices}.</source>
        <translation>Status pesan: salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>This call is already linked to another customer; you can open customers you have served.</source>
        <translation>Panggilan ini sudah ditautkan ke pelanggan lain; Anda dapat membuka pelanggan yang pernah Anda layani.</translation>
    </message>
    <message>
        <source>This record&apos;s phone number is not the number calling: link it to the call only once the caller has answered the security questions, and say so.</source>
        <translation>Nomor telepon pada data ini bukan nomor yang sedang menelepon: tautkan ke panggilan hanya setelah penelepon menjawab pertanyaan keamanan, dan nyatakan hal itu.</translation>
    </message>
    <message>
        <source>Outside a live call you can link only customers you have served.</source>
        <translation>Di luar panggilan yang berlangsung, Anda hanya dapat menautkan pelanggan yang pernah Anda layani.</translation>
    </message>
    <message>
        <source>Only the representative it is for can acknowledge it.</source>
        <translation>Hanya agen yang dituju yang dapat mengonfirmasinya.</translation>
    </message>
    <message>
        <source>Only a team leader can add accounts.</source>
        <translation>Hanya pemimpin tim yang dapat menambahkan akun.</translation>
    </message>
    <message>
        <source>Only a team leader can change display names.</source>
        <translation>Hanya pemimpin tim yang dapat mengubah nama tampilan.</translation>
    </message>
    <message>
        <source>Only a team leader can change another account&apos;s language.</source>
        <translation>Hanya pemimpin tim yang dapat mengubah bahasa akun lain.</translation>
    </message>
    <message>
        <source>Only a team leader can list accounts.</source>
        <translation>Hanya pemimpin tim yang dapat melihat daftar akun.</translation>
    </message>
    <message>
        <source>Only a team leader can calibrate checks.</source>
        <translation>Hanya pemimpin tim yang dapat mengkalibrasi pemeriksaan.</translation>
    </message>
    <message>
        <source>Only a team leader can open the review queue.</source>
        <translation>Hanya pemimpin tim yang dapat membuka antrean tinjauan.</translation>
    </message>
    <message>
        <source>Only a team leader can review interactions.</source>
        <translation>Hanya pemimpin tim yang dapat meninjau interaksi.</translation>
    </message>
    <message>
        <source>Only a team leader can edit canned responses.</source>
        <translation>Hanya pemimpin tim yang dapat mengubah balasan siap pakai.</translation>
    </message>
    <message>
        <source>Only a team leader can delete canned responses.</source>
        <translation>Hanya pemimpin tim yang dapat menghapus balasan siap pakai.</translation>
    </message>
    <message>
        <source>Only a team leader can import canned responses.</source>
        <translation>Hanya pemimpin tim yang dapat mengimpor balasan siap pakai.</translation>
    </message>
    <message>
        <source>Only a team leader can read article feedback.</source>
        <translation>Hanya pemimpin tim yang dapat membaca umpan balik artikel.</translation>
    </message>
    <message>
        <source>Only a team leader can edit knowledge base articles.</source>
        <translation>Hanya pemimpin tim yang dapat mengubah artikel basis pengetahuan.</translation>
    </message>
    <message>
        <source>Only a team leader can delete knowledge base articles.</source>
        <translation>Hanya pemimpin tim yang dapat menghapus artikel basis pengetahuan.</translation>
    </message>
    <message>
        <source>Only a team leader can import knowledge base articles.</source>
        <translation>Hanya pemimpin tim yang dapat mengimpor artikel basis pengetahuan.</translation>
    </message>
    <message>
        <source>Only a team leader can rebuild the search index.</source>
        <translation>Hanya pemimpin tim yang dapat membangun ulang indeks pencarian.</translation>
    </message>
    <message>
        <source>Only a team leader can see the team&apos;s figures.</source>
        <translation>Hanya pemimpin tim yang dapat melihat angka tim.</translation>
    </message>
    <message>
        <source>Only a team leader can see another representative&apos;s figures.</source>
        <translation>Hanya pemimpin tim yang dapat melihat angka agen lain.</translation>
    </message>
    <message>
        <source>Only a team leader can change settings.</source>
        <translation>Hanya pemimpin tim yang dapat mengubah pengaturan.</translation>
    </message>
    <message>
        <source>Only a team leader can export a customer&apos;s data.</source>
        <translation>Hanya pemimpin tim yang dapat mengekspor data pelanggan.</translation>
    </message>
    <message>
        <source>Only a team leader can erase a customer.</source>
        <translation>Hanya pemimpin tim yang dapat menghapus pelanggan.</translation>
    </message>
    <message>
        <source>Only a team leader can give coaching feedback.</source>
        <translation>Hanya pemimpin tim yang dapat memberi umpan balik pembinaan.</translation>
    </message>
    <message>
        <source>Only a team leader can read the audit log.</source>
        <translation>Hanya pemimpin tim yang dapat membaca log audit.</translation>
    </message>
    <message>
        <source>Only a team leader can change the forecast.</source>
        <translation>Hanya pemimpin tim yang dapat mengubah prakiraan.</translation>
    </message>
    <message>
        <source>Only a team leader can import the forecast.</source>
        <translation>Hanya pemimpin tim yang dapat mengimpor prakiraan.</translation>
    </message>
    <message>
        <source>Only a team leader can see the team&apos;s follow-ups.</source>
        <translation>Hanya pemimpin tim yang dapat melihat tindak lanjut tim.</translation>
    </message>
    <message>
        <source>Only a team leader can change the transfer directory.</source>
        <translation>Hanya pemimpin tim yang dapat mengubah direktori pengalihan.</translation>
    </message>
    <message>
        <source>Only a team leader can import the transfer directory.</source>
        <translation>Hanya pemimpin tim yang dapat mengimpor direktori pengalihan.</translation>
    </message>
    <message>
        <source>Only a team leader can import survey results.</source>
        <translation>Hanya pemimpin tim yang dapat mengimpor hasil survei.</translation>
    </message>
    <message>
        <source>Only a team leader can review sync conflicts.</source>
        <translation>Hanya pemimpin tim yang dapat meninjau konflik sinkronisasi.</translation>
    </message>
    <message>
        <source>Only a team leader can confirm sync conflicts.</source>
        <translation>Hanya pemimpin tim yang dapat mengonfirmasi konflik sinkronisasi.</translation>
    </message>
    <message>
        <source>Only a team leader can rotate the team key.</source>
        <translation>Hanya pemimpin tim yang dapat merotasi kunci tim.</translation>
    </message>
    <message>
        <source>Only a team leader can check the team&apos;s audit chains.</source>
        <translation>Hanya pemimpin tim yang dapat memeriksa rantai audit tim.</translation>
    </message>
    <message>
        <source>Only a team leader can start a team database.</source>
        <translation>Hanya pemimpin tim yang dapat memulai basis data tim.</translation>
    </message>
    <message>
        <source>Only a team leader can join this workstation to a team database.</source>
        <translation>Hanya pemimpin tim yang dapat menggabungkan stasiun kerja ini ke basis data tim.</translation>
    </message>
    <message>
        <source>Only a team leader can remove accounts.</source>
        <translation>Hanya pemimpin tim yang dapat menghapus akun.</translation>
    </message>
    <message>
        <source>That conflict is not open any more.</source>
        <translation>Konflik itu sudah tidak terbuka lagi.</translation>
    </message>
    <message>
        <source>The team database refused this user name or password.</source>
        <translation>Basis data tim menolak nama pengguna atau kata sandi ini.</translation>
    </message>
    <message>
        <source>The team database cannot be reached; check the address and network.</source>
        <translation>Basis data tim tidak dapat dijangkau; periksa alamat dan jaringannya.</translation>
    </message>
    <message>
        <source>This data folder is not joined to a team database.</source>
        <translation>Folder data ini tidak tergabung dengan basis data tim.</translation>
    </message>
    <message>
        <source>No account named &apos;{account}&apos;.</source>
        <translation>Tidak ada akun bernama &apos;{account}&apos;.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Anda tidak dapat menghapus akun Anda sendiri.</translation>
    </message>
    <message>
        <source>This account is not a member of the team database.</source>
        <translation>Akun ini bukan anggota basis data tim.</translation>
    </message>
    <message>
        <source>The team key could not be opened with this password; ask a team leader.</source>
        <translation>Kunci tim tidak dapat dibuka dengan kata sandi ini; tanyakan kepada pemimpin tim.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the team database failed; check the address&apos;s sslmode and the server&apos;s certificate with your IT team.</source>
        <translation>Koneksi aman (TLS) ke basis data tim gagal; periksa sslmode pada alamat dan sertifikat server bersama tim TI Anda.</translation>
    </message>
    <message>
        <source>This workstation holds customer data of its own, so it cannot join a team database; a team leader can start a team database from it instead, which uploads that data.</source>
        <translation>Stasiun kerja ini berisi data pelanggan sendiri, sehingga tidak dapat bergabung ke basis data tim; sebagai gantinya pemimpin tim dapat memulai basis data tim dari stasiun kerja ini, yang akan mengunggah data tersebut.</translation>
    </message>
    <message>
        <source>This data folder is already joined to a team database.</source>
        <translation>Folder data ini sudah tergabung dengan basis data tim.</translation>
    </message>
    <message>
        <source>This data folder already holds data of its own; join with an empty folder.</source>
        <translation>Folder data ini sudah berisi data sendiri; bergabunglah dengan folder kosong.</translation>
    </message>
    <message>
        <source>This data folder holds encrypted data; join with an empty folder.</source>
        <translation>Folder data ini berisi data terenkripsi; bergabunglah dengan folder kosong.</translation>
    </message>
    <message>
        <source>That team database already has members: use join.</source>
        <translation>Basis data tim itu sudah memiliki anggota: gunakan join.</translation>
    </message>
    <message>
        <source>Team database: give a postgresql://host/database address.</source>
        <translation>Basis data tim: isi alamat postgresql://host/database.</translation>
    </message>
    <message>
        <source>Team database: not a valid postgresql:// address.</source>
        <translation>Basis data tim: bukan alamat postgresql:// yang valid.</translation>
    </message>
    <message>
        <source>The team key was changed by a team leader; log in again to continue.</source>
        <translation>Kunci tim telah diubah oleh pemimpin tim; masuk lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>The team key on the team database changed without proof from the key this workstation holds; it was not adopted. Tell a team leader.</source>
        <translation>Kunci tim di basis data tim berubah tanpa bukti dari kunci yang dimiliki stasiun kerja ini; kunci itu tidak dipakai. Beri tahu pemimpin tim.</translation>
    </message>
    <message>
        <source>The audit log fails verification; rotating the key would hide that. Investigate first.</source>
        <translation>Log audit gagal diverifikasi; memutar kunci akan menyembunyikannya. Selidiki dulu.</translation>
    </message>
    <message>
        <source>The key is kept in a passphrase file: give the passphrase.</source>
        <translation>Kunci disimpan dalam berkas frasa sandi: masukkan frasa sandinya.</translation>
    </message>
    <message>
        <source>The team database holds different audit entries for this workstation (seq {seqs}): they were not sent; tell a team leader.</source>
        <translation>Basis data tim menyimpan entri audit yang berbeda untuk stasiun kerja ini (seq {seqs}): entri tidak dikirim; beri tahu pemimpin tim.</translation>
    </message>
    <message>
        <source>The team database refused this workstation&apos;s audit credential: its audit entries were not sent; tell a team leader.</source>
        <translation>Basis data tim menolak kredensial audit stasiun kerja ini: entri auditnya tidak dikirim; beri tahu pemimpin tim.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>Survey: one of {choices}.</source>
        <translation>Survei: salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>{kind} score: a whole number from {low} to {high}.</source>
        <translation>Skor {kind}: bilangan bulat dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>Unknown needs: {values}.</source>
        <translation>Kebutuhan tidak dikenal: {values}.</translation>
    </message>
    <message>
        <source>Unknown adjustments: {values}.</source>
        <translation>Penyesuaian tidak dikenal: {values}.</translation>
    </message>
    <message>
        <source>Confirm by: one of {choices}.</source>
        <translation>Konfirmasi melalui: salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} s.</source>
        <translation>Terlalu banyak percobaan gagal. Coba lagi dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>The call step could not be kept on disk; check the free space of the data folder.</source>
        <translation>Langkah panggilan tidak dapat disimpan ke disk; periksa ruang kosong folder data.</translation>
    </message>
    <message>
        <source>Forecast: intervals must be {choices} minutes long.</source>
        <translation>Prakiraan: interval harus {choices} menit.</translation>
    </message>
    <message>
        <source>Forecast: {where}: intervals start every {minutes} minutes.</source>
        <translation>Prakiraan: {where}: interval dimulai setiap {minutes} menit.</translation>
    </message>
    <message>
        <source>Forecast: {where}: appears twice.</source>
        <translation>Prakiraan: {where}: muncul dua kali.</translation>
    </message>
    <message>
        <source>Forecast: {where}: calls must be between 0 and {limit}.</source>
        <translation>Prakiraan: {where}: jumlah panggilan harus antara 0 dan {limit}.</translation>
    </message>
    <message>
        <source>Forecast: {where}: the handle time must be above 0 and at most a day.</source>
        <translation>Prakiraan: {where}: waktu penanganan harus di atas 0 dan paling lama satu hari.</translation>
    </message>
    <message>
        <source>Directory: kind must be department or person.</source>
        <translation>Direktori: jenis harus departemen atau orang.</translation>
    </message>
    <message>
        <source>Directory: name: at most {limit} characters.</source>
        <translation>Direktori: nama: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Directory: department: at most {limit} characters.</source>
        <translation>Direktori: departemen: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Directory: availability: at most {limit} characters.</source>
        <translation>Direktori: ketersediaan: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Directory: name is missing.</source>
        <translation>Direktori: nama belum diisi.</translation>
    </message>
    <message>
        <source>Directory: number &apos;{number}&apos; is not a phone number.</source>
        <translation>Direktori: &apos;{number}&apos; bukan nomor telepon.</translation>
    </message>
    <message>
        <source>Directory: extension: up to 8 digits.</source>
        <translation>Direktori: ekstensi: hingga 8 angka.</translation>
    </message>
    <message>
        <source>Directory: give a number or an extension.</source>
        <translation>Direktori: isi nomor atau ekstensi.</translation>
    </message>
    <message>
        <source>Directory: topics: at most {limit}, each up to 80 characters.</source>
        <translation>Direktori: topik: maksimal {limit}, masing-masing hingga 80 karakter.</translation>
    </message>
    <message>
        <source>Directory: the file is too large to be a directory.</source>
        <translation>Direktori: berkas terlalu besar untuk sebuah direktori.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program; try again in a moment.</source>
        <translation>Basis data sedang dipakai jendela atau program lain; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and save again.</source>
        <translation>Disk penuh: tidak ada yang tersimpan. Kosongkan sebagian ruang lalu simpan lagi.</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved.</source>
        <translation>Folder data hanya-baca: tidak ada yang tersimpan.</translation>
    </message>
    <message>
        <source>The database file is damaged; it was not changed. Restore a backup.</source>
        <translation>Berkas basis data rusak; tidak diubah. Pulihkan cadangan.</translation>
    </message>
    <message>
        <source>The database file cannot be opened (missing folder or no permission).</source>
        <translation>Berkas basis data tidak dapat dibuka (folder tidak ada atau tidak ada izin).</translation>
    </message>
    <message>
        <source>The change conflicts with data already stored.</source>
        <translation>Perubahan ini bertentangan dengan data yang sudah tersimpan.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}); nothing more is shown, as the details may hold personal data. Try again; if it happens again, tell your IT team.</source>
        <translation>Terjadi kesalahan tak terduga ({kind}); rinciannya tidak ditampilkan karena bisa memuat data pribadi. Coba lagi; jika terjadi lagi, beri tahu tim TI Anda.</translation>
    </message>
    <message>
        <source>The database reported an error; nothing was saved.</source>
        <translation>Basis data melaporkan kesalahan; tidak ada yang tersimpan.</translation>
    </message>
    <message>
        <source>The data folder could not be used ({reason}).</source>
        <translation>Folder data tidak dapat dipakai ({reason}).</translation>
    </message>
    <message>
        <source>Both key stores (keys.sqlite3 and keys-mirror.sqlite3) are damaged or missing, so customer data cannot be opened. Nothing was changed; restore them from a copy of this data folder.</source>
        <translation>Kedua penyimpanan kunci (keys.sqlite3 dan keys-mirror.sqlite3) rusak atau hilang, sehingga data pelanggan tidak dapat dibuka. Tidak ada yang diubah; pulihkan keduanya dari salinan folder data ini.</translation>
    </message>
    <message>
        <source>This data folder holds encrypted data but both key stores (keys.sqlite3 and keys-mirror.sqlite3) are missing. Nothing was changed; restore them from a copy of this data folder.</source>
        <translation>Folder data ini berisi data terenkripsi tetapi kedua penyimpanan kunci (keys.sqlite3 dan keys-mirror.sqlite3) hilang. Tidak ada yang diubah; pulihkan keduanya dari salinan folder data ini.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read ({reason}).</source>
        <translation>Berkas basis data {path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>The database file {path} is not an agentdesk database or is damaged; it was left untouched. Restore a backup or choose another data folder.</source>
        <translation>Berkas {path} bukan basis data agentdesk atau rusak; berkas tidak disentuh. Pulihkan cadangan atau pilih folder data lain.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be opened.</source>
        <translation>Berkas basis data {path} tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged; it was left untouched. Restore a backup.</source>
        <translation>Berkas basis data {path} rusak; berkas tidak disentuh. Pulihkan cadangan.</translation>
    </message>
    <message>
        <source>The database file {path} failed its integrity check ({integrity}); it was left untouched. Restore a backup.</source>
        <translation>Berkas basis data {path} gagal dalam pemeriksaan integritas ({integrity}); berkas tidak disentuh. Pulihkan cadangan.</translation>
    </message>
    <message>
        <source>The database in {folder} was written by a newer version of agentdesk (schema {revision}); it was left untouched. Install that version or newer.</source>
        <translation>Basis data di {folder} ditulis oleh versi agentdesk yang lebih baru (skema {revision}); tidak disentuh. Pasang versi tersebut atau yang lebih baru.</translation>
    </message>
    <message>
        <source>The database {name} is empty (0 bytes), but this data folder&apos;s key store holds keys for existing data. Nothing was changed. Restore a backup (agentdesk db restore --newest) or the file itself.</source>
        <translation>Basis data {name} kosong (0 bita), tetapi penyimpanan kunci folder data ini menyimpan kunci untuk data yang ada. Tidak ada yang diubah. Pulihkan cadangan (agentdesk db restore --newest) atau berkas itu sendiri.</translation>
    </message>
    <message>
        <source>The database {name} is missing, but this data folder&apos;s key store holds keys for existing data. Nothing was changed. Restore a backup (agentdesk db restore --newest) or the file itself.</source>
        <translation>Basis data {name} tidak ada, tetapi penyimpanan kunci folder data ini menyimpan kunci untuk data yang ada. Tidak ada yang diubah. Pulihkan cadangan (agentdesk db restore --newest) atau berkas itu sendiri.</translation>
    </message>
    <message>
        <source>The database could not be read ({reason}).</source>
        <translation>Basis data tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>The backup could not be written ({reason}).</source>
        <translation>Cadangan tidak dapat ditulis ({reason}).</translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was discarded.</source>
        <translation>Cadangan gagal dalam pemeriksaan integritas dan dibuang.</translation>
    </message>
    <message>
        <source>The backup failed its check after writing and was discarded.</source>
        <translation>Cadangan gagal diperiksa setelah ditulis dan dibuang.</translation>
    </message>
    <message>
        <source>The backup file cannot be read ({reason}).</source>
        <translation>Berkas cadangan tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>The file is not an agentdesk backup (not a SQLite database).</source>
        <translation>Berkas ini bukan cadangan agentdesk (bukan basis data SQLite).</translation>
    </message>
    <message>
        <source>The backup file is incomplete (truncated); it cannot be restored.</source>
        <translation>Berkas cadangan tidak lengkap (terpotong); tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>The backup file cannot be opened.</source>
        <translation>Berkas cadangan tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The backup file is damaged; it cannot be restored.</source>
        <translation>Berkas cadangan rusak; tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>The backup file failed its integrity check; it cannot be restored.</source>
        <translation>Berkas cadangan gagal dalam pemeriksaan integritas; tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>The file is not an agentdesk backup (it has no schema version).</source>
        <translation>Berkas ini bukan cadangan agentdesk (tidak memiliki versi skema).</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of agentdesk (schema {revision}); install that version or newer to restore it.</source>
        <translation>Cadangan dibuat oleh versi agentdesk yang lebih baru (skema {revision}); pasang versi tersebut atau yang lebih baru untuk memulihkannya.</translation>
    </message>
    <message>
        <source>The backup does not say which master key its data was written under; it cannot be restored.</source>
        <translation>Cadangan tidak menyebutkan kunci utama yang dipakai untuk datanya; tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>The backup was made under a different master key than this data folder&apos;s (another data folder, or before a key rotation); its data could not be opened here.</source>
        <translation>Cadangan dibuat dengan kunci utama yang berbeda dari milik folder data ini (folder data lain, atau sebelum rotasi kunci); datanya tidak dapat dibuka di sini.</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup.</source>
        <translation>Berkas itu adalah basis datanya sendiri; pilih cadangan.</translation>
    </message>
    <message>
        <source>The backup could not be copied ({reason}).</source>
        <translation>Cadangan tidak dapat disalin ({reason}).</translation>
    </message>
    <message>
        <source>The copy of the backup is not sound: {problem}</source>
        <translation>Salinan cadangan tidak utuh: {problem}</translation>
    </message>
    <message>
        <source>The current database could not be copied aside ({reason}); nothing was changed.</source>
        <translation>Basis data saat ini tidak dapat disalin ke samping ({reason}); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database is open in agentdesk or another program; close it and try again. Nothing was changed.</source>
        <translation>Basis data sedang terbuka di agentdesk atau program lain; tutup lalu coba lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path}: settings file is nested too deeply to be settings.</source>
        <translation>{path}: berkas pengaturan bersarang terlalu dalam untuk berisi pengaturan.</translation>
    </message>
    <message>
        <source>{path}: settings file is not readable JSON ({reason}).</source>
        <translation>{path}: berkas pengaturan bukan JSON yang dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>{path}: settings file must hold a JSON object.</source>
        <translation>{path}: berkas pengaturan harus berisi objek JSON.</translation>
    </message>
    <message>
        <source>{path}: queue settings file is nested too deeply to be settings.</source>
        <translation>{path}: berkas pengaturan antrean bersarang terlalu dalam untuk berisi pengaturan.</translation>
    </message>
    <message>
        <source>{path}: queue settings file is not readable JSON ({reason}).</source>
        <translation>{path}: berkas pengaturan antrean bukan JSON yang dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>{path}: queue settings file must hold a JSON object.</source>
        <translation>{path}: berkas pengaturan antrean harus berisi objek JSON.</translation>
    </message>
    <message>
        <source>--data-dir is empty; give a folder, or leave the option out.</source>
        <translation>--data-dir kosong; berikan sebuah folder, atau hilangkan opsi itu.</translation>
    </message>
    <message>
        <source>The bundled data folder is missing ({package}).</source>
        <translation>Folder data bawaan aplikasi tidak ada ({package}).</translation>
    </message>
    <message>
        <source>The bundled data folder is not a folder on disk ({folder}).</source>
        <translation>Folder data bawaan aplikasi bukan folder di disk ({folder}).</translation>
    </message>
    <message>
        <source>No secure system keyring is available.</source>
        <translation>Tidak ada keyring sistem yang aman.</translation>
    </message>
    <message>
        <source>The system keyring reported an error.</source>
        <translation>Keyring sistem melaporkan kesalahan.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>Keyring sistem terkunci.</translation>
    </message>
    <message>
        <source>The system keyring did not answer in time.</source>
        <translation>Keyring sistem tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>The key stored in the system keyring is not a valid key.</source>
        <translation>Kunci yang tersimpan di keyring sistem tidak valid.</translation>
    </message>
    <message>
        <source>The key file does not exist.</source>
        <translation>Berkas kunci tidak ada.</translation>
    </message>
    <message>
        <source>A key file already exists; it was not replaced.</source>
        <translation>Berkas kunci sudah ada; tidak diganti.</translation>
    </message>
    <message>
        <source>The key file is damaged and cannot be read.</source>
        <translation>Berkas kunci rusak dan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The key file was written by a newer or unknown version.</source>
        <translation>Berkas kunci ditulis oleh versi yang lebih baru atau tidak dikenal.</translation>
    </message>
    <message>
        <source>The key file could not be read from disk.</source>
        <translation>Berkas kunci tidak dapat dibaca dari disk.</translation>
    </message>
    <message>
        <source>The key file could not be written to disk.</source>
        <translation>Berkas kunci tidak dapat ditulis ke disk.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>Frasa sandi tidak benar.</translation>
    </message>
    <message>
        <source>Encrypted data is malformed.</source>
        <translation>Data terenkripsi tidak valid.</translation>
    </message>
    <message>
        <source>Encrypted data uses an unknown format version.</source>
        <translation>Data terenkripsi memakai versi format yang tidak dikenal.</translation>
    </message>
    <message>
        <source>This record&apos;s key has been destroyed; it cannot be read.</source>
        <translation>Kunci catatan ini sudah dimusnahkan; catatan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>Frasa sandi harus minimal {minimum} karakter.</translation>
    </message>
    <message>
        <source>The customer&apos;s answer came from the survey import; only a team leader can change it.</source>
        <translation>Jawaban pelanggan berasal dari impor survei; hanya pemimpin tim yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Encrypted data could not be authenticated: wrong key, wrong record, or tampered data.</source>
        <translation>Data terenkripsi tidak dapat diautentikasi: kunci salah, data salah, atau data telah diubah.</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; has no transition {index}.</source>
        <translation>Langkah &apos;{step}&apos; tidak memiliki transisi {index}.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is not possible yet.</source>
        <translation>&apos;{label}&apos; belum dapat dilakukan.</translation>
    </message>
    <message>
        <source>The wrap-up is not complete.</source>
        <translation>Penyelesaian belum lengkap.</translation>
    </message>
    <message>
        <source>Flow &apos;{flow}&apos; has no step &apos;{step}&apos;.</source>
        <translation>Alur &apos;{flow}&apos; tidak memiliki langkah &apos;{step}&apos;.</translation>
    </message>
    <message>
        <source>Flow &apos;{flow}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Alur &apos;{flow}&apos; tidak memiliki isian &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>Flow &apos;{flow}&apos; has no check &apos;{check}&apos;.</source>
        <translation>Alur &apos;{flow}&apos; tidak memiliki pemeriksaan &apos;{check}&apos;.</translation>
    </message>
    <message>
        <source>The end reason &apos;{reason}&apos; must be lower-case letters, digits or _.</source>
        <translation>Alasan berakhir &apos;{reason}&apos; hanya boleh berisi huruf kecil, angka, atau _.</translation>
    </message>
    <message>
        <source>Unknown procedure event &apos;{kind}&apos;.</source>
        <translation>Peristiwa prosedur &apos;{kind}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>The event &apos;{kind}&apos; holds data that cannot be stored.</source>
        <translation>Peristiwa &apos;{kind}&apos; berisi data yang tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The caller is already on hold.</source>
        <translation>Penelepon sudah ditahan.</translation>
    </message>
    <message>
        <source>The caller is not on hold.</source>
        <translation>Penelepon tidak sedang ditahan.</translation>
    </message>
    <message>
        <source>Not possible before the call starts.</source>
        <translation>Tidak dapat dilakukan sebelum panggilan dimulai.</translation>
    </message>
    <message>
        <source>Not possible while the call goes on.</source>
        <translation>Tidak dapat dilakukan selama panggilan berlangsung.</translation>
    </message>
    <message>
        <source>Not possible during the wrap-up.</source>
        <translation>Tidak dapat dilakukan saat penyelesaian.</translation>
    </message>
    <message>
        <source>Not possible: the call is finished.</source>
        <translation>Tidak dapat dilakukan: panggilan sudah selesai.</translation>
    </message>
    <message>
        <source>{label}: expected yes or no.</source>
        <translation>{label}: isi dengan ya atau tidak.</translation>
    </message>
    <message>
        <source>{label}: expected a list of tags.</source>
        <translation>{label}: isi dengan daftar label.</translation>
    </message>
    <message>
        <source>{label}: expected tags among {choices}.</source>
        <translation>{label}: pilih label dari {choices}.</translation>
    </message>
    <message>
        <source>{label}: expected text.</source>
        <translation>{label}: isi dengan teks.</translation>
    </message>
    <message>
        <source>{label}: at most {limit} characters.</source>
        <translation>{label}: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>{label}: expected one of {choices}.</source>
        <translation>{label}: pilih salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>{label}: expected a date as YYYY-MM-DD.</source>
        <translation>{label}: isi tanggal dengan format TTTT-BB-HH.</translation>
    </message>
    <message>
        <source>{label}: expected a date and time as YYYY-MM-DDTHH:MM.</source>
        <translation>{label}: isi tanggal dan jam dengan format TTTT-BB-HHTjj:mm.</translation>
    </message>
    <message>
        <source>An event log entry does not have the expected keys.</source>
        <translation>Sebuah entri log peristiwa tidak memiliki kunci yang diharapkan.</translation>
    </message>
    <message>
        <source>Event log entry {seq} has a value of the wrong type.</source>
        <translation>Entri log peristiwa {seq} memiliki nilai dengan jenis yang salah.</translation>
    </message>
    <message>
        <source>Event log entry {seq} cannot be read.</source>
        <translation>Entri log peristiwa {seq} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The event log names step &apos;{step}&apos;, which flow &apos;{flow}&apos; does not have.</source>
        <translation>Log peristiwa menyebut langkah &apos;{step}&apos;, yang tidak ada di alur &apos;{flow}&apos;.</translation>
    </message>
    <message>
        <source>Event {seq} follows event {previous}: the log has a gap.</source>
        <translation>Peristiwa {seq} menyusul peristiwa {previous}: ada bagian log yang hilang.</translation>
    </message>
    <message>
        <source>The event log does not begin with the start of a call.</source>
        <translation>Log peristiwa tidak diawali dengan dimulainya panggilan.</translation>
    </message>
    <message>
        <source>The event log is not a call of flow &apos;{flow}&apos;.</source>
        <translation>Log peristiwa ini bukan panggilan dari alur &apos;{flow}&apos;.</translation>
    </message>
    <message>
        <source>The caller number must be digits, optionally with a leading + and spaces, brackets, dots or dashes (3 to 32 characters).</source>
        <translation>Nomor penelepon harus berupa angka, boleh diawali + dan berisi spasi, tanda kurung, titik, atau tanda hubung (3 sampai 32 karakter).</translation>
    </message>
    <message>
        <source>Verification: this flow has no verify step.</source>
        <translation>Verifikasi: alur ini tidak memiliki langkah verifikasi.</translation>
    </message>
    <message>
        <source>Verification: {matched} of {required} needed answers match.</source>
        <translation>Verifikasi: {matched} dari {required} jawaban yang diperlukan cocok.</translation>
    </message>
    <message>
        <source>Hold: say why first.</source>
        <translation>Tahan: sampaikan alasannya dulu.</translation>
    </message>
    <message>
        <source>Hold: at most {limit} characters.</source>
        <translation>Tahan: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Hold: the estimate is 1 s to 60 min.</source>
        <translation>Tahan: perkiraan waktunya 1 dtk sampai 60 mnt.</translation>
    </message>
    <message>
        <source>Hold: the new estimate is in seconds.</source>
        <translation>Tahan: perkiraan baru dalam detik.</translation>
    </message>
    <message>
        <source>Hold: the new estimate is 0 s to 60 min.</source>
        <translation>Tahan: perkiraan baru 0 dtk sampai 60 mnt.</translation>
    </message>
    <message>
        <source>Hold: answer one of {choices}.</source>
        <translation>Tahan: jawabannya salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>Hold: the wait may pass the limit; offer a call-back before holding.</source>
        <translation>Tahan: waktu tunggu bisa melewati batas; tawarkan panggilan balik sebelum menahan.</translation>
    </message>
    <message>
        <source>Hold: ask the caller and record their yes first.</source>
        <translation>Tahan: tanyakan penelepon dan catat persetujuannya dulu.</translation>
    </message>
    <message>
        <source>Hold: the caller is on hold already.</source>
        <translation>Tahan: penelepon sudah ditahan.</translation>
    </message>
    <message>
        <source>Hold: the caller is not on hold.</source>
        <translation>Tahan: penelepon tidak sedang ditahan.</translation>
    </message>
    <message>
        <source>Hold: ask the caller first (why and how long).</source>
        <translation>Tahan: tanyakan penelepon dulu (alasan dan berapa lama).</translation>
    </message>
    <message>
        <source>Transfer: one is under way already.</source>
        <translation>Pengalihan: sudah ada pengalihan yang berjalan.</translation>
    </message>
    <message>
        <source>Transfer: only when you cannot help yourself.</source>
        <translation>Pengalihan: hanya jika Anda sendiri tidak dapat membantu.</translation>
    </message>
    <message>
        <source>Transfer: pick who to transfer to.</source>
        <translation>Pengalihan: pilih tujuan pengalihan.</translation>
    </message>
    <message>
        <source>Transfer: say why they can help.</source>
        <translation>Pengalihan: sampaikan mengapa mereka dapat membantu.</translation>
    </message>
    <message>
        <source>Transfer: at most {limit} characters.</source>
        <translation>Pengalihan: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Transfer: tell the caller why and to whom first.</source>
        <translation>Pengalihan: sampaikan dulu kepada penelepon alasan dan tujuannya.</translation>
    </message>
    <message>
        <source>Transfer: start it (tell the caller) first.</source>
        <translation>Pengalihan: mulai dulu (beri tahu penelepon).</translation>
    </message>
    <message>
        <source>Transfer: the reason is one of {choices}.</source>
        <translation>Pengalihan: alasannya salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>Message: some parts are missing or wrong.</source>
        <translation>Pesan: beberapa bagian kosong atau salah.</translation>
    </message>
    <message>
        <source>Message: read it back and have the caller confirm it first.</source>
        <translation>Pesan: bacakan ulang dan minta penelepon mengonfirmasinya dulu.</translation>
    </message>
    <message>
        <source>Call-back: give the number to call.</source>
        <translation>Panggilan balik: berikan nomor yang dihubungi.</translation>
    </message>
    <message>
        <source>Call-back: that is not a phone number; check the digits.</source>
        <translation>Panggilan balik: itu bukan nomor telepon; periksa angkanya.</translation>
    </message>
    <message>
        <source>Call-back: pick when to call back.</source>
        <translation>Panggilan balik: pilih kapan menelepon balik.</translation>
    </message>
    <message>
        <source>Call-back: the end of the window must be after its start.</source>
        <translation>Panggilan balik: akhir rentang waktu harus setelah awalnya.</translation>
    </message>
    <message>
        <source>Call-back: say what it is about.</source>
        <translation>Panggilan balik: sampaikan tentang apa.</translation>
    </message>
    <message>
        <source>Call-back: the reason is at most {limit} characters.</source>
        <translation>Panggilan balik: alasannya maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>{setting}: at least {limit}.</source>
        <translation>{setting}: minimal {limit}.</translation>
    </message>
    <message>
        <source>{setting}: at most {limit}.</source>
        <translation>{setting}: maksimal {limit}.</translation>
    </message>
    <message>
        <source>interval_minutes: one of {choices}.</source>
        <translation>interval_minutes: salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>Simulator: {name} must be above 0.</source>
        <translation>Simulator: {name} harus lebih dari 0.</translation>
    </message>
    <message>
        <source>Simulator: agents must be 0 or more.</source>
        <translation>Simulator: jumlah agen harus 0 atau lebih.</translation>
    </message>
    <message>
        <source>Simulator: patience must be above 0.</source>
        <translation>Simulator: kesabaran harus lebih dari 0.</translation>
    </message>
    <message>
        <source>First name: at most {limit} characters.</source>
        <translation>Nama depan: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Surname: at most {limit} characters.</source>
        <translation>Nama belakang: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Phone: at most {limit} characters.</source>
        <translation>Telepon: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>E-mail: at most {limit} characters.</source>
        <translation>E-mail: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Each tag: at most {limit} characters.</source>
        <translation>Setiap label: maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Tags: at most {limit}.</source>
        <translation>Label: maksimal {limit}.</translation>
    </message>
    <message>
        <source>Calls offered must be a number above 0, got {value}.</source>
        <translation>Jumlah panggilan masuk harus lebih dari 0, tertulis {value}.</translation>
    </message>
    <message>
        <source>The interval length must be above 0 seconds, got {value}.</source>
        <translation>Panjang interval harus lebih dari 0 detik, tertulis {value}.</translation>
    </message>
    <message>
        <source>The average handle time must be above 0 seconds, got {value}.</source>
        <translation>Rata-rata waktu penanganan harus lebih dari 0 detik, tertulis {value}.</translation>
    </message>
    <message>
        <source>The average patience must be above 0 seconds, got {value}.</source>
        <translation>Rata-rata kesabaran harus lebih dari 0 detik, tertulis {value}.</translation>
    </message>
    <message>
        <source>{percent}% within any time cannot be guaranteed by any number of agents: calls arrive at random, so some always wait; use a target below 100%, e.g. 95/20.</source>
        <translation>{percent}% dalam waktu berapa pun tidak dapat dijamin oleh jumlah agen berapa pun: panggilan datang secara acak, jadi selalu ada yang menunggu; gunakan target di bawah 100%, misalnya 95/20.</translation>
    </message>
    <message>
        <source>The target service level must be above 0% and below 100%, got {value}.</source>
        <translation>Target tingkat layanan harus di atas 0% dan di bawah 100%, tertulis {value}.</translation>
    </message>
    <message>
        <source>The maximum occupancy must be above 0% and at most 100%, got {value}.</source>
        <translation>Okupansi maksimum harus di atas 0% dan paling tinggi 100%, tertulis {value}.</translation>
    </message>
    <message>
        <source>The maximum abandonment must be above 0% and at most 100%, got {value}.</source>
        <translation>Tingkat abandon maksimum harus di atas 0% dan paling tinggi 100%, tertulis {value}.</translation>
    </message>
    <message>
        <source>The target answer time must be 0 seconds or more, got {value}.</source>
        <translation>Target waktu jawab harus 0 detik atau lebih, tertulis {value}.</translation>
    </message>
    <message>
        <source>Shrinkage must be at least 0% and below 100%, got {value}.</source>
        <translation>Penyusutan harus minimal 0% dan di bawah 100%, tertulis {value}.</translation>
    </message>
    <message>
        <source>The load is {load} Erlangs; expected at most {limit}.</source>
        <translation>Bebannya {load} Erlang; maksimal yang diharapkan {limit}.</translation>
    </message>
    <message>
        <source>Agents must be a whole number of at least 1, got {value}.</source>
        <translation>Jumlah agen harus bilangan bulat minimal 1, tertulis {value}.</translation>
    </message>
    <message>
        <source>{name}: expected a duration like 180s, 30m or 1h.</source>
        <translation>{name}: isi dengan durasi seperti 180s, 30m, atau 1h.</translation>
    </message>
    <message>
        <source>{name}: expected a duration like 180s, 30m, 1h or 1h30m, got &apos;{value}&apos;.</source>
        <translation>{name}: isi dengan durasi seperti 180s, 30m, 1h, atau 1h30m, tertulis &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{name}: expected a percentage like 30% or a fraction like 0.3.</source>
        <translation>{name}: isi dengan persentase seperti 30% atau pecahan seperti 0.3.</translation>
    </message>
    <message>
        <source>{name}: {number} is ambiguous; write {number}% or a fraction like 0.3.</source>
        <translation>{name}: {number} ambigu; tulis {number}% atau pecahan seperti 0.3.</translation>
    </message>
    <message>
        <source>{name}: expected a service-level target like 80/20 (80% within 20 seconds).</source>
        <translation>{name}: isi dengan target tingkat layanan seperti 80/20 (80% dalam 20 detik).</translation>
    </message>
    <message>
        <source>{name}: &apos;{value}&apos; is too large.</source>
        <translation>{name}: &apos;{value}&apos; terlalu besar.</translation>
    </message>
    <message>
        <source>The file is empty; expected a header row with &apos;calls&apos;.</source>
        <translation>Berkas kosong; diperlukan baris judul dengan &apos;calls&apos;.</translation>
    </message>
    <message>
        <source>Unknown column &apos;{name}&apos;; expected some of {known}.</source>
        <translation>Kolom &apos;{name}&apos; tidak dikenal; yang diharapkan beberapa dari {known}.</translation>
    </message>
    <message>
        <source>Column &apos;{name}&apos; appears twice.</source>
        <translation>Kolom &apos;{name}&apos; muncul dua kali.</translation>
    </message>
    <message>
        <source>No &apos;calls&apos; column; it holds the calls offered in each interval.</source>
        <translation>Tidak ada kolom &apos;calls&apos;; kolom itu berisi jumlah panggilan masuk di setiap interval.</translation>
    </message>
    <message>
        <source>No &apos;{name}&apos; column and no {option} given.</source>
        <translation>Tidak ada kolom &apos;{name}&apos; dan {option} tidak diberikan.</translation>
    </message>
    <message>
        <source>calls: empty; expected the calls offered, e.g. 120.</source>
        <translation>calls: kosong; isi dengan jumlah panggilan masuk, misalnya 120.</translation>
    </message>
    <message>
        <source>calls: expected a number like 120, got &apos;{value}&apos;.</source>
        <translation>calls: isi dengan angka seperti 120, tertulis &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{name}: empty and no --{name} given.</source>
        <translation>{name}: kosong dan --{name} tidak diberikan.</translation>
    </message>
    <message>
        <source>Give the workstation&apos;s id as `agentdesk team status` shows it.</source>
        <translation>Berikan id stasiun kerja seperti yang ditampilkan `agentdesk team status`.</translation>
    </message>
    <message>
        <source>Give the seq of each entry to move (1 or more).</source>
        <translation>Berikan seq setiap entri yang akan dipindahkan (1 atau lebih).</translation>
    </message>
    <message>
        <source>That workstation has no entry at those seqs on the team database.</source>
        <translation>Stasiun kerja itu tidak memiliki entri pada seq tersebut di basis data tim.</translation>
    </message>
    <message>
        <source>That workstation has no audit registration on the team database.</source>
        <translation>Stasiun kerja itu tidak memiliki registrasi audit di basis data tim.</translation>
    </message>
</context>
<context>
    <name>EstimateBox</name>
    <message>
        <source>minutes, or m:ss</source>
        <translation>menit, atau m:dd</translation>
    </message>
    <message>
        <source>Pick an estimate or type one: 4 (minutes), 1:30 or 90s</source>
        <translation>Pilih perkiraan atau ketik: 4 (menit), 1:30 atau 90s</translation>
    </message>
</context>
<context>
    <name>EstimatePanel</name>
    <message>
        <source>Agents needed</source>
        <translation>Agen yang dibutuhkan</translation>
    </message>
    <message>
        <source>Staff to schedule</source>
        <translation>Staf yang dijadwalkan</translation>
    </message>
    <message>
        <source>Agents staffed now</source>
        <translation>Agen yang bertugas sekarang</translation>
    </message>
    <message>
        <source>Agents for the prediction</source>
        <translation>Agen untuk prediksi</translation>
    </message>
    <message>
        <source>What if this many agents answered calls? (+ and -)</source>
        <translation>Bagaimana jika sekian agen menjawab panggilan? (+ dan -)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Predict for the agents staffed now</source>
        <translation>Prediksi untuk agen yang bertugas sekarang</translation>
    </message>
    <message>
        <source>Predicted service level</source>
        <translation>Tingkat layanan yang diprediksi</translation>
    </message>
    <message>
        <source>ASA (answered calls)</source>
        <translation>ASA (panggilan terjawab)</translation>
    </message>
    <message>
        <source>Mean wait, all callers</source>
        <translation>Rata-rata tunggu, semua penelepon</translation>
    </message>
    <message>
        <source>Counts the callers who hung up as well as those answered</source>
        <translation>Menghitung penelepon yang menutup telepon maupun yang dijawab</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Okupansi</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Ditinggalkan</translation>
    </message>
    <message>
        <source>Staffing for this interval</source>
        <translation>Staf untuk interval ini</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Bagaimana jika</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Tingkat layanan</translation>
    </message>
    <message>
        <source>· all callers</source>
        <translation>· semua penelepon</translation>
    </message>
    <message>
        <source>ASA (answered)</source>
        <translation>ASA (terjawab)</translation>
    </message>
    <message>
        <source>No forecast for this interval: nothing to compare</source>
        <translation>Tidak ada prakiraan untuk interval ini: tidak ada pembanding</translation>
    </message>
    <message>
        <source>%1 (%2 shrinkage)</source>
        <translation>%1 (penyusutan %2)</translation>
    </message>
    <message>
        <source>unbounded: queue grows</source>
        <translation>tak terbatas: antrean terus bertambah</translation>
    </message>
    <message>
        <source>Staffed now: %1</source>
        <translation>Bertugas sekarang: %1</translation>
    </message>
    <message>
        <source>What-if: %1</source>
        <translation>Skenario: %1</translation>
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
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Usang</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Bermanfaat</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>%1 after the call</source>
        <translation>%1 setelah panggilan</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Article feedback</source>
        <translation>Umpan balik artikel</translation>
    </message>
    <message>
        <source>Comments on the selected article</source>
        <translation>Komentar pada artikel yang dipilih</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Buka artikel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Comments, newest first</source>
        <translation>Komentar, terbaru di atas</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) with feedback</source>
        <translation>
            <numerusform>%n artikel dengan umpan balik</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Belum ada umpan balik.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>FinishJoinDialog</name>
    <message>
        <source>Finish joining the team database</source>
        <translation>Selesaikan bergabung ke basis data tim</translation>
    </message>
    <message>
        <source>Team database &amp;address:</source>
        <translation>&amp;Alamat basis data tim:</translation>
    </message>
    <message>
        <source>Team &amp;account:</source>
        <translation>Ak&amp;un tim:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>This workstation joined a team database, but the team&apos;s data has not arrived yet, so nobody can log in here. Log in with any team account to download it; agentdesk then starts again.</source>
        <translation>Stasiun kerja ini sudah bergabung ke basis data tim, tetapi data tim belum diterima, jadi belum ada yang bisa masuk di sini. Silakan masuk dengan akun tim mana pun untuk mengunduhnya; setelah itu agentdesk dimulai ulang.</translation>
    </message>
    <message>
        <source>Downloading the team&apos;s data…</source>
        <translation>Mengunduh data tim…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to agentdesk</source>
        <translation>Selamat datang di agentdesk</translation>
    </message>
    <message>
        <source>This data folder is new. Name your organisation and create the first team-leader account. Team leaders add everyone else on the command line: agentdesk user add NAME --role representative (see the README).</source>
        <translation>Folder data ini baru. Beri nama organisasi Anda dan buat akun pemimpin tim pertama. Pemimpin tim menambahkan semua orang lainnya lewat baris perintah: agentdesk user add NAMA --role representative (lihat README).</translation>
    </message>
    <message>
        <source>e.g. Northwind Energy</source>
        <translation>mis. Energi Nusantara</translation>
    </message>
    <message>
        <source>e.g. Customer Care</source>
        <translation>mis. Layanan Pelanggan</translation>
    </message>
    <message>
        <source>e.g. anna.rossi</source>
        <translation>mis. siti.rahma</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasi</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Departemen</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Nama Anda</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Buat akun</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisasi</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nama pengguna</translation>
    </message>
    <message>
        <source>password</source>
        <translation>kata sandi</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Mohon isi: %1.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>Tindak lanjut saya</translation>
    </message>
    <message>
        <source>The team&apos;s follow-ups</source>
        <translation>Tindak lanjut tim</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>Tampilkan yang &amp;selesai</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was done, or why it changes</source>
        <translation>Apa yang sudah dilakukan, atau alasan perubahan</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Jadwalkan ulang</translation>
    </message>
    <message>
        <source>Re&amp;assign</source>
        <translation>&amp;Alihkan tugas</translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation>&amp;Telepon balik</translation>
    </message>
    <message>
        <source>Start the call with the customer&apos;s card open</source>
        <translation>Mulai panggilan dengan kartu pelanggan terbuka</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>New &amp;time</source>
        <translation>&amp;Waktu baru</translation>
    </message>
    <message>
        <source>Co&amp;lleague</source>
        <translation>Re&amp;kan</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Tidak ada yang perlu ditindaklanjuti.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Belum ada perubahan.</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>Panggilan balik</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Data-protection request</source>
        <translation>Permintaan perlindungan data</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>dijadwalkan ulang</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>dialihkan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
</context>
<context>
    <name>ForecastEditor</name>
    <message>
        <source>Forecast — agentdesk</source>
        <translation>Prakiraan — agentdesk</translation>
    </message>
    <message>
        <source>&amp;Add interval</source>
        <translation>&amp;Tambah interval</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impor CSV…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Hari</translation>
    </message>
    <message>
        <source>Calls offered and average handle time per %1-minute interval. Target, shrinkage and patience come from the queue settings.</source>
        <translation>Panggilan masuk dan rata-rata waktu penanganan per interval %1 menit. Target, penyusutan, dan kesabaran penelepon diambil dari pengaturan antrean.</translation>
    </message>
    <message>
        <source>Only team leaders change the forecast.</source>
        <translation>Hanya pemimpin tim yang mengubah prakiraan.</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) in the forecast.</source>
        <translation>
            <numerusform>%n interval dalam prakiraan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forecast for this day yet.</source>
        <translation>Belum ada prakiraan untuk hari ini.</translation>
    </message>
    <message>
        <source>Import forecast</source>
        <translation>Impor prakiraan</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) read; check them, then Save.</source>
        <translation>
            <numerusform>%n interval terbaca; periksa, lalu Simpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be read from the file.</source>
        <translation>Tidak ada yang dapat dibaca dari berkas.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n interval(s).</source>
        <translation>
            <numerusform>%n interval tersimpan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastTableModel</name>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Waktu penanganan</translation>
    </message>
    <message>
        <source>Interval start, e.g. 08:30</source>
        <translation>Awal interval, mis. 08:30</translation>
    </message>
    <message>
        <source>Calls offered in the interval</source>
        <translation>Panggilan masuk dalam interval</translation>
    </message>
    <message>
        <source>Average handle time, e.g. 180s or 3m</source>
        <translation>Rata-rata waktu penanganan, mis. 180s atau 3m</translation>
    </message>
    <message>
        <source>Start: a time like 08:30, on a %1-minute boundary</source>
        <translation>Mulai: waktu seperti 08:30, tepat pada batas interval %1 menit</translation>
    </message>
    <message>
        <source>Start: that interval is already in the day</source>
        <translation>Mulai: interval itu sudah ada di hari ini</translation>
    </message>
    <message>
        <source>Calls: a number of calls, 0 or more</source>
        <translation>Panggilan: jumlah panggilan, 0 atau lebih</translation>
    </message>
    <message>
        <source>Handle time: a duration like 180s, 3m or 3:00</source>
        <translation>Waktu penanganan: durasi seperti 180s, 3m, atau 3:00</translation>
    </message>
</context>
<context>
    <name>HandleTimeChart</name>
    <message>
        <source>Handle time: contacts per band</source>
        <translation>Waktu penanganan: kontak per rentang</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Handle time (min:s); the last band: that long or longer</source>
        <translation>Waktu penanganan (mnt:dtk); rentang akhir: itu atau lebih</translation>
    </message>
    <message>
        <source>Handle time (min:s)</source>
        <translation>Waktu penanganan (mnt:dtk)</translation>
    </message>
</context>
<context>
    <name>HoldPanel</name>
    <message>
        <source>check your meter history</source>
        <translation>memeriksa riwayat meteran Bapak/Ibu</translation>
    </message>
    <message>
        <source>&amp;Ask the caller</source>
        <translation>&amp;Tanya penelepon</translation>
    </message>
    <message>
        <source>I &amp;offered a call-back</source>
        <translation>Saya &amp;menawarkan panggilan balik</translation>
    </message>
    <message>
        <source>Agreed — &amp;put on hold</source>
        <translation>Setuju — tahan &amp;panggilan</translation>
    </message>
    <message>
        <source>Pref&amp;ers a call-back</source>
        <translation>Lebih suka &amp;ditelepon balik</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>&amp;Menolak</translation>
    </message>
    <message>
        <source>&amp;Reported progress</source>
        <translation>&amp;Kabar perkembangan disampaikan</translation>
    </message>
    <message>
        <source>I &amp;thanked the caller for waiting</source>
        <translation>Saya be&amp;rterima kasih kepada penelepon karena menunggu</translation>
    </message>
    <message>
        <source>Back on the &amp;line</source>
        <translation>Kembali ke &amp;saluran</translation>
    </message>
    <message>
        <source>I need to…</source>
        <translation>Saya perlu…</translation>
    </message>
    <message>
        <source>Best estimate</source>
        <translation>Perkiraan terbaik</translation>
    </message>
    <message>
        <source>Ask first, then hold</source>
        <translation>Tanya dulu, lalu tahan</translation>
    </message>
    <message>
        <source>Time to check back with the caller</source>
        <translation>Saatnya kembali menyapa penelepon</translation>
    </message>
    <message>
        <source>New estimate (optional)</source>
        <translation>Perkiraan baru (opsional)</translation>
    </message>
    <message>
        <source>When you are back</source>
        <translation>Saat Anda kembali</translation>
    </message>
    <message>
        <source>&amp;Ask again</source>
        <translation>&amp;Tanya lagi</translation>
    </message>
    <message>
        <source>The caller would rather not hold: carry on with them.</source>
        <translation>Penelepon tidak ingin ditahan: lanjutkan percakapan.</translation>
    </message>
    <message>
        <source>Back on the line after %1 (holds in this call: %2).</source>
        <translation>Kembali ke saluran setelah %1 (penahanan dalam panggilan ini: %2).</translation>
    </message>
    <message>
        <source>Wait for the caller&apos;s answer, then record it.</source>
        <translation>Tunggu jawaban penelepon, lalu catat.</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>sebentar</translation>
    </message>
    <message>
        <source>look into this</source>
        <translation>memeriksa hal ini</translation>
    </message>
    <message>
        <source>On hold %1 of about %2</source>
        <translation>Ditahan %1 dari sekitar %2</translation>
    </message>
    <message>
        <source>Past the estimate by %1 — check back with the caller now.</source>
        <translation>Melewati perkiraan %1 — segera kembali ke penelepon.</translation>
    </message>
    <message>
        <source>Thank you for waiting[, {caller_name}].</source>
        <translation>Terima kasih sudah menunggu[, {caller_name}].</translation>
    </message>
    <message>
        <source>The caller is still on hold: take them off hold first (Back on the line).</source>
        <translation>Penelepon masih ditahan: lepaskan penahanan dulu (Kembali ke saluran).</translation>
    </message>
</context>
<context>
    <name>InteractionPanel</name>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>&amp;Adherence</source>
        <translation>&amp;Kepatuhan</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Lini &amp;masa</translation>
    </message>
    <message>
        <source>Fi&amp;elds</source>
        <translation>K&amp;olom</translation>
    </message>
    <message>
        <source>N&amp;otes and messages</source>
        <translation>&amp;Catatan dan pesan</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;verdict</source>
        <translation>&amp;Penilaian pelanggan</translation>
    </message>
    <message>
        <source>Feedback for the representative — Ctrl+Enter sends</source>
        <translation>Umpan balik untuk agen — Ctrl+Enter untuk mengirim</translation>
    </message>
    <message>
        <source>&amp;Send feedback</source>
        <translation>&amp;Kirim umpan balik</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Tandai sudah ditinjau</translation>
    </message>
    <message>
        <source>Earlier feedback</source>
        <translation>Umpan balik sebelumnya</translation>
    </message>
    <message>
        <source>Choose an interaction in the queue and press Enter.</source>
        <translation>Pilih interaksi di antrean lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Adherence %1 (%2 of %3 items)</source>
        <translation>Kepatuhan %1 (%2 dari %3 butir)</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Belum ada.</translation>
    </message>
    <message>
        <source>Message (#%1)</source>
        <translation>Pesan (#%1)</translation>
    </message>
    <message>
        <source>No notes or messages for this interaction.</source>
        <translation>Tidak ada catatan atau pesan untuk interaksi ini.</translation>
    </message>
    <message>
        <source>Parts taken: %1</source>
        <translation>Bagian yang dicatat: %1</translation>
    </message>
    <message>
        <source>Read back to the caller: %1</source>
        <translation>Dibacakan ulang kepada penelepon: %1</translation>
    </message>
    <message>
        <source>No event in the log shows this item.</source>
        <translation>Tidak ada peristiwa dalam log yang menunjukkan butir ini.</translation>
    </message>
</context>
<context>
    <name>KeyReasons</name>
    <message>
        <source>This computer has no secure keyring, so the key is kept in a file protected by a passphrase.</source>
        <translation>Komputer ini tidak memiliki keyring yang aman, jadi kunci disimpan dalam berkas yang dilindungi frasa sandi.</translation>
    </message>
    <message>
        <source>The system keyring reported an error, so the key file is used instead.</source>
        <translation>Keyring sistem melaporkan galat, jadi berkas kunci yang digunakan.</translation>
    </message>
    <message>
        <source>The system keyring is locked, so the key file is used instead.</source>
        <translation>Keyring sistem terkunci, jadi berkas kunci yang digunakan.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within a few seconds, so the key file is used instead.</source>
        <translation>Keyring sistem tidak menjawab dalam beberapa detik, jadi berkas kunci yang digunakan.</translation>
    </message>
    <message>
        <source>This data folder keeps its key in a passphrase-protected file.</source>
        <translation>Folder data ini menyimpan kuncinya dalam berkas yang dilindungi frasa sandi.</translation>
    </message>
    <message>
        <source>The keyring holds a different key, so the key file is used instead.</source>
        <translation>Keyring menyimpan kunci yang berbeda, jadi berkas kunci yang digunakan.</translation>
    </message>
    <message>
        <source>The keyring entry is damaged, so the key file is used instead.</source>
        <translation>Entri keyring rusak, jadi berkas kunci yang digunakan.</translation>
    </message>
</context>
<context>
    <name>KnowledgeDock</name>
    <message>
        <source>reply draft</source>
        <translation>draf balasan</translation>
    </message>
    <message>
        <source>That article is not in the knowledge base any more.</source>
        <translation>Artikel itu sudah tidak ada di basis pengetahuan.</translation>
    </message>
</context>
<context>
    <name>KnowledgeSearch</name>
    <message>
        <source>Search articles (Ctrl+K)</source>
        <translation>Cari artikel (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Cari di basis pengetahuan</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Mungkin maksud Anda %1?</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in your language matches: %n article(s) in other languages — Enter opens</source>
        <translation>
            <numerusform>Tidak ada yang cocok dalam bahasa Anda: %n artikel dalam bahasa lain — Enter untuk membuka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) — Enter opens</source>
        <translation>
            <numerusform>%n artikel — Enter untuk membuka</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches “%1”. Try other or fewer words.</source>
        <translation>Tidak ada artikel yang cocok dengan “%1”. Coba kata lain atau lebih sedikit kata.</translation>
    </message>
    <message>
        <source>Suggested for this call</source>
        <translation>Disarankan untuk panggilan ini</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Baru dilihat</translation>
    </message>
    <message>
        <source>Most viewed</source>
        <translation>Paling sering dilihat</translation>
    </message>
    <message>
        <source>Type to search. Articles you open and articles for the call show here.</source>
        <translation>Ketik untuk mencari. Artikel yang Anda buka dan artikel untuk panggilan ini muncul di sini.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tag apa pun</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <source>KPI dashboard — agentdesk</source>
        <translation>Dasbor KPI — agentdesk</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Seluruh tim</translation>
    </message>
    <message>
        <source>My figures</source>
        <translation>Angka saya</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>Cause of upset</source>
        <translation>Penyebab kekesalan</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>rata-rata %1</translation>
    </message>
    <message>
        <source>p%1 %2</source>
        <translation>p%1 %2</translation>
    </message>
    <message>
        <source>Contacts: %1 · handle time %2</source>
        <translation>Kontak: %1 · waktu penanganan %2</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Ekspor angka</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Diekspor ke %1</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>Representative</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Ditangani</translation>
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
        <translation>Bicara</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <source>Hold rate</source>
        <translation>Tingkat penahanan</translation>
    </message>
    <message>
        <source>Hold length</source>
        <translation>Lama penahanan</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Pengalihan</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Hangat</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Kepatuhan</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Bahasa sistem (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Menus, screens, scripts and the coach change to this language as soon as you save, unless a call, a note being written or an unsaved article is open: then at your next login. Callers&apos; names are spelt with the alphabet you pick on the call.</source>
        <translation>Menu, layar, skrip, dan pelatih berganti ke bahasa ini begitu Anda menyimpan, kecuali sedang ada panggilan, catatan yang sedang ditulis, atau artikel yang belum disimpan: dalam hal itu saat Anda masuk berikutnya. Nama penelepon dieja dengan alfabet yang Anda pilih saat panggilan.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>A call was open, so the window was kept as it was.</source>
        <translation>Ada panggilan yang terbuka, jadi jendela dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>A note was being written, so the window was kept as it was.</source>
        <translation>Ada catatan yang sedang ditulis, jadi jendela dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>An article had unsaved changes, so the window was kept as it was.</source>
        <translation>Ada artikel dengan perubahan yang belum disimpan, jadi jendela dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>The assertiveness builder held text, so the window was kept as it was.</source>
        <translation>Penyusun kalimat asertif masih berisi teks, jadi jendela dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>agentdesk changes to %1 at your next login.</source>
        <translation>agentdesk berganti ke %1 saat Anda masuk berikutnya.</translation>
    </message>
</context>
<context>
    <name>LinkReasonDialog</name>
    <message>
        <source>Link this record to the call?</source>
        <translation>Tautkan data ini ke panggilan?</translation>
    </message>
    <message>
        <source>The caller answered the security questions for this record</source>
        <translation>Penelepon telah menjawab pertanyaan keamanan untuk data ini</translation>
    </message>
    <message>
        <source>The number is withheld; the caller answered the security questions</source>
        <translation>Nomor disembunyikan; penelepon telah menjawab pertanyaan keamanan</translation>
    </message>
    <message>
        <source>The caller rings from a new number and answered the security questions</source>
        <translation>Penelepon menelepon dari nomor baru dan telah menjawab pertanyaan keamanan</translation>
    </message>
    <message>
        <source>The phone number on this record is not the number calling. Open it only for the caller&apos;s own record. Your reason is kept in the audit log.</source>
        <translation>Nomor telepon pada data ini bukan nomor yang sedang menelepon. Buka hanya jika ini data milik penelepon sendiri. Alasan Anda disimpan dalam log audit.</translation>
    </message>
    <message>
        <source>Link and open</source>
        <translation>Tautkan dan buka</translation>
    </message>
</context>
<context>
    <name>LiveCoach</name>
    <message>
        <source>Nothing to change here.</source>
        <translation>Tidak ada yang perlu diubah di sini.</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Ganti dengan “%1”</translation>
    </message>
    <message>
        <source>Instead, try: “%1”</source>
        <translation>Sebagai gantinya, coba: “%1”</translation>
    </message>
</context>
<context>
    <name>LiveFigures</name>
    <message>
        <source>Now in the queue</source>
        <translation>Sekarang di antrean</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Panggilan menunggu</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Tunggu terlama</translation>
    </message>
    <message>
        <source>Agents available</source>
        <translation>Agen tersedia</translation>
    </message>
    <message>
        <source>Agents busy</source>
        <translation>Agen sibuk</translation>
    </message>
    <message>
        <source>Service level so far</source>
        <translation>Tingkat layanan sejauh ini</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Since %1: %2 answered, %3 abandoned; %4</source>
        <translation>Sejak %1: %2 dijawab, %3 ditinggalkan; %4</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>agentdesk — log in</source>
        <translation>agentdesk — masuk</translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation>Terkunci. Masuk untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Log in to agentdesk</source>
        <translation>Masuk ke agentdesk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Masukkan nama pengguna dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 s.</source>
        <translation>Terlalu banyak percobaan gagal. Coba lagi dalam %1 detik.</translation>
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
        <translation>Pemimpin tim</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Masuk sebagai %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>About agentdesk</source>
        <translation>Tentang agentdesk</translation>
    </message>
    <message>
        <source>agentdesk %1
Data folder: %2</source>
        <translation>agentdesk %1
Folder data: %2</translation>
    </message>
    <message>
        <source>Quit agentdesk?</source>
        <translation>Keluar dari agentdesk?</translation>
    </message>
    <message>
        <source>Nothing is lost: at the next start agentdesk offers to resume it.</source>
        <translation>Tidak ada yang hilang: saat dibuka berikutnya agentdesk menawarkan untuk melanjutkannya.</translation>
    </message>
    <message>
        <source>&amp;Quit and keep it</source>
        <translation>&amp;Keluar dan simpan</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Tetap di sini</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Take a message</source>
        <translation>Catat pesan</translation>
    </message>
    <message>
        <source>Take a message: all seven parts</source>
        <translation>Catat pesan: ketujuh bagiannya</translation>
    </message>
</context>
<context>
    <name>MessageFields</name>
    <message>
        <source>Colleague or department (from the directory)</source>
        <translation>Rekan atau departemen (dari direktori)</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Nama depan dan nama belakang</translation>
    </message>
    <message>
        <source>Company, or how they are connected</source>
        <translation>Perusahaan, atau hubungannya</translation>
    </message>
    <message>
        <source>With area code, or + and country code</source>
        <translation>Dengan kode area, atau + dan kode negara</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Ekst.</translation>
    </message>
    <message>
        <source>What the caller asks for: call back, send a quote…</source>
        <translation>Apa yang diminta penelepon: ditelepon balik, dikirimi penawaran…</translation>
    </message>
    <message>
        <source>What you promised: e.g. she will call you back today</source>
        <translation>Apa yang Anda janjikan: mis. beliau akan menelepon balik hari ini</translation>
    </message>
    <message>
        <source>The message, in the caller&apos;s words</source>
        <translation>Pesannya, dengan kata-kata penelepon</translation>
    </message>
    <message>
        <source>To whom *</source>
        <translation>Untuk siapa *</translation>
    </message>
    <message>
        <source>From whom *</source>
        <translation>Dari siapa *</translation>
    </message>
    <message>
        <source>Business connection</source>
        <translation>Hubungan bisnis</translation>
    </message>
    <message>
        <source>Phone number *</source>
        <translation>Nomor telepon *</translation>
    </message>
    <message>
        <source>Message *</source>
        <translation>Pesan *</translation>
    </message>
    <message>
        <source>Action requested *</source>
        <translation>Tindakan yang diminta *</translation>
    </message>
    <message>
        <source>Action promised *</source>
        <translation>Tindakan yang dijanjikan *</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>oleh %1, %2</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>This message was begun during an earlier call: it is not about this caller. Save it, or clear it with Take another message, before taking this caller&apos;s message.</source>
        <translation>Pesan ini dimulai pada panggilan sebelumnya: pesan ini bukan tentang penelepon ini. Simpan pesan ini, atau hapus dengan Catat pesan lain, sebelum Anda mencatat pesan penelepon ini.</translation>
    </message>
    <message>
        <source>&amp;Save message</source>
        <translation>&amp;Simpan pesan</translation>
    </message>
    <message>
        <source>Copy as te&amp;xt</source>
        <translation>Salin sebagai te&amp;ks</translation>
    </message>
    <message>
        <source>Take &amp;another message</source>
        <translation>Catat pesan &amp;lain</translation>
    </message>
    <message>
        <source>Changed since the read-back: read it back again.</source>
        <translation>Berubah sejak dibacakan ulang: bacakan ulang.</translation>
    </message>
    <message>
        <source>Fill in what is missing before reading it back.</source>
        <translation>Lengkapi yang kurang sebelum dibacakan ulang.</translation>
    </message>
    <message>
        <source>Message saved for %1.</source>
        <translation>Pesan tersimpan untuk %1.</translation>
    </message>
    <message>
        <source>Card details in it were masked.</source>
        <translation>Data kartu di dalamnya telah disamarkan.</translation>
    </message>
</context>
<context>
    <name>MessageInbox</name>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>Open (new or passed on)</source>
        <translation>Terbuka (baru atau sudah diteruskan)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Mark &amp;passed on</source>
        <translation>Tandai sudah &amp;diteruskan</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>Copy as te&amp;xt</source>
        <translation>Salin sebagai te&amp;ks</translation>
    </message>
    <message>
        <source>Anything you remember after the call…</source>
        <translation>Hal yang Anda ingat setelah panggilan…</translation>
    </message>
    <message>
        <source>&amp;Add note from memory</source>
        <translation>&amp;Tambah catatan dari ingatan</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation>Tidak ada di direktori</translation>
    </message>
</context>
<context>
    <name>MessageStepPanel</name>
    <message>
        <source>Take the message: all seven parts</source>
        <translation>Catat pesannya: ketujuh bagiannya</translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>Taken</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Dicatat oleh</translation>
    </message>
</context>
<context>
    <name>MyFeedbackWindow</name>
    <message>
        <source>My feedback — agentdesk</source>
        <translation>Umpan balik saya — agentdesk</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Konfirmasi</translation>
    </message>
    <message>
        <source>I have read this feedback (Alt+A)</source>
        <translation>Saya sudah membaca umpan balik ini (Alt+A)</translation>
    </message>
    <message>
        <source>New: %1 · all: %2</source>
        <translation>Baru: %1 · semua: %2</translation>
    </message>
    <message>
        <source>No feedback yet. Your team leader&apos;s feedback on your calls shows here.</source>
        <translation>Belum ada umpan balik. Umpan balik pemimpin tim atas panggilan Anda muncul di sini.</translation>
    </message>
    <message>
        <source>From %1 on your call of %2 (%3, adherence %4), %5 after the call.</source>
        <translation>Dari %1 untuk panggilan Anda pada %2 (%3, kepatuhan %4), %5 setelah panggilan.</translation>
    </message>
</context>
<context>
    <name>NameCapturePanel</name>
    <message>
        <source>Spelling to read back</source>
        <translation>Ejaan untuk dibacakan ulang</translation>
    </message>
    <message>
        <source>Spelling alphabet</source>
        <translation>Alfabet ejaan</translation>
    </message>
    <message>
        <source>no spelling alphabet</source>
        <translation>tanpa alfabet ejaan</translation>
    </message>
    <message>
        <source>%1 — read it to the caller and ask them to confirm.</source>
        <translation>%1 — bacakan kepada penelepon dan minta konfirmasi.</translation>
    </message>
    <message>
        <source>Type the name as you hear it.</source>
        <translation>Ketik nama seperti yang Anda dengar.</translation>
    </message>
</context>
<context>
    <name>NoteDrafts</name>
    <message>
        <source>Your unsaved note was restored.</source>
        <translation>Catatan Anda yang belum disimpan telah dipulihkan.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Find by phone, e-mail or surname — Enter</source>
        <translation>Telepon, e-mail, atau nama — Enter</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>Pe&amp;langgan baru…</translation>
    </message>
    <message>
        <source>E&amp;xtra support…</source>
        <translation>Dukungan tam&amp;bahan…</translation>
    </message>
    <message>
        <source>Record what the customer needs and the adjustments agreed with them</source>
        <translation>Catat kebutuhan pelanggan dan penyesuaian yang disepakati dengannya</translation>
    </message>
    <message>
        <source>New note — Ctrl+Enter saves</source>
        <translation>Catatan baru — Ctrl+Enter untuk menyimpan</translation>
    </message>
    <message>
        <source>Caller agreed to note-taking</source>
        <translation>Penelepon setuju dibuatkan catatan</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>Simpan catatan (Ctrl+Return)</translation>
    </message>
    <message>
        <source>The caller said no to notes on this call: nothing is written down.</source>
        <translation>Penelepon tidak setuju dibuatkan catatan pada panggilan ini: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Ask first: “Do you mind if I take a few notes while we talk?”</source>
        <translation>Tanyakan dulu: “Apakah Bapak/Ibu keberatan jika saya mencatat sedikit selama kita berbicara?”</translation>
    </message>
    <message>
        <source>None of the customers you have served matches. Outside a call you find only your own customers; during a call you can find the caller and open their record.</source>
        <translation>Tidak ada pelanggan yang pernah Anda layani yang cocok. Di luar panggilan Anda hanya menemukan pelanggan Anda sendiri; selama panggilan Anda dapat menemukan penelepon dan membuka datanya.</translation>
    </message>
    <message>
        <source>No customer found. Check the spelling, or create one.</source>
        <translation>Pelanggan tidak ditemukan. Periksa ejaannya, atau buat yang baru.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) — Enter opens the record and links it to this call (recorded in the audit log)</source>
        <translation>
            <numerusform>%n hasil — Enter membuka data dan menautkannya ke panggilan ini (dicatat dalam log audit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) — Enter opens</source>
        <translation>
            <numerusform>%n hasil — Enter untuk membuka</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the caller whether you may take notes, then tick “Caller agreed to note-taking”. The note is kept here until then.</source>
        <translation>Tanyakan kepada penelepon apakah Anda boleh mencatat, lalu centang “Penelepon setuju dibuatkan catatan”. Sampai saat itu catatan disimpan di sini.</translation>
    </message>
    <message>
        <source>Payment card details were removed before saving: card numbers are never stored (only the last four digits are kept).</source>
        <translation>Data kartu pembayaran dihapus sebelum disimpan: nomor kartu tidak pernah disimpan (hanya empat digit terakhir).</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Diekspor ke %1</translation>
    </message>
    <message>
        <source>Customer erased.</source>
        <translation>Pelanggan dihapus.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>agentdesk — key passphrase</source>
        <translation>agentdesk — frasa sandi kunci</translation>
    </message>
    <message>
        <source>Choose a passphrase (at least 8 characters). It protects every customer record in this data folder: without it nobody can read them, you included.</source>
        <translation>Pilih frasa sandi (minimal 8 karakter). Frasa ini melindungi setiap data pelanggan di folder data ini: tanpanya tidak ada yang dapat membacanya, termasuk Anda.</translation>
    </message>
    <message>
        <source>Enter the passphrase to open this data folder.</source>
        <translation>Masukkan frasa sandi untuk membuka folder data ini.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frasa sandi</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Gunakan minimal 8 karakter.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Kedua isian berbeda.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>agentdesk — key passphrase: try again</source>
        <translation>agentdesk — frasa sandi kunci: coba lagi</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Kata sandi saat &amp;ini</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>On a workstation joined to a team database the new password works at every workstation, and the old one nowhere.</source>
        <translation>Pada stasiun kerja yang tergabung ke basis data tim, kata sandi baru berlaku di setiap stasiun kerja dan kata sandi lama tidak berlaku lagi di mana pun.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
</context>
<context>
    <name>PlaybookDock</name>
    <message>
        <source>Search the playbook — e.g. angry, say no</source>
        <translation>Cari di panduan — mis. marah, menolak</translation>
    </message>
    <message>
        <source>Difficult moment… (%1)</source>
        <translation>Momen sulit… (%1)</translation>
    </message>
    <message>
        <source>Pick what is happening and see what to do and say at once</source>
        <translation>Pilih apa yang terjadi dan langsung lihat apa yang dilakukan dan diucapkan</translation>
    </message>
    <message>
        <source>Not saved in the call record: %1</source>
        <translation>Tidak tersimpan dalam catatan panggilan: %1</translation>
    </message>
</context>
<context>
    <name>PlaybookWords</name>
    <message>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Type of caller</source>
        <translation>Tipe penelepon</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situasi</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Frasa</translation>
    </message>
</context>
<context>
    <name>ProcedureHost</name>
    <message>
        <source>Hold and transfer are for a call in progress (Ctrl+N answers one).</source>
        <translation>Tahan dan alihkan hanya untuk panggilan yang berlangsung (Ctrl+N untuk menjawab).</translation>
    </message>
    <message>
        <source>This call flow has no step for that.</source>
        <translation>Alur panggilan ini tidak memiliki langkah untuk itu.</translation>
    </message>
    <message>
        <source>A message was not saved: press Ctrl+Shift+M to finish it.</source>
        <translation>Ada pesan yang belum disimpan: tekan Ctrl+Shift+M untuk menyelesaikannya.</translation>
    </message>
</context>
<context>
    <name>ProcedureWords</name>
    <message>
        <source>Say why first.</source>
        <translation>Sampaikan alasannya dulu.</translation>
    </message>
    <message>
        <source>Keep the reason short (500 characters at most).</source>
        <translation>Alasan singkat saja (maksimal 500 karakter).</translation>
    </message>
    <message>
        <source>Give an estimate between a few seconds and 60 minutes.</source>
        <translation>Beri perkiraan antara beberapa detik dan 60 menit.</translation>
    </message>
    <message>
        <source>Ask the caller first: say why and how long.</source>
        <translation>Tanyakan penelepon dulu: sampaikan alasan dan berapa lama.</translation>
    </message>
    <message>
        <source>Record what the caller answered.</source>
        <translation>Catat jawaban penelepon.</translation>
    </message>
    <message>
        <source>The wait may pass three minutes: offer a call-back before holding.</source>
        <translation>Waktu tunggu bisa lebih dari tiga menit: tawarkan panggilan balik sebelum menahan.</translation>
    </message>
    <message>
        <source>Ask the caller and record their yes first.</source>
        <translation>Tanyakan penelepon dan catat persetujuannya dulu.</translation>
    </message>
    <message>
        <source>The caller is on hold already.</source>
        <translation>Penelepon sudah ditahan.</translation>
    </message>
    <message>
        <source>The caller is not on hold.</source>
        <translation>Penelepon tidak sedang ditahan.</translation>
    </message>
    <message>
        <source>Transfer only when you cannot help yourself.</source>
        <translation>Alihkan hanya jika Anda sendiri tidak dapat membantu.</translation>
    </message>
    <message>
        <source>Pick who to transfer to.</source>
        <translation>Pilih tujuan pengalihan.</translation>
    </message>
    <message>
        <source>Tell the caller why and to whom first.</source>
        <translation>Sampaikan dulu kepada penelepon alasan dan tujuannya.</translation>
    </message>
    <message>
        <source>Start the transfer first.</source>
        <translation>Mulai pengalihan dulu.</translation>
    </message>
    <message>
        <source>A transfer is under way already.</source>
        <translation>Pengalihan sudah berlangsung.</translation>
    </message>
    <message>
        <source>Read the message back and tick that the caller confirmed it.</source>
        <translation>Bacakan ulang pesannya dan centang bahwa penelepon sudah mengonfirmasi.</translation>
    </message>
    <message>
        <source>Some parts of the message are missing or wrong.</source>
        <translation>Beberapa bagian pesan kosong atau salah.</translation>
    </message>
    <message>
        <source>Give the number to call.</source>
        <translation>Berikan nomor yang dihubungi.</translation>
    </message>
    <message>
        <source>That is not a phone number: check the digits.</source>
        <translation>Itu bukan nomor telepon: periksa angkanya.</translation>
    </message>
    <message>
        <source>Pick when to call back.</source>
        <translation>Pilih kapan menelepon balik.</translation>
    </message>
    <message>
        <source>“Call back by” must be after “Call back from”.</source>
        <translation>“Telepon balik paling lambat” harus setelah “Telepon balik dari”.</translation>
    </message>
    <message>
        <source>That is not possible right now.</source>
        <translation>Saat ini tidak memungkinkan.</translation>
    </message>
    <message>
        <source>to whom</source>
        <translation>untuk siapa</translation>
    </message>
    <message>
        <source>from whom</source>
        <translation>dari siapa</translation>
    </message>
    <message>
        <source>where to call back</source>
        <translation>nomor untuk telepon balik</translation>
    </message>
    <message>
        <source>what</source>
        <translation>apa</translation>
    </message>
    <message>
        <source>why</source>
        <translation>mengapa</translation>
    </message>
    <message>
        <source>taken by</source>
        <translation>dicatat oleh</translation>
    </message>
    <message>
        <source>when</source>
        <translation>kapan</translation>
    </message>
    <message>
        <source>another part</source>
        <translation>bagian lain</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters. Shorten it; nothing was cut.</source>
        <translation>Terlalu panjang: maksimal %1 karakter. Persingkat; tidak ada yang dipotong.</translation>
    </message>
    <message>
        <source>Not a phone number: give the area code, or + and the country code.</source>
        <translation>Bukan nomor telepon: berikan kode area, atau + dan kode negara.</translation>
    </message>
    <message>
        <source>An extension is digits only (up to 8).</source>
        <translation>Ekstensi hanya berisi angka (hingga 8).</translation>
    </message>
    <message>
        <source>Date and time as YYYY-MM-DD HH:MM.</source>
        <translation>Tanggal dan waktu dalam format TTTT-BB-HH JJ:MM.</translation>
    </message>
    <message>
        <source>Required: fill this in.</source>
        <translation>Wajib: isi kolom ini.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 detik</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 menit</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>satu menit</translation>
    </message>
    <message>
        <source>May I put you on hold for about %1[, {caller_name}]? I need to %2.</source>
        <translation>Bolehkah saya menahan panggilan Bapak/Ibu sekitar %1[, {caller_name}]? Saya perlu %2.</translation>
    </message>
    <message>
        <source>It could take more than %1, so I can call you back instead if you prefer. Would you rather hold, or have me call you back?</source>
        <translation>Ini bisa memakan waktu lebih dari %1, jadi jika Bapak/Ibu berkenan, saya dapat menelepon balik. Apakah Bapak/Ibu lebih suka menunggu, atau saya telepon balik?</translation>
    </message>
    <message>
        <source>Thank you for holding[, {caller_name}]. I&apos;m still on it; it should be about %1 more. Are you all right to keep holding?</source>
        <translation>Terima kasih sudah menunggu[, {caller_name}]. Saya masih menanganinya; kira-kira %1 lagi. Apakah Bapak/Ibu bersedia menunggu sebentar lagi?</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Diteruskan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation> ekst. %1</translation>
    </message>
    <message>
        <source>Message for: %1</source>
        <translation>Pesan untuk: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Dari: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telepon: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Waktu: %1</translation>
    </message>
    <message>
        <source>Taken by: %1</source>
        <translation>Dicatat oleh: %1</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Pesan:</translation>
    </message>
    <message>
        <source>Caller asks: %1</source>
        <translation>Penelepon meminta: %1</translation>
    </message>
    <message>
        <source>We promised: %1</source>
        <translation>Kami menjanjikan: %1</translation>
    </message>
    <message>
        <source>Notes added after the call:</source>
        <translation>Catatan yang ditambahkan setelah panggilan:</translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation>(nama tidak disebutkan)</translation>
    </message>
    <message>
        <source>Transfer for %1</source>
        <translation>Pengalihan untuk %1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Penelepon: %1</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Ejaan: %1</translation>
    </message>
    <message>
        <source>Say it: %1</source>
        <translation>Ucapkan: %1</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Nomor: %1</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>Masalah: %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(tidak dicatat)</translation>
    </message>
    <message>
        <source>Tried so far: %1</source>
        <translation>Yang sudah dicoba: %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Knowledge articles opened: %1</source>
        <translation>Artikel basis pengetahuan yang dibuka: %1</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>agentdesk: damaged database</source>
        <translation>agentdesk: basis data rusak</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, %2? The damaged file is kept in the backups folder; anything saved after that backup is not in it.</source>
        <translation>%1

Pulihkan cadangan baik terbaru, %2? Berkas yang rusak disimpan di folder cadangan; apa pun yang disimpan setelah cadangan itu tidak ada di dalamnya.</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <source>For&amp;ecast…</source>
        <translation>Pra&amp;kiraan…</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Pertimbangan</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>%1 waiting, longest %2</source>
        <translation>%1 menunggu, terlama %2</translation>
    </message>
    <message>
        <source>%1 %2 · agents %3 of %4 needed</source>
        <translation>%1 %2 · agen %3 dari %4 yang dibutuhkan</translation>
    </message>
    <message>
        <source>Forecast for %1: no calls</source>
        <translation>Prakiraan untuk %1: tidak ada panggilan</translation>
    </message>
    <message>
        <source>Forecast for %1</source>
        <translation>Prakiraan untuk %1</translation>
    </message>
    <message>
        <source>Simulator rates</source>
        <translation>Laju simulator</translation>
    </message>
    <message>
        <source>No forecast; live pace</source>
        <translation>Tanpa prakiraan; laju langsung</translation>
    </message>
    <message>
        <source>No forecast for %1, and too few calls to judge the pace</source>
        <translation>Tidak ada prakiraan untuk %1, dan terlalu sedikit panggilan untuk menilai lajunya</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source>&amp;Not yet reviewed</source>
        <translation>&amp;Belum ditinjau</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Re&amp;presentative</source>
        <translation>A&amp;gen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Ha&amp;sil</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ka&amp;nal</translation>
    </message>
    <message>
        <source>&amp;Cause of upset</source>
        <translation>&amp;Penyebab kekesalan</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Hasil apa pun</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Kanal apa pun</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Apa pun atau tidak ada</translation>
    </message>
</context>
<context>
    <name>QueueWords</name>
    <message>
        <source>Meets the target</source>
        <translation>Memenuhi target</translation>
    </message>
    <message>
        <source>Just below the target</source>
        <translation>Sedikit di bawah target</translation>
    </message>
    <message>
        <source>Well below the target</source>
        <translation>Jauh di bawah target</translation>
    </message>
    <message>
        <source>enough to meet the target</source>
        <translation>cukup untuk memenuhi target</translation>
    </message>
    <message>
        <source>just below the target, needs %1 more</source>
        <translation>sedikit di bawah target, perlu %1 lagi</translation>
    </message>
    <message>
        <source>well below the target, needs %1 more</source>
        <translation>jauh di bawah target, perlu %1 lagi</translation>
    </message>
    <message>
        <source>⚠ Occupancy %1 is above %2: agents this busy burn out; add agents or lower the occupancy cap in the queue settings.</source>
        <translation>⚠ Okupansi %1 di atas %2: agen yang sesibuk ini akan kelelahan; tambah agen atau turunkan batas okupansi di pengaturan antrean.</translation>
    </message>
    <message>
        <source>⚠ %1 of callers would hang up before an answer, above %2: a target met that way is not met; add agents or lower the abandonment cap.</source>
        <translation>⚠ %1 penelepon akan menutup telepon sebelum dijawab, di atas %2: target yang tercapai dengan cara itu tidak benar-benar tercapai; tambah agen atau turunkan batas panggilan ditinggalkan.</translation>
    </message>
    <message>
        <source>⚠ Shrinkage %1 is above %2: more than half of paid time off the phones; check the queue settings.</source>
        <translation>⚠ Penyusutan %1 di atas %2: lebih dari separuh waktu kerja berbayar tidak di telepon; periksa pengaturan antrean.</translation>
    </message>
    <message>
        <source>%1: %2 calls, handle time %3</source>
        <translation>%1: %2 panggilan, waktu penanganan %3</translation>
    </message>
    <message>
        <source>target %1 in %2 s</source>
        <translation>target %1 dalam %2 detik</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>bukan teks UTF-8</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>bukan JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>bukan objek JSON</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>jenis tidak dikenal</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <source>bad value for %1</source>
        <translation>nilai tidak valid untuk %1</translation>
    </message>
    <message>
        <source>line too long</source>
        <translation>baris terlalu panjang</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>bita %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed line(s) skipped</source>
        <translation>
            <numerusform>%n baris rusak dilewati</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (last: %2)</source>
        <translation>%1 (terakhir: %2)</translation>
    </message>
    <message>
        <source>Simulated queue (training and demos)</source>
        <translation>Antrean simulasi (pelatihan dan demo)</translation>
    </message>
    <message>
        <source>Not connected to the phone system&apos;s queue. A team leader or IT can connect it (README, “Queue and staffing”); until then the estimate uses the forecast.</source>
        <translation>Belum tersambung ke antrean sistem telepon. Pemimpin tim atau TI dapat menyambungkannya (README, bagian “Queue and staffing”); sampai saat itu perkiraan memakai prakiraan.</translation>
    </message>
    <message>
        <source>waiting for the file</source>
        <translation>menunggu berkas</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>membaca</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>mendengarkan</translation>
    </message>
    <message>
        <source>cannot listen</source>
        <translation>tidak dapat mendengarkan</translation>
    </message>
    <message>
        <source>Feed file %1: %2</source>
        <translation>Berkas umpan %1: %2</translation>
    </message>
    <message>
        <source>Feed socket %1: %2</source>
        <translation>Soket umpan %1: %2</translation>
    </message>
    <message>
        <source>No queue data yet: figures are not live</source>
        <translation>Belum ada data antrean: angka tidak langsung</translation>
    </message>
    <message>
        <source>Stale: no queue data since %1 (%2 ago); figures are not live</source>
        <translation>Kedaluwarsa: tidak ada data antrean sejak %1 (%2 lalu); angka tidak langsung</translation>
    </message>
</context>
<context>
    <name>ReadBackBox</name>
    <message>
        <source>Read back to the caller</source>
        <translation>Bacakan ulang kepada penelepon</translation>
    </message>
    <message>
        <source>&amp;Read back — the caller confirmed it</source>
        <translation>Sudah &amp;dibacakan — penelepon mengonfirmasi</translation>
    </message>
    <message>
        <source>Read it back before you save</source>
        <translation>Bacakan ulang sebelum menyimpan</translation>
    </message>
    <message>
        <source>Let me read that back to you.</source>
        <translation>Izinkan saya membacakan ulang.</translation>
    </message>
    <message>
        <source>Your name: %1</source>
        <translation>Nama Bapak/Ibu: %1</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>Nomor Bapak/Ibu: %1</translation>
    </message>
    <message>
        <source>, extension %1</source>
        <translation>, ekstensi %1</translation>
    </message>
    <message>
        <source>The message is for %1.</source>
        <translation>Pesan ini untuk %1.</translation>
    </message>
    <message>
        <source>What happens next: %1</source>
        <translation>Langkah selanjutnya: %1</translation>
    </message>
    <message>
        <source>Is that all correct?</source>
        <translation>Apakah semuanya sudah benar?</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Type :: for a canned response</source>
        <translation>Ketik :: untuk balasan siap pakai</translation>
    </message>
    <message>
        <source>Reply draft</source>
        <translation>Draf balasan</translation>
    </message>
</context>
<context>
    <name>ReplyDraft</name>
    <message>
        <source>Reply draft</source>
        <translation>Draf balasan</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the reply to paste it into the chat or e-mail</source>
        <translation>Salin balasan untuk ditempel ke obrolan atau e-mail</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Bersihkan</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Tersalin.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueTableModel</name>
    <message>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Kepatuhan</translation>
    </message>
    <message>
        <source>Upset</source>
        <translation>Kekesalan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
</context>
<context>
    <name>ReviewQueueWindow</name>
    <message>
        <source>Review queue — agentdesk</source>
        <translation>Antrean tinjauan — agentdesk</translation>
    </message>
    <message>
        <source>Interactions: %1</source>
        <translation>Interaksi: %1</translation>
    </message>
    <message>
        <source>overdue (not reviewed within three days): %1</source>
        <translation>terlambat (tidak ditinjau dalam tiga hari): %1</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>Not applicable: another call flow&apos;s rule</source>
        <translation>Tidak berlaku: aturan alur panggilan lain</translation>
    </message>
    <message>
        <source>Not applicable: another channel&apos;s rule</source>
        <translation>Tidak berlaku: aturan kanal lain</translation>
    </message>
    <message>
        <source>Not applicable: did not arise in this call</source>
        <translation>Tidak berlaku: tidak terjadi dalam panggilan ini</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Terselesaikan</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Perlu tindak lanjut</translation>
    </message>
    <message>
        <source>Call-back booked</source>
        <translation>Panggilan balik dijadwalkan</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Dialihkan</translation>
    </message>
    <message>
        <source>Message taken</source>
        <translation>Pesan dicatat</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informasi diberikan</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>Keluhan dicatat</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Tidak perlu tindakan</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Salah sambung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Obrolan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <source>Product or service fault</source>
        <translation>Kerusakan produk atau layanan</translation>
    </message>
    <message>
        <source>Billing or price dispute</source>
        <translation>Sengketa tagihan atau harga</translation>
    </message>
    <message>
        <source>Miscommunication</source>
        <translation>Salah paham</translation>
    </message>
    <message>
        <source>Expectations not met</source>
        <translation>Harapan tidak terpenuhi</translation>
    </message>
    <message>
        <source>Treated rudely</source>
        <translation>Diperlakukan tidak sopan</translation>
    </message>
    <message>
        <source>Inconvenience</source>
        <translation>Ketidaknyamanan</translation>
    </message>
    <message>
        <source>Unclear policy</source>
        <translation>Kebijakan tidak jelas</translation>
    </message>
    <message>
        <source>Waited too long</source>
        <translation>Menunggu terlalu lama</translation>
    </message>
    <message>
        <source>Bad experience before</source>
        <translation>Pengalaman buruk sebelumnya</translation>
    </message>
    <message>
        <source>Personal stress</source>
        <translation>Tekanan pribadi</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 jam</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Sudah ditinjau</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Perlu ditinjau</translation>
    </message>
    <message>
        <source>Call started at “%1”</source>
        <translation>Panggilan dimulai di “%1”</translation>
    </message>
    <message>
        <source>Went to “%1”</source>
        <translation>Pindah ke “%1”</translation>
    </message>
    <message>
        <source>Ticked “%1”</source>
        <translation>Mencentang “%1”</translation>
    </message>
    <message>
        <source>Unticked “%1”</source>
        <translation>Menghapus centang “%1”</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Panggilan berakhir</translation>
    </message>
    <message>
        <source>Wrap-up saved</source>
        <translation>Penyelesaian disimpan</translation>
    </message>
    <message>
        <source>Resumed after a restart</source>
        <translation>Dilanjutkan setelah mulai ulang</translation>
    </message>
    <message>
        <source>Asked to hold (about %1)</source>
        <translation>Meminta izin menahan (sekitar %1)</translation>
    </message>
    <message>
        <source>Caller&apos;s answer to hold: %1</source>
        <translation>Jawaban penelepon soal penahanan: %1</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Progress report to the caller</source>
        <translation>Kabar perkembangan kepada penelepon</translation>
    </message>
    <message>
        <source>Back from hold</source>
        <translation>Kembali dari penahanan</translation>
    </message>
    <message>
        <source>Offered a call-back</source>
        <translation>Menawarkan panggilan balik</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Pengalihan ke %1</translation>
    </message>
    <message>
        <source>Transfer announced to the colleague</source>
        <translation>Pengalihan diperkenalkan kepada rekan</translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation>Pengalihan selesai</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Pengalihan gagal</translation>
    </message>
    <message>
        <source>Complaint logged: reference %1, answer by %2</source>
        <translation>Keluhan dicatat: referensi %1, dijawab paling lambat %2</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identitas terverifikasi</translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation>Identitas tidak terverifikasi</translation>
    </message>
    <message>
        <source>Reply sent; the coach found nothing to change</source>
        <translation>Balasan terkirim; pelatih kalimat tidak menemukan yang perlu diubah</translation>
    </message>
    <message>
        <source>Reply sent with %1 coach findings: %2</source>
        <translation>Balasan terkirim dengan %1 temuan pelatih kalimat: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>ServiceLevelChart</name>
    <message>
        <source>Service level</source>
        <translation>Tingkat layanan</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Okupansi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Agents in the prediction</source>
        <translation>Agen dalam prediksi</translation>
    </message>
    <message>
        <source>Service level and occupancy by agents</source>
        <translation>Tingkat layanan dan okupansi menurut jumlah agen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agen</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Wrong passphrase; try again.</source>
        <translation>Frasa sandi salah; coba lagi.</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Gunakan minimal 8 karakter.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Name said in the greeting.</source>
        <translation>Nama yang diucapkan dalam salam.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departemen</translation>
    </message>
    <message>
        <source>Department said in the greeting.</source>
        <translation>Departemen yang diucapkan dalam salam.</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Kunci setelah tidak aktif (menit)</translation>
    </message>
    <message>
        <source>0 never locks.</source>
        <translation>0 tidak pernah mengunci.</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Wilayah telepon bawaan</translation>
    </message>
    <message>
        <source>Two-letter country code for numbers without +.</source>
        <translation>Kode negara dua huruf untuk nomor tanpa +.</translation>
    </message>
    <message>
        <source>Forms of address</source>
        <translation>Sapaan hormat</translation>
    </message>
    <message>
        <source>Offered for customers, in this order: any of Mr, Mrs, Ms, Miss, Mx, Dr, first name.</source>
        <translation>Ditawarkan untuk pelanggan, dalam urutan ini: salah satu dari Mr, Mrs, Ms, Miss, Mx, Dr, first name (nama depan saja).</translation>
    </message>
    <message>
        <source>Hold progress report every (s)</source>
        <translation>Kabar perkembangan saat ditahan setiap (dtk)</translation>
    </message>
    <message>
        <source>Prompt to check back on a held caller.</source>
        <translation>Pengingat untuk kembali menyapa penelepon yang ditahan.</translation>
    </message>
    <message>
        <source>Complaint answered within (days)</source>
        <translation>Keluhan dijawab dalam (hari)</translation>
    </message>
    <message>
        <source>The timescale promised to a customer who complains.</source>
        <translation>Jangka waktu yang dijanjikan kepada pelanggan yang mengeluh.</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Cadangan yang disimpan</translation>
    </message>
    <message>
        <source>Older backups are removed.</source>
        <translation>Cadangan yang lebih lama dihapus.</translation>
    </message>
    <message>
        <source>Keep notes (days)</source>
        <translation>Simpan catatan (hari)</translation>
    </message>
    <message>
        <source>Notes older than this are deleted; 0 keeps them.</source>
        <translation>Catatan yang lebih lama dihapus; 0 menyimpannya.</translation>
    </message>
    <message>
        <source>Keep call details (days)</source>
        <translation>Simpan rincian panggilan (hari)</translation>
    </message>
    <message>
        <source>After this the caller&apos;s details in a call are destroyed; figures stay.</source>
        <translation>Setelah ini data penelepon dalam panggilan dimusnahkan; angka statistik tetap ada.</translation>
    </message>
    <message>
        <source>Keep inactive customers (days)</source>
        <translation>Simpan pelanggan tidak aktif (hari)</translation>
    </message>
    <message>
        <source>Customers with no contact for this long are erased; 0 keeps them.</source>
        <translation>Pelanggan tanpa kontak selama ini dihapus; 0 menyimpannya.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Required: this is said in the greeting.</source>
        <translation>Wajib: ini diucapkan dalam salam.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>Letters, digits and punctuation only.</source>
        <translation>Hanya huruf, angka, dan tanda baca.</translation>
    </message>
    <message>
        <source>A two-letter country code such as GB, IT or ID.</source>
        <translation>Kode negara dua huruf seperti GB, IT, atau ID.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Minimal %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Maksimal %1.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Salah satu dari: %1.</translation>
    </message>
    <message>
        <source>A comma-separated list of Mr, Mrs, Ms, Miss, Mx, Dr, first name.</source>
        <translation>Daftar dipisahkan koma dari Mr, Mrs, Ms, Miss, Mx, Dr, first name (nama depan saja).</translation>
    </message>
    <message>
        <source>Not a form of address: %1.</source>
        <translation>Bukan sapaan hormat: %1.</translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation>Nilai tidak valid.</translation>
    </message>
    <message>
        <source>Some settings need correcting (see above).</source>
        <translation>Beberapa pengaturan perlu diperbaiki (lihat di atas).</translation>
    </message>
</context>
<context>
    <name>SnippetPopup</name>
    <message>
        <source>Canned responses</source>
        <translation>Balasan siap pakai</translation>
    </message>
</context>
<context>
    <name>SpreadChart</name>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Script to say in your own words</source>
        <translation>Skrip untuk diucapkan dengan kata-kata Anda sendiri</translation>
    </message>
</context>
<context>
    <name>StepTrail</name>
    <message>
        <source>Steps so far: %1</source>
        <translation>Langkah sejauh ini: %1</translation>
    </message>
</context>
<context>
    <name>SupportBox</name>
    <message>
        <source>How to help this customer</source>
        <translation>Cara membantu pelanggan ini</translation>
    </message>
    <message>
        <source>Extra support</source>
        <translation>Dukungan tambahan</translation>
    </message>
    <message>
        <source>Extra support: %1</source>
        <translation>Dukungan tambahan: %1</translation>
    </message>
    <message>
        <source>ask what would help</source>
        <translation>tanyakan apa yang akan membantu</translation>
    </message>
    <message>
        <source>confirm by %1</source>
        <translation>konfirmasi melalui %1</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>Disepakati: %1</translation>
    </message>
    <message>
        <source>Nothing agreed yet: ask what would make contact easier.</source>
        <translation>Belum ada yang disepakati: tanyakan apa yang akan memudahkan komunikasi.</translation>
    </message>
</context>
<context>
    <name>SupportForm</name>
    <message>
        <source>Extra support</source>
        <translation>Dukungan tambahan</translation>
    </message>
    <message>
        <source>Record only what the customer has told you and agreed to. It is kept encrypted, shown to whoever serves them, and exported or erased with the card.</source>
        <translation>Catat hanya apa yang disampaikan dan disetujui pelanggan. Data ini disimpan terenkripsi, ditampilkan kepada siapa pun yang melayaninya, serta diekspor atau dihapus bersama kartunya.</translation>
    </message>
    <message>
        <source>(no second channel)</source>
        <translation>(tanpa saluran kedua)</translation>
    </message>
    <message>
        <source>Anything else agreed, in the customer&apos;s words</source>
        <translation>Hal lain yang disepakati, dengan kata-kata pelanggan</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Agreed adjustments</source>
        <translation>Penyesuaian yang disepakati</translation>
    </message>
    <message>
        <source>Confirm &amp;by</source>
        <translation>Konfirmasi &amp;melalui</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>&amp;Lainnya</translation>
    </message>
    <message>
        <source>Other: at most %1 characters.</source>
        <translation>Lainnya: maksimal %1 karakter.</translation>
    </message>
</context>
<context>
    <name>SupportWords</name>
    <message>
        <source>Older caller</source>
        <translation>Penelepon lanjut usia</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Pendengaran</translation>
    </message>
    <message>
        <source>Sight</source>
        <translation>Penglihatan</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Bicara</translation>
    </message>
    <message>
        <source>Understanding or memory</source>
        <translation>Pemahaman atau ingatan</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Kesehatan mental</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Slower pace</source>
        <translation>Tempo bicara lebih pelan</translation>
    </message>
    <message>
        <source>More time to answer</source>
        <translation>Waktu lebih lama untuk menjawab</translation>
    </message>
    <message>
        <source>Check understanding</source>
        <translation>Pastikan pemahaman</translation>
    </message>
    <message>
        <source>Confirm in writing</source>
        <translation>Konfirmasi secara tertulis</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Cetakan huruf besar</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Bahasa mudah dibaca</translation>
    </message>
    <message>
        <source>Text relay or chat</source>
        <translation>Layanan relai teks atau obrolan</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Juru bahasa</translation>
    </message>
    <message>
        <source>May speak with a trusted person</source>
        <translation>Boleh berbicara bersama orang kepercayaan</translation>
    </message>
    <message>
        <source>Call-back instead of holding</source>
        <translation>Panggilan balik alih-alih ditahan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
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
        <translation>Kata sandi &amp;Bapak/Ibu:</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>agen</translation>
    </message>
    <message>
        <source>team leader</source>
        <translation>pemimpin tim</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nama &amp;tampilan:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>P&amp;eran:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Tambah anggota</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ha&amp;pus</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>Team key</source>
        <translation>Kunci tim</translation>
    </message>
    <message>
        <source>Ro&amp;tate the team key…</source>
        <translation>Per&amp;barui kunci tim…</translation>
    </message>
    <message>
        <source>A new team key for everyone: every data key on the server is re-wrapped; other workstations take it at their next sync. Removing a member rotates it too.</source>
        <translation>Kunci tim baru untuk semua: setiap kunci data di server dibungkus ulang; stasiun kerja lain menerimanya pada sinkronisasi berikutnya. Menghapus anggota juga memperbaruinya.</translation>
    </message>
    <message>
        <source>Added %1: they can log in at any workstation.</source>
        <translation>%1 ditambahkan: dapat masuk di stasiun kerja mana pun.</translation>
    </message>
    <message>
        <source>Remove %1 from the team? They can no longer log in anywhere, and the team key is rotated.</source>
        <translation>Hapus %1 dari tim? Ia tidak dapat masuk di mana pun lagi, dan kunci tim akan diperbarui.</translation>
    </message>
    <message>
        <source>Removed %1: they can no longer log in at any workstation.</source>
        <translation>%1 dihapus: tidak dapat lagi masuk di stasiun kerja mana pun.</translation>
    </message>
    <message>
        <source>Rotate the team key</source>
        <translation>Perbarui kunci tim</translation>
    </message>
    <message>
        <source>Make a new team key for the whole team now? This workstation must reach the team database.</source>
        <translation>Buat kunci tim baru untuk seluruh tim sekarang? Stasiun kerja ini harus dapat menjangkau basis data tim.</translation>
    </message>
    <message>
        <source>The team key was rotated.</source>
        <translation>Kunci tim telah diperbarui.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team database — agentdesk</source>
        <translation>Basis data tim — agentdesk</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>Replaced value</source>
        <translation>Nilai yang diganti</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Konfirmasi</translation>
    </message>
    <message>
        <source>The record keeps the value it has now. To keep the replaced value instead, edit the record as usual, then confirm.</source>
        <translation>Data tetap memakai nilai saat ini. Untuk memakai nilai yang diganti, ubah data seperti biasa, lalu konfirmasi.</translation>
    </message>
    <message>
        <source>The same field was changed on two workstations while they could not see each other&apos;s work. The later change is in the record now; the value it replaced is kept here until a team leader confirms.</source>
        <translation>Kolom yang sama diubah di dua stasiun kerja saat keduanya tidak dapat melihat pekerjaan satu sama lain. Perubahan yang lebih akhir kini ada di data; nilai yang digantinya disimpan di sini sampai pemimpin tim mengonfirmasi.</translation>
    </message>
    <message>
        <source>C&amp;onflicts</source>
        <translation>K&amp;onflik</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>&amp;Acknowledge all</source>
        <translation>&amp;Tandai semua sudah dilihat</translation>
    </message>
    <message>
        <source>Changes made on this workstation that the team database refused (for example a deletion only a team leader may make, or a note for a customer erased meanwhile). They are not on the server; this list keeps them in view until you acknowledge them.</source>
        <translation>Perubahan di stasiun kerja ini yang ditolak basis data tim (misalnya penghapusan yang hanya boleh dilakukan pemimpin tim, atau catatan untuk pelanggan yang sementara itu sudah dihapus). Perubahan ini tidak ada di server; daftar ini menampilkannya sampai Anda menandainya sudah dilihat.</translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation>Perubahan yang &amp;ditolak</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministrasi</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Anggota tim</translation>
    </message>
    <message>
        <source>Team database:</source>
        <translation>Basis data tim:</translation>
    </message>
    <message>
        <source>This workstation:</source>
        <translation>Stasiun kerja ini:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>To look at:</source>
        <translation>Perlu dilihat:</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Si&amp;nkronkan sekarang</translation>
    </message>
    <message>
        <source>Members (every account logs in at any workstation):</source>
        <translation>Anggota (setiap akun dapat masuk di stasiun kerja mana pun):</translation>
    </message>
    <message>
        <source>team leader</source>
        <translation>pemimpin tim</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>agen</translation>
    </message>
    <message>
        <source>(the member list is shown to team leaders)</source>
        <translation>(daftar anggota ditampilkan untuk pemimpin tim)</translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>%n perubahan ditolak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to confirm</source>
        <translation>
            <numerusform>%n konflik perlu dikonfirmasi</numerusform>
        </translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>penghapusan</translation>
    </message>
    <message>
        <source>change</source>
        <translation>perubahan</translation>
    </message>
    <message>
        <source>the record it belongs to was erased meanwhile</source>
        <translation>data induknya sudah dihapus sementara itu</translation>
    </message>
    <message>
        <source>only a team leader may do this</source>
        <translation>hanya pemimpin tim yang boleh melakukan ini</translation>
    </message>
    <message>
        <source>another workstation saved the same record first</source>
        <translation>stasiun kerja lain menyimpan data yang sama lebih dulu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Directory entry</source>
        <translation>Entri direktori</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>Balasan siap pakai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
</context>
<context>
    <name>TeamInitDialog</name>
    <message>
        <source>Start a team database</source>
        <translation>Mulai basis data tim</translation>
    </message>
    <message>
        <source>&amp;Owner&apos;s address:</source>
        <translation>&amp;Alamat pemilik:</translation>
    </message>
    <message>
        <source>&amp;Your password:</source>
        <translation>Kata sandi &amp;Bapak/Ibu:</translation>
    </message>
    <message>
        <source>Creates the team database from this workstation&apos;s data, which is uploaded encrypted. The owner&apos;s password is used once and not kept. Other workstations then join with File ▸ Join a team database… or `agentdesk team join`.</source>
        <translation>Membuat basis data tim dari data stasiun kerja ini, yang diunggah dalam keadaan terenkripsi. Kata sandi pemilik hanya dipakai sekali dan tidak disimpan. Stasiun kerja lain kemudian bergabung melalui Berkas ▸ Gabung ke basis data tim… atau `agentdesk team join`.</translation>
    </message>
    <message>
        <source>Creating the team database and uploading this workstation&apos;s data…</source>
        <translation>Membuat basis data tim dan mengunggah data stasiun kerja ini…</translation>
    </message>
    <message>
        <source>Team database ready: log in again to start syncing.</source>
        <translation>Basis data tim siap: silakan masuk kembali untuk memulai sinkronisasi.</translation>
    </message>
</context>
<context>
    <name>TeamJoinDialog</name>
    <message>
        <source>Join a team database</source>
        <translation>Gabung ke basis data tim</translation>
    </message>
    <message>
        <source>Team database &amp;address:</source>
        <translation>&amp;Alamat basis data tim:</translation>
    </message>
    <message>
        <source>Team &amp;account:</source>
        <translation>Ak&amp;un tim:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>This workstation&apos;s pass&amp;phrase:</source>
        <translation>&amp;Frasa sandi stasiun kerja ini:</translation>
    </message>
    <message>
        <source>This workstation becomes one of the team&apos;s. Its own accounts (yours too), knowledge articles, canned responses, transfer directory and forecast are replaced by the team&apos;s, and its key by the team key; its audit log goes to the team database. A workstation that holds customer data cannot join: start a team database from it instead. When the join is done, agentdesk starts again and any team account can log in.</source>
        <translation>Stasiun kerja ini menjadi bagian dari tim. Akun-akunnya sendiri (termasuk akun Anda), artikel basis pengetahuan, balasan siap pakai, direktori pengalihan, dan prakiraan diganti dengan milik tim, dan kuncinya diganti dengan kunci tim; log auditnya dikirim ke basis data tim. Stasiun kerja yang berisi data pelanggan tidak dapat bergabung: mulailah basis data tim dari stasiun kerja itu. Setelah selesai, agentdesk dimulai ulang dan akun tim mana pun dapat masuk.</translation>
    </message>
    <message>
        <source>Finish first: %1</source>
        <translation>Selesaikan dulu: %1</translation>
    </message>
    <message>
        <source>Joining: checking the team account, switching this workstation to the team key and downloading the team&apos;s data…</source>
        <translation>Sedang bergabung: memeriksa akun tim, mengalihkan stasiun kerja ini ke kunci tim, dan mengunduh data tim…</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Type the team database&apos;s address first: postgresql://…@server/agentdesk</source>
        <translation>Ketik dulu alamat basis data tim: postgresql://…@server/agentdesk</translation>
    </message>
</context>
<context>
    <name>TeamStatusLabel</name>
    <message>
        <source>Changes made here wait in this workstation&apos;s database and are sent when the team database can be reached; nothing is lost while offline.</source>
        <translation>Perubahan di sini menunggu di basis data stasiun kerja ini dan dikirim saat basis data tim dapat dijangkau; tidak ada yang hilang selama luring.</translation>
    </message>
    <message numerus="yes">
        <source>Team database: sending %n change(s)</source>
        <translation>
            <numerusform>Basis data tim: mengirim %n perubahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team database: up to date — %n change(s) waiting for %1 to log in here</source>
        <translation>
            <numerusform>Basis data tim: mutakhir — %n perubahan menunggu %1 masuk di sini</numerusform>
        </translation>
    </message>
    <message>
        <source>Team database: up to date</source>
        <translation>Basis data tim: mutakhir</translation>
    </message>
    <message numerus="yes">
        <source>Team database: offline since %1 — %n change(s) waiting</source>
        <translation>
            <numerusform>Basis data tim: luring sejak %1 — %n perubahan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Team database: offline since %1</source>
        <translation>Basis data tim: luring sejak %1</translation>
    </message>
    <message>
        <source>Team database: the team key was changed — log in again to keep syncing</source>
        <translation>Basis data tim: kunci tim telah diganti — masuk lagi untuk melanjutkan sinkronisasi</translation>
    </message>
    <message>
        <source>Team database: sync problem: the server refused %1</source>
        <translation>Basis data tim: masalah sinkronisasi: server menolak %1</translation>
    </message>
    <message>
        <source>Team database: sync problem: %1</source>
        <translation>Basis data tim: masalah sinkronisasi: %1</translation>
    </message>
    <message>
        <source>Team database: connecting…</source>
        <translation>Basis data tim: menyambungkan…</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <source>Announce the call to %1, then connect.</source>
        <translation>Perkenalkan panggilan kepada %1, lalu sambungkan.</translation>
    </message>
    <message>
        <source>Cold transfer to %1: connect when ready.</source>
        <translation>Pengalihan dingin ke %1: sambungkan bila siap.</translation>
    </message>
    <message>
        <source>Connected. Press Ctrl+Return to record the transfer and wrap up.</source>
        <translation>Tersambung. Tekan Ctrl+Return untuk mencatat pengalihan dan menyelesaikan panggilan.</translation>
    </message>
    <message>
        <source>my colleague</source>
        <translation>rekan saya</translation>
    </message>
    <message>
        <source>I&apos;m sorry[, {caller_name}], %1 can&apos;t take your call just now. I can take a message, or arrange a call-back. Which would you prefer?</source>
        <translation>Mohon maaf[, {caller_name}], %1 belum dapat menerima panggilan Bapak/Ibu saat ini. Saya dapat mencatat pesan, atau mengatur panggilan balik. Mana yang Bapak/Ibu pilih?</translation>
    </message>
    <message>
        <source>a colleague who can help</source>
        <translation>rekan yang dapat membantu</translation>
    </message>
    <message>
        <source>I&apos;ll put you through to %1[, {caller_name}]: %2. I&apos;ll tell them what you&apos;ve told me, so you won&apos;t need to repeat it. Is that all right?</source>
        <translation>Saya akan menyambungkan Bapak/Ibu ke %1[, {caller_name}]: %2. Saya akan menyampaikan apa yang sudah Bapak/Ibu ceritakan, jadi Bapak/Ibu tidak perlu mengulanginya. Apakah berkenan?</translation>
    </message>
    <message>
        <source>I&apos;ll put you through to %1[, {caller_name}]. I&apos;ll tell them what you&apos;ve told me, so you won&apos;t need to repeat it. Is that all right?</source>
        <translation>Saya akan menyambungkan Bapak/Ibu ke %1[, {caller_name}]. Saya akan menyampaikan apa yang sudah Bapak/Ibu ceritakan, jadi Bapak/Ibu tidak perlu mengulanginya. Apakah berkenan?</translation>
    </message>
    <message>
        <source>they look after %1</source>
        <translation>beliau menangani %1</translation>
    </message>
    <message>
        <source>Copied — cop&amp;y again</source>
        <translation>Tersalin — sa&amp;lin lagi</translation>
    </message>
    <message>
        <source>Record how the transfer went first: Connected, or Not possible.</source>
        <translation>Catat dulu hasil pengalihan: Tersambung, atau Tidak mungkin.</translation>
    </message>
</context>
<context>
    <name>TransitionBar</name>
    <message>
        <source>Move on anyway…</source>
        <translation>Tetap lanjutkan…</translation>
    </message>
    <message>
        <source>Skip what is missing and go on; the call log records it as skipped</source>
        <translation>Lewati yang kurang dan lanjutkan; catatan panggilan mencatatnya sebagai dilewati</translation>
    </message>
    <message>
        <source>To move on anyway press %1 twice, or use “Move on anyway…”.</source>
        <translation>Untuk tetap lanjut tekan %1 dua kali, atau gunakan “Tetap lanjutkan…”.</translation>
    </message>
    <message>
        <source>To move on anyway use “Move on anyway…”.</source>
        <translation>Untuk tetap lanjut gunakan “Tetap lanjutkan…”.</translation>
    </message>
    <message>
        <source>Press %1 again to move on anyway (recorded as skipped).</source>
        <translation>Tekan %1 lagi untuk tetap lanjut (dicatat sebagai dilewati).</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>Customer&apos;s verdict on the last call</source>
        <translation>Penilaian pelanggan atas panggilan terakhir</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Customer&apos;s verdict</source>
        <translation>Penilaian pelanggan</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Seluruh tim</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>% satisfied (4–5)</source>
        <translation>% puas (4–5)</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>mean (7: easy)</source>
        <translation>rata-rata (7: mudah)</translation>
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
        <translation>&amp;Impor hasil survei…</translation>
    </message>
    <message>
        <source>A CSV from the survey tool: interaction_id (or caller_number and time), survey and score (or csat, ces, nps columns), comment</source>
        <translation>CSV dari alat survei: interaction_id (atau caller_number dan waktu), survey dan score (atau kolom csat, ces, nps), comment</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 jawaban</translation>
    </message>
    <message>
        <source>CSAT: answers per score (1–5)</source>
        <translation>CSAT: jawaban per skor (1–5)</translation>
    </message>
    <message>
        <source>CES: answers per score (1–7, 7 easiest)</source>
        <translation>CES: jawaban per skor (1–7, 7 paling mudah)</translation>
    </message>
    <message>
        <source>NPS: answers per score (0–10)</source>
        <translation>NPS: jawaban per skor (0–10)</translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation>Impor hasil survei</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Survey results: %1 new, %2 updated, %3 rows not imported.</source>
        <translation>Hasil survei: %1 baru, %2 diperbarui, %3 baris tidak diimpor.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>VerdictTab</name>
    <message>
        <source>The customer&apos;s own words (optional)</source>
        <translation>Kata-kata pelanggan sendiri (opsional)</translation>
    </message>
    <message>
        <source>&amp;Record answer</source>
        <translation>&amp;Catat jawaban</translation>
    </message>
    <message>
        <source>Sur&amp;vey</source>
        <translation>Sur&amp;vei</translation>
    </message>
    <message>
        <source>S&amp;core</source>
        <translation>S&amp;kor</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Ko&amp;mentar</translation>
    </message>
    <message>
        <source>CSAT — satisfaction, 1 to 5</source>
        <translation>CSAT — kepuasan, 1 sampai 5</translation>
    </message>
    <message>
        <source>CES — effort, 1 to 7 (7: very easy)</source>
        <translation>CES — usaha, 1 sampai 7 (7: sangat mudah)</translation>
    </message>
    <message>
        <source>NPS — would recommend, 0 to 10</source>
        <translation>NPS — akan merekomendasikan, 0 sampai 10</translation>
    </message>
    <message>
        <source>No answer from the customer yet.</source>
        <translation>Belum ada jawaban dari pelanggan.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>dimasukkan</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Tick each answer that matches the account. Never read the answer out; until the caller passes, only their name is shown.</source>
        <translation>Centang setiap jawaban yang sesuai dengan data akun. Jangan pernah membacakan jawabannya; sampai penelepon lolos, hanya namanya yang ditampilkan.</translation>
    </message>
    <message>
        <source>&amp;Identity verified</source>
        <translation>Identitas &amp;terverifikasi</translation>
    </message>
    <message>
        <source>Could not v&amp;erify</source>
        <translation>Tidak &amp;dapat diverifikasi</translation>
    </message>
    <message>
        <source>Check the caller&apos;s identity</source>
        <translation>Periksa identitas penelepon</translation>
    </message>
    <message>
        <source>%1 of %2 needed answers match</source>
        <translation>%1 dari %2 jawaban yang diperlukan cocok</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <source>Save wrap-up (Ctrl+Return)</source>
        <translation>Simpan penyelesaian (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Store the outcome and end after-call work</source>
        <translation>Simpan hasil dan akhiri pekerjaan pasca-panggilan</translation>
    </message>
</context>
<context>
    <name>_DateInput</name>
    <message>
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
</context>
<context>
    <name>frame</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 terlambat</translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation>%1 jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Follow-ups: %1 (Ctrl+Shift+F)</source>
        <translation>Tindak lanjut: %1 (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>self._frame</name>
    <message>
        <source>Follow-up due now (%1): %2 — Ctrl+Shift+F to open the list</source>
        <translation>Tindak lanjut jatuh tempo sekarang (%1): %2 — Ctrl+Shift+F untuk membuka daftar</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(dan %1 lainnya)</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Playbook</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <source>in call</source>
        <translation>dalam panggilan</translation>
    </message>
    <message>
        <source>after-call work</source>
        <translation>pekerjaan pasca-panggilan</translation>
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
        <translation>Ada panggilan yang sedang berlangsung.</translation>
    </message>
    <message>
        <source>This call&apos;s wrap-up is not saved yet.</source>
        <translation>Penyelesaian panggilan ini belum disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact (%n entries)</source>
        <translation>
            <numerusform>Log audit utuh (%n entri)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log altered at entry %1</source>
        <translation>Log audit diubah pada entri %1</translation>
    </message>
    <message>
        <source>Audit log: entries removed, found at entry %1</source>
        <translation>Log audit: ada entri yang dihapus, ditemukan pada entri %1</translation>
    </message>
    <message>
        <source>Audit log: newest entries missing</source>
        <translation>Log audit: entri terbaru hilang</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Basis pengetahuan</translation>
    </message>
    <message>
        <source>customer note</source>
        <translation>catatan pelanggan</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>New coaching feedback: %1 (F9)</source>
        <translation>Umpan balik pembinaan baru: %1 (F9)</translation>
    </message>
</context>
</TS>
