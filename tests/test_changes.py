"""What changed between two builds: real builds of the seed articles, compared, recorded, shown and fed as Atom."""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime
from xml.etree import ElementTree

import pytest

from briefing import changes, render
from briefing.build import BuildOptions, build_briefing
from briefing.export import export_data
from conftest import CORPUS, NEWS

ATOM = "{http://www.w3.org/2005/Atom}"
# The local paper's story under a headline that would be markup anywhere it is pasted raw.
HOSTILE_NEWS = NEWS.replace("City council approves new budget after long debate",
                            'Council <b>passes</b> budget & "cuts" </title><script>alert(1)</script>')


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """The seeds built, then built again after an edit: a paragraph of one seed put into another (after its
    second paragraph), a seed removed, and a new story added."""
    root = tmp_path_factory.mktemp("changes")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    options = BuildOptions(corpus_dir=corpus, cache_dir=root / "cache")
    first = build_briefing(options)

    seeds = sorted(corpus.glob("*.txt"))
    edited, donor, removed = seeds
    donor_export = export_data(first)
    donor_article = next(a for a in donor_export["articles"] if a["source"] == donor.name)
    inserted = max(donor_article["paragraphs"], key=len)
    edited_article = next(a for a in donor_export["articles"] if a["source"] == edited.name)
    anchor_paragraph = edited_article["paragraphs"][1]
    text = edited.read_text(encoding="utf-8")
    anchor_line = next(line for line in text.splitlines() if line.strip() and line.strip() in anchor_paragraph)
    assert text.count(anchor_line) == 1
    edited.write_text(text.replace(anchor_line, f"{anchor_line}\n\n{inserted}"), encoding="utf-8")
    removed.unlink()
    (corpus / "council.txt").write_text(HOSTILE_NEWS, encoding="utf-8")
    second = build_briefing(options)
    return {
        "first": first, "second": second, "edited": edited.name, "removed": removed.name, "inserted": inserted,
        "root": root,
    }


@pytest.fixture(scope="module")
def exports(two_builds):
    return export_data(two_builds["first"]), export_data(two_builds["second"])


def test_articles_added_changed_and_removed_are_named_with_the_first_new_paragraph(two_builds, exports):
    before, after = exports
    items = changes.compare(changes.snapshot(before), changes.snapshot(after))
    articles = {(i["change"], i["source"]): i for i in items if i["kind"] == "article"}
    assert set(articles) == {("added", "council.txt"), ("changed", two_builds["edited"]), ("removed", two_builds["removed"])}

    edited = articles[("changed", two_builds["edited"])]
    assert (edited["paragraphs_added"], edited["paragraphs_removed"], edited["title_was"]) == (1, 0, None)
    page = next(a for a in after["articles"] if a["source"] == two_builds["edited"])
    assert " ".join(page["paragraphs"][edited["first_new"]].split()) == " ".join(two_builds["inserted"].split())

    added = articles[("added", "council.txt")]
    assert added["title"] == next(a["title"] for a in after["articles"] if a["source"] == "council.txt")
    assert articles[("removed", two_builds["removed"])]["title"] == next(
        a["title"] for a in before["articles"] if a["source"] == two_builds["removed"])


def test_new_actors_and_stances_are_exactly_the_difference_between_the_builds(exports):
    before, after = exports
    items = changes.compare(changes.snapshot(before), changes.snapshot(after))
    old_actors, new_actors = {a["id"] for a in before["actors"]}, {a["id"] for a in after["actors"]}
    assert {i["id"] for i in items if i["kind"] == "actor" and i["change"] == "added"} == new_actors - old_actors
    assert {i["id"] for i in items if i["kind"] == "actor" and i["change"] == "removed"} == old_actors - new_actors
    assert "jane-holt" in new_actors - old_actors  # the mayor of the added story

    old = {(p["actor"], p["issue"]): p["stance"] for p in before["positions"]}
    new = {(p["actor"], p["issue"]): p["stance"] for p in after["positions"]}
    stances = {(i["actor"], i["issue"]): i for i in items if i["kind"] == "stance"}
    assert {k for k, i in stances.items() if i["change"] == "added"} == set(new) - set(old)
    assert {k for k, i in stances.items() if i["change"] == "removed"} == set(old) - set(new)
    assert {k: (i["was"], i["stance"]) for k, i in stances.items() if i["change"] == "changed"} == {
        k: (old[k], new[k]) for k in set(old) & set(new) if old[k] != new[k]}
    assert stances, "removing a seed article takes stances with it"


def test_a_rebuild_with_nothing_changed_keeps_the_changes_and_the_first_build_says_there_are_none(two_builds, exports, tmp_path):
    before, after = (changes.snapshot(e) for e in exports)
    state_file = tmp_path / "state.json"

    log, _ = changes.track(before, state_file=state_file, time="2026-01-01T08:00:00Z")
    assert log.history == [] and log.note is None
    first_page = render.render_site(two_builds["first"], changes=log)[render.CHANGES]
    assert "There is no earlier briefing to compare with yet" in first_page

    log, _ = changes.track(after, state_file=state_file, time="2026-01-02T09:30:00Z")
    assert [(c["number"], c["since"], c["built"]) for c in log.history] == [(1, "2026-01-01T08:00:00Z", "2026-01-02T09:30:00Z")]
    pages = render.render_site(two_builds["second"], changes=log)
    recorded = state_file.read_bytes()

    # Built again, later, from the same corpus: the same changes, the same page and feed, the state untouched.
    again, _ = changes.track(after, state_file=state_file, time="2026-01-03T10:00:00Z")
    assert again.history == log.history
    assert state_file.read_bytes() == recorded
    rebuilt = render.render_site(two_builds["second"], changes=again)
    for uri in (render.CHANGES, changes.FEED, render.HOME):
        assert rebuilt[uri] == pages[uri], uri
    assert "Since the build of 2026-01-01 08:00:00 UTC" in pages[render.CHANGES]
    assert "## What is new" in pages[render.HOME] and "(changes.md)" in pages[render.HOME]


def test_the_feed_is_atom_with_the_corpus_escaped_and_links_to_the_pages(two_builds, exports, tmp_path):
    before, after = (changes.snapshot(e) for e in exports)
    state = changes.record(None, before, "2026-01-01T08:00:00Z")
    state = changes.record(state, after, "2026-01-02T09:30:00Z")
    log = changes.ChangeLog(state.history, state.built)
    hostile_title = next(a.title for a in two_builds["second"].articles if a.source == "council.txt")
    assert "<script>" in hostile_title

    for site_url in ("https://example.org/briefing/", None):
        pages = render.render_site(two_builds["second"], changes=log, site_url=site_url, site_name="Korea & <co>")
        feed = ElementTree.fromstring(pages[changes.FEED].encode("utf-8"))  # well-formed, or this raises
        assert feed.tag == f"{ATOM}feed"
        # RFC 4287: a feed has one id, title, updated and author; every entry an id, title, updated and a link.
        for name in ("id", "title", "updated", "author"):
            assert len(feed.findall(f"{ATOM}{name}")) == 1, name
        assert feed.find(f"{ATOM}title").text == "Korea & <co>: what changed"
        entries = feed.findall(f"{ATOM}entry")
        assert len(entries) == len(log.history[0]["items"])
        ids = [e.find(f"{ATOM}id").text for e in entries]
        assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
        for entry in entries:
            datetime.strptime(entry.find(f"{ATOM}updated").text, "%Y-%m-%dT%H:%M:%SZ")
            href = entry.find(f"{ATOM}link").get("href")
            path = href.removeprefix(site_url) if site_url else href
            assert (href.startswith(site_url) if site_url else not re.match(r"\w+:", href)), href
            # Each link leads to a page of this site: the article, the actor (its positions) or the changes page.
            uri = path.split("#")[0].rstrip("/") + ".md"
            assert uri in pages or uri.removesuffix(".md") + "/index.md" in pages, href
        titles = [e.find(f"{ATOM}title").text for e in entries]
        assert f"New article: {' '.join(hostile_title.split())}" in titles
        assert "<script>" not in pages[changes.FEED] and "<script>" not in pages[render.CHANGES]
        changed = next(e for e in entries if e.find(f"{ATOM}title").text.startswith("Changed article"))
        assert re.search(r"#p\d+$", changed.find(f"{ATOM}link").get("href"))


def test_changes_since_reads_the_last_deploy_and_an_unreachable_one_is_a_note(two_builds, exports, tmp_path):
    before, after = exports
    deploy = tmp_path / "deploy"
    deploy.mkdir()
    (deploy / "briefing.json").write_text(json.dumps(before), encoding="utf-8")
    published = changes.ChangeLog([], "2026-01-01T08:00:00Z")
    (deploy / "briefing-changes.json").write_text(changes.history_json(published), encoding="utf-8")

    log, _ = changes.track(changes.snapshot(after), state_file=None, changes_since=(deploy / "briefing.json").as_uri(),
                           time="2026-01-02T09:30:00Z")
    assert log.note is None and log.history[0]["since"] == "2026-01-01T08:00:00Z"
    assert {i["source"] for i in log.history[0]["items"] if i["kind"] == "article"} == {
        "council.txt", two_builds["edited"], two_builds["removed"]}

    # Unreachable (nothing listens on port 1), or not a briefing: the build goes on, the page says why.
    for url in ("http://127.0.0.1:1/briefing.json", (deploy / "briefing-changes.json").as_uri()):
        log, _ = changes.track(changes.snapshot(after), state_file=None, changes_since=url, time="2026-01-02T09:30:00Z")
        assert log.history == [] and url in log.note and "no earlier build" in log.note
        page = render.render_site(two_builds["second"], changes=log)[render.CHANGES]
        assert "About this comparison" in page


def test_the_history_is_bounded_and_a_damaged_record_starts_afresh(exports, tmp_path):
    before, after = (changes.snapshot(e) for e in exports)
    state = None
    for n in range(changes.HISTORY_KEPT + 5):
        state = changes.record(state, before if n % 2 else after, f"2026-01-{n + 1:02d}T00:00:00Z")
    assert len(state.history) == changes.HISTORY_KEPT
    assert [c["number"] for c in state.history] == list(range(state.number, state.number - changes.HISTORY_KEPT, -1))
    ids = [changes.entry_id(c, i) for c in state.history for i in c["items"]]
    assert len(ids) == len(set(ids))

    damaged = tmp_path / "state.json"
    damaged.write_text('{"schema": "briefing-changes/1", "snapsh', encoding="utf-8")
    log, _ = changes.track(after, state_file=damaged, time="2026-02-01T00:00:00Z")
    assert log.history == []
    assert changes.load_state(damaged).snapshot == after


def test_the_publishing_workflow_points_changes_since_at_the_last_deploy(tmp_path):
    """The workflow's step, run as written on a copy of the shipped mkdocs.yml, sets the option the plugin reads."""
    import os
    import subprocess

    import yaml

    from briefing.cli import plugin_options
    from conftest import ROOT

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    step = next(s for s in steps if "changes_since" in s.get("run", ""))
    assert steps.index(step) < next(i for i, s in enumerate(steps) if "make build" in s.get("run", ""))
    assert plugin_options(ROOT / "mkdocs.yml")["changes_since"] is None
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    base = "https://owner.github.io/repo"
    subprocess.run(["bash", "-c", step["run"]], cwd=tmp_path, check=True, env={**os.environ, "BASE_URL": base})
    assert plugin_options(tmp_path / "mkdocs.yml")["changes_since"] == f"{base}/briefing.json"


@pytest.mark.slow
def test_a_build_that_strict_mode_aborts_is_not_the_build_compared_with(tmp_path):
    """Real `mkdocs build --strict` runs: a build that fails on a warning leaves the record as it was. Readers never
    saw that build, so the next good build compares with the last good one: the article added meanwhile is new,
    under the title it has now, not "changed" from the title of the build that failed."""
    import os
    import subprocess
    import sys

    from conftest import write_project

    project = write_project(tmp_path / "project", {"council.txt": NEWS})
    headline = "City council approves new budget after long debate"

    def build() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, capture_output=True,
                              text=True, timeout=600, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})

    assert build().returncode == 0
    transit = project / "corpus" / "transit.txt"
    transit.write_text(NEWS.replace(headline, "Transit bord delays vote on fares"), encoding="utf-8")
    (project / "corpus" / "empty.txt").write_text("", encoding="utf-8")  # skipped with a warning: --strict fails
    failed = build()
    assert failed.returncode != 0 and "empty.txt" in failed.stdout + failed.stderr
    (project / "corpus" / "empty.txt").unlink()
    transit.write_text(NEWS.replace(headline, "Transit board delays vote on fares"), encoding="utf-8")
    assert build().returncode == 0
    history = json.loads((project / "site" / "briefing-changes.json").read_text(encoding="utf-8"))
    assert len(history["changes"]) == 1
    assert [(i["change"], i["source"], i["title"]) for i in history["changes"][0]["items"] if i["kind"] == "article"] == [
        ("added", "transit.txt", "Transit board delays vote on fares")]
    page = (project / "site" / "changes" / "index.html").read_text(encoding="utf-8")
    assert "Transit board delays vote on fares" in page and "bord" not in page
