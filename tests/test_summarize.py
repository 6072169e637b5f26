"""Extractive summaries on real text: the seed articles and passages written in other publishers' styles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.models import Article, RawDocument
from briefing.pipeline.clean import clean_corpus
from briefing.pipeline import nlp
from briefing.pipeline.summarize import candidate_sentences, corpus_statistics, overview, summarize

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

REUTERS_STYLE = """\
LONDON (Reuters) - Britain's biggest rail union will stage a 48-hour national strike next month after talks with train operators over pay and job cuts collapsed on Tuesday, the union said.

Commuters wait on a platform at Waterloo station in London, Britain, June 21, 2022. REUTERS/Henry Nicholls

The Rail, Maritime and Transport union said its members would walk out on March 3 and March 4, the third national stoppage this year, halting most services across England, Scotland and Wales.

"We have bent over backwards to reach a deal, but the companies have refused to move an inch," general secretary Mick Lynch said in a statement. "Our members have been left with no choice.

"They will not accept real-terms pay cuts while the operators hand out dividends."

The Rail Delivery Group, which represents the operators, said the strike was unnecessary and urged the union to put its latest offer to members.

Transport ministers have said the government will not intervene directly in the dispute.

Reporting by Kate Holton; Editing by Guy Faulconbridge"""

BBC_STYLE = """\
A council has been told to repay £2.4m in parking fines after a court ruled its camera enforcement scheme was unlawful.

Image caption The cameras were installed on the high street in 2019

Media playback is unsupported on your device

Drivers who were fined between 2019 and 2023 will be able to claim a refund, the council confirmed.

What happens next?

The council said it would write to every driver affected within the next six weeks.

A spokesperson said the authority was "disappointed" by the ruling but would not appeal."""

OPINION_STYLE = """\
On a grey morning last week, the queue outside the food bank on Harcourt Street stretched past the bus stop and around the corner.

Volunteers handed out tea while parents with small children waited in the drizzle, some of them for more than an hour.

The scene has become familiar in towns across the country, and it tells us something the official statistics do not.

The government's cost-of-living package is too small and arrives too late for the families who need it most.

Ministers should raise the basic rate of benefits in line with prices this spring, not next year.

They must also end the two-child limit, which pushes hundreds of thousands of children below the poverty line.

Charity can soften the blow, but it cannot replace a welfare system that works."""


@pytest.fixture(scope="module")
def parsed_seeds():
    """The shipped seeds, cleaned by the project's cleaner (ids from the file names), parsed once."""
    documents = [RawDocument(path.name, path.read_text(encoding="utf-8"), "txt") for path in sorted(CORPUS.glob("*.txt"))]
    articles = clean_corpus(documents)
    for article in articles:
        article.id = article.source.split(".")[0]
    docs = list(nlp.parse(article.body for article in articles))
    return articles, docs


@pytest.fixture(scope="module")
def parsed_styles(parsed_seeds):
    def article(name: str, text: str, kind: str = "news", headings=()):
        paragraphs = [block.strip() for block in text.split("\n\n")]
        return Article(id=name, source=f"{name}.txt", title="", kind=kind, paragraphs=paragraphs,
                       headings=list(headings))

    articles = [
        article("reuters", REUTERS_STYLE),
        article("bbc", BBC_STYLE, headings=[4]),
        article("opinion", OPINION_STYLE, kind="opinion"),
    ]
    docs = list(nlp.parse(a.body for a in articles))
    return {a.id: (a, d) for a, d in zip(articles, docs)}


@pytest.fixture(scope="module")
def stats(parsed_seeds):
    return corpus_statistics(parsed_seeds[1])


def words(summary) -> int:
    return sum(len(s.text.split()) for s in summary)


def test_summary_sentences_are_verbatim_in_document_order(parsed_seeds, stats):
    for article, doc in zip(*parsed_seeds):
        summary, scores = summarize(article, doc, stats, max_sentences=4)
        assert len(summary) == 4
        assert [s.start for s in summary] == sorted(s.start for s in summary)
        for sentence in summary:
            assert article.body[sentence.start:sentence.end] == sentence.text
            assert sentence.paragraph == article.paragraph_at(sentence.start)
        assert len(scores) == len(candidate_sentences(article, doc))
        # a sentence's exported score is its entry in the score list
        starts = [c.start for c in candidate_sentences(article, doc)]
        for sentence in summary:
            assert scores[starts.index(sentence.start)] == sentence.score


def test_length_in_sentences_and_in_words(parsed_seeds, stats):
    article, doc = parsed_seeds[0][1], parsed_seeds[1][1]
    for count in (1, 2, 5):
        assert len(summarize(article, doc, stats, max_sentences=count)[0]) == count
    short, _ = summarize(article, doc, stats, max_sentences=10, max_words=60)
    assert short and words(short) <= 60
    longer, _ = summarize(article, doc, stats, max_sentences=10, max_words=150)
    assert words(short) < words(longer) <= 150
    # a budget smaller than any sentence still gives one sentence, the shortest good one
    tiny, _ = summarize(article, doc, stats, max_sentences=3, max_words=3)
    assert len(tiny) == 1


def test_captions_fragments_and_split_quotes_are_never_selected(parsed_seeds, parsed_styles, stats):
    chosen = []
    for article, doc in [*zip(*parsed_seeds), *parsed_styles.values()]:
        summary, _ = summarize(article, doc, stats, max_sentences=200)
        chosen.extend(s.text for s in summary)
    text = "\n".join(chosen)
    # photo captions with a credit, in three publishers' styles
    assert "Ezra Shaw/Getty Images" not in text and "Volunteers head to the chair lift" not in text
    assert "Moon Jae-in favors dialogue to reduce tensions with the North" not in text  # caption, not body
    assert "Commuters wait on a platform" not in text
    assert "The cameras were installed" not in text
    # page furniture that is no sentence (dropping furniture that is, is the cleaner's job)
    for furniture in ("Follow Josh Rogin", "Read more:", "Victor Cha: Giving North Korea",
                      "Reporting by Kate Holton", "Media playback", "Like Washington Post World on Facebook"):
        assert furniture not in text
    # a paragraph split by a page break is re-joined by cleaning: a chosen sentence is never half of it
    for sentence in chosen:
        assert ("accident or crisis quickly" in sentence) == ("escalating into a larger conflict" in sentence)
    # a sub-heading and a question
    assert "What happens next?" not in text
    # a quotation that runs on into the next paragraph is not a sentence on its own
    assert "Our members have been left with no choice" not in text
    assert "They will not accept real-terms pay cuts" not in text
    # every chosen sentence reads as one: balanced quotation marks, terminal punctuation
    for sentence in chosen:
        assert sentence.count('"') % 2 == 0 and sentence.count("“") == sentence.count("”"), sentence
        assert re.search(r"[.!?…][\"'”’)]*$", sentence), sentence
        assert not sentence[0].islower(), sentence


def test_rejection_reasons_on_other_publishers_styles(parsed_styles):
    reuters, doc = parsed_styles["reuters"]
    reasons = {c.text[:30]: c.rejected for c in candidate_sentences(reuters, doc)}
    assert reasons["Commuters wait on a platform a"] == "caption"
    assert reasons['"Our members have been left wi'] == "split-quote"
    assert reasons["Reporting by Kate Holton; Edit"] == "fragment"
    bbc, doc = parsed_styles["bbc"]
    reasons = {c.text[:20]: c.rejected for c in candidate_sentences(bbc, doc)}
    assert reasons["What happens next?"] == "heading"
    assert reasons["Image caption The ca"] == "caption"


def test_dateline_is_not_part_of_the_lead(parsed_styles, stats):
    article, doc = parsed_styles["reuters"]
    summary, _ = summarize(article, doc, stats, max_sentences=2)
    assert summary[0].text.startswith("Britain's biggest rail union will stage a 48-hour national strike")
    assert article.body[summary[0].start:summary[0].end] == summary[0].text


def test_first_sentence_is_the_main_news_or_the_thesis(parsed_seeds, stats):
    by_id = {article.id[:3]: (article, doc) for article, doc in zip(*parsed_seeds)}
    news, _ = summarize(*by_id["001"], stats)
    assert news[0].text.startswith("South Korea leaped Tuesday at an offer of talks from North Korean leader Kim")
    # the Pence column: the trip and its task lead; the argument (what the leaders should do) follows
    pence, _ = summarize(*by_id["000"], stats)
    assert "Pence" in pence[0].text and "Asia trip" in pence[0].text
    assert any(re.search(r"\b(should|must|need to)\b", s.text) for s in pence[1:])
    # the Cato column: the talks it argues about, then its thesis that they should go ahead
    gomez, _ = summarize(*by_id["002"], stats)
    assert "talks" in gomez[0].text or "dialogue" in gomez[0].text
    assert any("should not stop the two Koreas from dialogue" in s.text for s in gomez)


def test_opinion_summary_keeps_the_argument_not_the_scene(parsed_styles, stats):
    article, doc = parsed_styles["opinion"]
    summary, _ = summarize(article, doc, stats, max_sentences=3)
    text = " ".join(s.text for s in summary)
    assert "Ministers should raise the basic rate of benefits" in text
    assert "Volunteers handed out tea" not in text
    # the same text read as news keeps its lead
    as_news = Article(id="as-news", source="as-news.txt", title="", kind="news", paragraphs=article.paragraphs)
    news_summary, _ = summarize(as_news, doc, stats, max_sentences=3)
    assert news_summary[0].text.startswith("On a grey morning last week")


def test_summaries_and_overview_are_deterministic(parsed_seeds, stats):
    runs = []
    for _ in range(2):
        items = []
        for article, doc in zip(*parsed_seeds):
            summary, scores = summarize(article, doc, stats)
            items.append((article, doc, summary))
            runs.append((summary, scores))
        runs.append(overview(items, stats))
    half = len(runs) // 2
    assert runs[:half] == runs[half:]


def test_overview_links_distinct_developments_to_their_articles(parsed_seeds, stats):
    items = []
    for article, doc in zip(*parsed_seeds):
        items.append((article, doc, summarize(article, doc, stats)[0]))
    articles = {article.id: article for article, _, _ in items}
    result = overview(items, stats, max_sentences=4)
    assert 3 <= len(result) <= 4
    # every article contributes before any contributes twice
    assert {article_id for article_id, _ in result[:3]} == set(articles)
    for article_id, sentence in result:
        assert articles[article_id].body[sentence.start:sentence.end] == sentence.text
    texts = [sentence.text for _, sentence in result]
    assert len(set(texts)) == len(texts)
    assert overview(items, stats, max_sentences=1)[0] == result[0]


def test_corpus_statistics_count_documents_not_occurrences(parsed_seeds):
    articles, docs = parsed_seeds
    stats = corpus_statistics(docs)
    assert stats.documents == 3
    # "Korea" is in every seed, a dozen times or more in each: three documents, not dozens of occurrences.
    assert all(article.body.count("Korea") >= 10 for article in articles)
    assert stats.document_frequency["korea"] == 3
    # "Pence" is named again and again in one seed and never in the others: one document.
    pence = [article.body.count("Pence") for article in articles]
    assert max(pence) >= 5 and sorted(pence)[:2] == [0, 0]
    assert stats.document_frequency["pence"] == 1
    assert all(1 <= count <= 3 for count in stats.document_frequency.values())
    # The rarer the term across documents, the higher its idf; a term never seen ranks above all.
    assert stats.idf("korea") < stats.idf("pence") < stats.idf("never-seen-word")
    # The same document twice is two documents.
    assert corpus_statistics([docs[pence.index(max(pence))]] * 2).document_frequency["pence"] == 2


def test_a_sentence_opening_with_a_pronoun_comes_only_with_the_sentence_before_it(parsed_seeds, stats):
    for article, doc in zip(*parsed_seeds):
        candidates = candidate_sentences(article, doc)
        starts = [c.start for c in candidates]
        for length in range(1, 7):
            summary, _ = summarize(article, doc, stats, max_sentences=length)
            chosen = {starts.index(s.start) for s in summary}
            for i in chosen:
                if re.match(r"[\"“]?(?:He|She|It|They|His|Her|Their|Its)\b", candidates[i].text):
                    assert i - 1 in chosen, (article.source, length, candidates[i].text)


def test_every_opinion_summary_carries_a_thesis_in_the_writers_voice(parsed_seeds, stats):
    # The Pence piece opens with three sentences of scene and of what Pence "will argue"; its own argument
    # ("The United States and South Korea need to come together ...") comes at the end.
    articles, docs = parsed_seeds
    opinions = [(a, d) for a, d in zip(articles, docs) if a.kind == "opinion"]
    assert len(opinions) == 2
    for article, doc in opinions:
        summary, _ = summarize(article, doc, stats, max_sentences=3)
        own_voice = [s.text for s in summary
                     if re.search(r"\b(should|must|need to|needs to|have to)\b", s.text) and "will argue" not in s.text]
        assert own_voice, [s.text for s in summary]
    pence = next(a for a, _ in opinions if a.title.startswith("Pence"))
    summary, _ = summarize(pence, docs[articles.index(pence)], stats, max_sentences=3)
    assert any("need to come together" in s.text for s in summary), [s.text for s in summary]
