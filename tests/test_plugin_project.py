"""The plugin in someone else's MkDocs project: their docs, nav and theme, the corpus somewhere else.

The project is written from scratch here (not with conftest's helper, which mirrors our own site): a
built-in theme instead of Material, no markdown_extensions, a nested nav of the user's own pages with
the briefing's index pages as one section, and the corpus in a folder beside the project.
"""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from pathlib import Path

import pytest

from conftest import CORPUS, MKDOCS

pytestmark = pytest.mark.slow

USER_PAGES = {
    "welcome.md": "# Harbour council notes\n\nOur own notes. Start with the [setup guide](guide/setup.md).\n",
    "guide/setup.md": "# Setup\n\nInstall the ferry timetable tools.\n\n## Where to ask\n\nAt the harbour office.\n",
}
CONFIG = """\
site_name: Harbour council notes
docs_dir: pages
theme:
  name: readthedocs
nav:
  - Welcome: welcome.md
  - Guide:
      - Setup: guide/setup.md
  - Briefing:
      - Overview: index.md
      - Articles: articles/index.md
      - Actors: actors/index.md
      - Positions: positions.md
plugins:
  - search
  - briefing:
      corpus_dir: ../shared-articles
{options}
validation:
  links:
    unrecognized_links: warn
    anchors: warn
"""


def _project(root: Path, options: str = "") -> Path:
    articles = root / "shared-articles"
    articles.mkdir(parents=True)
    for path in sorted(CORPUS.glob("*.txt")):
        (articles / path.name).write_bytes(path.read_bytes())
    project = root / "site-source"
    for name, text in USER_PAGES.items():
        page = project / "pages" / name
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(text, encoding="utf-8")
    indented = textwrap.indent(textwrap.dedent(options).strip(), " " * 6)
    (project / "mkdocs.yml").write_text(CONFIG.replace("{options}", indented), encoding="utf-8")
    return project


def _build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*MKDOCS, "build", "--strict"], cwd=project, capture_output=True, text=True, timeout=300,
        env={**os.environ, "NO_COLOR": "1", "NO_MKDOCS_2_WARNING": "1"},
    )


def test_the_users_pages_stay_as_they_are_and_the_briefing_is_added(tmp_path):
    project = _project(tmp_path, 'cache_dir: ""')
    before = {path: path.read_bytes() for path in (project / "pages").rglob("*") if path.is_file()}
    run = _build(project)
    assert run.returncode == 0, run.stdout + run.stderr
    site = project / "site"

    # The user's sources are untouched and nothing was written next to them.
    after = {path: path.read_bytes() for path in (project / "pages").rglob("*") if path.is_file()}
    assert after == before
    assert sorted(p.name for p in project.iterdir()) == ["mkdocs.yml", "pages", "site"]
    # Their pages are published as they wrote them, under their theme and nav.
    welcome = (site / "welcome" / "index.html").read_text(encoding="utf-8")
    assert "Our own notes." in welcome and 'href="../guide/setup/"' in welcome
    assert "readthedocs" in welcome or "rst-content" in welcome
    for entry in ("Welcome", "Guide", "Setup", "Briefing", "Positions"):
        assert f">{entry}<" in welcome, entry
    setup = (site / "guide" / "setup" / "index.html").read_text(encoding="utf-8")
    assert 'id="where-to-ask"' in setup

    # The briefing's pages are added beside them.
    export = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    assert sorted(a["source"] for a in export["articles"]) == sorted(p.name for p in CORPUS.glob("*.txt"))
    for article in export["articles"]:
        assert (site / "articles" / article["id"] / "index.html").exists()
    for page in ("index.html", "articles/index.html", "actors/index.html", "positions/index.html", "assets/briefing.css"):
        assert (site / page).exists(), page
    # Their theme, without attr_list in their config, still gets the issue anchors the positions page links to.
    positions = (site / "positions" / "index.html").read_text(encoding="utf-8")
    assert "{ #" not in positions
    for issue in export["issues"]:
        assert f'id="issue-{issue["id"]}"' in positions


@pytest.mark.parametrize(
    "options, message",
    [
        ("summary_sentences: 0", "ERROR   -  briefing: option 'summary_sentences' must be 1 or more, not 0"),
        (
            "summary_sentences: three",
            "ERROR   -  Config value 'plugins': Plugin 'briefing' option 'summary_sentences': "
            "Expected type: <class 'int'> but received: <class 'str'>",
        ),
        (
            "corpus: ../shared-articles",
            "WARNING -  Config value 'plugins': Plugin 'briefing' option 'corpus': Unrecognised configuration name: corpus",
        ),
        (
            "export_file: ../briefing.json",
            "ERROR   -  briefing: option 'export_file' must be a path inside the site ending in .json, such as "
            "briefing.json, not '../briefing.json'",
        ),
        (
            "cache_dir: pages/.cache",
            "ERROR   -  briefing: cache_dir ({project}/pages/.cache) must not be inside docs_dir: "
            "`mkdocs serve` would rebuild forever.",
        ),
    ],
    ids=["zero-sentences", "wrong-type", "unknown-option", "export-outside-site", "cache-in-docs"],
)
def test_invalid_options_are_refused_with_a_message_naming_the_option(tmp_path, options, message):
    project = _project(tmp_path, options)
    run = _build(project)
    output = run.stdout + run.stderr
    assert run.returncode != 0
    assert "Traceback" not in output
    assert message.replace("{project}", str(project)) in output.splitlines()
    assert not (project / "site").exists()


def test_a_missing_corpus_folder_and_a_page_the_briefing_would_overwrite_are_refused(tmp_path):
    missing = _project(tmp_path / "a", "")
    (missing.parent / "shared-articles").rename(missing.parent / "elsewhere")
    run = _build(missing)
    assert run.returncode != 0 and "Traceback" not in run.stdout + run.stderr
    assert (
        f"ERROR   -  briefing: corpus folder not found: {missing}/../shared-articles (set the plugin option 'corpus_dir')"
    ) in (run.stdout + run.stderr).splitlines()

    clash = _project(tmp_path / "b", 'cache_dir: ""')
    (clash / "pages" / "positions.md").write_text("# Our positions\n", encoding="utf-8")
    run = _build(clash)
    assert run.returncode != 0 and "Traceback" not in run.stdout + run.stderr
    assert (
        "ERROR   -  briefing: pages/positions.md exists, but the briefing generates that page. "
        "Rename or remove pages/positions.md."
    ) in (run.stdout + run.stderr).splitlines()
    assert (clash / "pages" / "positions.md").read_text(encoding="utf-8") == "# Our positions\n"
