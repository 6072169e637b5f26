"""Article-body extraction quality and speed on real saved pages, against trafilatura alone.

Data: ``../shared/data/extraction-dev/`` relative to the repository root (``html/<id>.html``
and ``ground-truth.json`` from the ScrapingHub article-extraction benchmark). The data is
never copied into the repository; when it is absent this script says so and exits 0.

Metric: the benchmark's own (scrapinghub/article-extraction-benchmark, ``evaluate.py``):
text → ``\\w+`` tokens → 4-token shingles, counted as a bag; per page TP/FP/FN normalised
to sum 1 (long pages weigh no more than short ones); precision = mean over pages with
something predicted, recall = mean over pages with ground truth, F1 from those two means.

Compared in the same run:
  * trafilatura — ``trafilatura.extract(html, include_comments=False)``, the benchmark's call;
  * extract — ``extract_html`` alone (the HTML reader);
  * extract+clean — ``extract_html`` then ``clean_document`` (when ``briefing.pipeline.clean``
    provides it), i.e. the body an HTML corpus file becomes.

Pages are split in two halves by site (host name), so no site is in both: "tune" is the half
rules were developed on, "check" the held-out half.

Timing: every system reads the same pages, already in memory, after one warm-up page each;
the pages are run ``--repeat`` times (default 3) with the systems taking turns in each round, so
a busy spell on the machine hurts them alike, and each system's best round is reported. The
Beautiful Soup pass of the reader (``read_page``: metadata, captions, bylines, widgets) is timed
the same way, to show its part of the reader's time.

Share of a build: the 60 pages are copied into a temporary corpus folder and built once with
``build_briefing`` (no cache, spaCy model loaded beforehand), the way ``mkdocs build``
builds them; the time spent reading the files (``load_corpus``: decoding and the HTML reader) is
reported against the whole build. A corpus of nothing but saved pages is the worst case for
that share. ``--no-build`` skips this part.

Usage: ``python benchmarks/extraction.py [-v] [--repeat N] [--no-build]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.errors import UnreadableFile  # noqa: E402
from briefing.pipeline.extract import extract_html, read_page  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "extraction-dev"
SHINGLE = 4
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)

try:  # cleaning is a separate stage; measure it with extraction once it exists
    from briefing.pipeline.clean import clean_document  # noqa: E402
except ImportError:
    clean_document = None


def shingles(text: str, n: int = SHINGLE) -> Counter:
    tokens = _TOKEN_RE.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def tp_fp_fn(true: str, predicted: str) -> tuple[float, float, float]:
    expected, got = shingles(true), shingles(predicted)
    tp = sum((expected & got).values())
    fp = sum((got - expected).values())
    fn = sum((expected - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    p = statistics.mean([precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    r = statistics.mean([recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def half_of(url: str) -> str:
    """'tune' or 'check', fixed per host so every page of a site lands in the same half."""
    host = urlsplit(url).hostname or url
    host = host.removeprefix("www.")
    return "tune" if hashlib.sha1(host.encode()).digest()[0] % 2 == 0 else "check"


def trafilatura_body(page_id: str, html: str) -> str:
    return trafilatura.extract(html, include_comments=False) or ""


def extracted_body(page_id: str, html: str) -> str:
    try:
        return extract_html(f"{page_id}.html", html).text
    except UnreadableFile:
        return ""


def cleaned_body(page_id: str, html: str) -> str:
    try:
        return clean_document(extract_html(f"{page_id}.html", html)).body
    except UnreadableFile:
        return ""


def soup_pass(page_id: str, html: str) -> str:
    read_page(html)
    return ""


def build_share(truth_ids: list[str]) -> tuple[float, float, int, int]:
    """(seconds reading the corpus files, seconds for the whole build, articles, skipped) for the dev pages."""
    from briefing import build as build_module
    from briefing.build import BuildOptions, build_briefing
    from briefing.pipeline import nlp

    nlp.load_model(nlp.DEFAULT_MODEL)  # loaded once per process in a real build too; not part of either figure
    reading = 0.0
    load_corpus = build_module.load_corpus

    def timed_load_corpus(folder):
        nonlocal reading
        start = time.perf_counter()
        try:
            return load_corpus(folder)
        finally:
            reading += time.perf_counter() - start

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        for page_id in truth_ids:
            shutil.copyfile(DATA / "html" / f"{page_id}.html", corpus / f"{page_id[:16]}.html")
        build_module.load_corpus = timed_load_corpus
        try:
            start = time.perf_counter()
            briefing = build_briefing(BuildOptions(corpus_dir=corpus, cache_dir=None))
            total = time.perf_counter() - start
        finally:
            build_module.load_corpus = load_corpus
    return reading, total, len(briefing.articles), len(briefing.skipped)


def run(extractor: Callable[[str, str], str], pages: dict[str, str]) -> tuple[dict[str, str], float]:
    outputs = {}
    start = time.perf_counter()
    for page_id, html in pages.items():
        outputs[page_id] = extractor(page_id, html)
    return outputs, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="per-page F1 where the two differ")
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds per system; the best is reported")
    parser.add_argument("--no-build", action="store_true", help="skip the share of a whole build")
    args = parser.parse_args()
    truth_file = DATA / "ground-truth.json"
    if not truth_file.exists():
        print(f"extraction benchmark: no evaluation data at {DATA} (skipped)")
        return 0
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    pages = {
        page_id: (DATA / "html" / f"{page_id}.html").read_text(encoding="utf-8")
        for page_id in sorted(truth)
        if (DATA / "html" / f"{page_id}.html").exists()
    }
    halves = {page_id: half_of(truth[page_id].get("url", page_id)) for page_id in pages}

    systems: dict[str, Callable[[str, str], str]] = {"trafilatura": trafilatura_body, "extract": extracted_body}
    if clean_document is not None:
        systems["extract+clean"] = cleaned_body
    timed_only = {"  soup pass": soup_pass}  # part of extract; timed, not scored
    # Warm every system up once (imports, lazy tables) so the timings compare the extraction itself.
    first = next(iter(pages))
    for system in (*systems.values(), *timed_only.values()):
        system(first, pages[first])
    outputs: dict[str, dict[str, str]] = {}
    seconds: dict[str, float] = {}
    for _ in range(max(1, args.repeat)):
        for name, system in {**systems, **timed_only}.items():
            outputs[name], elapsed = run(system, pages)  # deterministic: every round gives the same texts
            seconds[name] = min(elapsed, seconds.get(name, elapsed))

    print(f"extraction benchmark: {len(pages)} pages from {DATA}")
    print(f"metric: ScrapingHub benchmark ({SHINGLE}-token shingles, per-page normalised, mean P/R)")
    print("systems: trafilatura = extract(html, include_comments=False); extract = extract_html;")
    absent = "" if clean_document else " (clean.py absent)"
    print("         extract+clean = extract_html then clean_document" + absent)
    print(f"{'subset':<12}{'pages':>6}  {'system':<15}{'P':>7}{'R':>7}{'F1':>7}  F1/trafilatura")
    for subset in ("tune", "check", "all"):
        ids = [page_id for page_id in pages if subset == "all" or halves[page_id] == subset]
        reference_f1 = None
        for name in systems:
            counts = [tp_fp_fn(truth[page_id]["articleBody"], outputs[name][page_id]) for page_id in ids]
            p, r, f1 = scores(counts)
            reference_f1 = reference_f1 or f1
            label = f"{subset} half" if subset != "all" else "all"
            print(f"{label:<12}{len(ids):>6}  {name:<15}{p:7.3f}{r:7.3f}{f1:7.3f}  {f1 / reference_f1:6.3f}")
    n = len(pages)
    print(f"time: best of {max(1, args.repeat)} rounds over the same {n} pages, after a warm-up")
    for name in (*systems, *timed_only):
        print(
            f"time {name:<15}{seconds[name]:6.2f} s total, {1000 * seconds[name] / n:6.1f} ms/page "
            f"(x{seconds[name] / seconds['trafilatura']:.2f})"
        )
    if not args.no_build:
        reading, total, articles, skipped = build_share(sorted(pages))
        print(
            f"share of a build: {n} saved pages as a corpus, build_briefing without cache: {total:.1f} s in all, "
            f"{reading:.1f} s reading the files ({100 * reading / total:.0f}%); {articles} articles, {skipped} skipped"
        )
    if args.verbose:
        print("\nper page F1, where the systems differ (" + " → ".join(systems) + "):")
        for page_id in pages:
            f1s = [scores([tp_fp_fn(truth[page_id]["articleBody"], outputs[name][page_id])])[2] for name in systems]
            if max(f1s) - min(f1s) > 0.0005:
                shown = " → ".join(f"{f1:5.3f}" for f1 in f1s)
                print(f"  {halves[page_id]:<6}{shown}  {page_id[:12]}  {truth[page_id].get('url', '')[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
