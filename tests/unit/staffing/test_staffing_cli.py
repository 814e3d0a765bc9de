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
    assert document["required_agents"] == 12
    assert document["at_required"]["agents"] == 12
    assert 0.8 <= document["at_required"]["service_level"] < 0.85
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
    assert "shrinkage must be at least 0% and below 100%" in capsys.readouterr().err
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
    assert f"{forecast}:3: calls: expected a number like 120, got 'lots'" in captured.err
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
    assert f"{bad}:1: unknown column 'when'" in err
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
