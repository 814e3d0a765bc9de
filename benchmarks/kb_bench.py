"""Knowledge base benchmark: import 10,000 generated articles, then search as if typing.

Every prefix of a typed word (or phrase) is one ``KnowledgeService.search`` call, timed from
the call to the ranked hits with snippets (session, FTS5 query, rows), as the dock would do on
each keystroke. Run: ``python benchmarks/kb_bench.py [--articles N] [--output docs/kb-results.md]``.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from machine import cpu_model  # benchmarks/machine.py

from agentdesk.kb.article_file import ArticleFile, render_article
from agentdesk.paths import DataPaths
from agentdesk.services.identity import SYSTEM
from agentdesk.services.kb import KnowledgeService
from agentdesk.storage.open import open_database


def _words(text: str) -> list[str]:
    return text.split()


FUNCTION_WORDS = _words(
    "the a to and of in is you your for it on be this that with if are or can as at we not by "
    "from have will an when they their our what which there been has would should may more"
)
DOMAIN = _words(
    "refund invoice billing password reset router delivery parcel account payment card direct "
    "debit contract upgrade cancel complaint warranty repair return exchange voucher discount "
    "roaming signal outage broadband modem installation appointment engineer callback escalation "
    "supervisor identity verification address email login locked blocked fraud chargeback "
    "overdraft balance statement tariff plan bundle minutes allowance porting sim activation "
    "device insurance claim damage lost stolen transfer hold greeting closing message absence "
    "schedule adherence shrinkage occupancy forecast service level handle time satisfaction "
    "survey feedback coaching quality monitoring script empathy apology recovery promise "
    "follow-up ticket case priority deadline postcode courier tracking collection pickup "
    "replacement faulty screen battery charger software update firmware wifi password speed "
    "latency coverage mast fibre copper line engineer visit window missed rebook compensation "
    "credit goodwill gesture manager policy terms privacy consent erasure rectification access "
    "objection retention minimisation encryption redaction pci café caffè città perché società "
    "bolletta rimborso consegna pagamento tagihan pengembalian pengiriman pembayaran"
)
SYLLABLES = _words("ka ri to men sa lo pe ne ti vor da mi ul sen ba que ro fi ga zen por li ce hu")
CATEGORIES = [f"Category {c}" for c in "ABCDEFGHIJKL"]


def make_vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Function words first (Zipf head), then domain and 25,000 invented content words."""
    invented = sorted(
        {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(40000)}
    )
    rng.shuffle(invented)
    content = DOMAIN + invented[:25000]
    rng.shuffle(content)
    words = FUNCTION_WORDS + content
    return words, list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))


def make_corpus(n: int, seed: int = 7) -> list[ArticleFile]:
    rng = random.Random(seed)
    words, cumulative = make_vocabulary(rng)
    content = [w for w in words if w not in FUNCTION_WORDS]

    def sentence() -> str:
        text = " ".join(rng.choices(words, cum_weights=cumulative, k=rng.randint(8, 22)))
        return text[0].upper() + text[1:] + "."

    articles = []
    for i in range(n):
        target = rng.randint(300, 1500)
        parts: list[str] = []
        size = 0
        while size < target:
            if rng.random() < 0.15:
                parts.append("## " + " ".join(rng.choices(content[:3000], k=3)).capitalize())
            elif rng.random() < 0.2:
                parts.append("\n".join(f"- **{rng.choice(DOMAIN)}** {sentence()}" for _ in "123"))
            else:
                parts.append(" ".join(sentence() for _ in range(rng.randint(3, 6))))
            size += len(parts[-1].split())
        title_words = rng.sample(DOMAIN, 2) + rng.choices(content[:3000], k=rng.randint(1, 4))
        articles.append(
            ArticleFile(
                id=f"article-{i:05d}",
                title=" ".join(title_words).capitalize(),
                tags=tuple(dict.fromkeys(rng.sample(DOMAIN, rng.randint(2, 5)))),
                category=rng.choice(CATEGORIES),
                language=rng.choices(["en", "it", "id"], [8, 1, 1])[0],
                updated=date(2026, 1, 1) + timedelta(days=rng.randint(0, 300)),
                body="\n\n".join(parts) + "\n",
            )
        )
    return articles


def typed_queries(rng: random.Random) -> list[str]:
    """Words and phrases a representative would look for, each typed letter by letter."""
    targets = rng.sample([w for w in DOMAIN if len(w) >= 4], 40)
    targets += ["refund card", "router lights", "password reset", "missed engineer visit"]
    targets += ["parcel tracking", "direct debit cancel", "rimborso", "pengembalian"]
    return [target[:k] for target in targets for k in range(1, len(target) + 1)]


Timing = tuple[float, float]  # (wall ms, CPU ms of this process)


def timed(call: Callable[[], object], repeat: int = 1) -> list[Timing]:
    out = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        call()
        out.append(((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000))
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]


def summary(name: str, timings: list[Timing]) -> str:
    wall = [w for w, _ in timings]
    cpu = [c for _, c in timings]
    return (
        f"{name:<36} n={len(wall):<4} median {statistics.median(wall):6.2f}  "
        f"p95 {p95(wall):6.2f}  max {max(wall):7.2f} ms | CPU median "
        f"{statistics.median(cpu):6.2f}  p95 {p95(cpu):6.2f} ms"
    )


def machine() -> list[str]:
    cpu = cpu_model()
    return [
        f"platform: {platform.platform()}",
        f"cpu: {cpu} ({os.cpu_count()} logical)",
        f"python: {sys.version.split()[0]}  sqlite: {sqlite3.sqlite_version}",
        "load average at start (other work on the machine): "
        + " ".join(f"{x:.2f}" for x in os.getloadavg()),
    ]


def run(n: int, work: Path) -> list[str]:
    lines = machine()
    start = time.perf_counter()
    corpus = make_corpus(n)
    folder = work / "articles"
    folder.mkdir()
    for article in corpus:
        (folder / f"{article.id}.md").write_text(render_article(article), encoding="utf-8")
    words = [len(a.body.split()) for a in corpus]
    lines.append(
        f"corpus: {n} articles, {min(words)}-{max(words)} words (median "
        f"{int(statistics.median(words))}), {sum(words) / 1e6:.1f} M words, "
        f"generated in {time.perf_counter() - start:.1f} s"
    )
    db = open_database(DataPaths(work / "data").ensure())
    kb = KnowledgeService(db)
    for name, reps in (
        ("import (parse, store, index)", "added"),
        ("re-import, unchanged", "unchanged"),
    ):
        (wall, cpu), report = _once(lambda: kb.import_dir(SYSTEM, folder))
        lines.append(
            f"{name}: {wall / 1000:.1f} s (CPU {cpu / 1000:.1f} s), "
            f"{getattr(report, reps)} {reps}, {len(report.problems)} problems; limit 30 s"
        )
    queries = typed_queries(random.Random(11))
    for q in queries[:20]:  # warm the page cache once, as a running app would be
        kb.search(q)
    typing = [t for q in queries for t in timed(lambda q=q: kb.search(q))]
    lines.append("wall time per call (what the representative waits) | CPU time of the call")
    lines.append(summary("search as you type, every prefix", typing))
    groups: dict[str, list[Timing]] = {"1-2": [], "3-4": [], "5+": []}
    for q, t in zip(queries, typing, strict=True):
        size = len(q.split()[-1])
        groups["1-2" if size <= 2 else "3-4" if size <= 4 else "5+"].append(t)
    for key, values in groups.items():
        lines.append(summary(f"  last word {key} letters", values))
    misspelt = ["refnud", "pasword", "delivrey", "warrenty", "roaterr", "cancle", "enginer"]
    lines.append(summary("suggest, first call (vocabulary)", timed(lambda: kb.suggest("x"))))
    lines.append(
        summary(
            "suggest (did you mean)",
            [t for m in misspelt for t in timed(lambda m=m: kb.suggest(m), 5)],
        )
    )
    context = ["Caller reports a missed engineer visit", "wants compensation and a new window"]
    lines.append(summary("suggest_for_context", timed(lambda: kb.suggest_for_context(context), 30)))
    common = [t for w in ("the", "and", "you") for t in timed(lambda w=w: kb.search(w), 5)]
    lines.append(summary("words in most articles (not typical)", common))
    slow = sorted(zip(typing, queries, strict=True), reverse=True)[:3]
    lines.append("slowest typed: " + ", ".join(f"{q!r} {t[0]:.1f} ms" for t, q in slow))
    wall_p95 = p95([w for w, _ in typing])
    verdict = "within" if wall_p95 <= 20 else "OVER"
    lines.append(f"verdict: typing p95 {wall_p95:.2f} ms wall, {verdict} the 20 ms budget")
    db.dispose()
    return lines


def _once(call: Callable[[], object]) -> tuple[Timing, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--output", type=Path, help="also write the results as Markdown here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as work:
        lines = run(args.articles, Path(work))
    print("\n".join(lines))
    if args.output:
        args.output.write_text(
            "# Knowledge base benchmark\n\nOutput of `python benchmarks/kb_bench.py"
            f"{'' if args.articles == 10_000 else f' --articles {args.articles}'}`:\n\n"
            "```\n" + "\n".join(lines) + "\n```\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
