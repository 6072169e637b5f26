"""The published site in a real browser (Debian's Chromium, driven by Selenium through chromedriver)."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import threading
from pathlib import Path

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


def test_search_finds_actors_and_articles(browser, site_url, shipped_site):
    from selenium.webdriver.common.by import By

    export = json.loads((shipped_site / "briefing.json").read_text(encoding="utf-8"))
    speaker = next(a for a in export["actors"] if a["kind"] == "person" and a["roles"] and any(q["speaker"] == a["id"] for q in export["quotes"]))
    browser.get(site_url)
    box = browser.find_element(By.CSS_SELECTOR, "input.md-search__input")
    box.click()
    box.send_keys(speaker["name"].split()[-1])
    results = _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".md-search-result__item a"))
    hrefs = [r.get_attribute("href") for r in results]
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
