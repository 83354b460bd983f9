"""The gender of people (roles, first names) and of pronouns, which pronoun resolution checks agreement with."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.gender import first_name_genders, person_gender, pronoun_gender, role_gender
from kg.records import Actor


@pytest.mark.parametrize(
    ("role", "gender"),
    [("bundeskanzlerin", "f"), ("außenminister", "m"), ("regierungssprecherin", "f"), ("vorsitzende", None)],
)
def test_a_role_noun_tells_the_gender_where_german_marks_it(role: str, gender: str | None) -> None:
    assert role_gender(role) == gender


def test_the_text_outranks_the_first_name() -> None:
    assert person_gender(Actor(id="a1", name="Andrea Nahles", type="Person", roles=["SPD-Vorsitzende"])) is None
    assert person_gender(Actor(id="a1", name="Andrea Nahles", type="Person", roles=["Arbeitsministerin"])) == "f"
    assert person_gender(Actor(id="a2", name="Olaf Scholz", type="Person")) == "m"


def test_first_names_of_both_genders_are_left_out() -> None:
    names = first_name_genders()
    assert (names["Annalena"], names["Olaf"]) == ("f", "m")
    assert "Andrea" not in names and "Kim" not in names


@pytest.mark.parametrize(
    ("text", "gender"),
    [("Sie sagte, es gehe.", "f"), ("Sie sagten, es gehe.", "pl"), ("Er sagte, es gehe.", "m"), ("Es hieß.", None)],
)
def test_a_pronouns_gender_and_number(text: str, gender: str | None) -> None:
    doc = spacy.blank("de")(text)
    assert pronoun_gender(doc[0], doc[0:3]) == gender
