"""Italian and Indonesian coach rules are as complete as the English ones (#20).

Every English rule has a rule of the same id and category in each language, no category has
fewer rules than in English, and the glossaries are of comparable size. That each of those
rules fires on a sentence of its own is checked by test_coach_corpus.py (corpus_it.yaml,
corpus_id.yaml); here: positive uses of absolute words stay quiet, and spoken Indonesian
("nggak", "udah") is read as the standard words the rules are written in.
"""

from __future__ import annotations

import pytest

from agentdesk.coach import CATEGORIES, analyse, apply_all

FIXTURE = {"it": "it", "id": "id_rules"}
TONE = [c for c in CATEGORIES if c != "jargon"]
# Share of the English glossary each language must keep: the English one also holds
# English-only terms (BACS, PAC code, "kindly revert") that have no counterpart.
GLOSSARY_SHARE = 0.9


@pytest.mark.parametrize("language", sorted(FIXTURE))
def test_no_category_has_fewer_rules_than_english(request, en, language):
    rules = request.getfixturevalue(FIXTURE[language])
    ours, english = rules.counts(), en.counts()
    short = {c: (ours[c], english[c]) for c in TONE if ours[c] < english[c]}
    assert not short, f"{language}: (rules, English rules) per category: {short}"


@pytest.mark.parametrize("language", sorted(FIXTURE))
def test_every_english_rule_has_a_rule_of_the_same_id(request, en, language):
    rules = request.getfixturevalue(FIXTURE[language])
    ours = {r.id: r.category for r in rules.rules if r.category != "jargon"}
    missing = [r.id for r in en.rules if r.category != "jargon" and r.id not in ours]
    assert not missing, f"{language} has no rule for {missing}"
    moved = [r.id for r in en.rules if r.id in ours and ours[r.id] != r.category]
    assert not moved, f"{language} files these under another category: {moved}"


@pytest.mark.parametrize("language", sorted(FIXTURE))
def test_glossary_is_comparable_in_size(request, en, language):
    rules = request.getfixturevalue(FIXTURE[language])
    assert rules.counts()["jargon"] >= GLOSSARY_SHARE * en.counts()["jargon"]


POSITIVE = {
    "it": [
        "Siamo sempre a sua disposizione.",
        "Lei è sempre la benvenuta nei nostri negozi.",
        "Può sempre richiamarci, anche di sera.",
        "Come sempre, le mando il riepilogo per e-mail.",
        "Non le chiederemo mai la password.",
        "Non cederemo mai i suoi dati a nessuno.",
        "Nessuno le chiederà mai il codice della carta.",
        "Chiunque di noi può aiutarla.",
        "Può chiamarci ogni volta che vuole.",
        "Non posso che ringraziarla per la pazienza.",
        "Meglio tardi che mai, il pacco è arrivato.",
        "Sempre che lei sia d'accordo, procedo con il cambio.",
        "Stia tranquillo, ci penso io.",
        "Lavoro in un call center da cinque anni.",
    ],
    "id": [
        "Kami selalu siap membantu Bapak.",
        "Kami selalu ada untuk Ibu.",
        "Kami tidak akan pernah meminta kata sandi Bapak.",
        "Bank tidak pernah menanyakan PIN melalui telepon.",
        "Kami nggak akan pernah meminta kata sandi Ibu.",
        "Ibu selalu bisa menghubungi kami kapan saja.",
        "Data Bapak selalu kami jaga.",
        "Terima kasih sudah selalu setia, Bu.",
        "Semua orang di tim kami siap membantu.",
        "Sama sekali tidak ada biaya tambahan.",
        "Setiap kali Bapak membutuhkan bantuan, hubungi kami.",
        "Maaf, saya tidak tahu bahwa Ibu sudah menelepon.",
        "Semoga membantu ya, Pak.",
        "Tiket pesawat Ibu sudah terbit.",
    ],
}


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in sorted(POSITIVE.items()) for text in texts],
)
def test_positive_uses_of_absolute_words_are_allowed(request, language, text):
    rules = request.getfixturevalue(FIXTURE[language])
    assert [(f.rule_id, f.matched) for f in analyse(text, rules)] == []


@pytest.mark.parametrize(
    ("spoken", "standard"),
    [
        ("Saya nggak tahu, Pak.", "Saya tidak tahu, Pak."),
        ("Saya gak tau.", "Saya tidak tahu."),
        ("Bapak enggak usah marah.", "Bapak tidak usah marah."),
        ("Udah saya bilang tadi.", "Sudah saya bilang tadi."),
        ("Paketnya ga pernah sampai.", "Paketnya tidak pernah sampai."),
        ("Percuma aja, Bu.", "Percuma saja, Bu."),
        ("Kalo Bapak bisa, kirim fotonya.", "Kalau Bapak bisa, kirim fotonya."),
    ],
)
def test_spoken_indonesian_is_coached_like_the_standard_words(id_rules, spoken, standard):
    heard = [(f.rule_id, f.category) for f in analyse(spoken, id_rules)]
    assert heard and heard == [(f.rule_id, f.category) for f in analyse(standard, id_rules)]
    for finding in analyse(spoken, id_rules):
        assert spoken[finding.start : finding.end] == finding.matched


# Glossary replacements must leave a sentence that reads right: Italian articles agree with
# the plain word ("il ticket" -> "la pratica"), Indonesian passive verbs stay passive
# ("di-cancel" -> "dibatalkan", not "batalkan").
JARGON = {
    "it": [
        ("Ho aperto un ticket per lei.", "Ho aperto una pratica per lei."),
        ("Il ticket è in escalation.", "La pratica è all'esame di uno specialista."),
        ("La passo al secondo livello.", "La passo al team specialistico."),
        ("Le fisso un callback per domani.", "Le fisso un appuntamento telefonico per domani."),
        ("Non riesce a fare il login?", "Non riesce a fare l'accesso?"),
        ("Le mando il codice OTP.", "Le mando il codice monouso."),
        ("L'ordine è andato in KO.", "L'ordine non è andato a buon fine."),
        ("Il pacco è in giacenza.", "Il pacco è fermo al deposito del corriere."),
        ("Si prega di firmare entro e non oltre venerdì.", "La prego di firmare entro venerdì."),
        ("Il contratto in essere scade a maggio.", "Il contratto in corso scade a maggio."),
    ],
    "id": [
        ("Pesanan Bapak sudah di-cancel.", "Pesanan Bapak sudah dibatalkan."),
        ("Tiketnya sudah dieskalasi ke L2.", "Laporannya sudah diteruskan ke tim spesialis."),
        ("Nanti di-follow up oleh tim kami.", "Nanti ditindaklanjuti oleh tim kami."),
        ("Refund Ibu sedang on process.", "Pengembalian dana Ibu sedang diproses."),
        (
            "Mohon jangan berikan kode OTP kepada siapa pun.",
            "Mohon jangan berikan kode sekali pakai kepada siapa pun.",
        ),
        ("Teknisi kami akan visit besok.", "Teknisi kami akan berkunjung besok."),
        ("Aplikasinya sudah di-install ulang?", "Aplikasinya sudah dipasang ulang?"),
        ("Jaringan di daerah Bapak sedang down.", "Jaringan di daerah Bapak sedang gangguan."),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expect"),
    [
        (language, text, expect)
        for language, pairs in sorted(JARGON.items())
        for text, expect in pairs
    ],
)
def test_glossary_replacements_read_right(request, language, text, expect):
    rules = request.getfixturevalue(FIXTURE[language])
    findings = analyse(text, rules)
    assert findings and all(f.category == "jargon" for f in findings)
    assert apply_all(text, findings) == expect
