"""Speakers known only by what they are: `ein Augenzeuge`, `die Ärztin`, `Umweltverbände`."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from tests.extraction_helpers import run, speakers


def test_someone_described_by_where_they_are_from_before_a_relative_clause_speaks() -> None:
    text = (
        "Eine 66-jährige Frau aus Lorsch, deren Operation am Mittwoch hätte stattfinden sollen, sagte, sie habe "
        "erst am Morgen von der Absage erfahren."
    )
    extraction = run(Extractor(None), text)
    assert speakers(extraction) == [("66-jährige Frau", "sagen", "sie habe erst am Morgen von der Absage erfahren")]
    assert [p.name for p in extraction.places] == ["Lorsch"]


def test_a_compound_of_a_word_that_names_no_institution_names_none_either(both: Extractor) -> None:
    text = "Ein Geschäftsreisender aus Stuttgart sagte, er habe Verständnis für den Streik."
    assert [(a.name, a.type) for a in run(both, text).actors] == [("Geschäftsreisender", "Person")]


def test_a_city_adjective_does_not_inflect_and_its_people_are_no_place() -> None:
    text = "Die Bundesrepublik habe gegen Artikel 3 verstoßen, urteilten die Straßburger Richter am Dienstag."
    extraction = run(Extractor(None), text)
    assert speakers(extraction)[0][0] == "Straßburger Richter" and extraction.places == []


def test_a_person_described_by_age_in_years_before_a_relative_clause_speaks() -> None:
    text = "Eine 67 Jahre alte Frau, die seit Wochen wartet, sagte dem WDR, sie fühle sich im Stich gelassen."
    assert speakers(run(Extractor(None), text))[0][:2] == ("67 Jahre alte Frau", "sagen")


def test_a_word_that_stresses_an_unnamed_subject_after_the_cue() -> None:
    text = (
        "Die Gerüchte entbehren jeder Realität. Das sagte sogar der Minister. Die Straße ist zu laut. "
        "Das sagte auch eine Anwohnerin."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Minister", "Anwohnerin"]


def test_a_bare_definite_description_is_the_unnamed_person_described_with_it_before() -> None:
    text = (
        "Die Gerüchte entbehren jeder Realität. Das bestätigte die zuständige Staatsanwältin am Mittwoch. "
        "Nach Angaben der Staatsanwältin wurden drei Büros durchsucht. "
        "Die Staatsanwältin kündigte an, weitere Zeugen zu vernehmen."
    )
    extraction = run(Extractor(None), text)
    assert len({s.speaker for s in extraction.statements}) == 1
    assert [a.name for a in extraction.actors if a.unnamed] == ["Zuständige Staatsanwältin"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ein Augenzeuge berichtete, er habe einen lauten Knall gehört.",
            ("Augenzeuge", "Person", "er habe einen lauten Knall gehört"),
        ),
        ("„Es war furchtbar“, sagte eine Anwohnerin.", ("Anwohnerin", "Person", "Es war furchtbar")),
        (
            "Der Vorsitzende Richter sagte, das Gericht werde die Aussage prüfen.",
            ("Vorsitzender Richter", "Person", "das Gericht werde die Aussage prüfen"),
        ),
        ("Umweltverbände kritisierten die Pläne der Stadt.", ("Umweltverbände", "Group", "die Pläne der Stadt")),
        (
            "Viele Landwirte warnten, die Ernte sei in Gefahr.",
            ("Landwirte", "Group", "die Ernte sei in Gefahr"),
        ),
        (
            "Laut einem Polizeisprecher wurden zwei Beamte verletzt.",
            ("Polizeisprecher", "Person", "wurden zwei Beamte verletzt"),
        ),
        ("Der Angeklagte sagte, er bereue die Tat.", ("Angeklagter", "Person", "er bereue die Tat")),
        ("Die Angeklagte sagte, sie bereue die Tat.", ("Angeklagte", "Person", "sie bereue die Tat")),
        (
            "Nach Angaben von Helfern saßen Tausende fest.",
            ("Helfer", "Group", "saßen Tausende fest"),
        ),
        (
            "Nach Angaben eines Polizeisprechers gab es keine Verletzten.",
            ("Polizeisprecher", "Person", "gab es keine Verletzten"),
        ),
        ("Eine Erzieherin sagte, das Ergebnis reiche nicht.", ("Erzieherin", "Person", "das Ergebnis reiche nicht")),
        ("Die Einigung sei teuer, berichteten Delegierte.", ("Delegierte", "Group", "Die Einigung sei teuer")),
        ("Ein Feuerwehrmann sagte, der Brand sei gelöscht.", ("Feuerwehrmann", "Person", "der Brand sei gelöscht")),
        (
            "Die Ärztin, die anonym bleiben wollte, sagte, die Lage sei dramatisch.",
            ("Ärztin", "Person", "die Lage sei dramatisch"),
        ),
    ],
)
def test_an_unnamed_person_or_group_speaks_as_an_actor_of_the_document_only(
    both: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    extraction = run(both, text)
    name, kind, content = expected
    assert speakers(extraction) == [(name, extraction.statements[0].cue, content)]
    actor = next(a for a in extraction.actors if a.name == name)
    assert (actor.type, actor.unnamed) == (kind, True)


def test_an_unnamed_speaker_s_medium_is_not_their_owner(both: Extractor) -> None:
    extraction = run(both, "„Wir haben alles verloren“, sagte ein Hotelbesitzer der Nachrichtenagentur AFP.")
    assert speakers(extraction)[0][0] == "Hotelbesitzer"


def test_a_spokesperson_of_an_institution_not_named_before_speaks_unnamed(both: Extractor) -> None:
    text = "Die FDP verlangte Nachbesserungen. Eine Sprecherin des Ministeriums sagte, man sei zuversichtlich."
    assert speakers(run(both, text))[1] == ("Sprecherin des Ministeriums", "sagen", "man sei zuversichtlich")


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt warnte die Anwohner, die Fenster geschlossen zu halten.",  # the residents are warned
        "Die Bundesländer sind aufgerufen, Kapazitäten vorzuhalten.",  # called on, not calling
        "Sie schweigen laut dort, wo Frauen zu Opfern werden.",  # `laut` as an adverb names no source
        "Beide Politiker sagten, Europa müsse zusammenstehen.",  # the two named before, no group of their own
        "Es drängt Flüchtlinge unter das Existenzminimum.",  # the pronoun is the subject, whatever the parse says
    ],
)
def test_who_is_spoken_to_is_no_unnamed_speaker(both: Extractor, text: str) -> None:
    assert not any(a.unnamed for a in run(both, text).actors)


def test_an_unnamed_speaker_keeps_whose_they_are(both: Extractor) -> None:
    text = "„Wir haben keine Zeit mehr“, sagte die Mutter eines Entführten."
    assert speakers(run(both, text))[0][0] == "Mutter eines Entführten"


def test_a_named_speaker_is_not_made_unnamed(both: Extractor) -> None:
    extraction = run(both, "Innenministerin Anna Keller sagte den Anwohnern, die Lage sei ernst.")
    assert speakers(extraction) == [("Anna Keller", "sagen", "die Lage sei ernst")]
    assert not any(a.unnamed for a in extraction.actors)


def test_an_organ_in_the_object_speaks_for_no_one_and_a_woman_s_noun_keeps_its_form() -> None:
    text = (
        "Verdi kritisierte die Insolvenz. Die Gewerkschaftlerin forderte die Geschäftsführung auf, alle Filialen "
        "zu erhalten."
    )
    assert speakers(run(Extractor(None), text))[1] == ("Gewerkschaftlerin", "auffordern", "alle Filialen zu erhalten")


def test_an_unnamed_person_quoted_said_it_and_who_quotes_is_no_addressee() -> None:
    text = (
        "Der „Spiegel“ zitierte einen Diplomaten mit den Worten, die Lage sei ernst. Die Zeitung zitierte den "
        "Minister Karl Weber mit den Worten: „Wir kommen.“"
    )
    extraction = run(Extractor(None), text)
    assert [s[:2] for s in speakers(extraction)] == [("Diplomat", "zitieren"), ("Karl Weber", "zitieren")]
    assert [s.addressee for s in extraction.statements] == [None, None]


def test_a_trader_quoted_unnamed_is_a_speaker() -> None:
    assert speakers(run(Extractor(None), "„Entscheidend ist der Juni“, meinte ein Börsianer.")) == [
        ("Börsianer", "meinen", "Entscheidend ist der Juni")
    ]


def test_an_unnamed_spokesperson_speaks_for_the_subject_of_the_sentence_before_not_its_genitive() -> None:
    text = "Die Deutsche Bahn kritisierte die Pläne des Landkreises Kassel. Man sei überrascht, sagte eine Sprecherin."
    assert speakers(run(Extractor(None), text))[-1][0] == "Deutsche Bahn"


def test_an_age_after_someone_introduced_without_a_name_is_them_not_the_one_named_before() -> None:
    text = "Die Anwältin Nora Falk verlas eine Erklärung. Danach sagte eine Nachbarin aus. "
    text += "„Es hat gewackelt“, sagte die 71-Jährige."
    assert speakers(run(Extractor(None), text))[-1][0] not in ("Nora Falk", None)


def test_a_hyphenated_spokesperson_speaks_for_the_name_before_the_hyphen_though_named_nowhere_else() -> None:
    text = "Die Telekom erklärte, man prüfe den Vorfall. Ein Vodafone-Sprecher sagte, das eigene Netz sei sicher."
    assert speakers(run(Extractor(None), text))[-1][0] == "Vodafone"


def test_she_after_a_named_spokesperson_who_said_nothing_is_that_spokesperson() -> None:
    text = "Der Handel mit Polen wächst. Regierungssprecherin Karla Jansen verteidigte den Kurs. "
    text += "„Wir bleiben“, sagte sie."
    assert speakers(run(Extractor(None), text))[-1][0] == "Karla Jansen"


def test_ihr_before_a_noun_is_a_possessive_not_the_pronoun() -> None:
    text = "Die Klägerin war sichtlich bewegt. Ihr Mann ergänzte, man sei froh über das Ende des Verfahrens."
    assert [s[2] for s in speakers(run(Extractor(None), text))] == ["man sei froh über das Ende des Verfahrens"]


def test_der_beklagte_is_a_person_and_beklagte_a_verb() -> None:
    shipped = Extractor(None)
    text = "Der Beklagte sagte später, er habe alles richtig gemacht."
    assert speakers(run(shipped, text)) == [("Beklagter", "sagen", "er habe alles richtig gemacht")]
    text = "Die Mieterin beklagte die hohen Kosten."
    assert speakers(run(shipped, text))[0][:2] == ("Mieterin", "beklagen")
