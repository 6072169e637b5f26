"""Plain data passed between the stages: load → clean → analyse → link → render.

Every class here is a dataclass with no behaviour beyond conversion to plain
dicts, so that stages stay pure functions and the JSON export is a direct dump.
Nothing in this module imports mkdocs or spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "briefing/1"

ARTICLE_KINDS = ("news", "opinion")
ACTOR_KINDS = ("person", "organization", "country", "group", "other")
QUOTE_KINDS = ("direct", "partial")
STANCES = ("support", "oppose", "mixed", "neutral")


@dataclass(frozen=True)
class RawDocument:
    """A corpus file read and decoded, before any cleaning.

    ``source`` is the path relative to the corpus folder, with forward slashes.
    ``meta`` holds metadata the file states itself (Markdown front matter,
    HTML metadata); values are untrusted strings.
    """

    source: str
    text: str
    format: str  # "txt" | "md" | "html"
    encoding: str = "utf-8"
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """A corpus file that could not become an article, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Removed:
    """A line that cleaning dropped from the body, kept with the reason."""

    text: str
    reason: str


@dataclass
class Article:
    """A cleaned article: metadata plus body paragraphs.

    ``paragraphs`` is the body text, one string per paragraph; ``headings``
    lists the indexes of paragraphs that are sub-headings inside the body.
    ``id`` is a slug derived by the project (never taken from the file), unique
    within the corpus. ``language`` is the ISO 639 code the body is written in
    (``und`` until detected, or when too short to tell and no model gives a
    default). ``notes`` are things a reader should know that are not problems with
    the file (an article in a language no configured pipeline reads).
    """

    id: str
    source: str
    title: str
    kind: str = "news"
    language: str = "und"
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date, YYYY-MM-DD
    dateline: str | None = None
    url: str | None = None
    author_bios: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The body as one string; paragraph ``i`` starts at ``paragraph_offsets()[i]``."""
        return "\n\n".join(self.paragraphs)

    def paragraph_offsets(self) -> list[int]:
        offsets, position = [], 0
        for paragraph in self.paragraphs:
            offsets.append(position)
            position += len(paragraph) + 2
        return offsets

    def paragraph_at(self, char_offset: int) -> int:
        """Index of the paragraph holding ``char_offset`` of :attr:`body`."""
        index = 0
        for i, start in enumerate(self.paragraph_offsets()):
            if start <= char_offset:
                index = i
            else:
                break
        return index


@dataclass
class Mention:
    """One reference to an actor inside one article (offsets into ``Article.body``)."""

    text: str  # as written, possessive folded ("Kim's" → "Kim")
    label: str  # spaCy entity label, or "ALIAS"/"GAZETTEER" for project rules
    start: int
    end: int
    paragraph: int
    sentence: str
    title: str | None = None  # "Vice President" in "Vice President Pence"
    kind_hint: str | None = None  # kind suggested by title/context cues


@dataclass
class Role:
    """What an actor is, as one article states it."""

    text: str
    article: str
    source: str  # "apposition" | "title" | "relative" | "bio"


@dataclass
class Quote:
    """Something an actor said, quoted in an article."""

    id: str
    article: str
    text: str
    kind: str  # "direct" | "partial"
    speaker: str | None  # actor id, filled when linking across articles
    speaker_name: str | None  # canonical name inside the article ("Moon Jae-in"), set by analysis
    speaker_text: str | None  # the attribution as written ("he", "a senior White House official")
    paragraph: int
    start: int  # offsets of ``text`` in Article.body: body[start:end] == text
    end: int
    verb: str | None = None
    # Further speakers named with the first for the same words ("X and Y said in a joint statement"):
    # canonical names inside the article (set by analysis) and their actor ids (filled when linking).
    other_speaker_names: list[str] = field(default_factory=list)
    other_speakers: list[str] = field(default_factory=list)


@dataclass
class SummarySentence:
    text: str
    paragraph: int
    start: int
    end: int
    score: float


@dataclass
class ArticleAnalysis:
    """Everything derived from one article alone: a pure function of its text and the config."""

    article: str
    mentions: list[Mention] = field(default_factory=list)
    # surface name -> canonical name within the article ("Moon" -> "Moon Jae-in")
    names: dict[str, str] = field(default_factory=dict)
    # canonical name -> kind decided inside the article
    kinds: dict[str, str] = field(default_factory=dict)
    roles: dict[str, list[Role]] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    sentence_scores: list[float] = field(default_factory=list)


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass
class Issue:
    id: str
    label: str
    keywords: list[str] = field(default_factory=list)
    # words whose support counts against the issue: "hunting" for the issue "hunting ban"
    opposite: list[str] = field(default_factory=list)
    # ids of the articles that argue about it (empty: every article, as for issues from mkdocs.yml)
    articles: list[str] = field(default_factory=list)


@dataclass
class Evidence:
    article: str
    text: str
    quote: str | None = None  # quote id when the evidence is a quote
    paragraph: int = 0


@dataclass
class Position:
    actor: str
    issue: str
    stance: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Briefing:
    """The whole corpus, analysed and linked: the single input of rendering and export."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    analyses: dict[str, ArticleAnalysis] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    overview: list[SummarySentence] = field(default_factory=list)
    overview_articles: list[str] = field(default_factory=list)
    # Derived from mentions once actors are linked (render and export read them):
    # article id -> {actor id: mentions in that article}
    article_actor_mentions: dict[str, dict[str, int]] = field(default_factory=dict)
    # actor id -> {article id: (a sentence of context, its paragraph index)}
    actor_contexts: dict[str, dict[str, tuple[str, int]]] = field(default_factory=dict)
    # article id -> {paragraph index: actor ids mentioned in it}
    paragraph_actors: dict[str, dict[int, list[str]]] = field(default_factory=dict)

    def article_actors(self, article_id: str) -> list[str]:
        """Ids of the actors of one article, most mentioned first."""
        counts = self.article_actor_mentions.get(article_id, {})
        return sorted(counts, key=lambda actor_id: (-counts[actor_id], actor_id))
