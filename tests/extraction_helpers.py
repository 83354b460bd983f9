"""Helpers of the extraction tests: run a document through an extractor and read what it found."""

from __future__ import annotations

from datetime import datetime

from kg.extract import Extractor
from kg.records import Document, Extraction

TUESDAY = datetime(2022, 1, 25, 9, 30)


def run(extractor: Extractor, text: str, published: datetime | None = TUESDAY) -> Extraction:
    return extractor(Document(id="t", text=text, published=published))


def names(extraction: Extraction) -> dict[str, str]:
    return {a.id: a.name for a in extraction.actors}


def speakers(ex: Extraction) -> list[tuple[str | None, str | None, str]]:
    return [(names(ex).get(s.speaker or ""), s.cue, s.content) for s in ex.statements]


def roles(extraction: Extraction, event_type: str) -> list[tuple[str, str]]:
    event = next(e for e in extraction.events if e.type == event_type)
    return [(p.role, names(extraction)[p.actor]) for p in event.participants]
