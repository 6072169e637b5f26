"""Load: find the corpus files, decode their bytes, pick a reader by extension.

A file that cannot become a document is returned as ``Skipped(source, reason)``;
nothing here raises for a single bad file, so one unreadable article never
stops the build.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from briefing.errors import BriefingError, UnreadableFile, missing_package, stage_failed
from briefing.models import RawDocument, Skipped

log = logging.getLogger(__name__)

READERS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
SUPPORTED_SUFFIXES = ", ".join(sorted(READERS))
MAX_FILE_BYTES = 20 * 1024 * 1024

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
# Control characters that never occur in text (tab, newline, CR, form feed excluded).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def discover(corpus_dir: Path) -> Iterator[Path]:
    """Every non-hidden file (or link) below ``corpus_dir``, in a stable order."""
    for path in sorted(corpus_dir.rglob("*")):
        relative = path.relative_to(corpus_dir)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file() or path.is_symlink():
            yield path


def relative_source(path: Path, corpus_dir: Path) -> str:
    return path.relative_to(corpus_dir).as_posix()


def decode(data: bytes) -> tuple[str, str]:
    """Bytes → (text, encoding): UTF-8 first, then the encoding charset-normalizer detects."""
    if not data.strip():
        raise UnreadableFile("empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile("binary file (contains NUL bytes), not text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise UnreadableFile("cannot decode: not UTF-8, and no other text encoding fits") from None
        text, encoding = str(best), best.encoding
    if len(_CONTROL.findall(text[:8192])) > 0.01 * min(len(text), 8192) + 1:
        raise UnreadableFile(f"binary file (control characters after decoding as {encoding}), not text")
    if not text.strip():
        raise UnreadableFile("empty file (only white space)")
    return text, encoding


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML in which dates stay text: the cleaner reads them (and warns about impossible ones)."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def split_front_matter(text: str) -> tuple[dict, str, list[str]]:
    """Markdown → (front matter mapping, body, warnings). Bad front matter is reported, not fatal."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, []
    body = text[match.end():]
    try:
        meta = yaml.load(match.group(1), Loader=_FrontMatterLoader)
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        return {}, body, [f"front matter is not valid YAML{line}; it was ignored"]
    if meta is None:
        return {}, body, []
    if not isinstance(meta, dict):
        return {}, body, ["front matter is not a mapping of keys to values; it was ignored"]
    return {str(key).lower(): value for key, value in meta.items()}, body, []


def read_document(path: Path, corpus_dir: Path) -> RawDocument:
    """Read one corpus file; raises :class:`UnreadableFile` with the reason."""
    source = relative_source(path, corpus_dir)
    if path.is_symlink():
        target = path.resolve()
        if not target.exists():
            raise UnreadableFile("broken symbolic link")
        root = corpus_dir.resolve()
        if root not in target.parents:
            # A link out of the corpus could publish any file the build can read.
            raise UnreadableFile("symbolic link to a file outside the corpus folder")
        if not target.is_file():
            raise UnreadableFile("symbolic link to something that is not a file")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kind = f"'{path.suffix}'" if path.suffix else "no extension"
        raise UnreadableFile(f"unsupported file type ({kind}); supported: {SUPPORTED_SUFFIXES}")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(f"file too large ({size // (1024 * 1024)} MB; the limit is 20 MB)")
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(f"cannot read file: {error.strerror or error}") from None
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if reader == "md":
        meta, body, warnings = split_front_matter(text)
        if not body.strip():
            raise UnreadableFile("no article text after the front matter")
        return RawDocument(source, body, "md", encoding, meta, tuple(warnings))
    if reader == "html":
        from briefing.pipeline.extract import extract_html

        return extract_html(source, text, encoding)
    return RawDocument(source, text, "txt", encoding)


def load_corpus(corpus_dir: str | Path) -> tuple[list[RawDocument], list[Skipped]]:
    """All readable documents of the corpus, and the files skipped with their reasons."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise BriefingError(f"corpus folder not found: {corpus_dir} (set the plugin option 'corpus_dir')")
    documents, skipped = [], []
    for path in discover(corpus_dir):
        source = relative_source(path, corpus_dir)
        try:
            documents.append(read_document(path, corpus_dir))
        except UnreadableFile as error:
            skipped.append(Skipped(source, str(error)))
        except ImportError as error:  # a package its reader needs (the HTML reader's) is missing
            skipped.append(Skipped(source, f"cannot be read: {missing_package(error)}"))
        except Exception as error:  # a bug met on one file must not cost the reader the others
            log.debug("reading %s failed", source, exc_info=True)
            skipped.append(Skipped(source, stage_failed("reading", error)))
    return documents, skipped
