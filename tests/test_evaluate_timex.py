"""Scoring temporal expressions against a TIMEX2 corpus, on a tiny synthetic document."""

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.evaluate_timex import (
    TimexCorpusError,
    evaluate_timex,
    parse_timex2,
    read_corpus,
    score,
    value_kind,
)

# Five reference expressions; "damals" is one the extractor misses, "Mittwoch" one it adds.
SYNTHETIC = """<DOC>
<DOCID>synthetic</DOCID>
<DOCTYPE SOURCE="test"> NEWS </DOCTYPE>
<DATETIME> <TIMEX2 val="2022-01-25T01:42:00">2022-01-25T01:42:00</TIMEX2> </DATETIME>
<TEXT>
Am <TIMEX2 val="2022-01-24">Montag</TIMEX2> hatten die Minister beraten. Die Gespräche sollen \
<TIMEX2 val="2022-02" mod="START">Anfang Februar</TIMEX2> fortgesetzt werden, am Mittwoch reisen sie ab.
Im <TIMEX2 val="2014">Jahr 2014</TIMEX2> begann der Konflikt. \
Die Frist beträgt <TIMEX2 val="P3D">drei Tage</TIMEX2>.
Die Lage war <TIMEX2 val="PAST_REF">damals</TIMEX2> ernst.
</TEXT>
</DOC>
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "keyinline"
    folder.mkdir()
    (folder / "synthetic.key.xml").write_text(SYNTHETIC, encoding="utf-8")
    return tmp_path


def test_tags_become_offsets_into_the_plain_text() -> None:
    document = parse_timex2(SYNTHETIC, "synthetic")
    assert "<TIMEX2" not in document.text
    assert document.created == datetime(2022, 1, 25, 1, 42)
    assert [(document.text[t.start:t.end], t.val) for t in document.timexes] == [
        ("Montag", "2022-01-24"), ("Anfang Februar", "2022-02"), ("Jahr 2014", "2014"),
        ("drei Tage", "P3D"), ("damals", "PAST_REF"),
    ]


def test_scores_count_matches_misses_and_extras(corpus: Path) -> None:
    scores = score(read_corpus(corpus), narrative=False)
    assert (scores.strict.matched, scores.strict.predicted, scores.strict.gold) == (4, 5, 5)
    assert scores.relaxed.precision == pytest.approx(0.8)
    assert scores.relaxed.f1 == pytest.approx(0.8)
    assert {kind: (a.correct, a.total, a.gold) for kind, a in scores.values.items()} == {
        "relative date": (2, 2, 2), "absolute date": (1, 1, 1), "duration": (1, 1, 1), "other": (0, 0, 1),
    }


@pytest.mark.parametrize(
    ("text", "val", "kind"),
    [
        ("21. Februar 2003", "2003-02-21", "absolute date"),
        ("264 v. Chr.", "BC0264", "absolute date"),
        ("17. März", "2003-03-17", "relative date"),
        ("48 Stunden", "P2D", "duration"),
        ("heute", "PRESENT_REF", "other"),
    ],
)
def test_value_kind(text: str, val: str, kind: str) -> None:
    document = parse_timex2(f'<TEXT><TIMEX2 val="{val}">{text}</TIMEX2></TEXT>', "one")
    assert value_kind(document.timexes[0]) == kind


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("<DOC>no text</DOC>", "no <TEXT> element"),
        ("<TEXT><TIMEX2 val='2022'>2022</TEXT>", "not closed"),
        ("<TEXT>2022</TIMEX2></TEXT>", "without an opening tag"),
    ],
)
def test_bad_documents_fail_with_one_line(raw: str, message: str) -> None:
    with pytest.raises(TimexCorpusError, match=message):
        parse_timex2(raw, "bad")


def test_evaluate_timex_prints_both_modes(corpus: Path) -> None:
    table = evaluate_timex(corpus)
    assert "narrative mode" in table and "news mode" in table
    relaxed = [line.split()[-3:] for line in table.splitlines() if line.startswith("relaxed")]
    assert relaxed == [["0.800", "0.800", "0.800"]] * 2


def test_cli_prints_the_table_and_fails_cleanly(corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["eval-timex", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "strict" in result.output
    missing = runner.invoke(app, ["eval-timex", str(tmp_path / "missing")])
    assert missing.exit_code == 1
    assert "not a folder" in missing.output


def test_cli_runs_as_a_process(corpus: Path) -> None:
    process = subprocess.run(
        [sys.executable, "-c", "from kg.cli import app; app()", "eval-timex", str(corpus)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert process.returncode == 0, process.stderr
    assert "by kind of reference" in process.stdout
