"""The drafts notice counts what it kept: one draft is "it", never "they" (seen with a single
half-typed message: "They stay kept until you save or clear them.")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from agentdesk.paths import resources_dir
from agentdesk.services.drafts import PendingDraft
from agentdesk.ui.call.drafts_notice import DraftsNotice
from agentdesk.ui.translation import Translators

NOW = datetime.now(UTC)
ONE_NOTE = "From your last session: 1 unsaved note."
TWO_NOTE_IT = "Dall'ultima sessione: 2 note non salvate."
KEPT_IT = "Le bozze restano finché non le salva o le cancella."


def kept(*kinds: str) -> list[PendingDraft]:
    def one(i: int, kind: str) -> PendingDraft:
        customer = f"c{i}" if kind == "note" else None
        return PendingDraft(str(i), kind, customer or "current", customer, {}, NOW)

    return [one(i, kind) for i, kind in enumerate(kinds)]


@pytest.fixture
def speak(qapp):
    translators = Translators(resources_dir() / "i18n")
    default = QLocale()
    yield translators.use
    translators.use("en")
    QLocale.setDefault(default)


@pytest.mark.parametrize(
    ("language", "kinds", "wanted", "unwanted"),
    [
        ("en", ("message",), "Kept until you save or clear the draft.", "them"),
        ("en", ("note",), f"{ONE_NOTE} Kept until you save or clear the draft.", "notes"),
        ("en", ("note", "note", "message"), "From your last session: 2 unsaved notes. ", None),
        ("en", ("note", "message"), "Kept until you save or clear the drafts.", None),
        ("it", ("message",), "La bozza resta finché non la salva o la cancella.", "le salva"),
        ("it", ("note", "note"), f"{TWO_NOTE_IT} {KEPT_IT}", None),
        ("id", ("message",), "Draf tetap ada sampai Anda menyimpan atau menghapusnya.", "Semua"),
    ],
)
def test_the_notice_words_agree_with_the_count(qtbot, speak, language, kinds, wanted, unwanted):
    speak(language)
    notice = DraftsNotice()
    qtbot.addWidget(notice)
    assert notice.offer(kept(*kinds), lambda _customer: None, lambda: None)
    text = notice.text.text()
    assert wanted in text
    assert unwanted is None or unwanted not in text
