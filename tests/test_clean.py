"""Cleaning on real text: the three seed pages, and small pages in other publishers' styles."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from briefing.models import Article, RawDocument
from briefing.pipeline.clean import REASONS, clean_corpus, clean_document, parse_date, repeated_lines

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text))


def assert_nothing_lost(document: RawDocument, article: Article) -> None:
    """Every word of the page is either in the body or in a removed piece (which names its reason)."""
    kept = words(article.body)
    for removed in article.removed:
        assert removed.reason in REASONS, removed
        kept.update(words(removed.text))
    assert words(document.text) == kept


def txt(text: str, source: str = "page.txt") -> RawDocument:
    return RawDocument(source=source, text=text, format="txt")


# ---------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[RawDocument, Article]]:
    documents = [txt(path.read_text(encoding="utf-8"), path.name) for path in sorted(CORPUS.glob("*.txt"))]
    articles = clean_corpus(documents)
    return {doc.source[:3]: (doc, article) for doc, article in zip(documents, articles)}


def test_seed_titles_have_no_masthead_or_label(seeds):
    assert seeds["000"][1].title == "Pence’s toughest task in Asia: Repair ties with South Korea"
    assert seeds["001"][1].title == "South Korea bets that talks with North could pay off"
    assert seeds["002"][1].title == (
        "To Stop Looming War With North Korea, Trump Must Let Kim Jong Un Talk To South Korea"
    )
    for _, article in seeds.values():
        assert not article.warnings


def test_seed_kinds_two_opinion_one_news(seeds):
    assert [seeds[k][1].kind for k in ("000", "001", "002")] == ["opinion", "news", "opinion"]


def test_seed_metadata(seeds):
    column, news, essay = seeds["000"][1], seeds["001"][1], seeds["002"][1]
    assert column.authors == ["Josh Rogin"]  # named only by the follow prompts
    assert news.authors == []
    assert essay.authors == ["Eric Gomez"]
    assert essay.published == "2018-01-04"
    assert column.published is None and news.published is None
    assert column.publisher == news.publisher == "The Washington Post"
    assert essay.publisher is None
    assert news.dateline == "BEIJING"
    assert news.contributors == ["Amber Ziye Wang"]
    assert essay.author_bios == [
        "Eric Gomez is a policy analyst for defense and foreign policy studies at the Cato Institute."
    ]


def test_seed_bodies_start_and_end_at_the_story(seeds):
    column, news, essay = seeds["000"][1], seeds["001"][1], seeds["002"][1]
    assert column.paragraphs[0].startswith("Vice President Pence's Asia trip this week")
    assert column.paragraphs[-1].startswith("After the Olympic flame is extinguished")
    assert news.paragraphs[0].startswith("South Korea leaped Tuesday at an offer of talks")
    assert news.paragraphs[-1].startswith("\"Allowing Kim Jong Un's North Korea to participate")
    assert essay.paragraphs[0].startswith("In the lead up to the winter Olympic Games")
    assert essay.paragraphs[-1].startswith("The resumption of inter-Korean high-level dialogue")


def test_seed_bodies_hold_no_furniture(seeds):
    furniture = re.compile(
        r"Democracy Dies|Getty Images|/AP\)|\(Video:|Follow|Read more|contributed to this report|"
        r"is a policy analyst|on Facebook|Today’s coverage|nuclear button’ but won’t",
    )
    for _, article in seeds.values():
        for paragraph in article.paragraphs:
            assert not furniture.search(paragraph), paragraph
            assert not paragraph.startswith(("Opinion", "BEIJING"))


def test_seed_removed_lines_have_their_reasons(seeds):
    reasons = {k: Counter(r.reason for r in article.removed) for k, (_, article) in seeds.items()}
    assert reasons["000"]["masthead"] == 1 and reasons["000"]["section label"] == 1
    assert reasons["000"]["caption"] == 1 and reasons["000"]["prompt"] == 2
    assert reasons["000"]["read more"] + reasons["000"]["related headlines"] == 6
    assert reasons["001"]["caption"] == 2  # the photo credit and the "(Video: ...)" caption
    assert reasons["001"]["contributor line"] == 1 and reasons["001"]["dateline"] == 1
    assert reasons["001"]["related headlines"] == 4
    assert reasons["002"]["byline"] == 1 and reasons["002"]["date line"] == 1
    assert reasons["002"]["author bio"] == 1


def test_seed_page_break_is_rejoined(seeds):
    essay = seeds["002"][1]
    joined = [p for p in essay.paragraphs if "crisis quickly escalating into a larger conflict" in p]
    assert len(joined) == 1
    assert not any(p.startswith("escalating") for p in essay.paragraphs)


def test_seed_nothing_of_the_story_lost(seeds):
    for document, article in seeds.values():
        assert_nothing_lost(document, article)


def test_repeated_lines_are_found_across_files(seeds):
    documents = [document for document, _ in seeds.values()]
    assert "the washington postdemocracy dies in darkness" in repeated_lines(documents)
    assert repeated_lines(documents[:1]) == frozenset()


# ---------------------------------------------------------------------------- other publishers' styles

CNN_STYLE = """\
HOUSTON, Texas (CNN) -- Floodwaters forced thousands of residents from their homes on Monday as the bayou rose faster than forecasters had predicted, officials said.

Mayor Ana Ruiz tours a flooded street Monday in east Houston.

"We have never seen water come up this quickly," Ruiz told reporters at a briefing. "Stay off the roads."

Rescue crews pulled more than 200 people from cars and rooftops overnight, the fire department said.  Watch crews pull a family from a flooded car »

The National Weather Service said more rain was expected through Wednesday. E-mail to a friend

CNN's Lee Park and Sam Ortiz contributed to this report.
"""


def test_cnn_style_caption_dateline_prompts_and_contributors():
    document = txt(CNN_STYLE)
    article = clean_document(document)
    assert article.dateline == "HOUSTON, Texas"
    assert article.paragraphs[0].startswith("Floodwaters forced thousands")
    assert "Mayor Ana Ruiz tours a flooded street Monday in east Houston." in [r.text for r in article.removed
                                                                               if r.reason == "caption"]
    assert not any("Watch crews" in p or "E-mail to a friend" in p for p in article.paragraphs)
    assert article.paragraphs[2].endswith("the fire department said.")
    assert article.paragraphs[-1] == "The National Weather Service said more rain was expected through Wednesday."
    assert article.contributors == ["Lee Park", "Sam Ortiz"]
    assert article.kind == "news"
    assert any("no title" in w for w in article.warnings)
    assert article.title.startswith("Floodwaters forced thousands")
    assert_nothing_lost(document, article)


def test_second_paragraph_in_past_tense_is_not_taken_for_a_caption():
    document = txt(CNN_STYLE.replace("Mayor Ana Ruiz tours a flooded street Monday in east Houston.",
                                     "Mayor Ana Ruiz toured a flooded street Monday in east Houston."))
    article = clean_document(document)
    assert "Mayor Ana Ruiz toured a flooded street Monday in east Houston." in article.paragraphs


def test_by_line_with_two_authors_and_a_date():
    document = txt(
        "Harbor City Ledger\n\n"
        "Port strike enters its second week as talks stall\n\n"
        "By Maria Lopez and Tom Baker | Updated March 5, 2021 at 6:40 p.m.\n\n"
        "Dockworkers at the city's container port stayed off the job for an eighth day on Friday, "
        "and negotiators for both sides said no new talks were scheduled.\n\n"
        "The union wants a 6 percent raise over three years; the port authority has offered 3 percent.\n"
    )
    article = clean_document(document)
    assert article.title == "Port strike enters its second week as talks stall"
    assert article.authors == ["Maria Lopez", "Tom Baker"]
    assert article.published == "2021-03-05"
    assert article.publisher == "Harbor City Ledger"
    assert article.paragraphs[0].startswith("Dockworkers at the city's container port")
    assert len(article.paragraphs) == 2
    assert_nothing_lost(document, article)


def test_follow_us_prompt_and_share_widget_are_removed():
    document = txt(
        "Share this with\nEmail\nFacebook\nTwitter\nWhatsApp\nCopy this link\n\n"
        "A council in Wales has approved plans for a new library after a two-year campaign by residents.\n\n"
        "Media playback is unsupported on your device\n\n"
        "Follow us on Twitter for the latest updates\n\n"
        "\"Watch out for the opening day,\" the council leader said, adding that building starts in May.\n\n"
        "The library will open in 2026.\n"
    )
    article = clean_document(document)
    reasons = Counter(r.reason for r in article.removed)
    assert reasons["share links"] == 6
    assert reasons["media notice"] == 1 and reasons["prompt"] == 1
    assert article.paragraphs == [
        "A council in Wales has approved plans for a new library after a two-year campaign by residents.",
        "\"Watch out for the opening day,\" the council leader said, adding that building starts in May.",
        "The library will open in 2026.",
    ]
    assert_nothing_lost(document, article)


def test_trailing_related_headlines_go_but_the_last_story_sentence_stays():
    document = txt(
        "Nurses vote to strike at three hospitals\n\n"
        "Nurses at three city hospitals voted on Thursday to strike next month over staffing levels.\n\n"
        "Duke University is a private college with about 15,000 students in Durham, North Carolina.\n\n"
        "Hospital strike: what patients need to know\n\n"
        "Why nurses are leaving the profession\n"
    )
    article = clean_document(document)
    assert article.paragraphs[-1].startswith("Duke University is a private college")
    assert [r.reason for r in article.removed].count("related headlines") == 2
    assert article.author_bios == [] and article.kind == "news"


def test_author_bio_of_the_byline_author_makes_an_opinion_piece():
    document = txt(
        "Why cities should stop building parking\n\n"
        "By Dana Whitfield\n\n"
        "Every new garage locks a city into decades of traffic, and the evidence for that is now overwhelming.\n\n"
        "Cities that removed parking minimums have seen housing costs fall without any rise in congestion.\n\n"
        "Dana Whitfield is a senior fellow at the Urban Mobility Institute.\n"
    )
    article = clean_document(document)
    assert article.kind == "opinion"
    assert article.authors == ["Dana Whitfield"]
    assert article.author_bios == ["Dana Whitfield is a senior fellow at the Urban Mobility Institute."]
    assert article.paragraphs[-1].startswith("Cities that removed parking minimums")


def test_opinion_label_line_and_credit_caption():
    document = txt(
        "Opinion\n\n"
        "The farm bill is a test of whether Congress can still compromise\n\n"
        "A combine harvests wheat near Salina, Kan. (Charlie Riedel/AP)\n\n"
        "Congress has passed a farm bill every five years or so for decades, usually with votes from both parties.\n\n"
        "This time is different, and the reasons say a lot about the House.\n"
    )
    article = clean_document(document)
    assert article.kind == "opinion"
    assert article.title == "The farm bill is a test of whether Congress can still compromise"
    assert [r.reason for r in article.removed] == ["section label", "title", "caption"]
    assert len(article.paragraphs) == 2


def test_long_first_line_ending_in_a_full_stop_is_body_not_title():
    document = txt(
        "Officials in the northern province said on Sunday that the bridge would reopen to traffic "
        "by the end of the month after repairs.\n\n"
        "The bridge was closed in March after inspectors found cracks in two of its piers.\n",
        source="bridge_reopens.txt",
    )
    article = clean_document(document)
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("Officials in the northern province")
    assert any("no title" in w for w in article.warnings)


def test_masthead_repeated_across_the_corpus():
    story = "The city council met on Tuesday and approved the budget after a long debate over police funding."
    documents = [
        txt(f"Metro Gazette · Your city, every day\n\nBudget passes\n\n{story}\n", "a.txt"),
        txt(f"Metro Gazette · Your city, every day\n\nSchools reopen\n\n{story.replace('budget', 'plan')}\n",
            "b.txt"),
    ]
    first, second = clean_corpus(documents)
    assert first.title == "Budget passes" and second.title == "Schools reopen"
    assert first.removed[0].reason == "masthead"
    assert first.id == "" and first.paragraphs == [story]


def test_markdown_with_front_matter():
    text = (
        "---\ntitle: Rail link approved\nauthors: Ana Costa and Ben Hale\ndate: 2022-07-01\n"
        "publisher: Northern Wire\nkind: opinion\nurl: https://example.org/rail\n---\n\n"
        "# Rail link approved\n\n"
        "![A train at dusk](train.jpg)\n\n"
        "The **regional government** approved the [rail link](https://example.org/x) on *Friday*.\n\n"
        "## What happens next\n\n"
        "Construction starts in `2024`, officials said.\n"
    )
    article = clean_document(RawDocument(source="rail.md", text=text, format="md"))
    assert article.title == "Rail link approved"
    assert article.authors == ["Ana Costa", "Ben Hale"]
    assert article.published == "2022-07-01"
    assert article.publisher == "Northern Wire" and article.kind == "opinion"
    assert article.url == "https://example.org/rail"
    assert article.paragraphs == [
        "The regional government approved the rail link on Friday.",
        "What happens next",
        "Construction starts in 2024, officials said.",
    ]
    assert article.headings == [1]
    assert {r.reason for r in article.removed} == {"title", "image"}


def test_markdown_meta_wins_over_the_text():
    document = RawDocument(
        source="x.md",
        text="A headline in the text\n\nBy Someone Else\n\nThe port reopened on Monday after a week of repairs to its cranes.\n",
        format="md",
        meta={"title": "The real title", "authors": ["Jo Park"], "date": "4 January 2018"},
    )
    article = clean_document(document)
    assert article.title == "The real title"
    assert article.authors == ["Jo Park"]
    assert article.published == "2018-01-04"
    assert article.paragraphs == ["The port reopened on Monday after a week of repairs to its cranes."]


def test_html_document_with_headings():
    text = (
        "Storm closes schools\n\n"
        "Schools across the county closed on Tuesday as the storm brought down power lines.\n\n"
        "Power cuts\n\n"
        "About 40,000 homes were without power by the evening, the utility said.\n\n"
        "Follow us on Facebook\n"
    )
    document = RawDocument(
        source="storm.html", text=text, format="html",
        meta={"title": "Storm closes schools", "authors": "Lee Grant", "date": "2023-11-14T08:00:00Z",
              "publisher": "County Herald", "headings": ["Power cuts"]},
    )
    article = clean_document(document)
    assert article.title == "Storm closes schools"
    assert article.authors == ["Lee Grant"] and article.published == "2023-11-14"
    assert article.paragraphs[1] == "Power cuts" and article.headings == [1]
    assert len(article.paragraphs) == 3
    assert [r.reason for r in article.removed] == ["title", "prompt"]


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("January 4, 2018", "2018-01-04"),
        ("Jan. 4, 2018", "2018-01-04"),
        ("4 January 2018", "2018-01-04"),
        ("Published Thu 4 Jan 2018 10.02 GMT", "2018-01-04"),
        ("2018-01-04T10:00:00Z", "2018-01-04"),
        ("01/04/2018", "2018-01-04"),
        ("25/12/2019", "2019-12-25"),
        ("Sept. 9, 2020", "2020-09-09"),
        ("January 2018", None),
        ("no date here", None),
    ],
)
def test_parse_date(written, iso):
    assert parse_date(written) == iso


def test_html_reader_removals_and_captions_are_reported():
    document = RawDocument(
        source="page.html",
        text="A ferry ran aground off the island on Sunday, and all 120 passengers were taken ashore safely.\n\n"
             "The ferry MV Example near the harbour wall\n\n"
             "The coastguard said the tide would refloat the vessel overnight.",
        format="html",
        meta={"title": "Ferry runs aground", "captions": ["The ferry MV Example near the harbour wall"],
              "removed": [{"text": "More island news", "reason": "link to another page"}]},
    )
    article = clean_document(document)
    assert len(article.paragraphs) == 2
    assert [(r.text, r.reason) for r in article.removed] == [
        ("The ferry MV Example near the harbour wall", "caption"),
        ("More island news", "related headlines"),
    ]


def test_two_versions_of_one_story_keep_their_title():
    """Lines shared by near-duplicate pages are the story, not furniture; a masthead shared by different pages is."""
    story = (
        "Harbor Gazette\n\nPort strike ends after union accepts new contract\n\n"
        "DOCKSIDE — Dock workers returned to work on Friday after their union accepted a contract "
        "that raises wages by 12 percent over three years.\n\n"
        "The strike had halted shipping for nine days and left dozens of vessels waiting offshore.\n"
    )
    other = (
        "Harbor Gazette\n\nCity opens new ferry terminal\n\n"
        "The city opened its new ferry terminal on Monday, two years after construction began.\n"
    )
    first = RawDocument("a.txt", story, "txt")
    update = RawDocument("b.txt", story.replace("nine days", "ten days"), "txt")
    articles = clean_corpus([first, update, RawDocument("c.txt", other, "txt")])
    assert [a.title for a in articles[:2]] == ["Port strike ends after union accepts new contract"] * 2
    assert all(not a.warnings for a in articles)
    assert all(r.reason == "masthead" for a in articles for r in a.removed if r.text == "Harbor Gazette")
    assert any(r.text == "Harbor Gazette" for r in articles[0].removed)


# ---------------------------------------------------------------------------- pages from sites with menus and wires

WIRE_PAGE = """\
Lakeside Wire
Skip to main content
World
Business
Opinion
Sports
Climate
Sign In

WORLD NEWS

Flooding forces evacuations along the river delta

By MARTA OLSEN and DEV PATEL
Updated 4:12 PM EST, Wed March 6, 2019

Share

Residents wade through a flooded street in Port Alma on Wednesday. Lena Ruiz/Pool via Wire

PORT ALMA, Riverland (Wire) — Thousands of people left their homes on Wednesday as the river rose.

Officials said the water was still rising.

The ministry agreed to:

— open six shelters in schools;

— send boats to the outer islands.

Advertisement

Farmers said they had lost most of the rice crop, and that the government
should pay for the damage.

Wire writers Ana Kim in Port Alma and Leo Gray contributed to this report.

MARTA OLSEN
Olsen covers the delta region for the Wire. She is based in Port Alma.

Copyright 2019 Lakeside Wire. All Rights Reserved.
"""


def test_a_section_label_before_the_byline_on_one_line_names_the_author_and_the_kind():
    document = txt(
        "Why I will vote no on the harbour levy\n\n"
        "OPINION | By Marisol Quintero\n\n"
        "For ten years I have argued that the harbour needs money. I still think so.\n\n"
        "But I oppose the levy, because it charges the fishermen who use the harbour least.\n"
    )
    article = clean_document(document)
    assert article.authors == ["Marisol Quintero"]
    assert article.kind == "opinion"
    assert article.paragraphs[0].startswith("For ten years")
    news = clean_document(txt(
        "Harbour levy passes\n\nPORT | By Marisol Quintero\n\n"
        "The council passed the harbour levy on Tuesday by seven votes to two.\n"
    ))
    assert news.authors == ["Marisol Quintero"] and news.kind == "news"


def test_a_column_headed_by_its_writer_s_name_is_signed_by_them_and_by_another_name_is_not():
    column = clean_document(txt(
        "Marisol Quintero: The harbour levy charges the wrong people\n\n"
        "OPINION: For ten years I have argued that the harbour needs money. I still think so.\n\n"
        "But I oppose the levy, because it charges the fishermen who use the harbour least.\n\n"
        "The council says the yachts will pay their share. I have yet to see the figures.\n\n"
        "Marisol Quintero is a retired harbour master.\n"
    ))
    assert column.kind == "opinion" and column.authors == ["Marisol Quintero"]
    # a column headed by a place or a series, or by the person it is about, is not signed by that name
    for heading in ("New Zealand", "The Big Read", "Jacinda Ardern"):
        other = clean_document(txt(
            f"{heading}: The harbour levy charges the wrong people\n\n"
            "OPINION: For ten years I have argued that the harbour needs money. I still think so.\n\n"
            "But I oppose the levy, because it charges the fishermen who use the harbour least.\n\n"
            "The council says the yachts will pay their share. I have yet to see the figures.\n\n"
            "Marisol Quintero is a retired harbour master.\n"
        ))
        assert other.authors == [], (heading, other.authors)


def test_a_masthead_and_section_line_above_the_byline_is_no_author():
    document = txt(
        "We cannot keep saying yes to solar in theory and no in practice\n\n"
        "Harrowdale Mercury - Opinion\n\n"
        "By Dr Ruth Abernethy\n\n"
        "I have lived in Kettleby Ash for eleven years. I support the Hallam Grange solar farm.\n"
    )
    article = clean_document(document)
    assert article.authors == ["Dr Ruth Abernethy"]
    assert article.kind == "opinion"
    assert article.paragraphs == ["I have lived in Kettleby Ash for eleven years. I support the Hallam Grange solar farm."]


def test_a_live_pages_long_follow_line_is_its_standfirst_not_furniture_above_the_headline():
    article = clean_document(txt(
        "LIVE: Harrowdale planning committee decides Hallam Grange solar farm\n\n"
        "Follow our live updates from the Civic Centre as councillors decide the 49.9MW Hallam Grange solar farm "
        "application. By Sophie Tranter and Ben Akers.\n\n"
        "22:14 - That's it from us\n\n"
        "Thanks for following tonight. To recap: the Hallam Grange solar farm has been refused by seven votes to five.\n"
    ))
    assert article.title == "Harrowdale planning committee decides Hallam Grange solar farm"


def test_wire_page_menu_caps_byline_credit_without_brackets_and_reporter_bio():
    document = txt(WIRE_PAGE)
    article = clean_document(document)
    assert article.title == "Flooding forces evacuations along the river delta"
    assert article.kind == "news"  # "Opinion" in the site menu is a link, not this page's label
    assert article.authors == ["Marta Olsen", "Dev Patel"]
    assert article.published == "2019-03-06"
    assert article.publisher == "Lakeside Wire"
    assert article.dateline == "PORT ALMA, Riverland"
    assert article.paragraphs[0] == "Thousands of people left their homes on Wednesday as the river rose."
    assert "Officials said the water was still rising." in article.paragraphs  # a short story line stays
    assert article.paragraphs[-1].startswith("Farmers said they had lost most of the rice crop")
    assert "— open six shelters in schools;" in article.paragraphs
    assert article.headings == []  # list items are not sub-headings
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Residents wade through a flooded street in Port Alma on Wednesday. Lena Ruiz/Pool via Wire"] == \
        "caption"
    assert reasons["Opinion"] == "navigation" and reasons["Advertisement"] == "furniture"
    assert reasons["MARTA OLSEN"] == "author bio"
    assert article.author_bios == ["Olsen covers the delta region for the Wire. She is based in Port Alma."]
    assert article.contributors == ["Ana Kim", "Leo Gray"]
    assert_nothing_lost(document, article)


def test_agency_dateline_with_date_and_single_hyphen():
    for lead, place in (("HARBIN, Feb. 3 (Xinhua) -- ", "HARBIN"), ("OSLO (Reuters) - ", "OSLO")):
        document = txt(f"Ice festival opens\n\n{lead}The city opened its ice festival on Sunday with 2,000 sculptures.\n")
        article = clean_document(document)
        assert article.dateline == place
        assert article.paragraphs == ["The city opened its ice festival on Sunday with 2,000 sculptures."]


def test_standfirst_glued_date_and_newsletter_box():
    document = txt(
        "Menu\nNews\nSport\nCulture\nSearch\n\n"
        "Dock strike\nDockers vote to end six-week strike\n\n"
        "The union accepted an offer of 9% over two years after talks that ran through the night\n\n"
        "Priya Shah in Leeds and agencies\n"
        "Fri 3 May 2019 09.15 BSTLast modified on Fri 3 May 2019 11.02 BST\n\n"
        "Dock workers voted on Thursday to end a six-week strike that had left ships waiting off the coast.\n\n"
        "Sign up to Morning Brief\nFree weekday newsletter\n"
        "Our email tells you what matters before you start your day\n\nafter newsletter promotion\n\n"
        "The first ships are expected to dock on Monday, the port said.\n"
    )
    article = clean_document(document)
    assert article.title == "Dockers vote to end six-week strike"
    assert article.authors == ["Priya Shah"]
    assert article.published == "2019-05-03"
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Dock strike"] == "section label"
    assert reasons["The union accepted an offer of 9% over two years after talks that ran through the night"] == \
        "standfirst"
    assert reasons["Our email tells you what matters before you start your day"] == "prompt"
    assert article.paragraphs == [
        "Dock workers voted on Thursday to end a six-week strike that had left ships waiting off the coast.",
        "The first ships are expected to dock on Monday, the port said.",
    ]
    assert_nothing_lost(document, article)


def test_guest_essay_title_case_headline_head_bio_and_closing_bio():
    document = txt(
        "Skip to contentSkip to site index\nOpinion\n\n"
        "Guest Essay\n\n"
        "Rail Is Not Dead. It Is Waiting.\n\n"
        "Feb. 2, 2020\n\n"
        "By Ana Vale and Tom Reis\n\n"
        "Ms. Vale and Mr. Reis are transport planners in Lisbon.\n\n"
        "Trains are slow. That is the point.\n\n"
        "A line that runs every ten minutes changes how a town lives, and buses cannot do that.\n\n"
        "Ana Vale was head of planning for the city. Tom Reis is a fellow at the Mobility Lab.\n\n"
        "We invite readers to send letters to the editor. Tell us what you think by email.\n\n"
        "Advertisement\n"
    )
    article = clean_document(document)
    assert article.title == "Rail Is Not Dead. It Is Waiting."
    assert article.kind == "opinion"
    assert article.authors == ["Ana Vale", "Tom Reis"]
    assert article.paragraphs == [
        "Trains are slow. That is the point.",
        "A line that runs every ten minutes changes how a town lives, and buses cannot do that.",
    ]
    assert article.author_bios == [
        "Ms. Vale and Mr. Reis are transport planners in Lisbon.",
        "Ana Vale was head of planning for the city. Tom Reis is a fellow at the Mobility Lab.",
    ]
    assert_nothing_lost(document, article)


def test_the_author_is_a_bio_of_the_byline_author_above_the_story_and_at_its_end():
    # "The author is ...", "The writer is ...": a columnist described without repeating the name
    for bio in ("The author is a water lawyer in Cusco and a former adviser to the ombudsman.",
                "The writers are economists at the central bank."):
        document = txt(
            "A licence the country should refuse\n\n"
            "By Ines Valle\n\n"
            f"{bio}\n\n"
            "I have spent most of my working life on mining agreements. I oppose this licence.\n\n"
            "The lagoon feeds three rivers, and the town drinks from one of them.\n"
        )
        article = clean_document(document)
        assert article.kind == "opinion"
        assert article.author_bios == [bio]
        assert article.paragraphs[0].startswith("I have spent")
        assert_nothing_lost(document, article)
    document = txt(
        "Why the port needs its cranes\n\n"
        "By Sam Oduya\n\n"
        "Every ship that waits a day off the coast costs its owner money, and the owner passes it on.\n\n"
        "The cranes would cut that wait, and the union knows it.\n\n"
        "The writer is a former harbour master.\n"
    )
    article = clean_document(document)
    assert article.kind == "opinion" and article.author_bios == ["The writer is a former harbour master."]
    # a story's sentence about the author of a report is no bio
    document = txt(
        "Report faults the ferry operator\n\n"
        "By Jo Marsh\n\n"
        "A report published on Monday found the operator had cut corners on maintenance.\n\n"
        "The author is a retired engineer who inspected the fleet for the council, and the operator disputes "
        "her findings, saying its ships were safe throughout.\n\n"
        "The council will debate the report next week.\n"
    )
    article = clean_document(document)
    assert article.kind == "news" and article.author_bios == []


def test_a_signed_piece_told_in_the_first_person_is_an_opinion_and_a_byline_in_any_alphabet():
    document = txt(
        "I sell books on Kupiecka. I will not miss the cars\n\n"
        "By Łucja Ostrowska-Baran\n\n"
        "For nineteen years I have raised the shutters of my bookshop at half past nine.\n\n"
        "So let me say it plainly: I support closing the street to cars.\n\n"
        "The traders' association disagrees, and its chairman has said so many times.\n\n"
        "My customers arrive on foot, and I will be glad to hear them over the traffic.\n"
    )
    article = clean_document(document)
    assert article.authors == ["Łucja Ostrowska-Baran"]
    assert article.kind == "opinion"
    # a signed report quotes people saying "I"; its writer does not
    document = txt(
        "Traders split over car ban\n\n"
        "By Jan Kowal\n\n"
        "The council voted on Tuesday to close the street to cars from June.\n\n"
        "\"I will not miss the cars,\" said bookseller Ana Nowak. \"My customers walk.\"\n\n"
        "\"I think it will ruin us,\" said Piotr Lis, who runs a shoe shop. \"I have told the mayor.\"\n\n"
        "MAYOR: I am sure the street will be busier than ever.\n\n"
        "The ban starts on 1 June.\n"
    )
    article = clean_document(document)
    assert article.authors == ["Jan Kowal"] and article.kind == "news"


def test_a_column_that_says_i_in_a_quarter_of_its_paragraphs_and_a_surname_that_is_a_particle():
    # "Le" of "Le Thu Hien" is a Vietnamese surname, not a particle; a column argued paragraph by paragraph says "I"
    # in a quarter of them
    paragraphs = ["The dam is ours, and everyone in this country knows it."] + [
        "The act of May 24 moved the purchase schedule by three years, and the cost falls on the utility."] * 3 + [
        "I want to be precise about my argument: the officials who signed it did not ask anyone."] + [
        "The government says the change is technical, and the senate has opened an inquiry."] * 3 + [
        "I think the act should never have been signed.", "I will say it again: never again in the dark."] + [
        "The treaty comes up for review next year."] * 2
    document = txt("Itaipu must never again be negotiated in the dark\n\nBy Le Thu Hien\n\n" + "\n\n".join(paragraphs) + "\n")
    article = clean_document(document)
    assert article.authors == ["Le Thu Hien"]
    assert article.kind == "opinion"


def test_a_headline_of_a_long_quotation_and_who_said_it_is_the_title():
    document = txt(
        "\"They are selling the house while we are still living in it\" - union leader on SONADEL sale\n\n"
        "Ousmane Sy, general secretary of the electricity workers' union, spoke to us on Monday.\n\n"
        "SY: We will oppose this sale in the streets and in the courts.\n"
    )
    article = clean_document(document)
    assert article.title.startswith("\"They are selling the house") and article.title.endswith("SONADEL sale")
    assert article.paragraphs[0].startswith("Ousmane Sy") and not article.warnings
    assert_nothing_lost(document, article)


def test_a_labelled_question_headline_over_a_credit_that_names_no_one_is_the_title():
    # "ANALYSIS: Who really pays ...?" is the headline with its section label, not a link to another story; "By our
    # Economics Editor" is the credit, not the story's first paragraph
    document = txt(
        "ANALYSIS: Who really pays for Sri Lanka's \"second-home tax\"?\n"
        "By our Economics Editor\n\n"
        "For a measure that the Treasury says will touch fewer than one household in eighty, the tax has "
        "generated a remarkable amount of noise.\n\n"
        "The mechanics are simple enough, and the bill sets them out in a single clause.\n"
    )
    article = clean_document(document)
    assert article.title == "Who really pays for Sri Lanka's \"second-home tax\"?"
    assert article.paragraphs[0].startswith("For a measure") and not article.warnings
    assert [r.reason for r in article.removed] == ["section label", "title", "byline"]
    assert_nothing_lost(document, article)


def test_page_break_after_a_short_line_and_caption_with_credit_line():
    document = txt(
        "Town Crier\n\nLibrary reopens after roof repairs\n\nSam Doe | Staff writer\n\n"
        "Children read in the new wing on Monday.\nJo Blake/Town Crier\n\n"
        "The library reopened on Monday after a year of repairs to its roof.\n\n"
        "Librarian Ruth Ames said she\n\nwas glad to see the children back.\n\n"
        "Others were less sure.\n"
    )
    article = clean_document(document)
    assert article.authors == ["Sam Doe"]
    assert [r.reason for r in article.removed if "Jo Blake" in r.text or "Children read" in r.text] == \
        ["caption", "caption"]
    assert article.paragraphs == [
        "The library reopened on Monday after a year of repairs to its roof.",
        "Librarian Ruth Ames said she was glad to see the children back.",
        "Others were less sure.",
    ]
    assert article.headings == []


def test_correspondent_box_inside_the_story_and_copyright_names_the_publisher():
    document = txt(
        "Ferry service cut to two islands\n\n"
        "The ferry to two northern islands will run twice a week from May, the operator said.\n\n"
        "Islanders say the cut will leave them without fresh food for days at a time.\n\n"
        "By Iona Grant\nIslands correspondent\n\n"
        "On the quay in Kirkwall the mood was grim.\n\n"
        "Copyright 2021 Northern Isles Post. All rights reserved.\n"
    )
    article = clean_document(document)
    assert article.paragraphs == [
        "The ferry to two northern islands will run twice a week from May, the operator said.",
        "Islanders say the cut will leave them without fresh food for days at a time.",
        "On the quay in Kirkwall the mood was grim.",
    ]
    assert article.contributors == ["Iona Grant"]
    assert article.publisher == "Northern Isles Post"


def test_page_metadata_authors_drop_job_titles_and_capitals():
    text = "Carmakers show new electric SUVs\n\nNew electric vehicles are on display this week at the auto show, organisers said.\n"
    meta = {"title": "Carmakers show new electric SUVs", "authors": ["TOM KRISHER", "AP Auto Writer", "Ana O'NEIL"]}
    article = clean_document(RawDocument("show.html", text, "html", meta=meta))
    assert article.authors == ["Tom Krisher", "Ana O'NEIL"]
    meta["authors"] = "By JANE DOE and Staff Reporter"
    assert clean_document(RawDocument("show.html", text, "html", meta=meta)).authors == ["Jane Doe"]


def test_a_bio_saying_what_the_byline_author_has_done_makes_an_opinion_piece():
    document = txt(
        "IN MY VIEW: The night market deserves a permanent home\n\n"
        "By Tomasz Wierzba\n\n"
        "I have sold dumplings at the Friday night market for six summers, and every summer the council moves us.\n\n"
        "A permanent site on the old tram depot would cost the city little and give forty families a living.\n\n"
        "Tomasz Wierzba has run a food stall in the city centre since 2019.\n"
    )
    article = clean_document(document)
    assert article.kind == "opinion"
    assert article.authors == ["Tomasz Wierzba"]
    assert article.author_bios == ["Tomasz Wierzba has run a food stall in the city centre since 2019."]
    assert_nothing_lost(document, article)


def test_a_letter_signed_under_its_closing_is_its_signers_opinion():
    document = txt(
        "A message from the harbour master\n\n"
        "Dear boat owners,\n\n"
        "I want to explain why the slipway will close for the winter, and why I asked for it.\n\n"
        "The concrete has cracked in three places and I will not risk a trailer rolling into the water.\n\n"
        "I oppose any plan to reopen it before the repairs are signed off.\n\n"
        "Yours faithfully,\n\n"
        "Captain Ruth Okonkwo-Hale\n"
    )
    article = clean_document(document)
    assert article.kind == "opinion"
    assert article.authors == ["Captain Ruth Okonkwo-Hale"]
    assert article.paragraphs[-1].startswith("I oppose any plan")
    assert [r.reason for r in article.removed][-2:] == ["sign-off", "sign-off"]
    assert_nothing_lost(document, article)


def test_a_letter_to_the_editor_signed_by_name_and_place_is_its_writers_opinion():
    document = txt(
        "Letters: Leave our harbour alone\n\n"
        "Sir, - Your report that the port board will sell the north quay to a hotel group left me speechless.\n\n"
        "The quay has been a working wharf for two hundred years, and the boats that use it have nowhere else to go.\n\n"
        "I oppose this sale, and I will say so at every meeting the board holds.\n\n"
        "Marguerite Oduya\n"
        "Harbour Street, Portlaw\n\n"
        "Retired pilot and member of the harbour users' forum.\n"
    )
    article = clean_document(document)
    assert article.kind == "opinion"
    assert article.authors == ["Marguerite Oduya"]
    assert article.paragraphs[-1].startswith("I oppose this sale")
    assert_nothing_lost(document, article)
    # a news story ending on a name-shaped line is not a letter
    story = txt(
        "Quay sale approved\n\n"
        "The port board voted on Monday to sell the north quay to a hotel group.\n\n"
        "The sale is expected to close in the spring, the board said.\n\n"
        "Harbour Street\n"
    )
    assert clean_document(story).authors == []


def test_a_letter_whose_salutation_follows_a_standfirst_is_its_writers_opinion():
    document = txt(
        "Letter: Keep the harbour lights\n\n"
        "Keep the harbour lights. Our boats need them.\n\n"
        "To the editor:\n\n"
        "The lights at the harbour mouth have guided boats home for ninety years, and I oppose the plan to switch "
        "them off.\n\n"
        "Ten thousand pounds a year is a small price for lives.\n\n"
        "Harold Jennings\n"
        "Linden\n\n"
        "The writer is a retired pilot.\n"
    )
    article = clean_document(document)
    assert article.kind == "opinion" and article.authors == ["Harold Jennings"], (article.kind, article.authors)
    assert_nothing_lost(document, article)


def test_a_letter_opening_dear_editor_is_its_signers_not_the_editors():
    # "Dear Editor," under the title is a salutation, not a byline, though it is shaped like a name
    document = txt(
        "LETTER: Keep the harbour lights\n\n"
        "Dear Editor,\n\n"
        "The lights at the harbour mouth have guided boats home for ninety years, and I oppose the plan to switch "
        "them off.\n\n"
        "Ten thousand pounds a year is a small price for lives.\n\n"
        "Harold Jennings\n"
        "Linden\n\n"
        "The writer is a retired pilot.\n"
    )
    article = clean_document(document)
    assert article.kind == "opinion" and article.authors == ["Harold Jennings"], (article.kind, article.authors)
    assert_nothing_lost(document, article)


def test_a_guest_column_label_on_the_title_makes_an_opinion_piece():
    document = txt(
        "GUEST COLUMN: The harbour lights are a lifeline for boats like mine\n\n"
        "By Harold Jennings\n\n"
        "My grandfather fished from this harbour, and so did his father before him.\n\n"
        "I strongly support keeping the lights on, whatever the council says about the cost.\n\n"
        "Harold Jennings fishes out of Linden harbour.\n"
    )
    article = clean_document(document)
    assert article.kind == "opinion" and article.authors == ["Harold Jennings"], (article.kind, article.authors)
    assert article.title.startswith("The harbour lights")
    assert_nothing_lost(document, article)


def test_an_opinion_label_opens_a_headline_written_in_sentences():
    # a headline of two sentences ends in a full stop like a paragraph; after "OP-ED:" it is the headline
    document = txt(
        "OP-ED: Closing the harbour lights will not save money. Keeping them might.\n\n"
        "By Harold Jennings\n\n"
        "My grandfather fished from this harbour, and so did his father before him.\n\n"
        "I strongly support keeping the lights on, whatever the council says about the cost.\n\n"
        "Harold Jennings fishes out of Linden harbour.\n"
    )
    article = clean_document(document)
    assert article.kind == "opinion" and article.authors == ["Harold Jennings"], (article.kind, article.authors)
    assert article.title == "Closing the harbour lights will not save money. Keeping them might."
    assert article.paragraphs[0].startswith("My grandfather")
    assert_nothing_lost(document, article)


def test_a_letter_signed_with_the_writers_job_and_place_on_one_line_is_theirs():
    document = txt(
        "Letters to the Editor: The harbour lights must stay\n\n"
        "Sir,\n\n"
        "I have fished out of Linden for thirty years, and the lights have brought me home in every storm.\n\n"
        "I oppose the council's plan to switch them off, and so does every skipper I know.\n\n"
        "Harold Jennings, fisherman, Linden\n"
    )
    article = clean_document(document)
    assert article.kind == "opinion" and article.authors == ["Harold Jennings"], (article.kind, article.authors)
    assert article.paragraphs[-1].startswith("I oppose")
    assert_nothing_lost(document, article)


def test_a_closing_line_without_a_name_under_it_is_no_signature():
    document = txt(
        "Ferry timetable changes from Monday\n\n"
        "The morning ferry to the island will leave twenty minutes earlier from Monday, the operator said.\n\n"
        "Passengers who booked the later crossing will be moved to the new time automatically.\n\n"
        "Many thanks\n\n"
        "Tickets are on sale at the harbour office and online, and the evening crossings are unchanged.\n"
    )
    article = clean_document(document)
    assert article.kind == "news"
    assert article.authors == []
    assert "sign-off" not in [r.reason for r in article.removed]


def test_a_section_label_with_the_columnists_name_under_the_headline_credits_the_column():
    # "Opinion | Mariana Techera" right under the headline, with no blank line between: the headline alone is
    # the title, the line is the byline, and the piece is an opinion column by her
    text = ("I worked 48 hours a week for twenty years. My daughter shouldn't have to\n"
            "Opinion | Mariana Techera\n\n"
            "For twenty years I clocked in at six in the morning at a spinning mill in Las Piedras.\n\n"
            "I support the 40-hour week bill, and I support it without the asterisks.\n")
    article = clean_document(RawDocument("column.txt", text, "txt"))
    assert article.title == "I worked 48 hours a week for twenty years. My daughter shouldn't have to"
    assert article.authors == ["Mariana Techera"] and article.kind == "opinion", (article.authors, article.kind)
    assert not any("Opinion" in p for p in article.paragraphs), article.paragraphs
    # an interview's subject is no author
    interview = clean_document(RawDocument("interview.txt", "Levy to go, says minister\nInterview: Jacinda Ardern\n\n"
                                           "The minister said the levy would go.\n", "txt"))
    assert interview.authors == [], interview.authors
