"""Cleaning: page text in, an :class:`~briefing.models.Article` out.

A scraped page carries furniture around the story: the masthead, section
labels, photo and video captions, share/follow prompts, player notices,
"Read more" blocks, related-headline lists, contributor lines and author
bios. Cleaning splits the page into units (paragraphs, or lines inside a
block of short lines), labels each unit from signals that carry across
publishers — line shape and length, terminal punctuation, position in the
page (head zone before the first real paragraph, tail zone after the end of
the story), credit patterns, lines repeated across corpus files, runs of
short link-like lines — and lifts metadata (title, authors, date, publisher,
dateline, kind) out of the units it removes.

Every dropped unit is kept as ``Removed(text, reason)`` with a reason from
:data:`REASONS`, so the cleaning can be audited and nothing is lost
silently. When a rule is unsure it keeps the text: a stray line in a body is
a smaller harm than a lost sentence of the story.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from briefing.models import Article, RawDocument, Removed

log = logging.getLogger(__name__)

# The fixed vocabulary of reasons a unit leaves the body.
REASONS = (
    "masthead",
    "section label",
    "title",
    "byline",
    "date line",
    "dateline",
    "caption",
    "image",
    "prompt",
    "share links",
    "media notice",
    "read more",
    "related headlines",
    "contributor line",
    "author bio",
    "copyright",
    "editor's note",
    "repeated line",
    "furniture",
)

TERMINAL = ".!?。！？"
CLOSERS = "\"'”’)]»"
QUOTE_CHARS = "\"“”‘’'"
DASHES = "—–"

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
WEEKDAY_RE = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?"

# Section labels: words newsrooms put above a headline. Opinion-type labels also set the kind.
OPINION_LABELS = {
    "opinion", "opinions", "commentary", "editorial", "editorials", "op-ed", "oped",
    "perspective", "perspectives", "column", "columns", "columnist", "viewpoint", "viewpoints",
    "letters", "letter", "letters to the editor", "essay", "guest essay", "comment",
    "comment is free", "voices", "our view", "the view", "argument", "point of view",
}
SECTION_LABELS = OPINION_LABELS | {
    "analysis", "news analysis", "review", "reviews", "explainer", "interview", "feature",
    "features", "world", "world news", "politics", "business", "economy", "markets", "money",
    "tech", "technology", "science", "health", "sport", "sports", "entertainment", "culture",
    "arts", "books", "style", "lifestyle", "travel", "food", "national", "local", "nation",
    "us", "u.s.", "uk", "asia", "asia pacific", "asia & pacific", "europe", "africa",
    "middle east", "americas", "national security", "news", "breaking news", "live",
    "investigations", "education", "environment", "climate", "media", "video", "photos",
    "world news", "international", "global", "foreign policy", "defense", "security",
    "exclusive", "breaking", "update", "latest", "top stories",
}
# Lines that open a "Read more" / related block.
READ_MORE_RE = re.compile(
    r"^(?:read more|more on this(?: story| topic)?|more from \w+|related(?: stories| articles|"
    r" coverage| content| links| news)?|see also|also read|read also|you may also like|you might"
    r" also like|recommended(?: for you)?|most read|most popular|more stories|more news|trending"
    r"(?: now)?|further reading|more coverage|what to read next|popular now|editors'? picks)"
    r"\s*[:»…>.]*$",
    re.IGNORECASE,
)
# "READ MORE: headline", "Opinion: headline", "RELATED: headline" — a labelled link.
LABELLED_LINK_RE = re.compile(
    r"^(?:read more|more|related|see also|also read|opinion|analysis|watch|video|photos|gallery|"
    r"live|explainer|listen|podcast|read)\s*[:|»]\s*\S",
    re.IGNORECASE,
)
# Calls to action. Only applied to short units (see _is_prompt).
PROMPT_START_RE = re.compile(
    r"^(?:follow|like|share|subscribe|sign up|sign in|log in|register|click|tap|download|watch|"
    r"see|listen|read|check out|get|join|e-?mail|copy|scroll|continue reading|more from|find|"
    r"visit|send|tell us|support|don't miss|keep up|stay (?:up to date|updated|informed)|"
    r"discover|explore|learn more|view|play|sign-up)\b",
    re.IGNORECASE,
)
CHANNEL_RE = re.compile(
    r"\b(?:twitter|facebook|instagram|youtube|tiktok|linkedin|whatsapp|pinterest|reddit|snapchat|"
    r"telegram|threads|mastodon|newsletters?|podcasts?|app|rss|feed|inbox|e-?mail|updates|alerts|"
    r"archive|opinions|columns|link|here|page|gallery|photos|video|videos|site|website|"
    r"subscription|subscribers?)\b|@\w+|»|›",
    re.IGNORECASE,
)
SHARE_WORD_RE = re.compile(
    r"^(?:share(?: this)?(?: with| on| article| story)?|e-?mail|ebost|facebook|messenger|twitter|x|"
    r"pinterest|whatsapp|linkedin|reddit|print|tweet|copy(?: this)? link|copy link|comments?|"
    r"flipboard|telegram|tumblr|pocket|sms|more|save|gift(?: this)? article|share via)\W*$",
    re.IGNORECASE,
)
MEDIA_NOTICE_RE = re.compile(
    r"\b(?:playback|media player|video player|(?:your|this) (?:device|browser)|javascript|"
    r"enable cookies|flash player|external links? (?:and|will|opens?)|opens? in a new (?:window|tab)|"
    r"audio (?:is )?not supported)\b",
    re.IGNORECASE,
)
# "(Ezra Shaw/Getty Images)", "(AP Photo/Jane Doe)", "(Photo: Jane Doe)", "(Getty Images)".
CREDIT_RE = re.compile(
    r"\((?:(?:photo|image|picture|illustration|video|graphic|credit|courtesy)s?(?: by)?\s*[:/]?\s*"
    r"[^()]{2,90}|[^()]{1,60}/[^()]{1,60}|[^()]{0,40}\b(?:getty images|reuters|afp|associated press|"
    r"ap photo|epa|shutterstock|alamy|pa wire|pa media|bloomberg|file photo|handout)\b[^()]{0,40})\)"
    r"\s*$",
    re.IGNORECASE,
)
CREDIT_TRAIL_RE = re.compile(
    r"(?:^|\s)(?:photo(?:graph)?|image|picture|credit|photo credit|video)s?\s*(?:by|:)\s*[A-Z][^.]{2,80}$"
)
CAPTION_START_RE = re.compile(r"^(?:image (?:caption|copyright)|caption|pictured|above|photo|file photo)\b[:\s]",
                              re.IGNORECASE)
CONTRIBUTOR_RE = re.compile(
    r"\b(?:contributed(?: reporting| to this (?:report|story|article)| reporting to this "
    r"(?:report|story|article))|(?:additional )?reporting by|reported from|writing by|editing by|"
    r"compiled by|reported by)\b",
    re.IGNORECASE,
)
COPYRIGHT_RE = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved)", re.IGNORECASE)
EDITORS_NOTE_RE = re.compile(r"^(?:editor'?s?['’]? note|ed\.? note|note)\s*:", re.IGNORECASE)
BY_RE = re.compile(r"^by\s+(?=[A-Z])", re.IGNORECASE)
# An author bio: "Eric Gomez is a policy analyst at ...", "Jane Doe, a professor at X, is ...".
BIO_RE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})(?:,\s[^,]{3,120},)?\s+"
    r"(?:is|was|has been|are|writes|teaches|serves|covers|directs|leads)\s"
)
BIO_ROLE_RE = re.compile(
    r"\b(?:analyst|fellow|professor|author|writer|columnist|contributor|contributing|director|"
    r"editor|correspondent|journalist|reporter|researcher|scholar|lecturer|economist|chair|"
    r"president|founder|co-founder|member|adviser|advisor|strategist|associate|partner|"
    r"historian|commentator|executive|ceo|former|retired|host|student|candidate|expert|"
    r"officer|ambassador|diplomat|senator|lawyer|attorney|consultant|practitioner|physician|"
    r"doctor|novelist|poet|blogger|producer|chief|head|dean|specialist|teacher|writes|teaches|"
    r"covers|serves|directs|leads)\b",
    re.IGNORECASE,
)
ORG_WORDS = re.compile(
    r"\b(?:University|College|Institute|Institution|Company|Inc|Corp|Group|Party|Ministry|"
    r"Department|Agency|Council|Committee|Court|Foundation|Association|Bank|Government|"
    r"Administration|Army|Police|School|Society|Center|Centre|Office|House|Service|Union|"
    r"League|Club|Times|Post|News|Network|Museum|Hospital|Church|Fund)\b"
)
NAME_PARTICLES = {"de", "van", "von", "da", "der", "den", "bin", "al", "el", "la", "le", "du", "del",
                  "di", "dos", "ter", "ibn", "st.", "mac", "y"}
STOP_TITLE_WORDS = {"the", "a", "an", "of", "in", "on", "for", "to", "with", "and", "or", "at", "by",
                    "from", "is", "are", "was", "as", "how", "why", "what", "who", "its", "his", "her",
                    "their", "our", "we", "i", "you", "this", "that", "after", "over", "not", "no"}
PRONOUN_START = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
                 "but", "and", "or", "so", "yet", "still", "however", "meanwhile", "his", "her",
                 "their", "its", "our", "my", "there", "here", "then", "now", "also"}
IRREGULAR_PAST = {
    "was", "were", "had", "said", "told", "did", "took", "made", "came", "went", "got", "gave",
    "found", "left", "saw", "knew", "thought", "became", "began", "brought", "held", "met", "ran",
    "sent", "spoke", "won", "wrote", "lost", "paid", "led", "fell", "felt", "kept", "heard",
    "stood", "sat", "built", "bought", "caught", "chose", "drove", "ate", "fought", "flew", "forgot",
    "grew", "hid", "hung", "laid", "meant", "rose", "sang", "sold", "shot", "shut", "slept",
    "struck", "swore", "taught", "threw", "understood", "wore", "woke", "broke", "spent", "stole",
}
WEEKDAY_WORD_RE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# "BEIJING —", "WASHINGTON (CNN) --", "Marseille, France (CNN)", "(CNN)", "LONDON, England (Reuters) -- ".
DATELINE_RE = re.compile(
    r"^(?P<place>(?:[A-Z][\w.'’-]*)(?:(?:,\s*|\s+)[A-Z][\w.'’-]*){0,4})?\s*"
    r"(?P<agency>\((?:[A-Z][\w.&'’-]*)(?:[ ./-][\w.&'’-]+){0,3}\))?"
    r"(?P<dash>\s*(?:--|—|–)\s*)?"
)
INLINE_PROMPT_RE = re.compile(r"\s*\b(?:scroll (?:down|up) for (?:video|more|the video|pictures|photos))\b\s*",
                              re.IGNORECASE)
# A trailing call to action glued to the end of a paragraph: '... alive."  See and hear eyewitness accounts »'.
TRAILING_PROMPT_RE = re.compile(
    r"(?<=[.!?\"'”’)])(?P<prompt>\s+(?:watch|see|read|listen|click|e-?mail|share|follow|download|"
    r"subscribe|check out|go inside|explore|get|view)\b[^.!?]{0,120}?(?:»|›)?)\s*$",
    re.IGNORECASE,
)
CAMEL_GLUE_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
WORD_RE = re.compile(r"[\w'’-]+")


@dataclass
class _Unit:
    """One paragraph (or one line of a block of short lines) of the page, in page order."""

    text: str
    order: int
    heading: bool = False
    reason: str | None = None
    # Pieces taken out of a unit that otherwise stays (inline prompts, datelines, glued labels).
    cut: list[Removed] = field(default_factory=list)


@dataclass
class _Meta:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    url: str | None = None
    kind_signals: list[str] = field(default_factory=list)
    author_bios: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Public interface


def clean_corpus(documents: Sequence[RawDocument]) -> list[Article]:
    """Clean every document, in order.

    Uses one corpus-level signal: lines that repeat across files are page
    furniture (mastheads, slogans, footers). ``Article.id`` is left empty; the
    caller assigns unique slugs.
    """
    repeated = repeated_lines(documents)
    return [clean_document(document, repeated) for document in documents]


def repeated_lines(documents: Sequence[RawDocument]) -> frozenset[str]:
    """Normalised lines found in two or more different pages (empty for a corpus of one).

    Two versions of one story (an update, a syndicated copy) share their title and most lines; that is
    not page furniture, so a line only counts when at least two of the pages holding it are mostly
    different from each other.
    """
    if len(documents) < 2:
        return frozenset()
    line_sets = []
    holders: dict[str, list[int]] = defaultdict(list)
    for index, document in enumerate(documents):
        lines = {_normalise(line) for line in _normalise_text(document.text).split("\n")}
        lines = {line for line in lines if line and len(line) <= 200}
        line_sets.append(lines)
        for line in lines:
            holders[line].append(index)

    def on_different_pages(indexes: list[int]) -> bool:
        first = line_sets[indexes[0]]
        for other_index in indexes[1:]:
            other = line_sets[other_index]
            if len(first & other) < NEAR_DUPLICATE_SHARE * len(first | other):
                return True
        return False

    return frozenset(line for line, indexes in holders.items() if len(indexes) >= 2 and on_different_pages(indexes))


# Pages sharing at least this share of their lines are versions of one story.
NEAR_DUPLICATE_SHARE = 0.5


def clean_document(document: RawDocument, repeated_lines: frozenset[str] = frozenset()) -> Article:
    """Clean one document: drop page furniture, lift metadata, keep what was dropped and why."""
    meta = _Meta()
    text = _normalise_text(document.text)
    front: dict = dict(document.meta or {})
    markup_removed: list[Removed] = []
    if document.format == "md":
        if not front:
            text, front = _split_front_matter(text)
        units = _markdown_units(text, markup_removed)
    else:
        units = _text_units(text)
    if document.format == "html":
        _mark_meta_headings(units, front.get("headings") or [])
        _mark_meta_captions(units, front.get("captions") or [])
        markup_removed.extend(_extractor_removed(front.get("removed") or []))

    # Prompts glued to a paragraph go first, so they do not hide the paragraph's full stop.
    _strip_inline(units)
    structured = document.format in ("md", "html")
    _label_units(units, repeated_lines, meta, known_title=_meta_str(front, "title"), structured=structured)
    _publisher_from_masthead(units, meta)
    body = [unit for unit in units if unit.reason is None]
    _take_dateline(body, meta)
    body = _rejoin_page_breaks(body)

    article = Article(id="", source=document.source, title="")
    _apply_meta(article, meta, front, document)
    article.paragraphs = [unit.text for unit in body]
    article.headings = [i for i, unit in enumerate(body) if unit.heading]
    article.removed = _removed_in_page_order(units) + markup_removed
    if not article.title:
        article.title = _fallback_title(article, document)
    if not article.paragraphs:
        article.warnings.append("no body text left after cleaning; check the file holds the story")
    article.warnings = list(document.warnings) + meta.warnings + article.warnings
    log.debug("%s: kept %d paragraphs, removed %d units", document.source, len(article.paragraphs),
              len(article.removed))
    return article


# --------------------------------------------------------------------------------------------
# Splitting the page into units


def _normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return text.replace("\u00a0", " ").replace("\u200b", "")


def _normalise(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip().casefold()


def _text_units(text: str) -> list[_Unit]:
    """Blank lines separate blocks; a block of short lines becomes one unit per line."""
    units: list[_Unit] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) > 1 and _is_hard_wrapped(lines):
            lines = [" ".join(lines)]
        for line in lines:
            units.append(_Unit(re.sub(r"[ \t]+", " ", line), len(units)))
    return units


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width: every line but the last fills most of the width."""
    widest = max(len(line) for line in lines)
    if widest > 100 or widest < 50:
        return False
    return all(len(line) >= 0.7 * widest for line in lines[:-1])


def _split_front_matter(text: str) -> tuple[str, dict]:
    match = re.match(r"^---\s*\n(.*?)\n(?:---|\.\.\.)\s*(?:\n|$)", text, re.DOTALL)
    if not match:
        return text, {}
    try:
        import yaml

        data = yaml.safe_load(match.group(1))
    except Exception:  # malformed front matter stays in the text for the reader to see
        return text, {}
    return text[match.end():], data if isinstance(data, dict) else {}


def _markdown_units(text: str, removed: list[Removed]) -> list[_Unit]:
    """Markdown → plain-text units; headings flagged, images and link definitions dropped."""
    units: list[_Unit] = []
    paragraph: list[str] = []
    in_fence = False

    def flush() -> None:
        if paragraph:
            units.append(_Unit(_md_inline(" ".join(paragraph)), len(units)))
            paragraph.clear()

    lines = text.split("\n")
    for i, raw in enumerate(lines):
        line = raw.rstrip()
        stripped = line.strip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if stripped:
                units.append(_Unit(stripped, len(units)))
            continue
        if not stripped:
            flush()
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        heading = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", stripped)
        if heading:
            flush()
            units.append(_Unit(_md_inline(heading.group(1)), len(units), heading=True))
            continue
        if re.fullmatch(r"(?:=+|-+)", stripped) and paragraph:
            title = " ".join(paragraph)
            paragraph.clear()
            units.append(_Unit(_md_inline(title), len(units), heading=True))
            continue
        if re.fullmatch(r"(?:[-*_]\s*){3,}", stripped):
            flush()
            removed.append(Removed(stripped, "furniture"))
            continue
        if re.fullmatch(r"\[[^\]]+\]:\s*\S+.*", stripped):
            flush()
            removed.append(Removed(stripped, "furniture"))
            continue
        image_only = re.fullmatch(r"!\[([^\]]*)\]\([^)]*\)", stripped)
        if image_only:
            flush()
            removed.append(Removed(stripped, "image"))
            continue
        if re.match(r"^(?:[-*+]|\d+[.)])\s+", stripped) or stripped.startswith(">"):
            flush()
            item = re.sub(r"^(?:>\s?)+", "", stripped)
            item = re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", item)
            if item:
                paragraph.append(item)
            if not nxt or re.match(r"^(?:[-*+]|\d+[.)])\s+", nxt):
                flush()
            continue
        paragraph.append(stripped)
    flush()
    for unit in units:
        images = re.findall(r"!\[[^\]]*\]\([^)]*\)", unit.text)
        for image in images:
            removed.append(Removed(image, "image"))
            unit.text = re.sub(r"\s*" + re.escape(image) + r"\s*", " ", unit.text).strip()
    return [unit for unit in units if unit.text]


def _md_inline(text: str) -> str:
    text = re.sub(r"(?<!!)\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(?<!!)\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"<(https?://[^>\s]+)>", r"\1", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])", r"\1", text)
    text = re.sub(r"~~(?=\S)(.+?)(?<=\S)~~", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>~|])", r"\1", text)
    text = re.sub(r"[ \t]+", " ", text)
    return text.strip()


def _mark_meta_headings(units: list[_Unit], headings: Sequence[str]) -> None:
    wanted = {_heading_key(h) for h in headings if isinstance(h, str) and h.strip()}
    for unit in units:
        if _heading_key(unit.text) in wanted:
            unit.heading = True


def _mark_meta_captions(units: list[_Unit], captions: Sequence[str]) -> None:
    wanted = {_normalise(c) for c in captions if isinstance(c, str) and c.strip()}
    for unit in units:
        if _normalise(unit.text) in wanted:
            unit.reason = "caption"


# What the HTML reader already dropped, in this module's vocabulary.
EXTRACTOR_REASONS = {
    "headline repeated in the body": "title",
    "image caption": "caption",
    "link to another page": "related headlines",
    "heading without text under it": "furniture",
}


def _extractor_removed(entries: Sequence[object]) -> list[Removed]:
    removed = []
    for entry in entries:
        if isinstance(entry, dict) and entry.get("text"):
            reason = str(entry.get("reason", ""))
            removed.append(Removed(str(entry["text"]), EXTRACTOR_REASONS.get(reason, reason if reason in REASONS
                                                                             else "furniture")))
        elif isinstance(entry, Removed):
            removed.append(entry)
    return removed


def _heading_key(text: str) -> str:
    return _normalise(text).rstrip(":").strip()


# --------------------------------------------------------------------------------------------
# Shape of a unit


CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _words(text: str) -> list[str]:
    """Whitespace words; Chinese, Japanese and Korean text counts about two characters a word."""
    tokens = text.split()
    cjk = len(CJK_RE.findall(text))
    if cjk:
        return tokens + ["字"] * max(0, cjk // 2 - len(tokens))
    return tokens


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def _is_prose(text: str) -> bool:
    """A story paragraph: a full sentence of some length, or a long run of words."""
    n = len(_words(text))
    return (n >= 8 and _ends_sentence(text)) or n >= 25


def _is_name(text: str) -> bool:
    """A person's name: 2–5 capitalised words or initials, particles allowed, no digits."""
    tokens = text.strip().split()
    if not 2 <= len(tokens) <= 5 or any(ch.isdigit() for ch in text):
        return False
    if tokens[0].lower() in NAME_PARTICLES:
        return False
    capitals = 0
    for token in tokens:
        bare = token.strip(",")
        if bare.lower() in NAME_PARTICLES:
            continue
        if bare.lower() in STOP_TITLE_WORDS:
            return False
        if not re.fullmatch(r"[A-Z][\w'’.-]*", bare) or (len(bare) > 3 and bare.isupper()):
            return False
        capitals += 1
    return capitals >= 2 and not ORG_WORDS.search(text) and _normalise(text) not in SECTION_LABELS


def _split_names(text: str) -> list[str]:
    parts = re.split(r"\s*(?:,|;|\band\b|&|\|)\s*", text)
    return [part.strip(" .") for part in parts if part.strip(" .")]


def _is_title_shape(text: str) -> bool:
    """Headline shape: a few words, no full stop at the end unless it is short."""
    words = _words(text)
    if not 2 <= len(words) <= 30:
        return False
    stripped = text.rstrip().rstrip(CLOSERS)
    if stripped.endswith(".") and (len(words) > 12 or stripped.endswith("..")):
        return False
    return not text.startswith(tuple(QUOTE_CHARS)) or len(words) <= 15


def _is_headline_like(text: str) -> bool:
    """A link in a list of headlines: short, and not a complete sentence."""
    words = _words(text)
    if not 1 <= len(words) <= 18:
        return False
    stripped = text.rstrip().rstrip(CLOSERS)
    return not stripped.endswith(".") and not stripped.endswith(":")


# --------------------------------------------------------------------------------------------
# Dates


def parse_date(value: object) -> str | None:
    """Any common written date → ISO ``YYYY-MM-DD``; None when no full date is found."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    found = _find_date(value)
    return found[0] if found else None


def _find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    patterns = (
        (r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)", "ymd"),
        (rf"\b(?P<mon>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", "mdy"),
        (rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_RE})\.?,?\s+(?P<y>\d{{4}})\b", "dmy"),
        (r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b", "slash"),
        (r"\b(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4})\b", "dot"),
        (r"\b(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})\b", "ymd"),
    )
    for pattern, shape in patterns:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            groups = match.groupdict()
            year = int(groups["y"])
            if shape == "ymd":
                month, day = int(groups["m"]), int(groups["d"])
            elif shape in ("mdy", "dmy"):
                month, day = MONTHS[groups["mon"].lower()[:3]], int(groups["d"])
            else:
                a, b = int(groups["a"]), int(groups["b"])
                # US pages write month first; a first number above 12 can only be a day.
                month, day = (a, b) if shape == "slash" and a <= 12 else (b, a)
            try:
                return _dt.date(year, month, day).isoformat(), match.span()
            except ValueError:
                continue
    return None


def _is_date_line(text: str) -> str | None:
    if len(_words(text)) > 14:
        return None
    found = _find_date(text)
    if not found:
        return None
    start, end = found[1]
    rest = text[:start] + " " + text[end:]
    rest = re.sub(WEEKDAY_RE + r"\.?", " ", rest, flags=re.IGNORECASE)
    rest = re.sub(r"\b\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)",
                  " ", rest, flags=re.IGNORECASE)
    rest = re.sub(r"\b(?:published|updated|posted|last|modified|on|at|am|pm|et|est|edt|gmt|bst|utc|"
                  r"cet|pst|pt|ct|first|date|time)\b", " ", rest, flags=re.IGNORECASE)
    leftover = [w for w in WORD_RE.findall(rest) if any(ch.isalpha() for ch in w)]
    return found[0] if len(leftover) <= 1 else None


# --------------------------------------------------------------------------------------------
# Labelling units


def _label_units(units: list[_Unit], repeated: frozenset[str], meta: _Meta, known_title: str | None,
                 structured: bool) -> None:
    """``structured``: Markdown or extracted HTML, whose lists and short lines are the author's own.

    Their readers already dropped link lists (they see the links), so the shape-only rules for
    the head and the tail, which guess from plain text, stay off there.
    """
    _label_anywhere(units, repeated, meta)
    start = _body_start(units)
    _label_head(units, start, meta, known_title, structured)
    _label_tail(units, start, meta, structured)
    _label_middle(units, meta)


def _label_anywhere(units: list[_Unit], repeated: frozenset[str], meta: _Meta) -> None:
    """Rules that hold wherever the unit sits on the page."""
    for unit in units:
        if unit.heading:
            if READ_MORE_RE.match(unit.text):
                unit.reason = "read more"
            continue
        text = unit.text
        words = len(_words(text))
        if re.fullmatch(r"[\W_]+", text):
            unit.reason = "furniture"
        elif CREDIT_RE.search(text) and words <= 70:
            unit.reason = "caption"
        elif CAPTION_START_RE.match(text) and words <= 50:
            unit.reason = "caption"
        elif READ_MORE_RE.match(text):
            unit.reason = "read more"
        elif MEDIA_NOTICE_RE.search(text) and words <= 16:
            unit.reason = "media notice"
        elif COPYRIGHT_RE.match(text) and words <= 40:
            unit.reason = "copyright"
        elif _is_prompt(text):
            unit.reason = "prompt"
            _author_from_prompt(text, meta)
        elif SHARE_WORD_RE.match(text):
            unit.reason = "share links"
        elif _normalise(text) in repeated and (words <= 15 or not _ends_sentence(text)):
            unit.reason = "masthead" if unit.order == 0 else "repeated line"
    _label_share_runs(units)


def _is_prompt(text: str) -> bool:
    words = _words(text)
    if not words or len(words) > 25 or text[0] in QUOTE_CHARS:
        return False
    if not PROMPT_START_RE.match(text) and not re.search(r"\b(?:follow|like) (?:us|me|him|her)\b|"
                                                         r"\bsign up\b|\bsubscribe\b", text, re.IGNORECASE):
        return False
    return not _ends_sentence(text) or bool(CHANNEL_RE.search(text))


def _author_from_prompt(text: str, meta: _Meta) -> None:
    """'Follow Jane Doe's opinions', 'Read more from Jane Doe's archive' name the columnist."""
    match = re.search(
        r"\b(?:follow|from|by)\s+(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3})['’]s\s+"
        r"(?P<what>opinions|columns|archive|articles|stories|work|posts)",
        text,
    )
    if match and _is_name(match.group("name")):
        if match.group("name") not in meta.authors:
            meta.authors.append(match.group("name"))
        if match.group("what") in ("opinions", "columns"):
            meta.kind_signals.append("follow-the-columnist prompt")


def _label_share_runs(units: list[_Unit]) -> None:
    """Runs of three or more short unpunctuated lines, half of them share words, are a share widget."""
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and not units[j].heading and _is_short_link(units[j].text):
            j += 1
        run = units[i:j]
        if len(run) >= 3:
            sharey = sum(1 for u in run if SHARE_WORD_RE.match(u.text) or u.reason == "share links")
            if sharey * 2 >= len(run):
                for unit in run:
                    if unit.reason in (None, "share links", "media notice", "prompt", "repeated line"):
                        unit.reason = "share links"
        i = max(j, i + 1)


def _is_short_link(text: str) -> bool:
    return len(_words(text)) <= 12 and not _ends_sentence(text)


def _body_start(units: list[_Unit]) -> int:
    """Index of the first real paragraph: the first prose unit, or a unit opening with a dateline."""
    first = None
    for i, unit in enumerate(units):
        if unit.reason is None and not unit.heading and (_is_prose(unit.text) or _dateline_match(unit.text)):
            if BY_RE.match(unit.text) and _byline(unit.text) or _is_date_line(unit.text):
                continue  # "By Jane Doe | Updated March 5, 2021 at 6:40 p.m." reads like a sentence
            first = i
            break
    if first is None:
        return len(units)
    # Short prose before a dateline paragraph is head matter (notes, captions): the story starts at the dateline.
    for j in range(first, min(first + 3, len(units))):
        if units[j].reason is None and _dateline_match(units[j].text):
            between = [u for u in units[first:j] if u.reason is None]
            if all(len(_words(u.text)) <= 60 for u in between):
                return j
            break
    return first


def _label_head(units: list[_Unit], start: int, meta: _Meta, known_title: str | None, structured: bool) -> None:
    head = [u for u in units[:start] if u.reason is None]
    has_title = known_title is not None
    title_unit = None
    for position, unit in enumerate(head):
        text = unit.text
        if has_title and _heading_key(text) == _heading_key(known_title):
            unit.reason = "title"
            title_unit = unit
            continue
        if unit.heading and (has_title or title_unit is not None):
            continue  # a sub-heading above the first paragraph is part of the story
        glued = _glued_masthead(text)
        if position == 0 and glued:
            unit.reason = "masthead"
            meta.publisher = meta.publisher or glued
            continue
        label = _section_label(text)
        if label:
            unit.reason = "section label"
            if label in OPINION_LABELS:
                meta.kind_signals.append(f"section label {text!r}")
            continue
        if EDITORS_NOTE_RE.match(text):
            unit.reason = "editor's note"
            continue
        byline = _byline(text)
        if byline is not None and (title_unit is not None or has_title or BY_RE.match(text)):
            unit.reason = "byline"
            authors, date = byline
            meta.authors.extend(a for a in authors if a not in meta.authors)
            if date and not meta.published:
                meta.published = date
            continue
        date = _is_date_line(text)
        if date:
            unit.reason = "date line"
            meta.published = meta.published or date
            continue
        if title_unit is None and _is_title_shape(text) and not _is_prose(text):
            rest = head[position + 1:]
            # A short brand line above a headline is the masthead: "The Guardian" over the title.
            if (position == 0 and not has_title and _is_brand(text)
                    and any(_is_title_shape(u.text) and not _byline(u.text) and not _is_date_line(u.text)
                            and not _section_label(u.text) for u in rest)):
                unit.reason = "masthead"
                meta.publisher = meta.publisher or text.strip()
                continue
            title_unit = unit
            unit.reason = "title"
            _split_title_label(unit, meta)
            meta.title = unit.text if not meta.title else meta.title
            continue
        if _is_short_link(text) and len(_words(text)) <= 4 and title_unit is None:
            unit.reason = "section label"
            continue
        if structured:
            continue
        # Anything else above the story (photo captions without credit, stray notes) is furniture.
        unit.reason = "caption" if _ends_sentence(text) else "furniture"
    if start < len(units):
        _label_caption_after_lead(units, start)


def _glued_masthead(text: str) -> str | None:
    """'The Daily PlanetAll the News That Fits' — a brand glued to its slogan; returns the brand."""
    if _ends_sentence(text) or len(_words(text)) > 14:
        return None
    for match in CAMEL_GLUE_RE.finditer(text):
        brand, slogan = text[:match.start()].strip(), text[match.start():].strip()
        if len(_words(brand)) >= 2 and len(_words(slogan)) >= 2 and _is_brand(brand):
            return brand
    return None


def _publisher_from_masthead(units: list[_Unit], meta: _Meta) -> None:
    """The masthead names the publisher: the brand part of 'BrandSlogan', or a short brand line."""
    if meta.publisher:
        return
    for unit in units:
        if unit.reason == "masthead":
            brand = _glued_masthead(unit.text) or (unit.text.strip() if _is_brand(unit.text) else None)
            if brand:
                meta.publisher = brand
                return


def _is_brand(text: str) -> bool:
    words = _words(text)
    if not 1 <= len(words) <= 5 or _ends_sentence(text):
        return False
    significant = [w for w in words if w.lower() not in STOP_TITLE_WORDS]
    # A brand may look like a name ("Harbor City Ledger"); callers rely on its position above the title.
    return bool(significant) and all(w[0].isupper() for w in significant)


def _section_label(text: str) -> str | None:
    key = _normalise(text).strip(" :|»-—")
    if key in SECTION_LABELS and len(_words(text)) <= 4:
        return key
    return None


def _split_title_label(unit: _Unit, meta: _Meta) -> None:
    """'Opinion Pence's task' / 'Opinion | Pence's task' / 'Politics: X' → label cut from the title."""
    text = unit.text
    for label in sorted(SECTION_LABELS, key=len, reverse=True):
        match = re.match(rf"^({re.escape(label)})(\s*[|:»—–-]\s*|\s+)(?=[A-Z0-9\"“‘'])", text, re.IGNORECASE)
        if not match:
            continue
        bare_space = not match.group(2).strip()
        # A label glued by a plain space is only trusted for opinion-type labels written capitalised.
        if bare_space and (label not in OPINION_LABELS | {"analysis"} or not match.group(1)[0].isupper()):
            continue
        rest = text[match.end():].strip()
        if len(_words(rest)) < 2:
            continue
        unit.cut.append(Removed(text[:match.end()].strip(), "section label"))
        unit.text = rest
        if label in OPINION_LABELS:
            meta.kind_signals.append(f"section label {match.group(1)!r}")
        return


def _byline(text: str) -> tuple[list[str], str | None] | None:
    """'By X and Y', 'By X | January 4, 2018', or a bare name: (authors, ISO date or None)."""
    if len(_words(text)) > 20:
        return None
    date = None
    found = _find_date(text)
    body = text
    if found:
        date = found[0]
        body = (text[:found[1][0]] + " " + text[found[1][1]:]).strip()
        body = re.sub(WEEKDAY_RE + r"\.?,?", " ", body)
        body = re.sub(r"\b(?:published|updated|posted|on)\b", " ", body, flags=re.IGNORECASE)
    body = re.split(r"\s+[|·•]\s+|\s+[—–-]\s+", body.strip())[0].strip(" ,|·•")
    by = BY_RE.match(body)
    if by:
        names = [n for n in _split_names(body[by.end():]) if _is_name(n)]
        return (names, date) if names else None
    names = _split_names(body)
    if names and all(_is_name(n) for n in names) and len(names) <= 4:
        return names, date
    return None


def _label_caption_after_lead(units: list[_Unit], start: int) -> None:
    """A photo caption placed right after a datelined lead (the CNN page shape).

    Captions describe the picture in the present tense and name its subject or its
    day; story paragraphs report in the past tense or quote someone. Only a unit that
    meets every condition goes, because losing story text is worse than keeping a caption.
    """
    lead = units[start]
    if not _dateline_match(lead.text):
        return
    later = [u for u in units[start + 1:] if u.reason is None]
    if len(later) < 2:
        return
    candidate = later[0]
    text = candidate.text
    words = _words(text)
    if not 4 <= len(words) <= 30 or candidate.heading:
        return
    if any(q in text for q in "\"“”") or len(re.findall(r"[.!?](?:\s|$)", text)) > 2:
        return
    if words[0].lower().strip(",") in PRONOUN_START:
        return
    lowered = [w.lower().strip(",.;:!?\"'()") for w in words]
    determiners = {"a", "an", "the", "his", "her", "their", "its", "our", "this", "that", "some"}
    for i, w in enumerate(lowered):
        # "-ed" after a determiner is an adjective ("a flooded street"), not a past tense.
        past_form = w.endswith("ed") and len(w) > 4 and (i == 0 or lowered[i - 1] not in determiners)
        if w in IRREGULAR_PAST or past_form:
            return
    if re.search(r"\b(?:says|said|told|according)\b", text, re.IGNORECASE):
        return
    lead_names = set(re.findall(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", lead.text))
    names = set(re.findall(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", text))
    if names & lead_names or WEEKDAY_WORD_RE.search(text):
        candidate.reason = "caption"


def _label_tail(units: list[_Unit], start: int, meta: _Meta, structured: bool) -> None:
    """From the end-of-story marker (contributor line, bio, read-more label) on, nothing is story."""
    live = [i for i in range(start, len(units)) if units[i].reason is None or units[i].reason == "prompt"]
    if not live:
        return
    # The end marker must sit in the last part of the page.
    zone_start = start + int((len(units) - start) * 0.5)
    marker = None
    for i in range(max(zone_start, start + 1), len(units)):
        unit = units[i]
        if unit.heading and not READ_MORE_RE.match(unit.text):
            continue
        reason = _end_marker(i, units, start, meta)
        if reason:
            marker = i
            break
    end = marker if marker is not None else len(units)
    if marker is not None:
        for index in range(marker + 1, len(units)):
            unit = units[index]
            if unit.reason is None:
                if _end_marker(index, units, start, meta):
                    continue
                if structured and _is_prose(unit.text):
                    continue
                unit.reason = "related headlines"
    if structured:
        return
    # Walking back from the end: short unpunctuated lines are a list of related headlines.
    block: list[_Unit] = []
    for unit in reversed(units[start + 1:end]):
        if unit.reason is not None:
            if unit.reason in ("prompt", "share links", "media notice", "copyright", "repeated line", "caption"):
                continue
            break
        if unit.heading or not _is_headline_like(unit.text) or unit.text[0] in QUOTE_CHARS:
            if unit.text.rstrip().endswith("?") and len(_words(unit.text)) <= 18 and block:
                block.append(unit)
                continue
            break
        block.append(unit)
    pure = [u for u in block if not _ends_sentence(u.text)]
    if pure and (len(block) >= 2 or marker is not None or end == len(units)):
        for unit in block:
            unit.reason = "related headlines"


def _end_marker(index: int, units: list[_Unit], start: int, meta: _Meta) -> str | None:
    unit = units[index]
    text = unit.text
    words = len(_words(text))
    if READ_MORE_RE.match(text):
        unit.reason = "read more"
        return unit.reason
    if unit.reason is not None and unit.reason != "prompt":
        return None
    if unit.reason == "prompt":
        # "Read more from X's archive, follow him on Twitter" closes a column.
        return "prompt" if re.match(r"^(?:read|more) ", text, re.IGNORECASE) and words >= 5 else None
    if words <= 60 and CONTRIBUTOR_RE.search(text) and not text.startswith(tuple(QUOTE_CHARS)):
        unit.reason = "contributor line"
        meta.contributors.extend(n for n in _contributor_names(text) if n not in meta.contributors)
        return unit.reason
    closes_page = all(u.reason is not None or not _is_prose(u.text) for u in units[index + 1:])
    if (words <= 60 and closes_page and not any(q in text for q in "\"“”")
            and _is_author_bio(text, " ".join(u.text for u in units[start:index]), meta)):
        unit.reason = "author bio"
        meta.author_bios.append(text)
        meta.kind_signals.append("author bio")
        return unit.reason
    return None


def _contributor_names(text: str) -> list[str]:
    names: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        cut = CONTRIBUTOR_RE.search(sentence)
        if not cut:
            continue
        if re.match(r"(?:additional )?reporting by|writing by|editing by|compiled by|reported by",
                    cut.group(0), re.IGNORECASE):
            part = sentence[cut.end():]
        else:
            part = sentence[:cut.start()]
        part = re.sub(r"\b[A-Z][\w.]*['’]s\b", " ", part)  # "CNN's Jane Doe" → "Jane Doe"
        for chunk in re.split(r"\s*(?:,|;|\band\b|&|\bwhile\b)\s*", part):
            chunk = re.split(r"\s+(?:in|from|at|reported|wrote|with)\s+", chunk.strip())[0]
            run = re.findall(r"(?:[A-Z][\w'’.-]*\s?)+$", chunk.strip())
            if run:
                tokens = run[0].split()
                candidate = " ".join(tokens[-4:])
                if _is_name(candidate) and candidate not in names:
                    names.append(candidate)
    return names


def _is_author_bio(text: str, story_before: str, meta: _Meta) -> bool:
    match = BIO_RE.match(text)
    if not match:
        return False
    name = match.group("name")
    if not _is_name(name):
        return False
    if any(name == author or name.split()[-1] == author.split()[-1] for author in meta.authors):
        return True
    if not BIO_ROLE_RE.search(text[match.end():][:120]):
        return False
    # A bio introduces its writer; a person already in the story is being described, not credited.
    return re.search(rf"\b{re.escape(name.split()[-1])}\b", story_before) is None


def _label_middle(units: list[_Unit], meta: _Meta) -> None:
    """Inside the story: labelled links ('READ MORE: ...', 'Opinion: ...') and read-more labels."""
    for unit in units:
        if unit.reason is not None or unit.heading:
            continue
        text = unit.text
        if READ_MORE_RE.match(text):
            unit.reason = "read more"
        elif LABELLED_LINK_RE.match(text) and _is_headline_like(text):
            unit.reason = "related headlines"
        elif len(_words(text)) <= 60 and CONTRIBUTOR_RE.search(text) and unit is _last_live(units):
            unit.reason = "contributor line"
            meta.contributors.extend(n for n in _contributor_names(text) if n not in meta.contributors)
        elif _is_short_link(text) and len(_words(text)) <= 14 and not text.rstrip().endswith(":"):
            # A short line inside the story: a sub-heading (kept), unless it is a sentence fragment link.
            unit.heading = True


def _last_live(units: list[_Unit]) -> _Unit | None:
    for unit in reversed(units):
        if unit.reason is None:
            return unit
    return None


# --------------------------------------------------------------------------------------------
# Inside kept units


def _strip_inline(units: list[_Unit]) -> None:
    for unit in units:
        if unit.heading:
            continue
        text = unit.text
        for match in list(INLINE_PROMPT_RE.finditer(text)):
            unit.cut.append(Removed(match.group(0).strip(), "prompt"))
        text = INLINE_PROMPT_RE.sub(" ", text).strip()
        trailing = TRAILING_PROMPT_RE.search(text)
        if trailing and trailing.start() > 0:
            unit.cut.append(Removed(trailing.group("prompt").strip(), "prompt"))
            text = text[:trailing.start()].rstrip()
        if text != unit.text:
            unit.text = re.sub(r"  +", " ", text)


def _dateline_match(text: str) -> re.Match | None:
    match = DATELINE_RE.match(text)
    if not match or match.end() == 0:
        return None
    place, agency, dash = match.group("place"), match.group("agency"), match.group("dash")
    if not (agency or dash):
        return None
    if place:
        first = place.split(",")[0].split()[0]
        caps_place = first.isupper() and len(first) >= 2
        if not (caps_place or agency or ("," in place and dash)):
            return None
        if not agency and len(place.split()) > 4:
            return None
    rest = text[match.end():]
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in QUOTE_CHARS):
        return None
    return match


def _take_dateline(body: list[_Unit], meta: _Meta) -> None:
    if not body:
        return
    first = next((u for u in body if not u.heading), None)
    if first is None:
        return
    match = _dateline_match(first.text)
    if not match:
        return
    place = (match.group("place") or "").strip(" ,")
    agency = (match.group("agency") or "").strip("() ")
    meta.dateline = place or None
    if agency and not meta.publisher:
        meta.publisher = agency
    first.cut.append(Removed(first.text[:match.end()].strip(), "dateline"))
    first.text = first.text[match.end():].lstrip()


def _rejoin_page_breaks(body: list[_Unit]) -> list[_Unit]:
    """A paragraph ending mid-sentence followed by one starting in lower case was split by a page break."""
    joined: list[_Unit] = []
    for unit in body:
        previous = joined[-1] if joined else None
        if (previous is not None and not previous.heading and not unit.heading
                and unit.text[:1].islower() and len(_words(previous.text)) >= 8
                and not _ends_sentence(previous.text) and not previous.text.rstrip().endswith(":")):
            previous.text = previous.text.rstrip() + " " + unit.text.lstrip()
            previous.cut.extend(unit.cut)
            continue
        joined.append(unit)
    return joined


# --------------------------------------------------------------------------------------------
# Assembling the article


def _removed_in_page_order(units: list[_Unit]) -> list[Removed]:
    removed: list[Removed] = []
    for unit in sorted(units, key=lambda u: u.order):
        removed.extend(c for c in unit.cut if c.reason in ("section label", "dateline"))
        if unit.reason is not None:
            removed.append(Removed(unit.text, unit.reason))
        removed.extend(c for c in unit.cut if c.reason not in ("section label", "dateline"))
    return removed


def _meta_str(front: dict, key: str) -> str | None:
    value = front.get(key)
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value if v is not None)
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


def _meta_authors(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = re.sub(r"^by\s+", "", value.strip(), flags=re.IGNORECASE)
        return _split_names(value)
    if isinstance(value, (list, tuple)):
        names: list[str] = []
        for item in value:
            if isinstance(item, dict):
                item = item.get("name")
            if item is not None and str(item).strip():
                names.append(re.sub(r"\s+", " ", str(item)).strip())
        return names
    if isinstance(value, dict) and value.get("name"):
        return [str(value["name"]).strip()]
    return [str(value).strip()]


def _apply_meta(article: Article, meta: _Meta, front: dict, document: RawDocument) -> None:
    """Front matter / page metadata wins over what the text suggests."""
    article.title = _meta_str(front, "title") or meta.title or ""
    authors = _meta_authors(front.get("authors", front.get("author")))
    article.authors = authors or _dedupe(meta.authors)
    date_value = front.get("date", front.get("published"))
    published = parse_date(date_value) if date_value is not None else None
    if date_value is not None and published is None:
        meta.warnings.append(f"could not read the date {str(date_value)!r}; write it as YYYY-MM-DD")
    article.published = published or meta.published
    article.publisher = _meta_str(front, "publisher") or meta.publisher
    article.url = _meta_str(front, "url")
    article.dateline = meta.dateline
    article.author_bios = meta.author_bios
    article.contributors = [c for c in _dedupe(meta.contributors) if c not in article.authors]
    kind = (_meta_str(front, "kind") or "").lower()
    if kind in ("news", "opinion"):
        article.kind = kind
    else:
        if kind:
            meta.warnings.append(f"unknown kind {kind!r} (use news or opinion); guessed from the page")
        article.kind = "opinion" if meta.kind_signals else "news"


def _dedupe(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _fallback_title(article: Article, document: RawDocument) -> str:
    for index, paragraph in enumerate(article.paragraphs):
        if index in article.headings:
            continue
        sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", paragraph, maxsplit=1)[0].strip()
        if sentence:
            words = sentence.split()
            title = " ".join(words[:14]) + (" …" if len(words) > 14 else "")
            article.warnings.append("no title found on the page; using the first sentence "
                                    "(add a title line or front matter)")
            return title.rstrip(".")
    stem = PurePosixPath(document.source).stem
    article.warnings.append("no title found on the page; using the file name (add a title line or front matter)")
    return re.sub(r"[_-]+", " ", stem).strip() or document.source
