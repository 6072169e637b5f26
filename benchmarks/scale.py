"""Scale: a corpus of N distinct real news texts, built cold, rebuilt unchanged and after one edit, against floors.

    python benchmarks/scale.py N [--keep DIR]

The corpus. ../shared/data/ holds about 300 real stories: the 220 of summaries-dev.jsonl, the 60 article bodies of
extraction-dev/ground-truth.json and the 28 BBC articles of positions-dev/ (nothing of it is copied into the
repository; the corpus is written to a temporary folder). Each story is cut into its paragraphs (the CNN/DailyMail
texts, one flat string each, into their sentences), and consecutive paragraphs of a story are joined until a
piece is at least 250 characters long: every piece is real text in its original order, and longer than the 200
characters under which the cleaner treats a line found in two files as page furniture (so reusing a piece in
several texts does not make the cleaner strip it). Text ``i`` (a seeded random generator per text) opens with a
lead piece used as a lead by no other text, and its first sentence (at most 14 words) is the text's title line; then
the pieces that follow the lead in its story (up to three), then runs of two to four consecutive pieces from other
randomly chosen stories, until the text has at least 700 words (about 810 on average). Texts are therefore distinct (no two share a lead) but
are mixtures of real paragraphs, not real stories: actors and quotes are real, a text's topic drifts between its
runs. N may not exceed the number of pieces (about 3,000).

The measurements, in one run, each a real ``mkdocs build`` in a child process of a project with the theme, Markdown
extensions, nav and plugin options of the project's mkdocs.yml (corpus and cache in the temporary folder):

* cold: the cache empty; nothing changed: the same build again; one edit: after one article lost its last
  paragraph (a real edit: its summary, actors and the corpus statistics change);
* spaCy floor: ``nlp.pipe`` alone over the cleaned texts, on all cores (``n_process`` = the machine's cores; the
  processes' start and model load are included, the parent's model load is not);
* MkDocs floor: a plain ``mkdocs build`` of the same generated Markdown (written by ``briefing render``), with the
  same theme, extensions and nav, and the plugin off.

It prints seconds, ratios to the floors, the peak resident memory of each build process, the site's size and its
search index. The figures are from one run on whatever machine runs it; on a shared machine they are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
MIN_PIECE = 250
TARGET_WORDS = 700
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’]))\s+(?=[\"“‘A-Z])")


# --- the corpus --------------------------------------------------------------------------------------


def _stories() -> list[list[str]]:
    """Every story of the data as its paragraphs, in file order."""
    stories: list[list[str]] = []
    with (DATA / "summaries-dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                text = json.loads(line)["text"]
                paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
                if len(paragraphs) == 1:  # a flat CNN/DailyMail string: its sentences
                    paragraphs = [s.strip() for s in SENTENCE_END.split(paragraphs[0]) if s.strip()]
                stories.append(paragraphs)
    truth = json.loads((DATA / "extraction-dev" / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        body = truth[key].get("articleBody") or ""
        stories.append([p.strip() for p in body.split("\n") if p.strip()])
    for path in sorted((DATA / "positions-dev").glob("*/*.txt")):
        lines = [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
        stories.append(lines[1:])  # the first line is the headline
    return [s for s in stories if s]


def _pieces(paragraphs: list[str]) -> list[str]:
    pieces, current = [], ""
    for paragraph in paragraphs:
        current = f"{current} {paragraph}".strip()
        if len(current) >= MIN_PIECE:
            pieces.append(current)
            current = ""
    if current and pieces:
        pieces[-1] = f"{pieces[-1]} {current}"
    return pieces


def _title(piece: str) -> str:
    sentence = SENTENCE_END.split(piece, maxsplit=1)[0]
    words = sentence.split()[:14]
    return " ".join(words).rstrip(",;:")


def make_texts(n: int) -> list[str]:
    stories = [p for p in (_pieces(s) for s in _stories()) if p]
    leads = [(s, i) for s, pieces in enumerate(stories) for i in range(len(pieces))]
    if n > len(leads):
        raise SystemExit(f"at most {len(leads)} texts can have a lead of their own, not {n}")
    random.Random(0).shuffle(leads)
    texts, titles = [], set()
    for number, (story, index) in enumerate(leads):
        if len(texts) == n:
            break
        title = _title(stories[story][index])
        if len(title.split()) < 4 or title.lower() in titles:
            continue
        titles.add(title.lower())
        rng = random.Random(number)
        body = stories[story][index : index + 4]
        words = sum(len(p.split()) for p in body)
        while words < TARGET_WORDS:
            other = rng.randrange(len(stories))
            if other == story:
                continue
            start = rng.randrange(len(stories[other]))
            run = stories[other][start : start + rng.randint(2, 4)]
            run = [p for p in run if p not in body]
            body += run
            words += sum(len(p.split()) for p in run)
        texts.append(title + "\n\n" + "\n\n".join(body) + "\n")
    if len(texts) < n:
        raise SystemExit(f"only {len(texts)} texts have distinct titles")
    return texts


# --- measuring ---------------------------------------------------------------------------------------


def write_project_config(project: Path, folder: Path) -> None:
    """The project's docs/ and its mkdocs.yml (theme, extensions, nav, plugin options) in ``project``, reading
    ``project/corpus`` and keeping its site and cache in ``folder``."""
    shutil.copytree(ROOT / "docs", project / "docs")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["site_dir"] = str(folder / "site")
    for entry in config["plugins"]:
        if isinstance(entry, dict) and "briefing" in entry:
            entry["briefing"]["corpus_dir"] = "corpus"
            entry["briefing"]["cache_dir"] = str(folder / "cache")
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")


def run(command: list[str], cwd: Path, env: dict | None = None) -> tuple[float, float, str]:
    """Run a child process: (seconds, its peak resident memory in MB, stderr tail); fails loudly."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{out[-2000:]}\n{err[-4000:]}")
    # ru_maxrss of the children waited for so far: the largest of them (kB on Linux). Builds are run from the
    # largest expected first, so each figure is printed as the running maximum; the cold build's is the peak.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak, err


def site_figures(site: Path) -> str:
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    pages = sum(1 for _ in site.rglob("*.html"))
    index = site / "search" / "search_index.json"
    actor_pages = sum(1 for _ in (site / "actors").rglob("*.html")) if (site / "actors").is_dir() else 0
    return (f"{pages} HTML pages ({actor_pages} under actors/), {size / 1e6:.1f} MB, "
            f"search index {index.stat().st_size / 1e6:.1f} MB")


def spacy_floor(corpus: Path, cores: int) -> tuple[float, int, int]:
    sys.path.append(str(ROOT))  # PYTHONPATH, when set, comes first (the "before" code of a comparison)
    from briefing.corpus import load_corpus
    from briefing.pipeline import clean, nlp

    documents, _ = load_corpus(corpus)
    texts = [a.body for a in clean.clean_corpus(documents)]
    model = nlp.load_model(nlp.DEFAULT_MODEL)
    start = time.perf_counter()
    for _ in model.pipe(texts, batch_size=16, n_process=cores):
        pass
    return time.perf_counter() - start, len(texts), sum(len(t.split()) for t in texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--keep", type=Path, help="work in this folder (emptied first) and keep it")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each figure as soon as it is measured (runs are long)
    if not DATA.exists():
        print(f"{DATA} not found: this benchmark needs the shared evaluation data")
        return 1
    cores = os.cpu_count() or 1
    tmp = Path(tempfile.mkdtemp(prefix="scale-")) if args.keep is None else args.keep
    if args.keep is not None:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
    try:
        project, corpus = tmp / "project", tmp / "project" / "corpus"
        corpus.mkdir(parents=True)
        texts = make_texts(args.n)
        for i, text in enumerate(texts):
            (corpus / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        write_project_config(project, tmp)
        sys.path.append(str(ROOT))
        import briefing

        print(f"code: {Path(briefing.__file__).parent}; cores: {cores}; N = {args.n}, "
              f"{sum(len(t.split()) for t in texts):,} words written")

        mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q"]
        cold, peak_cold, _ = run(mkdocs, project)
        print(f"cold build: {cold:.1f} s, peak memory {peak_cold:,.0f} MB; site: {site_figures(tmp / 'site')}")
        same, peak, _ = run(mkdocs, project)
        print(f"rebuild, nothing changed: {same:.1f} s")
        edited = corpus / f"{args.n // 2:05d}.txt"
        paragraphs = edited.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
        edited.write_text("\n\n".join(paragraphs[:-1]) + "\n", encoding="utf-8")
        one, peak, _ = run(mkdocs, project)
        print(f"rebuild, one article edited: {one:.1f} s; peak memory of the builds so far {peak:,.0f} MB")

        spacy, articles, words = spacy_floor(corpus, cores)
        print(f"spaCy floor (nlp.pipe, n_process={cores}): {spacy:.1f} s for {articles} articles, {words:,} words: "
              f"{words / spacy / cores:,.0f} words/s/core")

        floor_project = tmp / "floor"
        shutil.copytree(project / "docs", floor_project / "docs")
        subprocess.run([sys.executable, "-m", "briefing", "render", str(corpus), "-o", str(floor_project / "docs"),
                        "-f", str(project / "mkdocs.yml")], check=True, capture_output=True, cwd=project)
        floor = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
        floor["plugins"] = [p for p in floor["plugins"] if not (isinstance(p, dict) and "briefing" in p)]
        floor["extra_css"] = ["briefing.css"]
        floor["site_dir"] = str(tmp / "floor-site")
        (floor_project / "mkdocs.yml").write_text(yaml.safe_dump(floor, sort_keys=False), encoding="utf-8")
        mkfloor, _, _ = run([sys.executable, "-m", "mkdocs", "build", "-q"], floor_project)
        print(f"MkDocs floor (same pages, plugin off): {mkfloor:.1f} s; site: {site_figures(tmp / 'floor-site')}")

        both = spacy + mkfloor
        print(f"RESULT N={args.n}: cold {cold:.1f} s = {cold / both:.2f} x (spaCy + MkDocs floors {both:.1f} s); "
              f"nothing changed {same:.1f} s = {same / mkfloor:.2f} x MkDocs floor; "
              f"one edit {one:.1f} s = {one / mkfloor:.2f} x MkDocs floor; peak memory {peak_cold:,.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
