"""Actors that are one across articles (party variants, misspelt surnames, roles standing for their
holder, an office's short forms) and the quality floors measured on the shared evaluation data.

The floors read ../shared/data/ (never copied into the repository) through the benchmark scripts and
are skipped, with a message, when it is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefing.models import Article
from briefing.pipeline.actors import ActorOptions, analyse_actors, link_actors
from briefing.pipeline.nlp import load_model
from briefing.pipeline.quotes import extract_quotes

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def link(nlp, *articles: tuple[str, ...]):
    """Analyse and link articles given as paragraphs; returns (actors, {(article, name): id}, analyses)."""
    made = [Article(id=f"a{i}", source=f"a{i}.txt", title="", paragraphs=list(paras)) for i, paras in enumerate(articles)]
    analyses = {a.id: analyse_actors(a, nlp(a.body), ActorOptions()) for a in made}
    actors, ids = link_actors(made, analyses, ActorOptions())
    return actors, ids, analyses


def actor_of(actors, ids, analyses, article: str, surface: str):
    name = analyses[article].names[surface]
    actor_id = ids[(article, name)]
    return next(a for a in actors if a.id == actor_id)


def test_party_written_as_members_plural_clipped_or_by_synonym_is_one_organisation(nlp):
    actors, ids, analyses = link(
        nlp,
        ("The Liberal Democrats oppose the plans, and the Conservative Party backs them.",
         "The Tories said the scheme was sound. The Lib Dems said it was not."),
        ("The Conservatives insisted they would hold ministers to account.",
         "Nick Green, for the Liberal Democrats, said the vote showed the strength of feeling."),
    )
    liberal = {actor_of(actors, ids, analyses, a, s).id for a, s in (("a0", "Liberal Democrats"), ("a0", "Lib Dems"), ("a1", "Liberal Democrats"))}
    conservative = {actor_of(actors, ids, analyses, a, s).id for a, s in (("a0", "Conservative Party"), ("a0", "Tories"), ("a1", "Conservatives"))}
    assert len(liberal) == 1 and len(conservative) == 1 and liberal != conservative
    # Written once as "the Conservative Party": the organisation, however its members are written.
    assert {a.kind for a in actors if a.id in conservative} == {"organization"}


def test_post_nominal_letters_and_a_leading_party_word_are_not_part_of_a_name(nlp):
    article = Article(id="qc", source="qc.txt", title="", paragraphs=[
        "Ian Brown QC, who represents the detainees, said the law was unjust. Labour wants a vote.",
        "Labour Hilary Stone said the party would vote against it.",
    ])
    analysis = analyse_actors(article, nlp(article.body), ActorOptions())
    assert analysis.names["Ian Brown"] == "Ian Brown"
    assert not any("QC" in name for name in analysis.names)


def test_a_surname_misspelt_once_joins_the_full_name_of_the_same_story(nlp):
    story = "Gordon Fairweather said the detention powers were needed, and the Home Office agreed with Gordon Fairweather."
    actors, ids, analyses = link(
        nlp,
        (story,),
        (story,),
        ("Gordon Fairwether, speaking for the Home Office, defended the detention powers.",),
    )
    misspelt = actor_of(actors, ids, analyses, "a2", "Gordon Fairwether")
    assert misspelt.name == "Gordon Fairweather"


def test_a_name_written_with_and_without_its_accents_is_one_person(nlp):
    actors, ids, analyses = link(nlp, ["Board member Lucía Ferrándiz proposed the exemption on Monday."],
                                 ["Dr. Lucia Ferrandiz said the exemption was fair."])
    assert actor_of(actors, ids, analyses, "a0", "Lucía Ferrándiz").id == actor_of(
        actors, ids, analyses, "a1", "Lucia Ferrandiz").id


def test_different_surnames_with_the_same_first_name_stay_apart(nlp):
    actors, ids, analyses = link(
        nlp,
        ("Charles Clarke said the bill would pass. Charles Kennedy said it would not.",),
        ("Charles Clarke defended the bill, and Charles Kennedy attacked it again.",),
    )
    assert actor_of(actors, ids, analyses, "a0", "Charles Clarke").id != actor_of(actors, ids, analyses, "a0", "Charles Kennedy").id


def test_a_role_named_alone_links_to_its_one_holder_in_the_corpus(nlp):
    actors, ids, analyses = link(
        nlp,
        ("Home Secretary Jane Doe said the identity scheme would go ahead, and the Refugee Council objected.",),
        ("The home secretary said the scheme would cut fraud. The Refugee Council disagreed.",),
    )
    role = next(m for m in analyses["a1"].mentions if m.text == "home secretary")
    assert role.label == "ROLE"
    holder = actor_of(actors, ids, analyses, "a1", "home secretary")
    assert holder.name == "Jane Doe" and holder.kind == "person"
    assert not any(a.name.startswith("role:") for a in actors)


def test_a_role_no_one_holds_is_not_an_actor(nlp):
    actors, _ids, analyses = link(nlp, ("The foreign secretary said the talks would resume, and Germany agreed.",))
    assert any(m.label == "ROLE" for m in analyses["a0"].mentions)
    assert not any("secretary" in a.name.casefold() for a in actors)


def test_a_role_speaks_through_its_one_holder_or_through_no_one(nlp):
    made = [
        Article(id="a0", source="a0.txt", title="", paragraphs=["Tony Blair has defended the plans.", 'The prime minister told MPs: "The abusers will be stopped."']),
        Article(id="a1", source="a1.txt", title="", paragraphs=['The foreign secretary told MPs: "The talks will resume."']),
    ]
    docs = {a.id: nlp(a.body) for a in made}
    analyses = {a.id: analyse_actors(a, docs[a.id], ActorOptions()) for a in made}
    quotes = {a.id: extract_quotes(a, docs[a.id], analyses[a.id]) for a in made}
    actors, ids = link_actors(made, analyses, ActorOptions())
    blair = quotes["a0"][0]
    assert ids.get(("a0", blair.speaker_name)) == next(a.id for a in actors if a.name == "Tony Blair")
    assert blair.speaker_text == "The prime minister"
    # No one in the corpus holds the office: the quote has no speaker once linked.
    unheld = quotes["a1"][0]
    assert ids.get(("a1", unheld.speaker_name)) is None and unheld.speaker_text == "The foreign secretary"


def test_an_office_and_its_short_forms_are_one_organisation(nlp):
    actors, ids, analyses = link(
        nlp,
        ("Downing Street said the advice would not be published.", "No 10 later repeated that it would not."),
    )
    office = actor_of(actors, ids, analyses, "a0", "Downing Street")
    assert office.kind == "organization"
    assert actor_of(actors, ids, analyses, "a0", "No 10").id == office.id


def test_a_party_written_before_a_role_is_a_mention_of_the_party(nlp):
    actors, ids, analyses = link(
        nlp,
        ("The Liberal Democrats and the Conservative Party attacked the scheme.",
         "Liberal Democrat home affairs spokesman Mark Oaten said it would not work."),
        ("The Tory leader said his party would vote against it, and Lib Dem MP Sarah Teale agreed.",
         "French President Jacques Morel said nothing."),
    )
    liberal = actor_of(actors, ids, analyses, "a0", "Liberal Democrats")
    assert actor_of(actors, ids, analyses, "a0", "Liberal Democrat").id == liberal.id
    assert actor_of(actors, ids, analyses, "a1", "Lib Dem").id == liberal.id
    assert actor_of(actors, ids, analyses, "a1", "Tory").id == actor_of(actors, ids, analyses, "a0", "Conservative Party").id
    # A nationality names no body of the corpus; a person is still the speaker of the sentence.
    assert "French" not in analyses["a1"].names
    assert not any(a.name.startswith("affiliation:") or a.name == "French" for a in actors)
    assert actor_of(actors, ids, analyses, "a0", "Mark Oaten").kind == "person"


def test_a_title_run_into_an_organisation_name_is_a_role_of_the_body(nlp):
    actors, ids, analyses = link(
        nlp,
        ("Tory co-chairman Liam Fox said the figures were wrong.",),
        ("Tory Liam Fox said his party offered a clear choice. The Conservative Party Co-Chairman said voters would decide.",),
    )
    assert actor_of(actors, ids, analyses, "a1", "Co-Chairman").name == "Liam Fox"
    party = actor_of(actors, ids, analyses, "a1", "Conservative Party")
    assert party.kind == "organization" and "Co-Chairman" not in party.name


def test_a_role_opening_the_next_sentence_refers_back_to_the_person_before_it(nlp):
    actors, ids, analyses = link(
        nlp,
        ("Tony Blair has rejected calls for the advice to be published.",
         "The prime minister told his monthly press conference the matter was closed."),
        ("Home Secretary Charles Clarke defended the plans. The prime minister said they would pass.",),
        ("The prime minister said the talks would go on.",),
    )
    blair = actor_of(actors, ids, analyses, "a0", "Tony Blair")
    assert actor_of(actors, ids, analyses, "a0", "prime minister").id == blair.id
    # Charles Clarke holds another office: the same sentence shape is no vote for him.
    assert actor_of(actors, ids, analyses, "a1", "prime minister").id == blair.id
    assert actor_of(actors, ids, analyses, "a2", "prime minister").id == blair.id
    assert not any(r.source == "coreference" for a in actors for r in a.roles)


def test_a_role_refers_back_only_to_the_one_person_of_the_sentence_before(nlp):
    actors, ids, analyses = link(
        nlp,
        ("Tony Blair met Gordon Brown on Monday.", "The prime minister said the talks had gone well."),
    )
    assert "prime minister" not in {a.name for a in actors}
    assert ("a0", "role:prime minister") not in ids


def test_a_peer_or_knight_is_also_known_by_the_styled_name(nlp):
    actors, ids, analyses = link(
        nlp,
        ("Sir Ian Blair backed the orders. Lord Goldsmith said the law was clear.",),
    )
    assert "Sir Ian Blair" in actor_of(actors, ids, analyses, "a0", "Ian Blair").aliases
    assert "Lord Goldsmith" in actor_of(actors, ids, analyses, "a0", "Goldsmith").aliases


def test_one_surname_with_honorifics_of_both_genders_is_two_people(nlp):
    actors, ids, analyses = link(
        nlp,
        ("State Senator Maria Vance said the bill was overdue. Ms. Vance has sponsored it for years.",
         "In the House, the opposition is led by another Vance. Representative Tom Vance, no relation, called the bill reckless.",
         '"It would cost jobs," Mr. Vance said.'),
    )
    maria = actor_of(actors, ids, analyses, "a0", "Maria Vance")
    tom = actor_of(actors, ids, analyses, "a0", "Tom Vance")
    assert maria.id != tom.id
    assert actor_of(actors, ids, analyses, "a0", "Ms. Vance").id == maria.id
    assert actor_of(actors, ids, analyses, "a0", "Mr. Vance").id == tom.id


def test_a_civic_title_is_not_part_of_the_name(nlp):
    actors, ids, analyses = link(
        nlp,
        ("Councillor Sylvie Marchand, who backed the deal but not the levy, said the debate had become too polarised.",
         "Alderman Peter Kowalczyk, the longest-serving member of council, has pushed for a vote."),
    )
    marchand = actor_of(actors, ids, analyses, "a0", "Sylvie Marchand")
    assert marchand.kind == "person" and [r.text for r in marchand.roles] == ["Councillor"]
    assert actor_of(actors, ids, analyses, "a0", "Peter Kowalczyk").kind == "person"
    assert not any("Councillor" in a.name or "Alderman" in a.name for a in actors)


def test_an_acronym_in_brackets_and_a_plural_possessive_inside_a_name(nlp):
    actors, ids, analyses = link(
        nlp,
        ("The Northern Plastic Makers' Association (NPMA) said it would challenge the notification.",),
    )
    association = actor_of(actors, ids, analyses, "a0", "Northern Plastic Makers' Association")
    assert association.kind == "organization"
    assert actor_of(actors, ids, analyses, "a0", "NPMA").id == association.id


# --------------------------------------------------------------------------- floors on shared data


def _benchmark(name: str):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent: the measured floors are checked where the shared evaluation data is")
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_positions_dev_actor_groups_floor(nlp):
    actors = _benchmark("actors")
    if not actors.POSITIONS.exists():
        pytest.skip(f"{actors.POSITIONS} is absent")
    together, groups, apart, pairs = actors.positions_groups()
    assert groups == 29 and together >= 29  # measured 29/29 (8/29, then 21/29 before this work)
    assert apart == pairs == 5


def test_positions_dev_quote_speakers_floor(nlp):
    actors = _benchmark("actors")
    if not actors.POSITIONS.exists():
        pytest.skip(f"{actors.POSITIONS} is absent")
    right, attributed, checked = _benchmark("quotes").debate_quotes(actors.POSITIONS)
    # Measured 22/24 given a speaker, of 25 quotes in labelled evidence (the two misses: a speaker
    # named with an occupation in front, "Farmer Geoff Brooks").
    assert right >= 22 and attributed - right <= 2 and checked >= 25


def test_cnn_held_out_actor_floor(nlp):
    found, total, right_kind, judged = _benchmark("actors").held_out()
    # measured recall 90/90 (89 before capitalised words the model tags as nothing could name a speaking body,
    # 88 before a sentence could start only where one may end)
    assert found >= 90 and total == 90
    assert right_kind >= 86 and right_kind / judged >= 0.95  # measured precision 86/90 = 0.956


def test_cnn_held_out_speaker_floor(nlp):
    correct, attributed, right, named = _benchmark("quotes").held_out()
    assert correct == attributed and attributed >= 71  # measured 71/71 ("the report stated": who issued it)
    assert right >= 71  # of 75 named (69 before)


def test_mixed_language_pages_floor(nlp):
    actors = _benchmark("actors")
    if not actors.EXTRACTION.exists():
        pytest.skip(f"{actors.EXTRACTION} is absent")
    counts = actors.mixed_language()
    # Measured: 6 non-English pages of 60; through the language stage none of them reaches the actor
    # or quote stage (48 names and 2 quotes before it existed).
    assert counts["foreign"] >= 5
    assert counts["names"] == 0 and counts["actors"] == 0 and counts["quotes"] == 0


def test_an_acronym_dotted_or_not_is_the_organisation_whose_initials_it_spells(nlp):
    actors, ids, analyses = link(
        nlp,
        ("The Environmental Protection Agency issued the rule on Monday, and industry groups sued.",),
        ("The EPA said the rule would cut emissions by a third.",),
        ("Critics said the E.P.A. had overstepped its authority.",),
    )
    agency = actor_of(actors, ids, analyses, "a0", "Environmental Protection Agency")
    assert actor_of(actors, ids, analyses, "a1", "EPA").id == agency.id
    assert actor_of(actors, ids, analyses, "a2", "E.P.A.").id == agency.id
    assert agency.kind == "organization" and agency.name == "Environmental Protection Agency"


def test_the_department_is_the_one_department_named_before_it(nlp):
    article = Article(id="d", source="d.txt", title="", paragraphs=[
        "The Treasury Department announced new sanctions on Friday.",
        "The department said the measures would take effect at once.",
    ])
    analysis = analyse_actors(article, nlp(article.body), ActorOptions())
    assert analysis.names["department"] == "Treasury Department"
    assert "Department" not in analysis.names
    two = Article(id="e", source="e.txt", title="", paragraphs=[
        "The Treasury Department and the State Department disagreed.", "The department said nothing more.",
    ])
    assert "department" not in analyse_actors(two, nlp(two.body), ActorOptions()).names


def test_a_role_opening_the_article_is_the_person_its_headline_names(nlp):
    made = [
        Article(id="a0", source="a0.txt", title="Blair defends terror law changes",
                paragraphs=["The prime minister has defended measures to allow house arrest without trial.",
                            "But Tony Blair said there could be no concession on the basic principle."]),
        Article(id="a1", source="a1.txt", title="Talks resume in Geneva",
                paragraphs=["The foreign secretary has defended the talks.", "Jack Straw said they would resume."]),
    ]
    analyses = {a.id: analyse_actors(a, nlp(a.body), ActorOptions()) for a in made}
    actors, ids = link_actors(made, analyses, ActorOptions())
    blair = next(a.id for a in actors if a.name == "Tony Blair")
    assert ids.get(("a0", "role:prime minister")) == blair
    # a headline that names no one leaves the role to the other rules
    assert ids.get(("a1", "role:foreign secretary")) != next(a.id for a in actors if a.name == "Jack Straw")


def test_a_company_by_its_legal_form_is_an_organisation_and_one_with_its_short_name(nlp):
    actors, ids, analyses = link(
        nlp,
        ("Bluestem Renewables LLC filed the application in March.",
         "Permata Jalan Holdings Bhd declined to comment."),
        ("Bluestem Renewables said the farm would power 40,000 homes.",
         "Permata Jalan Holdings later issued a statement."))
    bluestem = actor_of(actors, ids, analyses, "a0", "Bluestem Renewables LLC")
    assert bluestem.kind == "organization"
    assert actor_of(actors, ids, analyses, "a1", "Bluestem Renewables").id == bluestem.id
    assert (actor_of(actors, ids, analyses, "a0", "Permata Jalan Holdings Bhd").id
            == actor_of(actors, ids, analyses, "a1", "Permata Jalan Holdings").id)


def test_a_mixed_case_acronym_in_brackets_is_its_organisation(nlp):
    # "CIGov" spells the capitals of the Centre for Integrity and Governance, its last word clipped
    actors, ids, analyses = link(
        nlp,
        ("The Centre for Integrity and Governance (CIGov) today lodged a formal complaint over the award.",
         "CIGov also asked the government to publish the contract."),)
    assert analyses["a0"].names["CIGov"] == "Centre for Integrity and Governance"


def test_capitalised_words_the_model_tags_as_nothing_name_a_body_that_speaks(nlp):
    # the small model tags neither as an entity in these sentences
    actors, _, _ = link(nlp, ("Human rights organisations have been the most outspoken. Human Rights Watch urged "
                              "the National Assembly to reject the bill before the vote.",
                              "The Economic Chamber, which represents tens of thousands of firms, said it supported "
                              "raising the retirement age."))
    names = {a.name for a in actors}
    assert {"Human Rights Watch", "Economic Chamber"} <= names, names
    # part of a longer name the parse cut is no name of its own
    actors, _, _ = link(nlp, ("The pro-Kurdish Peoples' Democratic Party said it would vote against the package.",))
    assert "Democratic Party" not in {a.name for a in actors}
    # people described in capitals are no name
    actors, _, _ = link(nlp, ("In the capital Senior Opposition Figures argued the plan was unfair.",))
    assert not actors, [a.name for a in actors]


def test_a_title_word_naming_a_party_is_part_of_its_name(nlp):
    # "Justice" is a judge's title, but "the Justice Party" is the party's whole name
    actors, _, _ = link(nlp, ("The Justice Party, the largest opposition group, said it would campaign for a Yes "
                              "vote.",))
    assert "Justice Party" in {a.name for a in actors}, [a.name for a in actors]
    actors, _, _ = link(nlp, ("The Justice and Development Party said it would back the bill.",))
    assert "Justice and Development Party" in {a.name for a in actors}, [a.name for a in actors]


def test_a_party_known_by_letters_and_figures_set_beside_its_noun_is_an_organisation(nlp):
    # the small model tags "D66" as nothing; the apposition says it is a party
    actors, _, _ = link(nlp, ("D66, the second-largest coalition party, made clear it would not accept any delay.",))
    assert "D66" in {a.name for a in actors}, [a.name for a in actors]
