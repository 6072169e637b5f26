"""The search index re-written without escapes, and the feed link every page's head carries (no site built)."""

from __future__ import annotations

import json

from briefing.render import compact_search_index, feed_link


def test_compact_search_index_is_the_same_json_without_escapes():
    index = {"config": {"lang": ["en"], "separator": "[\\s\\-]+"},
             "docs": [{"location": "articles/a/", "title": "Pence’s task", "text": "<p>“Talks” — Москва &amp; Seoul</p>"}]}
    written = json.dumps(index, separators=(",", ":"))  # as MkDocs writes it: \u2019, \u201c...
    compact = compact_search_index(written)
    assert compact is not None and json.loads(compact) == index
    assert "\\u" not in compact and "Pence’s" in compact
    assert len(compact.encode("utf-8")) < len(written)


def test_compact_search_index_leaves_what_it_cannot_write():
    assert compact_search_index("not json") is None
    assert compact_search_index('{"text": "\\ud800"}') is None  # a lone surrogate has no UTF-8


def test_feed_link_is_absolute_under_site_url_else_relative_to_the_page():
    tag = feed_link("actors/moon-jae-in.md", site_url="https://example.org/briefing/", site_name="A & B")
    assert tag == ('<link rel="alternate" type="application/atom+xml" title="A &amp; B: what changed" '
                   'href="https://example.org/briefing/changes.xml">')
    hrefs = {uri: feed_link(uri, site_url=None, site_name="x").split('href="', 1)[1].rstrip('">')
             for uri in ("index.md", "about.md", "actors/index.md", "actors/moon-jae-in.md")}
    assert hrefs == {"index.md": "changes.xml", "about.md": "../changes.xml", "actors/index.md": "../changes.xml",
                     "actors/moon-jae-in.md": "../../changes.xml"}
    flat = feed_link("actors/moon-jae-in.md", site_url=None, site_name="x", directory_urls=False)
    assert 'href="../changes.xml"' in flat
