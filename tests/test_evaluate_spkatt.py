"""Scoring statements against SpkAtt-2023 speaker attribution, on a tiny synthetic speech of our own."""

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.evaluate_spkatt import (
    SpeechEvent,
    SpkAttCorpusError,
    corpus_files,
    detokenize,
    is_reported_speech,
    is_third_person,
    pair_cues,
    parse_speech,
    read_speeches,
    score_speech,
    speech_date,
)


def _event(cue: list[str], source: list[str] = (), message: list[str] = (), addr: list[str] = ()) -> dict:
    return {
        "Cue": cue, "Source": list(source), "Message": list(message), "Addr": list(addr),
        "Medium": [], "Topic": [], "Evidence": [], "PTC": [],
    }  # fmt: skip


# Four reference events: reported speech (indirect, then direct), a first-person thought, a nominal cue whose
# Source is in the sentence before (the corpus links roles across its sentence fragments).
SPEECH = {
    "Sentences": [
        {"SentenceId": 0, "Tokens": ["Die", "Ministerin", "Anna", "Berger", "sagte", ",", "die", "Reform", "komme",
                                     "bald", "."]},
        {"SentenceId": 1, "Tokens": ["„", "Wir", "sind", "bereit", "“", ",", "erklärte", "Innenminister", "Müller",
                                     "."]},
        {"SentenceId": 2, "Tokens": ["Ich", "glaube", ",", "dass", "das", "stimmt", "."]},
        {"SentenceId": 3, "Tokens": ["Die", "Grünen", ","]},
        {"SentenceId": 4, "Tokens": ["deren", "Antrag", "kommt", "zu", "spät", "."]},
    ],
    "Annotations": [
        _event(["0:4"], ["0:0", "0:1", "0:2", "0:3"], ["0:6", "0:7", "0:8", "0:9"]),
        _event(["1:6"], ["1:7", "1:8"], ["1:0", "1:1", "1:2", "1:3", "1:4"]),
        _event(["2:1"], ["2:0"], ["2:3", "2:4", "2:5"]),
        _event(["4:1"], ["3:0", "3:1"]),
    ],
}  # fmt: skip


@pytest.fixture
def speech():
    return parse_speech(SPEECH, "synthetic")


def test_detokenized_text_keeps_german_punctuation_and_token_offsets() -> None:
    tokens = [["„", "Ja", "“", ",", "sagte", "sie", "."], ["Gut", "!"]]
    text, spans = detokenize(tokens)
    assert text == "„Ja“, sagte sie. Gut!"
    assert [text[s:e] for s, e in spans] == [t for sentence in tokens for t in sentence]


def test_token_ids_map_to_the_speech_text(speech) -> None:
    assert speech.text.startswith("Die Ministerin Anna Berger sagte, die Reform komme bald. „Wir sind bereit“,")
    first, second, _, nominal = speech.events
    assert speech.words(first.source) == ["Die", "Ministerin", "Anna", "Berger"]
    assert speech.words(second.message) == ["„", "Wir", "sind", "bereit", "“"]
    assert speech.words(nominal.source) == ["Die", "Grünen"]  # a role in the sentence before its cue
    assert nominal.label == "Antrag"
    start = speech.text.index("sagte")
    assert speech.tokens_in(start, start + 5) == first.cue


def test_reported_speech_leaves_out_first_person_and_nominal_cues(speech) -> None:
    assert [is_reported_speech(e, speech) for e in speech.events] == [True, True, False, False]


def test_third_person_leaves_out_a_colleague_addressed() -> None:
    data = {
        "Sentences": [{"SentenceId": 0, "Tokens": ["Das", "sagen", "Sie", "nicht", ",", "dass", "es", "geht", "."]},
                      {"SentenceId": 1, "Tokens": ["Sie", "sagte", ",", "es", "gehe", "."]}],
        "Annotations": [_event(["0:1"], ["0:2"], ["0:0"]), _event(["1:1"], ["1:0"], ["1:3", "1:4"])],
    }  # fmt: skip
    speech = parse_speech(data, "synthetic")
    assert [is_reported_speech(e, speech) for e in speech.events] == [True, True]
    assert [is_third_person(e, speech) for e in speech.events] == [False, True]  # the sentence's first Sie is she


def test_the_debate_day_in_the_file_name_is_the_publication_date() -> None:
    assert speech_date("19088_Zusatzpunkt_1_FDP_Toncar_ID198809500_20.03.2019") == datetime(2019, 3, 20)
    assert speech_date("19088_Zusatzpunkt_1_FDP_Toncar_ID198809500_31.02.2019") is None
    assert speech_date("rede") is None


def test_cues_pair_one_to_one_by_overlap() -> None:
    gold = [SpeechEvent(cue=frozenset({1, 2})), SpeechEvent(cue=frozenset({5}))]
    found = [SpeechEvent(cue=frozenset({2})), SpeechEvent(cue=frozenset({1, 2})), SpeechEvent(cue=frozenset({7}))]
    assert pair_cues(gold, found) == [(0, 1)]


def test_scores_of_cues_sources_and_messages(speech) -> None:
    first, second, _, _ = speech.events
    found = [
        # the name without its title (source overlaps), the message whole
        SpeechEvent(cue=first.cue, source=frozenset({2, 3}), message=first.message),
        # the right cue with the wrong source, and a message without its quotation marks
        SpeechEvent(cue=second.cue, source=frozenset({0}), message=second.message - {11, 15}),
        SpeechEvent(cue=frozenset({30}), source=frozenset({29}), message=frozenset({31})),  # no reference event
    ]
    scores = score_speech(speech, found)
    assert (scores.cue.true_positives, scores.cue.false_positives, scores.cue.false_negatives) == (2, 1, 2)
    source = scores.roles["source"]
    assert (source.attribution.true_positives, source.attribution.false_positives) == (1, 2)
    assert source.attribution.false_negatives == 3  # four reference sources, one found
    assert (source.tokens.true_positives, source.tokens.false_positives, source.tokens.false_negatives) == (2, 1, 4)
    message = scores.roles["message"]
    assert message.attribution.recall == pytest.approx(2 / 3)
    assert message.tokens.precision == 1.0 and message.tokens.recall == 1.0  # quotation marks are not counted
    assert scores.missed == {"glaube": 1, "antrag": 1}

    reported = score_speech(speech, found, {0, 1})
    assert reported.cue.recall == 1.0 and reported.cue.precision == pytest.approx(2 / 3)


def test_the_reference_itself_scores_one(speech) -> None:
    scores = score_speech(speech, list(speech.events))
    assert scores.cue.f1 == 1.0
    assert scores.roles["source"].attribution.f1 == 1.0 and scores.roles["message"].tokens.f1 == 1.0
    assert not scores.missed and not scores.spurious


def test_bad_corpora_give_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(SpkAttCorpusError, match="no SpkAtt JSON"):
        corpus_files(tmp_path)
    bad = json.loads(json.dumps(SPEECH))
    bad["Annotations"][0]["Cue"] = ["0:99"]
    with pytest.raises(SpkAttCorpusError, match="not in the text"):
        parse_speech(bad, "bad")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(SpkAttCorpusError, match=r"broken\.json: cannot read"):
        list(read_speeches(corpus_files(tmp_path)))
    with pytest.raises(SpkAttCorpusError, match="not SpkAtt"):
        parse_speech({"Sentences": []}, "empty")


def test_cli_scores_a_corpus_with_the_rule_pipeline(tmp_path: Path) -> None:
    folder = tmp_path / "task1"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps(SPEECH, ensure_ascii=False), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps(SPEECH, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval-spkatt", str(tmp_path), "--limit", "1", "--model", "blank"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 speeches, 37 tokens")
    cue_row = next(line for line in result.output.splitlines() if line.startswith("| all | cue |"))
    assert cue_row.endswith("| 4 |")  # four reference events
    assert "| 0.000 | 0.000 |" not in cue_row  # kg finds `sagte` at least


def test_cli_reports_a_missing_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval-spkatt", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "no such folder" in result.output
