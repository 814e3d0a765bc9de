"""`agentdesk staffing`: Erlang C/A agents for one interval, or a day plan from a forecast CSV."""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agentdesk.staffing.interval import IntervalInputs, Performance, Requirement
    from agentdesk.staffing.plan import ForecastProblem, PlanDefaults, PlanRow

_EPILOG = """\
durations: 180s, 30m, 1h, 1h30m or plain seconds; shares: 30% or 0.3; target: 80/20 means
80% of calls answered within 20 seconds.  With --patience the model is Erlang A (callers hang
up after that average wait; abandoned calls count as missed in the service level), without it
Erlang C.  Plans keep occupancy at or below --max-occupancy (default 85%) and, under Erlang A,
abandonment at or below --max-abandon (default 5%); give 100% to lift either cap.  A warning
is printed when a plan or what-if runs above 90% occupancy or 5% abandonment, or with more
than 50% shrinkage.  ASA is the mean wait of answered calls; "mean wait, all callers" also
counts the callers who hung up.  --plan reads a CSV with a header row and a 'calls' column,
optionally 'start', 'interval', 'aht', 'target', 'shrinkage', 'max_occupancy', 'patience' and
'max_abandon' columns that override the options per row.  Exit status: 0 done, 1 some
forecast rows were bad (the good ones are still planned; the bad ones are listed in the
table and on stderr), 2 the command could not run.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `staffing` command; its handler is `run`."""
    p = subparsers.add_parser(
        "staffing",
        help="Erlang C/A staffing estimates",
        description="Agents needed for one interval, or for every interval of a forecast.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--calls", metavar="N", help="calls offered in the interval")
    p.add_argument("--interval", metavar="DURATION", help="interval length, e.g. 30m or 15m")
    p.add_argument("--aht", metavar="DURATION", help="average handle time, e.g. 180s")
    p.add_argument("--target", metavar="SL/TIME", help="service-level target, e.g. 80/20")
    p.add_argument("--shrinkage", metavar="SHARE", help="share of paid time off the phones")
    p.add_argument("--max-occupancy", metavar="SHARE", help="cap on agent occupancy (default 85%%)")
    p.add_argument("--patience", metavar="DURATION", help="average caller patience (Erlang A)")
    p.add_argument(
        "--max-abandon",
        metavar="SHARE",
        help="Erlang A: cap on the share of callers who hang up (default 5%%)",
    )
    p.add_argument("--agents", metavar="N", type=int, help="what if N agents answer calls")
    p.add_argument("--plan", metavar="CSV", help="forecast file: plan every interval in it")
    p.add_argument("--out", metavar="CSV", help="with --plan: write the day plan here")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Handle `agentdesk staffing`; returns the exit status."""
    # Imported here so that other commands (and --help) never pay for the maths.
    from agentdesk.errors import ValidationError

    try:
        if args.plan is not None:
            return _run_plan(args)
        if args.out is not None:
            raise ValidationError("--out needs --plan", field="out")
        return _run_interval(args)
    except ValidationError as error:
        from agentdesk.cli.words import error_words

        print(f"agentdesk staffing: {error_words(error)}", file=sys.stderr)
        return 2


def _defaults(args: argparse.Namespace) -> PlanDefaults:
    from agentdesk.staffing.cautions import DEFAULT_MAX_ABANDON, DEFAULT_MAX_OCCUPANCY
    from agentdesk.staffing.plan import PlanDefaults
    from agentdesk.staffing.units import parse_duration, parse_fraction, parse_target

    return PlanDefaults(
        interval_s=None if args.interval is None else parse_duration(args.interval, "--interval"),
        aht_s=None if args.aht is None else parse_duration(args.aht, "--aht"),
        target=None if args.target is None else parse_target(args.target, "--target"),
        shrinkage=0.0 if args.shrinkage is None else parse_fraction(args.shrinkage, "--shrinkage"),
        max_occupancy=DEFAULT_MAX_OCCUPANCY
        if args.max_occupancy is None
        else parse_fraction(args.max_occupancy, "--max-occupancy"),
        patience_s=None if args.patience is None else parse_duration(args.patience, "--patience"),
        max_abandon=DEFAULT_MAX_ABANDON
        if args.max_abandon is None
        else parse_fraction(args.max_abandon, "--max-abandon"),
    )


def _run_interval(args: argparse.Namespace) -> int:
    from agentdesk.errors import ValidationError
    from agentdesk.staffing.interval import (
        performance,
        required_agents,
        scheduled_staff,
    )

    defaults = _defaults(args)
    missing = [
        option
        for option, value in (
            ("--calls", args.calls),
            ("--interval", defaults.interval_s),
            ("--aht", defaults.aht_s),
            ("--target", defaults.target),
        )
        if value is None
    ]
    if missing:
        raise ValidationError(
            f"missing {', '.join(missing)}; e.g. --calls 100 --interval 30m --aht 180s "
            "--target 80/20 (or --plan forecast.csv)"
        )
    try:
        calls = float(args.calls)
    except ValueError:
        raise ValidationError(
            f"--calls: expected a number like 100, got {args.calls!r}", field="calls"
        ) from None
    assert defaults.interval_s is not None and defaults.aht_s is not None
    assert defaults.target is not None
    if calls == 0.0:
        # As a --plan row with 0 calls: nobody is needed (the inputs would refuse 0 calls).
        return _run_no_calls(args, defaults)
    inputs = defaults.inputs(calls)
    need = required_agents(inputs)
    what_if = None
    if args.agents is not None:
        what_if = performance(inputs, args.agents)
    if args.json:
        document: dict[str, Any] = {
            "model": "erlang_a" if inputs.patience_s is not None else "erlang_c",
            "load_erlangs": inputs.load,
            "required_agents": need.required_agents,
            "scheduled_staff": need.scheduled_staff,
            "at_required": _figures(need.performance),
            "warnings": _warnings(need.performance, inputs.shrinkage),
        }
        if what_if is not None:
            document["what_if"] = {
                **_figures(what_if),
                "scheduled_staff": scheduled_staff(what_if.agents, inputs.shrinkage),
                "warnings": _warnings(what_if, inputs.shrinkage),
            }
        print(json.dumps(document, indent=2))
    else:
        _print_interval(inputs, need, what_if)
    shown = what_if if what_if is not None else need.performance
    for warning in _warnings(shown, inputs.shrinkage):
        print(f"agentdesk staffing: warning: {warning}", file=sys.stderr)
    return 0


def _run_no_calls(args: argparse.Namespace, defaults: PlanDefaults) -> int:
    if args.json:
        figures = {
            "agents": 0,
            "service_level": 1.0,
            "asa_s": 0.0,
            "mean_wait_s": 0.0,
            "wait_probability": 0.0,
            "occupancy": 0.0,
            "abandon_rate": 0.0,
        }
        document = {
            "model": "erlang_a" if defaults.patience_s is not None else "erlang_c",
            "load_erlangs": 0.0,
            "required_agents": 0,
            "scheduled_staff": 0,
            "at_required": figures,
            "warnings": [],
        }
        print(json.dumps(document, indent=2))
    else:
        print("No calls offered: nobody is needed.")
        print("Required agents   0")
        print("Scheduled staff   0")
    return 0


def _warnings(p: Performance, shrinkage: float) -> list[str]:
    from agentdesk.staffing.cautions import Caution, cautions, share_text

    words = {
        Caution.OCCUPANCY: "occupancy {value} is above {limit}: agents this busy burn out; "
        "plan more agents or lower --max-occupancy",
        Caution.ABANDON: "{value} of callers would hang up before an answer, above {limit}: "
        "a target met that way is not met; plan more agents or lower --max-abandon",
        Caution.SHRINKAGE: "shrinkage {value} is above {limit}: more than half of paid time "
        "off the phones; check the figure",
    }
    return [
        words[f.caution].format(value=share_text(f.value), limit=share_text(f.limit, 0))
        for f in cautions(p.occupancy, p.abandon_rate, shrinkage)
    ]


def _figures(p: Performance) -> dict[str, Any]:
    return {
        "agents": p.agents,
        "service_level": p.service_level,
        # JSON has no infinity: an ASA that never settles (Erlang C, agents <= load) is null.
        "asa_s": p.asa_s if math.isfinite(p.asa_s) else None,
        "mean_wait_s": p.mean_wait_s if math.isfinite(p.mean_wait_s) else None,
        "wait_probability": p.wait_probability,
        "occupancy": p.occupancy,
        "abandon_rate": p.abandon_rate,
    }


def _print_interval(inputs: IntervalInputs, need: Requirement, what_if: Performance | None) -> None:
    from agentdesk.staffing.cautions import share_text

    model = (
        f"Erlang A (average patience {_seconds(inputs.patience_s)})"
        if inputs.patience_s is not None
        else "Erlang C (no abandonment)"
    )
    print(
        f"{model}: {inputs.calls:g} calls in {_seconds(inputs.interval_s)}, "
        f"AHT {_seconds(inputs.aht_s)} = {inputs.load:.2f} Erlangs"
    )
    print(f"Required agents   {need.required_agents}")
    shrinkage = share_text(inputs.shrinkage, 0)
    print(f"Scheduled staff   {need.scheduled_staff}  ({shrinkage} shrinkage)")
    shown = need.performance
    if what_if is not None:
        print(f"What if {what_if.agents} agents:")
        shown = what_if
    target = f"{share_text(inputs.target_service_level, 0)} in {_seconds(inputs.answer_time_s)}"
    print(f"Service level     {share_text(shown.service_level)}  (target {target})")
    if inputs.patience_s is None:
        asa = f"{shown.asa_s:.1f} s" if math.isfinite(shown.asa_s) else "unbounded (queue grows)"
        print(f"ASA               {asa}")
    else:
        print(f"ASA (answered)    {shown.asa_s:.1f} s")
        print(f"Mean wait, all    {shown.mean_wait_s:.1f} s  (callers who hung up included)")
    print(f"P(wait)           {share_text(shown.wait_probability)}")
    print(f"Occupancy         {share_text(shown.occupancy)}")
    print(f"Abandoned         {share_text(shown.abandon_rate)}")


def _seconds(value: float) -> str:
    if value >= 3600 and value % 3600 == 0:
        return f"{value / 3600:g} h"
    if value >= 60 and value % 60 == 0:
        return f"{value / 60:g} min"
    return f"{value:g} s"


def _run_plan(args: argparse.Namespace) -> int:
    from agentdesk.cli.words import print_problems
    from agentdesk.errors import ValidationError
    from agentdesk.staffing.plan import (
        ForecastInterval,
        ForecastProblem,
        plan_day,
        read_forecast_lines,
        write_plan,
    )

    for option in ("calls", "agents"):
        if getattr(args, option) is not None:
            raise ValidationError(f"--{option} does not go with --plan", field=option)
    try:
        with open(args.plan, encoding="utf-8-sig", newline="") as stream:
            text = stream.read()
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(f"cannot read {args.plan}: {error}", field="plan") from None
    found = read_forecast_lines(text, _defaults(args), source=args.plan)
    intervals = [item for item in found if isinstance(item, ForecastInterval)]
    problems = [item for item in found if isinstance(item, ForecastProblem)]
    print_problems(problems)
    if problems and not intervals:
        return 2
    rows = plan_day(intervals)
    for row, item in zip(rows, intervals, strict=True):
        shrinkage = item.inputs.shrinkage if item.inputs is not None else 0.0
        for warning in _warnings(_row_performance(row), shrinkage):
            print(f"{args.plan}:{item.line}: warning: {warning}", file=sys.stderr)
    if args.out is not None:
        try:
            with open(args.out, "w", encoding="utf-8", newline="") as stream:
                write_plan(rows, stream)
        except OSError as error:
            raise ValidationError(f"cannot write {args.out}: {error}", field="out") from None
        print(f"wrote {len(rows)} intervals to {args.out}")
    elif args.json:
        print(json.dumps([_row_json(r) for r in rows], indent=2))
    else:
        by_line = dict(zip((item.line for item in intervals), rows, strict=True))
        _print_plan([by_line.get(item.line, item) for item in found])
    return 1 if problems else 0


def _row_performance(row: PlanRow) -> Performance:
    from agentdesk.staffing.interval import Performance

    return Performance(
        row.required_agents,
        row.load,
        row.service_level,
        row.asa_s,
        row.wait_probability,
        row.occupancy,
        row.abandon_rate,
        row.mean_wait_s,
    )


def _row_json(row: PlanRow) -> dict[str, Any]:
    return {
        "start": row.label,
        "calls": row.calls,
        "load_erlangs": row.load,
        "required_agents": row.required_agents,
        "scheduled_staff": row.scheduled_staff,
        "service_level": row.service_level,
        "asa_s": row.asa_s,
        "wait_probability": row.wait_probability,
        "occupancy": row.occupancy,
        "abandon_rate": row.abandon_rate,
        "mean_wait_s": row.mean_wait_s,
    }


def _print_plan(rows: list[PlanRow | ForecastProblem]) -> None:
    from agentdesk.cli.words import wording
    from agentdesk.staffing.cautions import share_text
    from agentdesk.staffing.plan import ForecastProblem

    print(
        f"{'start':<10}{'calls':>8}{'Erl':>9}{'agents':>8}{'staff':>7}{'SL':>8}{'ASA s':>8}"
        f"{'occ':>7}{'aband':>7}"
    )
    for r in rows:
        if isinstance(r, ForecastProblem):
            print(f"{'line ' + str(r.line):<10}  not planned: {wording().message(r)}")
            continue
        print(
            f"{r.label:<10}{r.calls:>8g}{r.load:>9.2f}{r.required_agents:>8}"
            f"{r.scheduled_staff:>7}{share_text(r.service_level):>8}{r.asa_s:>8.1f}"
            f"{share_text(r.occupancy):>7}{share_text(r.abandon_rate):>7}"
        )
