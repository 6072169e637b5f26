"""ROUGE of our extractive summaries against the lead baseline, on real stories with human summaries.

Reads ../shared/data/summaries-dev.jsonl (relative to the repository root; the data is never
copied into the repository). Every story goes through the real pipeline:
RawDocument → clean.clean_document → spaCy (nlp.parse) → summarize.summarize.
The lead baseline is the first sentences of the same cleaned text (spaCy's sentences): lead-3
for the CNN and CNN/DailyMail stories, lead-1 for XSum (whose reference is one sentence), where
our summary is also one sentence.

Stories are also split in two halves by a hash of their id (A: used to choose the parameters,
B: held out); both are printed so a reader can see whether the method generalises.

Usage: python benchmarks/summaries.py [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from briefing.models import Article, RawDocument  # noqa: E402
from briefing.pipeline import nlp  # noqa: E402
from briefing.pipeline.summarize import candidate_sentences, corpus_statistics, summarize  # noqa: E402

from devdata import SUMMARIES as DATA, read_stories  # noqa: E402
SOURCES = ("cnn", "cnndm", "xsum")
METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")

PTB_REPLACEMENTS = (
    ("-lrb-", "("), ("-rrb-", ")"), ("-lsb-", "["), ("-rsb-", "]"), ("-lcb-", "{"), ("-rcb-", "}"),
    ("``", '"'), ("''", '"'),
)


def detokenise(text: str) -> str:
    """Undo Penn-Treebank tokenisation of the CNN/DailyMail highlights ("Locke 's" → "Locke's")."""
    for old, new in PTB_REPLACEMENTS:
        text = re.sub(re.escape(old), new, text, flags=re.IGNORECASE)
    text = re.sub(r" (n't|'s|'re|'ve|'m|'ll|'d)\b", r"\1", text, flags=re.IGNORECASE)
    text = re.sub(r" ([.,;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$£]) ", r"\1", text)
    text = re.sub(r"` ([^`']*?) '", r"'\1'", text)
    return text.strip()


def load_cleaner(raws: list[RawDocument]):
    """The real cleaner, with the corpus-level repeated-line signal computed over all stories
    as ``clean.clean_corpus`` does; a line splitter only where clean.py is missing."""
    try:
        from briefing.pipeline.clean import clean_document, repeated_lines
    except ImportError:
        clean_document = None
    if clean_document is not None:
        repeated = repeated_lines(raws)
        return (lambda raw: clean_document(raw, repeated)), "briefing.pipeline.clean.clean_document"

    def split_lines(raw: RawDocument) -> Article:
        # Stand-in for a checkout without briefing/pipeline/clean.py: one paragraph per non-empty line.
        paragraphs = [line.strip() for line in raw.text.splitlines() if line.strip()]
        return Article(id=raw.source, source=raw.source, title="", paragraphs=paragraphs)

    return split_lines, "line splitter (briefing/pipeline/clean.py not found)"


def cleaned_article(clean, raw: RawDocument) -> Article | None:
    result = clean(raw)
    if isinstance(result, tuple):  # (Article, extras) shapes
        result = result[0]
    return result if isinstance(result, Article) else None


def lead_sentences(doc, count: int) -> list[str]:
    """The first ``count`` spaCy sentences of the cleaned body, cut at paragraph breaks."""
    sentences = []
    for sentence in doc.sents:
        for part in re.split(r"\n\s*\n", sentence.text):
            if part.strip():
                sentences.append(part.strip())
            if len(sentences) == count:
                return sentences
    return sentences


def half(story_id: str) -> str:
    return "A" if int(hashlib.sha1(story_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N stories")
    parser.add_argument("--show", type=int, default=0, help="print N example summaries")
    args = parser.parse_args()

    if not DATA.exists():
        print(f"{DATA} not found: no summary benchmark data here, nothing to measure.")
        return 0
    from rouge_score import rouge_scorer

    stories = read_stories()
    if args.limit:
        stories = stories[: args.limit]
    raws = [RawDocument(source=story["id"], text=story["text"], format="txt") for story in stories]
    started = time.perf_counter()
    clean, cleaner_name = load_cleaner(raws)
    print(f"data: {DATA} ({len(stories)} stories); cleaner: {cleaner_name}")

    kept = []
    for story, raw in zip(stories, raws):
        article = cleaned_article(clean, raw)
        if article is None or not article.paragraphs:
            print(f"  {story['id']}: the cleaner kept no body; scored as empty")
            article = Article(id=story["id"], source=story["id"], title="", paragraphs=[""])
        article.id = story["id"]
        kept.append((story, article))
    cleaned_at = time.perf_counter()
    docs = list(nlp.parse(article.body for _, article in kept))
    parsed_at = time.perf_counter()
    stats = corpus_statistics(docs)

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    rows = []  # (source, half, system, {metric: f1})
    sentences_seen = 0
    summarize_seconds = 0.0
    for index, ((story, article), doc) in enumerate(zip(kept, docs)):
        source = story["id"].split(":", 1)[0]
        count = 1 if source == "xsum" else 3
        reference = story["reference"]
        if source == "cnndm":
            reference = "\n".join(detokenise(line) for line in reference.splitlines())
        tick = time.perf_counter()
        summary, scores = summarize(article, doc, stats, max_sentences=count)
        summarize_seconds += time.perf_counter() - tick
        sentences_seen += len(scores)
        ours = "\n".join(s.text for s in summary)
        lead = "\n".join(lead_sentences(doc, count))
        for system, text in (("ours", ours), ("lead", lead)):
            result = scorer.score(reference, text)
            rows.append((source, half(story["id"]), system, {m: result[m].fmeasure for m in METRICS}))
        if index < args.show:
            print(f"\n--- {story['id']}\nREF:  {reference!r}\nOURS: {ours!r}\nLEAD: {lead!r}")
            rejected = [(c.rejected, c.text[:60]) for c in candidate_sentences(article, doc) if c.rejected]
            print(f"rejected: {rejected[:6]}")

    def table(title: str, selected) -> None:
        print(f"\n{title}")
        print(f"  {'subset':<14}{'n':>4}  {'system':<7}" + "".join(f"{m:>10}" for m in METRICS))
        groups = {}
        for source, part, system, figures in selected:
            groups.setdefault(source if title.startswith("per source") else part, {}).setdefault(system, []).append(figures)
        for key in sorted(groups):
            systems = groups[key]
            means = {s: {m: 100 * sum(f[m] for f in v) / len(v) for m in METRICS} for s, v in systems.items()}
            n = len(systems["ours"])
            label = key
            if title.startswith("per source"):
                label += " (lead-1)" if key == "xsum" else " (lead-3)"
            for system in ("ours", "lead"):
                print(f"  {label:<14}{n:>4}  {system:<7}" + "".join(f"{means[system][m]:>10.2f}" for m in METRICS))
                label = ""
            print(f"  {'':<14}{'':>4}  {'ratio':<7}" + "".join(
                f"{means['ours'][m] / means['lead'][m] if means['lead'][m] else float('nan'):>10.3f}" for m in METRICS))

    table("per source (ROUGE F1 x100; lead = lead-3 on cnn/cnndm, lead-1 on xsum)", rows)
    table("by half (A: parameters chosen here, B: held out)", rows)
    table("overall", [(s, "all", system, f) for s, _, system, f in rows])
    lead3_rows = [(s, "cnn+cnndm", system, f) for s, _, system, f in rows if s != "xsum"]
    table("cnn + cnndm only (ours 3 sentences vs lead-3)", lead3_rows)

    print(
        f"\nspeed: clean {len(kept) / max(cleaned_at - started, 1e-9):.0f} stories/s; "
        f"spaCy parse {parsed_at - cleaned_at:.1f}s; "
        f"summarize {sentences_seen / max(summarize_seconds, 1e-9):.0f} sentences/s "
        f"({sentences_seen} sentences, {summarize_seconds:.2f}s); "
        f"end to end {sentences_seen / max(parsed_at - started + summarize_seconds, 1e-9):.0f} sentences/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
