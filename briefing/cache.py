"""Digest-keyed caches, so a rebuild does only the work its changes need.

Two kinds of entry live under ``<cache_dir>/<corpus path digest>/``:

* the parse of an article body: a spaCy ``DocBin`` under ``<model>-<version>/<sha256 of the text>.spacy``;
* results (``results/<key>.pickle``): what one article gives on its own (its cleaned ``Article``, its
  ``ArticleAnalysis``, its statements, the terms its summary reads), a summary, the overview. ``key`` is a
  digest of everything the result depends on; every key starts with :func:`pipeline_version`, a digest of the
  package's analysis code and data, so any change to the pipeline starts clean (a change to the modules that only
  render or publish the briefing, :data:`RENDER_MODULES`, keeps the analyses).

The folder lives outside docs/ so that ``mkdocs serve`` does not watch it. Writes are atomic; a corrupt,
unreadable or foreign entry (one whose stored key is not the key asked for) is computed again, never an error.
Result entries are pickles: the cache folder is trusted like the code that writes it (never point it at
files from elsewhere).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from briefing.pipeline import nlp

log = logging.getLogger(__name__)

RESULTS = "results"
# The first bytes of every result entry, and the format of what follows; another value is a foreign entry.
MAGIC = b"briefing-result-1\n"


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digest(*parts: object) -> str:
    """A key from plain values: str, bytes, numbers, None, and lists/tuples of them (sort sets and dicts first).
    Their ``repr`` is stable across runs and processes (no hash randomisation) and fast for large keys."""
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


# Modules that only turn a finished Briefing into pages, data or a site: no analysis imports them (a test checks
# it), so changing them must not make a rebuild of 1,000 articles analyse everything again.
RENDER_MODULES = frozenset({"render.py", "pictures.py", "changes.py", "export.py", "escape.py", "plugin.py", "cli.py",
                            "__main__.py"})


@functools.lru_cache(maxsize=1)
def _source_digest() -> str:
    root = Path(__file__).resolve().parent
    sha = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or "__pycache__" in relative.parts:
            continue
        if (path.suffix == ".py" and relative.as_posix() not in RENDER_MODULES) or relative.parts[0] == "data":
            sha.update(relative.as_posix().encode("utf-8") + b"\0")
            sha.update(hashlib.sha256(path.read_bytes()).digest())
    return sha.hexdigest()


def pipeline_version(models: Iterable[str] = ()) -> str:
    """A digest of the package's analysis source and data files (briefing/**/*.py but :data:`RENDER_MODULES`,
    briefing/data/**) and of the named spaCy pipelines' names and versions: results computed by other code or
    models never match it."""
    return digest(_source_digest(), [nlp.model_id(name) for name in sorted(set(models))])


def corpus_folder(cache_dir: Path, corpus_dir: Path) -> Path:
    """Each corpus has its own entries, so building one corpus never prunes another's."""
    return cache_dir / hashlib.sha256(str(corpus_dir.resolve()).encode("utf-8")).hexdigest()[:16]


def _model_folder(cache_dir: Path, model: str) -> Path:
    return cache_dir / nlp.model_id(model)


# --- parses ---------------------------------------------------------------------------------------------


def docbin_bytes(doc) -> bytes:
    from spacy.tokens import DocBin

    return DocBin(docs=[doc]).to_bytes()


def doc_from_bytes(data: bytes, model: str):
    from spacy.tokens import DocBin

    return next(iter(DocBin().from_bytes(data).get_docs(nlp.load_model(model).vocab)))


def load_parse(cache_dir: Path, model: str, text: str):
    """The cached ``Doc`` of ``text`` (its vocabulary from ``model``, which this loads), or None."""
    path = _model_folder(cache_dir, model) / f"{text_digest(text)}.spacy"
    try:
        doc = doc_from_bytes(path.read_bytes(), model)
    except FileNotFoundError:
        return None
    except Exception as error:  # a damaged entry is parsed again, whatever spaCy raises for it
        log.debug("cache entry %s unreadable (%s); parsing again", path.name, error)
        return None
    return doc if doc.text == text else None


def store_parse(cache_dir: Path, model: str, text: str, data: bytes) -> None:
    _store(_model_folder(cache_dir, model) / f"{text_digest(text)}.spacy", data)


def parse_cached(texts: Sequence[str], model: str, cache_dir: Path | None) -> list:
    """Docs for ``texts`` in order: from the cache when present, else parsed with ``nlp.pipe`` and stored."""
    if cache_dir is None:
        return list(nlp.parse(texts, model))
    docs: list = [load_parse(cache_dir, model, text) for text in texts]
    missing = [i for i, doc in enumerate(docs) if doc is None]
    for i, doc in zip(missing, nlp.parse((texts[i] for i in missing), model)):
        docs[i] = doc
        store_parse(cache_dir, model, texts[i], docbin_bytes(doc))
    return docs


def _store(path: Path, data: bytes) -> None:
    """Write atomically, so a build stopped half-way never leaves a truncated entry."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            handle.write(data)
        os.replace(handle.name, path)
    except OSError as error:
        log.warning("cannot write the briefing cache at %s: %s", path.parent, error)


def prune(cache_dir: Path, model: str, keep: Iterable[str]) -> int:
    """Remove parses of this model whose texts are no longer in the corpus; returns how many."""
    folder = _model_folder(cache_dir, model)
    keep_names = {f"{text_digest(text)}.spacy" for text in keep}
    removed = 0
    for path in folder.glob("*.spacy") if folder.is_dir() else ():
        if path.name not in keep_names:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


# --- results ---------------------------------------------------------------------------------------------


class Results:
    """Result entries of one corpus folder; remembers which keys a build used, so the rest can be pruned."""

    def __init__(self, folder: Path | None):
        self.folder = folder / RESULTS if folder is not None else None
        self.used: set[str] = set()
        self.hits = self.misses = 0

    def get(self, key: str):
        """The value stored under ``key``, or None (absent, damaged, foreign)."""
        self.used.add(key)
        if self.folder is None:
            return None
        path = self.folder / f"{key}.pickle"
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as error:
            log.debug("cache entry %s unreadable (%s)", path.name, error)
            self.misses += 1
            return None
        head = MAGIC + key.encode("ascii") + b"\n"
        try:
            if not data.startswith(head):
                raise ValueError("not an entry for this key")
            value = pickle.loads(data[len(head):])
        except Exception as error:  # truncated, damaged, another version's classes, another key's entry
            log.debug("cache entry %s ignored (%s: %s)", path.name, type(error).__name__, error)
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value) -> None:
        self.used.add(key)
        if self.folder is not None:
            head = MAGIC + key.encode("ascii") + b"\n"
            _store(self.folder / f"{key}.pickle", head + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self) -> int:
        """Remove the entries this build did not use; returns how many."""
        removed = 0
        if self.folder is not None and self.folder.is_dir():
            for path in self.folder.iterdir():
                if path.suffix == ".pickle" and path.stem not in self.used:
                    path.unlink(missing_ok=True)
                    removed += 1
        return removed
