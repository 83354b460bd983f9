"""Temporal expressions in German sentences, resolved against the publication date."""

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.nlp.dates import clause_tense, easter, find_time_expressions

# Tuesday 25 January 2022, 01:42, just after midnight.
TUESDAY_NIGHT = datetime(2022, 1, 25, 1, 42)
TUESDAY_EVENING = datetime(2022, 1, 25, 20, 15)
TUESDAY_UNKNOWN_TIME = datetime(2022, 1, 25)
NEW_YEAR = datetime(2022, 1, 1, 12, 0)  # a Saturday
DECEMBER = datetime(2021, 12, 10, 9, 30)
MARCH = datetime(2022, 3, 1, 10, 0)

CASES = [
    # Weekdays: the tense of the clause gives the direction.
    ("Am Montag hatte die Regierung 8500 Soldaten in Bereitschaft versetzt.", TUESDAY_NIGHT,
     "Montag", "2022-01-24", "day"),
    ("Die Außenminister wollen am Mittwoch in Genf zusammenkommen.", TUESDAY_NIGHT,
     "Mittwoch", "2022-01-26", "day"),
    ("Am Mittwoch hatten die Außenminister in Genf beraten.", TUESDAY_NIGHT, "Mittwoch", "2022-01-19", "day"),
    ("Am Mittwoch beraten die Außenminister in Genf.", TUESDAY_NIGHT, "Mittwoch", "2022-01-26", "day"),
    ("Am Montag werden die Minister erneut beraten.", TUESDAY_NIGHT, "Montag", "2022-01-31", "day"),
    ("Die Abstimmung soll am Montag stattfinden.", TUESDAY_NIGHT, "Montag", "2022-01-31", "day"),
    ("Am Dienstag erklärte der Sprecher, man sei gesprächsbereit.", TUESDAY_EVENING,
     "Dienstag", "2022-01-25", "day"),
    ("Der Kanzler reiste am Sonntag nach Washington.", TUESDAY_NIGHT, "Sonntag", "2022-01-23", "day"),
    ("Er kündigte an, am Freitag nach Kiew zu reisen.", TUESDAY_NIGHT, "Freitag", "2022-01-28", "day"),
    ("Gespräche am Donnerstag in Brüssel", TUESDAY_NIGHT, "Donnerstag", "2022-01-27", "day"),
    ("Gespräche am Samstag in Brüssel", TUESDAY_NIGHT, "Samstag", "2022-01-22", "day"),
    ("Bereits am Montag, als die Nato tagte, hatten die USA Truppen verlegt.", TUESDAY_NIGHT,
     "Montag", "2022-01-24", "day"),
    ("Die Minister trafen sich am Montag und wollen am Donnerstag weiterverhandeln.", TUESDAY_NIGHT,
     "Donnerstag", "2022-01-27", "day"),
    # A strong preterite before a `zu`-infinitive, and a participle with an inseparable prefix, are past.
    ("Die Opposition warf ihm am Montag vor, die Zahlen zu verschweigen.", TUESDAY_NIGHT,
     "Montag", "2022-01-24", "day"),
    ("Ermittler haben am Montag das Rathaus durchsucht.", TUESDAY_NIGHT, "Montag", "2022-01-24", "day"),
    # `und` between nouns joins no clauses: the perfect's participle after it still makes the clause past.
    ("Die Armee hat am Sonntag mit Drohnen und Raketen mehrere Städte angegriffen.", TUESDAY_NIGHT,
     "Sonntag", "2022-01-23", "day"),
    ("Kommenden Dienstag will die Kommission entscheiden.", TUESDAY_NIGHT,
     "Kommenden Dienstag", "2022-02-01", "day"),
    ("Vergangenen Mittwoch hatte die Kommission entschieden.", TUESDAY_NIGHT,
     "Vergangenen Mittwoch", "2022-01-19", "day"),
    ("Am Montagabend hatten die Verbündeten beraten.", TUESDAY_NIGHT, "Montagabend", "2022-01-24", "day"),
    ("In der Nacht zum Dienstag griffen Truppen an.", datetime(2022, 1, 26, 9, 0),
     "Nacht zum Dienstag", "2022-01-24", "day"),
    ("Das kündigte der Minister am Donnerstag in Berlin an.", TUESDAY_NIGHT,
     "Donnerstag", "2022-01-20", "day"),
    ("Das sagte der Sprecher am Freitag.", TUESDAY_NIGHT, "Freitag", "2022-01-21", "day"),
    ("Die Inflationsrate ist im Dezember auf 5,3 Prozent gestiegen.", TUESDAY_NIGHT,
     "Dezember", "2021-12", "month"),
    ("Seit Montag gilt die neue Regel.", TUESDAY_NIGHT, "Montag", "2022-01-24", "day"),
    # the time something is set for is the nearest, whatever the tense of its announcement
    ("Die Gewerkschaft kündigte für Mitte Februar Streiks an.", TUESDAY_NIGHT, "Mitte Februar", "2022-02", "month"),
    ("Die Zahlen für Dezember lagen darunter.", TUESDAY_NIGHT, "Dezember", "2021-12", "month"),
    ("Für Freitag kündigte die Gewerkschaft Streiks an.", TUESDAY_NIGHT, "Freitag", "2022-01-28", "day"),
    # A modal's perfect takes its infinitive (`haben ... einigen können`); "Staats- und" joins no clauses.
    ("Am Sonntag haben sich die Staats- und Regierungschefs nicht einigen können.", TUESDAY_NIGHT,
     "Sonntag", "2022-01-23", "day"),
    ("Seit dem 24. Februar herrscht Krieg.", MARCH, "24. Februar", "2022-02-24", "day"),
    ("In der Nacht auf Montag wurde geschossen.", TUESDAY_NIGHT, "Nacht auf Montag", "2022-01-23", "day"),
    ("Anfang Januar hatte die Regierung gewarnt.", datetime(2022, 1, 10), "Anfang Januar", "2022-01", "month"),
    ("Ende Januar soll entschieden werden.", datetime(2022, 1, 10), "Ende Januar", "2022-01", "month"),
    ("Der Sprecher sagte, Scholz reise am Mittwoch nach Washington.", TUESDAY_NIGHT,
     "Mittwoch", "2022-01-26", "day"),
    ("Am Mittwoch, sagte der Sprecher, habe man Einigkeit erzielt.", TUESDAY_NIGHT,
     "Mittwoch", "2022-01-19", "day"),
    ("Am Mittwoch vergangener Woche kam es zu Ausschreitungen.", TUESDAY_NIGHT,
     "Mittwoch vergangener Woche", "2022-01-19", "day"),
    ("Am Freitag kam es zu neuen Protesten.", TUESDAY_NIGHT, "Freitag", "2022-01-21", "day"),
    ("Er lud die Minister ein, am Freitag teilzunehmen.", TUESDAY_NIGHT, "Freitag", "2022-01-28", "day"),
    # Year boundaries.
    ("Am Montag hatten die Behörden den Notstand ausgerufen.", NEW_YEAR, "Montag", "2021-12-27", "day"),
    ("Am Montag soll das Parlament abstimmen.", NEW_YEAR, "Montag", "2022-01-03", "day"),
    ("Die Gespräche sollen Anfang Februar fortgesetzt werden.", DECEMBER,
     "Anfang Februar", "2022-02", "month"),
    ("Im Februar hatte die Regierung das Gesetz beschlossen.", DECEMBER, "Februar", "2021-02", "month"),
    ("Anfang Februar hatte Russland Truppen zusammengezogen.", MARCH, "Anfang Februar", "2022-02", "month"),
    ("Am 24. Februar marschierten russische Truppen ein.", MARCH, "24. Februar", "2022-02-24", "day"),
    ("Der Gipfel soll am 24. Februar beginnen.", DECEMBER, "24. Februar", "2022-02-24", "day"),
    ("Am 3. Dezember war das Abkommen unterzeichnet worden.", MARCH, "3. Dezember", "2021-12-03", "day"),
    ("Vergangene Woche trafen sich die Minister.", NEW_YEAR, "Vergangene Woche", "2021-W51", "week"),
    # Parts of the day: the evening before a publication just after midnight.
    ("Bei einer Videokonferenz am Abend hätten alle übereingestimmt, erklärte der Sprecher.",
     TUESDAY_NIGHT, "Abend", "2022-01-24", "day"),
    ("Bei einer Videokonferenz am Abend hatten alle übereingestimmt.", TUESDAY_EVENING,
     "Abend", "2022-01-25", "day"),
    ("Bei einer Videokonferenz am Abend hatten alle übereingestimmt.", TUESDAY_UNKNOWN_TIME,
     "Abend", "2022-01-25", "day"),
    ("Am Abend will der Kanzler im Fernsehen sprechen.", TUESDAY_NIGHT, "Abend", "2022-01-25", "day"),
    ("Am Morgen soll die Sitzung beginnen.", TUESDAY_EVENING, "Morgen", "2022-01-26", "day"),
    ("Am Montag hatten die Minister beraten, am Abend kam die Einigung.", TUESDAY_NIGHT,
     "Abend", "2022-01-24", "day"),
    ("Heute Abend will der Kanzler sprechen.", TUESDAY_NIGHT, "Heute Abend", "2022-01-25", "day"),
    ("Gestern Abend war es ruhig.", TUESDAY_NIGHT, "Gestern Abend", "2022-01-24", "day"),
    ("In der Nacht zum Dienstag brannte es, am Morgen war das Feuer gelöscht.", datetime(2022, 1, 26, 9, 0),
     "Morgen", "2022-01-25", "day"),
    # Clock times.
    ("Die Sitzung soll um 18 Uhr beginnen.", TUESDAY_NIGHT, "18 Uhr", "2022-01-25T18:00", "time"),
    ("Die Sitzung hatte um 18 Uhr begonnen.", TUESDAY_NIGHT, "18 Uhr", "2022-01-24T18:00", "time"),
    ("Am Montag um 18.30 Uhr hatte die Sitzung begonnen.", TUESDAY_NIGHT,
     "18.30 Uhr", "2022-01-24T18:30", "time"),
    # Days around today.
    ("Heute beraten die Minister.", TUESDAY_NIGHT, "Heute", "2022-01-25", "day"),
    ("Morgen wollen sie entscheiden.", TUESDAY_NIGHT, "Morgen", "2022-01-26", "day"),
    ("Sie wollen morgen entscheiden.", TUESDAY_NIGHT, "morgen", "2022-01-26", "day"),
    ("Gestern hatten sie beraten.", TUESDAY_NIGHT, "Gestern", "2022-01-24", "day"),
    ("Vorgestern war es ruhig.", TUESDAY_NIGHT, "Vorgestern", "2022-01-23", "day"),
    ("Übermorgen soll abgestimmt werden.", TUESDAY_NIGHT, "Übermorgen", "2022-01-27", "day"),
    # Weeks, weekends, months, years.
    ("Am Wochenende hatten Tausende demonstriert.", TUESDAY_NIGHT, "Wochenende", "2022-W03", "week"),
    ("Am Wochenende wollen Tausende demonstrieren.", TUESDAY_NIGHT, "Wochenende", "2022-W04", "week"),
    ("Kommende Woche reist die Ministerin nach Kiew.", TUESDAY_NIGHT, "Kommende Woche", "2022-W05", "week"),
    ("In der vergangenen Woche war sie in Moskau.", TUESDAY_NIGHT, "vergangenen Woche", "2022-W03", "week"),
    ("Nächste Woche soll es weitergehen.", TUESDAY_NIGHT, "Nächste Woche", "2022-W05", "week"),
    ("Letzte Woche war es ruhig.", TUESDAY_NIGHT, "Letzte Woche", "2022-W03", "week"),
    ("Im vergangenen Jahr stiegen die Preise.", TUESDAY_NIGHT, "vergangenen Jahr", "2021", "year"),
    ("Im kommenden Monat soll das Gesetz gelten.", TUESDAY_NIGHT, "kommenden Monat", "2022-02", "month"),
    ("Mitte März soll entschieden werden.", TUESDAY_NIGHT, "Mitte März", "2022-03", "month"),
    ("Ende 2002 verlegten die USA Truppen.", TUESDAY_NIGHT, "Ende 2002", "2002", "year"),
    ("Vor zwei Wochen hatte er gewarnt.", TUESDAY_NIGHT, "Vor zwei Wochen", "2022-W02", "week"),
    ("In drei Tagen beginnt das Manöver.", TUESDAY_NIGHT, "In drei Tagen", "2022-01-28", "day"),
    ("Vor fünf Jahren war das anders.", TUESDAY_NIGHT, "Vor fünf Jahren", "2017", "year"),
    ("Im ersten Quartal 2022 wuchs die Wirtschaft.", TUESDAY_NIGHT,
     "ersten Quartal 2022", "2022-Q1", "quarter"),
    ("Anfang nächster Woche soll das Kabinett entscheiden.", TUESDAY_NIGHT,
     "Anfang nächster Woche", "2022-W05", "week"),
    ("Bis Ende des Monats soll das Gesetz gelten.", TUESDAY_NIGHT, "Ende des Monats", "2022-01", "month"),
    ("Im Sommer hatten die Preise angezogen.", TUESDAY_NIGHT, "Sommer", "2021-SU", None),
    ("Im Sommer sollen die Preise sinken.", TUESDAY_NIGHT, "Sommer", "2022-SU", None),
    ("Im vergangenen Winter war das Gas knapp.", datetime(2022, 5, 2), "vergangenen Winter", "2021-WI", None),
    ("Im kommenden Frühjahr soll gebaut werden.", TUESDAY_NIGHT, "kommenden Frühjahr", "2022-SP", None),
    # Explicit dates and years.
    ("Am 24.2. marschierten die Truppen ein.", MARCH, "24.2.", "2022-02-24", "day"),
    ("Am 24. Februar 2022 begann der Krieg.", TUESDAY_NIGHT, "24. Februar 2022", "2022-02-24", "day"),
    ("Der Vertrag vom 24.02.2022 gilt weiter.", TUESDAY_NIGHT, "24.02.2022", "2022-02-24", "day"),
    ("Der Vertrag vom 3.10.90 gilt weiter.", TUESDAY_NIGHT, "3.10.90", "1990-10-03", "day"),
    ("Die Frist endet am Montag, 31. Januar 2022.", TUESDAY_NIGHT,
     "Montag, 31. Januar 2022", "2022-01-31", "day"),
    ("Im Jahr 2014 annektierte Russland die Krim.", TUESDAY_NIGHT, "Jahr 2014", "2014", "year"),
    ("Seit 2014 herrscht Krieg im Donbass.", TUESDAY_NIGHT, "2014", "2014", "year"),
    ("2022 wird ein schwieriges Jahr.", TUESDAY_NIGHT, "2022", "2022", "year"),
    ("Im Mai 2021 kam es zu Protesten.", TUESDAY_NIGHT, "Mai 2021", "2021-05", "month"),
    # Values that are not ISO calendar points have no granularity.
    ("In den 1990er Jahren war das anders.", TUESDAY_NIGHT, "1990er Jahren", "199", None),
    ("In den neunziger Jahren war das anders.", TUESDAY_NIGHT, "neunziger Jahren", "199", None),
    ("Im 19. Jahrhundert war das anders.", TUESDAY_NIGHT, "19. Jahrhundert", "18", None),
    ("Im Sommer 2021 brannten die Wälder.", TUESDAY_NIGHT, "Sommer 2021", "2021-SU", None),
    ("Karthago fiel 146 v. Chr. an Rom.", TUESDAY_NIGHT, "146 v. Chr.", "BC0146", None),
    ("Das Ultimatum lief nach 48 Stunden ab.", TUESDAY_NIGHT, "48 Stunden", "PT48H", None),
    ("Die Verhandlungen dauerten drei Jahre.", TUESDAY_NIGHT, "drei Jahre", "P3Y", None),
    ("Derzeit gibt es keine Gespräche.", TUESDAY_NIGHT, "Derzeit", "PRESENT_REF", None),
    ("Nach zweiwöchigen Verhandlungen kam die Einigung.", TUESDAY_NIGHT, "zweiwöchigen", "P2W", None),
    ("Die Kämpfe vom 18./19. September 1918 waren heftig.", TUESDAY_NIGHT, "18.", "1918-09-18", "day"),
    # Holidays.
    ("An Silvester wird wieder gefeiert.", TUESDAY_NIGHT, "Silvester", "2022-12-31", "day"),
    ("An Silvester hatten Tausende gefeiert.", TUESDAY_NIGHT, "Silvester", "2021-12-31", "day"),
    ("Zu Ostern soll die Waffenruhe gelten.", TUESDAY_NIGHT, "Ostern", "2022-04-17", "day"),
    ("Am Tag der Deutschen Einheit 2020 sprach der Präsident.", TUESDAY_NIGHT,
     "Tag der Deutschen Einheit 2020", "2020-10-03", "day"),
]


@pytest.mark.parametrize(("sentence", "published", "text", "value", "granularity"), CASES)
def test_expression_is_found_and_resolved(
    sentence: str, published: datetime, text: str, value: str | None, granularity: str | None
) -> None:
    found = {t.text: t for t in find_time_expressions(sentence, published, calendar_only=False)}
    assert text in found, f"{text!r} not among {list(found)}"
    assert (found[text].value, found[text].granularity) == (value, granularity)
    assert sentence[found[text].start:found[text].end] == text


@pytest.mark.parametrize(
    "sentence",
    [
        "Bis zu 1500 Soldaten wurden verlegt.",
        "Die USA schicken 8500 Soldaten.",
        "Die Strecke ist 1600 km lang.",
        "Die Sängerin Mai Thi trat auf.",
        "Er nannte die Lage ernst.",
        "Die Montagsdemonstrationen gingen weiter.",
        "Der Arabische Frühling veränderte die Region.",
        "Das heute-journal berichtete ausführlich.",
        "Abschnitt 13.14. regelt das.",
    ],
)
def test_numbers_and_names_are_not_dates(sentence: str) -> None:
    assert find_time_expressions(sentence, TUESDAY_NIGHT) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Derzeit gibt es keine Gespräche.",
        "Die Verhandlungen dauerten drei Jahre.",
        "Im Sommer 2021 brannten die Wälder.",
        "In den 1990er Jahren war das anders.",
        "Karthago fiel 146 v. Chr. an Rom.",
    ],
)
def test_by_default_only_calendar_points_are_returned(sentence: str) -> None:
    assert find_time_expressions(sentence, TUESDAY_NIGHT) == []


def test_anaphora_counts_from_the_last_date_mentioned() -> None:
    text = "Am 3. März 2021 begannen die Gespräche. Am folgenden Tag reiste die Delegation ab."
    found = {t.text: t.value for t in find_time_expressions(text, TUESDAY_NIGHT)}
    assert found["folgenden Tag"] == "2021-03-04"


def test_next_morning_counts_from_the_last_date() -> None:
    text = "Am Montag hatten die Gespräche begonnen. Am nächsten Morgen reiste die Delegation ab."
    found = {t.text: t.value for t in find_time_expressions(text, TUESDAY_NIGHT)}
    assert found["nächsten Morgen"] == "2022-01-25"


def test_tags_darauf_counts_from_the_last_date() -> None:
    text = "Am 3. März 2021 begannen die Gespräche, tags darauf reiste die Delegation ab."
    found = {t.text: t.value for t in find_time_expressions(text, TUESDAY_NIGHT)}
    assert found["tags darauf"] == "2021-03-04"


def test_zwei_tage_spaeter_counts_from_the_last_date() -> None:
    text = "Am 17. März 2003 folgte ein Ultimatum. Zwei Tage später begann der Angriff."
    found = {t.text: t.value for t in find_time_expressions(text, TUESDAY_NIGHT)}
    assert found["Zwei Tage später"] == "2003-03-19"


ARTICLE = (
    "Die Inflationsrate ist im Dezember auf 5,3 Prozent gestiegen, wie das Statistische Bundesamt am "
    "Mittwoch mitteilte. Für das Gesamtjahr 2021 ergab sich der höchste Wert seit 1993. Die Europäische "
    "Zentralbank berät am 3. Februar über ihre Geldpolitik.\n\n"
    "Bei dem Unfall wurden in der Nacht zu Sonntag drei Menschen verletzt, gegen 5 Uhr wurde die Strecke "
    "freigegeben. 1200 Fahrzeuge stauten sich.\n\n"
    "Der Prozess beginnt am kommenden Montag. Die Verteidigung hatte bereits vor zwei Wochen einen Antrag "
    "gestellt. Am Freitag will die Ministerin nach Kiew reisen, am Dienstag war sie in Madrid."
)


def test_an_article_resolves_as_a_reader_would() -> None:
    published = datetime(2022, 1, 11, 14, 30)  # a Tuesday afternoon
    assert [(t.text, t.value) for t in find_time_expressions(ARTICLE, published)] == [
        ("Dezember", "2021-12"), ("Mittwoch", "2022-01-05"), ("2021", "2021"), ("1993", "1993"),
        ("3. Februar", "2022-02-03"), ("Nacht zu Sonntag", "2022-01-08"), ("5 Uhr", "2022-01-09T05:00"),
        ("kommenden Montag", "2022-01-17"), ("vor zwei Wochen", "2021-W52"), ("Freitag", "2022-01-14"),
        ("Dienstag", "2022-01-11"),
    ]


def test_tense_of_overrides_the_text() -> None:
    sentence = "Gespräche am Donnerstag in Brüssel"
    [past] = find_time_expressions(sentence, TUESDAY_NIGHT, tense_of=lambda start, end: "past")
    [future] = find_time_expressions(sentence, TUESDAY_NIGHT, tense_of=lambda start, end: "future")
    assert (past.value, future.value) == ("2022-01-20", "2022-01-27")


def test_without_publication_date_deictic_values_stay_open() -> None:
    text = "Am Montag wurde der 24. Februar 2022 genannt."
    found = {t.text: t.value for t in find_time_expressions(text, None)}
    assert found == {"Montag": None, "24. Februar 2022": "2022-02-24"}


def test_narrative_mode_takes_the_year_from_the_story() -> None:
    text = "1939\n\nAm 1. September überfiel Deutschland Polen. Zwei Tage später erklärten Frankreich und " \
        "Großbritannien den Krieg. Heute erinnert ein Denkmal daran."
    found = {
        t.text: t.value for t in find_time_expressions(text, datetime(2011, 2, 16), narrative=True, calendar_only=False)
    }
    assert found["1. September"] == "1939-09-01"
    assert found["Zwei Tage später"] == "1939-09-03"
    assert found["Heute"] == "PRESENT_REF"


def test_a_year_in_passing_does_not_move_the_story() -> None:
    text = "1862\n\nDie Deklaration von 1856 galt weiter.\n\nIm Oktober griff die Armee an."
    found = {t.text: t.value for t in find_time_expressions(text, None, narrative=True)}
    assert found["Oktober"] == "1862-10"


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("Am Montag hatte die US-Regierung Soldaten versetzt", "past"),
        ("Die Außenminister wollen am Mittwoch zusammenkommen", "future"),
        ("Die Abstimmung wird am Freitag stattfinden", "future"),
        ("Sie hätten ihre Bereitschaft bekräftigt", "past"),
        ("an der auch Bundeskanzler Scholz teilnahm", "past"),
        ("Am Montag erklärte Scholz", "past"),
        ("Er verlegte Truppen an die Grenze", "past"),
        ("Die Lage ist ernst", "present"),
        ("über die erwartete Entscheidung", None),
        ("am Mittwoch nach Kiew zu reisen", "future"),
        ("am Mittwoch kam es zu Ausschreitungen", "past"),
        ("bestritt, am Montag dort gewesen zu sein", "past"),
        ("Die Minister wollten am Mittwoch reisen", None),
    ],
)
def test_clause_tense(clause: str, tense: str | None) -> None:
    assert clause_tense(clause) == tense


@pytest.mark.parametrize(
    ("year", "sunday"), [(2019, date(2019, 4, 21)), (2022, date(2022, 4, 17)), (2024, date(2024, 3, 31))]
)
def test_easter(year: int, sunday: date) -> None:
    assert easter(year) == sunday


WORDS = st.sampled_from(
    [
        "am", "im", "vor", "in", "um", "seit", "Montag", "Abend", "morgen", "Morgen", "heute", "24.", "2022",
        "1500", "Februar", "Jahr", "Woche", "drei", "Tage", "später", "hatte", "wird", "18", "Uhr", ".", ",",
        "Nacht", "zum", "Dienstag", "Ende", "Anfang", "folgenden", "v.", "Chr.", "19.", "Jahrhundert", "\n\n",
        "0", "5", "999", "Jahren", "Jahres", "selben", "Vorjahr", "9999",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=25), st.booleans())
def test_offsets_always_point_into_the_text(words: list[str], narrative: bool) -> None:
    text = " ".join(words)
    for expression in find_time_expressions(text, TUESDAY_NIGHT, narrative=narrative):
        assert text[expression.start:expression.end] == expression.text
        assert (expression.granularity is None) == (expression.value is None)
