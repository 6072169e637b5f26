"""Floors on the positions figures measured on the shared evaluation data (benchmarks/positions.py prints them).

The debates of ../shared/data/positions-dev/ are each built as a corpus by the real pipe and scored against
their hand-labelled gold; corpora of unrelated stories must give no issue. Skipped with a message when the
shared data is absent (CI has it). A floor is the figure measured when it was set: later work may raise it,
never quietly lose it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from devdata import POSITIONS_DEV, SUMMARIES, read_debates, read_stories, score_debate  # noqa: E402

from briefing.build import BuildOptions, build_briefing  # noqa: E402
from briefing.cli import plugin_options  # noqa: E402

EXTRACTION_PAGES = SUMMARIES.parent / "extraction-dev" / "html"

# Measured 2026-12-02 (benchmarks/positions.py): 46 of 55 labelled stances (84 %), 0 of 15 traps, a recognised
# issue in each of the 5 debates (six more since 2026-12-01: among them "it would be in the public interest to see
# the advice", "detention without trial" named as the question its stances on trials argue, an anti-hunt group
# "such as" the League). The floor sits at the 80 % the issue asks for.
MIN_STANCES_FOUND = 44
MAX_TRAPS = 0

# Measured 2026-12-07 (benchmarks/positions.py, "all 5 debates one corpus"): the same debates built as ONE corpus,
# as a reader's folder of several debates is: 42 of 55 stances, 0 traps (each debate alone: 46; 38 before the
# stories were grouped into debates, when generic words such as "the plans" made one issue of several debates'
# questions). Three of the five (ID cards, terror detention, asylum: one Home Secretary, one Home Office) read as
# one debate then; since 2026-12-08 a link between two stories needs each among the other's nearest, the five
# debates are five groups and the corpus finds what each debate alone does: 46.
MIN_STANCES_FOUND_MIXED = 46
MAX_TRAPS_MIXED = 0

needs_debates = pytest.mark.skipif(not POSITIONS_DEV.exists(), reason=f"{POSITIONS_DEV} is absent (evaluation data)")


@pytest.fixture(scope="module")
def scores():
    return {slug: score_debate(build_briefing(BuildOptions(corpus_dir=POSITIONS_DEV / slug, cache_dir=None)), debate)
            for slug, debate in read_debates().items()}


@needs_debates
def test_labelled_stances_found_stay_above_the_floor(scores):
    found = sum(len(score["found"]) for score in scores.values())
    assert found >= MIN_STANCES_FOUND, {slug: len(score["found"]) for slug, score in scores.items()}


@needs_debates
def test_traps_stay_below_the_ceiling(scores):
    traps = [(slug, trap["actor"][0], trap["stance"]) for slug, score in scores.items() for trap in score["traps"]]
    assert len(traps) <= MAX_TRAPS, traps


@needs_debates
def test_the_debates_built_as_one_corpus_keep_their_stances():
    """A reader's folder holds several debates: built together, each debate's stances are still found."""
    from positions import mixed

    totals = mixed(POSITIONS_DEV)
    assert totals["found"] >= MIN_STANCES_FOUND_MIXED and totals["traps"] <= MAX_TRAPS_MIXED, totals


@needs_debates
def test_every_debate_has_an_issue_a_reader_recognises(scores):
    assert all(score["recognised_issues"] for score in scores.values()), {
        slug: score["issues"] for slug, score in scores.items()}


@pytest.mark.skipif(not SUMMARIES.exists(), reason=f"{SUMMARIES} is absent (evaluation data)")
def test_unrelated_news_stories_give_no_issue(tmp_path):
    for row in [r for r in read_stories() if r["id"].startswith("cnn:")][:20]:
        (tmp_path / (row["id"].replace(":", "_") + ".txt")).write_text(row["text"], encoding="utf-8")
    briefing = build_briefing(BuildOptions(corpus_dir=tmp_path, cache_dir=None))
    assert len(briefing.articles) == 20
    assert briefing.issues == [], [issue.label for issue in briefing.issues]


@pytest.mark.slow
@pytest.mark.skipif(not EXTRACTION_PAGES.exists(), reason=f"{EXTRACTION_PAGES} is absent (evaluation data)")
def test_a_mixed_folder_of_web_pages_gives_no_issue():
    briefing = build_briefing(BuildOptions(corpus_dir=EXTRACTION_PAGES, cache_dir=None))
    assert len(briefing.articles) >= 50
    assert briefing.issues == [], [issue.label for issue in briefing.issues]


def test_seeds_with_the_shipped_issues_give_every_labelled_stance():
    issues = plugin_options(ROOT / "mkdocs.yml")["issues"]
    briefing = build_briefing(BuildOptions(corpus_dir=ROOT / "corpus", cache_dir=None, issues=issues))
    names = {actor.id: actor.name for actor in briefing.actors}
    by_issue = {issue.label: {names[p.actor]: p.stance for p in briefing.positions if p.issue == issue.id}
                for issue in briefing.issues}
    talks = by_issue["Talks between the two Koreas"]
    olympics = by_issue["North Korea's participation in the Olympics"]
    for name in ("Moon Jae-in", "Kim Jong Un", "Cho Myoung-gyon", "Eric Gomez"):
        assert talks.get(name) == "support", (name, talks)
    for name in ("Heather Nauert", "Evan Medeiros", "Daniel Russel"):
        assert talks.get(name) in ("oppose", "mixed"), (name, talks)
    assert olympics.get("Bruce Klingner") == "oppose" and olympics.get("Lindsey O. Graham") == "oppose", olympics
    bodies = {article.id: article.body for article in briefing.articles}
    assert all(e.text in bodies[e.article] for p in briefing.positions for e in p.evidence)
