"""What each debate is about: the topic words an issue's stories share, added to the issue's keywords.

An issue is labelled with the phrase its stances target ("Pay deal", "Late amendment"), which says what is
argued over but often not what about: a reader of "Late amendment" wants to see that it is the one on logging
in the beetle-hit forest. Those words are the stories' own: nouns that at least half the debate's stories use,
that one of their headlines names, ranked by how often the stories use them against how common they are in
English at large (the ``wordfreq`` lists, general language: "doctor" is common in the stories and rare-ish in
English, "government" common in both). Names of the corpus's actors are who argues, never what about, and a
word an issue of another debate (or of mkdocs.yml) is named by is that issue's.

Several issues argued in the same stories are one debate (the measure, its delay, its referendum): the topic
words go to the issue the most actors take a side on there, the debate's main question, so a side question
keeps its own label and words.

A folder may hold several debates: :func:`story_debates` groups its stories by the rare nouns they share, before
issues are found, so that each debate's issues are found in its own stories (see build.py).
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from briefing.models import Issue, Position

# How many topic words an issue gets at most.
TOPIC_WORDS = 5
# A label that has one of the stories' first few topic words already says what the debate is about: it gets none.
NAMED_TOPIC = 3
# wordfreq's Zipf scale: 6 is a word used once in a thousand ("said"), 3 once in a million. A noun this
# common or more is no topic, whatever the stories.
COMMON_ZIPF = 6.0

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def with_topics(
    issues: Sequence[Issue],
    positions: Sequence[Position],
    nouns: Mapping[str, Mapping[str, int]],
    titles: Mapping[str, str],
    names: Mapping[str, str] | None = None,
) -> list[Issue]:
    """``issues`` with each debate's main issue's keywords followed by its topic words.

    ``nouns`` maps an article id to how often it uses each noun lemma (lower case; empty when the article has no
    parse), ``titles`` an article id to its headline, ``names`` each name of an actor to its kind: no word of a
    person's name is a topic, nor the one-word name of any actor ("Greenpeace"); a word of an organisation's longer
    name may be ("doctor" beside a "Junior Doctors Committee"). Issues from mkdocs.yml (no articles of their own)
    are left as they are."""
    from wordfreq import zipf_frequency

    names = names or {}
    holders, counts = defaultdict(set), Counter()
    for p in positions:
        holders[p.issue].add(p.actor)
        counts[p.issue] += 1
    held = {issue.id: (len(holders[issue.id]), counts[issue.id]) for issue in issues}
    named = _name_words(names, one_word_names=True)
    # a word another issue is named by is that issue's ("talk" beside the issue "Talks between the two Koreas")
    words_of = {issue.id: _words(issue.label, *issue.keywords) for issue in issues}
    added: dict[str, list[str]] = {}
    for debate in _debates([issue for issue in issues if issue.articles]):
        # (the issue most actors take a side on; of two as many, the one the discovery lists first)
        main = max(debate, key=lambda issue: held[issue.id])
        stories = sorted({article for issue in debate for article in issue.articles if nouns.get(article)})
        if not stories or held[main.id][0] == 0:
            continue
        headline_words = _words(*(titles.get(article, "") for article in stories))
        share = Counter(noun for article in stories for noun in nouns[article])
        uses = Counter()
        for article in stories:
            uses.update(nouns[article])
        own = words_of[main.id]
        others = {word for issue in issues if issue not in debate for word in words_of[issue.id]} - own
        scored = []
        for noun, stories_using in share.items():
            forms = _forms(noun)
            if (2 * stories_using < len(stories) or (len(stories) > 1 and stories_using < 2)
                    or not forms & headline_words or forms & others or forms & named):
                continue
            rarity = COMMON_ZIPF - zipf_frequency(noun, "en")
            if rarity > 0:
                scored.append((-uses[noun] * rarity, noun))
        ranked = [noun for _, noun in sorted(scored)]
        if not any(_forms(noun) & own for noun in ranked[:NAMED_TOPIC]):
            added[main.id] = [noun for noun in ranked[:TOPIC_WORDS] if not _forms(noun) & own]
    return [Issue(issue.id, issue.label, list(dict.fromkeys(issue.keywords + added[issue.id])), issue.opposite,
                  issue.articles) if added.get(issue.id) else issue for issue in issues]


def noun_counts(doc, terms_of: Sequence[str | None]) -> tuple[tuple[str, int], ...]:
    """(noun lemma, how often) of a parse, by lemma: ``terms_of`` are summarize.token_terms of ``doc`` (a stop
    word, a number or punctuation has none)."""
    counts = Counter(term for token, term in zip(doc, terms_of)
                     if term is not None and token.pos_ in ("NOUN", "PROPN") and not token.like_num)
    return tuple(sorted(counts.items()))


def _name_words(names: Mapping[str, str], one_word_names: bool = False) -> set[str]:
    """The words of people's names among ``names`` (name -> actor kind), with ``one_word_names`` the one-word name
    of any actor too ("Greenpeace")."""
    return {_plain(word) for name, kind in names.items() for word in _WORD.findall(name)
            if kind == "person" or one_word_names and len(_WORD.findall(name)) == 1}


def linked_groups(count: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The items ``0 .. count - 1`` grouped by the ``pairs`` that link them, directly or through each other: each
    group in index order, the groups in the order of their first item."""
    parent = list(range(count))

    def root(n: int) -> int:
        while parent[n] != n:
            n = parent[n]
        return n

    for a, b in pairs:
        parent[root(a)] = root(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for n in range(count):
        groups[root(n)].append(n)
    return list(groups.values())


def _debates(issues: Sequence[Issue]) -> list[list[Issue]]:
    """The issues grouped by the stories they share (one group per chain of shared stories), each group in the
    order of ``issues``."""
    pairs = [(a, b) for a, b in itertools.combinations(range(len(issues)), 2)
             if set(issues[a].articles) & set(issues[b].articles)]
    return [[issues[n] for n in group] for group in linked_groups(len(issues), pairs)]


def _plain(word: str) -> str:
    """A word as written, lower case, without the quotation marks around it and without a possessive."""
    word = word.lower().replace("’", "'").strip("'")
    return word[:-2] if word.endswith("'s") else word


def _words(*texts: str) -> set[str]:
    """The plain words of some texts, and the parts of each hyphened one ("Beetle-hit": beetle-hit, beetle, hit)."""
    return {_plain(part) for text in texts for word in _WORD.findall(text) for part in [word, *word.split("-")]}


def _forms(noun: str) -> set[str]:
    """A noun lemma and the plurals English writes it with: tax, taxes; party, parties; crisis, crises."""
    forms = {noun, noun + "s"}
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(noun + "es")
    if noun.endswith("y") and len(noun) > 2 and noun[-2] not in "aeiou":
        forms.add(noun[:-1] + "ies")
    if noun.endswith("is"):
        forms.add(noun[:-2] + "es")
    if noun.endswith("man"):
        forms.add(noun[:-3] + "men")
    return forms


# A story's signature: its SIGNATURE_WORDS most characteristic nouns (used at least twice, weighted by use and by
# rarity in English). Two stories are of one debate when the signature words they share weigh SAME_DEBATE or more
# (rarity summed: "beetle" 2.5, "logging" 2.2, "parliament" 1.3; "said", "people" nothing).
SIGNATURE_WORDS = 25
SAME_DEBATE = 6.0
# ... and each is among the other's MUTUAL_NEIGHBOURS nearest stories: with single links alone, a corpus of 75
# debates chained into one group of 234 stories through stories that share a few rare words with several debates.
# Two groups whose stories share JOIN_DEBATES or more on average are one debate (its stories on two sides of it).
MUTUAL_NEIGHBOURS = 3
JOIN_DEBATES = 4.0


def _joined_groups(groups: list[list[int]], neighbours: Mapping[int, Mapping[int, float]]) -> list[list[int]]:
    """``groups`` with the two that share most joined while their stories share JOIN_DEBATES or more on average
    (every pair counted, a pair that shares nothing as 0): one debate's stories that the nearest links parted."""
    members = {g: list(group) for g, group in enumerate(groups)}
    group_of = {n: g for g, group in members.items() for n in group}
    totals: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))  # what two groups' stories share
    for i, others in neighbours.items():
        for j, weight in others.items():
            if i in group_of and j in group_of and group_of[i] != group_of[j]:
                totals[group_of[i]][group_of[j]] += weight
    while True:
        best, pair = JOIN_DEBATES, None
        for a in sorted(totals):
            for b in sorted(b for b in totals[a] if b > a):  # (each pair once: the totals are symmetric)
                average = totals[a][b] / (len(members[a]) * len(members[b]))
                if average >= best:
                    best, pair = average, (a, b)
        if pair is None:
            break
        a, b = pair
        members[a] += members.pop(b)
        for c, weight in totals.pop(b).items():
            del totals[c][b]
            if c != a:
                totals[a][c] += weight
                totals[c][a] += weight
    return [sorted(group) for _, group in sorted(members.items())]


def story_debates(nouns: Mapping[str, Mapping[str, int]], names: Mapping[str, str] | None = None) -> list[list[str]]:
    """The stories grouped into debates, each group in the order of ``nouns`` (article id -> noun lemma counts).

    Stories join when their signatures share enough rare words and each is among the other's MUTUAL_NEIGHBOURS
    nearest, and through each other; groups join when their stories share JOIN_DEBATES on average; a story that joins none
    goes to the group whose stories share most with it (a group of one such story before it too), or stays alone
    when it shares nothing: a debate's story that says little in its own words is not split off. Words of
    people's names (``names``: each actor's name -> its kind) are not signatures: one minister speaks in several
    debates."""
    from wordfreq import zipf_frequency

    person_words = _name_words(names or {})

    rarity: dict[str, float] = {}

    def rare(word: str) -> float:
        if word not in rarity:
            rarity[word] = max(0.0, COMMON_ZIPF - zipf_frequency(word, "en"))
        return rarity[word]

    ids = list(nouns)
    signatures = []
    for article in ids:
        scored = sorted(((-count * rare(word), word) for word, count in nouns[article].items()
                         if count >= 2 and word not in person_words and rare(word) > 0))
        signatures.append({word: rare(word) for _, word in scored[:SIGNATURE_WORDS]})

    # what each pair of stories shares, read through the stories each word signs (never the pairs that share none)
    signed_by: dict[str, list[int]] = defaultdict(list)
    for n, signature in enumerate(signatures):
        for word in signature:
            signed_by[word].append(n)
    shared: dict[tuple[int, int], float] = defaultdict(float)
    for word, stories in signed_by.items():
        for pair in itertools.combinations(stories, 2):
            shared[pair] += rarity[word]

    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), weight in shared.items():
        neighbours[i][j] = neighbours[j][i] = weight
    # a link counts when each story is among the other's nearest (a story that shares a few rare words with
    # stories of many debates joins none of them through them)
    nearest = {n: set(heapq.nsmallest(MUTUAL_NEIGHBOURS, others, key=lambda o: (-others[o], o)))
               for n, others in neighbours.items()}
    members = linked_groups(len(ids), [(i, j) for (i, j), weight in shared.items()
                                       if weight >= SAME_DEBATE and j in nearest[i] and i in nearest[j]])
    groups = _joined_groups([group for group in members if len(group) > 1], neighbours)
    group_of = {n: g for g, group in enumerate(groups) for n in group}
    for story in [g[0] for g in members if len(g) == 1]:
        weights: dict[int, float] = defaultdict(float)
        for other, weight in neighbours[story].items():
            if other in group_of:
                weights[group_of[other]] += weight
        if weights:
            best = max(sorted(weights), key=lambda g: weights[g])
            groups[best].append(story)
        else:
            best = len(groups)
            groups.append([story])
        group_of[story] = best
    return [[ids[n] for n in sorted(group)] for group in sorted(groups, key=min)]
