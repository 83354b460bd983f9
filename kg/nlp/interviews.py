"""Interviews: a paragraph that opens with a speaker's name and a colon is what that speaker said.

News publishes interviews as turns (`tagesschau.de: Herr Kukies, wie groß ist das Loch?` / `Kukies: Es fehlen
zwölf Milliarden Euro.`). No cue word marks them: the label is the speaker, the rest of the paragraph their words,
a question where it ends in a question mark, addressed to the other side of the interview. One label with a colon
is a headline's way of quoting (`Habeck: Wir müssen sparen`) as much as an interview's, so a document is read as
an interview only where at least two paragraphs open so, by at least two speakers or by one speaker between
paragraphs labelled as questions (`Frage: ...`), with sentences after the colon (not a table of results: `Union:
30 Prozent`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kg.nlp.actors import ActorIndex, ActorMention
from kg.nlp.german import QUESTION_LABELS


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the mention of the label and the character span of what follows its colon."""

    speaker: ActorMention
    start: int
    end: int
    content: str
    question: bool
    addressee: ActorMention | None = None


def interview_turns(doc: Doc, actors: ActorIndex) -> list[Turn]:
    """The turns of an interview, in text order; none for a document that is no interview."""
    text = doc.text  # spaCy joins the tokens anew on every call
    found = [turn for mention in actors.mentions if (turn := _turn(text, mention)) is not None]
    speakers = len({t.speaker.key for t in found})
    if len(found) < 2 or (speakers < 2 and not _asked(text)):
        return []
    return [_addressed(turn, found) for turn in found]


def _asked(text: str) -> bool:
    """Paragraphs labelled as the interviewer's questions (`Frage: Wann wird das besser?`)."""
    return any(paragraph.lstrip().startswith(QUESTION_LABELS) for paragraph in text.split("\n"))


def _turn(text: str, mention: ActorMention) -> Turn | None:
    """The turn a label opens: the mention starts a paragraph and a colon follows it."""
    opening = mention.start_char == 0 or text[: mention.start_char].endswith("\n")
    if not opening or mention.incidental or not text[mention.end_char :].startswith(":"):
        return None
    start = mention.end_char + 1
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    content = text[start:end].strip()
    if len(content.split()) < 3 or not content.endswith((".", "?", "!", "\"", "“", "»")):
        return None  # "Union: 30 Prozent" in a table of results says nothing
    start = text.index(content, start)
    return Turn(mention, start, start + len(content), content, question=content.endswith("?"))


def _addressed(turn: Turn, turns: list[Turn]) -> Turn:
    """A turn is said to the other side: the speaker of the nearest turn that is not this speaker's."""
    others = [t for t in turns if t.speaker.key != turn.speaker.key]
    nearest = min(others, key=lambda t: abs(t.start - turn.start), default=None)  # none: an unnamed interviewer
    addressee = nearest.speaker if nearest is not None else None
    return Turn(turn.speaker, turn.start, turn.end, turn.content, turn.question, addressee)
