"""Translators for the interface: the app's catalogues and Qt's own standard texts.

The app's catalogues are the Qt Linguist sources themselves (``resources/i18n/*.ts``, made by
``pyside6-lupdate``), read here into a QTranslator subclass. Reading the sources rather than
compiled ``.qm`` files means there is no build product to go stale, and lets a text be found
by its words when Qt asks under another context: PySide's ``self.tr()`` asks under the
instance's class (``ProcedureHost`` subclass names), while lupdate files the text under the
class that wrote the call, so an exact-context lookup alone would miss every text written in a
base class. Qt's own texts (dialog buttons, context menus) come from the ``qtbase_<lang>.qm``
files PySide6 ships; for a language Qt does not translate (Indonesian) ``qt_<lang>.ts`` in the
same folder supplies them.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from agentdesk.errors import DataFileError
from agentdesk.i18n import SOURCE_LANGUAGE, language_of_locale, locale_name, plural_index
from agentdesk.i18n_catalogue import CatalogueData, read_ts

log = logging.getLogger(__name__)


class Catalogue(QTranslator):
    """A QTranslator over catalogue data read from ``.ts`` files."""

    def __init__(self, data: CatalogueData, parent=None) -> None:
        super().__init__(parent)
        self.data = data

    def translate(self, context, source_text, disambiguation=None, n=-1):  # Qt override
        forms = self.data.lookup(context or "", source_text or "", disambiguation or "")
        if not forms:
            return None  # null: Qt asks the next translator, then shows the source
        index = plural_index(self.data.language, n) if n >= 0 else 0
        return forms[min(index, len(forms) - 1)]

    def isEmpty(self) -> bool:  # Qt override
        return not self.data.exact

    def language(self) -> str:  # Qt override
        return self.data.language


def catalogue_files(i18n_dir: Path, language: str) -> list[Path]:
    """The app's catalogue for ``language`` and, if present, its supplement of Qt's texts."""
    return [
        p for p in (i18n_dir / f"agentdesk_{language}.ts", i18n_dir / f"qt_{language}.ts")
        if p.exists()
    ]  # fmt: skip


def load_catalogue(i18n_dir: Path, language: str) -> CatalogueData:
    data = CatalogueData(language)
    for path in catalogue_files(i18n_dir, language):
        read_ts(path, data)
    return data


class EnglishPlurals(QTranslator):
    """The source language's plurals: "%n call(s)" reads "1 call" and "3 calls".

    English has no catalogue, so Qt would show the source text with its "(s)" as it is."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # Qt override
        if n < 0 or not source_text or "(s)" not in source_text:
            return None
        return source_text.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:  # Qt override
        return False


class Translators:
    """The translators installed for the current language; ``use`` swaps them."""

    def __init__(self, i18n_dir: Path) -> None:
        self.i18n_dir = i18n_dir
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> None:
        """Install ``language`` for every text made from now on, and its locale for dates and
        numbers. Widgets already built keep their words (they are built at login)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = language
        # The system's own locale when it speaks this language (it_CH stays Swiss); otherwise
        # the language's main country.
        system = QLocale.system()
        same = language_of_locale(system.name()) == language
        QLocale.setDefault(system if same else QLocale(locale_name(language)))
        if language == SOURCE_LANGUAGE:
            self._install(EnglishPlurals(app))
            return
        started = time.perf_counter()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_dir):
            self._install(qt)
        try:
            self._install(Catalogue(load_catalogue(self.i18n_dir, language), app))
        except DataFileError as exc:
            # A damaged catalogue must not stop a shift: the words stay English (Qt's own
            # standard texts still follow the language) and the file is named in the log.
            log.warning("translations not loaded: %s", "; ".join(exc.problems))
        took = 1000 * (time.perf_counter() - started)
        log.info("language %s installed in %.1f ms", language, took)

    def _install(self, translator: QTranslator) -> None:
        # Installed last is asked first: the app's catalogue before Qt's own.
        QCoreApplication.instance().installTranslator(translator)
        self._installed.append(translator)
