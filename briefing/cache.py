"""A digest-keyed cache of parsed articles, so rebuilds only parse what changed.

Parsing is most of a build's time, and a parse is a pure function of the text and
the model. Each parsed ``Doc`` is stored as a spaCy ``DocBin`` under
``<cache_dir>/<corpus path digest>/<model>-<version>/<sha256 of the text>.spacy``; everything derived
from it is recomputed (it is cheap and depends on the corpus as a whole). The
folder lives outside docs/ so that ``mkdocs serve`` does not watch it. A corrupt
or unreadable entry is parsed again, never an error.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from briefing.pipeline import nlp

log = logging.getLogger(__name__)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def corpus_folder(cache_dir: Path, corpus_dir: Path) -> Path:
    """Each corpus has its own entries, so building one corpus never prunes another's."""
    return cache_dir / hashlib.sha256(str(corpus_dir.resolve()).encode("utf-8")).hexdigest()[:16]


def _model_folder(cache_dir: Path, model: str) -> Path:
    meta = nlp.load_model(model).meta
    return cache_dir / f"{meta.get('lang', 'xx')}_{meta.get('name', model)}-{meta.get('version', '0')}"


def parse_cached(texts: Sequence[str], model: str, cache_dir: Path | None) -> list:
    """Docs for ``texts`` in order: from the cache when present, else parsed with ``nlp.pipe`` and stored."""
    if cache_dir is None:
        return list(nlp.parse(texts, model))
    from spacy.tokens import DocBin

    vocab = nlp.load_model(model).vocab
    folder = _model_folder(cache_dir, model)
    docs: list = [None] * len(texts)
    missing: list[int] = []
    for i, text in enumerate(texts):
        path = folder / f"{text_digest(text)}.spacy"
        try:
            docs[i] = next(iter(DocBin().from_bytes(path.read_bytes()).get_docs(vocab)))
        except FileNotFoundError:
            missing.append(i)
        except Exception as error:  # a damaged entry is re-parsed, whatever spaCy raises for it
            log.debug("cache entry %s unreadable (%s); parsing again", path.name, error)
            missing.append(i)
        else:
            if docs[i].text != text:
                docs[i] = None
                missing.append(i)
    for i, doc in zip(missing, nlp.parse((texts[i] for i in missing), model)):
        docs[i] = doc
        _store(folder / f"{text_digest(texts[i])}.spacy", DocBin(docs=[doc]).to_bytes())
    return docs


def _store(path: Path, data: bytes) -> None:
    """Write atomically, so a build stopped half-way never leaves a truncated entry."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            handle.write(data)
        os.replace(handle.name, path)
    except OSError as error:
        log.warning("cannot write the parse cache at %s: %s", path.parent, error)


def prune(cache_dir: Path, model: str, keep: Iterable[str]) -> int:
    """Remove entries of this model whose texts are no longer in the corpus; returns how many."""
    folder = _model_folder(cache_dir, model)
    keep_names = {f"{text_digest(text)}.spacy" for text in keep}
    removed = 0
    for path in folder.glob("*.spacy") if folder.is_dir() else ():
        if path.name not in keep_names:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
