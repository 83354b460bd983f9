"""Hand-made extractions for the view tests: two short articles, one of them carrying markup in a quote.

Offsets are computed from the text, so the records stay right when a sentence is edited.
"""

from __future__ import annotations

from datetime import datetime

from kg.records import Actor, Document, Event, Extraction, Mention, Participant, Place, Statement
from kg.store import Store

INJECTED = '<script>window.__kgInjected = 1</script><img src=x onerror="window.__kgInjected = 2">'

TEXT_1 = (
    "Außenministerin Annalena Baerbock warf Russland am Dienstag Drohungen vor. "
    f'"Wir lassen uns nicht einschüchtern {INJECTED}", sagte Baerbock. '
    "Baerbock traf in Kiew den ukrainischen Präsidenten Wolodymyr Selenskyj."
)
TEXT_2 = (
    "Kanzler Olaf Scholz forderte von Russland, die Truppen abzuziehen. "
    "Scholz sprach am Freitag mit Joe Biden über die Lage."
)


def _span(text: str, part: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = text.index(part, start + 1)
    return start, start + len(part)


def _mention(text: str, part: str, nth: int = 1) -> Mention:
    start, end = _span(text, part, nth)
    return Mention(start, end, part)


def _actor(ident: str, name: str, kind: str, text: str, *parts: str) -> Actor:
    return Actor(id=ident, name=name, type=kind, mentions=[_mention(text, p) for p in parts])


def _statement(ident: str, text: str, content: str, speaker: str, cue: str, act: str, **more: str) -> Statement:
    start, end = _span(text, content)
    return Statement(id=ident, mode="direct", content=content, start=start, end=end, speaker=speaker, cue=cue,
                     speech_act=act, **more)


def _event(ident: str, text: str, trigger: str, kind: str, date: str, *roles: tuple[str, str], **more) -> Event:
    start, end = _span(text, trigger)
    return Event(id=ident, type=kind, trigger=trigger, start=start, end=end, date=date,
                 participants=[Participant(actor, role) for actor, role in roles], **more)


def baerbock() -> Extraction:
    """Baerbock accuses Russia (statement with an addressee), quotes markup, meets Selenskyj in Kiew."""
    text = TEXT_1
    document = Document(id="baerbock", text=text, title="Baerbock in Kiew", published=datetime(2022, 1, 18, 9, 0))
    actors = [
        _actor("a1", "Annalena Baerbock", "Person", text, "Annalena Baerbock"),
        _actor("a2", "Russland", "Country", text, "Russland"),
        _actor("a3", "Wolodymyr Selenskyj", "Person", text, "Wolodymyr Selenskyj"),
    ]
    quote = f"Wir lassen uns nicht einschüchtern {INJECTED}"
    statements = [
        _statement("s1", text, "Russland am Dienstag Drohungen", "a1", "vorwerfen", "accusation", addressee="a2"),
        _statement("s2", text, quote, "a1", "sagen", "claim"),
    ]
    kiew = Place(id="p1", name="Kiew", mentions=[_mention(text, "Kiew")])
    events = [_event("e1", text, "traf", "CONSULT", "2022-01-18", ("a1", "agent"), ("a3", "participant"),
                     place="p1")]
    return Extraction(document, actors, [kiew], statements, events)


def scholz() -> Extraction:
    """Scholz demands of Russia, speaks with Biden (an event a week later)."""
    text = TEXT_2
    document = Document(id="scholz", text=text, title="Scholz fordert Abzug", published=datetime(2022, 1, 25, 8, 0))
    actors = [
        _actor("a1", "Olaf Scholz", "Person", text, "Olaf Scholz"),
        _actor("a2", "Russland", "Country", text, "Russland"),
        _actor("a3", "Joe Biden", "Person", text, "Joe Biden"),
    ]
    statements = [_statement("s1", text, "die Truppen abzuziehen", "a1", "fordern", "demand", addressee="a2")]
    events = [
        _event("e1", text, "sprach", "CONSULT", "2022-01-21", ("a1", "agent"), ("a3", "participant")),
        _event("e2", text, "abzuziehen", "RETREAT", "2022-01-25", ("a2", "agent"), statement="s1"),
    ]
    return Extraction(document, actors, [], statements, events)


def sample_store() -> Store:
    """An in-memory store holding both articles."""
    store = Store.open(None)
    store.add(baerbock())
    store.add(scholz())
    return store
