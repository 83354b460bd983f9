"""Statements: who said it, to whom, in which medium, and the sentences that go on reporting it."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract import Extractor
from kg.nlp.actors import ActorMention
from kg.nlp.speakers import case_bearer
from tests.extraction_helpers import names, roles, run, speakers

# --- speakers: the subject of the cue -----------------------------------------------------------------------------


def test_a_name_in_the_content_before_an_inverted_cue_is_not_its_speaker(both: Extractor) -> None:
    text = "Russland habe keine Pläne für einen Angriff, hieß es in Moskau. Polen sei besorgt, sagte ein Diplomat."
    assert speakers(run(both, text)) == [
        ("Russland", "heißen", "Russland habe keine Pläne für einen Angriff"),
        ("Diplomat", "sagen", "Polen sei besorgt"),  # unnamed, not Poland
    ]


def test_a_genitive_before_a_role_is_not_the_speaker(both: Extractor) -> None:
    text = "Israels Ministerpräsident Karl Vogt lehnte eine Waffenruhe ab."
    assert speakers(run(both, text))[0][0] == "Karl Vogt"


def test_a_capital_in_the_dateline_is_where_the_article_was_written_not_who_speaks() -> None:
    text = (
        "Peking - Bundeswirtschaftsministerin Anna Keller (CDU) hat bei ihrem ersten China-Besuch auf eine "
        "Lockerung der Exportbeschränkungen gedrängt."
    )
    assert speakers(run(Extractor(None), text)) == [
        ("Anna Keller", "drängen", "auf eine Lockerung der Exportbeschränkungen")
    ]


def test_a_noun_opening_the_clause_is_the_subject_not_the_name_after_the_cue() -> None:
    text = "Der Bürgermeister der Stadt forderte die Regierung auf, endlich für Ruhe zu sorgen."
    extraction = run(Extractor(None), text)
    (statement,) = extraction.statements
    assert names(extraction)[statement.speaker] == "Bürgermeister der Stadt"
    assert names(extraction)[statement.addressee] == "Regierung"


def test_two_titles_joined_by_und_stand_before_the_inverted_subject(both: Extractor) -> None:
    text = "„Wir bedauern das zutiefst“, sagte Mitgründer und Geschäftsführer Karl Vogt."
    assert speakers(run(both, text)) == [("Karl Vogt", "sagen", "Wir bedauern das zutiefst")]


def test_a_name_before_a_relative_clause_ending_at_the_cue_is_its_subject_not_the_pronoun_after() -> None:
    text = (
        "Ihr langjähriger Lektor Thomas Weidinger, der mit ihr zusammengearbeitet hat, nannte sie „eine der großen "
        "Stimmen“."
    )
    assert speakers(run(Extractor(None), text))[0][0] == "Thomas Weidinger"


def test_a_person_between_commas_after_a_genitive_body_is_the_subject() -> None:
    text = (
        "Der Verhandlungsführer der Allianz der kleinen Inselstaaten, Karl Vogt aus Tonga, fragte im Plenum, ob "
        "die Industrieländer noch an das Ziel glaubten."
    )
    assert speakers(run(Extractor(None), text))[0][0] == "Karl Vogt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Angeklagte habe 300 Anleger betrogen, sagte der Vorsitzende Richter Tobias Kranich am Donnerstag.",
            [("Tobias Kranich", "sagen", "Der Angeklagte habe 300 Anleger betrogen")],
        ),
        (
            "Kapitän Jonas Albrecht wollte die Niederlage nicht überbewerten. Die Saison sei noch lang, sagte der "
            "Torhüter.",
            [("Jonas Albrecht", "sagen", "Die Saison sei noch lang")],
        ),
        (
            "Die Staatsanwaltschaft hatte fünf Jahre Haft gefordert, die Verteidigung einen Freispruch.",
            [("Staatsanwaltschaft", "fordern", "fünf Jahre Haft")],
        ),
        (
            "Verletzt wurde nach Angaben der Feuerwehr niemand.",
            [("Feuerwehr", "nach angaben", "Verletzt wurde niemand")],
        ),
        (
            "Nach Angaben des Betriebsrats sollen die Verhandlungen im Juni beginnen.",
            [("Betriebsrat", "nach angaben", "sollen die Verhandlungen im Juni beginnen")],
        ),
        (
            "Nach Polizeiangaben klebten sich sieben Aktivisten auf der Fahrbahn fest.",
            [("Polizei", "nach angaben", "klebten sich sieben Aktivisten auf der Fahrbahn fest")],
        ),
    ],
)
def test_titles_descriptions_and_institutions_of_courts_sport_and_local_news(
    both: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert speakers(run(both, text)) == expected


def test_a_feminine_name_after_der_is_no_subject_and_an_organisation_is_named_again_by_its_head() -> None:
    text = (
        "Die Vorsitzende des Kassenverbands, Doris Pfeiffer, sagte der Deutschen Presse-Agentur, ohne Reformen "
        "drohe ein Anstieg der Beiträge. Der Verband der Ersatzkassen kritisierte die Pläne. Es fehle ein Konzept, "
        "teilte der Verband mit."
    )
    assert speakers(run(Extractor(None), text)) == [
        ("Doris Pfeiffer", "sagen", "ohne Reformen drohe ein Anstieg der Beiträge"),
        ("Verband der Ersatzkassen", "kritisieren", "die Pläne"),
        ("Verband der Ersatzkassen", "mitteilen", "Es fehle ein Konzept"),
    ]


def test_a_names_case_is_the_case_of_the_role_noun_before_it() -> None:
    """German names do not inflect for case: a small tagger's `Dat` on `Christoph` must not hide the subject."""
    doc = Doc(
        Vocab(),
        words=["Nachfolger", "Christoph", "Heusgen", "rief", "auf"],
        pos=["NOUN", "PROPN", "PROPN", "VERB", "ADP"],
        morphs=["Case=Nom", "Case=Dat", "Case=Dat", "", ""],
    )
    mention = ActorMention("christoph heusgen", 11, 28, 1, 3, 0, "Person")
    assert case_bearer(mention, doc).text == "Nachfolger"
    opening = Doc(Vocab(), words=["Christoph", "Heusgen", "rief"], pos=["PROPN", "PROPN", "VERB"])
    first = ActorMention("christoph heusgen", 0, 17, 0, 2, 0, "Person")
    assert case_bearer(first, opening).text == "Christoph"  # no noun before it: the name's own case stands


def test_a_passive_cue_names_its_speaker_with_von_or_none() -> None:
    shipped = Extractor(None)
    text = "Wie vom Gesundheitsministerium mitgeteilt wurde, sollen die Kliniken mehr Geld erhalten."
    extraction = run(shipped, text)
    assert speakers(extraction) == [
        ("Gesundheitsministerium", "mitteilen", "sollen die Kliniken mehr Geld erhalten")
    ]
    assert run(shipped, "Bürgermeister Jan Ohm lud ein. Die Vorwürfe wurden am Montag zurückgewiesen.").statements == []


def test_a_capital_opening_the_clause_speaks_rather_than_the_object_after_it(both: Extractor) -> None:
    text = "Peking betrachtet Taiwan als abtrünnige Provinz und droht mit einer gewaltsamen Eingliederung."
    extraction = run(both, text)
    assert [names(extraction).get(s.speaker or "") for s in extraction.statements] == ["China"]


def test_a_newspaper_in_quotation_marks_after_the_cue_is_its_speaker() -> None:
    text = (
        "Die Regierung plant Kürzungen beim Elterngeld. Das berichtet der „Spiegel“ unter Berufung auf einen Entwurf. "
        "Demnach sollen reiche Paare kein Elterngeld mehr erhalten."
    )
    extraction = run(Extractor(None), text)
    assert [names(extraction)[s.speaker or ""] for s in extraction.statements] == ["Der Spiegel", "Der Spiegel"]


def test_a_passive_with_werden_before_its_participle_names_no_speaker(both: Extractor) -> None:
    text = "Dem früheren Minister Karl Vogt werden Untreue und Betrug vorgeworfen."
    extraction = run(both, text)
    assert [s.speaker for s in extraction.statements] == []
    assert [p.role for e in extraction.events for p in e.participants if p.role == "agent"] == []


def test_a_second_predicate_after_a_comma_and_an_adverb_has_the_subject_before() -> None:
    text = "Die Union stimmte zu, kritisierte aber die Ausstattung der Marine."
    assert speakers(run(Extractor(None), text)) == [("CDU/CSU", "kritisieren", "die Ausstattung der Marine")]


def test_speakers_listed_after_the_cue_speak_together_and_a_calculation_is_attributed() -> None:
    text = (
        "In einem offenen Brief warnen unter anderem Oxfam, Greenpeace und Brot für die Welt vor Kürzungen. "
        "Nach Berechnungen von Oxfam fehlen dafür rund zwei Milliarden Euro."
    )
    extraction = run(Extractor(None), text)
    assert speakers(extraction) == [
        ("Oxfam", "warnen", "vor Kürzungen"),
        ("Oxfam", "nach berechnungen", "fehlen dafür rund zwei Milliarden Euro"),
    ]


def test_a_possessive_before_the_speaker_s_role_and_a_source_before_an_inverted_cue(both: Extractor) -> None:
    text = (
        "Kritik kam von der Union. Deren energiepolitischer Sprecher Karl Vogt warf Minister Anna Berg vor, "
        "die Probleme verursacht zu haben. "
        "Diplomaten zufolge lehnen vor allem die USA und Ungarn eine konkrete Beitrittsperspektive ab."
    )
    extraction = run(both, text)
    assert speakers(extraction) == [
        ("Karl Vogt", "vorwerfen", "die Probleme verursacht zu haben"),
        ("Diplomaten", "zufolge", "lehnen vor allem die USA und Ungarn eine konkrete Beitrittsperspektive ab"),
        ("Vereinigte Staaten", "ablehnen", "eine konkrete Beitrittsperspektive"),  # as the diplomats report it
    ]
    assert names(extraction)[extraction.statements[0].addressee or ""] == "Anna Berg"


def test_an_apposed_name_with_a_particle_speaks_and_an_adverb_of_the_quoted_clause_stays(both: Extractor) -> None:
    text = (
        "Der Innenexperte der Grünen, Konstantin von Notz, warnte vor einer Verschärfung. "
        "Zugleich brauche das Land Fachkräfte, fügte er hinzu."
    )
    assert speakers(run(both, text)) == [
        ("Konstantin von Notz", "warnen", "vor einer Verschärfung"),
        ("Konstantin von Notz", "hinzufügen", "Zugleich brauche das Land Fachkräfte"),
    ]


def test_the_government_in_a_capital_is_that_country_and_a_bare_government_stays(both: Extractor) -> None:
    text = "Die Regierung in Minsk wies die Vorwürfe zurück. Die Regierung kündigte Hilfen an."
    assert [s[0] for s in speakers(run(both, text))] == ["Belarus", "Regierung"]


def test_a_name_opening_its_paragraph_speaks_and_a_relative_clause_s_cue_ends_with_it() -> None:
    text = (
        "Finanzminister Konrad Hellweg verteidigte den Entwurf.\n\n"
        "Hellweg betonte, man werde an den Investitionen festhalten. Gespart werde bei Förderprogrammen.\n\n"
        "Die Medizinerin Aylin Demirci vom Helmholtz-Zentrum München widersprach. "
        "CDU-Chef Friedrich Merz, der zuvor höhere Ausgaben gefordert hatte, lenkte ein. "
        "Kanzler Olaf Scholz, der erklärte, die Lage sei ernst, reiste ab."
    )
    assert speakers(run(Extractor(None), text)) == [
        ("Konrad Hellweg", "betonen", "man werde an den Investitionen festhalten"),
        ("Konrad Hellweg", None, "Gespart werde bei Förderprogrammen"),
        ("Friedrich Merz", "fordern", "höhere Ausgaben"),
        ("Olaf Scholz", "erklären", "die Lage sei ernst"),
    ]


def test_who_is_quoted_said_it_and_whom_a_quotation_addresses_did_not() -> None:
    text = (
        "Der Stürmer Carlos Soria steht vor einem Wechsel. Der Verein sei genau der richtige, zitierte die "
        "spanische Sportzeitung „Marca“ den Argentinier. Ministerpräsident Klaus Hartmann und Herausforderer "
        "Thomas Ziegler stritten. „Herr Hartmann, Sie haben nichts erreicht“, sagte der 52-Jährige. "
        "Ein Rentner berichtete, er habe zwei Stunden gewartet."
    )
    extraction = run(Extractor(None), text)
    assert [s[0] for s in speakers(extraction)] == ["Carlos Soria", "Thomas Ziegler", "Rentner"]
    assert names(extraction)[extraction.statements[0].medium] == "Marca"


def test_a_name_set_off_by_commas_before_the_cue_is_its_subject_and_a_noun_names_no_plan() -> None:
    text = (
        "Die Vorstandsvorsitzende des GKV-Spitzenverbands, Gabriele Stahl, forderte die Bundesregierung zum "
        "Handeln auf. Der Bundesrechnungshof hatte das Vorhaben zuvor scharf kritisiert."
    )
    extraction = run(Extractor(None), text)
    assert speakers(extraction) == [
        ("Gabriele Stahl", "auffordern", "zum Handeln"),
        ("Bundesrechnungshof", "kritisieren", "das Vorhaben"),
    ]
    assert names(extraction)[extraction.statements[0].addressee] == "Bundesregierung"
    assert next(e for e in extraction.events if e.type == "ACCUSE").status == "occurred"  # "das Vorhaben" is a noun


def test_a_headline_s_second_clause_after_a_dash_has_its_own_speaker() -> None:
    text = (
        "GDL legt Bahnverkehr erneut lahm – Fahrgastverband kritisiert „Streik auf Zuruf“\n\n"
        "Die Lokführergewerkschaft GDL hat erneut zum Streik aufgerufen."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Fahrgastverband", "GDL"]


# --- speakers named by words that refer back ----------------------------------------------------------------------


def test_pronoun_speaker_resolves_to_the_person(extractor: Extractor) -> None:
    text = "Bundeskanzler Olaf Scholz traf am Morgen die Ministerpräsidenten. „Das war ein gutes Gespräch“, sagte er."
    ex = run(extractor, text)
    (statement,) = ex.statements
    assert names(ex)[statement.speaker] == "Olaf Scholz"
    assert statement.mode == "direct"


def test_a_role_noun_refers_to_the_last_person_with_that_role(both: Extractor) -> None:
    text = (
        "Bundesinnenministerin Anna Keller kündigte ein Verbot an. "
        "Die Ministerin sagte am Dienstag in Berlin, der Staat müsse wehrhaft sein."
    )
    assert speakers(run(both, text))[-1] == ("Anna Keller", "sagen", "der Staat müsse wehrhaft sein")


def test_a_role_with_a_genitive_of_its_own_is_someone_new(both: Extractor) -> None:
    text = (
        "Regierungssprecher Karl Vogt äußerte sich am Morgen. "
        "Der Sprecher des Auswärtigen Amts sagte, die Gespräche gingen weiter."
    )
    assert speakers(run(both, text))[-1][0] == "Auswärtiges Amt"


def test_a_demonstrative_speaker_is_the_person_named_last(both: Extractor) -> None:
    text = (
        "Der französische Präsident Emmanuel Macron traf sich mit Kanzler Karl Vogt. "
        "Dieser hatte zuvor erklärt, er werde keiner Lösung zustimmen."
    )
    assert speakers(run(both, text)) == [("Karl Vogt", "erklären", "er werde keiner Lösung zustimmen")]


def test_a_relative_clause_speaks_for_the_name_before_it(both: Extractor) -> None:
    text = "Unterstützung kam von Ministerpräsident Karl Vogt, der erklärte, Bayern stehe bereit."
    assert speakers(run(both, text)) == [("Karl Vogt", "erklären", "Bayern stehe bereit")]


def test_a_person_named_by_age(both: Extractor) -> None:
    text = "Kanzler Karl Vogt reiste nach Paris. Der 64-Jährige sagte, die Gespräche seien gut verlaufen."
    assert speakers(run(both, text)) == [("Karl Vogt", "sagen", "die Gespräche seien gut verlaufen")]


def test_an_organisation_named_again_by_its_head_noun(both: Extractor) -> None:
    text = "Die EU-Kommission legte einen Entwurf vor. Die Kommission erklärte, die Regeln gälten für alle."
    assert speakers(run(both, text)) == [("Europäische Kommission", "erklären", "die Regeln gälten für alle")]


def test_a_people_is_its_country_and_one_of_it_the_person_named_last(both: Extractor) -> None:
    text = (
        "Die Russen sagen dagegen, die Nato bedrohe ihre Sicherheit. Trainer Vincent Kompany war enttäuscht. "
        "„Wir haben zu viele Fehler gemacht“, sagte der Belgier."
    )
    assert speakers(run(both, text)) == [
        ("Russland", "sagen", "die Nato bedrohe ihre Sicherheit"),
        ("Vincent Kompany", "sagen", "Wir haben zu viele Fehler gemacht"),
    ]


def test_a_party_politician_is_the_person_named_last_and_a_broadcaster_the_medium(both: Extractor) -> None:
    text = (
        "Bundesgesundheitsminister Karl Vogt warnte vor einer neuen Welle. "
        "Im Herbst könnten die Zahlen wieder steigen, sagte der SPD-Politiker im ZDF."
    )
    ex = run(both, text)
    statement = ex.statements[-1]
    assert speakers(ex)[-1] == ("Karl Vogt", "sagen", "Im Herbst könnten die Zahlen wieder steigen")
    assert names(ex)[statement.medium or ""] == "ZDF"


def test_a_description_with_an_adjective_is_the_person_named_last(both: Extractor) -> None:
    text = (
        "Die Oberbürgermeisterin Anna Keller war erleichtert. "
        "Die Stadt habe alles getan, sagte die parteilose Politikerin."
    )
    assert speakers(run(both, text)) == [("Anna Keller", "sagen", "Die Stadt habe alles getan")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Kanzlerin sagte am Montag, die Lage sei ernst.", "Kanzlerin"),  # no woman held the office then
        ("Kanzler Karl Vogt lehnte das ab. „Wir bleiben dabei“, sagte die Ministerin.", "Ministerin"),
        ("Kanzler Karl Vogt lehnte das ab. „Wir bleiben dabei“, sagte der Regierungschef.", "Karl Vogt"),
    ],
)
def test_a_role_of_one_gender_names_no_one_of_the_other(both: Extractor, text: str, speaker: str) -> None:
    assert speakers(run(both, text))[-1][0] == speaker


def test_a_pronoun_after_a_statement_is_its_speaker_not_whom_it_was_about(both: Extractor) -> None:
    text = (
        "Präsident Karl Vogt meldete sich zu Wort. Anna Keller sei eine großartige Kandidatin, schrieb er. "
        "Peter Braun bezeichnete er als „gefährlich“."
    )
    assert [s[0] for s in speakers(run(both, text))] == ["Karl Vogt", "Karl Vogt"]


def test_an_age_noun_is_the_witness_just_quoted_not_a_politician_named_paragraphs_before() -> None:
    text = (
        "Innenminister Karl Vogt sprach von einem Erfolg. Die Kontrollen würden fortgesetzt.\n\n"
        "Die Polizei durchsuchte mehrere Wohnungen. Die Ermittlungen dauern an.\n\n"
        "Ein Nachbar berichtete, die Beamten seien gegen sechs Uhr vorgefahren. "
        "„Das ging alles ganz schnell“, sagte der 62-Jährige."
    )
    assert speakers(run(Extractor(None), text))[-1] == ("Nachbar", "sagen", "Das ging alles ganz schnell")


def test_a_pronoun_is_the_person_after_the_verb_of_a_sentence_opened_by_an_adverbial(both: Extractor) -> None:
    text = (
        "Spitzenkandidat Peter Braun sprach von einem Warnsignal. In Berlin zeigte sich Generalsekretär Karl Vogt "
        "dagegen zufrieden. Die Union sei die einzige Kraft, sagte er."
    )
    assert speakers(run(both, text))[-1][0] == "Karl Vogt"


def test_an_inverted_subject_with_an_adjective_refers_back(both: Extractor) -> None:
    text = (
        "Das Landesmuseum wird das Gemälde zurückgeben. "
        "Das teilte das niedersächsische Wissenschaftsministerium am Donnerstag mit."
    )
    assert speakers(run(both, text)) == [
        ("Wissenschaftsministerium", "mitteilen", "Das Landesmuseum wird das Gemälde zurückgeben")
    ]


def test_an_age_noun_goes_on_with_the_one_acting_not_the_one_acted_with(both: Extractor) -> None:
    text = (
        "Mittelfeldspieler Jonas Reischl will wechseln. Sportvorstand Markus Ellerbrock warf dem VfL Wolfsburg vor, "
        "direkt mit dem Spieler verhandelt zu haben. „Das ist nicht die Art“, sagte der 51-Jährige."
    )
    assert speakers(run(both, text))[-1][0] == "Markus Ellerbrock"


def test_an_age_noun_after_what_was_said_is_no_one_named_in_it(both: Extractor) -> None:
    text = (
        "Personalvorstand Markus Ebeling sagte, man habe zu viele Werke. Bezirksleiter Frank Hellwig wies das "
        "zurück. Der Vorstand habe kein ernsthaftes Angebot vorgelegt, sagte der 61-Jährige."
    )
    assert speakers(run(both, text))[-1][:2] == ("Frank Hellwig", "sagen")


def test_a_pronoun_after_a_spokesperson_who_said_nothing_is_that_spokesperson(both: Extractor) -> None:
    text = (
        "Der Autobauer Volkswagen will sparen. Vorstand Markus Ebeling sagte, man habe zu viele Werke. Ein Sprecher "
        "des Konzerns wollte den Bericht nicht kommentieren. Es gebe verschiedene Optionen, sagte er lediglich."
    )
    assert speakers(run(both, text))[-1][0] == "Volkswagen"


def test_a_pronoun_after_an_unnamed_spokesperson_of_no_known_body_is_that_spokesperson(both: Extractor) -> None:
    text = (
        "Vorstand Markus Ebeling sagte, man habe zu viele Werke. Ein Konzernsprecher wollte den Bericht nicht "
        "kommentieren. Es gebe verschiedene Optionen, sagte er."
    )
    assert speakers(run(both, text))[-1][0] == "Konzernsprecher"


def test_a_second_verb_after_a_comma_shares_the_first_one_s_subject_and_the_pronoun_is_its_object() -> None:
    text = (
        "Die Abgeordnete Sevim Arslan forderte mehr Geld. Verbandspräsident Rolf Kettner begrüßte die "
        "Verlängerung, nannte sie aber „das absolute Minimum“."
    )
    said = speakers(run(Extractor(None), text))
    assert [s[:2] for s in said] == [
        ("Sevim Arslan", "fordern"),
        ("Rolf Kettner", "begrüßen"),
        ("Rolf Kettner", "nennen"),
    ]
    assert "begrüßte" not in said[-1][2]


def test_a_country_in_the_genitive_before_a_compound_role_is_not_the_subject() -> None:
    text = "Israels UN-Botschafter Avi Shamir wies die Vorwürfe zurück."
    assert speakers(run(Extractor(None), text)) == [("Avi Shamir", "zurückweisen", "die Vorwürfe")]


@pytest.mark.parametrize("noun", ["Dem Experten", "Dem Politologen"])
def test_a_weak_noun_in_the_dative_singular_is_the_person_described_before(noun: str) -> None:
    text = (
        "Der Politologe Matthias Grünewald hält die Lage für schwierig. "
        f"{noun} zufolge dürfte das BSW zum Königsmacher werden. „Ohne diese Partei geht es nicht“, sagte er."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Matthias Grünewald"] * 2


def test_a_name_of_several_words_takes_its_case_from_its_article() -> None:
    text = (
        "Die Firma ruft das Mittel zurück.\n\nDer Verbraucherzentrale Bundesverband kritisierte die "
        "Informationspolitik. Patienten erführen davon oft erst Wochen später, hieß es."
    )
    said = speakers(run(Extractor(None), text))
    assert [s[:2] for s in said] == [
        ("Verbraucherzentrale Bundesverband", "kritisieren"),
        ("Verbraucherzentrale Bundesverband", "heißen"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die IG Metall lehnt das ab. Die Gewerkschaft fordert, dass das Werk erhalten bleibt.", "IG Metall"),
        (
            "Die FDP zeigte sich skeptisch. Man lehne die Dienstpflicht ab, hieß es aus der Fraktion.",
            "Freie Demokratische Partei",
        ),
        (
            "Geklagt hatte die Deutsche Umwelthilfe. Die Umweltorganisation wirft der Stadt vor, zu wenig zu tun.",
            "Deutsche Umwelthilfe",
        ),
    ],
)
def test_a_noun_for_a_kind_of_organisation_is_the_one_of_that_kind_named_before(text: str, speaker: str) -> None:
    assert speakers(run(Extractor(None), text))[-1][0] == speaker


def test_a_document_quoted_after_someone_spoke_is_theirs_and_no_one_named_in_what_it_says() -> None:
    text = (
        "Das Büro von Ministerpräsident Karl Vogt wies die Bedingungen zurück. Israel werde den Krieg erst beenden, "
        "wenn die Hamas entwaffnet sei, hieß es in einer Mitteilung."
    )
    assert speakers(run(Extractor(None), text))[-1][0] == "Karl Vogt"
    text = (
        "Karl Vogt trat vom Fraktionsvorsitz zurück. Die Lage ist ernst. Er wolle die Arbeit der SPD-Fraktion nicht "
        "belasten, hieß es in einer knappen Erklärung."
    )
    assert all(s[0] != "SPD" for s in speakers(run(Extractor(None), text)))


@pytest.mark.parametrize(
    "text",
    [
        "Präsident Karl Vogt verurteilte die Übungen. Er bezeichnete sie als „irrationale Provokation“.",
        "Präsident Karl Vogt bezeichnete sie als „irrationale Provokation“.",
    ],
)
def test_a_pronoun_after_a_verb_whose_subject_opens_the_clause_is_its_object(text: str) -> None:
    assert speakers(run(Extractor(None), text)) == [("Karl Vogt", "bezeichnen", "sie als „irrationale Provokation“")]


def test_a_pronoun_that_can_only_be_a_subject_after_the_verb_is_the_subject() -> None:
    text = "Der Kandidat Karl Vogt sprach in Atlanta. Die Demokratin Anna Roth bezeichnete er als „radikal“."
    assert speakers(run(Extractor(None), text))[0][0] == "Karl Vogt"


def test_a_pronoun_opening_the_clause_before_its_cue_is_the_subject(both: Extractor) -> None:
    text = "Verbandssprecher Karl Vogt kritisierte den Streik. Er forderte die Tarifparteien auf, sich zu einigen."
    assert speakers(run(both, text))[-1][0] == "Karl Vogt"


def test_an_age_noun_of_another_gender_is_someone_new() -> None:
    text = (
        "„Das ist ein Skandal“, sagte die Fraktionschefin Anna Keller. Ein Anwohner sieht sich bestätigt. "
        "Man habe immer gespürt, dass da etwas nicht stimmt, sagt der 72-Jährige."
    )
    said = [s[0] for s in speakers(run(Extractor(None), text))]
    assert said == ["Anna Keller", "Anwohner"]  # no "sieht sich"; the man who feels confirmed, not Anna Keller


def test_an_age_noun_prefers_the_person_of_its_gender() -> None:
    text = (
        "Die Delegierten wählten Katrin Oberbeck zur Vorsitzenden. Ihr Gegenkandidat Tarek Aydın kam auf 28 Prozent. "
        "Danach sprach die 45-Jährige von einem klaren Auftrag."
    )
    assert speakers(run(Extractor(None), text))[0][0] == "Katrin Oberbeck"


def test_the_same_description_again_is_the_one_described_so_before() -> None:
    text = (
        "Nach Angaben der Staatsanwältin sollen die Beamten Geld angenommen haben. Die Abgeordnete Anna Keller "
        "sagte, das müsse Folgen haben. Die Staatsanwältin kündigte an, weitere Zeugen zu vernehmen."
    )
    assert speakers(run(Extractor(None), text))[-1][0] == "Staatsanwältin"


def test_an_anaphor_with_a_name_in_apposition_is_the_name() -> None:
    text = "Auch das Unternehmen, die Optronik Werra GmbH, wies in einer Stellungnahme jedes Fehlverhalten zurück."
    assert speakers(run(Extractor(None), text))[0][0] == "Optronik Werra GmbH"


def test_a_firm_named_before_speaks_as_das_unternehmen() -> None:
    text = "Der Autozulieferer Kessler & Brandt will 1200 Stellen streichen. Das teilte das Unternehmen heute mit."
    assert speakers(run(Extractor(None), text)) == [
        ("Kessler & Brandt", "mitteilen", "Der Autozulieferer Kessler & Brandt will 1200 Stellen streichen")
    ]
    text = (
        "Die Deutsche Bahn erhöht ihre Preise. Der Verband Pro Bahn kritisierte das. Die Bundesregierung schwieg. "
        "Wie das Unternehmen am Dienstag mitteilte, steigen die Preise um fünf Prozent."
    )
    assert speakers(run(Extractor(None), text))[-1] == (
        "Deutsche Bahn", "mitteilen", "steigen die Preise um fünf Prozent"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Außenministerin Anna Keller traf ihren Amtskollegen Peter Braun. Sie sagte, die Gespräche seien gut.",
            [("Anna Keller", "sagen", "die Gespräche seien gut")],
        ),
        (
            "Kanzler Peter Braun sprach mit Anna Keller. Er sagte, man sei sich einig.",
            [("Peter Braun", "sagen", "man sei sich einig")],
        ),
        (
            "Minister Peter Braun sagte, die Lage sei ernst. Er traf Ministerin Anna Keller. "
            "Sie erklärte, sie teile die Sorge.",
            [("Peter Braun", "sagen", "die Lage sei ernst"), ("Anna Keller", "erklären", "sie teile die Sorge")],
        ),
        (  # "sie erklärten": the unions, not the minister
            "Die Gewerkschaften lehnten den Plan von Minister Peter Braun ab. Sie erklärten, er sei zu zaghaft.",
            [
                ("Gewerkschaften", "ablehnen", "den Plan von Minister Peter Braun"),
                ("Gewerkschaften", "erklären", "er sei zu zaghaft"),
            ],
        ),
        (
            "Die Bundesregierung wies die Vorwürfe zurück. Sie erklärte, man habe korrekt gehandelt.",
            [
                ("Bundesregierung", "zurückweisen", "die Vorwürfe"),
                ("Bundesregierung", "erklären", "man habe korrekt gehandelt"),
            ],
        ),
        (
            "Ministerin Anna Keller traf Vertreter der Bundesregierung. Sie sagte, die Gespräche seien gut.",
            [("Anna Keller", "sagen", "die Gespräche seien gut")],
        ),
        (
            "Die Hamas lehnte den Plan ab. Warum sagen Sie nicht, dass die Lage ernst sei?",  # Sie: someone addressed
            [("Hamas", "ablehnen", "den Plan")],
        ),
        (
            "Kanzler Peter Braun sagte, die Lage sei ernst. Er fügte hinzu, man handle schnell.",
            [("Peter Braun", "sagen", "die Lage sei ernst"), ("Peter Braun", "hinzufügen", "man handle schnell")],
        ),
    ],
)
def test_a_pronoun_speaks_for_someone_of_its_gender_and_number(
    both: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert speakers(run(both, text)) == expected


def test_a_role_nobody_holds_after_a_cue_is_the_person_speaking(both: Extractor) -> None:
    text = (
        "Oppositionsführer Karl Vogt warf der Regierung Zögerlichkeit vor. "
        "Es dürfe keine Denkverbote geben, sagte der CDU-Vorsitzende."
    )
    assert speakers(run(both, text))[-1] == ("Karl Vogt", "sagen", "Es dürfe keine Denkverbote geben")


def test_an_indefinite_description_is_someone_new(both: Extractor) -> None:
    text = "Präsident Karl Vogt dankte den Europäern. Ein EU-Diplomat sagte, der Kompromiss sei teuer."
    assert speakers(run(both, text))[0][0] != "Karl Vogt"


def test_a_role_after_so_is_the_person_who_has_just_been_speaking(both: Extractor) -> None:
    text = (
        "Finanzminister Christian Lindner sagte, an der Schuldenbremse werde nicht gerüttelt. "
        "„Das wäre unverantwortlich“, so der FDP-Chef weiter."
    )
    assert [s[0] for s in speakers(run(both, text))] == ["Christian Lindner", "Christian Lindner"]


def test_a_firm_noun_after_a_city_s_adjective_refers_back(both: Extractor) -> None:
    text = "Der Konzern Siemens verdient mehr. Der Gewinn stieg, wie das Münchner Unternehmen mitteilte."
    assert speakers(run(both, text)) == [("Siemens", "mitteilen", "Der Gewinn stieg")]


def test_an_age_noun_is_the_person_named_last_and_a_platform_is_the_medium(both: Extractor) -> None:
    text = (
        "Der Verein trennte sich von Trainer Nuri Sahin. Sportdirektor Sebastian Kehl sprach von einem Neuanfang. "
        "Sahin bedankte sich bei den Fans. „Ich wünsche dem Verein alles Gute“, schrieb der 36-Jährige auf Instagram."
    )
    extraction = run(both, text)
    statement = extraction.statements[-1]
    assert (names(extraction)[statement.speaker or ""], names(extraction)[statement.medium or ""]) == (
        "Nuri Sahin",
        "Instagram",
    )
    assert extraction.places == []


def test_a_former_holder_of_an_office_is_not_the_one_named_in_it(both: Extractor) -> None:
    text = "Kanzler Olaf Scholz traf Macron. Der frühere Kanzler sagte, er sei besorgt."
    assert speakers(run(both, text))[0][0] != "Olaf Scholz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the age noun's case is its article's; a form in -e after "er" is Konjunktiv I
            "Präsident Karl Vogt zieht sich zurück. Das gab der 71-Jährige am Sonntag bekannt. "
            "Er unterstütze Ministerin Anna Keller als Nachfolgerin.",
            [
                ("Karl Vogt", "bekanntgeben", "Präsident Karl Vogt zieht sich zurück"),
                ("Karl Vogt", None, "Er unterstütze Ministerin Anna Keller als Nachfolgerin"),
            ],
        ),
        (  # "er" after a sentence about someone else is that someone
            "Die Lage sei ernst, schrieb Minister Karl Vogt. Der Abgeordnete Peter Braun reagierte spöttisch. "
            "Vogt sei überfordert, schrieb er.",
            [
                ("Karl Vogt", "schreiben", "Die Lage sei ernst"),
                ("Peter Braun", "schreiben", "Vogt sei überfordert"),
            ],
        ),
        (  # a preposition of several words is no setting
            "Minister Karl Vogt sprach im Zusammenhang mit den Protesten von einer Krise.",
            [("Karl Vogt", "sprechen", "im Zusammenhang mit den Protesten von einer Krise")],
        ),
    ],
)
def test_pronouns_ages_and_konjunktiv_taken_for_the_first_person(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert speakers(run(Extractor(None), text)) == expected


def test_the_paper_and_the_club_refer_back(both: Extractor) -> None:
    text = (
        "Die Süddeutsche Zeitung sieht die Schuld beim Kanzler. Die Regierung habe versagt, schreibt das Blatt. "
        "Der Rat der Stadt tagte."
    )
    assert speakers(run(both, text)) == [("Süddeutsche Zeitung", "schreiben", "Die Regierung habe versagt")]
    shipped = run(Extractor(None), "Der Hamburger SV trennt sich von Trainer Tim Walter. Das teilte der Verein mit.")
    assert [names(shipped)[s.speaker or ""] for s in shipped.statements] == ["Hamburger SV"]


def test_a_party_epithet_is_the_person_named_in_the_sentence_before(both: Extractor) -> None:
    text = (
        "Ministerin Anna Keller warnte vor Kürzungen. Finanzminister Paul Kern lehnt das ab. "
        "„Das können wir uns nicht leisten“, sagte der FDP-Chef."
    )
    assert speakers(run(both, text))[-1] == ("Paul Kern", "sagen", "Das können wir uns nicht leisten")


def test_a_party_description_is_not_whom_the_speaker_met_nor_a_man_named_in_her_quote(both: Extractor) -> None:
    text = (
        "Außenministerin Anna Berg hat Polen besucht. Bei einem Treffen mit ihrem polnischen Amtskollegen Karl Vogt "
        "sagte die Grünen-Politikerin, die Lage sei ernst. Innenministerin Petra Lang sprach von einem Angriff. "
        "„Wir werden Karl Vogts Rat folgen“, sagte die SPD-Politikerin."
    )
    assert [s[0] for s in speakers(run(both, text))] == ["Anna Berg", "Petra Lang", "Petra Lang"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Viele Menschen seien auf der Flucht, erklärte das UN-Flüchtlingshilfswerk UNHCR.", "UNHCR"),
        ("Der Deutsche Wetterdienst warnte vor weiterem Starkregen.", "Deutscher Wetterdienst"),
        ("Die Bundesanwaltschaft ließ zwei Männer festnehmen, wie die Behörde mitteilte.", "Bundesanwaltschaft"),
        ("Die Lokführergewerkschaft GDL rief zum Streik auf. Er beginne bald, teilte die Gewerkschaft mit.", "GDL"),
    ],
)
def test_organisations_by_the_noun_that_describes_them(both: Extractor, text: str, speaker: str) -> None:
    assert speakers(run(both, text))[-1][0] == speaker


def test_a_pronoun_after_an_inverted_cue_skips_the_names_in_what_was_said() -> None:
    text = (
        "RN-Chefin Marine Le Pen begrüßte die Entscheidung. "
        "Ihre Partei sei bereit, die Regierung zu übernehmen, schrieb sie auf X. "
        "Umweltministerin Katrin Eder kündigte an, die Messwerte veröffentlichen zu lassen. "
        "Die Verbraucherzentrale appellierte an die Versicherten, ihre Zugangsdaten zu ändern."
    )
    extraction = run(Extractor(None), text)
    assert [(s[0], s[1]) for s in speakers(extraction)] == [
        ("Marine Le Pen", "begrüßen"),
        ("Marine Le Pen", "schreiben"),
        ("Katrin Eder", "ankündigen"),
        ("Verbraucherzentrale", "appellieren"),
    ]
    text = "Die Bundesregierung äußerte sich nicht. Die Opposition sei am Ende, schrieb sie auf X."
    assert speakers(run(Extractor(None), text))[0][0] == "Bundesregierung"


def test_a_demonym_after_der_is_the_subject_and_the_person_mentioned_last() -> None:
    text = (
        "Teamchef Graham Whitfield und Pilot Emilio Ruiz stritten. Die Kommissare bestraften den 24 Jahre alten "
        "Spanier. Whitfield wies die Vorwürfe zurück. „Das ist lächerlich“, sagte der Brite vor Journalisten."
    )
    assert speakers(run(Extractor(None), text))[-1] == ("Graham Whitfield", "sagen", "Das ist lächerlich")


def test_a_description_is_the_person_mentioned_last_in_any_form() -> None:
    text = (
        "Das Tor erzielte Lukas Brenner in der Nachspielzeit. Schiedsrichter Sven Jablonski verteidigte seine "
        "Entscheidung. Matchwinner Brenner konnte sein Glück kaum fassen. „Ich habe einfach draufgehalten“, "
        "sagte der Stürmer."
    )
    assert speakers(run(Extractor(None), text))[-1] == ("Lukas Brenner", "sagen", "Ich habe einfach draufgehalten")


def test_synonyms_a_man_after_der_parties_in_the_plural_idioms_and_a_negated_separable_cue() -> None:
    text = (
        "Die Europäische Zentralbank senkt die Zinsen. Der Einlagensatz sinke, teilte die Notenbank mit. "
        "FDP-Fraktionschef Christian Dürr begrüßte den Schritt. Wie der FDP-Politiker dem „Handelsblatt“ sagte, "
        "sei dies ein gutes Signal. Im Bundestag forderten mehrere Fraktionen strengere Vorgaben. DKG-Chef Gerald "
        "Baumann sagte, schon jetzt schrieben viele Kliniken rote Zahlen. Verdi schließt weitere Streiks nicht aus. "
        "Anna Roth plant eine Kundgebung, gegen die bereits Bündnisse Proteste angekündigt haben."
    )
    assert [s[:2] for s in speakers(run(Extractor(None), text))] == [
        ("Europäische Zentralbank", "mitteilen"),
        ("Christian Dürr", "begrüßen"),
        ("Christian Dürr", "sagen"),
        ("Fraktionen", "fordern"),
        ("Gerald Baumann", "sagen"),
        ("Verdi", "nicht ausschließen"),
    ]


# --- spokespersons, members and documents speak for their organisation --------------------------------------------


def test_an_unnamed_spokesperson_speaks_for_the_organisation(extractor: Extractor) -> None:
    text = "Die Weltbank zeigte sich besorgt. Eine Sprecherin erklärte in Washington, man verfolge die Lage genau."
    ex = run(extractor, text)
    (statement,) = ex.statements
    assert names(ex)[statement.speaker] == "Weltbank"


def test_an_organ_of_a_firm_speaks_for_it_and_a_dateline_is_no_part_of_what_it_said() -> None:
    text = (
        "Schweinfurt - Der Autozulieferer Reinhold & Kessler will 2400 Stellen abbauen. "
        "Das kündigte der Vorstand am Dienstag an."
    )
    assert speakers(run(Extractor(None), text)) == [
        ("Reinhold & Kessler", "ankündigen", "Der Autozulieferer Reinhold & Kessler will 2400 Stellen abbauen")
    ]


def test_a_pronoun_of_the_spokesperson_s_gender_goes_on_speaking_for_the_body() -> None:
    text = (
        "Die Kontrollen stünden im Einklang mit dem Recht, sagte eine Sprecherin des Handelsministeriums. "
        "Zugleich kritisierte sie die Zölle der EU als „protektionistisch“."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Handelsministerium", "Handelsministerium"]


def test_a_hyphenated_spokesperson_speaks_for_the_abbreviation_before_the_hyphen() -> None:
    text = (
        "Die Rapid Support Forces (RSF) und die sudanesische Armee beschuldigten sich. "
        "Ein RSF-Sprecher erklärte, man habe nichts damit zu tun."
    )
    assert speakers(run(Extractor(None), text))[-1][0] == "Rapid Support Forces"


def test_a_document_before_an_impersonal_cue_speaks_for_its_issuer() -> None:
    text = (
        "Das Bundesverfassungsgericht hat die Klage abgewiesen. Die Staatsanwaltschaft Karlsruhe hatte ermittelt. "
        "In dem Urteil heißt es, der Gesetzgeber habe seinen Spielraum nicht überschritten. Das Landgericht "
        "Arnsberg verurteilte den Mann zu vier Jahren Haft. Der "
        "Angeklagte habe aus Habgier gehandelt, heißt es in der Urteilsbegründung."
    )
    said = [(s[0], s[2]) for s in speakers(run(Extractor(None), text)) if s[1] == "heißen"]
    assert said == [
        ("Bundesverfassungsgericht", "der Gesetzgeber habe seinen Spielraum nicht überschritten"),
        ("Landgericht Arnsberg", "Der Angeklagte habe aus Habgier gehandelt"),
    ]


def test_a_spokesperson_of_die_behoerde_speaks_for_the_authority_named_so() -> None:
    text = (
        "Die Bundesstelle für Seeunfalluntersuchung in Hamburg hat eine Untersuchung eingeleitet. "
        "Ein Zwischenbericht werde frühestens in einigen Wochen vorliegen, sagte ein Sprecher der Behörde."
    )
    assert speakers(run(Extractor(None), text))[0][0] == "Bundesstelle für Seeunfalluntersuchung"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Das ist eine Provokation“, sagte ein Hamas-Funktionär dem Sender.",
            [("Hamas", "sagen", "Das ist eine Provokation")],
        ),
        (
            "Reisende sollten mehr Zeit einplanen, riet ein Sprecher des Flughafens Köln.",
            [("Flughafen Köln", "raten", "Reisende sollten mehr Zeit einplanen")],
        ),
        (  # the hotel is no actor kg knows: its spokeswoman speaks unnamed; the firm named before did not speak
            "Der Konzern Bosch verlegt seine Zentrale. Die Stadt sei enttäuscht, sagte eine Sprecherin des Hotels.",
            [("Sprecherin des Hotels", "sagen", "Die Stadt sei enttäuscht")],
        ),
        (
            "Die israelische Armee griff Ziele im Libanon an. Ein Sprecher der Armee sagte, man habe Stellungen "
            "getroffen.",
            [("Israelische Armee", "sagen", "man habe Stellungen getroffen")],
        ),
    ],
)
def test_an_unnamed_member_speaks_for_the_organisation_named_with_them(
    both: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert speakers(run(both, text)) == expected


def test_a_company_spokesperson_speaks_for_an_organisation_not_a_country(both: Extractor) -> None:
    text = "Der Zulieferer ZF will Stellen in Deutschland streichen. Ein Unternehmenssprecher bestätigte die Pläne."
    assert speakers(run(both, text))[0][0] == "ZF"


def test_an_official_with_a_country_s_adjective_speaks_for_the_country(both: Extractor) -> None:
    text = "„Das ist falsch“, sagte ein israelischer Regierungsvertreter."
    assert speakers(run(both, text)) == [("Israel", "sagen", "Das ist falsch")]


def test_the_authority_referred_to_is_one_named_as_an_authority() -> None:
    text = (
        "Das Statistische Bundesamt meldete mehr Insolvenzen. Ökonomen des Instituts für Wirtschaftsforschung "
        "rechnen mit mehr. Betroffen sei der Handel, sagte ein Sprecher der Behörde."
    )
    extraction = run(Extractor(None), text)
    assert speakers(extraction)[-1][0] == "Statistisches Bundesamt"
    assert "Institut für Wirtschaftsforschung" in [a.name for a in extraction.actors]  # cited in the nominative


def test_a_spokesperson_of_an_institution_speaks_for_one_whose_name_holds_it(both: Extractor) -> None:
    text = "Der Bundesgerichtshof hob das Urteil auf. Ein Sprecher des Gerichts sagte, der Prozess beginne im Herbst."
    assert speakers(run(both, text))[0][0] == "Bundesgerichtshof"


def test_a_document_a_group_wrote_speaks_for_it(both: Extractor) -> None:
    text = (
        "Die Grünen sehen das anders. In einem Brief forderten mehrere Ökonomen eine Reform. "
        "„Die Schuldenbremse verhindert Investitionen“, heißt es in dem Schreiben."
    )
    assert speakers(run(both, text))[-1][0] == "Ökonomen"


def test_a_spokesperson_speaks_for_the_group_or_airport_named_before() -> None:
    text = (
        "Aktivisten haben den Flughafen Frankfurt blockiert. Nach Angaben eines Flughafensprechers fielen 140 Flüge "
        "aus. Die Gruppe Letzte Generation bekannte sich zu der Aktion. „Wir machen weiter, bis die Regierung "
        "handelt“, sagte eine Sprecherin der Gruppe. Eine Gruppe Jugendlicher sagte, sie sei wütend."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))][:2] == ["Flughafen Frankfurt", "Letzte Generation"]


def test_a_spokesperson_s_compound_names_the_institution_they_speak_for(both: Extractor) -> None:
    text = (
        "Die Polizei sperrte die Straße. Die Feuerwehr löschte den Brand. "
        "Laut einem Polizeisprecher wurden zwei Beamte verletzt."
    )
    assert speakers(run(both, text)) == [("Polizei", "laut", "wurden zwei Beamte verletzt")]


def test_the_organisation_or_the_militia_is_the_one_named_last(both: Extractor) -> None:
    text = "Die Hisbollah feuerte Raketen ab. Ein Sprecher der Miliz sagte, man habe Stellungen getroffen."
    assert speakers(run(both, text)) == [("Hisbollah", "sagen", "man habe Stellungen getroffen")]


def test_analysts_of_a_bank_speak_for_it() -> None:
    extraction = run(Extractor(None), "Analysten der Commerzbank bezeichneten die Zahlen als enttäuschend.")
    assert speakers(extraction) == [("Commerzbank", "bezeichnen", "die Zahlen als enttäuschend")]


def test_a_spokesperson_speaks_for_no_party_named_in_brackets(both: Extractor) -> None:
    text = (
        "Das Umweltministerium plant Kürzungen, Ministerin Nina Kurz (CDU) verteidigte sie. "
        "Man arbeite an einer Lösung, sagte eine Sprecherin."
    )
    extraction = run(both, text)
    assert [names(extraction).get(s.speaker or "") for s in extraction.statements] == ["Umweltministerium"]


def test_a_persons_office_speaks_for_them(both: Extractor) -> None:
    text = "Die Waffenruhe gilt ab Sonntag. Das bestätigte das Büro von Ministerpräsidentin Anna Keller am Abend."
    assert speakers(run(both, text)) == [("Anna Keller", "bestätigen", "Die Waffenruhe gilt ab Sonntag")]


def test_a_town_s_administration_speaks_under_its_name_and_a_semicolon_starts_a_clause() -> None:
    text = (
        "Lüneburg - Die Stadtverwaltung Lüneburg teilte mit, die Server seien offline. In der Stadt Lüneburg ist es "
        "ruhig. In Hameln brannte ein Haus. Die Bürgerbüros blieben geschlossen, wie die Stadt mitteilte. "
        "Ein Sprecher des Landkreises Harburg sagte, man prüfe das. Ein Camp hatte die Stadt untersagt; das "
        "Verwaltungsgericht München bestätigte das Verbot."
    )
    extraction = run(Extractor(None), text)
    assert [s[0] for s in speakers(extraction)] == [
        "Stadt Lüneburg",
        "Stadt Hameln",
        "Landkreis Harburg",
        "Verwaltungsgericht München",
    ]
    assert {p.name for p in extraction.places} >= {"Lüneburg", "Hameln"}


def test_a_spokesperson_who_said_nothing_yet_is_he_and_names_lose_their_genitive() -> None:
    text = (
        "Das Bundesverkehrsministerium plant Kürzungen. Ein Sprecher des Verkehrsministeriums wollte sich nicht "
        "äußern. Es handle sich um einen Entwurf, sagte er lediglich. Ein Sprecher des Thüringer "
        "Wirtschaftsministeriums sagte, man prüfe das. Im Westen der Halbinsel brennt es."
    )
    extraction = run(Extractor(None), text)
    assert [s[0] for s in speakers(extraction)] == ["Bundesverkehrsministerium", "Thüringer Wirtschaftsministerium"]
    assert [a.name for a in extraction.actors] == ["Bundesverkehrsministerium", "Thüringer Wirtschaftsministerium"]


def test_a_firm_s_spokesperson_speaks_neither_for_a_paper_told_nor_for_the_works_council() -> None:
    text = (
        "Der Versicherer Aventa hat ein Datenleck eingeräumt. Die Vorsitzende des Gesamtbetriebsrats, Sabine "
        "Oberhuber, sagte der „Süddeutschen Zeitung“, die Warnungen seien ignoriert worden. "
        "Ein Konzernsprecher wies diese Darstellung zurück."
    )
    assert speakers(run(Extractor(None), text))[-1] == ("Aventa", "zurückweisen", "diese Darstellung")


def test_a_document_referred_back_to_is_whose_it_was_where_it_was_introduced() -> None:
    text = (
        "Das Bundesverkehrsministerium will bei Autobahnen sparen. Das geht aus einem internen Papier hervor, das "
        "dem „Spiegel“ vorliegt. Demnach sollen Länder und Kommunen mehr zahlen. In dem Papier heißt es, die "
        "Mittel reichten nicht aus. In einem Brief an die Fraktionen forderten mehrere Ökonomen eine Reform. "
        "„Die Schuldenbremse verhindert Investitionen“, heißt es in dem Schreiben."
    )
    said = [(s[0], s[1]) for s in speakers(run(Extractor(None), text))]
    assert ("Bundesverkehrsministerium", "heißen") in said and ("Ökonomen", "heißen") in said
    assert not [s for s in said if s[0] in ("Der Spiegel", "Länder", "Kommunen")]


def test_an_indictment_speaks_for_the_prosecutor_named_before() -> None:
    text = (
        "Die Staatsanwaltschaft München hat fünf Aktivisten angeklagt. Die Polizei sprach von einem gefährlichen "
        "Eingriff. Sie hätten eine Autobahn stundenlang blockiert, hieß es in der Anklage."
    )
    assert speakers(run(Extractor(None), text))[-1][:2] == ("Staatsanwaltschaft München", "heißen")


# --- sources named by an attribution ------------------------------------------------------------------------------


def test_anonymous_sources_are_a_group_not_dropped(extractor: Extractor) -> None:
    ex = run(extractor, "Nach Angaben aus Regierungskreisen wollen sich die Minister am Freitag treffen.")
    (statement,) = ex.statements
    assert names(ex)[statement.speaker] == "Regierungskreise"
    assert statement.content == "wollen sich die Minister am Freitag treffen"
    assert [(e.type, e.status) for e in ex.events] == [("CONSULT", "planned")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Polizei nahm nach eigenen Angaben zwölf Personen fest.", "Polizei"),
        ("Obwohl Anna Keller als Linke gilt, will sie nach eigenen Worten Brücken bauen.", "Anna Keller"),
    ],
)
def test_nach_eigenen_angaben_cites_the_subject_who_also_acts(text: str, speaker: str) -> None:
    extraction = run(Extractor(None), text)
    assert [s[0] for s in speakers(extraction)] == [speaker]
    assert all(p.role == "agent" for e in extraction.events for p in e.participants)


def test_hiess_es_aus_names_the_source_not_a_pronoun(extractor: Extractor) -> None:
    text = "Präsident Karl Vogt schwieg. Man mische sich nicht ein, hieß es aus dem Kreml."
    ex = run(extractor, text)
    (statement,) = ex.statements
    assert names(ex)[statement.speaker] == "Kreml"


def test_a_source_opening_the_sentence_reports_it_and_does_not_speak_in_it() -> None:
    text = "Nach Informationen des WDR fordern die Täter ein Lösegeld."
    assert speakers(run(Extractor(None), text)) == [
        ("Westdeutscher Rundfunk", "nach informationen", "fordern die Täter ein Lösegeld"),
        ("Täter", "fordern", "ein Lösegeld"),
    ]


def test_the_source_after_laut_may_follow_what_it_published() -> None:
    text = "Laut einem Bericht der „New York Times“ hatte Musk Streit mit dem Weißen Haus."
    assert speakers(run(Extractor(None), text)) == [
        ("The New York Times", "laut", "hatte Musk Streit mit dem Weißen Haus")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Polizei sperrte die Straße. Die Arbeiten könnten bis in die Nacht dauern, so eine Sprecherin.",
            [("Polizei", "so", "Die Arbeiten könnten bis in die Nacht dauern")],
        ),
        ("Laut Feuerwehr brannte das Haus aus.", [("Feuerwehr", "laut", "brannte das Haus aus")]),
        (
            "Nach palästinensischen Angaben wurden mindestens 30 Menschen getötet.",
            [("Palästina", "nach angaben", "wurden mindestens 30 Menschen getötet")],
        ),
        (
            "Die Nato hat der Ukraine weitere Hilfe zugesagt. Der Beitritt sei unumkehrbar, heißt es in der "
            "Abschlusserklärung.",
            [("NATO", "zusagen", "weitere Hilfe"), ("NATO", "heißen", "Der Beitritt sei unumkehrbar")],
        ),
    ],
)
def test_sources_named_by_a_role_an_adjective_or_a_document(
    both: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert speakers(run(both, text)) == expected


def test_a_military_in_the_genitive_a_general_staff_and_a_participle_s_agent_are_sources() -> None:
    text = (
        "Nordkorea hat nach Angaben des südkoreanischen Militärs eine Rakete abgefeuert. "
        "Sie sei ins Meer gestürzt, teilte der Generalstab in Seoul mit. "
        "Nach Angaben des von der Hamas kontrollierten Gesundheitsministeriums wurden 100 Menschen getötet. "
        "Machthaber Kim Jong Un hatte zuvor mit einer Ausweitung des Atomprogramms gedroht."
    )
    assert [(s[0], s[2]) for s in speakers(run(Extractor(None), text))][1:] == [
        ("Generalstab", "Sie sei ins Meer gestürzt"),
        ("Gesundheitsministerium", "wurden 100 Menschen getötet"),
        ("Kim Jong-un", "mit einer Ausweitung des Atomprogramms"),
    ]
    assert speakers(run(Extractor(None), text))[0][0] == "Südkoreanisches Militär"


def test_a_source_of_a_report_does_not_silence_the_subject_and_a_seat_after_in_does_not_speak() -> None:
    text = (
        "Staatschef Xi Jinping sagte nach Angaben der Staatsagentur Xinhua, China unterstütze eine Konferenz. "
        "Zwölf Personen sind betroffen, wie der Rat der EU in Brüssel mitteilte. "
        "Teheran verurteilte die Strafmaßnahmen und kündigte Gegenmaßnahmen an."
    )
    extraction = run(Extractor(None), text)
    assert [s[0] for s in speakers(extraction)] == ["Xi Jinping", "Rat der Europäischen Union", "Iran"]
    sanctions = [e for e in extraction.events if e.type == "SANCTION"]
    assert [e.status for e in sanctions] == ["occurred"]


def test_a_pluperfect_cue_after_what_was_said_and_a_bare_institution_as_a_source() -> None:
    text = (
        "Das Landgericht Bochum verurteilte den Arzt Klaus Strunk. Er habe sich auf seine Mitarbeiter verlassen, "
        "hatte Strunk zum Prozessauftakt erklärt. Er habe nichts gewusst, hatte er betont. "
        "Laut Gericht hatte Strunk über Jahre ein System betrieben."
    )
    assert speakers(run(Extractor(None), text)) == [
        ("Klaus Strunk", "erklären", "Er habe sich auf seine Mitarbeiter verlassen"),
        ("Klaus Strunk", "betonen", "Er habe nichts gewusst"),
        ("Landgericht Bochum", "laut", "hatte Strunk über Jahre ein System betrieben"),
    ]


def test_a_source_s_name_after_its_title_is_no_part_of_what_was_said_and_contradicting_rejects() -> None:
    text = (
        "Nach Angaben des städtischen IT-Leiters Jörg Mahnke wurden alle Server vom Netz genommen. "
        "Außenministerin Petra Falk widersprach: Es gebe einen klaren Aggressor."
    )
    extraction = run(Extractor(None), text)
    assert speakers(extraction) == [
        ("Jörg Mahnke", "nach angaben", "wurden alle Server vom Netz genommen"),
        ("Petra Falk", "widersprechen", "Es gebe einen klaren Aggressor"),
    ]
    first = extraction.statements[0]
    assert text[slice(*first.speaker_span)] == "Jörg Mahnke"
    assert extraction.statements[1].speech_act == "rejection"


def test_circles_are_a_group_and_the_organisation_is_the_subject_before_not_its_object() -> None:
    text = (
        "Aus Diplomatenkreisen hieß es, ein Kompromiss könnte im Juni gefunden werden. Amnesty International "
        "warf der EU vor, das Asylrecht auszuhöhlen. „Europa schottet sich ab“, erklärte die Organisation."
    )
    extraction = run(Extractor(None), text)
    amnesty = "Amnesty International"
    assert [s[0] for s in speakers(extraction)] == ["Diplomatenkreise", amnesty, amnesty]
    assert [p.name for p in extraction.places] == ["Europa"]


def test_a_source_after_laut_is_the_person_apposed_to_its_noun() -> None:
    text = "Laut dem vorläufigen Sachwalter, dem Insolvenzverwalter Dr. Felix Amsel, gibt es mehrere Interessenten."
    assert speakers(run(Extractor(None), text)) == [("Felix Amsel", "laut", "gibt es mehrere Interessenten")]


# --- addressees and media -----------------------------------------------------------------------------------------


def test_dative_before_inverted_cue_is_the_addressee(extractor: Extractor) -> None:
    text = "Der frühere Minister Heinz Berger lebt in Bonn. Der Deutschen Welle sagte er: „Wir müssen reden.“"
    ex = run(extractor, text)
    (statement,) = ex.statements
    actor = names(ex)
    assert actor[statement.speaker] == "Heinz Berger"
    assert actor[statement.addressee] == "Deutsche Welle"


def test_medium_of_a_statement(extractor: Extractor) -> None:
    text = '„Wir brauchen mehr Geld“, schrieb Landrätin Petra Kunze in einem Gastbeitrag für die "Bild"-Zeitung.'
    ex = run(extractor, text)
    (statement,) = ex.statements
    assert names(ex)[statement.medium] == "Bild"


def test_dative_after_the_cue_is_the_addressee(extractor: Extractor) -> None:
    ex = run(extractor, 'Oppositionsführer Max Weber sagte der "Frankfurter Rundschau", die Regierung sei gescheitert.')
    (statement,) = ex.statements
    assert names(ex)[statement.addressee] == "Frankfurter Rundschau"


@pytest.mark.parametrize(
    ("text", "speaker", "addressee"),
    [
        (
            "Ein Mitglied der Hamas-Delegation sagte der Nachrichtenagentur AFP, man sei nach Kairo gekommen.",
            "Hamas",
            "Agence France-Presse",
        ),
        (
            "Ein Mitglied der Delegation sagte der Nachrichtenagentur AFP, man sei nach Kairo gekommen.",
            "Mitglied der Delegation",
            "Agence France-Presse",
        ),
    ],
)
def test_a_news_agency_in_the_dative_after_the_cue_is_whom_a_member_spoke_to(
    text: str, speaker: str, addressee: str
) -> None:
    extraction = run(Extractor(None), text)
    (statement,) = extraction.statements
    assert (names(extraction)[statement.speaker], names(extraction)[statement.addressee]) == (speaker, addressee)
    assert statement.content == "man sei nach Kairo gekommen"


def test_a_fronted_setting_is_no_addressee_and_der_verein_is_a_club_named_so() -> None:
    text = (
        "Auch der Chaos Computer Club meldete sich. Es sei erschreckend, schrieb der Verein auf Mastodon. "
        "Im Bundestag forderte die Abgeordnete Anna Keller Sicherheitsprüfungen."
    )
    extraction = run(Extractor(None), text)
    assert [(names(extraction)[s.speaker], s.addressee) for s in extraction.statements] == [
        ("Chaos Computer Club", None),
        ("Anna Keller", None),
    ]


def test_a_name_after_a_quoted_noun_is_its_genitive_not_the_addressee(both: Extractor) -> None:
    text = "Oppositionsführer Rahul Gandhi sprach von einem „moralischen Sieg“ der Opposition."
    assert run(both, text).statements[0].addressee is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Zeitung „Bild“ sagte ein Tesla-Manager, die Stimmung sei schlecht.",
            [("Tesla-Manager", "sagen", "die Stimmung sei schlecht")],
        ),
        (
            "Die EU-Kommission prüft Schritte. Der Zeitung „Bild“ sagte Ministerin Anna Keller, die Lage sei ernst.",
            [("Anna Keller", "sagen", "die Lage sei ernst")],
        ),
    ],
)
def test_a_medium_fronted_in_the_dative_is_no_speaker(both: Extractor, text: str, expected: list) -> None:
    extraction = run(both, text)
    assert speakers(extraction) == expected
    assert names(extraction)[extraction.statements[0].addressee or ""] == "Bild"


def test_gegenueber_names_the_addressee_and_a_party_to_a_war_is_no_party(both: Extractor) -> None:
    text = (
        "„Wir werden nicht Kriegspartei“, sagte Kanzler Karl Vogt. Oppositionsführer Peter Braun hielt ihm "
        "Zögerlichkeit vor. Ministerin Anna Keller erklärte gegenüber der Bundesregierung, sie sei bereit."
    )
    extraction = run(both, text)
    found = names(extraction)
    assert "Kriegspartei" not in found.values()
    assert speakers(extraction)[1:] == [
        ("Peter Braun", "vorhalten", "Zögerlichkeit"),
        ("Anna Keller", "erklären", "sie sei bereit"),
    ]
    assert found[extraction.statements[-1].addressee or ""] == "Bundesregierung"


def test_whom_a_threat_is_made_to_is_its_addressee_not_its_content(both: Extractor) -> None:
    extraction = run(both, "Präsident Paul Kern hat der Europäischen Union mit Strafzöllen gedroht.")
    found = names(extraction)
    (statement,) = extraction.statements
    assert (statement.content, found[statement.addressee or ""]) == ("mit Strafzöllen", "Europäische Union")
    (threat,) = [e for e in extraction.events if e.type == "THREATEN"]  # the tariffs threatened are a SANCTION too
    assert [(p.role, found[p.actor]) for p in threat.participants] == [
        ("agent", "Paul Kern"),
        ("target", "Europäische Union"),
    ]


def test_a_source_named_mid_sentence_addresses_no_one(both: Extractor) -> None:
    text = "Deutschland will der Ukraine nach Angaben des Verteidigungsministeriums zwei Systeme übergeben."
    (statement,) = run(both, text).statements
    assert statement.addressee is None and statement.content.startswith("Deutschland will")


def test_a_name_in_the_genitive_after_a_noun_is_not_whom_a_demand_addresses(both: Extractor) -> None:
    extraction = run(both, "Die Afrikanische Union forderte die sofortige Freilassung des Präsidenten Paul Kern.")
    (statement,) = extraction.statements
    assert statement.addressee is None


def test_the_staff_of_an_organisation_addressed_and_a_negation_kept_with_its_adverb() -> None:
    shipped = Extractor(None)
    text = "Die Gewerkschaft GDL rief das Bodenpersonal der Lufthansa zu einem Warnstreik auf."
    (statement,) = run(shipped, text).statements
    assert names(run(shipped, text))[statement.addressee or ""] == "Lufthansa"
    extraction = run(shipped, "Der Konzern Volkswagen schloss die Schließung von Werken nicht mehr aus.")
    said = [(s.cue, s.speech_act, s.content) for s in extraction.statements]
    assert said == [("nicht ausschließen", "claim", "die Schließung von Werken")]  # possible now, no rejection


def test_a_warning_after_a_pronoun_addresses_its_object_and_a_place_is_no_addressee(both: Extractor) -> None:
    text = (
        "Außenminister Karl Vogt reiste nach Peking. Zugleich warnte er Deutschland vor einer Abkopplung. "
        "Der UN-Sicherheitsrat forderte eine sofortige Waffenruhe im Sudan."
    )
    extraction = run(both, text)
    assert [names(extraction).get(s.addressee or "") for s in extraction.statements] == ["Deutschland", None]


def test_a_capital_as_the_object_of_a_demand_is_addressed_and_not_the_speaker(both: Extractor) -> None:
    text = "Die USA riefen Peking zur Zurückhaltung auf. Washington hat Moskau aufgefordert, die Truppen abzuziehen."
    extraction = run(both, text)
    actor = names(extraction)
    assert [(actor[s.speaker or ""], actor.get(s.addressee or "")) for s in extraction.statements] == [
        ("Vereinigte Staaten", "China"),
        ("Vereinigte Staaten", "Russland"),
    ]


def test_a_newspaper_in_quotation_marks_after_the_speaker_is_addressed() -> None:
    text = (
        "Der Präsident der Bundesärztekammer, Ralf Morgenthaler, sagte der „Rheinischen Post“, die Lage sei ernst. "
        "Die Kliniken seien überlastet, sagte Anna Nowak der „Leipziger Volkszeitung“."
    )
    extraction = run(Extractor(None), text)
    assert speakers(extraction) == [
        ("Ralf Morgenthaler", "sagen", "die Lage sei ernst"),
        ("Anna Nowak", "sagen", "Die Kliniken seien überlastet"),
    ]
    addressees = [names(extraction).get(s.addressee) for s in extraction.statements]
    assert addressees == ["Rheinische Post", "Leipziger Volkszeitung"]


# --- continuations: sentences that go on reporting the last speaker -----------------------------------------------


def test_konjunktiv_continues_the_last_speaker(extractor: Extractor) -> None:
    text = (
        "Gesundheitsminister Karl Lauterbach sagte, die Lage sei ernst. "
        "Die Kliniken müssten sich auf viele Patienten vorbereiten. "
        "Der Bundestag beriet am Abend über das Gesetz."
    )
    ex = run(extractor, text)
    assert [s.continuation for s in ex.statements] == [False, True]
    assert {names(ex)[s.speaker] for s in ex.statements} == {"Karl Lauterbach"}
    assert ex.statements[1].cue is None


def test_narration_in_the_indicative_is_not_a_statement(extractor: Extractor) -> None:
    ex = run(extractor, "Der Bundestag beschloss am Freitag das Gesetz. Die Opposition stimmte dagegen.")
    assert ex.statements == []


def test_a_cue_whose_speaker_kg_cannot_name_does_not_continue_the_last_one(both: Extractor) -> None:
    text = (
        "Innenministerin Anna Keller sagte, der Staat müsse wehrhaft sein. "
        "Manche sagen dagegen, die Nato bedrohe ihre Sicherheit."
    )
    assert speakers(run(both, text)) == [("Anna Keller", "sagen", "der Staat müsse wehrhaft sein")]


def test_a_main_clause_in_the_indicative_after_a_demand_is_the_narrator_going_on() -> None:
    text = "Italien und Dänemark drängten auf schnellere Abschiebungen, Spanien lehnte dies ab."
    extraction = run(Extractor(None), text)
    assert speakers(extraction) == [("Italien", "drängen", "auf schnellere Abschiebungen")]
    assert roles(extraction, "REQUEST") == [("agent", "Italien"), ("agent", "Dänemark")]
    (rejection,) = [e for e in extraction.events if e.type == "REJECT"]
    assert rejection.status == "occurred"
    assert [names(extraction)[p.actor] for p in rejection.participants] == ["Spanien"]


def test_past_a_sentence_of_narration_only_konjunktiv_one_goes_on_reporting() -> None:
    text = (
        "Trainer Karl Vogt sagte, die Mannschaft lebe. Der Verein steht auf dem vorletzten Platz. "
        "Sein Vertrag wäre noch bis Juni gelaufen."
    )
    assert len(run(Extractor(None), text).statements) == 1


def test_duerfte_with_werden_is_the_narrator_hedging_not_a_continuation(both: Extractor) -> None:
    text = (
        "Die Abgeordnete Anna Keller schrieb, Meyrac habe das Parlament gedemütigt. "
        "Entscheidend dürften die Sozialisten werden."
    )
    assert len(run(both, text).statements) == 1


def test_a_speaker_in_a_relative_clause_is_not_who_goes_on_speaking() -> None:
    text = (
        "Die Schriftstellerin Anna Keller erinnerte an den Humor der Verstorbenen. Sie habe sich über Kritiker "
        "amüsiert, die ihre Bücher als „Frauenliteratur“ bezeichneten. Sie habe dann jedes Mal gefragt, ob es auch "
        "Männerliteratur gebe."
    )
    assert speakers(run(Extractor(None), text))[-1][0] == "Anna Keller"


def test_a_cue_kg_cannot_attribute_ends_the_last_speaker_s_run() -> None:
    text = (
        "Die Polizei sprach von einem friedlichen Verlauf. "
        "Der Betreiber teilte mit, der Betrieb laufe normal. Am Zaun sei ein Sachschaden entstanden."
    )
    assert speakers(run(Extractor(None), text)) == [("Polizei", "sprechen", "von einem friedlichen Verlauf")]


def test_who_speaks_with_no_clause_of_their_own_goes_on_in_konjunktiv() -> None:
    text = (
        "Die Polizei sprach von einem friedlichen Verlauf. Zur Lage in Nahost äußerte sich Regierungssprecher "
        "Tim Grothe. Man stehe mit beiden Seiten in Kontakt und fordere sie auf, die Waffen niederzulegen. "
        "Die Waffenruhe sei in Gefahr."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Polizei", "Tim Grothe", "Tim Grothe"]


def test_who_feels_confirmed_says_nothing_but_goes_on_in_konjunktiv() -> None:
    text = (
        "Teilnehmer berichteten, der Minister habe sich offen gezeigt. Die Grünen-Politikerin Lea Hofstetter sieht "
        "sich bestätigt. Sie habe schon lange gesagt, dass der Plan nicht finanzierbar sei."
    )
    assert speakers(run(Extractor(None), text)) == [
        ("Teilnehmer", "berichten", "der Minister habe sich offen gezeigt"),
        ("Lea Hofstetter", None, "Sie habe schon lange gesagt, dass der Plan nicht finanzierbar sei"),
    ]


def test_a_bare_hiess_es_goes_on_for_the_last_speaker_and_a_source_is_no_target() -> None:
    text = (
        "Das Auswärtige Amt rief alle Deutschen auf, die Region zu meiden. Reisende sollten den Anweisungen der "
        "Behörden folgen, hieß es. Minister Karl Weber warf den Festivalmachern nach Angaben der Staatsagentur "
        "Irna vor, das Land zu verunglimpfen. Die beiden Kandidaten lieferten sich ein Fernsehduell."
    )
    extraction = run(Extractor(None), text)
    assert [s[0] for s in speakers(extraction)] == ["Auswärtiges Amt", "Auswärtiges Amt", "Karl Weber"]
    assert extraction.statements[2].addressee is None
    assert [e.type for e in extraction.events] == ["REQUEST", "ACCUSE"]
    assert roles(extraction, "ACCUSE") == [("agent", "Karl Weber")]


def test_konjunktiv_i_of_a_stem_in_t_goes_on_and_preterites_in_te_do_not() -> None:
    text = (
        "Die Ministerin Anna Roth sagte, die Lage sei ernst. Das gelte vor allem für Grundschulen. "
        "Die Opposition nannte den Plan unzureichend."
    )
    assert [s[:2] for s in speakers(run(Extractor(None), text))] == [
        ("Anna Roth", "sagen"),
        ("Anna Roth", None),
        ("Opposition", "nennen"),
    ]


def test_a_verbless_aside_between_commas_does_not_end_reported_speech() -> None:
    text = (
        "Der Bischof Franz Ebner kündigte an, die Zahlungen zu erhöhen. Zudem werde das Bistum alle Beschuldigten, "
        "soweit möglich, der Staatsanwaltschaft melden. Man wolle nichts vertuschen."
    )
    said = speakers(run(Extractor(None), text))
    assert [s[0] for s in said] == ["Franz Ebner"] * 3


def test_an_age_noun_three_sentences_on_and_a_source_after_laut_are_people_named_before() -> None:
    text = (
        "„Wir arbeiten mit Papier und Stift“, sagte Matthias Vollrath. Die Versorgung sei nicht gefährdet gewesen. "
        "Allerdings sei unklar, wie lange es dauere. Der 58-Jährige rechnet nach eigenen Worten mit zwei Wochen."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Matthias Vollrath"] * 4
    text = (
        "Der Gutachter Jochen Feldhaus veröffentlichte die Analyse. Laut Feldhaus ist der Fall kein Einzelfall. Er "
        "prüfe weitere Arbeiten, sagte der 58-Jährige."
    )
    assert speakers(run(Extractor(None), text))[-1][0] == "Jochen Feldhaus"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Kabinett will den Entwurf nach Angaben eines Regierungssprechers Anfang Juli beschließen.",
            ("Regierungssprecher", "Das Kabinett will den Entwurf Anfang Juli beschließen"),
        ),
        (
            "Diese Empfehlung habe den Ausschlag gegeben, glauben Beobachter.",
            ("Beobachter", "Diese Empfehlung habe den Ausschlag gegeben"),
        ),
    ],
)
def test_no_name_runs_into_a_time_and_glauben_is_a_cue(text: str, expected: tuple[str, str]) -> None:
    said = speakers(run(Extractor(None), text))
    assert [(s[0], s[2]) for s in said] == [expected]


def test_a_pronoun_goes_on_with_whom_a_sentence_opened_with_after_the_last_statement() -> None:
    text = (
        "„Wir brauchen einen Neuanfang“, sagte Trainer Michael Körting. Henning Brack selbst war nicht anwesend. "
        "In einer schriftlichen Stellungnahme bedankte er sich bei den Fans. Er habe „alles gegeben“, erklärte er."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Michael Körting", "Henning Brack"]


def test_a_spokesperson_speaks_for_the_body_their_report_opens_with_not_one_it_mentions() -> None:
    text = (
        "Deutsche Hilfsorganisationen bereiten sich vor. Das Deutsche Rote Kreuz stehe in engem Kontakt mit dem "
        "Türkischen Roten Halbmond, sagte eine Sprecherin in Berlin."
    )
    assert speakers(run(Extractor(None), text))[0][0] == "Deutsches Rotes Kreuz"


def test_a_person_apposed_to_the_opening_noun_phrase_is_whom_the_next_pronoun_means() -> None:
    text = (
        "Die Anwältin Deborah Kleinschmidt kritisierte das Urteil. Einer der Angeklagten, der 24-jährige Student "
        "Jonas Kessler, verteidigte die Aktion. „Ich bereue nichts“, sagte er."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Deborah Kleinschmidt", "Jonas Kessler"]


def test_whom_zitieren_quotes_by_a_pronoun_said_it_and_the_agency_is_the_medium() -> None:
    text = (
        "In Teheran drohte General Mahmud Rezaei mit Vergeltung. Die Antwort werde bald erfolgen, zitierte ihn "
        "die staatliche Nachrichtenagentur Irna."
    )
    extraction = run(Extractor(None), text)
    by_id = names(extraction)
    said = [(by_id.get(s.speaker), by_id.get(s.medium)) for s in extraction.statements]
    assert said[-1] == ("Mahmud Rezaei", "Irna")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Teheran drohte der Kommandeur der Revolutionsgarden, General Mahmud Rezaei, mit Vergeltung.",
            [("Mahmud Rezaei", "drohen", "mit Vergeltung")],
        ),
        (
            "„Die Maßnahmen reichen nicht“, sagte die Leiterin der Studie, die Klimaforscherin Johanna Brückner.",
            [("Johanna Brückner", "sagen", "Die Maßnahmen reichen nicht")],
        ),
    ],
)
def test_a_name_apposed_to_a_description_after_the_cue_is_the_speaker(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert speakers(run(Extractor(None), text)) == expected


def test_a_plural_past_between_one_speaker_s_sentences_goes_on_reporting_and_narration_naming_people_not() -> None:
    text = (
        "Die Löhne lägen unter dem Niveau, sagte der Sprecher Thomas Wiegand. Zudem klagten viele Beschäftigte über "
        "Druck. Wer krank werde, müsse mit Gesprächen rechnen."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Thomas Wiegand"] * 3
    text = (
        "Die Lage sei ernst, sagte der Sprecher Thomas Wiegand. An dem Treffen nahmen Anna Roth und Karl Vogt teil. "
        "Man werde weiter beraten."
    )
    assert len(speakers(run(Extractor(None), text))) == 2


def test_a_pronoun_after_an_office_holder_named_by_office_only_is_them() -> None:
    text = (
        "„Wir helfen“, sagte Afad-Präsident Selim Karaca. Der türkische Innenminister reiste in das Gebiet. "
        "„Wir lassen niemanden allein“, sagte er in Pütürge."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Selim Karaca", "Türkischer Innenminister"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Sprecher Markus Lindner kritisierte die Regierung. Das Land habe nichts gelernt, sagte Lindner.",
            ["Markus Lindner", "Markus Lindner"],
        ),
        (
            "„Wir ersticken“, rief Pieter Claes. Auch Joachim Rukwied war nach Brüssel gereist. Er warf der "
            "Kommission vor, die Landwirte zu gängeln.",
            ["Pieter Claes", "Joachim Rukwied"],
        ),
        (
            "Der Deutsche Wetterdienst (DWD) warnte vor Sturm. Ab Donnerstag sei mit Gewittern zu rechnen, teilte "
            "der DWD mit.",
            ["Deutscher Wetterdienst", "Deutscher Wetterdienst"],
        ),
    ],
)
def test_a_surname_is_the_person_the_text_named_a_focus_particle_opens_no_clause_and_a_name_takes_its_article_s_case(
    text: str, expected: list[str]
) -> None:
    assert [s[0] for s in speakers(run(Extractor(None), text))] == expected


def test_a_plural_past_right_after_a_statement_keeps_the_speech_going_for_konjunktiv_ii_after_it() -> None:
    text = (
        "„Die Zahlen sind alarmierend“, sagte der Verbandschef Gerhard Brand. Die Lehrkräfte fühlten sich allein "
        "gelassen. Viele Fälle würden aus Angst nicht gemeldet."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Gerhard Brand"] * 3


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Grünen forderten Aufklärung. Ein Firmensprecher teilte lediglich mit, man werde alles prüfen.",
            "Firmensprecher",
        ),
        (
            "Der Autozulieferer Brandauer streicht Stellen. Die IG Metall kündigte Widerstand an. Das sagte ihr Chef "
            "dem MDR. Ein Unternehmenssprecher wies die Vorwürfe zurück.",
            "Brandauer",
        ),
        (
            "Die SPD kritisierte das. Ein Parteisprecher sagte, man prüfe alles.",
            "Sozialdemokratische Partei Deutschlands",
        ),
    ],
)
def test_a_firm_s_spokesperson_speaks_for_no_party_union_or_medium(text: str, speaker: str) -> None:
    assert speakers(run(Extractor(None), text))[-1][0] == speaker


# --- sources named only by an attribution ---------------------------------------------------------------------------


def test_the_authorities_are_a_source() -> None:
    text = "Bei dem Unglück kamen nach Angaben der örtlichen Behörden mindestens vier Menschen ums Leben."
    assert speakers(run(Extractor(None), text)) == [
        ("Örtliche Behörden", "nach angaben", "Bei dem Unglück kamen mindestens vier Menschen ums Leben")
    ]


def test_a_report_referred_back_to_is_whose_presented_it_and_demnach_goes_on_with_it() -> None:
    text = (
        "Der Sozialverband VdK stellte am Dienstag den Armutsbericht vor. Laut dem Bericht stieg die Zahl "
        "der Betroffenen auf 14 Millionen. Im Osten zählten die Forscher demnach rund drei Millionen Betroffene."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Sozialverband VdK Deutschland"] * 2


def test_a_dative_pronoun_before_zufolge_is_the_person_named_before() -> None:
    text = "Die Politologin Anna Berg erwartet eine knappe Wahl. Ihr zufolge kommt es zu vielen Stichwahlen."
    assert speakers(run(Extractor(None), text)) == [
        ("Anna Berg", "zufolge", "kommt es zu vielen Stichwahlen")
    ]


def test_damit_followed_by_a_verb_opens_a_main_clause_that_was_said() -> None:
    text = "Damit werde erstmals Geld am Kapitalmarkt angelegt, sagte Gregor Lanz."
    assert speakers(run(Extractor(None), text)) == [
        ("Gregor Lanz", "sagen", "Damit werde erstmals Geld am Kapitalmarkt angelegt")
    ]


def test_a_name_apposed_to_a_long_description_is_the_speaker_or_the_source() -> None:
    text = (
        "„Die Polizei ist am Limit“, sagte der Bundesvorsitzende der Gewerkschaft der Polizei (GdP), Rainer "
        "Steinbach, den Zeitungen. Laut dem Bürgermeister der Gemeinde Platanias, Manolis Charalambakis, wurden 200 "
        "Urlauber in Sicherheit gebracht."
    )
    assert speakers(run(Extractor(None), text)) == [
        ("Rainer Steinbach", "sagen", "Die Polizei ist am Limit"),
        ("Manolis Charalambakis", "laut", "wurden 200 Urlauber in Sicherheit gebracht"),
    ]


def test_a_possessive_source_is_whom_it_stands_for() -> None:
    text = "Der Unternehmer Karl Maier klagte über Stillstand. Nach seinen Angaben entstehen ihm Mehrkosten."
    assert speakers(run(Extractor(None), text))[-1] == ("Karl Maier", "nach angaben", "entstehen ihm Mehrkosten")


def test_whose_management_or_spokesperson_speaks_and_organisers_after_the_cue() -> None:
    text = (
        "Tennisspielerin Nina Kessler hat abgesagt. Die 26-Jährige habe sich verletzt, teilte ihr Management mit. "
        "Man wünsche ihr eine schnelle Genesung, teilten die Organisatoren mit."
    )
    assert speakers(run(Extractor(None), text)) == [
        ("Nina Kessler", "mitteilen", "Die 26-Jährige habe sich verletzt"),
        ("Organisatoren", "mitteilen", "Man wünsche ihr eine schnelle Genesung"),
    ]


def test_so_and_an_age_noun_closing_a_quotation() -> None:
    text = "Der Bankchef Thomas Kühn (54) betonte die Lage. „Niemand muss Angst haben“, so der 54-Jährige."
    assert speakers(run(Extractor(None), text))[-1] == ("Thomas Kühn", "so", "Niemand muss Angst haben")


def test_the_source_of_a_document_after_heisst_es_is_named_in_its_genitive() -> None:
    text = (
        "Analysten bewerten den Schritt positiv. Die Häuser ergänzten sich gut, heißt es in einer Einschätzung der "
        "Ratingagentur Scope."
    )
    assert speakers(run(Extractor(None), text))[-1][0] == "Scope"


def test_figures_and_data_name_a_source_and_an_acronym_the_text_defined_is_that_body_everywhere() -> None:
    text = (
        "Nach Zahlen des Statistischen Bundesamts verunglückten 9000 Menschen. Die Tarifgemeinschaft deutscher "
        "Länder (TdL) legte ein Angebot vor. Das Angebot sieht nach TdL-Angaben acht Prozent mehr vor."
    )
    assert [s[:2] for s in speakers(run(Extractor(None), text))] == [
        ("Statistisches Bundesamt", "nach zahlen"),
        ("Tarifgemeinschaft deutscher Länder", "nach angaben"),
    ]


def test_hiess_es_beim_names_the_source_and_internal_figures_are_the_speaker_s() -> None:
    text = "„Das ist ein Rückschlag“, sagte Sportdirektorin Anke Maurer. Sie sei eingeplant, hieß es beim DFB."
    assert speakers(run(Extractor(None), text))[-1][0] == "Deutscher Fußball-Bund"
    text = (
        "„Wir sind besser geworden“, sagte Bahn-Vorstand Henrik Salomon. Ohne die Streiks hätte die Pünktlichkeit "
        "nach internen Berechnungen bei 67 Prozent gelegen."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Henrik Salomon"] * 2


def test_a_medium_after_a_person_s_noun_was_told_and_a_quoted_title_after_zeitung_is_the_medium() -> None:
    text = "Die Minister seien bereit, den Vorschlag zu prüfen, wie ein Diplomat der Deutschen Presse-Agentur sagte."
    assert speakers(run(Extractor(None), text))[0][0] == "Diplomat"
    text = "Paris (dpa) – Es dürfe keinen Zweifel geben, sagte Bruno Le Maire der Zeitung „Ostsee-Kurier“."
    extraction = run(Extractor(None), text)
    assert names(extraction)[extraction.statements[0].addressee or ""] == "Ostsee-Kurier"


def test_a_role_of_an_organisation_is_the_person_named_with_it() -> None:
    text = (
        "Der Präsident der Bundesvereinigung der Deutschen Arbeitgeberverbände, Rainer Dulger, warnte vor Folgen. "
        "„Wir müssen mehr arbeiten“, sagte der Präsident der Bundesvereinigung."
    )
    extraction = run(Extractor(None), text)
    assert speakers(extraction)[-1] == ("Rainer Dulger", "sagen", "Wir müssen mehr arbeiten")
    assert extraction.statements[-1].addressee is None  # whose president, not whom he told


def test_demnach_after_a_presentation_goes_on_with_who_presented() -> None:
    text = (
        "„Die Lage ist ernst“, sagte Benner. Das Statistische Bundesamt stellte am Mittwoch neue Zahlen vor. "
        "Demnach stieg die Zahl der Insolvenzen um zehn Prozent."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Benner", "Statistisches Bundesamt"]


@pytest.mark.parametrize(
    "second",
    [
        "Viele Kollegen fürchteten längere Wege, wenn Abteilungen zusammengelegt würden.",  # Konjunktiv after it
        "Viele junge Ärzte verließen deshalb die Kliniken.",  # a consequence drawn right after the reported words
    ],
)
def test_a_plural_past_right_after_reported_speech_goes_on_reporting(second: str) -> None:
    text = f"Die Belastung sei gestiegen, sagte die Gewerkschafterin Anna Lang. {second}"
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Anna Lang", "Anna Lang"]


def test_a_plural_past_with_its_actors_named_is_the_narrator_s() -> None:
    text = "Die Belastung sei gestiegen, sagte Anna Lang. Polen und Frankreich schlossen zudem ein Abkommen."
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Anna Lang"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„So eine Entscheidung habe ich nie erlebt“, schimpfte Trainer Tom Berg.", ["Tom Berg"]),
        ("Die Dunkelziffer dürfte höher liegen, schätzt der Verband Bitkom.", ["Verband Bitkom"]),
        ("Der Vorsitzende Hans Kurz befürchtet, dass die Reform scheitert.", ["Hans Kurz"]),
        ("Der Minister Tom Berg ordnete an, in allen Kliniken Betten bereitzuhalten.", ["Tom Berg"]),
        ("Trainer Tom Berg schimpfte über den Schiedsrichter.", []),  # a noun alone: no statement
        ("Die Bundesregierung bot Unterstützung an.", []),
        ("Laut Deutschem Wetterdienst werden 38 Grad erwartet.", ["Deutscher Wetterdienst"]),
        ("Die Firma habe mit mehr Gewinn gerechnet, sagte der Chef Tom Berg.", ["Tom Berg"]),  # inside what was said
    ],
)
def test_a_clause_label_is_a_cue_only_with_a_clause_or_a_quotation(text: str, expected: list[str]) -> None:
    assert [s[0] for s in speakers(run(Extractor(None), text))] == expected


def test_der_sprecher_is_the_spokesperson_who_spoke_not_a_body_named_in_what_they_said() -> None:
    text = "Ein Polizeisprecher sagte, die Spur führe zur Deutschen Bank. Die Täter hätten gelogen, sagte der Sprecher."
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Polizeisprecher", "Polizeisprecher"]


def test_a_capital_in_the_genitive_before_a_role_is_whose_the_role_is() -> None:
    text = "Berlins Verkehrssenatorin Manja Schreiner sagte, der Streik sei unverhältnismäßig."
    assert speakers(run(Extractor(None), text))[0][0] == "Manja Schreiner"


def test_another_word_for_a_titled_person_is_them_and_of_their_gender() -> None:
    text = "Virologe Tom Maske warnte vor Masern. Die Lage sei ernst, sagte der Mediziner."
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Tom Maske", "Tom Maske"]
    text = "Ministerin Anna Berg lobte die Polizei. „Er war immer freundlich“, sagte der Mann."
    assert speakers(run(Extractor(None), text))[-1][0] == "Mann"  # a man, not the minister


def test_konjunktiv_i_after_a_person_opened_the_sentence_before_is_their_speech() -> None:
    text = "Landrat Tom Müller zeigte sich gelassen. Er sei sicher, dass der Windpark gebaut werde."
    assert speakers(run(Extractor(None), text)) == [
        ("Tom Müller", None, "Er sei sicher, dass der Windpark gebaut werde")
    ]
    text = "Landrat Tom Müller zeigte sich gelassen: Er sei sicher, dass der Windpark gebaut werde."
    assert speakers(run(Extractor(None), text)) == [
        ("Tom Müller", None, "Er sei sicher, dass der Windpark gebaut werde")
    ]
    text = "Landrat Tom Müller fuhr nach Berlin. Es wäre besser gewesen, zu Hause zu bleiben."
    assert speakers(run(Extractor(None), text)) == []  # Konjunktiv II: the narrator's hypothesis


def test_dabei_with_an_indicative_is_the_narrator_s() -> None:
    text = "Der Anwalt Tom Berg sagte, bei ihm meldeten sich Betroffene. Dabei waren Daten von Millionen aufgetaucht."
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Tom Berg"]


def test_a_council_of_an_organisation_speaks_for_itself() -> None:
    text = "Der Fahrgastbeirat der BVG hatte gewarnt, dass häufige Streiks das Vertrauen beschädigten."
    assert speakers(run(Extractor(None), text))[0][0] == "Fahrgastbeirat"


def test_an_indictment_is_the_prosecutor_s_and_a_compound_of_authorities_a_group() -> None:
    text = "Die Staatsanwaltschaft Koblenz erhob Anklage. Laut Anklage hatte der Mann die Beamten bedroht."
    assert speakers(run(Extractor(None), text))[-1][0] == "Staatsanwaltschaft Koblenz"
    text = "Nach Behördenangaben wurden drei Menschen verletzt."
    assert speakers(run(Extractor(None), text)) == [("Behörden", "nach angaben", "wurden drei Menschen verletzt")]


def test_a_source_phrase_opening_the_sentence_is_no_subject_of_its_verb() -> None:
    text = "Einer Umfrage des Instituts Forsa zufolge lehnen 56 Prozent der Befragten die Reform ab."
    assert [s[1:] for s in speakers(run(Extractor(None), text))] == [
        ("zufolge", "lehnen 56 Prozent der Befragten die Reform ab")
    ]
    text = "Nach einer Studie der Universität Köln leiden viele Kinder unter Armut."
    assert speakers(run(Extractor(None), text)) == [
        ("Universität Köln", "nach einer studie", "leiden viele Kinder unter Armut")
    ]


def test_media_reports_and_a_quoted_paper_before_zufolge_are_sources() -> None:
    text = "Die Zahl dürfte Medienberichten zufolge höher liegen. Vor allem ältere Menschen seien betroffen."
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Medien", "Medien"]
    text = "Der „Ostsee-Kurier“ zufolge starben 37 Menschen. Dem „Spiegel“ zufolge starben 40 Menschen."
    extraction = run(Extractor(None), text)
    assert [(s[0], s[2]) for s in speakers(extraction)] == [
        ("Ostsee-Kurier", "starben 37 Menschen"),
        ("Der Spiegel", "starben 40 Menschen"),
    ]
    assert [s.mode for s in extraction.statements] == ["indirect", "indirect"]  # the marks were a title's


def test_a_pronoun_after_an_unnamed_person_opening_the_sentence_before_is_them() -> None:
    text = "Eine Mieterin aus Schwabing hat gewonnen. „Ich bin erleichtert“, sagte sie."
    assert speakers(run(Extractor(None), text)) == [("Mieterin", "sagen", "Ich bin erleichtert")]


def test_a_spokesperson_speaks_for_no_body_that_is_only_part_of_what_they_said() -> None:
    text = (
        "Das Wissenschaftsministerium teilte mit, der Vertrag werde nicht verlängert. Eine Findungskommission werde "
        "eingesetzt, teilte eine Sprecherin mit. Das Deutsche Rote Kreuz stehe bereit, sagte eine Sprecherin."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == [
        "Wissenschaftsministerium",
        "Wissenschaftsministerium",
        "Deutsches Rotes Kreuz",  # a body speaks of itself in the third person
    ]


def test_an_academic_title_between_a_description_and_a_name() -> None:
    text = (
        "Der Kriminologe Prof. Tobias Lindqvist hält die Zahlen für plausibel. Das sei keine Frage des Geldes, "
        "sagte er. Die Regisseurin Anna Berg muss gehen. Sie wolle die Zeit nutzen, sagte die Künstlerin."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Tobias Lindqvist", "Anna Berg"]


def test_a_passive_cue_with_no_agent_leaves_the_sentence_to_its_attribution() -> None:
    text = "In Berlin wurden laut Polizei drei Unfälle gemeldet."
    assert speakers(run(Extractor(None), text)) == [("Polizei", "laut", "In Berlin wurden drei Unfälle gemeldet")]


def test_a_phrase_fronted_before_the_cue_is_no_content() -> None:
    text = "Minister Tom Berg lobte die Reform. Dem Bayerischen Rundfunk sagte er, die Reform sei gut."
    extraction = run(Extractor(None), text)
    assert speakers(extraction)[-1] == ("Tom Berg", "sagen", "die Reform sei gut")
    assert names(extraction)[extraction.statements[-1].addressee or ""] == "Bayerischer Rundfunk"
    text = "Reportern sagte Tom Berg, er werde gewinnen."
    assert speakers(run(Extractor(None), text)) == [("Tom Berg", "sagen", "er werde gewinnen")]


def test_an_adjective_before_the_report_noun_of_a_source() -> None:
    text = "Laut einer aktuellen Umfrage der „New York Times“ liegt Biden vorn. Demnach kommt Trump auf 44 Prozent."
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["The New York Times"] * 2


def test_people_named_after_the_verb_of_the_sentence_before_do_not_take_over_reported_speech(
    both: Extractor,
) -> None:
    text = (
        "Ministerin Karin Lenz teilte mit, man habe verhandelt. An dem Gipfel nahmen neben Olaf Wendt und Lenz der "
        "spanische Regierungschef Pedro Sánchez, der irische Premier Simon Harris, die dänische Regierungschefin "
        "Mette Frederiksen und Kommissionschefin Ursula von der Leyen teil. Alle Teilnehmer seien zufrieden gewesen."
    )
    assert [s[0] for s in speakers(run(both, text))] == ["Karin Lenz"] * 2


def test_a_person_whose_view_the_sentence_before_gives_is_the_pronoun_s() -> None:
    text = (
        "„Wir spielen gut“, sagte Trainer Thomas Tuchel. Für Geschäftsführer Hans-Joachim Watzke ist der Ausgang "
        "offen. „Wir haben alles im Griff“, sagte er."
    )
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Thomas Tuchel", "Hans-Joachim Watzke"]


def test_a_party_member_s_noun_is_the_politician_named_before_and_weder_noch_negates() -> None:
    text = "Speaker Mike Johnson lobte das Paket. „Wir haben geliefert“, sagte der Republikaner."
    extraction = run(Extractor(None), text)
    assert [s[0] for s in speakers(extraction)] == ["Mike Johnson", "Mike Johnson"]  # not Boris Johnson
    text = "Ein Sprecher der Bank wollte das weder bestätigen noch dementieren."
    assert speakers(run(Extractor(None), text)) == []


def test_an_attribution_ends_where_another_source_s_clause_begins() -> None:
    text = "An der Demonstration nahmen laut Polizei 3000 Menschen teil, die Veranstalter sprachen von 5000."
    assert speakers(run(Extractor(None), text))[0] == (
        "Polizei",
        "laut",
        "An der Demonstration nahmen 3000 Menschen teil",
    )


def test_a_noun_in_e_after_der_before_a_name_is_the_nominative_whatever_the_tagger_says() -> None:
    text = "„Das ist Flickwerk“, warf der Abgeordnete Ben Ott der Regierung vor."
    assert speakers(run(Extractor(None), text)) == [("Ben Ott", "vorwerfen", "Das ist Flickwerk")]


def test_demnach_after_a_report_named_with_its_issuer_reports_the_issuer() -> None:
    shipped = Extractor(None)
    text = "Die Ministerin Eva Lang sagte, der Bau sei nötig. Für Unruhe sorgte ein Bericht der Lokalzeitung. "
    text += "Demnach soll das Land die Kosten unterschätzt haben."
    assert speakers(run(shipped, text))[-1][0] == "Lokalzeitung"
    text = "Die Ministerin Eva Lang sagte, der Bau sei nötig. Ein Bericht der Kommission liegt vor. Demnach fehlt Geld."
    assert [s for s in speakers(run(shipped, text)) if s[2].startswith("Demnach")] == []


def test_a_question_of_the_writer_s_with_ob_is_no_one_s_continuation() -> None:
    text = "„Wir bleiben dabei“, sagte Anna Roth. Ob die Partei mit den Grünen regieren würde? Roth ließ das offen."
    assert [s[2] for s in speakers(run(Extractor(None), text)) if s[2].startswith("Ob")] == []


def test_reported_words_then_a_quotation_after_a_colon_are_two_statements_of_one_cue() -> None:
    text = "Die Ärztin Eva Brandt mahnte, die Regierung müsse handeln: „Wir verlieren jeden Tag Zeit.“"
    extraction = run(Extractor(None), text)
    assert [(s.mode, s.content) for s in extraction.statements] == [
        ("indirect", "die Regierung müsse handeln"),
        ("direct", "Wir verlieren jeden Tag Zeit."),
    ]
    assert len({s.cue_span for s in extraction.statements}) == 1
    text = "Die Vorsitzende Lea Berg warnte vor einem „heißen Herbst“: Wenn nichts geschehe, drohten Proteste."
    assert len(run(Extractor(None), text).statements) == 1


def test_a_continuation_with_a_quotation_after_a_colon_is_split_too() -> None:
    text = "Die Einnahmen seien gestiegen, sagte Kämmerer Paul Wendel. "
    text += "Die Schulden seien gesunken: „Wir sind über den Berg.“"
    assert [(s.mode, s.continuation) for s in run(Extractor(None), text).statements] == [
        ("indirect", False),
        ("indirect", True),
        ("direct", True),
    ]


def test_a_cue_right_after_und_shares_the_subject_of_the_cue_before() -> None:
    text = "Wer fernbleibe, stärke nur Orban, warnte die Regierungschefin Maria Berg "
    text += "und rief Polen auf, Beobachter zu schicken."
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Maria Berg", "Maria Berg"]


def test_sie_after_a_sentence_an_organisation_opened_is_that_organisation() -> None:
    text = (
        "Die Ärztin Rosa Klein sagte, der Streik sei richtig. Die Gewerkschaft Verdi fordert mehr Personal. "
        "Für Montag rief sie zu einem Warnstreik auf."
    )
    assert speakers(run(Extractor(None), text))[-1][0] == "Verdi"


def test_aus_seinem_umfeld_hiess_es_is_the_circle_of_the_person_and_aus_dem_x_no_last_speaker() -> None:
    shipped = Extractor(None)
    text = "Bürgermeister Karl Bauer sagte, er bleibe im Amt. Aus seinem Umfeld hieß es, man sei gelassen."
    assert speakers(run(shipped, text))[-1][0] == "Umfeld von Karl Bauer"
    text = "Bürgermeister Karl Bauer sagte, er bleibe. Aus dem Präsidialamt hieß es, man prüfe das."
    assert [s[0] for s in speakers(run(shipped, text))] == ["Karl Bauer"]


def test_a_plural_past_sentence_opened_by_a_named_body_is_narration_between_reported_ones() -> None:
    text = (
        "Der Abgeordnete Ben Ott sagte, das sei Flickwerk. Die Grünen verteidigten den Plan. "
        "Ein Verbot würde auch Bäcker treffen."
    )
    assert "Die Grünen verteidigten den Plan" not in [s[2] for s in speakers(run(Extractor(None), text))]


def test_a_colon_quotation_after_reported_words_with_a_quoted_phrase_is_split_too() -> None:
    text = "Die Ministerin habe ihr Wort gebrochen, sagte Karl Weiß. "
    text += "Sie habe einen „Rettungsschirm“ versprochen: „Was ist daraus geworden? Nichts.“"
    assert [s.mode for s in run(Extractor(None), text).statements] == ["indirect", "mixed", "direct"]


def test_nach_ihren_worten_right_after_a_speaker_is_hers_not_a_body_she_named() -> None:
    text = "„Das ist falsch“, rief Sprecherin Lena Vogt. Statt dessen müsse der Bund investieren. "
    text += "Der Bau würde nach ihren Worten Hunderte Wohnungen verdrängen."
    assert speakers(run(Extractor(None), text))[-1][0] == "Lena Vogt"


def test_a_person_opening_a_sentence_as_its_object_is_no_one_whose_words_follow() -> None:
    text = "Oppositionsführer Karl Weiß sagte, die Lage sei ernst. Auch den Kanzler nahm er ins Visier. "
    text += "Dieser habe alle Warnungen ignoriert."
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Karl Weiß", "Karl Weiß"]


def test_someone_new_and_unnamed_opening_a_sentence_ends_the_last_speaker_s_run() -> None:
    text = "Der Deutsche Mieterbund warnte, die Mieten seien zu hoch. Ein Beamter, der anonym bleibt, sieht Kalkül. "
    text += "Die Stadt teste, wie ernst es den Mietern sei."
    assert [s[2] for s in speakers(run(Extractor(None), text))] == ["die Mieten seien zu hoch"]


def test_a_quotation_after_a_colon_is_what_the_person_or_body_opening_the_sentence_said() -> None:
    shipped = Extractor(None)
    text = "Vereinschef Ralf Ohm sagte, viele rechneten falsch ab. Ohm: „Jede zweite Abrechnung ist fehlerhaft.“"
    assert speakers(run(shipped, text))[-1] == ("Ralf Ohm", None, "Jede zweite Abrechnung ist fehlerhaft.")
    text = "Trainer Max Bode wollte die Gerüchte nicht kommentieren: „Darüber rede ich erst nach der Saison.“"
    assert speakers(run(shipped, text)) == [("Max Bode", None, "Darüber rede ich erst nach der Saison.")]
    text = "Die Feuerwehr zog am Montag eine erste Bilanz: Mehr als 200 Keller seien vollgelaufen."
    assert speakers(run(shipped, text)) == [("Feuerwehr", None, "Mehr als 200 Keller seien vollgelaufen")]


def test_reported_words_before_an_inverted_cue_with_a_colon_quotation_are_a_statement_too() -> None:
    text = "Die Mieterin Petra Vogt ist verzweifelt. "
    text += "Viele könnten sich das kaum leisten, sagte sie: „So geht es nicht.“"
    assert [(s.mode, s.content) for s in run(Extractor(None), text).statements] == [
        ("indirect", "Viele könnten sich das kaum leisten"),
        ("direct", "So geht es nicht."),
    ]


def test_wie_sie_mitteilte_is_the_body_the_main_clause_names() -> None:
    text = "Die Staatsanwaltschaft Bochum ermittelt gegen drei Ärzte, wie sie mitteilte."
    assert speakers(run(Extractor(None), text)) == [
        ("Staatsanwaltschaft Bochum", "mitteilen", "Die Staatsanwaltschaft Bochum ermittelt gegen drei Ärzte")
    ]


def test_a_document_only_one_kind_of_institution_issues_speaks_for_it_as_a_subject() -> None:
    shipped = Extractor(None)
    text = "Die Staatsanwaltschaft Köln erhob Anklage. Die Anklage wirft Jan K. vor, Autos angezündet zu haben."
    assert speakers(run(shipped, text))[-1][0] == "Staatsanwaltschaft Köln"
    text = "Das Landgericht verurteilte Jan K. zu Haft. Die Anklage hatte K. vorgeworfen, Autos angezündet zu haben."
    assert "Jan K." not in [s[0] for s in speakers(run(shipped, text))]


def test_a_quotation_alone_after_a_sentence_a_person_opened_is_theirs() -> None:
    text = "Bäckermeister Jan Pohl stand am Morgen vor den Trümmern. „Hier ist nichts mehr zu retten.“"
    assert speakers(run(Extractor(None), text)) == [("Jan Pohl", None, "Hier ist nichts mehr zu retten.")]


def test_darin_hiess_es_speaks_for_who_presented_the_document_the_sentence_before() -> None:
    text = "Der Deutsche Städtetag legte ein Positionspapier vor. Darin heißt es, die Förderung müsse steigen."
    assert speakers(run(Extractor(None), text)) == [("Deutscher Städtetag", "heißen", "die Förderung müsse steigen")]


def test_a_body_in_the_genitive_of_a_person_noun_is_not_the_subject() -> None:
    text = "Der Besitzer des Porsche, ein 30-Jähriger aus Mainz, bestreitet, den Wagen gefahren zu haben."
    assert "Porsche" not in [s[0] for s in speakers(run(Extractor(None), text))]


def test_an_age_before_the_name_after_an_inverted_cue_leaves_the_name_its_subject() -> None:
    text = "„Auf einmal stand Wasser im Keller“, sagte der 46-jährige Markus Weber."
    assert speakers(run(Extractor(None), text)) == [("Markus Weber", "sagen", "Auf einmal stand Wasser im Keller")]


def test_heisst_es_darin_after_what_was_said_reports_it_for_who_presented_the_document() -> None:
    text = "Der Deutsche Städtetag hat ein Papier beschlossen. Die Kommunen bräuchten Geld, heißt es darin."
    assert speakers(run(Extractor(None), text)) == [("Deutscher Städtetag", "heißen", "Die Kommunen bräuchten Geld")]


def test_nach_ersten_untersuchungen_names_the_source() -> None:
    text = "Nach ersten Untersuchungen des Umweltbundesamts stammt das Gift aus einem Dünger."
    assert speakers(run(Extractor(None), text))[0][0] == "Umweltbundesamt"


def test_an_epithet_before_a_medium_in_the_dative_is_the_last_speaker() -> None:
    text = "Finanzvorstand Peter Malchow verteidigte die Zahlen. „Wir sind gut“, sagte der Manager der Agentur AFP."
    assert speakers(run(Extractor(None), text))[-1][0] == "Peter Malchow"


def test_the_source_of_a_wie_clause_is_not_the_subject_of_a_cue_in_the_main_clause() -> None:
    text = "Wie der „Tagesspiegel“ berichtete, hatten mehrere Abgeordnete für den Kandidaten geworben."
    assert [s[0] for s in speakers(run(Extractor(None), text))] == ["Tagesspiegel", "Abgeordnete"]
