"""A debate's topic words: the nouns its stories share and headline, rare in English at large, on its main issue."""

from __future__ import annotations

import pytest

from briefing.models import Issue, Position
from briefing.pipeline import nlp, summarize
from briefing.pipeline.topics import story_debates, with_topics

STORIES = {
    "ended": (
        "Junior doctors end strike after pay agreement",
        "Junior doctors in Veloria went back to the wards on Monday after their union signed an agreement with the "
        "health ministry, ending a strike that had closed clinics for three weeks. Health Minister Anna Kessler said "
        "the agreement was fair to doctors and to patients. The Veloria Medical Union said it supported the "
        "agreement. Opposition leader Tomas Brandt said the agreement was a costly mistake the hospitals could not "
        "afford.",
    ),
    "nurses": (
        "Nurses say doctors' strike deal leaves them behind",
        "Nurses at the central hospital in Veloria said on Tuesday that the agreement which ended the doctors' "
        "strike had ignored them. \"We oppose this agreement because it gives nothing to nurses,\" said Lena Pohl. "
        "Health Minister Anna Kessler defended the agreement, saying the money for the doctors' pay rise was in the "
        "budget.",
    ),
    "cost": (
        "Who pays for the end of the doctors' strike?",
        "The agreement that ended the three-week doctors' strike in Veloria will cost the treasury more than "
        "expected, economists said. Finance Minister Karl Weiss said he backed the agreement. The Veloria Medical "
        "Union welcomed the agreement again, saying doctors had waited five years for a pay rise.",
    ),
}
NAMES = {"Anna Kessler": "person", "Tomas Brandt": "person", "Lena Pohl": "person", "Karl Weiss": "person",
         "Veloria Medical Union": "organization", "Veloria": "country"}


@pytest.fixture(scope="module")
def nouns():
    """What a build reads of each story's parse: how often it uses each noun lemma."""
    model = nlp.load_model(nlp.DEFAULT_MODEL)
    counts = {}
    for story, (_, body) in STORIES.items():
        doc = model(body)
        counts[story] = dict(noun_counts(doc))
    return counts


def noun_counts(doc):
    from briefing.pipeline.topics import noun_counts as counted

    return counted(doc, summarize.token_terms(doc))


TITLES = {story: title for story, (title, _) in STORIES.items()}


def positions(issue: str, actors: list[str]) -> list[Position]:
    return [Position(actor, issue, "support") for actor in actors]


def test_a_generic_label_gets_the_words_the_stories_share_and_headline(nouns):
    deal = Issue("pay-deal", "Pay deal", ["deal"], [], sorted(STORIES))
    issues = with_topics([deal], positions("pay-deal", ["kessler", "brandt", "pohl"]), nouns, TITLES, NAMES)
    added = issues[0].keywords[1:]
    assert issues[0].keywords[0] == "deal" and issues[0].label == "Pay deal"
    # doctors and the strike are in every story and in the headlines
    assert "doctor" in added and "strike" in added, added
    # 'ministry', 'union' are in no headline; 'treasury', 'clinic' are in one story of three
    assert not {"ministry", "union", "treasury", "clinic", "economist"} & set(added), added
    assert len(added) <= 5


def test_everyday_words_are_no_topic():
    """'people' and 'time' are in every story and headline, but as common in English as words get."""
    nouns = {"a": {"people": 9, "time": 6, "beetle": 2}, "b": {"people": 7, "time": 5, "beetle": 3}}
    titles = {"a": "People lose time to the beetle", "b": "Beetle: time for people to act"}
    deal = Issue("late-change", "Late change", ["change"], [], ["a", "b"])
    added = with_topics([deal], positions("late-change", ["x", "y"]), nouns, titles)[0].keywords
    assert added == ["change", "beetle"]


def test_headlines_are_read_through_quotes_and_plurals():
    nouns = {"a": {"tax": 4, "crisis": 3, "party": 2}, "b": {"tax": 2, "crisis": 2, "party": 3}}
    titles = {"a": "‘Crises’ grow as carbon taxes rise", "b": "Parties split over 'tax'"}
    levy = Issue("levy", "Levy", ["levy"], [], ["a", "b"])
    added = with_topics([levy], positions("levy", ["x", "y"]), nouns, titles)[0].keywords
    assert set(added) == {"levy", "tax", "crisis", "party"}


def test_names_of_people_and_one_word_names_are_no_topic_but_words_of_a_longer_name_may_be():
    nouns = {"a": {"kessler": 3, "greenpeace": 2, "doctor": 3}, "b": {"kessler": 2, "greenpeace": 2, "doctor": 2}}
    titles = {"a": "Kessler and Greenpeace clash over doctors", "b": "Doctors back Kessler; Greenpeace does not"}
    names = {"Anna Kessler": "person", "Greenpeace": "organization", "Junior Doctors Committee": "organization"}
    deal = Issue("deal", "Deal", ["deal"], [], ["a", "b"])
    assert with_topics([deal], positions("deal", ["x", "y"]), nouns, titles, names)[0].keywords == ["deal", "doctor"]


def test_stories_without_a_parse_do_not_count_against_the_half():
    """Three stories with no parse (another language, a failed one) leave 'beetle' in both stories read."""
    nouns = {"a": {"beetle": 3}, "b": {"spruce": 2, "beetle": 1}, "c": {}, "d": {}, "e": {}}
    titles = {"a": "Beetle law", "b": "Spruce and beetle", "c": "", "d": "", "e": ""}
    law = Issue("law", "Law", ["law"], [], ["a", "b", "c", "d", "e"])
    assert with_topics([law], positions("law", ["x", "y"]), nouns, titles)[0].keywords == ["law", "beetle"]


def test_of_two_issues_as_many_actors_hold_the_first_listed_gets_them():
    nouns = {"a": {"beetle": 3}, "b": {"beetle": 2}}
    titles = {"a": "Beetle", "b": "Beetle"}
    first = Issue("first", "First", ["first"], [], ["a"])
    second = Issue("second", "Second", ["second"], [], ["b"])
    bridge = Issue("bridge", "Bridge", ["bridge"], [], ["a", "b"])
    held = positions("first", ["x", "y"]) + positions("second", ["x", "y"]) + positions("bridge", ["x"])
    for order in ([first, second, bridge], [bridge, first, second]):
        found = {i.id: i.keywords for i in with_topics(order, held, nouns, titles)}
        assert found == {"first": ["first", "beetle"], "second": ["second"], "bridge": ["bridge"]}, order


def test_a_word_of_the_label_is_not_added_again(nouns):
    deal = Issue("pay-deal", "Pay deal", ["deal"], [], sorted(STORIES))
    added = with_topics([deal], positions("pay-deal", ["a", "b"]), nouns, TITLES, NAMES)[0].keywords
    assert "pay" not in added and "strike" in added, added


def test_only_the_debates_main_issue_gets_them(nouns):
    """A side question argued in the same stories keeps its own words: the topic goes to the issue most actors
    take a side on."""
    deal = Issue("pay-deal", "Pay deal", ["deal"], [], sorted(STORIES))
    vote = Issue("postponement-of-the-vote", "Postponement of the vote", ["postponement"], [], ["nurses", "cost"])
    held = positions("pay-deal", ["kessler", "brandt", "pohl"]) + positions("postponement-of-the-vote", ["weiss", "pohl"])
    found = {i.id: i.keywords for i in with_topics([vote, deal], held, nouns, TITLES, NAMES)}
    assert found["postponement-of-the-vote"] == ["postponement"]
    assert "strike" in found["pay-deal"]


def test_a_label_that_already_names_the_topic_is_left_alone(nouns):
    strike = Issue("doctors-strike", "Doctors' strike", ["strike"], [], sorted(STORIES))
    assert with_topics([strike], positions("doctors-strike", ["a", "b"]), nouns, TITLES, NAMES)[0].keywords == ["strike"]


def test_separate_debates_get_their_own_topics_and_configured_issues_none(nouns):
    deal = Issue("pay-deal", "Pay deal", ["deal"], [], ["ended", "nurses"])
    other = Issue("late-amendment", "Late change", ["change"], [], ["elsewhere"])
    configured = Issue("budget", "Budget", ["budget"], [], [])
    elsewhere = {"elsewhere": {"amendment": 3, "beetle": 4, "forest": 2, "doctor": 0}}
    titles = dict(TITLES, elsewhere="Beetle-hit forest may be logged under late amendment")
    held = positions("pay-deal", ["a", "b"]) + positions("late-amendment", ["c", "d"]) + positions("budget", ["a", "c"])
    found = {i.id: i.keywords for i in with_topics([deal, other, configured], held, {**nouns, **elsewhere}, titles, NAMES)}
    assert "beetle" in found["late-amendment"] and "strike" not in found["late-amendment"]
    assert "strike" in found["pay-deal"] and "beetle" not in found["pay-deal"]
    assert found["budget"] == ["budget"]


def test_an_issue_nobody_holds_a_position_on_gets_nothing(nouns):
    deal = Issue("pay-deal", "Pay deal", ["deal"], [], sorted(STORIES))
    assert with_topics([deal], [], nouns, TITLES, NAMES)[0].keywords == ["deal"]


def test_a_word_another_issue_is_named_by_is_that_issues(nouns):
    """'strike' names the configured issue "Strike ballot": it is no topic of the deal beside it."""
    deal = Issue("pay-deal", "Deal", ["deal"], [], sorted(STORIES))
    ballot = Issue("strike-ballot", "Strike ballot", ["strike ballot", "strikes"], [], [])
    held = positions("pay-deal", ["a", "b", "c"]) + positions("strike-ballot", ["a", "b"])
    found = {i.id: i.keywords for i in with_topics([ballot, deal], held, nouns, TITLES, NAMES)}
    assert "doctor" in found["pay-deal"] and "strike" not in found["pay-deal"], found
    assert found["strike-ballot"] == ["strike ballot", "strikes"]


def test_a_story_that_shares_words_with_two_debates_does_not_join_them():
    # a round-up that names the forest debate's and the lithium debate's words is near both debates, nearest to
    # neither: the two debates stay apart (linked through it, every story was one debate)
    forest = {"beetle": 3, "spruce": 3, "logging": 2, "salvage": 2, "timber": 2}
    lithium = {"lithium": 3, "brine": 3, "royalty": 2, "salar": 2, "mining": 2}
    nouns = {f"forest-{n}": dict(forest) for n in range(5)} | {f"lithium-{n}": dict(lithium) for n in range(5)}
    nouns["round-up"] = {"spruce": 2, "salvage": 2, "logging": 2, "lithium": 2, "brine": 2, "salar": 2}
    groups = story_debates(nouns)
    assert not any(any(a.startswith("forest") for a in g) and any(a.startswith("lithium") for a in g)
                   for g in groups), groups
    assert sorted(len([a for a in g if a != "round-up"]) for g in groups if len(g) > 1) == [5, 5], groups
    # the round-up itself goes with the debate it shares most with, as any lone story does
    assert any("round-up" in g for g in groups if len(g) > 1), groups


def test_one_debates_stories_that_argue_two_sides_of_it_stay_one_debate():
    # eight stories of one forest debate, four on the salvage logging and four on the sawmills: each nearest to its
    # own four, all sharing the debate's words (beetle, spruce): one debate
    core = {"beetle": 2, "spruce": 2}
    nouns = {f"salvage-{n}": core | {"salvage": 3, "logging": 3, "veneer": 2} for n in range(4)}
    nouns |= {f"sawmill-{n}": core | {"sawmill": 3, "timber": 3, "plateau": 2} for n in range(4)}
    assert [len(g) for g in story_debates(nouns)] == [8], story_debates(nouns)
    # two debates that share one rare word only stay two
    nouns = {f"salvage-{n}": {"beetle": 2, "salvage": 3, "logging": 3} for n in range(4)}
    nouns |= {f"lithium-{n}": {"beetle": 2, "lithium": 3, "brine": 3} for n in range(4)}
    assert sorted(len(g) for g in story_debates(nouns)) == [4, 4], story_debates(nouns)
