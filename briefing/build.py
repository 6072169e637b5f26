"""The whole pipe in one call: load → clean → analyse → link, giving a :class:`Briefing`.

The plugin, ``briefing export`` and ``briefing render`` all call :func:`build_briefing`,
so the site, the JSON and the rendered Markdown always agree.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from briefing import cache
from briefing.corpus import load_corpus
from briefing.errors import BriefingError, stage_failed
from briefing.models import Article, ArticleAnalysis, Briefing, RawDocument, Skipped
from briefing.pipeline import actors, clean, language, nlp, positions, quotes, summarize, topics
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
    # Parses and per-article results are cached here (None: no cache).
    cache_dir: Path | None = None
    # Processes that analyse new or changed articles (None: the machine's cores; 1: in this process).
    workers: int | None = None
    # Analyse on a Dask cluster instead: "local" (a LocalCluster of `workers` processes) or a scheduler address.
    dask: str | None = None


def check_options(options: BuildOptions) -> None:
    """Raise :class:`BriefingError` naming every option whose value cannot work, and why."""
    problems = []
    for name, least in (("summary_sentences", 1), ("overview_sentences", 0), ("actor_page_min_mentions", 0)):
        value = getattr(options, name)
        if value < least:
            problems.append(f"option '{name}' must be {least} or more, not {value}")
    if options.workers is not None and options.workers < 1:
        problems.append(f"option 'workers' must be 1 or more, or null for the machine's cores, not {options.workers}")
    if options.dask is not None and not options.dask.strip():
        problems.append("option 'dask' must be 'local' or a scheduler address such as tcp://10.0.0.5:8786, or null")
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


class ArticleIds:
    """Unique slugs from titles, given in corpus order: an article's id depends only on the articles before it,
    so each is final as soon as it is given (a build analyses new articles while later ones are still cleaned)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def assign(self, article: Article) -> None:
        stem = Path(article.source).stem
        base = slugify(article.title, fallback=slugify(stem, fallback="article"), max_length=60)
        slug, n = base, 2
        while slug in self.taken or slug in RESERVED:
            slug, n = f"{base}-{n}", n + 1
        self.taken.add(slug)
        article.id = slug


def assign_article_ids(articles: Sequence[Article]) -> None:
    """Give each article a unique slug from its title; same titles get -2, -3 in corpus order."""
    ids = ArticleIds()
    for article in articles:
        ids.assign(article)


def _log_failure(stage: str, source: str) -> None:
    # The traceback is for whoever fixes the bug; the user gets stage_failed's line from the plugin or CLI.
    log.debug("%s failed on %s", stage, source, exc_info=True)


def clean_documents(
    documents: Sequence[RawDocument], skipped: list[Skipped], results: cache.Results | None = None, version: str = "",
    route: tuple[str, Mapping[str, str], bool] | None = None,
    each: Callable[[Article, str | None, bool], None] | None = None,
) -> list[Article] | tuple[list[Article], list[str | None]]:
    """Clean every document; one that the cleaner cannot handle is skipped with the reason, never fatal.

    A document's cleaning depends on its own file and on the corpus's repeated lines (page furniture found in
    several files): with ``results``, the outcome is cached under a digest of both. With ``route`` (model,
    models, strict_languages), each article is also routed to its pipeline (language detection, cached with
    it) and ``(articles, pipelines)`` is returned. ``each``, when given, is called with every article kept, in
    order, as soon as it is cleaned: ``(article, pipeline, cleaned now rather than read from the cache)``.
    """
    repeated = clean.repeated_lines(documents)
    repeated_key = cache.digest(sorted(repeated)) if results is not None else ""
    route_key = (route[0], sorted(route[1].items()), route[2]) if route is not None else None
    articles, pipelines = [], []
    for document in documents:
        key = cache.digest(version, "clean", repeated_key, route_key, repr(document)) if results is not None else ""
        outcome = results.get(key) if results is not None else None
        fresh = not isinstance(outcome, tuple)
        if fresh:
            outcome = _clean_one(document, repeated, route)
            if results is not None:
                results.put(key, outcome)
        article, reason, pipeline = outcome
        if article is None:
            skipped.append(Skipped(document.source, reason))
        else:
            articles.append(article)
            pipelines.append(pipeline)
            if each is not None:
                each(article, pipeline, fresh)
    return (articles, pipelines) if route is not None else articles


def _clean_one(document: RawDocument, repeated: frozenset[str], route) -> tuple[Article | None, str | None, str | None]:
    try:
        article = clean.clean_document(document, repeated)
    except Exception as error:  # a bug met on one article must not cost the reader the others
        _log_failure("cleaning", document.source)
        return None, stage_failed("cleaning", error), None
    if not article.paragraphs:
        return None, "no article text left after removing page furniture", None
    article.warnings[:0] = [w for w in document.warnings if w not in article.warnings]
    pipeline = None
    if route is not None:
        # Routing reads the article alone (its id is not read) when every configured pipeline is installed.
        [pipeline] = language.route_articles([article], route[0], route[1], strict_languages=route[2])
    return article, None, pipeline


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


# --- one article on its own ------------------------------------------------------------------------------


@dataclass
class ArticleResult:
    """Everything one article gives on its own: a pure function of the cleaned article, its pipeline and the
    actor options, so it is cached, and computed in other processes or on a cluster."""

    article: Article  # with the warnings of parsing and analysis
    analysis: ArticleAnalysis  # without its summary (that reads corpus statistics)
    statements: list  # for the positions page (empty unless the language has cues)
    statement_warnings: list[str]  # follow the summary's warning, as when computed in one pass
    terms: tuple[str, ...] | None  # content lemmas of the parse (its share of the corpus statistics); None: no parse
    # What the summary and the overview read of the parse, so that neither needs it again when the corpus
    # statistics change; None, with the warning the article publishes with, when that reading failed.
    sentences: list[summarize.SentenceFeatures] | None = None
    sentences_warning: str | None = None
    title_terms: tuple[str, ...] = ()  # summarize.plain_terms of the title
    nouns: tuple[tuple[str, int], ...] = ()  # (noun lemma, how often) of the parse: what the debate's topics read


def analyse_batch(batch: Sequence[tuple[Article, str | None]], actor_options: actors.ActorOptions) -> list[ArticleResult]:
    """:class:`ArticleResult` of each ``(article, pipeline)``, in order: parse (``nlp.pipe`` per pipeline),
    actors, quotes, statements, what the summary reads. Runs in this process, a worker process or on a Dask
    worker; the parses are dropped once read (nothing after this needs them)."""
    docs: list = [None] * len(batch)
    for name in sorted({p for _, p in batch if p is not None}):
        indexes = [i for i, (_, pipeline) in enumerate(batch) if pipeline == name]
        for i, doc in zip(indexes, _parse_isolated([batch[i][0] for i in indexes], name)):
            docs[i] = doc
    results = []
    for (article, _), doc in zip(batch, docs):
        if doc is None:  # a language no pipeline reads, or a text the pipeline failed on
            results.append(ArticleResult(article, ArticleAnalysis(article=article.id), [], [], None))
            continue
        # Quotes and positions read English cues: other languages get actors (and a summary) from their pipeline.
        cued = article.language in language.CUE_LANGUAGES
        analysis = analyse_article(article, doc, actor_options, cued)
        statements, statement_warnings = [], []
        if cued:
            before = len(article.warnings)
            statements = _statements(article, doc, analysis)
            statement_warnings = article.warnings[before:]
            del article.warnings[before:]
        terms_of = summarize.token_terms(doc)
        terms = tuple(sorted({term for term in terms_of if term is not None}))
        sentences, sentences_warning = _sentence_features(article, doc, terms_of)
        title_terms = tuple(summarize.plain_terms(article.title)) if article.title else ()
        results.append(ArticleResult(article, analysis, statements, statement_warnings, terms,
                                     sentences, sentences_warning, title_terms, topics.noun_counts(doc, terms_of)))
    return results


def _issues_and_positions(articles, statements, actor_ids, user_issues, taken: set[str], stories: set[str] | None = None,
                          whole_corpus: bool = False) -> tuple[list, list]:
    """The issues of some ``stories`` (None: all; their ids apart from ``taken``, the ids of another debate's issues)
    and the positions on them: found in those stories alone, or with ``whole_corpus`` in all, keeping the issues
    argued in those stories only."""
    if stories is not None:
        if not whole_corpus:
            articles = [a for a in articles if a.id in stories]
        statements = [s for s in statements if s.article in stories or whole_corpus]
    issues = positions.discover_issues(statements, [article.body for article in articles], user_issues=user_issues)
    if stories is not None and whole_corpus:
        issues = [issue for issue in issues if issue.articles and set(issue.articles) <= stories]
        statements = [s for s in statements if s.article in stories]
    issues = _unique_ids(issues, taken)
    position_list = positions.link_positions(articles, statements, actor_ids, issues)
    argued = positions.argued_issues(issues, position_list)
    if len(argued) < len(issues):
        # an issue found in the corpus that fewer than two actors turn out to hold a position on is no debate: it
        # goes, and the stances it took are read again against the issues left
        issues = argued
        position_list = positions.link_positions(articles, statements, actor_ids, issues)
    return issues, position_list


def _unique_ids(issues, taken: set[str]) -> list:
    """``issues`` with each discovered one's id made unique, apart from ``taken`` and from each other ("tax" of a
    second debate is "tax-2")."""
    taken, unique = set(taken), []
    for issue in issues:
        if issue.articles and issue.id in taken:
            n = 2
            while f"{issue.id}-{n}" in taken or any(f"{issue.id}-{n}" == other.id for other in issues):
                n += 1
            issue = dataclasses.replace(issue, id=f"{issue.id}-{n}")
        taken.add(issue.id)
        unique.append(issue)
    return unique


def _sentence_features(article: Article, doc, terms_of: list | None = None) -> tuple[list | None, str | None]:
    """(the article's summarize.sentence_features, None), or (None, the warning) when reading them fails: the
    article publishes without a summary."""
    try:
        return summarize.sentence_features(article, doc, terms_of), None
    except Exception as error:
        _log_failure("summarising", article.source)
        return None, "published without a summary: " + stage_failed("summarising", error)


def _parse_isolated(articles: Sequence[Article], model: str) -> list:
    """Parse the articles in one batch; should the batch fail, each alone, so one bad text costs only its own analysis."""
    try:
        return list(nlp.parse([article.body for article in articles], model))
    except BriefingError:
        raise  # the model itself is missing or broken: every article would fail the same way
    except Exception:
        log.debug("parsing a batch with %s failed; parsing the articles one by one", model, exc_info=True)
    docs = []
    for article in articles:
        try:
            docs.extend(nlp.parse([article.body], model))
        except BriefingError:
            raise
        except Exception as error:
            _log_failure("parsing", article.source)
            article.warnings.append("published without actors, quotes, positions or a summary: " + stage_failed("parsing", error))
            docs.append(None)
    return docs


# With the option workers unset, fewer new articles than this are analysed in the building process: starting
# processes (each loads the spaCy model) costs more than it saves.
PARALLEL_LEAST = 24


def _analyse(batch: list[tuple[Article, str | None]], options: BuildOptions, actor_options: actors.ActorOptions) -> list[ArticleResult]:
    """Analyse the articles in this process, in worker processes, or on a Dask cluster; results in order."""
    if not batch:
        return []
    workers = options.workers or os.cpu_count() or 1
    if options.dask is None and (workers == 1 or len(batch) < (2 if options.workers else PARALLEL_LEAST)):
        return analyse_batch(batch, actor_options)
    # Several chunks per worker even out long and short texts; each chunk is one nlp.pipe call per pipeline.
    size = max(1, min(64, -(-len(batch) // (workers * 4))))
    chunks = [batch[i : i + size] for i in range(0, len(batch), size)]
    if options.dask is not None:
        parts = _dask_map(options.dask, workers, chunks, actor_options)
    else:
        with _process_pool(min(workers, len(chunks))) as pool:
            parts = list(pool.map(analyse_batch, chunks, [actor_options] * len(chunks)))
    return [result for part in parts for result in part]


def _process_pool(workers: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    # forkserver (or spawn): forking a process that runs `mkdocs serve`'s threads is not safe.
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


# Articles per task of a cold build's worker processes: one nlp.pipe batch (nlp.parse's batch_size), so that the
# batches are those of one process, and the workers finish together (a task is a few seconds).
STREAM_CHUNK = 16


class _Stream:
    """A cold build's new articles, analysed by worker processes while the rest of the corpus is still being
    cleaned: the workers start (and load the model) as soon as there are as many new articles as make
    processes worth starting, and take them in tasks of :data:`STREAM_CHUNK` articles, in corpus order."""

    def __init__(self, workers: int, least: int, actor_options: actors.ActorOptions):
        self.workers, self.least, self.actor_options = workers, least, actor_options
        self.pending: list[tuple[int, tuple[Article, str | None]]] = []
        self.tasks: list = []  # (indexes, items, future)
        self.pool = None

    def add(self, index: int, article: Article, pipeline: str | None) -> None:
        self.pending.append((index, (article, pipeline)))
        if self.pool is None and len(self.pending) >= self.least:
            self.pool = _process_pool(self.workers)
        if self.pool is not None:
            self._submit(everything=False)

    def _submit(self, everything: bool) -> None:
        while len(self.pending) >= STREAM_CHUNK or (everything and self.pending):
            # Once every article is known (everything), tasks shrink towards the end of the queue, so that the
            # workers finish together instead of one core idling while the other works through a last full task.
            size = min(STREAM_CHUNK, -(-len(self.pending) // (2 * self.workers))) if everything else STREAM_CHUNK
            part, self.pending = self.pending[:size], self.pending[size:]
            items = [item for _, item in part]
            future = self.pool.submit(analyse_batch, items, self.actor_options)
            self.tasks.append(([index for index, _ in part], items, future))

    def streamed(self) -> int:
        return sum(len(indexes) for indexes, _, _ in self.tasks) + len(self.pending)

    def finish(self, more: Sequence[tuple[int, tuple[Article, str | None]]]) -> dict[int, ArticleResult]:
        """The results of every article added and of ``more``, by index. The workers stay (they summarise next)
        until :meth:`close`."""
        # The tasks no worker has started yet are cut again with the rest (in corpus order: the pool starts them in
        # the order they were submitted).
        started, waiting = [], []
        for indexes, items, future in self.tasks:
            if future.cancel():
                waiting.extend(zip(indexes, items))
            else:
                started.append((indexes, items, future))
        self.tasks = started
        self.pending[:0] = waiting
        self.pending.extend(more)
        self._submit(everything=True)
        results = {}
        for indexes, _, future in self.tasks:
            results.update(zip(indexes, future.result()))
        return results

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _dask_map(address: str, workers: int, chunks: list, actor_options: actors.ActorOptions) -> list:
    """:func:`analyse_batch` over the chunks on a Dask cluster: a LocalCluster of ``workers`` processes for
    ``local``, else the ``distributed`` scheduler at ``address`` (whose workers have this package installed)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise BriefingError(f"the option 'dask' needs the dask extra (pip install 'briefing[dask]'): {error}") from None
    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        with Client(cluster if cluster is not None else address) as client:
            futures = client.map(analyse_batch, chunks, actor_options=actor_options, pure=False)
            return client.gather(futures)
    finally:
        if cluster is not None:
            cluster.close()


# --- the corpus ------------------------------------------------------------------------------------------


def _model_ids(options: BuildOptions) -> list[str]:
    ids = []
    for name in sorted({options.model, *options.models.values()}):
        try:
            ids.append(nlp.model_id(name))
        except BriefingError:
            ids.append(f"{name} (not installed)")
    return ids


def build_briefing(options: BuildOptions, report: dict | None = None) -> Briefing:
    """The briefing of ``options.corpus_dir``. ``report``, when given, receives what this build analysed:
    ``analysed`` (the sources of the articles analysed), ``cached`` (how many came from the cache),
    ``summarised`` (summaries computed again), ``overview`` (whether the home page overview was),
    ``cache_misses`` (entries looked up and not found, or found unusable), ``streamed`` (how many new articles went to
    worker processes as soon as they were cleaned, before the rest of the corpus was) and ``key`` (a digest of everything the briefing is
    made from: the same key, the same briefing)."""
    report = report if report is not None else {}
    documents, skipped = load_corpus(options.corpus_dir)
    folder = cache.corpus_folder(options.cache_dir, options.corpus_dir) if options.cache_dir else None
    results = cache.Results(folder)
    version = cache.digest(cache.pipeline_version(), _model_ids(options))
    actor_options = actors.ActorOptions(aliases=dict(options.aliases), exclude=tuple(options.exclude))
    option_key = (sorted(options.aliases.items()), list(options.exclude))

    def article_key(article: Article, pipeline: str | None) -> str:
        return cache.digest(version, "article", pipeline, option_key, repr(article))

    # An article cleaned now (not read from the cache) is new or changed: when worker processes analyse, it goes
    # to them at once, while the rest of the corpus is cleaned (its id, given in corpus order, is final).
    workers = options.workers or os.cpu_count() or 1
    stream = None
    if options.dask is None and workers > 1:
        stream = _Stream(workers, 2 if options.workers else PARALLEL_LEAST, actor_options)
    ids, streamed = ArticleIds(), {}
    count = 0

    def each(article: Article, pipeline: str | None, fresh: bool) -> None:
        nonlocal count
        index, count = count, count + 1
        ids.assign(article)
        if stream is not None and fresh:
            key = article_key(article, pipeline)
            if not isinstance(found := results.get(key), ArticleResult):
                stream.add(index, article, pipeline)
            streamed[index] = found

    try:
        # Each article's language and pipeline are its own, and cached with its cleaning, unless a configured
        # pipeline is missing: then only the first article it would read says so, and routing is corpus-wide.
        if all(nlp.is_installed(name) for name in options.models.values()):
            route = (options.model, dict(options.models), options.strict_languages)
            articles, pipelines = clean_documents(documents, skipped, results, version, route, each=each)
        else:
            stream = None  # routing is corpus-wide: every article's pipeline is known only once all are cleaned
            articles = clean_documents(documents, skipped, results, version)
            pipelines = language.route_articles(articles, options.model, options.models, strict_languages=options.strict_languages)
            assign_article_ids(articles)
        skipped.sort(key=lambda s: s.source)
        return _build(options, report, articles, pipelines, skipped, results, folder, version, actor_options,
                      [article_key(article, pipeline) for article, pipeline in zip(articles, pipelines)],
                      stream, streamed)
    finally:
        if stream is not None:
            stream.close()


def _build(options, report, articles, pipelines, skipped, results, folder, version, actor_options, keys, stream,
           streamed) -> Briefing:
    """build_briefing once the corpus is cleaned: ``keys`` are the articles' cache keys; ``streamed`` the results
    already looked up (None: being analysed by ``stream``)."""
    # Everything from here on is a function of the articles' keys and these options: a rebuild with nothing
    # changed reads the last build's briefing instead of loading, linking and summarising every article again.
    briefing_key = cache.digest(
        version, "briefing", keys, [(s.source, s.reason) for s in skipped], options.model,
        (options.summary_sentences, options.summary_words, options.overview_sentences),
        [sorted((str(k), repr(v)) for k, v in dict(issue).items()) for issue in options.issues],
    )
    report["key"] = briefing_key
    report["streamed"] = 0
    kept = cache.load_slot(folder, "briefing", briefing_key) if folder is not None else None
    if isinstance(kept, tuple) and len(kept) == 2 and isinstance(kept[0], Briefing):
        briefing, used = kept
        results.used.update(used)  # the entries it was built from stay for the next build
        report.update(analysed=[], cached=len(articles), summarised=0, overview=False, cache_misses=results.misses)
        results.prune()
        return briefing

    # Each article alone, from the cache or analysed now (in this process, worker processes or a cluster).
    found: list[ArticleResult | None] = [streamed[i] if i in streamed else results.get(key) for i, key in enumerate(keys)]
    missing = [i for i, result in enumerate(found) if not isinstance(result, ArticleResult)]
    if stream is not None and stream.pool is not None:
        report["streamed"] = stream.streamed()
        analysed = stream.finish([(i, (articles[i], pipelines[i])) for i in missing if i not in streamed])
    else:
        analysed = dict(zip(missing, _analyse([(articles[i], pipelines[i]) for i in missing], options, actor_options)))
    for i in missing:
        results.put(keys[i], analysed[i])
        found[i] = analysed[i]
    report.update(analysed=[articles[i].source for i in missing], cached=len(articles) - len(missing))
    if missing:
        log.info("analysed %d article(s), %d from the cache", len(missing), len(articles) - len(missing))
    unit: list[ArticleResult] = found  # type: ignore[assignment]
    articles = [result.article for result in unit]
    analyses = {result.article.id: result.analysis for result in unit}

    # Summaries read corpus statistics: a summary is cached under the statistics of the terms it reads, as it
    # reads them (the buckets of their document frequencies and of the number of documents, SummaryStats.idf), and
    # computed again from the article's sentence features (never its parse) when they change: an edit moves few
    # buckets, so it summarises again few articles.
    parsed = [i for i, result in enumerate(unit) if result.terms is not None]
    frequency: Counter[str] = Counter()
    for i in parsed:
        frequency.update(unit[i].terms)
    stats = summarize.SummaryStats(documents=len(parsed), document_frequency=dict(frequency))
    summary_options = (options.summary_sentences, options.summary_words)
    summary_keys, outcomes, summarise = {}, {}, []
    for i in parsed:
        read = sorted(set(unit[i].terms) | set(unit[i].title_terms))
        summary_keys[i] = cache.digest(version, "summary", keys[i], summary_options, stats.documents_bucket(),
                                       [(term, stats.bucket(term)) for term in read])
        outcome = results.get(summary_keys[i])
        if isinstance(outcome, tuple):
            outcomes[i] = outcome
        else:
            summarise.append(i)
    # A cold build's worker processes summarise while this process links actors, issues and positions (which
    # read no summary and no warning); otherwise the summaries are computed here, now.
    pool = stream.pool if stream is not None and len(summarise) >= stream.least else None
    pending = _summaries([unit[i] for i in summarise], stats, summary_options, pool, stream.workers if pool else 1)
    if pool is None:
        outcomes.update(zip(summarise, pending()))

    actor_list, actor_ids = actors.link_actors(articles, analyses, actor_options)
    all_quotes = []
    for article in articles:
        for quote in analyses[article.id].quotes:
            if quote.speaker_name:
                quote.speaker = actor_ids.get((article.id, quote.speaker_name))
            all_quotes.append(quote)

    statements = [statement for result in unit for statement in result.statements]
    nouns = {r.article.id: dict(r.nouns) for r in unit}
    names = {name: actor.kind for actor in actor_list for name in [actor.name, *actor.aliases]}
    debates = topics.story_debates({i: n for i, n in nouns.items() if n}, names) if not options.issues else []
    alone = {a for d in debates if len(d) == 1 for a in d}
    debates = [d for d in debates if len(d) > 1]
    if options.issues or len(debates) + bool(alone) < 2:
        debates, alone = [[article.id for article in articles]], set()
    issues, position_list = [], []
    for debate in debates:
        # a corpus of several debates finds each one's issues in its own stories: a word two debates share ("the
        # amendment", "the plans") is two questions, and one debate's "bill" is never another's
        found, linked = _issues_and_positions(articles, statements, actor_ids, options.issues,
                                              {issue.id for issue in issues}, set(debate))
        if not found:
            # (stories whose own reading gives no issue, a debate's stories parted from the rest of it perhaps, are
            # read as the lone stories are)
            alone |= set(debate)
            continue
        issues += found
        position_list += linked
    if alone:
        # the stories that share nothing with any other are read as a corpus of unrelated stories is, among all the
        # others (one story alone is seldom a debate): an issue of theirs is one found there in them only
        found, linked = _issues_and_positions(articles, statements, actor_ids, options.issues,
                                              {issue.id for issue in issues}, alone, whole_corpus=True)
        issues += found
        position_list += linked
    # each debate's main issue names what the debate is about (after linking: topic words are for the reader,
    # never a stance's target)
    issues = topics.with_topics(issues, position_list, nouns, {article.id: article.title for article in articles},
                                names)

    if pool is not None:
        outcomes.update(zip(summarise, pending()))
    if stream is not None:
        stream.close()
    for i in summarise:
        results.put(summary_keys[i], outcomes[i])
    for i in parsed:
        article = articles[i]
        chosen, scores, warning = outcomes[i]
        if warning is not None:
            article.warnings.append(warning)
        else:
            analyses[article.id].summary = chosen
            analyses[article.id].sentence_scores = scores
    for result in unit:
        result.article.warnings.extend(result.statement_warnings)

    # The home page overview speaks the main model's language. It reads each article's id, kind, summary and the
    # terms of its sentences, and the statistics of those terms as SummaryStats.idf reads them: its key.
    items = [i for i in parsed if pipelines[i] == options.model]
    overview_items = [(articles[i], analyses[articles[i].id].summary,
                       _summary_terms(unit[i], analyses[articles[i].id].summary)) for i in items]
    overview_terms = sorted({term for _, _, terms in overview_items for sentence in terms for term in sentence})
    overview_key = cache.digest(
        version, "overview", options.overview_sentences, stats.documents_bucket(),
        [(term, stats.bucket(term)) for term in overview_terms],
        [(article.id, article.kind, [dataclasses.astuple(s) for s in summary], [list(t) for t in terms])
         for article, summary, terms in overview_items],
    )
    overview = results.get(overview_key)
    report["overview"] = not isinstance(overview, list)
    if report["overview"]:
        overview = summarize.overview_from_terms(overview_items, stats, max_sentences=options.overview_sentences)
        results.put(overview_key, overview)
    report["summarised"] = len(summarise)
    report["cache_misses"] = results.misses

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
    if folder is not None:
        cache.store_slot(folder, "briefing", briefing_key, (briefing, sorted(results.used)))
        results.prune()
    return briefing


def _summaries(unit: Sequence[ArticleResult], stats, summary_options: tuple, pool=None, workers: int = 1) -> Callable[[], list]:
    """The summaries of ``unit`` (:func:`summarise_batch`), in order, from the function returned: computed when it is
    called, or, with ``pool``, by its processes from now on (in as many tasks as make them finish together)."""
    items = [(r.article, r.sentences, r.sentences_warning, r.title_terms) for r in unit]
    if pool is None:
        return lambda: summarise_batch(items, stats, summary_options)
    size = -(-len(items) // (2 * workers))
    futures = [pool.submit(summarise_batch, items[i : i + size], stats, summary_options)
               for i in range(0, len(items), size)]

    def wait() -> list:
        try:
            return [outcome for future in futures for outcome in future.result()]
        except Exception:  # a worker process died (killed, out of memory): the summaries are computed here
            log.debug("summarising in the worker processes failed; summarising here", exc_info=True)
            return summarise_batch(items, stats, summary_options)

    return wait


def summarise_batch(items: Sequence[tuple], stats, summary_options: tuple) -> list[tuple[list, list, str | None]]:
    """Of each ``(article, sentence features, their warning, title terms)``: (summary, sentence scores, None), or
    ([], [], the warning) when summarising fails: the article publishes without a summary."""
    max_sentences, max_words = summary_options
    outcomes = []
    for article, sentences, sentences_warning, title_terms in items:
        if sentences is None:
            outcomes.append(([], [], sentences_warning))
            continue
        try:
            chosen, scores = summarize.summarize_features(
                article, sentences, stats, max_sentences=max_sentences, max_words=max_words, title_terms=title_terms,
            )
        except Exception as error:
            _log_failure("summarising", article.source)
            outcomes.append(([], [], "published without a summary: " + stage_failed("summarising", error)))
            continue
        outcomes.append((chosen, scores, None))
    return outcomes


def _summary_terms(result: ArticleResult, summary: Sequence) -> list[tuple[str, ...]]:
    """The overview's terms of each sentence of an article's summary (its sentence features')."""
    by_span = {(s.start, s.end): s for s in result.sentences or ()}
    return [by_span[(sentence.start, sentence.end)].overview_terms for sentence in summary]


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
