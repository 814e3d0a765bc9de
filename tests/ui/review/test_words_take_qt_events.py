"""The review's word helper is a QObject: Qt must be able to send it events (a language
change when a translator is installed) without landing in a method of ours by mistake."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from agentdesk.ui.review.words import ReviewWords


def test_a_language_change_reaches_the_review_words(qapp):
    words = ReviewWords()
    QCoreApplication.sendEvent(words, QEvent(QEvent.Type.LanguageChange))
    assert words.event_line("call_started", {}, None)


def test_the_complaint_and_identity_events_read_as_words(qapp):
    words = ReviewWords()
    line = words.event_line("complaint_logged", {"reference": "C-1", "due": "2026-04-27"}, None)
    assert "C-1" in line and "2026-04-27" in line
    assert words.event_line("identity_failed", {}, None) != "identity failed"
