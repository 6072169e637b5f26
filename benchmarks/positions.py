"""Positions on the seeds against a hand-labelled gold table, and what the same code finds on CNN stories.

Every article goes through the real pipeline: RawDocument → clean → spaCy (nlp.parse) → actors → quotes →
positions (statements, issues, stances, aggregation). Prints, for the seeds: hits and misses against the gold
positions a careful reader states, counts of statements / issues / positions, the actor × issue grid, and
the evidence of each gold hit. Then, for a sample of CNN stories from ../shared/data/summaries-dev.jsonl
(never copied into the repository; skipped with a message when absent): the issues and positions found, with
their first piece of evidence, so a reader can audit them.

Usage: python benchmarks/positions.py [--cnn N]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from briefing.build import assign_article_ids  # noqa: E402
from briefing.cli import plugin_options  # noqa: E402
from briefing.models import RawDocument  # noqa: E402
from briefing.pipeline import nlp  # noqa: E402
from briefing.pipeline.actors import ActorOptions, analyse_actors, link_actors  # noqa: E402
from briefing.pipeline.clean import clean_corpus  # noqa: E402
from briefing.pipeline.positions import (  # noqa: E402
    concept_of,
    discover_issues,
    extract_statements,
    link_positions,
)
from briefing.pipeline.quotes import extract_quotes  # noqa: E402
from briefing.pipeline import summarize, topics  # noqa: E402

from briefing.build import BuildOptions, build_briefing  # noqa: E402
from devdata import POSITIONS_DEV, SUMMARIES as DATA, read_debates, read_stories, score_debate  # noqa: E402

# Hand-labelled from reading the three seed articles (issue 6, "Done when"). An issue is named by words
# any of which its keywords must share; "sceptical" accepts oppose or mixed (sceptical but not hostile).
GOLD_ISSUES = {
    "talks between the two Koreas": ("talks", "dialogue"),
    "the North's participation in the Olympics": ("participation", "participate", "attend"),
}
ACCEPT = {"support": {"support"}, "oppose": {"oppose"}, "sceptical": {"oppose", "mixed"}}
GOLD = [
    ("talks between the two Koreas", "Moon Jae-in", "support"),
    ("talks between the two Koreas", "Kim Jong Un", "support"),
    ("talks between the two Koreas", "Cho Myoung-gyon", "support"),
    ("talks between the two Koreas", "Eric Gomez", "support"),
    ("talks between the two Koreas", "Heather Nauert", "sceptical"),
    ("talks between the two Koreas", "Evan Medeiros", "sceptical"),
    ("talks between the two Koreas", "Daniel Russel", "sceptical"),
    ("the North's participation in the Olympics", "Bruce Klingner", "oppose"),
    ("the North's participation in the Olympics", "Lindsey Graham", "oppose"),
]
MARKS = {"support": "+", "oppose": "-", "mixed": "~", "neutral": "0"}


def run_pipeline(documents: list[RawDocument], user_issues=(), with_ids: bool = False):
    articles = clean_corpus(documents)
    assign_article_ids(articles)
    started = time.perf_counter()
    docs = list(nlp.parse([a.body for a in articles]))
    parsed = time.perf_counter()
    analyses, statements = {}, {}
    for article, doc in zip(articles, docs):
        analysis = analyse_actors(article, doc, ActorOptions())
        analysis.quotes = extract_quotes(article, doc, analysis)
        analyses[article.id] = analysis
    analysed = time.perf_counter()
    for article, doc in zip(articles, docs):
        statements[article.id] = extract_statements(article, doc, analyses[article.id])
    actors, actor_ids = link_actors(articles, analyses, ActorOptions())
    issues = discover_issues(statements, docs, user_issues=user_issues)
    positions = link_positions(articles, statements, actor_ids, issues)
    issues = topics.with_topics(issues, positions,
                                {a.id: dict(topics.noun_counts(d, summarize.token_terms(d))) for a, d in zip(articles, docs)},
                                {a.id: a.title for a in articles}, {n: a.kind for a in actors for n in [a.name, *a.aliases]})
    done = time.perf_counter()
    timing = {"parse": parsed - started, "actors+quotes": analysed - parsed, "positions": done - analysed}
    if with_ids:
        return articles, statements, actors, issues, positions, timing, actor_ids
    return articles, statements, actors, issues, positions, timing


def _name_matches(actor_name: str, gold_name: str) -> bool:
    """Gold names are "First Last"; the actor may carry a middle initial ("Lindsey O. Graham")."""
    words = actor_name.replace(".", "").split()
    gold = gold_name.split()
    return words[:1] == gold[:1] and words[-1:] == gold[-1:]


def _issue_for(issues, words):
    concepts = {concept_of(w) for w in words}
    for issue in issues:
        if concepts & {concept_of(k) for k in issue.keywords}:
            return issue
    return None


def print_grid(actors, issues, positions) -> None:
    names = {a.id: a.name for a in actors}
    by_cell = {(p.actor, p.issue): p.stance for p in positions}
    actor_ids = sorted({p.actor for p in positions}, key=lambda a: names.get(a, a))
    width = max([len(names.get(a, a)) for a in actor_ids] + [10])
    print(f"\n  grid (+ support, - oppose, ~ mixed, . none); issues: "
          + "; ".join(f"[{n}] {i.label}" for n, i in enumerate(issues, 1)))
    print("  " + " " * width + " " + " ".join(f"{n:>3}" for n in range(1, len(issues) + 1)))
    for actor_id in actor_ids:
        cells = [MARKS.get(by_cell.get((actor_id, issue.id), ""), ".") for issue in issues]
        print(f"  {names.get(actor_id, actor_id):<{width}} " + " ".join(f"{c:>3}" for c in cells))


def shipped_issues() -> list:
    """The issues the shipped mkdocs.yml names for the seeds (as the real build reads them)."""
    return plugin_options(REPO / "mkdocs.yml").get("issues", [])


def _gold_found(issues, positions, names, gold_issue: str, gold_name: str):
    """(issue matching the gold issue or None, the gold actor's position on it or None)."""
    issue = _issue_for(issues, GOLD_ISSUES[gold_issue])
    if issue is None:
        return None, None
    return issue, next((p for p in positions if p.issue == issue.id
                        and _name_matches(names.get(p.actor, ""), gold_name)), None)


def seeds() -> None:
    documents = [RawDocument(p.name, p.read_text(encoding="utf-8"), "txt") for p in sorted((REPO / "corpus").glob("*.txt"))]
    _, _, actors, issues, positions, _ = run_pipeline(documents)
    names = {a.id: a.name for a in actors}
    hits = 0
    for gold_issue, gold_name, gold_stance in GOLD:
        _, found = _gold_found(issues, positions, names, gold_issue, gold_name)
        hits += found is not None and found.stance in ACCEPT[gold_stance]
    print(f"== seeds, discovered issues only: gold hits {hits}/{len(GOLD)}")
    articles, statements, actors, issues, positions, timing = run_pipeline(documents, shipped_issues())
    names = {a.id: a.name for a in actors}
    flat = [s for article_statements in statements.values() for s in article_statements]
    kinds = {}
    for s in flat:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    print(f"== seeds with the shipped mkdocs.yml issues: {len(articles)} articles, {len(flat)} statements ({kinds}), "
          f"{len(issues)} issues, {len(positions)} positions")
    print("   timing (s): " + ", ".join(f"{k} {v:.2f}" for k, v in timing.items()))
    for issue in issues:
        print(f"   issue {issue.id}: {issue.label!r} keywords={issue.keywords}")

    hits = 0
    print("\n  gold positions:")
    for gold_issue, gold_name, gold_stance in GOLD:
        issue, found = _gold_found(issues, positions, names, gold_issue, gold_name)
        ok = found is not None and found.stance in ACCEPT[gold_stance]
        hits += ok
        got = f"{found.stance} ({len(found.evidence)} evidence)" if found else "missing"
        print(f"   {'HIT ' if ok else 'MISS'} {gold_issue} / {gold_name}: gold {gold_stance}, got {got}"
              f"{'' if issue else ' [issue not discovered]'}")
        if found:
            evidence = found.evidence[0]
            print(f"        evidence: {evidence.text[:150]!r} ({evidence.article} ¶{evidence.paragraph})")
    print(f"\n  gold hits: {hits}/{len(GOLD)}")
    bodies = {a.id: a.body for a in articles}
    verbatim = sum(e.text in bodies[e.article] for p in positions for e in p.evidence)
    total = sum(len(p.evidence) for p in positions)
    print(f"  evidence verbatim in its article: {verbatim}/{total}")
    print_grid(actors, issues, positions)


def cnn(sample: int) -> None:
    if sample <= 0:
        return
    if not DATA.exists():
        print(f"\n== CNN sample skipped: {DATA} is absent (evaluation data lives outside the repository)")
        return
    rows = read_stories()
    rows = [r for r in rows if r["id"].startswith("cnn:")][:sample]
    documents = [RawDocument(r["id"].replace(":", "_") + ".txt", r["text"], "txt") for r in rows]
    articles, statements, actors, issues, positions, timing, actor_ids = run_pipeline(documents, with_ids=True)
    names = {a.id: a.name for a in actors}
    flat = [s for article_statements in statements.values() for s in article_statements]
    print(f"\n== CNN sample (one corpus): {len(articles)} stories, {len(flat)} statements, {len(issues)} issues, "
          f"{len(positions)} positions")
    print("   timing (s): " + ", ".join(f"{k} {v:.2f}" for k, v in timing.items()))
    titles = {a.id: a.title for a in articles}
    for issue in issues:
        print(f"\n   issue {issue.label!r} keywords={issue.keywords[:8]}")
        for p in (p for p in positions if p.issue == issue.id):
            e = p.evidence[0]
            print(f"     {MARKS[p.stance]} {names.get(p.actor, p.actor)} [{p.stance}, {len(p.evidence)} ev] "
                  f"{e.text[:120]!r} — {titles[e.article][:40]!r}")
    bodies = {a.id: a.body for a in articles}
    verbatim = sum(e.text in bodies[e.article] for p in positions for e in p.evidence)
    total = sum(len(p.evidence) for p in positions)
    print(f"\n   evidence verbatim in its article: {verbatim}/{total}")
    print("\n   per story (each story alone as a corpus, issues need 2 actors: statements, issues, positions):")
    article_actor_ids = {(article_id, name): actor_id for (article_id, name), actor_id in actor_ids.items()}
    for article in articles:
        polar = [s for s in statements[article.id] if any(r.polarity for r in s.readings)]
        story_issues = discover_issues({article.id: statements[article.id]}, min_actors=2)
        story_positions = link_positions([article], {article.id: statements[article.id]}, article_actor_ids, story_issues)
        print(f"     {article.title[:60]!r}: {len(statements[article.id])} statements, {len(polar)} with a stance, "
              f"issues {[i.label for i in story_issues]}")
        for p in story_positions:
            e = p.evidence[0]
            print(f"        {MARKS[p.stance]} {names.get(p.actor, p.actor)} on {p.issue}: {e.text[:100]!r}")
        for s in polar[:2]:
            readings = ", ".join(f"{r.term or '<implicit>'}{'+' if r.polarity > 0 else '-'}" for r in s.readings if r.polarity)
            print(f"        [{s.kind}] {s.actor_name}: {s.text[:90]!r} → {readings[:80]}")


def debates(verbose: bool, folder: Path = POSITIONS_DEV) -> None:
    """Every debate of positions-dev (or of ``folder``, a set in its format) built as its own corpus by the
    real pipe, scored against its gold."""
    if not (folder / "gold.json").exists():
        print(f"\n== debates skipped: {folder}/gold.json is absent (evaluation data lives outside the repository)")
        return
    print(f"\n== {folder.name} (each debate its own corpus): stances found, traps produced, actor groups, issues")
    totals = Counter()
    gold = read_debates(folder)
    for slug, debate in gold.items():
        started = time.perf_counter()
        briefing = build_briefing(BuildOptions(corpus_dir=folder / slug, cache_dir=None))
        score = score_debate(briefing, debate)
        for key in ("positions", "wrong", "groups", "together", "apart"):
            totals[key] += score[key]
        totals["found"] += len(score["found"])
        totals["traps"] += len(score["traps"])
        totals["recognised"] += bool(score["recognised_issues"])
        print(f"  {slug:<18} stances {len(score['found']):>2}/{score['positions']:<2} traps {len(score['traps'])}/{score['wrong']}"
              f"  groups together {score['together']}/{score['groups']} apart {score['apart']}/{score['groups']}"
              f"  issues {len(score['issues'])} ({len(score['recognised_issues'])} recognised)"
              f"  [{time.perf_counter() - started:.1f} s]")
        if verbose:
            print(f"      issues: {score['issues']}")
            for label, stems in score["stands_for"].items():
                print(f"      issue {label!r} stands for {list(stems) if stems else 'no gold issue'}")
            names = {a.id: a.name for a in briefing.actors}
            labels = {i.id: i.label for i in briefing.issues}
            for p in briefing.positions:
                print(f"      {MARKS[p.stance]} {names.get(p.actor, p.actor)} on {labels[p.issue]!r}: {p.evidence[0].text[:110]!r}")
            for miss in score["missed"]:
                print(f"      MISS {miss['actor'][0]} {miss['stance']} {miss['issue']}: {miss.get('evidence', '')[:100]!r}")
            for trap in score["traps"]:
                print(f"      TRAP {trap['actor'][0]} {trap['stance']} {trap['issue']}")
    share = totals["found"] / totals["positions"]
    print(f"  {'total':<18} stances {totals['found']}/{totals['positions']} ({share:.0%})  traps {totals['traps']}/{totals['wrong']}"
          f"  groups together {totals['together']}/{totals['groups']} apart {totals['apart']}/{totals['groups']}"
          f"  debates with a recognised issue {totals['recognised']}/{len(gold)}")


def mixed(folder: Path = POSITIONS_DEV) -> dict:
    """Every debate of ``folder`` built as ONE corpus, as a reader's folder of several debates is, each debate
    scored against its gold on that one briefing; the totals (also printed)."""
    if not (folder / "gold.json").exists():
        return {}
    gold = read_debates(folder)
    with tempfile.TemporaryDirectory() as corpus:
        for slug in gold:
            for path in sorted((folder / slug).glob("*.txt")):
                target = Path(corpus) / path.name
                shutil.copyfile(path, target if not target.exists() else Path(corpus) / f"{slug}-{path.name}")
        started = time.perf_counter()
        briefing = build_briefing(BuildOptions(corpus_dir=Path(corpus), cache_dir=None))
    totals = Counter()
    for debate in gold.values():
        score = score_debate(briefing, debate)
        totals["found"] += len(score["found"])
        totals["traps"] += len(score["traps"])
        totals["positions"] += score["positions"]
        totals["wrong"] += score["wrong"]
    print(f"== {folder.name} (all {len(gold)} debates one corpus)  stances {totals['found']}/{totals['positions']}"
          f" ({totals['found'] / totals['positions']:.0%})  traps {totals['traps']}/{totals['wrong']}"
          f"  issues {len(briefing.issues)}  [{time.perf_counter() - started:.1f} s]")
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cnn", type=int, default=12, help="how many CNN stories to run (default 12)")
    parser.add_argument("--debates-only", action="store_true", help="score positions-dev only")
    parser.add_argument("-v", "--verbose", action="store_true", help="list positions, misses and traps per debate")
    parser.add_argument("--gold-dir", type=Path, action="append", default=[],
                        help="also score a held-out set in positions-dev's format (a folder with gold.json); repeatable")
    args = parser.parse_args()
    if not args.debates_only:
        seeds()
        cnn(args.cnn)
    debates(args.verbose)
    for folder in args.gold_dir:
        debates(args.verbose, folder)
    print()
    for folder in [POSITIONS_DEV, *args.gold_dir]:
        mixed(folder)


if __name__ == "__main__":
    main()
