"""Staffing estimator: Erlang C and Erlang A agents per interval and per day; no Qt, no ORM."""

# What the rest of the app calls (all plain functions over frozen dataclasses, CPU-only, safe
# to run on the CPU worker pool):
#   interval.IntervalInputs            one interval's inputs, validated on construction
#   interval.required_agents(inputs)   -> Requirement: agents, scheduled staff, figures
#   interval.performance(inputs, n)    -> Performance: the what-if figures with n agents
#   interval.service_curve(inputs, range(lo, hi))
#                                      -> [CurvePoint(agents, service_level, occupancy,
#                                          asa_s, abandon_rate)]: the queue widget's
#                                          service-level/occupancy trade-off chart
#   plan.read_forecast(text, defaults) -> (intervals, problems with their file and line)
#   plan.plan_day(intervals)           -> [PlanRow]: required and scheduled per interval
#   plan.write_plan(rows, stream)      CSV out
#   units.parse_duration / parse_fraction / parse_target: the text forms users type
# Nothing is imported here, so importing one module does not pull in the others.
