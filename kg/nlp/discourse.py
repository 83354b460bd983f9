"""What a reader of a news text keeps in mind from one sentence to the next.

`statements.py` reads a document sentence by sentence and records here who spoke last, in which sentence, whom the
last sentence opened with and which quotations are used up. The speaker, source and continuation rules consult it,
so that `er`, `der Sprecher` or a sentence in Konjunktiv go to the person a reader would give them to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from kg.records import Statement

CONTINUATION_WINDOW = 3  # sentences after a statement in which Konjunktiv still reports its speaker


@dataclass
class Found:
    """A statement with the actors it is about, for the events that speech acts are."""

    statement: Statement
    speaker_key: str | None
    targets: list[str] = field(default_factory=list)  # actor keys
    co_speakers: list[str] = field(default_factory=list)  # "die USA und ihre europäischen Verbündeten"
    sentence: Span | None = None
    opened_by: Found | None = None  # for a continuation: the statement with the cue that it continues


@dataclass
class Discourse:
    """Who spoke last and where, and what else of the sentences read so far the next sentence may refer to."""

    last_key: str | None = None
    last_sentence: int = -10
    last_opening: Found | None = None
    previous: Span | None = None  # the sentence before the current one
    previous_said: tuple[int, int] | None = None  # what a statement of that sentence said, its character span
    used_quotes: set[int] = field(default_factory=set)
    silent_speaker: str | None = None  # who spoke in the sentence with nothing to take as said (`äußerte sich X`)
    current: int = 0  # the index of the sentence being read
    unattributed: int = -10  # the last sentence with a cue kg could not attribute: no continuation goes past it
    in_sentence: list[Found] = field(default_factory=list)  # the statements made so far in the current sentence
    focus: str | None = None  # the person the last sentence opening with one opened with
    past_after: int = -10  # a sentence in the plural past right after a statement, which may go on reporting it
    focus_sentence: int = -10
