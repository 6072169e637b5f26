"""Actors: speed (mentions/s) and what was found, on the shipped corpus and on other publishers' stories.

Runs the real pipeline: corpus files → clean.clean_corpus → spaCy (nlp.parse) →
actors.analyse_actors → actors.link_actors. Prints the number of mentions per second of the
actor stage alone (parsing is timed separately), actor counts by kind, and the full actor list
of the corpus (kind, name, aliases, roles) so a reader can audit it line by line.

When ../shared/data/summaries-dev.jsonl exists (never copied into the repository), a sample of
its stories (CNN, DailyMail, BBC with real page clutter) goes through the same steps, and the
actors of a few stories are printed too.

Usage: python benchmarks/actors.py [--sample 40] [--show 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from briefing.models import RawDocument  # noqa: E402
from briefing.pipeline import nlp  # noqa: E402
from briefing.pipeline.actors import ActorOptions, analyse_actors, link_actors, slugify  # noqa: E402
from briefing.pipeline.clean import clean_corpus  # noqa: E402

CORPUS = REPO / "corpus"
DATA = REPO.parent / "shared" / "data" / "summaries-dev.jsonl"


def run(documents: list[RawDocument], label: str, show: int | None) -> None:
    articles = clean_corpus(documents)
    for index, article in enumerate(articles):
        if not article.id:  # the orchestrator assigns ids; do the same here
            article.id = f"{index:03d}-{slugify(article.title or article.source)[:40]}"
    started = time.perf_counter()
    docs = list(nlp.parse([a.body for a in articles]))
    parse_seconds = time.perf_counter() - started

    options = ActorOptions()
    started = time.perf_counter()
    analyses = {a.id: analyse_actors(a, doc, options) for a, doc in zip(articles, docs)}
    analyse_seconds = time.perf_counter() - started
    started = time.perf_counter()
    actors, link = link_actors(articles, analyses, options)
    link_seconds = time.perf_counter() - started

    mentions = sum(len(a.mentions) for a in analyses.values())
    words = sum(len(a.body.split()) for a in articles)
    print(f"\n## {label}: {len(articles)} articles, {words} words")
    print(f"spaCy parse: {parse_seconds:.2f} s ({words / max(parse_seconds, 1e-9):,.0f} words/s)")
    print(
        f"actor analysis: {mentions} mentions in {analyse_seconds:.3f} s "
        f"= {mentions / max(analyse_seconds, 1e-9):,.0f} mentions/s; linking {link_seconds * 1000:.1f} ms"
    )
    by_kind = Counter(actor.kind for actor in actors)
    print("actors by kind: " + ", ".join(f"{kind} {by_kind[kind]}" for kind in ("person", "organization", "country", "group", "other")))
    with_roles = sum(1 for actor in actors if actor.roles)
    multi = sum(1 for actor in actors if len(actor.articles) > 1)
    print(f"actors: {len(actors)}; with a role: {with_roles}; in more than one article: {multi}; links: {len(link)}")

    if show is None:
        shown = actors
    else:
        shown = []
        for article in articles[:show]:
            ids = sorted({actor_id for (article_id, _), actor_id in link.items() if article_id == article.id})
            print(f"\n  [{article.id}] {article.title[:70]!r}")
            for actor in actors:
                if actor.id in ids:
                    _print_actor(actor, article.id)
        return
    print()
    for actor in sorted(shown, key=lambda a: (a.kind, a.name)):
        _print_actor(actor, None)


def _print_actor(actor, article_id: str | None) -> None:
    roles = [r.text for r in actor.roles if article_id in (None, r.article)]
    roles = list(dict.fromkeys(roles))
    aliases = ", ".join(actor.aliases)
    print(
        f"  {actor.kind:<12} {actor.name:<32} mentions={actor.mentions:<3} articles={len(actor.articles)}"
        + (f"  aliases: {aliases}" if aliases else "")
        + (f"  roles: {' | '.join(roles)}" if roles else "")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=40, help="stories from summaries-dev.jsonl (0: none)")
    parser.add_argument("--show", type=int, default=5, help="stories whose actors are printed")
    args = parser.parse_args()

    nlp.load_model()  # loading is not part of any timing
    corpus = [
        RawDocument(source=path.relative_to(CORPUS).as_posix(), text=path.read_text(encoding="utf-8"), format="txt")
        for path in sorted(CORPUS.glob("*.txt"))
    ]
    run(corpus, "corpus/ (seeds)", show=None)

    if args.sample and DATA.exists():
        rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
        # Every k-th story so all three sources are in the sample.
        step = max(1, len(rows) // args.sample)
        sample = rows[::step][: args.sample]
        stories = [RawDocument(source=row["id"].replace(":", "/") + ".txt", text=row["text"], format="txt") for row in sample]
        sources = Counter(row["id"].split(":")[0] for row in sample)
        run(stories, f"summaries-dev sample ({', '.join(f'{k} {v}' for k, v in sorted(sources.items()))})", show=args.show)
    elif args.sample:
        print(f"\n({DATA} not found: the other publishers' sample is skipped)")


if __name__ == "__main__":
    main()
