"""Whom `er` and `sie` can stand for: the gender of actors and of pronouns.

A person's gender is what the text says (`Bundeskanzlerin`, `Außenminister`) or else what the first name says
(`ontology/first-names.tsv`: the first names that Faker's name tables list for one gender only); a name of both or
of neither leaves it open. An organisation's or a country's is the grammatical gender of its name (`die
Bundesregierung ... sie`, `der Bauernverband ... er`, `die USA ... sie sagten`). A pronoun's is its form and its
verb's number: `sie sagte` is one woman or a feminine organisation, `sie sagten` several.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.tokens import Span, Token

from kg.nlp.german import (
    AUXILIARIES,
    FEMININE_NAMES,
    FEMININE_PERSON_ENDINGS,
    ORGANIZATION_GENDER,
    ORGANIZATION_HEADS,
    PLURAL_NAMES,
    ROLE_HEADS,
)
from kg.paths import ONTOLOGY_DIR
from kg.records import Actor

FIRST_NAMES = ONTOLOGY_DIR / "first-names.tsv"
MASCULINE = frozenset({"er", "ihn", "dieser", "jener", "letzterer"})
FEMININE_OR_PLURAL = frozenset({"sie", "diese", "jene", "letztere"})
DATIVE_PRONOUNS = {"ihm": "m", "ihr": "f", "ihnen": "pl"}
# Role heads with a feminine form among them (`kanzler`, `kanzlerin`), so that a role's ending tells its gender.
_FEMININE_ROLES = tuple(h for h in ROLE_HEADS if h.endswith("in") and h[:-2] in frozenset(ROLE_HEADS))
_MASCULINE_ROLES = tuple(h[:-2] for h in _FEMININE_ROLES)


@cache
def first_name_genders() -> dict[str, str]:
    rows = (line.split("\t") for line in FIRST_NAMES.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


def person_gender(actor: Actor) -> str | None:
    """The gender, `m` or `f`, or None when neither the roles nor the first name tell; an unnamed person's is
    their noun's (`Anwohnerin`, `66-jährige Frau`; `Geschäftsreisender`, `Angeklagter`)."""
    if actor.unnamed:
        noun = actor.name.split()[-1].lower()
        if noun.endswith(FEMININE_PERSON_ENDINGS):
            return "f"
        return role_gender(noun) or ("m" if noun.endswith("er") else None)
    return gender_of(actor.name, actor.roles)


def gender_of(name: str, roles: Iterable[str]) -> str | None:
    """A person's gender by their roles, else by their first name (for people not yet made actors)."""
    for role in roles:
        gender = role_gender(role.split()[-1].rsplit("-", 1)[-1].lower())
        if gender is not None:
            return gender
    return first_name_genders().get(name.split()[0]) if name else None


def agrees(actor: Actor, pronoun: str | None) -> bool:
    """Can a pronoun of this gender (`m`, `f`, `pl`) stand for the actor? A person of unknown gender agrees with
    `er` and `sie`; an organisation of unknown gender only with `sie` and a plural verb."""
    gender = actor_gender(actor)
    if actor.type == "Person":
        return pronoun in ("m", "f") and gender in (None, pronoun)
    return gender == pronoun or (pronoun == "pl" and gender is None)


def actor_gender(actor: Actor) -> str | None:
    """`m`, `f`, `n` or `pl` (grammatical for organisations and countries), or None where kg cannot tell."""
    if actor.type == "Person":
        return person_gender(actor)
    if actor.type == "Group":
        return "pl"
    name = actor.name.casefold()
    if name in PLURAL_NAMES:
        return "pl"
    if name in FEMININE_NAMES:
        return "f"
    if actor.type == "Country":
        return "n"
    words = [word.rsplit("-", 1)[-1] for word in name.split()]
    heads = [word for word in words if any(word.endswith(head) for head in ORGANIZATION_HEADS)]
    return noun_gender(heads[-1]) if heads else None  # "Staatsanwaltschaft Bochum" is a "sie"


def role_gender(role: str) -> str | None:
    """`kanzlerin` is a woman's role, `kanzler` a man's; `vorsitzende` and `papst` say nothing here."""
    if role.endswith(_FEMININE_ROLES):
        return "f"
    return "m" if role.endswith(_MASCULINE_ROLES) else None


def noun_gender(head: str) -> str:
    """The grammatical gender of an organisation head (`m`, `f`, `n`, `pl`), by its ending."""
    ending = max((e for e in ORGANIZATION_GENDER if head.endswith(e)), key=len, default=None)
    return ORGANIZATION_GENDER[ending] if ending is not None else "f"


def pronoun_gender(pronoun: Token, clause: Span) -> str | None:
    """`m`, `f`, `pl` (several, or an organisation), or None for a pronoun of no gender."""
    if pronoun.lower_ in DATIVE_PRONOUNS:
        return DATIVE_PRONOUNS[pronoun.lower_]  # "Ihr zufolge ...": the dative says it
    if pronoun.lower_ in MASCULINE:
        return "m"
    if pronoun.lower_ in FEMININE_OR_PLURAL:
        return "pl" if _plural_verb(clause) else "f"
    return None


def _plural_verb(clause: Span) -> bool:
    """Is the clause's finite verb plural? The morphologizer says so, or else its ending (`sagten`, `haben`)."""
    finite = [t for t in clause if t.lower_ in AUXILIARIES or "Fin" in t.morph.get("VerbForm")]
    verbs = finite or [t for t in clause if t.pos_ in ("VERB", "AUX") or (t.is_alpha and t.text.islower())]
    if not verbs:
        return False
    number = verbs[0].morph.get("Number")
    return "Plur" in number if number else verbs[0].lower_.endswith("en") or verbs[0].lower_ in ("sind", "waren")
