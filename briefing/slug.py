"""Slugs: the only way text from the corpus becomes part of a path or URL."""

from __future__ import annotations

import re
import unicodedata


# Index pages sit beside the article and actor pages; no id may take their name.
RESERVED = frozenset({"index"})


# Letters that no accent makes (so Unicode does not decompose them), as the press writes them without:
# "Sigurðardóttir" is "Sigurdardottir", "Wałęsa" is "Walesa", "Løkke" is "Lokke".
_LETTERS = str.maketrans({"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O",
                          "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "œ": "oe", "Œ": "Oe", "ı": "i",
                          "ħ": "h", "Ħ": "H"})


def unaccented(text: str) -> str:
    """``text`` with its accents dropped and its letters of other alphabets' Latin spelled as the press spells them
    without ("Jóhanna Sigurðardóttir" → "Johanna Sigurdardottir"); other characters kept."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text).translate(_LETTERS) if not unicodedata.combining(c))


def slugify(text: str, fallback: str = "item", max_length: int = 80) -> str:
    """ASCII letters, digits and single hyphens: "Moon Jae-in" → "moon-jae-in"; never empty, never a path."""
    ascii_text = unaccented(text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or fallback
