"""Which interface language an account gets, and plural forms (core, no Qt)."""

from hypothesis import given
from hypothesis import strategies as st

from agentdesk.i18n import (
    available_languages,
    bundled_languages,
    choose_language,
    language_of_locale,
    plural_index,
)

OFFERED = ("en", "it", "id")


def test_the_bundled_catalogues_offer_english_italian_and_indonesian():
    assert bundled_languages() == ("en", "id", "it")


def test_a_team_adds_a_language_by_adding_a_catalogue(tmp_path):
    (tmp_path / "agentdesk_it.ts").write_text("<TS/>")
    (tmp_path / "agentdesk_fr.ts").write_text("<TS/>")
    (tmp_path / "agentdesk_NOT-A-CODE.ts").write_text("<TS/>")
    assert available_languages(tmp_path) == ("en", "fr", "it")


def test_locale_names_give_their_language():
    assert language_of_locale("it_IT.UTF-8") == "it"
    assert language_of_locale("in_ID") == "id"  # glibc's old code for Indonesian
    assert language_of_locale("id-ID") == "id"
    assert language_of_locale("C") == ""
    assert language_of_locale("") == "" and language_of_locale(None) == ""


def test_the_account_choice_wins_then_the_system_then_english():
    assert choose_language("id", "it_IT", OFFERED) == "id"
    assert choose_language("", "it_IT.UTF-8", OFFERED) == "it"
    assert choose_language(None, "fr_FR", OFFERED) == "en"
    assert choose_language("fr", "C.UTF-8", OFFERED) == "en"  # a catalogue since removed


@given(st.one_of(st.none(), st.text(max_size=20)), st.one_of(st.none(), st.text(max_size=30)))
def test_any_input_gives_an_offered_language(account, system):
    assert choose_language(account, system, OFFERED) in OFFERED


def test_plural_forms_follow_each_language():
    assert [plural_index("it", n) for n in (0, 1, 2, 11)] == [1, 0, 1, 1]
    assert [plural_index("id", n) for n in (0, 1, 2)] == [0, 0, 0]
