"""The notebook API: texts in, rows out, with the real pipeline and store."""

from __future__ import annotations

from datetime import datetime

import kg

TEXT = "Außenministerin Annalena Baerbock sagte, die Lage sei ernst. Die Nato verlegt Truppen nach Litauen."


def test_texts_to_rows() -> None:
    graph = kg.KnowledgeGraph.from_texts([TEXT], published=datetime(2022, 2, 1), model="blank")
    statements = graph.query("statements")
    assert [row["speaker"] for row in statements] == ["Annalena Baerbock"]
    assert any(row["type"] == "MOBILIZE" for row in graph.query("events"))
    actors = {row["actor"] for row in graph.query("actors")}
    assert {"Annalena Baerbock", "NATO", "Litauen"} <= actors


def test_extract_returns_records() -> None:
    (extraction,) = kg.extract_texts(TEXT, model="blank")
    assert extraction.document.text == TEXT
    assert extraction.statements[0].content == "die Lage sei ernst"
