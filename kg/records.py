"""The extraction's plain typed records and their JSON form.

These dataclasses are the contract between the extraction (which fills them from spaCy
documents) and everything downstream (RDF mapping, evaluation, `kg extract --format json`).
Nothing here knows spaCy or rdflib. Offsets are character offsets into `Document.text`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

ActorType = Literal["Person", "Organization", "Country", "Group"]
SpeechMode = Literal["direct", "indirect", "mixed"]
EventStatus = Literal[
    "occurred", "planned", "considered", "hypothetical", "denied", "negated", "cancelled", "demanded"
]


@dataclass(frozen=True)
class Document:
    """One input article. `id` is stable: derived from the text, not from the path."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    published: datetime | None = None
    language: str = "de"
    url: str | None = None
    source: str | None = None


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Actor:
    id: str
    name: str
    type: ActorType
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    wikidata: str | None = None
    nationality: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    unnamed: bool = False  # known only as what it is (`ein Augenzeuge`): one identity within its document only


@dataclass
class Place:
    id: str
    name: str
    wikidata: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class TimeExpression:
    """A temporal expression as written and its value resolved against the publication date."""

    start: int
    end: int
    text: str
    value: str | None  # ISO 8601: "2022-01-26", "2022-02", "2022-W04", "2022"
    granularity: Literal["day", "week", "month", "quarter", "year", "time"] | None = None


@dataclass
class Statement:
    id: str
    mode: SpeechMode
    content: str  # the text of start..end, or of the parts joined by a space
    start: int  # span of the content in the document text
    end: int
    speaker: str | None = None  # actor id
    speaker_span: tuple[int, int] | None = None
    cue: str | None = None  # lemma of the cue word
    cue_span: tuple[int, int] | None = None
    speech_act: str | None = None  # local name of a concept in ontology/speech-acts.ttl
    addressee: str | None = None  # actor id
    medium: str | None = None  # actor id
    continuation: bool = False
    sentence: str | None = None  # the source sentence(s), for provenance
    parts: list[tuple[int, int]] = field(default_factory=list)  # the content's pieces around an attribution set
    # inside it ("Die Lage sei, so X, angespannt"); empty when the content is start..end


@dataclass
class Participant:
    actor: str  # actor id
    role: Literal["agent", "target", "participant", "speaker", "addressee"]


@dataclass
class Event:
    id: str
    type: str  # PLOVER top-level type, e.g. "MOBILIZE"
    trigger: str
    start: int  # span of the trigger
    end: int
    participants: list[Participant] = field(default_factory=list)
    place: str | None = None  # place id
    date: str | None = None  # resolved ISO date
    time: TimeExpression | None = None
    status: EventStatus = "occurred"
    statement: str | None = None  # statement id, when the event is reported in a statement
    quantity: str | None = None  # e.g. "8500 Soldaten"
    sentence: str | None = None
    mentions: list[Mention] = field(default_factory=list)  # every mention of this event, the trigger's first


@dataclass
class Extraction:
    document: Document
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The JSON contract of `kg extract --format json` (one object per document)."""
        data = dataclasses.asdict(self)
        published = self.document.published
        data["document"]["published"] = published.isoformat() if published else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        doc = dict(data["document"])
        if doc.get("published"):
            doc["published"] = datetime.fromisoformat(doc["published"])
        return cls(
            document=Document(**doc),
            actors=[
                Actor(**{**a, "mentions": [Mention(**m) for m in a.get("mentions", [])]})
                for a in data.get("actors", [])
            ],
            places=[
                Place(**{**p, "mentions": [Mention(**m) for m in p.get("mentions", [])]})
                for p in data.get("places", [])
            ],
            statements=[_statement(s) for s in data.get("statements", [])],
            events=[_event(e) for e in data.get("events", [])],
        )


def _span(value: Any) -> tuple[int, int] | None:
    return (int(value[0]), int(value[1])) if value else None


def _statement(data: dict[str, Any]) -> Statement:
    spans = {name: _span(data.get(name)) for name in ("speaker_span", "cue_span")}
    parts = [(int(start), int(end)) for start, end in data.get("parts", [])]
    return Statement(**{**data, **spans, "parts": parts})


def _event(data: dict[str, Any]) -> Event:
    time = data.get("time")
    return Event(
        **{
            **data,
            "participants": [Participant(**p) for p in data.get("participants", [])],
            "time": TimeExpression(**time) if time else None,
            "mentions": [Mention(**m) for m in data.get("mentions", [])],
        }
    )
