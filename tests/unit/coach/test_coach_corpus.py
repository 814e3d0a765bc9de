"""Every one-click replacement reads as a sentence, and notes keep their facts (#19).

corpus_en.yaml (and corpus_it.yaml, corpus_id.yaml) hold a real-looking sentence for every
rule with the sentence its replacement gives, checked by hand; rules whose suggestion is advice
(replace: false) must not replace anything. Generic checks catch what a hand check could miss.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from agentdesk.coach.analyser import analyse, apply, apply_all
from agentdesk.coach.model import RECORD_CATEGORIES


def _corpus(language: str) -> dict:
    path = Path(__file__).parent / f"corpus_{language}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


CORPUS = _corpus("en")
OTHER = {"it": _corpus("it"), "id": _corpus("id")}
FIXTURE = {"en": "en", "it": "it", "id": "id_rules"}
# A sentence that ends on one of these words lost its object ("What we can offer is.").
_DANGLING = re.compile(
    r"(\b(to|and|the|a|an|of)|\b(do|offer|help|consider|think) is)[.?!]$", re.IGNORECASE
)
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)


def test_every_rule_has_a_corpus_sentence(en):
    ids = {r.id for r in en.rules if r.category != "jargon"}
    assert ids == set(CORPUS), (ids - set(CORPUS), set(CORPUS) - ids)


@pytest.mark.parametrize("language", sorted(OTHER))
def test_every_italian_and_indonesian_rule_has_a_corpus_sentence(request, language):
    rules = request.getfixturevalue(FIXTURE[language])
    ids = {r.id for r in rules.rules if r.category != "jargon"}
    assert ids == set(OTHER[language]), (ids - set(OTHER[language]), set(OTHER[language]) - ids)


@pytest.mark.parametrize("rule_id", sorted(CORPUS))
def test_each_replacement_gives_the_checked_sentence(en, rule_id):
    check_entry(en, rule_id, CORPUS[rule_id])


@pytest.mark.parametrize(
    ("language", "rule_id"),
    [(language, rule_id) for language, corpus in sorted(OTHER.items()) for rule_id in corpus],
)
def test_each_italian_and_indonesian_replacement_gives_the_checked_sentence(
    request, language, rule_id
):
    rules = request.getfixturevalue(FIXTURE[language])
    check_entry(rules, rule_id, OTHER[language][rule_id])


def check_entry(rules, rule_id: str, entry: dict) -> None:
    found = [f for f in analyse(entry["text"], rules) if f.rule_id == rule_id]
    assert found, f"{rule_id} does not catch {entry['text']!r}"
    finding = found[0]
    if entry.get("advice"):
        assert not finding.replaceable and finding.suggestion
        with pytest.raises(ValueError):
            apply(entry["text"], finding)
        return
    assert finding.replaceable
    result = apply(entry["text"], finding)
    assert result == entry["expect"]
    assert result[:1].isupper(), result
    assert not _DANGLING.search(result), result
    assert not _DOUBLED.search(result), result
    assert ", ," not in result and ",," not in result and " ," not in result, result
    assert not re.search(r"[?!][.]$", result), result


@pytest.mark.parametrize(
    "note",
    [
        "Parcel never arrived; nobody called him back.",
        "Customer says the bill is always late and everyone in the street got the same.",
        "I cannot change the date, told the customer we will try to deliver Monday.",
        "Engine light on all the time; she would hate to lose the booking.",
    ],
)
def test_notes_keep_their_facts(en, note):
    findings = analyse(note, en, record=True)
    assert all(f.category in RECORD_CATEGORIES for f in findings)
    assert all(not f.replaceable and f.suggestion == "" for f in findings)
    assert not [f for f in findings if f.category in ("absolute", "reframe")]


def test_notes_still_flag_tone_but_replies_keep_the_full_coach(en):
    note = "Customer was told to calm down; he said the form is stupid."
    assert {f.rule_id for f in analyse(note, en, record=True)} >= {
        "aggressive.calm-down",
        "aggressive.stupid",
    }
    reply = "The parcel never arrived, I can see that."
    assert [f.rule_id for f in analyse(reply, en)] == ["absolute.never"]
    assert analyse(reply, en, record=True) == ()


# Sentences the rules used to turn into something else: "the parcel never arrived" became
# "rarely arrived", "nobody called him back" became "few people called him back", a parcel that
# is late became a colleague "not in the office", "non posso cambiare la data" became "what I
# can do is change the date", "non è mai arrivato" became "non è raramente arrivato". A reply
# may be flagged, but the one-click replacements must leave each of these saying what it said.
MEANING_TRAPS = {
    "en": [
        "The parcel never arrived.",
        "Your parcel never arrived, I can see that.",
        "Nobody called him back.",
        "No one has called you back yet, I am sorry.",
        "The depot is always closed on Sundays.",
        "The shop is always closed on Sundays, so the parcel comes on Monday.",
        "The meter has been read every time since March.",
        "The account is closed permanently.",
        "We found absolutely nothing on the line.",
        "In every case we send a letter first.",
        "The line drops all the time after nine.",
        "You are always welcome to call us back.",
    ],
    "it": [
        "Il suo pacco è in ritardo.",
        "Il pacco non è ancora arrivato.",
        "Mi dispiace che sua madre sta male.",
        "Non è colpa sua, il modulo era sbagliato.",
        "Non posso cambiare la data.",
        "Purtroppo non possiamo rimborsare la penale.",
        "È impossibile rimborsare la penale.",
        "Il pacco non è mai arrivato.",
        "Non l'ha richiamata nessuno.",
        "Il conto resta chiuso per sempre.",
        "Non c'è nessun problema con il suo conto.",
        "Mi dica se può venire lunedì.",
        "Lei deve ancora ricevere il rimborso.",
        "Il tecnico deve capire il guasto.",
        "Se lei non capisce la bolletta, mi chiami.",
        "Mi conferma che il sistema non funziona da ieri?",
        "Suo padre è in ospedale, capisco.",
    ],
    "id": [
        "Paket Anda belum datang.",
        "Kurirnya masih terjebak macet.",
        "Teknisi terlambat datang.",
        "Apakah air di kamar mandi Anda bocor?",
        "Anda bisa membayar di rumah sakit.",
        "Saya tidak tahu di mana paket Anda.",
        "Saya dengar ibu Anda sedang sakit.",
        "Paketnya tidak pernah sampai.",
        "Kami tidak pernah menerima pembayaran Anda.",
        "Saya tidak bisa mengubah tanggalnya.",
        "Itu tidak mungkin dilakukan hari ini.",
        "Koneksi Anda tidak masalah.",
        "Kalau Anda bisa datang besok, teknisi akan menunggu.",
        "Sudah saya bilang kepada teknisi untuk datang.",
        "Maaf, saya tidak tahu bahwa Anda sudah menelepon.",
        "Nomor seri itu tidak penting untuk klaim.",
        "Jika Anda tidak mengerti tagihannya, hubungi kami.",
        "Saya terpaksa membatalkan pesanan Anda.",
    ],
}


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in sorted(MEANING_TRAPS.items()) for text in texts],
)
def test_replacements_keep_the_meaning(request, language, text):
    rules = request.getfixturevalue(FIXTURE[language])
    assert apply_all(text, analyse(text, rules)) == text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il suo pacco è in ritardo."),
        ("it", "Il pacco non è ancora arrivato."),
        ("it", "Non è colpa sua, il modulo era sbagliato."),
        ("it", "Mi dispiace che sua madre sta male."),
        ("id", "Paket Anda belum datang."),
        ("id", "Apakah air di kamar mandi Anda bocor?"),
    ],
)
def test_parcels_and_kind_words_are_not_flagged(request, language, text):
    rules = request.getfixturevalue(FIXTURE[language])
    assert [f.rule_id for f in analyse(text, rules)] == []
