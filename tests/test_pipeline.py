"""The pipeline and the extraction as a whole: sentences, headings, long texts and offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import Extractor
from kg.nlp import pipeline
from kg.nlp.pipeline import piece_ends
from kg.records import Document
from tests.extraction_helpers import run, speakers

ROOT = Path(__file__).resolve().parent.parent


def test_headings_are_neither_statements_nor_events(extractor: Extractor) -> None:
    ex = run(extractor, "Nato verstärkt Truppenaufmarsch\n\nDie Lage blieb ruhig.")
    assert ex.statements == [] and ex.events == []


def test_every_offset_slices_to_its_text(extractor: Extractor) -> None:
    text = "„Wir verlegen Truppen“, sagte Verteidigungsminister Boris Pistorius in Berlin. Er sei besorgt."
    ex = run(extractor, text)
    for actor in ex.actors:
        assert all(text[m.start : m.end] == m.text for m in actor.mentions)
    for statement in ex.statements:
        assert text[statement.start : statement.end] == statement.content
    for event in ex.events:
        assert text[event.start : event.end] == event.trigger


def test_a_full_stop_after_a_name_in_mixed_case_ends_the_sentence() -> None:
    text = "Die Gerüchte entbehren jeder Realität. Das behauptet nur die AfD. Anlässlich des Jubiläums sage ich: Danke."
    said = speakers(run(Extractor(None), text))
    assert [(s[0], s[2]) for s in said] == [("Alternative für Deutschland", "Die Gerüchte entbehren jeder Realität")]


def test_an_overlong_text_is_refused_in_one_line_and_the_rest_goes_on(extractor: Extractor) -> None:
    errors: list[ValueError] = []
    big = Document(id="big", text="Ja. " * 260_000)
    small = Document(id="small", text="Die Nato verlegt Truppen.")
    done = list(extractor.pipe([big, small], on_error=errors.append))
    assert [e.document.id for e in done] == ["small"]
    assert len(errors) == 1 and "big" in str(errors[0]) and "\n" not in str(errors[0])


@pytest.mark.parametrize("size", [60, 400])
def test_a_long_text_run_in_pieces_gives_the_extraction_of_the_whole(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    """Pieces bound the pipeline's memory on a long document; the rules still see one Doc with the text's offsets."""
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    text = seed + " ".join(["Der Minister sagte, die Lage sei ernst."] * 40)  # a long paragraph without line breaks
    whole = run(extractor, text)
    monkeypatch.setattr(pipeline, "PIECE_TOKENS", size)
    monkeypatch.setattr(pipeline, "BATCH_TOKENS", 2 * size)
    doc = extractor.nlp.make_doc(text)
    for name in pipeline.SENTENCE_COMPONENTS:
        doc = extractor.nlp.get_pipe(name)(doc)
    ends = piece_ends(doc, size)
    assert len(ends) > 3 and all(0 < end - start <= size for start, end in zip([0, *ends[:-1]], ends, strict=True))
    assert all(doc[end].is_sent_start for end in ends[:-1])
    assert run(extractor, text) == whole


def test_a_sentence_ending_in_a_number_ends_there(both: Extractor) -> None:
    """spaCy keeps `100.000.` whole (German ordinals end in a full stop); the next sentence's words are not its."""
    text = (
        "Die Gewerkschaft sprach von 80.000 Streikenden, die Polizei von 50.000. Wegen des Andrangs musste die "
        "Kundgebung am 3. Oktober abgebrochen werden. Er wurde 75. Danach trat er zurück."
    )
    doc = both.nlp(text)
    assert [s.text.split()[0] for s in doc.sents] == ["Die", "Wegen", "Er", "Danach"]
    (protest,) = [e for e in run(both, text).events if e.type == "PROTEST"]
    assert protest.participants == []


def test_a_letter_with_a_full_stop_ends_a_sentence_unless_it_is_an_initial(both: Extractor) -> None:
    text = (
        "Sie schrieb auf der Plattform X. Premierminister Karl Vogt räumte ein, es sei schwer. "
        "Der Angeklagte Issa al H. sagte nichts. Präsident John F. Kennedy kam."
    )
    assert [s.text.split()[0] for s in both.nlp(text).sents] == ["Sie", "Premierminister", "Der", "Präsident"]
    assert speakers(run(both, text))[0][0] == "Karl Vogt"


def test_a_letter_with_a_full_stop_at_the_end_of_a_paragraph_is_a_name() -> None:
    text = "Wie der „Spiegel“ berichtet, prüft die EU-Kommission Schritte gegen X.\n\nDie Aktie fiel."
    assert speakers(run(Extractor(None), text))[0][2] == "prüft die EU-Kommission Schritte gegen X"


def test_an_opening_quotation_mark_after_a_full_stop_starts_the_next_sentence(both: Extractor) -> None:
    """The sentencizer keeps punctuation after a full stop with the sentence it ends: right for a closing mark, not
    for an opening one, which would leave the quotation's first mark in the sentence before."""
    text = "Sie sprach von einem Weckruf. „Ein Land, das sich abwendet, wäre schlimm“, sagte sie. „Gut.“ Dann ging sie."
    doc = both.nlp(text)
    assert [s.text.split()[0] for s in doc.sents] == ["Sie", "„Ein", "„Gut.“", "Dann"]


def test_a_road_s_number_ends_a_sentence(both: Extractor) -> None:
    doc = both.nlp("Der Verkehr staute sich auf der A100. Die Polizei sperrte die Straße. Am 3. Oktober war es ruhig.")
    assert [s.text.split()[0] for s in doc.sents] == ["Der", "Die", "Am"]


def test_a_file_number_in_brackets_ends_no_sentence(both: Extractor) -> None:
    text = "Die Kaution sei zurückzuzahlen (Az. 8 U 44/22), sagte die Richterin Eva Kern."
    assert speakers(run(both, text)) == [("Eva Kern", "sagen", "Die Kaution sei zurückzuzahlen (Az. 8 U 44/22)")]
