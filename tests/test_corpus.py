"""Loading: decoding, readers by extension, and bad input that is skipped with a reason."""

from __future__ import annotations

import pytest

from briefing.corpus import decode, load_corpus, split_front_matter
from briefing.errors import UnreadableFile

STORY = "Officials met on Tuesday to discuss the new budget, which passed after a long debate.\n"


def test_utf8_then_detected_encoding():
    assert decode("Café au lait — déjà vu.".encode("utf-8")) == ("Café au lait — déjà vu.", "utf-8")
    text = ("Le président a déclaré que la réforme était nécessaire. " * 5).encode("cp1252")
    decoded, encoding = decode(text)
    assert "président a déclaré" in decoded
    assert encoding != "utf-8"


def test_utf8_bom_is_dropped():
    assert decode(b"\xef\xbb\xbfHello there.")[0] == "Hello there."


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (bytes(range(0, 32)) * 20, "binary file"),
    ],
)
def test_unreadable_bytes_say_why(data, reason):
    with pytest.raises(UnreadableFile, match=reason):
        decode(data)


def test_bad_files_are_skipped_with_their_relative_path_and_reason(tmp_path):
    (tmp_path / "good.txt").write_text("A headline\n\n" + STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 fake")
    (tmp_path / ".hidden.txt").write_text("secret draft", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("not an article", encoding="utf-8")

    documents, skipped = load_corpus(tmp_path)

    assert [d.source for d in documents] == ["good.txt"]
    reasons = {s.source: s.reason for s in skipped}
    assert set(reasons) == {"empty.txt", "nested/photo.txt", "report.pdf"}
    assert reasons["empty.txt"].startswith("empty file")
    assert reasons["nested/photo.txt"].startswith("binary file")
    assert "unsupported file type ('.pdf')" in reasons["report.pdf"]


def test_markdown_front_matter():
    meta, body, warnings = split_front_matter(
        "---\ntitle: Budget passes\nAuthors: [Ana Ruiz, Tom Lee]\ndate: 2024-03-05\n---\n\n" + STORY
    )
    assert meta["title"] == "Budget passes"
    assert meta["authors"] == ["Ana Ruiz", "Tom Lee"]
    assert str(meta["date"]) == "2024-03-05"
    assert body.strip() == STORY.strip()
    assert warnings == []


def test_broken_front_matter_is_reported_and_the_text_kept():
    meta, body, warnings = split_front_matter("---\ntitle: [unclosed\n---\n" + STORY)
    assert meta == {}
    assert STORY.strip() in body
    assert warnings and "not valid YAML" in warnings[0]
    meta, _, warnings = split_front_matter("---\n- just\n- a list\n---\n" + STORY)
    assert meta == {} and "not a mapping" in warnings[0]


def test_markdown_with_only_front_matter_is_skipped(tmp_path):
    (tmp_path / "stub.md").write_text("---\ntitle: Nothing here\n---\n\n", encoding="utf-8")
    documents, skipped = load_corpus(tmp_path)
    assert documents == []
    assert skipped[0].source == "stub.md" and "no article text" in skipped[0].reason


def test_a_page_of_nothing_but_furniture_is_skipped_with_the_reason(tmp_path):
    from briefing.build import BuildOptions, build_briefing

    (tmp_path / "prompts.txt").write_text(
        "Share this article\n\nFollow us on Twitter\n\nRead more:\n\nSign up for our newsletter\n", encoding="utf-8"
    )
    (tmp_path / "story.txt").write_text("Budget approved\n\n" + STORY, encoding="utf-8")
    briefing = build_briefing(BuildOptions(corpus_dir=tmp_path))
    assert [a.source for a in briefing.articles] == ["story.txt"]
    assert [(s.source, s.reason) for s in briefing.skipped] == [
        ("prompts.txt", "no article text left after removing page furniture")
    ]


def test_front_matter_dates_stay_text_and_an_impossible_date_is_not_fatal(tmp_path):
    from briefing.build import BuildOptions, build_briefing

    meta, _, warnings = split_front_matter("---\ndate: 2024-03-05\n---\n" + STORY)
    assert meta["date"] == "2024-03-05" and warnings == []
    (tmp_path / "a.md").write_text("---\ntitle: Budget vote\ndate: 2020-02-30\n---\n\n" + STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Another headline\n\n" + STORY, encoding="utf-8")
    briefing = build_briefing(BuildOptions(corpus_dir=tmp_path))
    by_source = {a.source: a for a in briefing.articles}
    assert set(by_source) == {"a.md", "b.txt"}
    assert by_source["a.md"].published is None
    assert any("2020-02-30" in warning for warning in by_source["a.md"].warnings)


def test_symbolic_links_out_of_the_corpus_are_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("Private notes\n\nThe password is hunter2, said nobody.\n", encoding="utf-8")
    (corpus / "story.txt").write_text("Budget approved\n\n" + STORY, encoding="utf-8")
    (corpus / "inside.txt").symlink_to(corpus / "story.txt")
    (corpus / "outside.txt").symlink_to(secret)
    (corpus / "broken.txt").symlink_to(tmp_path / "missing.txt")
    documents, skipped = load_corpus(corpus)
    assert sorted(d.source for d in documents) == ["inside.txt", "story.txt"]
    reasons = {s.source: s.reason for s in skipped}
    assert reasons == {
        "outside.txt": "symbolic link to a file outside the corpus folder",
        "broken.txt": "broken symbolic link",
    }
