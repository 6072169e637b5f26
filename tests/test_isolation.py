"""Failure isolation: one article a stage cannot handle, or one missing package, never costs the others.

A stage is made to raise on one article by wrapping the real pipeline function so that it raises for
that article only (a stand-in for a bug met on one text); everything else runs for real. Missing
packages are real too: the build runs in a subprocess in which the package cannot be imported.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.build import BuildOptions, build_briefing
from briefing.pipeline import actors, clean, extract, nlp, positions, summarize
from conftest import CORPUS, MKDOCS, ROOT, write_project

pytestmark = pytest.mark.slow  # whole briefings and MkDocs builds

HTML_PAGE = ROOT / "tests" / "data" / "html" / "wire_story.html"
VICTIM = "001_2ada417bd16016a4.txt"  # the seed the forced failure hits
ERROR_TEXT = "forced failure\nfor this test"  # two lines: the report must still be one


def _corpus(folder: Path, *, html: bool = False) -> Path:
    folder.mkdir(parents=True)
    for path in sorted(CORPUS.glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    if html:
        (folder / HTML_PAGE.name).write_bytes(HTML_PAGE.read_bytes())
    return folder


def _raise_for(victim_text: str, real):
    """``real``, except that it raises when any argument is (or carries) the victim's text."""

    def texts_of(value) -> list[str]:
        if isinstance(value, str):
            return [value]
        found = [getattr(value, name) for name in ("text", "body") if isinstance(getattr(value, name, None), str)]
        if isinstance(value, (list, tuple)):
            found += [text for item in value for text in texts_of(item)]
        return found

    def wrapper(*args, **kwargs):
        # A generator of texts (nlp.parse's input) is read into a list first, so it can be looked at.
        args = [list(arg) if isinstance(arg, Iterator) else arg for arg in args]
        values = list(args) + list(kwargs.values())
        if any(victim_text[:200] in text for value in values for text in texts_of(value)):
            raise RuntimeError(ERROR_TEXT)
        return real(*args, **kwargs)

    return wrapper


def _victim_raw_text() -> str:
    return (CORPUS / VICTIM).read_text(encoding="utf-8")


def _victim_body() -> str:
    """The victim's cleaned body (what the stages after cleaning see)."""
    from briefing.corpus import load_corpus

    documents, _ = load_corpus(CORPUS)
    return clean.clean_document(next(d for d in documents if d.source == VICTIM)).body


@pytest.fixture(scope="module")
def reference():
    """The seed corpus built with nothing failing."""
    return build_briefing(BuildOptions(corpus_dir=CORPUS, cache_dir=None))


# (what is patched, the text that triggers it, whether the article is still published, what its warning says)
STAGES = {
    "cleaning": (clean, "clean_document", _victim_raw_text, False, "cleaning failed (RuntimeError: forced failure for this test); please report it"),
    "parsing": (nlp, "parse", _victim_body, True, "published without actors, quotes, positions or a summary: parsing failed (RuntimeError: forced failure for this test); please report it"),
    "actors": (actors, "analyse_actors", _victim_body, True, "published without actors and quotes: actor and quote analysis failed (RuntimeError: forced failure for this test); please report it"),
    "summary": (summarize, "summarize_features", _victim_body, True, "published without a summary: summarising failed (RuntimeError: forced failure for this test); please report it"),
    "statements": (positions, "extract_statements", _victim_body, True, "published without its positions: finding statements failed (RuntimeError: forced failure for this test); please report it"),
}


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_a_stage_that_raises_on_one_article_costs_only_that_article(stage, monkeypatch, tmp_path, reference):
    module, name, trigger, published, message = STAGES[stage]
    monkeypatch.setattr(module, name, _raise_for(trigger(), getattr(module, name)))
    briefing = build_briefing(BuildOptions(corpus_dir=CORPUS, cache_dir=tmp_path / "cache"))

    sources = sorted(article.source for article in briefing.articles)
    expected = sorted(article.source for article in reference.articles)
    others = [article for article in reference.articles if article.source != VICTIM]
    if published:
        assert sources == expected
        victim = next(article for article in briefing.articles if article.source == VICTIM)
        assert victim.warnings[-1] == message
        assert victim.paragraphs == next(a for a in reference.articles if a.source == VICTIM).paragraphs
    else:
        assert sources == [article.source for article in others]
        assert [(s.source, s.reason) for s in briefing.skipped] == [(VICTIM, message)]
    # The other articles are exactly what they are when nothing fails: summary, actors, quotes.
    for article in others:
        mine = next(a for a in briefing.articles if a.source == article.source)
        assert mine.warnings == article.warnings
        got, want = briefing.analyses[mine.id], reference.analyses[article.id]
        assert [s.text for s in got.summary] == [s.text for s in want.summary]
        assert [m.text for m in got.mentions] == [m.text for m in want.mentions]
        assert [q.text for q in got.quotes] == [q.text for q in want.quotes]
    assert briefing.actors  # linking ran over what is left


def test_an_html_page_the_reader_cannot_handle_is_skipped_with_the_stage_and_reason(monkeypatch, tmp_path):
    corpus = _corpus(tmp_path / "corpus", html=True)
    page = HTML_PAGE.read_text(encoding="utf-8")
    monkeypatch.setattr(extract, "extract_html", _raise_for(page, extract.extract_html))
    briefing = build_briefing(BuildOptions(corpus_dir=corpus, cache_dir=None))
    assert [(s.source, s.reason) for s in briefing.skipped] == [
        ("wire_story.html", "reading failed (RuntimeError: forced failure for this test); please report it")
    ]
    assert sorted(a.source for a in briefing.articles) == sorted(p.name for p in CORPUS.glob("*.txt"))


def test_mkdocs_publishes_the_others_and_reports_the_article_in_one_line(monkeypatch, tmp_path, caplog):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    seeds = {path.name: path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))}
    project = write_project(tmp_path / "project", seeds, plugin_options='cache_dir: ""')
    monkeypatch.setattr(summarize, "summarize_features", _raise_for(_victim_body(), summarize.summarize_features))
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    with caplog.at_level(logging.INFO):
        build(config)

    reports = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in reports] == [
        f"briefing: corpus file '{VICTIM}': published without a summary: summarising failed "
        "(RuntimeError: forced failure for this test); please report it"
    ]
    assert all(r.exc_info is None for r in caplog.records if r.levelno >= logging.WARNING)
    export = json.loads((project / "site" / "briefing.json").read_text(encoding="utf-8"))
    assert sorted(a["source"] for a in export["articles"]) == sorted(seeds)
    for article in export["articles"]:
        assert (project / "site" / "articles" / article["id"] / "index.html").exists()
        assert bool(article["summary"]) is (article["source"] != VICTIM)


# -- missing packages: a subprocess in which one package cannot be imported ------------------------


def _without(module: str, *command: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run ``python -m <command>`` with ``module`` made unimportable (as if it were not installed)."""
    runner = textwrap.dedent(
        f"""
        import runpy, sys
        sys.modules[{module!r}] = None  # import {module} now raises ImportError
        sys.argv = {[command[0], *command[1:]]!r}
        runpy.run_module({command[0]!r}, run_name="__main__", alter_sys=True)
        """
    )
    env = {**os.environ, "NO_COLOR": "1", "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-c", runner], cwd=cwd, capture_output=True, text=True, timeout=300, env=env)


NEWS = (CORPUS / "000_98d8f52229e78393.txt").read_text(encoding="utf-8")


def test_a_missing_html_package_skips_the_pages_in_one_line_and_builds_the_rest(tmp_path):
    # lxml.html.clean moved to its own package, lxml_html_clean; trafilatura needs it (through justext).
    project = write_project(tmp_path, {"news.txt": NEWS, "wire_story.html": HTML_PAGE.read_bytes()}, 'cache_dir: ""')
    run = _without("lxml_html_clean", "mkdocs", "build", "--site-dir", str(tmp_path / "site"), cwd=project)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert "Traceback" not in output
    lines = [line for line in output.splitlines() if "wire_story.html" in line]
    assert lines == [
        "WARNING -  briefing: corpus file 'wire_story.html' skipped: cannot be read: the Python package "
        "'lxml_html_clean' is not installed (or does not import); install it with: pip install lxml_html_clean. "
        "Fix or remove the file."
    ]
    export = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    assert [a["source"] for a in export["articles"]] == ["news.txt"]
    assert (tmp_path / "site" / "articles" / export["articles"][0]["id"] / "index.html").exists()


def test_a_missing_core_package_is_one_error_line_from_mkdocs_and_from_the_cli(tmp_path):
    project = write_project(tmp_path, {"news.txt": NEWS})
    run = _without("spacy", "mkdocs", "build", cwd=project)
    output = run.stdout + run.stderr
    assert run.returncode != 0
    assert "Traceback" not in output
    # spaCy is imported only when an article must be parsed (a rebuild from the cache needs none), so the
    # build stops there, with one line
    assert (
        "ERROR   -  briefing: articles cannot be parsed: the Python package 'spacy' is not installed (or does not "
        "import); install it with: pip install spacy"
    ) in output.splitlines()
    assert sum("spacy" in line for line in output.splitlines()) == 1

    cli = _without("spacy", "briefing", "export", "corpus", "-o", str(tmp_path / "out.json"), cwd=project)
    assert cli.returncode == 2
    assert cli.stderr.splitlines() == [
        "briefing: error: articles cannot be parsed: the Python package 'spacy' is not installed (or does not "
        "import); install it with: pip install spacy"
    ]
