"""What was said: the span a cue governs, and what is left out of it."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from tests.extraction_helpers import names, run, speakers

# --- the clause or the words a cue governs ------------------------------------------------------------------------


def test_indirect_speech_after_cue_and_comma(extractor: Extractor) -> None:
    ex = run(extractor, "Finanzminister Christian Lindner betonte, der Haushalt sei solide finanziert.")
    (statement,) = ex.statements
    assert names(ex)[statement.speaker] == "Christian Lindner"
    assert statement.mode == "indirect"
    assert statement.content == "der Haushalt sei solide finanziert"


def test_the_separated_particle_is_not_content(extractor: Extractor) -> None:
    text = "Die Ministerin kündigte eine Haushaltssperre an. Finanzminister Paul Roth wies die Kritik zurück."
    ex = run(extractor, text)
    assert ex.statements[-1].content == "die Kritik"


def test_a_second_predicate_after_und_takes_the_clause_after_the_comma() -> None:
    text = (
        "Landessprecherin Anna Keller nannte die Festnahmen „unverhältnismäßig“ und warf der Staatsregierung "
        "vor, friedlichen Protest einschüchtern zu wollen."
    )
    extraction = run(Extractor(None), text)
    assert [(s.cue, s.content, names(extraction).get(s.addressee or "")) for s in extraction.statements] == [
        ("nennen", "die Festnahmen „unverhältnismäßig“", None),
        ("vorwerfen", "friedlichen Protest einschüchtern zu wollen", "Staatsregierung"),
    ]


def test_a_demand_s_zu_infinitive_is_what_was_said_whatever_follows_it(both: Extractor) -> None:
    text = (
        "Die Linksfraktion fordert die Bundesregierung auf, die Maßnahmen zügig umzusetzen, damit wir auf einen "
        "besseren Weg zurückkehren."
    )
    (statement,) = run(both, text).statements
    assert statement.content.startswith("die Maßnahmen zügig umzusetzen")


def test_a_dative_medium_and_konjunktiv_two_leave_the_clause_after_the_comma_said() -> None:
    text = "Landeschef Karl Vogt sagte der „Leipziger Volkszeitung“, die Beamten bräuchten Rechtssicherheit."
    assert speakers(run(Extractor(None), text))[0][2] == "die Beamten bräuchten Rechtssicherheit"


def test_a_relative_clause_after_what_a_cue_governs_describes_it() -> None:
    text = "Brandmeister Karl Vogt sprach von einer „anspruchsvollen Lage“, die die Kräfte gut bewältigt hätten."
    assert speakers(run(Extractor(None), text))[0][2] == "von einer „anspruchsvollen Lage“"


def test_a_prepositional_frame_before_an_inverted_cue_is_not_what_was_said(both: Extractor) -> None:
    text = "In einem Brief an die FIA, der der Zeitung vorliegt, beantragte Teamchef Karl Vogt am Montag eine Anhörung."
    assert speakers(run(both, text)) == [("Karl Vogt", "beantragen", "eine Anhörung")]


def test_a_prepositional_opening_before_a_main_clause_said_is_no_frame(both: Extractor) -> None:
    text = (
        "Bei einer Videokonferenz am Abend, an der auch Kanzler Karl Vogt teilnahm, hätten alle darin "
        "übereingestimmt, dass die Lage ernst sei, erklärte Regierungssprecher Peter Braun anschließend."
    )
    assert speakers(run(both, text))[-1][:2] == ("Peter Braun", "erklären")


def test_a_final_cue_after_und_governs_only_its_own_predicate() -> None:
    text = "Die Abgeordnete Britta Haßelmann hat uns alle angesprochen und unsere besondere Verantwortung angemahnt."
    assert [s[2] for s in speakers(run(Extractor(None), text))] == ["unsere besondere Verantwortung"]


def test_what_the_speaker_is_called_is_never_what_he_said(both: Extractor) -> None:
    assert speakers(run(both, "Das sagte Kanzler Karl Vogt.")) == []  # "Das" refers to nothing here
    assert speakers(run(both, "Zugleich kündigte Kanzler Karl Vogt neue Hilfen an.")) == [
        ("Karl Vogt", "ankündigen", "neue Hilfen")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Reform, die Ministerin Anna Keller angekündigt hatte, kommt später.",
            [("Anna Keller", "ankündigen", "Die Reform")],
        ),
        (
            "Ministerin Anna Keller hat die Reform angekündigt, die im Mai kommen soll.",
            [("Anna Keller", "ankündigen", "die Reform")],
        ),
        (
            "Minister Karl Vogt hat gesagt, die im Mai kommende Reform sei gut.",
            [("Karl Vogt", "sagen", "die im Mai kommende Reform sei gut")],
        ),
        (
            "Minister Karl Vogt hatte vor der Sitzung gesagt, das Treffen sei ein gutes Zeichen.",
            [("Karl Vogt", "sagen", "das Treffen sei ein gutes Zeichen")],
        ),
        (
            "Ministerin Anna Keller hat vorhin ausgeführt, welche Vorschläge sie macht.",
            [("Anna Keller", "ausführen", "welche Vorschläge sie macht")],
        ),
    ],
)
def test_what_a_relative_clause_reports_is_the_noun_before_it(
    both: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert speakers(run(both, text)) == expected


def test_adverbs_before_a_content_of_no_verb_are_not_what_was_said(both: Extractor) -> None:
    text = "Die SPD kritisierte unterdessen die Pläne. Die Grünen fordern seit langem strengere Kontrollen."
    assert [s.content for s in run(both, text).statements] == ["die Pläne", "strengere Kontrollen"]


def test_a_particle_past_the_comma_of_the_reported_clause_is_not_the_cue_s() -> None:
    text = "Olaf Scholz sagte, die Variante breite sich schnell aus."  # the parser gives `aus` to `sagte`
    assert speakers(run(Extractor(None), text)) == [("Olaf Scholz", "sagen", "die Variante breite sich schnell aus")]


def test_an_adverbial_clause_frames_and_is_not_said(both: Extractor) -> None:
    text = (
        "Während Kanzler Olaf Scholz von einem Erfolg sprach, kritisierte Oppositionsführer Friedrich Merz die Pläne."
    )
    assert speakers(run(both, text)) == [
        ("Olaf Scholz", "sprechen", "von einem Erfolg"),
        ("Friedrich Merz", "kritisieren", "die Pläne"),
    ]


def test_a_clause_said_after_an_adverbial_clause_is_content(both: Extractor) -> None:
    text = "Wenn es nach ihm gehe, sei die Reform gescheitert, sagte Oppositionsführer Friedrich Merz."
    assert speakers(run(both, text)) == [
        ("Friedrich Merz", "sagen", "Wenn es nach ihm gehe, sei die Reform gescheitert")
    ]


def test_an_adverb_of_contrast_after_the_object_is_not_what_was_said(both: Extractor) -> None:
    text = "Der Bundeswehrverband begrüßte den Vorstoß dagegen. Scholz nannte die Vorwürfe absurd."
    assert [s.content for s in run(both, text).statements] == ["den Vorstoß", "die Vorwürfe absurd"]


@pytest.mark.parametrize(
    ("text", "content", "addressee", "medium"),
    [
        ("Ministerin Anna Keller warnte die Türkei vor einem Einmarsch.", "vor einem Einmarsch", "Türkei", None),
        ("Kanzler Karl Vogt warnte in einer Rede vor einem Sieg Kellers.", "vor einem Sieg Kellers", None, None),
        ("Die Regierung hat Polen vor einem Alleingang gewarnt.", "vor einem Alleingang", "Polen", None),
        ("Die Opposition hat im Interview die Regierung kritisiert.", "die Regierung", "Regierung", None),
        ("Minister Karl Vogt sagte im Interview mit dem ZDF, er sei bereit.", "er sei bereit", None, "ZDF"),
    ],
)
def test_whom_and_where_something_was_said_is_not_what_was_said(
    both: Extractor, text: str, content: str, addressee: str | None, medium: str | None
) -> None:
    extraction = run(both, text)
    (statement,) = extraction.statements
    found = names(extraction)
    assert statement.content == content
    assert (found.get(statement.addressee or ""), found.get(statement.medium or "")) == (addressee, medium)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a party in brackets does not end the clause, and a genitive name before the role opens it
            "Hessens Innenministerin Petra Lang (CDU) warf Minister Karl Vogt vor, die Länder zu übergehen.",
            [("Petra Lang", "vorwerfen", "die Länder zu übergehen")],
        ),
        (  # the object fronted before the cue is what was rejected; an adverbial is not
            "Einen Rückzug aus Mali lehnte die Bundesregierung ab. Am Montag kündigte die Bundesregierung neue "
            "Hilfen an.",
            [
                ("Bundesregierung", "ablehnen", "Einen Rückzug aus Mali"),
                ("Bundesregierung", "ankündigen", "neue Hilfen"),
            ],
        ),
        (  # the infinitive of a demand is no relative clause
            "Kanzler Karl Vogt hatte in seiner Rede Polen aufgefordert, die Grenzkontrollen zu beenden.",
            [("Karl Vogt", "auffordern", "die Grenzkontrollen zu beenden")],
        ),
        (  # a narrated first clause is someone else speaking, not the last speaker going on
            "Ministerin Anna Keller sagte, die Lage sei ernst. Der Abgeordnete Peter Braun hielt dagegen, der Plan "
            "komme zu spät.",
            [
                ("Anna Keller", "sagen", "die Lage sei ernst"),
                ("Peter Braun", "dagegen halten", "der Plan komme zu spät"),
            ],
        ),
        (  # a negation in a coordinated clause or in a quotation does not negate the cue
            "Die Linke will dem Antrag auf keinen Fall zustimmen und plädiert für eine Überweisung. "
            "„Keine Chance“, sagte Minister Karl Vogt.",
            [("Die Linke", "plädieren", "für eine Überweisung"), ("Karl Vogt", "sagen", "Keine Chance")],
        ),
        (  # all the actors addressed are no content
            "Russland warf den USA und der Nato eine Eskalation vor.",
            [("Russland", "vorwerfen", "eine Eskalation")],
        ),
    ],
)
def test_clauses_around_the_cue(both: Extractor, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(run(both, text)) == expected


def test_a_condition_after_a_cues_own_words_is_not_what_was_said(both: Extractor) -> None:
    text = (
        "Die Gewerkschaft GDL drohte mit Streiks, falls die Arbeitgeber kein Angebot vorlegten. "
        "Ministerin Anna Keller sagte am Montag, falls die Gespräche scheiterten, werde sie vermitteln."
    )
    assert [s.content for s in run(both, text).statements] == [
        "mit Streiks",
        "falls die Gespräche scheiterten, werde sie vermitteln",
    ]


def test_a_later_clause_with_a_subject_of_its_own_is_not_the_earlier_speakers(both: Extractor) -> None:
    text = "Die Staatsanwaltschaft hatte zehn Jahre Haft gefordert, die Verteidigung auf Freispruch plädiert."
    assert speakers(run(both, text)) == [("Staatsanwaltschaft", "fordern", "zehn Jahre Haft")]


def test_adverbs_after_a_cues_object_are_how_it_was_said() -> None:
    """A tagger tells adverbs (`ADV`, `ADJD`) from the object's words."""
    text = (
        "Die Junge Union hatte das Paket zuvor scharf kritisiert. "
        "Minister Paul Kern nannte die Vorwürfe absurd."
    )
    assert [s.content for s in run(Extractor(None), text).statements] == ["das Paket", "die Vorwürfe absurd"]


def test_a_second_predicate_ends_the_first_ones_object_and_fines_are_sanctions() -> None:
    text = (
        "Die EU-Kommission hat gegen Google eine Geldbuße verhängt. "
        "Präsident Paul Kern kritisierte die Strafe scharf und drohte mit Gegenmaßnahmen."
    )
    extraction = run(Extractor(None), text)
    assert [s.content for s in extraction.statements] == ["die Strafe", "mit Gegenmaßnahmen"]
    assert extraction.events[0].type == "SANCTION"


def test_a_message_of_the_speaker_s_own_is_the_medium_not_the_content(both: Extractor) -> None:
    text = "Papst Franziskus hat in seiner Osterbotschaft zu einem Ende der Kriege aufgerufen."
    assert speakers(run(both, text)) == [("Franziskus", "aufrufen", "zu einem Ende der Kriege")]


def test_judges_rule_and_a_cue_s_object_loses_its_adverb_and_its_day() -> None:
    text = (
        "Die Klausel sei nicht mit dem Grundgesetz vereinbar, urteilten die Richter des Bundesverfassungsgerichts. "
        "Die Linke begrüßte das Urteil ebenfalls. Die Kandidatin Anna Berg räumte ihre Niederlage am Mittwoch ein."
    )
    assert [(s[1], s[2]) for s in speakers(run(Extractor(None), text))] == [
        ("urteilen", "Die Klausel sei nicht mit dem Grundgesetz vereinbar"),
        ("begrüßen", "das Urteil"),
        ("einräumen", "ihre Niederlage"),
    ]


def test_one_noun_demanded_a_second_predicate_s_object_and_plural_institutions(both: Extractor) -> None:
    text = (
        "AfD-Fraktionschefin Alice Weidel forderte Neuwahlen. "
        "Kanzler Karl Vogt wies die Kritik zurück und verteidigte den Kurs der Bundesregierung. "
        "Er verwies auf die gesunkene Inflation. Menschenrechtsorganisationen kritisierten die Pläne."
    )
    extraction = run(both, text)
    assert speakers(extraction) == [
        ("Alice Weidel", "fordern", "Neuwahlen"),
        ("Karl Vogt", "zurückweisen", "die Kritik"),
        ("Karl Vogt", "verweisen", "auf die gesunkene Inflation"),
        ("Menschenrechtsorganisationen", "kritisieren", "die Pläne"),
    ]
    (rejection,) = [e for e in extraction.events if e.type == "REJECT"]
    assert [p.role for p in rejection.participants] == ["agent"]
    assert {a.name: a.type for a in extraction.actors}["Menschenrechtsorganisationen"] == "Group"


def test_a_question_answered_is_not_what_was_said_and_two_surnames_are_the_person() -> None:
    text = (
        "Präsident Rafael Andrade Moura kam nach Berlin. Auf eine Frage nach dem Krieg antwortete Andrade Moura "
        "ausweichend. Auf Nachfrage sagte er, Brasilien wolle vermitteln."
    )
    extraction = run(Extractor(None), text)
    assert speakers(extraction) == [("Rafael Andrade Moura", "sagen", "Brasilien wolle vermitteln")]
    assert [a.name for a in extraction.actors if a.type == "Person"] == ["Rafael Andrade Moura"]


def test_a_preposition_seit_opens_what_was_said_and_a_source_after_aus_is_not_the_last_speaker() -> None:
    text = (
        "Innensenator Frank Weber verteidigte die Reform. Seit 2021 seien 600 Stellen geschaffen worden, sagte "
        "der 55-Jährige im Abgeordnetenhaus. Aus Sachsen hieß es, man habe sich enthalten."
    )
    assert speakers(run(Extractor(None), text)) == [
        ("Frank Weber", "sagen", "Seit 2021 seien 600 Stellen geschaffen worden"),
    ]


# --- colons -------------------------------------------------------------------------------------------------------


def test_a_colon_after_an_inverted_cue_goes_on_with_what_was_said() -> None:
    text = "Man habe klare Bedingungen gestellt, sagte Fraktionschef Karl Vogt: eine Aussetzung der Rentenreform."
    (statement,) = run(Extractor(None), text).statements
    assert statement.content == "Man habe klare Bedingungen gestellt: eine Aussetzung der Rentenreform"


def test_what_follows_a_colon_after_a_cue_that_points_back_is_the_narrators() -> None:
    text = (
        "Die Lage sei ernst. Das sagte auch der Abgeordnete Peter Meier, ich zitiere: Die Regierung muss handeln. "
        "Dann ging es weiter."
    )
    said = speakers(run(Extractor(None), text))
    assert [(s[0], s[2]) for s in said] == [("Peter Meier", "Die Lage sei ernst")]


def test_a_clause_before_a_cue_and_colon_is_what_was_said_only_in_konjunktiv() -> None:
    text = (
        "Anna Keller besuchte den Kindergarten. Als ich sie fragte, wie es ihr gehe, sagte sie: Eigentlich ganz gut. "
        "Peter Meier sprach in Berlin. Man habe Bedingungen gestellt, sagte er: eine Waffenruhe und freie Wahlen."
    )
    said = [s[2] for s in speakers(run(Extractor(None), text)) if s[1] == "sagen"]
    assert said == ["Eigentlich ganz gut", "Man habe Bedingungen gestellt: eine Waffenruhe und freie Wahlen"]


def test_a_colon_at_the_end_reports_the_next_sentence(extractor: Extractor) -> None:
    ex = run(extractor, "Das Verkehrsministerium erklärte dazu:\nDie Preise steigen weiter.")
    (statement,) = ex.statements
    assert statement.content == "Die Preise steigen weiter"


def test_a_lead_in_before_a_colon_is_the_narrator_s_and_a_day_in_what_was_said_is_not_the_rejection_s() -> None:
    text = (
        "Auch Deutschland bot Hilfe an: Das Technische Hilfswerk könne Spezialkräfte entsenden, hieß es aus dem "
        "Bundesinnenministerium. Oberbürgermeisterin Eva Kranz wies den Vorwurf zurück: Sie habe die Fraktionen "
        "am Sonntag unterrichtet."
    )
    extraction = run(Extractor(None), text)
    assert [s[2] for s in speakers(extraction)] == [
        "Das Technische Hilfswerk könne Spezialkräfte entsenden",
        "Sie habe die Fraktionen am Sonntag unterrichtet",
    ]
    assert next(e for e in extraction.events if e.type == "REJECT").date is None


def test_an_attribution_s_content_ends_at_a_colon_after_which_someone_else_speaks() -> None:
    text = (
        "Nach Ansicht der Unionsfraktion ist genau das zu befürchten: Ihr Geschäftsführer Thorsten Frei warf der "
        "Koalition vor, sie habe versagt."
    )
    assert [s[2] for s in speakers(run(Extractor(None), text))] == ["ist genau das zu befürchten", "sie habe versagt"]


# --- a cue that points back to the sentence before ----------------------------------------------------------------


def test_a_demonstrative_cue_reports_the_sentence_before(extractor: Extractor) -> None:
    text = "In Lyon hat die Polizei zwölf Menschen festgenommen. Das teilte das Innenministerium am Abend mit."
    ex = run(extractor, text)
    (statement,) = ex.statements
    assert names(ex)[statement.speaker] == "Innenministerium"
    assert statement.content == "In Lyon hat die Polizei zwölf Menschen festgenommen"
    coerce = next(e for e in ex.events if e.type == "COERCE")
    assert [names(ex)[p.actor] for p in coerce.participants] == ["Polizei"]


def test_a_demonstrative_before_an_auxiliary_points_back_to_what_was_said() -> None:
    text = (
        "Die Straße ist zu laut. Das hat der Bürgermeister Hans Maier bestätigt. "
        "Die Ampel ist defekt. Das hat auch ein Sprecher bestätigt."
    )
    said = speakers(run(Extractor(None), text))
    expected = [("Hans Maier", "Die Straße ist zu laut"), ("Sprecher", "Die Ampel ist defekt")]
    assert [(s[0], s[2]) for s in said] == expected


def test_das_sagte_takes_what_the_sentence_before_said_without_its_attribution(both: Extractor) -> None:
    text = (
        "Die Bundeswehr müsse schneller modernisiert werden, so Verteidigungsminister Boris Pistorius. "
        "Das bekräftigte Kanzler Olaf Scholz am Montag."
    )
    assert [s.content for s in run(both, text).statements] == ["Die Bundeswehr müsse schneller modernisiert werden"]


# --- an attribution set inside what was said ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "parts"),
    [
        (
            "Die Lage an der Grenze sei, so Innenministerin Anna Keller, weiterhin angespannt.",
            "Die Lage an der Grenze sei weiterhin angespannt",
            ["Die Lage an der Grenze sei", "weiterhin angespannt"],
        ),
        (
            "Die Verhandlungen, sagte Außenministerin Anna Keller, seien gescheitert.",
            "Die Verhandlungen seien gescheitert",
            ["Die Verhandlungen", "seien gescheitert"],
        ),
        (
            "Man habe, erklärte Außenministerin Anna Keller weiter, alle Optionen geprüft.",
            "Man habe alle Optionen geprüft",
            ["Man habe", "alle Optionen geprüft"],
        ),
        (
            "Die Wirtschaft wachse wieder, sagte Außenministerin Anna Keller, die Inflation sinke.",
            "Die Wirtschaft wachse wieder, die Inflation sinke",
            ["Die Wirtschaft wachse wieder", "die Inflation sinke"],
        ),
        (
            "„Wir werden“, sagte Außenministerin Anna Keller, „nicht nachgeben.“",
            "Wir werden nicht nachgeben.",
            ["Wir werden", "nicht nachgeben."],
        ),
        (
            "„Wir haben alles versucht“, sagte Außenministerin Anna Keller, „aber niemand will verhandeln.“",
            "Wir haben alles versucht, aber niemand will verhandeln.",
            ["Wir haben alles versucht", "aber niemand will verhandeln."],
        ),
    ],
)
def test_an_attribution_set_inside_what_was_said_is_left_out_of_it(
    both: Extractor, text: str, content: str, parts: list[str]
) -> None:
    (statement,) = run(both, text).statements
    assert statement.content == content
    assert [text[start:end] for start, end in statement.parts] == parts
    assert statement.start == statement.parts[0][0] and statement.end == statement.parts[-1][1]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Die Lage ist ernst, sagte Außenministerin Anna Keller, die am Montag in Berlin war.", "Die Lage ist ernst"),
        ("Die Lage ist ernst, sagte Außenministerin Anna Keller, als sie in Berlin war.", "Die Lage ist ernst"),
    ],
)
def test_a_clause_of_its_own_after_an_attribution_is_not_what_was_said(
    both: Extractor, text: str, content: str
) -> None:
    statement = run(both, text).statements[0]
    assert (statement.content, statement.parts) == (content, [])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Das Konzert war laut Polizei friedlich.", "Das Konzert war friedlich"),
        ("Die Lage ist nach Angaben der Vereinten Nationen katastrophal.", "Die Lage ist katastrophal"),
        ("Die Lage ist Angaben der Vereinten Nationen zufolge katastrophal.", "Die Lage ist katastrophal"),
        ("Die Polizei nahm nach eigenen Angaben zwölf Personen fest.", "Die Polizei nahm zwölf Personen fest"),
        ("Die Stadt ist nach Angaben des Bürgermeisters Hans Maier pleite.", "Die Stadt ist pleite"),
        ("Die Stadt ist laut einem Bericht der „New York Times“ zerstört.", "Die Stadt ist zerstört"),
        (
            "Eine Gesprächsrunde ist nach Angaben von Diplomaten für Mai geplant, ein Termin steht noch nicht fest.",
            "Eine Gesprächsrunde ist für Mai geplant, ein Termin steht noch nicht fest",
        ),
    ],
)
def test_an_attribution_inside_a_sentence_is_left_out_of_what_was_said(text: str, content: str) -> None:
    statement = run(Extractor(None), text).statements[0]
    assert statement.content == content
    assert len(statement.parts) == 2


def test_a_reflexive_and_a_time_before_what_a_phrase_cue_governs_are_not_said() -> None:
    text = "Die Abgeordnete Claudia Hofer hatte sich vergangene Woche für einen verpflichtenden Dienst ausgesprochen."
    assert speakers(run(Extractor(None), text)) == [
        ("Claudia Hofer", "sich aussprechen", "für einen verpflichtenden Dienst")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Die Koordinatorin Margit Halvorsen schilderte dem Rat die Lage als „katastrophal“.",
            "die Lage als „katastrophal“",
        ),
        ("Die Ministerin Anna Roth erklärte dem Ausschuss die Pläne.", "die Pläne"),
        ("Die Ministerin Anna Roth erklärte, dem Land fehle Geld.", "dem Land fehle Geld"),
        ("Bischof Franz Ebner bat die Betroffenen um Vergebung.", "um Vergebung"),
    ],
)
def test_whom_something_was_told_or_asked_is_not_what_was_said(text: str, content: str) -> None:
    assert speakers(run(Extractor(None), text))[0][2] == content


def test_an_attribution_after_a_lead_in_and_a_colon_reports_what_follows_the_colon() -> None:
    text = (
        "Die Gewerkschaft EVG drohte mit Streiks. Kritiker bezweifeln das: Im Haushalt klafft nach Berechnungen "
        "der Allianz pro Schiene eine Lücke von fünf Milliarden Euro."
    )
    assert speakers(run(Extractor(None), text))[-1] == (
        "Allianz pro Schiene",
        "nach berechnungen",
        "Im Haushalt klafft eine Lücke von fünf Milliarden Euro",
    )


def test_a_reflexive_cue_after_an_inverted_pronoun_governs_what_follows() -> None:
    text = "Karl Vogt kam. Zugleich sprach er sich für mehr Geld aus."
    assert speakers(run(Extractor(None), text)) == [("Karl Vogt", "sich aussprechen", "für mehr Geld")]


def test_a_participle_before_und_governs_what_stands_before_it() -> None:
    text = "Der Minister Jochen Albrecht hatte mehr Geld verlangt und vor einer Finanzierungslücke gewarnt."
    assert speakers(run(Extractor(None), text)) == [
        ("Jochen Albrecht", "verlangen", "mehr Geld"),
        ("Jochen Albrecht", "warnen", "vor einer Finanzierungslücke"),
    ]


def test_a_cue_governing_only_a_time_and_a_setting_says_nothing() -> None:
    text = "Die Ministerin Anna Roth hatte sich bereits vergangene Woche bei einer Anhörung im Bundestag geäußert."
    assert speakers(run(Extractor(None), text)) == []


def test_one_noun_after_a_speaker_after_the_cue_is_what_was_said() -> None:
    text = "Im Bundestag forderte die Abgeordnete Anna Keller Sicherheitsprüfungen."
    assert speakers(run(Extractor(None), text)) == [("Anna Keller", "fordern", "Sicherheitsprüfungen")]


@pytest.mark.parametrize("by", ["", " über einen Sprecher"])
def test_what_someone_had_said_for_them_stands_before_liess(by: str) -> None:
    text = f"Er sei erschüttert, ließ der Minister Volker Wissing{by} mitteilen."
    assert speakers(run(Extractor(None), text)) == [("Volker Wissing", "mitteilen", "Er sei erschüttert")]


def test_a_participle_frame_before_an_inverted_cue_is_the_question_not_the_content() -> None:
    text = "Gefragt nach den Kosten, sagte der Bürgermeister Udo Kern, das neue Bad sei bezahlbar."
    assert speakers(run(Extractor(None), text)) == [("Udo Kern", "sagen", "das neue Bad sei bezahlbar")]


def test_what_describes_a_source_opening_the_sentence_is_not_what_it_reports() -> None:
    shipped = Extractor(None)
    text = "Dem Handwerksverband zufolge, der rund 300 Betriebe vertritt, dürften die Preise steigen."
    assert speakers(run(shipped, text)) == [("Handwerksverband", "zufolge", "dürften die Preise steigen")]
    text = "Laut der Polizei aus Köln wurde niemand verletzt."
    assert speakers(run(shipped, text)) == [("Polizei", "laut", "wurde niemand verletzt")]


def test_a_narrated_clause_before_a_semicolon_is_not_what_the_inverted_cue_reports() -> None:
    text = "Eine Sperrung ordnete das Landratsamt nicht an; dafür bestehe kein Grund, sagte die Sprecherin Eva Kern."
    assert speakers(run(Extractor(None), text)) == [("Eva Kern", "sagen", "dafür bestehe kein Grund")]
