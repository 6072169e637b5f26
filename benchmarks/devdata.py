"""The evaluation stories the benchmarks share: ../shared/data/summaries-dev.jsonl, never copied here."""

from __future__ import annotations

import json
from pathlib import Path

SUMMARIES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "summaries-dev.jsonl"


def read_stories() -> list[dict]:
    """Every story of the file, in file order (``{"id", "text", "reference", ...}``)."""
    with SUMMARIES.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --- positions-dev: five real debates with hand-labelled stances (see its README) ---------------------

POSITIONS_DEV = SUMMARIES.parent / "positions-dev"


def read_debates(folder: Path = POSITIONS_DEV) -> dict[str, dict]:
    """``{slug: debate}`` from ``folder``/gold.json (positions-dev, or any set in its format); each debate's
    articles are in ``folder / slug``."""
    with (folder / "gold.json").open(encoding="utf-8") as handle:
        return json.load(handle)["debates"]


def _fold(name: str) -> str:
    return " ".join(name.lower().replace(".", "").split())


def _actor_matches(actor, variants) -> bool:
    names = {_fold(actor.name), *(_fold(alias) for alias in actor.aliases)}
    return bool(names & {_fold(v) for v in variants})


def _issue_hits(issue, stems) -> int:
    """How many gold stems the issue's label or keywords contain (the gold README's matching rule)."""
    words = " ".join([issue.label, *issue.keywords]).lower()
    return sum(stem in words for stem in stems)


def _gold_issue_of(issue, gold_issues: list[tuple[str, ...]]):
    """The gold issue (its stems) a system issue stands for: the one with most stem hits, or None."""
    best, best_hits = None, 0
    for stems in gold_issues:
        hits = _issue_hits(issue, stems)
        if hits > best_hits:
            best, best_hits = stems, hits
    return best


def score_debate(briefing, debate: dict) -> dict:
    """Score one debate's briefing against its gold: stances found, traps produced, actor groups.

    A gold position is found when a published position has an actor whose name or an alias is one of the
    gold variants, on an issue that matches the gold stems, with the gold stance. A trap counts when such a
    position has the trap's stance. A group is *together* when all its names that the briefing knows resolve
    to one actor, and *apart* when none of its ``distinct_from`` names resolves to that actor.
    """
    gold_issues = sorted({tuple(p["issue"]) for p in debate["positions"]} | {tuple(w["issue"]) for w in debate["wrong"]})
    actors = {actor.id: actor for actor in briefing.actors}
    issue_of = {issue.id: _gold_issue_of(issue, gold_issues) for issue in briefing.issues}

    def stances_for(variants, stems) -> set[str]:
        return {
            p.stance
            for p in briefing.positions
            if issue_of.get(p.issue) == tuple(stems) and p.actor in actors and _actor_matches(actors[p.actor], variants)
        }

    found = [p for p in debate["positions"] if p["stance"] in stances_for(p["actor"], p["issue"])]
    traps = [w for w in debate["wrong"] if w["stance"] in stances_for(w["actor"], w["issue"])]
    together = apart = 0
    for group in debate["actors"]:
        owners = {a.id for a in actors.values() for name in group["names"] if _actor_matches(a, [name])}
        together += len(owners) == 1
        others = {a.id for a in actors.values() for name in group.get("distinct_from", []) if _actor_matches(a, [name])}
        apart += not (owners & others)
    recognised = sorted({issue.label for issue in briefing.issues if issue_of[issue.id] is not None})
    return {
        "positions": len(debate["positions"]),
        "found": found,
        "missed": [p for p in debate["positions"] if p not in found],
        "wrong": len(debate["wrong"]),
        "traps": traps,
        "groups": len(debate["actors"]),
        "together": together,
        "apart": apart,
        "issues": [issue.label for issue in briefing.issues],
        "recognised_issues": recognised,
        "stands_for": {issue.label: issue_of[issue.id] for issue in briefing.issues},
    }
