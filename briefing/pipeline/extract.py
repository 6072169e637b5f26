"""Saved web pages → article text and metadata (the reader for ``.html``/``.htm`` files).

Two readers, each for what it does best:

* **Beautiful Soup** (over the lxml parser) reads what the page *says about itself* and what
  marks page furniture: JSON-LD ``Article`` data, ``og:``/``<meta>`` tags, ``<link rel=canonical>``,
  ``<h1>``/``<title>``, figure captions, bylines (``rel=author``, ``itemprop=author``,
  ``class="byline"``) and share and newsletter widgets (class or id names such as
  ``share-buttons``, ``newsletter-signup``). It builds only those elements (a parse filter), so
  the pass costs a fraction of a full soup.
* **trafilatura**, the best-scoring open-source extractor on the ScrapingHub article-extraction
  benchmark, finds the main text. We ask it for XML so paragraphs, sub-headings, list items and
  table rows stay separate blocks, and for links so the share of link text in each block is
  known. Its own metadata heuristics (byline patterns in the text, htmldate's date search) run
  only for the fields the page's tags and markup leave empty, because they cost as much as a
  third of the extraction.

After extraction, a few page-independent rules drop what is page furniture by its shape or its
markup rather than by its wording: the headline repeated as the first block, blocks equal to an
image caption, blocks that are the text of a share or newsletter widget, list items and short
blocks that are nearly all link text ("related stories"), and headings with no text under them
(newsletter boxes, widget titles). Every dropped block is kept in ``meta["removed"]`` with its
reason, so cleaning can report it; the body then goes through the same cleaning as ``.txt``
articles.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import trafilatura
from bs4 import BeautifulSoup
from bs4.element import Tag
from bs4.filter import ElementFilter
from lxml import etree
from lxml.html import HtmlElement
from trafilatura import metadata as trafilatura_metadata

from briefing.errors import UnreadableFile
from briefing.models import RawDocument

log = logging.getLogger(__name__)

# Fewer words than this is a teaser, an error page or an index, not an article.
MIN_BODY_WORDS = 40
# A list item or short block whose text is mostly link text points elsewhere
# ("related stories", "more from this section"); article paragraphs with a few
# inline links stay far below this.
LINK_BLOCK_DENSITY = 0.6
SHORT_BLOCK_WORDS = 30
# Extracted text with this share of link text is more likely an index or a
# navigation page than an article: warn, the reader should check the page.
NAVIGATION_WARNING_DENSITY = 0.35
# ... and with this share it is navigation, not an article (no real page of the
# evaluation set comes near 0.35).
NAVIGATION_PAGE_DENSITY = 0.6
# Link texts this long are specific enough to recognise inside extracted text
# when the extractor lost the markup (its whole-page fallback).
MIN_ANCHOR_WORDS = 3
# Scanning the whole page for a late <meta charset> is pointless: browsers only
# honour one in the first 1024 bytes; we allow some slack for long <head>s.
CHARSET_SCAN_CHARS = 4096

ARTICLE_TYPES = ("article", "blogposting", "posting", "report")

# Words in class and id names (split at "-", "_" and spaces) that page templates across publishers
# use for bylines, captions, and share and newsletter widgets.
BYLINE_MARKERS = frozenset({"byline", "byl"})
# Inside a byline box (which often holds the date and the publisher too), the part naming the authors.
BYLINE_NAME_MARKERS = frozenset({"author", "authors"})
CAPTION_MARKERS = frozenset({"caption", "figcaption"})
# ("social" is left out: it also names embedded posts, which are part of the story.)
WIDGET_MARKERS = frozenset({"share", "sharing", "sharebar", "newsletter", "newsletters", "subscribe", "signup"})
# A "widget" with more words than this is a container that happens to carry the name (a
# `social-article` wrapper around the story), not a box of buttons and prompts.
WIDGET_MAX_WORDS = 60
ALL_MARKERS = BYLINE_MARKERS | CAPTION_MARKERS | WIDGET_MARKERS
# Elements the metadata pass needs whatever their class.
METADATA_TAGS = frozenset({"title", "meta", "link", "h1", "figcaption"})

_CHARSET_RE = re.compile(
    r"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_CLOSING_TAG_RE = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_BYLINE_PREFIX_RE = re.compile(r"^\s*by\s+", re.IGNORECASE)
_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:,|;|\||\band\b|&)\s*", re.IGNORECASE)
_WORD_RE = re.compile(r"\w+")
_NAME_PART_RE = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_MARKER_SPLIT_RE = re.compile(r"[^a-z0-9]+")
# A quick first look for any marker word in class and id names (the exact word test follows).
_ANY_MARKER_RE = re.compile("|".join(sorted(ALL_MARKERS, key=len, reverse=True)))
_BYLINE_SPLIT_RE = re.compile(r"\s*(?:,|;|\||·|•|–|—|\band\b|&)\s*", re.IGNORECASE)
_BYLINE_LEAD_RE = re.compile(
    r"^\s*(?:(?:opinion|analysis|commentary|words|story|text|reporting|written|posted)\s+)?by\b[:\s]*",
    re.IGNORECASE,
)

# The pieces of trafilatura.extract_metadata we call one by one; should a release move
# them, the whole (public) function still gives the same fields, only slower.
_TRAFILATURA_METADATA_STEPS = (
    "examine_meta",
    "extract_meta_json",
    "extract_title",
    "extract_author",
    "extract_url",
    "extract_sitename",
    "find_date",
    "set_date_params",
    "META_URL",
)
_STEPWISE_METADATA = all(hasattr(trafilatura_metadata, step) for step in _TRAFILATURA_METADATA_STEPS)
# Browsers decode pages labelled Latin-1 or ASCII as windows-1252 (WHATWG Encoding
# standard), so those labels agree with bytes decoded as cp1252.
_SAME_AS_CP1252 = {"iso8859-1", "ascii", "cp1252"}


@dataclass
class Block:
    kind: str  # "p" | "head" | "item" | "row" | "quote" | "code"
    text: str
    link_chars: int = 0

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    @property
    def words(self) -> int:
        return len(_WORD_RE.findall(self.text))


def extract_html(source: str, html: str, encoding: str = "utf-8") -> RawDocument:
    """Article body and metadata of one saved page.

    ``source`` is the path relative to the corpus, ``encoding`` the codec the
    bytes were decoded with. The body is one block per paragraph, heading, list
    item or table row, separated by blank lines, in page order. Raises
    :class:`UnreadableFile` when the page has no article body.
    """
    warnings: list[str] = []
    if not _CLOSING_TAG_RE.search(html):
        warnings.append(
            "truncated HTML: no closing </body> or </html> tag, the saved page may be cut off; save it again"
        )
    charset_warning = _charset_disagreement(html, encoding)
    if charset_warning:
        warnings.append(charset_warning)

    tree = trafilatura.load_html(html)
    if tree is None:
        raise UnreadableFile("no article body: the file does not parse as an HTML document")
    page = read_page(html)
    meta = page_metadata(page)
    meta["captions"] = page.captions
    # trafilatura works on its own copy of the tree, so ours stays as the page had it.
    blocks = _trafilatura_blocks(tree)
    _fill_missing_metadata(meta, tree)

    kept, removed = drop_furniture(blocks, meta.get("title"), page.captions, page.widgets)
    if _word_count(kept) < MIN_BODY_WORDS and meta.get("article_body"):
        # The page hides its text from extractors (scripts, unusual markup) but
        # states it in its structured data: use that.
        kept = [Block("p", text) for text in _split_paragraphs(meta["article_body"])]
        warnings.append("the page's article text was taken from its JSON-LD data, not its HTML")
    meta.pop("article_body", None)

    words = _word_count(kept)
    link_share = _link_share(kept)
    if kept and not any(block.link_chars for block in blocks):
        # No link markup at all: trafilatura fell back to the page's whole text.
        link_share = _anchor_share(kept, tree)
    if words < MIN_BODY_WORDS or link_share >= NAVIGATION_PAGE_DENSITY:
        raise UnreadableFile(_no_body_reason(blocks, words, max(link_share, _link_share(blocks))))
    if link_share >= NAVIGATION_WARNING_DENSITY:
        warnings.append(
            f"the page is mostly navigation: {link_share:.0%} of the extracted text is link text; "
            "check that it is an article and not an index page"
        )

    meta["headings"] = [block.text for block in kept if block.kind == "head"]
    meta["removed"] = [{"text": block.text, "reason": reason} for block, reason in removed]
    text = "\n\n".join(block.text for block in kept)
    log.debug("%s: %d blocks, %d words, %d removed", source, len(kept), words, len(removed))
    return RawDocument(
        source=source, text=text, format="html", encoding=encoding, meta=meta, warnings=tuple(warnings)
    )


# -- main text ---------------------------------------------------------------------------


def _trafilatura_blocks(tree: HtmlElement) -> list[Block]:
    document = trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_links=True,  # to measure link density; the link targets are dropped
        include_tables=True,
        include_images=False,
        with_metadata=False,  # read from the page's tags first, see _fill_missing_metadata
    )
    if document is None or document.body is None:
        return []
    return list(_blocks(document.body))


_BLOCK_TAGS = {"p": "p", "head": "head", "item": "item", "row": "row", "quote": "quote", "code": "code"}
_CONTAINER_TAGS = {"list", "table", "quote", "div", "main", "cell", "item"}


def _blocks(element: etree._Element) -> Iterator[Block]:
    """Blocks in document order; a block's text leaves out the blocks nested in it.

    Text loose between blocks (trafilatura leaves a paragraph as a tail when the
    page put it outside any tag) is a paragraph of its own.
    """
    if element.text and element.text.strip() and element.tag in ("body", "main", "doc"):
        yield Block("p", _squash(element.text))
    for child in element:
        yield from _child_blocks(child)
        if child.tail and child.tail.strip():
            yield Block("p", _squash(child.tail))


def _child_blocks(child: etree._Element) -> Iterator[Block]:
    tag = child.tag if isinstance(child.tag, str) else ""
    if tag not in _BLOCK_TAGS and tag not in _CONTAINER_TAGS:
        return
    if tag in _BLOCK_TAGS and not (tag in _CONTAINER_TAGS and any(_is_nested_block(c) for c in child)):
        block = _block(tag, child)
        if block.text:
            yield block
        return
    own = _block(_BLOCK_TAGS.get(tag, "p"), child, skip_nested=True)
    if own.text:
        yield own
    yield from _blocks(child)


def _is_nested_block(element: etree._Element) -> bool:
    return isinstance(element.tag, str) and (element.tag in _BLOCK_TAGS or element.tag in ("list", "table"))


def _is_page_link(element: etree._Element) -> bool:
    # An e-mail address is contact information, not a way to another page.
    return element.tag == "ref" and not (element.get("target") or "").lower().startswith("mailto:")


def _block(tag: str, element: etree._Element, skip_nested: bool = False) -> Block:
    parts: list[str] = []
    link_parts: list[str] = []

    def walk(node: etree._Element, in_link: bool) -> None:
        if node.text:
            parts.append(node.text)
            if in_link:
                link_parts.append(node.text)
        for child in node:
            child_tag = child.tag if isinstance(child.tag, str) else ""
            if skip_nested and _is_nested_block(child):
                continue  # yielded as blocks of their own, tails included
            elif child_tag == "lb":
                parts.append(" ")
            elif child_tag == "cell":
                parts.append(" | " if parts else "")
                walk(child, in_link)
            else:
                walk(child, in_link or _is_page_link(child))
            if child.tail:
                parts.append(child.tail)
                if in_link:
                    link_parts.append(child.tail)

    walk(element, False)
    text = _squash("".join(parts)).strip(" |")
    link_chars = len(_squash("".join(link_parts)))
    return Block(_BLOCK_TAGS.get(tag, "p"), text, min(link_chars, len(text)))


def drop_furniture(
    blocks: list[Block], title: str | None, captions: list[str], widgets: Sequence[str] = ()
) -> tuple[list[Block], list[tuple[Block, str]]]:
    """Blocks to keep, and the dropped ones with the reason (page-independent shape and markup rules).

    ``widgets`` are the texts of the page's share and newsletter boxes and of the elements in them
    (see :func:`read_page`): a block that is one of them is a prompt or a button, not the story.
    """
    caption_keys = {_key(caption) for caption in captions}
    widget_keys = {_key(widget) for widget in widgets}
    title_key = _key(title) if title else None
    kept: list[Block] = []
    removed: list[tuple[Block, str]] = []
    for index, block in enumerate(blocks):
        key = _key(block.text)
        if title_key and key == title_key and not kept:
            removed.append((block, "headline repeated in the body"))
        elif key in caption_keys:
            removed.append((block, "image caption"))
        elif key in widget_keys:
            removed.append((block, "share or newsletter widget"))
        elif block.link_density >= LINK_BLOCK_DENSITY and (
            block.kind == "item" or (block.words <= SHORT_BLOCK_WORDS and not _is_sentence(block.text))
        ):
            removed.append((block, "link to another page"))
        else:
            kept.append(block)
    # A heading only belongs to the article when text follows it before the next
    # heading; headings in a row or at the end are widget and newsletter titles.
    final: list[Block] = []
    for index, block in enumerate(kept):
        following = kept[index + 1] if index + 1 < len(kept) else None
        if block.kind == "head" and (following is None or following.kind == "head"):
            removed.append((block, "heading without text under it"))
        else:
            final.append(block)
    return final, removed


def _is_sentence(text: str) -> bool:
    """Ends like a sentence: linked headlines and teasers rarely do, linked prose does."""
    return text.rstrip("\"'”’)» ").endswith((".", "!", "?", "…")) and len(text.split()) >= 6


def _anchor_share(blocks: list[Block], tree: HtmlElement) -> float:
    """Share of the blocks' text that is the text of the page's links (for text returned without markup)."""
    anchors = {_element_text(a) for a in tree.iter("a")}
    anchors = sorted((a for a in anchors if len(a.split()) >= MIN_ANCHOR_WORDS), key=len, reverse=True)
    covered = total = 0
    for block in blocks:
        total += len(block.text)
        covered += min(len(block.text), sum(len(a) * block.text.count(a) for a in anchors))
    return covered / total if total else 0.0


def _no_body_reason(blocks: list[Block], words: int, link_share: float) -> str:
    total_words = _word_count(blocks)
    if blocks and link_share >= NAVIGATION_PAGE_DENSITY:
        return (
            f"no article body: the page is navigation ({link_share:.0%} of its main text is link text, "
            f"{words} words in all)"
        )
    if not blocks:
        return "no article body: the extractor found no main text in the page"
    return (
        f"not enough text for an article: {words} words of body text "
        f"({total_words} before removing page furniture), at least {MIN_BODY_WORDS} needed"
    )


def _link_share(blocks: list[Block]) -> float:
    total = sum(len(block.text) for block in blocks)
    return sum(block.link_chars for block in blocks) / total if total else 0.0


def _word_count(blocks: list[Block]) -> int:
    return sum(block.words for block in blocks)


def _split_paragraphs(text: str) -> list[str]:
    return [_squash(part) for part in re.split(r"\n\s*\n|\n", text) if part.strip()]


# -- the page's own statements and its furniture (Beautiful Soup) -------------------------


@dataclass
class PageTags:
    """What a page states about itself in its markup, and what its markup calls furniture."""

    json_ld: list[Any] = field(default_factory=list)  # every parsed ``application/ld+json`` script
    meta: dict[str, str] = field(default_factory=dict)  # <meta> name/property/itemprop → content
    canonical: str | None = None
    h1: str | None = None
    title: str | None = None  # the <title> element
    captions: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)  # author names from byline markup, in page order
    # Texts of share and newsletter boxes: the whole box, and each element in it (a button, a prompt).
    widgets: list[str] = field(default_factory=list)


class _PageTagFilter(ElementFilter):
    """Builds only the elements :class:`PageTags` reads (and what is inside them); skips the rest.

    Beautiful Soup asks this for top-level elements only: once an element is kept, its
    descendants are built too.
    """

    def allow_tag_creation(self, nsprefix: str | None, name: str, attrs: Any) -> bool:
        # Asked for nearly every element of the page: the common "no" must be cheap.
        if name in METADATA_TAGS:
            return True
        if not attrs:
            return False
        if name == "script":
            return "ld+json" in str(attrs.get("type") or "").lower()
        if "rel" in attrs or "itemprop" in attrs:
            if "author" in _attribute_words(attrs.get("rel")) or "author" in _attribute_words(attrs.get("itemprop")):
                return True
        names = " ".join(" ".join(_attribute_words(attrs.get(attribute))) for attribute in ("class", "id") if attribute in attrs)
        return bool(names) and _ANY_MARKER_RE.search(names) is not None and bool(_markers(attrs) & ALL_MARKERS)

    def allow_string_creation(self, string: str) -> bool:
        return False  # text outside the kept elements


def read_page(html: str) -> PageTags:
    """The page's metadata and furniture markers, read with Beautiful Soup over the lxml parser."""
    soup = BeautifulSoup(html, "lxml", parse_only=_PageTagFilter())
    page = PageTags()
    for element in soup.find_all(True):
        name = element.name
        if name == "script":
            try:
                page.json_ld.append(json.loads(element.string or element.get_text() or "null", strict=False))
            except ValueError:
                pass
        elif name == "meta":
            key = element.get("property") or element.get("name") or element.get("itemprop")
            content = element.get("content")
            if isinstance(key, str) and isinstance(content, str) and content.strip():
                page.meta.setdefault(key.strip().lower(), _squash(content))
        elif name == "link":
            if page.canonical is None and "canonical" in _attribute_words(element.get("rel")):
                page.canonical = (element.get("href") or "").strip()
        elif name == "h1":
            page.h1 = page.h1 or _soup_text(element) or None
        elif name == "title":
            page.title = page.title or _soup_text(element) or None
        if name == "figcaption" or _markers(element.attrs) & CAPTION_MARKERS:
            _add(page.captions, _soup_text(element))
        if _is_byline(element):
            for author in _byline_names(element):
                _add(page.bylines, author)
        if _markers(element.attrs) & WIDGET_MARKERS and not _inside_widget(element):
            if len(_WORD_RE.findall(_soup_text(element))) <= WIDGET_MAX_WORDS:
                for part in (element, *element.find_all(True)):
                    _add(page.widgets, _soup_text(part))
    return page


def page_metadata(page: PageTags) -> dict[str, Any]:
    """Title, authors, date, publisher, canonical URL and description stated by the page.

    Structured data (JSON-LD) first, then ``og:``/``article:`` and plain ``<meta>`` tags, then
    the document itself (``<h1>``, ``<title>``, byline markup).
    """
    ld = _json_ld_article(page.json_ld)
    tags = page.meta

    title = _text(ld.get("headline")) or tags.get("og:title") or tags.get("twitter:title") or page.h1 or page.title

    authors = _names(ld.get("author"))
    if not authors:
        for name in ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"):
            if tags.get(name):
                authors = _names(tags[name])
                if authors:
                    break
    if not authors:
        authors = list(page.bylines)

    date = None
    for value in (
        ld.get("datePublished"),
        tags.get("article:published_time"),
        tags.get("datepublished"),
        tags.get("date"),
        tags.get("pubdate"),
        tags.get("dc.date"),
        tags.get("dc.date.issued"),
        ld.get("dateCreated"),
        ld.get("dateModified"),
        tags.get("article:modified_time"),
    ):
        date = _iso_date(value)
        if date:
            break

    publisher = _names(ld.get("publisher"))
    url = page.canonical if page.canonical and page.canonical.startswith("http") else None
    url = url or tags.get("og:url") or _text(ld.get("url")) or None

    meta: dict[str, Any] = {
        "title": title or None,
        "authors": authors,
        "date": date,
        "publisher": (publisher[0] if publisher else None)
        or tags.get("og:site_name")
        or tags.get("application-name"),
        "url": url,
    }
    description = _text(ld.get("description")) or tags.get("og:description") or tags.get("description")
    if description:
        meta["description"] = description
    if _text(ld.get("articleBody")):
        meta["article_body"] = ld["articleBody"]
    return meta


def _markers(attrs: Any) -> set[str]:
    """The words of an element's class and id names: ``share-buttons bottom`` → share, buttons, bottom."""
    words: set[str] = set()
    for attribute in ("class", "id"):
        for value in _attribute_words(attrs.get(attribute)):
            words.update(part for part in _MARKER_SPLIT_RE.split(value) if part)
    return words


def _attribute_words(value: Any) -> list[str]:
    """A (multi-valued) attribute as lower-case words, whether the parser split it yet or not."""
    if value is None:
        return []
    values = value if isinstance(value, (list, tuple)) else str(value).split()
    return [str(word).lower() for word in values]


def _inside_widget(element: Tag) -> bool:
    return any(_markers(parent.attrs) & WIDGET_MARKERS for parent in element.parents if isinstance(parent, Tag))


def _is_byline(element: Tag) -> bool:
    if "author" in _attribute_words(element.get("rel")) or "author" in _attribute_words(element.get("itemprop")):
        # A link or itemprop inside a byline box is read with the box.
        return not any(isinstance(parent, Tag) and _markers(parent.attrs) & BYLINE_MARKERS for parent in element.parents)
    return bool(_markers(element.attrs) & BYLINE_MARKERS) and not _inside_byline(element)


def _inside_byline(element: Tag) -> bool:
    return any(isinstance(parent, Tag) and _is_byline_box(parent) for parent in element.parents)


def _is_byline_box(element: Tag) -> bool:
    return bool(_markers(element.attrs) & BYLINE_MARKERS)


def _byline_names(element: Tag) -> list[str]:
    """Person names in a byline element, from its most specific part.

    A byline box often holds the date and the publisher as well: its author links
    (``rel=author``, ``itemprop=author``) or the elements named for the author are read when it
    has them, else its whole text. ``By Jane Doe and John Roe, Political Editor`` gives the name-like
    parts (Jane Doe, John Roe, Political Editor); cleaning drops job descriptions from author fields.
    """
    if element.name != "a" and not element.get("itemprop"):
        parts = [
            part for part in element.find_all(True)
            if "author" in _attribute_words(part.get("rel")) or "author" in _attribute_words(part.get("itemprop"))
        ] or [part for part in element.find_all(True) if _markers(part.attrs) & BYLINE_NAME_MARKERS]
        parts = [part for part in parts if not any(parent in parts for parent in part.parents)]
        if parts:
            return [name for part in parts for name in _byline_text_names(part)]
    return _byline_text_names(element)


def _byline_text_names(element: Tag) -> list[str]:
    name_element = element.find(attrs={"itemprop": "name"})
    text = _BYLINE_LEAD_RE.sub("", _soup_text(name_element or element))
    names = (_leading_name(part) for part in _BYLINE_SPLIT_RE.split(text))
    return [name for name in names if name]


def _leading_name(text: str) -> str | None:
    """The name a byline part starts with: 2 to 4 capitalised words, before a date or a lower-case word."""
    words = []
    for word in text.split():
        if not (_NAME_PART_RE.fullmatch(word) and word[0].isupper()):
            break
        words.append(word)
    return " ".join(words) if 2 <= len(words) <= 4 else None


def _soup_text(element: Tag) -> str:
    return _squash(element.get_text(" "))


def _add(items: list[str], text: str) -> None:
    if text and text not in items:
        items.append(text)


def _fill_missing_metadata(meta: dict[str, Any], tree: HtmlElement) -> None:
    """Trafilatura's metadata heuristics, for the fields the page's tags and JSON-LD leave empty.

    The same steps as ``trafilatura.metadata.extract_metadata`` (its meta-tag and
    JSON-LD readers, then bylines and ``<title>`` parts found in the page, then
    htmldate), each run only when its field is still missing: the byline search
    and the date search are the costly ones, and most news pages state both.
    """
    missing = {key for key in ("title", "authors", "date", "publisher", "url") if not meta.get(key)}
    if not missing:
        return
    found = _trafilatura_metadata(tree, missing) if _STEPWISE_METADATA else trafilatura.extract_metadata(tree)
    fallback = {
        "title": found.title,
        "authors": _names(found.author),
        "date": _iso_date(found.date),
        "publisher": found.sitename,
        "url": found.url,
        "description": found.description,
    }
    for key, value in fallback.items():
        if value and not meta.get(key):
            meta[key] = value


def _trafilatura_metadata(tree: HtmlElement, missing: set[str]) -> Any:
    """``trafilatura.extract_metadata`` with the costly steps run only for the ``missing`` fields."""
    found = trafilatura_metadata.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # a single word is a user name or a section, as trafilatura judges it
    try:
        found = trafilatura_metadata.extract_meta_json(tree, found)
    except Exception as error:  # noqa: BLE001 - trafilatura's JSON-LD reader fails on odd data; the rest still helps
        log.debug("trafilatura JSON-LD metadata failed: %s", error)
    if "title" in missing and not found.title:
        found.title = trafilatura_metadata.extract_title(tree)
    if "authors" in missing and not found.author:
        found.author = trafilatura_metadata.extract_author(tree)
    if not found.url:
        found.url = trafilatura_metadata.extract_url(tree)
    if "date" in missing:
        date_params = {**trafilatura_metadata.set_date_params(True), "url": found.url}
        found.date = trafilatura_metadata.find_date(tree, **date_params)
    if "publisher" in missing:
        if not found.sitename:
            found.sitename = trafilatura_metadata.extract_sitename(tree)
        if found.sitename:
            found.sitename = found.sitename.lstrip("@")
            if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
                found.sitename = found.sitename.title()
        elif found.url:
            host = trafilatura_metadata.META_URL.match(found.url)
            found.sitename = host[1] if host else None
    found.clean_and_trim()
    return found


def _json_ld_article(documents: Iterable[Any]) -> dict[str, Any]:
    """The first JSON-LD object whose @type is an article kind (NewsArticle, BlogPosting…)."""
    for data in documents:
        for item in _json_ld_items(data):
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower().endswith(ARTICLE_TYPES) for t in types):
                return item
    return {}


def _json_ld_items(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _json_ld_items(entry)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _json_ld_items(data["@graph"])
        main = data.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _json_ld_items(main)


def _names(value: Any) -> list[str]:
    """Person/organisation names from a JSON-LD value or a byline string, in order, deduplicated."""
    found: list[str] = []
    if isinstance(value, list):
        for entry in value:
            found.extend(_names(entry))
    elif isinstance(value, dict):
        found.extend(_names(value.get("name")))
    elif isinstance(value, str):
        text = _squash(_BYLINE_PREFIX_RE.sub("", value))
        if text and not text.startswith(("http://", "https://", "/")):
            found.extend(part for part in _AUTHOR_SPLIT_RE.split(text) if part)
    unique: list[str] = []
    for name in found:
        if name not in unique:
            unique.append(name)
    return unique


def _iso_date(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str):
        return None
    match = _ISO_DATE_RE.search(value)
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    if 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31:
        return match.group(0)
    return None


# -- bad HTML ----------------------------------------------------------------------------


def _charset_disagreement(html: str, encoding: str) -> str | None:
    match = _CHARSET_RE.search(html[:CHARSET_SCAN_CHARS])
    if not match:
        return None
    declared = match.group(1)
    try:
        declared_codec = codecs.lookup(declared).name
    except LookupError:
        return f"the page declares an unknown charset {declared!r}; it was read as {encoding}"
    try:
        used_codec = codecs.lookup(encoding).name
    except LookupError:
        return None
    if declared_codec == used_codec:
        return None
    if html.isascii():
        return None  # every ASCII-compatible label reads these bytes the same way
    if {declared_codec, used_codec} <= _SAME_AS_CP1252:
        return None
    return (
        f"wrong charset declaration: the page says {declared} but its bytes decode as {encoding}; "
        "fix the <meta charset> of the saved page"
    )


# -- text helpers ------------------------------------------------------------------------


def _squash(text: str) -> str:
    return " ".join(text.split())


def _element_text(element: HtmlElement) -> str:
    """The element's text, its pieces spaced so ``Jane<br>Doe`` does not become ``JaneDoe``."""
    return _squash(" ".join(element.itertext()))


def _key(text: str) -> str:
    return _squash(text).casefold().strip(" .:")


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    return _squash(value) if isinstance(value, str) and value.strip() else None
