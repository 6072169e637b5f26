"""Render: a :class:`Briefing` becomes ``{page uri: Markdown}``. Pure; no MkDocs import.

Every value that reaches a template is escaped by default (the environment's
``finalize``): corpus text can never inject Markdown, HTML or attribute lists.
Templates mark the few values the project builds itself (links, anchors) as safe.
"""

from __future__ import annotations

import functools
import html
import json
import logging
import posixpath
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import jinja2
from markupsafe import Markup

from briefing import changes as change_log
from briefing import escape, pictures
from briefing.models import Actor, Article, Briefing, Position, Quote
from briefing.pipeline.language import language_name

log = logging.getLogger(__name__)

HOME = "index.md"
ARTICLES_INDEX = "articles/index.md"
ACTORS_INDEX = "actors/index.md"
POSITIONS = "positions.md"
CHANGES = change_log.PAGE
STYLESHEET = "assets/briefing.css"

KIND_TITLES = {
    "person": "People",
    "organization": "Organisations",
    "country": "Countries",
    "group": "Groups",
    "other": "Other",
}
# Evidence comes strongest first; the positions page shows this many per actor and issue, the profile all.
EVIDENCE_SHOWN = 3
# Marks are letters and symbols as well as colours, so the grid reads without colour.
STANCE_MARKS = {"support": "▲ supports", "oppose": "▼ opposes", "mixed": "◆ mixed", "neutral": "● neutral"}
SIDE_WORDS = {"support": "support", "oppose": "oppose", "mixed": "mixed", "neutral": "neutral"}
# Pictures stay readable at 1,000 articles: they draw the top N, the page lists the rest in a table.
NETWORK_ACTORS = 20
NETWORK_TIES_LISTED = 25
EGO_ACTORS = 8
SIDE_ACTORS = 8
TIMELINE_STACK = 8
QUOTING_PUBLISHERS = 6
QUOTED_PER_PUBLISHER = 5
HOME_ISSUE_NAMES = 3
HOME_QUOTED = 5
# The changes page lists this many items of a kind per change set (the rest are in the published history); the
# feed carries this many entries, newest first; the home page names this many new articles.
CHANGES_LISTED = 50
FEED_ENTRIES = 100
HOME_NEW_ARTICLES = 3


def stylesheet() -> str:
    """The CSS the pages' classes refer to (published at :data:`STYLESHEET`)."""
    from importlib.resources import files

    return files("briefing").joinpath("templates", "briefing.css").read_text(encoding="utf-8")


def article_uri(article_id: str) -> str:
    return f"articles/{article_id}.md"


def actor_uri(actor_id: str) -> str:
    return f"actors/{actor_id}.md"


def link(from_uri: str, to_uri: str, anchor: str | None = None) -> Markup:
    """A relative link target from one generated page to another (MkDocs resolves .md links)."""
    target = _relative(to_uri, posixpath.dirname(from_uri) or ".")
    return Markup(escape.attribute(target + (f"#{anchor}" if anchor else "")))


@functools.lru_cache(maxsize=65536)
def _relative(path: str, start: str) -> str:
    # A site links the same few folders to the same pages over and over; relpath asks the OS for the cwd each time.
    return posixpath.relpath(path, start)


def page_url(uri: str, directory_urls: bool = True) -> str:
    """The URL path MkDocs gives the page built from ``uri`` (``actors/x.md`` → ``actors/x/``)."""
    stem = uri.removesuffix(".md")
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def html_link(from_uri: str, to_uri: str, anchor: str | None = None, *, directory_urls: bool = True) -> str:
    """A relative URL from one built page to another, for raw HTML (the pictures), which MkDocs does not rewrite."""
    source, target = page_url(from_uri, directory_urls), page_url(to_uri, directory_urls)
    base = source.rstrip("/") if directory_urls else posixpath.dirname(source)
    if directory_urls:
        relative = _relative(target.rstrip("/") or ".", base or ".")
        relative = "./" if relative == "." else relative + "/"
    else:
        relative = _relative(target, base or ".")
    return relative + (f"#{anchor}" if anchor else "")


def paragraph_anchor(index: int) -> str:
    return f"p{index + 1}"


def _finalize(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    if type(value) is str:
        return _markdown_text(value)
    return escape.markdown_text(value)


@functools.lru_cache(maxsize=65536)
def _markdown_text(text: str) -> Markup:
    # The pages print the same names, titles and labels over and over (an actor's name on every page that
    # links to it): each is escaped once.
    return escape.markdown_text(text)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("briefing", "templates"),
        autoescape=False,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["html"] = escape.html_text
    env.filters["md"] = escape.markdown_text
    env.filters["page_title"] = escape.page_title
    env.filters["attr"] = escape.attribute
    env.filters["stance_mark"] = lambda stance: STANCE_MARKS.get(stance, stance)
    env.filters["language_name"] = language_name
    env.filters["side_word"] = lambda stance, count: f"{pictures.STANCE_SYMBOLS[stance]} {count} {SIDE_WORDS[stance]}"
    return env


@dataclass
class SiteIndex:
    """Lookups shared by every page, computed once per render."""

    briefing: Briefing
    min_mentions: int
    export_file: str
    directory_urls: bool = True
    articles: dict[str, Article] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    quotes_by_actor: dict[str, list[Quote]] = field(default_factory=lambda: defaultdict(list))
    positions_by_actor: dict[str, list[Position]] = field(default_factory=lambda: defaultdict(list))
    positions_by_article: dict[str, list[tuple[Position, list]]] = field(default_factory=lambda: defaultdict(list))
    with_page: set[str] = field(default_factory=set)
    articles_by_date: list[Article] = field(default_factory=list)

    def __post_init__(self) -> None:
        b = self.briefing
        self.articles = {a.id: a for a in b.articles}
        # Newest first; undated articles last, by title.
        dated = sorted((a for a in b.articles if a.published), key=lambda a: (a.published, a.title), reverse=True)
        self.articles_by_date = dated + sorted((a for a in b.articles if not a.published), key=lambda a: a.title)
        self.actors = {a.id: a for a in b.actors}
        for quote in b.quotes:
            if quote.speaker:
                self.quotes_by_actor[quote.speaker].append(quote)
            for other in quote.other_speakers:  # "X and Y said": the quote is Y's too
                self.quotes_by_actor[other].append(quote)
        for position in b.positions:
            self.positions_by_actor[position.actor].append(position)
            by_article = defaultdict(list)
            for evidence in position.evidence:
                by_article[evidence.article].append(evidence)
            for article_id, evidence in by_article.items():
                self.positions_by_article[article_id].append((position, evidence))
        self.with_page = {
            a.id
            for a in b.actors
            if a.mentions >= self.min_mentions or a.roles or a.id in self.quotes_by_actor or a.id in self.positions_by_actor
        }

    def actor_link(self, from_uri: str, actor_id: str | None) -> Markup | None:
        if actor_id and actor_id in self.with_page:
            return link(from_uri, actor_uri(actor_id))
        return None

    def issue_label(self, issue_id: str) -> str:
        return next((i.label for i in self.briefing.issues if i.id == issue_id), issue_id)

    def url(self, from_uri: str, to_uri: str, anchor: str | None = None) -> str:
        return html_link(from_uri, to_uri, anchor, directory_urls=self.directory_urls)

    def actor_url(self, from_uri: str, actor_id: str) -> str | None:
        return self.url(from_uri, actor_uri(actor_id)) if actor_id in self.with_page else None

    def actor_node(self, from_uri: str, actor_id: str, weight: int, note: str) -> pictures.Node:
        actor = self.actors.get(actor_id)
        return pictures.Node(actor_id, actor.name if actor else actor_id, weight, self.actor_url(from_uri, actor_id), note)


# With workers, another process renders this share of the actor pages (the largest part of the site) while this
# one renders the rest, once the site has at least PARALLEL_ACTOR_PAGES of them (below, starting the process and
# sending it the briefing cost more than they save). This process also renders every other page and sends the
# briefing, so it keeps the smaller share.
PARALLEL_ACTOR_PAGES = 300
WORKER_SHARE = 0.7


def render_site(
    briefing: Briefing, *, actor_page_min_mentions: int = 2, export_file: str = "briefing.json", directory_urls: bool = True,
    changes: change_log.ChangeLog | None = None, site_url: str | None = None, site_name: str = "Briefing",
    workers: int = 1,
) -> dict[str, str]:
    """Every generated page of the site: ``{uri: markdown}``, deterministic.

    ``directory_urls`` is MkDocs' ``use_directory_urls``: the pictures are raw HTML, whose links MkDocs does not
    rewrite, so they are written as the built site's URLs. With ``changes`` (what changed since the last build),
    the site also gets the changes page, its Atom feed (links absolute under ``site_url`` when it is set) and the
    history as JSON. With ``workers`` above 1, a second process renders most actor pages (the same pages).
    """
    env = _environment()
    index = SiteIndex(briefing, actor_page_min_mentions, export_file, directory_urls)
    ties = cooccurrence(briefing)
    pages: dict[str, str] = {}
    common = _common(briefing, index)
    actor_ids = [actor.id for actor in briefing.actors if actor.id in index.with_page]
    elsewhere: list[str] = []
    if workers > 1 and len(actor_ids) >= PARALLEL_ACTOR_PAGES:
        elsewhere = actor_ids[len(actor_ids) - int(len(actor_ids) * WORKER_SHARE):]
    other = _actor_pages_elsewhere(briefing, elsewhere, actor_page_min_mentions, export_file, directory_urls)

    pages[HOME] = env.get_template("home.md.jinja").render(
        uri=HOME,
        stats=corpus_stats(briefing),
        export_file=export_file,
        issue_lines=issue_lines(index, HOME),
        most_quoted=most_quoted(index)[:HOME_QUOTED],
        timeline=timeline_picture(index, HOME),
        whats_new=whats_new(index, HOME, changes) if changes is not None else None,
        changes_uri=CHANGES,
        **common,
    )
    pages[ARTICLES_INDEX] = env.get_template("articles.md.jinja").render(uri=ARTICLES_INDEX, **common)
    article_template = env.get_template("article.md.jinja")
    for article in briefing.articles:
        uri = article_uri(article.id)
        pages[uri] = article_template.render(
            uri=uri,
            article=article,
            analysis=briefing.analyses.get(article.id),
            actor_ids=briefing.article_actors(article.id),
            **common,
        )
    quoting = quotes_by_publisher(index)
    pages[ACTORS_INDEX] = env.get_template("actors.md.jinja").render(
        uri=ACTORS_INDEX,
        groups=actor_groups(briefing.actors),
        kind_titles=KIND_TITLES,
        network=network_picture(index, ACTORS_INDEX, ties),
        ties=[(a, b, n) for (a, b), n in strongest(ties)[:NETWORK_TIES_LISTED]],
        quoting=quoting,
        quoting_picture=quoting_picture(index, ACTORS_INDEX, quoting),
        ranked=ranked,
        **common,
    )
    here = actor_ids[: len(actor_ids) - len(elsewhere)]
    actor_pages = _actor_pages(env, index, common, here, ties, quoting)
    actor_pages.update(other())
    for actor_id in actor_ids:
        uri = actor_uri(actor_id)
        if uri in pages:
            raise ValueError(f"actor id {actor_id!r} would replace the page {uri}")
        pages[uri] = actor_pages[uri]
    pages[POSITIONS] = env.get_template("positions.md.jinja").render(
        uri=POSITIONS,
        grid=position_grid(briefing),
        evidence_shown=EVIDENCE_SHOWN,
        sides_overview=sides_overview_picture(index, POSITIONS),
        sides={issue.id: sides_picture(index, POSITIONS, issue.id) for issue in briefing.issues},
        **common,
    )
    if changes is not None:
        history = change_log.history_file(export_file)
        pages[CHANGES] = env.get_template("changes.md.jinja").render(
            uri=CHANGES,
            log=changes,
            change_sets=[change_set_view(index, CHANGES, change_set) for change_set in changes.history],
            feed=change_log.FEED,
            history_file=history,
            readable_time=change_log.readable_time,
            **common,
        )
        pages[change_log.FEED] = atom_feed(index, changes, site_url=site_url, site_name=site_name)
        pages[history] = change_log.history_json(changes)
    return pages


def _common(briefing: Briefing, index: SiteIndex) -> dict:
    """What every template reads."""
    return {
        "index": index,
        "briefing": briefing,
        "link": link,
        "anchor": paragraph_anchor,
        "article_uri": article_uri,
        "actors_index": ACTORS_INDEX,
        "positions_uri": POSITIONS,
        "marks": STANCE_MARKS,
    }


def _actor_pages(env: jinja2.Environment, index: SiteIndex, common: dict, actor_ids: list[str],
                 ties: Counter[tuple[str, str]], quoting: list[tuple[str, Counter[str]]]) -> dict[str, str]:
    briefing = index.briefing
    template = env.get_template("actor.md.jinja")
    neighbours = neighbour_index(ties)
    pages = {}
    for actor_id in actor_ids:
        actor = index.actors[actor_id]
        uri = actor_uri(actor_id)
        actor_companions = neighbours.get(actor_id, [])[:EGO_ACTORS]
        pages[uri] = template.render(
            uri=uri,
            actor=actor,
            contexts=briefing.actor_contexts.get(actor_id, {}),
            companions=actor_companions,
            ego=ego_picture(index, uri, actor_id, actor_companions, ties),
            quoted_by=[(publisher, counts[actor_id]) for publisher, counts in quoting if counts.get(actor_id)],
            **common,
        )
    return pages


def actor_pages(briefing: Briefing, actor_ids: list[str], actor_page_min_mentions: int, export_file: str,
                directory_urls: bool) -> dict[str, str]:
    """The pages of these actors, as :func:`render_site` renders them (run in another process)."""
    index = SiteIndex(briefing, actor_page_min_mentions, export_file, directory_urls)
    ties = cooccurrence(briefing)
    return _actor_pages(_environment(), index, _common(briefing, index), actor_ids, ties, quotes_by_publisher(index))


def _actor_pages_elsewhere(briefing: Briefing, actor_ids: list[str], *arguments) -> Callable[[], dict[str, str]]:
    """:func:`actor_pages` in another process, started now; the function returned waits for its pages. Should that
    process fail (it could not start, or was killed), the pages are rendered here."""
    if not actor_ids:
        return dict
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # forkserver (or spawn), as for the analysis: forking a process that runs `mkdocs serve`'s threads is not safe.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context(method))
        future = pool.submit(actor_pages, briefing, actor_ids, *arguments)
    except Exception:
        log.debug("rendering actor pages in another process failed to start; rendering them here", exc_info=True)
        return lambda: actor_pages(briefing, actor_ids, *arguments)

    def wait() -> dict[str, str]:
        try:
            return future.result()
        except Exception:
            log.debug("rendering actor pages in another process failed; rendering them here", exc_info=True)
            return actor_pages(briefing, actor_ids, *arguments)
        finally:
            pool.shutdown(wait=True)

    return wait


def corpus_size(briefing: Briefing) -> str:
    """The corpus in a few words, for the footer of every page."""
    size = f"{_plural(len(briefing.articles), 'article')}, {_plural(len(briefing.actors), 'actor')}, {_plural(len(briefing.quotes), 'quote')}"
    return size + (f" ({_plural(len(briefing.skipped), 'file')} skipped)" if briefing.skipped else "")


def footer_html(copyright: str | None, size: str, build_date: str) -> str:
    """The theme's copyright line (raw HTML in the footer): the project's own line, then the briefing's."""
    line = f'<span class="briefing-footer">Briefing built {escape.html_text(build_date)} from {escape.html_text(size)}</span>'
    return f"{copyright}<br>{line}" if copyright else line


def corpus_stats(briefing: Briefing) -> dict:
    dates = sorted(a.published for a in briefing.articles if a.published)
    publishers = Counter(a.publisher for a in briefing.articles if a.publisher)
    kinds = Counter(a.kind for a in briefing.articles)
    return {
        "articles": len(briefing.articles),
        "skipped": len(briefing.skipped),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "undated": sum(1 for a in briefing.articles if not a.published),
        "publishers": sorted(publishers.items(), key=lambda kv: (-kv[1], kv[0])),
        "no_publisher": sum(1 for a in briefing.articles if not a.publisher),
        "kinds": sorted(kinds.items()),
        "actors": len(briefing.actors),
        "quotes": len(briefing.quotes),
        "issues": len(briefing.issues),
        "positions": len(briefing.positions),
    }


def actor_groups(actors: list[Actor]) -> list[tuple[str, list[Actor]]]:
    groups: dict[str, list[Actor]] = defaultdict(list)
    for actor in actors:
        groups[actor.kind].append(actor)
    order = list(KIND_TITLES)
    return [
        (kind, sorted(groups[kind], key=lambda a: (-len(a.articles), -a.mentions, a.name)))
        for kind in sorted(groups, key=lambda k: order.index(k) if k in order else len(order))
    ]


def companions(briefing: Briefing, actor_id: str, limit: int = 8) -> list[tuple[str, int]]:
    """The actors that share most paragraphs with ``actor_id``, with the count."""
    counts: Counter[str] = Counter()
    for paragraphs in briefing.paragraph_actors.values():
        for members in paragraphs.values():
            if actor_id in members:
                counts.update(other for other in members if other != actor_id)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


def neighbour_index(ties: Counter[tuple[str, str]]) -> dict[str, list[tuple[str, int]]]:
    """Every actor's :func:`companions`, all at once from the paragraph ties (one pass, not one per actor page)."""
    neighbours: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), n in ties.items():
        neighbours[a].append((b, n))
        neighbours[b].append((a, n))
    return {actor: sorted(found, key=lambda kv: (-kv[1], kv[0])) for actor, found in neighbours.items()}


def position_grid(briefing: Briefing) -> list[tuple[str, dict[str, str]]]:
    """Rows of the actor × issue grid: (actor id, {issue id: stance}), most engaged actors first."""
    rows: dict[str, dict[str, str]] = defaultdict(dict)
    for position in briefing.positions:
        rows[position.actor][position.issue] = position.stance
    names = {a.id: a.name for a in briefing.actors}
    return sorted(rows.items(), key=lambda kv: (-len(kv[1]), names.get(kv[0], kv[0])))


# ---------------------------------------------------------------------------------------------- pictures


def cooccurrence(briefing: Briefing) -> Counter[tuple[str, str]]:
    """How many paragraphs each pair of actors shares: ``{(a, b): n}`` with ``a < b``."""
    ties: Counter[tuple[str, str]] = Counter()
    for paragraphs in briefing.paragraph_actors.values():
        for members in paragraphs.values():
            unique = sorted(set(members))
            for i, a in enumerate(unique):
                for b in unique[i + 1:]:
                    ties[(a, b)] += 1
    return ties


def strongest(ties: Counter[tuple[str, str]]) -> list[tuple[tuple[str, str], int]]:
    return sorted(ties.items(), key=lambda kv: (-kv[1], kv[0]))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def network_picture(index: SiteIndex, uri: str, ties: Counter[tuple[str, str]]) -> Markup | None:
    """The actors index's network: the :data:`NETWORK_ACTORS` actors with the most shared paragraphs."""
    strength: Counter[str] = Counter()
    for (a, b), n in ties.items():
        strength[a] += n
        strength[b] += n
    chosen = sorted(strength, key=lambda a: (-strength[a], -index.actors[a].mentions if a in index.actors else 0, a))
    chosen = chosen[:NETWORK_ACTORS]
    if len(chosen) < 2:
        return None
    nodes = [index.actor_node(uri, a, strength[a], _plural(strength[a], "shared paragraph")) for a in chosen]
    kept = set(chosen)
    edges = [pictures.Edge(a, b, n) for (a, b), n in strongest(ties) if a in kept and b in kept]
    return pictures.network(
        nodes,
        edges,
        key="picture-actor-network",
        title="Who appears with whom",
        desc=f"The {len(nodes)} actors that share the most paragraphs with others, on a circle; a line joins two "
        f"actors named in the same paragraph, thicker for more shared paragraphs ({len(edges)} lines).",
        caption=f"Who appears with whom: the {len(nodes)} most connected of {len(index.actors)} actors; a thicker line "
        "means more shared paragraphs. The strongest ties are listed below, every actor in the tables.",
    )


def ego_picture(index: SiteIndex, uri: str, actor_id: str, neighbours: list[tuple[str, int]],
                ties: Counter[tuple[str, str]]) -> Markup | None:
    """An actor and the actors it shares most paragraphs with; lines between those too."""
    if not neighbours:
        return None
    actor = index.actors[actor_id]
    nodes = [pictures.Node(actor_id, actor.name, max(n for _, n in neighbours), None, "this page")]
    nodes += [index.actor_node(uri, other, n, _plural(n, "shared paragraph")) for other, n in neighbours]
    kept = sorted({actor_id} | {other for other, _ in neighbours})
    # The ties among these few actors, strongest first (as strongest() orders them), without sorting all the ties.
    among = Counter({(a, b): ties[(a, b)] for i, a in enumerate(kept) for b in kept[i + 1:] if (a, b) in ties})
    edges = [pictures.Edge(a, b, n) for (a, b), n in strongest(among)]
    return pictures.network(
        nodes,
        edges,
        key="picture-ego-network",
        center=actor_id,
        title=f"{actor.name} and the actors named with them",
        desc=f"{actor.name} in the middle, the {len(neighbours)} actors sharing most paragraphs with them around; "
        "thicker lines mean more shared paragraphs.",
        caption=f"Who appears with {actor.name}; the list below gives the counts.",
    )


def _stance_counts(briefing: Briefing, issue_id: str) -> dict[str, int]:
    return dict(Counter(p.stance for p in briefing.positions if p.issue == issue_id))


def _side_members(index: SiteIndex, issue_id: str, stance: str) -> list[str]:
    """Actors holding ``stance`` on an issue, the most mentioned first."""
    members = [p.actor for p in index.briefing.positions if p.issue == issue_id and p.stance == stance]
    return sorted(members, key=lambda a: (-(index.actors[a].mentions if a in index.actors else 0), a))


def sides_overview_picture(index: SiteIndex, uri: str) -> Markup | None:
    rows = [
        (pictures.Node(issue.id, issue.label, href=index.url(uri, POSITIONS, f"issue-{issue.id}")), _stance_counts(index.briefing, issue.id))
        for issue in index.briefing.issues
    ]
    rows = [(issue, counts) for issue, counts in rows if counts]
    if not rows:
        return None
    return pictures.sides_overview(
        rows,
        key="picture-sides-overview",
        title="The sides of each issue",
        desc="One bar per issue, cut into the actors that support it, hold mixed views and oppose it, with the counts.",
        caption="The sides of each issue: how many actors support (▲), hold mixed views (◆) or oppose (▼).",
    )


def sides_picture(index: SiteIndex, uri: str, issue_id: str) -> Markup | None:
    columns = []
    for stance in pictures.STANCE_ORDER:
        members = _side_members(index, issue_id, stance)
        if members:
            shown = [index.actor_node(uri, a, 1, STANCE_MARKS[stance]) for a in members[:SIDE_ACTORS]]
            columns.append((stance, shown, len(members)))
    if not columns:
        return None
    label = index.issue_label(issue_id)
    summary = "; ".join(f"{total} {pictures.STANCE_WORDS[stance]}" for stance, _, total in columns)
    return pictures.sides(
        columns,
        key=f"picture-sides-{issue_id}",
        title=f"The sides of the issue: {label}",
        desc=f"{summary}. One column per side, headed by its count, with the actors in it.",
        caption=f"The sides on {label}: {summary}. Every actor and the evidence are listed below.",
    )


def _statements_per_article(briefing: Briefing) -> Counter[str]:
    counts: Counter[str] = Counter(q.article for q in briefing.quotes)
    for position in briefing.positions:
        counts.update(e.article for e in position.evidence)
    return counts


def timeline_picture(index: SiteIndex, uri: str) -> Markup | None:
    """The dated articles on a time axis, a dot per article (at most :data:`TIMELINE_STACK` a day)."""
    statements = _statements_per_article(index.briefing)
    dated = sorted(
        (a for a in index.briefing.articles if a.published),
        key=lambda a: (a.published, -statements[a.id], a.title, a.id),
    )
    if not dated:
        return None
    per_day: Counter[str] = Counter()
    points = []
    for article in dated:
        per_day[article.published] += 1
        if per_day[article.published] <= TIMELINE_STACK:
            note = _plural(statements[article.id], "dated statement")
            points.append((article.published, pictures.Node(article.id, article.title, statements[article.id],
                                                            index.url(uri, article_uri(article.id)), note)))
    days = sorted(per_day)
    span = days[0] if len(days) == 1 else f"{days[0]} to {days[-1]}"
    total_statements = sum(statements[a.id] for a in dated)
    left_out = len(dated) - len(points)
    return pictures.timeline(
        points,
        key="picture-timeline",
        title="Timeline of the articles",
        desc=f"{_plural(len(dated), 'dated article')} from {span}, a dot per article on its date "
        f"(bigger for more statements; {total_statements} dated statements in all)"
        + (f"; {left_out} more on the busiest days are in the table" if left_out else "") + ".",
        caption=f"Timeline: {_plural(len(dated), 'dated article')}, {span}; a bigger dot holds more quotes and "
        "stated positions. The articles table below lists them all.",
    )


def most_quoted(index: SiteIndex) -> list[tuple[str, int]]:
    counts = Counter(q.speaker for q in index.briefing.quotes if q.speaker)
    return sorted(counts.items(), key=lambda kv: (-kv[1], index.actors[kv[0]].name if kv[0] in index.actors else kv[0]))


def quotes_by_publisher(index: SiteIndex) -> list[tuple[str, Counter[str]]]:
    """Each publisher with the actors its articles quote, most quoting publisher first."""
    by_publisher: dict[str, Counter[str]] = defaultdict(Counter)
    for quote in index.briefing.quotes:
        article = index.articles.get(quote.article)
        if quote.speaker and article is not None:
            by_publisher[article.publisher or "No named publisher"][quote.speaker] += 1
    return sorted(by_publisher.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))


def ranked(counts: Counter[str], index: SiteIndex) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], index.actors[kv[0]].name if kv[0] in index.actors else kv[0]))


def quoting_picture(index: SiteIndex, uri: str, quoting: list[tuple[str, Counter[str]]]) -> Markup | None:
    if not quoting:
        return None
    groups = [
        (publisher, [index.actor_node(uri, a, n, _plural(n, "quote")) for a, n in ranked(counts, index)[:QUOTED_PER_PUBLISHER]])
        for publisher, counts in quoting[:QUOTING_PUBLISHERS]
    ]
    return pictures.grouped_bars(
        groups,
        key="picture-quoted-by-publisher",
        title="Who is quoted by whom",
        desc=f"For each of {len(groups)} publishers, the actors its articles quote most, with the number of quotes.",
        caption="Who is quoted by whom: the actors each publisher quotes most. The table below lists every publisher.",
    )


def issue_lines(index: SiteIndex, uri: str) -> list[dict]:
    """The home page's one line per issue: the count of each side and its best-known names."""
    lines = []
    for issue in index.briefing.issues:
        sides = []
        for stance in pictures.STANCE_ORDER:
            members = _side_members(index, issue.id, stance)
            if members:
                names = [(index.actors[a].name if a in index.actors else a, index.actor_link(uri, a)) for a in members[:HOME_ISSUE_NAMES]]
                sides.append({"stance": stance, "count": len(members), "names": names, "more": len(members) - len(names)})
        if sides:
            lines.append({"issue": issue, "sides": sides})
    return lines


# ---------------------------------------------------------------------------------------------- what changed


def _title_link(text: str, target: Markup | None) -> Markup:
    """``[text](target)``, or the text alone without a target; the text is corpus text, escaped."""
    if target is None:
        return escape.markdown_text(text)
    return Markup("[{}]({})").format(escape.markdown_text(text), target)


def _stance_words(stance: str) -> str:
    return f"{pictures.STANCE_SYMBOLS.get(stance, '')} {change_log.STANCE_VERBS.get(stance, stance)}".strip()


def _change_target(index: SiteIndex, uri: str, item: dict) -> tuple[str, str | None] | None:
    """The page (and anchor) a change leads to, when the page is in this site; else None."""
    if item["kind"] == "article" and item["change"] != "removed" and item["id"] in index.articles:
        first = item.get("first_new")
        return article_uri(item["id"]), paragraph_anchor(first) if isinstance(first, int) else None
    if item["kind"] == "actor" and item["change"] != "removed" and item["id"] in index.with_page:
        return actor_uri(item["id"]), None
    if item["kind"] == "stance" and item["actor"] in index.with_page:
        return actor_uri(item["actor"]), "positions"
    return None


def _article_note(index: SiteIndex, item: dict) -> str:
    if item["change"] == "removed":
        return f"{item['source']}, no longer in the corpus"
    article = index.articles.get(item["id"])
    if item["change"] == "added":
        parts = [article.publisher, article.published] if article else []
        return ", ".join(p for p in parts if p) or item["source"]
    parts = []
    if item.get("paragraphs_added"):
        parts.append(f"{_plural(item['paragraphs_added'], 'new paragraph')}")
    if item.get("paragraphs_removed"):
        parts.append(f"{_plural(item['paragraphs_removed'], 'paragraph')} removed")
    if item.get("title_was"):
        parts.append(f"title was “{item['title_was']}”")
    if item.get("details_changed"):
        parts.append("date, authors, publisher or address changed")
    if item.get("moved") and not item.get("title_was"):
        parts.append("its page has a new address")
    return "; ".join(parts) or "paragraphs edited"


def change_line(index: SiteIndex, uri: str, item: dict) -> Markup:
    """One change as a Markdown list item's text; every corpus value escaped."""
    target = _change_target(index, uri, item)
    href = link(uri, *target) if target else None
    if item["kind"] == "article":
        return Markup("{} ({})").format(_title_link(item["title"], href), escape.markdown_text(_article_note(index, item)))
    if item["kind"] == "actor":
        return Markup("{} ({})").format(_title_link(item["name"], href), escape.markdown_text(item["actor_kind"]))
    issue_href = link(uri, POSITIONS, f"issue-{item['issue']}") if any(i.id == item["issue"] for i in index.briefing.issues) else None
    who, what = _title_link(item["name"], href), _title_link(item["label"], issue_href)
    if item["change"] == "added":
        return Markup("{} {} {}").format(who, escape.markdown_text(_stance_words(item["stance"])), what)
    if item["change"] == "changed":
        return Markup("{} now {} {} (was {})").format(
            who, escape.markdown_text(_stance_words(item["stance"])), what, escape.markdown_text(_stance_words(item["was"])))
    return Markup("{}: no stance on {} found any more (was {})").format(who, what, escape.markdown_text(_stance_words(item["stance"])))


CHANGE_GROUPS = (
    ("article", "added", "New articles"),
    ("article", "changed", "Changed articles"),
    ("article", "removed", "Removed articles"),
    ("actor", "added", "New actors"),
    ("stance", "added", "New stances"),
    ("stance", "changed", "Changed stances"),
    ("stance", "removed", "Stances no longer found"),
    ("actor", "removed", "Actors no longer found"),
)


def change_set_view(index: SiteIndex, uri: str, change_set: dict) -> dict:
    """A change set as the changes page shows it: a heading anchor, the counts, and the items by group."""
    groups = []
    for kind, change, heading in CHANGE_GROUPS:
        items = [i for i in change_set["items"] if i["kind"] == kind and i["change"] == change]
        if items:
            lines = [change_line(index, uri, item) for item in items[:CHANGES_LISTED]]
            groups.append({"heading": heading, "lines": lines, "more": len(items) - len(lines)})
    return {
        "anchor": f"changes-{int(change_set['number'])}",
        "built": change_set["built"],
        "since": change_set.get("since"),
        "counts": change_log.counts_line(change_set),
        "groups": groups,
    }


def whats_new(index: SiteIndex, uri: str, changes: change_log.ChangeLog) -> dict:
    """The home page's "What is new": the latest change set in one line, its first new articles named."""
    latest = changes.latest
    if latest is None:
        return {"latest": None}
    added = [i for i in latest["items"] if i["kind"] == "article" and i["change"] == "added" and i["id"] in index.articles]
    return {
        "latest": latest,
        "since": f"the build of {change_log.readable_time(latest['since'])}" if latest.get("since") else "the previous build",
        "built": change_log.readable_time(latest["built"]),
        "counts": change_log.counts_line(latest),
        "new_articles": [_title_link(i["title"], link(uri, article_uri(i["id"]))) for i in added[:HOME_NEW_ARTICLES]],
        "more_articles": max(0, len(added) - HOME_NEW_ARTICLES),
    }


def _feed_url(index: SiteIndex, target: str, anchor: str | None, site_url: str | None) -> str:
    url = page_url(target, index.directory_urls) + (f"#{anchor}" if anchor else "")
    return (site_url.rstrip("/") + "/" + url) if site_url else url


def _feed_text(item: dict, index: SiteIndex) -> tuple[str, str]:
    """An entry's title and summary, plain text (escaped for XML when written)."""
    if item["kind"] == "article":
        title = {"added": "New article", "changed": "Changed article", "removed": "Removed article"}[item["change"]]
        return f"{title}: {item['title']}", _article_note(index, item)
    if item["kind"] == "actor":
        title = "New actor" if item["change"] == "added" else "Actor no longer found"
        return f"{title}: {item['name']}", item["actor_kind"]
    stance = change_log.STANCE_VERBS.get(item["stance"], item["stance"])
    if item["change"] == "added":
        return f"{item['name']} {stance} {item['label']}", f"A new stance on {item['label']}."
    if item["change"] == "changed":
        was = change_log.STANCE_VERBS.get(item["was"], item["was"])
        return f"{item['name']} now {stance} {item['label']}", f"Before: {was} {item['label']}."
    return f"{item['name']}: no stance on {item['label']} found any more", f"Before: {stance} {item['label']}."


def atom_feed(index: SiteIndex, changes: change_log.ChangeLog, *, site_url: str | None, site_name: str) -> str:
    """The changes as an Atom feed (RFC 4287): an entry per change, newest change set first.

    Links are absolute under ``site_url``; without it they are relative to the feed, which sits at the site's root.
    Every value from the corpus is escaped for XML (and characters XML cannot hold are dropped).
    """
    feed_url = site_url.rstrip("/") + "/" + change_log.FEED if site_url else change_log.FEED
    page = _feed_url(index, CHANGES, None, site_url)
    feed_id = feed_url if site_url else change_log.feed_id(site_name)
    updated = changes.latest["built"] if changes.latest else changes.built
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <id>{_xml(feed_id)}</id>",
        f"  <title>{_xml(site_name)}: what changed</title>",
        f"  <updated>{_xml(updated)}</updated>",
        f'  <link rel="self" type="application/atom+xml" href="{_xml(feed_url)}"/>',
        f'  <link rel="alternate" type="text/html" href="{_xml(page)}"/>',
        f"  <author><name>{_xml(site_name)}</name></author>",
    ]
    written = 0
    for change_set in changes.history:
        for item in change_set["items"]:
            if written == FEED_ENTRIES:
                break
            target = _change_target(index, CHANGES, item)
            href = _feed_url(index, *target, site_url) if target else _feed_url(index, CHANGES, f"changes-{int(change_set['number'])}", site_url)
            title, summary = _feed_text(item, index)
            lines += [
                "  <entry>",
                f"    <id>{_xml(change_log.entry_id(change_set, item))}</id>",
                f"    <title>{_xml(title)}</title>",
                f"    <updated>{_xml(change_set['built'])}</updated>",
                f'    <link rel="alternate" type="text/html" href="{_xml(href)}"/>',
                f"    <summary>{_xml(summary)}</summary>",
                "  </entry>",
            ]
            written += 1
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: object) -> str:
    """Text for XML content or a double-quoted attribute: escaped, without the characters XML 1.0 forbids."""
    return html.escape(_NOT_XML.sub("", " ".join(str(text).split())), quote=True)


def feed_link(from_uri: str, *, site_url: str | None, site_name: str, directory_urls: bool = True) -> str:
    """The ``<link>`` in a page's head that lets browsers and feed readers discover the Atom feed of the changes.

    ``from_uri`` is the page's source path (``actors/moon-jae-in.md``); the feed's address is absolute under
    ``site_url``, else relative to the page's built URL.
    """
    if site_url:
        href = site_url.rstrip("/") + "/" + change_log.FEED
    else:
        built = page_url(from_uri, directory_urls)
        folder = built if built.endswith("/") or not built else posixpath.dirname(built)
        href = posixpath.relpath(change_log.FEED, folder.rstrip("/") or ".")
    return (f'<link rel="alternate" type="application/atom+xml" title="{_xml(site_name)}: what changed" '
            f'href="{_xml(href)}">')


def compact_search_index(text: str) -> str | None:
    """The search index's JSON, re-encoded with the characters themselves instead of ``\\uXXXX`` escapes.

    MkDocs and Material write the index with Python's default ``ensure_ascii``: every curly quote, dash or Cyrillic
    letter of the corpus costs six bytes. The JSON value is the same; None when it is not JSON or cannot be UTF-8.
    """
    try:
        compact = json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
        compact.encode("utf-8")
    except (ValueError, UnicodeEncodeError):  # a lone surrogate from the page text: leave the file as written
        return None
    return compact
