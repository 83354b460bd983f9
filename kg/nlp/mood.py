"""A pipeline component that marks Konjunktiv verb forms as `Mood=Sub` where no morphologizer did.

It also gives auxiliaries and modals their lemma ("soll" → "sollen"), which lookup tables miss; factuality
markers and tense need them.

Konjunktiv is what marks indirect speech in German news. A trained morphologizer sets `Mood=Sub`; a blank pipeline
has no morphology, so this component adds it from the forms themselves: the irregular forms in
`german.KONJUNKTIV`, and the regular Konjunktiv I of the third person singular (`entscheide`, `erwäge`), a stem + e
whose infinitive (stem + en) is a known verb and that stands where a finite verb stands.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.nlp.german import AUXILIARY_LEMMAS, DETERMINERS, KONJUNKTIV, NOT_KONJUNKTIV


class KonjunktivMarker:
    def __init__(self, infinitives: Iterable[str]) -> None:
        self.infinitives = frozenset(infinitives)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            lemma = AUXILIARY_LEMMAS.get(token.lower_)
            if lemma is not None and token.lemma_.lower() != lemma:
                token.lemma_ = lemma
            if "Sub" not in token.morph.get("Mood") and self.is_konjunktiv(token):
                features = token.morph.to_dict()
                features["Mood"] = "Sub"
                token.set_morph(features)
                if token.lemma_ in ("", token.text) and token.lower_ + "n" in self.infinitives:
                    token.lemma_ = token.lower_ + "n"  # "verstärke" → "verstärken", unknown to the lookup table
        return doc

    def is_konjunktiv(self, token: Token) -> bool:
        lower = token.lower_
        if lower in KONJUNKTIV:
            return True
        if not token.is_alpha or not token.text[0].islower() or lower in NOT_KONJUNKTIV or len(lower) < 4:
            return False
        if "1" in token.morph.get("Person") or token.pos_ in ("DET", "PRON", "ADP", "NOUN", "PROPN", "NUM"):
            return False  # "ich entscheide" is indicative; a tagger's ADJ or VERB on such a form is not trusted
        previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        infinitive = lower + "n"
        known = infinitive in self.infinitives or token.lemma_.lower() == infinitive
        return lower.endswith("e") and known and previous not in DETERMINERS | {"zu"}


@Language.factory("kg_konjunktiv", requires=["token.lemma"], assigns=["token.morph", "token.lemma"])
def make_konjunktiv_marker(nlp: Language, name: str) -> KonjunktivMarker:
    return KonjunktivMarker(_known_infinitives(nlp))


def _known_infinitives(nlp: Language) -> set[str]:
    """Lower-case lemmas ending in -en from the lookup lemmatizer's table, where the pipeline has one; a trained
    lemmatizer instead gives the infinitive as the lemma of the form itself."""
    if nlp.has_pipe("lemmatizer") and nlp.get_pipe("lemmatizer").lookups.has_table("lemma_lookup"):
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
        return {v for v in table.values() if isinstance(v, str) and v.islower() and v.endswith("en")}
    return set()
