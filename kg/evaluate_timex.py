"""Scoring `kg.nlp.dates` against a TIMEX2-annotated corpus such as WikiWarsDE.

The corpus is read from its `keyinline/` folder: ACE-style SGML documents (`<DOC>`, `<DATETIME>`,
`<TEXT>`) whose text carries inline `<TIMEX2 val="...">` tags. The tags are stripped to give the plain text
the extractor sees, and the document creation time (`DATETIME`) is the publication date.

Extraction is scored strictly (same span) and relaxed (overlapping spans, one to one). Normalisation accuracy
is the share of relaxed matches whose value equals the reference `val` (recall is given per kind too), split
by the kind of the reference:
*absolute* dates carry their year in the expression (`21. Februar 2003`, `1939`), *relative* dates need a
reference time (`17. März`, `am folgenden Tag`, `heute`), and the rest are durations (`P2D`) and vague
references (`PRESENT_REF`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kg.nlp.dates import find_time_expressions
from kg.records import TimeExpression

_TAG = re.compile(r"<(/?)TIMEX2([^>]*)>")
_VAL = re.compile(r'\bval="([^"]*)"', re.IGNORECASE)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_DATETIME = re.compile(r"<DATETIME>(.*?)</DATETIME>", re.DOTALL)
_ABSOLUTE = re.compile(r"\b\d{3,4}\b|v\.\s?Chr|n\.\s?Chr|Jahrhundert")


class TimexCorpusError(ValueError):
    """A TIMEX2 corpus that cannot be read; the message says which file and why in one line."""


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    val: str | None


@dataclass(frozen=True)
class TimexDocument:
    id: str
    text: str
    created: datetime | None
    timexes: tuple[GoldTimex, ...]


@dataclass
class Counts:
    """Matches of one comparison: true positives, system and reference totals."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    """Values of one kind of reference expression: how many there are, are found, and are found right."""

    correct: int = 0
    total: int = 0  # found (relaxed match)
    gold: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def recall(self) -> float:
        return self.total / self.gold if self.gold else 0.0


@dataclass
class TimexScores:
    documents: int
    strict: Counts
    relaxed: Counts
    values: dict[str, Accuracy]  # kind of reference value -> accuracy over relaxed matches


# ----------------------------------------------------------------------------------------------------
# Reading.


def parse_timex2(raw: str, doc_id: str) -> TimexDocument:
    """A document from inline-annotated SGML: the text without tags, and the tags as offsets into it."""
    body = _TEXT.search(raw)
    if body is None:
        raise TimexCorpusError(f"{doc_id}: no <TEXT> element")
    text, timexes = _strip_tags(body.group(1), doc_id)
    return TimexDocument(doc_id, text, _creation_time(raw), tuple(timexes))


def _strip_tags(annotated: str, doc_id: str) -> tuple[str, list[GoldTimex]]:
    parts: list[str] = []
    length, position = 0, 0
    open_tags: list[tuple[int, str | None]] = []
    timexes: list[GoldTimex] = []
    for tag in _TAG.finditer(annotated):
        chunk = annotated[position:tag.start()]
        parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        if not tag.group(1):
            value = _VAL.search(tag.group(2))
            open_tags.append((length, value.group(1) if value else None))
        elif open_tags:
            start, val = open_tags.pop()
            timexes.append(GoldTimex(start, length, "".join(parts)[start:length], val))
        else:
            raise TimexCorpusError(f"{doc_id}: </TIMEX2> without an opening tag at character {tag.start()}")
    if open_tags:
        raise TimexCorpusError(f"{doc_id}: <TIMEX2> not closed")
    parts.append(annotated[position:])
    return "".join(parts), sorted(timexes, key=lambda t: (t.start, -t.end))


def _creation_time(raw: str) -> datetime | None:
    match = _DATETIME.search(raw)
    if match is None:
        return None
    stamp = re.sub(r"<[^>]+>", "", match.group(1)).strip()
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        return None


def read_corpus(directory: Path) -> list[TimexDocument]:
    """The documents of a TIMEX2 corpus folder (its `keyinline/` subfolder if it has one)."""
    folder = directory / "keyinline" if (directory / "keyinline").is_dir() else directory
    if not folder.is_dir():
        raise TimexCorpusError(f"{directory}: not a folder")
    paths = sorted(p for p in folder.iterdir() if p.suffix in (".xml", ".sgm", ".tml"))
    if not paths:
        raise TimexCorpusError(f"{folder}: no .xml, .sgm or .tml files with inline TIMEX2 annotations")
    documents = []
    for path in paths:
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise TimexCorpusError(f"{path}: cannot read ({err})") from err
        documents.append(parse_timex2(raw, path.name.split(".")[0]))
    return documents


# ----------------------------------------------------------------------------------------------------
# Scoring.


def value_kind(gold: GoldTimex) -> str:
    """`absolute date`, `relative date`, `duration` or `other` (vague references, sets, unknown values)."""
    val = gold.val or ""
    if re.match(r"^(?:BC)?\d", val):
        return "absolute date" if _ABSOLUTE.search(gold.text) else "relative date"
    if re.match(r"^PT?[\dX]", val):
        return "duration"
    return "other"


def _overlaps(a: GoldTimex, b: TimeExpression) -> bool:
    return a.start < b.end and b.start < a.end


def score(documents: Iterable[TimexDocument], *, narrative: bool) -> TimexScores:
    """Run the extractor over each document and compare with its reference annotations."""
    strict, relaxed = Counts(), Counts()
    values: dict[str, Accuracy] = {}
    count = 0
    for document in documents:
        count += 1
        found = find_time_expressions(document.text, document.created, narrative=narrative, calendar_only=False)
        gold = document.timexes
        for counts in (strict, relaxed):
            counts.predicted += len(found)
            counts.gold += len(gold)
        for reference in gold:
            values.setdefault(value_kind(reference), Accuracy()).gold += 1
        exact = {(t.start, t.end) for t in gold}
        strict.matched += sum((f.start, f.end) in exact for f in found)
        for reference, system in _pair(gold, found):
            relaxed.matched += 1
            accuracy = values[value_kind(reference)]
            accuracy.total += 1
            accuracy.correct += system.value == reference.val
    return TimexScores(count, strict, relaxed, values)


def _pair(gold: Iterable[GoldTimex], found: list[TimeExpression]) -> list[tuple[GoldTimex, TimeExpression]]:
    """One-to-one overlapping pairs: each reference takes the first unused system expression it overlaps."""
    used: set[int] = set()
    pairs = []
    for reference in gold:
        for index, system in enumerate(found):
            if index not in used and _overlaps(reference, system):
                used.add(index)
                pairs.append((reference, system))
                break
    return pairs


def format_scores(scores: TimexScores, title: str) -> str:
    """A plain-text table of the scores."""
    lines = [
        f"{title} ({scores.documents} documents, {scores.strict.gold} reference expressions)",
        f"{'extraction':<24}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for name, counts in (("strict", scores.strict), ("relaxed (overlap)", scores.relaxed)):
        lines.append(f"{name:<24}{counts.precision:>8.3f}{counts.recall:>8.3f}{counts.f1:>8.3f}")
    lines.append(f"{'by kind of reference':<24}{'gold':>8}{'found':>8}{'recall':>8}{'value':>8}")
    kinds = ("absolute date", "relative date", "duration", "other")
    dates = [scores.values[k] for k in kinds[:2] if k in scores.values]
    total = Accuracy(sum(a.correct for a in dates), sum(a.total for a in dates), sum(a.gold for a in dates))
    rows = [(k, scores.values[k]) for k in (*kinds, *sorted(set(scores.values) - set(kinds))) if k in scores.values]
    for kind, accuracy in [*rows, ("all dates", total)]:
        lines.append(
            f"{kind:<24}{accuracy.gold:>8}{accuracy.total:>8}{accuracy.recall:>8.3f}{accuracy.value:>8.3f}"
        )
    return "\n".join(lines)


def evaluate_timex(directory: Path) -> str:
    """The score tables of a TIMEX2 corpus folder, in narrative and in news mode."""
    documents = read_corpus(directory)
    return "\n\n".join(
        format_scores(score(documents, narrative=narrative), f"{directory.name}: {mode} mode")
        for narrative, mode in ((True, "narrative"), (False, "news"))
    )
