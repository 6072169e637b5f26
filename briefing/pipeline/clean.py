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
    "sign-off",
    "copyright",
    "editor's note",
    "repeated line",
    "navigation",
    "standfirst",
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
    "guest column", "guest opinion", "guest commentary", "guest view", "my view", "your view", "open letter",
    "letter to the editor", "your letters", "readers' letters",
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
    r"(?: now)?|further reading|more coverage|what to read next|popular now|editors'? picks|"
    r"(?:related )?topics|tags|keywords|filed under|explore more(?: on these topics)?|more about|most viewed|"
    r"most liked|most shared|top stories|latest(?: news| stories)?|read next|up next)"
    r"\s*[:»…>.]*$",
    re.IGNORECASE,
)
# "READ MORE: headline", "Opinion: headline", "RELATED: headline" — a labelled link.
LABELLED_LINK_RE = re.compile(
    r"^(?:read more|more|related|see also|also read|opinion|analysis|watch|video|photos|gallery|"
    r"live|explainer|listen|podcast|read)\s*[:|»]\s*\S",
    re.IGNORECASE,
)
# A credit that names no one: "By our Economics Editor", "By a Staff Reporter", "By Our Correspondent"
STAFF_CREDIT_RE = re.compile(
    r"^by\s+(?:our|an?|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:correspondents?|editors?|reporters?|writers?|staff|"
    r"team|desk)\.?$", re.IGNORECASE)
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
    r"flipboard|telegram|tumblr|pocket|sms|more|save|gift(?: this)? article|share via|share full article|"
    r"reuse this content|\d+\s+(?:comments?|shares?))\W*\d*\W*$",
    re.IGNORECASE,
)
MEDIA_NOTICE_RE = re.compile(
    r"\b(?:playback|media player|video player|(?:your|this) (?:device|browser)|javascript|"
    r"enable cookies|flash player|external links? (?:and|will|opens?)|opens? (?:in )?(?:a )?new (?:window|tab)|"
    r"audio (?:is )?not supported|listen to (?:this|the) (?:article|story))\b",
    re.IGNORECASE,
)
# "(Ezra Shaw/Getty Images)", "(AP Photo/Jane Doe)", "(Photo: Jane Doe)", "(Getty Images)", "[Jane Doe/Reuters]".
CREDIT_RE = re.compile(
    r"[(\[](?:(?:photo|image|picture|illustration|video|graphic|credit|courtesy)s?(?: by)?\s*[:/]?\s*"
    r"[^()\[\]]{2,90}|[^()\[\]]{1,60}/[^()\[\]]{1,60}|[^()\[\]]{0,40}\b(?:getty images|reuters|afp|"
    r"associated press|ap photo|epa|shutterstock|alamy|pa wire|pa media|bloomberg|file photo|handout)\b"
    r"[^()\[\]]{0,40})[)\]]\s*$",
    re.IGNORECASE,
)
# A credit written without brackets at the end of a caption: "... at Panmunjom. Jane Doe/Pool via Reuters",
# "... on Tuesday. | KYODO", "Photograph: Jane Doe/Getty Images", or alone on its line: "Jane Doe/The Herald".
CREDIT_NAME = r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
SLASH_CREDIT = rf"{CREDIT_NAME}(?:\s*/\s*{CREDIT_NAME}){{1,3}}(?:\s+(?:via|for)\s+{CREDIT_NAME})?"
CREDIT_END_RE = re.compile(
    rf"(?<=[.!?”\"’])\s+(?:\|\s*)?{SLASH_CREDIT}\s*$|(?<=[.!?”\"’])\s+\|\s*{CREDIT_NAME}\s*$|"
    r"(?:^|(?<=[.!?”\"’])\s)(?i:photograph|photo|image|picture|illustration|credit)s?\s*(?::|\.\.\.|…)\s*\S[^.!?]{1,90}$"
)
CREDIT_LINE_RE = re.compile(rf"^{SLASH_CREDIT}$")
# "Item 1 of 3", "[1/3]", "Photo 2 of 12": a gallery counter opens a caption.
GALLERY_RE = re.compile(r"^(?:(?:item|photo|image|slide|picture)\s+\d+\s+of\s+\d+\b|\[\d+\s*/\s*\d+\])",
                        re.IGNORECASE)
CAPTION_START_RE = re.compile(
    r"^(?:(?:image|media|video|photo) (?:caption|copyright|source|credit)|caption|pictured|above|photo|"
    r"file photo|credit|photograph)\b(?:[:,\s]|\.\.\.|…)",
    re.IGNORECASE,
)
# A caption's label alone on its line ("Image caption,", "Media caption:"): the next unit is the caption.
CAPTION_LABEL_RE = re.compile(r"^(?:(?:image|media|video|photo) )?caption\s*[,:]?$", re.IGNORECASE)
# Page furniture that is the same on every site: skip links, advertising slots, reading-time notes, end marks.
SKIP_LINK_RE = re.compile(r"^skip (?:to|links?)\b", re.IGNORECASE)
ADVERT_RE = re.compile(
    r"^(?:(?:skip )?advertisements?|ad|ads|sponsored(?: content)?|paid (?:content|post)|promoted(?: content)?|"
    r"(?:story|article) continues (?:below|after)(?: (?:this )?advertisement)?)\W*$",
    re.IGNORECASE,
)
READING_TIME_RE = re.compile(r"^\d+\s*(?:min(?:ute)?s?|sec(?:ond)?s?)(?:\s+(?:read|listen))?$", re.IGNORECASE)
END_MARK_RE = re.compile(r"^(?:\(\s*(?:END|MORE|ENDS)\s*\)|#{3}|-30-|ENDS)$")
URL_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# "Reuters Graphic", "Video", "Interactive": a placeholder where a graphic or player sat.
MEDIA_PLACEHOLDER_RE = re.compile(
    r"^(?:[A-Z][\w.]*\s+)?(?:graphics?|interactive|video|photos?|gallery|chart|map|audio|podcast)$",
    re.IGNORECASE,
)
# A service note from a wire or an editor, in brackets: "(ATTN: UPDATES with ...)", "(CORRECTS ...)".
SERVICE_NOTE_RE = re.compile(r"^\((?:[A-Z]{2,}[A-Z ]*:|(?:CORRECTS|UPDATES|ADDS|RECASTS|REFILES)\b)")
CONTRIBUTOR_RE = re.compile(
    r"\b(?:contributed(?: reporting| to this (?:report|story|article)| reporting to this "
    r"(?:report|story|article))|(?:additional )?reporting by|reported from|writing by|editing by|"
    r"compiled by|reported by)\b",
    re.IGNORECASE,
)
COPYRIGHT_RE = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved)", re.IGNORECASE)
EDITORS_NOTE_RE = re.compile(r"^(?:editor'?s?['’]? note|ed\.? note|note)\s*:", re.IGNORECASE)
BY_RE = re.compile(r"^by\s+(?=[^\W\d_])", re.IGNORECASE)  # (a letter of any alphabet: "By Łucja Nowak")
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
    r"^(?P<place>(?:[A-Z][\w.'’-]*)(?:(?:,\s*|\s+)[A-Z][\w.'’-]*){0,4})?"
    rf"(?P<date>,?\s+{MONTH_RE}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
    r"(?:\s*(?P<agency>\((?:[A-Z][\w.&'’-]*)(?:[ ./-][\w.&'’-]+){0,3}\)))?"
    r"(?P<dash>\s*(?:--|—|–)\s*|\s+-\s+)?"
    # Ends on the agency or the dash, so that "SEOUL, Jan." cannot pass for a whole dateline.
    r"(?<=[)\s—–-])"
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
    # Index of the blank-line-separated block the unit came from; lines of one block share it.
    block: int = -1
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
    _publisher_from_copyright(units, meta)
    body = _rejoin_page_breaks(body)

    paragraphs = [unit.text for unit in body]
    if meta.authors and not meta.kind_signals and _first_person_column(paragraphs):
        meta.kind_signals.append("signed, told in the first person")
    article = Article(id="", source=document.source, title="")
    _apply_meta(article, meta, front, document)
    article.paragraphs = paragraphs
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
    for block_index, block in enumerate(re.split(r"\n\s*\n", text)):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) > 1 and _is_hard_wrapped(lines):
            lines = [" ".join(lines)]
        for line in lines:
            units.append(_Unit(re.sub(r"[ \t]+", " ", line), len(units), block=block_index))
    return units


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width: every line but the last fills most of the width."""
    widest = max(len(line) for line in lines)
    if widest > 100 or widest < 50:
        return False
    if not all(len(line) >= 0.7 * widest for line in lines[:-1]):
        return False
    # A headline over its date line, or a caption over its credit, is two lines, not one wrapped paragraph.
    if any(_is_date_line(line) or _byline(line) or _is_credit_line(line) for line in lines):
        return False
    return len(lines) > 2 or lines[1][:1].islower() or not _ends_sentence(lines[0]) and not _is_title_case(lines[0])


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
        if not units and len(paragraph) == 1 and nxt and len(_words(nxt)) <= 8 and _credit_line(nxt):
            flush()  # a headline with its credit right under it ("Opinion | Mariana Techera"): two units
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
    """A story paragraph: a full sentence of some length, or a long run of words.

    A headline written in Title Case may end in a full stop ("The Games Won't Fix Korea. They Might
    Buy Time."); story sentences are never mostly capitalised words.
    """
    n = len(_words(text))
    if n < 25 and _is_title_case(text):
        return False
    return (n >= 8 and _ends_sentence(text)) or n >= 25


def _is_title_case(text: str) -> bool:
    """Headline capitalisation: (almost) every word that is not a short function word starts upper case."""
    words = [w.strip("\"'“”‘’()[],.:;!?|") for w in text.split()]
    words = [w for w in words if w and w[0].isalpha()]
    significant = [w for w in words if w.lower() not in STOP_TITLE_WORDS | {"into", "up", "but", "so", "than"}]
    if len(words) < 4 or len(significant) < 3:
        return False
    lower = sum(1 for w in significant if w[0].islower())
    return lower == 0 and sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)


def _is_name(text: str) -> bool:
    """A person's name: 2–5 capitalised words or initials, particles allowed, no digits."""
    tokens = text.strip().split()
    if not 2 <= len(tokens) <= 5 or any(ch.isdigit() for ch in text):
        return False
    if tokens[0].lower() in NAME_PARTICLES and not (tokens[0][:1].isupper() and len(tokens) >= 3):
        return False  # ("de la Cruz" alone; but "Le Thu Hien", "Van Der Merwe Smit": a surname that is a particle)
    capitals = 0
    for token in tokens:
        bare = token.strip(",")
        if bare.lower() in NAME_PARTICLES:
            continue
        if bare.lower() in STOP_TITLE_WORDS:
            return False
        if not (re.fullmatch(r"[^\W\d_][\w'’.-]*", bare) and bare[0].isupper()) or (len(bare) > 3 and bare.isupper()):
            # (a capital of any alphabet: "Łucja", "Émile")
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
    return not text.startswith(tuple(QUOTE_CHARS)) or len(words) <= 15 or bool(QUOTED_HEADLINE_RE.match(text))


# A headline made of a quotation and who said it, after a dash or a colon ('"They are selling the house while we
# are still living in it" - union leader on SONADEL sale'): however long the quotation, not a quoted paragraph
QUOTED_HEADLINE_RE = re.compile(r"^[\"“‘]([^\"“”‘’]{3,})[\"”’]\s*[-–—:|]\s*([^.!?\"“”]{3,90})$")


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
        # "January 9, 20185:14 AM": a copied page may glue the year to the time that follows it.
        (rf"\b(?P<mon>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?:\b|(?=\d{{1,2}}:\d{{2}}))",
         "mdy"),
        (rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_RE})\.?,?\s+(?P<y>\d{{4}})"
         r"(?:\b|(?=\d{1,2}[:.]\d{2}))", "dmy"),
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
    """A line that only states when the page was published or updated; returns the first date."""
    if len(_words(text)) > 24:
        return None
    found = _find_date(text)
    if not found:
        return None
    first = found[0]
    rest = text
    while found:  # "Published Jan. 10, 2018 | Updated Jan. 10, 2018": every date goes
        start, end = found[1]
        rest = rest[:start] + " " + rest[end:]
        found = _find_date(rest)
    # Copying glues words together: "GMTLast modified", "2018Updated".
    rest = re.sub(r"(?<=[a-z\d])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", rest)
    clock = re.search(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", rest, re.IGNORECASE)
    rest = re.sub(WEEKDAY_RE + r"\.?", " ", rest, flags=re.IGNORECASE)
    rest = re.sub(r"\b\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)",
                  " ", rest, flags=re.IGNORECASE)
    rest = re.sub(r"\b\d+\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago\b", " ", rest,
                  flags=re.IGNORECASE)
    rest = re.sub(r"\b(?:published|updated|posted|last|modified|on|at|am|pm|et|est|edt|gmt|bst|utc|kst|jst|"
                  r"cet|pst|pt|ct|cst|first|date|time|and)\b", " ", rest, flags=re.IGNORECASE)
    leftover = [w for w in WORD_RE.findall(rest) if any(ch.isalpha() for ch in w)]
    # A page may put a section link beside the time stamp ("All Headlines 17:40 January 09, 2018").
    return first if len(leftover) <= 1 or (clock and len(leftover) <= 2) else None


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
    if not structured:
        _label_navigation(units, start)
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
        if re.fullmatch(r"[\W_]+", text) or END_MARK_RE.match(text) or ADVERT_RE.match(text):
            unit.reason = "furniture"
        elif SKIP_LINK_RE.match(text) and words <= 12:
            unit.reason = "navigation"
        elif URL_RE.match(text):
            unit.reason = "furniture"
            meta.url = meta.url or text
        elif EMAIL_RE.match(text):
            unit.reason = "contributor line"
        elif (CREDIT_RE.search(text) or GALLERY_RE.match(text)) and words <= 70:
            unit.reason = "caption"
        elif _is_credit_line(text) or CREDIT_END_RE.search(text) and words <= 70:
            unit.reason = "caption"
        elif (CAPTION_START_RE.match(text) or CAPTION_LABEL_RE.match(text)) and words <= 50:
            unit.reason = "caption"
        elif READ_MORE_RE.match(text):
            unit.reason = "read more"
        elif (MEDIA_NOTICE_RE.search(text) and words <= 16 or READING_TIME_RE.match(text)
              or MEDIA_PLACEHOLDER_RE.match(text)):
            unit.reason = "media notice"
        elif COPYRIGHT_RE.match(text) and words <= 40:
            unit.reason = "copyright"
        elif SERVICE_NOTE_RE.match(text) and words <= 40:
            unit.reason = "editor's note"
        elif SHARE_WORD_RE.match(text):
            unit.reason = "share links"
        elif _is_prompt(text):
            unit.reason = "prompt"
            _author_from_prompt(text, meta)
        elif _normalise(text) in repeated and (words <= 15 or not _ends_sentence(text)):
            unit.reason = "masthead" if unit.order == 0 else "repeated line"
    _label_caption_after_label(units)
    _label_share_runs(units)
    _label_promo_blocks(units)


def _is_credit_line(text: str) -> bool:
    """A photo credit alone on its line: 'Jane Doe/The Herald', 'JUNG YEON-JE/AFP/Getty Images'."""
    words = re.split(r"[\s/]+", text.strip())
    return bool(CREDIT_LINE_RE.match(text.strip())) and 3 <= len(words) and len(_words(text)) <= 10


def _label_caption_after_label(units: list[_Unit]) -> None:
    """'Image caption,' on its own line labels the next unit; a credit line labels the unit above it."""
    for i, unit in enumerate(units):
        if unit.reason != "caption":
            continue
        if CAPTION_LABEL_RE.match(unit.text) and i + 1 < len(units):
            following = units[i + 1]
            if following.reason is None and not following.heading and len(_words(following.text)) <= 50:
                following.reason = "caption"
        elif _is_credit_line(unit.text) and i > 0:
            above = units[i - 1]
            # A caption with its credit on the next line: short, in the present or a plain description.
            if (above.reason is None and not above.heading and len(_words(above.text)) <= 50
                    and above.text[:1] not in QUOTE_CHARS and not _dateline_match(above.text)):
                above.reason = "caption"


def _label_promo_blocks(units: list[_Unit]) -> None:
    """A newsletter or subscription box copied as one block of lines that opens or closes with a call to action.

    Story paragraphs are separated by blank lines; a promotion box is a block of lines (heading, blurb,
    privacy notice) held together, so the whole block goes with its prompt.
    """
    _label_reader_appeals(units)
    blocks: dict[int, list[_Unit]] = defaultdict(list)
    for unit in units:
        if unit.block >= 0:
            blocks[unit.block].append(unit)
    for block in blocks.values():
        if not 2 <= len(block) <= 8 or any(u.order == 0 for u in block):
            continue
        if not any(u.reason == "prompt" and len(_words(u.text)) >= 3 for u in (block[0], block[-1])):
            continue
        if any(u.reason is None and len(_words(u.text)) > 60 for u in block):
            continue
        for unit in block:
            if unit.reason is None and not unit.heading:
                unit.reason = "prompt"
    _label_reader_appeals(units)  # again: the box's own lines are prompts now


def _label_reader_appeals(units: list[_Unit]) -> None:
    """Next to a call to action, a line that asks the reader to subscribe or sign up belongs to it."""
    for i, unit in enumerate(units):
        if unit.reason is not None or unit.heading or unit.text[:1] in QUOTE_CHARS:
            continue
        addresses_reader = re.search(r"\b(?:you|your|us|our)\b", unit.text, re.IGNORECASE)
        fragment = len(_words(unit.text)) <= 6 and not _ends_sentence(unit.text)  # "after newsletter promotion"
        if not (READER_APPEAL_RE.search(unit.text) and (addresses_reader or fragment)):
            continue
        neighbours = units[max(0, i - 1):i] + units[i + 1:i + 2]
        if any(n.reason == "prompt" for n in neighbours) and len(_words(unit.text)) <= 60:
            unit.reason = "prompt"


READER_APPEAL_RE = re.compile(
    r"\b(?:subscrib\w*|newsletters?|sign(?:ing)? up|journalism|inbox|donat\w+|membership|"
    r"letters to the editor|support us)\b",
    re.IGNORECASE,
)


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
    """Index of the first real paragraph: the first prose unit, or a unit opening with a dateline.

    A sentence above the byline or the date line is the standfirst (the deck under the headline), and a
    sentence about the byline's authors ("Ms. Doe is a former diplomat.") is their bio: neither opens the story.
    """
    first = None
    search_from = 0
    while first is None and search_from < len(units):
        for i in range(search_from, len(units)):
            unit = units[i]
            if unit.reason is None and not unit.heading and (_is_prose(unit.text) or _dateline_match(unit.text)):
                if BY_RE.match(unit.text) and _byline(unit.text) or _is_date_line(unit.text):
                    continue  # "By Jane Doe | Updated March 5, 2021 at 6:40 p.m." reads like a sentence
                if _head_bio(unit.text, _byline_authors(units[:i])):
                    continue
                first = i
                break
        if first is None:
            return len(units)
        later_meta = _head_meta_after(units, first)
        if later_meta is not None and not _dateline_match(units[first].text):
            search_from, first = later_meta + 1, None
    if first is None:
        return len(units)
    first = _short_opening(units, first)
    # Short prose before a dateline paragraph is head matter (notes, captions): the story starts at the dateline.
    for j in range(first, min(first + 3, len(units))):
        if units[j].reason is None and _dateline_match(units[j].text):
            between = [u for u in units[first:j] if u.reason is None]
            if all(len(_words(u.text)) <= 60 for u in between):
                return j
            break
    return first


def _short_opening(units: list[_Unit], first: int) -> int:
    """A short opening sentence ('Trains are slow. That is the point.') right under the byline opens the story."""
    live = [i for i in range(first) if units[i].reason is None]
    if len(live) < 2 or live[-1] != first - 1:
        return first
    candidate, above = units[live[-1]], units[live[-2]]
    text = candidate.text
    if (candidate.heading or not _ends_sentence(text) or len(_words(text)) < 3 or _is_title_case(text)
            or _is_date_line(text) or _byline(text) or _dateline_match(text)
            or _head_bio(text, _byline_authors(units[:live[-1]]))):
        return first
    above_is_meta = (BY_RE.match(above.text) and _byline(above.text) or _is_date_line(above.text)
                     or _head_bio(above.text, _byline_authors(units[:live[-2]])))
    return live[-1] if above_is_meta else first


def _head_meta_after(units: list[_Unit], first: int) -> int | None:
    """The index of a byline or date line that follows ``first`` before any other prose, if any."""
    if len(_words(units[first].text)) > 60:
        return None
    for j in range(first + 1, min(first + 12, len(units))):
        unit = units[j]
        if unit.reason is not None and unit.reason not in ("repeated line",):
            continue
        text = unit.text
        if BY_RE.match(text) and _byline(text) or _is_date_line(text) or STAFF_CREDIT_RE.match(text):
            return j
        if _is_prose(text) or _dateline_match(text):
            return None
    return None


def _byline_authors(units: Sequence[_Unit]) -> list[str]:
    names: list[str] = []
    for unit in units:
        if BY_RE.match(unit.text) or re.search(r"\sby\s+[A-Z]", unit.text):
            found = _byline(unit.text)
            if found:
                names.extend(found[0])
    return names


HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Sir|Dame|Gen|Adm|Rep|Sen|Amb)\.?\s+)?"


def _head_bio(text: str, authors: Sequence[str]) -> bool:
    """'Ms. Doe and Mr. Roe are former State Department officials', 'The author is ...': the credited authors
    described."""
    if not authors or len(_words(text)) > 60 or text[:1] in QUOTE_CHARS:
        return False
    keys = sorted({part for name in authors for part in (name.split()[0], name.split()[-1], name)},
                  key=len, reverse=True)
    who = "|".join(re.escape(k) for k in keys)
    subject = rf"{HONORIFIC}(?:{who})"
    pattern = rf"^{subject}(?:(?:,\s*|\s+and\s+){subject})*\s+(?:is|are|was|were|has|have|writes|write|teaches|teach|served|serves)\b"
    return re.match(pattern, text) is not None or SELF_BIO_RE.match(text) is not None


# "The author is an environmental lawyer in Cusco", "The writer is a former ambassador": the piece's author
# described without the name, above the story or closing it
SELF_BIO_RE = re.compile(r"^The (?:author|writer|columnist)s? (?:is|are|was|were)\b")


def _label_navigation(units: list[_Unit], start: int) -> None:
    """Runs of four or more very short lines above the story are a site menu, whatever words they hold.

    A menu's "Opinion" or "World" entry is a link, not this page's section label, so it neither sets the
    kind nor becomes the title; bylines and date lines break a run (they belong to the article).
    """
    movable = (None, "section label", "repeated line", "media notice", "share links", "read more", "navigation")

    def in_menu(unit: _Unit) -> bool:
        text = unit.text
        if unit.heading or unit.reason not in movable + ("prompt",):
            return False
        if len(_words(text)) > 4 or _ends_sentence(text) or _is_date_line(text):
            return False
        return not (BY_RE.match(text) and _byline(text))

    block_sizes = Counter(unit.block for unit in units)

    def same_menu(a: _Unit, b: _Unit) -> bool:
        # A menu is one block of lines, or one link per block; a lone kicker after a menu block is not in it.
        return a.block == b.block or block_sizes[a.block] == 1 and block_sizes[b.block] == 1

    i = 0
    while i < start:
        j = i
        while j < start and in_menu(units[j]) and (j == i or same_menu(units[j - 1], units[j])):
            j += 1
        run = [u for u in units[i:j] if u.order != 0]  # the page's first line is its masthead
        if len(run) >= 4 and sum(1 for u in run if u.reason == "share links") * 2 < len(run):
            for unit in run:
                if unit.reason in movable and unit.reason != "share links":
                    unit.reason = "navigation"
        i = max(j, i + 1)


def _opinion_headline(text: str) -> bool:
    """"OP-ED: Banning easy-bikes will not fix Dhaka's roads. Registering them might.": an opinion label and a
    colon (or a bar: "Letters to the editor | ...") open a headline, however sentence-like the headline after
    them is (no story paragraph opens so)."""
    match = re.match(r"^([\w'’-]+(?: [\w'’-]+){0,3})\s*[:|]\s+(?=\S)", text)
    return bool(match) and _normalise(match.group(1)) in OPINION_LABELS and 2 <= len(_words(text[match.end():])) <= 20


def _is_title_candidate(unit: _Unit, position: int) -> bool:
    text = unit.text
    if unit.reason is not None:
        return False
    # (the first line a question, "Who really pays for Sri Lanka's second-home tax?": a headline that asks)
    asked = position == 0 and text.rstrip("\"'”’ ").endswith("?") and len(_words(text)) <= 20
    if not _opinion_headline(text) and (not _is_title_shape(text) or _is_prose(text) and not asked):
        return False
    if _section_label(text) or _is_date_line(text) or EDITORS_NOTE_RE.match(text):
        return False
    if _byline(text) is not None or (position == 0 and _glued_masthead(text)):
        return False
    return len(_words(text)) >= 2


def _choose_title(head: list[_Unit]) -> _Unit | None:
    """The headline: the first headline-shaped line after the site's menus and account links.

    Slogans and menu entries also look like headlines, but they come before the last menu or sign-in
    link; the article's own metadata (byline, date) comes after its headline, so links below it do not count.
    """
    candidates = [i for i, unit in enumerate(head) if _is_title_candidate(unit, unit.order)]
    if not candidates:
        return None
    meta_at = next((i for i, u in enumerate(head)
                    if u.reason is None and (BY_RE.match(u.text) and _byline(u.text) or _is_date_line(u.text))),
                   len(head))
    # (a long "Follow our live updates from the Civic Centre as ..." under a live page's headline is its standfirst,
    # not the site's furniture that a headline follows)
    furniture = [i for i, u in enumerate(head[:meta_at]) if u.reason in ("navigation", "share links")
                 or u.reason == "prompt" and len(_words(u.text)) <= 20]
    chosen = candidates[0]
    for f in reversed(furniture):
        after = [c for c in candidates if c > f]
        if after:
            chosen = after[0]
            break
    # A kicker ("Dock strike") sits in the headline's block, right above it, and is shorter.
    following = chosen + 1
    if (following in candidates and head[following].block == head[chosen].block
            and len(_words(head[chosen].text)) <= 3 < len(_words(head[following].text))):
        chosen = following
    return head[chosen]


def _label_head(units: list[_Unit], start: int, meta: _Meta, known_title: str | None, structured: bool) -> None:
    head = [u for u in units[:start] if u.reason is None or u.reason == "repeated line"]
    has_title = known_title is not None
    # A line repeated across the corpus is furniture, unless it is this page's section label.
    head = [u for u in head if u.reason is None or _section_label(u.text)]
    chosen = None if has_title or structured else _choose_title(units[:start])
    first_block = units[0].block if units else -1
    authors_above: list[str] = []
    byline_unit: _Unit | None = None
    title_unit = None
    standfirst_done = False
    for position, unit in enumerate(head):
        text = unit.text
        if unit.reason == "repeated line":
            if _section_label(text) and title_unit is None:
                unit.reason = "section label"
                if _section_label(text) in OPINION_LABELS:
                    meta.kind_signals.append(f"section label {text!r}")
            continue
        if has_title and _heading_key(text) == _heading_key(known_title):
            unit.reason = "title"
            title_unit = unit
            continue
        if unit is not chosen and chosen is not None and _same_title(text, chosen.text):
            unit.reason = "title"
            _split_title_label(unit, meta)
            continue
        if title_unit is not None and _same_title(text, title_unit.text):
            unit.reason = "title"  # the headline repeated (page header and article header)
            _split_title_label(unit, meta)
            continue
        if unit.heading and (has_title or title_unit is not None):
            continue  # a sub-heading above the first paragraph is part of the story
        glued = _glued_masthead(text)
        if position == 0 and glued:
            unit.reason = "masthead"
            meta.publisher = meta.publisher or glued
            continue
        # (a label with a name is a credit: "Opinion | Mariana Techera", read as a byline below)
        label = None if _labelled_name(text) else _section_label(text)
        if label:
            unit.reason = "section label"
            if label in OPINION_LABELS:
                meta.kind_signals.append(f"section label {text!r}")
            continue
        if EDITORS_NOTE_RE.match(text):
            unit.reason = "editor's note"
            continue
        if STAFF_CREDIT_RE.match(text):
            unit.reason = "byline"  # "By our Economics Editor": a credit that names no one
            continue
        byline = None if SALUTATION_RE.match(text) else _byline(text)  # "Dear Editor," opens a letter
        is_by = BY_RE.match(text) or re.search(r"\sby\s+[A-Z]", text)
        if byline is not None and (title_unit is not None or has_title or is_by):
            unit.reason = "byline"
            authors, date = byline
            section = _normalise(re.split(r"\s+[|·•]\s+", text.strip())[0])
            if not BY_RE.match(text) and section in OPINION_LABELS:  # "OPINION | By Jane Doe"
                meta.kind_signals.append(f"section label {section!r}")
            meta.authors.extend(a for a in authors if a not in meta.authors)
            authors_above.extend(authors)
            if date and not meta.published:
                meta.published = date
            byline_unit = unit
            continue
        if (authors_above and unit.block == byline_unit.block and unit.order == byline_unit.order + 1
                and len(_words(text)) <= 6 and not _ends_sentence(text) and not _is_date_line(text)):
            unit.reason = "byline"  # "STAFF WRITER", "BBC News, Seoul": the author's role or desk
            continue
        date = _is_date_line(text)
        if date:
            unit.reason = "date line"
            meta.published = meta.published or date
            continue
        if _head_bio(text, authors_above or meta.authors):
            unit.reason = "author bio"
            meta.author_bios.append(text)
            meta.kind_signals.append("author bio")
            continue
        if chosen is not None and title_unit is None and unit is not chosen and _is_title_shape(text):
            # Above the headline: a brand line is the masthead, its slogan and the menus are furniture.
            if position == 0 and _is_brand(text):
                unit.reason = "masthead"
                meta.publisher = meta.publisher or _brand_of(text) or text.strip()
            elif unit.block == chosen.block and unit.order == chosen.order - 1 and len(_words(text)) <= 3:
                unit.reason = "section label"  # the kicker right above the headline ("North Korea")
            else:
                unit.reason = "masthead" if unit.block == first_block else "navigation"
            continue
        if title_unit is None and (unit is chosen or chosen is None and _is_title_candidate(unit, position)):
            rest = head[position + 1:]
            # A short brand line above a headline is the masthead: "The Guardian" over the title.
            if (chosen is None and position == 0 and not has_title and _is_brand(text)
                    and any(_is_title_shape(u.text) and not _byline(u.text) and not _is_date_line(u.text)
                            and not _section_label(u.text) for u in rest)):
                unit.reason = "masthead"
                meta.publisher = meta.publisher or _brand_of(text) or text.strip()
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
        if (title_unit is not None and units[start - 1] is unit and len(_words(text)) <= 20
                and text.rstrip().endswith("?")):
            unit.heading = True  # the story's first question, as in a Q&A ("Q1: What happened?")
            continue
        if title_unit is not None and not standfirst_done and len(_words(text)) >= 8 and not authors_above:
            # The deck under the headline sums the story up; it comes before the byline.
            unit.reason = "standfirst"
            standfirst_done = True
            continue
        # Anything else above the story (photo captions without credit, stray notes) is furniture.
        unit.reason = "caption" if _ends_sentence(text) else "furniture"
    if start < len(units):
        _label_caption_after_lead(units, start)


def _same_title(text: str, title: str) -> bool:
    """The headline written again, maybe with a section label in front ('Opinion|The Headline')."""
    key, wanted = _heading_key(text), _heading_key(title)
    return key == wanted or (key.endswith(wanted) and len(key) - len(wanted) <= 30
                             and re.search(r"[|:»—–-]\s*$", key[:len(key) - len(wanted)]) is not None)


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
        if unit.reason == "masthead" and (unit.order == 0 or _glued_masthead(unit.text)):
            brand = _glued_masthead(unit.text) or _brand_of(unit.text)
            if brand:
                meta.publisher = brand
                return
    # A link back to the home page names the site: "BBC Homepage", "The Guardian - Back to home".
    for unit in units:
        if unit.reason is not None and unit.order < len(units) // 2 + 1:
            home = re.match(r"^(?P<brand>.+?)\s*(?:[-–|]\s*)?(?:back to )?home(?:page)?(?-i:(?![a-z]))", unit.text,
                            re.IGNORECASE)
            if home and _is_brand(home.group("brand")) and len(_words(unit.text)) <= 8:
                meta.publisher = home.group("brand").strip()
                return


HOME_LINK_RE = re.compile(r"\s*(?:[-–|]\s*)?(?:back to )?home(?:page)?$", re.IGNORECASE)


def _brand_of(text: str) -> str | None:
    """The name in a masthead line: 'CSIS | Center for Strategic and International Studies' → the longer name."""
    text = HOME_LINK_RE.sub("", text).strip()
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*|\s+[—–-]\s+", text) if p.strip()]
    brands = [p for p in parts if 1 <= len(_words(p)) <= 8 and not _ends_sentence(p)
              and all(w[0].isupper() or w.lower() in STOP_TITLE_WORDS for w in p.split())]
    return max(brands, key=len) if brands else None


def _publisher_from_copyright(units: list[_Unit], meta: _Meta) -> None:
    """'© 2018 The Associated Press. All rights reserved.' names the publisher when nothing else did."""
    if meta.publisher:
        return
    for unit in units:
        if unit.reason != "copyright":
            continue
        match = re.match(r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
                         r"(?:by\s+(?:the\s+)?)?(?P<holder>[A-Z][\w&'’ .-]{1,60}?)\s*(?:[.,]|\s+all rights|$)",
                         unit.text, re.IGNORECASE)
        if match and _is_brand(match.group("holder")) or match and len(_words(match.group("holder"))) <= 8:
            meta.publisher = match.group("holder").strip()
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
    # "Harrowdale Mercury - Opinion": the masthead, then the section
    dashed = re.split(r"\s+[—–-]\s+", text.strip())
    if len(dashed) == 2 and _normalise(dashed[1]).strip(" .") in SECTION_LABELS and 1 <= len(_words(dashed[0])) <= 4 \
            and not BY_RE.match(dashed[0]) and all(w[:1].isupper() for w in dashed[0].split()):
        return _normalise(dashed[1]).strip(" .")
    # A breadcrumb: "News|Politics", "ASIA PACIFIC / POLITICS & DIPLOMACY", "World › Asia".
    parts = [p.strip() for p in re.split(r"\s*\|\s*|\s+[/›>»]\s+", text.strip()) if p.strip()]
    if 2 <= len(parts) <= 4 and len(_words(text)) <= 9 and not _ends_sentence(text) \
            and not any(BY_RE.match(p) for p in parts[1:]):  # "OPINION | By Jane Doe" is a byline (see _byline)
        if all(len(_words(p)) <= 3 and all(w[0].isupper() or not w[0].isalpha() or w.lower() in STOP_TITLE_WORDS
                                           for w in p.split()) for p in parts):
            keys = [_normalise(p) for p in parts]
            return next((k for k in keys if k in OPINION_LABELS), keys[-1])
    return None


def _split_title_label(unit: _Unit, meta: _Meta) -> None:
    """'Opinion Pence's task' / 'Opinion | Pence's task' / 'Politics: X' → label cut from the title."""
    text = unit.text
    # A wire service's tag: "(LEAD) Headline", "(2nd LD) Headline", "UPDATE 2-Headline".
    tag = re.match(r"^(?:\((?:[A-Z0-9][\w-]*)(?:\s+[\w-]+){0,2}\)|(?:UPDATE\s*\d*|URGENT|BREAKING|WRAPUP\s*\d*)"
                   r"\s*[-:|])\s*(?=\S)", text)
    if tag and any(ch.isupper() for ch in tag.group(0)) and len(_words(text[tag.end():])) >= 2:
        unit.cut.append(Removed(tag.group(0).strip(), "section label"))
        text = unit.text = text[tag.end():]
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


def _credit_line(text: str) -> bool:
    """"By Jane Doe", "Opinion | Jane Doe": a line that credits the story by name, never the end of a sentence
    ("by the end of next year, officials said" is no credit)."""
    return bool(BY_RE.match(text)) and bool((_byline(text) or ([], None))[0]) and not _ends_sentence(text) \
        or _labelled_name(text) is not None


def _labelled_name(text: str) -> str | None:
    """"Opinion | Mariana Techera", "COMMENTARY: Jane Doe": an opinion label, then the columnist's name alone (not
    "Interview: Jacinda Ardern", whose name is the one interviewed)."""
    match = re.match(r"^([^|:]{2,30}?)\s*[|:]\s*(.+)$", text.strip())
    if not match or _normalise(match.group(1)).strip() not in OPINION_LABELS:
        return None
    name = match.group(2).strip()
    return name if _is_name(name) and len(name.split()) <= 4 else None


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
    labelled_name = _labelled_name(body)
    if labelled_name:
        return [labelled_name], date  # "Opinion | Mariana Techera"
    parts = [part.strip(" ,|·•") for part in re.split(r"\s+[|·•]\s+|\s+[—–-]\s+", body.strip())]
    body = parts[0]
    # "OPINION | By Jane Doe": a section label of a word or two before the credit
    labelled = next((i for i, part in enumerate(parts[1:3], 1) if BY_RE.match(part)), None)
    if not BY_RE.match(body) and labelled is not None and all(len(_words(p)) <= 2 for p in parts[:labelled]):
        body = parts[labelled]
    by = BY_RE.match(body)
    # "Critical Questions by Jane Doe and John Roe": a series or column name before the credit.
    series = None if by else re.match(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?\s+by\s+(?=[A-Z])", body)
    if by or (series and not _ends_sentence(body)):
        credited = body[(by or series).end():]
        names = [n for n in (_name_case(c) for c in _byline_chunks(credited)) if _is_name(n)]
        return (names, date) if names else None
    chunks = _byline_chunks(body)
    if chunks and all(_is_name(n) for n in chunks) and len(chunks) <= 4:
        return chunks, date
    # "Jane Doe, Reuters": a name and a one-word affiliation.
    parts = _split_names(body)
    if len(parts) == 2 and _is_name(parts[0]) and re.fullmatch(r"[A-Z][\w.&'’-]*", parts[1]):
        return [parts[0]], date
    return None


def _byline_chunks(text: str) -> list[str]:
    """Names in a credit: 'Jane Doe in Seoul and agencies' → ['Jane Doe']."""
    names = []
    for chunk in _split_names(text):
        chunk = re.sub(r"\s+(?:in|from|at)\s+[A-Z].*$", "", chunk).strip(" .")
        if not chunk or re.fullmatch(r"(?:(?:and|with)\s+)?(?:agenc(?:y|ies)|wires?|staff|news agencies)", chunk,
                                     re.IGNORECASE):
            continue
        names.append(chunk)
    return names


def _name_case(name: str) -> str:
    """'HYUNG-JIN KIM' → 'Hyung-Jin Kim'; names already in mixed case stay as written."""
    if not any(ch.islower() for ch in name) and sum(ch.isalpha() for ch in name) > 3:
        return " ".join(token.title() if len(token) > 1 else token for token in name.split())
    return name


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
    # The end marker must sit in the last part of the story: after half of its words (a long list of
    # short links below the story must not push the zone past the end of the story).
    live_words = [(i, len(_words(units[i].text))) for i in live]
    total, running, zone_start = sum(n for _, n in live_words), 0, len(units)
    for i, n in live_words:
        running += n
        if running >= 0.5 * total:
            zone_start = i
            break
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
                long_prose = _is_prose(unit.text) and len(_words(unit.text)) > 18
                unit.reason = "furniture" if long_prose else "related headlines"
        _label_bio_headers(units, marker)
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


# The closing of a letter, before its writer's name: "Yours sincerely,", "With best regards,", "Yours, with determination,".
VALEDICTION_RE = re.compile(
    r"^(?:yours\b[\w ,]*|(?:very |most )?(?:sincerely|truly|faithfully|respectfully|cordially)(?: yours)?|"
    r"(?:with )?(?:best|kind|kindest|warm|warmest|many)? ?(?:regards|wishes|thanks)|thank you|in solidarity)[,.!]?$",
    re.IGNORECASE,
)


def _signed_by(index: int, units: list[_Unit]) -> tuple[str, _Unit] | None:
    """The writer's name under a letter's closing ("Yours sincerely," / "Mayor Jane Doe") and the unit that
    holds it, else None."""
    if not VALEDICTION_RE.match(units[index].text.strip()) or len(_words(units[index].text)) > 6:
        return None
    after = next((u for u in units[index + 1:] if u.reason is None), None)
    if after is None or len(_words(after.text)) > 6 or _ends_sentence(after.text):
        return None
    name = after.text.strip().rstrip(",")
    return (name, after) if _is_name(name) else None


# A letter's salutation opening its body: "Sir, -", "Madam,", "Dear Editor,", "To the editor:".
SALUTATION_RE = re.compile(
    r"^(?:(?:dear )?(?:sir|madam|sirs|sir or madam|sir/madam|editor)|dear [\w .]{1,30}?|to the editor)\s*[,:]",
    re.IGNORECASE,
)


def _opens_with_salutation(units: list[_Unit], start: int) -> bool:
    """Whether one of the letter's first lines is a salutation (a standfirst may come before it)."""
    first = [u for u in units[start:] if u.reason is None and not u.heading][:3]
    # a salutation line just above the body may have been taken for page furniture (short, in every letter)
    first += [u for u in units[max(0, start - 2):start] if u.reason == "furniture" and not u.heading]
    return any(SALUTATION_RE.match(u.text.strip()) for u in first)


def _signed_letter_name(index: int, units: list[_Unit], start: int) -> tuple[str, _Unit] | None:
    """The writer's name closing a letter that opens "Sir," or "Dear Editor,", with no valediction before it:
    a name on its own line, or with what the writer is and where from ("Maria Kogler, sales assistant, Vienna"),
    followed by at most a place and a line about the writer."""
    unit = units[index]
    line = unit.text.strip().rstrip(",")
    name = line.split(",")[0].strip()
    if len(_words(name)) > 5 or len(_words(line)) > 12 or _ends_sentence(line) or not _is_name(name):
        return None
    after = [u for u in units[index + 1:] if u.reason is None]
    if len(after) > 2 or any(len(_words(u.text)) > 30 for u in after):
        return None
    return (name, unit) if _opens_with_salutation(units, start) else None


def _end_marker(index: int, units: list[_Unit], start: int, meta: _Meta) -> str | None:
    unit = units[index]
    text = unit.text
    words = len(_words(text))
    if READ_MORE_RE.match(text):
        unit.reason = "read more"
        return unit.reason
    signed = (_signed_by(index, units) or _signed_letter_name(index, units, start)) if unit.reason is None else None
    if signed is not None:
        # a signed letter (a newsletter, an open letter, a statement) is its signer's own claims
        signer, name_unit = signed
        unit.reason = name_unit.reason = "sign-off"
        if not meta.authors:
            meta.authors.append(signer)
        meta.kind_signals.append("signed letter")
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
    credited = _bio_of_author(text, meta)
    if (words <= 60 and (closes_page or credited) and not any(q in text for q in "\"“”")
            and _is_author_bio(text, " ".join(u.text for u in units[start:index]), meta)):
        unit.reason = "author bio"
        meta.author_bios.append(text)
        if not STAFF_BIO_RE.search(text):
            meta.kind_signals.append("author bio")
        # The author's name set over the bio as a heading goes with it.
        previous = units[index - 1] if index > start else None
        if previous is not None and previous.reason is None and _byline(previous.text) \
                and len(_words(previous.text)) <= 4:
            previous.reason = "author bio"
        return unit.reason
    return None


def _label_bio_headers(units: list[_Unit], marker: int) -> None:
    """The author's name (and employer) set over a bio in the same block: 'Jane Doe / Reuters / Jane covers ...'."""
    for index in range(marker, len(units)):
        if units[index].reason != "author bio":
            continue
        back = index - 1
        while (back > marker and index - back <= 2 and units[back].block == units[index].block
               and units[back].reason in ("related headlines", None) and len(_words(units[back].text)) <= 5
               and not _ends_sentence(units[back].text)):
            units[back].reason = "author bio"
            back -= 1


# A newsroom's own staff: their bio credits the reporter; it does not make the piece an opinion.
STAFF_BIO_RE = re.compile(
    r"\b(?:staff (?:writer|reporter|photographer)|reporter|correspondent|covers|reports (?:on|from|for)|bureau|"
    r"news director|"
    r"news editor|(?:a|an|the) (?:\w+ )?editor (?:at|for|of) (?:the )?\w+ (?:news|times|post|herald))\b",
    re.IGNORECASE,
)


def _bio_of_author(text: str, meta: _Meta) -> bool:
    """The sentence opens with a byline author's name, full or in part ('Kim covers ...', 'Christine reports ...')."""
    parts = {part for name in meta.authors for part in (name, name.split()[0], name.split()[-1])}
    match = re.match(rf"^{HONORIFIC}(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,3}})\s+[a-z]", text)
    return bool(match) and match.group("name") in parts


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
    if meta.authors and SELF_BIO_RE.match(text):
        return True
    if _bio_of_author(text, meta) and re.match(
            rf"^{HONORIFIC}[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,3}}\s+(?:is|was|has|had|are|writes|reports|"
            r"covers|teaches|serves|directs|leads|works|edits|runs|lives|holds)\b", text):
        return True
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
    for index, unit in enumerate(units):
        if unit.reason is not None or unit.heading:
            continue
        text = unit.text
        following = next((u for u in units[index + 1:] if u.reason is None), None)
        if READ_MORE_RE.match(text):
            unit.reason = "read more"
        elif LABELLED_LINK_RE.match(text) and _is_headline_like(text) and any(u.reason is None for u in units[:index]):
            # (not the first line left, a headline with its section label: "ANALYSIS: Who really pays?")
            unit.reason = "related headlines"
        elif len(_words(text)) <= 60 and (CONTRIBUTOR_RE.search(text) or SOURCE_LINE_RE.match(text)) \
                and unit is _last_live(units):
            unit.reason = "contributor line"
            meta.contributors.extend(n for n in _contributor_names(text) if n not in meta.contributors)
        elif BY_RE.match(text) and len(_words(text)) <= 8 and _byline(text):
            # A correspondent's box inside the story ("By Jane Doe / BBC News, Seoul"): credited, not told.
            unit.reason = "byline"
            meta.contributors.extend(n for n in _byline(text)[0] if n not in meta.contributors)
            if (following is not None and following.block == unit.block and len(_words(following.text)) <= 6
                    and not _ends_sentence(following.text)):
                following.reason = "byline"
        elif (_is_short_link(text) and len(_words(text)) <= 14 and not text.rstrip().endswith(":")
              and _is_heading_shape(text, following)):
            # A short line inside the story: a sub-heading (kept), unless it is a sentence fragment link.
            unit.heading = True


SOURCE_LINE_RE = re.compile(r"^sources?\s*:\s*[A-Z]", re.IGNORECASE)
LIST_MARKER_RE = re.compile(r"^(?:[-–—•*·▪]|\d{1,2}[.)]|\(?[a-z]\))\s+")


def _is_heading_shape(text: str, following: _Unit | None) -> bool:
    """A sub-heading starts a new thought: not a list item, not a clause cut off by a page break."""
    stripped = text.rstrip()
    if LIST_MARKER_RE.match(text) or stripped.endswith((",", ";", "-", "—", "–")):
        return False
    if not text[:1].isupper() and not text[:1].isdigit():
        return False
    last = re.sub(r"\W+$", "", stripped).rsplit(" ", 1)[-1].lower()
    if last in STOP_TITLE_WORDS or last in PRONOUN_START:
        return False
    return following is None or not following.text[:1].islower()


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
        last_word = previous.text.rstrip().rsplit(" ", 1)[-1] if previous is not None else ""
        # Cut mid-sentence: a long line, or a short one ending in a lower-case word ("Kurth said he").
        cut_short = last_word[:1].islower() and last_word.isalpha()
        if (previous is not None and not previous.heading and not unit.heading
                and unit.text[:1].islower() and (len(_words(previous.text)) >= 8 or cut_short)
                and not _ends_sentence(previous.text) and not previous.text.rstrip().endswith((":", ";"))):
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


# A job description in an author field ("AP Auto Writer", "Staff Reporter") is not a name.
JOB_TITLE_RE = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|staff|producer|journalist)s?\b", re.IGNORECASE
)


def _meta_authors(value: object) -> list[str]:
    """Author names from metadata: job descriptions dropped, names in capitals written as names."""
    names = []
    for name in _raw_meta_authors(value):
        if JOB_TITLE_RE.search(name):
            continue
        if name.isupper() and len(name) > 3:
            name = " ".join(part.capitalize() if len(part) > 1 else part for part in name.split())
        names.append(name)
    return _dedupe(names)


def _raw_meta_authors(value: object) -> list[str]:
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
    if article.kind == "opinion" and not article.authors:
        # "Rachel Whitcombe: Fluoride is a health question, not a popularity contest": a column headed by its
        # writer's name (in a report, "Goldsmith: 'I was not leant on'" heads a quote, and names no writer)
        # (the name confirmed by the piece's closing line about its writer, "Rachel Whitcombe is a Nelson writer":
        # "New Zealand:", "The Big Read:" or the subject of the piece, "Jacinda Ardern: Why she was wrong", are not)
        headed = _HEADLINE_WRITER.match(article.title or "")
        name = headed.group(1) if headed else ""
        closing = [*article.author_bios, *article.paragraphs[-3:]]
        if name and any(p.startswith((f"{name} is ", f"{name} was ", f"{name} has ")) for p in closing):
            article.authors = [name]


# A column's headline that begins with its writer's full name: two or three capitalised words and a colon
_HEADLINE_WRITER = re.compile(r"^((?:[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)* ){1,2}[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*):\s+\S")
# (double quotation marks, and curly single ones: ‘…’ of British style; a straight ' is an apostrophe too often)
_QUOTED_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]|‘[^‘’]*’(?!\w)")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Mm]y|[Mm]e|[Mm]yself)\b")
# ("DĄBEK:", "Q:", "Jane Roe:": a transcript's speaker, not "So let me say it plainly:")
_SPEAKER_LABEL = re.compile(r"^(?:[^\W\d_a-z][^\W\da-z]*(?:[ .'’-]+[^\W\d_a-z][^\W\da-z]*)*|Q|A"
                            r"|(?:[A-Z][\w.'’-]+ ){0,2}[A-Z][\w.'’-]+):\s")


def _first_person_column(paragraphs: list[str]) -> bool:
    """A signed piece its writer tells in the first person ("For nineteen years I have raised the shutters of my
    bookshop"): the writer's own "I" and "my", outside quotation marks and speaker labels, in at least three
    paragraphs and one in four. A report quotes others saying "I"; it rarely says it itself."""
    told = sum(bool(_FIRST_PERSON.search(_QUOTED_SPAN.sub(" ", p))) for p in paragraphs if not _SPEAKER_LABEL.match(p))
    return told >= 3 and told * 4 >= len(paragraphs)


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
