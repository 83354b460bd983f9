"""Quotations in German news text: marks of every style, and statements quoted whole or in part."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.nlp.quotes import find_quotes
from tests.extraction_helpers import names, run, speakers

# --- quotation marks ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte: „Wir kommen.“ Dann ging er.", ["Wir kommen."]),
        ('Sie sagte: "Wir kommen." Dann ging sie.', ["Wir kommen."]),
        ("Er sagte: »Wir kommen.« Dann ging er.", ["Wir kommen."]),
        ("Er sagte: «Wir kommen.» Dann ging er.", ["Wir kommen."]),
        ("Er nannte das ‚unklug‘ und ging.", ["unklug"]),
        ('Er nannte es "ein Zeichen» und dann «noch mehr".', ["ein Zeichen", "noch mehr"]),
        ("Das geht's nicht, sagte er.", []),
        ('Die "Abschreckungs"-Präsenz wächst.', ["Abschreckungs"]),
        ("„Ein offenes Zitat\n\nNeuer Absatz.", ["Ein offenes Zitat"]),
    ],
)
def test_quotations_of_every_style(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


# --- direct and mixed speech --------------------------------------------------------------------------------------


def test_direct_quote_before_inverted_cue(extractor: Extractor) -> None:
    ex = run(extractor, "„Wir werden die Sanktionen verschärfen“, sagte Außenministerin Annalena Baerbock am Montag.")
    (statement,) = ex.statements
    assert names(ex)[statement.speaker] == "Annalena Baerbock"
    assert (statement.cue, statement.mode, statement.speech_act) == ("sagen", "direct", "claim")
    assert statement.content == "Wir werden die Sanktionen verschärfen"
    assert ex.document.text[statement.start : statement.end] == statement.content


def test_mixed_speech_with_a_quoted_fragment(extractor: Extractor) -> None:
    ex = run(extractor, "Bundespräsident Frank-Walter Steinmeier sagte, das Urteil sei „ein wichtiges Signal“.")
    (statement,) = ex.statements
    assert statement.mode == "mixed"
    assert "ein wichtiges Signal" in statement.content


def test_a_comma_inside_a_quotation_does_not_end_what_was_said(both: Extractor) -> None:
    text = "Der Anwalt Karl Vogt sprach von einem „späten, aber richtigen Schritt“."
    assert speakers(run(both, text))[0][2] == "von einem „späten, aber richtigen Schritt“"


def test_an_inverted_cue_before_a_colon_reports_what_follows(both: Extractor) -> None:
    text = "Auf die Frage, ob Deutschland mehr tun müsse, antwortete Kanzler Karl Vogt: „Wir tun bereits viel.“"
    (statement,) = run(both, text).statements
    assert (statement.content, statement.mode) == ("Wir tun bereits viel.", "direct")


def test_a_quotation_of_several_sentences_belongs_to_the_cue_after_it(both: Extractor) -> None:
    text = (
        "Ministerin Anna Keller warnte vor einer Abwanderung. „Wir dürfen die Industrie nicht verlieren. "
        "Sonst gehen die Arbeitsplätze“, sagte die SPD-Politikerin am Dienstag."
    )
    assert speakers(run(both, text))[-1] == (
        "Anna Keller",
        "sagen",
        "Wir dürfen die Industrie nicht verlieren. Sonst gehen die Arbeitsplätze",
    )
