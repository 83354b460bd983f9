"""A full stop after a number ends the sentence when the next word shows it does.

German writes ordinals with a full stop (`am 3. Oktober`, `der 2. Weltkrieg`), so spaCy's German tokenizer keeps
`100.` as one token, and a sentence that ends in a number (`sprach von 100.000. Wegen des Andrangs ...`) ran on
into the next one: speakers and agents of one sentence were found in the other. This component splits the full
stop off when no ordinal can be meant: a number with digit grouping, a decimal comma or four digits (a year) before
a capitalised word that is no month, or any number before a word that opens sentences and never follows an
ordinal (`Die`, `Er`, `Wegen`). A road's or a train's number (`auf der A100.`) is no ordinal either. The
sentencizer then ends the sentence there.

A capital letter with a full stop (`X.`) is kept whole too, as an initial (`Issa al H.`, `John F. Kennedy`). After
a word that is no first name and no name particle (`auf der Plattform X. Premierminister ...`, `gegen X.` at the
end of a paragraph) it is a name that ends the sentence.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.nlp.dates import MONTHS
from kg.nlp.gender import first_name_genders
from kg.nlp.german import ARTICLES, FUSED_PREPOSITIONS, NAME_PARTICLES, PREPOSITIONS, SENTENCE_OPENERS

NUMBER_STOP = re.compile(r"(?:[A-ZÄÖÜ]{1,4}-?)?\d+(?:[.,]\d+)*\.")  # a road or a train too: "A100.", "ICE-100."
LETTER_STOP = re.compile(r"[A-ZÄÖÜ]\.")
NO_ORDINAL = re.compile(r"\d{1,3}(?:\.\d{3})+\.|\d+,\d+\.|\d{4,}\.|[A-ZÄÖÜ]{1,4}-?\d+\.")  # 100.000. 2,4. 2025. A100.
OPENERS = ARTICLES | PREPOSITIONS | FUSED_PREPOSITIONS | SENTENCE_OPENERS


def number_stops(doc: Doc) -> Doc:
    """Split `100.` into `100` and `.` where the full stop ends a sentence. Both parts are their own heads, as every
    token is before the parser: a head would set sentence boundaries that the sentencizer then keeps."""
    ends = [token for token in doc if _letter_stop(token) or (token.i + 1 < len(doc) and _number_stop(token))]
    if ends:
        with doc.retokenize() as retokenizer:
            for token in ends:
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 1)])
    return doc


def _number_stop(token: Token) -> bool:
    return NUMBER_STOP.fullmatch(token.text) is not None and _ends_sentence(token)


def _letter_stop(token: Token) -> bool:
    """`X.` after a word that cannot be a first name or a name particle, before a capitalised word, a line break or
    the end of the text."""
    if not LETTER_STOP.fullmatch(token.text) or token.i == 0:
        return False
    before = token.nbor(-1)
    if before.text in first_name_genders() or before.lower_ in NAME_PARTICLES or LETTER_STOP.fullmatch(before.text):
        return False  # an initial: "John F. Kennedy", "Issa al H."
    if token.i + 1 == len(token.doc):
        return True
    following = token.nbor()
    return (bool(token.whitespace_) and following.text[:1].isupper()) or (following.is_space and "\n" in following.text)


def _ends_sentence(token: Token) -> bool:
    following = token.nbor()
    if not token.whitespace_ or not following.text[:1].isupper():
        return False
    word = following.lower_
    return word in OPENERS or (NO_ORDINAL.fullmatch(token.text) is not None and word not in MONTHS)


@Language.factory("kg_number_stops", assigns=["token.orth"])
def make_number_stops(nlp: Language, name: str) -> object:
    """A factory (not ``Language.component``) so that the ``spacy_factories`` entry point can name it."""
    return number_stops
