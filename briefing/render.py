"""Render: a :class:`Briefing` becomes ``{page uri: Markdown}``. Pure; no MkDocs import.

Every value that reaches a template is escaped by default (the environment's
``finalize``): corpus text can never inject Markdown, HTML or attribute lists.
Templates mark the few values the project builds itself (links, anchors) as safe.
"""

from __future__ import annotations

import posixpath
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import jinja2
from markupsafe import Markup

from briefing import escape
from briefing.models import Actor, Article, Briefing, Position, Quote
from briefing.pipeline.language import language_name

HOME = "index.md"
ARTICLES_INDEX = "articles/index.md"
ACTORS_INDEX = "actors/index.md"
POSITIONS = "positions.md"
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
    target = posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")
    return Markup(escape.attribute(target + (f"#{anchor}" if anchor else "")))


def paragraph_anchor(index: int) -> str:
    return f"p{index + 1}"


def _finalize(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return escape.markdown_text(value)


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
    return env


@dataclass
class SiteIndex:
    """Lookups shared by every page, computed once per render."""

    briefing: Briefing
    min_mentions: int
    export_file: str
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


def render_site(briefing: Briefing, *, actor_page_min_mentions: int = 2, export_file: str = "briefing.json") -> dict[str, str]:
    """Every generated page of the site: ``{uri: markdown}``, deterministic."""
    env = _environment()
    index = SiteIndex(briefing, actor_page_min_mentions, export_file)
    pages: dict[str, str] = {}
    common = {
        "index": index,
        "briefing": briefing,
        "link": link,
        "anchor": paragraph_anchor,
        "article_uri": article_uri,
        "actors_index": ACTORS_INDEX,
        "positions_uri": POSITIONS,
        "marks": STANCE_MARKS,
    }

    pages[HOME] = env.get_template("home.md.jinja").render(
        uri=HOME, stats=corpus_stats(briefing), export_file=export_file, **common
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
    pages[ACTORS_INDEX] = env.get_template("actors.md.jinja").render(
        uri=ACTORS_INDEX, groups=actor_groups(briefing.actors), kind_titles=KIND_TITLES, **common
    )
    actor_template = env.get_template("actor.md.jinja")
    for actor in briefing.actors:
        if actor.id in index.with_page:
            uri = actor_uri(actor.id)
            if uri in pages:
                raise ValueError(f"actor id {actor.id!r} would replace the page {uri}")
            pages[uri] = actor_template.render(
                uri=uri,
                actor=actor,
                contexts=briefing.actor_contexts.get(actor.id, {}),
                companions=companions(briefing, actor.id),
                **common,
            )
    pages[POSITIONS] = env.get_template("positions.md.jinja").render(
        uri=POSITIONS, grid=position_grid(briefing), evidence_shown=EVIDENCE_SHOWN, **common
    )
    return pages


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


def position_grid(briefing: Briefing) -> list[tuple[str, dict[str, str]]]:
    """Rows of the actor × issue grid: (actor id, {issue id: stance}), most engaged actors first."""
    rows: dict[str, dict[str, str]] = defaultdict(dict)
    for position in briefing.positions:
        rows[position.actor][position.issue] = position.stance
    names = {a.id: a.name for a in briefing.actors}
    return sorted(rows.items(), key=lambda kv: (-len(kv[1]), names.get(kv[0], kv[0])))
