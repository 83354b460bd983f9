"""The views as networkx graphs: nodes keyed by IRI with `kind`, `label`, `tooltip`; edges with `label`,
`weight`, `tooltip`. All text is plain: the page escapes it, GraphML and GEXF keep it as data.

- actors: actor → actor, for who addressed, accused, demanded of or spoke about whom (statements) and who met,
  accused, threatened … whom (events), one edge per ordered pair, weighted by how many statements and events
  link them and labelled by what does;
- statements: speaker → statement → the actors it is addressed to or speaks about;
- events: actor → event (agent, participant) and event → actor (target), event → place;
- full: statements and events together, with the statements that report an event linked to it;
- ego: the full graph within `depth` steps of one actor.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import networkx as nx

from kg.views.data import Actor, Event, Statement, ViewData
from kg.views.page import ViewError

EVIDENCE_LIMIT = 8  # quotes listed in one edge's tooltip; the rest are counted
LABEL_LENGTH = 48

# What a link says in the actor network: by speech act (speaker → addressee), by PLOVER type (agent → target).
SPEECH_VERBS = {
    "accusation": "accused", "demand": "demanded of", "warning": "warned", "threat": "threatened",
    "denial": "denied to", "rejection": "rejected", "announcement": "announced to", "assurance": "assured",
    "question": "asked", "agreement": "agreed with", "claim": "addressed", "report": "addressed",
    "attribution": "addressed",
}
EVENT_VERBS = {
    "AGREE": "agreed with", "CONSULT": "met", "SUPPORT": "supported", "CONCEDE": "conceded to",
    "COOPERATE": "cooperated with", "AID": "aided", "RETREAT": "retreated before", "REQUEST": "requested of",
    "ACCUSE": "accused", "REJECT": "rejected", "THREATEN": "threatened", "PROTEST": "protested against",
    "SANCTION": "sanctioned", "MOBILIZE": "mobilised against", "COERCE": "coerced", "ASSAULT": "attacked",
}
# Actors who do an event together, with no one it is done to.
JOINT_VERBS = {"CONSULT": "met", "AGREE": "agreed with", "COOPERATE": "cooperated with"}
_ACTING_ROLES = ("agent", "participant")  # a speaker only reports the event


@dataclass
class _Link:
    """An edge being collected: how often each relation links the pair, and the evidence for it."""

    relations: Counter[str] = field(default_factory=Counter)
    evidence: list[str] = field(default_factory=list)
    directed: bool = False  # whether any relation goes from source to target (not just "together")


class _Builder:
    """Collects nodes and links, then writes them as a DiGraph with plain scalar attributes."""

    def __init__(self, data: ViewData) -> None:
        self.data = data
        self.graph = nx.DiGraph()
        self.links: dict[tuple[str, str], _Link] = {}

    def actor(self, iri: str) -> str:
        if iri not in self.graph:
            actor = self.data.actors.get(iri) or Actor(iri, iri.rsplit("/", 1)[-1], "Actor")
            self.graph.add_node(iri, kind=actor.type, label=actor.name, tooltip=actor_text(actor))
        return iri

    def statement(self, statement: Statement) -> str:
        self.graph.add_node(
            statement.iri, kind="Statement", label=_short(f"„{statement.content}“"),
            tooltip=statement_text(statement, self.data),
        )
        return statement.iri

    def event(self, event: Event) -> str:
        self.graph.add_node(
            event.iri, kind="Event", label=_short(f"{event.trigger} ({event.type})"),
            tooltip=event_text(event, self.data),
        )
        return event.iri

    def place(self, iri: str) -> str:
        name = self.data.places.get(iri, iri.rsplit("/", 1)[-1])
        self.graph.add_node(iri, kind="Place", label=name, tooltip=f"{name}\nPlace")
        return iri

    def link(self, source: str, target: str, relation: str, evidence: str = "", *, directed: bool = True) -> None:
        found = self.links.setdefault((source, target), _Link())
        found.relations[relation] += 1
        found.directed |= directed
        if evidence:
            found.evidence.append(evidence)

    def build(self) -> nx.DiGraph:
        for (source, target), link in self.links.items():
            label = ", ".join(r if n == 1 else f"{r} ×{n}" for r, n in link.relations.most_common())
            self.graph.add_edge(
                source, target, label=label, weight=sum(link.relations.values()), directed=link.directed,
                tooltip=_edge_text(self.graph, source, target, label, link.evidence),
            )
        return self.graph


def actors_graph(data: ViewData) -> nx.DiGraph:
    """Actor → actor links from statements (speaker to addressee or to whom it speaks about) and events."""
    builder = _Builder(data)
    for statement in data.statements.values():
        if statement.speaker not in data.actors:
            continue
        for actor, relation in statement.links:
            # an addressee hears the speech act; an actor named inside the content is spoken about
            if actor == statement.speaker or relation == "medium":
                continue
            verb = "spoke about" if relation == "about" else _speech_verb(statement)
            speaker = builder.actor(statement.speaker)
            builder.link(speaker, builder.actor(actor), verb, quote_line(statement, data))
    for event in data.events.values():
        for source, target, verb, directed in _event_links(event):
            builder.link(builder.actor(source), builder.actor(target), verb, event_line(event, data), directed=directed)
    return builder.build()


def _speech_verb(statement: Statement) -> str:
    return SPEECH_VERBS.get(statement.act or "", "addressed")


def _event_links(event: Event) -> list[tuple[str, str, str, bool]]:
    """Who acts on whom: agents and participants → targets, else agents → participants, labelled with the
    event's verb; else the participants with each other, once a pair, as doing it together."""
    def having(*roles: str) -> list[str]:
        return sorted({actor for actor, role in event.participants if role in roles})

    verb = EVENT_VERBS.get(event.type, event.type.lower())
    acting, targets = having(*_ACTING_ROLES), having("target", "addressee")
    if not targets:
        acting, targets = having("agent"), having("participant")
    if targets and acting:
        return [(a, t, verb, True) for a in acting for t in targets if a != t]
    together = acting or targets
    joint = JOINT_VERBS.get(event.type, f"together: {event.type}")
    return [(a, b, joint, False) for i, a in enumerate(together) for b in together[i + 1 :]]


def statements_graph(data: ViewData) -> nx.DiGraph:
    builder = _Builder(data)
    _add_statements(builder)
    return builder.build()


def _add_statements(builder: _Builder) -> None:
    for statement in builder.data.statements.values():
        node = builder.statement(statement)
        if statement.speaker:
            builder.link(builder.actor(statement.speaker), node, statement.cue or "said")
        for actor, relation in statement.links:
            if actor != statement.speaker:
                builder.link(node, builder.actor(actor), relation)


def events_graph(data: ViewData) -> nx.DiGraph:
    builder = _Builder(data)
    _add_events(builder)
    return builder.build()


def _add_events(builder: _Builder) -> None:
    for event in builder.data.events.values():
        node = builder.event(event)
        for actor, role in event.participants:
            if role in ("target", "addressee"):
                builder.link(node, builder.actor(actor), role)
            else:
                builder.link(builder.actor(actor), node, role)
        if event.place:
            builder.link(node, builder.place(event.place), "at")


def full_graph(data: ViewData) -> nx.DiGraph:
    builder = _Builder(data)
    _add_statements(builder)
    _add_events(builder)
    for event in data.events.values():
        if event.statement in data.statements:
            builder.link(event.statement, event.iri, "reports")
    return builder.build()


def ego_graph(data: ViewData, actor: str, depth: int = 2) -> nx.DiGraph:
    """Everything within `depth` links of the actor named `actor`, in either direction."""
    if depth < 1:
        raise ViewError(f"depth must be at least 1, not {depth}")
    center = data.actor_named(actor)
    full = full_graph(data)
    if center.iri not in full:
        raise ViewError(f"{center.name!r} has no statements or events in the graph")
    return nx.ego_graph(full, center.iri, radius=depth, undirected=True)


VIEWS: dict[str, Callable[[ViewData], nx.DiGraph]] = {
    "actors": actors_graph,
    "statements": statements_graph,
    "events": events_graph,
    "full": full_graph,
}


# Tooltip text: plain, one fact a line.

def actor_text(actor: Actor) -> str:
    lines = [actor.name, " · ".join(filter(None, (actor.type, actor.roles)))]
    if actor.mentions:
        lines.append(f"{actor.mentions} mentions in {actor.documents} document(s)")
    return "\n".join(lines)


def statement_text(statement: Statement, data: ViewData) -> str:
    how = " · ".join(filter(None, (
        f"cue: {statement.cue}" if statement.cue else None,
        f"speech act: {statement.act}" if statement.act else None,
        statement.mode,
    )))
    return "\n".join(filter(None, (
        f"„{statement.content}“",
        f"Speaker: {_name(data, statement.speaker)}",
        how,
        f"Date: {statement.date}" if statement.date else None,
        f"Sentence: {statement.sentence}" if statement.sentence else None,
        f"Document: {_document(data, statement.document)}",
    )))


def event_text(event: Event, data: ViewData) -> str:
    people = ", ".join(f"{_name(data, a)} ({role})" for a, role in event.participants)
    return "\n".join(filter(None, (
        f"{event.trigger}: {event.type}" + (f" ({event.status})" if event.status else ""),
        f"Participants: {people}" if people else None,
        f"Date: {event.date}" if event.date else None,
        f"Place: {data.places.get(event.place, event.place)}" if event.place else None,
        f"Quantity: {event.quantity}" if event.quantity else None,
        f"Sentence: {event.sentence}" if event.sentence else None,
        f"Document: {_document(data, event.document)}",
    )))


def quote_line(statement: Statement, data: ViewData) -> str:
    """One statement as evidence for a link: quote, speaker, cue, date, sentence, document."""
    head = ", ".join(filter(None, (_name(data, statement.speaker), statement.cue, statement.date)))
    return "\n".join(filter(None, (
        f"„{statement.content}“ ({head})",
        f"  Sentence: {statement.sentence}" if statement.sentence else None,
        f"  Document: {_document(data, statement.document)}",
    )))


def event_line(event: Event, data: ViewData) -> str:
    head = ", ".join(filter(None, (event.type, event.status, event.date)))
    return "\n".join(filter(None, (
        f"{event.trigger} ({head})",
        f"  Sentence: {event.sentence}" if event.sentence else None,
        f"  Document: {_document(data, event.document)}",
    )))


def _edge_text(graph: nx.DiGraph, source: str, target: str, label: str, evidence: list[str]) -> str:
    head = f"{graph.nodes[source]['label']} → {graph.nodes[target]['label']}: {label}"
    shown = evidence[:EVIDENCE_LIMIT]
    more = len(evidence) - len(shown)
    return "\n\n".join([head, *shown, *([f"… and {more} more"] if more else [])])


def _name(data: ViewData, iri: str | None) -> str:
    if iri is None:
        return "unknown"
    actor = data.actors.get(iri)
    return actor.name if actor else iri.rsplit("/", 1)[-1]


def _document(data: ViewData, doc_id: str) -> str:
    document = data.documents.get(doc_id)
    return f"{doc_id}: {document.title}" if document and document.title else doc_id


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1].rstrip() + "…"
