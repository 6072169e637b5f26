"""Escaping corpus text: whatever an article contains renders as that text, never as markup."""

from __future__ import annotations

import markdown
import pytest

from briefing.escape import html_text, markdown_text

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click me](javascript:alert(1))",
    "![pixel](https://example.com/track.png)",
    "{{ config.secret }} {% include 'x' %}",
    "A paragraph { #id .class onclick='alert(1)' }",
    "**bold** _em_ `code` ~~strike~~",
    "# Not a heading",
    "1. not a list",
    "- not a bullet",
    "| not | a | table |",
    "Tom & Jerry &amp; friends &lt;b&gt;",
    "<https://example.com/autolink>",
]


def render(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "tables", "toc"])


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_text_renders_as_plain_text(text):
    html = render(str(markdown_text(text)))
    assert html.startswith("<p>") and html.endswith("</p>")
    inner = html[3:-4]
    # The only tags in the output are the paragraph's own.
    assert "<" not in inner.replace("&lt;", "")
    assert "href=" not in html and "src=" not in html
    import html as html_module

    assert html_module.unescape(inner) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_html_text_is_inert(text):
    escaped = str(html_text(text))
    assert "<" not in escaped and ">" not in escaped and '"' not in escaped


def test_newlines_never_start_new_blocks():
    assert "\n" not in str(markdown_text("line one\n\n# heading\n- item"))
