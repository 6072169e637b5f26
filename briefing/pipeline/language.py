"""Language: which language each article is written in, and so which spaCy pipeline may read it.

Detection uses py3langid (a maintained fork of langid.py; its model ships inside the wheel, nothing is
downloaded). It runs on the cleaned body, so page furniture in another language (a site menu, a cookie
banner) does not decide. Probabilities are normalised, so a text the detector cannot place — a few words,
a list of names — gets a low confidence; such a text is *undetermined* and the build takes it to be in the
language of the configured model. That keeps short English texts, and English articles quoting foreign
words, analysed as before: only a text the detector is sure about is kept from a pipeline that cannot
read it.

:func:`route_articles` decides, per article, which pipeline parses it (or none) and says why an article
is left unanalysed: a note by default, a warning (which fails ``mkdocs build --strict``) when the user
opts in with ``strict_languages`` or when a pipeline named in ``models`` is not installed.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.models import Article
from briefing.pipeline import nlp

UNDETERMINED = "und"  # ISO 639-2's code for "cannot tell"
# Shorter texts are undetermined: below about one sentence the detector's guess is noise
# ("Merkel said: 'Wir schaffen das.'" comes out German).
MIN_LETTERS = 40
# Below this probability the best guess is undetermined. On 2,700 sentences of English news no
# sentence, however short, got another language with this confidence; 40-letter sentences of
# Russian, Korean, Japanese and Italian pages reach it.
MIN_CONFIDENCE = 0.5
# The detector decides on this many characters from the start; beyond that it only costs time.
DETECT_CHARS = 20_000
# py3langid's label for text with no linguistic content (numbers, symbols).
NO_LANGUAGE = "zxx"

# The languages the cue lists are written in: speech verbs (briefing/data/lexicon), quote attributions
# and stance cues. Articles in other languages get actors from their pipeline, but no quotes or positions.
CUE_LANGUAGES = frozenset({"en"})


@dataclass(frozen=True)
class Detection:
    """An article's language: an ISO 639 code (``en``, ``fr``) or :data:`UNDETERMINED`, and its probability."""

    language: str
    confidence: float


@functools.lru_cache(maxsize=1)
def _identifier():
    # Loading the model takes most of a second: once per process (``mkdocs serve`` rebuilds reuse it).
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> Detection:
    """The language of ``text``; undetermined when the text is too short or the detector unsure."""
    sample = text[:DETECT_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_LETTERS:
        return Detection(UNDETERMINED, 0.0)
    language, confidence = _identifier().classify(sample)
    confidence = round(float(confidence), 4)  # stable across platforms' float noise
    if language == NO_LANGUAGE or confidence < MIN_CONFIDENCE:
        return Detection(UNDETERMINED, confidence)
    return Detection(language, confidence)


def language_name(code: str) -> str:
    """``"French"`` for ``"fr"``; the code itself when no name is known."""
    if code == UNDETERMINED:
        return "undetermined"
    try:
        # Babel's locale data comes with Material for MkDocs; names only, so a missing Babel costs nothing.
        from babel import Locale

        return Locale.parse(code).get_display_name("en") or code
    except Exception:  # an unknown code (py3langid knows languages Babel does not) keeps its code
        return code


def _described(code: str) -> str:
    name = language_name(code)
    return f"{name} ({code})" if name != code else code


def route_articles(
    articles: Sequence[Article], model: str, models: Mapping[str, str], *, strict_languages: bool = False
) -> list[str | None]:
    """The pipeline that parses each article, in order; ``None`` for an article no pipeline reads.

    Sets ``article.language``. An article left unread gets one message, a note unless
    ``strict_languages`` (then a warning). A pipeline named in ``models`` but not installed is a
    configuration error: the first article it would read gets a warning saying so, whatever
    ``strict_languages`` says.
    """
    default_language = nlp.model_language(model)
    missing_warned: set[str] = set()
    pipelines: list[str | None] = []
    for article in articles:
        language = detect(article.body).language
        if language == UNDETERMINED and default_language != nlp.MULTI_LANGUAGE:
            language = default_language
        article.language = language
        pipeline = nlp.pipeline_for(language, model, models)
        if pipeline is not None and not nlp.is_installed(pipeline):
            message = _missing_pipeline_message(language, pipeline)
            first = pipeline not in missing_warned
            missing_warned.add(pipeline)
            (article.warnings if first or strict_languages else article.notes).append(message)
            pipeline = None
        elif pipeline is None:
            message = _unreadable_message(language, model, default_language, models)
            (article.warnings if strict_languages else article.notes).append(message)
        pipelines.append(pipeline)
    return pipelines


def _unreadable_message(language: str, model: str, default_language: str, models: Mapping[str, str]) -> str:
    readers = [f"{model} reads {_described(default_language)}"]
    readers += [f"{name} reads {_described(code)}" for code, name in sorted(models.items())]
    return (
        f"written in {_described(language)}, which no configured spaCy pipeline reads ({'; '.join(readers)}): "
        f"its text is published without actors, quotes or positions. To analyse it, install a spaCy pipeline for "
        f"{language_name(language)} and map it with the option models ({language}: <pipeline>)."
    )


def _missing_pipeline_message(language: str, pipeline: str) -> str:
    return (
        f"written in {_described(language)}, but the spaCy pipeline {pipeline!r} that the option models names for it "
        f"is not installed: its text is published without actors, quotes or positions. Install it "
        f"(pip install {pipeline.replace('_', '-')}) or remove {language!r} from models."
    )
