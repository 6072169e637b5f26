"""Escaping corpus text for the two contexts it lands in: Markdown text and raw HTML.

Articles are untrusted input. Every character that Markdown, its extensions
(attribute lists, tables) or HTML could interpret becomes a numeric character
reference, which every Markdown implementation renders as the character itself.
Entities (rather than backslashes) are used because they work in every context
we write — paragraphs, headings, link text, table cells — and with extensions we
do not know about.
"""

from __future__ import annotations

import html
import re

from markupsafe import Markup

_MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+!|<>&\"'~^=$]")
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])|^(\s*)([-:])")
_WHITESPACE = re.compile(r"\s+")


def _entity(match: re.Match) -> str:
    return f"&#{ord(match.group(0))};"


def markdown_text(text: object) -> Markup:
    """Corpus text → Markdown that renders as exactly that text, on one line (white space folded)."""
    flat = _WHITESPACE.sub(" ", str(text))
    escaped = _MARKDOWN_SPECIAL.sub(_entity, flat)
    # "1. x" or "- x" at the start of a line would become a list item.
    escaped = _LINE_START.sub(
        lambda m: f"{m.group(1)}{m.group(2)}&#{ord(m.group(3))};"
        if m.group(2)
        else f"{m.group(4)}&#{ord(m.group(5))};",
        escaped,
    )
    return Markup(escaped)


def html_text(text: object) -> Markup:
    """Corpus text → HTML text content (inside a raw HTML block, where Markdown is not parsed)."""
    return Markup(html.escape(_WHITESPACE.sub(" ", str(text)).strip(), quote=True))


def attribute(text: object) -> Markup:
    """A value for an HTML attribute we write ourselves (ids, classes); corpus text never needs it raw."""
    return Markup(html.escape(str(text), quote=True))


def page_title(text: object) -> Markup:
    """Corpus text for a page's first heading, which MkDocs turns into the page title.

    Themes print the page title in places that unescape it first (``page.title | striptags`` in
    the ``<title>`` of MkDocs' and Material's base templates), so escaping alone does not hold
    there: angle brackets become their typographic look-alikes, and no tag can ever form.
    """
    return markdown_text(str(text).replace("<", "‹").replace(">", "›"))
