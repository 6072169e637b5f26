"""The MkDocs plugin: a thin adapter from MkDocs events to the library.

The briefing is built in ``on_files`` and enters the site as virtual files
(``File.generated``); nothing is written into docs/. Problems with single corpus
files are warnings on the ``mkdocs`` logger, so ``mkdocs build --strict`` fails
on them while a plain build still publishes every other article.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_build_date

from briefing.errors import BriefingError, missing_package, stage_failed

try:
    from briefing import cache, changes, render
    from briefing.build import BuildOptions, build_briefing, check_options
    from briefing.config import BriefingConfig, build_options
    from briefing.export import export_data, export_text
except ImportError as error:
    # A dependency is missing (spaCy, Jinja...). MkDocs reports a ValidationError raised while it loads a
    # plugin as one configuration error naming the plugin; any other exception would be a traceback.
    from mkdocs.config.base import ValidationError

    raise ValidationError(f"the briefing plugin cannot start: {missing_package(error)}") from None

log = get_plugin_logger(__name__)

# Pages reached from the nav; every other generated page is linked from them.
NAV_PAGES = frozenset({render.HOME, render.ARTICLES_INDEX, render.ACTORS_INDEX, render.POSITIONS, render.CHANGES})


def _docs_path(config: MkDocsConfig, uri: str) -> str:
    """A page of docs_dir as the user knows it: relative to mkdocs.yml (``docs/positions.md``)."""
    docs_dir = Path(config.docs_dir)
    try:
        docs_dir = docs_dir.relative_to(Path(config.config_file_path).parent) if config.config_file_path else docs_dir
    except ValueError:
        pass  # docs_dir outside the project folder: its full path
    return (docs_dir / uri).as_posix()


class BriefingPlugin(BasePlugin[BriefingConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.options: BuildOptions | None = None
        self.serving = False
        self.directory_urls = True
        # The footer line (corpus size) of the last good build, and the project's own copyright it follows.
        self.footer = ""
        self.user_copyright: str | None = None
        # The pages of the last build that worked: `mkdocs serve` keeps showing them while an edit breaks the build.
        self.last_good: dict[str, tuple[str, InclusionLevel]] | None = None
        # What changed is compared with the last build: kept in cache_dir, or here when there is none (serve).
        # A build's record is kept only once the build has succeeded (`--strict` may still abort after on_files).
        self.change_state: changes.State | None = None
        self.pending_change: tuple[Path | None, changes.State] | None = None
        self.change_rollback: tuple[Path | None, bytes | None, changes.State | None] | None = None
        self.read_last_deploy = False
        self.site_url: str | None = None
        self.site_name = "Briefing"

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps this object alive across `mkdocs serve`
        # rebuilds, so the spaCy model (cached per process) is loaded once.
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return config
        base_dir = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        self.options = build_options(self.config, base_dir)
        # The pictures are raw HTML, whose links MkDocs does not rewrite: they are written as built URLs.
        self.directory_urls = config.use_directory_urls
        self.user_copyright = config.copyright
        self.site_url, self.site_name = config.site_url or None, config.site_name
        docs_dir = Path(config.docs_dir).resolve()
        for option, folder, why in (
            ("corpus_dir", self.options.corpus_dir, "MkDocs would publish the raw files"),
            ("cache_dir", self.options.cache_dir, "`mkdocs serve` would rebuild forever"),
        ):
            if folder is not None and docs_dir in (folder.resolve(), *folder.resolve().parents):
                raise PluginError(f"briefing: {option} ({folder}) must not be inside docs_dir: {why}.")
        try:
            check_options(self.options)
        except BriefingError as error:
            raise PluginError(f"briefing: {error}") from None
        if render.STYLESHEET not in config.extra_css:
            config.extra_css.append(render.STYLESHEET)
        # The generated pages give headings their ids with attribute lists ({ #issue-... }), which a
        # project of its own may not have enabled; without them the positions page's links dangle.
        if "attr_list" not in config.markdown_extensions:
            config.markdown_extensions.append("attr_list")
        return config

    # Run before other plugins' on_files (search, Material's), so they see the generated pages.
    @event_priority(50)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled or self.options is None:
            return files
        try:
            generated = self._generate()
        except PluginError as error:
            # MkDocs empties the site before this event, so a failed rebuild would leave `mkdocs serve`
            # with nothing to show: keep serving the last good briefing, and say why it is not updated.
            if not (self.serving and self.last_good is not None):
                raise
            log.error(
                "%s. The briefing shown is from the last build that worked; fix this and save again.",
                str(error).removeprefix("briefing: ").rstrip("."),
            )
            generated = self.last_good
        else:
            self.last_good = generated
        for uri, (content, inclusion) in generated.items():
            if files.get_file_from_path(uri) is not None:
                message = (
                    f"{_docs_path(config, uri)} exists, but the briefing generates that page. "
                    f"Rename or remove {_docs_path(config, uri)}."
                )
                if not self.serving:
                    raise PluginError(f"briefing: {message}")
                log.error("%s Until then the site shows that file instead of the generated page.", message)
                continue
            files.append(File.generated(config, uri, content=content, inclusion=inclusion))
        # The theme prints `copyright` in every page's footer: the build date (SOURCE_DATE_EPOCH when set, as in
        # MkDocs' sitemap) and the corpus size follow the project's own line.
        config.copyright = render.footer_html(self.user_copyright, self.footer, get_build_date())
        return files

    def _generate(self) -> dict[str, tuple[str, InclusionLevel]]:
        """Build the briefing and render it: {uri: (content, inclusion)}; every problem is a one-line PluginError."""
        assert self.options is not None
        self.change_rollback = self.pending_change = None  # a new build: an earlier build's record is final
        report: dict = {}
        try:
            briefing = build_briefing(self.options, report)
        except BriefingError as error:
            raise PluginError(f"briefing: {error}") from None
        except ImportError as error:
            log.debug("a package the build needs does not import", exc_info=True)
            raise PluginError(f"briefing: {missing_package(error)}") from None
        except Exception as error:  # a bug in a corpus-wide stage: one line for the user, the traceback with --verbose
            log.debug("building the briefing failed", exc_info=True)
            raise PluginError(
                f"briefing: {stage_failed('building the briefing', error)} (`mkdocs build --verbose` shows where)"
            ) from None
        # What the cache saved: a rebuild analyses only new or changed articles, and summarises again only the
        # articles whose corpus statistics (as their summary reads them) the change moved.
        analysed = report.get("analysed", [])
        log.info(
            "analysed %d article(s)%s; %d from the cache; %d summarised",
            len(analysed), f" ({', '.join(analysed[:5])}{', ...' if len(analysed) > 5 else ''})" if analysed else "",
            report.get("cached", 0), report.get("summarised", 0),
        )
        for skipped in briefing.skipped:
            log.warning("corpus file '%s' skipped: %s. Fix or remove the file.", skipped.source, skipped.reason)
        for article in briefing.articles:
            for warning in article.warnings:
                log.warning("corpus file '%s': %s", article.source, warning)
            # Notes (an article in a language no pipeline reads) are said, but never fail --strict.
            for note in article.notes:
                log.info("corpus file '%s': %s", article.source, note)

        # A rebuild with nothing changed reads the last build's export and pages (stored under the briefing's
        # key, and for the pages also what they show of the changes) instead of making them again.
        folder = cache.corpus_folder(self.options.cache_dir, self.options.corpus_dir) if self.options.cache_dir else None
        # The briefing's key follows the analysis code only: the export and the pages also follow the code and
        # templates that make them.
        key = cache.digest(report["key"], cache.package_digest()) if folder is not None and report.get("key") else None
        exported = cache.load_slot(folder, "export", key) if key else None
        if not (isinstance(exported, tuple) and len(exported) == 2):
            data = export_data(briefing)
            exported = (changes.snapshot(data), export_text(data))
            if key:
                cache.store_slot(folder, "export", key, exported)
        snapshot, export = exported
        state_file = changes.state_path(self.options.cache_dir, self.options.corpus_dir) if self.options.cache_dir else None
        change_log, new_state = changes.track(
            snapshot,
            state_file=state_file,
            memory=self.change_state,
            # The last deploy is read once per process; `mkdocs serve`'s rebuilds compare with the build before.
            changes_since=None if self.read_last_deploy else self.config.changes_since,
            export_file=self.options.export_file,
            save=False,
        )
        self.read_last_deploy = True
        self.pending_change = (state_file, new_state)
        if change_log.note:
            log.info("changes: %s", change_log.note)
        site_options = dict(
            actor_page_min_mentions=self.options.actor_page_min_mentions,
            export_file=self.options.export_file,
            directory_urls=self.directory_urls,
            changes=change_log,
            site_url=self.site_url,
            site_name=self.site_name,
        )
        site_key = cache.digest(key, "site", sorted((name, repr(value)) for name, value in site_options.items())) if key else None
        pages = cache.load_slot(folder, "site", site_key) if site_key else None
        if not isinstance(pages, dict):
            # A second process renders most actor pages when the build may use several (the same pages).
            workers = self.options.workers or os.cpu_count() or 1
            pages = render.render_site(briefing, **site_options, workers=workers)
            if site_key:
                cache.store_slot(folder, "site", site_key, pages)
        generated = {
            uri: (content, InclusionLevel.UNDEFINED if uri in NAV_PAGES or not uri.endswith(".md") else InclusionLevel.NOT_IN_NAV)
            for uri, content in pages.items()
        }
        generated[self.options.export_file] = (export, InclusionLevel.UNDEFINED)
        generated[render.STYLESHEET] = (render.stylesheet(), InclusionLevel.UNDEFINED)
        self.footer = render.corpus_size(briefing)
        log.info(
            "%d articles, %d skipped, %d actors, %d quotes, %d positions",
            len(briefing.articles), len(briefing.skipped), len(briefing.actors), len(briefing.quotes), len(briefing.positions),
        )
        return generated

    def on_post_page(self, output: str, /, *, page, config: MkDocsConfig) -> str | None:
        # Browsers and feed readers find the Atom feed of the changes from any page's head (feed autodiscovery).
        # Added to the built HTML rather than through a theme block, so it works with any theme and next to a
        # project's own template overrides.
        if not self.config.enabled or self.options is None or "</head>" not in output:
            return output
        tag = render.feed_link(page.file.src_uri, site_url=self.site_url, site_name=self.site_name,
                               directory_urls=self.directory_urls)
        return output.replace("</head>", f"  {tag}\n  </head>", 1)

    # After the search plugin has written its index (at priority 0), whichever of the two mkdocs.yml lists first.
    @event_priority(-50)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.config.enabled:
            self._compact_search_index(Path(config.site_dir) / "search" / "search_index.json")
        self.change_rollback = None
        if self.pending_change is None:
            return
        (state_file, state), self.pending_change = self.pending_change, None
        kept = state_file.read_bytes() if state_file is not None and state_file.exists() else None
        self.change_rollback = (state_file, kept, self.change_state)
        if state_file is not None:
            changes.save_state(state_file, state)
        self.change_state = state

    @staticmethod
    def _compact_search_index(index_file: Path) -> None:
        # Every reader's browser downloads the whole index on its first search: the same JSON without \uXXXX
        # escapes is about 5 % smaller for an English corpus with typographic quotes.
        try:
            text = index_file.read_text(encoding="utf-8")
        except OSError:
            return  # no search plugin, or one that writes elsewhere
        compact = render.compact_search_index(text)
        if compact is not None and len(compact.encode("utf-8")) < len(text.encode("utf-8")):
            index_file.write_text(compact, encoding="utf-8")

    def on_build_error(self, *, error: Exception) -> None:
        # `--strict` aborts after on_post_build when there were warnings: that build is not the last one a reader
        # saw, so the record goes back to the one before it.
        self.pending_change = None
        if self.change_rollback is None:
            return
        (state_file, kept, memory), self.change_rollback = self.change_rollback, None
        self.change_state = memory
        if state_file is not None:
            try:
                if kept is None:
                    state_file.unlink(missing_ok=True)
                else:
                    state_file.write_bytes(kept)
            except OSError as problem:
                log.warning("cannot restore the record of the last build at %s: %s", state_file, problem)

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):
        if self.config.enabled and self.options is not None:
            # Editing, adding or removing an article rebuilds the site.
            server.watch(str(self.options.corpus_dir))
        return server
