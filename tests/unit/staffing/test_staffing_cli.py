"""`agentdesk staffing`, driven through the real argument parser."""

from __future__ import annotations

import json
from pathlib import Path

from agentdesk.cli import build_parser

BASE = ["staffing", "--calls", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20"]


def run(argv: list[str]) -> int:
    args = build_parser(argv).parse_args(argv)
    return args.handler(args)


def test_one_interval_as_text(capsys):
    assert run([*BASE, "--shrinkage", "30%"]) == 0
    out = capsys.readouterr().out
    assert "Erlang C (no abandonment): 100 calls in 30 min, AHT 3 min = 10.00 Erlangs" in out
    assert "Required agents   14" in out
    assert "Scheduled staff   20  (30% shrinkage)" in out
    assert "Service level     88.8%  (target 80% in 20 s)" in out
    assert "ASA               7.8 s" in out
    assert "P(wait)           17.4%" in out
    assert "Occupancy         71.4%" in out
    assert "Abandoned         0.0%" in out


def test_erlang_a_what_if_as_json(capsys):
    argv = [*BASE, "--patience", "2m", "--max-occupancy", "85%", "--agents", "9", "--json"]
    assert run(argv) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["model"] == "erlang_a"
    assert document["load_erlangs"] == 10.0
    # 12 agents would meet 80/20 with 6.2% of callers hanging up: the 5% default cap adds one.
    assert document["required_agents"] == 13
    assert document["at_required"]["agents"] == 13
    assert document["at_required"]["abandon_rate"] <= 0.05
    assert document["at_required"]["service_level"] >= 0.8
    what_if = document["what_if"]
    assert what_if["agents"] == 9 and what_if["service_level"] < 0.8
    assert what_if["abandon_rate"] > document["at_required"]["abandon_rate"]


def test_unstable_what_if_has_null_asa_in_json(capsys):
    assert run([*BASE, "--agents", "10", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["what_if"]["asa_s"] is None


def test_bad_values_exit_2_with_the_expectation(capsys):
    assert run([*BASE[:-1], "100/20"]) == 2
    assert "below 100%" in capsys.readouterr().err
    assert run([*BASE, "--shrinkage", "100%"]) == 2
    assert "Shrinkage must be at least 0% and below 100%" in capsys.readouterr().err
    assert run([*BASE, "--aht", "3 fortnights"]) == 2
    assert "--aht: expected a duration like 180s" in capsys.readouterr().err
    assert run(["staffing", "--calls", "100"]) == 2
    assert "missing --interval, --aht, --target" in capsys.readouterr().err
    assert run([*BASE, "--out", "x.csv"]) == 2
    assert "--out needs --plan" in capsys.readouterr().err


def test_plan_reports_bad_rows_by_line_and_plans_the_rest(tmp_path, capsys):
    forecast = tmp_path / "forecast.csv"
    forecast.write_text("start,calls\n08:00,100\n08:30,lots\n09:00,150\n", encoding="utf-8")
    out = tmp_path / "plan.csv"
    argv = ["staffing", "--plan", str(forecast), "--out", str(out), "--interval", "30m"]
    assert run([*argv, "--aht", "180", "--target", "80/20", "--patience", "120s"]) == 1
    captured = capsys.readouterr()
    assert f"{forecast}:3: calls: expected a number like 120, got 'lots'." in captured.err
    assert "wrote 2 intervals" in captured.out
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("start,calls,load_erlangs,required_agents,scheduled_staff")
    assert [line.split(",")[0] for line in lines[1:]] == ["08:00", "09:00"]


def test_plan_to_stdout_as_table_and_json(tmp_path, capsys):
    forecast = tmp_path / "f.csv"
    forecast.write_text("\ufeffstart,calls,aht\n08:00,40,4m\n08:15,0,4m\n", encoding="utf-8")
    argv = ["staffing", "--plan", str(forecast), "--interval", "15m", "--target", "90/15"]
    assert run(argv) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["start", "calls", "Erl"]
    assert table[1].split()[:2] == ["08:00", "40"]
    assert run([*argv, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["required_agents"] for r in rows][1] == 0


def test_plan_problems_exit_codes(tmp_path, capsys):
    assert run(["staffing", "--plan", str(tmp_path / "missing.csv")]) == 2
    assert "cannot read" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("when,calls\n", encoding="utf-8")
    assert run(["staffing", "--plan", str(bad), "--interval", "15m"]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:1: Unknown column 'when'" in err
    assert run(["staffing", "--plan", str(bad), "--calls", "5"]) == 2
    assert "--calls does not go with --plan" in capsys.readouterr().err


def test_registering_does_not_import_the_maths():
    import subprocess
    import sys

    code = (
        "import sys; from agentdesk.cli import build_parser; "
        "build_parser(['staffing']).parse_args(['staffing']); "
        "print(any(m.startswith('agentdesk.staffing') for m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=False
    )
    assert result.stdout.strip() == "False", result.stderr


ISSUE = ["staffing", "--calls", "1000", "--interval", "30m", "--aht", "180s", "--target", "80/20"]


def test_defaults_cap_abandonment_and_occupancy(capsys):
    assert run([*ISSUE, "--patience", "30s", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["at_required"]
    assert figures["abandon_rate"] <= 0.05 and figures["occupancy"] <= 0.85


def test_lifting_the_caps_warns_about_the_unsafe_plan(capsys):
    argv = [*ISSUE, "--patience", "30s", "--max-abandon", "100%", "--max-occupancy", "100%"]
    assert run(argv) == 0
    captured = capsys.readouterr()
    assert "Required agents   84" in captured.out
    assert "warning: occupancy 98.4% is above 90%" in captured.err
    assert "warning: 17.4% of callers would hang up before an answer, above 5%" in captured.err


def test_erlang_a_shows_asa_over_answered_calls_and_mean_wait_of_all(capsys):
    assert run([*BASE, "--patience", "2m", "--agents", "9"]) == 0
    out = capsys.readouterr().out
    assert "ASA (answered)    20.9 s" in out
    assert "Mean wait, all    23.1 s  (callers who hung up included)" in out
    assert run([*BASE, "--patience", "2m", "--agents", "9", "--json"]) == 0
    what_if = json.loads(capsys.readouterr().out)["what_if"]
    assert what_if["mean_wait_s"] > what_if["asa_s"] > 0


def test_refused_and_odd_targets_in_clear_words(capsys):
    assert run([*BASE[:-1], "100/20"]) == 2
    assert "100% within any time cannot be guaranteed by any number of agents" in (
        capsys.readouterr().err
    )
    assert run([*BASE[:-1], "99.99/20"]) == 0
    assert "(target 99.99% in 20 s)" in capsys.readouterr().out
    assert run([*BASE, "--shrinkage", "60%"]) == 0
    assert "warning: shrinkage 60.0% is above 50%" in capsys.readouterr().err


def test_no_calls_need_no_agents(capsys):
    assert (
        run(["staffing", "--calls", "0", "--interval", "30m", "--aht", "3m", "--target", "80/20"])
        == 0
    )
    assert "Required agents   0" in capsys.readouterr().out
    argv = ["staffing", "--calls", "0", "--interval", "30m", "--aht", "3m", "--target", "80/20"]
    assert run([*argv, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["required_agents"] == 0


def test_bad_plan_rows_are_in_the_table_too(tmp_path, capsys):
    forecast = tmp_path / "forecast.csv"
    forecast.write_text("start,calls\n08:00,100\n08:30,lots\n09:00,150\n", encoding="utf-8")
    argv = ["staffing", "--plan", str(forecast), "--interval", "30m", "--aht", "180"]
    assert run([*argv, "--target", "80/20"]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert [line.split()[0] for line in lines[1:]] == ["08:00", "line", "09:00"]
    assert "line 3" in lines[2] and "not planned: calls: expected a number" in lines[2]
    assert f"{forecast}:3: calls: expected a number like 120, got 'lots'." in captured.err
