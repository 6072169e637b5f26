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
