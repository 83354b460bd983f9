"""kg eval-ner: held-out selection and labels as the training's, kg's types mapped to NER labels, exact-span scores.

The corpora here are tiny synthetic files in GermEval 2014 and Europarl format, written by the tests themselves.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.evaluate_ner import (
    Entity,
    NerCorpusError,
    NerSentence,
    SystemScores,
    detokenize,
    evaluate_ner,
    format_report,
    is_resolution,
    label_for,
    read_split,
    score_sentence,
)
from kg.records import Actor


def _tagged(line: str) -> list[tuple[str, str]]:
    """`Angela/B-PER Merkel/I-PER traf` → tokens with their tags (O where none is written)."""
    return [(word, tag or "O") for word, _, tag in (item.partition("/") for item in line.split())]


# GermEval outer tags, with the suffixes deriv and part and the type OTH on purpose.
MERKEL = _tagged(
    "Bundeskanzlerin Angela/B-PER Merkel/I-PER traf in Paris/B-LOC den französischen/B-LOCderiv Präsidenten , "
    "die Bundeskanzlerin lächelte ."
)
SUMMIT = _tagged("Westliche Staaten kritisierten den EU-Gipfel/B-ORGpart in Brüssel/B-LOC .")
FILM = _tagged("Der Film „ Das/B-OTH Boot/I-OTH “ lief im ZDF/B-ORG , sagte Peter/B-PER Müller/I-PER .")
LEFT_OUT = _tagged("Anna/B-PER Schmidt/I-PER schwieg .")


def _crc(source: str, words: list[str]) -> int:
    """The training's held-out key, written out independently: CRC of the source line and the text (each word
    followed by one space, as in a token-built spaCy Doc), modulo 3; news sentences with key 0 are held out."""
    return zlib.crc32((source + "".join(f"{word} " for word in words)).encode("utf-8")) % 3


def _source(words: list[str], *, key_zero: bool, site: str = "www.zeitung.example/artikel") -> str:
    """A GermEval source line whose key for this sentence is 0 (or not), as asked."""
    lines = (f"#\thttp://{site}/{n}\t[2010-01-0{1 + n % 9}]\t" for n in range(100))
    return next(line for line in lines if (_crc(line, words) == 0) == key_zero)


def _block(source: str, tagged: list[tuple[str, str]]) -> str:
    rows = [f"{i}\t{word}\t{tag}\tO" for i, (word, tag) in enumerate(tagged, 1)]
    return "\n".join([source, *rows]) + "\n\n"


@pytest.fixture(scope="module")
def datasets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("datasets")
    germeval = root / "germeval2014-ner"
    europarl = root / "europarl-ner-de"
    germeval.mkdir()
    europarl.mkdir()
    held = [_block(_source([w for w, _ in s], key_zero=True), s) for s in (MERKEL, SUMMIT, FILM)]
    words = [w for w, _ in LEFT_OUT]
    wikipedia = _source(words, key_zero=True, site="de.wikipedia.org/wiki")  # key 0, but not news
    trained = [_block(_source(words, key_zero=False), LEFT_OUT), _block(wikipedia, LEFT_OUT)]
    (germeval / "NER-de-dev.tsv").write_text(held[0] + trained[0], encoding="utf-8")
    (germeval / "NER-de-test.tsv").write_text(held[1] + trained[1] + held[2], encoding="utf-8")
    (europarl / "train.tsv").write_text("Paris\tParis\tNE\tI-NC\tI-LOC\n\n", encoding="utf-8")
    dev = _tagged("Herr Jens/I-PER Berg/I-PER sprach für die EVP/I-ORG Frankreich/I-LOC Italien/B-LOC .")
    (europarl / "dev.tsv").write_text(
        "".join(f"{word}\t{word}\tX\tO\t{tag}\n" for word, tag in dev) + "\n", encoding="utf-8"
    )
    return root


# --- selection and gold labels ------------------------------------------------------------------------------------


def test_germeval_selection_and_labels_are_the_trainings(datasets: Path) -> None:
    sentences = read_split(datasets, "germeval")
    assert [s.text.split()[0] for s in sentences] == ["Bundeskanzlerin", "Westliche", "Der"]  # not "Anna ..."
    merkel, summit, film = (sorted((e.text, e.label) for e in s.entities) for s in sentences)
    assert merkel == [("Angela Merkel", "PER"), ("Paris", "LOC"), ("französischen", "MISC")]  # deriv → MISC
    assert summit == [("Brüssel", "LOC")]  # part → O
    assert film == [("Das Boot", "MISC"), ("Peter Müller", "PER"), ("ZDF", "ORG")]  # OTH → MISC
    assert sentences[2].text == "Der Film „Das Boot“ lief im ZDF, sagte Peter Müller."


def test_europarl_dev_is_read_as_iob1(datasets: Path) -> None:
    (sentence,) = read_split(datasets, "europarl")
    found = [(e.text, e.label) for e in sentence.entities]
    assert found == [("Jens Berg", "PER"), ("EVP", "ORG"), ("Frankreich", "LOC"), ("Italien", "LOC")]


def test_bad_input_is_a_one_line_error(tmp_path: Path, datasets: Path) -> None:
    with pytest.raises(NerCorpusError, match="unknown split"):
        read_split(datasets, "wikipedia")
    with pytest.raises(NerCorpusError, match="not found"):
        read_split(tmp_path / "nowhere", "germeval")
    with pytest.raises(ValueError, match="missing corpus file"):
        read_split(tmp_path, "germeval")


def test_detokenize_prints_text_as_news_does() -> None:
    words = ["Er", "sagte", ",", '"', "Nein", '"', "(", "dpa", ")", "."]
    text, spans = detokenize(words)
    assert text == 'Er sagte, "Nein" (dpa).'
    assert [text[s:e] for s, e in spans] == words


# --- mapping ------------------------------------------------------------------------------------------------------


def test_kg_types_map_to_ner_labels() -> None:
    assert [label_for(t) for t in ("Person", "Organization", "Country", "Place", "Group")] == [
        "PER",
        "ORG",
        "LOC",
        "LOC",
        None,
    ]


def test_titles_and_anaphors_are_resolutions_surnames_are_names() -> None:
    scholz = Actor("a1", "Olaf Scholz", "Person")
    nato = Actor("a2", "NATO", "Organization")
    assert is_resolution("Bundeskanzlers", scholz) and is_resolution("Bündnis", nato)
    assert not is_resolution("Scholz'", scholz) and not is_resolution("Olaf Scholz", scholz)
    assert not is_resolution("Nato", nato)
    assert not is_resolution("Allianz", Actor("a3", "Allianz", "Organization"))  # the insurer names itself
    assert is_resolution("Kommission", Actor("a4", "Europäische Kommission", "Organization"))
    assert is_resolution("russische Truppen", Actor("a5", "Russland", "Country"))
    assert not is_resolution("Russland", Actor("a5", "Russland", "Country"))


# --- scoring ------------------------------------------------------------------------------------------------------


def _at(text: str, words: str, label: str) -> Entity:
    start = text.index(words)
    return Entity(start, start + len(words), label, words)


def test_exact_spans_and_error_kinds() -> None:
    text, spans = detokenize(["Peter", "Müller", "und", "die", "EU-Kommission", "in", "Rom", "."])
    sentence = NerSentence(text, tuple(spans), (_at(text, "Peter Müller", "PER"), _at(text, "Rom", "LOC")))
    scores = SystemScores()
    found = [
        _at(text, "Müller", "PER"),  # boundary
        _at(text, "Rom", "ORG"),  # type
        _at(text, "die", "ORG"),  # spurious
        _at(text, "EU", "ORG"),  # inside a word: not scored
    ]
    score_sentence(scores, sentence, found)
    assert scores.excluded["inside word"] == 1
    assert (scores.per_label["PER"].false_negatives, scores.per_label["LOC"].false_negatives) == (1, 1)
    assert (scores.per_label["ORG"].false_positives, scores.per_label["PER"].false_positives) == (2, 1)
    assert {kind: sum(c.values()) for kind, c in scores.errors.items()} == {
        "missed": 0,
        "spurious": 1,
        "boundary": 1,
        "type": 1,
    }
    score_sentence(scores, sentence, [_at(text, "Peter Müller", "PER")])
    assert scores.per_label["PER"].true_positives == 1
    assert scores.total().recall == pytest.approx(1 / 4)


# --- end to end ---------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_rules_alone_on_the_synthetic_news(datasets: Path) -> None:
    (report,) = evaluate_ner(datasets, splits=["germeval"], model="blank")
    assert list(report.systems) == ["kg rules alone"]
    scores = report.systems["kg rules alone"]
    # Angela Merkel (role rule), Paris and Brüssel (gazetteer), ZDF (gazetteer) are right; "EU-Gipfel" is
    # the gazetteer's European Council on a token GermEval marks as part (O); Peter Müller has no rule.
    assert [scores.per_label[label].true_positives for label in ("PER", "ORG", "LOC", "MISC")] == [1, 1, 2, 0]
    assert scores.per_label["ORG"].false_positives == 1
    assert scores.per_label["PER"].false_negatives == 1
    assert scores.excluded == {"resolution": 1, "group": 1}  # "die Bundeskanzlerin", "Westliche Staaten"
    assert "| PER | 2 | 1.000 / 0.500 / 0.667 |" in format_report([report])


@pytest.mark.slow
def test_cli_scores_three_systems_with_the_shipped_model(datasets: Path) -> None:
    result = CliRunner().invoke(app, ["eval-ner", str(datasets), "--split", "germeval"])
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if line.startswith("| type |"))
    assert [cell.removesuffix(" P / R / F1") for cell in header.strip("| ").split(" | ")[2:]] == [
        "model NER",
        "kg rules + model",
        "kg rules alone",
    ]
    per = next(line for line in result.output.splitlines() if line.startswith("| PER |"))
    assert per.split(" | ")[3] == "1.000 / 1.000 / 1.000"  # rules + model: Angela Merkel and Peter Müller
