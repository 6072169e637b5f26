"""Actors: who is in each article (mentions, names, kinds, roles) and who is the same actor across articles.

Two stages, both pure functions:

* :func:`analyse_actors` (per article, needs the spaCy ``Doc`` of ``article.body``) fills
  ``ArticleAnalysis.mentions``, ``.names``, ``.kinds`` and ``.roles``. The contract other
  stages (quotes, positions) rely on:

  - ``mentions``: one :class:`~briefing.models.Mention` per reference to an actor, in text
    order. ``article.body[m.start:m.end] == m.text``; the text is the name as written with a
    possessive and a leading "the" removed ("Kim's" → "Kim", "the White House" → "White House")
    and without a pre-name title ("Vice President Pence" → text "Pence", ``title`` "Vice
    President"). ``label`` is the spaCy entity label (kept even when a rule
    overrides it: "Pence" may carry ORG), ``"ALIAS"`` for a known name or user alias the
    model did not tag, or ``"SPEAKER"`` for a one-word proper name the model did not tag
    that is the subject of a speech verb ("Walsh argued that ..."; kind hint "person"), or
    ``"TITLE"`` for a title standing alone as a subject ("Britain's transport secretary said",
    "the finance minister signaled") when exactly one person of the article holds that title:
    its text is the title ("transport secretary") and ``names`` maps it to that person.
    ``kind_hint`` is the kind a cue suggests ("person" for a title, a "who"
    clause, a person-noun apposition or a "He ..." next sentence; "organization" for an
    organisation noun; "country" for a gazetteer place), else None. ``sentence`` is the spaCy
    sentence holding the mention, ``paragraph`` the index into ``article.paragraphs``.
  - ``names``: every mention's ``text`` → the canonical name of its actor *in this article*
    ("Moon" → "Moon Jae-in", "Pyongyang" → "North Korea"); canonical names map to themselves.
  - ``kinds``: canonical name → "person" | "organization" | "country" | "group" | "other".
    Every canonical name has a kind; the author of an opinion piece is in ``names`` and
    ``kinds`` (a person) even with no mention in the body.
  - ``roles``: canonical name → roles stated in this article (appositions, pre-name titles,
    "who ..." clauses, author bios).

  Names that are never actors (photo credits, contributors, bylines of news pieces, platforms
  used as a medium, events, the publisher's masthead, dates) produce no mention at all.

* :func:`link_actors` merges the per-article canonical names into corpus-wide
  :class:`~briefing.models.Actor` objects and returns the map
  ``{(article_id, canonical name in that article): actor id}``.

Knowledge about places and titles lives in ``briefing/data/gazetteer.yml`` (documented there).
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from briefing import lexicon
from briefing.models import Actor, Article, ArticleAnalysis, Mention, Role
from briefing.slug import RESERVED, slugify, unaccented
from briefing.vocabulary import ACTOR_LABELS, ENTITY_KINDS, SPEECH_FORMS, SPEECH_VERBS

log = logging.getLogger(__name__)

KIND_ORDER = ("person", "organization", "country", "group", "other")

# Labels that can name an actor; EVENT, WORK_OF_ART, LAW, PRODUCT, DATE, numbers... cannot.
# (briefing.vocabulary.ACTOR_LABELS; their kinds: briefing.vocabulary.ENTITY_KINDS)
LABEL_KIND = ENTITY_KINDS
# A cue (title, "who", apposition noun, gazetteer) weighs as much as this many model labels:
# the small model labels well-known people ORG often enough that labels alone mislead.
CUE_WEIGHT = 3
TITLE_WEIGHT = 20

# A place word after one of these prepositions is where something happens, not who acts.
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "into", "inside", "near", "outside", "across", "throughout", "within", "from", "around", "via", "across", "through", "over", "off"}
)
DIRECTIONAL_PREPOSITIONS = frozenset({"to", "for", "toward", "towards"})
MOTION_LEMMAS = frozenset(
    {"go", "travel", "fly", "arrive", "head", "depart", "leave", "return", "move", "come", "visit", "trip", "flight", "journey", "tour", "route", "way", "bound", "send", "deploy", "flee", "relocate", "drive", "sail"}
)
# Nouns that, when a name modifies them, make the name a place ("the Seoul visit").
PLACE_HEAD_LEMMAS = frozenset({"visit", "trip", "office", "bureau", "embassy", "airport", "street", "area", "region", "resident", "native", "time"})
# A name compounded into one of these is the name of a document or program, not an actor.
WORK_HEAD_LEMMAS = frozenset({"agreement", "deal", "treaty", "accord", "pact", "act", "law", "bill", "plan", "program", "programme", "doctrine", "protocol", "resolution"})
MEDIUM_PREPOSITIONS = frozenset({"on", "via", "through", "in", "to", "across", "from"})
CREDIT_PREFIX = re.compile(r"^\s*(photo|photograph|picture|image|video|credit|graphic|illustration)s?\b", re.I)
CONTRIBUTOR_LINE = re.compile(
    r"contributed (?:to )?(?:this |the )?report|contributed reporting|additional reporting|reporting by|edited by|written by|compiled by",
    re.I,
)
# Lowercase words that begin names in several languages.
NAME_PARTICLES = frozenset("al el bin ibn de del della di da van von der le la du ap".split())
# "the younger Schuller", "the elder Bush": another member of a named family, not the person.
RELATIVE_ADJECTIVES = frozenset("younger elder older eldest oldest youngest".split())
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’", "s"})
QUOTE_CHARS = "\"'“”‘’"


@dataclass(frozen=True)
class ActorOptions:
    """User options from mkdocs.yml.

    ``aliases`` maps a surface form to a canonical name ({"Kim": "Kim Jong Un"}); it takes
    precedence over every rule. ``exclude`` lists names (surface or canonical, any case) that
    are never actors.
    """

    aliases: Mapping[str, str] = field(default_factory=dict)
    exclude: Sequence[str] = ()


@functools.lru_cache(maxsize=65536)  # a pure function of the string, called thousands of times an article
def _fold(text: str) -> str:
    """Matching key: case-folded, accents dropped ("Lucía Ferrándiz" is "Lucia Ferrandiz" written without them, see
    :func:`briefing.slug.unaccented`),
    straight apostrophes, single spaces, no leading "the"."""
    text = text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")
    text = unaccented(text)
    text = re.sub(r"\s+", " ", text).strip().casefold()
    if text.startswith("the "):
        text = text[4:]
    return text


def _word_key(text: str) -> str:
    return _fold(text).rstrip(".")


# --------------------------------------------------------------------------- gazetteer


@dataclass(frozen=True)
class Gazetteer:
    """The shipped word lists, keyed by :func:`_fold`."""

    countries: frozenset[str]  # canonical country names
    names: Mapping[str, str]  # country name or alias -> country
    capitals: Mapping[str, str]  # capital or metonym -> country
    people: Mapping[str, str]  # plural people noun -> country
    demonyms: Mapping[str, str]  # adjective -> country
    demonym_of: Mapping[str, str]  # country -> adjective
    contextual: Mapping[str, tuple[str, ...]]  # word -> countries it may stand for
    not_actors: frozenset[str]
    event_words: frozenset[str]
    platforms: frozenset[str]
    person_titles: frozenset[str]
    honorifics: frozenset[str]
    person_nouns: frozenset[str]
    organization_nouns: frozenset[str]
    title_abbreviations: Mapping[str, str] = field(default_factory=dict)  # "sen" -> "Senator"
    locality_nouns: frozenset[str] = frozenset()  # "city", "town": a name they govern is a place
    civic_bodies: frozenset[str] = frozenset()  # "council": "Bristol city council" is an organization
    civic_officers: frozenset[str] = frozenset()  # "mayor": "Bristol's mayor" is the actor, not Bristol
    post_nominals: frozenset[str] = frozenset()  # "qc": "Ian MacDonald QC" is Ian MacDonald
    institutions: Mapping[str, str] = field(default_factory=dict)  # "no 10" -> "Downing Street"
    party_synonyms: Mapping[str, str] = field(default_factory=dict)  # "tory" -> "conservative"
    time_zones: tuple[str, ...] = ()  # "GMT", "ET": exact text, matched next to a time
    market_indices: tuple[str, ...] = ()  # "S&P 500", "the Dow": as written
    index_nouns: frozenset[str] = frozenset()  # "index": "the Hang Seng index" is no actor
    law_nouns: frozenset[str] = frozenset()  # "act": "the Clean Air Act" is no actor
    programme_nouns: frozenset[str] = frozenset()  # "plan": "the Marshall Plan", unless it acts
    programmes: frozenset[str] = frozenset()  # "medicare"

    def expand_title(self, title: str) -> str:
        """ "Sen." → "Senator", "Lt. Gen." → "Lieutenant General": roles read as words."""
        words = [self.title_abbreviations.get(_word_key(word), word) for word in title.split()]
        return " ".join(words)

    def country(self, text: str) -> str | None:
        """The country a name, alias, capital or metonym stands for."""
        key = _fold(text)
        return self.names.get(key) or self.capitals.get(key)

    def is_place_word(self, text: str) -> bool:
        key = _fold(text)
        return key in self.names or key in self.capitals or key in self.contextual or key in self.demonyms


def _people_of(demonym: str) -> str:
    if re.search(r"(ese|ch|sh|ss)$", demonym) and demonym != "Czech":
        return demonym
    return demonym + "s"


@functools.lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Load ``briefing/data/gazetteer.yml`` (or another file in the same format)."""
    if path is None:
        text = resources.files("briefing").joinpath("data/gazetteer.yml").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    people: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    demonym_of: dict[str, str] = {}
    countries = []
    for entry in data.get("countries", []):
        country = entry["name"]
        countries.append(country)
        for alias in [country, *entry.get("aliases", [])]:
            names[_fold(alias)] = country
        capital = entry.get("capital") or []
        for place in ([capital] if isinstance(capital, str) else capital) + list(entry.get("metonyms", [])):
            capitals.setdefault(_fold(place), country)
        demonym = entry.get("demonym")
        if demonym:
            demonyms.setdefault(_fold(demonym), country)
            demonym_of[country] = demonym
            people.setdefault(_fold(entry.get("people") or _people_of(demonym)), country)
    contextual: dict[str, list[str]] = defaultdict(list)
    for country, words in (data.get("contextual") or {}).items():
        for word in words:
            if country not in contextual[_fold(word)]:
                contextual[_fold(word)].append(country)

    def folded(key: str) -> frozenset[str]:
        return frozenset(_word_key(str(word)) for word in data.get(key, []) or [])

    return Gazetteer(
        countries=frozenset(countries),
        names=names,
        capitals=capitals,
        people=people,
        demonyms=demonyms,
        demonym_of=demonym_of,
        contextual={key: tuple(value) for key, value in contextual.items()},
        not_actors=folded("not_actors"),
        event_words=folded("event_words"),
        platforms=folded("platforms"),
        person_titles=folded("person_titles"),
        honorifics=folded("honorifics"),
        person_nouns=folded("person_nouns"),
        organization_nouns=folded("organization_nouns"),
        title_abbreviations={_word_key(str(k)): str(v) for k, v in (data.get("title_abbreviations") or {}).items()},
        locality_nouns=folded("locality_nouns"),
        civic_bodies=folded("civic_bodies"),
        civic_officers=folded("civic_officers"),
        post_nominals=folded("post_nominals"),
        institutions={_fold(alias): str(name) for name, aliases in (data.get("institutions") or {}).items() for alias in [name, *(aliases or [])]},
        party_synonyms={_fold(alias): _fold(name) for name, aliases in (data.get("party_synonyms") or {}).items() for alias in aliases or []},
        time_zones=tuple(str(zone) for zone in data.get("time_zones") or []),
        market_indices=tuple(str(name) for name in data.get("market_indices") or []),
        index_nouns=folded("index_nouns"),
        law_nouns=folded("law_nouns"),
        programme_nouns=folded("programme_nouns"),
        programmes=folded("programmes"),
    )


# --------------------------------------------------------------------------- per article


@dataclass
class _Candidate:
    """A mention being built: token range of the name, plus what the rules found out."""

    start: int  # token index
    end: int
    label: str
    name: str  # the name as written (folded possessive, no "the")
    country: str | None = None
    qualified: str | None = None  # "Chinese Foreign Ministry" for "China's Foreign Ministry"
    title_start: int | None = None
    kind_hint: str | None = None
    roles: list[tuple[str, str]] = field(default_factory=list)  # (text, source)
    honorific: str | None = None  # "mr" when the name is written with it ("Mr. Ortiz" beside a "Ms. Ortiz")


def _span_text(doc, start: int, end: int) -> str:
    if start >= end:
        return ""
    text = doc[start:end].text
    if '"' in text or "“" in text:
        text = NICKNAME.sub(" ", text)  # "Rodolfo "Dodong" Dela Cruz" is Rodolfo Dela Cruz
    return text


# A nickname in quotes inside a person's name: 'Rodolfo "Dodong" Dela Cruz'
NICKNAME = re.compile(r"\s+[\"“][A-Z][\w.'-]*[\"”]\s+")


def is_title_token(token, gazetteer: Gazetteer) -> bool:
    """A capitalised title ("President", "Dr") or civic office ("Councillor", "Alderman", and a body's
    member written as one word: "Councilmember", "Assemblymember")."""
    key = _word_key(token.text)
    return token.text[:1].isupper() and (key in gazetteer.person_titles or key in gazetteer.civic_officers or _member_title(key, gazetteer))


def _member_title(key: str, gazetteer: Gazetteer) -> bool:
    """ "councilmember", "assemblymember", "boardmember": a body's noun and "member" in one word."""
    return key.endswith("member") and (key[: -len("member")] in gazetteer.civic_bodies or key[: -len("member")] in gazetteer.organization_nouns)


def _is_title_word(token, gazetteer: Gazetteer) -> bool:
    """A title or role noun inside a name-like run, in any case ("MP", "leader", "Secretary")."""
    return token.pos_ in ("NOUN", "PROPN") and _word_key(token.text) in (gazetteer.person_titles | gazetteer.person_nouns) - gazetteer.honorifics


PERSON_COLLECTIVES = frozenset({"administration", "family", "campaign", "era", "government", "presidency", "regime", "camp", "foundation"})


def _trim(
    doc, start: int, end: int, gazetteer: Gazetteer, label: str = "", person_names: frozenset[str] = frozenset(), group_words: frozenset[str] = frozenset()
) -> tuple[int, int, int | None]:
    """Fold possessives, drop "the", newlines and punctuation; split a leading title off.

    Returns (start, end, title_start) where title_start is set when the entity itself began
    with title words ("President Trump" tagged as one PERSON).
    """
    # Extend over hyphenated pieces the model cut off ("Moon Jae" + "-in").
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‐", "–")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].ent_iob_ != "B"
        and (doc[end + 1].pos_ not in ("VERB", "ADJ")  # "Halal-certified", "Devonport-based"
             or _word_key(f"{doc[end - 1].text}-{doc[end + 1].text}") in gazetteer.organization_nouns)  # "Co-operative"
    ):
        end += 2
    for i in range(start, end):  # a name never spans a line break
        if doc[i].is_space or "\n" in doc[i].text:
            end = i
            break
    while end - start > 1 and doc[end - 1].pos_ in ("VERB", "AUX") and doc[end - 1].is_lower:
        end -= 1  # "The Slovenian Bishops' Conference urged": the model ran the name into the verb after it
    for i in range(start + 1, end):  # "Bureau of Land Management (BLM": a bracket the entity does not close
        if doc[i].text == "(" and not any(doc[j].text == ")" for j in range(i + 1, end)):
            end = i
            break
    for i in range(start + 1, end - 1):  # "Clarkson's Porsche": the actor is the possessor
        if doc[i].tag_ == "POS" and label == "ORG" and _last_word(doc, end) in gazetteer.organization_nouns and (
            doc[i].text in ("'", "’") or _word_key(doc[i - 1].text) not in gazetteer.names | gazetteer.capitals.keys()
        ):
            # "the Plastic Manufacturers' Association", "the People's Reform Congress": a possessive inside the
            # name (not a country's or capital's: "China's Foreign Ministry" is the country's ministry)
            continue
        if doc[i].tag_ == "POS" and doc[i].text in ("'", "’") and label == "ORG" and doc[i + 1].is_title:
            continue  # "The National Parents' Voice": a plural possessive before a capitalised word of the name
        if doc[i].tag_ == "POS":
            end = i
            break
    for i in range(end - 1, start - 1, -1):  # "Goalkeeper: Hugo Lloris", "News | John Smith"
        if doc[i].text in (":", "|", "•", "–", "—") or doc[i].text == "-" and doc[i].whitespace_ and i > 0 and doc[i - 1].whitespace_:
            start = i + 1  # "SINGAPORE - Parliament": a hyphen set off by spaces is a dash
            break
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE_TOKENS and doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct and doc[end - 1].text not in (".",) or doc[end - 1].is_space):
        end -= 1
    if end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    # "..., Raymond Goh.": the full stop that ends the sentence, tokenised apart, is not part of the name (an
    # initial's is: "John F.")
    if end - start > 1 and doc[end - 1].text == "." and (end == len(doc) or doc[end].is_space or doc[end].is_sent_start) \
            and doc[end - 2].is_alpha and len(doc[end - 2].text) > 1 and not doc[end - 2].whitespace_:
        end -= 1
    # "Ian MacDonald QC": an honour or degree after the name is not part of it.
    while label == "PERSON" and end - start > 1 and doc[end - 1].text[:1].isupper() and _word_key(doc[end - 1].text) in gazetteer.post_nominals:
        end -= 1
    # "MLA Jason Fraser", "MP Jo Cox": an elected member's letters before the name are a title, not part of it
    while label == "PERSON" and end - start > 2 and doc[start].text.isupper() and _word_key(doc[start].text) in gazetteer.post_nominals:
        start += 1
    # "Tory Liam Fox": a party or group word the article also writes alone is an affiliation.
    while label == "PERSON" and end - start > 2 and doc[start].text in group_words:
        start += 1
    title_start = None
    # "Commissioner for Transportation Adebayo Ogunleye" tagged from "Transportation": the portfolio after a
    # title's "for"/"of" belongs to the title, not to the name.
    if label in ("PERSON", "ORG") and end - start >= 3 and doc[start + 1 : end].text.istitle():
        portfolio = _portfolio_title(doc, start + 1, gazetteer)
        if portfolio is not None and portfolio < start:
            title_start, start = portfolio, start + 1
    # "Minister of State for Local Government Fionnuala Ní Bhriain" tagged from "State": a span that runs on from a
    # title's "of" through its portfolio's "for" ends in the name: its last two words, three after a particle
    connector = next((i for i in range(end - 3, start, -1) if doc[i].lower_ in ("for", "of")), None)
    if (label in ("PERSON", "ORG") and connector is not None and title_start is None and start >= 2
            and doc[start - 1].lower_ in ("of", "for") and is_title_token(doc[start - 2], gazetteer)
            and all(t.is_alpha and t.text[:1].isupper() for t in doc[connector + 1 : end]) and end - connector - 1 >= 3):
        first = end - 3 if doc[end - 2].text.lower() in NAME_PARTICLES | CAPITAL_PARTICLES else end - 2
        if first > connector + 1:
            title_start, start = start - 2, first
    # "Lib Dem MP Lembit Opik" taken whole: the title and what qualifies it come before the name.
    inner_titles = [i for i in range(start + 1, end - 1) if label == "PERSON" and _is_title_word(doc[i], gazetteer)]
    if inner_titles:
        title_start, start = start, inner_titles[-1] + 1
    # a role noun opening an organisation's name is part of it ("the Consumer Rights Council", "Tenants Union")
    body_name = any(_word_key(doc[i].text) in gazetteer.organization_nouns for i in range(start + 1, end))
    while end - start > 1 and (
        is_title_token(doc[start], gazetteer)
        or doc[start].text[:1].isupper() and doc[start].lower_ in gazetteer.person_nouns and not body_name
    ) and not (label == "ORG" and _last_word(doc, end) in gazetteer.organization_nouns):
        # (a title word opening a name tagged a body that ends in an organisation's noun is part of it: "the Justice
        # Party", "the Justice and Development Party", not "Party")
        title_start = start if title_start is None else title_start
        start += 1
    # "Shocked Terry Cooper": a capitalised word opening the sentence is not part of the name.
    while label == "PERSON" and end - start > 2 and doc[start].pos_ in ("ADJ", "VERB", "ADV") and doc[start].is_sent_start:
        start += 1
    # "Kenya Kwanza MPs" tagged a person: the body whose members the plural noun names (not "the House of
    # Representatives", nor a team, "the Ottawa Senators")
    while (label in ("PERSON", "NORP") and end - start > 1 and _plural_members(doc[end - 1])
           and doc[end - 2].lower_ not in ("of", "for")):
        end -= 1
    # "Bush Administration", "Smith family": the name is the person, the noun is not part of it.
    while end - start > 1 and doc[end - 1].lower_ in PERSON_COLLECTIVES and (label == "PERSON" or doc[start:end - 1].text in person_names):
        end -= 1
    return start, end, title_start


def _plural_members(token) -> bool:
    """"MPs", "lawmakers", "deputies": a plural noun for the members of a body (see :data:`MEMBER_NOUNS`)."""
    word = token.lower_
    return word.endswith("s") and (token.lemma_.lower() in MEMBER_NOUNS and word != token.lemma_.lower()
                                   or word[:-1] in MEMBER_NOUNS or word[:-3] + "y" in MEMBER_NOUNS)


def _last_word(doc, end: int) -> str:
    """The key of the word ending at ``end``, a hyphenated one whole ("co-operative" tokenised "Co", "-",
    "operative")."""
    if end >= 3 and doc[end - 2].text in ("-", "‐") and not doc[end - 3].whitespace_ and not doc[end - 2].whitespace_:
        return _word_key(doc[end - 3 : end].text)
    return _word_key(doc[end - 1].text)


def _without_trailing_title(doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where an organisation's name ends when the model ran it into a title after it ("The
    Conservative Party Co-Chairman"): before the singular title, when what comes before it ends
    in an organisation noun. The title is then a role like any other."""
    cut = end
    while cut - start > 1 and doc[cut - 1].tag_ == "NNP" and _word_key(doc[cut - 1].text) in gazetteer.person_titles - gazetteer.honorifics:
        cut -= 1
        if cut - start > 2 and doc[cut - 1].text in ("-", "‐") and not doc[cut - 1].whitespace_ and _word_key(doc[cut - 2].text) in RANK_MODIFIERS:
            cut -= 2  # "Co-Chairman", "Vice-President"
    if cut == end or not _word_key(doc[cut - 1].text) in gazetteer.organization_nouns:
        return end
    return cut


def _portfolio_title(doc, start: int, gazetteer: Gazetteer) -> int | None:
    """Start of a title with its portfolio written right before the name ("Minister for Education",
    "Commissioner for Transportation", "Secretary of State for Health"): a title word, then "for"/"of"
    and capitalised words up to the name."""
    j = start - 1
    words = 0
    while j >= 0 and doc[j].is_title and doc[j].is_alpha and doc[j].ent_type_ != "PERSON" and not is_title_token(doc[j], gazetteer) and words < 3:
        j, words = j - 1, words + 1
    if not words or j < 1:
        return None
    while j >= 1 and doc[j].lower_ in ("for", "of"):
        title = j - 1
        if is_title_token(doc[title], gazetteer):
            while title > 0 and doc[title - 1].is_title and doc[title - 1].is_alpha and is_title_token(doc[title - 1], gazetteer):
                title -= 1  # "Deputy Minister for ..."
            return title
        if doc[title].is_title and doc[title].is_alpha:  # "Secretary of State for Health": "State" then "of"
            j = title - 1
            continue
        return None
    return None


def _pre_name_title(doc, start: int, end: int, gazetteer: Gazetteer) -> int | None:
    """Start of a title phrase written before the name ("State Department spokeswoman", "Minister for
    Education"), if any."""
    portfolio = _portfolio_title(doc, start, gazetteer)
    if portfolio is not None:
        return portfolio
    region = set(range(start, end))
    j = start - 1
    first = None
    while j >= 0:
        token = doc[j]
        if token.is_space or token.dep_ in ("det", "prep", "cc", "mark") or token.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "NUM"):
            break
        if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
            break  # "On 7 March Lord Goldsmith": a date, not a title
        inner_hyphen = token.text in ("-", "‐") and not token.whitespace_ and j > 0 and not doc[j - 1].whitespace_  # "co-chairman"
        if token.is_punct and token.tag_ != "HYPH" and token.text not in (".",) and not inner_hyphen:
            break
        if token.ent_type_ == "PERSON" and not is_title_token(token, gazetteer):
            break
        if token.head.i not in region and token.dep_ not in ("case",):
            break
        if token.dep_ not in ("compound", "amod", "nmod", "poss", "case", "punct", "npadvmod", "nummod"):
            break
        region.add(j)
        first = j
        j -= 1
    if first is None:
        return None
    # The phrase must end in the role word itself ("spokeswoman", "President"), not in a
    # modifier ("the North's official KCNA news agency").
    adjacent = doc[start - 1]
    if adjacent.pos_ in ("NOUN", "PROPN") and _word_key(adjacent.text) in (gazetteer.person_titles | gazetteer.person_nouns):
        return first
    if _post_in_body(doc, start, gazetteer):
        return first
    return None


def _post_in_body(doc, start: int, gazetteer: Gazetteer) -> bool:
    """A body's initials, then a lower-case noun, right before a name: a post in that body ("PAC convener
    Nadia Hussain", "WWF campaigner Jo Ames"), which makes the name a person whatever the model tagged it;
    not when the noun is one for a body ("EU agency Frontex") or the name is written in capitals."""
    if start < 2:
        return False
    noun, body = doc[start - 1], doc[start - 2]
    if not (noun.tag_ == "NN" and noun.is_lower and noun.is_alpha and noun.dep_ in ("compound", "nmod", "amod")):
        return False
    if noun.lemma_.lower() in gazetteer.organization_nouns | gazetteer.civic_bodies | gazetteer.locality_nouns:
        return False
    if not (body.is_upper and body.is_alpha and 2 <= len(body.text) <= 6 and _fold(body.text) not in gazetteer.names):
        return False  # "Transfield subcontractor Wilson Security": one company's relation to another
    # a name in capitals is a station's or a body's ("CNN affiliate WRAL")
    name = [t for t in doc[start : start + 3] if t.pos_ == "PROPN" and t.is_alpha]
    return bool(name) and all(t.is_title for t in name)


def _is_medium_use(root) -> bool:
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in MEDIUM_PREPOSITIONS:
        return True
    return root.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN"


def _is_place_use(root, start_token, gazetteer: Gazetteer | None = None) -> bool:
    """A place word used as a location ("in Seoul", "flew to Tokyo", "BEIJING —", "cities such as
    Oslo", "in Ghent and Oslo", "Bristol city centre"), not as an actor."""
    gazetteer = gazetteer or load_gazetteer()
    if start_token.i > root.i:  # "Oslo" inside a longer name: judge the name's own position
        start_token = root
    # "in Ghent and Oslo": a later conjunct stands where the first one stands.
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head
    if _is_example_of_places(root, gazetteer):
        return True
    following = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if following is not None and following.is_lower and following.lemma_.lower() in gazetteer.locality_nouns and root.dep_ in ("compound", "nmod"):
        return True  # "Bristol city centre"
    head = root.head
    if root.dep_ == "pobj":
        prep = head.lower_
        if prep in LOCATIVE_PREPOSITIONS:
            return True
        if prep in DIRECTIONAL_PREPOSITIONS and (head.head.lemma_.lower() in MOTION_LEMMAS):
            return True
    if root.dep_ in ("compound", "nmod") and head.lemma_.lower() in PLACE_HEAD_LEMMAS:
        return True
    if root.dep_ == "dobj" and head.lemma_.lower() in MOTION_LEMMAS:
        return True
    # Dateline: "BEIJING —" / "WASHINGTON (CNN) --" at the start of a paragraph.
    if start_token.i == 0 or start_token.nbor(-1).is_space or "\n" in start_token.nbor(-1).text:
        following = root.doc[root.i + 1 : root.i + 3]
        if start_token.text.isupper() and any(t.text in ("—", "–", "--", "-", "(") for t in following):
            return True
    return False


# Nouns after which "in" names what the feeling or stake is in, not where ("confidence in Obama").
IN_OBJECT_HEADS = frozenset(
    "confidence faith trust belief interest interested role part involved involvement share stake investment invest "
    "believe hope pride disappointed disappointment".split()
)


def _written_as_place(root, key: str, person_surfaces: frozenset[str]) -> bool:
    """A name the model tagged as a person, written where a place goes: after "in" ("schools in Lahore and
    Faisalabad", "a housing block in Jurong West"), not in "confidence in X"; a name of a person the
    article writes in full elsewhere is that person."""
    if any(_fold(s) != key and key in _fold(s).split() for s in person_surfaces if " " in s):
        return False
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    return root.head.head.lemma_.lower() not in IN_OBJECT_HEADS


def _is_example_of_places(root, gazetteer: Gazetteer) -> bool:
    """ "cities such as Oslo", "towns like Ghent", "places including Lyon": an example of a kind of place."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("as", "like", "including"):
        return False
    owner = root.head.head
    return owner.pos_ == "NOUN" and owner.lemma_.lower() in gazetteer.locality_nouns


def _place_keys(doc, gazetteer: Gazetteer) -> frozenset[str]:
    """Folded names the article itself writes as places, beyond the gazetteer's countries.

    Evidence that carries across publishers: a dateline ("BRISTOL, England —"), a name
    governed by a locality noun ("the city of Bristol", "cities such as Oslo and Ghent"), a name
    before a lower-case locality noun ("Bristol city centre") and a name whose mayor or council
    is meant ("Bristol's mayor"). The model's GPE label is not evidence here: it tags surnames
    GPE ("Sitoula's husband") often enough, and GPE entities have rules of their own.
    """
    keys: set[str] = set()
    # Dateline: upper-case words opening the body, then a comma, a bracket or a dash.
    words = []
    for token in doc[:6]:
        if token.is_alpha and token.is_upper and len(token.text) > 1:
            words.append(token.text)
            continue
        if words and token.text in (",", "(", "—", "–", "-", "--"):
            keys.add(_fold(" ".join(words)))
        break
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN":
            continue
        first = token
        while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].head.i == token.i and doc[first.i - 1].dep_ in ("compound", "flat"):
            first = doc[first.i - 1]
        name = _fold(doc[first.i : token.i + 1].text)
        anchor = token
        while anchor.dep_ == "conj" and anchor.head.i < anchor.i and anchor.head.pos_ == "PROPN":
            anchor = anchor.head
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in gazetteer.locality_nouns and anchor.head.head.pos_ == "NOUN"
            or _is_example_of_places(anchor, gazetteer)
            or following is not None and following.is_lower and following.lemma_.lower() in gazetteer.locality_nouns and token.dep_ in ("compound", "nmod")
            or token.dep_ == "poss" and token.head.lemma_.lower() in gazetteer.civic_officers | gazetteer.civic_bodies
        ):
            keys.add(name)
    return frozenset(k for k in keys if k)


def name_head(name: str) -> str:
    """The word a name is headed by, which "the council", "the association" refer back to: its last word, or
    the one before "of" ("Mining Investors' Council of Kenya": "Council")."""
    words = name.split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def role_antecedents(token, steps: int = 4):
    """What a relative "who" after ``token`` may stand for, nearest first: the noun itself, then up through a
    role's preposition and apposition ("Ng Siew Ling, the member for a George Town seat, who said": seat,
    member, Ng Siew Ling)."""
    yield token
    for _ in range(steps):
        if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.i != token.head.i:
            token = token.head.head
        elif token.dep_ == "appos":
            token = token.head
        else:
            return
        yield token


def _name_end(doc, end: int, gazetteer: Gazetteer) -> int:
    """Where an organisation's name ends when the model's span stops short of it: up to three capitalised
    proper nouns outside any entity that end in an organisation noun ("The Western Kenya Environmental" +
    "Justice Centre")."""
    stop = end
    while stop < len(doc) and stop - end < 3 and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper() \
            and not doc[stop].ent_type_ and not doc[stop - 1].whitespace_ == "":
        stop += 1
    while stop > end and _word_key(doc[stop - 1].text) not in gazetteer.organization_nouns:
        stop -= 1
    return stop


def _entity_spans(doc, gazetteer: Gazetteer, place_keys: frozenset[str]) -> list[tuple[int, int, str]]:
    """The model's entities as (start, end, label), with two places joined by "and" split in two.

    "Oslo and Ghent" tagged as one ORG is two places; a name with "and" that is not two places
    stays whole ("Marks and Spencer", "Economic and Social Research Institute").
    """
    from spacy.tokens import Span  # here, not at import: a rebuild with nothing changed never imports spaCy

    spans: list[tuple[int, int, str]] = []
    for ent in _nicknamed(doc):
        if ent.label_ in ("EVENT", "LAW", "WORK_OF_ART", "PRODUCT") and _word_key(ent[-1].text) in gazetteer.organization_nouns:
            # "The Gulf Anglers' Association" tagged as an event or a law: named like an organisation, it is one
            ent = Span(doc, ent.start, ent.end, label="ORG")
        if len(ent) > 1 and ent[0].pos_ == "DET" and ent[0].lower_ in QUANTIFIERS:
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)  # "Every National Party deputy": the party
        if ent.label_ == "ORG":
            ent = Span(doc, ent.start, _name_end(doc, ent.end, gazetteer), label="ORG")
        if ent.label_ in ("ORG", "NORP") and ent.start > 0:
            ent = Span(doc, _name_start(doc, ent.start, ent.end, gazetteer), ent.end, label=ent.label_)
        if ent.label_ == "PERSON" and ent.start > 0 and _surname_before(doc[ent.start - 1], ent, gazetteer):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "Ng Siew Ling" tagged as "Siew Ling"
        if ent.label_ == "PERSON" and ent.end < len(doc) and _name_word_after(doc[ent.end], ent, gazetteer):
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")  # "Chua Beng Hock" tagged as "Chua Beng"
        if ent.label_ == "PERSON" and (end := _name_end(doc, ent.end, gazetteer)) > ent.end:
            # "Azimio la Umoja One Kenya Coalition" tagged as a person's name and nothing: the words that go on
            # to an organisation's noun make it that organisation's name (as "the Bill Gates Foundation")
            ent = Span(doc, ent.start, end, label="ORG")
        pieces = _coordinated_pieces(doc, ent.start, ent.end)
        if pieces and all(_is_place(doc[a:b].text, gazetteer, place_keys) for a, b in pieces) and not any(doc[b - 1].lemma_.lower() in gazetteer.organization_nouns for a, b in pieces):
            spans.extend((a, b, "GPE") for a, b in pieces)
        else:
            spans.append((ent.start, ent.end, ent.label_))
    spans = _names_after_honorifics(doc, _joined_by_and(doc, _places_in_names(doc, spans, gazetteer, place_keys), gazetteer),
                                    gazetteer)
    spans = _named_whole_again(doc, spans)
    spans = _people_by_apposition(doc, _named_by_apposition(doc, _named_as_speakers(doc, spans, gazetteer), gazetteer),
                                  gazetteer)
    return _names_with_initials(doc, _names_through_particles(doc, spans), gazetteer)


# Determiners that say how many of a group, never part of its name ("Every National Party deputy", "Each Labour MP")
QUANTIFIERS = frozenset("every each all some any no both either neither another many several most few".split())

# Lower-case words inside an organisation's name ("Dignity in Dying", "Friends of the Earth")
_NAME_CONNECTORS = frozenset("in of for and the on to at".split())


# Entity labels the model gives a name that a role in apposition shows is a person's: buildings, works, products,
# events, laws and languages hold no post
_NEVER_BESIDE_A_ROLE = frozenset(("FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"))


def _people_by_apposition(doc, spans: list[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """"Wiroj Chanthara, president of the Krabi Tourism Association, said ...", "Alejandro Ordóñez, a conservative
    Catholic, ...", "The Speaker of the Saeima, Solvita Āboltiņa, has said ...": two or three capitalised words the
    model tagged as nothing, set beside a noun for a person's role (or "a" and a faith or a nation's word), are that
    person's name (so are those it tagged as a building or a work: "APSUSM's national president, Anselmo Muianga"); the
    model may take a first name it does not know for any part of speech ("Gergely")."""
    out = list(spans)

    def name_run(head) -> tuple[int, int] | None:
        end = head.i + 1
        if head.pos_ != "PROPN" or end >= len(doc) or doc[end].text not in (",", "of"):
            return None
        start = head.i
        while start > 0 and head.i - start < 2 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i \
                and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text[:1].isupper()):
            start -= 1
        words = doc[start:end]
        # the surname alone the model took for a person ("Gulyás" of "Gergely Gulyás"): the name is longer
        surname = next((sp for sp in out if sp[1] == end and sp[2] == "PERSON" and start < sp[0]), None)
        # the whole name the model took for a building or a work ("APSUSM's national president, Anselmo Muianga,"
        # tagged FAC): a role says it is a person
        if surname is None:
            surname = next((sp for sp in out if (sp[0], sp[1]) == (start, end) and sp[2] in _NEVER_BESIDE_A_ROLE), None)
        if len(words) < 2 or any(not _name_letters(t.text) or not t.text[:1].isupper() or t.is_stop
                                 or t.ent_type_ and not (surname and t.i >= surname[0])
                                 or _word_key(t.text) in gazetteer.organization_nouns | gazetteer.civic_bodies
                                 or gazetteer.is_place_word(t.text) or is_title_token(t, gazetteer) for t in words):
            return None
        if any(sp_start < end and sp_end > start for sp_start, sp_end, label in out
               if (sp_start, sp_end, label) != surname):
            return None  # a name the model found already
        if surname is not None:
            out.remove(surname)
        return start, end

    for noun in doc:
        if noun.dep_ != "appos":
            continue
        role = noun.pos_ == "NOUN" and _word_key(noun.lemma_) in gazetteer.person_nouns
        # "a conservative Catholic", "a Venezuelan": a person of that faith or nation
        described = noun.ent_type_ == "NORP" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        if (role or described) and noun.head.i < noun.i and doc[noun.head.i + 1].text == ",":
            found = name_run(noun.head)
        elif noun.head.i < noun.i and (is_title_token(noun.head, gazetteer) or _is_title_word(noun.head, gazetteer)):
            found = name_run(noun)  # the role first, the name beside it
        else:
            found = None
        if found is not None:
            out.append((*found, "PERSON"))
            if described:  # ("a conservative Catholic" says who the person is, and is no one else)
                out = [sp for sp in out if not (sp[2] == "NORP" and sp[0] <= noun.i < sp[1])]
    return sorted(out)


def _name_letters(word: str) -> bool:
    """Letters only, with an apostrophe or hyphen inside a name ("Ndung'u", "Defensor-Santiago")."""
    return re.sub(r"(?<=\w)['’-](?=\w)", "", word).isalpha()


def _named_by_apposition(doc, spans: list[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """"Dignity in Dying Manitoba, an advocacy group, welcomed ...", "Open Courts Initiative, a watchdog founded by
    retired judges, ...": capitalised words the model tagged as nothing (or as a place inside them), set beside a
    noun for an organisation, are that organisation's name."""
    out = list(spans)
    for noun in doc:
        if noun.dep_ != "appos" or noun.pos_ != "NOUN" or _word_key(noun.lemma_) not in gazetteer.organization_nouns:
            continue
        end = noun.head.i + 1
        if noun.head.i >= noun.i or not noun.head.text[:1].isupper() or end >= len(doc) or doc[end].text != ",":
            continue
        start = noun.head.i
        # back over the name's proper nouns (and the small words between them), not over a sentence's opening
        # words or a date before it ("On Tuesday Save Our Shores, a charity, ...")
        while start > 0 and not doc[start - 1].ent_type_ in ("DATE", "TIME") and (
                doc[start - 1].pos_ in ("PROPN", "NOUN") and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
                or start >= 2 and doc[start - 1].lower_ in _NAME_CONNECTORS and doc[start - 2].pos_ in ("PROPN", "NOUN")
                and doc[start - 2].text[:1].isupper() and not doc[start - 2].ent_type_ in ("DATE", "TIME")):
            start -= 1
        while start < end and not doc[start].text[:1].isupper():
            start += 1
        capitals = sum(doc[i].text[:1].isupper() for i in range(start, end))
        # (or one word in capitals and figures: "D66, the second-largest coalition party, ...")
        initials = end - start == 1 and re.fullmatch(r"(?=.*\d)[A-Z][A-Z0-9]{1,5}", doc[start].text) is not None
        if (capitals < 2 and not initials) or start == doc[start].sent.start and doc[start].lower_ == "the" and capitals < 3:
            continue
        covering = [sp for sp in out if sp[0] < end and sp[1] > start]
        if any(label in ("PERSON", "ORG") or sp_start < start or sp_end > end for sp_start, sp_end, label in covering):
            continue  # a name the model found already, or one reaching beyond these words
        out = [sp for sp in out if sp not in covering] + [(start, end, "ORG")]
    return sorted(out)


def _named_as_speakers(doc, spans: list[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """"Human Rights Watch urged the assembly to reject the bill", "The Economic Chamber said it supported ...":
    capitalised words the model tagged as nothing, the subject of a verb of saying or of taking a side, are an
    organisation's name when they end in an organisation's noun or run to three words (two written capitalised
    inside the sentence, not only at its start); never a title, a place or a date. So is a name the model took for
    a location ("Oxfam condemned the bill") that takes a side, unless it is a known place."""
    out = []
    for sp_start, sp_end, label in spans:
        root = doc[sp_start:sp_end].root
        if (label == "LOC" and root.dep_ == "nsubj" and _word_key(root.head.lemma_) in SPEECH_VERBS | _SIDING_WORDS
                and not any(gazetteer.is_place_word(t.text) for t in doc[sp_start:sp_end])):
            # "Oxfam condemned the bill", tagged a location: a place takes no side, what does is a body
            label = "ORG"
        out.append((sp_start, sp_end, label))
    for head in doc:
        if head.dep_ != "nsubj" or not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN") \
                or _word_key(head.head.lemma_) not in SPEECH_VERBS | _SIDING_WORDS:
            continue
        start = head.i
        while start > head.sent.start and start <= doc[start - 1].head.i <= head.i and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "NOUN"):
            start -= 1
        if start > head.sent.start and (doc[start - 1].tag_ == "POS" or doc[start - 1].text[:1].isupper()):
            continue  # part of a longer name the parse cut ("Peoples' | Democratic Party")
        words = doc[start:head.i + 1]
        inside = sum(t.i != t.sent.start for t in words)
        if len(words) < 2 or inside < 2 or not (len(words) >= 3 or _word_key(head.lemma_) in gazetteer.organization_nouns):
            continue
        if head.tag_ in ("NNS", "NNPS") and _word_key(head.lemma_) not in gazetteer.organization_nouns:
            continue  # "Senior Opposition Figures argued ...": people described, no name
        if any(not _name_letters(t.text) or t.is_stop or t.ent_type_ or is_title_token(t, gazetteer)
               or _is_title_word(t, gazetteer) or gazetteer.is_place_word(t.text) for t in words):
            continue
        if any(sp_start <= head.i and sp_end > start for sp_start, sp_end, _ in out):
            continue  # a name the model found already
        out.append((start, head.i + 1, "ORG"))
    return sorted(out)


def _names_through_particles(doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Rhodri ap Dafydd", "Íñigo Sáenz de la Maza": a person's name, then one or two name particles in lower case,
    then capitalised words, is one name, however the model split it (its span may end in the particles:
    "Friedrich von der" | "Heyde")."""
    out = list(spans)
    for start, end, label in spans:
        if label != "PERSON":
            continue
        at = end
        while at < len(doc) and at - end < 2 and doc[at].is_lower and doc[at].lower_ in NAME_PARTICLES:
            at += 1
        if at == end and not (end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in NAME_PARTICLES):
            continue  # (or the model's span ends in the particles: "Friedrich von der" | "Heyde" taken for a place)
        last = at
        while last < len(doc) and last - at < 2 and doc[last].is_alpha and doc[last].is_title:
            last += 1
        if last == at:
            continue
        out = [span for span in out if not (span[0] >= start and span[1] <= last)] + [(start, last, "PERSON")]
    return sorted(out)


def _places_in_names(doc, spans: list[tuple[int, int, str]], gazetteer: Gazetteer,
                     place_keys: frozenset[str]) -> list[tuple[int, int, str]]:
    """"The Confederation of Indigenous Nationalities of Ecuador" tagged as an organisation and a country, or as
    "The Association of Small Farmers of" and "Paraguay": a place named with "of" right after an organisation's
    name, and ending the phrase, is the end of that name."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if out and out[-1][2] == "ORG" and label in ("GPE", "LOC", "ORG") and end - start <= 3:
            left_start, left_end, _ = out[-1]
            place = doc[start:end].text
            linked = (left_end == start and doc[left_end - 1].lower_ == "of" and left_end - left_start > 2
                      or left_end + 1 == start and doc[left_end].lower_ == "of"
                      and left_start <= doc[left_end].head.i < left_end)
            if linked and _is_place(place, gazetteer, place_keys) and not _name_goes_on(doc, end):
                out[-1] = (left_start, end, "ORG")
                continue
        out.append((start, end, label))
    taken = {i for start, end, _ in out for i in range(start, end)}
    for n, (start, end, label) in enumerate(out):
        # (the place tagged as nothing: "... Nationalities of Ecuador (CONAIE)")
        if label == "ORG" and end + 1 < len(doc) and doc[end].lower_ == "of" and start <= doc[end].head.i < end:
            place = doc[end + 1]
            if place.i not in taken and place.pos_ == "PROPN" and place.text[:1].isupper() and not place.ent_type_ \
                    and _is_place(place.text, gazetteer, place_keys) and not _name_goes_on(doc, place.i + 1):
                out[n] = (start, place.i + 1, "ORG")
    return out


def _is_place(text: str, gazetteer: Gazetteer, place_keys: frozenset[str]) -> bool:
    """Whether a name is a place's: one the article's places or the gazetteer know."""
    return _fold(text) in place_keys or gazetteer.is_place_word(text)


def _name_goes_on(doc, i: int) -> bool:
    """Whether the words from ``i`` go on with the name before them: another capitalised name word, or a possessive
    ("criticism by Amnesty International of Ecuador's decree": Ecuador's, not the organisation's)."""
    return i < len(doc) and (doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() or doc[i].tag_ == "POS")


def _joined_by_and(doc, spans: list[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """"The Port Haldane and District Dental Society" tagged as two organisations, "The Port Haldane" and "District
    Dental Society": after the name's own "the", a place-like name with no organisation word, "and", then words
    ending in one, are one organisation's name."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if out and label == "ORG" and out[-1][2] in ("ORG", "FAC") and out[-1][1] + 1 == start \
                and doc[start - 1].lower_ == "and" and _last_word(doc, end) in gazetteer.organization_nouns:
            left_start, left_end, _ = out[-1]
            opened = doc[left_start].lower_ == "the" or left_start > 0 and doc[left_start - 1].lower_ == "the"
            left = doc[left_start + (doc[left_start].lower_ == "the") : left_end].text
            if opened and not any(_word_key(t.text) in gazetteer.organization_nouns for t in doc[left_start:left_end]) \
                    and _fold(left) not in gazetteer.names and not gazetteer.is_place_word(left):
                out[-1] = (left_start, end, "ORG")
                continue
        out.append((start, end, label))
    return out


def _named_whole_again(doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An organisation whose name holds "and" ("Law and Justice"), tagged whole once in the article, is that
    organisation where its words recur however the model cut them ("Law" tagged as a person before "and Justice
    deputies")."""
    names = set()
    for a, b, label in spans:
        while b > a and doc[b - 1].is_lower:
            b -= 1  # ("the Law and Justice party": its name)
        if label == "ORG" and any(t.lower_ == "and" for t in doc[a + 1:b - 1]):
            names.add(tuple(t.text for t in doc[a:b]))
    if not names:
        return spans
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if out and start < out[-1][1]:
            continue  # a piece of the name just made whole
        whole = next((len(n) for n in names if end - start < len(n)
                      and tuple(t.text for t in doc[start:start + len(n)]) == n), 0)
        out.append((start, start + whole, "ORG") if whole else (start, end, label))
    return out


def _names_after_honorifics(doc, spans: list[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """After an honorific ("Hon. Kehinde Adesanya", "Honourable Kehinde Adesanya", "Fr Liam Brennan"), two or
    three capitalised proper nouns are a person's name, whatever places or organisations the model made of
    them: one PERSON span replaces the pieces."""
    honorifics = gazetteer.honorifics
    out = list(spans)
    for token in doc:
        portfolio = _portfolio_end(doc, token, gazetteer)
        if portfolio is None and _member_letters(token, gazetteer) and token.i + 1 < len(doc):
            portfolio = token.i + 1  # "Greens MLA Tamsin Ede, the member for ...": a name after a member's letters
        if not (token.text[:1].isupper() and _word_key(token.text) in honorifics) and portfolio is None:
            continue
        start = token.i + 1 if portfolio is None else portfolio
        if start < len(doc) and doc[start].text == "." and not token.whitespace_:
            start += 1  # "Hon." tokenised apart
        end = start
        while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha and (
            not is_title_token(doc[end], gazetteer)
        ):
            end += 1
        if end - start < 2 or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue
        inside = [span for span in out if span[0] < end and start < span[1]]
        if portfolio is not None and not inside and end < len(doc) and doc[end].pos_ in ("VERB", "AUX", "PUNCT"):
            out.append((start, end, "PERSON"))  # "Minister for Housing Ciarán Mulvey told ...", the model saw nothing
            continue
        if not inside or any(label == "PERSON" and a <= start and b >= end or a < start - 2 or b > end
                             for a, b, label in inside):
            # nothing the model tagged there, or a person already, or a longer name ("Dr Amélia Mendonça" tagged
            # as a place "Amélia" and a person "Mendonça" is one person)
            continue
        out = [span for span in out if span not in inside] + [(start, end, "PERSON")]
    return sorted(out)


def _portfolio_end(doc, token, gazetteer: Gazetteer) -> int | None:
    """After "Minister for Housing", "Secretary of State for Health": where the name that follows begins (the
    last two of the capitalised words after "for"/"of"); None when ``token`` opens no such title."""
    if not is_title_token(token, gazetteer) or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in ("for", "of"):
        return None
    end = token.i + 2
    while end < len(doc) and end - token.i - 2 < 5 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return end - 2 if end - (token.i + 2) >= 3 else None


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _names_with_initials(doc, spans: list[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """Initials and a capitalised surname ("K.R. Venkatesh", "J. Mwangi") are a person's name, whatever the
    model made of them ("K.R." a place, the surname nothing); not a country's initials ("U.S. Senate") nor
    initials before an organisation's or a place's word."""
    out = list(spans)
    for token in doc:
        if not _INITIALS.fullmatch(token.text) or _fold(token.text) in gazetteer.names:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 2 and doc[end].is_alpha and doc[end].is_title and doc[end].pos_ == "PROPN" \
                and not is_title_token(doc[end], gazetteer) and _word_key(doc[end].text) not in gazetteer.organization_nouns \
                and not gazetteer.is_place_word(doc[end].text):
            end += 1
        if end == token.i + 1 or end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            continue
        inside = [span for span in out if span[0] < end and token.i < span[1]]
        if len(inside) == 1 and inside[0][2] == "ORG" and inside[0][0] < token.i and inside[0][1] == end \
                and doc[token.i - 1].lower_ not in ("of", "and", "&", "for") and doc[token.i - 1].is_title:
            # "Leader of the Opposition N. Chandrasekhar" tagged as the organisation "the Opposition N. Chandrasekhar":
            # initials and a surname ending it, after a capitalised word, are the person the title precedes
            out = [span for span in out if span not in inside] + [(token.i, end, "PERSON")]
            continue
        if any(label == "PERSON" or a < token.i or b > end for a, b, label in inside):
            continue  # a person already, or part of a longer name
        out = [span for span in out if span not in inside] + [(token.i, end, "PERSON")]
    return sorted(out)


_QUOTES = frozenset('"“”')


# Words that make a place name another place, not a person's given name ("North Lima", "Greater Manchester")
PLACE_QUALIFIERS = frozenset("north south east west northern southern eastern western central greater downtown old new upper lower inner outer metropolitan".split())


def _nicknamed(doc) -> list:
    """The model's entities, with a person's name written around a nickname in quotes made one ("Rodolfo "Dodong"
    Dela Cruz", "Thomas "Tip" O'Neill" tagged as two people) or whose last word the model took for a place ("Mario
    Vargas Llosa"), a party named after its country with the article ("the Sweden Democrats") made one, and a
    person's name the model ran on into the small word after it ('Margaret "Peg" Holloway of' | Hutchinson) ended
    before that word."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    merged = []
    for ent in ents:
        if (ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in ("of", "from", "at", "for", "and")
                and ent[-1].is_lower and ent[-2].whitespace_):
            ent = Span(doc, ent.start, ent.end - 1, label="PERSON")  # 'Margaret "Peg" Holloway of' | Hutchinson
        before = merged[-1] if merged else None
        if (before is not None and ent.label_ == "PERSON" and before.label_ == "PERSON" and before.end + 3 == ent.start
                and doc[before.end].text in _QUOTES and doc[before.end + 2].text in _QUOTES
                and doc[before.end + 1].is_alpha and doc[before.end + 1].is_title):
            merged[-1] = Span(doc, before.start, ent.end, label="PERSON")
            continue
        if (before is not None and before.label_ == "PERSON" and ent.label_ in ("GPE", "ORG", "LOC", "NORP")
                and before.end == ent.start and len(ent) == 1 and ent[0].pos_ == "PROPN"
                and doc[before.end - 1].dep_ == "compound" and doc[before.end - 1].head.i == ent.start):
            # "Mario Vargas Llosa" tagged as a person and a place: the words before it are the same name's
            merged[-1] = Span(doc, before.start, ent.end, label="PERSON")
            continue
        if (ent.label_ == "GPE" and len(ent) == 1 and ent.start > 0
                and (_is_speech_subject(ent[0]) or ent[0].dep_ == "appos" and _is_speech_subject(ent[0].head))
                and (given := doc[ent.start - 1]).pos_ == "PROPN" and not given.ent_type_ and given.is_title
                and given.dep_ == "compound" and given.head.i == ent.start and given.lower_ not in PLACE_QUALIFIERS):
            # "Ana Lima said": a speaker whose surname is also a capital, the given name left untagged
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        if (before is not None and before.label_ == "GPE" and ent.label_ in ("NORP", "ORG") and before.end == ent.start
                and len(before) == 1 and not before.text.isupper() and before.start > 0
                and doc[before.start - 1].lower_ == "the" and ent.start <= doc[before.start - 1].head.i < ent.end
                and ent[-1].tag_ == "NNPS" and not any(other.text == ent.text and other.start > 0
                                                       and doc[other.start - 1].lower_ == "the" for other in ents)):
            # (not "the US Democrats" beside "the Democrats": a country's branch of a party named on its own)
            # "the Sweden Democrats" tagged as a country and a group: the article is the party's, not the country's
            merged[-1] = Span(doc, before.start, ent.end, label="ORG")
            continue
        merged.append(ent)
    return merged


def _name_part(token) -> bool:
    """A capitalised proper noun joined to what follows: one more word of a longer run ("National Security
    Adviser"), so the word after it is no lone surname."""
    return token.tag_ == "NNP" and token.text[:1].isupper() and token.dep_ in ("compound", "nmod", "dep")


def _surname_before(token, ent, gazetteer: Gazetteer) -> bool:
    """A capitalised proper noun the model left outside a person's name, joined to it: the surname written
    first ("Ng Siew Ling", "Tan Boon Huat"); not a title, place, demonym or organisation word."""
    return (
        token.tag_ == "NNP" and token.is_alpha and token.is_title and not token.ent_type_
        and token.dep_ in ("compound", "dep") and "\n" not in token.whitespace_
        and (ent.start <= token.head.i < ent.end or token.head.i == ent.root.head.i)
        and not is_title_token(token, gazetteer) and not _is_title_word(token, gazetteer)
        # (after a title it is the first name: "Governor Teresita Dela Cruz" tagged as "Dela Cruz")
        # (so too after an elected member's letters: "Independent TD Máiréad Keaveney" tagged as "Keaveney")
        and not (token.i > 0 and _name_part(token.doc[token.i - 1])
                 and not is_title_token(token.doc[token.i - 1], gazetteer)
                 and not _member_letters(token.doc[token.i - 1], gazetteer))
        and not gazetteer.is_place_word(token.text)
        and _fold(token.text) not in gazetteer.demonyms and _word_key(token.text) not in gazetteer.organization_nouns
        and _fold(token.text) not in gazetteer.names
    )


def _member_letters(token, gazetteer: Gazetteer) -> bool:
    """An elected member's letters written before a name ("TD", "MLC", "MP")."""
    return token.text.isupper() and _word_key(token.text) in gazetteer.post_nominals


def _name_word_after(token, ent, gazetteer: Gazetteer) -> bool:
    """A capitalised proper noun the model left outside a person's name of two or three words, right after it
    on the same line: the name's last word ("Chua Beng Hock" tagged as "Chua Beng"), when the name's words
    modify it or the model began a sentence with it (no full stop between). Not a title, place, demonym or
    organisation word, nor one word of a longer run of capitalised words."""
    doc = token.doc
    # (or a one-word one after a title, whose word modifies it: "Treasury Cabinet Secretary Njuguna Ndung'u")
    titled = len(ent) == 1 and ent.start > 0 and ent[0].head.i == token.i and (
        is_title_token(doc[ent.start - 1], gazetteer) or _is_title_word(doc[ent.start - 1], gazetteer))
    if not (2 <= len(ent) <= 3 or titled) or doc[ent.end - 1].whitespace_ != " ":
        return False
    if not (token.tag_ == "NNP" and _name_letters(token.text) and token.text[:1].isupper()
            and not token.text[1:].isupper() and not token.ent_type_):
        return False
    if not (token.is_sent_start or any(t.head.i == token.i for t in ent)):
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].text[:1].isupper():
        return False
    return not (
        is_title_token(token, gazetteer) or _is_title_word(token, gazetteer) or gazetteer.is_place_word(token.text)
        or _fold(token.text) in gazetteer.demonyms or _word_key(token.text) in gazetteer.organization_nouns
        or _fold(token.text) in gazetteer.names
    )


def _name_start(doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where an organisation or group name really begins: the model leaves capitalised words of it
    outside the entity ("The Liberal Democrats" tagged as "Democrats")."""
    while start > 0:
        token = doc[start - 1]
        if token.ent_type_ or not token.is_alpha or not token.text[:1].isupper() or token.dep_ not in ("compound", "amod"):
            break
        if not start <= token.head.i < end or is_title_token(token, gazetteer) or _fold(token.text) in gazetteer.demonyms:
            break
        if token.is_sent_start and token.pos_ != "PROPN":
            break  # "Angry Democrats said": an adjective opening the sentence
        start -= 1
    # "the Danish Asthma and Lung Foundation" tagged as "Lung Foundation": capitalised words joined by "and" between
    # the name's own "the" and the tagged part are the name's
    k = start - 1
    while k >= 0 and doc[k].lower_ != "the" and (doc[k].is_alpha and doc[k].text[:1].isupper()
                                                and doc[k].ent_type_ in ("", "NORP") or doc[k].lower_ == "and"):
        k -= 1
    inside = range(k + 1, start)
    if (k >= 0 and doc[k].lower_ == "the" and start <= doc[k].head.i < end and len(inside) >= 2
            and doc[start - 1].lower_ == "and" and [doc[j].lower_ for j in inside].count("and") == 1
            and all(start <= doc[j].head.i < end or doc[doc[j].head.i].lower_ != "and" and k < doc[j].head.i < end
                    for j in inside if doc[j].lower_ != "and")):
        return k + 1
    return start


def _coordinated_pieces(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Proper-noun runs an entity joins with "and"/"or" at its top level, else []."""
    joins = [i for i in range(start + 1, end - 1) if doc[i].lower_ in ("and", "or") and doc[i].dep_ == "cc"]
    if not joins:
        return []
    pieces, left = [], start
    for join in [*joins, end]:
        piece = (left, join)
        if piece[0] >= piece[1] or not all(doc[i].pos_ == "PROPN" for i in range(*piece)):
            return []
        pieces.append(piece)
        left = join + 1
    return pieces


def _civic_extent(doc, start: int, end: int, gazetteer: Gazetteer, place_keys: frozenset[str]) -> tuple[int, int, bool]:
    """Extend a place name over the body that governs it: "Bristol city council" (written in lower
    case after the name, or inside the entity). Returns (start, end, is_civic_body). A place name
    with a lower-case locality noun that is not a body ("Bristol city centre") loses the noun."""
    locality_end = end
    while locality_end - start > 1 and doc[locality_end - 1].is_lower and doc[locality_end - 1].lemma_.lower() in gazetteer.locality_nouns:
        locality_end -= 1
    if locality_end < end and end < len(doc) and not (doc[end].is_lower and doc[end].lemma_.lower() in gazetteer.civic_bodies):
        return start, locality_end, False  # "Bristol city" + "centre": the place
    if doc[end - 1].is_lower and doc[end - 1].lemma_.lower() in gazetteer.civic_bodies and end - start > 1:
        return start, end, True  # the model took "Bristol city council" whole
    j = end
    while j < len(doc) and doc[j].is_lower and doc[j].lemma_.lower() in gazetteer.locality_nouns:
        j += 1
    if j < len(doc) and doc[j].is_lower and doc[j].lemma_.lower() in gazetteer.civic_bodies and doc[j].tag_ != "NNS":
        # "the U.S. government" is the country: a country's name needs a locality noun between
        # ("Seoul city government"); a city's does not ("Leeds council").
        key = _fold(_span_text(doc, start, end))
        written_as_place = key in place_keys and not gazetteer.is_place_word(key)
        if (j > end or written_as_place) and all(doc[i].pos_ == "PROPN" for i in range(start, end)):
            if doc[start].ent_type_ in ("GPE", "ORG", "LOC", ""):
                return start, j + 1, True
    return start, end, False


GOVERNING_NOUNS = frozenset({"government", "administration", "cabinet", "authority"})


def _governs_for(demonym) -> bool:
    """ "the Thai government", "Thai authorities", "the Thai cabinet": a demonym naming whose government acts (the
    country's, as "the U.S. government" is the United States'), not a people or a trade ("Thai farmers")."""
    return demonym.dep_ in ("amod", "compound", "nmod") and demonym.head.lemma_.lower() in GOVERNING_NOUNS \
        and demonym.head.i > demonym.i


def _civic_name(doc, start: int, end: int) -> str:
    """ "Bristol city council" → "Bristol City Council": the body's name in title case."""
    return " ".join(t.text if not t.is_lower else t.text[:1].upper() + t.text[1:] for t in doc[start:end] if not t.is_space)


def _acting_place_root(root, gazetteer: Gazetteer):
    """The token that acts for a place name, or None when the place does not act.

    "Bristol should go ahead" (the name), "the city of Bristol said" / "a plan by the city of
    Bristol" (the locality noun). "Bristol's mayor" and "Bristol's council" mean the officer or
    body; the place itself is not the actor.
    """
    token = root
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in gazetteer.locality_nouns:
        token = token.head.head
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ == "poss":
        return None if token.head.lemma_.lower() in gazetteer.civic_officers | gazetteer.civic_bodies else token
    if token.dep_ in ("nsubj", "nsubjpass", "agent", "dobj", "dative", "appos"):
        return token
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        return token
    return None


def _in_credit(text: str, doc, start: int, end: int) -> bool:
    """Inside a parenthesised credit: "(Ezra Shaw/Getty Images)", "(Video: Jason Aldag/The Post)"."""
    left = text.rfind("(", 0, doc[start].idx)
    newline = text.rfind("\n", 0, doc[start].idx)
    if left == -1 or left < newline:
        return False
    right = text.find(")", doc[end - 1].idx)
    if right == -1:
        return False
    inner = text[left + 1 : right]
    if "\n" in inner:
        return False
    return "/" in inner or bool(CREDIT_PREFIX.match(inner))


# --------------------------------------------------------------------------- names that are not actors
# Shapes that carry to any publisher: a time zone next to a time, a market index, a ticker, a label
# or byline line in capitals, a wire credit after a dateline, a law or programme named like a body.

TIME_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight", "hrs", "hours"})
# "(AAPL.O)", "(NYSE: XOM)", "(NASDAQ:TSLA)": a stock symbol in brackets.
TICKER = re.compile(r"^\s*(?:[A-Za-z]{2,10}\s*:\s*[A-Z]{1,5}(?:\.[A-Z]{1,2})?|[A-Z]{1,5}\.[A-Z]{1,2})\s*$")
DASHES = ("—", "–", "--", "-", "―")


@dataclass(frozen=True)
class _NonActorShapes:
    """Per-article evidence, computed once: tokens of time zones and market indices, names the model
    tags LAW, and whether the article is written in mixed case (so a line in capitals is a label)."""

    tokens: frozenset[int]
    law_keys: frozenset[str]
    mixed_case: bool
    text: str = ""  # the document's text, read once (spaCy builds ``doc.text`` from its tokens on every read)
    # Where each line of ``text`` written in capitals starts (only in a mixed-case text): read once per article,
    # not once per name on it (a scraped paragraph is one long line).
    label_lines: frozenset[int] = frozenset()


def _shape_matcher(vocab, gazetteer: Gazetteer):
    """PhraseMatchers over the gazetteer's time zones (exact text) and market indices (any case)."""
    key = (id(vocab), id(gazetteer), "shapes")
    if key not in _MATCHERS:
        import spacy
        from spacy.matcher import PhraseMatcher

        tokenizer = spacy.blank("en").tokenizer
        zones = PhraseMatcher(vocab, attr="ORTH")
        zones.add("TIME_ZONE", [tokenizer(zone) for zone in gazetteer.time_zones])
        indices = PhraseMatcher(vocab, attr="LOWER")
        indices.add("MARKET_INDEX", [tokenizer(name) for name in gazetteer.market_indices])
        _MATCHERS[key] = (vocab, gazetteer, (zones, indices))
    return _MATCHERS[key][2]


def _non_actor_shapes(doc, gazetteer: Gazetteer, text: str) -> _NonActorShapes:
    """``text`` is ``doc.text`` (the article's body), which spaCy would join from every token again."""
    zones, indices = _shape_matcher(doc.vocab, gazetteer)
    tokens: set[int] = set()
    for _id, start, end in zones(doc):
        if _next_to_time(doc, start):
            tokens.update(range(start, end))
    for _id, start, end in indices(doc):
        if not _is_speech_subject(doc[start:end].root):
            tokens.update(range(start, end))
    lower = sum(map(str.islower, text))
    upper = sum(map(str.isupper, text))
    # names the model tags as laws, unless named like an organisation ("The Gulf Anglers' Association")
    laws = [e for e in doc.ents if e.label_ == "LAW" and _word_key(e[-1].text) not in gazetteer.organization_nouns
            or _law_with_subject(e, gazetteer)]
    law_keys = {_fold(e.text) for e in laws}
    # "the International Convention on the Prevention of Torture (ICPT)": the acronym names the law too
    law_keys.update(_fold(doc[e.end + 1].text) for e in laws if e.end + 2 < len(doc) and doc[e.end].text == "("
                    and doc[e.end + 2].text == ")" and _acronym_shaped(doc[e.end + 1].text.replace(".", "")))
    label_lines, start = set(), 0
    if lower > upper:
        for line in text.split("\n"):
            if _is_label_line(line):
                label_lines.add(start)
            start += len(line) + 1
    return _NonActorShapes(frozenset(tokens), frozenset(law_keys), mixed_case=lower > upper, text=text,
                           label_lines=frozenset(label_lines))


# What a law's name says it is about ("the Convention on the Rights of the Child", "the Treaty against ..."): a
# name of this shape is a law's, whatever the model tagged it; "of" also joins a body's name to what it is of ("the
# Convention of Scottish Local Authorities"), so it counts only after a law noun no body is called by
_SUBJECT_LINKS = frozenset("on against concerning for".split())
_BODY_LAW_NOUNS = frozenset("convention".split())


def _law_with_subject(ent, gazetteer: Gazetteer) -> bool:
    """A name whose head is a law noun followed by what the law is about: "International Convention on the
    Elimination of Racial Discrimination", "Treaty on the Non-Proliferation of Nuclear Weapons"."""
    root = ent.root
    if root.i == ent.end - 1 or not root.text[:1].isupper() or _word_key(root.text) not in gazetteer.law_nouns:
        return False
    link = root.nbor(1)
    return link.is_lower and (link.lower_ in _SUBJECT_LINKS
                              or link.lower_ == "of" and _word_key(root.text) not in _BODY_LAW_NOUNS)


def _next_to_time(doc, start: int) -> bool:
    """ "9 p.m. ET", "1430 GMT", "noon (EDT)": a time zone follows a time."""
    j = start - 1
    while j >= 0 and doc[j].text in ("(", ","):
        j -= 1
    if j < 0:
        return False
    before = doc[j]
    return before.like_num or before.lower_ in TIME_WORDS or before.ent_type_ == "TIME" or bool(re.fullmatch(r"\d{1,2}[:.]\d{2}", before.text))


def _is_not_actor(doc, start: int, end: int, label: str, gazetteer: Gazetteer, shapes: _NonActorShapes) -> bool:
    """A time zone, market index, ticker, label in capitals, wire credit, law or programme."""
    return (
        _is_index_or_zone(doc, start, end, gazetteer, shapes)
        or _in_ticker(doc, start, end, shapes.text)
        or shapes.mixed_case and _on_label_line(doc, start, shapes)
        or _is_wire_credit(doc, start, end, shapes.text)
        or _is_law_or_programme(doc, start, end, label, gazetteer, shapes)
        or end - start == 1 and _plural_members(doc[start])  # "MPs" tagged a person: members of no body named
        or label in ("PERSON", "GPE", "LOC") and _constituency(doc, start, end)
    )


# Nouns for someone elected for a place: "the member for Arkhangai", "the MP for Bartsham-Shongphu"
SEAT_HOLDERS = frozenset("member members mp mps deputy deputies representative representatives senator senators "
                         "candidate candidates councillor councilor".split())


def _constituency(doc, start: int, end: int) -> bool:
    """The place someone sits for, tagged a place or a person: "The member for Arkhangai has a herder's hat"
    (tagged a person), "the opposition MP for Bartsham-Shongphu" (not "a representative for Pfizer said")."""
    root = doc[start:end].root
    return (root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lower_ in SEAT_HOLDERS
            and root.head.head.i == root.head.i - 1)


def _is_index_or_zone(doc, start: int, end: int, gazetteer: Gazetteer, shapes: _NonActorShapes) -> bool:
    """The name is a time zone or a market index ("S&P 500", "the Nikkei 225", "the Kospi index")."""
    rest = [i for i in range(start, end) if i not in shapes.tokens]
    if len(rest) < end - start and all(doc[i].like_num or doc[i].lower_ in gazetteer.index_nouns for i in rest):
        return True
    root = doc[start:end].root
    after = doc[end] if end < len(doc) else None
    return (
        root.dep_ in ("compound", "nmod", "amod") and root.head.is_lower and root.head.lemma_.lower() in gazetteer.index_nouns
        or after is not None and after.is_lower and after.lemma_.lower() in gazetteer.index_nouns and after.i == root.head.i
    )


def _in_ticker(doc, start: int, end: int, text: str) -> bool:
    """A stock symbol, or the exchange before one: "(AAPL.O)", "(NYSE: XOM)", "$TSLA"; ``text`` is ``doc.text``."""
    if start > 0 and doc[start - 1].text == "$" and not doc[start - 1].whitespace_:
        return True
    left = text.rfind("(", 0, doc[start].idx)
    right = text.find(")", doc[end - 1].idx)
    if left == -1 or right == -1 or "\n" in text[left:right]:
        return False
    return bool(TICKER.match(text[left + 1 : right]))


def _on_label_line(doc, start: int, shapes: _NonActorShapes) -> bool:
    """On a line written in capitals, but for a leading "By": a section label ("POLITICS"), a byline
    ("By JOHN SMITH, WASHINGTON POST STAFF"), a heading; or on a site's menu ("News | Politics | Schools").
    Such a line names no actor."""
    return shapes.text.rfind("\n", 0, doc[start].idx) + 1 in shapes.label_lines


def _is_label_line(line: str) -> bool:
    items = [item.strip() for item in re.split(r"[|•]", line)]
    if len(items) >= 3 and all(item and len(item.split()) <= 3 for item in items) and not re.search(r"[.!?\"“”]", line):
        return True  # a site's menu: "News | Politics | Schools | Sports"
    line = re.sub(r"^by\s+", "", line.strip(), flags=re.I)
    letters = [ch for ch in line if ch.isalpha()]
    return any(ch.isupper() for ch in letters) and not any(ch.islower() for ch in letters)


def _is_wire_credit(doc, start: int, end: int, text: str) -> bool:
    """The agency credited after a dateline: "NEW YORK (AP) —", "LONDON (Reuters) -"; ``text`` is ``doc.text``."""
    left = text.rfind("(", 0, doc[start].idx)
    right = text.find(")", doc[end - 1].idx)
    if left == -1 or right == -1 or text[left + 1 : right].strip() != doc[start:end].text:
        return False
    line_start = text.rfind("\n", 0, left) + 1
    place = text[line_start:left].strip()
    words = place.split()
    after = text[right + 1 : right + 4].strip()
    return 0 < len(words) <= 5 and words[0].isupper() and len(words[0].strip(",.")) > 1 and after.startswith(DASHES)


def _in_law_title(doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """The words before the brackets, the words inside them, or the law noun after them, of a bracketed title:
    "the Kava (Quality and Export) Bill", "the Media Practitioners (Amendment) Bill"."""
    def law_noun_at(i: int) -> bool:
        return i < len(doc) and doc[i].text[:1].isupper() and _word_key(doc[i].text) in gazetteer.law_nouns

    if end < len(doc) and doc[end].text == "(":
        close = next((j for j in range(end + 1, min(end + 10, len(doc))) if doc[j].text in ("(", ")")), None)
        return close is not None and doc[close].text == ")" and law_noun_at(close + 1)
    if start > 0 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")":
        return law_noun_at(end + 1)
    return end - start == 1 and start > 0 and doc[start - 1].text == ")" and law_noun_at(start)


def has_article(doc, start: int) -> bool:
    """Whether the name starting at ``start`` follows "the", "this" or "that", past up to two lower-case adjectives
    or participles and a year: "the Finance Bill", "the 2024 Finance Bill", "the proposed Electronic Transfer
    Levy" -- a person's name takes no article."""
    j = start - 1
    while j >= 0 and start - j <= 2 and (doc[j].is_lower and doc[j].pos_ in ("ADJ", "VERB") or doc[j].like_num):
        j -= 1
    return j >= 0 and doc[j].lower_ in ("the", "this", "that") and doc[j].dep_ == "det"


def _is_law_or_programme(doc, start: int, end: int, label: str, gazetteer: Gazetteer, shapes: _NonActorShapes) -> bool:
    """ "the Clean Air Act", "the Identity Cards Bill" (tagged "Bill"), "Medicare", "the Marshall Plan".

    A programme noun gives way when the name acts ("the World Food Programme said"); a person's
    name ending in a law noun ("Jude Law") is a law only when it is the noun alone after capitalised
    words the model left out ("Identity Cards" + "Bill")."""
    key = _fold(doc[start:end].text)
    if key in gazetteer.programmes or key in shapes.law_keys or _in_law_title(doc, start, end, gazetteer):
        return True
    written_end = end
    while end - start > 1 and (doc[end - 1].like_num or doc[end - 1].text == ","):
        end -= 1  # "the Finance Bill 2024", "the Electronic Transfer Levy Bill, 2021": the law's year
    numbered = end != written_end
    last = doc[end - 1]
    head_word = _word_key(last.text)
    if not last.text[:1].isupper() or head_word not in gazetteer.law_nouns | gazetteer.programme_nouns:
        return False
    if numbered and head_word in gazetteer.law_nouns:
        return True  # "(Tourism Zones) Bill 2025": a law's noun with its year, no one named Bill
    before = doc[start - 1] if start > 0 else None
    named_outside = before is not None and before.text[:1].isupper() and before.is_alpha and before.head.i == last.i
    # the model cut the law's name and took the rest for a person ("Delivery" + "Levy Bill"); not a title
    # before a person's name ("Actor Jude Law")
    cut_name = named_outside and not _is_title_word(before, gazetteer) and not is_title_token(before, gazetteer)
    if label == "PERSON" and not (end - start == 1 and named_outside or cut_name or has_article(doc, start)):
        return False
    if end - start == 1 and not named_outside:
        return False  # "Bill said", "the Act" alone
    if head_word in gazetteer.programme_nouns:
        root = doc[start:end].root
        return root.dep_ not in ("nsubj", "agent") and not (root.dep_ == "pobj" and root.head.lower_ == "by")
    return True


# Chambers written inside a title: "House Speaker Paul Ryan", "Senate Majority Leader".
TITLE_CHAMBERS = frozenset({"house", "senate", "congress"})


def _is_title_part(root, name: str, end: int, doc, gazetteer: Gazetteer) -> bool:
    """ "Defense Secretary Robert Gates", "House Speaker Paul Ryan", "Secretary of State John Kerry":
    a generic body inside a title is part of the title, not an organization; a proper organization
    stays one ("a senior White House official", "al Qaeda leader")."""
    titles = gazetteer.person_titles | gazetteer.person_nouns
    if not set(_fold(name).split()) <= GENERIC_ORG_WORDS | TITLE_CHAMBERS:
        return False
    if root.dep_ in ("compound", "nmod"):
        return _word_key(root.head.text) in titles and _word_key(doc[end - 1].text) not in gazetteer.organization_nouns
    of = root.head
    return (
        root.dep_ == "pobj" and of.lower_ == "of" and of.i == root.i - 1
        and of.head.text[:1].isupper() and _word_key(of.head.text) in titles
    )


def _clean_role(doc, tokens: Iterable[int]) -> str:
    indexes = sorted(tokens)
    if not indexes:
        return ""
    start, end = indexes[0], indexes[-1] + 1
    while start < end and (doc[start].dep_ == "det" or doc[start].is_punct or doc[start].lower_ in ("who", "and", "now")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    text = _span_text(doc, start, end)
    if end - start > 30 or "\n" in text or text.casefold() in GENERIC_ROLE_WORDS:
        return ""
    return text


# An apposition that says nothing about what the person is ("Simon Scott, a man who ...").
GENERIC_ROLE_WORDS = frozenset({"man", "woman", "person", "boy", "girl", "resident", "one", "someone", "people"})


def _subtree_without(token, drop_deps=("conj", "cc")) -> set[int]:
    keep = {token.i}
    for child in token.children:
        if child.dep_ in drop_deps or child.dep_ == "punct" and child.i > token.i and child.text == ",":
            continue
        keep |= {t.i for t in child.subtree}
    return keep


# Verbs of a "who ..." clause that state a position held ("who heads", "who served as").
ROLE_VERB_LEMMAS = frozenset(
    {"serve", "work", "head", "lead", "run", "chair", "direct", "found", "co-found", "represent", "teach", "advise",
     "manage", "oversee", "command", "coach", "edit", "own", "preside", "govern", "hold", "become"}
)


def _is_role_verb(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return any(child.dep_ in ("attr",) for child in verb.children)
    return lemma in ROLE_VERB_LEMMAS


def _roles_for(doc, root, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    roles: list[tuple[str, str]] = []
    for child in root.children:
        if child.i < end:
            continue
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.tag_ != "NNS" and child.ent_type_ not in ("DATE", "CARDINAL"):
            # (nor a relative clause on a noun inside it: "secretary general of the police union SIFPOM, which belongs
            # to the PIT-CNT" is SIFPOM's officer, not the federation's)
            inner = {t.i for token in child.subtree if token.dep_ == "relcl" and token.head.i != child.i
                     for t in token.subtree}
            text = _clean_role(doc, {i for i in _subtree_without(child, ("conj", "cc", "relcl", "acl"))
                                     if not inner or i < min(inner)})
            if text:
                roles.append((text, "apposition"))
        elif child.dep_ == "relcl":
            subject = [t for t in child.children if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == "who"]
            if not subject:
                continue
            verbs = [child] + [t for t in child.subtree if t.dep_ == "conj" and t.head.i in {child.i} and t.pos_ in ("VERB", "AUX")]
            for verb in verbs:
                if not _is_role_verb(verb):
                    continue
                tokens = {i for i in _subtree_without(verb) if doc[i].lower_ != "who" and (i >= verb.i or verb.lemma_ == "be")}
                text = _clean_role(doc, tokens)
                if text:
                    roles.append((text, "relative"))
    # Role first, name second: "Seoul's unification minister, Cho Myoung-gyon".
    # ("The Commissioner for Transportation, Adebayo Ogunleye": a capitalised title is the same role, and the
    # parser may hang the name on the portfolio)
    head = root.head
    if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.dep_ == "prep" and is_title_token(head.head.head, gazetteer):
        head = head.head.head
    if root.dep_ == "appos" and head.i < start and head.tag_ != "NNS" and (
        head.pos_ == "NOUN" or head.pos_ == "PROPN" and is_title_token(head, gazetteer)
    ):
        tokens = {t.i for t in head.subtree if t.i < start and t.i not in {s.i for s in root.subtree}}
        text = _clean_role(doc, tokens)
        if text:
            roles.append((text, "apposition"))
    return roles


# Roles held in an institution: the "of"/"at" name after them is an organization. Family, legal
# and personal roles ("son of", "lawyer of", "adviser of") may name a person and are not here.
AFFILIATION_NOUNS = frozenset(
    "president chairman chairwoman ceo founder co-founder executive director head chief spokesman spokeswoman "
    "spokesperson editor editor-in-chief professor member employee owner co-owner manager official officer "
    "researcher fellow economist scientist".split()
)


def _kind_cues(doc, candidate: _Candidate, root, gazetteer: Gazetteer) -> str | None:
    if candidate.country:
        return "country"
    words = candidate.name.split()
    if len(words) > 1 and words[-1].strip(".").lower() in COMPANY_SUFFIXES:
        return "organization"  # "Bluestem Renewables LLC": a company by its legal form
    if _fold(candidate.name) in gazetteer.platforms:
        return "organization"  # a platform that acts ("Twitter suspended the account") is a company
    if candidate.title_start is not None:
        title_words = {_word_key(doc[i].text) for i in range(candidate.title_start, candidate.start)}
        # a civic office is a title too ("Councillor Thiago Menezes", which the model may tag as a body)
        if title_words & (gazetteer.person_titles | gazetteer.person_nouns | gazetteer.civic_officers) or _post_in_body(doc, candidate.start, gazetteer):
            return "person"
    end = candidate.end
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].text.isdigit() and 0 < int(doc[end + 1].text) < 120 \
            and doc[end + 2].text == "," and candidate.label in ("PERSON", "ORG") and end - candidate.start > 1:
        return "person"  # "Marcus Bell, 52, said": an age
    for child in root.children:
        if child.i >= candidate.end and child.dep_ == "relcl" and any(t.lower_ == "who" for t in child.children):
            return "person"
        if child.i >= candidate.end and child.dep_ == "relcl" and any(
                t.lower_ == "which" and t.dep_ in ("nsubj", "nsubjpass", "dobj") for t in child.children):
            return "organization"  # "Patria Querida, which opposes him": a body, which no person is called
    if candidate.label == "PERSON" and _named_with_the(root, candidate.start):
        return "organization"  # "the left-wing Frente Amplio", "of the Frente Amplio": no person takes "the"
    if candidate.label in ("PERSON", "ORG") and _reported_as_it(root):
        return "organization"  # "Vamos Juntos announced that it would vote against": a body speaking of itself
    # "Tshering Penjor, the National Council member from Bumthang": the noun in apposition says what it is (on any
    # word of the name: the parser may take a name it does not know for a verb and its object)
    for child in (c for i in range(candidate.start, candidate.end) for c in doc[i].children):
        if child.i >= candidate.end and child.dep_ == "appos" and child.pos_ == "NOUN":
            lemma = child.lemma_.lower()
            if lemma in gazetteer.person_nouns:
                return "person"
            if lemma == "member" and any(c.dep_ == "compound" and c.lemma_.lower() in SEATED_BODIES
                                         for c in child.children):
                return "person"  # "a council member", "a board member" (not "a coalition member", a party)
            if lemma in gazetteer.organization_nouns:
                return "organization"
    # Role first, name second: "his wife of more than 60 years, Arvella".
    if root.dep_ == "appos" and root.head.i < candidate.start and root.head.lemma_.lower() in gazetteer.person_nouns and root.head.tag_ != "NNS":
        return "person"
    # An organisation noun written before the name: "German airline Lufthansa", "the magazine Paris Match".
    before = doc[candidate.start - 1] if candidate.start > 0 else None
    if (
        before is not None
        and before.pos_ == "NOUN"
        and before.lemma_.lower() in gazetteer.organization_nouns
        and (before.head.i == root.i or root.head.i == before.i and root.dep_ == "appos")
    ):
        return "organization"
    # Where a role is held: "president and CEO of Murray Mining", "editor-in-chief of Bild".
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "at") and candidate.label != "GPE":
        holder = root.head.head
        if holder.pos_ == "NOUN" and holder.lemma_.lower() in AFFILIATION_NOUNS:
            return "organization"
    # The name modifies an organisation noun: "the Yonhap news agency", "Heritage Foundation".
    if root.dep_ == "compound" and root.head.lemma_.lower() in gazetteer.organization_nouns and candidate.label in ("NORP", "ORG", "PERSON"):
        if root.head.lemma_.lower() not in ("government", "administration", "office", "team", "party") or candidate.label != "PERSON":
            return "organization"
    # The name modifies a plural noun for members of a body: "Azimio MPs", "Likud lawmakers" (not "Trump supporters")
    # (the model may leave "MPs" unlemmatised, a singular noun)
    members = root.head.lemma_.lower() if root.head.tag_ == "NNS" else root.head.lower_[:-1] \
        if root.head.lower_.endswith("s") and root.head.text[-2:-1].isupper() else ""
    if root.dep_ == "compound" and members in MEMBER_NOUNS:
        return "organization"
    last = doc[candidate.end - 1]
    if candidate.label in ("ORG", "NORP") and last.lemma_.lower() in gazetteer.organization_nouns:
        return "organization"
    return None


# Bodies whose members are people who sit on them: "a council member", "a board member", "a cabinet member"
SEATED_BODIES = frozenset("council board committee cabinet panel commission assembly parliament senate congress "
                          "jury staff faculty".split())
# Nouns for the members a body sits in a house or a council with ("Azimio MPs", "Fidesz deputies")
MEMBER_NOUNS = frozenset("mp lawmaker legislator senator deputy member councillor councilor congressman congresswoman "
                         "delegate representative".split())


# Words that say how a person is, which "the" before a name leaves a person ("the late Ana Ruiz", "the young Obama")
PERSON_EPITHETS = frozenset("late young younger elder older great".split())
_SIDING_WORDS = lexicon.words("attitude_positive") | lexicon.words("attitude_negative") | {"vote", "abstain"}


def _named_with_the(root, start: int) -> bool:
    """"the left-wing Frente Amplio", "a senator of the Frente Amplio": a name the text gives "the", as it gives
    a party, a movement or a body and not a person (not "the Kennedys", a family, nor "the late Ana Ruiz"). A
    noun between "the" and the name is a title the name stands beside ("the Tipperary independent TD Mattie
    McGrath", "the Labour leader Keir Starmer"), which a person takes."""
    if root.tag_ == "NNPS":
        return False
    det = next((c for c in root.children if c.dep_ == "det" and c.i < start), None)
    if det is None or det.lower_ != "the":
        return False
    between = root.doc[det.i + 1:start]
    return not any(t.lower_ in PERSON_EPITHETS or t.pos_ in ("NOUN", "PROPN") for t in between)


def _reported_as_it(root) -> bool:
    """"Vamos Juntos announced that it would vote against the budget", "X said it was ready to support the
    motion": a speaker that reports its own stance as "it" is a body, not a person."""
    reporting = SPEECH_VERBS | {"signal", "indicate"}
    if root.dep_ == "nsubj":
        verb = root.head
    else:  # "Nueva Fuerza, whose deputies ..., announced that ...", which the parser may hang on the name
        verb = next((c for c in root.children if c.dep_ == "acl" and c.i > root.i), None)
    if verb is None or verb.lemma_.lower() not in reporting:
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ != "it":
            continue
        verbs = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "acomp"))]
        verbs += [c for v in verbs for c in v.children if c.dep_ == "xcomp"]
        if any(v.lemma_.lower() in _SIDING_WORDS for v in verbs):
            return True
    return False


def _is_event(doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    last = _word_key(doc[end - 1].text)
    if last in gazetteer.event_words:
        return True
    # "Olympic flame", "Olympic Games" tagged as a one-word entity
    return any(_word_key(doc[i].text) in gazetteer.event_words and doc[i].pos_ == "ADJ" for i in range(start, end))


def _is_relation_compound(text: str, gazetteer: Gazetteer) -> bool:
    """ "U.S.-South Korea", "North-South": two places joined into a modifier, not an actor."""
    parts = [p for p in re.split(r"[-–/]", text) if p.strip()]
    return len(parts) > 1 and all(gazetteer.is_place_word(p) or _fold(p) in ("north", "south", "east", "west") for p in parts)


NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"})
# Particles a surname opens with, written with a capital ("Ní Bhriain", "Ó Súilleabháin", "Mac Giolla Rua")
CAPITAL_PARTICLES = frozenset("ní nic ó ua mac mc".split())


def _particle_name(span) -> bool:
    """"de Blasio", "van der Berg": particles in lower case, then a capitalised word."""
    words = [token.text for token in span]
    particles = 0
    while particles < len(words) - 1 and words[particles].lower() in NAME_PARTICLES and words[particles].islower():
        particles += 1
    return 0 < particles < len(words) and words[particles][:1].isupper()


def _matches_short(short: str, full: str, tail: bool = False) -> bool:
    """ "Moon" ~ "Moon Jae-in", "Russel" ~ "Daniel Russel", "Lindsey Graham" ~ "Lindsey O. Graham"; with ``tail``
    (one article's names), also "Vella Grech" ~ "Claire Vella Grech"."""
    short_tokens = [t for t in _fold(short).split() if t not in NAME_SUFFIXES]
    full_tokens = [t for t in _fold(full).split() if t not in NAME_SUFFIXES]
    if not short_tokens or not full_tokens:
        return False
    initial = short_tokens[0].rstrip(".")
    if len(initial) == 1 and len(short_tokens) == len(full_tokens) > 1 and len(full_tokens[0]) > 2 \
            and not full_tokens[0].endswith(".") and full_tokens[0].startswith(initial) \
            and short_tokens[1:] == full_tokens[1:]:
        return True  # "S. Batbold" ~ "Sükhbaataryn Batbold": the first name by its initial
    if len(short_tokens) >= len(full_tokens):
        return False
    if len(short_tokens) == 1:
        # with ``tail``, also the middle word of a three-word name: "Ms Atieno" of Mary Atieno Odhiambo, "Benítez"
        # of Óscar Benítez Solano (a first surname, or a name used as one); and "Villca" of Juan Carlos Villca
        # Flores, two given names and two surnames
        return short_tokens[0] in (full_tokens[0], full_tokens[-1]) or (
            tail and len(full_tokens) in (3, 4) and short_tokens[0] == full_tokens[-2] and len(short_tokens[0]) > 2)
    if (tail or short_tokens[0] in NAME_PARTICLES) and full_tokens[-len(short_tokens) :] == short_tokens:
        # "Vella Grech" ~ "Claire Vella Grech": a surname of two words, the full name without the first (in one
        # article); "van der Berg" ~ "Pieter van der Berg": a name opening with its particles is a surname
        return True
    if len(short_tokens) >= 2 and full_tokens[: len(short_tokens)] == short_tokens \
            and full_tokens[len(short_tokens)] in NAME_PARTICLES | {"y", "e"}:
        return True  # "Juan Pablo Echeverria" ~ "Juan Pablo Echeverría de la Fuente": the name before a second surname
    if short_tokens[0] != full_tokens[0] or short_tokens[-1] != full_tokens[-1]:
        return False
    position = 0
    for token in short_tokens:
        try:
            position = full_tokens.index(token, position) + 1
        except ValueError:
            return False
    return True


def _acronym_letters(text: str) -> str:
    """The letters an acronym spells: "E.P.A." is EPA; a mixed-case one its capitals ("CIGov" of the Centre for
    Integrity and Governance is CIG, "DfT" DT); anything else as it is."""
    letters = text.replace(".", "")
    if (" " not in letters and letters[:1].isupper() and any(c.islower() for c in letters)
            and sum(c.isupper() for c in letters) >= 2 and letters.isalpha()):
        return "".join(c for c in letters if c.isupper())
    return letters


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ("of", "and", "for", "the", "&", "on", "in")]
    return "".join(w[0] for w in words).upper()


def _title_heads(titles: Iterable[str]) -> set[str]:
    return {_word_key(title.split()[-1]) for title in titles if title.split()}


MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "father", "fr", "brother", "son", "husband", "congressman", "chairman", "spokesman", "nephew", "uncle", "grandfather", "boy"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "mother", "sister", "daughter", "wife", "congresswoman", "chairwoman", "spokeswoman", "niece", "aunt", "grandmother", "girl", "widow"})
# Titles that name a relative: a "first lady" or "his wife" shares a surname with the person
# the article is about and is someone else.
FAMILY_TITLES = frozenset({"lady", "wife", "husband", "widow", "son", "daughter", "brother", "sister", "mother", "father", "cousin", "nephew", "niece", "uncle", "aunt", "grandfather", "grandmother"})


# A knight, dame or peer is "Sir Ian", "Lord Falconer", never "Mr Blair": the plain honorific is someone else.
PLAIN_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "madam", "madame"})
RANK_HONORIFICS = frozenset({"sir", "dame", "lord", "lady", "baroness", "baron"})
PEERAGE_TITLES = RANK_HONORIFICS - {"sir", "dame"}  # a knight or dame goes by a first name ("Sir Ian")


GENDERED_HONORIFICS = (PLAIN_HONORIFICS | RANK_HONORIFICS) & (MALE_TITLES | FEMALE_TITLES)


def _gender(honorific: str) -> str | None:
    return "male" if honorific in MALE_TITLES else "female" if honorific in FEMALE_TITLES else None


# "Dr Petley" beside "Mr Petley": a doctor or professor is called so throughout, so a plain honorific on the
# same surname is someone else, as a title of the other gender is.
PROFESSIONAL_HONORIFICS = frozenset({"dr", "prof", "professor"})


def _honorific_class(honorific: str) -> str | None:
    return "professional" if honorific in PROFESSIONAL_HONORIFICS else _gender(honorific)


def _split_gendered_surnames(doc, candidates: Sequence[_Candidate]) -> None:
    """One surname written with honorifics of both genders in an article ("Ms. Ortiz" and "Mr.
    Ortiz", two people of one surname), or with a doctor's and a plain one ("Dr Petley", "Mr Petley"):
    each written form is its own name, honorific included, so that each can join its own namesake."""
    genders: dict[str, set[str]] = defaultdict(set)
    for candidate in candidates:
        if candidate.end - candidate.start == 1 and candidate.title_start == candidate.start - 1:
            gender = _honorific_class(_word_key(doc[candidate.title_start].text))
            if gender:
                genders[candidate.name].add(gender)
    for candidate in candidates:
        if len(genders.get(candidate.name, ())) < 2 or candidate.title_start != candidate.start - 1:
            continue
        candidate.honorific = _word_key(doc[candidate.title_start].text)
        candidate.start, candidate.title_start = candidate.title_start, None
        candidate.name = _span_text(doc, candidate.start, candidate.end)


def _resolve_gendered_surnames(candidates: Sequence[_Candidate], resolved: dict[str, str], votes: Mapping[str, Counter],
                               titles: Mapping[str, set[str]] | None = None) -> None:
    """A surname written with an honorific that no paragraph tied to a full name ("Mr. Ortiz"
    after "Ms. Ortiz" joined Marisol Ortiz) is the namesake introduced with that honorific ("Dr Ngaire
    Petley" for "Dr Petley"), else the one namesake no form of the other gender took."""
    split = {c.name: c.honorific for c in candidates if c.honorific}
    titles = titles or {}
    for surface, honorific in split.items():
        if resolved.get(surface, surface) != surface:
            continue
        bare = surface.split(None, 1)[1]
        namesakes = {n for n in resolved.values() if n not in split and _matches_short(bare, n) and _decide_kind(votes.get(n, Counter())) == "person"}
        same_honorific = {n for n in namesakes if honorific in titles.get(n, set())}
        if len(same_honorific) == 1:
            resolved[surface] = same_honorific.pop()
            continue
        claimed = {resolved[other] for other, h in split.items()
                   if _honorific_class(h) != _honorific_class(honorific) and resolved.get(other, other) != other}
        left = namesakes - claimed
        if len(left) == 1:
            resolved[surface] = left.pop()


def _titles_conflict(a: set[str], b: set[str]) -> bool:
    """Two titled names that cannot be one person: "President Bush" and "first lady Laura Bush"."""
    if not a or not b or a & b:
        return False
    if a & PLAIN_HONORIFICS and b & RANK_HONORIFICS or b & PLAIN_HONORIFICS and a & RANK_HONORIFICS:
        return True
    if (a & MALE_TITLES and b & FEMALE_TITLES) or (a & FEMALE_TITLES and b & MALE_TITLES):
        return True
    return bool(a & FAMILY_TITLES) != bool(b & FAMILY_TITLES)


def _resolve_short_names(
    names: dict[str, str],
    votes: Mapping[str, Counter],
    titles: Mapping[str, set[str]] | None = None,
    cues: Mapping[str, Counter] | None = None,
    first_seen: Mapping[str, int] | None = None,
    organization_nouns: frozenset[str] = frozenset(),
    place_keys: frozenset[str] = frozenset(),
    context: _NameContext | None = None,
) -> dict[str, str]:
    """Map each short name to the one longer name it abbreviates, when there is exactly one.

    A short name joins a person's full name unless a cue of its own says it is something else:
    its model labels do not count against the join, because the small model tags bare
    surnames ORG or NORP far more often than it tags full names so. When several people share
    the surname ("Robert H. Schuller", later "Donna Schuller"), the bare surname is the one who
    was the only candidate when the surname was first written alone: writers introduce a
    relative by full name after the subject of the story owns the surname. An organization's
    short form joins the one longer organization name it begins or ends ("Amnesty" → "Amnesty
    International", "Falcons" → "Atlanta Falcons"), unless the article writes it as a place:
    "Bristol" is where the "Bristol Chamber of Commerce" is, not its short name. A generic name
    of several words ("Foreign Ministry", "City Council") joins the one organization whose
    name ends with it ("Chinese Foreign Ministry").
    """
    titles = titles or {}
    cues = cues or {}
    first_seen = first_seen or {}
    context = context or _NameContext()
    canonical = {name: name for name in names.values()}
    candidates = sorted(set(names.values()), key=lambda n: (-len(n.split()), -len(n), n))
    for name in sorted(set(names.values())):
        kind = _decide_kind(votes.get(name, Counter()))
        if kind == "country":
            continue
        letters = _acronym_letters(name)
        if kind == "organization" and len(name) >= 2 and (name.isupper() or letters != name):
            matches = [f for f in candidates if f != name and letters in _acronym_spellings(f) and _decide_kind(votes.get(f, Counter())) == "organization"]
            if not matches and name.isupper() and " " not in name and len(name) >= 3:
                # a name in capitals whose letters spell no organisation ("NWACHUKWU:", "SANDHU:" of a transcript):
                # the person of that surname
                matches = _person_matches(name, candidates, votes, titles, {})
        elif kind == "organization" and _fold(name) in place_keys:
            matches = _person_matches(name, candidates, votes, titles, cues)
        elif kind == "organization" and len(_fold(name).split()) > 1 and set(_fold(name).split()) <= GENERIC_ORG_WORDS | ORG_SHORT_BLOCKERS:
            matches = _generic_org_matches(name, candidates, votes)
        elif kind == "organization" and not set(_fold(name).split()) <= GENERIC_ORG_WORDS | ORG_SHORT_BLOCKERS:
            words = _fold(name).split()
            matches = [
                f
                for f in candidates
                if f != name
                and _decide_kind(votes.get(f, Counter())) == "organization"
                and len(_fold(f).split()) > len(words)
                and (_fold(f).split()[: len(words)] == words or _fold(f).split()[-len(words) :] == words)
            ]
            if len(matches) > 1:
                # "Duke" beside "Duke University" and "Duke Chapel": the institution, not the building.
                matches = [f for f in matches if _word_key(f.split()[-1]) in organization_nouns] or matches
            if not matches:
                matches = _person_matches(name, candidates, votes, titles, cues)
        elif kind in ("person", "organization", "group", "other"):
            matches = _person_matches(name, candidates, votes, titles, cues)
        else:
            matches = []
        if len(matches) == 1 and _named_before_by_honorific(name, matches[0], titles, first_seen):
            continue  # "Mr Radulović, it should be said, is not related to Vesna Radulović": someone else
        if len(matches) == 1:
            canonical[name] = matches[0]
        elif len(matches) > 1:
            # "Lindsey Graham" and "Lindsey O. Graham" are one name: keep the fullest when all
            # candidates abbreviate each other.
            fullest = matches[0]
            if all(m == fullest or _matches_short(m, fullest) for m in matches):
                canonical[name] = fullest
            else:
                chosen = _choose_namesake(name, matches, first_seen, context)
                if chosen is not None:
                    canonical[name] = chosen
    return {surface: canonical[target] for surface, target in names.items()}


def _named_before_by_honorific(name: str, full: str, titles: Mapping[str, set[str]], first_seen: Mapping[str, int]) -> bool:
    """Whether a surname written with a plain honorific ("Mr Radulović") comes in the article before the one full
    name it could shorten ("Vesna Radulović"): a writer names a person in full first, so the honorific names a
    namesake the article never names in full."""
    return bool(titles.get(name, set()) & PLAIN_HONORIFICS) and not titles.get(full, set()) & titles.get(name, set()) \
        and name in first_seen and full in first_seen and first_seen[name] < first_seen[full]


@dataclass(frozen=True)
class _NameContext:
    """Where names are written in an article: paragraphs of each name, names of each paragraph, counts."""

    paragraphs: Mapping[str, frozenset[int]] = field(default_factory=dict)
    named_in: Mapping[int, frozenset[str]] = field(default_factory=dict)
    counts: Mapping[str, int] = field(default_factory=dict)


def _choose_namesake(name: str, matches: Sequence[str], first_seen: Mapping[str, int], context: _NameContext) -> str | None:
    """Which of several people sharing a surname the bare surname is, if the text says.

    The one who was the only candidate when the surname was first written alone (a relative comes
    in by full name after the subject owns it); else the one named in the paragraphs where the bare
    surname is written; else, when no such paragraph names two of them, the one who dominates the
    article (at least twice the mentions of any other)."""
    if name in first_seen:
        earlier = [m for m in matches if first_seen.get(m, len(first_seen) + 10**9) < first_seen[name]]
        if len(earlier) == 1:
            return earlier[0]
    beside = [context.named_in.get(p, frozenset()) & set(matches) for p in context.paragraphs.get(name, ())]
    if any(len(here) > 1 for here in beside):
        return None  # two namesakes in one paragraph with the bare surname: it could be either
    named = set().union(*beside) if beside else set()
    if len(named) == 1:
        return named.pop()
    if named:
        return None
    ranked = sorted(matches, key=lambda m: (-context.counts.get(m, 0), m))
    if context.counts.get(ranked[0], 0) >= 2 * max(1, context.counts.get(ranked[1], 0)):
        return ranked[0]
    return None


def _name_context(candidates: Sequence[_Candidate], surface_names: Mapping[str, str], doc, offsets: Sequence[int]) -> _NameContext:
    paragraphs: dict[str, set[int]] = defaultdict(set)
    named_in: dict[int, set[str]] = defaultdict(set)
    counts: Counter = Counter()
    for candidate in candidates:
        target = surface_names[candidate.name]
        paragraph = _paragraph_index(offsets, doc[candidate.start].idx)
        paragraphs[target].add(paragraph)
        named_in[paragraph].add(target)
        counts[target] += 1
    return _NameContext(
        {k: frozenset(v) for k, v in paragraphs.items()}, {k: frozenset(v) for k, v in named_in.items()}, counts
    )


def _generic_org_matches(name: str, candidates: Iterable[str], votes: Mapping[str, Counter]) -> list[str]:
    """Longer organization names that end with ``name`` ("Foreign Ministry" → "Chinese Foreign Ministry")."""
    words = _fold(name).split()
    return [
        f
        for f in candidates
        if f != name
        and _decide_kind(votes.get(f, Counter())) == "organization"
        and len(_fold(f).split()) > len(words)
        and _fold(f).split()[-len(words) :] == words
    ]


# One-word organization names that are the generic part of many names ("House" is not the White House).
ORG_SHORT_BLOCKERS = frozenset("house senate congress court church university college school party club team group".split())


def _person_matches(name: str, candidates: Sequence[str], votes: Mapping[str, Counter], titles: Mapping[str, set[str]], cues: Mapping[str, Counter]) -> list[str]:
    words = name.split()
    # "Mr. Ortiz" (written so beside a "Ms. Ortiz"): the surname is what matches.
    bare = " ".join(words[1:]) if len(words) > 1 and _word_key(words[0]) in titles.get(name, set()) & GENDERED_HONORIFICS else name
    # a surname of two words ("Vella Grech") is a person's own: "Real Madrid" is not the end of a misread "Atletico Real Madrid"
    tail = _decide_kind(votes.get(name, Counter())) == "person"
    return [
        f
        for f in candidates
        if f != name
        and _matches_short(bare, f, tail=tail)
        and _decide_kind(votes.get(f, Counter())) == "person"
        and not set(cues.get(name, Counter())) - {"person"}
        and not _titles_conflict(titles.get(name, set()), titles.get(f, set()))
    ]


# Capitals only, two to six letters, dotted or not ("NSNU", "E.P.A."): an organisation's initials
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")


def _decide_kind(votes: Counter) -> str:
    if not votes:
        return "other"
    return max(KIND_ORDER, key=lambda kind: (votes.get(kind, 0), -KIND_ORDER.index(kind)))


def _next_sentence_pronoun(root) -> bool:
    """The name is a subject and the next sentence opens with "He"/"She": a person."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    sent = root.sent
    if sent.end >= len(root.doc):
        return False
    following = root.doc[sent.end]
    return following.lower_ in ("he", "she") and following.dep_ in ("nsubj", "nsubjpass")


def _bio_role(bio: str, author: str) -> str | None:
    text = bio.strip()
    index = _fold(text).find(_fold(author)) if author else -1
    if index >= 0:
        text = text[index + len(author) :]
    match = re.match(r"^[\s,]*(?:\(.*?\)\s*)?(?:is|was|serves as|works as|,)?\s*(?:(?:a|an|the)\s+)?(.+?)[.\s]*$", text, re.S)
    if not match:
        return None
    role = match.group(1).strip()
    role = re.split(r"(?<=[a-z])\.\s+[A-Z]", role)[0]  # first sentence only
    return role or None


def _excluded(text: str, options: ActorOptions) -> bool:
    key = _fold(text)
    return any(_fold(name) == key for name in options.exclude)


def _alias(text: str, options: ActorOptions) -> str | None:
    if text in options.aliases:
        return options.aliases[text]
    key = _fold(text)
    for surface, canonical in options.aliases.items():
        if _fold(surface) == key:
            return canonical
    return None


def _metadata_names(article: Article) -> set[str]:
    """Folded names of bylines, contributors and the publisher, with their surnames."""
    keys: set[str] = set()
    for name in [*article.authors, *article.contributors]:
        keys.add(_fold(name))
        if len(name.split()) > 1:
            keys.add(_fold(name.split()[-1]))
    return keys


def _publisher_keys(article: Article) -> set[str]:
    if not article.publisher:
        return set()
    key = _fold(article.publisher)
    keys = {key}
    if len(key.split()) > 1:
        keys.add(key.split()[-1])
    return keys


def analyse_actors(article: Article, doc, options: ActorOptions | None = None, gazetteer: Gazetteer | None = None) -> ArticleAnalysis:
    """Mentions, names, kinds and roles of one article (see the module docstring for the contract).

    ``doc`` is the spaCy ``Doc`` of ``article.body``.
    """
    options = options or ActorOptions()
    gazetteer = gazetteer or load_gazetteer()
    analysis = ArticleAnalysis(article=article.id)
    body = article.body
    if doc.text != body:
        log.warning("%s: the parsed text differs from the article body; actors skipped", article.source)
        return analysis

    is_opinion = article.kind == "opinion"
    metadata_names = set() if is_opinion else _metadata_names(article)
    if is_opinion:  # contributors of an opinion piece are still metadata
        metadata_names = {_fold(n) for n in article.contributors}
    publisher_keys = _publisher_keys(article)
    named_countries = {gazetteer.names[_fold(e.text)] for e in doc.ents if _fold(e.text) in gazetteer.names}
    named_countries |= {gazetteer.names[key] for key in (_fold(e.text.removesuffix("'s").removesuffix("’s")) for e in doc.ents) if key in gazetteer.names}

    person_surfaces = frozenset(w for e in doc.ents if e.label_ == "PERSON" for w in [e.text, *e.text.split()])
    # the surnames of the people the article names in full: "Lima" beside "Edvaldo Lima" is him, not Peru's capital
    surnames = frozenset(_fold(e[-1].text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title)
    group_words = frozenset(e.text for e in doc.ents if e.label_ in ("NORP", "ORG") and len(e) == 1)
    gpe_surfaces = {_fold(e.text.removesuffix("'s").removesuffix("’s")) for e in doc.ents if e.label_ == "GPE"}
    lowercase_words = {t.text for t in doc if t.is_lower and t.is_alpha}
    multiword_parts = {_fold(w) for e in doc.ents if len(e) > 1 and e.label_ in ("PERSON", "ORG") for w in e.text.split()}

    place_keys = _place_keys(doc, gazetteer)
    shapes = _non_actor_shapes(doc, gazetteer, body)
    candidates: list[_Candidate] = []
    for ent_start, ent_end, ent_label in _entity_spans(doc, gazetteer, place_keys):
        start, end, title_start = _trim(doc, ent_start, ent_end, gazetteer, ent_label, person_surfaces, group_words)
        if ent_label == "ORG":
            end = _without_trailing_title(doc, start, end, gazetteer)
        if start >= end:
            continue
        start, end, civic_body = _civic_extent(doc, start, end, gazetteer, place_keys)
        if start >= end:
            continue
        name = _span_text(doc, start, end)
        if not name[:1].isupper() and not name[:1].isdigit() and not _particle_name(doc[start:end]):
            continue  # a name starts with a capital, or with a particle ("al Qaeda", "de Blasio", "van der Berg")
        if doc[end - 1].pos_ in ("VERB", "ADJ") and doc[end - 1].is_lower and _last_word(doc, end) not in gazetteer.organization_nouns:
            continue  # "Devonport-based": an adjective, not a name (but "Fishermen's Co-operative" is one)
        if end - start == 1 and doc[start].pos_ == "ADJ" and ent_label in ("PERSON", "ORG") and doc[start].is_sent_start:
            continue  # "Tragic ..." opening a sentence
        root = doc[start:end].root
        label = "ORG" if civic_body else ent_label
        alias = _alias(name, options)
        key = _fold(name)
        institution = gazetteer.institutions.get(key)
        if institution:
            label = "ORG"  # "Downing Street said": the office, not the street
        elif label == "ORG" and key in gpe_surfaces:
            label = "GPE"  # the model tags the same place ORG in one sentence, GPE in the next
        if label == "FAC" and any(_word_key(doc[i].text) in gazetteer.organization_nouns for i in range(start, end)):
            label = "ORG"  # "the Center for Strategic and International Studies" tagged as a building
        if label == "ORG" and title_start is not None and start - title_start == 1 and end - start >= 2 \
                and is_title_token(doc[title_start], gazetteer) and not civic_body \
                and not any(_word_key(t.text) in gazetteer.organization_nouns for t in doc[start:end]):
            label = "PERSON"  # "Superintendent Adaeze Nwachukwu" tagged as an organisation: a titled name is a person
        if _excluded(name, options) or (alias and _excluded(alias, options)):
            continue
        if alias is None and (key in gazetteer.not_actors or key in metadata_names or any(key == p or key.startswith(p + " ") for p in publisher_keys)):
            continue
        if alias is None and end - start == 1 and name.lower() in lowercase_words and key not in multiword_parts and label != "GPE":
            continue  # a capitalised common noun ("my Button works") the article also writes in lower case
        if alias is None and end - start == 1 and doc[start].is_sent_start and doc[start].tag_ == "NNS" and name.lower() in lowercase_words:
            continue  # "Schools will remain open": a plural common noun opening a sentence, even if a name holds it
        if ent_start > 0 and doc[ent_start - 1].text == "#" or name.startswith(("#", "@")):
            continue
        if "/" in name or _in_credit(body, doc, start, end):
            continue
        if alias is None and _is_not_actor(doc, start, end, label, gazetteer, shapes):
            continue
        if label == "PERSON" and CONTRIBUTOR_LINE.search(root.sent.text):
            continue
        if label == "PERSON" and alias is None and title_start is None and _written_as_place(root, key, person_surfaces):
            continue  # "schools in Gujranwala and Sialkot": the model's person is where something is
        if label in ("PERSON", "NORP") and end - start == 1 and title_start is None and start > 0:
            before = doc[start - 1]
            # "the Conservatives", "the Democrats"; "the Greens", which the model tags as one proper noun
            plural_group = label == "NORP" and (doc[start].tag_ == "NNPS" or doc[start].tag_ == "NNP"
                                                and doc[start].text.endswith("s") and not doc[start].text.endswith("ss"))
            if before.lower_ == "the" and alias is None and key not in gazetteer.people and not plural_group and root.dep_ not in ("compound", "nmod", "amod", "poss"):
                continue  # "the Londoner", "the Texan": a description; a person's name takes no article
                # (a name that modifies the head keeps it: "the Trump administration")
            if before.lower_ in RELATIVE_ADJECTIVES:
                continue  # "the younger Schuller": another, unnamed member of the family

        country = None
        if alias is None and label != "PERSON" and end - start == 1 and key in surnames and (
            key in gazetteer.names or key in gazetteer.capitals) and (
            start > 0 and _word_key(doc[start - 1].text) in PLAIN_HONORIFICS | PROFESSIONAL_HONORIFICS
            or _is_speech_subject(root)
        ):
            # "Mr Lima said", "Lima told the crowd" beside "Edvaldo Lima": the surname of the person named, not
            # Peru's capital (where it is written as a place, "members in Lima", it stays one)
            label = "PERSON"
        if alias is None and label != "PERSON":
            country = gazetteer.names.get(key) or gazetteer.capitals.get(key)
            if country is None and key in gazetteer.people and root.pos_ in ("PROPN", "NOUN") and root.dep_ not in ("amod", "compound"):
                country = gazetteer.people[key]
            if country is None and key in gazetteer.contextual:
                options_here = [c for c in gazetteer.contextual[key] if c in named_countries]
                country = options_here[0] if len(options_here) == 1 else None
                if country is None:
                    continue
            if country is None and key in gazetteer.demonyms:
                if not _governs_for(root):
                    continue  # "South Korean officials", "Thai farmers": a modifier, not an actor
                country = gazetteer.demonyms[key]  # "the Thai government said": the country acts, as in "the U.S. government"
        acting_place = place_governs = False
        if alias is None and country is None and not civic_body and key in place_keys and label in ("ORG", "GPE", "NORP"):
            # A city or region the article writes as a place ("the city of Bristol", "BRISTOL, England"):
            # an actor only where it acts, and never through its mayor or council ("Bristol's mayor said").
            acting = _acting_place_root(root, gazetteer)
            if acting is None or _is_place_use(acting, doc[start], gazetteer):
                continue
            acting_place = True
            # It does something ("the city of Munich is opening a museum"): its government acts.
            # Owning something ("Oklahoma's East Central University") says nothing of kind.
            place_governs = acting.dep_ != "poss"
        if alias is None and country is None:
            if label not in ACTOR_LABELS:
                continue
            if label in ("LOC", "FAC"):
                continue  # regions and buildings are places
            if label == "GPE" and not acting_place and (" and " in name or root.dep_ not in ("nsubj", "nsubjpass", "poss", "agent", "dobj", "dative", "conj", "appos")):
                continue  # a city or region outside the gazetteer counts only where it acts
            if label == "GPE" and not acting_place and root.dep_ == "conj" and root.head.dep_ not in ("nsubj", "nsubjpass", "poss", "agent", "dobj", "dative"):
                continue
            if _is_event(doc, start, end, gazetteer) or _is_relation_compound(name, gazetteer):
                continue
            if label == "NORP" and root.dep_ in ("amod", "compound", "nmod") and root.head.lemma_.lower() not in gazetteer.organization_nouns:
                continue
            if label == "ORG" and _is_title_part(root, name, end, doc, gazetteer):
                continue
            if key in gazetteer.platforms and _is_medium_use(root):
                continue
            if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in WORK_HEAD_LEMMAS and label == "ORG":
                continue
        if country is not None and _is_relation_compound(name, gazetteer):
            continue
        if (country is not None or label == "GPE") and alias is None and not acting_place and _is_place_use(root, doc[start], gazetteer):
            continue

        pre_title = _pre_name_title(doc, title_start if title_start is not None else start, end, gazetteer)
        if pre_title is not None:
            title_start = pre_title
        candidate = _Candidate(start=start, end=end, label=label, name=name, country=country, title_start=title_start)
        if civic_body:
            candidate.qualified = _civic_name(doc, start, end)
            candidate.kind_hint = "organization"
        elif place_governs:
            candidate.kind_hint = "organization"
        elif institution:
            candidate.qualified, candidate.kind_hint = institution, "organization"
        elif alias is None and country is None and label == "ORG":
            candidate.qualified = _qualified_org(doc, start, end, root, gazetteer)
        candidate.kind_hint = candidate.kind_hint or _kind_cues(doc, candidate, root, gazetteer)
        if candidate.kind_hint is None and label in ("PERSON", "ORG") and _next_sentence_pronoun(root):
            candidate.kind_hint = "person"
        if country is None:
            candidate.roles = _roles_for(doc, root, start, end, gazetteer)
            if candidate.kind_hint is None and label == "ORG" and any(
                source == "apposition" and _word_key(text.split()[0]) in gazetteer.person_titles - gazetteer.honorifics
                for text, source in candidate.roles
            ):
                candidate.kind_hint = "person"  # "The Commissioner for Transportation, Adebayo Ogunleye," tagged ORG
            if title_start is not None:
                title_text = _span_text(doc, title_start, start).lstrip("-–‐ ")
                while len(title_text.split()) > 1 and _word_key(title_text.split()[-1]) in gazetteer.honorifics:
                    title_text = title_text.rsplit(None, 1)[0]  # "Attorney General Lord Goldsmith": the office is "Attorney General"
                words = {_word_key(w) for w in title_text.split()}
                if not words <= gazetteer.honorifics:
                    candidate.roles.insert(0, (gazetteer.expand_title(title_text), "title"))
        candidates.append(candidate)

    candidates.extend(_titled_names(doc, candidates, gazetteer, options))
    candidates.extend(_bracketed_acronyms(doc, candidates))
    candidates.extend(_spelt_acronyms(doc, candidates))
    candidates.extend(_untagged_organisations(doc, candidates, gazetteer, options))
    named, named_aliases = _named_aliases(doc, candidates, gazetteer)
    candidates.extend(named)
    known_as = _known_as_persons(doc, candidates)
    for short, person in known_as.items():
        named_aliases.setdefault(short, person)
    # (the other names of people where the model tagged nothing: "Jokowi")
    taken = {i for c in candidates for i in range(c.title_start if c.title_start is not None else c.start, c.end)}
    candidates.extend(_mentions_by_name(doc, known_as, taken, "PERSON", "person"))
    candidates.extend(_untagged_mentions(body, doc, candidates, options))
    candidates.extend(_institution_mentions(doc, candidates, gazetteer, options))
    excluded_keys = metadata_names | publisher_keys | lowercase_words | multiword_parts
    candidates.extend(_speaking_names(doc, candidates, gazetteer, options, excluded_keys))
    candidates.sort(key=lambda c: c.start)
    _split_gendered_surnames(doc, candidates)

    # Canonical names inside the article.
    surface_names: dict[str, str] = {}
    votes: dict[str, Counter] = defaultdict(Counter)
    titles: dict[str, set[str]] = defaultdict(set)
    cues: dict[str, Counter] = defaultdict(Counter)
    for candidate in candidates:
        alias = _alias(candidate.name, options)
        target = alias or candidate.country or candidate.qualified or _normalise_name(candidate.name)
        surface_names[candidate.name] = target
        votes[target].update(_votes(candidate.label, candidate.kind_hint, candidate.country, _title_of(doc, candidate)))
        if candidate.title_start is not None:
            titles[target] |= _title_heads([_title_of(doc, candidate) or ""])
        if candidate.honorific:
            titles[target].add(candidate.honorific)
        if candidate.kind_hint:
            cues[target][candidate.kind_hint] += 1
    first_seen: dict[str, int] = {}
    for candidate in candidates:
        first_seen.setdefault(surface_names[candidate.name], candidate.start)
    context = _name_context(candidates, surface_names, doc, article.paragraph_offsets())
    resolved = _resolve_short_names(surface_names, votes, titles, cues, first_seen, gazetteer.organization_nouns, place_keys, context)
    _resolve_gendered_surnames(candidates, resolved, votes, titles)
    for short, organisation in named_aliases.items():  # "the ... Union, known as Sindsan": the union
        if short in resolved and organisation in resolved:
            resolved[short] = resolved[organisation]
    # User aliases are final: never re-map their target.
    for surface in surface_names:
        alias = _alias(surface, options)
        if alias:
            resolved[surface] = alias
    kind_votes: dict[str, Counter] = defaultdict(Counter)
    for candidate in candidates:
        canonical = resolved[candidate.name]
        if canonical != surface_names[candidate.name] and canonical not in options.aliases.values():
            # Joined a person's full name: the short form's model label is not evidence of kind.
            kind_votes[canonical].update(_votes("", candidate.kind_hint, candidate.country, _title_of(doc, candidate)))
            continue
        kind_votes[canonical].update(_votes(candidate.label, candidate.kind_hint, candidate.country, _title_of(doc, candidate)))

    offsets = article.paragraph_offsets()
    for candidate in candidates:
        canonical = resolved[candidate.name]
        first = doc[candidate.start]
        last = doc[candidate.end - 1]
        start_char, end_char = first.idx, last.idx + len(last.text)
        title = _title_of(doc, candidate)
        written = body[start_char:end_char]
        analysis.mentions.append(
            Mention(
                text=NICKNAME.sub(" ", written) if '"' in written or "“" in written else written,
                label=candidate.label,
                start=start_char,
                end=end_char,
                paragraph=_paragraph_index(offsets, start_char),
                sentence=first.sent.text.strip(),
                title=title,
                kind_hint=candidate.kind_hint,
            )
        )
        for text, source in candidate.roles:
            roles = analysis.roles.setdefault(canonical, [])
            if all(_fold(r.text) != _fold(text) for r in roles):
                roles.append(Role(text=text, article=article.id, source=source))

    analysis.names = {surface: resolved[surface] for surface in sorted(surface_names)}
    for canonical in sorted(set(resolved.values())):
        analysis.names.setdefault(canonical, canonical)
        analysis.kinds[canonical] = _decide_kind(kind_votes[canonical])
        if analysis.kinds[canonical] == "person" and ACRONYM.match(canonical):
            analysis.kinds[canonical] = "organization"  # "NSNU says ...": an acronym speaks for a body

    _add_title_mentions(doc, body, offsets, candidates, resolved, analysis, gazetteer, headline=article.title)
    _add_organisation_references(doc, body, offsets, candidates, resolved, analysis)
    _add_affiliations(doc, body, offsets, candidates, analysis, gazetteer)

    if is_opinion:
        _add_authors(article, analysis, options)
    return analysis


# Words that make a different office of the same head noun: the "vice president" is not "the president".
RANK_MODIFIERS = frozenset("vice deputy assistant associate former acting interim junior under co shadow ex lieutenant first second".split())
# What a role's head phrase stops at: "president of the Bristol Chamber of Commerce" → "president".
ROLE_PHRASE_END = frozenset("of at for in with to from on and who , ( ;".split())


def _title_phrases(doc, candidate: _Candidate, gazetteer: Gazetteer) -> list[list[str]]:
    """Each title a person holds in the article as lower-case words ending in the head noun
    ("transport secretary"; "president" for "president of the Bristol Chamber of Commerce")."""
    phrases = []
    texts = [text for text, source in candidate.roles if source in ("title", "apposition")]
    title = _title_of(doc, candidate)
    if title:
        texts.append(gazetteer.expand_title(title))
    for text in texts:
        words = _role_phrase(text)
        if words:
            phrases.append(words)
    return phrases


def _role_phrase(text: str) -> list[str]:
    """A role as lower-case words ending in its head noun ("president of the Chamber" → ["president"])."""
    words = []
    for word in re.findall(r"[\w'’-]+|[,(;]", text.casefold()):
        if word in ROLE_PHRASE_END:
            break
        words.append(word.replace("’", "'"))
    words = [w for w in words if w not in ("a", "an", "the", "its", "his", "her", "their")]
    return words if words and not words[-1].endswith("'s") else []


def _holds_role(phrase: Sequence[str], role: Sequence[str]) -> bool:
    """Whether a title held ("tory leader") is the role written ("leader", "tory leader") and not
    another office of the same head ("vice president" is not "president")."""
    return bool(phrase) and phrase[-1] == role[-1] and set(role) <= set(phrase) and not (set(phrase) - set(role)) & RANK_MODIFIERS


class _RoleHolders:
    """The titles and appositions of every person group, as role phrases indexed by their head noun (the
    last word, which :func:`_holds_role` requires to be the role's): each is read once, not once per role."""

    def __init__(self, groups: Mapping[str, dict], kinds: Mapping[str, str], gazetteer: Gazetteer):
        self.by_head: dict[str, list[tuple[str, str, list[str]]]] = defaultdict(list)
        for other, group in groups.items():
            if kinds[other] != "person" or other.startswith(ROLE_PREFIX):
                continue
            for r in group["roles"]:
                if r.source in ("title", "apposition"):
                    phrase = _role_phrase(gazetteer.expand_title(r.text))
                    if phrase:
                        self.by_head[phrase[-1]].append((other, r.article, phrase))

    def held(self, role: Sequence[str], groups: Mapping[str, dict]) -> dict[str, set[str]]:
        """{person: the articles that give them ``role``}, for the persons still in ``groups``."""
        held: dict[str, set[str]] = {}
        for other, article, phrase in self.by_head.get(role[-1], ()) if role else ():
            if other in groups and _holds_role(phrase, role):
                held.setdefault(other, set()).add(article)
        return held


def _role_holder(key: str, groups: Mapping[str, dict], kinds: Mapping[str, str], gazetteer: Gazetteer, merged_into: Mapping[str, str],
                 holders: _RoleHolders | None = None) -> str | None:
    """The one person of the corpus a role mention ("role:prime minister") stands for: among the
    people given that title or apposition, the one named in the role's own article, else the one
    who holds it in at least twice as many articles as anyone else."""
    role = key[len(ROLE_PREFIX) :].split()
    held = (holders or _RoleHolders(groups, kinds, gazetteer)).held(role, groups)
    here = [other for other in held if groups[other]["articles"] & groups[key]["articles"]]
    if len(here) == 1:
        return here[0]
    ranked = sorted(held, key=lambda k: (-len(held[k]), k))
    if len(ranked) == 1 or ranked and len(held[ranked[0]]) >= 2 * len(held[ranked[1]]):
        return ranked[0]
    if held:
        return None
    # No one is given the title: the person its second references point back to, when one does
    # most often (twice as often as any other) and holds no other office.
    votes: Counter = Counter()
    for reference in groups[key]["roles"]:
        if reference.source != COREFERENCE:
            continue
        other = _fold(reference.text)
        seen = {other}
        while other in merged_into and merged_into[other] not in seen:
            other = merged_into[other]
            seen.add(other)
        if other in groups and kinds.get(other) == "person" and not _holds_other_office(groups[other], role, gazetteer):
            votes[other] += 1
    ranked = votes.most_common()
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _holds_other_office(group: dict, role: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether a person is given an office other than ``role`` ("home secretary" is no prime minister)."""
    for held in group["roles"]:
        if held.source not in ("title", "apposition"):
            continue
        phrase = _role_phrase(gazetteer.expand_title(held.text))
        if phrase and phrase[-1].rsplit("-", 1)[-1] in gazetteer.person_titles and not _holds_role(phrase, role):
            return True
    return False


def _named_beside_its_body(title) -> bool:
    """"The leader of the LMŠ party, Marjan Šarec, said": a person the parser hangs in apposition on the body the
    title is "of", who is the title's holder (a person does not stand beside a party)."""
    return any(a.dep_ == "appos" and a.ent_type_ == "PERSON"
               for p in title.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" for a in o.children)


def _add_title_mentions(doc, body: str, offsets: Sequence[int], candidates: Sequence[_Candidate], resolved: Mapping[str, str], analysis: ArticleAnalysis, gazetteer: Gazetteer, headline: str = "") -> None:
    """Title-only subjects ("Britain's transport secretary said", "the finance minister signaled")
    as mentions of the one person of the article who holds that title (label "TITLE").

    The title must be the head of a subject, introduced by "the" or by a possessive name (a
    country or organisation, not "his"), and name no one beside it ("the mayor, Anna Kowalski,"
    is already a mention). The person is found by the head noun of a title or apposition the
    article gives them, with the phrase's modifiers among the title's words and no rank word
    the phrase lacks ("the president" is not the vice president). When no person or more than
    one person holds it, there is no mention.
    """
    holders: dict[str, list[list[str]]] = defaultdict(list)
    role_words: dict[str, set[str]] = defaultdict(set)
    taken: set[int] = set()
    for candidate in candidates:
        taken.update(range(candidate.title_start if candidate.title_start is not None else candidate.start, candidate.end))
        canonical = resolved[candidate.name]
        if analysis.kinds.get(canonical) != "person":
            continue
        holders[canonical].extend(_title_phrases(doc, candidate, gazetteer))
        for text, _source in candidate.roles:
            role_words[canonical] |= {_word_key(w) for w in text.split()}
    title_words = (gazetteer.person_titles | gazetteer.person_nouns | gazetteer.civic_officers) - gazetteer.honorifics - FAMILY_TITLES - GENERIC_ROLE_WORDS
    # A body named in the title ("the Conservative Party co-chairman") qualifies no one: it is its own mention.
    organisation_tokens = {i for c in candidates if analysis.kinds.get(resolved[c.name]) in ("organization", "group") for i in range(c.start, c.end)}
    added = False
    for token in doc:
        if token.i in taken or token.dep_ not in ROLE_REFERENCE_DEPS or token.tag_ in ("NNS", "NNPS") or token.pos_ not in ("NOUN", "PROPN"):
            continue
        head = _word_key(token.text)
        if head not in title_words:
            continue
        children = list(token.children)
        if any(c.dep_ == "appos" for c in children) or _named_beside_its_body(token):
            continue
        # "The Conservative Party Co-Chairman": the article may hang on a modifier of the title.
        left = [t for t in token.subtree if t.i < token.i]
        introduced = any(t.dep_ == "det" and t.lower_ == "the" for t in left) or any(
            c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in children
        )
        if not introduced:
            continue
        first = token.i
        if first >= 2 and doc[first - 1].text in ("-", "‐") and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_ and doc[first - 2].is_alpha:
            first -= 2  # "co-chairman"
            head = _word_key(doc[first].text) + "-" + head
        head_start = first
        while first - 1 >= 0 and first <= doc[first - 1].head.i <= token.i and doc[first - 1].dep_ in ("compound", "amod") and doc[first - 1].is_alpha and doc[first - 1].ent_type_ in ("", "NORP"):
            first -= 1
        modifiers = [_word_key(t.text) for t in doc[first:head_start]]
        # "The Leeds captain": a name written into the title must be in the holder's own roles.
        qualifiers = {_word_key(t.text) for t in doc[token.left_edge.i : first] if t.pos_ == "PROPN" and t.head.i == token.i and t.dep_ in ("compound", "nmod") and t.i not in organisation_tokens}
        matched = sorted(
            name
            for name, phrases in holders.items()
            if any(
                phrase[-1] == head and set(modifiers) <= set(phrase) and not (set(phrase) - set(modifiers)) & RANK_MODIFIERS
                for phrase in phrases
            )
            and qualifiers <= role_words[name]
        )
        start_char = doc[first].idx
        end_char = token.idx + len(token.text)
        text = body[start_char:end_char]
        if len(matched) == 1:
            holder, label = matched[0], "TITLE"
        elif (
            not matched
            and head.rsplit("-", 1)[-1] in gazetteer.person_titles  # an office ("the prime minister"), not a description ("the actor")
            and not qualifiers
            and not any(c.dep_ in ("poss", "prep", "acl", "relcl") for c in children)  # "the attorney for the families" is someone new
        ):
            # No holder here: the role as written ("the prime minister"), for linking to find the
            # one person of the corpus who holds it.
            holder, label = ROLE_PREFIX + " ".join([*modifiers, head]), "ROLE"
            analysis.kinds.setdefault(holder, "person")
            previous = _second_reference_of(doc, token, first, candidates, resolved, analysis, headline)
            if previous is not None:
                known = analysis.roles.setdefault(holder, [])
                if all(r.text != previous for r in known):
                    known.append(Role(text=previous, article=analysis.article, source=COREFERENCE))
        else:
            continue
        if analysis.names.get(text, holder) != holder:
            continue
        analysis.names[text] = holder
        analysis.mentions.append(
            Mention(
                text=text,
                label=label,
                start=start_char,
                end=end_char,
                paragraph=_paragraph_index(offsets, start_char),
                sentence=doc[first].sent.text.strip(),
                kind_hint="person",
            )
        )
        added = True
    if added:
        analysis.mentions.sort(key=lambda m: (m.start, m.end))
        analysis.names = dict(sorted(analysis.names.items()))


def _second_reference_of(doc, token, first: int, candidates: Sequence[_Candidate], resolved: Mapping[str, str], analysis: ArticleAnalysis, headline: str = "") -> str | None:
    """The person a role opening a sentence as its subject refers back to, by the news writer's
    second reference ("Tony Blair has rejected calls ... The prime minister told his press
    conference"; "..., Alun Michael has said. The rural affairs minister said"): the one person
    named in the sentence before; for the article's first sentence, the one person of the article
    whose surname the headline names ("Blair defends terror law changes" / "The prime minister has
    defended ..."). None when the role does not open its sentence as subject, or the sentence
    before names no person or several."""
    sentence = token.sent
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    opening = doc[sentence.start : first]
    if any(t.lower_ != "the" and not t.is_punct and not t.is_space for t in opening):
        return None
    if not any(not t.is_space for t in doc[: sentence.start]):
        words = {_word_key(w) for w in re.findall(r"[^\W\d_]+", headline)}
        people = {
            resolved[c.name]
            for c in candidates
            if analysis.kinds.get(resolved[c.name]) == "person" and _word_key(resolved[c.name].split()[-1]) in words
        }
        return people.pop() if len(people) == 1 else None
    before = doc[sentence.start - 1].sent
    people = {
        resolved[c.name]
        for c in candidates
        if before.start <= c.start < before.end and analysis.kinds.get(resolved[c.name]) == "person"
    }
    return people.pop() if len(people) == 1 else None


def _add_organisation_references(doc, body: str, offsets: Sequence[int], candidates: Sequence[_Candidate], resolved: Mapping[str, str], analysis: ArticleAnalysis) -> None:
    """ "the department", "the alliance", "the bureau": the one organisation named before it in the
    article whose name ends in that noun ("the Treasury Department", "the Countryside Alliance").
    Two such organisations named before it make it no one's."""
    taken = {i for c in candidates for i in range(c.title_start if c.title_start is not None else c.start, c.end)}
    named: list[tuple[int, str, str]] = []  # (token where named, head noun, organisation)
    for candidate in candidates:
        canonical = resolved[candidate.name]
        if analysis.kinds.get(canonical) == "organization" and len(canonical.split()) > 1:
            named.append((candidate.start, _word_key(canonical.split()[-1]), canonical))
    added = False
    for token in doc:
        if token.i in taken or token.pos_ != "NOUN" or not token.is_lower or token.tag_ != "NN" or token.dep_ in ("compound", "amod"):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(c.dep_ in ("compound", "amod", "prep") for c in token.children):
            continue
        owners = {org for start, head, org in named if start < token.i and head == token.lower_}
        if len(owners) != 1 or analysis.names.get(token.text, next(iter(owners))) != next(iter(owners)):
            continue
        analysis.names[token.text] = owner = owners.pop()
        start_char = token.idx
        analysis.mentions.append(
            Mention(text=token.text, label="ALIAS", start=start_char, end=start_char + len(token.text), paragraph=_paragraph_index(offsets, start_char), sentence=token.sent.text.strip(), kind_hint="organization")
        )
        added = True
    if added:
        analysis.mentions.sort(key=lambda m: (m.start, m.end))
        analysis.names = dict(sorted(analysis.names.items()))


def _role_nouns(gazetteer: Gazetteer) -> frozenset[str]:
    """Title and role nouns in lower case: what a role phrase ends in ("leader", "spokesman", "MP")."""
    return frozenset((gazetteer.person_titles | gazetteer.person_nouns | gazetteer.civic_officers | {_word_key(p) for p in gazetteer.post_nominals}) - gazetteer.honorifics)


def _is_role_noun(token, role_nouns: frozenset[str]) -> bool:
    """A title or role noun in any case and number ("leader", "MPs", "Chairman")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    key = _word_key(token.text)
    return key in role_nouns or key.endswith("s") and key[:-1] in role_nouns


def _affiliation_word(token, role_nouns: frozenset[str], gazetteer: Gazetteer) -> bool:
    """A capitalised word that can be part of a body's name written before a role ("Liberal", "Tory")."""
    return (
        token.is_alpha
        and token.pos_ in ("PROPN", "ADJ")
        and token.text[:1].isupper()
        and _word_key(token.text) not in gazetteer.honorifics
        and _word_key(token.text) not in RANK_MODIFIERS
        and not _is_role_noun(token, role_nouns)
        and not _member_title(_word_key(token.text), gazetteer)
    )


def _add_affiliations(doc, body: str, offsets: Sequence[int], candidates: Sequence[_Candidate], analysis: ArticleAnalysis, gazetteer: Gazetteer) -> None:
    """A capitalised name written before a role or a person's name ("Liberal Democrat home affairs
    spokesman Mark Oaten", "the Tory leader", "Lib Dem MP Lembit Opik") names the body that person
    belongs to: a mention (label AFFILIATION, canonical name AFFILIATION_PREFIX + the name) that
    linking joins to the organisation of the corpus with that name in one of its forms, or drops
    ("French President Macron": no organisation of the corpus is called French)."""
    role_nouns = _role_nouns(gazetteer)
    taken = {i for c in candidates for i in range(c.start, c.end)}
    person_tokens = {
        i for c in candidates if analysis.kinds.get(analysis.names.get(c.name, c.name)) == "person" for i in range(c.start, c.end)
    }
    added = False
    i = 0
    while i < len(doc):
        if i in taken or not _affiliation_word(doc[i], role_nouns, gazetteer):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end not in taken and not doc[end].is_sent_start and _affiliation_word(doc[end], role_nouns, gazetteer):
            end += 1
        run, after, i = doc[i:end], end, end
        last = run[-1]
        if last.dep_ not in ("compound", "amod", "nmod") or last.head.i < end:
            continue
        if all(t.is_stop for t in run):
            continue  # "Several residents", "Many officers" opening a sentence: a quantity, not a body
        # What follows: a role ("leader", "home affairs spokesman", "ex-minister") or a person's name.
        j, follows = after, False
        while j < len(doc) and j - after <= 5:
            if j in person_tokens or _is_role_noun(doc[j], role_nouns):
                follows = True
                break
            if not (doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ", "PROPN") or doc[j].text in ("-", "‐")):
                break
            j += 1
        if not follows or doc[j].is_title and _is_role_noun(doc[j], role_nouns) and j == after:
            continue  # "Defense Secretary Robert Gates", "Home Secretary": the office's own name
        name = run.text
        key = _fold(name)
        if key in gazetteer.names or key in gazetteer.demonyms or key in gazetteer.people:
            continue  # "French President Macron": a nationality
        canonical = analysis.names.get(name) or AFFILIATION_PREFIX + name
        if analysis.kinds.get(canonical, "organization") != "organization":
            continue  # "Anne" in "Anne Frank's diary", "Michigan Gov. X": a person or a place, not a body
        analysis.names[name] = canonical
        analysis.kinds.setdefault(canonical, "organization")
        start_char = run[0].idx
        analysis.mentions.append(
            Mention(
                text=name,
                label="AFFILIATION",
                start=start_char,
                end=start_char + len(name),
                paragraph=_paragraph_index(offsets, start_char),
                sentence=run[0].sent.text.strip(),
                kind_hint="organization",
            )
        )
        added = True
    if added:
        analysis.mentions.sort(key=lambda m: (m.start, m.end))
        analysis.names = dict(sorted(analysis.names.items()))


# Where a title standing for its holder can be: subject, possessor, object of a preposition.
ROLE_REFERENCE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "pobj", "dobj"})
# Canonical names of role mentions no person of their article holds ("role:prime minister"):
# linking resolves them to the one holder of the corpus, or drops them.
ROLE_PREFIX = "role:"
# Role source of a person a role mention refers back to (kept under the role's canonical name):
# evidence for linking, never a role shown.
COREFERENCE = "coreference"
# Canonical names of a body written before a role ("affiliation:Tory" in "Tory leader Michael Howard"):
# linking joins them to the organisation of the corpus of that name, or drops them.
AFFILIATION_PREFIX = "affiliation:"


# Words of organisation names every country has; such a name needs its country to be one actor.
GENERIC_ORG_WORDS = frozenset(
    "foreign defense defence interior finance justice health trade commerce education home affairs ministry "
    "office parliament army navy air force forces supreme court central bank national assembly security council "
    "cabinet government military police embassy intelligence service services of the and state department "
    "coast guard election commission constitutional labor labour treasury energy agriculture transportation "
    "transport housing homeland veterans environment culture communications immigration".split()
)


def _qualified_org(doc, start: int, end: int, root, gazetteer: Gazetteer) -> str | None:
    """"Foreign Ministry" after "China's" or "Chinese" → "Chinese Foreign Ministry"."""
    name = _span_text(doc, start, end)
    if not set(_fold(name).split()) <= GENERIC_ORG_WORDS:
        return None
    country = None
    for child in root.children:
        if child.dep_ == "poss" and child.i < start:
            country = gazetteer.country(_span_text(doc, child.left_edge.i, child.i + 1))
        elif child.dep_ in ("amod", "compound") and child.i < start:
            key = _fold(_span_text(doc, child.left_edge.i, child.i + 1))
            country = gazetteer.demonyms.get(key) or gazetteer.country(key) or country
    if country is None:
        return None
    return f"{gazetteer.demonym_of.get(country, country)} {_normalise_name(name)}"


def _title_of(doc, candidate: _Candidate) -> str | None:
    return _span_text(doc, candidate.title_start, candidate.start) if candidate.title_start is not None else None


def _normalise_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def _without_honorific(name: str) -> str:
    """"Dr Anjali Rao" → "Anjali Rao": a byline's honorific is not part of the name (two words at least stay)."""
    words = name.split()
    honorifics = load_gazetteer().honorifics
    while len(words) > 2 and _word_key(words[0]) in honorifics:
        words = words[1:]
    return " ".join(words)


def _votes(label: str, kind_hint: str | None, country: str | None, title: str | None = None) -> Counter:
    votes: Counter = Counter()
    if country:
        votes["country"] += CUE_WEIGHT * 2
    elif label in LABEL_KIND:
        votes[LABEL_KIND[label]] += 1
    if kind_hint:
        # A title ("Vice President Pence") settles the kind against any number of model labels.
        votes[kind_hint] += TITLE_WEIGHT if (title and kind_hint == "person") else CUE_WEIGHT
    return votes


def _paragraph_index(offsets: Sequence[int], char: int) -> int:
    index = 0
    for i, start in enumerate(offsets):
        if start <= char:
            index = i
        else:
            break
    return index


def _acronym_spellings(name: str) -> set[str]:
    """The initials of a name, a hyphenated word giving one letter or one per part ("Second-Level": S or SL)."""
    whole = [w for w in re.split(r"\s+", name) if w and w.lower() not in ("of", "and", "for", "the", "&", "on", "in")]
    # the capitalised words only: "Aguas do Recife Municipal" is ARM
    capitalised = "".join(w[0] for w in whole if w[0].isupper())
    return {_acronym(name), "".join(w[0] for w in whole).upper(), capitalised}


def _bracketed_acronyms(doc, candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """An acronym in brackets after the words whose initials it spells is a mention of that organisation,
    whatever the model tagged it: after an organisation the model found ("The Maharashtra Plastic
    Manufacturers' Association (MPMA)"), or after capitalised words it tagged as nothing ("The Irish
    Second-Level Students' Forum (ISSF)"), which are then the organisation's name."""
    taken = {i for c in candidates for i in range(c.start, c.end)}
    organisations_ending: dict[int, list[_Candidate]] = defaultdict(list)
    for candidate in candidates:
        if candidate.label == "ORG":
            organisations_ending[candidate.end].append(candidate)
    found: list[_Candidate] = []
    for closing in doc:
        if closing.text != ")" or closing.i < 2:
            continue
        acronym, opening = doc[closing.i - 1], doc[closing.i - 2]
        letters = acronym.text.replace(".", "")
        if opening.text != "(":
            continue
        if acronym.i in taken:
            # the model found the acronym; a name it misread before it is still the organisation's
            tagged = [c for c in candidates if c.start == acronym.i and c.end == acronym.i + 1 and c.label == "ORG"]
            if not tagged or opening.i in organisations_ending:
                continue
        if opening.i in organisations_ending:
            if len(acronym.text) >= 2 and letters.isupper() and any(
                _acronym(named.name) == letters for named in organisations_ending[opening.i]
            ):
                found.append(_Candidate(start=acronym.i, end=acronym.i + 1, label="ORG", name=acronym.text, kind_hint="organization"))
                taken.add(acronym.i)
            continue
        if not _acronym_shaped(letters) or closing.i < 3:
            continue
        # a name the model took for a person's or nothing's, ending at the bracket, may be the end of the
        # organisation's ("Aguas do" + "Recife Municipal (ARM)")
        misread = next((c for c in candidates if c.end == opening.i and c.country is None and c.label != "ORG"), None)
        start = opening.i if misread is None else misread.start
        # (an organisation the model ended early, before "for" or "of", may be where the initials begin: "United
        # Party" + "for National Development (UPND)")
        cut_short = next((c for c in candidates if c.label == "ORG" and c.end < opening.i and not any(
            t.i in taken for t in doc[c.end:opening.i]) and all(
            t.is_title or t.lower_ in ("of", "and", "for", "on") for t in doc[c.end:opening.i])
            and letters in _acronym_spellings(doc[c.start:opening.i].text)), None) if misread is None else None
        if cut_short is not None:
            cut_short.end, cut_short.name = opening.i, doc[cut_short.start:opening.i].text
            if acronym.i not in taken:
                found.append(_Candidate(start=acronym.i, end=acronym.i + 1, label="ORG", name=acronym.text,
                                        kind_hint="organization"))
            taken.update(range(cut_short.start, acronym.i + 1))
            continue
        while start > 0 and opening.i - start < 10:
            token = doc[start - 1]
            if token.i in taken or token.is_space or not (
                token.is_title or token.text in ("-", "'", "’", "'s", "’s", "&") or token.lower_ in ("of", "and", "for", "on")
                or token.lower_ in NAME_PARTICLES | {"do", "dos", "das"} and start - 1 > 0 and doc[start - 2].is_title
            ):
                break
            start -= 1
        while start < opening.i and (doc[start].lower_ in ("the", "of", "and", "for", "on") or not doc[start].is_alpha):
            start += 1
        # the shortest run of words ending at the bracket whose initials the acronym spells
        for first in range(opening.i - 1, start - 1, -1):
            if not doc[first].is_title:
                continue
            name = doc[first : opening.i].text
            if misread is not None and first > misread.start:
                continue  # not inside the misread name
            if letters in _acronym_spellings(name):
                if misread is not None:
                    # the misread name is the organisation's, from where its initials begin
                    misread.start, misread.name, misread.label, misread.kind_hint = first, name, "ORG", "organization"
                    misread.title_start, misread.roles = None, []
                else:
                    found.append(_Candidate(start=first, end=opening.i, label="ORG", name=name, kind_hint="organization"))
                if acronym.i not in taken:
                    found.append(_Candidate(start=acronym.i, end=acronym.i + 1, label="ORG", name=acronym.text,
                                            kind_hint="organization"))
                taken.update(range(first, acronym.i + 1))
                break
    return found


def _acronym_shaped(letters: str) -> bool:
    """Two to six capital letters: the shape of an acronym ("CBCP", "MPMA")."""
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _spelt_acronyms(doc, candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """A word in capitals the model tagged as nothing ("The CBCP says ..."), after the one organisation named
    earlier in the article whose initials it spells ("the Catholic Bishops' Conference of the Philippines"), is a
    mention of that organisation."""
    taken = {i for c in candidates for i in range(c.start, c.end)}
    # (each organisation's spellings once, not once per word in capitals)
    organisations = [(c.end, c.name, _acronym_spellings(c.name)) for c in candidates if c.label == "ORG" and c.end - c.start > 1]
    found: list[_Candidate] = []
    for token in doc:
        letters = token.text
        if token.i in taken or token.ent_type_ or not _acronym_shaped(letters):
            continue
        spelt = {name for end, name, spellings in organisations if end <= token.i and letters in spellings}
        if len(spelt) == 1:
            found.append(_Candidate(start=token.i, end=token.i + 1, label="ORG", name=token.text, kind_hint="organization"))
            taken.add(token.i)
    return found


def _alias_run(doc, start: int) -> int:
    """End of a short name written from ``start``: one to three capitalised words (or one in capitals), or up to
    five with a particle in lower case between them ("Asociación Nacional de Regantes")."""
    end = start
    while end < len(doc) and end - start < 5 and doc[end].is_alpha and (
            doc[end].is_title or doc[end].is_upper
            or end > start and doc[end].lower_ in NAME_PARTICLES | {"des", "y", "e"} and doc[end].is_lower
            and end + 1 < len(doc) and doc[end + 1].is_title):
        end += 1
        if (end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and doc[end - 1].is_upper
                and not doc[end - 1].whitespace_ and doc[end + 1].is_upper and doc[end + 1].is_alpha):
            end += 2  # "PDI-P": capitals joined by a hyphen are one word
    words = end - start
    if words > 3 and not any(doc[i].is_lower for i in range(start, end)):
        return start + 3  # (three capitalised words at most, as before, without a particle)
    return end


# Words for the other name a person goes by ("known by his nom de guerre Timochenko")
_BY_NAME_NOUNS = frozenset("nickname name alias pseudonym guerre".split())


def _known_as_persons(doc, candidates: Sequence[_Candidate]) -> dict[str, str]:
    """{other name: person} for a person the article says is known by another name, in the phrase set off after
    their name: "Rodrigo Londoño, the FARC commander better known as Timochenko,", "Rodrigo Londono, known by his
    nom de guerre Timochenko," (one or two capitalised words, tagged by the model or not); or by the title the one
    person so titled in the article holds: "Jokowi, as the president is widely known," of "President Joko Widodo"."""
    found: dict[str, str] = {}
    people = [c for c in candidates if c.label == "PERSON" and c.end < len(doc) and doc[c.end].text == ","]
    at = {c.start: c for c in candidates}
    for person in people:
        for k in range(person.end + 1, min(person.end + 12, len(doc) - 1)):
            if doc[k].text in (",", ".", ";", "(", ")"):
                break
            if doc[k].lower_ != "known":
                continue
            after = k + 1
            if doc[after].lower_ == "as":
                after += 1
            elif doc[after].lower_ == "by":
                # "known by his nom de guerre X", "known by the nickname X"
                while after < min(k + 7, len(doc)) and not doc[after].text[:1].isupper():
                    after += 1
                if not any(doc[i].lower_ in _BY_NAME_NOUNS for i in range(k + 2, after)):
                    break
            else:
                break
            alias = at.get(after)
            if alias is not None:
                name = alias.name if alias.end - alias.start <= 2 else ""
            else:
                # a name the model did not tag there: one or two capitalised words
                end = after
                while end < min(after + 2, len(doc)) and doc[end].is_alpha and doc[end].is_title:
                    end += 1
                name = doc[after:end].text if end > after else ""
            if name and name != person.name:
                found.setdefault(name, person.name)
            break
    # "Jokowi, as the president is widely known, ...": the name the one person titled so in the article goes by
    for match in _KNOWN_AS_ROLE.finditer(doc.text):
        name, role = match.group(1), match.group(2).split()[-1]
        titled = {c.name for c in candidates if c.label == "PERSON" and c.name != name and c.title_start is not None
                  and role in doc[c.title_start:c.start].text.lower().split()}
        if len(titled) == 1:
            found.setdefault(name, titled.pop())
    return found


_KNOWN_AS_ROLE = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), as the ([a-z]+(?: [a-z]+)?) is (?:[a-z]+ly )?known\b")


def _named_aliases(doc, candidates: Sequence[_Candidate], gazetteer: Gazetteer) -> tuple[list[_Candidate], dict[str, str]]:
    """Another name an organisation is given right after its own: in brackets ("the Pernambuco Public
    Prosecutor's Office (MPPE)", initials of another language or none), after "known as" / "also known as"
    ("The Coastal Fishers' Union, known as Pescar,"), or as a lone word set off by commas ("the Coastal
    Fishers' Union, Pescar, which ..."; not one of a list: "..., Oxfam, and ..."). Returns the mentions of the
    short name the model did not tag, and {short name: organisation's name}: each occurrence of the short name
    in the article is a mention of the organisation, whatever the model tagged it."""
    by_end: dict[int, _Candidate] = {}
    for candidate in candidates:
        if candidate.country is None and (candidate.kind_hint == "organization" or candidate.label == "ORG" and candidate.kind_hint is None) \
                and candidate.end - candidate.start > 1:
            by_end.setdefault(candidate.end, candidate)
    at = {c.start: c for c in candidates}
    taken = {i for c in candidates for i in range(c.start, c.end)}
    aliases: dict[str, str] = {}
    found: list[_Candidate] = []
    for end, organisation in sorted(by_end.items()):
        j = end
        if j + 1 >= len(doc) or doc[j].text not in ("(", ","):
            continue
        bracket = doc[j].text == "("
        k = j + 1
        if k + 1 < len(doc) and doc[k].lower_ == "also" and doc[k + 1].lower_ == "known":
            k += 1
        introduced = k + 1 < len(doc) and doc[k].lower_ == "known" and doc[k + 1].lower_ == "as"
        if introduced:
            k += 2
        elif doc[j + 1].lower_ in ("also", "known"):
            continue
        stop = _alias_run(doc, k)
        if stop == k or stop >= len(doc):
            continue
        runs = [(k, stop)]
        if bracket and doc[stop].text == "," and stop + 1 < len(doc):
            # "(Asociación Nacional de Regantes, ANR)": its name in another language, then its initials
            second = _alias_run(doc, stop + 1)
            if second > stop + 1 and second < len(doc) and doc[second].text == ")":
                runs.append((stop + 1, second))
                stop = second
        if bracket and doc[stop].text != ")" or not bracket and doc[stop].text not in (",", ".", ";", ")"):
            continue
        if not bracket and not introduced:
            # a lone word set off by commas, in apposition, not one of a list
            if stop - k != 1 or doc[stop].text != "," or doc[k].dep_ != "appos" or stop + 1 < len(doc) and doc[stop + 1].lower_ in ("and", "or", "nor"):
                continue
        for first, last in runs:
            name = _span_text(doc, first, last)
            key = _fold(name)
            if key == _fold(organisation.name) or key in gazetteer.names or key in gazetteer.capitals or gazetteer.is_place_word(name):
                continue
            if _word_key(doc[first].text) in gazetteer.honorifics or is_title_token(doc[first], gazetteer) or key in gazetteer.organization_nouns:
                continue
            if doc[first].ent_type_ == "PERSON" and last - first > 1:
                continue  # "..., Jane Doe, said": a person named beside it
            aliases.setdefault(name, organisation.name)
    found.extend(_mentions_by_name(doc, aliases, taken, "ORG", "organization", at))
    return found, aliases


def _mentions_by_name(doc, names: Collection[str], taken: set[int], label: str, kind: str,
                      at: Mapping[int, _Candidate] | None = None) -> list[_Candidate]:
    """Each occurrence of one of ``names`` in the text, outside the tokens ``taken`` and not inside another name, as
    a mention of that ``kind``; where a mention the model tagged starts (``at``), that mention takes the kind instead
    when it covers the name, and no other is made. ``taken`` grows with the mentions made."""
    if not names:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
                         + r")(?![\w-])")
    found: list[_Candidate] = []
    for match in pattern.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
        if span is None:
            continue
        existing = at.get(span.start) if at is not None else None
        if existing is not None:
            if existing.end == span.end:
                existing.kind_hint = kind
            continue
        if any(i in taken for i in range(span.start, span.end)):
            continue
        if span.start > 0 and doc[span.start - 1].pos_ == "PROPN" and doc[span.start - 1].text[:1].isupper() or \
                span.end < len(doc) and doc[span.end].pos_ == "PROPN" and doc[span.end].text[:1].isupper():
            continue  # inside another name
        taken.update(range(span.start, span.end))
        found.append(_Candidate(start=span.start, end=span.end, label=label, name=span.text, kind_hint=kind))
    return found


def _untagged_organisations(doc, candidates: Sequence[_Candidate], gazetteer: Gazetteer, options: ActorOptions) -> list[_Candidate]:
    """Three to six capitalised proper nouns the model tagged as nothing, ending in an organisation noun ("the
    Near East Side Neighbors Association wrote to the council"), or two with a plural possessive ("the Workers'
    Alliance"): an organisation's name."""
    taken = {i for c in candidates for i in range(c.title_start if c.title_start is not None else c.start, c.end)}

    def name_word(token) -> bool:
        return (token.i not in taken and not token.ent_type_ and token.pos_ == "PROPN" and token.is_alpha and token.is_title
                and not is_title_token(token, gazetteer) and "\n" not in token.whitespace_)

    found: list[_Candidate] = []
    for token in doc:
        if not name_word(token) or _word_key(token.text) not in gazetteer.organization_nouns:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].text[:1].isupper():
            continue  # one word of a longer name
        start = token.i
        possessive = False
        while start > 0 and token.i - start < 5:
            before = doc[start - 1]
            if (before.tag_ == "POS" and before.text in ("'", "’") and start > 1 and name_word(doc[start - 2])
                    and doc[start - 2].text.endswith("s") and not possessive):
                possessive, start = True, start - 2  # "the Workers' Alliance": a plural possessive inside the name
                continue
            if not name_word(before) or "\n" in before.whitespace_:
                break
            start -= 1
        words = token.i + 1 - start - possessive
        if words < 3 and not (words == 2 and possessive and start > 0 and doc[start - 1].lower_ == "the"):
            continue  # three words, or two with a plural possessive after "the" ("the Farmers' Union")
        name = _span_text(doc, start, token.i + 1)
        if _excluded(name, options) or _fold(name) in gazetteer.not_actors:
            continue
        taken.update(range(start, token.i + 1))
        found.append(_Candidate(start=start, end=token.i + 1, label="ORG", name=name, kind_hint="organization"))
    return found


def _titled_names(doc, candidates: Sequence[_Candidate], gazetteer: Gazetteer, options: ActorOptions) -> list[_Candidate]:
    """A first name and surname after a capitalised title ("Councillor Sylvie Tremblay"), which the
    model left untagged: a person, with the title as a role."""
    taken = {i for c in candidates for i in range(c.title_start if c.title_start is not None else c.start, c.end)}
    found: list[_Candidate] = []
    for token in doc:
        if token.i in taken or not is_title_token(token, gazetteer) or token.ent_type_ not in ("", "PERSON"):
            continue
        end = token.i + 1
        while (
            end < len(doc)
            and end not in taken
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and doc[end].is_alpha
            and doc[end].ent_type_ in ("", "PERSON")
            and not is_title_token(doc[end], gazetteer)
        ):
            end += 1
        # a peer goes by one name ("Lord Walker of Gestingthorpe"); anyone else by a first name and a surname
        fewest = 1 if _fold(token.text) in PEERAGE_TITLES else 2
        if not fewest <= end - token.i - 1 <= 3 or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue
        name = _span_text(doc, token.i + 1, end)
        if _excluded(name, options) or _fold(name) in gazetteer.not_actors:
            continue
        title_start = _pre_name_title(doc, token.i, end, gazetteer)
        title_start = token.i if title_start is None else min(title_start, token.i)
        candidate = _Candidate(start=token.i + 1, end=end, label="PERSON", name=name, title_start=title_start, kind_hint="person")
        title = _span_text(doc, title_start, token.i + 1)
        if not {_word_key(w) for w in title.split()} <= gazetteer.honorifics:
            candidate.roles.append((gazetteer.expand_title(title), "title"))
        taken.update(range(title_start, end))
        found.append(candidate)
    return found


def _untagged_mentions(body: str, doc, candidates: Sequence[_Candidate], options: ActorOptions) -> list[_Candidate]:
    """Occurrences of known names the model did not tag ("Russel said" missed once), and user aliases."""
    taken = set()
    for c in candidates:
        taken.update(range(c.start, c.end))
    known: dict[str, str] = {}
    for c in candidates:
        # a person by the model's label, or by a cue the model missed ("Dr Ifeoma Okafor" tagged a place)
        if c.country is None and (c.label == "PERSON" or c.kind_hint == "person"):
            for word in c.name.split():
                if word[:1].isupper() and len(word) > 2:
                    known.setdefault(word, c.label)
            known.setdefault(c.name, c.label)
    for surface in options.aliases:
        known.setdefault(surface, "ALIAS")
    found: list[_Candidate] = []
    if not known:
        return found
    honorifics = load_gazetteer().honorifics
    lower_words = {t.text for t in doc if t.text.islower()}
    alternatives = "|".join(re.escape(surface) for surface in sorted(known, key=lambda s: (-len(s), s)))
    pattern = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")
    for match in pattern.finditer(body):
        surface = match.group(0)
        span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        # "Dr Osei said", "Ms Gaikwad told": after an honorific a known surname is that person,
        # whatever the model made of it (nothing, or a work of art).
        honorific = span.start > 0 and doc[span.start - 1].text[:1].isupper() and _word_key(doc[span.start - 1].text) in honorifics
        # ("Meireles said": a surname the model read as a plural noun is still the one who speaks)
        speaks = len(span) == 1 and span[0].pos_ == "NOUN" and not span[0].ent_type_ and (
            _is_speech_subject(span[0])
            # ("Lunde supports the closure": a known surname the model read as a noun, the subject of any verb,
            # where the article never writes it as a common word)
            or span[0].dep_ == "nsubj" and span[0].head.pos_ == "VERB" and surface.lower() not in lower_words)
        if surface not in options.aliases and not honorific and not speaks and (span[0].pos_ != "PROPN" or span[0].ent_type_):
            continue
        # A surname on its own is a name only when it stands as one: not inside another name.
        if surface not in options.aliases and (span.start > 0 and doc[span.start - 1].pos_ == "PROPN" and not honorific or span.end < len(doc) and doc[span.end].pos_ == "PROPN"):
            continue
        taken.update(range(span.start, span.end))
        found.append(_Candidate(start=span.start, end=span.end, label="ALIAS", name=span.text, title_start=span.start - 1 if honorific else None))
    return found


# Verbs whose subject is someone speaking ("Walsh said", "Walsh argued that ..."): the shared list.
SPEECH_LEMMAS = SPEECH_VERBS
_SPEECH_ALTERNATIVES = "|".join(sorted(SPEECH_FORMS, key=lambda f: (-len(f), f)))
# "Walsh said", "Walsh, of Ibec, told reporters", "Walsh later added".
SPEAKS_AFTER = re.compile(
    r"(?:['’]s)?(?:\s*,[^,.;\"“”\n]{1,60},)?\s+(?:(?:also|later|then|has|had|have|\w+ly)\s+){0,2}(?:" + _SPEECH_ALTERNATIVES + r")\b"
)
# "..., said Walsh." and "according to Walsh".
SPEAKS_BEFORE = re.compile(r"(?:\b(?:" + _SPEECH_ALTERNATIVES + r")|\baccording to)\s+$", re.I)
# A word shaped like a name: capitalised, with lower-case letters (not an acronym), no digits.
NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")


_MATCHERS: dict[tuple[int, int], object] = {}


def _institution_matcher(vocab, gazetteer: Gazetteer):
    """A PhraseMatcher (lower case) over the institutions' names and short forms, one per vocab and gazetteer."""
    key = (id(vocab), id(gazetteer))
    if key not in _MATCHERS:
        import spacy
        from spacy.matcher import PhraseMatcher

        tokenizer = spacy.blank("en").tokenizer
        matcher = PhraseMatcher(vocab, attr="LOWER")
        matcher.add("INSTITUTION", [tokenizer(alias) for alias in sorted(gazetteer.institutions)])
        _MATCHERS[key] = (vocab, gazetteer, matcher)  # the references keep the ids valid
    return _MATCHERS[key][2]


def _institution_mentions(doc, candidates: Sequence[_Candidate], gazetteer: Gazetteer, options: ActorOptions) -> list[_Candidate]:
    """Short forms of the gazetteer's institutions the model did not tag as a name ("No 10 said")."""
    if not gazetteer.institutions:
        return []
    taken = {i for c in candidates for i in range(c.start, c.end)}
    found = []
    for _match_id, start, end in _institution_matcher(doc.vocab, gazetteer)(doc):
        if any(i in taken for i in range(start, end)) or not doc[start].text[:1].isupper():
            continue
        name = gazetteer.institutions[_fold(doc[start:end].text)]
        if _excluded(name, options) or _excluded(doc[start:end].text, options):
            continue
        found.append(_Candidate(start=start, end=end, label="GAZETTEER", name=doc[start:end].text, qualified=name, kind_hint="organization"))
        taken.update(range(start, end))
    return found


def _is_speech_subject(token) -> bool:
    """The subject of a speech verb ("Walsh argued that ...") or the source in "according to Walsh"."""
    head = token.head
    if token.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and (head.lemma_.lower() in SPEECH_LEMMAS or head.lower_ in SPEECH_FORMS):
        # One tells someone: "Contestants told to come on down" is a headline's passive.
        return head.lemma_.lower() != "tell" or any(child.dep_ in ("dobj", "dative") for child in head.children)
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _name_shaped(text: str) -> bool:
    """Capitalised, with lower-case letters (not an acronym), no digits: "Sandhu", "O'Neill"."""
    return text[:1].isupper() and bool(NAME_WORD.match(text)) and any(ch.islower() for ch in text) and len(text) > 1


# Labels the small model gives a full name it misreads after a quotation ('..." Raj Sandhu, ... told'
# tagged a work of art) or beside a place ("Kavita Rawat" tagged a location)
_MISREAD_NAME_LABELS = frozenset(("", "WORK_OF_ART", "PRODUCT", "EVENT", "LOC", "FAC", "LAW"))


def _who_antecedent(token) -> bool:
    """A name a "who" clause describes ("Shaz McKellar, who runs High Country Trail Rides, said ..."), however
    the parser hangs the rest of the sentence."""
    return any(child.dep_ == "relcl" and child.i > token.i and any(
        t.dep_ == "nsubj" and t.lower_ == "who" for t in child.children) for child in token.children)


def _speaking_full_names(doc, taken: set[int], lexicon, gazetteer: Gazetteer):
    """Two- or three-word names that speak but that the model did not tag a person: '"...," Raj Sandhu,
    national president of the union, told the crowd'. Every word is shaped like a name and none is a title,
    a place word or a word of the lexicons; the whole is the subject of a speech verb, or what a "who" clause
    describes."""
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or token.tag_ == "NNPS" or not (
                _is_speech_subject(token) or _who_antecedent(token)):
            continue
        words = [token]
        while (len(words) < 3 and words[0].i > 0 and doc[words[0].i - 1].dep_ == "compound"
               and doc[words[0].i - 1].head.i == token.i and doc[words[0].i - 1].pos_ == "PROPN"):
            words.insert(0, doc[words[0].i - 1])
        if len(words) < 2 or words[0].i > 0 and doc[words[0].i - 1].pos_ == "PROPN":
            continue
        if any(w.i in taken or w.ent_type_ not in _MISREAD_NAME_LABELS or not _name_shaped(w.text)
               or _fold(w.text) in lexicon or gazetteer.is_place_word(w.text) for w in words):
            continue
        name = doc[words[0].i : token.i + 1].text
        yield _Candidate(start=words[0].i, end=token.i + 1, label="SPEAKER", name=name, kind_hint="person")


def _speaking_names(doc, candidates: Sequence[_Candidate], gazetteer: Gazetteer, options: ActorOptions, excluded_keys: set[str]) -> list[_Candidate]:
    """One-word proper names the model did not tag that speak: "Walsh argued that ...".

    The small model leaves a bare surname untagged about a third of the time when it is the
    subject of a speech verb. A speaking proper noun is a person unless a cue says otherwise;
    acronyms ("TMZ said"), plurals, words of a longer name ("Transport for London said") and
    words the article also writes in lower case are left out. The mention lets a surname
    written alone in one article join the full name written in another (:func:`link_actors`).
    """
    taken = set()
    for c in candidates:
        taken.update(range(c.start, c.end))
    lexicon = gazetteer.not_actors | gazetteer.platforms | gazetteer.person_titles | gazetteer.honorifics | gazetteer.person_nouns | gazetteer.organization_nouns
    found: list[_Candidate] = list(_speaking_full_names(doc, taken, lexicon, gazetteer))
    for c in found:
        taken.update(range(c.start, c.end))
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or token.tag_ == "NNPS":
            continue
        # Untagged, or a one-word place or group label that the entity rules set aside
        # ("according to Rossi" tagged GPE).
        if token.ent_type_ and (token.ent_type_ not in ACTOR_LABELS or token.ent_iob_ != "B" or token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"):
            continue
        text = token.text
        if not _name_shaped(text):
            continue
        # (or a name its apposition says is a body: "Unite, the country's largest union, had lobbied MPs")
        body = any(c.dep_ == "appos" and c.pos_ == "NOUN" and _fold(c.lemma_) in gazetteer.organization_nouns
                   for c in token.children)
        if not body and not _is_speech_subject(token):
            continue
        # One word standing alone: no proper noun beside it, no determiner, no "of/for ..." tail.
        neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(n.pos_ == "PROPN" and not n.is_punct for n in neighbours):
            continue
        if token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text in ("-", "‐", "–"):
            continue  # "Ex-Sunday Express editor": a prefix, not a name
        if any(child.dep_ == "det" or child.dep_ in ("compound", "flat", "nmod") and child.pos_ == "PROPN" for child in token.children):
            continue
        if any(child.dep_ == "prep" and child.i == token.i + 1 and any(t.pos_ == "PROPN" for t in child.subtree) for child in token.children):
            continue  # "Transport for London said"
        key = _fold(text)
        if key in excluded_keys or text in excluded_keys or gazetteer.is_place_word(text) or _excluded(text, options):
            continue
        if key in gazetteer.platforms or body:  # "Facebook said it would review the posts": the company speaks
            found.append(_Candidate(start=token.i, end=token.i + 1, label="SPEAKER", name=text, kind_hint="organization"))
        elif key not in lexicon:
            found.append(_Candidate(start=token.i, end=token.i + 1, label="SPEAKER", name=text, kind_hint="person"))
    return found


def _add_authors(article: Article, analysis: ArticleAnalysis, options: ActorOptions) -> None:
    """The author of an opinion piece states positions: an actor, with the bio as role."""
    for author in article.authors:
        if _excluded(author, options):
            continue
        canonical = _alias(author, options) or analysis.names.get(author) or _without_honorific(_normalise_name(author))
        analysis.names.setdefault(author, canonical)
        analysis.names.setdefault(canonical, canonical)
        analysis.kinds[canonical] = "person"
        bios = [b for b in article.author_bios if _fold(author) in _fold(b)] or (article.author_bios if len(article.authors) == 1 else [])
        roles = analysis.roles.setdefault(canonical, [])
        for bio in bios:
            text = _bio_role(bio, author)
            if text and all(_fold(r.text) != _fold(text) for r in roles):
                roles.append(Role(text=text, article=article.id, source="bio"))
        if not roles:
            del analysis.roles[canonical]


# --------------------------------------------------------------------------- across articles


def link_actors(
    articles: Sequence[Article], analyses: Mapping[str, ArticleAnalysis], options: ActorOptions | None = None
) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """Merge per-article canonical names into corpus actors.

    Same canonical name (any case) → one actor; a multi-word organisation name ("Chamber of
    Commerce") joins the one longer organisation name ending with it ("Bristol Chamber of
    Commerce") when the two articles share another actor that is not a country; title-only
    mentions count as mentions but never become aliases; a one-word person name ("Trump") joins the one
    longer person name it abbreviates anywhere in the corpus ("Donald Trump") when there is
    exactly one; user aliases apply first. A one-word name its article could not call a person
    (the model labelled it ORG or GPE, no cue) joins a person only when it speaks there ("Marsh
    said", "according to Marsh"), names exactly one person in the corpus and no other actor,
    and the two articles share an actor that is not a country (the same story). The actor's
    name is its fullest form, its kind the weighted vote of every mention's label and cue. The quotes
    already in ``analyses`` get the actor ids of their further speakers (``Quote.other_speakers``). Returns the actors sorted by id and
    ``{(article_id, canonical name in that article): actor id}``.
    """
    options = options or ActorOptions()
    groups: dict[str, dict] = {}
    order = sorted(articles, key=lambda a: a.id)

    def group_for(name: str) -> dict:
        key = _fold(name)
        if key not in groups:
            groups[key] = {
                "names": Counter(), "surfaces": set(), "votes": Counter(), "roles": [], "articles": set(), "mentions": 0,
                "members": set(), "titles": set(), "cues": set(), "speaks": False,
            }
        return groups[key]

    for article in order:
        analysis = analyses.get(article.id)
        if analysis is None:
            continue
        mentions_by_canonical: dict[str, list[Mention]] = defaultdict(list)
        title_only = {m.text for m in analysis.mentions if m.label in ("TITLE", "ROLE")} - {m.text for m in analysis.mentions if m.label not in ("TITLE", "ROLE")}
        for mention in analysis.mentions:
            canonical = analysis.names.get(mention.text, mention.text)
            mentions_by_canonical[canonical].append(mention)
        for canonical, kind in analysis.kinds.items():
            if _excluded(canonical, options):
                continue
            target = _alias(canonical, options) or canonical
            group = group_for(target)
            group["names"][target] += 1
            group["members"].add((article.id, canonical))
            group["articles"].add(article.id)
            # Each article has already weighed labels and cues; its decision counts once per mention.
            mentions_here = mentions_by_canonical.get(canonical, [])
            group["votes"][kind] += max(1, len(mentions_here))
            for mention in mentions_here:
                if mention.title and mention.kind_hint == "person":
                    group["votes"]["person"] += TITLE_WEIGHT
                group["mentions"] += 1
                if mention.label not in ("TITLE", "ROLE"):  # "transport secretary" is how it was called, not a name
                    group["surfaces"].add(mention.text)
                    written = article.body[mention.start : mention.end]
                    nickname = NICKNAME.search(written)
                    if nickname and kind == "person":
                        # 'Margaret "Peg" Holloway': also "Peg Holloway", as another story may call her
                        rest = written[nickname.end() :].split()
                        if rest:
                            group["surfaces"].add(nickname.group(0).strip(" \"“”") + " " + " ".join(rest))
                    styled = STYLED_NAME.search(article.body[max(0, mention.start - 12) : mention.start])
                    if styled and kind == "person":
                        group["surfaces"].add(styled.group(1) + " " + mention.text)  # "Lord Goldsmith", "Sir Ian Blair"
                if mention.kind_hint:
                    group["cues"].add(mention.kind_hint)
                if not group["speaks"] and _speaks(article.body, mention):
                    group["speaks"] = True
                if mention.title:
                    group["titles"] |= _title_heads([mention.title])
            group["surfaces"].update(s for s, c in analysis.names.items() if c == canonical and s not in title_only)
            group["roles"].extend(analysis.roles.get(canonical, []))

    # Bodies written before a role ("Tory leader") are resolved last, against the corpus's organisations.
    affiliations = {key: groups.pop(key) for key in sorted(groups) if key.startswith(AFFILIATION_PREFIX)}
    # A one-word or partial person name joins the single fuller person name it abbreviates.
    merged_into: dict[str, str] = {}
    first_names: set[str] = set()
    kinds = {key: _decide_kind(g["votes"]) for key, g in groups.items()}
    by_token: dict[str, set[str]] = defaultdict(set)
    for key in groups:
        tokens = [t for t in key.split() if t not in NAME_SUFFIXES]
        if len(tokens) > 1 and kinds[key] == "person":
            by_token[tokens[0]].add(key)
            by_token[tokens[-1]].add(key)
            if len(tokens) == 3:
                by_token[tokens[1]].add(key)  # a first surname ("Pacheco" of Ernesto Pacheco Luna)
    for key in sorted(groups):
        # Across articles only a name already known as a person joins: a bare "Clarkson" the
        # model calls ORG in a football report is not Jeremy Clarkson of another story.
        if kinds[key] != "person":
            continue
        tokens = [t for t in key.split() if t not in NAME_SUFFIXES]
        if not tokens:
            continue
        pool = sorted(by_token.get(tokens[0], set()) | by_token.get(tokens[-1], set()), key=lambda k: (-len(k.split()), -len(k), k))
        matches = [
            other
            for other in pool
            if other != key
            and _matches_short(key, other)
            and _decide_kind(groups[other]["votes"] + groups[key]["votes"]) == "person"
            and not _titles_conflict(groups[key]["titles"], groups[other]["titles"])
        ]
        if len(matches) > 1:
            fullest = matches[0]
            matches = [fullest] if all(m == fullest or _matches_short(m, fullest) for m in matches) else matches
        if any(_fold(a) == key for a in options.aliases.values()):
            continue
        if len(matches) > 1 and _is_first_name(key, matches, groups):
            first_names.add(key)  # "Charles" beside Charles Clarke and Charles Kennedy: no actor of its own
        elif len(matches) > 1:
            matches = [m for m in [_dominant_namesake(key, matches, groups)] if m]
        if len(matches) == 1:
            merged_into[key] = matches[0]
    for key in first_names:
        del groups[key]
    # A full name another article wrote as one person's ("Peg Holloway" of 'Margaret "Peg" Holloway', "van der
    # Berg" of Pieter van der Berg) is that person, when it is the name of exactly one
    owners_of: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.items():
        if kinds.get(key) == "person":
            for surface in group["surfaces"]:
                owners_of[_fold(surface)].add(key)
    for key in sorted(groups):
        if kinds.get(key) != "person" or key in merged_into or len(key.split()) < 2:
            continue
        owners = owners_of.get(key, set()) - {key}
        if len(owners) != 1 or any(o in merged_into for o in owners):
            continue
        [owner] = owners
        if _decide_kind(groups[owner]["votes"] + groups[key]["votes"]) == "person" and not _titles_conflict(
                groups[key]["titles"], groups[owner]["titles"]):
            merged_into[key] = owner
    # A bare surname the model labelled ORG or GPE in its article, with no person cue there,
    # joins a person only when it speaks ("Walsh said", "according to Walsh"), the surname
    # names exactly one person in the corpus and no other actor, and the story is the same.
    relabelled: set[str] = set()
    renamed: set[str] = set()  # short names of an organisation: their labels say nothing of its kind
    # Indexes instead of scans of every group per name, so linking grows with the corpus, not its square.
    # Groups only leave `groups` until the affiliations come back: each lookup checks the key is still there.
    near = _ArticleIndex(groups)
    end_words = _end_word_index(groups)
    for key in sorted(groups):
        match = _speaking_surname_match(key, groups, kinds, by_token, options, near, end_words)
        if match is not None and key not in merged_into:
            merged_into[key] = match
            relabelled.add(key)
    # A short name one article gave an organisation ("..., known as Sindsan", "(MPPE)") is that organisation
    # where another article of the same story writes it alone.
    named_as = _named_alias_index(order, analyses, groups, kinds, options)

    def joined(name: str) -> str:
        seen = {name}
        while name in merged_into and merged_into[name] not in seen:
            name = merged_into[name]
            seen.add(name)
        return name

    def join_short_names() -> None:
        for key in sorted(groups):
            targets = {joined(target) for target in named_as.get(key, set())} - {key}
            if len(targets) != 1 or key in merged_into or kinds[key] == "country" or len(key.split()) > 1 and kinds[key] == "person":
                continue
            [target] = targets
            # (a short name of five letters or more given to one organisation is hardly another's: "CONAIE" alone in
            # a story that quotes no one the other stories quote; "ANC" needs someone beside both)
            if target in groups and (len(key) >= 5 or _share_context(key, target, groups, kinds, near)):
                merged_into[key] = target
                renamed.add(key)

    join_short_names()
    # A generic organisation name ("Chamber of Commerce", "Foreign Ministry") joins the one
    # qualified organisation of the corpus whose name ends with it, in the same story.
    org_suffixes = _organisation_suffix_index(groups, kinds)
    for key in sorted(groups):
        match = _generic_org_match(key, groups, kinds, options, near, org_suffixes)
        if match is not None and key not in merged_into:
            merged_into[key] = match
    # A short form of an organisation's name that starts it ("Pro Fauna" of "Pro Fauna Switzerland", "GMB" of
    # "GMB Scotland") is that organisation, when it is the only one so named in the story.
    org_prefixes = _organisation_prefix_index(groups, kinds)
    for key in sorted(groups):
        match = _org_prefix_match(key, groups, kinds, near, org_prefixes)
        if match is not None and key not in merged_into:
            merged_into[key] = match
    holders = _RoleHolders(groups, kinds, load_gazetteer())
    for key in sorted(groups):
        if key.startswith(ROLE_PREFIX):
            holder = _role_holder(key, groups, kinds, load_gazetteer(), merged_into, holders)
            if holder is None:
                del groups[key]  # a role no one named holds is not an actor
            else:
                merged_into[key] = holder
    organisations = set()
    for key, target in _organisation_variants(groups, kinds, load_gazetteer()).items():
        merged_into.setdefault(key, target)
        if kinds[target] == "organization":
            organisations.add(target)  # "the Conservatives" with "the Conservative Party": the party
    # a short name two articles gave two names of one organisation ("the ruling Social Democrats (PSD)", "the Social
    # Democratic Party (PSD)"), now that they are one
    join_short_names()
    for key, target in _misspelt_people(groups, kinds, near).items():
        merged_into.setdefault(key, target)
    variants = _VariantIndex(groups, kinds, load_gazetteer())
    for key, group in affiliations.items():
        target = _affiliation_target(key, groups, kinds, merged_into, load_gazetteer(), variants)
        if target is not None:
            groups[key] = group
            merged_into[key] = target
    for key, target in sorted(merged_into.items()):
        seen = {key}
        while target in merged_into and target not in seen:
            seen.add(target)
            target = merged_into[target]
        if target == key:
            continue
        source, dest = groups.pop(key), groups[target]
        if not key.startswith((ROLE_PREFIX, AFFILIATION_PREFIX)):
            dest["names"].update(source["names"])
        if key in relabelled:
            # The short form's model labels are not evidence of kind once it is known to be a person.
            dest["votes"]["person"] += sum(source["votes"].values())
        elif key in renamed:
            dest["votes"]["organization"] += sum(source["votes"].values())
        else:
            dest["votes"].update(source["votes"])
        for field_name in ("surfaces", "articles", "members", "titles", "cues"):
            dest[field_name] |= source[field_name]
        dest["roles"].extend(r for r in source["roles"] if r.source != COREFERENCE)
        dest["mentions"] += source["mentions"]
    for key in organisations:
        if key in groups:
            groups[key]["votes"]["organization"] += sum(groups[key]["votes"].values())

    actors: list[Actor] = []
    link: dict[tuple[str, str], str] = {}
    used_ids: set[str] = set(RESERVED)
    for key in sorted(groups, key=lambda k: (slugify(_fullest(groups[k]["names"]), fallback="actor"), k)):
        group = groups[key]
        name = _fullest(group["names"])
        kind = _decide_kind(group["votes"])
        actor_id = slugify(name, fallback="actor")
        base, n = actor_id, 2
        while actor_id in used_ids:
            actor_id, n = f"{base}-{n}", n + 1
        used_ids.add(actor_id)
        roles: list[Role] = []
        seen_roles: set[tuple[str, str]] = set()
        for role in sorted(group["roles"], key=lambda r: (r.article,)):
            if (_fold(role.text), role.article) not in seen_roles:  # the first of each role in an article
                seen_roles.add((_fold(role.text), role.article))
                roles.append(role)
        # Ties of case ("BAGHDAD", "Baghdad") by the text itself, not by the set's order (which the hash seed sets).
        aliases = sorted({s for s in group["surfaces"] | set(group["names"]) if _fold(s) != _fold(name)}, key=lambda s: (s.casefold(), s))
        actors.append(Actor(id=actor_id, name=name, kind=kind, aliases=aliases, roles=roles, articles=sorted(group["articles"]), mentions=group["mentions"]))
        for member in group["members"]:
            link[member] = actor_id
    actors.sort(key=lambda a: a.id)
    # a short form two actors go by ("Kostakis" of Treasurer Maria and of Cr Anne Kostakis) names neither of them:
    # no alias of either
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        for surface in (actor.name, *actor.aliases):
            owners[_fold(surface)].add(actor.id)
    for actor in actors:
        actor.aliases = [a for a in actor.aliases if len(owners[_fold(a)]) < 2]
    # Quotes already found in the analyses: the further speakers of one quote ("X and Y said") get their ids.
    for article in order:
        analysis = analyses.get(article.id)
        for quote in analysis.quotes if analysis is not None else []:
            first = link.get((article.id, quote.speaker_name)) if quote.speaker_name else None
            others = (link.get((article.id, name)) for name in quote.other_speaker_names)
            quote.other_speakers = [actor_id for actor_id in dict.fromkeys(others) if actor_id and actor_id != first]
    return actors, dict(sorted(link.items()))


# Styles a peer or a knight is called by, which belong to how the name is written ("Lord Goldsmith",
# "Sir Ian Blair", "Dame Kelly Holmes"), unlike "Mr" or "Dr": the styled form is an alias.
STYLED_NAME = re.compile(r"\b(Sir|Dame|Lord|Lady|Baroness|Baron)\s+\Z")


def _is_first_name(key: str, matches: Sequence[str], groups: Mapping[str, dict]) -> bool:
    """One word that is the first name of every fuller name it matches, and no one's surname, in a
    corpus that writes their surnames alone ("Clarke said"): in a name written surname first ("Kim
    Jong Un", "Kim Yo Jong") the shared first word is the surname, and the last word is never alone."""
    if len(key.split()) != 1 or not all(m.split()[0] == key and m.split()[-1] != key for m in matches):
        return False
    return any([t for t in m.split() if t not in NAME_SUFFIXES][-1] in groups for m in matches)


# A surname written alone joins the namesake with this many times the mentions of each other one.
DOMINANCE = 3


def _dominant_namesake(key: str, matches: Sequence[str], groups: Mapping[str, dict]) -> str | None:
    """The person a bare surname stands for across the corpus when several share it: the one with
    DOMINANCE times the mentions of every other, provided no article of the bare surname names
    another of them ("Trump" beside Donald Trump Jr. in a corpus about Donald Trump)."""
    if len(key.split()) != 1 or not all([t for t in m.split() if t not in NAME_SUFFIXES][-1] == key for m in matches):
        return None
    ranked = sorted(matches, key=lambda m: (-groups[m]["mentions"], m))
    top, others = ranked[0], ranked[1:]
    if any(groups[top]["mentions"] < DOMINANCE * max(1, groups[m]["mentions"]) for m in others):
        return None
    if any(groups[m]["articles"] & groups[key]["articles"] for m in others):
        return None
    return top


def _speaks(body: str, mention: Mention) -> bool:
    """The mention is the speaker of its clause: "Walsh said", "Walsh, of Ibec, told", "said Walsh."."""
    if SPEAKS_AFTER.match(body, mention.end):
        return True
    before = body[max(0, mention.start - 30) : mention.start]
    if not SPEAKS_BEFORE.search(before):
        return False
    # "..., said Walsh." ends the clause; "said Walsh would resign" reports what Walsh does.
    after = body[mention.end : mention.end + 2]
    return before.rstrip().lower().endswith("according to") or not after.strip() or after.lstrip()[:1] in ".,;:\n"


# A company's legal form after its name
COMPANY_SUFFIXES = frozenset(
    "inc ltd plc llc llp corp co limited incorporated bhd berhad sdn pty pte pvt gmbh spa srl".split()
)


def _name_variant_key(key: str, gazetteer: Gazetteer) -> tuple[str, ...]:
    """Words of an organisation or group name that its variants share: singular, without "party",
    a general synonym replaced ("Tories" → conservative; "Conservative Party" → conservative;
    "Liberal Democrats" → liberal democrat; "Democratic Party" → democrat)."""
    words = [w.strip(".") for w in key.split()]
    if len(words) == 1 and "." in words[0]:
        words = [words[0].replace(".", "")]  # "E.P.A." is "EPA"
    if len(words) > 1 and words[-1] == "party":
        words = words[:-1]
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words = words[:-1]  # "Maplestar Grocers Inc." is "Maplestar Grocers"
    folded = []
    for word in words:
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        elif word.endswith("ic") and len(word) > 6:
            word = word[:-2]  # "democratic" → "democrat", "republic" is too short to be touched
        folded.append(gazetteer.party_synonyms.get(word, word))
    return tuple(folded)


def _abbreviates(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """ "Lib Dem" ~ "Liberal Democrat": as many words, each the start of the other's, one clipped."""
    return (
        len(short) == len(full) > 1
        and short != full
        and all(len(a) >= 2 and b.startswith(a) for a, b in zip(short, full))
    )


def _clip(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """What a name and every name it abbreviates (:func:`_abbreviates`) share: the first two letters of each
    word; None when no name can abbreviate to it."""
    if len(words) < 2 or any(len(w) < 2 for w in words):
        return None
    return tuple(w[:2] for w in words)


def _clipped_index(names) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """Names (word tuples) by :func:`_clip`, each list in the order of ``names``."""
    index: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for full in names:
        if len(full) > 1 and all(w for w in full):
            index[tuple(w[:2] for w in full)].append(full)
    return index


def _organisation_variants(groups: Mapping[str, dict], kinds: Mapping[str, str], gazetteer: Gazetteer) -> dict[str, str]:
    """Organisation and group names that are one body: singular and plural, with or without
    "Party", a clipped form ("Lib Dems"), a general synonym ("Tories"). Each joins the fullest
    organisation name of its set; a party written as its members stays an organisation."""
    variant_of: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in sorted(groups):
        if kinds[key] in ("organization", "group"):
            variant_of[_name_variant_key(key, gazetteer)].append(key)
    # The keys of variant_of stay the same from here on (lists are emptied, never removed).
    clipped = _clipped_index(variant_of)
    for short in sorted(variant_of):
        fulls = [full for full in clipped.get(_clip(short), ()) if _abbreviates(short, full)]
        if len(fulls) == 1:
            variant_of[fulls[0]].extend(variant_of[short])
            variant_of[short] = []
    # An acronym ("EPA", "E.P.A.") is the one organisation of the corpus whose initials it spells. Only
    # one-word lists are emptied or filled here, so the longer names' initials are read once.
    initials: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for full, others in variant_of.items():
        if others and len(full) > 1:
            for spelling in sorted(_acronym_spellings(_fullest(groups[others[0]]["names"]))):
                initials[spelling].append(full)
    for short in sorted(variant_of):
        members = variant_of[short]
        if len(short) != 1 or not members or not all(_fullest(groups[k]["names"]).replace(".", "").isupper() for k in members):
            continue
        fulls = initials.get(short[0].upper(), [])
        if len(fulls) == 1:
            variant_of[fulls[0]].extend(members)
            variant_of[short] = []
    # The model calls a clipped party name a person now and then ("Lib Dems"); a name whose every
    # word starts the words of one organisation's name is that organisation. (Only lists with members
    # grow here, so which lists have members does not change.)
    for key in sorted(groups):
        if kinds[key] in ("organization", "group") or len(key.split()) < 2:
            continue
        short = _name_variant_key(key, gazetteer)
        fulls = [full for full in ([short] if short in variant_of else []) if variant_of[full]]
        fulls += [full for full in clipped.get(_clip(short), []) if variant_of[full] and _abbreviates(short, full)]
        if len(fulls) == 1:
            variant_of[fulls[0]].append(key)
    merged: dict[str, str] = {}
    for members in variant_of.values():
        if len(members) < 2:
            continue
        target = max(members, key=lambda k: (kinds[k] == "organization", len(k.split()), groups[k]["mentions"], k))
        for key in members:
            if key != target:
                merged[key] = target
    return merged


class _VariantIndex:
    """The organisations and groups of the corpus by :func:`_name_variant_key`, computed once."""

    def __init__(self, groups: Mapping[str, dict], kinds: Mapping[str, str], gazetteer: Gazetteer):
        self.by_key: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for other in groups:
            if kinds.get(other) in ("organization", "group") and not other.startswith(ROLE_PREFIX):
                self.by_key[_name_variant_key(other, gazetteer)].append(other)
        self.clipped = _clipped_index(self.by_key)

    def named(self, short: tuple[str, ...]) -> list[str]:
        """The organisations whose variant key is ``short`` or one it abbreviates."""
        fulls = ([short] if short in self.by_key else []) + [f for f in self.clipped.get(_clip(short), []) if _abbreviates(short, f)]
        return [other for full in fulls for other in self.by_key[full]]


def _affiliation_target(key: str, groups: Mapping[str, dict], kinds: Mapping[str, str], merged_into: Mapping[str, str], gazetteer: Gazetteer,
                        variants: _VariantIndex | None = None) -> str | None:
    """The one organisation (or group) of the corpus a body written before a role names: its name in
    one of its forms ("Liberal Democrat" → the Liberal Democrats, "Tory" → the Conservative Party,
    "Lib Dem" → the Liberal Democrats), followed to the actor it joined; None when none or several."""
    short = _name_variant_key(key[len(AFFILIATION_PREFIX) :], gazetteer)
    targets = set()
    for other in (variants or _VariantIndex(groups, kinds, gazetteer)).named(short):
        if other not in groups:
            continue
        seen = {other}
        while other in merged_into and merged_into[other] not in seen:
            other = merged_into[other]
            seen.add(other)
        targets.add(other)
    return targets.pop() if len(targets) == 1 else None


def _misspelt_people(groups: Mapping[str, dict], kinds: Mapping[str, str], near: _ArticleIndex | None = None) -> dict[str, str]:
    """A full name written once with its surname misspelt ("David Davies" for David Davis, "Ian
    McDonald" for Ian MacDonald): same first name, surnames one letter apart (or Mc/Mac), in the
    same story, written once or twice against at least twice as often; the rarer form joins the commoner."""
    people = [k for k in sorted(groups) if kinds[k] == "person" and len(k.split()) == 2]
    by_first: dict[str, list[str]] = defaultdict(list)  # in the order of `people`
    for key in people:
        by_first[key.split()[0]].append(key)
    merged: dict[str, str] = {}
    for rare in people:
        for common in by_first[rare.split()[0]]:
            first_a, last_a = rare.split()
            first_b, last_b = common.split()
            if rare == common or first_a != first_b or min(len(last_a), len(last_b)) < 4:
                continue
            if groups[rare]["mentions"] > 2 or 2 * groups[rare]["mentions"] > groups[common]["mentions"]:
                continue
            if _one_letter_apart(last_a.replace("mac", "mc", 1), last_b.replace("mac", "mc", 1)) and _share_context(rare, common, groups, kinds, near):
                merged[rare] = common
                break
    return merged


def _one_letter_apart(a: str, b: str) -> bool:
    """Equal, or one letter inserted, deleted or changed."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    shorter, longer = sorted((a, b), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _speaking_surname_match(key: str, groups: Mapping[str, dict], kinds: Mapping[str, str], by_token: Mapping[str, set[str]], options: ActorOptions,
                            near: _ArticleIndex | None = None, end_words: Mapping[str, set[str]] | None = None) -> str | None:
    """The one person a speaking one-word name of another kind stands for, if there is exactly one."""
    group = groups[key]
    if len(key.split()) != 1 or kinds[key] in ("person", "country") or not group["speaks"]:
        return None
    if group["cues"] - {"person"} or load_gazetteer().is_place_word(key) or any(_fold(a) == key for a in options.aliases.values()):
        return None
    # (the first surname of a three-word name too, "Pacheco said" of Ernesto Pacheco Luna: the story is checked below)
    people = sorted(
        (other for other in by_token.get(key, set()) if _matches_short(key, other, tail=True)
         and not _titles_conflict(group["titles"], groups[other]["titles"])),
        key=lambda k: (-len(k.split()), -len(k), k),
    )
    if not people:
        return None
    if len(people) > 1 and not all(p == people[0] or _matches_short(p, people[0]) for p in people):
        # "Conor Walsh" and "Mary Walsh": a bare "Walsh" could be either, unless one dominates
        people = [p for p in [_dominant_namesake(key, people, groups)] if p]
        if not people:
            return None
    # No other actor is named by that word: "Ford said" beside the "Ford Motor Company" is the company.
    named = (end_words if end_words is not None else _end_word_index(groups)).get(key, ())
    if any(other != key and other in groups and kinds[other] != "person" for other in named):
        return None
    if not _share_context(key, people[0], groups, kinds, near):
        return None
    return people[0]


def _generic_org_match(key: str, groups: Mapping[str, dict], kinds: Mapping[str, str], options: ActorOptions,
                       near: _ArticleIndex | None = None, suffixes: Mapping[tuple[str, ...], list[str]] | None = None) -> str | None:
    """The one longer organisation name ending with a multi-word organisation name, when the two
    articles share the story (:func:`_share_context`): "Chamber of Commerce" in an opinion piece
    is the "Bristol Chamber of Commerce" of the news reports beside it."""
    words = key.split()
    # a one-word name may have been read as a group of people ("the Rhinos" voted): the organisation it ends
    if kinds[key] not in ("organization", "group") or len(words) > 1 and kinds[key] != "organization" or any(
            _fold(a) == key for a in options.aliases.values()):
        return None
    # one word joins too when it is a name, not a noun for any body ("the Rhinos" of the "Highveld Rhinos";
    # never "Union" or "Council")
    gazetteer = load_gazetteer()
    if len(words) < 2 and (not words or words[0] in gazetteer.organization_nouns | gazetteer.civic_bodies
                           or words[0].rstrip("s") in gazetteer.organization_nouns | gazetteer.civic_bodies):
        return None
    suffixes = suffixes if suffixes is not None else _organisation_suffix_index(groups, kinds)
    matches = [other for other in suffixes.get(tuple(words), ()) if other != key and other in groups]
    if len(matches) != 1 or not _share_context(key, matches[0], groups, kinds, near):
        return None
    return matches[0]


def _org_prefix_match(key: str, groups: Mapping[str, dict], kinds: Mapping[str, str],
                      near: _ArticleIndex | None = None,
                      prefixes: Mapping[tuple[str, ...], list[str]] | None = None) -> str | None:
    """The one longer organisation name that starts with the words of organisation name ``key`` (two words or
    more, or an acronym: "GMB" of "GMB Scotland", "Department of National Parks" of "Department of National
    Parks, Wildlife and Plant Conservation"), when the two share the story (:func:`_share_context`); else None.
    (A one-word name that is a word, "Ford" of the "Ford Foundation", may be another body.)"""
    words = key.split()
    if kinds[key] != "organization" or not words or key.startswith((ROLE_PREFIX, AFFILIATION_PREFIX)):
        return None
    if len(words) < 2 and not _fullest(groups[key]["names"]).replace(".", "").isupper():
        return None
    gazetteer = load_gazetteer()
    bodies = gazetteer.organization_nouns | gazetteer.civic_bodies
    # (the longer name adds where, not another body: not "UN" of the "UN Security Council")
    prefixes = prefixes if prefixes is not None else _organisation_prefix_index(groups, kinds)
    matches = [other for other in prefixes.get(tuple(words), ()) if other != key
               and not any(w.strip(",") in bodies or w.strip(",").rstrip("s") in bodies
                           for w in other.split()[len(words):])]
    if len(matches) != 1 or not _share_context(key, matches[0], groups, kinds, near):
        return None
    return matches[0]


def _share_context(key: str, other: str, groups: Mapping[str, dict], kinds: Mapping[str, str], near: _ArticleIndex | None = None) -> bool:
    """Whether the articles of two names are about the same story: some third actor that is not a
    country appears beside both. A footballer "Clarkson" who speaks in a match report is not the
    Jeremy Clarkson of a television story; a "Walsh said" in a follow-up that also names Ibec is
    the Conor Walsh of Ibec."""
    here, there = groups[key]["articles"], groups[other]["articles"]
    if near is None:
        near = _ArticleIndex(groups)
    if len(there) < len(here):
        here, there = there, here
    return any(
        third not in (key, other) and third in groups and kinds[third] != "country" and groups[third]["articles"] & there
        for third in near.beside(here)
    )


def _named_alias_index(order: Sequence[Article], analyses: Mapping[str, ArticleAnalysis], groups: Mapping[str, dict],
                       kinds: Mapping[str, str], options: ActorOptions) -> dict[str, set[str]]:
    """{short name: the organisations some article gave it to}: the surfaces an article joined to an
    organisation that are not words of its name nor its initials ("Sindsan" of "Pernambuco Sanitation
    Workers' Union", "MPPE" of "Pernambuco Public Prosecutor's Office"), and the one-word other names of a person
    ("Timochenko" of Rodrigo Londoño, "Jokowi" of Joko Widodo)."""
    gazetteer = load_gazetteer()
    index: dict[str, set[str]] = defaultdict(set)
    for article in order:
        analysis = analyses.get(article.id)
        if analysis is None:
            continue
        for surface, canonical in analysis.names.items():
            target = _fold(_alias(canonical, options) or canonical)
            if surface == canonical or not surface[:1].isupper() or surface in options.aliases or target.startswith((ROLE_PREFIX, AFFILIATION_PREFIX)):
                continue
            words = _fold(surface).split()
            # (a person's other name, one word that is no word of theirs nor a title: "Timochenko" of Rodrigo Londoño)
            nickname = (len(words) == 1 and kinds.get(target) == "person" and analysis.kinds.get(canonical) == "person"
                        and not any(_fold(w) in words for w in canonical.split())
                        and _word_key(surface) not in gazetteer.person_titles | gazetteer.honorifics)
            if target not in groups or not nickname and (
                    kinds.get(target) != "organization" or analysis.kinds.get(canonical) != "organization"):
                continue
            if set(words) <= set(target.split()) or surface.replace(".", "").upper() in _acronym_spellings(canonical):
                continue
            index[_fold(surface)].add(target)
    return index


class _ArticleIndex:
    """Which groups appear in each article: the groups beside a set of articles without a scan of all groups.
    Built from the groups' articles (which do not change until groups merge); a group that has left
    ``groups`` since is for the caller to skip."""

    def __init__(self, groups: Mapping[str, dict]):
        self.groups_in: dict[str, list[str]] = defaultdict(list)
        for key, group in groups.items():
            for article in group["articles"]:
                self.groups_in[article].append(key)

    def beside(self, articles) -> set[str]:
        return {key for article in articles for key in self.groups_in.get(article, ())}


def _end_word_index(groups: Mapping[str, dict]) -> dict[str, set[str]]:
    """{word: the group keys whose first or last word (name suffixes aside) it is}."""
    index: dict[str, set[str]] = defaultdict(set)
    for other in groups:
        words = [w for w in other.split() if w not in NAME_SUFFIXES]
        if words:
            index[words[0]].add(other)
            index[words[-1]].add(other)
    return index


def _organisation_suffix_index(groups: Mapping[str, dict], kinds: Mapping[str, str]) -> dict[tuple[str, ...], list[str]]:
    """{the last n words of an organisation name: the organisation names with more than n words ending so},
    each list sorted."""
    index: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for other in sorted(groups):
        if kinds[other] == "organization":
            words = other.split()
            for n in range(1, len(words)):
                index[tuple(words[-n:])].append(other)
    return index


def _organisation_prefix_index(groups: Mapping[str, dict], kinds: Mapping[str, str]) -> dict[tuple[str, ...], list[str]]:
    """{the first n words of an organisation name, commas aside: the organisation names with more than n words
    starting so}, each list sorted (the twin of :func:`_organisation_suffix_index`)."""
    index: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for other in sorted(groups):
        if kinds[other] == "organization" and not other.startswith((ROLE_PREFIX, AFFILIATION_PREFIX)):
            words = [w.strip(",") for w in other.split()]
            for n in range(1, len(words)):
                index[tuple(words[:n])].append(other)
    return index


def _fullest(names: Counter) -> str:
    """The fullest form: most words, then longest, then most frequent, then alphabetical."""
    return min(names, key=lambda n: (-len(n.split()), -len(n), -names[n], n))


def actor_contexts(
    articles: Sequence[Article], analyses: Mapping[str, ArticleAnalysis], link: Mapping[tuple[str, str], str]
) -> dict[tuple[str, str], tuple[str, int]]:
    """One sentence of context per (actor id, article id): ``(sentence, paragraph index)``.

    Prefers the first sentence where the actor has a title or role cue, else the first mention.
    """
    contexts: dict[tuple[str, str], tuple[str, int]] = {}
    for article in sorted(articles, key=lambda a: a.id):
        analysis = analyses.get(article.id)
        if analysis is None:
            continue
        best: dict[str, tuple[int, int, Mention]] = {}
        for position, mention in enumerate(analysis.mentions):
            canonical = analysis.names.get(mention.text, mention.text)
            actor_id = link.get((article.id, canonical))
            if actor_id is None:
                continue
            score = 2 if mention.label == "TITLE" else 0 if (mention.title or mention.kind_hint == "person") else 1
            if actor_id not in best or (score, position) < best[actor_id][:2]:
                best[actor_id] = (score, position, mention)
        for actor_id, (_, _, mention) in best.items():
            contexts[(actor_id, article.id)] = (mention.sentence, mention.paragraph)
    return dict(sorted(contexts.items()))
