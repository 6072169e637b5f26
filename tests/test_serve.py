"""``mkdocs serve`` with the plugin: rebuilds on corpus edits, keeps serving through bad edits, recovers.

A real ``mkdocs serve`` on 127.0.0.1 and a free port; every wait is bounded and polls the served pages
or the server's log.
"""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import MKDOCS, NEWS, write_project

pytestmark = pytest.mark.slow

SECOND = NEWS.replace("approves new budget after long debate", "names a new transit director").replace(
    "$2 billion budget", "new transit director"
)
WAIT = 120  # seconds; a build of these two articles takes a few


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


class Server:
    """``mkdocs serve`` in a subprocess, its log collected line by line."""

    def __init__(self, project: Path):
        self.base = f"http://127.0.0.1:{_free_port()}"
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [*MKDOCS, "serve", "-a", self.base.removeprefix("http://")],
            cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "NO_COLOR": "1", "NO_MKDOCS_2_WARNING": "1"},
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def page(self, path: str) -> str | None:
        return _fetch(f"{self.base}/{path}")

    def wait_for(self, condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "mkdocs serve stopped:\n" + "\n".join(self.lines)
            if condition():
                return
            time.sleep(0.5)
        pytest.fail(f"waited {WAIT} s for {what}; server log:\n" + "\n".join(self.lines[-40:]))

    def log_after(self, mark: int) -> list[str]:
        return self.lines[mark:]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)


@pytest.fixture
def served(tmp_path):
    project = write_project(tmp_path, {"news.txt": NEWS, "transit.txt": SECOND}, plugin_options='cache_dir: "../cache"')
    server = Server(project)
    try:
        server.wait_for(lambda: "approves new budget" in (server.page("articles/") or ""), "the first build")
        yield project, server
    finally:
        server.stop()


def _rebuilt(server: Server, mark: int) -> Callable[[], bool]:
    """True once a rebuild started after ``mark`` has ended, well or badly."""
    return lambda: any(
        "Reloading browsers" in line or "An error happened during the rebuild" in line for line in server.log_after(mark)
    )


def test_serve_rebuilds_when_an_article_changes(served):
    project, server = served
    (project / "corpus" / "news.txt").write_text(NEWS.replace("approves new budget", "rejects the budget"), encoding="utf-8")
    server.wait_for(lambda: "rejects the budget" in (server.page("articles/") or ""), "the edited title")
    assert "approves new budget" not in server.page("articles/")


def test_an_article_broken_by_an_edit_is_skipped_while_the_rest_is_served_and_comes_back_when_fixed(served):
    project, server = served
    transit_page = server.page("articles/")
    assert "names a new transit director" in transit_page

    mark = len(server.lines)
    (project / "corpus" / "news.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")  # saved over by an image
    server.wait_for(lambda: "binary file" in (server.page("") or ""), "the home page to list the skipped file")
    warnings = [line for line in server.log_after(mark) if "news.txt" in line]
    assert warnings == [
        "WARNING -  briefing: corpus file 'news.txt' skipped: binary file (contains NUL bytes), not text. Fix or remove the file."
    ]
    articles = server.page("articles/")
    assert "names a new transit director" in articles and "approves new budget" not in articles

    (project / "corpus" / "news.txt").write_text(NEWS, encoding="utf-8")
    server.wait_for(lambda: "approves new budget" in (server.page("articles/") or ""), "the fixed article")
    assert "binary file" not in server.page("")
    assert not any("Traceback" in line for line in server.lines)


def test_a_bad_edit_of_the_settings_keeps_the_last_briefing_served_until_it_is_fixed(served):
    project, server = served
    config = project / "mkdocs.yml"
    good = config.read_text(encoding="utf-8")
    mark = len(server.lines)
    config.write_text(good.replace("corpus_dir: corpus", "corpus_dir: corpus-typo"), encoding="utf-8")
    server.wait_for(_rebuilt(server, mark), "the rebuild after the bad edit")
    assert (
        f"ERROR   -  briefing: corpus folder not found: {project}/corpus-typo (set the plugin option 'corpus_dir'). "
        "The briefing shown is from the last build that worked; fix this and save again."
    ) in server.log_after(mark)
    articles = server.page("articles/") or ""
    assert "approves new budget" in articles and "names a new transit director" in articles
    assert "Positions" in (server.page("positions/") or "")

    config.write_text(good, encoding="utf-8")
    (project / "corpus" / "news.txt").write_text(NEWS.replace("approves new budget", "passes the budget"), encoding="utf-8")
    server.wait_for(lambda: "passes the budget" in (server.page("articles/") or ""), "the recovered build")
    assert not any("Traceback" in line for line in server.lines)


def test_a_docs_page_that_clashes_with_a_generated_one_is_shown_with_an_error_until_removed(served):
    project, server = served
    mark = len(server.lines)
    (project / "docs" / "positions.md").write_text("# Our own positions page\n", encoding="utf-8")
    server.wait_for(lambda: "Our own positions page" in (server.page("positions/") or ""), "the user's page")
    assert (
        "ERROR   -  briefing: docs/positions.md exists, but the briefing generates that page. "
        "Rename or remove docs/positions.md. Until then the site shows that file instead of the generated page."
    ) in server.log_after(mark)
    assert "approves new budget" in (server.page("articles/") or "")  # the rest of the briefing is still there

    (project / "docs" / "positions.md").unlink()
    server.wait_for(lambda: "Our own positions page" not in (server.page("positions/") or "Our own"), "the generated page")
    assert "names a new transit director" in (server.page("articles/") or "")
    assert not any("Traceback" in line for line in server.lines)
