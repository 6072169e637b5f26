"""A debate's topic words: the nouns its stories share and headline, rare in English at large, on its main issue."""

from __future__ import annotations

import pytest

from briefing.models import Issue, Position
from briefing.pipeline import nlp, summarize
from briefing.pipeline.topics import with_topics

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
NAMES = ["Anna Kessler", "Tomas Brandt", "Lena Pohl", "Karl Weiss", "Veloria Medical Union", "Veloria"]


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
    # an actor's name is who argues, never what about; 'ministry', 'union' are in no headline; 'treasury', 'clinic'
    # are in one story of three
    assert not {"veloria", "kessler", "ministry", "treasury", "clinic", "economist"} & set(added), added
    assert len(added) <= 5


def test_everyday_words_are_no_topic(nouns):
    """'end' and 'pay' head stories too, but they are everyday English: below the rarity line or outranked."""
    deal = Issue("pay-deal", "Pay deal", ["deal"], [], sorted(STORIES))
    added = with_topics([deal], positions("pay-deal", ["a", "b"]), nouns, TITLES, NAMES)[0].keywords
    assert "end" not in added and "year" not in added, added


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
