"""Who said it: the speaker of a cue.

The subject of the cue's clause, found by case and word order, by the parse, or as a name apposed to a description
(`der Vorsitzende der GdP, X`); a pronoun, relative pronoun or epithet (`der Mediziner`) resolved against the people
read before; an unnamed spokesperson's organisation (`bodies.py`). Where none is named the sentence is left to its
attribution (`sources.py`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.actors import (
    ActorIndex,
    ActorMention,
    article_of,
    genitive_head,
    is_genitive_of,
    mention_as,
    opens_clause,
    passive_agents,
)
from kg.nlp.bodies import (
    issued_by,
    issuer,
    issuer_of_document,
    possessor,
    same_spokesperson,
    spokesperson_for,
)
from kg.nlp.cues import Cue
from kg.nlp.discourse import Discourse, Found
from kg.nlp.gender import actor_gender, role_gender
from kg.nlp.german import (
    AGE_ADJECTIVE,
    AGE_NOUN,
    ARTICLE_GENDER,
    AUXILIARIES,
    CIRCLE_NOUNS,
    DEMONSTRATIVE_PRONOUNS,
    DETERMINERS,
    EXAMPLE_WORDS,
    FIRST_PERSON_OR_GENERIC,
    FRAME_WORDS,
    IMPERSONAL_CUES,
    PARTY_MEMBER_NOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    QUANTITY_NOUNS,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    SOURCE_NOUNS,
    SUBJECT_PRONOUNS,
)
from kg.nlp.pronouns import resolve_pronoun
from kg.nlp.quotes import Quote, in_quote
from kg.nlp.syntax import (
    auxiliary_before,
    clause_of,
    has_morph,
    has_parse,
    is_adjective,
    is_capitalised_word,
    is_finite,
    is_finite_or_konjunktiv,
    is_passive,
    is_place_adjective,
    is_role,
    is_verb_form,
    oblique_feminine,
    organisation_head,
    owner_after,
    relative_opening,
    stands_alone,
    verb_lemma,
    word_after,
)
from kg.nlp.unnamed import is_person_noun, unnamed_subject
from kg.records import Actor

NOMINATIVE_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})

NOBODY = ("niemand", "keiner")  # "kann das niemand sagen": no one said it


# Adverbs right after a verb that opens a clause after a comma: the clause goes on with the subject before it.
SHARED_SUBJECT_ADVERBS = frozenset({"aber", "jedoch", "allerdings", "zugleich", "gleichzeitig", "dann", "zudem"})


def _eligible(mention: ActorMention, sent: Span, quotes: list[Quote], all_mentions: list[ActorMention]) -> bool:
    """Could this mention be the subject of its clause? Not in a quote, not after a preposition, not nested."""
    doc = sent.doc
    if in_quote(mention.start_char, quotes) and not is_quoted_name(mention, quotes):
        return False
    if _in_dative(mention, doc) or _feminine_after_der(mention, doc) or _turn_label(mention, doc):
        return False
    if _vocative(mention, doc):
        return False  # "Frau Brenninger, der Chef ... hat angekündigt": whom the question is put to
    first = doc[mention.phrase_start]
    before = doc[mention.phrase_start - 1] if mention.phrase_start > sent.start else None
    if before is not None and before.lower_ == "dem":
        return False
    if before is not None and before.lower_ in DETERMINERS and mention.phrase_start - 1 > sent.start:
        before = doc[mention.phrase_start - 2]
        if before.lower_ in SOURCE_NOUNS:
            return False  # "Nach Informationen des WDR fordern die Täter": the source reports, it does not demand
        if before.lower_ in PREPOSITIONS and mention.phrase_start - 2 > sent.start:
            quantity = doc[mention.phrase_start - 3]
            return quantity.lower_ in QUANTITY_NOUNS
    if before is not None and before.lower_ in PREPOSITIONS:
        return mention.phrase_start - 1 > sent.start and doc[mention.phrase_start - 2].lower_ in QUANTITY_NOUNS
    if first.text.endswith("s") and mention.token_end < sent.end and is_genitive_of(mention, doc):
        return False  # "Israels Ministerpräsident", "Ischingers designierter Nachfolger"
    owner = genitive_head(mention, doc) if mention.type != "Person" else None
    if owner is not None and is_person_noun(owner) and not is_role(owner):
        return False  # "Der Besitzer des Porsche, ein 30-Jähriger, bestreitet": the owner, not the car maker
    return not any(
        other is not mention
        and other.phrase_start <= mention.phrase_start
        and mention.token_end <= other.token_end
        and (other.phrase_start, other.token_end) != (mention.phrase_start, mention.token_end)
        for other in all_mentions
    )


def _vocative(mention: ActorMention, doc: Doc) -> bool:
    """`Frau Brenninger,` or `Herr Kukies,` opening a sentence: someone spoken to."""
    start = min(mention.phrase_start, mention.token_start)
    if start > 0 and doc[start - 1].lower_ in ("frau", "herr"):
        start -= 1
    if doc[start].lower_ not in ("frau", "herr"):
        return False
    opens = start == doc[start].sent.start or (start > 0 and doc[start - 1].text == ":")
    return opens and mention.token_end < len(doc) and doc[mention.token_end].text == ","


def _turn_label(mention: ActorMention, doc: Doc) -> bool:
    """`Lanz:` opening a paragraph names who speaks the interview turn, not a subject of the sentences in it."""
    opens = mention.phrase_start == 0 or "\n" in doc[mention.phrase_start - 1].text_with_ws
    return opens and mention.token_end < len(doc) and doc[mention.token_end].text == ":"


def _feminine_after_der(mention: ActorMention, doc: Doc) -> bool:
    article = article_of(mention, doc)
    noun = word_after(article) if article is not None else None
    return noun is not None and oblique_feminine(article, noun)


def _in_dative(mention: ActorMention, doc: Doc) -> bool:
    """The tagger's dative on the word that bears the mention's case; but a person's noun in `-e` after `der` (`der
    71-Jährige`, `der Brite`, `der Kollege`) ends as only a nominative does, whatever the tagger says: a woman's
    ends in `-in` or follows `die`, the dative of a man's takes `dem`. Where a noun stands before the name, the
    ending is the noun's (`warf der Abgeordnete Ben Ott der Regierung vor`)."""
    bearer = case_bearer(mention, doc)
    if not has_morph(doc) or "Dat" not in bearer.morph.get("Case") or bearer.dep_ in ("nsubj", "sb"):
        return False  # "teilte der Elektrokonzern mit": the parse, which sees the clause, makes it the subject
    if _bare_name_before_verb(mention, doc):
        return False  # "Hellweg betonte, ...": a name opening its sentence before the verb is its subject
    first = bearer if bearer.pos_ == "NOUN" else doc[mention.token_start]  # "der Abgeordnete Ben Ott"
    article = article_of(mention, doc)
    after_der = mention.type == "Person" and article is not None and article.lower_ == "der"
    if after_der and role_gender(first.lower_) == "m":
        return False  # "Wie der FDP-Politiker dem „Handelsblatt“ sagte": a man's dative takes `dem`
    return not ((after_der or AGE_NOUN.fullmatch(first.text)) and first.text.endswith("e"))


def _bare_name_before_verb(mention: ActorMention, doc: Doc) -> bool:
    """A name without an article that opens its sentence right before the finite verb: the subject, whatever case
    a tagger guesses for a word that does not inflect."""
    opens = mention.phrase_start == mention.token_start and doc[mention.token_start].is_sent_start
    return opens and mention.token_end < len(doc) and is_finite(doc[mention.token_end])


def case_bearer(mention: ActorMention, doc: Doc) -> Token:
    """The word whose case is the mention's. German names do not inflect for case, so a tagger's case on a name in
    close apposition (`Nachfolger Christoph Heusgen`, `dem Kanzler Scholz`, `der Zeitung „Bild“`) is a guess; the
    noun before it shows it, and so does the article before a name in quotation marks (`berichtet der "Spiegel"`),
    before a proper noun (`teilte der DWD mit`) or before a name of several words."""
    token = doc[mention.token_start]
    i = token.i - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    before = doc[i] if i >= 0 else None
    if before is not None and before.pos_ == "NOUN" and token.pos_ == "PROPN":
        return before  # "der Zeitung „Bild“" too
    if before is not None and before.pos_ == "DET" and i < token.i - 1:
        return before
    case = before.morph.get("Case") if before is not None and before.pos_ == "DET" else []
    several = mention.token_end - token.i > 1  # "Der Verbraucherzentrale Bundesverband": the article agrees with it
    if case and (several or (token.pos_ == "PROPN" and case == ["Nom"])):  # "teilte der DWD mit"
        return before
    return token


def is_quoted_name(mention: ActorMention, quotes: list[Quote]) -> bool:
    """`Die "New York Times" hatte berichtet`: a name in quotation marks is a name, not quoted speech."""
    return any(
        q.start <= mention.start_char
        and mention.end_char <= q.end
        and q.end - q.start <= mention.end_char - mention.start_char + 1
        for q in quotes
    )


def find_speaker(
    sent: Span, cue: Cue, actors: ActorIndex, quotes: list[Quote], state: Discourse
) -> ActorMention | None:
    """The subject of the cue: by German word order, and by the parse where word order finds none.

    A pronoun right after the cue (`sagte er`) is the subject; else a name opening the cue's clause
    (`Russland warf ... vor`); else a name right after the cue (`..., sagte Kremlsprecher Peskow`); else the first
    name before the cue that no preposition governs (`Der Vorsitzende ..., Wolfgang Ischinger, hat ... aufgefordert`).
    """
    doc = sent.doc
    cue_token = doc[cue.start]
    if is_passive(cue_token):  # "wie vom Ministerium mitgeteilt wurde"; "Die Pläne wurden kritisiert": by no one known
        return next(iter(passive_agents(cue_token, actors.in_span(sent))), None)
    last = state.last_key if state.current - state.last_sentence == 1 else None
    source = _source_in_clause(cue_token, actors) or issuer_of_document(cue_token, actors, last)
    if source is not None:
        return source
    clause = clause_of(cue_token)
    mentions = actors.in_span(clause if clause[0].lower_ == "wie" else sent)  # "..., wie X mitteilte"
    if clause[0].lower_ != "wie":  # "Wie der „Tagesspiegel“ berichtete, hatten Abgeordnete ... geworben": not the paper
        mentions = [m for m in mentions if clause_of(doc[m.token_start])[0].lower_ != "wie"]
    eligible = [m for m in mentions if _eligible(m, sent, quotes, mentions) and not named_as_source(doc, m)]
    if _first_person_or_generic(clause, cue):
        return None  # "Wir fordern die Regierung auf", "man sagt": no actor here said it
    relative = _relative_pronoun(clause, cue)
    if relative is not None and _is_subject(relative, cue, actors):
        return _antecedent_of_relative(relative, actors)
    described = _before_relative_clause(sent, cue, mentions)
    if described is not None:
        return described  # "Ihr Lektor X, der mit ihr zusammengearbeitet hat, nannte sie ...": not "sie"
    document = _opening_document(clause, cue)
    if document is not None:  # "Die Anklage wirft K. vor": the prosecutors named before, not K.
        return issuer(document, [m for m in actors.mentions if m.type == "Organization" and not m.incidental], actors)
    shared = _shared_subject(clause, cue, state.in_sentence)
    if shared is not None:
        return mention_as(doc[cue.start], shared, actors)  # "X begrüßte Y, nannte sie aber ...": X named it
    pronoun = None if cue.lemma in IMPERSONAL_CUES else _pronoun_subject(sent, cue, clause.end)
    opening = [m for m in eligible if opens_clause(m, clause) and m.token_end <= cue.start]
    if pronoun is not None and pronoun.lower_ in ("sie", "es") and pronoun.i >= cue.end and opening:
        right_before = clause.start == sent.start and opening[0].token_end == cue.start
        pronoun = None if right_before else pronoun  # "X bezeichnete sie als ...": its object; not "X nannte er"
    if pronoun is not None and (pronoun.i >= cue.end or _verb_second_after(pronoun, cue) or _inverted(pronoun)):
        return resolve_pronoun(pronoun, actors, state)  # "sagte er", "Er forderte die Tarifparteien auf"
    joined = clause.start > sent.start and doc[clause.start - 1].text in (";", "–", "—")
    if opening and (clause.start == sent.start or (joined and opening[0].token_end == cue.start)):
        return opening[0]  # a semicolon or a dash joins two main clauses, each with its own subject
    apposed = _apposed_subject(sent, cue, clause, eligible) or _apposed_after(sent, cue, eligible)
    if apposed is not None:
        return apposed  # "Die Vorsitzende des Verbands, Gabriele Stahl, forderte ...", "sagte die Leiterin, X."
    after = [m for m in eligible if _right_after(doc, cue, m) and m.token_end <= clause.end]
    if has_parse(doc) and _parsed_subject_before(cue_token, clause):
        after = []  # "Der Bürgermeister der Stadt forderte die Regierung auf": the parse's subject opens the clause
    objects = [m for m in after if _oblique(m, actors, doc)]  # "sagte der Zeitung": the subject is before
    if len(objects) < len(after):
        return next(m for m in after if m not in objects)
    if pronoun is not None:
        return resolve_pronoun(pronoun, actors, state)
    follows = _subject_follows(cue_token, clause) and not objects
    before = [] if follows else [m for m in eligible if m.token_end <= cue.start and not _told_medium(m, doc, actors)]
    if clause.start > sent.start and (_opens_with_noun_phrase(clause, cue) or _governed_relative(clause)):
        before = [m for m in before if m.phrase_start >= clause.start]  # "..., die Verteidigung plädierte auf X"
    if before:
        return _apposition_of(before[0], before, doc) or before[0]
    spokesperson = same_spokesperson(clause, cue, actors, state) or spokesperson_for(clause, cue, actors)
    if spokesperson is not None:
        return spokesperson
    by_parse = _subject_by_parse(cue_token, actors) if has_parse(doc) else None  # word order found none
    if by_parse is not None and not _eligible(by_parse, sent, quotes, mentions):
        by_parse = None  # "sagte der Nachrichtenagentur AFP", "tagesschau.de: Moskau bestreitet": no subject there
    return (
        by_parse
        or epithet_of_last_speaker(clause, cue, actors, state)
        or unnamed_subject(clause, cue_token, cue.end, actors)  # "Ein Augenzeuge berichtete"
    )


def _opening_document(clause: Span, cue: Cue) -> Token | None:
    """A document that only one kind of institution issues, opening the cue's clause as its subject (`Die Anklage
    hatte K. vorgeworfen`, `Das Urteil stellt fest`)."""
    words = [t for t in clause if t.i < cue.start and not (t.is_punct or t.is_space)]
    if len(words) < 2 or words[0].lower_ not in ("die", "das", "der") or issued_by(words[1]) is None:
        return None
    return words[1]


def _apposed_after(sent: Span, cue: Cue, eligible: list[ActorMention]) -> ActorMention | None:
    """A person set off by a comma after a description that follows the cue (`drohte der Kommandeur der
    Revolutionsgarden, General X, mit Vergeltung`, `sagte die Leiterin der Studie, die Forscherin X.`): the
    description's name, the subject."""
    doc = sent.doc
    if cue.end >= sent.end or doc[cue.end].lower_ not in NOMINATIVE_ARTICLES:
        return None
    comma = comma_after_description(doc, cue.end, sent.end)
    if comma is None:
        return None
    person = next((m for m in eligible if m.type == "Person" and comma < m.token_start <= comma + 4), None)
    if person is None or any(t.is_punct for t in doc[comma + 1 : person.token_start]):
        return None
    closed = person.token_end >= sent.end - 1 or doc[person.token_end].text == ","
    return person if closed else None


def comma_after_description(doc: Doc, start: int, end: int) -> int | None:
    """The comma that ends a description (`der Bundesvorsitzende der Gewerkschaft der Polizei (GdP),`), where one
    follows within a dozen words and no verb stands before it."""
    comma = next((t.i for t in doc[start : min(start + 12, end)] if t.text == ","), None)
    return None if comma is None or any(is_finite_or_konjunktiv(t) for t in doc[start:comma]) else comma


def _shared_subject(clause: Span, cue: Cue, made: list[Found]) -> str | None:
    """The speaker of a cue in the main clause before, where the cue opens the next one after a comma and a pronoun
    and a word of contrast or addition follow it (`X begrüßte die Verlängerung, nannte sie aber „das Minimum“`): the
    two verbs share their subject, and the pronoun is the second one's object; or where `und` joins the cue to the
    one before."""
    doc = clause.doc
    if cue.start > clause.sent.start and doc[cue.start - 1].lower_ in ("und", "sowie"):
        return _coordinated_subject(doc[cue.start], made)
    if clause.start != cue.start or clause.start < clause.sent.start + 2 or doc[clause.start - 1].text != ",":
        return None
    after = doc[cue.end : cue.end + 2]
    if len(after) < 2 or not _is_subject_pronoun(after[0]) or after[1].lower_ not in FRAME_WORDS:
        return None
    before = clause_of(doc[clause.start - 2])
    return next(
        (
            f.speaker_key
            for f in made
            if before.start_char <= f.statement.cue_span[0] < before.end_char
            and f.statement.speaker_span is not None
            and f.statement.speaker_span[0] < f.statement.cue_span[0]
        ),
        None,
    )


def _coordinated_subject(cue: Token, made: list[Found]) -> str | None:
    """`..., warnte die Regierungschefin und rief China auf, ...`: a cue right after `und` shares the subject of the
    cue before it in the sentence, unless it stands in what that one said."""
    spoken = [
        f
        for f in made
        if f.statement.cue_span is not None
        and f.statement.cue_span[1] <= cue.idx
        and not f.statement.start <= cue.idx < f.statement.end
    ]
    return spoken[-1].speaker_key if spoken else None


def _apposed_subject(sent: Span, cue: Cue, clause: Span, eligible: list[ActorMention]) -> ActorMention | None:
    """A name set off by commas right before a cue that opens its clause, with no verb before it in the sentence
    (`Die Vorsitzende des X, Gabriele Stahl, forderte ...`): the subject in first position, not the noun after."""
    doc = sent.doc
    if clause.start != cue.start or clause.start < sent.start + 2 or doc[clause.start - 1].text != ",":
        return None
    if any(is_finite_or_konjunktiv(t) for t in doc[sent.start : clause.start]):
        return None
    return next((m for m in eligible if m.token_end == clause.start - 1 and m.type == "Person"), None)


def _governed_relative(clause: Span) -> bool:
    """`..., gegen die mehrere Bündnisse Proteste angekündigt haben`: a relative clause after a preposition has its
    own subject; the noun it refers to is the preposition's object."""
    words = [t for t in clause if not t.is_punct]
    return len(words) > 2 and words[0].lower_ in PREPOSITIONS and words[1].lower_ in (*RELATIVE_PRONOUNS, "denen")


def _before_relative_clause(sent: Span, cue: Cue, mentions: list[ActorMention]) -> ActorMention | None:
    """The name opening the sentence before a relative clause that ends right before the cue: its subject."""
    doc = sent.doc
    titled = [m for m in mentions if all(map(_describing_word, doc[sent.start : m.phrase_start]))]
    opening = next((m for m in titled if m.phrase_start - sent.start <= 4), None)  # "Ihr langjähriger Lektor X"
    if opening is None or cue.start < 2 or doc[cue.start - 1].text != "," or opening.token_end >= cue.start - 1:
        return None
    pronoun = doc[opening.token_end + 1] if opening.token_end + 1 < cue.start else None
    relative = doc[opening.token_end].text == "," and pronoun is not None and pronoun.lower_ in RELATIVE_PRONOUNS
    return opening if relative else None


def _describing_word(token: Token) -> bool:
    """A word before a name that describes the person: an article, a possessive, an adjective, a title noun."""
    lower = token.lower_
    return lower in DETERMINERS or lower in POSSESSIVES or is_adjective(token) or is_capitalised_word(token)


def _apposition_of(first: ActorMention, mentions: list[ActorMention], doc: Doc) -> ActorMention | None:
    """The person named between commas right after a body in the genitive (`Der Verhandlungsführer der Allianz
    der kleinen Inselstaaten, Tevita Fonua aus Tonga, fragte`): the subject is the person, not the body."""
    after_article = first.phrase_start > 0 and doc[first.phrase_start - 1].lower_ in ("der", "des")
    if not (is_genitive_of(first, doc) or after_article):
        return None
    comma = next((t.i for t in doc[first.token_end : first.token_end + 6] if t.text == ","), None)
    return next((m for m in mentions if m.type == "Person" and comma is not None and m.phrase_start == comma + 1), None)


def _opens_with_noun_phrase(clause: Span, cue: Cue) -> bool:
    """A later clause that opens with an article and a noun before its cue, after a clause that ends in its verb,
    has its own subject there, named or not (`... gefordert, die Verteidigung auf Totschlag plädiert`): no name
    from the earlier clause is its speaker. After a clause still open (`hat sich zu Fragen des Sektors, der
    Politik ... geäußert`) the comma only lists."""
    doc = clause.doc
    closing = doc[clause.start - 2] if clause.start >= 2 else None
    closed = closing is not None and (closing.tag_.startswith("V") if closing.tag_ else is_verb_form(closing))
    return (
        closed
        and clause[0].lower_ in ("der", "die", "das", "ein", "eine")
        and clause.start + 1 < cue.start
        and is_capitalised_word(clause[1])
    )


def _right_after(doc: Doc, cue: Cue, mention: ActorMention) -> bool:
    """Does the mention's phrase follow the cue, past one word at most, quotation marks and adjectives (`berichtet
    der "Spiegel"`, `teilte das niedersächsische Ministerium mit`)?"""
    between = [
        t
        for t in doc[cue.end : mention.phrase_start]
        if not (t.is_quote or _example_word(t) or is_adjective(t) or AGE_ADJECTIVE.fullmatch(t.text))
    ]  # "sagte der 46-jährige Markus Weber"
    titles = len(between) <= 4 and all(is_capitalised_word(t) or t.lower_ == "und" for t in between[1:])
    return mention.phrase_start >= cue.end and (len(between) <= 1 or titles)  # "sagte Mitgründer und Chef X"


def _example_word(token: Token) -> bool:
    """`unter anderem`, `etwa`, `vor allem`, `nur` between a cue and its subject."""
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.lower_ in EXAMPLE_WORDS or (token.lower_ == "vor" and after is not None and after.lower_ == "allem")


def _oblique(mention: ActorMention, actors: ActorIndex, doc: Doc) -> bool:
    """`sagte der Deutschen Presse-Agentur`, `sagte der Zeitung`: after `der`, an adjective in `-en` or a feminine
    name is dative or genitive, never the subject (that is `die Deutsche Presse-Agentur`)."""
    article = article_of(mention, doc)
    if article is None or article.lower_ != "der":
        return False
    modifier = word_after(article)
    weak_adjective = modifier is not None and modifier.i < mention.token_end - 1 and modifier.lower_.endswith("en")
    return weak_adjective or actor_gender(actors.by_key(mention.key)) == "f"


def _told_medium(mention: ActorMention, doc: Doc, actors: ActorIndex) -> bool:
    """`wie ein Diplomat der Deutschen Presse-Agentur sagte`: a medium after a person's noun is who was told (a
    dative), not whose the person is, and not who spoke."""
    if not actors.is_medium(mention.key):
        return False
    i = mention.phrase_start - 1
    while i >= 0 and doc[i].lower_ in DETERMINERS:
        i -= 1
    return i >= 0 and i < mention.phrase_start - 1 and is_person_noun(doc[i])


def _subject_follows(cue: Token, clause: Span) -> bool:
    """`..., sagte der SPD-Politiker`, `..., hieß es in Moskau`: the cue opens a clause after a comma and its
    subject follows it, so a name before the cue is part of what was said, not who said it."""
    doc = cue.doc
    if clause.start != cue.i or cue.i == cue.sent.start or cue.i + 1 >= clause.end:
        return False
    if doc[cue.i + 1].lower_ in SHARED_SUBJECT_ADVERBS:
        return False  # "Die Union stimmte zu, kritisierte aber die Ausstattung": a second predicate of one subject
    if doc[cue.i + 1].lower_ in ("sein", "seine", "ihr", "ihre"):
        return True  # "..., teilte ihr Management mit": a possessive opens the subject, whatever the parse
    article, noun = doc[cue.i + 1], doc[min(cue.i + 2, len(doc) - 1)]
    feminine = oblique_feminine(article, noun) or (article.lower_ == "der" and noun.lower_.endswith(("in", "innen")))
    named = is_person_noun(noun) or organisation_head(noun) is not None
    if article.lower_ in ("der", "die", "das") and noun.i < clause.end and named and not feminine:
        return True  # "..., teilten die Organisatoren mit", "teilte der Elektrokonzern mit", whatever the parse
    if has_parse(doc):
        return any(c.dep_ in ("nsubj", "nsubj:pass", "expl", "sb") and c.i > cue.i for c in cue.children)
    return doc[cue.i + 1].lower_ in ("der", "die", "das", "ein", "eine", "es")


def epithet_of_last_speaker(clause: Span, cue: Cue, actors: ActorIndex, state: Discourse) -> ActorMention | None:
    """`..., sagte der CDU-Vorsitzende` (or `der 62-Jährige`) right after Merz's words: a role no one in the text
    holds, as the subject of a cue, is the person named last in the sentence before, else the person who has just
    been speaking (news varies how it names its speaker: `Minister X lehnt das ab. "...", sagte der FDP-Chef`)."""
    doc = clause.doc
    previous = state.previous
    named = [
        m for m in (actors.in_span(previous) if previous is not None else []) if m.type == "Person" and not m.incidental
    ]
    key = named[-1].key if named else state.last_key
    if key is None or actors.by_key(key).type != "Person":
        return None
    subject = [
        t
        for t in clause
        if t.i != cue.start
        and t.lower_ not in DETERMINERS
        and (AGE_NOUN.fullmatch(t.text) or not (is_adjective(t) or is_place_adjective(t)))
    ]  # "der Hamburger Finanzsenator": the town's adjective is no subject of its own
    role = subject[0] if subject and (is_role(subject[0]) or AGE_NOUN.fullmatch(subject[0].text)) else None
    described = actors.by_key(key).roles  # "der Mediziner" after "Virologe X": another word for the one with a title
    described = described or (bool(subject) and subject[0].lower_.startswith(PARTY_MEMBER_NOUNS))  # "der Republikaner"
    role = role or (subject[0] if subject and described and _singular_person_noun(subject[0]) else None)
    article = role.i - 1 if role is not None else clause.start - 1
    while article > clause.start and (_describing(doc[article]) or is_place_adjective(doc[article])):
        article -= 1  # "der frühere Innenminister", "der Hamburger Finanzsenator"
    if role is None or article < clause.start or doc[article].lower_ not in ("der", "die"):
        return None
    owner = owner_after(role)
    told = owner is not None and any(
        owner <= m.phrase_start <= owner + 2 and actors.is_medium(m.key) for m in actors.mentions
    )  # "sagte der Manager der Nachrichtenagentur Reuters": the agency is told, not his employer
    if owner is not None and not told and not _holds_role_of(actors.by_key(key), role, owner, actors):
        return None  # "Der Bürgermeister der Stadt" is someone of his own, not the one just speaking
    forms = {role.lower_, role.lower_.removesuffix("s"), role.lower_.removesuffix("en")}
    if any(a.unnamed and a.name.lower().split()[-1] in forms for a in actors.actors.values()):
        return None  # "die Staatsanwältin" after "nach Angaben der Staatsanwältin": the one described so before
    if any(m.token_start <= role.i < m.token_end and not m.incidental for m in actors.mentions):
        return None  # the role names someone already ("der Minister" resolved to its holder)
    gender = role_gender(role.lower_)
    if AGE_NOUN.fullmatch(role.text) or not is_role(role) or gender is None:  # "der 72-Jährige", "der Mann" is a
        gender = ARTICLE_GENDER.get(doc[article].lower_)  # man, and so is "der Anwalt"
    if gender is not None and actor_gender(actors.by_key(key)) not in (None, gender):
        return None  # "sagte die Ministerin" after a man's words is someone else
    return mention_as(role, key, actors)


def _singular_person_noun(noun: Token) -> bool:
    """`der Datenschützer`, `die Medizinerin`: a noun for a person after an article that makes it one person (a
    woman's after `die` ends in `-in`; `die Mediziner` are several)."""
    article = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    feminine = noun.lower_.endswith("in")
    return is_person_noun(noun) and ((article == "der" and not feminine) or (article == "die" and feminine))


def _holds_role_of(actor: Actor, role: Token, owner: int, actors: ActorIndex) -> bool:
    """Was the actor named with this role of the organisation after it (`der Präsident der BDA` after `Der
    Präsident der BDA, Rainer Dulger, ...`; `die Vorsitzende der Gewerkschaft` after `IG-Metall-Chefin X` once
    `die Gewerkschaft` is IG Metall)?"""
    head = role.lower_.removesuffix("s")
    organisation = next((m for m in actors.mentions if owner <= m.phrase_start <= owner + 1), None)
    named = actors.by_key(organisation.key).name if organisation is not None else role.doc[owner + 1].text
    return any(r.lower().startswith(head) and named.lower() in r.lower() for r in actor.roles) or (
        named in actor.affiliations
    )


def _describing(token: Token) -> bool:
    """An adjective before a role that leaves it the last speaker's: not a country's (`der russische Präsident`
    after Biden is someone else), which German forms in -isch (`italienische`) or is `deutsch`."""
    lower = token.lower_
    return is_adjective(token) and "isch" not in lower and not lower.startswith("deutsch")


def _source_in_clause(cue: Token, actors: ActorIndex) -> ActorMention | None:
    """`wie es aus Kreisen des Präsidialamtes hieß`, `hieß es aus dem Kreml` (`vom Verband`), `In Ermittlerkreisen
    hieß es`: the source named in the clause of a cue with no subject of its own."""
    clause = clause_of(cue)
    words = [t.lower_ for t in clause]
    impersonal = verb_lemma(cue) in IMPERSONAL_CUES
    if not (impersonal or is_passive(cue)):
        return None  # "Xi sagte nach Angaben der Agentur Xinhua, ...": Xi speaks, the agency reports it
    for k in range(len(words) - 1):
        circles = impersonal and words[k] == "in" and words[k + 1].endswith("kreisen")  # "In Ermittlerkreisen hieß es"
        named = (words[k], words[k + 1]) in (("aus", "kreisen"), ("nach", "angaben"))
        if named or circles or (impersonal and words[k] in ("aus", "von", "vom", "beim", "bei")):  # "hieß es beim DFB"
            start = clause[k].i + 1
            following = [m for m in actors.mentions if start <= m.phrase_start <= start + 3]
            return following[0] if following else _circle_of(clause.doc[start], actors)
    return None


def _circle_of(possessive: Token, actors: ActorIndex) -> ActorMention | None:
    """`Aus seinem Umfeld hieß es`: the unnamed people around the one `seinem` stands for, a group of their own."""
    noun = possessive.nbor() if possessive.i + 1 < len(possessive.doc) else None
    owner = possessor(possessive, actors) if noun is not None and noun.lower_ in CIRCLE_NOUNS else None
    if owner is None or noun is None:
        return None
    key = actors.ensure_actor(f"{noun.text} von {actors.by_key(owner.key).name}", "Group", None, unnamed=True)
    return mention_as(noun, key, actors)


def _parsed_subject_before(cue: Token, clause: Span) -> bool:
    """Is the cue's subject, by the parse, a noun opening its clause before it (a V2 clause's first phrase)?"""
    doc = cue.doc
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "sb") and clause.start <= c.i < cue.i]
    return any(
        c.pos_ == "NOUN"
        and c.left_edge.i == clause.start
        and doc[clause.start].lower_ in NOMINATIVE_ARTICLES  # not "Einen Rückzug lehnte X ab"
        and not oblique_feminine(doc[clause.start], c)  # not "Der Zeitung sagte X"
        for c in subjects
    )


def _subject_by_parse(cue: Token, actors: ActorIndex) -> ActorMention | None:
    """The actor the parser makes the cue's subject; after an inverted cue only one in its own clause."""
    heads = [cue, *[a for a in cue.children if a.dep_ in ("aux", "aux:pass")]]
    if cue.head is not cue and cue.dep_ in ("xcomp", "conj"):
        heads.append(cue.head)
    clause = clause_of(cue)
    start = clause.start if _subject_follows(cue, clause) else cue.sent.start
    for head in heads:
        for child in head.children:
            if child.dep_ in ("nsubj", "sb", "nsubj:pass") and child.i >= start:
                for mention in actors.mentions:
                    if mention.token_start <= child.i < mention.token_end and not mention.incidental:
                        return mention
    return None


def _first_person_or_generic(clause: Span, cue: Cue) -> bool:
    """`ich`, `wir` or `man` opening the clause, right before the cue (`Aber ich sage`) or right after it."""
    doc = clause.doc
    words = [t for t in clause if not (t.is_punct or t.is_space)]
    around = [doc[i] for i in (cue.start - 1, cue.end, cue.end + 1) if clause.start <= i < clause.end]
    before = doc[clause.start : cue.start]  # "dazu könne man nichts sagen", "kann das niemand sagen"
    nobody = any(t.lower_ in NOBODY and not is_capitalised_word(t.nbor()) for t in before)  # not "in keiner Frage"
    generic = nobody or any(t.lower_ == "man" for t in before)
    return generic or any(t.lower_ in FIRST_PERSON_OR_GENERIC for t in [*words[:1], *around])


def _pronoun_subject(sent: Span, cue: Cue, clause_end: int) -> Token | None:
    """`schrieb er`, `sagte sie`, `Er mahnte:`, or `Dieser hatte erklärt`; in `Er nannte sie ...` the first."""
    doc = sent.doc
    if cue.start > sent.start and doc[cue.start - 1].lower_ in SUBJECT_PRONOUNS and doc[cue.start - 1].is_sent_start:
        return doc[cue.start - 1]
    for i in (cue.end, cue.end + 1):
        if i < clause_end and _is_subject_pronoun(doc[i]):
            return doc[i]
    clause = clause_of(doc[cue.start])
    words = [t for t in clause if not (t.is_punct or t.is_space)]
    first = words[1] if len(words) > 1 and words[0].lower_ == "wie" else next(iter(words), None)  # "wie sie sagte"
    if first is not None and _is_subject_pronoun(first) and first.i < cue.start:
        return first
    auxiliary = auxiliary_before(clause, cue.start)  # "..., hatte er erklärt", "Zuvor hatte er betont"
    after = doc[auxiliary.i + 1] if auxiliary is not None and auxiliary.i + 1 < cue.start else None
    return after if after is not None and after.lower_ in SUBJECT_PRONOUNS else None


def _verb_second_after(pronoun: Token, cue: Cue) -> bool:
    """A pronoun right before the cue or its finite auxiliary (`Er forderte`, `Sie hatte gesagt`): its subject."""
    following = pronoun.doc[pronoun.i + 1]
    return pronoun.i + 1 == cue.start or (following.lower_ in AUXILIARIES and pronoun.i < cue.start)


def _inverted(pronoun: Token) -> bool:
    """A pronoun right after a finite auxiliary (`hatte er erklärt`): the subject of an inverted clause."""
    return pronoun.i > 0 and pronoun.doc[pronoun.i - 1].lower_ in AUXILIARIES and pronoun.lower_ in SUBJECT_PRONOUNS


def _is_subject_pronoun(token: Token) -> bool:
    if token.lower_ in SUBJECT_PRONOUNS:
        return True
    return token.lower_ in DEMONSTRATIVE_PRONOUNS and stands_alone(token)


def _relative_pronoun(clause: Span, cue: Cue) -> Token | None:
    """The relative pronoun opening the cue's clause, standing alone (`Scholz, der erklärte, ...`)."""
    first = relative_opening(clause)
    return first if first is not None and first.i < cue.start and stands_alone(first) else None


def _is_subject(pronoun: Token, cue: Cue, actors: ActorIndex) -> bool:
    """`die sagen`, not `die das Gericht angemahnt hat`: no actor between the pronoun and the cue (German case
    rarely tells which is the subject, and a parser guesses), and the parser's subject where there is a parse."""
    if any(pronoun.i < m.token_start < cue.start for m in actors.mentions):
        return False
    return pronoun.dep_ in ("nsubj", "nsubj:pass", "sb") if has_parse(pronoun.doc) else True


def _antecedent_of_relative(pronoun: Token, actors: ActorIndex) -> ActorMention | None:
    """The actor named right before the comma: the relative clause says what that actor said."""
    comma = pronoun.i - 1
    antecedent = next((m for m in actors.mentions if m.token_end == comma and not m.incidental), None)
    return mention_as(pronoun, antecedent.key, actors) if antecedent is not None else None


def named_as_source(doc: Doc, mention: ActorMention) -> bool:
    """`nach Angaben der Staatsagentur Irna`, `laut Polizei`, `Diplomaten zufolge`: who reports, not who is told."""
    i = mention.phrase_start - 1
    if i > 0 and is_capitalised_word(doc[i]) and doc[i - 1].lower_ in DETERMINERS:
        i -= 1  # "der Staatsagentur Irna": the noun that says what the source is
    while i >= 0 and (doc[i].lower_ in DETERMINERS or is_adjective(doc[i]) or doc[i].is_quote):
        i -= 1
    reported = False
    if i > 0 and doc[i].lower_ in REPORT_NOUNS:  # "laut einer Umfrage des ZDF", "nach einer Studie der X"
        j = i - 1
        while j >= 0 and (doc[j].lower_ in DETERMINERS or is_adjective(doc[j])):
            j -= 1
        reported = j >= 0 and doc[j].lower_ in ("laut", "nach")  # not "Der Bericht der Kommission kritisiert"
    before = doc[i].lower_ if i >= 0 else ""
    after = doc[mention.token_end].lower_ if mention.token_end < len(doc) else ""
    return reported or before in SOURCE_NOUNS or before == "laut" or after == "zufolge"
