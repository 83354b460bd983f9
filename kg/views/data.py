"""What the views draw, read from the store with the SPARQL in kg/queries/views/ and filtered in Python.

One load serves every view: actors, statements, events, places and documents as small records keyed by IRI.
The store's union of document graphs repeats shared triples, so every record is kept once, first row wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Protocol

from kg.paths import QUERIES_DIR
from kg.views.page import ViewError
from kg.vocab import PLOVER

VIEW_QUERIES = QUERIES_DIR / "views"
ACTOR_TYPES = ("Person", "Organization", "Country", "Group")
EVENT_TYPES = tuple(name for name in PLOVER.__annotations__ if name.isupper())  # PLOVER's top-level types
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# A sentence ends at . ! ? or … (and any closing quotes or brackets) before a space, or at a line break;
# not at the dot of an ordinal ("am 24. Januar"), an initial or a common abbreviation.
_SENTENCE_END = re.compile(r"[.!?…][\"'“”„»«’)]*(?=\s)\s*|\n+")
_ABBREVIATIONS = frozenset({"dr", "prof", "nr", "bzw", "ca", "vgl", "st", "abs", "mio", "mrd", "z.b", "u.a", "d.h"})


class Queryable(Protocol):
    """What the views need of a store: `kg.store.Store` has it."""

    def query(self, sparql: str) -> Any: ...


@dataclass(frozen=True)
class Document:
    id: str
    title: str | None
    published: str | None  # ISO date
    text: str

    def sentence(self, start: int, end: int) -> str:
        """The sentence(s) holding `text[start:end]`: from the sentence end before it to the one after it."""
        begin = max((m.end() for m in self._ends(0, start)), default=0)
        after = next(self._ends(max(end - 1, start), len(self.text)), None)  # the content may end its sentence
        return self.text[begin : after.end() if after else len(self.text)].strip()

    def _ends(self, start: int, end: int) -> Iterator[re.Match[str]]:
        for match in _SENTENCE_END.finditer(self.text, start, end):
            if not (match[0].startswith(".") and self._abbreviated(match.start())):
                yield match

    def _abbreviated(self, dot: int) -> bool:
        word = self.text[self.text.rfind(" ", 0, dot) + 1 : dot].lower()
        return word.isdigit() or (len(word) == 1 and word.isalpha()) or word in _ABBREVIATIONS


@dataclass(frozen=True)
class Actor:
    iri: str
    name: str
    type: str  # Person, Organization, Country, Group, or Actor when the store does not say
    roles: str = ""
    mentions: int = 0
    documents: int = 0


@dataclass(frozen=True)
class Statement:
    iri: str
    content: str
    mode: str
    cue: str | None
    act: str | None  # speech act, local name
    speaker: str | None  # actor IRI
    document: str
    date: str | None  # the document's publication date
    sentence: str
    links: tuple[tuple[str, str], ...] = ()  # (actor IRI, relation: addressee, medium, about)


@dataclass(frozen=True)
class Event:
    iri: str
    trigger: str
    type: str  # PLOVER
    status: str | None
    date: str | None
    place: str | None  # place IRI
    quantity: str | None
    statement: str | None  # IRI of the statement that reports it
    document: str
    sentence: str
    participants: tuple[tuple[str, str], ...] = ()  # (actor IRI, role)


@dataclass(frozen=True)
class Filters:
    """What to keep: dates are ISO (`2022`, `2022-01`, `2022-01-26`), bounds included; empty means all."""

    since: str | None = None
    until: str | None = None
    event_types: frozenset[str] = frozenset()
    actor_types: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        for value in (self.since, self.until):
            if value is not None and not _is_date(value):
                raise ViewError(f"invalid date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
        unknown = self.actor_types - set(ACTOR_TYPES)
        if unknown:
            raise ViewError(f"unknown actor type {sorted(unknown)[0]!r}: use one of {', '.join(ACTOR_TYPES)}")
        object.__setattr__(self, "event_types", frozenset(t.upper() for t in self.event_types))
        unknown = self.event_types - set(EVENT_TYPES)
        if unknown:
            raise ViewError(f"unknown event type {sorted(unknown)[0]!r}: use one of {', '.join(EVENT_TYPES)}")

    def describe(self) -> str:
        parts = []
        if self.since or self.until:
            since = f" from {self.since}" if self.since else ""
            until = f" until {self.until}" if self.until else ""
            parts.append(f"dated{since}{until}")
        for name, values in (("event types", self.event_types), ("actor types", self.actor_types),
                             ("documents", self.documents)):
            if values:
                parts.append(f"{name} {', '.join(sorted(values))}")
        return "Filtered: " + "; ".join(parts) + "." if parts else ""

    def dated(self, value: str | None) -> bool:
        """Whether an item of date `value` falls in the range; an undated item only when no range is set."""
        if not (self.since or self.until):
            return True
        if not value:
            return False
        low, high = _bounds(value)
        after_start = not self.since or high >= _bounds(self.since)[0]
        return after_start and (not self.until or low <= _bounds(self.until)[1])


def _is_date(value: str) -> bool:
    for layout in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            datetime.strptime(value, layout)
        except ValueError:
            continue
        return True
    return False


def _bounds(value: str) -> tuple[str, str]:
    """The first and last day an ISO date of any granularity covers, as comparable text."""
    match = _ISO_DATE.match(value)
    text = match[0] if match else value[:4]
    padding = {4: ("-01-01", "-12-31"), 7: ("-01", "-31")}.get(len(text), ("", ""))
    return text + padding[0], text + padding[1]


@dataclass
class ViewData:
    actors: dict[str, Actor] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)  # IRI -> name
    documents: dict[str, Document] = field(default_factory=dict)

    def actor_named(self, name: str) -> Actor:
        """The actor called `name` (case does not matter), or the only one whose name contains it."""
        wanted = name.strip().casefold()
        exact = [a for a in self.actors.values() if a.name.casefold() == wanted]
        partial = exact or [a for a in self.actors.values() if wanted and wanted in a.name.casefold()]
        if len(partial) == 1:
            return partial[0]
        if not partial:
            raise ViewError(f"no actor named {name!r} in the graph")
        names = ", ".join(sorted(a.name for a in partial)[:5])
        raise ViewError(f"{name!r} names {len(partial)} actors ({names}); give the full name")


def load(store: Queryable, filters: Filters | None = None) -> ViewData:
    """Everything the views draw, filtered."""
    data = ViewData()
    data.documents = {row["document"]: _document(row) for row in _rows(store, "documents")}
    data.actors = {row["actor"]: _actor(row) for row in _rows(store, "actors")}
    data.places = {row["place"]: str(row["name"]) for row in _rows(store, "places")}
    links = _grouped(_rows(store, "statement-actors"), "statement", ("actor", "relation"))
    for row in _rows(store, "statements"):
        data.statements.setdefault(row["statement"], _statement(row, data.documents, links))
    participants = _grouped(_rows(store, "event-actors"), "event", ("actor", "role"))
    for row in _rows(store, "events"):
        data.events.setdefault(row["event"], _event(row, data.documents, participants))
    return apply(data, filters) if filters else data


def _rows(store: Queryable, name: str) -> list[dict[str, Any]]:
    result = store.query((VIEW_QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


def _grouped(
    rows: Iterable[dict[str, Any]], key: str, values: tuple[str, str]
) -> dict[str, list[tuple[str, str]]]:
    grouped: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        pair = (str(row[values[0]]), str(row[values[1]]))
        if pair not in grouped.setdefault(row[key], []):
            grouped[row[key]].append(pair)
    return grouped


def _iso(value: Any) -> str | None:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value) if value is not None else None


def _document(row: dict[str, Any]) -> Document:
    return Document(row["document"], row.get("title"), _iso(row.get("published")), str(row["text"]))


def _actor(row: dict[str, Any]) -> Actor:
    return Actor(
        row["actor"], str(row["name"]), row.get("type") or "Actor", row.get("roles") or "",
        int(row.get("mentions") or 0), int(row.get("documents") or 0),
    )


def _statement(row: dict[str, Any], documents: dict[str, Document], links: dict[str, list]) -> Statement:
    document = documents.get(row["document"])
    return Statement(
        iri=row["statement"],
        content=str(row["content"]),
        mode=str(row["mode"]),
        cue=row.get("cue"),
        act=row.get("act"),
        speaker=row.get("speaker"),
        document=row["document"],
        date=document.published if document else None,
        sentence=document.sentence(row["start"], row["end"]) if document else "",
        links=_without_repeats(links.get(row["statement"], [])),
    )


def _without_repeats(links: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """An addressee named inside the content is an addressee, not also someone spoken about."""
    roles = {actor for actor, relation in links if relation != "about"}
    return tuple(link for link in links if link[1] != "about" or link[0] not in roles)


def _event(row: dict[str, Any], documents: dict[str, Document], participants: dict[str, list]) -> Event:
    document = documents.get(row["document"])
    return Event(
        iri=row["event"],
        trigger=str(row["trigger"]),
        type=str(row["type"]),
        status=row.get("status"),
        date=_iso(row.get("date")),
        place=row.get("place"),
        quantity=row.get("quantity"),
        statement=row.get("statement"),
        document=row["document"],
        sentence=document.sentence(row["start"], row["end"]) if document else "",
        participants=tuple(participants.get(row["event"], ())),
    )


def apply(data: ViewData, filters: Filters) -> ViewData:
    """The part of `data` that passes `filters`: items outside are dropped, and links to dropped actors."""
    unknown = sorted(filters.documents - data.documents.keys())
    if unknown:
        known = ", ".join(sorted(data.documents)[:5]) + (", …" if len(data.documents) > 5 else "")
        raise ViewError(f"no document {unknown[0]!r} in the graph (it has {known or 'none'})")
    actors = {
        iri: a for iri, a in data.actors.items() if not filters.actor_types or a.type in filters.actor_types
    }
    statements = {
        iri: replace(s, links=tuple(link for link in s.links if link[0] in actors))
        for iri, s in data.statements.items()
        if (not filters.documents or s.document in filters.documents)
        and filters.dated(s.date)
        and (s.speaker in actors or (s.speaker is None and not filters.actor_types))
    }
    events = {
        iri: replace(e, participants=tuple(p for p in e.participants if p[0] in actors))
        for iri, e in data.events.items()
        if (not filters.documents or e.document in filters.documents)
        and filters.dated(e.date or _published(data, e.document))
        and (not filters.event_types or e.type in filters.event_types)
    }
    events = {iri: e for iri, e in events.items() if e.participants or not filters.actor_types}
    return ViewData(actors, statements, events, data.places, data.documents)


def _published(data: ViewData, document: str) -> str | None:
    found = data.documents.get(document)
    return found.published if found else None
