"""Installing a language: the app's catalogue, Qt's own texts, plurals, base-class texts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QDialogButtonBox

from agentdesk.services.identity import Identity, Role
from agentdesk.ui.language_dialog import LanguageDialog
from agentdesk.ui.tasks import ImmediateExecutor, TaskRunner
from agentdesk.ui.translation import EnglishPlurals, Translators

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="it_IT">
<context><name>Greeter</name>
<message><source>Good morning</source><translation>Buongiorno</translation></message>
<message numerus="yes"><source>%n call(s) waiting</source><translation>
<numerusform>%n chiamata in attesa</numerusform><numerusform>%n chiamate in attesa</numerusform>
</translation></message>
<message><source>Not yet</source><translation type="unfinished">Non ancora</translation></message>
</context></TS>
"""


class Greeter(QObject):
    def hello(self) -> str:
        return self.tr("Good morning")

    def waiting(self, n: int) -> str:
        return self.tr("%n call(s) waiting", "", n)

    def later(self) -> str:
        return self.tr("Not yet")


class MorningGreeter(Greeter):
    """PySide asks under this class's name; lupdate filed the text under Greeter's."""


@pytest.fixture
def translators(tmp_path, qapp):
    (tmp_path / "agentdesk_it.ts").write_text(CATALOGUE, encoding="utf-8")
    installed = Translators(tmp_path)
    default = QLocale()
    yield installed
    installed.use("en")
    QLocale.setDefault(default)


def test_italian_texts_plurals_and_qt_buttons(translators, qtbot):
    translators.use("it")
    greeter = MorningGreeter()
    assert greeter.hello() == "Buongiorno"
    assert greeter.waiting(1) == "1 chiamata in attesa"
    assert greeter.waiting(3) == "3 chiamate in attesa"
    assert greeter.later() == "Not yet"  # unfinished translations are not used
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert cancel.replace("&", "") == "Annulla"  # Qt's own translation, bundled with PySide6
    assert QLocale().language() == QLocale.Language.Italian
    assert QLocale().toString(12345.5, "f", 1) == "12.345,5"


def test_back_to_english_removes_every_translator(translators):
    translators.use("it")
    translators.use("en")
    assert MorningGreeter().hello() == "Good morning"
    assert MorningGreeter().waiting(2) == "2 calls waiting"


def test_english_reads_its_own_plurals(translators):
    """Seen on a real display: "1 call(s) did not finish when agentdesk last closed." English
    has no catalogue, so the source language gets a translator of its own for "(s)"."""
    translators.use("it")
    translators.use("en")
    assert [type(t) for t in translators._installed] == [EnglishPlurals]
    plurals = translators._installed[0]
    assert plurals.translate("Ctx", "%n call(s) ended", None, 1) == "%n call ended"
    assert plurals.translate("Ctx", "%n call(s) waiting", None, 0) == "%n calls waiting"
    assert plurals.translate("Ctx", "Good morning", None, -1) is None  # not a plural: as written


def test_the_bundled_indonesian_catalogue_supplies_qt_button_texts(qtbot, qapp):
    from agentdesk.paths import resources_dir

    translators = Translators(resources_dir() / "i18n")
    default = QLocale()
    try:
        translators.use("id")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert cancel.replace("&", "") == "Batal"
        assert QLocale().language() == QLocale.Language.Indonesian
    finally:
        translators.use("en")
        QLocale.setDefault(default)


class FakeAccounts:
    def __init__(self) -> None:
        self.saved: list[tuple[str, str]] = []

    def set_language(self, who, username, code):
        self.saved.append((username, code))


def test_the_language_dialog_saves_the_accounts_choice(qtbot):
    accounts = FakeAccounts()
    tasks = TaskRunner(ImmediateExecutor(), ImmediateExecutor())
    who = Identity(__import__("uuid").uuid4(), "giulia", "Giulia", Role.REPRESENTATIVE)
    dialog = LanguageDialog(accounts, tasks, who)
    qtbot.addWidget(dialog)
    names = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert names[1:] == ["English", "Bahasa Indonesia", "Italiano"]
    dialog.choice.setCurrentIndex(dialog.choice.findData("it"))
    with qtbot.waitSignal(dialog.saved, check_params_cb=lambda code: code == "it"):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert accounts.saved == [("giulia", "it")]


@pytest.mark.parametrize(
    ("language", "title", "button"),
    [("it", "Accedi ad agentdesk", "Accedi"), ("id", "Masuk ke agentdesk", "Masuk")],
)
def test_the_login_dialog_speaks_the_installed_language(qtbot, qapp, language, title, button):
    from PySide6.QtWidgets import QLabel, QPushButton

    from agentdesk.paths import resources_dir
    from agentdesk.ui.login import LoginDialog

    translators = Translators(resources_dir() / "i18n")
    default = QLocale()
    try:
        translators.use(language)
        dialog = LoginDialog(FakeAccounts(), TaskRunner(ImmediateExecutor(), ImmediateExecutor()))
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel)] + [dialog.windowTitle()]
        buttons = [b.text().replace("&", "") for b in dialog.findChildren(QPushButton)]
        assert title in texts and button in buttons
    finally:
        translators.use("en")
        QLocale.setDefault(default)


def test_a_damaged_catalogue_leaves_the_words_english_and_names_the_file(
    translators, tmp_path, caplog
):
    (tmp_path / "agentdesk_it.ts").write_text(CATALOGUE[:200], encoding="utf-8")  # cut short
    with caplog.at_level("WARNING"):
        translators.use("it")  # no exception: the shift goes on
    assert MorningGreeter().hello() == "Good morning"
    assert "agentdesk_it.ts:" in caplog.text and "not a valid translation file" in caplog.text
