"""Cues of reported speech: verbs and phrases of saying, attributions, and cues that report nothing or are
themselves reported."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from tests.extraction_helpers import names, run, speakers

# --- verbs and phrases of saying ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "threats"),
    [
        ("Präsident Karl Vogt warnte, seinem Land drohten ohne neue Mittel Engpässe bei der Luftabwehr.", 0),
        ("Dem Unternehmen droht die Pleite.", 0),
        ("Russland drohte der Ukraine mit Konsequenzen.", 1),
        ("Präsident Karl Vogt drohte, die Zölle zu verdoppeln.", 1),
        ("Die Deutsche Bahn droht, die Strecke stillzulegen.", 1),
        ("Die Einigung droht zu scheitern.", 0),
    ],
)
def test_drohen_of_what_looms_is_no_threat(text: str, threats: int) -> None:
    extraction = run(Extractor(None), text)
    assert sum(e.type == "THREATEN" for e in extraction.events) == threats
    assert sum(s.speech_act == "threat" for s in extraction.statements) == threats


def test_schildern_reports_and_an_adjective_the_parse_made_the_subject_is_its_noun_s() -> None:
    text = (
        "„Es gab einen gewaltigen Schlag“, schilderte eine 34-jährige Pendlerin, die vorne gesessen hatte, "
        "unserer Redaktion."
    )
    expected = [("34-jährige Pendlerin", "schildern", "Es gab einen gewaltigen Schlag")]
    assert speakers(run(Extractor(None), text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kanzler Karl Vogt machte deutlich, dass Deutschland an der Seite der Ukraine stehe.",
            ("Karl Vogt", "deutlich machen", "dass Deutschland an der Seite der Ukraine stehe"),
        ),
        (
            "Ministerin Anna Keller stellte weitere Hilfen in Aussicht.",
            ("Anna Keller", "in aussicht stellen", "weitere Hilfen"),
        ),
        (
            "In einem Brief beschwert sich Ministerin Anna Keller, dass die Regeln zu streng seien.",
            ("Anna Keller", "sich beschweren", "dass die Regeln zu streng seien"),
        ),
        (
            "Eine Quote wäre zu starr, gab die Abgeordnete Ina Holm zu bedenken.",
            ("Ina Holm", "zu bedenken geben", "Eine Quote wäre zu starr"),
        ),
        (
            "Der Zeuge Paul Merz gab zu Protokoll, er habe nichts gesehen.",
            ("Paul Merz", "zu protokoll geben", "er habe nichts gesehen"),
        ),
    ],
)
def test_cues_of_several_words(both: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert speakers(run(both, text)) == [expected]


def test_anmerken_and_angeben_with_a_clause_are_cues_angeben_with_a_noun_is_not() -> None:
    shipped = Extractor(None)
    noted = run(shipped, "Die Regeln seien zu streng, merkte der Abgeordnete Tom Falk an.")
    assert speakers(noted) == [("Tom Falk", "anmerken", "Die Regeln seien zu streng")]
    stated = run(shipped, "Wie die Feuerwehr angab, war die Straße gesperrt. Der Händler gab den Preis an.")
    assert speakers(stated) == [("Feuerwehr", "angeben", "war die Straße gesperrt")]


def test_verraten_and_wissen_wollen_are_cues_and_written_figures_or_history_say_nothing() -> None:
    shipped = Extractor(None)
    text = "Im Sommer werde er Vater, verriet der Sänger Tom Reiter. Die Zeitung „Bild“ wollte wissen, wann er heirate."
    assert [s[1] for s in speakers(run(shipped, text))] == ["verraten", "wissen wollen"]
    text = "Der Konzern Radmax hat einen Verlust geschrieben. Die Mannschaft schrieb Geschichte."
    assert run(shipped, text).statements == []


def test_bemaengeln_is_a_cue_of_accusation(both: Extractor) -> None:
    statement = run(both, "Kritiker bemängeln, das Gesetz sei handwerklich schlecht gemacht.").statements[0]
    assert (statement.cue, statement.speech_act) == ("bemängeln", "accusation")


def test_rufen_reports_speech_only_next_to_a_quotation(both: Extractor) -> None:
    text = (
        "„Wir lassen uns nicht einschüchtern“, rief Ministerin Anna Keller. Sie rief die Polizei. "
        "Keller rief: „Das ist unser Land!“ Die Nachbarn riefen die Feuerwehr."
    )
    assert speakers(run(both, text)) == [
        ("Anna Keller", "rufen", "Wir lassen uns nicht einschüchtern"),
        ("Anna Keller", "rufen", "Das ist unser Land!"),
    ]


def test_showing_oneself_confident_that_is_a_claim(both: Extractor) -> None:
    text = "Verkehrsminister Volker Wissing zeigte sich zuversichtlich, dass die Bahn ihre Ziele erreiche."
    assert speakers(run(both, text)) == [
        ("Volker Wissing", "sich zuversichtlich zeigen", "dass die Bahn ihre Ziele erreiche")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # praise is speech, and what follows in Konjunktiv goes on reporting it
            "Trainer Karl Vogt lobte seine Mannschaft. Sie habe leidenschaftlich gekämpft.",
            [("Karl Vogt", "loben", "seine Mannschaft"), ("Karl Vogt", None, "Sie habe leidenschaftlich gekämpft")],
        ),
        (
            "Ministerin Anna Keller hatte zuletzt signalisiert, dass eine Einigung möglich sei.",
            [("Anna Keller", "signalisieren", "dass eine Einigung möglich sei")],
        ),
        (  # a linking adverb after the cue is no content, nor a second predicate after a comma
            "Der Einzelhandelsverband warnte dagegen vor einem Kundenschwund, lobte aber den Radweg.",
            [
                ("Einzelhandelsverband", "warnen", "vor einem Kundenschwund"),
                ("Einzelhandelsverband", "loben", "den Radweg"),
            ],
        ),
        (  # researchers speak for their institute
            "Der Meeresspiegel steigt schneller als erwartet. Das berichten Forscher des Alfred-Wegener-Instituts.",
            [("Alfred-Wegener-Institut", "berichten", "Der Meeresspiegel steigt schneller als erwartet")],
        ),
    ],
)
def test_praise_signals_and_researchers(both: Extractor, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(run(both, text)) == expected


def test_a_particle_the_parser_gives_to_an_adjective_is_still_the_cue_s() -> None:
    text = 'Russland wies die Vorwürfe als "absurd" zurück.'
    assert speakers(run(Extractor(None), text)) == [("Russland", "zurückweisen", 'die Vorwürfe als "absurd"')]


def test_a_second_verb_s_own_particle_and_a_foreign_party_by_its_acronym() -> None:
    text = (
        "Die Partei für die Freiheit (PVV) hat die Wahl gewonnen. "
        "Regierungschef Karl Vogt gratulierte der PVV und rief zu konstruktiven Gesprächen auf."
    )
    extraction = run(Extractor(None), text)
    assert [a.name for a in extraction.actors if a.type == "Organization"] == ["Partei für die Freiheit"]
    assert speakers(extraction) == [("Karl Vogt", "aufrufen", "zu konstruktiven Gesprächen")]


def test_more_cues_a_separated_klar_and_konjunktiv_ii_by_its_umlaut() -> None:
    text = (
        "Gesundheitsministerin Petra Kühne warnte vor Klinikschließungen. Die Kliniken bräuchten sofort mehr Geld. "
        "Ministerpräsident Klaus Hartmann erwiderte, er werde sich nicht erpressen lassen. Zugleich stellte er "
        "klar: Wer nicht mitziehe, werde nicht belohnt. Die Opposition monierte, die Kosten seien zu hoch. "
        "Der Minister hält den Plan für falsch."
    )
    assert speakers(run(Extractor(None), text)) == [
        ("Petra Kühne", "warnen", "vor Klinikschließungen"),
        ("Petra Kühne", None, "Die Kliniken bräuchten sofort mehr Geld"),
        ("Klaus Hartmann", "erwidern", "er werde sich nicht erpressen lassen"),
        ("Klaus Hartmann", "klarstellen", "Wer nicht mitziehe, werde nicht belohnt"),
        ("Opposition", "monieren", "die Kosten seien zu hoch"),
    ]


def test_speaking_out_for_something_and_authors_of_a_paper() -> None:
    text = (
        "Die Ministerin Anna Roth sprach sich für eine Reform aus. Sie äußerte sich am Morgen. Die Verfasser "
        "warnen, die Reaktionszeiten seien zu lang."
    )
    assert speakers(run(Extractor(None), text)) == [
        ("Anna Roth", "sich aussprechen", "für eine Reform"),
        ("Verfasser", "warnen", "die Reaktionszeiten seien zu lang"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Stadt muss das Fahrverbot ausweiten. Das hat das Bundesverwaltungsgericht am Mittwoch entschieden.",
            [("Bundesverwaltungsgericht", "entscheiden", "Die Stadt muss das Fahrverbot ausweiten")],
        ),
        ("Die Wähler in Bayern entschieden sich für die CSU.", []),  # a choice, not a decision announced
        (
            "Die AfD wertete das Ergebnis als Erfolg.",
            [("Alternative für Deutschland", "werten", "das Ergebnis als Erfolg")],
        ),
        (
            "Der Konzern Volkswagen begründete den Schritt mit hohen Kosten.",
            [("Volkswagen", "begründen", "den Schritt mit hohen Kosten")],
        ),
    ],
)
def test_decisions_questions_left_open_and_judgements(
    both: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert speakers(run(both, text)) == expected


def test_a_decision_yet_to_make_says_nothing_and_a_question_left_open_is_a_cue() -> None:
    shipped = Extractor(None)  # the rules alone see no particle `offen` and no subject after `sagte`
    text = "Über die Zölle müssen die EU-Staaten bis November entscheiden, sagte Anna Roth."
    assert speakers(run(shipped, text)) == [
        ("Anna Roth", "sagen", "Über die Zölle müssen die EU-Staaten bis November entscheiden")
    ]
    text = "Ob er mit dem BSW verhandeln würde, ließ Andreas Keilholz offen."
    assert speakers(run(shipped, text)) == [("Andreas Keilholz", "offenlassen", "Ob er mit dem BSW verhandeln würde")]


# --- attributions: laut, so, nach Angaben, zufolge, wie ... mitteilte, hieß es ------------------------------------


def test_attribution_with_laut(extractor: Extractor) -> None:
    ex = run(extractor, "Laut Innenministerium wurden am Wochenende mehr als 200 Menschen festgenommen.")
    (statement,) = ex.statements
    assert names(ex)[statement.speaker] == "Innenministerium"
    assert statement.cue == "laut"


def test_so_closing_a_sentence_names_its_source(both: Extractor) -> None:
    text = (
        "„Wir sind zu Gesprächen bereit“, so Außenministerin Anna Keller. Die Regierung prüfe alle Optionen, so "
        "Keller weiter. So viele Menschen wie nie kamen, so dass die Polizei die Straße sperrte."
    )
    assert speakers(run(both, text)) == [
        ("Anna Keller", "so", "Wir sind zu Gesprächen bereit"),
        ("Anna Keller", "so", "Die Regierung prüfe alle Optionen"),
    ]


def test_so_before_an_adjective_and_a_role_names_the_source(both: Extractor) -> None:
    text = "Die Risiken, so der belgische Premierminister Karl Vogt, dürften nicht allein bei Belgien liegen."
    assert speakers(run(both, text)) == [("Karl Vogt", "so", "Die Risiken dürften nicht allein bei Belgien liegen")]


def test_so_before_a_possessive_names_the_source(both: Extractor) -> None:
    text = "Die Linke lehnte den Plan ab. „Das ist zu wenig“, so deren Fraktionschefin Mia Kraus."
    assert ("Mia Kraus", "so", "Das ist zu wenig") in speakers(run(both, text))


def test_hiess_es_bei_and_nach_den_worten_name_the_source() -> None:
    shipped = Extractor(None)
    assert speakers(run(shipped, "Die Lage sei ruhig, hieß es bei der Feuerwehr."))[0][0] == "Feuerwehr"
    text = "Die FDP will nach den Worten ihres Vorsitzenden Max Keller in der Regierung bleiben."
    assert speakers(run(shipped, text)) == [("Max Keller", "nach den worten", "Die FDP will in der Regierung bleiben")]


def test_a_poll_named_with_its_institute_opens_a_zufolge_phrase_and_one_only_cited_has_no_author() -> None:
    shipped = Extractor(None)
    text = "Einer Umfrage von Forsa zufolge sind 60 Prozent der Befragten unzufrieden."
    assert speakers(run(shipped, text)) == [("Forsa", "zufolge", "sind 60 Prozent der Befragten unzufrieden")]
    text = "Die SPD liegt in einer neuen Umfrage vorn. Der Umfrage zufolge sind 58 Prozent unzufrieden."
    assert "Sozialdemokratische Partei Deutschlands" not in [s[0] for s in speakers(run(shipped, text))]


def test_aus_kreisen_before_hiess_es_is_one_statement_and_possessives_name_sources() -> None:
    shipped = Extractor(None)
    text = "Aus Kreisen des Verteidigungsministeriums hieß es, die Industrie komme nicht hinterher."
    assert [s[1] for s in speakers(run(shipped, text))] == ["heißen"]
    text = "Die Ökonomen des Ifo-Instituts legten ihre Prognose vor. Ihren Berechnungen zufolge wächst die Wirtschaft."
    assert speakers(run(shipped, text))[-1][0] == "Ifo-Institut"
    text = "Die Ministerin Eva Roth war in Kiel. Nach ihren Worten ist die Lage ernst."
    assert speakers(run(shipped, text)) == [("Eva Roth", "nach ihren worten", "ist die Lage ernst")]


def test_wie_aus_kreisen_verlautete_reports_the_main_clause_and_frames_another_cue(both: Extractor) -> None:
    text = "Wie aus Fraktionskreisen verlautete, drängt die Union auf zusätzliche Einsparungen."
    assert speakers(run(both, text)) == [
        ("Fraktionskreise", "verlauten", "drängt die Union auf zusätzliche Einsparungen"),
        ("CDU/CSU", "drängen", "auf zusätzliche Einsparungen"),
    ]


def test_in_kreisen_hiess_es_and_a_question_frame() -> None:
    text = (
        "In Ermittlerkreisen hieß es, unter den Personen sei auch ein Spion. "
        "Auf die Frage, ob der Präsident das gebilligt habe, antwortete Kremlsprecher Dmitri Peskow ausweichend."
    )
    expected = [("Ermittlerkreise", "heißen", "unter den Personen sei auch ein Spion")]
    assert speakers(run(Extractor(None), text)) == expected


def test_the_adjective_laut_is_no_attribution() -> None:
    text = "Hans Maier wohnt an der Hauptstraße. Die Straße ist zu laut. Die Musik war laut und schrill."
    assert not run(Extractor(None), text).statements
    assert speakers(run(Extractor(None), "Laut dpa ist das Konzert abgesagt."))[0][1] == "laut"


def test_so_giving_an_example_names_no_source(both: Extractor) -> None:
    text = "Einige Staaten, so Polen und Ungarn, lehnen den Plan ab."
    assert all(s.cue != "so" for s in run(both, text).statements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Nato kündigte Widerstand an und drohte mit Konsequenzen.",
            [("NATO", "ankündigen", "Widerstand"), ("NATO", "drohen", "mit Konsequenzen")],
        ),
        (
            "Die Staatsanwaltschaft ermittelt. Er soll Anleger betrogen haben, teilte eine Sprecherin der Behörde mit.",
            [("Staatsanwaltschaft", "mitteilen", "Er soll Anleger betrogen haben")],
        ),
        (
            "Der Konzern will drei Werke schließen. Das teilte der Betriebsrat am Montag mit.",
            [("Betriebsrat", "mitteilen", "Der Konzern will drei Werke schließen")],
        ),
        (
            "Nach Ansicht der Europäischen Zentralbank (EZB) wird die Inflation sinken.",
            [("Europäische Zentralbank", "nach ansicht", "wird die Inflation sinken")],
        ),
    ],
)
def test_more_shapes_of_attribution(both: Extractor, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(run(both, text)) == expected


def test_wie_clause_names_the_source_of_what_came_before(extractor: Extractor) -> None:
    text = "Außenministerin Anna Keller will am Freitag nach Kiew reisen, wie das Auswärtige Amt mitteilte."
    ex = run(extractor, text)
    (statement,) = ex.statements
    assert names(ex)[statement.speaker] == "Auswärtiges Amt"
    assert statement.content.startswith("Außenministerin Anna Keller will")


def test_aus_sicht_attributes(both: Extractor) -> None:
    text = "Aus Sicht der Ukraine sei das ein Erfolg."
    assert speakers(run(both, text)) == [("Ukraine", "aus sicht", "sei das ein Erfolg")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach UN-Angaben brachten 15 Lastwagen Lebensmittel in das Gebiet.", "Vereinte Nationen"),
        ("Nach Nato-Angaben wurden zwei Raketen abgefangen.", "NATO"),
    ],
)
def test_a_source_named_in_a_compound_with_its_acronym_attributes(both: Extractor, text: str, source: str) -> None:
    assert [s[:2] for s in speakers(run(both, text))] == [(source, "nach angaben")]


def test_an_opening_zufolge_in_a_clause_in_konjunktiv_is_an_attribution_with_the_rest_as_content() -> None:
    text = (
        "Die SPD-Politikerin Anna Roth sagte, die Lage sei ernst. Den Ermittlern zufolge könnten Daten an Dritte "
        "gelangt sein. Der Polizei zufolge wurden drei Menschen verletzt."
    )
    assert speakers(run(Extractor(None), text))[1:] == [
        ("Ermittler", "zufolge", "könnten Daten an Dritte gelangt sein"),
        ("Polizei", "zufolge", "wurden drei Menschen verletzt"),
    ]


# --- cues that report nothing -------------------------------------------------------------------------------------


def test_a_reflexive_cue_without_a_clause_says_nothing(both: Extractor) -> None:
    assert run(both, "Regierungssprecher Karl Vogt äußerte sich am Morgen in Berlin.").statements == []


def test_what_someone_may_say_in_a_condition_is_no_statement() -> None:
    text = "Das Hilfswerk bereite die Entsendung eines Teams vor, falls Ankara darum bitte, sagte ein Sprecher."
    assert [s[1] for s in speakers(run(Extractor(None), text))] == ["sagen"]


def test_what_someone_says_whenever_is_a_statement() -> None:
    """"wenn" is as often "whenever" as "if": "wenn X sagt, dass ..." reports what X says."""
    text = "Wenn der Abgeordnete Max Straubinger sagt, dass die Rente sicher sei, dann glaubt ihm keiner."
    assert speakers(run(Extractor(None), text))[0][0] == "Max Straubinger"


def test_declaring_something_void_is_no_statement(both: Extractor) -> None:
    text = (
        "Das Bundesverfassungsgericht erklärte das Gesetz für verfassungswidrig. "
        "Minister Karl Vogt erklärte, er sei für Verhandlungen."
    )
    assert speakers(run(both, text)) == [("Karl Vogt", "erklären", "er sei für Verhandlungen")]


@pytest.mark.parametrize(
    "text",
    [
        "Wir fordern die Bundesregierung auf, sofort zu handeln.",
        "Man kann sagen, dass die Lage ernst ist.",
        "Es wurde gesagt, die Lage sei ernst.",
    ],
)
def test_first_person_generic_and_expletive_subjects_name_no_speaker(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).statements == []


def test_a_cue_whose_subject_is_man_reports_no_one(both: Extractor) -> None:
    text = "Ein Sprecher der Polizei antwortete, dazu könne man noch nichts sagen."
    assert [s.cue for s in run(both, text).statements] == ["antworten"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Botschaft wollte sich zu dem Vorfall nicht äußern.", []),
        ("Einzelheiten nannte Ministerin Anna Keller nicht.", []),
        (
            "Die Lage sei ernst, sagte Minister Karl Vogt nicht ohne Sorge.",
            [("Karl Vogt", "sagen", "Die Lage sei ernst")],
        ),
        (
            "Minister Karl Vogt betonte, er werde nicht zurücktreten.",
            [("Karl Vogt", "betonen", "er werde nicht zurücktreten")],
        ),
    ],
)
def test_a_negated_cue_reports_that_nothing_was_said(
    both: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert speakers(run(both, text)) == expected


def test_a_first_person_after_a_conjunction_makes_no_statement(both: Extractor) -> None:
    text = (
        "Der Konzern VW hat sich bewegt. Aber ich sage an die Mitarbeiter von Volkswagen gerichtet: "
        "Wir werden das genau im Blick behalten."
    )
    assert run(both, text).statements == []


def test_a_resignation_declared_is_no_statement_and_a_firm_s_spokesperson_no_court_s() -> None:
    text = (
        "Ministerpräsident Karl Weber hat überraschend seinen Rücktritt erklärt. Er erklärte, er sei müde. "
        "Die Kette hat beim Amtsgericht Hannover Insolvenz beantragt, wie eine Unternehmenssprecherin bestätigte."
    )
    said = speakers(run(Extractor(None), text))
    assert said[0] == ("Karl Weber", "erklären", "er sei müde")
    assert said[1][0] == "Unternehmenssprecherin"


# --- cues that are themselves reported ----------------------------------------------------------------------------


def test_a_konjunktiv_cue_whose_stem_ends_in_t_is_reported_not_narrated(both: Extractor) -> None:
    text = "Der Mann bestreite die Vorwürfe, hieß es aus Polizeikreisen."
    assert [s[1] for s in speakers(run(both, text))] == ["heißen"]


def test_a_participle_cue_with_a_konjunktiv_auxiliary_after_it_is_reported() -> None:
    text = "Berichte, wonach die USA mit einem Abbruch gedroht hätten, seien falsch, sagte Minister Karl Vogt."
    assert [s[1] for s in speakers(run(Extractor(None), text))] == ["sagen"]


def test_a_cue_after_a_modal_in_konjunktiv_is_reported_speech_going_on() -> None:
    text = (
        "Die neue Vorsitzende Lea Hofmeister sagte, die Partei müsse sich erneuern. Die Grünen müssten wieder "
        "erklären, warum sie gebraucht würden."
    )
    said = [s[:2] for s in speakers(run(Extractor(None), text))]
    assert said == [("Lea Hofmeister", "sagen"), ("Lea Hofmeister", None)]


def test_a_cue_in_a_subordinate_clause_of_reported_speech_is_part_of_it() -> None:
    text = (
        "Der Staatsanwalt Karl Weber sagte, der Mann habe gestanden. Zudem habe der Mann aus Eifersucht gehandelt, "
        "nachdem seine Frau Anna Roth die Trennung angekündigt hatte. Nachdem Premierminister Laurent Meyrac "
        "angekündigt hatte, den Haushalt mithilfe eines Artikels durchzubringen, haben zwei Blöcke Anträge eingereicht."
    )
    said = [s[:2] for s in speakers(run(Extractor(None), text))]
    assert said == [("Karl Weber", "sagen"), ("Karl Weber", None), ("Laurent Meyrac", "ankündigen")]


def test_wie_angekuendigt_comments_and_says_nothing(both: Extractor) -> None:
    text = "Die Gewerkschaft EVG drohte mit Protesten, sollte die Bahn wie angekündigt 1500 Stellen streichen."
    assert [s[1] for s in speakers(run(both, text))] == ["drohen"]


def test_a_cue_in_an_indirect_question_is_what_was_asked() -> None:
    text = "Der Verhandlungsführer Tevita Fonua fragte, ob die Industrieländer noch an das Ziel glaubten."
    assert [s[1] for s in speakers(run(Extractor(None), text))] == ["fragen"]


def test_nach_eigener_darstellung_cites_the_subject() -> None:
    text = "Volkswagen verkaufte nach eigener Darstellung mehr Autos als je zuvor."
    assert speakers(run(Extractor(None), text))[0][:2] == ("Volkswagen", "nach eigener darstellung")


@pytest.mark.parametrize("place", ["", " auf Telegram"])
def test_a_particle_after_an_apposed_name_is_the_cue_s(place: str) -> None:
    text = f"In der Raffinerie sei ein Brand ausgebrochen, teilte der Gouverneur der Region, Karl Vogt,{place} mit."
    said = speakers(run(Extractor(None), text))
    assert said == [("Karl Vogt", "mitteilen", "In der Raffinerie sei ein Brand ausgebrochen")]


def test_a_document_referred_back_to_by_zufolge_is_its_presenter_s() -> None:
    text = (
        "Der Paritätische Wohlfahrtsverband legte einen Bericht vor. Dem Bericht zufolge sind die Unterschiede "
        "groß. In Bremen sei fast jedes dritte Kind betroffen."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Paritätischer Wohlfahrtsverband"] * 2


def test_so_before_a_name_with_particles_names_the_source() -> None:
    text = "Kommissionschefin Ursula von der Leyen stellte ihren Plan vor. „Wir haben keine Zeit“, so von der Leyen."
    assert speakers(run(Extractor(None), text)) == [("Ursula von der Leyen", "so", "Wir haben keine Zeit")]


def test_laut_before_a_quoted_title_and_initiators_as_sources() -> None:
    shipped = Extractor(None)
    text = "Laut „Spiegel“ wollen mehrere Abgeordnete das Gesetz ablehnen."
    assert speakers(run(shipped, text))[0][:2] == ("Der Spiegel", "laut")
    text = "Laut den Initiatoren sind schon 3000 Unterschriften eingegangen."
    assert speakers(run(shipped, text)) == [("Initiatoren", "laut", "sind schon 3000 Unterschriften eingegangen")]
