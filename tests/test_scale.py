"""Rebuilding in proportion to what changed: the analysis cache and worker processes never change the output.

Real builds of the seed corpus plus edits of it: the export (briefing.json) and the site files must be
byte-identical with and without the cache, with one process and with two, and after an edit whether the
rest comes from the cache or not; the build's report (and `mkdocs serve`'s log) says what was analysed.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml

from briefing import cache
from briefing.build import BuildOptions, build_briefing
from briefing.export import export_json
from conftest import CORPUS, MKDOCS, write_project

slow = pytest.mark.slow  # whole briefings and MkDocs builds
ROOT = Path(__file__).resolve().parent.parent


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir(parents=True)
    for path in sorted(CORPUS.iterdir()):
        if path.is_file():
            (corpus / path.name).write_bytes(path.read_bytes())
    return corpus


def _edit(corpus: Path) -> str:
    """Drop the last paragraph of one article (a real edit: its summary, actors and the corpus statistics change)."""
    path = sorted(corpus.glob("*.txt"))[0]
    paragraphs = path.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    path.write_text("\n\n".join(paragraphs[:-1]) + "\n", encoding="utf-8")
    return path.name


@slow
def test_cache_workers_and_edits_give_the_same_briefing(tmp_path, caplog):
    corpus = _corpus(tmp_path)
    count = sum(1 for p in corpus.iterdir())
    uncached = export_json(build_briefing(BuildOptions(corpus_dir=corpus, workers=1)))
    options = BuildOptions(corpus_dir=corpus, cache_dir=tmp_path / "cache", workers=2)
    report: dict = {}
    with caplog.at_level("DEBUG", logger="briefing.build"):
        cold = export_json(build_briefing(options, report))  # two worker processes analyse and summarise
    assert len(report["analysed"]) == count and report["cached"] == 0 and report["summarised"] == count
    assert not [r for r in caplog.records if "worker processes failed" in r.getMessage()]  # not the fallback
    warm_report: dict = {}
    warm = export_json(build_briefing(options, warm_report))
    assert uncached == cold == warm
    assert warm_report["analysed"] == [] and warm_report["cached"] == count
    assert warm_report["summarised"] == 0 and warm_report["overview"] is False

    edited = _edit(corpus)
    edit_report: dict = {}
    after_edit = export_json(build_briefing(options, edit_report))
    assert edit_report["analysed"] == [edited] and edit_report["cached"] == count - 1
    assert after_edit != warm
    assert after_edit == export_json(build_briefing(BuildOptions(corpus_dir=corpus, workers=1)))


@slow
def test_damaged_foreign_and_old_entries_are_computed_again(tmp_path):
    corpus = _corpus(tmp_path)
    options = BuildOptions(corpus_dir=corpus, cache_dir=tmp_path / "cache", workers=1)
    expected = export_json(build_briefing(options))
    entries = sorted((tmp_path / "cache").rglob("results/*.pickle"))
    assert entries
    entries[0].write_bytes(entries[0].read_bytes()[:40])  # truncated
    entries[1].write_bytes(entries[2].read_bytes())  # another key's entry under this name
    entries[3].write_bytes(b"briefing-result-0\n" + entries[3].read_bytes()[len(cache.MAGIC):])  # old format
    slots = sorted((tmp_path / "cache").rglob(f"{cache.SLOTS}/*.pickle"))
    assert slots  # the last build's briefing: damaged too, so that this build reads the entries
    slots[0].write_bytes(slots[0].read_bytes()[:40])
    report: dict = {}
    assert export_json(build_briefing(options, report)) == expected
    assert report["cache_misses"] == 3


@slow
def test_a_code_change_starts_clean(tmp_path, monkeypatch):
    """Keys begin with a digest of the package's source and data: another digest finds no entry."""
    corpus = _corpus(tmp_path)
    options = BuildOptions(corpus_dir=corpus, cache_dir=tmp_path / "cache", workers=1)
    build_briefing(options)
    monkeypatch.setattr(cache, "_source_digest", lambda: "another version of the code")
    report: dict = {}
    build_briefing(options, report)
    assert report["cached"] == 0 and len(report["analysed"]) == sum(1 for _ in corpus.iterdir())


def _site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@slow
def test_site_is_byte_identical_with_and_without_the_cache_and_with_workers(tmp_path):
    articles = {p.name: p.read_bytes() for p in sorted(CORPUS.iterdir()) if p.is_file()}
    sites = []
    for name, options in (
        ("plain", "cache_dir: ''\nworkers: 1"),
        ("cached", "cache_dir: .cache/briefing\nworkers: 2"),
        ("cached", None),  # the same project again: everything from the cache
    ):
        project = tmp_path / name
        if options is not None:
            write_project(project, articles, options)
        result = subprocess.run(
            [*MKDOCS, "build", "--strict", "--site-dir", str(project / "site")], cwd=project, capture_output=True,
            text=True, env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1"},
        )
        assert result.returncode == 0, result.stderr
        sites.append((_site_files(project / "site"), result.stderr))
    (plain, _), (cold, cold_log), (warm, warm_log) = sites
    assert plain == cold == warm
    assert f"analysed {len(articles)} article(s)" in cold_log
    assert f"analysed 0 article(s); {len(articles)} from the cache" in warm_log


def test_the_publishing_workflow_keeps_the_cache_the_plugin_uses_between_runs():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    cached = [step for step in steps if str(step.get("uses", "")).startswith("actions/cache@")]
    assert len(cached) == 1
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    plugin = next(entry["briefing"] for entry in config["plugins"] if isinstance(entry, dict) and "briefing" in entry)
    from briefing.config import BriefingConfig

    assert cached[0]["with"]["path"] == plugin.get("cache_dir", dict(BriefingConfig._schema)["cache_dir"].default)
    # A new key every run (entries are immutable), restored by prefix; the prefix follows code, models and options.
    assert "github.run_id" in cached[0]["with"]["key"]
    for part in ("briefing/**", "model-requirements.txt", "mkdocs.yml"):
        assert part in cached[0]["with"]["restore-keys"]
    build = next(i for i, step in enumerate(steps) if "make build" in str(step.get("run", "")))
    assert steps.index(cached[0]) < build


@slow
def test_serve_reanalyses_only_the_edited_article(tmp_path):
    """A real `mkdocs serve`: after an edit of one of three articles, its log says one article was analysed."""
    from test_serve import Server

    articles = {p.name: p.read_bytes() for p in sorted(CORPUS.iterdir()) if p.is_file()}
    project = write_project(tmp_path / "project", articles, "cache_dir: ../cache")
    server = Server(project)
    try:
        server.wait_for(lambda: any(f"analysed {len(articles)} article(s)" in line for line in server.lines), "the first build")
        server.wait_for(lambda: any("Serving on" in line for line in server.lines), "the server to watch the corpus")
        mark = len(server.lines)
        edited = _edit(project / "corpus")
        server.wait_for(lambda: any("analysed " in line for line in server.log_after(mark)), "the rebuild")
        line = next(line for line in server.log_after(mark) if "analysed " in line)
        assert f"analysed 1 article(s) ({edited}); {len(articles) - 1} from the cache" in line
    finally:
        server.stop()


@slow
def test_a_rebuild_with_nothing_changed_loads_no_spacy_model(tmp_path):
    """In a new process (as a new CI run or `mkdocs build`), everything comes from the cache: no model is loaded."""
    corpus = _corpus(tmp_path)
    script = (
        "import sys; from pathlib import Path\n"
        "from briefing.build import BuildOptions, build_briefing\n"
        "from briefing.pipeline import nlp\n"
        "if __name__ == '__main__':\n"
        "    report = {}\n"
        f"    build_briefing(BuildOptions(corpus_dir=Path({str(corpus)!r}), cache_dir=Path({str(tmp_path / 'cache')!r})), report)\n"
        "    print(len(report['analysed']), report['cached'], nlp.load_model.cache_info().currsize)\n"
    )
    runs = [
        subprocess.run([MKDOCS[0], "-c", script], capture_output=True, text=True, cwd=tmp_path, check=True).stdout.split()
        for _ in range(2)
    ]
    count = str(sum(1 for _ in corpus.iterdir()))
    assert runs[0] == [count, "0", "1"]  # analysed all, loaded the model
    assert runs[1] == ["0", count, "0"]  # analysed none, loaded no model


@slow
def test_new_articles_go_to_the_workers_while_the_corpus_is_cleaned(tmp_path):
    """A cold build hands each new article to the worker processes as soon as it is cleaned (its id, given in
    corpus order, is final then): the same briefing as one process, with a title used twice (ids -2) and a file
    that is skipped; after articles are added, every line repeated across files is looked for again, so every
    article is cleaned again, and only the new ones are analysed."""
    corpus = _corpus(tmp_path)
    first = sorted(corpus.glob("*.txt"))[0]
    (corpus / "zz-copy.txt").write_bytes(first.read_bytes())  # the same title: the id gets -2
    (corpus / "empty.txt").write_text("\n", encoding="utf-8")  # skipped
    count = sum(1 for p in corpus.iterdir()) - 1
    options = BuildOptions(corpus_dir=corpus, cache_dir=tmp_path / "cache", workers=2)
    report: dict = {}
    streamed = export_json(build_briefing(options, report))
    assert report["streamed"] == count and len(report["analysed"]) == count
    assert streamed == export_json(build_briefing(BuildOptions(corpus_dir=corpus, workers=1)))
    assert '"id": "' in streamed and '-2",' in streamed

    added = []
    for path in sorted(corpus.glob("*.txt"))[:2]:
        paragraphs = path.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
        target = corpus / f"zzz-added-{path.name}"  # after the copy: ids before it stay
        target.write_text("\n\n".join(paragraphs[:-1]) + "\n", encoding="utf-8")
        added.append(target.name)
    report = {}
    after = export_json(build_briefing(options, report))
    assert sorted(report["analysed"]) == sorted(added) and report["cached"] == count
    assert after == export_json(build_briefing(BuildOptions(corpus_dir=corpus, workers=1)))


@slow
def test_actor_pages_rendered_in_another_process_are_the_same_pages(tmp_path, monkeypatch, caplog):
    """With workers, a second process renders most actor pages: the same pages, in the same order."""
    from briefing import render

    briefing = build_briefing(BuildOptions(corpus_dir=_corpus(tmp_path), workers=1))
    alone = render.render_site(briefing)
    monkeypatch.setattr(render, "PARALLEL_ACTOR_PAGES", 1)
    with caplog.at_level("DEBUG", logger="briefing.render"):
        shared = render.render_site(briefing, workers=2)
    assert not [r for r in caplog.records if "another process failed" in r.getMessage()]  # not the fallback
    assert sum(1 for uri in shared if uri.startswith("actors/") and uri != render.ACTORS_INDEX) > 3
    assert list(shared.items()) == list(alone.items())
