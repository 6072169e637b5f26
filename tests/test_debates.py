"""A folder of several debates: its stories grouped by what they are about, each debate's issues found in its own.

Two debates here argue "the amendment": a logging amendment in a beetle-hit forest and an amendment to a mobile
money levy. Found in one pool, their stances made one issue (the traders' objection sat on the logging
amendment); each debate now has its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.build import BuildOptions, build_briefing
from briefing.models import RawDocument
from briefing.pipeline import nlp, summarize
from briefing.pipeline.clean import clean_corpus
from briefing.pipeline.topics import noun_counts, story_debates

ROOT = Path(__file__).resolve().parent.parent

STORIES = {
    "forest-1.txt": """Karvia parliament passes logging amendment for beetle-hit forest

The Karvian parliament on Tuesday passed an amendment allowing salvage logging in the beetle-hit spruce forest of the Dravik national park, after a debate that split the governing coalition.

Environment Minister Petra Holm said the amendment was necessary to stop the bark beetle from killing the rest of the spruce forest. "Without salvage logging the beetle will take the whole forest," she said.

The Green Alliance opposed the amendment, saying logging in a national park would destroy the forest it claims to protect.

The Forest Owners Union welcomed the amendment and said salvage logging would keep the spruce stands from rotting.
""",
    "forest-2.txt": """Beetle logging amendment divides Dravik park towns

Mayors of towns around the Dravik national park are divided over the amendment that lets timber firms log beetle-hit spruce in the forest reserves.

Mayor Ilse Brandt of Dravik said she supported the amendment because dead spruce was a fire risk for the forest and for her town. "The beetle has already killed half the spruce," she said.

Mayor Oskar Lind of Velden said he opposed the amendment, warning that logging trucks would drive tourists away from the forest.
""",
    "money-1.txt": """Belmora deputies amend mobile money levy

Deputies in Belmora on Thursday adopted an amendment exempting small mobile money transfers from the new levy on electronic payments.

Finance Minister Rafael Osei said the government supported the amendment because it protected the poorest users of mobile money. "Transfers below ten thousand francs will pay nothing," he said.

The Belmora Consumers League welcomed the amendment but said the levy on mobile money transfers should be scrapped altogether.

Deputy Clara Mbeki, who tabled the amendment, said it answered the main objection of market traders to the levy.
""",
    "money-2.txt": """Traders say mobile money amendment falls short

Market traders in Belmora said on Friday that the amendment exempting small mobile money transfers from the levy did not go far enough.

"We oppose this amendment because most of our transfers are above the limit," said Amina Diallo, who heads the Belmora Market Traders Association.

The Mobile Operators Group said it backed the amendment and would lower its fees on small transfers.

Finance Minister Rafael Osei defended the amendment again, saying the levy on mobile money would fund rural clinics.
""",
}
SPORT = """Harbour City win the cup final

Harbour City won the national cup final on Saturday, beating Rovers 3-1 in front of forty thousand fans. The striker Leo Marsh scored twice in the first half, and the goalkeeper saved a penalty late in the game.

The coach said the final was the best game of his career, and the fans sang the club song until midnight.
"""


def parsed_nouns(texts: dict[str, str]) -> dict[str, dict[str, int]]:
    model = nlp.load_model(nlp.DEFAULT_MODEL)
    nouns = {}
    for name, text in texts.items():
        article = clean_corpus([RawDocument(name, text, "txt")])[0]
        doc = model(article.body)
        nouns[name] = dict(noun_counts(doc, summarize.token_terms(doc)))
    return nouns


def test_stories_are_grouped_by_what_they_are_about():
    groups = story_debates(parsed_nouns({**STORIES, "sport.txt": SPORT}))
    assert sorted(groups) == [["forest-1.txt", "forest-2.txt"], ["money-1.txt", "money-2.txt"], ["sport.txt"]]


def test_the_shipped_corpus_is_one_debate():
    """Three stories on the two Koreas from two publishers and an opinion piece: one debate, whatever each adds."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))}
    assert len(story_debates(parsed_nouns(texts))) == 1


def test_a_person_is_no_signature():
    """Two stories that share only a minister's name are two debates (read as a word, the name ties them)."""
    nouns = {"a": {"osei": 5, "levy": 3, "transfer": 3, "exemption": 2, "remittance": 2},
             "b": {"osei": 5, "beetle": 3, "spruce": 3}}
    minister = {"Rafael Osei": "person"}
    assert len(story_debates(nouns)) == 1
    assert len(story_debates(nouns, minister)) == 2
    third = {"levy": 3, "transfer": 2, "exemption": 2, "remittance": 2}
    assert story_debates({**nouns, "c": third}, minister) == [["a", "c"], ["b"]]
    # (an organisation's name is a debate's word like any other: "Osei Holdings" in both stories still ties them)
    assert len(story_debates(nouns, {"Osei Holdings": "organization"})) == 1


def test_issue_ids_stay_unique_across_debates():
    from briefing.build import _unique_ids
    from briefing.models import Issue

    first = [Issue("tax", "Tax", [], [], ["a"]), Issue("tax-2", "Tax 2", [], [], ["a"])]
    second = _unique_ids([Issue("tax-2", "Tax 2", [], [], ["b"]), Issue("tax", "Tax", [], [], ["b"])],
                         {i.id for i in first})
    ids = [i.id for i in first + second]
    assert len(set(ids)) == len(ids), ids
    assert [i.label for i in second] == ["Tax 2", "Tax"]
    configured = Issue("budget", "Budget", [], [], [])
    assert _unique_ids([configured], {"budget"}) == [configured]  # an issue of mkdocs.yml is one issue


@pytest.fixture(scope="module")
def two_debates(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in {**STORIES, "sport.txt": SPORT}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return build_briefing(BuildOptions(corpus_dir=corpus, cache_dir=None))


def test_each_debate_has_its_own_issue(two_debates):
    debate_of = {a.id: a.source.split("-")[0] for a in two_debates.articles}
    spans = {issue.label: {debate_of[a] for a in issue.articles} for issue in two_debates.issues}
    assert all(len(debates) == 1 for debates in spans.values()), spans
    # (the cup final, alone of its kind, is no debate)
    assert sorted(d for debates in spans.values() for d in debates) == ["forest", "money"], spans


def test_no_stance_crosses_into_the_other_debate(two_debates):
    debate_of = {a.id: a.source.split("-")[0] for a in two_debates.articles}
    issue_debate = {issue.id: debate_of[issue.articles[0]] for issue in two_debates.issues}
    for position in two_debates.positions:
        assert {debate_of[e.article] for e in position.evidence} == {issue_debate[position.issue]}, position
    holders = {p.actor: p.issue for p in two_debates.positions}
    assert issue_debate[holders["amina-diallo"]] == "money" and issue_debate[holders["ilse-brandt"]] == "forest"
    assert two_debates.positions and {p.stance for p in two_debates.positions if p.actor == "oskar-lind"} == {"oppose"}
