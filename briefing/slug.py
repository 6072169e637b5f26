"""Slugs: the only way text from the corpus becomes part of a path or URL."""

from __future__ import annotations

import re
import unicodedata


# Index pages sit beside the article and actor pages; no id may take their name.
RESERVED = frozenset({"index"})


def slugify(text: str, fallback: str = "item", max_length: int = 80) -> str:
    """ASCII letters, digits and single hyphens: "Moon Jae-in" → "moon-jae-in"; never empty, never a path."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or fallback
