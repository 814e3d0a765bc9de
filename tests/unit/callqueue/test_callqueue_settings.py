"""queue.json: defaults, problems reported and defaulted, the staffing inputs it gives."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from agentdesk.callqueue.settings import QueueSettings, load_queue_settings, save_queue_settings
from agentdesk.callqueue.verdict import Verdict, judge_level, judge_staffing
from agentdesk.errors import KnownError, ValidationError


def test_a_missing_file_gives_the_defaults(tmp_path) -> None:
    settings, problems = load_queue_settings(tmp_path / "queue.json")
    assert settings == QueueSettings() and problems == ()
    inputs = settings.inputs(120)
    assert (inputs.interval_s, inputs.aht_s, inputs.target_service_level) == (1800, 180, 0.8)
    assert (inputs.answer_time_s, inputs.shrinkage, inputs.patience_s) == (20, 0.3, 120)
    assert (inputs.max_occupancy, inputs.max_abandon) == (0.85, 0.05)  # safe by default
    assert settings.simulation().arrival_rate == pytest.approx(120 / 1800)


def test_saved_settings_load_back(tmp_path) -> None:
    path = tmp_path / "queue.json"
    chosen = replace(
        QueueSettings(), feed_path="feed.jsonl", patience_seconds=0, interval_minutes=15
    )
    save_queue_settings(path, chosen)
    assert load_queue_settings(path) == (chosen, ())
    assert chosen.patience_s is None and chosen.plan_defaults().interval_s == 900


def test_unknown_keys_bad_types_and_bad_values_are_reported_and_defaulted(tmp_path) -> None:
    path = tmp_path / "queue.json"
    path.write_text(
        json.dumps(
            {"target_percent": 90, "colour": "red", "answer_seconds": "20",
             "interval_minutes": 25, "shrinkage_percent": 95, "stale_after_seconds": True}
        )
    )  # fmt: skip
    settings, problems = load_queue_settings(path)
    assert settings == replace(QueueSettings(), target_percent=90)
    text = "\n".join(problems)
    for needle in (
        "'colour'",
        "'answer_seconds' must be int",
        "interval_minutes: one of",
        "shrinkage_percent: at most 90",
        "'stale_after_seconds' must be int",
    ):
        assert needle in text


def test_an_unreadable_file_is_a_known_error(tmp_path) -> None:
    path = tmp_path / "queue.json"
    path.write_text("{nope")
    with pytest.raises(KnownError):
        load_queue_settings(path)
    path.write_text("[]")
    with pytest.raises(KnownError):
        load_queue_settings(path)
    with pytest.raises(ValidationError):
        save_queue_settings(path, replace(QueueSettings(), target_percent=100))


def test_verdicts_against_the_target() -> None:
    assert judge_level(0.8, 0.8) is Verdict.MEETS
    assert judge_level(0.71, 0.8) is Verdict.CLOSE
    assert judge_level(0.69, 0.8) is Verdict.SHORT
    assert judge_staffing(14, 14, 0.82, 0.8) is Verdict.MEETS
    assert judge_staffing(13, 14, 0.75, 0.8) is Verdict.CLOSE
    assert judge_staffing(13, 14, 0.85, 0.8) is Verdict.CLOSE  # short only of the occupancy cap
    assert judge_staffing(10, 14, 0.3, 0.8) is Verdict.SHORT


def test_a_deeply_nested_queue_settings_file_is_a_clear_error_not_a_traceback(tmp_path):
    """The queue settings are read by the same loader as the app's settings (they had
    drifted apart: this one let a RecursionError through)."""
    from agentdesk.errors import KnownError

    path = tmp_path / "queue.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(KnownError, match="queue settings file is nested too deeply"):
        load_queue_settings(path)
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(KnownError, match="must hold a JSON object"):
        load_queue_settings(path)
