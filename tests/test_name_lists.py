"""The name-list feature of NER (kg/nlp/name_lists.py): flags per token, saved with the pipeline, embedded."""

from __future__ import annotations

from pathlib import Path

import numpy
import spacy
from spacy.util import registry

from kg.nlp.name_lists import FIRST_NAME, SURNAME, NameLists

LISTS = NameLists(first_names=["Heiner", "Izolda", "Wolf"], surnames=["Brand", "Wolf", "Merkel"])


def test_first_names_and_surnames_with_their_genitive() -> None:
    assert LISTS.flags("Heiner") == FIRST_NAME
    assert LISTS.flags("Brand") == SURNAME
    assert LISTS.flags("Merkels") == SURNAME
    assert LISTS.flags("Wolf") == FIRST_NAME | SURNAME
    assert LISTS.flags("Heiners") == 0  # first names are matched as written
    assert LISTS.flags("Regierung") == 0


def test_component_sets_one_flag_per_token_and_survives_saving(tmp_path: Path) -> None:
    nlp = spacy.blank("de")
    lists = nlp.add_pipe("kg_name_lists")
    lists.first_names, lists.surnames = LISTS.first_names, LISTS.surnames
    nlp.to_disk(tmp_path)
    doc = spacy.load(tmp_path)("Izolda Brand sprach mit Merkels Sprecher .")
    assert doc._.kg_name_flags == [FIRST_NAME, SURNAME, 0, 0, SURNAME, 0, 0]


def test_embedding_gives_one_vector_of_the_width_per_token() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_name_lists")
    docs = [nlp("Izolda Brand sprach ."), nlp("Merkel")]
    embed = registry.architectures.get("kg.NameListEmbed.v1")(
        width=32, attrs=["NORM", "SHAPE"], rows=[100, 50], include_static_vectors=False
    )
    embed.initialize(X=docs)
    vectors = embed.predict(docs)
    assert [v.shape for v in vectors] == [(4, 32), (1, 32)]
    assert numpy.isfinite(vectors[0]).all()


def test_the_flags_change_the_embedding() -> None:
    """The same words with and without flags embed differently: the feature reaches the model."""
    nlp = spacy.blank("de")
    lists = nlp.add_pipe("kg_name_lists")
    lists.first_names = LISTS.first_names
    flagged, unflagged = nlp("Heiner kam ."), spacy.blank("de")("Heiner kam .")
    embed = registry.architectures.get("kg.NameListEmbed.v1")(
        width=16, attrs=["NORM"], rows=[100], include_static_vectors=False
    )
    embed.initialize(X=[flagged])
    with_flags, without_flags = embed.predict([flagged, unflagged])
    assert not numpy.allclose(with_flags[0], without_flags[0])
    assert numpy.allclose(with_flags[1:], without_flags[1:])
