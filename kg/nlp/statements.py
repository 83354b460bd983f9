"""Reported speech in German news: who said what, to whom, in which medium.

A statement starts at a cue: a verb of saying from the ontology's speech-act scheme (`sagte`, `warf ... vor`), or an
attribution (`laut X`, `X zufolge`, `wie es aus Kreisen X hieß`), found by `cues.py`. This module reads a document
sentence by sentence and makes each cue a statement: `speakers.py` names its speaker (`pronouns.py` whom a pronoun
stands for, `sources.py` an attribution's source, `bodies.py` the organisation an unnamed spokesperson speaks for,
`seats.py` a government named by its capital), `content.py` finds what was said, `addressees.py` to whom and in
which medium. Sentences without a cue may go on with the last speaker (`continuation.py`). A cue whose own clause
is in Konjunktiv (`Sie hätten ihre Bereitschaft bekräftigt`) is itself reported, and so continues the speaker who
reports it. What the reader keeps in mind from one sentence to the next is a `Discourse` (`discourse.py`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.lexicon import Lexicon
from kg.nlp.actors import ActorIndex, ActorMention, after_preposition, mention_as
from kg.nlp.addressees import ADDRESSED_ACTS, attribute_in_a_demand, find_addressee, find_medium, only_determiners
from kg.nlp.content import (
    attribution_pieces,
    content_span,
    has_verb,
    joined_pieces,
    resumed_content,
    time_phrase_end,
    trimmed_span,
)
from kg.nlp.continuation import (
    after_colon,
    continuations,
    fill_gaps,
    maybe_reported,
    reports_opening,
    sentence_opened_by,
    sole_quotation,
)
from kg.nlp.cues import ATTRIBUTION, Cue, closing_after_comma, find_cues, is_reported, is_zu_verb, says_nothing
from kg.nlp.discourse import CONTINUATION_WINDOW, Discourse, Found
from kg.nlp.german import (
    ADVERBIAL_CONJUNCTIONS,
    CIRCLE_NOUNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FRAME_WORDS,
    IMPERSONAL_CUES,
    POSSESSIVES,
    PREPOSITIONS,
    SETTING_PREPOSITIONS,
)
from kg.nlp.interviews import Turn, interview_turns
from kg.nlp.pronouns import opening_person, resolve_pronoun
from kg.nlp.quotes import Quote, in_quote
from kg.nlp.seats import GOVERNMENT_NOUNS, seat_addressed, seat_as_speaker
from kg.nlp.sources import attribution_source, find_presenter
from kg.nlp.speakers import find_speaker, is_quoted_name, named_as_source
from kg.nlp.syntax import (
    TIME_NOUNS,
    auxiliary_before,
    before_next_predicate,
    clause_of,
    content_sentences,
    is_adjective,
    is_capitalised_word,
    is_finite_or_konjunktiv,
    is_konjunktiv,
    is_list_comma,
    medium_phrase_end,
    organisation_head,
    past_modifiers,
    relative_opening,
)
from kg.nlp.unnamed import is_person_noun, unnamed_source
from kg.records import Statement

# Forms of `lassen` with which someone has something said for them (`..., ließ der Minister mitteilen`).
LETTING = frozenset({"ließ", "ließen", "lässt", "lassen"})

# Words and pairs that frame a content of no verb (`kritisierte unterdessen die Pläne`, `fordern seit langem
# strengere Kontrollen`); a clause may open with them (`sagte, auch die Nato sei bereit`).
PHRASE_FRAME_WORDS = frozenset(
    {"unterdessen", "derweil", "ebenfalls", "dennoch", "trotzdem", "weiterhin", "abermals", "nochmals", "auch"}
    | {"scharf", "ausdrücklich", "nachdrücklich", "eindringlich", "vehement", "energisch", "heftig"}
)

FRAME_PHRASES = frozenset({("seit", "langem"), ("seit", "jahren"), ("seit", "monaten"), ("seit", "wochen")})


def find_statements(
    doc: Doc, actors: ActorIndex, quotes: list[Quote], lexicon: Lexicon, gazetteer: Gazetteer
) -> list[Found]:
    found: list[Found] = []
    state = Discourse()
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
        made = [f for f in made if not _frames_a_cue(f, made)]
        within_turn = any(t.start < sent.start_char < t.end for t in turns)  # its speaker's already
        if said and not made and not within_turn and state.silent_speaker is not None:  # "Dazu äußerte sich X."
            state.last_key, state.last_sentence, state.last_opening = state.silent_speaker, n, None
        elif said and not made and not within_turn:  # someone kg cannot name spoke: what follows is theirs
            state.unattributed = n
        presenter = find_presenter(sent, state.previous, actors, quotes) if not cues and not made else None
        if presenter:  # "X stellte am Mittwoch neue Zahlen vor. Demnach ...": X's figures go on
            state.last_key, state.last_sentence, state.last_opening = presenter, n - 1, None
        elif presenter is not None:  # presented by someone kg cannot name: not the last speaker's
            state.unattributed = n
        opener = state.focus if state.focus_sentence == n - 1 and state.last_sentence < n - 1 else None
        opener = opener if opener is not None and sentence_opened_by(state.previous, opener, actors) else None
        opened = reports_opening(sent, quotes) or sole_quotation(sent, quotes) is not None
        if opener is not None and not cues and not made and not within_turn and opened:
            state.last_key, state.last_sentence, state.last_opening = opener, n - 1, None  # "X zeigte sich gelassen.
            # Er sei sicher, dass ...", "Winzer X stand vor den Trümmern. „...“": whom the sentence before was about
        if not made and not within_turn:
            made = after_colon(sent, quotes, actors)  # "X zeigte sich gelassen: Er sei sicher, dass ..."
        recent = n - state.last_sentence <= CONTINUATION_WINDOW and state.last_sentence > state.unattributed
        if not cues and not made and not within_turn and recent:
            made = continuations(sent, quotes, actors, state, n)  # a cue kg cannot attribute is someone else's speech
        if not cues and not made and not within_turn:
            silent[n] = sent
            if n - state.last_sentence == 1 and maybe_reported(sent, quotes, actors):
                state.past_after = n  # "Die Lehrkräfte fühlten sich allein gelassen": Konjunktiv II, if speech goes on
            if _introduces_someone(sent):
                state.unattributed = n  # "Ein Beamter sieht darin Kalkül. Die Stadt teste, ...": his view, not X's
        made = [piece for item in made for piece in _split_at_colon_quote(item, doc, quotes)]
        made = [piece for item in made for piece in _with_words_before_inquit(item, sent, quotes)]
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
        if (opening := opening_person(sent, actors)) is not None:
            state.focus, state.focus_sentence = opening.key, n
        state.previous = sent
        state.previous_said = (made[0].statement.start, made[0].statement.end) if made else None
    fill_gaps(found, silent, by_sentence, quotes, actors)
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


def _split_at_colon_quote(item: Found, doc: Doc, quotes: list[Quote]) -> list[Found]:
    """`mahnte, die Regierung müsse handeln: „Wir verlieren jeden Tag Zeit.“`: reported words, then a quotation of
    the speaker's own after a colon, are two statements of one cue, an indirect and a direct one."""
    said = item.statement
    colon = doc.text.find(":", said.start, said.end)
    quote = next((q for q in quotes if colon >= 0 and colon < q.open_mark <= colon + 3), None)
    if said.mode != "mixed" or said.parts or quote is None or quote.end < said.end - 1:
        return [item]
    before = doc.char_span(said.start, colon, alignment_mode="contract")
    outside = [t for t in before if not in_quote(t.idx, quotes)] if before is not None else []
    if not any(is_finite_or_konjunktiv(t) or is_zu_verb(t) for t in outside):
        return [item]  # "warnte vor einem „heißen Herbst“: ..."; a clause reports, a noun alone does not
    own = replace(said, mode="direct", content=doc.text[quote.start : quote.end], start=quote.start, end=quote.end)
    mode = "mixed" if any(said.start <= q.open_mark < colon for q in quotes) else "indirect"
    said.content, said.end, said.mode = doc.text[said.start : colon].rstrip(), colon, mode
    said.end = said.start + len(said.content)
    return [item, replace(item, statement=own, targets=list(item.targets), co_speakers=list(item.co_speakers))]


def _with_words_before_inquit(item: Found, sent: Span, quotes: list[Quote]) -> list[Found]:
    """`Viele könnten sich das nicht leisten, sagte sie: „So geht es nicht weiter.“`: the reported clause before an
    inverted cue is a statement too, besides the quotation after its colon."""
    said, doc = item.statement, sent.doc
    if said.mode != "direct" or said.cue_span is None:
        return [item]
    cue = doc.char_span(*said.cue_span, alignment_mode="expand")
    clause = clause_of(cue[0]) if cue is not None else None
    if clause is None or said.start < cue.end_char or clause.start <= sent.start or doc[clause.start - 1].text != ",":
        return [item]
    before = doc[sent.start : clause.start - 1]
    finite = [t for t in before if is_finite_or_konjunktiv(t)]
    framed = before[0].lower_ in (*PREPOSITIONS, *ADVERBIAL_CONJUNCTIONS, "ob", "wie")  # "Auf die Frage, ob ..."
    if framed or any(in_quote(t.idx, quotes) for t in before) or not finite or not all(map(is_konjunktiv, finite)):
        return [item]  # not "Sie sei bereit, sagte sie, fügte aber hinzu: ...": another cue's words
    span, mode, _ = trimmed_span(doc, sent.start, clause.start - 1, quotes)
    if span is None:
        return [item]
    reported = replace(said, mode=mode, content=doc.text[span[0] : span[1]], start=span[0], end=span[1])
    return [replace(item, statement=reported, targets=list(item.targets)), item]


def _introduces_someone(sent: Span) -> bool:
    """Does the sentence open with someone new and unnamed as its subject (`Ein Beamter, der anonym bleiben wollte,
    sieht ...`)? What follows in Konjunktiv may be theirs, and is no longer the last speaker's."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return len(words) > 2 and words[0].lower_ in ("ein", "eine") and is_person_noun(words[1])


def _frames_a_cue(item: Found, made: list[Found]) -> bool:
    """`Aus Kreisen des Ministeriums hieß es, ...`: an attribution whose content opens with another cue of the same
    source is that cue's frame, not a statement of its own."""
    said = item.statement
    return said.speech_act == ATTRIBUTION and any(
        other is not item
        and other.speaker_key == item.speaker_key
        and other.statement.cue_span is not None
        and said.start <= other.statement.cue_span[0] <= said.start + 2
        for other in made
    )


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


def _statement(
    sent: Span, cue: Cue, actors: ActorIndex, quotes: list[Quote], gazetteer: Gazetteer, state: Discourse
) -> Found | None:
    doc = sent.doc
    clause = clause_of(doc[cue.start])
    if cue.speech_act == ATTRIBUTION:
        speaker = attribution_source(sent, cue, actors, quotes, gazetteer, state)
    else:
        speaker = find_speaker(sent, cue, actors, quotes, state)
    if speaker is not None and actors.by_key(speaker.key).name.lower() in GOVERNMENT_NOUNS:
        speaker = seat_as_speaker(sent, cue, actors, gazetteer, found=None) or speaker  # "Die Regierung in Minsk"
    elif speaker is None or speaker.phrase_start > clause.start:
        speaker = seat_as_speaker(sent, cue, actors, gazetteer, found=speaker) or speaker
    quoting = None
    if cue.lemma == "zitieren" and (quoted := _quoted_person(clause, cue, speaker, actors)) is not None:
        quoting, speaker = speaker, quoted  # "zitierte die Zeitung den Minister": the minister said it
    elif cue.lemma == "zitieren" and cue.end < sent.end and doc[cue.end].lower_ in ("den", "einen"):
        quoting, speaker = speaker, unnamed_source(sent, cue.start, cue.end, actors) or speaker  # "einen Diplomaten"
    elif cue.lemma == "zitieren" and cue.end < sent.end and doc[cue.end].lower_ in ("ihn", "sie"):
        media = [m for m in actors.in_span(doc[cue.end + 1 : clause.end]) if m.type == "Organization"]
        quoting = media[0] if media else speaker  # "zitierte ihn die Agentur Irna": whom it quotes said it
        speaker = resolve_pronoun(doc[cue.end], actors, state)
    carried = speaker is None and cue.lemma in IMPERSONAL_CUES and state.current - state.last_sentence == 1
    carried = carried and not _someone_else(clause, sent)
    if carried and state.last_key is not None:
        speaker = mention_as(doc[cue.start], state.last_key, actors)  # "X rief auf, ... Y sollten ..., hieß es"
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
        seat_addressed(sent, cue, speaker, actors, gazetteer)
    speaker_actor = actors.by_key(speaker.key)
    others = [
        m
        for m in actors.in_span(sent)
        if m.key != speaker.key and (not in_quote(m.start_char, quotes) or is_quoted_name(m, quotes))
        and not named_as_source(doc, m)  # "warf X nach Angaben der Agentur Irna vor": Irna reports it
    ]
    co_speakers = _joined_to(doc, speaker.token_end, others)
    quoted = cue.speech_act == ATTRIBUTION or quoting is not None  # who quotes is the medium, addressing no one
    addressee = None if quoted else find_addressee(sent, cue, speaker, others, co_speakers)
    medium = find_medium(sent, cue, actors, gazetteer)
    medium = None if medium is not None and medium.key == speaker.key else medium  # "hieß es in ihrer Mitteilung"
    medium = medium or (quoting if quoting is not None and quoting.type == "Organization" else None)
    said_before = span[1] <= clause[0].idx  # "Zugleich brauche X ..., fügte er hinzu"
    start, end = _without_frame(doc, span, quote, addressee, others, co_speakers, said_before=said_before)
    if start >= end:
        return None  # "sagte aber aber": frame words and nothing said
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
        and not after_preposition(doc, m)
        and not attribute_in_a_demand(doc, cue, m)
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
    named = named or any(t.lower_ == "aus" and t.i + 2 < sent.end and _other_body(t.nbor(), t.nbor(2)) for t in clause)
    owned = any(
        t.lower_.endswith(DOCUMENT_NOUNS) and t.i + 1 < sent.end and doc[t.i + 1].lower_ in ("der", "des")
        for t in sent
    )
    return contrast or owned or named


def _other_body(determiner: Token, noun: Token) -> bool:
    """`aus dem Präsidialamt`, `aus seinem Umfeld`: an institution or someone's circle, whether kg can name them;
    not a place of the body that spoke (`aus dem Rathaus`, `aus dem Lagezentrum`)."""
    institution = determiner.lower_ in DETERMINERS and organisation_head(noun) is not None
    return institution or (determiner.lower_ in POSSESSIVES and noun.lower_ in CIRCLE_NOUNS)


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
        elif (medium := medium_phrase_end(doc, i)) is not None:
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
    return i <= addressee.phrase_start and only_determiners(doc[i : addressee.phrase_start])


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


def _inside_used_quote(sent: Span, quotes: list[Quote], state: Discourse) -> bool:
    """A sentence inside a quotation already taken by a statement (a quote spanning sentences)."""
    for quote in quotes:
        if (
            quote.open_mark in state.used_quotes
            and quote.open_mark < sent.start_char
            and sent.end_char <= quote.end + 2
        ):
            return True
    return False
