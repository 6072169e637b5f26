"""The shipped site as a reader meets it: a home page that briefs, a search index that stays small."""

from __future__ import annotations

import html
import json
import re

import pytest

pytestmark = pytest.mark.slow  # builds the shipped site


def visible_text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def section(page: str, heading_id: str) -> str:
    """The HTML of one h2 section of a built page."""
    return page.split(f'<h2 id="{heading_id}"', 1)[1].split("<h2 ", 1)[0]


@pytest.fixture(scope="module")
def export(shipped_site):
    return json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def search_index(shipped_site):
    return json.loads((shipped_site / "search" / "search_index.json").read_text(encoding="utf-8"))


def test_home_page_gives_each_issue_its_sides_in_one_line(shipped_site, export):
    home = (shipped_site / "index.html").read_text(encoding="utf-8")
    issues = section(home, "the-issues")
    items = re.findall(r"<li>(.*?)</li>", issues, flags=re.S)
    with_positions = [i for i in export["issues"] if any(p["issue"] == i["id"] for p in export["positions"])]
    assert len(items) == len(with_positions)
    for issue, item in zip(with_positions, items):
        assert f'href="positions/#issue-{issue["id"]}"' in item
        text = visible_text(item)
        assert text.startswith(issue["label"])
        for stance, symbol in (("support", "▲"), ("oppose", "▼"), ("mixed", "◆")):
            count = sum(1 for p in export["positions"] if p["issue"] == issue["id"] and p["stance"] == stance)
            assert (f"{symbol} {count} {stance}" in text) == bool(count), (text, stance, count)


def test_home_page_names_the_most_quoted_actors_in_order(shipped_site, export):
    home = (shipped_site / "index.html").read_text(encoding="utf-8")
    quoted = section(home, "most-quoted")
    counts: dict[str, int] = {}
    for quote in export["quotes"]:
        if quote["speaker"]:
            counts[quote["speaker"]] = counts.get(quote["speaker"], 0) + 1
    names = {a["id"]: a["name"] for a in export["actors"]}
    expected = sorted(counts, key=lambda a: (-counts[a], names[a]))[:5]
    shown = re.findall(r'href="actors/([a-z0-9-]+)/"', quoted)
    assert shown == expected
    assert f"{names[expected[0]]}: {counts[expected[0]]} quotes" in html.unescape(re.sub(r"<[^>]+>", "", quoted))
    # The main developments stay first, then the issues.
    assert home.index('id="the-main-developments"') < home.index('id="the-issues"') < home.index('id="most-quoted"')


def test_search_index_keeps_text_and_aliases_and_leaves_out_noise(search_index, export):
    docs = search_index["docs"]
    text_of = {}
    for doc in docs:
        text_of.setdefault(doc["location"].split("#")[0], []).append(html.unescape(doc["title"] + " " + doc["text"]))
    # Every actor with a page is found by every alias: the aliases are in its page's first section.
    for actor in export["actors"]:
        page = text_of.get(f"actors/{actor['id']}/")
        if page is None:
            continue
        for alias in actor["aliases"]:
            assert alias in page[0], (actor["id"], alias)
    # An article is found by any phrase of its text.
    for article in export["articles"]:
        page = " ".join(" ".join(text_of[f"articles/{article['id']}/"]).split())
        for paragraph in article["paragraphs"]:
            assert " ".join(paragraph.split())[:60] in page
    # Removed lines (page furniture) are not searchable, nor are the pictures' labels and the repeated text of
    # actor pages: contexts, quotes and evidence are searched on the articles they come from.
    everything = " ".join(" ".join(parts) for parts in text_of.values())
    removed = [r["text"] for a in export["articles"] for r in a["removed"] if len(r["text"]) > 30]
    assert removed
    # (a removed line that is also a title, body text or author bio of some article stays findable there)
    published = [" ".join(p.split()) for a in export["articles"]
                 for p in [a["title"], *a["paragraphs"], *a["author_bios"], *a["contributors"]]]
    furniture = [" ".join(t.split()) for t in removed if not any(" ".join(t.split()) in p for p in published)]
    assert furniture
    for text in furniture:
        assert text not in " ".join(everything.split()), text
    assert "Who appears with whom:" not in everything  # a picture caption
    assert not any(doc["location"].endswith(("#appears-in", "#appears-with", "#key-points")) for doc in docs)
    # What only repeats what other pages say is left out: an article's actor list (the names are in its text and
    # have pages of their own), its file details, an actor's kind and counts and the titles after its roles, the
    # list of all articles (on two pages), the network and quoting tables of the actors index.
    sections = {doc["location"] for doc in docs}
    assert not any(location.endswith("#actors") or location in ("articles/", "#articles") for location in sections)
    assert not any(location.endswith(("#who-appears-with-whom", "#who-is-quoted-by-whom")) for location in sections)
    for field in ("Source file:", "Language:", "Kind:", "Mentions:", "Quoted by:"):
        assert field not in everything, field
    for actor in export["actors"]:
        roles = text_of.get(f"actors/{actor['id']}/", [""])[1:]
        for role in actor["roles"]:
            assert any(html.unescape(role["text"]) in part for part in roles), (actor["id"], role)
        for part in roles:
            assert not any(a["title"] in part for a in export["articles"]), part


def test_search_index_is_written_without_unicode_escapes(shipped_site, search_index):
    raw = (shipped_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "\\u" not in raw and not raw.isascii()  # the corpus's curly quotes are written as themselves
    assert json.loads(raw) == search_index
    # Material reads its settings from the index: the shipped separator splits words at quotes and brackets too.
    assert re.compile(search_index["config"]["separator"]).split("“Talks (Seoul)")[1:3] == ["Talks", "Seoul"]


def test_shipped_site_has_the_material_features_and_a_footer_with_the_corpus_size(shipped_site, export):
    home = (shipped_site / "index.html").read_text(encoding="utf-8")
    config = json.loads(home.split('<script id="__config" type="application/json">', 1)[1].split("</script>", 1)[0])
    assert {"navigation.instant", "navigation.sections"} <= set(config["features"])
    # Instant navigation needs site_url: the sitemap lists the pages under it.
    assert "<loc>http://127.0.0.1:8000/actors/</loc>" in (shipped_site / "sitemap.xml").read_text(encoding="utf-8")
    schemes = re.findall(r'<input class="md-option"[^>]*data-md-color-scheme="([a-z]+)"[^>]*aria-label="([^"]+)"', home)
    assert schemes == [("default", "Switch to dark mode"), ("slate", "Switch to light mode")]
    # Every page's footer: the project's line, the build date and the corpus size.
    for page in ("index.html", "positions/index.html", f"articles/{export['articles'][0]['id']}/index.html"):
        footer = (shipped_site / page).read_text(encoding="utf-8").split('<div class="md-copyright">', 1)[1].split("</div>", 1)[0]
        assert "Articles belong to their publishers." in footer
        line = re.search(r'<span class="briefing-footer">Briefing built (\d{4}-\d\d-\d\d) from (.*?)</span>', footer)
        assert line, footer
        assert line.group(2) == f"{len(export['articles'])} articles, {len(export['actors'])} actors, {len(export['quotes'])} quotes"


def test_footer_line_follows_the_project_line_and_escapes_it_not():
    from briefing.models import Briefing, Skipped
    from briefing.render import corpus_size, footer_html

    size = corpus_size(Briefing(skipped=[Skipped("a.txt", "empty file")]))
    assert size == "0 articles, 0 actors, 0 quotes (1 file skipped)"
    # The project's own copyright is its HTML (MkDocs prints it raw); the briefing's line is ours.
    assert footer_html("<b>Us</b>", size, "2024-01-02") == (
        '<b>Us</b><br><span class="briefing-footer">Briefing built 2024-01-02 from 0 articles, 0 actors, 0 quotes '
        "(1 file skipped)</span>"
    )
    assert footer_html(None, "1 article", "2024-01-02").startswith('<span class="briefing-footer">')


def test_shipped_site_has_the_changes_page_in_its_nav_and_a_feed_under_its_site_url(shipped_site):
    from xml.etree import ElementTree

    home = (shipped_site / "index.html").read_text(encoding="utf-8")
    nav = home.split('class="md-nav md-nav--primary"', 1)[1].split("md-sidebar--secondary", 1)[0]
    assert 'href="changes/"' in nav and "What changed" in nav
    assert 'href="changes/"' in section(home, "what-is-new")
    page = visible_text((shipped_site / "changes" / "index.html").read_text(encoding="utf-8"))
    history = json.loads((shipped_site / "briefing-changes.json").read_text(encoding="utf-8"))
    assert history["schema"] == "briefing-changes/1"
    # A fresh checkout has nothing to compare with; a developer's cache may hold earlier builds of the corpus.
    assert ("There is no earlier briefing to compare with yet" in page) == (history["changes"] == [])
    feed = ElementTree.parse(shipped_site / "changes.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    assert feed.find(f"{atom}id").text == "http://127.0.0.1:8000/changes.xml"
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{atom}link")}
    assert links == {"self": "http://127.0.0.1:8000/changes.xml", "alternate": "http://127.0.0.1:8000/changes/"}
    from briefing.render import FEED_ENTRIES

    assert len(feed.findall(f"{atom}entry")) == min(FEED_ENTRIES, sum(len(c["items"]) for c in history["changes"]))


def test_every_page_links_the_feed_in_its_head(shipped_site, export):
    """Feed autodiscovery: a browser or feed reader finds the changes' Atom feed from any page."""
    pages = ["index.html", "changes/index.html", "about/index.html", f"articles/{export['articles'][0]['id']}/index.html",
             f"actors/{next(a['id'] for a in export['actors'] if (shipped_site / 'actors' / a['id']).is_dir())}/index.html"]
    for page in pages:
        head = (shipped_site / page).read_text(encoding="utf-8").split("</head>", 1)[0]
        links = re.findall(r'<link rel="alternate" type="application/atom\+xml"[^>]*>', head)
        assert links == ['<link rel="alternate" type="application/atom+xml" title="Korea briefing: what changed" '
                         'href="http://127.0.0.1:8000/changes.xml">'], (page, links)
    assert (shipped_site / "changes.xml").is_file()
