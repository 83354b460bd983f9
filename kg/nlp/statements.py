"""Reported speech in German news: who said what, to whom, in which medium.

A statement starts at a cue: a verb of saying from the ontology's speech-act scheme (`sagte`, `warf ... vor`), or an
attribution (`laut X`, `X zufolge`, `wie es aus Kreisen X hieß`), found by `cues.py`. This module names its
speaker, addressee and medium; `content.py` finds what was said. Sentences without a cue continue the last speaker
when they are in Konjunktiv, open with a marker such as `Demnach`, or are quotations of their own right after a
statement. A cue whose own clause is in Konjunktiv (`Sie hätten ihre Bereitschaft bekräftigt`) is itself reported,
and so continues the speaker who reports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Entry, Gazetteer
from kg.lexicon import Lexicon
from kg.nlp.actors import (
    ActorIndex,
    ActorMention,
    article_of,
    dative_before_object,
    genitive_head,
    governing_preposition,
    is_genitive_of,
    passive_agents,
)
from kg.nlp.content import (
    attribution_pieces,
    content_span,
    has_verb,
    joined_pieces,
    past_dateline,
    resumed_content,
    time_phrase_end,
    trimmed_span,
)
from kg.nlp.cues import ATTRIBUTION, Cue, closing_after_comma, find_cues, is_reported, is_zu_verb, says_nothing
from kg.nlp.gender import DATIVE_PRONOUNS, actor_gender, agrees, pronoun_gender, role_gender
from kg.nlp.german import (
    AGE_NOUN,
    ARTICLE_GENDER,
    ARTICLES,
    AUXILIARIES,
    CONSEQUENCE,
    CONTINUATION_MARKERS,
    DEFINITE_INSTITUTIONS,
    DEMONSTRATIVE_PRONOUNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    EXAMPLE_WORDS,
    FIRST_PERSON_OR_GENERIC,
    FRAME_WORDS,
    FUSED_PREPOSITIONS,
    IMPERSONAL_CUES,
    INDEFINITE_ARTICLES,
    ISSUED_BY,
    MEDIUM_NOUNS,
    MEDIUM_PREPOSITIONS,
    MEMBER_HEADS,
    MUNICIPALITY_NOUNS,
    ORGANISATION_ANAPHORS,
    PARTY_MEMBER_NOUNS,
    PAST_ADVERBS,
    POSSESSIVES,
    PREPOSITIONS,
    PRESENTING_VERBS,
    QUANTITY_NOUNS,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    SETTING_PREPOSITIONS,
    SOURCE_ADVERBS,
    SOURCE_NOUNS,
    SPOKESPERSON_HEADS,
    STATE_NOUNS,
    SUBJECT_PRONOUNS,
    UNIT_HEADS,
)
from kg.nlp.interviews import Turn, interview_turns
from kg.nlp.quotes import Quote, in_quote
from kg.nlp.syntax import (
    TIME_NOUNS,
    auxiliary_before,
    before_next_predicate,
    clause_of,
    content_sentences,
    has_morph,
    has_parse,
    is_adjective,
    is_capitalised_word,
    is_finite,
    is_finite_or_konjunktiv,
    is_konjunktiv,
    is_list_comma,
    is_passive,
    is_place_adjective,
    is_role,
    is_strong_plural_past,
    is_verb_form,
    is_weak_preterite,
    oblique_feminine,
    organisation_head,
    owner_after,
    past_modifiers,
    relative_opening,
    stands_alone,
    verb_lemma,
    word_after,
)
from kg.nlp.unnamed import is_person_noun, unnamed_source, unnamed_subject
from kg.records import Actor, Statement

# Nouns for a government named by its seat (`die Regierung in Kopenhagen`, `die Führung in Peking`).
GOVERNMENT_NOUNS = frozenset({"regierung", "führung", "staatsführung", "machthaber", "behörden"})
NOMINATIVE_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
HEDGES = frozenset({"dürfte", "dürften"})  # the narrator's "probably", not someone's reported words
NOBODY = ("niemand", "keiner")  # "kann das niemand sagen": no one said it
# Speech acts with an addressee in the accusative (`forderte X auf`, `warf X vor`, `warnte X vor`).
ADDRESSED_ACTS = frozenset({"demand", "accusation", "warning"})
# Adverbs right after a verb that opens a clause after a comma: the clause goes on with the subject before it.
SHARED_SUBJECT_ADVERBS = frozenset({"aber", "jedoch", "allerdings", "zugleich", "gleichzeitig", "dann", "zudem"})
CONTINUATION_WINDOW = 3  # sentences after a statement in which Konjunktiv still reports its speaker
REFERS_BACK_TOKENS = 60  # how far back an unnamed spokesperson or a quoted document finds its organisation
# Heads of public bodies, which no company's spokesperson speaks for.
PUBLIC_BODIES = ("gericht", "amt", "ministerium", "behörde", "anwaltschaft", "polizei")
# Kinds of organisation a spokesperson's compound may name (`Unternehmenssprecher`, `Parteisprecherin`): any
# organisation named before, not a country.
FIRM_KINDS = frozenset({"unternehmen", "konzern", "firma", "firmen", "partei", "verband", "verein", "klub", "bank"})
# The gazetteer's kinds of organisation a firm's or an association's spokesperson never speaks for, and those only
# a firm's does not (`ein Unternehmenssprecher` is no union's).
NO_FIRM_KINDS = frozenset({"party", "media", "government", "ministry", "igo", "court", "legislature", "seat"})
ASSOCIATION_KINDS = frozenset({"union", "ngo"})
ADMINISTRATIONS = frozenset(noun.lower() for noun in (*MUNICIPALITY_NOUNS.values(), *STATE_NOUNS.values()))
COMPANY_NOUNS = frozenset({"unternehmen", "konzern", "firma", "firmen", "bank"})
# Forms of `lassen` with which someone has something said for them (`..., ließ der Minister mitteilen`).
LETTING = frozenset({"ließ", "ließen", "lässt", "lassen"})
# Particles that may stand before a sentence's subject (`Auch X war gereist`, `Selbst die Regierung räumte ein`).
FOCUS_PARTICLES = frozenset({"auch", "selbst", "sogar", "nur", "gerade", "ausgerechnet"})
# Words and pairs that frame a content of no verb (`kritisierte unterdessen die Pläne`, `fordern seit langem
# strengere Kontrollen`); a clause may open with them (`sagte, auch die Nato sei bereit`).
PHRASE_FRAME_WORDS = frozenset(
    {"unterdessen", "derweil", "ebenfalls", "dennoch", "trotzdem", "weiterhin", "abermals", "nochmals", "auch"}
    | {"scharf", "ausdrücklich", "nachdrücklich", "eindringlich", "vehement", "energisch", "heftig"}
)
FRAME_PHRASES = frozenset({("seit", "langem"), ("seit", "jahren"), ("seit", "monaten"), ("seit", "wochen")})
STAFF_NOUNS = ("personal", "belegschaft", "beschäftigten", "mitglieder", "angestellten")  # whose staff




@dataclass
class Found:
    """A statement with the actors it is about, for the events that speech acts are."""

    statement: Statement
    speaker_key: str | None
    targets: list[str] = field(default_factory=list)  # actor keys
    co_speakers: list[str] = field(default_factory=list)  # "die USA und ihre europäischen Verbündeten"
    sentence: Span | None = None
    opened_by: Found | None = None  # for a continuation: the statement with the cue that it continues


@dataclass
class _State:
    last_key: str | None = None
    last_sentence: int = -10
    last_opening: Found | None = None
    previous: Span | None = None  # the sentence before the current one
    previous_said: tuple[int, int] | None = None  # what a statement of that sentence said, its character span
    used_quotes: set[int] = field(default_factory=set)
    silent_speaker: str | None = None  # who spoke in the sentence with nothing to take as said (`äußerte sich X`)
    current: int = 0  # the index of the sentence being read
    unattributed: int = -10  # the last sentence with a cue kg could not attribute: no continuation goes past it
    in_sentence: list[Found] = field(default_factory=list)  # the statements made so far in the current sentence
    focus: str | None = None  # the person the last sentence opening with one opened with
    past_after: int = -10  # a sentence in the plural past right after a statement, which may go on reporting it
    focus_sentence: int = -10


def find_statements(
    doc: Doc, actors: ActorIndex, quotes: list[Quote], lexicon: Lexicon, gazetteer: Gazetteer
) -> list[Found]:
    found: list[Found] = []
    state = _State()
    negations = {word for word, status in lexicon.factuality.single().items() if status == "negated"}
    turns = interview_turns(doc, actors)
    silent: dict[int, Span] = {}  # the sentences with no cue and nothing reported
    by_sentence: dict[int, list[Found]] = {}
    for n, sent in enumerate(content_sentences(doc)):
        state.current = n
        if _inside_used_quote(sent, quotes, state):
            state.previous = sent
            continue
        cues = [  # an attribution (`Den Ermittlern zufolge könnten ...`) is the narrator's, whatever its mood
            c for c in find_cues(sent, quotes, lexicon) if c.speech_act == ATTRIBUTION or not is_reported(doc[c.start])
        ]
        said = [c for c in cues if not says_nothing(sent.doc[c.start], c, negations, quotes)]
        made = [_turn_statement(t, actors) for t in turns if sent.start_char <= t.start < sent.end_char]
        state.silent_speaker = None
        state.in_sentence = made  # the same list: each cue sees the statements made before it in the sentence
        for cue in said:
            f = _statement(sent, cue, actors, quotes, gazetteer, state)
            if f is not None and (cue.lemma not in lexicon.speech_acts.clause_only or _clausal(f.statement, doc)):
                made.append(f)  # not "schimpfte über den Schiedsrichter", "erwartet viele Besucher"
        _end_before_other_cues(made, doc)
        within_turn = any(t.start < sent.start_char < t.end for t in turns)  # its speaker's already
        if said and not made and not within_turn and state.silent_speaker is not None:  # "Dazu äußerte sich X."
            state.last_key, state.last_sentence, state.last_opening = state.silent_speaker, n, None
        elif said and not made and not within_turn:  # someone kg cannot name spoke: what follows is theirs
            state.unattributed = n
        presenter = _presenter(sent, state.previous, actors, quotes) if not cues and not made else None
        if presenter:  # "X stellte am Mittwoch neue Zahlen vor. Demnach ...": X's figures go on
            state.last_key, state.last_sentence, state.last_opening = presenter, n - 1, None
        elif presenter is not None:  # presented by someone kg cannot name: not the last speaker's
            state.unattributed = n
        opener = state.focus if state.focus_sentence == n - 1 and state.last_sentence < n - 1 else None
        opener = opener if opener is not None and _opened_by(state.previous, opener, actors) else None
        if opener is not None and not cues and not made and not within_turn and _reports_opening(sent, quotes):
            state.last_key, state.last_sentence, state.last_opening = opener, n - 1, None  # "X zeigte sich gelassen.
            # Er sei sicher, dass ...": the Konjunktiv reports whom the sentence before was about
        if not cues and not made and not within_turn:
            made = _after_colon(sent, quotes, actors)  # "X zeigte sich gelassen: Er sei sicher, dass ..."
        recent = n - state.last_sentence <= CONTINUATION_WINDOW and state.last_sentence > state.unattributed
        if not cues and not made and not within_turn and recent:
            made = _continuation(sent, quotes, actors, state, n)  # a cue kg cannot attribute is someone else's speech
        if not cues and not made and not within_turn:
            silent[n] = sent
            if n - state.last_sentence == 1 and _maybe_reported(sent, quotes, actors):
                state.past_after = n  # "Die Lehrkräfte fühlten sich allein gelassen": Konjunktiv II, if speech goes on
        by_sentence[n] = made
        spans = {(f.statement.start, f.statement.end): f for f in found}
        for item in made:
            span = (item.statement.start, item.statement.end)
            if span in spans and (spans[span].statement.cue is None) and item.statement.cue is not None:
                found.remove(spans.pop(span))  # a quotation of several sentences taken up before its cue came
            if span in spans:
                continue  # two cues for one content ("erklärte ... und betonte"): one statement
            spans[span] = item
            item.sentence = sent
            found.append(item)
            if item.speaker_key is not None and not _in_relative_clause(item, doc):
                state.last_key, state.last_sentence = item.speaker_key, n
                state.last_opening = item.opened_by or item
        if (opening := _opening_person(sent, actors)) is not None:
            state.focus, state.focus_sentence = opening.key, n
        state.previous = sent
        state.previous_said = (made[0].statement.start, made[0].statement.end) if made else None
    _fill_gaps(found, silent, by_sentence, quotes, actors)
    for i, item in enumerate(found, start=1):
        item.statement.id = f"s{i}"
        if item.statement.speaker is None and item.speaker_key is not None:
            item.statement.speaker = actors.by_key(item.speaker_key).id
    return found


def _end_before_other_cues(made: list[Found], doc: Doc) -> None:
    """An attribution's content ends at a colon or a comma after which another cue of the sentence speaks (`Nach
    Ansicht der Union ist das zu befürchten: Ihr Geschäftsführer warf der Koalition vor, ...`; `laut Polizei 3000
    Menschen, die Veranstalter sprachen von 5000`)."""
    for item in made:
        said = item.statement
        if said.speech_act != ATTRIBUTION:
            continue
        others = [_opening_of(o.statement, said.start) for o in made if o is not item and o.statement.cue_span]
        inside = [c for c in others if said.start < c < said.end]
        start = said.parts[-1][0] if said.parts else said.start  # where the last piece of what was said opens
        colon = doc.text.rfind(":", start, min(inside)) if inside else -1
        comma = doc.text.rfind(",", start, min(inside)) if inside else -1  # "..., die Veranstalter sprachen von"
        end = colon if colon > start else comma
        if end <= start or not doc.text[start:end].strip():
            continue
        end = start + len(doc.text[start:end].rstrip())
        if said.parts:
            said.parts[-1] = (start, end)
            said.content = joined_pieces(doc, said.parts)
        else:
            said.content = doc.text[said.start : end]
        said.end = end


def _opening_of(statement: Statement, after: int) -> int:
    """Where the clause of a statement's cue opens: at its speaker where the speaker stands before the cue (and after
    `after`: a possessive's owner named earlier is no part of it)."""
    cue = statement.cue_span[0] if statement.cue_span is not None else statement.start
    speaker = statement.speaker_span[0] if statement.speaker_span is not None else cue
    return speaker if after < speaker < cue else cue


def _in_relative_clause(found: Found, doc: Doc) -> bool:
    """A statement whose cue stands in a relative clause (`Kritiker, die ihre Bücher als X bezeichneten`) describes
    someone in passing: the sentences after it do not go on with their words."""
    span = found.statement.cue_span
    cue = doc.char_span(*span, alignment_mode="expand") if span is not None else None
    return cue is not None and relative_opening(clause_of(cue[0])) is not None


def _turn_statement(turn: Turn, actors: ActorIndex) -> Found:
    """An interview turn as a statement: the speaker's own words, a question or a claim, said to the other side."""
    addressee = actors.by_key(turn.addressee.key).id if turn.addressee is not None else None
    statement = Statement(
        id="",
        mode="direct",
        content=turn.content,
        start=turn.start,
        end=turn.end,
        speaker=actors.by_key(turn.speaker.key).id,
        speaker_span=(turn.speaker.start_char, turn.speaker.end_char),
        speech_act="question" if turn.question else "claim",
        addressee=addressee,
    )
    targets = [turn.addressee.key] if turn.addressee is not None else []
    return Found(statement, turn.speaker.key, targets)


# --- cues ---------------------------------------------------------------------------------------------------------
































# --- one statement ------------------------------------------------------------------------------------------------


def _statement(
    sent: Span, cue: Cue, actors: ActorIndex, quotes: list[Quote], gazetteer: Gazetteer, state: _State
) -> Found | None:
    doc = sent.doc
    clause = clause_of(doc[cue.start])
    if cue.speech_act == ATTRIBUTION:
        speaker = _attribution_source(sent, cue, actors, quotes, gazetteer, state)
    else:
        speaker = _speaker(sent, cue, actors, quotes, state)
    if speaker is not None and actors.by_key(speaker.key).name.lower() in GOVERNMENT_NOUNS:
        speaker = _seat_as_speaker(sent, cue, actors, gazetteer, found=None) or speaker  # "Die Regierung in Minsk"
    elif speaker is None or speaker.phrase_start > clause.start:
        speaker = _seat_as_speaker(sent, cue, actors, gazetteer, found=speaker) or speaker
    quoting = None
    if cue.lemma == "zitieren" and (quoted := _quoted_person(clause, cue, speaker, actors)) is not None:
        quoting, speaker = speaker, quoted  # "zitierte die Zeitung den Minister": the minister said it
    elif cue.lemma == "zitieren" and cue.end < sent.end and doc[cue.end].lower_ in ("den", "einen"):
        quoting, speaker = speaker, unnamed_source(sent, cue.start, cue.end, actors) or speaker  # "einen Diplomaten"
    elif cue.lemma == "zitieren" and cue.end < sent.end and doc[cue.end].lower_ in ("ihn", "sie"):
        media = [m for m in actors.in_span(doc[cue.end + 1 : clause.end]) if m.type == "Organization"]
        quoting = media[0] if media else speaker  # "zitierte ihn die Agentur Irna": whom it quotes said it
        speaker = _resolve_pronoun(doc[cue.end], actors, state)
    carried = speaker is None and cue.lemma in IMPERSONAL_CUES and state.current - state.last_sentence == 1
    carried = carried and not _someone_else(clause, sent)
    if carried and state.last_key is not None:
        speaker = _mention_as(doc[cue.start], state.last_key, actors)  # "X rief auf, ... Y sollten ..., hieß es"
    if speaker is None:
        return None
    auxiliary = auxiliary_before(clause, cue.start)
    opens = auxiliary is not None and auxiliary.i == clause.start and speaker.token_start > auxiliary.i
    lets = clause[0].lower_ in LETTING and clause.start > sent.start  # "..., ließ X (über einen Sprecher) mitteilen"
    inverted = speaker.token_start > cue.start or opens or lets or carried or clause[0].lower_ == "wie"
    inverted = inverted and not _fronted_phrase(sent, clause, cue, quotes)  # "Dem BR sagte er, die Reform sei gut"
    span, mode, quote = content_span(
        sent, cue, speaker, quotes, inverted=inverted, previous=state.previous, previous_said=state.previous_said
    )
    if span is None:
        state.silent_speaker = speaker.key  # "Dazu äußerte sich X." and in Konjunktiv what X said
        return None
    if cue.speech_act == ATTRIBUTION and not closing_after_comma(doc[cue.start]):
        parts, resumed = attribution_pieces(sent, cue, speaker, span, actors), None  # "war laut Polizei friedlich"
    else:
        parts, resumed = resumed_content(sent, clause, span, quote, quotes) if inverted else ([], None)
    for used in (quote, resumed):
        if used is not None:
            state.used_quotes.add(used.open_mark)
    if parts:
        span = (parts[0][0], parts[-1][1])
    if mode == "mixed" and not any(span[0] <= q.open_mark < span[1] for q in quotes):
        mode = "indirect"  # "Dem „Spiegel“ zufolge ...": the quotation marks were the source's title
    if cue.speech_act in ADDRESSED_ACTS:
        _seat_addressed(sent, cue, speaker, actors, gazetteer)
    speaker_actor = actors.by_key(speaker.key)
    others = [
        m
        for m in actors.in_span(sent)
        if m.key != speaker.key and (not in_quote(m.start_char, quotes) or _is_quoted_name(m, quotes))
        and not _named_as_source(doc, m)  # "warf X nach Angaben der Agentur Irna vor": Irna reports it
    ]
    co_speakers = _joined_to(doc, speaker.token_end, others)
    quoted = cue.speech_act == ATTRIBUTION or quoting is not None  # who quotes is the medium, addressing no one
    addressee = None if quoted else _addressee(sent, cue, speaker, others, co_speakers)
    medium = _medium(sent, cue, actors, gazetteer)
    medium = None if medium is not None and medium.key == speaker.key else medium  # "hieß es in ihrer Mitteilung"
    medium = medium or (quoting if quoting is not None and quoting.type == "Organization" else None)
    said_before = span[1] <= clause[0].idx  # "Zugleich brauche X ..., fügte er hinzu"
    start, end = _without_frame(doc, span, quote, addressee, others, co_speakers, said_before=said_before)
    parts = [(max(a, start), min(b, end)) for a, b in parts if max(a, start) < min(b, end)]
    statement = Statement(
        id="",
        mode=mode,
        content=joined_pieces(doc, parts) if len(parts) > 1 else doc.text[start:end],
        start=start,
        end=end,
        parts=parts if len(parts) > 1 else [],
        speaker=speaker_actor.id,
        speaker_span=(speaker.start_char, speaker.end_char),
        cue=cue.lemma,
        cue_span=(doc[cue.start].idx, doc[cue.end - 1].idx + len(doc[cue.end - 1])),
        speech_act=cue.speech_act,
        addressee=actors.by_key(addressee.key).id if addressee else None,
        medium=actors.by_key(medium.key).id if medium else None,
    )
    second = before_next_predicate(doc, cue.end, clause.end)  # "wies X zurück und verteidigte Y": Y is not its
    content = doc.char_span(start, end, alignment_mode="expand")
    said = max(clause.end, content.end if content is not None else sent.end)  # "drängten auf X, Spanien lehnte ab"
    limit = second if second < clause.end else min(sent.end, said)
    targets = [addressee.key] if addressee else []
    targets += [
        m.key
        for m in others
        if cue.start < m.token_start < limit
        and not _after_preposition(doc, m)
        and not _attribute_in_a_demand(doc, cue, m)
    ]
    keys = list(dict.fromkeys(m.key for m in co_speakers))
    return Found(statement, speaker.key, list(dict.fromkeys(targets))[:3], keys)


def _someone_else(clause: Span, sent: Span) -> bool:
    """`In einem Papier der Präsidentschaft heißt es hingegen`, `Aus Sachsen hieß es`: a contrast in the cue's
    clause, a document of someone named or a source named after `aus` says the impersonal cue is not the last
    speaker's going on."""
    doc = sent.doc
    contrast = any(t.lower_ in ("hingegen", "dagegen", "indes", "jedoch") for t in clause)
    named = any(t.lower_ == "aus" and t.i + 1 < sent.end and t.nbor().pos_ == "PROPN" for t in sent)  # "Aus Sachsen"
    owned = any(
        t.lower_.endswith(DOCUMENT_NOUNS) and t.i + 1 < sent.end and doc[t.i + 1].lower_ in ("der", "des")
        for t in sent
    )
    return contrast or owned or named


def _quoted_person(clause: Span, cue: Cue, speaker: ActorMention | None, actors: ActorIndex) -> ActorMention | None:
    """Whom a cue of quoting quotes: the person after `zitieren` in its clause (`zitierte die „Marca“ den
    Argentinier`, `Die Zeitung zitierte Soria mit den Worten`), who said what is quoted."""
    doc = clause.doc
    after = [m for m in actors.in_span(doc[cue.end : clause.end]) if m.type == "Person"]
    after = [m for m in after if speaker is None or m.key != speaker.key]
    return after[0] if after else None


def _without_frame(
    doc: Doc,
    span: tuple[int, int],
    quote: Quote | None,
    addressee: ActorMention | None,
    others: list[ActorMention],
    co_speakers: list[ActorMention],
    *,
    said_before: bool,
) -> tuple[int, int]:
    """`warnte die EU vor einer Eskalation`, `hat in einer Erklärung vor ... gewarnt`: the words opening a content
    that say whom it was said to or where are not what was said, nor who else said it (`warnen Oxfam, Greenpeace
    und ... vor`)."""
    start, end = span
    content = doc.char_span(start, end, alignment_mode="expand")
    if content is None:
        return span
    tagged = any(t.pos_ for t in content)
    body = content[_frame_opening(content) :]  # "unterdessen", "seit langem": no verbs
    verbal = any(t.pos_ in ("VERB", "AUX") for t in content) if tagged else has_verb(body)
    phrase = not verbal  # "sagte bei ihrem Gipfel weitere Hilfe zu", not "im Sommer ... zu reisen"
    told = _dative_opening(content) if phrase and addressee is None else None
    if told is not None:  # "schilderte dem Rat die Lage als „katastrophal“": whom it was told
        start, content = doc[told].idx, doc[told : content.end]
    if quote is not None:
        return start, end
    kept = i = content.start
    while i < content.end:
        if co_speakers and i <= co_speakers[0].phrase_start and _joining_words(doc[i : co_speakers[0].phrase_start]):
            i = co_speakers[-1].token_end  # "lehnen die USA und Ungarn eine Perspektive ab"
        elif addressee is not None and _addressed_at(doc, i, addressee):
            i = _after_coordinated(doc, addressee.token_end, others)  # "warf den USA und der NATO ... vor"
            if not any(is_capitalised_word(t) for t in doc[i : content.end]):
                break  # "kritisierte die Regierung scharf": the one addressed is also what was criticised
        elif (medium := _medium_phrase(doc, i)) is not None:
            i = medium
        elif doc[i].lower_ in FRAME_WORDS and not said_before:
            i += 1  # "warnte jedoch vor ...", "mahnte aber mehr Tempo an"; not "Zugleich brauche X ..., fügte er hinzu"
        elif phrase and _frame_opening(doc[i : content.end]):
            i += _frame_opening(doc[i : content.end])  # "kritisierte unterdessen die Pläne", "seit langem"
        elif phrase and (setting := _setting_phrase(doc, i, content.end, others)) is not None:
            i = setting  # "bei ihrem Gipfel in Washington": when and where, not what
        elif phrase and (asked := _asked_for(doc, i, content.end)) is not None:
            i = asked  # "bat die Betroffenen um Vergebung": whom it asks, then what
        elif phrase and doc[i].lower_ == "sich":
            i += 1  # "hatte sich für einen Dienst ausgesprochen": the cue's own reflexive
        elif phrase and (when := time_phrase_end(doc, i, content.end)) is not None:
            i = when  # "hatte sich vergangene Woche für ... ausgesprochen"
        else:
            break
        kept = i
    return (doc[kept].idx, end)


def _asked_for(doc: Doc, i: int, end: int) -> int | None:
    """Where `um` follows a noun phrase at `i` (`die Betroffenen um Vergebung`): what someone is asked for."""
    j = past_modifiers(doc, i, end)
    return j + 1 if j + 2 < end and is_capitalised_word(doc[j]) and doc[j + 1].lower_ == "um" else None


def _dative_opening(content: Span) -> int | None:
    """Where a content of no verb goes on after a dative noun phrase opening it (`dem Rat die Lage`), if it does."""
    doc = content.doc
    if len(content) < 3 or content[0].lower_ != "dem":
        return None
    j = past_modifiers(doc, content.start + 1, content.end)
    return j + 1 if j + 1 < content.end and is_capitalised_word(doc[j]) else None


def _frame_opening(span: Span) -> int:
    """How many words opening `span` frame a content of no verb: `unterdessen`, `seit langem`, or none."""
    if len(span) > 1 and (span[0].lower_, span[1].lower_) in FRAME_PHRASES:
        return 2
    return 1 if len(span) and span[0].lower_ in PHRASE_FRAME_WORDS else 0


def _joining_words(span: Span) -> bool:
    return all(t.lower_ in ("und", "sowie", ",") or t.lower_ in DETERMINERS for t in span)


def _addressed_at(doc: Doc, i: int, addressee: ActorMention) -> bool:
    return i <= addressee.phrase_start and _only_determiners(doc[i : addressee.phrase_start])


def _setting_phrase(doc: Doc, i: int, end: int, mentions: list[ActorMention]) -> int | None:
    """The end of a prepositional phrase of time or place at `i` (`bei ihrem Gipfel`, `am Montag`, `in Berlin`),
    if a noun follows it: what the cue governs is that noun phrase, not the occasion."""
    if doc[i].lower_ not in SETTING_PREPOSITIONS:
        return None
    j = i + 1
    while j < end and (doc[j].lower_ in DETERMINERS or is_adjective(doc[j]) or doc[j].tag_ in ("PPOSAT", "CARD")):
        j += 1
    if j >= end or not is_capitalised_word(doc[j]):
        return None
    bare = j == i + 1 and doc[j].lower_ not in TIME_NOUNS  # "im Rahmen", not "bei ihrem Besuch", "am Montag"
    bare = bare and doc[j].pos_ != "PROPN" and not any(m.token_start == j for m in mentions)  # "in Erfurt von"
    j += 1
    if bare and j < end and doc[j].lower_ in ("mit", "von", "auf", "zu", "für", "über", "des", "der"):
        return None  # "im Zusammenhang mit", "im Rahmen des": a preposition of many words, not a setting
    if j < end and doc[j].lower_ in ("des", "der"):  # "bei der Eröffnung der Messe"
        k = j + 1
        while k < end and is_adjective(doc[k]):
            k += 1
        j = k + 1 if k < end and is_capitalised_word(doc[k]) else j
    return j if any(is_capitalised_word(t) for t in doc[j:end]) else None


def _after_coordinated(doc: Doc, end: int, others: list[ActorMention]) -> int:
    """Past the actors joined to the one ending at `end`."""
    joined = _joined_to(doc, end, others)
    return joined[-1].token_end if joined else end


def _joined_to(doc: Doc, end: int, others: list[ActorMention]) -> list[ActorMention]:
    """The actors joined by `und`, `sowie` or a listing comma to the one ending at `end`, so one subject or one
    object with it (`die USA und ihre europäischen Verbündeten`, `Oxfam, Greenpeace und Brot für die Welt`)."""
    joined: list[ActorMention] = []
    while end < len(doc) and (doc[end].lower_ in ("und", "sowie") or is_list_comma(doc, end, doc[end].sent)):
        following = [m for m in others if end < m.phrase_start]
        nxt = next((m for m in following if _attributes_only(doc[end + 1 : m.phrase_start])), None)
        if nxt is None:
            break
        joined.append(nxt)
        end = nxt.token_end
    return joined


def _attributes_only(span: Span) -> bool:
    """Articles, possessives and adjectives only: what may stand before a name (`und ihre europäischen`)."""
    return all(t.lower_ in DETERMINERS or t.lower_ in POSSESSIVES or is_adjective(t) for t in span)


def _only_determiners(span: Span, *, pronoun: bool = False) -> bool:
    """Only articles in the span, and with `pronoun` a subject pronoun first (`warnte er die EU`)."""
    if pronoun and len(span) and span[0].lower_ in ("er", "sie"):
        span = span[1:]
    return all(t.lower_ in DETERMINERS for t in span)


def _medium_phrase(doc: Doc, i: int, nouns: tuple[str, ...] = MEDIUM_NOUNS) -> int | None:
    """The end of `in einer Erklärung`, `im Interview`, `auf einer Pressekonferenz` starting at `i`, if it is one."""
    if doc[i].lower_ not in ("in", "im", "auf", "bei", "beim"):
        return None
    for token in doc[i + 1 : min(i + 5, len(doc))]:
        if token.lower_.endswith(nouns):
            return token.i + 1
        if not (token.lower_ in DETERMINERS or token.lower_ in POSSESSIVES or is_adjective(token)):
            return None
    return None


def _eligible(mention: ActorMention, sent: Span, quotes: list[Quote], all_mentions: list[ActorMention]) -> bool:
    """Could this mention be the subject of its clause? Not in a quote, not after a preposition, not nested."""
    doc = sent.doc
    if in_quote(mention.start_char, quotes) and not _is_quoted_name(mention, quotes):
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
    ends in `-in` or follows `die`, the dative of a man's takes `dem`."""
    bearer = _case_bearer(mention, doc)
    if not has_morph(doc) or "Dat" not in bearer.morph.get("Case") or bearer.dep_ in ("nsubj", "sb"):
        return False  # "teilte der Elektrokonzern mit": the parse, which sees the clause, makes it the subject
    if _bare_name_before_verb(mention, doc):
        return False  # "Hellweg betonte, ...": a name opening its sentence before the verb is its subject
    first = doc[mention.token_start]
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


def _case_bearer(mention: ActorMention, doc: Doc) -> Token:
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


def _is_quoted_name(mention: ActorMention, quotes: list[Quote]) -> bool:
    """`Die "New York Times" hatte berichtet`: a name in quotation marks is a name, not quoted speech."""
    return any(
        q.start <= mention.start_char
        and mention.end_char <= q.end
        and q.end - q.start <= mention.end_char - mention.start_char + 1
        for q in quotes
    )


def _speaker(sent: Span, cue: Cue, actors: ActorIndex, quotes: list[Quote], state: _State) -> ActorMention | None:
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
    source = _source_in_clause(cue_token, actors) or _issuer_of_document(cue_token, actors, last)
    if source is not None:
        return source
    clause = clause_of(cue_token)
    mentions = actors.in_span(clause if clause[0].lower_ == "wie" else sent)  # "..., wie X mitteilte"
    eligible = [m for m in mentions if _eligible(m, sent, quotes, mentions) and not _named_as_source(doc, m)]
    if _first_person_or_generic(clause, cue):
        return None  # "Wir fordern die Regierung auf", "man sagt": no actor here said it
    relative = _relative_pronoun(clause, cue)
    if relative is not None and _is_subject(relative, cue, actors):
        return _antecedent_of_relative(relative, actors)
    described = _before_relative_clause(sent, cue, mentions)
    if described is not None:
        return described  # "Ihr Lektor X, der mit ihr zusammengearbeitet hat, nannte sie ...": not "sie"
    shared = _shared_subject(clause, cue, state.in_sentence)
    if shared is not None:
        return _mention_as(doc[cue.start], shared, actors)  # "X begrüßte Y, nannte sie aber ...": X named it
    pronoun = None if cue.lemma in IMPERSONAL_CUES else _pronoun_subject(sent, cue, clause.end)
    opening = [m for m in eligible if _opens_clause(m, clause) and m.token_end <= cue.start]
    if pronoun is not None and pronoun.lower_ in ("sie", "es") and pronoun.i >= cue.end and opening:
        right_before = clause.start == sent.start and opening[0].token_end == cue.start
        pronoun = None if right_before else pronoun  # "X bezeichnete sie als ...": its object; not "X nannte er"
    if pronoun is not None and (pronoun.i >= cue.end or _verb_second_after(pronoun, cue) or _inverted(pronoun)):
        return _resolve_pronoun(pronoun, actors, state)  # "sagte er", "Er forderte die Tarifparteien auf"
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
        return _resolve_pronoun(pronoun, actors, state)
    follows = _subject_follows(cue_token, clause) and not objects
    before = [] if follows else [m for m in eligible if m.token_end <= cue.start and not _told_medium(m, doc, actors)]
    if clause.start > sent.start and (_opens_with_noun_phrase(clause, cue) or _governed_relative(clause)):
        before = [m for m in before if m.phrase_start >= clause.start]  # "..., die Verteidigung plädierte auf X"
    if before:
        return _apposition_of(before[0], before, doc) or before[0]
    spokesperson = _same_spokesperson(clause, cue, actors, state) or _spokesperson_for(clause, cue, actors)
    if spokesperson is not None:
        return spokesperson
    by_parse = _subject_by_parse(cue_token, actors) if has_parse(doc) else None  # word order found none
    if by_parse is not None and not _eligible(by_parse, sent, quotes, mentions):
        by_parse = None  # "sagte der Nachrichtenagentur AFP", "tagesschau.de: Moskau bestreitet": no subject there
    return (
        by_parse
        or _epithet_of_last_speaker(clause, cue, actors, state)
        or unnamed_subject(clause, cue_token, cue.end, actors)  # "Ein Augenzeuge berichtete"
    )


def _apposed_after(sent: Span, cue: Cue, eligible: list[ActorMention]) -> ActorMention | None:
    """A person set off by a comma after a description that follows the cue (`drohte der Kommandeur der
    Revolutionsgarden, General X, mit Vergeltung`, `sagte die Leiterin der Studie, die Forscherin X.`): the
    description's name, the subject."""
    doc = sent.doc
    if cue.end >= sent.end or doc[cue.end].lower_ not in NOMINATIVE_ARTICLES:
        return None
    comma = _comma_after_description(doc, cue.end, sent.end)
    if comma is None:
        return None
    person = next((m for m in eligible if m.type == "Person" and comma < m.token_start <= comma + 4), None)
    if person is None or any(t.is_punct for t in doc[comma + 1 : person.token_start]):
        return None
    closed = person.token_end >= sent.end - 1 or doc[person.token_end].text == ","
    return person if closed else None


def _comma_after_description(doc: Doc, start: int, end: int) -> int | None:
    """The comma that ends a description (`der Bundesvorsitzende der Gewerkschaft der Polizei (GdP),`), where one
    follows within a dozen words and no verb stands before it."""
    comma = next((t.i for t in doc[start : min(start + 12, end)] if t.text == ","), None)
    return None if comma is None or any(is_finite_or_konjunktiv(t) for t in doc[start:comma]) else comma


def _shared_subject(clause: Span, cue: Cue, made: list[Found]) -> str | None:
    """The speaker of a cue in the main clause before, where the cue opens the next one after a comma and a pronoun
    and a word of contrast or addition follow it (`X begrüßte die Verlängerung, nannte sie aber „das Minimum“`): the
    two verbs share their subject, and the pronoun is the second one's object."""
    doc = clause.doc
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
        t for t in doc[cue.end : mention.phrase_start] if not (t.is_quote or _example_word(t) or is_adjective(t))
    ]
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


def _epithet_of_last_speaker(clause: Span, cue: Cue, actors: ActorIndex, state: _State) -> ActorMention | None:
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
    if (owner := owner_after(role)) is not None and not _holds_role_of(actors.by_key(key), role, owner, actors):
        return None  # "Der Bürgermeister der Stadt" is someone of his own, not the one just speaking
    forms = {role.lower_, role.lower_.removesuffix("s"), role.lower_.removesuffix("en")}
    if any(a.unnamed and a.name.lower().split()[-1] in forms for a in actors.actors.values()):
        return None  # "die Staatsanwältin" after "nach Angaben der Staatsanwältin": the one described so before
    if any(m.token_start <= role.i < m.token_end and not m.incidental for m in actors.mentions):
        return None  # the role names someone already ("der Minister" resolved to its holder)
    gender = role_gender(role.lower_)
    if AGE_NOUN.fullmatch(role.text) or not is_role(role):  # "der 72-Jährige", "der Mann" is a man
        gender = ARTICLE_GENDER.get(doc[article].lower_)
    if gender is not None and actor_gender(actors.by_key(key)) not in (None, gender):
        return None  # "sagte die Ministerin" after a man's words is someone else
    return _mention_as(role, key, actors)


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


def _possessor(possessive: Token, actors: ActorIndex) -> ActorMention | None:
    """Whom `sein`/`ihr` before a noun stands for: the last actor named before it of that gender (`sein` a man's
    or a neuter body's, `ihr` a woman's or a feminine or plural body's)."""
    lower = possessive.lower_
    if lower not in POSSESSIVES or not lower.startswith(("sein", "ihr")):
        return None
    genders = ("m", "n") if lower.startswith("sein") else ("f", "pl")

    def fits(m: ActorMention) -> bool:
        gender = actor_gender(actors.by_key(m.key))
        if m.type == "Person":
            return gender in (None, *genders)  # a person whose gender kg cannot tell may be meant
        return gender in genders or lower.startswith("ihr")  # `ihr` for a body of any gender, in the plural too

    earlier = [m for m in actors.mentions if m.token_end <= possessive.i and not m.incidental and fits(m)]
    return earlier[-1] if earlier else None


def _spokesperson_for(clause: Span, cue: Cue, actors: ActorIndex) -> ActorMention | None:
    """An unnamed spokesperson or member speaks for their organisation: the one their title names (`ein
    Hamas-Funktionär`, `ein Nato-Diplomat`), the one (or the person) after them (`ein Sprecher des Flughafens
    Frankfurt`, `das Büro von Ministerpräsident X`), or, for a spokesperson or an organ (`Eine Sprecherin erklärte
    ...` after `Die EU-Kommission ...`, `der Vorstand`), the organisation named last before them."""
    subject_before = clause[0].lower_ not in PREPOSITIONS and any(  # "Die Gewerkschaftlerin forderte die
        t.pos_ in ("NOUN", "PROPN") and t.lower_ not in TIME_NOUNS for t in clause if t.i < cue.start
    )  # Geschäftsführung auf": the organ is whom; not "Auf die Frage ... antwortete ein Bahnsprecher"
    role = next(
        (t for t in clause if t.i != cue.start and _member_noun(t) and not (subject_before and t.i > cue.start)), None
    )
    return None if role is None else _body_of_member(role, actors)


def _body_of_member(role: Token, actors: ActorIndex) -> ActorMention | None:
    """The body a spokesperson or member noun speaks for, recorded as a mention at the noun (see
    `_spokesperson_for`)."""
    doc = role.doc
    if role.i > 0 and (owner := _possessor(doc[role.i - 1], actors)) is not None:
        return _mention_as(role, owner.key, actors)  # "teilte ihr Management mit", "sein Sprecher": theirs
    bodies = [m for m in _bodies(actors) if not _told(doc, m) and not _only_said(m, role)]  # not "sagte X der Welt"
    named = next((m for m in bodies if m.token_start <= role.i < m.token_end and m.incidental), None)
    owner = owner_after(role)  # "ein Sprecher des Flughafens", "das Kommando Ost der Armee", "von Siemens"
    if named is None and owner is not None:  # a person's office speaks for them: "das Büro von Ministerin X"
        owners = [m for m in actors.mentions if m.type in ("Organization", "Country", "Person")]
        named = next((m for m in owners if owner <= m.phrase_start <= owner + 1 and _owning(m, doc)), None)
        if named is None and organisation_head(doc[owner]) is None and organisation_head(doc[owner + 1]) is None:
            return None  # `ein Sprecher des Hotels`: someone we do not know of speaks
        if named is not None and actors.is_medium(named.key) and _spokesperson_prefix(role) is None:
            return None  # "wie ein Diplomat der Deutschen Presse-Agentur sagte": told, not employed by, the agency
    if named is not None:
        return _mention_as(role, named.key, actors)
    prefix = _spokesperson_prefix(role)
    if prefix is None:  # "der Vorstand", "die Konzernleitung": the organ of the body named last, if it is one
        unit = role.lower_.endswith(_UNIT_ENDINGS)
        organisations = [m for m in bodies if not m.incidental and m.type == "Organization"]  # not Deutschland
        earlier = _recent(organisations, role.i) if unit else []
        return _mention_as(role, earlier[-1].key, actors) if earlier else None
    institution = _institution_in_compound(prefix)
    if owner is not None:  # "eine Sprecherin des Ministeriums": a ministry named before, not the last body
        institution = organisation_head(doc[owner + 1]) or organisation_head(doc[owner])
    bodies = _speaking_bodies(role, bodies)
    if institution is not None:  # "ein Polizeisprecher": the police named before, wherever, and no other body
        earlier = [m for m in bodies if m.token_end <= role.i and _named_as(m, institution, actors)]
    elif named_by := _named_in_compound(prefix, role, bodies, actors):  # "ein Bahnsprecher": one named "... Bahn"
        earlier = named_by
    else:
        earlier = _recent([m for m in bodies if not m.incidental], role.i)  # not the party of "Warken (CDU)"
    return _mention_as(role, earlier[-1].key, actors) if earlier else None


def _speaking_bodies(role: Token, bodies: list[ActorMention]) -> list[ActorMention]:
    """The bodies a spokesperson may speak for: not one named in what their sentence reports before the cue, unless
    that report opens with it (`Das DRK stehe in Kontakt mit dem Halbmond, sagte eine Sprecherin`: the DRK's), nor
    a country named as where something was (`in Syrien`) where another may be meant."""
    doc, sent = role.doc, role.sent
    said_end = clause_of(role).start
    inside = [m for m in bodies if sent.start <= m.token_start < said_end]
    subject = next((m for m in inside if _opens_clause(m, clause_of(sent[0]))), None)
    bodies = [m for m in bodies if m not in inside or m is subject]
    places = [m for m in bodies if m.type == "Country" and governing_preposition(m, doc) in ("in", "im", "aus")]
    return [m for m in bodies if m not in places] if len(places) < len(bodies) else bodies


def _told(doc: Doc, mention: ActorMention) -> bool:
    """A body in the dative right after a verb or a speaker's name (`sagte der „Süddeutschen Zeitung“`, `sagte
    Merz dem Sender`): someone was told something, and no spokesperson after speaks for it."""
    article = article_of(mention, doc)
    if article is None or article.lower_ not in ("der", "dem") or article.i == 0 or article.is_sent_start:
        return False
    before = doc[article.i - 1]
    return before.pos_ in ("VERB", "AUX", "PROPN") or (not before.pos_ and is_capitalised_word(before))


def _owning(mention: ActorMention, doc: Doc) -> bool:
    """A body after a member noun that owns it: named (`des Flughafens Frankfurt`) or opening the compound after
    it (`ein Mitglied der Hamas-Delegation`), not a mere mention inside another name."""
    compound = doc[mention.token_start].text.startswith(f"{doc.text[mention.start_char : mention.end_char]}-")
    return not mention.incidental or compound


def _only_said(mention: ActorMention, role: Token) -> bool:
    """Is the body only part of what the spokesperson said (`Eine Findungskommission werde eingesetzt, teilte eine
    Sprecherin mit`)? Not where it opens what was said as the subject of its own doing (`Das DRK stehe in Kontakt
    mit ..., sagte eine Sprecherin`): a spokesperson speaks of their body in the third person."""
    doc = role.doc
    if not role.sent.start <= mention.token_start < clause_of(role).start:
        return False
    clause = clause_of(doc[mention.token_start])
    opens = all(t.lower_ in DETERMINERS or is_adjective(t) for t in doc[clause.start : mention.phrase_start])
    passive = any(is_passive(t) for t in clause if t.tag_ == "VVPP" or (not t.tag_ and t.lower_.startswith("ge")))
    return not opens or passive


def _same_spokesperson(clause: Span, cue: Cue, actors: ActorIndex, state: _State) -> ActorMention | None:
    """`..., sagte der Sprecher` after a spokesperson's or a body's statement: the same spokesperson, for the same
    body, not an organisation named in what they said (`die Spur führe zur Deutschen Bank`)."""
    doc = clause.doc
    role = next((t for t in clause if t.i != cue.start and _spokesperson_prefix(t) == ""), None)
    if role is None or role.i == 0 or doc[role.i - 1].lower_ not in ("der", "die") or owner_after(role) is not None:
        return None
    if state.last_key is None or state.current - state.last_sentence > CONTINUATION_WINDOW:
        return None
    last = actors.by_key(state.last_key)
    spoke = last.type != "Person" or (last.unnamed and last.name.lower().endswith(SPOKESPERSON_HEADS))
    return _mention_as(role, state.last_key, actors) if spoke else None


def _spokesperson_prefix(role: Token) -> str | None:
    """What a spokesperson noun's compound opens with (`Polizeisprecher` → `polizei`, `eines Flughafensprechers` →
    `flughafen`; nothing for `Sprecherin`), or None for a noun that names no spokesperson."""
    before, _, last = role.lower_.rpartition("-")
    word = _strip_genitive_s(last)
    head = max((h for h in SPOKESPERSON_HEADS if word.endswith(h)), key=len, default=None)
    if head is None:
        return None
    return word[: len(word) - len(head)] or before  # "Polizeisprecher" → "polizei", "RSF-Sprecher" → "rsf"


def _strip_genitive_s(word: str) -> str:
    return word[:-1] if word.endswith("ers") else word


def _institution_in_compound(prefix: str) -> str | None:
    """The kind of body a spokesperson's compound names (`polizei` of `Polizeisprecher`, `unternehmen` of
    `Unternehmenssprecherin`)."""
    kinds = DEFINITE_INSTITUTIONS | FIRM_KINDS
    stem = prefix[:-1] if prefix.endswith("s") and prefix[:-1] in kinds else prefix
    return stem if stem in kinds else None


def _named_in_compound(prefix: str, role: Token, bodies: list[ActorMention], actors: ActorIndex) -> list[ActorMention]:
    """The bodies before a spokesperson whose name opens or ends with the word their compound opens with
    (`Bahnsprecher` after `die Deutsche Bahn`, `Flughafensprecher` after `der Flughafen Frankfurt`)."""
    if len(prefix) < 3:
        return []
    words = {prefix, prefix.removesuffix("s")}
    doc = role.doc
    spelt = {m.key for m in actors.mentions if doc.text[m.start_char : m.end_char].casefold() in words}  # "RSF"
    return [
        m
        for m in bodies
        if m.token_end <= role.i
        and not m.incidental
        and ({(name := actors.by_key(m.key).name.casefold().split())[0], name[-1]} & words or m.key in spelt)
    ]


def _named_as(mention: ActorMention, institution: str, actors: ActorIndex) -> bool:
    """Can the body mentioned be the institution a spokesperson names? A police is named so (`die Polizei
    Duisburg`); a government is that or its country; a firm, a party, a club is any organisation (`ZF`)."""
    if mention.incidental:
        return False
    if institution in FIRM_KINDS:  # not "der Gesamtbetriebsrat", "die Polizei": a body named by its kind alone
        name = actors.by_key(mention.key).name.lower()  # nor a court or an authority (`beim Amtsgericht`)
        public = any(word.endswith(PUBLIC_BODIES) for word in name.split())
        public = public or name.split()[0] in ADMINISTRATIONS  # "Stadt Bonn", "Land Niedersachsen"
        kind = actors.kinds.get(mention.key)  # a party's spokesperson for a party, a firm's for no party or medium
        excluded = NO_FIRM_KINDS | (ASSOCIATION_KINDS if institution in COMPANY_NOUNS else set())
        known = kind == "party" if institution == "partei" else kind not in excluded
        body = mention.type == "Organization" and not name.endswith(tuple(DEFINITE_INSTITUTIONS)) and not public
        return body and (known or (kind is None and institution == "partei"))
    named = institution in actors.by_key(mention.key).name.casefold()  # "des Gerichts": the Bundesgerichtshof
    return named or (institution == "regierung" and mention.type == "Country")


def _bodies(actors: ActorIndex) -> list[ActorMention]:
    """The mentions of organisations and countries, which unnamed spokespeople and documents speak for."""
    return [m for m in actors.mentions if m.type in ("Organization", "Country")]


def _recent(mentions: list[ActorMention], i: int) -> list[ActorMention]:
    """The mentions before token `i`, if the last of them is near enough to be what `i` refers back to."""
    earlier = [m for m in mentions if m.token_end <= i]
    return earlier if earlier and earlier[-1].token_end >= i - REFERS_BACK_TOKENS else []


def _member_noun(token: Token) -> bool:
    head = token.lower_.rsplit("-", 1)[-1]
    unit = head.endswith(_UNIT_ENDINGS)  # "Konzernleitung", "der Vorstand"
    return is_capitalised_word(token) and (_spokesperson_prefix(token) is not None or head in MEMBER_HEADS or unit)


_UNIT_ENDINGS = tuple(UNIT_HEADS)


def _opens_clause(mention: ActorMention, clause: Span) -> bool:
    """Nothing but articles or a genitive name (`Bayerns Gesundheitsministerin X`) before the mention's phrase."""
    first = clause.start
    while first < mention.phrase_start and (
        clause.doc[first].lower_ in DETERMINERS
        or (clause.doc[first].lower_ in FOCUS_PARTICLES and mention.type == "Person")  # "Auch X war gereist"
        or clause.doc[first].lower_ in POSSESSIVES  # "Deren energiepolitischer Sprecher X warf ... vor"
        or is_adjective(clause.doc[first])
        or _genitive_name(clause.doc[first], mention.phrase_start)
    ):
        first += 1
    return mention.phrase_start == first


def _genitive_name(token: Token, phrase_start: int) -> bool:
    return token.i == phrase_start - 1 and is_capitalised_word(token) and token.text.endswith("s")


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
        if named or circles or (impersonal and words[k] in ("aus", "von", "vom", "beim")):  # "hieß es beim DFB"
            start = clause[k].i + 1
            following = [m for m in actors.mentions if start <= m.phrase_start <= start + 3]
            return following[0] if following else None
    return None


def _issuer_of_document(cue: Token, actors: ActorIndex, last: str | None) -> ActorMention | None:
    """`..., heißt es in der Abschlusserklärung`, `In dem Urteil heißt es`: an impersonal cue quoting a document
    speaks for the one who spoke in the sentence before (`last`: `X wies das zurück. ..., hieß es in einer
    Mitteilung`), else for the organisation (or the group) named last before it."""
    if verb_lemma(cue) not in IMPERSONAL_CUES:
        return None
    doc = cue.doc
    ends = (_medium_phrase(doc, t.i, MEDIUM_NOUNS + DOCUMENT_NOUNS) for t in clause_of(cue) if t.i != cue.i)
    document_end = next((end for end in ends if end is not None), None)
    if document_end is None:
        return None
    if document_end < len(doc) and doc[document_end].lower_ in ("der", "des", "von", "vom"):
        named = [
            m
            for m in actors.mentions
            if document_end < m.token_start <= document_end + 3
            and not m.incidental
            and _strip_genitive_s(doc[m.token_start].lower_) not in ORGANISATION_ANAPHORS  # not "der Behörde"
        ]
        if named:  # "heißt es in einer Einschätzung der Ratingagentur Scope": whose document it is
            return named[0]
    issuers = [m for m in actors.mentions if m.type in ("Organization", "Country", "Group")]  # "mehrere Ökonomen"
    said = range(cue.sent.start, clause_of(cue).start)  # "Er wolle die Fraktion nicht belasten, hieß es in ..."
    issuers = [m for m in issuers if not is_genitive_of(m, doc) and not m.incidental and m.token_start not in said]
    if _issued_by(doc[document_end - 1]) is not None:  # a judgment is the court's, however far back
        return _issuer(doc[document_end - 1], issuers, actors)
    introduced = _introduction(doc[document_end - 1])  # "In dem Papier" after "aus einem internen Entwurf"
    if introduced is None and last is not None:
        return _mention_as(doc[document_end - 1], last, actors)
    issuers = [m for m in issuers if not _holding(doc, m)]  # not "der dem ARD-Hauptstadtstudio vorliegt"
    bodies = _recent(issuers, introduced.sent.end if introduced is not None else cue.i)
    if introduced is not None and not any(m.token_start >= introduced.sent.start for m in bodies):
        bodies = _recent(issuers, introduced.i)  # no one named with it: the subject before
    if not bodies:
        return None
    last_sentence = [m for m in bodies if doc[m.token_start].sent == doc[bodies[-1].token_start].sent]
    return _mention_as(doc[document_end - 1], last_sentence[0].key, actors)  # its subject


def _issued_by(document: Token) -> str | None:
    """The kind of institution that alone issues such a document (`Urteil` → `gericht`), or None."""
    return next((kind for noun, kind in ISSUED_BY.items() if document.lower_.endswith(noun)), None)


def _issuer(document: Token, bodies: list[ActorMention], actors: ActorIndex) -> ActorMention | None:
    """The last institution of the kind that issues the document (`laut Anklage`, `in dem Urteil`), as its mention."""
    kind = _issued_by(document)
    issued = [m for m in bodies if m.token_end <= document.i and kind and _named_as(m, kind, actors)]
    return _mention_as(document, issued[-1].key, actors) if issued else None


def _holding(doc: Doc, mention: ActorMention) -> bool:
    """`ein Papier, das dem „Spiegel“ vorliegt`: who holds a document, not who wrote it."""
    after = doc[mention.token_end : mention.token_end + 2]
    return any(t.lemma_.lower() in ("vorliegen", "zuspielen") or t.lower_ in ("vorliegt", "vorlag") for t in after)


def _introduction(document: Token) -> Token | None:
    """The earlier mention of a document a definite one refers back to (`In dem Papier heißt es` after `Das geht
    aus einem internen Entwurf hervor`): whose it is was said where it was introduced, with an indefinite article,
    a possessive (`legte seinen Bericht vor`) or a compound that names which one (`den Verfassungsschutzbericht`)."""
    doc = document.doc
    before = {t.lower_ for t in doc[max(0, document.i - 3) : document.i]}
    if not before & {"dem", "der", "diesem", "dieser", "im"}:
        return None
    introductions = [
        t
        for t in doc[: document.sent.start]
        if t.lower_.endswith(DOCUMENT_NOUNS)
        and (
            {w.lower_ for w in doc[max(0, t.i - 3) : t.i]} & (INDEFINITE_ARTICLES | POSSESSIVES)
            or (t.lower_ not in DOCUMENT_NOUNS and t.lower_.endswith(document.lower_))
        )
    ]
    return introductions[-1] if introductions else None


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
    first = next((t for t in clause if not (t.is_punct or t.is_space)), None)
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


def _resolve_pronoun(pronoun: Token, actors: ActorIndex, state: _State) -> ActorMention | None:
    """A personal pronoun speaks for the last speaker, or else the person (failing that, the organisation) named
    last before it; a demonstrative (`dieser`) for the one named last, which is why a writer chooses it. Either must
    agree in gender and number (`kg.nlp.gender`): `er` with a man, `sie sagte` with a woman or `die Regierung`, `sie
    sagten` with an organisation or a group."""
    if pronoun.text == "Sie" and not pronoun.is_sent_start:
        return None  # "Das sagen Sie nicht": the formal you is someone addressed, not someone reported
    gender = pronoun_gender(pronoun, clause_of(pronoun))
    fits = {key: agrees(actor, gender) for key, actor in actors.actors.items()}
    key = state.last_key if pronoun.lower_ not in DEMONSTRATIVE_PRONOUNS else None
    opener = _opening_person(state.previous, actors) if state.previous is not None else None
    said = state.previous_said
    if opener is not None and said is not None and said[0] <= opener.start_char < said[1]:
        opener = None  # "Whitaker sei ein großartiger Kandidat, schrieb er": what was said is about Whitaker
    if key is not None and opener is not None and fits[opener.key]:
        key = opener.key  # "Trump reagierte spöttisch. Biden sei ..., schrieb er": the subject of the last sentence
    elif key is not None and opener is None and _in_focus(state) and fits[state.focus]:
        key = state.focus  # "Brack war nicht anwesend. Er bedankte sich. Er habe ..., erklärte er": still Brack
    if key is not None and not fits[key] and _spokesperson_of_last(pronoun.doc, state) == gender:
        return _mention_as(pronoun, key, actors)  # "sagte eine Sprecherin des Ministeriums. Zugleich kritisierte sie"
    if (spokesperson := _silent_spokesperson(gender, actors, state)) is not None:
        return _mention_as(pronoun, spokesperson.key, actors)  # "Ein Konzernsprecher wollte ... nicht kommentieren"
    if (key is None or not fits[key]) and (member := _member_before(pronoun, gender, actors, state)) is not None:
        return member  # "Ein Sprecher des Ministeriums wollte sich nicht äußern. ..., sagte er"
    if key is None or not fits[key]:
        said = (pronoun.sent.start_char, clause_of(pronoun).start_char)  # "X sei bereit, Y zu ..., schrieb sie"
        earlier = [
            m
            for m in actors.mentions
            if m.end_char <= pronoun.idx and not m.incidental and fits[m.key] and not said[0] <= m.start_char < said[1]
        ]
        people = [m for m in earlier if m.type == "Person"]
        key = (people or earlier)[-1].key if earlier else None
    if key is None:
        return None
    return _mention_as(pronoun, key, actors)


def _in_focus(state: _State) -> bool:
    """Has someone opened a sentence since the last statement, and no one else opened one after them?"""
    return state.focus is not None and state.last_sentence < state.focus_sentence < state.current - 1


def _silent_spokesperson(gender: str | None, actors: ActorIndex, state: _State) -> ActorMention | None:
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
    if _spokesperson_prefix(first) is not None:
        return _body_of_member(first, actors) or unnamed_subject(clause, verb, verb.i + 1, actors)
    if (is_role(first) or is_person_noun(first)) and _opening_person(state.previous, actors) is None:
        return unnamed_subject(clause, verb, verb.i + 1, actors)  # "Der türkische Innenminister reiste ... sagte er",
        # "Eine Mieterin aus Schwabing hat gewonnen. „...“, sagte sie"
    return None


def _member_before(pronoun: Token, gender: str | None, actors: ActorIndex, state: _State) -> ActorMention | None:
    """A spokesperson or member of a named body in the sentence before, of the pronoun's gender (`Ein Sprecher des
    Ministeriums wollte sich nicht äußern`): the pronoun speaks for that body."""
    if state.previous is None or gender not in ("m", "f"):
        return None
    for noun in state.previous:
        owner = owner_after(noun) if _member_noun(noun) and noun.lower_.endswith("in") == (gender == "f") else None
        body = next((m for m in _bodies(actors) if owner is not None and owner <= m.phrase_start <= owner + 1), None)
        if body is not None:
            return _mention_as(pronoun, body.key, actors)
    return None


def _spokesperson_of_last(doc: Doc, state: _State) -> str | None:
    """The gender (`m`, `f`) of the spokesperson or member through whom the last speaker spoke, if one did (`eine
    Sprecherin des Ministeriums`): a pronoun of that gender goes on speaking for the same body."""
    if state.last_opening is None or (span := state.last_opening.statement.speaker_span) is None:
        return None
    phrase = doc.char_span(*span, alignment_mode="expand")
    if phrase is None:
        return None
    near = [*doc[max(0, phrase.start - 3) : phrase.start], *phrase]  # "ein hochrangiger Beamter des Ministeriums"
    noun = next((t for t in near if _member_noun(t)), None)
    if noun is None:
        return None
    return "f" if noun.lower_.endswith("in") else "m"


def _opening_person(sent: Span, actors: ActorIndex) -> ActorMention | None:
    """The person a sentence opens with, its subject (`Der Kandidat Donald Trump reagierte spöttisch`) or whose view
    it gives (`Für X ist der Ausgang offen`), or the one right after the verb of a first clause opened by an adverbial
    (`In Berlin zeigte sich Generalsekretär X zufrieden`)."""
    clause = clause_of(sent[0])
    doc = sent.doc
    people = [m for m in actors.in_span(sent) if m.type == "Person" and not is_genitive_of(m, doc)]
    opening = next((m for m in people if _opens_clause(m, clause)), None)
    if opening is None and sent[0].lower_ == "für" and len(sent) > 1:  # "Für Watzke ist der Ausgang offen": whose view
        opening = next((m for m in people if _opens_clause(m, sent.doc[sent.start + 1 : clause.end])), None)
    apposed = next((m for m in people if _apposed_before_verb(m, sent)), None)
    if opening is None and apposed is not None:
        return apposed  # "Eine der Angeklagten, die Studentin Lea W., verteidigte die Aktion"
    if opening is not None or not (finite := [t for t in clause if is_finite(t)]):
        return opening
    start = finite[0].i + 1
    if start < clause.end and doc[start].lower_ == "sich":
        start += 1  # "zeigte sich X zufrieden"
    after_verb = [m for m in people if m.token_end <= clause.end and _opens_clause(m, doc[start : clause.end])]
    return after_verb[0] if after_verb else None


def _apposed_before_verb(mention: ActorMention, sent: Span) -> bool:
    """A person set off by commas after the noun phrase opening the sentence, before any finite verb."""
    doc = sent.doc
    start, end = mention.phrase_start, mention.token_end
    if start - 1 <= sent.start or end >= sent.end or doc[start - 1].text != "," or doc[end].text != ",":
        return False
    return not any(is_finite_or_konjunktiv(t) for t in doc[sent.start : start])


def _mention_as(token: Token, key: str, actors: ActorIndex) -> ActorMention:
    """A word that stands for an actor (a pronoun, `Sprecherin`) recorded as a mention of it."""
    actors.add_mention(key, token.doc[token.i : token.i + 1], actors.by_key(key).type)
    return next(m for m in actors.mentions if m.token_start == token.i and m.key == key)


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
    return _mention_as(pronoun, antecedent.key, actors) if antecedent is not None else None


def _attribution_source(
    sent: Span, cue: Cue, actors: ActorIndex, quotes: list[Quote], gazetteer: Gazetteer, state: _State
) -> ActorMention | None:
    """The source named by `laut X`, `nach Angaben X`, `aus Kreisen X` (after), `X zufolge` (before), or by a
    country's adjective inside the cue (`nach palästinensischen Angaben`)."""
    doc = sent.doc
    if cites_own_words(doc[cue.start : cue.end]):
        return _own_source(sent, cue, actors)  # "Die Bundeswehr stellte nach eigenen Angaben 300 Soldaten bereit"
    for token in doc[cue.start : cue.end]:
        country = gazetteer.country_for_adjective(token.text) if is_adjective(token) else None
        if country is not None:
            key = actors.ensure_actor(country.name, country.type, country.qid)
            return _mention_as(token, key, actors)
    possessive = next((t for t in doc[max(sent.start, cue.start - 1) : cue.end] if t.lower_ in POSSESSIVES), None)
    if possessive is not None:  # "Nach seinen Angaben ...", "Ihren Angaben zufolge ..."
        owner = _possessor(possessive, actors)
        return _mention_as(possessive, owner.key, actors) if owner is not None else None
    mentions = actors.in_span(sent)
    if cue.lemma == "zufolge":
        before = [m for m in mentions if m.token_end <= cue.start]
        if not before and cue.start > sent.start and doc[cue.start - 1].lower_ in DATIVE_PRONOUNS:
            return _resolve_pronoun(doc[cue.start - 1], actors, state)  # "Ihr zufolge kommt es ..."
        author = _author_of(doc[cue.start - 1], actors) if cue.start > sent.start and not before else None
        return before[-1] if before else author or unnamed_source(sent, cue.start, cue.end, actors)
    first = _past_report_noun(doc, cue.end)  # "laut einem Bericht der „New York Times“"
    apposed = _apposed_source(doc, first, mentions)  # "Laut dem Bürgermeister der Gemeinde X, Y Z, wurden ..."
    after = apposed or [m for m in mentions if min(cue.end - 1, first) <= m.phrase_start <= first + 3]
    after = [m for m in after if not any(is_finite(t) for t in doc[cue.end : m.phrase_start])]  # "Laut Gericht hatte X"
    after = after or [m for m in actors.mentions if m.incidental and m.token_start == cue.end - 1]  # "UN-Angaben"
    after = after or _institution_named_before(doc[first], actors, quotes)  # "laut Gericht": the court named before
    if after and _agent_of_participle(doc, after[0]):  # "des von der Hamas kontrollierten Ministeriums"
        return next((m for m in mentions if m.phrase_start == after[0].token_end + 1), None)
    if after:
        source = after[0]  # "des städtischen IT-Leiters Jörg Mahnke": the name after the title
        named = (m for m in actors.mentions if m.key == source.key and m.token_start == source.token_end)
        return next(named, source)
    clause = clause_of(sent.doc[cue.start])
    spokesperson = _spokesperson_for(clause, cue, actors)  # "..., so die Sprecherin"
    epithet = _epithet_of_last_speaker(clause, cue, actors, state)  # "..., so der FDP-Chef weiter"
    noun = next((t for t in doc[first : sent.end] if t.lower_ not in ARTICLES and not is_adjective(t)), None)
    author = _author_of(noun, actors) if noun is not None else None  # "Laut dem Bericht" the Bundesamt presented
    if noun is not None and author is None and _issued_by(noun) is not None:  # "Laut Anklage": the prosecutor's
        author = _issuer(noun, [m for m in actors.mentions if m.type == "Organization" and not m.incidental], actors)
    internal = (  # "hätte die Pünktlichkeit nach internen Berechnungen bei 67 Prozent gelegen": the speaker's body's
        _mention_as(doc[cue.start], state.last_key, actors)
        if state.last_key is not None and any(t.lower_.startswith("intern") for t in doc[cue.start : cue.end])
        else None
    )
    return spokesperson or epithet or author or unnamed_source(sent, cue.start, cue.end, actors) or internal


def _author_of(document: Token, actors: ActorIndex) -> ActorMention | None:
    """Who presented a document referred back to (`Der Verband legte einen Bericht vor. Dem Bericht zufolge ...`):
    the subject of the sentence that introduced it."""
    if not document.lower_.endswith(DOCUMENT_NOUNS) or (introduced := _introduction(document)) is None:
        return None
    sent = introduced.sent
    authors = [m for m in actors.in_span(sent) if m.token_end <= introduced.i and not _after_preposition(sent.doc, m)]
    return _mention_as(document, authors[0].key, actors) if authors else None


def _apposed_source(doc: Doc, first: int, mentions: list[ActorMention]) -> list[ActorMention]:
    """The person set off by commas after a source noun (`Laut dem vorläufigen Sachwalter, dem Insolvenzverwalter
    Felix Amsel, gibt es ...`): who the source is."""
    comma = _comma_after_description(doc, first, doc[first].sent.end) if first < len(doc) else None
    if comma is None:
        return []
    named = [m for m in mentions if comma < m.token_start <= comma + 4 and m.type == "Person"]
    closed = named and named[0].token_end < len(doc) and doc[named[0].token_end].text == ","
    return named[:1] if closed else []


def _institution_named_before(noun: Token, actors: ActorIndex, quotes: list[Quote]) -> list[ActorMention]:
    """A bare institution noun as a source (`laut Gericht`, `nach Angaben des Ministeriums`) is the body named as
    it last before (`das Landgericht Bochum`), not in someone's words (`„... vom Bundesgerichtshof überprüfen“`)."""
    if not is_capitalised_word(noun) or any(m.token_start <= noun.i < m.token_end for m in actors.mentions):
        return []
    head = _strip_genitive_s(noun.lower_).removesuffix("es").removesuffix("s")
    if len(head) < 4:
        return []
    earlier = [m for m in _bodies(actors) if m.token_end <= noun.i and _named_as(m, head, actors)]
    earlier = [m for m in earlier if not in_quote(m.start_char, quotes)]
    return [_mention_as(noun, earlier[-1].key, actors)] if earlier else []


def cites_own_words(cue: Span) -> bool:
    """`nach eigenen Angaben`, `nach eigener Darstellung`: the source is the subject of the clause it stands in."""
    return any(t.lower_ in ("eigenen", "eigener") for t in cue)


def _own_source(sent: Span, cue: Cue, actors: ActorIndex) -> ActorMention | None:
    """Whose own words `nach eigenen Angaben` cites: the subject of its clause, the first actor there that no
    preposition governs, or the one its subject pronoun stands for (`will sie nach eigenen Worten ...`)."""
    clause = clause_of(sent.doc[cue.start])
    mentions = [m for m in actors.in_span(clause) if not (cue.start <= m.token_start < cue.end)]
    named = next((m for m in mentions if not _after_preposition(sent.doc, m)), None)
    pronoun = next((t for t in clause if t.lower_ in SUBJECT_PRONOUNS and t.i < cue.start), None)
    if named is not None or pronoun is None:
        return named
    gender = pronoun_gender(pronoun, clause)
    earlier = [
        m
        for m in actors.mentions
        if m.end_char <= pronoun.idx and not m.incidental and agrees(actors.by_key(m.key), gender)
    ]  # "Obwohl Oberbeck als Linke gilt, will sie nach eigenen Worten ..."
    return _mention_as(pronoun, earlier[-1].key, actors) if earlier else None


def _past_report_noun(doc: Doc, i: int) -> int:
    """Where the source starts after `laut`: past `einem Bericht der`, `einer Studie des`, `einer Umfrage von`."""
    j = i + 1 if i < len(doc) and doc[i].lower_ in ARTICLES else i
    while j < len(doc) and is_adjective(doc[j]):
        j += 1  # "laut einer aktuellen Umfrage der „New York Times“"
    if j + 1 < len(doc) and doc[j].lower_ in REPORT_NOUNS and doc[j + 1].lower_ in ("der", "des", "von", "vom"):
        return j + 1
    return i


def _agent_of_participle(doc: Doc, mention: ActorMention) -> bool:
    """`von der Hamas kontrollierten Ministeriums`: a name after `von` before an attributive participle and its
    noun is who does what the participle says, not the noun phrase's head."""
    i = mention.phrase_start - 1
    while i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    participle = doc[mention.token_end] if mention.token_end + 1 < len(doc) else None
    return (
        i >= 0
        and doc[i].lower_ in ("von", "vom", "durch")
        and participle is not None
        and participle.text[0].islower()
        and participle.lower_.endswith(("en", "ten", "te"))
        and is_capitalised_word(doc[participle.i + 1])
    )


def _seat_as_speaker(
    sent: Span, cue: Cue, actors: ActorIndex, gazetteer: Gazetteer, *, found: ActorMention | None
) -> ActorMention | None:
    """`Moskau dementiert`, `hieß es in Moskau`, `Peking betrachtet Taiwan als ... und droht`: a capital that speaks
    stands for its government's country. Where a name was `found` after the start of the cue's clause, only a
    capital opening that clause is its subject instead."""
    doc = sent.doc
    clause = clause_of(doc[cue.start])
    impersonal = cue.lemma in IMPERSONAL_CUES
    auxiliary = auxiliary_before(clause, cue.start)  # "Washington hat Moskau aufgefordert": Moskau is the object
    finite = auxiliary.i if auxiliary is not None else cue.start
    for span, country in _seats(sent, actors, gazetteer):
        if past_dateline(doc, span.start, sent.end) > span.start:
            continue  # "Peking - Ministerin X hat ...": where the article was written
        if _genitive_name(doc[span.end - 1], span.end) and span.end < sent.end and is_role(doc[span.end]):
            continue  # "Berlins Verkehrssenatorin X sagte": whose senator, not who spoke
        governed = span.start > 1 and doc[span.start - 1].lower_ in PREPOSITIONS  # "wie der Rat in Brüssel"
        governed = governed and doc[span.start - 2].lower_ not in GOVERNMENT_NOUNS  # "Die Regierung in Rom"
        right_before = finite - 1 <= span.end <= finite and not governed
        after_impersonal = impersonal and cue.end <= span.start and span.end <= clause.end
        opening = span.start == clause.start  # "Teheran verurteilte ... und kündigte ... an"
        if opening if found is not None else right_before or after_impersonal or opening:
            return _as_country(span, country, actors)
    return None


def _seat_addressed(sent: Span, cue: Cue, speaker: ActorMention, actors: ActorIndex, gazetteer: Gazetteer) -> None:
    """`Die USA riefen Peking zur Zurückhaltung auf`: a capital where the object of a demand, accusation or warning
    stands (after the finite verb, or after the speaker who follows it) is its government's country."""
    doc = sent.doc
    finite = auxiliary_before(clause_of(doc[cue.start]), cue.start) or doc[cue.start]
    starts = {finite.i + 1, speaker.token_end if speaker.token_start > finite.i else finite.i + 1}
    for span, country in _seats(sent, actors, gazetteer):
        if span.start in starts and actors.actor_at(span.start_char, span.end_char) is None:
            _as_country(span, country, actors)
            return


def _seats(sent: Span, actors: ActorIndex, gazetteer: Gazetteer) -> list[tuple[Span, Entry]]:
    """The capitals named in the sentence that stand for a government, with that government's country."""
    found = []
    for place in actors.places.values():
        for mention in place.mentions:
            inside = sent.start_char <= mention.start and mention.end <= sent.end_char
            span = sent.doc.char_span(mention.start, mention.end) if inside else None
            country = gazetteer.government_seat(mention.text) if span is not None else None
            if span is not None and country is not None:
                found.append((span, country))
    return found


def _as_country(span: Span, country: Entry, actors: ActorIndex) -> ActorMention:
    """The capital's words recorded as a mention of its country."""
    key = actors.ensure_actor(country.name, country.type, country.qid)
    actors.add_mention(key, span, country.type)
    return next(m for m in actors.mentions if m.token_start == span.start and m.key == key)


# --- content ------------------------------------------------------------------------------------------------------












































































# --- who it is addressed to, and where ----------------------------------------------------------------------------


def _addressee(
    sent: Span, cue: Cue, speaker: ActorMention, others: list[ActorMention], co_speakers: list[ActorMention]
) -> ActorMention | None:
    """`Der Deutschen Welle sagte er` (before an inverted cue), `forderte X auf`, `hat X aufgefordert`."""
    doc = sent.doc
    head = doc[speaker.token_start]
    owner = owner_after(head) if is_role(head) else None  # "sagte der Präsident der BDA": whose, not whom told
    others = [m for m in others if owner is None or not owner <= m.phrase_start <= owner + 1]
    clause = clause_of(doc[cue.start])
    if speaker.token_start >= cue.end:
        fronted = [m for m in others if clause.start <= m.phrase_start and m.token_end <= cue.start]
        fronted = [m for m in fronted if not _after_preposition(doc, m)]  # "Im Bundestag forderte X": a setting
        if fronted and _opens_clause(fronted[0], clause):
            return fronted[0]
    auxiliary = auxiliary_before(clause, cue.start)
    middle = auxiliary.i if auxiliary is not None else len(doc)  # between `haben` and `zugesagt`
    end = before_next_predicate(doc, cue.end, clause.end)  # "nannte X Y und warf Z vor": Z is not addressed here
    dative = [
        m
        for m in others
        if (m.token_start >= cue.end or (middle < m.phrase_start and m.token_end <= cue.start))
        and m.token_end <= end
        and (
            _is_dative_object(doc, m)
            or _dative_after_speaker(doc, m, speaker)
            or dative_before_object(m, doc[cue.end - 1])
        )
    ]  # "sagte Merz der Zeitung", "haben der Ukraine Hilfe zugesagt", "sicherte Israel Unterstützung zu"
    if dative and cue.speech_act in ("claim", "report", "assurance", "announcement", "threat"):
        return dative[0]  # "sagte Merz der Zeitung", "sagte er gegenüber dem Sender", "drohte der EU mit Zöllen"
    if cue.speech_act in ADDRESSED_ACTS:
        finite = auxiliary or doc[cue.start]
        objects = [
            m
            for m in others
            if finite.i < m.phrase_start
            and m.token_end <= end
            and m.token_start >= speaker.token_end
            and not _after_preposition(doc, m)
            and m not in co_speakers
            and not _attribute_in_a_demand(doc, cue, m)
        ]
        if cue.speech_act == "warning":  # "warnte (er) die EU vor ...", not "warnte vor einer Rückkehr Trumps"
            objects = [m for m in objects if _only_determiners(doc[finite.i + 1 : m.phrase_start], pronoun=True)]
        return objects[0] if objects else None
    return None


def _named_as_source(doc: Doc, mention: ActorMention) -> bool:
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


def _attribute_in_a_demand(doc: Doc, cue: Cue, mention: ActorMention) -> bool:
    """`forderte die Freilassung Bazoums`, `die Freilassung des Präsidenten`, `sicherte die Unterstützung der USA
    zu`: a name in the genitive after a noun is its attribute, not whom a demand or a promise addresses (but `das
    Bodenpersonal der Lufthansa` is the airline's staff)."""
    promise = ("demand", "assurance", "announcement")  # not "kritisierte die Politik der Regierung": its target
    noun = genitive_head(mention, doc, bare=True) if cue.speech_act in promise else None
    return noun is not None and not noun.lower_.endswith(STAFF_NOUNS) and not _member_noun(noun)


def _is_dative_object(doc: Doc, mention: ActorMention) -> bool:
    """`der Zeitung`, `dem "Spiegel"` not governed by a preposition, or `gegenüber X`."""
    i = mention.phrase_start - 1
    if i > 0 and doc[i].is_quote:
        i -= 1
    if i < 1:
        return False
    if doc[i].lower_ == "gegenüber":
        return True
    j = i - 1
    while j > 0 and doc[j].is_quote:
        j -= 1  # "von einem "moralischen Sieg" der Opposition": the noun before the quotation mark governs it
    word = doc[j]
    if doc[i].lower_ in ("dem", "der") and word.lower_ == "gegenüber":
        return True  # "erklärte gegenüber dem Spiegel"
    return doc[i].lower_ in ("dem", "der") and word.lower_ not in PREPOSITIONS and not word.text[:1].isupper()


def _dative_after_speaker(doc: Doc, mention: ActorMention, speaker: ActorMention) -> bool:
    """`sagte Minister Vogt der Nachrichtenagentur epd`: `der` or `dem` right after the speaker's name starts the
    dative object (a name takes no genitive attribute)."""
    if speaker.token_end >= len(doc) or doc[speaker.token_end].lower_ not in ("der", "dem"):
        return False
    first = word_after(doc[speaker.token_end])  # "sagte Anna Nowak der „Leipziger Volkszeitung“"
    return first is not None and first.i == mention.phrase_start


def _after_preposition(doc: Doc, mention: ActorMention) -> bool:
    """`gegen die Ukraine`, `im Sudan`."""
    i = mention.phrase_start - 1
    while i >= 0 and doc[i].lower_ in DETERMINERS:
        if doc[i].lower_ in FUSED_PREPOSITIONS:
            return True
        i -= 1
    return i >= 0 and doc[i].lower_ in PREPOSITIONS


def _medium(sent: Span, cue: Cue, actors: ActorIndex, gazetteer: Gazetteer) -> ActorMention | None:
    """`in einem Gastkommentar für die "Bild"-Zeitung`, `im ZDF-Interview`, `sagte er im ZDF`."""
    doc = sent.doc
    clause = clause_of(doc[cue.start])
    for token in clause:
        if any(token.lower_.endswith(noun) for noun in MEDIUM_NOUNS):
            inside = [m for m in actors.mentions if m.token_start == token.i]  # "im ZDF-Interview"
            near = inside + [m for m in actors.in_span(clause) if _of_medium(doc, token, m)]
            organisations = [m for m in near if m.type == "Organization"]
            if organisations:
                return organisations[0]
    for mention in actors.in_span(clause):
        before = doc[mention.phrase_start - 1] if mention.phrase_start > 0 else None
        entry = gazetteer.lookup(actors.by_key(mention.key).name)
        where = before is not None and before.lower_ in ("im", "in", "auf", "bei")
        if where and entry is not None and entry.kind in ("media", "platform"):
            return mention  # a broadcaster, paper or platform named as where it was said ("auf Instagram")
    return None


def _of_medium(doc: Doc, medium: Token, mention: ActorMention) -> bool:
    """`im Interview mit dem "Spiegel"`, `in einem Gastbeitrag für die FAZ`, `im Interview der "Welt"`: the
    organisation is joined to the medium noun (not `hat im Interview die Regierung kritisiert`)."""
    if mention.phrase_start <= medium.i:
        return False
    words = [t.lower_ for t in doc[medium.i + 1 : mention.phrase_start] if not t.is_quote]
    if words in ([], ["der"], ["des"]):
        return True
    return len(words) <= 2 and words[0] in MEDIUM_PREPOSITIONS and all(w in DETERMINERS for w in words[1:])


# --- continuation -------------------------------------------------------------------------------------------------


def _fronted_phrase(sent: Span, clause: Span, cue: Cue, quotes: list[Quote]) -> bool:
    """`Dem Bayerischen Rundfunk sagte er, die Reform sei gut`, `Reportern sagte Trump, ...`: a phrase with no verb
    opening the sentence before the cue is no content; what was said follows the comma after the cue."""
    doc = sent.doc
    before = doc[sent.start : cue.start]
    if clause.start != sent.start or not len(before) or any(in_quote(t.idx, quotes) or t.is_quote for t in before):
        return False
    if any(is_finite_or_konjunktiv(t) or t.is_punct for t in before):
        return False
    comma = next((t.i for t in doc[cue.end : sent.end] if t.text == ","), None)
    after = doc[comma + 1 : sent.end] if comma is not None else []
    return any(is_finite_or_konjunktiv(t) for t in after)


def _clausal(statement: Statement, doc: Doc) -> bool:
    """Is what was said a quotation or a clause (a finite verb or a `zu` infinitive), not a noun alone?"""
    content = doc.char_span(statement.start, statement.end, alignment_mode="expand")
    verbs = content is not None and any(is_finite_or_konjunktiv(t) or is_zu_verb(t) for t in content)
    return statement.mode != "indirect" or verbs


def _presenter(sent: Span, previous: Span | None, actors: ActorIndex, quotes: list[Quote]) -> str | None:
    """Who presented, in the sentence before, the document or figures `demnach` refers to: the subject of a verb of
    presenting (`Das Bundesamt stellte neue Zahlen vor`, `Neue Zahlen legte das Bundesamt vor`); "" for a subject
    kg cannot name, None where no one presented anything."""
    if previous is None or not any(t.lower_ in SOURCE_ADVERBS for t in sent if not in_quote(t.idx, quotes)):
        return None
    verb = next((t for t in previous if t.pos_ in ("VERB", "") and verb_lemma(t) in PRESENTING_VERBS), None)
    if verb is None:
        return None
    clause = clause_of(verb)
    subjects = [
        m
        for m in actors.in_span(clause)
        if not _after_preposition(clause.doc, m) and not in_quote(m.start_char, quotes)
    ]
    return subjects[0].key if subjects else ""


def _continuation(sent: Span, quotes: list[Quote], actors: ActorIndex, state: _State, n: int) -> list[Found]:
    """A sentence without a cue of its own that goes on reporting the last speaker."""
    if state.last_key is None:
        return []
    doc = sent.doc
    own = [
        q for q in quotes if sent.start_char - 2 <= q.open_mark < sent.end_char
    ]  # a mark may end the sentence before
    outside = [t for t in sent if not in_quote(t.idx, quotes)]
    konjunktiv = any(is_konjunktiv(t) for t in outside)
    if n - state.last_sentence > 1 and state.past_after != n - 1:  # past narration only Konjunktiv I: "Sein Vertrag
        konjunktiv = any(is_konjunktiv(t) and "Past" not in t.morph.get("Tense") for t in outside)  # wäre gelaufen"
    konjunktiv = konjunktiv and not _hedged(outside)  # "Entscheidend dürften die Sozialisten werden"
    marker = sent[0].lower_ in CONTINUATION_MARKERS or any(t.lower_ in SOURCE_ADVERBS for t in outside)
    only_quote = bool(own) and all(t.is_punct or t.is_space for t in outside)
    if only_quote and n - state.last_sentence == 1:
        quote = own[0]
        state.used_quotes.add(quote.open_mark)
        return [_continued(doc, (quote.start, quote.end), "direct", state.last_key, state.last_opening)]
    right_after = n - state.last_sentence == 1
    verb = next((t for t in outside if is_finite(t)), None)
    actor_before = verb is not None and any(m.token_start < verb.i for m in actors.in_span(sent))
    connected = (  # not "Beide Regierungen unterzeichneten zudem ...": actors named doing something
        right_after
        and not actor_before
        and _maybe_reported(sent, quotes, actors)
        and any(t.lower_ in CONSEQUENCE for t in outside)
    )
    if not (konjunktiv or marker or connected):
        return []  # "Viele Ärzte verließen deshalb die Kliniken" right after X's words: Konjunktiv II, going on
    if not (marker or connected) and _narrated_opening(sent, quotes, reported_before=right_after):
        return []
    span, mode, _ = trimmed_span(doc, sent.start, sent.end, quotes)
    return [_continued(doc, span, mode, state.last_key, state.last_opening)] if span is not None else []


def _fill_gaps(
    found: list[Found],
    silent: dict[int, Span],
    by_sentence: dict[int, list[Found]],
    quotes: list[Quote],
    actors: ActorIndex,
) -> None:
    """A sentence in the plural past between two sentences of one speaker's reported speech goes on reporting it
    (`..., sagte X. Zudem klagten viele Beschäftigte über Druck. Wer krank werde, müsse ...`): there Konjunktiv II
    has the form of the preterite, and the speech going on after it shows which is meant."""
    for n, sent in silent.items():
        after = next((f for f in by_sentence.get(n + 1, []) if f.statement.continuation), None)
        chain = after.opened_by if after is not None else None
        before = [f for f in by_sentence.get(n - 1, []) if chain is not None and (f.opened_by or f) is chain]
        if not before or not _maybe_reported(sent, quotes, actors):
            continue
        span, mode, _ = trimmed_span(sent.doc, sent.start, sent.end, quotes)
        if span is not None:
            gap = _continued(sent.doc, span, mode, after.speaker_key, chain)
            gap.sentence = sent
            found.insert(found.index(after), gap)


def _maybe_reported(sent: Span, quotes: list[Quote], actors: ActorIndex) -> bool:
    """A sentence in the plural past that may be Konjunktiv II, naming no one (`An der Konferenz nahmen Biden, Macron
    und ... teil` is the narrator telling who did what)."""
    return _past_or_konjunktiv_ii(sent, quotes) and not any(m.type == "Person" for m in actors.in_span(sent))


def _past_or_konjunktiv_ii(sent: Span, quotes: list[Quote]) -> bool:
    """Are the sentence's finite verbs all plural past forms that may be Konjunktiv II (`klagten`, `dienten`,
    `hingen`), with no year or `damals` that would date it as narration?"""
    words = [t for t in sent if not in_quote(t.idx, quotes)]
    finite = [t for t in words if is_finite(t)]
    past = [t for t in finite if is_weak_preterite(t) or "Past" in t.morph.get("Tense") or is_strong_plural_past(t)]
    past = [t for t in past if t.lower_.endswith("en")]  # a plural: `zog`, `verteidigte` are the narrator's
    dated = any(t.like_num and len(t.text) == 4 for t in words) or any(t.lower_ in PAST_ADVERBS for t in words)
    return bool(finite) and len(past) == len(finite) and not dated


def _hedged(words: list[Token]) -> bool:
    """`dürfte` with `sein`, `werden` or `haben` closing the clause is the narrator's "probably" (`Das dürfte teuer
    werden`), not a permission reported (`dürften nicht mehr abgegeben werden`, a passive)."""
    verbs = [t for t in words if is_verb_form(t) or t.lower_ in HEDGES]
    if not any(t.lower_ in HEDGES for t in verbs) or not verbs:
        return False
    last = verbs[-1]
    passive = len(verbs) > 1 and verbs[-2].tag_ == "VVPP"
    return last.lower_ in ("sein", "werden", "haben") and not passive


def _after_colon(sent: Span, quotes: list[Quote], actors: ActorIndex) -> list[Found]:
    """`X zeigte sich gelassen: Er sei sicher, dass ...`: after a colon, a clause in Konjunktiv I is what the person
    opening the sentence said, whatever the verb before the colon."""
    doc = sent.doc
    colon = next((t for t in sent if t.text == ":" and not in_quote(t.idx, quotes)), None)
    if colon is None or colon.i + 1 >= sent.end:
        return []  # most sentences: no colon, no person to look for
    person = _opening_person(sent, actors)
    if person is None or person.token_start > colon.i:
        return []
    if not _reports_opening(doc[colon.i + 1 : sent.end], quotes):
        return []
    span, mode, _ = trimmed_span(doc, colon.i + 1, sent.end, quotes)
    return [_continued(doc, span, mode, person.key, None)] if span is not None else []


def _opened_by(sent: Span | None, key: str, actors: ActorIndex) -> bool:
    """Does the sentence open with this person as its subject (`Landrat X zeigte sich gelassen`), not name them after
    its verb (`An der Konferenz nahmen X, Y und Z teil`)?"""
    clause = clause_of(sent[0]) if sent is not None else None
    return clause is not None and any(m.key == key and _opens_clause(m, clause) for m in actors.in_span(sent))


def _reports_opening(sent: Span, quotes: list[Quote]) -> bool:
    """Is the sentence's first clause in Konjunktiv I (`Er sei sicher`, `Man habe alles versucht`), which only
    reported speech uses, not Konjunktiv II's hypotheses (`Es wäre besser`)?"""
    words = [t for t in clause_of(sent[0]) if not in_quote(t.idx, quotes)]
    finite = next((t for t in words if is_finite_or_konjunktiv(t)), None)
    return finite is not None and is_konjunktiv(finite) and "Past" not in finite.morph.get("Tense")


def _narrated_opening(sent: Span, quotes: list[Quote], *, reported_before: bool = False) -> bool:
    """`X hielt dagegen, der Entwurf komme zu spät`: a first clause in the indicative is the narrator speaking of
    someone else, whatever the Konjunktiv after it reports; but right after reported speech a first clause in the
    plural past may be Konjunktiv II, which the Konjunktiv after it shows (`Viele Kollegen fürchteten längere Wege,
    wenn Abteilungen zusammengelegt würden`)."""
    clause = clause_of(sent[0])
    words = [t for t in clause if not in_quote(t.idx, quotes)]
    finite = [t for t in words if "Fin" in t.morph.get("VerbForm") or t.tag_.endswith("FIN")]
    if reported_before and _past_or_konjunktiv_ii(clause, quotes):
        return False
    return bool(finite) and not any(is_konjunktiv(t) for t in words)


def _continued(doc: Doc, span: tuple[int, int], mode: str, speaker_key: str | None, opening: Found | None) -> Found:
    """A statement with no cue of its own, going on with what `opening` reported."""
    start, end = span
    statement = Statement(id="", mode=mode, content=doc.text[start:end], start=start, end=end, continuation=True)
    return Found(statement, speaker_key, opened_by=opening)


def _inside_used_quote(sent: Span, quotes: list[Quote], state: _State) -> bool:
    """A sentence inside a quotation already taken by a statement (a quote spanning sentences)."""
    for quote in quotes:
        if (
            quote.open_mark in state.used_quotes
            and quote.open_mark < sent.start_char
            and sent.end_char <= quote.end + 2
        ):
            return True
    return False


