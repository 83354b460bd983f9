"""Reading documents: files and folders of them become `Document`s.

A seed-style first line (` date 2022-01 <title> Stand: 25.01.2022 01:42 Uhr`) is metadata:
it gives title and publication time and is not part of `Document.text`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from kg.records import Document

SUFFIXES = (".txt",)

_HEADER = re.compile(
    r"^\s*date\s+\d{4}-\d{2}\s+(?P<title>.*?)\s+Stand:\s*"
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?:\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*Uhr)?\s*$"
)


class DocumentError(ValueError):
    """A document that cannot be read; the message says which and why in one line."""


def document_id(key: str) -> str:
    """A stable id: a readable stem where there is one, else a hash."""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", key).strip("-")
    return stem[:80] if stem else hashlib.sha256(key.encode()).hexdigest()[:16]


def parse_text(raw: str, *, path: str | None = None, key: str | None = None) -> Document:
    """Split a seed-style header off `raw` and return the document."""
    title, published, text = None, None, raw
    first, _, rest = raw.partition("\n")
    match = _HEADER.match(first)
    if match:
        title = match["title"]
        published = datetime(
            int(match["year"]), int(match["month"]), int(match["day"]),
            int(match["hour"] or 0), int(match["minute"] or 0),
        )
        text = rest.lstrip("\n")
    ident = document_id(key or (Path(path).stem if path else hashlib.sha256(raw.encode()).hexdigest()[:16]))
    return Document(id=ident, text=text, path=path, title=title, published=published)


def read_file(path: Path) -> Document:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DocumentError(f"{path}: cannot read ({err.strerror or err})") from err
    except UnicodeDecodeError as err:
        raise DocumentError(f"{path}: not UTF-8 text ({err.reason})") from err
    return parse_text(raw, path=str(path))


def iter_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and the readable files under each folder, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def read_documents(paths: Iterable[Path]) -> Iterator[Document]:
    for path in iter_paths(paths):
        yield read_file(path)
