"""The pictures (briefing/pictures.py) and the pages that carry them: static SVG, escaped, bounded, linked."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest

from briefing import pictures, render
from briefing.render import html_link, page_url

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert(1)</script> \" onload=\"alert(2)\" & {: #x } [a](javascript:alert(3))"


def parse_figure(figure: str) -> ET.Element:
    """The figure as XML: an unescaped corpus string would break the parse or add elements."""
    return ET.fromstring(str(figure).replace(" data-search-exclude>", ' data-search-exclude="">', 1))


def svg_of(figure: str) -> ET.Element:
    return parse_figure(figure).find(f"{SVG}svg")


def test_network_escapes_labels_and_has_a_title_description_and_caption():
    nodes = [pictures.Node("a", HOSTILE, 3, "a/"), pictures.Node("b", "Bob", 1, None, "2 mentions")]
    figure = pictures.network(nodes, [pictures.Edge("a", "b", 2)], key="net", title="Who", desc=f"desc {HOSTILE}", caption=HOSTILE)
    root = parse_figure(figure)
    assert root.tag == "figure" and "data-search-exclude" in root.attrib
    svg = root.find(f"{SVG}svg")
    tags = {element.tag.removeprefix(SVG) for element in svg.iter()}
    assert tags <= {"svg", "title", "desc", "g", "a", "line", "circle", "text"}, tags
    assert svg.get("aria-labelledby") == "net-title" and svg.get("aria-describedby") == "net-desc"
    assert svg.find(f"{SVG}title").text == "Who" and HOSTILE in svg.find(f"{SVG}desc").text
    assert root.find("figcaption").text == HOSTILE
    # The link is ours; the hostile label is text (shortened on the picture, whole in the tooltip).
    links = svg.findall(f".//{SVG}a")
    assert [a.get("href") for a in links] == ["a/"]
    assert links[0].find(f"{SVG}title").text == HOSTILE
    assert links[0].find(f"{SVG}text").text == pictures.shorten(HOSTILE)
    assert not any(name.startswith("on") for element in svg.iter() for name in element.attrib)
    # The unlinked node is drawn, with its tooltip.
    assert [g.find(f"{SVG}title").text for g in svg.findall(f"{SVG}g") if g.find(f"{SVG}title") is not None] == ["Bob (2 mentions)"]
    assert svg.find(f".//{SVG}line/{SVG}title").text == f"{HOSTILE} and Bob: 2 shared paragraphs"


def test_pictures_are_deterministic_and_follow_the_page_colours():
    nodes = [pictures.Node(str(i), f"Actor {i}", 10 - i, f"{i}/") for i in range(9)]
    edges = [pictures.Edge(str(i), str(j), i + j) for i in range(9) for j in range(i + 1, 9)]
    first = pictures.network(nodes, edges, key="k", title="t", desc="d", caption="c", center="0")
    again = pictures.network(list(nodes), list(edges), key="k", title="t", desc="d", caption="c", center="0")
    assert first == again
    svg = svg_of(first)
    # No colour is written into the picture: text and marks take the page's colour (CSS variables of the theme).
    colours = {v for element in svg.iter() for k, v in element.attrib.items() if k in ("fill", "stroke")}
    assert colours == {"currentColor"}
    css = render.stylesheet()
    assert "var(--md-primary-fg-color" in css and '[data-md-color-scheme="slate"]' in css
    # The ego network puts its actor in the middle of the picture.
    centre = svg.find(f".//{SVG}circle[@class='briefing-node briefing-node--center']")
    assert float(centre.get("cx")) == float(svg.get("width")) / 2


def test_sides_columns_count_everyone_and_show_the_top():
    supporters = [pictures.Node(f"s{i}", f"Supporter {i}", 1, f"s{i}/") for i in range(3)]
    opponents = [pictures.Node("o", "Opponent", 1, "o/")]
    figure = pictures.sides([("support", supporters, 12), ("oppose", opponents, 1)], key="sides-x", title="t", desc="d", caption="c")
    texts = [t.text for t in svg_of(figure).iter(f"{SVG}text")]
    assert "▲ 12 support" in texts and "▼ 1 oppose" in texts
    assert "and 9 more below" in texts
    assert [a.get("href") for a in svg_of(figure).iter(f"{SVG}a")] == ["s0/", "s1/", "s2/", "o/"]


def test_timeline_places_articles_in_date_order():
    points = [
        ("2024-03-01", pictures.Node("late", "Late", 1, "late/")),
        ("2024-01-01", pictures.Node("early", "Early", 5, "early/")),
        ("2024-01-01", pictures.Node("same-day", "Same day", 0, "same-day/")),
    ]
    svg = svg_of(pictures.timeline(points, key="timeline", title="t", desc="d", caption="c"))
    dots = {a.get("href"): a.find(f"{SVG}circle") for a in svg.iter(f"{SVG}a")}
    assert float(dots["early/"].get("cx")) < float(dots["late/"].get("cx"))
    assert dots["early/"].get("cx") == dots["same-day/"].get("cx")
    assert float(dots["same-day/"].get("cy")) < float(dots["early/"].get("cy"))  # stacked above
    assert float(dots["early/"].get("r")) > float(dots["late/"].get("r"))
    ticks = [t.text for t in svg.iter(f"{SVG}text")]
    assert ticks[0] == "2024-01-01" and ticks[-1] == "2024-03-01"


@pytest.mark.parametrize(
    ("source", "target", "anchor", "directory_urls", "expected"),
    [
        ("index.md", "actors/kim.md", None, True, "actors/kim/"),
        ("actors/index.md", "actors/kim.md", None, True, "kim/"),
        ("actors/moon.md", "actors/kim.md", None, True, "../kim/"),
        ("actors/moon.md", "index.md", None, True, "../../"),
        ("positions.md", "positions.md", "issue-talks", True, "./#issue-talks"),
        ("index.md", "positions.md", "issue-talks", True, "positions/#issue-talks"),
        ("actors/index.md", "actors/kim.md", None, False, "kim.html"),
        ("actors/moon.md", "articles/a.md", None, False, "../articles/a.html"),
        ("index.md", "positions.md", "issue-talks", False, "positions.html#issue-talks"),
    ],
)
def test_picture_links_are_built_urls(source, target, anchor, directory_urls, expected):
    assert html_link(source, target, anchor, directory_urls=directory_urls) == expected
    # The link resolves, from the page's URL, to the target page's URL (as a browser joins them).
    site = "http://example.org/site/"
    joined = urljoin(urljoin(site, page_url(source, directory_urls)), expected)
    assert joined == urljoin(site, page_url(target, directory_urls)) + (f"#{anchor}" if anchor else "")


class _Figures(HTMLParser):
    """The pictures of a built page: each figure's id, its links, title, description and caption."""

    def __init__(self):
        super().__init__()
        self.figures: list[dict] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "figure" and "briefing-figure" in (attrs.get("class") or ""):
            self.figures.append({"id": attrs["id"], "hrefs": [], "title": "", "desc": "", "caption": "", "exclude": "data-search-exclude" in attrs})
        if self.figures and tag == "a" and "svg" in self.stack:
            self.figures[-1]["hrefs"].append(attrs["href"])
        self.stack.append(tag)

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        if self.figures and self.stack and self.stack[-1] in ("title", "desc", "figcaption") and self.stack[-2] in ("svg", "figure"):
            key = {"figcaption": "caption"}.get(self.stack[-1], self.stack[-1])
            self.figures[-1][key] += data


def figures_of(site, url_path: str) -> dict[str, dict]:
    parser = _Figures()
    parser.feed((site / url_path / "index.html").read_text(encoding="utf-8"))
    return {figure["id"]: figure for figure in parser.figures}


def resolves(site, url_path: str, href: str) -> bool:
    path, _, anchor = href.partition("#")
    target = (site / url_path / path).resolve()
    page = target / "index.html"
    if not page.exists():
        return False
    return not anchor or f'id="{anchor}"' in page.read_text(encoding="utf-8")


@pytest.mark.slow
def test_shipped_site_pictures_link_to_the_right_pages(shipped_site):
    export = json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))
    names = {a["id"]: a["name"] for a in export["actors"]}
    expected = {
        "": {"picture-timeline"},
        "actors": {"picture-actor-network", "picture-quoted-by-publisher"},
        "positions": {"picture-sides-overview"} | {f"picture-sides-{issue['id']}" for issue in export["issues"]},
    }
    for url_path, ids in expected.items():
        figures = figures_of(shipped_site, url_path)
        assert ids <= set(figures), (url_path, set(figures))
        page = (shipped_site / url_path / "index.html").read_text(encoding="utf-8")
        for figure in figures.values():
            assert figure["title"] and figure["desc"] and figure["caption"] and figure["exclude"], figure
            assert page.count(f'id="{figure["id"]}"') == 1, figure["id"]  # no heading shares the id
            assert figure["hrefs"], figure
            for href in figure["hrefs"]:
                assert resolves(shipped_site, url_path, href), (url_path, figure["id"], href)
    # The network's links go to actor pages; the sides' to the issue sections.
    network = figures_of(shipped_site, "actors")["picture-actor-network"]
    assert all(re.fullmatch(r"[a-z0-9-]+/", href) and href[:-1] in names for href in network["hrefs"])
    overview = figures_of(shipped_site, "positions")["picture-sides-overview"]
    assert overview["hrefs"] == [f"./#issue-{issue['id']}" for issue in export["issues"]
                                 if any(p["issue"] == issue["id"] for p in export["positions"])]
    # A supporter of an issue is in that issue's picture, linked to its page.
    position = next(p for p in export["positions"] if p["stance"] == "support")
    sides = figures_of(shipped_site, "positions")[f"picture-sides-{position['issue']}"]
    assert f"../actors/{position['actor']}/" in sides["hrefs"]
    # An actor page's ego network links the actors it appears with, and names the actor.
    kim = next(a for a in export["actors"] if a["name"] == "Kim Jong Un")
    ego = figures_of(shipped_site, f"actors/{kim['id']}")["picture-ego-network"]
    assert "Kim Jong Un" in ego["title"]
    assert ego["hrefs"] and all(href.startswith("../") for href in ego["hrefs"])
    # The timeline links each dated article.
    dated = [a["id"] for a in export["articles"] if a["published"]]
    timeline = figures_of(shipped_site, "")["picture-timeline"]
    assert sorted(timeline["hrefs"]) == sorted(f"articles/{article}/" for article in dated)
