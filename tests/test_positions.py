"""Positions: statements, stance cues with negation and hedging, issues, aggregation — on real sentences.

Sentences come from the seed articles and from our own writing in other publishers' styles (BBC, Reuters,
Guardian, AP). Everything runs through the real pipeline: clean → spaCy → actors → quotes → positions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import plugin_options
from briefing.models import Article, Issue, RawDocument
from briefing.pipeline import nlp
from briefing.pipeline.actors import ActorOptions, analyse_actors, link_actors
from briefing.pipeline.clean import clean_corpus
from briefing.pipeline.positions import (
    Statement,
    concept_of,
    _fold_into_measures,
    _join_named_measures,
    _one_debate_stories,
    _proper_names_of_nouns,
    _measure_name,
    argued_issues,
    discover_issues,
    extract_statements,
    link_positions,
    stance_of,
)
from briefing.pipeline.quotes import extract_quotes

ROOT = Path(__file__).resolve().parent.parent
TALKS = Issue("talks", "talks", ["talks", "dialogue"])
SANCTIONS = Issue("sanctions", "sanctions", ["sanctions"])
# Issues as a user defines them in mkdocs.yml: the words of one question, synonyms included (the project holds
# no table of topics, so "attend" joins "participation" only because the issue says so)
OLYMPICS = Issue("olympics", "participation in the Olympics", ["participation", "participate", "attend", "olympics"])


@pytest.fixture(scope="module")
def model():
    return nlp.load_model(nlp.DEFAULT_MODEL)


def analyse(article: Article, model):
    doc = model(article.body)
    analysis = analyse_actors(article, doc, ActorOptions())
    analysis.quotes = extract_quotes(article, doc, analysis)
    return doc, analysis


def statements_of(paragraphs, model, kind="news", authors=(), article_id="story"):
    article = Article(id=article_id, source=f"{article_id}.txt", title="A story", kind=kind,
                      authors=list(authors), paragraphs=list(paragraphs))
    doc, analysis = analyse(article, model)
    return article, extract_statements(article, doc, analysis)


def corpus_of(pieces, model, title=""):
    """Articles, {id: statements} and {id: analysis} of a small corpus: ``{id: paragraphs}`` all titled ``title``,
    or ``{id: (title, paragraphs)}``."""
    articles, statements, analyses = [], {}, {}
    for article_id, piece in pieces.items():
        headline, paragraphs = piece if isinstance(piece, tuple) else (title, piece)
        article = Article(id=article_id, source=f"{article_id}.txt", title=headline, paragraphs=paragraphs)
        doc, analysis = analyse(article, model)
        articles.append(article)
        analyses[article_id] = analysis
        statements[article_id] = extract_statements(article, doc, analysis)
    return articles, statements, analyses


def stances_taken(paragraphs, model) -> set[tuple[str, str, int]]:
    """(actor, term, polarity) of every stance the statements of a small article take."""
    _, statements = statements_of(paragraphs, model)
    return {(s.actor_name, r.term, r.polarity) for s in statements for r in s.readings if r.polarity}


def implicit_readings(statements):
    """The readings that take a stance on something the statement does not name ("condemned the legislation")."""
    return [r for s in statements for r in s.readings if not r.term and r.polarity]


def stances(statements, issue, actor_fragment, issues=()):
    """Stances of the statements of actors whose name contains ``actor_fragment`` toward ``issue``."""
    found = []
    for statement in statements:
        if actor_fragment in statement.actor_name:
            stance = stance_of(statement, issue, issues or [issue])
            if stance is not None:
                found.append(stance)
    return found


def stances_by_actor(articles, statements, analyses, issues, issue) -> dict[str, str]:
    """{actor id: stance} on ``issue`` of a corpus built with :func:`corpus_of`."""
    _, actor_ids = link_actors(articles, analyses, ActorOptions())
    return {p.actor: p.stance for p in link_positions(articles, statements, actor_ids, issues) if p.issue == issue.id}


def the_one_issue(pieces, model, matches, bodies=False) -> tuple[Issue, dict[str, str]]:
    """The one discovered issue of a corpus (see :func:`corpus_of`) for which ``matches(keywords)`` holds (it
    fails unless there is exactly one), and {actor id: stance} on it; ``bodies``: discovery reads the articles'
    bodies too, as a build does."""
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements, [article.body for article in articles] if bodies else ())
    found = [i for i in issues if matches(set(i.keywords))]
    assert len(found) == 1, [(i.label, i.keywords) for i in issues]
    return found[0], stances_by_actor(articles, statements, analyses, issues, found[0])


@pytest.fixture(scope="module")
def seeds(model):
    documents = [RawDocument(p.name, p.read_text(encoding="utf-8"), "txt") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    articles = clean_corpus(documents)
    for n, article in enumerate(articles):
        article.id = f"seed-{n}"
    analyses, statements = {}, {}
    for article in articles:
        doc, analysis = analyse(article, model)
        analyses[article.id] = analysis
        statements[article.id] = extract_statements(article, doc, analysis)
    actors, actor_ids = link_actors(articles, analyses, ActorOptions())
    return articles, statements, actors, actor_ids


# --- cues and their targets ---------------------------------------------------------------------------
def test_favors_dialogue_is_support_for_talks(model):
    _, statements = statements_of(
        ["South Korean President Moon Jae-in favors dialogue to reduce tensions with Pyongyang."], model
    )
    assert stances(statements, TALKS, "Moon") == ["support"]


def test_skeptical_of_talks_in_a_quote_is_opposition(model):
    _, statements = statements_of(
        ['"We are very skeptical of Kim Jong Un\'s sincerity in sitting down and having talks," State '
         'Department spokeswoman Heather Nauert told reporters on Tuesday.'],
        model,
    )
    assert "oppose" in stances(statements, TALKS, "Nauert")
    assert "support" not in stances(statements, TALKS, "Nauert")


def test_recommending_a_boycott_opposes_what_is_boycotted(model):
    _, statements = statements_of(
        ["Sen. Lindsey O. Graham (R-S.C.) said the United States should boycott the Olympics if North Korea attends."],
        model,
    )
    assert stances(statements, OLYMPICS, "Graham") == ["oppose"]


def test_attitude_in_another_publishers_style(model):
    # Reuters-style reported speech with "backs" and "rejected"
    _, statements = statements_of(
        ["Finance minister Maria Lopez said on Monday she backs new sanctions on the regime.",
         "Opposition leader Tom Berger rejected the sanctions, calling them a costly mistake."],
        model,
    )
    assert stances(statements, SANCTIONS, "Lopez") == ["support"]
    assert "oppose" in stances(statements, SANCTIONS, "Berger")


def test_polarity_composes_along_the_path(model):
    # urge (+) × reject (−) × loosen (shifter −) → support for sanctions
    _, statements = statements_of(
        ["Vice President Mike Pence said he would urge Japan and South Korea to reject North Korea's scheme to "
         "loosen sanctions."],
        model,
    )
    assert stances(statements, SANCTIONS, "Pence") == ["support"]


def test_negated_belief_in_a_good_idea_is_opposition(model):
    _, statements = statements_of(
        ["Opposition leader Ana Ruiz said she does not believe the pension reform is a good idea."], model
    )
    assert stances(statements, Issue("reform", "pension reform", ["reform"]), "Ruiz") == ["oppose"]


# --- negation --------------------------------------------------------------------------------------------
def test_will_not_block_is_not_opposition(model):
    _, statements = statements_of(
        ["The first round of talks between the two sides opened in Geneva on Monday.",
         '"We will not block the talks," the Foreign Office said in a statement.'],
        model,
    )
    assert stances(statements, TALKS, "Foreign Office") == ["support"]


def test_officials_speak_for_their_country(model):
    # seed: the officials' country is named by its capital in the reported clause
    _, statements = statements_of(
        ["South Korea welcomed an offer of talks from North Korean leader Kim Jong Un.",
         "U.S. officials said they doubt Kim's sincerity but declared that Washington will not block the talks, "
         "nor will it allow the North to drive a wedge between South Korea and the United States."],
        model,
    )
    assert stances(statements, TALKS, "United States") == ["support"]


def test_a_government_named_by_its_country_speaks_for_it(model):
    # "the government of X", "the X-ian government", "X-ian authorities": the country takes the stance
    taken = stances_taken(["The government of Chile rejected the pension reform.",
                           "Thai authorities welcomed the pension reform.",
                           "Thai farmers rejected the pension reform."], model)
    assert ("Chile", "pension reform", -1) in taken and ("Thailand", "pension reform", 1) in taken
    assert ("Thailand", "pension reform", -1) not in taken


def test_an_adjective_on_a_judging_noun_says_how_much_not_which_way(model):
    # "a terrible mistake" is a mistake: the adjective agrees with the noun, it does not turn it
    taken = stances_taken(["Amnesty International said the pension bill was a terrible mistake.",
                           "The Law Society said the pension bill would be a devastating blow to savers.",
                           "Unison said the pension bill was a good idea."], model)
    assert ("Amnesty International", "pension", -1) in taken and ("Law Society", "pension", -1) in taken
    assert ("Amnesty International", "pension", 1) not in taken and ("Law Society", "pension", 1) not in taken
    assert ("Unison", "pension", 1) in taken


def test_refusing_to_back_down_from_support_is_support(model):
    taken = stances_taken(["The party leader, Ola Berg, has refused to back down from his support for the pension reform."], model)
    assert ("Ola Berg", "pension reform", 1) in taken and ("Ola Berg", "pension reform", -1) not in taken


def test_a_side_in_a_referendum_is_on_what_it_asks_not_on_the_referendum(model):
    _, statements = statements_of(["Voters will decide on the pension reform in a referendum in April.",
                                   "Ola Berg said he would vote yes in the referendum.",
                                   "The Farmers' Union is campaigning for a no."], model)
    readings = {(s.actor_name, r.term, r.polarity) for s in statements for r in s.readings if r.polarity}
    assert ("Ola Berg", "referendum", 1) not in readings
    assert ("Ola Berg", "", 1) in readings and ("Farmers' Union", "", -1) in readings
    assert all("referendum" not in r.context for s in statements for r in s.readings if not r.term and r.polarity)


def test_a_mine_is_a_thing_argued_not_a_stop_word(model):
    taken = stances_taken(['"I will fight this mine for as long as I live," said Zoran Ilic, a farmer.'], model)
    assert ("Zoran Ilic", "mine", -1) in taken


def test_calling_a_measure_an_agreement_names_its_kind_and_judges_nothing(model):
    # general English rates "agreement" well; said of a compact it says what kind of thing it is
    taken = stances_taken(['Prem Suwal told the House the compact was "an agreement to mortgage the country".',
                           "Ana Berg said the compact was a good agreement."], model)
    assert not any(actor == "Prem Suwal" and polarity > 0 for actor, _, polarity in taken), taken
    assert ("Ana Berg", "compact", 1) in taken


def test_an_officer_of_a_place_named_in_apposition_speaks(model):
    # the parser hangs the name on the place ("of Beveren, Marc Van de Vijver"): the mayor is the one named
    _, statements = statements_of(["The mayor of Beveren, Marc Van de Vijver, said the decision was welcome news for the town."], model)
    assert [s.actor_name for s in statements] == ["Marc Van de Vijver"]


def test_not_something_one_could_support_is_opposition(model):
    taken = stances_taken(["Ms Kallas said that a referendum on the rights of a minority was not something she could support.",
                           "Tom Berg said the pension reform was something he supported."], model)
    assert ("Kallas", "referendum", -1) in taken and ("Tom Berg", "pension reform", 1) in taken
    assert not any(actor == "Kallas" and polarity > 0 for actor, _, polarity in taken if _ != "minority"), taken


def three_sides_on(thing: str) -> list[str]:
    """Three actors taking sides on ``thing``, one sentence each: the core of a small debate."""
    return [f"The Farmers' Union opposed the {thing}.",
            f"Mayor Ana Berg backed the {thing}, saying it would bring investment.",
            f"The Green Party condemned the {thing}."]


def test_a_compact_and_the_agreement_are_one_accord(model):
    pieces = {
        "a": ("Parliament debates the water compact", three_sides_on("water compact")),
        "b": ("Protest against the water compact", [
            "Thousands marched against the water compact on Saturday.",
            "Opposition leader Marko Jovic said the water compact was a disaster for the valley."]),
        "c": ("Minister defends the water compact", [
            '"We signed this agreement as a sovereign state, and we must honour it," said Tomas Vik, the foreign minister.',
            "The Farmers' Union again opposed the water compact, and Mayor Ana Berg again backed it."]),
    }
    issue, stances = the_one_issue(pieces, model, lambda keywords: "compact" in " ".join(keywords))
    assert any("vik" in actor_id and stance == "support" for actor_id, stance in stances.items()), (issue, stances)


def test_a_measure_that_should_stand_is_supported(model):
    taken = stances_taken(["Mark Rutte said the pension reform should stand.",
                           "Ana Berg said the pension reform must remain in force."], model)
    assert ("Mark Rutte", "pension reform", 1) in taken and ("Ana Berg", "pension reform", 1) in taken


def test_a_law_titled_after_its_noun_is_named_so(model):
    # "the Law on Cybersecurity", "the Act on Foreign Agents": the title follows the measure noun
    _, statements = statements_of(["The National Assembly on Tuesday passed the Law on Cybersecurity.",
                                   "Amnesty International said the law would silence critics."], model)
    phrases = {r.phrase for s in statements for r in s.readings if r.polarity and r.head == "law"}
    assert phrases == {"Law on Cybersecurity"}, phrases


def test_a_side_in_a_vote_is_on_the_question_the_story_is_about(model):
    # "We will vote No" after the story has named other things: the treaty put to the vote, the most argued
    pieces = {
        "a": ("Voters decide on the trade treaty", [
            *three_sides_on("trade treaty"),
            "Mayor Ana Berg also opposed the pension reform, which the Green Party backed."]),
        "b": ("Unions campaign against the trade treaty", [
            "Opposition leader Marko Jovic said the trade treaty was a disaster for farmers.",
            "The Farmers' Union again opposed the trade treaty.",
            "Mayor Ana Berg opposed the pension reform, and the Green Party backed the pension reform.",
            "The union leader, Tomas Vik, said the pension reform was unfair.",
            '"We will vote No on Sunday," Tomas Vik said.']),
    }
    issue, stances = the_one_issue(pieces, model, lambda keywords: "treaty" in " ".join(keywords))
    assert any("vik" in actor_id and stance == "oppose" for actor_id, stance in stances.items()), (issue, stances)


def test_closing_the_door_on_something_is_against_it(model):
    taken = stances_taken(["Kubilius urged the next government not to close the door on talks with Latvia.",
                           "Tomas Vik said the ruling opened the door to a referendum."], model)
    assert ("Kubilius", "talk", 1) in taken and ("Tomas Vik", "referendum", 1) in taken
    assert not any(term in ("door", "close", "open") for _, term, _ in taken), taken


def test_a_measure_no_one_argues_does_not_name_the_debate(model):
    # "a country that closed the plant" said in passing beside a debate on building a new plant: the plant is the
    # question, and backing it is support (not opposition to "plant closure")
    pieces = {
        "a": ("Voters reject new nuclear plant", [
            "The Labour Party urged voters to reject the plant.",
            "The Liberal Movement called on its supporters to back the plant.",
            "Mayor Ana Berg said the plant was a mistake."]),
        "b": ("Where the parties stand on the nuclear plant", [
            "Prime Minister Tomas Vik said the country needed the plant.",
            "The Green Party opposed the plant.",
            "Minister Marko Jovic said the country closed the old plant in 2009 and now buys its power abroad."]),
    }
    issue, stances = the_one_issue(pieces, model, lambda keywords: "plant" in " ".join(keywords))
    assert "clos" not in issue.label.lower(), issue
    assert stances.get("liberal-movement") == "support" and stances.get("labour-party") == "oppose", (issue, stances)


def test_calling_a_ruling_the_end_of_something_good_condemns_it(model):
    taken = stances_taken(['Sam Rainsy called the ruling "the end of democracy in Cambodia".'], model)
    assert ("Sam Rainsy", "ruling", -1) in taken and ("Sam Rainsy", "ruling", 1) not in taken


def test_a_gerund_with_a_determiner_is_the_noun_it_names(model):
    # "the ruling" tagged a verb gave the term "rule", which no issue "Constitutional Court ruling" takes
    taken = stances_taken(["Juliana Deguis told reporters she considered the ruling unjust."], model)
    assert ("Juliana Deguis", "ruling", -1) in taken, taken


def test_considered_a_violation_is_condemnation(model):
    # the parser makes "a violation" a clause of its own whose subject is "the ruling"
    taken = stances_taken(["Laurent Lamothe considered the ruling a serious violation of human rights."], model)
    assert ("Laurent Lamothe", "ruling", -1) in taken, taken


def test_an_aberration_is_a_judgement(model):
    taken = stances_taken(["Ana Berg wrote that the ruling was a legal aberration.",
                           "Tomas Vik said the ruling was indefensible."], model)
    assert ("Ana Berg", "ruling", -1) in taken and ("Tomas Vik", "ruling", -1) in taken, taken


def test_in_its_entirety_is_how_not_what(model):
    # "rejected the agreement in its entirety": the agreement is rejected, not an "entirety"
    _, statements = statements_of(["The Nama Traditional Leaders Association said they rejected the agreement in its entirety."], model)
    polar = [(r.term, r.head, r.polarity) for s in statements for r in s.readings if r.polarity]
    assert ("", "agreement", -1) in polar and not any(term == "entirety" for term, _, _ in polar), polar


def test_an_issue_is_named_by_what_its_stances_name_not_what_is_mentioned_beside(model):
    # a cluster of "dissolution" (argued) and "election" (mentioned again and again): "Dissolution of the party"
    from briefing.pipeline.positions import _ConceptTally, _anchor_maps, _issue_label, _tally_concepts, concept_of
    _, statements = statements_of([
        "Prime Minister Tomas Vik said the dissolution of the party was necessary.",
        "The Green Party condemned the dissolution of the party.",
        "The European Union condemned the dissolution of the party.",
        "Ana Berg said the election in July would take place as planned, and the election campaign would start in June.",
        "Marko Jovic said the election date had been set, and the election commission would meet in May to plan the election.",
        "Lena Holm said the election would be held in July and that the election would cost four million dollars.",
    ], model)
    anchored, everywhere = _anchor_maps(statements)
    tallies = _tally_concepts(statements, {}, anchored, everywhere)
    merged = _ConceptTally()
    for concept in (concept_of("dissolution"), concept_of("election")):
        merged.absorb(tallies[concept])
    label = _issue_label(merged, {concept_of("dissolution"), concept_of("election")})
    assert label.lower().startswith("dissolution"), label


def test_politically_motivated_is_a_charge_of_bad_faith(model):
    taken = stances_taken(["The CNRP said the charges were politically motivated."], model)
    assert ("CNRP", "charge", -1) in taken and ("CNRP", "charge", 1) not in taken, taken


def test_welcoming_the_ratification_supports_the_measure_ratified(model):
    # "the ratification" stands for the adoption of the measure argued about, not the value named just before it
    from briefing.pipeline.positions import _implicit_issue, concept_of
    _, statements = statements_of(["The Farmers' Union said the water compact threatened national sovereignty.",
                                   "The Chamber of Commerce welcomed the ratification."], model)
    reading = next(r for s in statements if "Chamber" in s.actor_name for r in s.readings if r.head == "ratification")
    sovereignty, compact = {concept_of("sovereignty")}, {concept_of("compact"), concept_of("water compact")}
    assert "sovereignty" in reading.context
    assert _implicit_issue(reading, [sovereignty, compact], [5, 2]) == compact


def test_opposed_in_all_circumstances_is_opposed_to_it(model):
    _, statements = statements_of(["Erdogan said he would sign a law reinstating capital punishment.",
                                   "A spokesman said the EU was firmly opposed to it in all circumstances."], model)
    polar = [(r.term, r.polarity) for s in statements if s.actor_name == "EU" for r in s.readings if r.polarity]
    assert polar == [("", -1)], polar


def test_a_column_telling_that_another_was_quick_to_act_takes_no_stance(model):
    _, statements = statements_of(["Jair Bolsonaro was quick to annul the act as a favour to a friend.",
                                   "I also think the Supreme Election Council was wrong to count unstamped ballots."],
                                  model, kind="opinion", authors=["Carla Ortiz"])
    taken = {(s.actor_name, r.term, r.head, r.polarity) for s in statements for r in s.readings if r.polarity}
    assert not any(head == "act" or term == "annul" for _, term, head, _ in taken), taken
    assert ("Carla Ortiz", "count", "", -1) in taken, taken


def test_a_clause_set_off_to_describe_the_subject_lies_outside_the_stance(model):
    # what the staff knew is no part of what the column recommends for them; what officials decided is theirs
    _, statements = statements_of([
        "The technical staff, who knew perfectly well what the energy act meant and were never asked, must be given a formal role.",
        "A group of officials decided that the energy act was good enough."], model, kind="opinion", authors=["Carla Ortiz"])
    polar = [(r.term, r.head, r.polarity) for s in statements for r in s.readings if r.polarity]
    assert not any(term in ("energy", "energy act") or head == "act" for term, head, _ in polar), polar


def test_the_draft_is_the_issue_labelled_by_that_noun(model):
    # "the Tunisian draft" where one issue is "Draft resolution" and another, more argued, is named nearer
    from briefing.pipeline.positions import _implicit_issue, concept_of
    _, statements = statements_of(["Tunisia has circulated a resolution on the dispute.",
                                   "Egypt said the dam threatened its water supply.",
                                   "Mariam al-Mahdi called on the council to support the Tunisian draft."], model)
    reading = next(r for s in statements if "Mahdi" in s.actor_name for r in s.readings if r.head == "draft")
    dam, resolution = {concept_of("dam")}, {concept_of("resolution"), concept_of("tunisian draft resolution")}
    assert _implicit_issue(reading, [dam, resolution], [9, 2], labelled={"Draft resolution": 1}) == resolution


def test_a_clause_set_off_to_comment_on_a_measure_does_not_say_which_measure_it_is(model):
    # ", which would be a blow to press freedom" comments on the bill named before; the stance is on that bill
    _, statements = statements_of([
        "The ministry published the broadcasting bill in March.",
        '"Parliament should withdraw this bill, which would be a serious blow to press freedom," said the '
        "Federation of Journalists."], model)
    polar = [(r.term, r.head, r.polarity) for s in statements for r in s.readings if r.polarity]
    assert ("", "bill", -1) in polar, polar


def test_an_adjective_that_says_what_kind_of_system_it_is_names_the_measure(model):
    # "a parliamentary system" is a kind of system argued about; "the new system" and "the final law" are the one
    # named before
    _, statements = statements_of([
        "The Liberal Forum has long opposed a parliamentary system.",
        "Ms Varga said the new system was unfair and that she would vote against the final law."], model)
    polar = [(r.term, r.head, r.polarity) for s in statements for r in s.readings if r.polarity]
    assert ("parliamentary system", "system", -1) in polar, polar
    assert ("", "system", -1) in polar and ("", "law", -1) in polar, polar


def test_what_someone_has_not_explained_is_no_statement_of_theirs(model):
    # in a column: the minister's claim is hers, what she "has not explained" is the columnist's reproach
    _, statements = statements_of([
        "The treaty was signed in June, and Prime Minister Ana Lind has campaigned for it since.",
        "Ms Lind says this is the best agreement that can be achieved; she may be right, but she has not explained "
        "why voters should trust the same people."],
        model, kind="opinion", authors=["Carla Ortiz"])
    lind = [r.polarity for s in statements if s.actor_name == "Ana Lind" for r in s.readings if r.polarity]
    assert lind and all(p > 0 for p in lind), [(s.actor_name, s.readings) for s in statements]


def test_a_name_the_parser_took_for_a_negation_negates_nothing(model):
    # the small model tags "Nguyễn" as a negation of "said"
    _, statements = statements_of([
        "Nguyễn Văn Đọc, the secretary of the provincial party committee, said the province remained fully "
        "committed to the project."], model)
    polar = [r.polarity for s in statements for r in s.readings if r.polarity]
    assert polar == [1], [s.readings for s in statements]


def test_negated_stop_supports_dialogue_in_an_opinion_piece(model):
    _, statements = statements_of(
        ["Concern over a wedge developing in the alliance is not misplaced, but the risks are manageable and "
         "should not stop the two Koreas from dialogue."],
        model, kind="opinion", authors=["Eric Gomez"],
    )
    theses = [s for s in statements if s.kind == "thesis"]
    assert theses and theses[0].actor_name == "Eric Gomez"
    assert stance_of(theses[0], TALKS) == "support"


def test_negated_support_is_opposition(model):
    _, statements = statements_of(
        ["Labour's shadow chancellor, Anne Cole, said her party would not support further sanctions."], model
    )
    assert stances(statements, SANCTIONS, "Cole") == ["oppose"]


def test_a_clause_spliced_on_with_a_comma_is_not_the_complement_of_the_next(model):
    # the parser hangs "we oppose closing ..." on "we opposed it" as its complement: two oppositions are not a
    # double negation
    _, statements = statements_of([
        '"I respect the council. Let me be clear: we oppose closing Kupiecka to cars, we opposed it on the first '
        'day and we will keep opposing it," Henryk Wolny said.',
    ], model)
    closing = Issue("closing", "Closing Kupiecka to cars", ["closing", "closure"])
    assert stances(statements, closing, "Wolny") == ["oppose"]
    # nor is a clause after a colon the complement of the verb before it, unless that verb says or thinks
    _, statements = statements_of([
        "So let me say it plainly, because on my stretch of the street it is not a popular thing to say: I "
        "support closing Kupiecka to cars, and I ticked the box saying so on the consultation form.",
    ], model, kind="opinion", authors=["Lucja Nowak"])
    assert stances(statements, closing, "Nowak") == ["support"]


# --- evaluation, implicit targets, hedging ------------------------------------------------------------
def test_going_to_fail_refers_back_to_the_talks(model):
    _, statements = statements_of(
        ['The two governments agreed on Tuesday to hold talks next week.',
         '"I think in the interim there\'ll be a temporary reduction in tensions, but ultimately this is going '
         'to fail," said Evan Medeiros, who heads the Eurasia Group\'s coverage of the Asia-Pacific region.'],
        model,
    )
    assert stances(statements, TALKS, "Medeiros") == ["oppose"]


def test_perhaps_good_perhaps_not_is_mixed(model):
    _, statements = statements_of(
        ['"Rocket man now wants to talk to South Korea for first time," President Trump tweeted. '
         '"Perhaps that is good news, perhaps not — we will see!"'],
        model,
    )
    assert "mixed" in stances(statements, Issue("talks", "talks", ["talk"]), "Trump")


def test_hedged_statement_is_marked(model):
    _, statements = statements_of(
        ["The mayor, Ruth Adams, said the new dialogue could perhaps help the city."], model
    )
    readings = [r for s in statements if "Adams" in s.actor_name for r in s.readings if r.term == "dialogue"]
    assert readings and readings[0].polarity > 0 and readings[0].hedged


def test_third_party_attitudes_are_not_the_speakers(model):
    # Klingner reports what "the world" does; he does not himself encourage participation
    _, statements = statements_of(
        ['"In response to North Korea\'s human rights violations, the world allows and even encourages North '
         'Korea to participate," said Bruce Klingner, senior research fellow at the Heritage Foundation.'],
        model,
    )
    olympic_participation = Issue("participation", "participation", ["participate"])
    assert "support" not in stances(statements, olympic_participation, "Klingner")


# --- statements ------------------------------------------------------------------------------------------
def test_statements_are_verbatim_spans_of_the_body(seeds):
    articles, statements, _, _ = seeds
    bodies = {a.id: a.body for a in articles}
    all_statements = [s for group in statements.values() for s in group]
    assert len(all_statements) > 30
    for statement in all_statements:
        assert bodies[statement.article][statement.start : statement.end] == statement.text
        assert "\n\n" not in statement.text  # never runs over a paragraph break


def test_every_attributed_quote_is_a_statement(seeds, model):
    articles, statements, _, _ = seeds
    for article in articles:
        _, analysis = analyse(article, model)
        quote_ids = {s.quote for s in statements[article.id] if s.kind == "quote"}
        for quote in analysis.quotes:
            if quote.kind == "direct" and quote.speaker_name:
                assert quote.id in quote_ids, quote.text
            elif quote.speaker_name:  # a partial quote lies inside a statement of its speaker
                assert any(
                    s.actor_name == quote.speaker_name and s.start <= quote.start and quote.end <= s.end
                    for s in statements[article.id]
                ), quote.text


def test_reported_speech_after_a_pronoun_is_attributed(model):
    _, statements = statements_of(
        ["Kim Jong Un delivered his New Year's Day speech on Monday.",
         "He said he wanted to ease tensions with the South and suggested that the two sides meet to discuss the idea."],
        model,
    )
    reported = [s for s in statements if s.kind == "reported"]
    assert reported and reported[0].actor_name == "Kim Jong Un"
    # "suggested that the two sides meet": meeting is talks by derivation and family
    assert stance_of(reported[0], Issue("talks", "talks", ["talks", "meeting"])) == "support"


# --- issues ----------------------------------------------------------------------------------------------
def shipped_issues() -> list[dict]:
    """The ``issues:`` of the shipped mkdocs.yml: the seeds' user names their two questions there."""
    return plugin_options(ROOT / "mkdocs.yml")["issues"]


def test_discovered_issues_include_talks_and_no_topic_table(seeds):
    _, statements, _, _ = seeds
    issues = discover_issues(statements)
    labels = [issue.label for issue in issues]
    assert [i for i in issues if "talk" in i.keywords], labels
    # no table joins words: "dialogue" is discovered as a question of its own
    assert not [i for i in issues if {"talk", "dialogue"} <= set(i.keywords)], labels


def test_shipped_issues_gather_their_words(seeds):
    _, statements, _, _ = seeds
    issues = discover_issues(statements, user_issues=shipped_issues())
    assert [i.label for i in issues[:2]] == ["Talks between the two Koreas", "North Korea's participation in the Olympics"]
    assert not any(i not in issues[:2] and {"talk", "dialogue", "attend"} & set(i.keywords) for i in issues)


def test_user_issues_take_precedence_and_rename(seeds):
    _, statements, _, _ = seeds
    issues = discover_issues(statements, user_issues=[{"label": "Inter-Korean talks", "keywords": ["talks"]}])
    assert issues[0].label == "Inter-Korean talks" and issues[0].id == "inter-korean-talks"
    assert "talk" in issues[0].keywords  # the discovered issue joins the user's issue
    assert not any(i is not issues[0] and "talk" in i.keywords for i in issues)


def test_user_issue_with_words_not_in_the_corpus_is_kept(seeds):
    _, statements, _, _ = seeds
    issues = discover_issues(statements, user_issues=[{"label": "Climate", "keywords": ["carbon", "emissions"]}])
    assert issues[0].label == "Climate" and issues[0].keywords == ["carbon", "emissions"]


# --- aggregation ------------------------------------------------------------------------------------------
def test_statements_pulling_both_ways_aggregate_to_mixed_with_all_evidence(model):
    article, statements = statements_of(
        ["Health secretary Sarah Lane said on Tuesday that she welcomed the sugar tax.",
         "But Lane later warned against the tax, saying it would hurt poorer families."],
        model, article_id="bbc-sugar",
    )
    tax = Issue("sugar-tax", "sugar tax", ["tax"])
    actor_ids = {(article.id, s.actor_name): "sarah-lane" for s in statements}
    positions = link_positions([article], statements, actor_ids, [tax])
    lane = [p for p in positions if p.actor == "sarah-lane"]
    assert len(lane) == 1 and lane[0].stance == "mixed"
    assert len(lane[0].evidence) == 2
    for evidence in lane[0].evidence:
        assert evidence.text in article.body


def test_link_positions_on_the_seeds_keeps_verbatim_evidence(seeds):
    articles, statements, actors, actor_ids = seeds
    issues = discover_issues(statements, user_issues=shipped_issues())
    positions = link_positions(articles, statements, actor_ids, issues)
    bodies = {a.id: a.body for a in articles}
    assert positions
    names = {a.id: a.name for a in actors}
    for position in positions:
        assert position.evidence and position.stance in ("support", "oppose", "mixed")
        for evidence in position.evidence:
            assert evidence.text in bodies[evidence.article]
    talks = next(i for i in issues if "dialogue" in i.keywords)
    on_talks = {names[p.actor]: p.stance for p in positions if p.issue == talks.id}
    assert on_talks.get("Moon Jae-in") == "support"
    assert on_talks.get("Heather Nauert") in ("oppose", "mixed")


def test_statement_dataclass_defaults():
    statement = Statement("a", "X", "text", 0, 4, 0)
    assert statement.kind == "reported" and statement.quote is None and statement.readings == []


def test_issue_discovery_on_a_corpus_of_another_topic(model):
    # Three short pieces in BBC / Guardian / AP styles about a city congestion charge: the charge is the issue.
    pieces = {
        "bbc": ["The mayor, Sadiq Patel, said on Monday he supports the congestion charge for the city centre.",
                "Business leader Karen Hughes said her members oppose the congestion charge, which she called a costly mistake."],
        "guardian": ["Campaigners welcomed the congestion charge, calling it a chance to clean the air.",
                     '"We are deeply sceptical of the congestion charge," said Tom Riley, who chairs the drivers\' association.'],
        "ap": ["Transport minister Lucy Grant said the government would not block the congestion charge.",
               "Critics have warned the charge will hurt small shops."],
    }
    articles, statements, analyses = corpus_of(pieces, model, title="Charge")
    issues = discover_issues(statements)
    charge = next((i for i in issues if "charge" in i.keywords), None)
    assert charge is not None, [i.label for i in issues]
    _, actor_ids = link_actors(articles, analyses, ActorOptions())
    positions = link_positions(articles, statements, actor_ids, issues)
    by_actor = {p.actor: p.stance for p in positions if p.issue == charge.id}
    assert by_actor.get("sadiq-patel") == "support"
    assert by_actor.get("karen-hughes") == "oppose"
    assert by_actor.get("tom-riley") == "oppose"
    assert by_actor.get("lucy-grant") == "support"


# --- policies named by what they act on, and junk issues (sentences in the style of other publishers) ------
def test_welcoming_a_ban_supports_the_ban_not_opposes_its_object(model):
    # BBC style: "ban" is a negative cue, but welcoming the car ban is support for the ban, and the issue is
    # the ban, not cars
    _, statements = statements_of(
        ["Priya Shah, director of the Bristol Cycle Campaign, welcomed the car ban.",
         "Linda Marsh, of the Bristol Chamber of Commerce, argued that the council should scrap the ban."],
        model,
    )
    ban = Issue("car-ban", "Car ban", ["car ban", "ban"])
    assert stances(statements, ban, "Shah") == ["support"]
    assert stances(statements, ban, "Marsh") == ["oppose"]
    assert stances(statements, Issue("cars", "cars", ["car"]), "Shah") == []


def test_lifting_or_removing_a_measure_is_a_policy_of_its_own_and_not_lifting_it_is_against(model):
    _, statements = statements_of([
        "Premier Blaine Hutchison said he fully supported lifting the mandate.",
        "\"We are asking the government not to lift the mandate in long-term care,\" said Linda Comeau.",
        "Teacher Ann Roe said the removal of the fuel subsidy was cruel.",
    ], model)
    lifting = Issue("mandate-lifting", "Mandate lifting", ["mandate lifting"], opposite=["mandate"])
    assert stances(statements, lifting, "Hutchison") == ["support"]
    assert stances(statements, lifting, "Comeau") == ["oppose"]
    removal = Issue("subsidy-removal", "Subsidy removal", ["subsidy removal"], opposite=["subsidy"])
    assert stances(statements, removal, "Roe") == ["oppose"]


def test_issue_discovery_keeps_the_debated_policy_and_drops_incidental_nouns(model):
    # Reuters / RTE / AP styles about one wage rise: "the increase" and "the plan" refer back to it, and a
    # single speaker's "safe streets" or "employers" is no issue of the corpus.
    pieces = {
        "reuters": ["Employment Minister Aoife Brennan proposed raising the minimum wage to 15 euros an hour.",
                    "Conor Walsh, chief executive of Ibec, said employers oppose the minimum wage increase."],
        "rte": ["The Small Firms Association said the Government should scrap the increase.",
                "Siobhan Kearney of the Irish Congress of Trade Unions said she supported the increase and wanted safe streets."],
        "ap": ["Opposition spokesman Niall Byrne said his party would not oppose the minimum wage bill.",
               "Economist Liam Doyle said the plan was a sensible step."],
    }
    articles, statements, analyses = corpus_of(pieces, model, title="Wage")
    issues = discover_issues(statements)
    assert [i for i in issues if "wage" in i.keywords], [i.label for i in issues]
    assert not [i for i in issues if {"street", "employer"} & set(i.keywords)], [i.label for i in issues]
    _, actor_ids = link_actors(articles, analyses, ActorOptions())
    positions = link_positions(articles, statements, actor_ids, issues)
    wage = next(i for i in issues if "wage" in i.keywords)
    by_actor = {p.actor: p.stance for p in positions if p.issue == wage.id}
    assert by_actor.get("aoife-brennan") == "support"
    assert by_actor.get("siobhan-kearney") == "support"
    assert by_actor.get("niall-byrne") == "support"


def test_statement_and_reading_export_as_dicts():
    statement = Statement("a", "X", "text", 0, 4, 0)
    assert statement.as_dict()["actor_name"] == "X" and statement.as_dict()["readings"] == []


# --- contrasts, reservations, losses (audit on other publishers' stories) -------------------------------
CHARGE = Issue("congestion-charge", "Congestion charge", ["congestion charge", "charge"])
SUGAR_TAX = Issue("sugar-tax", "Sugar tax", ["sugar tax", "tax"])


def test_concession_then_but_clause_is_not_plain_support(model):
    # "not against X, but <judgement without a target of its own>": the judgement is about X
    _, statements = statements_of(
        ['"We are not against a congestion charge, but doubling it overnight is a gamble," said Tom Reyes, '
         "head of the hauliers' association."],
        model,
    )
    found = stances(statements, CHARGE, "Reyes")
    assert found and "support" not in found, found


def test_support_in_principle_but_wary_of_raising_it_is_mixed(model):
    # "it" after a policy verb ("raising it") is the tax named earlier in the sentence
    _, statements = statements_of(
        ["Health Minister Carol Nye said she backed a sugar tax in principle but was wary of raising it "
         "this year."],
        model,
    )
    assert stances(statements, SUGAR_TAX, "Nye") == ["mixed"]


def test_but_clause_with_a_target_of_its_own_leaves_the_first_alone(model):
    _, statements = statements_of(
        ["Mayor Ann Field said she would not oppose the congestion charge, but opening new bus lanes was the "
         "priority."],
        model,
    )
    assert stances(statements, CHARGE, "Field") == ["support"]


def test_not_going_far_enough_supports_the_direction(model):
    _, statements = statements_of(
        ["Tenants' union leader Maria Lopez said the rent cap was long overdue but did not go far enough."], model
    )
    assert stances(statements, Issue("rent-cap", "Rent cap", ["rent cap", "cap"]), "Lopez") == ["support"]


def test_going_too_far_is_opposition(model):
    _, statements = statements_of(
        ["Landlords' spokesman Peter Hale said the rent cap went too far."], model
    )
    assert stances(statements, Issue("rent-cap", "Rent cap", ["rent cap", "cap"]), "Hale") == ["oppose"]


def test_a_loss_to_the_speaker_is_opposition_but_a_price_is_not(model):
    _, statements = statements_of(
        ["Cafe owner Dan Price said the congestion charge would cost him customers.",
         "Council leader Ruth Ames said the congestion charge would cost 40 million pounds to set up."],
        model,
    )
    assert stances(statements, CHARGE, "Price") == ["oppose"]
    assert "oppose" not in stances(statements, CHARGE, "Ames")


def test_he_after_a_reporting_verb_is_its_speaker_not_the_previous_person(model):
    _, statements = statements_of(
        ["Retail lobbyist Jane Doe warned of shop closures.",
         "Treasury Minister Paul Grey said he supported a sugar tax but was wary of raising it this year."],
        model,
    )
    assert stances(statements, SUGAR_TAX, "Grey")
    assert not [s for s in statements if s.actor_name == "Jane Doe" and "Grey" in s.text]


def test_urging_a_vote_without_delay_is_support(model):
    _, statements = statements_of(
        ["Ministers have proposed a sugar tax on soft drinks.",
         "Dentist Ruth Ames urged MPs to pass the tax without delay."],
        model,
    )
    assert stances(statements, SUGAR_TAX, "Ames") == ["support"]


def test_dismissing_criticism_of_a_policy_is_support(model):
    _, statements = statements_of(
        ["Shopkeepers have attacked the congestion charge.",
         "Mayor Ann Field dismissed the criticism."],
        model,
    )
    assert stances(statements, CHARGE, "Field") == ["support"]


def test_holder_of_an_attitude_is_not_its_target(model):
    _, statements = statements_of(
        ["Industry chief Conor Byrne said employers remained opposed to the congestion charge."], model
    )
    assert "oppose" not in stances(statements, Issue("employers", "Employers", ["employer"]), "Byrne")


def test_opinion_recommendation_to_go_ahead_is_the_authors_support(model):
    _, statements = statements_of(
        ["Leeds should press ahead with its congestion charge.",
         "The hauliers' lobby is wrong to oppose the charge."],
        model, kind="opinion", authors=["Jane Roe"],
    )
    assert stances(statements, CHARGE, "Jane Roe") == ["support", "support"]
    assert not [s for s in statements if s.actor_name == "Leeds"]  # advice to Leeds is not Leeds' act


def test_issue_label_is_the_name_most_mentions_use(model):
    pieces = {
        "bbc": ["Pensions minister Ann Cole said she supported a higher state pension.",
                "Economist Bill Hart said the state pension was a costly mistake."],
        "guardian": ["Campaigner Joe Bright welcomed the state pension rise.",
                     "Tax adviser Sue Lane said the pension rise was reckless."],
    }
    _, statements, _ = corpus_of(pieces, model, title="Pensions")
    issues = discover_issues(statements)
    assert [i.label for i in issues if "pension" in i.keywords] == ["State pension"], [i.label for i in issues]


# --- statement shapes and issue discovery without a topic table (sentences written for these tests) -----------
LEVY = Issue("levy", "Parking levy", ["levy", "parking levy"])
INQUIRY = Issue("inquiry", "An inquiry", ["inquiry"])
REPORT = Issue("report", "Publication of the report", ["publish", "publication", "report"])


def test_characterising_the_policy_is_a_stance_on_it(model):
    _, statements = statements_of(
        ["Shoppers' group leader Nadia Osei branded the parking levy a waste of money and \"deeply unfair\"."], model
    )
    assert stances(statements, LEVY, "Osei") == ["oppose"]


def test_joining_calls_for_something_supports_it_but_facing_them_does_not(model):
    _, statements = statements_of(
        ["Councillor Raj Patel joined calls for an inquiry into the contract.",
         "Mayor Jill Brandt faced calls for an inquiry from opposition councillors."],
        model,
    )
    assert stances(statements, INQUIRY, "Patel") == ["support"]
    assert "support" not in stances(statements, INQUIRY, "Brandt")


def test_a_call_by_someone_is_their_statement(model):
    _, statements = statements_of(
        ["The minister faced a call by former auditor general Helen Moss to publish the full report."], model
    )
    assert stances(statements, REPORT, "Moss") == ["support"]


def test_recommended_action_and_judgement_said_of_the_policy(model):
    _, statements = statements_of(
        ["Campaigner Tom Reid said the report should now be published.",
         "Union official Ana Lima said the parking levy was a travesty."],
        model,
    )
    assert stances(statements, REPORT, "Reid") == ["support"]
    assert stances(statements, LEVY, "Lima") == ["oppose"]


def test_what_someone_is_accused_of_is_not_the_speakers_stance(model):
    _, statements = statements_of(
        ["Council leader Mark Dunn accused critics of spreading myths that the parking levy would hurt poorer families."],
        model,
    )
    assert "oppose" not in stances(statements, LEVY, "Dunn")


def test_coordinated_subjects_each_hold_the_stance(model):
    _, statements = statements_of(
        ["The Green Party and the Automobile Association say they oppose the parking levy."], model
    )
    holders = {s.actor_name for s in statements if stance_of(s, LEVY) == "oppose"}
    assert len(holders) == 2, holders


def test_a_policy_framed_both_ways_is_one_issue_with_stances_normalised(model):
    pieces = {
        "a": ["The council's ban on street parking came into force in Leeds on Monday.",
              "Residents' spokesman Paul Kerr said the parking ban was unfair.",
              "Cycling campaigner Amy Shaw welcomed the parking ban."],
        "b": ["Leeds parking ban divides residents",
              "Shop owner Bill Grant said he supported street parking and wanted the ban scrapped.",
              "Amy Shaw said the ban would make the streets safer and she backed the ban."],
    }
    _, statements, _ = corpus_of(pieces, model, title="Parking ban")
    issues = discover_issues(statements)
    bans = [i for i in issues if "ban" in " ".join(i.keywords)]
    assert len(bans) == 1, [(i.label, i.keywords) for i in issues]
    assert not [i for i in issues if i is not bans[0] and "parking" in i.keywords], [i.label for i in issues]


def test_passive_aims_and_manner_are_the_speakers_stance(model):
    # a repeal the speaker recommends or aims at, with no agent, is still the speaker's stance; so is how
    # badly a thing was made
    _, statements = statements_of([
        "Labour MP Jane Smith said the ban should be repealed.",
        "Conservative spokeswoman Ann Lee said a new government would make sure the ban was repealed.",
        "Farmer Tom Wright said the ban was badly thought out.",
        "Council clerk Mary Jones said the ban was lifted on Monday.",
    ], model)
    ban = Issue("ban", "ban", ["ban"])
    assert stances(statements, ban, "Jane Smith") == ["oppose"]
    assert stances(statements, ban, "Ann Lee") == ["oppose"]
    assert stances(statements, ban, "Tom Wright") == ["oppose"]
    assert stances(statements, ban, "Mary Jones") in ([], ["neutral"])  # a report of what happened


def test_hearsay_about_an_actor_is_not_the_actors_statement(model):
    _, statements = statements_of([
        "Charles Kennedy told the BBC that Mr Clarke had been reported to be less enthusiastic about ID cards.",
        "Mr Clarke is said to be unhappy with the ID cards.",
    ], model)
    cards = Issue("cards", "ID cards", ["card"])
    assert not [s for s in stances(statements, cards, "Clarke") if s != "neutral"]


def test_requests_and_motions_are_for_what_they_ask(model):
    _, statements = statements_of([
        "Councillor Brent Okafor will table a motion asking council to hold a binding plebiscite.",
        "Councillor Rohan Dixit tabled an amendment to exempt delivery vans from the charge.",
        "Activist Mike Hobday called on the hunts to respect the law.",
    ], model)
    assert stances(statements, Issue("plebiscite", "plebiscite", ["plebiscite"]), "Okafor") == ["support"]
    assert "support" in stances(statements, Issue("exempt", "exemption", ["exemption", "exempt"]), "Dixit")
    # who is asked is not what is asked for
    assert stances(statements, Issue("hunt", "hunts", ["hunt"]), "Hobday") in ([], ["neutral"])


def test_a_second_question_argued_inside_a_debate_is_an_issue(model):
    # Three pieces about one rent cap (the debate: headlines name it); inside it, an exemption for small
    # landlords that two people argue about with opposite stances, in two of the pieces, and a value everyone
    # shares ("fairness") that is no question.
    pieces = {
        "council": ("Council votes on rent cap", [
            "The mayor, Sadiq Patel, said on Monday he supports the rent cap for the city.",
            "Councillor Ana Ruiz tabled an amendment to exempt small landlords from the rent cap.",
            "Mr Patel said he opposed the exemption for small landlords.",
        ]),
        "landlords": ("Landlords fight rent cap", [
            "Landlord group chair Karen Hughes said her members oppose the rent cap.",
            "Ms Hughes said she backed the exemption for small landlords.",
        ]),
        "tenants": ("Tenants welcome rent cap", [
            "Tenant organiser Tom Riley welcomed the rent cap, calling it a matter of fairness.",
            "Mr Riley said he rejected any exemption for landlords.",
        ]),
    }
    _, statements, _ = corpus_of(pieces, model)
    issues = discover_issues(statements)
    words = [set(i.keywords) for i in issues]
    assert any("cap" in w or "rent cap" in w for w in words), [i.label for i in issues]
    assert any(any(k.startswith("exempt") for k in w) for w in words), [i.label for i in issues]
    assert not any(any(k.startswith("fair") for k in w) for w in words), [i.label for i in issues]


def test_an_elided_contrast_negates_only_its_own_subject(model):
    _, statements = statements_of(['"The ban is correct, the fine is not," said trader Viren Shah.'], model)
    assert stances(statements, Issue("ban", "ban", ["ban"]), "Shah") == ["support"]
    assert stances(statements, Issue("fine", "fine", ["fine"]), "Shah") == ["oppose"]


def test_a_relative_clause_on_the_speaker_is_the_speakers_act(model):
    _, statements = statements_of([
        "Councillor Brent Okafor, who voted against the arena subsidy, said the city was taking on the risk "
        "while the company kept the profits.",
    ], model)
    assert stances(statements, Issue("subsidy", "arena subsidy", ["subsidy"]), "Okafor") == ["oppose"]
    # what the company keeps is the company's act, not the speaker's stance
    assert stances(statements, Issue("profit", "profits", ["profit"]), "Okafor") in ([], ["neutral"])


# Common shapes of a stance in news copy, each in a sentence of its own (our own writing, no corpus's words).
STANCE_SHAPES = [
    ("Senator Jane Smith, a longtime opponent of the levy, said the vote was rushed.", "oppose"),
    ("Senator Jane Smith is a strong supporter of the levy.", "support"),
    ('Jane Smith said she was "deeply concerned" about the levy.', "oppose"),
    ("Jane Smith said the levy should go ahead.", "support"),
    ("Jane Smith said the levy would protect children.", "support"),
    ("Jane Smith said the levy would not save a single life.", "oppose"),
    ("Jane Smith said she would vote to keep the levy.", "support"),
    ("Jane Smith said she would not support the levy.", "oppose"),
    ("Jane Smith urged lawmakers to reject the levy.", "oppose"),
    ('"The levy will not provide a safe haven for anyone," said Jane Smith.', "oppose"),
    ("Jane Smith said the levy would bring chaos to the city.", "oppose"),
    ("Jane Smith said the levy would end the chaos on the roads.", "support"),
    ("Jane Smith said the levy would abolish free movement in the city.", "oppose"),
    ("Jane Smith said the levy would create chaos in the city.", "oppose"),
    ("Jane Smith said the levy opened the door to abuse.", "oppose"),
    ("Jane Smith said the levy would open the door to corruption.", "oppose"),
    ("Jane Smith said the levy would pave the way for peace.", "support"),
    ("Jane Smith said the levy did not close the door to peace.", "support"),
    ("Jane Smith said the levy puts the city's finances at risk.", "oppose"),
    ("Jane Smith said the levy would place small firms in jeopardy.", "oppose"),
    ("Jane Smith said the levy would put the city in a strong position.", "support"),
    ("Jane Smith said the levy would make the streets safer.", "support"),
    ("Jane Smith said the levy would make the city less safe.", "oppose"),
    ("Jane Smith said the levy would make housing unaffordable.", "oppose"),
    ("Jane Smith said the levy constitutes a betrayal of voters.", "oppose"),
    ("Jane Smith said the levy amounted to theft.", "oppose"),
    ("Jane Smith said the levy was akin to theft.", "oppose"),
    ("Jane Smith said the levy should stay.", "support"),
    ("Jane Smith said the levy penalised the poor.", "oppose"),
    ("Jane Smith blamed the levy for the closure of shops.", "oppose"),
    ("Jane Smith warned the levy would backfire.", "oppose"),
    ("Jane Smith said the levy was a tax grab.", "oppose"),
    ("Jane Smith said the levy would allow abuse.", "oppose"),
    ("Jane Smith said the levy would enable better services.", "support"),
    ("Jane Smith said the levy would allow landlords to abuse tenants.", "oppose"),
    ("Jane Smith criticised the council for introducing the levy.", "oppose"),
    ("Jane Smith criticised the council for scrapping the levy.", "support"),
    ("Jane Smith praised the council for introducing the levy.", "support"),
    ("Jane Smith accused the mayor of blocking the levy.", "support"),
    ("Jane Smith said the levy was the fairest way of asking everyone to contribute.", "support"),
    ("Jane Smith said the levy was the cruellest tax in a generation.", "oppose"),
    # a shifter is judged by what it ends, not by its own word's other senses ("cut" rated negative)
    ("Jane Smith said the levy would cut crime.", "support"),
    ("Jane Smith said the levy would cut congestion.", "support"),
    ("Jane Smith said the levy would cut jobs.", "oppose"),
    # (but a shifter general English rates strongly judges by itself: weakening is bad)
    ("Jane Smith said the levy would weaken the alliance.", "oppose"),
    ("Jane Smith said the levy would reduce pollution.", "support"),
    ("Jane Smith said the levy was irrelevant.", "oppose"),
    # what it is at most is what it is
    ("Jane Smith said the levy was nothing more than a gimmick.", "oppose"),
    ("Jane Smith said the levy was little more than a tax grab.", "oppose"),
    # what it would (not) achieve
    ("Jane Smith said the levy would do nothing to cut congestion.", "oppose"),
    ("Jane Smith said the levy does little to help renters.", "oppose"),
    ("Jane Smith said the levy would do much to reduce pollution.", "support"),
    ("Jane Smith said the levy would not do anything to cut congestion.", "oppose"),
    # a protest threatened on a condition is against what the condition opposes
    ("Jane Smith said unions would organise a general strike if the government does not withdraw the levy.", "oppose"),
    ('"We are prepared to strike unless the levy is dropped," Jane Smith said.', "oppose"),
    ('"We will strike if the council scraps the levy," Jane Smith said.', "support"),
    ("Jane Smith called the levy an attack on working families.", "oppose"),
    # a side of the ballot, capitalised, without "a"
    ("Jane Smith has campaigned for No in the referendum on the levy.", "oppose"),
    ("Jane Smith has campaigned for Yes in the referendum on the levy.", "support"),
    ("Jane Smith recommends a no in the referendum on the levy.", "oppose"),
    ("Jane Smith recommends a yes in the referendum on the levy.", "support"),
    # what it gives some it takes from others
    ("Jane Smith said the levy benefited landlords at the expense of tenants.", "oppose"),
    # what a body is urged to make others accept, the speaker wants
    ("Jane Smith said the council should force landlords to accept the levy.", "support"),
    # what a characterising verb calls it, though general English rates the adjective only mildly
    ("Jane Smith described the levy as insensitive.", "oppose"),
    ("Jane Smith called the levy rigid.", "oppose"),
    # at odds with a law is unlawful
    ("Jane Smith said the levy was contrary to the constitution.", "oppose"),
    ("Jane Smith said the levy was incompatible with the convention on human rights.", "oppose"),
]


# Shapes close to those above that take no stance on the levy
STANCELESS_SHAPES = [
    # "put ... at risk" judges the levy by the place; "put ... in place" names no place general English rates
    "Jane Smith said the levy would put a new system in place.",
    # easier for whom? no praise of the levy
    "Jane Smith said the levy would make it easier for landlords to evict tenants.",
    # how much, not whether it is good
    "Jane Smith said the levy amounted to 5 per cent of income.",
    # when it ends is no view of whether it should
    "Jane Smith said the levy would stay in place until 2030.",
    # what it lets happen, unrated: no praise of it ("allow" is an attitude when a person allows)
    "Jane Smith said the levy would allow the construction of hotels.",
    # what the council is blamed for takes no side on the levy
    "Jane Smith criticised the council for discussing the levy behind closed doors.",
    # a degree general English does not rate ("latest", "fastest") is no verdict
    "Jane Smith said the levy was the latest in a series of charges.",
    # what it cuts, unrated: no verdict (before: against it, for the word "cut")
    "Jane Smith said the levy would cut the number of parking permits.",
    # at most an unrated thing, or an amount: no verdict
    "Jane Smith said the levy was little more than a formality.",
    "Jane Smith said the levy raised little more than a million pounds.",
    # achieving nothing general English rates
    "Jane Smith said the levy would do nothing to change the timetable.",
    # an adjective general English does not rate at all
    "Jane Smith described the levy as temporary.",
    # at odds with what is expected, not with a law
    "Jane Smith said the levy, contrary to expectations, had raised more than planned.",
]


def levy_stances(sentence, model):
    _, statements = statements_of(["The council debated the transport budget on Monday.", sentence], model)
    return stances(statements, Issue("levy", "levy", ["levy"]), "Smith")


@pytest.mark.parametrize("sentence,expected", STANCE_SHAPES)
def test_common_stance_shapes(model, sentence, expected):
    found = levy_stances(sentence, model)
    assert expected in found and all(s in (expected, "neutral") for s in found), found


@pytest.mark.parametrize("sentence", STANCELESS_SHAPES)
def test_shapes_that_take_no_stance(model, sentence):
    found = levy_stances(sentence, model)
    assert not {"support", "oppose", "mixed"} & set(found), found


def test_a_thing_that_hands_something_over_is_judged_by_what_it_hands_not_by_the_word_hand(model):
    # VADER rates "hand" +2.2 (for "give a hand"); handing over the city's future is no praise of the levy
    assert "support" not in levy_stances("Jane Smith said the levy would hand the city's future to one company.", model)


def test_a_participle_saying_what_kind_of_thing_a_noun_is_judges_nothing(model):
    # "amounting to house arrest" says what the order is; general English rating "arrest" is no one's verdict on it
    _, statements = statements_of(["The council debated the security bill on Monday.",
                                   "Jane Smith said the strictest control order, amounting to house arrest, would be "
                                   "imposed by judges."], model)
    found = stances(statements, Issue("house-arrest", "house arrest", ["house", "arrest"]), "Smith")
    assert not {"support", "oppose"} & set(found), found


def test_who_someone_argues_should_act_takes_no_stance_by_it(model):
    # "argued for the party to reject the levy": what some members want the party to do, not the party's act
    _, statements = statements_of(["The Labour Party will vote for the transport levy, its leader said on Monday.",
                                   "Some Labour members of parliament were said to have argued during the meeting for "
                                   "the party to reject the levy."], model)
    found = stances(statements, Issue("levy", "levy", ["levy"]), "Labour")
    assert "support" in found and "oppose" not in found, found


def test_a_party_leader_telling_how_the_party_will_vote_gives_the_party_its_stance(model):
    # "the Conservatives" (a party known by its members) is the body "the Conservative leader" speaks for; what
    # they vote against is the act "abolishing", not the holiday's abolition by them
    paragraphs = ["The Conservative leader, Jane Smith, said her party fully backed raising defence spending.",
                  "But she said the Conservatives would vote against abolishing the levy, arguing that the money "
                  "could be found by cutting elsewhere in the public sector."]
    _, statements = statements_of(paragraphs, model)
    abolition = Issue("levy-abolition", "Levy abolition", ["levy abolition", "abolition"], opposite=["levy"])
    assert stances(statements, abolition, "Conservatives") == ["oppose"]
    assert "support" in stances(statements, Issue("levy", "levy", ["levy"]), "Conservatives")


def test_a_door_a_thing_opens_to_nothing_rated_is_no_stance_on_it(model):
    # "open the door to talks" is a speaker's willingness; a levy opening a door is judged by where it leads
    assert "support" not in levy_stances("Jane Smith said the levy would open the door to the council chamber.", model)


def test_a_suggestion_told_in_a_tense_is_a_claim_and_one_put_forward_a_proposal(model):
    def found(sentence):
        return levy_stances(sentence, model)

    # what she says happened to the levy is no proposal of it
    assert "support" not in found("Jane Smith suggested that the levy was being drafted abroad.")
    assert "support" not in found("Jane Smith insisted that the levy had been written by officials.")
    # what she puts forward is
    assert "support" in found("Jane Smith proposed that the levy be extended to vans.")
    assert "support" in found("Jane Smith suggested that the council should keep the levy.")


def test_an_actors_motion_is_what_that_actor_proposes(model):
    # two questions in one debate; "Okafor's motion" is the plebiscite he asks for, not the arena most people
    # argue about
    pieces = {
        "vote": ("Council approves arena deal", [
            "Councillor Brent Okafor will table a motion asking council to hold a binding plebiscite.",
            "Mayor Karen Lindqvist backed the new arena and said she opposed a plebiscite.",
            "Councillor Ann Lee supported the new arena.",
        ]),
        "fight": ("Arena fight heads to a plebiscite", [
            "Councillor Sylvie Tremblay said the new arena was good for the city.",
            "Taxpayer advocate Glen Matheson said he wanted a plebiscite on the arena.",
            "Councillor Sylvie Tremblay said she would vote against Brent Okafor's motion.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    plebiscite = next((i for i in issues if any(k.startswith("plebiscit") for k in i.keywords)), None)
    assert plebiscite is not None, [i.label for i in issues]
    _, actor_ids = link_actors(articles, analyses, ActorOptions())
    positions = link_positions(articles, statements, actor_ids, issues)
    tremblay = {p.issue: p.stance for p in positions if p.actor == "sylvie-tremblay"}
    assert tremblay.get(plebiscite.id) == "oppose", (tremblay, [i.label for i in issues])


def test_what_a_decision_holds_is_the_deciders_claim(model):
    # attacking a ruling is no stance on what the ruling says is unlawful
    _, statements = statements_of([
        "Former minister Jack Straw has attacked the decision by the court that detaining suspects without trial "
        "breaks human rights laws.",
    ], model)
    assert "oppose" not in stances(statements, Issue("detention", "detention", ["detain", "detention"]), "Straw")


def test_a_question_takes_no_stance_but_a_rhetorical_one_does(model):
    ban = Issue("ban", "phone ban", ["ban"])
    _, statements = statements_of(
        ['"Do you support the ban?" the presenter Ruth Dolan asked Conor Madigan.',
         '"Is the ban a good idea or a gimmick?" Ruth Dolan said.',
         '"Wouldn\'t it be better to scrap the ban and start again?" Conor Madigan said.'], model)
    assert stances(statements, ban, "Dolan") == []
    assert stances(statements, ban, "Madigan") == ["oppose"]


def test_an_officer_voices_the_stance_of_the_organisation_their_role_names(model):
    directive = Issue("directive", "cashless directive", ["directive", "cashless"])
    _, statements = statements_of(
        ["LBWU chairman Comrade Rasheed Alimi spoke after the union's meeting.",
         '"The LBWU rejects the cashless directive totally," Alimi said.',
         '"The commuters\' association rejects the directive too," Alimi added.'], model)
    assert stances(statements, directive, "LBWU") == ["oppose"]
    assert stances(statements, directive, "association") == []  # not his organisation: his claim about it


def test_an_article_whose_headline_names_the_head_of_a_named_issue_argues_it(model):
    # the issue is named "the Zelcor ban" where it is announced; a story headlined "... spray ban" quotes a farmer
    # against "this ban" and belongs to the same debate
    pieces = {
        "announce": ("Government to ban Zelcor by 2028", [
            "The Government will ban the herbicide Zelcor from 2028, Environment Minister Aroha Tane said.",
            "Opposition spokesman Bruce Hallett said his party would repeal the Zelcor ban.",
            "Environmental group Clean Rivers welcomed the Zelcor ban but said it came too late."]),
        "column": ("The Zelcor ban is right", [
            "Columnist Moana Grieve said the Zelcor ban was the right decision.",
            "Bruce Hallett said the Zelcor ban would bankrupt farmers.",
            "Aroha Tane said the Zelcor ban would protect the rivers."]),
        "farmers": ("Growers brace for spray ban", [
            "Arable farmer Graham Petley has sprayed Zelcor on his paddocks for 22 years.",
            '"I\'m against this ban, and so is every grower I\'ve spoken to," Mr Petley said.']),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    ban = next((i for i in issues if "ban" in i.keywords), None)
    assert ban is not None, [i.label for i in issues]
    assert "farmers" in ban.articles
    by_actor = stances_by_actor(articles, statements, analyses, issues, ban)
    assert by_actor.get("graham-petley") == "oppose" and by_actor.get("bruce-hallett") == "oppose"


def test_in_after_a_ban_says_where_or_how_and_after_an_increase_what_rises(model):
    _, statements = statements_of(
        ['"I\'ll vote for the ban in principle," Conor Madigan said.',
         "Jane Holloway said she opposed the ban in schools.",
         "Mark Reed said he backed the increase in fares.",
         "Ann Cole said her party would challenge the increase in the state assembly."], model)
    terms = {r.term for s in statements for r in s.readings if r.polarity}
    # the ban is the policy, not a "principle ban" or a "school ban"; the increase is a policy on fares
    assert "ban" in terms and not {"principle ban", "school ban"} & terms
    assert not {"assembly", "state assembly"} & {r.term for s in statements for r in s.readings if r.polarity and r.head}
    assert "fare" in terms


def test_a_date_phrase_is_the_setting_not_a_target(model):
    _, statements = statements_of(
        ["The Lagos Commuters Welfare Association rejected the increase and called on passengers to wear black on the first day "
         "of the new fares."], model)
    readings = {r.term: r.polarity for s in statements for r in s.readings if r.polarity}
    assert readings.get("increase") == -1 and "fare" not in readings


def test_the_increase_is_what_the_corpus_raises_when_only_a_verb_said_what(model):
    pieces = {
        "raise": ("Lagos raises bus fares", [
            "The state government raised bus fares by 70 per cent on Monday, Commissioner Adebayo Ogunleye said.",
            "Commuter leader Emeka Nwosu said the increase was cruel and should be scrapped.",
            "Union chairman Rasheed Alimi said the union backed the increase."]),
        "motion": ("Lawmaker moves to suspend fares", [
            'Lawmaker Kehinde Adesanya said: "I am calling on this House to suspend this increase."',
            "Ogunleye said the new fares would stay because the buses ran at a loss."]),
    }
    _, statements, _ = corpus_of(pieces, model)
    labels = [i.label for i in discover_issues(statements)]
    assert len([label for label in labels if "fare" in label.lower() or "increase" in label.lower()]) == 1, labels


def test_one_measure_under_two_nouns_said_of_the_same_name_is_one_issue(model):
    # "the Korimako dam" and "the Korimako project" are the same measure; nothing in a table says dams are
    # projects: the corpus says both of the same name
    pieces = {
        "approval": ("State approves hydro scheme", [
            "The state cabinet on Monday approved the Korimako dam, a 900 MW scheme on the upper river.",
            "Chief Minister Rohan Mehta said he backed the Korimako project and would not let protesters stop it.",
            "Opposition leader Kavita Rawat said she opposed the project and would fight it in court."]),
        "protest": ("Villagers march against hydro scheme", [
            "About 500 villagers marched to the district office to protest against the Korimako dam.",
            "Activist Meena Joshi said she rejected the dam because it would drown their fields.",
            "Opposition leader Kavita Rawat said she was against the Korimako dam."]),
    }
    # (one issue, whichever of its nouns the keywords keep: "the project" may stand for the dam it names)
    issue, by_actor = the_one_issue(pieces, model, lambda keywords: "dam" in keywords or "project" in keywords)
    assert "korimako" in issue.label.lower(), issue
    assert by_actor.get("rohan-mehta") == "support" and by_actor.get("meena-joshi") == "oppose"
    assert by_actor.get("kavita-rawat") == "oppose"


def test_a_policy_noun_that_stands_for_nothing_else_argued_is_itself_the_issue(model):
    # the corpus argues about "the rule" (named "the Night Shift Staffing Rule" twice); nothing else it names is
    # argued about by several actors, so "the rule" is the issue, labelled by its proper name
    pieces = {
        "announce": ("Province orders night staffing rule for care homes", [
            "The province on Monday issued the Night Shift Staffing Rule, which requires two nurses on every "
            "night shift in care homes.",
            "Health Minister Carla Brandt said she was proud of the rule.",
            "The Care Home Owners Association said it opposed the rule and would ask the courts to suspend it."]),
        "reaction": ("Care home owners fight staffing rule", [
            "Care home owner Dale Fenwick said the Night Shift Staffing Rule was unworkable.",
            "Fenwick said he would campaign to repeal the rule before the election.",
            "Nurses' union president Amira Haddad said the union strongly supported the rule."]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    rule = next((i for i in issues if "rule" in i.keywords), None)
    assert rule is not None, [(i.label, i.keywords) for i in issues]
    assert rule.label == "Night Shift Staffing Rule"
    by_actor = stances_by_actor(articles, statements, analyses, issues, rule)
    assert by_actor.get("amira-haddad") == "support" and by_actor.get("dale-fenwick") == "oppose", by_actor


def test_the_noun_back_is_no_backing(model):
    _, statements = statements_of([
        'Union leader Raj Sandhu said the union would fight on, speaking from the back of a flatbed truck.'], model)
    assert not [r for s in statements for r in s.readings if r.polarity > 0 and "back" in r.cue], [
        (r.term, r.polarity, r.cue) for s in statements for r in s.readings]


def test_a_bylines_honorific_is_not_part_of_the_authors_name(model):
    _, statements = statements_of(["I oppose the Korimako dam, and so should every engineer in the state."], model,
                                  kind="opinion", authors=["Dr Anjali Rao"])
    assert {s.actor_name for s in statements if s.kind == "thesis"} == {"Anjali Rao"}


def test_a_column_naming_the_measure_after_the_same_name_belongs_to_its_debate(model):
    # the columnist appears nowhere else and the column's headline does not name the dam: what ties it to the
    # debate is "the Korimako dam", said of the same name as the reports
    pieces = {
        "approval": ("State approves hydro scheme", [
            "The state cabinet on Monday approved the Korimako dam, a 900 MW scheme on the upper river.",
            "Chief Minister Rohan Mehta said he backed the Korimako dam and would not let protesters stop it.",
            "Opposition leader Kavita Rawat said she opposed the Korimako dam and would fight it in court."]),
        "protest": ("Villagers march against the Korimako dam", [
            "Activist Meena Joshi said she rejected the Korimako dam because it would drown their fields.",
            "Rohan Mehta said the dam was the best way to bring power to the hills."]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    column = Article(id="column", source="column.txt", title="A river is not a battery", kind="opinion",
                     authors=["Lena Okoro"], paragraphs=[
                         "I have walked the upper river for twenty years.",
                         "I oppose the Korimako dam, and I believe the science is on my side."])
    doc, analysis = analyse(column, model)
    articles.append(column)
    analyses["column"] = analysis
    statements["column"] = extract_statements(column, doc, analysis)
    issues = discover_issues(statements)
    dam = next((i for i in issues if "dam" in i.keywords), None)
    assert dam is not None and "column" in dam.articles, [(i.label, i.articles) for i in issues]
    assert stances_by_actor(articles, statements, analyses, issues, dam).get("lena-okoro") == "oppose"


def test_a_headline_says_which_names_a_measure_is_about(model):
    # "merger" is said of Ravenhill and Dunmore only in a headline; "the takeover of Dunmore" in a body: one issue
    pieces = {
        "bureau": ("Bureau moves to block Ravenhill-Dunmore merger", [
            "The bureau said on Tuesday it had asked the tribunal to stop the deal between Ravenhill and Dunmore.",
            "Shopper advocate Nadia Fenn said she opposed the merger because prices would rise."]),
        "union": ("Union vows to fight grocery deal", [
            "Ravenhill announced its takeover of Dunmore Foods in March.",
            "Union president Raj Malhotra said the union would fight the takeover at every stage.",
            "Ravenhill chief executive Dana Whitfield said she strongly supported the takeover."]),
        "column": ("Why the merger is a mistake", [
            "Retired grocer Gerald Pyke said he welcomed the merger at first.",
            "Shopper advocate Nadia Fenn said the merger was a mistake."]),
    }
    _, by_actor = the_one_issue(pieces, model, lambda keywords: {"merger", "takeover"} <= keywords)
    assert by_actor.get("raj-malhotra") == "oppose" and by_actor.get("nadia-fenn") == "oppose", by_actor
    assert by_actor.get("dana-whitfield") == "support", by_actor


def test_welcoming_someone_elses_move_says_nothing_until_the_corpus_says_what_the_move_is(model):
    _, statements = statements_of([
        "Shopper advocate Nadia Fenn said she opposed the merger because prices would rise.",
        "Ravenhill chief executive Dana Whitfield said she strongly supported the merger.",
        "Union president Raj Malhotra said the merger would cost jobs.",
        "The Grocery Workers Union welcomed the Competition Bureau's move.",
    ], model)
    issue = Issue("merger", "Merger", ["merger"])
    welcome = [s for s in statements if "Bureau's move" in s.text]
    assert welcome and all(stance_of(s, issue) is None for s in welcome), [
        (s.actor_name, [(r.term, r.head, r.proposer, r.polarity) for r in s.readings]) for s in welcome]


def test_filing_an_application_or_passing_a_resolution_is_for_what_it_seeks(model):
    _, statements = statements_of([
        "The Competition Bureau on Tuesday filed an application with the Competition Tribunal seeking to block "
        "Maplestar Grocers' acquisition of Coastline Foods.",
        "The Tarangi Farmers Union on Sunday passed a resolution rejecting the hydro dam.",
    ], model)
    acquisition = Issue("acquisition", "Acquisition", ["acquisition"])
    dam = Issue("dam", "Dam", ["dam"])
    assert stances(statements, acquisition, "Competition Bureau") == ["oppose"]
    assert stances(statements, dam, "Tarangi Farmers Union") == ["oppose"]
    # the application is a means, never itself what is argued about
    assert not [r for s in statements for r in s.readings if r.term == "application"]


def test_a_measure_the_corpus_says_is_another_is_one_issue(model):
    # "control orders would mean house arrest": the two regimes argued about are one question
    pieces = {
        "bill": ("Terror bill faces Commons test", [
            "The bill proposes control orders, which would mean house arrest in the most serious cases.",
            "Opposition leader Michael Howard said he opposed the control orders.",
            "Home Secretary Charles Clarke said he strongly supported the control orders."]),
        "lords": ("Peers attack terror bill", [
            "Liberal Democrat Mark Oaten said he was against house arrest without trial.",
            "Civil rights campaigner Shami Chakrabarti said house arrest was a travesty of justice.",
            "Charles Clarke said house arrest would protect the public."]),
    }
    _, by_actor = the_one_issue(pieces, model, lambda keywords: {"order", "arrest"} & keywords
                                and any("arrest" in k for k in keywords) and any("order" in k for k in keywords))
    assert by_actor.get("michael-howard") == "oppose" and by_actor.get("mark-oaten") == "oppose", by_actor
    assert by_actor.get("charles-clarke") == "support", by_actor


def test_a_cap_a_limit_and_a_quota_on_the_same_thing_are_one_measure(model):
    pieces = {
        "plan": ("Party unveils migration plan", [
            "Opposition leader Helen Barker said she wanted quotas on migrants.",
            "Minister Tom Reeve said he opposed any limit on migrants.",
            "Charity director Ama Mensah said a cap on the number of migrants would be cruel."]),
        "reaction": ("Migration plan divides voters", [
            "Helen Barker said an annual limit on migrants was the only fair answer.",
            "Tom Reeve said capping the number of migrants would not work."]),
    }
    _, by_actor = the_one_issue(pieces, model,
                                lambda keywords: any(k.split()[-1] in ("quota", "limit", "cap") for k in keywords))
    assert by_actor.get("helen-barker") == "support", by_actor
    assert by_actor.get("tom-reeve") == "oppose" and by_actor.get("ama-mensah") == "oppose", by_actor


def test_an_amendment_is_what_it_adds_and_a_participle_before_a_noun_is_no_judgement(model):
    _, statements = statements_of([
        "The nurses' union will support any amendment that adds a religious exemption to the rule.",
        "Senator Priya Natarajan has drafted an amendment adding a religious exemption to the rule.",
        "Home Secretary Charles Clarke wants to increase deportations of failed asylum seekers.",
    ], model)
    exemption = Issue("exemption", "Religious exemption", ["exemption"])
    assert stances(statements, exemption, "Natarajan") == ["support"]
    assert any(r.term == "exemption" and r.direct and r.polarity > 0 for s in statements for r in s.readings)
    assert not [r for s in statements for r in s.readings if "failed" in r.cue], [
        (r.term, r.cue) for s in statements for r in s.readings]


def test_a_hyphenated_policy_word_is_read_whole(model):
    # the model reads "the phase-out" as a noun "out"; the stance is on phasing out the herbicide
    _, statements = statements_of(["Farmer Mereana Doyle backed the clorvanil phase-out."], model)
    readings = [r for s in statements for r in s.readings if r.polarity]
    assert [(r.term, r.polarity) for r in readings] == [("clorvanil phase-out", 1)], readings


def test_the_body_a_speakers_role_names_is_the_speakers_side(model):
    _, statements = statements_of([
        "Chamber chief executive Lucy Tran said the chamber supported the levy.",
        "Deputy minister Jo Reed said the minister opposed the levy.",
    ], model)
    levy = Issue("levy", "Levy", ["levy"])
    assert stances(statements, levy, "Lucy Tran") == ["support"]
    assert stances(statements, levy, "Jo Reed") in ([], ["neutral"])  # another minister's view, not hers


def test_voting_down_and_having_no_problem_with_are_stances(model):
    _, statements = statements_of([
        "Councillor Ana Ruiz said the council should vote down the amendment.",
        "Mr Dunne said he had \"no difficulty with the register\" of landlords.",
        "Mr Okafor said he had a problem with the register.",
    ], model)
    amendment = Issue("amendment", "Amendment", ["amendment"])
    register = Issue("register", "Register", ["register"])
    assert stances(statements, amendment, "Ruiz") == ["oppose"]
    assert stances(statements, register, "Dunne") == ["support"]
    assert stances(statements, register, "Okafor") == ["oppose"]


def test_a_petition_against_reversing_a_measure_supports_it(model):
    _, statements = statements_of([
        "Angler Rita Moana said her club had signed a petition against any reversal of the quota cut.",
        "Mr Ferris said he had tabled an amendment deleting the quota cut.",
    ], model)
    cut = Issue("cut", "Quota cut", ["quota cut", "cut"])
    assert stances(statements, cut, "Moana") == ["support"]
    assert stances(statements, cut, "Ferris") == ["oppose"]


def test_a_guessed_target_does_not_contradict_the_named_one_of_the_same_verb(model):
    # "moved an amendment to scrap the ban and replace it with guidance": the fallback target guessed for
    # "replace it with guidance" must not turn the mover into a supporter of the ban he moves to scrap
    _, statements = statements_of([
        "Schools across the city will bring in the phone ban in August.",
        "Councillor Ewan Tait has moved an amendment to scrap the ban and replace it with guidance letting "
        "each head teacher set their own rules.",
    ], model)
    ban = Issue("phone-ban", "Phone ban", ["phone ban", "ban"])
    assert stances(statements, ban, "Tait") == ["oppose"]


def test_what_an_officer_reports_their_organisation_doing_is_the_organisations_stance(model):
    _, statements = statements_of([
        "Anglers welcomed the decision. The Coastal Anglers' Association has collected 9,000 signatures on a "
        "petition against any reversal of the catch cut, its president Tom Reid said.",
        "The Riverside Tenants Union has taken a harder line. Its chair, Mary Shaw, said her members feared the "
        "register, and the union would fight the cut in court.",
    ], model)
    cut = Issue("cut", "Catch cut", ["catch cut", "cut"])
    assert stances(statements, cut, "Coastal Anglers") == ["support"]
    assert stances(statements, cut, "Riverside Tenants Union") == ["oppose"]


def test_a_petition_launched_and_the_council_named_by_its_head_word(model):
    _, statements = statements_of([
        "The Harbour Residents Association has launched an online petition calling on council to rescind the grant.",
        "The Harbour Stadium Coalition has launched a counter-petition urging councillors to reject any attempt "
        "to rescind the grant.",
        "The Retail Traders' Council of Ghana met on Monday. The council said the grant would \"send "
        "exactly the wrong signal\" to investors.",
    ], model)
    grant = Issue("grant", "Stadium grant", ["grant"])
    assert stances(statements, grant, "Harbour Residents") == ["oppose"]
    assert stances(statements, grant, "Harbour Stadium Coalition") == ["support"]
    assert stances(statements, grant, "Retail Traders") == ["oppose"]



def test_an_issue_is_labelled_with_the_proper_name_its_articles_give_it(model):
    # stances say "the contract" and "the bill"; the articles name them, the bill with a name the parser breaks
    label, _ = the_one_issue({
        "council": ("Council weighs camera contract", [
            "The city council will vote on the Veridane Optics contract next week.",
            "Councilwoman Rosa Diaz said she opposed the contract.",
            "Police chief Dan Walsh said he backed the contract."]),
        "reaction": ("Residents split on camera contract", [
            "Mayor Ann Cole said she supported the Veridane Optics contract.",
            "Resident Lena Park said she would campaign against the contract."]),
    }, model, lambda keywords: "contract" in keywords)
    assert label.label == "Veridane Optics contract", label
    bill, _ = the_one_issue({
        "house": ("House debates doctors' bill", [
            "I support the Nursing and Midwifery Graduates (Rural Service) Bill, Dr Ada Nwosu said.",
            "Dr Ada Nwosu said the bill was fair.",
            "Hon. Musa Bello said he would vote against the bill."]),
        "union": ("Union rejects the bill", [
            "The Rural Service Bill is unjust, union leader Grace Okon said.",
            "Grace Okon said the union rejected the bill."]),
    }, model, lambda keywords: "bill" in keywords)
    assert "Rural Service" in bill.label and bill.label.endswith("Bill"), bill


def test_what_a_post_claims_someone_will_do_is_not_their_statement(model):
    _, statements = statements_of([
        "A screenshot circulated last week claiming the mayor would veto the contract.",
        "Mayor Ruth Daley said she would veto the levy.",
    ], model)
    contract = Issue("contract", "Contract", ["contract"])
    levy = Issue("levy", "Levy", ["levy"])
    assert stances(statements, contract, "mayor") == [] and stances(statements, contract, "Daley") == []
    assert stances(statements, levy, "Daley") == ["oppose"]


def test_a_stance_on_the_motion_is_a_stance_on_what_the_motion_does(model):
    _, statements = statements_of([
        "An opposition motion to drop the rent cap was put to a vote on Tuesday.",
        "Councillor Ravi Menon voted against the motion.",
        "Councillor Asha Pillai said she backed the motion.",
    ], model)
    cap = Issue("rent-cap", "Rent cap", ["rent cap", "cap"])
    assert stances(statements, cap, "Menon") == ["support"]
    assert stances(statements, cap, "Pillai") == ["oppose"]


def test_we_in_an_officers_quote_is_the_organisation_the_role_names(model):
    _, statements = statements_of([
        "The Riverside Builders Federation (RBF) represents 300 developers.",
        "\"We support the cap, and we will vote for it,\" RBF president Anil Mehta said.",
    ], model)
    cap = Issue("cap", "Rent cap", ["cap"])
    assert stances(statements, cap, "Riverside Builders Federation") == ["support"]
    assert stances(statements, cap, "Mehta") == ["support"]


def test_standing_behind_defending_it_and_not_watering_it_down_are_support(model):
    _, statements = statements_of([
        "The airplay quota was set at half of all music played.",
        "\"I stand behind the quota, and we are not going to water it down,\" regulator Desmond Whyte said.",
        "\"We will defend it in every forum,\" guild president Sharon Ellis said of the quota.",
        "Winston Lindo said the quota was a mistake, and he hoped it would be scrapped.",
    ], model)
    quota = Issue("quota", "Airplay quota", ["quota", "airplay quota"])
    assert stances(statements, quota, "Whyte") == ["support"]
    assert stances(statements, quota, "Ellis") == ["support"]
    assert stances(statements, quota, "Lindo") == ["oppose"]


def test_an_officer_and_the_organisation_speaking_through_them_are_one_voice(model):
    # the union's stances here are its president's words: one voice is no debate, so no issue
    articles, statements, analyses = corpus_of({
        "dock": ("Dock workers and the harbour levy", [
            "The Harbour Dock Workers Union (HDWU) represents 4,000 workers.",
            "\"We oppose the harbour levy,\" HDWU president Ann Lee said.",
            "\"We will fight the harbour levy in court,\" HDWU president Ann Lee added."]),
    }, model)
    assert discover_issues(statements) == []
    flat = [s for found in statements.values() for s in found]
    assert any(s.actor_name == "Harbour Dock Workers Union" and s.voice == "Ann Lee" for s in flat), [
        (s.actor_name, s.voice) for s in flat]


def test_what_a_characterising_verb_says_is_its_complement_not_a_clause_hanging_on_it(model):
    # "a charge on families enjoying a day out": the families' enjoying is no praise of the fee, and the
    # joined "and voted against it" is a clause of its own
    _, statements = statements_of([
        "The council approved a new parking fee at the beach on Tuesday.",
        "Councillor Rana Doyle called the fee \"a charge on families enjoying a day out at the seaside\" and "
        "voted against the by-law.",
    ], model)
    fee = Issue("fee", "Parking fee", ["parking fee", "fee"])
    assert stances(statements, fee, "Doyle") == ["oppose"]


def test_a_concession_is_outside_the_stance(model):
    # "even if it cost me customers", "although it is not perfect": what the speaker grants the other side
    _, statements = statements_of([
        "\"I support the evening curfew on delivery lorries, and I would support it even if it cost me "
        "customers,\" said Odile Marchetti, who runs a bakery on the square.",
        "\"Although the curfew will hurt some traders, I back it,\" said Councillor Piet de Waal.",
    ], model)
    curfew = Issue("curfew", "Lorry curfew", ["curfew"])
    assert stances(statements, curfew, "Marchetti") == ["support"]
    assert stances(statements, curfew, "de Waal") == ["support"]


def test_a_guessed_target_weighs_less_than_the_issue_named(model):
    # the director names the closure twice in support; one remark read through a guess ("it is not safe")
    # does not make her mixed
    pieces = {
        "ward": ("Hospital to shut night ward", [
            "The regional health board will close the night ward at Carrow Hospital from May.",
            "Dr Ines Varga, the medical director, said she supported the closure of the night ward.",
            "\"I support the closure,\" Varga said. \"One tired doctor on call all night. That is not safe.\"",
            "Mayor Piet Olsen said he opposed the closure and would fight it.",
            "Nurse Anna Berg said the closure was wrong.",
        ]),
    }
    _, stances_on = the_one_issue(pieces, model, lambda keywords: "closure" in keywords)
    assert stances_on.get("ines-varga") == "support", stances_on
    assert stances_on.get("piet-olsen") == "oppose", stances_on


def test_a_stance_on_the_debates_phrase_in_a_column_about_something_else_counts(model):
    # the column's headline is about the levy; its last line backs the tour bus ban the reports argue about
    pieces = {
        "vote": ("City votes on tour bus ban", [
            "The city council voted on Tuesday to bring in a tour bus ban in the old town from June.",
            "Councillor Mara Lind said she supported the tour bus ban because the lanes could not take the traffic.",
            "The coach operators' spokesman, Ivo Rask, said they opposed the tour bus ban and would go to court.",
        ]),
        "reaction": ("Operators angry at bus ban", [
            "Ivo Rask said the tour bus ban would cost drivers their jobs.",
            "Mara Lind said the tour bus ban was long overdue.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    column = Article(id="column", source="column.txt", title="A flat room levy punishes small hotels",
                     kind="opinion", authors=["Hanne Dahl"], paragraphs=[
                         "I run a six-room guesthouse in the old town, and the new room levy takes the same from me "
                         "as from the grand hotels.",
                         "The levy should rise with the price of the room.",
                         "And one more thing: I support the tour bus ban, and I would support it even if it cost me "
                         "some guests."])
    doc, analysis = analyse(column, model)
    articles.append(column)
    analyses["column"] = analysis
    statements["column"] = extract_statements(column, doc, analysis)
    issues = discover_issues(statements)
    ban = next((i for i in issues if "bus" in " ".join(i.keywords)), None)
    assert ban is not None and "column" in ban.articles, [(i.label, i.articles) for i in issues]
    assert stances_by_actor(articles, statements, analyses, issues, ban).get("hanne-dahl") == "support"


def test_a_second_measure_everyone_backs_is_an_issue_when_three_voices_name_it(model):
    # the debate is the duty (argued both ways); the feed-in rules are backed by three actors in three articles,
    # nobody against: still a question of the debate, named by its phrase
    pieces = {
        "budget": ("Budget puts duty on imported heat pumps", [
            "The finance minister, Hugo Lind, said the new duty on imported heat pumps would protect local jobs.",
            "The installers' association said it opposed the duty and would lobby to scrap it.",
            "Importer Sara Voss said she rejected the duty because it would double prices.",
        ]),
        "debate": ("Parliament debates heat pump duty", [
            "Opposition MP Karin Holm said she opposed the duty on heat pumps.",
            "Hugo Lind said he backed the duty and would not drop it.",
            "Karin Holm also said she supported the draft road pricing rules.",
        ]),
        "statement": ("Installers call for clarity", [
            "The Heat Pump Installers Association said it supported road pricing and wanted them passed soon.",
            "The association said the duty was a mistake.",
        ]),
        "column": ("A farmer on the heat pump duty", [
            "Farmer Nils Berg said he welcomed road pricing and would pay it gladly.",
            "Nils Berg said the duty was unfair.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    pricing = [i for i in issues if "pricing" in " ".join(i.keywords) or "pricing" in i.label.lower()]
    assert len(pricing) == 1, [(i.label, i.keywords) for i in issues]
    stances_on = stances_by_actor(articles, statements, analyses, issues, pricing[0])
    assert stances_on.get("nils-berg") == "support", stances_on
    assert stances_on.get("karin-holm") == "support", stances_on


def test_he_is_who_the_quotes_found_and_who_is_the_person_a_role_belongs_to(model):
    _, statements = statements_of([
        "Mayor Dana Kowalski said the council would write to the minister and fight the closure.",
        "The lone vote against the motion came from Councillor Theo Marsh. He told the meeting he was \"as opposed "
        "to this closure as anybody in the room\".",
        "The levy passed. Among its backers was Rosa Delgado, the government member for a harbour seat, who said "
        "the levy was \"long overdue\" and a fair price for the old town.",
    ], model)
    closure = Issue("closure", "Closure", ["closure"])
    levy = Issue("levy", "Levy", ["levy"])
    assert stances(statements, closure, "Marsh") == ["oppose"]
    assert not [s for s in statements if "Kowalski" in s.actor_name and "anybody in the room" in s.text]
    assert stances(statements, levy, "Rosa Delgado") == ["support"]


def test_a_participle_with_nobody_doing_it_judges_its_subject(model):
    # "the curbs are needed" says what "the curbs are necessary" says; "changes were needed to the levy" is no
    # praise of the levy, and "the curbs were opposed by traders" is the traders' stance, not the speaker's
    _, statements = statements_of([
        "Harbour master Lena Okoro said the new mooring curbs are needed to protect the seagrass.",
        "Skipper Tomas Reyes said the mooring curbs were unjustified.",
        "Councillor Abel Kim said major changes were needed to the mooring levy.",
        "Councillor Ruth Sato said the mooring curbs were opposed by most traders.",
    ], model)
    curbs = Issue("curbs", "Mooring curbs", ["curb"])
    levy = Issue("levy", "Mooring levy", ["levy"])
    assert stances(statements, curbs, "Okoro") == ["support"]
    assert stances(statements, curbs, "Reyes") == ["oppose"]
    assert "support" not in stances(statements, levy, "Kim", issues=[curbs, levy])
    assert "oppose" not in stances(statements, curbs, "Sato")


def test_talk_about_a_stance_is_no_stance_on_what_the_talk_is_about(model):
    # a rumour denied, an open question, a verdict withheld, a belief given up: none of them takes the side the
    # words around them name
    _, statements = statements_of([
        "Online forums claimed the Harbour Traders Guild had turned against the toll. The guild's director, "
        "Marta Quell, dismissed the reports.",
        "Judge Oren Falk said he was not ruling on whether the toll should go ahead.",
        "\"This decision does not pass judgment on the merits of the toll,\" Judge Falk said.",
        "\"I was wrong to think the toll could wait. I now support the toll,\" said Councillor Ivo Brandt.",
        "Councillor Nadia Roos voted no.",
    ], model)
    toll = Issue("toll", "Harbour toll", ["toll"])
    assert "oppose" not in stances(statements, toll, "Quell")
    assert "oppose" not in stances(statements, toll, "Falk")
    assert stances(statements, toll, "Brandt") == ["support"]
    assert stances(statements, toll, "Roos") == ["oppose"]


def test_a_stance_on_a_condition_is_mixed_and_a_scene_set_first_is_not(model):
    # "would back it only if ..." is for the toll on terms and against it as it stands; "if we were in power we
    # would scrap it" is plainly against it; beside a plain stance a condition only tempers it
    _, statements = statements_of([
        "Councillor Ines Moller said she would back the harbour toll only if residents were exempt.",
        "\"We will support the toll if the fishing fleet pays half, and we will oppose it if it does not,\" said "
        "Pavel Rusu, the fleet's spokesman.",
        "Councillor Dag Holm said if his party was in power again it would make sure the toll was scrapped.",
    ], model)
    toll = Issue("toll", "Harbour toll", ["toll"])
    assert stances(statements, toll, "Moller") == ["mixed"]
    assert stances(statements, toll, "Rusu") == ["mixed"]
    assert stances(statements, toll, "Holm") == ["oppose"]


def test_after_but_comes_the_verdict(model):
    _, statements = statements_of([
        "Professor Martin Keble said the closure was \"painful but unavoidable\".",
        "Mayor Ana Ruiz said the levy was expensive but necessary.",
        "Councillor Bo Lind said the levy was cheap but wrong.",
    ], model)
    closure = Issue("closure", "Closure", ["closure"])
    levy = Issue("levy", "Levy", ["levy"])
    assert stances(statements, closure, "Keble") in ([], ["neutral"])  # a cost conceded, no verdict
    assert stances(statements, levy, "Ruiz") == ["support"]
    assert stances(statements, levy, "Lind") == ["oppose"]


def test_not_until_a_condition_is_met_is_a_condition(model):
    # "will not endorse it until ..." holds the stance on a condition, as "unless" does; "waited until May" does not
    _, statements = statements_of([
        "The Harbour Teachers' Union said it would not endorse the harbour toll until the council funds a ferry pass.",
        "Councillor Dag Holm said he opposed the harbour toll and would fight it until the vote in May.",
    ], model)
    toll = Issue("toll", "Harbour toll", ["toll"])
    assert stances(statements, toll, "Teachers") == ["mixed"]
    assert stances(statements, toll, "Holm") == ["oppose"]


def test_a_letter_whose_writer_names_the_measure_is_part_of_its_debate(model):
    # the letter's headline names neither the sale nor the quay; its writer opposes "this sale" in plain words
    pieces = {
        "vote": ("Port board backs quay sale", [
            "The port board voted on Monday to approve the sale of the north quay to the Castell hotel group.",
            "Board chair Ilse Marr said she supported the sale because the wharf lost money every year.",
            "Fishermen's spokesman Dov Arne said they opposed the sale and would go to court.",
        ]),
        "reaction": ("Fishermen go to court over quay sale", [
            "Dov Arne said the sale would end three hundred years of fishing from the quay.",
            "Ilse Marr said the sale was the right choice for the port.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    letter = Article(id="letter", source="letter.txt", title="Leave our harbour alone", kind="opinion",
                     authors=["Marguerite Oduya"], paragraphs=[
                         "Sir, - The quay has been a working wharf for two hundred years.",
                         "Let me be plain: I oppose this sale, and I will say so at every meeting the board holds."])
    doc, analysis = analyse(letter, model)
    articles.append(letter)
    analyses["letter"] = analysis
    statements["letter"] = extract_statements(letter, doc, analysis)
    issues = discover_issues(statements)
    sale = next((i for i in issues if "sale" in i.keywords), None)
    assert sale is not None and "letter" in sale.articles, [(i.label, i.articles) for i in issues]
    assert stances_by_actor(articles, statements, analyses, issues, sale).get("marguerite-oduya") == "oppose"


def test_the_officers_organisation_called_by_its_head_word_takes_the_stance(model):
    # "the chamber" is the "Portlaw Chamber of Commerce" (its head word is not its last word)
    _, statements = statements_of([
        "The Portlaw Chamber of Commerce has weighed in on the harbour toll. Its president, Margaret Hollis, said "
        "the chamber opposed the toll in its current form.",
    ], model)
    toll = Issue("toll", "Harbour toll", ["toll"])
    assert stances(statements, toll, "Chamber of Commerce") == ["oppose"]


def test_reservations_and_concerns_about_a_measure_are_against_it_and_a_dispute_concerning_it_is_not(model):
    _, statements = statements_of([
        "Ann Lee said she had serious reservations about the quota.",
        "Joe Bloggs said he had concerns about the quota.",
        "The dispute concerns the quota, said Mia Berg.",
    ], model)
    quota = Issue("quota", "Seat quota", ["quota"])
    assert stances(statements, quota, "Lee") == ["oppose"]
    assert stances(statements, quota, "Bloggs") == ["oppose"]
    assert "oppose" not in stances(statements, quota, "Berg")


def test_a_measure_against_a_thing_and_a_measure_about_it_stay_two_questions(model):
    # both are said of "Dunmore", but closing the Dunmore depot is not merging Dunmore Transit into another firm:
    # backing the merger is no stance on closing the depot
    pieces = {
        "vote": ("Council backs Dunmore merger", [
            "The council voted to approve the merger of Dunmore Transit and Alder Buses.",
            "Councillor Ines Moller said she supported the merger of Dunmore Transit and Alder Buses.",
            "Councillor Piet Olsen said he opposed the merger and would fight it.",
            "Union organiser Rosa Vance said she opposed the closure of Dunmore Depot.",
            "Depot manager Karl Weiss said he opposed the closure of Dunmore Depot.",
        ]),
        "reaction": ("Drivers fear Dunmore merger", [
            "Ines Moller said the merger would save money.",
            "Piet Olsen said the merger was a mistake.",
            "Rosa Vance said the closure of Dunmore Depot would cost forty jobs.",
        ]),
    }
    merger, stances_on = the_one_issue(pieces, model, lambda keywords: "merger" in keywords)
    assert not {"closure", "depot"} & set(merger.keywords), merger
    assert stances_on.get("ines-moller") == "support" and stances_on.get("piet-olsen") == "oppose", stances_on
    assert "rosa-vance" not in stances_on, stances_on


def test_stopping_short_of_backing_and_a_condition_on_the_measure_itself(model):
    _, statements = statements_of([
        "Harbour master Lena Okoro has stopped short of endorsing the toll.",
        "Councillor Ines Moller said she would back the toll if it were set lower and phased in over a year.",
    ], model)
    toll = Issue("toll", "Harbour toll", ["toll"])
    assert stances(statements, toll, "Okoro") == ["oppose"]
    assert stances(statements, toll, "Moller") == ["mixed"]


def test_a_closure_one_headline_names_and_three_actors_oppose_in_two_articles_is_an_issue(model):
    pieces = {
        "march": ("Hundreds march to save Dunmore depot", [
            "Union organiser Rosa Vance said she opposed the closure.",
            "Depot manager Karl Weiss said the closure was a mistake.",
        ]),
        "review": ("Court review sought over Dunmore depot closure", [
            "Councillor Piet Olsen said he would fight the closure in the courts.",
            "Driver Ada Quinn said the closure would cost forty jobs.",
        ]),
    }
    _, stances_on = the_one_issue(pieces, model, lambda keywords: "closure" in keywords)
    assert {stances_on.get(a) for a in ("rosa-vance", "karl-weiss", "piet-olsen")} == {"oppose"}, stances_on


def test_a_site_of_several_words_the_model_calls_a_place_is_what_measures_are_said_of(model):
    # "the Hallam Grange solar farm" and "the Hallam Grange development": one project, though the model tags
    # the site a place (a country's name would not join two questions)
    pieces = {
        "officers": ("Officers back solar farm", [
            "Council leader Priya Nair said she opposed the Hallam Grange solar farm.",
            "Developer Owen Price said he supported the Hallam Grange solar farm.",
        ]),
        "villagers": ("Villagers pack hall", [
            "Farmer Joe Whitlock said he backed the Hallam Grange development.",
            "Villager Ann Ellis said the Hallam Grange development was a mistake.",
        ]),
    }
    issues = discover_issues(corpus_of(pieces, model)[1])
    found = [i for i in issues if {"farm", "development"} & set(i.keywords)]
    assert len(found) == 1 and {"farm", "development"} <= set(found[0].keywords), \
        [(i.label, i.keywords) for i in issues]


def test_an_issue_argued_as_a_thing_far_more_than_as_its_repeal_is_named_by_the_thing(model):
    # the statements argue "the tax" twelve times, its abolition twice and its repeal once, and the headlines name
    # the tax: the debate is about the tax, and a stance for its abolition or its repeal is one against it
    pieces = {
        "vote": ("Town council backs tourist tax", [
            "Mayor Luis Quaresma said the tax was fair and overdue.",
            "Councillor Ines Bettencourt said she supported the tax.",
            "Councillor Antonio Sa said the tax was a mistake.",
            "Residents' leader Ana Figueiredo said residents would campaign against any attempt to repeal the tax.",
        ]),
        "assembly": ("Assembly approves tourist tax", [
            "Councillor Rosa Fialho said her party had voted for the tax.",
            "Councillor Henrique Lobo said the tax was unfair to families.",
            "Councillor Jose Lima said his party had pledged to abolish the tax if it wins the election.",
            "Hotelier Rui Pestana said his members wanted to abolish the tax.",
            "Councillor Marta Reis said the tax was a sensible measure.",
            "Councillor Joao Neves said the tax was badly designed.",
        ]),
        "column": ("Charge my guests the tax", [
            "Guesthouse owner Tiago Rebelo said the tax was modest and he backed it.",
            "Cafe owner Sofia Pinto said the tax was a burden on small businesses.",
            "Councillor Pedro Alves said the tax was fair.",
            "Taxi driver Nuno Costa said the tax was driving visitors away.",
            "Councillor Clara Mota said the tax was the right choice.",
        ]),
    }
    issue, stances_on = the_one_issue(pieces, model, lambda keywords: "tax" in keywords)
    assert issue.label == "Tax" and {"tax abolition", "tax repeal"} <= set(issue.opposite), issue
    assert stances_on.get("luis-quaresma") == "support" and stances_on.get("hotelier-rui-pestana") == "oppose", stances_on


def test_a_one_word_issue_takes_the_compound_its_headlines_write(model):
    # the stories argue about "the farm"; their headlines call it a solar farm: so does the label
    pieces = {
        "officers": ("Officers back Lincolnshire solar farm", [
            "Council leader Priya Nair said she opposed the farm because it would take good land.",
            "Developer Owen Price said the farm would power thousands of homes and he supported it fully.",
        ]),
        "committee": ("Planning committee decides Hallam Grange solar farm", [
            "Farmer Joe Whitlock said he backed the farm.",
            "Villager Ann Ellis said the farm was a mistake for the valley, and solar panels belong on roofs.",
        ]),
    }
    issue, _ = the_one_issue(pieces, model, lambda keywords: "farm" in keywords)
    assert issue.label == "Solar farm", issue.label


def test_a_headline_names_a_measure_by_its_verb(model):
    # "Peru moves to license ..." over a story about "the licence": two headlines name it, one as a verb
    pieces = {
        "wire": ("Peru moves to license disputed copper mine", [
            "Mines minister Rosa Tello said she supported the licence because the region needed the jobs.",
            "Community leader Juan Mamani said he opposed the licence.",
        ]),
        "column": ("A licence the government should refuse", [
            "Governor Luis Paredes said he would back the licence only if the company paid for the water.",
            "Senator Ana Chura said the licence was a mistake.",
        ]),
    }
    _, stances_on = the_one_issue(pieces, model, lambda keywords: "licence" in keywords)
    assert stances_on.get("rosa-tello") == "support" and stances_on.get("juan-mamani") == "oppose", stances_on


def test_a_stance_on_the_nominee_is_a_stance_on_the_nomination(model):
    # "vote against the nominee" in one story, "the nomination" in the other: one question, who is placed
    pieces = {
        "wire": ("President nominates Judge Tomas Novak to the top court", [
            "Senator Eva Horak said she would vote against the nominee.",
            "Party leader Jan Dusek said his senators would back the nominee.",
        ]),
        "hearing": ("Senators split on Novak nomination", [
            "Lawyer Petr Kral said the nomination was a mistake.",
            "Senator Olga Bartos said she supported the nomination.",
        ]),
    }
    issue, stances_on = the_one_issue(pieces, model, lambda keywords: "nomination" in keywords)
    assert "nominee" in issue.keywords
    assert stances_on.get("eva-horak") == "oppose" and stances_on.get("jan-dusek") == "support", stances_on
    assert stances_on.get("petr-kral") == "oppose" and stances_on.get("olga-bartos") == "support", stances_on


def test_concepts_join_inflections_not_words_that_look_alike():
    assert concept_of("banning") == concept_of("ban") and concept_of("programme") == concept_of("program")
    assert concept_of("licence") == concept_of("license") and concept_of("nominee") == concept_of("nomination")
    assert concept_of("carry") != concept_of("car") and concept_of("committee") != concept_of("commitment")


def test_a_noun_made_from_a_verb_irregularly_is_the_verbs_concept(model):
    # "the merger" is merging, "the sale" selling: a stance on one is a stance on the other
    _, statements = statements_of([
        "Councillor Ines Moller said she supported the proposal to merge the two colleges.",
        "Councillor Piet Olsen said the council should not sell the north quay.",
    ], model)
    assert stances(statements, Issue("merger", "College merger", ["merger"]), "Moller") == ["support"]
    assert stances(statements, Issue("sale", "Quay sale", ["sale"]), "Olsen") == ["oppose"]


def test_one_among_those_who_voted_against_a_measure_voted_against_it(model):
    _, statements = statements_of([
        "Parliament passed the harbour toll on Tuesday.",
        "Dr Alfred Omondi, the member for Rongai East, was among the 61 members who voted against the toll.",
        "Senator Mary Wanjiku was one of three senators who opposed the toll.",
        "Tom Hale said any principal who is nervous about the toll should speak up.",
    ], model)
    toll = Issue("toll", "Harbour toll", ["toll"])
    assert stances(statements, toll, "Omondi") == ["oppose"]
    assert stances(statements, toll, "Wanjiku") == ["oppose"]
    assert "oppose" not in stances(statements, toll, "Hale")


def test_an_amendment_from_someone_is_their_proposal(model):
    _, statements = statements_of([
        "The council also adopted an amendment from Councillor Karen Shaw exempting corner shops from the toll.",
        "A lawsuit from the National Farmers Union against the toll was heard on Monday.",
    ], model)
    exemption = Issue("exemption", "Exemption for corner shops", ["exemption", "exempt"])
    toll = Issue("toll", "Harbour toll", ["toll"])
    assert stances(statements, exemption, "Shaw", issues=[exemption, toll]) == ["support"]
    assert stances(statements, toll, "Farmers Union", issues=[exemption, toll]) == ["oppose"]


def test_a_hosts_questions_and_what_a_guest_is_told_others_say_are_not_their_stances(model):
    article = Article(id="radio", source="radio.txt", title="Mayor on the harbour toll (transcript)", paragraphs=[
        "This interview was broadcast on Coast Radio. Host: Ana Kingi.",
        "ANA KINGI: Mayor Hemi Tautahi, critics call the toll a cash grab. What do you say?",
        "HEMI TAUTAHI: I support the toll because the harbour needs repairs.",
        "KINGI: The National Farmers Union backs you on the toll but says the toll is too low. Do you agree?",
        "TAUTAHI: They are wrong. The toll is fair.",
        "KINGI: And the exemption for ferries? Is that a mistake?",
        "TAUTAHI: The ferries carry schoolchildren.",
    ])
    doc, analysis = analyse(article, model)
    statements = extract_statements(article, doc, analysis)
    toll = Issue("toll", "Harbour toll", ["toll"])
    assert stances(statements, toll, "Kingi") == []
    assert set(stances(statements, toll, "Tautahi")) == {"support"}


def test_a_stance_on_a_nominee_by_name_is_a_stance_on_the_nomination(model):
    pieces = {
        "named": ("Premier defends Harrington appointment", [
            "Premier Janet Lind said she supported Douglas Harrington's appointment as chair of the utility.",
            "Opposition leader Colette Beaulieu said she opposed Douglas Harrington's appointment.",
            "Union president Gord Sinclair said he opposed Harrington.",
        ]),
        "hearing": ("Critics fight Harrington appointment", [
            "Colette Beaulieu said the appointment was a mistake.",
            "MLA Erik Olsen said he would back Harrington.",
        ]),
    }
    issue, stances_on = the_one_issue(pieces, model, lambda keywords: "appointment" in keywords)
    assert "harrington" in issue.keywords and issue.label == "Appointment", issue
    assert stances_on.get("gord-sinclair") == "oppose" and stances_on.get("erik-olsen") == "support", stances_on


def test_a_person_of_an_organisation_reports_its_stance(model):
    _, statements = statements_of([
        "Linda Kowalchuk of the Manitoba Energy Users Coalition said the coalition continued to support the toll.",
    ], model)
    toll = Issue("toll", "Harbour toll", ["toll"])
    assert stances(statements, toll, "Coalition") == ["support"]


def test_a_complaint_filed_is_against_what_it_is_about(model):
    pieces = {
        "vote": ("Council passes harbour toll", [
            "The council passed the harbour toll on Monday.",
            "Councillor Ines Moller said she supported the toll.",
            "Councillor Piet Olsen said he opposed the toll.",
            "The National Farmers Union filed a formal complaint.",
        ]),
        "reaction": ("Fishers back harbour toll", [
            "The National Fishers Union filed a petition calling for the toll.",
            "Piet Olsen said the toll was a mistake.",
        ]),
    }
    _, stances_on = the_one_issue(pieces, model, lambda keywords: "toll" in keywords)
    assert stances_on.get("national-farmers-union") == "oppose", stances_on
    assert stances_on.get("national-fishers-union") == "support", stances_on


def test_not_using_a_measure_is_no_stand_against_it(model):
    _, statements = statements_of([
        "Home Secretary Anna Berg says she does not intend to use the curfew powers now.",
        "Councillor Piet Olsen said he opposed the curfew powers.",
    ], model)
    powers = Issue("curfew", "Curfew powers", ["curfew"])
    assert "oppose" not in stances(statements, powers, "Berg")
    assert stances(statements, powers, "Olsen") == ["oppose"]


def test_a_stance_set_in_the_past_gives_way_to_the_one_held_now(model):
    pieces = {
        "vote": ("Council passes harbour toll", [
            "Councillor Dag Holm, who had told reporters in August that he would never vote for the toll, said "
            "on Tuesday that he supported the toll.",
            "\"I said I would vote against the toll. Now I back the toll,\" said Councillor Ines Moller.",
            "Councillor Piet Olsen said he opposed the toll.",
            "Councillor Ada Quinn initially backed the toll.",
        ]),
        "reaction": ("Fishers split over harbour toll", [
            "Piet Olsen said the toll was a mistake.",
            "Dag Holm said the toll was fair.",
        ]),
    }
    _, stances_on = the_one_issue(pieces, model, lambda keywords: "toll" in keywords)
    assert stances_on.get("dag-holm") == "support" and stances_on.get("ines-moller") == "support", stances_on
    assert stances_on.get("piet-olsen") == "oppose", stances_on
    assert stances_on.get("ada-quinn") == "support", stances_on  # a former stance alone still counts


def test_wanting_a_measure_to_end_by_itself_is_against_it(model):
    _, statements = statements_of([
        "Janelle Brooks said the council should let this contract expire.",
        "Ann Roe said the contract should lapse.",
        "Tom Hale said the contract would expire in June.",
    ], model)
    contract = Issue("contract", "Sensor contract", ["contract"])
    assert stances(statements, contract, "Brooks") == ["oppose"]
    assert stances(statements, contract, "Roe") == ["oppose"]
    assert "oppose" not in stances(statements, contract, "Hale")


def test_the_renewal_of_a_contract_and_the_contract_are_one_question(model):
    pieces = {
        "vote": ("Council weighs sensor contract", [
            "Councillor Ines Moller said she supported renewing the sensor contract.",
            "Councillor Piet Olsen said he opposed the contract.",
            "Police chief Dag Holm said he supported the renewal.",
        ]),
        "reaction": ("Residents split over sensor contract", [
            "Piet Olsen said the contract was a waste of money.",
            "Residents' leader Ada Quinn said she opposed the renewal.",
            "Ines Moller said the renewal was the right choice.",
        ]),
    }
    issue, stances_on = the_one_issue(pieces, model, lambda keywords: "contract" in keywords)
    assert "renewal" in issue.keywords, issue
    assert stances_on.get("dag-holm") == "support" and stances_on.get("ada-quinn") == "oppose", stances_on
    assert stances_on.get("piet-olsen") == "oppose", stances_on


def test_what_a_speaker_knows_another_is_against_is_not_the_speakers_stance(model):
    _, statements = statements_of([
        "\"Look, I know the council president is against this contract, whatever he says publicly,\" said "
        "police chief Marcus Odell.",
        "\"We are against this contract,\" said Ada Quinn of the residents' group.",
    ], model)
    contract = Issue("contract", "Sensor contract", ["contract"])
    assert "oppose" not in stances(statements, contract, "Odell")
    assert stances(statements, contract, "Quinn") == ["oppose"]


def test_a_call_is_an_attitude_only_when_it_calls_for_something(model):
    # "911 calls in the neighbourhoods" are telephone calls; "calls for the closure" call for it
    _, statements = statements_of([
        "\"We go back to relying on 911 calls in neighbourhoods where people often don't call,\" police chief "
        "Marcus Odell said.",
        "Councillor Ada Quinn backed calls for the closure.",
    ], model)
    neighbourhoods = Issue("neighbourhood", "Neighbourhoods", ["neighbourhood"])
    closure = Issue("closure", "Closure", ["closure"])
    assert "support" not in stances(statements, neighbourhoods, "Odell")
    assert stances(statements, closure, "Quinn") == ["support"]


def test_a_title_the_parser_takes_for_a_name_still_gives_its_appositive_holder(model):
    # "MP" tagged a proper noun: the person in apposition voted, and is the "he" of the next sentence
    _, statements = statements_of([
        "Housing Minister Ines Moller said the government would not accept the amendment. One government MP, Lars "
        "Ekdahl, voted against the bill, breaking ranks with the party. In a short speech he said he could not vote "
        "for a measure he believed the courts would strike down.",
    ], model)
    bill = Issue("bill", "The bill", ["bill", "measure"])
    assert stances(statements, bill, "Ekdahl") and set(stances(statements, bill, "Ekdahl")) == {"oppose"}
    speech = [s.actor_name for s in statements if "short speech" in s.text]
    assert speech and set(speech) == {"Lars Ekdahl"}, speech


def test_what_a_condition_supposes_is_no_stance(model):
    _, statements = statements_of([
        "\"I support the renewal of the contract,\" police chief Dag Holm said. \"If the audit says it doesn't "
        "work, I'll say so.\"",
        "\"It doesn't work,\" said Ada Quinn of the residents' group, who opposes the contract.",
    ], model)
    contract = Issue("contract", "Sensor contract", ["contract", "renewal"])
    assert stances(statements, contract, "Holm") == ["support"]
    assert "oppose" in stances(statements, contract, "Quinn")


def test_a_hearing_can_be_what_actors_argue_about(model):
    pieces = {
        "vote": ("Committee votes down hearing on utility chair", [
            "Energy Minister Lars Ekdahl said he opposed a public hearing.",
            "Councillor Ines Moller said she supported the hearing.",
        ]),
        "reaction": ("Union wants hearing", [
            "Union president Dag Holm said the union backed a public hearing.",
            "Ada Quinn of the employers' group considered the hearing a distraction.",
        ]),
    }
    _, stances_on = the_one_issue(pieces, model, lambda keywords: "hearing" in keywords)
    assert stances_on.get("ines-moller") == "support" and stances_on.get("lars-ekdahl") == "oppose", stances_on


def test_a_challenge_of_a_decision_opposes_it(model):
    # an objection named with "of" or "over" is against what it is about, whoever files or seeks it
    _, statements = statements_of([
        "The Harbour Action Group lodged papers on Monday seeking leave for a judicial review of the decision to "
        "close the harbour.",
        "The Riverside Tenants Union filed a lawsuit over the closure.",
    ], model)
    closure = Issue("closure", "Harbour closure", ["closure", "close"])
    assert stances(statements, closure, "Harbour Action") == ["oppose"]
    assert stances(statements, closure, "Riverside") == ["oppose"]


def test_a_measure_that_has_the_speakers_support_is_supported(model):
    _, statements = statements_of([
        "Energy Minister Lars Ekdahl said the nomination had his \"full support\".",
        "Councillor Ines Moller said the nomination would not have her backing.",
    ], model)
    nomination = Issue("nomination", "The nomination", ["nomination"])
    assert stances(statements, nomination, "Ekdahl") == ["support"]
    assert stances(statements, nomination, "Moller") == ["oppose"]


def test_the_circumstances_of_a_vote_are_not_what_it_is_about(model):
    # "with the tariff written into the contract" says when the vote was cast; the vote is on what the story is
    # about, which the headline names
    pieces = {
        "vote": ("Council approves water concession", [
            "The council approved the water concession by 21 votes to 18 on Tuesday.",
            "Councillor Dag Holm said he had opposed the concession from the start.",
            "Councillor Ines Moller said she supported the concession.",
            "Councillor Lars Ekdahl, who wanted a social tariff for poor families, spoke last.",
            "\"With the social tariff written into the contract, I voted yes, and I would do it again,\" Ekdahl said.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    concession = next(i for i in issues if "concession" in i.keywords)
    stances_on = stances_by_actor(articles, statements, analyses, issues, concession)
    assert stances_on.get("lars-ekdahl") == "support", stances_on
    tariff = [i for i in issues if "tariff" in i.keywords]
    assert not tariff or "lars-ekdahl" not in stances_by_actor(articles, statements, analyses, issues, tariff[0])


def test_the_author_or_critic_of_a_measure_named_by_its_possessor_holds_that_stance(model):
    _, statements = statements_of([
        "The levy's fiercest critic, Senator Ana Reyes of the northern district, spoke first.",
        "The levy's principal author, Rep. Piet Olsen, said a single fund would attract larger grants.",
    ], model)
    levy = Issue("levy", "The levy", ["levy"])
    assert stances(statements, levy, "Reyes") == ["oppose"]
    assert stances(statements, levy, "Olsen") == ["support"]
    district = Issue("district", "The district", ["district"])
    assert stances(statements, district, "Reyes") in ([], ["neutral"])


def test_the_form_a_measure_takes_is_not_what_is_argued_about(model):
    # "in its current form" qualifies the stance; "the bill" is still the measure the story names
    _, statements = statements_of([
        "The rent cap bill passed its second reading on Tuesday.",
        "Senator Ana Reyes said she opposed the bill in its current form.",
    ], model)
    cap = Issue("cap", "Rent cap", ["rent cap", "cap"])
    assert stances(statements, cap, "Reyes") == ["oppose"]


def test_being_wrong_to_imply_something_is_no_stance_on_it(model):
    # the judged words are someone else's claim: calling the claim wrong takes no side on what it names
    _, statements = statements_of([
        "\"The judges are simply wrong to imply that this is a decision to extend the toll on a whim,\" said "
        "Councillor Ivo Brandt.",
    ], model)
    toll = Issue("toll", "Harbour toll", ["toll", "extend", "extension"])
    assert stances(statements, toll, "Brandt") in ([], ["neutral"])


def test_where_or_when_a_measure_is_argued_does_not_stop_it_naming_the_measure(model):
    _, statements = statements_of([
        "The rent cap bill passed its second reading on Tuesday.",
        "Senator Ana Reyes said she would vote against the bill at committee level.",
    ], model)
    cap = Issue("cap", "Rent cap", ["rent cap", "cap"])
    assert stances(statements, cap, "Reyes") == ["oppose"]


def test_pressing_to_exempt_someone_from_a_measure_is_no_support_for_it(model):
    _, statements = statements_of([
        "Its president, Ines Moller, urged the government to exempt merchants with annual sales below one million "
        "from the levy.",
        "Councillor Dag Holm said he backed the levy.",
    ], model)
    levy = Issue("levy", "Parcel levy", ["levy"])
    assert "support" not in stances(statements, levy, "Moller")
    assert stances(statements, levy, "Holm") == ["support"]


def test_proposals_that_would_leave_no_safe_haven_are_opposed_as_their_proposer_backs_the_most_debated_one(model):
    # "X's proposals" stand for what X backs; when X backs two things as often, the one the corpus argues most
    pieces = {
        "plans": ("Harbour toll plans unveiled", [
            "Councillor Piet Olsen said he backed the harbour toll.",
            "Piet Olsen also said he supported the congestion charge.",
            "Councillor Ines Moller said she opposed the harbour toll.",
            "Dag Holm said he supported the harbour toll.",
            "Ada Quinn said she opposed the congestion charge.",
        ]),
        "reaction": ("Fishers attack toll", [
            "The North Sea Fishers Union said Piet Olsen's proposals would mean there would be no safe haven for "
            "small boats.",
            "Councillor Ines Moller said the toll was a mistake.",
            "Dag Holm said he opposed the congestion charge.",
            "Ada Quinn said she backed the toll.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    toll = next(i for i in issues if "toll" in i.keywords)
    assert stances_by_actor(articles, statements, analyses, issues, toll).get("north-sea-fishers-union") == "oppose"


def test_what_a_measure_is_like_is_not_what_it_is_and_the_means_to_an_end_is_wanted(model):
    # "an Australian-style points system" is a points system; what is wanted "through" it is wanted by means of it
    _, statements = statements_of([
        "The Harbour Party also wants quotas for work permits through an Australian-style points system.",
        "Councillor Ines Moller said she opposed the points system.",
    ], model)
    points = Issue("points", "Points system", ["point system"])
    assert stances(statements, points, "Harbour Party") == ["support"]
    assert stances(statements, points, "Moller") == ["oppose"]


def test_calling_for_a_measure_to_be_overhauled_is_against_it_as_it_stands(model):
    _, statements = statements_of([
        "Councillor Ines Moller said the council should overhaul the levy.",
        "Councillor Dag Holm said the levy should be rewritten from top to bottom.",
    ], model)
    levy = Issue("levy", "Levy", ["levy"])
    assert stances(statements, levy, "Moller") == ["oppose"]
    assert stances(statements, levy, "Holm") == ["oppose"]


def test_advising_others_to_expect_something_is_no_stance_on_it(model):
    _, statements = statements_of([
        "The harbour toll bill passed the lower house on Monday.",
        "Lord Dag Holm said ministers should expect it to be changed beyond recognition in the upper house.",
    ], model)
    toll = Issue("toll", "Harbour toll", ["toll"])
    assert "support" not in stances(statements, toll, "Holm")


def test_how_a_measure_must_be_carried_out_is_no_stance_on_it(model):
    _, statements = statements_of([
        "The curfew orders return to the Commons on Monday.",
        "\"That must be done with a proper judicial process,\" said Councillor Ines Moller.",
        "\"They need to rethink the curfew orders,\" said Councillor Dag Holm.",
    ], model)
    orders = Issue("orders", "Curfew orders", ["curfew order", "order"])
    assert "support" not in stances(statements, orders, "Moller")
    assert stances(statements, orders, "Holm") == ["oppose"]


def test_the_only_one_to_vote_against_a_measure_in_apposition_opposes_it(model):
    _, statements = statements_of([
        "The rent cap bill passed its second reading on Tuesday.",
        "Senator Ana Reyes, the only senator to vote against the bill, said little afterwards.",
    ], model)
    cap = Issue("cap", "Rent cap", ["rent cap", "cap"])
    assert stances(statements, cap, "Reyes") == ["oppose"]


def test_what_another_named_actor_warned_reported_by_a_speaker_is_not_the_speakers_stance(model):
    _, statements = statements_of([
        "Councillor Ines Moller also says Mayor Dag Holm warned the council in March that the toll could be "
        "illegal.",
        "Councillor Piet Olsen said the toll was illegal.",
    ], model)
    toll = Issue("toll", "Harbour toll", ["toll"])
    assert stances(statements, toll, "Moller") in ([], ["neutral"])
    assert stances(statements, toll, "Olsen") == ["oppose"]


def test_a_stance_on_a_measure_by_its_name_is_a_stance_on_what_its_name_says(model):
    # "opposes the Casino Gaming Control Bill" takes a direct stance on casino gaming, which the corpus argues
    pieces = {
        "statement": ("Council statement on casinos", [
            "The Linden Christian Council opposes the Casino Gaming Control Bill and calls on the government to "
            "withdraw it.",
            "The Resort Operators Association said it supported the Casino Gaming Control Bill.",
        ]),
        "news": ("House debates casino bill", [
            "Tourism Minister Dag Holm said regulated casinos would help the island compete for visitors.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    casino = [i for i in issues if "casino" in i.keywords]
    assert casino, [(i.label, i.keywords) for i in issues]
    stances_on = stances_by_actor(articles, statements, analyses, issues, casino[0])
    assert stances_on.get("linden-christian-council") == "oppose", stances_on
    assert stances_on.get("resort-operators-association") == "support", stances_on


def test_where_a_complaint_is_lodged_is_not_what_it_opposes(model):
    _, statements = statements_of([
        "The Harbour Integrity Group today lodged a formal complaint with the ethics commission over the award of "
        "the toll contract.",
    ], model)
    commission = Issue("commission", "Ethics commission", ["commission"])
    contract = Issue("contract", "Toll contract", ["contract", "award"])
    assert stances(statements, commission, "Harbour Integrity") in ([], ["neutral"])
    assert stances(statements, contract, "Harbour Integrity") == ["oppose"]


def test_an_everyday_word_two_actors_judge_is_no_issue(model):
    # "key changes", "the life of the nation": a word of everyday English takes three stances to be a question
    pieces = {
        "one": ("Harbour toll passes with changes", [
            "Councillor Piet Olsen said he backed the harbour toll.",
            "Councillor Ines Moller said she opposed the harbour toll.",
            "Dag Holm welcomed the changes.",
        ]),
        "two": ("Toll vote: what the changes mean", [
            "Ada Quinn said she supported the toll.",
            "Ines Moller criticised the changes.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    labels = [i.label for i in discover_issues(statements)]
    assert labels == ["Harbour toll"], labels


def test_a_stance_given_up_stays_given_up_when_it_was_on_another_word_for_the_question(model):
    # "never vote to privatise the harbour" (the harbour) and "I voted yes" (the concession) are two issues here;
    # the article that reports the vote now does not revive the August stance on the other
    pieces = {
        "vote": ("Council approves harbour concession", [
            "The decisive shift came from Councillor Dag Holm, who had told reporters in August that he would "
            "never vote to privatise the harbour.",
            "\"With the fishing rights written into the contract, I voted for the concession,\" Holm said.",
            "Councillor Piet Olsen said he opposed the concession.",
            "Councillor Ines Moller said she backed the concession.",
        ]),
        "harbour": ("Fishers fear for harbour", [
            "Piet Olsen said the harbour should stay in public hands.",
            "Ada Quinn said she wanted to privatise the harbour.",
            "Ines Moller said privatising the harbour was a mistake.",
            "Piet Olsen said the concession was a bad deal for the town.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    concession = next((i for i in issues if "concession" in i.keywords), None)
    assert concession is not None, [(i.label, i.keywords) for i in issues]
    assert stances_by_actor(articles, statements, analyses, issues, concession).get("dag-holm") == "support"
    for issue in issues:
        if issue is not concession:
            assert "dag-holm" not in stances_by_actor(articles, statements, analyses, issues, issue), issue.label


def test_a_titled_surname_shared_by_two_people_is_the_one_written_with_that_title(model):
    _, statements = statements_of([
        "For shopkeeper Andreas Vollmer, the ban is a disaster. \"This ban will close shops like mine,\" Mr Vollmer "
        "said. He is no relation to Interior Senator Katrin Vollmer, the author of the plan.",
        "The parliament votes next month. Senator Vollmer said she backed the ban without reservation.",
    ], model)
    ban = Issue("ban", "Firework ban", ["ban"])
    assert stances(statements, ban, "Katrin") and set(stances(statements, ban, "Katrin")) == {"support"}
    assert "support" not in stances(statements, ban, "Andreas")


def test_the_bare_policy_word_is_the_phrase_whose_object_the_corpus_argues(model):
    # "the ban" of a corpus about exports is the export ban, not a "ban on income" said twice as a figure of speech
    pieces = {
        "bill": ("Parliament passes shea export ban", [
            "Minister Dag Holm said the export ban would build local factories.",
            "Trader Ines Moller said she opposed the ban.",
            "Piet Olsen said raw exports should stop.",
            "Ada Quinn said she wanted exports to continue.",
        ]),
        "party": ("Party backs ban, with conditions", [
            "\"We will support the ban, but without money for machines it will be a ban on income,\" said party "
            "leader Lena Berg.",
            "Lena Berg said a ban on income was no policy.",
            "Councillor Tom Hale said the ban was right and that exports of raw nuts must end.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    labels = [i.label for i in discover_issues(statements)]
    assert any("export" in label.lower() for label in labels), labels
    assert not any("income" in label.lower() for label in labels), labels


def test_calling_for_a_measure_to_be_suspended_is_against_it(model):
    _, statements = statements_of([
        "Councillor Lim Wei Jie filed a motion calling for the concession to be suspended and put out to tender.",
        "Councillor Ines Moller wants the levy to be scrapped.",
        "Councillor Dag Holm wants the levy to be kept.",
    ], model)
    concession = Issue("concession", "Concession", ["concession"])
    levy = Issue("levy", "Levy", ["levy"])
    assert stances(statements, concession, "Lim Wei Jie") == ["oppose"]
    assert stances(statements, levy, "Moller") == ["oppose"]
    assert stances(statements, levy, "Holm") == ["support"]


def test_a_ban_named_by_whom_it_bars_is_a_ban_on_them(model):
    # "the residents' ban" is a ban on residents: the issue says whom it bars
    pieces = {
        "senate": ("Senate weighs residents' ban", [
            "The Linden Christian Council supports the residents' ban proposed by Senator Roderick Best.",
            "The Hotel Workers Union opposes the residents' ban.",
            "Senator Roderick Best said the residents' ban would protect families.",
        ]),
        "hotels": ("Hotels reject residents' ban", [
            "The Resort Operators Association said it opposed the residents' ban.",
            "Senator Roderick Best said he backed the residents' ban.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert any("resident ban" in i.keywords for i in issues), [(i.label, i.keywords) for i in issues]


def test_a_stance_said_outright_outweighs_one_only_implied_the_other_way(model):
    # "I oppose the fare cap" says where she stands; that the cap "would help some families" concedes a merit
    pieces = {
        "vote": ("Council debates bus fare cap", [
            "The council will vote on a fare cap for city buses next week.",
            "\"I oppose the fare cap,\" Ines Moller, a Green councillor, said on Monday.",
            "Moller said the fare cap would help some families, but the depot could not pay for it.",
            "Councillor Dag Holm said he supported the fare cap.",
        ]),
    }
    cap, stances_on = the_one_issue(pieces, model, lambda words: "cap" in words)
    assert stances_on.get("ines-moller") == "oppose", stances_on
    assert stances_on.get("dag-holm") == "support", stances_on


def test_the_bill_is_not_a_clause_of_the_bill(model):
    # "clause 9 of the bill" is argued about; "the bill" still names the whole bill, which is an issue of its own,
    # and "the clause" is clause 9 where the corpus numbers only one
    pieces = {
        "vote": ("Clause 9 splits lawmakers over Harbour Safety Bill", [
            "Lawmakers debated clause 9 of the Harbour Safety Bill on Tuesday.",
            "Senator Amal Petros said she opposed clause 9 because it would jail pilots for honest mistakes.",
            "Senator Dario Quist said he supported clause 9.",
            "The Pilots Guild said it opposed the bill.",
        ]),
        "reaction": ("Pilots attack clause 9 of Harbour Safety Bill", [
            "The Harbour Safety Bill would create a new port authority.",
            "Councillor Rhea Vance said she would vote against clause 9 and the clause should be dropped.",
            "Rhea Vance said clause 9 of the bill was added in March.",
            "Rhea Vance said she backed the bill.",
            "Tomas Ekberg, a harbour master, said he rejected the bill.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    clause = [i for i in issues if i.label == "Clause 9"]
    bill = [i for i in issues if i.label == "Harbour Safety Bill"]
    assert clause and bill, [(i.label, i.keywords) for i in issues]
    on_bill = stances_by_actor(articles, statements, analyses, issues, bill[0])
    assert on_bill == {"pilots-guild": "oppose", "rhea-vance": "support", "tomas-ekberg": "oppose"}, on_bill
    on_clause = stances_by_actor(articles, statements, analyses, issues, clause[0])
    assert on_clause == {"amal-petros": "oppose", "dario-quist": "support", "rhea-vance": "oppose"}, on_clause


def test_a_measure_named_by_its_title_stands_for_the_issue_its_title_names(model):
    # "the Menthol Cigarettes (Sales Ban) Bill" is the sales ban argued about; the words of a title are no object
    # of a ban ("voted against the ... (Quality and Export) Bill" is not for an export ban by being against exports)
    pieces = {
        "split": ("Senators split over sales ban", [
            "The Menthol Cigarettes (Sales Ban) Bill would ban menthol cigarettes from 2027.",
            "Senator Lina Oduya said she supported the sales ban.",
            "Senator Paul Reyes said he opposed the sales ban because it would hurt small shops.",
            "Omar Haddad, who chairs a retailers group, said he would vote against the Menthol Cigarettes (Sales Ban) Bill.",
        ]),
        "passed": ("Sales ban bill clears Senate", [
            "The Menthol Cigarettes (Sales Ban) Bill passed the Senate by 40 votes to 31.",
            "Ana Lutz, a heart surgeon, said she backed the Menthol Cigarettes (Sales Ban) Bill.",
            "Omar Haddad said he would challenge the sales ban in court.",
        ]),
    }
    ban, stances_on = the_one_issue(pieces, model, lambda words: "sale ban" in words)
    assert stances_on == {"lina-oduya": "support", "paul-reyes": "oppose", "omar-haddad": "oppose",
                          "ana-lutz": "support"}, stances_on
    _, statements = statements_of(
        ["The opposition Fiji Unity Party voted against the Kava (Quality and Export) Bill at its second reading."],
        model)
    export_ban = Issue("export-ban", "Export ban", ["ban", "export", "export ban"], opposite=["export"])
    assert stances(statements, export_ban, "Unity") == ["oppose"]  # against the bill, whose title names exports


def test_a_titled_measure_joins_the_issue_its_title_names():
    # the order of discovery is kept: the issue argued most keeps its place and takes the title as its label
    issues = [
        Issue("export-ban", "Export ban", ["ban", "export", "export ban"], ["export"], ["a", "b"]),
        Issue("licence-fee", "Licence fee", ["fee"], [], ["a"]),
        Issue("kava-quality-and-export-bill", "Kava (Quality and Export) Bill", ["bill"], [], ["b", "c"]),
        Issue("fiji-kava-authority", "Fiji Kava Authority", ["authority"], [], ["c"]),
    ]
    joined = _join_named_measures(issues)
    assert [i.label for i in joined] == ["Kava (Quality and Export) Bill", "Licence fee", "Fiji Kava Authority"]
    assert joined[0].keywords == ["ban", "export", "export ban", "bill"] and joined[0].opposite == ["export"]
    assert joined[0].articles == ["a", "b", "c"]
    # a title that names no other issue stays an issue of its own
    alone = [Issue("fee", "Licence fee", ["fee"]), Issue("m", "Media Practitioners (Amendment) Bill", ["bill"])]
    assert [i.label for i in _join_named_measures(alone)] == ["Licence fee", "Media Practitioners (Amendment) Bill"]


def test_backing_an_appeal_is_against_what_it_appeals(model):
    _, statements = statements_of([
        "The council approved the buffer zone on Monday.",
        "Rajesh Prakash said his association would back a legal appeal.",
    ], model)
    buffer_zone = Issue("buffer-zone", "Buffer zone", ["buffer", "zone"])
    assert stances(statements, buffer_zone, "Prakash") == ["oppose"]


def test_what_an_officer_says_of_the_body_they_speak_for_is_its_stance(model):
    # "the association" in its chairman's words is the association named before; a body the speaker does not
    # speak for ("the council", said by a trader) is reported, not the council's statement
    _, statements = statements_of([
        "The Harbour Traders Association said the decision would cost jobs.",
        "Chairman Omar Haddad said the association opposed the levy but welcomed the exemption.",
        "Lena Ortiz, who sells fish on the quay, said the Harbour Council wanted the levy.",
        "She said the council wanted the levy.",
        "Transport minister Carla Medina said the association supported the levy.",
    ], model)
    levy = Issue("levy", "Levy", ["levy"])
    said_by_chairman = [s for s in statements if s.text.startswith("Chairman")]
    assert {s.actor_name for s in said_by_chairman} == {"Omar Haddad", "Harbour Traders Association"}
    assert all(stance_of(s, levy) == "oppose" for s in said_by_chairman)
    assert stances(statements, levy, "Harbour Council") == []
    # a minister is no officer of the association: what she says of it is her report
    said_by_minister = [s for s in statements if s.text.startswith("Transport minister")]
    assert {s.actor_name for s in said_by_minister} <= {"Carla Medina"}, said_by_minister


def test_wanting_others_to_understand_something_is_no_stance_on_it(model):
    closure = Issue("closure", "Branch closure", ["closure", "close"])
    _, statements = statements_of([
        "Margaret Dube said she wanted councillors to understand what they would be closing.",
        "Ray Ortega said he wanted councillors to understand that closing the branch was wrong.",
        "Ines Moller said she was glad to see the branch closure voted down.",
    ], model)
    assert stances(statements, closure, "Dube") == ["neutral"]
    assert stances(statements, closure, "Ortega") == ["oppose"]
    assert stances(statements, closure, "Moller") == ["oppose"]


def test_a_stance_in_an_interview_whose_headline_names_something_else_counts(model):
    # the minister speaks in the reports on the contract; her interview, headlined on burning garbage, argues it too
    pieces = {
        "vote": ("Council approves waste contract", [
            "The council approved the waste contract on Monday.",
            "Minister Carla Medina said construction of the plant would start in May.",
            "Opposition leader Tom Reyes said he opposed the contract.",
            "Councillor Ana Lutz said she supported the contract.",
        ]),
        "court": ("Waste contract challenged in court", [
            "Tom Reyes said the contract was a mistake.",
            "Ana Lutz said the contract would create jobs.",
        ]),
        "interview": ("We cannot keep burning our garbage, minister says", [
            "Carla Medina said the contract was the best decision the government had made.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    contract = next(i for i in issues if "contract" in i.keywords)
    _, actor_ids = link_actors(articles, analyses, ActorOptions())
    medina = next(p for p in link_positions(articles, statements, actor_ids, issues)
                  if p.issue == contract.id and p.actor == "carla-medina")
    assert medina.stance == "support"
    assert "interview" in {e.article for e in medina.evidence}, medina.evidence


def test_coming_out_against_a_measure_is_a_statement_against_it(model):
    _, statements = statements_of([
        "The council approved the harbour toll on Monday.",
        "The Pilots Guild, which represents harbour pilots, has also come out against the toll.",
    ], model)
    toll = Issue("toll", "Harbour toll", ["toll"])
    assert stances(statements, toll, "Pilots Guild") == ["oppose"]


def test_what_a_condition_supposes_and_what_others_tell_us_are_no_stance(model):
    # "If this bill passes" supposes the bill passes; "we are told" the shops will be free reports others' promise
    _, statements = statements_of([
        "I have worked in a department store for nineteen years.",
        "I oppose the Sunday trading bill.",
        "If this bill passes, our Sundays are gone.",
        "We are told the shops will be free to stay closed and the staff will be free to say no.",
    ], model, kind="opinion", authors=["Maria Kogler"])
    trading = Issue("sunday-trading", "Sunday trading bill", ["sunday trading", "trading", "shop", "bill"])
    found = stances(statements, trading, "Kogler")
    assert found and set(found) == {"oppose"}, found
    # a condition the main clause takes a stance on is no supposition: boycotting the port if it goes ahead opposes it
    _, statements = statements_of([
        "The council published the harbour toll on Monday.",
        "Omar Haddad said traders would boycott the port if the plan went ahead.",
    ], model)
    assert stances(statements, Issue("toll", "Harbour toll", ["toll"]), "Haddad") == ["oppose"]


def test_a_day_wanted_is_an_object_of_its_own_not_the_issue_named_before(model):
    _, statements = statements_of([
        "The cabinet approved the tourist zones on Tuesday.",
        "\"The zones are a mistake. Our shop workers need their Sundays,\" Mayor Michael Lindner said.",
    ], model)
    zones = Issue("zones", "Tourist zones", ["zone"])
    assert stances(statements, zones, "Lindner") == ["oppose"]


def test_an_issue_is_named_by_the_one_name_its_noun_is_given(model):
    # "the maternity unit" twice, then "the unit": the issue is the maternity unit, not "Unit"
    pieces = {
        "row": ("Row over maternity unit at St Anne's", [
            "The health board will decide the future of the maternity unit at St Anne's hospital next month.",
            "Councillor Ines Moller said she supported the unit.",
            "Dr Paul Reyes, the board's medical director, said the unit was no longer safe.",
            "Nurse Ana Lutz said she would defend the maternity unit.",
        ]),
        "rally": ("Campaigners rally for maternity unit", [
            "Tom Berg said he backed the maternity unit.",
            "Tom Berg, who chairs the campaign, said the unit had served the town for sixty years.",
            "Dr Paul Reyes said the unit was a risk to mothers.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    assert [i.label for i in discover_issues(statements)] == ["Maternity unit"]


def test_a_bill_known_by_its_number_is_the_issue_of_stories_headlined_by_the_bill(model):
    # stories headlined by a bill ("Bill 57", "hospice access bill"), never by what it does: the argued question is
    # "Bill 57", argued by "the bill" and "it" too (without it: no issue at all, the stances scattered over the
    # amendments and the fund the sentences around "the bill" mention)
    pieces = {
        "vote": ("Hospice access bill clears second reading on free vote", [
            "Bill 57 was supported by 30 members and opposed by 22 on Tuesday.",
            "Health Minister Carla Voss voted for the bill and told the house the government would bring forward "
            "amendments at committee.",
            "Opposition leader Brent Haldane, who voted against, said his party would seek amendments at committee.",
        ]),
        "column": ("Bill 57 would hollow out rural hospice care", [
            "I am writing because I believe Bill 57 would do real harm to the people I care for, and I am asking "
            "members to vote against it.",
            "A travel fund for rural patients is overdue.",
        ]),
        "committee": ("Committee hears from public on hospice access bill", [
            "Dr Ruth Penner asked the committee to keep the travel fund.",
            "Kelly Arsenault said the coalition welcomed the travel fund.",
            "Lorraine Baptiste urged the committee to pass the bill without delay.",
            "Sponsor Dr Lena Marsh said she was open to amendments on timelines.",
        ]),
        "mla": ("Tory member breaks ranks to back hospice access bill", [
            "Wayne Fehr will vote for Bill 57, breaking with his party.",
            "Opposition leader Brent Haldane said the rest of the caucus would vote against the bill.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    bill = next((i for i in issues if i.label == "Bill 57"), None)
    assert bill is not None, [i.label for i in issues]
    found = stances_by_actor(articles, statements, analyses, issues, bill)
    assert (found.get("carla-voss"), found.get("brent-haldane"), found.get("lorraine-baptiste")) == (
        "support", "oppose", "support"), found


def test_a_bill_number_in_stories_headlined_by_what_it_does_is_that_issue(model):
    # "Senate Bill 214" in stories headlined "school phone ban": the number of the phone ban, not a second issue
    pieces = {
        "vote": ("Senate passes school phone ban", [
            "The Senate passed a ban on phones in classrooms on Tuesday.",
            "Senator Carla Voss said the phone ban would protect children and voted for Senate Bill 214.",
            "Senator Brent Haldane said the phone ban was an overreach.",
        ]),
        "column": ("Teachers back the phone ban", [
            "I support the phone ban, and I am asking members to vote for Senate Bill 214.",
            "Teacher Ruth Penner said the phone ban was long overdue.",
        ]),
        "committee": ("Committee hears parents on phone ban", [
            "Parent Kelly Arsenault said the phone ban was wrong and urged members to vote against Senate Bill 214.",
            "Lorraine Baptiste urged the committee to pass Senate Bill 214 without delay.",
            "Brent Haldane said he would vote against Senate Bill 214.",
        ]),
    }
    _, statements, _ = corpus_of(pieces, model)
    assert [i.label for i in discover_issues(statements)] == ["Phone ban"]


def test_a_verb_that_never_names_a_thing_is_no_question_of_a_debate(model):
    # "should not join the volunteer scheme" / "would join it gladly": actors on both sides of "join" in the
    # debate's articles, but no one names anything by it -- the scheme is the thing, "Join" no issue
    pieces = {
        "a": ("Council votes to close six libraries", [
            "Councillor Ann Price said she opposed the library closures.",
            "Council leader Tom Hale said the library closures were the right plan.",
            "Librarian Mary Rhys said the library closures were a disgrace.",
            "Union official Dai Morgan said members should not join the council's volunteer scheme.",
        ]),
        "b": ("Campaigners fight library closures", [
            "Campaigner Beth Lloyd said she would fight the library closures.",
            "Tom Hale said the library closures would save money.",
            "Volunteer Gwen Owen said she would join the council's volunteer scheme gladly.",
            "Ann Price said nobody should join it.",
        ]),
    }
    _, statements, _ = corpus_of(pieces, model)
    assert [i.label for i in discover_issues(statements)] == ["Library closure"]


def test_not_stopping_until_it_is_thrown_out_is_no_stance_and_no_condition(model):
    # "we will not stop until it is thrown out": the speaker going on, against the levy until it goes -- neither
    # for what "not stop" would keep nor for the levy on a condition
    levy = Issue("levy", "Rider levy", ["levy"])
    _, statements = statements_of([
        "The county brought in a daily levy on motorcycle taxis last month.",
        '"We have gone to court because this levy is illegal, and we will not stop until it is thrown out," '
        "association chairman Kevin Wafula said.",
    ], model)
    assert stances(statements, levy, "Wafula") == ["oppose"]
    assert not [r for s in statements for r in s.readings if r.polarity > 0]


def test_a_verb_the_headlines_name_is_no_issue_unless_it_names_a_thing(model):
    # "riders should not have to pay" / "every rider must pay": "pay" argued both ways, headlined, never a noun
    # -- the levy is the question
    pieces = {
        "a": ("Riders say they cannot pay as county levy starts", [
            "Councillor Ann Wanjiru said the levy was unfair.",
            "Finance officer Tom Otieno said the levy was fair.",
            "Rider Paul Kamau said riders should not have to pay.",
            "Trader Mary Achieng said the levy was a burden.",
        ]),
        "b": ("County insists everyone must pay", [
            "Tom Otieno said every rider must pay.",
            "Ann Wanjiru said she opposed the levy.",
            "Paul Kamau said riders would refuse to pay.",
        ]),
    }
    _, statements, _ = corpus_of(pieces, model)
    assert [i.label for i in discover_issues(statements)] == ["Levy"]


def test_vote_it_down_opposes_what_it_stands_for(model):
    ban = Issue("ban", "Phone ban", ["phone ban", "ban"])
    _, statements = statements_of([
        "The House is debating a statewide phone ban in classrooms.",
        '"I\'m asking you to vote it down," parent Tricia Halvorsen told the committee.',
    ], model)
    assert stances(statements, ban, "Halvorsen", [ban]) == ["oppose"]


def test_a_measure_named_in_a_resolutions_clause_is_not_the_resolution(model):
    # "passed a resolution opposing the shift": against the shift the story is about, not the resolution
    shift = Issue("shift", "Capital shift", ["shift", "capital"])
    resolution = Issue("resolution", "Resolution", ["resolution"])
    _, statements, _ = corpus_of({"a": ("City council defies state on capital shift", [
        "The state cabinet approved the shift of the capital to Suryapuri on Monday.",
        "The Bhubaneswar Municipal Corporation passed a resolution opposing the shift at a special meeting on "
        "Wednesday.",
    ])}, model)
    assert stances(statements["a"], shift, "Bhubaneswar", [shift, resolution]) == ["oppose"]


def test_what_a_measure_is_said_to_be_judges_it(model):
    # "the ban was an attack on ordinary families": an act against them, so against the ban; "a solution in
    # search of a problem" lacks what it is for, whatever "solution" says alone
    ban = Issue("ban", "Stove ban", ["ban", "stove ban"])
    _, statements = statements_of([
        "The council approved a ban on wood stoves on Tuesday.",
        'Organiser Marieke Jansen said the ban was "an attack on ordinary families who heat their homes".',
        'Councillor Shelley Thiessen said the ban was "a solution in search of a problem".',
    ], model)
    assert stances(statements, ban, "Jansen") == ["oppose"]
    assert stances(statements, ban, "Thiessen") == ["oppose"]
    # (an act against a thing, not people, judges the act: "a rejection of austerity" says nothing of the ban)
    _, statements = statements_of([
        "The council approved a ban on wood stoves on Tuesday.",
        "Councillor Piet Vos said the ban was a rejection of austerity.",
    ], model)
    assert "oppose" not in stances(statements, ban, "Vos")


def test_terms_set_by_provided_as_long_as_and_on_condition_make_a_stance_conditional(model):
    closure = Issue("closure", "Street closure", ["closure"])
    _, statements = statements_of([
        "The council voted to close Kupiecka street to cars.",
        "Councillor Ewa Nowak said she would back the closure provided the city built a new car park.",
        "Councillor Adam Lis said he would back the closure as long as taxis were allowed.",
        "Councillor Piotr Zaj said he backed the closure on condition that deliveries could continue.",
        "Councillor Jan Wolny said he backed the closure as it was.",
        # (no terms: the source's anonymity, a condition put first, the measure's own coming)
        "A council official said on condition of anonymity that she backed the closure.",
        "Councillor Ada Kern said that as long as she was mayor she would oppose the closure.",
        "Councillor Olga Ruda said she would back the closure if it comes with funding for the buses.",
    ], model)
    for name in ("Nowak", "Lis", "Zaj", "Ruda"):
        assert stances(statements, closure, name) == ["mixed"], name
    assert stances(statements, closure, "Wolny") == ["support"]
    assert "mixed" not in stances(statements, closure, "Kern")


def test_it_in_a_clause_coordinated_with_one_about_a_measure_is_that_measure(model):
    _, statements = statements_of([
        "The strike by water workers entered its third day on Monday.",
        "Marcos Prates said the concession would put Recife on the map and urged councillors to approve it.",
    ], model)
    concession = Issue("concession", "Water concession", ["concession"])
    strike = Issue("strike", "Strike", ["strike"])
    issues = [concession, strike]
    assert stances(statements, concession, "Prates", issues) == ["support"]
    assert stances(statements, strike, "Prates", issues) == []


def test_bodies_places_and_councillors_are_no_issues(model):
    # stances on "the union", "the city" and "the councillors" are stances on actors and places, not on a question
    pieces = {
        "toll": ("City votes on harbour toll", [
            "Councillor Ines Moller said she supported the harbour toll.",
            "Councillor Paul Reyes said he opposed the harbour toll.",
            "Ines Moller said the union was wrong and criticised the city.",
            "Paul Reyes said he backed the union and praised the councillors.",
        ]),
        "reaction": ("Union attacks city over harbour toll", [
            "Tom Berg said the harbour toll would ruin the port.",
            "Ana Lutz said she welcomed the harbour toll.",
            "Tom Berg said he opposed the union and the city.",
            "Ana Lutz said she supported the city and thanked the councillors.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    labels = [i.label.lower() for i in discover_issues(statements)]
    assert any("toll" in label for label in labels), labels
    assert not any(label in ("union", "city", "councillors", "unions") for label in labels), labels


def test_a_hyphened_modifier_stays_whole_in_a_phrase(model):
    _, statements = statements_of(["Councillor Ines Moller said she supported the two-year review of the rule."], model)
    phrases = {r.phrase for s in statements for r in s.readings}
    assert "two-year review" in phrases, phrases
    # and a proper name keeps its hyphened first word: "the Last-Mile Delivery Levy", not "Mile Delivery Levy"
    pieces = {
        "vote": ("Senate debates Last-Mile Delivery Levy", [
            "Senator Ana Lutz said she supported the Last-Mile Delivery Levy.",
            "Senator Tom Berg said he opposed the levy.",
        ]),
        "reaction": ("Couriers attack Last-Mile Delivery Levy", [
            "Omar Haddad said the Last-Mile Delivery Levy would ruin small couriers.",
            "Ines Moller said she welcomed the levy.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    assert [i.label for i in discover_issues(statements)] == ["Last-Mile Delivery Levy"]


def test_a_measure_known_only_by_its_title_is_an_issue_of_that_name(model):
    # the stances on "the bill" sit beside stances on a fee it adds, but no stance names what the bill is about by
    # a word of its own: the title is the only name the corpus gives it, and "this bill" in a story that never
    # writes the title is the same bill
    pieces = {
        "tabled": ("Ministry tables lighthouse bill", [
            "The Coastal Lighting (Amendment) Bill was tabled in parliament on Monday. It adds a night fee for ships.",
            "Harbour master Ines Falk said she backed the night fee. She said she supported the Coastal Lighting "
            "(Amendment) Bill.",
            "The Skippers Union said the night fee was unfair and said it opposed the bill.",
        ]),
        "debate": ("Skippers and keepers split", [
            "Lawmakers will debate the Coastal Lighting (Amendment) Bill next week.",
            "Ines Falk said the night fee was fair. She said the bill was long overdue.",
            "Teodor Brant, a ferry pilot, said the night fee would ruin him and said he would vote against the bill.",
        ]),
        "letters": ("Letters", [
            "Mara Olsen, who fishes out of Varde, wrote: \"I am against this bill, and I will say so to every "
            "minister.\"",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    bill = [i for i in issues if i.label == "Coastal Lighting (Amendment) Bill"]
    assert len(bill) == 1 and any(i.label == "Night fee" for i in issues), [(i.label, i.keywords) for i in issues]
    assert "amendment" not in bill[0].keywords  # a word of every amending bill's title names nothing
    on_bill = stances_by_actor(articles, statements, analyses, issues, bill[0])
    assert on_bill == {"ines-falk": "support", "skippers-union": "oppose", "teodor-brant": "oppose",
                       "mara-olsen": "oppose"}, on_bill


def test_a_bill_known_by_its_number_is_no_title(model):
    # "House Bill 4410" names the chamber, not what the bill is about; the year of a titled bill is no number
    _, statements = statements_of([
        "Senator Ada Ruiz said she would vote against House Bill No. 4410.",
        "Congressman Lee Park said he backed House Bill 4410.",
        "Mayor Rui Sal said he backed the Harbour Lights Bill 2025.",
    ], model)
    phrases = {r.phrase for s in statements for r in s.readings if r.phrase}
    assert {"House Bill 4410", "Harbour Lights Bill"} <= phrases and "House Bill" not in phrases, phrases
    assert not any(i.label.startswith("House Bill") for i in discover_issues(statements))


def test_an_officer_whose_title_the_body_owns_speaks_for_it(model):
    # "Its national coordinator": the body named last before the title; what the officer says "the alliance" does
    # is the alliance's stance too, by name, not only by the guess "keep it"
    _, statements = statements_of([
        "The toll also has a vocal ally in the Digital Tenants Alliance of Uganda (DTAU), a group formed in 2021 by "
        "tenants who had been evicted. Its national coordinator, Mira Holt, said the alliance fully backed the toll "
        "and urged senators to keep it.",
    ], model)
    alliance = [r for s in statements if s.actor_name.startswith("Digital Tenants") for r in s.readings]
    assert [(r.term, r.polarity) for r in alliance if r.term == "toll"] == [("toll", 1)], alliance
    assert stances(statements, Issue("toll", "Toll", ["toll"]), "Holt") == ["support"]


def test_support_held_on_a_condition_is_mixed_unless_said_outright(model):
    # the condition is the stance: praise beside it does not make it plain support; a vote for it does
    merger = Issue("merger", "Merger", ["merger"])
    condition = "Councillor Anneli Virtanen said she would back the merger only if the agreement guaranteed a clinic."
    for said, stance in (("Virtanen said the merger was a sensible step.", "mixed"),
                         ("On Monday Virtanen voted for the merger.", "support")):
        articles, statements, analyses = corpus_of({"story": ("Towns to merge", [condition, said])}, model)
        assert stances_by_actor(articles, statements, analyses, [merger], merger) == {"anneli-virtanen": stance}


def test_a_condition_on_the_speakers_themselves_is_no_condition_on_the_stance(model):
    # "if we win", "if we must": the circumstance of those who take the stance, not a price they set on the measure
    _, statements = statements_of([
        "\"We will scrap the levy if we win control of the council,\" Jens Kruse said.",
        "\"We will defend this ban in the streets if we must,\" said Ola Berg.",
        "\"We would back the ban if the listed buildings are exempted,\" said Mia Lund.",
    ], model)
    levy, ban = Issue("levy", "Levy", ["levy"]), Issue("ban", "Ban", ["ban"])
    assert stances(statements, levy, "Kruse") == ["oppose"]
    assert stances(statements, ban, "Berg") == ["support"]
    assert stances(statements, ban, "Lund") == ["mixed"]
    kruse = [r for s in statements if "Kruse" in s.actor_name for r in s.readings if r.polarity]
    assert [r.term for r in kruse] == ["levy"], kruse  # winning control is no stance


def test_judging_the_proposal_of_something_judges_it(model):
    # "it was disgusting to propose a quota": the proposing is judged, so the quota is; "I was wrong to think the
    # quota could wait" judges a thought, not the quota
    quota = Issue("quota", "Quota", ["quota"])
    _, statements = statements_of([
        "Matthew Taylor said it was disgusting to propose a quota.",
        "Rana Malik said she was wrong to think the quota could wait.",
    ], model)
    assert stances(statements, quota, "Taylor") == ["oppose"]
    assert stances(statements, quota, "Malik") in ([], ["neutral"])


def test_a_titled_measure_is_argued_wherever_it_is_named_by_its_title(model):
    # a storm report quoting someone nobody else quotes still argues about the bill it names by title
    pieces = {
        "tabled": ("Ministry tables lighthouse bill", [
            "The Coastal Lighting Bill was tabled in parliament on Monday.",
            "Harbour master Ines Falk said she supported the Coastal Lighting Bill.",
            "The Skippers Union said it opposed the bill.",
        ]),
        "debate": ("Skippers and keepers split", [
            "Lawmakers will debate the Coastal Lighting Bill next week.",
            "Ines Falk said the bill was long overdue.",
            "Teodor Brant, a ferry pilot, said he would vote against the bill.",
        ]),
        "storm": ("Storm closes northern ports", [
            "High winds closed three ports on Friday.",
            "Pilots leader Sven Dahl said the storm had cost his members a week of work. Dahl also said he opposed the "
            "Coastal Lighting Bill.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    bill = [i for i in issues if i.label == "Coastal Lighting Bill"]
    assert len(bill) == 1 and "storm" in bill[0].articles, [(i.label, i.articles) for i in issues]
    assert stances_by_actor(articles, statements, analyses, issues, bill[0])["sven-dahl"] == "oppose"


def test_an_issue_found_from_the_words_of_a_title_takes_the_title(model):
    # every stance names "the Coastal Lighting (Amendment) Bill": "(Amendment)" says what kind of bill it is, and
    # an issue found from the title's own words is that bill, labelled by its title
    pieces = {
        "tabled": ("Ministry tables lighthouse bill", [
            "The Coastal Lighting (Amendment) Bill was tabled in parliament on Monday.",
            "Harbour master Ines Falk said she supported the Coastal Lighting (Amendment) Bill.",
            "The Skippers Union said it opposed the Coastal Lighting (Amendment) Bill.",
        ]),
        "debate": ("Skippers and keepers split", [
            "Lawmakers will debate the Coastal Lighting (Amendment) Bill next week.",
            "Teodor Brant, a ferry pilot, said he would vote against the Coastal Lighting (Amendment) Bill.",
            "Ines Falk said she backed the Coastal Lighting (Amendment) Bill.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert [i.label for i in issues] == ["Coastal Lighting (Amendment) Bill"], [(i.label, i.keywords) for i in issues]
    assert "amendment" not in issues[0].keywords
    on_bill = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert on_bill == {"ines-falk": "support", "skippers-union": "oppose", "teodor-brant": "oppose"}, on_bill


def test_what_doing_a_thing_would_do_judges_doing_it(model):
    # a gerund clause as subject is judged by what it does, as a noun subject is ("the levy would save jobs")
    levy, port = Issue("levy", "Levy", ["levy"]), Issue("port", "Port", ["port"])
    _, statements = statements_of([
        "Councillor Tom Bell said scrapping the levy would save jobs.",
        "Expanding the port would create jobs, union leader Kim Oduya said.",
    ], model)
    assert stances(statements, levy, "Bell") == ["oppose"]
    assert stances(statements, port, "Oduya") == ["support"]


def test_an_actor_named_as_a_group_for_or_against_something_holds_that_stance(model):
    # "anti-hunt groups such as X", "Y, an anti-poverty charity": what the group is for or against is its stance;
    # an "anti-terror law" describes no one
    hunting, poverty, terror = (Issue(k, k.title(), [k]) for k in ("hunt", "poverty", "terror"))
    _, statements = statements_of([
        "Anti-hunt groups - such as the League Against Cruel Sports - deployed 100 monitors at hunts.",
        "Oxfam, an anti-poverty charity, said the levy was fair.",
        "Pro-hunt campaigners such as the Countryside Alliance marched in London.",
        "Police chief Ada Moss used anti-terror laws to detain two men.",
    ], model)
    assert stances(statements, hunting, "League") == ["oppose"]
    assert stances(statements, hunting, "Countryside") == ["support"]
    assert stances(statements, poverty, "Oxfam") == ["oppose"]
    assert stances(statements, terror, "Moss") == []
    described = [s for s in statements if s.kind == "described"]
    assert {s.actor_name for s in described} == {"League Against Cruel Sports", "Oxfam", "Countryside Alliance"}


def test_an_agreement_voted_for_and_against_is_argued_whatever_the_headlines_call_it(model):
    # the headlines name the dockers; what four actors say outright they vote for or against is "the agreement":
    # one issue with both sides. "The Harbour Dockers" backed by a minister are the union that argues, no issue,
    # and no measure "the agreement" stands for
    pieces = {
        "offer": ("Dockers reach tentative deal", [
            "The Harbour Dockers' Guild reached a tentative agreement with port operators on Sunday.",
            "Guild president Ana Kreft urged dockers to ratify it.",
            "Guild steward Lena Vos said she would vote for the agreement.",
            "Crane driver Piet Aalders said he would vote against the agreement.",
        ]),
        "ballot": ("Dockers begin ballot on deal", [
            "The Harbour Dockers Union said it would stay neutral in the ballot.",
            "Shipping minister Rolf Dekker said he backed the Harbour Dockers in their fight for fair pay.",
            "Lena Vos said she would vote for the agreement because it protected overtime.",
            "Port pilot Mira Jansen said she would vote against the agreement.",
        ]),
        "split": ("Dockers split over deal", [
            "Ana Kreft said the Harbour Dockers deserved better than the old contract.",
            "Piet Aalders said he would vote against the agreement again.",
            "Dock foreman Karel Smit said he would vote for the agreement.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert [i.keywords for i in issues] == [["agreement"]], [(i.label, i.keywords) for i in issues]
    on_deal = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert {a: on_deal[a] for a in ("lena-vos", "karel-smit", "piet-aalders", "mira-jansen")} == {
        "lena-vos": "support", "karel-smit": "support", "piet-aalders": "oppose", "mira-jansen": "oppose"}, on_deal
    assert "rolf-dekker" not in on_deal


def test_who_is_asked_to_act_is_no_target_and_a_call_for_a_clause_is_a_stance(model):
    # "urged nurses to ratify it": the nurses are asked, the stance is on ratifying; "called for the levy to be
    # scrapped" is against the levy, as "wants the levy scrapped" is
    levy, split, arrest = Issue("levy", "Levy", ["levy"]), Issue("split", "Split", ["split"]), Issue("arrest", "House arrest", ["arrest"])
    nurses, regulator = Issue("nurse", "Nurses", ["nurse"]), Issue("regulator", "Regulator", ["regulator"])
    _, statements = statements_of([
        "Union chief Ana Kreft urged nurses to reject the levy.",
        "Farm leader Mo Ali called for the levy to be scrapped.",
        "Green Party leader Ida Berg wants the regulator to block the split.",
        "Mr Clarke wants house arrest to replace jail for suspects.",
    ], model)
    polar = {"support", "oppose", "mixed"}
    assert not polar & set(stances(statements, nurses, "Kreft")) and stances(statements, levy, "Kreft") == ["oppose"]
    assert stances(statements, levy, "Ali") == ["oppose"]
    assert not polar & set(stances(statements, regulator, "Berg")) and stances(statements, split, "Berg") == ["oppose"]
    assert stances(statements, arrest, "Clarke") == ["support"]


def test_a_measure_argued_many_times_is_not_named_by_a_change_to_it_said_once(model):
    # the corpus argues "the levy" again and again and calls once for it to be cut: the issue is the levy (a
    # call for it to be cut is against it), not a "levy cut" that everyone else would be read as opposing
    pieces = {
        "passed": ("County passes market levy", [
            "The county assembly passed a new market levy on Tuesday.",
            "Trader Joyce Wanjiru said the levy was unfair and she would not pay it.",
            "Finance officer Paul Kamau defended the levy, saying the county needed the revenue.",
        ]),
        "strike": ("Traders strike over levy", [
            "Market traders' leader Sam Otieno said the levy was oppressive.",
            "Governor Ruth Ndege said the levy would pay for new stalls.",
            "Senator Amina Yusuf repeated her call for the levy to be cut.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert [i.label for i in issues] == ["Levy"], [(i.label, i.keywords) for i in issues]
    on_levy = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert on_levy == {"amina-yusuf": "oppose", "joyce-wanjiru": "oppose", "paul-kamau": "support",
                       "sam-otieno": "oppose"}, on_levy


def test_ruling_something_out_is_against_it_and_a_body_holding_a_view_is_no_target(model):
    # "ruled out a levy" opposes it; in "the association remained opposed to the merger" the association holds
    # the view and is not what the view is against
    levy, merger = Issue("levy", "Levy", ["levy"]), Issue("merger", "Merger", ["merger"])
    association = Issue("association", "Association", ["association"])
    _, statements = statements_of([
        "Planning minister Rob Stanton ruled out a levy on bookings.",
        "Shigeru Kondo said the association remained opposed to the merger.",
    ], model)
    assert stances(statements, levy, "Stanton") == ["oppose"]
    assert stances(statements, merger, "Kondo") == ["oppose"]
    assert not {"support", "oppose"} & set(stances(statements, association, "Kondo"))


def test_what_is_said_to_be_in_or_against_the_public_interest_is_judged_so(model):
    # "it would be in the public interest to publish the report": the infinitive is what the predicate judges
    report, merger = Issue("report", "Report", ["report", "publish"]), Issue("merger", "Merger", ["merger"])
    _, statements = statements_of([
        "Labour MP Ann Lee said it would be in the public interest to publish the report.",
        "Tory MP Tom Ray said publishing the report was not in the national interest.",
        "Union leader Kim Bo said the merger was against the public interest.",
    ], model)
    assert stances(statements, report, "Lee") == ["support"]
    assert stances(statements, report, "Ray") == ["oppose"]
    assert stances(statements, merger, "Bo") == ["oppose"]


def test_a_veto_is_an_act_against_what_the_article_says_was_vetoed(model):
    # "the veto" after "the mayor vetoed the ban": calling it a betrayal backs the ban, fighting to overturn it
    # backs the ban, upholding it and keeping the ban off the books opposes the ban; "those fears" are no act
    ban = Issue("ban", "App ban", ["ban", "app"])
    _, statements = statements_of([
        "Mayor Ana Lobo on Friday vetoed the council's ban on ride-hailing apps.",
        "Jorge Amaral, who leads the taxi union, called the veto a betrayal.",
        "Councillor Edson Baptista said he would fight to overturn the veto.",
        "Councillor Tiago Moura said he would vote to uphold the veto and keep the ban off the city's books.",
        "City manager Rui Sato has spent the year trying to answer those fears.",
    ], model)
    assert stances(statements, ban, "Amaral", [ban]) == ["support"]
    assert stances(statements, ban, "Baptista", [ban]) == ["support"]
    assert set(stances(statements, ban, "Moura", [ban])) == {"oppose"}
    assert not {"support", "oppose"} & set(stances(statements, ban, "Sato", [ban]))


def test_a_stance_told_in_the_past_by_someone_who_changed_their_mind_is_given_up(model):
    # "I voted for the levy in good faith" beside "had changed his mind" and what he will do now: he opposes it;
    # without a change of mind, a past vote and a present view make a mixed record
    levy = Issue("levy", "Levy", ["levy"])
    _, changed = statements_of([
        "Councillor Tiago Moura said meetings with stallholders had changed his mind.",
        "\"I voted for the levy in good faith,\" Moura said.",
        "Moura said he would now vote to scrap the levy.",
    ], model)
    assert [s.former for s in changed if "good faith" in s.text] == [True]
    assert [s.former for s in changed if "now vote" in s.text] == [False]
    _, unchanged = statements_of([
        "\"I voted for the levy in good faith,\" Councillor Ana Ruiz said.",
        "Ruiz said she would now vote to scrap the levy.",
    ], model)
    assert [s.former for s in unchanged if "good faith" in s.text] == [False]


def test_voting_in_favour_is_a_stance_with_or_without_its_object(model):
    merger = Issue("merger", "Merger", ["merger"])
    _, statements = statements_of([
        "The town assembly approved the merger with the city on Friday.",
        "Assemblyman Tom Baker voted in favour of the merger.",
        "Assemblywoman Sarah Jones voted in favour.",
    ], model)
    assert stances(statements, merger, "Baker") == ["support"]
    jones = [r for s in statements if "Jones" in s.actor_name for r in s.readings if r.polarity]
    assert [(r.term, r.polarity) for r in jones] == [("", 1)]


def test_the_occasion_of_a_vote_is_no_condition_on_it(model):
    # "will vote against the merger if a referendum is held": against the merger, and no stance on the
    # referendum; "would vote for the bill only if the tax were cut" stays conditional
    merger, referendum = Issue("merger", "Merger", ["merger"]), Issue("referendum", "Referendum", ["referendum"])
    _, statements = statements_of([
        "Farmer Fumiko Ono says she will vote against the merger if a referendum is held.",
        "Councillor Ken Sato said he would vote for the merger only if the debt were cut.",
    ], model)
    assert stances(statements, merger, "Ono") == ["oppose"]
    assert not {"support", "oppose"} & set(stances(statements, referendum, "Ono"))
    sato = [r for s in statements if "Sato" in s.actor_name for r in s.readings if r.term == "merger"]
    assert sato and all(r.conditional for r in sato)


def test_the_measure_reaching_its_stage_is_no_condition_on_it(model):
    # "would campaign against it if it reached the ballot": against it whenever it comes, not for it on a term;
    # "would back it only if it exempted fishing boats" sets a term on what it is
    issues = [Issue("levy", "Harbour levy", ["levy", "harbour"])]
    articles, statements, analyses = corpus_of({"a": ("Council backs harbour levy", [
        "The harbour levy would charge every visiting yacht ten euros a night.",
        "Councillor Mira Holt has made no secret of her opposition to the levy. She told reporters that the levy "
        '"would empty the marina" and said she would campaign against it in May if it reached the ballot.',
        "Councillor Omar Reyes said he would back the harbour levy only if it exempted fishing boats.",
    ])}, model)
    found = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert found.get("mira-holt") == "oppose", found
    assert found.get("omar-reyes") == "mixed", found


def test_the_measure_getting_that_far_or_to_a_vote_is_no_condition_on_it(model):
    # "will campaign for it in the lower house and, if it gets that far, in a referendum": for it wherever it goes;
    # "would back it if it goes further" sets a term on what it is
    _, statements = statements_of([
        "The harbour levy would charge every visiting yacht ten euros a night.",
        "The Harbour Party has said it will campaign for the harbour levy in the council and, if it gets that far, "
        "in a referendum.",
        "Councillor Ines Mora said she would back the harbour levy if it gets to a vote.",
        "Councillor Omar Reyes said he would back the harbour levy if it goes further.",
    ], model)
    def conditional(actor):
        found = [r.conditional for s in statements if actor in s.actor_name for r in s.readings if r.term == "levy"]
        assert found, [(s.actor_name, s.readings) for s in statements]
        return all(found)
    assert not conditional("Harbour Party") and not conditional("Mora")
    assert conditional("Reyes")


def test_for_it_one_way_and_against_it_unless_is_mixed(model):
    # "backed measures to improve the service but would campaign against the bill unless ...": in one breath for
    # the bill and against it as it stands -- a qualified stance, though "backed" is said outright
    issues = [Issue("bill", "Ferry Services Bill", ["ferry", "bill"])]
    articles, statements, analyses = corpus_of({
        "a": ("Islands split over Ferry Services Bill", [
            "The Ferry Services Bill would hand the island routes to a single operator.",
            "Union secretary Ruth Abara said the union backed measures to improve the service but would campaign "
            "against the bill unless it guaranteed the jobs of ferry crews.",
            "Councillor Tom Ledger said he supported the Ferry Services Bill.",
        ])}, model)
    found = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert found.get("ruth-abara") == "mixed", found
    assert found.get("tom-ledger") == "support", found


def test_conceding_a_measure_and_objecting_to_something_else_is_mixed(model):
    # "I am not against the tunnel, but I am against a blank cheque": the tunnel conceded, with a reservation;
    # "we back the tunnel, but we are against the toll" is for the tunnel, whatever it thinks of the toll
    tunnel = Issue("tunnel", "Harbour tunnel", ["tunnel"])
    _, statements = statements_of([
        '"I am not against a tunnel, but I am against a blank cheque," Councillor Ama Owusu said.',
        "Councillor Kofi Mensah said he supported the tunnel in principle but would resist any "
        "relocation of the market.",
        '"We back the tunnel, but we are against the toll," Councillor Yaw Boateng said.',
    ], model)
    assert stances(statements, tunnel, "Owusu") == ["mixed"]
    assert stances(statements, tunnel, "Mensah") == ["mixed"]
    assert stances(statements, tunnel, "Boateng") == ["support"]


def test_what_a_body_says_in_a_quote_is_not_the_speakers_stance(model):
    # "The airlines say a ban would destroy the economy. I don't believe it": the airlines' claim, quoted to
    # be dismissed, is no stance of the resident's against the ban
    ban = Issue("ban", "Night flight ban", ["ban", "night flight"])
    _, statements = statements_of([
        "Residents packed the hearing on the proposed night flight ban.",
        '"The airlines say that a ban would destroy the economy. I don\'t believe it," resident Berta Kuhn said.',
    ], model)
    assert stances(statements, ban, "Kuhn") == []


def test_what_is_done_as_required_by_law_is_no_stance(model):
    referendum = Issue("referendum", "Referendum", ["referendum"])
    _, statements = statements_of([
        "Mayor Kenji Takahashi said he would submit the referendum ordinance to the assembly as required by law.",
        "Assemblywoman Yumiko Takahashi said she would submit the referendum ordinance to the assembly.",
    ], model)
    assert not {"support", "oppose"} & set(stances(statements, referendum, "Kenji"))
    assert stances(statements, referendum, "Yumiko") == ["support"]


def test_a_one_word_label_takes_the_compound_the_corpus_names_it_by():
    # "Order" is what the stances say; the statements call it "the surrender order" again and again, and argue
    # about the surrender itself: the label a reader knows it by is "Surrender order"
    from briefing.pipeline.positions import _compound_name
    texts = ["Lawyer Deborah Chu said the minister's surrender order would be appealed.",
             "Rachel Mehta said the surrender order was lawful and welcomed the order.",
             "Chu said the next order would come from the court."]
    assert _compound_name("Order", texts, {"surrender", "order", "court"}) == "Surrender order"
    assert _compound_name("Order", texts, {"order", "court"}) is None  # "surrender" argued nowhere on its own
    assert _compound_name("Surrender order", texts, {"surrender"}) is None


def test_a_verb_of_abolishing_names_the_policy_by_its_noun(model):
    # "voted to abolish licence fees" is for a licence fee abolition, as "opposed the abolition of the fee" is
    # against one: the same concept, written as a reader would name it
    _, statements = statements_of([
        "Deputy Jan Dvorak voted to abolish licence fees for public television.",
        "Deputy Eva Mares said she opposed the abolition of the licence fee.",
    ], model)
    policy = {(s.actor_name, r.phrase, r.polarity) for s in statements for r in s.readings if r.head}
    assert ("Jan Dvorak", "fee abolition", 1) in policy and ("Eva Mares", "fee abolition", -1) in policy


def test_what_the_corpus_keeps_doing_without_a_thing_names_the_question():
    # stances on "trial" where the statements keep writing "detention without trial": the question is the
    # detention without it (people are no doing: "suspects without trial" does not name it)
    from briefing.pipeline.positions import _done_without
    texts = ["Mr Straw defended detention without trial before the committee.",
             "She said detaining suspects without trial broke the law.",
             "Internment without trial was wrong then and detentions without any trial are wrong now.",
             "He said suspects without trial had no hope."]
    assert _done_without("Trial", texts, {"detention", "internment", "trial", "suspect"}) == "Detention without trial"
    assert _done_without("Trial", texts[:1], {"detention", "trial"}) is None  # written once: no pattern
    assert _done_without("Trial", texts, {"trial", "suspect"}) is None  # nothing done without it is argued


def test_an_issue_keeps_the_names_its_mentions_recur_under_as_keywords(model):
    # "the order", "the surrender order" twice: readers searching "surrender order" find the issue
    pieces = {
        "order": ("Minister orders pharmacist surrendered", [
            "Justice minister Martin Leclair signed the surrender order on Friday.",
            "Prosecutor Rachel Mehta welcomed the order.",
            "Lawyer Deborah Chu said the surrender order was unjust.",
        ]),
        "appeal": ("Pharmacist appeals", [
            "MP Judy Wasylyk called the order a disgrace.",
            "Rachel Mehta said the surrender of the pharmacist was overdue.",
            "Deborah Chu said she would fight the surrender order in court.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert [(i.label, i.keywords) for i in issues] == [("Surrender order", ["order", "surrender order"])]
    on_order = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert on_order == {"deborah-chu": "oppose", "judy-wasylyk": "oppose", "rachel-mehta": "support"}, on_order


def test_a_phrasal_verb_that_carries_the_stance_is_no_topic(model):
    # "asked the court to strike down the curfew": against the curfew, and nothing said of strikes
    curfew, strike = Issue("curfew", "Curfew", ["curfew"]), Issue("strike", "Strike", ["strike"])
    _, statements = statements_of([
        "Ombudsman Amelia Mendes has asked the Constitutional Court to strike down the night curfew.",
    ], model)
    assert stances(statements, curfew, "Mendes") == ["oppose"]
    assert stances(statements, strike, "Mendes") == []


def test_the_members_of_a_body_act_for_it(model):
    levy = Issue("levy", "Levy", ["levy"])
    _, statements = statements_of([
        "Members of the Mwembe Riders Association voted against the levy on Tuesday.",
        "Members of the public cheered.",
    ], model)
    assert stances(statements, levy, "Riders Association") == ["oppose"]
    assert {s.actor_name for s in statements} == {"Mwembe Riders Association"}
    # the body named before the noun they are "from" ("... coalition"); a place so named is where they are from
    _, members = statements_of([
        "Deputies from Mr Sall's Benno Bokk Yakaar coalition voted for the levy on Tuesday.",
        "Deputies from the Kaolack region voted against the levy.",
    ], model)
    assert stances(members, levy, "Benno Bokk Yakaar") == ["support"]
    assert not any("Kaolack" in s.actor_name for s in members), members


def test_one_of_those_who_voted_against_voted_against(model):
    merger = Issue("merger", "Merger", ["merger"])
    _, statements = statements_of([
        "The city assembly approved the merger with Asahino on Friday.",
        "Assemblyman Daisuke Mori, one of the three who voted against in the city assembly, said the debt was large.",
    ], model)
    mori = [r for s in statements if s.actor_name == "Daisuke Mori" for r in s.readings if r.polarity]
    assert any(r.cue == "voted against" and r.polarity == -1 and not r.term for r in mori), mori
    assert stances(statements, merger, "Mori", [merger]) == ["oppose"]


def test_one_noun_named_by_two_argued_compounds_is_two_questions(model):
    # "the pension age" and "the retirement age", again and again, beside stances on pensions and on retirement:
    # two issues, and a stance on one is no stance on the other
    pieces = {
        "plan": ("Government unveils pension plan", [
            "Welfare minister Kim Do-hyun said he supported a higher pension age.",
            "Union leader Park Jong-seok said he opposed a higher pension age.",
            "Park Jong-seok said pensions must be protected.",
            "Employers' chief Choi Min said he opposed a higher retirement age.",
        ]),
        "rally": ("Workers rally over retirement age", [
            "Opposition lawmaker Kim Soo-jin said she backed a higher retirement age.",
            "Choi Min said the retirement age was already too high.",
            "Kim Soo-jin said she opposed a higher pension age.",
            "Kim Do-hyun said early retirement was a burden on the young.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    by_label = {i.label: i for i in issues}
    assert set(by_label) == {"Retirement age", "Pension"}, [(i.label, i.keywords) for i in issues]
    retirement = stances_by_actor(articles, statements, analyses, issues, by_label["Retirement age"])
    assert retirement == {"choi-min": "oppose", "kim-soo-jin": "support"}, retirement
    pension = stances_by_actor(articles, statements, analyses, issues, by_label["Pension"])
    assert pension["kim-do-hyun"] == "support" and pension["kim-soo-jin"] == "oppose", pension


def test_everyday_words_of_judgement_judge(model):
    # "realistic", "workable" for; "draconian", "unconstitutional", "premature" against
    merger, levy = Issue("merger", "Merger", ["merger"]), Issue("levy", "Levy", ["levy"])
    _, statements = statements_of([
        "Chamber head Shiro Nakamura said the merger was the only realistic option for the town.",
        "Senator Alice Chebet said the levy was draconian.",
        "Opposition MP Tom Baker said the levy was unconstitutional.",
    ], model)
    assert stances(statements, merger, "Nakamura") == ["support"]
    assert stances(statements, levy, "Chebet") == ["oppose"]
    assert stances(statements, levy, "Baker") == ["oppose"]


def test_what_another_holds_out_hope_for_is_not_the_columnists_view(model):
    # in a column, "Moon holds out hope that Olympic cooperation can lead to engagement" is Moon's hope
    cooperation = Issue("cooperation", "Cooperation", ["cooperation"])
    _, statements = statements_of([
        "South Korean President Moon Jae-in holds out hope that Olympic cooperation can lead to further talks.",
        "I believe Olympic cooperation is a good thing.",
    ], model, kind="opinion", authors=["Josh Rogin"])
    theses = [s for s in statements if s.kind == "thesis"]
    assert [s.text for s in theses if stance_of(s, cooperation, [cooperation]) == "support"] == [
        "I believe Olympic cooperation is a good thing."]


def test_what_a_named_opponent_did_in_a_columnists_relative_clause_is_not_the_columnists_view(model):
    stadium = Issue("stadium", "Stadium", ["stadium", "project"])
    _, statements = statements_of([
        "Coach Mensah, I should say, is no relation to the Assembly Member Efua Mensah, who led the walkout against "
        "the stadium project last week.",
        "I support the stadium, loan and all.",
    ], model, kind="opinion", authors=["Ekow Baidoo"])
    assert [stance_of(s, stadium, [stadium]) for s in statements if s.kind == "thesis"] == ["support"]


def test_a_columnists_own_view_that_a_measure_should_end_is_against_it(model):
    pilot = Issue("pilot", "Decriminalization pilot", ["pilot", "decriminalization pilot"])
    rules = Issue("rules", "New rules", ["rule"])
    _, statements = statements_of([
        "And yet I have come to the view that Manitoba's decriminalization pilot should end, and the sooner the better.",
        "The new rules end the exemption for farms.",
    ], model, kind="opinion", authors=["Derek Lindqvist"])
    assert [stance_of(s, pilot, [pilot, rules]) for s in statements] == ["oppose", None]
    assert stance_of(statements[-1], rules, [pilot, rules]) in (None, "neutral")


def test_what_a_column_says_an_actor_should_do_is_the_columnists_stance_not_the_actors(model):
    exemption = Issue("exemption", "Exemption", ["exemption"])
    _, statements = statements_of([
        "Health Minister Kevin Sandhu took office in May.",
        "The minister should ask Ottawa to end the exemption.",
    ], model, kind="opinion", authors=["Derek Lindqvist"])
    assert stances(statements, exemption, "Sandhu") == []
    assert stances(statements, exemption, "Lindqvist") == ["oppose"]


def test_being_for_the_people_a_measures_title_names_is_no_stance_on_the_measure(model):
    articles, statements, _ = corpus_of({
        "vote": ("Council passes rent ordinance", [
            "Councilmember Lucia Marquez said she supported the Rent Stabilization and Tenant Protection Ordinance.",
            "Councilmember Pat Cuddahy said he opposed the Rent Stabilization and Tenant Protection Ordinance.",
            "\"I'm all for protecting tenants,\" Councilmember Brian Yoshida said.",
        ]),
        "landlords": ("Landlords fight rent ordinance", [
            "The Coastal Rental Housing Association said it would fight the Rent Stabilization and Tenant Protection "
            "Ordinance in court.",
            "Tenant organiser Marisol Vega said she welcomed the Rent Stabilization and Tenant Protection Ordinance.",
        ]),
    }, model)
    issues_found = discover_issues(statements)
    ordinance = next(i for i in issues_found if i.label.endswith("Tenant Protection Ordinance"))
    assert "tenant" not in ordinance.keywords, ordinance.keywords
    yoshida = [s for s in statements["vote"] if s.actor_name == "Brian Yoshida"]
    assert [stance_of(s, ordinance, issues_found) for s in yoshida] in ([], [None], ["neutral"])


def test_too_much_of_a_measure_is_against_it_as_it_stands(model):
    levy = Issue("levy", "Worker levy", ["levy", "increase"])
    _, statements = statements_of([
        "\"I accept the case for a higher levy, but two increases in two years is too steep, and I would have "
        "preferred a gentler path,\" Dr Sunita Pillai said.",
        "Economist Tan Wei said two increases in two years was steep but necessary.",
    ], model)
    assert stances(statements, levy, "Pillai") == ["mixed"]
    assert stances(statements, levy, "Tan") != ["oppose"]


def test_a_group_calling_itself_by_a_name_is_the_actor_so_named(model):
    loan = Issue("loan", "Stadium loan", ["loan"])
    _, statements = statements_of([
        "The Assembly approved a loan for the stadium.",
        "Meanwhile, a group calling itself the Concerned Citizens of Sekondi-Takoradi said on Monday it had collected "
        "more than 7,000 signatures on a petition opposing the loan.",
    ], model)
    assert stances(statements, loan, "Concerned Citizens") == ["oppose"]


def test_backing_the_aim_of_a_measure_is_weaker_than_opposing_the_measure_outright(model):
    amendment = Issue("amendment", "Amendment", ["amendment"])
    articles, statements, analyses = corpus_of({"column": ("Why I will vote no", [
        "Senator Rosa Vidal said she did not oppose the goal of this amendment, and that she agreed the rivers "
        "needed water.",
        "Senator Rosa Vidal said the amendment was badly drafted.",
        "Senator Rosa Vidal said the amendment was a mistake.",
    ])}, model)
    assert stances_by_actor(articles, statements, analyses, [amendment], amendment) == {"rosa-vidal": "oppose"}


def test_all_of_a_partys_members_voting_is_the_party_voting_but_some_of_them_is_not(model):
    bill = Issue("bill", "Royalty bill", ["royalty", "bill"])
    _, statements = statements_of([
        "The royalty bill passed the Assembly on Tuesday night.",
        "All 19 Liberal members voted against the bill, along with two independents.",
    ], model)
    assert stances(statements, bill, "Liberal") == ["oppose"]
    _, statements = statements_of([
        "The royalty bill passed the Assembly on Tuesday night.",
        "Some Labor members voted against the bill.",
    ], model)
    assert stances(statements, bill, "Labor") == []


def test_a_power_over_a_kind_of_measure_is_no_stance_on_this_one(model):
    ordinance = Issue("ordinance", "Rent ordinance", ["ordinance"])
    _, statements = statements_of([
        "The council passed the rent ordinance on Tuesday.",
        "Mayor Dennis Halvorsen, who as mayor does not vote on the council, can veto ordinances.",
        "Mayor Ann Roe said she would veto the ordinance.",
    ], model)
    assert stances(statements, ordinance, "Halvorsen") == []
    assert stances(statements, ordinance, "Roe") == ["oppose"]


def test_the_leader_of_a_body_named_after_it_speaks(model):
    stadium = Issue("stadium", "Stadium", ["stadium"])
    _, statements = statements_of([
        "The Assembly approved the stadium on Thursday.",
        "The leader of the Kojokrom Market Traders' Association, Maame Esi Quansah, said her members were not "
        "against the stadium but would resist relocation without a new market.",
    ], model)
    # (she speaks for the association; what she says concedes the stadium with a reservation: mixed)
    assert stances(statements, stadium, "Quansah") == ["mixed"]


def test_an_appeal_against_a_refusal_backs_what_was_refused(model):
    farm = Issue("farm", "Solar farm", ["solar farm", "farm"])
    _, statements = statements_of([
        "The council refused the Hallam Grange solar farm on Tuesday.",
        "Brightfield Renewables Ltd today confirmed that it will lodge an appeal with the Planning Inspectorate "
        "against Harrowdale District Council's decision to refuse planning permission for the Hallam Grange solar farm.",
    ], model)
    assert stances(statements, farm, "Brightfield") == ["support"]


def test_a_motion_moved_is_the_movers_stance(model):
    farm = Issue("farm", "Solar farm", ["solar farm", "farm"])
    _, statements = statements_of([
        "The committee is debating the Hallam Grange solar farm.",
        "Cllr Keith Burrows, Conservative member for Wrayfold ward, moves that the solar farm be refused.",
        "Green Party councillor Joe Whitlock-Dunne moves the officers' recommendation to approve the solar farm.",
    ], model)
    assert stances(statements, farm, "Burrows") == ["oppose"]
    assert stances(statements, farm, "Whitlock-Dunne") == ["support"]


def test_an_abbreviated_title_is_no_term(model):
    _, statements = statements_of([
        "The council debated the levy.",
        "\"We praise Hon. Efua Mensah and we back the levy,\" said host Kwame Ansah.",
    ], model)
    assert [r.term for s in statements for r in s.readings if r.term.endswith(".")] == []
    assert any(r.term == "levy" and r.polarity > 0 for s in statements for r in s.readings)


def test_the_project_is_what_the_article_has_been_arguing(model):
    _, statements = statements_of([
        "The Assembly approved a loan of 300 million cedis for the new stadium at Kojokrom.",
        "\"I opposed this project from the beginning,\" Assembly member Efua Mensah said.",
    ], model)
    stadium = Issue("stadium", "Stadium", ["stadium"])
    assert stances(statements, stadium, "Mensah") == ["oppose"]


def test_a_word_that_only_draws_a_policy_is_not_what_it_acts_on(model):
    # "a blanket cap" is the cap on holiday letting drawn wide, not a cap on blankets: one issue
    pieces = {
        "vote": ("Council votes for holiday-let cap", [
            "Mayor Sharon Pell said she backed the cap on holiday letting.",
            "Councillor Greg Whitfield said he opposed the cap on holiday letting.",
            "Planning minister Rob Stanton said a blanket cap was the wrong tool.",
        ]),
        "reaction": ("Operators fight holiday-let cap", [
            "Operators' spokesman Daniel Roche said the cap on holiday letting would destroy jobs.",
            "Housing campaigner Kirra Dwyer welcomed the cap on holiday letting.",
            "Rob Stanton said he was wary of a blanket cap.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert [i.label for i in issues] == ["Letting cap"], [(i.label, i.keywords) for i in issues]
    on_cap = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert on_cap == {"daniel-roche": "oppose", "greg-whitfield": "oppose", "kirra-dwyer": "support",
                      "rob-stanton": "oppose", "sharon-pell": "support"}, on_cap


def test_where_a_vote_happens_is_not_what_it_is_on_but_a_body_criticised_is_no_guess(model):
    # "voted against in the city assembly": against what the story is about; "criticised the city council":
    # the council is what is criticised, no guessed target
    _, statements = statements_of([
        "The assembly approved the merger with the city on Friday.",
        "Assemblyman Ken Sato voted against in the city assembly.",
        "Assemblywoman Ami Oda criticised the city council.",
    ], model)
    guessed = {s.actor_name for s in statements for r in s.readings if r.polarity and not r.term and not r.head}
    assert guessed == {"Ken Sato"}, guessed


def test_a_verb_in_the_passive_is_no_cue_waiting_for_its_object(model):
    # "until the petition is heard and determined": what will be done to the petition, no stance of the speaker
    _, statements = statements_of([
        "The county passed the levy in June.",
        "Lawyer Tom Baker asked the court to stop the county from collecting the levy until the petition is heard "
        "and determined.",
    ], model)
    baker = [(r.term, r.polarity) for s in statements if "Baker" in s.actor_name for r in s.readings if r.polarity]
    assert ("levy", -1) in baker and not any(term == "" and polarity > 0 for term, polarity in baker), baker


def test_a_gerund_hung_after_a_phrasal_verb_is_what_it_acts_on(model):
    # "ruled out, for now, allowing councils to impose a levy": against the levy, though parsed as an adjunct
    levy = Issue("levy", "Levy", ["levy"])
    _, statements = statements_of([
        "Planning minister Rob Stanton also ruled out, for now, allowing councils to impose a levy on bookings.",
    ], model)
    assert stances(statements, levy, "Stanton") == ["oppose"]


def test_the_body_named_by_its_head_word_with_words_of_its_name(model):
    # "the riders' association" after "the Mwembe Boda Boda Riders Association" is that association
    ban = Issue("ban", "CBD ban", ["ban"])
    _, statements = statements_of([
        "The Mwembe Boda Boda Riders Association said its members would strike on Monday.",
        "The riders' association has vowed to resist the CBD ban.",
        "The farmers' association welcomed the CBD ban.",
    ], model)
    assert stances(statements, ban, "Riders Association") == ["oppose"]
    assert {s.actor_name for s in statements if stance_of(s, ban, [ban]) == "support"} == set()


def test_a_stance_on_a_bill_is_a_stance_on_what_the_article_says_the_bill_would_do(model):
    # a defining clause ("a bill that would end"), the bill's own predicate, a clause in apposition
    issue, found = the_one_issue({"senate": [
        "A Senate committee voted on Tuesday to advance a bill that would end an exemption for mills.",
        "Senator Hana Oduya voted against the bill.",
        "Senate Bill 77 would repeal the exemption, which lawmakers approved in 2015.",
        "The Timber Growers League said it would continue to oppose the bill.",
    ]}, model, lambda keywords: "exemption" in keywords)
    assert "repeal" in issue.label.lower() or "end" in issue.label.lower(), issue
    assert [found.get(a) for a in ("hana-oduya", "timber-growers-league")] == ["oppose", "oppose"], found
    _, statements = statements_of([
        "Mayor Lena Vos is lobbying for House Bill 9, a measure that would abolish the stumpage fee.",
        "Councillor Piet Maas asked the governor to veto the bill.",
        "Governor Ann Roe said she would sign the bill.",
    ], model)
    abolition = Issue("fee-abolition", "Fee abolition", ["fee abolition"])
    assert stances(statements, abolition, "Maas") == ["oppose"]
    assert stances(statements, abolition, "Roe") == ["support"]


def test_phasing_out_and_wanting_it_gone_are_against_it(model):
    _, statements = statements_of([
        "Dunmore Council voted to phase out the parking levy over three years.",
        "\"I want the levy gone from our high streets,\" trader Omar Haddad said.",
    ], model)
    levy = Issue("levy", "Parking levy", ["levy", "parking levy"])
    assert stances(statements, levy, "Dunmore") == ["oppose"]
    assert stances(statements, levy, "Haddad") == ["oppose"]


def test_a_measure_that_has_gone_too_far_is_opposed_not_wished_gone(model):
    _, statements = statements_of([
        "The Government announced a cut to the fuel duty rebate.",
        "Farmer Brendon Keogh said he now believed it had gone too far.",
    ], model)
    cut = Issue("cut", "Rebate cut", ["cut", "rebate cut"])
    assert stances(statements, cut, "Keogh") == ["oppose"]


def test_a_measure_argued_both_ways_by_three_actors_in_one_story_is_an_issue(model):
    issues_found = discover_issues(corpus_of({
        "valley": ("Growers split as the referendum nears", [
            "The Avocado Growers Council said in a statement that it opposed the amendment.",
            "\"We support this amendment because the rivers are dry,\" said Tomas Arce, a spokesman for the Valley Water Committee.",
            "Former minister Ines Varela said the amendment was the right course.",
        ]),
        "vote": ("Voters head to the polls", [
            "Polling stations open at eight.",
            "Senator Luis Pardo said the amendment needed a simple majority.",
            "Mayor Rosa Quint said she welcomed the new ballot boxes.",
        ]),
    }, model)[1])
    assert [i.label for i in issues_found] == ["Amendment"], [(i.label, i.keywords) for i in issues_found]


def test_a_word_judged_in_one_story_by_several_on_one_side_is_no_issue(model):
    issues_found = discover_issues(corpus_of({
        "game": ("Club wins the final", [
            "Coach Maria Lind said the team was brilliant.",
            "Captain Joe Abara said the team deserved the win.",
            "Fan Kim Soo said the team had been superb all season.",
        ]),
        "weather": ("Storm hits the coast", [
            "Forecaster Ann Bell said the team of engineers worked through the night.",
        ]),
    }, model)[1])
    assert issues_found == [], [(i.label, i.keywords) for i in issues_found]


def test_the_body_where_a_bill_is_argued_is_no_part_of_what_it_does(model):
    _, statements = statements_of([
        "Ms Tennant said the council would campaign against the bill in the Legislative Council, where the "
        "government does not hold a majority in its own right.",
        "Senator Hugo Marr said he would vote for the ban on trawling in the marine park.",
    ], model)
    bill = Issue("bill", "Royalty bill", ["royalty", "bill"])
    assert stances(statements, bill, "Tennant") == ["oppose"]
    trawling = Issue("trawling-ban", "Trawling ban", ["trawling ban", "trawling"])
    assert stances(statements, trawling, "Marr") == ["support"]


def test_a_preamble_and_a_condition_are_not_what_is_supported(model):
    _, statements = statements_of([
        "The royalty bill comes to the Assembly next week.",
        "\"I'll be straight with your listeners: we can support this bill if a third of every new dollar is "
        "legislated for the regions, and we can't support it if it isn't,\" Nationals leader Ross Pendlebury said.",
    ], model)
    royalty = Issue("royalty", "Royalty bill", ["royalty", "royalty bill"])
    assert stances(statements, royalty, "Pendlebury") == ["mixed"]
    listeners = Issue("listener", "Listeners", ["listener"])
    assert stances(statements, listeners, "Pendlebury", [royalty, listeners]) in ([], ["neutral"])
    _, statements = statements_of([
        "The royalty bill comes to the Assembly next week.",
        "\"We can support this bill if the fuel levy is scrapped,\" said Nationals leader Ross Pendlebury.",
    ], model)
    levy = Issue("levy", "Fuel levy", ["levy", "fuel levy"])
    assert stances(statements, royalty, "Pendlebury", [royalty, levy]) == ["mixed"]  # for it on a condition
    assert stances(statements, levy, "Pendlebury", [royalty, levy]) == ["oppose"]
    _, statements = statements_of([
        "\"That is why we support this amendment: it is the only thing that makes them touchable,\" Esteban Mella said.",
    ], model)
    amendment = Issue("amendment", "Amendment", ["amendment"])
    assert stances(statements, amendment, "Mella") == ["support"]


def test_an_order_the_corpus_names_by_what_it_does_is_labelled_so_and_argued_in_its_retellings(model):
    issues_found = discover_issues(corpus_of({
        "column": ("The language order is a mistake", [
            "Anjali Rao, a linguist, said she was against the State government's order making Odia compulsory "
            "up to Class 10, and that a language cannot be forced on a child.",
            "Rakesh Agarwal, a parent, said he opposed the order making Odia compulsory for children who move often.",
        ]),
        "court": ("Private schools take the language order to court", [
            "The Association of Private Schools said it opposed the order and the language rules.",
            "Subrat Panda, a campaigner, said the order was long overdue and welcomed it.",
        ]),
        "analysis": ("Behind the language push", [
            "\"We oppose this order as it stands, because Santali is the language of our children,\" said "
            "Sumitra Hansda, president of the Adivasi Bhasha Parishad.",
        ]),
    }, model)[1])
    order = [i for i in issues_found if "order" in i.keywords]
    assert [i.label for i in order] == ["Order making Odia compulsory"], [(i.label, i.keywords) for i in issues_found]
    assert "analysis" in order[0].articles, order[0].articles
    assert "compulsory" in order[0].keywords and "odia" not in order[0].keywords, order[0].keywords


def test_the_treaty_and_the_pact_an_article_argues_are_one_issue(model):
    issues_found = discover_issues(corpus_of({
        "senate": ("Senate panel backs trade pact", [
            "Senator Rosa Ilagan said she would vote against the treaty.",
            "Trade Secretary Amado Cruz said the treaty was a good deal for exporters.",
        ]),
        "farmers": ("Farmers fight trade pact", [
            "Farm leader Jun Dela Paz said his members opposed the pact.",
            "Senator Rosa Ilagan called the pact a betrayal of farmers.",
            "Economist Lia Santos said the pact was positive overall.",
        ]),
    }, model)[1])
    found = [i for i in issues_found if {"pact", "treaty"} & set(i.keywords)]
    assert len(found) == 1 and {"pact", "treaty"} <= set(found[0].keywords), [(i.label, i.keywords) for i in issues_found]


def test_a_worry_about_how_a_measure_is_done_is_no_stance_on_it(model):
    _, statements = statements_of([
        "Pastor Amos Reid said he had concerns about how a menthol ban would be enforced.",
        "Grocer Ines Lobo said she had concerns about a menthol ban.",
    ], model)
    ban = Issue("menthol-ban", "Menthol ban", ["menthol ban", "ban"], opposite=["menthol"])
    assert stances(statements, ban, "Reid") in ([], ["neutral"])
    assert stances(statements, ban, "Lobo") == ["oppose"]


def test_a_project_three_actors_argue_in_stories_that_say_it_of_the_same_name_is_an_issue(model):
    # no headline says "project" and no one speaks in two of the stories: what ties them is the name it is said of
    pieces = {
        "shares": ("Halden shares slide as blockade drags on", [
            "Mining analyst Petra Lind said she backed the Varuna project.",
            "Community leader Tupac Quispe said the Varuna project must be stopped.",
        ]),
        "minister": ("Minister says copper mine will go ahead", [
            "Energy minister Jorge Salas said the Varuna project was vital for the region.",
        ]),
        "village": ("The lake a copper mine would drain", [
            "Mayor Rosa Huamán said the village would fight the project.",
        ]),
    }
    found = [i for i in discover_issues(corpus_of(pieces, model)[1]) if "project" in i.keywords]
    assert len(found) == 1, found
    # the same stances in unrelated stories, each about a project of its own name, make no issue
    unrelated = {
        "a": ("Shares slide", ["Analyst Petra Lind said the Varuna project was sound."]),
        "b": ("Minister speaks", ["Energy minister Jorge Salas said the Kestrel project was vital for the region."]),
        "c": ("Villagers vote", ["Community leader Tupac Quispe said the Orinda project must be stopped."]),
    }
    assert not [i for i in discover_issues(corpus_of(unrelated, model)[1]) if "project" in i.keywords]


def test_a_question_put_to_the_vote_is_argued_by_its_word_and_by_yes_and_no(model):
    # one headline names the amendment; four actors in three stories take a stance on it, by its word or by
    # "vote No" and "this" beside it: a referendum question, though no other headline names it
    pieces = {
        "wire": ("Lestria to vote on lowering voting age to 16", [
            "Voters will decide on Friday on the Thirty-Second Amendment, which would lower the voting age to 16.",
            "Minister Aoife Brannagh said she had drafted the amendment and was proud of it.",
            "Ronan Keogh of the No campaign said the amendment was a mistake.",
        ]),
        "letter": ("Sixteen is not too young. This amendment is still wrong", [
            "Former judge Helen Marrin wrote to voters this week.",
            "\"The Thirty-Second Amendment is wrong for this country. I will be voting No on Friday,\" "
            "Marrin said.",
        ]),
        "launch": ("Youth groups launch campaign", [
            "The groups back the Thirty-Second Amendment.",
            "\"We will vote Yes, and we want every young person to do the same,\" said campaign chair Orla Tynan.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    found = [i for i in issues if "amendment" in i.keywords]
    assert len(found) == 1, [(i.label, i.keywords) for i in issues]
    stances_on = stances_by_actor(articles, statements, analyses, issues, found[0])
    assert stances_on.get("aoife-brannagh") == "support" and stances_on.get("ronan-keogh") == "oppose", stances_on
    assert stances_on.get("helen-marrin") == "oppose", stances_on
    # the same words in unrelated stories, no headline naming the amendment, make no issue
    unrelated = {
        "a": ("Budget passes", ["Minister Aoife Brannagh said she had drafted the amendment and was proud of it."]),
        "b": ("Storm hits coast", ["Ronan Keogh said the amendment was a mistake."]),
        "c": ("Club wins cup", ["\"We will vote Yes,\" said Orla Tynan of the fans' trust."]),
    }
    assert not [i for i in discover_issues(corpus_of(unrelated, model)[1]) if "amendment" in i.keywords]


def test_a_measure_said_as_a_verb_is_said_of_the_name_it_acts_on(model):
    # "selling Harbourline Buses" here, "the Harbourline sale" there: one sale, of one name, though no headline names it
    pieces = {
        "council": ("Council split on bus company future", [
            "Councillor Rosa Tan said she supported selling Harbourline Buses to a private operator.",
            "Union leader Sam Obi said selling Harbourline Buses would be a disaster for the drivers.",
        ]),
        "rally": ("Drivers rally in city centre", [
            "Mayor Lena Park defended the Harbourline sale.",
            "Driver Ade Kola said the Harbourline sale must be stopped.",
        ]),
    }
    issue, stances_on = the_one_issue(pieces, model, lambda keywords: "sale" in keywords or "sell" in keywords)
    assert stances_on.get("rosa-tan") == "support" and stances_on.get("sam-obi") == "oppose", stances_on
    assert stances_on.get("lena-park") == "support" and stances_on.get("ade-kola") == "oppose", stances_on


def test_putting_a_vote_off_is_a_question_of_its_own(model):
    # a delay argued beside the nomination it would delay: calls for it, motions for it, rejections of it
    issue, found = the_one_issue({
        "senate": ("Senate panel splits over delay of judge vote", [
            "Senator Gordon Hale moved to postpone the confirmation vote until January.",
            "Senator Patricia Oduya rejected the call for a delay.",
            "Asked about calls for a delay, Governor Ted Vance said the Senate should do its job.",
        ]),
        "vote": ("Senate confirms judge after delay fight", [
            "Senator Renee Doucet backed the motion to delay.",
            "Senator Luis Ortega had opposed every attempt to delay the vote.",
        ]),
    }, model, lambda keywords: "delay" in keywords)
    assert {"postpone"} <= set(issue.keywords) and "delay" in issue.label.lower(), issue
    assert [found.get(a) for a in ("gordon-hale", "renee-doucet", "patricia-oduya", "luis-ortega")] == [
        "support", "support", "oppose", "oppose"], found
    assert "ted-vance" not in found, found  # the reporter's question is no stance of the governor's


def test_what_a_reporter_asked_is_no_stance_of_who_answers(model):
    _, statements = statements_of([
        "Asked about calls to scrap the parking levy, Mayor Ann Roe said she would decide in May.",
        "Councillor Piet Maas said the parking levy should be scrapped.",
    ], model)
    levy = Issue("levy", "Parking levy", ["levy", "parking levy"])
    assert stances(statements, levy, "Roe") in ([], ["neutral"])
    assert stances(statements, levy, "Maas") == ["oppose"]


def test_an_officer_speaks_for_the_body_she_holds_office_in_by_its_bare_noun(model):
    _, statements = statements_of([
        "The Kilbrannagh Chamber of Commerce has backed the plan. Its president, Orla Ryan, spoke at the harbour.",
        "\"The chamber supports the wind farm and we will say so,\" Ms Ryan said.",
        "Rachel Dunstan, chief executive of Harbourline Media, said the company was strongly opposed to the levy.",
        "Resident Ann Moore said the company was strongly opposed to the levy.",
    ], model)
    farm = Issue("wind-farm", "Wind farm", ["wind farm", "farm"])
    levy = Issue("levy", "Levy", ["levy"])
    assert "support" in stances(statements, farm, "Orla Ryan")
    assert stances(statements, levy, "Dunstan") == ["oppose"]
    assert stances(statements, levy, "Moore") in ([], ["neutral"])  # not hers: she holds no office in it


def test_being_behind_a_measure_backs_it(model):
    _, statements = statements_of([
        "Mayor Lena Vos said she was fully behind the parking levy.",
        "The union threw its weight behind the parking levy, its secretary Omar Haddad said.",
        "Councillor Piet Maas said the parking levy was agreed behind closed doors.",
    ], model)
    levy = Issue("levy", "Parking levy", ["levy", "parking levy"])
    assert stances(statements, levy, "Vos") == ["support"]
    assert stances(statements, levy, "Maas") != ["support"]


def test_the_only_member_to_vote_against_one_and_for_another(model):
    _, statements = statements_of([
        "Senator Ana Ruiz was the only Democrat to vote against the levy and for the exemption.",
        "Councillor Piet Maas said he was against the levy and for the exemption.",
    ], model)
    levy = Issue("levy", "Levy", ["levy"])
    exemption = Issue("exemption", "Exemption", ["exemption"])
    for name in ("Ruiz", "Maas"):
        assert stances(statements, levy, name) == ["oppose"], name
        assert stances(statements, exemption, name) == ["support"], name


def test_a_stance_on_the_named_thing_a_repeal_ends_is_against_the_repeal(model):
    _, statements = statements_of([
        "Senator Ana Ruiz said she would defend the sales-tax exemption.",
        "Senator Piet Maas said he backed the property-tax exemption.",
    ], model)
    repeal = Issue("exemption-repeal", "Exemption repeal", ["exemption", "repeal", "sales-tax exemption"],
                   opposite=["exemption"])
    assert stances(statements, repeal, "Ruiz") == ["oppose"]
    assert stances(statements, repeal, "Maas") in ([], ["neutral"])  # another exemption than the one argued


def test_a_thing_against_the_law_is_no_view_of_the_law(model):
    _, statements = statements_of([
        "\"If they keep selling the drinks after May, that's against the law,\" Inspector Jo Marsh said.",
        "\"We are against the law,\" trader Omar Haddad said.",
    ], model)
    law = Issue("law", "Drinks law", ["law"])
    assert stances(statements, law, "Marsh") in ([], ["neutral"])
    assert stances(statements, law, "Haddad") == ["oppose"]


def test_a_particle_verb_and_its_noun_are_one_concept(model):
    _, statements = statements_of([
        "Senator Ana Ruiz said the state should buy back the sealed stock.",
        "Dealer Omar Haddad said the dealers would stage a march next week if there was no decision on their demand "
        "for a buyback.",
    ], model)
    buyback = Issue("buyback", "Buyback", ["buyback"])
    assert stances(statements, buyback, "Ruiz") == ["support"]
    assert stances(statements, buyback, "Haddad") == ["support"]  # "no decision" leaves the demand standing


def test_a_question_one_story_of_a_debate_is_about_is_an_issue_when_three_argue_it_there(model):
    pieces = {
        "ban": ("State bans Zelcor spray", [
            "Farm minister Ravi Rao said the Zelcor ban would save lives.",
            "Grower Jun Dela Paz said the Zelcor ban was ruinous.",
        ]),
        "court": ("Makers challenge Zelcor ban", [
            "The Spray Makers Federation said the Zelcor ban was unlawful.",
            "Farm minister Ravi Rao said the Zelcor ban would stay.",
        ]),
        "buyback": ("Opposition demands buyback as dealers sit on stock", [
            "Opposition leader Mina Shah demanded a buyback of the stock.",
            "Dealer Omar Haddad said he backed a buyback.",
            "Commissioner Lena Vos ruled out a buyback.",
            "Farm minister Ravi Rao said he backed the Zelcor ban.",
        ]),
    }
    issue, found = the_one_issue(pieces, model, lambda keywords: "buyback" in keywords)
    assert (found.get("mina-shah"), found.get("omar-haddad"), found.get("lena-vos")) == ("support", "support", "oppose"), found
    # beside an unrelated story it belongs to no debate
    unrelated = discover_issues(corpus_of({"buyback": pieces["buyback"], "pool": ("Council opens new pool", [
        "Mayor Jo Marsh said the new pool was a triumph.", "Swimmer Piet Maas said the new pool was wonderful."])},
        model)[1])
    assert not [i for i in unrelated if "buyback" in i.keywords], unrelated


def test_my_recommendation_is_that_we_do_it_is_for_it(model):
    _, statements = statements_of([
        "\"My recommendation is that we return the regalia,\" curator Eleanor Whitlock said.",
        "\"Their proposal is that we return the regalia, and I think they are wrong,\" trader Omar Haddad said.",
    ], model)
    return_ = Issue("return", "Return of the regalia", ["return"])
    assert stances(statements, return_, "Whitlock") == ["support"]
    assert "support" not in stances(statements, return_, "Haddad")  # another's proposal is not the speaker's


def test_the_stage_where_a_stance_is_taken_is_no_target(model):
    # "on the floor", "on third reading", "in committee" beside the object the stance verb already has say where
    # or when the stance is taken; a levy "on riders" names what the levy acts on and stays a target
    _, statements = statements_of([
        "\"I will oppose this bill on the floor, and I will oppose it on third reading,\" said Senator Teresa Lim.",
        "\"I accepted the amendment in committee,\" Senator Ramon Cruz said.",
        "Union leader Paul Otieno said the union would fight the levy on riders.",
        "Representative Gary Whitfield said he will vote against it in committee and on the floor.",
    ], model)
    polar = {r.term for s in statements for r in s.readings if r.polarity}
    assert not polar & {"floor", "reading", "committee"}, polar
    assert "rider" in polar or "levy" in polar, polar
    # "against it": the pronoun is what the vote is on, whatever stage the sentence names after it
    whitfield = [r.polarity for s in statements if "Whitfield" in s.actor_name for r in s.readings if not r.term]
    assert whitfield == [-1], whitfield


def test_a_measure_named_in_a_column_is_the_measure_the_corpus_argues_under_that_name(model):
    # a column's "I support Assembly Bill 412" among sentences about the author's street names nothing argued
    # about; the reports argue the same bill, by its name, as the leaf blower ban: a name is one measure
    reports = {
        "assembly": ("Lawmakers weigh leaf blower ban", [
            "The Assembly is debating Assembly Bill 412, which would ban gas-powered leaf blowers across the state.",
            "Assemblywoman Carla Ng said she would vote for Assembly Bill 412 because leaf blowers are a menace.",
            "Landscaper Tom Briggs said he opposed the leaf blower ban because it would cost his firm thousands.",
            "Council member Dana Reyes said the leaf blower ban was long overdue.",
        ]),
        "hearing": ("Hearing on leaf blower ban draws crowd", [
            "Dozens of landscapers came to the Capitol on Tuesday.",
            "Senator Paul Ortiz said he would fight Assembly Bill 412 in the Senate because it hurts small firms.",
            "Retired teacher Ann Kline said she backed the leaf blower ban.",
        ]),
    }
    articles, statements, analyses = corpus_of(reports, model)
    column = Article(id="column", source="column.txt", title="My street, my mornings", kind="opinion",
                     authors=["Jane Doe"], paragraphs=[
                         "I have lived on Elm Street for twenty years, and I know every neighbour by name.",
                         "My mornings used to be quiet, and the birds were the loudest thing in them.",
                         "I support Assembly Bill 412, and I hope the Senate passes it this spring.",
                     ])
    doc, analysis = analyse(column, model)
    articles.append(column)
    analyses["column"] = analysis
    statements["column"] = extract_statements(column, doc, analysis)
    issues = discover_issues(statements)
    blowers = [i for i in issues if "blower" in " ".join(i.keywords + [i.label]).lower()]
    assert len(blowers) == 1, [(i.label, i.keywords) for i in issues]
    assert not [i for i in issues if i.label.lower() in ("bill", "assembly bill 412")], [i.label for i in issues]
    by_actor = stances_by_actor(articles, statements, analyses, issues, blowers[0])
    doe = [stance for actor, stance in by_actor.items() if "doe" in actor]
    assert doe == ["support"], by_actor


def test_not_disputing_a_measure_is_conceding_it(model):
    # "I don't dispute that" grants what it points at; "disputes the plan" is against it
    _, statements = statements_of([
        "\"The rationing is needed this summer, I don't dispute that,\" hydrologist Tomas Urquidi said.",
        "Farmer Ana Ruiz said she disputed the rationing plan outright.",
    ], model)
    urquidi = [r.polarity for s in statements if "Urquidi" in s.actor_name for r in s.readings if r.term == "rationing"]
    ruiz = [r.polarity for s in statements if "Ruiz" in s.actor_name for r in s.readings if r.term == "rationing"]
    assert urquidi and all(p > 0 for p in urquidi), urquidi
    assert ruiz and all(p < 0 for p in ruiz), ruiz


def test_lowering_something_is_the_measure_argued_and_its_supporters_support_it(model):
    # a debate about lowering the voting age: for lowering it is support for the measure, not opposition to "age"
    pieces = {
        "senate": ("Senate panel backs bill to lower voting age", [
            "Senator Maria Lopez said she would vote to lower the voting age to 16.",
            "Senator Peter Hale said he opposed lowering the voting age because teenagers are not ready.",
        ]),
        "schools": ("Teachers split over voting age", [
            "Union leader Grace Moyo said she supported lowering the voting age.",
            "Parent Tom Keane said lowering the voting age would be a mistake.",
        ]),
    }
    issue, by_actor = the_one_issue(pieces, model, lambda keywords: any("age" in k for k in keywords))
    assert "lowering" in issue.label.lower(), issue
    stance = {name: s for actor, s in by_actor.items() for name in ("lopez", "hale", "moyo", "keane") if name in actor}
    assert stance == {"lopez": "support", "hale": "oppose", "moyo": "support", "keane": "oppose"}, by_actor


def test_a_part_of_a_body_acts_for_the_body(model):
    # "the CDU parliamentary group", "the Nyandoro chapter of the Chamber of Commerce": the body takes the stance
    _, statements = statements_of([
        "The Nyandoro chapter of the Kenya National Chamber of Commerce and Industry (KNCCI) backed the levy.",
        "The CDU parliamentary group has tabled a motion opposing the hospital closures.",
        "Members of the Liberal Democratic Party group voted against the ordinance.",
    ], model)
    actors = {s.actor_name for s in statements if any(r.polarity for r in s.readings)}
    assert "Kenya National Chamber of Commerce and Industry" in actors, actors
    assert "CDU" in actors, actors
    assert "Liberal Democratic Party" in actors, actors  # its members, of its group


def test_a_whether_clause_is_an_open_question_not_a_stance(model):
    _, statements = statements_of([
        "Governor Abdulrahman Yakasai was asked on a morning programme whether he supports the removal of the subsidy.",
        "Minister Colm Gallagher declined to say whether he backed the merger.",
        "Senator Ada Obi said she supports the removal of the subsidy.",
    ], model)
    polar = {s.actor_name for s in statements for r in s.readings if r.polarity}
    assert "Ada Obi" in polar, polar
    assert not polar & {"Abdulrahman Yakasai", "Colm Gallagher"}, polar


def test_whoever_put_a_measure_forward_is_for_what_it_does(model):
    # "Councillor Reilly's motion to scrap the levy", "a bill sponsored by Senator Lopez would ban ...": the
    # proposer's action, though no verb of theirs says so; the body that defeated the motion is not its mover
    _, statements = statements_of([
        "Councillor Tom Reilly's motion to scrap the parking levy was defeated.",
        "A bill sponsored by Senator Maria Lopez would ban gas-powered leaf blowers.",
        "The resolution, brought forward by Mayor Lorraine Fedoruk, asks the province to revoke the exemption.",
    ], model)
    fedoruk = [(r.term, r.polarity) for s in statements if s.actor_name == "Lorraine Fedoruk" for r in s.readings]
    assert ("exemption", -1) in fedoruk, fedoruk  # what the resolution asks is what it does
    reilly = [(r.term, r.polarity) for s in statements if s.actor_name == "Tom Reilly" for r in s.readings]
    lopez = [(r.term, r.polarity) for s in statements if s.actor_name == "Maria Lopez" for r in s.readings]
    assert ("levy", -1) in reilly, reilly
    assert any(term.endswith("ban") and polarity > 0 for term, polarity in lopez), lopez


def test_a_bill_known_by_its_number_is_labelled_by_it(model):
    # "Bill 41" is the name the debate gives the bill; stances on "the bill" in the stories that name it so are
    # on that issue, labelled "Bill 41", not "Bill"
    pieces = {
        "release": ("Province introduces tuition bill", [
            "The government introduced Bill 41 on Tuesday.",
            "Education critic Sadia Rahman said she would vote against Bill 41.",
            "Liberal critic Ian Chisholm said his party opposed the bill.",
            "Minister Helen Theriault said she was proud to support the bill.",
        ]),
        "column": ("Students from away should pay their share", [
            "Premier Douglas Hartt said he supports Bill 41.",
            "University president Patricia Lund said she could not support the bill as written.",
        ]),
    }
    issue, by_actor = the_one_issue(pieces, model, lambda keywords: "bill" in keywords)
    assert issue.label == "Bill 41", issue
    stance = {name: s for actor, s in by_actor.items() for name in ("rahman", "hartt", "lund", "theriault") if name in actor}
    assert stance == {"rahman": "oppose", "hartt": "support", "lund": "oppose", "theriault": "support"}, by_actor


def test_replacing_a_measure_ends_it_and_puts_the_other_in_its_place(model):
    _, statements = statements_of([
        "\"I do not support replacing the ban with higher charges,\" said Minister Friederike von Stetten.",
        "Councillor Ann Hale wants to replace the levy with a parking charge.",
    ], model)
    readings = {(s.actor_name, r.term): r.polarity for s in statements for r in s.readings if r.term}
    assert readings.get(("Friederike von Stetten", "ban")) == 1, readings
    assert readings.get(("Ann Hale", "levy")) == -1 and readings.get(("Ann Hale", "charge")) == 1, readings


def test_a_side_of_a_ballot_is_a_stance_on_what_it_asks(model):
    # "campaign for a No vote" is against the proposal, "backed the Yes campaign" for it, "we are saying No"
    # against; a "No" that answers a question is no side of a ballot
    _, statements = statements_of([
        "Union leader Ann Lee said her members would campaign for a No vote.",
        "Mary Kane backed the Yes campaign.",
        "\"We are saying No because the office costs too much,\" said Padraig Tuohy.",
        "\"No, I will not,\" said Tom Hale.",
    ], model)
    implicit = {s.actor_name: [r.polarity for r in s.readings if not r.term and r.polarity] for s in statements}
    assert implicit.get("Ann Lee") == [-1], implicit
    assert implicit.get("Mary Kane") == [1], implicit
    assert implicit.get("Padraig Tuohy") == [-1], implicit
    assert not implicit.get("Tom Hale"), implicit


def test_an_attitude_the_holders_pronoun_owns_is_theirs(model):
    # "has made no secret of his opposition to the merger": his opposition, whatever the verb around it; advice
    # ("could repair it by reaffirming his commitment to X") is no statement of his
    _, statements = statements_of([
        "Councillor Carl Ostrander has made no secret of his opposition to the merger.",
        "Senator Ann Moyo has made no secret of her support for the levy.",
        "Moon could repair his relationship with the White House by reaffirming his commitment to the pressure campaign.",
    ], model)
    readings = {(s.actor_name, r.term): r.polarity for s in statements for r in s.readings if r.term and r.polarity}
    assert readings.get(("Carl Ostrander", "merger")) == -1, readings
    assert readings.get(("Ann Moyo", "levy")) == 1, readings
    assert not [k for k in readings if k[0] == "Moon"], readings


def test_the_last_word_of_a_name_capitalised_is_that_organisation(model):
    # "the Sangha" after "the Suryapuri Krushak Sangha": a short form the model tags as nothing of its own
    _, statements = statements_of([
        "The Suryapuri Krushak Sangha (SKS), which represents 40,000 farmers, met on Monday.",
        "The Sangha opposes the land pooling scheme.",
    ], model)
    assert [s.actor_name for s in statements if any(r.polarity for r in s.readings)] == ["Suryapuri Krushak Sangha"]


def test_judging_the_question_is_no_stance(model):
    _, statements = statements_of([
        "\"That's a fair question,\" said director Kimberly Sato.",
        "\"That is a good plan,\" said Tom Ekberg.",
    ], model)
    implicit = {s.actor_name: [r.polarity for r in s.readings if not r.term and r.polarity] for s in statements}
    assert not implicit.get("Kimberly Sato"), implicit
    assert implicit.get("Tom Ekberg") == [1], implicit


def test_an_interviewers_turn_asks_and_takes_no_stance(model):
    # "Q: ..." is the interviewer's turn, statements of fact in it too; the answer is the guest's
    _, statements = statements_of([
        "Q: The Lord Mayor of Ahrensfeld, Stefan Ludecke, wants a jobs guarantee before he supports the ban.",
        "A: Minister Markus Hollerbach said he opposed the ban.",
    ], model)
    polar = {s.actor_name for s in statements if any(r.polarity for r in s.readings)}
    assert polar == {"Markus Hollerbach"}, polar


def test_declining_to_say_and_it_is_too_early_to_judge_take_no_stance(model):
    _, statements = statements_of([
        "The Senate will vote on the amendment on Friday.",
        "Either way, the question Senator Declan Ferrier has refused to answer for a month will not go away.",
        "Mayor Marta Zurawska said it was too early to draw conclusions.",
        "Councillor Ana Ruiz said it was too costly to run.",  # ("it" is what would be run: a judgement of it)
    ], model)
    polar = {s.actor_name for s in statements for r in implicit_readings([s])}
    assert polar == {"Ana Ruiz"}, polar


def test_a_clause_beside_a_cue_is_not_its_object(model):
    # "vote No" takes its object from the ballot, not from the reason given beside it
    _, statements = statements_of([
        "Voters will decide on the amendment on Friday.",
        "Judge Helen Marrin has said she will vote No, arguing in an open letter that the voting age should "
        "remain tied to the age of legal adulthood.",
    ], model)
    assert [(r.polarity, r.cue) for r in implicit_readings(statements)] == [(-1, "vote No")]


def test_it_in_a_second_clause_of_one_subject_is_what_the_first_acts_on(model):
    # "rejects the plan ... and calls for it to be withdrawn": "it" is the plan, withdrawing it is against it
    _, statements = statements_of([
        "The strike entered its third day on Wednesday.",
        "MPWUSA rejects the automation plan for Ilanga Bay in its current form and calls for it to be withdrawn.",
    ], model)
    assert [(r.polarity, r.context[0]) for r in implicit_readings(statements)] == [(-1, "automation")]


def test_what_a_verb_calls_its_object_has_no_particle_after_it(model):
    # "calling it 'premature and dangerous for the workers'" does not call for the workers
    _, statements = statements_of([
        "The UDU said in a statement that it did not support the strike, calling it \"premature and dangerous "
        "for the workers who will lose wages\".",
    ], model)
    assert not [r for s in statements for r in s.readings if "calling for" in r.cue], \
        [(r.term, r.polarity, r.cue) for s in statements for r in s.readings]


def test_a_thing_that_cannot_continue_is_one_to_end(model):
    _, statements = statements_of([
        "The Fjordkyst Midwives' Forum accepts that the Eidsnes ward, in its present form, cannot continue.",
        "Mayor Knut Aasheim said the ferry route must survive.",
    ], model)
    ward = Issue("ward", "Eidsnes ward", ["ward"])
    assert stances(statements, ward, "Forum") == ["oppose"]
    route = Issue("route", "Ferry route", ["ferry route", "route"])
    assert stances(statements, route, "Aasheim") == ["support"]


def test_who_voted_alongside_the_actor_is_no_target(model):
    _, statements = statements_of([
        "Niall Prendeville, who voted against the bill in the Assembly along with 22 other Alliance deputies, "
        "has become the most prominent politician on the No side.",
    ], model)
    targets = {r.term for s in statements for r in s.readings if r.polarity and r.term}
    assert "deputy" not in targets, targets


def test_the_legislation_is_the_one_bill_an_article_names(model):
    # an article that names one bill means it by "the legislation" too; with two acts named, no guess
    _, statements = statements_of([
        "The government introduced the Gaming Machines (Harm Reduction) Bill on Tuesday.",
        "The Registered Clubs Association, which represents 1,100 clubs, condemned the legislation.",
    ], model)
    phrases = [r.phrase for r in implicit_readings(statements)]
    assert phrases == ["Gaming Machines (Harm Reduction) Bill"], phrases
    _, statements = statements_of([
        "The Hunting Act was passed using the Parliament Act.",
        "The Countryside Alliance condemned the legislation.",
    ], model)
    phrases = [r.phrase for r in implicit_readings(statements)]
    assert phrases == ["legislation"], phrases


def test_a_law_named_by_its_number_and_its_title_side_by_side_is_one(model):
    _, statements = statements_of([
        "The government introduced Bill 41, the Post-Secondary Sustainability Act, on Tuesday.",
        "\"This legislation is fair to Nova Scotians,\" said Minister Helene Theriault.",
    ], model)
    phrases = [r.phrase for r in implicit_readings(statements)]
    assert phrases == ["Bill 41"], phrases


def test_a_week_of_a_stated_length_is_an_arrangement_argued_under_its_names(model):
    # "the four-day week" and "the four-day calendar" are one arrangement; "last week" is a date
    pieces = {
        "vote": ("Board adopts four-day calendar", [
            "Trustee Luis Ybarra voted against the four-day calendar.",
            "Trustee Ann Moss said the four-day calendar was a mistake.",
            "Superintendent Karen Holt said the four-day week was the best way to keep teachers.",
        ]),
        "column": ("Why I back the change", [
            "Retired principal Harold Beasley said he supported the four-day week.",
            "Parent Jolene Fitch said she opposed the four-day week.",
            "Councillor Dee Rowe said last week that she welcomed the new pool.",
        ]),
    }
    issue, found = the_one_issue(pieces, model, lambda keywords: "calendar" in keywords)
    assert "week" in issue.keywords, issue.keywords
    by_name = {name.rsplit("-", 1)[-1]: stance for name, stance in found.items()}
    assert (by_name.get("beasley"), by_name.get("fitch"), by_name.get("ybarra")) == ("support", "oppose", "oppose"), found
    _, statements = statements_of(["Mayor Dee Rowe spent last week in Paris, and she welcomed the new pool."], model)
    assert "week" not in [r.term for s in statements for r in s.readings], statements


def test_the_change_is_the_measure_under_debate(model):
    _, statements = statements_of([
        "The board approved a four-day calendar for the district.",
        "The Osage Teachers Association endorsed the change, and the Rural Bus Drivers Union opposed the shift.",
    ], model)
    readings = [(r.head, r.polarity) for r in implicit_readings(statements)]
    assert ("change", 1) in readings and ("shift", -1) in readings, readings


def test_the_agent_of_a_passive_holds_the_attitude(model):
    # "the closure was condemned by X" is X's stance on the closure, not on X; a second agent's clause is not the
    # first agent's, but the second agent's own, on the subject the two clauses share
    _, statements = statements_of([
        "The council announced plans to close six libraries.",
        "The library closures were condemned by the Taxpayers Alliance.",
        "The proposal was backed by Mayor Ann Webb and opposed by the Greenfield Residents Association.",
    ], model)
    found = {(s.actor_name, r.term or "<>", r.polarity) for s in statements for r in s.readings if r.polarity}
    assert found == {("Taxpayers Alliance", "library closure", -1), ("Ann Webb", "<>", 1),
                     ("Greenfield Residents Association", "<>", -1)}, found


def test_protesting_against_something_opposes_it_once(model):
    # the "against" of a negative attitude marks what is opposed, it does not turn the attitude round; an attitude
    # noun after "in" says how its subject acted
    _, statements = statements_of([
        "The Green Party protested against the sale.",
        "The Transport Workers Union walked out of the chamber in protest against the sale.",
        "Mayor Ann Webb marched in support of the sale.",
        "The Ratepayers Association campaigned against the sale.",
    ], model)
    found = {(s.actor_name, r.polarity) for s in statements for r in s.readings if r.term == "sale" and r.polarity}
    assert found == {("Green Party", -1), ("Transport Workers Union", -1), ("Ann Webb", 1),
                     ("Ratepayers Association", -1)}, found


def test_a_column_telling_what_another_party_did_is_not_its_authors_stance(model):
    _, statements = statements_of([
        "So I understand why so many people shrugged when the council voted last week to sell the buses.",
        "I am glad the council voted to keep the library.",
        "I am against this sale, and not because I am sentimental about the number 14.",
    ], model, kind="opinion", authors=["Ayanda Qwabe"])
    found = {(r.term or r.cue, r.polarity) for s in statements if s.kind == "thesis" for r in s.readings if r.polarity}
    assert {("library", 1), ("sale", -1)} <= found, found  # what the author is glad of, what the author is against
    assert not {t for t, _ in found} & {"sell", "bus", "sentimental"}, found


def test_a_participle_hung_on_the_time_belongs_to_the_writer(model):
    # the parser attaches "urging" to "the vote"; it is what the professor did when she wrote
    _, statements = statements_of([
        "The council approved the closure of the department.",
        "Professor Grace Oyelaran, who chairs the Association of Philosophy Departments, wrote to every member "
        "of the Council before the vote urging them to reject the closure.",
    ], model)
    found = {(s.actor_name, r.term, r.polarity) for s in statements for r in s.readings if r.polarity}
    assert ("Grace Oyelaran", "closure", -1) in found, found


def test_another_measure_on_a_banned_thing_is_not_the_thing_the_ban_reverses(model):
    # A local paper and a broadcaster on a city's e-scooter ban and on shredding the scooters it impounds. The
    # stances keep naming "shredding" with "scooters", but shredding them is a measure of its own: backing it is
    # no stance against the ban (as backing scooters would be), and it is not folded into the ban's issue.
    pieces = {
        "gazette": ("City bans e-scooters", [
            "Mayor Dana Whitfield defended the e-scooter ban on Monday.",
            "Tom Ellery, who chairs the Riders' Alliance, said the ban was unfair to commuters.",
            "\"Shredding the impounded scooters is the right thing to do,\" Whitfield said.",
            "Ellery condemned the shredding of impounded scooters as a waste.",
        ]),
        "radio": ("Scooter shredding divides council", [
            "Councillor Rita Osei said she supported the scooter ban.",
            "Osei also welcomed the shredding of the seized scooters.",
            "Shop owner Karim Haddad opposed the shredding of the scooters and said they should be sold instead.",
            "Haddad said he also opposed the ban.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    actors, actor_ids = link_actors(articles, analyses, ActorOptions())
    issues = discover_issues(statements)
    ban = next(i for i in issues if "ban" in i.label.lower())
    assert not {"shred", "shredding"} & set(ban.keywords + ban.opposite)
    positions = link_positions(articles, statements, actor_ids, issues)
    names = {a.id: a.name for a in actors}
    on_ban = {names[p.actor]: p.stance for p in positions if p.issue == ban.id}
    assert on_ban.get("Dana Whitfield") == "support"
    assert on_ban.get("Rita Osei") == "support"
    assert on_ban.get("Tom Ellery") == "oppose"


def test_a_compound_in_the_singular_and_the_plural_is_one_issue(model):
    # "rooftop garden" and "rooftop gardens" are one thing named twice, not two compounds of "garden" that split it
    pieces = {
        "herald": ("Council to vote on rooftop gardens", [
            "Councillor Mei Tanaka said she supported rooftop gardens in the city centre.",
            "Gardener Arthur Dunne said rooftop gardens were good for the city.",
            "Restaurant owner Lina Petrova said she opposed a rooftop garden above her kitchen.",
            "Petrova also said the rooftop was no place for soil.",
        ]),
        "radio": ("Rooftop gardens divide residents", [
            "Resident Joe Marsh said he was against any rooftop garden near the school.",
            "Tanaka said the council should welcome every rooftop garden it can get.",
            "Dunne said critics of rooftop gardens exaggerate the weight on old roofs.",
            "Marsh said he opposed the gardens because they attract rats.",
            "Petrova said she would fight the gardens all the way.",
        ]),
    }
    _, statements, _ = corpus_of(pieces, model)
    issues = discover_issues(statements)
    gardens = [i for i in issues if "garden" in i.label.lower()]
    assert len(gardens) == 1, [(i.label, i.keywords) for i in issues]
    # and "the gardens" said alone are those gardens: Marsh's stance on them counts on the issue
    rats = [st for sts in statements.values() for st in sts if "rats" in st.text]
    assert [stance_of(st, gardens[0], issues) for st in rats] == ["oppose"]


def test_a_compound_hyphened_into_one_word_for_people_is_people():
    from briefing.pipeline.positions import _is_person_noun

    # "terror suspects" named beside "terrorism suspects" become "terror-suspect": still people, no issue
    assert _is_person_noun("terror-suspect") and _is_person_noun("terror-suspects")
    assert not _is_person_noun("four-day") and not _is_person_noun("phase-out")


def test_the_bylaw_is_the_measure_under_debate_and_the_label_keeps_the_number_mentions_give_it(model):
    # A city paper and a radio station on a bylaw that would let food trucks park by the river. "The bylaw" says
    # nothing of what it is: it stands for the measure argued about, as "the ordinance" or "the bill" do. The
    # trucks are "food trucks" in most mentions ("food truck" only in "the food truck bylaw"): so is the label.
    pieces = {
        "post": ("Food trucks could line the river under new bylaw", [
            "Councillor Anita Brar said she supported food trucks on the riverfront.",
            "Restaurant owner Paolo Ricci said the trucks would take his lunch trade and he opposed them.",
            "Ricci said the food truck licences were far too cheap.",
            "Ricci urged council to reject the bylaw.",
            "Brar said council should pass the food truck bylaw next month.",
        ]),
        "radio": ("Riverside businesses split on food trucks", [
            "Market manager Helen Cho said she welcomed food trucks by the river.",
            "Cho said the bylaw was long overdue.",
            "Cafe owner Sam Boateng said he was against the bylaw.",
            "Boateng said the trucks were unfair competition.",
            "Cho said the food truck permits were a fair price.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert [i.label for i in issues] == ["Food trucks"], [(i.label, i.keywords) for i in issues]
    assert stances_by_actor(articles, statements, analyses, issues, issues[0]) == {
        "anita-brar": "support", "paolo-ricci": "oppose", "helen-cho": "support", "sam-boateng": "oppose"}


def test_a_measure_never_said_of_anything_extends_what_the_headlines_name(model):
    # A local paper and a trade weekly on widening a city's paid parking zone. The people quoted only ever say
    # "the extension"; the headlines say what is extended. The issue is that zone, argued by four actors.
    pieces = {
        "courier": ("Council wants its paid parking zone to reach the harbour", [
            "The city's paid parking zone covers the old town.",
            "Councillor Nadia Okoye said the extension was overdue.",
            "Shopkeeper Brian Foley said he was against the extension.",
        ]),
        "trade": ("Traders split on paid parking zone", [
            "Drivers pay four euros an hour inside the zone.",
            "Delivery firm owner Ewa Nowak said the extension would hurt her drivers.",
            "Residents' spokesman Tom Kerr said he supported the extension.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert [i.label for i in issues] == ["Parking zone extension"], [(i.label, i.keywords) for i in issues]
    assert stances_by_actor(articles, statements, analyses, issues, issues[0]) == {
        "nadia-okoye": "support", "brian-foley": "oppose", "ewa-nowak": "oppose", "tom-kerr": "support"}


def test_voting_against_as_a_bloc_and_a_pledge_to_act_once_in_power(model):
    # "as a bloc" says in what capacity the party voted, not what it voted against; "if it wins the elections"
    # is when it would act, no term on the measure: a plain stance against it, not a conditional one
    levy = Issue("levy", "Tourist levy", ["levy"])
    _, statements = statements_of([
        "The tourist levy passed by 24 votes to 19 on Tuesday night.",
        "The Civic Union, the largest opposition group, voted against as a bloc and has pledged to scrap the levy "
        "if it wins the next local elections.",
        "Councillor Petra Lindqvist said she would back the levy if it wins support from hotel owners.",
    ], model)
    assert stances(statements, levy, "Civic Union") == ["oppose"]
    assert [r.term for s in statements if "Civic" in s.actor_name for r in s.readings if r.polarity] in (
        ["", "levy"], ["levy", ""]), [(r.term, r.polarity) for s in statements for r in s.readings]
    assert stances(statements, levy, "Lindqvist") == ["mixed"]


def test_an_officer_named_by_the_organisation_s_noun_or_its_pronoun_speaks_for_it(model):
    # A trade paper: the officers' roles name their bodies by "the federation's" and "Its": their "we" is that body
    # ("for East Flanders" is the region the director covers, no second body)
    pieces = {
        "trade": ("Hauliers and shops split on harbour toll", [
            "The Danish Haulage Federation has written to every councillor about the harbour toll.",
            "\"Our members cannot absorb it,\" said Mette Holm, the federation's director for East Flanders. "
            "\"We are opposed to this toll.\"",
            "The Aalborg Shopkeepers' Union takes a softer line. Its chairman, Lars Vinter, said members accepted "
            "the need for cleaner streets.",
            "\"But we can only support the toll if vans get until 2030 to comply,\" Vinter said.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    toll = Issue("toll", "Harbour toll", ["toll"])
    on_toll = stances_by_actor(articles, statements, analyses, [toll], toll)
    assert on_toll.get("danish-haulage-federation") == "oppose", on_toll
    assert on_toll.get("aalborg-shopkeepers-union") == "mixed", on_toll


def test_it_stands_for_the_measure_a_when_clause_names(model):
    # "When the bill comes to the Senate, I'll vote for it": "it" is the bill, not the closures the story is about
    bill = Issue("bill", "Regional Studios Bill", ["bill"])
    closure = Issue("closure", "Station closures", ["closure"])
    _, statements = statements_of([
        "The broadcaster plans the closure of 14 regional stations.",
        "\"I listened to people in Bega and Broken Hill, and when the bill comes to the Senate, I'll vote for it,\" "
        "said Senator Tim Walsh.",
    ], model)
    assert stances(statements, bill, "Walsh", [bill, closure]) == ["support"]
    assert stances(statements, closure, "Walsh", [bill, closure]) == []


def test_naming_the_argument_against_a_measure_takes_no_side_judging_it_does(model):
    # a column backs the closures and names the other side's best argument; another says that argument wins
    closure = Issue("closure", "Station closures", ["closure"])
    _, statements = statements_of([
        "Martin Cole wrote that the closures were the right call.",
        "In the same column Martin Cole added that the strongest argument against the closures was emergency "
        "broadcasting.",
        "Farmer Joan Price said the case against the closures was overwhelming.",
    ], model)
    assert [s for s in stances(statements, closure, "Cole") if s != "neutral"] == ["support"]
    assert stances(statements, closure, "Price") == ["oppose"]


def test_what_an_actor_had_said_before_gives_way_to_what_they_announce_now(model):
    levy = Issue("levy", "Bed levy", ["levy"])
    _, statements = statements_of([
        "Councillor Ana Reyes, who had told the Herald in May that she opposed the levy, announced on Monday that "
        "she would vote for the levy.",
    ], model)
    assert stances(statements, levy, "Reyes") == ["support"]
    assert not any(s.former for s in statements)


def test_a_but_not_that_takes_part_of_a_stance_back(model):
    # "I want this airport, but not at any price", "welcome an airport ..., but not one that fills in the islands":
    # for it, and against it as it may come (as a condition makes it: "we can support it if ...")
    airport = Issue("airport", "Bay airport and reclamation", ["airport", "reclamation"])
    _, statements = statements_of([
        "The city plans to reclaim 680 hectares of the bay for a new airport.",
        "\"I want this airport for Palawan, but not at any price,\" Rep. Marlon Bautista said.",
        "\"We would welcome an airport that brings more tourists, but not one that fills in the islands,\" said "
        "fisherman Nestor Garcia.",
        "\"We can support it if the reclamation stays well away from the reef,\" said diver Ana Cruz.",
    ], model)
    assert stances(statements, airport, "Bautista") == ["mixed"]
    assert stances(statements, airport, "Garcia") == ["mixed"]
    assert stances(statements, airport, "Cruz") == ["mixed"]


def test_support_thrown_lent_or_given_to_a_measure_is_support_for_it(model):
    airport = Issue("airport", "Bay airport", ["airport"])
    _, statements = statements_of([
        "The Puerto Princesa Chamber of Commerce has thrown its support behind the airport.",
        "Senator Rosa Lim lent her support to the airport on Friday.",
        "Councillor Ben Ocampo said he could not give the airport his support.",
        "Professor Ana Reyes gave evidence to the inquiry into the airport.",
        "The Tourism Council offered its backing to the airport.",
        "Mayor Leo Cruz said he would lend his backing to opponents of the airport.",
    ], model)
    assert stances(statements, airport, "Chamber") == ["support"]
    assert stances(statements, airport, "Lim") == ["support"]
    assert stances(statements, airport, "Ocampo") == ["oppose"]
    assert [s for s in stances(statements, airport, "Reyes") if s != "neutral"] == []
    assert stances(statements, airport, "Tourism Council") == ["support"]
    assert "support" not in stances(statements, airport, "Cruz")  # the opponents are given his backing


def test_this_is_the_right_decision_stands_for_the_measure_decided(model):
    # "This is the right decision": "this" is a decision, the measure argued about, not the reef named just before
    limit = Issue("limit", "Visitor limit", ["limit", "cap"])
    reef = Issue("reef", "Reef", ["reef"])
    pieces = {"krabi": ("Krabi caps island visitors", [
        "Krabi will limit visitors to the island to 3,500 a day. Governor Prasert Wongsakul defended the limit.",
        "Tour operator Gregory Hart said he opposed the limit.",
        "Marine biologist Dr Nattaya Srisuk said the reef was dying. \"This is the right decision,\" she said.",
    ])}
    articles, statements, analyses = corpus_of(pieces, model)
    assert stances_by_actor(articles, statements, analyses, [limit, reef], limit).get("nattaya-srisuk") == "support"


def test_the_cap_is_the_limit_the_corpus_names(model):
    # a cap, a limit, a quota or a ceiling on the same thing is one measure: "the cap", never said of anything,
    # is the tourist limit the stories name
    pieces = {
        "wire": ("Island to limit tourists", [
            "Governor Prasert Wongsakul announced a limit on tourists landing on the island each day.",
            "Hotelier Somchai Kaewmanee said he supported the limit.",
            "Tour operator Gregory Hart said the cap would ruin his business.",
        ]),
        "local": ("Boatmen split on island tourist limit", [
            "Boatman Wiroj Chanthara said the limit was too strict.",
            "Biologist Nattaya Srisuk called the cap the right decision.",
            "Siam Blue Tours said it opposed the cap.",
        ]),
        # and a story headlined with "quota", where only one actor speaks of the cap: argued there too
        "trade": ("Hoteliers back Koh Rang Kai quota but balk at park fee rise", [
            "Hotel owners on the Andaman coast have backed the daily quota for Koh Rang Kai.",
            "The Andaman Hotels Association (AHA) said in a statement this week that the 3,500-a-day cap \"protects "
            "the product our members sell\".",
            "But the association's president, Kittipong Saelim, said: \"Our members oppose the fee increase.\"",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    limits = [i for i in issues if {"cap", "limit"} & set(i.keywords)]
    assert len(limits) == 1 and {"cap", "limit"} <= set(limits[0].keywords), [(i.label, i.keywords) for i in issues]
    on_limit = stances_by_actor(articles, statements, analyses, issues, limits[0])
    assert on_limit.get("andaman-hotels-association") == "support", on_limit


def test_for_it_in_principle_but_wanting_it_put_off_is_mixed(model):
    tax = Issue("tax", "Livestock tax", ["tax"])
    _, statements = statements_of([
        "Mayor Birgitte Dahl said she supported a tax on emissions in principle but wanted its start delayed until "
        "farmers could get the technology.",
        "Farmer Mads Thorsen said he supported the tax and wanted it brought in quickly.",
    ], model)
    assert stances(statements, tax, "Dahl") == ["mixed"]
    assert stances(statements, tax, "Thorsen") == ["support"]


def test_i_am_against_it_is_a_stance_on_what_the_story_argues(model):
    # "I'm against it" said where the sentences before talk of farms and flu: "it" is what the headline argues
    pieces = {"committee": ("Residents weigh in on backyard hens bylaw", [
        "Councillor Jenna Whitfield said she supported backyard hens.",
        "Councillor Ray Ostrowski said he opposed backyard hens.",
        "Egg farmer Ray Gagnon keeps 40,000 birds near Kingsville. He worries about avian flu reaching commercial farms.",
        "\"I'm against it, and I'd say the same thing in any city in the county,\" Gagnon said.",
        "Tour operator Lena Fox said she wanted operators to work with the city rather than against it.",
    ])}
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    hens = next(i for i in issues if "hen" in i.keywords)
    on_hens = stances_by_actor(articles, statements, analyses, issues, hens)
    assert on_hens.get("ray-gagnon") == "oppose", on_hens
    assert "lena-fox" not in on_hens, on_hens


def test_a_bare_cap_is_not_a_limit_named_in_an_unrelated_story(model):
    # "the debt ceiling" in one story and "the cap" on bankers' bonuses in another are two measures
    pieces = {
        "senate": ("Senate fights over debt ceiling", [
            "Senator Ann Lee said she opposed raising the debt ceiling.",
            "Senator Bob Ray said he supported a higher debt ceiling.",
            "Senator Carl Yu said he backed the debt ceiling deal.",
        ]),
        "banks": ("Banks fight bonus rules", [
            "Banker Dan Moe said the cap would drive talent away.",
            "Regulator Eve Sol said she supported the cap.",
            "Union leader Fay Orr welcomed the cap.",
        ]),
    }
    _, statements, _ = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert not any({"cap", "ceiling"} <= {w for k in i.keywords for w in k.split()} for i in issues), [
        (i.label, i.keywords) for i in issues]


def test_review_cases_two_things_backed_side_by_side_a_but_not_one_and_a_reform_in_a_levy_story(model):
    ban = Issue("hunting-ban", "Hunting ban", ["hunting ban", "ban", "hunting"], opposite=["hunting"])
    stadium = Issue("stadium", "Stadium", ["stadium"])
    _, statements = statements_of(["Farmer Tom Ellery said he supported hunting and the new stadium."], model)
    assert stances(statements, ban, "Ellery", [ban, stadium]) == ["oppose"]
    levy = Issue("levy", "Bed levy", ["levy"])
    _, statements = statements_of(["\"We support the levy, but not one councillor has listened to us,\" said Rosa Lim."],
                                  model)
    assert stances(statements, levy, "Lim") == ["support"]
    pensions = Issue("pension-reform", "Pension reform", ["pension reform", "reform", "pension"])
    _, statements = statements_of([
        "The council voted for a bed levy on Monday.",
        "\"This reform is long overdue,\" said hotelier Sam Doe.",
    ], model)
    assert stances(statements, pensions, "Doe", [levy, pensions]) == []


def test_deserves_to_be_voted_down_recommends_it(model):
    amendment = Issue("referendum", "Referendum amendment", ["referendum amendment", "referendum"])
    _, statements = statements_of([
        "Columnist Rachel Whitcombe wrote that Councillor Tait's referendum amendment deserves to be voted down.",
        "Columnist Tom Reid wrote that the referendum amendment deserves to pass.",
    ], model)
    assert stances(statements, amendment, "Whitcombe") == ["oppose"]
    assert stances(statements, amendment, "Reid") == ["support"]


def test_a_body_s_clause_reported_by_its_own_unnamed_voice_is_its_statement(model):
    # "X opposes the levy, its chief executive said" / "a spokesperson said" / "the company said": X's own words;
    # "critics said" or "the minister said" report a claim about X
    levy = Issue("levy", "Livestock levy", ["levy"])
    _, statements = statements_of([
        "Nordmejeri opposes the levy, its chief executive said.",
        "The Danish Dairy Board backs the levy, a spokesperson said.",
        "Jutland Meat Packers opposes the levy, the company said.",
        "The Danish Farmers Union opposes the levy, critics said.",
    ], model)
    assert stances(statements, levy, "Nordmejeri") == ["oppose"]
    assert stances(statements, levy, "Dairy Board") == ["support"]
    assert stances(statements, levy, "Meat Packers") == ["oppose"]
    assert stances(statements, levy, "Farmers Union") == []


def test_an_issue_takes_a_complement_in_its_name_only_when_one_recurs_most(model):
    # "build the tax into their budgets" twice and "a tax on milk" twice: neither names the tax
    pieces = {
        "wire": ("Farmers count the cost of the tax", [
            "Farmer Karen Holm said she opposed the tax and could not plan for the tax in her budgets.",
            "Economist Lars Berg said he supported the tax and that dairies should put the tax in their budgets.",
            "Dairy owner Ole Lund said the tax on milk was unfair.",
        ]),
        "radio": ("Tax splits dairy farmers", [
            "Farmer Ida Dahl said she backed the tax.",
            "Retailer Per Moe said he opposed the tax on milk.",
            "Accountant Eva Lind said farmers should include the tax in their budgets.",
            "Grocer Anders Vik said the tax on milk was a mistake.",
        ]),
    }
    _, statements, _ = corpus_of(pieces, model)
    labels = [i.label for i in discover_issues(statements)]
    assert "Tax" in labels and not any(label.startswith("Tax ") for label in labels), labels


def test_a_bare_moratorium_does_not_turn_a_debate_about_meters_round(model):
    # stories headlined about prepaid meters, where some call for "a moratorium" they never say is on anything:
    # the issue stays the meters, and those for the meters support it
    pieces = {
        "council": ("Council split on prepaid meters", [
            "Mayor Sipho Dlamini said he supported the prepaid meters.",
            "Councillor Pieter van Wyk said he opposed the prepaid meters.",
            "The United Civic Movement called for a moratorium.",
            "Councillor Bongani Zulu said he backed the moratorium.",
        ]),
        "radio": ("Residents fear prepaid meters", [
            "Economist Farouk Patel said the prepaid meters were a sensible step.",
            "Union leader Sipho Ndlovu said the union opposed the prepaid meters.",
            "Pastor Ruth Mokoena said she supported the moratorium.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    meters = next(i for i in issues if "meter" in i.keywords)
    assert "meter" not in meters.opposite, meters
    on_meters = stances_by_actor(articles, statements, analyses, issues, meters)
    assert on_meters.get("sipho-dlamini") == "support" and on_meters.get("farouk-patel") == "support", on_meters


def test_declaring_support_for_a_ban_passes_no_judgement_ban(model):
    # "declared" characterises only by a second complement ("declared the plan a failure"); what the object
    # noun is about ("her support for the ban") is no judgement of it
    ban = Issue("ban", "Okada ban", ["ban"])
    _, statements = statements_of([
        "Market leader Sidikat Bello has declared her support for the ban.",
        "Union leader Musa Ade declared the ban a disaster.",
    ], model)
    assert stances(statements, ban, "Sidikat Bello") == ["support"]
    assert stances(statements, ban, "Ade") == ["oppose"]


def test_in_protest_at_a_measure_hung_on_the_verb_is_against_it(model):
    # the parser hangs "at the closures" on "hold", not on "protest": the protest is still at the closures
    closure = Issue("closure", "Station closures", ["closure"])
    _, statements = statements_of([
        "The Media Workers Union voted to hold a strike in protest at the closures.",
        "The Regional Radio Trust met at the studio in Dubbo.",
    ], model)
    assert stances(statements, closure, "Media Workers Union") == ["oppose"]
    assert stances(statements, closure, "Radio Trust") == []


def test_an_officer_s_body_by_any_noun_for_a_body_of_its_own(model):
    # "the club" is the one body the officer speaks for, though its name ends in "Association"
    conversion = Issue("conversion", "Golf course conversion", ["conversion"])
    _, statements = statements_of([
        "Dale Hutchins, president of the Willow Creek Men's Golf Association, said the club had voted unanimously to "
        "oppose the conversion.",
    ], model)
    assert stances(statements, conversion, "Golf Association") == ["oppose"]


def test_a_speaker_s_own_party_by_a_possessive_is_the_body_they_are_placed_in(model):
    # "her party" is the one body the deputy is placed in; "his office" is no body, and a speaker placed in no body
    # gives none
    bill = Issue("forest", "Forest Protection Bill", ["forest protection bill", "bill"])
    _, statements = statements_of([
        "The Forest Protection Bill was debated on Tuesday by the National Assembly.",
        "Anna Berg, a Green Party deputy, said her party would vote against the Forest Protection Bill.",
        "Mark Oduya, leader of the Farmers Union, said his union supported the bill.",
        "Tom Keller, a Liberal Alliance deputy, said his office opposed the Forest Protection Bill.",
        "Joseph Mensah, chief executive of Volta Timber, said his church opposed the bill.",
        "Lena Moss, a Centre Party deputy, said Prime Minister Tom Ek had misled voters and his party would vote "
        "against the bill.",
    ], model)
    assert stances(statements, bill, "Green Party") == ["oppose"]
    assert stances(statements, bill, "Farmers Union") == ["support"]
    # (an office is no party; a company has no church; "his party" after Tom Ek is his)
    assert stances(statements, bill, "Liberal Alliance") == []
    assert stances(statements, bill, "Volta Timber") == []
    assert stances(statements, bill, "Centre Party") == []


def test_a_body_s_announced_vote_is_its_side_whoever_announces_it(model):
    # "said the DPT would vote for the Bill": the party's declared intention, though the speaker's tie to it is not
    # stated; what a body thinks ("had doubts") or did is no announcement of it
    bill = Issue("levy", "Tourism Levy Bill", ["tourism levy bill", "bill"])
    _, statements = statements_of([
        "The Tourism Levy Bill was debated in the National Assembly on Monday.",
        "The opposition member for Bartsham, Jigme Norbu, said the Druk Phuensum Tshogpa (DPT) would vote for the Bill.",
        "Minister Ana Lopes said the Green Party would vote against the Tourism Levy Bill.",
        "Jon Hale said the Farmers Union had doubts about the bill.",
        "Eva Holm said she doubted the Labour Party would vote for the bill.",
        "Max Berg said the Liberal Alliance would have voted against the bill if it had been consulted.",
    ], model)
    assert stances(statements, bill, "Druk Phuensum Tshogpa") == ["support"]
    assert stances(statements, bill, "Green Party") == ["oppose"]
    # (what a body thinks, what a speaker doubts of it, what it would have done: no announcement)
    assert stances(statements, bill, "Farmers Union") == []
    assert stances(statements, bill, "Labour Party") == []
    assert stances(statements, bill, "Liberal Alliance") == []


def test_issues_that_share_a_story_are_argued_in_every_story_of_their_debate():
    # "Phone ban" and "Social media accounts" argued together in the report: the column only "Phone ban" reached is
    # a story of both; an issue of another debate, sharing no story, keeps its own; a user's issue (no stories) too
    ban = Issue("ban", "Phone ban", ["ban"], [], ["report", "column"])
    accounts = Issue("accounts", "Social media accounts", ["account"], [], ["report", "sketch"])
    bridge = Issue("bridge", "Bridge toll", ["toll"], [], ["toll-story"])
    user = Issue("talks", "talks", ["talks"])
    joined = _one_debate_stories([ban, accounts, bridge, user])
    assert [i.articles for i in joined] == [["column", "report", "sketch"], ["column", "report", "sketch"],
                                            ["toll-story"], []]
    # a roundup that mentions two debates, each argued in stories of its own, joins neither to the other
    pension = Issue("pension", "Pension reform", ["pension"], [], ["a", "b", "roundup"])
    toll = Issue("toll", "Bridge toll", ["toll"], [], ["e", "f", "roundup"])
    assert [i.articles for i in _one_debate_stories([pension, toll])] == [["a", "b", "roundup"], ["e", "f", "roundup"]]


def test_a_date_inside_what_a_verb_is_about_does_not_set_it_in_the_past(model):
    charge = Issue("charge", "Water charge", ["charge"])
    _, statements = statements_of([
        "Mayor Nikos Vlachos has defended the charge as a fair way to share the island's summer water use.",
        "Councillor Tom Reid said in August that he opposed the charge.",
    ], model)
    assert [s.former for s in statements if "Vlachos" in s.actor_name] == [False]
    assert [s.former for s in statements if "Reid" in s.actor_name] == [True]


def test_a_stance_held_for_years_or_since_a_date_is_held_now(model):
    # present perfect with "for"/"since": from then until now, not a former stance like "in August"
    _, statements = statements_of([
        "Senator Ed Poe, who has defended the ferry levy for years, spoke first.",
        "Councillor Ida Brenn has opposed the ferry levy since 2019.",
        "Councillor Max Ulm opposed the ferry levy in 2019.",
    ], model)
    assert [s.former for s in statements if "Poe" in s.actor_name] == [False]
    assert [s.former for s in statements if "Brenn" in s.actor_name] == [False]
    assert [s.former for s in statements if "Ulm" in s.actor_name] == [True]


def test_refusing_or_declining_to_back_a_measure_is_against_it(model):
    # the verb that takes the act ("refused to", "declined to") is the actor's attitude toward what the act is about
    levy = Issue("levy", "Harbour levy", ["levy"])
    _, statements = statements_of([
        "Councillor Aoife Brennan refused to back the levy.",
        "The Harbour Users Association declined to support the levy.",
        "Finance director Paul Kerrigan declined to comment on the levy.",
    ], model)
    assert stances(statements, levy, "Brennan") == ["oppose"]
    assert stances(statements, levy, "Harbour Users") == ["oppose"]
    assert stances(statements, levy, "Kerrigan") in ([], ["neutral"])


def test_not_backing_down_on_a_measure_is_for_it(model):
    # "back down on": retreating from a measure; refusing to is holding to it
    meters = Issue("meter", "Prepaid meters", ["meter"])
    _, statements = statements_of([
        "Thandiwe Mokoena said the metro would not back down on making the meters compulsory.",
        "Councillor Pieter Smit said the metro should back down on the meters.",
    ], model)
    assert stances(statements, meters, "Mokoena") == ["support"]
    assert stances(statements, meters, "Smit") == ["oppose"]


def test_a_roll_out_is_the_measure_it_brings_in(model):
    # "the roll-out of the meters", "the prepaid meter roll-out": a stance on bringing the meters in is a stance on
    # the meters; a bare "the roll-out" is of what the headlines name. One issue, four actors.
    pieces = {
        "herald": ("Metro to make prepaid meters compulsory", [
            "Every household in the metro will get a prepaid meter by next year.",
            "Councillor Lindiwe Dube said she welcomed the meters.",
            "Sipho Mahlangu, secretary of the municipal workers' union, said the union opposed the roll-out of the "
            "meters.",
        ]),
        "business": ("Chamber backs prepaid meter roll-out", [
            "The metro has already installed 4,000 meters in the east.",
            "Chamber president Riaan Botes said his members supported the prepaid meter roll-out.",
            "Grace Mokoena, who has lived in the township for forty years, said she was against the roll-out.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert len(issues) == 1 and "meter" in issues[0].keywords, [(i.label, i.keywords) for i in issues]
    assert stances_by_actor(articles, statements, analyses, issues, issues[0]) == {
        "lindiwe-dube": "support", "sipho-mahlangu": "oppose", "riaan-botes": "support", "grace-mokoena": "oppose"}


def test_what_a_relative_clause_says_was_done_gives_way_to_what_is_held_now(model):
    # "who voted for the levy" is what she did; "she now opposed it" what she holds, and "it" is the levy the
    # sentence named before it, not a noun of the sentences before
    levy = Issue("levy", "Harbour levy", ["levy"])
    _, statements = statements_of([
        "The council debated the budget and the new parking rules on Tuesday.",
        "Councillor Ruth Okafor, who voted for the levy when it was approved in May, told the council she now "
        "opposed it after meeting fishermen in her ward.",
        "Councillor Dan Reyes, who voted for the levy, told the council the harbour would be cleaner within a year.",
    ], model)
    assert stances(statements, levy, "Okafor") == ["oppose"]
    assert stances(statements, levy, "Reyes") == ["support"]  # nothing held "now": what he did stands


def test_what_was_done_before_gives_way_to_what_the_same_sentence_says_is_held_now(model):
    # the dated stance governs the sentence ("backed the levy last year but said ... now"), or the sentence
    # that now holds the other stance governs it ("had opposed the levy but now says he backs it")
    levy = Issue("levy", "Harbour levy", ["levy"])
    _, statements = statements_of([
        "The council debated the harbour levy on Tuesday.",
        "Councillor Ruth Okafor backed the levy last year but said on Monday she would now vote against it.",
        "Councillor Dan Reyes had opposed the levy but now says he backs it.",
        "Councillor Ana Lim, who voted for the levy at its second reading on March 4, said she could not vote for "
        "it again in its present form.",
    ], model)
    assert stances(statements, levy, "Okafor") == ["oppose"]
    assert stances(statements, levy, "Reyes") == ["support"]
    assert stances(statements, levy, "Lim") == ["oppose"]  # (dated by the stage it was voted at)


def test_a_role_or_a_clause_held_before_gives_way_to_the_stance_held_now(model):
    # "a former supporter", "once a critic": a role held before; "said she had supported it initially but could
    # no longer back it": what the report says was held before, beside what is held now
    levy = Issue("levy", "Harbour levy", ["levy"])
    _, statements = statements_of([
        "The council debated the harbour levy on Tuesday.",
        "Councillor Ruth Okafor, a former supporter of the levy, said it had failed the fishermen.",
        "Councillor Dan Reyes, once a critic of the levy, now backs it.",
        "Councillor Mary Iles said she had supported the levy initially but could no longer back it.",
        "Councillor Tom Berg said he had opposed the levy at first but now backed it.",
        "Councillor Ada Lim, a longtime critic of the levy, said it had failed the fishermen.",
    ], model)
    assert stances(statements, levy, "Okafor") == ["oppose"]
    assert stances(statements, levy, "Reyes") == ["support"]
    assert stances(statements, levy, "Iles") == ["oppose"]
    assert stances(statements, levy, "Berg") == ["support"]
    assert stances(statements, levy, "Lim") == ["oppose"]


def test_a_pronoun_after_a_stance_stands_for_what_the_stance_was_on(model):
    levy = Issue("levy", "Harbour levy", ["levy"])
    parking = Issue("parking", "Parking rules", ["parking"])
    _, statements = statements_of([
        "The council debated the new parking rules on Tuesday.",
        "Councillor Ruth Okafor refused to back the levy, saying it was unfair on fishermen.",
    ], model)
    readings = [r for s in statements if "Okafor" in s.actor_name for r in s.readings if not r.term and r.polarity]
    assert readings and readings[0].context[0] == "levy"
    assert stances(statements, parking, "Okafor", [levy, parking]) == []


def test_banning_people_from_an_act_is_a_ban_on_the_act(model):
    # "ban pupils from using smartphones" is a smartphone ban (the pupils are who it applies to); "ban imports from
    # China" and "from Beijing" name where from; "ban fans from travelling" (no object of its own) bans the fans
    _, statements = statements_of([
        "Parent Helen Price said the trust's decision to ban pupils from using smartphones was wrong.",
        "Senator Ana Ruiz said the government should ban imports from China.",
        "Senator Tom Hale said the government should ban imports from Beijing.",
        "Councillor Rosa Lim said the league should ban fans from travelling to away games.",
    ], model)
    keys = {s.actor_name: sorted(r.term for r in s.readings if r.polarity and r.head == "ban") for s in statements}
    assert keys == {"Helen Price": ["smartphone ban"], "Ana Ruiz": ["import ban"], "Tom Hale": ["import ban"],
                    "Rosa Lim": ["fan ban"]}
    ban = Issue("ban", "Smartphone ban", ["smartphone ban"])
    assert stances(statements, ban, "Helen Price") == ["oppose"]


def test_taking_or_locking_a_thing_away_is_against_it(model):
    # "away" hung on the verb as an adverb is its particle: "taking the phones away", "locking phones away",
    # "phones being put away" act against the phones, so their judgement is one of the phone ban
    ban = Issue("ban", "Phone ban", ["phone ban", "ban", "phone"], ["phone"])
    _, statements = statements_of([
        "Parent Helen Price said locking phones away all day, including at lunch, was going too far.",
        "Headteacher Mark Fenwick said he would support phones being put away in every lesson.",
    ], model)
    assert stances(statements, ban, "Helen Price") == ["oppose"]
    assert stances(statements, ban, "Fenwick") == ["support"]


def test_asking_someone_to_reconsider_is_against_what_they_did(model):
    ban = Issue("ban", "Phone ban", ["phone ban", "ban", "phone"], ["phone"])
    _, statements = statements_of([
        "The Severn Vale trust has introduced a phone ban for the whole school day.",
        "Parent Helen Price said she had written to all eight headteachers asking them to reconsider.",
        "Headteacher Mark Fenwick said he had asked other heads to join the scheme.",
    ], model)
    assert stances(statements, ban, "Helen Price") == ["oppose"]
    assert "oppose" not in stances(statements, ban, "Fenwick")  # asking to join is no undoing


def test_no_longer_negates_a_stance(model):
    # "no longer" says the stance is not held now, whichever word the parser hangs it on
    phase_out = Issue("phase-out", "Jeepney phase-out", ["phase-out"])
    _, statements = statements_of([
        "Operators' leader Felipe Macaraeg said the federation no longer opposes the phase-out.",
        "Councillor Rosa Lim said her group was no longer opposed to the phase-out.",
        "Senator Maria Santos said she no longer supported the phase-out.",
    ], model)
    assert stances(statements, phase_out, "Macaraeg") == ["support"]
    assert stances(statements, phase_out, "Rosa Lim") == ["support"]
    assert stances(statements, phase_out, "Santos") == ["oppose"]


def test_a_pronoun_stands_for_what_the_sentence_took_a_stance_on_not_a_subject_it_took_none_on(model):
    # "here is my position now" is the first clause's subject, but what "keep it" keeps is the default supported
    _, statements = statements_of([
        "Columnist Huw Rees wrote: \"So here is my position now: I support the 20mph default, and I think Wales "
        "should keep it.\"",
    ], model)
    implicit = [r for s in statements for r in s.readings if not r.term and r.polarity]
    assert implicit and implicit[0].context[0] == "default" and implicit[0].polarity == 1


def test_an_exemption_from_a_measure_is_a_question_of_its_own(model):
    # the sentences that argue exempting new housing from the rent cap name the cap as what the exemption is
    # from: they do not make the exemption and the cap one question
    pieces = {
        "post": ("Council backs exemption from rent cap", [
            "Council member Andre Whitfield said he would bring forward an ordinance exempting newly built housing "
            "from the rent cap.",
            "Council member Patricia Nygaard said she would vote against the exemption, which would exempt new "
            "housing from the rent cap.",
            "Tenant organiser Maya Okafor said the union opposed the exemption, urging the council not to exempt new "
            "housing from the rent cap.",
        ]),
        "herald": ("Rochester votes on rent cap", [
            "Landlord Greg Halvorsen said the rent cap was a disaster.",
            "Mayor Denise Kowalczyk said she supported the rent cap.",
            "Brian Lindqvist, a developer, said he opposed the rent cap.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    caps = [i for i in issues if any("rent" in k for k in i.keywords) and not any("exempt" in k for k in i.keywords)]
    exemptions = [i for i in issues if any("exempt" in k for k in i.keywords)]
    assert len(caps) == 1 and len(exemptions) == 1, [(i.label, i.keywords) for i in issues]
    on_cap = stances_by_actor(articles, statements, analyses, issues, caps[0])
    assert {a: on_cap[a] for a in ("greg-halvorsen", "denise-kowalczyk", "brian-lindqvist")} == {
        "greg-halvorsen": "oppose", "denise-kowalczyk": "support", "brian-lindqvist": "oppose"}
    on_exemption = stances_by_actor(articles, statements, analyses, issues, exemptions[0])
    assert on_exemption.get("andre-whitfield") == "support" and on_exemption.get("patricia-nygaard") == "oppose"


def test_what_the_fact_that_says_is_asserted_not_negated(model):
    # "doesn't change the fact that X": X is what the speaker holds; the "not" is of the changing
    cap = Issue("cap", "Flight cap", ["cap"])
    _, statements = statements_of([
        "MP Bart Mulder said: \"It doesn't change the fact that this cap is bad for the Dutch economy.\"",
        "Alderman Marco de Wit said: \"Nobody can ignore the fact that the cap has worked.\"",
    ], model)
    assert stances(statements, cap, "Mulder") == ["oppose"]
    assert stances(statements, cap, "de Wit") == ["support"]


def test_undoing_a_measure_the_corpus_names_otherwise_is_against_it(model):
    # discovery keyed the cap by what it limits ("flight limit"); "withdraw the cap", said once, is still against it
    cap = Issue("flight-cap", "Flight cap", ["flight limit", "cap", "flight cap"])
    _, statements = statements_of([
        "MP Bart Mulder tabled a motion calling on the government to withdraw the cap altogether.",
        "MP Ellen Brouwer tabled a motion calling on the government to keep the cap.",
    ], model)
    assert stances(statements, cap, "Mulder") == ["oppose"]
    assert stances(statements, cap, "Brouwer") == ["support"]


def test_no_longer_opposed_gives_up_what_was_told_in_the_past(model):
    # a union that "fought this cap" and says in the same story it is "no longer opposed" holds the cap now
    cap = Issue("cap", "Flight cap", ["cap"])
    articles, statements, analyses = corpus_of({"nos": ("Pilots' union drops opposition to flight cap", [
        "The Dutch Pilots' Union had threatened strike action over the flight cap.",
        "\"We fought this cap because we were afraid for our members' jobs,\" said the union's chairman, Willem "
        "Bosman.",
        "\"Those jobs are now protected. So we are no longer opposed. In fact, we support it,\" Bosman said.",
    ])}, model)
    assert stances_by_actor(articles, statements, analyses, [cap], cap).get("willem-bosman") == "support"


def test_an_issue_is_never_labelled_by_an_actor_s_name_and_takes_the_headlines_phrase():
    # the mentions of a wind-farm debate, as the Mayo stories give them: the developer's name is the one capitalised
    # phrase; the headlines write "wind farm"
    from collections import Counter
    from briefing.pipeline.positions import _ConceptTally, _headlined_phrase, _issue_label
    tally = _ConceptTally()
    tally.words.update({"turbine": 7, "wind": 3, "farm": 3})
    tally.nouns.update({"turbines": 6, "turbine": 1, "wind": 3, "farm": 3})
    tally.phrases.update({"turbines": 6, "wind": 3, "wind farm": 3, "offshore wind": 2, "Iarthar Offshore Wind": 1,
                          "turbine": 1})
    concepts = {"turbin", "wind", "farm"}
    # (the compound joining two of its words, written three times, names it; never the developer)
    label = _issue_label(tally, concepts, names={"Iarthar Offshore Wind", "Martin Gallagher"})
    assert label == "Wind farm"
    phrases = Counter(tally.phrases)
    del tally.phrases["wind farm"]
    assert _issue_label(tally, concepts, names={"Iarthar Offshore Wind", "Martin Gallagher"}) == "Turbines"
    tally.phrases = phrases
    titles = ["Council backs call to move wind farm cable away from Trawmore",
              "Fishing boats stage flotilla protest over Dooncarrig wind farm",
              "Iarthar pulls Dooncarrig turbines further out to sea in bid to win over tourism sector",
              "Plans lodged for 54-turbine wind farm off Mayo's Dooncarrig Bay"]
    assert _headlined_phrase("Turbines", tally.phrases, titles) == "Wind farm"
    assert _headlined_phrase("Turbines", tally.phrases, titles[2:3]) is None  # named once: not the debate's name


def test_a_restart_is_a_measure_that_brings_back_what_it_restarts(model):
    # "the restart of the reactor" is for the reactor running; a bare "the restart" is of what the headlines name;
    # the verb stays an attitude ("set on restarting talks" is for the talks)
    pieces = {
        "wire": ("Governor consents to restart of nuclear reactor", [
            "Mayor Akiko Sasaki said she opposed the restart of the reactor.",
            "Masao Kudo, head of the fisheries cooperative, said the cooperative would accept the restart as long as "
            "the utility keeps paying for monitoring.",
        ]),
        "business": ("Utility shares jump as reactor restart clears hurdle", [
            "Business leader Takeshi Morimoto said he welcomed the restart.",
            "Campaigner Yumiko Ishida said her group would fight the restart in court.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert len(issues) == 1 and "reactor" in issues[0].keywords, [(i.label, i.keywords) for i in issues]
    assert stances_by_actor(articles, statements, analyses, issues, issues[0]) == {
        "akiko-sasaki": "oppose", "masao-kudo": "mixed", "takeshi-morimoto": "support", "yumiko-ishida": "oppose"}


def test_its_organ_speaks_for_the_organisation_last_named(model):
    # "Its assembly group said ...": the group of the party the sentence before was about
    restart = Issue("restart", "Reactor restart", ["restart"])
    _, statements = statements_of([
        "Komeito, the governing party's coalition partner, attached a demand to the resolution. Its assembly group "
        "said it opposed the restart.",
    ], model)
    assert stances(statements, restart, "Komeito") == ["oppose"]
    # not a body named sentences before, with another subject between
    levy = Issue("levy", "Harbour levy", ["levy"])
    _, statements = statements_of([
        "Greenpeace welcomed the ruling on Monday. The harbour has been losing money for years. Its board said it "
        "opposed the levy.",
    ], model)
    assert stances(statements, levy, "Greenpeace") == []


def test_for_a_measure_in_principle_but_held_back_until_something_is_done_is_mixed(model):
    levy = Issue("levy", "Harbour levy", ["levy"])
    _, statements = statements_of([
        "The Harbour Users Association said it supports the levy in principle but wants it held back until the new "
        "quay is finished.",
    ], model)
    assert stances(statements, levy, "Harbour Users") == ["mixed"]


def test_wanting_a_thing_shut_is_against_it(model):
    library = Issue("library", "Library", ["library"])
    _, statements = statements_of([
        "Councillor Ann Burke said the library should shut.",
        "Librarian Joan Hale said the library will shut next year.",
        "Councillor Tom Reid said the sale of the library should close by March.",
    ], model)
    assert stances(statements, library, "Burke") == ["oppose"]
    assert stances(statements, library, "Hale") in ([], ["neutral"])
    assert "oppose" not in stances(statements, library, "Reid")  # a sale closes: "close" ends nothing by itself


def test_asking_to_think_again_about_a_measure_is_against_it(model):
    removal = Issue("removal", "Subsidy removal", ["removal"])
    _, statements = statements_of([
        "Market leader Kafayat Adisa urged the governor to think again about the removal.",
        "Economist Nnamdi Okeke said the governor was right to go ahead with the removal.",
    ], model)
    assert stances(statements, removal, "Adisa") == ["oppose"]
    assert stances(statements, removal, "Okeke") == ["support"]


def test_whether_a_claim_is_true_and_how_often_one_would_like_take_no_side(model):
    cull = Issue("cull", "Wolf cull", ["cull"])
    _, statements = statements_of([
        "The canton has ordered a cull of the wolf pack.",
        "Biologist Claudia Janett said: \"Farmers say the pack has killed forty calves. That is true.\"",
        "Farmer Gian Casty said he had stood beside dead calves more often than he would like.",
    ], model)
    assert stances(statements, cull, "Janett") in ([], ["neutral"])
    assert stances(statements, cull, "Casty") in ([], ["neutral"])


def test_for_a_measure_in_principle_but_anything_after_is_mixed(model):
    limit = Issue("limit", "Visitor limit", ["limit"])
    _, statements = statements_of([
        "Tourism association president Wiroj Chanthara said: \"We support a limit in principle, but give us one more "
        "season to prepare.\"",
        "Boatman Somchai Rattanapong said: \"We support a limit, and give us more of them.\"",
    ], model)
    assert stances(statements, limit, "Wiroj") == ["mixed"]
    assert stances(statements, limit, "Somchai") == ["support"]


def test_the_draft_rules_are_the_rules_argued_about(model):
    # "draft" is the stage the rules are at, no content of theirs: "the draft rules" stands for the measure the
    # article argues, like "the rules"; and a writ is a procedure, no thing argued about
    _, statements = statements_of([
        "Karnataka has published rules capping surge fares at twice the base fare.",
        "The Indian Digital Mobility Council filed a writ petition challenging the draft rules.",
    ], model)
    readings = [r for s in statements if "Mobility" in s.actor_name for r in s.readings if r.polarity]
    assert not any(r.term in ("draft", "writ") for r in readings), readings
    assert any(not r.term and r.head == "rule" and r.polarity < 0 for r in readings), readings


def test_the_review_s_counter_examples_keep_their_stances(model):
    # what this session's rules must not catch: "threatened to scrap" (no attitude verb above the act), "back down
    # over" (the dispute), "a decline in tourism" (a fall), "regret the fact that" (an attitude toward the fact),
    # a "now" said of the world beside a relative clause's stance, "what we take away from the report"
    levy = Issue("levy", "Harbour levy", ["levy"])
    ban = Issue("ban", "Phone ban", ["ban"])
    _, statements = statements_of([
        "Councillor Aoife Brennan threatened to scrap the levy.",
        "Union leader Tom Hale said the union refused to back down over the levy.",
        "Hotelier Ruth Kerr said the levy had caused a decline in tourism.",
        "Fisherman Dan Reyes said: \"I regret the fact that the levy was scrapped.\"",
        "Councillor Lindiwe Dube, who opposed the levy, said the harbour was now cleaner.",
        "Headteacher Mark Fenwick said: \"What we take away from the report is that the ban works.\"",
    ], model)
    assert stances(statements, levy, "Brennan") == ["oppose"]
    assert "support" not in stances(statements, levy, "Tom Hale")
    assert "support" not in stances(statements, levy, "Kerr") and "oppose" not in stances(statements, levy, "Kerr")
    assert stances(statements, levy, "Reyes") == ["support"]
    assert stances(statements, levy, "Dube") == ["oppose"]
    assert stances(statements, ban, "Fenwick") == ["support"]


def test_being_for_a_measure_or_on_board_is_for_it(model):
    levy = Issue("levy", "Harbour levy", ["levy"])
    _, statements = statements_of([
        "The council has proposed a harbour levy.",
        "Brewer Ewan Baird said: \"If it works for a brewery our size, I'm for it.\"",
        "Fisherman Tom Reid said he was now on board with the levy.",
        "Treasurer Ann Burke said the money was for schools.",
    ], model)
    assert stances(statements, levy, "Baird") == ["support"]
    assert stances(statements, levy, "Reid") == ["support"]
    assert stances(statements, levy, "Burke") in ([], ["neutral"])


def test_a_compound_label_takes_the_word_the_corpus_writes_before_it():
    from briefing.pipeline.positions import _compound_name
    texts = ["Scotland's deposit return scheme will not start until October.",
             "I remain absolutely committed to a deposit return scheme for Scotland.",
             "We are not opposed to a deposit return scheme, and we never have been.",
             "This scheme is a shambles from start to finish."]
    assert _compound_name("Scheme", texts, ["return", "deposit"]) == "Deposit return scheme"
    assert _compound_name("Scheme", texts[3:] + texts[:1], ["return", "deposit"]) is None


def test_a_headline_compound_is_a_kind_of_the_thing_not_what_is_done_to_it():
    # "Ending prohibition" names ending it: an issue so labelled would read every stance on prohibition backwards
    from briefing.pipeline.positions import _headline_compound
    titles = ["Bihar cabinet clears bill to end liquor prohibition", "Ending prohibition is a betrayal of Bihar's women",
              "Janhit Dal to back bill ending prohibition after government concessions"]
    texts = ["The bill is ending prohibition after nine years.", "Liquor prohibition failed, the minister said."]
    assert _headline_compound("Prohibition", titles, texts) is None
    titles = ["Officers back Lincolnshire solar farm", "Council decides Hallam Grange solar farm"]
    assert _headline_compound("Farm", titles, ["The solar farm would cover 200 acres."]) == "Solar farm"
    # a nickname may hold digits ("the 4x3 bill"); a year is no nickname ("the 2024 bill" of two bills)
    titles = ["4x3 bill goes to the Constitutional Chamber", "PLN tables consent clause for 4x3 bill"]
    assert _headline_compound("Bill", titles, ["Deputies passed the so-called 4x3 bill."]) == "4x3 bill"
    titles = ["Senate passes 2024 bill on pensions", "Unions fight 2024 bill"]
    assert _headline_compound("Bill", titles, ["Deputies passed the 2024 bill."]) is None


def test_a_stance_told_in_the_past_is_read_sentence_by_sentence(model):
    # after "the forum had changed its view", "We supported this model at the beginning because we were told ...
    # That is not what we are seeing" is the old stance: its clause is past, the "would" is inside "because", and
    # the sentence after it takes no stance
    model_issue = Issue("model", "Funding model", ["model"])
    articles, statements, analyses = corpus_of({"nation": ("Parents' forum withdraws support for funding model", [
        "The forum's chairperson, Grace Njeri, said the forum had changed its view after hearing from parents.",
        "\"We supported this model at the beginning because we were told that no needy child would be left behind. "
        "That is not what we are seeing,\" Njeri said.",
        "\"We now oppose it,\" she said.",
        "Vice-chancellor Esther Chebet said the model was working.",
    ])}, model)
    found = stances_by_actor(articles, statements, analyses, [model_issue], model_issue)
    assert found.get("grace-njeri") == "oppose" and found.get("esther-chebet") == "support", found


def test_cutting_a_price_is_not_a_stance_against_the_pricing(model):
    # "pricing" is the practice of charging, "the price" what is charged: cutting the toll's price does not
    # frame congestion pricing the other way round
    pieces = {
        "a": ["Governor Ellen Ward said she backed congestion pricing.",
              "\"I listened, I cut the price, and I'm proud to stand behind it,\" Ward said.",
              "Borough president Tom Kale is a longtime foe of congestion pricing."],
        "b": ["Transit advocate Rosa Lin said congestion pricing was working.",
              "Tom Kale said congestion pricing was a tax on working families and he opposed it."],
    }
    articles, statements, analyses = corpus_of(pieces, model, title="Congestion pricing")
    issues = discover_issues(statements)
    pricing = [i for i in issues if "pricing" in " ".join(i.keywords)]
    assert len(pricing) == 1, [(i.label, i.keywords) for i in issues]
    assert not pricing[0].opposite, (pricing[0].label, pricing[0].opposite)
    by_actor = stances_by_actor(articles, statements, analyses, issues, pricing[0])
    assert sorted(by_actor.values()) == ["oppose", "support", "support"], by_actor


def test_a_measure_title_runs_on_through_for(model):
    # "the Assisted Dying for Terminally Ill Adults (Scotland) Bill" is one title, not "Terminally Ill Adults
    # (Scotland) Bill" after a name cut at "for"
    _, statements = statements_of([
        "Labour MSP Ann Reid said she would vote for the Assisted Dying for Terminally Ill Adults (Scotland) Bill.",
    ], model)
    phrases = {r.phrase for s in statements for r in s.readings if r.polarity}
    assert "Assisted Dying for Terminally Ill Adults (Scotland) Bill" in phrases, phrases



def test_a_bill_known_by_a_long_title_is_one_issue_labelled_by_it(model):
    title = "Assisted Dying for Terminally Ill Adults (Scotland) Bill"
    pieces = {
        "a": ("MSPs back assisted dying bill at stage one", [
            f"MSPs have backed the {title} at its first stage.",
            "Health Secretary Alan Kerr voted against it.",
            f"Green co-leader Rhona Sutherland said she supported the {title}.",
            "SNP MSP Kirsty Maclean said she could not support a bill that would allow ill adults to seek help to end "
            "their own lives."]),
        "b": ("Highland MSP explains change of heart on assisted dying", [
            f"In May Donald Munro voted in favour of the {title}, and he says he intends to support it at the final "
            "vote.",
            "Disability campaigner Ian Kay said the bill would tell ill adults that their lives were not worth living."]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert [i.label for i in issues] == [title], [(i.label, i.keywords) for i in issues]
    _, actor_ids = link_actors(articles, analyses, ActorOptions())
    names = {actor_id: name for (_, name), actor_id in actor_ids.items()}
    found = {names[p.actor]: p.stance for p in link_positions(articles, statements, actor_ids, issues)}
    assert found == {"Alan Kerr": "oppose", "Rhona Sutherland": "support", "Kirsty Maclean": "oppose",
                     "Donald Munro": "support"}, found


def test_what_a_critic_says_a_bill_tells_people_is_not_what_the_bill_does(model):
    # "the bill would tell ill adults that ..." is a critic's reading of the bill, not its content: being
    # against this bill is a stance on the bill, not on "their lives"
    _, statements = statements_of([
        "Disability campaigner Ian Kay said the bill would tell ill adults that their lives were not worth living.",
        "Dr Morag Lind said she was against this bill.",
    ], model)
    lind = [r for s in statements if s.actor_name == "Morag Lind" for r in s.readings if r.polarity]
    assert [(r.term, r.head, r.polarity) for r in lind] == [("", "bill", -1)], lind


def test_an_officer_saying_what_the_members_of_their_body_back_is_the_bodys_stance(model):
    # the body's own chairman reports its members' stance; a councillor of another party reporting the Greens'
    # is no statement of the Greens
    _, statements = statements_of([
        "The Lagos chairman of the Independent Petroleum Marketers Association of Nigeria (IPMAN), Chief Emmanuel "
        "Okon, said deregulation had helped his members.",
        "He said IPMAN members backed the policy.",
        "Ann Lee, a Labour councillor, said the Green Party opposed the levy.",
    ], model)
    backers = {s.actor_name for s in statements if any(r.polarity > 0 and r.head == "policy" for r in s.readings)}
    assert backers == {"Independent Petroleum Marketers Association of Nigeria"}, backers
    assert not [s for s in statements if s.actor_name == "Green Party"], statements


def test_it_after_a_sentence_about_a_body_is_the_body_and_approval_is_the_measure(model):
    # "It" heading the next sentence's main clause is the body the sentence before was about; "against approval"
    # with no object of its own is against the measure the text is about
    _, statements = statements_of([
        "The Tasmanian Planning Commission published its report on the stadium on Friday. It recommended against "
        "approval.",
    ], model)
    commission = [r for s in statements if s.actor_name == "Tasmanian Planning Commission" for r in s.readings
                  if r.polarity]
    assert [(r.term, r.polarity) for r in commission] == [("", -1)], commission
    assert "stadium" in commission[0].context[:2], commission[0].context


def test_taking_someone_to_law_over_a_measure_opposes_the_measure(model):
    # "sued ... over", "went to court over", "took ... to court over" (the parser hangs that "over" on the court):
    # what the action is over is what it objects to; winning "over" a rival or taking "over" a firm is no lawsuit
    stances = stances_taken([
        "Chevron sued the state over the licence law. The Farmers Union went to court over the levy. "
        "Greenpeace took the government to court over the pipeline. Shell took over the refinery. "
        "The Rangers won the final over the Lions.",
    ], model)
    assert stances == {("Chevron", "licence", -1), ("Farmers Union", "levy", -1),
                       ("Greenpeace", "pipeline", -1)}, stances


def test_one_of_a_measures_critics_is_a_critic_of_the_measure(model):
    # "one of the ... critics of the toll" said of an actor, in apposition or as a predicate, is that actor's
    # stance, as "a critic of the toll" is; meeting one of its critics is none
    stances = stances_taken([
        "Senator Jane Holt, one of the most vocal critics of the toll, spoke on Friday. Mayor Tom Reyes is one of "
        "the levy's staunchest supporters. Governor Ann Pike met one of the toll's critics.",
    ], model)
    assert stances == {("Jane Holt", "toll", -1), ("Tom Reyes", "levy", 1)}, stances


def test_an_act_in_protest_at_a_measure_opposes_it_where_the_parser_hangs_the_at_on_the_act(model):
    # "walked out of the chamber in protest | at the tolling plan": the parser hangs "at" on "walked", not on
    # "protest"; the act is still against what the protest is at
    stances = stances_taken([
        "The Labour Party walked out of the chamber in protest at the tolling plan. The Green Party marched in "
        "support of the levy.",
    ], model)
    assert stances == {("Labour Party", "tolling", -1), ("Green Party", "levy", 1)}, stances


def test_a_threat_unless_a_measure_goes_is_against_the_measure_not_against_what_is_threatened(model):
    # "threatened a strike unless the plan was withdrawn" wants the plan gone; the strike threatened is no stance,
    # and a thing that "threatens jobs" makes no threat of anyone's
    stances = stances_taken([
        "The Truckers Union threatened to strike unless the tolling plan was withdrawn. The Farmers Union threatened "
        "a boycott unless the government scrapped the levy. The Dock Workers Union threatened a strike.",
    ], model)
    assert stances == {("Truckers Union", "tolling", -1), ("Farmers Union", "levy", -1)}, stances


def test_a_step_in_the_right_direction_judges_what_it_is_said_of(model):
    # a change judged by where it leads: the measure it is said of is judged, not "the direction"
    stances = stances_taken([
        "Senator Maria Lopez said the levy was a step in the right direction. Governor Ann Pike called the toll "
        "a big step in the wrong direction.",
    ], model)
    assert stances == {("Maria Lopez", "levy", 1), ("Ann Pike", "toll", -1)}, stances


def test_what_a_speaker_says_in_a_statement_that_is_their_claim(model):
    # the parser hangs "that the code was unworkable" on "statement", not on "said": it is still what was said,
    # not someone else's claim; "fears that ..." inside it stay the critics'
    stances = stances_taken([
        "The Chamber of Mines said in a statement that the code was unworkable. The Green Alliance wrote in a letter "
        "that the levy was fair. The Farmers Union said in a statement that critics' fears that the toll was "
        "unworkable were misplaced.",
    ], model)
    assert {(a, t, p) for a, t, p in stances if t in ("code", "levy", "toll")} == {
        ("Chamber of Mines", "code", -1), ("Green Alliance", "levy", 1)}, stances


def test_the_actors_named_as_examples_of_a_group_hold_what_the_group_says(model):
    # "Critics, including X, say ...", "Several groups, including A and B, have criticised ...", "Opponents of
    # the levy, including X": each example holds the group's stance; a group that merely meets someone has none
    stances = stances_taken([
        "Critics, including the opposition leader John Dube, say the code hands too much power to the minister. "
        "Several groups, including Greenpeace and the Farmers Union, have criticised the toll. Opponents of the "
        "levy, including Senator Ann Pike, rallied on Friday. Critics, including Tom Reyes, met the minister.",
    ], model)
    assert stances == {("John Dube", "code", -1), ("Greenpeace", "toll", -1), ("Farmers Union", "toll", -1),
                       ("Ann Pike", "levy", -1)}, stances


def test_in_an_article_naming_two_laws_the_measure_is_the_one_named_most_before_it(model):
    # "the measure" is Proposition 22, which the article names most before it, though "Assembly Bill 5" is named
    # too; a ballot proposition is a measure like a bill
    _, statements = statements_of([
        "In the parking lot, the argument over Proposition 22 is rarely abstract.",
        "Drivers have argued about Assembly Bill 5 since the Legislature passed it last year.",
        "Assemblywoman Lorena Gonzalez called Proposition 22 a scam written by the companies.",
        "Alice Huffman, president of the state NAACP, said the measure would protect income for drivers.",
    ], model)
    huffman = [r for s in statements if s.actor_name == "Alice Huffman" for r in s.readings
               if r.polarity and not r.term]
    assert [(r.head, r.phrase, r.polarity) for r in huffman] == [("measure", "Proposition 22", 1)], huffman


def test_the_measure_stands_for_a_measure_the_corpus_argues_not_for_a_thing(model):
    # "the measure" after stances on the app and on Proposition 9: the proposition, a measure known by its number
    # (argued by three actors in two stories), not the app
    issue, stances = the_one_issue({
        "one": ("Voters weigh Proposition 9 on ride apps", [
            "Governor Ann Pike opposes Proposition 9. Senator Tom Reyes said he backed Proposition 9.",
            "The app is brilliant, said Maria Lopez. The app is a lifeline, said Carlos Ruiz.",
            "The Teamsters said the measure was a scam.",
        ]),
        "two": ("Drivers split over ride apps", [
            "Mayor Ana Souza said Proposition 9 was a disgrace. The app is wonderful, said Uber.",
        ]),
    }, model, lambda keywords: "proposition" in keywords)
    assert issue.label == "Proposition 9", issue
    assert {actor.split(":")[-1]: stance for actor, stance in stances.items()} == {
        "ann-pike": "oppose", "tom-reyes": "support", "ana-souza": "oppose", "teamsters": "oppose"}, stances


def test_a_houses_bill_is_the_bill_and_the_text_is_the_measure(model):
    # "the House bill", "the Senate version" say whose the measure is, not its name; "backed the text" and "the
    # draft" stand for the measure under debate as "the bill" does
    _, statements = statements_of([
        "Speaker Martin Romualdez said he backed the House bill. Senator Risa Hontiveros opposed the Senate "
        "version. Senator Mark Villar said he supported the text. Senator Imee Marcos criticised the draft.",
    ], model)
    found = {(s.actor_name, r.head, r.phrase, r.polarity) for s in statements for r in s.readings if r.polarity}
    assert found == {("Martin Romualdez", "bill", "bill", 1), ("Risa Hontiveros", "version", "version", -1),
                     ("Mark Villar", "text", "text", 1), ("Imee Marcos", "draft", "draft", -1)}, found




def test_an_apposition_of_two_names_of_one_noun_equates_them(model):
    # "the Maharlika Investment Fund, the country's first sovereign wealth fund": one thing by two compounds (so
    # that the corpus's stances on each are not split into two questions)
    _, statements = statements_of([
        "The House approved a bill creating the Maharlika Investment Fund, the country's first sovereign wealth "
        "fund. Speaker Martin Romualdez said he backed the fund.",
    ], model)
    assert statements and all(("investment fund", "wealth fund") in s.equated for s in statements), statements


def test_a_partys_deputies_and_mps_act_for_the_party_but_two_of_them_do_not(model):
    # "Green Party deputies", "Deputies from the Green Party", "Labour MPs voted ...": the party's vote; "two
    # deputies from the Green Party" are rebels, not their party
    stances = stances_taken([
        "Green Party deputies voted for the levy. Deputies from the Labour Party voted against the toll. Liberal "
        "Party MPs voted against the levy. Two deputies from the Farmers Party voted against the levy.",
    ], model)
    assert stances == {("Green Party", "", 1), ("Labour Party", "", -1), ("Liberal Party", "", -1)} or stances == {
        ("Green Party", "levy", 1), ("Labour Party", "toll", -1), ("Liberal Party", "levy", -1)}, stances


def test_a_relative_clause_judges_its_noun_beside_the_nouns_own_words(model):
    # "a bad law that would harm our ties" is bad twice over: the harm is not turned round by "bad"
    _, statements = statements_of([
        "The media bill was passed on Friday.",
        "Jarosław Gowin said the media bill was 'a bad law' that would harm the country's relations with its allies.",
    ], model)
    gowin = [r.polarity for s in statements if s.actor_name == "Jarosław Gowin" for r in s.readings
             if r.polarity and r.term in ("", "medium")]  # (what would be harmed, the ties, he values)
    assert gowin == [-1, -1], gowin


def test_an_officer_of_a_house_does_not_speak_for_it_and_a_vote_cast_against_is_a_vote_against(model):
    # "Senate President Drilon said the fund was ...": the fund is no body of the Senate's, and the Senate takes
    # no stance; "cast the lone vote against the bill" votes against it
    _, statements = statements_of([
        "The bill creating the fund was approved on Friday.",
        "Senate President Franklin Drilon said the fund was a disaster. Senator Risa Hontiveros cast the lone vote "
        "against the bill.",
    ], model)
    stances = {(s.actor_name, r.term, r.cue, r.polarity) for s in statements for r in s.readings if r.polarity}
    assert stances == {("Franklin Drilon", "fund", "disaster", -1),
                       ("Risa Hontiveros", "", "vote against", -1)}, stances


def test_the_bill_of_a_corpus_that_calls_it_by_one_word_is_that_bill(model):
    # the headlines and a statement call it "the fake news bill": "the bill" of every story is that one, though
    # the sentences around it judge the platforms it would regulate, and an article says what the bill would do;
    # the issue is named as the headlines name it
    pieces = {
        "one": ("Google's campaign against the fake news bill draws fire", [
            "The bill would require internet platforms to remove illegal content.",
            "Speaker Arthur Lira said he supported the bill. Lira also criticised the platforms.",
            "The Liberal Party said it opposed the bill.",
        ]),
        "two": ("Telegram ordered to retract message attacking the fake news bill", [
            "Justice Minister Flávio Dino said the platforms were reckless and defended the bill.",
            "Senator Ana Souza said the fake news bill was a disgrace.",
        ]),
        "three": ("Vote on the fake news bill postponed", [
            "Rapporteur Orlando Silva said he still backed the bill. Tom Reyes said the platforms were dangerous.",
        ]),
    }
    issue, stances = the_one_issue(pieces, model, lambda keywords: "news" in " ".join(keywords))
    assert issue.label == "Fake news bill", issue
    assert {a.split(":")[-1]: s for a, s in stances.items()} == {
        "arthur-lira": "support", "liberal-party": "oppose", "flavio-dino": "support", "ana-souza": "oppose",
        "orlando-silva": "support"}, stances


def test_what_a_named_law_would_do_judges_the_law(model):
    # "Proposition 22 would protect ..." judges the proposition as "the levy would protect ..." judges the levy: a
    # law's name is no one who holds a view
    stances = stances_taken(["Tony Xu wrote that Proposition 22 would protect the flexibility of drivers."], model)
    assert ("Tony Xu", "proposition", 1) in stances, stances


def test_bills_known_by_the_field_they_are_about_are_an_issue_named_so(model):
    # "the security bills": "security" names the field the bills are about (a word that otherwise only modifies
    # others), and "the bills" of every story are them; the issue is "Security bill"
    pieces = {
        "one": ("Lower house passes security bills as opposition walks out", [
            "Prime Minister Shinzo Abe said the bills were absolutely necessary.",
            "Opposition leader Katsuya Okada said the bills violated the constitution.",
        ]),
        "two": ("Business lobby backs security bills", [
            "Sadayuki Sakakibara, chairman of the business federation, said he backed the security bills.",
            "Communist Party chairman Kazuo Shii said the security bills were dangerous.",
            "\"We all want security, but this is not the way,\" said minority leader Francis Nyenze.",
        ]),
    }
    # (wanting security is not backing the security bills; "this is not the way" is against them)
    issue, stances = the_one_issue(pieces, model, lambda keywords: "security" in keywords)
    assert issue.label == "Security bill", issue
    assert {a.split(":")[-1]: s for a, s in stances.items()} == {
        "shinzo-abe": "support", "katsuya-okada": "oppose", "sadayuki-sakakibara": "support",
        "kazuo-shii": "oppose", "francis-nyenze": "oppose"}, stances


def test_bills_known_by_a_field_with_its_own_word_are_named_with_it(model):
    # "the reproductive health bill": the field is "health", and the word the headlines and statements keep
    # writing before it is part of the name (before: "Health bill", which names another debate)
    pieces = {
        "one": ("Senate passes reproductive health bill", [
            "Senator Pia Cayetano said she backed the reproductive health bill.",
            "Senator Tito Sotto said the health bill was dangerous.",
            "Senator Juan Enrile voted against the bill.",
        ]),
        "two": ("Bishops fight reproductive health law", [
            "Bishop Luis Tagle said the health bill was a mistake.",
            "Congressman Edcel Lagman said the health bill was necessary.",
            "Congressman Manny Pacquiao voted against the bill.",
        ]),
    }
    issue, _ = the_one_issue(pieces, model, lambda keywords: "health" in keywords)
    assert issue.label == "Reproductive health bill", issue


def test_a_word_its_actors_judge_otherwise_than_the_law_named_by_it_is_another_thing(model):
    # "the strike law" and "the strike": the unions that oppose the law back the strike, the minister who defends
    # the law calls the strike a failure; the strike is another thing, and a stance on it alone is none on the law
    pieces = {
        "one": ("Unions call general strike against strike law", [
            "Union leader Ana Souza said the strike law was a disgrace. Souza said the strike was a success.",
            "Labour Minister Tom Reyes defended the strike law. Reyes said the strike was a failure.",
        ]),
        "two": ("Parliament passes strike law", [
            "Omar Alj, head of the employers' federation, said he backed the strike law.",
            "Union official Karim Idrissi said the strike law was unjust. Idrissi said the strike was justified.",
            "Senator Mia Lopez said the general strike was a disaster. Nadia Benali said the general strike was "
            "a success.",
        ]),
        "three": ("Court upholds strike law", [
            "The constitutional court said the strike law was lawful. Opposition leader Nabil Amrani said the "
            "law was a mistake.",
        ]),
    }
    issue, stances = the_one_issue(pieces, model, lambda keywords: "strike" in keywords)
    assert issue.label == "Strike law", issue
    assert "general strike" not in issue.keywords, issue  # another kind of strike, no name of the law
    assert {a.split(":")[-1]: s for a, s in stances.items()} == {
        "ana-souza": "oppose", "tom-reyes": "support", "omar-alj": "support", "karim-idrissi": "oppose",
        "nabil-amrani": "oppose"}, stances


def test_a_practice_argued_both_ways_is_the_law_named_by_it(model):
    # "the surrogacy law", and actors for and against surrogacy itself: a practice the law allows, argued as the
    # law is, not a field everyone wants ("we all want security"); a stance on it alone is one on the law
    pieces = {
        "one": ("Parliament passes surrogacy law", [
            "Deputy Ana Souza said she backed the surrogacy law.",
            "Bishop Tom Reyes said the surrogacy law was a grave mistake. Reyes said surrogacy was wrong.",
            "Senator Jan Berg voted against the law.",
        ]),
        "two": ("President vetoes surrogacy bill", [
            "Deputy Omar Alj said the surrogacy bill was necessary.",
            "Senator Mia Lopez said she was firmly against surrogacy.",
            "Doctor Karim Idrissi defended surrogacy as an act of compassion.",
        ]),
        "three": ("Court reviews surrogacy law", [
            "The court said the surrogacy law was unclear.",
            "Nabil Amrani said the surrogacy law was a step forward. Amrani said he supported surrogacy.",
            "Lena Holm said she opposed the law.",
        ]),
    }
    issue, stances = the_one_issue(pieces, model, lambda keywords: "surrogacy" in keywords)
    assert issue.label.lower().startswith("surrogacy"), issue
    found = {a.split(":")[-1]: s for a, s in stances.items()}
    assert found.get("mia-lopez") == "oppose" and found.get("karim-idrissi") == "support", found
    assert found.get("nabil-amrani") == "support" and found.get("tom-reyes") == "oppose", found


def test_what_a_measure_brings_judges_it_and_an_agreement_is_no_person(model):
    # "would bring stability", "would create jobs": things general English values, though the sentiment lexicon
    # leaves them unrated; "the agreement" is a measure, not a person holding a view, whatever its ending
    stances = stances_taken([
        "Mayor Tom Reyes said the levy would create jobs. Senator Ana Souza said the toll would cause instability. "
        "Alexis Tsipras said the treaty would bring peace.",
    ], model)
    assert {("Tom Reyes", "levy", 1), ("Ana Souza", "toll", -1)} <= stances, stances
    _, statements = statements_of([
        "The agreement was signed in June.", "Alexis Tsipras said the agreement would bring stability.",
    ], model)
    assert [r.polarity for s in statements for r in s.readings if r.polarity and not r.term] == [1], statements


def test_a_measure_is_judged_by_where_it_leads(model):
    # "would lead to chaos", "would plunge the country into recession", "a path to prosperity", "a recipe for
    # disaster", "a step backwards", "the way forward": the place (or direction) general English rates judges the
    # measure said to lead there; a person leading somewhere, or a place nobody rates, judges nothing
    _, statements = statements_of([
        "The security bill was passed on Friday.",
        "Tom Reyes said the bill would lead to chaos. Ana Souza said the bill was a path to prosperity. Mia Lopez "
        "said the bill was a recipe for disaster. Jan Berg said the bill was a step backwards. Lena Holm said the "
        "bill was the way forward. Omar Alj said the bill would plunge the country into recession.",
        "Karim Idrissi said the minister would lead the delegation to Geneva. Tim Cole said the bill was a return "
        "to the old rules. Kim Cho said this was not the way. Eva Lund said that was the way it is.",
    ], model)
    found = {(s.actor_name, r.polarity) for s in statements for r in s.readings if r.polarity}
    assert found == {("Tom Reyes", -1), ("Ana Souza", 1), ("Mia Lopez", -1), ("Jan Berg", -1), ("Lena Holm", 1),
                     ("Omar Alj", -1), ("Kim Cho", -1)}, found


def test_a_promise_to_repeal_it_is_against_it_and_only_a_measure_is_repealed(model):
    # "vowed to repeal it": the repeal carries the vow, which is no stance of its own for "it"; "the fate of the
    # reform is open ... would repeal it": only a measure is repealed, so "it" is the reform, not its fate
    _, statements = statements_of([
        "The pension reform was adopted on Monday.",
        "Ana Souza vowed to repeal it. Tom Reyes promised that his government would repeal it.",
        "Mia Lopez said the fate of the reform was open and promised that her government would repeal it.",
    ], model)
    found = {(s.actor_name, r.term, r.polarity) for s in statements for r in s.readings if r.polarity}
    assert {polarity for _, term, polarity in found if term != "reform repeal"} == {-1}, found
    assert ("Mia Lopez", "fate repeal", 1) not in found and ("Mia Lopez", "reform repeal", 1) in found, found


def test_a_clause_that_says_when_an_act_took_place_is_no_stance_on_what_it_judges(model):
    # "when the first version of the bill collapsed, Milei denounced the governors": a time for the act on the
    # governors, not Milei's view of the bill; said as the statement itself ("the bill collapsed"), it is one
    _, statements = statements_of([
        "The reform bill was debated in the Senate.",
        "In February, when the first version of the bill collapsed, Javier Milei denounced the governors as traitors.",
        "Tom Reyes said the bill had collapsed.",
    ], model)
    found = {(s.actor_name, r.term, r.polarity) for s in statements for r in s.readings if r.polarity}
    assert found == {("Javier Milei", "governor", -1), ("Tom Reyes", "", -1)}, found
    # "pledged to oppose the bill when it is debated": "it" is only when the pledge holds, no stance of its own
    _, statements = statements_of([
        "The crime bill was tabled on Monday.",
        "The Liberal Democrats have pledged to oppose the bill when it is debated next week.",
    ], model)
    found = {(s.actor_name, r.polarity) for s in statements for r in s.readings if r.polarity and not r.term}
    assert found == {("Liberal Democrats", -1)}, found
    # "while" concedes as often as it times: "while pressure is an important part of diplomacy, ..." still judges
    found = stances_taken([
        "The pressure campaign continued.",
        "Eric Gomez wrote that while pressure is an important part of diplomacy, costs alone will not change behaviour.",
    ], model)
    assert ("Eric Gomez", "pressure", 1) in found, found


def test_against_is_held_by_the_subject_of_the_verb_it_hangs_on(model):
    # "said the opposition had turned against the bill", "said CORD lawmakers had agreed ... and had only turned
    # against the bill": the opposition's stance and CORD's, not the speaker's; "she had turned against the
    # bill", "has come out against the bill" are the actor's own
    _, statements = statements_of([
        "The security bill was passed on Friday.",
        "Tom Reyes said the opposition had turned against the bill. Aden Duale said that CORD lawmakers had agreed "
        "to most of the clauses in committee, and had only turned against the bill for political reasons.",
        "Ana Souza said she had turned against the bill. Mia Lopez has come out against the bill.",
    ], model)
    found = {(s.actor_name, r.polarity) for s in statements for r in s.readings if r.polarity}
    assert found == {("Ana Souza", -1), ("Mia Lopez", -1)}, found


def test_an_attitude_to_any_such_measure_or_to_a_person_is_none_on_the_measure(model):
    # "would not accept any change": a change that may never come, not the law; "praised Pedro Sanchez": the
    # man, not the amnesty
    _, statements = statements_of([
        "The amnesty law was passed on Thursday. Pedro Sanchez defended the amnesty law.",
        "Ana Souza said she would never accept any change. Mia Lopez praised Pedro Sanchez.",
    ], model)
    # (what "praised" says of the man himself is a stance on him, read as one for a debate about his post)
    found = {(s.actor_name, r.term, r.polarity) for s in statements for r in s.readings if r.polarity}
    assert found == {("Pedro Sanchez", "amnesty", 1), ("Mia Lopez", "sanchez", 1)}, found
    # "would not accept any change that made the law unconstitutional": "that" is any such change, and only the
    # law kept constitutional is argued; "a law that would bring peace" is the law argued, described
    _, statements = statements_of([
        "The amnesty law was passed on Thursday.",
        "Felix Bolanos said he would not accept any change that made the law unconstitutional.",
        "Ana Souza said she remained committed to a law that would bring peace.",
    ], model)
    found = {(s.actor_name, r.polarity) for s in statements for r in s.readings if r.polarity}
    assert found == {("Felix Bolanos", 1), ("Ana Souza", 1)}, found


def test_a_second_that_clause_is_a_second_thing_said_outside_the_firsts_negation(model):
    # "said he would not allow the country to be dragged into instability and that the agreement was a historic
    # opportunity": the parser hangs the second clause on the first, but the "not allow" is no part of it
    found = stances_taken([
        "The Prespa agreement was signed in June.",
        'Alexis Tsipras said he would "not allow the country to be dragged into chaos" and that the agreement was '
        '"a historic opportunity for peace". Tom Reyes said he would not resign and that the agreement was a '
        "disaster.",
    ], model)
    assert {(actor, polarity) for actor, term, polarity in found if term == ""} == {
        ("Alexis Tsipras", 1), ("Tom Reyes", -1)}, found


def test_what_the_thing_a_measure_is_said_to_be_does_judges_the_measure(model):
    # "it was a historic step that would bring stability", "it was a law that would destroy the country": the
    # relative clause says what the thing it is said to be does; "a man who would destroy the country" is no
    # measure's doing
    found = stances_taken([
        "The Prespa agreement was signed in June.",
        'Alexis Tsipras said it was "a historic step" that would bring stability. Ana Souza said it was a law that '
        "would destroy the country. Mia Lopez said it was a man who would destroy the country.",
    ], model)
    assert found == {("Alexis Tsipras", "", 1), ("Ana Souza", "", -1)}, found


def test_a_partys_deputies_named_by_the_party_before_them_vote_for_it(model):
    # "Law and Justice deputies voted for the bill": the parser hangs the party's name on "deputies" as a nominal
    # modifier; the deputies as a whole act for their party
    found = stances_taken([
        "The ruling Law and Justice party pushed the media bill through the Sejm.",
        "Law and Justice deputies voted for the bill almost to a person.",
    ], model)
    assert {(actor, polarity) for actor, _, polarity in found} == {("Law and Justice party", 1)}, found


def test_a_thing_takes_no_side_and_its_second_verb_says_what_it_does(model):
    # "the law favoured big business": whom the law serves, no one's side and no verdict (big business is not
    # rated); "... and threatened the livelihood of workers": what the law does, a verdict against it; "and urged
    # opponents to keep up the pressure", parsed as a second verb of the law's, is the speaker's act
    found = stances_taken([
        "The omnibus law was passed on Monday.",
        "Tom Reyes said the law favoured big business and threatened the livelihood of workers. Ana Souza said the "
        "law favoured big business. Mia Lopez said the law had no legitimacy and urged opponents to keep up the "
        "pressure.",
    ], model)
    assert {(actor, polarity) for actor, term, polarity in found if term in ("", "law", "business")} == {
        ("Tom Reyes", -1)}, found


def test_a_clause_set_off_to_describe_what_is_acted_on_and_an_absent_attitude_take_no_stance(model):
    # "condemned the provisions, which make it an offence to publish images of victims of terror attacks": the
    # condemnation is of the provisions, not of terror (nor for it); "reporting without fear or favour" favours
    # nothing; a clause that names the measure's content without commas ("backed the bill that would raise the
    # minimum wage") still carries the stance
    found = stances_taken([
        "The security bill was signed on Friday.",
        "Ana Souza condemned the provisions on the media, which make it an offence to publish images of victims of "
        "terror attacks. Mia Lopez urged journalists to keep reporting without fear or favour. Tom Reyes backed the "
        "bill that would raise the minimum wage.",
    ], model)
    assert {(actor, term, polarity) for actor, term, polarity in found} == {
        ("Ana Souza", "medium", -1), ("Tom Reyes", "", 1), ("Tom Reyes", "wage", 1)}, found


def test_the_opposite_of_a_word_that_condemns_commends_when_said_of_a_measure(model):
    # "unconstitutional", "unworkable" condemn; "the bills were fully constitutional", "the law is not workable"
    # judge too, as predicates; "the constitutional court" names a court, no verdict
    found = stances_taken([
        "The security bills were passed on Friday.",
        "Yoshihide Suga said the bills were fully constitutional. Tom Reyes said the law was not workable. The "
        "constitutional court rejected the challenge.",
    ], model)
    assert {(actor, polarity) for actor, term, polarity in found if term == ""} == {
        ("Yoshihide Suga", 1), ("Tom Reyes", -1)}, found


def test_the_vote_that_passed_a_measure_stands_for_it(model):
    # "said the vote was an attack on free media", "hailed the vote as a triumph": the vote that passed the law;
    # "a free vote", "seven votes" are votes of no measure
    found = stances_taken([
        "The media law was adopted by parliament on Wednesday.",
        "Donald Tusk said the vote was an attack on free media. Javier Milei hailed the vote as a historic triumph. "
        "Tom Reyes said a free vote would be fair. Ana Souza said seven votes were bought.",
    ], model)
    assert {(actor, polarity) for actor, term, polarity in found if term == ""} == {
        ("Donald Tusk", -1), ("Javier Milei", 1)}, found


def test_the_decision_that_undid_a_measure_stands_for_its_undoing(model):
    # "asked Congress to withdraw his government's tax reform ... welcomed the decision on Twitter": welcoming the
    # withdrawal is against the reform, and calling the move a mistake is for it; after "approved the tax reform",
    # welcoming the decision is for it
    found = stances_taken([
        "President Ivan Duque on Sunday asked Congress to withdraw his government's proposed tax reform.",
        "Alvaro Uribe welcomed the decision on Twitter. Tom Reyes said the move was a mistake.",
    ], model)
    assert {(actor, polarity) for actor, term, polarity in found if actor != "Ivan Duque"} == {
        ("Alvaro Uribe", -1), ("Tom Reyes", 1)}, found
    found = stances_taken(["The council approved the tax reform on Sunday.", "Alvaro Uribe welcomed the decision."],
                          model)
    assert found == {("Alvaro Uribe", "", 1)}, found


def test_no_reason_to_undo_a_measure_is_for_it(model):
    # "there was no reason to scrap the law", "saw no need for a national prohibition": the act there is no reason
    # for is not done; "had a plan to scrap the law" is the act
    found = stances_taken([
        "The heating law was adopted on Friday.",
        "Tom Reyes said there was no reason to scrap the law. Ana Souza said she had a plan to scrap the law.",
    ], model)
    assert found == {("Tom Reyes", "", 1), ("Ana Souza", "", -1)}, found


def test_a_ban_done_on_a_name_is_for_the_ban(model):
    # "I have banned TikTok in Montana": the ban done, for the ban argued, not against it; "would never ban TikTok"
    # is against it
    # (TikTok, tagged an organisation that never acts here, is what the ban acts on: "the TikTok ban")
    found = stances_taken([
        "The TikTok ban was signed on Wednesday.",
        "Greg Gianforte said he had banned TikTok in Montana. Ana Souza said she would never ban TikTok.",
    ], model)
    assert found == {("Greg Gianforte", "tiktok ban", 1), ("Ana Souza", "tiktok ban", -1)}, found


def test_a_measure_the_speaker_does_is_a_stance_for_it_and_another_doing_it_is_none(model):
    # "he would ban guns": his own act, for the ban (before: no stance); "the council banned smoking", said by a
    # critic, is the council's act and not hers
    found = stances_taken([
        "The gun ban was debated on Wednesday.",
        "Greg Gianforte said he would ban guns in parks. Ana Souza said she would never ban guns.",
        "The council banned smoking in bars last year, Lena Ortiz said.",
    ], model)
    assert found == {("Greg Gianforte", "gun ban", 1), ("Ana Souza", "gun ban", -1)}, found


def test_declining_to_give_a_view_is_no_stance(model):
    # "declined to give a view": a refusal to judge, no stance against what the question was about
    _, statements = statements_of([
        "The security bills passed the lower house.",
        "Asked whether the legislation itself was sound policy, Koichi Nakano declined to give a view, saying only "
        "that the protests showed the public was deeply divided.",
    ], model)
    assert not [r for s in statements for r in s.readings if r.polarity], statements


def test_an_officer_of_the_body_the_sentence_before_was_about_speaks_for_it(model):
    # "Its president, Jaime Cabal, urged ...": the federation the sentence before was about, through its president;
    # a president of no body named before speaks for himself alone
    _, statements = statements_of([
        "The National Federation of Merchants joined the protests on Monday. Its president, Jaime Alberto Cabal, "
        "urged Congress to reject the reform.",
        "Senator Gustavo Petro spoke on Tuesday. His adviser, Carlos Ruiz, urged Congress to reject the reform.",
    ], model)
    found = {(s.actor_name, s.voice) for s in statements if any(r.polarity for r in s.readings)}
    assert found == {("Jaime Alberto Cabal", ""), ("National Federation of Merchants", "Jaime Alberto Cabal"),
                     ("Carlos Ruiz", "")}, found


def test_a_partys_own_mps_and_senators_vote_for_it(model):
    # "The Scottish National Party's MPs voted in favour" (the tagger leaves "MPs" as "mps"); "the party announced
    # that its senators would not support the bill": the party's own people, its stance
    _, statements = statements_of([
        "The third runway was approved by ministers.",
        "The Scottish National Party's MPs voted in favour. The Radical Change party announced that its senators "
        "would not support the bill under any circumstances.",
    ], model)
    found = {(s.actor_name, r.polarity) for s in statements for r in s.readings if r.polarity and not r.term}
    assert found == {("Scottish National Party", 1), ("Radical Change party", -1)}, found


def test_a_measure_said_to_be_an_attack_on_something_is_judged_not_the_thing(model):
    # "the bill was a direct attack on media freedom": no one's attack, a verdict on the bill (the freedom is what
    # the speaker values); "would muzzle the press", "a blow to free speech" judge it too; "the minister's attack on
    # the bill was unfair" still defends the bill
    found = stances_taken([
        "The media bill passed on Friday.",
        "Google said the bill was a direct attack on media freedom. Meta said the law would muzzle the press. "
        "Microsoft said the bill was a blow to free speech.",
    ], model)
    assert found == {("Google", "", -1), ("Meta", "", -1), ("Microsoft", "", -1)}, found


def test_those_a_challenge_is_brought_with_are_its_partners_not_its_target(model):
    # "leading the challenge with the boroughs of Richmond and Wandsworth": who brings it too; what the council
    # "has opposed for more than a decade" is its stance
    found = stances_taken([
        "Parliament backed the third runway.",
        "Hillingdon Council, which has opposed expansion for more than a decade, is leading the challenge with the "
        "London boroughs of Richmond and Wandsworth.",
    ], model)
    assert found == {("Parliament", "runway", 1), ("Hillingdon Council", "expansion", -1)}, found


def test_a_bill_named_by_the_measure_it_makes_keeps_the_stances_on_that_measure(model):
    # "the levy bill": the levy is argued on its own ("the levy was a bad tax"), not a field the bill is about, so
    # stances on "the levy" are stances on the issue
    pieces = {
        "one": ("Parliament passes levy bill", [
            "Finance Minister Ken Ofori-Atta said the bill was necessary.",
            "Franklin Cudjoe, president of a think tank, said the levy was unfair.",
        ]),
        "two": ("Traders protest levy bill", [
            "Minority Leader Haruna Iddrisu said the levy was a disgrace. Ghana's traders said the levy bill was a "
            "burden.",
        ]),
    }
    issue, stances = the_one_issue(pieces, model, lambda keywords: any("lev" in k for k in keywords))
    assert {a.split(":")[-1]: s for a, s in stances.items() if a.split(":")[-1] in (
        "franklin-cudjoe", "haruna-iddrisu", "ken-ofori-atta")} == {
        "franklin-cudjoe": "oppose", "haruna-iddrisu": "oppose", "ken-ofori-atta": "support"}, (issue, stances)


def test_a_body_named_for_what_it_deals_with_is_no_name_of_that_thing(model):
    # "Trade" ending "the Ministry of Foreign Affairs and Trade" is what the ministry deals with: the trade argued
    # about elsewhere in the article is not called by the ministry's name (it labelled the trade deal's issue)
    doc = model("Exporters say trade with Asia will grow. A spokeswoman for the Ministry of Foreign Affairs and Trade "
                "declined to comment. The Department of Education said nothing about education. Critics attacked the "
                "Prevention of Terrorism Bill, and the bill passed.")
    names = _proper_names_of_nouns(doc)
    assert "trade" not in names and "education" not in names, names
    assert "Prevention of Terrorism Bill" in names["bill"], names


def test_a_pact_the_tagger_calls_an_organisation_is_argued_about(model):
    # "the TPP" is tagged an organisation, but nobody speaks for it and it never says or backs anything: the
    # stances on it are stances on the pact (before: no reading at all, "opposed the TPP" judged nothing)
    pieces = {
        "greens": ("Greens vow to fight the TPP", [
            "The Greens have opposed the TPP from the start.",
            "Co-leader Metiria Turei said the TPP was a bad deal for workers.",
        ]),
        "farmers": ("Farmers welcome TPP deal", [
            "Federated Farmers president William Rolleston said the TPP was a big step forward for exporters.",
            "Exporters' lobby chief Catherine Beard welcomed the TPP.",
        ]),
    }
    issue, found = the_one_issue(pieces, model, lambda keywords: "tpp" in keywords)
    assert found.get("metiria-turei") == "oppose" and found.get("william-rolleston") == "support", found


def test_a_party_attacked_where_it_is_silent_is_no_issue(model):
    # Labour never speaks in the first two stories, but speaks for itself in the third: it is an actor, and
    # attacks on it are no issue "Labour"
    pieces = {
        "a": ("Tories attack Labour", ["Michael Howard said he opposed Labour on every count.",
                                       "Liam Fox criticised Labour over its record."]),
        "b": ("Lib Dems attack Labour", ["Charles Kennedy attacked Labour for its broken promises."]),
        "c": ("Labour hits back", ["Labour said the Tories had no plan for the economy."]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    assert not any("labour" in (k.lower() for k in i.keywords) for i in discover_issues(statements)), [
        (i.label, i.keywords) for i in discover_issues(statements)]


def test_the_legislation_of_a_pact_and_its_ratification_are_the_pact(model):
    # "ratification", argued only where the pact is argued, is no issue of its own: fighting its ratification is
    # fighting the pact (before: an issue "Ratification" beside the pact's, each with half the debate)
    pieces = {
        "wire": ("Nine nations sign the CPTA in Lima", [
            "Trade Minister Rosa Quispe said the CPTA was a great deal for exporters.",
            "Union leader Hugo Salas said the CPTA was a bad deal for workers.",
            "Senator Elena Ruiz said the pact deserved to be ratified.",
            "Deputy Marco Vidal said he would fight its ratification in every forum.",
        ]),
        "house": ("Deputies split over the CPTA", [
            "The Greens have opposed the CPTA from the start.",
            "Farm leader Ana Prado welcomed the CPTA.",
            "Deputy Luis Mora said he would vote against the CPTA legislation.",
            "Deputy Carla Soto said she would vote for the CPTA legislation.",
            "Senator Elena Ruiz said she would campaign for its ratification.",
            "Deputy Marco Vidal said its ratification would be a mistake.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert len(issues) == 1 and "cpta" in issues[0].keywords, [(i.label, i.keywords) for i in issues]
    found = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert (found.get("luis-mora"), found.get("carla-soto"), found.get("marco-vidal"), found.get("elena-ruiz")) == (
        "oppose", "support", "oppose", "support"), found


def test_an_adjective_general_english_rates_judges_what_the_subject_is_called(model):
    # "a terrible deal", "a brilliant idea": the adjective (rated by VADER, no list of ours) judges the subject
    # (before: none, as "terrible" is in no lexicon); "a big step" rates nothing
    found = stances_taken([
        "The pipeline expansion was approved last year.",
        "Kennedy Stewart said the pipeline was a terrible deal for the city.",
        "Rachel Notley said the pipeline was a brilliant idea.",
        "Jim Carr said the pipeline was a big step.",
    ], model)
    assert {(a, p) for a, t, p in found if t == "pipeline"} == {("Kennedy Stewart", -1), ("Rachel Notley", 1)}, found


def test_a_coup_and_a_victory_judge_what_they_are_called(model):
    # general English that the VADER lexicon rates neutral: "a coup", "a pretext" condemn what they are said of,
    # "a victory", "a landmark" commend it
    found = stances_taken([
        "The impeachment of the president was approved on Sunday.",
        "Luis Prado described the impeachment as a coup without tanks.",
        "Ana Reis said the impeachment was a victory for democracy.",
        "Marta Vale said the charges were a pretext.",
    ], model)
    assert ("Luis Prado", "impeachment", -1) in found and ("Ana Reis", "impeachment", 1) in found, found
    assert ("Marta Vale", "charge", -1) in found, found


def test_a_law_by_its_initials_is_the_law_spelt_out():
    # "RH law" beside "Reproductive health bill", "GST bill" beside "Goods and services tax": one measure; "PM
    # vote" beside "Pension reform bill" spells out nothing
    issues = [Issue("rh", "Reproductive health bill", ["health"], [], ["a", "b"]), Issue("rhl", "RH law", ["law"], [], ["c"]),
              Issue("gst", "Goods and services tax", ["tax"], [], ["a"]), Issue("gstb", "GST bill", ["bill"], [], ["b"]),
              Issue("pr", "Pension reform bill", ["pension"], [], ["a"]), Issue("pm", "PM vote", ["vote"], [], ["b"])]
    folded = {i.label: (i.keywords, i.articles) for i in _fold_into_measures(issues)}
    assert folded == {"Reproductive health bill": (["health", "law"], ["a", "b", "c"]),
                      "Goods and services tax": (["tax", "bill"], ["a", "b"]),
                      "Pension reform bill": (["pension"], ["a"]), "PM vote": (["vote"], ["b"])}, folded


def test_a_cabinet_backed_or_attacked_is_a_body_not_an_issue(model):
    # "the cabinet stands behind it", "attacked the cabinet": the government's body, an actor, never the question
    pieces = {
        "one": ("Cabinet under fire over tax memos", [
            "Jesse Klaver said he opposed the cabinet on every count.",
            "Geert Wilders said the cabinet was a disgrace.",
        ]),
        "two": ("Cabinet defends tax plan", [
            "Wopke Hoekstra said he backed the cabinet.",
            "Menno Snel said the cabinet was right.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    assert not [i.label for i in discover_issues(statements) if "cabinet" in i.keywords], [
        (i.label, i.keywords) for i in discover_issues(statements)]


def test_a_measure_that_would_promote_a_harm_is_judged_by_it(model):
    # "the bill would promote promiscuity": a thing promotes no cause of its own; what it promotes judges it
    # (before: for the bill, "promote" read as the speaker's backing)
    found = stances_taken([
        "The reproductive health bill passed on Monday.",
        "Roilo Golez said the bill would promote promiscuity.",
        "Pia Reyes said the bill would promote tourism.",
        "Ana Cruz said the bill would promote investment.",
    ], model)
    assert ("Roilo Golez", "", -1) in found and not [f for f in found if f[0] == "Pia Reyes"], found
    assert ("Ana Cruz", "", 1) in found, found  # investment is rated good (valence_supplement)


def test_a_work_is_a_thing_built_and_to_work_is_a_verdict(model):
    # "the TAV is a work that belongs to the past": a public work, no verdict (it read as for the TAV); "this plan
    # will work" is one
    found = stances_taken([
        "The TAV rail link was debated on Monday.",
        "\"The TAV is a work that belongs to the past,\" Chiara Appendino said.",
        "\"The plan will work,\" Sergio Chiamparino said.",
    ], model)
    assert not [f for f in found if f[0] == "Chiara Appendino" and f[2] > 0], found
    assert ("Sergio Chiamparino", "plan", 1) in found or ("Sergio Chiamparino", "", 1) in found, found


def test_we_all_want_concedes_common_ground_and_not_the_way_to_get_there_is_against(model):
    # "We all want better pensions, but this reform is not the way to get there": "we all want" is common ground
    # conceded (as "everyone wants"), no stance for pensions; "not the way to get there" is against the reform
    found = stances_taken([
        "The pension reform was debated on Monday.",
        "\"We all want better pensions, but this reform is not the way to get there,\" Azucena Arbeleche said.",
    ], model)
    assert ("Azucena Arbeleche", "", -1) in found and not [f for f in found if f[1] == "pension" and f[2]], found


def test_a_delay_and_what_it_delays_are_one_question_framed_both_ways(model):
    # "disagree with the postponement of the election" and "voted to postpone the election": the stances keep
    # naming the delay and the election together, judged the other way round; being for the election held is
    # being against its postponement (before: one issue "Election" where both counted the same way)
    pieces = {
        "vote": ("Lawmakers vote to delay presidential election", [
            "The National Assembly voted to postpone the presidential election to December.",
            "\"I disagree with the postponement of the presidential election,\" singer Youssou Ndour said.",
            "Opposition leader Khalifa Sall said the postponement was illegal.",
        ]),
        "court": ("Court strikes down election delay", [
            "President Macky Sall defended the postponement.",
            "Lawmaker Ayib Daffe said the postponement of the election was a disaster.",
            "Senator Awa Diop said she welcomed the postponement of the election.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert [i.label for i in issues] == ["Postponement of the election"], [(i.label, i.keywords) for i in issues]
    found = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert (found.get("national-assembly"), found.get("youssou-ndour"), found.get("macky-sall")) == (
        "support", "oppose", "support"), found


def test_asking_a_court_to_annul_or_quash_a_law_is_against_it(model):
    # "annul", "quash", "invalidate", "nullify" undo what they act on, as "overturn" does (it read as for the act)
    found = stances_taken([
        "The Anti-Homosexuality Act was signed in May.",
        "\"We are asking the court to annul the entire act,\" Nicholas Opiyo said.",
        "Frank Mugisha said the court should quash the act.",
    ], model)
    assert {(a, p) for a, t, p in found if t == ""} == {("Nicholas Opiyo", -1), ("Frank Mugisha", -1)}, found


def test_a_treaty_the_tagger_calls_an_organisation_is_argued_about(model):
    # "the Amsterdam Treaty", tagged an organisation and (ending in a law noun) no actor: the stances on it are on
    # the treaty (before: none, or a guess at what "it" was)
    pieces = {
        "vote": ("Voters weigh the Amsterdam Treaty", [
            "Prime Minister Brian Cole said the Amsterdam Treaty was good for the country.",
            "Businessman Declan Gant said he opposed the Amsterdam Treaty.",
        ]),
        "farm": ("Farmers split on Amsterdam Treaty", [
            "Farm leader Padraig Walsh said the Amsterdam Treaty would hurt farmers.",
            "Senator Mary Kerr said she backed the Amsterdam Treaty.",
        ]),
    }
    issue, found = the_one_issue(pieces, model, lambda keywords: "treaty" in keywords)
    assert "Amsterdam" in issue.label, issue
    assert (found.get("brian-cole"), found.get("declan-gant"), found.get("mary-kerr")) == (
        "support", "oppose", "support"), found


def polar_readings(statements, actor_name):
    """The readings that take a stance, of the statements of the actor named ``actor_name``."""
    return [r for s in statements if s.actor_name == actor_name for r in s.readings if r.polarity]


# --- a bare measure noun named by the article's compound ---------------------------------------------------
def test_the_agreement_of_a_story_about_a_water_agreement_is_that_agreement(model):
    # "the agreement" throughout, "the water agreement" in the headline or twice: the stances on "the agreement"
    # are on the water agreement (before: no issue at all, each "the agreement" stood for nothing argued)
    pieces = {
        "signing": ("Leaders sign water agreement at border town", [
            "The two governments signed an agreement on Monday that sets out how the water of the river will be shared.",
            "Prime Minister Elena Varga said she was proud of the agreement.",
            "Opposition leader Tomas Brenner said the agreement was a betrayal of farmers.",
        ]),
        "vote": ("Parliament to vote on water accord", [
            "Parliament will vote on the water agreement next week.",
            "Farmers' union chief Ana Petrova urged lawmakers to reject the agreement.",
            "Senator Mark Olsen said he would vote for the water agreement.",
        ]),
    }
    issue, found = the_one_issue(pieces, model, lambda keywords: "water" in keywords)
    assert issue.label == "Water agreement", issue
    assert {k: v for k, v in found.items() if k in ("elena-varga", "tomas-brenner", "ana-petrova", "mark-olsen")} == {
        "elena-varga": "support", "tomas-brenner": "oppose", "ana-petrova": "oppose", "mark-olsen": "support"}, found


def test_a_compound_named_once_in_passing_is_not_what_the_bare_noun_stands_for(model):
    # "a free trade deal" that the story mentions once is another deal; "the deal" there is not about free trade
    _, statements = statements_of([
        "The minister pointed to the free trade deal that a neighbouring country signed last year.",
        "Union leader Ana Petrova said the deal would destroy jobs.",
    ], model)
    assert not [r for s in statements for r in s.readings if r.compound], [
        (s.text, r) for s in statements for r in s.readings if r.compound]


def test_the_bill_of_a_story_that_names_the_finance_bill_is_the_titled_finance_bill(model):
    # one story writes "the finance bill" in lower case, the others its title: one measure, by its title
    pieces = {
        "title": ("Finance Bill 2031 goes to a vote", [
            "Parliament will vote on the Finance Bill 2031 on Thursday.",
            "Treasury minister Elena Varga said the Finance Bill 2031 was fair.",
            "Opposition leader Tomas Brenner said the Finance Bill 2031 was a punishment on the poor.",
        ]),
        "lower": ("Lawmakers advance finance bill", [
            "Lawmakers advanced the finance bill on Tuesday despite protests.",
            "Farmers' union chief Ana Petrova urged lawmakers to reject the bill.",
            "Senator Mark Olsen said he would vote for the bill.",
        ]),
    }
    issue, found = the_one_issue(pieces, model, lambda keywords: any("finance" in k for k in keywords))
    assert issue.label.startswith("Finance Bill"), issue
    assert found.get("ana-petrova") == "oppose" and found.get("mark-olsen") == "support", found


def test_the_legislation_of_a_story_headlined_by_its_field_is_the_bill_titled_so(model):
    # "the fraud law" of a headline and "the legislation" of its story are the "Prevention of Fraud Bill" that the
    # other stories title: a stance on the legislation is one on that bill, not on what else the story argues
    pieces = {
        "titled": ("Prevention of Fraud Bill passes first vote", [
            "MPs backed the Prevention of Fraud Bill on Monday.",
            "Home Secretary Elena Varga said the Prevention of Fraud Bill was necessary.",
            "Opposition leader Tomas Brenner said the Prevention of Fraud Bill was dangerous.",
            "Senator Mark Olsen voted against the Prevention of Fraud Bill.",
        ]),
        "field": ("Minister defends fraud law as rebels warn of house searches", [
            "The fraud law would allow searches of homes without a warrant.",
            "Campaigner Ana Petrova said the legislation was a travesty.",
            "Some 30 Labour MPs voted against the legislation last week.",
            "Ana Petrova said searches without a warrant were an abuse of power.",
            "Police chief Ian Doyle said searches without a warrant were vital.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    bill = [i for i in issues if i.label == "Prevention of Fraud Bill"]
    assert len(bill) == 1, [i.label for i in issues]
    found = stances_by_actor(articles, statements, analyses, issues, bill[0])
    assert found.get("ana-petrova") == "oppose" and found.get("labour") == "oppose", found


def test_a_protest_threatened_unless_the_law_is_withdrawn_is_against_the_law(model):
    # "the law" named earlier: the union leader's threat is a stance on it, though it lies in the condition
    _, statements = statements_of([
        "Parliament passed the overtime law on Wednesday.",
        "Jane Smith, the president of the union federation, has said that unions are prepared to organise a general "
        "strike if the government does not withdraw the law.",
    ], model)
    readings = [r for s in statements if s.actor_name == "Jane Smith" for r in s.readings if r.polarity]
    assert [(r.term, r.head, r.polarity) for r in readings if not r.term] == [("", "law", -1)], readings


def test_an_actor_that_postpones_the_election_supports_its_postponement(model):
    # the act itself is the stance: "postponed the election" (before: no statement at all, the verb was no cue)
    pieces = {
        "decree": ("President Varga postpones election", [
            "President Elena Varga on Saturday postponed the presidential election, citing a dispute between "
            "parliament and the courts.",
            "Opposition leader Tomas Brenner said he was against the postponement of the election.",
        ]),
        "reaction": ("Outcry over election postponement", [
            "Civic leader Ana Petrova said she opposed the postponement of the election.",
            "The ruling party welcomed the postponement of the election.",
        ]),
    }
    issue, found = the_one_issue(pieces, model, lambda keywords: any("postpon" in k for k in keywords))
    assert issue.label == "Postponement of the election", issue
    assert found.get("elena-varga") == "support" and found.get("tomas-brenner") == "oppose" \
        and found.get("ana-petrova") == "oppose", found


@pytest.mark.parametrize("sentence,expected", [
    # to want a measure later is a stance on waiting, none on the measure (the bishops may well back the bill); to
    # put off a closure or an election keeps it from happening
    ("Bishop John Banda urged the government to defer the land bill until every chiefdom had been consulted.",
     [("defer", 1)]),
    ("Ms Tavita moved that the bill be deferred for twelve months.", [("defer", 1)]),
    ("Jane Ross said she backed the postponement of the land levy.", [("postponement", 1)]),
    # to put off an event is to keep it from being held now
    ("Jane Ross said she backed the postponement of the election.", [("election", -1), ("postponement", 1)]),
    ("Jane Ross urged the council to postpone the closure of the clinic.", [("clinic closure", -1), ("postpone", 1)]),
])
def test_putting_off_a_measure_is_no_side_on_the_measure(model, sentence, expected):
    _, statements = statements_of(["The land bill and its land levy were debated in parliament.", sentence], model)
    # ("the bill" read as an implicit reading is named by its head)
    found = sorted((r.term or r.head, r.polarity) for s in statements for r in s.readings
                   if r.polarity and (r.term or r.head) in ("defer", "postpone", "postponement", "bill", "land", "levy",
                                                             "election", "clinic closure"))
    assert found == expected, [(s.actor_name, s.readings) for s in statements]


@pytest.mark.parametrize("sentence,expected", [
    ("Mayor Jane Smith postponed the referendum on the levy.", [("postpone", 1), ("referendum", -1)]),
    ("Mayor Jane Smith has postponed the referendum on the levy.", [("postpone", 1), ("referendum", -1)]),
    # not done by the subject: no act of the mayor's
    ("Mayor Jane Smith was asked to postpone the referendum on the levy.", []),
])
def test_what_an_actor_puts_off_is_where_it_stands(model, sentence, expected):
    _, statements = statements_of(["The council debated the transport budget on Monday.", sentence], model)
    found = sorted((r.term, r.polarity) for s in statements if "Smith" in s.actor_name for r in s.readings
                   if r.polarity and r.term in ("postpone", "referendum"))
    assert found == expected, [(s.actor_name, s.readings) for s in statements]


def test_filing_a_challenge_is_one_act_against_not_two(model):
    # "file a challenge": the verb's cue is made of its object; the object's own "challenge" does not turn it round
    # (before: +1, "file challenge challenge")
    _, statements = statements_of([
        "Parliament passed the election law on Monday.",
        "Jane Smith, an opposition deputy, said she and other MPs would file a challenge with the Constitutional Council.",
    ], model)
    found = [(r.polarity, r.cue) for r in polar_readings(statements, "Jane Smith") if not r.term]
    assert found and all(polarity == -1 for polarity, _ in found), found


def test_it_called_the_best_agreement_is_the_agreement_and_what_could_be_reached_is_no_stance(model):
    # "has called it the best agreement that could be reached": "it" is the agreement, judged; the relative clause
    # describing what it is said to be judges nothing (before: a stance for "reach", and "it" unread)
    _, statements = statements_of([
        "The government signed the water agreement with its neighbours on Monday.",
        "Chief negotiator Jane Smith has called it the best agreement that could be reached.",
    ], model)
    found = [(r.term, r.head, r.polarity) for r in polar_readings(statements, "Jane Smith")]
    assert found == [("", "agreement", 1)], found


def test_the_decree_is_read_through_what_the_corpus_says_it_ended(model):
    # "a decree that ended fuel subsidies": a stance on the decree is the opposite stance on the subsidies, in the
    # story that says so and in one that only says "denounced the decree" (before: no issue; then, with "decree" a
    # measure noun, the decree's stances counted as stances on the subsidies, the IMF "for" them)
    pieces = {
        "decree": ("President ends fuel subsidies by decree", [
            "President Elena Varga issued a decree on Tuesday that ended fuel subsidies.",
            "Union leader Tomas Brenner said the decree was an attack on working people.",
            "The International Monetary Fund backed the decree.",
        ]),
        "protests": ("Protests grow over end of fuel subsidies", [
            "Civic leader Ana Petrova denounced the decree.",
            "Finance minister Mark Olsen defended the end of fuel subsidies as necessary.",
            "Farmers' leader Ian Doyle said the end of the fuel subsidies was a disaster.",
            # "the measures" of a story that names the decree are the decree
            "Former president Rafael Correa denounced the measures.",
        ]),
    }
    issue, found = the_one_issue(pieces, model, lambda keywords: "subsidy" in keywords)
    assert found == {"tomas-brenner": "support", "international-monetary-fund": "oppose", "ana-petrova": "support",
                     "mark-olsen": "oppose", "ian-doyle": "support", "rafael-correa": "support"}, (issue, found)


def test_a_headlines_measure_name_counts_though_the_tagger_calls_its_word_a_name(model):
    # "Board slams Uruguay's marijuana law": "the law" of the story is the marijuana law, though the tagger reads
    # the lower-case "marijuana" as a proper noun, and "international law" (a kind of law, no measure) does not
    # compete with it
    article = Article(id="board", source="board.txt", title="Drug board slams Ruritania's marijuana law", paragraphs=[
        "The international drug control board said on Wednesday that the law broke international law.",
        "Critics say the state should not be in the business of selling marijuana to anyone.",
        "Board president Jane Smith said the law was a grave mistake.",
    ])
    doc, analysis = analyse(article, model)
    statements = extract_statements(article, doc, analysis)
    compounds = {r.compound for s in statements for r in s.readings if r.compound}
    assert compounds == {("marijuana", "marijuana")}, [(s.text, s.readings) for s in statements]


def test_another_kind_of_a_titles_word_is_not_the_titled_measure(model):
    # "we are not against free trade" is about trade of any kind, not the "Northern Service Trade Agreement"; "ID
    # cards" are the "Identity Cards Bill"'s cards (before: the student leader was for the agreement)
    agreement = Issue("agreement", "Northern Service Trade Agreement", ["service", "trade", "agreement"])
    cards = Issue("cards", "Identity Cards Bill", ["identity", "card", "bill"])
    _, statements = statements_of([
        "Parliament debated the Northern Service Trade Agreement on Monday.",
        '"We are not against free trade," student leader Jane Smith said.',
        "Senator Tom Brown said he opposed ID cards.",
    ], model)
    assert stances(statements, agreement, "Smith", [agreement, cards]) == [], [s.readings for s in statements]
    assert stances(statements, cards, "Brown", [agreement, cards]) == ["oppose"]


def test_a_titled_measure_is_judged_by_its_title_not_by_what_it_would_allow(model):
    # the article titles the law: "it is the right law" is a stance on the Harbour Levy Bill, not on the
    # development the law "would allow" the town to finance (before: a stance for "development")
    _, statements = statements_of([
        "The council passed the Harbour Levy Bill, a law that would allow the town to finance its own development.",
        '"The levy is now law, and it is the right law for these difficult times," said councillor Jane Smith.',
    ], model)
    found = [(r.term, r.phrase, r.polarity) for r in polar_readings(statements, "Jane Smith")
             if r.term in ("", "development", "finance")]
    assert found == [("", "Harbour Levy Bill", 1)], found


def test_what_someone_says_a_measure_will_do_is_their_claim_not_its_content(model):
    # "employers have said the law will cut costs": their claim; a later stance on "the law" is on the law, not read
    # through cutting costs (before: against a "cost cut")
    _, statements = statements_of([
        "Parliament passed the Harbour Levy Bill on Monday.",
        "Employers have said the law will cut costs and uncertainty for companies.",
        "Union leader Jane Smith said the law benefited employers at the expense of workers.",
    ], model)
    found = [(r.term, r.through, r.polarity) for r in polar_readings(statements, "Jane Smith") if r.through]
    assert found == [], found


def test_what_a_thing_forces_people_to_accept_is_no_ones_view(model):
    # "the law would force workers to accept overtime": the workers' acceptance is forced, no stance for overtime
    # (before: the union was for overtime)
    _, statements = statements_of([
        "Parliament passed the overtime law on Wednesday.",
        "Union leader Jane Smith said the law would force workers to accept overtime.",
    ], model)
    assert [r.term for s in statements if "force" in s.text for r in s.readings
            if r.polarity and r.term == "overtime"] == [], [(s.actor_name, s.readings) for s in statements]


def test_a_story_told_again_under_a_headline_word_of_the_debate_holds_its_backers_of_the_plan(model):
    # the explainer's headline shares "harvest" with the reports' headlines, and its one stance is on "the plan"
    pieces = {
        "r1": ("Tens of thousands march against plan to axe harvest holiday",
               ["Opposition leader Karin Lund said her party would vote against abolishing the harvest holiday.",
                "Jens Dahl, the union leader, said he would fight to have the holiday restored."]),
        "r2": ("Lawmakers abolish harvest holiday to fund hospitals",
               ["Finance minister Ole Berg said abolishing the harvest holiday was the right decision.",
                "Mette Holm, who leads the Greens, said her party was against the abolition of the harvest holiday."]),
        "r3": ("Explained: why the country is giving up its harvest day",
               ["The harvest day is a public holiday that has been kept since 1686, and bakers sell more bread that "
                "week than in any other.",
                "Health minister Anna Krogh has backed the plan, telling critics that one extra working day is a "
                "modest price."]),
    }
    issue, found = the_one_issue(pieces, model, lambda keywords: "holiday abolition" in keywords)
    assert "r3" in issue.articles, issue
    assert found == {"anna-krogh": "support", "ole-berg": "support", "jens-dahl": "oppose", "karin-lund": "oppose",
                     "mette-holm": "oppose"}, found


def test_a_corpus_that_argues_one_measure_by_its_bare_noun_has_it_as_its_issue(model):
    # no story names the measure the same way twice; the headlines share "aquifer", and one speaker calls it a bill
    pieces = {
        "a1": ("Lowland senate passes aquifer bill after all-night debate",
               ["The senate passed the law by 16 votes to 14 on Thursday.",
                "Senator Ana Ruiz said she voted against the law because it would ruin small farmers.",
                "Senator Tomas Vidal said the law was long overdue."]),
        "a2": ("Farmers vow to fight aquifer rules",
               ["Farm union leader Jorge Paz said his members would challenge the law in court.",
                "\"I don't like meters on my wells,\" said Paz. \"Nobody does.\"",
                "Environment minister Lucia Mora defended the law as the only way to save the aquifer."]),
        "a3": ("What the new aquifer rules mean for your well",
               ["The law caps how much each farm may pump.",
                "Water engineer Raul Soto said the aquifer bill was the best hope for the wells."]),
    }
    issue, found = the_one_issue(pieces, model, lambda keywords: "aquifer bill" in keywords)
    assert issue.label == "Aquifer bill", issue
    # (not liking meters is no stance on the law: Paz is against it by his challenge)
    assert found == {"ana-ruiz": "oppose", "jorge-paz": "oppose", "tomas-vidal": "support", "lucia-mora": "support",
                     "raul-soto": "support"}, found
    # the same stances in stories about different things, whose headlines share no word, are no debate
    unrelated = {
        "b1": ("Lowland senate passes aquifer bill after all-night debate", pieces["a1"][1]),
        "b2": ("Harbour pilots strike over pension cuts", pieces["a2"][1]),
        "b3": ("Museum reopens its glass gallery", pieces["a3"][1]),
    }
    articles, statements, analyses = corpus_of(unrelated, model)
    assert discover_issues(statements) == []


def test_the_measure_most_actors_argue_by_its_bare_noun_is_an_issue_beside_the_others(model):
    # "the reform" is argued by five actors; the stories name it "pension reform" once, in a sentence that is no
    # stance; the fuel tax, named, is argued by three
    pieces = {
        "a1": ("Government survives censure vote over pensions",
               ["The government's pension reform raises the retirement age to 64.",
                "Deputy Marc Blanc said the fuel tax should be scrapped.",
                "Prime Minister Claire Morel said the reform was necessary."]),
        "a2": ("Unions march against pension reform and fuel tax",
               ["Union leader Paul Girard said the reform was unjust.",
                "Deputy Anne Roux defended the fuel tax.",
                "Deputy Luc Martin said his party would repeal the reform."]),
        "a3": ("Pension reform and fuel tax: what happens next",
               ["Former minister Eric Dupont said the reform was overdue.",
                "Senator Lea Petit said she opposed the reform.",
                "Farm leader Jean Noir said the fuel tax was ruinous."]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements, [article.body for article in articles])
    assert [issue.label for issue in issues] == ["Pension reform", "Fuel tax"], issues
    # "the reform" is the pension reform, not the tax the story named before it
    assert stances_by_actor(articles, statements, analyses, issues, issues[0]) == {
        "claire-morel": "support", "eric-dupont": "support", "lea-petit": "oppose", "luc-martin": "oppose",
        "paul-girard": "oppose"}
    assert stances_by_actor(articles, statements, analyses, issues, issues[1]) == {
        "anne-roux": "support", "jean-noir": "oppose", "marc-blanc": "oppose"}
    # a measure argued by fewer actors than an issue found is no issue beside it
    fewer = {key: (title, [p for p in paragraphs if "Eric Dupont" not in p and "Lea Petit" not in p])
             for key, (title, paragraphs) in pieces.items()}
    articles, statements, analyses = corpus_of(fewer, model)
    assert [issue.label for issue in discover_issues(statements, [article.body for article in articles])] == [
        "Fuel tax"]


def test_a_law_named_by_the_field_of_a_reform_is_that_reform(model):
    from briefing.pipeline.positions import _named_compounds
    reform = Issue("pension-reform", "Pension reform", ["pension reform", "reform"])
    pieces = {"a1": ("Unions march against pensions law",
                     ["The pensions law raises the retirement age to 64.",
                      "The Socialist leader, Ana Ruiz, urged the president to withdraw the law rather than sign it."])}
    _, statements, _ = corpus_of(pieces, model)
    _named_compounds(statements["a1"])  # ("the law" of a story headlined by "pensions law": that law)
    assert stances(statements["a1"], reform, "Ruiz") == ["oppose"]
    # another field's law is another measure
    other = Issue("tax-reform", "Tax reform", ["tax reform", "reform"])
    assert stances(statements["a1"], other, "Ruiz") == []


def test_a_referendum_corpus_argues_the_measure_its_sides_vote_on(model):
    # "will vote No" in stories headlined by the referendum is a side on the reform it asks about, named once
    pieces = {
        "a1": ("Prime minister urges voters to back reform in Sunday's referendum",
               ["Prime Minister Carlo Benti told a rally in Turin that the reform would make the country easier to govern.",
                "Former prime minister Paolo Greco said he would vote Yes, though without enthusiasm."]),
        "a2": ("No camp gathers pace as referendum nears",
               ["Opposition leader Marta Conti said the reform would hand too much power to the government.",
                "Senator Luca Neri, a member of the governing party, said he would vote No."]),
        "a3": ("Explainer: what Sunday's constitutional referendum would change",
               ["The constitutional reform would cut the senate from 315 members to 100.",
                "Constitutional scholar Elena Ferri said the constitutional reform was poorly drafted and would create "
                "confusion."]),
    }
    # (not "Back reform", the headline's verb)
    issue, found = the_one_issue(pieces, model, lambda keywords: "constitutional reform" in keywords)
    assert issue.label == "Constitutional reform", issue
    assert found == {"paolo-greco": "support", "marta-conti": "oppose", "luca-neri": "oppose",
                     "elena-ferri": "oppose"}, found


def test_a_name_given_to_a_measure_is_that_measure(model):
    from briefing.pipeline.positions import _nicknamed
    said = {
        "The protests began after parliament passed an amendment to the press code, quickly nicknamed the \"gag law\", "
        "which allows fines of up to a year's revenue.": (("amendment", "gag"),),
        "That is why I support the amendment to the labour code that the opposition insists on calling the "
        "\"slave law\".": (("amendment", "slave"),),
        # a judgement names nothing
        "Labour has branded the proposal unworkable.": (),
        "The Law Society dubbed Mr Clarke's new proposals an \"abuse of power\".": (),
        # what a measure is known as: the name of its title's head ("the Building Efficiency Act")
        "The cause is the revision of the Building Efficiency Act, better known as the boiler law.": (
            ("act", "boiler"), ("building efficiency act", "boiler")),
        "Few people had heard of the Building Efficiency Act, which is not known as anything else.": (),
    }
    for text, pairs in said.items():
        assert _nicknamed(model(text)) == pairs, text


def test_other_words_of_an_issue_known_by_its_field_count_without_its_noun(model):
    from briefing.pipeline.positions import _weights
    issue = Issue("security-bill", "Security bill", ["security", "amendment"])
    _, field = statements_of(["Senator Ann Lee said we all want security."], model)
    _, other = statements_of(["Senator Ann Lee said the surveillance amendment would protect families."], model)
    known = ("bill", concept_of("security"))
    # the field's word alone is not the bill; the amendment it is also called is
    assert not _weights(field[0], issue, field_of=known)[2]
    assert _weights(other[0], issue, field_of=known)[:3] == (1.0, 0.0, True)


def test_a_vote_cast_without_its_object_is_on_the_one_question_a_corpus_argues(model):
    issue = Issue("aquifer-bill", "Aquifer bill", ["aquifer bill", "bill", "law"])
    other = Issue("pension-cut", "Pension cut", ["pension cut", "pension"])
    _, said = statements_of(["The senate passed the aquifer bill on Thursday by 16 votes to 14.",
                             "Senator Ana Ruiz voted against, as did the Farmers' Party."], model)
    voted = [s for s in said if "Ruiz" in s.actor_name]
    assert [stance_of(s, issue, [issue]) for s in voted] == ["oppose"], [(s.text, s.readings) for s in voted]
    # beside another question, whose it is stays unsaid
    assert all(stance_of(s, issue, [issue, other]) is None for s in voted)


def test_the_body_a_spokesman_speaks_for_is_theirs_whatever_body_was_named_last(model):
    _, said = statements_of(["Lawmakers passed the jobs bill on Monday. The Islamist-leaning Prosperous Justice Party "
                             "(PKS) and the Democratic Party voted against.",
                             "A PKS spokesman said the party rejected the bill because it was not in line with the "
                             "interests of the people."], model)
    spokesman = [s for s in said if s.text.startswith("A PKS spokesman")]
    assert spokesman and all(s.actor_name == "Prosperous Justice Party" for s in spokesman), spokesman
    assert [(r.head, r.polarity) for s in spokesman for r in s.readings if r.polarity] == [("bill", -1)]


def test_an_answer_the_parser_hangs_on_the_question_before_it_is_its_subjects_statement(model):
    # an explainer's subheading asks; the next sentence, parsed as what "say" reports, is the council's own
    _, said = statements_of(["What does the Federal Council say?",
                             "The Federal Council recommends rejecting the initiative."], model)
    assert [(s.actor_name, r.head, r.polarity) for s in said for r in s.readings if r.polarity] == [
        ("Federal Council", "initiative", -1)]


def test_holding_out_until_something_is_done_is_wanting_it_done(model):
    held = stances_taken(["Senator Ana Ruiz said she would not rest until the levy is scrapped."], model)
    assert ("Ana Ruiz", "levy", -1) in held, held
    # waiting until it happens wants nothing
    waited = stances_taken(["Senator Ana Ruiz said she would wait until the levy is scrapped."], model)
    assert not {s for s in waited if s[1] == "levy"}, waited


def test_the_group_a_leaders_title_names_is_their_own_side(model):
    held = stances_taken(["Student leader Lin Wei said the students would not leave until the agreement was withdrawn."],
                         model)
    assert any(actor == "Lin Wei" and polarity == -1 for actor, _, polarity in held), held
    # one person of the title's word is someone else: a deputy minister does not speak for "the minister"
    other = stances_taken(["Deputy minister Ann Lee said the minister would not rest until the levy is scrapped."],
                          model)
    assert not any(actor == "Ann Lee" for actor, _, _ in other), other


def test_the_party_a_leaders_title_names_is_their_own_side(model):
    held = stances_taken(["The Green leader, Anna Berg, said her party backed the budget. But she said the Greens "
                          "would vote against the ferry levy.",
                          "Labour leader Tom Reid said Labour would vote against the toll."], model)
    assert {("Anna Berg", "levy", -1), ("Tom Reid", "toll", -1)} <= held, held
    # another party, named by her, is someone else's stance
    other = stances_taken(["The Green leader, Anna Berg, said the Liberals would vote against the ferry levy.",
                           "Obama adviser Ann Lee said Obama would veto the toll."], model)
    assert not any(actor in ("Anna Berg", "Ann Lee") for actor, _, _ in other), other


def test_what_a_condition_supposes_the_listener_feels_is_no_stance(model):
    held = stances_taken(["\"If you don't like the ferry levy, vote no,\" Senator Ann Lee told a rally.",
                          "\"If you believe in the toll, vote yes,\" said Senator Bo Ruiz."], model)
    assert not {s for s in held if s[1] in ("levy", "toll")}, held
    # the speaker's own condition still holds the stance it sets
    own = stances_taken(["Senator Ann Lee said she would vote against the levy if it were not cut."], model)
    assert ("Ann Lee", "levy", -1) in own, own


def test_a_but_clause_that_only_names_an_act_is_no_verdict_on_the_first(model):
    levy = Issue("ferry-bill", "Ferry bill", ["ferry", "ferry bill", "bill"])
    _, said = statements_of(["The government on Monday withdrew the ferry bill.",
                             "The Ferry Users Union welcomed the decision but said it would watch for the formal "
                             "repeal."], model)
    assert stances(said, levy, "Union") == ["oppose"], [(s.actor_name, s.readings) for s in said]
    # a judgement after "but" still weighs against the first clause
    _, judged = statements_of(["The government on Monday withdrew the ferry bill.",
                               "The Ferry Users Union welcomed the decision but said it was unfair."], model)
    assert stances(judged, levy, "Union") == ["mixed"], [(s.actor_name, s.readings) for s in judged]


def test_the_circumstance_of_ones_own_stance_is_no_stance(model):
    held = stances_taken(["The Green Party has promised to repeal the ferry levy if it wins power.",
                          "Senator Ana Ruiz said she would scrap the toll if she won the election."], model)
    assert ("Ana Ruiz", "toll", -1) in held and ("Green Party", "levy repeal", 1) in held, held
    # winning power or the election is no stance of theirs
    assert not {s for s in held if s[1] in ("", "win", "power", "election")}, held


def test_not_going_back_until_something_is_done_is_holding_out_for_it(model):
    held = stances_taken(["Ana Ruiz, secretary general of the teachers' association, has said teachers will not "
                          "return to the classroom until the levy is scrapped.",
                          "Union leader Bo Lin said he would not resume work until the toll was withdrawn."], model)
    assert {("Ana Ruiz", "levy", -1), ("Bo Lin", "toll withdrawal", 1)} <= held, held
    # so is going on until it is done; going on until a time wants nothing
    kept = stances_taken(["Union leader Ana Ruiz said her members would stay on the streets until the levy was "
                          "scrapped.", "Union leader Bo Lin said he would stay in office until the election."], model)
    assert ("Ana Ruiz", "levy", -1) in kept and not any(actor == "Bo Lin" for actor, _, _ in kept), kept
    # people her title does not name are someone else
    other = stances_taken(["Ana Ruiz, secretary general of the teachers' association, has said farmers will not "
                           "return to the fields until the levy is scrapped."], model)
    assert not any(actor == "Ana Ruiz" for actor, _, _ in other), other


def test_a_side_taken_on_it_with_nothing_argued_nearby_is_on_the_question_of_the_headline(model):
    levy = Issue("ferry-levy", "Ferry levy", ["ferry levy", "levy"])
    pieces = {"a1": ("Islanders fight ferry levy",
                     ["The council's ferry levy takes effect in May.",
                      "Hundreds of islanders crowded the harbour hall on Tuesday night.",
                      "Many came by boat from the outer islands.",
                      "Some brought children; others brought banners.",
                      "Fisherman Tom Reid said he would never accept it.",
                      "Harbour master Ann Lee said it was a disgrace.",
                      "Councillor Bo Lin said she would file a legal challenge."])}
    _, statements, _ = corpus_of(pieces, model)
    found = {s.actor_name: stance_of(s, levy, [levy]) for s in statements["a1"]}
    assert found["Tom Reid"] == "oppose" and found["Bo Lin"] == "oppose", found
    # a judgement of "it" is of whatever the sentences around it name: nothing argued about here
    judged = [s for s in statements["a1"] if s.actor_name == "Ann Lee"]
    assert implicit_readings(judged) and stance_of(judged[0], levy, [levy]) is None, judged


def test_how_a_measure_sounds_before_but_is_conceded(model):
    levy = Issue("levy", "Ferry levy", ["levy", "ferry levy"])
    _, said = statements_of(["\"This levy sounds good, but it would harm exactly the families that need help,\" said "
                             "Ana Ruiz, the federation's director."], model)
    assert stances(said, levy, "Ruiz") == ["oppose"], [(s.actor_name, s.readings) for s in said]
    # a view held before "but" still weighs
    _, held = statements_of(["\"This levy is good, but it would harm exactly the families that need help,\" said "
                             "Ana Ruiz, the federation's director."], model)
    assert stances(held, levy, "Ruiz") == ["mixed"], [(s.actor_name, s.readings) for s in held]


def test_not_giving_up_a_fight_against_something_keeps_the_fight(model):
    kept = stances_taken(["Senator Ann Lee said she would never give up her opposition to the levy.",
                          "Senator Bo Ruiz said he would not give up the fight against the toll."], model)
    assert {("Ann Lee", "levy", -1), ("Bo Ruiz", "toll", -1)} <= kept, kept
    assert not {s for s in kept if s[2] == 1}, kept
    # giving it up leaves no stance (and is no support)
    given = stances_taken(["Senator Ann Lee said she had given up her opposition to the levy."], model)
    assert not {s for s in given if s[1] == "levy"}, given


def test_a_headline_names_the_issue_inside_a_hyphened_name(model):
    pieces = {
        "a1": ("Traders vow to fight the transfer levy",
               ["Market women's leader Ama Owusu said the levy would ruin small traders.",
                "Finance minister Kofi Mensah said the levy was needed to pay for roads."]),
        "a2": ("Residents tell ministers the transfer levy is too heavy",
               ["Teacher Yaw Boateng said the levy would hurt families who send money home.",
                "Deputy minister Efua Asante defended the levy at the meeting."]),
        "a3": ("Parliament approves E-Levy after opposition walkout",
               ["The vote came after a day of protests outside the building.",
                "Majority leader Kwame Darko said the levy was a home-grown solution."]),
    }
    issue, found = the_one_issue(pieces, model, lambda keywords: "levy" in keywords)
    assert "a3" in issue.articles, issue
    assert found.get("kwame-darko") == "support", found


def test_all_measures_of_a_kind_are_not_the_one_under_debate(model):
    _, said = statements_of(["The pact was signed in June.",
                             "Senator Ann Lee said she wanted a law to allow proper oversight of all agreements with "
                             "China."], model)
    assert not [r for r in implicit_readings(said) if r.head == "agreement"], implicit_readings(said)
    # "the agreements" are those the story is about
    _, named = statements_of(["The pact was signed in June.", "Senator Ann Lee said she opposed the agreements."], model)
    assert [r.polarity for r in implicit_readings(named) if r.head == "agreement"] == [-1]



def test_a_one_word_issue_takes_the_word_its_debates_headlines_keep_naming():
    # "the targets" of stories headed "... steep ferry cuts", "ferry deadline", "ferry revolt": the ferry targets,
    # which one narrative sentence writes so; a label "Targets" tells a reader nothing
    from briefing.pipeline.positions import _headline_word_compound
    titles = ["Island council maps out steep ferry cuts, traders vow to resist",
              "Mayor says 2030 ferry deadline is not sacred", "Ferry revolt spreads to the northern villages"]
    texts = ["Months after the council published its ferry targets, the harbour is quiet.",
             "Councillor Ana Ruiz said the targets were needed to save money.",
             "The traders' guild said the targets were unrealistic and would ruin the island."]
    assert _headline_word_compound("Targets", titles, texts) == "Ferry targets"
    # a word of one headline only, or one the texts never write before the noun, is not the debate's name for it
    assert _headline_word_compound("Targets", [titles[0], "Mayor says 2030 deadline is not sacred",
                                               "Revolt spreads to the northern villages"], texts) is None
    assert _headline_word_compound("Targets", titles, texts[1:]) is None
    # nor the people the headlines name ("traders"), nor a label of several words
    assert _headline_word_compound("Targets", [t + " as traders protest" for t in titles[1:]],
                                   ["The traders targets were set."]) is None
    assert _headline_word_compound("Island targets", titles, texts) is None


def test_a_contrast_with_what_others_did_is_not_the_actors_stance(model):
    # "backed the levy, while many of his own councillors opposed it": the councillors oppose it, not the mayor
    taken = stances_taken(["The council passed the ferry levy on Tuesday.",
                           "Mayor Tom Hale backed the levy, while many of his own councillors opposed it.",
                           "Senator Ana Ruiz voted for the levy, whereas most of the Green bench voted against it."],
                          model)
    assert ("Tom Hale", "levy", 1) in taken and ("Ana Ruiz", "levy", 1) in taken, taken
    assert not {s for s in taken if s[0] in ("Tom Hale", "Ana Ruiz") and s[2] < 0}, taken
    # the speaker's own concession stays theirs
    _, said = statements_of(["Mayor Tom Hale said that while the levy would raise money, it would hurt families."],
                            model)
    assert [r.polarity for s in said for r in s.readings if r.polarity and r.term in ("levy", "")], \
        [(s.actor_name, s.readings) for s in said]


def test_a_measure_that_does_harm_to_nobody_is_not_judged_harmful(model):
    # "imposed nothing on anybody", "harms no one": the doing is denied, as "does not harm" would deny it
    taken = stances_taken(["The council passed the ferry levy on Tuesday.",
                           "Ida Brenn said the levy imposed nothing on anybody. Jo Kim said the levy harms no one. "
                           "Ed Poe said the levy brings no benefit. Ana Ruiz said the levy would harm families."],
                          model)
    assert {("Ida Brenn", "levy", 1), ("Jo Kim", "levy", 1), ("Ed Poe", "levy", -1), ("Ana Ruiz", "levy", -1)} <= taken
    assert not {("Ida Brenn", "levy", -1), ("Jo Kim", "levy", -1), ("Ed Poe", "levy", 1)} & taken, taken


def test_tearing_up_a_measure_is_against_it(model):
    # "called for the levy to be torn up", "would rip up the deal": a phrasal verb for undoing it
    taken = stances_taken(["The council passed the ferry levy on Tuesday.",
                           "Max Ulm called for the levy to be torn up. Ana Ruiz said she would tear up the levy. "
                           "Ed Poe said the levy should be ripped up."], model)
    assert {("Max Ulm", "levy", -1), ("Ana Ruiz", "levy", -1), ("Ed Poe", "levy", -1)} <= taken, taken
    assert not {s for s in taken if s[2] > 0 and s[1] == "levy"}, taken


def test_a_debate_s_measure_is_the_noun_argued_for_and_against_not_one_only_its_backers_use(model):
    # more actors back "the agreement" than argue "the reform", but only "the reform" is argued both ways: the
    # debate's measure is the reform, named by the word the corpus writes before it
    pieces = {
        "one": ("Congress approves water overhaul after long deadlock", [
            "Congress approved the water reform on Wednesday by 84 votes to 64.",
            "Finance Minister Ana Souza said the reform was fiscally responsible.",
            "Senator Tom Reyes said the reform was a disaster for farmers.",
        ]),
        "two": ("Farmers brace for water overhaul", [
            "Omar Alj, head of the farmers' federation, said the agreement was much better than the first bill.",
            "Senator Mia Lopez backed the agreement in both chambers.",
            "Senator Jan Berg welcomed the agreement.",
        ]),
        "three": ("Water overhaul: what changes", [
            "Karim Idrissi, a senator who took part in the talks, said the agreement was the best possible.",
            "Lena Holm praised the agreement.",
            "Deputy Nabil Amrani said the reform was a mistake.",
        ]),
    }
    issue, stances = the_one_issue(pieces, model, lambda keywords: "reform" in keywords)
    assert issue.label == "Water reform", issue
    found = {a.split(":")[-1]: s for a, s in stances.items()}
    assert {k: found.get(k) for k in ("ana-souza", "tom-reyes", "nabil-amrani")} == {
        "ana-souza": "support", "tom-reyes": "oppose", "nabil-amrani": "oppose"}, found


def test_everyday_words_of_praise_and_blame_the_sentiment_lexicon_leaves_unrated(model):
    # "regressive", "a setback", "undemocratic", "discriminatory" blame; "an achievement", "a lifeline" praise
    taken = stances_taken(["The government introduced the levy in March.",
                           "Kofi Mensah has described the levy as regressive. Ama Owusu said the levy was a huge "
                           "setback. Yaw Boateng called the levy undemocratic and discriminatory. Minister Efua Sey "
                           "has called the levy a historic achievement. Kwame Asare saw the levy as a lifeline."],
                          model)
    assert {("Kofi Mensah", "levy", -1), ("Ama Owusu", "levy", -1), ("Yaw Boateng", "levy", -1),
            ("Efua Sey", "levy", 1), ("Kwame Asare", "levy", 1)} <= taken, taken


def test_a_law_the_model_takes_for_a_person_is_argued_and_its_year_dates_no_act(model):
    # "the proposed Electronic Transfer Levy" (tagged PERSON) is what is accepted; "the 2024 Finance Bill" is a name
    _, statements = statements_of([
        "President Nana Akufo-Addo has urged Ghanaians to accept the proposed Electronic Transfer Levy.",
        "Senator Ana Ruiz voted against the 2024 Finance Bill. Senator Tom Hale voted against the levy in 2022.",
    ], model)
    assert [(r.term, r.polarity) for s in statements if "Akufo-Addo" in s.actor_name for r in s.readings
            if r.term] == [("levy", 1)], statements
    assert [s.former for s in statements if s.actor_name == "Ana Ruiz"] == [False]
    assert [s.former for s in statements if s.actor_name == "Tom Hale"] == [True]


def test_not_just_or_not_only_adds_and_denies_nothing(model):
    # "against the entire bill, not just the clauses": against both; "not only the levy but also the toll"
    _, statements = statements_of([
        "Parliament passed the Finance Bill on Tuesday.",
        "Opiyo Wandayi said he would vote against the entire bill, not just the clauses the government had chosen to "
        "drop.",
    ], model)
    on_bill = [r.polarity for s in statements if s.actor_name == "Opiyo Wandayi" for r in s.readings
               if r.head == "bill" and r.polarity]
    assert on_bill == [-1], statements
    taken = stances_taken(["Parliament passed the levy on Tuesday.",
                           "Ana Ruiz said she opposed not only the levy but also the toll."], model)
    assert {("Ana Ruiz", "levy", -1), ("Ana Ruiz", "toll", -1)} <= taken, taken


def test_a_measure_its_stories_name_by_its_noun_alone_is_named_so():
    # "the decree" throughout, a word before it only in headlines: the noun; two words before it each once: two
    # measures of that kind, none named
    titles = {"Protests grow over night-time decree", "Court to rule on graft decree"}
    bodies = ["Prime Minister Ana Souza defended the decree on Monday.", "Tom Reyes said the decree was a disaster.",
              "The government passed it by emergency decree."]
    assert _measure_name(["decree"], [*bodies, *titles], titles) == "decree"
    assert _measure_name(["reform"], ["the pension reform and the tax reform", "the reform"], set()) is None
    assert _measure_name(["reform"], ["the pension reform", "the pension reform"], set()) == "pension reform"
    # (a verb and its object is no name: "a professor who taught law")
    assert _measure_name(["law"], ["Mr Nowak, who taught law in Krakow, said the law was wrong.", "the law"],
                         set()) == "law"
    # two words joined by "and" before the word, twice: they name it too (not once, nor "good and bad")
    joined = ["MPs attacked the health and social services reform.", "The services reform passed.",
              "Parliament approved the health and social services reform.", "Public services suffer."]
    assert _measure_name(["reform"], joined, set()) == "health and social services reform"
    assert _measure_name(["reform"], joined[1:], set()) == "services reform"
    assert _measure_name(["reform"], [j.replace("health and social", "good and bad") for j in joined],
                         set()) == "services reform"
    assert _measure_name(["reform"], ["Health and social services reform passed.", *joined[1:]],
                         set()) == "health and social services reform"  # (at a sentence's start too)
    assert _measure_name(["reform"], ["MPs debated and passed pension reform.", "They debated and passed pension "
                                      "reform again.", "the pension reform"], set()) == "pension reform"


def test_a_measure_that_cannot_last_or_impoverishes_is_judged_bad(model):
    # "had become unsustainable", "would impoverish millions": everyday blame the sentiment lexicon leaves unrated
    taken = stances_taken(["The government introduced the levy in May.",
                           "Mele Kyari said the levy had become unsustainable. Joe Ajaero said the levy would "
                           "impoverish millions of workers. Ana Ruiz said the levy was sustainable."], model)
    assert {("Mele Kyari", "levy", -1), ("Joe Ajaero", "levy", -1), ("Ana Ruiz", "levy", 1)} <= taken, taken


def test_a_measure_that_does_little_or_much_for_someone_is_judged_by_it(model):
    # "would do nothing for renters" is against it, "would do much for small firms" for it
    taken = stances_taken(["The government introduced the levy in May.",
                           "Ana Ruiz said the levy would do nothing for renters. Tom Hale said the levy would do much "
                           "for small firms."], model)
    assert {("Ana Ruiz", "levy", -1), ("Tom Hale", "levy", 1)} <= taken, taken


def test_a_measure_that_would_make_a_difference_is_judged_good(model):
    # the idiom is for the better; "no difference", "little difference" are against
    taken = stances_taken(["The government introduced the levy in May.",
                           "Jo Kim said the levy would make a huge difference. Ana Ruiz said the levy would make no "
                           "difference. Tom Hale said the levy would make little difference to congestion."], model)
    assert {("Jo Kim", "levy", 1), ("Ana Ruiz", "levy", -1), ("Tom Hale", "levy", -1)} <= taken, taken


# A referendum on a body it would create ("the Hub"): the model tags the name as an organisation where a sentence
# says what the body could do, but the body never speaks; four actors argue for and against it
REFERENDUM_ON_A_BODY = {
    "date": ("Islanders to vote on the Hub in March", [
        "Voters will decide on March 3 whether to create a Hub with the right to advise the island council, Premier "
        "Ruth Okoro announced on Monday.",
        "Opposition leader Tom Haldane said he would vote No.",
        "The Hub could not pass laws or spend money.",
    ]),
    "firms": ("Harbour firms back the Hub", [
        "The Chamber of Commerce said on Tuesday it supported the Hub.",
        "The Island Farmers Union said it opposed the Hub because it would divide the island.",
        "Mr Haldane said he did not support the Hub.",
    ]),
    "campaign": ("Hub campaign enters last week", [
        "The Green Party will campaign for a Yes vote, Ana Ruiz announced on Friday.",
        "Former premier Jon Mbeki said he backed the Hub.",
        "The Hub would meet four times a year.",
        "The Hub could not veto laws, run programs or hand out grants.",
    ]),
}


def test_a_body_a_referendum_would_create_is_argued_about_and_holds_no_view_of_itself(model):
    # "the Hub" is an issue though one sentence makes it the subject of what it could do: a name that never
    # speaks is no voice. What it could not do ("could not veto laws") is no stance of the Hub on the Hub. "The Green
    # Party will campaign for a Yes vote, Ana Ruiz announced": the party's own decision, whoever makes it public
    issue, on_hub = the_one_issue(REFERENDUM_ON_A_BODY, model, lambda words: "hub" in words)
    assert issue.label == "Hub"
    assert on_hub == {"chamber-of-commerce": "support", "island-farmers-union": "oppose", "tom-haldane": "oppose",
                      "jon-mbeki": "support", "green-party": "support"}, on_hub


def test_an_issue_found_that_fewer_than_two_actors_hold_a_position_on_is_not_shown(model):
    # beside the debate's issue, a word of it ("proposal") that no two actors turn out to argue goes; an issue
    # from mkdocs.yml (no articles of its own) stays whatever the corpus says of it
    articles, statements, analyses = corpus_of(REFERENDUM_ON_A_BODY, model)
    found = discover_issues(statements)
    # (its stories, one more than the issue kept, are the debate's: the issue kept argues in them too)
    proposal = Issue("proposal", "Proposal", ["proposal"], articles=sorted([*REFERENDUM_ON_A_BODY, "letters"]))
    asked = Issue("ferry", "Ferry fares", ["ferry", "fare"])
    issues = [asked, *found, proposal]
    _, actor_ids = link_actors(articles, analyses, ActorOptions())
    positions = link_positions(articles, statements, actor_ids, issues)
    shown = argued_issues(issues, positions)
    assert [i.id for i in shown] == [asked.id, *(i.id for i in found)]
    assert "letters" in shown[1].articles and not shown[0].articles


def test_a_word_set_against_another_by_not_keeps_its_own_sense(model):
    # "workable, not theoretical": the parser hangs "workable" on "theoretical", and the "not" denies only the
    # second word; "wasteful, not necessary" stays against
    plan, levy = Issue("plan", "Plan", ["plan"]), Issue("levy", "Levy", ["levy"])
    _, statements = statements_of([
        "Ana Ruiz said the plan was workable, not theoretical.",
        "Tom Haldane said the levy was necessary, not political.",
        "Mo Ali said the levy was wasteful, not necessary.",
    ], model)
    assert stances(statements, plan, "Ruiz") == ["support"]
    assert stances(statements, levy, "Haldane") == ["support"]
    assert stances(statements, levy, "Ali") == ["oppose"]


def test_a_referendum_argued_by_its_sides_alone_is_an_issue_named_as_the_corpus_names_it(model):
    # no measure noun is argued ("the bill", "the plan"), only the sides of a vote: "will vote No", "campaigning for
    # a Yes vote", "warned against a Yes vote", "vote No in the referendum" (the referendum is where the side is
    # taken, not what it is taken on). The issue is the referendum the headlines and stories name
    pieces = {
        "count": ("Kessel vote splits the valley", [
            "Voters in the valley go to the polls on Sunday in the Kessel referendum, which asks whether the old "
            "quarry should be flooded to make a reservoir.",
            "Mayor Ines Varga has urged residents to vote Yes in the referendum.",
            "Farmer Piet Holm said he would vote No because the water would cover his grazing land.",
            "The Valley Anglers Club is campaigning for a Yes vote.",
        ]),
        "firms": ("Quarry owner warns before Kessel vote", [
            "The quarry's owner, Basalt Works, has warned against a Yes vote.",
            "Councillor Jon Eder said he would vote No in the Kessel referendum.",
        ]),
        "eve": ("Kessel campaign ends with rally", [
            "Ms Varga told a rally on Friday that she would vote Yes.",
            "Mr Holm urged his neighbours to vote No in the referendum.",
        ]),
    }
    issue, sides = the_one_issue(pieces, model, lambda words: "kessel" in words)
    assert issue.label in ("Kessel vote", "Kessel referendum") and "vote" not in issue.keywords
    assert sides == {"ines-varga": "support", "piet-holm": "oppose", "valley-anglers-club": "support",
                     "basalt-works": "oppose", "jon-eder": "oppose"}, sides


def test_the_ballot_a_side_is_taken_in_is_not_what_it_is_taken_on(model):
    # "urged his supporters to vote No in the referendum": against what the ballot asks, as "vote No" alone is
    _, statements = statements_of([
        "Mr Holm has urged his supporters to vote No in the referendum on the quarry.",
        "Ms Varga said she would vote Yes at the plebiscite.",
    ], model)
    sides = {(s.actor_name, r.polarity) for s in statements for r in s.readings if r.polarity}
    assert sides == {("Holm", -1), ("Varga", 1)}, sides


def test_a_sentence_is_not_cut_inside_a_name_the_parser_does_not_know(model):
    # spaCy's parser ends a sentence after "NZ" in "has said NZ First will vote ...", leaving a statement with no
    # content and a clause with no speaker; a sentence starts only after what may end one
    sentence = "Tom Haldane has said NZ First will vote against the bill."
    _, statements = statements_of([sentence, "He left the chamber before the vote."], model)
    # (his, and NZ First's: the vote he announces for it)
    assert sorted((s.actor_name, s.text) for s in statements if "NZ" in s.text) == [
        ("NZ First", sentence), ("Tom Haldane", sentence)]
    assert [sent.text for sent in model(sentence).sents] == [sentence]


def test_a_measure_said_to_wipe_out_or_cripple_is_opposed_and_one_said_indispensable_is_backed(model):
    plan, cuts, tax = Issue("plan", "Plan", ["plan"]), Issue("cut", "Cuts", ["cut"]), Issue("tax", "Tax", ["tax"])
    _, statements = statements_of([
        "Ida Berg said the plan would wipe out family farms.",
        "Mo Ali said the cuts were indispensable.",
        "Lena Vos said the tax would cripple small firms.",
    ], model)
    assert stances(statements, plan, "Berg") == ["oppose"]
    assert stances(statements, cuts, "Ali") == ["support"]
    assert stances(statements, tax, "Vos") == ["oppose"]


def test_the_articles_of_a_law_argued_where_the_law_is_argued_are_that_law(model):
    # a referendum on 40 articles of a named law: "the articles" are argued in more stories than the law by its name,
    # but they are its articles, not a measure of their own; voting to repeal them is against the law
    pieces = {
        "vote": ("Voters to decide on 40 articles of Harbour Security Law", [
            "Voters will decide on Sunday whether to repeal 40 articles of the Harbour Security Law, which the "
            "assembly passed last year.",
            "Union leader Ana Kreft said the articles were an attack on the right to strike.",
            "Mayor Ines Varga said the articles were fair and urged voters to keep them.",
            "Lawyer Jon Eder said the Harbour Security Law was badly drafted.",
        ]),
        "rally": ("Campaign against the articles ends with rally", [
            "Dock worker Piet Holm said he opposed the articles because they banned pickets.",
            "Police chief Ida Berg said the articles had made the port safer.",
            "Senator Mo Ali said he backed the Harbour Security Law.",
        ]),
        "eve": ("Harbour Security Law vote too close to call", [
            "Lena Vos, who leads the port employers, said the articles were necessary.",
            "Teacher Dag Holm said he would vote to repeal the articles.",
            "Ana Kreft said the Harbour Security Law had failed the port.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert [i.label for i in issues] == ["Harbour Security Law"], [(i.label, i.keywords) for i in issues]
    on_law = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert on_law == {"ana-kreft": "oppose", "dag-holm": "oppose", "ida-berg": "support", "ines-varga": "support",
                      "jon-eder": "oppose", "lena-vos": "support", "mo-ali": "support", "piet-holm": "oppose"}, on_law


def test_neither_denies_the_first_of_two_and_what_a_judgement_is_of_is_no_judgement(model):
    # "neither the levy nor the toll was fair": against both; "called the levy the biggest humiliation of our
    # democracy": against the levy, though "democracy" is a word general English rates well
    levy, toll = Issue("levy", "Levy", ["levy"]), Issue("toll", "Toll", ["toll"])
    _, statements = statements_of([
        "Ana Ruiz said neither the levy nor the toll was fair.",
        "Mo Ali has called the levy the biggest humiliation of our democracy.",
    ], model)
    assert stances(statements, levy, "Ruiz") == ["oppose"] and stances(statements, toll, "Ruiz") == ["oppose"]
    assert stances(statements, levy, "Ali") == ["oppose"]


def test_what_a_measure_would_do_rather_than_or_instead_of_is_what_it_would_not_do(model):
    # "would gut the courts rather than improve them": not an improvement; "wants to amend the bill instead of
    # rejecting it": not against it
    reform = Issue("reform", "Reform", ["reform"])
    _, statements = statements_of([
        "Judge Ida Berg has said that the reform would gut the courts rather than improve them.",
        "Mo Ali wants to amend the bill instead of rejecting it.",
    ], model)
    assert stances(statements, reform, "Berg") == ["oppose"]
    assert {r.polarity for s in statements if "Ali" in s.actor_name for r in implicit_readings([s])} == {1}


def test_a_thing_that_must_go_is_opposed_and_one_that_should_not_lapse_is_backed(model):
    # "the subsidy must go": against it (not "go ahead"); "should not go", "must not lapse": for it
    subsidy, levy, project = Issue("subsidy", "Subsidy", ["subsidy"]), Issue("levy", "Levy", ["levy"]), \
        Issue("project", "Project", ["project"])
    _, statements = statements_of([
        "Mo Ali said he had always believed the subsidy should go.",
        "Ana Ruiz said the levy should not go.",
        "Ida Berg said the project must go ahead.",
        "Lena Vos said the subsidy must not lapse.",
    ], model)
    assert stances(statements, subsidy, "Ali") == ["oppose"]
    assert stances(statements, levy, "Ruiz") == ["support"]
    assert stances(statements, project, "Berg") == ["support"]
    assert stances(statements, subsidy, "Vos") == ["support"]


def test_not_one_thing_but_another_is_judged_by_the_other(model):
    # "was not a reform but a threat": against; "was not cruel but fair": for; "a leading advocate of the overhaul"
    # backs the overhaul (the measure the noun names, not an overhaul of something said before)
    plan, levy, overhaul = Issue("plan", "Plan", ["plan"]), Issue("levy", "Levy", ["levy"]), \
        Issue("overhaul", "Overhaul", ["overhaul"])
    _, statements = statements_of([
        "Ana Ruiz said the plan was not a reform but a threat to democracy.",
        "Mo Ali said the levy was not cruel but fair.",
        "Finance Minister Ida Berg, a leading advocate of the overhaul, dismissed the warnings.",
    ], model)
    assert stances(statements, plan, "Ruiz") == ["oppose"]
    assert stances(statements, levy, "Ali") == ["support"]
    assert stances(statements, overhaul, "Berg") == ["support"]


def test_a_legislator_titled_by_party_speaks_for_it(model):
    # "Legislator" and "Councillor" are titles before a name, not part of it: "HP Legislator Ana Ruiz" holds a role in
    # the HP, so what she says the HP will do is the party's stance, and hers
    bill = Issue("bill", "Bill", ["bill"])
    _, statements = statements_of([
        "The Harbour Party (HP), which holds five seats, has long backed reform of the port. \"We are ready,\" said "
        "HP Legislator Ana Ruiz, a former docker.",
        "She said the HP would support the bill in full.",
    ], model)
    assert stances(statements, bill, "Harbour Party") == ["support"]
    assert stances(statements, bill, "Ana Ruiz") == ["support"]
    assert not any(s.actor_name.startswith("Legislator") for s in statements)


def test_a_measure_argued_by_its_bare_noun_is_labelled_as_the_stories_qualify_it(model):
    # every stance says "the amendments"; the one sentence that qualifies them ("the harbour amendments") is no
    # statement, but the stories write it: the issue is the harbour amendments, not "Amendments"
    pieces = {
        "vote": ("Assembly approves port changes", [
            "The assembly on Friday approved the harbour amendments, which would hand the port authority's powers "
            "to the governor.",
            "Governor Ines Varga said the amendments would bring stability to the port.",
            "Opposition leader Tom Haldane said the amendments were a power grab.",
        ]),
        "rally": ("Dockers march against the changes", [
            "Union leader Ana Kreft said the amendments would hurt dock workers.",
            "Port chief Jon Eder said he backed the amendments.",
            "Mr Haldane said he would fight the amendments in court.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements, [a.body for a in articles])
    assert [i.label for i in issues] == ["Harbour amendments"], [(i.label, i.keywords) for i in issues]
    assert stances_by_actor(articles, statements, analyses, issues, issues[0]) == {
        "ines-varga": "support", "tom-haldane": "oppose", "ana-kreft": "oppose", "jon-eder": "support"}


def test_what_a_mind_changer_did_this_time_is_her_stance_now(model):
    # she voted against the levy two years ago and changed her mind: "This time she voted in favour" is the stance she
    # holds now, not one given up with the first
    levy = Issue("levy", "Levy", ["levy"])
    articles, statements, analyses = corpus_of({"vote": ("Senate passes the levy", [
        "Two years ago Senator Ana Ruiz voted against the levy, citing the views of her province.",
        "This time Ms Ruiz voted in favour of the levy.",
        "\"I listened to the nurses, and I changed my mind,\" she said.",
    ])}, model)
    assert stances_by_actor(articles, statements, analyses, [levy], levy) == {"ana-ruiz": "support"}


def test_a_measure_said_to_be_rushed_is_criticised_and_rejecting_that_charge_defends_it(model):
    bill = Issue("bill", "Bill", ["bill"])
    _, statements = statements_of([
        "Ana Ruiz said the bill was rushed.",
        "Minister Mo Ali rejected the charge that the bill had been rushed.",
    ], model)
    assert stances(statements, bill, "Ruiz") == ["oppose"]
    assert stances(statements, bill, "Ali") == ["support"]


def test_ruling_out_a_party_backing_a_measure_is_against_the_measure(model):
    # the parser hangs "supporting" as an adjunct of "ruled out", after the party that would do it: what is ruled
    # out is the party supporting the bill
    bill = Issue("bill", "Harbour Bill", ["harbour", "bill"])
    _, statements = statements_of([
        "Prime Minister Ana Ruiz has again ruled out National supporting Mo Ali's Harbour Bill beyond its first reading.",
    ], model)
    assert stances(statements, bill, "Ruiz") == ["oppose"]


def test_voting_as_a_bloc_in_favour_is_voting_in_favour(model):
    # the parser hangs "in favour" on "bloc", the capacity the vote is cast in
    _, statements = statements_of(["Harbour Alliance MPs voted largely as a bloc in favour."], model)
    assert [(s.actor_name, r.polarity) for s in statements for r in s.readings if r.polarity] == [("Harbour Alliance", 1)]


def test_the_bill_is_the_measure_argued_not_the_budget_it_pays_for(model):
    # "voted against the bill" right after a sentence on the defence budget: of the two questions, the bill is the
    # one that is a measure (the holiday's abolition), not the budget it would pay for
    pieces = {
        "a": ("Parliament decides after long debate", [
            "Finance minister Ana Ruiz said the holiday abolition was necessary.",
            "Union chief Mo Ali said the holiday abolition was an attack on workers.",
            "Green leader Ida Berg said she backed a bigger defence budget.",
            "The Farmers Party voted against the bill.",
        ]),
        "b": ("Holiday abolition passes as defence budget grows", [
            "Bishop Lena Vos said the holiday abolition was a mistake.",
            "Jon Eder said the defence budget was too small.",
            "Tom Haldane said the defence budget was reckless.",
            "Nurse Kari Lund said the defence budget was too big.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    assert [i.label for i in issues] == ["Holiday abolition", "Defence budget"], [i.label for i in issues]
    assert stances_by_actor(articles, statements, analyses, issues, issues[0]).get("farmers-party") == "oppose"
    assert "farmers-party" not in stances_by_actor(articles, statements, analyses, issues, issues[1])


def test_the_law_in_a_story_that_names_no_question_is_the_one_measure_argued(model):
    # nothing before "the law" names a question; of the two the corpus argues, one is a measure (an abolition),
    # the other a budget: the law is the measure
    abolition = Issue("abolition", "Holiday abolition", ["holiday abolition", "abolition"])
    budget = Issue("budget", "Defence budget", ["defence budget", "budget"])
    _, statements = statements_of(["Dean Piet Holm called the law an arrogant decision."], model)
    assert stances(statements, abolition, "Holm", [abolition, budget]) == ["oppose"]
    assert stances(statements, budget, "Holm", [abolition, budget]) in ([], ["neutral"])


def test_its_spokesman_or_its_leaders_speak_for_the_organisation_named_before(model):
    # "Its spokesman said ...", "Its provincial leaders said ...": the party named just before speaks; "Its leader,
    # Ana Ruiz, said ..." is Ana Ruiz speaking
    bill = Issue("bill", "Bill", ["bill"])
    _, statements = statements_of([
        "The Harbour Party, which has a strong base in the south, defended its role. Its provincial leaders said the "
        "party had voted for the bill.",
        "The Farmers League met on Monday. Its leader, Ana Ruiz, said the bill was a disaster.",
    ], model)
    assert stances(statements, bill, "Harbour Party") == ["support"]
    assert stances(statements, bill, "Ana Ruiz") == ["oppose"]


def test_this_change_in_a_story_that_names_no_question_is_the_one_measure(model):
    # "this change", "the reform" where nothing before names a question: the corpus's one measure, the amendments
    # (an amendment is a measure), not the budget
    amendments = Issue("amendments", "Constitutional amendments", ["amendment"])
    budget = Issue("budget", "Defence budget", ["defence budget", "budget"])
    _, statements = statements_of([
        "\"This change will bring stability and strength to the country,\" Prime Minister Ana Ruiz said.",
        "Mo Ali argued that the reform would weaken the courts.",
    ], model)
    assert stances(statements, amendments, "Ruiz", [amendments, budget]) == ["support"]
    assert stances(statements, amendments, "Ali", [amendments, budget]) == ["oppose"]


def test_an_acronym_defined_in_brackets_is_the_convention_it_names(model):
    # one story defines the acronym; the others write only "ICPAD", "the convention" or "the treaty": one question,
    # which a reader can find by the acronym; what the acronym "would destroy" is held against it
    pieces = {
        "a": ("Government drops plan to ratify detention treaty", [
            "Veldoria has abandoned its plan to ratify the International Convention on the Prevention of Arbitrary "
            "Detention (ICPAD).",
            "The opposition Unity Party argued that the convention would undermine the status of the island provinces.",
            "\"ICPAD was never in the interest of our people,\" said Unity Party president Hadi Marwan.",
        ]),
        "b": ("Rights groups dismayed as Veldoria backs away from ICPAD", [
            "Law minister Tomas Ferr said he still backed the convention.",
            "Marwan said the treaty was \"a danger to our constitution\".",
        ]),
        "c": ("Rally against ICPAD draws thousands", [
            "Youth leader Sami Orr told the crowd that ICPAD would destroy the rights of the provinces.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    assert not any("Convention" in name for analysis in analyses.values() for name in analysis.kinds)
    issues = discover_issues(statements, [article.body for article in articles])
    assert [i.label for i in issues] == ["ICPAD"] and "icpad" in issues[0].keywords, [(i.label, i.keywords) for i in issues]
    found = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert found.get("hadi-marwan") == "oppose" and found.get("tomas-ferr") == "support", found
    assert found.get("sami-orr") in ("oppose", "mixed"), found


def test_instead_of_denies_a_noun_as_it_denies_a_clause(model):
    _, statements = statements_of(["Markus Vogt said the state should offer incentives instead of bans."], model)
    readings = {r.term: r.polarity for s in statements for r in s.readings if r.polarity}
    assert readings.get("incentive") == 1 and readings.get("ban") == -1, readings


def test_a_monster_is_a_judgement_against(model):
    _, statements = statements_of(["\"This law remains a bureaucratic monster,\" said Jana Weber."], model)
    assert [(r.head, r.polarity) for s in statements for r in s.readings if r.polarity] == [("law", -1)]


def test_the_bid_and_the_application_stand_for_the_measure_argued(model):
    # "the application" to join, "the bid" for membership: judged as "the plan" is, by what the story argues
    membership = Issue("membership", "Alliance membership", ["membership", "join"])
    _, statements = statements_of([
        "The government decided on Sunday to seek membership of the alliance.",
        "The Peace Society, a pacifist group, said the application was a historic mistake.",
        "Opposition leader Eva Lind said the bid was long overdue.",
    ], model)
    assert stances(statements, membership, "Peace Society", [membership]) == ["oppose"]
    assert stances(statements, membership, "Lind", [membership]) == ["support"]


def test_a_referendum_campaign_takes_no_side_of_the_referendum(model):
    # a campaign in a vote is no campaign for it; "a campaign for a referendum" is
    assert stances_taken(["Eva Lind said a referendum campaign would leave the country exposed."], model) == set()
    assert ("Eva Lind", "referendum", 1) in stances_taken(["Eva Lind backed the referendum demand."], model)
    assert ("Eva Lind", "referendum", 1) in stances_taken(["Eva Lind launched a campaign for a referendum."], model)


def test_the_members_of_the_party_a_speaker_leads_are_the_speakers_side(model):
    # a title in capitals throughout names the party, by its words and its initials; the members of another party
    # stay someone else's
    said = {(s.actor_name, r.polarity) for s in statements_of([
        "Unity Front Secretary General Tom Haldane said all UF members of parliament were fully behind the bill.",
    ], model)[1] for r in s.readings if r.polarity and r.head == "bill"}
    assert ("Tom Haldane", 1) in said, said
    other = {(s.actor_name, r.polarity) for s in statements_of([
        "Unity Front Secretary General Tom Haldane said all GPP members of parliament were behind the bill.",
    ], model)[1] for r in s.readings if r.polarity and r.head == "bill"}
    assert ("Tom Haldane", 1) not in other, other


def test_a_thing_behind_a_measure_backs_nothing(model):
    assert stances_taken(["Anna Berg said the problems were behind the bill."], model) == set()
    assert ("Anna Berg", "", 1) in stances_taken(["Anna Berg said she was behind the bill."], model)


def test_people_named_by_an_adjective_are_an_object_of_their_own(model):
    # "protect the unborn" is no "protect it": nothing earlier is what the verb is for
    assert stances_taken(["Bishop Oscar Ruiz said the state must protect the poor."], model) == set()
    assert ("Oscar Ruiz", "", 1) in stances_taken(["Bishop Oscar Ruiz said the state must protect it."], model)


def test_a_view_someone_rejects_is_no_stance_on_the_measure(model):
    # the relative clause's object is the view it hangs on; "the bill, which he rejects" stays a stance
    implicit = implicit_readings(statements_of(["Mr Garcia said the opposition believes the law will increase "
                                                "abortions, a view he rejects."], model)[1])
    assert not [r for r in implicit if r.cue.startswith("rejects")], implicit
    assert [r.polarity for r in implicit_readings(statements_of(["Mr Garcia said the bill, which he rejects, was passed."],
                                                                model)[1])] == [-1]
    # ("an idea" may be the measure itself)
    assert [r.polarity for r in implicit_readings(statements_of(["Mr Garcia said it was an idea he rejects."],
                                                                model)[1])] == [-1]


def test_what_many_believe_is_not_the_reporters_view(model):
    assert stances_taken(["Mr Garcia said many believe the law will hurt farmers."], model) == set()
    assert ("Garcia", "", -1) in stances_taken(["Mr Garcia said he believes the law will hurt farmers."], model)


def test_shutting_people_out_is_a_harm_and_shutting_out_a_harm_is_good(model):
    assert ("Ama Owusu", "levy", -1) in stances_taken(
        ["Ama Owusu said the levy would push the poorest traders out of the digital economy."], model)
    assert ("Ama Owusu", "", 1) in stances_taken(["Ama Owusu said the law would drive out corruption."], model)
    assert not stances_taken(["Ama Owusu said the union would push the bill out."], model)
    assert not stances_taken(["Ama Owusu said the reform would force out incompetent judges."], model)


def test_a_danger_to_something_good_is_a_danger(model):
    # what an evaluative noun is a danger "to" or a boon "for" is no judgement of its own
    assert ("Anna Berg", "", -1) in stances_taken(["Anna Berg called the plan a danger to democracy."], model)
    # (but "a gift to criminals" is judged by whom it serves: no praise)
    assert ("Anna Berg", "", 1) not in stances_taken(["Anna Berg called the law a gift to criminals."], model)


def test_a_referendum_argued_by_its_word_is_named_and_argued_where_sides_are_taken(model):
    pieces = {
        "a": ("Kelda votes on the Morrow Valley referendum", [
            "President Ana Ruiz described the referendum as a threat to public finances.",
            "Union leader Mo Ali said the referendum was a historic chance.",
            "Voters in the Morrow Valley referendum will decide whether the dam goes ahead.",
        ]),
        "b": ("Morrow Valley referendum: campaigns close", [
            "Bishop Lena Vos said the referendum was a gift to the valley.",
            "Mayor Jon Eder said the referendum was a waste of money.",
        ]),
        "c": ("In the valley, a village counts the cost", [
            "Farm leader Kari Lund campaigned for the referendum's Yes side.",
            "Tom Haldane urged a No vote in the referendum.",
        ]),
        "d": ("Dockers walk out", [
            "Union chief Ida Berg urged members to vote Yes in the strike ballot over pay.",
            "Port director Per Holm said the strike ballot was a mistake.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements, [article.body for article in articles])
    assert [i.label for i in issues] == ["Morrow Valley referendum"], [i.label for i in issues]
    assert "c" in issues[0].articles and "d" not in issues[0].articles, issues[0].articles


def test_not_a_cure_is_against(model):
    assert ("Jerome Reyes", "divorce", -1) in stances_taken(
        ["Fr. Jerome Reyes said divorce is not the cure for a troubled marriage but the surrender of the duty to "
         "protect the family."], model)


def test_what_undoing_a_measure_would_do_is_read_through_the_act(model):
    # the model parses "it" and "the law" as the subjects of "hurt" and "tie", beside the gerund that takes them
    _, statements = statements_of([
        "The Harbour Act came into force last year.",
        "Interior Minister Ana Brenner said that scrapping it would hurt farmers.",
        "Police chief Tomas Ek says repealing the law would tie the hands of the police.",
        "Tomas Ek said repealing it would tie the hands of the police.",
    ], model)
    brenner = [r.polarity for s in statements if s.actor_name == "Ana Brenner" for r in s.readings if r.polarity]
    assert brenner == [1], brenner  # for the act: scrapping it is harmful, nothing against it
    # what repeal would do, in words no lexicon rates, is no call for repeal
    assert not [r for s in statements if s.actor_name == "Tomas Ek" for r in s.readings if r.polarity]


def test_undoing_is_against_and_setting_an_amount_takes_no_side(model):
    taken = stances_taken(["Parliament passed the levy in May.",
                           "Ana Ruiz has pledged to undo the levy. Tom Hale has promised to return the levy to 2 "
                           "percent."], model)
    assert ("Ana Ruiz", "levy", -1) in taken, taken
    # the amount it should be, not whether it should be
    assert not any(actor == "Tom Hale" and term == "levy" for actor, term, _ in taken), taken
    # (but bringing it forward to a year, or reinstating it at an amount, is for it)
    taken = stances_taken(["Parliament passed the levy in May.",
                           "Leo Dahl said the government must bring the levy forward to 2025. Mia Berg said the "
                           "government must reinstate the levy at 2 percent."], model)
    assert {("Leo Dahl", "levy", 1), ("Mia Berg", "levy", 1)} <= taken, taken
    # undoing the harm a measure did is no praise of the measure
    taken = stances_taken(["Parliament passed the levy in May.",
                           "Tom Hale vowed to undo the harm done by the levy. Ana Ruiz vowed to reverse the damage "
                           "caused by the levy."], model)
    assert {("Tom Hale", "levy", -1), ("Ana Ruiz", "levy", -1)} <= taken, taken


def test_what_to_do_should_a_measure_pass_is_no_stance_on_it(model):
    taken = stances_taken(["The Harbour Act was debated on Monday.",
                           "Amnesty International urged the company to protect its users' rights if the bill passed.",
                           "Ana Ruiz said she would fight it if the bill passed."], model)
    assert not any(actor == "Amnesty International" and term in ("", "bill") for actor, term, _ in taken), taken
    assert ("Ana Ruiz", "", -1) in taken, taken  # (a fight against it, should it pass)
    # what someone else should do should it pass, before or after; the speaker's own offer on a condition; a body's
    # own "it"
    taken = stances_taken(["The Harbour Act was debated on Monday.",
                           "If the bill passes, the company must protect its users' rights, Amnesty International "
                           "said.",
                           "Ana Ruiz said her party would back the budget if the levy were scrapped.",
                           "The Farmers Union said it would resist."], model)
    assert not any(actor == "Amnesty International" and term in ("", "bill") for actor, term, _ in taken), taken
    assert {("Ana Ruiz", "levy", -1), ("Farmers Union", "", -1)} <= taken, taken


def test_a_clause_beside_a_report_is_the_speakers_own(model):
    # "argued ..., and it urged": the second clause is coordinated with the report, not reported by it
    _, statements = statements_of([
        "The Heating Act was debated on Monday.",
        "The Heat Pump Association has long argued for a fixed date, and it urged the Bundestag to pass the law "
        "before the summer recess.",
    ], model)
    on_law = [(s.actor_name, r.polarity) for s in statements for r in s.readings if r.head == "law" and r.polarity]
    assert on_law == [("Heat Pump Association", 1)], statements
    # (not when "it" may be the body the first clause acts on)
    _, statements = statements_of([
        "The Harbour Act was debated on Monday.",
        "The Green Party lobbied the Senate for months, and it rejected the act on Friday.",
    ], model)
    assert not [r for s in statements if s.actor_name == "Green Party" for r in s.readings
                if r.polarity and "rejected" in r.cue], statements


def test_a_measure_that_cannot_justify_its_cost_is_judged_bad(model):
    taken = stances_taken(["The government introduced the subsidy in May.",
                           "Bola Tinubu said the subsidy could no longer justify its costs. Ana Ruiz said the subsidy "
                           "was unjustified."], model)
    assert {("Bola Tinubu", "subsidy", -1), ("Ana Ruiz", "subsidy", -1)} <= taken, taken


def test_one_measure_called_by_several_nouns_is_one_issue_named_as_its_headlines_name_it(model):
    pieces = {
        "a": ("Lanvia's judicial overhaul splits the country", [
            "Ana Ruiz said the plan was a disaster.", "Tom Hale said the plan was a triumph."]),
        "b": ("Premier delays judicial overhaul after strike", [
            "Parliament debated the judicial overhaul on Monday.",
            "Mia Berg said the overhaul was dangerous.", "Leo Dahl praised the overhaul."]),
        "c": ("Currency slides as investors flee", [
            "Kai Moss said the legislation was reckless.", "Eva Lind said the plan was welcome."]),
        "d": ("Minister unveils plan to curb court", ["Ola Nord said the legislation was necessary."]),
    }
    articles, statements, _ = corpus_of(pieces, model)
    issues = discover_issues(statements, [article.body for article in articles])
    assert [i.label for i in issues] == ["Judicial overhaul"], [i.label for i in issues]
    # one headline names it so, another only shares its word: no measure is known by that name
    pieces["a"] = ("Judicial fight splits the country", pieces["a"][1])
    articles, statements, _ = corpus_of(pieces, model)
    assert not discover_issues(statements, [article.body for article in articles])
    # unrelated stories whose headlines share a place: no measure at all ("plan" is no "planting", no "planet")
    unrelated = {
        "a": ("Lanvia: rail strike spreads to the ports", pieces["a"][1]),
        "b": ("Lanvia: farmers block roads in planting season", ["Mia Berg said the overhaul was dangerous.",
                                                                 "Leo Dahl praised the overhaul."]),
        "c": pieces["c"],
        "d": ("Lanvia: new planet found by astronomers", ["Ola Nord said the law was necessary.",
                                                          "Per Holm said the law was wrong."]),
    }
    articles, statements, _ = corpus_of(unrelated, model)
    assert not discover_issues(statements, [article.body for article in articles])


def test_a_relative_clause_takes_the_noun_it_hangs_on_for_its_object(model):
    # "the numbers it needed": what was needed is the numbers (and "it" the government), no stance on the bill
    taken = stances_taken(["The Harbour Bill received 103 votes, short of the 105 required.",
                           "Lawmakers from the opposition Harbour Party walked out of the chamber before the division, "
                           "denying the government the numbers it needed."], model)
    assert not any(actor == "Harbour Party" and polarity > 0 for actor, _, polarity in taken), taken


def test_a_debate_headlined_by_two_words_as_often_is_found_the_same_on_every_run():
    from types import SimpleNamespace
    from briefing.pipeline.positions import _headlined_debate
    found = SimpleNamespace(headlines={"a": {"zeta", "alpha"}, "b": {"zeta", "alpha"}, "c": {"alpha"}, "d": {"zeta"}})
    assert _headlined_debate({"a", "b"}, found) == ["a", "b", "c"]
    # (the word fewer of the corpus's headlines share, the more particular, wins a tie)
    found.headlines["e"] = {"alpha"}
    assert _headlined_debate({"a", "b"}, found) == ["a", "b", "d"]


def test_a_story_headlined_by_the_measures_noun_argues_the_one_measure(model):
    pieces = {
        "a": ("Unions vow to keep fighting as senators meet", [
            "Parliament debated the pension reform on Monday.",
            "Ana Ruiz said the reform was a disaster.", "Tom Hale said the reform was a triumph."]),
        "b": ("Farmers vow to keep fighting", [
            "Mia Berg praised the reform.", "Leo Dahl said the reform was dangerous."]),
        "c": ("Pensions explained: what the reform changes", ["Kai Moss said the reform was the best possible."]),
        # (a reform of something else: not the debate's)
        "d": ("Football club reform divides fans", ["The club announced a reform of ticket prices on Monday.",
                                                    "Sam Ortiz said the move was a disaster."]),
    }
    articles, statements, _ = corpus_of(pieces, model)
    issues = discover_issues(statements, [article.body for article in articles])
    assert [i.label for i in issues] == ["Pension reform"], [i.label for i in issues]
    assert issues[0].articles == ["a", "b", "c"], issues[0].articles


def test_a_participle_that_describes_people_passes_no_judgement(model):
    # "working" said of people is who they are; the judgement is the theft, taken from them
    _, statements = statements_of(['Senator Ida Marsh called the levy "a theft of a month of wages from working '
                                   'families".'], model)
    assert [r.polarity for s in statements for r in s.readings if r.term == "levy"] == [-1]


def test_a_noun_that_judges_by_its_idiom_is_a_verdict(model):
    taken = stances_taken(['Ida Marsh has called the closure "a slap in the face to hard-working nurses".',
                           'Tom Berg said the merger was a kick in the teeth for small farmers.'], model)
    assert ("Ida Marsh", "closure", -1) in taken and ("Tom Berg", "merger", -1) in taken, taken
    # (the verb the idiom's noun comes from is no verdict: slapping a tariff on imports imposes it)
    taken = stances_taken(["Ida Marsh said the ministry slapped a tariff on steel imports."], model)
    assert not any(term == "tariff" and polarity < 0 for _, term, polarity in taken), taken


def test_it_stands_for_the_measure_the_clause_describing_the_subject_names(model):
    _, statements = statements_of([
        "Pensioners who keep working will pay lower contributions.",
        "Finance Minister Ida Marsh, whose budgets rest on the reform, has defended it as the most important "
        "measure for the public finances."], model)
    assert [(r.head, r.polarity) for s in statements if s.actor_name == "Ida Marsh" for r in s.readings
            if r.polarity] == [("reform", 1)]


def test_what_a_clause_in_a_time_clause_says_is_done_is_no_stance_of_the_speaker(model):
    taken = stances_taken(["Governor Ida Marsh said on Monday she would seek to bring back the toll, less than a "
                           "year after a new transport law that abolished road tolls came into force."], model)
    assert not any(term.endswith("abolition") and polarity > 0 for _, term, polarity in taken), taken
    assert ("Ida Marsh", "toll", 1) in taken, taken


def test_a_corpus_that_argues_bringing_a_thing_back_is_named_by_the_thing(model):
    pieces = {
        "a": ("Minister seeks return of conscription after abolition", [
            "Defence Minister Ida Marsh said she would seek to reinstate conscription next year.",
            "Tom Berg, the opposition leader, said he opposes conscription.",
            "The Youth Council defended the abolition of conscription."]),
        "b": ("Unions warn against bringing back conscription", [
            "Leo Dahl said restoring conscription would be a mistake.",
            "The Reserve Officers Association supports conscription.",
            "Mia Berg praised the abolition of conscription."]),
        "c": ("Conscription: what is at stake", [
            "Kai Moss said the abolition of conscription was a disaster.",
            "Sam Ortiz said conscription was outdated."]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements, [article.body for article in articles])
    assert [i.label for i in issues] == ["Conscription"], [i.label for i in issues]
    taken = stances_by_actor(articles, statements, analyses, issues, issues[0])
    marsh = next(stance for actor, stance in taken.items() if "marsh" in actor)
    youth = next(stance for actor, stance in taken.items() if "youth" in actor)
    assert (marsh, youth) == ("support", "oppose"), taken


def test_whose_plan_it_is_is_no_target(model):
    taken = stances_taken(["Ida Marsh, governor of the Central Bank of Norland, has avoided taking a position on how "
                           "people should vote. But in a presentation last month she said that a rejection could "
                           "delay the bank's plan to lift capital controls.",
                           "Tom Berg said he opposed the bank's plan."], model)
    assert not any(term == "bank" for _, term, _ in taken), taken
    assert any(actor == "Tom Berg" and polarity < 0 for actor, _, polarity in taken), taken  # (the plan itself)


def test_a_pseudo_cleft_takes_the_attitude_of_its_what_clause(model):
    taken = stances_taken(['"What we oppose is this levy, with its fines on small shops," said Ida Marsh.',
                           '"What we want is a referendum," said Tom Berg.',
                           '"What we do not accept is the curfew," said Leo Dahl.'], model)
    assert {("Ida Marsh", "levy", -1), ("Tom Berg", "referendum", 1), ("Leo Dahl", "curfew", -1)} <= taken, taken


def test_what_an_event_would_do_to_something_is_no_ones_act_on_it(model):
    taken = stances_taken(["Ida Marsh warned that a second rejection would delay the lifting of the curfew."], model)
    assert not any(term.startswith("curfew") and polarity < 0 for _, term, polarity in taken), taken
    # (but what the speaker fears it would do is against the speaker's wish: for what it would end)
    assert ("Ida Marsh", "curfew", 1) in stances_taken(["Ida Marsh fears the referendum will end the curfew."], model)
    # and a time clause that does not describe its subject keeps the stance: "until ... a law that bans fracking"
    taken = stances_taken(["Ida Marsh said she would not rest until Norland has a law that bans fracking."], model)
    assert any(term.startswith("frack") and polarity < 0 for _, term, polarity in taken), taken


def test_a_second_copula_without_a_subject_says_its_predicate_of_the_first_subject(model):
    taken = stances_taken(['Luka Berg said the curfew had been "right in March and is right tonight".'], model)
    assert ("Luka Berg", "curfew", 1) in taken, taken
    # (a feeling the second copula gives is the speaker's, not a verdict on the subject)
    taken = stances_taken(["Tom Berg said the curfew was over and was glad about it."], model)
    assert ("Tom Berg", "curfew", 1) not in taken, taken


def test_what_serves_the_bad_is_bad(model):
    taken = stances_taken(["Ida Marsh said the amnesty would be a gift to the criminals.",
                           "Tom Berg said the curfew was a gift to families.",
                           "Leo Dahl said the compensation fund was a lifeline to the victims."], model)
    assert {("Ida Marsh", "amnesty", -1), ("Tom Berg", "curfew", 1)} <= taken, taken
    assert not any(actor == "Leo Dahl" and polarity < 0 for actor, _, polarity in taken), taken



def test_what_a_thing_raises_judges_it_by_what_is_raised(model):
    # "increase" is rated good in general English, but a law that increases poverty is bad; a mild raising verb
    # with an unrated object ("taxes") says nothing either way
    _, statements = statements_of([
        "Union leader Marta Kivi said the Welfare Bill would increase poverty.",
        "Employers' chief Jonas Berg said the Welfare Bill would increase employment.",
        "Economist Lina Sorensen said the Welfare Bill would increase taxes.",
    ], model)
    bill = {(s.actor_name, r.polarity) for s in statements for r in s.readings if r.polarity and "Bill" in r.phrase}
    taken = [(s.actor_name, r.phrase, r.polarity) for s in statements for r in s.readings]
    assert ("Marta Kivi", -1) in bill and ("Marta Kivi", 1) not in bill, taken
    assert ("Jonas Berg", 1) in bill, taken
    assert not any(actor == "Lina Sorensen" for actor, _ in bill), taken


def test_a_participle_naming_a_state_is_no_attitude_toward_the_measure(model):
    # "any disputed details": the details are disputed, the speaker disputes nothing
    _, statements = statements_of([
        "The Partnership Bill reached the Seimas on Tuesday.",
        "The Lithuanian Gay League urged MPs to pass the bill at the first vote and to leave any disputed details "
        "to the committees.",
    ], model)
    said = [(r.polarity, r.cue) for s in statements if "Gay League" in s.actor_name for r in s.readings if r.polarity]
    assert said and all(polarity > 0 for polarity, _ in said), said


def test_fighting_for_a_measure_supports_it(model):
    _, statements = statements_of(["Senator Rasa Juknevičienė said she would fight for the Partnership Bill."], model)
    taken = [(r.phrase, r.polarity) for s in statements for r in s.readings]
    assert ("Partnership Bill", 1) in taken, taken


def test_an_issue_labelled_only_by_its_kind_is_named_by_what_its_headlines_keep_naming(model):
    # stances say only "the amendment"; the headlines say what the amendment is about (and a vote is no topic)
    issue, _ = the_one_issue({
        "sabor": ("Parliament Calls Referendum on the Definition of Marriage", [
            "Parliament voted on Friday to hold a referendum on a constitutional amendment.",
            "Prime Minister Ivan Horvat said he would vote against the constitutional amendment.",
            "Opposition leader Ana Kovač said her party supported the amendment.",
            "Ms Kovač said marriage deserved the protection of the constitution."]),
        "church": ("Bishops back marriage amendment", [
            "Cardinal Josip Marić urged the faithful to vote for the amendment.",
            "The Greens said they opposed the amendment."]),
        "istria": ("Istria says no in referendum", [
            "Marko Jurić, the leader of the regional party, said he opposed the amendment."]),
    }, model, lambda keywords: "amendment" in keywords)
    assert issue.label == "Constitutional amendment on marriage", issue


def test_a_label_that_names_what_the_measure_is_about_is_kept():
    from briefing.pipeline.positions import _says_only_the_kind
    assert _says_only_the_kind("Constitutional amendment") and _says_only_the_kind("Amendments")
    assert _says_only_the_kind("Law") and _says_only_the_kind("New bill")
    assert not _says_only_the_kind("Re-election amendment") and not _says_only_the_kind("Finance Bill")
    assert not _says_only_the_kind("Death penalty")


def test_killing_burying_or_shelving_a_measure_is_against_it(model):
    bill = Issue("bill", "Water Bill", ["bill", "water"])
    _, statements = statements_of([
        "The Water Bill would sell the state water company.",
        "Senator Efraín Duarte said the bill must be formally buried by the lower house.",
        "Union leader Ana Vera said Congress should kill the bill.",
        "Mayor Luis Ortiz urged senators to shelve the bill.",
        "Minister Rosa Paz said the bill would create jobs.",
    ], model)
    for actor in ("Duarte", "Vera", "Ortiz"):
        assert stances(statements, bill, actor) == ["oppose"], actor
    assert stances(statements, bill, "Paz") == ["support"]


def test_what_lies_inside_what_an_act_lacks_is_no_object_of_the_act(model):
    # "without that element in the bill, the party voted against it": against the bill, not for it
    _, statements = statements_of([
        "The health bill reached the floor on Tuesday.",
        "Now in opposition, and without that element in the bill, the Harbour Party voted against it.",
    ], model)
    said = [r.polarity for s in statements if "Harbour" in s.actor_name for r in s.readings if r.polarity]
    assert said and all(p < 0 for p in said), said
    # but what the act lacks "of" the measure is still the measure: "could not move forward without the approval
    # of the health bill" is for it
    _, statements = statements_of([
        "The health bill reached the floor on Tuesday.",
        "Hospital chief Maria Lund said the hospitals could not move forward without the approval of the health bill.",
    ], model)
    assert any(r.polarity > 0 for s in statements if "Lund" in s.actor_name for r in s.readings), statements


def test_a_guess_against_every_stance_the_statement_names_is_a_guess_at_something_else(model):
    # "scrap the increase" names the issue; "measures that encourage ..." are other measures, not the increase
    issues = [Issue("increase", "Retirement age increase", ["increase", "retirement age"])]
    articles, statements, analyses = corpus_of({"a": ("Senate approves retirement age increase", [
        "The Senate approved the retirement age increase on Wednesday.",
        "Harbour Party spokesman Ales Juchan said the Harbour Party would vote to scrap the increase and would "
        "rather support measures that encourage people to work longer voluntarily.",
        "Minister Marta Lind said she supported the retirement age increase.",
    ])}, model)
    found = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert found.get("harbour-party") == "oppose", found


def test_backing_a_vote_or_a_debate_on_a_measure_takes_no_side_on_it(model):
    age = Issue("age", "Retirement age", ["retirement age", "age"])
    _, statements = statements_of([
        "Parliament voted to raise the retirement age to 67.",
        "Opposition leader Tomas Okar said his party would support a referendum on the retirement age.",
        "Union leader Jana Vesela called for a public debate on the retirement age.",
        "Economist Petr Dvorak said he supported the higher retirement age.",
    ], model)
    sides = {"support", "oppose", "mixed"}
    assert not sides & set(stances(statements, age, "Okar")) and not sides & set(stances(statements, age, "Vesela"))
    assert stances(statements, age, "Dvorak") == ["support"]
    # the referendum as the setting of a side taken is another thing: "campaigned for a No vote in the referendum on
    # the retirement age" is against it
    _, statements = statements_of([
        "Parliament voted to raise the retirement age to 67.",
        "Union leader Jana Vesela campaigned for a No vote in the referendum on the retirement age.",
    ], model)
    assert "oppose" in stances(statements, age, "Vesela")


def test_what_a_measure_does_is_judged_by_what_it_acts_on(model):
    # a thing takes no side: fighting corruption or preventing abuse is good, fuelling inequality bad, narrowing
    # it good; people are no worse for a word general English rates ("the poor"), unless named by their wrong
    _, statements = statements_of([
        "Parliament debated the water bill on Tuesday.",
        "Minister Ana Lind said the bill would fight corruption.",
        "Senator Olga Berg said the bill would prevent abuse.",
        "Economist Rui Sato said the bill would fuel inequality.",
        "Mayor Ines Mora said the bill would narrow health inequalities.",
        "Union leader Karl Voss said the bill would punish the poor.",
        "Judge Petra Holm said the bill would protect criminals.",
    ], model)
    said = {(s.actor_name, r.polarity) for s in statements for r in s.readings if r.polarity and r.head == "bill"}
    assert {("Ana Lind", 1), ("Olga Berg", 1), ("Rui Sato", -1), ("Ines Mora", 1), ("Karl Voss", -1),
            ("Petra Holm", -1)} <= said, said
    assert not {("Ana Lind", -1), ("Olga Berg", -1), ("Karl Voss", 1)} & said, said


def test_verbs_that_neither_act_against_nor_help_keep_their_own_word(model):
    # ignoring poverty is bad, resolving a conflict good, provoking violence or worsening security bad: only verbs
    # of acting against or helping are judged by their object
    _, statements = statements_of([
        "Parliament debated the water bill on Tuesday.",
        "Minister Ana Lind said the bill ignores poverty.",
        "Senator Olga Berg said the bill would resolve the conflict.",
        "Economist Rui Sato said the bill would provoke violence.",
        "Mayor Ines Mora said the bill would worsen security.",
    ], model)
    said = {(s.actor_name, r.polarity) for s in statements for r in s.readings if r.polarity and r.head == "bill"}
    assert said == {("Ana Lind", -1), ("Olga Berg", 1), ("Rui Sato", -1), ("Ines Mora", -1)}, said


def test_deterring_is_judged_by_what_is_deterred(model):
    _, statements = statements_of([
        "Parliament debated the cyber bill on Tuesday.",
        "US Ambassador Sung Kim warned that the bill could deter foreign investment.",
        "Minister Ana Lind said the bill would deter crime.",
    ], model)
    said = {(s.actor_name, r.polarity) for s in statements for r in s.readings if r.polarity and r.head == "bill"}
    assert said == {("Sung Kim", -1), ("Ana Lind", 1)}, said


def test_the_proposal_does_not_stand_for_what_a_saying_clause_names(model):
    # "condemned the proposal, saying it would run against the commitment to democracy": the proposal is the
    # referendum plan the story is about, not democracy
    _, statements = statements_of([
        "The ruling party proposed a referendum to extend the president's term until 2020.",
        "The European Union condemned the proposal, saying it would run against the country's commitment to "
        "democracy.",
    ], model)
    guessed = [r for s in statements if "European Union" in s.actor_name for r in s.readings
               if not r.term and r.polarity]
    assert guessed and all("referendum" in r.context for r in guessed), [(r.cue, r.context) for r in guessed]


def test_a_delay_no_stance_judges_against_what_it_delays_is_a_question_of_its_own(model):
    # "we do not want the nomination delayed, we want it withdrawn", "regretted the delay": the delay is named beside
    # the nomination but never judged the other way than it, so whether to wait is its own question, named by what
    # it delays; being against the delay is not being against the nomination
    pieces = {
        "wire": ("Council makes Munteanu nomination for prosecutor general", [
            "The prosecutors' council on Tuesday proposed Ion Munteanu for the post of prosecutor general.",
            "Justice Minister Andrei Ciobanu said he welcomed the nomination.",
            "Socialist MP Ion Rusu said his party opposed the nomination.",
            "Justice Minister Andrei Ciobanu dismissed the idea of a delay.",
        ]),
        "daily": ("Rift over Munteanu nomination", [
            "Rusu told a rally: \"We do not want the nomination delayed. We want it withdrawn.\"",
            "Lawyer Vera Ursu, who chairs the bar council, said she backed the nomination.",
            "Ciobanu said he respected the president's decision but regretted the delay.",
            "Vitalie Lungu of the ruling party said he would support a delay until the vetting was complete.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    delays = [i for i in issues if "delay" in i.keywords]
    nominations = [i for i in issues if "nomination" in i.keywords]
    assert len(delays) == 1 and len(nominations) == 1 and delays != nominations, [(i.label, i.keywords) for i in issues]
    assert delays[0].label == "Delay of the nomination"
    on_delay = stances_by_actor(articles, statements, analyses, issues, delays[0])
    on_nomination = stances_by_actor(articles, statements, analyses, issues, nominations[0])
    assert on_delay["andrei-ciobanu"] == "oppose" and on_delay["vitalie-lungu"] == "support"
    assert on_nomination["andrei-ciobanu"] == "support" and on_nomination["ion-rusu"] == "oppose"


def test_a_person_said_fit_or_unfit_takes_a_side_on_putting_them_in_or_out_of_a_post(model):
    # "Munteanu is well qualified", "Munteanu was unfit for the office": a judgement of the person named, which is a
    # stance on the one question said of that name: for the nomination, against the impeachment
    def issue_and_stances(headline, measure):
        pieces = {
            "wire": (f"Parliament to vote on {headline}", [
                f"Parliament will vote next week on the {measure} of Ion Munteanu as prosecutor general.",
                f"Justice Minister Andrei Ciobanu said he welcomed the {measure} of Mr Munteanu.",
                f"Socialist MP Ion Rusu said his party opposed the {measure}.",
            ]),
            "daily": (f"Rift over {headline}", [
                "Lawyer Vera Ursu, who chairs the bar council, said Munteanu was well qualified.",
                "Opposition deputy Petru Rotaru said Munteanu was unfit for the office.",
                f"Labour leader Dan Popa said the party was right to back the {measure}.",
            ]),
        }
        articles, statements, analyses = corpus_of(pieces, model)
        issues = discover_issues(statements)
        found = [i for i in issues if measure in i.keywords]
        assert len(found) == 1, [(i.label, i.keywords) for i in issues]
        return stances_by_actor(articles, statements, analyses, issues, found[0])

    on_nomination = issue_and_stances("Munteanu nomination", "nomination")
    assert on_nomination["vera-ursu"] == "support" and on_nomination["petru-rotaru"] == "oppose"
    on_impeachment = issue_and_stances("Munteanu impeachment", "impeachment")
    assert on_impeachment["vera-ursu"] == "oppose" and on_impeachment["petru-rotaru"] == "support"


def test_a_story_whose_speakers_are_the_debates_by_surname_or_without_accents_argues_the_debate(model):
    # the analysis names "Kalnins" and "United List", who speak in the reports as "Edgars Kalniņš" and "United
    # List": the same debate told again, so Ozola's vote against the amendments there is a position on them
    pieces = {
        "wire": ("Lawmakers advance amendments for directly elected president", [
            "Parliament on Thursday passed the constitutional amendments at first reading.",
            "Edgars Kalniņš, who drafted the amendments, said they would restore trust in politics.",
            "The United List said it would vote for the amendments at every reading.",
            "The Progressives voted against the amendments, arguing they would weaken parliament.",
        ]),
        "analysis": ("Who should choose the head of state? An old question returns", [
            "Mr Kalnins said the old system had failed the country.",
            "The United List said it wanted a calm debate about the presidency.",
            "Laura Ozola said her party would vote against the amendments at second reading.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    found = [i for i in issues if "amendment" in i.keywords]
    assert len(found) == 1, [(i.label, i.keywords) for i in issues]
    assert "analysis" in found[0].articles
    assert stances_by_actor(articles, statements, analyses, issues, found[0]).get("laura-ozola") == "oppose"


def test_an_actor_who_says_in_one_story_they_changed_their_mind_held_their_stances_in_other_stories_before(model):
    # "the threshold had changed his mind" in the later story: what he says there is his stance now, and his
    # condemnation in the earlier story was before it; someone else's stances in the earlier story stay
    pieces = {
        "budget": ("Budget proposes mobile money levy", [
            "The finance minister proposed a levy on mobile money transfers in the budget.",
            "Marketeers' chairman Joseph Phiri condemned the levy and urged traders to demand cash.",
            "Union leader Mary Banda said the levy would hurt the poorest families.",
        ]),
        "vote": ("Parliament passes mobile money levy", [
            "Parliament passed the levy on Friday after the government raised the threshold.",
            "Joseph Phiri said the new threshold had changed his mind.",
            "\"With this threshold the levy is fair,\" Phiri said.",
            "Mary Banda said the union still opposed the levy.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements)
    found = [i for i in issues if "levy" in i.keywords]
    assert len(found) == 1, [(i.label, i.keywords) for i in issues]
    on_levy = stances_by_actor(articles, statements, analyses, issues, found[0])
    assert on_levy["joseph-phiri"] == "support" and on_levy["mary-banda"] == "oppose"


def test_recommending_a_measure_backs_it_and_not_being_open_for_it_is_against_it(model):
    lease = Issue("lease", "Lithium lease", ["lease", "renegotiation"])
    _, statements = statements_of([
        "Parliament debated the lithium lease on Tuesday.",
        "The General Mining Workers' Union urged the committee to recommend the lease without further delay.",
        "Volta Crest said it was not open for renegotiation.",
        "Councillor Ama Owusu said she recommended the lease be rejected.",
        "Finance Minister Kofi Mensah said the lease was not open to renegotiation.",
    ], model)
    assert stances(statements, lease, "Mining") == ["support"]
    assert [r.polarity for s in statements if "Volta" in s.actor_name for r in s.readings
            if r.term == "renegotiation"] == [-1]
    assert stances(statements, lease, "Owusu") == ["oppose"]
    assert stances(statements, lease, "Mensah") == ["neutral"]  # the lease is not what he is not open to


def test_a_bill_known_by_its_field_is_named_by_the_compound_its_headlines_write_the_field_in(model):
    # the statements argue "the tax bill"; the headlines write "second-home tax", as a story does: "Second-home tax
    # bill"
    pieces = {
        "wire": ("Parliament approves second-home tax bill at second reading", [
            "Parliament approved the bill at second reading on Tuesday.",
            "Finance Minister Ana Perera said the tax would make the system fairer.",
            "Opposition spokesman Kavinda Silva said the tax would punish retired teachers.",
        ]),
        "local": ("Homeowners march against \"second-home tax\"", [
            "The so-called second-home tax would take effect in April.",
            "Local MP Ruwan Dias said he would fight the tax in parliament.",
            "Homeowners' association chair Mala Fernando said the tax was unfair.",
        ]),
        "radio": ("Opposition vows to fight tax bill", [
            "Opposition leader Sajith Gamage said his party would vote against the tax.",
            "Trade unionist Nimal Jaya said the tax would hit pensioners hardest.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements, [" ".join(p) for _, p in pieces.values()])
    labels = [i.label for i in issues if "tax" in i.keywords]
    assert labels == ["Second-home tax bill"], [(i.label, i.keywords) for i in issues]


def test_a_relative_clause_after_a_role_in_apposition_is_said_of_the_person_not_of_what_the_role_is_for(model):
    # the model takes "Aksy" for a person; "who said" still speaks for Sultanov, whom "the deputy for Aksy" describes
    _, statements = statements_of([
        "Parliament ratified the reservoir agreement on Thursday.",
        "Kubanychbek Sultanov, the deputy for Aksy, who said last month that he would not vote for any document "
        "that took away the rights of Aksy people, voted in favour of the agreement.",
    ], model)
    speakers = {s.actor_name for s in statements if "Sultanov" in s.text}
    assert speakers == {"Kubanychbek Sultanov"}, speakers


def test_an_ultimatum_demands_what_it_gives_time_for_and_a_stage_is_when_a_vote_was_cast(model):
    tax = Issue("carbon-tax", "Carbon tax", ["tax", "carbon tax"])
    _, statements = statements_of([
        "The carbon tax bill passed its first reading by 80 votes to 41.",
        "The Farmers' Union has given the government two weeks to withdraw the carbon tax bill.",
        "Opposition leader Marta Ruiz voted against at first reading.",
        "The council gave residents two weeks to object to the carbon tax.",
        "The Greens gave the minister until Friday to scrap the carbon tax.",
    ], model)
    assert stances(statements, tax, "Farmers") == ["oppose"]
    assert stances(statements, tax, "Ruiz") == ["oppose"]
    assert stances(statements, tax, "council") in ([], ["neutral"])  # time to object is a right granted, no demand
    assert stances(statements, tax, "Greens") == ["oppose"]


def test_weight_thrown_behind_a_measure_backs_it_and_one_among_its_critics_opposes_it(model):
    reform = Issue("pension-reform", "Pension reform", ["reform", "pension reform"])
    _, statements = statements_of([
        "The pension reform bill passed its first reading.",
        "Pedro Marín threw his weight behind the pension reform.",
        "Carla Soto is among the reform's fiercest critics.",
        "The rain was among the worst in years, and the bill was behind schedule, said Marco Polo.",
    ], model)
    assert stances(statements, reform, "Marín") == ["support"]
    assert stances(statements, reform, "Soto") == ["oppose"]
    assert stances(statements, reform, "Polo") in ([], ["neutral"])


def test_one_accord_called_a_deal_in_some_stories_and_a_contract_in_others_is_one_concept_named_as_written():
    from briefing.pipeline.positions import _accord_as_written
    assert concept_of("lithium deal") == concept_of("lithium contract") == concept_of("lithium agreement")
    assert concept_of("deal") == concept_of("agreement")
    assert concept_of("lithium deal") != concept_of("gas deal")
    # the label is a phrase the stories write, never one the concept made up
    texts = ["Mozambique doctors call off strike after pay deal with government", "The agreement ends the strike."]
    assert _accord_as_written("Pay agreement", texts) == "Pay deal"
    assert _accord_as_written("Peace agreement", ["The peace agreement was signed."]) == "Peace agreement"
    assert _accord_as_written("Arms agreement", ["two arms dealers were held"]) == "Arms agreement"
    assert concept_of("trade deals") == concept_of("Trade deal") == concept_of("trade agreement")


def test_a_label_the_stories_always_write_after_one_same_word_is_named_whole():
    from briefing.pipeline.positions import _written_whole
    texts = ["The bill bars children from opening social media accounts.",
             "Every social media account would need an age check."]
    assert _written_whole("Media accounts", texts) == "Social media accounts"
    # a word that varies, a determiner or a verb acting on it is no part of the name
    assert _written_whole("Media accounts", texts + ["Their media accounts were closed."]) == "Media accounts"
    assert _written_whole("Phone ban", ["the phone ban", "the phone ban"]) == "Phone ban"
    assert _written_whole("Phone ban", ["would scrap phone ban", "to scrap phone ban"]) == "Phone ban"
    assert _written_whole("Media accounts", ["social media accounts"]) == "Media accounts"  # once is no habit


def test_an_issue_labelled_by_one_word_takes_the_name_its_headlines_give_the_measure():
    from briefing.pipeline.positions import _headline_measure
    titles = ["Analysis: Mauritania's fishmeal ban and the politics of sardinella",
              "National Assembly passes fishmeal ban as deputy breaks ranks",
              "Mauritania moves to ban fishmeal made from edible fish"]
    assert _headline_measure("Fish", {"fish", "use ban"}, titles) == "Fishmeal ban"
    # not for an issue whose concepts hold neither the noun nor the word, nor from one headline, nor on a tie
    assert _headline_measure("Harbour", {"harbour"}, titles) is None
    assert _headline_measure("Fish", {"fish", "use ban"}, titles[1:2]) is None
    assert _headline_measure("Fish", {"fish", "use ban"}, titles + ["Senate passes fishing ban", "New fishing ban"]) is None
    # a body that passes it or a verb acting on it is no name: "Assembly ban", "scrap ban"
    assert _headline_measure("Ban", {"ban"}, ["Assembly ban passes", "Assembly ban fails"]) is None
    # nor how the headlines say it stands: "Controversial bill", "New bill"
    assert _headline_measure("Mining bill", {"mining"}, ["Rift over controversial bill", "Controversial bill splits farmers"],
                             ["the mining bill was debated"]) is None


def test_a_member_for_a_place_named_in_apposition_speaks_and_votes_as_that_person(model):
    levy = Issue("tourism-levy", "Tourism Levy (Amendment) Bill", ["levy", "tourism levy"])
    _, statements = statements_of([
        "The National Assembly passed the Tourism Levy (Amendment) Bill on Monday.",
        "The opposition member for Bartsham-Shongphu, Jigme Norbu, said his party would vote for the Bill.",
        "The member for Lamgong-Wangchang, Yeshey Lhamo, one of the three members who voted against the Bill, "
        "said the cut would reward volume over value.",
    ], model)
    speakers = {s.actor_name for s in statements}
    assert "Jigme Norbu" in speakers and "Yeshey Lhamo" in speakers, speakers
    assert not any("Shongphu" in name or "Wangchang" in name for name in speakers), speakers
    assert [r.polarity for s in statements if s.actor_name == "Yeshey Lhamo" for r in s.readings
            if r.cue == "voted against"] == [-1]


def test_a_clause_after_a_colon_takes_no_negation_from_before_it_and_its_pronoun_is_what_was_named_there(model):
    _, statements = statements_of([
        "The National Assembly approved the new airport budget on Monday.",
        "\"I will not pretend to be neutral about the tourism levy: I am against it,\" said councillor Phuntsho Choden.",
    ], model)
    against = [r for s in statements if s.actor_name == "Phuntsho Choden" for r in s.readings if r.cue == "against"]
    assert [r.polarity for r in against] == [-1]
    assert against[0].context[:1] in (("levy",), ("tourism",)), against[0].context


def test_calling_a_measure_an_agreement_says_what_it_is_and_passes_no_judgement(model):
    _, statements = statements_of([
        "Doctors ended their strike after the government signed a pay deal on Sunday.",
        "Fátima Mabunda, a lawmaker for PODEMOS, called it a cosmetic agreement that buys three weeks of peace.",
        "Anselmo Muianga called the memorandum an agreement for one class, signed behind the backs of the others.",
        "Luis Soto called the deal a disgraceful agreement.",
    ], model)
    judged = {s.actor_name: [r.polarity for r in s.readings if r.polarity] for s in statements}
    assert not judged.get("Fátima Mabunda") and not judged.get("Anselmo Muianga"), judged
    assert judged.get("Luis Soto") == [-1], judged


def test_a_one_word_label_takes_what_a_headline_says_it_is_for():
    from briefing.pipeline.positions import _headline_complement
    titles = ["Minister defends 2027 deadline for electric moto taxis before MPs",
              "Kigali moto-taxi riders ask for more time on electric switch"]
    bodies = ["The electric moto taxis must be on the road by 2027.", "Riders of moto taxis marched."]
    assert _headline_complement("Deadline", titles, bodies) == "Deadline for electric moto taxis"
    # not when the complement's noun is in one story only, nor when headlines give two complements
    assert _headline_complement("Deadline", titles, bodies[:1]) is None
    assert _headline_complement("Deadline", titles + ["A deadline for farmers"], bodies + ["farmers"]) is None
    assert _headline_complement("Deadline for taxis", titles, bodies) is None
    # a date or an amount is no complement that names it
    assert _headline_complement("Ban", ["Ban on Monday: what changes"], ["Monday's ban", "the ban on Monday"]) is None
    assert _headline_complement("Levy", ["Levy of 2% angers traders"], ["a 2% levy", "the levy of 2% traders"]) is None
    # the complement ends where the headline's predicate starts
    bodies = ["A levy on visitors would fund the police.", "Hotels fear the tax on visitors."]
    assert _headline_complement("Tax", ["OPINION | A tax on visitors is a tax on our future"], bodies) == "Tax on visitors"
    assert _headline_complement("Tax", ["Tax on visitors won't pay for police"], bodies) == "Tax on visitors"
    assert _headline_complement("Tax", ["Tax on visitors will hurt tourism"], bodies) == "Tax on visitors"
    # (not a noun a modal is spelt like: "will writing")
    assert _headline_complement("Levy", ["Levy on will writing: what lawyers say"], ["will writing", "a will writing levy"]
                                ) == "Levy on will writing"


def test_a_bill_with_its_year_is_no_person_and_its_reading_no_issue(model):
    _, statements = statements_of([
        "The Sunday Trading (Tourism Zones) Bill 2025 passed its second reading on Tuesday.",
        "Maria Lopez said she supported the Sunday Trading Bill.",
        "Ana Perez said the Sunday Trading Bill was a disgrace.",
    ], model)
    assert not any(s.actor_name.startswith("Bill") for s in statements), [s.actor_name for s in statements]
    assert not any(r.term == "reading" for s in statements for r in s.readings)


def test_in_a_quote_a_stance_dated_before_gives_way_to_the_one_held_now(model):
    bill = Issue("sunday-trading", "Sunday trading bill", ["sunday", "trading", "sunday trading"])
    _, statements = statements_of([
        "Parliament debated the Sunday trading bill on Tuesday.",
        "\"I voted for this bill in October because I was told it was about Apia. I have since sat with my village "
        "council, and I cannot support it,\" Matamua Vasa said.",
    ], model)
    assert stances(statements, bill, "Matamua") == ["oppose"]


def test_the_project_is_no_issue_labelled_with_a_project_only_in_its_complement():
    from briefing.pipeline.positions import Reading, _before_complement, _implicit_issue
    assert list(_before_complement("concession moratorium for the project".split())) == ["concession", "moratorium"]
    assert list(_before_complement("draft resolution".split())) == ["draft", "resolution"]
    # "the project" of a story naming the dam: the dam, not the moratorium labelled "... for the project"
    reading = Reading("", -1, "stop", context=("moratorium", "dam", "river"), head="project", phrase="")
    concepts = [{"concess moratorium", "moratorium"}, {"dam", "kamengrad dam"}]
    labelled = {"Concession moratorium for the project": 0, "Kamengrad dam": 1}
    assert _implicit_issue(reading, concepts, [3, 3], None, (), labelled) == {"dam", "kamengrad dam"}


def test_asking_to_remove_it_is_against_it_and_where_it_is_taken_from_is_no_target(model):
    _, statements = statements_of([
        "The Senate will debate the mobile money levy next week.",
        "Sylvie Ndong Ella asked senators to remove it.",
        "Marie Nze asked senators to withdraw the levy from the finance bill.",
    ], model)
    removed = [r for s in statements if s.actor_name == "Sylvie Ndong Ella" for r in s.readings if r.polarity]
    assert [(r.term, r.polarity) for r in removed] == [("", -1)] and "levy" in removed[0].context[:3], removed
    assert not [r for s in statements if s.actor_name == "Marie Nze" for r in s.readings
                if r.term.startswith("financ") and r.polarity]


def test_a_common_noun_in_lower_case_is_a_term_whatever_entity_the_model_tagged_it(model):
    _, statements = statements_of([
        "Parliament debated the Suva marina project.",
        "Ravinesh Prasad said the association fully backed the marina and cruise terminal.",
    ], model)
    backed = {r.term for s in statements if s.actor_name == "Ravinesh Prasad" for r in s.readings if r.polarity > 0}
    assert "marina" in backed, backed


def test_a_suspension_is_a_delay_a_question_of_its_own(model):
    # suspending, pausing or a moratorium put a thing off, as a delay does: whether to suspend is its own question
    assert concept_of("suspension") == concept_of("suspend") == concept_of("moratorium") == concept_of("delay")
    _, statements = statements_of([
        "The Senate began debating the salmon royalty bill on Tuesday.",
        "Economy Minister Carla Vidal rejected calls for a suspension.",
        "Senator Pedro Lagos said he would support a suspension until the study was complete.",
    ], model)
    on_delay = {s.actor_name: [r.polarity for r in s.readings if r.term and concept_of(r.term) == concept_of("delay")]
                for s in statements}
    assert on_delay.get("Carla Vidal") == [-1] and on_delay.get("Pedro Lagos") == [1], on_delay


@pytest.mark.parametrize("measure, label", [("mining bill", "Mining bill"), ("pipeline project", "Pipeline project"),
                                            ("trade agreement", "Trade agreement"), ("housing plan", "Housing plan"),
                                            ("ban on plastic bags", "Bag ban")])  # (not "Bag ban on bags")
def test_a_measure_always_called_by_its_field_is_an_issue_named_so(model, measure, label):
    # every story writes "the mining bill", never "the bill" alone: the field is what the bill is about, and the
    # bill is the question
    pieces = {
        "wire": (f"Senate debates {measure}", [
            f"The Senate began debating the {measure} on Tuesday.",
            f"Senator Ana Rojas said she backed the {measure}.",
            f"Senator Luis Pino said the {measure} would destroy jobs.",
        ]),
        "daily": (f"Rift over {measure}", [
            f"Farmers leader Jorge Silva said he backed the {measure}.",
            f"Senator Pedro Lagos said the {measure} was a disaster.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements, [" ".join(p) for _, p in pieces.values()])
    assert [i.label for i in issues] == [label], [(i.label, i.keywords) for i in issues]
    sides = stances_by_actor(articles, statements, analyses, issues, issues[0])
    assert sides == {"ana-rojas": "support", "jorge-silva": "support", "luis-pino": "oppose",
                     "pedro-lagos": "oppose"}, sides


@pytest.mark.parametrize("sentence, name, stance", [
    ("Senator Diego Prieto said there was nothing wrong with the mining bill.", "Prieto", "support"),
    ("Senator Celia Nunez said the mining bill deserved support.", "Nunez", "support"),
    ("The mining bill has the support of Senator Pablo Rios.", "Rios", "support"),
    ("The mining bill has won the backing of the Chamber of Mines.", "Chamber of Mines", "support"),
    ("Senator Nora Paz has signed a letter backing the mining bill.", "Paz", "support"),
    ("Mining executive Ivan Rey warned that the mining bill would drive investors away.", "Rey", "oppose"),
    ("Senator Hector Luna said he would not stand in the way of the mining bill.", "Luna", "support"),
    ("Senator Gloria Pardo said the mining bill would create thousands of jobs.", "Pardo", "support"),
    ("Senator Ana Pardo said the mining bill would cost thousands of jobs.", "Pardo", "oppose"),
    ("Senator Teo Marin said it was time to pass the mining bill.", "Marin", "support"),
    ("Opposition to the mining bill is led by Senator Elena Cruz.", "Cruz", "oppose"),
    ("Senator Mario Ruiz said critics of the mining bill were wrong.", "Ruiz", "support"),
    ("Senator Nina Lopez said supporters of the mining bill were naive.", "Lopez", "oppose"),
    ("Senator Jorge Silva said he was not convinced by the mining bill.", "Silva", "oppose"),
    ("Senator Felix Roca said nobody could seriously object to the mining bill.", "Roca", "support"),
    ("A spokesman for Senator Juan Soto said the senator would vote against the mining bill.", "Soto", "oppose"),
    ("Senator Rita Campos urged her colleagues to get behind the mining bill.", "Campos", "support"),
    ("Mining union leader Aida Ferrer said the mining bill \"sells out\" miners.", "Ferrer", "oppose"),
    ("The mining bill is backed by Senator Lia Ruiz and opposed by Senator Blas Ortega.", "Ortega", "oppose"),
    ("The mining bill is backed by Senator Lia Ruiz and opposed by Senator Blas Ortega.", "Ruiz", "support"),
    ("Senator Tomas Vera spoke for two hours against the mining bill.", "Vera", "oppose"),
    ("Senator Tomas Hudec said the mining bill was a gift to foreign firms dressed up as reform.", "Hudec", "oppose"),
    ("Mayor Ana Lopez said the mining bill was a plan disguised as reform.", "Lopez", "oppose"),
    ("Senator Raul Soto said nobody in the Senate could seriously object to the mining bill.", "Soto", "support"),
    ("Senator Eva Soto said the mining bill would bring large numbers of deaths.", "Eva Soto", "oppose"),
    ("According to Senator Ana Pena, the mining bill would destroy jobs.", "Pena", "oppose"),
    ("According to the ministry's own figures, the mining bill would destroy jobs.", "ministry", None),
])
def test_common_ways_of_taking_a_side_on_a_bill(model, sentence, name, stance):
    bill = Issue("mining-bill", "Mining bill", ["mining", "mining bill"])
    _, statements = statements_of(["The mining bill would raise royalties on copper exports.", sentence], model)
    assert stances(statements, bill, name) == ([stance] if stance else [])


def test_no_side_from_what_nobody_knows_from_amending_a_bill_or_from_passing_a_letter_on(model):
    bill = Issue("mining-bill", "Mining bill", ["mining", "mining bill"])
    _, statements = statements_of([
        "The mining bill would raise royalties on copper exports.",
        "Senator Ana Mora said nobody knows what the mining bill will cost.",
        "Senator Elena Cruz has tabled 40 amendments to the mining bill.",
        "The Daily Courier published a letter opposing the mining bill.",
        "Senator Luis Ortiz said the mining bill would cost thousands of pesos.",
        "Senator Bo Lopez, the bill's sponsor, admitted that nobody in the opposition supported the mining bill.",
    ], model)
    for name in ("Mora", "Cruz", "Courier", "Ortiz"):
        assert stances(statements, bill, name) in ([], ["neutral"]), name
    assert stances(statements, bill, "Lopez") != ["oppose"]


def test_in_a_quote_a_stance_dated_before_on_another_thing_stays(model):
    _, statements = statements_of([
        "Parliament debated the mining bill and the fuel levy on Tuesday.",
        "\"I voted for the fuel levy in March. I cannot support the mining bill,\" said Senator Ana Vega.",
    ], model)
    signs = {(r.term, r.polarity) for s in statements if s.actor_name == "Ana Vega" for r in s.readings if r.polarity}
    assert ("levy", 1) in signs and ("mining", -1) in signs, signs


def test_putting_a_debate_off_argued_only_by_verbs_is_a_question_of_its_own(model):
    # "moved that the vote be deferred", "called on the House to defer the vote": no one writes "a deferral", and only
    # those who ask for it are quoted; still, whether to wait is a question beside the nomination
    pieces = {
        "wire": ("House approves Mohammed nomination", [
            "The House of Representatives approved the nomination of Curtis Mohammed as police commissioner.",
            "Prime Minister Ravi Seepersad said the nomination was the right choice for the country.",
            "Opposition whip Marlon Greaves moved that the vote be deferred until the merit list was published.",
        ]),
        "analysis": ("Row over Mohammed nomination", [
            "The Law Association has called on the House to defer the vote until the merit list is published.",
            "Opposition leader Kamla Singh said the nomination was a disgrace.",
            "Chamber president Nicole Marchand said she backed the nomination.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements, [" ".join(p) for _, p in pieces.values()])
    delays = [i for i in issues if i.label.lower().startswith(("deferral", "deferment", "delay"))]
    assert len(delays) == 1, [(i.label, i.keywords) for i in issues]
    on_delay = stances_by_actor(articles, statements, analyses, issues, delays[0])
    assert on_delay.get("marlon-greaves") == "support", on_delay
    # (and deferring the vote is no support for what it would approve now)
    nominations = [i for i in issues if "nomination" in i.keywords]
    on_nomination = stances_by_actor(articles, statements, analyses, issues, nominations[0])
    assert on_nomination.get("marlon-greaves") != "support", on_nomination


def test_what_someone_need_not_have_done_is_the_writers_hindsight(model):
    _, statements = statements_of([
        "The lithium contract came before the Chamber of Deputies on Tuesday.",
        "Minister Marcelo Quisbert watched from the gallery, counting the votes.",
        "He need not have worried.",
    ], model)
    assert not [r for s in statements for r in s.readings if r.polarity and "worried" in r.cue]


def test_a_later_he_is_the_person_named_in_apposition_to_a_role_the_parser_made_the_root(model):
    _, statements = statements_of([
        "The lithium contract came before the Chamber of Deputies on Tuesday.",
        "Union leader Edwin Copa said the contract was theft.",
        "The hydrocarbons minister, Marcelo Quisbert, watched from the gallery.",
        "He said the contract was the best offer in fifteen years.",
    ], model)
    speakers = [s.actor_name for s in statements if s.text.startswith("He said")]
    assert speakers == ["Marcelo Quisbert"], speakers


def test_a_coordinated_passive_governs_the_shared_subject_not_what_its_complements_speak_of(model):
    _, statements = statements_of([
        "The mining bill would raise royalties on copper exports.",
        "A delay of the mining bill was sought by the Greens and opposed by Senator Ana Rey.",
        "\"I voted for the mining bill in October. I cannot support it now,\" said Senator Ana Vega.",
        "Senator Bo Paz said the mining bill was a subsidy dressed up as a tax cut.",
    ], model)
    rey = {(r.term, r.polarity) for s in statements if s.actor_name == "Ana Rey" for r in s.readings if r.polarity}
    assert ("mining", -1) not in rey and ("delay", -1) in rey, rey
    vega = {r.polarity for s in statements if s.actor_name == "Ana Vega" for r in s.readings if r.polarity}
    assert vega == {-1}, vega  # what she holds now, not the vote in October
    assert not [r for s in statements for r in s.readings if r.term == "tax cut" and r.polarity]


def test_a_capitalised_bill_is_no_person_and_he_after_a_name_the_parser_misread_is_that_name(model):
    # parliamentary reporting writes "the Bill"; the model knows Bill as a given name. "Tshering" is parsed as a
    # verb, so the sentence has no nominal subject: "He" is still the one it names
    _, statements = statements_of([
        "The clause was proposed by Tshering Penjor, a council member from the central district of Bumthang.",
        "Yeshi Dorji, the planning chief, said arrivals had risen.",
        "Tshering Penjor, the National Council member from Bumthang, is the Bill's most outspoken critic in "
        "Parliament. He said he would vote against it.",
    ], model)
    critic = [r.polarity for s in statements if s.actor_name == "Tshering Penjor" and "critic" in s.text
              for r in s.readings if r.polarity]
    assert critic == [-1], [(s.actor_name, s.text, s.readings) for s in statements]
    speakers = [s.actor_name for s in statements if s.text.startswith("He said")]
    assert speakers == ["Tshering Penjor"], speakers


def test_a_cut_of_a_fee_named_by_its_acronym_is_the_cut_of_the_fee_framed_both_ways(model):
    # "cutting the SDF", "the fee reduction" and defending the fee are one question: the cut, the fee against it
    pieces = {
        "a": ("Assembly passes fee cut", [
            "The National Assembly passed a bill that will reduce the Sustainable Development Fee (SDF) paid by "
            "visitors from USD 100 to USD 60.",
            "Karma Dema, who chairs the tour operators' association, welcomed the fee reduction.",
            "Opposition member Sonam Tobgay said the fee reduction was reckless.",
        ]),
        "b": ("Lower fee, same brand? The questions behind the SDF cut", [
            "Pema Lhamo, a former tourism official, said cutting the SDF was the wrong way to help hotels.",
            "Hotelier Ugyen Dorji said the association backed the SDF cut.",
            "Former minister Kinley Wangmo said she had spent her career defending the fee.",
        ]),
    }
    _, found = the_one_issue(pieces, model, lambda keywords: "sdf" in keywords or "fee" in keywords, bodies=True)
    assert found.get("karma-dema") == "support" and found.get("sonam-tobgay") == "oppose", found
    assert found.get("pema-lhamo") == "oppose" and found.get("kinley-wangmo") == "oppose", found


def test_a_titled_bill_and_the_policy_the_corpus_says_it_is_are_one_question(model):
    # "the Customs Duty (Amendment) Bill, which cuts the alcohol levy": stances on "the Bill", on "the levy cut" and on
    # "the amendment" are stances on one measure, named by its title
    pieces = {
        "a": ("Parliament approves alcohol levy cut", [
            "Parliament on Tuesday passed the Customs Duty (Amendment) Bill, which cuts the alcohol levy from 55 "
            "percent to 35 percent.",
            "Opposition MP Dumelang Saleshando voted against the Bill.",
            "Trade minister Kagiso Mothibi said the levy cut would save jobs.",
        ]),
        "b": ("Alcohol levy cut: jobs or lives?", [
            "Pastor Boitumelo Molefe said the levy cut was a betrayal of families.",
            "Neo Kgosi, a brewer, said his company welcomed the Bill.",
            "The hospitality union also backed the amendment, its leader Mpho Tau said.",
            "Doctor Lesego Sebina said the levy cut was reckless.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements, [article.body for article in articles])
    found = [i for i in issues if "levy" in " ".join(i.keywords)]
    assert len(found) == 1 and found[0].label == "Customs Duty (Amendment) Bill", [(i.label, i.keywords) for i in issues]
    assert not [i for i in issues if i.label == "Amendment"], [i.label for i in issues]
    on = stances_by_actor(articles, statements, analyses, issues, found[0])
    assert on.get("dumelang-saleshando") == "oppose" and on.get("kagiso-mothibi") == "support", on
    assert on.get("neo-kgosi") == "support" and on.get("boitumelo-molefe") == "oppose", on


def test_one_ban_labelled_with_and_without_what_it_bans_is_one_question(model):
    # "the log ban" of the headlines and "the log export ban": one ban, named by the fuller label
    pieces = {
        "a": ("Parliament passes log export ban", [
            "Forest minister Peter Tamarua said the log export ban would create jobs in local mills.",
            "The industry association's chairman, Kenneth Lau, said the log export ban would ruin rural communities.",
            "Opposition spokesman Simon Kuman said the log export ban was reckless.",
        ]),
        "b": ("Landowners welcome log ban, but fear for royalties", [
            "Landowner leader Grace Kuman said the ban was long overdue.",
            "Raymond Pokia, a government backbencher, said the ban was a mistake.",
            "Lawyer Eunice Yalo said she supported the ban.",
        ]),
        "c": ("Log ban: what happens next", [
            "Mill owner Tom Wari said the log ban would help his business.",
            "Economist Ruth Kila said the log ban would cost the state millions.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    issues = discover_issues(statements, [article.body for article in articles])
    bans = [i for i in issues if i.label.lower().endswith("ban")]
    assert len(bans) == 1, [(i.label, i.keywords) for i in issues]
    on = stances_by_actor(articles, statements, analyses, issues, bans[0])
    assert on.get("eunice-yalo") == "support" and on.get("raymond-pokia") == "oppose", on
    assert on.get("peter-tamarua") == "support" and on.get("kenneth-lau") == "oppose", on


def test_all_of_a_partys_members_act_for_it_and_two_of_them_do_not(model):
    _, statements = statements_of([
        "Parliament on Thursday voted on the mining bill.",
        "All of the Green Party's MPs voted for the mining bill.",
        "Two of the Labour Party's MPs voted against the mining bill.",
    ], model)
    speakers = {s.actor_name for s in statements if any(r.polarity for r in s.readings)}
    assert "Green Party" in speakers and "Labour Party" not in speakers, speakers
    # ("Most of the time" is no part of the members)
    _, statements = statements_of([
        "Parliament on Thursday voted on the mining bill.",
        "Most of the time, Labour Party MPs voted against the mining bill.",
    ], model)
    assert any(s.actor_name == "Labour Party" and any(r.polarity for r in s.readings) for s in statements), \
        [(s.actor_name, s.text) for s in statements]


def test_the_candidate_and_her_election_are_one_question_named_by_whom_it_places(model):
    # "the election of Vesna Radulović", "the candidate", "Radulović's election": one nomination, named by the person
    pieces = {
        "a": ("Parliament elects Radulović as chief prosecutor", [
            "Parliament on Thursday elected Vesna Radulović as chief prosecutor.",
            "All of the Europe Now Movement's MPs voted in favour of Radulović's election.",
            "The anti-corruption group MANS said the candidate had failed the most basic test of integrity.",
        ]),
        "b": ("Who is Vesna Radulović?", [
            "Vesna Radulović promised to open every drawer of the prosecution service.",
            "Law professor Zoran Stojanović said he supported the election of Vesna Radulović.",
            "Jovana Lakić said she was the best candidate the country had had in a decade.",
        ]),
    }
    placing, on = the_one_issue(pieces, model, lambda keywords: "election" in keywords, bodies=True)
    assert "candidate" in placing.keywords, placing
    assert placing.label == "Election of Vesna Radulović", placing
    assert on.get("zoran-stojanovic") == "support" and on.get("mans") == "oppose", on


def test_pushing_a_date_back_and_putting_off_a_vote_are_delays_and_pushing_back_against_is_not(model):
    _, statements = statements_of([
        "The mining bill would take effect in 2028.",
        "Senator Bo Paz said the request to push the start date back should be rejected.",
        "Senator Al Fox wants to put off the vote.",
        "Senator Li Wu pushed back against the bill.",
    ], model)
    delays = {(s.actor_name, r.polarity) for s in statements for r in s.readings
              if r.polarity and concept_of(r.term) == "delay"}
    assert delays == {("Bo Paz", -1), ("Al Fox", 1)}, delays
    # what is pushed back is put off, as what is postponed is; the verb is no "pushback" argued about
    taken = stances_taken(["The levy would start in 2027.", "Senator Ed Ray wants to push back the launch of the levy."],
                          model)
    assert ("Ed Ray", "levy", -1) in taken and not [t for t in taken if t[1] in ("pushback", "push")], taken


def test_a_measure_named_with_a_number_keeps_it_and_the_bill_an_article_names_so_is_it(model):
    # "the 40-hour bill": the number is the name ("Hour bill" says nothing); "the bill" of a story that calls it
    # "the 40-hour week bill" is that bill
    pieces = {
        "a": ("Deputies approve 40-hour week bill", [
            "The Chamber of Deputies approved the 40-hour week bill on Wednesday.",
            "All 48 Frente Amplio deputies voted in favour of the bill.",
            "Business chamber president Alejandro Scasso called the bill a mistake.",
        ]),
        "b": ("Firms count the hours as 40-hour law nears", [
            "Senator Rodrigo Iturralde said he would vote against the bill.",
            "Union leader Graciela Ferreira said the bill was long overdue.",
            "Shop owner Ana Suarez said the 40-hour bill would ruin her.",
        ]),
    }
    bill, on = the_one_issue(pieces, model, lambda keywords: "bill" in keywords, bodies=True)
    assert bill.label.startswith("40-hour"), bill
    assert on.get("frente-amplio") == "support" and on.get("rodrigo-iturralde") == "oppose", on


def test_no_appetite_little_patience_and_could_live_with_take_sides(model):
    taken = stances_taken([
        "The mining bill would raise royalties.",
        "Senator Ana Rey said she had no patience for the mining bill.",
        "Senator Bo Paz said he had no appetite for the mining bill.",
        "Senator Ed Ray said he had little tolerance for the mining bill.",
        "Senator Li Wu said she could live with the mining bill.",
    ], model)
    assert {("Ana Rey", "mining", -1), ("Bo Paz", "mining", -1), ("Ed Ray", "mining", -1),
            ("Li Wu", "mining", 1)} <= taken, taken
    # ("a little enthusiasm" is some)
    assert ("Jo Kim", "mining", 1) in stances_taken([
        "The mining bill would raise royalties.",
        "Senator Jo Kim said there was a little enthusiasm for the mining bill.",
    ], model)


def test_voting_for_a_nominee_by_name_is_a_stance_on_the_one_nomination_named_after_them(model):
    # "the nominee", "the nomination" said of no name, and "will not vote for Mr Bonilla Cáceres": one question,
    # the nomination of the person the stories name
    pieces = {
        "a": ("Ruling party backs Bonilla Cáceres for attorney general", [
            "The ruling party on Monday nominated former judge Héctor Bonilla Cáceres for attorney general.",
            "The opposition National Party immediately rejected the nomination.",
            "Party leader Marcela Rivera said the nominee was the most qualified name on the list.",
        ]),
        "b": ("Watchdog presses Congress over Bonilla Cáceres", [
            "The National Party has said it will not vote for Mr Bonilla Cáceres.",
            "Lawyer Fernanda Rosales said the nominee was unfit for the post.",
            "Deputy Óscar Ferrera said he would vote for Bonilla Cáceres.",
        ]),
    }
    placing, on = the_one_issue(pieces, model, lambda keywords: "nomination" in keywords or "nominee" in keywords,
                                bodies=True)
    assert placing.label == "Nomination of Héctor Bonilla Cáceres", placing
    assert on.get("national-party") == "oppose" and on.get("oscar-ferrera") == "support", on


def test_a_heading_without_a_full_stop_does_not_swallow_the_paragraph_under_it(model):
    # the parser may run "The amendment" and the paragraph under it into one sentence, which starts in a heading
    article = Article(id="story", source="story.txt", title="The fight over 40 hours", headings=[1], paragraphs=[
        "The Senate will vote on the 40-hour bill in December.",
        "The amendment",
        "Senator Rodrigo Iturralde last week tabled an amendment that would give small companies five years.",
    ])
    doc, analysis = analyse(article, model)
    statements = extract_statements(article, doc, analysis)
    assert any(s.actor_name == "Rodrigo Iturralde" and any(r.polarity > 0 and r.term == "amendment" for r in s.readings)
               for s in statements), [(s.actor_name, s.text) for s in statements]


def test_what_a_relative_clause_does_to_the_noun_it_hangs_on_is_a_stance_on_that_noun(model):
    _, statements = statements_of([
        "The mining bill would raise royalties.",
        "Farmers hate the transition that Senator Ana Rey is proposing.",
        "The levy, which Senator Bo Paz opposes, was passed.",
    ], model)
    first = {s.actor_name: next((r.context[0] for r in s.readings if not r.term and r.polarity and r.context), None)
             for s in statements}
    assert first.get("Ana Rey") == "transition" and first.get("Bo Paz") == "levy", first


def test_an_issue_joining_two_words_is_named_by_the_compound_the_stories_keep_writing(model):
    # stances on "the banks" (said most) and "the levy" join; the stories call it "the bank levy" again and again:
    # so does the label, not "Bank on profits" (the complement of "the levy on bank profits")
    from briefing.pipeline.positions import _ConceptTally, _anchor_maps, _issue_label, _tally_concepts, concept_of
    _, statements = statements_of([
        "Minister Rūta Kazlauskienė said the banks should pay because the banks had profited most.",
        "Tomas Petrauskas said the banks would leave and the banks would cut lending.",
        "Inga Ruginienė said the banks could afford it and that the banks had never had it so good.",
        "Union leader Inga Ruginienė said the bank levy was right.",
        "Marius Dambrauskas said the bank levy was populist.",
        "Ieva Šimkutė said she supported the bank levy.",
        "Vidas Jonaitis said the levy on bank profits was a mistake.",
        "Asta Bite said the levy on bank profits would cost jobs.",
    ], model)
    anchored, everywhere = _anchor_maps(statements)
    tallies = _tally_concepts(statements, {}, anchored, everywhere)
    merged = _ConceptTally()
    for concept in (concept_of("bank"), concept_of("levy")):
        merged.absorb(tallies[concept])
    label = _issue_label(merged, {concept_of("bank"), concept_of("levy")})
    assert label == "Bank levy", label


def test_vote_for_a_person_to_become_is_a_side_on_them(model):
    # "vote for X to become Y": the parser makes "for" the mark of a clause whose subject is the person
    _, statements = statements_of([
        "The Libre party said it would vote for former judge Héctor Bonilla Cáceres to become attorney general.",
        "Deputy Karla Bonilla said she would vote for the levy to be scrapped.",
    ], model)
    on_person = {(s.actor_name, r.term, r.polarity, r.person) for s in statements for r in s.readings if r.polarity}
    assert any(term == "cáceres" and polarity == 1 and person for _, term, polarity, person in on_person), on_person
    assert ("Karla Bonilla", "levy", -1, False) in on_person, on_person


def test_a_finite_verb_the_parser_hung_on_a_subject_with_a_name_in_apposition_is_the_sentence_verb(model):
    doc = model("Its president, Mario Alberto Núñez, instead called on Congress to postpone the vote.")
    called = next(t for t in doc if t.text == "called")
    assert called.dep_ == "ROOT" and doc[1].head.i == called.i and doc[1].dep_ == "nsubj", \
        [(t.text, t.dep_, t.head.text) for t in doc]
    # (a noun with a participle after it stays as it is: "a man called Smith")
    doc = model("A man called Smith.")
    assert doc[1].dep_ == "ROOT", [(t.text, t.dep_, t.head.text) for t in doc]
    _, statements = statements_of([
        "The business council kept quiet. Its president, Mario Alberto Núñez, instead called on Congress to "
        "postpone the vote until all candidates had faced hearings.",
    ], model)
    assert any(s.actor_name == "Mario Alberto Núñez" and any(r.term == "postpone" and r.polarity > 0 for r in s.readings)
               for s in statements), [(s.actor_name, s.text) for s in statements]


def test_a_clause_opened_by_nor_is_denied_and_who_holds_a_call_is_not_its_object(model):
    taken = stances_taken([
        "The levy would raise money.",
        "Ana Ruiz wrote: \"Nor am I persuaded by the business federation's call for a pause. Nor do I "
        "support the levy.\"",
        "Senator Bo Paz said the union would back neither the levy nor the ban.",
    ], model)
    assert {("Ana Ruiz", "pause", -1), ("Ana Ruiz", "levy", -1), ("Bo Paz", "levy", -1)} <= taken, taken
    assert not {t for t in taken if t[0] == "Ana Ruiz" and t[1] in ("federation", "business")}, taken


def test_there_will_be_no_delay_declares_against_it_and_there_must_be_an_inquiry_for_it(model):
    taken = stances_taken([
        "The Speaker, Rolando Amador, said there would be no postponement and that the vote would go ahead.",
        "Senator Ana Ruiz said there must be a public inquiry into the deal.",
        "Senator Bo Paz said there was no inquiry.",
        "\"I think there'll be a temporary reduction in tensions,\" said analyst Li Wu.",
    ], model)
    assert {("Rolando Amador", "postponement", -1), ("Ana Ruiz", "inquiry", 1)} <= taken, taken
    # (what there was: a fact told; what there will be: a forecast)
    assert not {t for t in taken if t[0] in ("Bo Paz", "Li Wu")}, taken


def test_the_bill_argued_in_stories_that_speak_of_what_a_title_names_is_that_titled_measure(model):
    from briefing.pipeline.positions import _article_words, _fold_into_measures
    bodies = {
        "vote": "The bill, formally the Solidarity Contribution for Tourist Security Law, passed 34-20.",
        "town": "Tourist numbers have doubled in the town, and so have the thefts; police ask for security patrols. "
                "The mayor backs the bill.",
        "farm": "Farmers want cheaper diesel and new irrigation channels. The senator backs the bill.",
    }
    statements = []
    for article_id, body in bodies.items():
        _, found = statements_of([body], model, article_id=article_id)
        statements += found
    words = _article_words(statements, [statements_of([b], model)[0].body for b in bodies.values()])
    law = Issue("law", "Solidarity Contribution for Tourist Security Law", ["solidarity", "contribution", "law"], [],
                ["vote"])
    for articles, joined in ((["town"], True), (["town", "farm"], False)):
        bill = Issue("bill", "Bill", ["bill"], [], articles)
        folded = _fold_into_measures([law, bill], lambda: words)
        # ("the bill" of a story that speaks of tourists and security is that law; with a farm story, not only it)
        assert ([i.label for i in folded] == [law.label]) == joined, folded
        assert joined == ("bill" in folded[0].keywords), folded


def test_voted_as_one_for_the_bill_takes_the_side_the_preposition_says(model):
    taken = stances_taken([
        "The levy bill went to a vote on Tuesday.",
        "The Mongolian People's Party voted as one for the levy.",
        "The Greens voted as a bloc against the levy.",
    ], model)
    assert {("Mongolian People's Party", "levy", 1), ("Greens", "levy", -1)} <= taken, taken


def test_a_titled_measure_an_article_says_charges_a_fee_is_the_fee_argued_elsewhere(model):
    pieces = {
        "law": ("Herders fear the pasture law", [
            "The draft Law on Pastureland, which passed its first reading last week, would charge households with "
            "large herds a modest annual fee.",
            "Lawmaker Chimeddorjiin Batbold said he opposed the Law on Pastureland.",
            "Minister Dashzevegiin Solongo said the Khural should pass the Law on Pastureland.",
        ]),
        "fee": ("Governor says fee would punish herders", [
            "Governor D. Tömörbaatar said he opposed the pasture fee.",
            "The Green Steppe Coalition said it supported the pasture fee.",
            "The Cashmere Council said it supported the pasture fee.",
        ]),
    }
    law, on = the_one_issue(pieces, model, lambda keywords: "fee" in keywords or "pastureland" in keywords, bodies=True)
    assert law.label == "Law on Pastureland", law
    assert on.get("green-steppe-coalition") == "support" and on.get("chimeddorjiin-batbold") == "oppose", on


def test_wanting_a_thing_postponed_is_against_it_now_and_the_question_is_named_by_the_postponement(model):
    taken = stances_taken([
        "The reform has a voluntary stage and a mandatory stage.",
        "The Congress of Local Authorities wants the mandatory stage postponed until 2031.",
        "The Farmers' Federation wants the levy suspended.",
    ], model)
    assert {("Congress of Local Authorities", "stage", -1), ("Farmers' Federation", "levy", -1)} <= taken, taken
    pieces = {
        "a": ("Mayors want the mandatory stage postponed", [
            "The Congress of Local Authorities wants the mandatory stage postponed until 2031.",
            "Mayor Ion Rusu said he wanted the mandatory stage postponed.",
            "Minister Andrian Ciubotaru said the mandatory stage would not be dropped and would go ahead in 2028.",
        ]),
        "b": ("Mandatory stage splits the mayors", [
            "Mayor Ana Popa said she wanted the mandatory stage postponed until the grants arrive.",
            "Minister Andrian Ciubotaru said he backed the mandatory stage.",
        ]),
    }
    staged, on = the_one_issue(pieces, model, lambda keywords: "stage" in keywords, bodies=True)
    # (framed both ways, the question is the postponement, and the label says so: "Postponement of the stage")
    assert staged.label.startswith("Postponement of the"), staged
    assert on.get("ana-popa") == "support" and on.get("andrian-ciubotaru") == "oppose", on


def test_he_is_still_the_main_subject_of_the_sentence_before_not_a_name_inside_what_he_said(model):
    _, statements = statements_of([
        "Minister Edem Amenyo defended the salt agreement in parliament.",
        "He said Marbrine had committed to invest $300 million. He rejected calls for the vote to be postponed.",
    ], model)
    rejecting = [s.actor_name for s in statements if "rejected calls" in s.text]
    assert rejecting and set(rejecting) == {"Edem Amenyo"}, [(s.actor_name, s.text) for s in statements]


def test_referring_a_measure_back_to_committee_puts_it_off(model):
    taken = stances_taken([
        "The salt agreement went to a vote on Tuesday.",
        "Kofi Asante-Bekoe asked the Speaker to refer the agreement back to committee.",
        "Ama Mensah then moved that the agreement be referred back to the committee.",
        "Minister Yaw Boateng said the patients would be referred back to their doctors.",
        "Analyst Li Wu said the amendment, if approved, would send the bill back to the lower house.",
    ], model)
    assert {("Kofi Asante-Bekoe", "postpone", 1), ("Ama Mensah", "postpone", 1)} <= taken, taken
    # (people referred back are not put off; what a measure would do, if approved, is no one's stance)
    assert not {t for t in taken if t[0] in ("Yaw Boateng", "Li Wu")}, taken


def test_an_order_in_the_imperative_and_what_cannot_be_done_are_stances_on_the_act(model):
    taken = stances_taken([
        "The salt agreement has not been published.",
        "Minister Edem Amenyo says the full text cannot be published because of commercial confidentiality.",
        "Columnist Abena Owusu wrote: \"Publish the full agreement, with all its schedules.\"",
        "Analyst Kofi Badu wrote: \"Start with the bank levy, the part that the unions seem to like.\"",
    ], model)
    assert {("Edem Amenyo", "publish", -1), ("Abena Owusu", "publish", 1)} <= taken, taken
    # (an aside in the imperative orders nothing, and the order is on the act, not on every word under it)
    assert not {t for t in taken if t[0] == "Kofi Badu" and t[1] in ("levy", "bank", "start")}, taken
    assert not {t for t in taken if t[0] == "Abena Owusu" and t[1] == "schedule"}, taken


def test_one_agreement_labelled_by_two_of_its_nouns_is_one_issue():
    from briefing.pipeline.positions import _join_agreement_labels
    contract = Issue("lithium-contract", "Lithium contract", ["contract"], [], ["a", "b"])
    deal = Issue("lithium-deal", "Lithium deal", ["lithium"], [], ["b", "c"])
    gas = Issue("gas-deal", "Gas deal", ["gas"], [], ["d"])
    royalty = Issue("royalty", "Royalty", ["royalty"], [], ["a"])
    joined = _join_agreement_labels([contract, royalty, deal, gas])
    assert [i.label for i in joined] == ["Lithium contract", "Royalty", "Gas deal"], joined
    assert joined[0].keywords == ["contract", "lithium"] and joined[0].articles == ["a", "b", "c"], joined[0]


def test_the_bill_in_a_story_that_names_nothing_argued_is_the_bill_the_other_stories_argue():
    from briefing.pipeline.positions import Reading, Statement, _implicit_issue, _usual_referents
    levy, limit = {"fuel", "ban"}, {"age limit", "limit"}  # (two measures: neither is the corpus's only one)
    concepts = [levy, limit]

    def said(article, context):
        reading = Reading("", 1, "support", context=context, head="bill", phrase="bill", word="bill")
        return Statement(article, "Someone", "I support the bill.", 0, 19, 0, readings=[reading])

    # three stories name the age limit before "the bill", one the fuel levy; a fifth names nothing argued
    statements = [said("a", ("age limit",)), said("b", ("limit",)), said("c", ("age limit",)),
                  said("d", ("fuel",)), said("e", ("flaw", "deputy"))]
    usual = _usual_referents(statements, concepts, [2, 2], [set(), set()], {})
    assert usual == {"bill": 1}, usual
    nameless = statements[-1].readings[0]
    assert _implicit_issue(nameless, concepts, [2, 2], None, [set(), set()], {}) is None
    assert _implicit_issue(nameless, concepts, [2, 2], None, [set(), set()], {}, usual) == limit
    # (with no two thirds agreeing, no usual referent)
    assert _usual_referents(statements[:2] + statements[3:4], concepts, [2, 2], [set(), set()], {}) == {}


def test_a_group_that_will_not_accept_something_holds_the_attitude_and_is_not_its_object(model):
    taken = stances_taken([
        "The five-year phase-in would delay the 40-hour week.",
        "Washington Pereyra said the unions would not accept the phase-in.",
        "Ana Ruiz said the law would not protect workers.",
    ], model)
    assert ("Washington Pereyra", "phasein", -1) in taken or ("Washington Pereyra", "phase", -1) in taken, taken
    assert not {t for t in taken if t[0] == "Washington Pereyra" and t[1] == "union"}, taken


def test_an_amendment_and_a_transition_of_the_same_length_are_said_to_be_one(model):
    from briefing.pipeline.positions import _numbered
    doc = model("Senator Rodrigo Iturralde tabled an amendment that would give small companies five years, instead of "
                "two, to adapt. Ferreira said a five-year transition would leave workers waiting. The 40-hour week "
                "starts in 2026, and the three-year plan is unchanged.")
    # (the 40-hour week and the three-year plan have no length an amendment is given)
    assert _numbered(doc) == (("amendment", "transition"),), _numbered(doc)


def test_what_a_fact_inference_or_procedure_says_is_no_stance(model):
    taken = stances_taken([
        "The audit of the salt agreement has started.",
        "Minister Edem Amenyo said the figures cannot be published until the audit is complete.",
        "Senator Ana Rey said there must have been a leak.",
        "Senator Bo Paz said the protesters were pushed back by riot police.",
        "Senator Li Wu said she found the border closed.",
    ], model)
    assert not {t for t in taken if t[1] in ("publish", "leak", "postpone", "border")}, taken


def test_the_bill_of_a_story_is_the_draft_law_the_other_stories_title(model):
    # a bill is passed into a law: "voted for the bill" in a story that never writes the title, and names an
    # amendment nearer, is a stance on the "Law on Water Resources" the other stories name
    pieces = {
        "titled": ("Lawmakers debate Law on Water Resources", [
            "Parliament on Monday debated the draft Law on Water Resources, which would charge farms for every well.",
            "Water minister Elena Varga defended the Law on Water Resources.",
            "Opposition leader Tomas Brenner criticised the Law on Water Resources.",
            "The Karvia Farmers Union opposed the Law on Water Resources.",
        ]),
        "sketch": ("Sketch: a long afternoon in the chamber", [
            "The afternoon began with speeches about horses, cities and the weather.",
            "Deputy Ana Petrova then tabled an amendment to exempt small farms, and it failed by ten votes.",
            "The Green Party voted as one for the bill.",
            "Deputy Mark Olsen voted against the bill after an hour of speeches.",
        ]),
    }
    articles, statements, analyses = corpus_of(pieces, model)
    law = Issue("law-on-water-resources", "Law on Water Resources", ["water", "resources"], [], ["sketch", "titled"])
    found = stances_by_actor(articles, statements, analyses, [law], law)
    assert found.get("tomas-brenner") == "oppose", found
    assert found.get("green-party") == "support" and found.get("mark-olsen") == "oppose", found
    # and "the law" of a story is the "Freedom of Information Bill" others name, titled by its last word
    bill = Issue("freedom-of-information-bill", "Freedom of Information Bill", ["freedom", "information"], [],
                 ["sketch", "titled"])
    articles, statements, analyses = corpus_of({
        "titled": ("MPs debate Freedom of Information Bill", [
            "Minister Elena Varga defended the Freedom of Information Bill.",
            "Opposition leader Tomas Brenner criticised the Freedom of Information Bill.",
        ]),
        "sketch": ("Sketch: a long afternoon in the chamber", [
            "The afternoon began with speeches about horses, cities and the weather.",
            "Deputy Ana Petrova then tabled an amendment to exempt small councils, and it failed by ten votes.",
            "The Green Party voted as one for the law.",
        ]),
    }, model)
    found = stances_by_actor(articles, statements, analyses, [bill], bill)
    assert found.get("green-party") == "support", found


def test_what_a_text_someone_puts_out_asks_for_is_their_stance(model):
    # the sender of a petition, the issuer of a statement, the mover of a motion holds what the text asks
    found = stances_taken([
        "The Karvia Farmers Union sent a petition asking deputies to reject the water bill.",
        "Opposition leader Tomas Brenner issued a statement calling for the water bill to be withdrawn.",
        "Senator Ana Petrova filed a report urging deputies to reject the mining code.",
        "Senator Mark Olsen tabled a motion demanding that the fuel levy be scrapped.",
        "The Velden Tenants Union issued a statement from its headquarters calling for the rent cap to be withdrawn.",
    ], model)
    assert ("Mark Olsen", "fuel", -1) in found or ("Mark Olsen", "fuel levy", -1) in found, found
    assert any(actor == "Velden Tenants Union" and polarity == -1 for actor, _, polarity in found), found
    assert ("Karvia Farmers Union", "water", -1) in found, found
    assert ("Tomas Brenner", "water", -1) in found, found
    assert ("Ana Petrova", "mining", -1) in found or ("Ana Petrova", "mining code", -1) in found, found
    # who passes a text on does not hold what it asks: a paper that publishes it, a union that delivers others' letter
    found = stances_taken(["The Daily Courier published a petition asking deputies to reject the water bill.",
                           "The Karvia Farmers Union delivered a letter from doctors asking deputies to reject the water "
                           "bill."], model)
    assert not any(actor in ("Daily Courier", "Karvia Farmers Union") for actor, _, _ in found), found


@pytest.mark.parametrize("sentence, actor, terms, polarity", [
    ("Minister Ravi Seepersad brushed the amendment aside, telling the House that the country could not wait.",
     "Ravi Seepersad", {"amendment"}, -1),
    ("Senator Ana Petrova waved away the fuel tax.", "Ana Petrova", {"fuel", "fuel tax"}, -1),
    # the criticism of it dismissed: for it
    ("Minister Elena Varga shrugged off the criticism of the water bill.", "Elena Varga", {"water"}, 1),
])
def test_brushing_aside_or_shrugging_off_is_dismissal(model, sentence, actor, terms, polarity):
    found = stances_taken([sentence], model)
    assert any((actor, term, polarity) in found for term in terms), found


def test_the_organ_that_decides_for_a_body_speaks_for_it(model):
    found = stances_taken([
        "The board of the Karvia Medical Association voted to accept the pay deal.",
        "The leadership of the Belmora Traders Union voted to reject the pay deal.",
    ], model)
    assert ("Karvia Medical Association", "pay", 1) in found, found
    assert ("Belmora Traders Union", "pay", -1) in found, found
    # a board "of" a place is the place's own, not an organ of an actor named so; an executive is a person
    found = stances_taken(["The school board of Chicago voted to reject the pay deal.",
                           "A senior executive of Acme Corp said the pay deal would destroy jobs."], model)
    assert not any(actor in ("Chicago", "Acme Corp") for actor, _, _ in found), found


def test_an_opinion_authors_this_law_argues_the_debates_law_though_the_column_names_none_of_its_words(model):
    # the column never writes the law's name, so the issue's stories leave it out; its author's thesis on "this law"
    # is still a stance on it, as the column writes a word the law is named by ("coastal")
    news = Article(id="news", source="news.txt", title="Assembly passes Coastal Fishing Act", paragraphs=[
        "The assembly passed the Coastal Fishing Act on Tuesday.",
        "Fisheries minister Elena Varga defended the Coastal Fishing Act.",
        "Opposition leader Tomas Brenner criticised the Coastal Fishing Act.",
    ])
    column = Article(id="column", source="column.txt", title="A bad day for our harbours", kind="opinion",
                     authors=["Ahmed Salem"], paragraphs=[
        "I have fished from Nouadhibou for thirty years, and coastal villages like mine will pay for it.",
        "Let me be clear: I am against this law, and I hope the council sends it back.",
    ])
    statements, analyses = {}, {}
    for article in (news, column):
        doc, analysis = analyse(article, model)
        analyses[article.id] = analysis
        statements[article.id] = extract_statements(article, doc, analysis)
    act = Issue("coastal-fishing-act", "Coastal Fishing Act", ["coastal", "fishing"], [], ["news"])
    found = stances_by_actor([news, column], statements, analyses, [act], act)
    assert found.get("ahmed-salem") == "oppose", found
    # a column about another law, writing none of the issue's words, is not read so
    cinema = Article(id="cinema", source="cinema.txt", title="The Cinema Licensing Act is a disgrace", kind="opinion",
                     authors=["Lena Moss"], paragraphs=[
        "I have run a small cinema in Velden for twenty years.",
        "Let me be clear: I am against this law, and I hope the council sends it back.",
    ])
    doc, analysis = analyse(cinema, model)
    found = stances_by_actor([news, cinema], {"news": statements["news"], "cinema": extract_statements(cinema, doc, analysis)},
                             {"news": analyses["news"], "cinema": analysis}, [act], act)
    assert "lena-moss" not in found, found
    # a reported "this law" in a news story outside the issue's stories is not read so
    other = Article(id="other", source="other.txt", title="Port workers strike", paragraphs=[
        "Union leader Ana Petrova said she was against this law."])
    doc, analysis = analyse(other, model)
    found = stances_by_actor([news, other], {"news": statements["news"], "other": extract_statements(other, doc, analysis)},
                             {"news": analyses["news"], "other": analysis}, [act], act)
    assert "ana-petrova" not in found, found


@pytest.mark.parametrize("sentence", [
    "Minister Ravi Seepersad dismissed reports about the fuel tax.",
    "Minister Ravi Seepersad waved away questions about the fuel tax.",
    "Minister Ravi Seepersad shrugged off claims over the fuel tax.",
])
def test_dismissing_what_others_say_or_ask_about_a_measure_is_no_stance_on_it(model, sentence):
    found = stances_taken([sentence], model)
    assert not any(term in ("fuel", "tax", "fuel tax") for _, term, _ in found), found


@pytest.mark.parametrize("sentence, actor", [
    ("The Karvia Farmers Union collected 5,000 signatures against the water bill.", "Karvia Farmers Union"),
    ("Senator Ana Petrova made the case against the water bill in a long speech.", "Ana Petrova"),
])
def test_what_someone_gathers_or_makes_against_a_measure_is_their_stance(model, sentence, actor):
    assert (actor, "water", -1) in stances_taken([sentence], model)


def test_having_nothing_against_a_measure_is_no_stance_against_it(model):
    assert not any(p == -1 for _, _, p in stances_taken(["Senator Ana Petrova has nothing against the water bill."], model))


def test_rejecting_the_suggestion_of_a_measure_rejects_the_measure(model):
    found = stances_taken(["Minister Ravi Seepersad rejected the suggestion of a referendum on the water bill."], model)
    assert ("Ravi Seepersad", "referendum", -1) in found, found


@pytest.mark.parametrize("sentence, term", [
    ("Senator Ana Petrova answered questions about her opposition to the water bill.", "water"),
    ("Senator Ana Petrova backed claims about the harm done by the fuel levy.", "levy"),
])
def test_what_others_say_about_a_measure_still_carries_a_stance_one_makes_ones_own(model, sentence, term):
    assert ("Ana Petrova", term, -1) in stances_taken([sentence], model)


@pytest.mark.parametrize("sentence", [
    "Senator Ana Petrova dismissed reports of a new water tax.",
    "Senator Ana Petrova received the petition against the water bill.",
    "Senator Ana Petrova heard the case against the water bill.",
    "Senator Ana Petrova has no argument against the water bill.",
    "Senator Ana Petrova dropped her case against the water bill.",
])
def test_handling_what_others_mount_against_a_measure_is_no_stance_on_it(model, sentence):
    assert not any(term == "water" for _, term, _ in stances_taken([sentence], model))
