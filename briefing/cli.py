"""``briefing export`` and ``briefing render``: the library from the shell, same code path as the plugin."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from briefing.errors import BriefingError, missing_package, stage_failed

try:
    from briefing import changes, render
    from briefing.build import build_briefing, check_options
    from briefing.config import BriefingConfig, build_options
    from briefing.export import export_data, export_json
except ImportError as error:  # a dependency is missing: main() says which, in one line
    MISSING_PACKAGE: str | None = missing_package(error)
else:
    MISSING_PACKAGE = None


class _LenientLoader(yaml.SafeLoader):
    """Reads mkdocs.yml even when it carries tags for other plugins (!!python/name:..., !ENV)."""


_LenientLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _mkdocs_config(config_file: Path | None) -> dict:
    if config_file is None or not config_file.exists():
        return {}
    return yaml.load(config_file.read_text(encoding="utf-8"), Loader=_LenientLoader) or {}


def directory_urls(config_file: Path | None) -> bool:
    """MkDocs' ``use_directory_urls`` as written in mkdocs.yml (its default, true, without one): the links
    inside the pictures are written for the URLs the site will have."""
    return bool(_mkdocs_config(config_file).get("use_directory_urls", True))


def plugin_options(config_file: Path | None) -> dict:
    """The briefing plugin's options as written in mkdocs.yml (empty without a file)."""
    data = _mkdocs_config(config_file)
    for entry in data.get("plugins") or []:
        if isinstance(entry, dict) and "briefing" in entry:
            return dict(entry["briefing"] or {})
    return {}


def validated(raw: dict) -> BriefingConfig:
    config = BriefingConfig()
    config.load_dict(raw)
    errors, _ = config.validate()
    if errors:
        raise BriefingError("; ".join(f"option '{key}': {error}" for key, error in errors))
    return config


# Lists what the last `briefing render` wrote, so pages of removed articles go with the next run
# (and nothing else in the folder is ever deleted).
RENDER_MANIFEST = ".briefing-pages"


def write_pages(folder: Path, pages: dict[str, str]) -> None:
    manifest = folder / RENDER_MANIFEST
    previous = manifest.read_text(encoding="utf-8").splitlines() if manifest.exists() else []
    for uri in previous:
        stale = folder / uri
        if uri not in pages and stale.is_file() and folder.resolve() in stale.resolve().parents:
            stale.unlink()
    for uri, content in sorted(pages.items()):
        target = folder / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    manifest.write_text("".join(f"{uri}\n" for uri in sorted(pages)), encoding="utf-8")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text, default in (
        ("export", "write the JSON export of a corpus", "briefing.json"),
        ("render", "write the generated Markdown pages to a folder", "briefing-pages"),
    ):
        command = sub.add_parser(name, help=help_text)
        command.add_argument("corpus", type=Path, help="folder of articles")
        command.add_argument("-o", "--output", type=Path, default=Path(default), help=f"default: {default}")
        command.add_argument(
            "-f", "--config-file", type=Path, default=Path("mkdocs.yml"),
            help="read the briefing plugin's options from this mkdocs.yml when it exists (default: mkdocs.yml)",
        )
        command.add_argument("--model", help="spaCy pipeline (overrides mkdocs.yml)")
        command.add_argument("--no-cache", action="store_true", help="parse every article again; read and write no cache")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if MISSING_PACKAGE:
        print(f"briefing: error: {MISSING_PACKAGE}", file=sys.stderr)
        return 2
    try:
        raw = plugin_options(args.config_file)
        raw["corpus_dir"] = str(args.corpus.resolve())
        if args.model:
            raw["model"] = args.model
        if args.no_cache:
            raw["cache_dir"] = ""
        # Relative paths in mkdocs.yml (the cache) are relative to that file, as in the plugin.
        base_dir = args.config_file.resolve().parent if args.config_file.exists() else Path.cwd()
        options = build_options(validated(raw), base_dir)
        check_options(options)
        briefing = build_briefing(options)
    except BriefingError as error:
        print(f"briefing: error: {error}", file=sys.stderr)
        return 2
    except ImportError as error:
        print(f"briefing: error: {missing_package(error)}", file=sys.stderr)
        return 2
    except Exception as error:  # a bug in a corpus-wide stage: one line, not a traceback
        print(f"briefing: error: {stage_failed('building the briefing', error)}", file=sys.stderr)
        return 1
    for skipped in briefing.skipped:
        print(f"briefing: warning: corpus file '{skipped.source}' skipped: {skipped.reason}", file=sys.stderr)
    for article in briefing.articles:
        for warning in article.warnings:
            print(f"briefing: warning: corpus file '{article.source}': {warning}", file=sys.stderr)
        for note in article.notes:
            print(f"briefing: note: corpus file '{article.source}': {note}", file=sys.stderr)

    if args.command == "export":
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(export_json(briefing), encoding="utf-8")
        print(f"wrote {args.output} ({len(briefing.articles)} articles, {len(briefing.skipped)} skipped)")
    else:
        site = _mkdocs_config(args.config_file)
        change_log, _ = changes.track(
            changes.snapshot(export_data(briefing)),
            state_file=changes.state_path(options.cache_dir, options.corpus_dir) if options.cache_dir else None,
            changes_since=raw.get("changes_since"), export_file=options.export_file,
        )
        if change_log.note:
            print(f"briefing: note: {change_log.note}", file=sys.stderr)
        pages = render.render_site(
            briefing, actor_page_min_mentions=options.actor_page_min_mentions, export_file=options.export_file,
            directory_urls=directory_urls(args.config_file), changes=change_log,
            site_url=site.get("site_url") or None, site_name=site.get("site_name") or "Briefing",
        )
        pages[options.export_file] = export_json(briefing)
        pages[render.STYLESHEET] = render.stylesheet()
        write_pages(args.output, pages)
        print(f"wrote {len(pages)} files to {args.output}")
    return 0
