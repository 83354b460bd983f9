"""Events in German news: types and triggers, status, participants, place and date."""

from __future__ import annotations

from datetime import datetime

import pytest

from kg.extract import Extractor
from kg.lexicon import load_lexicon
from tests.extraction_helpers import names, roles, run, speakers

# --- event types and triggers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        ("Die Regierung erwägt, Soldaten nach Litauen zu entsenden.", "MOBILIZE", "considered"),
        ("Beobachter befürchten einen Angriff auf die Hauptstadt.", "ASSAULT", "hypothetical"),
        ("Die Nato kündigte die Verlegung weiterer Kampfjets an.", "MOBILIZE", "planned"),
        ("Die EU verhängte neue Sanktionen gegen Belarus.", "SANCTION", "occurred"),
        ("Das Treffen der beiden Außenminister wurde kurzfristig abgesagt.", "CONSULT", "cancelled"),
        ("Die Gespräche in Genf wurden auf März verschoben.", "CONSULT", "cancelled"),
        ("Die Nato forderte neue Sanktionen gegen Russland.", "SANCTION", "demanded"),
        ("Bei einer Videokonferenz riefen die USA zur Deeskalation auf.", "CONSULT", "occurred"),
        ("Die Außenminister werden am Freitag in Genf zusammentreffen.", "CONSULT", "planned"),
        ("Ein Ölembargo würde die Verhandlungen gefährden, die Regierung lehnt es ab.", "CONSULT", "hypothetical"),
        ("Die Koalition verständigte sich in der Nacht auf einen Haushalt.", "AGREE", "occurred"),
        ("Der Verband begrüßte die Entscheidung der Regierung.", "SUPPORT", "occurred"),
        ("Täter sollen abgeschoben werden, teilte der Verband nach der Konferenz mit.", "CONSULT", "occurred"),
    ],
)
def test_event_types_and_status(extractor: Extractor, text: str, type_: str, status: str) -> None:
    ex = run(extractor, text)
    assert (type_, status) in {(e.type, e.status) for e in ex.events}


def test_a_noun_that_ends_in_a_trigger_but_is_another_word_is_no_event(both: Extractor) -> None:
    text = "Bei Kontrollen wurde eine Verunreinigung festgestellt. Die Tarifparteien erzielten eine Einigung."
    assert [e.trigger for e in run(both, text).events] == ["Einigung"]


def test_ausweisen_sanctions_someone_not_figures_shown_in_a_budget() -> None:
    text = "Russland hat zwei deutsche Diplomaten ausgewiesen. Alle Kredite würden im Haushalt transparent ausgewiesen."
    assert [(e.type, e.trigger) for e in run(Extractor(None), text).events] == [("SANCTION", "ausgewiesen")]


def test_taking_to_the_streets_is_a_protest(both: Extractor) -> None:
    extraction = run(both, "In Leipzig sind am Samstag Tausende Menschen gegen die Reform auf die Straße gegangen.")
    assert [e.type for e in extraction.events] == ["PROTEST"]


def test_meeting_someone_is_consulting_and_hitting_something_is_not(both: Extractor) -> None:
    extraction = run(both, "Kanzlerin Anna Keller traf am Montag Präsident Paul Kern in Paris.")
    found = names(extraction)
    assert [(e.type, sorted(found[p.actor] for p in e.participants)) for e in extraction.events] == [
        ("CONSULT", ["Anna Keller", "Paul Kern"])
    ]
    assert run(both, "Eine Rakete traf am Montag ein Wohnhaus in Kiew.").events == []
    assert run(both, "Am Samstag empfängt der FC Schalke 04 den VfB Stuttgart.").events == []  # a match


def test_a_sentence_to_prison_and_a_search_coerce_and_summoning_an_ambassador_accuses() -> None:
    text = (
        "Das Landgericht Bochum hat den Arzt Klaus Strunk zu sieben Jahren Haft verurteilt. "
        "Das Auswärtige Amt hat den russischen Botschafter einbestellt. "
        "Ermittler haben am Dienstag das Rathaus in Erfurt durchsucht."
    )
    extraction = run(Extractor(None), text)
    assert [e.type for e in extraction.events] == ["COERCE", "ACCUSE", "COERCE"]
    assert roles(extraction, "COERCE") == [("agent", "Landgericht Bochum"), ("target", "Klaus Strunk")]
    assert roles(extraction, "ACCUSE") == [("agent", "Auswärtiges Amt"), ("target", "Russland")]
    assert extraction.events[-1].date == "2022-01-25" and extraction.events[-1].status == "occurred"


def test_a_participle_opening_a_sentence_is_a_verb_not_an_event_noun() -> None:
    text = "Russland griff Charkiw an. Getroffen wurden ein Wohnblock und eine Schule. Angegriffen wurde auch Odessa."
    assert [e.type for e in run(Extractor(None), text).events] == ["ASSAULT", "ASSAULT"]


def test_more_event_triggers_and_aid_that_is_an_offence_is_none() -> None:
    text = (
        "Der Ausschuss billigte das Vorhaben. Die Küstenwache rettete 40 Menschen. Demonstranten bewarfen "
        "Polizisten mit Steinen. Ihm wird Beihilfe zur illegalen Einwanderung vorgeworfen."
    )
    assert [e.type for e in run(Extractor(None), text).events] == ["SUPPORT", "AID", "ASSAULT", "ACCUSE"]


# --- status -------------------------------------------------------------------------------------------------------


def test_nicht_in_the_middle_field_negates_the_infinitive_that_closes_the_clause() -> None:
    text = "Die Staats- und Regierungschefs der EU haben sich nicht auf ein Finanzpaket einigen können."
    assert [(e.type, e.status) for e in run(Extractor(None), text).events] == [("AGREE", "negated")]


def test_an_agreement_talks_are_about_or_people_stand_up_for_has_not_been_reached() -> None:
    text = (
        "In Kairo haben neue Gespräche über eine Waffenruhe begonnen. In Tel Aviv hatten Zehntausende Menschen "
        "für eine Einigung demonstriert. Die Parteien erzielten eine Einigung über den Haushalt."
    )
    statuses = [(e.trigger, e.status) for e in run(Extractor(None), text).events if e.type == "AGREE"]
    assert statuses == [("Waffenruhe", "considered"), ("Einigung", "demanded"), ("Einigung", "occurred")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Pendler müssen sich ab Mittwoch auf einen Streik einstellen.", "planned"),
        ("Ob es dort zu einer Einigung kommt, gilt als fraglich.", "considered"),
    ],
)
def test_sich_einstellen_cancels_nothing_and_ob_questions(text: str, status: str) -> None:
    assert [e.status for e in run(Extractor(None), text).events] == [status]


def test_a_trigger_given_as_the_cause_takes_no_status_from_its_clause() -> None:
    text = "Wegen eines Warnstreiks sind am Mittwoch Tausende Operationen verschoben worden."
    assert [(e.type, e.status) for e in run(Extractor(None), text).events] == [("PROTEST", "occurred")]


def test_what_is_promised_is_planned(both: Extractor) -> None:
    extraction = run(both, "Die Landesregierung versprach den Betroffenen rasche Hilfe.")
    assert [(e.type, e.status) for e in extraction.events] == [("AID", "planned")]


def test_a_negation_before_a_preposition_is_the_verbs_not_the_events(both: Extractor) -> None:
    extraction = run(both, "Der Kreml äußerte sich zunächst nicht zu dem Angriff.")
    assert [(e.type, e.status) for e in extraction.events] == [("ASSAULT", "occurred")]


def test_what_an_agreement_provides_for_is_planned_not_the_agreement(both: Extractor) -> None:
    text = "Die Vereinbarung sieht vor, dass die Hamas zwölf Geiseln freilässt."
    assert [(e.type, e.status) for e in run(Extractor(None), text).events] == [
        ("AGREE", "occurred"),
        ("CONCEDE", "planned"),
    ]


def test_an_event_dated_after_publication_is_planned(both: Extractor) -> None:
    extraction = run(both, "Die Außenminister der Nato kommen Ende März in Brüssel zusammen.")
    assert [(e.type, e.status) for e in extraction.events] == [("CONSULT", "planned")]


def test_suspended_aid_is_cancelled_and_the_possessive_names_who_gave_it() -> None:
    extraction = run(Extractor(None), "Frankreich setzte seine Entwicklungshilfe für Niger aus.")
    found = names(extraction)
    (aid,) = extraction.events
    assert (aid.type, aid.status, [found[p.actor] for p in aid.participants if p.role == "agent"]) == (
        "AID",
        "cancelled",
        ["Frankreich"],
    )


def test_a_meeting_that_is_the_setting_of_a_promise_took_place() -> None:
    text = "Die Nato hat der Ukraine bei ihrem Gipfel in Washington weitere Militärhilfe zugesagt."
    extraction = run(Extractor(None), text)
    assert [(e.type, e.status) for e in extraction.events] == [("CONSULT", "occurred"), ("AID", "planned")]


@pytest.mark.parametrize("text", ["Die Mitgliedstaaten müssen noch zustimmen.", "Der Bundesrat muss noch zustimmen."])
def test_what_must_still_happen_is_planned(both: Extractor, text: str) -> None:
    assert [e.status for e in run(both, text).events] == ["planned"]


def test_an_event_that_sets_where_something_was_announced_occurred(both: Extractor) -> None:
    text = "Das kündigte Präsident Brad Smith bei einem Besuch in Berlin an."
    assert [(e.type, e.status) for e in run(both, text).events if e.trigger == "Besuch"] == [("CONSULT", "occurred")]


def test_a_second_predicate_a_negation_after_the_verb_and_a_call_decide_the_status() -> None:
    text = (
        "Ministerpräsident Karl Vogt besuchte am Samstag das Katastrophengebiet und versprach schnelle Hilfe. "
        "China liefere keine Waffen an Russland, sagte Wang Yi. "
        "Die Gewerkschaft Verdi hat zu einem Warnstreik aufgerufen. Die Arbeitgeber kritisierten den Streik."
    )
    extraction = run(Extractor(None), text)  # "versprach" is finite only to a tagger
    statuses = [(e.trigger, e.status) for e in extraction.events if e.type in ("CONSULT", "AID", "PROTEST")]
    assert statuses == [
        ("besuchte", "occurred"),
        ("Hilfe", "planned"),
        ("liefere", "negated"),
        ("Warnstreik", "demanded"),
    ]


def test_readiness_and_an_offer_plan_an_event() -> None:
    text = (
        "Der Minister Karl Vogt sagte, Kiew sei zu einer Waffenruhe bereit. "
        "Präsident Recep Tayyip Erdoğan bot an, weitere Gespräche auszurichten."
    )
    extraction = run(Extractor(None), text)
    assert [(e.trigger, e.status) for e in extraction.events] == [("Waffenruhe", "planned"), ("Gespräche", "planned")]


def test_there_was_none_negates_a_chance_is_hypothetical_and_a_day_is_no_part_of_what_was_spoken_of() -> None:
    text = (
        "Ein direktes Treffen der Konfliktparteien gab es nicht. Der Vermittler sagte, es gebe eine echte Chance "
        "auf eine Einigung. Richter Gernot Wallbrecht sprach am Montag in Bochum von „beispielloser Dreistigkeit“."
    )
    extraction = run(Extractor(None), text)
    assert [(e.type, e.status) for e in extraction.events][:2] == [("CONSULT", "negated"), ("AGREE", "hypothetical")]
    assert speakers(extraction)[-1] == ("Gernot Wallbrecht", "sprechen", "von „beispielloser Dreistigkeit“")


def test_conditions_invitations_and_an_aborted_visit_give_the_status() -> None:
    text = (
        "Der Kreml drohte, sonst werde die Stadt angegriffen. Sollte die Ukraine weitere Hilfe bekommen, würden "
        "die Angriffe ausgeweitet. Der Minister lud die Bauern zu einem Gespräch ein. Die Außenministerin Anna "
        "Roth brach ihren Besuch in Peking ab."
    )
    statuses = {e.trigger: e.status for e in run(Extractor(None), text).events}
    assert statuses["angegriffen"] == "hypothetical" and statuses["Hilfe"] == "hypothetical"
    assert statuses["Gespräch"] == "planned" and statuses["Besuch"] == "cancelled"


# --- participants: agents and targets -----------------------------------------------------------------------------


def test_demand_names_addressee_and_becomes_a_request_event(extractor: Extractor) -> None:
    text = "Der polnische Präsident Andrzej Duda forderte die Bundesregierung auf, mehr Waffen zu liefern."
    ex = run(extractor, text)
    (statement,) = ex.statements
    actor = names(ex)
    assert actor[statement.speaker] == "Andrzej Duda"
    assert actor[statement.addressee] == "Bundesregierung"
    assert statement.speech_act == "demand"
    request = next(e for e in ex.events if e.type == "REQUEST")
    roles = {(actor[p.actor], p.role) for p in request.participants}
    assert ("Andrzej Duda", "agent") in roles and ("Bundesregierung", "target") in roles
    assert request.statement == statement.id


@pytest.mark.parametrize(
    ("text", "type_", "agent"),
    [
        ("Die Gewerkschaft GDL kündigte neue Warnstreiks an.", "PROTEST", "GDL"),
        ("Die EU drohte Russland mit neuen Sanktionen.", "SANCTION", "Europäische Union"),
    ],
)
def test_what_a_speaker_announces_or_threatens_is_the_speakers_own(
    both: Extractor, text: str, type_: str, agent: str
) -> None:
    """The ontology marks announcements, threats and assurances `kg:commits`; a demand commits the one addressed."""
    extraction = run(both, text)
    (event,) = [e for e in extraction.events if e.type == type_]
    assert [(p.role, names(extraction)[p.actor]) for p in event.participants if p.role == "agent"] == [
        ("agent", agent)
    ]
    demand = run(both, "Die Nato forderte Sanktionen gegen Russland.")
    (sanction,) = [e for e in demand.events if e.type == "SANCTION"]
    assert "agent" not in [p.role for p in sanction.participants]
    addressed = run(both, "Die USA forderten Russland auf, die Truppen abzuziehen.")
    (withdrawal,) = [e for e in addressed.events if e.type == "RETREAT"]
    assert [(p.role, names(addressed)[p.actor]) for p in withdrawal.participants] == [("agent", "Russland")]
    assert load_lexicon().speech_acts.commits == {"announcement", "threat", "assurance"}


@pytest.mark.parametrize(
    ("text", "type_", "agent"),
    [
        ("Das russische Verteidigungsministerium erklärte, man habe Ziele angegriffen.", "ASSAULT",
         "Russisches Verteidigungsministerium"),
        ("Russland hat in der Nacht 40 Raketen auf ukrainische Städte abgefeuert.", "ASSAULT", "Russland"),
        ("Die Nato tagte. Die Allianz werde die Ukraine unterstützen, sagte Mark Rutte.", "SUPPORT", "NATO"),
        ("Die EU hat neue Sanktionen gegen Russland verhängt.", "SANCTION", "Europäische Union"),
    ],
)
def test_who_acts_in_reported_speech_and_behind_a_noun(both: Extractor, text: str, type_: str, agent: str) -> None:
    extraction = run(both, text)
    (event,) = [e for e in extraction.events if e.type == type_]
    assert [names(extraction)[p.actor] for p in event.participants if p.role == "agent"] == [agent]


@pytest.mark.parametrize(
    "text",
    [
        "Tausende Landwirte haben in Berlin gegen die Agrarpolitik der Bundesregierung demonstriert.",
        "Landwirtschaftsminister Karl Vogt zeigte Verständnis für die Proteste.",
    ],
)
def test_a_genitive_attribute_or_a_noun_after_a_preposition_names_no_agent(both: Extractor, text: str) -> None:
    (event,) = run(both, text).events
    assert event.type == "PROTEST" and "agent" not in [p.role for p in event.participants]


def test_the_agent_of_an_attributive_participle_is_not_the_verb_s() -> None:
    text = "Bei einem Luftangriff wurden nach Angaben der von der Hamas kontrollierten Behörde 14 Menschen getötet."
    assert all(p.role != "agent" for e in run(Extractor(None), text).events for p in e.participants)


def test_a_genitive_before_a_role_is_not_who_acts(both: Extractor) -> None:
    text = (
        "Der FC Bayern hat bei Bayer Leverkusen verloren. "
        "Leverkusens Sportdirektor Simon Rolfes lobte dagegen die Moral seiner Mannschaft."
    )
    extraction = run(both, text)
    (event,) = [e for e in extraction.events if e.type == "SUPPORT"]
    assert [(p.role, names(extraction)[p.actor]) for p in event.participants] == [("agent", "Simon Rolfes")]
    assert "Leverkusens" not in names(extraction).values()


def test_who_condemns_an_event_did_not_do_it_and_a_danger_is_no_threat(both: Extractor) -> None:
    extraction = run(
        both,
        "Taiwans Verteidigungsministerium verurteilte die Manöver. "
        "Ohne die Reform drohe vielen Kliniken die Insolvenz, sagte Minister Karl Vogt.",
    )
    found = names(extraction)
    events = {e.type: [(p.role, found[p.actor]) for p in e.participants] for e in extraction.events}
    assert events["MOBILIZE"] == []
    assert events["ACCUSE"] == [("agent", "Taiwanisches Verteidigungsministerium")]
    assert "THREATEN" not in events


def test_who_is_promised_something_and_who_delivers_it() -> None:
    text = "Präsident Joe Biden kündigte an, der Ukraine weitere Patriot-Systeme zu liefern."
    extraction = run(Extractor(None), text)
    found = names(extraction)
    (statement,) = extraction.statements
    assert statement.content == "der Ukraine weitere Patriot-Systeme zu liefern"
    (aid,) = [e for e in extraction.events if e.type == "AID"]
    assert [(p.role, found[p.actor]) for p in aid.participants] == [("agent", "Joe Biden"), ("target", "Ukraine")]
    promised = run(Extractor(None), "Die Nato hat der Ukraine bei ihrem Gipfel in Washington weitere Hilfe zugesagt.")
    (statement,) = promised.statements
    assert (statement.content, names(promised)[statement.addressee or ""]) == ("weitere Hilfe", "Ukraine")


def test_a_particle_after_another_verb_is_not_the_first_verbs() -> None:
    """`verurteilte ... und berief ... ein`: `ein` is `berief`'s (a tagger knows the strong preterite is finite);
    `verurteilen` stays a condemnation."""
    extraction = run(Extractor(None), "Präsidentin Maria Lenz verurteilte den Anschlag und berief den Krisenstab ein.")
    found = names(extraction)
    types = {e.type: [(p.role, found[p.actor]) for p in e.participants] for e in extraction.events}
    assert types["ACCUSE"] == [("agent", "Maria Lenz")]
    assert types["ASSAULT"] == []


def test_the_object_of_an_event_verb_is_its_target_and_a_passive_names_its_agent_with_von() -> None:
    shipped = Extractor(None)
    for text in (
        "Russland hat am Montag Georgien angegriffen.",
        "Georgien wurde am Montag von Russland angegriffen.",
    ):
        extraction = run(shipped, text)
        found = names(extraction)
        (attack,) = extraction.events
        assert [(p.role, found[p.actor]) for p in attack.participants] == [
            ("agent", "Russland"),
            ("target", "Georgien"),
        ], text
    (moved,) = run(shipped, "Die Soldaten wurden auf Befehl von Präsident Paul Kern in Bereitschaft versetzt.").events
    assert moved.participants == []  # Kern gave the order; who was moved is not an actor here


def test_the_source_of_a_reported_event_takes_no_part_in_it(both: Extractor) -> None:
    text = "Bei russischen Luftangriffen auf Charkiw wurden nach ukrainischen Angaben zwölf Menschen getötet."
    extraction = run(both, text)
    found = names(extraction)
    (attack,) = [e for e in extraction.events if e.type == "ASSAULT"]
    assert [(p.role, found[p.actor]) for p in attack.participants] == [("agent", "Russland")]
    assert [found[s.speaker or ""] for s in extraction.statements] == ["Ukraine"]


def test_both_of_them_are_the_two_who_met_and_what_they_agree_to_do_is_planned(both: Extractor) -> None:
    text = (
        "Kanzlerin Anna Keller telefonierte am Abend mit Präsident Paul Kern. "
        "Beide vereinbarten, im Frühjahr in Wien zusammenzukommen."
    )
    extraction = run(both, text)
    found = names(extraction)
    events = [(e.type, e.status, sorted(found[p.actor] for p in e.participants)) for e in extraction.events]
    pair = ["Anna Keller", "Paul Kern"]
    assert events[0] == ("CONSULT", "occurred", pair) and events[-1] == ("CONSULT", "planned", pair)
    assert all(participants == pair for _, _, participants in events)  # the agreement too, where it is found


def test_a_countrys_adjective_after_a_preposition_is_not_the_events_agent(both: Extractor) -> None:
    extraction = run(both, "Es handle sich um einen Angriff auf amerikanische Unternehmen, schrieb Paul Kern.")
    assert roles(extraction, "ASSAULT") == [("target", "Vereinigte Staaten")]  # what is attacked, not who attacks


def test_whom_aid_is_for_is_its_target(both: Extractor) -> None:
    extraction = run(both, "Die EU hat ein Hilfspaket für die Ukraine beschlossen.")
    assert roles(extraction, "AID") == [("agent", "Europäische Union"), ("target", "Ukraine")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deutschland bot Japan Hilfe an.", [("agent", "Deutschland"), ("target", "Japan")]),
        ("Russland lieferte Nordkorea Öl.", [("agent", "Russland"), ("target", "Nordkorea")]),
        ("Die EU sagte der Ukraine weitere Hilfe zu.", [("agent", "Europäische Union"), ("target", "Ukraine")]),
    ],
)
def test_a_name_in_the_dative_is_whom_aid_goes_to(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(run(Extractor(None), text), "AID") == expected


def test_a_name_in_the_middle_field_the_parser_took_for_something_else_is_the_object() -> None:
    text = "Der Iran hat in der Nacht zum Sonntag Israel mit mehr als 300 Drohnen und Raketen angegriffen."
    assert roles(run(Extractor(None), text), "ASSAULT") == [("agent", "Iran"), ("target", "Israel")]


def test_a_bare_name_after_a_promise_is_whom_it_is_made_to(both: Extractor) -> None:
    extraction = run(both, "Präsident Joe Biden sicherte Israel die Unterstützung der USA zu.")
    statement = extraction.statements[0]
    assert names(extraction)[statement.addressee or ""] == "Israel"
    assert roles(extraction, "SUPPORT") == [("agent", "Joe Biden"), ("target", "Israel")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die USA verhängten Strafzölle gegen China.", [("agent", "Vereinigte Staaten"), ("target", "China")]),
        (
            "Die USA verhängten neue Sanktionen gegen russische Banken.",
            [("agent", "Vereinigte Staaten"), ("target", "Russland")],
        ),
    ],
)
def test_sanctions_by_the_subject_against_a_country(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(run(Extractor(None), text), "SANCTION") == expected


def test_who_backs_a_militia_is_not_its_attack_s_agent(both: Extractor) -> None:
    text = "Die vom Iran unterstützte Hisbollah hat erneut Israel beschossen."
    assert roles(run(both, text), "ASSAULT")[0] == ("agent", "Hisbollah")


def test_troops_with_haben_act_though_the_parser_calls_them_a_passive_subject() -> None:
    text = "Russische Truppen haben in der Nacht zum Dienstag die Stadt Charkiw erneut mit Artillerie beschossen."
    assert roles(run(Extractor(None), text), "ASSAULT")[:1] == [("agent", "Russland")]


def test_who_says_they_will_meet_someone_takes_part(both: Extractor) -> None:
    text = "US-Präsident Karl Vogt sagte, er werde sich bald mit Kremlchef Wladimir Putin treffen."
    (meeting,) = [e for e in run(both, text).events if e.type == "CONSULT"]
    assert meeting.status == "planned"
    assert {names(run(both, text))[p.actor] for p in meeting.participants} == {"Karl Vogt", "Wladimir Putin"}


def test_holding_someone_responsible_accuses_them_and_a_dative_is_accused(both: Extractor) -> None:
    text = (
        "Die Bundesregierung hat Russland für einen Cyberangriff verantwortlich gemacht. "
        "Die Union warf dem Kanzler Karl Vogt vor, versagt zu haben."
    )
    extraction = run(both, text)
    made = extraction.statements[0]
    assert (made.cue, names(extraction)[made.addressee or ""]) == ("verantwortlich machen", "Russland")
    accusations = [e for e in extraction.events if e.type == "ACCUSE"]
    assert [names(extraction)[p.actor] for e in accusations for p in e.participants if p.role == "target"] == [
        "Russland",
        "Karl Vogt",
    ]


def test_the_country_of_an_attacked_object_is_the_target() -> None:
    text = "Russland hat in der Nacht die ukrainische Energieinfrastruktur mit Raketen angegriffen."
    extraction = run(Extractor(None), text)
    assert roles(extraction, "ASSAULT") == [("agent", "Russland"), ("target", "Ukraine")]


def test_officers_of_named_bodies_act_for_them_and_a_topic_of_criticism_is_no_one_s_deed() -> None:
    text = (
        "Am Dienstag haben Beamte des Landeskriminalamts und der Staatsanwaltschaft Bochum das Rathaus "
        "durchsucht. Kritik an den Blockaden kam vom ADAC."
    )
    extraction = run(Extractor(None), text)
    assert roles(extraction, "COERCE") == [("agent", "Landeskriminalamt"), ("agent", "Staatsanwaltschaft Bochum")]
    blockade = next(e for e in extraction.events if e.trigger == "Blockaden")
    assert blockade.participants == []


def test_an_event_s_agent_after_a_fronted_adverbial_and_its_place_neither_a_capital_that_acts_nor_a_time() -> None:
    text = (
        "Brüssel/Peking (dpa) – Die EU verhängt Strafzölle gegen China. In der Nacht zum Mittwoch griff Russland "
        "die Ukraine mit Drohnen an. Teheran fordert die Freilassung. Ein Treffen in Kairo Mitte April ist geplant."
    )
    extraction = run(Extractor(None), text)
    places = {p.id: p.name for p in extraction.places}
    where = {e.trigger: places.get(e.place) for e in extraction.events}
    assert where["Strafzölle"] is None and where["fordert"] is None and where["Treffen"] == "Kairo"
    assert roles(extraction, "ASSAULT") == [("agent", "Russland"), ("target", "Ukraine")]


def test_a_list_before_the_verb_acts_together_a_ban_cancels_and_whoever_would_is_hypothetical() -> None:
    text = (
        "Deutschland, Frankreich und Japan lehnten dies ab. Eine geplante Kundgebung hatten die Behörden verboten. "
        "Wer Autobahnen blockiere, müsse mit Strafen rechnen, sagte der Richter. Wer für den Angriff "
        "verantwortlich ist, blieb unklar."
    )
    extraction = run(Extractor(None), text)
    assert roles(extraction, "REJECT") == [("agent", "Deutschland"), ("agent", "Frankreich"), ("agent", "Japan")]
    statuses = {e.trigger: e.status for e in extraction.events}
    assert statuses["Kundgebung"] == "cancelled" and statuses["blockiere"] == "hypothetical"
    assert statuses["Angriff"] == "occurred"


# --- place and date -----------------------------------------------------------------------------------------------


def test_past_weekday_event_with_agent_and_date(extractor: Extractor) -> None:
    ex = run(extractor, "Russland hat am Montag weitere Truppen an die Grenze verlegt.")
    (event,) = ex.events
    assert (event.type, event.status, event.date) == ("MOBILIZE", "occurred", "2022-01-24")
    assert [(names(ex)[p.actor], p.role) for p in event.participants] == [("Russland", "agent")]


def test_planned_meeting_on_a_coming_weekday(extractor: Extractor) -> None:
    ex = run(extractor, "Die Außenminister Frankreichs und Polens wollen am Mittwoch in Brüssel zusammenkommen.")
    (event,) = ex.events
    assert (event.type, event.status, event.date) == ("CONSULT", "planned", "2022-01-26")
    assert ex.places[0].name == "Brüssel" and event.place == ex.places[0].id


def test_a_weekday_of_an_inverted_cue_takes_the_cue_s_tense() -> None:
    text = (
        "Hinter dem Angriff stehe eine Gruppe, die dem Militärgeheimdienst zugerechnet werde, "
        "sagte Außenministerin Anna Berg am Freitag in Canberra."
    )
    (attack,) = run(Extractor(None), text, published=datetime(2024, 5, 15, 10)).events
    assert (attack.date, attack.status) == ("2024-05-10", "occurred")


def test_an_attribute_s_plan_and_a_street_s_date_are_not_the_event_s() -> None:
    text = (
        "Tausende Landwirte haben in Berlin gegen die geplanten Kürzungen protestiert. "
        "Mit Traktoren blockierten sie die Straße des 17. Juni."
    )
    extraction = run(Extractor(None), text)
    assert [(e.type, e.status, e.date) for e in extraction.events] == [
        ("PROTEST", "occurred", None),
        ("COERCE", "occurred", None),
    ]


# --- one event for many mentions ----------------------------------------------------------------------------------


def test_repeated_mentions_of_one_meeting_are_one_event(extractor: Extractor) -> None:
    text = (
        "Die Regierungschefs berieten am Abend in einer Videokonferenz. "
        "Nach der Videoschalte äußerte sich niemand. Die Schaltkonferenz dauerte zwei Stunden."
    )
    ex = run(extractor, text)
    consult = [e for e in ex.events if e.type == "CONSULT"]
    assert len(consult) == 1
    assert {m.text for m in consult[0].mentions} >= {"Videokonferenz", "Videoschalte", "Schaltkonferenz"}


def test_a_storm_named_in_quotes_is_no_person_and_two_mobilisations_stay_apart() -> None:
    text = (
        "Nach dem Sturmtief „Zoltan“ fuhren keine Züge. China hat mit einem großen Manöver begonnen. Taiwans "
        "Verteidigungsministerium verurteilte das Manöver. Man habe Einheiten in Bereitschaft versetzt, hieß es in "
        "einer Mitteilung."
    )
    extraction = run(Extractor(None), text)
    found = names(extraction)
    assert "Zoltan" not in found.values()
    mobilisations = [
        [found[p.actor] for p in e.participants if p.role == "agent"] for e in extraction.events if e.type == "MOBILIZE"
    ]
    assert mobilisations == [[], ["Taiwanisches Verteidigungsministerium"]]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Ein Reichsbürger hatte einen Polizisten erschossen.", "ASSAULT"),
        ("Israel setzt seinen Militäreinsatz im Süden fort.", "ASSAULT"),
        ("Die USA legten ihr Veto ein.", "REJECT"),
        ("Die Hamas ließ am Montag drei Geiseln frei.", "CONCEDE"),
        ("Der Verband suspendierte den Trainer Karl Vogt.", "SANCTION"),
        ("Die Zusammenarbeit mit Tunesien soll ausgebaut werden.", "COOPERATE"),
    ],
)
def test_more_triggers_from_the_ontology(text: str, event_type: str) -> None:
    assert event_type in [e.type for e in run(Extractor(None), text).events]


def test_who_responds_with_criticism_criticises() -> None:
    extraction = run(Extractor(None), "Die Bahn legte Zahlen vor. Der Fahrgastverband Pro Bahn reagierte mit Kritik.")
    assert roles(extraction, "ACCUSE") == [("agent", "Pro Bahn")]


def test_what_an_accusation_says_someone_did_is_theirs_and_not_planned() -> None:
    text = "Der Diplomat Wassili Orlow beschuldigte die USA, den Rat seit Monaten zu blockieren."
    blocking = next(e for e in run(Extractor(None), text).events if e.trigger == "blockieren")
    assert blocking.status == "occurred"
    assert roles(run(Extractor(None), text), "COERCE") == [("agent", "Vereinigte Staaten")]


def test_a_relative_clause_s_time_and_future_are_its_own() -> None:
    text = (
        "Taiwans Präsident Lin Cheng-hao, der erst am Montag kommender Woche in sein Amt eingeführt wird, "
        "verurteilte die Übungen."
    )
    event = next(e for e in run(Extractor(None), text).events if e.type == "ACCUSE")
    assert (event.status, event.date) == ("occurred", None)


def test_a_place_in_what_a_speech_act_says_is_not_where_it_was_made() -> None:
    text = "Die Koordinatorin Margit Halvorsen forderte Israel auf, den Grenzübergang in Rafah zu öffnen."
    request = next(e for e in run(Extractor(None), text).events if e.type == "REQUEST")
    assert request.place is None
    text = "In Berlin forderte die Koordinatorin Margit Halvorsen mehr Hilfe."
    extraction = run(Extractor(None), text)
    request = next(e for e in extraction.events if e.type == "REQUEST")
    assert {p.id: p.name for p in extraction.places}[request.place] == "Berlin"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Die neue Bürgermeisterin Nadine Hollerbach steht vor großen Herausforderungen.", []),
        ("Das Amtsgericht Erding hat vier Aktivisten zu Bewährungsstrafen verurteilt.", ["COERCE"]),
        ("Das Amtsgericht München verurteilte zwei Männer zu Geldstrafen.", ["SANCTION"]),
        (
            "Das Amtsgericht Erding hat vier Aktivisten wegen einer Blockade des Flughafens zu Haftstrafen verurteilt.",
            ["COERCE", "COERCE"],
        ),
    ],
)
def test_sentences_are_typed_by_their_penalty_and_a_cause_is_an_event_of_its_own(
    text: str, types: list[str]
) -> None:
    assert sorted(e.type for e in run(Extractor(None), text).events) == types
