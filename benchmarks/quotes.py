"""Quotes and speakers: quote finding and speaker precision against a hand-labelled gold list.

Runs the real pipeline on the shipped corpus: corpus files → clean.clean_corpus → spaCy
(nlp.parse) → actors.analyse_actors → quotes.extract_quotes, and compares the quotes with
GOLD below (labelled by reading the seeds: the first words of each quotation and who said it).
Prints:

* recall of the full-sentence quotes (the issue's 25) and how many got the right speaker;
* precision of quote finding (every quote returned must be a gold quote, full or partial);
* speaker precision (of the quotes given a speaker, how many have the right one);
* scare quotes attributed to someone (must be 0).

When ../shared/data/summaries-dev.jsonl exists (never copied into the repository), CNN stories
from it go through the same steps; the script prints counts and every (speaker, quote) pair so a
reader can audit the attributions by hand (there is no gold there).

Usage: python benchmarks/quotes.py [--sample 20] [--source cnn] [--show 60]
"""

from __future__ import annotations

import argparse
import json
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
DATA = REPO.parent / "shared" / "data" / "summaries-dev.jsonl"

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


def sample(source: str, count: int, show: int) -> None:
    if not DATA.exists():
        print(f"\n(skipped the {source} sample: {DATA} is absent; it is read from ../shared/data, never copied here)")
        return
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
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
    args = parser.parse_args()
    seeds()
    sample(args.source, args.sample, args.show)


if __name__ == "__main__":
    main()
