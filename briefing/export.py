"""The JSON export (schema ``briefing/1``): the briefing as plain data, documented in the README."""

from __future__ import annotations

import json
from dataclasses import asdict

from briefing.models import SCHEMA, Briefing


def export_data(briefing: Briefing) -> dict:
    """The export as a dict, fields in the documented order."""
    articles = []
    for article in briefing.articles:
        analysis = briefing.analyses.get(article.id)
        articles.append(
            {
                "id": article.id,
                "source": article.source,
                "title": article.title,
                "kind": article.kind,
                "language": article.language,
                "publisher": article.publisher,
                "authors": list(article.authors),
                "published": article.published,
                "dateline": article.dateline,
                "url": article.url,
                "paragraphs": list(article.paragraphs),
                "headings": list(article.headings),
                "summary": [s.text for s in analysis.summary] if analysis else [],
                "summary_scores": [round(s.score, 4) for s in analysis.summary] if analysis else [],
                "sentence_scores": [round(x, 4) for x in analysis.sentence_scores] if analysis else [],
                "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
                "actors": briefing.article_actors(article.id),
                "contributors": list(article.contributors),
                "author_bios": list(article.author_bios),
                "warnings": list(article.warnings),
                "notes": list(article.notes),
            }
        )
    return {
        "schema": SCHEMA,
        "articles": articles,
        "skipped": [{"source": s.source, "reason": s.reason} for s in briefing.skipped],
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "aliases": list(a.aliases),
                "roles": [{"text": r.text, "article": r.article, "source": r.source} for r in a.roles],
                "articles": list(a.articles),
                "mentions": a.mentions,
            }
            for a in briefing.actors
        ],
        "quotes": [
            {
                "id": q.id,
                "article": q.article,
                "text": q.text,
                "kind": q.kind,
                "speaker": q.speaker,
                "other_speakers": list(q.other_speakers),
                "speaker_text": q.speaker_text,
                "paragraph": q.paragraph,
            }
            for q in briefing.quotes
        ],
        "issues": [asdict(i) for i in briefing.issues],
        "positions": [
            {
                "actor": p.actor,
                "issue": p.issue,
                "stance": p.stance,
                "evidence": [
                    {"article": e.article, "text": e.text, "quote": e.quote, "paragraph": e.paragraph}
                    for e in p.evidence
                ],
            }
            for p in briefing.positions
        ],
    }


def export_json(briefing: Briefing) -> str:
    """The export as text: stable key order, UTF-8, so the same corpus gives the same bytes."""
    return export_text(export_data(briefing))


def export_text(data: dict) -> str:
    """:func:`export_data`'s dict as :func:`export_json` writes it (for callers that also read the dict)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
