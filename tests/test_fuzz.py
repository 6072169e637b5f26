"""Bounded fuzzing: mangled articles never stop a build, and every extracted span stays verbatim.

The inputs are the seed articles mutated with a fixed random seed (shuffled, truncated mid-quote,
unbalanced quotation marks, stray markup and control characters, glued lines, other scripts), so the
run is repeatable and takes seconds.
"""

from __future__ import annotations

import random
import re

import pytest

from briefing.build import BuildOptions, build_briefing
from briefing.export import export_data
from conftest import CORPUS

# Builds a briefing of 38 mangled articles: half a minute, not part of the quick loop.
pytestmark = pytest.mark.slow

NOISE = [
    '"', "“", "”", "'", "‘", "’", "(", ")", "[", "]", "{", "}", "<", ">", "—", "--", "|", "#", "*", "_",
    "\u00a0", "\u200b", "\ufeff", "\t", "…", "Ω", "北京", "서울", "مرحبا", "👍", "&amp;", "\\", "`",
    "(Photo: AP)", "Share", "Read more:", "By", "said", "he said,", "BEIJING —", "2018",
]


def mutate(text: str, rng: random.Random) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    operation = rng.randrange(8)
    if operation == 0:
        rng.shuffle(paragraphs)
    elif operation == 1:  # cut mid-paragraph, mid-quote
        cut = rng.randrange(1, max(2, len(text)))
        return text[:cut]
    elif operation == 2:  # glue paragraphs into one flat line, as some scrapers do
        return " ".join(paragraphs)
    elif operation == 3:  # keep a random handful of paragraphs
        paragraphs = rng.sample(paragraphs, k=min(len(paragraphs), rng.randrange(1, 5)))
    elif operation == 4:  # drop every closing quotation mark
        return text.replace("”", "").replace('," ', ", ")
    elif operation == 5:  # one paragraph per line, no blank lines
        return "\n".join(paragraphs)
    chars = list("\n\n".join(paragraphs))
    for _ in range(rng.randrange(5, 60)):
        position = rng.randrange(len(chars) + 1)
        chars[position:position] = list(rng.choice(NOISE))
    return "".join(chars)


@pytest.fixture(scope="module")
def fuzzed_export(tmp_path_factory):
    rng = random.Random(20181)
    seeds = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    corpus = tmp_path_factory.mktemp("fuzz")
    for i in range(36):
        text = mutate(rng.choice(seeds), rng)
        suffix = rng.choice([".txt", ".txt", ".md"])
        (corpus / f"{i:02d}{suffix}").write_text(text, encoding="utf-8")
    (corpus / "controls.txt").write_bytes(b"Title\n\n" + bytes(range(1, 9)) * 40)
    (corpus / "tiny.txt").write_text("x", encoding="utf-8")
    return export_data(build_briefing(BuildOptions(corpus_dir=corpus)))


def test_every_file_is_an_article_or_skipped_with_a_reason(fuzzed_export):
    sources = [a["source"] for a in fuzzed_export["articles"]] + [s["source"] for s in fuzzed_export["skipped"]]
    assert sorted(sources) == sorted({*sources}) and len(sources) == 38
    assert all(s["reason"] for s in fuzzed_export["skipped"])
    assert "controls.txt" in {s["source"] for s in fuzzed_export["skipped"]}
    assert len(fuzzed_export["articles"]) >= 30


def _normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_extracted_spans_are_verbatim(fuzzed_export):
    bodies = {a["id"]: "\n\n".join(a["paragraphs"]) for a in fuzzed_export["articles"]}
    for article in fuzzed_export["articles"]:
        for sentence in article["summary"]:
            assert sentence in bodies[article["id"]]
    for quote in fuzzed_export["quotes"]:
        assert quote["text"] and quote["text"] in bodies[quote["article"]]
    for position in fuzzed_export["positions"]:
        assert position["evidence"]
        for evidence in position["evidence"]:
            assert evidence["text"] in bodies[evidence["article"]]


def test_ids_are_unique_and_safe(fuzzed_export):
    for kind in ("articles", "actors", "quotes", "issues"):
        ids = [item["id"] for item in fuzzed_export[kind]]
        assert len(ids) == len(set(ids)), kind
    for item in fuzzed_export["articles"] + fuzzed_export["actors"]:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", item["id"]), item["id"]
    actor_ids = {a["id"] for a in fuzzed_export["actors"]}
    for quote in fuzzed_export["quotes"]:
        assert quote["speaker"] is None or quote["speaker"] in actor_ids
    for position in fuzzed_export["positions"]:
        assert position["actor"] in actor_ids, position["actor"]
