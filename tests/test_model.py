"""The shipped German pipeline (kg/models/de_kg) loads offline and annotates German news sentences sanely."""

from __future__ import annotations

import socket

import pytest
import spacy
from HanTa import HanoverTagger
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.hanta import HANTA_MODEL, HantaTagger, WordCachingTagger, keep_acronym, stts
from kg.nlp.name_lists import FIRST_NAME
from kg.paths import MODELS_DIR

MODEL = MODELS_DIR / "de_kg"
TEXT = (
    "Neue Gespräche in Genf\n"
    "Der Außenminister Heiko Maas sagte am Dienstag in Berlin, die Regierung habe keine andere Wahl gehabt. "
    "Die Vereinten Nationen wollen nun vermitteln."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    """Load with every socket connection refused: the pipeline must need no download."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network disabled in test_model")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", refuse)
        patch.setattr(socket, "create_connection", refuse)
        return spacy.load(MODEL)


@pytest.fixture(scope="module")
def doc(nlp: Language) -> Doc:
    return nlp(TEXT)


def token(doc: Doc, text: str):
    return next(t for t in doc if t.text == text)


def test_pipeline_has_trained_components(nlp: Language) -> None:
    for name in ("tok2vec", "morphologizer", "parser", "ner"):
        assert name in nlp.pipe_names
    assert nlp.lang == "de"


def test_person_and_places_are_entities(doc: Doc) -> None:
    ents = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Heiko Maas", "PER") in ents
    assert ("Berlin", "LOC") in ents


def test_konjunktiv_verb_has_mood_sub(doc: Doc) -> None:
    assert token(doc, "habe").morph.get("Mood") == ["Sub"]
    assert token(doc, "sagte").morph.get("Mood") == ["Ind"]


def test_tags_lemmas_and_case(doc: Doc) -> None:
    sagte = token(doc, "sagte")
    assert (sagte.pos_, sagte.tag_, sagte.lemma_) == ("VERB", "VVFIN", "sagen")
    assert token(doc, "Regierung").morph.get("Case") == ["Nom"]
    assert token(doc, "Nationen").lemma_ == "Nation"


def test_subject_of_reporting_verb_is_ud_nsubj(doc: Doc) -> None:
    sagte = token(doc, "sagte")
    subjects = [child for child in sagte.children if child.dep_ == "nsubj"]
    assert [s.text for s in subjects] == ["Außenminister"]
    assert sagte.dep_ == "ROOT"


def test_line_without_final_punctuation_is_its_own_sentence(doc: Doc) -> None:
    sentences = [sent.text.strip() for sent in doc.sents]
    assert sentences[0] == "Neue Gespräche in Genf"
    assert sentences[1].startswith("Der Außenminister")
    assert len(sentences) == 3
    newline = next(t for t in doc if t.text == "\n")
    assert newline.pos_ == "SPACE"


@pytest.mark.parametrize(
    ("text", "hanta_lemma", "expected"),
    [
        ("USA", "Usa", "USA"),
        ("SPD", "Spd", "SPD"),
        ("Der", "der", "der"),
        ("A", "a", "a"),
        ("NATO-Staaten", "NATO-Staat", "NATO-Staat"),
    ],
)
def test_hanta_lemma_keeps_acronyms(text: str, hanta_lemma: str, expected: str) -> None:
    assert keep_acronym(text, hanta_lemma) == expected


def test_hanta_tags_become_stts() -> None:
    assert [stts(tag) for tag in ("VV(FIN)", "ADJ(A)", "NN", "$.")] == ["VVFIN", "ADJA", "NN", "$."]


def test_hanta_tags_are_the_same_with_its_training_cache(nlp: Language) -> None:
    """Training caches HanTa's analyses per sentence; a cached answer must equal a fresh one."""
    fresh = HantaTagger(set_tags=True, set_lemmas=True)
    cached = HantaTagger(set_tags=True, set_lemmas=True, cached_sentences=10)
    annotations = []
    for tagger in (fresh, cached, cached):  # the second call of `cached` is answered from its cache
        doc = tagger(nlp.make_doc(TEXT))
        annotations.append([(t.tag_, t.lemma_) for t in doc])
    assert annotations[0] == annotations[1] == annotations[2]
    assert ("NE", "Berlin") in annotations[0]


def test_hanta_word_cache_gives_hantas_own_answers() -> None:
    """kg remembers HanTa's analysis per word form; tags and lemmas must be what plain HanTa gives, repeats included."""
    words = ["Die", "Ministerin", "sagte", ",", "die", "Ministerin", "habe", "die", "Verhandlungen", "mit"]
    words += ["Wladiwostok", "verschoben", "."]
    plain = HanoverTagger.HanoverTagger(HANTA_MODEL)
    caching = WordCachingTagger(HANTA_MODEL, maxsize=100)
    assert caching.tag_sent(words) == caching.tag_sent(words) == plain.tag_sent(words)


def test_a_nouns_upos_follows_its_stts_tag() -> None:
    """NN is NOUN and NE is PROPN whatever the morphologizer said; other words keep their UPOS."""
    from kg.nlp.noun_pos import noun_pos

    words = ["Am", "Dienstag", "kam", "Siri"]
    doc = Doc(
        spacy.blank("de").vocab,
        words=words,
        tags=["APPRART", "NN", "VVFIN", "NE"],
        pos=["ADP", "PROPN", "VERB", "NOUN"],
    )
    assert [t.pos_ for t in noun_pos(doc)] == ["ADP", "NOUN", "VERB", "PROPN"]


def test_shipped_pipeline_sets_noun_upos_after_the_morphologizer(nlp: Language) -> None:
    assert nlp.pipe_names.index("kg_noun_pos") > nlp.pipe_names.index("morphologizer")


def test_ner_reads_the_name_list_flags_set_before_it(nlp: Language, doc: Doc) -> None:
    assert nlp.pipe_names.index("name_lists") < nlp.pipe_names.index("ner")
    assert doc._.kg_name_flags[token(doc, "Heiko").i] & FIRST_NAME
    assert doc._.kg_name_flags[token(doc, "Regierung").i] == 0
