"""The published site in a real browser (Debian's Chromium, driven by Selenium through chromedriver)."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

HAVE_BROWSER = Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()
if not HAVE_BROWSER and os.environ.get("BRIEFING_REQUIRE_BROWSER"):
    raise RuntimeError("BRIEFING_REQUIRE_BROWSER is set but chromium/chromedriver are not installed")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,  # builds the shipped site
    pytest.mark.skipif(
        not HAVE_BROWSER,
        reason="needs Debian's chromium and chromium-driver (make test installs them when run as root)",
    ),
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site_url(shipped_site):
    handler = functools.partial(_QuietHandler, directory=str(shipped_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # No background traffic: this machine has no network beyond loopback.
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1300,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _wait(driver, condition, seconds: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds).until(condition)


def _result_links(driver) -> list[str]:
    """The links of the search results shown now; none while they are redrawn (a link read as the query changes
    is stale)."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By

    try:
        return [r.get_attribute("href") for r in driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item a")]
    except StaleElementReferenceException:
        return []


def _search_results(driver) -> list[str]:
    """The links of the search results, once there are some."""
    return _wait(driver, _result_links)


def test_search_finds_actors_and_articles(browser, site_url, shipped_site):
    from selenium.webdriver.common.by import By

    export = json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))
    speaker = next(a for a in export["actors"] if a["kind"] == "person" and a["roles"] and any(q["speaker"] == a["id"] for q in export["quotes"]))
    browser.get(site_url)
    box = browser.find_element(By.CSS_SELECTOR, "input.md-search__input")
    box.click()
    box.send_keys(speaker["name"].split()[-1])
    hrefs = _search_results(browser)
    assert any(f"/actors/{speaker['id']}/" in href for href in hrefs), hrefs
    assert any(f"/articles/{article}/" in href for href in hrefs for article in speaker["articles"]), hrefs


def test_quote_link_on_a_profile_lands_on_the_paragraph_that_holds_it(browser, site_url, shipped_site):
    from selenium.webdriver.common.by import By

    export = json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))
    quote = next(q for q in export["quotes"] if q["speaker"] and q["kind"] == "direct")
    article = next(a for a in export["articles"] if a["id"] == quote["article"])
    browser.get(f"{site_url}actors/{quote['speaker']}/")
    link = next(
        a for a in browser.find_elements(By.CSS_SELECTOR, "article li a")
        if a.get_attribute("href").endswith(f"/articles/{article['id']}/#p{quote['paragraph'] + 1}")
    )
    link.click()
    _wait(browser, lambda d: d.current_url.endswith(f"#p{quote['paragraph'] + 1}"))
    target = browser.find_element(By.CSS_SELECTOR, f"#p{quote['paragraph'] + 1}")
    assert quote["text"].split()[0] in target.text and " ".join(quote["text"].split()[-3:]) in target.text
    assert browser.execute_script("return document.querySelector(':target') === arguments[0]", target)


def test_removed_lines_are_collapsed_until_opened(browser, site_url, shipped_site):
    from selenium.webdriver.common.by import By

    export = json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))
    article = max(export["articles"], key=lambda a: len(a["removed"]))
    browser.get(f"{site_url}articles/{article['id']}/")
    details = browser.find_element(By.CSS_SELECTOR, "details.briefing-removed")
    first_removed = article["removed"][0]["text"]
    assert details.get_attribute("open") is None
    assert first_removed[:30] not in details.text
    details.find_element(By.TAG_NAME, "summary").click()
    _wait(browser, lambda d: details.get_attribute("open") is not None)
    assert " ".join(first_removed.split())[:30] in details.text
    assert article["removed"][0]["reason"] in details.text


# -- pictures ---------------------------------------------------------------------------------------------

# Screenshots of the pages a reader sees first, left by every run (git-ignored; the README names the folder).
SCREENSHOTS = Path(__file__).resolve().parent.parent / "site-screenshots"


def _open(browser, url: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(url)
    _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "footer .md-copyright"))


def _picture(browser, figure_id: str):
    """A picture on the current page, checked as a reader meets it: drawn with a size, and described."""
    from selenium.webdriver.common.by import By

    figure = browser.find_element(By.ID, figure_id)
    svg = figure.find_element(By.TAG_NAME, "svg")
    assert svg.size["width"] > 200 and svg.size["height"] > 50, (figure_id, svg.size)
    assert svg.is_displayed()
    # Its text alternative: the title and description it names, and a caption.
    for attribute in ("aria-labelledby", "aria-describedby"):
        described = browser.execute_script(
            "return document.getElementById(arguments[0]).textContent", svg.get_attribute(attribute)
        )
        assert described.strip(), (figure_id, attribute)
    assert figure.find_element(By.TAG_NAME, "figcaption").text.strip()
    return figure


def _follow(browser, figure, expected_path: str) -> None:
    """Click the picture's link to ``expected_path`` and land on that page."""
    from selenium.webdriver.common.by import By

    links = [a for a in figure.find_elements(By.CSS_SELECTOR, "svg a")
             if browser.execute_script("return new URL(arguments[0].getAttribute('href'), document.baseURI).pathname", a) == expected_path]
    assert links, expected_path
    mark = links[0].find_elements(By.CSS_SELECTOR, "circle, rect")[0]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    _wait(browser, lambda d: d.execute_script("return location.pathname") == expected_path)


def _screenshot(browser, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    browser.set_window_size(1300, 1000)
    height = browser.execute_script("return Math.min(document.documentElement.scrollHeight, 2600)")
    browser.set_window_size(1300, height)
    browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    browser.set_window_size(1300, 1000)


def test_home_page_timeline_and_screenshot(browser, site_url, shipped_site):
    export = json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))
    dated = next(a for a in export["articles"] if a["published"])
    _open(browser, site_url)
    _screenshot(browser, "home")
    figure = _picture(browser, "picture-timeline")
    _follow(browser, figure, f"/articles/{dated['id']}/")


def test_actor_network_links_to_actor_pages(browser, site_url, shipped_site):
    from selenium.webdriver.common.by import By

    export = json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))
    top = max(export["actors"], key=lambda a: (a["mentions"], a["id"]))
    _open(browser, f"{site_url}actors/")
    figure = _picture(browser, "picture-actor-network")
    assert len(figure.find_elements(By.CSS_SELECTOR, "svg line")) >= 1
    _picture(browser, "picture-quoted-by-publisher")
    _follow(browser, figure, f"/actors/{top['id']}/")
    # The actor page it leads to has its own ego network, whose links go to the actors named with it.
    ego = _picture(browser, "picture-ego-network")
    _screenshot(browser, "actor")
    first = browser.execute_script("return arguments[0].getAttribute('href')", ego.find_element(By.CSS_SELECTOR, "svg a"))
    other = first.rstrip("/").rsplit("/", 1)[1]
    _follow(browser, ego, f"/actors/{other}/")
    assert browser.find_element(By.TAG_NAME, "h1").text == next(a["name"] for a in export["actors"] if a["id"] == other)


def test_sides_of_each_issue_link_to_the_issue_and_its_actors(browser, site_url, shipped_site):
    from selenium.webdriver.common.by import By

    export = json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))
    position = next(p for p in export["positions"] if p["stance"] == "oppose")
    _open(browser, f"{site_url}positions/")
    _screenshot(browser, "positions")
    overview = _picture(browser, "picture-sides-overview")
    assert "oppose" in overview.find_element(By.TAG_NAME, "svg").get_attribute("textContent")
    sides = _picture(browser, f"picture-sides-{position['issue']}")
    names = sides.find_element(By.TAG_NAME, "svg").get_attribute("textContent")
    assert next(a["name"] for a in export["actors"] if a["id"] == position["actor"]) in names
    link = next(a for a in overview.find_elements(By.CSS_SELECTOR, "svg a")
                if browser.execute_script("return arguments[0].getAttribute('href')", a).endswith(f"#issue-{position['issue']}"))
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.find_element(By.CSS_SELECTOR, "rect").click()
    _wait(browser, lambda d: d.execute_script("return location.hash") == f"#issue-{position['issue']}")
    _follow(browser, sides, f"/actors/{position['actor']}/")


def test_pictures_follow_the_dark_palette(browser, site_url):
    from selenium.webdriver.common.by import By

    _open(browser, f"{site_url}actors/")

    def colours():
        # A label's fill, the text colour where it stands (a link's colour: labels link), a node's fill, the background.
        return browser.execute_script(
            "const label = document.querySelector('#picture-actor-network a text');"
            "const node = document.querySelector('#picture-actor-network circle');"
            "const link = document.querySelector('.md-typeset table a');"
            "return [getComputedStyle(label).fill, getComputedStyle(link).color,"
            "        getComputedStyle(node).fill, getComputedStyle(document.body).backgroundColor]"
        )

    light = colours()
    assert light[0] == light[1]  # labels take the page's (link) text colour
    browser.find_element(By.CSS_SELECTOR, "label[for='__palette_1']").click()
    _wait(browser, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-md-color-scheme") == "slate")
    dark = colours()
    assert dark[0] == dark[1] and dark[3] != light[3]
    assert len({dark[0], dark[2]} & {dark[3]}) == 0  # nothing drawn in the background colour
    browser.find_element(By.CSS_SELECTOR, "label[for='__palette_0']").click()
    _wait(browser, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-md-color-scheme") == "default")


def test_search_finds_an_actor_by_alias(browser, site_url, shipped_site):
    from selenium.webdriver.common.by import By

    export = json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))
    actor, alias = next(
        (a, alias) for a in sorted(export["actors"], key=lambda a: -a["mentions"]) for alias in a["aliases"]
        if alias.isalpha() and alias.lower() not in a["name"].lower() and (shipped_site / "actors" / a["id"]).is_dir()
    )
    _open(browser, site_url)
    box = browser.find_element(By.CSS_SELECTOR, "input.md-search__input")
    box.click()
    box.send_keys(alias)
    hrefs = _search_results(browser)
    assert any(urlparse(href).path == f"/actors/{actor['id']}/" for href in hrefs), (alias, hrefs)


def test_search_finds_an_article_by_a_phrase_of_its_text(browser, site_url, shipped_site):
    """Words a reader remembers from a quotation find the article; in quotation marks, only the pages that hold
    them all (stop words included, and the first word though it follows a quotation mark in the text)."""
    import re

    from selenium.webdriver.common.by import By

    export = json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))
    article, phrase = next(
        (a, match.group(1)) for a in export["articles"] for p in a["paragraphs"]
        for match in [re.search(r"[\"“]([A-Za-z]{6,}(?: [A-Za-z]+){4})", p)] if match
    )
    _open(browser, site_url)
    box = browser.find_element(By.CSS_SELECTOR, "input.md-search__input")
    box.click()

    def pages() -> list[str]:
        return list(dict.fromkeys(urlparse(href).path for href in _search_results(browser)))

    box.send_keys(phrase)
    assert f"/articles/{article['id']}/" in pages(), phrase
    box.clear()
    box.send_keys(f'"{phrase}"')
    _wait(browser, lambda d: len(pages()) < len(export["articles"]) + 5)
    found = pages()
    assert found[0] == f"/articles/{article['id']}/", (phrase, found)
    # Besides the article, only pages that quote it (the positions' evidence, the home page's developments).
    assert set(found[1:]) <= {"/positions/", "/"}, (phrase, found)


# -- what changed ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rebuilt_site(tmp_path_factory):
    """The shipped project copied, built, then built again after an article is added to its corpus."""
    import subprocess
    import sys

    from conftest import NEWS, ROOT

    project = tmp_path_factory.mktemp("changes")
    for name in ("corpus", "docs"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")

    def build() -> None:
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
            cwd=project, capture_output=True, text=True, timeout=600,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
        assert result.returncode == 0, result.stdout + result.stderr

    build()
    (project / "corpus" / "council-budget.txt").write_text(NEWS, encoding="utf-8")
    build()
    return project / "site"


def test_changes_page_shows_an_article_added_between_two_builds(browser, rebuilt_site):
    from selenium.webdriver.common.by import By

    export = json.loads((rebuilt_site / "briefing.json").read_text(encoding="utf-8"))
    added = next(a for a in export["articles"] if a["source"] == "council-budget.txt")
    handler = functools.partial(_QuietHandler, directory=str(rebuilt_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        # The home page says what is new and leads to the changes page.
        _open(browser, url)
        new = browser.find_element(By.ID, "what-is-new").find_element(By.XPATH, "following-sibling::p[1]")
        assert "1 new article" in new.text and added["title"] in new.text
        new.find_element(By.LINK_TEXT, "All changes").click()
        _wait(browser, lambda d: d.execute_script("return location.pathname") == "/changes/")
        _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "footer .md-copyright"))
        _screenshot(browser, "changes")
        page = browser.find_element(By.CSS_SELECTOR, "article")
        assert "1 new article" in page.text
        link = page.find_element(By.LINK_TEXT, added["title"])
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        link.click()
        _wait(browser, lambda d: d.execute_script("return location.pathname") == f"/articles/{added['id']}/")
        assert browser.find_element(By.TAG_NAME, "h1").text == added["title"]
    finally:
        server.shutdown()
        server.server_close()
