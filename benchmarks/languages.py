"""Languages: what each real page is written in, and what the analysis makes of it, before and after routing.

Reads the 60 pages of ../shared/data/extraction-dev/html/ in place (never copied) and the stories of
../shared/data/summaries-dev.jsonl; says so and stops when they are absent. Prints, per page, the detected
language and confidence, and actors / quotes *before* (every page parsed by the English model and analysed,
as the build did without language detection) and *after* (the real build, which leaves pages in languages
no configured pipeline reads unanalysed). Then the seeds' and the stories' languages: all must be English,
except stories that are not.

    .venv/bin/python benchmarks/languages.py
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.build import BuildOptions, analyse_article, build_briefing, clean_documents  # noqa: E402
from briefing.corpus import load_corpus  # noqa: E402
from briefing.pipeline import actors, language, nlp  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
PAGES = SHARED / "extraction-dev" / "html"
TRUTH = SHARED / "extraction-dev" / "ground-truth.json"
STORIES = SHARED / "summaries-dev.jsonl"
SEEDS = ROOT / "corpus"


def before(corpus: Path) -> dict[str, tuple[int, int]]:
    """Per source: (actors, quotes) when the English model analyses every page, languages ignored."""
    documents, skipped = load_corpus(corpus)
    articles = clean_documents(documents, skipped)
    docs = nlp.parse([article.body for article in articles], nlp.DEFAULT_MODEL)
    counts = {}
    for article, doc in zip(articles, docs):
        article.id = article.source
        analysis = analyse_article(article, doc, actors.ActorOptions())
        counts[article.source] = (len(analysis.kinds), len(analysis.quotes))
    return counts


def after(briefing) -> dict[str, tuple[int, int]]:
    """Per source: (actors, quotes) of the real build, counted like :func:`before` (per-article actors)."""
    return {
        article.source: (len(briefing.analyses[article.id].kinds), len(briefing.analyses[article.id].quotes))
        for article in briefing.articles
    }


def pages_report() -> None:
    truth = json.loads(TRUTH.read_text(encoding="utf-8")) if TRUTH.exists() else {}
    started = time.perf_counter()
    old = before(PAGES)
    before_seconds = time.perf_counter() - started
    started = time.perf_counter()
    briefing = build_briefing(BuildOptions(corpus_dir=PAGES))
    after_seconds = time.perf_counter() - started
    new = after(briefing)
    detections = {article.source: language.detect(article.body) for article in briefing.articles}
    started = time.perf_counter()
    for article in briefing.articles:
        language.detect(article.body)
    detect_ms = (time.perf_counter() - started) * 1000 / max(1, len(briefing.articles))

    print(f"extraction-dev: {len(briefing.articles)} pages, {len(briefing.skipped)} skipped")
    print(f"{'page':14} {'host':28} {'lang':>4} {'conf':>6} {'words':>6}  actors before→after  quotes before→after")
    totals: dict[str, Counter] = {"en": Counter(), "other": Counter()}
    for article in sorted(briefing.articles, key=lambda a: (a.language != "en", a.language, a.source)):
        detection = detections[article.source]
        host = urlsplit(truth.get(Path(article.source).stem, {}).get("url", "")).hostname or ""
        (actors_before, quotes_before), (actors_after, quotes_after) = old[article.source], new[article.source]
        group = totals["en" if article.language == "en" else "other"]
        group.update(pages=1, actors_before=actors_before, actors_after=actors_after, quotes_before=quotes_before, quotes_after=quotes_after)
        print(
            f"{Path(article.source).stem[:12]:14} {host[:28]:28} {article.language:>4} {detection.confidence:6.3f} "
            f"{len(article.body.split()):6}  {actors_before:6} → {actors_after:<6}       {quotes_before:6} → {quotes_after:<6}"
        )
    print()
    print("languages detected:", ", ".join(f"{code} {n}" for code, n in sorted(Counter(a.language for a in briefing.articles).items())))
    for name, group in (("English pages", totals["en"]), ("other pages", totals["other"])):
        print(
            f"{name:14} {group['pages']:3}: actors {group['actors_before']} → {group['actors_after']}, "
            f"quotes {group['quotes_before']} → {group['quotes_after']}"
        )
    unread = [a for a in briefing.articles if a.notes]
    print(f"pages published unanalysed, with a note: {len(unread)}; linked actors in the site: {len(briefing.actors)}")
    print(f"detection {detect_ms:.1f} ms/page; English-model analysis of all pages {before_seconds:.1f} s, real build {after_seconds:.1f} s")


def english_report() -> None:
    documents, skipped = load_corpus(SEEDS)
    seeds = clean_documents(documents, skipped)
    print()
    print("seeds:", ", ".join(f"{a.source} {language.detect(a.body).language}" for a in seeds))
    if not STORIES.exists():
        print(f"{STORIES} absent: story languages not measured")
        return
    stories = [json.loads(line) for line in STORIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_source: dict[str, Counter] = {}
    odd = []
    for story in stories:
        detection = language.detect(story["text"])
        by_source.setdefault(story["id"].split(":")[0], Counter())[detection.language] += 1
        if detection.language != "en":
            odd.append(f"{story['id']} {detection.language} {detection.confidence:.3f} ({len(story['text'])} chars)")
    for source, counts in sorted(by_source.items()):
        print(f"summaries-dev {source}: " + ", ".join(f"{code} {n}" for code, n in sorted(counts.items())))
    for line in odd:
        print("  not English:", line)


def main() -> int:
    if not PAGES.is_dir():
        print(f"{PAGES} is absent: the language benchmark needs ../shared/data/extraction-dev")
        english_report()
        return 0
    pages_report()
    english_report()
    return 0


if __name__ == "__main__":
    sys.exit(main())
