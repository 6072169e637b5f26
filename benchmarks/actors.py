"""Actors: speed (mentions/s) and what was found, on the shipped corpus and on other publishers' stories.

Runs the real pipeline: corpus files → clean.clean_corpus → spaCy (nlp.parse) →
actors.analyse_actors → actors.link_actors. Prints the number of mentions per second of the
actor stage alone (parsing is timed separately), actor counts by kind, and the full actor list
of the corpus (kind, name, aliases, roles) so a reader can audit it line by line.

When ../shared/data/summaries-dev.jsonl exists (never copied into the repository), a sample of
its stories (CNN, DailyMail, BBC with real page clutter) goes through the same steps, and the
actors of a few stories are printed too. Before that, the ten CNN stories of HELD_OUT
(hand-labelled by reading them; not seeds) give held-out recall and precision.

When ../shared/data/positions-dev/ exists, its 28 BBC articles go through the same steps as one
corpus and the actor groups of its gold.json are scored per debate: together (every name of a group
resolves to one actor) and apart (names in distinct_from resolve to another actor).

Then the saved pages of ../shared/data/extraction-dev/ (several languages) go through the same steps
and the actors and quotes found on the non-English pages are counted.

Other folders in positions-dev's format (a gold.json with actor groups) are scored the same way with
--debates DIR.

Usage: python benchmarks/actors.py [--sample 40] [--show 5] [--debates DIR ...]
"""

from __future__ import annotations

import argparse
import json
import re
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
from briefing.pipeline.language import CUE_LANGUAGES  # noqa: E402

CORPUS = REPO / "corpus"
from devdata import SUMMARIES as DATA, read_stories  # noqa: E402

# Held-out gold: CNN stories from ../shared/data/summaries-dev.jsonl (never copied here), none of
# them a seed, labelled by reading the stories before looking at the system's output.
# HELD_OUT: the actors that matter (people quoted or given a role, organisations and countries that
# act): (story id, acceptable names separated by "|", acceptable kinds separated by "|").
# NOT_ACTORS: names that must not become actors, nor aliases of one (credits, bylines,
# descriptions standing in for a name, works).
# DISTINCT: pairs of gold actors of one story that are different people and must not be merged.
S017 = "cnn:017d27d00eb43678c15cb4a8dd4723a035323219"
S5E2 = "cnn:5e22bbfc7232418b8d2dd646b952e404df5bd048"
S0D4 = "cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd"
S7FE = "cnn:7fe70cc8b12fab2d0a258fababf7d9c6b5e1262a"
SC27 = "cnn:c27cf1b136cc270023de959e7ab24638021bc43f"
S42C = "cnn:42c027e4ff9730fbb3de84c1af0d2c506e41c3e4"
S469 = "cnn:469c6ac05092ca5997728c9dfc19f9ab6b936e40"
SF00 = "cnn:f001ec5c4704938247d27a44948eebb37ae98d01"
SE27 = "cnn:e2706dce6cf26bc61b082438188fdb6e130d9e40"
S88E = "cnn:88e7dac40f3e6c159e4edc0747d0cc0f50886fbb"
HELD_OUT: list[tuple[str, str, str]] = [
    # politics: Bush's Vietnam speech
    (S017, "Bush|George W. Bush", "person"),
    (S017, "White House", "organization"),
    (S017, "Harry Reid", "person"),
    (S017, "David Petraeus", "person"),
    (S017, "Ryan Crocker", "person"),
    (S017, "Robert Gates", "person"),
    (S017, "Osama bin Laden", "person"),
    (S017, "al Qaeda|Al Qaeda", "organization|group"),
    # politics: Tony Snow steps down
    (S5E2, "Tony Snow", "person"),
    (S5E2, "Dana Perino", "person"),
    (S5E2, "Bush|George W. Bush", "person"),
    (S5E2, "White House", "organization"),
    (S5E2, "Scott McClellan", "person"),
    (S5E2, "Fox News|Fox News Channel", "organization"),
    # disaster / government: Utah mine
    (S0D4, "Richard Stickler", "person"),
    (S0D4, "Mine Safety and Health Administration|MSHA", "organization"),
    (S0D4, "Bush|George W. Bush", "person"),
    (S0D4, "White House", "organization"),
    (S0D4, "Elaine Chao", "person"),
    (S0D4, "Bob Murray", "person"),
    (S0D4, "Murray Mining", "organization"),
    (S0D4, "Colin King", "person"),
    # sport / crime: Michael Vick
    (S7FE, "Michael Vick", "person"),
    (S7FE, "National Football League|NFL", "organization"),
    (S7FE, "Atlanta Falcons|Falcons", "organization"),
    (S7FE, "Roger Goodell", "person"),
    (S7FE, "Arthur Blank", "person"),
    (S7FE, "Jeffrey Toobin", "person"),
    (S7FE, "Henry E. Hudson", "person"),
    (S7FE, "Tony Taylor", "person"),
    (S7FE, "Quanis Phillips", "person"),
    (S7FE, "Purnell Peace", "person"),
    (S7FE, "U.S. Marshals Service|Marshals Service", "organization"),
    # crime / education: Duke noose
    (SC27, "Duke University|Duke", "organization"),
    (SC27, "Richard Brodhead", "person"),
    (SC27, "Larry Moneta", "person"),
    # business / entertainment: Radcliffe
    (S42C, "Daniel Radcliffe", "person"),
    # international: Germanwings
    (S469, "Brice Robin", "person"),
    (S469, "Julian Reichelt", "person"),
    (S469, "Bild", "organization"),
    (S469, "Paris Match", "organization"),
    (S469, "BEA", "organization"),
    (S469, "Jean-Marc Menichini", "person"),
    (S469, "Lufthansa", "organization"),
    (S469, "Germanwings", "organization"),
    (S469, "Andreas Lubitz", "person"),
    (S469, "Carsten Spohr", "person"),
    (S469, "Francois Hollande", "person"),
    (S469, "Christoph Kumpa", "person"),
    (S469, "Brian Russell", "person"),
    # international: Palestine joins the ICC
    (SF00, "Palestinian Authority", "organization|country"),
    (SF00, "International Criminal Court|ICC", "organization"),
    (SF00, "Israel", "country"),
    (SF00, "United States|U.S.", "country"),
    (SF00, "Palestinians|Palestine", "group|country"),
    (SF00, "Riad al-Malki", "person"),
    (SF00, "Kuniko Ozaki", "person"),
    (SF00, "Human Rights Watch", "organization"),
    (SF00, "Balkees Jarrah", "person"),
    (SF00, "Benjamin Netanyahu", "person"),
    (SF00, "State Department", "organization"),
    (SF00, "Fatou Bensouda", "person"),
    (SF00, "Hamas", "organization|group"),
    # international / human rights: Amnesty report
    (SE27, "Amnesty International|Amnesty", "organization"),
    (SE27, "Salil Shetty", "person"),
    (SE27, "Audrey Gaughran", "person"),
    (SE27, "Ban Ki-moon", "person"),
    (SE27, "United Nations|UN|U.N.", "organization"),
    (SE27, "Pakistan", "country"),
    (SE27, "China", "country"),
    (SE27, "Belarus", "country"),
    (SE27, "Vietnam", "country"),
    (SE27, "United States|U.S.", "country"),
    (SE27, "Egypt", "country"),
    (SE27, "Nigeria", "country"),
    (SE27, "Iran", "country"),
    (SE27, "Saudi Arabia", "country"),
    # religion / obituary: Robert H. Schuller
    (S88E, "Robert H. Schuller", "person"),
    (S88E, "Donna Schuller", "person"),
    (S88E, "Arvella", "person"),
    (S88E, "Timothy Larsen", "person"),
    (S88E, "Wheaton College", "organization"),
    (S88E, "Randall Balmer", "person"),
    (S88E, "Dartmouth College", "organization"),
    (S88E, "Bobby Schuller Jr.|Bobby Jr.", "person"),
    (S88E, "Norman Vincent Peale", "person"),
    (S88E, "Crystal Cathedral Ministries|Crystal Cathedral", "organization"),
    (S88E, "Roman Catholic Church", "organization"),
    (S88E, "Rick Warren", "person"),
    (S88E, "Bill Hybels", "person"),
]
NOT_ACTORS: list[tuple[str, str]] = [
    (S7FE, "Mike Phelan"),
    (SC27, "Dave Alsup"),
    (S42C, "The Londoner"),
    (S5E2, "The Tony Snow Show"),
    (S469, "Margot Haddad"),
    (S469, "Pamela Brown"),
    (S469, "Laura Smith-Spark"),
    (S469, "Frederik Pleitgen"),
    (S469, "Pamela Boykoff"),
    (S469, "Antonia Mortensen"),
    (S469, "Sandrine Amiel"),
    (S469, "Anna-Maja Rappard"),
    (SF00, "Vasco Cotovio"),
    (SF00, "Kareem Khadder"),
    (SF00, "Faith Karimi"),
    (S88E, "Stella Chan"),
]
DISTINCT: list[tuple[str, str, str]] = [
    (S88E, "Robert H. Schuller", "Bobby Schuller Jr.|Bobby Jr."),
    (S88E, "Robert H. Schuller", "Donna Schuller"),
    (S88E, "Donna Schuller", "Bobby Schuller Jr.|Bobby Jr."),
    (S7FE, "Quanis Phillips", "Purnell Peace"),
]


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


def _source_of(story_id: str) -> str:
    return story_id.replace(":", "/") + ".txt"


def held_out() -> tuple[int, int, int, int] | None:
    """Actor recall, kind precision, non-actors and wrong merges on the hand-labelled HELD_OUT stories.

    A gold actor is found when an actor of its story has one of its names as name or, failing
    that, as alias. recall = found / gold; kind precision = found with an acceptable kind / found;
    actor precision = found with the right kind / (found + NOT_ACTORS that became actors or
    aliases + DISTINCT pairs merged into one actor + gold actors split over several actors).
    """
    if not DATA.exists():
        print(f"\n({DATA} not found: the held-out gold is skipped)")
        return
    wanted = {story for story, _name, _kind in HELD_OUT}
    rows = read_stories()
    rows = sorted((row for row in rows if row["id"] in wanted), key=lambda row: row["id"])
    documents = [RawDocument(source=_source_of(row["id"]), text=row["text"], format="txt") for row in rows]
    articles, _analyses, actors, link, _docs = analyse_corpus(documents)
    by_id = {actor.id: actor for actor in actors}
    article_of = {a.source: a.id for a in articles}

    def story_actors(story: str) -> list:
        article_id = article_of.get(_source_of(story))
        ids = sorted({actor_id for (aid, _), actor_id in link.items() if aid == article_id})
        return [by_id[i] for i in ids]

    def key(name: str) -> str:
        name = name.casefold().replace("’", "'")
        return name[4:] if name.startswith("the ") else name

    def lookup(story: str, names: str) -> list:
        wanted_names = {key(n) for n in names.split("|")}
        here = story_actors(story)
        exact = [a for a in here if key(a.name) in wanted_names]
        return exact or [a for a in here if any(key(alias) in wanted_names for alias in a.aliases)]

    found, right_kind, split, problems = 0, 0, 0, []
    for story, names, kinds in HELD_OUT:
        hits = lookup(story, names)
        if not hits:
            problems.append(f"  MISSED    {story[4:12]} {names}")
            continue
        found += 1
        if len(hits) > 1:
            split += 1
            problems.append(f"  SPLIT     {story[4:12]} {names}: {[a.name for a in hits]}")
        if hits[0].kind in kinds.split("|"):
            right_kind += 1
        else:
            problems.append(f"  KIND      {story[4:12]} {names}: {hits[0].kind}, expected {kinds}")
    false_actors = 0
    for story, name in NOT_ACTORS:
        hits = lookup(story, name)
        if hits:
            false_actors += 1
            problems.append(f"  NOT-ACTOR {story[4:12]} {name!r} is {hits[0].name!r} ({hits[0].kind})")
    merged = 0
    for story, first, second in DISTINCT:
        a, b = lookup(story, first), lookup(story, second)
        if a and b and {x.id for x in a} & {x.id for x in b}:
            merged += 1
            problems.append(f"  MERGED    {story[4:12]} {first} = {second}")
    total = len(HELD_OUT)
    print(f"\n## Held-out gold: {len(articles)} CNN stories, {total} actors, {len(NOT_ACTORS)} non-actors, {len(DISTINCT)} distinct pairs")
    print(f"held-out actor recall: {found}/{total} = {found / total:.3f}")
    print(f"held-out kind precision: {right_kind}/{found} = {right_kind / max(found, 1):.3f}")
    errors = false_actors + merged + split
    print(
        f"held-out actor precision: {right_kind}/{found + false_actors + merged + split} = "
        f"{right_kind / max(found + errors, 1):.3f} (non-actors made actors {false_actors}, wrong merges {merged}, split {split})"
    )
    for line in problems:
        print(line)
    return found, total, right_kind, found + errors


POSITIONS = REPO.parent / "shared" / "data" / "positions-dev"


def positions_corpus(root: Path = POSITIONS) -> tuple[list, dict]:
    """The articles of a folder in positions-dev's format (by default positions-dev, read from
    ../shared/data, never copied here), as one corpus, and its gold.json."""
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    documents = [
        RawDocument(source=f"{slug}/{name}", text=(root / slug / name).read_text(encoding="utf-8"), format="txt")
        for slug, debate in sorted(gold["debates"].items())
        for name in debate["files"]
    ]
    return documents, gold


def analyse_corpus(documents: list[RawDocument]):
    """clean → parse → analyse_actors → link_actors; returns (articles, analyses, actors, link)."""
    articles = clean_corpus(documents)
    for index, article in enumerate(articles):
        if not article.id:
            article.id = f"{index:03d}-{slugify(article.title or article.source)[:40]}"
    docs = list(nlp.parse([a.body for a in articles]))
    options = ActorOptions()
    analyses = {a.id: analyse_actors(a, doc, options) for a, doc in zip(articles, docs)}
    actors, link = link_actors(articles, analyses, options)
    return articles, analyses, actors, link, docs


def analyse_routed(documents: list[RawDocument]):
    """As :func:`analyse_corpus`, with the build's language stage first: an article no pipeline reads
    gets an empty analysis and no ``Doc`` (None), as on the site."""
    from briefing.models import ArticleAnalysis
    from briefing.pipeline.language import route_articles

    articles = clean_corpus(documents)
    for index, article in enumerate(articles):
        if not article.id:
            article.id = f"{index:03d}-{slugify(article.title or article.source)[:40]}"
    pipelines = route_articles(articles, nlp.DEFAULT_MODEL, {})
    read = [a for a, p in zip(articles, pipelines) if p is not None]
    parsed = dict(zip((a.id for a in read), nlp.parse([a.body for a in read])))
    docs = [parsed.get(a.id) for a in articles]
    options = ActorOptions()
    analyses = {
        a.id: analyse_actors(a, doc, options) if doc is not None else ArticleAnalysis(article=a.id)
        for a, doc in zip(articles, docs)
    }
    actors, link = link_actors(articles, analyses, options)
    return articles, analyses, actors, link, docs


def resolve_name(name: str, articles, analyses, link) -> Counter:
    """Actor ids a name written in the articles resolves to: every whole-word occurrence (any case) is
    looked up among the mentions overlapping it; occurrences no mention covers are not counted
    ("Tory" in "Tory leader Michael Howard" names no one)."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)
    found: Counter = Counter()
    for article in articles:
        analysis = analyses[article.id]
        for match in pattern.finditer(article.body):
            # The name's head is its last word ("Lib Dem leader Charles Kennedy"): the mention
            # reaching furthest into the occurrence decides.
            covering = [m for m in analysis.mentions if m.start < match.end() and m.end > match.start()]
            if not covering:
                continue
            mention = max(covering, key=lambda m: (min(m.end, match.end()), -m.start))
            actor_id = link.get((article.id, analysis.names.get(mention.text, mention.text)))
            if actor_id:
                found[actor_id] += 1
    return found


def score_groups(gold: dict, articles, analyses, link) -> tuple[dict[str, tuple[int, int, int, int]], list[str]]:
    """Per debate: (groups together, groups, distinct pairs apart, distinct pairs).

    A name resolves to the actor most of its occurrences in the debate's files link to. A group is
    together when every name of it resolves, all to one actor; a distinct_from pair is apart when
    the two names resolve to different actors (or the other name to none)."""
    scores, problems = {}, []
    for slug, debate in sorted(gold["debates"].items()):
        here = [a for a in articles if a.source.startswith(slug + "/")]
        together = apart = pairs = 0
        for group in debate["actors"]:
            resolved = {name: resolve_name(name, here, analyses, link) for name in group["names"]}
            tops = {name: (ids.most_common(1)[0][0] if ids else None) for name, ids in resolved.items()}
            if None not in tops.values() and len(set(tops.values())) == 1:
                together += 1
            else:
                problems.append(f"  SPLIT  {slug}: " + "; ".join(f"{n} -> {dict(ids) or '-'}" for n, ids in resolved.items()))
            first = tops[group["names"][0]]
            for other in group.get("distinct_from", []):
                pairs += 1
                ids = resolve_name(other, here, analyses, link)
                if not ids or ids.most_common(1)[0][0] != first:
                    apart += 1
                else:
                    problems.append(f"  MERGED {slug}: {group['names'][0]} = {other}")
        scores[slug] = (together, len(debate["actors"]), apart, pairs)
    return scores, problems


def positions_groups(root: Path = POSITIONS) -> tuple[int, int, int, int] | None:
    """Actor groups of positions-dev (or of another folder in its format): together and apart, per
    debate and in all."""
    if not (root / "gold.json").exists():
        print(f"\n({root} not found: its actor groups are skipped)")
        return None
    documents, gold = positions_corpus(root)
    articles, analyses, _actors, link, _docs = analyse_corpus(documents)
    scores, problems = score_groups(gold, articles, analyses, link)
    print(f"\n## {root.name} actor groups: {len(articles)} articles analysed as one corpus")
    for slug, (together, groups, apart, pairs) in scores.items():
        print(f"  {slug:<18} together {together}/{groups}   apart {apart}/{pairs}")
    totals = tuple(sum(s[i] for s in scores.values()) for i in range(4))
    print(f"actor groups together: {totals[0]}/{totals[1]}; distinct pairs apart: {totals[2]}/{totals[3]}")
    for line in problems:
        print(line)
    return totals


EXTRACTION = REPO.parent / "shared" / "data" / "extraction-dev" / "html"


def page_language(text: str) -> str:
    """The page's language by py3langid when installed, else "en" or "other" by English function words."""
    try:
        import py3langid

        return py3langid.classify(text)[0]
    except ImportError:
        words = re.findall(r"[^\W\d_]+", text.casefold())
        common = sum(word in ("the", "and", "of", "to", "is", "in", "that", "was", "for", "said") for word in words)
        return "en" if words and common / len(words) > 0.08 else "other"


def mixed_language() -> dict[str, int] | None:
    """Actors and quotes the pipeline gives the non-English pages of ../shared/data/extraction-dev/
    (saved pages of many publishers in several languages, analysed as one corpus through the build's
    language stage): a page the model cannot read must reach neither stage, so both counts should be 0."""
    if not EXTRACTION.exists():
        print(f"\n({EXTRACTION} not found: the mixed-language corpus is skipped)")
        return None
    from briefing.corpus import load_corpus
    from briefing.pipeline.quotes import extract_quotes

    documents, _skipped = load_corpus(EXTRACTION)
    articles, analyses, actors, link, docs = analyse_routed(documents)
    languages = {a.id: page_language(a.body) for a in articles}
    foreign = {article_id for article_id, language in languages.items() if language != "en"}
    quotes = sum(
        len(extract_quotes(a, doc, analyses[a.id]))
        for a, doc in zip(articles, docs)
        if a.id in foreign and doc is not None and a.language in CUE_LANGUAGES
    )
    names = sum(len(analyses[article_id].kinds) for article_id in foreign)
    only_foreign = sum(1 for actor in actors if set(actor.articles) <= foreign)
    counts = Counter(languages.values())
    print(f"\n## Mixed-language corpus: {len(articles)} pages of extraction-dev ({', '.join(f'{k} {v}' for k, v in counts.most_common())})")
    print(f"non-English pages: {len(foreign)}; actor names on them: {names}; actors found only on them: {only_foreign}; quotes on them: {quotes}")
    return {"pages": len(articles), "foreign": len(foreign), "names": names, "actors": only_foreign, "quotes": quotes}


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
    parser.add_argument(
        "--debates", type=Path, action="append", default=[], metavar="DIR",
        help="also score the actor groups of a folder in positions-dev's format (gold.json and one folder per debate)",
    )
    args = parser.parse_args()

    nlp.load_model()  # loading is not part of any timing
    corpus = [
        RawDocument(source=path.relative_to(CORPUS).as_posix(), text=path.read_text(encoding="utf-8"), format="txt")
        for path in sorted(CORPUS.glob("*.txt"))
    ]
    run(corpus, "corpus/ (seeds)", show=None)
    held_out()
    positions_groups()
    for root in args.debates:
        positions_groups(root)
    mixed_language()

    if args.sample and DATA.exists():
        rows = read_stories()
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
