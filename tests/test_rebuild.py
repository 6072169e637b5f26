"""A rebuild does the work its changes need: nothing changed parses nothing (spaCy is not even loaded), and
an edit of one article parses that article alone. Counted through the parser, never timed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefing.build import BuildOptions, build_briefing
from briefing.export import export_json
from briefing.pipeline import nlp

STORIES = {
    "talks.txt": "Talks resume in Geneva\n\nDiplomats from both countries met in Geneva on Monday to resume talks "
                 "on the border dispute, the foreign ministry said.\n\n\"We are ready to listen,\" said Anna Berg, "
                 "the lead negotiator. She said a first agreement could come within weeks.\n",
    "harbour.txt": "Harbour strike ends\n\nDock workers in Rotterdam returned to work on Friday after their union "
                   "accepted a new contract, ending a strike that had lasted nine days.\n\nUnion leader Piet Jansen "
                   "said the deal protected jobs. The port authority welcomed the agreement.\n",
    "budget.txt": "Council approves budget\n\nThe city council approved a budget on Tuesday that raises spending on "
                  "schools and roads, after a debate that lasted into the night.\n\nMayor Lena Vogel said the plan "
                  "was fair. Opposition members said taxes would rise.\n",
}


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The texts parsed, and the pipelines loaded (as 'load:<name>'), from here on in this process."""
    seen: list[str] = []
    parse, load_model = nlp.parse, nlp.load_model

    def counting_parse(texts, model=nlp.DEFAULT_MODEL, batch_size=16):
        texts = list(texts)
        seen.extend(texts)
        return parse(texts, model, batch_size)

    def counting_load(name=nlp.DEFAULT_MODEL):
        seen.append(f"load:{name}")
        return load_model(name)

    monkeypatch.setattr(nlp, "parse", counting_parse)
    monkeypatch.setattr(nlp, "load_model", counting_load)
    return seen


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in STORIES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


def test_nothing_changed_parses_nothing_and_an_edit_parses_only_the_edited_article(tmp_path, parsed):
    corpus = _corpus(tmp_path)
    options = BuildOptions(corpus_dir=corpus, cache_dir=tmp_path / "cache", workers=1)
    cold = export_json(build_briefing(options))
    assert len([text for text in parsed if not text.startswith("load:")]) == len(STORIES)

    parsed.clear()
    report: dict = {}
    assert export_json(build_briefing(options, report)) == cold
    assert parsed == []  # not one parse, and no pipeline loaded
    assert report["analysed"] == [] and report["summarised"] == 0 and report["overview"] is False

    edited = corpus / "harbour.txt"
    edited.write_text(STORIES["harbour.txt"].replace("nine days", "eleven days"), encoding="utf-8")
    parsed.clear()
    report = {}
    after = export_json(build_briefing(options, report))
    assert report["analysed"] == ["harbour.txt"] and report["cached"] == len(STORIES) - 1
    texts = [text for text in parsed if not text.startswith("load:")]
    assert len(texts) == 1 and "eleven days" in texts[0]
    # The same briefing as a build without the cache.
    assert after == export_json(build_briefing(BuildOptions(corpus_dir=corpus, workers=1)))


def test_a_rebuild_with_nothing_changed_does_not_even_import_spacy(tmp_path):
    corpus = _corpus(tmp_path)
    build = (
        "import sys; from pathlib import Path; from briefing.build import BuildOptions, build_briefing; "
        f"build_briefing(BuildOptions(corpus_dir=Path({str(corpus)!r}), cache_dir=Path({str(tmp_path / 'cache')!r}), "
        "workers=1)); print('spacy' in sys.modules)"
    )
    cold = subprocess.run([sys.executable, "-c", build], capture_output=True, text=True, check=True)
    assert cold.stdout.strip() == "True"
    warm = subprocess.run([sys.executable, "-c", build], capture_output=True, text=True, check=True)
    assert warm.stdout.strip() == "False"


TOWNS = ("Arlen", "Brisko", "Calder", "Dunmore", "Elsby", "Fenwick", "Garroway", "Hollin", "Ilsted", "Jarrow",
         "Kestel", "Lorne", "Marsden", "Norbury", "Oakhurst")


def test_an_edit_summarises_again_only_the_articles_whose_statistics_it_moves(tmp_path):
    # Fifteen stories that all read 'council', and the edited one, whose last paragraph alone names the council
    # and a lighthouse (named in one other story); its other words are stop words or in its first paragraph.
    # Dropping that paragraph moves the document frequency of 'council' from 16 to 15 (the same bucket) and of
    # 'lighthouse' from 2 to 1 (another bucket): the edited story and the other lighthouse story are summarised
    # again, and the fourteen others come from the cache.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k, town in enumerate(TOWNS):
        extra = f" The old lighthouse of {town} reopened to visitors on Saturday." if k == 3 else ""
        (corpus / f"{town.lower()}.txt").write_text(
            f"Roads plan approved in {town}\n\nThe council of {town} approved a plan on Tuesday to repair "
            f"{k + 12} roads before the winter, the mayor of {town} said.{extra}\n\nWork on the roads of {town} "
            f"will start in {k + 3} weeks and last until the spring, according to the plan.\n",
            encoding="utf-8",
        )
    edited = corpus / "varna.txt"
    edited.write_text(
        "Storm hits the coast near Varna\n\nRescuers searched the coast near Varna on Monday after a storm damaged "
        "several fishing boats, officials said.\n\nThe council said the lighthouse had been damaged by the storm.\n",
        encoding="utf-8",
    )
    options = BuildOptions(corpus_dir=corpus, cache_dir=tmp_path / "cache", workers=1)
    report: dict = {}
    build_briefing(options, report)
    assert report["summarised"] == len(TOWNS) + 1

    edited.write_text(edited.read_text(encoding="utf-8").rsplit("\n\n", 1)[0] + "\n", encoding="utf-8")
    report = {}
    after = export_json(build_briefing(options, report))
    assert report["analysed"] == ["varna.txt"]
    assert report["summarised"] == 2
    # The same briefing as a build without the cache.
    assert after == export_json(build_briefing(BuildOptions(corpus_dir=corpus, workers=1)))
