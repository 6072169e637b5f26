"""What cleaning removes, on the seeds and on real stories from other publishers.

Runs ``clean.clean_corpus`` on the shipped corpus (corpus/*.txt) and on the stories of
../shared/data/summaries-dev.jsonl (relative to the repository root; never copied into the
repository): CNN ``.story`` files (datelines and captions kept), CNN/DailyMail flat strings
("Scroll down for video", captions), and BBC XSum articles (share widgets, player notices).

Prints, per set: removed units by reason, body words kept against input words, words lost
(input words found neither in the body nor in the removed list: should be 0), metadata found,
speed, and a sample of what was removed per reason, so a reader can spot false positives.
When the data file is absent, says so and measures the seeds only.

Usage: python benchmarks/cleaning.py [--samples N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from briefing.models import Article, RawDocument  # noqa: E402
from briefing.pipeline.clean import clean_corpus  # noqa: E402

from devdata import SUMMARIES as DATA, read_stories  # noqa: E402
SOURCES = ("cnn", "cnndm", "xsum")


def load_seeds() -> list[RawDocument]:
    return [
        RawDocument(source=path.name, text=path.read_text(encoding="utf-8"), format="txt")
        for path in sorted((REPO / "corpus").glob("*.txt"))
    ]


def load_stories() -> dict[str, list[RawDocument]]:
    sets: dict[str, list[RawDocument]] = {source: [] for source in SOURCES}
    for row in read_stories():
        source = row["id"].split(":", 1)[0]
        if source in sets:
            sets[source].append(RawDocument(source=row["id"], text=row["text"], format="txt"))
    return sets


def words_lost(document: RawDocument, article: Article) -> int:
    """Input words that appear neither in the body nor among the removed pieces (a multiset difference)."""
    given = Counter(re.findall(r"\w+", document.text))
    kept = Counter(re.findall(r"\w+", article.body))
    for removed in article.removed:
        kept.update(re.findall(r"\w+", removed.text))
    return sum((given - kept).values())


def report(name: str, documents: list[RawDocument], samples: int) -> None:
    started = time.perf_counter()
    articles = clean_corpus(documents)
    elapsed = time.perf_counter() - started
    reasons: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    input_words = body_words = lost = 0
    for document, article in zip(documents, articles):
        input_words += len(document.text.split())
        body_words += len(article.body.split())
        lost += words_lost(document, article)
        for removed in article.removed:
            reasons[removed.reason] += 1
            bucket = examples.setdefault(removed.reason, [])
            if len(bucket) < samples:
                bucket.append(f"{document.source.split(':')[-1][:12]}: {removed.text[:110]}")
    n = len(articles)
    fallback = sum(any("no title" in w for w in a.warnings) for a in articles)
    print(f"\n== {name}: {n} documents, cleaned in {elapsed * 1000:.0f} ms ({elapsed * 1000 / max(n, 1):.2f} ms/doc)")
    print(f"   body words kept {body_words} of {input_words} input words "
          f"({100 * body_words / max(input_words, 1):.1f}%); words lost (neither kept nor listed): {lost}")
    print(f"   titles from the page {n - fallback}, fallback titles {fallback}; "
          f"datelines {sum(a.dateline is not None for a in articles)}; "
          f"authors {sum(bool(a.authors) for a in articles)}; dates {sum(a.published is not None for a in articles)}; "
          f"publishers {sum(a.publisher is not None for a in articles)}; "
          f"contributors {sum(bool(a.contributors) for a in articles)}; "
          f"opinion {sum(a.kind == 'opinion' for a in articles)}")
    print(f"   removed units {sum(reasons.values())}: "
          + (", ".join(f"{reason} {count}" for reason, count in reasons.most_common()) or "none"))
    for reason, count in reasons.most_common():
        print(f"   [{reason}]")
        for example in examples[reason]:
            print(f"      {example}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=4, help="removed units shown per reason")
    args = parser.parse_args()
    report("seeds (corpus/)", load_seeds(), args.samples)
    if not DATA.exists():
        print(f"\n{DATA} not found: the evaluation stories are read from ../shared/data relative to the "
              f"repository; only the seeds were measured.")
        return 0
    print(f"\nstories from {DATA.relative_to(REPO.parent)} (relative to the repository's parent folder)")
    for source, documents in load_stories().items():
        report(f"{source} stories", documents, args.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
