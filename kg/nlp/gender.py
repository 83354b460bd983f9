"""Whom `er` and `sie` can stand for: the gender of people and of pronouns.

A person's gender is what the text says (`Bundeskanzlerin`, `Außenminister`) or else what the first name says
(`ontology/first-names.tsv`: the first names that Faker's name tables list for one gender only); a name of both or
of neither leaves it open. A pronoun's is its form and its verb's number: `sie sagte` is one woman, `sie sagten`
several (an organisation or a group).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from kg.nlp.german import AUXILIARIES, ROLE_HEADS
from kg.paths import ONTOLOGY_DIR
from kg.records import Actor

FIRST_NAMES = ONTOLOGY_DIR / "first-names.tsv"
MASCULINE = frozenset({"er", "dieser", "jener", "letzterer"})
FEMININE_OR_PLURAL = frozenset({"sie", "diese", "jene", "letztere"})


@cache
def first_name_genders() -> dict[str, str]:
    rows = (line.split("\t") for line in FIRST_NAMES.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


def person_gender(actor: Actor) -> str | None:
    """"m", "f", or None when neither the roles nor the first name tell."""
    for role in actor.roles:
        gender = role_gender(role.split()[-1].rsplit("-", 1)[-1].lower())
        if gender is not None:
            return gender
    return first_name_genders().get(actor.name.split()[0]) if actor.name else None


def role_gender(role: str) -> str | None:
    """`kanzlerin` is a woman's role, `kanzler` a man's; `vorsitzende` and `papst` say nothing here."""
    if any(role.endswith(head) and head.endswith("in") and head[:-2] in ROLE_HEADS for head in ROLE_HEADS):
        return "f"
    if any(role.endswith(head) and head + "in" in ROLE_HEADS for head in ROLE_HEADS):
        return "m"
    return None


def pronoun_gender(pronoun: Token, clause: Span) -> str | None:
    """"m", "f", "pl" (several, or an organisation), or None for a pronoun of no gender."""
    if pronoun.lower_ in MASCULINE:
        return "m"
    if pronoun.lower_ in FEMININE_OR_PLURAL:
        return "pl" if _plural_verb(clause) else "f"
    return None


def _plural_verb(clause: Span) -> bool:
    """Is the clause's finite verb plural? The morphologizer says so, or else its ending (`sagten`, `haben`)."""
    finite = [t for t in clause if t.lower_ in AUXILIARIES or "Fin" in t.morph.get("VerbForm")]
    if not finite:
        finite = [t for t in clause if t.pos_ in ("VERB", "AUX") or (t.is_alpha and t.text.islower())][:1]
    for verb in finite:
        number = verb.morph.get("Number")
        if number:
            return "Plur" in number
        return verb.lower_.endswith("en") or verb.lower_ in ("sind", "waren")
    return False
