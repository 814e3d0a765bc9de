"""The live queue: JSON-lines feed parser, feed sources, simulator and snapshot; no Qt."""

# What the rest of the app calls (see docs/queue-feed.md for the feed format):
#   feed.FeedParser           bytes of one line -> SnapshotLine | CallLine | AgentsLine, or None
#                             (blank or malformed; malformed ones counted with a FeedProblem)
#   feed.LineAssembler        bytes as they arrive -> whole lines (partial lines wait)
#   sources.FileFeedSource    tails a file that is appended to (truncation, rotation)
#   sources.SimulatorSource   the built-in simulator on an injected clock
#   tracker.QueueTracker      records -> QueueSnapshot (waiting, longest wait, agents,
#                             service level so far in the interval, staleness)
#   settings.QueueSettings    feed, target, interval, shrinkage, patience; queue.json
# Nothing is imported here, so importing one module does not pull in the others.
