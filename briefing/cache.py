"""Digest-keyed caches, so a rebuild does only the work its changes need.

Entries live under ``<cache_dir>/<corpus path digest>/results/<key>.pickle``: what one article gives on its
own (its cleaned ``Article``, its ``ArticleAnalysis``, its statements, what its summary reads of the parse), a
summary, the overview. ``key`` is a digest of everything the result depends on; every key starts with
:func:`pipeline_version`, a digest of the package's analysis code and data, so any change to the pipeline starts
clean (a change to the modules that only render or publish the briefing, :data:`RENDER_MODULES`, keeps the
analyses). Parses are not kept: nothing after an article's own analysis reads them, so a rebuild deserialises
no spaCy document and loads spaCy only when an article is new or changed. What the last build gave (the
briefing, its export, its pages) is kept under ``last/``, one entry each (:func:`load_slot`); the export and the
pages are keyed also by :func:`package_digest`, since the render modules and templates make them.

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
from collections.abc import Iterable
from pathlib import Path

from briefing.pipeline import nlp

log = logging.getLogger(__name__)

RESULTS = "results"
# The first bytes of every result entry, and the format of what follows; another value is a foreign entry.
MAGIC = b"briefing-result-1\n"


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


@functools.lru_cache(maxsize=1)
def package_digest() -> str:
    """A digest of every file of the package, templates and render modules included: what the rendered pages and
    the export are made by, beside the briefing."""
    root = Path(__file__).resolve().parent
    sha = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and "__pycache__" not in relative.parts:
            sha.update(relative.as_posix().encode("utf-8") + b"\0")
            sha.update(hashlib.sha256(path.read_bytes()).digest())
    return sha.hexdigest()


def pipeline_version(models: Iterable[str] = ()) -> str:
    """A digest of the package's analysis source and data files (briefing/**/*.py but :data:`RENDER_MODULES`,
    briefing/data/**), of the named spaCy pipelines' names and versions, and of the versions of the word data the
    analysis reads (wordfreq's frequencies, VADER's lexicon): results computed by other code, models or word
    lists never match it."""
    return digest(_source_digest(), [nlp.model_id(name) for name in sorted(set(models))], _word_data_versions())


def _word_data_versions() -> list[str]:
    from importlib import metadata

    versions = []
    for package in ("wordfreq", "vaderSentiment"):
        try:
            versions.append(f"{package}=={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} absent")
    return versions


def corpus_folder(cache_dir: Path, corpus_dir: Path) -> Path:
    """Each corpus has its own entries, so building one corpus never prunes another's."""
    return cache_dir / hashlib.sha256(str(corpus_dir.resolve()).encode("utf-8")).hexdigest()[:16]


def _store(path: Path, data: bytes) -> None:
    """Write atomically, so a build stopped half-way never leaves a truncated entry."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            handle.write(data)
        os.replace(handle.name, path)
    except OSError as error:
        log.warning("cannot write the briefing cache at %s: %s", path.parent, error)


def _encode(key: str, value) -> bytes:
    return MAGIC + key.encode("ascii") + b"\n" + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _decode(data: bytes, key: str):
    """The value of an entry stored under ``key``; raises on any other entry."""
    head = MAGIC + key.encode("ascii") + b"\n"
    if not data.startswith(head):
        raise ValueError("not an entry for this key")
    return pickle.loads(data[len(head):])


# --- what the last build gave ------------------------------------------------------------------------------

SLOTS = "last"


def load_slot(folder: Path, name: str, key: str):
    """What the last build stored as ``name`` (the whole briefing, the rendered site), if it was stored under
    ``key``; else None. One entry per name: a rebuild with nothing changed reads it instead of linking and
    rendering again, any other build replaces it."""
    path = folder / SLOTS / f"{name}.pickle"
    try:
        return _decode(path.read_bytes(), key)
    except FileNotFoundError:
        return None
    except Exception as error:  # damaged, another key's, another version's classes: computed again
        log.debug("cache entry %s ignored (%s: %s)", path.name, type(error).__name__, error)
        return None


def store_slot(folder: Path, name: str, key: str, value) -> None:
    _store(folder / SLOTS / f"{name}.pickle", _encode(key, value))


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
        try:
            value = _decode(data, key)
        except Exception as error:  # truncated, damaged, another version's classes, another key's entry
            log.debug("cache entry %s ignored (%s: %s)", path.name, type(error).__name__, error)
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value) -> None:
        self.used.add(key)
        if self.folder is not None:
            _store(self.folder / f"{key}.pickle", _encode(key, value))

    def prune(self) -> int:
        """Remove the entries this build did not use; returns how many."""
        removed = 0
        if self.folder is not None and self.folder.is_dir():
            for path in self.folder.iterdir():
                if path.suffix == ".pickle" and path.stem not in self.used:
                    path.unlink(missing_ok=True)
                    removed += 1
        return removed
