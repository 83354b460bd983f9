"""Build kg's offline gazetteer, `ontology/gazetteer.ttl` and its compact twin `ontology/gazetteer.json`.

Sources:
- CLDR via babel: the German names of all countries, world regions and dependent territories;
- pycountry: ISO 3166-1 alpha-3 codes, and a check that every alpha-2 code in the tables is real;
- the hand-curated tables in `scripts/data/` (see the comment at the top of each): which territories are
  sovereign states, their capitals, seats of government and demonym adjectives; international organisations,
  institutions, parties and media; offices and who held them when; places that are only places; Wikidata QIDs
  where certain.

The output is deterministic: the same sources give the same bytes. Run from the repository root:

    .venv/bin/python scripts/build_gazetteer.py [--out-dir ontology]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from importlib.metadata import version
from pathlib import Path

import babel
import pycountry
from babel.core import get_cldr_version
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, SDO, SKOS, XSD

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.gazetteer import BASE, KG, WIKIDATA, Entry, EntryType, Gazetteer, Office, Role, Tenure, ascii_variant  # noqa: E402
from kg.rdf import slug  # noqa: E402

DATA = ROOT / "scripts" / "data"
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
KGNS = Namespace(KG)
KGI = Namespace(BASE)
WD = Namespace(WIKIDATA)
CLASSES = {
    "Person": (SEM.Actor, SDO.Person),
    "Organization": (SEM.Actor, SDO.Organization),
    "Country": (SEM.Actor, SDO.Country),
    "Group": (SEM.Actor, FOAF.Group),
    "Place": (SEM.Place, SDO.Place),
}
ORGANIZATION_TYPES: dict[str, EntryType] = {"Organization": "Organization", "Group": "Group"}
COUNTRY_LINK = {"Person": SDO.nationality, "Place": SDO.containedInPlace}  # otherwise schema:areaServed
CLDR_NOT_PLACES = {"001", "EU", "EZ", "UN", "QO", "ZZ"}  # the world, organisations, "unknown"
CONTINENTS = {"002", "009", "019", "142", "150"}
# Adjective stems whose weak and strong forms are generated (Europäische → Europäischen, Weißes → Weißen).
ADJECTIVE = re.compile(
    r"(?P<stem>.*(?:isch|lich|ig|al|är|iert|einigt|eint|deutsch|frei|neu|allgemein|zweit|weiß|schwarz|rot|nah|mittler|hoh|ober|asowsch))"
    r"(?:e|es|er)",
    re.IGNORECASE,
)
ABBREVIATION = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*")  # NATO, EuGH, IStGH
FEMININE_HEADS = ("minister", "kanzler", "präsident", "sprecher", "chef", "sekretär", "direktor", "premier")
SOURCES = (
    "CLDR {cldr} via babel {babel}: German names of countries, world regions and territories",
    "pycountry {pycountry}: ISO 3166-1 alpha-3 codes",
    "spacy-lookups-data {lookups}: German lemma table, so that a family name that is also a common word "
    "(Kern, Schneider) is not a label of its own",
    "hand-curated tables in scripts/data/ (countries, organizations, roles, offices, tenures, persons, "
    "places): capitals, seats, adjectives, aliases, offices and their holders 2015-2025, Wikidata QIDs as of "
    "the curator's knowledge (country QIDs cross-checked against a public Wikidata-derived country table)",
)


class BuildError(ValueError):
    """A curated table that contradicts itself or CLDR; the message names the table and row."""


@dataclass
class Draft:
    """An entry while it is being assembled (mutable), with the grammatical gender its forms need."""

    entry: Entry
    gender: str = "n"
    extra_forms: set[str] = field(default_factory=set)


# Reading the tables -----------------------------------------------------------------------------------------


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a `;`-separated table in scripts/data/, skipping `#` comment lines."""
    with (DATA / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#") and line.strip()]
    return [{key: (value or "").strip() for key, value in row.items()} for row in csv.DictReader(lines, delimiter=";")]


def split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def actor_id(name: str) -> str:
    return f"actor/{slug(name)}"


def place_id(name: str) -> str:
    return f"place/{slug(name)}"


# German forms -----------------------------------------------------------------------------------------------


def inflected(label: str, gender: str, entry_type: str) -> set[str]:
    """The case forms of a name that news print: leading adjectives weak (or strong without an article), the head
    noun with -s/-es/-n.

    `Europäisches Parlament` (n) → Europäische Parlament, Europäischen Parlaments, ...; in `Rat der
    Europäischen Union` only the head `Rat` changes (Rates der Europäischen Union). A leading article is
    dropped first.
    """
    words = label.split(" ")
    if len(words) > 1 and words[0] in ("Der", "Die", "Das"):
        words = words[1:]
    cut = next((i for i, word in enumerate(words) if i and word[:1].islower()), len(words))
    head, tail = words[:cut], words[cut:]
    lead = 0
    while lead < len(head) - 1 and ADJECTIVE.fullmatch(head[lead]):
        lead += 1
    variants = [head]
    strong = {"f": "er", "m": "em", "n": "em"}.get(gender)  # "laut Deutscher Bahn", "laut Deutschem Wetterdienst"
    for ending in ("e", "en", *((strong,) if strong else ())):
        if lead:
            variants.append([_adjective(word, ending) for word in head[:lead]] + head[lead:])
    return {
        " ".join([*variant[:-1], last, *tail])
        for variant in variants
        for last in _noun_forms(variant[-1], gender, entry_type)
    }


def _adjective(word: str, ending: str) -> str:
    match = ADJECTIVE.fullmatch(word)
    return match["stem"] + ending if match else word


def _noun_forms(word: str, gender: str, entry_type: str) -> Iterator[str]:
    yield word
    if not word[-1:].isalpha() or ABBREVIATION.fullmatch(word):
        return
    if gender == "pl" and word.endswith(("e", "el", "er")):
        yield word + "n"
    elif gender in ("m", "n"):
        if not word.endswith(("s", "ß", "x", "z")):
            yield word + "s"
            if word[-1] in "tdgkbp" and entry_type != "Country":
                yield word + "es"
        elif word.endswith(("z", "ß", "haus")) and entry_type != "Country":
            yield word + "es"


def person_forms(name: str) -> set[str]:
    """A person's genitive: Merkels, Scholz'."""
    return {name + ("'" if name.endswith(("s", "ß", "x", "z")) else "s")}


def feminine(label: str) -> str | None:
    """`Außenminister` → `Außenministerin`; `Sprecher des Kremls` → `Sprecherin des Kremls`."""
    first, space, rest = label.partition(" ")
    if first.casefold().endswith(FEMININE_HEADS):
        return first + "in" + space + rest
    return None


def with_feminine(labels: Iterable[str]) -> set[str]:
    out = set(labels)
    out |= {form for label in labels if (form := feminine(label))}
    return out


# Assembling entries -----------------------------------------------------------------------------------------


class Builder:
    """Collects drafts from the sources, resolves names to ids, and checks the tables against each other."""

    def __init__(self) -> None:
        self.drafts: dict[str, Draft] = {}
        self.territories = babel.Locale("de").territories
        self.countries: dict[str, str] = {}  # ISO alpha-2 → entry id
        self.by_name: dict[str, str] = {}  # canonical name of an organisation → entry id
        self.roles: dict[str, Role] = {}
        self.offices: dict[tuple[str, str], Office] = {}  # (country code or organisation, name) → office
        self.tenures: list[Tenure] = []

    def add(self, draft: Draft) -> None:
        if draft.entry.id in self.drafts:
            raise BuildError(f"two entries with the id {draft.entry.id!r}")
        self.drafts[draft.entry.id] = draft

    def update(self, entry_id: str, **changes: object) -> None:
        draft = self.drafts[entry_id]
        draft.entry = replace(draft.entry, **changes)

    def country(self, iso2: str, where: str) -> str:
        if iso2 not in self.countries:
            raise BuildError(f"{where}: unknown country code {iso2!r}")
        return self.countries[iso2]

    def actor(self, name: str, where: str) -> str:
        """A country by ISO code, an organisation or a place (a German Land) by canonical name."""
        if len(name) == 2 and name.isupper():
            return self.country(name, where)
        if name in self.by_name:
            return self.by_name[name]
        if place_id(name) in self.drafts:
            return place_id(name)
        raise BuildError(f"{where}: unknown country, organisation or place {name!r}")

    # Countries ----------------------------------------------------------------------------------------------

    def add_countries(self) -> None:
        for row in read_table("countries.csv"):
            iso2, where = row["iso2"], f"countries.csv {row['iso2']}"
            cldr = self.territories.get(iso2)
            if cldr is None:
                raise BuildError(f"{where}: CLDR has no German name")
            name = row["name"] or cldr
            iso = pycountry.countries.get(alpha_2=iso2)
            if iso is None and iso2 != "XK":
                raise BuildError(f"{where}: not an ISO 3166-1 code")
            entry = Entry(
                id=actor_id(name),
                name=name,
                type="Country",
                qid=row["qid"] or None,
                aliases=tuple(sorted({cldr, *split(row["aliases"])} - {name})),
                iso2=iso2,
                iso3=iso.alpha_3 if iso else None,
                adjectives=tuple(sorted(split(row["adjective"]))),
            )
            self.countries[iso2] = entry.id
            self.add(Draft(entry, gender=row["gender"] or "n"))
        for row in read_table("countries.csv"):
            self.add_seats(row)

    def add_seats(self, row: dict[str, str]) -> None:
        country = self.countries[row["iso2"]]
        capitals, seats = split(row["capital"]), split(row["seat"])
        places = [(capitals, row["capital_qid"])] if capitals else []
        for names, qid in places + [((seat,), "") for seat in seats]:
            pid = place_id(names[0])
            if pid in self.drafts:
                self.update(pid, seat_of=country)
            else:
                self.add(
                    Draft(
                        Entry(
                            pid,
                            names[0],
                            "Place",
                            qid=qid or None,
                            aliases=tuple(sorted(names[1:])),
                            kind="city",
                            country=country,
                            seat_of=country,
                        )
                    )
                )
        if capitals:
            self.update(country, capital=place_id(capitals[0]))

    # Organisations, places ----------------------------------------------------------------------------------

    def add_organizations(self) -> None:
        rows = read_table("organizations.csv")
        for row in rows:
            self.by_name[row["name"]] = actor_id(row["name"])
        for row in rows:
            where = f"organizations.csv {row['name']}"
            entry_type = ORGANIZATION_TYPES.get(row["type"])
            if entry_type is None:
                raise BuildError(f"{where}: unexpected type {row['type']!r}")
            entry = Entry(
                id=actor_id(row["name"]),
                name=row["name"],
                type=entry_type,
                qid=row["qid"] or None,
                aliases=tuple(sorted(set(split(row["aliases"])))),
                kind=row["kind"] or None,
                country=self.country(row["country"], where) if row["country"] else None,
                parent=self.actor(row["parent"], where) if row["parent"] else None,
                seat_of=self.country(row["seat_of"], where) if row["seat_of"] else None,
            )
            self.add(Draft(entry, gender=row["gender"] or "n"))

    def add_places(self) -> None:
        for row in read_table("places.csv"):
            where = f"places.csv {row['name']}"
            entry = Entry(
                id=place_id(row["name"]),
                name=row["name"],
                type="Place",
                qid=row["qid"] or None,
                aliases=tuple(sorted(set(split(row["aliases"])))),
                kind=row["kind"],
                country=self.country(row["country"], where) if row["country"] else None,
                adjectives=tuple(sorted(split(row["adjective"]))),
            )
            if entry.id in self.drafts:  # a capital also listed as a place: keep it, add what is new
                old = self.drafts[entry.id].entry
                self.update(entry.id, aliases=tuple(sorted({*old.aliases, *entry.aliases})), qid=old.qid or entry.qid)
                continue
            self.add(Draft(entry, gender=row["gender"] or "n"))

    def add_cldr_places(self) -> None:
        """World regions and territories that are not sovereign states, with CLDR's German names."""
        sovereign = set(self.countries)
        known = {draft.entry.name for draft in self.drafts.values()}
        for code, name in sorted(self.territories.items()):
            if code in sovereign or code in CLDR_NOT_PLACES or name in known or not code.isalnum():
                continue
            kind = "continent" if code in CONTINENTS else "region" if code.isdigit() else "territory"
            self.add(Draft(Entry(place_id(name), name, "Place", kind=kind)))
            known.add(name)

    # Offices and people -------------------------------------------------------------------------------------

    def add_roles(self) -> None:
        for row in read_table("roles.csv"):
            labels = with_feminine({row["name"], *split(row["aliases"])}) - {row["name"]}
            role = Role(id=f"role/{slug(row['name'])}", name=row["name"], labels=tuple(sorted(labels)))
            self.roles[row["name"]] = role

    def add_offices(self) -> None:
        for row in read_table("offices.csv"):
            where = f"offices.csv {row['of']} {row['name']}"
            of = self.actor(row["of"], where)
            unknown = [role for role in split(row["roles"]) if role not in self.roles]
            if unknown:
                raise BuildError(f"{where}: unknown roles {unknown}")
            labels = with_feminine({row["name"], *split(row["labels"])}) - {row["name"]}
            office = Office(
                id=f"office/{of.partition('/')[2]}/{slug(row['name'])}",
                name=row["name"],
                of=of,
                roles=tuple(sorted(self.roles[role].id for role in split(row["roles"]))),
                labels=tuple(sorted(labels)),
            )
            if (row["of"], row["name"]) in self.offices or office.id in {o.id for o in self.offices.values()}:
                raise BuildError(f"{where}: listed twice")
            self.offices[(row["of"], row["name"])] = office

    def add_people(self) -> None:
        details = {row["name"]: row for row in read_table("persons.csv")}
        for row in read_table("tenures.csv"):
            where = f"tenures.csv {row['person']}"
            office = self.offices.get((row["of"], row["office"]))
            if office is None:
                raise BuildError(f"{where}: unknown office {row['of']} {row['office']}")
            person = actor_id(row["person"])
            if person not in self.drafts:
                self.add(self.person(row["person"], details.get(row["person"], {}), office, where))
            start, end = _date(row["start"], where), _date(row["end"], where)
            if start and end and end <= start:
                raise BuildError(f"{where}: ends before it starts")
            self.tenures.append(Tenure(office=office.id, holder=person, start=start, end=end))
        missing = set(details) - {draft.entry.name for draft in self.drafts.values()}
        if missing:
            raise BuildError(f"persons.csv: not in tenures.csv: {sorted(missing)}")
        self.add_family_names({name for name, row in details.items() if row["alone"] == "no"})

    def add_family_names(self, not_alone: set[str]) -> None:
        """A family name becomes a label of its person where it names no one else, is no one's given name in the
        gazetteer (Martin) and is no common word (Kern)."""
        people = [draft for draft in self.drafts.values() if draft.entry.family_name]
        taken: dict[str, int] = {}
        for draft in people:
            key = draft.entry.family_name.casefold()
            taken[key] = taken.get(key, 0) + 1
        for draft in self.drafts.values():
            for label in (draft.entry.name, *draft.entry.aliases):
                taken[label.casefold()] = taken.get(label.casefold(), 0) + 1
        words = GermanWords.load()
        given = {draft.entry.name.split(" ")[0].casefold() for draft in people}
        for draft in people:
            family = draft.entry.family_name
            unique = family != draft.entry.name and taken[family.casefold()] == 1 and family.casefold() not in given
            if unique and draft.entry.name not in not_alone and not words.is_common(family):
                draft.extra_forms.add(family)

    def person(self, name: str, row: dict[str, str], office: Office, where: str) -> Draft:
        country = self.country(row["country"], where) if row.get("country") else self.nationality(office)
        family = row.get("family") or name.split(" ")[-1]
        entry = Entry(
            id=actor_id(name),
            name=name,
            type="Person",
            qid=row.get("qid") or None,
            aliases=tuple(sorted(set(split(row.get("aliases", ""))))),
            country=country,
            family_name=None if family == "-" else family,
        )
        return Draft(entry, gender="person")

    def nationality(self, office: Office) -> str | None:
        entry = self.drafts[office.of].entry
        return entry.id if entry.type == "Country" else entry.country or entry.seat_of

    # Finishing ----------------------------------------------------------------------------------------------

    def gazetteer(self) -> Gazetteer:
        entries = [self.finish(draft) for draft in self.drafts.values()]
        self.check_links(entries)
        return Gazetteer(entries, self.roles.values(), self.offices.values(), self.tenures)

    def finish(self, draft: Draft) -> Entry:
        entry = draft.entry
        labels = (entry.name, *entry.aliases)
        forms: set[str] = set(draft.extra_forms)
        for label in (*labels, *draft.extra_forms):
            if draft.gender == "person":
                forms |= person_forms(label)
            else:
                forms |= inflected(label, draft.gender, entry.type)
        forms |= {ascii_variant(form) for form in forms | set(labels)}
        return replace(entry, forms=tuple(sorted(forms - set(labels))))

    def check_links(self, entries: list[Entry]) -> None:
        ids = {entry.id for entry in entries}
        for entry in entries:
            for link in (entry.country, entry.parent, entry.seat_of, entry.capital):
                if link and link not in ids:
                    raise BuildError(f"{entry.id}: links to unknown {link}")


class GermanWords:
    """spaCy's German lemma table (spacy-lookups-data), to tell a family name that is also a word."""

    def __init__(self, lemmas: dict[str, str]) -> None:
        self.lemmas = lemmas
        self.forms: dict[str, set[str]] = {}
        for form, lemma in lemmas.items():
            self.forms.setdefault(lemma, set()).add(form)

    @classmethod
    def load(cls) -> GermanWords:
        table = resources.files("spacy_lookups_data") / "data" / "de_lemma_lookup.json.gz"
        return cls(json.loads(gzip.decompress(table.read_bytes())))

    def is_common(self, word: str) -> bool:
        """An adjective or verb in lower case (Frei, Blinken), or a noun with more forms than a name's genitive
        (Kern: Kerne; Schneider: Schneidern), unlike Merkel: Merkels."""
        lower = word.lower()
        if lower in self.lemmas or lower in self.forms:
            return True
        return any(form not in (word, word + "s", word + "es") for form in self.forms.get(word, ()))


def _date(value: str, where: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError as error:
        raise BuildError(f"{where}: bad date {value!r}") from error


def build() -> Gazetteer:
    builder = Builder()
    builder.add_countries()
    builder.add_organizations()
    builder.add_places()
    builder.add_cldr_places()
    builder.add_roles()
    builder.add_offices()
    builder.add_people()
    return builder.gazetteer()


# Writing ----------------------------------------------------------------------------------------------------


def to_graph(gazetteer: Gazetteer) -> Graph:
    graph = Graph()
    for prefix, namespace in (
        ("kg", KGNS),
        ("kgi", KGI),
        ("wd", WD),
        ("sem", SEM),
        ("schema", SDO),
        ("skos", SKOS),
        ("owl", OWL),
        ("foaf", FOAF),
        ("dct", DCTERMS),
    ):
        graph.bind(prefix, namespace)
    for entry in gazetteer.entries:
        add_entry(graph, entry)
    for role in gazetteer.roles:
        node = KGI[role.id]
        add_labels(graph, node, role.name, role.labels)
        graph.add((node, RDF.type, SEM.RoleType))
        graph.add((node, RDF.type, SKOS.Concept))
    for office in gazetteer.offices:
        node = KGI[office.id]
        add_labels(graph, node, office.name, office.labels)
        graph.add((node, RDF.type, SEM.RoleType))
        graph.add((node, RDF.type, SKOS.Concept))
        graph.add((node, KGNS.officeOf, KGI[office.of]))
        for role in office.roles:
            graph.add((node, SKOS.broader, KGI[role]))
    for tenure in gazetteer.tenures:
        add_tenure(graph, tenure)
    return graph


def add_labels(graph: Graph, node: URIRef, name: str, labels: Iterable[str], hidden: Iterable[str] = ()) -> None:
    graph.add((node, SKOS.prefLabel, Literal(name, lang="de")))
    for label in labels:
        graph.add((node, SKOS.altLabel, Literal(label, lang="de")))
    for form in hidden:
        graph.add((node, SKOS.hiddenLabel, Literal(form, lang="de")))


def add_entry(graph: Graph, entry: Entry) -> None:
    node = KGI[entry.id]
    for kind in CLASSES[entry.type]:
        graph.add((node, RDF.type, kind))
    add_labels(graph, node, entry.name, entry.aliases, entry.forms)
    links = (
        (OWL.sameAs, WD[entry.qid] if entry.qid else None),
        (DCTERMS.type, Literal(entry.kind) if entry.kind else None),
        (COUNTRY_LINK.get(entry.type, SDO.areaServed), KGI[entry.country] if entry.country else None),
        (SDO.parentOrganization, KGI[entry.parent] if entry.parent else None),
        (KGNS.seatOf, KGI[entry.seat_of] if entry.seat_of else None),
        (KGNS.iso3166, Literal(entry.iso2) if entry.iso2 else None),
        (KGNS.iso3166Alpha3, Literal(entry.iso3) if entry.iso3 else None),
        (KGNS.capital, KGI[entry.capital] if entry.capital else None),
        (SDO.familyName, Literal(entry.family_name) if entry.family_name else None),
    )
    for predicate, value in links:
        if value is not None:
            graph.add((node, predicate, value))
    for adjective in entry.adjectives:
        graph.add((node, KGNS.adjective, Literal(adjective)))


def add_tenure(graph: Graph, tenure: Tenure) -> None:
    start = tenure.start.isoformat() if tenure.start else "open"
    node = KGI[f"tenure/{tenure.holder.partition('/')[2]}/{tenure.office.partition('/')[2]}/{start}"]
    graph.add((node, RDF.type, SEM.Role))
    graph.add((node, RDF.value, KGI[tenure.holder]))
    graph.add((node, SEM.roleType, KGI[tenure.office]))
    for predicate, day in ((SEM.hasBeginTimeStamp, tenure.start), (SEM.hasEndTimeStamp, tenure.end)):
        if day:
            graph.add((node, predicate, Literal(day.isoformat(), datatype=XSD.date)))


def sources() -> list[str]:
    versions = {
        "cldr": get_cldr_version(),
        "babel": babel.__version__,
        "pycountry": version("pycountry"),
        "lookups": version("spacy-lookups-data"),
    }
    return [source.format(**versions) for source in SOURCES]


def header(gazetteer: Gazetteer) -> str:
    counts = counts_of(gazetteer)
    lines = [
        "kg's offline gazetteer: countries, organisations, office holders and places frequently named in",
        "German news, with German labels (skos:prefLabel, skos:altLabel; inflected forms and spellings",
        "without diacritics as skos:hiddenLabel) and Wikidata links (owl:sameAs) where certain. Offices",
        "are SKOS concepts narrower than generic roles; who held one when is a sem:Role with begin and end",
        "dates.",
        "Generated by scripts/build_gazetteer.py -- do not edit by hand. Sources:",
        *(f"- {source}" for source in sources()),
        "Counts: " + ", ".join(f"{value} {key}" for key, value in counts.items()) + ".",
    ]
    return "".join(f"# {line}\n" for line in lines) + "\n"


def counts_of(gazetteer: Gazetteer) -> dict[str, int]:
    by_type: dict[str, int] = {}
    for entry in gazetteer.entries:
        by_type[entry.type] = by_type.get(entry.type, 0) + 1
    return {
        "countries": by_type.get("Country", 0),
        "organisations": by_type.get("Organization", 0),
        "groups": by_type.get("Group", 0),
        "people": by_type.get("Person", 0),
        "places": by_type.get("Place", 0),
        "offices": len(gazetteer.offices),
        "tenures": len(gazetteer.tenures),
        "QIDs": sum(1 for entry in gazetteer.entries if entry.qid),
    }


def write(gazetteer: Gazetteer, out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    ttl, js = out_dir / "gazetteer.ttl", out_dir / "gazetteer.json"
    body = to_graph(gazetteer).serialize(format="longturtle")
    ttl.write_text(header(gazetteer) + body, encoding="utf-8")
    data = {"sources": sources(), **gazetteer.to_json()}
    js.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return ttl, js


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=ROOT / "ontology")
    args = parser.parse_args(argv)
    try:
        gazetteer = build()
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    ttl, js = write(gazetteer, args.out_dir)
    counts = ", ".join(f"{value} {key}" for key, value in counts_of(gazetteer).items())
    print(f"wrote {ttl} and {js}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
