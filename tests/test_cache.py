"""The parse cache: warm builds give the same briefing, stale entries go, damaged entries are re-parsed."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.build import BuildOptions, build_briefing
from briefing.export import export_json
from conftest import CORPUS

pytestmark = pytest.mark.slow  # whole briefings of the seed corpus, built twice each


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir(parents=True)
    for path in sorted(CORPUS.glob("*.txt")):
        (corpus / path.name).write_bytes(path.read_bytes())
    return corpus


def test_cached_build_equals_uncached_build(tmp_path):
    corpus = _corpus(tmp_path)
    uncached = export_json(build_briefing(BuildOptions(corpus_dir=corpus)))
    options = BuildOptions(corpus_dir=corpus, cache_dir=tmp_path / "cache")
    cold = export_json(build_briefing(options))
    entries = sorted((tmp_path / "cache").rglob("*.spacy"))
    assert len(entries) == 3
    warm = export_json(build_briefing(options))
    assert uncached == cold == warm


def test_removed_articles_leave_the_cache_and_damaged_entries_are_reparsed(tmp_path):
    corpus = _corpus(tmp_path)
    options = BuildOptions(corpus_dir=corpus, cache_dir=tmp_path / "cache")
    expected = export_json(build_briefing(options))
    entries = sorted((tmp_path / "cache").rglob("*.spacy"))
    entries[0].write_bytes(b"not a DocBin")
    assert export_json(build_briefing(options)) == expected

    removed = sorted(corpus.glob("*.txt"))[0]
    removed.unlink()
    build_briefing(options)
    assert len(list((tmp_path / "cache").rglob("*.spacy"))) == 2


def test_two_corpora_share_a_cache_folder_without_pruning_each_other(tmp_path):
    first = _corpus(tmp_path / "one")
    second = tmp_path / "two"
    second.mkdir()
    (second / "story.txt").write_text(
        "Port strike ends\n\nDock workers returned to work on Friday after their union accepted a new contract.\n",
        encoding="utf-8",
    )
    cache_dir = tmp_path / "cache"
    build_briefing(BuildOptions(corpus_dir=first, cache_dir=cache_dir))
    build_briefing(BuildOptions(corpus_dir=second, cache_dir=cache_dir))
    assert len(list(cache_dir.rglob("*.spacy"))) == 4
