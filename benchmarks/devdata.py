"""The evaluation stories the benchmarks share: ../shared/data/summaries-dev.jsonl, never copied here."""

from __future__ import annotations

import json
from pathlib import Path

SUMMARIES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "summaries-dev.jsonl"


def read_stories() -> list[dict]:
    """Every story of the file, in file order (``{"id", "text", "reference", ...}``)."""
    with SUMMARIES.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
