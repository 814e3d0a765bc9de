"""Render the review queue and the KPI dashboard offscreen into docs/review.png and
docs/dashboard.png (run: python docs/make_review_screenshots.py).

Uses a throw-away data folder with demo accounts and generated calls: no real data is pictured.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from agentdesk.models.interaction import Task
from agentdesk.models.review import AdherenceScore
from agentdesk.models.survey import SurveyResponse
from agentdesk.paths import DataPaths
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.ui.review.dashboard import KpiDashboard
from agentdesk.ui.review.queue_window import ReviewQueueWindow
from tests.helpers.app import make_services, open_data
from tests.integration.review.data import add_interaction, run_call

DOCS = Path(__file__).resolve().parent
PEOPLE = [
    ("rita", "Rita Rinaldi"),
    ("sam", "Sam Okafor"),
    ("ines", "Inés García"),
    ("tom", "Tom Becker"),
]
CAUSES = ["long-wait", "billing-dispute", "product-fault", "miscommunication"]


def shoot(widget, name: str) -> None:
    widget.show()
    QApplication.processEvents()  # a script, not the app: let layouts settle before grabbing
    widget.grab().save(str(DOCS / name))
    print(f"wrote docs/{name}")


def demo_calls(services, leader, reps) -> None:
    """Four weeks of generated calls with stored scores, so the dashboard has a shape."""
    rng = random.Random(4)
    now = dt.datetime.now(dt.UTC)
    outcomes = ["resolved"] * 6 + ["transferred", "message_taken", "follow_up", "information"]
    with services.db.write() as s:
        for _ in range(900):
            rep = rng.choice(reps)
            started = now - dt.timedelta(days=rng.uniform(0.2, 27))
            held = rng.random() < 0.3
            outcome = rng.choice(outcomes)
            tags = ["upset:" + rng.choice(CAUSES)] if rng.random() < 0.12 else []
            warm = rng.random() < 0.7
            iid = add_interaction(
                s,
                rep.account_id,
                started,
                talk=rng.lognormvariate(5.3, 0.5),
                hold=rng.lognormvariate(4, 0.6) if held else 0.0,
                wrap=rng.lognormvariate(3.6, 0.4),
                outcome=outcome,
                fcr=outcome in ("resolved", "information"),
                tags=tags,
            )
            s.add(
                AdherenceScore(
                    interaction_id=iid,
                    agent_id=rep.account_id,
                    started_at=started,
                    score=min(1.0, rng.betavariate(9, 2) + (27 - (now - started).days) / 300),
                    passed=5,
                    applicable=6,
                    rules_digest="demo",
                    computed_at=now,
                    results=[],
                    warm_transfers=int(outcome == "transferred" and warm),
                    cold_transfers=int(outcome == "transferred" and not warm),
                )
            )
            if rng.random() < 0.25:  # a quarter of the customers answer the survey
                happy = rng.random() < 0.75
                for kind, good, bad in (
                    ("csat", (4, 5), (1, 3)),
                    ("ces", (5, 7), (1, 4)),
                    ("nps", (7, 10), (0, 6)),
                ):
                    low, high = good if happy else bad
                    s.add(
                        SurveyResponse(
                            interaction_id=iid,
                            agent_id=rep.account_id,
                            started_at=started,
                            kind=kind,
                            score=rng.randint(low, high),
                            source="imported",
                        )
                    )
            if outcome == "follow_up" and rng.random() < 0.4:
                due = started + dt.timedelta(days=rng.uniform(0.5, 4))
                s.add(
                    Task(
                        kind="call-back",
                        assignee_id=rep.account_id,
                        interaction_id=iid,
                        due_at=due,
                        status="open" if due > now - dt.timedelta(days=2) else "done",
                    )
                )


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        services = make_services(DataPaths(Path(tmp) / "data").ensure())
        data = open_data(services)
        leader = services.accounts.create_first_team_leader("lea", "Lea Leader", "leader-pass")
        reps = []
        for username, name in PEOPLE:
            services.accounts.add_user(leader, username, name, "rep-password", Role.REPRESENTATIVE)
            reps.append(services.accounts.login(username, "rep-password"))
        calls = SimpleNamespace(calls=data.interactions, review=data.review)
        cid, _ = data.customers.create_customer(leader, CustomerDraft(surname="Rossi"))
        shown = run_call(calls, reps[0], customer_id=cid, hold_seconds=75, thank=False)
        data.notes.add_note(
            reps[0],
            cid,
            "Meter photo requested by e-mail.",
            permission_given=True,
            interaction_id=shown,
        )
        run_call(calls, reps[1])
        demo_calls(services, leader, reps)

        queue = ReviewQueueWindow(data.review, data.feedback, services.tasks, leader)
        queue.resize(1360, 820)
        queue.start()
        queue.open(shown)
        queue.panel.editor.setPlainText(
            "Good greeting and name check. On hold, come back every 45 seconds and thank "
            "Ms Rossi by name when you return."
        )
        shoot(queue, "review.png")

        board = KpiDashboard(data.kpi, services.tasks, leader, surveys=data.surveys)
        board.resize(1360, 1000)
        board.start()
        shoot(board, "dashboard.png")
        services.tasks.shutdown()
        services.db.dispose()
        del queue, board
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
