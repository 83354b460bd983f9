"""Whom a pronoun stands for, and whom a sentence opens with.

`er`, `sie`, `dieser` and relative `der` go on with the last speaker where they agree in gender and number
(`kg.nlp.gender`), else with whom the sentence before opened (a person, or a body: `Die Gewerkschaft Verdi
fordert ... Für Montag rief sie ... auf`), a spokesperson who opened it and said nothing, or the person named last.
Whom a sentence opens with is also whom the Konjunktiv after it reports (`X zeigte sich gelassen. Er sei ...`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.actors import ActorIndex, ActorMention, article_of, is_genitive_of, mention_as, opens_clause
from kg.nlp.bodies import body_mentions, body_of_member, member_noun, spokesperson_prefix
from kg.nlp.discourse import Discourse
from kg.nlp.gender import agrees, pronoun_gender
from kg.nlp.german import DEMONSTRATIVE_PRONOUNS, DETERMINERS
from kg.nlp.syntax import clause_of, is_adjective, is_finite, is_finite_or_konjunktiv, is_role, owner_after
from kg.nlp.unnamed import is_person_noun, unnamed_subject


def resolve_pronoun(pronoun: Token, actors: ActorIndex, state: Discourse) -> ActorMention | None:
    """A personal pronoun speaks for the last speaker, or else the person (failing that, the organisation) named
    last before it; a demonstrative (`dieser`) for the one named last, which is why a writer chooses it. Either must
    agree in gender and number (`kg.nlp.gender`): `er` with a man, `sie sagte` with a woman or `die Regierung`, `sie
    sagten` with an organisation or a group."""
    if pronoun.text == "Sie" and not pronoun.is_sent_start:
        return None  # "Das sagen Sie nicht": the formal you is someone addressed, not someone reported
    gender = pronoun_gender(pronoun, clause_of(pronoun))
    fits = {key: agrees(actor, gender) for key, actor in actors.actors.items()}
    key = state.last_key if pronoun.lower_ not in DEMONSTRATIVE_PRONOUNS else None
    opener = opening_person(state.previous, actors) if state.previous is not None else None
    said = state.previous_said
    if opener is not None and said is not None and said[0] <= opener.start_char < said[1]:
        opener = None  # "Whitaker sei ein großartiger Kandidat, schrieb er": what was said is about Whitaker
    body = opening_body(state.previous, actors) if opener is None and state.previous is not None else None
    if key is not None and opener is not None and fits[opener.key]:
        key = opener.key  # "Trump reagierte spöttisch. Biden sei ..., schrieb er": the subject of the last sentence
    elif body is not None and gender in ("f", "pl") and (fits[body.key] or _after_die(body, pronoun.doc)):
        key, fits[body.key] = body.key, True  # "Die Bürgerinitiative X will das nicht hinnehmen. Sie hat ...
        # gesammelt"; "Die Gewerkschaft Verdi": its article agrees, whatever gender the name has
    elif key is not None and opener is None and _in_focus(state) and fits[state.focus]:
        key = state.focus  # "Brack war nicht anwesend. Er bedankte sich. Er habe ..., erklärte er": still Brack
    agreed = key is not None and fits[key]
    if key is not None and not agreed and _spokesperson_of_last(pronoun.doc, state) == gender:
        return mention_as(pronoun, key, actors)  # "sagte eine Sprecherin des Ministeriums. Zugleich kritisierte sie"
    if (spokesperson := _silent_spokesperson(gender, actors, state)) is not None:
        return mention_as(pronoun, spokesperson.key, actors)  # "Ein Konzernsprecher wollte ... nicht kommentieren"
    if not agreed and (member := _member_before(pronoun, gender, actors, state)) is not None:
        return member  # "Ein Sprecher des Ministeriums wollte sich nicht äußern. ..., sagte er"
    if not agreed:
        clause = clause_of(pronoun)  # "X sei bereit, Y zu ..., schrieb sie"; not "X ermittelt, wie sie mitteilte"
        said = (pronoun.sent.start_char, clause.start_char if clause[0].lower_ != "wie" else pronoun.sent.start_char)
        earlier = [
            m
            for m in actors.mentions
            if m.end_char <= pronoun.idx and not m.incidental and fits[m.key] and not said[0] <= m.start_char < said[1]
        ]
        people = [m for m in earlier if m.type == "Person"]
        key = (people or earlier)[-1].key if earlier else None
    if key is None:
        return None
    return mention_as(pronoun, key, actors)


def opening_body(sent: Span, actors: ActorIndex) -> ActorMention | None:
    """The organisation or group a sentence opens with as its subject, named so or after the noun for its kind
    (`Die Gewerkschaft Verdi fordert ...`, `Die Bürgerinitiative „Rettet den Park“ will ...`)."""
    doc, clause = sent.doc, clause_of(sent[0])
    first = next((m for m in actors.in_span(clause) if not is_genitive_of(m, doc)), None)
    if first is None or first.type not in ("Organization", "Group"):
        return None
    before = doc[clause.start : first.phrase_start]
    kind = [t for t in before if not (t.lower_ in DETERMINERS or is_adjective(t) or t.is_quote)]
    return first if len(kind) <= 1 and all(t.pos_ in ("NOUN", "PROPN", "") for t in kind) else None


def _after_die(body: ActorMention, doc: Doc) -> bool:
    """`Die Gewerkschaft Verdi`: the article agrees with `sie` whatever gender the name has."""
    return doc[body.phrase_start - 1].lower_ == "die" if body.phrase_start > 0 else False


def _in_focus(state: Discourse) -> bool:
    """Has someone opened a sentence since the last statement, and no one else opened one after them?"""
    return state.focus is not None and state.last_sentence < state.focus_sentence < state.current - 1


def _silent_spokesperson(gender: str | None, actors: ActorIndex, state: Discourse) -> ActorMention | None:
    """A spokesperson of the pronoun's gender who opened the sentence before and said nothing there (`Ein
    Konzernsprecher wollte den Bericht nicht kommentieren. Es gebe ..., sagte er`): the pronoun is them, not the last
    speaker, and speaks for their body, else for themselves; so is an office holder named only by their office (`Der
    türkische Innenminister reiste ins Gebiet. „...“, sagte er`)."""
    if state.previous is None or state.previous_said is not None or gender not in ("m", "f"):
        return None
    clause = clause_of(state.previous[0])
    verb = next((t for t in clause if is_finite(t)), None)
    first = next((t for t in clause if t.lower_ not in DETERMINERS and not is_adjective(t)), None)
    if verb is None or first is None or first.i > verb.i or first.lower_.endswith(("in", "innen")) != (gender == "f"):
        return None
    if spokesperson_prefix(first) is not None:
        named = opening_person(state.previous, actors)
        if named is not None and named.phrase_start <= first.i < named.token_end:
            return named  # "Regierungssprecherin Karla Jansen verteidigte den Kurs. „...“, sagte sie": herself
        return body_of_member(first, actors) or unnamed_subject(clause, verb, verb.i + 1, actors)
    if (is_role(first) or is_person_noun(first)) and opening_person(state.previous, actors) is None:
        return unnamed_subject(clause, verb, verb.i + 1, actors)  # "Der türkische Innenminister reiste ... sagte er",
        # "Eine Mieterin aus Schwabing hat gewonnen. „...“, sagte sie"
    return None


def _member_before(pronoun: Token, gender: str | None, actors: ActorIndex, state: Discourse) -> ActorMention | None:
    """A spokesperson or member of a named body in the sentence before, of the pronoun's gender (`Ein Sprecher des
    Ministeriums wollte sich nicht äußern`): the pronoun speaks for that body."""
    if state.previous is None or gender not in ("m", "f"):
        return None
    for noun in state.previous:
        owner = owner_after(noun) if member_noun(noun) and noun.lower_.endswith("in") == (gender == "f") else None
        near = [m for m in body_mentions(actors) if owner is not None and owner <= m.phrase_start <= owner + 1]
        body = near[0] if near else None
        if body is not None:
            return mention_as(pronoun, body.key, actors)
    return None


def _spokesperson_of_last(doc: Doc, state: Discourse) -> str | None:
    """The gender (`m`, `f`) of the spokesperson or member through whom the last speaker spoke, if one did (`eine
    Sprecherin des Ministeriums`): a pronoun of that gender goes on speaking for the same body."""
    if state.last_opening is None or (span := state.last_opening.statement.speaker_span) is None:
        return None
    phrase = doc.char_span(*span, alignment_mode="expand")
    if phrase is None:
        return None
    near = [*doc[max(0, phrase.start - 3) : phrase.start], *phrase]  # "ein hochrangiger Beamter des Ministeriums"
    noun = next((t for t in near if member_noun(t)), None)
    if noun is None:
        return None
    return "f" if noun.lower_.endswith("in") else "m"


def opening_person(sent: Span, actors: ActorIndex) -> ActorMention | None:
    """The person a sentence opens with, its subject (`Der Kandidat Donald Trump reagierte spöttisch`) or whose view
    it gives (`Für X ist der Ausgang offen`), or the one right after the verb of a first clause opened by an adverbial
    (`In Berlin zeigte sich Generalsekretär X zufrieden`)."""
    clause = clause_of(sent[0])
    doc = sent.doc
    people = [m for m in actors.in_span(sent) if m.type == "Person" and not is_genitive_of(m, doc)]
    people = [m for m in people if not _oblique_article(m, doc)]  # not "Auch den Kanzler nahm er ins Visier"
    opening = next((m for m in people if opens_clause(m, clause)), None)
    if opening is None and sent[0].lower_ == "für" and len(sent) > 1:  # "Für Watzke ist der Ausgang offen": whose view
        opening = next((m for m in people if opens_clause(m, sent.doc[sent.start + 1 : clause.end])), None)
    apposed = next((m for m in people if _apposed_before_verb(m, sent)), None)
    if opening is None and apposed is not None:
        return apposed  # "Eine der Angeklagten, die Studentin Lea W., verteidigte die Aktion"
    if opening is not None or not (finite := [t for t in clause if is_finite(t)]):
        return opening
    start = finite[0].i + 1
    if start < clause.end and doc[start].lower_ == "sich":
        start += 1  # "zeigte sich X zufrieden"
    after_verb = [m for m in people if m.token_end <= clause.end and opens_clause(m, doc[start : clause.end])]
    return after_verb[0] if after_verb else None


def _oblique_article(mention: ActorMention, doc: Doc) -> bool:
    """`den Kanzler`, `dem Minister`: an object, which no subject's article is."""
    article = article_of(mention, doc)
    return article is not None and article.lower_ in ("den", "dem", "einen", "einem")


def _apposed_before_verb(mention: ActorMention, sent: Span) -> bool:
    """A person set off by commas after the noun phrase opening the sentence, before any finite verb."""
    doc = sent.doc
    start, end = mention.phrase_start, mention.token_end
    if start - 1 <= sent.start or end >= sent.end or doc[start - 1].text != "," or doc[end].text != ",":
        return False
    return not any(is_finite_or_konjunktiv(t) for t in doc[sent.start : start])
