"""The settings screen: built from the schema, validated, team leaders only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agentdesk.errors import PermissionDeniedError
from agentdesk.services.identity import Role
from agentdesk.services.settings import SettingsService
from agentdesk.settings import Settings
from agentdesk.ui.settings_dialog import SettingsDialog


def test_every_setting_has_an_editor_and_saves(qtbot, tmp_path):
    service = SettingsService(tmp_path / "settings.json")
    dialog = SettingsDialog(service.current(), service.save)
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {f for f in Settings.__dataclass_fields__}
    dialog.editors["organisation"].setText("Northwind")
    dialog.editors["idle_lock_minutes"].setValue(5)
    dialog._on_save()
    assert SettingsService(tmp_path / "settings.json").current().idle_lock_minutes == 5
    assert service.current().organisation == "Northwind"


def test_invalid_value_is_explained_and_kept(qtbot, tmp_path):
    service = SettingsService(tmp_path / "settings.json")
    dialog = SettingsDialog(service.current(), service.save)
    qtbot.addWidget(dialog)
    dialog.editors["phone_region"].setText("GBR")
    qtbot.keyClick(dialog.editors["phone_region"], Qt.Key.Key_Return)
    dialog._on_save()
    assert "two-letter" in dialog.problems["phone_region"].text()
    assert "need correcting" in dialog.error.text()
    assert dialog.editors["phone_region"].text() == "GBR"
    assert not (tmp_path / "settings.json").exists()


def test_representatives_cannot_change_settings(people, tmp_path):
    service = SettingsService(tmp_path / "settings.json")
    assert people.rep.role is Role.REPRESENTATIVE
    with pytest.raises(PermissionDeniedError):
        service.save(Settings(organisation="x"), people.rep)
    service.save(Settings(organisation="x"), people.leader)


def test_empty_organisation_and_an_unknown_region_are_refused_as_typed(qtbot, tmp_path):
    """The greeting would read "Customer Care. This is …" and numbers would not parse."""
    service = SettingsService(tmp_path / "settings.json")
    dialog = SettingsDialog(Settings(organisation="Northwind"), service.save)
    qtbot.addWidget(dialog)
    organisation, region = dialog.editors["organisation"], dialog.editors["phone_region"]
    organisation.clear()
    assert dialog.problems["organisation"].text() == "Required: this is said in the greeting."
    region.setText("XX")
    assert "two-letter country code" in dialog.problems["phone_region"].text()
    assert organisation.maxLength() == 80
    dialog.editors["forms_of_address"].setText("Mr, Majesty")
    assert "Majesty" in dialog.problems["forms_of_address"].text()
    dialog._on_save()
    assert not (tmp_path / "settings.json").exists()
    qtbot.keyClicks(organisation, "Northwind Energy")
    assert not dialog.problems["organisation"].isVisible()
    region.setText("it")  # lower case is taken as IT
    dialog.editors["forms_of_address"].setText("Mrs, Dr, first name")
    dialog._on_save()
    saved = SettingsService(tmp_path / "settings.json").current()
    assert (saved.organisation, saved.phone_region) == ("Northwind Energy", "IT")
    assert saved.forms_of_address == "Mrs, Dr, first name"


def test_every_setting_label_and_help_is_offered_for_translation():
    from dataclasses import fields

    from agentdesk.settings import Settings
    from agentdesk.ui.settings_dialog import SETTING_WORDS

    for f in fields(Settings):
        assert f.metadata["label"] in SETTING_WORDS, f.name
        assert f.metadata["help"] in SETTING_WORDS, f.name
