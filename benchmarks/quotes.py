"""Quotes and speakers: quote finding and speaker precision against a hand-labelled gold list.

Runs the real pipeline on the shipped corpus: corpus files → clean.clean_corpus → spaCy
(nlp.parse) → actors.analyse_actors → quotes.extract_quotes, and compares the quotes with
GOLD below (labelled by reading the seeds: the first words of each quotation and who said it).
Prints:

* recall of the full-sentence quotes (the issue's 25) and how many got the right speaker;
* precision of quote finding (every quote returned must be a gold quote, full or partial);
* speaker precision (of the quotes given a speaker, how many have the right one);
* scare quotes attributed to someone (must be 0).

When ../shared/data/summaries-dev.jsonl exists (never copied into the repository), the ten CNN
stories of HELD_OUT (hand-labelled by reading them, not seeds) give held-out speaker precision
and recall; then a sample of CNN stories goes through the same steps and the script prints
counts and (speaker, quote) pairs so a reader can audit attributions by hand (--show 0: skip).

When ../shared/data/extraction-dev/ exists, its saved pages (several languages) go through the
pipeline as one corpus and the quotes (and actors) found on the non-English pages are counted.

With --debates DIR (a folder in positions-dev's format, such as positions-dev itself), the quotes
inside its labelled evidence sentences are checked against the labelled actor.

Usage: python benchmarks/quotes.py [--sample 20] [--source cnn] [--show 60] [--debates DIR ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from briefing.models import Quote, RawDocument  # noqa: E402
from briefing.pipeline import nlp  # noqa: E402
from briefing.pipeline.actors import analyse_actors, slugify  # noqa: E402
from briefing.pipeline.clean import clean_corpus  # noqa: E402
from briefing.pipeline.quotes import extract_quotes  # noqa: E402

CORPUS = REPO / "corpus"
from devdata import SUMMARIES as DATA, read_stories  # noqa: E402

TRUMP = ("Trump", "Donald Trump")
KIM = ("Kim Jong Un", "Kim")
# (corpus file, first words of the quoted text, acceptable speaker names, full sentence?)
# An empty tuple of speakers means "no one": the quote may be found but must not be attributed.
GOLD: list[tuple[str, str, tuple[str, ...], bool]] = [
    ("000_98d8f52229e78393.txt", "We're not going to allow", ("White House",), True),
    ("000_98d8f52229e78393.txt", "The great danger is", ("Zack Cooper",), True),
    ("000_98d8f52229e78393.txt", "The South Koreans are feeling", ("Jenny Town",), True),
    ("000_98d8f52229e78393.txt", "Pence's meetings are going", ("Jenny Town",), True),
    ("001_2ada417bd16016a4.txt", "Rocket man now wants", TRUMP, True),
    ("001_2ada417bd16016a4.txt", "Perhaps that is good news", TRUMP, True),
    ("001_2ada417bd16016a4.txt", "nuclear button", KIM, False),
    ("001_2ada417bd16016a4.txt", "Will someone from his depleted", TRUMP, True),
    ("001_2ada417bd16016a4.txt", "groundbreaking chance", ("Moon Jae-in",), False),
    ("001_2ada417bd16016a4.txt", "are beginning to have a big impact", TRUMP, False),
    ("001_2ada417bd16016a4.txt", "Kim Jong Un may be trying", ("Heather Nauert",), True),
    ("001_2ada417bd16016a4.txt", "we are very skeptical", ("Heather Nauert",), True),
    ("001_2ada417bd16016a4.txt", "I think in the interim", ("Evan Medeiros",), True),
    ("001_2ada417bd16016a4.txt", "frozen", KIM, False),
    ("001_2ada417bd16016a4.txt", "open our doors to anyone", KIM, False),
    ("001_2ada417bd16016a4.txt", "We earnestly wish", KIM, True),
    ("001_2ada417bd16016a4.txt", "From this point of view", KIM, True),
    ("001_2ada417bd16016a4.txt", "We look forward to candidly", ("Cho Myoung-gyon",), True),
    ("001_2ada417bd16016a4.txt", "I repeat, the government", ("Cho Myoung-gyon",), True),
    ("001_2ada417bd16016a4.txt", "positive steps", ("Chinese Foreign Ministry", "Foreign Ministry", "China"), False),
    (
        "001_2ada417bd16016a4.txt",
        "take advantage of this opportunity",
        ("Chinese Foreign Ministry", "Foreign Ministry", "China", "Geng Shuang"),
        False,
    ),
    ("001_2ada417bd16016a4.txt", "divide and conquer", ("Daniel Russel",), False),
    ("001_2ada417bd16016a4.txt", "Kim wants to unwind sanctions", ("Daniel Russel",), True),
    ("001_2ada417bd16016a4.txt", "Diplomacy is always", ("Daniel Russel",), True),
    # Russel's reported speech quotes Kim's phrase; the reporting clause is Russel's.
    ("001_2ada417bd16016a4.txt", "nuclear button", ("Daniel Russel", *KIM), False),
    ("001_2ada417bd16016a4.txt", "enticement", ("Daniel Russel",), False),
    ("001_2ada417bd16016a4.txt", "Pyongyang's pattern is", ("Daniel Russel",), True),
    ("001_2ada417bd16016a4.txt", "The key to disrupting", ("Daniel Russel",), True),
    ("001_2ada417bd16016a4.txt", "playing for time", ("Evan Medeiros",), False),
    ("001_2ada417bd16016a4.txt", "Because if they don't", ("Jonathan Pollack",), True),
    ("001_2ada417bd16016a4.txt", "The international community was appalled", ("Bruce Klingner",), True),
    ("001_2ada417bd16016a4.txt", "But in response to North Korea's", ("Bruce Klingner",), True),
    ("001_2ada417bd16016a4.txt", "Yet with each new attempt", ("Bruce Klingner",), True),
    ("001_2ada417bd16016a4.txt", "Allowing Kim Jong Un's North Korea", ("Lindsey O. Graham", "Lindsey Graham"), True),
    ("001_2ada417bd16016a4.txt", "I'm confident South Korea", ("Lindsey O. Graham", "Lindsey Graham"), True),
    ("002_bebedacd0585b032.txt", "Inter-Korean relations are", KIM, True),
    # Scare quotes: no speech act, never anyone's words.
    ("000_98d8f52229e78393.txt", "bloody nose", (), False),
    ("000_98d8f52229e78393.txt", "maximum pressure", (), False),
]

# Held-out gold: CNN stories from ../shared/data/summaries-dev.jsonl (never copied here), none of
# them a seed, labelled by reading the stories before looking at the system's output. One row per
# full-sentence direct quote (partial and scare quotes are not labelled): (story id, first words of
# the quotation, acceptable speaker names). An empty tuple means the text names no speaking actor
# (a document such as "the plea agreement said", a chanting crowd): any name given is wrong.
# A quote that continues in an unattributed paragraph belongs to the speaker of the previous one.
BUSH = ("Bush", "George W. Bush", "George Bush")
HELD_OUT: list[tuple[str, str, tuple[str, ...]]] = [
    # politics: Bush's Vietnam speech
    ("cnn:017d27d00eb43678c15cb4a8dd4723a035323219", "Three decades later, there is", BUSH),
    ("cnn:017d27d00eb43678c15cb4a8dd4723a035323219", "Whatever your position in that debate", BUSH),
    ("cnn:017d27d00eb43678c15cb4a8dd4723a035323219", "Here at home, some can argue", BUSH),
    ("cnn:017d27d00eb43678c15cb4a8dd4723a035323219", "President Bush's attempt to compare", ("Harry Reid",)),
    ("cnn:017d27d00eb43678c15cb4a8dd4723a035323219", "While the President continues", ("Harry Reid",)),
    ("cnn:017d27d00eb43678c15cb4a8dd4723a035323219", "In the aftermath of Japan's surrender", BUSH),
    ("cnn:017d27d00eb43678c15cb4a8dd4723a035323219", "Today, in defiance of the critics", BUSH),
    ("cnn:017d27d00eb43678c15cb4a8dd4723a035323219", "While it is true that the Korean War", BUSH),
    ("cnn:017d27d00eb43678c15cb4a8dd4723a035323219", "Without America's intervention", BUSH),
    # politics: Tony Snow steps down
    ("cnn:5e22bbfc7232418b8d2dd646b952e404df5bd048", "It's been a joy to watch him", BUSH),
    ("cnn:5e22bbfc7232418b8d2dd646b952e404df5bd048", "He'll battle cancer and win", BUSH),
    ("cnn:5e22bbfc7232418b8d2dd646b952e404df5bd048", "and he'll be a solid contributor", BUSH),
    ("cnn:5e22bbfc7232418b8d2dd646b952e404df5bd048", "I love you, and I wish you", BUSH),
    ("cnn:5e22bbfc7232418b8d2dd646b952e404df5bd048", "This job has really been a dream", ("Tony Snow",)),
    ("cnn:5e22bbfc7232418b8d2dd646b952e404df5bd048", "The tumors are stable", ("Tony Snow",)),
    ("cnn:5e22bbfc7232418b8d2dd646b952e404df5bd048", "And there are no new growths", ("Tony Snow",)),
    ("cnn:5e22bbfc7232418b8d2dd646b952e404df5bd048", "I'm also putting on weight again", ("Tony Snow",)),
    # disaster / government: Utah mine
    ("cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd", "Over the past 25 days", ("Richard Stickler",)),
    ("cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd", "The thoughts and prayers of the dedicated", ("Richard Stickler",)),
    ("cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd", "Last night, a difficult decision", BUSH),
    ("cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd", "The grueling around-the-clock", ("Elaine Chao",)),
    ("cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd", "We basically told the families", ("Richard Stickler",)),
    ("cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd", "We've consulted with the people", ("Richard Stickler",)),
    ("cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd", "And basically, through all the information", ("Richard Stickler",)),
    # "the attorney for the families said"; the next paragraph names him as Colin King
    ("cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd", "They are done. It's finished", ("Colin King",)),
    ("cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd", "It's a hard and bitter pill", ("Colin King",)),
    ("cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd", "Basically, what it saw", ("Richard Stickler",)),
    ("cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd", "The families asked many, many questions", ("Richard Stickler",)),
    ("cnn:0d43b97000ff852282c89d8d105e41495c0ee9bd", "I will never come back", ("Bob Murray",)),
    # sport / crime: Michael Vick suspended
    ("cnn:7fe70cc8b12fab2d0a258fababf7d9c6b5e1262a", "Your admitted conduct", ("Roger Goodell",)),
    ("cnn:7fe70cc8b12fab2d0a258fababf7d9c6b5e1262a", "The defendant will plead guilty", ()),
    ("cnn:7fe70cc8b12fab2d0a258fababf7d9c6b5e1262a", "Most of the 'Bad Newz Kennels'", ()),
    ("cnn:7fe70cc8b12fab2d0a258fababf7d9c6b5e1262a", "Vick did not gamble", ()),
    ("cnn:7fe70cc8b12fab2d0a258fababf7d9c6b5e1262a", "Peace, Phillips and Vick agreed", ()),
    ("cnn:7fe70cc8b12fab2d0a258fababf7d9c6b5e1262a", "Vick agrees and stipulates", ()),
    ("cnn:7fe70cc8b12fab2d0a258fababf7d9c6b5e1262a", "It sometimes happens", ("Jeffrey Toobin",)),
    ("cnn:7fe70cc8b12fab2d0a258fababf7d9c6b5e1262a", "The risk for Vick is", ("Jeffrey Toobin",)),
    ("cnn:7fe70cc8b12fab2d0a258fababf7d9c6b5e1262a", "Such costs may include", ()),
    # crime / education: noose at Duke
    ("cnn:c27cf1b136cc270023de959e7ab24638021bc43f", "We are not afraid", ()),
    ("cnn:c27cf1b136cc270023de959e7ab24638021bc43f", "You came here for the reason", ("Richard Brodhead",)),
    ("cnn:c27cf1b136cc270023de959e7ab24638021bc43f", "To whomever committed", ("Larry Moneta",)),
    # business / entertainment (Reuters copy): Radcliffe's fortune
    ("cnn:42c027e4ff9730fbb3de84c1af0d2c506e41c3e4", "I don't plan to be one of those", ("Daniel Radcliffe",)),
    ("cnn:42c027e4ff9730fbb3de84c1af0d2c506e41c3e4", "I don't think I'll be particularly", ("Daniel Radcliffe",)),
    ("cnn:42c027e4ff9730fbb3de84c1af0d2c506e41c3e4", "The things I like buying", ("Daniel Radcliffe",)),
    ("cnn:42c027e4ff9730fbb3de84c1af0d2c506e41c3e4", "I'll definitely have some sort", ("Daniel Radcliffe",)),
    ("cnn:42c027e4ff9730fbb3de84c1af0d2c506e41c3e4", "Hopefully none of you", ("Daniel Radcliffe",)),
    ("cnn:42c027e4ff9730fbb3de84c1af0d2c506e41c3e4", "People are always looking", ("Daniel Radcliffe",)),
    ("cnn:42c027e4ff9730fbb3de84c1af0d2c506e41c3e4", "But I try very hard", ("Daniel Radcliffe",)),
    ("cnn:42c027e4ff9730fbb3de84c1af0d2c506e41c3e4", "I just think I'm going to be", ("Daniel Radcliffe",)),
    # international: Germanwings crash
    ("cnn:469c6ac05092ca5997728c9dfc19f9ab6b936e40", "A person who has such a video", ("Brice Robin",)),
    ("cnn:469c6ac05092ca5997728c9dfc19f9ab6b936e40", "One can hear cries", ("Paris Match",)),
    ("cnn:469c6ac05092ca5997728c9dfc19f9ab6b936e40", "Metallic banging can also", ("Paris Match",)),
    ("cnn:469c6ac05092ca5997728c9dfc19f9ab6b936e40", "It is a very disturbing scene", ("Julian Reichelt",)),
    ("cnn:469c6ac05092ca5997728c9dfc19f9ab6b936e40", "That is something we did not know", ("Julian Reichelt",)),
    ("cnn:469c6ac05092ca5997728c9dfc19f9ab6b936e40", "Psychology can explain", ("Brian Russell",)),
    ("cnn:469c6ac05092ca5997728c9dfc19f9ab6b936e40", "But there is no mental illness", ("Brian Russell",)),
    # international: Palestine joins the ICC
    ("cnn:f001ec5c4704938247d27a44948eebb37ae98d01", "As Palestine formally becomes", ("Riad al-Malki",)),
    ("cnn:f001ec5c4704938247d27a44948eebb37ae98d01", "Indeed, today brings us closer", ("Riad al-Malki",)),
    ("cnn:f001ec5c4704938247d27a44948eebb37ae98d01", "As the Rome Statute today", ("Kuniko Ozaki",)),
    ("cnn:f001ec5c4704938247d27a44948eebb37ae98d01", "Governments seeking to penalize", ("Balkees Jarrah",)),
    ("cnn:f001ec5c4704938247d27a44948eebb37ae98d01", "What's objectionable is", ("Balkees Jarrah",)),
    ("cnn:f001ec5c4704938247d27a44948eebb37ae98d01", "As we have said repeatedly", ("State Department", "U.S. State Department")),
    ("cnn:f001ec5c4704938247d27a44948eebb37ae98d01", "We will continue to oppose", ("State Department", "U.S. State Department")),
    # international / human rights: Amnesty's death-penalty report
    ("cnn:e2706dce6cf26bc61b082438188fdb6e130d9e40", "The dark trend of governments", ("Salil Shetty",)),
    ("cnn:e2706dce6cf26bc61b082438188fdb6e130d9e40", "It is shameful that so many", ("Salil Shetty",)),
    ("cnn:e2706dce6cf26bc61b082438188fdb6e130d9e40", "The long-term trend is", ("Audrey Gaughran",)),
    ("cnn:e2706dce6cf26bc61b082438188fdb6e130d9e40", "A number of countries are closer", ("Audrey Gaughran",)),
    ("cnn:e2706dce6cf26bc61b082438188fdb6e130d9e40", "Even though we've highlighted", ("Audrey Gaughran",)),
    ("cnn:e2706dce6cf26bc61b082438188fdb6e130d9e40", "Across the board", ("Audrey Gaughran",)),
    # "the report stated": Amnesty's report
    ("cnn:e2706dce6cf26bc61b082438188fdb6e130d9e40", "In the majority of countries", ("Amnesty International", "Amnesty")),
    ("cnn:e2706dce6cf26bc61b082438188fdb6e130d9e40", "In 2014 Amnesty International raised", ("Amnesty International", "Amnesty")),
    ("cnn:e2706dce6cf26bc61b082438188fdb6e130d9e40", "The taking of life", ("Ban Ki-moon",)),
    ("cnn:e2706dce6cf26bc61b082438188fdb6e130d9e40", "We must continue to argue", ("Ban Ki-moon",)),
    # religion / obituary: Robert H. Schuller (family members are different people)
    ("cnn:88e7dac40f3e6c159e4edc0747d0cc0f50886fbb", "My father-in-law passed away", ("Donna Schuller",)),
    ("cnn:88e7dac40f3e6c159e4edc0747d0cc0f50886fbb", "Evangelicalism at its best", ("Timothy Larsen",)),
    ("cnn:88e7dac40f3e6c159e4edc0747d0cc0f50886fbb", "And Schuller was a master", ("Timothy Larsen",)),
    ("cnn:88e7dac40f3e6c159e4edc0747d0cc0f50886fbb", "What he got right", ("Timothy Larsen",)),
    ("cnn:88e7dac40f3e6c159e4edc0747d0cc0f50886fbb", "And he preached an uplifting", ("Timothy Larsen",)),
    ("cnn:88e7dac40f3e6c159e4edc0747d0cc0f50886fbb", "Turn your hurt into a halo", ("Randall Balmer",)),
    ("cnn:88e7dac40f3e6c159e4edc0747d0cc0f50886fbb", "That's pretty weak tea", ("Randall Balmer",)),
    ("cnn:88e7dac40f3e6c159e4edc0747d0cc0f50886fbb", "It may be bad theology", ("Randall Balmer",)),
    # the grandson ("also named Bobby", "the younger Schuller"), not Robert H. nor Bobby Jr.
    ("cnn:88e7dac40f3e6c159e4edc0747d0cc0f50886fbb", "You could see the whole world", ("Bobby", "Bobby Schuller")),
]


def prepare(documents: list[RawDocument]):
    articles = clean_corpus(documents)
    for index, article in enumerate(articles):
        if not article.id:  # the orchestrator assigns ids; do the same here
            article.id = f"{index:03d}-{slugify(article.title or article.source)[:40]}"
    docs = list(nlp.parse([a.body for a in articles]))
    started = time.perf_counter()
    quotes: dict[str, list[Quote]] = {}
    analysis_seconds = 0.0
    for article, doc in zip(articles, docs):
        analysis_started = time.perf_counter()
        analysis = analyse_actors(article, doc)
        analysis_seconds += time.perf_counter() - analysis_started
        quotes[article.source] = extract_quotes(article, doc, analysis)
    quote_seconds = time.perf_counter() - started - analysis_seconds
    return articles, quotes, quote_seconds


def seeds() -> None:
    documents = [RawDocument(p.name, p.read_text(encoding="utf-8"), "txt") for p in sorted(CORPUS.glob("*.txt"))]
    articles, quotes, seconds = prepare(documents)
    total = sum(len(q) for q in quotes.values())
    print(f"## Seeds: {len(articles)} articles, {total} quotes ({seconds * 1000:.0f} ms in extract_quotes)")

    matched: dict[int, Quote] = {}
    used: set[str] = set()
    for index, (source, prefix, _speakers, _full) in enumerate(GOLD):
        for quote in quotes.get(source, []):
            if quote.id not in used and quote.text.startswith(prefix):
                matched[index] = quote
                used.add(quote.id)
                break

    full = [i for i, gold in enumerate(GOLD) if gold[3]]
    found_full = [i for i in full if i in matched]
    right_full = [i for i in found_full if matched[i].speaker_name in GOLD[i][2]]
    extra = [q for qs in quotes.values() for q in qs if q.id not in used]
    scare = [i for i, gold in enumerate(GOLD) if not gold[2]]
    scare_attributed = [i for i in scare if i in matched and matched[i].speaker_name is not None]
    attributed = [i for i in matched if GOLD[i][2] and matched[i].speaker_name is not None]
    right = [i for i in attributed if matched[i].speaker_name in GOLD[i][2]]
    wrong_extra = [q for q in extra if q.speaker_name is not None]

    print(f"full-sentence quotes found: {len(found_full)}/{len(full)} (recall {len(found_full) / len(full):.3f})")
    print(f"full-sentence quotes with the right speaker: {len(right_full)}/{len(full)}")
    print(
        f"quote finding precision: {len(used) - len([i for i in scare if i in matched])}/{total} "
        f"= {(len(used) - len([i for i in scare if i in matched])) / max(total, 1):.3f} "
        f"(partial quotes found: {len([i for i in matched if not GOLD[i][3] and GOLD[i][2]])}/"
        f"{len([g for g in GOLD if not g[3] and g[2]])})"
    )
    speaker_total = len(attributed) + len(wrong_extra)
    print(
        f"speaker precision: {len(right)}/{speaker_total} = {len(right) / max(speaker_total, 1):.3f} "
        f"(quotes given a speaker; unknown speakers are not counted as right or wrong)"
    )
    print(f"scare quotes attributed: {len(scare_attributed)} (found at all: {len([i for i in scare if i in matched])})")
    for i in full:
        if i not in matched:
            print(f"  MISSED {GOLD[i][0]}: {GOLD[i][1]!r}")
        elif matched[i].speaker_name not in GOLD[i][2]:
            print(f"  WRONG  {GOLD[i][1]!r}: {matched[i].speaker_name!r}, expected {GOLD[i][2][0]!r}")
    for i in attributed:
        if not GOLD[i][3] and matched[i].speaker_name not in GOLD[i][2]:
            print(f"  WRONG  {GOLD[i][1]!r}: {matched[i].speaker_name!r}, expected {GOLD[i][2][0]!r}")
    for quote in extra:
        print(f"  EXTRA  {quote.article}: {quote.speaker_name!r} {quote.text[:60]!r}")


def _source_of(story_id: str) -> str:
    return story_id.replace(":", "_") + ".txt"


def held_out() -> tuple[int, int, int, int] | None:
    """Speaker precision and recall on HELD_OUT (stories read from ../shared/data, never copied here).

    Returns (right speakers, quotes given a speaker, right speakers of named quotes, named quotes)."""
    if not DATA.exists():
        print(f"\n(skipped the held-out gold: {DATA} is absent; it is read from ../shared/data, never copied here)")
        return None
    wanted = {story for story, _prefix, _speakers in HELD_OUT}
    rows = read_stories()
    rows = sorted((row for row in rows if row["id"] in wanted), key=lambda row: row["id"])
    documents = [RawDocument(_source_of(row["id"]), row["text"], "txt") for row in rows]
    articles, quotes, seconds = prepare(documents)
    matched: dict[int, Quote] = {}
    used: set[str] = set()
    for index, (story, prefix, _speakers) in enumerate(HELD_OUT):
        for quote in quotes.get(_source_of(story), []):
            if quote.id not in used and quote.text.startswith(prefix):
                matched[index] = quote
                used.add(quote.id)
                break
    total = len(HELD_OUT)
    named = [i for i, gold in enumerate(HELD_OUT) if gold[2]]
    right = [i for i in named if i in matched and matched[i].speaker_name in HELD_OUT[i][2]]
    attributed = [i for i in matched if matched[i].speaker_name is not None]
    correct = [i for i in attributed if matched[i].speaker_name in HELD_OUT[i][2]]
    print(f"\n## Held-out gold: {len(articles)} CNN stories, {total} full-sentence quotes ({len(named)} with a named speaker)")
    print(f"held-out quotes found: {len(matched)}/{total} = {len(matched) / total:.3f}")
    print(
        f"held-out speaker precision: {len(correct)}/{len(attributed)} = {len(correct) / max(len(attributed), 1):.3f} "
        f"(found quotes given a speaker; an unnamed source or unresolved pronoun counts as no speaker)"
    )
    print(f"held-out speaker recall: {len(right)}/{len(named)} = {len(right) / max(len(named), 1):.3f}")
    for i, (story, prefix, speakers) in enumerate(HELD_OUT):
        if i not in matched:
            print(f"  MISSED {story[4:12]} {prefix!r}")
        elif matched[i].speaker_name is not None and matched[i].speaker_name not in speakers:
            expected = speakers[0] if speakers else "no one"
            print(f"  WRONG  {story[4:12]} {prefix!r}: {matched[i].speaker_name!r} ({matched[i].speaker_text!r}), expected {expected!r}")
        elif matched[i].speaker_name is None and speakers:
            print(f"  UNKNOWN {story[4:12]} {prefix!r}: speaker_text {matched[i].speaker_text!r}, expected {speakers[0]!r}")
    return len(correct), len(attributed), len(right), len(named)


def debate_quotes(root: Path) -> tuple[int, int, int] | None:
    """Speakers of the quotes in the labelled evidence of a folder in positions-dev's format (gold.json
    with positions whose evidence sentence quotes the actor): the folder is analysed as one corpus,
    each quote inside an evidence sentence is checked against the position's actor (its name or an
    alias is one of the gold variants). Returns (right speakers, quotes given a speaker, quotes)."""
    if not (root / "gold.json").exists():
        print(f"\n({root} not found: its quotes are skipped)")
        return None
    import re

    from actors import analyse_corpus, positions_corpus
    from devdata import _actor_matches

    documents, gold = positions_corpus(root)
    articles, analyses, actors, link, docs = analyse_corpus(documents)
    by_id = {a.id: a for a in actors}
    by_source = {a.source: (a, doc) for a, doc in zip(articles, docs)}
    checked: dict[tuple[str, str], tuple[Quote, list[str]]] = {}
    for slug, debate in gold["debates"].items():
        for position in debate["positions"]:
            evidence = " ".join(position["evidence"].split())
            if not re.search("[\"“”]", evidence):
                continue
            article, doc = by_source[f"{slug}/{position['article']}"]
            for quote in extract_quotes(article, doc, analyses[article.id]):
                # The quote with the words around it, so that a short quote ("pause") is the evidence's own.
                around = " ".join(article.body[max(0, quote.start - 25) : quote.end + 2].split())
                if around in evidence or " ".join(quote.text.split()) in evidence and article.body.count(quote.text) == 1:
                    checked.setdefault((article.id, quote.id), (quote, position["actor"]))
    attributed = right = 0
    problems = []
    for (article_id, _quote_id), (quote, variants) in sorted(checked.items()):
        actor = by_id.get(link.get((article_id, quote.speaker_name))) if quote.speaker_name else None
        if quote.speaker_name is None:
            problems.append(f"  UNKNOWN {quote.text[:60]!r}: expected {variants[0]!r} ({quote.speaker_text!r})")
            continue
        attributed += 1
        if actor is not None and _actor_matches(actor, variants):
            right += 1
        else:
            problems.append(f"  WRONG   {quote.text[:60]!r}: {quote.speaker_name!r}, expected {variants[0]!r}")
    print(f"\n## {root.name}: quotes inside labelled evidence sentences, {len(articles)} articles as one corpus")
    print(f"speaker precision: {right}/{attributed} = {right / max(attributed, 1):.3f}; named: {attributed}/{len(checked)}")
    for line in problems:
        print(line)
    return right, attributed, len(checked)


def sample(source: str, count: int, show: int) -> None:
    if not DATA.exists():
        print(f"\n(skipped the {source} sample: {DATA} is absent; it is read from ../shared/data, never copied here)")
        return
    rows = read_stories()
    rows = [row for row in rows if row["id"].split(":")[0] == source][:count]
    documents = [RawDocument(row["id"].replace(":", "_") + ".txt", row["text"], "txt") for row in rows]
    articles, quotes, seconds = prepare(documents)
    every = [q for qs in quotes.values() for q in qs]
    kinds = Counter(q.kind for q in every)
    named = [q for q in every if q.speaker_name]
    described = [q for q in every if not q.speaker_name and q.speaker_text]
    print(f"\n## {source}: {len(articles)} stories, {len(every)} quotes ({seconds * 1000:.0f} ms in extract_quotes)")
    print(
        f"direct {kinds['direct']}, partial {kinds['partial']}; named speaker {len(named)}, "
        f"unnamed source or unresolved pronoun {len(described)}, no attribution {len(every) - len(named) - len(described)}"
    )
    print(f"verbs: {', '.join(f'{verb} {n}' for verb, n in Counter(q.verb for q in every if q.verb).most_common(12))}")
    print(f"(speaker_name | speaker_text | kind | quote), first {show}:")
    for quote in every[:show]:
        print(f"  {quote.article[:18]:18} {str(quote.speaker_name)[:22]:22} | {str(quote.speaker_text)[:24]:24} | "
              f"{quote.kind:7} | {quote.text[:70]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=20, help="stories from the evaluation set (default 20)")
    parser.add_argument("--source", default="cnn", help="id prefix in summaries-dev.jsonl: cnn, cnndm or xsum")
    parser.add_argument("--show", type=int, default=60, help="(speaker, quote) pairs to print")
    parser.add_argument(
        "--debates", type=Path, action="append", default=[], metavar="DIR",
        help="also check the quotes in the evidence of a folder in positions-dev's format",
    )
    args = parser.parse_args()
    seeds()
    held_out()
    for root in args.debates:
        debate_quotes(root)
    from actors import mixed_language  # benchmarks/actors.py: quotes on the non-English pages

    mixed_language()
    if args.show:
        sample(args.source, args.sample, args.show)


if __name__ == "__main__":
    main()
