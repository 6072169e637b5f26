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


# -- what the generated pages give Material's search, without building a site ------------------------------------


def _search_entries(pages: dict[str, str]) -> list[dict]:
    """Each generated page converted as MkDocs converts it and indexed by Material's search plugin's own code."""
    import markdown
    from material.plugins.search.plugin import SearchIndex
    from mkdocs.utils.meta import get_data

    from briefing.render import page_url

    index = SearchIndex()
    for uri, source in sorted(pages.items()):
        if not uri.endswith(".md"):
            continue
        text, meta = get_data(source)
        converter = markdown.Markdown(extensions=["attr_list", "tables", "toc"])
        content = converter.convert(text)
        title = next(iter(converter.toc_tokens), {}).get("name", uri)

        class Page:  # what SearchIndex reads of an MkDocs page
            pass

        page = Page()
        page.meta, page.content, page.toc, page.url, page.title = meta, content, [], page_url(uri), title
        index.add_entry_from_context(page)
    return index.entries


def _briefing():
    from briefing.models import Actor, ArticleAnalysis, Briefing, Evidence, Issue, Position, Quote, Removed, Role
    from briefing.models import Article

    paragraphs = [
        "SEOUL — Moon Jae-in said on Tuesday that talks with the North would resume.",
        "\u201cDialogue is the only way to peace on the peninsula,\u201d Moon told reporters in Seoul.",
        "Kim Jong Un did not respond to the offer, state media said.",
    ]
    article = Article(id="talks-resume", source="a.txt", title="Talks with the North to resume", kind="news",
                      language="en", publisher="Daily Ledger", authors=["Ana Ruiz"], paragraphs=paragraphs,
                      removed=[Removed("Share this article on Facebook", "share prompt")])
    second = Article(id="olympics", source="b.txt", title="The North at the Olympics", language="en",
                     paragraphs=["North Korea will send athletes to the Winter Olympics, Moon said."])
    moon = Actor(id="moon-jae-in", name="Moon Jae-in", kind="person", aliases=["Moon", "President Moon"],
                 roles=[Role("South Korean President", "talks-resume", "title"),
                        Role("South Korean President", "olympics", "title")],
                 articles=["talks-resume", "olympics"], mentions=3)
    kim = Actor(id="kim-jong-un", name="Kim Jong Un", kind="person", aliases=["Kim"], articles=["talks-resume"],
                mentions=2)
    quote = Quote(id="q1", article="talks-resume", text="Dialogue is the only way to peace on the peninsula,",
                  kind="direct", speaker="moon-jae-in", speaker_name="Moon Jae-in", speaker_text="Moon", paragraph=1,
                  start=0, end=0)
    issue = Issue(id="talks", label="Talks between the two Koreas", keywords=["talks"])
    position = Position("moon-jae-in", "talks", "support", [Evidence("talks-resume", paragraphs[0], paragraph=0)])
    return Briefing(articles=[article, second], actors=[moon, kim], quotes=[quote], issues=[issue],
                    positions=[position],
                    analyses={a.id: ArticleAnalysis(article=a.id) for a in (article, second)},
                    article_actor_mentions={"talks-resume": {"moon-jae-in": 2, "kim-jong-un": 1}, "olympics": {"moon-jae-in": 1}})


def test_generated_pages_index_what_search_needs_and_leave_out_repeats():
    from briefing.render import render_site

    briefing = _briefing()
    entries = _search_entries(render_site(briefing))
    by_page: dict[str, list[dict]] = {}
    for entry in entries:
        by_page.setdefault(entry["location"].split("#", 1)[0], []).append(entry)
    article = " ".join(e["title"] + " " + e["text"] for e in by_page["articles/talks-resume/"])
    # The article: its title, publisher, author and every paragraph; not its file, kind, actor list or removed lines.
    for paragraph in briefing.articles[0].paragraphs:
        assert paragraph.replace("\u2014", "—") in article.replace("&quot;", '"')
    assert "Daily Ledger" in article and "Ana Ruiz" in article
    for noise in ("a.txt", "Kind:", "Language:", "Share this article", "(person)"):
        assert noise not in article, noise
    assert not any(e["location"].endswith(("#actors", "#quotes", "#key-points")) for e in entries)
    # The actor: its name, every alias, each role once; not its counts, kind, article titles or quotes.
    actor = by_page["actors/moon-jae-in/"]
    assert actor[0]["title"] == "Moon Jae-in" and "Moon, President Moon" in actor[0]["text"]
    roles = " ".join(e["text"] for e in actor[1:])
    assert roles.count("South Korean President") == 1
    everything_on_actor = " ".join(e["title"] + " " + e["text"] for e in actor)
    for noise in ("Talks with the North to resume", "Mentions:", "Kind:", "Dialogue is the only way"):
        assert noise not in everything_on_actor, noise
    # Lists of every article are not indexed (the articles index, and the home page's copy); the positions page
    # names who holds which stance, not the evidence.
    assert "articles/" not in by_page
    assert not any(e["location"] == "#articles" for e in entries)
    positions = " ".join(e["title"] + " " + e["text"] for e in by_page["positions/"])
    assert "Moon Jae-in" in positions and "Talks between the two Koreas" in positions
    assert "would resume" not in positions


def test_the_changes_page_indexes_its_introduction_not_the_lists_of_changes():
    from dataclasses import replace

    from briefing import changes
    from briefing.export import export_data
    from briefing.render import render_site

    briefing = _briefing()
    before = replace(briefing, articles=briefing.articles[:1])
    _, state = changes.track(changes.snapshot(export_data(before)), state_file=None, time="2024-01-01T00:00:00Z", save=False)
    log, _ = changes.track(changes.snapshot(export_data(briefing)), state_file=None, memory=state,
                           time="2024-01-02T00:00:00Z", save=False)
    assert log.history
    pages = render_site(briefing, changes=log)
    assert "The North at the Olympics" in pages["changes.md"]
    entries = [e for e in _search_entries(pages) if e["location"].startswith("changes/")]
    assert [e["location"] for e in entries] == ["changes/"] and "Atom feed" in entries[0]["text"]
