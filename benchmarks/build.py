"""Build speed: the whole pipe against a bare spaCy parse of the same texts, cold and with the cache.

Corpus: the 220 stories of ../shared/data/summaries-dev.jsonl written out as .txt files (or the
shipped corpus when the data is absent), plus a real `mkdocs build` of a site made from them, and a real
`mkdocs build` of the shipped project (its mkdocs.yml and corpus); both print the size of the search index
that every reader's browser downloads on the first search.

``--articles N`` builds N distinct texts instead, each a new combination of real paragraphs: three different
stories of summaries-dev.jsonl drawn with a fixed seed, from each a run of consecutive paragraphs (about 300
words) starting at a drawn paragraph, in story order; stories whose paragraph breaks were lost (cnndm) are cut
into paragraphs of three sentences. No word is made up; no two texts share their combination.

    python benchmarks/build.py [--limit N | --articles N] [--no-site] [--no-shipped] [--site-only]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing import render  # noqa: E402
from briefing.build import BuildOptions, build_briefing  # noqa: E402
from briefing.corpus import load_corpus  # noqa: E402
from briefing.export import export_json  # noqa: E402
from briefing.pipeline import clean, nlp  # noqa: E402

from devdata import SUMMARIES as DATA, read_stories  # noqa: E402


def _paragraphs(text: str) -> list[str]:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paragraphs) > 2:
        return paragraphs
    sentences = re.split(r"(?<=[.!?])[\"']?\s+(?=[A-Z\"])", " ".join(text.split()))
    return [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]


def mixed_texts(count: int, words_per_story: int = 300) -> list[str]:
    """``count`` distinct texts, each real paragraphs of three stories (see the module's docstring)."""
    stories = [_paragraphs(story["text"]) for story in read_stories()]
    rng, seen, texts = random.Random(1000), set(), []
    while len(texts) < count:
        picks = tuple((k, rng.randrange(len(stories[k]))) for k in rng.sample(range(len(stories)), 3))
        if picks in seen:
            continue
        seen.add(picks)
        body = []
        for k, start in picks:
            words = 0
            for paragraph in stories[k][start:]:
                body.append(paragraph)
                words += len(paragraph.split())
                if words >= words_per_story:
                    break
        texts.append("\n\n".join(body) + "\n")
    return texts


def write_corpus(folder: Path, limit: int, articles: int | None = None) -> str:
    if not DATA.exists():
        for path in sorted((ROOT / "corpus").iterdir()):
            (folder / path.name).write_bytes(path.read_bytes())
        return f"{DATA} not found: the shipped corpus only"
    if articles:
        for i, text in enumerate(mixed_texts(articles)):
            (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")
        return f"{articles} texts combining real paragraphs of three stories each from {DATA}"
    stories = read_stories()[:limit]
    for i, story in enumerate(stories):
        (folder / f"{i:04d}.txt").write_text(story["text"], encoding="utf-8")
    return f"{len(stories)} stories from {DATA}"


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=220)
    parser.add_argument("--articles", type=int, help="N texts made of real paragraphs of three stories each")
    parser.add_argument("--no-site", action="store_true", help="skip the mkdocs build")
    parser.add_argument("--no-shipped", action="store_true", help="skip the mkdocs build of the shipped project")
    parser.add_argument("--site-only", action="store_true",
                        help="only the mkdocs builds: the corpus's site with no cache, then warm, and the shipped project")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        corpus.mkdir()
        print("corpus:", write_corpus(corpus, args.limit, args.articles))
        if not args.site_only:
            nlp.load_model(nlp.DEFAULT_MODEL)  # model load is not part of any figure

            documents, _ = load_corpus(corpus)
            articles = clean.clean_corpus(documents)
            texts = [a.body for a in articles]
            words = sum(len(t.split()) for t in texts)
            _, baseline = timed(lambda: list(nlp.parse(texts)))

            options = BuildOptions(corpus_dir=corpus)
            briefing, cold = timed(build_briefing, options)
            cached = BuildOptions(corpus_dir=corpus, cache_dir=tmp / "cache")
            build_briefing(cached)
            _, warm = timed(build_briefing, cached)
            pages, render_time = timed(render.render_site, briefing)
            _, export_time = timed(export_json, briefing)

            print(f"articles {len(articles)}, words {words:,}, actors {len(briefing.actors)}, quotes {len(briefing.quotes)}, "
                  f"issues {len(briefing.issues)}, positions {len(briefing.positions)}, pages {len(pages)}")
            print(f"{'stage':<34}{'seconds':>9}{'articles/s':>12}{'x baseline':>12}")
            for name, seconds in (
                ("baseline: spaCy nlp.pipe only", baseline),
                ("build_briefing, no cache", cold),
                ("build_briefing, cache warm", warm),
                ("render_site", render_time),
                ("export_json", export_time),
            ):
                print(f"{name:<34}{seconds:>9.2f}{len(articles) / seconds:>12.1f}{seconds / baseline:>12.2f}")

        if not args.no_site:
            project = tmp / "project"
            (project / "docs").mkdir(parents=True)
            (project / "docs" / "about.md").write_text("# About\n", encoding="utf-8")
            (project / "mkdocs.yml").write_text(
                "site_name: Benchmark\ntheme:\n  name: material\nplugins:\n  - search\n  - briefing:\n"
                f"      corpus_dir: {corpus}\n      cache_dir: {tmp / 'cache'}\n"
                "markdown_extensions: [attr_list, tables, toc]\n"
                "nav:\n  - Home: index.md\n  - Articles: articles/index.md\n  - Actors: actors/index.md\n"
                "  - Positions: positions.md\n  - About: about.md\n",
                encoding="utf-8",
            )
            if args.site_only:
                print("mkdocs build (no cache):", mkdocs_build(["-d", str(tmp / "site")], project, tmp / "site"))
            print("mkdocs build (cache warm):", mkdocs_build(["-d", str(tmp / "site")], project, tmp / "site"))

        if not args.no_shipped:
            # The shipped project as published: its own mkdocs.yml (Material features, issues) and cache;
            # the first build warms the cache, the second is timed.
            command = ["--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(tmp / "shipped")]
            mkdocs_build(command, ROOT, tmp / "shipped")
            print("shipped project, mkdocs build --strict (cache warm):", mkdocs_build(command, ROOT, tmp / "shipped"))
    return 0


def mkdocs_build(arguments: list[str], cwd: Path, site: Path) -> str:
    """Run `mkdocs build` and describe the site: time (and CPU time, steadier on a shared machine), pages, size,
    search index size."""
    start, cpu_start = time.perf_counter(), _children_cpu()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", *arguments],
        cwd=cwd, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu_start
    if result.returncode:
        return f"failed ({result.returncode}) after {seconds:.1f} s\n{result.stderr[-2000:]}"
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    html_pages = sum(1 for _ in site.rglob("*.html"))
    index = site / "search" / "search_index.json"
    searched = f"search index {index.stat().st_size / 1e3:,.1f} kB" if index.exists() else "no search index"
    return f"{seconds:.1f} s ({cpu:.1f} s CPU), {html_pages} HTML pages, {size / 1e6:.1f} MB, {searched}"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    raise SystemExit(main())
