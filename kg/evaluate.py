"""Scoring extraction against hand-made reference annotations (the format of `shared/gold/README.md`).

Matching follows the reference's own rules: an actor is right when its name is the reference name or one of its
aliases; a statement when its speaker is the same actor and its content overlaps the reference content; an event when
its type is one of the acceptable types and one of its mentions lies in the reference sentence. Each reference item
is matched at most once, so a duplicate actor counts against precision. Optional items never count for recall, and
finding them is not held against precision.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.records import Actor, Event, Extraction, Statement


class GoldError(ValueError):
    """A reference file that cannot be used."""


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.notes += other.notes


@dataclass
class Report:
    actors: Score = field(default_factory=Score)
    statements: Score = field(default_factory=Score)
    events: Score = field(default_factory=Score)
    event_dates: Score = field(default_factory=Score)  # matched events with a reference date: right / wrong
    documents: int = 0

    def add(self, other: Report) -> None:
        for name in ("actors", "statements", "events", "event_dates"):
            getattr(self, name).add(getattr(other, name))
        self.documents += other.documents

    def rows(self) -> list[tuple[str, int, int, int, float, float, float]]:
        return [
            (name, s.true_positives, s.false_positives, s.false_negatives, s.precision, s.recall, s.f1)
            for name, s in (("actors", self.actors), ("statements", self.statements), ("events", self.events))
        ]


def load_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GoldError(f"{path}: not a readable reference file ({err})") from err
    if not isinstance(data, dict) or "document" not in data:
        raise GoldError(f"{path}: a reference file needs a 'document' field")
    return data


def evaluate(
    gold_dir: Path, input_dir: Path, extract: Callable[[Path], Extraction]
) -> tuple[Report, dict[str, Report]]:
    """Score every reference file in `gold_dir` against the extraction of its document in `input_dir`."""
    total, per_document = Report(), {}
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise GoldError(f"{gold_dir}: no reference files (*.json)")
    for path in files:
        gold = load_gold(path)
        source = input_dir / gold["document"]
        if not source.is_file():
            raise GoldError(f"{path}: its document {source} does not exist")
        report = score_document(gold, extract(source))
        per_document[gold["document"]] = report
        total.add(report)
    return total, per_document


def score_document(gold: dict[str, Any], extraction: Extraction) -> Report:
    text = extraction.document.text
    names = _alias_index(gold.get("actors", []))
    places = {_norm(p) for p in gold.get("places", [])}
    actors_by_id = {a.id: a for a in extraction.actors}
    report = Report(documents=1)
    report.actors = _score_actors(extraction.actors, gold.get("actors", []), names, places)
    report.statements = _score_statements(extraction.statements, gold.get("statements", []), text, names, actors_by_id)
    report.events, report.event_dates = _score_events(extraction.events, gold.get("events", []), text)
    return report


# --- actors -------------------------------------------------------------------------------------------------------


_ARTICLE = re.compile(r"^(der|die|das|the)\s+", re.IGNORECASE)


def _norm(name: str) -> str:
    """Compare names without quotation marks, runs of spaces, case, or a leading article ("Der Westen")."""
    return _ARTICLE.sub("", re.sub(r"\s+", " ", name.replace('"', "")).strip()).casefold()


def _alias_index(gold_actors: list[dict[str, Any]]) -> dict[str, str]:
    """Every reference name and alias (normalised) → the canonical reference name."""
    index = {}
    for actor in gold_actors:
        for name in (actor["name"], *actor.get("aliases", [])):
            index.setdefault(_norm(name), actor["name"])
    return index


def _score_actors(found: list[Actor], gold: list[dict[str, Any]], names: dict[str, str], places: set[str]) -> Score:
    score = Score()
    matched: set[str] = set()
    for actor in found:
        target = names.get(_norm(actor.name))
        if target is None:
            if _norm(actor.name) not in places:
                score.false_positives += 1
                score.notes.append(f"actor not in reference: {actor.name} ({actor.type})")
        elif target in matched:
            score.false_positives += 1
            score.notes.append(f"duplicate actor: {actor.name} (already {target})")
        else:
            matched.add(target)
            score.true_positives += 1
    for actor in gold:
        if actor.get("required", True) and actor["name"] not in matched:
            score.false_negatives += 1
            score.notes.append(f"actor missed: {actor['name']}")
    return score


# --- statements ---------------------------------------------------------------------------------------------------


def _locate(text: str, needle: str) -> tuple[int, int] | None:
    start = text.find(needle)
    if start < 0:
        pattern = r"\s+".join(re.escape(w) for w in needle.split())
        match = re.search(pattern, text)
        return match.span() if match else None
    return start, start + len(needle)


def _score_statements(
    found: list[Statement], gold: list[dict[str, Any]], text: str, names: dict[str, str], actors: dict[str, Actor]
) -> Score:
    score = Score()
    used: set[int] = set()
    for statement in found:
        speaker = actors.get(statement.speaker or "")
        speaker_name = names.get(_norm(speaker.name)) if speaker else None
        match = None
        for k, item in enumerate(gold):
            span = _locate(text, item["content"])
            if k in used or span is None or item["speaker"] != speaker_name:
                continue
            if statement.start < span[1] and span[0] < statement.end:
                match = k
                break
        if match is None:
            score.false_positives += 1
            who = speaker.name if speaker else None
            score.notes.append(f"statement not in reference: {who}: {statement.content[:60]!r}")
            continue
        used.add(match)
        if not gold[match].get("optional"):
            score.true_positives += 1
    for k, item in enumerate(gold):
        if k not in used and not item.get("optional"):
            score.false_negatives += 1
            score.notes.append(f"statement missed: {item['speaker']}: {item['content'][:60]!r}")
    return score


# --- events -------------------------------------------------------------------------------------------------------


def _sentence_around(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start = max(text.rfind(ch, 0, span[0]) for ch in ".!?\n") + 1
    ends = [i for i in (text.find(ch, span[1]) for ch in ".!?\n") if i >= 0]
    return start, (min(ends) + 1 if ends else len(text))


def _score_events(found: list[Event], gold: list[dict[str, Any]], text: str) -> tuple[Score, Score]:
    score, dates = Score(), Score()
    sentences = [_sentence_around(text, s) if (s := _locate(text, g["sentence"])) else None for g in gold]
    used: set[int] = set()
    for event in found:
        offsets = [m.start for m in event.mentions] or [event.start]
        match = next(
            (
                k
                for k, g in enumerate(gold)
                if k not in used
                and sentences[k] is not None
                and event.type in g["type"]
                and any(sentences[k][0] <= o < sentences[k][1] for o in offsets)
            ),
            None,
        )
        if match is None:
            score.false_positives += 1
            score.notes.append(f"event not in reference: {event.type} {event.trigger!r}")
            continue
        used.add(match)
        if not gold[match].get("optional"):
            score.true_positives += 1
        if gold[match].get("date"):
            right = event.date == gold[match]["date"]
            dates.true_positives += right
            dates.false_positives += not right
            if not right:
                dates.notes.append(f"event date {event.date} for {event.trigger!r}, reference {gold[match]['date']}")
    for k, item in enumerate(gold):
        if k not in used and not item.get("optional"):
            score.false_negatives += 1
            score.notes.append(f"event missed: {item['type']} {item['trigger']!r}")
    return score, dates


def format_report(report: Report, notes: bool = False) -> Iterable[str]:
    yield f"{'':12} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>6} {'R':>6} {'F1':>6}"
    for name, tp, fp, fn, p, r, f in report.rows():
        yield f"{name:12} {tp:4d} {fp:4d} {fn:4d} {p:6.3f} {r:6.3f} {f:6.3f}"
    dates = report.event_dates
    checked = dates.true_positives + dates.false_positives
    yield f"event dates right: {dates.true_positives}/{checked} matched events with a reference date"
    if notes:
        for score in (report.actors, report.statements, report.events, report.event_dates):
            yield from (f"  - {note}" for note in score.notes)
