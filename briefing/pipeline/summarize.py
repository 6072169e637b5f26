"""Extractive summaries: an article's own sentences, chosen and shown in document order.

Three signals, combined linearly and then de-duplicated greedily:

* **position** — news puts the key facts first (lead bias). Position is the rank among
  *eligible* sentences, so a caption or a dateline above the lead does not push the lead down;
* **centrality** — PacSum-style directed centrality over TF-IDF sentence vectors (corpus
  document frequencies of lemmas, read through log-scale buckets so that an edit elsewhere in
  the corpus seldom changes them): a sentence matters when the sentences *after* it elaborate
  on it, and less when it merely repeats what came before; plus closeness to the document
  centroid and to the headline;
* **redundancy control** — MMR: each pick is discounted by its similarity to the picks so far,
  and near-duplicates are skipped outright.

Opinion pieces are summarised by their argument: sentences carrying a recommendation
(deontic modals: should, must, need to) or an evaluative claim (comparatives, superlatives,
"is right/wrong/dangerous") gain weight and position counts for less.

Guards — a summary sentence must read on its own, so captions, sub-headings, quotes split
mid-sentence (unbalanced quotation marks), fragments (no verb, too short, no terminal
punctuation, starting mid-sentence) and questions never get selected. spaCy's sentence
boundaries are repaired first: pieces are merged while a quotation is still open, and a
piece starting in lower case is merged into the one before it.

All functions are pure and deterministic (ties break on document order).
"""

from __future__ import annotations

import functools
import logging
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from briefing.models import Article, SummarySentence
from briefing.vocabulary import SPEECH_VERBS

log = logging.getLogger(__name__)

# --- parameters -----------------------------------------------------------------------------
# Position decay, centrality weights, quote and length penalties were chosen on half A of the
# dev stories (benchmarks/summaries.py prints halves A and B); B is the held-out check.
POSITION_WEIGHT = 1.0
POSITION_DECAY = 1.0  # prior for the eligible sentence of rank r: 1 / (1 + r) ** decay
CENTRALITY_WEIGHT = 0.35
CENTROID_WEIGHT = 0.35
TITLE_WEIGHT = 0.25
FORWARD_EDGE_WEIGHT = 1.0  # PacSum lambda for edges to later sentences
BACKWARD_EDGE_WEIGHT = -0.3  # ... and to earlier ones (negative: repeating the past is no news)
EDGE_THRESHOLD = 0.2  # PacSum beta: edges below min + beta * (max - min) are dropped
QUOTE_PENALTY = 0.4  # times the share of the sentence inside quotation marks
DANGLING_PENALTY = 0.12  # sentence opens with a pronoun or connective: needs its context
SHORT_PENALTY = 0.15  # fewer than SHORT_WORDS words
SHORT_WORDS = 9
LONG_WORDS = 40  # beyond this many words, a sentence loses LONG_PENALTY per LONG_WORDS extra words
LONG_PENALTY = 0.5
MMR_REDUNDANCY = 0.6  # weight of the max similarity to already chosen sentences
DUPLICATE_SIMILARITY = 0.65  # at or above this, a candidate says the same thing: skipped
# Opinion pieces: the argument matters more than the order of telling.
OPINION_POSITION_WEIGHT = 0.45
ARGUMENT_WEIGHT = 0.45
# Overview across articles.
OVERVIEW_SUPPORT_WEIGHT = 0.6  # how much other articles echoing a sentence counts
OVERVIEW_DUPLICATE_SIMILARITY = 0.3
# A second sentence from an article already in the overview must be clearly about something else.
OVERVIEW_SECOND_SIMILARITY = 0.15
OVERVIEW_OPINION_FACTOR = 0.75  # developments are news; an opinion's thesis is a weaker candidate

MIN_WORDS = 5
MAX_QUOTE_MERGE = 6  # sentence pieces merged at most while a quotation stays open

TERMINAL_PUNCTUATION = ".!?…"
CLOSING_MARKS = "\"'”’)]»"
DEONTIC_MODALS = {"should", "must", "ought", "shall"}
NECESSITY_VERBS = {"need", "have"}  # "need to", "have to"
EVALUATIVE_WORDS = {
    "right", "wrong", "mistake", "dangerous", "important", "essential", "crucial", "vital",
    "necessary", "best", "worst", "better", "worse", "key", "unwise", "wise", "reckless",
    "misguided", "effective", "ineffective", "naive", "folly", "failure", "danger", "risk",
    "risks", "benefit", "benefits", "value", "cautiously", "optimistic", "manageable",
}
DANGLING_OPENERS = {
    "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "their", "its",
    "but", "and", "or", "so", "yet", "still", "also", "however", "meanwhile", "instead",
    "moreover", "additionally", "then", "there",
}
# A sentence opening with one of these reads only after the sentence it refers back to.
PERSONAL_PRONOUN_OPENERS = {"he", "she", "it", "they", "his", "her", "their", "its"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# A photo credit closing a paragraph: "(Ezra Shaw/Getty Images)", "(Photo: Reuters)",
# "REUTERS/Henry Nicholls", "Photograph: Jane Doe/AP".
CREDIT_AT_END = re.compile(
    r"(?:\((?:[A-Za-z][^()]{0,80}/\s?[A-Z][^()]{0,60}|(?:Photo|Picture|Image|Video|Credit|Illustration)s?\b[^()]{0,80})\)"
    r"|\b[A-Z]{2,}(?: [A-Z]{2,})?/[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
    r"|\b(?:Photograph|Photo|Picture|Image|Credit)s?: [^.]{2,80})\.?\s*$"
)
CAPTION_PREFIX = re.compile(
    r"^(?:image|photo|picture|video)\s*(?:caption|copyright|credit)?\s*[:|]?\s", re.IGNORECASE
)
# Datelines opening a story: "BEIJING — ", "WASHINGTON (CNN) -- ", "Kathmandu, Nepal (CNN)Rescuers".
DATELINES = (
    re.compile(r"^[A-Z][A-Z .,'’-]{2,40}(?:\([^()]{1,30}\))?\s*(?:--|—|–|-)\s*"),
    re.compile(r"^(?:[A-Z][\w.,'’ -]{0,40}?\s)?\([A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12}){0,2}\)\s*(?:--|—|–)\s*"),
    re.compile(r"^(?:[A-Z][\w.,'’ -]{0,40}?\s)?\([A-Z]{2,8}\)(?=[A-Z])"),
)


# --- data -----------------------------------------------------------------------------------


# Corpus statistics reach a summary only through coarse buckets of counts: ``floor(R * log2(1 + count))``, R of
# them per doubling. A count moves its bucket rarely (a term in d documents, once in about d * (2 ** (1 / R) - 1)
# changes of d), so an edit that moves a few document frequencies by one changes the inverse document frequency
# of few terms, and a rebuild summarises again only the articles that read one of them (their cache key is the
# buckets, build.py). The buckets are what the computation reads too, so a cold build and a rebuild agree.
FREQUENCY_RESOLUTION = 8
_BUCKET_STEP = math.log(2) / FREQUENCY_RESOLUTION  # a bucket's width on the natural-log scale


@functools.lru_cache(maxsize=None)
def count_bucket(count: int) -> int:
    """``floor(FREQUENCY_RESOLUTION * log2(1 + count))``, exactly (integer arithmetic: no rounding can move a
    count across a bucket's edge on another machine)."""
    return ((1 + count) ** FREQUENCY_RESOLUTION).bit_length() - 1


@dataclass(frozen=True)
class SummaryStats:
    """Corpus statistics for TF-IDF: in how many documents each lemma occurs."""

    documents: int = 0
    document_frequency: Mapping[str, int] = field(default_factory=dict)

    def bucket(self, term: str) -> int:
        """The bucket of the term's document frequency (:func:`count_bucket`): all that :meth:`idf` reads of it."""
        return count_bucket(self.document_frequency.get(term, 0))

    def documents_bucket(self) -> int:
        """The bucket of the number of documents: all that :meth:`idf` reads of it."""
        return count_bucket(self.documents)

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency, ``log((1 + documents) / (1 + df)) + 1`` with both counts read
        through their buckets (never below 1, defined for unseen terms)."""
        return (self.documents_bucket() - self.bucket(term)) * _BUCKET_STEP + 1.0


@dataclass
class Candidate:
    """One sentence of the body (spaCy's, repaired), with why it may not be selected."""

    start: int
    end: int
    paragraph: int
    text: str
    tokens: list  # spaCy tokens of the sentence, whitespace excluded
    rejected: str | None = None  # "heading", "caption", "fragment", "split-quote", "question"

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class SentenceFeatures:
    """What summarising reads of one :class:`Candidate`, as plain data: kept with an article's analysis, it
    lets its summary (which reads corpus statistics) be computed again without the parse."""

    start: int
    end: int
    paragraph: int
    text: str
    terms: tuple[str, ...]  # sentence_terms of its tokens
    rejected: str | None
    argument: float = 0.0  # argument_strength of its tokens (opinion pieces only)
    thesis: bool = False  # _is_thesis (opinion pieces only)
    # The overview's terms of the sentence (its character span in the parse), when they are not ``terms``.
    span_terms: tuple[str, ...] | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def overview_terms(self) -> tuple[str, ...]:
        return self.terms if self.span_terms is None else self.span_terms


# --- statistics -----------------------------------------------------------------------------


def sentence_terms(tokens) -> list[str]:
    """Content lemmas of some tokens, lower-cased: what TF-IDF counts."""
    return [term for term in map(_term, tokens) if term is not None]


def _term(token) -> str | None:
    if token.is_stop or token.is_punct or token.is_space or len(token.text) < 2:
        return None
    if not (token.is_alpha or token.like_num):
        return None
    return (token.lemma_ or token.text).lower()


def token_terms(doc) -> list[str | None]:
    """:func:`sentence_terms` of each token of a parse (None: not counted), by token index: what the doc-level
    terms and every sentence's terms are read from, so that each token is looked at once."""
    return [_term(token) for token in doc]


def corpus_statistics(docs: Sequence) -> SummaryStats:
    """Document frequencies over content lemmas of parsed documents."""
    frequency: Counter[str] = Counter()
    for doc in docs:
        frequency.update(set(sentence_terms(doc)))
    return SummaryStats(documents=len(docs), document_frequency=dict(frequency))


def tfidf_vector(terms: Sequence[str], stats: SummaryStats) -> dict[str, float]:
    counts = Counter(terms)
    return {term: (1.0 + math.log(count)) * stats.idf(term) for term, count in sorted(counts.items())}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(weight * b.get(term, 0.0) for term, weight in a.items())
    if dot == 0.0:
        return 0.0
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm


def cosine_matrix(vectors: Sequence[Mapping[str, float]]) -> list[list[float]]:
    """``[[cosine(a, b) for b in vectors] for a in vectors]``, equal to the last bit, but summed term by term
    (:func:`dot_products`) instead of pair by pair."""
    norms = [_norm(vector) for vector in vectors]
    matrix = []
    for i, dots in enumerate(dot_products(vectors, vectors)):
        row = [0.0] * len(vectors)
        for j, dot in dots.items():
            row[j] = dot / (norms[i] * norms[j])
        matrix.append(row)
    return matrix


def dot_products(vectors: Sequence[Mapping[str, float]], others: Sequence[Mapping[str, float]]) -> list[dict[int, float]]:
    """For each vector, ``{j: its dot product with others[j]}`` for the others sharing a term with it (the rest
    are 0.0), accumulated term by term through an index of ``others``' terms.

    Each equals the sum :func:`cosine` computes, to the last bit: tf-idf vectors keep their terms sorted
    (:func:`tfidf_vector`), so the products of the shared terms are added in the same order whichever vector
    is walked (the terms of one only add 0.0, which changes no sum), and a product is the same either way round.
    """
    postings: dict[str, list[tuple[int, float]]] = {}
    for j, other in enumerate(others):
        for term, weight in other.items():
            postings.setdefault(term, []).append((j, weight))
    result = []
    for vector in vectors:
        dots: dict[int, float] = {}
        for term, weight in vector.items():
            for j, other_weight in postings.get(term, ()):
                dots[j] = dots.get(j, 0.0) + weight * other_weight
        result.append(dots)
    return result


def _norm(vector: Mapping[str, float]) -> float:
    return math.sqrt(sum(w * w for w in vector.values()))


def _cosines_to(vectors: Sequence[Mapping[str, float]], target: Mapping[str, float]) -> list[float]:
    """``[cosine(v, target) for v in vectors]``, equal to the last bit, with the target's norm computed once."""
    target_norm = _norm(target) if target else 0.0
    values = []
    for vector in vectors:
        if not vector or not target or len(vector) > len(target):
            values.append(cosine(vector, target))
            continue
        dot = sum(weight * target.get(term, 0.0) for term, weight in vector.items())
        values.append(0.0 if dot == 0.0 else dot / (_norm(vector) * target_norm))
    return values


# --- candidates -----------------------------------------------------------------------------


# Single quotation marks double as apostrophes, so only marks at word edges count:
# an opening one before a word ("'It was"), a closing one after a word and before a break.
SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[A-Za-z0-9])")
SINGLE_CLOSE = re.compile(r"(?<=[A-Za-z0-9.,!?…\"”])[’'](?=[\s.,;:!?)\]—–-]|$)")


def quote_balance(text: str) -> int:
    """Open quotations left at the end of ``text`` (>0: a quotation is still open)."""
    curly = text.count("“") - text.count("”")
    straight = text.count('"') % 2
    single = len(SINGLE_OPEN.findall(text)) - len(SINGLE_CLOSE.findall(text))
    return max(curly, 0) + straight + max(single, 0)


def _pieces(article: Article, doc) -> list[tuple[int, list]]:
    """spaCy sentences cut at paragraph boundaries: (paragraph, tokens) in order."""
    offsets = article.paragraph_offsets()
    pieces: list[tuple[int, list]] = []
    for sentence in doc.sents:
        current: list = []
        current_paragraph = -1
        for token in sentence:
            if token.is_space or not token.text.strip():
                continue
            paragraph = bisect_right(offsets, token.idx) - 1
            if paragraph != current_paragraph and current:
                pieces.append((current_paragraph, current))
                current = []
            current_paragraph = paragraph
            current.append(token)
        if current:
            pieces.append((current_paragraph, current))
    return pieces


def _span(tokens) -> tuple[int, int]:
    last = tokens[-1]
    return tokens[0].idx, last.idx + len(last.text)


def _starts_mid_sentence(text: str) -> bool:
    first = text.lstrip("\"'“‘([ ")[:1]
    return bool(first) and (first.islower() or first in ",;:")


def _merge_pieces(body: str, pieces: list[tuple[int, list]]) -> list[tuple[int, list]]:
    """Repair spaCy boundaries: keep a quotation in one sentence, glue lower-case continuations."""
    merged: list[tuple[int, list]] = []
    open_run = 0  # pieces merged into merged[-1] while its quotation stayed open
    for paragraph, tokens in pieces:
        start, end = _span(tokens)
        text = body[start:end]
        if merged and merged[-1][0] == paragraph:
            previous_start, previous_end = _span(merged[-1][1])
            previous_text = body[previous_start:previous_end]
            still_open = quote_balance(previous_text) > 0 and open_run < MAX_QUOTE_MERGE
            if still_open or _starts_mid_sentence(text):
                merged[-1] = (paragraph, merged[-1][1] + tokens)
                open_run += 1
                continue
        merged.append((paragraph, list(tokens)))
        open_run = 0
    return merged


def _trim_dateline(text: str, dateline: str | None) -> int:
    """Characters of a dateline opening ``text`` ("BEIJING — "), 0 when there is none."""
    if dateline and text.startswith(dateline):
        rest = text[len(dateline):]
        match = re.match(r"^\s*(?:\([^()]{1,30}\))?\s*(?:--|—|–|-)?\s*", rest)
        return len(dateline) + (match.end() if match else 0)
    for pattern in DATELINES:
        match = pattern.match(text)
        if match and match.end() < len(text) and text[match.end()].isupper():
            return match.end()
    return 0


def _has_terminal_punctuation(text: str) -> bool:
    stripped = text.rstrip().rstrip(CLOSING_MARKS).rstrip()
    return bool(stripped) and stripped[-1] in TERMINAL_PUNCTUATION


def _looks_like_caption(candidate: Candidate, paragraph_text: str, single_sentence: bool) -> bool:
    # A photo credit closes the caption paragraph, whatever spaCy made of its sentences.
    if CREDIT_AT_END.search(paragraph_text) or CAPTION_PREFIX.match(candidate.text):
        return True
    if CREDIT_AT_END.search(candidate.text):
        return True
    # Caption grammar: a one-sentence paragraph in the present simple pinned to a past weekday
    # ("Volunteers head to the chair lift Sunday"), with nobody quoted and nothing to come.
    if not single_sentence or '"' in candidate.text or "“" in candidate.text:
        return False
    roots = [t for t in candidate.tokens if t.dep_ == "ROOT"]
    if not roots or roots[0].tag_ not in ("VBZ", "VBP") or roots[0].lemma_ == "be":
        return False
    lowered = {t.lower_ for t in candidate.tokens}
    return bool(lowered & WEEKDAYS) and not lowered & {"will", "next", "tomorrow"}


def _rejection(candidate: Candidate, article: Article, single_sentence: bool) -> str | None:
    if candidate.paragraph in set(article.headings):
        return "heading"
    if _looks_like_caption(candidate, article.paragraphs[candidate.paragraph], single_sentence):
        return "caption"
    text = candidate.text
    if quote_balance(text) > 0 or text.count("”") > text.count("“"):
        return "split-quote"
    words = [t for t in candidate.tokens if not t.is_punct]
    if len(words) < MIN_WORDS or _starts_mid_sentence(text) or not _has_terminal_punctuation(text):
        return "fragment"
    # The small model mistags some verbs ("Her diary endures as ..."), so only a short
    # verbless line counts as a fragment.
    if len(words) < 12 and not any(t.pos_ in ("VERB", "AUX") for t in candidate.tokens):
        return "fragment"
    if text.rstrip(CLOSING_MARKS).rstrip().endswith("?"):
        return "question"
    return None


def candidate_sentences(article: Article, doc) -> list[Candidate]:
    """Every sentence of the body, in order, each marked eligible or with the reason it is not.

    ``summarize`` returns one score per element of this list.
    """
    body = article.body
    if doc.text != body:
        raise ValueError(f"{article.source}: the spaCy Doc is not the parse of this article's body")
    merged = _merge_pieces(body, _pieces(article, doc))
    per_paragraph = Counter(paragraph for paragraph, _ in merged)
    candidates: list[Candidate] = []
    for paragraph, tokens in merged:
        start, end = _span(tokens)
        first_in_paragraph = not candidates or candidates[-1].paragraph != paragraph
        if first_in_paragraph:
            skip = _trim_dateline(body[start:end], article.dateline)
            if skip:
                start += skip
                # A dateline can be glued to the first word ("(CNN)Seventy"): keep that token.
                tokens = [t for t in tokens if t.idx + len(t.text) > start]
                if not tokens:
                    continue
        candidate = Candidate(start, end, paragraph, body[start:end], tokens)
        candidate.rejected = _rejection(candidate, article, per_paragraph[paragraph] == 1)
        # News style leaves a quotation open at a paragraph's end and reopens it in the next:
        # the next paragraph's opening quote continues someone's words, unattributed.
        if (
            first_in_paragraph
            and candidate.rejected is None
            and candidates
            and candidates[-1].paragraph == paragraph - 1
            and quote_balance(candidates[-1].text) > 0
            and candidate.text[:1] in "\"“‘'"
        ):
            candidate.rejected = "split-quote"
        candidates.append(candidate)
    return candidates


# --- scoring --------------------------------------------------------------------------------


def _normalise(values: Sequence[float]) -> list[float]:
    if not values:
        return []
    low, high = min(values), max(values)
    if high - low < 1e-12:
        return [0.0 for _ in values]
    return [(v - low) / (high - low) for v in values]


def directed_centrality(similarity: Sequence[Sequence[float]]) -> list[float]:
    """PacSum centrality: weighted sums of thresholded edges to later and to earlier sentences."""
    size = len(similarity)
    edges = [similarity[i][j] for i in range(size) for j in range(size) if i != j]
    if not edges:
        return [0.0] * size
    low, high = min(edges), max(edges)
    floor = low + EDGE_THRESHOLD * (high - low)
    scores = []
    for i in range(size):
        forward = sum(max(0.0, similarity[i][j] - floor) for j in range(i + 1, size))
        backward = sum(max(0.0, similarity[i][j] - floor) for j in range(i))
        scores.append(FORWARD_EDGE_WEIGHT * forward + BACKWARD_EDGE_WEIGHT * backward)
    return scores


def quoted_share(text: str) -> float:
    """Share of characters inside quotation marks (a quote is someone's view, not the news)."""
    inside = 0
    for pattern in (r'"[^"]*"', r"“[^”]*”"):
        inside += sum(len(m) for m in re.findall(pattern, text))
    position = 0
    while (opening := SINGLE_OPEN.search(text, position)) is not None:
        closing = SINGLE_CLOSE.search(text, opening.end())
        if closing is None:
            break
        inside += closing.end() - opening.start()
        position = closing.end()
    return min(1.0, inside / max(1, len(text)))


def argument_strength(tokens) -> float:
    """Cues of a thesis or recommendation (0..1): deontic modals, "need to", evaluative predicates.

    Past-tense narration with no such cue scores below zero: in an opinion piece that is the
    scene-setting, not the argument.
    """
    score = 0.0
    for index, token in enumerate(tokens):
        lower = token.lower_
        if token.tag_ == "MD" and lower in DEONTIC_MODALS:
            score += 1.0
        elif token.lemma_ in NECESSITY_VERBS and index + 1 < len(tokens) and tokens[index + 1].lower_ == "to":
            score += 0.8
        elif lower in EVALUATIVE_WORDS:
            score += 0.35
        elif lower == "too" and token.head.pos_ == "ADJ":
            score += 0.5  # "too small, too late"
        elif token.tag_ in ("JJR", "JJS", "RBS") and (
            token.dep_ in ("acomp", "attr") or token.head.dep_ in ("nsubj", "attr", "acomp")
        ):
            score += 0.35  # a comparison that is the claim ("the best way", "is more effective")
    if score == 0.0 and any(t.dep_ == "ROOT" and t.tag_ == "VBD" for t in tokens):
        return -0.3
    return min(1.0, score)


def _importance(
    article: Article, candidates: Sequence[SentenceFeatures], vectors: list[dict], stats: SummaryStats,
    title_terms: Sequence[str] | None = None,
) -> list[float]:
    eligible = [i for i, c in enumerate(candidates) if c.rejected is None]
    scores = [0.0] * len(candidates)
    if not eligible:
        return scores
    similarity = cosine_matrix([vectors[i] for i in eligible])
    centrality = _normalise(directed_centrality(similarity))
    centroid: Counter[str] = Counter()
    for i in eligible:
        centroid.update(vectors[i])
    centroid_closeness = _normalise(_cosines_to([vectors[i] for i in eligible], centroid))
    if title_terms is None:
        title_terms = plain_terms(article.title) if article.title else []
    title_vector = tfidf_vector(title_terms, stats) if article.title else {}
    title_closeness = [cosine(vectors[i], title_vector) for i in eligible]
    opinion = article.kind == "opinion"
    position_weight = OPINION_POSITION_WEIGHT if opinion else POSITION_WEIGHT
    for rank, i in enumerate(eligible):
        candidate = candidates[i]
        score = position_weight / (1.0 + rank) ** POSITION_DECAY
        score += CENTRALITY_WEIGHT * centrality[rank] + CENTROID_WEIGHT * centroid_closeness[rank]
        score += TITLE_WEIGHT * title_closeness[rank]
        quoted = quoted_share(candidate.text)
        score -= QUOTE_PENALTY * quoted * (2.0 if opinion else 1.0)
        if opinion:
            score += ARGUMENT_WEIGHT * candidate.argument * (1.0 - quoted)
        opener = _opener(candidate.text)
        if opener in DANGLING_OPENERS:
            score -= DANGLING_PENALTY * (0.5 if opinion else 1.0)
        if candidate.words < SHORT_WORDS:
            score -= SHORT_PENALTY
        # Long sentences carry more detail than a summary needs (and merged page furniture).
        score -= LONG_PENALTY * max(0.0, candidate.words - LONG_WORDS) / LONG_WORDS
        scores[i] = score
    return scores


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d+")


def _opener(text: str) -> str:
    return text.lstrip("\"'“‘(").split(" ", 1)[0].lower().strip(",")


def plain_terms(text: str) -> list[str]:
    """Terms of a string that has no parse (the headline): lower-cased words, crude plural fold."""
    from spacy.lang.en.stop_words import STOP_WORDS

    terms = []
    for word in _WORD.findall(text):
        lower = word.lower().replace("’", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]
        if lower in STOP_WORDS or len(lower) < 2:
            continue
        terms.append(lower)
    return terms


def _select(
    candidates: Sequence[SentenceFeatures],
    vectors: list[dict],
    scores: list[float],
    max_sentences: int,
    max_words: int | None,
) -> list[int]:
    """Greedy MMR: best importance minus redundancy with what is already chosen."""
    pool = [i for i, c in enumerate(candidates) if c.rejected is None]
    chosen: list[int] = []
    words = 0
    while pool and len(chosen) < max_sentences:
        best, best_value = None, -math.inf
        for i in pool:
            if _opener(candidates[i].text) in PERSONAL_PRONOUN_OPENERS and i - 1 not in chosen:
                continue  # "She said ..." without the sentence naming her reads as a riddle
            redundancy = max((cosine(vectors[i], vectors[j]) for j in chosen), default=0.0)
            if redundancy >= DUPLICATE_SIMILARITY:
                continue
            if max_words is not None and chosen and words + candidates[i].words > max_words:
                continue
            value = scores[i] - MMR_REDUNDANCY * redundancy
            if value > best_value:  # strict: ties keep the earlier sentence
                best, best_value = i, value
        if best is None:
            break
        if max_words is not None and not chosen and candidates[best].words > max_words:
            # Prefer the best sentence that fits the budget; fall back to the best one overall.
            fitting = [i for i in pool if candidates[i].words <= max_words]
            if fitting:
                best = max(fitting, key=lambda i: (scores[i], -i))
        chosen.append(best)
        words += candidates[best].words
        pool.remove(best)
    return sorted(chosen)


THESIS_STRENGTH = 0.8  # a recommendation ("should", "need to") or a judgement made in the writer's voice


def _is_thesis(candidate: Candidate) -> bool:
    """A sentence that argues in the writer's own voice: a recommendation or judgement that nobody else is
    reported to make ("..., Pence will argue" reports Pence) and that is not a quotation."""
    if candidate.rejected is not None or quoted_share(candidate.text) > 0.3:
        return False
    if argument_strength(candidate.tokens) < THESIS_STRENGTH:
        return False
    for token in candidate.tokens:
        if token.pos_ == "VERB" and token.lemma_ in SPEECH_VERBS:
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(c.lower_ not in ("i", "we") for c in subjects):
                return False
    return True


def _with_thesis(candidates: Sequence[SentenceFeatures], scores: list[float], chosen: list[int],
                 max_words: int | None) -> list[int]:
    """An opinion piece's summary carries its thesis: when no chosen sentence argues in the writer's voice,
    the best-scored sentence that does replaces the weakest chosen one after the first."""
    if any(candidates[i].thesis for i in chosen):
        return chosen
    theses = [i for i, candidate in enumerate(candidates) if i not in chosen and candidate.thesis]
    if not theses or len(chosen) < 2:
        return chosen
    thesis = max(theses, key=lambda i: (scores[i], -i))
    weakest = min(chosen[1:], key=lambda i: (scores[i], -i))
    replaced = sorted([i for i in chosen if i != weakest] + [thesis])
    if max_words is not None and sum(candidates[i].words for i in replaced) > max_words:
        return chosen
    return replaced


def summarize(
    article: Article,
    doc,
    stats: SummaryStats,
    *,
    max_sentences: int = 3,
    max_words: int | None = None,
) -> tuple[list[SummarySentence], list[float]]:
    """Pick up to ``max_sentences`` sentences (and at most ``max_words`` words, when given).

    Returns the chosen sentences in document order, and the score of every sentence of
    :func:`candidate_sentences` in order (0.0 for sentences that may not be selected).
    A sentence longer than ``max_words`` is returned alone only when no sentence fits.
    """
    if max_sentences < 1:
        return [], []
    return summarize_features(
        article, sentence_features(article, doc), stats, max_sentences=max_sentences, max_words=max_words
    )


def sentence_features(article: Article, doc, terms_of: list[str | None] | None = None) -> list[SentenceFeatures]:
    """:func:`candidate_sentences` as plain data: all that :func:`summarize_features` and the overview read of the
    parse. A pure function of the article and its parse (cached with the article's analysis). ``terms_of``: the
    parse's :func:`token_terms`, when already computed."""
    opinion = article.kind == "opinion"
    if terms_of is None:
        terms_of = token_terms(doc)
    features = []
    for candidate in candidate_sentences(article, doc):
        terms = tuple(term for term in (terms_of[token.i] for token in candidate.tokens) if term is not None)
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        span_terms = tuple(term for term in terms_of[span.start : span.end] if term is not None) if span is not None else ()
        features.append(SentenceFeatures(
            start=candidate.start, end=candidate.end, paragraph=candidate.paragraph, text=candidate.text,
            terms=terms, rejected=candidate.rejected,
            argument=argument_strength(candidate.tokens) if opinion else 0.0,
            thesis=_is_thesis(candidate) if opinion else False,
            span_terms=None if span_terms == terms else span_terms,
        ))
    return features


def summarize_features(
    article: Article,
    candidates: Sequence[SentenceFeatures],
    stats: SummaryStats,
    *,
    max_sentences: int = 3,
    max_words: int | None = None,
    title_terms: Sequence[str] | None = None,
) -> tuple[list[SummarySentence], list[float]]:
    """:func:`summarize` from the article's :func:`sentence_features`, without its parse. ``title_terms``:
    :func:`plain_terms` of the title, when already known."""
    if max_sentences < 1:
        return [], []
    vectors = [tfidf_vector(c.terms, stats) for c in candidates]
    scores = _importance(article, candidates, vectors, stats, title_terms)
    chosen = _select(candidates, vectors, scores, max_sentences, max_words)
    if article.kind == "opinion":
        chosen = _with_thesis(candidates, scores, chosen, max_words)
    rounded = [round(score, 6) for score in scores]
    summary = [
        SummarySentence(
            text=candidates[i].text,
            paragraph=candidates[i].paragraph,
            start=candidates[i].start,
            end=candidates[i].end,
            score=rounded[i],
        )
        for i in chosen
    ]
    rejected = Counter(c.rejected for c in candidates if c.rejected)
    if rejected:
        log.debug("%s: sentences not eligible for the summary: %s", article.source, dict(sorted(rejected.items())))
    return summary, rounded


# --- overview -------------------------------------------------------------------------------


def _sentence_vector(doc, sentence: SummarySentence, stats: SummaryStats) -> dict[str, float]:
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    return tfidf_vector(sentence_terms(tokens), stats)


def overview(
    items: Sequence[tuple[Article, object, list[SummarySentence]]],
    stats: SummaryStats,
    *,
    max_sentences: int = 5,
) -> list[tuple[str, SummarySentence]]:
    """The main developments across articles: (article id, sentence), most important first.

    Candidates are the articles' summary sentences. A sentence counts more when it leads its
    article's summary and when other articles say something close to it (a development several
    articles report); opinion pieces count less (a thesis is not a development). No two chosen
    sentences say the same thing, and each article gives one sentence before any gives a second.
    """
    return overview_from_terms(
        [(article, summary, [_sentence_terms_of(doc, sentence) for sentence in summary]) for article, doc, summary in items],
        stats,
        max_sentences=max_sentences,
    )


def _sentence_terms_of(doc, sentence: SummarySentence) -> list[str]:
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return sentence_terms(list(span) if span is not None else [])


def overview_from_terms(
    items: Sequence[tuple[Article, list[SummarySentence], Sequence[Sequence[str]]]],
    stats: SummaryStats,
    *,
    max_sentences: int = 5,
) -> list[tuple[str, SummarySentence]]:
    """:func:`overview` from each summary sentence's terms (:attr:`SentenceFeatures.overview_terms`), without
    the parses: ``items`` are (article, summary, the terms of each summary sentence)."""
    vectors = [[tfidf_vector(terms, stats) for terms in sentence_terms_list] for _, _, sentence_terms_list in items]
    entries = []  # [value, article index, sentence index, vector]
    for article_index, (article, summary, _) in enumerate(items):
        if not summary:
            continue
        top = max(s.score for s in summary)
        for sentence_index, sentence in enumerate(summary):
            own = sentence.score / top if top > 0 else 0.0
            entries.append([own, article_index, sentence_index, vectors[article_index][sentence_index]])
    for entry, support in zip(entries, _support([(e[1], e[3]) for e in entries], vectors)):
        factor = OVERVIEW_OPINION_FACTOR if items[entry[1]][0].kind == "opinion" else 1.0
        entry[0] = (entry[0] + OVERVIEW_SUPPORT_WEIGHT * support) * factor

    chosen: list[list] = []
    used_articles: set[int] = set()
    remaining = sorted(entries, key=lambda e: (-e[0], e[1], e[2]))
    for allow_second in (False, True):
        for entry in remaining:
            if len(chosen) >= max_sentences:
                break
            if entry in chosen or (not allow_second and entry[1] in used_articles):
                continue
            threshold = OVERVIEW_SECOND_SIMILARITY if allow_second else OVERVIEW_DUPLICATE_SIMILARITY
            if any(cosine(entry[3], other[3]) >= threshold for other in chosen):
                continue
            chosen.append(entry)
            used_articles.add(entry[1])
    return [(items[e[1]][0].id, items[e[1]][1][e[2]]) for e in chosen]


def _support(entries: Sequence[tuple[int, dict[str, float]]], vectors: Sequence[Sequence[dict[str, float]]]) -> list[float]:
    """How much the other articles echo each entry (article index, vector): the sum, over every other article
    in order, of the entry's greatest cosine with that article's sentences.

    Equal, to the last bit, to summing ``max(cosine(...))`` over every pair of sentences, without visiting every
    pair: the dot products come term by term (:func:`dot_products`), a sentence sharing no term with the entry
    has cosine 0.0, and adding 0.0 changes no sum. The work grows with the pairs that share a term."""
    flat = [vector for sentences in vectors for vector in sentences]
    owner = [article for article, sentences in enumerate(vectors) for _ in sentences]
    norms = [_norm(vector) for vector in flat]
    supports = []
    for (article_index, vector), dots in zip(entries, dot_products([vector for _, vector in entries], flat)):
        norm = _norm(vector)
        best: dict[int, float] = {}
        for j, dot in dots.items():
            if owner[j] != article_index:
                value = dot / (norm * norms[j])
                if value > best.get(owner[j], 0.0):
                    best[owner[j]] = value
        supports.append(sum(best[article] for article in sorted(best)))
    return supports
