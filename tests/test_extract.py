"""HTML reader: saved pages from two publishers' styles, and broken pages.

The pages under tests/data/html/ are written for these tests (a wire-service story
with JSON-LD and captions, an opinion blog post with og: tags, sub-headings, share
buttons and footer link lists); none is copied from the evaluation set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import UnreadableFile
from briefing.pipeline.extract import Block, drop_furniture, extract_html

PAGES = Path(__file__).parent / "data" / "html"


def read_page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def wire():
    return extract_html("news/wire_story.html", read_page("wire_story.html"))


@pytest.fixture(scope="module")
def blog():
    return extract_html("opinion_blog.html", read_page("opinion_blog.html"))


def paragraphs(raw) -> list[str]:
    return raw.text.split("\n\n")


def test_wire_story_body_is_the_article_paragraphs_in_page_order(wire):
    body = paragraphs(wire)
    assert wire.format == "html" and wire.source == "news/wire_story.html"
    assert body[0].startswith("KHARTOUM, March 14 (Meridian Wire) - Negotiators from Egypt, Sudan and Ethiopia")
    assert body[1].startswith("The talks, hosted by Sudan's irrigation ministry")
    # the quote paragraph stays whole, and the paragraph after the related box follows in order
    assert any(p.endswith('"Nobody leaves this room with everything they want."') for p in body)
    previous = body.index(next(p for p in body if p.startswith("Previous rounds, mediated by the African Union")))
    farmers = body.index(next(p for p in body if p.startswith('"The river used to reach the top')))
    assert farmers < previous
    assert all(p and "\n" not in p for p in body)


def test_wire_story_metadata_from_json_ld(wire):
    assert wire.meta["title"] == "Dam talks resume as drought squeezes Nile basin farmers"
    assert wire.meta["authors"] == ["Amina Yusuf", "Tomas Berglund"]
    assert wire.meta["date"] == "2024-03-14"
    assert wire.meta["publisher"] == "Meridian Wire"
    assert wire.meta["url"] == "https://www.meridianwire.example/world/africa/dam-talks-resume-2024-03-14"
    assert wire.meta["headings"] == []
    assert wire.warnings == ()


def test_wire_story_drops_navigation_captions_related_links_and_headline(wire):
    text = wire.text
    for furniture in (
        "Technology",  # section navigation
        "Search Meridian Wire",
        "Sudan's wheat harvest falls to a ten-year low",  # related-coverage links
        "Related coverage",
        "Careers",
        "All rights reserved",
        "Photo: Leila Haddad",  # image captions
        "A farmer inspects cracked soil",
    ):
        assert furniture not in text, furniture
    assert not text.startswith("Dam talks resume")  # the headline is metadata, not body
    assert len(wire.meta["captions"]) == 2
    removed = {entry["text"]: entry["reason"] for entry in wire.meta["removed"]}
    assert removed.get("Dam talks resume as drought squeezes Nile basin farmers") == "headline repeated in the body"


def test_blog_metadata_from_og_and_meta_tags(blog):
    assert blog.meta["title"] == "Why our cities need fewer car parks, not more"
    assert blog.meta["authors"] == ["Priya Raman"]  # article:author is a profile URL, not a name
    assert blog.meta["date"] == "2023-11-02"
    assert blog.meta["publisher"] == "The Civic Ledger"
    assert blog.meta["url"] == "https://civicledger.example/2023/11/02/fewer-car-parks/"
    assert blog.meta["description"].startswith("Parking minimums quietly shape")


def test_blog_keeps_sub_headings_as_their_own_blocks(blog):
    body = paragraphs(blog)
    headings = ["The hidden price of a parking space", "What happens when the rules go", "A modest proposal"]
    assert blog.meta["headings"] == headings
    for heading in headings:
        index = body.index(heading)  # a block of its own, not merged into a paragraph
        assert body[index + 1] not in headings  # text follows every heading
    assert body.index(headings[0]) < body.index(headings[1]) < body.index(headings[2])
    assert body[0].startswith("Walk through any new housing estate")
    assert body[-1].startswith("No one is suggesting that councils ban car parks.")


def test_blog_drops_share_buttons_widgets_newsletter_and_footer(blog):
    for furniture in (
        "Share on Twitter",
        "Email this",
        "Recent posts",
        "The case for street trees, in numbers",
        "Get the Ledger in your inbox",
        "No spam, ever",
        "Privacy policy",
        "Previous post",
        "Notes on cities, housing",
    ):
        assert furniture not in blog.text, furniture


def test_caption_and_link_blocks_are_dropped_with_reasons():
    caption = "Protesters gather outside parliament in Tbilisi on Sunday. Photo: N. Beridze"
    blocks = [
        Block("p", "Thousands of people marched through the capital on Sunday to demand new elections."),
        Block("p", caption),
        Block("item", "Opposition leader detained after rally", link_chars=38),
        Block("p", "The interior ministry said the march ended peacefully by nightfall, police said."),
        Block("head", "More from Europe"),
    ]
    kept, removed = drop_furniture(blocks, title="Georgians march for new elections", captions=[caption])
    assert [block.text for block in kept] == [blocks[0].text, blocks[3].text]
    assert [reason for _, reason in removed] == [
        "image caption",
        "link to another page",
        "heading without text under it",
    ]


def test_fully_linked_sentence_is_kept_but_linked_teaser_is_not():
    sentence = Block("p", "The full ruling of the court was published on its website on Monday.", link_chars=70)
    teaser = Block("p", "READ MORE: Court orders recount in disputed district", link_chars=52)
    body = Block("p", " ".join(["The count resumed in the morning under observers."] * 8))
    kept, removed = drop_furniture([body, sentence, teaser], title=None, captions=[])
    assert sentence in kept
    assert [block for block, _ in removed] == [teaser]


def test_truncated_page_warns():
    html = read_page("wire_story.html")
    cut = html[: html.index("The World Bank estimates")]
    raw = extract_html("cut.html", cut)
    assert any("truncated" in warning for warning in raw.warnings)
    assert "Previous rounds, mediated by the African Union" in raw.text
    assert not any("truncated" in w for w in extract_html("whole.html", html).warnings)


def test_wrong_charset_declaration_warns():
    html = read_page("opinion_blog.html").replace("charset=utf-8", "charset=windows-1251")
    html = html.replace("Sixty years on", "Sixty years on — and counting —")  # non-ASCII text
    raw = extract_html("blog.html", html, encoding="utf-8")
    assert any("charset" in w and "windows-1251" in w and "utf-8" in w for w in raw.warnings)


def test_matching_or_equivalent_charset_declaration_does_not_warn():
    html = read_page("wire_story.html")
    assert extract_html("a.html", html, encoding="utf-8").warnings == ()
    latin = html.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("Idris", "Idrís")
    # browsers read Latin-1 labels as windows-1252, so the two agree
    assert not any("charset" in w for w in extract_html("b.html", latin, encoding="cp1252").warnings)


NAVIGATION_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sections | Daily Courier</title></head>
<body><header><a href="/">Daily Courier</a></header>
<nav><ul>{links}</ul></nav>
<main><h1>All sections</h1><ul class="section-index">{more}</ul></main>
<footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer></body></html>"""


def test_page_that_is_all_navigation_is_unreadable_with_reason():
    sections = ["World", "Business", "Politics", "Health", "Science", "Sport", "Culture", "Travel", "Opinion"]
    links = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in sections)
    more = "".join(
        f'<li><a href="/{s.lower()}/latest">Latest {s} news and analysis from our reporters</a></li>' for s in sections
    )
    with pytest.raises(UnreadableFile) as error:
        extract_html("sections.html", NAVIGATION_PAGE.format(links=links, more=more))
    reason = str(error.value)
    assert "navigation" in reason or "no article body" in reason
    assert "words" in reason or "no main text" in reason


def test_short_page_is_unreadable_and_says_how_much_text_it_has():
    html = (
        "<html><head><title>Note</title></head><body><article>"
        "<p>The meeting has been moved to Thursday at noon in the main hall.</p>"
        "</article></body></html>"
    )
    with pytest.raises(UnreadableFile) as error:
        extract_html("note.html", html)
    assert "40" in str(error.value)


def test_through_cleaning_both_publishers_become_clean_articles(wire, blog):
    clean = pytest.importorskip("briefing.pipeline.clean")
    for raw, first in (
        (wire, "Negotiators from Egypt, Sudan and Ethiopia"),
        (blog, "Walk through any new housing estate"),
    ):
        article = clean.clean_document(raw)
        assert article.title == raw.meta["title"]
        assert article.authors == raw.meta["authors"]
        assert article.published == raw.meta["date"]
        assert first in article.paragraphs[0]
        assert "Share on Twitter" not in article.body and "Photo: Leila Haddad" not in article.body
    article = clean.clean_document(blog)
    assert [article.paragraphs[i] for i in article.headings] == blog.meta["headings"]


LOCAL_NEWS_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Bridge reopens to cyclists - Valley Gazette</title></head><body>
<header><a href="/">Valley Gazette</a> <a href="/news">News</a></header>
<article><h1>Bridge reopens to cyclists</h1>
<div class="byline">By <a href="/staff/rhys-morgan" rel="author">Rhys Morgan</a></div>
<time datetime="2022-05-03T09:30:00Z">3 May 2022</time>
<p>The county council voted on Tuesday evening to reopen the old railway bridge to cyclists and walkers,
ending a closure that began after storm damage three winters ago.</p>
<p>Councillors heard that the crossing saves families in the lower village a detour of four miles along
the main road, which has no pavement for most of its length.</p>
<p>Engineers said the repairs cost less than first feared, and the bridge will be inspected every spring.</p>
</article><footer><a href="/about">About us</a></footer></body></html>"""


def test_byline_and_date_stated_only_in_the_page_text_are_found():
    # no <meta> author or date and no JSON-LD: the byline and the <time> element are all there is
    raw = extract_html("bridge.html", LOCAL_NEWS_PAGE)
    assert raw.meta["authors"] == ["Rhys Morgan"]
    assert raw.meta["date"] == "2022-05-03"
    assert raw.meta["title"] == "Bridge reopens to cyclists"
    assert raw.text.startswith("The county council voted on Tuesday evening")
    assert "About us" not in raw.text and "Rhys Morgan" not in raw.text


def test_an_author_the_page_tags_state_wins_over_a_byline_found_in_the_text():
    # trafilatura's own reader rejects one-word authors and would take the byline; a wire agency is one word
    html = LOCAL_NEWS_PAGE.replace("<head>", '<head><meta name="author" content="Reuters">', 1)
    assert extract_html("bridge.html", html).meta["authors"] == ["Reuters"]


def test_text_that_is_not_an_html_document_is_unreadable():
    with pytest.raises(UnreadableFile) as error:
        extract_html("notes.html", "Shopping list: eggs, flour, two lemons.")
    assert "HTML" in str(error.value) or "no main text" in str(error.value)


FERRY_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry service returns</title></head><body>
<article><h1>Ferry service returns to the island after two years</h1>
<div class="article-byline"><span class="byline__authors">By Maria Lopez and Owen Price</span>
<span class="byline__publication">Harbour Post</span> <time datetime="2021-06-01">1 June 2021</time></div>
<p>The ferry between the harbour and the island will run again from Monday, the transport authority said on Tuesday,
two years after the last boat was withdrawn for repairs that took longer than planned.</p>
<div class="story-sharing"><p>Enjoyed this story? Pass it on to a friend who rides the ferry.</p></div>
<p>Residents had campaigned for the service since the closure, saying the bus detour added an hour to each journey
and cut the island off from the hospital in the evening.</p>
<section class="email-signup"><p>Get the Harbour Post's morning briefing in your inbox every weekday.</p></section>
<p>The authority said the boat would run every ninety minutes in summer and every two hours in winter, with extra
sailings on market days.</p>
</article></body></html>"""


def test_share_and_newsletter_boxes_named_in_the_markup_are_dropped_with_the_reason():
    raw = extract_html("ferry.html", FERRY_PAGE)
    assert "Pass it on" not in raw.text and "morning briefing" not in raw.text
    removed = {entry["text"]: entry["reason"] for entry in raw.meta["removed"]}
    assert removed["Enjoyed this story? Pass it on to a friend who rides the ferry."] == "share or newsletter widget"
    assert removed["Get the Harbour Post's morning briefing in your inbox every weekday."] == "share or newsletter widget"
    # the story around the boxes stays, in order
    assert raw.text.split("\n\n") == [
        paragraph.replace("\n", " ") for paragraph in (
            "The ferry between the harbour and the island will run again from Monday, the transport authority said on Tuesday,\n"
            "two years after the last boat was withdrawn for repairs that took longer than planned.",
            "Residents had campaigned for the service since the closure, saying the bus detour added an hour to each journey\n"
            "and cut the island off from the hospital in the evening.",
            "The authority said the boat would run every ninety minutes in summer and every two hours in winter, with extra\n"
            "sailings on market days.",
        )
    ]


def test_a_widget_class_on_a_container_of_the_whole_story_drops_nothing():
    # A long element that carries a widget word in its class is a wrapper, not a box of buttons.
    html = FERRY_PAGE.replace("<article>", '<article class="article-share-enabled">')
    raw = extract_html("ferry.html", html)
    assert raw.text.startswith("The ferry between the harbour and the island")
    assert "Residents had campaigned" in raw.text and "every ninety minutes" in raw.text


def test_byline_box_gives_the_author_names_not_its_date_or_publisher():
    raw = extract_html("ferry.html", FERRY_PAGE)
    assert raw.meta["authors"] == ["Maria Lopez", "Owen Price"]
    assert raw.meta["date"] == "2021-06-01"
    # a byline box without parts named for the author is read whole, its lead word dropped
    plain = FERRY_PAGE.replace('<span class="byline__authors">', "<span>").replace(
        '<span class="byline__publication">Harbour Post</span> ', ""
    )
    assert extract_html("ferry.html", plain).meta["authors"] == ["Maria Lopez", "Owen Price"]
