"""The gender of people (roles, first names) and of pronouns, which pronoun resolution checks agreement with."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.gender import actor_gender, agrees, first_name_genders, person_gender, pronoun_gender, role_gender
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


def test_a_first_name_nearly_every_locale_gives_one_gender_has_it() -> None:
    names = first_name_genders()  # Christian: male in 21 of Faker's locales, female in one
    assert (names["Christian"], names["Luca"], names["Lena"], names["Olga"]) == ("m", "m", "f", "f")
    assert "Jan" not in names  # female in two locales


@pytest.mark.parametrize(
    ("text", "gender"),
    [("Sie sagte, es gehe.", "f"), ("Sie sagten, es gehe.", "pl"), ("Er sagte, es gehe.", "m"), ("Es hieß.", None)],
)
def test_a_pronouns_gender_and_number(text: str, gender: str | None) -> None:
    doc = spacy.blank("de")(text)
    assert pronoun_gender(doc[0], doc[0:3]) == gender


@pytest.mark.parametrize(
    ("name", "type_", "gender"),
    [
        ("Bundesregierung", "Organization", "f"),
        ("Bauernverband", "Organization", "m"),
        ("Verteidigungsministerium", "Organization", "n"),
        ("Vereinigte Staaten", "Country", "pl"),
        ("Ukraine", "Country", "f"),
        ("Russland", "Country", "n"),
        ("Westliche Staaten", "Group", "pl"),
        ("Hamas", "Organization", None),
    ],
)
def test_organisations_and_countries_have_the_gender_of_their_name(name: str, type_: str, gender: str | None) -> None:
    assert actor_gender(Actor(id="a1", name=name, type=type_)) == gender


def test_agreement_lets_unknown_people_take_er_and_sie_but_not_unknown_organisations() -> None:
    unknown_person, unknown_org = Actor("a1", "Kim Park", "Person"), Actor("a2", "Hamas", "Organization")
    assert agrees(unknown_person, "m") and agrees(unknown_person, "f") and not agrees(unknown_person, "pl")
    assert not agrees(unknown_org, "f") and agrees(unknown_org, "pl")
