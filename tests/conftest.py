"""Shared fixtures: the shipped corpus, and a helper that builds a real MkDocs site in a temp dir."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
MKDOCS = [sys.executable, "-m", "mkdocs"]


@dataclass
class SiteBuild:
    returncode: int
    output: str
    site: Path
    project: Path

    def page(self, uri: str) -> str:
        """The built HTML of a page, by its URL path (``articles/x/``)."""
        return (self.site / uri / "index.html").read_text(encoding="utf-8")


def write_project(root: Path, articles: dict[str, str | bytes], plugin_options: str = "") -> Path:
    """A minimal MkDocs project using the briefing plugin, with the given corpus files."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    for name, content in articles.items():
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "about.md").write_text("# About\n\nA test site.\n", encoding="utf-8")
    options = textwrap.indent(textwrap.dedent(plugin_options).strip(), " " * 6)
    (root / "mkdocs.yml").write_text(
        textwrap.dedent(
            """\
            site_name: Test briefing
            theme:
              name: material
            plugins:
              - search
              - briefing:
                  corpus_dir: corpus
            {options}
            markdown_extensions:
              - attr_list
              - tables
              - toc
            nav:
              - Home: index.md
              - Articles: articles/index.md
              - Actors: actors/index.md
              - Positions: positions.md
              - About: about.md
            validation:
              links:
                unrecognized_links: warn
                anchors: warn
            """
        ).replace("{options}", options),
        encoding="utf-8",
    )
    return root


def build_site(root: Path, articles: dict[str, str | bytes], *, strict: bool = True, plugin_options: str = "") -> SiteBuild:
    """Run a real ``mkdocs build`` (strict by default) on a new project under ``root``."""
    write_project(root, articles, plugin_options)
    command = [*MKDOCS, "build", "--site-dir", str(root / "site")] + (["--strict"] if strict else [])
    result = subprocess.run(
        command, cwd=root, capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1", "NO_MKDOCS_2_WARNING": "1"}
    )
    return SiteBuild(result.returncode, result.stdout + result.stderr, root / "site", root)


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory) -> Path:
    """The repository's own site, built once with ``mkdocs build --strict``."""
    site = tmp_path_factory.mktemp("shipped") / "site"
    result = subprocess.run(
        [*MKDOCS, "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "--site-dir", str(site)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site


# A scraped news page in a local paper's shape, used by the site and serve tests.
NEWS = """Daily Ledger

City council approves new budget after long debate

By Ana Ruiz

March 5, 2024

SPRINGFIELD — The city council approved a $2 billion budget on Tuesday after a debate that lasted late into the night.

Council members said the plan would fund new bus routes and repair roads across the city.

"This budget invests in the people who live here," said Mayor Jane Holt, who proposed the plan in January.
"""
