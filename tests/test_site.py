"""The whole pipe through real MkDocs builds: the shipped site, escaping, bad input, the CLI (serve: test_serve.py)."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import CORPUS, NEWS, ROOT, build_site

pytestmark = pytest.mark.slow

def elements(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Every element of an HTML fragment, as (tag, attributes), read by a real HTML parser."""
    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collector().feed(page)
    return found


def visible_text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def test_shipped_corpus_builds_strict_with_a_page_per_article(shipped_site):
    export = json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))
    assert export["schema"] == "briefing/1"
    assert sorted(a["source"] for a in export["articles"]) == sorted(p.name for p in CORPUS.glob("*.txt"))
    assert export["skipped"] == []
    home = (shipped_site / "index.html").read_text(encoding="utf-8")
    assert 'href="briefing.json"' in home
    for article in export["articles"]:
        page = (shipped_site / "articles" / article["id"] / "index.html").read_text(encoding="utf-8")
        text = visible_text(page)
        assert article["title"] in text
        assert article["source"] in text
        assert f'href="{article["id"]}/"' in (shipped_site / "articles" / "index.html").read_text(encoding="utf-8")
        # Every paragraph of the cleaned body is on the page, with an anchor.
        for i, paragraph in enumerate(article["paragraphs"]):
            assert f'id="p{i + 1}"' in page
            assert " ".join(paragraph.split()) in " ".join(text.split())
        if article["removed"]:
            assert "Removed from the page" in text


def test_generated_pages_stay_out_of_the_navigation(shipped_site):
    export = json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))
    home = (shipped_site / "index.html").read_text(encoding="utf-8")
    nav = home.split('class="md-nav md-nav--primary"', 1)[1].split("md-sidebar--secondary", 1)[0]
    for article in export["articles"]:
        assert f"articles/{article['id']}/" not in nav
    assert "positions/" in nav and "actors/" in nav


def test_hostile_article_renders_as_plain_text(tmp_path):
    hostile = """---
title: "<script>alert('title')</script> {{ config.site_name }}"
authors: ["<img src=x onerror=alert(1)>"]
publisher: "[Evil](javascript:alert(2))"
date: 2024-02-01
---

Paragraph one has <script>alert(3)</script> inside it, and an image <img src=x onerror=alert(4)>.

Paragraph two links [click here](javascript:alert(5)) and ends with an attribute list { #hijack onclick="alert(6)" }.

Paragraph three has Jinja {{ config.site_name }} and {% raw %} tags, plus **bold** and a <iframe src="https://example.com"></iframe>.
"""
    scraped = NEWS.replace("Council members said", "Council members [said](javascript:alert(7)) <b onmouseover=alert(8)>").replace(
        "City council approves new budget after long debate", "</title><img src=x onerror=alert(9)> Budget approved"
    )
    build = build_site(tmp_path, {"hostile.md": hostile, "news.txt": scraped})
    assert build.returncode == 0, build.output
    article_dirs = [p for p in (build.site / "articles").iterdir() if p.is_dir() and p.name != "index"]
    pages = {p.name: (p / "index.html").read_text(encoding="utf-8") for p in article_dirs}
    hostile_page = next(page for page in pages.values() if "alert(3)" in page)
    body = hostile_page.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]
    tags = elements(body)
    assert not {"script", "img", "iframe"} & {tag for tag, _ in tags}
    for tag, attributes in tags:
        assert not any(name.startswith("on") for name, _ in attributes), (tag, attributes)
        assert not any((value or "").strip().lower().startswith("javascript:") for _, value in attributes), (tag, attributes)
        assert ("id", "hijack") not in attributes
    text = visible_text(body)
    assert "<script>alert(3)</script>" in text
    assert "click here" in text  # Markdown files are read as Markdown: the link's text stays, the link does not
    # The whole page, <head> included: themes print the page title unescaped (striptags).
    for page in pages.values():
        head_and_body = elements(page)
        assert not {"img", "iframe"} & {tag for tag, _ in head_and_body}
        for tag, attributes in head_and_body:
            assert not any(name.startswith("on") for name, _ in attributes), (tag, attributes)
        title = page.split("<title>", 1)[1].split("</title>", 1)[0]
        assert "<" not in title
    news_page = next(page for page in pages.values() if "alert(7)" in page)
    news_body = news_page.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]
    assert not any(tag == "b" or attrs and any(n.startswith("on") for n, _ in attrs) for tag, attrs in elements(news_body))
    assert "[said](javascript:alert(7)) <b onmouseover=alert(8)>" in visible_text(news_body)
    assert "{{ config.site_name }}" in text
    assert "Test briefing" not in text  # Jinja was not evaluated
    # The slug comes from the title but only as safe characters.
    assert all(re.fullmatch(r"[a-z0-9-]+", name) for name in pages)


def test_front_matter_never_becomes_a_path(tmp_path):
    article = "---\ntitle: ../../../outside\nurl: file:///etc/passwd\n---\n\nThe mayor said the plan was ready and would be published next week.\n"
    build = build_site(tmp_path, {"trick.md": article})
    assert build.returncode == 0, build.output
    assert (build.site / "articles" / "outside" / "index.html").exists()
    assert not (tmp_path / "outside").exists() and not (tmp_path.parent / "outside").exists()


def test_bad_files_are_skipped_listed_and_fail_strict(tmp_path):
    files = {
        "news.txt": NEWS,
        "empty.txt": "",
        "scan.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        "notes.docx": b"PK\x03\x04 not supported",
        "latin1.txt": ("Le budget de la ville\n\nLe maire a présenté le budget lundi devant le conseil municipal.\n\nLa séance a duré trois heures, a déclaré le président du conseil.\n").encode("latin-1"),
    }
    lenient = build_site(tmp_path / "lenient", files, strict=False)
    assert lenient.returncode == 0, lenient.output
    for source, reason in (("empty.txt", "empty file"), ("scan.txt", "binary file"), ("notes.docx", "unsupported file type")):
        assert re.search(rf"WARNING .*corpus file '{re.escape(source)}' skipped: {reason}", lenient.output), lenient.output
    home = visible_text((lenient.site / "index.html").read_text(encoding="utf-8"))
    assert "Skipped files" in home
    for source in ("empty.txt", "scan.txt", "notes.docx"):
        assert source in home
    export = json.loads((lenient.site / "briefing.json").read_text(encoding="utf-8"))
    assert sorted(a["source"] for a in export["articles"]) == ["latin1.txt", "news.txt"]
    assert "présenté" in " ".join(next(a for a in export["articles"] if a["source"] == "latin1.txt")["paragraphs"])

    strict = build_site(tmp_path / "strict", files, strict=True)
    assert strict.returncode != 0
    assert "Aborted with" in strict.output and "warnings in strict mode" in strict.output


def test_same_title_gives_distinct_pages(tmp_path):
    build = build_site(tmp_path, {"a.txt": NEWS, "b.txt": NEWS.replace("$2 billion", "$3 billion")})
    assert build.returncode == 0, build.output
    export = json.loads((build.site / "briefing.json").read_text(encoding="utf-8"))
    ids = [a["id"] for a in export["articles"]]
    assert len(set(ids)) == 2
    assert ids[1] == ids[0] + "-2"
    pages = [(build.site / "articles" / i / "index.html").read_text(encoding="utf-8") for i in ids]
    assert "$2 billion" in pages[0] and "$3 billion" in pages[1]


def test_cli_export_and_render_share_the_plugin_output(tmp_path, shipped_site):
    out = tmp_path / "briefing.json"
    run = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(CORPUS), "-o", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert out.read_text(encoding="utf-8") == (shipped_site / "briefing.json").read_text(encoding="utf-8")

    pages = tmp_path / "pages"
    run = subprocess.run(
        [sys.executable, "-m", "briefing", "render", str(CORPUS), "-o", str(pages)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    export = json.loads(out.read_text(encoding="utf-8"))
    for article in export["articles"]:
        assert (pages / "articles" / f"{article['id']}.md").exists()
    for uri in ("index.md", "articles/index.md", "actors/index.md", "positions.md", "briefing.json"):
        assert (pages / uri).exists()


def test_cli_reports_a_missing_corpus(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(tmp_path / "nowhere"), "-o", str(tmp_path / "x.json")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 2
    assert "corpus folder not found" in run.stderr


def test_saved_pages_from_two_publishers_build_into_clean_article_pages(tmp_path):
    pages_dir = ROOT / "tests" / "data" / "html"
    files = {path.name: path.read_bytes() for path in sorted(pages_dir.glob("*.html"))}
    assert len(files) == 2
    build = build_site(tmp_path, files)
    assert build.returncode == 0, build.output
    export = json.loads((build.site / "briefing.json").read_text(encoding="utf-8"))
    assert len(export["articles"]) == 2
    for article in export["articles"]:
        assert article["title"] and article["publisher"] and article["published"]
        page = (build.site / "articles" / article["id"] / "index.html").read_text(encoding="utf-8")
        body = visible_text(page.split('<h2 id="text"', 1)[1].split("Removed from the page", 1)[0])
        for furniture in ("Subscribe", "Share on", "Privacy Policy", "All rights reserved"):
            assert furniture.lower() not in body.lower(), furniture
    blog = next(a for a in export["articles"] if a["headings"])
    blog_page = (build.site / "articles" / blog["id"] / "index.html").read_text(encoding="utf-8")
    assert blog_page.count('class="briefing-subhead"') == len(blog["headings"])


def test_plugin_options_reach_the_pipeline(tmp_path):
    """aliases, exclude, user issues and summary length set in mkdocs.yml change the built briefing."""
    second = (
        "Harbor Times\n\nCouncil members split over the city budget\n\n"
        "Council member Raj Patel said the budget was reckless and urged members to reject it.\n\n"
        '"We cannot afford these bus routes," Patel told reporters on Wednesday.\n\n'
        "The Springfield Chamber of Commerce said it supported the budget.\n"
    )
    options = """
    summary_sentences: 1
    aliases: {"Holt": "Jane Holt"}
    exclude: ["Springfield Chamber of Commerce"]
    issues:
      - label: City budget
        keywords: [budget, spending]
    """
    build = build_site(tmp_path, {"news.txt": NEWS, "second.txt": second}, plugin_options=options)
    assert build.returncode == 0, build.output
    export = json.loads((build.site / "briefing.json").read_text(encoding="utf-8"))
    assert all(len(a["summary"]) == 1 for a in export["articles"])
    names = {a["name"] for a in export["actors"]}
    assert "Springfield Chamber of Commerce" not in names
    assert export["issues"][0]["label"] == "City budget"
    assert {"budget", "spending"} <= set(export["issues"][0]["keywords"])
    positions = {(p["actor"], p["issue"]): p["stance"] for p in export["positions"]}
    patel = next(a["id"] for a in export["actors"] if a["name"].endswith("Patel"))
    assert positions.get((patel, export["issues"][0]["id"])) == "oppose"
    page = (build.site / "positions" / "index.html").read_text(encoding="utf-8")
    assert "City budget" in page


def test_corpus_or_cache_inside_docs_is_refused(tmp_path):
    build = build_site(tmp_path / "a", {"news.txt": NEWS}, plugin_options="cache_dir: docs/.cache")
    assert build.returncode != 0
    assert "cache_dir" in build.output and "must not be inside docs_dir" in build.output


def test_render_removes_pages_of_removed_articles_and_nothing_else(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(NEWS, encoding="utf-8")
    (corpus / "b.txt").write_text(NEWS.replace("approves new budget", "delays vote on transit plan"), encoding="utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "notes.md").write_text("kept", encoding="utf-8")

    def render() -> set[str]:
        run = subprocess.run([sys.executable, "-m", "briefing", "render", str(corpus), "-o", str(pages)],
                             cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr
        return {p.name for p in (pages / "articles").glob("*.md")}

    before = render()
    (corpus / "b.txt").unlink()
    after = render()
    assert len(before) == 3 and len(after) == 2 and after < before
    assert (pages / "notes.md").read_text(encoding="utf-8") == "kept"


def test_render_writes_picture_links_for_the_sites_url_style(tmp_path):
    # Pictures are raw HTML, whose links MkDocs does not rewrite: `briefing render` writes them for the
    # use_directory_urls of the mkdocs.yml it reads, as the plugin does.
    config = tmp_path / "mkdocs.yml"
    links = {}
    for setting in (True, False):
        config.write_text(f"site_name: t\nuse_directory_urls: {str(setting).lower()}\nplugins:\n  - briefing\n",
                          encoding="utf-8")
        pages = tmp_path / f"pages-{setting}"
        run = subprocess.run(
            [sys.executable, "-m", "briefing", "render", str(CORPUS), "-o", str(pages), "-f", str(config), "--no-cache"],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )
        assert run.returncode == 0, run.stderr
        actors_index = (pages / "actors" / "index.md").read_text(encoding="utf-8")
        links[setting] = re.findall(r'<a [^>]*href="([^"]+)"', actors_index)
    assert links[True] and all(not link.endswith(".html") for link in links[True]), links[True][:5]
    assert links[False] and any(link.endswith(".html") for link in links[False]), links[False][:5]
