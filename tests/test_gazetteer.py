"""The offline gazetteer: lookups of German surface forms, seats, adjectives, office holders by date, and the
agreement of the shipped Turtle (source of truth), its JSON twin and the build script."""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from kg.gazetteer import (
    BASE,
    GAZETTEER_JSON,
    GAZETTEER_TTL,
    Gazetteer,
    GazetteerError,
    ascii_variant,
)
from kg.rdf import actor_iri, place_iri

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _name(entry: object) -> str | None:
    return getattr(entry, "name", None)


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("der Nato", "NATO"),
        ("NATO", "NATO"),
        ("Nato", "NATO"),
        ("Nato-", "NATO"),  # truncated compound: "Nato- und EU-Staaten"
        ("Deutschlands", "Deutschland"),
        ("den USA", "Vereinigte Staaten"),
        ("US-", "Vereinigte Staaten"),
        ("Vereinigten Staaten", "Vereinigte Staaten"),
        ("Amerika", "Vereinigte Staaten"),
        ("des Vereinigten Königreichs", "Vereinigtes Königreich"),
        ("Großbritannien", "Vereinigtes Königreich"),
        ("der Türkei", "Türkei"),
        ("des Irans", "Iran"),
        ("den Niederlanden", "Niederlande"),
        ("Frankreichs", "Frankreich"),
        ("der Europäischen Union", "Europäische Union"),
        ("EU", "Europäische Union"),
        ("der EU-Kommission", "Europäische Kommission"),
        ("UNO", "Vereinte Nationen"),
        ("des Kremls", "Kreml"),
        ("das Weiße Haus", "Weißes Haus"),
        ("Pentagon", "Verteidigungsministerium der Vereinigten Staaten"),
        ("den Grünen", "Bündnis 90/Die Grünen"),
        ("der Linken", "Die Linke"),
        ("dpa", "Deutsche Presse-Agentur"),
        ("„Spiegel“", "Der Spiegel"),
        ("der Nato-Staaten", "NATO-Mitgliedstaaten"),
        ("die internationale Gemeinschaft", "Internationale Gemeinschaft"),
        ("Osteuropas", "Osteuropa"),
        ("der Ostsee", "Ostsee"),
        ("Nahost", "Naher Osten"),
        ("Kyjiw", "Kiew"),
        ("Erdogan", "Recep Tayyip Erdoğan"),  # family name alone, without diacritics
        ("Merkels", "Angela Merkel"),
        ("Jens Stoltenberg", "Jens Stoltenberg"),
        ("der AU", "Afrikanische Union"),
        ("Uno", "Vereinte Nationen"),
        ("dem Bayerischen Rundfunk", "Bayerischer Rundfunk"),  # the regional broadcasters of the ARD
        ("MDR", "Mitteldeutscher Rundfunk"),
        ("Deutscher Rentenversicherung", "Deutsche Rentenversicherung"),  # strong, without an article: "laut ..."
        ("Deutschem Wetterdienst", "Deutscher Wetterdienst"),
    ],
)
def test_lookup_resolves_inflected_and_abbreviated_forms(gazetteer: Gazetteer, surface: str, name: str) -> None:
    assert _name(gazetteer.lookup(surface)) == name


@pytest.mark.parametrize(
    "surface",
    [
        "linke",  # the adjective, not the party
        "bild",
        "Schmidt",  # several office holders share the family name
        "Frieden",  # Luc Frieden's family name is a common word
        "Kern",
        "Martin",  # Micheál Martin's family name is Martin Schulz's given name
        "Präsident",
        "US-Soldaten",  # a compound is not its first part (see compound_prefix)
        "Müller-Lüdenscheid",
        "Auen",  # an abbreviation takes an ending in capitals only: not the AU
        "Katzen",  # a person's name matches only in the forms its entry lists: not Israel Katz
        "Aus-",  # "Aus- und Weiterbildung"
        "",
        " „ “ ",
    ],
)
def test_lookup_refuses_what_it_cannot_know(gazetteer: Gazetteer, surface: str) -> None:
    assert gazetteer.lookup(surface) is None


def test_one_name_for_country_and_capital_is_the_country(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Luxemburg").type == "Country"
    assert gazetteer.get("place/Luxemburg").seat_of == "actor/Luxemburg"


@pytest.mark.parametrize(
    ("surface", "name"),
    [("US-Soldaten", "Vereinigte Staaten"), ("Nato-Gipfel", "NATO"), ("EU-Kommissionschefin", "Europäische Union")],
)
def test_compound_prefix(gazetteer: Gazetteer, surface: str, name: str) -> None:
    assert _name(gazetteer.compound_prefix(surface)) == name


@pytest.mark.parametrize("surface", ["Ex-Präsident", "Ukraine", "US-"])
def test_compound_prefix_needs_a_known_first_part_and_a_rest(gazetteer: Gazetteer, surface: str) -> None:
    assert gazetteer.compound_prefix(surface) is None


@pytest.mark.parametrize(
    ("adjective", "name"),
    [
        ("französischen", "Frankreich"),
        ("Französische", "Frankreich"),
        ("russischer", "Russland"),
        ("US-amerikanischen", "Vereinigte Staaten"),
        ("amerikanisches", "Vereinigte Staaten"),
        ("britischem", "Vereinigtes Königreich"),
        ("deutsche", "Deutschland"),
        ("weißrussische", "Belarus"),
    ],
)
def test_country_for_adjective(gazetteer: Gazetteer, adjective: str, name: str) -> None:
    assert _name(gazetteer.country_for_adjective(adjective)) == name


@pytest.mark.parametrize("adjective", ["westlichen", "europäische", "sogenannten", "bayerischen"])
def test_adjectives_that_are_no_country(gazetteer: Gazetteer, adjective: str) -> None:
    assert gazetteer.country_for_adjective(adjective) is None


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Moskau", "Russland"),
        ("Moskaus", "Russland"),
        ("der Kreml", "Russland"),
        ("des Kremls", "Russland"),
        ("Washington", "Vereinigte Staaten"),
        ("das Weiße Haus", "Vereinigte Staaten"),
        ("Élysée", "Frankreich"),
        ("Downing Street", "Vereinigtes Königreich"),
        ("Kiew", "Ukraine"),
        ("Peking", "China"),
        ("Den Haag", "Niederlande"),  # a seat of government that is not the capital
    ],
)
def test_government_seat(gazetteer: Gazetteer, surface: str, name: str) -> None:
    assert _name(gazetteer.government_seat(surface)) == name


@pytest.mark.parametrize(
    ("noun", "name"),
    [
        ("Belgier", "Belgien"),
        ("Russen", "Russland"),
        ("Franzosen", "Frankreich"),
        ("Ukrainerin", "Ukraine"),
        ("Deutschen", "Deutschland"),
        ("Spieler", None),
        ("Menschen", None),
        ("Demokraten", None),
    ],
)
def test_country_for_demonym(gazetteer: Gazetteer, noun: str, name: str | None) -> None:
    assert _name(gazetteer.country_for_demonym(noun)) == name


@pytest.mark.parametrize("surface", ["Osteuropa", "München", "Ostsee"])
def test_places_that_are_only_places_are_no_seat(gazetteer: Gazetteer, surface: str) -> None:
    assert gazetteer.lookup(surface).type == "Place"
    assert gazetteer.government_seat(surface) is None


@pytest.mark.parametrize(
    ("role", "scope", "day", "name"),
    [
        ("Kanzler", None, date(2019, 5, 1), "Angela Merkel"),
        ("der Kanzler", None, date(2022, 1, 25), "Olaf Scholz"),
        ("Bundeskanzlerin", None, date(2015, 1, 1), "Angela Merkel"),
        ("Bundeskanzler", None, date(2025, 5, 6), "Friedrich Merz"),  # the day of the handover
        ("Bundeskanzler", None, date(2025, 5, 5), "Olaf Scholz"),
        ("Bundeskanzler", "Österreich", date(2023, 1, 1), "Karl Nehammer"),
        ("US-Präsident", None, date(2020, 6, 1), "Donald Trump"),
        ("US-Präsident", None, date(2022, 1, 25), "Joe Biden"),
        ("Präsident", "Frankreich", date(2016, 1, 1), "François Hollande"),
        ("Präsident", "französisch", date(2022, 1, 25), "Emmanuel Macron"),
        ("der französische Präsident", None, date(2022, 1, 25), "Emmanuel Macron"),
        ("Regierungschefin", "Italien", date(2023, 6, 1), "Giorgia Meloni"),
        ("italienischer Regierungschef", None, date(2022, 1, 25), "Mario Draghi"),
        ("Premierminister", "Großbritannien", date(2022, 1, 25), "Boris Johnson"),
        ("Nato-Generalsekretär", None, date(2022, 1, 25), "Jens Stoltenberg"),
        ("Nato-Generalsekretär", None, date(2025, 1, 1), "Mark Rutte"),
        ("EU-Kommissionschefin", None, date(2022, 1, 25), "Ursula von der Leyen"),
        ("EU-Ratspräsident", None, date(2022, 1, 25), "Charles Michel"),
        ("Kremlsprecher", None, date(2022, 1, 25), "Dmitri Peskow"),
        ("Verteidigungsminister", "USA", date(2022, 1, 25), "Lloyd Austin"),
        ("Außenministerin", None, date(2023, 1, 1), "Annalena Baerbock"),  # unqualified: Germany's
        ("Regierungschef", "Russland", date(2019, 1, 1), "Dmitri Medwedew"),
        ("Regierungssprecher", None, date(2020, 1, 1), "Steffen Seibert"),
        ("Regierungschef", "Deutschland", date(2022, 1, 25), "Olaf Scholz"),  # not a Land's
        ("der bayerische Ministerpräsident", None, date(2022, 1, 25), "Markus Söder"),
        ("Ministerpräsidentin", "Mecklenburg-Vorpommern", date(2022, 1, 25), "Manuela Schwesig"),
        ("Landesvater", "NRW", date(2019, 1, 1), "Armin Laschet"),
        ("Ministerpräsident", "Thüringen", date(2020, 2, 10), "Thomas Kemmerich"),
        ("Bürgermeister", "Bremen", date(2022, 1, 25), "Andreas Bovenschulte"),
        ("Regierender Bürgermeister", None, date(2024, 5, 15), "Kai Wegner"),  # a distinctive title names its Land
    ],
)
def test_office_holder_on_a_date(gazetteer: Gazetteer, role: str, scope: str | None, day: date, name: str) -> None:
    assert _name(gazetteer.office_holder(role, scope, day)) == name


@pytest.mark.parametrize(
    ("role", "scope"),
    [
        ("Präsident", None),  # which country's?
        ("Präsident", "EU"),  # Commission, Council, Parliament and ECB each have one
        ("Regierungschef", None),
        ("Ministerpräsident", None),  # sixteen Länder and many countries have one
        ("Bundeskanzler", "Atlantis"),  # unknown scope
        ("Oberbürgermeister", "Deutschland"),  # no such office in the gazetteer
        ("Bürgermeister", None),  # a town's: Bremen's needs Bremen named
    ],
)
def test_office_holder_refuses_ambiguous_or_unknown(gazetteer: Gazetteer, role: str, scope: str | None) -> None:
    assert gazetteer.office_holder(role, scope, date(2022, 1, 25)) is None


def test_office_holder_accepts_a_publication_datetime(gazetteer: Gazetteer) -> None:
    assert _name(gazetteer.office_holder("Kanzler", None, datetime(2022, 1, 25, 1, 42))) == "Olaf Scholz"


def test_office_holder_before_the_recorded_tenures_is_unknown(gazetteer: Gazetteer) -> None:
    assert gazetteer.office_holder("Kanzler", None, date(1990, 1, 1)) is None


def test_ids_are_the_iris_kg_rdf_gives_the_canonical_names(gazetteer: Gazetteer) -> None:
    for entry in gazetteer.entries:
        iri = place_iri(entry.name) if entry.type == "Place" else actor_iri(entry.name)
        assert f"{BASE}{entry.id}" == str(iri)


def test_tables_are_consistent(gazetteer: Gazetteer) -> None:
    ids = {entry.id for entry in gazetteer.entries}
    assert len(ids) == len(gazetteer.entries)
    for entry in gazetteer.entries:
        assert entry.qid is None or re.fullmatch(r"Q[1-9]\d*", entry.qid), entry.id
        for link in (entry.country, entry.parent, entry.seat_of, entry.capital):
            assert link is None or link in ids, (entry.id, link)
    offices = {office.id for office in gazetteer.offices}
    by_office: dict[str, list] = {}
    for tenure in gazetteer.tenures:
        assert tenure.office in offices and tenure.holder in ids
        by_office.setdefault(tenure.office, []).append(tenure)
    for office, tenures in by_office.items():  # one holder at a time
        for earlier, later in itertools.pairwise(tenures):
            assert earlier.end is not None and earlier.end <= later.start, office


def test_breadth_is_general_not_one_article(gazetteer: Gazetteer) -> None:
    count = {kind: sum(1 for e in gazetteer.entries if e.type == kind) for kind in ("Country", "Person", "Place")}
    assert count["Country"] >= 193
    assert count["Person"] >= 250
    assert count["Place"] >= 300
    countries = [e for e in gazetteer.entries if e.type == "Country"]
    assert sum(1 for e in countries if e.qid) == len(countries)
    assert sum(1 for e in countries if e.capital) >= len(countries) - 1  # Palestine: seat only


def test_labels_for_matcher_patterns(gazetteer: Gazetteer) -> None:
    usa = gazetteer.lookup("USA")
    assert {"Vereinigte Staaten", "USA", "Vereinigten Staaten"} <= set(usa.labels)


def test_ascii_variant_keeps_umlauts() -> None:
    assert ascii_variant("Élysée-Palast für Erdoğan in Łódź") == "Elysee-Palast für Erdogan in Lodz"


def test_load_is_cached(gazetteer: Gazetteer) -> None:
    assert Gazetteer.load() is gazetteer


def test_a_broken_file_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "gazetteer.json"
    broken.write_text('{"entries": [{"id": 1}]}', encoding="utf-8")
    with pytest.raises(GazetteerError, match="malformed"):
        Gazetteer.load(broken)
    with pytest.raises(GazetteerError, match="cannot read"):
        Gazetteer.load(tmp_path / "missing.json")
    with pytest.raises(GazetteerError, match="cannot read"):
        Gazetteer.from_turtle(tmp_path / "missing.ttl")


def test_turtle_parses_and_agrees_with_the_json(gazetteer: Gazetteer) -> None:
    from_turtle = Gazetteer.from_turtle(GAZETTEER_TTL)
    assert from_turtle.to_json() == gazetteer.to_json()


def test_turtle_states_its_sources() -> None:
    head = GAZETTEER_TTL.read_text(encoding="utf-8")[:3000]
    assert "CLDR" in head and "babel" in head and "scripts/data/" in head


def _build_module():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def test_inflected_forms() -> None:
    build = _build_module()
    assert "Europäischen Parlaments" in build.inflected("Europäisches Parlament", "n", "Organization")
    assert "Rates der Europäischen Union" in build.inflected("Rat der Europäischen Union", "m", "Organization")
    assert build.inflected("NATO", "f", "Organization") == {"NATO"}
    assert "Vereinigten Arabischen Emiraten" in build.inflected("Vereinigte Arabische Emirate", "pl", "Country")
    assert build.feminine("Sprecher des Kremls") == "Sprecherin des Kremls"


def test_family_names_that_are_words() -> None:
    words = _build_module().GermanWords({"Kerne": "Kern", "Kern": "Kern", "Merkels": "Merkel", "frei": "frei"})
    assert words.is_common("Kern") and words.is_common("Frei")
    assert not words.is_common("Merkel")


@pytest.mark.slow
def test_build_reproduces_the_shipped_files(tmp_path: Path) -> None:
    build = _build_module()
    shipped = json.loads(GAZETTEER_JSON.read_text(encoding="utf-8"))
    if shipped["sources"] != build.sources():
        pytest.skip("another CLDR, babel or pycountry version than the shipped gazetteer was built with")
    assert build.main(["--out-dir", str(tmp_path)]) == 0
    assert (tmp_path / "gazetteer.json").read_bytes() == GAZETTEER_JSON.read_bytes()
    assert (tmp_path / "gazetteer.ttl").read_bytes() == GAZETTEER_TTL.read_bytes()


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("BfArM", "Bundesinstitut für Arzneimittel und Medizinprodukte"),
        ("UBA", "Umweltbundesamt"),
        ("BfV", "Bundesamt für Verfassungsschutz"),
    ],
)
def test_federal_authorities_by_their_acronyms(acronym: str, name: str) -> None:
    entry = Gazetteer.load().lookup(acronym)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize(
    ("noun", "country"), [("Estin", "Estland"), ("Pole", "Polen"), ("Ire", "Irland"), ("Kunde", None), ("Armee", None)]
)
def test_demonyms_of_adjectives_in_nisch_and_of_short_stems(noun: str, country: str | None) -> None:
    entry = Gazetteer.load().country_for_demonym(noun)
    assert (entry.name if entry else None) == country
