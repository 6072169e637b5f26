"""The results cache: warm builds give the same briefing, stale entries go, damaged entries are computed again,
and a rebuild reads no spaCy parse (none is kept)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import cache
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


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob(f"{cache.RESULTS}/*.pickle"))


def test_cached_build_equals_uncached_build(tmp_path):
    corpus = _corpus(tmp_path)
    uncached = export_json(build_briefing(BuildOptions(corpus_dir=corpus)))
    options = BuildOptions(corpus_dir=corpus, cache_dir=tmp_path / "cache")
    cold = export_json(build_briefing(options))
    assert _entries(tmp_path / "cache")
    assert not list((tmp_path / "cache").rglob("*.spacy"))  # results are kept, parses are not
    warm = export_json(build_briefing(options))
    assert uncached == cold == warm


def test_removed_articles_leave_the_cache_and_damaged_entries_are_computed_again(tmp_path):
    corpus = _corpus(tmp_path)
    options = BuildOptions(corpus_dir=corpus, cache_dir=tmp_path / "cache")
    expected = export_json(build_briefing(options))
    entries = _entries(tmp_path / "cache")
    for entry in entries:
        entry.write_bytes(b"not an entry")
    assert export_json(build_briefing(options)) == expected
    assert len(_entries(tmp_path / "cache")) == len(entries)

    sorted(corpus.glob("*.txt"))[0].unlink()
    build_briefing(options)
    # One article less: its cleaning, analysis and summary entries go (the others' summaries and the overview
    # are stored again under the new corpus statistics, the old ones pruned).
    assert len(_entries(tmp_path / "cache")) == len(entries) - 3


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
    kept = _entries(cache.corpus_folder(cache_dir, first))
    build_briefing(BuildOptions(corpus_dir=second, cache_dir=cache_dir))
    assert _entries(cache.corpus_folder(cache_dir, first)) == kept
    assert _entries(cache.corpus_folder(cache_dir, second))
