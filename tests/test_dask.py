"""The per-article analysis mapped over a real Dask cluster (a LocalCluster of two worker processes) gives the
same briefing, byte for byte, as the in-process build, and its results come back into the same cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import render
from briefing.build import BuildOptions, build_briefing
from briefing.export import export_json
from conftest import CORPUS

pytestmark = pytest.mark.slow  # a cluster of two processes, each loading the spaCy model


def _output(briefing) -> tuple[str, dict[str, str]]:
    return export_json(briefing), render.render_site(briefing)


def test_a_local_dask_cluster_builds_the_same_briefing_as_one_process(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(CORPUS.iterdir()):
        if path.is_file():
            (corpus / path.name).write_bytes(path.read_bytes())
    in_process = _output(build_briefing(BuildOptions(corpus_dir=corpus, workers=1)))

    options = BuildOptions(corpus_dir=corpus, cache_dir=tmp_path / "cache", workers=2, dask="local")
    report: dict = {}
    on_cluster = _output(build_briefing(options, report))
    assert len(report["analysed"]) == 3 and report["cached"] == 0
    assert on_cluster == in_process

    # The cluster's results are in the cache: the next build analyses nothing (and starts no cluster).
    again: dict = {}
    assert _output(build_briefing(options, again)) == in_process
    assert again["analysed"] == [] and again["cached"] == 3
