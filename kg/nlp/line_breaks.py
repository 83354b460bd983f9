"""A line break always starts a new sentence: news subheadings have no final punctuation.

The component runs before the parser; spaCy's parser keeps sentence starts that are already set, so a
heading line never merges with the sentence below it, and everything else is still segmented by the parser.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc


def line_breaks(doc: Doc) -> Doc:
    """Mark the token after every whitespace token that holds a newline as a sentence start.

    Set as one array: `Token.is_sent_start` checks the whole document on every assignment, which made a text of
    many short lines quadratic."""
    starts = [token.i + 1 for token in doc[:-1] if token.is_space and "\n" in token.text]
    if starts:
        values = doc.to_array([SENT_START])
        values[starts] = 1
        doc.from_array([SENT_START], values)
    return doc


@Language.factory("kg_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> object:
    """A factory (not ``Language.component``) so that the ``spacy_factories`` entry point can name it."""
    return line_breaks
