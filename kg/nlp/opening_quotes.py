"""An opening quotation mark after a sentence's final punctuation starts the next sentence.

spaCy's sentencizer ends a sentence at the first word after a full stop and counts every punctuation mark before
that word as the sentence's own, which is right for a closing mark (`... Ende.“ Dann`) and wrong for an opening one
(`... sprach von einem Weckruf. „Ein Frankreich ...`): the quotation lost its first mark to the sentence before, and
a speaker was then looked for on the wrong side of it. This component runs after the sentencizer and moves such a
start back onto the mark.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.nlp.german import QUOTE_MARKS

FINAL_PUNCTUATION = frozenset(".!?:")


def opening_quotes(doc: Doc) -> Doc:
    """Move each sentence start that follows an opening mark onto the mark (set as one array, as `line_breaks`)."""
    marks = [t.i for t in doc[1:-1] if _opens_after_a_sentence(t)]
    if marks:
        values = doc.to_array([SENT_START]).astype("int64")  # -1 (no start) is stored wrapped in spaCy's uint64
        for i in marks:
            values[i], values[i + 1] = 1, -1
        doc.from_array([SENT_START], values.astype("uint64"))
    return doc


def _opens_after_a_sentence(mark: Token) -> bool:
    """A quotation mark with a space before and none after, right after a full stop, and before a sentence start."""
    before = mark.nbor(-1)
    return (
        mark.text in QUOTE_MARKS
        and not mark.whitespace_
        and bool(before.whitespace_)
        and before.text in FINAL_PUNCTUATION
        and mark.nbor().is_sent_start is True
    )


@Language.factory("kg_opening_quotes", assigns=["token.is_sent_start"])
def make_opening_quotes(nlp: Language, name: str) -> object:
    """A factory (not ``Language.component``) so that the ``spacy_factories`` entry point can name it."""
    return opening_quotes
