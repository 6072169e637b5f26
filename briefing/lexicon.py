"""General-English word lists shared by the pipeline stages, read from ``briefing/data/lexicon/``.

One file per meaning (``speech_verbs.txt``: verbs that report an utterance, ...), one lemma or multi-word
cue per line, ``#`` starts a comment. Each file's header says what its words mean and which stages read it.
The lists hold general language only (reporting verbs, attitude words, hedges): never the subject of a
debate, a name or a topic. Stages import the lists from here so that one meaning has one list.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of ``data/lexicon/<name>.txt``, in file order, comments and blank lines dropped."""
    text = resources.files("briefing").joinpath(f"data/lexicon/{name}.txt").read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(entries)


@cache
def words(name: str) -> frozenset[str]:
    """The entries of ``data/lexicon/<name>.txt`` as a set (lower-cased)."""
    return frozenset(entry.lower() for entry in lines(name))


@cache
def _valences() -> dict[str, float]:
    """The VADER sentiment lexicon (Hutto & Gilbert 2014, MIT; shipped inside the ``vaderSentiment`` wheel):
    about 7,500 words and emoticons of general English rated by human judges from -4 to +4."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].isalpha():
            try:
                table[fields[0].lower()] = float(fields[1])
            except ValueError:
                continue
    for line in lines("valence_supplement"):
        word, rating = line.rsplit(maxsplit=1)
        table.setdefault(word.lower(), float(rating))
    return table


def valence(word: str) -> float:
    """How positive (up to +4) or negative (down to -4) general English rates ``word``; 0 when unrated."""
    return _valences().get(word.lower(), 0.0)
