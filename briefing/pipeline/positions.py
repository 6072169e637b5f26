"""Positions: who stands where on each issue, with verbatim evidence.

Three steps, each a pure function:

1. :func:`extract_statements` (per article, needs the spaCy ``Doc``): the attributed quotes, reported speech
   ("X said/argued/doubts/favors ... that ..."), stated aims and actions ("X leaped at an offer of talks",
   "X has asked Y for a postponement") and, in opinion pieces, the author's own claims. Each statement keeps
   its *readings*: for every content word it talks about, the polarity the statement expresses toward it,
   computed from the dependency parse (see :func:`_polarity_toward`). Readings are plain data, so the later
   corpus-level steps need no ``Doc`` and the statements can be cached with the article analysis.
2. :func:`discover_issues` (corpus): the questions several actors address, from the lemmatised content words
   of the statements, grouped by a small documented table of synonym families and by derivation
   (negotiate ~ negotiation); user-defined issues take precedence.
3. :func:`stance_of` / :func:`link_positions` (corpus): the stance of each statement toward each issue, then
   one aggregated stance per actor and issue, with every statement kept as evidence.

Polarity is compositional: the stance toward a word is the product of the cue words on its dependency path up
to the statement's clause root ("should **not** **stop** the two Koreas from dialogue" → support dialogue;
"urge them to **reject** a scheme to **loosen** sanctions" → support sanctions). A reading counts only when at
least one cue on the path belongs to the statement's actor (an evaluative word, or an attitude whose holder is
the actor or "I"/"we"); attitudes of third parties ("the world allows ...") still flip polarity but never make
a stance on their own. Hedges ("perhaps", "may", "could") and reservations ("wary of", "a gamble") halve a
reading's weight. In "A, but B" the stance of A is weighed as a concession and B, when it judges without
naming a target of its own, is read as the verdict on A's target (see :func:`_with_contrasts`).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from briefing import lexicon
from briefing.models import Article, ArticleAnalysis, Evidence, Issue, Position
from briefing.pipeline.actors import has_article, load_gazetteer, name_head, role_antecedents
from briefing.pipeline.topics import linked_groups
from briefing.slug import slugify
from briefing.vocabulary import SPEECH_VERBS


log = logging.getLogger(__name__)

STATEMENT_KINDS = ("quote", "reported", "action", "thesis")

# --- lexicon -------------------------------------------------------------------------------------------
# General-English word lists, one file per meaning under briefing/data/lexicon/ (each file says what its
# words mean). Attitudes: the subject holds the attitude, the complement is its target ("X favors dialogue").
ATTITUDE_POSITIVE = lexicon.words("attitude_positive")
ATTITUDE_NEGATIVE = lexicon.words("attitude_negative")
ATTITUDE_WORDS = ATTITUDE_POSITIVE | ATTITUDE_NEGATIVE
# Verbs by which someone makes a body's decision public: the clause is that body's stance (see _said_for_own_body)
ANNOUNCING_VERBS = lexicon.words("announcing_verbs")
EXCLUDING_VERBS = lexicon.words("excluding_verbs")
# Nouns of attitude whose verb is something else ("a call for", "calls to pause"; to call is to name)
ATTITUDE_NOUNS_POSITIVE = lexicon.words("attitude_nouns_positive")
ATTITUDE_NOUNS_NEGATIVE = lexicon.words("attitude_nouns_negative")
# Evaluations: the word judges its subject as well as its complement ("this is going to fail"); adjectives
# (and nouns said of something) beyond the lists are rated by the VADER lexicon (see _evaluation).
EVALUATIVE_POSITIVE = lexicon.words("evaluative_positive")
# "pro-", "anti-": a group described by a word so prefixed is for / against what the word names
STANCE_PREFIXES = {**{p: 1 for p in lexicon.words("stance_prefixes_for")},
                   **{p: -1 for p in lexicon.words("stance_prefixes_against")}}
EVALUATIVE_NEGATIVE = lexicon.words("evaluative_negative")
# Reservations rather than rejections: negative, but weighed like a hedge.
SOFT_NEGATIVE = lexicon.words("reservations")
# "would cost him customers", "will cost jobs": a loss, unless what is lost is an amount ("cost £10m").
COST_AMOUNT_WORDS = frozenset(
    "money amount sum price fee penny cent pound dollar euro million billion thousand hundred".split()
) | lexicon.words("currency_nouns")
SHIFTERS = lexicon.words("shifters")
HARMS = lexicon.words("harms")
WRONGDOERS = lexicon.words("wrongdoer_nouns")  # "a gift to the criminals" is bad, "a gift to victims" good
# Verbs that judge only their subject: "dialogue can help", "the talks failed to produce a deal" (no stance on
# the deal), "helped a woman off the bridge" (no stance on the woman).
SUBJECT_ONLY = frozenset("help work succeed fail".split())
# Verbs whose infinitive after the object is their complement, however the parser labels it
# ("entreating Pyongyang to participate", "urged Seoul to reject").
CONTROL_VERBS = frozenset(
    "urge encourage entreat ask allow permit invite press push call persuade force compel enable help tell "
    "order want expect".split()
)
CHARACTERISING_VERBS = lexicon.words("characterising_verbs")
# Adjuncts: an attitude or evaluation does not reach into them ("warned against the tax, saying ...").
ADJUNCT_DEPS = frozenset("advcl parataxis npadvmod advmod mark intj dep prt".split())
# Prepositions of place, and of company ("voted against the bill along with 22 other deputies", "alongside the
# unions"): who stands beside the actor, not what it stands for
PLACE_PREPOSITIONS = frozenset("at near inside outside across around behind beside alongside along".split())
# Prepositions of time and circumstance: what they introduce is the setting, not the target ("through" and "via"
# name a means, which is: "want quotas through a points system" wants the points system).
SETTING_PREPOSITIONS = frozenset(
    "after before during since amid amidst despite until till following throughout ahead under "
    "within beyond".split()
)
HEDGES = lexicon.words("hedges")
COPULAS = frozenset("be seem remain become look sound prove appear".split())
# Words that say their subject is their complement ("constitutes a betrayal", "amounted to theft"): verbs, and
# (word, preposition) pairs
EQUATING_VERBS = frozenset(w for w in lexicon.words("equating_words") if " " not in w)
EQUATING_PHRASES = frozenset(tuple(w.split()) for w in lexicon.words("equating_words") if " " in w)
# Verbs that report speech or thought; they are neutral in the polarity product.
REPORTING_VERBS = (SPEECH_VERBS | lexicon.words("cognition_verbs")) - ATTITUDE_POSITIVE - ATTITUDE_NEGATIVE
# Verbs that make a statement of their subject: reporting verbs and verbs that voice an attitude.
COGNITION_VERBS = lexicon.words("cognition_verbs")
KNOWING_VERBS = lexicon.words("knowing_verbs")
STATEMENT_VERBS = SPEECH_VERBS | COGNITION_VERBS
# Multi-word cues: (head lemma, preposition, object lemma or None) -> polarity.
PHRASAL_CUES = {
    (verb, " ".join(rest[:-1]), None): int(rest[-1])
    for verb, *rest in (line.split() for line in lexicon.lines("phrasal_cues"))
}
# Adverbs the parser hangs on a verb where they are its particle ("taking the phones away")
PARTICLE_ADVERBS = frozenset("away off out down back up again aside".split())
# Verbs whose subject holds the attitude named by their object ("repeated his call for", "joined calls for",
# "voiced opposition to"), unlike verbs of receiving one ("faced a call", "rejected calls")
HOLDING_VERBS = lexicon.words("holding_verbs")
# Nouns for something said, which a stance is never about ("dismissed the claim" is about what was claimed)
NOMINAL_SPEECH = frozenset("claim remark comment statement word say suggestion allegation assertion".split())
# Adjectives that make a policy noun the one in force, not the one under debate ("the current system")
STATUS_QUO = frozenset("current existing present old previous former".split())
# Nouns for what someone puts in writing: what they say "in a letter that ..." is their own claim
WRITTEN_WORDS = frozenset("letter submission post message interview speech filing release report op-ed column".split())
# Nouns whose "that" clause is someone's claim, not the speaker's ("myths that ID cards would erode liberty")
CLAIM_NOUNS = NOMINAL_SPEECH | frozenset(
    "myth fear rumour rumor belief notion accusation impression decision ruling judgment judgement finding report news "
    "conclusion verdict argument view hope expectation assurance promise".split()
)
# Nouns for what someone says is so: "dismissed the reports", "denied the claims" say nothing of the measure the
# reports are about
HEARSAY_NOUNS = lexicon.words("hearsay_nouns")
# Nouns for the act of judging: "does not pass judgment on the merits of the concession", "took no position on
# the levy" judge nothing themselves
JUDGING_NOUNS = lexicon.words("judging_nouns")
# Nouns for a measure's aim: backing "the goal of the bill" is a guarded stance on the bill
AIM_NOUNS = lexicon.words("aim_nouns")
# Verbs whose "of"/"for" complement is what someone else is said to do ("accused critics of spreading myths")
ACCUSING_VERBS = frozenset("accuse blame criticise criticize condemn attack".split())
# Verbs that praise someone for what they did ("praised the council for introducing the levy")
PRAISING_VERBS = frozenset("praise commend thank congratulate applaud hail".split())
# Verbs too general to name what is argued about ("make", "take", "have").
LIGHT_VERBS = frozenset(
    """
    be have do make take give get go come put set keep let seem become remain include use need want try
    begin start continue show mean know see look find leave turn bring hold run move live happen stand
    """.split()
)
GO_AHEAD_VERBS = frozenset("go press push forge move proceed".split())
STANCE_AGENT_NOUNS = {word: int(value) for word, value in (line.split() for line in lexicon.lines("stance_agent_nouns"))}
# Verbs whose subject is judged by what it brings about ("provide a safe haven", "bring chaos").
BRINGING_VERBS = lexicon.words("bringing_verbs")
# Verbs judged by where they lead their subject ("lead to chaos"): (verb, preposition) pairs
LEADING_VERBS = frozenset(tuple(line.split()) for line in lexicon.lines("leading_verbs"))
# Nouns of a way taken ("a path to prosperity", "a step backwards"), and the prepositions that say where it leads
LEADING_NOUNS = lexicon.words("leading_nouns")
LEADING_PREPOSITIONS = frozenset("to towards toward into for".split())
# Verbs that shut a way ("closes the door to talks", "blocks the path to peace"): against where it leads
SHUTTING_VERBS = frozenset("close shut slam block bar seal".split())
# Directions general English rates, said of a way taken: "a step forward", "a step backwards"
FORWARD, BACKWARD = frozenset("forward forwards ahead".split()), frozenset("back backward backwards retrograde".split())
REQUEST_VERBS = lexicon.words("request_verbs")
MANDATIVE_VERBS = lexicon.words("mandative_verbs")
PROPOSING_VERBS = lexicon.words("proposing_verbs")
# What a proposing verb puts forward: a measure (the policy nouns of ANAPHORIC_NOUNS, below, count too).
# Legal and formal steps someone takes for or against a measure: never what is argued about themselves
PROCEDURES = frozenset("application complaint request suit lawsuit writ".split())
ADOPTION_NOUNS = lexicon.words("adoption_nouns")
MEASURE_OBJECTS = frozenset(
    "amendment motion petition resolution suit lawsuit challenge appeal application complaint request".split()
)
ENDING_VERBS = lexicon.words("ending_verbs")
CONTINUING_VERBS = lexicon.words("continuing_verbs")
GOING_ON_VERBS = lexicon.words("going_on_verbs")
# Verbs of putting a measure to use: not using it is no stand against it
USING_VERBS = lexicon.words("using_verbs")
# Measures that object to something: filed without saying what they seek, they are against what they are about
OBJECTIONS = lexicon.words("objections")
LITIGATING_VERBS = lexicon.words("litigating_verbs")
EXEMPTING_VERBS = lexicon.words("exempting_verbs")
# Verbs (and "make sure") whose complement clause is what their subject aims at.
AIM_VERBS = lexicon.words("aim_verbs")
# Passive verbs that report what others say of their subject ("X is said to back ...", "was reported to be ...").
HEARSAY_VERBS = frozenset("say report believe think understand rumour rumor know suppose allege claim expect".split())
# Verbs of being told something, whose passive with nobody named ("we are told", "residents were assured") reports
# what others say
TOLD_VERBS = frozenset("tell assure reassure promise inform".split())
FIRST_PERSON = frozenset("i we me us".split())
RELATIVE_PRONOUNS = frozenset("that who which whom".split())
# Pronouns that, holding an attitude, stand for other people ("those who oppose it", "many fear")
PEOPLE_PRONOUNS = frozenset("those some many others few most all everyone anyone nobody someone".split())
THIRD_PERSON = frozenset("he she it they him her them who".split())
# Modals of recommendation: the speaker, not the subject, holds the attitude ("the U.S. should boycott").
RECOMMENDING_MODALS = lexicon.words("recommending_modals")
# Titles and roles of people who speak for an institution: reported as saying "the government would not block
# ...", they state their own side's position.
OFFICIAL_WORDS = frozenset(
    "minister secretary spokesman spokeswoman spokesperson president premier chancellor mayor governor "
    "ambassador envoy official ministry department".split()
)
# The offices of an organisation: a title of one that names no body speaks for the body "the association" names
# ("Chairman Rajesh Prakash said the association opposed the buffer")
ORGANISATION_OFFICES = frozenset(
    "chair chairman chairwoman chairperson president director executive chief head spokesperson spokesman "
    "spokeswoman secretary convenor coordinator".split()
)
# In a quote by an official, "the government is open to ..." speaks for the speaker's own side.
SELF_INSTITUTIONS = frozenset("government administration ministry department party country nation".split())
# People are actors, never issues.
PERSON_NOUNS = frozenset(
    """
    daughter son mother father wife husband child kid family friend player footballer fan people person girl boy
    parent brother sister victim resident worker teacher student pupil doctor patient officer soldier citizen
    suspect detainee prisoner refugee migrant immigrant seeker voter member supporter opponent critic
    judge lord lawyer court police council committee parliament commons senate congress jury
    """.split()
)
# Endings that make a noun one for people whatever the lists say ("chairman", "analyst", "politician")
PERSON_SUFFIXES = ("man", "woman", "men", "ist", "ian")
# Endings of nouns for people ("analyst", "senator", "spokesman"): as holders they are third parties.
PERSON_NOUN_ENDINGS = ("man", "woman", "men", "women", "ist", "ian", "er", "or", "ant", "ent")
# Nouns for groups of people: as holders they are third parties ("the world allows ...").
HUMAN_GROUPS = frozenset(
    """
    world community public government administration official officials expert analyst critic people
    ministry spokesman spokeswoman spokesperson leader minister president diplomat military army regime
    country nation side party lawmaker senator voter deputy legislator mp congressman congresswoman parliamentarian
    company firm corporation owner court commission employer worker resident opposition authority cabinet
    """.split()
)
# The offices of a party's leadership ("Unity Front Secretary General"): a title in capitals that names the party
PARTY_OFFICES = frozenset("leader chairman chairwoman chairperson chair president secretary spokesman spokeswoman "
                          "spokesperson".split())
# Nouns for the members of a party in a house: "PF members of parliament", "Labour MPs"
MEMBER_NOUNS = frozenset("member mp lawmaker senator deputy legislator parliamentarian councillor".split())
# Nouns for a country's or a body's government: "the government of Thailand" acts for Thailand.
GOVERNING_GROUPS = frozenset("government administration authority cabinet ministry regime".split())
# Parts of a body that act for it: "the party's parliamentary group", "the Nairobi chapter of the chamber"
BODY_PARTS = frozenset("chapter branch wing caucus delegation bloc faction group".split())
# ... and the organs that decide for it: "the board of the association voted to accept the deal", "the party's
# leadership" (not a council, nor a board of a place: "the school board of Velden" is the town's, not a body's)
_GOVERNING_ORGANS = frozenset("board leadership".split())
# Nouns too general to be what an issue is about.
GENERIC_NOUNS = frozenset(
    """
    time year day week month way thing part people person point lot kind sort matter number country nation
    government official leader side world state today issue question idea case fact term place percent cent percentage
    moment report news statement comment reporter interview view interest sign step effort move aim goal direction
    something anything everything nothing someone anyone one other others record pattern standard history
    level area region weekend morning evening night end start beginning hour minute group member
    vote debate meeting session discussion process form entirety totality circumstance
    """.split()
)
# The most frequent nouns of general English (after the usual frequency lists of written American and
# British English): so common that a stance on one in a single story ("safe streets", "cleaner air", "the
# system") rarely names what a corpus argues about. Such a word becomes an issue only when it comes up in
# several articles; rarer words ("participation", "tariffs") need only the stances.
COMMON_NOUNS = frozenset(
    """
    time year people way day man thing woman life child world school state family student group country
    problem hand part place case week company system program programme question work government number night
    point home water room mother area money story fact month lot right study book eye job word business
    issue side kind head house service friend father power hour game line end member law car city community
    name president team minute idea kid body information back parent face others level office door health
    person art war history party result change morning reason research girl guy moment air teacher force
    education street road bus train traffic shop store price cost market plan project process center centre
    centre future past value land food table patient doctor police officer worker employer employee staff
    customer driver voice rule role step effort support effect experience hope job care type sense period
    act action position situation condition society economy industry stuff thing matter order deal
    news report plan policy view interest need term situation source chance measure movement
    """.split()
)
# Policies named by what they act on: "car ban", "ban on cars", "to ban cars", "tax cut" reverse their object;
# "wage increase", "raising the minimum wage" keep it. A stance on the policy is the issue, not a stance on
# the object ("welcomed the car ban" supports the ban; it says nothing for or against cars as an issue).
POLICY_REVERSING = frozenset(
    "ban boycott cut reduction freeze cap moratorium curb limit restriction closure abolition repeal quota "
    "ceiling phase-out roll-back rollback crackdown removal withdrawal lifting lowering".split()
)
# Policies that set how much of something there may be: a cap, a limit, a quota or a ceiling on the same thing
# is one measure, whatever the noun ("quotas on asylum", "an annual limit on asylum")
LIMITING = frozenset("cap limit quota ceiling".split())
# "cap the number of asylum seekers": what a limit counts is what it limits
COUNT_NOUNS = frozenset("number amount level volume total".split())
POLICY_RAISING = frozenset(
    "increase rise raise hike boost expansion extension expand extend roll-out rollout restart resumption".split())
# ... of which these raise only as nouns ("the restart of the reactor"): the verb is an attitude toward its object
# ("set on restarting talks": for the talks, a stance and no measure)
RAISING_NOUNS = frozenset("restart resumption".split())
# The policy words written with a hyphen, which the model splits ("the phase-out" read as a noun "out")
HYPHENATED_POLICY = frozenset(w for w in POLICY_REVERSING | POLICY_RAISING if "-" in w)
# ("a cap for its franchises", "a pay rise for nurses": "for" names who it applies to, not what it acts on)
_POLICY_PREPOSITIONS = frozenset("on of in to".split())
# "an increase in fares", "a cut in spending": "in" names what changes; after a ban or a cap it is where or how
# ("the ban in schools", "the ban in principle")
_IN_OBJECT_NOUNS = POLICY_RAISING | frozenset("cut reduction".split())
# "an increase of this size", "a rise on that scale": how big the change is, not what it raises
MEASURE_NOUNS = frozenset("size scale magnitude pace speed rate amount order extent degree".split())
# Nouns that name the proposal under debate without saying what it is ("welcomed the proposal", "backed the
# plan"): like "this", they refer to what the text has been discussing.
ANAPHORIC_NOUNS = frozenset(
    "plan proposal scheme bill measure policy move legislation initiative reform idea decision law power decree "
    "system regime rule provision package strategy programme program deal act motion agreement ordinance bylaw by-law directive regulation statute project change shift switch overhaul version draft text bid application".split()
)
# Nouns a measure is named by: what "the measure", "the bill" can stand for
MEASURE_HEADS = ANAPHORIC_NOUNS | POLICY_REVERSING | POLICY_RAISING | {"proposition"}
# Policy nouns that with the nouns before them name one thing ("pension reform"); other policy nouns are
# containers whose modifiers say what they are about ("the wage bill" is about the wage)
PHRASE_HEADS = frozenset("reform".split())
_CUE_WORDS = (ATTITUDE_WORDS | ATTITUDE_NOUNS_POSITIVE | EVALUATIVE_POSITIVE
              | EVALUATIVE_NEGATIVE | SHIFTERS | HARMS)
_PEOPLE_ENTS = frozenset(("PERSON", "GPE", "NORP"))
_NAME_ENTS = frozenset(("PERSON", "GPE", "NORP", "ORG", "LOC", "FAC"))
_CONTENT_POS = frozenset(("NOUN", "PROPN", "VERB"))
_NOT_TERM_ENTS = frozenset(("PERSON", "GPE", "NORP", "ORG", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                            "PERCENT", "QUANTITY", "LOC"))


# --- data ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Reading:
    """The polarity a statement expresses toward one word it talks about.

    ``term`` is the lemma (lower case) of the target word, or ``""`` for an implicit target ("this is going
    to fail", "asked for a postponement"), whose candidates are ``context``: the terms of the text before the
    statement, nearest first. ``polarity`` is +1, -1 or 0 (mentioned without a stance).
    """

    term: str
    polarity: int
    cue: str = ""
    hedged: bool = False
    context: tuple[str, ...] = ()
    attached: tuple[str, ...] = ()  # "prep object" phrases hanging on the term ("in the Olympics")
    direct: bool = False  # the cue governs the term itself, not a noun the term modifies
    noun: bool = True  # the term is a noun (preferred for labels)
    word: str = ""  # the term as written (lower case unless a name): "talks", "Olympics"
    head: str = ""  # for a policy ("car ban", "wage" of "wage increase"): the policy word, "ban" / "increase"
    phrase: str = ""  # a noun term with the modifiers that name it: "minimum wage" (for labels)
    modifier: bool = False  # the term modifies another noun ("asylum" of "asylum system"): the domain
    proposer: str = ""  # "Okafor's motion", "the Tories' plan": the actor whose proposal the anaphor names
    conditional: bool = False  # "would back the bill only if the tax is cut": for it on a condition, against it without
    person: bool = False  # the target is a person named ("continued to support Harrington"): their nomination
    declared: bool = False  # the actor says outright where it stands: "I oppose the cap", "voted against the ban"
    in_name: bool = False  # a word of a measure's name ("Export" of "the Kava (Quality and Export) Bill")
    asked: bool = False  # what a condition asks for ("would support this bill if the levy is scrapped")
    # read through what a measure was said to do ("voted for the bill", which "would require platforms to remove
    # content"): the measure noun and the stance on the measure itself
    through: str = ""
    through_polarity: int = 0
    # an implicit "the agreement" of an article that names one "peace agreement": (term, word) of that name
    compound: tuple[str, ...] = ()
    # a bare measure noun read as the one the article names by the term (see _named_compounds): that noun
    named_by: str = ""
    # a modifier of a measure noun ("mining" of "the mining bill", "trade" of "the trade agreement"): that noun
    of_measure: str = ""

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class Statement:
    """Something an actor says or does that can express a position; ``text`` == article.body[start:end]."""

    article: str
    actor_name: str  # canonical name inside the article
    text: str
    start: int
    end: int
    paragraph: int
    quote: str | None = None  # quote id when the statement is (or contains) a quote
    kind: str = "reported"  # "quote" | "reported" | "action" | "thesis" | "described" ("anti-war groups such as X")
    readings: list[Reading] = field(default_factory=list)
    topic: tuple[str, ...] = ()  # the terms the article's headline names
    headline: tuple[str, ...] = ()  # the roots (see stem) of the headline's words, whatever their part of speech
    title: str = ""  # the article's headline as written
    # (noun lemma, names) of the article's nouns said of names ("takeover", ("coastline",)): see _anchors
    anchored: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (noun lemma, noun lemma) the article equates ("control orders would mean house arrest"): see _equated
    equated: tuple[tuple[str, str], ...] = ()
    nicknamed: tuple[tuple[str, str], ...] = ()  # those of them that give a measure a name (see _nicknamed)
    # (measure noun, noun) pairs the article gives one length ("an amendment that would give firms five years", "a
    # five-year transition"): see _numbered
    numbered: tuple[tuple[str, str], ...] = ()
    imposed: tuple[tuple[str, str], ...] = ()  # (title word, noun) a titled measure charges or imposes: see _imposed
    # for an organisation's statement made of its officer's words ("We reject it," said its president): the
    # officer, so that issue discovery counts one voice, not two actors
    voice: str = ""
    # a stance the actor held before and the text sets in the past ("had told this newspaper in August that he
    # would never vote for it", "initially backed"): it counts only when the actor takes no other on the issue
    former: bool = False
    # the actor says in this article that they changed their mind ("the threshold had changed his mind"): what they
    # hold here is what they hold now, and their stances in other articles were held before
    turned: bool = False

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


# --- small helpers -------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1 << 16)  # the same few thousand words, hundreds of thousands of times
def _norm(word: str) -> str:
    return unicodedata.normalize("NFKC", word).lower().strip("#")


# "the merger" is merging, "a waiver" waiving: verbs of nouns the suffixes below cannot undo
NOMINALISATIONS = dict(line.split() for line in lexicon.lines("nominalisations"))
_NOMINAL_SUFFIXES = ("ations", "ation", "itions", "ition", "ments", "ment", "ions", "ion", "ances", "ance",
                     "ences", "ence", "ities", "ity", "ings", "ing", "als", "al", "ures", "ure", "ies", "es", "s")
_VERBAL_SUFFIXES = ("ish", "ise", "ize", "ate", "ic", "y", "e")


@functools.lru_cache(maxsize=65536)  # called for the same few thousand words again and again
def stem(word: str) -> str:
    """A derivational root that joins a verb and its nominalisations ("publish"/"publication",
    "negotiate"/"negotiation", "hunt"/"hunting", "ban"/"banning"): a nominal suffix, then a verbal one, is
    stripped while at least four letters remain."""
    word = _norm(word)
    if " " in word:
        return " ".join(stem(part) for part in word.split())
    word = NOMINALISATIONS.get(word[:-1] if word.endswith("s") and word[:-1] in NOMINALISATIONS else word, word)
    stripped = ""
    for suffixes in (_NOMINAL_SUFFIXES, _VERBAL_SUFFIXES):
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word, stripped = word[: -len(suffix)], suffix
                break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls" and stripped not in ("y", "ies"):
        word = word[:-1]  # "bann(ing)" → "ban" (but "carr(y)", "carr(ies)" are not "car")
    if word.endswith("enc"):
        word = word[:-1] + "s"  # British and American spelling: "licence" and "to license", "defence"/"defense"
    return word


def concept_of(term: str) -> str:
    """The concept a term belongs to: its derivational root (the corpus, not a table, decides what else
    joins it: see :func:`discover_issues`)."""
    placed = stem(term.rstrip("s")[:-2]) if term.endswith(("ee", "ees")) else ""
    if placed in _PLACING_ROOTS:
        return placed  # "the nominee" is who the nomination places: one question
    words = term.lower().split()
    if len(words) > 1 and words[-1].endswith("s") and words[-1][:-1] in AGREEMENT_NOUNS:
        words[-1] = words[-1][:-1]  # "trade deals" as "trade deal"
    if len(words) > 1 and words[-1] in AGREEMENT_NOUNS:
        # "the lithium deal", "the lithium contract": one accord, whatever noun names it
        return stem(" ".join([*words[:-1], AGREEMENT_CONCEPT]))
    return AGREEMENT_CONCEPT if term in AGREEMENT_NOUNS else DELAY_CONCEPT if term in DELAYING_WORDS else stem(term)


# Nouns an article uses one for another of the same accord ("the treaty", "the pact", "the agreement")
AGREEMENT_NOUNS = lexicon.words("agreement_nouns")
AGREEMENT_CONCEPT = "agreement"
# Words for putting something off ("the delay", "to postpone the vote"): one concept, argued as such
DELAYING_WORDS = lexicon.words("delaying_words")
# ... of which these only move it later (not "suspend", "pause"): to want it later is no side on it
PUTTING_OFF_WORDS = frozenset("delay postpone postponement defer deferral deferment".split())
assert PUTTING_OFF_WORDS <= DELAYING_WORDS
# Verbs of moving that with one of their particles put something off ("push the date back", "put off the vote",
# "refer the agreement back to committee"; not "send back", which may say what a measure would do: "the amendment,
# if approved, would send the bill back to the lower house")
PUTTING_OFF = {"push": {"back"}, "put": {"off"}, "refer": {"back"}}
# People in numbers, whom a verb of moving moves, not puts off ("police pushed the crowd back")
CROWDS = lexicon.words("crowd_nouns")
DELAY_CONCEPT = "delay"


def _idiom_object(verb, obj) -> tuple[int, str] | None:
    """A cue made of a verb, its object and a preposition on that object ("close the door on", "open the door to"),
    listed in phrasal_cues as "<verb> <object> <preposition> <polarity>": the stance is toward what the
    preposition takes; the object is part of the idiom, no thing argued about."""
    if obj.dep_ != "dobj" or obj.i < verb.i:
        return None
    # (the parser hangs the preposition on the object or on the verb after it)
    for prep in [c for c in obj.children if c.dep_ == "prep"] + [c for c in verb.children if c.dep_ == "prep" and c.i > obj.i]:
        value = PHRASAL_CUES.get((_norm(verb.lemma_), f"{_norm(obj.lemma_)} {_norm(prep.text)}", None))
        if value:
            return value, f"{verb.text} the {obj.text} {prep.text}"
    return None


def _judging_idiom(noun) -> tuple[int, str] | None:
    """A noun that judges by the idiom it heads ("a slap in the face", "a kick in the teeth", "a stab in the
    back"), listed in phrasal_cues as "<noun> <preposition> <object> <polarity>": a verdict on what it is said of,
    not a stance toward the body part; else None."""
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            value = PHRASAL_CUES.get((_norm(noun.lemma_), f"{_norm(prep.text)} {_norm(obj.lemma_)}", None))
            if value:
                return value, f"{noun.text} {prep.text} the {obj.text}"
    return None


# Lengths of time ("for years", "for a decade")
TIME_UNITS = frozenset("second minute hour day week month year decade century generation".split())


def _is_duration(prep) -> bool:
    """"for years", "for as long as I live": how long, not what for ("will fight this mine for as long as I live")."""
    return _norm(prep.text) == "for" and any(
        o.dep_ == "pobj" and _norm(o.lemma_) in TIME_UNITS and (o.tag_ == "NNS" or any(
            c.dep_ == "nummod" or c.dep_ == "det" and _norm(c.text) in ("a", "an") for c in o.children)
            and not any(c.dep_ in ("amod", "compound") for c in o.children))
        or o.dep_ == "pcomp" and _norm(o.text) == "long" for o in prep.children)


def _phrasal_cue(token) -> tuple[int, str]:
    lemma = _norm(token.lemma_)
    if token.pos_ == "ADJ" and token.dep_ in ("amod", "acl") and token.head.pos_ in ("NOUN", "PROPN"):
        return 0, ""  # "every forum open to us": what the noun is open to, no attitude toward the noun
    if token.pos_ == "ADJ" and token.dep_ == "acomp" and _norm(token.head.lemma_) == "be" \
            and _is_thing(_subject(token.head)) and _norm(_subject(token.head).text) not in ("it", "this", "that"):
        return 0, ""  # "the lease is not open for renegotiation": a thing holds no attitude, and is not its object
    for child in token.children:
        idiom = _idiom_object(token, child)
        if idiom:
            return idiom  # "not to close the door on talks", "opened the door to a deal"
    # ("spoke for two hours against it": the parser may hang the particle on the duration)
    # (and "voted as one for the bill", "as a bloc against it": on the capacity the verb is done in)
    after_duration = [p for c in token.children if c.dep_ == "prep" and (_is_duration(c) or _norm(c.text) == "as")
                      for o in c.children if o.dep_ == "pobj" for p in o.children if p.dep_ == "prep"
                      and (_is_duration(c) or _as_one(token, p))]
    for child in [*token.children, *after_duration]:
        # "leaped at an offer" (not "At home, he leaped"), "voted down the amendment"
        if (child.dep_ in ("prep", "prt") or child.dep_ == "agent" and _is_attitude_participle(token)
                or _norm(child.text) in ("yes", "no") and child.dep_ in
                ("advmod", "intj", "dobj") or child.dep_ == "advmod" and _norm(child.text) in PARTICLE_ADVERBS
                ) and child.i > token.i and not (child.dep_ == "prep" and any(
                    o.dep_ == "oprd" and token.i < o.i < child.i for o in token.children) or _is_duration(child)):
            # (a preposition after what the verb calls its object is no particle of it: "calling it 'premature
            # and dangerous for the workers'" does not call for the workers; "pressed the government for an
            # exemption" does press for it)
            value = PHRASAL_CUES.get((lemma, _norm(child.text), None))
            if value and child.dep_ == "advmod" and (token.tag_ in ("VBD", "VBN") and _norm(child.text) == "again"
                                                     or any(_norm(c.text) == "from" for c in token.children)):
                value = 0  # "had thought again about it, and ...": done; "what we take away from the report"
            if value and (lemma, _norm(child.text)) == ("back", "down") and not any(
                    c.dep_ == "prep" and _norm(c.text) in ("on", "from") for c in token.children):
                value = 0  # "refused to back down over the levy": the dispute; what is given up is backed down "on"/"from"
            if value:
                return value, f"{token.text} {child.text}"
        # "called for the levy to be scrapped": the preposition marks a clause with its own subject
        mark = next((m for m in child.children if m.dep_ == "mark" and m.i > token.i), None) \
            if child.dep_ in ("advcl", "ccomp") and child.i > token.i else None
        if mark is not None and PHRASAL_CUES.get((lemma, _norm(mark.text), None)):
            return PHRASAL_CUES[(lemma, _norm(mark.text), None)], f"{token.text} {mark.text}"
    # ("voted as a bloc in favour": the parser may hang the "in favour" on the capacity the verb is done in)
    preps = [c for c in token.children if c.dep_ == "prep"] if token.pos_ == "VERB" else []
    preps += [p for c in preps if _norm(c.text) == "as" for o in c.children if o.dep_ == "pobj"
              for p in o.children if p.dep_ == "prep"]
    if any(
        _norm(c.text) == "in" and c.i > token.i
        and any(o.dep_ == "pobj" and _norm(o.lemma_) in ("favour", "favor") for o in c.children)
        for c in preps
    ):
        return 1, f"{token.text} in favour"  # "voted in favour (of the merger)", "came out in favour"
    if lemma == "look" and any(_norm(c.text) == "forward" for c in token.children):
        return 1, "look forward"
    if lemma in ("stand", "get") and any(c.dep_ == "prep" and _norm(c.text) == "in" and any(
            o.dep_ == "pobj" and _norm(o.lemma_) == "way" and any(_norm(d.text) == "the" for d in o.children)
            for o in c.children) for c in token.children):
        return -1, f"{token.text} in the way"  # "would not stand in the way of the bill": no obstacle to it
    # "should go ahead with its car ban", "press ahead with the plan": carry it out
    if lemma in GO_AHEAD_VERBS:
        ahead = next((c for c in token.children if _norm(c.text) in ("ahead", "forward") and c.dep_ in
                      ("advmod", "prt")), None)
        with_object = next((c for c in token.children if c.dep_ == "prep" and _norm(c.text) == "with"
                            and c.i > token.i), None)
        if ahead is not None and with_object is not None:
            return 1, f"{token.text} {ahead.text} {with_object.text}"
    return 0, ""


# What an objection is said to be about, when no "against" says so ("an appeal of the ruling", "a complaint over it")
OBJECTED_PREPOSITIONS = frozenset(("of", "over", "about", "on", "to", "into"))


def _law_taken_over(verb):
    """The "over" of what ``verb`` takes someone to law over: "sued the state over the law", "went to court over the
    plan", "took the council to court over it" (where the parser hangs the "over" on the court)."""
    if verb.pos_ != "VERB":
        return None
    courts = [o for c in verb.children if c.dep_ == "prep" and _norm(c.text) == "to"
              for o in c.children if o.dep_ == "pobj" and _norm(o.lemma_) == "court"]
    if not courts and _norm(verb.lemma_) not in LITIGATING_VERBS:
        return None
    return next((c for head in (verb, *courts) for c in head.children if c.dep_ == "prep" and _norm(c.text) == "over"),
                None)


def _objection(noun) -> bool:
    """Whether ``noun`` is a measure that objects to something ("complaint", "lawsuit", "judicial review")."""
    lemma = _norm(noun.lemma_)
    return lemma in OBJECTIONS or any(
        f"{_norm(c.lemma_)} {lemma}" in OBJECTIONS for c in noun.children if c.dep_ in ("amod", "compound")
    )


# Verbs of being obliged: what is done "as required by law", "as the rules oblige" is a duty, no stance
RECOMMENDING_NOUNS = lexicon.words("recommending_nouns")
OBLIGING_VERBS = frozenset("require oblige compel mandate obligate".split())


def _done_as_required(verb) -> bool:
    """"submit the ordinance as required by law", "as the charter obliges him to": done because it must be."""
    return any(c.dep_ == "advcl" and _norm(c.lemma_) in OBLIGING_VERBS
               and any(m.dep_ == "mark" and _norm(m.text) == "as" for m in c.children) for c in verb.children)


# Verbs that, with "behind", back what follows: "is fully behind the plan", "stands behind", "threw its weight
# behind", "swung behind"
BACKING_HEADS = frozenset("be stand remain swing throw put rally unite line get".split())


# Nouns for a line of argument, which takes a side only as someone makes it ("made the case against the levy")
_ARGUMENT_NOUNS = frozenset("argument case reason".split())


def _named_argument(noun) -> bool:
    """Whether ``noun`` is an argument said to be something, not made: "the strongest argument against the closures
    is emergency broadcasting", "the case for the levy was that ..." -- the speaker names the argument, and
    takes no side by doing so."""
    # (but "the case against it is overwhelming" or "a powerful one" judges the argument, and "our main argument"
    # is the speaker's own: both take its side)
    return (noun.pos_ == "NOUN" and _norm(noun.lemma_) in _ARGUMENT_NOUNS and noun.dep_ in ("nsubj", "nsubjpass")
            and _norm(noun.head.lemma_) == "be" and not any(c.dep_ == "acomp" for c in noun.head.children)
            and not any(c.dep_ == "poss" for c in noun.children)
            and not any(c.dep_ == "attr" and any(m.dep_ == "amod" and _lexical_polarity(m)[0] for m in c.children)
                        for c in noun.head.children))


# Verdicts only as verbs: "this will work" judges, "a work that belongs to the past" (a thing built) does not
VERB_ONLY_VERDICTS = frozenset(("work",))


def _politically_motivated(token) -> bool:
    """ "The charges were politically motivated", "a politically driven prosecution": brought for a political end,
    a charge of bad faith (general English rates "motivated" well)."""
    return _norm(token.lemma_) in ("motivate", "motivated", "drive", "driven", "inspire", "inspired") and token.tag_ in ("VBN", "JJ") \
        and any(c.dep_ == "advmod" and c.lower_ == "politically" for c in token.children)


def _as_one(verb, prep) -> bool:
    """Whether ``prep``, hung on the object of the verb's "as", is the verb's own "for" or "against": "voted as one
    for the bill", "as a bloc against it" (not "defended it as the best measure for the economy")."""
    capacity = prep.head
    return (_norm(prep.text) in ("for", "against") and PHRASAL_CUES.get((_norm(verb.lemma_), _norm(prep.text), None))
            is not None and capacity.dep_ == "pobj" and _norm(capacity.head.text) == "as"
            and _norm(capacity.lemma_) in ACTING_TOGETHER)


# What a group acts as when it acts together: "voted as one", "as a bloc", "as a body"
ACTING_TOGETHER = lexicon.words("acting_together")


def _particle_head(prep):
    """The word a preposition belongs to: its head, or the verb when the parser hung it on a duration of the verb
    ("spoke for two hours | against the bill") or on the capacity the verb is done in ("voted as one | for the
    bill", "as a bloc | against it")."""
    head = prep.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i != head.head.i and (
            _is_duration(head.head) or head.head.head.pos_ == "VERB" and _as_one(head.head.head, prep)):
        return head.head.head
    return head


def _disguised(noun) -> bool:
    """Whether ``noun``, a thing, is said to be dressed up or disguised as something else ("a ban dressed up as a
    pause"; not a person in costume)."""
    return any(c.dep_ in ("acl", "relcl") and (
        _norm(c.lemma_) == "dress" and any(p.dep_ == "prt" and _norm(p.text) == "up" for p in c.children)
        or _norm(c.lemma_) in ("disguise", "masquerade")) and any(
        p.dep_ == "prep" and _norm(p.text) == "as" for p in c.children) for c in noun.children) and not (
        noun.ent_type_ == "PERSON" or _is_person_noun(noun.lemma_))


def _ultimatum(verb) -> str:
    """The time limit of "give someone <time> to <end something>" ("gave the minister two weeks to withdraw it",
    "has given them until Friday to scrap the levy"), or "". Time given to do anything else is a right granted, no
    demand ("gave residents six weeks to object to the plan")."""
    if _norm(verb.lemma_) != "give":
        return ""
    demanded = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and _is_to_infinitive(c)
                and (_lexical_polarity(c)[1] == "shifter" or _norm(c.lemma_) in ENDING_VERBS)]
    if not demanded or not any(c.dep_ == "dative" or (c.dep_ == "dobj" and not _is_thing(c)) for c in verb.children):
        return ""
    for child in verb.children:
        if child.dep_ in ("dobj", "npadvmod") and child.ent_type_ in ("DATE", "TIME"):
            return child.text
        if child.dep_ == "prep" and _norm(child.text) == "until":
            return " ".join(t.text for t in child.subtree)
    return ""


def _lexical_polarity(token) -> tuple[int, str, str]:
    """(polarity, kind, cue text) of one token by itself; kind is attitude/evaluative/shifter/harm/''."""
    if particle := _put_off_particle(token):
        # "push the date back", "put off the vote": what it acts on is put off, as "postpone" puts it off
        return -1, "shifter", f"{_norm(token.lemma_)} {particle}"
    lemma = _norm(token.lemma_)
    if token.pos_ == "VERB" and _done_as_required(token):
        return 0, "", ""  # "would submit the ordinance to the assembly as required by law": a duty, no stance
    if lemma in CONFLICTING and any(prep.dep_ == "prep" and any(_norm(o.lemma_) in LAW_WORDS for o in prep.children)
                                    for prep in token.children):
        # "contrary to the constitution", "incompatible with the convention": unlawful, as "unconstitutional" is
        return -1, "evaluative", f"{token.text} {next(c for c in token.children if c.dep_ == 'prep').text}"
    if token.pos_ == "VERB" and any(prep.dep_ == "prep" and prep.lower_ == "at" and any(
            _norm(o.lemma_) == "expense" for o in prep.children) for prep in token.children):
        # "benefited conglomerates at the expense of workers": what it gives some it takes from others
        return -1, "evaluative", f"{token.text} at the expense"
    if token.pos_ == "VERB" and lemma in ("deserve", "merit", "warrant"):
        # "the bill deserves support", "it merits criticism": the judgement the object names, passed on the subject
        for obj in token.children:
            if obj.dep_ == "dobj" and obj.pos_ == "NOUN":
                value, kind, cue = _lexical_polarity(obj)
                if value and kind in ("attitude", "evaluative"):
                    return value, "evaluative", f"{token.text} {cue}"
    if token.pos_ == "VERB" and (deadline := _ultimatum(token)):
        # "has given the government two weeks to withdraw the bill": a demand with a time limit
        return 1, "attitude", f"{token.text} {deadline}"
    value, cue = _phrasal_cue(token)
    if value:
        return value, "attitude", cue
    if lemma == "back" and any(c.dep_ == "prt" and _norm(c.text) == "down" for c in token.children):
        return 0, "", ""  # "back down" gives something up (see _phrasal_cue), it backs nothing
    if token.pos_ == "ADP":
        # "we are against it", "a campaign against it"; "warned against" is the verb's own phrasal cue
        if lemma == "against" and not _phrasal_cue(_particle_head(token))[0]:
            if _norm(token.head.lemma_) == "be" and _is_thing(_subject(token.head)):
                return 0, "", ""  # "that's against the law", "it is against the rules": a thing in conflict, no one's view
            if token.head.i != token.i and _lexical_polarity(token.head)[:2] == (-1, "attitude"):
                return 0, "", ""  # "protested against the sale", "in protest against it": it marks what is opposed
            if _named_argument(token.head):
                return 0, "", ""  # "the strongest argument against the closures is ...": whose argument it names
            return -1, "attitude", token.text
        verb = token.head.head.head if _norm(token.head.lemma_) == "court" else token.head
        if lemma == "over" and token.dep_ == "prep" and getattr(_law_taken_over(verb), "i", None) == token.i:
            return -1, "attitude", f"{verb.text} {token.text}"  # "sued the state over the law"
        if (lemma == "for" and token.dep_ == "prep" and _norm(token.head.lemma_) == "be" and token.head.pos_ == "AUX"
                and (subject := _subject(token.head)) is not None and not _is_thing(subject)
                and any(c.dep_ == "pobj" for c in token.children)):
            return 1, "attitude", token.text  # "I'm for it", "we are all for the levy" (not "the money is for schools")
        if (lemma == "on" and token.dep_ == "prep" and _norm(token.head.lemma_) in ("be", "come", "get")
                and any(c.dep_ == "pobj" and _norm(c.text) == "board" and not any(g.dep_ == "det" for g in c.children)
                        for c in token.children)
                and (subject := _subject(token.head)) is not None and not _is_thing(subject)):
            return 1, "attitude", f"{token.text} board"  # "he is on board", "the union has come on board"
        if lemma == "for" and token.dep_ == "conj" and _norm(token.head.text) == "against":
            # "are against the postponement and for confirmation"; where the verb's own cue carries the "against"
            # ("voted against ... and for ..."), "for" turns that cue round
            return (-1 if _phrasal_cue(token.head.head)[0] < 0 else 1), "attitude", token.text
        backing = token.head
        if _norm(backing.lemma_) in ("support", "weight", "backing") and backing.dep_ == "dobj":
            backing = backing.head  # "has thrown its support behind the project", "put their weight behind it"
        if lemma == "behind" and _norm(backing.lemma_) in BACKING_HEADS and any(
            c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME") for c in token.children
        ) and not (_norm(backing.lemma_) == "be" and _is_thing(_subject(backing))):
            # (not "the bill is behind schedule", "the problems behind the bill": a thing stands for nothing)
            return 1, "attitude", token.text  # "is fully behind the draft", "stands behind the judge"
        return 0, "", ""
    if token.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return 0, "", ""
    if token.pos_ == "ADJ" and token.dep_ == "acomp" and any(
            c.dep_ == "advmod" and c.lower_ == "too" and c.i < token.i for c in token.children):
        return -1, "evaluative", f"too {token.text}"  # "two increases in two years is too steep": more than it should be
    if token.pos_ in ("NOUN", "PROPN") and _disguised(token):
        # "a ban dressed up as a pause", "a gift to the timber trade dressed up as forest protection": a thing said to
        # pass itself off as another is judged false, whatever either is
        return -1, "evaluative", f"{token.text} in disguise"
    if token.pos_ == "NOUN" and (idiom := _judging_idiom(token)):
        return idiom[0], "evaluative", idiom[1]  # "a slap in the face to working people"
    if token.pos_ == "NOUN" and (way := _way_taken(token))[0]:
        return way[0], "evaluative", f"{token.text} {way[1]}"
    if token.pos_ == "VERB" and any(c.dep_ == "dobj" and _norm(c.lemma_) in JUDGING_NOUNS for c in token.children):
        return 0, "", ""  # "does not pass judgment on", "took a position on": no verdict on the thing itself
    if lemma == "work" and any(c.dep_ == "prep" for c in token.children):
        return 0, "", ""  # "works on a missile": activity, not success
    if lemma == "open" and token.pos_ != "ADJ":
        return 0, "", ""  # "open up a chasm", "open our doors": too literal to be an attitude
    if token.tag_ in ("VBN", "VBG") and token.dep_ == "amod" and _is_person_noun(token.head.lemma_):
        # "failed asylum seekers", "working people": a status of people, not a judgement ("failed attempts" is one)
        return 0, "", ""
    if lemma == "back" and token.pos_ != "VERB":
        return 0, "", ""  # "from the back of a truck", "back in March": only the verb backs something
    if lemma == "go" and token.pos_ == "VERB" and any(_norm(c.text) == "ahead" for c in token.children):
        return 1, "evaluative", "go ahead"  # "the pipeline should go ahead"
    if lemma == "go" and token.pos_ == "VERB" and token.text.lower() == "gone" and token.dep_ in ("ccomp", "oprd") \
            and any(c.dep_ == "nsubj" for c in token.children) and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
        # (not "believed it had gone too far": a verb with its auxiliary is no small clause)
        return -1, "attitude", token.text  # "I want menthol gone from our stores": the small clause of a wish
    if lemma == "go" and token.pos_ == "VERB":
        return _going_far(token)
    if lemma == "cost" and token.pos_ == "VERB":
        return _cost_as_loss(token)
    if _is_attitude_participle(token) and token.dep_ != "amod":
        lemma = _norm(token.text)  # "was deeply concerned about": the participle as the adjective it is
    if token.pos_ == "NOUN" and lemma in MEASURE_OBJECTS and _agent(token) is not None:
        return 1, "attitude", token.text  # "an amendment from Councillor Shaw exempting dairies": Shaw proposes it
    if lemma in FITNESS_WORDS and token.dep_ in ("acomp", "attr") and _person_by_name(_subject(token.head)):
        return FITNESS_WORDS[lemma], "evaluative", token.text  # "Reyes is well qualified", "she is unfit for it"
    if token.pos_ == "NOUN" and lemma in STANCE_AGENT_NOUNS and _stance_agent(token) is not None:
        if _held_once(token):
            return 0, "", ""  # "a former supporter of the tax", "once a critic of the plan": not where they stand now
        return STANCE_AGENT_NOUNS[lemma], "attitude", token.text  # "a longtime opponent of the tax"
    if token.pos_ == "NOUN" and lemma in STANCE_AGENT_NOUNS and token.dep_ == "nsubj" \
            and _norm(token.head.lemma_) == "be" and any(c.dep_ in ("acomp", "attr") and _lexical_polarity(c)[1] == "evaluative"
                                                          for c in token.head.children):
        # "critics of the bill are wrong", "its supporters are naive": a verdict on a side is one on what they take it on
        return STANCE_AGENT_NOUNS[lemma], "shifter", token.text
    if lemma in ATTITUDE_POSITIVE or (token.pos_ == "NOUN" and lemma in ATTITUDE_NOUNS_POSITIVE and any(
        c.dep_ == "prep" and _norm(c.text) in ("for", "on") or c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"
        or c.dep_ == "poss" or c.dep_ == "advcl" and any(m.dep_ == "mark" and _norm(m.text) == "for" for m in c.children)
        for c in token.children
    )):
        # ("a call for an inquiry", "calls to pause the bill", "his appeal"; not "911 calls in neighborhoods")
        return 1, "attitude", token.text
    if token.pos_ == "VERB" and lemma in AIM_VERBS and _has_infinitive(token, ("xcomp",)):
        return 1, "attitude", token.text  # "pledged to repeal the tax", "voted to confirm the nominee"
    if token.pos_ == "VERB" and lemma in REQUEST_VERBS and _has_infinitive(token, ("xcomp", "ccomp")):
        return 1, "attitude", token.text  # "asking the council to hold a plebiscite"
    if token.pos_ == "VERB" and lemma in PROPOSING_VERBS and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in token.children
    ):
        return 1, "attitude", token.text  # "moved that the application be refused": what the motion says
    if token.pos_ == "VERB" and lemma in PROPOSING_VERBS and any(
        c.dep_ == "dobj" and _norm(c.lemma_) in MEASURE_OBJECTS | ANAPHORIC_NOUNS | RECOMMENDING_NOUNS
        for c in token.children
    ):
        # "tabled an amendment to exempt vans"; but a complaint or a challenge filed with nothing said of what it
        # seeks is against what it is about ("filed a formal complaint with the commissioner")
        objection = next((c for c in token.children if c.dep_ == "dobj" and _objection(c)), None)
        # ("will lodge an appeal with the Inspectorate against the decision": an "against" the parser hung on the
        # verb or deeper says what the appeal is against, and carries the stance itself)
        if objection is not None and not any(c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and _norm(c.text) in
                                              ("against", "to", "over", "about", "of", "on") for c in objection.children) \
                and not any(t.dep_ == "prep" and _norm(t.text) == "against" for t in (*token.children, *objection.subtree)):
            return -1, "attitude", f"{token.text} {objection.text}"
        return 1, "attitude", token.text
    if (token.pos_ == "NOUN" and lemma in HOSTILE_ACTS and token.dep_ == "attr"
            and _is_thing(_subject(token.head))):
        return -1, "evaluative", token.text  # "the bill was an attack on media freedom": no one's attack, a verdict
    if lemma in ATTITUDE_NEGATIVE or (token.pos_ == "NOUN" and lemma in ATTITUDE_NOUNS_NEGATIVE):
        if lemma in FALLING_WORDS and not (token.pos_ == "VERB" and any(c.dep_ in ("xcomp", "dobj") for c in token.children)):
            return 0, "", ""  # "a decline in tourism", "visitor numbers declined": a fall, not a refusal
        return -1, "attitude", token.text
    if token.pos_ == "NOUN" and _objection(token) and any(
        c.dep_ == "prep" and _norm(c.text) in OBJECTED_PREPOSITIONS for c in token.children
    ):
        return -1, "shifter", token.text  # "a judicial review of the decision", "a lawsuit over the plan"
    if lemma in EVALUATIVE_POSITIVE and not (lemma in VERB_ONLY_VERDICTS and token.pos_ != "VERB"):
        return 1, "evaluative", token.text
    if lemma in EVALUATIVE_NEGATIVE:
        return -1, "evaluative", token.text
    if lemma in SHIFTERS:
        return -1, "shifter", token.text
    if lemma in HARMS or _phrasal_lemma(token) in HARMS:
        return -1, "harm", token.text  # (and "would wipe out family farms")
    if _politically_motivated(token):
        return -1, "evaluative", f"{token.text} politically"  # "the charges were politically motivated"
    if token.pos_ in ("ADJ", "NOUN") and (_is_predicative(token) or token.pos_ == "NOUN" and _said_to_be(token)) \
            and lemma not in TRUTH_WORDS \
            and not (token.pos_ == "NOUN" and lemma in AGREEMENT_NOUNS | MEASURE_HEADS):
        # ("That is true": whether a claim is so, no judgement of a measure; "the compact was an agreement to
        # mortgage the country": what kind of measure it is, however general English rates the word)
        rated = _rated(token) or (token.pos_ == "ADJ" and any(
            # "the bills were fully constitutional", "the law is workable": the opposite of a word that condemns
            prefix + lemma in EVALUATIVE_NEGATIVE for prefix in NEGATING_PREFIXES))
        if rated:
            # said of a person ("Clarke was less enthusiastic") the word is that person's attitude; said of a
            # thing ("the plan is dangerous") it judges the thing
            subject = _subject(token)
            if subject is not None and token.pos_ == "ADJ" and (
                _norm(subject.text) in FIRST_PERSON | THIRD_PERSON - {"it"} or _is_third_party(subject)
            ):
                return rated, "attitude", token.text
            return rated, "evaluative", token.text
    return 0, "", ""


# Prefixes that make an adjective its opposite ("unconstitutional", "illegal", "inappropriate", "irresponsible")
NEGATING_PREFIXES = ("un", "in", "il", "ir", "im")


def _way_taken(noun) -> tuple[int, str]:
    """(+1/-1, the words that say so) for a change judged by where it leads: "a step in the right direction", "a
    move in the wrong direction" (any noun so placed), and for a way taken (LEADING_NOUNS) "a step forward", "a step
    backwards", "a path to prosperity", "a recipe for disaster" (the place rated by general English); (0, "")
    otherwise."""
    for prep in noun.children:
        if prep.dep_ == "prep" and _norm(prep.text) == "in":
            for way in prep.children:
                if way.dep_ == "pobj" and _norm(way.lemma_) == "direction":
                    judged = {_norm(c.text) for c in way.children if c.dep_ == "amod"}
                    value = 1 if "right" in judged else -1 if "wrong" in judged else 0
                    return value, "in the right direction" if value > 0 else "in the wrong direction"
    if _norm(noun.lemma_) not in LEADING_NOUNS:
        return 0, ""
    if (_norm(noun.lemma_) == "way" and noun.dep_ == "attr"
            and [(c.dep_, _norm(c.text)) for c in noun.children if not _is_to_infinitive(c)] == [("det", "the")]):
        # "this is not the way", "this is the way", "not the way to get there": the way to go, or not
        return 1, "the way"
    for child in noun.children:
        word = _norm(child.text)
        if child.dep_ in ("advmod", "amod") and word in FORWARD | BACKWARD:
            return (1 if word in FORWARD else -1), child.text
        if child.dep_ == "prep" and word in LEADING_PREPOSITIONS and (place := _place_rated(child)):
            return place, f"{child.text} {next(c.text for c in child.children if c.dep_ == 'pobj')}"
    return 0, ""


def _place_rated(prep) -> int:
    """+1/-1 for where a preposition leads ("to prosperity", "into chaos", "in job losses") when general English
    rates the place or its adjective (VADER), else 0."""
    return next((_rated_noun(place) for place in prep.children if place.dep_ == "pobj"), 0)


def _of_object(noun):
    """What ``noun`` is "of" ("jobs" of "thousands of jobs"), or None."""
    return next((o for p in noun.children if p.dep_ == "prep" and _norm(p.text) == "of"
                 for o in p.children if o.dep_ == "pobj"), None)


def _rated_noun(noun) -> int:
    """+1/-1 when general English rates a noun ("chaos") or, failing that, one of its adjectives ("a safe haven");
    a number of things is rated by what it counts ("thousands of jobs", "dozens of deaths")."""
    if noun.ent_type_ == "CARDINAL" or noun.pos_ == "NUM" or _norm(noun.text) in ("number", "numbers", "lots", "lot",
                                                                                   "plenty", "scores", "dozens"):
        counted = _of_object(noun)
        if counted is not None:
            return _rated_noun(counted)
    return _rated(noun) or next((r for r in (_rated(a) for a in noun.children if a.dep_ == "amod") if r), 0)


# Attitude nouns for a hostile act: said of a thing ("the bill was an attack on media freedom") they judge it, where
# a thing that is "a rejection of austerity" rejects what it is of
HOSTILE_ACTS = frozenset("attack assault onslaught".split())
# Attitude words that are also words for a fall ("declined to support it" / "a decline in tourism")
FALLING_WORDS = frozenset(("decline",))
# Words for whether a claim is so
TRUTH_WORDS = frozenset("true false untrue accurate inaccurate".split())


def _is_thing(token) -> bool:
    """A subject that holds no view: "that", "it", "which", or a noun that names no person or body."""
    if token is None:
        return False
    if token.pos_ == "PRON":
        return _norm(token.text) in ("this", "that", "it", "which")
    return (token.pos_ == "NOUN" and not _is_person_noun(token.lemma_) and not _is_body_noun(token.lemma_)
            and _norm(token.lemma_) not in HUMAN_GROUPS)


def _is_to_infinitive(verb) -> bool:
    """Whether ``verb`` is marked by "to" ("to repeal", "to be suspended")."""
    return any(c.dep_ == "aux" and _norm(c.text) == "to" for c in verb.children)


def _is_agent_asked(node, dep: str, child, kind: str) -> bool:
    """Whether ``child`` is who is asked or wanted to act, no target: "urged nurses to ratify it", "begged the
    council to act", "wants the regulator to block the split" (but "wants house arrest to replace jail" wants house
    arrest)."""
    agent = (_norm(child.text) in ("me", "you", "him", "her", "us", "them") or _is_third_party(child)
             or _is_person_noun(child.lemma_) or _is_body_noun(child.lemma_))
    if not agent or node.pos_ != "VERB":
        return False
    if dep == "nsubj":  # the subject of a to-infinitive complement: "wants [the regulator to block the split]"
        return _is_to_infinitive(node) and node.dep_ in ("ccomp", "xcomp") and child.i < node.i
    return kind == "attitude" and dep in ("dobj", "dative") and _has_infinitive(node, ("xcomp", "ccomp"))


def _has_infinitive(verb, deps: tuple[str, ...]) -> bool:
    """Whether ``verb`` has a to-infinitive complement of one of ``deps`` ("pledged to repeal", "asked them to hold")."""
    return any(c.dep_ in deps and _is_to_infinitive(c) for c in verb.children)


def _is_attitude_participle(token) -> bool:
    """"was deeply concerned", "is opposed": a past participle that is an attitude word as written."""
    return token.tag_ == "VBN" and (_norm(token.text) in ATTITUDE_WORDS or (
        # "was not convinced by the bill": the one convinced holds the view (listed in phrasal_cues with "by")
        PHRASAL_CUES.get((_norm(token.text), "by", None)) is not None))


def _is_agentless_passive(token) -> bool:
    """"are needed", "was justified": a past participle with a passive subject and no "by" agent."""
    return (token.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in token.children)
            and not any(c.dep_ == "agent" for c in token.children))


def _passive_agent(verb):
    """Who does what a passive verb says ("by the Plaid group" of "was condemned by the Plaid group"), else None."""
    return next((o for agent in verb.children if agent.dep_ == "agent"
                 for o in agent.children if o.dep_ == "pobj"), None)


FORMER_MARKS = lexicon.words("former_marks")


def _held_once(noun) -> bool:
    """"a former supporter", "an erstwhile critic", "once an opponent", "a one-time ally": a role held before."""
    for child in noun.children:
        word = _norm(child.text)
        if child.dep_ in ("amod", "compound") and word in FORMER_MARKS or child.dep_ == "advmod" and word in FORMERLY:
            return True
        if child.dep_ == "compound" and word == "time" and any(_norm(c.text) == "one" for c in child.children):
            return True  # ("one - time", split by the tokenizer)
    return False


FITNESS_WORDS = {word: int(sign) for word, sign in (line.split() for line in lexicon.lines("fitness_words"))}


def _person_by_name(token) -> bool:
    return token is not None and token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


def _judged_person(token, spans) -> bool:
    """A person by name said to be fit or unfit ("Munteanu is the right person for the job", "she was unfit for
    the office", "he is well qualified"): in a debate about putting them in a post, a stance on the nomination
    (see _join_nominees). The subject of "be" with an evaluative complement."""
    if not (_person_by_name(token) and token.dep_ == "nsubj" and _norm(token.head.lemma_) == "be"
            and _actor_at(token, spans) is not None):
        return False
    complements = [c for c in token.head.children if c.dep_ in ("acomp", "attr")]
    if any(g.dep_ in ("xcomp", "ccomp", "advcl") and _norm(c.lemma_) not in FITNESS_WORDS
           for c in complements for g in c.children):
        return False  # "Labour was right to reject the quotas": the act is judged, not the person
    return any(_lexical_polarity(w)[1] == "evaluative" for c in complements
               for w in (c, *(m for m in c.children if m.dep_ in ("amod", "advmod"))))


def _stance_agent(noun):
    """Who a stance noun ("opponent", "supporter") is said of: the actor it is in apposition to, or the
    subject it is the predicate of ("Smith is a supporter of ..."); else None."""
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr" and noun.head.pos_ in ("AUX", "VERB"):
        return _subject(noun.head)
    if noun.dep_ == "pobj" and _norm(noun.head.text) == "among" and _norm(noun.head.head.lemma_) in ("be", "remain") \
            and noun.head.dep_ == "prep":
        return _subject(noun.head.head)  # "she is among the reform's fiercest critics": one of them
    if noun.dep_ == "pobj" and _norm(noun.head.text) == "of" and _norm(noun.head.head.text) == "one":
        # "Holt, one of the program's most consistent champions", "she is one of its critics": what the one is
        return _stance_agent(noun.head.head)
    # "The bill's principal author, Rep. Dela Cruz, said ...": the name in apposition to it; "supporters of the
    # code, such as Mayor Tom Reyes": the one named as an example (and those coordinated with it)
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"),
                next(iter(_examples(noun)), None))


def _going_far(token) -> tuple[int, str, str]:
    """"goes too far" judges the subject as excessive; "does not go far enough" asks for more of it, which
    supports its direction: the verb reads -1 when negated so that the negation makes it +1."""
    far = next((c for c in token.children if _norm(c.text) == "far"), None)
    if far is None:
        far = next((t for c in token.children if c.dep_ == "advmod" for t in c.subtree if _norm(t.text) == "far"),
                   None)
    if far is None:
        return 0, "", ""
    degree = {_norm(t.text) for t in far.head.subtree} | {_norm(t.text) for t in far.subtree}
    if "too" in degree:
        return -1, "evaluative", "too far"
    if "enough" in degree:
        return (-1 if _is_negated(token) else 1), "evaluative", "far enough"
    return 0, "", ""


def _cost_as_loss(token) -> tuple[int, str, str]:
    """"would cost him customers", "will cost jobs": the subject harms someone's interests; "will cost
    £10m" only prices it."""
    lost = [c for c in token.children if c.dep_ == "dobj"]
    if not lost:
        return 0, "", ""
    thing = lost[0]
    if _norm(thing.text) in ("what", "which", "whatever", "how", "much"):
        return 0, "", ""  # "nobody knows what the bill will cost": an amount asked about
    counted = _of_object(thing)
    if thing.ent_type_ == "CARDINAL" and counted is not None and counted.pos_ == "NOUN" \
            and _norm(counted.lemma_) not in COST_AMOUNT_WORDS and counted.ent_type_ != "MONEY":
        thing = counted  # "would cost thousands of jobs": the jobs it costs, counted
    if thing.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT") or _norm(thing.lemma_) in COST_AMOUNT_WORDS:
        return 0, "", ""
    if any(c.dep_ == "nummod" or c.like_num for c in thing.children) or thing.like_num:
        return 0, "", ""
    return -1, "harm", f"{token.text} {thing.text}"


def _is_elliptic_not(token) -> bool:
    """The "not" of "perhaps X, perhaps not": it offers the opposite reading instead of negating."""
    doc = token.doc
    return (
        _norm(token.text) == "not"
        and token.i > 0
        and _norm(doc[token.i - 1].text) in HEDGES
        and (token.i + 1 >= len(doc) or doc[token.i + 1].is_punct)
    )


def _is_restricting_not(token) -> bool:
    """The "but not" that takes part of a stance back: "we would welcome an airport that brings tourists, but not
    one that fills in the islands", "I want this airport, but not at any price" -- for it, and against it as it
    may come."""
    doc = token.doc
    if _norm(token.text) != "not" or token.i == 0 or _norm(doc[token.i - 1].text) != "but" or token.i + 1 >= len(doc):
        return False
    after = [_norm(t.text) for t in doc[token.i + 1:token.i + 4]]
    # ("but not one that fills in the islands", not "but not one councillor has listened")
    return (after[:1] == ["one"] and after[1:2] in (["that"], ["which"], ["who"])
            or after[:2] == ["at", "any"] and after[2:3] in (["price"], ["cost"]))


# Words that negate what they modify, as the parser marks them (also written "n't" or "nt")
NEGATORS = frozenset("not n't nt never no nor neither none nothing nobody cannot".split())


# Words after "not" that add rather than deny: "not just the clauses", "not only the tax but the levy"
ADDING_NOT = frozenset("just only merely simply".split())


def _is_negated(token) -> bool:
    if token.dep_ == "pobj" and _norm(token.head.text) == "without":
        return True  # "pass the bill without delay": no delay
    if token.pos_ == "ADJ" and token.dep_ == "amod" and _norm(token.head.text) in ("nothing", "none"):
        return True  # "there was nothing wrong with the bill": it is not wrong
    if (token.dep_ == "pcomp" and _norm(token.head.text) == "of" and _norm(token.head.head.text) == "short"
            and _norm(token.head.head.head.lemma_) in ("stop", "fall")):
        return True  # "stopped short of endorsing the measure": did not endorse it
    if token.dep_ == "conj" and any(_contrasting_not(child, token.head) and child.i < token.i
                                    for child in token.head.children):
        return True  # the "symbolic" of "practical, not symbolic"
    if token.dep_ == "conj" and any(c.dep_ == "cc" and _norm(c.text) == "than" and c.i < token.i
                                    and any(_norm(a.text) == "rather" for a in c.children) for c in token.head.children):
        return True  # "would dismantle the courts rather than improve them": it would not improve them
    if token.dep_ in ("pcomp", "pobj") and _norm(token.head.text) == "of" and any(
            _norm(a.text) == "instead" for a in token.head.children):
        return True  # "would destroy the courts instead of fixing them", "incentives instead of bans"
    if token.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "nsubj" and _norm(c.text) in ("nobody", "noone") for c in token.children) \
            and (_norm(token.lemma_) in _CUE_WORDS or _phrasal_cue(token)[0]):
        return True  # "nobody could seriously object to the bill": no one could (not "nobody knows what it costs")
    for child in token.children:
        if _contrasting_not(child, token):
            continue  # "practical, not symbolic": the "not" denies what follows it, not the word it hangs on
        if child.dep_ == "neg" and child.i + 1 < len(child.doc) and _norm(child.doc[child.i + 1].text) in ADDING_NOT:
            continue  # "against the entire bill, not just the clauses": the clauses too
        if child.dep_ == "neg" and not _is_elliptic_not(child) and (child.pos_ == "PART" or _norm(child.text) in NEGATORS):
            return True  # (not a word the parser took for one: "Nguyễn" of "Nguyễn Văn Đọc said")
        if child.dep_ in ("det", "preconj") and _norm(child.text) in ("no", "neither"):
            return True  # (and "neither amnesty nor self-determination fits": the first of the two denied too)
        if (child.dep_ == "cc" and _norm(child.text) in ("nor", "neither") and token.pos_ in ("VERB", "AUX")
                and child.i == token.left_edge.i and child.i + 1 < token.i
                and child.doc[child.i + 1].pos_ == "AUX" and child.doc[child.i + 1].head.i == token.i):
            return True  # "Nor am I persuaded by the call", "Neither do we support it": the clause it opens denied
        if child.dep_ == "amod" and _norm(child.text) == "little" and token.pos_ == "NOUN" \
                and _norm(token.lemma_) in _CUE_WORDS and not any(_norm(c.text) == "a" for c in child.children) \
                and not (child.i > 0 and _norm(child.doc[child.i - 1].text) == "a"):
            return True  # "little appetite for it", "little support for the bill": hardly any
        if child.dep_ == "advmod" and _norm(child.text) in ("less", "never") and token.pos_ in ("ADJ", "VERB"):
            return True  # "less enthusiastic", "never supported"
        if _no_longer(child) or child.dep_ in ("aux", "auxpass") and any(_no_longer(g) for g in child.children):
            # "no longer opposes the phase-out", "we are no longer against the program", "was no longer opposed"
            # (the parser may hang it on the auxiliary)
            return True
    return False


def _must_go(verb) -> bool:
    """"The subsidy must go", "this law should go": a thing that should go away, said with
    nothing after the verb (not "go ahead", "go to court", "go further")."""
    return (_norm(verb.lemma_) == "go" and _is_recommendation(verb)
            and all(c.dep_ in ("nsubj", "aux", "neg", "punct", "cc", "conj") for c in verb.children))


def _contrasting_not(child, token) -> bool:
    """The "not" after a comma that sets a word against the one before it ("practical, not symbolic", "a reform,
    not a revolution"), which the parser may hang on the first word: it denies the second."""
    doc = child.doc
    return (child.dep_ == "neg" and child.i > token.i and child.i > 0 and doc[child.i - 1].text == ","
            and any(c.dep_ == "conj" and c.i > child.i for c in token.children))


def _no_longer(token) -> bool:
    return token.dep_ == "advmod" and _norm(token.text) == "longer" and any(
        g.dep_ == "neg" and _norm(g.text) == "no" for g in token.children)


def _subject(token):
    """The explicit subject of a verb or adjective, inherited through coordination and control."""
    seen = 0
    while token is not None and seen < 6:
        seen += 1
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subjects:
            # the nearest: a parse that runs over a paragraph break can give a verb two subjects
            return min(subjects, key=lambda c: abs(c.i - token.i))
        if token.dep_ == "acomp":
            token = token.head
            continue
        if token.dep_ == "conj" or token.dep_ == "xcomp":
            token = token.head
            continue
        if token.dep_ == "advcl" and token.pos_ == "VERB" and token.tag_ in ("VBG", "VBN", "VB"):
            token = token.head  # "..., saying it was wrong": a participle clause shares its head's subject
            continue
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX"):
            token = token.head.head  # "faces a rebellion after deciding to back ..."
            continue
        if (token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "pobj" and token.head.head.dep_ == "prep"
                and _norm(token.head.head.text) in SETTING_PREPOSITIONS and token.head.head.head.pos_ in ("VERB", "AUX")):
            # "wrote to the council before the vote urging them to reject it": the participle the parser hung on
            # the time is the writer's
            token = token.head.head.head
            continue
        if _is_infinitival_description(token):
            return _described(token.head)  # "Senator Reyes, the only senator to vote against the bill": Reyes
        return None
    return None


def _is_infinitival_description(token) -> bool:
    """"the only senator to vote against the bill": an infinitive that describes a noun in apposition to a name."""
    return (token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN") and _described(token.head) is not None
            and _is_to_infinitive(token))


def _described(noun):
    """The name a noun is in apposition to ("Reyes, the only senator"), also when the parser made both subjects
    of the verb; else None."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    if noun.dep_ == "nsubj":
        return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < noun.i), None)
    if noun.dep_ == "attr" and _norm(noun.head.lemma_) == "be":
        # "Castellanos was the only Republican to vote against the postponement"
        return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON")), None)
    return None


# Verbs that put a thing at a level, taking no side on the thing ("return the age to 65", "fix the rate at 9%")
SETTING_VERBS = frozenset("set fix peg return restore bring put hold keep".split())


def _set_to_a_number(verb) -> bool:
    """A verb that puts its object at an amount ("return the retirement age to 65", "fix the rate at 9%"; not a
    year, "bring the levy forward to 2025")."""
    if _norm(verb.lemma_) not in SETTING_VERBS or _lexical_polarity(verb)[0]:
        return False
    return any(c.dep_ == "prep" and _norm(c.text) in ("to", "at") and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
        and (o.like_num or any(n.dep_ == "nummod" and n.ent_type_ not in ("DATE", "TIME") for n in o.children))
        for o in c.children) for c in verb.children)


def _holder(token):
    """Who holds the attitude ``token`` expresses: its subject, or for a noun its possessor."""
    if token.pos_ in ("NOUN", "PROPN"):
        if _norm(token.lemma_) in STANCE_AGENT_NOUNS:
            return _stance_agent(token)  # "the bill's author, X": the possessor is what X authored
        for child in token.children:
            if child.dep_ == "poss":
                return child
        return None
    for child in token.children:
        if child.dep_ == "agent":  # "the curbs were opposed by most traders": the traders hold it
            return next((c for c in child.children if c.dep_ == "pobj"), child)
    if token.pos_ == "ADP" and token.head.i != token.i and (token.head.lemma_ in COPULAS or token.head.pos_ == "VERB"):
        # "the council president is against this contract": the president is; "the opposition had turned
        # against the bill": the opposition has
        return _subject(token.head)
    return _subject(token)


def _is_hedged(token) -> bool:
    if _norm(token.lemma_) in SOFT_NEGATIVE:
        return True
    for child in token.children:
        if _norm(child.text) in HEDGES and child.dep_ in ("aux", "advmod"):
            return True
    return False


# --- polarity toward one word --------------------------------------------------------------------------
@dataclass
class _Owner:
    """Decides whether an attitude's holder is the statement's actor."""

    holder_tokens: frozenset[int]  # token indexes that stand for the actor (its subject / mentions)
    first_person_is_actor: bool  # quotes and opinion pieces: "I"/"we" is the speaker
    pronouns_are_actor: bool  # reported clauses: "Kim said he wanted ..." → "he" is Kim
    speaks_for_institution: bool = False  # quotes: "the government is open to ..." is the speaker's side
    actor_name: str = ""  # the statement's actor: a holder naming the same actor is the actor
    actor_kind: str = ""
    spans: tuple = ()  # mention spans of the article, to name holders
    # nouns of the actor's titles and roles ("chamber" of "Chamber chief executive"): "the chamber supported the
    # levy", said by her, is her own side's stance
    own_bodies: frozenset = frozenset()
    # people words of the actor's titles ("student" of "student leader"): "the students", in the plural, said by
    # her, are her own side
    own_groups: frozenset = frozenset()
    # names of the bodies the actor's titles call them a leader or voice of ("labour" of "Labour leader"): "Labour
    # would vote against it", said by him, is his own side's stance
    own_parties: frozenset = frozenset()

    def owns(self, holder, predicate=None) -> bool:
        if holder is None:
            return True  # no explicit holder: the speaker's own ("allowing ...")
        if _norm(holder.text) in RELATIVE_PRONOUNS and holder.head.dep_ == "relcl":
            personal = _norm(holder.text) in ("who", "whom")
            holder = holder.head.head  # "those that support hunting": the holder is "those"
            if personal and holder.pos_ == "NOUN" and not self._names_actor(holder):
                member = _member_of(holder)  # "X was among the members who voted against it": X did
                return member is not None and self._names_actor(member)
                # ("any principal who is nervous about it": "who" says a person, not the speaker)
        if holder.pos_ == "PRON" and _norm(holder.text) in ("nobody", "noone") and (not any(
                c.dep_ == "prep" for c in holder.children) or predicate is not None and any(
                c.dep_ == "aux" and _norm(c.text) in ("could", "can", "would", "should") for c in predicate.children)):
            # "nobody could object to it": the speaker's claim, and its negation their stance (not "nobody in the
            # opposition supported it", which says where others stand)
            return True
        if holder.i in self.holder_tokens and _norm(holder.text) in _WHOLE_GROUP_WORDS:
            return True  # "All of the Green Party's MPs voted for it": the party's members as a whole
        if holder.pos_ == "PRON" and _norm(holder.text) in PEOPLE_PRONOUNS:
            return False  # "those who back it", "some fear": other people
        if holder.pos_ == "PRON" and _norm(holder.text) == "we" and any(
                c.dep_ in ("appos", "det", "advmod") and _norm(c.text) == "all" for c in holder.children):
            return False  # "we all want better pensions, but ...": common ground conceded, as "everyone wants"
        if holder.dep_ == "nsubjpass" and predicate is not None and predicate.pos_ == "VERB" and not (
            _is_attitude_participle(predicate)
        ):  # ("she was deeply concerned": an adjectival passive, whose subject holds the attitude)
            # "the suggestion was rejected": the subject of a passive is what was acted on; the holder is
            # its agent ("by X"), unknown without one
            agent = next((c for c in predicate.children if c.dep_ == "agent"), None)
            if agent is None:
                # unless it is what the speaker recommends or aims at: "the ban should be repealed", "would make
                # sure the law was repealed", "wants the bill withdrawn"
                return _is_recommendation(predicate) or self._aims_at(predicate)
            holder = next((c for c in agent.children if c.dep_ == "pobj"), holder)
        if predicate is not None and _is_recommendation(predicate):
            return True  # "X said the United States should boycott ...": X recommends it
        if holder.i in self.holder_tokens:
            return True
        if self.actor_name and _actor_at(holder, self.spans) == self.actor_name:
            return True  # "U.S. officials said ... Washington will not stand in the way"
        word = _norm(holder.text)
        possessor = next((c for c in holder.children if c.dep_ == "poss"), None)
        if possessor is not None and possessor.pos_ == "PRON":
            # "her party would not support ...": the speaker's own side; "its senators would not support ...",
            # said by a party: its own people
            owns = self._possessive(_norm(possessor.text))
            if owns is not None and (_norm(possessor.text) != "its" or _is_person_noun(holder.lemma_)):
                return owns
        if holder.dep_ == "poss" and holder.pos_ == "PRON" and self._possessive(word) is not None:
            return self._possessive(word)  # "repeated her call for the levy to be cut": whose call it is
        if word in FIRST_PERSON:
            return self.first_person_is_actor
        if holder.pos_ == "PRON":
            if word in ("he", "she", "they"):
                return self.pronouns_are_actor  # "Kim said he wanted ...": the reported actor
            if word == "it" and self.pronouns_are_actor and self.actor_kind not in ("person", ""):
                return True  # "Washington will not stand in the way, nor will it allow ..." 
            return word not in THIRD_PERSON  # "this", "that", "which": a thing, no one's attitude
        lemma = _norm(holder.lemma_)
        definite = any(_norm(c.text) == "the" for c in holder.children)
        if not any(c.dep_ in ("poss", "compound") for c in holder.children) and (
            self.speaks_for_institution and lemma in SELF_INSTITUTIONS
            or lemma in self.own_bodies and definite
            # ("teachers will not return", said by the teachers' leader: no determiner, her members)
            or lemma in self.own_groups and holder.tag_ == "NNS" and (definite or not any(
                c.dep_ in ("det", "amod", "nummod") for c in holder.children))
            or _names_own_body(holder, self.own_parties)
        ) or _own_members(holder, self.own_parties):
            return True
        if (predicate is not None and _norm(predicate.lemma_) in SIDING_VERBS and holder.pos_ == "NOUN"
                and any(c.dep_ == "dobj" for c in predicate.children)
                and not any(c.dep_ == "prt" for c in predicate.children)
                and not _is_third_party(holder) and not _is_body_noun(holder.lemma_)):
            return False  # "the law favoured big business": whom a thing serves, no one's side
        return not _is_third_party(holder)  # a thing as subject ("the risks should not stop ...") is no one

    def _possessive(self, word: str) -> bool | None:
        """Whether a possessive pronoun stands for the actor ("my", "our" in their own words; "his", "her",
        "their", and "its" for a body, in reported speech); None for any other word."""
        if word in ("my", "our"):
            return self.first_person_is_actor
        if word in ("his", "her", "their"):
            return self.pronouns_are_actor
        if word == "its":
            return self.pronouns_are_actor and self.actor_kind not in ("person", "")
        return None

    def _names_actor(self, holder) -> bool:
        return holder.i in self.holder_tokens or bool(self.actor_name and _actor_at(holder, self.spans) == self.actor_name)

    def _aims_at(self, clause) -> bool:
        """Whether ``clause`` is what a verb of aiming held by the actor is for ("make sure the law was repealed")."""
        node = clause
        for _ in range(3):
            if node.dep_ not in ("ccomp", "xcomp", "acomp") or node.head.i == node.i:
                return False
            node = node.head
            if _norm(node.lemma_) in AIM_VERBS and node.pos_ in ("VERB", "ADJ"):
                holder = _subject(node)
                return holder is None or (holder.dep_ != "nsubjpass" and self.owns(holder, node))
        return False


# Nouns for what someone decided, standing for the last act the article reports ("welcomed the decision")
DECISION_NOUNS = frozenset("decision move".split())


def _undone_before(noun) -> bool:
    """Whether "the decision", "the move" stands for undoing a measure: the act the article leads with, or the last
    one it reports before the noun, is a verb that undoes (SHIFTERS) a measure ("Duque on Sunday asked Congress to
    withdraw his government's proposed tax reform")."""
    if _norm(noun.lemma_) not in DECISION_NOUNS or any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return False
    if any(c.dep_ == "prep" and (_norm(c.text) in ("of", "to") or any(
            _norm(o.lemma_) in MEASURE_HEADS for o in c.children if o.dep_ == "pobj")) for c in noun.children):
        return False  # "the decision to withdraw", "the decision on the reform": its content named ("on Twitter" is not)
    acts = []  # whether each verb acting on a measure before the noun undoes it, in text order
    for verb in noun.doc[:noun.i]:
        objects = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree] if verb.pos_ == "VERB" else []
        if any(t.i == noun.i for t in objects):
            continue  # "welcomed the decision" itself
        if any(t.pos_ == "NOUN" and _norm(t.lemma_) in MEASURE_HEADS - DECISION_NOUNS for t in objects):
            acts.append(_norm(verb.lemma_) in SHIFTERS and not _is_negated(verb))
    return bool(acts) and (acts[0] or acts[-1])


# Nouns of a reason or a will to act: with "no" before them, the act they lead to is not done
REASON_NOUNS = frozenset("reason grounds ground intention plan need desire wish appetite justification basis".split())


def _without_reason(child, node) -> bool:
    """Whether the act ``child`` is one there is no reason or will for: "no intention of withdrawing" (the act under
    "of" of the noun), "saw no grounds to block it" (the infinitive the parser hung on the verb beside the noun)."""
    def denied(noun) -> bool:
        return (noun.pos_ == "NOUN" and _norm(noun.lemma_) in REASON_NOUNS
                and any(c.dep_ == "det" and _norm(c.text) == "no" for c in noun.children))
    if child.dep_ in ("prep", "acl", "relcl") and denied(node):
        return (child.dep_ == "acl" or child.dep_ == "relcl" and _is_to_infinitive(child)
                or _norm(child.text) == "of" and any(c.dep_ == "pcomp" for c in child.children))
    return (child.dep_ in ("advcl", "xcomp") and _is_to_infinitive(child) and node.pos_ == "VERB"
            and any(c.dep_ == "dobj" and denied(c) for c in node.children))


def _lacked(token) -> bool:
    """"Reporting without fear or favour", "passed without opposition": an attitude said to be absent, the manner
    of an act, no one's stance."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and _norm(token.head.text) == "without"


# Determiners of a noun that means any one of its kind, not the one under debate ("any change", "a bad deal"); of
# them, those that make a measure hypothetical even with a clause describing it ("a law that would ..." is the one)
ANY_SUCH = frozenset("any every no".split())
ANY_ONE = ANY_SUCH | {"a", "an"}


def _any_such(noun) -> bool:
    """"any change", "no plan": a measure noun that names any one of its kind, not the one argued (where "a law
    that would bring normality" is often the one argued, described)."""
    return _norm(noun.lemma_) in ANAPHORIC_NOUNS and any(
        c.dep_ == "det" and _norm(c.text) in ANY_SUCH for c in noun.children)


def _is_third_party(token) -> bool:
    """A noun that names someone who can hold an attitude: a name, a group of people, a person noun (not the
    name of a law: "Proposition 22 would protect ...")."""
    if token.ent_type_ == "LAW" or _norm(token.lemma_) in LEGISLATIVE_NOUNS and token.pos_ == "PROPN":
        return False
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = _norm(token.lemma_)
    if lemma in HUMAN_GROUPS:
        return True
    if lemma in MEASURE_HEADS or lemma.endswith("ment"):
        return False  # "the agreement would bring peace", "the order", "the power": measures, not people
    return lemma.endswith(PERSON_NOUN_ENDINGS)


def _unnamed_acronym(token) -> bool:
    """A word in capitals the model takes for no one's or nothing's name (no entity): "ICERD", "the NHI"."""
    return token.pos_ == "PROPN" and not token.ent_type_ and len(token.text) >= 3 and _is_acronym(token.text)


def _is_recommendation(predicate) -> bool:
    """"should be published", "must go", "will have to be overturned", "needs to be scrapped", "deserves to be
    voted down"."""
    if any(c.dep_ == "aux" and _norm(c.text) in RECOMMENDING_MODALS for c in predicate.children):
        return True
    if (predicate.dep_ in ("relcl", "acl") and _is_to_infinitive(predicate) and _norm(predicate.head.lemma_) == "time"
            and predicate.head.dep_ == "attr" and _norm(predicate.head.head.lemma_) == "be"
            and any(c.dep_ == "nsubj" and _norm(c.text) == "it" for c in predicate.head.head.children)):
        return True  # "it is time to pass the bill", "it was high time to scrap the levy"
    return (
        predicate.dep_ == "xcomp"
        and _norm(predicate.head.lemma_) in ("have", "need", "deserve")
        and _is_to_infinitive(predicate)
    )


def _cannot_be_done(verb) -> bool:
    """"The full text cannot be published": a passive act said not to be possible, which its speaker refuses."""
    return (any(c.dep_ == "auxpass" for c in verb.children) and any(n.dep_ == "neg" for n in verb.children)
            and any(c.dep_ == "aux" and _norm(c.text) in ("can", "ca") for c in verb.children)
            # (not "cannot be published until the audit is complete": a step of a procedure)
            and not any(c.dep_ in ("advcl", "prep") and (_norm(c.text) in ("until", "before", "till") or any(
                m.dep_ == "mark" and _norm(m.text) in ("until", "before", "till") for m in c.children))
                for c in verb.children))


# Verbs whose imperative asks for no act on its object: "Let's see how many indictments", "Imagine the cost",
# "Look at the figures", "Remember what they promised", "Start with the bank levy"
IMPERATIVE_ASIDES = lexicon.words("imperative_asides")


def _is_imperative(verb) -> bool:
    """"Publish the full agreement", "Scrap the levy, and give the towns their money": a verb in its bare form that
    opens its sentence with no subject or auxiliary, or a second such verb joined to it."""
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.tag_ == "VB" and not any(
            c.dep_ in ("nsubj", "aux") for c in verb.children):
        verb = verb.head
    if verb.tag_ != "VB" or _norm(verb.lemma_) in IMPERATIVE_ASIDES or verb.dep_ not in ("ROOT", "ccomp", "xcomp", "parataxis") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark") for c in verb.children):
        return False
    # (first in its sentence, or in the quotation it opens: 'wrote: "Publish the full agreement"')
    before = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if not t.is_space), None)
    return before is None or before.text in ('"', "“", ":", "'", "‘")


# Complements that say what something is ("the bill is [unworkable]", "called the plans [dangerous]").
PREDICATIVE_DEPS = frozenset(("acomp", "attr", "oprd"))
# How strongly general English must rate a word (VADER, -4..+4) for it to judge what it is said of.
MIN_VALENCE = 1.0
# Words for being at odds with something, and what a law is: "contrary to the constitution" is unlawful
CONFLICTING = frozenset("contrary incompatible inconsistent".split())
LAW_WORDS = frozenset("constitution law convention treaty charter".split())
# The rating enough for an adjective a characterising verb calls something ("described it as insensitive", -0.9)
CHARACTERISED_VALENCE = 0.5


def _is_predicative(token) -> bool:
    return token.dep_ in PREDICATIVE_DEPS or (token.dep_ == "conj" and token.head.dep_ in PREDICATIVE_DEPS) or (
        # "considered the ruling a violation of human rights": the parser makes the second object a clause of its
        # own, with the first as its subject; it is said of that subject all the same
        token.dep_ in ("ccomp", "xcomp") and token.pos_ in ("NOUN", "ADJ")
        and _norm(token.head.lemma_) in CHARACTERISING_VERBS and any(c.dep_ == "nsubj" for c in token.children))


def _rated(token, minimum: float = MIN_VALENCE) -> int:
    """+1/-1 when general English rates the word clearly positive/negative (VADER), else 0."""
    value = lexicon.valence(_norm(token.lemma_)) or lexicon.valence(_norm(token.text))
    if not value and token.pos_ == "ADJ":
        value = next(filter(None, map(lexicon.valence, _degree_bases(_norm(token.text)))), 0.0)
    return 0 if abs(value) < minimum else (1 if value > 0 else -1)


def _degree_bases(word: str) -> list[str]:
    """The plain adjectives a comparative or superlative the tagger left alone may come from: "fairest" ->
    "fair", "happiest" -> "happy", "biggest" -> "big", "safer" -> "safe"."""
    for ending in ("est", "er"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[: -len(ending)]
            found = [base, base + "e"]
            if base.endswith("i"):
                found.append(base[:-1] + "y")
            if len(base) > 2 and base[-1] == base[-2]:
                found.append(base[:-1])
            return found
    return []


def _in_judgement(token) -> bool:
    """Whether a noun lies inside a judgement passed on something else: the complement of "a waste of
    money", "a perversion of justice" (said of a subject, or as a characterising verb's second object)."""
    node = token
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep", "compound", "amod") or node.head.i == node.i:
            break
        node = node.head
    if node.i == token.i or node.pos_ not in ("NOUN", "ADJ"):
        return False
    judged = _is_predicative(node) or (
        node.dep_ in ("dobj", "conj") and node.head.pos_ in ("NOUN", "PROPN")
        and _norm(node.head.head.lemma_) in CHARACTERISING_VERBS
    )
    if not judged:
        return False
    value, kind, _ = _lexical_polarity(node)
    if kind == "attitude":
        return False  # "sceptical of the charge", "opposed to the plan": the complement is the target
    return bool(value and kind in ("evaluative", "harm")) or bool(_rated(node))


def _characterisation(verb, target) -> tuple[int, str]:
    """"branded the scheme a waste of money", "called the plans dangerous", "described the ban as
    ridiculous": the judgement the characterising verb's second complement passes on ``target``."""
    total, cues = 0, []
    excluded = {t.i for t in target.subtree if t.dep_ in ("det", "compound", "poss") or t.i <= target.i}
    # (nor what the object itself is about: "declared her support for the ban" passes no judgement "ban")
    excluded |= {t.i for prep in target.children if prep.dep_ == "prep" and _norm(prep.text) != "as"
                 for t in prep.subtree}
    subject = _subject(verb)
    if subject is not None:
        excluded |= {t.i for t in subject.subtree}
    # the judgement is the complement itself, not another clause joined to the verb ("and voted against it") nor
    # a clause describing the complement's noun ("a tax on people holidaying at home")
    excluded |= {t.i for child in verb.children if child.dep_ in ("conj", "cc", "advcl") for t in child.subtree}
    excluded |= {t.i for token in verb.subtree if token.dep_ in ("acl", "relcl") and token.head.i != verb.i
                 for t in token.subtree}
    for token in verb.subtree:
        if token.i in excluded or token.i <= target.i or token.pos_ not in ("ADJ", "NOUN", "VERB"):
            continue
        value, kind, cue = _lexical_polarity(token)
        if kind == "attitude" and token.pos_ == "NOUN":
            # "an attack on working families": what the act is against is no judgement of its own
            excluded |= {t.i for prep in token.children if prep.dep_ == "prep" for t in prep.subtree}
        if kind == "evaluative" and token.pos_ == "NOUN":
            # "the biggest humiliation of our democracy", "a betrayal of voters", "a danger to democracy", "a boon for
            # farmers": what it is done to, or whom it serves, is no judgement
            # (but "a gift to criminals", "a victory for corruption" are judged by whom they serve)
            excluded |= {t.i for prep in token.children if prep.dep_ == "prep" and (
                _norm(prep.text) == "of" or _norm(prep.text) in ("to", "for") and not any(
                    o.dep_ == "pobj" and _rated_noun(o) < 0 for o in prep.children)) for t in prep.subtree}
        ended = [o for prep in token.children if prep.dep_ == "prep" and _norm(prep.text) == "of"
                 for o in prep.children if o.dep_ == "pobj"] if kind == "shifter" and token.pos_ == "NOUN" else []
        if ended and _rated_noun(ended[0]):
            # "the end of democracy", "the death of free speech": the opposite of what it ends
            value, cue = -_rated_noun(ended[0]), f"{token.text} of {ended[0].text}"
            excluded |= {t.i for t in ended[0].subtree}
        elif kind not in ("evaluative", "harm") and token.pos_ == "NOUN" and _norm(token.lemma_) in (
                MEASURE_HEADS | AGREEMENT_NOUNS | LEGISLATIVE_NOUNS):
            continue  # "called it a cosmetic agreement", "an agreement for one class": what kind of thing it is
        elif kind not in ("evaluative", "harm"):
            # (what a characterising verb calls its object is a judgement, however mildly general English rates
            # the adjective: "described the levy as insensitive")
            value, cue = _rated(token, CHARACTERISED_VALENCE if token.pos_ == "ADJ" else MIN_VALENCE), token.text
        if value:
            total += value
            cues.append(cue)
    if not total:
        return 0, ""
    return (1 if total > 0 else -1), " ".join(cues)


# Words that with "more than" say a thing is at most what follows: "nothing more than", "little more than"
AT_MOST = frozenset("nothing little no".split())


def _no_more_than(token):
    """The noun a predicate says its subject is at most ("was nothing more than a gimmick", "little more than a tax
    grab", "no more than a delay"), else None."""
    more = token if token.lower_ == "more" else next((c for c in token.children if c.lower_ == "more"), None)
    if more is None or not (token.lower_ in AT_MOST or any(c.lower_ in AT_MOST for c in more.children)):
        return None
    than = next((c for c in more.children if c.dep_ == "prep" and c.lower_ == "than"), None)
    return next((o for o in than.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None) if than is not None else None


def _predicate_polarity(token, exclude=None, depth: int = 0) -> tuple[int, list[str], bool]:
    """Polarity a predicate expresses about its subject ("is going to fail", "has immense value")."""
    if depth > 4:
        return 1, [], False
    contrast = _elided_contrast(token) if depth == 0 else None
    if contrast is not None:
        # "the fine is not [correct]": the opposite of what the earlier clause says of its subject
        sub, sub_cues, sub_hedged = _predicate_polarity(contrast, exclude=_subject(contrast))
        return (-sub if sub_cues else 0), sub_cues + ["not"] if sub_cues else [], sub_hedged
    denied = [token] if token.pos_ in ("NOUN", "ADJ") else [
        c for c in token.children if c.dep_ in ("attr", "acomp") and c.i > token.i]
    if any(c.dep_ == "neg" for c in token.children) and len(denied) == 1:
        # "not a legal reform but a threat to the state", "was not cruel but fair": what it is said to be instead is
        # the verdict (the parser hangs the "not" on the noun or on the verb)
        verdict = next((c for c in denied[0].children if c.dep_ == "conj" and c.pos_ == denied[0].pos_ and any(
            b.dep_ == "cc" and b.lower_ == "but" and b.i < c.i for b in denied[0].children)), None)
        if verdict is not None:
            return _predicate_polarity(verdict, depth=depth + 1)
    if token.pos_ == "ADJ" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in token.children):
        verdict = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "ADJ"), None)
        if verdict is not None:
            # "painful but unavoidable", "expensive but worth it": what comes after "but" is the verdict; the
            # first is conceded (nothing, if the verdict rates nothing)
            return _predicate_polarity(verdict, depth=depth + 1)
    if depth > 0 and token.pos_ == "NOUN" and token.dep_ in ("attr", "oprd") and any(
            c.dep_ == "prep" and _norm(c.text) == "in" and any(_norm(o.lemma_) == "search" for o in c.children)
            for c in token.children):
        # "a solution in search of a problem", "a headline in search of a policy": it lacks what it is for
        return -1, [f"{token.text} in search of"], False
    compared = _no_more_than(token) if depth > 0 else None
    if compared is not None:
        # "nothing more than a gimmick", "little more than a tax grab", "no more than a delay": what it is said
        # to be at most is what it is said to be
        sub, sub_cues, sub_hedged = _predicate_polarity(compared, depth=depth + 1)
        if not sub_cues and _rated_noun(compared):
            sub, sub_cues = _rated_noun(compared), [compared.text]
        return sub, [f"more than {c}" for c in sub_cues], sub_hedged
    value, kind, cue = _lexical_polarity(token)
    if not value and depth > 0 and token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.dep_ in ("attr", "oprd") \
            and _rated(token):
        # "a terrible deal", "a brilliant idea": what general English makes of the adjective judges the noun it
        # calls the subject
        value, kind, cue = _rated(token), "evaluative", token.text
    if depth > 0 and not value:
        for clause in (c for c in token.children if c.pos_ == "VERB" and _said_of_a_thing(c)):
            holder = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            stance, stance_kind, stance_cue = _lexical_polarity(clause)
            if stance and stance_kind == "attitude" and holder is not None and _norm(holder.text) not in RELATIVE_PRONOUNS:
                # "a referendum on it was not something she could support", "the tax is something we will never
                # accept": what the holder does to the thing the subject is said to be
                negated = _is_negated(clause)
                return (-stance if negated else stance), [stance_cue + (" not" if negated else "")], _is_hedged(clause)
    if depth > 0 and token.pos_ == "NOUN" and token.dep_ in ("attr", "oprd") and not value:
        for clause in (c for c in token.children if c.dep_ == "relcl"):
            doer = next((c for c in clause.children if c.dep_ == "nsubj" and _norm(c.text) in RELATIVE_PRONOUNS), None)
            effect = _effect_of_thing(clause, doer, *_lexical_polarity(clause)[:2], relative=True) if doer else 0
            if effect:
                # "it was a law that would destroy the country", "a historic step that would bring stability":
                # what the thing it is said to be does judges it
                return effect, [clause.text + (" not" if _is_negated(clause) else "")], _is_hedged(clause)
    cues: list[str] = []
    hedged = _is_hedged(token)
    polarity = 1
    found = False
    recommended = depth > 0 and kind in ("attitude", "shifter") and token.pos_ == "VERB" and _is_recommendation(token)
    if kind in ("evaluative", "harm") or recommended or (
        depth > 0 and kind == "attitude" and token.pos_ == "ADJ"
    ) or (depth > 0 and kind == "attitude" and _held_by_pronoun(token)) or (
        # "the bill has the support of Senator Rios": whose support the agent's
        depth > 0 and kind == "attitude" and token.pos_ == "NOUN" and token.dep_ == "dobj"
        and _norm(token.head.lemma_) in HAVING_VERBS and _agent(token) is not None
    ) or (
        # "the ban was an attack on ordinary families": what it is, an act against people, judges it (not "a
        # rejection of austerity")
        depth > 0 and kind == "attitude" and value < 0 and token.pos_ == "NOUN" and _said_to_be(token)
        and any(o.dep_ == "pobj" and (_norm(o.lemma_) in _holder_nouns() or _is_person_noun(o.lemma_)
                                      or o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))
                for p in token.children if p.dep_ == "prep" for o in p.children)
    ):
        polarity *= value
        cues.append(cue)
        found = True
    rated_itself = found
    served = next((o for p in token.children if p.dep_ == "prep" and _norm(p.text) == "to"
                   for o in p.children if o.dep_ == "pobj" and _norm(o.lemma_) in WRONGDOERS),
                  None) if found and value > 0 and token.pos_ == "NOUN" else None
    if served is not None:
        # "would be a gift to the criminals": what is given to the bad is bad (but "a cure for a troubled marriage"
        # is good: what a remedy is "for" is the trouble)
        polarity, cues = -polarity, cues + [f"to {served.text}"]
    affirmed: tuple[int, list[str], bool] | None = None
    for child in token.children:
        if exclude is not None and child.i == exclude.i:
            continue
        if depth > 0 and child.dep_ == "amod" and _set_against(child, token):
            # "practical, not symbolic": what it is said to be before the "not", which denies only what follows
            sub = _predicate_polarity(child, depth=depth + 1)
            affirmed = sub if sub[1] else affirmed
            continue
        if child.dep_ == "conj" and found:
            continue  # "a travesty and a perversion": coordinated judgements agree, they do not multiply
        if child.dep_ == "amod" and rated_itself:
            continue  # "a terrible mistake", "a devastating blow": the adjective says how much, it does not turn it
        interest = _interest_judgement(child) if _norm(token.lemma_) in COPULAS else 0
        if interest:
            polarity *= interest
            cues.append(f"{child.text} the interest")
            found = True
            continue
        if child.dep_ == "prep" and (_norm(token.lemma_), _norm(child.text)) in EQUATING_PHRASES:
            # "amounted to theft", "tantamount to censorship": what it is said to be
            child = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif not (child.dep_ in ("xcomp", "acomp", "attr", "dobj", "oprd") or (
            child.dep_ in ("amod", "conj") and depth > 0
        )):
            child = None
        if child is not None:
            sub, sub_cues, sub_hedged = _predicate_polarity(child, depth=depth + 1)
            if sub_cues:
                polarity *= sub
                cues.extend(sub_cues)
                hedged = hedged or sub_hedged
                found = True
    if found and _is_negated(token):
        polarity = -polarity
        cues.append("not")
    if affirmed is not None:
        return affirmed  # (what it is not agrees with it, or says less: "fair, not cruel")
    return (polarity if found else 0), cues, hedged


def _set_against(modifier, token) -> bool:
    """Whether ``modifier`` is the word that "X, not Y" sets against ``token`` (the parser hangs "practical" on
    "symbolic" in "practical, not symbolic")."""
    doc = token.doc
    return modifier.i < token.i and any(
        c.dep_ == "neg" and modifier.i < c.i < token.i and doc[c.i - 1].text == "," for c in token.children)


HAVING_VERBS = frozenset(("have", "enjoy", "retain", "keep"))


def _said_to_be(noun) -> bool:
    """Whether a predicate says its subject is ``noun``: "was a betrayal", "constitutes a betrayal", "amounted to a
    betrayal"."""
    if noun.dep_ == "attr":
        return True
    if noun.dep_ == "dobj" and _norm(noun.head.lemma_) in EQUATING_VERBS:
        word = noun.head
    elif noun.dep_ == "pobj" and (_norm(noun.head.head.lemma_), _norm(noun.head.text)) in EQUATING_PHRASES:
        word = noun.head.head
        if word.dep_ == "acomp":
            word = word.head  # "was tantamount to theft"
    else:
        return False
    # said of a subject ("the levy amounted to theft"), not a participle that says what kind of thing a noun is
    # ("the most controversial order, amounting to house arrest")
    return _subject(word) is not None and word.dep_ not in ("acl", "advcl", "relcl")


def _state_brought(verb) -> int:
    """+1/-1 for the state a verb leaves its object in, when general English rates it: "would make the streets
    safer", "would leave families poorer", "made the city less safe" ("less" turns it); 0 when nothing is rated, or
    when whether it is good depends on who gains ("make it easier for landlords", "harder to evict")."""
    state = next((c for c in verb.children if _state_of_object(c)), None)
    if state is None or any(c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ == "prep" and _norm(c.text) == "for"
                            or c.dep_ == "nsubj" and _norm(c.text) == "it" for c in state.children):
        return 0
    rated = _rated(state)
    return -rated if any(c.dep_ == "advmod" and _norm(c.text) == "less" for c in state.children) else rated


def _state_of_object(state) -> bool:
    """Whether an adjective is the state a verb gives its object: a predicate ("keep the city safe") or, as the
    parser may give it, a clause of its own with the object for subject and no verb ("make the streets safer")."""
    if state.pos_ != "ADJ":
        return False
    if state.dep_ == "oprd":
        return True
    return (state.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.i < state.i for c in state.children)
            and not any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in state.children))


def _gerund_object(clause, verb) -> bool:
    """"Ruled out, for now, allowing councils to impose a levy": a gerund the parser hung as an adjunct on a verb and
    particle with no object of their own is what they act on."""
    # (or with the gerund's own subject for the verb's object, just before it: "ruled out National supporting the
    # bill")
    return (clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > verb.i
            and any(c.dep_ == "prt" for c in verb.children)
            and all(c.right_edge.i == clause.i - 1 for c in verb.children if c.dep_ == "dobj")
            and not any(c.dep_ == "mark" for c in clause.children) and _phrasal_cue(verb)[0] != 0)


def _extraposed(clause, verb) -> bool:
    """A to-infinitive after "it is ..." is the subject the predicate judges, however the parser attached it:
    "it would be in the public interest [to publish the advice]"."""
    return (clause.dep_ == "advcl" and _is_to_infinitive(clause) and _norm(verb.lemma_) in COPULAS
            and any(c.dep_ == "nsubj" and _norm(c.text) == "it" for c in verb.children))


def _declared_existence(verb, noun) -> str:
    """"There must be a public inquiry", "there should be no amnesty": what the speaker demands there be, or not
    (its cue); and "there will (would, shall) be no postponement": a delay refused. Not what there is or was ("there was no
    delay" reports a fact), nor what there will be of anything else ("there'll be a reduction in tensions" is a
    forecast)."""
    if _norm(verb.lemma_) != "be" or not any(c.dep_ == "expl" and _norm(c.text) == "there" for c in verb.children):
        return ""
    if any(c.dep_ == "aux" and _norm(c.lemma_) == "have" for c in verb.children):
        return ""  # "there must have been a leak": what the speaker infers, no demand
    modal = next((c for c in verb.children if c.dep_ == "aux" and (_norm(c.text) in RECOMMENDING_MODALS or (
        _norm(c.text) in ("will", "would", "shall", "'ll") and _is_negated(noun)
        and _norm(noun.lemma_) in DELAYING_WORDS))), None)
    return f"there {modal.text} be" if modal is not None else ""


def _cue_marked(clause, verb) -> bool:
    """A clause the verb's own preposition marks, with a subject of its own, is the verb's object, however the
    parser attached it: "would vote for [Bonilla Cáceres to become attorney general]"."""
    return (clause.dep_ == "advcl" and clause.i > verb.i and any(
        m.dep_ == "mark" and _norm(m.text) in ("for", "against") for m in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and _phrasal_cue(verb)[0] != 0)


def _interest_judgement(preposition) -> int:
    """A judgement of what is said to be "in the public interest" (+1) or "against the national interest" (-1)."""
    if preposition.dep_ != "prep" or _norm(preposition.text) not in ("in", "against"):
        return 0
    if not any(c.dep_ == "pobj" and _norm(c.lemma_) in ("interest", "interests") for c in preposition.children):
        return 0
    return 1 if _norm(preposition.text) == "in" else -1


def _held_by_pronoun(noun) -> bool:
    """"The nomination has my full support", "it will not have our backing": an attitude noun the subject has,
    held by the speaker a possessive pronoun names (whose support it is, if a name, is a claim about them)."""
    return (noun.pos_ == "NOUN" and noun.dep_ == "dobj" and _norm(noun.head.lemma_) in HAVING_VERBS
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children))


def _elided_contrast(token):
    """"The ban is correct, the fine is not": a negated "is" with no complement of its own, after a clause
    that has one, says the opposite of that clause's predicate; returns that earlier clause's verb, else None."""
    if not (_norm(token.lemma_) in COPULAS or token.pos_ == "AUX") or not _is_negated(token):
        return None
    if any(c.dep_ in ("acomp", "attr", "xcomp", "dobj", "oprd", "ccomp") and c.i > token.i for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ in ("ccomp", "conj") and c.i < token.i), None)


def _holds_attitude_complement(verb) -> bool:
    """"remained opposed", "is wary", "were ready": a linking verb whose complement is an attitude."""
    if not (_norm(verb.lemma_) in COPULAS or _norm(verb.lemma_) == "remain" or verb.pos_ == "AUX"):
        return False
    return any(c.dep_ == "acomp" and _lexical_polarity(c)[1] == "attitude" for c in verb.children)


def _modifier_polarity(token) -> tuple[int, list[str]]:
    """Evaluative adjectives on a noun of the path ("failed attempts", "absurd overture")."""
    polarity, cues = 1, []
    for child in token.children:
        if child.dep_ in ("amod",):
            value, kind, cue = _lexical_polarity(child)
            if kind == "attitude" and child.tag_ == "VBN":
                continue  # "banned items", "the proposed law": a state, nobody's attitude
            if kind in ("evaluative", "attitude") and value:
                polarity *= value
                cues.append(cue)
    return polarity, cues


# Verbs of taking a side: said of a thing, they say whom or what it serves ("the bill would promote promiscuity"),
# not what anyone thinks of it
SIDING_VERBS = frozenset("favour favor support back endorse oppose reject welcome approve promote encourage foster".split())
# Verbs of letting something happen: said of a thing, they are judged by what they let happen ("would allow abuse",
# "would enable better services", "would allow landlords to exploit tenants"), not by the word ("allow" is an
# attitude when a person allows)
ENABLING_VERBS = frozenset("allow permit enable let".split())
# Verbs of making more of something, judged by what they make more of ("would fuel inequality")
AMPLIFYING_VERBS = lexicon.words("amplifying_verbs")
# Verbs of acting against something and of doing good to it, judged by what they act on ("would fight corruption",
# "would protect criminals")
COUNTERING_VERBS = lexicon.words("countering_verbs")
HELPING_VERBS = lexicon.words("helping_verbs")


# A rating general English gives a word strongly enough to judge by it alone ("weaken", "abandon"; not "cut", "drop")
STRONG_VALENCE = 1.5
# How much "do" says a thing achieves of what it is for: "would do nothing to ...", "would do much to ..."
DOING_AMOUNTS = {"nothing": -1, "little": -1, "much": 1, "more": 1, "anything": 1}
# Objects that say a verb is done to nothing and nobody
NOTHING_DONE = frozenset("nothing nobody none noone".split())


def _effect_of_thing(verb, subject, value: int, kind: str, relative: bool = False) -> int:
    """+1/-1 when ``verb`` says what a thing (not a person or group) does and general English rates the
    doing ("protect", "save", "poison", "kill"), negation included; else 0. ``relative``: the subject may be the
    relative pronoun of a clause on the thing ("a law that would destroy the country")."""
    gerund = subject.dep_ == "csubj" and subject.tag_ == "VBG"  # "detaining suspects without trial breaks the law"
    if (relative and subject.dep_ == "nsubj" and _norm(subject.text) in RELATIVE_PRONOUNS and verb.dep_ == "relcl"
            and verb.head.pos_ == "NOUN"):
        subject = verb.head  # "a step that would bring stability": the step does it
    elif not gerund and (subject.dep_ != "nsubj" or subject.pos_ not in ("NOUN", "PROPN")) or verb.pos_ != "VERB":
        return 0
    if _is_third_party(subject) and not _unnamed_acronym(subject) or _norm(subject.lemma_) in PERSON_NOUNS \
            or subject.ent_type_ not in ("", "LAW"):
        return 0  # (but "ICERD would threaten our rights": a thing the model saw no one's name in)
    if kind == "evaluative" or _norm(verb.lemma_) in SUBJECT_ONLY:
        return 0  # read as the predicate's judgement of its subject already
    if kind == "attitude" and _is_body_noun(subject.lemma_):
        return 0  # "the unions would not accept it": a group holding an attitude, not a thing doing something
    amount = next((o for o in verb.children if o.dep_ == "dobj" and o.lower_ in DOING_AMOUNTS), None)
    if _norm(verb.lemma_) == "do" and amount is not None:
        # "would do nothing to cut congestion", "does little to help renters", "would do much to reduce crime":
        # judged by what it would (not) achieve
        aim = next((c for c in [*verb.children, *amount.children] if c.dep_ in ("advcl", "relcl", "xcomp")
                    and c.pos_ == "VERB" and _is_to_infinitive(c)), None)
        if aim is None:
            # "doing little for people who are already retired", "would do much for small firms": as good for them
            helped = next((o for prep in [*verb.children, *amount.children] if prep.dep_ == "prep"
                           and _norm(prep.text) == "for" for o in prep.children if o.dep_ == "pobj"), None)
            if helped is None or _rated_noun(helped) < 0:
                return 0
            return DOING_AMOUNTS[amount.lower_] * (-1 if _is_negated(verb) else 1)
        achieved = _effect_of_thing(aim, subject, *_lexical_polarity(aim)[:2]) if subject.dep_ == "nsubj" else 0
        achieved = achieved or _rated(aim)
        sign = DOING_AMOUNTS[amount.lower_] * (-1 if _is_negated(verb) else 1)
        return sign * achieved
    # (a verb that brings or hands something is judged by what it brings, not by its own word: "create" and
    # "hand" are rated for their other senses)
    way = next((o for o in verb.children if o.dep_ == "dobj" and _norm(o.lemma_) in LEADING_NOUNS), None)
    if way is not None:
        # "the law opens the door to abuse", "would pave the way for peace": judged by where the way it opens leads
        # (not the speaker's "open the door to talks"; the parser may hang the "to" on the verb, or read "to abuse"
        # as an infinitive)
        rated = _way_taken(way)[0] or next((_place_rated(prep) for prep in verb.children if prep.dep_ == "prep"
                                            and _norm(prep.text) in LEADING_PREPOSITIONS), 0) or next(
            (_rated(c) for c in verb.children if c.dep_ == "advcl" and _is_to_infinitive(c)), 0)
        if kind == "shifter" and value < 0 or _norm(verb.lemma_) in SHUTTING_VERBS:
            rated = -rated  # "closes the door to engagement", "blocks the path to peace": shuts the way
        return -rated if _is_negated(verb) else rated
    # (a shifter is judged by what it ends, not by its own word when general English rates that only mildly: "would cut
    # crime" is good, though "cut" is rated for its other senses; "would weaken the alliance" is bad)
    mild_shifter = kind == "shifter" and abs(lexicon.valence(_norm(verb.lemma_))) < STRONG_VALENCE
    rated = value if kind in ("attitude", "harm") else 0 if _norm(verb.lemma_) in BRINGING_VERBS or mild_shifter \
        else _rated(verb)
    acted_on = next((o for o in verb.children if o.dep_ == "dobj"), None)
    doing = -1 if _norm(verb.lemma_) in COUNTERING_VERBS else 1 if _norm(verb.lemma_) in HELPING_VERBS else 0
    if doing:
        # "would fight corruption", "would prevent abuse", "would combat crime", "would protect criminals": a thing
        # takes no side; it does well to act against the bad and to help the good (an object general English
        # rates neither way keeps the verb's own word: "would block access"); other verbs keep theirs ("would
        # ignore poverty", "would resolve the conflict")
        judged = _rated_noun(acted_on) if acted_on is not None else 0
        if acted_on is not None and (acted_on.pos_ == "ADJ" or _is_person_noun(acted_on.lemma_)
                                     or acted_on.ent_type_ in _PEOPLE_ENTS):
            # people are no worse for a word general English rates ("would punish the poor"), unless they are
            # named by their wrong ("would protect criminals")
            judged = -1 if _norm(acted_on.lemma_) in WRONGDOERS else 0
        rated = doing * judged if judged else rated
    if _norm(verb.lemma_) in POLICY_RAISING | AMPLIFYING_VERBS:
        # "would increase poverty" is bad, "would increase employment" good: a thing that raises something is
        # judged by what it raises; only a verb general English rates strongly stands alone ("would boost the
        # economy"), not a mild one ("would increase taxes": good or bad by who pays)
        judged = _rated_noun(acted_on) if acted_on is not None else 0
        rated = judged or (rated if abs(lexicon.valence(_norm(verb.lemma_))) >= STRONG_VALENCE else 0)
    if _norm(verb.lemma_) in SIDING_VERBS:
        # "the law favoured big business": a thing takes no side; it does as well as what it favours is good
        rated = value * (_rated(acted_on) if acted_on is not None else 0)
    if _norm(verb.lemma_) in ENABLING_VERBS:
        rated = 0
        for let in verb.children:
            if let.dep_ == "dobj":
                rated = rated or _rated_noun(let)
            elif let.dep_ in ("ccomp", "xcomp") and let.pos_ == "VERB":
                # "to exploit tenants": what the clause does, by its verb or its object
                rated = rated or _rated(let) or next((_rated_noun(o) for o in let.children if o.dep_ == "dobj"), 0)
    if kind == "shifter" and value < 0 and not rated:
        # "would end the chaos", "would cut crime", "would abolish free speech": judged by what it puts an end to
        rated = value * next((_rated_noun(o) for o in verb.children if o.dep_ == "dobj"), 0)
    if any(obj.dep_ == "dobj" and _excessive(obj) for obj in verb.children):
        rated = -1  # "the code hands too much power to the minister": more than it should, whatever it does
    if not rated and _norm(verb.lemma_) in EXCLUDING_VERBS and any(
            _norm(c.text) in ("out", "away", "off") and c.dep_ in ("prt", "prep", "advmod") for c in verb.children):
        # "the levy would push the poorest out of the digital economy": a harm to whom it shuts out, unless they
        # are bad themselves ("would drive out corruption")
        shut_out = next((o for o in verb.children if o.dep_ == "dobj"), None)
        if shut_out is not None and _rated_noun(shut_out) < 0 and not _is_person_noun(shut_out.lemma_):
            rated = 1  # ("would drive out corruption")
        elif shut_out is not None and (_is_person_noun(shut_out.lemma_) or shut_out.ent_type_ in _PEOPLE_ENTS
                                       or _norm(shut_out.lemma_) in HUMAN_GROUPS | {"family", "firm", "business"}):
            # (people a plain adjective runs down, "corrupt officials", may deserve it: no judgement; "the poorest"
            # ranks them)
            rated = 0 if any(m.dep_ == "amod" and m.tag_ == "JJ" and lexicon.valence(_norm(m.lemma_)) < 0
                             for m in shut_out.children) else -1
    difference = next((o for o in verb.children if o.dep_ == "dobj" and _norm(o.lemma_) == "difference"), None)
    if not rated and _norm(verb.lemma_) == "make" and difference is not None:
        # "would make a real difference" (the idiom: for the better), "makes little difference"
        rated = -1 if any(_norm(c.text) in ("little", "less") for c in difference.children) else 1
    if not rated:
        rated = _state_brought(verb)  # "would make the streets safer"
    if not rated:
        # "the bill would lead to chaos", "would plunge the country into recession": judged by where it leads
        rated = next((_place_rated(prep) for prep in verb.children if prep.dep_ == "prep"
                      and (_norm(verb.lemma_), _norm(prep.text)) in LEADING_VERBS), 0)
    if not rated and _norm(verb.lemma_) in BRINGING_VERBS:
        # "the policies will not provide a safe haven", "would bring chaos": judged by what they bring
        for obj in verb.children:
            if obj.dep_ == "dobj":
                rated = _rated_noun(obj)
            elif obj.dep_ == "ccomp" and any(c.dep_ == "expl" for c in obj.children):
                # "the proposals would mean there would be no safe haven": judged by what there would (not) be
                for noun in obj.children:
                    if noun.dep_ in ("attr", "nsubj") and noun.pos_ == "NOUN":
                        found = _rated_noun(noun)
                        rated = -found if _is_negated(noun) or _is_negated(obj) else found
    if not rated:
        return 0
    # "the law imposed nothing on anybody", "harms no one", "brings no benefit": done to nothing, so not done
    undone = any(o.dep_ == "dobj" and (_norm(o.text) in NOTHING_DONE or _is_negated(o)) for o in verb.children)
    return -rated if _is_negated(verb) != undone else rated


def _excessive(noun) -> bool:
    """"too much power", "far too many exemptions": more of it than there should be."""
    return any(c.dep_ in ("amod", "det") and _norm(c.lemma_) in ("much", "many")
               and any(a.dep_ == "advmod" and _norm(a.text) == "too" for a in c.children) for c in noun.children)


def _manner(verb) -> tuple[int, str]:
    """How well a thing was done, judged by an adverb general English rates ("badly", "poorly" as "poor",
    "clumsily" as "clumsy"): +1/-1 and the adverb, else (0, "")."""
    for child in verb.children:
        if child.dep_ != "advmod" or child.pos_ != "ADV":
            continue
        word = _norm(child.text)
        bases = [word]
        if word.endswith("ily"):
            bases.append(word[:-3] + "y")
        elif word.endswith("ly"):
            bases.append(word[:-2])
        for base in bases:
            value = lexicon.valence(base)
            if abs(value) >= MIN_VALENCE:
                return (1 if value > 0 else -1), child.text
    return 0, ""


def _is_declaration(target, cue: str) -> bool:
    """Whether the stance toward ``target`` is said outright: the target is what an attitude word governs and that
    word is the whole cue ("I oppose the cap", "voted against the ban", "our support for the levy"), not a
    judgement composed along a chain of clauses nor a negation ("stopped short of endorsing it" is no stand against).
    A word naming the measure ("Sunday opening" of "I oppose the Sunday opening bill") is declared with it."""
    while target.dep_ in ("compound", "amod", "nmod") and target.head.pos_ in ("NOUN", "PROPN"):
        target = target.head
    head = target.head
    if target.dep_ == "pobj" and _norm(head.text) in ("for", "of") and head.head.pos_ == "NOUN":
        head = head.head  # "support for the levy", "an opponent of the tax"
    elif target.dep_ == "pobj" and head.pos_ == "ADP" and _phrasal_cue(head.head)[0]:
        head = head.head  # "warned against the tax", "voted for the ban"
    elif target.dep_ not in ("dobj", "pobj"):
        return False
    if any(c.dep_ == "prep" and _in_the_abstract(c) for c in (*head.children, *target.children)):
        return False  # "backed a sugar tax in principle": for it in the abstract, which leaves room for "but"
    value, kind, cue_text = _lexical_polarity(head)
    return kind == "attitude" and bool(value) and cue == cue_text


# "in principle", "in theory": a stance held in the abstract
IN_THE_ABSTRACT = frozenset(("principle", "theory"))


def _in_the_abstract(token) -> bool:
    """Whether ``token`` is the "in" of "in principle" / "in theory"."""
    return _norm(token.text) == "in" and any(_norm(o.lemma_) in IN_THE_ABSTRACT for o in token.children)


def _condition_mark(clause) -> str | None:
    """The "if"/"unless" introducing a conditional clause: "boycott the Olympics if North Korea attends"
    opposes the condition as much as the main clause opposes its object."""
    for child in clause.children:
        if child.dep_ == "mark" and _norm(child.text) in ("if", "unless"):
            if any(_norm(t.text) == "even" for t in (*child.children, *clause.children) if t.i < child.i):
                return None  # "I would back it even if it cost me": a concession, outside the stance
            return _norm(child.text)
    return None


CONCESSIVE_MARKS = frozenset(("although", "though"))


CONDITION_MARKS = frozenset(("if", "unless", "provided", "providing"))


def _path_up(target, top) -> list:
    """The tokens from ``target`` up its heads to ``top`` (or the root), both included; at most 20."""
    path = [target]
    while len(path) < 20 and path[-1].i != top.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _within_condition(target, top) -> bool:
    """Whether ``target`` lies in an "if"/"unless" clause under ``top``."""
    return any(node.i != top.i and node.dep_ == "advcl"
               and any(c.dep_ == "mark" and _norm(c.text) in CONDITION_MARKS for c in node.children)
               for node in _path_up(target, top))


def _conditioned(target, top) -> bool:
    """Whether the clause that takes a stance toward ``target`` sets a condition on it ("the union would back
    the levy only if riders keep their pay", "we will oppose it unless the tax is cut"); a condition the target
    itself lies in is read as such by the polarity ("boycott the Games if the North attends")."""
    path = {node.i for node in _path_up(target, top)}
    for i in path:
        token = target.doc[i]
        if token.pos_ in ("VERB", "AUX", "ADJ") and any(_sets_terms(c, token) for c in token.children
                                                         if c.i not in path and c.i > token.i):
            return True  # (terms set after the stance: "as long as she was mayor she would oppose it" sets the scene)
        for clause in token.children:
            if clause.dep_ != "advcl" or clause.i in path:
                continue
            marks = [c for c in clause.children if c.dep_ == "mark"]
            # ("will not endorse it until the government commits money", "cannot support this blueprint until
            # the guarantees are written in": not before the condition is met, a condition as "unless" is)
            # ("we will not stop until it is thrown out" is no condition: against it until it goes)
            until = (clause.i > token.i and _is_negated(token) and _lexical_polarity(token)[0] > 0
                     and any(_norm(m.text) in ("until", "till") for m in marks))
            if not until and not any(_norm(m.text) in CONDITION_MARKS for m in marks):
                continue
            before = {_norm(t.text) for m in marks for t in (*m.children, *clause.children) if t.i < m.i}
            if _sets_no_terms(clause, token):
                continue
            # a condition set after the stance ("would back it if the tax is cut") or "only if" stipulates; one
            # put first ("if we were in government, we would repeal it") sets the scene for a plain stance
            if "even" not in before and ("only" in before or clause.i > token.i):
                return True
    return False


def _sets_terms(child, predicate) -> bool:
    """Whether a word after a stance sets terms on it the parser did not mark as a condition: "on (one)
    condition that ...", "provided (that) ..." read as a preposition, "as long as ..." / "so long as ..." (not
    "on condition of anonymity", nor a clause about those who take the stance or the measure's own coming)."""
    text = _norm(child.text)
    if child.dep_ == "prep" and text == "on":
        return any(_norm(o.lemma_) == "condition" and any(c.dep_ in ("acl", "ccomp") for c in o.children)
                   and not any(c.dep_ == "prep" and _norm(c.text) == "of" for c in o.children) for o in child.children)
    if child.dep_ == "prep" and text in ("provided", "providing"):
        return True
    if child.dep_ == "advmod" and text == "long" and any(_norm(c.text) in ("as", "so") and c.i < child.i
                                                           for c in child.children):
        return any(c.dep_ == "advcl" and not _sets_no_terms(c, predicate) for c in child.children)
    return False


# Verbs of an event taking place: "if a referendum is held", "if it comes to a vote", "if the poll goes ahead"
OCCURRING_VERBS = frozenset("hold happen occur take come go call".split())
# Verbs of a measure moving through its stages: "if it reaches the ballot", "if the bill passes", "if it proceeds"
PROGRESSING_VERBS = frozenset("reach pass proceed advance get".split())
# ... and the stages it reaches: "if it gets to the floor", "if it passes in committee"
STAGE_NOUNS = frozenset("floor reading committee stage".split())
# Coming to power: "if it wins the local elections", "if we form the next government", "if elected" -- a
# condition on who holds office, not a term on the measure a pledge is about
_POWER_VERBS = frozenset("win form take gain regain retake".split())
_POWER_NOUNS = frozenset("election poll power government office majority".split())
# Votes held on a question or for an office: what happens in them ("a referendum campaign") takes no side of them
VOTING_OCCASIONS = frozenset("referendum plebiscite election ballot poll vote".split())
# ... and the contests held in them ("the referendum campaign"; but "the referendum demand" is a demand for one)
_CONTEST_NOUNS = frozenset("campaign race battle fight debate".split())
_ELECTING_VERBS = frozenset("elect re-elect reelect".split())


def _sets_no_terms(condition, predicate) -> bool:
    """Whether a condition on a stance is about those who take it or the measure's own coming, not a term on it."""
    return _own_circumstance(condition, predicate) or _measure_occasion(condition)


def _measure_occasion(condition) -> bool:
    """Whether a condition is the measure's own coming about: "would campaign against it if it reached the
    ballot", "will fight the plan if it goes ahead" -- against it whenever it comes, no term on what it is."""
    inner = _subject(condition)
    if inner is None or _norm(condition.lemma_) not in OCCURRING_VERBS | PROGRESSING_VERBS:
        return False
    if not (_norm(inner.text) in ("it", "this") or _norm(inner.lemma_) in ANAPHORIC_NOUNS):
        return False
    # nothing said of how it comes ("if it comes with funding for pilots", "if it goes further" set terms), only
    # that it does: "goes ahead", "goes through", "reaches the ballot"
    for child in condition.children:
        if child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg", "punct"):
            continue
        if child.dep_ in ("prt", "advmod") and _norm(child.text) in ("ahead", "through", "forward"):
            continue
        if child.dep_ == "advmod" and _norm(child.text) == "far" and _norm(condition.lemma_) in ("get", "go") and any(
                _norm(c.text) in ("that", "so") for c in child.children):
            continue  # "if it gets that far": only that it comes so far (not "if it goes further")
        if child.dep_ == "prep" and _norm(condition.lemma_) in PROGRESSING_VERBS and any(
                o.dep_ == "pobj" and (_norm(o.lemma_) in BALLOT_EVENTS | STAGE_NOUNS or _is_body_noun(o.lemma_))
                and not any(c.dep_ in ("prep", "acl", "relcl") for c in o.children) for o in child.children):
            continue  # "if it gets to a vote", "if it passes in the Senate": the stage it reaches
        if child.dep_ == "dobj" and _norm(condition.lemma_) == "reach":
            continue
        return False
    return True


def _own_circumstance(condition, predicate) -> bool:
    """Whether a condition is about those who take the stance, not about what they take it on: "we will defend
    this ban in the streets if we must", "I will repeal it if I win" (the condition's subject is the stance's),
    the occasion of a vote: "will vote against the merger if a referendum is held", or coming to power: "will
    reverse it if it wins the elections", "if elected"."""
    if _norm(predicate.lemma_) == "vote" and (_norm(condition.lemma_) in OCCURRING_VERBS or any(
            c.dep_ == "expl" for c in condition.children)):  # ("if there is a referendum")
        return True
    inner, outer = _subject(condition), _subject(predicate)
    if _norm(condition.lemma_) in _ELECTING_VERBS or _norm(condition.lemma_) in _POWER_VERBS and any(
            c.dep_ == "dobj" and _norm(c.lemma_) in _POWER_NOUNS for c in condition.children):
        # "if elected", "if we win the election", "has pledged to reverse the extension if it wins the 2030 local
        # elections" (a party's "it"); not "if Smith is elected", nor "back the levy if it wins a majority"
        inner_word = _norm(inner.text) if inner is not None else ""
        outer_word = _norm(outer.text) if outer is not None else ""
        if (inner is None or inner_word == outer_word or inner_word in FIRST_PERSON and outer_word in FIRST_PERSON
                or inner_word in ("it", "they") and outer is not None and outer.pos_ == "PROPN"):
            return True
    if inner is None or outer is None:
        return False
    inner_word, outer_word = _norm(inner.text), _norm(outer.text)
    return inner_word == outer_word or (inner_word in FIRST_PERSON and outer_word in FIRST_PERSON)


def _condition_clause(token):
    """The conditional clause ("if ...", "unless ...") ``token`` lies in, else None."""
    node = token
    for _ in range(12):
        # (the parser may hang an elided one on the noun it supposes: "the amendment, if approved, would ...")
        if node.dep_ in ("advcl", "acl") and any(c.dep_ == "mark" and _norm(c.text) in CONDITION_MARKS
                                                 for c in node.children):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _in_condition(token) -> bool:
    """Whether ``token`` lies in a condition ("if it were set lower", "unless it is phased in", "if the audit
    says it does not work"): what a condition supposes is no stance."""
    return _condition_clause(token) is not None


def _supposed(token) -> bool:
    """Whether ``token`` lies in a condition whose main clause takes no attitude toward it: "If this bill passes,
    that day goes too" supposes the bill passes; "we would boycott the port if the plan went ahead" opposes it."""
    clause = _condition_clause(token)
    return (clause is not None and _lexical_polarity(clause.head)[1] not in ("attitude", "shifter")
            and not _threat(clause.head) and not _protest_threatened(clause.head))


def _doer(verb):
    """Who does what ``verb`` says: its subject, or the object of the verb that asks it ("urged the company to
    protect ...": the company)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        subject = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return subject if subject is not None else _subject(verb)


def _takes_care_of_its_own(verb) -> bool:
    """Whether ``verb``, on which an "if" clause hangs, does good or nothing to an object of its own that is no
    pronoun or noun for the measure ("urged the company to protect its users' rights if the bill passed"; not "will
    fight it if it passes", "would strike if the plan went ahead", "can support this bill if the levy is scrapped").
    Said of someone else than the speaker, it is what they should do should the measure come, no stance on it."""
    if verb.pos_ != "VERB" or _lexical_polarity(verb)[0] < 0 or _threat(verb) or _protest_threatened(verb):
        return False
    return any(c.dep_ == "dobj" and _norm(c.text) not in _IMPLICIT and c.pos_ != "PRON"
               and _norm(c.lemma_) not in ANAPHORIC_NOUNS | MEASURE_OBJECTS for c in verb.children)


def _threat(verb) -> bool:
    """Whether ``verb`` makes, or carries out, someone's threat: "the union threatened a strike unless the plan
    was withdrawn", "threatened to strike if it went ahead" (a threat is against what its condition opposes; a
    thing that threatens, "the drought threatens crops", makes none)."""
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "threatened to strike"
    return (verb.pos_ == "VERB" and _lexical_polarity(verb)[1] == "harm" and (subject := _subject(verb)) is not None
            and not _is_thing(subject) and subject.ent_type_ not in ("DATE", "EVENT"))


PROTEST_ACTIONS = lexicon.words("protest_actions")


def _protest_threatened(verb) -> str:
    """The protest a verb says its subject will make ("would organise a general strike", "are prepared to strike",
    "will call a boycott"), as written; "" for none."""
    if verb.pos_ != "VERB":
        return ""
    if _norm(verb.lemma_) in PROTEST_ACTIONS:
        return verb.text
    action = next((o for o in verb.children if o.dep_ == "dobj" and _norm(o.lemma_) in PROTEST_ACTIONS), None)
    return f"{verb.text} {action.text}" if action is not None else ""


def _does_itself(clause) -> bool:
    """Whether a relative clause says what its noun does ("a law that would harm our ties"), not what is done to it
    ("the best agreement that could be reached", "a deal we can accept")."""
    return any(c.dep_ == "nsubj" and _norm(c.text) in RELATIVE_PRONOUNS for c in clause.children)


def _in_manner_question(token) -> bool:
    """Whether ``token`` is the subject of a clause asking how something is done ("concerns about how a menthol
    ban would be enforced", "doubts over how the levy will be collected"): the worry is about the manner, not
    the thing."""
    if not token.dep_.startswith("nsubj"):
        return False
    clause = token.head
    return clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and _norm(c.text) == "how" and c.i < token.i for c in clause.children)


def _in_concession(token) -> bool:
    """Whether ``token`` lies in a clause that concedes something to the other side ("although the levy is
    flawed, I back it", "I would back it even if it cost me"): the main clause holds the stance."""
    node = token
    for _ in range(12):
        if node.dep_ == "advcl":
            marks = [c for c in node.children if c.dep_ == "mark"]
            if any(_norm(m.text) in CONCESSIVE_MARKS for m in marks):
                return True
            if any(_norm(m.text) == "if" for m in marks) and _condition_mark(node) is None:
                return True  # "even if"
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# Marks of a clause that says when something else happened ("when the first version of the bill collapsed, she
# denounced the governors")
# ("while" and "since" also concede or give a reason: "while pressure is important, ...")
TIME_MARKS = frozenset("when after before once until".split())


def _in_time_clause(token, top) -> bool:
    """Whether ``token`` is the subject of a clause below ``top`` that only says when the statement's act took
    place ("called on MPs to vote against the bill when it comes to a final vote"), or says it of an act aimed at
    something else by a verb that judges the subject ("when the bill collapsed, Milei denounced the governors"): a
    time, not the actor's view of the bill."""
    while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
        token = token.head  # "the first version of the bill"
    clause = token.head
    if not token.dep_.startswith("nsubj"):
        # "..., six months after a code that abolished capital punishment came into force": what a clause
        # describing the time clause's subject says is done, as the time is, by someone else
        node = token
        while node.head.i != node.i and node.i != top.i and node.dep_ != "advcl":
            node = node.head
        # (the relative clause lies between the token and the time clause, on the clause's subject)
        return (node.dep_ == "advcl" and node.i != top.i and token.head.i != node.i
                and any(c.dep_ in ("mark", "advmod") and _norm(c.text) in TIME_MARKS for c in node.children)
                and any(t.dep_ == "relcl" and t.head.dep_.startswith("nsubj") and t.head.head.i == node.i
                        for t in itertools.takewhile(lambda t: t.i != node.i, (token, *token.ancestors)))
                and not (_lexical_polarity(node)[0] or _rated(node)))
    if clause.dep_ != "advcl" or clause.i == top.i:
        return False
    if not any(c.dep_ in ("mark", "advmod") and _norm(c.text) in TIME_MARKS for c in clause.children):
        return False
    if not (_lexical_polarity(clause)[0] or _rated(clause) or _predicate_polarity(clause, exclude=token)[1]):
        return True  # "called on MPs to vote against the bill when it comes to a final vote": only when
    # (and the act is aimed at something else it names: "was delighted when the bill collapsed" is glad of it)
    return any(c.dep_ == "dobj" for c in top.children)


def _in_denied_reason(token) -> bool:
    """Whether ``token`` lies in a reason the speaker denies ("I am against this sale, and not because I am
    sentimental about it"): what the denied clause says is no stance of the speaker's."""
    node = token
    for _ in range(12):
        marks = [c for c in node.children if c.dep_ == "mark" and _norm(c.text) == "because"]
        if marks and any(c.dep_ == "neg" and c.i < marks[0].i for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _told_in_a_tense(clause) -> bool:
    """Whether a clause is told as fact, in a tense ("the march was being manipulated", "the plan is legal"), not
    put forward: no modal ("should wait"), no bare verb of a subjunctive ("that voters decide", "that it be
    repealed")."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.pos_ not in ("VERB", "AUX") or any(c.tag_ == "MD" for c in auxiliaries):
        return False
    return any(t.tag_ in ("VBD", "VBZ") or t.tag_ == "VBP" and _norm(t.lemma_) in ("be", "have")
               for t in (clause, *auxiliaries))


# Verbs that make someone do something against their will: what they are made to accept, they do not hold
COERCING_VERBS = frozenset("force compel coerce pressure pressurise pressurize oblige".split())


def _coerced(target, top) -> bool:
    """Whether ``target`` is what a thing makes someone take an attitude to ("the law would force workers to accept
    overtime"): the attitude is forced, no one's view."""
    node = target
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "xcomp" and node.pos_ == "VERB" and _norm(node.head.lemma_) in COERCING_VERBS \
                and _lexical_polarity(node)[1] == "attitude" and _is_thing(_subject(node.head)):
            return True  # (a thing forces: "the council should force landlords to accept it" is the speaker's wish)
        node = node.head
    return False


# Verbs of giving up a fight, which "not ... until" turns into holding out for something ("will not stop until")
CEASING_VERBS = frozenset("stop rest leave quit relent cease end give".split())
RESUMING_VERBS = frozenset("return resume".split())


def _holding_out(clause, verb) -> bool:
    """Whether ``clause`` is the "until" clause of a negated verb of giving up or of going back, or of a verb of
    going on ("would not stop until it was repealed", "will not return to the classroom until the contract is
    annulled", "would remain vigilant until the mine was shut down"): what the clause says is what the verb's subject
    holds out for."""
    negated = _is_negated(verb)
    return ((_norm(verb.lemma_) in CEASING_VERBS | RESUMING_VERBS and negated
             or _norm(verb.lemma_) in GOING_ON_VERBS and not negated)
            and any(c.dep_ == "mark" and _norm(c.text) in ("until", "till") for c in clause.children))


def _attitude_above(node, top) -> bool:
    """Whether an attitude word lies on the way from ``node`` up to ``top`` ("fears the ruling will end the ban")."""
    while node.i != top.i and node.head.i != node.i:
        node = node.head
        if _lexical_polarity(node)[1] == "attitude":
            return True
    return False


def _cleft_attitude(verb):
    """The attitude verb of a pseudo-cleft's clause ("What we oppose is this law", "what I object to is the
    timing"): the clause subject of "be" whose object is "what"; else None."""
    if _norm(verb.lemma_) != "be":
        return None
    for clause in verb.children:
        if clause.dep_ == "csubj" and clause.pos_ == "VERB" and _lexical_polarity(clause)[1] == "attitude" and any(
                _norm(t.text) == "what" and t.dep_ in ("dobj", "pobj") and t.i < clause.i for t in clause.subtree):
            return clause
    return None


def _polarity_toward(target, top, owner: _Owner) -> tuple[int, str, bool, bool]:
    """Stance the clause under ``top`` takes toward ``target`` (+1, -1, 0), its cues, hedged?, direct?"""
    polarity, cues, hedged, owned = 1, [], False, False
    if _coerced(target, top):
        return 0, "", False, False  # "would force workers to accept overtime": no one's stance for overtime
    if _is_negated(target) and target.pos_ in ("NOUN", "PROPN"):
        polarity, cues = -polarity, cues + ["no"]
    for clause in target.children:
        # "calling for the concession to be suspended", "wants the levy to be scrapped": what is to be done to it
        if (clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB"
                and _is_to_infinitive(clause)
                and any(c.dep_ == "auxpass" for c in clause.children)):
            value, kind, cue = _lexical_polarity(clause)
            if value and kind in ("shifter", "attitude", "evaluative"):
                polarity, cues = polarity * value * (-1 if _is_negated(clause) else 1), cues + [cue]
    # the target's own adjectives ("this absurd overture") judge it directly; used when the path has no cue
    own_judgement, own_cues = _modifier_polarity(target)
    # "the advice should be published": for publishing it; so is "Publish the full agreement" (an order: the act it
    # names, not each word under it), and "the full text cannot be published" against it
    ordered = "" if target.pos_ != "VERB" else "should" if _is_recommendation(target) \
        else "cannot" if _cannot_be_done(target) else target.text if _is_imperative(target) else ""
    if ordered:
        owned, cues = True, cues + [ordered]
        if _is_negated(target):
            polarity, cues = -polarity, cues + ["not"]  # "the council should not sell the quay"
    elif target.pos_ == "VERB" and _is_negated(target):
        polarity, cues = -polarity, cues + ["not"]  # "asking the government not to lift the mandate"
    shared = _shared_passive_subject(top)
    if shared is not None and _names_part_of(target, shared):
        # "The bill is backed by X and opposed by Y": Y's verb governs the subject it shares with X's
        value, kind, cue = _lexical_polarity(top)
        if not value or kind != "attitude":
            return 0, "", hedged, False
        negated = -1 if _is_negated(top) else 1
        return polarity * value * negated, " ".join([*cues, cue]), _is_hedged(top), target.i == shared.i
    child, node = target, target.head
    steps = 0
    nouns_before_cue = 0
    verbs_passed = 0
    used = False  # the path passes a verb of putting a measure to use ("use the powers")
    through_condition = False  # the path passes an "if"/"unless" clause
    harm_done = False  # the path passes a harm the target did ("the harm done by the levy")
    while child.i != top.i and node.i != child.i and steps < 20:
        steps += 1
        dep = child.dep_
        if dep == "acl" and (saying := _said_in(node)) is not None:
            # "said in a statement that the code was unworkable": the clause is what the verb says
            child, node = node, saying
            continue
        if dep == "prep" and _norm(child.text) == "as" and node.dep_ in ("acl", "relcl") and _disguised(node.head):
            return 0, "", hedged, False  # "a subsidy dressed up as a tax cut": what it pretends to be is not judged
        if dep == "prep" and _norm(child.text) in ("about", "on", "over", "of") and node.pos_ == "NOUN" \
                and _norm(node.lemma_) in (HEARSAY_NOUNS - {"suggestion"}) | {"question", "query"} and node.i != top.i \
                and node.dep_ == "dobj" and (_lexical_polarity(node.head)[0] < 0 or _phrasal_cue(node.head)[0] < 0):
            # "dismissed reports about the levy", "waved away claims over the deal", "shrugged off questions about
            # it": rejecting what others say or ask is no stance on what they say it about (but "rejected the
            # suggestion of a delay" rejects the delay suggested, and "backed claims about the harm the levy does"
            # makes them one's own)
            return 0, "", hedged, False
        if dep == "prep" and (owner_word := _particle_head(child)).i != node.i:
            node = owner_word  # "spoke for two hours | against the bill": what the verb is against
            continue
        if (dep == "relcl" and node.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and child.i != target.i
                and not (target.head.i == child.i and _norm(target.text) in RELATIVE_PRONOUNS)
                and _set_off(child)):
            # "condemned the provisions on the media, which make it an offence to publish images of victims of terror
            # attacks": a clause set off to describe what the verb acts on lies outside the stance (so does one set off
            # to describe its subject: "the staff, who knew what the act meant, must be given a role")
            return 0, "", hedged, False
        if dep == "relcl" and node.dep_ in ("attr", "oprd") and node.pos_ == "NOUN" \
                and _norm(node.lemma_) in ANAPHORIC_NOUNS and not _does_itself(child):
            # "called it the best agreement that could be reached": what the measure is said to be, described, is no
            # stance on what the description names (but "a bad law that would harm our ties" says what it does)
            return 0, "", hedged, False
        if _without_reason(child, node):
            # "had no intention of withdrawing them", "saw no grounds to block it": not to withdraw, not to block
            polarity, cues = -polarity, cues + ["no reason"]
        if dep == "conj":
            # Coordinated clauses are parallel: the head's own words do not scope over its conjunct,
            # except "nor", which negates it.
            if any(_norm(c.text) == "nor" for c in node.children):
                polarity, cues = -polarity, cues + ["nor"]
            if any(c.dep_ == "mark" and _norm(c.text) == "that" for c in child.children):
                # "said he would not allow the country to be dragged into instability and that the agreement was
                # an opportunity": a second thing said, whatever the parse hangs it on; nothing of the first
                # (its "not allow") scopes over it
                while (node.i != top.i and node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i
                       and _norm(node.head.lemma_) not in REPORTING_VERBS):
                    node = node.head
                if node.i != top.i and _norm(node.head.lemma_) in REPORTING_VERBS:
                    child, node = node, node.head
                    continue
            child, node = node, node.head
            continue
        if dep in ("ccomp", "conj") and getattr(_elided_contrast(node), "i", None) == child.i:
            break  # "the ban is correct, the fine is not": the "not" belongs to the fine
        if dep == "ccomp" and child.i < node.i and any(
                t.text in (":", ";") for t in child.doc[child.right_edge.i + 1 : node.i]):
            # a clause before a colon is no complement of the verb after it: "I'll be straight with you: we can
            # support this bill" (misparsed so) puts no stance on "you"; "that is why we support this amendment:
            # it is ..." keeps the stance its own clause took
            if not cues:
                return 0, "", hedged, False
            break
        if (dep == "prep" and _norm(child.text) == "to" and node.pos_ == "NOUN"
                and _norm(node.lemma_) in ("amendment", "change", "revision", "modification", "alteration")
                and child.i != target.i):
            # "tabled 40 amendments to the bill", "wants changes to the law": amending it is neither for nor against it
            return 0, "", hedged, False
        if dep in ("acl", "relcl", "conj", "ccomp", "parataxis") and child.i > node.i and any(
                t.text in (":", ";") for t in child.doc[node.i + 1 : child.left_edge.i]) and any(
                c.dep_.startswith("nsubj") for c in child.children):
            # a clause with its own subject after a colon stands on its own, whatever the parser hung it on: "I will
            # not pretend to be neutral about the bill: I am against it" takes no "not" from before the colon
            break
        if (dep == "prep" and _norm(child.text) == "from" and node.pos_ == "VERB" and child.i != target.i
                and _lexical_polarity(node)[1] == "shifter" and any(c.dep_ == "dobj" for c in node.children)):
            # "remove it from the finance bill", "withdraw the levy from the budget": where it is taken from (but
            # "bar children from opening accounts" keeps them from it: what is barred)
            return 0, "", hedged, False
        if dep == "advcl" and _holding_out(child, node) and owner.owns(_subject(node), node):
            # "she would not rest until the levy is scrapped", "we will not leave until the agreement is withdrawn":
            # what they hold out for is theirs
            cues.append(f"{'not ' if _is_negated(node) else ''}{_norm(node.lemma_)} until")
            owned = True
            if node.i == top.i:
                break
            child, node = node, node.head
            continue
        # (a condition on those who take the stance, "if we win", is a circumstance: outside the stance)
        condition = _condition_mark(child) if dep == "advcl" and not _own_circumstance(child, node) else None
        through_condition = through_condition or bool(condition)
        if dep == "advcl" and condition is None and _condition_mark(child):
            # "promised to repeal the reform if it wins power": what the circumstance names (power) is no stance
            return 0, "", hedged, False
        if condition and (subject := _subject(child)) is not None and _norm(subject.text) == "you":
            # "if you don't like same-sex marriage, vote no": what the listener is supposed to feel, no one's stance
            return 0, "", hedged, False
        if condition == "unless":
            polarity, cues = -polarity, cues + ["unless"]
        if condition == "if" and _takes_care_of_its_own(node) and (doer := _doer(node)) is not None \
                and not owner.owns(doer):
            # "urged the company to protect its users' rights if the bill passed": a care for something else, should
            # the bill pass; no stance on the bill
            return 0, "", hedged, False
        if (dep in ADJUNCT_DEPS and not condition and not (dep == "advcl" and _norm(node.lemma_) in CONTROL_VERBS)
                and not _extraposed(child, node) and not _gerund_object(child, node) and not _cue_marked(child, node)
                or _is_circumstance(child)):
            # an adjunct clause is outside the scope of its head's words ("warned against the tax, saying ...")
            if node.i == top.i:
                break
            child, node = node, node.head
            continue
        if dep == "acl" and node.pos_ == "NOUN" and any(c.dep_ == "agent" for c in child.children) \
                and _lexical_polarity(node)[0] < 0 and _lexical_polarity(node)[1] in ("evaluative", "harm"):
            # "vowed to undo the harm done by the levy", "the damage caused by the plan": the harm judges what did it;
            # what is done to the harm then is no praise of its cause (undoing it), though a denial of it is
            polarity, cues, owned, harm_done = -polarity, cues + [node.text], True, True
            if node.i == top.i:
                break
            child, node = node, node.head
            continue
        if node.pos_ == "NOUN" and dep == "prep" and _norm(node.lemma_) in JUDGING_NOUNS:
            return 0, "", hedged, False  # "no judgment on the merits of the concession"
        if node.pos_ == "NOUN" and dep == "prep" and _norm(child.text) in ("on", "about", "over") \
                and _norm(node.lemma_) in BALLOT_EVENTS | DELIBERATIONS and (
                    node.dep_ == "dobj" or node.dep_ == "pobj" and _norm(node.head.text) in ("for", "against")):
            # "would support a referendum on the retirement age", "called for a debate on the bill": for putting it
            # to a vote or a debate, no side on it
            return 0, "", hedged, False
        if dep == "prep" and _norm(child.text) == "without" and node.pos_ in ("VERB", "AUX") \
                and any(t.dep_ == "prep" and _norm(t.text) in ("in", "within") for t in _path_up(target, child)[1:-1]):
            # "without that element in the bill, the party voted against": a circumstance of the act; what lies
            # inside what is lacking is no object of it ("passed it without the levy" lacks the levy itself)
            return 0, "", hedged, False
        if (node.pos_ == "NOUN" and dep in ("acl", "ccomp") and _norm(node.lemma_) in ("fact", "truth", "reality")
                and _lexical_polarity(node.head)[1] != "attitude"):
            # "it doesn't change the fact that this cap is bad": what "the fact" holds, the speaker asserts (but "I
            # regret the fact that the levy was scrapped" is an attitude toward it)
            break
        if node.pos_ == "NOUN" and dep == "prep" and _norm(child.text) == "of" and _norm(node.lemma_) in AIM_NOUNS:
            hedged = True  # "I support the objective of this bill": its aim, not the bill as it stands
        if any(c.dep_ == "mark" and _norm(c.text) == "whether" for c in child.children):
            return 0, "", hedged, False  # "ruling on whether the concession should go ahead": an open question
        if dep == "xcomp" and _norm(child.lemma_) in STATEMENT_VERBS and any(
            _lexical_polarity(judge)[1] == "evaluative" for judge in
            [node, *(c for c in node.children if c.dep_ == "acomp")]
        ) and not (_norm(child.lemma_) in PROPOSING_VERBS or _lexical_polarity(child)[1] == "attitude"):
            # "I was wrong to think the quota could wait": a judgement of the thinking; but "it was disgusting to
            # propose a quota" judges the quota proposed
            return 0, "", hedged, False
        if node.pos_ == "VERB" and _norm(node.lemma_) in USING_VERBS and dep == "dobj":
            used = True
        if dep == "dobj" and node.pos_ == "VERB" and _set_to_a_number(node):
            # "would return the retirement age to 65", "set the levy at 2%": the amount it should be, not whether
            return 0, "", hedged, False
        if dep == "dobj" and cues and node.pos_ == "VERB" and _norm(node.lemma_) == "give" and any(
                c.dep_ == "prt" and _norm(c.text) == "up" for c in node.children):
            # "would not give up the fight against the levy", "never give up her opposition to it": not to give up a
            # stance is to keep it; to give it up leaves no stance ("had given up her opposition")
            if not _is_negated(node):
                return 0, "", hedged, False
            cues.append("not give up")
            if node.i == top.i:
                break
            child, node = node, node.head
            continue
        value, kind, cue = _lexical_polarity(node)
        if kind == "attitude" and dep == "compound" and _norm(node.lemma_) in _CONTEST_NOUNS \
                and _norm(child.lemma_) in VOTING_OCCASIONS:
            # "a referendum campaign", "the election campaign": a campaign in the vote, for no side of it
            return 0, "", hedged, False
        if not value and dep == "prep" and any(getattr(_judged_for(act), "i", None) == node.i for act in child.children):
            # "accused the mayor of blocking the levy": an accusation is against the act ("praised ... for", for it)
            value, kind, cue = (-1 if _norm(node.lemma_) in ACCUSING_VERBS else 1), "attitude", node.text
        if kind == "attitude" and dep == "ccomp" and _norm(node.lemma_) in MANDATIVE_VERBS and _told_in_a_tense(child):
            value, kind, cue = 0, "", ""  # "suggested that the march was being manipulated": a claim, not a proposal
        if not value and dep == "prep" and node.pos_ == "VERB" and (manner := _manner_before(child)) is not None:
            # "voted to hold a strike in protest | at the closures": the parser hangs what the protest is at on the
            # verb; the manner noun just before it ("in protest", "in support") is the attitude toward it
            value, kind, cue = _lexical_polarity(manner)
        if (not value and dep == "dative" and node.pos_ == "VERB" and _norm(node.lemma_) in HOLDING_VERBS
                and (child.i == target.i or target.dep_ == "pobj" and target.head.i == child.i)):
            # (not "lend his backing to opponents of the levy": the opponents are given it)
            # "lent her support to the airport", "could not give the plan her support": the attitude given
            given = next((c for c in node.children if c.dep_ == "dobj" and _lexical_polarity(c)[1] == "attitude"), None)
            if given is not None:
                value, kind, cue = _lexical_polarity(given)
        if kind == "shifter" and dep == "prep" and _norm(child.text) in ("with", "by") and _norm(node.lemma_) in REPLACING:
            value, kind, cue = 0, "", ""  # "replacing the ban with higher charges": the charges are what is put in
        if value and node.pos_ == "VERB" and target.tag_ == "NNS" and target.i > node.i and not any(
                c.dep_ in ("det", "poss", "nummod") for c in target.children) and any(
                c.dep_ == "aux" and _norm(c.text) in ("can", "may") for c in node.children):
            return 0, "", hedged, False  # "the mayor can veto ordinances": a power over a kind of thing, no stance
        if dep == "nsubjpass" and _is_agentless_passive(node):
            # "the powers are needed", "the cuts were justified": with nobody doing the needing, the
            # participle judges its subject the way the adjective does ("necessary")
            form = _norm(node.text)
            if form in EVALUATIVE_POSITIVE | EVALUATIVE_NEGATIVE:
                value, kind, cue = (1 if form in EVALUATIVE_POSITIVE else -1), "evaluative", node.text
        verbs_passed += child.pos_ == "VERB"
        if kind == "attitude" and child.pos_ == "VERB" and child.i != target.i and _norm(child.lemma_) in KNOWING_VERBS:
            value, kind, cue = 0, "", ""  # "I want councillors to understand what they would be closing"
        if _is_agent_asked(node, dep, child, kind):
            return 0, "", hedged, False
        if kind == "attitude" and _norm(node.lemma_) in REQUEST_VERBS and not _phrasal_cue(node)[0]:
            if dep in ("dobj", "dative") or (dep == "prep" and _norm(child.text) == "on"):
                return 0, "", hedged, False  # "called on hunts to do more", "asked the council to ...": who is asked
            if verbs_passed > 1:
                value, kind, cue = 0, "", ""  # a request reaches what its verb acts on, not a chain of clauses
        if dep == "prep" and _norm(child.text) == "with" and (
            node.pos_ == "NOUN" and _objection(node) and not any(
                t.dep_ == "prep" and _norm(t.text) in (OBJECTED_PREPOSITIONS | {"against"}) - {"of"}
                for t in _path_up(target, child)[1:-1])
            or node.pos_ == "VERB" and _norm(node.lemma_) in PROPOSING_VERBS and target.head.i == child.i
        ):
            # "lodged a complaint with the commission": where it is filed; "leading the challenge with the boroughs
            # of Richmond and Wandsworth": who brings it too
            return 0, "", hedged, False
        if node.pos_ == "VERB" and dep == "prep" and _norm(child.text) == "from" and _norm(node.lemma_) in EXEMPTING_VERBS:
            polarity, cues = -polarity, cues + [f"{node.text} from"]  # "urged it to exempt small sellers from the levy"
        if (not owned and node.pos_ in ("NOUN", "PROPN") and not kind
                and _norm(node.lemma_) not in ANAPHORIC_NOUNS | MEASURE_OBJECTS):
            # ("plans for control orders": the plan is what the orders are, not a noun between them and "back";
            # "an amendment that adds an exemption" is the exemption)
            nouns_before_cue += 1
            if nouns_before_cue > MAX_NOUNS_BEFORE_CUE:
                return 0, "", hedged, False  # "a wedge in the alliance": too far down a noun chain
        if node.pos_ in ("ADP", "ADV", "SCONJ") and (
            _norm(node.text) in SETTING_PREPOSITIONS
            or (_norm(node.text) in PLACE_PREPOSITIONS and not _particle_of_cue(node) and kind != "attitude"
                and _manner_before(node) is None)
            or any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in node.children)
            # "voted against as a bloc", "signed as chair": in what capacity, not what the verb is for or against
            or node.dep_ == "prep" and any(_in_capacity(c) for c in node.children)
        ):
            # "after a year of tensions", "at Camp David", "on the first day of the new fares": the setting
            return 0, "", hedged, False
        if dep == "pobj" and (_is_stage(node) or _in_a_body(node) and node.head.pos_ == "NOUN"
                              and _norm(node.head.lemma_) in ANAPHORIC_NOUNS | MEASURE_OBJECTS):
            # "will oppose this bill on the floor", "the amendment in committee": where, not what
            return 0, "", hedged, False

        # the subject of a passive is what the verb acts on: "tensions can be eased"
        is_subject = dep in ("nsubj", "csubj", "csubjpass", "expl")
        if (is_subject or dep == "compound") and node.pos_ == "VERB" and (
                _norm(node.lemma_) in ENDING_VERBS or is_subject and _must_go(node)) \
                and not any(c.dep_ == "dobj" for c in node.children):  # ("the new rules end the exemption": a doer)
            # ("let this contract expire" is parsed with "contract" a compound of the verb)
            polarity, cues = -polarity, cues + [node.text]  # "should let this contract expire": for its end
            if _is_recommendation(node):
                owned, cues = True, cues + ["should"]  # "the levy should lapse"
            if is_subject and _is_negated(node):
                polarity, cues = -polarity, cues + ["not"]  # "the levy should not go", "must not lapse"
        elif (dep == "nsubj" and node.pos_ == "VERB" and _norm(node.lemma_) in GOING_ON_VERBS
              and child.pos_ == "NOUN" and not _is_person_noun(child.lemma_) and not _is_body_noun(child.lemma_)
              and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr") or c.dep_ == "prep"
                          and _norm(c.text) == "with" for c in node.children)):
            # "the Eidsnes ward, in its present form, cannot continue": a thing going on (or not)
            cues.append(node.text)
            if _is_negated(node):
                polarity, cues = -polarity, cues + ["not"]
            if _is_recommendation(node):
                owned, cues = True, cues + ["should"]  # "the service must survive"
        elif (dep == "nsubj" and kind == "shifter" and node.tag_ == "VBN" and node.dep_ in ("ccomp", "xcomp")
              and not any(c.dep_ in ("aux", "auxpass") for c in node.children)
              and _lexical_polarity(node.head)[1] == "attitude"):  # (not "found the border closed": a fact)
            # "wants the compulsory stage postponed", "asked for the fee suspended": what is to be done to it
            polarity, cues = polarity * value, cues + [cue]
        elif is_subject:
            effect, doing = _effect_of_thing(node, child, value, kind), node
            for second in (c for c in node.children if c.dep_ == "conj" and c.pos_ == "VERB") if not effect else ():
                if not any(c.dep_.startswith("nsubj") or c.dep_ in ("xcomp", "ccomp") for c in second.children) \
                        and _norm(second.lemma_) not in REQUEST_VERBS:
                    # "the law favoured big business and threatened the livelihood of workers": the second verb
                    # says what the same thing does (not "said the reform had no legitimacy and urged opponents
                    # ...": the speaker's own act, however the parser attached it)
                    effect, doing = _effect_of_thing(second, child, *_lexical_polarity(second)[:2]), second
                    if effect:
                        break
            if effect:
                # "the levy would protect children", "the mine would poison the river": what a thing does
                # judges the thing
                polarity *= effect
                cues.append(doing.text + (" not" if _is_negated(doing) else ""))
                owned = True
            elif kind == "attitude" and dep in ("nsubj",) and node.pos_ != "NOUN":
                pass  # the subject of an attitude is its holder, not its target
            elif dep == "nsubj" and _holds_attitude_complement(node) and (
                child.pos_ == "PRON" or _is_third_party(child) or _is_body_noun(child.lemma_)
                or _is_person_noun(child.lemma_)
            ):
                pass  # "employers remained opposed to the increase": the holder again
            else:
                sub, sub_cues, sub_hedged = _predicate_polarity(node, exclude=child)
                for second in (c for c in node.children if c.dep_ == "conj" and c.pos_ == "AUX"
                               and not any(d.dep_.startswith("nsubj") for d in c.children)
                               # ("the curfew was over and was glad about it": the speaker's feeling, not a verdict)
                               and not any(d.dep_ in ("acomp", "attr") and _lexical_polarity(d)[1] == "attitude"
                                           for d in c.children)) if not sub_cues else ():
                    # 'the law had been "right in March and is right tonight"': a second copula with no subject
                    # of its own says its predicate of this subject too
                    sub, sub_cues, sub_hedged = _predicate_polarity(second, exclude=child)
                    if sub_cues:
                        break
                if sub_cues:
                    polarity *= sub
                    cues += sub_cues
                    hedged = hedged or sub_hedged
                    owned = True
        elif node.lemma_ in COPULAS or node.pos_ == "AUX":
            cleft = _cleft_attitude(node) if dep == "attr" else None
            declared = _declared_existence(node, child) if dep == "attr" and not _is_person_noun(child.lemma_) else ""
            if declared:
                cues.append(declared)  # "there would be no postponement", "there must be an inquiry": declared
                owned = True
            elif cleft is not None and owner.owns(_holder(cleft), cleft):
                # "What we oppose is this law", "What we want is a referendum": the attitude of the clause "what"
                # opens
                value, _, cue = _lexical_polarity(cleft)
                polarity *= -value if _is_negated(cleft) else value
                cues.append(cue + (" not" if _is_negated(cleft) else ""))
                owned = True
            sub, sub_cues, sub_hedged = _predicate_polarity(node, exclude=child)
            if sub_cues and dep not in ("acomp", "attr"):
                polarity *= sub
                cues += sub_cues
                hedged = hedged or sub_hedged
                owned = True
            if dep == "ccomp" and _norm(node.lemma_) == "be":
                # "My recommendation is that we return them": the actor's own proposal is what the clause says
                proposal = next((c for c in node.children if c.dep_ == "nsubj" and _norm(c.lemma_) in RECOMMENDING_NOUNS), None)
                possessor = next((c for c in proposal.children if c.dep_ == "poss"), None) if proposal is not None else None
                if possessor is not None and owner.owns(possessor, node):
                    cues.append(proposal.text)
                    owned = True
        else:
            if _norm(node.lemma_) in PUTTING_OFF_WORDS and _put_off_measure(child):
                # "urged the government to defer the bill", "moved that the bill be deferred": to want a measure
                # later is a question of its own (read by _delay_reading), no side on the measure (but to put off
                # an election or a closure is to keep it from happening: against it now)
                return 0, "", hedged, False
            if kind and value and not (node.pos_ == "VERB" and _norm(node.lemma_) in SUBJECT_ONLY) \
                    and not (harm_done and kind in ("shifter", "harm")):
                polarity *= value
                cues.append(cue)
                if kind == "evaluative":
                    owned = True
                elif kind == "shifter" and node.pos_ == "VERB" and child.dep_ in ("dobj", "xcomp"):
                    # "would avoid the quota system", "we will scrap it": what the actor itself does
                    holder = _subject(node)
                    if (holder is not None and holder.dep_ == "nsubj" and holder.pos_ == "NOUN" and _is_thing(holder)
                            and _norm(holder.lemma_) not in ANAPHORIC_NOUNS | MEASURE_OBJECTS
                            and not _is_recommendation(node) and not _attitude_above(node, top)):
                        # "a second rejection would delay the lifting of capital controls": what an event would do
                        # to something, no one's act on it (but "fears the ruling will end the ban" is for the ban)
                        return 0, "", hedged, False
                    if holder is not None and holder.dep_ != "nsubjpass" and owner.owns(holder, node):
                        owned = True
                    elif holder is None and node.dep_ == "acl" and node.head.i in owner.holder_tokens:
                        owned = True  # "a motion to drop the cap": what the motion does
                elif kind == "harm" and through_condition and _threat(node) and owner.owns(_subject(node), node):
                    # "the union threatened a strike unless it was withdrawn": the union's threat is against what
                    # its condition opposes (not against the strike it threatens)
                    owned = True
                elif kind == "attitude":
                    holder = _holder(node)
                    if dep == "csubj" or child.dep_ == "csubj":
                        pass
                    elif node.dep_ in ("csubj", "csubjpass"):
                        pass  # "allowing X would ...": the clause is the topic being judged
                    elif owner.owns(holder, node):
                        owned = True
            elif not kind and through_condition and dep == "advcl" and (action := _protest_threatened(node)) \
                    and owner.owns(_subject(node), node):
                # "unions would organise a general strike if the government does not withdraw the law", "we are
                # ready to strike unless it is dropped": a threat, against what its condition opposes
                polarity = -polarity
                cues.append(action)
                owned = True
            if dep == "nsubjpass" and node.pos_ == "VERB" and not kind:
                manner, manner_cue = _manner(node)
                if manner:
                    polarity *= manner  # "the legislation was so poorly drafted", "a well designed scheme"
                    cues.append(manner_cue)
                    owned = True
            if node.pos_ in ("NOUN", "PROPN") and not (dep == "relcl" and cues and target.head.i == child.i
                                                          and target.dep_ in ("nsubj", "nsubjpass")):
                # (a relative clause that judges its noun judges it beside the noun's own words, not through them:
                # "a bad law that would harm our ties" is bad twice over, not good)
                mod, mod_cues = _modifier_polarity(node)
                if mod_cues:
                    polarity *= mod
                    cues += mod_cues
                    owned = True
            if node.pos_ == "VERB" and _is_recommendation(node) and kind != "attitude" and not (
                dep == "ccomp" and _norm(node.lemma_) in COGNITION_VERBS
            ) and not (
                # "that must be done with a proper judicial process": how it is done is what is recommended
                dep == "nsubjpass" and _norm(node.lemma_) in ("do", "make", "take", "carry")
                and any(c.dep_ == "prep" for c in node.children)
            ):
                # ("ministers should expect it to be rewritten" recommends no view of "it")
                owned = True  # "the advice should now be published", "the proposals must be dropped"
                cues.append("should")
            if dep in ("dobj", "nsubjpass") and _norm(node.lemma_) in CHARACTERISING_VERBS and not kind:
                value2, cue2 = _characterisation(node, child)
                if value2 and owner.owns(_subject(node), node):
                    polarity *= value2
                    cues.append(cue2)
                    owned = True
            # "sees the Olympics as a chance": the "as" complement judges the object
            elif dep == "dobj":
                for prep in node.children:
                    if prep.dep_ == "prep" and _norm(prep.text) == "as":
                        for obj in prep.children:
                            if obj.dep_ == "pobj":
                                value2, kind2, cue2 = _lexical_polarity(obj)
                                mod2, mod_cues2 = _modifier_polarity(obj)
                                if kind2 in ("evaluative", "attitude") and value2:
                                    polarity *= value2 * mod2
                                    cues += [cue2, *mod_cues2]
                                    owned = True
        if _is_negated(node) and not is_subject and not (node.pos_ == "NOUN" and not kind and cues and any(
                c.dep_ == "det" and _norm(c.text) == "no" for c in node.children)):
            # (but "no decision on its demand for a buyback" leaves the demand standing: a noun that is no cue,
            # above the cue, negates nothing of it)
            polarity, cues = -polarity, cues + ["not"]
        elif _is_negated(node) and is_subject and cues:
            pass  # negation already inside the predicate polarity
        if _is_hedged(node):
            hedged = True
        if node.i == top.i:
            break
        child, node = node, node.head
    if not owned:
        if own_cues:
            return own_judgement, " ".join(own_cues), hedged, True
        return 0, "", hedged, False
    if polarity < 0 and used:
        # "does not intend to use the house arrest powers now": not using a measure is no stand against it
        return 0, "", hedged, False
    return polarity, " ".join(c for c in cues if c), hedged, nouns_before_cue == 0


# --- statements ----------------------------------------------------------------------------------------
class _Spans(tuple):
    """The mention spans of an article, ``(start, end, canonical name)`` sorted, with what finds the one at a
    character in logarithmic time: the first span (in order) that starts at or before it and ends after it."""

    def __new__(cls, spans):
        self = super().__new__(cls, sorted(spans))
        self.starts = [start for start, _, _ in self]
        self.reach = list(itertools.accumulate((end for _, end, _ in self), max))  # furthest end so far
        self.silent: frozenset[str] = frozenset()  # organisations that never act in the article (_silent_bodies)
        return self

    def at(self, char: int) -> str | None:
        before = bisect.bisect_right(self.starts, char)  # spans[:before] start at or before char
        first = bisect.bisect_right(self.reach, char, 0, before)  # the first of them reaching past char
        return self[first][2] if first < before else None


def _mention_spans(analysis: ArticleAnalysis) -> _Spans:
    return _Spans((mention.start, mention.end, _mentioned(mention, analysis)) for mention in analysis.mentions)


def _mentioned(mention, analysis: ArticleAnalysis) -> str:
    """Who a mention names: the article's actor for its words, except that "Senator Vollmer" in an article about
    two Vollmers is the one whose full name the article writes with that title ("Interior Senator Katrin
    Vollmer")."""
    name = analysis.names.get(mention.text, mention.text)
    if not mention.title or " " in mention.text:
        return name
    namesakes = [other for other, kind in analysis.kinds.items()
                 if kind == "person" and other.split()[-1] == mention.text and " " in other]
    if len(namesakes) < 2:
        return name
    # the titles each namesake's full name is written with ("Interior Senator Katrin Vollmer")
    title = {_norm(w) for w in mention.title.split()}
    fits = [other for other in namesakes
            if any(m.text == other and m.title and title & {_norm(w) for w in m.title.split()} for m in analysis.mentions)]
    return fits[0] if len(fits) == 1 else name


def _silent_bodies(doc, spans: _Spans, analysis: ArticleAnalysis) -> frozenset[str]:
    """Names the tagger took for organisations that never act as one in the article: nobody quoted or speaking
    for them, never the subject of a deed ("the Greens opposed the TPP", "the GST is a burden on the poor"). A
    pact, a tax or a project argued about, which a stance can take as its target (see :func:`_argued_body`)."""
    bodies, acting = set(), {q.speaker_name for q in analysis.quotes if q.speaker_name}
    for token in doc:
        if token.ent_type_ != "ORG" or (name := _actor_at(token, spans)) is None:
            continue
        bodies.add(name)
        if _acts_as_body(token) or _named_as_body(name):
            acting.add(name)
    return frozenset(bodies - acting)


def _named_as_body(name: str) -> bool:
    """"the House of Lords", "the Home Office", "the Countryside Alliance": a name that says it is a body (a
    chamber, an office, a league), silent or not, is no pact or tax argued about."""
    gazetteer = load_gazetteer()
    return any(word in gazetteer.organization_nouns or word in gazetteer.civic_bodies or word == "house"
               for word in (_norm(w) for w in name.split()))


def _acts_as_body(token) -> bool:
    """A word of an organisation's name where it acts as one: the subject of what it says or how it stands ("the
    ministry said", "the union opposed"), the doer of a passive ("signed by the union"), or the body of someone
    who speaks for it ("NATO Secretary-General Jens Stoltenberg", "a spokeswoman for the Ministry")."""
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB" and (
            _norm(token.head.lemma_) in STATEMENT_VERBS or _lexical_polarity(token.head)[1] == "attitude"):
        return True  # (a pact "gives access", "costs" a sum, "extends" a web: a thing does that too)
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True
    holder = token.head.head if token.dep_ == "pobj" and _norm(token.head.text) in ("for", "of", "at", "from") else (
        token.head if token.dep_ in ("compound", "poss") else None)
    return holder is not None and (holder.ent_type_ == "PERSON" or _speaks_for_a_body(holder))


def _speaks_for_a_body(noun) -> bool:
    """"spokeswoman", "head", "secretary-general", "officials": a person who holds a post in a body."""
    word = _norm(noun.lemma_)
    gazetteer = load_gazetteer()
    return (word.startswith("spokes") or word in ("head", "official", "chief", "leader", "member", "staff")
            or word in gazetteer.person_titles or word.split("-")[0] in gazetteer.person_titles
            or word in gazetteer.civic_officers)


def _entity_of(token):
    """The named entity ``token`` is in, or None."""
    return next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)


def _entity_root(token):
    """The head word of the named entity ``token`` is in ("Convention" of "the European Convention on Human
    Rights"); the token itself outside any."""
    ent = _entity_of(token)
    return token if ent is None else ent.root


def _entity_name(token) -> str:
    """The named entity ``token`` is in, as written, without an article: "Amsterdam Treaty", "TPP"."""
    ent = _entity_of(token)
    words = ent.text.split() if ent is not None else []
    return " ".join(words[1:] if words and words[0].lower() == "the" else words)


def _argued_body(token, spans) -> bool:
    """A word of a name tagged an organisation that the article never has act (see :func:`_silent_bodies`), or
    that names a law or a programme, which no one takes for an actor ("the Amsterdam Treaty", "the Stability Pact";
    tagged a person, "the proposed Electronic Transfer Levy", when an article says it is a thing)."""
    if token.ent_type_ not in ("ORG", "PERSON") or not isinstance(spans, _Spans):
        return False
    actor = _actor_at(token, spans)
    if actor is not None:
        return token.ent_type_ == "ORG" and actor in spans.silent
    gazetteer = load_gazetteer()
    entity = _entity_of(token)
    return _norm(_entity_root(token).text) in gazetteer.law_nouns | gazetteer.programme_nouns and (
        token.ent_type_ == "ORG" or entity is not None and has_article(token.doc, entity.start))


def _actor_at(token, spans) -> str | None:
    if isinstance(spans, _Spans):
        return spans.at(token.idx)
    for start, end, name in spans:
        if start <= token.idx < end:
            return name
    return None


def _group_lemma(noun) -> str:
    """The lemma of a noun for people, singular: "mp" of "MPs", which the tagger may leave as "mps"."""
    lemma = _norm(noun.lemma_)
    if lemma not in HUMAN_GROUPS and lemma.endswith("s") and lemma[:-1] in HUMAN_GROUPS | {"member"}:
        return lemma[:-1]
    return lemma


def _partitive(noun) -> bool:
    """"Two of the Europe Now Movement's MPs", "some of its deputies" (which the parser may split into two
    subjects): a part of the group the noun names."""
    of = next((t for t in reversed(noun.doc[max(0, noun.i - 8):noun.i]) if _norm(t.text) == "of" and t.i > 0), None)
    # (only words of the noun's own phrase between: not "Most of the time, Green Party MPs voted ...")
    return of is not None and (noun.doc[of.i - 1].pos_ == "NUM" or _norm(noun.doc[of.i - 1].text) in _SOME_WORDS) \
        and all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PART") for t in noun.doc[of.i + 1:noun.i])


def _some_members(noun) -> bool:
    """"Two deputies", "several members", "some MPs": a number of them, not the body as a whole."""
    return _partitive(noun) or not _all_members(noun) and any(
        c.dep_ == "nummod" or c.dep_ in ("det", "amod") and _norm(c.text) in ("some", "several", "few", "many", "most")
        for c in noun.children)


# Words for a group as a whole: "all of its members"
_WHOLE_GROUP_WORDS = frozenset("all both each".split())
# Words for part of a group: "some of the members", "two deputies"
_SOME_WORDS = frozenset("some several few many most other".split())


def _all_members(noun) -> bool:
    """"All 19 Liberal members", "Liberal members", "the Green members": the members as a whole, not "some" or
    "two" of them (a few rebels are not their party)."""
    if _partitive(noun):
        return False
    words = {_norm(c.text) for c in noun.children if c.dep_ in ("det", "predet", "nummod", "amod", "quantmod")}
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if "all" in words or before is not None and _norm(before.text) == "all" or _norm(noun.left_edge.text) == "all":
        return True
    return not any(c.dep_ == "nummod" for c in noun.children) and not words & {
        "some", "several", "few", "many", "most", "a", "an", "other", "two", "three", "four", "five"}


def _actor_of_subject(subject, spans) -> tuple[str | None, set[int]]:
    """The actor a subject phrase names: its head, else a name modifying a group noun ("U.S. officials")."""
    name = _actor_at(subject, spans)
    if name:
        return name, {subject.i}
    if _norm(subject.text) in _WHOLE_GROUP_WORDS and subject.pos_ in ("DET", "PRON"):
        # "All of the Europe Now Movement's MPs voted in favour": the members as a whole, as "all its MPs" are
        for members in (o for c in subject.children if c.dep_ == "prep" and _norm(c.text) == "of"
                        for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")):
            name, tokens = _actor_of_subject(members, spans)
            if name:
                return name, {subject.i, *tokens}
    for clause in subject.children:
        # "a group calling itself the Concerned Citizens of Takoradi", "a coalition called Fair Rents": the one named
        if clause.dep_ == "acl" and _norm(clause.lemma_) in ("call", "name", "know") and subject.pos_ == "NOUN":
            for named in clause.subtree:
                if named.dep_ in ("oprd", "dobj", "pobj", "attr") and named.pos_ == "PROPN" and _actor_at(named, spans):
                    return _actor_at(named, spans), {subject.i, named.i}
    if subject.pos_ == "NOUN" and _norm(subject.lemma_) in _OWN_VOICES - {"leader"} \
            and not any(t.dep_ == "appos" for t in subject.subtree):
        # "A spokesman for Senator Soto said": the one the spokesman speaks for (a spokesman named speaks himself)
        for prep in (c for c in subject.children if c.dep_ == "prep" and _norm(c.text) in ("for", "of")):
            for named in (c for c in prep.children if c.dep_ == "pobj"):
                name = _actor_at(named, spans)
                if name:
                    return name, {subject.i, named.i}
    group = _group_lemma(subject)
    if group in HUMAN_GROUPS | {"member"} or subject.pos_ == "NOUN" and _is_person_noun(subject.lemma_):
        # "The leader of the Traders' Association, Maame Esi Quansah, said", "The mayor of Beveren, Marc Van de
        # Vijver, said", "The member for Bartsham-Shongphu, Jigme Norbu, said": the name parsed in apposition to the
        # body or place the officer is "of" or "for" is the officer's
        for prep in (c for c in subject.children if c.dep_ == "prep" and _norm(c.text) in ("of", "for")):
            for body in (c for c in prep.children if c.dep_ == "pobj"):
                for child in (c for c in body.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"):
                    name = _actor_at(child, spans)
                    if name:
                        return name, {subject.i, child.i}
        # "The hydrocarbons minister, Marcelo Quisbert, watched ...": the person named in apposition to the role
        for child in (c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"):
            name = _actor_at(child, spans)
            if name:
                return name, {subject.i, child.i}
    if group in HUMAN_GROUPS | {"member"}:
        # "the group's leader, Nadia Osei": the person named in apposition, else the group that owns the role
        # ("All 19 Liberal members voted against the bill": the party its members act for, not "two" of them)
        if group in GOVERNING_GROUPS:
            # "The government of Thailand said", "the authorities of the canton": the governed acts through them
            for prep in (c for c in subject.children if c.dep_ == "prep" and _norm(c.text) == "of"):
                for body in (c for c in prep.children if c.dep_ == "pobj"):
                    name = _actor_at(body, spans)
                    if name:
                        return name, {subject.i, body.i}
        for deps in (("appos",), ("compound", "poss", "amod", "nmod")):
            if deps != ("appos",) and (group == "member" and not _all_members(subject) or _partitive(subject)):
                continue
            for child in subject.children:
                if child.dep_ in deps:
                    name = _actor_at(child, spans)
                    if name:
                        return name, {subject.i, child.i}
    if _norm(subject.lemma_) in BODY_PARTS | _GOVERNING_ORGANS:
        # "The CDU parliamentary group has tabled a motion", "the Nyandoro chapter of the Chamber of Commerce
        # backed the levy": a part of a body acts for the body
        # (the body it is "of" first: "Nyandoro" of "the Nyandoro chapter" is where the chapter is)
        bodies = [o for c in subject.children if c.dep_ == "prep" and _norm(c.text) == "of"
                  for o in c.children if o.dep_ == "pobj" and not (
                      _norm(subject.lemma_) in _GOVERNING_ORGANS and o.ent_type_ in ("GPE", "LOC"))]
        bodies += [c for c in subject.children if c.dep_ in ("compound", "nmod", "poss") and c.ent_type_ not in ("GPE", "LOC")]
        for body in bodies:
            name = _actor_at(body, spans)
            if name:
                return name, {subject.i, body.i}
    if group in HUMAN_GROUPS | {"member"} and (subject.tag_ == "NNS" or group != _norm(subject.lemma_)) \
            and not _some_members(subject):
        # "Members of the County Assembly voted 28 to 11 in favour", "Deputies from the Green Party voted for it":
        # the body its members act for (not "two deputies from the Green Party": rebels are not their party)
        for prep in subject.children:
            if prep.dep_ == "prep" and _norm(prep.text) in ("of", "from"):
                for obj in prep.children:
                    name = _actor_at(obj, spans) if obj.dep_ == "pobj" else None
                    if not name and obj.dep_ == "pobj" and _norm(obj.lemma_) in BODY_PARTS:
                        name = _actor_of_subject(obj, spans)[0]  # "Members of the LDP group": the party's
                    if not name and obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                        # "Deputies from Mr Sall's Benno Bokk Yakaar coalition": the body named before its noun (not
                        # the place of "deputies from the Thies region")
                        name = next(filter(None, (_actor_at(c, spans) for c in obj.children if c.dep_ == "compound"
                                                  and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC"))), None)
                    if name:
                        return name, {subject.i, obj.i}
    for child in subject.children:
        # "One government MP, Anthony Spiteri, voted ...": the parser may tag a title noun as a proper one
        if child.dep_ == "appos" and subject.pos_ in ("NOUN", "PROPN"):
            name = _actor_at(child, spans)
            if name:
                return name, {subject.i, child.i}
    return None, set()


def _stop_word_noun(token) -> bool:
    """A common noun that a stop list holds for another of its senses: "the mine" (not the pronoun "mine"), "an oil
    well" (not the adverb). Nouns too general or standing for another ("part", "side", "the move") stay out."""
    lemma = _norm(token.lemma_)
    return token.tag_ in ("NN", "NNS") and token.pos_ == "NOUN" and len(lemma) >= 4 \
        and lemma not in GENERIC_NOUNS and lemma not in ANAPHORIC_NOUNS and lemma not in _CUE_WORDS


def _is_term(token, spans) -> bool:
    if token.pos_ not in _CONTENT_POS or token.is_stop and not _stop_word_noun(token):
        return False
    if _idiom_object(token.head, token) or any(_idiom_object(token, c) for c in token.children):
        return False  # "close the door on talks": the verb and its object are the cue
    lemma = _norm(token.lemma_)
    if len(lemma) < 3 or not lemma[0].isalpha():
        return False
    if token.text.endswith(".") and token.text[:-1].isalpha() and token.text[:1].isupper():
        return False  # an abbreviation kept whole ("Hon.", "Cllr."): a title, not a thing argued
    if token.pos_ == "VERB" and token.dep_ in ("acl", "relcl") and _disguised(token.head):
        return False  # "dressed up as a pause": how the thing is judged, not a thing argued about
    if _puts_off(token):
        return False  # "push the date back": a delay (read as one), not a "pushback" argued about
    if token.pos_ == "VERB" or any(c.dep_ == "dobj" for c in token.children):
        # an action can be what is argued about ("refused to publish", "should be repealed"), unless it is
        # a light verb with no content of its own, a reporting verb or a cue
        return (lemma not in LIGHT_VERBS and lemma not in STATEMENT_VERBS and lemma not in _CUE_WORDS
                and lemma not in POLICY_RAISING and lemma not in POLICY_REVERSING and lemma != "cost")
    argued_body = _argued_body(token, spans)
    if argued_body and token.ent_iob_ != "" and _entity_root(token).i != token.i:
        return False  # "Trans-Pacific" of "the Trans-Pacific Partnership": the name's head is the term
    if token.ent_type_ in _NOT_TERM_ENTS and not _is_arranged_period(token) and not argued_body and not (
            # ("backed the marina": a common noun in lower case is no name, whatever the model tagged it)
            token.pos_ == "NOUN" and token.text.islower() and token.ent_type_ in _NAME_ENTS):
        return False
    if _actor_at(token, spans) and not argued_body or _names_policy(token):
        return False
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and _named_policy(token.head, spans):
        return False  # "pension" of "pension reform": the phrase is the target
    if token.dep_ == "pobj" and _norm(token.head.text) == "without":
        return False  # "detention without trial": what the detention lacks, not what is argued about
    if _is_stage_of_measure(token):
        return False  # "the draft rules": the rules at a stage, not a draft argued about
    if lemma in ANAPHORIC_NOUNS:
        return False  # "the plan": what it stands for is the target (see _is_anaphoric)
    if _numbered_stage(token):
        return False  # "passed its second reading", "at the final vote": a step of the procedure, not what it is on
    # cue words are how something is judged, not what ("an offer of talks" is about talks)
    return (
        (lemma not in GENERIC_NOUNS or _is_arranged_period(token))
        and lemma not in NOMINAL_SPEECH  # a noun such as "charge" or "protest" can be a target; "claim" is talk
        and lemma not in PROCEDURES  # "filed an application": a means, what it seeks is the target
        and lemma not in _CUE_WORDS
        and lemma not in POLICY_RAISING
    )


DEICTIC_TIME = frozenset("this that last next past coming previous current every each".split())


def _is_arranged_period(token) -> bool:
    """"the four-day week", "a 35-hour week", "the 24-hour day": a period of a stated length, which is an
    arrangement that can be argued about, not a date ("last week", "the past four days")."""
    if token.ent_type_ not in ("DATE", "TIME", "") or token.pos_ != "NOUN" or _norm(token.lemma_) not in GENERIC_NOUNS:
        return False
    modifiers = [c for c in token.children if c.i < token.i]
    if any(_norm(c.text) in DEICTIC_TIME or c.dep_ == "poss" for c in modifiers):
        return False
    return any(c.dep_ in ("compound", "amod", "nummod") and "-" in "".join(t.text for t in c.subtree)
               and any(t.like_num for t in c.subtree) for c in modifiers)


def _policy_target(token, spans):
    """(policy token, key) when ``token`` names what a policy acts on ("car" in "car ban", "ban on cars",
    "to ban cars"; "wage" in "wage increase", "raising the minimum wage"); else None.

    A reversing policy's key is the phrase ("car ban"); a raising policy's key is its object ("wage").
    """
    if token.pos_ not in ("NOUN", "PROPN") or not _is_term(token, spans):
        return None
    place = token  # where the object stands: the token, or the count noun it is counted by
    if (token.dep_ == "pobj" and _norm(token.head.text) == "of" and _norm(token.head.head.lemma_) in COUNT_NOUNS
            and token.head.head.dep_ in ("dobj", "pobj", "nsubjpass", "compound")):
        place = token.head.head  # "cap the number of asylum seekers": what is counted is what is limited
    head = place.head
    banned_from = _banned_from(place)
    if banned_from is not None:
        head = banned_from  # "to ban pupils from using smartphones": a smartphone ban
    elif place.dep_ == "dobj" and _bans_from(head):
        return None  # (the pupils are who the ban is on, not what it bans)
    elif place.dep_ in ("pobj",) and _norm(head.text) in _POLICY_PREPOSITIONS and head.head.pos_ == "NOUN" and (
        _norm(head.text) != "in" or _norm(head.head.lemma_) in _IN_OBJECT_NOUNS and not _is_setting(token)
    ):
        head = head.head
    elif place.dep_ == "compound" and head.pos_ == "NOUN":
        pass
    elif place.dep_ == "poss" and head.pos_ == "NOUN" and token.tag_ == "NNS" and _norm(head.lemma_) in POLICY_REVERSING:
        pass  # "the residents' ban": a ban on residents (a named possessor, "the council's ban", is who bans)
    elif place.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        pass
    else:
        return None
    if place is not token and _norm(head.lemma_) not in LIMITING:
        return None
    lemma = _policy_noun(head)
    if lemma in POLICY_REVERSING:
        return head, _limit_key(f"{_norm(token.lemma_)} {lemma}")
    if lemma in POLICY_RAISING and _norm(token.lemma_) not in MEASURE_NOUNS and not (
            lemma in RAISING_NOUNS and head.pos_ != "NOUN"):
        return head, _norm(token.lemma_)
    return None


def _bans_from(verb) -> bool:
    """"ban pupils from using phones": a verb of a reversing policy whose object is who it applies to, and whose
    "from" takes the act it stops, with its own object (not "ban imports from China": where from; nor "ban fans
    from travelling", a ban on the fans)."""
    return verb.pos_ == "VERB" and _policy_noun(verb) in POLICY_REVERSING and any(
        c.dep_ == "prep" and _norm(c.text) == "from" and any(
            o.dep_ == "pcomp" and o.tag_ == "VBG" and any(g.dep_ == "dobj" for g in o.children) for o in c.children)
        for c in verb.children)


def _banned_from(place):
    """The verb of "ban pupils from using smartphones" when ``place`` is what it stops; else None."""
    node = place.head
    if place.dep_ != "dobj" or node.pos_ != "VERB" or node.dep_ != "pcomp":
        return None
    node = node.head  # "from using smartphones": what the use is of
    verb = node.head
    return verb if _norm(node.text) == "from" and node.dep_ == "prep" and _bans_from(verb) else None


def _policy_noun(token) -> str:
    """The policy word of a token as a noun: "abolition" for the verb "abolish" ("voted to abolish licence fees"
    is for a licence fee abolition), "ban" for "ban"; else its lemma."""
    lemma = _norm(token.lemma_)
    if token.pos_ == "VERB" and lemma not in POLICY_REVERSING:
        return _REVERSING_BY_STEM.get(stem(lemma), lemma)
    return lemma


def _limit_key(phrase: str) -> str:
    """"asylum quota" → "asylum limit": the key of a limiting policy as written (see LIMITING)."""
    words = phrase.split()
    if len(words) == 2 and words[1] in LIMITING:
        return f"{words[0]} limit"
    return phrase


def _is_setting(token) -> bool:
    """A place or a body as the object of "in": where something happens ("challenge the increase in the state
    assembly"), not what changes."""
    gazetteer = load_gazetteer()  # its general place and body nouns
    return token.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or _norm(token.lemma_) in (
        gazetteer.civic_bodies | gazetteer.locality_nouns)


def _pronoun_policy_target(token, spans):
    """"wary of raising it", "plans to cut them": a pronoun as what a policy verb acts on stands for the
    nearest noun before it in the sentence that is a subject or object and an issue word ("supported a
    higher minimum wage ... but was wary of raising it" → the wage). Returns (policy verb, key) or None."""
    if token.pos_ != "PRON" or _norm(token.text) not in ("it", "them") or token.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = token.head
    lemma = _norm(verb.lemma_)
    if verb.pos_ != "VERB" or lemma not in POLICY_RAISING | POLICY_REVERSING:
        return None
    for earlier in reversed(token.sent[: token.i - token.sent.start]):
        if earlier.pos_ != "NOUN" or earlier.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr"):
            continue
        if _norm(earlier.lemma_) in POLICY_RAISING | POLICY_REVERSING or not _is_term(earlier, spans):
            continue
        if lemma in UNDOING and _norm(earlier.lemma_) not in MEASURE_HEADS:
            # "the fate of the reform is not sealed ... would repeal it": only a measure is undone
            earlier = next((o for p in earlier.children if p.dep_ == "prep" and _norm(p.text) == "of"
                            for o in p.children if o.dep_ == "pobj" and _norm(o.lemma_) in MEASURE_HEADS), earlier)
        noun = _norm(earlier.lemma_)
        return verb, (f"{noun} {lemma}" if lemma in POLICY_REVERSING else noun)
    return None


def _with_fixed_modifiers(token) -> str:
    """The noun with the modifiers that make up its name ("minimum wage"), not those that judge or compare
    it ("a higher wage"), and a number after it ("clause 14"). A flat compound ("state pension rise" parsed as
    three modifiers of "rise") gives the noun the compounds before it."""
    words = []
    if token.dep_ == "compound":
        words += [s.lower_ for s in token.head.children if s.dep_ == "compound" and s.i < token.i
                  and s.pos_ == "NOUN" and not _lexical_polarity(s)[0]]
    for child in token.children:
        if child.i < token.i and child.dep_ in ("compound", "amod") and child.tag_ not in ("JJR", "JJS", "RBR"):
            if not _lexical_polarity(child)[0] and child.pos_ in ("NOUN", "ADJ"):
                words.append(_hyphenated(child))
    # "clause 14", "section 44": a number after the noun names which one
    number = [c.text for c in token.children if c.i == token.i + 1 and c.dep_ in ("nummod", "appos") and c.like_num]
    return " ".join(words + [token.lower_] + number)


def _hyphen_start(doc, start: int) -> int:
    """Where the word at ``start`` begins with the words hyphened to it before ("three" of "three-year")."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and (doc[start - 2].is_alpha or doc[start - 2].like_num):
        start -= 2
    return start


def _hyphenated(token) -> str:
    """A modifier with the words hyphened to it before ("three-year" of "a three-year review"), lower case."""
    return token.doc[_hyphen_start(token.doc, token.i):token.i + 1].text.lower()


def _is_anaphoric(token, spans) -> bool:
    """"backed the plan", "welcomed the proposal", "the Hunting Act was a bad law": a noun for the proposal
    under debate that says nothing of what it is, beyond a name ("the Identity Cards Bill") or its owner
    ("the Home Secretary's plans"). With a content of its own ("plans for ID cards") the content is the
    target, and the noun is not anaphoric."""
    if token.pos_ == "NOUN" and _norm(token.lemma_) in ADOPTION_NOUNS:
        # "recommended against approval": the measure's coming, of no object named ("Monday's vote": a time is none;
        # "a free vote" is any vote)
        return token.tag_ != "NNS" and not any(
            c.dep_ in ("prep", "poss", "compound", "acl", "relcl") and c.ent_type_ not in ("DATE", "TIME")
            or c.dep_ == "det" and _norm(c.text) in ANY_ONE or c.dep_ == "nummod"
            for c in token.children)
    if token.pos_ not in ("NOUN", "PROPN") or _norm(token.lemma_) not in ANAPHORIC_NOUNS:
        return False
    if token.pos_ == "NOUN" and _named_policy(token, spans):
        return False
    if any(c.dep_ == "det" and _norm(c.text) in ANY_ONE for c in token.children):
        return False  # "I wouldn't sign a bad deal": any deal, not the one under debate
    if token.tag_ == "NNS" and any(c.dep_ in ("det", "predet", "amod") and _norm(c.text) in ("all", "such", "other")
                                   for c in token.children) and not any(_norm(c.text) == "the" for c in token.children):
        return False  # "oversight of all agreements with China": a kind, not the agreement under debate
    if any(c.dep_ == "amod" and _norm(c.text) in STATUS_QUO for c in token.children):
        return False  # "defended the current regime": what exists, not the change under debate
    return not any(_term_key(t, spans) for t in _content_of(token))


def _measure_name_head(token):
    """The measure noun a capitalised word names ("Casino" of "the Casino Gaming Control Bill"), else None."""
    node = token
    while node.pos_ == "PROPN" and node.dep_ in ("compound", "nmod", "conj") and node.head.pos_ == "PROPN":
        node = node.head
        if _norm(node.lemma_) in ANAPHORIC_NOUNS:
            return node
    if token.pos_ == "PROPN" and token.dep_ in ("compound", "dobj", "pobj", "nsubj", "nsubjpass"):
        # "the Menthol Cigarettes (Sales Ban) Bill", parsed with "Bill" in apposition to "Cigarettes"
        return next((c for c in node.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i - node.i <= 6
                     and _norm(c.lemma_) in ANAPHORIC_NOUNS and all(t.pos_ in ("PROPN", "PUNCT", "NUM")
                                                                   for t in node.doc[node.i:c.i + 1])), None)
    return None


def _is_likeness(token) -> bool:
    """"Australian-style", "Swiss-type": what a thing is like, not what it is."""
    return _norm(token.lemma_) in ("style", "type") and any(c.text == "-" for c in token.children)


def _named_policy(token, spans) -> str:
    """"pension reform", "points system": a policy noun named by the (lower-case) nouns before it is an issue
    by that name, when the noun is the policy itself ("reform") or the nouns before it say too little to be
    one ("points"); its compounds are then not targets of their own. "" when it is not one."""
    if _norm(token.lemma_) not in ANAPHORIC_NOUNS:
        return ""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and c.pos_ == "NOUN"
             and not _names_policy(c) and not _actor_at(c, spans) and not _is_likeness(c)]
    kinds = [c for c in token.children if c.dep_ == "amod" and c.i < token.i and _classifying(c)]
    if not words and not kinds:
        return ""
    if words and _norm(token.lemma_) not in PHRASE_HEADS and not all(_norm(w.lemma_) in GENERIC_NOUNS for w in words):
        return ""  # "the minimum wage bill", "the quota system": the bill is about the wage, the system is quotas
    return " ".join([*(_norm(w.lemma_) for w in sorted([*kinds, *words], key=lambda w: w.i)), _norm(token.lemma_)])


# Adjectives that place a thing in a series, a scope or a degree, not in a kind: "the final law", "a general plan"
SCOPE_ADJECTIVES = frozenset(
    "final total general potential additional initial official formal actual normal similar particular regular "
    "radical crucial original special individual central essential usual principal partial full annual "
    "fundamental substantial minimal optimal typical logical practical".split())
RELATIONAL_SUFFIXES = ("al", "ar", "ic", "ary", "ian")


def _classifying(adjective) -> bool:
    """"a presidential system", "the electoral law", "a nuclear programme": an adjective that says what kind of
    system or law it is (made from a noun: president, election, nucleus), not how good, how new or how big it is
    ("a bad law", "the new plan", "the final draft"), nor whose it is ("the Tunisian draft")."""
    word = _norm(adjective.lemma_)
    return (adjective.pos_ == "ADJ" and adjective.tag_ == "JJ" and adjective.text.islower() and word.endswith(RELATIONAL_SUFFIXES) and len(word) > 5
            and word not in SCOPE_ADJECTIVES and word not in STATUS_QUO and word not in _CUE_WORDS
            and not lexicon.valence(word))


# Bodies that make or pass a measure: "the House bill", "the Senate version", "the cabinet plan" say whose it is
HOUSES = frozenset("house senate assembly congress parliament chamber cabinet council government administration "
                   "legislature".split())


def _owned_by_a_house(noun, words) -> bool:
    """Whether the capitalised words before a lower-case measure noun only say which body's it is ("the House
    bill", "the Senate version"), not what it is named ("the Maharlika Investment Fund bill")."""
    return bool(words) and noun.text.islower() and all(_norm(w.lemma_) in HOUSES for w in words)


def _policy_name(token) -> str:
    """How a text names a policy noun: with the capitalised words of its name ("Health Care Worker
    Immunization Rule"), else the noun itself ("rule")."""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and _names_policy(c)]
    if _owned_by_a_house(token, words):
        words = []  # "the House bill", "the Senate version": whose it is, not its name
    if not words:
        end = _designation_end(token)
        # "Bill 41": a capitalised measure noun known by its number
        return token.doc[token.i:end].text if end > token.i + 1 and token.text[:1].isupper() else _norm(token.lemma_)
    first = _hyphen_start(token.doc, min(w.left_edge.i for w in words))
    return token.doc[first : _designation_end(token)].text


def _designation_end(token) -> int:
    """Where a measure's name ends: after the number that designates it ("House Bill 7712", "Bill No. 12": a bill
    known by its number, whose capitalised words name a chamber, not what it is about), else after the noun."""
    doc, end = token.doc, token.i + 1
    if end < len(doc) and doc[end].lower_ in ("no.", "no", "#", "number"):
        end += 1
        if end < len(doc) - 1 and doc[end].text == ".":
            end += 1  # "No." split by the tokenizer as "No" "."
    numbered = end < len(doc) and doc[end].like_num and not _is_year(doc[end])
    if numbered:
        return end + 1  # (not "the Kava Bill 2025": the year of a titled bill)
    return _titled_after(token)


# Words that join a measure noun to the title written after it ("the Law on Cybersecurity")
TITLE_LINKS = ("on", "of", "for")


def _titled_after(token) -> int:
    """Where a capitalised measure noun's name ends when its title follows it: "the Law on Cybersecurity", "the Act
    on Foreign Agents", "the Bill of Rights" (a link word, then capitalised words); else after the noun."""
    doc, end = token.doc, token.i + 1
    if not (token.text[:1].isupper() and end + 1 < len(doc) and doc[end].lower_ in TITLE_LINKS
            and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha
            and doc[end + 1].ent_type_ not in (*_PEOPLE_ENTS, "DATE", "TIME")
            # (a name with its title before the noun ends there: "the Gaming Machines Bill on Tuesday")
            and not (token.i > 0 and doc[token.i - 1].text[:1].isupper() and doc[token.i - 1].text not in ("The", "A"))
            and not (token.i > 0 and doc[token.i - 1].text == ")")):
        return end
    end += 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and (
            doc[end].text[:1].isupper() and (doc[end].is_alpha or "-" in doc[end].text)
            or doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
            or doc[end].lower_ in NAME_LINKS and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
        end += 1
    return end


def _is_year(token) -> bool:
    return token.ent_type_ == "DATE" or (token.text.isdigit() and len(token.text) == 4 and token.text[:2] in ("18", "19", "20"))


# Words for the stage a measure is at ("the draft rules"): no content of the measure
STAGE_WORDS = frozenset(("draft",))


def _is_stage_of_measure(token) -> bool:
    return (_norm(token.text) in STAGE_WORDS and token.dep_ in ("compound", "amod")
            and _norm(token.head.lemma_) in ANAPHORIC_NOUNS)


def _set_off(clause) -> bool:
    """A relative clause set off by a comma ("this bill, which would be a blow to freedom"): it says something
    of a noun already named, it does not say which one is meant."""
    return clause.dep_ == "relcl" and any(c.dep_ == "punct" and c.text == "," and c.i == clause.left_edge.i - 1
                                          for c in clause.head.children)


def _content_of(token) -> list:
    """What a policy noun says it does: its complements, not the modifiers that name or own it, nor a clause set
    off to comment on it."""
    return [t for child in token.children if not _is_stage_of_measure(child) and not _set_off(child) and (
            (child.dep_ in ("prep", "acl", "relcl", "amod") and child.i > token.i
                # "the bill at committee level", "the plan during the recess": where or when, not what it does
                and not (child.dep_ == "prep" and _norm(child.text) in SETTING_PREPOSITIONS | PLACE_PREPOSITIONS)
                # "welcomed the agreement as a gift to the sick": what it is taken for, no content of its own
                and not (child.dep_ == "prep" and _norm(child.text) == "as")
                # "the bill in the Legislative Council": the body where it is argued
                and not _in_a_body(child))
            or (child.dep_ == "compound" and not _names_policy(child)))
            for t in child.subtree]


def _in_a_body(prep) -> bool:
    """"in the Senate", "in parliament", "in the Legislative Council": a prepositional phrase naming the body
    where a measure is (being argued), not what the measure does."""
    return prep.dep_ == "prep" and _norm(prep.text) in ("in", "before") and any(
        obj.dep_ == "pobj" and (obj.ent_type_ == "ORG" or _is_body_noun(obj.lemma_)) for obj in prep.children)


def _names_policy(token) -> bool:
    """A word inside the name of a law or plan ("Hunting" of "the Hunting Act"): the name stands for the
    policy as a whole, the word is no target of its own."""
    return (
        token.dep_ == "compound"
        and token.head.pos_ in ("NOUN", "PROPN")
        and _norm(token.head.lemma_) in ANAPHORIC_NOUNS
        and (token.pos_ == "PROPN" or token.text[:1].isupper())
    )


def _is_bare_policy(token, spans) -> bool:
    """"the ban", "the increase": a policy noun without its object, resolved against the corpus."""
    if token.pos_ != "NOUN" or _norm(token.lemma_) not in POLICY_REVERSING | POLICY_RAISING:
        return False
    return not any(_policy_target(t, spans) for t in token.subtree if t.i != token.i)


def _term_key(token, spans) -> str | None:
    """The issue key a token contributes to the context: its lemma, or its policy phrase."""
    policy = _policy_target(token, spans)
    if policy is not None:
        return policy[1]
    if _is_bare_policy(token, spans):
        return _norm(token.lemma_)
    named = _named_policy(token, spans) if token.pos_ == "NOUN" else ""
    if named:
        return named
    if _is_term(token, spans) and not _is_anaphoric(token, spans):
        return _norm(token.lemma_)
    return None


def _hashtag_head(word: str) -> str:
    """The head word of a hashtag: "#WinterOlympics" → "Olympics"."""
    word = word.lstrip("#")
    parts = re.findall(r"[A-Z][a-z]+|[a-z]+|[A-Z]+(?![a-z])|\d+", word)
    return parts[-1] if len(parts) > 1 and word[:1].isupper() else word


def _attached(token, spans) -> tuple[str, ...]:
    phrases = []
    for prep in token.children:
        if prep.dep_ == "prep" and _norm(prep.text) in ("in", "on", "of", "to", "with", "for"):  # not "at": a setting
            for obj in prep.children:
                if (
                    obj.dep_ == "pobj"
                    and obj.pos_ in ("NOUN", "PROPN")
                    and obj.ent_type_ not in _PEOPLE_ENTS
                    and obj.ent_type_ not in ("DATE", "TIME")  # "a ban for ten years": how long, not a part of it
                    and _norm(obj.lemma_) not in GENERIC_NOUNS
                    and not _actor_at(obj, spans)
                ):
                    the = "the " if any(_norm(c.text) == "the" for c in obj.children) else ""
                    phrases.append(f"{_norm(prep.text)} {the}{_hashtag_head(obj.text)}")
    return tuple(phrases)


# Nouns for putting someone in a post or taking them out of it: their possessor is who is put there ("Harrington's
# appointment"), not who owns them
PLACING_NOUNS = lexicon.words("placing_nouns")
_PLACING_ROOTS = frozenset(stem(w) for w in PLACING_NOUNS)
_REMOVING_ROOTS = frozenset(stem(w) for w in lexicon.words("removing_nouns"))


def _anchors(token) -> tuple[str, ...]:
    """The proper names a noun is said of: its name modifiers ("the Tarangi dam", "the Maplestar-Coastline
    merger") and the names after "of"/"for" ("takeover of Coastline Foods", "bid for Coastline"), lower case,
    word by word. Not an owner's possessive ("the union's petition" is the union's, not about it). Two
    measures argued about under different nouns are one when they are said of the same names (see
    :func:`_join_by_anchors`)."""
    found = []

    def names(head) -> None:
        for part in head.subtree:
            if _name_word(part) and (part.dep_ != "poss" or part.i == head.i):
                found.append(part.lower_)
            elif part.pos_ == "PROPN" and (site := _site_name(part)):
                found.append(site)  # (the whole name: "new york" and "new jersey" share nothing)

    for child in token.children:
        if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" and child.i < token.i:
            names(child)
        elif (child.i < token.i and child.dep_ in ("compound", "amod") and _is_schedule(_hyphenated(child))
              and not _is_body_noun(token.lemma_)):  # "the four-day districts" are who keep the schedule
            found.append(_hyphenated(child))  # "the four-day week", "the four-day calendar": one arrangement
        elif child.dep_ == "poss" and child.pos_ == "PROPN" and _norm(token.lemma_) in PLACING_NOUNS:
            names(child)  # "Harrington's appointment": who is appointed, not who owns the appointment
        elif child.dep_ == "prep" and _norm(child.text) in ("of", "for"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    names(obj)
    return tuple(dict.fromkeys(found))


def _name_word(token) -> bool:
    """A word of a proper name measures are said of: not a country's or a people's ("the Iraq war" and "the Iraq
    advice" are two questions about one country)."""
    return (token.pos_ == "PROPN" and token.is_alpha and len(token.text) >= 3
            and token.ent_type_ not in ("GPE", "NORP"))


def _verb_anchors(token) -> tuple[str, ...]:
    """The proper names a verb acts on: its object's ("closing Kupiecka", "selling the Baybus fleet"), not a
    person's, a country's or a people's."""
    found = []
    for obj in token.children:
        if obj.dep_ != "dobj" or obj.ent_type_ in ("PERSON", "GPE", "NORP"):
            continue
        for part in [obj, *(c for c in obj.children if c.dep_ in ("compound", "nmod") and c.i < obj.i)]:
            if _name_word(part) and part.ent_type_ != "PERSON":
                found.append(part.lower_)
    return tuple(dict.fromkeys(found))


def _site_name(token) -> str:
    """The name of several words the model calls a place that ``token`` is a word of, none of them a country,
    capital or people the gazetteer knows ("the Hallam Grange solar farm": "hallam grange"), lower case; "" for
    any other token. A site named like a project, not a country whose name any number of questions are said
    of."""
    if token.ent_type_ != "GPE":
        return ""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    span = token.doc[start:end]
    gazetteer = load_gazetteer()
    if len(span) >= 2 and not gazetteer.is_place_word(span.text) and not any(
            gazetteer.is_place_word(t.text) for t in span):
        return span.text.lower()
    return ""


SCHEDULE = re.compile(r"^(?:\d+|[a-z]+)-(?:day|hour)$")


def _is_schedule(modifier: str) -> bool:
    """"four-day", "35-hour", "24-hour": how long a working or opening day or week lasts, which names the
    arrangement ("the four-day week", "the four-day calendar", "the four-day plan" are one)."""
    return bool(SCHEDULE.match(modifier))


def _article_anchors(doc, title: str = "") -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(lemma, names) for every noun of the article said of names (see :func:`_anchors`), and every verb said of
    the name it acts on (see :func:`_verb_anchors`), in order; the
    headline's too, which is not parsed: names the body writes as proper nouns, right before a word the body
    uses as a noun ("Bureau moves to block Maplestar-Coastline merger")."""
    found: dict[str, dict[str, None]] = {}
    proper: set[str] = set()
    places: set[str] = set()
    nouns: dict[str, str] = {}
    for token in doc:
        if token.pos_ == "NOUN":
            nouns.setdefault(token.lower_, _norm(token.lemma_))
            names = _anchors(token)
            if names:
                found.setdefault(_norm(token.lemma_), {}).update(dict.fromkeys(names))
        elif token.pos_ == "VERB" and _lexical_polarity(token)[1] not in ("attitude", "evaluative"):
            # the measure said as a verb, of the name it acts on ("closing Kupiecka to cars", "to license
            # Antapuquio"), as its noun is ("the Kupiecka closure"); not who an attitude is held toward
            names = _verb_anchors(token)
            if names:
                found.setdefault(_particle_verb(token), {}).update(dict.fromkeys(names))
        elif token.pos_ == "PROPN" and token.is_alpha and len(token.text) >= 3 and token.text[:1].isupper():
            (places if token.ent_type_ in ("GPE", "NORP") else proper).add(token.lower_)
    proper -= places
    before: list[str] = []
    for word in re.findall(r"[\w'’]+|-", title):
        lower = word.lower()
        if lower in proper and word[:1].isupper():
            before.append(lower)
        elif word == "-" and before:
            continue  # "Maplestar-Coastline"
        else:
            if before and not word[:1].isupper() and (lower in nouns or len(lower) >= 4 and not doc.vocab[lower].is_stop):
                found.setdefault(nouns.get(lower, lower), {}).update(dict.fromkeys(before))
            before = []
    return tuple((lemma, tuple(names)) for lemma, names in found.items())


# Verbs that say what a measure is or consists of: "control orders would mean house arrest", "a control order
# amounting to house arrest", "plans which include home detention"
DEFINING_VERBS = frozenset("mean amount include involve entail constitute equal".split())
# Verbs by which a measure brings in what it consists of ("the Law on Pastureland would charge herders a fee")
IMPOSING_VERBS = lexicon.words("imposing_verbs")
# Verbs that give a thing a name ("dubbed the 'slave law'", "calling it the 'gag law'")
NAMING_VERBS = frozenset("dub nickname call brand label term christen".split())


def _equated(doc) -> tuple[tuple[str, str], ...]:
    """(noun, noun) pairs the text says are one measure, or one a form of the other: through a defining verb
    whose subject (or the noun its participle or relative clause hangs on) and object are both nouns; a measure
    kept going and the verb that keeps it ("renewing the contract"); a measure named with what it does ("an
    amendment exempting dairies"). One pass over the article."""
    defined: dict[tuple[str, str], None] = {}
    continued: dict[tuple[str, str], None] = {}
    described: dict[tuple[str, str], None] = {}
    not_content = SHIFTERS | ATTITUDE_WORDS | STATEMENT_VERBS
    for token in doc:
        lemma = _norm(token.lemma_)
        if token.pos_ == "VERB" and lemma in DEFINING_VERBS and not _is_negated(token):
            subject = _subject_or_antecedent(token)
            if subject is None and token.dep_ in ("acl", "relcl"):
                subject = token.head
            if subject is None or subject.pos_ != "NOUN":
                continue
            objects = [c for c in token.children if c.dep_ == "dobj"]
            objects += [o for p in token.children if p.dep_ == "prep" and _norm(p.text) == "to"
                        for o in p.children if o.dep_ == "pobj"]
            for obj in objects:
                if obj.pos_ == "NOUN" and _norm(obj.lemma_) != _norm(subject.lemma_):
                    defined[(_norm(subject.lemma_), _norm(obj.lemma_))] = None
        elif token.pos_ == "VERB" and lemma in CONTINUING_VERBS and not _is_negated(token):
            # "renewing the contract", "to extend the scheme": the renewal is the contract going on
            for obj in token.children:
                if obj.dep_ == "dobj" and obj.pos_ == "NOUN":
                    continued[(lemma, _norm(obj.lemma_))] = None
        elif token.pos_ == "NOUN" and lemma in MEASURE_OBJECTS:
            # "an amendment exempting dairies", "a motion to exempt vans": the amendment is the exemption (a
            # measure that reverses something, "an amendment scrapping the cap", is no form of what it scraps)
            for verb in token.children:
                content = _norm(verb.lemma_)
                if (verb.dep_ == "acl" and verb.pos_ == "VERB" and not _is_negated(verb)
                        and content not in not_content and _lexical_polarity(verb)[0] == 0):
                    described[(lemma, content)] = None
        if token.pos_ in ("NOUN", "PROPN"):
            # "the Maharlika Investment Fund, the country's first sovereign wealth fund": two names of one thing,
            # by the word before their common head ("investment fund", "wealth fund")
            for other in token.children:
                if other.dep_ == "appos" and _norm(other.lemma_) == lemma:
                    pair = tuple(_named_kind(noun) for noun in (token, other))
                    if all(pair) and pair[0] != pair[1]:
                        described[pair] = None
    return tuple({**defined, **continued, **described})


def _subject_or_antecedent(verb):
    """The subject of ``verb``, or the noun its relative pronoun stands for ("the law, which would charge ...": the
    law); None when it has none."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and _norm(subject.text) in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def _imposed(doc) -> tuple[tuple[str, str], ...]:
    """(title word, noun) pairs: what a measure known by its title is said to charge, impose or introduce ("the
    draft Law on Pastureland, which passed last week, would charge households a fee": ("pastureland", "fee")). See
    :func:`_measure_definitions`."""
    found: dict[tuple[str, str], None] = {}
    for token in doc:
        if token.pos_ != "VERB" or _norm(token.lemma_) not in IMPOSING_VERBS or _is_negated(token):
            continue
        subject = _subject_or_antecedent(token)
        if subject is None or subject.pos_ != "PROPN" or _norm(subject.lemma_) not in ANAPHORIC_NOUNS:
            continue
        title = [t for t in subject.subtree if t.pos_ == "PROPN" and t.i != subject.i and t.is_alpha
                 and len(t.text) > 3 and not any(a.dep_ in ("relcl", "acl", "appos") for a in t.ancestors
                                                if a.i in range(subject.left_edge.i, subject.right_edge.i + 1))]
        # (of "charge households a fee", which the parser may read as two objects, the thing charged: the last)
        obj = next((c for c in reversed(list(token.children)) if c.dep_ == "dobj"), None)
        for word in title if obj is not None and obj.pos_ == "NOUN" else ():
            found[(_norm(word.lemma_.lower()), _norm(obj.lemma_))] = None
    return tuple(found)


def _length_of(unit) -> tuple[str, str] | None:
    """("five", "year") of "five years" or of the "five-year" of "a five-year transition": a time unit with its
    number, else None."""
    if _norm(unit.lemma_) not in TIME_UNITS:
        return None
    number = next((c for c in unit.children if c.dep_ == "nummod" and c.like_num), None)
    if number is None:
        return None
    return NUMBER_WORDS.get(number.lower_, number.lower_), _norm(unit.lemma_)  # ("five years" is "5-year")


# Measures whose clause may give a length ("an amendment that would give firms five years")
_LENGTH_GIVERS = MEASURE_OBJECTS | {"proposal", "plan"}
# Numbers written in words, as figures: "five years" and "a 5-year transition" are one length
NUMBER_WORDS = {word: str(n) for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


def _numbered(doc) -> tuple[tuple[str, str], ...]:
    """(measure noun, noun) pairs one article gives the same length: "an amendment that would give small firms five
    years" and "a five-year transition" are one proposal, whatever it is called (its length is what sets it apart).
    A measure's length is said in the clause that says what it does; another noun's, by the length before it."""
    measures: dict[tuple[str, str], set[str]] = defaultdict(set)
    others: dict[tuple[str, str], set[str]] = defaultdict(set)
    for token in doc:
        if token.pos_ != "NOUN":
            continue
        lemma = _norm(token.lemma_)
        for child in token.children:
            length = _length_of(child) if child.dep_ in ("compound", "amod", "npadvmod", "nmod") else None
            if length is not None:
                others[length].add(lemma)  # "a five-year transition", "the 40-hour week"
            # (a proposal put to a vote: not "the law, passed five years ago", "the bill, which MPs debated for three
            # days": how long ago or how long, not what it gives)
            if child.dep_ in ("relcl", "acl") and child.pos_ == "VERB" and lemma in _LENGTH_GIVERS:
                # (the time given: its object, or the length beside whom it is given, "give firms five years")
                given = any(c.dep_ in ("dative", "dobj") for c in child.children)
                for unit in (c for c in child.children if c.dep_ == "dobj" or given and c.dep_ == "npadvmod"):
                    length = _length_of(unit)
                    if length is not None:
                        measures[length].add(lemma)  # "an amendment that would give firms five years"
    return tuple(sorted({(measure, other) for length, names in measures.items()
                         for measure in names for other in others.get(length, ()) if other != measure}))


def _nicknamed(doc) -> tuple[tuple[str, str], ...]:
    """(measure noun, nickname) pairs: "an amendment to the labour code, quickly nicknamed the "slave law"", "the
    amendment that the opposition insists on calling the "slave law"": the nickname and the measure are one (the
    nearest measure noun before the naming verb; a judgement, "branded the proposal unworkable", names nothing)."""
    found: dict[tuple[str, str], None] = {}
    for token in doc:
        if token.pos_ != "VERB" or _is_negated(token):
            continue
        if _norm(token.lemma_) in NAMING_VERBS:
            names = [c for c in token.children if c.dep_ in ("dobj", "oprd", "attr")]
        elif _norm(token.lemma_) == "know":
            # "the Building Energy Act, better known as the heating law": what it is known as
            names = [o for p in token.children if p.dep_ == "prep" and _norm(p.text) == "as"
                     for pobj in p.children if pobj.dep_ == "pobj" for o in (pobj, *pobj.conjuncts)]
        else:
            continue
        for named in (c for c in names if c.pos_ == "NOUN" and _norm(c.lemma_) in ANAPHORIC_NOUNS):
            nickname = [c for c in named.children if c.dep_ == "compound" and c.is_alpha]
            # (the measure named before: a noun, or the head of a title, "the Building Energy Act")
            before = [t for t in doc[max(token.sent.start, token.i - 12):token.i]
                      if (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.dep_ != "compound")
                      and _norm(t.lemma_) in ANAPHORIC_NOUNS | MEASURE_OBJECTS and t.i != named.i]
            given = _norm(nickname[-1].lemma_) if nickname else ""
            if given and before and _norm(before[-1].lemma_) != given:
                found[(_norm(before[-1].lemma_), given)] = None
                if before[-1].pos_ == "PROPN":
                    # and the title it heads ("building energy act"), which names that one measure only
                    title = [t for t in before[-1].subtree if t.i <= before[-1].i and (
                        t.i == before[-1].i or t.dep_ == "compound" and t.pos_ == "PROPN")]
                    found[(" ".join(_norm(t.text) for t in title), given)] = None
    return tuple(found)


def _named_kind(noun) -> str:
    """The noun with the word just before it that says which kind it is ("wealth fund" of "the first sovereign
    wealth fund", "investment fund" of "the Maharlika Investment Fund"), lower case; "" without one."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is None or before.dep_ not in ("compound", "amod") or before.head.i != noun.i or not before.is_alpha:
        return ""
    return f"{before.lower_} {_norm(noun.lemma_)}"


# How many plain nouns may separate a target from its cue: "skeptical of [his sincerity] in having talks"
# reaches "talks"; "right to sound [the alarm] over [efforts] to drive [a wedge] in the alliance" does not
# reach "alliance".
MAX_NOUNS_BEFORE_CUE = 2

_IMPLICIT = frozenset("this that it these those".split())


def _is_expletive(token) -> bool:
    """"it would be naive to expect ...": "it" stands for the clause that follows, not for earlier text."""
    return _norm(token.text) == "it" and any(
        c.dep_ in ("xcomp", "ccomp") or _extraposed(c, token.head)
        # "it was too early to draw conclusions" (the infinitive hung on the adjective has an object of its own;
        # "it was too costly to run" has none, and "it" is what is run)
        or c.dep_ in ("acomp", "attr") and any(x.dep_ == "xcomp" and any(o.dep_ in ("dobj", "ccomp") for o in x.children)
                                               for x in c.children)
        for c in token.head.children)


def _is_circumstance(token) -> bool:
    """"With the tariff written into the contract, I voted yes": a "with" phrase whose noun has a participle of its
    own states the circumstances of the clause, not what its verb is about."""
    return (token.dep_ == "prep" and _norm(token.text) in ("with", "without") and token.head.pos_ in ("VERB", "AUX")
            and any(obj.dep_ == "pobj" and any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") for c in obj.children)
                    for obj in token.children)
            # "vote No in the referendum (on the park)", "voted against at the plebiscite": the ballot a side is
            # taken in, not what the side is taken on
            or _ballot_occasion(token))


def _ballot_occasion(preposition) -> bool:
    return (preposition.dep_ == "prep" and _norm(preposition.text) in ("in", "at")
            and VOTING_CUE.match(f"{preposition.head.lemma_} " + " ".join(
                c.text for c in preposition.head.children if c.i > preposition.head.i and c.i < preposition.i)) is not None
            and any(o.dep_ == "pobj" and _norm(o.lemma_) in BALLOT_EVENTS for o in preposition.children))


def _complements(token) -> list:
    """Tokens under ``token`` except its subject and coordinated clauses (which say something else)."""
    found = []
    for child in token.children:
        if child.dep_ in ("nsubj", "csubj", "conj", "cc") or _is_circumstance(child):  # a passive subject is an object
            continue
        found.extend(child.subtree)
    return found


def _own_measure_done(verb, owner: "_Owner") -> bool:
    """A measure's verb ("ban", "scrap", "raise") whose subject is the statement's actor: what the actor does or
    will do, no one else ("the council banned it", said by a critic, is not the critic's act)."""
    if verb.pos_ != "VERB" or _policy_noun(verb) not in POLICY_REVERSING | POLICY_RAISING:
        return False
    subject = _subject(verb)
    # (an actor's statement, not what a bill is said to do: see _content_readings)
    return bool(owner.actor_name) and subject is not None and subject.dep_ == "nsubj" and (
        subject.i in owner.holder_tokens or subject.pos_ == "PRON" and owner.owns(subject, verb)
        or _actor_at(subject, owner.spans) == owner.actor_name)


def _said_of_a_thing(token) -> bool:
    """ "was not something she could support": the cue's object is what the subject of the copula is said to be,
    read there (see :func:`_predicate_polarity`), not one named earlier."""
    return (token.dep_ == "relcl" and token.head.dep_ == "attr" and _norm(token.head.lemma_) in ("something", "thing")
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children))


# Where a question is talked over, with no side taken on it ("a debate on the bill", "talks about the plan")
DELIBERATIONS = frozenset("debate discussion consultation dialogue talks".split())


def _cue_without_object(token: Token, kind: str, act_object, complements, spans) -> bool:
    """A cue whose object is named earlier ("asked for a postponement", "will not stand in the way", "will vote
    against it"): an attitude verb or adjective, a shifter noun, or an act on what the article says was acted on,
    with no object of its own in its complements."""
    return (
        (kind == "shifter" and token.pos_ == "NOUN") or (kind == "attitude" and token.pos_ in ("VERB", "ADJ"))
        or kind == "attitude" and act_object is not None
    ) and (
        # "will defend it in every forum", "will vote against it in committee": the pronoun is the object,
        # whatever else the clause names
        any(c.dep_ == "dobj" and _norm(c.text) in _IMPLICIT for c in token.children)
        or any(c.dep_ == "prep" and _norm(c.text) in ("against", "for") and any(
            o.dep_ == "pobj" and _norm(o.text) in _IMPLICIT for o in c.children) for c in token.children)
        # (a body or a place is where it happens: "voted against in the city assembly")
        # (and a stage of a procedure is when: "voted against at first reading")
        or not any(_term_key(t, spans) and not (_is_body_noun(t.lemma_) and _in_setting(t)) and not _in_capacity(t)
                   and not _at_stage(t)
                   or _is_anaphoric(t, spans) or _ballot_answer(t) for t in complements)
        # "I hope it is scrapped": the pronoun subject of the hoped-for clause is the target, read there
        and not any(t.pos_ == "PRON" and _norm(t.text) in _IMPLICIT and t.dep_ == "nsubjpass"
                    and t.head.i != token.i for t in complements)
        # "our shop workers need their Sundays": an object of its own, though no issue
        and not any(c.dep_ == "dobj" and c.ent_type_ in ("DATE", "TIME") for c in token.children)
        # "a view he rejects", "the numbers it needed": the noun the clause hangs on is its object (the view, not the
        # measure; but "the bill he opposes" is the measure)
        and not (token.dep_ == "relcl" and token.pos_ == "VERB" and token.head.pos_ == "NOUN"
                 and _norm(token.head.lemma_) not in ANAPHORIC_NOUNS | MEASURE_OBJECTS
                 and not any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp") for c in token.children))
        # "protect the unborn", "help the poor": people named by an adjective, an object of its own
        and not any(c.dep_ == "dobj" and c.pos_ == "ADJ" and any(d.dep_ == "det" for d in c.children)
                    for c in token.children)
        # "would not accept any change", "praised Pedro Sánchez": a measure that may never be, a person: an
        # object of its own, not the measure argued about
        and not any(c.dep_ == "dobj" and (_any_such(c) or c.ent_type_ == "PERSON" and _actor_at(c, spans) is not None)
                    for c in token.children)
    ) and not _lacked(token) and not _said_of_a_thing(token) and not (
        # "He need not have worried": what was not needed, the writer's hindsight, no stance of his
        token.pos_ == "VERB" and any(c.dep_ == "aux" and _norm(c.lemma_) == "need" for c in token.children)
        and any(c.dep_ == "aux" and _norm(c.text) == "have" for c in token.children)
    ) and not (
        # "any disputed details", "a contested seat": a participle naming a state of its noun, nobody's attitude
        token.pos_ == "VERB" and token.dep_ == "amod" and token.tag_ == "VBN"
    ) and not any(
        # "vowed to repeal it": the verb below takes the pronoun, and its reading carries this cue
        t.i != token.i and t.pos_ == "VERB" and any(c.dep_ == "dobj" and _norm(c.text) in _IMPLICIT for c in t.children)
        and (_lexical_polarity(t)[0] or _policy_noun(t) in POLICY_REVERSING | POLICY_RAISING) for t in complements)


def _readings(tokens, top_tokens, owner: _Owner, spans, context: tuple[str, ...]) -> list[Reading]:
    """Every term in ``tokens`` with the polarity the statement takes toward it."""
    readings = []
    sources: list[int] = []  # the token each reading comes from, for contrasts ("A, but B")
    asked: set[str] = set()  # terms a condition asks for (see _anaphors_to_named)
    token_set = {t.i for t in tokens}
    both_ways = any(_is_elliptic_not(t) or _is_restricting_not(t) for t in tokens)
    sources_owner = -1
    for token in tokens:
        sources.extend([sources_owner] * (len(readings) - len(sources)))
        sources_owner = token.i
        if _in_question_put(token):
            continue  # "Asked about calls for a delay, the governor said ...": what the reporter asked
        answer = _ballot_answer(token)
        if answer:
            # "campaign for a No vote", "backed the Yes side", "we are saying No": for or against what the ballot
            # asks, read like "voted yes" (the question the article is about)
            head = token.head
            top = _statement_top(head, token_set, top_tokens)
            polarity, cue, hedged, _ = (1, "", False, True) if head.i == top.i else _polarity_toward(head, top, owner)
            if token.dep_ == "det" and _is_negated(head):
                polarity = -polarity  # the "No" of "a No vote" is the answer, not a negation of the vote
            if polarity:
                readings.append(Reading("", polarity * answer, f"vote {token.text} {cue}".strip(), hedged, context,
                                        conditional=_conditioned(head, top)))
            continue
        if _norm(token.lemma_) in DELAYING_WORDS and _norm(token.lemma_) in _CUE_WORDS:
            # (a delaying word that is no cue, "deferral", is read as a term of its own below)
            readings.extend(_delay_reading(token, token_set, top_tokens, owner))
        elif _puts_off(token):
            # "to push the start date back to 2030", "put off the vote": a delay in other words
            readings.extend(dataclasses.replace(r, term="postpone", word="postpone", phrase="postpone")
                            for r in _delay_reading(token, token_set, top_tokens, owner))
        implicit = (
            token.pos_ == "PRON"
            and _norm(token.text) in _IMPLICIT
            and (token.dep_.startswith("nsubj")
                 # "I'm against it", "we are all for this": what the "against" takes is the measure argued about
                 # (not "work with the province rather than against it": only a stance said to be one)
                 or token.dep_ == "pobj" and _norm(token.head.text) in ("against", "for")
                 and _norm(token.head.head.lemma_) == "be" and _lexical_polarity(token.head)[1] == "attitude"
                 # "has called it the best agreement that could be reached", "branded it a disgrace"
                 or token.dep_ == "dobj" and _norm(token.head.lemma_) in CHARACTERISING_VERBS
                 and any(c.dep_ == "oprd" for c in token.head.children)
                 # "asked senators to remove it", "urged them to withdraw it": what the act undoes
                 or token.dep_ == "dobj" and token.head.pos_ == "VERB" and _lexical_polarity(token.head)[1] == "shifter")
            and not _is_expletive(token)
            # ("would not accept any change that made the law unconstitutional": "that" is any such change; "the
            # best agreement that could be reached": what the thing is said to be, described)
            and not (token.head.dep_ == "relcl" and _norm(token.text) in RELATIVE_PRONOUNS
                     and (_any_such(token.head.head) or token.head.head.dep_ in ("attr", "oprd")
                          and not _does_itself(token.head)))
        )
        if _in_judgement(token):
            continue  # "a waste of money", "a perversion of justice": the judgement, not what is judged
        if (token.dep_ == "poss" and _norm(token.head.lemma_) in ANAPHORIC_NOUNS | MEASURE_OBJECTS
                and (_is_body_noun(token.lemma_) or _actor_at(token, spans) is not None)):
            continue  # "would delay the bank's plan": whose plan it is, not what is argued about
        holder = token.head if token.dep_ == "compound" and token.head.dep_ == "poss" else token
        if (holder.dep_ == "poss" and holder.head.pos_ == "NOUN" and _lexical_polarity(holder.head)[1] == "attitude"
                and (_is_body_noun(holder.lemma_) or _actor_at(holder, spans) is not None)):
            continue  # "the business federation's call for a pause": who holds the attitude, not what it is toward
        if token.pos_ == "VERB" and any(c.dep_ == "prt" for c in token.children) and _phrasal_cue(token)[0] and not any(
                c.dep_ == "dobj" and _norm(c.text) in _IMPLICIT for c in token.children):
            # "to strike down the decree", "voted down": the cue, not a strike or a vote argued about (but "vote it
            # down" is a cue whose object was named before)
            continue
        if implicit and any(c.dep_ in ("attr", "acomp") and _norm(c.lemma_) in ("question", "ask")
                            for c in token.head.children):
            continue  # "That's a fair question": the question is judged, not what it is about
        if implicit and _in_condition(token):
            continue  # "would back a cap if it were set lower": "it" is the cap the stance already names
        if any(c.dep_ == "mark" and _norm(c.text) == "than" for c in token.children):
            continue  # "more often than I would like": a measure of how often, no stance
        anaphoric = not implicit and _is_anaphoric(token, spans)
        if anaphoric and _supposed(token):
            continue  # "If this bill passes, that day goes too": what a condition supposes of the bill
        if anaphoric and token.dep_ in ("attr", "oprd") and _cleft_attitude(token.head) is None:
            continue  # "the reform is a good idea": the predicate judges the subject; it names nothing else
        named_policy = "" if anaphoric or token.pos_ != "NOUN" else _named_policy(token, spans)
        if not anaphoric and not named_policy and token.pos_ == "NOUN" and _norm(token.lemma_) in ANAPHORIC_NOUNS:
            continue  # "plans for ID cards": the content carries the stance
        implicit = implicit or anaphoric
        policy = None if implicit else _policy_target(token, spans) or _pronoun_policy_target(token, spans)
        if policy is None and not implicit and _is_bare_policy(token, spans):
            policy = (token, _norm(token.lemma_))
        if policy is None and _norm(token.lemma_) in POLICY_RAISING | POLICY_REVERSING and token.pos_ == "NOUN":
            continue  # "the car ban": read through its object ("car"), which names the policy
        value, kind, cue_text = _lexical_polarity(token)
        # "asked for a postponement", "will not stand in the way": a cue whose object is named earlier
        # (not a clause beside it: "will vote No, arguing in a letter that the voting age should stay")
        complements = _without_clause_adjuncts(_complements(token), token) \
            if policy is None and kind in ("shifter", "attitude") else []
        # (a verb in the passive says what was done to its subject, no cue waiting for its object: "until the
        # petition is heard and determined")
        passive = token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in (*token.children, *(
            token.head.children if token.dep_ == "conj" else ())))
        # "called the veto a betrayal", "welcomed the mayor's veto": an act against what the article says, with
        # its verb, it acted on ("those fears" are no act)
        # (and a shifter noun without its object, "the suspension", is what the article says was suspended)
        act_object = (_act_object(token, spans) if policy is None and token.pos_ == "NOUN" and (
            kind == "shifter" or kind == "attitude" and any(c.dep_ in ("det", "poss") for c in token.children)
            and not any(c.dep_ in ("prep", "acl", "relcl") for c in token.children)) else None)
        cue_without_object = policy is None and not passive and _cue_without_object(token, kind, act_object, complements, spans)
        if cue_without_object and anaphoric and token.pos_ == "NOUN" and _norm(token.lemma_) in ANAPHORIC_NOUNS:
            # "a leading advocate of the overhaul": the measure the noun names, not an overhaul of something else
            cue_without_object = False
        # a person an attitude is held toward ("continued to support Harrington", "opposes Ms Ortega"): in a debate
        # about putting them in a post, a stance on the nomination (see _join_nominees)
        person = (not implicit and token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "")
                  and _actor_at(token, spans) is not None and (
                      token.dep_ == "dobj" and _lexical_polarity(token.head)[1] == "attitude"
                      # "would not vote for Bonilla Cáceres", "campaigned against Ms Ortega": a side taken on them
                      or token.dep_ == "pobj" and token.head.dep_ == "prep" and _norm(token.head.text) in ("for", "against")
                      and _phrasal_cue(token.head.head)[0] != 0
                      # "would vote for Bonilla Cáceres to become attorney general": the subject of the clause the
                      # cue's preposition marks
                      or token.dep_ == "nsubj" and _cue_marked(token.head, token.head.head))
                  or _judged_person(token, spans))
        if not (implicit or cue_without_object or policy or named_policy or person or _is_term(token, spans)):
            continue
        if cue_without_object and _supposed(token):
            continue  # "If this bill passes, ...": a supposition, not a stance
        if cue_without_object and token.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and (_norm(c.lemma_) in ANAPHORIC_NOUNS | MEASURE_OBJECTS or c.pos_ == "PRON"
                                       and _norm(c.text) in ("it", "this") and _condition_mark(token))
                for c in token.children):
            # "if the bill passed", "the law passed", "if it passes": what the measure does, no one's attitude (not
            # "the union said it would resist": the union's)
            continue
        if (cue_without_object and token.pos_ == "VERB" and _norm(token.lemma_) in ENDING_VERBS
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep") for c in token.children)
                and (subject := _subject(token)) is not None and subject.dep_ == "nsubj"
                and (subject.pos_ == "PRON" and _norm(subject.text) not in ("it", "this", "that")
                     or _is_third_party(subject))):
            continue  # "we will not stop until it is thrown out": the speaker going on, no object stopped
        if cue_without_object and kind == "attitude" and _declines_to_say(token):
            continue  # "the question Ferrier has refused to answer": he keeps his stance to himself
        if _in_denied_reason(token):
            continue  # "..., and not because I am sentimental about it"
        if cue_without_object and any(c.dep_ == "dobj" and _norm(c.lemma_) in HEARSAY_NOUNS for c in token.children):
            continue  # "dismissed the reports": a stance on what others say, not on what they say it about
        target = policy[0] if policy else token
        if policy and target.i not in token_set:
            continue  # the policy word lies outside the statement's clause
        top = _statement_top(target, token_set, top_tokens)
        polarity, cue, hedged, direct = _polarity_toward(target, top, owner)
        if not polarity and policy and _own_measure_done(target, owner):
            # "said he had banned TikTok", "she would never ban guns": the speaker's own act, for the measure or
            # (negated) against it
            polarity, cue = (-1 if _is_negated(target) else 1), _norm(target.lemma_)
        name_head = _measure_name_head(target)
        if name_head is not None and _norm(target.lemma_) in ANAPHORIC_NOUNS | MEASURE_OBJECTS:
            continue  # "(Amendment)" of "the Coastal Lighting (Amendment) Bill": what kind of measure, not its subject
        if polarity and not direct and name_head is not None and name_head.i in token_set:
            # "opposes the Casino Gaming Control Bill": the words of a measure's name are what the stance is on
            direct = _polarity_toward(name_head, top, owner)[3]
        if polarity and (_in_concession(target) or _in_manner_question(target) or _in_time_clause(target, top)):
            polarity, cue = 0, ""
        conditional = bool(polarity) and _conditioned(target, top)
        if polarity and direct and _within_condition(target, top):
            asked.add(_norm(target.lemma_))  # "support this bill if a third is legislated": what is asked for
        declared = (bool(polarity) and direct and not hedged and not conditional and not both_ways
                    and _is_declaration(target, cue))
        if policy:
            key = policy[1]
            raising = _norm(target.lemma_) in POLICY_RAISING and key != _norm(target.lemma_)
            # as written: "salary cap" (its key may be "salary limit", see LIMITING)
            word = ("" if token.pos_ == "PRON" else _with_fixed_modifiers(token) if raising
                    else f"{key.rsplit(' ', 1)[0]} {_policy_noun(target)}" if " " in key else key)
            readings.append(
                Reading(key, polarity, cue, hedged, (), _attached(target, spans), direct, True,
                        word, _norm(target.lemma_), phrase=word, conditional=conditional, declared=declared)
            )
            if both_ways and polarity:
                readings.append(Reading(key, -polarity, "perhaps not", True, head=_norm(target.lemma_)))
            continue
        if implicit or cue_without_object:
            if cue_without_object:
                # ("says repealing it would tie the hands of the police": a topic judged, not the speaker's act)
                own = kind == "attitude" and token.dep_ not in ("csubj", "csubjpass") and owner.owns(_holder(token), token)
                # a noun's own negation ("without delay") is already in the path polarity
                negated = -1 if _is_negated(token) and not (polarity and token.pos_ == "NOUN") else 1
                if not polarity and token.dep_ == "xcomp" and _norm(token.head.lemma_) == "go" and _is_negated(token.head):
                    negated = -negated  # "we are not going to water it down"
                # "dismissed the criticism", "rejected the offer": the object is itself a stance, and
                # the verb's stance toward what that stance is about is the product of the two
                for obj in token.children:
                    obj_value, obj_kind, obj_cue = _lexical_polarity(obj)
                    if obj.dep_ == "dobj" and obj.pos_ == "NOUN" and _objection(obj) and obj.text not in cue_text.split():
                        # "would back a legal appeal", "joined the lawsuit": against what it is against
                        obj_value, obj_kind, obj_cue = -1, "attitude", obj.text
                    if obj.dep_ == "dobj" and obj.pos_ == "NOUN" and obj_kind in ("attitude", "evaluative") \
                            and obj.text not in cue_text.split():
                        # (not an object the cue is made of already: "file a challenge" is one act against)
                        value, cue_text = value * obj_value, f"{cue_text} {obj_cue}"
                    if (obj.dep_ == "xcomp" and obj.pos_ == "VERB" and obj_kind == "shifter"
                            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in obj.children)):
                        # "asking them to reconsider", with no object: for undoing what the sentences before name
                        value, cue_text = value * obj_value, f"{obj_cue} {cue_text}"
                if polarity:
                    polarity = polarity * value * negated
                    cue = f"{cue_text} {cue}"
                elif own:
                    polarity, cue = value * negated, cue_text + (" not" if negated < 0 else "")
                    hedged = hedged or _is_hedged(token)
                    conditional = _conditioned(token, top)
            if polarity and anaphoric and _undone_before(token):
                # "Duque asked Congress to withdraw the reform ... Uribe welcomed the decision": the decision undid it
                polarity, cue = -polarity, f"{cue} undoing"
            enacted = (cue_without_object and token.pos_ == "VERB" and _policy_noun(token) in POLICY_REVERSING
                       and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in token.children))
            if polarity and enacted:
                # "I have banned TikTok in Montana": the ban done, a stance for the ban (not against what it bans)
                polarity = -polarity
            if polarity:
                head = _norm(token.lemma_) if anaphoric else _policy_noun(token) if enacted else ""
                if implicit and not anaphoric and (_norm(token.head.lemma_) == "be" or token.dep_ == "dobj"
                                                   and _norm(token.head.lemma_) in CHARACTERISING_VERBS):
                    # "this is the right decision", "called it the best agreement that could be reached": "this"
                    # is the decision, the measure argued about
                    named = next((c for c in token.head.children if c.dep_ in ("attr", "oprd") and c.pos_ == "NOUN"
                                  and _norm(c.lemma_) in ANAPHORIC_NOUNS), None)
                    head = _norm(named.lemma_) if named is not None else head
                possessor = next((c for c in token.children if c.dep_ == "poss"), None) if anaphoric else None
                proposer = (_actor_at(possessor, spans) or "") if possessor is not None else ""
                pronoun = token if token.pos_ == "PRON" else next(
                    (c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PRON"), None)
                antecedent = _coordinated_subject(pronoun, spans) if pronoun is not None else None
                if antecedent is None and cue_without_object and token.pos_ == "NOUN":
                    antecedent = act_object  # "the veto": what the article says was vetoed
                if antecedent is None and _object_gap(token) and _is_term(token.head, spans):
                    antecedent = _norm(token.head.lemma_)  # "the transition that Senator Rey is proposing"
                phrase = _policy_name(token) if anaphoric else ""
                measure = _adverbial_measure(token, spans) if antecedent is None else None
                if measure is not None and not head:
                    # "when the bill comes to the Senate, I'll vote for it": "it" is that bill
                    head, phrase = _norm(measure.lemma_), _policy_name(measure)
                stance_before = [r.term for r in readings if r.term and r.polarity and r.direct and not r.person]
                if pronoun is not None and not head and stance_before and antecedent not in stance_before:
                    # "voted for the roll-out ..., but now opposes it", "here is my position: I support the
                    # default, and Wales should keep it": what the sentence took a stance on before the pronoun
                    # comes before the sentences before it, and before a subject it took none on
                    antecedent = stance_before[-1]
                colon = next((t.i for t in token.doc[token.sent.start:token.i] if t.text in (":", ";")), None) \
                    if pronoun is not None and antecedent is None and not head else None
                if colon is not None:
                    # "I will not pretend to be neutral about the levy bill: I am against it": what the sentence
                    # named before its colon, nearest first
                    named_first = [r.term for r in reversed(readings) if r.term and r.noun and not r.person
                                   and any(t.i < colon and _norm(t.lemma_) == r.term for t in token.doc[token.sent.start:colon])]
                    candidates = (*dict.fromkeys(named_first), *context)
                else:
                    candidates = context
                readings.append(Reading("", polarity, cue, hedged,
                                        (antecedent, *candidates) if antecedent else candidates, head=head, proposer=proposer,
                                        phrase=phrase, conditional=conditional,
                                        declared=declared and not cue_without_object))
                if both_ways:
                    readings.append(Reading("", -polarity, "perhaps not", True, context, head=head))
            continue
        if named_policy:
            readings.append(Reading(named_policy, polarity, cue, hedged, (), _attached(token, spans), direct, True,
                                    named_policy, _norm(token.lemma_), phrase=named_policy, conditional=conditional,
                                    declared=declared))
            continue
        if polarity and _is_on_board(token):
            # "he is now on board": the idiom's noun is no thing argued about; what he is on board with is the
            # measure the sentences before name
            readings.append(Reading("", polarity, cue, hedged, context, conditional=conditional))
            continue
        readings.append(
            Reading(_particle_verb(token), polarity, cue, hedged, (), _attached(token, spans), direct,
                    token.pos_ in ("NOUN", "PROPN"), token.text if token.pos_ == "PROPN" else token.lower_,
                    phrase=_with_fixed_modifiers(token) if token.pos_ == "NOUN"
                    else _entity_name(token) if _argued_body(token, spans) else "",
                    modifier=(token.dep_ in ("compound", "nmod", "amod") and token.head.pos_ in ("NOUN", "PROPN")
                              and name_head is None),  # the words of a measure's name are what it is about
                    conditional=conditional, person=person, declared=declared,
                    in_name=name_head is not None,
                    of_measure=_norm(token.head.lemma_) if token.dep_ == "compound" and token.head.pos_ == "NOUN"
                    and name_head is None and _norm(token.head.lemma_) in LEGISLATIVE_NOUNS | ANAPHORIC_NOUNS
                    | AGREEMENT_NOUNS else "")
        )
        if both_ways and polarity:
            readings.append(Reading(_norm(token.lemma_), -polarity, "perhaps not", True))
    sources.extend([sources_owner] * (len(readings) - len(sources)))
    if asked:
        readings = [dataclasses.replace(r, asked=True) if r.term and _norm(r.term) in asked and r.direct else r
                    for r in readings]
    # "passed a resolution opposing the shift": "the shift" is not the resolution whose clause names it
    vehicles = set()
    if tokens:
        doc = tokens[0].doc
        for n, reading in enumerate(readings):
            if reading.term or reading.head not in ANAPHORIC_NOUNS or n >= len(sources):
                continue
            for node in itertools.islice(doc[sources[n]].ancestors, 6):
                if node.dep_ in ("acl", "relcl"):
                    vehicles.add(_norm(node.head.lemma_))
                    break
    readings = [_what_the_ballot_asks(r, context) for r in readings]
    # (the anaphor and what it may stand for read in the same clause: not "condemned the proposal, saying it would
    # run against the commitment to democracy", whose adjunct names something else)
    asides = {t.i for token in tokens if token.dep_ == "advcl" and token.tag_ == "VBG" for t in token.subtree}
    inside = {r.term for r, i in zip(readings, sources) if r.term and i in asides}
    outside = {r.term for r, i in zip(readings, sources) if r.term and i not in asides}
    return _anaphors_to_named(_with_contrasts(tokens, token_set, readings, sources), vehicles, inside - outside)


def _what_the_ballot_asks(reading: Reading, context: tuple[str, ...]) -> Reading:
    """ "would vote yes in the referendum": a side taken in a vote is for or against what the vote asks, not the vote
    itself; it is read like an answer with no question named (see :func:`_ballot_answer`)."""
    if reading.term and reading.term not in BALLOT_EVENTS or not BALLOT_SIDE.match(reading.cue):
        return reading
    asks = tuple(term for term in (reading.context if not reading.term else context) if term not in BALLOT_EVENTS)
    if not reading.term:
        return dataclasses.replace(reading, context=asks)
    return Reading("", reading.polarity, reading.cue, reading.hedged, asks, conditional=reading.conditional)


def _is_on_board(token) -> bool:
    """The "board" of "is on board", "has come on board" (an attitude: see :func:`_lexical_polarity`)."""
    return (_norm(token.text) == "board" and token.dep_ == "pobj" and _norm(token.head.text) == "on"
            and _lexical_polarity(token.head)[1] == "attitude")


def _statement_top(target, token_set, top_tokens):
    """The top of the clause ``target`` lies in, up its heads within the statement's tokens to one of its tops;
    a predicate of the statement itself ("pledged to repeal the tax": "repeal") has the predicate above it."""
    top = target
    while top.head.i != top.i and top.head.i in token_set and top.i not in top_tokens and not _spliced(top):
        top = top.head
    if top.i == target.i and top.head.i in top_tokens and top.dep_ in ("xcomp", "ccomp"):
        top = top.head
    while (top.dep_ == "xcomp" and top.head.i in top_tokens and top.head.i in token_set and top.head.i != top.i
           and _norm(top.lemma_) not in STATEMENT_VERBS and _lexical_polarity(top.head)[1] == "attitude"):
        # "refused to back the levy", "declined to support it": the attitude toward the act is the stance (but
        # "refused to comment on the levy" says nothing of it, and "threatened to scrap it" is no attitude)
        top = top.head
    judge = _judged_for(top)
    if judge is not None and (judge.i in token_set or judge.i in top_tokens):
        top = judge  # "criticised the council for scrapping the levy": the verdict on the act is the stance
    elif (top.dep_ == "pcomp" and top.head.dep_ == "prep" and top.head.head.i in top_tokens
          and top.head.head.i in token_set and _lexical_polarity(top.head.head)[1] == "attitude"):
        top = top.head.head  # "would vote against abolishing the holiday": against the abolishing
    for i in top_tokens:
        shared = _shared_passive_subject(top.doc[i])
        if shared is not None and shared.i == top.i:
            return top.doc[i]  # "is backed by X and opposed by Y": for Y, the subject under "opposed"
    return top


def _judged_for(act):
    """The verb that praises or blames someone for ``act``, a gerund it names ("praised the council for introducing
    the levy", "accused the mayor of scrapping it"), when ``act`` itself takes a side on something; else None."""
    prep = act.head
    if not (act.dep_ == "pcomp" and act.tag_ == "VBG" and prep.dep_ == "prep" and _norm(prep.text) in ("for", "of")):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or _norm(verb.lemma_) not in ACCUSING_VERBS | PRAISING_VERBS or not _lexical_polarity(act)[0]:
        return None
    return verb


def _without_clause_adjuncts(tokens, head) -> list:
    """The ``tokens`` that do not lie in a clause set beside ``head`` (an adverbial clause or a parenthetical one);
    a clause the head's own particle opens is its object ("calls for it to be withdrawn")."""
    value, cue = _phrasal_cue(head)
    particle = cue.split()[-1:] if value else []

    def beside(token) -> bool:
        while token.i != head.i and token.head.i != token.i:
            if token.dep_ in ("advcl", "parataxis") and token.head.i == head.i:
                return not any(c.dep_ == "mark" and c.lower_ in particle for c in token.children)
            token = token.head
        return False

    return [t for t in tokens if not beside(t)]


def _particle_of_cue(preposition) -> bool:
    """Whether a preposition is the particle of its head's phrasal cue ("leaped at an offer"), not one beside it
    ("voted against the bill along with 22 deputies")."""
    value, cue = _phrasal_cue(preposition.head)
    return bool(value) and cue.split()[-1].lower() == _norm(preposition.text)


def _declines_to_say(token) -> bool:
    """An attitude toward speaking ("refused to answer", "refused to say", "declined to give a view"): no stance
    on anything but saying."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "xcomp" and (_norm(c.lemma_) in SPEECH_VERBS or any(
            o.dep_ == "dobj" and _norm(o.lemma_) in JUDGING_NOUNS for o in c.children)) for c in token.children)


# Verbs that take a clause as their complement wherever it stands ("The plan will fail, she said"; "he said: we
# will fight it")
_SAYING_OR_THINKING = REPORTING_VERBS | KNOWING_VERBS


def _spliced(clause) -> bool:
    """A clause with its own subject set beside another, not its complement, though the parser may hang it on the
    other's verb as one, unless that verb is one of saying or thinking: set before it with a comma, semicolon or
    colon between them ("we oppose closing it, we opposed it on the first day"), or after it and a colon or
    semicolon ("it is not a popular thing to say: I support closing the street")."""
    head = clause.head
    if not (clause.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and _norm(head.lemma_) not in _SAYING_OR_THINKING
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)):
        return False
    if clause.i > head.i:
        return any(t.text in (":", ";") for t in clause.doc[head.i + 1 : clause.left_edge.i + 1])
    # (and the second is a clause of its own, not a relative clause the parser took for one: "hospitals that are
    # half empty, that cannot find doctors")
    return (any(c.dep_ in ("nsubj", "nsubjpass") and _norm(c.text) not in ("that", "which", "who")
                for c in head.children)
            and any(t.text in (",", ";", ":") for t in clause.doc[clause.right_edge.i + 1 : head.i + 1])
            and not any(t.is_quote for t in clause.doc[clause.right_edge.i + 1 : head.i]))


PARTICLES = frozenset("back out off up down over".split())


def _phrasal_lemma(token) -> str:
    """A verb with its particle as a lexicon writes it ("wipe out"); "" for a word without one."""
    joined = _particle_verb(token)
    lemma = _norm(token.lemma_)
    return f"{lemma} {joined[len(lemma):]}" if joined != lemma else ""


def _particle_verb(token) -> str:
    """A verb's term: its lemma, joined to its particle as the noun of the act is written ("buy back" is the
    "buyback", "roll out" the "rollout", "bail out" the "bailout"), so that the verb and the noun are one concept."""
    lemma = _norm(token.lemma_)
    if token.pos_ != "VERB":
        return lemma
    # (the parser makes some particles adverbs: "buy back the stock")
    particle = next((c for c in token.children if c.i == token.i + 1 and c.is_alpha and (
        c.dep_ == "prt" or c.dep_ == "advmod" and _norm(c.text) in PARTICLES)), None)
    return lemma + _norm(particle.text) if particle is not None else lemma


def _object_gap(verb) -> bool:
    """A relative clause whose object is the noun it hangs on: "the transition that Senator Rey is proposing", "the
    levy, which Senator Paz opposes", "the plan the minister backs" (its own subject, no object of its own; not
    "the group that opposes it")."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.head.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ == "advmod" and _norm(c.text) in ("where", "when", "why") for c in verb.children):
        return False  # (nor "the hearing, where Senator Fox objected": where, not what)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.dep_ == "nsubj" and _norm(subject.text) not in RELATIVE_PRONOUNS \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and _norm(c.text) not in RELATIVE_PRONOUNS
                    for c in verb.children)


def _puts_off(verb) -> bool:
    """"push the start date back", "put off the vote": a verb of moving with its particle and an object, which puts
    that object off (not "push back against the plan", resisting it)."""
    return bool(_put_off_particle(verb))


def _put_off_particle(verb) -> str:
    """The particle with which ``verb`` puts its object off ("back" of "push the start date back"), or "": its object,
    or the subject of its passive ("moved that the agreement be referred back"), a thing, not people ("referred the
    patients back to their doctors")."""
    if verb.pos_ != "VERB" or _norm(verb.lemma_) not in PUTTING_OFF:
        return ""  # (read of every word: the cheap test first)
    put = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "nsubjpass"]
    if not put or any(c.dep_ == "prep" and _norm(c.text) in ("against", "on") for c in verb.children) \
            or any(t.ent_type_ in ("PERSON", "NORP") or _is_person_noun(t.lemma_) or _is_body_noun(t.lemma_)
                   or _norm(t.lemma_) in CROWDS or t.dep_ == "nsubjpass" and t.pos_ in ("PRON", "PROPN") for t in put):
        return ""  # (not "the crowd was pushed back", "they were pushed back by police")
    return next((_norm(c.text) for c in verb.children if c.dep_ in ("prt", "advmod") and c.i > verb.i
                 and _norm(c.text) in PUTTING_OFF[_norm(verb.lemma_)]), "")


def _put_off_measure(child) -> bool:
    """Whether what a delaying word puts off (``child``: its object, passive subject or "of" phrase) is a measure
    ("the bill", "the levy", "the Land Bill"), not an event that is held ("the election", "the vote")."""
    if child.dep_ == "prep" and _norm(child.text) == "of":
        child = next((c for c in child.children if c.dep_ == "pobj"), None)
    elif child.dep_ not in ("dobj", "nsubjpass"):
        return False
    return child is not None and _norm(child.lemma_) in _INSTRUMENTS


def _delay_reading(token, token_set, top_tokens, owner: "_Owner") -> list[Reading]:
    """"rejected calls for a delay", "moved to postpone the vote", "backed the deferral": putting something off
    is a question of its own, argued beside what it puts off; the stance on the delay itself. (The object's own
    reading, "postpone the vote" against the vote now, stays as it is.)"""
    if token.pos_ not in ("NOUN", "VERB") or token.dep_ in ("compound", "amod"):
        return []
    if token.dep_ == "pobj" and _norm(token.head.text) in ("without", "after", "despite"):
        return []  # "without delay", "after a delay of two years": a circumstance, not what is argued
    top = _statement_top(token, token_set, top_tokens)
    polarity, cue, hedged, direct = _polarity_toward(token, top, owner)
    # ("opposed every attempt to delay the vote": the attempt is the delay's vessel)
    if not polarity or not (direct or token.dep_ == "acl" and _norm(token.head.lemma_) in CONTENT_MEASURES):
        return []
    conditional = _conditioned(token, top)
    word = _norm(token.lemma_)
    return [Reading(word, polarity, cue, hedged, (), (), True, token.pos_ == "NOUN", word, phrase=word,
                    conditional=conditional, declared=not hedged and not conditional and _is_declaration(token, cue))]


def _in_question_put(token) -> bool:
    """Inside "Asked about X, ..." / "Asked whether X, ...": the question a reporter put, not the answer; and
    inside any "whether" clause ("was asked whether he supports the removal", "declined to say whether he backed
    the deal"): an open question, not a stance."""
    return any(node.dep_ == "advcl" and node.tag_ == "VBN" and _norm(node.lemma_) == "ask"
               or node.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and _norm(c.text) == "whether" for c in node.children)
               for node in itertools.chain([token], token.ancestors))


def _act_object(noun, spans) -> str | None:
    """What an act named by a noun acts on, where the article says so with its verb: "the veto" after "the mayor
    vetoed the ban on ride-hailing apps" is a veto of that ban (its term key), else None."""
    lemma = _norm(noun.lemma_)
    for verb in noun.doc:
        if verb.pos_ == "VERB" and _norm(verb.lemma_) == lemma and verb.i != noun.i:
            for obj in verb.children:
                if obj.dep_ == "dobj":
                    # ("vetoed the ban on ride-hailing apps": the ban is read through what it bans)
                    policies = (_policy_target(t, spans) for t in obj.subtree if t.i != obj.i)
                    key = next((p[1] for p in policies if p is not None and p[0].i == obj.i), None)
                    key = key or _term_key(obj, spans)
                    if key:
                        return key
    return None


def _is_stage(preposition) -> bool:
    """"oppose this bill on the floor", "vote against it on second reading", "accepted it in committee": a
    phrase of "on", "in" or "at" beside the object a stance verb already has says where or at what stage the
    stance is taken, not what it is on. (Not beside a measure that acts on something: "impose a levy on riders",
    which a parser may hang on the verb.)"""
    first = preposition
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "ADP":
        first = first.head  # "in committee and on the floor"
    verb = first.head
    if first.dep_ != "prep" or _norm(preposition.text) not in ("on", "in", "at") or verb.pos_ != "VERB":
        return False
    if not _lexical_polarity(verb)[0] and not _phrasal_cue(verb)[0]:
        return False
    objects = [c for c in verb.children if c.i != first.i and (
        c.dep_ == "dobj" or c.dep_ == "prep" and _norm(c.text) in ("against", "for") and c.i < first.i)]
    return bool(objects) and not any(
        _norm(o.lemma_) in POLICY_REVERSING | POLICY_RAISING | LIMITING for o in objects if o.dep_ == "dobj")


def _in_capacity(token) -> bool:
    """Whether ``token`` is the object of "as" said of a verb: in what capacity ("voted against as a bloc"), not a
    stance ("campaigned as an opponent of the levy")."""
    return (token.dep_ == "pobj" and _norm(token.head.text) == "as" and token.head.head.pos_ == "VERB"
            and _norm(token.lemma_) not in STANCE_AGENT_NOUNS and not _lexical_polarity(token)[0])


def _in_setting(token) -> bool:
    """Whether ``token`` is the object of "in" or "at": where something happens ("in the city assembly")."""
    node = token
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and _norm(node.head.text) in ("in", "at")


def _at_stage(token) -> bool:
    """Whether ``token`` is the object of "at" that names a stage of a sequence: when something happens ("at first
    reading", "at the final vote", "at committee stage"), not what it is done to."""
    node = token
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and _norm(node.head.text) == "at" and (_norm(node.lemma_) == "stage" or _numbered_stage(node))


def _numbered_stage(noun) -> bool:
    """A step of a procedure an ordinal numbers: "second reading", "the final vote"."""
    return _norm(noun.lemma_) in STAGE_NOUNS and any(
        c.ent_type_ == "ORDINAL" or _norm(c.text) in ("final", "last", "initial") for c in noun.children)


# Nouns for a step of a procedure, which an ordinal numbers ("at first reading", "at the final vote")
STAGE_NOUNS = lexicon.words("stage_nouns")


def _adverbial_measure(verb, spans):
    """"When the bill comes to the Senate, I'll vote for it", "once the plan is tabled we will fight it": the
    measure noun that is the subject of a time or condition clause of a verb whose object is "it", or the one
    measure named in a relative clause of the verb's subject, which "it" stands for; else None."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and _norm(p.text) in ("for", "against") for o in p.children
        if o.dep_ == "pobj"]
    if not any(_norm(o.text) == "it" for o in objects):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and _norm(c.text) in
                                             ("when", "once", "if", "after", "before") for c in clause.children):
            continue
        for subject in clause.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and _is_anaphoric(subject, spans):
                return subject
    # "Stanjura, whose budgets have been built around the reform, has defended it": the one measure the clause
    # describing the subject names (the subject itself cannot be "it")
    named = {_norm(t.lemma_): t for subject in verb.children if subject.dep_ == "nsubj"
             for clause in subject.children if clause.dep_ == "relcl"
             for t in clause.subtree if t.pos_ == "NOUN" and _is_anaphoric(t, spans)}
    return next(iter(named.values())) if len(named) == 1 else None


def _coordinated_subject(pronoun, spans) -> str | None:
    """"Said the concession would put Recife on the map and urged councillors to approve it": the thing a first
    clause (or the clause it reports) is about is what "it" in the clause coordinated with it stands for (its term
    key); with one subject for both clauses, what the first acts on ("rejects the plan ... and calls for it to be
    withdrawn"); else None."""
    if _norm(pronoun.text) != "it":
        return None
    clause = pronoun.head
    for _ in range(4):
        if clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX"):
            break
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    else:
        return None
    first = clause.head
    if first.pos_ not in ("VERB", "AUX"):
        return None
    # the first clause itself, or the clause it reports ("said the concession would ...")
    for verb in (first, *(c for c in first.children if c.dep_ == "ccomp")):
        for subject in verb.children:
            if (subject.dep_ in ("nsubj", "nsubjpass") and subject.pos_ == "NOUN"
                    and not _is_person_noun(subject.lemma_) and not _is_third_party(subject)):
                key = _term_key(subject, spans)  # a thing, not "the councillors" or "the committee"
                if key:
                    return key
    # "rejects the automation plan ... and calls for it to be withdrawn": with one subject for both clauses,
    # what the first acts on is what "it" in the second stands for
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        for obj in (c for c in first.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            for word in (obj, *(c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN")):
                key = _term_key(word, spans)
                if key and not _is_person_noun(word.lemma_) and not _is_third_party(word):
                    return key
    return None


def _anaphors_to_named(readings: list[Reading], vehicles: Collection[str] = (), aside: Collection[str] = ()
                       ) -> list[Reading]:
    """"The Tories are to back plans to introduce ID cards", "rejected calls to pause on the bill": in a
    sentence that takes a stance on something it names, "the plan" or "the bill" refers to that first; not to
    what a condition asks for ("we can support this bill if a third is legislated"), nor to a noun whose own clause
    names it (``vehicles``: "passed a resolution opposing the shift")."""
    named = [r.term for r in readings if r.term and r.polarity and r.direct and not r.asked and r.term not in vehicles
             and r.term not in aside]
    if not named:
        return readings
    return [dataclasses.replace(r, context=tuple(named)) if not r.term and r.head in ANAPHORIC_NOUNS else r
            for r in readings]


CONTRASTIVE = frozenset(("but", "yet"))


def _with_contrasts(tokens, token_set, readings: list[Reading], sources: list[int]) -> list[Reading]:
    """"A, but B": B is the speaker's point. A stance taken in A is weighed like a hedge, and B, when it
    judges something without naming another target, is read as a verdict on A's target: a reservation
    against it ("not opposed to a higher minimum wage, but 12% in a single year is a gamble"; "would not
    block the increase but favoured phasing it in") unless B's own judgement runs the same way ("was long
    overdue but did not go far enough"). A clause B without any cue word changes nothing."""
    result = list(readings)
    sources = list(sources)  # (extended here as readings are added; the caller's list stays as it was)
    for predicate in tokens:
        cc = next((c for c in predicate.children if c.dep_ == "cc" and _norm(c.text) in CONTRASTIVE), None)
        if cc is None:
            continue
        second = next((c for c in predicate.children if c.dep_ == "conj" and c.i > cc.i
                       and c.pos_ in ("VERB", "AUX", "ADJ") and c.i in token_set), None)
        if second is None or any(_norm(c.text) == "also" for c in second.children):
            continue  # "not only A but also B" adds, it does not contrast
        second_ids = {t.i for t in second.subtree}
        first_ids = {t.i for t in predicate.subtree if t.i < cc.i} - second_ids
        first = [n for n, i in enumerate(sources) if i in first_ids and result[n].polarity]
        if not first:
            continue

        def hold_both_ways(cue: str) -> None:
            for n in first:
                reading = result[n]
                if reading.polarity > 0 and reading.term and reading.noun:
                    result[n] = dataclasses.replace(reading, hedged=True, declared=False)
                    result.append(dataclasses.replace(reading, polarity=-1, cue="but " + cue, hedged=True,
                                                      declared=False, direct=False, attached=(), word="", phrase=""))
                    sources.append(second.i)

        if any(_in_the_abstract(doc_token) for doc_token in (predicate.doc[i] for i in first_ids)):
            # "We support a limit in principle, but give us one more season": for it in the abstract, and what
            # follows "but", whatever its words, is the reservation
            hold_both_ways(second.text)
            continue
        cue_words = [t for t in second.subtree if t.i in token_set and _lexical_polarity(t)[1]]
        if not cue_words:
            continue
        verdict, verdict_cues, verdict_hedged = _predicate_polarity(second)
        verdict_hedged = verdict_hedged or any(_norm(t.lemma_) in SOFT_NEGATIVE for t in cue_words)
        named_again = {result[n].term for n, i in enumerate(sources) if i in second_ids and result[n].term}
        # B's implicit readings are about A's target when B refers back to it ("favoured phasing it in"):
        # the verdict replaces them; without such a pronoun they point further back and stay
        refers_back = any(t.pos_ == "PRON" and _norm(t.text) in ("it", "them") and not _is_expletive(t)
                          for t in second.subtree if t.i in token_set)
        dropped = {n for n, i in enumerate(sources) if i in second_ids and not result[n].term and refers_back}
        first_terms = {result[n].term for n in first if result[n].term}
        if any(i in second_ids and result[n].polarity and result[n].noun and n not in dropped
               and result[n].term not in first_terms for n, i in enumerate(sources)):
            # B takes a stance on something else ("..., but opening dialogue is the priority"); when A only
            # concedes its target ("I am not against a stadium, but I am against a blank cheque", "we support a
            # levy in principle, but Sh50 a day is too steep") and B objects, A's target is held both ways
            # (or asks to put it off: "supported a tax in principle but wanted its start delayed")
            reserved = any(i in second_ids and n not in dropped and (
                result[n].polarity < 0 and result[n].noun
                or result[n].polarity > 0 and concept_of(result[n].term) == DELAY_CONCEPT) for n, i in enumerate(sources)
            ) or any(_norm(second.doc[i].text) in ("until", "till") for i in second_ids)
            # (or to hold it back "until" something is done: "wants the reactor kept offline until the road is
            # widened")
            if reserved and _concedes(predicate, first_ids):
                hold_both_ways(cue_words[0].text)
            continue
        if not verdict and all(_lexical_polarity(t)[1] == "shifter" or t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj")
                               for t in cue_words):
            # "welcomed the decision but said it would watch for the formal repeal": B judges nothing, it names a
            # thing or an act
            continue
        added = []
        # "this initiative sounds good, but it would harm ...": how it sounds is conceded, what follows is the view
        seeming = _norm(predicate.lemma_) in SEEMING_VERBS
        for n in first:
            reading = result[n]
            polarity = verdict or -reading.polarity
            if seeming and reading.polarity and polarity == -reading.polarity:
                result[n] = dataclasses.replace(reading, polarity=0, cue="", declared=False)
            else:
                result[n] = dataclasses.replace(reading, hedged=True)
            if reading.term and reading.term in named_again:
                continue
            cue = "but " + (" ".join(verdict_cues) if verdict else cue_words[0].text)
            # the verdict is not a new mention of the target: nothing for labels
            added.append(dataclasses.replace(reading, polarity=polarity, cue=cue,
                                             hedged=bool(verdict and verdict_hedged), direct=False,
                                             attached=(), word="", phrase=""))
        result = [r for n, r in enumerate(result) if n not in dropped] + added
        sources = [i for n, i in enumerate(sources) if n not in dropped] + [second.i] * len(added)
    return result


# Verbs of how a thing appears, which "but" concedes ("sounds good, but ...")
SEEMING_VERBS = frozenset("sound seem look appear".split())


def _concedes(predicate, ids) -> bool:
    """Whether the clause of ``predicate`` (its tokens ``ids``) only concedes what it is for: a negated objection
    ("I am not against a stadium", "we have no objection to ..."), a stance in the abstract ("supports a levy in
    principle") or on a measure's aim ("backed the goal of the bill")."""
    doc = predicate.doc
    for i in sorted(ids):
        token = doc[i]
        lemma = _norm(token.lemma_)
        if _in_the_abstract(token):
            return True
        if lemma in AIM_NOUNS and any(c.dep_ == "prep" and _norm(c.text) == "of" for c in token.children):
            return True
        if (lemma == "against" or lemma in ATTITUDE_NEGATIVE | ATTITUDE_NOUNS_NEGATIVE) and (
                _is_negated(token) or _is_negated(token.head)
                or any(_norm(c.text) == "no" for c in token.children)):
            return True
    return False


_LAST_SEGMENTS: list = [None, []]  # (doc, its segments): three readers of one article ask in turn


def _segments(doc) -> list[list]:
    """Sentences cut at paragraph breaks (the parser sometimes runs a sentence over one): token lists, cut
    once per document (callers do not change them)."""
    if _LAST_SEGMENTS[0] is not doc:
        _LAST_SEGMENTS[:] = [doc, list(_cut_segments(doc))]
    return _LAST_SEGMENTS[1]


def _cut_segments(doc):
    for sent in doc.sents:
        piece: list = []
        for token in sent:
            if "\n\n" in token.text or ("\n\n" in token.whitespace_ and piece):
                if not token.is_space:
                    piece.append(token)
                if piece:
                    yield piece
                piece = []
                continue
            if not token.is_space:
                piece.append(token)
        if piece:
            yield piece


def _question_tokens(doc) -> set[int]:
    """The tokens of questions ("Do you support the ban?", "Is that money well spent?"): a question asks,
    it takes no stance, in a quote or out of one. A piece of a sentence ends at ".", "!" or "?"; it is a
    question when it ends at "?" — unless it opens with a negated auxiliary, the shape of a rhetorical
    question that asserts ("Wouldn't this be a good opportunity to ...?", "Isn't it time ...?")."""
    found: set[int] = set()
    for segment in _segments(doc):
        piece: list = []
        for token in segment:
            piece.append(token)
            if token.text in (".", "!", "?", "...", "…") or token.text.endswith(("?", "!")) and token.is_punct:
                words = [t for t in piece if not t.is_punct]
                rhetorical = len(words) > 1 and words[0].pos_ == "AUX" and words[1].lower_ in ("n't", "not", "nt")
                if token.text.endswith("?") and not rhetorical:
                    found.update(t.i for t in piece)
                piece = []
    # an interviewer's turn ("Q: The mayor wants a guarantee before he supports the ban."): all of it asks
    for token in doc:
        at_line_start = token.i == 0 or "\n" in doc[token.i - 1].whitespace_ or doc[token.i - 1].is_space
        if at_line_start and token.text in ("Q", "Q.", "Question") and token.i + 1 < len(doc) and doc[token.i + 1].text in (":", "."):
            end = token.i
            while end < len(doc) and not (end > token.i and ("\n" in doc[end - 1].whitespace_ or doc[end].is_space)):
                end += 1
            found.update(range(token.i, end))
    return found


def _segment_span(body: str, tokens) -> tuple[int, int, str]:
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    return start, end, body[start:end]


FAR = "|"  # in a reading's context: the terms after it are beyond the nearest sentences
TOPIC_END = "||"  # ... the terms between FAR and TOPIC_END are those the headline names


class _Context:
    """Terms of the sentences before a point, for implicit targets ("this is going to fail").

    Nearest first, but words in adjuncts and relative clauses ("..., betting that tensions can be eased after
    a year of military drills", "..., which North Korea sees as preparation for war") only after the words of
    the main clauses, which carry the topic ("an offer of talks", "a joint military exercise").
    """

    def __init__(self, doc, spans, sentences: int = 3, title: str = ""):
        self.sentences = sentences
        self.title_words = {_norm(w) for w in re.findall(r"[\w'-]+", title)}
        # the headline's own word for it, whatever its part of speech ("Peru moves to license ..." over a story
        # about "the licence"; "Council to close library" over "the closure")
        self.title_roots = {stem(form) for w in self.title_words if len(w) > 3
                            for form in (w, w[:-1] if w.endswith("s") else w)}  # ("nominates": "nominate")
        self.topic: list[str] = []  # terms the headline names, in body order
        self.segments: list[tuple[int, list[tuple[int, str]]]] = []  # (start char, [(char, lemma)] in order)
        for segment in _segments(doc):
            aside: set[int] = set()
            for token in segment:
                if token.dep_ in ("advcl", "relcl", "appos", "parataxis") or (
                    token.pos_ in ("ADP", "ADV")  # "ahead of the Olympics" has an adverb for a preposition
                    and _norm(token.text) in SETTING_PREPOSITIONS | PLACE_PREPOSITIONS
                    and not _phrasal_cue(token.head)[0]  # "leaped at an offer" is the main clause
                ):
                    aside |= {t.i for t in token.subtree}
            terms = [(t, _term_key(t, spans)) for t in segment if not _is_on_board(t)]
            terms = [(t, key) for t, key in terms if key]
            # a policy noun the headline names ("... over flu shot rule") is the story's topic too
            named = [(t, _norm(t.lemma_)) for t in segment if t.pos_ in ("NOUN", "PROPN")
                     and _norm(t.lemma_) in ANAPHORIC_NOUNS and _is_anaphoric(t, spans)]
            # and a delay the headline names ("Senate rejects delay of judge vote"), a question of its own
            delays = [(t, _norm(t.lemma_)) for t in segment if t.pos_ in ("NOUN", "VERB")
                      and _norm(t.lemma_) in DELAYING_WORDS]
            for token, key in terms + named + delays:
                if key not in self.topic and not _is_person_noun(key) and (_norm(token.text) in self.title_words or _norm(token.lemma_) in
                                              self.title_words or _norm(token.lemma_) + "s" in self.title_words):
                    self.topic.append(key)
            terms.sort(key=lambda tk: (tk[0].i in aside, -tk[0].i))
            self.segments.append((segment[0].idx, [(t.idx, key) for t, key in terms]))

    def before(self, char: int) -> tuple[str, ...]:
        """The terms of the nearest sentences before ``char``, then :data:`FAR` and the terms of the rest of
        the article before them (nearest first), then of its opening paragraph, which names what the article
        is about: "the plans" ten sentences on still refers to what the story is about."""
        near: list[str] = []
        far: list[str] = []
        taken = 0
        for start, terms in reversed(self.segments):
            if start >= char:
                continue
            found = near if taken < self.sentences else far
            for position, lemma in terms:
                if position < char and lemma not in near and lemma not in far:
                    found.append(lemma)
            taken += 1
        for _, terms in self.segments[:2]:
            far.extend(lemma for _, lemma in terms if lemma not in near and lemma not in far)
        return (*near, FAR, *self.topic, TOPIC_END, *far)


def _title_words(analysis: ArticleAnalysis) -> dict[str, set[str]]:
    """{actor: the lower-case words of its titles and roles} ("chamber", "chief", "executive" for "Chamber chief
    executive Lucy Tran")."""
    found: dict[str, set[str]] = defaultdict(set)
    for mention in analysis.mentions:
        if mention.title:
            found[analysis.names.get(mention.text, mention.text)].update(re.findall(r"[a-z]+", mention.title.lower()))
    for name, roles in analysis.roles.items():
        for role in roles:
            found[name].update(re.findall(r"[a-z]+", role.text.lower()))
    return found


def _party_words(analysis: ArticleAnalysis) -> dict[str, frozenset[str]]:
    """{actor: the stems of the words, capitalised in a title or role, just before a word for a person: "labour" of
    "Labour leader", "conservativ" of "The Conservative leader"}: the body the actor leads or speaks for, by its
    name."""
    people = _people_words()
    found: dict[str, set[str]] = defaultdict(set)
    texts = [(analysis.names.get(m.text, m.text), m.title) for m in analysis.mentions if m.title]
    texts += [(name, role.text) for name, roles in analysis.roles.items() for role in roles]
    for name, text in texts:
        for word, after in re.findall(r"\b([A-Z][\w'-]+) +([a-z]+)\b", text):
            if _norm(after) in people and _norm(word) not in people:
                found[name].add(stem(_norm(word)))
        # a title in capitals throughout: the name before the first word for a person ("Patriotic Front" of
        # "Patriotic Front Secretary General"), by its words and by its initials ("PF")
        words = text.split()
        first = next((n for n, word in enumerate(words) if _norm(word) in PARTY_OFFICES), 0)
        run = words[:first]
        if len(run) >= 2 and all(w[:1].isupper() and _norm(w) not in people for w in run):
            found[name] |= {stem(_norm(w)) for w in run} | {"".join(w[0] for w in run).lower()}
    return {name: frozenset(words) for name, words in found.items()}


def _officials(title_words: Mapping[str, set[str]]) -> set[str]:
    """Actors whose title or role makes them speak for an institution ("Transport minister Lucy Grant said the
    government would not block ..." states the minister's own position, not a prediction)."""
    return {name for name, words in title_words.items() if OFFICIAL_WORDS & words}


def _own_bodies(words: set[str]) -> frozenset[str]:
    """The words of an actor's titles and roles that name a body, not a person: "the chamber", said by the
    chamber's chief executive, is her own side; "the minister", said by a deputy minister, is someone else."""
    people = _people_words()
    return frozenset(w for w in words if len(w) > 3 and w not in people and w.rstrip("s") not in people
                     and not w.endswith(PERSON_SUFFIXES) and w not in GENERIC_NOUNS)


def _names_own_body(holder, parties) -> bool:
    """Whether a name ("Labour", "the Conservatives") is the body an actor's title names by its word ("Labour
    leader", "the Conservative leader", see :func:`_party_words`): said by that leader, the party's stance is the
    leader's own."""
    # (a person is no body: "Trump adviser X said Trump would veto it" is what X says of Trump)
    return holder.pos_ == "PROPN" and holder.ent_type_ != "PERSON" and stem(holder.text) in parties


def _own_members(holder, parties) -> bool:
    """"All PF members of parliament would vote for the bill", "Labour MPs", said by the party's secretary general
    or leader (see :func:`_party_words`): the members of the body the speaker leads, the speaker's own side."""
    # (the model tags "MPs" a proper noun)
    return holder.pos_ in ("NOUN", "PROPN") and _norm(holder.text).removesuffix("s") in MEMBER_NOUNS and any(
        c.dep_ == "compound" and _names_own_body(c, parties) for c in holder.children)


def _others_believe(verb) -> bool:
    """"many believe", "some fear", "others say": the subject is people other than whoever reports it."""
    subject = _subject(verb)
    return subject is not None and _norm(subject.text) in PEOPLE_PRONOUNS - {"all"}


def _speaks_for_others(verb) -> bool:
    subject = _subject(verb)
    return subject is not None and _norm(subject.text) not in FIRST_PERSON and (
        subject.pos_ == "PRON" or _is_third_party(subject) or _norm(subject.lemma_) in ("many", "some", "few")
        # "the airlines say a ban would ...": a body (or a noun for people) speaking
        or _norm(subject.lemma_) in _holder_nouns() and _norm(verb.lemma_) in SPEECH_VERBS
    )


def _in_subject(token) -> bool:
    """Whether ``token`` is a subject or lies in one, through prepositions and appositions ("three" of "Mori, one
    of the three", "The member for Lamgong, Yeshey Lhamo, one of the three")."""
    for _ in range(8):
        if token.dep_.startswith("nsubj"):
            return True
        if token.dep_ not in ("pobj", "prep", "appos") or token.head.i == token.i:
            return False
        token = token.head
    return False


# Nouns for who speaks for a body without a name of their own: "a spokesperson said", "its chief executive said"
_VOICE_NOUNS = frozenset("spokesperson spokesman spokeswoman representative statement".split())


def _own_voice(speaker, subject) -> bool:
    """Whether the reporter of a body's clause is that body's own unnamed voice: "its chief executive", "their
    spokesman", "a spokesperson", "the company" said -- the body's statement, not a claim made about it. The
    reported clause's subject is a name ("Nordmejeri", "the Danish Dairy Board"), and the reporter has none."""
    if speaker.pos_ != "NOUN" or subject.pos_ != "PROPN" or any(c.pos_ == "PROPN" for c in speaker.subtree):
        return False
    owned = _its(speaker)
    voice = _norm(speaker.lemma_) in _VOICE_NOUNS and not any(
        c.dep_ == "prep" and _norm(c.text) in ("for", "of") for c in speaker.children)
    body = _is_body_noun(speaker.lemma_) and any(c.dep_ == "det" and _norm(c.text) == "the" for c in speaker.children)
    return owned or voice or body


def _reported_by_other(token, subject) -> bool:
    """Whether ``token`` sits in a clause reported by a speech verb whose subject is someone else."""
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.dep_ == "relcl" and _in_subject(node.head):
            # "Okafor, who voted against it, said ...", "Mori, one of the three who voted against, said ...": a
            # clause about the speaker, not said by another
            return False
        if node.dep_.startswith("nsubj") and node.i == token.i and _norm(token.lemma_) in STANCE_AGENT_NOUNS:
            return False  # "The levy's fiercest critic, Senator Reyes, said ...": the speaker's own description
        low, high = sorted((node.head.i, token.i))
        if any(t.text in (".", "?", "!") for t in token.doc[low + 1:high]):
            # "What does the Federal Council say? The Federal Council recommends ...": the parser hung the answer
            # on the question's verb; a sentence is no one's report of the next
            return False
        if node.dep_ == "conj" and _norm(node.head.lemma_) in STATEMENT_VERBS and any(
                c.dep_.startswith("nsubj") for c in node.children):
            return False  # "The BWP argued for a date, and it urged MPs to pass the law": a clause beside the report
        node = node.head
        if _norm(node.lemma_) in STATEMENT_VERBS and node.pos_ == "VERB":
            speaker = _subject(node)
            up = node
            while speaker is None and up.dep_ in ("acl", "advcl") and up.head.i != up.i:
                up = up.head  # "a screenshot (circulated last week) claiming the mayor would veto it": its claim
                speaker = up if up.pos_ in ("NOUN", "PROPN") else _subject(up)
            if speaker is not None and speaker.dep_ == "nsubjpass":
                continue  # "X had been reported to be ...": hearsay about X; who reports it is further up
            if speaker is not None and speaker.i == subject.i:
                continue  # "Javed claimed the minister accepted ... and was pushing the bill": still Javed's claim
            if speaker is not None and _own_voice(speaker, subject):
                return False  # "Nordmejeri will not oppose the levy, its chief executive said": its own words
            return speaker is not None and speaker.i != subject.i and _norm(speaker.text) not in FIRST_PERSON
    return False


def _resolve_pronoun(subject, last_person: str | None, spans=()) -> str | None:
    """"Moore said he supported ...": the speaker of the reporting verb above the pronoun; else ("He said
    ...") the last person who was the subject of a sentence outside quotes."""
    if _norm(subject.text) not in ("he", "she"):
        return None
    node = subject
    for _ in range(12):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ == "VERB" and _norm(node.lemma_) in REPORTING_VERBS:
            speaker = _subject(node)
            if speaker is not None and speaker.i != subject.i:
                name, _ = _actor_of_subject(speaker, spans)
                if name:
                    return name
                break
    return last_person


def _done_by_subject(verb) -> bool:
    """Whether a verb tells what its subject did or does, in a main clause: "postponed the election", "has scrapped
    the levy" (not "to postpone the vote", "should drop it", "did not repeal it", nor a clause said of another)."""
    if verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
        verb = verb.head
    if verb.dep_ != "ROOT" or _is_negated(verb) or _is_to_infinitive(verb):
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and _norm(c.text) in ("has", "have", "had", "will", "would") for c in verb.children)


def _according_to(token):
    """The one named by "according to" at the head of a clause ("According to Senator Pena, the bill ..."), or
    None: the clause is what they say."""
    if _norm(token.text) != "according" or token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((o for p in token.children if p.dep_ == "prep" and _norm(p.text) == "to"
                 for o in p.children if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "ORG"))),
                None)


# Verbs of mounting something against a measure ("collected signatures against it", "made the case against it",
# "launched a campaign against it"): the subject's stance (not "received the petition against it", "heard the case
# against it", "dropped the case against it", "filed charges against the organisers")
_MOUNTING_VERBS = frozenset("collect gather make build mount launch cast stage rally organise organize lead".split())


def _statement_predicate(token) -> str | None:
    """How ``token`` can make a statement of its subject (or agent): "speech" for a verb of saying or
    thinking, "attitude" for an attitude verb or adjective ("backed the bill", "opposed to it"), "light" for
    a verb whose object is an attitude ("repeated his call for", "joined calls for"), "characterise" for a
    verb that judges its object ("branded the scheme a waste"), "noun" for an attitude noun with an agent
    ("a call by X to publish"); None otherwise."""
    lemma = _norm(token.lemma_)
    if _according_to(token) is not None:
        return "speech"  # "According to Senator Pena, the bill is a disaster": what he says
    _, kind, _ = _lexical_polarity(token)
    if token.pos_ == "VERB" and lemma in CHARACTERISING_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") for c in token.children
    ):
        return "characterise"
    if token.pos_ == "VERB" and lemma in STATEMENT_VERBS:
        return "speech"
    if kind == "attitude" and token.pos_ in ("VERB", "ADJ"):
        return "attitude"
    if lemma in DELAYING_WORDS and token.pos_ == "VERB" and _done_by_subject(token) \
            and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children):
        # "postponed the election": the actor's delay is where it stands on delaying it (not any act that ends
        # something: "prosecutors dropped the investigation" reports an event, no side taken in a debate)
        return "attitude"
    if token.pos_ == "VERB" and (any(c.dep_ == "prep" and _norm(c.text) == "against" for c in token.children)
                                 or _law_taken_over(token) is not None):
        return "attitude"  # "has come out against the ban", "stood firm against the levy", "sued over the law"
    if token.pos_ == "VERB" and _norm(token.lemma_) in _MOUNTING_VERBS and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and not _is_negated(c) and not any(
                _norm(d.text) == "no" for d in c.children) and any(
                p.dep_ == "prep" and _norm(p.text) == "against" for p in c.children) for c in token.children):
        return "attitude"  # "collected 5,000 signatures against the bill", "made the case against it"
    if token.pos_ == "VERB" and _norm(token.lemma_) in BACKING_HEADS and any(
            c.dep_ == "prep" and _norm(c.text) == "behind" and _lexical_polarity(c)[1] == "attitude"
            for c in token.children):
        return "attitude"  # "threw his weight behind the reform", "rallied behind the bill"
    if kind == "attitude" and token.pos_ == "NOUN" and _agent(token) is not None:
        return "noun"
    if kind == "attitude" and token.pos_ == "NOUN" and lemma in STANCE_AGENT_NOUNS:
        return "agent noun"
    if kind == "attitude" and token.pos_ == "NOUN" and _owner_of_attitude(token) is not None:
        return "owned noun"
    if token.pos_ == "VERB" and lemma in HOLDING_VERBS and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and _lexical_polarity(c)[1] == "attitude" for c in token.children
    ):
        return "light"
    return None


def _manner_before(prep):
    """The manner noun an "at"/"against"/"over" the parser hung on the verb follows ("in protest | at the
    closures", "in support | of ..."): an attitude noun without a determiner, the object of "in", just before it."""
    if prep.dep_ != "prep" or _norm(prep.text) not in ("at", "against", "over") or prep.i == 0:
        return None
    manner = prep.doc[prep.i - 1]
    if (manner.pos_ == "NOUN" and _in_bare(manner) and _lexical_polarity(manner)[1] == "attitude"
            and prep.head.i != manner.i):
        return manner
    return None


def _in_bare(noun) -> bool:
    """Whether ``noun`` is the object of "in" without a determiner or an owner: "in protest", "in support"."""
    return (noun.dep_ == "pobj" and _norm(noun.head.text) == "in"
            and not any(c.dep_ in ("det", "poss") for c in noun.children))


def _is_manner_of_act(noun) -> bool:
    """"in protest against the sale", "in support of the strike": an attitude noun without a determiner, the
    object of "in" that modifies a verb of doing, naming what it is on."""
    prep = noun.head
    return (_in_bare(noun) and prep.dep_ == "prep" and prep.head.pos_ == "VERB"
            and _norm(prep.head.lemma_) not in STATEMENT_VERBS and not _lexical_polarity(prep.head)[0]
            and (any(c.dep_ == "prep" and _norm(c.text) in ("against", "to", "of", "at", "over", "for") for c in noun.children)
                 # ("walked out in protest | at the plan": the "at" the parser hung on the verb)
                 or any(getattr(_manner_before(c), "i", None) == noun.i for c in prep.head.children)))


def _owner_of_attitude(noun):
    """"has made no secret of his opposition to the merger", "never hid her support for the ban": an attitude
    noun its holder's pronoun owns, under verbs that take no stance of their own, says the holder holds it. The
    subject of the clause the pronoun stands for, else None (and None under any verb that is a cue or a statement
    of its own: "reiterated his opposition", "withdrew his support" are read through that verb)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and _is_manner_of_act(noun):
        # "walked out in protest against the sale", "marched in support of the strikers": the one who acts so
        subject = _subject(noun.head.head)
        return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None
    if owner is None or owner.pos_ != "PRON" or _norm(owner.text) not in ("his", "her", "their", "its"):
        return None
    if not any(c.dep_ == "prep" and _norm(c.text) in ("to", "for", "of") for c in noun.children):
        return None  # the attitude must name what it is on
    node = noun
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX", "ADJ") and (_lexical_polarity(node)[0] or _statement_predicate(node) is not None):
            return None
        if node.pos_ in ("VERB", "AUX"):
            # the verb whose object it is, said of its subject as a fact ("could repair it by reaffirming his
            # commitment" is advice, the holder's pronoun in another's clause)
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ not in ("PROPN", "NOUN") or any(
                    c.dep_ == "aux" and _norm(c.text) in ("could", "would", "should", "might", "may", "must")
                    for c in node.children):
                return None
            return subject
    return None


# Verbs of leading a collective act: "opposition to the bill is led by X" is X's
LEADING_ACTS = lexicon.words("leading_acts")
# Verbs by which a thing has someone's attitude: "has the support of", "won the backing of"
HAVING_VERBS = lexicon.words("having_verbs")
# Verbs of putting out a text: "signed a letter backing the bill", "issued a statement opposing it"
AUTHORING_VERBS = lexicon.words("authoring_verbs")


def _written_by_others(text_noun) -> bool:
    """Whether a text is said to be someone else's ("delivered a letter from doctors", "a statement by the union",
    "a petition signed by 12,000 parents"): who sends it on does not hold what it asks (not a place it comes from,
    nor the subject's own members: "a statement from its headquarters", "a petition signed by its members")."""
    def others(preposition) -> bool:
        return any(o.dep_ == "pobj" and not any(_norm(p.text) in ("its", "their", "our", "his", "her")
                                                for p in o.children if p.dep_ == "poss")
                   and (o.ent_type_ in ("PERSON", "ORG", "NORP") or o.pos_ == "NOUN" and _is_person_noun(o.lemma_))
                   for o in preposition.children)

    for child in text_noun.children:
        if child.dep_ == "prep" and _norm(child.text) in ("from", "by") and others(child):
            return True
        if child.dep_ == "acl" and child.tag_ == "VBN" and any(a.dep_ == "agent" and others(a) for a in child.children):
            return True
    return False


def _agent(noun):
    """The agent of an attitude noun: "a call by X", "calls from X" (never the possessor, which is the holder
    the polarity machinery already reads); and "the support of X" that a measure has, wins or enjoys."""
    if noun.dep_ == "nsubjpass" and _norm(noun.head.lemma_) in LEADING_ACTS:
        # "Opposition to the bill is led by Senator Cruz", "the campaign against it is spearheaded by the union"
        agent = _passive_agent(noun.head)
        if agent is not None and (agent.pos_ == "PROPN" or agent.ent_type_ in ("PERSON", "ORG", "NORP")):
            return agent
    if noun.dep_ == "dobj" and _norm(noun.head.lemma_) in HAVING_VERBS:
        # "the bill has the support of Senator Rios", "won the backing of the Chamber of Mines"
        for prep in noun.children:
            if prep.dep_ == "prep" and _norm(prep.text) == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP")):
                        return obj
    heads = [noun] + [obj for prep in noun.children if prep.dep_ == "prep" and _norm(prep.text) == "of"
                      for obj in prep.children if obj.dep_ == "pobj"]
    for head in heads:  # "an offer of talks from Kim": the parser may hang the agent on the complement
        for child in head.children:
            if child.dep_ in ("prep", "agent") and _norm(child.text) in ("by", "from"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ in ("PROPN", "NOUN"):
                        return obj
    return None


def _acts_of_named(tokens, spans, author: str) -> set[int]:
    """Tokens of relative clauses that say what another named actor does or holds ("Hon. Efua Mensah, who led the
    walkout against the project"): in a column, that actor's stance, not its author's."""
    found: set[int] = set()
    for token in tokens:
        if token.dep_ != "relcl" or token.head.i == token.i:
            continue
        named = _actor_at(token.head, spans)
        if named and named != author and any(c.dep_ in ("nsubj", "nsubjpass") and _norm(c.text) in RELATIVE_PRONOUNS
                                             for c in token.children):
            found |= {t.i for t in token.subtree}
    return found


def _narrated_acts(tokens, spans, author: str) -> set[int]:
    """Tokens of clauses in which a column tells what another party did ("the council voted last week to sell
    51 percent of BayBus", "when the minister signed the order"): that party's act, not its author's stance,
    unless the author's own cue judges it ("I am glad the council voted to sell")."""
    found: set[int] = set()
    for token in tokens:
        if token.pos_ not in ("VERB", "AUX") or token.tag_ not in ("VBD", "VBN") or token.i in found:
            continue  # (and "Bolsonaro was quick to annul the act": a copula telling of an act)
        if token.pos_ == "AUX" and any(c.dep_ in ("acomp", "attr") and (_lexical_polarity(c)[0] or _rated(c))
                                       for c in token.children):
            continue  # "the council was wrong to count them", "Ethiopia was right to resist it": the author's verdict
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None or _norm(subject.text) in FIRST_PERSON:
            continue
        named = _actor_at(subject, spans)
        third = (named is not None and named != author) or (
            subject.pos_ == "NOUN" and (_is_body_noun(subject.lemma_) or _is_person_noun(subject.lemma_))
            and any(c.dep_ == "det" and _norm(c.text) in ("the", "a") for c in subject.children))
        if not third or any(_lexical_polarity(a)[0] or _norm(a.lemma_) in RECOMMENDING_MODALS for a in token.ancestors):
            continue
        if any(c.dep_ == "aux" and _norm(c.text) in RECOMMENDING_MODALS for c in token.children):
            continue  # "the council should have voted to sell": the author's advice
        found |= {t.i for t in token.subtree}
    return found


def _own_claim(noun) -> bool:
    """"my view that ...", "I have come to the view that ...", "we take the view that ...": the claim is the
    speaker's own (first person), not what others claim; so is what a speaker says "in a statement that ..."."""
    if any(c.dep_ == "poss" and _norm(c.text) in ("my", "our") for c in noun.children):
        return True
    if _said_in(noun) is not None:
        return True
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and _norm(c.text) in ("i", "we")
                                                 for c in verb.children)


def _said_in(noun):
    """The verb of saying whose words ``noun`` holds, where the parser hangs what was said on the noun: "said in a
    statement that the code was unworkable", "wrote in a letter that ..."; else None."""
    verb = noun.head.head if noun.dep_ == "pobj" and _norm(noun.head.text) == "in" else None
    if (verb is None or verb.pos_ != "VERB" or _norm(verb.lemma_) not in STATEMENT_VERBS
            or _norm(noun.lemma_) not in NOMINAL_SPEECH | WRITTEN_WORDS):
        return None
    return verb


def _claims_of_others(tokens) -> set[int]:
    """Tokens that state what someone else claims: the content of "myths that ...", "fears that ...",
    "the suggestion that ...", and what someone is accused of ("accused critics of spreading ...")."""
    found: set[int] = set()
    for token in tokens:
        lemma = _norm(token.lemma_)
        if token.pos_ == "NOUN" and lemma in CLAIM_NOUNS and not _own_claim(token):
            for child in token.children:
                if child.dep_ in ("acl", "ccomp", "relcl") and any(c.dep_ == "mark" for c in child.children):
                    found |= {t.i for t in child.subtree}
        if (token.pos_ == "VERB" and lemma in TOLD_VERBS and token.tag_ == "VBN"
                and any(c.dep_ == "nsubjpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children)):
            # "We are told the shops will be free to stay closed": what unnamed others tell us
            for child in token.children:
                if child.dep_ in ("ccomp", "xcomp"):
                    found |= {t.i for t in child.subtree}
        if token.pos_ == "VERB" and lemma in ACCUSING_VERBS:
            for prep in token.children:
                # "of"/"for" what they are accused; "by" how ("accused critics of ... by claiming X would ...");
                # but an act that takes a side is judged by the accusation ("criticised the council for scrapping
                # the levy" is for the levy)
                if prep.dep_ == "prep" and _norm(prep.text) in ("of", "for", "by") and not any(
                        _judged_for(act) is not None for act in prep.children):
                    found |= {t.i for t in prep.subtree}
    return found


# Nouns for a part of an organisation that speaks for it ("Its assembly group said ...", "its board voted ...")
ORGAN_NOUNS = frozenset("group board members executive branch wing caucus delegation leadership".split())


# Nouns for who speaks for an organisation as "its ...": "its leaders said", "its spokeswoman said"
_OWN_VOICES = frozenset("leader spokesperson spokesman spokeswoman".split())


def _its(noun) -> bool:
    """Whether ``noun`` is owned by "its" or "their" ("its board", "its president"): of the body named before."""
    return any(c.dep_ == "poss" and _norm(c.text) in ("its", "their") for c in noun.children)


def _holders(subject, spans, last_person: str | None, last_organisation: str | None = None
             ) -> list[tuple[str, set[int]]]:
    """The actors a subject names, with the tokens that stand for each: every conjunct of a coordinated
    subject ("The Conservatives and Liberal Democrats say ..."), a pronoun resolved to its referent, an organ of
    the organisation the sentence before was about ("Its assembly group said ...": ``last_organisation``), or
    that organisation as "it" in the next sentence's main clause."""
    if last_organisation and subject.pos_ == "NOUN" and _its(subject) and (
            _norm(subject.lemma_) in ORGAN_NOUNS
            # "its provincial leaders said", "its spokesman said" (not "Its leader, Kemal Kılıçdaroğlu, said")
            or _norm(subject.lemma_) in _OWN_VOICES and not any(c.dep_ == "appos" for c in subject.children)):
        return [(last_organisation, {subject.i})]
    if (last_organisation and _norm(subject.text) == "it" and subject.dep_ == "nsubj" and subject.head.dep_ == "ROOT"
            and not any(c.dep_ == "expl" for c in subject.head.children)):
        # "The commission published its report on Friday. It recommended against approval.": the body the
        # sentence before was about
        return [(last_organisation, {subject.i})]
    if _norm(subject.text) == "it" and subject.dep_ == "nsubj" and subject.head.dep_ == "conj":
        # "The BWP has long argued for a fixed date, and it urged the Bundestag to pass the law": the body the first
        # clause's subject names (no person is "it")
        first = subject.head.head
        earlier = next((c for c in first.children if c.dep_ == "nsubj"), None)
        # (the first verb a report, naming no other body "it" may be: not "lobbied the Senate, and it rejected ...")
        others = [t for c in first.children if c.dep_ in ("dobj", "dative", "prep") for t in c.subtree
                  if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP") or _is_body_noun(t.lemma_)]
        if earlier is not None and earlier.ent_type_ != "PERSON" and earlier.pos_ in ("PROPN", "NOUN") \
                and _norm(first.lemma_) in STATEMENT_VERBS and not others:
            name, holder_tokens = _actor_of_subject(earlier, spans)
            if name is not None:
                return [(name, holder_tokens | {subject.i})]
    found = []
    clause = subject.head
    if _norm(subject.text) in RELATIVE_PRONOUNS and clause.dep_ == "relcl" and clause.head.i != clause.i:
        # "Brent Okafor, who voted against the agreement, said ...": the relative clause's holder is its antecedent,
        # up through a role's preposition and apposition ("Ng Siew Ling, the member for a George Town seat, who")
        named = [(antecedent, *_actor_of_subject(antecedent, spans)) for antecedent in role_antecedents(clause.head)]
        named = [(antecedent, name, tokens) for antecedent, name, tokens in named if name is not None]
        if len(named) > 1:
            # "Kubanychbek Sultanov, the deputy for Aksy, who said", "The member for Lamgong, Yeshey Lhamo, one of the
            # members who voted": the relative clause after a role set off in apposition says something of the
            # person the role describes, not of what the role is for (the object of its preposition)
            named = [n for n in named if not (n[0].dep_ == "pobj" and n[0].head.dep_ == "prep")] or named
        if named:
            return [(named[0][1], named[0][2] | {subject.i})]
        member = _member_of(clause.head)
        if member is not None:
            name, holder_tokens = _actor_of_subject(member, spans)
            if name is not None:
                return [(name, holder_tokens | {subject.i})]
        return []
    for head in [subject, *(c for c in subject.conjuncts if c.i > subject.i)]:
        name, holder_tokens = _actor_of_subject(head, spans)
        if name is None and head.pos_ == "PRON":
            name = _resolve_pronoun(head, last_person, spans)
            holder_tokens = {head.i} if name else set()
        if name is None and head.pos_ in ("NOUN", "PROPN"):
            name = _named_by_head(head, spans)
            holder_tokens = {head.i} if name else set()
        if name is None:
            found += [(example, tokens) for example, tokens in _named_examples(head, spans)
                      if all(example != known for known, _ in found)]
        if name is not None and all(name != known for known, _ in found):
            found.append((name, holder_tokens | {subject.i}))
    return found


def _examples(group) -> list:
    """The examples a group noun names: "critics, including Senator Dube", "groups such as Greenpeace", "parties
    like the Greens" (the objects of those prepositions, not their conjuncts)."""
    return [o for prep in group.children if prep.dep_ == "prep" and (
        _norm(prep.text) in ("including", "like")
        or _norm(prep.text) == "as" and any(_norm(c.text) == "such" for c in prep.children))
        for o in prep.children if o.dep_ == "pobj"]


def _named_examples(group, spans) -> list[tuple[str, set[int]]]:
    """The actors named as examples of a plural group that is a subject ("Critics, including the opposition
    leader John Dube, say ...", "Several groups, including Greenpeace and the Farmers Union, have criticised
    it"): what the group says or does, each of them does."""
    if group.pos_ != "NOUN" or group.tag_ != "NNS":
        return []
    found = []
    for example in _examples(group):
        for member in (example, *example.conjuncts):
            name, tokens = _actor_of_subject(member, spans)
            if name is not None and all(name != known for known, _ in found):
                found.append((name, tokens | {group.i}))
    return found


def _member_of(group):
    """Who is said to belong to ``group`` ("X was among the 61 members who voted against the bill", "X was one of
    three senators who opposed it"): the subject of that "be", else None."""
    if group.dep_ != "pobj" or _norm(group.head.text) not in ("among", "of"):
        return None
    head = group.head.head
    if _norm(head.text) == "one" and head.dep_ == "appos" and head.head.pos_ in ("PROPN", "NOUN"):
        return head.head  # "Daisuke Mori, one of the three who voted against, said ...": Mori is one of them
    if _norm(head.text) == "one" or head.pos_ == "NUM":
        head = head.head
    if head.lemma_ != "be":
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def _named_by_head(noun, spans) -> str | None:
    """"the council", "the association": the name mentioned last before it whose head word the noun is
    ("Mining Investors' Council of Kenya", "the Gulf Anglers' Association"); only a bare "the" noun, or the
    name's own last word capitalised ("the Sangha" of the Suryapuri Krushak Sangha)."""
    if noun.text != noun.text.lower() and not (noun.text.istitle() and noun.pos_ == "PROPN" and not _actor_at(noun, spans)):
        return None
    # "the association", or "the riders' association" with words of the name before it
    modifiers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
    determiners = [c for c in (*noun.children, *(d for m in modifiers for d in m.children)) if c.dep_ == "det"]
    if [_norm(d.text) for d in determiners] != ["the"] or len(list(noun.children)) != len(modifiers) + (
            determiners[0].head.i == noun.i):
        return None
    word = _norm(noun.text)
    for start, _, name in reversed(spans):
        if start < noun.idx and " " in name and _norm(name_head(name)) == word and all(
                _norm(m.text).rstrip("'’") in {_norm(w) for w in name.split()} for m in modifiers):
            return name
    return None


def _with_hyphenated_words(doc):
    """A copy of ``doc`` where a policy word written with a hyphen ("phase-out", "roll-back") is one token,
    with the part of speech and the place in the parse of its last part and the whole as its lemma: the
    model reads "the phase-out" as a noun "out", which says nothing. Other stages keep the original parse."""
    spans = []
    i = 0
    while i < len(doc) - 2:
        first, hyphen, last = doc[i], doc[i + 1], doc[i + 2]
        if (hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_ and first.is_alpha
                and last.is_alpha and last.pos_ == "NOUN" and not first.ent_type_ and not last.ent_type_
                and f"{first.lower_}-{last.lower_}" in HYPHENATED_POLICY):
            spans.append((i, i + 3))
            i += 3
        else:
            i += 1
    if not spans:
        return doc
    doc = doc.copy()
    with doc.retokenize() as retokenizer:
        for start, end in spans:
            span = doc[start:end]
            root = doc[end - 1]
            lemma = f"{doc[start].lower_}-{root.lower_}"
            retokenizer.merge(span, attrs={"LEMMA": lemma, "POS": root.pos_, "TAG": root.tag_, "DEP": root.dep_})
    return doc


def _with_gerund_objects(doc):
    """A copy of ``doc`` where the object of a gerund subject that the model made the subject of the gerund's verb
    ("scrapping it would hurt farmers", "repealing the law would tie the hands of the police": "it" and "law" parsed
    as the subjects of "hurt" and "tie", beside the gerund) is the gerund's object. The original doc is kept when
    there is none."""
    found = []
    for gerund in doc:
        if gerund.dep_ != "csubj" or gerund.tag_ != "VBG" or any(c.dep_ == "dobj" for c in gerund.children):
            continue
        subject = next((c for c in gerund.head.children if c.dep_ == "nsubj" and c.i > gerund.i), None)
        if subject is not None and subject.left_edge.i == gerund.i + 1:
            found.append((gerund.i, subject.i))
    if not found:
        return doc
    doc = doc.copy()
    for gerund, subject in found:
        doc[subject].head, doc[subject].dep_ = doc[gerund], "dobj"
    return doc


def _with_nominal_gerunds(doc):
    """A copy of ``doc`` where a gerund the model tagged a verb but that a determiner makes a noun ("she considered
    the ruling unjust", "after the hearing") is the noun it is, its lemma the word as written: "ruling", not
    "rule". The original doc is kept when there is none."""
    found = [t.i for t in doc if t.tag_ == "VBG" and t.pos_ == "VERB" and t.text.isalpha()
             and (any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that") and c.i < t.i for c in t.children)
                  or t.i > 0 and doc[t.i - 1].lower_ in ("the", "this") and t.dep_ in ("amod", "compound"))
             and not any(c.dep_ in ("dobj", "nsubj", "aux", "auxpass") for c in t.children)]
    if not found:
        return doc
    doc = doc.copy()
    for i in found:
        token = doc[i]
        token.pos_, token.tag_, token.lemma_ = "NOUN", "NN", token.lower_
    return doc


@functools.lru_cache(maxsize=1)
def _holder_nouns() -> frozenset[str]:
    """Nouns for people and for bodies of people ("campaigner", "group", "charity"), lower case."""
    gazetteer = load_gazetteer()
    return _people_words() | HUMAN_GROUPS | {_norm(n) for n in gazetteer.organization_nouns}


@functools.lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    """The gazetteer's nouns and titles for people, lower case."""
    gazetteer = load_gazetteer()
    return frozenset(gazetteer.person_nouns | {_norm(t) for t in gazetteer.person_titles})


# The small words inside a proper name ("the Prevention of Terrorism Bill", "Foreign Affairs and Trade")
NAME_LINKS = ("and", "of", "for", "&")


def _proper_names_of_nouns(doc) -> dict[str, Counter]:
    """{noun lemma: the proper names the article gives it, counted}: a noun with capitalised names before it ("the
    Sentravue Systems contract", "the Compulsory Service Bill"); :func:`_most_used` picks one."""
    found: dict[str, Counter] = defaultdict(Counter)
    for token in doc:
        if token.pos_ != "NOUN" or not token.text.islower() or token.ent_type_ in _PEOPLE_ENTS:
            continue  # a common noun named by proper nouns before it
        words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i
                 and (c.pos_ == "PROPN" or c.text[:1].isupper()) and c.ent_type_ not in ("DATE", "TIME", "GPE")]
        if not words or _owned_by_a_house(token, words):
            continue
        first = _hyphen_start(doc, min(w.left_edge.i for w in words))
        if doc[first].is_sent_start and doc[first].pos_ == "DET":
            first += 1
        name = doc[first : token.i + 1].text
        if "\n" not in name and not doc[first].is_punct:
            found[_norm(token.lemma_)][name] += 1
    # a capitalised noun the article also writes in lower case ("Bill" / "the bill") ending a run of capitalised
    # words: the parse of such names is often broken ("the Medical and Dental Graduates (Compulsory Service) Bill")
    common = {t.lower_: _norm(t.lemma_) for t in doc if t.pos_ == "NOUN" and t.text.islower()}
    common.update((noun, noun) for noun in ANAPHORIC_NOUNS | LEGISLATIVE_NOUNS)
    for token in doc:
        lemma = common.get(token.lower_)
        if lemma is None or not token.text[:1].isupper() or token.i == 0 or doc[token.i - 1].text in (".", "!", "?", ":") \
                or "\n" in doc[token.i - 1].whitespace_ + doc[token.i - 1].text:
            continue  # capitalised as a sentence's first word
        end = _designation_end(token)
        after = doc[end] if end < len(doc) else None
        if after is not None and after.is_alpha and after.text[:1].isupper() and end == token.i + 1:
            continue  # "Bill Clinton": not the end of a name
        if doc[token.i - 1].lower_ in NAME_LINKS and token.i >= 2 and doc[token.i - 2].text[:1].isupper():
            continue  # "the Ministry of Foreign Affairs and Trade", "the Department of Education": what a body deals
            # with, not a name of the trade (a measure's name ends on its own noun: "the Prevention of Terrorism Bill")
        first = token.i
        while first > 0 and "\n" not in doc[first - 1].whitespace_ and (
            doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha
            or doc[first - 1].lower_ in (*NAME_LINKS, "(", ")") and first - 2 >= 0 and doc[first - 2].text[:1].isupper()
            or _hyphen_start(doc, first) < first and doc[first - 2].text[:1].isupper()  # "the Last-Mile Delivery Levy"
        ):
            first -= 1
        while first < token.i and (doc[first].lower_ in ("the", *NAME_LINKS, "(", ")")):
            first += 1
        capitals = sum(t.text[:1].isupper() for t in doc[first : token.i]) + (end > token.i + 1)  # "Bill 41"
        words = [t.text for t in doc[first : token.i + 1]]
        if capitals >= 1 and words.count("(") == words.count(")") and not (after is not None and after.text == ")"):
            found[lemma][doc[first : end].text] += 1
    # (not a name in capitals, "HOUSE BILL", nor one cut at a spaced dash)
    return {lemma: kept for lemma, names in found.items()
            if (kept := Counter({n: c for n, c in names.items() if not n.isupper() and " - " not in n}))}


def _most_used(names: Mapping[str, Counter]) -> dict[str, str]:
    """{noun lemma: the name used most, then the longest}."""
    return {lemma: max(kept, key=lambda n: (kept[n], len(n))) for lemma, kept in names.items()}



# Nouns of a legislature's measure: an article that names one bill speaks of it as "the legislation" too
LEGISLATIVE_NOUNS = frozenset("bill act law legislation measure ordinance proposition".split())
# Measures as instruments, not happenings ("the bill", "the levy", "the plan"; not "the closure", "the hike", which a
# delay keeps from happening)
_INSTRUMENTS = LEGISLATIVE_NOUNS | AGREEMENT_NOUNS | frozenset(
    "tax levy fee charge duty tariff toll surcharge plan scheme policy regulation proposal".split())


def _with_one_law(names: dict[str, str], every: Mapping[str, Counter], text: str | None = None) -> dict[str, str]:
    """An article that names one legislative measure (the "Gaming Machines Amendment (Harm Reduction) Bill", "Bill
    41") means it by "the legislation", "the measure" and "the law" too: those nouns take its name (``every``: all
    the names the article gives each noun; two acts named, no noun takes either)."""
    counts = Counter({name: n for noun, found in every.items() if noun in LEGISLATIVE_NOUNS for name, n in found.items()})
    if len(counts) == 2 and text is not None and _one_law_twice_named(*counts, text):
        # "Bill 41, the Post-Secondary Sustainability Act": one law, by its number and its title
        # (on a tie the number, which the debate's other stories write too: "Senate Bill 214" more than its title)
        law = max(counts, key=lambda n: (counts[n], _designated(n)))
        return {**{noun: law for noun in LEGISLATIVE_NOUNS}, **{n: v for n, v in names.items() if n not in LEGISLATIVE_NOUNS}}
    if len(counts) != 1:
        return names
    law = next(iter(counts))
    return {**{noun: law for noun in LEGISLATIVE_NOUNS}, **names}


def _nearest_law(reading: Reading, every: Mapping[str, Counter], text: str, start: int) -> Reading:
    """In an article that names several laws ("Assembly Bill 5" and "Proposition 22"), "the measure" of a statement
    is the one it has named most before it (a "bill" the bill named most); on a tie, no guess ("The Hunting Act was
    passed using the Parliament Act"). One law named is :func:`_with_one_law`'s."""
    if reading.term or reading.head not in LEGISLATIVE_NOUNS or reading.phrase not in ("", reading.head):
        return reading
    laws = {name for noun, found in every.items() if noun in LEGISLATIVE_NOUNS for name in found}
    if len(laws) < 2:
        return reading
    same = {name for name in laws if _norm(_designated_head(name)) == reading.head}
    named = Counter({name: text.count(name, 0, start) for name in (same or laws)})
    ranked = named.most_common(2)
    if not ranked or not ranked[0][1] or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return reading
    return dataclasses.replace(reading, phrase=ranked[0][0])


def _one_law_twice_named(first: str, second: str, text: str) -> bool:
    """Whether the text writes two names of laws side by side as one ("Bill 41, the Post-Secondary Sustainability
    Act", "the Digital Crown Act (Bill 12)"): a number and a title."""
    if _designated(first) == _designated(second):
        return False
    return any(f"{a}, the {b}" in text or f"{a}, {b}" in text or f"{a} ({b})" in text
               for a, b in ((first, second), (second, first)))


# Measures whose content is a stance of its own: "a motion to scrap the cap" is against the cap, so voting
# against "the motion" later is for it.
CONTENT_MEASURES = frozenset("motion amendment petition resolution bid attempt".split())
# Nouns a ballot's answer names a side of: "a No vote", "the Yes campaign", "the Yes side", "signed the Yes pledge"
BALLOT_NOUNS = frozenset("vote campaign side camp pledge ballot lobby".split())
# A vote held on a question: what a side of it is for or against is the question, never the vote
BALLOT_EVENTS = frozenset("referendum plebiscite ballot poll vote voting".split())
# The cue of a side taken in a vote: "vote yes", "voted no", "vote No should"
BALLOT_SIDE = re.compile(r"vot\w* (yes|no)\b", re.IGNORECASE)
# A vote cast, with its side: "vote No", "voted against", "voting in favour"
VOTING_CUE = re.compile(r"vot\w* (yes|no|for|against|in favou?r)\b", re.IGNORECASE)


def _ballot_answer(token) -> int:
    """+1 for "Yes", -1 for "No" naming a side of a ballot ("a No vote", "the Yes campaign", "we are saying No",
    "campaigning for a no", 'a "yes" vote'); else 0. Lower case, the word is a side where it is quoted or a noun
    after "a" ("a no vote", not "there will be no vote"). ("voted no" is a phrasal cue of its own.)"""
    if token.lower_ not in ("yes", "no") or token.i == token.sent.start:
        return 0
    head = token.head
    doc = token.doc
    quoted = token.i + 1 < len(doc) and doc[token.i - 1].text in ('"', "'", "“", "‘") and doc[token.i + 1].text in ('"', "'", "”", "’")
    after_article = doc[token.i - 1].lower_ in ("a", "the")
    if token.text not in ("Yes", "No", "YES", "NO") and not (quoted or after_article):
        return 0
    if not (head.pos_ == "NOUN" and _norm(head.lemma_) in BALLOT_NOUNS and token.dep_ in ("det", "compound", "amod", "nmod")
            or head.pos_ == "VERB" and _norm(head.lemma_) == "say" and token.i == head.i + 1
            and token.dep_ in ("intj", "dobj", "npadvmod", "ccomp")
            or token.dep_ == "pobj" and head.lower_ in ("for", "against")
            and (after_article or token.text in ("Yes", "No", "YES", "NO"))  # "campaigned for No"
            # ("campaigned for Yes", the parser leaving "Yes" an interjection beside its "for")
            or token.dep_ == "intj" and doc[token.i - 1].lower_ in ("for", "against") and token.text in ("Yes", "YES")
            and doc[token.i - 1].head.i == head.i
            # "recommends a no", "urged a yes": an answer a verb takes as its object
            or token.dep_ == "dobj" and after_article and head.pos_ == "VERB"):
        return 0
    return 1 if token.lower_ == "yes" else -1


# Shifters that put something in the place of what they end ("replace the ban with charges")
REPLACING = frozenset("replace replacement substitute".split())


def _measure_contents(doc, spans) -> list[tuple[int, str, list[Reading]]]:
    """(char, lemma, readings) of each measure the article names with what it does ("an opposition motion to
    defeat the cap": the cap, -1), in order."""
    found = []
    for token in doc:
        readings = _content_readings(token, spans)
        if readings:
            found.append((token.idx, _norm(token.lemma_), readings))
    return found


def _content_readings(token, spans) -> list[Reading]:
    """What a measure noun says it does, as readings of its content ("a motion to scrap the cap": the cap, -1;
    "a bill that would repeal the exemption": the exemption repeal, +1); [] for any other token."""
    lemma = _norm(token.lemma_)
    if token.pos_ == "NOUN" and lemma in CONTENT_MEASURES:
        content = [t for child in token.children if child.dep_ in ("acl", "relcl", "prep") and child.i > token.i
                   and not _proposing_participle(child) for t in child.subtree if not t.is_punct]
        verb = token.head
        if token.dep_ == "nsubj" and verb.pos_ == "VERB" and (_norm(verb.lemma_) in REQUEST_VERBS | {"urge", "demand"}):
            # "The resolution asks the province to ...", "the motion calls for a moratorium": its own predicate
            content += [verb, *(t for c in verb.children if c.dep_ not in ("nsubj", "punct") + tuple(CLAUSE_ASIDES)
                                for t in c.subtree if not t.is_punct)]
    elif token.pos_ in ("NOUN", "PROPN") and lemma in ANAPHORIC_NOUNS:
        content = _proposed_content(token)
    else:
        return []
    if not content:
        return []
    owner = _Owner(frozenset({token.i}), first_person_is_actor=False, pronouns_are_actor=False)
    verbs = {_norm(t.lemma_) for t in content if t.pos_ == "VERB"}
    # what the measure would do, named by its verb ("a bill that would repeal the exemption": the exemption
    # repeal) is the measure itself
    readings = [dataclasses.replace(r, polarity=1, direct=True) if not r.polarity and r.head in verbs and
                " " in r.term else r for r in _readings([token, *content], {token.i}, owner, spans, ())]
    return [r for r in readings if r.term and r.polarity and r.direct]


def _proposing_participle(clause) -> bool:
    """"authored by Senator X", "brought forward by the mayor": who put a measure forward, not what it does."""
    return (clause.dep_ == "acl" and clause.tag_ == "VBN" and _norm(clause.lemma_) in PROPOSING_VERBS
            and any(c.dep_ == "agent" for c in clause.children))


def _proposers(token, spans) -> list[str]:
    """Who put the measure ``token`` names forward: "Councillor Reilly's motion", "an amendment authored by
    Senator Panganiban", "the resolution, brought forward by Mayor Fedoruk"."""
    found = [c for c in token.children if c.dep_ == "poss"]
    found += [agent for clause in token.children
              if _proposing_participle(clause) and (agent := _passive_agent(clause)) is not None]
    return [name for holder in found if (name := _actor_at(holder, spans))]


def _enacted(clause) -> bool:
    """A clause that says what a measure did or does, with the measure its subject: "a decree that ended fuel
    subsidies", "the law, which abolishes the exemption", "the decree eliminating the subsidies" (a shifter: what it
    puts an end to)."""
    if clause.pos_ != "VERB" or _lexical_polarity(clause)[1] != "shifter":
        return False
    if clause.dep_ == "acl" and clause.tag_ == "VBG":
        return True  # "the decree eliminating the subsidies"
    return (clause.dep_ == "relcl" and clause.tag_ in ("VBD", "VBZ")
            and any(c.dep_ == "nsubj" and _norm(c.text) in RELATIVE_PRONOUNS for c in clause.children))


def _proposed(clause) -> bool:
    """A clause that says what a proposal would do: "that would end the exemption", "to close two schools"."""
    return clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and _norm(c.text) in ("would", "will", "to") for c in clause.children)


def _proposed_content(token) -> list:
    """What "the bill" is said to do where the article defines it: its clause ("a bill that would end the
    exemption", "plans to close two schools"), the clause of a noun in apposition ("Senate Bill 418, a measure
    that would end the exemption"), or its own predicate ("Senate Bill 418 would repeal the exemption")."""
    nouns = [token, *(c for c in token.children if c.dep_ == "appos" and _norm(c.lemma_) in ANAPHORIC_NOUNS)]
    clauses = [c for noun in nouns for c in noun.children
               if c.dep_ in ("acl", "relcl") and c.i > noun.i and (_proposed(c) or _enacted(c))]
    # (not a message it is said to send: "the bill would tell ill adults that their lives were not worth living"
    # is what its critic makes of it, not what it does)
    if token.dep_ == "nsubj" and _proposed(token.head) and token.head.pos_ == "VERB" \
            and _norm(token.head.lemma_) not in STATEMENT_VERBS and not _said_by_someone(token.head):
        clauses.append(token.head)
    own = {t.i for t in token.subtree}
    # the clause's own arguments, not what it brings about ("..., setting up a floor fight") or adds, nor what
    # a relative clause says of them ("the exemption, which lawmakers approved in 2019")
    content = []
    for clause in clauses:
        described = {t.i for relative in clause.subtree if relative.dep_ == "relcl" and relative.i != clause.i
                     for t in relative.subtree}
        content += [t for t in [clause, *(t for c in clause.children if c.dep_ not in CLAUSE_ASIDES for t in c.subtree)]
                    if not t.is_punct and t.i not in described and not (clause.i == token.head.i and t.i in own)]
    return content


def _said_by_someone(clause) -> bool:
    """Whether a clause is what a verb of saying reports ("Apindo has said the law will cut costs"): a claim about the
    measure, not what the article says the measure does."""
    return clause.dep_ in ("ccomp", "xcomp") and clause.head.pos_ == "VERB" \
        and _norm(clause.head.lemma_) in STATEMENT_VERBS


CLAUSE_ASIDES = frozenset("advcl conj cc punct npadvmod parataxis mark".split())


def _titled_kind(lemma: str, names: Mapping[str, str]) -> bool:
    """Whether the article names a measure of the kind of ``lemma`` by a title in words ("the law" of an article that
    names "the Electronic Transactions Levy Bill"; not a number, "Senate Bill 77", which says nothing of what it
    does)."""
    return any(_measure_kind(noun) == _measure_kind(lemma) and _measure_title(name) for noun, name in names.items())


def _through_contents(statement: Statement, contents) -> list[Reading]:
    """A stance on "the motion" is a stance on what the motion does, as named before: voting against a motion
    to scrap the cap supports the cap."""
    result = []
    for reading in statement.readings:
        earlier = [] if reading.term or not reading.polarity else [
            found for char, lemma, found in contents if lemma == reading.head and char < statement.start]
        if not earlier:
            result.append(reading)
            continue
        for content in earlier[-1]:
            result.append(dataclasses.replace(
                content, polarity=reading.polarity * content.polarity, cue=f"{content.cue} {reading.cue}".strip(),
                hedged=reading.hedged or content.hedged, through=reading.head, through_polarity=reading.polarity))
    return result


_SHIFTING_STEMS = frozenset(stem(w) for w in SHIFTERS | POLICY_REVERSING | POLICY_RAISING)


def _cue_shifts(reading: Reading) -> bool:
    """Whether a reading's cue opens with a form of a shifter or a policy word ("ended fuel subsidies", "scrapped",
    "raises"): what a measure ends, cuts or raises."""
    word = reading.cue.split()[0].lower() if reading.cue else ""
    return any(stem(form) in _SHIFTING_STEMS for form in (word, word[:-1], word[:-2], word[:-3]) if len(form) >= 3)


def _contents_across(statements: Sequence[Statement]) -> None:
    """"Denounced the decree" in a story that never says what the decree does is a stance on what the corpus's other
    stories say it does ("a decree that ended fuel subsidies"): read through that content, as in the stories that
    define it (see :func:`_through_contents`), when the corpus gives the measure noun one content, in one direction.
    The statements change in place."""
    learned: dict[str, dict[str, Reading]] = defaultdict(dict)  # measure noun -> {term: content reading (+1 = does it)}
    conflicting: set[tuple[str, str]] = set()
    for statement in statements:
        for reading in statement.readings:
            if not (reading.through and reading.through_polarity and reading.term and reading.polarity):
                continue
            if not _cue_shifts(reading):
                continue  # (only what a measure ends, cuts or raises: "liable for abuses" is no such content)
            content = dataclasses.replace(reading, polarity=reading.polarity * reading.through_polarity, cue="",
                                          through="", through_polarity=0)
            known = learned[reading.through].get(reading.term)
            if known is not None and known.polarity != content.polarity:
                conflicting.add((reading.through, reading.term))
            learned[reading.through].setdefault(reading.term, content)
    contents = {head: [r for term, r in found.items() if (head, term) not in conflicting]
                for head, found in learned.items()}
    contents = {head: found for head, found in contents.items() if found}
    if not contents:
        return
    # in a story that names one such measure ("the decree"), "the measures", "the plan" are that one
    named_in: dict[str, set[str]] = defaultdict(set)
    for statement in statements:
        words = {w.lower().strip(".,;:'\"") for w in statement.text.split()}
        named_in[statement.article] |= {head for head in contents if head in words or f"{head}s" in words}
    for statement in statements:
        named = named_in[statement.article]
        only = next(iter(named)) if len(named) == 1 else None
        if not any(not r.term and (r.head in contents or only and r.head in ANAPHORIC_NOUNS) and not r.through
                   for r in statement.readings):
            continue
        readings = []
        for reading in statement.readings:
            head = reading.head if reading.head in contents else only if reading.head in ANAPHORIC_NOUNS else None
            if reading.term or head is None or reading.through or not reading.polarity \
                    or reading.phrase not in ("", reading.head) and not _designated(reading.phrase) or reading.proposer:
                readings.append(reading)
                continue
            readings += [dataclasses.replace(content, polarity=reading.polarity * content.polarity,
                                             cue=reading.cue, hedged=reading.hedged or content.hedged,
                                             through=reading.head, through_polarity=reading.polarity,
                                             declared=reading.declared, conditional=reading.conditional)
                         for content in contents[head]]
        statement.readings = readings


def _measures_by_name(statements: Sequence[Statement]) -> None:
    """Where the corpus keeps calling a measure noun by one word of what it is about ("the fake news bill", see
    :func:`_known_as`), a stance on "the bill" that an article read as a stance on what the bill would do is a
    stance on the bill again: the bill is the question, not each thing it does. The statements change in place."""
    known = _known_as(statements)
    if not known:
        return
    for statement in statements:
        if not any(r.through in known for r in statement.readings):
            continue
        readings, seen = [], set()
        for reading in statement.readings:
            if reading.through not in known:
                readings.append(reading)
                continue
            key = (reading.through, reading.through_polarity)
            if key not in seen:
                seen.add(key)
                readings.append(Reading("", reading.through_polarity, reading.cue.split()[-1] if reading.cue else "",
                                        reading.hedged, (), head=reading.through, phrase=reading.through))
        statement.readings = readings


def _named_reading(reading: Reading, names: Mapping[str, str]) -> Reading:
    """A reading of "the contract" in an article that names it "the Sentravue Systems contract" carries that
    name as its phrase, so that the issue is labelled with the name a reader knows it by."""
    lemma = reading.term or reading.head
    name = names.get(lemma)
    if name is None or reading.phrase not in ("", lemma, reading.word) or reading.modifier:
        return reading
    if reading.term and " " in reading.term:
        return reading
    return dataclasses.replace(reading, phrase=name)


def _measure_kind(lemma: str) -> str:
    """The nouns an article uses one for another of one measure: an accord's ("the deal", "the agreement"), a
    legislature's ("the bill", "the law"), else the noun itself."""
    return AGREEMENT_CONCEPT if lemma in AGREEMENT_NOUNS else "law" if lemma in LEGISLATIVE_NOUNS else lemma


def _compound_names(doc, spans, title: str = "") -> dict[str, tuple[str, str]]:
    """{measure kind: (term, word as written) of the one measure of that kind the article names by a lower-case
    noun before its noun} ("the peace agreement", "the finance bill"): what the article's bare "the agreement",
    "the bill" may stand for. A kind named by several such words about as often names no one measure; a measure
    whose content is a stance of its own ("the opposition motion to scrap the cap") is read by that content."""
    found: dict[str, Counter] = defaultdict(Counter)
    forms: dict[str, str] = {}  # term -> the word as written
    for token in doc:
        lemma = _norm(token.lemma_)
        if token.pos_ != "NOUN" or not token.text.islower() or lemma not in ANAPHORIC_NOUNS or lemma in CONTENT_MEASURES:
            continue
        if _named_policy(token, spans):
            # ("pension reform", "the points system": a phrase, which "the system" may stand for as well; not a kind
            # of law named by an adjective, "international law", which is no measure)
            if any(c.dep_ == "compound" for c in token.children):
                found[_measure_kind(lemma)][None] += 1
            continue
        # (not the first half of a hyphenated noun: "the counter-proposal" is no proposal about counters)
        words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and c.pos_ == "NOUN"
                 and c.text.islower() and doc[c.i + 1].text != "-"]
        key = _term_key(words[-1], spans) if words else None
        if key and " " not in key:
            found[_measure_kind(lemma)][key] += 1
            forms.setdefault(key, words[-1].lower_)
    # the headline's ("Santos and Timochenko sign peace accord"), counted twice: what the story is about (a noun
    # before the measure noun that the story writes as a noun, not "the controversial bill")
    # (a lower-case word the tagger took for a name is a noun all the same: "marijuana")
    nouns = {t.lower_: t for t in doc if t.pos_ in ("NOUN", "PROPN") and t.text.islower()}
    measure_nouns = ANAPHORIC_NOUNS | AGREEMENT_NOUNS
    for match in re.finditer(r"\b([a-z][a-z-]+) (?=([a-z]+)\b)", title.lower()):
        word, noun = match.groups()
        lemma = _norm(noun[:-1] if noun.endswith("s") and noun[:-1] in measure_nouns else noun)
        if lemma in measure_nouns and lemma not in CONTENT_MEASURES and word in nouns \
                and (key := _term_key(nouns[word], spans)) and " " not in key:
            found[_measure_kind(lemma)][key] += 2
            forms.setdefault(key, word)
    names = {}
    for kind, counts in found.items():
        ranked = counts.most_common(2)
        if ranked[0][0] is None or len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
            continue
        # named twice at least: a measure named once may be one the story mentions in passing ("South Korea's own
        # free trade deal")
        if ranked[0][1] >= 2:
            names[kind] = (ranked[0][0], forms[ranked[0][0]])
    return names


def _compound_reading(reading: Reading, names: Mapping[str, tuple[str, str]]) -> Reading:
    """A reading of a bare "the agreement" in an article that names one "peace agreement" may be a reading of that
    (see :func:`_compound_names`): the corpus decides (:func:`_named_compounds`)."""
    if reading.term or reading.head not in ANAPHORIC_NOUNS or reading.phrase not in ("", reading.head) \
            or reading.proposer:
        return reading
    name = names.get(_measure_kind(reading.head))
    return reading if name is None else dataclasses.replace(reading, compound=name)


def extract_statements(article: Article, doc, analysis: ArticleAnalysis) -> list[Statement]:
    """Statements of ``article``: quotes, reported speech, stated aims/actions, opinion theses.

    ``doc`` must be the parse of ``article.body``; every statement's text is ``article.body[start:end]``.
    """
    doc = _with_gerund_objects(_with_nominal_gerunds(_with_hyphenated_words(doc)))
    reader = _StatementReader(article, doc, analysis)
    statements = reader.quotes()
    statements += reader.sentences()
    statements += reader.partial_quotes(statements)
    statements.sort(key=lambda s: (s.start, s.end, s.actor_name, s.kind))
    _mark_given_up(statements, doc)
    anchored = _article_anchors(doc, article.title or "")
    nicknamed = _nicknamed(doc)
    equated = _equated(doc) + nicknamed
    numbered = _numbered(doc)
    imposed = _imposed(doc)
    every = _proper_names_of_nouns(doc)
    names = _with_one_law(_most_used(every), every, doc.text)
    # (not the content of a measure the article titles, "the Electronic Transactions Levy Bill": "it is the right law"
    # is on the law by its title, not on what the law would allow; but what it ends or cuts is its question)
    contents = [(char, lemma, found) for char, lemma, found in _measure_contents(doc, reader.spans)
                if lemma in CONTENT_MEASURES or not _titled_kind(lemma, names) or any(map(_cue_shifts, found))]
    # (a kind the article gives a proper name, "the Finance Bill", is known by that name)
    compounds = {kind: name for kind, name in _compound_names(doc, reader.spans, article.title or "").items()
                 if not any(_measure_kind(noun) == kind for noun in every)}
    text = doc.text  # (spaCy writes the text out again each time it is asked)
    for statement in statements:
        if compounds:
            statement.readings = [_compound_reading(reading, compounds) for reading in statement.readings]
        if contents:
            statement.readings = _through_contents(statement, contents)
        if names and statement.kind != "described":  # ("anti-hunt" is against hunting, not one hunt named)
            statement.readings = [_named_reading(reading, names) for reading in statement.readings]
        statement.readings = [_nearest_law(reading, every, text, statement.start) for reading in statement.readings]
        statement.topic = tuple(reader.contexts.topic)
        statement.headline = tuple(sorted(reader.contexts.title_roots))
        statement.title = article.title or ""
        statement.anchored = anchored
        statement.equated = equated
        statement.nicknamed = nicknamed
        statement.numbered = numbered
        statement.imposed = imposed
        if article.body[statement.start : statement.end] != statement.text:  # pragma: no cover - invariant
            raise AssertionError(f"statement not verbatim in {article.source}: {statement.text!r}")
    return statements


class _StatementReader:
    """What one article's statements are read from: its parse, mentions, quotes and the context of terms."""

    def __init__(self, article: Article, doc, analysis: ArticleAnalysis):
        self.article = article
        self.doc = doc
        self.body = article.body
        self.spans = _mention_spans(analysis)
        self.spans.silent = _silent_bodies(doc, self.spans, analysis)
        self.contexts = _Context(doc, self.spans, title=article.title)
        title_words = _title_words(analysis)
        self.officials = _officials(title_words)
        self.own_bodies = {name: _own_bodies(words) for name, words in title_words.items()}
        self.own_parties = _party_words(analysis)
        self.title_words = title_words
        self.kinds = analysis.kinds
        self.names = analysis.names
        self._affiliated: dict[str, set[str]] = {}  # person -> organisations named with them (see _affiliations)
        self.roles = analysis.roles
        quotes = sorted((q for q in analysis.quotes if q.start < q.end), key=lambda q: (q.start, q.end))
        self.direct = [q for q in quotes if q.kind == "direct"]
        self.partial = [q for q in quotes if q.kind != "direct"]
        self.in_direct_quote = {t.i for q in quotes for t in (doc.char_span(q.start, q.end, alignment_mode="expand") or [])}
        self.questions = _question_tokens(doc)
        # the pronouns of a sentence whose quote the quotes stage gave to a named speaker through that pronoun
        self.quoted_pronouns: dict[int, str] = {}
        for quote in quotes:
            written = (quote.speaker_text or "").lower()
            if quote.speaker_name and written in ("he", "she"):
                span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
                if span is not None:
                    sentence = span[0].sent
                    for token in doc[sentence.start : span.start]:
                        if token.lower_ == written:
                            self.quoted_pronouns.setdefault(token.idx, quote.speaker_name)

    def _quote_statement(self, quote, tokens, tops, owner) -> Statement:
        context = self.contexts.before(quote.start)
        readings = _readings(tokens, tops, owner, self.spans, context)
        # "I voted for this bill in October ... and I cannot support it": a stance the speaker dates before gives
        # way to one held now, as in reported speech (see _actor_statement)
        cues = [t for t in tokens if t.pos_ in ("VERB", "AUX") and _lexical_polarity(t)[1] == "attitude"]
        before = [t for t in cues if _set_in_the_past(t)]
        now = [t for t in cues if t not in before and not any(b in t.ancestors for b in before)]
        if before and now and len({r.polarity for r in readings if r.polarity}) > 1:
            earlier = {t.i for b in before for t in b.subtree} - {t.i for n in now for t in n.subtree}
            held = _readings([t for t in tokens if t.i not in earlier], tops, owner, self.spans, context)
            kept = {(h.term, h.polarity) for h in held}
            dropped = [r for r in readings if r.polarity and (r.term, r.polarity) not in kept]
            # (only what is held now on the same thing replaces it: "I voted for the fuel levy in March. I cannot
            # support the mining bill" keeps both)
            if any(r.polarity for r in held) and all(any((h.term == d.term or not h.term or not d.term)
                                                        and h.polarity == -d.polarity for h in held) for d in dropped):
                readings = held
        return Statement(self.article.id, quote.speaker_name, self.body[quote.start : quote.end], quote.start,
                         quote.end, self.article.paragraph_at(quote.start), quote.id, "quote", readings)

    def quotes(self) -> list[Statement]:
        """Direct quotes with a known speaker, without what the speaker reports others saying or thinking."""
        statements = []
        # an interview's host, whose turns are mostly questions ("ANA KINGI: ... What do you say to them?"), is the
        # publication asking: what the host puts to a guest is no stance of the host's
        asked, spoke = Counter(), Counter()
        for quote in self.direct:
            spoke[quote.speaker_name] += 1
            asked[quote.speaker_name] += quote.text.rstrip().endswith("?")
        hosts = {name for name, n in asked.items() if n >= 2 and 2 * n >= spoke[name]}
        for quote in self.direct:
            span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if not quote.speaker_name or span is None or not len(span) or quote.speaker_name in hosts:
                continue
            # "the critics argued that ..." inside a quote is the critics' view, not the speaker's
            # ("The health trust says the exemption is a mistake. Do you agree?": the trust's view, named)
            reported = self._reported_by_others(
                span, quote.speaker_name, also=lambda verb: _speaks_for_others(verb) or _said_before(verb))
            tokens = [t for t in span if not t.is_punct and t.i not in reported and t.i not in self.questions]
            owner = _Owner(frozenset(), first_person_is_actor=True, pronouns_are_actor=False,
                           speaks_for_institution=quote.speaker_name in self.officials,
                           actor_name=quote.speaker_name, spans=self.spans,
                           own_bodies=self._bodies_of(quote.speaker_name, quote.start),
                           own_groups=self._groups_of(quote.speaker_name),
                           own_parties=self.own_parties.get(quote.speaker_name, frozenset()))
            statements.append(self._quote_statement(quote, tokens, _tops(span), owner))
            for organisation, holders in self._speakers_organisations(quote, tokens).items():
                org_owner = _Owner(frozenset(holders), first_person_is_actor=True, pronouns_are_actor=False,
                                   actor_name=organisation, actor_kind="organization", spans=self.spans)
                statement = dataclasses.replace(self._quote_statement(quote, tokens, _tops(span), org_owner),
                                                actor_name=organisation, voice=quote.speaker_name)
                if any(r.polarity for r in statement.readings):
                    statements.append(statement)
        return statements

    def _reported_by_others(self, verbs, speaker: str, also=None) -> set[int]:
        """The tokens of the clauses that reporting verbs among ``verbs`` give to an actor other than ``speaker``
        (or, with ``also``, to whoever else ``also(verb)`` says): not the speaker's own words. A recommendation
        ("they should consider ...") stays the speaker's advice."""
        return {t.i for verb in verbs if verb.pos_ == "VERB" and _norm(verb.lemma_) in REPORTING_VERBS
                and (self._names_someone_else(verb, speaker) or (also is not None and also(verb)))
                and not _is_recommendation(verb) for t in _clause_of(verb)}

    def _names_someone_else(self, verb, speaker: str) -> bool:
        """Whether a verb's subject names an actor other than ``speaker`` (or their organisation)."""
        subject = _subject(verb)
        if subject is None:
            return False
        name, _ = _actor_of_subject(subject, self.spans)
        return name is not None and name != speaker and name not in self._role_organisations(speaker) \
            and not _names_own_body(subject, self.own_parties.get(speaker, ()))

    def _organisations_of(self, person: str, before: int) -> set[str]:
        """The organisations ``person`` holds a role in: the roles that name them ("LBWU chairman"), their
        affiliations, and a role owned by a pronoun ("its president", "their chair"), which is the organisation
        named last before ``before``."""
        role_texts = [role.text for role in self.roles.get(person, ())]
        organisations = self._role_organisations(person) | self._affiliations(person)
        if any(re.match(r"(?:its|their)\b", text.strip(), re.IGNORECASE) for text in role_texts):
            named = [name for start, _, name in self.spans if start < before and self.kinds.get(name) == "organization"]
            if named:
                organisations.add(named[-1])
        return organisations

    def _groups_of(self, name: str) -> frozenset[str]:
        """The people words of a person's titles ("student" of "student leader", "teacher" of "the teachers'
        association", "union" aside): who "the students" are in her words."""
        if self.kinds.get(name) != "person":
            return frozenset()
        people = _people_words()
        words = self.title_words.get(name, ())
        return frozenset(w for w in words if w in people) | frozenset(
            w[:-1] for w in words if w.endswith("s") and w[:-1] in people)

    def _bodies_of(self, name: str, before: int) -> frozenset[str]:
        """The nouns "the ..." may call the bodies ``name`` speaks for: the words of their titles ("the chamber",
        said by the chamber's chief executive), the head words of the organisations they hold a role in ("Its
        president, Orla Ryan": "the chamber" of the Kilbrannagh Chamber of Commerce named just before), and, for
        an officer of one organisation ("Harbourline chief executive Rachel Dunstan"), "the company", "the
        group", "the association": no other body is meant by their bare noun in their words."""
        bodies = set(self.own_bodies.get(name, frozenset()))
        if self.kinds.get(name) != "person":
            return frozenset(bodies)
        organisations = self._organisations_of(name, before)
        for organisation in organisations:
            bodies |= self._head_words.get(organisation, set()) | {_norm(organisation.split()[-1])}
        if len(organisations) == 1 and ORGANISATION_OFFICES & self.title_words.get(name, set()):
            bodies |= _own_organisation_nouns()
        return frozenset(bodies)

    def _officers_organisations(self, person: str, tokens, before: int) -> dict[str, set[int]]:
        """Organisations ``person`` holds a role in (see :meth:`_organisations_of`) that are the subject of a verb
        among ``tokens`` (named, or "the association" after its name)."""
        organisations = self._organisations_of(person, before)
        found: dict[str, set[int]] = {}
        for token in tokens:
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            name = _actor_at(token, self.spans)
            if name is None and token.pos_ == "NOUN" and any(_norm(c.text) == "the" for c in token.children):
                # "the association" for the one organisation of the role whose name ends with the noun
                # (or its head word: "the chamber" of the "Valletta Chamber of Trade", in any form the article
                # names it: "the Valletta Chamber of Trade (VCT)")
                heads = self._called_by(_norm(token.text), organisations)
                if (not heads and len(organisations) == 1 and _norm(token.lemma_) in _own_organisation_nouns()
                        and _norm(name_head(next(iter(organisations)))) not in HOUSES):
                    # "Dale Hutchins, president of the Willow Creek Men's Golf Association, said the club had voted
                    # to oppose it": the one body the officer speaks for, by any noun for a body of its own (not a
                    # house of a legislature: "Senate President Drilon said the fund was ..." is no fund of the Senate)
                    heads = list(organisations)
                name = heads[0] if len(heads) == 1 else None
            elif name is None and _speakers_own_body(token, self.doc):
                # "Anna Berg, a Green Party deputy, said her party would vote against the bill": the body the speaker
                # is placed in whose own noun the possessive names (not "her church" of a company's chief)
                heads = self._called_by(_norm(token.text), organisations)
                name = heads[0] if len(heads) == 1 else None
            if name in organisations:
                found.setdefault(name, set()).add(token.i)
        return found

    def _called_by(self, word: str, organisations) -> list[str]:
        """The ``organisations`` a noun may call by their own word: the last word or the head word of a form the
        article names them by ("the chamber", "her party")."""
        return [o for o in organisations
                if word in self._head_words.get(o, set()) | {_norm(o.split()[-1]), _norm(name_head(o))}]

    def _announced_sides(self, tokens) -> dict[str, set[int]]:
        """Organisations named as the subject of a side they will take, among ``tokens`` (what a person said):
        "said the Druk Phuensum Tshogpa (DPT) would vote for the Bill", "said the Greens will back it" -- the body's
        declared intention, whoever announces it (not what it did, nor what it thinks: "said the party had doubts")."""
        found: dict[str, set[int]] = {}
        for token in tokens:
            if token.dep_ != "nsubj" or token.head.pos_ != "VERB":
                continue
            name = _actor_at(token, self.spans)
            verb = token.head
            if name is None or self.kinds.get(name) != "organization":
                continue
            # (what was said itself, not what the speaker doubts or hopes, asks whether, or would have been done)
            if verb.dep_ != "ccomp" or _norm(verb.head.lemma_) not in SPEECH_VERBS:
                continue
            auxiliaries = [_norm(c.lemma_) for c in verb.children if c.dep_ == "aux"]
            if not {"will", "would"} & set(auxiliaries) or "have" in auxiliaries \
                    or any(c.dep_ == "mark" and _norm(c.text) in ("if", "whether") for c in verb.children):
                continue
            if _norm(verb.lemma_) == "vote" or _lexical_polarity(verb)[1] == "attitude":
                found.setdefault(name, set()).add(token.i)
        return found

    @functools.cached_property
    def _head_words(self) -> dict[str, set[str]]:
        """{actor: the words "the ..." may call it by}: the last word and the head word of every form the article
        writes it as ("chamber" and "trade" of "the Valletta Chamber of Trade (VCT)" for the actor "VCT")."""
        found: dict[str, set[str]] = defaultdict(set)
        for form, name in self.names.items():
            found[name] |= {_norm(form.split()[-1]), _norm(name_head(form))}
        return found

    def _affiliations(self, person: str) -> set[str]:
        """The organisations the article places ``person`` in by a preposition after the name ("Linda Kowalchuk
        of the Manitoba Energy Users Coalition", "Ana Ruiz from the tenants' union")."""
        if person in self._affiliated:
            return self._affiliated[person]
        found = self._affiliated[person] = set()
        for token in self.doc:
            if token.pos_ != "PROPN" or _actor_at(token, self.spans) != person:
                continue
            for prep in token.children:
                if prep.dep_ == "prep" and _norm(prep.text) in ("of", "from", "at"):
                    for obj in prep.children:
                        name = _actor_at(obj, self.spans) if obj.dep_ == "pobj" else None
                        if name and self.kinds.get(name) == "organization":
                            found.add(name)
        return found

    def _role_organisations(self, person: str) -> set[str]:
        """The organisations whose names ``person``'s roles spell ("LBWU chairman", "executive director of
        Katiba Monitor")."""
        role_text = " ".join(role.text for role in self.roles.get(person, ())).casefold()
        if not role_text:
            return set()
        return {name for name, kind in self.kinds.items() if kind == "organization" and name != person
                and any(re.search(rf"\b{re.escape(surface.casefold())}\b", role_text)
                        for surface, canonical in self.names.items() if canonical == name)}

    def _role_owner(self, person: str, organisations: set[str]) -> str | None:
        """Of several organisations ``person``'s roles name, the one a role says is theirs: "the federation's
        director for East Flanders" (not the region after "for"), "director of the Ghent Traders' Association",
        "LBWU chairman"; None unless exactly one."""
        roles = [role.text.casefold() for role in self.roles.get(person, ())]
        owned = {name for name in organisations for surface, canonical in self.names.items() if canonical == name
                 for role in roles if re.search(rf"(?:^|\bof (?:the )?){re.escape(surface.casefold())}\b|"
                                                rf"\b{re.escape(surface.casefold())}['’]s?\b", role)}
        return next(iter(owned)) if len(owned) == 1 else None

    def _speakers_organisations(self, quote, tokens) -> dict[str, set[int]]:
        """Organisations the quote's speaker holds a role in ("LBWU chairman Rasheed Alimi", "Halima Yusuf,
        executive director of Katiba Monitor") that are the subject of a verb in the quote: "The LBWU rejects
        the directive," Alimi said — the organisation's stance, voiced by its officer."""
        # (a role owned by a pronoun, "Its chairwoman, Nathalie Claeys", is the organisation named before her)
        first = min((start for start, _, name in self.spans if name == quote.speaker_name), default=quote.start)
        named = self._organisations_of(quote.speaker_name, first)
        if not named:
            return {}
        found: dict[str, set[int]] = {}
        for token in tokens:
            if token.dep_ in ("nsubj", "nsubjpass") and (name := _actor_at(token, self.spans)) in named:
                found.setdefault(name, set()).add(token.i)
        if not found:
            # "We can support a cap, but ...," said CKRD president Anil Shetty: "we" is the one organisation
            # the speaker's role names
            we = {t.i for t in tokens if _norm(t.text) == "we" and t.dep_ in ("nsubj", "nsubjpass")}
            owner = next(iter(named)) if len(named) == 1 else self._role_owner(quote.speaker_name, named)
            if owner and we:
                found[owner] = we
        return found

    def partial_quotes(self, statements: Sequence[Statement]) -> list[Statement]:
        """A partial quote whose reporting sentence gave no statement of its speaker is a statement by itself."""
        found = []
        for quote in self.partial:
            covered = any(st.actor_name == quote.speaker_name and st.start <= quote.start and quote.end <= st.end
                          for st in statements)
            span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if not quote.speaker_name or covered or span is None or not len(span):
                continue
            owner = _Owner(frozenset(), first_person_is_actor=True, pronouns_are_actor=False,
                           actor_name=quote.speaker_name, spans=self.spans)
            tokens = [t for t in span if not t.is_punct and t.i not in self.questions]
            found.append(self._quote_statement(quote, tokens, _tops(span), owner))
        return found

    def _quoted_share(self, start: int, end: int) -> float:
        covered = sum(max(0, min(end, q.end) - max(start, q.start)) for q in self.direct)
        return covered / max(1, end - start)

    def sentences(self) -> list[Statement]:
        """Reported speech, stated aims and actions of the actors; in opinion pieces the author's theses."""
        article = self.article
        author = article.authors[0] if article.kind == "opinion" and article.authors else None
        author = self.names.get(author, author) if author else None  # "Dr Anjali Rao" is Anjali Rao
        headings = set(article.headings)
        statements: list[Statement] = []
        last_person: str | None = None
        last_organisation: str | None = None
        for segment in _segments(self.doc):
            start, end, text = _segment_span(self.body, segment)
            if not text or article.paragraph_at(start) in headings:
                continue
            by_actor, reported_elsewhere = self._predicates(segment, last_person, last_organisation)
            sentence_quote = next((q.id for q in self.partial if start <= q.start and q.end <= end), None)
            if self._quoted_share(start, end) < 0.5:
                for name, (kind, holder_tokens, predicates) in sorted(by_actor.items()):
                    if author and name != author and predicates and all(_is_recommendation(p) for p in predicates):
                        # a column's "The minister should ask Ottawa to end it": its author's stance, not hers
                        reported_elsewhere = reported_elsewhere - {t.i for p in predicates for t in p.subtree}
                        continue
                    statement = self._actor_statement(segment, name, kind, holder_tokens, predicates, sentence_quote)
                    if statement is not None:
                        statements.append(statement)
                        body = self._body_of_office(name, holder_tokens, last_organisation)
                        if body is not None and body not in by_actor:
                            # "Its president, Jaime Cabal, urged Congress to reject the reform": the body the
                            # sentence before was about speaks through its officer
                            statements.append(dataclasses.replace(statement, actor_name=body, voice=name))
                    if kind != "reported" or self.kinds.get(name) != "person":
                        continue
                    # "The association has collected signatures against X, its president said": what the
                    # officer reports their organisation doing is the organisation's statement too
                    own_clause = _own_clause(predicates)
                    clause = [t for t in segment if t.i in own_clause]
                    said_at = self.doc[min(holder_tokens)].idx if holder_tokens else start
                    bodies = self._officers_organisations(name, clause, said_at)
                    for organisation, holders in self._announced_sides(clause).items():
                        bodies.setdefault(organisation, holders)
                    for organisation, holders in bodies.items():
                        if organisation in by_actor:
                            continue
                        statement = self._actor_statement(segment, organisation, "action", holders, predicates,
                                                          sentence_quote)
                        if statement is not None:
                            statements.append(dataclasses.replace(statement, voice=name))
                if author:
                    statement = self._thesis(segment, author, reported_elsewhere, sentence_quote)
                    if statement is not None:
                        statements.append(statement)
            statements += self._described(segment, start, end, text)
            if self._quoted_share(start, end) < 0.5:
                statements += self._proposed_by(segment, start, end, text, set(by_actor) | ({author} if author else set()))
            # who was last the subject, for a "he said" in a later sentence; the body the sentence just read was about,
            # for an "Its board said" in the next (or a country: "Its delegation said ...")
            last_organisation = None
            # (a person the sentence's main clause has as its subject by a pronoun stays who "he" is next: "He said
            # Marbrine had committed to invest. He rejected calls ...": not the name inside what he said)
            continuing = {token.sent.start for token in segment if token.dep_ == "nsubj" and token.head.dep_ == "ROOT"
                          and token.pos_ == "PRON" and _norm(token.text) in ("he", "she")}
            for token in segment:
                if token.sent.start in continuing and token.head.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl"):
                    continue
                # (the parser may make a subject the root and its verb a clause on it: "The minister, X, watched ...")
                # (and a name it misreads as a verb: "Tshering Penjor ... is the bill's critic", "Tshering" a csubj)
                if (token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "csubj" and token.text[:1].isupper()
                        or token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN")
                        and any(c.dep_ == "acl" and c.pos_ == "VERB" for c in token.children)) \
                        and token.i not in self.in_direct_quote:
                    name, _ = _actor_of_subject(token, self.spans)
                    if name and self.kinds.get(name) == "person":
                        last_person = name
                    elif name and token.dep_ == "nsubj" and token.head.dep_ == "ROOT":
                        last_organisation = name
        return statements

    def _proposed_by(self, segment, start: int, end: int, text: str, stated: set[str]) -> list[Statement]:
        """"Councillor Reilly's motion to scrap the levy was defeated", "an amendment authored by Senator X that
        would double the penalties": whoever put a measure forward is for what it does, an action of theirs
        (unless the sentence already states what they did). One statement per actor, of kind "action"."""
        found: dict[str, list[Reading]] = {}
        for token in segment:
            if token.i in self.in_direct_quote or token.pos_ not in ("NOUN", "PROPN"):
                continue
            names = [name for name in _proposers(token, self.spans) if name not in stated and name not in found]
            readings = _content_readings(token, self.spans) if names else []
            for name in names if readings else ():
                found[name] = readings
        return [Statement(self.article.id, name, text, start, end, self.article.paragraph_at(start),
                          kind="action", readings=readings) for name, readings in found.items()]

    def _described(self, segment, start: int, end: int, text: str) -> list[Statement]:
        """"Anti-hunt groups - such as the League Against Cruel Sports - deployed monitors", "Live Action, an
        anti-abortion group, said ...": an actor the sentence names as a group or person for or against something
        ("pro-", "anti-") holds that stance. One statement per actor, of kind "described"."""
        doc, found = self.doc, {}
        for prefix in segment:
            sign = STANCE_PREFIXES.get(_norm(prefix.text), 0)
            if not sign or prefix.i + 2 >= len(doc) or prefix.i in self.in_direct_quote:
                continue
            hyphen, word = doc[prefix.i + 1], doc[prefix.i + 2]
            if hyphen.text != "-" or prefix.whitespace_ or hyphen.whitespace_ or not word.is_alpha:
                continue
            holder = prefix.head
            if holder.i in (hyphen.i, word.i):
                holder = holder.head
            if holder.pos_ not in ("NOUN", "PROPN") or holder.i == word.i:
                continue
            members = [holder] if _actor_at(holder, self.spans) else []
            if not members and _norm(holder.lemma_) not in _holder_nouns():
                continue  # "anti-terror laws": no one is described
            members += [c for c in holder.children if c.dep_ == "appos"]
            if holder.dep_ in ("appos", "compound"):
                members.append(holder.head)  # "Live Action, an anti-abortion group", "anti-war campaigner Ann Lee"
            members += _examples(holder)
            members += [c for m in list(members) for c in m.children if c.dep_ == "conj"]
            for member in members:
                name = _actor_at(member, self.spans)
                if name and name not in found:
                    # (the word is read as what it names, a noun, whatever the parse makes of "anti-war")
                    written = word.text if word.pos_ == "PROPN" else word.lower_
                    found[name] = Reading(_norm(word.lemma_), sign, f"{prefix.text}-{word.text}", direct=True,
                                          word=written, phrase=written)
        return [Statement(self.article.id, name, text, start, end, self.article.paragraph_at(start),
                          kind="described", readings=[reading]) for name, reading in found.items()]

    def _predicates(self, segment, last_person: str | None, last_organisation: str | None = None
                    ) -> tuple[dict, set[int]]:
        """{actor: (statement kind, holder token indexes, predicate tokens)} of one sentence, and the tokens
        that report what someone else said (not the opinion author's own words)."""
        segment_ids = {t.i for t in segment}
        by_actor: dict[str, tuple[str, set[int], list]] = {}
        reported_elsewhere: set[int] = set()
        for token in segment:
            if token.i in self.in_direct_quote:
                continue  # inside a quote it is the quoted speaker's voice, handled with the quote
            predicate = _statement_predicate(token)
            if predicate is None or _gerund_object(token, token.head):
                continue  # (what "ruled out" acts on is no statement of its own)
            speech = predicate == "speech"
            if speech and _is_negated(token) and not any(c.dep_ in ("dobj", "prep") for c in token.children):
                continue  # "she has not explained why voters should trust them": what is not said is no statement
            if not speech and _is_recommendation(token):
                continue  # "Bristol should go ahead with the ban": the writer's advice, not Bristol's act
            if not speech and _is_to_infinitive(token) and any(
                    c.dep_ == "mark" and _norm(c.text) == "for" for c in token.children):
                continue  # "argued for the party to reject the package": what someone wants the party to do
            subject = (_agent(token) if predicate == "noun" else _stance_agent(token) if predicate == "agent noun"
                       else _owner_of_attitude(token) if predicate == "owned noun"
                       else _according_to(token) or _subject(token))
            if subject is None and predicate in ("attitude", "speech") and token.dep_ == "acl" and token.head.pos_ == "NOUN" \
                    and token.head.dep_ == "dobj" and _norm(token.head.head.lemma_) in AUTHORING_VERBS \
                    and not _written_by_others(token.head):
                subject = _subject(token.head.head)  # "signed a letter backing the bill": the signer backs it
            if subject is not None and subject.dep_ == "nsubjpass" and not speech:
                # "the plan was condemned by the Plaid group": the agent holds the attitude
                subject = _passive_agent(token) or _passive_agent(subject.head) or subject
            if subject is None or subject.i not in segment_ids:
                continue
            if subject.dep_ == "nsubjpass" and _norm(subject.head.lemma_) in HEARSAY_VERBS:
                continue  # "X is said to be unhappy with the plan": what others say of X, not X's statement
            if _reported_by_other(token, subject) and not self._said_for_own_body(token, subject, last_person):
                # "Medeiros argued that North Korea was trying ...": the reporter's claim, part of the
                # reporter's statement, not a statement of its subject
                continue
            judged = token.dep_ == "xcomp" and _lexical_polarity(token.head)[1] == "evaluative"
            if speech and _norm(subject.text) not in FIRST_PERSON and not judged:
                # ("is wrong to oppose the ban" is the author's judgement of the opposition, not a report)
                reported_elsewhere |= {t.i for t in token.subtree}
            kind = "reported" if speech else "action"
            if predicate == "owned noun" and _is_manner_of_act(token) and not any(
                    c.dep_ == "prep" for c in token.children):
                token = token.head.head  # "walked out in protest | at the plan": the act, whose "at" names its object
            # "He told the meeting he was "as opposed to this closure as anybody"": the quote's speaker, as the
            # quotes found him, is who "he" is
            person = self.quoted_pronouns.get(subject.idx, last_person) if subject.pos_ == "PRON" else last_person
            for name, holder_tokens in _holders(subject, self.spans, person, last_organisation):
                if name in by_actor:
                    old_kind, old_holders, predicates = by_actor[name]
                    by_actor[name] = ("reported" if "reported" in (old_kind, kind) else "action",
                                      old_holders | holder_tokens, predicates + [token])
                else:
                    by_actor[name] = (kind, set(holder_tokens), [token])
        return by_actor, reported_elsewhere

    def _body_of_office(self, name: str, holder_tokens: set[int], last_organisation: str | None) -> str | None:
        """The organisation a person speaks for by an office of "its" ("Its president, Jaime Cabal, said ...",
        "its executive director, Luis Mejia"): the one the sentence before was about; else None."""
        if last_organisation is None or self.kinds.get(name) != "person" \
                or self.kinds.get(last_organisation) != "organization":
            return None
        for i in holder_tokens:
            token = self.doc[i]
            if _norm(token.lemma_) in ORGANISATION_OFFICES and _its(token):
                return last_organisation
        return None

    def _said_for_own_body(self, token, subject, last_person: str | None) -> bool:
        """"Chairman Rajesh Prakash said the association opposed the buffer", "its chairman said IPMAN members backed
        the policy": what an officer, the subject of the first reporting verb above ``token``, says of the body they
        speak for ("the association", their chair's body) is that body's stance too."""
        verb = next((node for node in itertools.islice(token.ancestors, 12)
                     if _norm(node.lemma_) in STATEMENT_VERBS and node.pos_ == "VERB"), None)
        reporter = _subject(verb) if verb is not None else None
        if reporter is None:
            return False
        if _norm(verb.lemma_) in ANNOUNCING_VERBS and subject.pos_ == "PROPN" and self.kinds.get(
                _actor_of_subject(subject, self.spans)[0]) in ("organization", "group"):
            return True  # "The Liberal Party will campaign for a No vote, Mr Dutton announced": the party's decision
        person = self.quoted_pronouns.get(reporter.idx, last_person) if reporter.pos_ == "PRON" else last_person
        if subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            # "A PKS spokesman said the party rejected the bill": the party the speaker speaks for, whatever party
            # the article named last
            head = _norm(subject.lemma_)
            for name, _ in _holders(reporter, self.spans, person):
                bodies = {name} if self.kinds.get(name) == "organization" else self._organisations_of(name, token.idx)
                if any(body.split() and _norm(body.split()[-1]) == head for body in bodies):
                    return True
        # a bare "the" noun naming an organisation, or the organisation named ("IPMAN members", "the PAN")
        body = _named_by_head(subject, self.spans) or _actor_of_subject(subject, self.spans)[0]
        if body is None or self.kinds.get(body) not in ("organization", "group"):
            return False  # (a party may be known as its members: "the Conservatives")
        # the body the officer's title names ("the association", said by its chairman), a title of office naming no
        # body of its own ("Chairman X", not "Transport minister X" nor "Council chairman X"), a body the article
        # places the officer in, or the body named last before a title it owns ("Its coordinator, X, said the
        # alliance backed the bill")
        # (a title word may name the party by its members' adjective: "the Conservative leader" of "the
        # Conservatives")
        return any(_norm(subject.lemma_) in self.own_bodies.get(name, ())
                   or subject.pos_ == "PROPN" and stem(subject.text) in map(stem, self.own_bodies.get(name, ()))
                   or ORGANISATION_OFFICES & self.title_words.get(name, set()) and not self.own_bodies.get(name)
                   or body in self._organisations_of(name, token.idx)
                   for name, _ in _holders(reporter, self.spans, person))

    def _actor_statement(self, segment, name: str, kind: str, holder_tokens: set[int], predicates: list,
                         sentence_quote: str | None) -> Statement | None:
        start, end, text = _segment_span(self.body, segment)
        # a sentence that attributes a quote: the quote is a statement of its own, and what the sentence says
        # outside it ("has backed the control orders, saying: ...") is another
        attributes_quote = any(q.speaker_name == name and q.start < end and q.end > start for q in self.direct)
        scope = _own_clause(predicates)
        claims = _claims_of_others(segment)
        # "He also says Lord Goldsmith warned Tony Blair that the war could be illegal": what another named actor
        # says, reported in the actor's words, is that actor's claim
        own = {p.i for p in predicates}
        # ("said many in the Church believe the law will increase abortions": what many believe)
        claims |= self._reported_by_others([t for t in segment if t.i in scope and t.i not in own], name,
                                           also=_others_believe)
        owner = _Owner(frozenset(holder_tokens), first_person_is_actor=False, pronouns_are_actor=True,
                       speaks_for_institution=name in self.officials,
                       actor_name=name, actor_kind=self.kinds.get(name, ""), spans=self.spans,
                       own_bodies=self._bodies_of(name, start), own_groups=self._groups_of(name),
                       own_parties=self.own_parties.get(name, frozenset()))

        def read(claimed, predicates, named_before=()):
            tokens = [t for t in segment if t.i in scope and not t.is_punct and t.i not in claimed
                      and t.i not in self.questions and not (attributes_quote and t.i in self.in_direct_quote)]
            return _readings(tokens, {p.i for p in predicates}, owner, self.spans,
                             (*named_before, *self.contexts.before(start)))

        # "Brereton, who had told RNZ he was not yet convinced, announced that he would vote for it": what the
        # actor held before, said beside a stance they take now, gives way to it; so does what a relative clause
        # says they did, beside what they "now" hold ("Zulu, who voted for the roll-out in May, told the council
        # he now opposed it")
        before = [p for p in predicates if _set_in_the_past(p)]
        dated = bool(before)
        if not before and any(_said_now(p) for p in predicates if p.dep_ != "relcl"):
            before = [p for p in predicates if p.dep_ == "relcl" and p.tag_ == "VBD"]
        now = [p for p in predicates if p not in before]
        readings = None
        if not before:
            # what is said in one report: "said she had supported the reform initially but could no longer back
            # it", "said he had opposed the plan but now backed it" (the content clause set before beside one of now)
            said = [c for p in predicates for c in p.children if c.dep_ == "ccomp"]
            said += [c for v in said for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
            held_before = [v for v in said if _set_in_the_past(v)]
            held_now = [v for v in said if v not in held_before and (
                _said_now(v) or any(_no_longer(c) for c in v.children))]
            if held_before and held_now:
                below_now = {t.i for v in held_now for t in v.subtree}
                earlier = {t.i for v in held_before for t in v.subtree} - below_now
                named_before = tuple(r.term for r in read(claims | {t.i for t in segment} - earlier, predicates)
                                     if r.term and r.polarity and r.direct)
                claims = claims | earlier
                readings = read(claims, predicates, named_before)
        if before and now:
            # (a clause set before that coordinates or governs the one said now, "backed the reform last year but
            # said he would now vote against it", is what lies outside the clause of now)
            earlier = {t.i for p in before for t in p.subtree} - {t.i for p in before for q in now if p in q.ancestors
                                                                   for t in q.subtree} - {p.i for p in now}
            # (what the earlier clause took a stance on is what "it" now stands for)
            outside = {t.i for t in segment} - earlier
            named_before = tuple(r.term for r in read(claims | outside, before) if r.term and r.polarity and r.direct)
            readings = read(claims | earlier, now, named_before)
            # (beside what is held "now", only a stance on what the relative clause was about: not "who opposed the
            # levy, said the harbour was now cleaner")
            if any(r.polarity and (dated or not r.term or r.term in named_before) for r in readings):
                predicates = now
            else:
                readings = None  # ("who had opposed the levy, said it would be debated next week": the earlier one)
        if readings is None:
            readings = read(claims, predicates)
        # "postponed the election": the actor's own delay is where it stands on delaying it, as "backed the
        # postponement" would be
        readings += [Reading(_norm(p.lemma_), 1, p.text, _is_hedged(p), (), (), True, False, p.lower_, declared=True)
                     for p in predicates if kind == "action" and _norm(p.lemma_) in DELAYING_WORDS
                     and p.pos_ == "VERB" and _done_by_subject(p) and any(r.polarity for r in readings)]
        if (kind == "action" or attributes_quote) and not any(r.polarity for r in readings):
            return None
        return Statement(self.article.id, name, text, start, end, self.article.paragraph_at(start),
                         sentence_quote, kind, readings, former=any(_set_in_the_past(p) for p in predicates))

    def _thesis(self, segment, author: str, reported_elsewhere: set[int], sentence_quote: str | None) -> Statement | None:
        start, end, text = _segment_span(self.body, segment)
        segment_ids = {t.i for t in segment}
        claims = _claims_of_others(segment)  # "your report that the council has approved the concession"
        claims |= _acts_of_named(segment, self.spans, author) | _narrated_acts(segment, self.spans, author)
        tokens = [t for t in segment if t.i not in reported_elsewhere and not t.is_punct and t.i not in self.questions
                  and t.i not in claims]
        tops = {t.i for t in segment if t.head.i not in segment_ids or t.head.i == t.i}
        owner = _Owner(frozenset(), first_person_is_actor=True, pronouns_are_actor=False)
        readings = _readings(tokens, tops, owner, self.spans, self.contexts.before(start))
        if not any(r.polarity for r in readings):
            return None
        return Statement(self.article.id, author, text, start, end, self.article.paragraph_at(start),
                         sentence_quote, "thesis", readings)


# Adverbs that set what a verb says before now: "initially backed the plan", "had previously opposed it"
FORMERLY = lexicon.words("formerly")
# "had changed his mind", "reversed her position": verb and object lemmas (see _changes_mind)
MIND_CHANGES = frozenset(tuple(line.split()) for line in lexicon.lines("mind_changes"))


def _changes_mind(tokens) -> bool:
    """Whether the tokens say their actor changed stance: "submissions had changed his mind", "she reversed her
    position", "we are no longer opposed", or the speaker's "I was wrong" / "I got this one wrong"."""
    for token in tokens:
        if token.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and (_norm(token.lemma_), _norm(c.lemma_))
                                        in MIND_CHANGES for c in token.children):
            return True
        if _no_longer(token):
            # "we are no longer opposed", "no longer backs the plan", "was no longer opposed": a stance given up
            verb = token.head.head if token.head.dep_ in ("aux", "auxpass") else token.head
            # (the speaker or who it stands for, not "KLM is no longer opposed"; the parser may hang the subject
            # on the auxiliary)
            subject = _subject(verb) or next((g for a in verb.children if a.dep_ in ("aux", "auxpass")
                                              for g in a.children if g.dep_.startswith("nsubj")), None)
            if subject is not None and subject.pos_ == "PRON" and any(
                    _lexical_polarity(v)[1] == "attitude" for v in (verb, *(c for c in verb.children if c.dep_ == "acomp"))):
                return True
        if _norm(token.text) == "wrong" and token.dep_ in ("acomp", "oprd", "advmod", "attr", "dobj"):
            subject = _subject(token.head)
            if subject is not None and _norm(subject.text) in ("i", "we"):
                return True
    return False


def _told_in_the_past(tokens) -> bool:
    """Whether every verb of the tokens' own clauses that carries a tense is in the past ("I voted for the ban in
    good faith"; not "he would now vote to uphold the veto", nor "told the council he now opposed it"), reporting verbs and subordinate clauses aside."""
    tensed = _tensed(tokens)
    return bool(tensed) and all(
        t.tag_ == "VBD" and not any(c.dep_ == "aux" or _said_of_now(c) for c in t.children)
        or t.tag_ == "VBN" and any(_norm(c.text) == "had" for c in t.children if c.dep_ == "aux")
        for t in tensed)


def _said_of_now(child) -> bool:
    """A verb's "now", "today", "this time" ("This time she voted in favour"): the act of the story's day, not one
    given up."""
    word = _norm(child.text)
    return (child.dep_ == "advmod" and word == "now" or child.dep_ == "npadvmod" and (
        word in ("today", "tonight") or word in ("time", "week", "month", "year")
        and any(c.dep_ == "det" and _norm(c.text) == "this" for c in child.children)))


def _tensed(tokens) -> list:
    """The verbs of the tokens' own clauses that carry a tense, reporting verbs aside (see _told_in_the_past)."""
    return [t for t in tokens if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp")
            and _norm(t.lemma_) not in REPORTING_VERBS
            and (t.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in t.children))
            # (not inside a subordinate clause: "because we were told that no child would be left behind")
            and not any(a.dep_ in ("advcl", "relcl", "acl") for a in t.ancestors)]


def _mark_given_up(statements: list[Statement], doc) -> None:
    """An actor who says in an article that they changed their mind holds their stances told in the past there
    ("I voted for the ban in good faith") no longer: those are former (see Statement.former)."""
    def tokens(statement):
        span = doc.char_span(statement.start, statement.end, alignment_mode="expand")
        return list(span) if span is not None else []

    def told_in_the_past(statement) -> bool:
        # sentence by sentence, those with a word that takes a stance: "We supported this model at the beginning
        # ... That is not what we are seeing" was told in the past
        words = tokens(statement)
        sentences = [[t for t in words if t.sent.start == start] for start in sorted({t.sent.start for t in words})]
        taking = [s for s in sentences if _tensed(s) and any(_lexical_polarity(t)[0] for t in s)] or [words]
        return all(_told_in_the_past(s) for s in taking)

    changed = {s.actor_name for s in statements if _changes_mind(tokens(s))}
    for statement in statements:
        statement.turned = statement.actor_name in changed
        if statement.actor_name in changed and not statement.former and any(r.polarity for r in statement.readings):
            statement.former = told_in_the_past(statement)


def _set_in_the_past(verb) -> bool:
    """Whether a statement's verb says what its subject did or said before, as against what it holds now: a past
    perfect ("had told this newspaper that ...", "had opposed"), a past verb dated ("said in August", "urged an
    expansion in 2022"), "initially", "previously"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and _norm(c.text) == "had" for c in children):
        return True
    if any(c.dep_ == "advmod" and _norm(c.text) in FORMERLY for c in children):
        return True
    # ("who has defended the levy for years", "has opposed it since 2019": held from then until now)
    lasting = verb.tag_ == "VBN" and any(c.dep_ == "aux" and _norm(c.text) in ("has", "have") for c in children)
    if verb.tag_ in ("VBD", "VBN"):
        for child in children:
            if lasting and child.dep_ == "prep" and _norm(child.text) in ("for", "since"):
                continue
            # the date the verb is said at ("in August", "last year"), not one deep in what it is about ("defended
            # the charge as a fair way to share the island's summer water use")
            dated = child if child.dep_ == "npadvmod" else next(
                (o for o in child.children if o.dep_ == "pobj"), None) if child.dep_ == "prep" else None
            if dated is None:
                continue
            # (the year of a measure's name, "voted against the 2024 Finance Bill", dates no act)
            named = dated.pos_ == "PROPN" or _norm(dated.lemma_) in MEASURE_HEADS | LEGISLATIVE_NOUNS
            words = [dated, *(t for t in dated.children if t.dep_ in ("compound", "amod", "nummod", "det")
                              and not named)]
            # ("voted for the bill at its second reading on March 4": the date of the stage it was voted at)
            words += [g for p in dated.children if p.dep_ == "prep" and child.dep_ == "prep" and _is_stage(child)
                      for g in p.children if g.dep_ == "pobj"]
            if any(t.ent_type_ == "DATE" for t in words) and not any(
                _norm(t.text) in ("today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
                                  "saturday", "sunday", "week", "weekend", "night", "morning") for t in dated.subtree):
                return True
    return False


def _said_now(verb) -> bool:
    """"she now backs the plan", "told the council he now opposed it": a stance said to be held now."""
    return any(_norm(c.text) == "now" and c.dep_ == "advmod"
               for v in (verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))) for c in v.children)


def _said_before(verb) -> bool:
    """"I said I would vote against": the speaker's own words of before (what they hold now comes after)."""
    subject = _subject(verb)
    return (verb.tag_ == "VBD" and _norm(verb.lemma_) in SPEECH_VERBS and subject is not None
            and _norm(subject.text) in FIRST_PERSON)


def _clause_of(verb) -> list:
    """The tokens of ``verb``'s clause: its subtree without coordinated clauses that have a subject of their
    own ("they argue X and I think Y": Y is not part of what they argue)."""
    # ("backed by X and opposed by Y": the agent of a passive is its subject)
    excluded = {t.i for c in verb.children if c.dep_ == "conj" and any(g.dep_.startswith("nsubj") or g.dep_ == "agent"
                                                                       for g in c.children)
                for t in c.subtree}
    # ("voted in favour, while most of the bench voted against": a contrast that says what others do)
    excluded |= {t.i for c in verb.children if c.dep_ == "advcl" and _others_meanwhile(c) for t in c.subtree}
    return [t for t in verb.subtree if t.i not in excluded]


CONTRASTING_MARKS = frozenset("while whereas".split())


def _others_meanwhile(clause) -> bool:
    """"..., while many of his own councillors opposed it", "whereas the unions rejected it": a clause of contrast whose
    subject is someone else (a name, people, or "most of" them), not the speaker's own concession ("while it would
    raise money, ...")."""
    if not any(c.dep_ == "mark" and _norm(c.text) in CONTRASTING_MARKS for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" and subject.tag_ == "PRP":
        return False
    people = [subject, *(o for p in subject.children if p.dep_ == "prep" and _norm(p.text) == "of"
                         for o in p.children if o.dep_ == "pobj")]
    people += [c for t in people for c in t.children if c.dep_ == "compound"]  # "most of the Green bench"
    return any(_is_third_party(t) or _is_person_noun(t.lemma_) or _is_body_noun(t.lemma_) for t in people)


def _tops(span) -> set[int]:
    """Tokens of a span whose head lies outside it (or who are their own head)."""
    return {t.i for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i}


def _names_part_of(token, noun) -> bool:
    """Whether ``token`` is ``noun`` or a word of its name ("mining" of "the mining bill"), not something its
    complements speak of ("a delay of the bill")."""
    while token.i != noun.i:
        if token.dep_ not in ("compound", "amod", "nmod", "flat") or token.head.i == token.i:
            return False
        token = token.head
    return True


def _shared_passive_subject(verb):
    """The subject a passive verb coordinated after another shares with it ("The bill is backed by X and opposed
    by Y": "the bill" of "opposed"), or None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(c.dep_.startswith("nsubj") for c in verb.children) \
            or _passive_agent(verb) is None:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def _speakers_own_body(token, doc) -> bool:
    """Whether a subject names the speaker's body by "his" or "her" ("his party", "her union") with no other person
    named between the speaker's verb and it, who could own it ("said Tom Ek had misled voters and his party ...")."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "poss" and _norm(c.text) in ("his", "her") for c in token.children):
        return False
    said = next((a for a in token.ancestors if _norm(a.lemma_) in STATEMENT_VERBS), None)
    return said is not None and not any(t.ent_type_ == "PERSON" for t in doc[said.i + 1:token.i])


def _own_clause(predicates) -> set[int]:
    """The actor's own clause: its predicates and their complements, not its subject phrase nor a
    coordinated clause with a subject of its own (which says something else)."""
    scope: set[int] = set()
    for predicate in predicates:
        if _according_to(predicate) is not None:
            # "According to Senator Pena, the bill is a disaster": the clause it heads, all but the attribution
            scope |= {t.i for t in _clause_of(predicate.head)} - {t.i for t in predicate.subtree}
            continue
        subject = _subject(predicate)
        if subject is None and predicate.pos_ == "NOUN" and _norm(predicate.lemma_) in STANCE_AGENT_NOUNS:
            # "the levy's critic, Senator Reyes of the north": who holds it, when it is in apposition to the noun
            subject = next((c for c in predicate.children if c.dep_ == "appos"), None)
        if subject is not None and subject.dep_ == "nsubjpass" and _passive_agent(predicate) is not None:
            subject = _passive_agent(predicate)  # "the plan was condemned by X": the plan is what X condemned
        excluded = {t.i for t in subject.subtree} if subject is not None else set()
        if predicate.pos_ == "NOUN" and _norm(predicate.lemma_) in STANCE_AGENT_NOUNS:
            # ("supporters of the code, such as Mayor Tom Reyes": the examples are who holds it)
            excluded |= {t.i for example in _examples(predicate) for t in example.head.subtree}
        # ("Senator Reyes, the only senator to vote against the bill": the predicate inside its own subject phrase)
        if _is_infinitival_description(predicate):
            excluded -= {t.i for t in predicate.subtree}
        scope |= {t.i for t in _clause_of(predicate)} - excluded
        shared = _shared_passive_subject(predicate)
        if shared is not None:
            scope |= {t.i for t in shared.subtree}  # "is backed by X and opposed by Y": what Y opposes
        if predicate.pos_ == "NOUN" and predicate.dep_ == "dobj" and _norm(predicate.head.lemma_) in HAVING_VERBS \
                and (agent := _agent(predicate)) is not None:
            # "the bill has the support of Senator Rios": what has it is what the agent supports
            scope |= {t.i for t in predicate.head.subtree} - {t.i for t in agent.subtree}
    return scope


# --- issues --------------------------------------------------------------------------------------------
def _user_issue_concepts(keywords: Sequence[str]) -> set[str]:
    """A keyword's concept, and for a phrase also its head word's ("minimum wage" → "wage"), so that "the
    wage" matches; never its modifiers ("car" of "car ban" is a different question from the ban)."""
    concepts = set()
    for keyword in keywords:
        words = re.findall(r"[\w-]+", keyword)
        if not words:
            continue
        concepts.add(concept_of(_limit_key(" ".join(words).lower())))  # "rent cap" is the key "rent limit"
        concepts.add(concept_of(words[-1]))
    return concepts


def _unname_empty_objects(statements: Sequence[Statement]) -> None:
    """"A blanket cap", "an outright ban": a word before a policy that the corpus never argues about on its own is
    how the policy is drawn, not what it acts on; such a reading is of the bare policy ("cap"), which stands for
    the one the corpus names most (see _bare_policy_resolution). The statements change in place."""
    argued = {reading.term for statement in statements for reading in statement.readings
              if reading.term and " " not in reading.term and not reading.modifier}
    # (only beside the same policy said of something argued: "the cap on holiday letting" by the "blanket cap")
    objects: dict[str, set[str]] = defaultdict(set)
    for statement in statements:
        for reading in statement.readings:
            if len(reading.term.split()) == 2 and reading.head in POLICY_REVERSING:
                objects[reading.head].add(reading.term.split()[0])
    for statement in statements:
        for n, reading in enumerate(statement.readings):
            words = reading.term.split()
            if (len(words) == 2 and reading.head and reading.head in POLICY_REVERSING
                    and words[0] not in argued and reading.noun
                    and any(other in argued for other in objects[reading.head] - {words[0]})):
                statement.readings[n] = dataclasses.replace(
                    reading, term=reading.head, phrase=reading.head,
                    attached=tuple(a for a in reading.attached if words[0] not in _norm(a).split()))


def _split_compound_heads(statements: Sequence[Statement]) -> None:
    """A noun the corpus names, again and again, by two compounds whose first words it also argues about on their
    own ("the retirement age" and "the pension age", beside stances on retirement and on pensions) stands for
    two things: each reading of such a compound takes the compound, hyphened into one word ("pension-age"), as
    its term, so that no issue of the other compound claims it by its head. The statements change in place, so
    that linking positions reads them alike."""
    terms = {reading.term for statement in statements for reading in statement.readings
             if reading.term and " " not in reading.term and reading.noun}
    kinds: dict[str, Counter] = defaultdict(Counter)
    for statement in statements:
        for reading in statement.readings:
            words = reading.phrase.lower().split()
            if reading.term and " " not in reading.term and "-" not in reading.term and reading.noun \
                    and len(words) >= 2 and words[-1] in (reading.term, reading.word) and _norm(words[-2]) in terms:
                kinds[reading.term][f"{words[-2]} {reading.term}"] += 1  # "backyard hens" is "backyard hen"
    split = {term: {k for k, n in counter.items() if n >= 2} for term, counter in kinds.items()}
    # (not two names the corpus gives one thing: "the Maharlika Investment Fund, the first sovereign wealth fund")
    one = {frozenset(pair) for statement in statements for pair in statement.equated}
    split = {term: found for term, found in split.items()
             if len(found) >= 2 and not any(frozenset(pair) in one for pair in itertools.combinations(found, 2))}
    for statement in statements:
        for n, reading in enumerate(statement.readings):
            key = " ".join(reading.phrase.lower().split()[-2:-1] + [reading.term])
            if reading.term in split and key in split[reading.term]:
                statement.readings[n] = dataclasses.replace(reading, term=key.replace(" ", "-"))


def _with_hyphen_parts(concepts: Collection[str]) -> set[str]:
    """The concepts, and those of the words of each hyphened into one ("retirement-age": "retir", "ag")."""
    return set(concepts) | {concept_of(part) for c in concepts if "-" in c for part in c.split("-")}


# "the International Convention on the Elimination of Racial Discrimination (ICERD)", "the National Health
# Insurance (NHI) scheme": capitalised words, maybe joined by a link word, then an acronym in brackets
_DEFINED_ACRONYM = re.compile(
    r"\b((?:[A-Z][\w'’-]*|of|on|the|for|and|against|to|in|de|del)(?: (?:[A-Z][\w'’-]*|of|on|the|for|and|against|to|in|"
    r"de|del))*) \(([A-Z]{2,8})\)")


def _defined_acronyms(bodies: Sequence[str]) -> dict[str, str]:
    """{acronym in lower case: the head noun of the name it is defined as, lower case} over the corpus's texts:
    "icerd" -> "convention" (the noun before the name's first link word, or its last word). Names of bodies
    ("the Trade Union Congress (TUC)") and acronyms defined as two things are left out."""
    heads: dict[str, set[str]] = defaultdict(set)
    for body in bodies:
        if not isinstance(body, str):
            continue
        for match in _DEFINED_ACRONYM.finditer(body):
            words = match.group(1).split()
            while words and words[0][:1] != match.group(2)[0]:
                words = words[1:]  # (an acronym spells its name from the first word: not "On Monday the", "of")
            # (the head comes before what the name says it is on or of, "Convention" of "Convention on ...", unless
            # the name ends in a measure's noun, "Prevention of Terrorism Act"; "and" joins words of the head's
            # phrase: "Goods and Services Tax")
            named = list(itertools.takewhile(lambda w: w[:1].isupper() or w == "and", words))
            if len(words) < 2 or not named[-1][:1].isupper():
                continue
            last = words[-1].lower()
            heads[match.group(2).lower()].add(last if concept_of(last) in _measure_concepts() else named[-1].lower())
    return {acronym: next(iter(found)) for acronym, found in heads.items()
            if len(found) == 1 and not _is_body_noun(next(iter(found)))}


def _is_acronym(phrase: str) -> bool:
    """"ICERD", "NHI": two to eight capitals."""
    return 2 <= len(phrase) <= 8 and phrase.isalpha() and phrase.isupper()


def _acronyms_as_named(statements: Sequence[Statement], defined: Mapping[str, str]) -> None:
    """A stance on "ICERD" is a stance on the convention the corpus defines the acronym as: one question, whether a
    story writes the acronym or "the convention" (see :func:`_defined_acronyms`). The acronym stays as written
    for the label. The statements change in place."""
    if not defined:
        return
    stems = {stem(acronym): stem(head) for acronym, head in defined.items()}
    acronym_of = {stem(acronym): acronym for acronym in defined}
    for statement in statements:
        # (a headline that writes the acronym names the convention: "Rally against ICERD draws thousands")
        named = [defined[acronym_of[root]] for root in statement.headline if root in acronym_of]
        statement.topic = tuple(dict.fromkeys([*(defined.get(t, t) for t in statement.topic), *named]))
        statement.headline = tuple(stems.get(t, t) for t in statement.headline)
        if any(r.term in defined or _acronym_policy(r, defined) for r in statement.readings):
            statement.readings = [
                dataclasses.replace(r, term=defined[r.term], phrase=r.phrase or r.term.upper(),
                                    word=r.word or r.term.upper()) if r.term in defined else
                # ("cutting the SDF": a cut of the fee the acronym stands for, written as the story writes it)
                dataclasses.replace(r, term=f"{defined[r.term.split()[0]]} {r.head}",
                                    phrase=r.phrase or f"{r.term.split()[0].upper()} {r.head}")
                if _acronym_policy(r, defined) else r
                for r in statement.readings]


def _acronym_policy(reading: Reading, defined: Mapping[str, str]) -> bool:
    """Whether a reading is of a policy on a defined acronym: "sdf cut" of "cutting the SDF"."""
    words = reading.term.split()
    return len(words) == 2 and words[0] in defined and bool(reading.head) and words[1] == reading.head


def _flatten(statements: Mapping[str, Sequence[Statement]] | Sequence[Statement]) -> list[Statement]:
    if isinstance(statements, Mapping):
        return [s for article_id in sorted(statements) for s in statements[article_id]]
    return list(statements)


# The share of a word's readings that modify other nouns from which it is a domain or field, not a question
DOMAIN_SHARE = 0.6


@dataclass
class _ConceptTally:
    """What the statements of a corpus say about one concept (or a cluster of concepts)."""

    actors: set = field(default_factory=set)  # (article, actor) that talk about it
    stances: set = field(default_factory=set)  # (article, actor, text) of direct stances on it
    implicit: set = field(default_factory=set)  # (article, actor, text) of stances through "the plan", "this"
    words: Counter = field(default_factory=Counter)
    nouns: Counter = field(default_factory=Counter)
    argued: Counter = field(default_factory=Counter)  # the terms of its readings that take a stance
    attached: Counter = field(default_factory=Counter)
    attached_surface: dict = field(default_factory=lambda: defaultdict(Counter))
    phrases: Counter = field(default_factory=Counter)
    modifiers: int = 0  # readings of it as a modifier of another noun
    anchors: Counter = field(default_factory=Counter)  # names its mentions are said of (see _anchors)
    anchored_in: dict = field(default_factory=lambda: defaultdict(set))  # article -> those names there
    sides: set = field(default_factory=set)  # (actor, +1/-1) of its direct stances
    declared: set = field(default_factory=set)  # (actor, +1/-1) of those said outright ("voted against the deal")
    phrased: set = field(default_factory=set)  # articles with a direct stance on it by a phrase ("the bus ban")
    people: int = 0  # readings of it as a person named (see Reading.person)
    authored: set = field(default_factory=set)  # opinion pieces whose author takes a plain direct stance on it
    known_head: str = ""  # the measure noun the corpus calls it by ("bill" of "the security bills"), see _known_as
    nickname: str = ""  # the word of the name the corpus gives it ("slave" of 'nicknamed the "slave law"')

    def absorb(self, other: "_ConceptTally") -> None:
        self.known_head = self.known_head or other.known_head
        self.nickname = self.nickname or other.nickname
        self.modifiers += other.modifiers
        self.anchors.update(other.anchors)
        for article, names in other.anchored_in.items():
            self.anchored_in[article] |= names
        self.sides |= other.sides
        self.declared |= other.declared
        self.phrased |= other.phrased
        self.people += other.people
        self.authored |= other.authored
        self.actors |= other.actors
        self.stances |= other.stances
        self.implicit |= other.implicit
        self.words.update(other.words)
        self.nouns.update(other.nouns)
        self.argued.update(other.argued)
        self.attached.update(other.attached)
        for key, surface in other.attached_surface.items():
            self.attached_surface[key].update(surface)
        self.phrases.update(other.phrases)

    def names_a_measure(self) -> bool:
        """Whether it is named as a measure: "Proposition 22", "the points system", "a cap" (not "the app")."""
        return any(_norm(_designated_head(phrase).split()[-1]) in MEASURE_HEADS for phrase in self.phrases if phrase)

    def actor_count(self) -> int:
        return len({name for _, name in self.actors})

    def named_people(self) -> bool:
        """Said of a person by name ("support Harrington"): no question by itself (see _join_nominees)."""
        return self.people * 2 >= sum(self.words.values())

    def reversed(self) -> "_ConceptTally":
        """The tally with its sides turned over: for hunting is against the hunting ban."""
        self.sides = {(actor, -sign) for actor, sign in self.sides}
        self.declared = {(actor, -sign) for actor, sign in self.declared}
        return self

    def in_names(self, names: Collection[str]) -> bool:
        """Mostly words of the ``names`` of actors ("Prairie Nurses" of "the Prairie Nurses' Union"): no measure
        "the deal" is."""
        inside = sum(n for phrase, n in self.phrases.items()
                     if phrase[:1].isupper() and any(phrase in name for name in names))
        return 2 * inside > sum(self.phrases.values())

    def anchored_names(self) -> set[str]:
        """The capitalised phrases of its mentions, lower case, whose last word it is said of ("bonilla cáceres")."""
        return {" ".join(p.lower().split()) for p in self.phrases if p[:1].isupper()
                and all(_norm(w) in self.anchors for w in p.split()[-1:])}

    def mostly_people(self) -> bool:
        """Mostly said of people ("nurses", beside a "nursing home" or two): who argues, not what is argued."""
        # (not the person a post is filled with: "the candidate" of a nomination is the question of placing them)
        return sum(n for w, n in self.words.items() if _is_person_noun(w) and concept_of(w) not in _PLACING_ROOTS) * 2 \
            >= sum(self.words.values())

    def is_domain(self) -> bool:
        """A word mostly said of other nouns ("asylum system", "asylum seekers") is the domain, not a question."""
        return self.modifiers >= DOMAIN_SHARE * sum(self.words.values())

    def stance_count(self, with_implicit: bool = False) -> int:
        # actors taking a stance, each stance from its own sentence: one sentence naming two actors
        # ("X wants ..., but Y has ...") does not make an issue by itself
        stances = self.stances | self.implicit if with_implicit else self.stances
        return min(len({name for _, name, _ in stances}), len({text for _, _, text in stances}))

    def article_count(self) -> int:
        return len({article for article, _ in self.actors})


def _anchor_maps(statements: Sequence[Statement]) -> tuple[dict[str, dict[str, tuple[str, ...]]], dict[str, set[str]]]:
    """({article: {word: the names it is said of there}}, {word: the names it is said of anywhere in the
    corpus}) ("merger" only in a headline: "Maplestar-Coastline merger"); see :func:`_anchors`."""
    anchored: dict[str, dict[str, tuple[str, ...]]] = {}
    for statement in statements:
        anchored.setdefault(statement.article, dict(statement.anchored))
    everywhere: dict[str, set[str]] = defaultdict(set)
    for names_of in anchored.values():
        for lemma, names in names_of.items():
            everywhere[lemma].update(names)
    return anchored, everywhere


def _tally_concepts(statements: Sequence[Statement], bare_policy: Mapping[str, str],
                    anchored: Mapping[str, Mapping[str, tuple[str, ...]]],
                    everywhere: Mapping[str, set[str]]) -> dict[str, _ConceptTally]:
    """What the statements say about each concept; ``anchored`` and ``everywhere`` are :func:`_anchor_maps`."""
    tallies: dict[str, _ConceptTally] = defaultdict(_ConceptTally)
    counted: set[tuple[str, str]] = set()
    counted_in: set[tuple[str, str, str]] = set()
    for statement in statements:
        actor = (statement.article, statement.voice or statement.actor_name)
        for reading in statement.readings:
            if not reading.term:
                continue
            tally = tallies[concept_of(bare_policy.get(reading.term, reading.term))]
            tally.actors.add(actor)
            tally.words[reading.term] += 1
            tally.argued[reading.term] += bool(reading.polarity)
            tally.modifiers += reading.modifier
            tally.people += reading.person
            if reading.named_by and reading.polarity:
                # ("the package" of an article that names "the third energy package": the field is the measure's name)
                tally.known_head = tally.known_head or reading.named_by
            if reading.of_measure and reading.polarity and reading.modifier:
                # "backed the mining bill", "the mining bill would destroy jobs": the field of a bill so named
                tally.known_head = tally.known_head or reading.of_measure
            concept = concept_of(bare_policy.get(reading.term, reading.term))
            for lemma in {reading.term, reading.head} - {""}:  # the names this word is said of, once
                if (concept, lemma) not in counted:
                    counted.add((concept, lemma))
                    tally.anchors.update(everywhere.get(lemma, ()))
                if (statement.article, concept, lemma) not in counted_in:
                    counted_in.add((statement.article, concept, lemma))
                    tally.anchored_in[statement.article].update(anchored[statement.article].get(lemma, ()))
            if reading.noun and reading.word and not reading.person:
                tally.nouns[reading.word] += 1
                tally.phrases[reading.phrase or reading.word] += 1
            for phrase in reading.attached:
                key = _norm(phrase.replace(" the ", " "))
                tally.attached[key] += 1
                tally.attached_surface[key][phrase] += 1
            if reading.polarity and reading.direct:
                tally.stances.add((statement.article, actor[1], statement.text))
                tally.sides.add((actor[1], reading.polarity))
                if reading.declared:
                    tally.declared.add((actor[1], reading.polarity))
                if " " in reading.term:
                    tally.phrased.add(statement.article)
                if statement.kind == "thesis" and not reading.hedged:
                    tally.authored.add(statement.article)
    return tallies


def _cluster_concepts(statements: Sequence[Statement], tallies: Mapping[str, _ConceptTally],
                      bare_policy: Mapping[str, str]) -> dict[str, str]:
    """{concept: the concept that represents its cluster}. Words that the corpus's stances keep naming
    together are one issue: "control" and "order" of "control orders", "publication" and "advice" of
    "refused to publish the advice". Two concepts join when at least two stance sentences name both and
    most of their stance sentences name both; nothing but the corpus decides."""
    sentences: dict[str, set[str]] = defaultdict(set)
    for statement in statements:
        for reading in statement.readings:
            if reading.term and reading.polarity and not _exempted_from(reading.cue):
                # (a measure named as what an exemption is from is not named with the exemption as one question:
                # "an ordinance exempting new housing from the rent cap" argues the exemption)
                sentences[concept_of(bare_policy.get(reading.term, reading.term))].add(statement.text)
    concepts = sorted(c for c in sentences if c in tallies and tallies[c].stances)
    parent = {c: c for c in concepts}

    def root(c: str) -> str:
        while parent[c] != c:
            c = parent[c]
        return c

    pairs = []
    for i, first in enumerate(concepts):
        for second in concepts[i + 1:]:
            shared = len(sentences[first] & sentences[second])
            together = len(sentences[first] | sentences[second])
            # most of the sentences of both: a broad word ("asylum") that a specific one ("quota") always
            # comes with stays apart from it, or the debate's topic would swallow its questions
            if shared >= 2 and shared >= 0.5 * together:
                pairs.append((-shared / together, -shared, first, second))
    for _, _, first, second in sorted(pairs):
        a, b = root(first), root(second)
        if a != b:
            # the concept with more stances represents the cluster
            keep, drop = sorted((a, b), key=lambda c: (-len(tallies[c].stances), -len(sentences[c]), c))
            parent[drop] = keep
    return {c: root(c) for c in concepts}


# Past forms regular spelling does not give
_IRREGULAR_PAST = {"bring": "brought"}


def _verb_forms(verb: str) -> set[str]:
    """A verb's forms as plain text writes them: "exempt" -> exempts, exempted, exempting; "spare" -> spared,
    sparing; "bring" -> brought."""
    stem_ = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", stem_ + "ed", stem_ + "ing", *filter(None, [_IRREGULAR_PAST.get(verb)])}


_EXEMPTED_FROM = re.compile(r"\b(" + "|".join(
    re.escape(form) for v in sorted(EXEMPTING_VERBS) for form in sorted(_verb_forms(v))
) + r") from\b", re.IGNORECASE)


def _exempted_from(cue: str) -> bool:
    """Whether a reading's cue says its term is what something is exempted from ("exempting from", "spared from")."""
    return bool(_EXEMPTED_FROM.search(cue))


def discover_issues(
    statements: Mapping[str, Sequence[Statement]] | Sequence[Statement],
    texts: Sequence = (),
    user_issues: Sequence[Mapping] = (),
    *,
    min_actors: int = 2,
    min_stances: int = 2,
    max_issues: int = 10,
) -> list[Issue]:
    """Issues: what at least ``min_actors`` actors talk about and ``min_stances`` take a direct stance on,
    in separate sentences.

    A direct stance is a cue governing the word itself ("favors dialogue", "skeptical of ... talks"), not a
    noun the word merely modifies. Words are joined by derivation ("publish"/"publication") and by the
    corpus: words its stances keep naming together are one issue (see :func:`_cluster_concepts`). Issues are
    ranked by stances, then actors; at most ``max_issues`` are discovered. The label is the phrase most
    mentions use ("control order", "participation in the Olympics").

    ``statements`` is a flat list or ``{article id: statements}``; ``texts`` are the articles' bodies (strings
    or parsed docs), where a corpus that argues one measure by its bare noun writes that measure's name (see
    :func:`_one_debated_measure`); without them, the statements' own sentences are read.
    ``user_issues`` (``[{label, keywords}]``
    from mkdocs.yml) come first and take precedence: a discovered issue sharing a concept with a user issue is
    folded into it (the user's label wins, keywords are joined), which is also how a user renames an issue.
    """
    statements = _flatten(statements)
    _named_compounds(statements)
    _split_compound_heads(statements)
    _unname_empty_objects(statements)
    _contents_across(statements)
    _measures_by_name(statements)
    bodies = [getattr(text, "text", text) for text in texts]
    _acronyms_as_named(statements, _defined_acronyms(bodies))
    found = _Discovery(statements)
    found.bodies = bodies
    candidates = found.candidates(min_actors, min_stances)
    namer = _IssueNamer()
    issues = [issue for spec in user_issues for issue in namer.user_issue(spec, candidates, found)]
    for representative in candidates:
        if len(issues) - namer.user_count >= max_issues:
            break
        issue = namer.discovered_issue(representative, found)
        if issue is not None:
            issues.append(issue)
    discovered = _join_named_measures(issues[namer.user_count:])
    titled, renamed = _titled_measures(statements, discovered, found, min_actors, min_stances)
    discovered = [dataclasses.replace(i, id=namer._unique_id(renamed[i.id]), label=renamed[i.id],
                                      keywords=list(dict.fromkeys(i.keywords + [_norm(renamed[i.id].split()[-1])])))
                  if i.id in renamed else i for i in discovered]
    for issue in titled:
        if len(discovered) >= max_issues:
            break
        discovered.append(Issue(namer._unique_id(issue.label), issue.label, issue.keywords, [], issue.articles))
    discovered = _join_defined_measures(_join_agreement_labels(_join_nested_policies(discovered)), statements)
    # (the stories' words are read only when a bare "Bill" stands beside a titled measure)
    vocabulary = functools.cache(lambda: _article_words(statements, bodies))
    discovered = _argued_by_title(_fold_into_measures(discovered, vocabulary), statements)
    discovered = _with_sides_taken(discovered, statements)
    if not issues[:namer.user_count]:
        one = _one_debated_measure(statements, found, bodies)
        if one is not None and discovered:
            # beside the issues found, the measure most actors argue about by its bare noun ("the reform"), where
            # none of them is a measure of its kind: more actors than any issue found take a stance on it
            issue, actors = one
            kinds = {_measure_kind(_norm(words.split()[-1])) for i in discovered for words in [i.label, *i.keywords]
                     if words.split()}
            argued = max((len({actor for _, actor, _ in found.clusters[rep].stances}) for rep in candidates), default=0)
            if _measure_kind(issue.keywords[-1]) in kinds or actors <= argued:
                one = None
        if one is not None:
            discovered = [dataclasses.replace(one[0], id=namer._unique_id(one[0].label)), *discovered]
            if len(discovered) == 1:
                # the second questions argued in that measure's debate ("the five-year transition" of the 40-hour bill),
                # where no issue but the measure was found to say which articles the debate is in
                measure = {concept_of(part) for k in one[0].keywords for w in k.split() for part in w.split("-")}
                for representative in found.inner_questions([], set(one[0].articles), min_actors, min_stances):
                    words = {concept_of(part) for m in found.members[representative] for w in m.split()
                             for part in w.split("-")}
                    if words <= measure or found._everyday(representative):
                        continue  # (the measure itself, by its words: "hour week bill" of the "40-hour week bill")
                    issue = namer.discovered_issue(representative, found)
                    if issue is not None and issue.label != one[0].label and len(discovered) < max_issues:
                        discovered.append(issue)
    return issues[:namer.user_count] + _one_debate_stories(discovered)


def _one_debate_stories(issues: list[Issue]) -> list[Issue]:
    """Issues that share two stories, or half the stories of the smaller, are questions of one debate: each is argued
    in every story of that debate ("the bill" in a column on the age limit the reports call "the phone ban"); others
    keep their own (a roundup that mentions two debates does not join them)."""
    def one_debate(a: int, b: int) -> bool:
        shared = set(issues[a].articles) & set(issues[b].articles)
        # (two stories in common, or half the smaller one's: not a roundup that mentions two debates)
        return bool(shared) and (len(shared) >= 2 or 2 * len(shared) >= min(len(issues[a].articles),
                                                                            len(issues[b].articles)))

    stories_of: dict[int, list[str]] = {}
    for group in linked_groups(len(issues), [p for p in itertools.combinations(range(len(issues)), 2) if one_debate(*p)]):
        stories = sorted({article for n in group for article in issues[n].articles})
        stories_of.update((n, stories) for n in group)
    return [dataclasses.replace(issue, articles=stories_of[n]) if issue.articles else issue
            for n, issue in enumerate(issues)]


# Words before a measure's noun that say where it stands, not what it is about ("the new law", "the draft bill")
STATUS_WORDS = frozenset(
    "new proposed draft current existing controversial contested amended original final latest planned revised "
    "so-called same whole entire first second last previous earlier former old".split())
_BALLOT_ROOTS = frozenset(stem(w) for w in BALLOT_EVENTS - {"vote", "voting", "poll"})
# Words that act on a measure or judge it, not words of its name ("urges voters to back reform")
_ACTING_STEMS = frozenset(stem(w) for w in ATTITUDE_WORDS | SHIFTERS | STATEMENT_VERBS | POLICY_REVERSING | POLICY_RAISING)
# Measure nouns that say what kind of thing a measure is without naming one ("the idea", "the change"), and the
# others, which a debate's one measure may be argued by
_VAGUE_MEASURES = frozenset("idea change move decision power system version text shift switch".split())
_NAMING_MEASURES = ANAPHORIC_NOUNS - _VAGUE_MEASURES
# Measure nouns that may label an issue alone, which the stories qualify elsewhere ("amendments", "the bill")
_BARE_MEASURES = _NAMING_MEASURES | {"amendment", "referendum", "plebiscite"}


def _with_sides_taken(issues: Sequence[Issue], statements: Sequence[Statement]) -> list[Issue]:
    """The one referendum argued, found from stances on its word, is also argued where people take a side in it
    ("campaigned for Yes", "urged a No vote"): those stories are its too."""
    held = [n for n, issue in enumerate(issues) if _REFERENDUM_CONCEPTS & _issue_concepts(issue)]
    if len(held) != 1:
        return list(issues)
    issue = issues[held[0]]
    # (in a story that names the referendum: "vote Yes in the strike ballot" is another vote)
    named = {s.article for s in statements if any(w in s.text.lower() for w in (*_REFERENDUM_WORDS, *(
        w.lower() for w in issue.label.split()[:-1] if len(w) > 3)))}
    sided = {s.article for s in statements for r in s.readings if not r.term and r.polarity and r.cue.startswith("vote ")
             and s.article in named}
    return [dataclasses.replace(issue, articles=sorted(set(issue.articles) | sided)) if n == held[0] else i
            for n, i in enumerate(issues)]


# Words that say what kind of measure it is, not what it is about ("constitutional amendment", "new law")
_KIND_WORDS = frozenset("constitutional legislative statutory executive emergency".split())


def _says_only_the_kind(label: str) -> bool:
    """Whether an issue's label names only a kind of measure ("Constitutional amendment", "The new law", "Bill")."""
    words = [_norm(w) for w in label.lower().split()]
    singular = [w[:-1] if w.endswith("s") and w[:-1] in _BARE_MEASURES else w for w in words]
    return bool(words) and singular[-1] in _BARE_MEASURES and all(
        w in _BARE_MEASURES or w in STATUS_WORDS or w in _KIND_WORDS or w in ("the", "a") for w in singular)


def _headline_topic(titles: Sequence[str], articles: Sequence[str], found: "_Discovery", members) -> str | None:
    """The noun the headlines of a debate's ``articles`` (``titles``, as written) keep naming, as a headline
    writes it: named in two of them at least and in half of them, a word its statements argue about (a term),
    neither a vote nor a word of the measure itself (``members``) nor a word of acting or judging; the most named,
    the first written on a tie. None when no such word is shared."""
    counts: Counter = Counter()
    written: dict[str, str] = {}
    terms = {stem(t) for t in found.terms if " " not in t}
    for title in titles:
        seen = set()
        for word in re.findall(r"[A-Za-z][A-Za-z'-]+", title):
            root = stem(word.lower())
            if root in seen or root not in terms or len(word) < 3 or word.lower() in STOPWORDS_CLAUSE:
                continue
            if root in _BALLOT_ROOTS or root in _ACTING_STEMS or concept_of(_norm(word.lower())) in members \
                    or word.lower() in MEASURE_HEADS | BALLOT_EVENTS | GENERIC_NOUNS | STATUS_WORDS | _KIND_WORDS:
                continue
            seen.add(root)
            # (as the stories write it: "Marriage" of a headline in title case is "marriage")
            proper = word[:1].isupper() and not word.isupper() and any(
                re.search(rf"[a-z,] {re.escape(word)}\b", body) for body in found.bodies)
            written.setdefault(root, word if proper else word.lower())
            counts[root] += 1
    shared = [root for root, n in counts.most_common() if n >= 2 and 2 * n >= len(articles)]
    return written[shared[0]] if shared else None


def _one_debated_measure(statements: Sequence[Statement], found: "_Discovery", bodies: Sequence[str] = ()
                         ) -> tuple[Issue, int] | None:
    """The measure of a corpus that is one debate, with the number of actors taking a stance on it (an issue where
    no other was found, or beside them where more actors argue it than any of them): stories that all argue about
    "the law", "the bill", "the reform" and name it in passing if at all ("Uruguay's marijuana law" in one headline,
    "the government's pension reform" in a sentence that is no stance, read in ``bodies``). At
    least three actors, for and against, in two articles or more whose headlines share a word, take a stance on the
    measure by its bare noun (or, in stories headlined by a referendum, "will vote No"); the issue is named by the
    words the corpus writes before that noun (see :func:`_measure_name`), and counts only the stances on the measure
    (not "I don't like marijuana")."""
    stances: dict[str, set[tuple[str, str, int]]] = defaultdict(set)
    heads: dict[str, Counter] = defaultdict(Counter)  # kind -> the nouns it is argued by
    # kind -> the words of the name an article gives "the bill" ("week" of "the 40-hour week bill")
    named_terms: dict[str, Counter] = defaultdict(Counter)
    ballots: set[tuple[str, str, int]] = set()  # sides taken in a vote ("will vote No")
    for statement in statements:
        voice = statement.voice or statement.actor_name
        for reading in statement.readings:
            if not reading.polarity:
                continue
            side = (statement.article, voice, reading.polarity)
            if reading.head in _NAMING_MEASURES:
                heads[_measure_kind(reading.head)][reading.head] += 1  # ("the marijuana bill" too)
            if reading.head in _NAMING_MEASURES and not reading.proposer and (
                    not reading.term and reading.phrase in ("", reading.head)
                    # ("the constitutional reform", named so once)
                    or reading.term and reading.phrase.lower().endswith(" " + reading.head)):
                stances[_measure_kind(reading.head)].add(side)
            elif reading.named_by in ANAPHORIC_NOUNS:
                stances[_measure_kind(reading.named_by)].add(side)
                heads[_measure_kind(reading.named_by)][reading.named_by] += 1
                if reading.term:
                    named_terms[_measure_kind(reading.named_by)][reading.term] += 1
            elif not reading.term and BALLOT_SIDE.match(reading.cue):
                ballots.add(side)
    # "would vote No" in stories headlined by the vote ("... ahead of referendum"): a side on what it asks, the
    # measure the corpus argues by its noun
    voted = sum(bool(set(found.headlines.get(a, ())) & _BALLOT_ROOTS) for a in {a for a, _, _ in ballots})
    sides = ballots if voted >= 2 else set()

    def argued(kind: str) -> bool:
        said = stances[kind] | sides
        return len({name for _, name, _ in said}) >= 3 and len({article for article, _, _ in said}) >= 2 \
            and len({sign for _, _, sign in said}) >= 2

    # the kind most actors argue it by, for and against ("the reform", not "the agreement" only its backers name)
    kind = min((k for k in stances if argued(k)), key=lambda k: (-len({name for _, name, _ in stances[k]}), k),
               default=None)
    if kind is None:
        return _one_referendum(ballots, statements, found, bodies)
    said = stances[kind] | sides
    debate = _headlined_debate({article for article, _, _ in said}, found)
    nouns = sorted(heads[kind])  # (the nouns it is argued by: not "the security measures" of a bill)
    label = found.measure_name(nouns, bodies) if debate is not None else None
    if debate is None:
        # the same noun in unrelated stories; or one measure its stories call by several nouns ("the plan", "the
        # overhaul", "the legislation"): more than a third of their stories, two or more, share a headline word,
        # and two of the debate's headlines name it as the stories do, that word part of the name ("Netanyahu
        # delays judicial overhaul ...")
        said = set().union(*(stances[k] for k in stances if k != AGREEMENT_CONCEPT)) | sides
        articles = {article for article, _, _ in said}
        counts = _headline_words(articles, found)
        shared = {root for root, n in counts.items() if n >= 2 and 3 * n > len(articles)}
        if len(articles) < 3 or not shared:
            return None
        nouns = sorted({noun for k in stances if k != AGREEMENT_CONCEPT for noun in heads[k]})
        label = found.measure_name(nouns, bodies)
        named = shared & {stem(w) for w in label.lower().split()} if label is not None else set()
        if label is None or " " not in label or not named:
            return None
        # (the debate the word of its name headlines)
        debate = _headlined_debate(articles, found, min(named, key=lambda root: (-counts[root], root)))
        titled = re.compile(rf"\b{re.escape(label)}\b", re.IGNORECASE)
        if sum(bool(titled.search(found.titles.get(article, ""))) for article in debate) < 2:
            return None
    if label is None:
        return None
    # (and the stories whose headlines name it by its noun and that name it as the corpus does: "Chile pensions:
    # what the reform changes", not "Football club reform divides fans")
    qualifier = {stem(w) for w in label.lower().split()[:-1]}
    noun_roots = {stem(n) for n in nouns}
    headlined = {a for a, roots in found.headlines.items() if roots & noun_roots and a not in debate}
    named_in = {a for a in headlined if found.headlines[a] & qualifier} | {
        statement.article for statement in statements if statement.article in headlined
        and qualifier & {stem(w) for w in re.findall(r"[a-z][a-z-]+", statement.text.lower())}}
    debate = sorted(set(debate) | named_in)
    keywords = [label.lower(), *(f"{label.lower().rsplit(' ', 1)[0]} {n}" for n in nouns
                                 if " " in label and not label.lower().endswith(" " + n)), *nouns,
                *(t for t in _by_count(named_terms[kind]) if t not in nouns)]
    if _says_only_the_kind(label):
        # "the law", argued in stories headlined "Russian influence commission": "Law on influence"
        topic = _headline_topic([found.titles.get(a, "") for a in debate], debate, found,
                                {concept_of(n) for n in nouns})
        label = f"{label} on {topic}" if topic else label
    issue = Issue("", label[:1].upper() + label[1:], list(dict.fromkeys(keywords)), [], debate)
    return issue, len({name for _, name, _ in said})


def _headline_words(articles: Collection[str], found: "_Discovery") -> Counter:
    """{headline word (root): how many of ``articles`` have it in their headline}, small words left out."""
    return Counter(root for article in articles for root in set(found.headlines.get(article, ()))
                   if len(root) > 3 and root not in STOPWORDS_CLAUSE)


def _headlined_debate(articles: Collection[str], found: "_Discovery", word: str | None = None) -> list[str] | None:
    """The stories of the debate ``articles`` argue in: they and every story headlined by the word most of their
    headlines share (or by ``word``); None when no word is shared by two of them (the same noun in unrelated
    stories)."""
    counts = _headline_words(articles, found)
    if not counts or max(counts.values()) < 2:
        return None
    # (ties go to the word fewer of the corpus's headlines share, the more particular, then to the first in
    # alphabetical order: the same on every run)
    everywhere = Counter(root for roots in found.headlines.values() for root in set(roots))
    word = word or min(counts, key=lambda root: (-counts[root], everywhere[root], root))
    return sorted(set(articles) | {a for a, roots in found.headlines.items() if word in roots})


# The names of days and months: when a vote is held ("the December referendum"), not what it asks
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split())
# Nouns for a vote the people cast on one question
REFERENDUM_NOUNS = ("referendum", "plebiscite", "vote")
# ... of which these name nothing but such a vote (a "vote" may be any vote)
_REFERENDUM_WORDS = ("referendum", "plebiscite")
_REFERENDUM_CONCEPTS = frozenset(concept_of(w) for w in _REFERENDUM_WORDS)
_REFERENDUM = re.compile(r"\b(?:referendum|referenda|plebiscite)s?\b", re.IGNORECASE)


def _one_referendum(ballots: set[tuple[str, str, int]], statements: Sequence[Statement], found: "_Discovery",
                    bodies: Sequence[str] = ()) -> tuple[Issue, int] | None:
    """The referendum a corpus argues by its sides alone, naming no measure ("will vote No", "campaigned for a Yes
    vote", "warned against a Yes vote"): three actors or more take sides, for and against, in two articles or more
    that name a referendum and whose headlines share a word; the issue is named by the word the corpus writes
    before "referendum" ("Yasuní referendum", see :func:`_measure_name`)."""
    named = {s.article for s in statements if _REFERENDUM.search(s.text) or _REFERENDUM.search(s.title)}
    said = {side for side in ballots if side[0] in named}
    articles = {article for article, _, _ in said}
    if len({name for _, name, _ in said}) < 3 or len(articles) < 2 or len({sign for _, _, sign in said}) < 2:
        return None
    debate = _headlined_debate(articles, found)
    if debate is None:
        return None  # sides of unrelated votes
    label = found.measure_name(REFERENDUM_NOUNS, bodies, proper=True)
    if label is None or " " not in label:
        return None  # a referendum the corpus gives no name: which question it asks is unknown
    # (not "vote" alone: any vote in any story)
    keywords = list(dict.fromkeys([label.lower(), *(w for w in label.lower().split() if w not in ("vote", "ballot"))]))
    issue = Issue("", label[:1].upper() + label[1:], keywords, [], debate)
    return issue, len({name for _, name, _ in said})


# Words after which the next word is a verb: "who" and the personal pronouns
SUBJECT_WORDS = frozenset("who he she they we i it".split())


def _naming_word(word: str) -> bool:
    """Whether a lower-case word written before a measure's noun may name it: no small word, status ("new",
    "draft"), clause word, measure noun, judgement or act on a measure ("back reform")."""
    return not (word in STOPWORDS_CLAUSE or word in STATUS_WORDS or word in _CLAUSE_STOPS or word in ANAPHORIC_NOUNS
                or lexicon.valence(word) or stem(word) in _ACTING_STEMS)


def _measure_name(nouns: Sequence[str], texts: Sequence[str], titles: set[str], proper: bool = False) -> str | None:
    """The words a corpus writes before a measure's noun, most often ("marijuana law", "marijuana bill"; one or
    two lower-case words, or two joined by "and" before one, not "the new law" nor a verb, "back reform", "who taught
    law"), as it writes them: in a story at least, and twice (a headline counts twice), or once when it names no
    other measure of that kind; the noun alone when no story writes a word before it; None when several words are
    written about as often.
    ``proper``: a name may be written before it too ("the Yasuní referendum"; not a day or a month)."""
    # (a number joined to a word names a measure too: "the 40-hour week bill", "the four-day week law")
    word_pattern = r"[^\W\d_][\w-]+" if proper else r"(?:\d+-)?[a-z][a-z-]+"
    pattern = re.compile(rf"\b(?:({word_pattern}) )?({word_pattern}) (" + "|".join(map(re.escape, nouns)) + r")s?\b")
    one: Counter = Counter()
    two: Counter = Counter()
    in_body: set[str] = set()
    written_with: dict[str, Counter] = defaultdict(Counter)  # word -> the measure nouns written after it
    for text, times in Counter(texts).items():
        weight = 2 if text in titles else 1
        for match in pattern.finditer(text):
            first, word, noun = match.groups()
            if proper and (word.lower() in CALENDAR_WORDS or word.lower() in STOPWORDS_CLAUSE
                           or word.lower() in ("yes", "no")):
                continue
            if proper and word[:1].isupper() and first:
                first = None  # ("in Sunday's ...", "the Voice referendum": the name is the word before it)
            if first in SUBJECT_WORDS:
                continue  # "a professor who taught law", "they passed laws": a verb and its object
            if not _naming_word(word):
                continue
            written_with[word][noun] += times
            one[word] += weight
            if text not in titles:
                in_body.add(word)
            if first and first not in STOPWORDS_CLAUSE | STATUS_WORDS | _CLAUSE_STOPS and not lexicon.valence(first):
                two[f"{first} {word}"] += 1
    one = Counter({w: n for w, n in one.items() if w in in_body})  # (written in a story too, not only a headline)
    if not one:
        # no story writes a word before it ("the decree" throughout): the noun its stories argue it by most
        return max(nouns, key=lambda n: (sum(len(re.findall(rf"\b{re.escape(n)}s?\b", t)) for t in texts), n))
    word = _by_count(one)[0]
    if one[word] < 2 and len(one) > 1:
        return None  # (written once, it is the measure only when the corpus names no other of its kind)
    # (two words when the corpus always writes them so, in two texts at least: "foreign influence law"; not the
    # verb of a headline, "passes aquifer bill")
    written = sum(text.count(f" {word} ") for text in dict.fromkeys(texts))
    pair = next((p for p in _by_count(two) if p.endswith(" " + word) and two[p] >= 2 and two[p] >= written), None)
    noun = _by_count(written_with[word])[0]
    # (or two words joined by "and" before it, twice at least, neither a verb nor a judgement: "health and social
    # services reform", not "debated and passed pension reform")
    joined = re.compile(rf"\b([a-z][a-z-]+ and [a-z][a-z-]+) {re.escape(word)} {re.escape(noun)}s?\b", re.IGNORECASE)
    pairs = Counter(m.group(1).lower() for text in dict.fromkeys(texts) for m in joined.finditer(text)
                    if all(_naming_word(w) and not w.endswith("ed") for w in m.group(1).lower().split()[::2]))
    ranked = _by_count(pairs)
    if not pair and ranked and pairs[ranked[0]] >= 2 and (len(ranked) == 1 or pairs[ranked[1]] < pairs[ranked[0]]):
        pair = f"{ranked[0]} {word}"
    return f"{pair or word} {noun}"


def _named_compounds(statements: Sequence[Statement]) -> None:
    """"the bill" of an article that names one "finance bill" (see :func:`_compound_names`) is the measure the
    corpus titles by that word elsewhere ("the Finance Bill 2024"; "the Prevention of Terrorism Bill" of "the terror
    law", a word of the title that derives from it): it is read by that title, as "the bill" of the articles that
    name it so. In a corpus that titles no measure of its kind, it is the measure named by that word ("the package"
    of "the third energy package": energy, a field that names the measure). In one that titles others, it stays
    "the bill", as the corpus resolves it ("the birth control bill" of a story on the "RH bill"). The statements
    change in place."""
    titles: dict[str, Counter] = defaultdict(Counter)  # kind -> titles of measures of that kind
    for statement in statements:
        for reading in statement.readings:
            phrase = reading.phrase
            if phrase.strip() and (_measure_title(phrase) or _designated(phrase)):
                titles[_measure_kind(_norm(_designated_head(phrase)))][phrase] += 1

    def titled(kind: str, term: str) -> str | None:
        found = Counter()
        for phrase, n in titles.get(kind, Counter()).items():
            words = _measure_title(phrase) or [_norm(w) for w in phrase.split()[:-1] if w.isalpha()]
            if any(concept_of(w) == concept_of(term) or len(term) >= 4 and w.startswith(term) for w in words):
                found[phrase] = n
        return _by_count(found)[0] if found else None

    for statement in statements:
        if not any(r.compound for r in statement.readings):
            continue
        readings = []
        for reading in statement.readings:
            if reading.compound:
                term, word = reading.compound
                kind = _measure_kind(reading.head)
                title = titled(kind, term)
                if title:
                    # (read as the articles that name it read "the bill": by the title's own noun)
                    reading = dataclasses.replace(reading, phrase=title, head=_norm(_designated_head(title)),
                                                  compound=())
                elif kind in titles:
                    reading = dataclasses.replace(reading, compound=())
                else:
                    # (its label is the field's word with the measure noun: "Reproductive health bill", see
                    # _field_compound)
                    reading = dataclasses.replace(reading, term=term, word=word, phrase=word, head="",
                                                  modifier=True, direct=True, context=(), named_by=reading.head,
                                                  compound=())
            readings.append(reading)
        statement.readings = readings


def _argued_by_title(issues: list[Issue], statements: Sequence[Statement]) -> list[Issue]:
    """A measure known by its title ("the Media Practitioners (Amendment) Bill") is argued in every article that
    takes a stance on it by that title, whoever speaks there."""
    titled = {issue.label for issue in issues if issue.articles and (_measure_title(issue.label) or _designated(issue.label))}
    if not titled:
        return issues
    named_in: dict[str, set[str]] = defaultdict(set)
    for statement in statements:
        for reading in statement.readings:
            if reading.polarity and reading.phrase in titled:
                named_in[reading.phrase].add(statement.article)
    return [dataclasses.replace(issue, articles=sorted(set(issue.articles) | named_in[issue.label]))
            if issue.label in named_in else issue for issue in issues]


def _titled_measures(statements: Sequence[Statement], issues: Sequence[Issue], found: "_Discovery",
                     min_actors: int, min_stances: int) -> tuple[list[Issue], dict[str, str]]:
    """Measures known by a title ("the Noise Abatement (Amendment) Bill", "the Local Alcohol Policy") that
    ``min_actors`` actors take stances on in ``min_stances`` statements, by the title or by "the bill" the article
    names so, where no issue found from the words of those stances shares a word with the title: the corpus
    argues about the measure as a whole, and its title is the only name it gives it. Most argued first.

    Also {issue id: title} for an issue found only from the words of such a title ("Coastal" of the stances on
    "the Coastal Lighting (Amendment) Bill"): it is that measure, and takes its title as its label."""
    actors: dict[str, set[str]] = defaultdict(set)
    said: dict[str, set[tuple[str, int]]] = defaultdict(set)
    unnamed: dict[str, set[str]] = defaultdict(set)  # measure noun -> articles with a stance on "this bill" unnamed
    for statement in statements:
        for reading in statement.readings:
            if reading.term or not reading.polarity or reading.proposer:
                continue
            if reading.head in ANAPHORIC_NOUNS and reading.phrase in ("", reading.head):
                unnamed[reading.head].add(statement.article)
            if not _measure_title(reading.phrase) and not (reading.phrase and _designated(reading.phrase)):
                continue
            actors[reading.phrase].add(statement.voice or statement.actor_name)
            said[reading.phrase].add((statement.article, statement.start))
    taken = {concept for issue in issues for concept in _issue_concepts(issue)}
    nicknamed = {pair for statement in statements for pair in statement.nicknamed}
    titled, renamed = [], {}
    for title in sorted(actors, key=lambda t: (-len(said[t]), -len(actors[t]), t)):
        if len(actors[title]) < min_actors or len(said[title]) < min_stances:
            continue
        words = [w for w in _measure_title(title) if len(w) > 3 and w.isalpha() and w not in ANAPHORIC_NOUNS
                 and w not in MEASURE_OBJECTS and w not in GENERIC_NOUNS]
        if any(issue.label == title for issue in issues):
            continue
        if words and any(set(words) <= set(_norm(k) for k in keyword.split()[:-1]) for issue in issues
                         for keyword in issue.keywords if " " in keyword):
            continue  # "the Korimako project" beside the issue "Korimako dam": one thing named by its place
        if {concept_of(w) for w in words} & taken:
            title_concepts = {concept_of(w) for w in _measure_title(title)}
            # (or whose label is words of the title: "Ill adults" of the "Assisted Dying for Terminally Ill Adults
            # (Scotland) Bill", beside "their own lives" that the bill's opponents say it ends)
            only_title = [issue for issue in issues if issue.id not in renamed and not _measure_title(issue.label)
                          and ({concept_of(k) for k in issue.keywords} <= title_concepts
                               or {concept_of(w) for w in issue.label.split()} <= title_concepts)]
            if len(only_title) == 1:
                renamed[only_title[0].id] = title
            continue
        if any(concept_of(nickname) in taken for measure, nickname in nicknamed
               if measure == " ".join(_norm(w) for w in title.split())):
            continue  # "the Building Energy Act, better known as the heating law", an issue found so: that one
        taken |= {concept_of(w) for w in words}
        # where it is argued: the articles that name it, those where two of the people quoted there speak, and
        # (for the measure most argued of its kind) those that argue about "this bill" without naming any
        noun = _norm(_designated_head(title))
        named_in = {article for article, _ in said[title]}
        voices = {name for article in named_in for name in found.speakers[article]}
        everyone = {name for names in found.speakers.values() for name in names}
        articles = named_in | {article for article, names in found.speakers.items()
                               if _shared_voices(names, voices, everyone) >= 2}
        if not words and _designated(title) and _headlined_issue(articles | unnamed.get(noun, set()), issues,
                                                                  found) is not None:
            continue  # "Senate Bill 214" in stories headlined "school phone ban": the number of a measure argued by its words
        articles |= unnamed.pop(noun, set())
        # (not the people a title names: "Tenant" of "the Tenant Protection Ordinance"; being for tenants is no
        # stance on the ordinance)
        keywords = [w for w in words if not _is_person_noun(w)]
        titled.append(Issue("", title, list(dict.fromkeys(keywords + [noun])), [], sorted(articles)))
    return titled, renamed


def _headlined_issue(articles: Collection[str], issues: Sequence[Issue], found: "_Discovery") -> Issue | None:
    """The issue that the headlines of ``articles`` name most ("School phone ban is 'Topeka knows best'", "Kansas
    Senate passes bell-to-bell cellphone ban"): what stories that speak of a measure by its number ("Senate Bill
    214") are about; None when no headline names an issue ("Bill 231 would hollow out palliative care")."""
    best, most = None, 0
    for issue in issues:
        words = _with_hyphen_parts(_issue_concepts(issue)) | {stem(k) for k in issue.keywords if " " not in k}
        # (a compound written as one word names its last part: "cellphone ban" a phone ban)
        count = sum(any(h in words or any(len(w) >= 4 and len(h) - len(w) >= 4 and h.endswith(w) for w in words)
                        for h in found.topics[a] | found.headlines[a]) for a in articles)
        if count > most:
            best, most = issue, count
    return best


def _measure_definitions(statements: Sequence[Statement], titles: Collection[str]) -> dict[str, Counter]:
    """{title: Counter((concept, sign))} of what the corpus says a measure known by its title does, where a statement
    takes one stance on the measure by its title and on a policy with the same cue: "Parliament passed the Customs
    and Excise Duty (Amendment) Bill, which cuts the alcohol levy" (the levy cut, +1; "voted against the bill that
    would ban log exports": the export ban, +1, for the bill is the ban). A title whose words the model split
    ("the Tourism Levy (Amendment) Bill of Bhutan", read as stances on "tourism" and "levy") is found by its words
    in the sentence. And what an article says the measure brings in, with or without a stance ("the draft Law on
    Pastureland would charge households a fee": the fee, +1; see :func:`_imposed`)."""
    found: dict[str, Counter] = defaultdict(Counter)
    for title in titles:
        words = {w for w in _measure_title(title) if len(w) > 3 and w.isalpha()}
        written = re.compile(re.escape(title.lower()).replace(r"\ ", r"\s+"))
        for statement in statements:
            if not written.search(statement.text.lower()):
                continue
            sides = {(r.polarity, r.cue) for r in statement.readings if r.polarity and (
                r.phrase == title or not r.term and _norm(r.head) == _norm(title.split()[-1]) or r.term in words)}
            if len({sign for sign, _ in sides}) != 1:
                continue
            sign, cues = next(iter(sides))[0], {cue for _, cue in sides}
            for reading in statement.readings:
                if reading.term and reading.polarity and reading.cue in cues and " " in reading.term \
                        and stem(reading.head) in _POLICY_STEMS and reading.term.split()[0] not in words:
                    found[title][(concept_of(reading.term), reading.polarity * sign)] += 1
    # ("the draft Law on Pastureland ... would charge households a fee": what an article says the measure, as the
    # subject of its title, brings in; see _imposed)
    pairs = {pair for statement in statements for pair in statement.imposed}
    for title in titles:
        words = set(_measure_title(title))
        for word, content in pairs:
            if word in words and content not in words:
                found[title][(concept_of(content), 1)] += 1
    return found


def _join_agreement_labels(issues: list[Issue]) -> list[Issue]:
    """One agreement labelled by two of its nouns ("Lithium contract" beside "Lithium deal") in the same stories:
    one question, named as the first (the more argued) is."""
    joined = list(issues)
    for later in issues:
        words = later.label.lower().split()
        if later not in joined or len(words) < 2 or _norm(words[-1]) not in AGREEMENT_NOUNS:
            continue
        first = next((i for i in joined if i is not later and i.label.lower().split()[:-1] == words[:-1]
                      and _norm(i.label.lower().split()[-1]) in AGREEMENT_NOUNS
                      # (argued in the same stories: not "Trade deal" and "Trade agreement" of two debates)
                      and (not i.articles or not later.articles or set(i.articles) & set(later.articles))), None)
        if first is None or joined.index(first) > joined.index(later):
            continue
        joined[joined.index(first)] = _joined_issue(first, later)
        joined.remove(later)
    return joined


def _joined_issue(kept: Issue, added: Issue) -> Issue:
    """``kept`` with the keywords, the words counted reversed and the articles of ``added``, kept's first."""
    return Issue(kept.id, kept.label, list(dict.fromkeys(kept.keywords + added.keywords)),
                 list(dict.fromkeys(kept.opposite + added.opposite)),
                 sorted(set(kept.articles) | set(added.articles)) if kept.articles and added.articles else [])


def _join_nested_policies(issues: list[Issue]) -> list[Issue]:
    """One policy labelled twice, the one label inside the other ("Export ban" of the stances on "a ban on round log
    exports", beside "Log export ban"): one question, named by the fuller label, where it stood first."""
    joined = list(issues)
    for short in issues:
        words = short.label.lower().split()
        if short not in joined or len(words) < 2 or stem(words[-1]) not in _POLICY_STEMS:
            continue  # (not "Ban" alone beside "Log export ban": which ban is unsaid)
        fuller = [i for i in joined if i is not short and i.label.lower().split()[-1:] == words[-1:]
                  and set(words) < set(i.label.lower().split())]
        if len(fuller) != 1:
            continue
        other = fuller[0]
        merged = _joined_issue(other, short)
        first = min(joined.index(short), joined.index(other))
        joined = [i for i in joined if i is not short and i is not other]
        joined.insert(first, merged)
    return joined


# The roots of the policy words, a noun's or its verb's ("reduction", "reduce")
_POLICY_STEMS = frozenset(stem(w) for w in POLICY_REVERSING | POLICY_RAISING)


def _join_defined_measures(issues: list[Issue], statements: Sequence[Statement]) -> list[Issue]:
    """A measure known by its title and the policy the corpus says it is are one question ("the Customs and Excise
    Duty (Amendment) Bill", "which cuts the alcohol levy", beside the issue "Alcohol levy cut"): the policy's issue
    joins the measure's, which a story calling it "the Bill" argues, when the measure does what the policy's issue
    is for (not against: a bill that cuts the levy is no "Alcohol levy" issue's measure)."""
    titled = [issue for issue in issues if _measure_title(issue.label) and issue.label.split()[-1][:1].isupper()]
    if not titled:
        return issues
    definitions = _measure_definitions(statements, [issue.label for issue in titled])
    joined = list(issues)
    for measure in titled:
        said = definitions.get(measure.label)
        if not said or measure not in joined:
            continue
        (concept, sign), _ = said.most_common(1)[0]
        if len({c for c, _ in said}) > 1 or len({s for _, s in said}) > 1:
            continue  # the corpus says it does several things, or says it both ways
        hosts = [i for i in joined if i is not measure and concept in _issue_concepts(i)]
        if len(hosts) != 1:
            continue
        host = hosts[0]
        against = concept in {concept_of(k) for k in host.opposite}
        if sign * (-1 if against else 1) != 1:
            continue
        merged = Issue(measure.id, measure.label, list(dict.fromkeys(measure.keywords + host.keywords)),
                       list(dict.fromkeys(host.opposite + measure.opposite)),
                       sorted(set(host.articles) | set(measure.articles)) if host.articles and measure.articles else [])
        log.debug("issues: %s is the measure that is %s", measure.label, host.label)
        joined[joined.index(host)] = merged
        joined.remove(measure)
    return joined


def _join_named_measures(issues: list[Issue]) -> list[Issue]:
    """A measure labelled by a capitalised name ending in a measure noun ("the Shea Nut (Export Restriction) Bill")
    and an issue one of whose words the name holds ("the export ban") are one question: the first such issue takes
    the name as its label and the measure's words. (A word of the name may be what a ban acts on: "Export" of a
    "(Quality and Export) Bill" joins it to an export ban too.)"""
    joined = list(issues)
    for named in issues:
        words = _measure_title(named.label)
        if not words:
            continue
        if named not in joined:
            continue  # already joined to another, as the issue its name names
        title = {concept_of(w) for w in words}
        other = next((i for i in joined if i is not named
                      and any(" " not in k and concept_of(k) in title for k in i.keywords)), None)
        if other is None:
            continue
        merged = Issue(named.id, named.label, list(dict.fromkeys(other.keywords + named.keywords)), other.opposite,
                       sorted(set(other.articles) | set(named.articles)) if other.articles and named.articles else [])
        joined[joined.index(other)] = merged
        joined.remove(named)
    return joined


# Nouns for a part of a written measure: "the 135 articles", "the clause", "the security provisions"
PART_NOUNS = frozenset("article clause section provision chapter paragraph".split())
_PART_CONCEPTS = frozenset(concept_of(w) for w in PART_NOUNS)


def _fold_into_measures(issues: list[Issue],
                        vocabulary: Callable[[], Mapping[str, set[str]]] = dict) -> list[Issue]:
    """An issue that is another by its initials or its adoption is that issue: "RH law" beside "Reproductive
    health bill"; "Ratification", argued only in articles where one measure is argued most widely, is that
    measure's adoption; "Bill", argued in stories that speak of what one titled measure's title names (see
    :func:`_speaks_of_title`; ``vocabulary`` gives {article id: its word roots}, asked only when such a "Bill" is
    beside such a measure), is that measure. Folded into it: the keywords join, the measure's label stays."""
    adoption = {concept_of(w) for w in ADOPTION_NOUNS}
    result = list(issues)
    for issue in issues:
        words = issue.label.lower().split()
        spelt = next((o for o in result if o is not issue and _spelt_out(issue.label, o.label)), None)
        # "Amendment" beside "the Tourism Levy (Amendment) Bill": the one measure of the corpus its title calls so
        titled = [o for o in result if o is not issue and len(words) == 1 and _measure_title(o.label)
                  and f"({_norm(words[0])})" in o.label.lower() and concept_of(words[0]) in _measure_concepts()]
        # "Bill" argued in stories that speak of what "the Solidarity Contribution for Tourist Security Law" names:
        # the one measure known by its title there ("the bill, formally the ... Law")
        named = [o for o in result if o is not issue and len(words) == 1 and _measure_title(o.label) and o.articles
                 and issue.articles and concept_of(words[0]) in _measure_concepts()
                 and concept_of(words[0]) != concept_of("amendment")
                 and all(_speaks_of_title(o.label, vocabulary().get(a, set())) for a in issue.articles)]
        part = False
        if spelt is not None:
            target = spelt  # "RH law" beside "Reproductive health bill": one law, by its initials
        elif len(titled) == 1:
            target = titled[0]
        elif len(named) == 1:
            target = named[0]
        else:
            part = len(words) == 1 and concept_of(words[0]) in _PART_CONCEPTS
            if len(words) != 1 or not (concept_of(words[0]) in adoption or part) or not issue.articles:
                continue
            # ("Articles", argued where one law is argued: that law's articles, not a measure of their own)
            # (a law's articles may be argued in more stories than the law by its name: two shared will do)
            hosts = sorted((o for o in result if o is not issue and o.articles and (
                set(issue.articles) <= set(o.articles) if not part else
                len(set(issue.articles) & set(o.articles)) >= 2 and _norm(o.label.lower().split()[-1]) in MEASURE_HEADS)),
                           key=lambda o: -len(o.articles))
            # (the one argued most widely, where several are argued in those articles)
            if not hosts or len(hosts) > 1 and len(hosts[1].articles) == len(hosts[0].articles):
                continue
            target = hosts[0]
        articles = sorted(set(target.articles) | set(issue.articles)) if target.articles and issue.articles else []
        # (the repeal of a law's articles is against the law: "article repeal" counts reversed)
        undoing = [k for k in issue.keywords if _is_reversing_phrase(concept_of(k))] if part else []
        result[result.index(target)] = dataclasses.replace(
            target, keywords=list(dict.fromkeys(target.keywords + issue.keywords)), articles=articles,
            opposite=list(dict.fromkeys(target.opposite + undoing)))
        result.remove(issue)
    return result


def _article_words(statements: Sequence[Statement], bodies: Sequence[str]) -> dict[str, set[str]]:
    """{article id: the roots (see stem) of the words of its body (the one of ``bodies`` its statements were cut
    from; its statements alone without it) and of its headline}."""
    body_of: dict[str, str | None] = {}
    texts: dict[str, list[str]] = defaultdict(list)
    words: dict[str, set[str]] = defaultdict(set)
    for statement in statements:
        article = statement.article
        if article not in body_of:
            body_of[article] = next((b for b in bodies if b[statement.start:statement.end] == statement.text), None)
            texts[article].append(body_of[article] or "")
        if body_of[article] is None:
            texts[article].append(statement.text)
        words[article] |= set(statement.headline)
    for article, parts in texts.items():
        words[article] |= {stem(w) for text in parts for w in re.findall(r"[^\W\d_]+", text.lower())}
    return words


def _speaks_of_title(label: str, words: set[str]) -> bool:
    """Whether a story whose word roots are ``words`` speaks of what a measure's title names: two of its words of
    four letters or more (one, if it has only one), "tourist" and "security" of "Solidarity Contribution for Tourist
    Security Law"."""
    title = {stem(w) for w in _measure_title(label) if len(w) >= 4}
    return bool(title) and len(title & words) >= min(2, len(title))


def _spelt_out(short: str, full: str) -> bool:
    """Whether ``short`` is a measure named by initials that ``full`` spells out: "RH law" and "Reproductive health
    bill", "GST bill" and "Goods and services tax" (the initials of its words but "and", "of", "the")."""
    words = short.split()
    if len(words) != 2 or not (2 <= len(words[0]) <= 6 and words[0].isupper() and words[0].isalpha()) \
            or _norm(words[1]) not in LEGISLATIVE_NOUNS | ANAPHORIC_NOUNS:
        return False
    spelt = [w for w in full.split() if w.lower() not in ("and", "of", "the", "on", "for")]
    if spelt and _norm(spelt[-1]) in LEGISLATIVE_NOUNS | ANAPHORIC_NOUNS and len(spelt) > len(words[0]):
        spelt = spelt[:-1]
    return "".join(w[0] for w in spelt).upper() == words[0]


class _Discovery:
    """The concepts a corpus's statements take stances on, clustered, with the articles that argue them."""

    def __init__(self, statements: Sequence[Statement]):
        # who speaks in the corpus: a name that is only ever the subject of what a sentence says it does or could do
        # ("The Voice could not veto laws", of a body a referendum would create) is no voice, and may be argued about
        self.actor_names = {statement.actor_name for statement in statements if statement.kind != "action"}
        self.texts = list(dict.fromkeys(statement.text for statement in statements))
        self.bodies: list[str] = []  # the articles' bodies, when the caller gives them
        self.titles = {statement.article: statement.title for statement in statements}
        self.terms = {reading.term for statement in statements for reading in statement.readings if reading.term}
        self.bare_policy = _bare_policy_resolution(statements)
        anchored, self.everywhere = _anchor_maps(statements)  # the names each word is said of
        self.headlined_policies = _headlined_policies(statements, self.bare_policy, self.everywhere)
        self.bare_policy.update({head: target for head, (target, _) in self.headlined_policies.items()})
        tallies = _tally_concepts(statements, self.bare_policy, anchored, self.everywhere)
        cluster_of = _cluster_concepts(statements, tallies, self.bare_policy)
        if DELAY_CONCEPT in cluster_of:
            _delay_apart(cluster_of, statements, tallies)
        self.clusters: dict[str, _ConceptTally] = {}
        self.members: dict[str, list[str]] = defaultdict(list)
        for concept, representative in sorted(cluster_of.items()):
            self.members[representative].append(concept)
        for concept, tally in tallies.items():
            representative = cluster_of.get(concept, concept)
            if representative not in self.clusters:
                self.clusters[representative] = _ConceptTally()
            self.clusters[representative].absorb(tally)
            if concept not in cluster_of:
                self.members[representative].append(concept)
        self.opposite = _join_reversed_framings(self.clusters, self.members, tallies)
        _join_by_anchors(self.clusters, self.members, self.opposite)
        _join_equated(self.clusters, self.members, self.opposite, statements)
        self._add_implicit_stances(statements)
        _join_by_anchors(self.clusters, self.members, self.opposite)  # "the rule" found just now may join too
        _join_nominees(self.clusters, self.members, self.opposite)
        _join_placed_people(self.clusters, self.members, self.opposite)
        _reverse_what_is_delayed(self.members, self.opposite, statements)
        articles_with_stances = {article for t in self.clusters.values() for article, _, _ in t.stances}
        self.min_articles = min(2, len(articles_with_stances))
        self._debate_articles: dict[str, list[str]] = {}
        self.topics: dict[str, set[str]] = defaultdict(set)  # article -> concepts its headline names
        self.headlines: dict[str, set[str]] = defaultdict(set)  # article -> roots of its headline's words
        self.speakers: dict[str, set[str]] = defaultdict(set)  # article -> who makes statements in it
        for statement in statements:
            # (and what a bare policy word there stands for: "quota" in a headline over stories of "the cap")
            self.topics[statement.article] |= {concept_of(t) for t in statement.topic} | {
                concept_of(self.bare_policy[t]) for t in statement.topic if t in self.bare_policy}
            self.headlines[statement.article] |= set(statement.headline)
            self.speakers[statement.article].add(statement.actor_name)
        self.everyone = {name for names in self.speakers.values() for name in names}  # every speaker of the corpus

    def _add_implicit_stances(self, statements: Sequence[Statement]) -> None:
        """An implicit target ("asked for a postponement", "this is going to fail") takes a stance on the
        nearest earlier word that others take explicit stances on; "the plan", "the proposal" on the most
        debated of the words before it. Implicit stances add actors to an issue but never make one."""
        explicit = {c: len({name for _, name, _ in t.stances}) for c, t in self.clusters.items() if t.stances}
        member_of = {concept: rep for rep, names in self.members.items() for concept in names}
        # "the rule", "the deal" stand for something several actors argue about, not for any word judged once
        debated = {c: n for c, n in explicit.items() if n >= 2}
        unresolved: dict[str, _ConceptTally] = defaultdict(_ConceptTally)
        names: dict[str, Counter] = defaultdict(Counter)  # how the corpus names each policy noun

        known_as = _known_as(statements, member_of, self.clusters)

        def resolve(reading: Reading) -> str | None:
            if reading.head in known_as and reading.phrase in ("", reading.head):
                return known_as[reading.head]  # "the bill" of a corpus that calls it "the fake news bill"
            if reading.head in ANAPHORIC_NOUNS:
                # "the bill" is not "clause 14 of the bill": a part of what it names
                # (nor people: "voted against the bill" in a story of electing judges is no vote on the judges)
                candidates = {c: n for c, n in debated.items() if not self.clusters[c].attached.get(f"of {reading.head}")
                              and not self.clusters[c].in_names(self.actor_names) and not self._people(c)}
            else:
                candidates = explicit
            # (the people a headline names, "Nurses reach tentative deal", are no measure "the agreement" is)
            return _resolve_implicit(reading, candidates, self.bare_policy, member_of,
                                     lambda c: not self.clusters[c].mostly_people(),
                                     lambda c: self.clusters[c].names_a_measure())

        named = _name_majorities(statements, resolve)  # a measure's name is one measure across the corpus
        for statement in statements:
            for reading in statement.readings:
                if reading.term or not reading.polarity:
                    continue
                if reading.head in ANAPHORIC_NOUNS:
                    names[concept_of(reading.head)][reading.phrase or reading.head] += 1
                concept = named.get(reading.phrase) if not reading.proposer else None
                concept = concept or resolve(reading)
                voice = statement.voice or statement.actor_name
                if concept is not None:
                    self.clusters[concept].actors.add((statement.article, voice))
                    self.clusters[concept].implicit.add((statement.article, voice, statement.text))
                    if known_as.get(reading.head) == concept and reading.phrase in ("", reading.head):
                        # "the bill" of a corpus that calls it "the fake news bill": a stance on it by its name
                        self.clusters[concept].stances.add((statement.article, voice, statement.text))
                        self.clusters[concept].sides.add((voice, reading.polarity))
                        self.clusters[concept].known_head = reading.head
                    if statement.kind == "thesis" and reading.declared and reading.phrase in named:
                        # "I support the bill" in a column that names it "Senate Bill 214": the column argues it
                        self.clusters[concept].authored.add(statement.article)
                elif reading.head in ANAPHORIC_NOUNS:
                    tally = unresolved[concept_of(reading.head)]
                    tally.actors.add((statement.article, voice))
                    tally.stances.add((statement.article, voice, statement.text))
                    tally.sides.add((voice, reading.polarity))
                    if reading.declared:
                        tally.declared.add((voice, reading.polarity))
                    tally.words[reading.head] += 1
                    tally.nouns[reading.head] += 1
        # "repeal the rule", "praised the rule", "opposition to the Immunization Rule": a policy noun that
        # stands for nothing else the corpus argues about is itself what is argued about
        for concept, tally in sorted(unresolved.items()):
            if concept in member_of or concept in self.clusters or tally.stance_count() < 2:
                continue
            tally.phrases.update(names[concept])
            for head in tally.words:
                tally.anchors.update(self.everywhere.get(head, ()))
            self.clusters[concept] = tally
            self.members[concept] = [concept]

    def _shared_debate(self, tally: _ConceptTally, words: Sequence[str]) -> bool:
        """A question a corpus argues about comes up in several articles, and they are about it (two
        headlines name it) or about one debate (someone speaks of it in two of them); the same word judged in
        unrelated stories ("activities", "life") is a coincidence."""
        articles = sorted({article for article, _ in tally.actors})
        if len(articles) < self.min_articles:
            return False
        # (a compound hyphened into one word is named by a headline that names one of its words)
        words = _with_hyphen_parts(words)
        headlines = sum(bool(words & (self.topics[a] | self.headlines[a])) for a in articles)
        said = tally.stances | tally.implicit
        return (
            self.min_articles < 2
            or headlines >= 2
            or any(count >= 2 for count in Counter(name for _, name in tally.actors).values())
            # one headline names it and three actors in two articles take a stance on it ("Judicial review sought
            # over maternity closure"; "I am opposed to this closure" in a letter, "voted against this closure")
            # -- a measure by its very word: a closure, a ban, a cut, a rise
            or headlines >= 1 and len({n for _, n, _ in tally.stances}) >= 3
            and len({a for a, _, _ in tally.stances}) >= 2
            and any(_norm(w.split()[-1]) in POLICY_REVERSING | POLICY_RAISING for w in tally.words)
            # one headline names it and four actors in three articles take a stance on it, by its word or by
            # "it", "this", "vote No" near it ("Sixteen is not too young. This amendment is still wrong"; "I
            # drafted this amendment", "I will be voting No on Friday week"): a question a debate argues
            or headlines >= 1 and len({n for _, n, _ in said}) >= 4 and len({a for a, _, _ in said}) >= 3
            # three actors take a stance on it in articles that say it of the same name ("the Antaccocha project"
            # here, "Antaccocha's project" there): one thing named, argued in several stories
            or len({n for _, n, _ in tally.stances}) >= 3 and self._same_name_in(tally) >= 2
            # a measure known by its number ("Proposition 22", "Bill 41") is one thing wherever it is written:
            # three actors take a stance on it, in two articles
            or any(_designated(phrase) for phrase in tally.phrases) and len({n for _, n, _ in said}) >= 3
            and len({a for a, _, _ in said}) >= 2
            # "the agreement" that some say outright they vote for and others against, with stances on it in three
            # articles: a measure argued, whatever the headlines call it ("tentative deal", "contract")
            or all(_norm(w) in ANAPHORIC_NOUNS for w in tally.words)
            and len({n for _, n, _ in tally.stances}) >= 3 and len({a for a, _, _ in tally.stances}) >= 3
            and len({sign for _, sign in tally.declared}) == 2
            # one story where three actors take stances on it and some say outright they are for it, others against
            # ("we support this amendment", "opposed the amendment"): a question argued there, not a word met by chance
            or max(Counter(a for a, _ in {(a, n) for a, n, _ in tally.stances}).values(), default=0) >= 3
            and len({sign for _, sign in tally.declared}) == 2
        )

    def _people(self, representative: str) -> bool:
        """The cluster stands for people ("judges"), whatever measure on them it holds too ("electing")."""
        own = [w for w in self.clusters[representative].words if concept_of(w) == representative]
        return bool(own) and all(_is_person_noun(w) for w in own)

    @staticmethod
    def _same_name_in(tally: _ConceptTally) -> int:
        """How many of the articles with a stance on it say it of the name most of them say it of."""
        names = Counter(name for article in {a for a, _, _ in tally.stances}
                        for name in tally.anchored_in.get(article, ()))
        return max(names.values(), default=0)

    def _acceptable(self, representative: str, min_actors: int, min_stances: int) -> bool:
        tally = self.clusters[representative]
        words = self.members[representative]
        lemmas = list(tally.words)
        return (
            tally.actor_count() >= min_actors
            and tally.stance_count() >= min_stances
            and self._shared_debate(tally, words)
            and (not tally.is_domain() or tally.known_head)  # ("security" of "the security bills": the bills)
            and (tally.article_count() >= self.min_articles or any(w not in COMMON_NOUNS for w in words))
            and not all(_is_person_noun(w) or w in GENERIC_NOUNS or _is_body_noun(w) for w in lemmas)
            and not tally.mostly_people()
            and not tally.named_people()
            and not tally.in_names(self.actor_names)  # "the Harbour Dockers" of the Harbour Dockers Union: who argues
            # named as a thing at least once, not only ever a verb ("riders cannot pay"); but putting something off
            # is a question however it is written ("moved that the vote be deferred")
            and (bool(tally.phrases) or representative == DELAY_CONCEPT)
            and _argued_in(tally, self.debate_articles(representative))
        )

    def debate_articles(self, representative: str) -> list[str]:
        """The articles that argue about a cluster (see :func:`_debate_articles`), computed once."""
        if representative not in self._debate_articles:
            tally = self.clusters[representative]
            found = _debate_articles(tally, set(self.members[representative]), self.topics, self.titles)
            # and an article with a stance on it where someone who speaks in those articles speaks too: the same
            # debate reported again ("a call by Lord Mackay to publish" in a story that quotes the same people)
            voices = {name for article in found for name in self.speakers[article]}
            # and an article that names it after the same names as the debate's articles do: a column against
            # "the Tarangi dam" by someone the reports never quote
            names = {name for article in found for name in tally.anchored_in.get(article, ())}
            # and an article where someone who speaks in those articles takes a stance on it by its word (a
            # minister's interview after the reports that quote her)
            found = sorted(set(found) | {article for article, _, _ in tally.stances | tally.implicit
                                         if _shared_voices(self.speakers[article], voices, self.everyone) >= 2
                                         or names & tally.anchored_in.get(article, set())}
                           | {article for article, name, _ in tally.stances if name in voices})
            self._debate_articles[representative] = found
        return self._debate_articles[representative]

    def measure_name(self, nouns: Sequence[str], bodies: Sequence[str] = (), proper: bool = False) -> str | None:
        """What the corpus writes before a measure's noun (see :func:`_measure_name`), read in ``bodies`` or else
        the articles' bodies, else the statements' sentences, and in the headlines."""
        titles = list(self.titles.values())
        return _measure_name(nouns, [*(bodies or self.bodies or self.texts), *titles], set(titles), proper)

    def candidates(self, min_actors: int, min_stances: int) -> list[str]:
        """Cluster representatives that make issues, most stances first; then the questions argued inside
        those issues' debates (see :meth:`_within_debate`)."""
        def ranked(found):
            return sorted(found, key=lambda c: (-self.clusters[c].stance_count(True), -self.clusters[c].stance_count(),
                                                -self.clusters[c].actor_count(), c))

        found = ranked(c for c in self.clusters if self._acceptable(c, min_actors, min_stances))
        debated = {article for c in found for article in self.debate_articles(c)}
        inner = self.inner_questions(found, debated, min_actors, min_stances)
        # a word of everyday English ("life", "change", "law") is what a debate is about only if more say so
        return [c for c in found + ranked(inner) if not self._everyday(c) or self.clusters[c].stance_count() >= 3]

    def inner_questions(self, found: Sequence[str], debated: set[str], min_actors: int, min_stances: int) -> list[str]:
        """The clusters argued as second questions (see :meth:`_within_debate`) of the debate whose articles are
        ``debated``, beside the clusters ``found`` to be its issues."""
        inner = [c for c in self.clusters if c not in found and self._within_debate(c, debated, min_actors, min_stances)]
        # "the use of evidence" beside the issue "evidence": an aspect of an issue already there, not another one;
        # but "the crushing of seized motorcycles" beside "the motorcycle ban" acts on what the ban acts on, and is
        # a measure of its own
        known = {concept for c in found for concept in self.members[c] if concept not in self.opposite.get(c, ())}
        inner = [c for c in inner if not any(
            key.split() and concept_of(key.split()[-1]) in known and n >= 2 for key, n in self.clusters[c].attached.items())]
        for c in inner:  # such a question is argued in the debate's articles where its actors speak of it too
            self._debate_articles[c] = sorted(
                {a for a, _ in self.clusters[c].actors if a in debated} | set(self.debate_articles(c)))
        return inner

    def _everyday(self, representative: str) -> bool:
        return all(" " not in w and _norm(w) in COMMON_NOUNS for w in self.clusters[representative].words)

    def _within_debate(self, representative: str, debated: set[str], min_actors: int, min_stances: int) -> bool:
        """A second question of a debate the corpus already argues ("the exemption for tradespeople" beside
        "the congestion charge"): actors in at least two of that debate's articles take stances on it, though
        no headline names it. A corpus of unrelated stories has no debate, so no such question either."""
        tally = self.clusters[representative]
        stances = {(a, n) for a, n, _ in tally.stances if a in debated}
        articles = {a for a, _ in stances}
        # or one of the debate's stories that is about it, its headline naming it, with three actors taking a stance
        # on it there ("Opposition demands buyback as dealers sit on banned stock")
        words = _with_hyphen_parts(self.members[representative])
        headlined = len(articles) == 1 and bool(words & self.topics[next(iter(articles))]) \
            and len({n for _, n in stances}) >= 3
        if (len(articles) < 2 and not headlined) or len({n for _, n in stances}) < min_actors \
                or len(stances) < min_stances:
            return False
        if tally.is_domain() or all(_is_person_noun(w) or w in GENERIC_NOUNS or w in COMMON_NOUNS or _is_body_noun(w)
                                    for w in tally.words):
            return False
        if tally.mostly_people() or tally.named_people():
            return False
        if not tally.phrases and representative != DELAY_CONCEPT:
            return False  # only ever a verb ("nobody should pretend ...", "join the march"): no thing argued about
        # everyone against "crime", for "security": a value shared, not a question argued; but a measure the
        # debate names by a phrase ("the net metering rules") that three actors in three articles back is one
        if len({sign for _, sign in tally.sides}) >= 2 or representative == DELAY_CONCEPT:
            return True  # (to put the debate's question off is a question, though only its askers are quoted)
        phrase = _by_count(tally.phrases)[0] if tally.phrases else ""
        everywhere = {(a, n) for a, n, _ in tally.stances}
        return (len({a for a, _ in everywhere}) >= 3 and len({n for _, n in everywhere}) >= 3 and " " in phrase
                and not all(_is_person_noun(w) or w in GENERIC_NOUNS or w in COMMON_NOUNS for w in phrase.split()))


class _IssueNamer:
    """Issues from mkdocs.yml first (absorbing discovered clusters that share a word), then discovered ones,
    each with a unique id and every concept claimed once."""

    def __init__(self):
        self.claimed: set[str] = set()
        self.used_ids: set[str] = set()
        self.user_count = 0

    def _unique_id(self, label: str) -> str:
        base = slugify(label, fallback="issue")
        candidate, n = base, 2
        while candidate in self.used_ids:
            candidate, n = f"{base}-{n}", n + 1
        self.used_ids.add(candidate)
        return candidate

    def user_issue(self, spec: Mapping, candidates: Sequence[str], found: _Discovery) -> list[Issue]:
        label = str(spec.get("label", "")).strip()
        keywords = [str(k).strip() for k in spec.get("keywords", ()) if str(k).strip()]
        if not label:
            log.warning("issues: an entry without a label was ignored; give each issue a 'label'")
            return []
        if not keywords:
            keywords = [label]
        concepts = _user_issue_concepts(keywords)
        merged = list(dict.fromkeys(_norm(k) for k in keywords))
        for representative in candidates:
            if concepts & set(found.members[representative]):
                merged += [w for w, _ in found.clusters[representative].words.most_common() if w not in merged]
                self.claimed |= set(found.members[representative])
        self.claimed |= concepts
        self.user_count += 1
        return [Issue(self._unique_id(label), label, merged)]

    @staticmethod
    def _about_the_thing(representative: str, found: _Discovery, things: set[str]) -> bool:
        """Whether a cluster framed both ways is argued as the thing (the concepts ``things`` its measure acts
        on) more than as the measure (see :meth:`discovered_issue`)."""
        tally = found.clusters[representative]
        thing = [w for w in tally.words if concept_of(w) in things]
        measure = [w for w in tally.words if concept_of(w) not in things]
        if not thing or not measure:
            return False
        named = sum(tally.words[w] for w in thing)
        if named >= sum(tally.words[w] for w in measure) and _brought_back(
                {w.split()[-1] for w in thing}, [*found.bodies, *found.titles.values()]) >= 2:
            return True  # "seeks to reinstate the death penalty": the measure that ended it is done, the thing argued
        if named < 4 * sum(tally.words[w] for w in measure):
            return False
        roots = lambda words: {r for w in words for r in _with_hyphen_parts([concept_of(w.split()[-1])])}
        thing_roots, measure_roots = roots(thing), roots(measure)
        headlines = [found.topics[a] | found.headlines[a] for a in found.debate_articles(representative)]
        return 2 * sum(bool(measure_roots & h) for h in headlines) < sum(bool(thing_roots & h) for h in headlines)

    def discovered_issue(self, representative: str, found: _Discovery) -> Issue | None:
        members = set(found.members[representative])
        if self.claimed & members:
            return None
        tally = found.clusters[representative]
        reversed_concepts = found.opposite.get(representative, set())
        # framed both ways, an issue is named by its measure ("campus closure", "hunting ban"); but a thing the
        # corpus names four times as often as the measures against it, and its debate's headlines more than twice
        # as often, is what the debate is about ("the tax", argued in nineteen statements, beside two for its
        # abolition): it is named so, and every measure against it counts reversed
        turned = bool(reversed_concepts) and self._about_the_thing(representative, found, reversed_concepts)
        if turned:
            reversed_concepts = {c for c in members if _is_reversing_phrase(c)}
        label = _issue_label(tally, members - reversed_concepts, by_measure=not turned, names=found.actor_names)
        delayed = _delay_label(tally, reversed_concepts) if DELAY_CONCEPT in members and not turned else None
        if members == {DELAY_CONCEPT}:
            delayed = _delay_apart_label(tally, found)
            if delayed is None and not tally.nouns:
                delayed = _delay_noun(tally).capitalize()  # "Deferral", not the verb "Defer"
        label = delayed or label
        if tally.nickname and tally.known_head and tally.nickname in tally.words:
            label = f"{tally.nickname} {tally.known_head}"  # 'nicknamed the "slave law"', 'the law'
            label = label[:1].upper() + label[1:]
        elif tally.known_head and " " not in label and not label.lower().startswith(tally.known_head):
            # "Security bill": what the corpus calls "the security bills" (with the word its statements and
            # headlines keep writing before the field: "Reproductive health bill")
            titles = [found.titles.get(a, "") for a in found.debate_articles(representative)]
            # (or the compound the headlines write the field in, "second-home tax" of the "tax bill")
            field = _field_compound(label, [*found.texts, *titles]) or _headline_compound(label, titles,
                                                                                          [*found.texts, *found.bodies])
            label = f"{field or label} {tally.known_head}"
        bare = _norm(label.lower())
        bare = bare[:-1] if bare.endswith("s") and bare[:-1] in _BARE_MEASURES else bare
        if " " not in label and bare in _BARE_MEASURES:
            # "Amendments", argued by the bare noun: named as the stories name it where they qualify it
            # ("the constitutional amendments"), if they qualify it by one word only (see _measure_name)
            # (a referendum by the name it is held on: "the Yasuní referendum", not "the national referendum")
            named = (bare in REFERENDUM_NOUNS and found.measure_name(REFERENDUM_NOUNS, found.bodies, proper=True)
                     or found.measure_name([bare]))
            if named and " " in named:
                label = named[:1].upper() + named[1:] + label[len(bare):]  # (in the number the label gives it)
        compound = _compound_name(label, found.texts, found.terms)
        participle = None if compound else _participle_name(label, found.texts)
        titles = [found.titles.get(a, "") for a in found.debate_articles(representative)]
        headlined = None if compound or participle else (
            _headline_compound(label, titles, found.texts) or _headlined_phrase(label, tally.phrases, titles)
            or _headline_word_compound(label, titles, [*found.texts, *found.bodies]))
        label = compound or participle or headlined or label
        bare = Counter({w: n for w, n in tally.words.items() if w in found.headlined_policies})
        if 2 * sum(bare.values()) > sum(tally.words.values()):
            # argued as "the extension" throughout: named by what the headlines say it extends
            head = _by_count(bare)[0]
            label = f"{found.headlined_policies[head][1]} {head}"
            label = label[:1].upper() + label[1:]
        if _says_only_the_kind(label):
            # "Constitutional amendment" in stories headlined "the marriage vote", "definition of marriage": named
            # by what the debate's headlines keep naming too ("Constitutional amendment on marriage")
            topic = _headline_topic(titles, found.debate_articles(representative), found, members)
            label = f"{label} on {topic}" if topic else label
        label = _accord_as_written(label, [*found.texts, *found.bodies, *titles])
        label = _written_whole(label, [*found.bodies, *titles])  # (each story once: no statement beside its body)
        # (any story's headline: a story that argues it may state no stance on it)
        label = _headline_measure(label, members, list(dict.fromkeys(found.titles.values())), found.bodies) or label
        label = _headline_complement(label, list(dict.fromkeys(found.titles.values())), found.bodies) or label
        # a measure the stories mostly write as an acronym ("ICERD", "the NHI") is named by it
        acronyms = [p for p in _by_count(tally.phrases) if _is_acronym(p) and tally.phrases[p] >= 2]
        if acronyms and 2 * tally.phrases[acronyms[0]] >= sum(tally.phrases.values()):
            label = acronyms[0]
        # ("Election", "Nominee", "Bonilla Cáceres": a placing named by its noun or its person alone)
        placed = _placed_person(tally, [*found.bodies, *found.texts], found.everyone) \
            if representative in _PLACING_ROOTS and (" " not in label or label.lower() in tally.anchored_names()) \
            else None
        if placed:
            # "Election of Vesna Radulović": whom the stories argue about placing, by the act, not the person
            # ("Nomination", not "Nominee")
            acts = [w for w in _by_count(tally.words) if concept_of(w) in _PLACING_ROOTS and w.endswith(_ACT_ENDINGS)]
            act = label if _norm(label).endswith(_ACT_ENDINGS) or not acts else acts[0].capitalize()
            label = f"{act} of {placed}"
        self.claimed |= members
        words = _by_count(tally.words)
        words += [a.lower() for a in acronyms if a.lower() not in words]
        words += [placed.lower()] if placed else []
        if participle:
            # what the clause makes of its object, in lower case ("compulsory" of "making Odia compulsory"): the
            # issue too, as the stances put it ("welcomed the decision to make Odia compulsory")
            words += [w for w in participle.split()[2:] if w.islower() and w not in words and w not in STOPWORDS_CLAUSE]
        # and the policy phrases as written where the key differs ("salary cap" for the key "salary limit")
        words += [w for w in _by_count(tally.nouns) if " " in w and w not in words and concept_of(w) not in
                  {concept_of(k) for k in words}]
        # and the names its mentions recur under ("surrender order", "minimum services"), for readers who search
        words += [p.lower() for p in _by_count(tally.phrases) if " " in p and tally.phrases[p] >= 2
                  and p.lower() not in words and concept_of(p.split()[-1]) in {concept_of(w) for w in words}][:4]
        if tally.known_head and label.lower().endswith(" " + tally.known_head):
            # "Strike law": a "general strike" is another kind of strike, not a name of the law
            field = concept_of(label.lower().rsplit(" ", 2)[-2])
            words = [w for w in words if " " not in w or concept_of(w.split()[-1]) != field]
        reversed_words = [w for w in words if concept_of(w) in reversed_concepts]
        lacking = None if reversed_words else _done_without(label, found.texts, found.terms)
        if lacking:
            # "trial", argued where the corpus keeps writing "detention without trial": the question is the
            # detention without it, and a stance for trials is one against that
            label, reversed_words = lacking, list(words)
        return Issue(self._unique_id(label), label, words, reversed_words,
                     found.debate_articles(representative))


# How the noun of an act ends ("nomination", "appointment", "candidacy", "removal"), not that of its person
# ("nominee", "candidate", "appointee")
_ACT_ENDINGS = ("ion", "ment", "acy", "al")


@functools.lru_cache(maxsize=1)
def _name_titles() -> frozenset[str]:
    """Honorifics and titles written before a name ("Mr", "Dr", "Minister"), lower case."""
    gazetteer = load_gazetteer()
    return frozenset(_norm(w) for w in (*gazetteer.honorifics, *gazetteer.person_titles))


# Words a sentence may open with before a name: small words, prepositions, days and months
_NOT_NAME_STARTS = frozenset(
    "a an the its their his her our this that these those on in at by for from to with after before as when while "
    "since but and so yet last next monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december".split())


def _capitalised_runs(text: str) -> list[list[str]]:
    """The runs of two or more capitalised words of a text, in any alphabet ("Ángel Bonilla Cáceres"), as written."""
    runs, current = [], []
    for word in re.findall(r"[^\W\d_][\w'’-]*|[^\w\s]", text):
        if word[:1].isupper():
            current.append(word)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = []
    if len(current) >= 2:
        runs.append(current)
    return runs


def _placed_person(tally: "_ConceptTally", texts: Sequence[str], people: Collection[str] = ()) -> str | None:
    """The name a nomination's stances are said of, as the stories write it in full ("Vesna Radulović" of "the
    election of Vesna Radulović", "Radulović's election"): a run of capitalised words, two at least, without the
    title before it, ending in a word the placing nouns are said of and either all such words or with no other such
    word ("Héctor Bonilla Cáceres" of stances said of "cáceres"); one of the corpus's speakers (``people``) first
    (not the post, "Supreme State Prosecutor"), then the one written most often, in its fullest form; None when the
    stories name no one so."""
    anchors = set(tally.anchors)
    if not anchors:
        return None
    counts: Counter = Counter()
    for text in dict.fromkeys(texts):
        for run in _capitalised_runs(text):
            # (not the words of a sentence's start: "On Tuesday Vesna Radulović")
            words = list(itertools.dropwhile(lambda w: _norm(w) in _NOT_NAME_STARTS, run))
            if len(words) < 2 or _norm(words[-1]) not in anchors:
                continue
            # (the name, not the title or honorific before it: "Minister Vesna Radulović", "Mr Bonilla Cáceres")
            while len(words) > 2 and _norm(words[0]) not in anchors and (
                    _norm(words[0].rstrip(".")) in _name_titles() or _norm(words[1]) in anchors):
                words = words[1:]
            if len(words) >= 2 and _norm(words[0].rstrip(".")) not in _name_titles() and (
                    all(_norm(w) in anchors for w in words) or not (set(map(_norm, words[:-1])) & anchors)):
                counts[" ".join(words)] += 1
    ranked = sorted(counts, key=lambda n: (n not in people, -counts[n], -len(n), n))
    if not ranked:
        return None
    # (in full, as the stories write it once at least: "Héctor Bonilla Cáceres", not "Bonilla Cáceres")
    return max((n for n in counts if n == ranked[0] or n.endswith(" " + ranked[0])), key=lambda n: (len(n), n))


# The stems of the policy words that reverse what they act on ("clos" of "closure"), as concepts are written
REVERSING_STEMS = frozenset(stem(w) for w in POLICY_REVERSING)
_REVERSING_BY_STEM = {stem(w): w for w in sorted(POLICY_REVERSING)}


RESTORING = lexicon.lines("restoring_verbs")


def _brought_back(words: Collection[str], texts: Sequence[str]) -> int:
    """How many of ``texts`` argue bringing one of ``words`` back: a restoring verb or noun with the word within
    three words after it, in one sentence ("to reinstate the death penalty", "the return of conscription", "bring
    back tolls")."""
    forms = "|".join(sorted(
        "(?:" + "|".join(re.escape(f) for f in sorted(_verb_forms(entry.split()[0]))) + ")"
        + "".join(rf"\s+{re.escape(part)}" for part in entry.split()[1:]) for entry in RESTORING))
    things = "|".join(re.escape(word) for word in sorted(words))
    # (words and the marks between them alternate, so that a run of hyphens is read one way only)
    pattern = re.compile(rf"\b(?:{forms})\b[^\w.!?]+(?:\w+(?:['’-]\w+)*[^\w.!?]+){{0,3}}?(?:{things})s?\b",
                         re.IGNORECASE)
    return sum(bool(pattern.search(text)) for text in texts)


def _is_reversing_phrase(concept: str) -> bool:
    """A concept of a measure against its object ("tax abol", "hunt ban")."""
    words = concept.split()
    return len(words) == 2 and words[1] in REVERSING_STEMS


def _delay_label(tally: "_ConceptTally", delayed: set[str]) -> str | None:
    """"Postponement of the election": a delay framed both ways is named by its word and what it delays, each as
    the corpus writes it most (a delay argued only by its verb, "wants the stage postponed", by its noun: see
    :func:`_delay_noun`)."""
    delay = next((w for w in _by_count(tally.nouns) if w in DELAYING_WORDS), None)
    if delay is None and any(w in DELAYING_WORDS for w in tally.words):
        delay = _delay_noun(tally)
    thing = next((w for w in _by_count(tally.nouns) if concept_of(w) in delayed and " " not in w), None)
    if delay is None or thing is None:
        return None
    return f"{delay[:1].upper()}{delay[1:]} of the {thing}"


def _delay_noun(tally: "_ConceptTally") -> str:
    """The noun of the delaying word a delay argued only by verbs is written with most ("deferral" of "moved that the
    vote be deferred"): the word itself when it is a noun or has none, "delay" when no delaying word is written."""
    verbs = _by_count(Counter({w: n for w, n in tally.words.items() if w in DELAYING_WORDS}))
    if not verbs:
        return DELAY_CONCEPT
    if verbs[0].endswith(("al", "ment", "ion")) or verbs[0] in ("delay", "pause", "moratorium"):
        return verbs[0]
    nouns = sorted((w for w in DELAYING_WORDS if w != verbs[0] and stem(w) == stem(verbs[0])), key=lambda w: (len(w), w))
    return nouns[0] if nouns else verbs[0]


def _delay_apart_label(tally: "_ConceptTally", found: "_Discovery") -> str | None:
    """"Delay of the appointment": a delay argued as a question of its own (see _delay_apart) is named by its word
    and the argued thing its stance sentences name more often than any other, as the corpus writes it most."""
    texts = [text.lower() for _, _, text in tally.stances]
    named = Counter()
    for rep, other in found.clusters.items():
        if rep != DELAY_CONCEPT and _arguable(other):
            nouns = [w for w in other.nouns if " " not in w]
            named[rep] = sum(any(re.search(rf"\b{re.escape(w.lower())}", text) for w in nouns) for text in texts)
    ranked = sorted(named, key=lambda r: (-named[r], r))
    if not ranked or not named[ranked[0]] or len(ranked) > 1 and named[ranked[1]] == named[ranked[0]]:
        return None  # (named nowhere, or as often as another)
    rep = ranked[0]
    delay = _by_count(tally.nouns)[0] if tally.nouns else _delay_noun(tally)
    thing = next(w for w in _by_count(found.clusters[rep].nouns) if " " not in w)
    return f"{delay[:1].upper()}{delay[1:]} of the {thing}"


def _reverse_what_is_delayed(members: Mapping[str, list[str]], opposite: dict[str, set[str]],
                             statements: Sequence[Statement]) -> None:
    """A delay and what it delays, joined as one question because the stances keep naming them together
    ("disagree with the postponement of the election", "defended the postponement as a way to avoid the vote"),
    are that question framed both ways: a word the statements mostly judge the other way than the delay counts
    reversed (being for the election held is being against its postponement)."""
    for representative, names in members.items():
        if DELAY_CONCEPT not in names:
            continue
        reversed_concepts = _judged_against_the_delay(names, statements)
        if reversed_concepts:
            opposite.setdefault(representative, set()).update(reversed_concepts)


def _judged_against_the_delay(names: Collection[str], statements: Sequence[Statement]) -> set[str]:
    """The concepts among ``names`` that at least two more statements judge the other way than the delay ("backed a
    delay of the levy": for the delay, against the levy now) than the same way."""
    against: Counter = Counter()
    for statement in statements:
        signs: dict[str, set[int]] = defaultdict(set)
        for reading in statement.readings:
            if reading.term and reading.polarity:
                signs[concept_of(reading.term)].add(reading.polarity)
        if len(signs.get(DELAY_CONCEPT, ())) != 1:
            continue
        delay = next(iter(signs[DELAY_CONCEPT]))
        for concept, found in signs.items():
            if concept != DELAY_CONCEPT and concept in names and len(found) == 1:
                against[concept] += 1 if next(iter(found)) == -delay else -1
    return {concept for concept, n in against.items() if n >= 2}


def _delay_apart(cluster_of: dict[str, str], statements: Sequence[Statement],
                 tallies: Mapping[str, "_ConceptTally"]) -> None:
    """A delay that its stances name beside other words without judging it the other way than them ("we do not want
    the nomination delayed, we want it withdrawn"; "regretted the delay") is a question of its own, whether to
    wait, not a stance on what it delays: it leaves their cluster."""
    if cluster_of.get(DELAY_CONCEPT, DELAY_CONCEPT) == DELAY_CONCEPT and not any(
            rep == DELAY_CONCEPT for concept, rep in cluster_of.items() if concept != DELAY_CONCEPT):
        return  # (alone)
    representative = cluster_of[DELAY_CONCEPT]
    names = [c for c, rep in cluster_of.items() if rep == representative]
    if _judged_against_the_delay(names, statements):
        return
    rest = [c for c in names if c != DELAY_CONCEPT]
    keep = representative if representative != DELAY_CONCEPT else sorted(
        rest, key=lambda c: (-len(tallies[c].stances) if c in tallies else 0, c))[0]
    for concept in rest:
        cluster_of[concept] = keep
    cluster_of[DELAY_CONCEPT] = DELAY_CONCEPT


def _join_reversed_framings(clusters: dict[str, _ConceptTally], members: dict[str, list[str]],
                            tallies: Mapping[str, _ConceptTally] | None = None) -> dict[str, set[str]]:
    """An issue framed both ways appears once: "the hunting ban" and "hunting" (or "a cap on numbers" and
    "numbers") are one question, and support for hunting is opposition to the ban. The policy's cluster
    absorbs its object's; returns {policy representative: concepts whose stances count reversed}.

    The object's cluster may hold another measure on the same object, which its stances keep naming with it
    ("the crushing of seized motorcycles" beside "the motorcycle ban"): that measure is a question of its
    own, not the object, and is split off first (``tallies``: each concept's own tally)."""
    opposite: dict[str, set[str]] = {}
    owner = {concept: representative for representative, names in members.items() for concept in names}
    for representative in sorted(clusters):
        if representative not in members:
            continue
        for concept in list(members[representative]):
            if not _is_reversing_phrase(concept):
                continue
            other = owner.get(concept.split()[0])
            if other is None or other == representative or other not in clusters:
                continue
            thing = concept.split()[0]
            if not _same_practice(clusters[representative], concept, clusters[other], thing):
                continue
            split = _split_other_measures(clusters, members, other, thing, tallies or {})
            if split is not None:
                for rep in (split, thing if thing in members else None):
                    for name in members.get(rep, ()):
                        owner[name] = rep
                other = owner[thing]
            said = sum(clusters[representative].words.values())
            unargued = not clusters[representative].stances and not clusters[representative].implicit \
                and bool(clusters[other].stances)
            if thing in opposite.get(other, ()) and _same_measure(concept, other):
                # the thing's cluster is already that of a measure against it ("the fee cut", "a reduction of the
                # fee"): one measure named twice, counted the same way (not "the fee cap" beside "the fee abolition")
                moved = _merge_cluster(clusters, members, opposite, other, representative)
                for name in moved:
                    owner[name] = other
                break
            if said < 2 and 3 * said < sum(clusters[other].words.values()) or unargued:
                # "a call for the levy to be cut" once, in a corpus that argues the levy nine times: the levy
                # is the question, and the cut a stance against it (so too a measure no one takes a stance on:
                # "a country that closed the plant" beside a debate on building a new one)
                clusters[representative].reversed()
                moved = _merge_cluster(clusters, members, opposite, other, representative)
                opposite.setdefault(other, set()).update(name for name in moved if _is_reversing_phrase(name))
                for name in moved:
                    owner[name] = other
                break
            clusters[representative].absorb(clusters.pop(other).reversed())
            moved = members.pop(other)
            members[representative].extend(moved)
            # the object's cluster may hold the policy phrase itself ("salary cap" named beside "salary"): that
            # is the policy, not its object
            opposite.setdefault(representative, set()).update(
                name for name in moved if not _is_reversing_phrase(name))
            for name in moved:
                owner[name] = representative
    return opposite


# Policy words that name one kind of measure: lowering a thing, ending it, capping it
_MEASURE_KINDS = [frozenset(stem(w) for w in kind) for kind in (
    {"cut", "reduction", "lowering"}, {"repeal", "abolition", "removal", "withdrawal", "phase-out", "scrapping"},
    LIMITING)]


def _same_measure(concept: str, representative: str) -> bool:
    """Whether two policy phrases name one kind of measure ("fee reduc" and "fee cut"; not "fee cap" and "fee abol")."""
    first, second = concept.split()[-1], representative.split()[-1]
    return first == second or any(first in kind and second in kind for kind in _MEASURE_KINDS)


def _same_practice(policy: _ConceptTally, concept: str, thing_tally: _ConceptTally, thing: str) -> bool:
    """Whether a measure acts on what the object's cluster is about. A stem joins an activity (a gerund) and a
    thing ("pricing"/"price"): a measure on the activity covers its things (a ban on hunting is one on the
    hunts), but one on a thing does not cover the activity the corpus argues (cutting the price a toll charges
    is no stance against congestion pricing)."""
    written = [w.split()[0] for w in policy.words if len(w.split()) == 2 and stem(w) == concept]
    said = [w for w in thing_tally.words if stem(w) == thing]
    if not written or not said or any(w.endswith("ing") for w in written):
        return True
    return not max(said, key=lambda w: thing_tally.words[w]).endswith("ing")


def _split_other_measures(clusters: dict[str, _ConceptTally], members: dict[str, list[str]], other: str,
                          thing: str, tallies: Mapping[str, _ConceptTally]) -> str | None:
    """Split off, from cluster ``other`` that holds the concept ``thing`` a policy acts on, the concepts with
    direct stances of their own that are neither the thing nor a phrase of it (the measure "crush" beside
    "motorcycl"): they form their own cluster, represented by the one with most stances. Returns that
    representative, or None when nothing is split."""
    # (a measure that acts on it: its stances say it "of" the thing; "hounds" of "hunting with hounds" stay)
    rest = [c for c in members[other] if c != thing and thing not in c.split() and not _is_reversing_phrase(c)
            and c in tallies and tallies[c].stances
            and any(key.split()[-1:] and concept_of(key.split()[-1]) == thing and key.startswith("of ")
                    for key in tallies[c].attached)]
    if not rest or not tallies.get(thing):
        return None
    keep = [c for c in members[other] if c not in rest]
    new_rep = sorted(rest, key=lambda c: (-len(tallies[c].stances), c))[0]
    old_rep = thing
    for rep, names in ((old_rep, keep), (new_rep, rest)):
        tally = _ConceptTally()
        for name in names:
            if name in tallies:
                tally.absorb(tallies[name])
        clusters[rep] = tally
    if other not in (old_rep, new_rep):
        del clusters[other]
    del members[other]
    members[old_rep], members[new_rep] = keep, rest
    log.debug("issues: %s is a measure of its own beside %s", new_rep, thing)
    return new_rep


def _arguable(tally: _ConceptTally) -> bool:
    """Several actors take stances on it, and it is neither a domain nor people."""
    scheduled = any(map(_is_schedule, tally.anchors))  # "the four-day week": a week of a stated length is arguable
    return (tally.stance_count() >= 2 and not tally.is_domain()
            and not all(_is_person_noun(w) or w in GENERIC_NOUNS and not scheduled for w in tally.words))


def _merge_cluster(clusters: dict[str, _ConceptTally], members: dict[str, list[str]], opposite: dict[str, set[str]],
                   keep: str, drop: str) -> list[str]:
    """Cluster ``drop`` joins ``keep``: its tally, its concepts and those it counts reversed. Returns the
    concepts that moved."""
    clusters[keep].absorb(clusters.pop(drop))
    moved = members.pop(drop)
    members[keep].extend(moved)
    if drop in opposite:
        opposite.setdefault(keep, set()).update(opposite.pop(drop))
    return moved


def _reverses(concept: str) -> bool:
    """Whether a concept is a measure against its object ("campu clos", "car ban")."""
    words = concept.split()
    return 1 <= len(words) <= 2 and words[-1] in REVERSING_STEMS


def _join_by_anchors(clusters: dict[str, _ConceptTally], members: dict[str, list[str]],
                     opposite: dict[str, set[str]]) -> None:
    """One measure argued about under several nouns ("the takeover of Coastline", "the Maplestar-Coastline
    merger"; "the Tarangi project", "the Tarangi dam") is one issue: two clusters that several actors take
    stances on, said of the same name, join. The cluster with more stances represents them."""
    candidates = sorted((rep for rep in clusters if rep in members and _arguable(clusters[rep])),
                        key=lambda c: (-clusters[c].stance_count(), c))
    for i, first in enumerate(candidates):
        if first not in clusters:
            continue
        for second in candidates[i + 1:]:
            if second not in clusters or first not in clusters:
                continue
            shared = set(clusters[first].anchors) & set(clusters[second].anchors)
            if not shared:
                continue
            if _reverses(first) != _reverses(second):
                continue  # "the closure of the Catubig campus" is not "the merger of Catubig college": a measure
                # against a thing and a measure about it are two questions
            log.debug("issues: %s and %s are said of %s", first, second, sorted(shared))
            _merge_cluster(clusters, members, opposite, first, second)


def _join_nominees(clusters: dict[str, _ConceptTally], members: dict[str, list[str]],
                   opposite: dict[str, set[str]]) -> None:
    """Stances on a person by name join the one question said of that name ("continued to support Harrington",
    "opposes the nomination of Mr Harrington": the nomination), when the corpus has exactly one; so do the
    other nouns for placing that person ("the nomination of Mr Harrington" beside "Harrington's appointment")."""
    placing = _PLACING_ROOTS
    # "the candidate", "her election", "the nominee" argued in the same stories: one question (not two nominations
    # argued apart)
    placings = sorted((r for r in clusters if r in members and set(members[r]) <= placing and clusters[r].stances),
                      key=lambda r: (-clusters[r].stance_count(), r))
    for rep in placings[1:]:
        if {a for a, _ in clusters[rep].actors} & {a for a, _ in clusters[placings[0]].actors}:
            _merge_cluster(clusters, members, opposite, placings[0], rep)
    for rep in [r for r in clusters if r in members and set(members[r]) <= placing]:
        if rep not in clusters:
            continue
        names = set(clusters[rep].anchors)
        found = [other for other in clusters if other != rep and other in members and set(members[other]) & placing
                 and names & set(clusters[other].anchors) and _arguable(clusters[other])]
        if len(found) == 1 and clusters[found[0]].stance_count() >= clusters[rep].stance_count():
            _merge_cluster(clusters, members, opposite, found[0], rep)
    for person in [rep for rep in clusters if rep in members and clusters[rep].named_people()]:
        names = set(clusters[person].words)
        found = [rep for rep in clusters if rep != person and rep in members and not clusters[rep].named_people()
                 and names & set(clusters[rep].anchors) and _arguable(clusters[rep])]
        if len(found) == 1:
            log.debug("issues: stances on %s are stances on %s", person, found[0])
            people = clusters[found[0]].people
            moved = _merge_cluster(clusters, members, opposite, found[0], person)
            clusters[found[0]].people = people  # the nomination stays a question
            if set(members[found[0]]) & _REMOVING_ROOTS and not set(members[found[0]]) & (placing - _REMOVING_ROOTS):
                # "Reyes is unfit for office" in a debate about removing Reyes: for the removal
                opposite.setdefault(found[0], set()).update(moved)


def _join_placed_people(clusters: dict[str, _ConceptTally], members: dict[str, list[str]],
                        opposite: dict[str, set[str]]) -> None:
    """Sides taken on a person by name ("will not vote for Mr Bonilla Cáceres") where the corpus argues one placing
    said of no name ("the nominee", "the nomination"): stances on that placing, when it is argued in the stories
    where the person is."""
    placings = [rep for rep in clusters if rep in members and set(members[rep]) <= _PLACING_ROOTS
                and clusters[rep].stances]
    if len(placings) != 1 or clusters[placings[0]].anchors:
        return
    placing = placings[0]
    argued_in = {a for a, _ in clusters[placing].actors}
    for person in [rep for rep in clusters if rep in members and rep != placing and clusters[rep].people
                   and clusters[rep].stances and {a for a, _ in clusters[rep].actors} & argued_in]:
        people = clusters[placing].people
        names = Counter(clusters[person].words)
        _merge_cluster(clusters, members, opposite, placing, person)
        clusters[placing].people = people  # the nomination stays a question
        clusters[placing].anchors.update(names)  # (said of that name now: see _placed_person)


def _join_equated(clusters: dict[str, _ConceptTally], members: dict[str, list[str]],
                  opposite: dict[str, set[str]], statements: Sequence[Statement]) -> None:
    """Two clusters that several actors take stances on join when the corpus says one is (a form of) the
    other ("control orders would mean house arrest"): see :func:`_equated`."""
    pairs = {pair for statement in statements for pair in statement.equated}
    named = {pair for statement in statements for pair in statement.nicknamed}
    numbered = {pair for statement in statements for pair in statement.numbered}
    pairs |= numbered
    owner = {concept: rep for rep, names in members.items() for concept in names}

    for first, second in sorted(pairs):
        a, b = owner.get(concept_of(first)), owner.get(concept_of(second))
        if a is None or b is None or a == b or a not in clusters or b not in clusters:
            continue
        if not (_arguable(clusters[a]) and _arguable(clusters[b])) and not (
                (first, second) in named and (_arguable(clusters[a]) or _arguable(clusters[b]))) and not (
                # (one proposal by its length: argued by its two names together, "the amendment" and "the transition")
                (first, second) in numbered and clusters[a].stance_count() + clusters[b].stance_count() >= 2
                and len({actor for _, actor in clusters[a].actors | clusters[b].actors}) >= 2):
            continue  # (a name given to an argued measure needs no argument of its own: the "slave law")
        keep, drop = sorted((a, b), key=lambda c: (-clusters[c].stance_count(), c))
        if (first, second) in named:
            keep, drop = b, a  # (known by the name it is given: the "slave law", whose "law" the corpus writes)
            clusters[keep].nickname = second
        log.debug("issues: %s and %s are said to be one", keep, drop)
        for name in _merge_cluster(clusters, members, opposite, keep, drop):
            owner[name] = keep


def _folded_name(name: str) -> str:
    """A name without case or accents: "Kalniņš" and "Kalnins" are one spelling."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


def _shared_voices(names: Collection[str], voices: Collection[str], everyone: Collection[str]) -> int:
    """How many of an article's speakers (``names``, as the article calls them) are among ``voices``, the speakers
    of other articles: the same name, whatever its accents, or the surname another article writes in full
    ("Kalniņš" of "Edgars Kalniņš") when no one else of ``everyone`` (the corpus's speakers) bears it."""
    def surname(name: str) -> str | None:
        words = name.split()
        return _folded_name(words[-1]) if len(words) > 1 and words[-1][:1].isupper() else None

    bearers: dict[str, set[str]] = defaultdict(set)
    for name in everyone:
        if surname(name):
            bearers[surname(name)].add(_folded_name(name))
    known = {_folded_name(v) for v in voices}
    known |= {surname(v) for v in voices if surname(v) and len(bearers[surname(v)]) == 1}
    return sum(_folded_name(name) in known for name in names)


def _debate_articles(tally: _ConceptTally, concepts: set[str], topics: Mapping[str, set[str]],
                     titles: Mapping[str, str]) -> list[str]:
    """The articles that argue about an issue: those whose headline names it, those where two actors take
    a stance on it, and those where someone who takes a stance on it elsewhere too does so. A statement on
    the same word in another story ("investigation" of something else) is not a position on this issue."""
    stances = tally.stances | tally.implicit
    by_actor = _articles_by_actor(stances)
    actors_in: dict[str, set[str]] = defaultdict(set)
    for article, actor, _ in stances:
        actors_in[article].add(actor)
    # the headline names it, or names its head ("spray ban" for the "clorvanil ban" a speaker there argues about)
    heads = concepts | {concept_of(c.split()[-1]) for c in concepts if " " in c}
    heads = _with_hyphen_parts(heads)  # "retirement-age" of a headline's "retirement age"
    found = {article for article, _ in tally.actors if heads & topics.get(article, set())}
    found |= {article for article, names in actors_in.items() if len(names) >= 2}
    found |= {article for names in by_actor.values() if len(names) >= 2 for article in names}
    # and an article where someone takes a stance on it by the phrase the debate uses ("I support the daytime bus
    # ban" in a column about something else): a phrase of several words is not the same word in another story
    found |= tally.phrased
    # and an opinion piece whose author takes a stance on it ("Let me be plain: I oppose this concession" in a
    # letter headed "Recife's water is not for sale"): a column argues one question, the one its author names
    found |= tally.authored
    # and a story whose headline shares a word with the headline of one found so, where an actor takes a stance
    # on it, by its word or as "the plan": the same story told again ("Behind Odisha's language push" beside "A
    # language cannot be ordered into a child")
    told = {word for article in found for word in topics.get(article, set())}
    found |= {article for article, _, _ in tally.stances | tally.implicit if told & topics.get(article, set())}
    # and a story whose headline (``titles``: as written) names it inside a hyphened name, as the headlines above name
    # it by its word ("Ghana's parliament approves E-Levy")
    words = {c for c in concepts if " " not in c} | {c.split()[-1] for c in concepts if " " in c}
    found |= {article for article, _ in tally.actors if words & {
        concept_of(part) for word in re.findall(r"[\w'-]+", titles.get(article, "")) if "-" in word
        for part in word.lower().split("-") if len(part) > 2}}
    return sorted(found)


def _argued_in(tally: _ConceptTally, articles: Sequence[str]) -> bool:
    """Within the articles that argue about it, at least two actors take a stance on the issue."""
    articles = set(articles)
    return len({actor for article, actor, _ in tally.stances | tally.implicit if article in articles}) >= 2


def _articles_by_actor(stances) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for article, actor, _ in stances:
        found[actor].add(article)
    return found


def _issue_label(tally: _ConceptTally, concepts: set[str], by_measure: bool = True, names: Collection[str] = ()) -> str:
    """The name most mentions use: a recurring multi-word phrase, else the most named noun (with the
    complement that recurs with it: "participation in the Olympics"); never the name of one of the actors
    (``names``: "Iarthar Offshore Wind", the developer, over a story of its wind farm)."""
    words = _by_count(tally.words)
    nouns = _by_count(tally.nouns) or words
    label_words = [w for w in nouns if concept_of(_limit_key(w)) in concepts or concept_of(w.split()[-1]) in concepts]
    label_words = [w for w in label_words if not _is_person_noun(w.split()[-1])] or label_words
    # the word its stances name most, before one only mentioned beside them ("the dissolution of the party" over
    # "the election" a story keeps mentioning)
    argued = Counter()
    for term, n in tally.argued.items():
        argued[concept_of(_limit_key(term))] += n
    label_words.sort(key=lambda w: -argued[concept_of(_limit_key(w))])
    # an issue framed both ways is named by its policy ("campus closure"), not by a word near its object
    policies = [w for w in label_words if " " in w and w.split()[-1] in POLICY_REVERSING | POLICY_RAISING]
    if by_measure and policies and any(concept_of(w) not in concepts for w in tally.words):
        label_words = policies + [w for w in label_words if w not in policies]
    label = (label_words or nouns)[0]
    named = _naming_phrase(Counter({p: n for p, n in tally.phrases.items() if not _actor_name(p, names)}), concepts,
                           tally.nouns)
    # the compound that joins two of its concepts, written again and again ("bank levy" of a cluster of "the banks"
    # and "the levy"; "corporate profit tax" of one of profits and the tax): what it is called
    joining = [p for p, n in tally.phrases.items() if n >= 3 and len(p.split()) >= 2 and p.islower()
               and len({concept_of(w) for w in p.split()[-2:]} & concepts) == 2 and not _actor_name(p, names)]
    compound = max(joining, key=lambda p: (tally.phrases[p], len(p), p), default=None)
    named = named or compound
    if named:
        label = named
    numbered = {p for p in tally.phrases if len(p.split()) == 2 and p.split()[0] == label.lower()
                and p.split()[1].isdigit() and tally.phrases[p] >= 2}
    if len(numbered) == 1 and not named:
        label = numbered.pop()  # "the clause" where the corpus numbers only one: "clause 14"
    governing = _governing_phrase(tally, concepts)
    if governing and compound and {concept_of(w) for w in governing.lower().split()[::2]} \
            <= {concept_of(w) for w in compound.split()}:
        governing = None  # ("profit in tax" of "a rise in corporate profit tax": the compound names it)
    if governing:
        label = governing
    elif not named:
        phrases = _by_count(tally.attached)
        # (the one complement that recurs most: "tax in budgets" and "tax on milk" twice each name neither)
        if phrases and tally.attached[phrases[0]] >= 2 and (
                len(phrases) == 1 or tally.attached[phrases[1]] < tally.attached[phrases[0]]) and not {
                concept_of(phrases[0].split()[-1]), concept_of(_singular(phrases[0].split()[-1]))} & {
                concept_of(w) for w in label.lower().split()}:  # not "deposit cap on deposits", "bag ban on bags"
            variants = _by_count(tally.attached_surface[phrases[0]])
            surface = next((v for v in variants if " the " in v), variants[0])
            label = f"{label} {surface}"
    return label[:1].upper() + label[1:]


_HEADLINE_MEASURE = re.compile(r"\b(?=([a-z][a-z0-9-]*)(['’]s?)? ([a-z-]+?)s?\b)")


def _headline_measure(label: str, members: Collection[str], titles: Sequence[str],
                      bodies: Sequence[str] = ()) -> str | None:
    """The name the debate's headlines give its measure: a word and a measure noun ("fishmeal ban", "doctors'
    deal") written in two headlines at least and in more than any other such pair, for an issue labelled by one
    word ("Fish") or by another word before the same noun ("Pay deal"), where that noun is the issue's own (the
    last word of one of its concepts) or its label's; else None."""
    words = label.lower().split()
    if len(words) > 2 or not titles:
        return None
    heads = MEASURE_HEADS | AGREEMENT_NOUNS | LEGISLATIVE_NOUNS
    found: Counter = Counter()
    written: dict[tuple[str, str], str] = {}
    for title in titles:
        seen = set()
        for match in _HEADLINE_MEASURE.finditer(title.lower()):  # (overlapping: every pair of words)
            word, mark, head = match.group(1), match.group(2) or "", match.group(3)
            if head not in heads or word in STOPWORDS_CLAUSE or word in _CLAUSE_STOPS or _acts_on(word) \
                    or _is_body_noun(word) or word in heads or not any(c.isalpha() for c in word) or len(word) < 3:
                continue
            seen.add((word, head))
            written.setdefault((word, head), f"{word}{mark} {head}")
        found.update(seen)
    ranked = _by_count(found)
    if not ranked or found[ranked[0]] < 2 or len(ranked) > 1 and found[ranked[1]] == found[ranked[0]]:
        return None
    word, head = ranked[0]
    # (a word the stories write before that noun, or one of the issue's own: not "Controversial bill" of headlines
    # that call it so)
    if word in STATUS_WORDS or word in SCOPE_ADJECTIVES or lexicon.valence(word):
        return None  # "Controversial bill", "New bill": how it stands, not what it is
    if bodies and concept_of(word) not in members and not re.search(rf"\b{re.escape(word)}\b", " ".join(bodies).lower()):
        return None  # (a word the stories themselves write)
    own = {m.split()[-1] for m in members if m.split()} | {stem(head)} & set(members)
    if len(words) == 2 and words[1].rstrip("s") != head or len(words) == 1 and not (
            stem(head) in {stem(w) for w in own} or concept_of(word) in members or concept_of(head) in members):
        return None
    if " ".join(words) == f"{word} {head}":
        return None
    phrase = written[(word, head)]
    return phrase[:1].upper() + phrase[1:]


_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday january february march april "
    "may june july august september october november december week month year weekend".split())


def _headline_complement(label: str, titles: Sequence[str], bodies: Sequence[str]) -> str | None:
    """A one-word label ("Deadline") that a headline writes with what it is for, on or of ("Minister defends 2027
    deadline for electric moto taxis before MPs"): named so ("Deadline for electric moto taxis"), when the
    complement's noun recurs in two stories at least and no headline gives it another; else None."""
    if " " in label or not titles:
        return None
    noun = label.lower()
    pattern = re.compile(rf"\b{re.escape(noun)}s? (for|on|of|over) ((?:[a-z0-9][\w'’%-]* ?){{1,4}})", re.IGNORECASE)
    found: Counter = Counter()
    for title in titles:
        for match in pattern.finditer(title):
            words = []
            for word in match.group(2).split():
                # (a modal first is a noun: "Levy on will writing")
                if (_norm(word.lower()) in _CLAUSE_STOPS or word.lower() in STOPWORDS_CLAUSE and words
                        or _norm(word).replace("’", "'") in _FINITE_AUXILIARIES and words):
                    break
                words.append(word)
            while words and (words[-1].lower() in STOPWORDS_CLAUSE or not words[-1][-1:].isalnum()):
                words.pop()
            if words and (any(c.isdigit() for w in words for c in w) or words[-1].lower() in _CALENDAR_WORDS):
                continue  # "Ban on Monday: what changes", "Levy of 2% angers traders": a date or an amount
            if words and words[0].lower() not in ("the", "a", "an") or len(words) > 1:
                found[f"{match.group(1).lower()} {' '.join(words)}"] += 1
    if len(found) != 1:
        return None
    complement = next(iter(found))
    last = complement.split()[-1].lower()
    if sum(bool(re.search(rf"\b{re.escape(last)}\b", body.lower())) for body in bodies) < 2:
        return None
    return f"{label[:1].upper()}{label[1:].lower()} {complement}"


def _written_whole(label: str, texts: Sequence[str]) -> str:
    """A label of common words that the stories always write after one same word ("media accounts", every time
    "social media accounts"): named whole ("Social media accounts"); any other label as it is."""
    words = label.split()
    if len(words) < 2 or not label[1:].islower():
        return label
    written = label.lower()[:-1] if label.lower().endswith("s") else label.lower()  # "media account(s)"
    pattern = re.compile(rf"(?:\b([a-z][a-z-]*) )?\b{re.escape(written)}s?\b")
    before = [m.group(1) for text in texts for m in pattern.finditer(text.lower())]
    if len(before) < 2 or len(set(before)) != 1 or before[0] is None:
        return label
    word = before[0]
    if len(word) < 3 or word in STOPWORDS_CLAUSE or word in _CLAUSE_STOPS or _acts_on(word) or word.endswith("ed"):
        return label
    return f"{word[:1].upper()}{word[1:]} {label.lower()}"


def _accord_as_written(label: str, texts: Sequence[str]) -> str:
    """An accord's label as the stories write it: "Pay agreement", made of "the pay deal" and "the agreement" (one
    concept), is "Pay deal" where no story writes "pay agreement"; any other label as it is."""
    words = label.split()
    if len(words) < 2 or _norm(words[-1].lower()) not in AGREEMENT_NOUNS:
        return label
    lowered = [text.lower() for text in texts]
    if any(re.search(rf"\b{re.escape(label.lower())}s?\b", text) for text in lowered):
        return label
    front = " ".join(words[:-1]).lower()
    written = Counter({noun: sum(len(re.findall(rf"\b{re.escape(front)} {re.escape(noun)}s?\b", text)) for text in lowered)
                       for noun in sorted(AGREEMENT_NOUNS)})
    noun = _by_count(+written)[0] if +written else None
    return f"{label[:len(label) - len(words[-1])]}{noun}" if noun else label


def _singular(word: str) -> str:
    """A plural as written in its singular ("bags" -> "bag", "policies" -> "policy"); any other word as it is."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and word != "news" and len(word) > 3:
        return word[:-1]
    return word


def _actor_name(phrase: str, names: Collection[str]) -> bool:
    """Whether ``phrase`` names one of the actors: as written, or as the fuller name of one ("Meta Platforms" of
    the company the article calls "Meta"), though not a measure named after a body or a place ("Senate Bill 214",
    "the Amsterdam Treaty")."""
    if phrase in names:
        return True
    words = phrase.split()
    return (len(words) > 1 and all(w[:1].isupper() for w in words) and not _designated(phrase)
            and _norm(words[-1]) not in MEASURE_HEADS | LEGISLATIVE_NOUNS | load_gazetteer().law_nouns
            and any(phrase.startswith(name + " ") for name in names))


def _done_without(label: str, texts: Sequence[str], terms: Collection[str]) -> str | None:
    """"Detention without trial" for the label "Trial" when the corpus's statements keep writing what is done
    without it ("detention without trial", "detaining suspects without trial", "internment without trial"):
    the most common of those doings that the corpus argues about as a term (never a kind of person), named as
    written, when it is written so at least twice and the whole pattern three times; else None."""
    if " " in label:
        return None
    pattern = re.compile(rf"\b([a-z]+) without (?:any |a |an )?{re.escape(label.lower())}s?\b")
    doings = [m.group(1) for text in texts for m in pattern.finditer(text.lower())]
    argued = {concept_of(t) for t in terms}
    kinds = Counter(concept_of(d) for d in doings if concept_of(d) in argued and not _is_person_noun(d)
                    and len(d) >= 4)
    if len(doings) < 3 or not kinds:
        return None
    concept, count = max(sorted(kinds.items()), key=lambda kv: kv[1])
    if count < 2:
        return None
    written = Counter(d for d in doings if concept_of(d) == concept)
    return f"{_by_count(written)[0].capitalize()} without {label.lower()}"


def _compound_name(label: str, texts: Sequence[str], terms: Collection[str]) -> str | None:
    """A one-word label ("Order") named in the corpus's statements, again and again, by one compound whose first
    word the corpus argues about too ("the minister's surrender order", "the surrender of Mr. Lindqvist"): that
    compound ("Surrender order"), else None."""
    if " " in label:
        return None
    pattern = re.compile(rf"\b([a-z][a-z-]+) {re.escape(label.lower())}s?\b")
    argued = {concept_of(t) for t in terms}
    found = Counter(m.group(1) for text in texts for m in pattern.finditer(text)
                    if concept_of(m.group(1)) in argued and m.group(1) != label.lower())
    compound = _one_compound(found, label)
    if compound is None:
        return None
    # and the word the corpus writes before that compound, again and again, that it argues too ("Deposit return
    # scheme"; not "Higher retirement age")
    longer = re.compile(rf"\b([a-z][a-z-]+) {re.escape(compound.lower())}s?\b")
    before = Counter(m.group(1) for text in texts for m in longer.finditer(text) if concept_of(m.group(1)) in argued)
    return _one_compound(before, compound) or compound


def _field_compound(field: str, texts: Sequence[str]) -> str | None:
    """The word written before a field and a measure noun, twice or more and more often than any other
    ("reproductive" of "the reproductive health bill", "Reproductive health law passes"): "Reproductive health",
    else None."""
    nouns = "|".join(sorted(LEGISLATIVE_NOUNS))
    pattern = re.compile(rf"\b([a-z][a-z-]+) {re.escape(field.lower())} (?:{nouns})s?\b")
    found = Counter(m.group(1) for text in texts for m in pattern.finditer(text.lower())
                    if m.group(1) not in STOPWORDS_CLAUSE)
    return _one_compound(found, field)


def _one_compound(found: Counter, label: str) -> str | None:
    """The compound of the word written before ``label`` most often, twice or more and more often than any
    other ("Surrender order"), else None."""
    ranked = _by_count(found)
    if not ranked or found[ranked[0]] < 2 or len(ranked) > 1 and found[ranked[1]] == found[ranked[0]]:
        return None
    return f"{ranked[0][:1].upper()}{ranked[0][1:]} {label.lower()}"


def _headline_compound(label: str, titles: Sequence[str], texts: Sequence[str]) -> str | None:
    """A one-word label ("Farm") that the headlines of its debate write, twice or more, after one common word
    ("Officers back Lincolnshire solar farm", "... decides Hallam Grange solar farm"): that compound ("Solar
    farm"), else None; so too a label of common words ("News bill" the headlines write "fake news bill"). (A
    common word: one the statements write in lower case, not a name.)"""
    if " " in label and not label[1:].islower():
        return None
    # (a word may hold digits, as a nickname does, "the 4x3 bill", but not be a number, "2024 budget")
    pattern = re.compile(rf"\b([a-z0-9][a-z0-9-]*[a-z][a-z0-9-]*) {re.escape(label.lower())}s?\b")
    lower = {w for text in texts for w in re.findall(r"\b[a-z0-9][a-z0-9-]*[a-z][a-z0-9-]*\b", text)}
    found = Counter(m.group(1) for title in titles for m in pattern.finditer(title.lower()))
    # (not a verb acting on it: "Ending prohibition is a betrayal" names what is done to prohibition)
    return _one_compound(Counter({w: n for w, n in found.items() if w in lower and w not in STOPWORDS_CLAUSE
                                  and w not in _CLAUSE_STOPS and not _acts_on(w)}), label)


def _headline_word_compound(label: str, titles: Sequence[str], texts: Sequence[str]) -> str | None:
    """A one-word label ("Targets") whose debate's headlines keep naming one common word ("... steep nitrogen cuts",
    "2030 nitrogen deadline", "farmers' nitrogen revolt") that the statements also write before the label's noun
    ("its nitrogen targets"): that compound ("Nitrogen targets"), when the word is in two headlines at least, in more
    than half of them and in more than any other such word; else None. "The targets", "the agreement" of a story are
    the ones its headlines are about."""
    if " " in label or len(titles) < 2:
        return None
    noun = label.lower()
    pattern = re.compile(rf"\b([a-z0-9][a-z0-9-]*[a-z][a-z0-9-]*) {re.escape(noun)}s?\b")
    written = {m.group(1) for text in [*texts, *titles] for m in pattern.finditer(text.lower())}
    lower = {w for text in texts for w in re.findall(r"\b[a-z0-9][a-z0-9-]*[a-z][a-z0-9-]*\b", text)}
    heads = Counter({w: sum(bool(re.search(rf"\b{re.escape(w)}\b", title.lower())) for title in titles)
                     for w in written if w in lower and len(w) > 2 and w not in STOPWORDS_CLAUSE
                     and w not in _CLAUSE_STOPS and not _acts_on(w) and not _is_person_noun(w) and w != noun})
    ranked = _by_count(heads)
    if not ranked or heads[ranked[0]] < 2 or 2 * heads[ranked[0]] <= len(titles) \
            or len(ranked) > 1 and heads[ranked[1]] == heads[ranked[0]]:
        return None
    return f"{ranked[0][:1].upper()}{ranked[0][1:]} {noun}"


def _acts_on(word: str) -> bool:
    """Whether a word (its -ing form too) acts on a thing, ending, scrapping or raising it: no kind of the thing."""
    forms = {word} | ({word[:-3], word[:-3] + "e", word[:-4]} if word.endswith("ing") else set())
    return bool(forms & (SHIFTERS | ENDING_VERBS | POLICY_REVERSING | POLICY_RAISING))


def _headlined_phrase(label: str, phrases: Counter, titles: Sequence[str]) -> str | None:
    """A one-word label ("Turbines") where one of the issue's own phrases, in lower case, is what the headlines
    of its debate write, in two of them at least and more than any other ("Plans lodged for 54-turbine wind farm",
    "... flotilla protest over Dooncarrig wind farm"): that phrase ("Wind farm"), else None."""
    if " " in label:
        return None
    lowered = [title.lower() for title in titles]
    found = Counter()
    for phrase in {p for p in phrases if " " in p and p.islower()}:
        pattern = re.compile(rf"\b{re.escape(phrase)}s?\b")
        found[phrase] = sum(bool(pattern.search(title)) for title in lowered)
    ranked = _by_count(found)
    if not ranked or found[ranked[0]] < 2 or len(ranked) > 1 and found[ranked[1]] == found[ranked[0]]:
        return None
    return ranked[0][:1].upper() + ranked[0][1:]


# Words that end what a participle clause says a measure does ("the order making Odia compulsory | up to Class 10")
_CLAUSE_STOPS = frozenset(
    "up to in on at for from by with and or but as because which that who whose when where after before until over "
    "under without into of than while so if unless".split())


STOPWORDS_CLAUSE = frozenset("a an the its their his her our this that these those more less".split())
# The finite auxiliaries and copulas that start a headline's predicate ("A tax on visitors is a tax on our future"):
# a complement ends before them
_FINITE_AUXILIARIES = frozenset(
    "is are was were be been has have had would shall should could does did will may can must might "
    "isn't aren't wasn't weren't won't wouldn't can't cannot couldn't shouldn't mustn't".split())


def _participle_name(label: str, texts: Sequence[str]) -> str | None:
    """A one-word label ("Order") the corpus's statements keep writing with the same participle clause ("the
    order making Odia compulsory up to Class 10", twice): the noun with what it does ("Order making Odia
    compulsory"), else None. A bare "order" or "plan" tells a reader nothing."""
    if " " in label:
        return None
    pattern = re.compile(rf"\b{re.escape(label.lower())}s? ([a-z]+ing)((?: [\w'’-]+){{1,4}})", re.IGNORECASE)
    found: Counter = Counter()
    for text in texts:
        for match in pattern.finditer(text):
            words = []
            for word in match.group(2).split():
                if word.lower() in _CLAUSE_STOPS or not word[:1].isalnum():
                    break
                words.append(word)
            if words and match.group(1).lower() not in ("saying", "being", "having"):
                found[" ".join([match.group(1).lower(), *words])] += 1
    ranked = _by_count(found)
    if not ranked or found[ranked[0]] < 2 or len(ranked) > 1 and found[ranked[1]] == found[ranked[0]]:
        return None
    return f"{label[:1].upper()}{label[1:].lower()} {ranked[0]}"


def _governing_phrase(tally: _ConceptTally, concepts: set[str]) -> str | None:
    """"publication of the advice": a noun of the issue whose recurring complement names another word of the
    same issue is the issue's name (the action on the thing, not the thing)."""
    for noun in _by_count(tally.nouns):
        if concept_of(noun) not in concepts:
            continue
        for key in _by_count(tally.attached):
            words = key.split()[1:]
            if (tally.attached[key] >= 2 and words and concept_of(words[-1]) in concepts - {concept_of(noun)}
                    and words[-1] not in noun.split()):  # not "plastic ban on plastic"
                variants = _by_count(tally.attached_surface[key])
                surface = next((v for v in variants if " the " in v), variants[0])
                return f"{noun} {surface}"
    return None


def _designated(name: str) -> bool:
    """"Bill 41", "Senate Bill No. 2241": a measure known by its number."""
    head = _designated_head(name)
    return head != name.split()[-1] and name[:1].isupper() and _norm(head) in ANAPHORIC_NOUNS | LEGISLATIVE_NOUNS


def _designated_head(phrase: str) -> str:
    """The noun a name ends in: its last word, or the measure noun before the number that designates it ("Bill"
    of "Bill 41", "Senate Bill No. 2241")."""
    words = phrase.split()
    while len(words) > 1 and (words[-1].isdigit() or words[-1].lower().rstrip(".") in ("no", "number")):
        words = words[:-1]
    return words[-1] if words else phrase


def _naming_phrase(phrases: Counter, concepts: set[str], nouns: Counter | None = None) -> str | None:
    """The multi-word name most mentions use ("minimum wage" for mentions of "the wage", "the minimum wage",
    "the national minimum wage"): the phrase that ends most mentions, if it ends more than half of them.
    Written with its noun in the number the mentions mostly give it (``nouns``: the nouns as written): "backyard
    hens", where "backyard hen" is only ever said of a bylaw or a programme."""
    found = _naming_phrase_as_written(phrases, concepts)
    if found is None or not nouns or " " not in found:
        return found
    *before, last = found.split()
    variants = [w for w in nouns if w in (last + "s", last + "es") or last in (w + "s", w + "es")]
    variant = max(variants, key=lambda w: (nouns[w], w), default="")
    if variant and nouns[variant] > nouns[last] and " ".join(before + [variant]) in phrases:
        return " ".join(before + [variant])
    return found


def _naming_phrase_as_written(phrases: Counter, concepts: set[str]) -> str | None:
    # mentions by the noun itself; "the increase" standing for "the wage increase" names nothing
    phrases = Counter({p: n for p, n in phrases.items() if concept_of(_designated_head(p).lower()) in concepts})
    total = sum(phrases.values())
    candidates = {p for p in phrases if " " in p}
    # every tail of two or more words of a longer name is a candidate too ("national minimum wage")
    for phrase in list(candidates):
        words = phrase.split()
        # not cutting inside a name: "Sentravue Systems contract" has no tail "Systems contract"
        candidates |= {" ".join(words[n:]) for n in range(1, len(words) - 1)
                       if not (words[n - 1][:1].isupper() and words[n][:1].isupper())}

    def coverage(candidate: str) -> int:
        return sum(n for p, n in phrases.items() if p == candidate or p.endswith(" " + candidate))

    # a policy's proper name ("the Health Care Worker Immunization Rule") is its name: the one most used, or
    # the only one
    proper = sorted((p for p in candidates if p.split()[0][:1].isupper() and _designated_head(p)[:1].isupper()
                     and phrases.get(p, 0)), key=lambda p: (-phrases[p], p))
    if proper and (phrases[proper[0]] >= 2 or len(proper) == 1):
        return proper[0]
    ranked = sorted(candidates, key=lambda c: (-coverage(c), len(c), c))
    # a name used again and again is the name even when short mentions ("the charge") outnumber it
    if ranked and (coverage(ranked[0]) * 2 > total or (coverage(ranked[0]) >= 3 and coverage(ranked[0]) * 4 >= total)
                   or coverage(ranked[0]) >= 2 and coverage(ranked[0]) * 4 >= total and len(ranked) == 1):
        # (and the one name a noun is ever given, twice: "the maternity unit", then "the unit")
        return ranked[0]
    return None


def _known_as(statements: Sequence[Statement], member_of: Mapping[str, str] | None = None,
              clusters: Mapping[str, "_ConceptTally"] | None = None) -> dict[str, str]:
    """{measure noun: cluster} for a legislative noun the corpus keeps calling by one word of what it is about,
    in its statements and headlines ("the fake news bill" twice in headlines and once in a statement, "the media
    bill"): "the bill" there is that one, whatever else its sentences name. A noun called by several such words
    about as often, or by none twice, stands for no one cluster."""
    surface: dict[str, str] = {}
    for statement in statements:
        for reading in statement.readings:
            if reading.term:
                concept = (member_of or {}).get(concept_of(reading.term), concept_of(reading.term))
                for form in (reading.word, reading.phrase):
                    if form:
                        surface.setdefault(form.lower(), concept)
    texts = set(statement.text for statement in statements) | {statement.title for statement in statements}
    found: dict[str, Counter] = defaultdict(Counter)
    for text in texts:
        seen: set[tuple[str, str]] = set()
        for match in re.finditer(r"\b(?:([a-z][a-z-]+) )?([a-z][a-z-]+) (bill|law|act|legislation|measure)s?\b",
                                 text.lower()):
            first, word, head = match.groups()
            concept = surface.get(f"{first} {word} {head}") or surface.get(f"{word} {head}") or surface.get(word)
            if concept and (clusters is None or concept in clusters) and word not in STOPWORDS_CLAUSE \
                    and (head, concept) not in seen:
                seen.add((head, concept))
                found[head][concept] += 1
    known = {}
    for head, counts in found.items():
        ranked = counts.most_common(2)
        if ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            known[head] = ranked[0][0]
    return known


def _held_apart(statements: Sequence[Statement], concept: str, head: str) -> bool:
    """Whether the actors who judge both ``concept`` alone ("the strike") and the measure named by it with ``head``
    ("the strike law") mostly judge them in opposite directions: then the word alone is another thing (unions
    call a strike against a strike law), not the measure's short name ("the amnesty" of "the amnesty law")."""
    alone: Counter = Counter()
    measure: Counter = Counter()
    for statement in statements:
        for reading in statement.readings:
            if reading.term and concept_of(reading.term) == concept:
                named = reading.modifier or head in reading.phrase.lower()
                (measure if named else alone)[statement.actor_name] += reading.polarity
    both = [(alone[a] > 0) == (measure[a] > 0) for a in alone.keys() & measure.keys() if alone[a] and measure[a]]
    return both.count(False) > both.count(True)


def _argued_both_ways(statements: Sequence[Statement], concept: str, head: str) -> bool:
    """Whether actors take opposite stances on ``concept`` alone, not as a word of the measure's name ("defended
    decriminalizing euthanasia", "is against euthanasia"): a practice argued, which the measure allows or bans, not a
    field everyone wants ("we all want security")."""
    sides: Counter = Counter()
    for statement in statements:
        for reading in statement.readings:
            if reading.term and reading.polarity and concept_of(reading.term) == concept and not reading.modifier \
                    and head not in reading.phrase.lower():
                sides[statement.actor_name] += reading.polarity
    return any(n > 0 for n in sides.values()) and any(n < 0 for n in sides.values())


def _mostly_modifier(statements: Sequence[Statement], concept: str) -> bool:
    """Whether the corpus's readings of ``concept`` mostly modify another noun ("security" of "the security bills"):
    a field, as :meth:`_ConceptTally.is_domain` has it."""
    found = [r.modifier for s in statements for r in s.readings if r.term and concept_of(r.term) == concept]
    return bool(found) and sum(found) >= DOMAIN_SHARE * len(found)


def _resolve_implicit(reading: Reading, explicit: Mapping[str, int], bare_policy: Mapping[str, str],
                      member_of: Mapping[str, str] | None = None, topical: Callable | None = None,
                      measure: Callable | None = None) -> str | None:
    """The concept an implicit reading stands for, among ``explicit`` ({concept: actors taking a stance});
    ``member_of`` maps a concept to the cluster that represents it; a concept the headline names stands for
    "the bill" only if ``topical`` holds of it; "the measure", "the bill" stand for one that is a measure
    (``measure`` holds of it) before any other."""
    member_of = member_of or {}

    def concepts(terms) -> list[str]:
        found = [member_of.get(c, c) for c in (concept_of(bare_policy.get(t, t)) for t in terms)]
        return [c for c in found if c in explicit]

    def weight(c):
        return (bool(measure(c)) if measure is not None and reading.head in ANAPHORIC_NOUNS else False, explicit[c])

    return _referent(reading, concepts, weight, topical)


VOTING = re.compile(r"\bvot(?:e|ed|es|ing)\b", re.IGNORECASE)  # a cue that is a vote ("voted yes", "will vote against")


def _referent(reading: Reading, named: Callable[[Sequence[str]], list], weight: Callable,
              topical: Callable | None = None, as_measure: bool = False) -> object | None:
    """What an implicit reading stands for, among the candidates ``named`` finds in terms of its context.

    "this", "it": the first one named in the nearest sentences. "the plans", "the bill" (or any reading
    ``as_measure``): among those the headline names, else those the article has named before, the one with most
    ``weight`` (the most debated), the nearest on a tie."""
    near, topic, far = _context_parts(reading.context)
    # (a side taken in a vote, "we will vote No", is on what the vote asks: the question the story is about, found
    # as "the bill" is, not the last thing named)
    if not as_measure and reading.head not in ANAPHORIC_NOUNS and not BALLOT_SIDE.match(reading.cue):
        found = named(near)
        if not found and (VOTING.search(reading.cue) or reading.cue in ("against", "for") or _siding(reading.cue)):
            # "I voted yes", "I'm against it" where the nearest sentences name nothing argued about: what the
            # headline names
            topical = named(topic)
            return max(topical, key=lambda c: (weight(c), -topical.index(c))) if topical else None
        return found[0] if found else None
    for found in ([c for c in named(topic) if topical is None or topical(c)], named(near + far)):
        if found:
            return max(found, key=lambda c: (weight(c), -found.index(c)))
    return None


def _siding(cue: str) -> bool:
    """Whether a cue takes a side by an act or an attitude toward what it acts on ("would not accept it", "filed a
    challenge", "opposes it"), not a judgement of a thing ("this is wrong"): with nothing argued about in the nearest
    sentences, what it acts on is the question the story is about."""
    words = cue.split()
    return bool(words) and (stem(words[0]) in _ATTITUDE_STEMS or words[-1] in OBJECTIONS)


_ATTITUDE_STEMS = frozenset(stem(w) for w in ATTITUDE_WORDS) - frozenset(
    stem(w) for w in EVALUATIVE_POSITIVE | EVALUATIVE_NEGATIVE)


def _context_parts(context: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    """(nearest sentences, headline topic, the rest) of a reading's context."""
    if FAR not in context:
        return list(context), [], []
    near = list(context[: context.index(FAR)])
    rest = list(context[context.index(FAR) + 1:])
    if TOPIC_END not in rest:
        return near, [], rest
    return near, rest[: rest.index(TOPIC_END)], rest[rest.index(TOPIC_END) + 1:]


def _bare_policy_resolution(statements: Sequence[Statement]) -> dict[str, str]:
    """"the ban" → "car ban": a policy word without its object stands for its most common phrase."""
    phrases: dict[str, Counter] = defaultdict(Counter)
    raised: Counter = Counter()  # "raises fares", "a fare hike": every word of raising says what rises
    terms: Counter = Counter()
    for statement in statements:
        for reading in statement.readings:
            terms[reading.term] += 1
            if reading.head and reading.term and reading.term != reading.head:
                phrases[reading.head][reading.term] += 1
                if reading.head in POLICY_RAISING:
                    raised[reading.term] += 1
    # the phrase named most, counting the readings of what it acts on too: "the ban" is the export ban of a
    # corpus that argues about exports, not the "ban on income" of one figure of speech said twice
    found = {head: max(sorted(counter), key=lambda phrase: counter[phrase] + terms[phrase.split()[0]])
             for head, counter in sorted(phrases.items())}
    if raised:  # "the increase" where the corpus only wrote "raises fares": the fare increase
        found.update({head: _by_count(raised)[0] for head in POLICY_RAISING if head not in found})
    # "the cap" where the corpus names only "a limit on tourists": a cap, a limit, a quota or a ceiling is one
    # measure -- in the stories that name what that limit acts on ("the debt ceiling" is no cap on bonuses)
    limits: Counter = Counter()
    for head in LIMITING:
        if head in found:
            limits[found[head]] += sum(phrases[head].values())
    bare_in: dict[str, set[str]] = defaultdict(set)
    said_in: dict[str, set[str]] = defaultdict(set)
    for statement in statements:
        for reading in statement.readings:
            if reading.term and reading.term == reading.head and reading.term in LIMITING:
                bare_in[reading.term].add(statement.article)
            if reading.term:
                said_in[concept_of(reading.term)].add(statement.article)
        for word in statement.topic:  # ("Hoteliers back island quota" over a story of "the cap")
            if word in LIMITING:
                bare_in[word].add(statement.article)
    for limit in _by_count(limits)[:1]:
        named = {concept_of(limit)} | {concept_of(w) for w in limit.split()[:-1]}
        where = set().union(*(said_in[c] for c in named))
        for _ in range(2):  # (and the stories where a word so resolved is said)
            joined = {head for head in LIMITING if head not in found and bare_in[head] & where}
            found.update({head: limit for head in joined})
            where |= set().union(*(bare_in[head] for head in joined)) if joined else set()
    return found


def _headlined_policies(statements: Sequence[Statement], resolved: Mapping[str, str],
                        said_of: Mapping[str, set[str]]) -> dict[str, tuple[str, str]]:
    """{policy word: (what it acts on, the name the headlines give that)} for a policy word the corpus never says
    of anything ("the extension", argued again and again) in stories whose headlines name one thing, in two of
    them at least, more than any other ("Ghent's ring-road emission zone"): that is what it extends. (Not one
    said of a name: "the expansion of Dunmore Depot" expands the depot; ``said_of``: see :func:`_anchor_maps`.)"""
    headlined: dict[str, set[str]] = defaultdict(set)
    for statement in statements:
        for reading in statement.readings:
            # (only a measure that adds to what it acts on: a bare "moratorium" read as one on what the headlines
            # name would turn the debate about that thing round into a debate about the moratorium)
            if reading.term and reading.term == reading.head and reading.term in POLICY_RAISING:
                headlined[reading.term].add(statement.article)
    topics = {statement.article: statement.topic for statement in statements}
    titles = {statement.article: statement.title for statement in statements}
    found = {}
    for head, articles in sorted(headlined.items()):
        if head in resolved or said_of.get(head):
            continue
        # (a thing, not another measure: "the extension" in stories headlined "merger" extends no merger)
        named = Counter(t for a in articles for t in set(topics.get(a, ())) if t not in POLICY_RAISING | POLICY_REVERSING
                        and t not in ANAPHORIC_NOUNS | MEASURE_OBJECTS | AGREEMENT_NOUNS
                        and not _is_person_noun(t) and t not in COMMON_NOUNS)
        ranked = [t for t in _by_count(named) if named[t] >= 2]
        if ranked and (len(ranked) == 1 or named[ranked[0]] > named[ranked[1]]):
            thing = ranked[0]
            # (the word the headlines write before it in lower case, not a name: "ring-road emission zone")
            before = Counter(m.group(1) for a in articles
                             for m in re.finditer(rf"\b([a-z][a-z-]+) {re.escape(thing)}s?\b", titles[a])
                             if m.group(1) not in STOPWORDS_CLAUSE and m.group(1) not in _CLAUSE_STOPS)
            name = _one_compound(before, thing) or thing
            found[head] = (thing, name.lower())
    return found


def _is_person_noun(word: str) -> bool:
    """People are actors, not issues: "woman", "footballer", "politician", "daughter", "the law lords"."""
    word = _norm(word)
    if word.endswith("s") and len(word) > 3 and _is_person_noun(word[:-1]):
        return True
    if ("-" in word.strip("-") and word.split("-", 1)[0] not in ("anti", "pro", "non")
            and _is_person_noun(word.rsplit("-", 1)[1])):
        return True  # "terror-suspect", a compound hyphened into one word (see _split_compound_heads); not "anti-immigrant"
    return (
        word in HUMAN_GROUPS
        or word in PERSON_NOUNS
        or word in load_gazetteer().person_nouns  # the actors' nouns for people ("nurse", "farmer")
        or word in load_gazetteer().civic_officers  # "councillor", "mayor"
        or word in load_gazetteer().post_nominals  # "the MSPs", "an MEP": members of a parliament by their letters
        or word in OFFICIAL_WORDS
        or word.endswith(PERSON_SUFFIXES)
    )


@functools.lru_cache(maxsize=1)
def _own_organisation_nouns() -> frozenset[str]:
    """The nouns an organisation's officer calls it by ("the company", "the association"): organisation nouns,
    not a public body's ("the council", "the government" are no one's own in a spokesperson's mouth)."""
    gazetteer = load_gazetteer()
    return frozenset(gazetteer.organization_nouns - gazetteer.civic_bodies - SELF_INSTITUTIONS)


def _is_body_noun(word: str) -> bool:
    """Bodies and places are actors and settings, not questions: "the union", "the banks", "the city"."""
    word = _norm(word)
    bodies = _body_nouns()
    return word in bodies or (word.endswith("s") and word[:-1] in bodies)


@functools.lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    gazetteer = load_gazetteer()
    return gazetteer.organization_nouns | gazetteer.civic_bodies | gazetteer.locality_nouns


def _by_count(counter: Counter) -> list[str]:
    return [item for item, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


# --- stance and aggregation ----------------------------------------------------------------------------
def _issue_concepts(issue: Issue) -> set[str]:
    return {concept_of(k) for k in issue.keywords} | _user_issue_concepts(issue.keywords)


def _matches(term: str, concepts: set[str]) -> bool:
    """Whether a reading's term belongs to an issue's concepts; a phrase ("pension reform") also by its head."""
    if not term:
        return False
    concept = concept_of(term)
    return concept in concepts or (" " in concept and concept.split()[-1] in concepts)


def _proposals(statements: Sequence[Statement], all_concepts: Sequence[set[str]],
               explicit: Sequence[int] = ()) -> dict[str, int]:
    """{actor name: the issue (index) it backs most often in direct stances}: what "X's plan" stands for. On a
    tie, the issue more actors take direct stances on (the one the corpus argues about most)."""
    backed: dict[str, Counter] = defaultdict(Counter)
    for statement in statements:
        for reading in statement.readings:
            if reading.term and reading.direct and reading.polarity > 0:
                for n, concepts in enumerate(all_concepts):
                    if _matches(reading.term, concepts):
                        backed[statement.actor_name][n] += 1
    found = {}
    for name, counts in backed.items():
        most = max(counts.values())
        ranked = sorted((n for n, count in counts.items() if count == most),
                        key=lambda n: -(explicit[n] if n < len(explicit) else 0))
        if len(ranked) == 1 or (explicit and explicit[ranked[0]] > explicit[ranked[1]]):
            found[name] = ranked[0]
    return found


def _before_complement(words: Sequence[str]) -> Sequence[str]:
    """A label's words before the first preposition: "concession moratorium" of "concession moratorium for the
    project"."""
    for n, word in enumerate(words):
        if n and word in _CLAUSE_STOPS:
            return words[:n]
    return words


def _implicit_issue(reading: Reading, all_concepts: Sequence[set[str]], explicit: Sequence[int],
                    proposals: Mapping[str, int] | None = None, wholes: Sequence[set[str]] = (),
                    labelled: Mapping[str, int] | None = None, usual: Mapping[str, int] | None = None) -> set[str] | None:
    """The concepts of the issue an implicit reading stands for (see :func:`_referent`), among issues
    given by their concepts and how many actors take explicit stances on each; ``wholes`` are, per issue, the
    nouns it is said to be part of (see :func:`_wholes`): "the bill" is not "clause 14 of the bill"; ``usual``: the
    issue a measure noun stands for across the corpus, where its story names none (see :func:`_usual_referents`)."""
    def issues_named(terms) -> list[int]:
        found: list[int] = []
        for term in terms:
            for n, concepts in enumerate(all_concepts):
                if _matches(term, concepts) and n not in found and not (n < len(wholes) and reading.head in wholes[n]):
                    found.append(n)
        return found

    if reading.proposer:
        # "vote against Okafor's motion": what Okafor proposes; when the corpus does not say what that is,
        # nothing ("welcomed the bureau's move" may be a move against the most debated issue)
        return all_concepts[proposals[reading.proposer]] if proposals and reading.proposer in proposals else None
    if labelled and reading.phrase in labelled:
        return all_concepts[labelled[reading.phrase]]  # "the Kava (Quality and Export) Bill": the issue of that name
    if reading.head and reading.phrase in ("", reading.head):
        # "the reform" where one issue is a measure known by that noun ("Pension reform") and the story names it:
        # that one, whatever other issue the story named last
        known = [concepts for concepts in all_concepts if concept_of(reading.head) in concepts]
        if len(known) == 1:
            words = {word for concept in known[0] for word in concept.split()}
            if any(term in words or concept_of(term) in words for term in reading.context):
                return known[0]
    titled = _title_issues(reading.phrase, all_concepts)
    if len(titled) == 1:
        return all_concepts[titled[0]]  # "the Menthol Cigarettes (Sales Ban) Bill" on the issue "sales ban"
    # "the bill" where one issue is a bill known by its title: that one, whatever the story named last
    titled_issues = sorted({n for label, n in (labelled or {}).items()
                            if _measure_title(label) and label.split()[-1][:1].isupper()})
    own = [all_concepts[n] for n in titled_issues
           if reading.head and n < len(all_concepts) and concept_of(reading.head) in all_concepts[n]]
    if not own and reading.head in _LAW_NOUNS:
        # (a bill is passed into a law: "the bill" of a story whose only titled measure is a "Law on ...")
        laws = {n for label, n in (labelled or {}).items() if _titled_as_law(label)}
        own = [all_concepts[n] for n in titled_issues if n in laws and n < len(all_concepts)]
    if len(own) == 1:
        return own[0]
    # "the Tunisian draft" where one issue is labelled by that noun ("Draft resolution") and the article names it:
    # that one
    # (its own words, not a complement it is labelled with: "the project" is no "Concession moratorium for the
    # project")
    worded = {n for label, n in (labelled or {}).items() if reading.head in ANAPHORIC_NOUNS
              and reading.head in _before_complement(label.lower().split()) and n < len(all_concepts)}
    if len(worded) == 1 and worded <= set(issues_named(reading.context)):
        return all_concepts[worded.pop()]
    if reading.head in ADOPTION_NOUNS and reading.head != "vote":
        # "welcomed the ratification", "will vote for ratification": the adoption of the measure argued about,
        # found as "the bill" is, among the issues that are measures
        measures = _measure_concepts()
        adopted = _referent(reading, lambda terms: [n for n in issues_named(terms) if all_concepts[n] & measures],
                            lambda n: explicit[n] if n < len(explicit) else 0, as_measure=True)
        return None if adopted is None else all_concepts[adopted]
    named = issues_named
    if reading.head in _NAMING_MEASURES:
        # "voted against the bill" in stories that argue a holiday's abolition and the defence budget it pays for:
        # of the questions named, those that are measures, when some are
        measures = _measure_concepts()

        def named(terms) -> list[int]:
            found = issues_named(terms)
            return [n for n in found if all_concepts[n] & measures] or found
    found = _referent(reading, named, lambda n: explicit[n] if n < len(explicit) else 0)
    if found is None and reading.head in ANAPHORIC_NOUNS:
        # "called the law an arrogant decision", "this change will bring stability" where the story names none of
        # the questions before it: the one question of the corpus that is a measure, if there is one only (its
        # debate's stories alone count it)
        only = [n for n, concepts in enumerate(all_concepts) if concepts & _measure_concepts()]
        found = only[0] if len(only) == 1 else None
    if found is None and usual and reading.head in usual:
        found = usual[reading.head]  # "I support the government's bill" where the story names none: the corpus's bill
    return None if found is None else all_concepts[found]


# The nouns a piece of legislation is titled by, each standing for the others: a bill is passed into a law, so "the
# bill" of a story may be its "Law on Pastureland", "the law" its "Forestry (Amendment) Bill"
_LAW_NOUNS = LEGISLATIVE_NOUNS - {"measure", "proposition"}


def _titled_as_law(label: str) -> bool:
    """Whether a title names a piece of legislation: by its first word ("Law on Pastureland") or by its last
    ("Freedom of Information Act")."""
    words = [_norm(w) for w in label.split()]
    first = words[0] if len(words) > 2 and words[1] in TITLE_LINKS else ""
    return bool({first, words[-1]} & _LAW_NOUNS)


@functools.lru_cache(maxsize=1)
def _measure_concepts() -> frozenset[str]:
    """The concepts of the nouns a measure is named by ("bill", "law", "treaty", "compact")."""
    return frozenset(concept_of(w) for w in MEASURE_HEADS | AGREEMENT_NOUNS | LEGISLATIVE_NOUNS | {"amendment"})


def _measure_title(name: str) -> list[str]:
    """The words (normalised, brackets stripped) before the measure noun of a capitalised name ending in one
    ("kava", "quality", "and", "export" of "Kava (Quality and Export) Bill"), or after the measure noun and its
    link word when the title follows it ("cybersecurity" of "Law on Cybersecurity"); [] for any other name."""
    words = name.split()
    if not words or not name[:1].isupper():
        return []
    if len(words) > 2 and _norm(words[0]) in ANAPHORIC_NOUNS and words[1] in TITLE_LINKS and words[-1][:1].isupper():
        return [_norm(w.strip("()")) for w in words[2:]]
    if _norm(words[-1]) not in ANAPHORIC_NOUNS:
        return []
    return [_norm(w.strip("()")) for w in words[:-1]]


def _title_issues(phrase: str, all_concepts: Sequence[set[str]]) -> list[int]:
    """The issues whose words a measure's title names: "Sales Ban" of "the Menthol Cigarettes (Sales Ban) Bill"
    (a title, capitalised, of two words or more before its measure noun)."""
    title = _measure_title(phrase)
    if len(title) < 2:
        return []
    title_concepts = {concept_of(w) for w in title} | {concept_of(f"{a} {b}") for a, b in zip(title, title[1:])}
    return [n for n, concepts in enumerate(all_concepts) if concepts & title_concepts]


def _is_measure_name(phrase: str) -> bool:
    """"Senate Bill 214", "the Plan de Tandeo": a capitalised name of a measure, one thing wherever it is written."""
    return phrase[:1].isupper() and " " in phrase


def _named_referents(statements: Sequence[Statement], all_concepts: Sequence[set[str]], explicit: Sequence[int],
                     wholes: Sequence[set[str]], labelled: Mapping[str, int]) -> dict[str, int]:
    """{measure name: issue index} (see :func:`_name_majorities`), for names no issue is labelled with."""
    def resolve(reading: Reading) -> int | None:
        if reading.phrase in labelled:
            return None
        concepts = _implicit_issue(reading, all_concepts, explicit, None, wholes, labelled)
        return None if concepts is None else next(n for n, c in enumerate(all_concepts) if c == concepts)

    return _name_majorities(statements, resolve)


def _usual_referents(statements: Sequence[Statement], all_concepts: Sequence[set[str]], explicit: Sequence[int],
                     wholes: Sequence[set[str]], labelled: Mapping[str, int]) -> dict[str, int]:
    """{measure noun: issue index}: the issue that two thirds of the actors' stances on "the bill" (or "the law",
    "the plan", ...; each actor in each story once) resolved from their own story's words stand for, when at least
    three are: what the noun stands for in a story that names nothing argued about ("I support the government's
    bill, flaws and all")."""
    seen: dict[str, dict[int, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    for statement in statements:
        for reading in statement.readings:
            if reading.term or not reading.polarity or reading.proposer or reading.head not in _NAMING_MEASURES:
                continue
            concepts = _implicit_issue(reading, all_concepts, explicit, None, wholes, labelled)
            if concepts is not None:
                n = next(n for n, c in enumerate(all_concepts) if c == concepts)
                seen[reading.head][n].add((statement.article, statement.actor_name))
    # (each actor of each story once: one story saying "the bill" three times is one)
    return _two_thirds({head: Counter({n: len(who) for n, who in by_issue.items()}) for head, by_issue in seen.items()},
                       at_least=3)


def _name_majorities(statements: Sequence[Statement], resolve: Callable) -> dict:
    """{measure name: what most stances on a measure by its name ("supports Senate Bill 214") stand for}, each
    found by ``resolve`` from its own article's context (None: nothing): a name is one measure across the
    corpus, so where the sentences around a stance name nothing argued about ("I support the bill", the bill the
    article names Senate Bill 214), it stands for that too, when two thirds of the stances resolved agree."""
    found: dict[str, Counter] = defaultdict(Counter)
    for statement in statements:
        for reading in statement.readings:
            if not reading.term and reading.polarity and not reading.proposer and _is_measure_name(reading.phrase):
                referent = resolve(reading)
                if referent is not None:
                    found[reading.phrase][referent] += 1
    return _two_thirds(found)


def _two_thirds(found: Mapping[str, Counter], at_least: int = 1) -> dict:
    """{key: the referent two thirds of its count agree on, counted ``at_least`` times}."""
    majorities = {}
    for key, counts in found.items():
        best, n = counts.most_common(1)[0]
        if n >= at_least and n * 3 >= sum(counts.values()) * 2:
            majorities[key] = best
    return majorities


def _labelled(issues: Sequence[Issue]) -> dict[str, int]:
    """{label: index} of the issues labelled by a name of several words ("Kava (Quality and Export) Bill"), which a
    mention of the measure by that name ("the bill" the article names so) stands for."""
    return {issue.label: n for n, issue in enumerate(issues) if issue.label[:1].isupper() and " " in issue.label}


def _wholes(statements: Sequence[Statement], all_concepts: Sequence[set[str]]) -> list[set[str]]:
    """Per issue, the proposal nouns its words are said to be part of ("clause 14 of the bill": "bill")."""
    found: list[set[str]] = [set() for _ in all_concepts]
    for statement in statements:
        for reading in statement.readings:
            wholes = {phrase.split()[-1] for phrase in reading.attached if phrase.startswith("of ")}
            wholes = {_norm(w) for w in wholes} & ANAPHORIC_NOUNS
            if reading.term and wholes:
                for n, concepts in enumerate(all_concepts):
                    if _matches(reading.term, concepts):
                        found[n] |= wholes
    return found


def _explicit_counts(statements: Sequence[Statement], all_concepts: Sequence[set[str]]) -> list[int]:
    """Per issue, how many actors take a direct stance on one of its words."""
    actors: list[set[str]] = [set() for _ in all_concepts]
    for statement in statements:
        for reading in statement.readings:
            if reading.term and reading.polarity and reading.direct and not reading.asked:
                for n, concepts in enumerate(all_concepts):
                    if _matches(reading.term, concepts):
                        actors[n].add(statement.actor_name)
    return [len(found) for found in actors]


# A guessed target ("this is going to fail", "backed the plans") counts half as much as the issue named: an
# actor who names the issue one way and is guessed the other way is not "mixed" on the strength of the guess.
IMPLICIT_WEIGHT = 0.5


def _weights(statement: Statement, issue: Issue, all_concepts: Sequence[set[str]] = (),
             explicit: Sequence[int] = (), proposals: Mapping[str, int] | None = None,
             wholes: Sequence[set[str]] = (), labelled: Mapping[str, int] | None = None,
             field_of: tuple[str, str] = ("", ""), usual: Mapping[str, int] | None = None
             ) -> tuple[float, float, bool, tuple[bool, bool], bool]:
    """(support weight, oppose weight, addressed, (declared for?, declared against?), held on a condition?) of one
    statement toward one issue. ``field_of``: the measure noun and the field of an issue known by the field it is
    about ("bill", "security" of "the security bills", see :func:`_known_as`), whose word alone ("we all want
    security") is not the bill (other words of the issue are: "the overtime amendment" of the "slave law")."""
    field_head, field = field_of
    concepts = _issue_concepts(issue)
    reversed_concepts = {concept_of(word) for word in issue.opposite}
    keywords = {_norm(k) for k in issue.keywords}
    support = oppose = 0.0
    addressed = False
    declared = [False, False]  # a stance said outright for, against (see Reading.declared)
    conditioned = False  # a stance on the issue held on a condition ("would back the merger only if ...", "... it unless")
    named: list[tuple[int, str]] = []  # (polarity, cue) of the readings that name the issue
    conditions: set[int] = set()  # the polarities of the stances on it held on a condition
    implicit: list[tuple[int, str, float, bool]] = []
    # (a title in capitals throughout, "Cross-Strait Service Trade Agreement", not a label such as "Points system")
    title_words = _measure_title(issue.label) if all(
        w[:1].isupper() or w in NAME_LINKS for w in issue.label.split()) else []
    title = {concept_of(w) for w in title_words}
    # an issue named by its field and a measure noun ("Pension reform"): a bare measure noun an article names by that
    # field ("withdraw the law", its "pensions law") is the same measure
    label_words = issue.label.lower().split()
    measure_field = concept_of(_norm(label_words[0])) if len(label_words) == 2 and label_words[1] in MEASURE_HEADS \
        and concept_of(label_words[1]) in concepts else None
    for reading in statement.readings:
        sign = 1
        if reading.term and field_head and not reading.modifier and field_head not in reading.phrase.lower() \
                and concept_of(reading.term) == field:
            continue  # "we all want security, but this is not the way": the field, not the security bills
        if reading.term and title and " " in reading.phrase and not reading.in_name \
                and _norm(reading.phrase) not in keywords and any(
                concept_of(_norm(w)) not in title | {concept_of(reading.term)}
                and not any(t.startswith(_norm(w)) for t in title_words) for w in reading.phrase.split()):
            # "we are not against free trade": another kind of trade than the "Service Trade Agreement" (but "ID
            # cards" are the "Identity Cards Bill"'s)
            continue
        if reading.term:
            if reading.named_by in MEASURE_HEADS and concept_of(reading.term) == measure_field:
                pass  # (the issue's measure, named by its field: see measure_field)
            elif not _matches(reading.term, concepts):
                if not _undoes(reading.term, concepts - reversed_concepts):
                    continue
                sign = -1  # "calling on the government to withdraw the cap" on the issue the cap is
            elif concept_of(reading.term) in reversed_concepts:
                if (reading.phrase and reading.phrase != reading.word and _norm(reading.phrase) not in keywords
                        or reading.modifier or reading.in_name):
                    # "drag hunting", "the immigration system", "the Quality and Export Bill": not what the ban or
                    # cut acts on (but "the sales-tax exemption" the issue names is)
                    continue
                if any(other.term and other.polarity == reading.polarity and other.cue == reading.cue
                       and concept_of(other.term) != concept_of(reading.term) and not _matches(other.term, concepts)
                       and any(_matches(other.term, c) for c in all_concepts if c != concepts)
                       # (the other governs this one: its verb takes it, or this is reached through that noun;
                       # "supported hunting and the new stadium" backs two things side by side)
                       and (not other.noun or not reading.direct)
                       for other in statement.readings):
                    # "condemned the shredding of seized scooters", where the shredding is a question of its own:
                    # a stance on that measure, not on the scooters the ban acts on
                    continue
                sign = -1  # "support hunting" on the issue "hunting ban"
        else:
            # an implicit target ("this is going to fail") stands for the nearest preceding issue word; "the
            # plan", "the bill" for the most debated issue the article has named before
            found = _implicit_issue(reading, all_concepts, explicit, proposals, wholes, labelled, usual)
            if found is None and reading.head and concept_of(reading.head) in concepts:
                found = concepts  # "the rule" where nothing else argued about is named: the rule itself
            if found is None and len(all_concepts) == 1 and not reading.head and VOTING_CUE.match(reading.cue):
                # "will vote No", "every deputy voted against" in a corpus that argues one question: on that question
                found = concepts
            if found != concepts:
                continue
        addressed = True
        weight = 0.5 if reading.hedged else 1.0
        if reading.conditional and reading.polarity:
            # for it on a condition is against it as things stand: both ways, so that a condition alone makes the
            # stance mixed and beside a plain stance it only tempers it
            weight = weight * (IMPLICIT_WEIGHT if not reading.term else 1.0) / 2
            support += weight
            oppose += weight
            conditioned = True
            conditions.add(reading.polarity * sign)
            continue
        if not reading.term:
            implicit.append((reading.polarity, reading.cue, weight * IMPLICIT_WEIGHT, reading.declared))
            continue
        if reading.declared and reading.polarity:
            declared[reading.polarity * sign < 0] = True
        if reading.polarity:
            named.append((reading.polarity * sign, reading.cue))
        if reading.polarity * sign > 0:
            support += weight
        elif reading.polarity * sign < 0:
            oppose += weight
    plain = {polarity for polarity, _ in named}
    for polarity, cue, weight, said_outright in implicit:
        # a guessed target that contradicts what the same predicate says of the issue by name is a wrong guess
        # ("moved an amendment to scrap the ban and replace it with guidance": against the ban, not for it)
        if cue and any(polarity * named_polarity < 0 and (named_cue == cue or named_cue.endswith(" " + cue))
                       for named_polarity, named_cue in named):
            continue
        if named and all(polarity * named_polarity < 0 and "not" not in named_cue.split()
                         for named_polarity, named_cue in named):
            # a guess against every stance the same statement takes on the issue by name is a guess at something
            # else ("would vote to scrap the increase and would rather support measures that encourage people
            # to work longer": other measures); but not beside a denial, "not against overtime as such, but
            # against rules that let employers delay pay", where the guess is the stance
            continue
        if polarity:
            plain.add(polarity)
        if said_outright and polarity:
            declared[polarity < 0] = True
        if polarity > 0:
            support += weight
        elif polarity < 0:
            oppose += weight
    if any(-polarity in plain for polarity in conditions):
        # "backed measures to reduce harm but would campaign against the bill unless it guarantees retraining",
        # "supported the direction of the bill but would not vote for it unless ...": for it one way and against
        # it as it stands, said in one breath -- a qualified stance, whatever it says outright
        declared = [False, False]
    return support, oppose, addressed, (declared[0], declared[1]), conditioned


# Policy words that undo a measure altogether (not a cut or a freeze, which are measures of their own)
UNDOING = POLICY_REVERSING & frozenset("repeal abolition removal withdrawal lifting phase-out roll-back rollback".split())
_UNDOING_STEMS = frozenset(stem(w) for w in UNDOING)


def _undoes(term: str, concepts: set[str]) -> bool:
    """"cap withdrawal", "levy repeal": a phrase that undoes a measure among ``concepts``, which discovery left
    apart from it (named so once, beside a measure the corpus names otherwise)."""
    words = concept_of(term).split()
    return len(words) == 2 and words[1] in _UNDOING_STEMS and words[0] in concepts


def _stance_from(support: float, oppose: float, declared: tuple[bool, bool] = (False, False),
                 conditioned: bool = False) -> str:
    """The stance of these weights; an actor who says outright where it stands one way only ("I oppose the cap")
    is not mixed on the strength of readings that only imply the other way. An actor who names the issue only to
    hold a stance on a condition ("would back the merger only if ...") and says no stance outright is mixed,
    whatever else it says in favour."""
    stance = _weighed_stance(support, oppose, declared)
    if conditioned and stance in ("support", "oppose") and not declared[stance == "oppose"]:
        return "mixed"
    return stance


def _weighed_stance(support: float, oppose: float, declared: tuple[bool, bool]) -> str:
    if support and oppose:
        if min(support, oppose) / max(support, oppose) >= 0.5:
            if declared[0] != declared[1]:
                return "support" if declared[0] else "oppose"
            return "mixed"
        return "support" if support > oppose else "oppose"
    if support:
        return "support"
    if oppose:
        return "oppose"
    return "neutral"


def stance_of(statement: Statement, issue: Issue, issues: Sequence[Issue] = ()) -> str | None:
    """Stance of ``statement`` toward ``issue`` (support/oppose/mixed/neutral), or None if it does not address it.

    ``issues`` (all issues) lets an implicit target ("this is going to fail") pick the nearest issue word.
    """
    issues = issues or [issue]
    all_concepts = [_issue_concepts(i) for i in issues]
    support, oppose, addressed, declared, conditioned = _weights(
        statement, issue, all_concepts, _explicit_counts([statement], all_concepts), None,
        _wholes([statement], all_concepts), _labelled(issues))
    if not addressed:
        return None
    return _stance_from(support, oppose, declared, conditioned)


def _issue_names(issue: Issue, name: str) -> bool:
    """Whether ``name`` is what the issue is called, or its last words ("Voice" of "Indigenous Voice"): a body a
    measure would set up, argued about, not an actor with a view on itself."""
    name = name.lower()
    return any(words == name or words.endswith(" " + name) for words in [issue.label.lower(), *issue.keywords])


def argued_issues(issues: Sequence[Issue], positions: Sequence[Position], min_actors: int = 2) -> list[Issue]:
    """The issues a reader is shown: each one from mkdocs.yml (it has no articles of its own), whatever the corpus
    says, and each found in the corpus on which at least ``min_actors`` actors hold a position once the statements
    are linked (the bare "proposal" beside the named measure it stands for, whose stances all went there). The
    stories of an issue dropped are its debate's: an issue kept that shares one of them argues in them all."""
    held = Counter(issue for issue, _ in {(p.issue, p.actor) for p in positions})
    dropped = [issue for issue in issues if issue.articles and held[issue.id] < min_actors]
    kept = []
    for issue in issues:
        if issue in dropped:
            continue
        articles = set(issue.articles)
        for gone in dropped:
            if articles & set(gone.articles):
                articles |= set(gone.articles)
        kept.append(dataclasses.replace(issue, articles=sorted(articles)) if articles != set(issue.articles) else issue)
    return kept


def _writes_issue_words(body: str, issue: Issue) -> bool:
    """Whether an article's text writes a word the issue is named by (its label's or keywords' words, not the
    measure noun itself: "fishmeal" of "Fishmeal ban", not "ban")."""
    words = {w for phrase in (issue.label, *issue.keywords) for w in re.findall(r"[^\W\d_]{4,}", phrase.lower())}
    words -= MEASURE_HEADS | _measure_concepts()
    text = body.lower()
    return any(re.search(rf"\b{re.escape(w)}", text) for w in sorted(words))


def link_positions(
    articles: Sequence[Article],
    statements: Mapping[str, Sequence[Statement]] | Sequence[Statement],
    actor_ids: Mapping[tuple[str, str], str],
    issues: Sequence[Issue],
    *,
    include_neutral: bool = False,
) -> list[Position]:
    """One position per actor and issue, aggregated over all its statements, with every statement as evidence.

    ``actor_ids`` maps (article id, canonical name in that article) to the actor id (from ``link_actors``).
    A name without an entry gets the id of the same name in another article; else an opinion author (whom the
    actor stage may not list) gets a slug of the name, and anyone else's statements are left out.
    """
    statements = _flatten(statements)
    bodies = {a.id: a.body for a in articles}
    authors = {a.id: set(a.authors) for a in articles}
    by_name: dict[str, str] = {}
    for (article_id, name), actor_id in sorted(actor_ids.items()):
        by_name.setdefault(name, actor_id)
    all_concepts = [_issue_concepts(i) for i in issues]
    explicit = _explicit_counts(statements, all_concepts)
    wholes = _wholes(statements, all_concepts)
    labelled = _labelled(issues)
    labelled = {**_named_referents(statements, all_concepts, explicit, wholes, labelled), **labelled}
    usual = _usual_referents(statements, all_concepts, explicit, wholes, labelled)
    field_of: dict[str, tuple[str, str]] = {}  # issue id -> (measure noun, field) of an issue known by its field
    for head, concept in _known_as(statements).items():
        # "the bills" of a corpus that calls them "the security bills": the issue of that word
        found = [n for n, concepts in enumerate(all_concepts) if concept in concepts]
        if len(found) == 1:
            labelled.setdefault(head, found[0])
            if issues[found[0]].label.lower().endswith(head) and (
                    _mostly_modifier(statements, concept) and not _argued_both_ways(statements, concept, head)
                    or _held_apart(statements, concept, head)):
                # "Security bill", named by its field and the noun; "Strike law", whose strike its actors judge
                # otherwise than the law (not "the Levy Bill", whose levy is argued as the bill is)
                field_of.setdefault(issues[found[0]].id, (head, concept))
    # what "X's motion" stands for, by actor: the names of one actor differ between articles
    ids_of: dict[str, list[str]] = defaultdict(list)
    for (article_id, name), actor_id in actor_ids.items():
        ids_of[name].append(actor_id)
    backed_by_actor: dict[str, int] = {}
    for name, n in _proposals(statements, all_concepts, explicit).items():
        for actor_id in ids_of.get(name, ()):
            backed_by_actor.setdefault(actor_id, n)
    proposals_in: dict[str, dict[str, int]] = defaultdict(dict)
    for (article_id, name), actor_id in actor_ids.items():
        if actor_id in backed_by_actor:
            proposals_in[article_id][name] = backed_by_actor[actor_id]
    tallies: dict[tuple[str, str], list] = {}
    current_in: dict[str, set[str]] = defaultdict(set)  # the articles where an actor takes a stance held now
    turned_in: dict[str, set[str]] = defaultdict(set)  # the articles where an actor says they changed their mind
    for statement in statements:
        actor_id = actor_ids.get((statement.article, statement.actor_name)) or by_name.get(statement.actor_name)
        if actor_id is not None and statement.turned:
            turned_in[actor_id].add(statement.article)
    for statement in statements:
        actor_id = actor_ids.get((statement.article, statement.actor_name)) or by_name.get(statement.actor_name)
        if actor_id is None and statement.actor_name in authors.get(statement.article, ()):
            actor_id = slugify(statement.actor_name, fallback="actor")
        if actor_id is None:
            # a name the actor stage did not keep as an actor: a position must point at a listed actor
            log.debug("no actor id for %r in %s; statement dropped", statement.actor_name, statement.article)
            continue
        body = bodies.get(statement.article)
        if body is None or body[statement.start : statement.end] != statement.text:
            log.warning("statement not found verbatim in article %s; dropped", statement.article)
            continue
        for issue in issues:
            read = statement
            if issue.articles and statement.article not in issue.articles:
                # the same words in a story that is not part of this debate; but a column's own thesis on "this
                # law", "the bill" argues its debate's measure when the column writes a word the issue is named by
                # (a column that never writes the measure's name), and that reading alone
                anaphoric = [r for r in statement.readings if not r.term and r.head in ANAPHORIC_NOUNS]
                if statement.kind != "thesis" or not anaphoric or not _writes_issue_words(body, issue):
                    continue
                read = dataclasses.replace(statement, readings=anaphoric)
            if _issue_names(issue, statement.actor_name):
                continue  # "The Voice could not veto laws": what the thing argued about does is no stance on it
            support, oppose, addressed, declared, conditioned = _weights(
                read, issue, all_concepts, explicit, proposals_in.get(statement.article), wholes, labelled,
                field_of.get(issue.id, ("", "")), usual)
            if not addressed:
                continue
            key = (actor_id, issue.id)
            tally = tallies.setdefault(key, [0.0, 0.0, [], 0.0, 0.0, set(), [False, False], False])
            # (a stance in another article than the one where the actor says they changed their mind: before it)
            former = statement.former or bool(turned_in[actor_id]) and statement.article not in turned_in[actor_id]
            if not former:
                tally[6] = [tally[6][0] or declared[0], tally[6][1] or declared[1]]
                tally[7] = tally[7] or conditioned
            now = 3 if former else 0  # a former stance counts when there is no other (see Statement)
            tally[now] += support
            tally[now + 1] += oppose
            if former:
                tally[5].add(statement.article)
            elif support or oppose:
                current_in[actor_id].add(statement.article)
            evidence = Evidence(statement.article, statement.text, statement.quote, statement.paragraph)
            if all(evidence != known for _, known in tally[2]):
                tally[2].append((support + oppose, evidence))
    positions = []
    issue_order = {issue.id: n for n, issue in enumerate(issues)}
    for (actor_id, issue_id), (support, oppose, evidence, support_before, oppose_before, before_in,
                               declared, conditioned) in tallies.items():
        if not support and not oppose and not before_in & current_in[actor_id]:
            # (a stance given up in an article that reports the one held now, on whatever issue, stays given up)
            support, oppose = support_before, oppose_before
        stance = _stance_from(support, oppose, tuple(declared), conditioned)
        if stance == "neutral" and not include_neutral:
            continue
        # the strongest evidence first (most and least hedged stance readings), then the rest, ties in text
        # order; all of it is kept, a page may show the first few
        ordered = [e for _, e in sorted(evidence, key=lambda se: -se[0])]
        positions.append(Position(actor_id, issue_id, stance, ordered))
    positions.sort(key=lambda p: (issue_order[p.issue], p.actor))
    return positions
