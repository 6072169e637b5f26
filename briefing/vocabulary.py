"""The vocabulary the analysis stages share: one list per meaning, so actors, quotes and positions agree.

* :data:`SPEECH_VERBS`: lemmas of verbs that report an utterance (``data/lexicon/speech_verbs.txt``);
  :data:`SPEECH_FORMS` adds the inflected forms the small model sometimes mis-lemmatises, and
  :func:`speech_forms` spells every lemma's past and third-person forms for matching plain text.
* :data:`ENTITY_KINDS`: spaCy entity label → actor kind, for labels that can name an actor. A label
  missing here (EVENT, LAW, WORK_OF_ART, DATE, numbers...) never names one.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing import lexicon

SPEECH_VERBS: frozenset[str] = lexicon.words("speech_verbs")

# Entity label → kind. A city or region the gazetteer does not know is "other" (a place) until a
# rule decides it acts; a building (FAC) is a place too.
ENTITY_KINDS: dict[str, str] = {
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "group",
    "GPE": "other",
    "LOC": "other",
    "FAC": "other",
}
ACTOR_LABELS: frozenset[str] = frozenset(ENTITY_KINDS)

_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "written", "writing"),
    "speak": ("spoke", "speaks", "spoken"),
    "admit": ("admitted", "admits"),
    "blog": ("blogged", "blogs"),
    "quip": ("quipped", "quips"),
    "snap": ("snapped", "snaps"),
    "plead": ("pleaded", "pled", "pleads"),
}


def speech_forms(lemmas: Iterable[str]) -> frozenset[str]:
    """Past and third-person forms of verbs ("warn" → "warned", "warns"), for plain-text matching."""
    forms: set[str] = set()
    for lemma in lemmas:
        if lemma in _IRREGULAR:
            forms.update(_IRREGULAR[lemma])
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
        elif lemma.endswith("e"):
            forms.update({lemma + "s", lemma + "d"})
        elif lemma.endswith(("s", "sh", "ch", "x")):
            forms.update({lemma + "es", lemma + "ed"})
        else:
            forms.update({lemma + "s", lemma + "ed"})
    return frozenset(forms)


SPEECH_FORMS: frozenset[str] = speech_forms(SPEECH_VERBS)
