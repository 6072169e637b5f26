"""Quotes and their speakers: every quotation in an article body, attributed from the parse.

A quotation is found by its marks (straight or curly double quotes; single quotes
only outside double ones, where they are not nested quotes), then classified:

* **direct**: the quoted words stand as the utterance — the opening mark starts
  a sentence, or follows the attribution's comma or colon (``He said, "..."``).
* **partial**: the quoted words are part of the narrator's sentence
  (``told reporters that "..."``, ``welcomed what it called "positive steps"``).

The speaker comes from the attribution, tried in this order: a speech verb right
after the quote whose clause is shaped like an attribution (``"...," said X``,
``"...," X told me``, ``"...," according to X``); a speech verb before the
opening mark when the attribution ends in a comma or colon (``X added, "..."``,
even when the colon ends the previous paragraph); for partial quotes, the speech
or attitude verb that governs the quote in the dependency parse, never through
an adverbial frame ("despite warnings of a ..."); finally, a quote with no
attribution of its own continues the previous quote when nothing but that quote's
attribution stands between them (``"A," said X. "B."``) or when it reopens a
quote left open at the end of the previous paragraph.

Decisions, documented because they shape the export:

* **Scare quotes are dropped.** A quoted phrase with no speech act — a "bloody
  nose" strike, the "maximum pressure" approach, a film title — is not a quote of
  anyone. An unattributed quotation is kept (with no speaker) only when it is a
  direct, sentence-like utterance (a verb and at least four words).
* **Multi-paragraph quotes** become one quote per paragraph (the text must be a
  verbatim span of the body, and the reopening mark sits between the parts), all
  with the same speaker.
* **Nested single quotes** stay inside the outer quote's text.
* **Precision over recall**: pronouns resolve only to a compatible person who was
  the subject of a recent clause (a speaker, an actor doing something), within the
  current and two previous paragraphs; unnamed sources ("a senior White House
  official", "experts") keep their description as ``speaker_text`` with no
  ``speaker_name``, unless an organisation is named inside it. A definite title
  ("the president") resolves only when a single person in the article bears it.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import Counter
from dataclasses import dataclass

from briefing import lexicon
from briefing.models import Article, ArticleAnalysis, Mention, Quote
from briefing.pipeline.actors import (
    AFFILIATION_PREFIX,
    ROLE_PREFIX,
    is_title_token,
    load_gazetteer,
    name_head,
    role_antecedents,
)
from briefing.vocabulary import ENTITY_KINDS, SPEECH_FORMS, SPEECH_VERBS

log = logging.getLogger(__name__)

# Verbs that report an utterance (lemmas; briefing/data/lexicon/speech_verbs.txt): a verb there makes
# its subject the speaker. SPEECH_FORMS: their inflected forms, for the ones the small model mis-lemmatises.
# Verbs that voice a view without reporting speech: they attribute a quoted phrase
# they govern ("sees the Olympics as a "groundbreaking chance"") but never a full quote.
ATTITUDE_VERBS = frozenset(
    """
    see view regard consider dub label term brand welcome hail praise criticize criticise condemn denounce
    favor favour believe think hope fear doubt want characterize characterise deride decry reject dismiss
    promise pledge seek vow
    """.split()
)
# Prepositions and subordinators that frame the narrator's own circumstances: a
# quotation below them is not governed by the clause's speech verb.
ADVERBIAL_FRAMES = frozenset(
    """
    despite after before during since amid amidst although though because while until unlike following
    ahead besides whereas unless
    """.split()
)
# Head nouns of an attribution that is a document, not a person: the actor named in
# it (possessor, "from X") is the speaker ("Trump's tweet said", "a statement from the ministry").
DOCUMENT_NOUNS = frozenset(
    """
    statement tweet post letter release report message memo communique communiqué announcement editorial
    blog email note transcript filing website account video broadcast speech address interview
    """.split()
)
PERSON_PRONOUNS = {"he": "male", "she": "female"}
POSSESSIVE_PRONOUNS = {"his": "male", "her": "female"}
FEMALE_CUES = frozenset(
    """
    ms ms. mrs mrs. miss madam spokeswoman chairwoman congresswoman businesswoman queen princess actress
    mother wife daughter sister lady dame duchess grandmother councilwoman
    """.split()
)
MALE_CUES = frozenset(
    """
    mr mr. spokesman chairman congressman businessman king prince father husband son brother sir lord
    duke grandfather councilman
    """.split()
)

DOUBLE_OPENERS = "“„«"
DOUBLE_CLOSERS = "”»"
SINGLE_OPENERS = "‘'"
SINGLE_CLOSERS = "’'"
SENTENCE_END = {".", "!", "?", "?!", "!?", "...", "…"}
# Candidates for a pronoun are looked for in the current and this many previous paragraphs.
PRONOUN_WINDOW = 2
# Failing a salient subject there, a pronoun still resolves when the current and this many
# previous paragraphs name exactly one compatible person and no unnamed person (feature
# stories name their subject once, then write "he" for paragraphs).
WIDE_PRONOUN_WINDOW = 5
# "the younger Schuller", "the elder Bush": another member of a named family, not the person.
RELATIVE_ADJECTIVES = frozenset("younger elder older eldest oldest youngest junior senior late".split())
MIN_UNATTRIBUTED_WORDS = 4
# A line signing the quote above it: "— Paul Ryan, Fox News" (a name, then who they are or the outlet).
SIGNATURE_DASHES = "—–―-"
MAX_SIGNATURE_WORDS = 12
# Small words left lowercase inside titles of works.
TITLE_FUNCTION_WORDS = frozenset("a an the and or of in on at to for with from by as but nor vs. vs v. de la".split())


@dataclass(frozen=True)
class QuotationSpan:
    """Quoted words located by their marks (offsets into ``Article.body``).

    ``open_mark``/``close_mark`` are the offsets of the marks; ``close_mark`` is
    None when the paragraph ends before the quote closes (a multi-paragraph quote).
    ``start``/``end`` delimit the quoted words, trimmed of spaces and of the comma
    that belongs to the attribution.
    """

    paragraph: int
    open_mark: int
    close_mark: int | None
    start: int
    end: int

    @property
    def outer_end(self) -> int:
        return self.end if self.close_mark is None else self.close_mark + 1


@dataclass(frozen=True)
class Attribution:
    speaker_name: str | None
    speaker_text: str | None
    verb: str | None
    others: tuple[str, ...] = ()  # further speakers named beside the first ("X and Y said")


def find_quotation_spans(article: Article) -> list[QuotationSpan]:
    """Every top-level quotation in the body, in document order."""
    spans: list[QuotationSpan] = []
    for index, (offset, paragraph) in enumerate(zip(article.paragraph_offsets(), article.paragraphs)):
        for open_at, close_at in _quotation_marks(paragraph):
            content_end = len(paragraph) if close_at is None else close_at
            start, end = _trim(paragraph, open_at + 1, content_end)
            if start < end:
                spans.append(
                    QuotationSpan(
                        paragraph=index,
                        open_mark=offset + open_at,
                        close_mark=None if close_at is None else offset + close_at,
                        start=offset + start,
                        end=offset + end,
                    )
                )
    return spans


def _quotation_marks(paragraph: str) -> list[tuple[int, int | None]]:
    """(opening, closing) mark positions of double quotes, then of single quotes outside them."""
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    for i, char in enumerate(paragraph):
        before = paragraph[i - 1] if i else " "
        after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
        if char == '"':
            if open_at is None:
                if before.isdigit():  # an inch mark: 12" pipe
                    continue
                open_at = i
            elif before.isspace() and (_is_word_char(after) or after in "'‘…."):
                # a mark that can only open: the quotation before it ran on without a closing mark (the
                # style that opens each quoted sentence anew: "A. "B."), so it ends here and a new one opens
                pairs.append((open_at, i))
                open_at = i
            else:
                pairs.append((open_at, i))
                open_at = None
        elif char in DOUBLE_OPENERS or char in DOUBLE_CLOSERS:
            # Curly marks are trusted for their direction unless the context says
            # otherwise (some publishing systems type ” for both).
            looks_opening = not _is_word_char(before) and not after.isspace()
            looks_closing = not before.isspace() and not _is_word_char(after)
            if open_at is None and (char in DOUBLE_OPENERS or looks_opening and not looks_closing):
                open_at = i
            elif open_at is not None and (char in DOUBLE_CLOSERS or looks_closing and not looks_opening):
                pairs.append((open_at, i))
                open_at = None
    if open_at is not None:
        pairs.append((open_at, None))
    pairs.extend(_single_quotation_marks(paragraph, pairs))
    pairs.sort(key=lambda pair: pair[0])
    return pairs


def _single_quotation_marks(paragraph: str, double: list[tuple[int, int | None]]) -> list[tuple[int, int]]:
    """Single-quoted phrases outside double quotes (British style), told apart from apostrophes."""
    covered = [(a, len(paragraph) if b is None else b) for a, b in double]

    def inside_double(i: int) -> bool:
        return any(a <= i <= b for a, b in covered)

    pairs: list[tuple[int, int]] = []
    i = 0
    while i < len(paragraph):
        char = paragraph[i]
        before = paragraph[i - 1] if i else " "
        after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
        if char in SINGLE_OPENERS and not _is_word_char(before) and after.isalpha() and not inside_double(i):
            close = _single_closer(paragraph, i + 1)
            if close is not None and not inside_double(close) and len(paragraph[i + 1 : close].split()) >= 2:
                pairs.append((i, close))
                i = close + 1
                continue
        i += 1
    return pairs


def _single_closer(paragraph: str, start: int) -> int | None:
    for j in range(start, len(paragraph)):
        char = paragraph[j]
        if char in SINGLE_CLOSERS:
            before = paragraph[j - 1]
            after = paragraph[j + 1] if j + 1 < len(paragraph) else " "
            if not before.isspace() and not _is_word_char(after):
                return j
        if char == "\n":
            return None
    return None


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _trim(paragraph: str, start: int, end: int) -> tuple[int, int]:
    while start < end and paragraph[start].isspace():
        start += 1
    while end > start and paragraph[end - 1].isspace():
        end -= 1
    # The comma before a closing mark belongs to the attribution that follows.
    while end > start and paragraph[end - 1] in ",;:":
        end -= 1
        while end > start and paragraph[end - 1].isspace():
            end -= 1
    return start, end


# An interview set out as turns: "Q: ...", "A. ...", "Question: ...", or a speaker's name before a colon
# ("HUMPHRYS: ...", "**Jane Holloway:** ..."). Question turns are the interviewer's, answers the interviewee's.
TURN = re.compile(
    r"^\**(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:\s*\((?P<aside>[^()\n]{1,60})\))?\**\s*[:.]\**\s+(?P<text>\S)"
)
# A transcript's turns by the programme's own people ("ANCHOR (JANET MWANGI):", "BRIAN KIPTOO (REPORTER):") are
# the report itself, not anyone's quote: what they relate is attributed as in any report.
JOURNALIST_ROLES = lexicon.words("journalist_roles")
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})
MIN_TURNS = 2


@dataclass(frozen=True)
class _Turn:
    paragraph: int
    start: int  # offset of the turn's words in the body
    end: int
    label: str
    labelled: bool = True  # False: a Q&A's paragraph known as a question or answer by its shape alone
    aside: str = ""  # "(REPORTER)", "(JANET MWANGI)" after the label
    programme: bool = False  # labelled with the name of someone another turn calls a reporter or presenter

    @property
    def journalist(self) -> bool:
        return self.programme or self.label.casefold() in JOURNALIST_ROLES or any(
            word in JOURNALIST_ROLES for word in self.aside.casefold().split())

    @property
    def speaker(self) -> str:
        """The name the turn is labelled with: the label, or the name in brackets after a role."""
        if self.label.casefold() in JOURNALIST_ROLES and self.aside:
            return self.aside
        return self.label

    @property
    def asks(self) -> bool:
        """The publication's own turn (a "Q:" question, an anchor's or reporter's words): nobody's quote."""
        return self.label.casefold() in QUESTION_LABELS or self.journalist


def interview_turns(article: Article) -> list[_Turn]:
    """The paragraphs of an interview laid out as turns, when the article has at least two questions
    and an answer ("Q:"/"A:"), or two speakers' labels used twice each ("CONOR MADIGAN:" once and then
    "MADIGAN:" are one speaker's labels); else the answers of a Q&A set out without labels (see
    :func:`_unlabelled_answers`); else []."""
    turns = []
    for index, (offset, paragraph) in enumerate(zip(article.paragraph_offsets(), article.paragraphs)):
        match = TURN.match(paragraph)
        if match and (len(match.group("label")) > 1 or match.group("label").casefold() in QUESTION_LABELS | ANSWER_LABELS):
            end = len(paragraph.rstrip())
            turns.append(_Turn(index, offset + match.start("text"), offset + end, match.group("label"),
                               aside=match.group("aside") or ""))
    labels = Counter(turn.label.casefold() for turn in turns)
    questions = sum(labels[q] for q in QUESTION_LABELS)
    if questions >= MIN_TURNS and any(labels[a] for a in ANSWER_LABELS):
        return [t for t in turns if t.label.casefold() in QUESTION_LABELS | ANSWER_LABELS]
    by_surname = Counter(_label_surname(turn.speaker) for turn in turns)
    speakers = {surname for surname, count in by_surname.items() if count >= MIN_TURNS}
    if len(speakers) >= 2:
        # a transcript: its speakers' turns, and the turns of others labelled the same way, in capitals
        turns = [t for t in turns if _label_surname(t.speaker) in speakers or t.label.isupper() and len(t.label) > 2]
        journalists = {_label_surname(t.speaker) for t in turns if t.journalist}  # "BRIAN KIPTOO (REPORTER)", "KIPTOO"
        return [dataclasses.replace(t, programme=_label_surname(t.speaker) in journalists) for t in turns]
    return _unlabelled_answers(article)


def _label_surname(label: str) -> str:
    return label.split()[-1].casefold()


def _is_question_paragraph(paragraph: str) -> bool:
    text = paragraph.strip()
    return text.endswith("?") and len(text) < 400


# A Q&A without labels: the publication's questions are paragraphs of their own ending with "?", each followed
# by the answer's paragraphs. Three such questions, the first among the opening paragraphs, and questions at
# least a quarter of the paragraphs from the first one on: the shape of an interview, not of a report that
# asks a rhetorical question or two.
MIN_UNLABELLED_QUESTIONS = 3
FIRST_QUESTION_BY = 4
MAX_PROMPT = 250  # characters: a prompt is a line or two


def _unlabelled_answers(article: Article) -> list[_Turn]:
    paragraphs = article.paragraphs
    asks = [i for i, p in enumerate(paragraphs) if _is_question_paragraph(p)]
    if len(asks) < MIN_UNLABELLED_QUESTIONS or asks[0] > FIRST_QUESTION_BY or asks[0] == 0:
        return []
    prompts = _alternating_prompts(paragraphs, asks)
    if prompts:
        asks = prompts  # "The federation says owners depend on the deposit." is a prompt too
    elif len(asks) * 4 < len(paragraphs) - asks[0]:
        return []
    if any(b == a + 1 for a, b in zip(asks, asks[1:])) or asks[-1] == len(paragraphs) - 1:
        return []  # every question has its answer
    answers = [paragraphs[i] for i in range(asks[0], len(paragraphs)) if i not in asks]
    if 3 * sum(map(_speaks_in_first_person, answers)) < len(answers):
        # "How do I get a place?" / "Through an online booking system ... the governor has said ...": an
        # explainer answers its readers' questions in the publication's own voice, not an interviewee's
        return []
    offsets = article.paragraph_offsets()
    turns = []
    for index in range(asks[0], len(paragraphs)):
        paragraph = paragraphs[index]
        label = "Q" if index in asks else "A"
        turns.append(_Turn(index, offsets[index], offsets[index] + len(paragraph.rstrip()), label, labelled=False))
    return turns


_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d|\u2018[^\u2018\u2019]*\u2019(?!\w)')
# "I" only as the capital pronoun ("Phase I" aside), and "me", "my", "we", "us", "our" as words ("mine" is a pit)
_FIRST_PERSON = re.compile(r"\bI(?:'m|'ve|'d|'ll)?\b|\b(?:[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'd|[Ww]e'll|us|[Oo]ur|"
                           r"[Oo]urs)\b")


def _speaks_in_first_person(paragraph: str) -> bool:
    """Whether a paragraph says "I" or "we" in its own words, outside the quotations it reports."""
    own = _QUOTED.sub(" ", paragraph).replace("\u2019", "'")
    return any(m.group(0) != "I" or not re.match(r"\s*\.", own[m.end():]) for m in _FIRST_PERSON.finditer(own))


def _alternating_prompts(paragraphs: Sequence[str], asks: list[int]) -> list[int]:
    """The prompts of a Q&A whose every other paragraph, from the first question to the end, is a short
    prompt followed by a longer answer (a prompt may be a statement: "Critics call it a licence raj."): the
    questions all fall on those paragraphs. [] when the article does not alternate so."""
    first = asks[0]
    prompts = list(range(first, len(paragraphs), 2))
    if (len(paragraphs) - first) % 2 or any(a not in prompts for a in asks):
        return []
    if all(len(paragraphs[i]) <= MAX_PROMPT and len(paragraphs[i]) < len(paragraphs[i + 1]) for i in prompts):
        return prompts
    return []


def _interview_quotes(article: Article, analysis: ArticleAnalysis, turns: list[_Turn]) -> list[Quote]:
    """One quote per turn: an answer is the interviewee's (the person the introduction names most),
    a labelled turn its speaker's (the article's name the label spells, in any case); a "Q:" question
    is the unnamed interviewer's, no actor's, and gives no quote. A label that is no name of the article
    ("MADIGAN" where the text says only "Conor Madigan") is the one person whose name ends with it."""
    interviewee = _interviewee(article, analysis, turns[0].paragraph)
    by_key = {_fold_name(surface): name for surface, name in analysis.names.items() if not name.startswith((ROLE_PREFIX, AFFILIATION_PREFIX))}
    by_surname: dict[str, set[str]] = {}
    for name in set(by_key.values()):
        if analysis.kinds.get(name) == "person":
            by_surname.setdefault(_fold_name(name).split()[-1], set()).add(name)
    # "HALIMA YUSUF:" once, then "YUSUF:": the full label says who the short one is
    by_label: dict[str, str] = {}
    for turn in turns:
        name = by_key.get(_fold_name(turn.speaker))
        if name and len(turn.speaker.split()) > 1:
            by_label.setdefault(_label_surname(turn.speaker), name)
    quotes = []
    for turn in turns:
        key = turn.label.casefold()
        if key in ANSWER_LABELS:
            speaker = interviewee
        elif turn.asks:
            continue  # the publication's question or report: no actor's words
        else:
            speaker = by_key.get(_fold_name(turn.speaker)) if len(turn.speaker.split()) > 1 else None
            speaker = speaker or by_label.get(_label_surname(turn.speaker)) or by_key.get(_fold_name(turn.speaker))
            same_surname = by_surname.get(_label_surname(turn.speaker), set())
            if speaker is None and len(same_surname) == 1:
                speaker = next(iter(same_surname))
            elif speaker is None and same_surname:
                speaker = _introduced(article, analysis, same_surname, turns, turn)
        quotes.append(Quote(
            id="", article=article.id, text=article.body[turn.start : turn.end], kind="direct", speaker=None,
            speaker_name=speaker, speaker_text=turn.label if turn.labelled else None, paragraph=turn.paragraph, start=turn.start, end=turn.end,
            verb="ask" if key in QUESTION_LABELS else "answer" if key in ANSWER_LABELS else "say",
        ))
    return quotes


def _introduced(article: Article, analysis: ArticleAnalysis, people: set[str], turns: list[_Turn], turn: _Turn) -> str | None:
    """Of several people who share a label's surname, the one the text named before that label first speaks,
    if only one was: a transcript introduces its speakers ("Grant Mackie, your company ..." then "MACKIE:"),
    while a namesake named later is only talked about."""
    first = min(t.start for t in turns if t.label.casefold() == turn.label.casefold())
    named = {analysis.names.get(m.text, m.text) for m in analysis.mentions if m.start < first} & people
    return next(iter(named)) if len(named) == 1 else None


def _interviewee(article: Article, analysis: ArticleAnalysis, first_turn: int) -> str | None:
    """The person the headline names ("Q&A: ... - Craig Ormsby on the phase-out"), else the one the
    paragraphs before the first turn name most (else the article does)."""
    people = Counter()
    in_title: set[str] = set()
    title = _fold_name(article.title or "")
    for mention in analysis.mentions:
        name = analysis.names.get(mention.text, mention.text)
        if analysis.kinds.get(name) == "person":
            people[name] += 10 if mention.paragraph < first_turn else 1
            if re.search(rf"\b{re.escape(_fold_name(mention.text))}\b", title):
                in_title.add(name)
    # named in the headline first, a full name before a single word taken for a person ("Maplestar's Dana
    # Whitcombe on why the Coastline deal ..." names one person), then the most mentioned
    ranked = sorted(people, key=lambda n: (n not in in_title, " " not in n or n not in in_title, -people[n], n))
    return ranked[0] if ranked else None


def _fold_name(text: str) -> str:
    return " ".join(text.replace("*", "").split()).casefold()


def extract_quotes(article: Article, doc, analysis: ArticleAnalysis) -> list[Quote]:
    """The article's quotes in document order, each with its speaker when the text names one.

    ``doc`` is the spaCy parse of ``article.body``; ``analysis`` carries the
    mentions and canonical names from actor analysis. ``Quote.speaker`` (the
    actor id) is left for cross-article linking.
    """
    turns = interview_turns(article)
    # a question's own quotations ("Aoife Brennan said that \"...\". Is she right?") are attributed as in a report
    in_turns = {turn.paragraph for turn in turns if not turn.asks}
    spans = [span for span in find_quotation_spans(article) if span.paragraph not in in_turns]
    if not spans:
        return _numbered(_interview_quotes(article, analysis, turns) if turns else [])
    attributor = _Attributor(article, doc, analysis, spans)
    found: list[tuple[QuotationSpan, str, Attribution | None]] = []
    for index, span in enumerate(spans):
        kind = attributor.kind(span)
        attribution = attributor.own_attribution(span, kind)
        if attribution is None and kind == "direct":
            attribution = attributor.continued_attribution(index, found)
        found.append((span, kind, attribution))
    _share_across_paragraph_breaks(found, attributor)

    quotes: list[Quote] = []
    body = article.body
    for span, kind, attribution in found:
        if attributor.names_a_work(span, kind):
            log.debug("%s: dropped quoted title %r", article.source, body[span.start : span.end])
            continue
        if attribution is None and not attributor.stands_alone(span, kind):
            log.debug("%s: dropped unattributed quotation %r", article.source, body[span.start : span.end])
            continue
        quotes.append(
            Quote(
                id=f"{article.id}-q{len(quotes) + 1}",
                article=article.id,
                text=body[span.start : span.end],
                kind=kind,
                speaker=None,
                speaker_name=attribution.speaker_name if attribution else None,
                speaker_text=attribution.speaker_text if attribution else None,
                paragraph=article.paragraph_at(span.start),
                start=span.start,
                end=span.end,
                verb=attribution.verb if attribution else None,
                other_speaker_names=list(attribution.others) if attribution else [],
            )
        )
    if turns:
        quotes = sorted(quotes + _interview_quotes(article, analysis, turns), key=lambda q: q.start)
    return _numbered(quotes)


def _numbered(quotes: list[Quote]) -> list[Quote]:
    """Quote ids in document order: "<article>-q1", "<article>-q2", ..."""
    for index, quote in enumerate(quotes, 1):
        quote.id = f"{quote.article}-q{index}"
    return quotes


def _share_across_paragraph_breaks(found: list, attributor: _Attributor) -> None:
    """A quote left open at a paragraph's end and the paragraphs reopening it share one speaker."""
    chains: list[list[int]] = []
    for index, (span, _kind, _attribution) in enumerate(found):
        previous = found[index - 1][0] if index else None
        if (
            previous is not None
            and previous.close_mark is None
            and span.paragraph == previous.paragraph + 1
            and attributor.opens_paragraph(span)
        ):
            chains[-1].append(index)
        else:
            chains.append([index])
    for chain in chains:
        if len(chain) < 2:
            continue
        known = next((found[i][2] for i in chain if found[i][2] is not None), None)
        if known is None:
            continue
        for i in chain:
            if found[i][2] is None:
                span, kind, _ = found[i]
                found[i] = (span, kind, known)


def _misparsed_subject(token) -> bool:
    """A name the parser made the root of its sentence, the verb hung below it ("Former president Fernando Lugo,
    whose senators voted for the bill, called for calm": "Lugo" the root, "called" a clause of "voted"): the
    sentence's subject all the same."""
    return token.dep_ == "ROOT" and token.pos_ == "PROPN" and any(
        c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and any(
            v.dep_ in ("advcl", "conj") and v.pos_ == "VERB" and v.i > t.i for v in c.children
            for t in c.subtree if t.text == ",")
        for c in token.children) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


@dataclass
class _Candidate:
    position: int
    paragraph: int
    # None for a person the text leaves unnamed ("the attorney for the families said"): a
    # pronoun after it most likely refers to that person, so it resolves to no one.
    name: str | None
    kind: str
    # Subject of a main clause or of a speech verb: what a later "he"/"she" most likely continues.
    salient: bool = True
    gender: str | None = None  # of an unnamed person, from the noun ("spokeswoman")


class _Attributor:
    """Attribution of quotation spans for one article (holds the per-article indexes)."""

    def __init__(self, article: Article, doc, analysis: ArticleAnalysis, spans: list[QuotationSpan]):
        self.article = article
        self.doc = doc
        self.body = article.body
        self.analysis = analysis
        self.spans = spans
        self.paragraph_starts = article.paragraph_offsets()
        self.quoted = self._quoted_tokens()
        # A role no person of the article holds ("the prime minister", label ROLE) names no one here;
        # nor does the body written before a role ("Tory" in "Tory leader Michael Howard", AFFILIATION).
        self.mentions = sorted((m for m in analysis.mentions if m.label not in ("ROLE", "AFFILIATION")), key=lambda m: (m.start, -m.end))
        # It names its speaker, though, for linking to resolve: the one holder of the corpus, or no one.
        self.roles = [m for m in analysis.mentions if m.label == "ROLE"]
        self.titles = self._titles()
        self.gender: dict[str, str] = {}
        self.gazetteer = load_gazetteer()
        self.candidates: list[_Candidate] = []
        self.pronouns: dict[int, str | None] = {}
        self._track_subjects()

    # ----- indexes -------------------------------------------------------
    def _quoted_tokens(self) -> set[int]:
        quoted: set[int] = set()
        for span in self.spans:
            region = self.doc.char_span(span.open_mark, span.outer_end, alignment_mode="expand")
            if region is not None:
                quoted.update(range(region.start, region.end))
        return quoted

    def _paragraph_of(self, char: int) -> int:
        index = 0
        for i, start in enumerate(self.paragraph_starts):
            if start <= char:
                index = i
            else:
                break
        return index

    def mention_at(self, token) -> Mention | None:
        for mention in self.mentions:
            if mention.start <= token.idx < mention.end:
                return mention
            if mention.start > token.idx:
                break
        return None

    def canonical(self, mention: Mention) -> str:
        return self.analysis.names.get(mention.text, mention.text)

    def kind_of(self, name: str, mention: Mention | None = None) -> str | None:
        kind = self.analysis.kinds.get(name)
        if kind is None and mention is not None:
            kind = mention.kind_hint or ENTITY_KINDS.get(mention.label)
        return kind

    def _titles(self) -> dict[str, set[str]]:
        """Title and role words written next to each person's name ("President", "spokeswoman")."""
        titles: dict[str, set[str]] = {}
        for mention in self.mentions:
            name = self.canonical(mention)
            if self.kind_of(name, mention) != "person":
                continue
            words = titles.setdefault(name, set())
            if mention.title:
                words.update(word.lower() for word in mention.title.split())
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            for child in head.children:
                if child.i < span.start and child.dep_ in ("compound", "amod", "nmod"):
                    words.update(t.lower_ for t in child.subtree if t.i < span.start)
                if child.dep_ == "appos":
                    words.update(t.lower_ for t in child.subtree if t.dep_ in ("compound", "amod") or t == child)
            for token in self.doc[max(0, span.start - 3) : span.start]:
                if token.head.i in range(span.start, span.end) and token.dep_ == "compound":
                    words.add(token.lower_)
        return titles

    def _track_subjects(self) -> None:
        """Who the narrator's clauses are about, in order: the referents a pronoun can take.

        He/she subjects are resolved on the way, so that a chain ("Klingner said...",
        "He recalled...", "... he said") keeps its referent.
        """
        for token in self.doc:
            if token.i in self.quoted or token.dep_ not in ("nsubj", "nsubjpass") and not _misparsed_subject(token):
                continue
            paragraph = self._paragraph_of(token.idx)
            salient = _is_salient_subject(token)
            pronoun = PERSON_PRONOUNS.get(token.lower_)
            if pronoun:
                name = self._most_recent(token.idx, paragraph, "person", pronoun)
                self.pronouns[token.i] = name
                if name:
                    self.gender.setdefault(name, pronoun)
                    self.candidates.append(_Candidate(token.idx, paragraph, name, "person", salient))
                continue
            if token.pos_ == "PRON":
                continue
            if any(c.dep_ == "amod" and c.lower_ in RELATIVE_ADJECTIVES for c in token.children):
                self.candidates.append(_Candidate(token.idx, paragraph, None, "person", salient))
                continue
            name, kind = self._named(token)
            if name is None and _is_speech_verb(token.head) and token.ent_type_ in ("", "PERSON"):
                # A speaker the entity recogniser missed ("Stickler said") can still be "he" later.
                name, kind = _unrecognised_name(token), "unknown"
            if name and kind:
                self.candidates.append(_Candidate(token.idx, paragraph, name, kind, salient))
            elif name is None and token.pos_ == "PROPN" and any(
                c.dep_ == "compound" and c.i < token.i and is_title_token(c, self.gazetteer) for c in token.children
            ):
                # a titled person the actor stage could not pin down ("Councillor Prates" where two Prates are
                # named): "she" after it is that person, not someone named further back
                self.candidates.append(_Candidate(token.idx, paragraph, None, "person", salient))
            elif name is None and self._unnamed_person(token):
                words = {token.lower_, token.lemma_.lower()}
                gender = "female" if words & FEMALE_CUES else "male" if words & MALE_CUES else None
                self.candidates.append(_Candidate(token.idx, paragraph, None, "person", salient, gender))

    def _unnamed_person(self, token) -> bool:
        """A singular person described, not named: "the attorney", "a spokeswoman", "the younger Schuller"."""
        if token.tag_ in ("NNS", "NNPS"):
            return False
        if any(c.dep_ == "amod" and c.lower_ in RELATIVE_ADJECTIVES for c in token.children):
            return True
        words = {token.lower_, token.lemma_.lower()}
        if token.pos_ != "NOUN" or not words & (self.gazetteer.person_nouns | FEMALE_CUES | MALE_CUES):
            return False
        # "the young actor", "the press secretary, whose ..." refer back to someone named before;
        # "an attorney", "the attorney for the families", "his lawyer" bring in someone new.
        children = list(token.children)
        anaphoric = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children) and not any(
            c.dep_ in ("prep", "acl") for c in children
        )
        return not anaphoric

    def _named(self, token, roles: bool = False) -> tuple[str | None, str | None]:
        """The actor a noun phrase headed by ``token`` names, by mention, apposition or unique title;
        with ``roles``, also a role no person of the article holds ("the prime minister"), which only
        linking resolves (it is then no antecedent for a pronoun)."""
        if any(c.dep_ == "amod" and c.lower_ in RELATIVE_ADJECTIVES for c in token.children):
            return None, None  # "the younger Schuller" is not Schuller
        mention = self.mention_at(token)
        if mention is not None:
            name = self.canonical(mention)
            return name, self.kind_of(name, mention)
        role = next((m for m in self.roles if m.start <= token.idx < m.end), None) if roles else None
        if role is not None:
            return self.canonical(role), "person"  # "role:prime minister": its holder, once linked
        if token.pos_ in ("NOUN", "PROPN"):
            # "The United Nations Secretary-General, Ban Ki-moon, said": the apposition names the speaker.
            for child in token.children:
                if child.dep_ == "appos" and child.i > token.i:
                    mention = self.mention_at(child)
                    if mention is not None:
                        name = self.canonical(mention)
                        if self.kind_of(name, mention) == "person":
                            return name, "person"
            if token.text.rstrip(".").casefold() in self.gazetteer.person_titles:
                # "Minister for Housing Ciarán Mulvey told ...": the name after the title's portfolio
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ in ("for", "of"):
                        for part in child.subtree:
                            mention = self.mention_at(part)
                            if mention is not None and self.kind_of(self.canonical(mention), mention) == "person":
                                return self.canonical(mention), "person"
        chain = _proper_name(token)
        if chain:
            words = chain.split()
            while len(words) > 1 and words[0].rstrip(".").casefold() in self.gazetteer.person_titles:
                words = words[1:]  # "Dr Okafor" where the article's name is "Okafor": the title is no part of it
            for written in dict.fromkeys((chain, " ".join(words))):
                if written in self.analysis.names and not self.analysis.names[written].startswith((ROLE_PREFIX, AFFILIATION_PREFIX)):
                    name = self.analysis.names[written]
                    return name, self.kind_of(name)
            if len(words) == 1:
                # "Osei-Bonsu said", a surname the model tagged nothing: the one person of the article so named
                bearer = self._sole_bearer(words[0])
                if bearer is not None:
                    return bearer, "person"
        if token.pos_ == "NOUN" and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children):
            bearers = sorted(name for name, words in self.titles.items() if token.lower_ in words)
            if len(bearers) == 1:
                return bearers[0], "person"
            if not bearers and token.text.islower():
                # "the council said": the organisation named last before it whose head word it is
                for mention in sorted((m for m in self.analysis.mentions if m.start < token.idx), key=lambda m: -m.start):
                    name = self.canonical(mention)
                    if (" " in name and name_head(name).casefold() == token.lower_
                            and self.kind_of(name, mention) == "organization"):
                        return name, "organization"
        return None, None

    def _most_recent(self, position: int, paragraph: int, kind: str, gender: str | None = None) -> str | None:
        """The latest compatible salient subject in the window; else the latest subject in this
        paragraph; else the one compatible person of a wider window. An unnamed person met first
        ("the attorney said") stops the search: the pronoun is most likely that person."""
        if kind == "person":
            # "The lone vote came from Councillor Ted Marchuk. He told the meeting ...": the one person the
            # sentence just before names, whatever their role in it
            sole = self._sole_person_before(position, paragraph, gender)
            if sole is not None:
                return sole
        for first, salient_only in ((paragraph - PRONOUN_WINDOW, True), (paragraph, False)):
            found, name = self._latest(position, first, kind, gender, salient_only)
            if found:
                return name
        if kind != "person":
            return None
        # The nearest paragraph that names anyone decides, when it names one person only
        # ("The U.N. Secretary-General, Ban Ki-moon, stressed ..." / ""...," he said").
        for index in range(paragraph, max(paragraph - PRONOUN_WINDOW, 0) - 1, -1):
            people = {
                self.canonical(m)
                for m in self.mentions
                if m.paragraph == index and m.start < position and self.kind_of(self.canonical(m), m) == "person"
            }
            unnamed = any(c.name is None and c.paragraph == index and c.position < position for c in self.candidates)
            if not people and not unnamed:
                continue
            if unnamed or len(people) != 1:
                break
            name = people.pop()
            return name if not gender or self._gender(name) in (None, gender) else None
        names = set()
        for candidate in self._window(position, paragraph - WIDE_PRONOUN_WINDOW):
            if candidate.kind not in ("person", "unknown"):
                continue
            if candidate.name is None:
                if gender and candidate.gender not in (None, gender):
                    continue
                return None
            if gender and self._gender(candidate.name) not in (None, gender):
                continue
            names.add(candidate.name)
        return names.pop() if len(names) == 1 else None

    def _sole_person_before(self, position: int, paragraph: int, gender: str | None) -> str | None:
        """The only person the narrator names in the sentence before ``position``'s, in the same paragraph,
        when the pronoun opens its own sentence; None when that sentence names nobody, several people, or an
        unnamed person ("a spokeswoman")."""
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        sentence = span.sent
        if any(t.pos_ in ("NOUN", "PROPN") and t.i not in self.quoted for t in self.doc[sentence.start : span.start]):
            return None  # "The mayor's office said he ...": not the sentence's first referent (a quotation
            # before the pronoun names no referent: '"I'm against this cull," she said')
        previous = self.doc[sentence.start - 1].sent
        if self._paragraph_of(previous.start_char) != paragraph:
            return None
        people = set()
        for mention in self.mentions:
            if not previous.start_char <= mention.start < previous.end_char:
                continue
            token = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if token is None or token.root.i in self.quoted:
                continue
            name = self.canonical(mention)
            kind = self.kind_of(name, mention)
            if kind == "person":
                people.add(name)
            elif kind in (None, "unknown"):
                return None
        if any(c.name is None and previous.start_char <= c.position < previous.end_char for c in self.candidates):
            return None
        if len(people) != 1:
            return None
        name = people.pop()
        # the sentence's own subject, when it is someone ("The Londoner has filmed a film about Kipling. He ..."),
        # is the likelier referent: the rule is for a sentence about a thing ("The lone vote came from ...")
        for subject in (c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")):
            # the subject names the person, or holds the name the parser hung on it ("Shaz McKellar, who runs High
            # Country Trail Rides, said": "Rides" the subject), not inside a clause of its own ("the woman who hired
            # Maria Lopez")
            clauses = {t.i for c in subject.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
            if any((m := self.mention_at(t)) is not None and self.canonical(m) == name
                   for t in subject.subtree if t.i not in clauses):
                continue
            if (subject.pos_ in ("PRON", "PROPN") or subject.ent_type_ in ("PERSON", "NORP")
                    or subject.lower_ in self.gazetteer.person_nouns or subject.lemma_.lower() in self.gazetteer.person_nouns):
                return None
        return name if not gender or self._gender(name) in (None, gender) else None

    def _window(self, position: int, first_paragraph: int):
        for candidate in reversed(self.candidates):
            if candidate.position >= position:
                continue
            if candidate.paragraph < first_paragraph:
                break
            yield candidate

    def _latest(self, position: int, first_paragraph: int, kind: str, gender: str | None, salient_only: bool) -> tuple[bool, str | None]:
        for candidate in self._window(position, first_paragraph):
            if salient_only and not candidate.salient:
                continue
            if candidate.kind != kind and not (kind == "person" and candidate.kind == "unknown"):
                continue
            if candidate.name is None:
                if gender and candidate.gender not in (None, gender):
                    continue
                return True, None
            if gender and self._gender(candidate.name) not in (None, gender):
                continue
            return True, candidate.name
        return False, None

    def _gender(self, name: str) -> str | None:
        if name in self.gender:
            return self.gender[name]
        words = self.titles.get(name, set())
        if words & FEMALE_CUES and not words & MALE_CUES:
            return "female"
        if words & MALE_CUES and not words & FEMALE_CUES:
            return "male"
        return None

    # ----- classification -----------------------------------------------
    def _narrator_tokens(self, start: int, end: int) -> list:
        region = self.doc.char_span(start, end, alignment_mode="contract") if start < end else None
        if region is None:
            return []
        return [t for t in region if t.i not in self.quoted]

    def left_context(self, span: QuotationSpan) -> list:
        """Narrator tokens of the same sentence before the opening mark."""
        floor = self.paragraph_starts[span.paragraph]
        for other in self.spans:
            if other.paragraph == span.paragraph and other.outer_end <= span.open_mark:
                floor = max(floor, other.outer_end)
        tokens = self._narrator_tokens(floor, span.open_mark)
        for i in range(len(tokens) - 1, -1, -1):
            if tokens[i].text in SENTENCE_END:
                return tokens[i + 1 :]
        return tokens

    def right_context(self, span: QuotationSpan) -> list:
        """Narrator tokens of the same sentence after the closing mark."""
        if span.close_mark is None:
            return []
        paragraph_end = self.paragraph_starts[span.paragraph] + len(self.article.paragraphs[span.paragraph])
        ceiling = paragraph_end
        for other in self.spans:
            if other.paragraph == span.paragraph and other.open_mark > span.close_mark:
                ceiling = min(ceiling, other.open_mark)
        tokens = self._narrator_tokens(span.close_mark + 1, ceiling)
        if tokens and self._sentence_ends_inside(span, tokens[0]):
            return []
        for i, token in enumerate(tokens):
            if token.text in SENTENCE_END:
                return tokens[: i + 1]
        return tokens

    def _sentence_ends_inside(self, span: QuotationSpan, following) -> bool:
        """Whether the quotation's own final stop ends the sentence, so what follows is new narration.

        ``"...." He also called`` starts a new sentence; ``"Why?" he asked`` and
        ``"Why?" asked Smith`` do not (American style closes with a comma, not a
        stop, before an attribution; a question or exclamation mark stays).
        """
        final = self.body[span.start : span.end].rstrip("'’\"”")[-1:]
        if final == "." or final == "…":
            return True
        if final in ("?", "!"):
            return following.text[:1].isupper() and following.pos_ != "PROPN"
        return False

    def opens_paragraph(self, span: QuotationSpan) -> bool:
        return span.open_mark == self.paragraph_starts[span.paragraph]

    def kind(self, span: QuotationSpan) -> str:
        left = [t for t in self.left_context(span) if not (t.is_punct and t.text not in (",", ":"))]
        if not left or left[-1].text in (",", ":"):
            return "direct"
        return "partial"

    def names_a_work(self, span: QuotationSpan, kind: str) -> bool:
        """A quoted title or name ("American Morning", "Harry Potter and the Order of the Phoenix").

        A direct quotation in title case is a title too unless it ends like a sentence.
        """
        text = self.body[span.start : span.end]
        if any(m.start < span.start and span.end < m.end for m in self.mentions):
            return True  # a nickname inside a person's name: Rodolfo "Dodong" Dela Cruz
        if kind == "direct" and text.rstrip("'’\"”")[-1:] in (".", "!", "?"):
            return False
        words = [w.strip(".,:;!?'’\"") for w in text.split()]
        words = [w for w in words if w]
        content = [w for w in words if w.lower() not in TITLE_FUNCTION_WORDS]
        return bool(content) and len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in content)

    def stands_alone(self, span: QuotationSpan, kind: str) -> bool:
        """Whether an unattributed quotation is an utterance (kept) rather than a scare quote (dropped)."""
        if kind != "direct":
            return False
        words = self.body[span.start : span.end].split()
        if len(words) < MIN_UNATTRIBUTED_WORDS:
            return False
        region = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        return region is not None and any(t.pos_ in ("VERB", "AUX") for t in region)

    # ----- attribution ----------------------------------------------------
    def own_attribution(self, span: QuotationSpan, kind: str) -> Attribution | None:
        if kind == "direct":
            return (
                self._after_quote(span)
                or self._before_quote(span)
                or self._colon_in_previous_paragraph(span)
                or self._signature_line(span)
            )
        return self._governing_verb(span, attitude=True) or self._after_quote(span)

    def _after_quote(self, span: QuotationSpan) -> Attribution | None:
        """``"...," said X`` / ``"...," X told me`` / ``"...," according to X``."""
        tokens = self.right_context(span)
        for position, token in enumerate(tokens):
            if token.lower_ == "according" and position + 1 < len(tokens) and tokens[position + 1].lower_ == "to":
                if all(t.is_punct for t in tokens[:position]):
                    source = next((c for c in tokens[position + 1].children if c.dep_ == "pobj"), None)
                    if source is not None:
                        return self._attribution(source, "according to")
                return None
            quoted_source = _quoted_as_saying(token)
            if quoted_source is not None:
                # ""...," the newspaper quotes Colin King as saying": the one quoted is the speaker.
                reporter = next((c for c in token.children if c.dep_ == "nsubj"), None)
                allowed = {t.i for t in reporter.subtree} if reporter is not None else set()
                if all(t.is_punct or t.i in allowed for t in tokens[:position]):
                    return self._attribution(quoted_source, "say")
                return None
            if _is_speech_verb(token):
                subject = self._subject(token)
                if subject is None:
                    return None
                allowed = {t.i for t in subject.subtree} | {
                    c.i for c in token.children if c.dep_ in ("aux", "neg", "advmod", "npadvmod")
                }
                if all(t.is_punct or t.i in allowed for t in tokens[:position]):
                    return self._attribution(subject, _lemma(token))
                return None
            # (a word the model tags a verb but parses as part of a name, "IPRAN" of "IPRAN national chairman
            # Alhaji Musa Danladi said", is no verb of its own)
            if token.pos_ == "VERB" and token.dep_ not in ("nmod", "compound", "amod", "poss") \
                    and not _inside(token, tokens[:position]):
                return None
        return None

    def _before_quote(self, span: QuotationSpan) -> Attribution | None:
        """``X said, "..."`` / ``But, she added, "..."`` / ``X wrote on Twitter: "..."``."""
        tokens = self.left_context(span)
        words = [t for t in tokens if not t.is_space]
        if not words or words[-1].text not in (",", ":"):
            return None
        found = self._last_speech_verb(words)
        if found is None and words[-1].text == ":":
            found = self._name_label(words)
            if found is None:
                found = self._subject_before_colon(words[-1])
        return found

    def _subject_before_colon(self, colon) -> Attribution | None:
        """``Luis Pino, a farmer in Copiapo, was blunt: "..."``, ``The minister went further: "..."``: the named
        subject of the clause a colon ends introduces the words after it (not a thing: "The report found: ...")."""
        # (the parser may make the quoted sentence the root and hang the clause before the colon on it)
        verb = next((t for t in reversed(self.doc[colon.sent.start:colon.i]) if t.pos_ in ("VERB", "AUX")
                     and any(c.dep_ == "nsubj" for c in t.children)), None)
        # (the clause's own verb, with no object of its own: not "as Senator Diaz arrived:", "read out the placard:")
        if verb is None or verb.dep_ in ("advcl", "relcl", "acl", "xcomp", "pcomp", "conj") \
                or any(c.dep_ == "dobj" for c in verb.children):
            return None
        subject = next(c for c in verb.children if c.dep_ == "nsubj")
        if subject.pos_ not in ("PROPN", "PRON"):
            return None
        found = self._attribution(subject, "say")
        if found.speaker_name is None or self.kind_of(found.speaker_name) not in ("person", "organization"):
            return None
        return found

    def _sole_bearer(self, surname: str) -> str | None:
        """The one person of the article whose name of several words ends in ``surname``, else None."""
        bearers = {name for name, kind in self.analysis.kinds.items()
                   if kind == "person" and " " in name and name.split()[-1] == surname}
        return next(iter(bearers)) if len(bearers) == 1 else None

    def _name_label(self, words: list) -> Attribution | None:
        """``10:19am — Noor: "..."``: a name alone before a colon, opening its paragraph (after a time stamp, if
        any), labels the words that follow as that actor's, as a transcript or a live blog writes them."""
        stamp = 0  # the time stamp and dash before the name
        while stamp < len(words) - 1 and (words[stamp].is_punct or words[stamp].like_num or re.fullmatch(
                r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|[ap]\.?m\.?|h", words[stamp].lower_)):
            stamp += 1
        label = self.body[words[stamp].idx:words[-1].idx].strip() if stamp < len(words) - 1 else ""
        name = self.analysis.names.get(label)
        if name is None and label.isalpha() and label[:1].isupper():
            name = self._sole_bearer(label)  # a surname the model did not tag ("Noor")
        if not label or name is None or self.kind_of(name) not in ("person", "organization"):
            return None
        return Attribution(name, label, "say")

    def _colon_in_previous_paragraph(self, span: QuotationSpan) -> Attribution | None:
        """``In a statement, the ministry said:`` closing a paragraph, the quote opening the next."""
        if span.paragraph == 0 or not self.opens_paragraph(span):
            return None
        previous = self.article.paragraphs[span.paragraph - 1]
        if not previous.rstrip().endswith(":"):
            return None
        start = self.paragraph_starts[span.paragraph - 1]
        tokens = self._narrator_tokens(start, start + len(previous))
        for i in range(len(tokens) - 1, -1, -1):
            if tokens[i].text in SENTENCE_END:
                tokens = tokens[i + 1 :]
                break
        return self._last_speech_verb(tokens)

    def _signature_line(self, span: QuotationSpan) -> Attribution | None:
        """A round-up quote alone in its paragraph, signed on the next line: ``— Name, Outlet``."""
        paragraphs = self.article.paragraphs
        index = span.paragraph
        if index + 1 >= len(paragraphs) or not self.opens_paragraph(span) or span.close_mark is None:
            return None
        rest = self.body[span.outer_end : self.paragraph_starts[index] + len(paragraphs[index])]
        signature = paragraphs[index + 1]
        if rest.strip(" .,") or signature[:1] not in SIGNATURE_DASHES or len(signature.split()) > MAX_SIGNATURE_WORDS:
            return None
        start = self.paragraph_starts[index + 1]
        first = next((m for m in self.mentions if m.start >= start and m.paragraph == index + 1), None)
        if first is None or self.body[start + 1 : first.start].strip(" \u00a0—–-―"):
            return None  # the name must open the line
        return Attribution(self.canonical(first), first.text, "sign")

    def _last_speech_verb(self, tokens: list) -> Attribution | None:
        for token in reversed(tokens):
            if _is_speech_verb(token):
                subject = self._subject(token)
                return self._attribution(subject, _lemma(token)) if subject is not None else None
        return None

    def _governing_verb(self, span: QuotationSpan, attitude: bool) -> Attribution | None:
        """The speech (or, for a phrase, attitude) verb whose clause holds the quotation."""
        region = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if region is None:
            return None
        inside = set(range(region.start, region.end))
        roots = [t for t in region if t.head.i not in inside and not t.is_punct]
        for root in roots:
            # A speech verb anywhere up the path reports the words ("Kim said that he
            # wanted to improve the "frozen" relations"); an attitude verb only when none does.
            attitude_hit = None
            token = root
            while token.head.i != token.i:
                token = token.head
                if token.i in self.quoted:
                    continue
                if token.dep_ in ("prep", "mark", "advcl", "agent") and token.lower_ in ADVERBIAL_FRAMES:
                    break
                is_attitude = attitude and token.pos_ == "VERB" and token.lemma_ in ATTITUDE_VERBS
                if not (_is_speech_verb(token) or is_attitude):
                    continue
                subject = self._subject(token)
                if subject is None:
                    continue
                if _is_speech_verb(token):
                    return self._attribution(subject, _lemma(token))
                attitude_hit = attitude_hit or (subject, token)
            if attitude_hit is not None:
                return self._attribution(attitude_hit[0], _lemma(attitude_hit[1]))
        return None

    def continued_attribution(self, index: int, found: list) -> Attribution | None:
        """A direct quote with no attribution continues the previous quote's speaker when adjacent."""
        if index == 0:
            return None
        previous, previous_kind, attribution = found[index - 1]
        span = self.spans[index]
        if attribution is None or previous.close_mark is None:
            return None
        if previous.paragraph == span.paragraph:
            between = self._narrator_tokens(previous.close_mark + 1, span.open_mark)
            if sum(t.text in SENTENCE_END for t in between) <= 1 and not self._names_another(previous.close_mark + 1, span.open_mark, attribution):
                return attribution
            return None
        if span.paragraph == previous.paragraph + 1 and previous_kind == "direct" and self.opens_paragraph(span):
            paragraph_end = self.paragraph_starts[previous.paragraph] + len(self.article.paragraphs[previous.paragraph])
            after_previous = self._narrator_tokens(previous.close_mark + 1, paragraph_end)
            own_paragraph_end = self.paragraph_starts[span.paragraph] + len(self.article.paragraphs[span.paragraph])
            narration = [t for t in self._narrator_tokens(span.open_mark, own_paragraph_end) if not t.is_punct]
            if (
                sum(t.text in SENTENCE_END for t in after_previous) <= 1
                and not narration
                and not self._names_another(previous.close_mark + 1, span.open_mark, attribution)
            ):
                return attribution
        return None

    def _names_another(self, start: int, end: int, attribution: Attribution) -> bool:
        """Whether the narration between two quotes has another person acting ("..." X said, and Y
        nodded. "...": the second quote is not surely X's). Names in the attribution's own phrases
        ("said X, a scholar at the Y Institute", "according to Z news agency") do not count."""
        for mention in self.mentions:
            if mention.start >= end:
                break
            name = self.canonical(mention)
            if mention.start < start or name == attribution.speaker_name or self.kind_of(name, mention) != "person":
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.i not in self.quoted:
                return True
        return False

    def _subject(self, verb):
        """Who speaks through ``verb``: its subject, or the agent of a passive ("called ... by an official").

        A passive subject is the addressee or the thing said ("Contestants told to ..."),
        except for "X was quoted as saying".
        """
        for child in verb.children:
            if child.i in self.quoted:
                continue
            if child.dep_ == "nsubj" or child.dep_ == "nsubjpass" and verb.lemma_ == "quote":
                return child
            if child.dep_ == "agent":
                source = next((c for c in child.children if c.dep_ == "pobj"), None)
                if source is not None:
                    return source
        if any(child.dep_ == "nsubjpass" for child in verb.children):
            return None
        inverted = self._named_right_after(verb)
        if inverted is not None:
            return inverted
        # "...," he said, adding "..." / "and said it hoped ...": the subject is the head verb's.
        if verb.dep_ == "conj" or verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
            if verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
                return self._subject(verb.head)
        return None

    def _named_right_after(self, verb):
        """"...," said Sumitra Hansda, president of the Adivasi Bhasha Parishad: the name right after the verb
        of an inverted attribution, where the model lost the subject in a misparse of the words after it ("Parishad"
        read as a verb). The last word of the person or organisation named there, else None."""
        doc = verb.doc
        first = verb.i + 1
        if first >= len(doc) or doc[first].i in self.quoted or doc[first].ent_type_ not in ("PERSON", "ORG") \
                or doc[first].ent_iob_ != "B" or not any(t.i in self.quoted for t in doc[max(0, verb.i - 3):verb.i]):
            return None
        end = first
        while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
            end += 1
        return doc[end]

    def _attribution(self, subject, verb: str) -> Attribution:
        if subject.lower_ in ("who", "which", "that") and subject.head.dep_ == "relcl" and subject.head.head.i != subject.head.i:
            # "councillor Tom Healy, who called it "blunt and unworkable"": the one the clause is about speaks
            # ("Ng Siew Ling, the backbencher for a George Town seat, who said ...": the one the role belongs to)
            subject = next((t for t in role_antecedents(subject.head.head) if self._named(t, roles=True)[0] is not None),
                           subject.head.head)
        text = _phrase(subject)
        lowered = subject.lower_
        if lowered in PERSON_PRONOUNS:
            name = self.pronouns.get(subject.i)
            if subject.i not in self.pronouns:
                name = self._most_recent(
                    subject.idx, self._paragraph_of(subject.idx), "person", PERSON_PRONOUNS[lowered]
                )
            return Attribution(name, text, verb)
        if lowered == "it":
            paragraph = self._paragraph_of(subject.idx)
            name = self._most_recent(subject.idx, paragraph, "organization") or self._most_recent(
                subject.idx, paragraph, "country"
            )
            return Attribution(name, text, verb)
        if subject.pos_ == "PRON":
            return Attribution(None, text, verb)
        name, _kind = self._named(subject, roles=True)
        if name is None:
            name = _unrecognised_name(subject)
        if name is None:
            name = self._named_inside(subject)
        if name is None and subject.lemma_.lower() in DOCUMENT_NOUNS and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children
        ):
            name = self._document_sender(subject)
        return Attribution(name, text, verb, self._co_speakers(subject, name))

    def _document_sender(self, document) -> str | None:
        """Who sent "the statement" (or letter, or release) that speaks: the one the article named as
        issuing the last such document before it ("The union issued a statement ... 'We will fight
        it,' the statement said"; "In a letter from the chamber, ... the letter said")."""
        lemma = document.lemma_.lower()
        for token in reversed(document.doc[: document.i]):
            if token.lemma_.lower() != lemma or token.pos_ != "NOUN" or token.tag_ == "NNS":
                continue  # "fewer reports of executions" is not the report
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is not None:  # "its annual report", "the union's letter"
                if owner.lower_ == "its":
                    return self._most_recent(owner.idx, self._paragraph_of(owner.idx), "organization")
                if owner.lower_ in POSSESSIVE_PRONOUNS:
                    return self._most_recent(owner.idx, self._paragraph_of(owner.idx), "person",
                                             POSSESSIVE_PRONOUNS[owner.lower_])
                return self._named(owner, roles=True)[0]
            if token.dep_ == "nsubj":
                continue  # "The report notes ...": the same document speaking before; who sent it is further back
            for child in token.children:  # "a statement from the union", "a letter by the chamber"
                if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
                    for source in child.children:
                        if source.dep_ == "pobj":
                            return self._named(source, roles=True)[0] or self._named_inside(source)
            verb = token.head
            if token.dep_ == "pobj" and verb.dep_ == "prep":
                verb = verb.head  # "said in a statement", "wrote in a letter"
            elif token.dep_ not in ("dobj", "nsubjpass"):
                continue
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            if token.dep_ == "nsubjpass":  # "a statement was issued by the union"
                sender = next((c for c in verb.children if c.dep_ == "agent"), None)
                sender = next((c for c in sender.children if c.dep_ == "pobj"), None) if sender is not None else None
            else:
                sender = self._subject(verb)
            if sender is None or sender.pos_ == "PRON" and sender.lower_ not in PERSON_PRONOUNS and sender.lower_ != "it":
                return None
            if sender.lower_ in PERSON_PRONOUNS or sender.lower_ == "it":
                return self._attribution(sender, verb.text).name
            return self._named(sender, roles=True)[0] or self._named_inside(sender)
        return None

    def _co_speakers(self, subject, first: str | None) -> tuple[str, ...]:
        """Names coordinated with a named subject ("Jane Holloway and Mark Reed said"): every one
        speaks the same words."""
        if first is None:
            return ()
        others: list[str] = []
        for token in subject.conjuncts:
            if token.i < subject.i or token.pos_ == "PRON":
                continue
            name, _kind = self._named(token)
            if name is not None and name != first and name not in others:
                others.append(name)
        return tuple(others)

    def _named_inside(self, head) -> str | None:
        """The organisation named inside an unnamed source ("a senior White House official");
        for a document ("Trump's statement"), any actor named in it."""
        document = head.lemma_.lower() in DOCUMENT_NOUNS
        start = head.left_edge.idx
        end = head.right_edge.idx + len(head.right_edge)
        for mention in self.mentions:
            if mention.start < start or mention.end > end:
                continue
            name = self.canonical(mention)
            kind = self.kind_of(name, mention)
            if kind == "organization" or document and kind in ("person", "country", "group"):
                return name
        # Actor analysis may leave a name used as a modifier without a mention ("a White House
        # official"); the organisation still counts when the article names it elsewhere.
        for entity in head.doc.ents:
            if entity.label_ != "ORG" or entity.start_char < start or entity.end_char > end:
                continue
            text = entity.text[4:] if entity.text.lower().startswith("the ") else entity.text
            name = self.analysis.names.get(text)
            if name and self.kind_of(name) == "organization":
                return name
        return None


def _is_salient_subject(token) -> bool:
    """Subject of its sentence's main verb (or of a verb conjoined to it), or of a speech verb in the
    active voice ("Clarke had been reported to be ..." reports what others say of Clarke)."""
    verb = token.head
    if _is_speech_verb(verb) and token.dep_ != "nsubjpass":
        return True
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.i == verb.sent.root.i


def _quoted_as_saying(token):
    """The object of "quotes X as saying" (active voice), else None."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "quote":
        return None
    source = next((c for c in token.children if c.dep_ == "dobj"), None)
    framed = any(c.lower_ == "as" and any(t.lower_ in ("saying", "telling", "writing") for t in c.subtree) for c in token.children)
    return source if framed else None


def _is_speech_verb(token) -> bool:
    if token.pos_ not in ("VERB", "AUX") or token.dep_ == "aux":
        return False
    if token.lemma_.lower() in SPEECH_VERBS or token.lower_ in SPEECH_FORMS:
        return True
    # "the statement read": a document reads what it says
    return token.lemma_.lower() == "read" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in token.children
    )


def _lemma(token) -> str:
    lowered = token.lower_
    if lowered in ("said", "says", "saying"):
        return "say"
    if lowered in ("told", "tells"):
        return "tell"
    if lowered in ("wrote", "writes", "written"):
        return "write"
    if lowered in ("tweeted", "tweets"):
        return "tweet"
    return token.lemma_.lower()


def _inside(token, tokens: list) -> bool:
    """Whether ``token`` belongs to the subtree of one of ``tokens`` (a relative clause in a subject)."""
    return any(token.i != t.i and t.left_edge.i <= token.i <= t.right_edge.i for t in tokens)


def _proper_name(token) -> str | None:
    """``Cho`` / ``Lindsey O. Graham``: the head with its proper-noun compounds, if it is a name."""
    if token.pos_ != "PROPN":
        return None
    parts = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    # (a hyphened name, "Osei-Bonsu", has its hyphen between the parts)
    hyphens = sum(1 for t in token.doc[parts[0].i : token.i] if t.text == "-" and not t.whitespace_) if parts else 0
    if parts and parts[0].i + len(parts) + hyphens != token.i:
        parts = []
    start = parts[0].i if parts else token.i
    return token.doc[start : token.i + 1].text


def _unrecognised_name(token) -> str | None:
    """A proper name the entity recogniser missed, unless it may be a capitalised common word."""
    chain = _proper_name(token)
    if chain is None or token.ent_type_ not in ("", "PERSON"):
        return None
    single_at_sentence_start = " " not in chain and token.is_sent_start
    if single_at_sentence_start and not token.ent_type_:
        return None
    return chain


def _phrase(head) -> str:
    """The attribution as written: the noun phrase without appositions, relative clauses or brackets."""
    doc = head.doc
    end = head.i + 1
    for token in doc[head.i + 1 : head.right_edge.i + 1]:
        if token.text in (",", "(", "—", "–", "-") or token.dep_ in ("relcl", "appos", "acl") or token.is_space:
            break
        end = token.i + 1
    start = head.left_edge.i
    for token in doc[start : head.i]:
        if token.is_space or "\n" in token.whitespace_ or token.text in (",", "—", "–", ":", ";", "»", "«"):
            start = token.i + 1
    while start < head.i and (doc[start].is_punct and doc[start].text not in ("(",) or doc[start].is_space):
        start += 1
    return doc[start:end].text
