"""The offline gazetteer: countries, organisations, office holders and places that German news name often.

`ontology/gazetteer.ttl` is the source of truth (SKOS labels, `owl:sameAs` Wikidata links, offices and their
holders as SEM roles); `scripts/build_gazetteer.py` writes it from CLDR and curated tables, together with
`gazetteer.json`, a compact twin that loads in under a tenth of the time rdflib needs to parse the Turtle
(benchmarks/gazetteer_load.py). A test checks that both say the same. This module reads the JSON into plain
dataclasses and answers the questions the extraction asks while it reads an article:

- `lookup("der Nato")`, `lookup("Deutschlands")`, `lookup("US-")`: which known actor or place a name is,
  tolerant of case, articles, German inflection and truncated compounds;
- `compound_prefix("Nato-Generalsekretär")`: the actor a hyphenated compound starts with;
- `country_for_adjective("französischen")`: the country an adjective stands for;
- `government_seat("Moskau")`, `government_seat("des Kremls")`: the country whose government a seat stands
  for;
- `office_holder("Kanzler", "Deutschland", on=date(2022, 1, 25))`: who held an office on a publication date.

Every entry's `id` is its IRI path below the instance base (`actor/Frankreich`, `place/Osteuropa`), the same
path `kg.rdf` gives an actor or place of that canonical name, so a linked actor is one node across documents.
Nothing here imports rdflib or spaCy, except `Gazetteer.from_turtle`, which reads the Turtle to check the
JSON.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

from kg.paths import ONTOLOGY_DIR

EntryType = Literal["Person", "Organization", "Country", "Group", "Place"]

BASE = "https://w3id.org/kg-news/id/"  # the gazetteer's instance namespace (kgi:)
KG = "https://w3id.org/kg-news/ontology#"
WIKIDATA = "http://www.wikidata.org/entity/"
GAZETTEER_TTL = ONTOLOGY_DIR / "gazetteer.ttl"
GAZETTEER_JSON = ONTOLOGY_DIR / "gazetteer.json"
# German news: an office named without its country is Germany's ("der Außenminister").
HOME = "actor/Deutschland"

# When one name fits several entries, a country wins over an organisation over a group, a person, a place.
_TYPE_RANK: dict[str, int] = {"Country": 0, "Organization": 1, "Group": 2, "Person": 3, "Place": 4}
_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
_EDGE_PUNCTUATION = "\"'„“”‚‘’«»‹›()[].,;:!?"
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "’": "'", "ʼ": "'"})
_NOUN_ENDINGS = ("es", "en", "ns", "s", "n")  # genitive -s/-es, dative and weak -n/-en, in order of trying
_ADJECTIVE_ENDINGS = ("em", "en", "er", "es", "e")
_DEMONYM_ENDINGS = (
    "ierinnen", "ierin", "iern", "ier", "erinnen", "erin", "innen", "in", "ern", "er", "en", "n", "e"
)
_UMLAUTS = str.maketrans("aou", "äöü")
_FEMININE = "in"
_ASCII_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d"})


class GazetteerError(ValueError):
    """A gazetteer file that is missing or malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class Entry:
    """A known actor or place. Tuple fields are sorted; ids refer to other entries."""

    id: str  # IRI path below the instance base: "actor/Frankreich", "place/Osteuropa"
    name: str  # canonical German name (skos:prefLabel)
    type: EntryType
    qid: str | None = None  # Wikidata item, e.g. "Q142"
    aliases: tuple[str, ...] = ()  # other names (skos:altLabel)
    forms: tuple[str, ...] = ()  # inflected forms and spellings without diacritics (skos:hiddenLabel)
    kind: str | None = None  # finer kind: party, media, igo, government, seat, city, region, sea, ...
    country: str | None = None  # a person's nationality, where an organisation or place belongs
    parent: str | None = None  # parent organisation
    seat_of: str | None = None  # the country whose government this seat or capital stands for
    iso2: str | None = None  # ISO 3166-1 alpha-2 of a country
    iso3: str | None = None  # ISO 3166-1 alpha-3 of a country
    capital: str | None = None  # a country's capital (a place id)
    adjectives: tuple[str, ...] = ()  # a country's demonym adjective stems: "französisch", "US-amerikanisch"
    family_name: str | None = None  # what news call a person by alone: "Scholz", "von der Leyen"

    @property
    def labels(self) -> tuple[str, ...]:
        """Every surface form to match: name, aliases and forms (for building matcher patterns)."""
        return (self.name, *self.aliases, *self.forms)


@dataclass(frozen=True)
class Role:
    """A generic role that offices are narrower than (Regierungschef, Außenminister)."""

    id: str  # "role/Regierungschef"
    name: str
    labels: tuple[str, ...] = ()  # synonyms and feminine forms, without the name


@dataclass(frozen=True)
class Office:
    """A position in one country or organisation (Bundeskanzler of Deutschland, Generalsekretär of NATO)."""

    id: str  # "office/Deutschland/Bundeskanzler"
    name: str
    of: str  # the entry id of the country or organisation
    roles: tuple[str, ...] = ()  # role ids
    labels: tuple[str, ...] = ()  # other names and feminine forms, without the name


@dataclass(frozen=True)
class Tenure:
    """Who held an office from `start` (inclusive) to `end` (exclusive; None: still in office)."""

    office: str
    holder: str
    start: date | None = None
    end: date | None = None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


def normalize(text: str) -> str:
    """The matching key of a name: NFC, one kind of dash and apostrophe, single spaces, case-folded."""
    text = unicodedata.normalize("NFC", text).translate(_DASHES)
    return " ".join(text.split()).casefold()


def ascii_variant(label: str) -> str:
    """The label without diacritics except German umlauts (Erdoğan → Erdogan, Séjourné → Sejourne)."""
    out = []
    for ch in label.translate(_ASCII_FOLD):
        if ch in "äöüÄÖÜ":
            out.append(ch)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)))
    return unicodedata.normalize("NFC", "".join(out))


class Gazetteer:
    """Entries, roles, offices and tenures with the indexes that answer lookups."""

    def __init__(
        self,
        entries: Iterable[Entry],
        roles: Iterable[Role] = (),
        offices: Iterable[Office] = (),
        tenures: Iterable[Tenure] = (),
    ) -> None:
        self.entries: tuple[Entry, ...] = tuple(sorted(entries, key=lambda e: e.id))
        self.roles: tuple[Role, ...] = tuple(sorted(roles, key=lambda r: r.id))
        self.offices: tuple[Office, ...] = tuple(sorted(offices, key=lambda o: o.id))
        self.tenures: tuple[Tenure, ...] = tuple(sorted(tenures, key=_tenure_key))
        self._by_id = {entry.id: entry for entry in self.entries}
        self._names = _LabelIndex()
        self._seats = _LabelIndex()
        self._adjectives: dict[str, set[str]] = defaultdict(set)
        self._demonyms: dict[str, Entry | None] = {}  # asked for every `der X` of every text: kept once answered
        for entry in self.entries:
            self._index_entry(entry)
        self._office_labels: dict[str, set[str]] = defaultdict(set)
        self._role_labels: dict[str, set[str]] = defaultdict(set)
        self._offices_by_role: dict[str, set[str]] = defaultdict(set)
        self._offices = {office.id: office for office in self.offices}
        for office in self.offices:
            for label in (office.name, *office.labels):
                self._office_labels[_key(label)].add(office.id)
            for role in office.roles:
                self._offices_by_role[role].add(office.id)
        for role in self.roles:
            for label in (role.name, *role.labels):
                self._role_labels[_key(label)].add(role.id)
        self._tenures: dict[str, list[Tenure]] = defaultdict(list)
        for tenure in self.tenures:
            self._tenures[tenure.office].append(tenure)

    def _index_entry(self, entry: Entry) -> None:
        rank = _TYPE_RANK[entry.type]
        for order, labels in enumerate(((entry.name,), entry.aliases, entry.forms)):
            for label in labels:
                self._names.add(label, (rank, order, entry.id), inflects=entry.type != "Person")  # not "Katzen"
                if entry.seat_of:
                    self._seats.add(label, (rank, order, entry.seat_of))
        for adjective in entry.adjectives:
            self._adjectives[_key(adjective)].add(entry.id)

    # Loading ------------------------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """The gazetteer shipped in `ontology/` (read once and cached), or the JSON file at `path`."""
        return _load_cached(path or GAZETTEER_JSON)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Gazetteer:
        try:
            return cls(
                entries=[_record(Entry, item) for item in data["entries"]],
                roles=[_record(Role, item) for item in data["roles"]],
                offices=[_record(Office, item) for item in data["offices"]],
                tenures=[_record(Tenure, item) for item in data["tenures"]],
            )
        except (KeyError, TypeError, ValueError) as error:
            raise GazetteerError(f"malformed gazetteer JSON: {error}") from error

    def to_json(self) -> dict[str, Any]:
        """The compact JSON form: empty fields left out, dates as ISO strings."""
        return {
            "entries": [_compact(entry) for entry in self.entries],
            "roles": [_compact(role) for role in self.roles],
            "offices": [_compact(office) for office in self.offices],
            "tenures": [_compact(tenure) for tenure in self.tenures],
        }

    @classmethod
    def from_turtle(cls, path: Path = GAZETTEER_TTL) -> Gazetteer:
        """Read the Turtle source of truth with rdflib (slow; the tests use it to check the JSON twin)."""
        return _read_turtle(path)

    # Lookups ------------------------------------------------------------------------------------------------

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def lookup(self, surface: str) -> Entry | None:
        """The entry a name in running text stands for, or None.

        Tolerates leading articles (`der Nato`), case (`NATO`, `Nato`), German endings (`Deutschlands`, `den
        Grünen`; a person's name only in the forms its entry lists, so `Katzen` is not `Katz`) and a truncated
        compound (`US-` in `US- und EU-Vertreter`). A person's family name alone is a label where no one else in
        the gazetteer has it and it is no common word (`Scholz`, not `Schmidt` or `Kern`). A name written in lower
        case only matches a lower-case label (`dpa`), so common words (`linke`, `bild`) do not match parties or
        papers. A hyphenated compound is not resolved to its first part: use `compound_prefix` for that.
        """
        text = _clean(surface)
        if not text:
            return None
        found = self._names.find(text)
        return self._by_id.get(found) if found else None

    def compound_prefix(self, surface: str) -> Entry | None:
        """The entry the first part of a hyphenated compound names (`US-Soldaten`, `Nato-Gipfel`), or None."""
        head, dash, rest = _clean(surface).partition("-")
        return self.lookup(head) if dash and rest else None

    def country_for_adjective(self, adjective: str) -> Entry | None:
        """The country an inflected demonym adjective stands for: `französischen` → Frankreich."""
        entry = self._for_adjective(adjective)
        return entry if entry is not None and entry.type == "Country" else None

    def country_for_demonym(self, noun: str) -> Entry | None:
        """The country whose people a noun names, by the adjective it shares a stem with: `Belgier` (belgisch),
        `Russen` (russisch), `Ukrainerin` (ukrainisch), `Deutsche` (deutsch), `Estin` (estnisch), `Ire` (irisch)."""
        word = _key(noun)
        if word not in self._demonyms:
            stems = [word[: -len(ending)] for ending in _DEMONYM_ENDINGS if word.endswith(ending)]
            stems = [form for stem in stems if len(stem) > 1 for form in (stem, _umlauted(stem))]
            adjectives = (word, *(stem + "isch" for stem in stems))
            adjectives += tuple(stem + "nisch" for stem in stems if stem[-1] not in "aeiouäöü")  # "Pole": polnisch
            self._demonyms[word] = next(filter(None, map(self.country_for_adjective, adjectives)), None)
        return self._demonyms[word]

    def place_for_demonym(self, word: str) -> Entry | None:
        """The town or Land whose people a noun or adjective in -er names: `Stuttgarterin`, `Hamburger`,
        `Münchner` (München), `Bremer` (Bremen); None for a place the gazetteer does not hold."""
        stem = word.removesuffix("in")
        if not stem.endswith("er") or len(stem) < 5:
            return None
        stem = stem[:-2]
        for name in (stem, stem + "en", stem[:-1] + "en" if stem.endswith("n") else None):
            entry = self.lookup(name) if name else None
            if entry is not None and entry.type == "Place" and entry.kind in ("city", "state"):
                return entry
        return None

    def _for_adjective(self, adjective: str) -> Entry | None:
        """The country or place an adjective stands for (`französischen`, `bayerische`)."""
        for stem in _strip_endings(_key(adjective), _ADJECTIVE_ENDINGS):
            ids = self._adjectives.get(stem)
            if ids and len(ids) == 1:
                return self._by_id[next(iter(ids))]
        return None

    def government_seat(self, surface: str) -> Entry | None:
        """The country whose government a capital or seat stands for (`Moskau`, `der Kreml` → Russland)."""
        found = self._seats.find(_clean(surface))
        return self._by_id.get(found) if found else None

    def office_holder(self, role: str, country_or_org: str | None, on: date) -> Entry | None:
        """Who held the office that `role` names in `country_or_org` on the day `on`, or None if not unique.

        `role` may carry its country or organisation as a prefix or adjective (`US-Präsident`,
        `Nato-Generalsekretär`, `französischer Präsident`) and may be feminine (`Kanzlerin`);
        `country_or_org` is a country, organisation or German Land as a name, an adjective or an entry id. A
        generic role (`Regierungschef`) needs one; an office name alone (`Kanzler`, `Außenminister`) is taken
        as Germany's where Germany has one.
        """
        day = on.date() if isinstance(on, datetime) else on
        scope = self._scope(country_or_org) if country_or_org else None
        if country_or_org and scope is None:
            return None
        holders = {
            tenure.holder
            for office in self.find_offices(role, scope)
            for tenure in self._tenures[office.id]
            if tenure.covers(day)
        }
        return self._by_id[holders.pop()] if len(holders) == 1 else None

    def find_offices(self, role: str, scope: Entry | None = None) -> list[Office]:
        """The offices a role name stands for, within `scope` (a country or organisation) when given."""
        text = _clean(role)
        words = text.split(" ")
        if scope is None and len(words) > 1 and (adjective := self._for_adjective(words[0])):
            scope, text = adjective, " ".join(words[1:])
        offices = self._offices_named(text, scope)
        if not offices and scope is None and (prefix := self.compound_prefix(text)):
            offices = self._offices_named(text.partition("-")[2], prefix)
        return [self._offices[office_id] for office_id in sorted(offices)]

    def tenures_of(self, person: str) -> list[Tenure]:
        """The offices a person (entry id) held, by start date."""
        return [tenure for tenure in self.tenures if tenure.holder == person]

    # Helpers ------------------------------------------------------------------------------------------------

    def _offices_named(self, role: str, scope: Entry | None) -> set[str]:
        for key in _feminine_variants(_key(role)):
            named = set(self._office_labels.get(key, ()))
            if scope is None:  # a Land's office of a common title needs its Land named: "der Bürgermeister" is a
                named = {office for office in named if not self._of_a_place(office) or " " in key}  # town's
                home = {office for office in named if HOME in self._ancestors(self._offices[office].of)}
                if home or len(named) == 1:
                    return home or named
                if named:
                    return set()
                continue
            for role_id in self._role_labels.get(key, ()):
                named |= self._offices_by_role[role_id]
            within = {office for office in named if scope.id in self._ancestors(self._offices[office].of)}
            direct = {office for office in within if self._offices[office].of == scope.id}
            if within:
                return direct or within
        return set()

    def _of_a_place(self, office_id: str) -> bool:
        holder = self._by_id.get(self._offices[office_id].of)
        return holder is not None and holder.type == "Place"

    def _scope(self, text: str) -> Entry | None:
        return self._by_id.get(text) or self.lookup(text) or self._for_adjective(text)

    def _ancestors(self, entry_id: str) -> set[str]:
        """The entry, its parent organisations and the countries they belong to."""
        seen: set[str] = set()
        todo = [entry_id]
        while todo:
            current = todo.pop()
            entry = self._by_id.get(current)
            if current in seen or entry is None:
                continue
            seen.add(current)
            todo.extend(link for link in (entry.parent, entry.country, entry.seat_of) if link)
        return seen


class _LabelIndex:
    """Normalised label → candidates ranked (type rank, label order, value); lower-case labels kept apart."""

    def __init__(self) -> None:
        self._any: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self._lower: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self._spelt: set[str] = set()  # keys with a label not in capitals: matched in any case with an ending
        self._uninflected: set[str] = set()  # values whose labels list their inflected forms: matched as written

    def add(self, label: str, candidate: tuple[int, int, str], *, inflects: bool = True) -> None:
        cleaned = _clean(label)
        key = cleaned.casefold()
        self._any[key].append(candidate)
        if cleaned[:1].islower():
            self._lower[key].append(candidate)
        if not cleaned.isupper():
            self._spelt.add(key)
        if not inflects:
            self._uninflected.add(candidate[2])

    def find(self, text: str) -> str | None:
        """The best candidate for the exact key, else for the key without a German ending."""
        if not text:
            return None
        index = self._lower if text[0].islower() else self._any
        whole = text.casefold()
        for key in _strip_endings(whole, ("'", *_NOUN_ENDINGS)):
            if key != whole and key not in self._spelt and not text[: len(key)].isupper():
                continue  # an abbreviation takes an ending in capitals only: `AUs`, not `Auen` or `Aus`
            candidates = [c for c in index.get(key, ()) if key == whole or c[2] not in self._uninflected]
            if candidates:
                return min(candidates)[2]
        return None


def _clean(surface: str) -> str:
    """Without surrounding punctuation and quotes, a trailing compound dash, or leading articles."""
    text = " ".join(unicodedata.normalize("NFC", surface).translate(_DASHES).split()).strip(_EDGE_PUNCTUATION)
    text = text.rstrip("-").strip()
    words = text.split(" ")
    while len(words) > 1 and words[0].casefold() in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _key(label: str) -> str:
    """The index key of a label or surface: cleaned as running text is, then normalised."""
    return _clean(label).casefold()


def _strip_endings(key: str, endings: Iterable[str]) -> Iterator[str]:
    """The key itself, then the key without each ending it has (never shorter than two letters)."""
    yield key
    for ending in endings:
        if key.endswith(ending) and len(key) - len(ending) >= 2:
            yield key[: -len(ending)]


def _umlauted(stem: str) -> str:
    """The stem with its last vowel umlauted (`franzos` → `französ`): the adjective of `Franzose`."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "aou":
            return stem[:i] + stem[i].translate(_UMLAUTS) + stem[i + 1 :]
    return stem


def _feminine_variants(key: str) -> Iterator[str]:
    """`kanzlerin` → `kanzlerin`, `kanzler`; `sprecherin des kremls` → also `sprecher des kremls`."""
    yield key
    first, space, rest = key.partition(" ")
    if first.endswith(_FEMININE) and len(first) > 4:
        yield first[: -len(_FEMININE)] + space + rest


def _tenure_key(tenure: Tenure) -> tuple[str, date, str]:
    return (tenure.office, tenure.start or date.min, tenure.holder)


def _record(cls: type, data: dict[str, Any]) -> Any:
    """A dataclass from its compact JSON: lists become tuples, ISO strings in date fields become dates."""
    values: dict[str, Any] = {}
    for name in _field_names(cls):
        if name not in data:
            continue
        value = data[name]
        if isinstance(value, list):
            value = tuple(value)
        elif name in ("start", "end") and value is not None:
            value = date.fromisoformat(value)
        values[name] = value
    return cls(**values)


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(item.name for item in fields(cls))


def _compact(record: Any) -> dict[str, Any]:
    return {
        key: (value.isoformat() if isinstance(value, date) else list(value) if isinstance(value, tuple) else value)
        for key, value in asdict(record).items()
        if value not in (None, (), [])
    }


@cache
def _load_cached(path: Path) -> Gazetteer:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise GazetteerError(f"cannot read gazetteer {path} ({error}); rebuild: scripts/build_gazetteer.py") from error
    return Gazetteer.from_json(data)


def _read_turtle(path: Path) -> Gazetteer:
    """The gazetteer as the Turtle states it (the inverse of the build script's writer)."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, SDO, SKOS

    sem = "http://semanticweb.cs.vu.nl/2009/11/sem/"
    try:
        graph = Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as error:
        raise GazetteerError(f"cannot read gazetteer {path}: {error}") from error

    def local(node: Any) -> str:
        text = str(node)
        if not text.startswith(BASE):
            raise GazetteerError(f"{path}: IRI outside the gazetteer namespace: {text}")
        return text[len(BASE) :]

    def one(subject: Any, predicate: str | URIRef) -> Any:
        return graph.value(subject, URIRef(predicate))

    def many(subject: Any, predicate: str | URIRef) -> tuple[str, ...]:
        return tuple(sorted(str(value) for value in graph.objects(subject, URIRef(predicate))))

    def text(subject: Any, predicate: str | URIRef) -> str | None:
        value = one(subject, predicate)
        return str(value) if value is not None else None

    def link(subject: Any, *predicates: str | URIRef) -> str | None:
        for predicate in predicates:
            value = one(subject, predicate)
            if value is not None:
                return local(value)
        return None

    classes: dict[URIRef, EntryType] = {
        SDO.Person: "Person",
        SDO.Organization: "Organization",
        SDO.Country: "Country",
        FOAF.Group: "Group",
        SDO.Place: "Place",
    }
    entries = []
    for kind, type_name in classes.items():
        for subject in graph.subjects(RDF.type, kind):
            same = text(subject, OWL.sameAs)
            entries.append(
                Entry(
                    id=local(subject),
                    name=str(one(subject, SKOS.prefLabel)),
                    type=type_name,
                    qid=same.removeprefix(WIKIDATA) if same else None,
                    aliases=many(subject, SKOS.altLabel),
                    forms=many(subject, SKOS.hiddenLabel),
                    kind=text(subject, DCTERMS.type),
                    country=link(subject, SDO.nationality, SDO.containedInPlace, SDO.areaServed),
                    parent=link(subject, SDO.parentOrganization),
                    seat_of=link(subject, KG + "seatOf"),
                    iso2=text(subject, KG + "iso3166"),
                    iso3=text(subject, KG + "iso3166Alpha3"),
                    capital=link(subject, KG + "capital"),
                    adjectives=many(subject, KG + "adjective"),
                    family_name=text(subject, SDO.familyName),
                )
            )
    roles, offices = [], []
    for subject in graph.subjects(RDF.type, URIRef(sem + "RoleType")):
        name, labels = str(one(subject, SKOS.prefLabel)), many(subject, SKOS.altLabel)
        of = link(subject, KG + "officeOf")
        if of is None:
            roles.append(Role(id=local(subject), name=name, labels=labels))
        else:
            broader = tuple(sorted(local(role) for role in graph.objects(subject, SKOS.broader)))
            offices.append(Office(id=local(subject), name=name, of=of, roles=broader, labels=labels))
    tenures = [
        Tenure(
            office=local(one(subject, sem + "roleType")),
            holder=local(one(subject, RDF.value)),
            start=_date_or_none(one(subject, sem + "hasBeginTimeStamp")),
            end=_date_or_none(one(subject, sem + "hasEndTimeStamp")),
        )
        for subject in graph.subjects(RDF.type, URIRef(sem + "Role"))
    ]
    return Gazetteer(entries, roles, offices, tenures)


def _date_or_none(value: Any) -> date | None:
    return date.fromisoformat(str(value)) if value is not None else None
