"""Interviews: paragraphs opened by a speaker's name and a colon are that speaker's turns."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from tests.extraction_helpers import names, run, speakers


def test_inside_an_interview_turn_the_label_is_no_subject_and_niemand_says_nothing() -> None:
    text = (
        "Die Sicherheitsexpertin Anna Keller erklärt die Lage.\n\n"
        "tagesschau.de: Frau Keller, wer steckt dahinter?\n\n"
        "Keller: Mit Sicherheit kann das im Moment niemand sagen.\n\n"
        "tagesschau.de: Moskau bestreitet jede Beteiligung.\n\n"
        "Keller: Das tut es immer.\n"
    )
    extraction = run(Extractor(None), text)
    cued = [(names(extraction)[s.speaker], s.cue) for s in extraction.statements if s.cue]
    assert cued == [("Anna Keller", "erklären"), ("Russland", "bestreiten")]


def test_an_interview_labelled_with_a_two_word_medium() -> None:
    text = (
        "Die Ministerin Carola Brenninger spricht über den Strompreis.\n\n"
        "ZEIT ONLINE: Frau Brenninger, der Chef eines Konzerns hat angekündigt, ein Werk zu schließen. Ist das "
        "Erpressung?\n\n"
        "Brenninger: Ich würde das Wort nicht verwenden. Aber ich verstehe die Sorge.\n"
    )
    extraction = run(Extractor(None), text)
    turns = [(names(extraction)[s.speaker], s.speech_act) for s in extraction.statements if s.cue is None]
    assert turns == [("Zeit Online", "question"), ("Carola Brenninger", "claim")]


INTERVIEW = (
    "Bundesfinanzminister Jörg Kukies über den Haushalt.\n\n"
    "tagesschau.de: Herr Kukies, wie groß ist das Loch im Haushalt?\n\n"
    "Kukies: Es fehlen rund zwölf Milliarden Euro. Das ist viel, aber machbar.\n\n"
    "tagesschau.de: Muss die Schuldenbremse reformiert werden?\n\n"
    "Kukies: Ich halte eine maßvolle Reform für richtig."
)


def test_an_interview_s_turns_are_its_speakers_statements() -> None:
    extraction = run(Extractor(None), INTERVIEW)
    said = [
        (names(extraction)[s.speaker or ""], s.speech_act, names(extraction)[s.addressee or ""], s.content)
        for s in extraction.statements
    ]
    assert said == [
        ("Tagesschau", "question", "Jörg Kukies", "Herr Kukies, wie groß ist das Loch im Haushalt?"),
        ("Jörg Kukies", "claim", "Tagesschau", "Es fehlen rund zwölf Milliarden Euro. Das ist viel, aber machbar."),
        ("Tagesschau", "question", "Jörg Kukies", "Muss die Schuldenbremse reformiert werden?"),
        ("Jörg Kukies", "claim", "Tagesschau", "Ich halte eine maßvolle Reform für richtig."),
    ]
    assert {s.mode for s in extraction.statements} == {"direct"}


@pytest.mark.parametrize(
    "text",
    [
        "Habeck: Wir müssen sparen.\n\nDer Minister legte seinen Plan vor.",  # one label is a headline's
        "Wahl in Bayern\n\nCSU: 37 Prozent\nAfD: 14 Prozent\nSPD: 8 Prozent",  # a table of results
    ],
)
def test_a_label_with_a_colon_alone_makes_no_interview(text: str) -> None:
    assert run(Extractor(None), text).statements == []


def test_an_interview_of_one_speaker_with_questions_labelled_as_such() -> None:
    text = (
        "Bahnchefin Ulrike Sandmann ist seit sechs Wochen im Amt.\n\n"
        "Frage: Frau Sandmann, wann wird die Bahn pünktlich?\n\n"
        "Sandmann: Ich verspreche keine Wunder. Aber wir haben einen Plan.\n\n"
        "Frage: Ihr Vorgänger hat Ähnliches versprochen.\n\n"
        "Sandmann: Das stimmt, und ich verstehe die Skepsis."
    )
    said = speakers(run(Extractor(None), text))
    assert said == [
        ("Ulrike Sandmann", None, "Ich verspreche keine Wunder. Aber wir haben einen Plan."),
        ("Ulrike Sandmann", None, "Das stimmt, und ich verstehe die Skepsis."),
    ]
