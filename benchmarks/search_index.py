"""Search index: what fills site/search/search_index.json, by page type and by section, for a built site.

    python benchmarks/search_index.py SITE                 # a site already built (its search/search_index.json)
    python benchmarks/search_index.py --build              # the shipped corpus, built in a temporary folder
    python benchmarks/search_index.py --build N [--mixed] [--keep DIR]

``--build N`` writes the N-text corpus of benchmarks/scale.py (real news paragraphs; see its docstring), or with
``--mixed`` the N texts of ``benchmarks/build.py --articles N`` (three runs of about 300 words from three stories;
the corpus of the figures in the CHANGELOG before this script), and builds it with the theme, extensions, nav and plugin options of the project's mkdocs.yml, in a child process. With
``--keep DIR`` the corpus, the cache and the site stay in DIR: the corpus is written only when DIR has none, and
the cache makes the next build of a changed renderer cheap (the analysis cache is keyed by the analysis code only).

Every index entry (one per section of a page: the text before the first heading, then one per heading with an id)
is counted by the page type of its location and by its section heading; sizes are those of the entry in the
compact JSON MkDocs writes (``ensure_ascii``: a curly quote costs six bytes). A benchmark prints numbers; the
findability of articles and actors is the tests' business (tests/test_search_index.py, tests/test_browser.py).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
SECTION_NUMBER = re.compile(r"\d+")


def page_type(location: str) -> str:
    page = location.split("#", 1)[0]
    if page.startswith("articles/") and page != "articles/":
        return "article pages"
    if page.startswith("actors/") and page != "actors/":
        return "actor pages"
    return {"": "home", "articles/": "articles index", "actors/": "actors index", "positions/": "positions",
            "changes/": "changes"}.get(page, f"other ({page or '/'})")


def section_kind(entry: dict, kind: str) -> str:
    location = entry["location"]
    if "#" not in location:
        return "(page title and preface)"
    if kind in ("article pages", "actor pages"):
        # "What Moon Jae-in said" on every actor page is one kind of section
        return SECTION_NUMBER.sub("N", entry["title"].split(" ", 1)[0] if kind == "actor pages" and
                                  entry["title"].startswith("What ") else entry["title"])
    return entry["title"][:40]


def entry_size(entry: dict, ensure_ascii: bool) -> int:
    """The entry's bytes in the file, written as the file is (with or without \\uXXXX escapes), and its comma."""
    return len(json.dumps(entry, separators=(",", ":"), ensure_ascii=ensure_ascii).encode("utf-8")) + 1


def report(index_file: Path) -> dict[str, int]:
    raw = index_file.read_text(encoding="utf-8")
    data = json.loads(raw)
    total = index_file.stat().st_size
    ensure_ascii = raw.isascii()
    by_type: Counter[str] = Counter()
    pages: defaultdict[str, set[str]] = defaultdict(set)
    sections: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for entry in data["docs"]:
        kind = page_type(entry["location"])
        size = entry_size(entry, ensure_ascii)
        by_type[kind] += size
        pages[kind].add(entry["location"].split("#", 1)[0])
        sections[kind][section_kind(entry, kind)] += size
    print(f"{index_file}: {total:,} bytes ({total / 1e6:.2f} MB), {len(data['docs']):,} entries")
    escaped = sum(len(m) for m in re.findall(r"(?:\\u[0-9a-f]{4})+", raw))
    tags = sum(raw.count(t) * len(t) for t in ("<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<ol>", "</ol>"))
    print(f"  of which \\uXXXX escapes: {escaped:,} bytes; <p>/<li>/<ul>/<ol> tags: {tags:,} bytes")
    for kind, size in by_type.most_common():
        count = len(pages[kind])
        print(f"  {kind:<28} {size:>11,} bytes {100 * size / total:5.1f} %  {count:>5} page(s), "
              f"{size / count:,.0f} bytes per page")
        for name, part in sections[kind].most_common(6):
            print(f"      {name[:40]:<40} {part:>11,} bytes")
    return dict(by_type)


def build(n: int | None, keep: Path | None, mixed: bool = False) -> Path:
    """Build the shipped corpus (n None) or n texts of benchmarks/scale.py (of build.py: mixed); the site folder."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale import write_project_config

    folder = keep or Path(tempfile.mkdtemp(prefix="search-index-"))
    project, corpus = folder / "project", folder / "project" / "corpus"
    if project.exists() and not (corpus.is_dir() and any(corpus.iterdir())):
        shutil.rmtree(project)
    if not project.exists():
        corpus.mkdir(parents=True)
        if n is None:
            for path in sorted((ROOT / "corpus").iterdir()):
                if path.is_file():
                    shutil.copy(path, corpus / path.name)
        else:
            if mixed:
                from build import mixed_texts as make_texts
            else:
                from scale import make_texts

            for i, text in enumerate(make_texts(n)):
                (corpus / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    shutil.rmtree(project / "docs", ignore_errors=True)
    write_project_config(project, folder)
    articles = sum(1 for p in corpus.iterdir() if p.is_file())
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=project, check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1",
                        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))})
    print(f"built {articles} corpus file(s) in {time.perf_counter() - start:.1f} s (cache: {folder / 'cache'})")
    return folder / "site"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, help="a built site")
    parser.add_argument("--build", nargs="?", type=int, const=0, metavar="N",
                        help="build the shipped corpus (no N) or N texts of benchmarks/scale.py first")
    parser.add_argument("--mixed", action="store_true", help="with --build N: the texts of build.py --articles N")
    parser.add_argument("--keep", type=Path, help="with --build: work in this folder and keep it")
    args = parser.parse_args()
    if args.build is not None:
        site = build(args.build or None, args.keep, args.mixed)
    elif args.site is not None:
        site = args.site
    else:
        parser.error("name a built site or --build")
    report(site / "search" / "search_index.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
