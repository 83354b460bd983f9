"""Reading documents: files, folders and standard input become `Document`s.

Inputs: plain text (`.txt`; a seed-style first line ` date 2022-01 <title> Stand: 25.01.2022 01:42 Uhr`
is metadata: it gives title and publication time and is not part of `Document.text`), Markdown
(`.md`), JSON Lines or JSON of article records as news crawlers write them (`.jsonl`, `.json`),
HTML pages (`.html`, `.htm`; the article is extracted by trafilatura) and `-` for standard input.

`Document.text` is the *normalised* text, and every offset kg reports indexes it (not the bytes of
the file): the encoding is detected (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252,
Latin-1, ISO-8859-15, DOS and Mac code pages), line ends become `\\n`, Unicode is composed (NFC),
and control characters that no text format can carry are dropped. kg's JSON output carries
`document.text`, so `text[start:end]` is always checkable against what kg saw.

One bad document never stops the others: `read_documents(paths, on_error=...)` hands every
problem to the callback as a one-line `DocumentError` and goes on.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import math
import os
import re
import stat
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal

from kg.records import Document

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson", ".json-lines")
JSON_SUFFIXES = (".json",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + JSON_LINES_SUFFIXES + JSON_SUFFIXES + HTML_SUFFIXES

STDIN = Path("-")
MAX_BYTES = 100 * 1024 * 1024  # one document (or one JSON line); a corpus file of JSON lines may be larger

Kind = Literal["text", "markdown", "jsonl", "json", "html"]
_KINDS: dict[str, Kind] = {
    **dict.fromkeys(TEXT_SUFFIXES, "text"),
    **dict.fromkeys(MARKDOWN_SUFFIXES, "markdown"),
    **dict.fromkeys(JSON_LINES_SUFFIXES, "jsonl"),
    **dict.fromkeys(JSON_SUFFIXES, "json"),
    **dict.fromkeys(HTML_SUFFIXES, "html"),
}

_HEADER = re.compile(
    r"^\s*date\s+\d{4}-\d{2}\s+(?P<title>.*?)\s+Stand:\s*"
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?:\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*Uhr)?\s*$"
)


class DocumentError(ValueError):
    """A document that cannot be read; the message says which and why in one line."""

    def __init__(self, message: str) -> None:
        super().__init__(_one_line(message))


class DocumentWarning(DocumentError):
    """A problem that did not cost the document (an unreadable date, an exact duplicate skipped)."""


OnError = Callable[[DocumentError], None]
Warn = Callable[[DocumentWarning], None]


def _ignore(warning: DocumentWarning) -> None:
    """The default for `warn`: a lenient parse keeps the document and says nothing."""


# ---------------------------------------------------------------------------------------------- ids


def document_id(key: str) -> str:
    """A stable id: a readable ASCII slug of `key`, with a hash suffix when it had to be shortened."""
    folded = unicodedata.normalize("NFKD", key.translate(_GERMAN_FOLD)).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", folded).strip("-.")
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    if not stem:
        return digest
    return stem if len(stem) <= 80 else f"{stem[:63].rstrip('-.')}-{digest}"


_GERMAN_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _url_key(url: str) -> str:
    return re.sub(r"^[a-z][a-z0-9+.-]*://(www\.)?", "", url.strip(), flags=re.IGNORECASE).rstrip("/")


# ------------------------------------------------------------------------------------ normalisation

_DROPPED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def normalize(text: str) -> str:
    """The text kg works on: `\\n` line ends, NFC, no control characters (tab and newline stay).

    NFC composes `u` + combining diaeresis into `ü` (as macOS file names and some CMS write it),
    so that lexicons and patterns match; it never changes the text's meaning, unlike NFKC.
    """
    text = _LINE_BREAKS.sub("\n", text)
    return unicodedata.normalize("NFC", _DROPPED.sub("", text))


# ----------------------------------------------------------------------------------------- encodings

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# 8-bit code pages that German text is found in, most likely first; latin-1 decodes anything.
_LEGACY = ("cp1252", "iso8859_15", "cp850", "mac_roman", "latin_1")
_GERMAN_CHARS = frozenset("äöüÄÖÜß„“”‚‘’«»‹›–—…€§°\xa0")


def decode(data: bytes, *, source: str = "<bytes>") -> str:
    """Bytes to text, the encoding detected, not assumed.

    A BOM decides; else valid UTF-8 (also when cut off mid-character at the end, as truncated
    downloads are); else text with NUL bytes must be BOM-less UTF-16/32 (charset-normalizer
    decides) or it is binary; else the 8-bit code page whose decoding reads most like German.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, encoding, source)
    utf8 = _utf8(data)
    if utf8 is not None:
        return _reject_binary(utf8, source)
    if b"\x00" in data:
        return _reject_binary(_wide_unicode(data, source), source)
    return _reject_binary(_legacy_decode(data), source)


def _decode_strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return _reject_binary(data.decode(encoding), source)
    except UnicodeDecodeError as err:
        raise DocumentError(f"{source}: starts with a {encoding} byte-order mark but is not {encoding}") from err


def _utf8(data: bytes) -> str | None:
    """The UTF-8 reading of `data`, forgiving only an incomplete character at the very end."""
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return None


def _wide_unicode(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]).best()
    if best is None:
        raise DocumentError(f"{source}: binary data, not text")
    return str(best)


def _legacy_decode(data: bytes) -> str:
    """Decode with the 8-bit code page whose reading of the non-ASCII bytes is most German-like.

    Only the distinct bytes above 127 are scored (once each, weighted by count), so a 10 MB
    file costs one pass.
    """
    counts = Counter(data.translate(None, bytes(range(128))))
    scores = [(_implausibility(counts, encoding), rank, encoding) for rank, encoding in enumerate(_LEGACY)]
    return data.decode(min(scores)[2])


def _implausibility(counts: Counter[int], encoding: str) -> float:
    """How unlike German a decoding reads: odd letters cost 1, symbols 3, control characters 10."""
    total = 0.0
    for byte, count in counts.items():
        try:
            char = bytes([byte]).decode(encoding)
        except UnicodeDecodeError:
            return math.inf
        total += 0 if char in _GERMAN_CHARS else _char_cost(char) * count
    return total


def _char_cost(char: str) -> int:
    category = unicodedata.category(char)
    if category.startswith("C"):
        return 10
    if category.startswith("L") and unicodedata.name(char, "").startswith("LATIN"):
        return 1
    return 3


def _reject_binary(text: str, source: str) -> str:
    """Text with NULs or many control characters is a binary file given by mistake."""
    controls = sum(1 for c in text[:65536] if c < " " and c not in "\t\n\r\x0c")
    if "\x00" in text or controls > max(2, len(text[:65536]) // 100):
        raise DocumentError(f"{source}: binary data, not text")
    return text


# ------------------------------------------------------------------------------------------- parsing


def parse_text(raw: str, *, path: str | None = None, key: str | None = None) -> Document:
    """Normalise `raw`, split a seed-style header off it and return the document."""
    raw = normalize(raw)
    title, published, text = None, None, raw
    first, _, rest = raw.partition("\n")
    match = _HEADER.match(first)
    if match:
        title = match["title"]
        published = _datetime(match["year"], match["month"], match["day"], match["hour"], match["minute"])
        text = rest.lstrip("\n")
    source = path or key or "<text>"
    ident = document_id(key or (Path(path).stem if path else _text_key(raw)))
    return Document(id=ident, text=_require_text(text, source), path=path, title=title, published=published)


def parse_markdown(raw: str, *, path: str | None = None, key: str | None = None, warn: Warn = _ignore) -> Document:
    """Markdown to plain paragraphs (markdown-it): markup, links' targets, code and raw HTML go.

    A leading `# Heading` is the title; `title:` and `date:` in YAML front matter are read too.
    """
    from markdown_it import MarkdownIt

    raw = normalize(raw)
    meta, body = _front_matter(raw)
    blocks: list[tuple[str, str]] = []
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    for index, token in enumerate(tokens):
        if token.type == "inline" and token.children is not None:
            tag = tokens[index - 1].tag if index else ""
            blocks.append((tag, _inline_text(token.children)))
    title = meta.get("title")
    if blocks and blocks[0][0] == "h1" and title is None:
        title = blocks.pop(0)[1]
    source = path or key or "<markdown>"
    text = "\n\n".join(block for _, block in blocks if block.strip())
    ident = document_id(key or (Path(path).stem if path else _text_key(raw)))
    return Document(
        id=ident,
        text=_require_text(text, source),
        path=path,
        title=title,
        published=_parse_date(meta.get("date"), source, "date", warn),
        url=meta.get("url"),
        source=meta.get("source"),
    )


def _inline_text(children: list[Any]) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts).strip()


_FRONT_MATTER = re.compile(r"\A---\n(?P<head>.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FRONT_FIELD = re.compile(r"^(?P<key>title|date|url|source):[ \t]*(?P<value>.+?)[ \t]*$", re.MULTILINE)


def _front_matter(raw: str) -> tuple[dict[str, str], str]:
    """The scalar `title`/`date`/`url`/`source` lines of a YAML front-matter block, and the rest."""
    match = _FRONT_MATTER.match(raw)
    if not match:
        return {}, raw
    fields = {m["key"]: m["value"].strip("'\"") for m in _FRONT_FIELD.finditer(match["head"])}
    return fields, raw[match.end() :]


def parse_html(html: str, *, path: str | None = None, key: str | None = None, warn: Warn = _ignore) -> Document:
    """The article in an HTML page and its metadata, extracted by trafilatura.

    Navigation, comments, tables and scripts stay out; the page's own text never becomes markup.
    """
    import trafilatura

    source = path or key or "<html>"
    try:
        page = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, include_images=False
        )
    except (ValueError, TypeError, RecursionError) as err:  # lxml and trafilatura reject some inputs
        raise DocumentError(f"{source}: cannot parse as HTML ({type(err).__name__})") from err
    text = normalize(page.text or "") if page is not None else ""
    if not text.strip():
        raise DocumentError(f"{source}: no article text found in the HTML page")
    title = _clean(page.title)
    if title and text.startswith(title + "\n"):  # the headline is metadata, as in a seed header
        text = text[len(title) + 1 :]
    ident = document_id(key or (Path(path).stem if path else _text_key(text)))
    return Document(
        id=ident,
        text=text,
        path=path,
        title=title,
        published=_parse_date(page.date, source, "date", warn),
        url=_clean(page.url),
        source=_clean(page.sitename) or _clean(page.hostname),
    )


_TEXT_FIELDS = ("text", "maintext")
_DATE_FIELDS = ("date_publish", "published", "date")
_SOURCE_FIELDS = ("source", "source_domain")


def parse_record(record: Any, *, source: str, key: str, path: str | None = None, warn: Warn = _ignore) -> Document:
    """One article record (news-please style) to a document; `key` names it when it has no url.

    Text from `text` or `maintext`; `title`, `url`, `source` or `source_domain`, `language`, and
    the date from `date_publish`, `published` or `date`.
    """
    if not isinstance(record, dict):
        raise DocumentError(f"{source}: expected a JSON object, got {_json_type(record)}")
    text_field = next((f for f in _TEXT_FIELDS if record.get(f) is not None), None)
    if text_field is None:
        raise DocumentError(f"{source}: no text (expected a 'text' or 'maintext' field)")
    text = record[text_field]
    if not isinstance(text, str):
        raise DocumentError(f"{source}: field {text_field!r} is {_json_type(text)}, not a string")
    url = _string_field(record, ("url",), source)
    date_field = next((f for f in _DATE_FIELDS if record.get(f) is not None), None)
    language = _string_field(record, ("language",), source)
    explicit = _string_field(record, ("id",), source)
    document = Document(
        id=document_id(explicit or (_url_key(url) if url else key)),
        text=_require_text(normalize(text), source),
        path=path,
        title=_clean(_string_field(record, ("title",), source)),
        published=_parse_date(record[date_field], source, date_field, warn) if date_field else None,
        url=url,
        source=_clean(_string_field(record, _SOURCE_FIELDS, source)),
    )
    return replace(document, language=language) if language else document


def _string_field(record: dict[str, Any], names: tuple[str, ...], source: str) -> str | None:
    for name in names:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise DocumentError(f"{source}: field {name!r} is {_json_type(value)}, not a string")
        return value
    return None


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


# --------------------------------------------------------------------------------------------- dates

_GERMAN_DATE = re.compile(
    r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?:,?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s*Uhr)?)?$"
)


def _parse_date(value: Any, source: str, field: str, warn: Warn) -> datetime | None:
    """A publication time from ISO 8601 or German `25.01.2022 01:42`; a zone offset is dropped.

    kg resolves "heute" and "am Mittwoch" against the wall-clock time the article gives, and
    naive datetimes keep every document comparable with every other. An unreadable date costs
    the date, not the document.
    """
    if value is None or value == "":
        return None
    parsed = parse_date(value.strip()) if isinstance(value, str) else None
    if parsed is None:
        warn(DocumentWarning(f"{source}: {field} {repr(value)[:60]} is not a date; kept without one"))
    return parsed


def parse_date(value: str) -> datetime | None:
    """`25.01.2022`, `25.01.2022 01:42 Uhr` or ISO 8601; None if the text is no date."""
    match = _GERMAN_DATE.match(value)
    if match:
        return _datetime(match["year"], match["month"], match["day"], match["hour"], match["minute"])
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=None)


def _datetime(year: str, month: str, day: str, hour: str | None, minute: str | None) -> datetime | None:
    try:
        return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
    except ValueError:
        return None


# -------------------------------------------------------------------------------------------- helpers


def _require_text(text: str, source: str) -> str:
    if not text.strip():
        raise DocumentError(f"{source}: no text")
    return text


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(normalize(value).split())
    return value or None


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _one_line(message: str) -> str:
    """Escape what would break a one-line message (newlines, control characters, bad bytes)."""
    return "".join(c if c.isprintable() or c == " " else ascii(c)[1:-1] for c in message)


# -------------------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _Source:
    """Where a document came from: `name` for messages, `path` for provenance, `stem` for ids."""

    name: str
    path: str | None
    stem: str

    @classmethod
    def of(cls, path: Path) -> _Source:
        if path == STDIN:
            return cls("<stdin>", None, "stdin")
        return cls(_one_line(str(path)), str(path), path.stem or path.name)


def _kind(path: Path, head: bytes) -> Kind:
    """The format by suffix, or by a look at the first bytes (standard input, unknown suffixes)."""
    kind = _KINDS.get(path.suffix.lower())
    if kind is not None:
        return kind
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024].lower()
    if start[:1] in (b"{", b"["):
        return "json"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in start:
        return "html"
    return "text"


def read_path(path: Path) -> Iterator[Document | DocumentError]:
    """The documents in one file (or `-` for standard input), and the problems, as they come."""
    pending: list[DocumentWarning] = []
    for item in _read_path(path, pending.append):
        yield item
        yield from pending
        pending.clear()


def _read_path(path: Path, warn: Warn) -> Iterator[Document | DocumentError]:
    source = _Source.of(path)
    try:
        stream = sys.stdin.buffer if path == STDIN else _open(path, source)
    except DocumentError as err:
        yield err
        return
    try:
        head = stream.peek(1024)[:1024] if hasattr(stream, "peek") else b""
        kind = _kind(path, head)
        if kind == "jsonl":
            yield from _json_lines(stream, source, warn)
        else:
            yield from _whole(_read_capped(stream, source), kind, source, warn)
    except DocumentError as err:
        yield err
    except OSError as err:
        yield DocumentError(f"{source.name}: cannot read ({err.strerror or err})")
    finally:
        if path != STDIN:
            stream.close()


def _open(path: Path, source: _Source) -> BinaryIO:
    """Open a regular file for reading; devices and FIFOs are refused (reading them may never end)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(f"{source.name}: not a regular file")
        return path.open("rb")
    except FileNotFoundError as err:
        raise DocumentError(f"{source.name}: no such file or folder") from err
    except OSError as err:
        raise DocumentError(f"{source.name}: cannot read ({err.strerror or err})") from err


def _read_capped(stream: BinaryIO, source: _Source) -> bytes:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise DocumentError(f"{source.name}: larger than {_size(MAX_BYTES)}, skipped")
    if not data.strip():
        raise DocumentError(f"{source.name}: empty")
    return data


def _whole(data: bytes, kind: Kind, source: _Source, warn: Warn) -> Iterator[Document | DocumentError]:
    if kind == "json":
        yield from _json_document(data, source, warn)
    elif kind == "html":
        yield parse_html(_decode_html(data, source.name), path=source.path, key=source.stem, warn=warn)
    elif kind == "markdown":
        yield parse_markdown(decode(data, source=source.name), path=source.path, key=source.stem, warn=warn)
    else:
        yield parse_text(decode(data, source=source.name), path=source.path, key=source.stem)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


def _decode_html(data: bytes, source: str) -> str:
    """A page's declared `<meta charset>` wins when the bytes agree with it; else detect."""
    match = _META_CHARSET.search(data[:4096])
    if match and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            encoding = codecs.lookup(match[1].decode("ascii")).name
            return _reject_binary(data.decode("cp1252" if encoding == "iso8859-1" else encoding), source)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to detection
    return decode(data, source=source)


def _json_document(data: bytes, source: _Source, warn: Warn) -> Iterator[Document | DocumentError]:
    """A `.json` file: one record, an array of records, or JSON Lines under the wrong suffix."""
    text = decode(data, source=source.name)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":
            yield from _json_lines(iter(text.encode("utf-8").splitlines(keepends=True)), source, warn)
        else:
            yield DocumentError(f"{source.name}:{err.lineno}: not valid JSON ({err.msg})")
        return
    except (ValueError, RecursionError) as err:
        yield DocumentError(f"{source.name}: not usable JSON ({_reason(err)})")
        return
    records = value if isinstance(value, list) else [value]
    if not records:
        yield DocumentError(f"{source.name}: empty array, no records")
    for number, record in enumerate(records, start=1):
        key = source.stem if len(records) == 1 else f"{source.stem}-{number}"
        where = source.name if len(records) == 1 else f"{source.name}: record {number}"
        try:
            yield parse_record(record, source=where, key=key, path=source.path, warn=warn)
        except DocumentError as err:
            yield err


def _json_lines(lines: Iterable[bytes], source: _Source, warn: Warn) -> Iterator[Document | DocumentError]:
    """One record per line; a bad line is reported with its number and the rest are read."""
    empty = True
    for number, line in enumerate(_capped_lines(lines), start=1):
        where = f"{source.name}:{number}"
        if line is None:
            yield DocumentError(f"{where}: line longer than {_size(MAX_BYTES)}, skipped")
            continue
        if not line.strip():
            continue
        empty = False
        try:
            record = _json_line(line, where)
            yield parse_record(record, source=where, key=f"{source.stem}-{number}", path=source.path, warn=warn)
        except DocumentError as err:
            yield err
    if empty:
        yield DocumentError(f"{source.name}: empty")


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit} bytes"


def _capped_lines(lines: Iterable[bytes]) -> Iterator[bytes | None]:
    """Lines as they are, `None` for a line too long to hold (its bytes are skipped, not kept)."""
    if hasattr(lines, "readline"):
        while True:
            line = lines.readline(MAX_BYTES + 1)
            if not line:
                return
            if len(line) > MAX_BYTES and not line.endswith(b"\n"):
                while (rest := lines.readline(MAX_BYTES)) and not rest.endswith(b"\n"):
                    pass
                yield None
            else:
                yield line
    else:
        yield from lines


def _json_line(line: bytes, where: str) -> Any:
    if line.startswith(codecs.BOM_UTF8):
        line = line[len(codecs.BOM_UTF8) :]
    try:
        return json.loads(decode(line, source=where))
    except json.JSONDecodeError as err:
        raise DocumentError(f"{where}: not valid JSON ({err.msg} at column {err.colno})") from err
    except (ValueError, RecursionError) as err:
        raise DocumentError(f"{where}: not usable JSON ({_reason(err)})") from err


def _reason(err: BaseException) -> str:
    return "nested too deeply" if isinstance(err, RecursionError) else str(err).split(":")[0]


def _files_under(folder: Path) -> list[Path]:
    """Readable documents under `folder`, sorted; hidden files and folders (`.git`, ...) are skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root, f) for f in files if not f.startswith(".") and Path(f).suffix.lower() in SUFFIXES]
    return sorted(found)


def iter_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and the readable files under each folder, in a stable order, each once.

    `-` (standard input) passes through; a file named twice, or inside a folder also named, is
    read once.
    """
    return (path for path in _expand(paths) if isinstance(path, Path))


def _expand(paths: Iterable[Path]) -> Iterator[Path | DocumentError]:
    """`iter_paths`, and an error for each folder that holds no readable file."""
    seen: set[Path] = set()
    for given in paths:
        folder = given != STDIN and given.is_dir()
        files = _files_under(given) if folder else [given]
        if folder and not files:
            yield DocumentError(f"{given}: folder has no {', '.join(SUFFIXES)} files")
        for file in files:
            real = _real(file)
            if real not in seen:
                seen.add(real)
                yield file


def _real(path: Path) -> Path:
    if path == STDIN:
        return path
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return path.absolute()


def read_documents(paths: Iterable[Path], *, on_error: OnError | None = None) -> Iterator[Document]:
    """Every document in `paths` (files, folders, `-`), with ids unique within the run.

    Each problem is passed to `on_error` as it happens and reading goes on; without `on_error`
    the first `DocumentError` is raised and `DocumentWarning`s are ignored. A folder with no
    readable file is an error. Ids are stable: a file's stem, a record's `id` field or url (else
    file stem and line); a clash with a different text gets `-2`, `-3`, ...; an exact repeat
    (same id, same text) is skipped with a warning.
    """
    ids = _Ids()
    for path in _expand(paths):
        if isinstance(path, DocumentError):
            _report(path, on_error)
            continue
        for item in read_path(path):
            if isinstance(item, Document):
                item = ids.claim(item)
            if isinstance(item, Document):
                yield item
            else:
                _report(item, on_error)


def _report(error: DocumentError, on_error: OnError | None) -> None:
    if on_error is not None:
        on_error(error)
    elif not isinstance(error, DocumentWarning):
        raise error


class _Ids:
    """Ids handed out in one run: a clash gets a numbered suffix, an exact repeat is refused."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}

    def claim(self, document: Document) -> Document | DocumentError:
        digest = _text_key(document.text)
        ident, number = document.id, 1
        while ident in self.texts:
            if self.texts[ident] == digest:
                where = document.path or "<stdin>"
                return DocumentWarning(f"{where}: {document.id!r} repeats document {ident!r}; skipped")
            number += 1
            ident = f"{document.id}-{number}"
        self.texts[ident] = digest
        return document if ident == document.id else replace(document, id=ident)


__all__ = [
    "MAX_BYTES",
    "STDIN",
    "SUFFIXES",
    "DocumentError",
    "DocumentWarning",
    "OnError",
    "decode",
    "document_id",
    "iter_paths",
    "normalize",
    "parse_html",
    "parse_markdown",
    "parse_record",
    "parse_text",
    "read_documents",
    "read_path",
]
