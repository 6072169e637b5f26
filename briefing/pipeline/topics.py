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
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence

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
    names: Collection[str] = (),
) -> list[Issue]:
    """``issues`` with each debate's main issue's keywords followed by its topic words.

    ``nouns`` maps an article id to how often it uses each noun lemma (lower case), ``titles`` an article id to
    its headline, ``names`` are the actors' names (their words are never topics). Issues from mkdocs.yml (no
    articles of their own) are left as they are."""
    from wordfreq import zipf_frequency

    held = {issue.id: (len({p.actor for p in positions if p.issue == issue.id}),
                       sum(p.issue == issue.id for p in positions)) for issue in issues}
    name_words = {_fold(word) for name in names for word in _WORD.findall(name)}
    # a word another issue is named by is that issue's ("talk" beside the issue "Talks between the two Koreas")
    words_of = {issue.id: {_fold(part) for text in [issue.label, *issue.keywords] for w in _WORD.findall(text)
                           for part in [w, *w.split("-")]} for issue in issues}
    added: dict[str, list[str]] = {}
    for debate in _debates([issue for issue in issues if issue.articles]):
        main = max(debate, key=lambda issue: held[issue.id])
        stories = sorted({article for issue in debate for article in issue.articles if article in nouns})
        if not stories or held[main.id][0] == 0:
            continue
        headline_words = {_fold(part) for article in stories for w in _WORD.findall(titles.get(article, ""))
                          for part in [w, *w.split("-")]}
        share = Counter(noun for article in stories for noun in nouns[article])
        uses = Counter()
        for article in stories:
            uses.update(nouns[article])
        own = words_of[main.id]
        others = {word for issue in issues if issue not in debate for word in words_of[issue.id]}
        scored = []
        for noun, stories_using in share.items():
            if (2 * stories_using < len(stories) or (len(stories) > 1 and stories_using < 2)
                    or _fold(noun) not in headline_words or _fold(noun) in others - own
                    or _fold(noun) in name_words):
                continue
            rarity = COMMON_ZIPF - zipf_frequency(noun, "en")
            if rarity > 0:
                scored.append((-uses[noun] * rarity, noun))
        ranked = [noun for _, noun in sorted(scored)]
        if not own & {_fold(noun) for noun in ranked[:NAMED_TOPIC]}:
            added[main.id] = ranked[:TOPIC_WORDS]
    return [Issue(issue.id, issue.label, list(dict.fromkeys(issue.keywords + added[issue.id])), issue.opposite,
                  issue.articles) if added.get(issue.id) else issue for issue in issues]


def noun_counts(doc, terms_of: Sequence[str | None]) -> tuple[tuple[str, int], ...]:
    """(noun lemma, how often) of a parse, by lemma: ``terms_of`` are summarize.token_terms of ``doc`` (a stop
    word, a number or punctuation has none)."""
    counts = Counter(term for token, term in zip(doc, terms_of)
                     if term is not None and token.pos_ in ("NOUN", "PROPN") and not token.like_num)
    return tuple(sorted(counts.items()))


def _debates(issues: Sequence[Issue]) -> list[list[Issue]]:
    """The issues grouped by the stories they share (one group per chain of shared stories), in first-seen order."""
    groups: list[tuple[set[str], list[Issue]]] = []
    for issue in issues:
        stories, members = set(issue.articles), [issue]
        for group in [g for g in groups if g[0] & stories]:
            groups.remove(group)
            stories |= group[0]
            members = group[1] + members
        groups.append((stories, members))
    return [members for _, members in groups]


def _fold(word: str) -> str:
    """A word as the headline and the lemma both give it: lower case, no possessive, no plural -s."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s") or word.endswith("s'"):
        word = word[:-2] if word.endswith("'s") else word[:-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
