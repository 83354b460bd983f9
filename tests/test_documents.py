"""Reading real files of every supported kind, in every encoding, and failing well on bad ones."""

from __future__ import annotations

import io
import json
import os
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import documents
from kg.documents import (
    STDIN,
    DocumentError,
    DocumentWarning,
    decode,
    document_id,
    iter_paths,
    normalize,
    parse_record,
    parse_text,
    read_documents,
)
from kg.records import Document

GERMAN = "Müller äußerte sich – wie üblich – zur Größe der Straße: „Das kostet 5 €.“"
HEADER = " date 2022-01 Einigkeit nach Videokonferenz Stand: 25.01.2022 01:42 Uhr\n\n"
ARTICLE = (
    "Bundeskanzler Olaf Scholz sagte am Mittwoch in Berlin, die Lage sei sehr ernst. "
    "Er wolle mit allen Partnern sprechen, um eine Eskalation zu verhindern.\n\n"
    "Die Opposition kritisierte das Vorgehen der Bundesregierung scharf und forderte Aufklärung. "
    "CDU-Chef Friedrich Merz erklärte, man habe zu lange gezögert."
)


def read(*paths: Path) -> tuple[list[Document], list[DocumentError]]:
    problems: list[DocumentError] = []
    return list(read_documents(list(paths), on_error=problems.append)), problems


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def only(path: Path) -> Document:
    docs, problems = read(path)
    assert problems == []
    assert len(docs) == 1
    return docs[0]


# --------------------------------------------------------------------------------------------- text


def test_seed_header_is_metadata_not_text(tmp_path: Path) -> None:
    doc = only(write(tmp_path / "artikel.txt", HEADER + ARTICLE))
    assert doc.id == "artikel"
    assert doc.title == "Einigkeit nach Videokonferenz"
    assert doc.published == datetime(2022, 1, 25, 1, 42)
    assert doc.text == ARTICLE
    assert doc.path == str(tmp_path / "artikel.txt")


def test_parse_text_keeps_its_old_signature() -> None:
    doc = parse_text(HEADER + ARTICLE, path="/x/seed.txt")
    assert (doc.id, doc.text) == ("seed", ARTICLE)
    assert parse_text("Nur Text.", key="k").id == "k"


def test_header_with_impossible_date_keeps_title_and_no_date() -> None:
    doc = parse_text(" date 2022-01 Titel Stand: 31.02.2022 01:42 Uhr\n\nText.", key="k")
    assert (doc.title, doc.published, doc.text) == ("Titel", None, "Text.")


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", GERMAN.encode("utf-8")),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + GERMAN.encode("utf-8")),
        ("utf-16 with BOM", GERMAN.encode("utf-16")),
        ("windows-1252", GERMAN.encode("cp1252")),
        (
            "latin-1",
            GERMAN.replace("„", "»")
            .replace("“", "«")
            .replace("–", "-")
            .replace("€", "Euro")
            .encode("latin-1"),
        ),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, data: bytes) -> None:
    expected = GERMAN if encoding != "latin-1" else data.decode("latin-1")
    assert only(write(tmp_path / "a.txt", data)).text == expected, encoding


def test_euro_sign_tells_iso_8859_15_from_latin_1() -> None:
    assert decode("Größe: 5 € für die Straße".encode("iso8859_15")) == "Größe: 5 € für die Straße"


@pytest.mark.parametrize(
    "text",
    [
        "Größe und Übergang in Köln",
        "Äpfel, Öl und Übel",
        "Café in Zürich",
        "»Nein«, sagte sie.",
        "Preis: 5 €",
        "Bundeskanzler Olaf Scholz sagte am Mittwoch, die Lage sei „sehr ernst“.",
    ],
)
def test_short_legacy_texts_decode_as_german(text: str) -> None:
    for encoding in ("cp1252", "latin-1"):
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        assert decode(data) == text


def test_dos_code_page_is_detected() -> None:
    text = ARTICLE.replace("Aufklärung", "Aufklärung über Größe")
    assert decode(text.encode("cp850")) == text


def test_utf8_cut_off_mid_character_keeps_the_rest(tmp_path: Path) -> None:
    data = "Die Straße führt nach Köln".encode()[:-1] + "ö".encode()[:1]
    assert only(write(tmp_path / "cut.txt", data)).text == "Die Straße führt nach Köl"


def test_line_ends_become_newlines(tmp_path: Path) -> None:
    doc = only(write(tmp_path / "crlf.txt", "Erste Zeile.\r\nZweite Zeile.\rDritte.\r\n"))
    assert doc.text == "Erste Zeile.\nZweite Zeile.\nDritte.\n"


def test_decomposed_umlauts_are_composed_and_offsets_index_the_text(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", GERMAN)
    assert decomposed != GERMAN
    doc = only(write(tmp_path / "nfd.txt", decomposed))
    assert doc.text == GERMAN
    start = doc.text.index("Größe")
    assert doc.text[start : start + 5] == "Größe"


def test_control_characters_are_dropped_tab_and_newline_kept() -> None:
    assert normalize("a\x00b\x07c\td\u200be\ufeff\x85f\u2028g") == "abc\td\u200be\nf\ng"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\r\n\t ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, "binary data, not text"),
        ("controls.txt", bytes(range(1, 32)) * 50, "binary data, not text"),
        ("header-only.txt", HEADER.encode(), "no text"),
        ("blank.jsonl", b"\n\n  \n", "empty"),
        ("bad-bom.txt", b"\xff\xfe\x00\xd8", "byte-order mark"),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    docs, problems = read(write(tmp_path / name, data))
    assert docs == []
    assert len(problems) == 1
    assert str(problems[0]).startswith(str(tmp_path / name) + ": ")
    assert message in str(problems[0])
    assert "\n" not in str(problems[0])


def test_missing_path_and_unsafe_names_are_reported_on_one_line(tmp_path: Path) -> None:
    _, problems = read(tmp_path / "nicht\nda.txt")
    assert [str(p) for p in problems] == [f"{tmp_path}/nicht\\nda.txt: no such file or folder"]


def test_fifo_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _, problems = read(fifo)
    assert "not a regular file" in str(problems[0])


def test_too_large_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_BYTES", 100)
    big = write(tmp_path / "big.txt", "x" * 101)
    small = write(tmp_path / "small.txt", "y" * 100)
    docs, problems = read(big, small)
    assert [d.id for d in docs] == ["small"]
    assert "larger than" in str(problems[0])


def test_without_on_error_the_first_error_is_raised(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Gut.")
    write(tmp_path / "b.txt", "")
    with pytest.raises(DocumentError, match="empty"):
        list(read_documents([tmp_path]))


# ------------------------------------------------------------------------------------------ folders


def test_folders_are_walked_sorted_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B.")
    write(tmp_path / "a.md", "A.")
    write(tmp_path / "sub" / "c.html", f"<html><body><article><p>{ARTICLE}</p></article></body></html>")
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    write(tmp_path / ".hidden.txt", "versteckt")
    write(tmp_path / ".git" / "x.txt", "intern")
    assert [p.name for p in iter_paths([tmp_path])] == ["a.md", "b.txt", "c.html"]
    docs, problems = read(tmp_path)
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert problems == []


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    file = write(tmp_path / "a.txt", "Text.")
    docs, _ = read(tmp_path, file, tmp_path / "." / "a.txt")
    assert [d.id for d in docs] == ["a"]


def test_paths_may_be_a_generator(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A.")
    write(tmp_path / "leer" / "x.png", b"")
    problems: list[DocumentError] = []
    docs = list(read_documents((p for p in [tmp_path / "leer", tmp_path]), on_error=problems.append))
    assert [d.id for d in docs] == ["a"]
    assert len(problems) == 1


def test_folder_without_documents_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "leer" / "bild.png", b"\x89PNG")
    _, problems = read(tmp_path / "leer")
    assert "folder has no .txt" in str(problems[0])


def test_same_stem_different_text_gets_numbered_ids(tmp_path: Path) -> None:
    write(tmp_path / "x" / "bericht.txt", "Eins.")
    write(tmp_path / "y" / "bericht.txt", "Zwei.")
    write(tmp_path / "z" / "bericht.md", "Drei.")
    docs, _ = read(tmp_path)
    assert [(d.id, d.text) for d in docs] == [
        ("bericht", "Eins."),
        ("bericht-2", "Zwei."),
        ("bericht-3", "Drei."),
    ]


def test_ids_are_stable_across_runs(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A.")
    write(tmp_path / "b" / "a.txt", "B.")
    first, _ = read(tmp_path)
    second, _ = read(tmp_path)
    assert [d.id for d in first] == [d.id for d in second] == ["a", "a-2"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("000_4d305bb4b1ca3627", "000_4d305bb4b1ca3627"),
        ("Großer Bericht über Köln", "Grosser-Bericht-ueber-Koeln"),
        ("tagesschau.de/ausland/europa/ukraine-101.html", "tagesschau.de-ausland-europa-ukraine-101.html"),
        ("Ελλάδα", document_id("Ελλάδα")),
    ],
)
def test_document_id_is_a_readable_ascii_slug(key: str, expected: str) -> None:
    assert document_id(key) == expected
    assert all(c.isascii() and (c.isalnum() or c in "_.-") for c in document_id(key))


def test_long_keys_keep_distinct_ids() -> None:
    base = "www.example.de/" + "sehr-lange-ueberschrift-" * 5
    first, second = document_id(base + "1"), document_id(base + "2")
    assert first != second
    assert len(first) <= 80


# ------------------------------------------------------------------------------------- JSON records

NEWS_PLEASE = {
    "authors": ["Tagesschau"],
    "date_download": "2022-01-25 08:00:00",
    "date_publish": "2022-01-25 01:42:00",
    "description": "Kurz",
    "language": "de",
    "maintext": ARTICLE,
    "source_domain": "www.tagesschau.de",
    "title": "Einigkeit nach Videokonferenz",
    "url": "https://www.tagesschau.de/ausland/europa/ukraine-videokonferenz-101.html",
}


def jsonl(*lines: object) -> str:
    return "\n".join(
        line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines
    )


def test_news_please_records_become_documents(tmp_path: Path) -> None:
    doc = only(write(tmp_path / "crawl.jsonl", jsonl(NEWS_PLEASE)))
    assert doc.id == "tagesschau.de-ausland-europa-ukraine-videokonferenz-101.html"
    assert doc.text == ARTICLE
    assert doc.title == NEWS_PLEASE["title"]
    assert doc.published == datetime(2022, 1, 25, 1, 42)
    assert (doc.url, doc.source, doc.language) == (NEWS_PLEASE["url"], "www.tagesschau.de", "de")


def test_bad_lines_are_reported_with_line_numbers_and_the_rest_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path / "mixed.jsonl",
        jsonl(
            {"text": "Erster Text.", "title": "Eins"},
            '{"text": "abgeschnitten',
            "",
            {"title": "ohne Text"},
            ["kein", "Objekt"],
            {"text": 42},
            {"text": "Zweiter Text.", "published": "2022-02-01T10:00:00+01:00", "source": "dpa"},
            {"maintext": "Dritter Text.", "title": ["falsch"]},
            {"text": "Vierter Text.", "date_publish": "gestern Abend"},
        ),
    )
    docs, problems = read(path)
    assert [(d.id, d.text) for d in docs] == [
        ("mixed-1", "Erster Text."),
        ("mixed-7", "Zweiter Text."),
        ("mixed-9", "Vierter Text."),
    ]
    assert docs[1].published == datetime(2022, 2, 1, 10, 0)
    assert docs[2].published is None
    messages = [str(p) for p in problems]
    assert messages[0].startswith(f"{path}:2: not valid JSON")
    assert messages[1] == f"{path}:4: no text (expected a 'text' or 'maintext' field)"
    assert messages[2] == f"{path}:5: expected a JSON object, got an array"
    assert messages[3] == f"{path}:6: field 'text' is a number, not a string"
    assert messages[4] == f"{path}:8: field 'title' is an array, not a string"
    assert isinstance(problems[5], DocumentWarning)
    assert messages[5] == f"{path}:9: date_publish 'gestern Abend' is not a date; kept without one"
    assert not any(isinstance(p, DocumentWarning) for p in problems[:5])


def test_jsonl_lines_in_other_encodings_and_with_bom(tmp_path: Path) -> None:
    first = b"\xef\xbb\xbf" + json.dumps({"text": GERMAN}, ensure_ascii=False).encode()
    second = json.dumps({"text": "Öl in Köln"}, ensure_ascii=False).encode("cp1252")
    docs, problems = read(write(tmp_path / "enc.jsonl", first + b"\r\n" + second + b"\r\n"))
    assert [d.text for d in docs] == [GERMAN, "Öl in Köln"]
    assert problems == []


def test_repeated_record_is_skipped_with_a_warning(tmp_path: Path) -> None:
    changed = {**NEWS_PLEASE, "maintext": "Aktualisierte Fassung."}
    docs, problems = read(write(tmp_path / "dup.jsonl", jsonl(NEWS_PLEASE, NEWS_PLEASE, changed)))
    stem = "tagesschau.de-ausland-europa-ukraine-videokonferenz-101.html"
    assert [d.id for d in docs] == [stem, f"{stem}-2"]
    assert len(problems) == 1
    assert isinstance(problems[0], DocumentWarning)
    assert "repeats document" in str(problems[0])


def test_json_file_with_one_record_an_array_or_lines(tmp_path: Path) -> None:
    single = write(tmp_path / "one.json", json.dumps({**NEWS_PLEASE, "url": None}, indent=2))
    array = write(
        tmp_path / "many.json", json.dumps([{"text": "A."}, {"title": "kein Text"}, {"text": "B."}])
    )
    lines = write(tmp_path / "lines.json", jsonl({"text": "C."}, {"text": "D."}))
    docs, problems = read(single, array, lines)
    assert [d.id for d in docs] == ["one", "many-1", "many-3", "lines-1", "lines-2"]
    assert [str(p) for p in problems] == [
        f"{array}: record 2: no text (expected a 'text' or 'maintext' field)"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"text": ' + "9" * 5000 + "}", "not usable JSON"),
        ('{"text": "offen', "not valid JSON"),
    ],
)
def test_hostile_json_is_refused(tmp_path: Path, content: str, message: str) -> None:
    _, problems = read(write(tmp_path / "bad.jsonl", content))
    assert message in str(problems[0])


def test_too_long_json_line_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_BYTES", 64)
    path = write(tmp_path / "long.jsonl", jsonl({"text": "x" * 200}, {"text": "kurz"}))
    docs, problems = read(path)
    assert [d.text for d in docs] == ["kurz"]
    assert str(problems[0]) == f"{path}:1: line longer than 64 bytes, skipped"


def test_record_id_field_wins_over_url() -> None:
    doc = parse_record({"id": "artikel-7", "url": "https://x.de/a", "text": "T."}, source="s", key="k")
    assert doc.id == "artikel-7"


def test_german_date_format_in_records() -> None:
    doc = parse_record({"text": "T.", "published": "25.01.2022, 01:42 Uhr"}, source="s", key="k")
    assert doc.published == datetime(2022, 1, 25, 1, 42)


# --------------------------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="{charset}">
<title>Einigkeit nach Videokonferenz | tagesschau.de</title>
<meta property="og:title" content="Einigkeit nach Videokonferenz">
<meta property="article:published_time" content="2022-01-25T01:42:00+01:00">
<meta property="og:site_name" content="tagesschau.de">
<link rel="canonical" href="https://www.tagesschau.de/ausland/einigkeit-101.html">
</head><body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/inland">Inland</a></li></ul></nav>
<article><h1>Einigkeit nach Videokonferenz</h1>
{paragraphs}
<script>document.write("<b>böse</b>"); alert("xss")</script>
</article>
<footer>Impressum | Datenschutz</footer>
<div class="comments"><p>Leserkommentar: Alles Unsinn!</p></div>
</body></html>"""


def page(charset: str = "utf-8") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    return PAGE.format(charset=charset, paragraphs=paragraphs)


def test_html_article_and_metadata_are_extracted(tmp_path: Path) -> None:
    doc = only(write(tmp_path / "seite.html", page()))
    assert doc.id == "seite"
    assert "Bundeskanzler Olaf Scholz sagte am Mittwoch in Berlin" in doc.text
    assert "Friedrich Merz erklärte" in doc.text
    for noise in ("Startseite", "Impressum", "alert", "böse", "<", "Einigkeit nach Videokonferenz"):
        assert noise not in doc.text
    assert doc.title == "Einigkeit nach Videokonferenz"
    assert doc.published is not None
    assert doc.published.date() == datetime(2022, 1, 25).date()
    assert doc.url == "https://www.tagesschau.de/ausland/einigkeit-101.html"
    assert doc.source == "tagesschau.de"


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    doc = only(write(tmp_path / "alt.htm", page("windows-1252").encode("cp1252")))
    assert "Aufklärung" in doc.text


EMPTY_PAGE = (
    '<html><head><title>Nur Titel</title><script>var x = "Text";</script></head>'
    '<body><img src="a.png"></body></html>'
)


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    _, problems = read(write(tmp_path / "leer.html", EMPTY_PAGE))
    assert str(problems[0]) == f"{tmp_path / 'leer.html'}: no article text found in the HTML page"


def test_truncated_html_still_gives_its_text(tmp_path: Path) -> None:
    html = page()
    doc = only(write(tmp_path / "cut.html", html[: html.index("Die Opposition") + 60]))
    assert "Bundeskanzler Olaf Scholz" in doc.text


# ----------------------------------------------------------------------------------------- Markdown


def test_markdown_becomes_plain_paragraphs(tmp_path: Path) -> None:
    md = (
        "# Einigkeit nach Videokonferenz\n\n"
        "Bundeskanzler **Olaf Scholz** sagte laut [Reuters](https://reuters.com) etwas.\n\n"
        "- erster Punkt\n- zweiter Punkt\n\n"
        "```\ncode()\n```\n\n<div>roh</div>\n"
    )
    doc = only(write(tmp_path / "a.md", md))
    assert doc.title == "Einigkeit nach Videokonferenz"
    assert doc.text == "Bundeskanzler Olaf Scholz sagte laut Reuters etwas.\n\nerster Punkt\n\nzweiter Punkt"


def test_markdown_front_matter_gives_metadata(tmp_path: Path) -> None:
    md = '---\ntitle: "Ein Titel"\ndate: 2022-01-25\nlayout: post\n---\n# Überschrift\n\nText hier.\n'
    doc = only(write(tmp_path / "post.md", md))
    assert (doc.title, doc.published) == ("Ein Titel", datetime(2022, 1, 25))
    assert doc.text == "Überschrift\n\nText hier."


# --------------------------------------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    ("data", "ids", "texts"),
    [
        (GERMAN.encode("cp1252"), ["stdin"], [GERMAN]),
        (jsonl({"text": "A."}, {"text": "B."}).encode(), ["stdin-1", "stdin-2"], ["A.", "B."]),
        (page().encode(), ["stdin"], None),
    ],
)
def test_standard_input_is_sniffed(
    monkeypatch: pytest.MonkeyPatch, data: bytes, ids: list[str], texts: list[str] | None
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    docs, problems = read(STDIN)
    assert problems == []
    assert [d.id for d in docs] == ids
    assert all(d.path is None for d in docs)
    if texts is not None:
        assert [d.text for d in docs] == texts
    else:
        assert "Friedrich Merz" in docs[0].text


def test_empty_standard_input_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(b""))))
    _, problems = read(STDIN)
    assert [str(p) for p in problems] == ["<stdin>: empty"]


# ----------------------------------------------------------------------------------------- properties


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_fail_with_a_document_error(data: bytes) -> None:
    try:
        text = decode(data)
    except DocumentError as err:
        assert "\n" not in str(err)
    else:
        assert isinstance(text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_normalize_is_idempotent_and_leaves_no_carriage_return(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert "\r" not in once
    assert unicodedata.is_normalized("NFC", once)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600), st.sampled_from([".txt", ".md", ".jsonl", ".json", ".html", ".bin"]))
def test_any_file_gives_documents_or_one_line_errors(tmp_path: Path, data: bytes, suffix: str) -> None:
    docs, problems = read(write(tmp_path / f"x{suffix}", data))
    assert all(d.text.strip() and "\r" not in d.text for d in docs)
    assert all("\n" not in str(p) for p in problems)
    assert docs or problems
