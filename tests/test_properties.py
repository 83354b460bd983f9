"""Properties of the extraction on arbitrary text (hypothesis): it never raises, every offset slices to the
text it claims, the JSON form round-trips, and the RDF conforms to the SHACL shapes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.documents import normalize
from kg.extract import Extractor
from kg.rdf import to_graph
from kg.records import Document, Extraction, Statement
from kg.validate import validate

# Words that make the rules fire: names, roles, cue verbs, Konjunktiv, quotation marks, dates, event triggers.
VOCABULARY = (
    "Olaf Scholz", "Scholz", "Bundeskanzler", "Annalena Baerbock", "die Außenministerin", "Joe Biden",
    "US-Präsident", "Merz", "CDU", "SPD", "die Bundesregierung", "Russland", "die Ukraine", "die NATO",
    "Moskau", "Berlin", "in Kiew", "Frankreich", "Emmanuel Macron", "Wladimir Putin", "der Kreml",
    "sagte", "erklärte", "betonte", "warnte", "forderte", "kündigte an", "wies zurück", "kritisierte",
    "sagte der", "sagte dem Spiegel", "laut", "zufolge", "nach Angaben", "dass", "sei", "habe", "werde",
    "wolle", "könne", "nicht", "kein", "man", "er", "sie", "wir", "ihr", "es", "die", "der", "das", "den",
    "und", "oder", "aber", "am Mittwoch", "heute", "gestern", "am Abend", "im Januar", "25. Januar 2022",
    "2022", "nächste Woche", "8500 Soldaten", "verlegen", "angegriffen", "Sanktionen", "verhängt",
    "getroffen", "Gespräche", "Angriff", "droht", "verhandeln", "protestierten", "Tausende",
    "„", "“", '"', "»", "«", "‚", "‘", ",", ".", ":", ";", "?", "!", "–", "(", ")", "\n", "\n\n",
)  # fmt: skip

german = st.lists(st.sampled_from(VOCABULARY), max_size=60).map(" ".join)
anything = st.text(max_size=200)
mixed = st.lists(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=8)), max_size=40).map(" ".join)
texts = st.one_of(german, anything, mixed)
dates = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 12, 31))
published = st.one_of(st.none(), dates)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def document(text: str, when: datetime | None) -> Document:
    return Document(id="prop", text=text, published=when, title="Eigenschaft")


def offset_problems(extraction: Extraction) -> Iterator[str]:
    """Every span that does not slice the document text to what the record says."""
    text = extraction.document.text

    def span(what: str, start: int, end: int, expected: str | None = None) -> Iterator[str]:
        if not 0 <= start <= end <= len(text):
            yield f"{what}: span {start}:{end} outside 0:{len(text)}"
        elif expected is not None and text[start:end] != expected:
            yield f"{what}: text[{start}:{end}] is {text[start:end]!r}, record says {expected!r}"

    for actor in extraction.actors:
        for mention in actor.mentions:
            yield from span(f"actor {actor.id}", mention.start, mention.end, mention.text)
    for place in extraction.places:
        for mention in place.mentions:
            yield from span(f"place {place.id}", mention.start, mention.end, mention.text)
    for statement in extraction.statements:
        whole = statement.content if not statement.parts else None  # pieces around an attribution: joined
        yield from span(f"statement {statement.id}", statement.start, statement.end, whole)
        yield from _pieces(statement, text)
        for name, pair in (("speaker", statement.speaker_span), ("cue", statement.cue_span)):
            if pair is not None:
                yield from span(f"statement {statement.id} {name}", *pair)
    for event in extraction.events:
        yield from span(f"event {event.id}", event.start, event.end, event.trigger)
        if event.time is not None:
            yield from span(f"event {event.id} time", event.time.start, event.time.end, event.time.text)


def _pieces(statement: Statement, text: str) -> Iterator[str]:
    """A content of pieces is made of its pieces in order, each inside the statement's span."""
    at = 0
    for a, b in statement.parts:
        if not statement.start <= a < b <= statement.end:
            yield f"statement {statement.id}: piece {a}:{b} outside {statement.start}:{statement.end}"
        at = statement.content.find(text[a:b], at)
        if at < 0:
            yield f"statement {statement.id}: piece {text[a:b]!r} not in its content {statement.content!r}"
            return
        at += b - a


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts, published)
@example("¨ §s  0a", None)  # an organisation the recogniser found among signs and spaces
@example("Olaf Scholz laut Olaf Scholz laut “", None)  # a content of two pieces around an attribution
@example("Olaf Scholz sagte aber aber “", None)  # frame words and nothing said
def test_extraction_never_raises_and_every_offset_slices_its_text(
    extractor: Extractor, text: str, when: datetime | None
) -> None:
    extraction = extractor(document(normalize(text), when))
    assert list(offset_problems(extraction)) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(anything)
def test_raw_unnormalised_text_does_not_break_the_extraction(extractor: Extractor, text: str) -> None:
    """Text that did not come through kg.documents (a notebook user's string) is still safe."""
    extraction = extractor(document(text, None))
    assert list(offset_problems(extraction)) == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts, published)
def test_json_form_round_trips(extractor: Extractor, text: str, when: datetime | None) -> None:
    extraction = extractor(document(normalize(text), when))
    data = json.loads(json.dumps(extraction.to_json(), ensure_ascii=False))
    assert Extraction.from_json(data) == extraction


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(german, published)
def test_rdf_conforms_to_the_shapes(extractor: Extractor, text: str, when: datetime | None) -> None:
    extraction = extractor(document(normalize(text) or "Leer.", when))
    conforms, report = validate(to_graph(extraction))
    assert conforms, report
