"""Commentators among the sources: who of the voices that report an event is an analyst, an expert, a scholar --
someone who comments on the news rather than takes part in it.

Source: eval/voa_news/ANNOTATION.md ("do not code commentary, opinions about the world in general, or
statistics; an analyst's quote is an event only if it reports a concrete interaction"). A source is a
commentator when the words that name it say so (:data:`COMMENTATOR_NOUNS`, the lexicon list ``commentator_noun``):

- the speaker is the role noun itself: "analysts say ...", "an expert said ...", "according to observers";
- a person with the role in apposition, as a title or in a "who is" clause: "Gregory Brew, a senior analyst at
  the Eurasia Group, said", "said Jane Roe, senior fellow with the Institute", "Professor Carl Thayer said",
  "Carl Thayer, who is a professor at ..., said";
- a person introduced by an affiliation with a research body -- a think tank, a university, a research centre --
  whatever their role noun: "Jane Roe, director of the Baltic Institute's Center for Maritime Analysis, said",
  "said Jane Roe of Georgetown University" (:func:`research_affiliated`; lexicon ``research_body_noun``), unless
  the actor tables make the body official ("the UN Security Council");
- a later mention of a person the story introduced so: "Thayer said", "he said" (the people memory of the
  resolver gives the person's name; :func:`note_commentators` remembers the names, by the quote pass, which reads
  every sentence before any event is coded).

A role noun that resolves to an official or international body is no commentator ("UN experts", "EU observers":
a body's statement is its act), nor is a person whose title makes them an official.
"""
from __future__ import annotations

from ..actors.resolve import FIRST_PERSON
from ..lexicon import words
from ..nlp.views import span_ents
from .ontology import QUAD_CLASS

#: Nouns of a commentator's role (lexicon list ``commentator_noun``).
COMMENTATOR_NOUNS = words("commentator_noun")
#: Sectors of officials: a person or body coded with one speaks for a party, never as a commentator.
OFFICIAL_SECTORS = frozenset(w.upper() for w in words("official_sector"))
#: Codes of international bodies: their experts and observers speak for the body ("UN experts said").
BODY_CODES = frozenset({"IGO", "UNO", "EUR"})
#: Head nouns of the names of research bodies (lexicon list ``research_body_noun``): "the Hudson Institute".
RESEARCH_BODY_NOUNS = words("research_body_noun")
#: Head nouns of bodies that are research bodies when their name holds a word of ``research_name_word``.
RESEARCH_NAMED_BODY_NOUNS = words("research_named_body_noun")
#: Words of a research body's name ("studies", "research", "foreign relations").
RESEARCH_NAME_WORDS = words("research_name_word")
#: Roles of a person at a research body who speaks for it or takes part ("a spokeswoman for", "a student at").
AFFILIATE_PARTY_ROLES = words("affiliate_party_role")
#: Prepositions of a person's affiliation: "Jane Roe of Georgetown University", "a director at the Stimson Center".
AFFILIATION_PREPS = frozenset({"of", "at", "with", "from"})
#: Roles of officials and officers that, held in the past, make an observer (lexicon list ``former_observer_role``).
FORMER_OBSERVER_ROLES = words("former_observer_role")
#: Words of a role held in the past (lexicon list ``former_word``: "former", "retired", "ex-").
FORMER_WORDS = words("former_word")
#: Links from a name to the words that describe it: an apposition, a title compound, a "who is ..." clause.
DESCRIBING_DEPS = ("appos", "compound", "relcl")


def _role_word(t) -> bool:
    return t.lemma_.lower() in COMMENTATOR_NOUNS and t.pos_ in ("NOUN", "PROPN")


def role_words(tok) -> list:
    """The words that describe the person or group ``tok`` names: ``tok`` itself, the heads of its appositions
    (and their conjuncts: "a professor and analyst"), the title compounds left of the name ("Professor Carl
    Thayer", "Eurasia Group analyst Gregory Brew") and the predicate of a "who is a ..." relative clause; read off
    ``tok`` and the compound words of its name ("Gregory" of "Gregory Brew" may carry the apposition)."""
    out = [tok]
    heads = [tok] + [c for c in tok.children if c.dep_ == "compound"]
    for h in heads:
        for c in h.children:
            if c.dep_ == "appos":
                out += [c] + [x for x in c.children if x.dep_ == "conj"]
            elif c.dep_ == "compound" and c.i < h.i:
                out.append(c)
            elif c.dep_ == "relcl" and c.lemma_ == "be":
                out += [x for x in c.children if x.dep_ == "attr"]
    return out


def names_commentator(tok) -> bool:
    """True when the words that name ``tok`` (:func:`role_words`) hold a commentator's role noun: "analysts",
    "Gregory Brew, a senior analyst at the Eurasia Group", "Professor Carl Thayer"; "fellow Democrats" is no role
    (an adjective)."""
    return any(_role_word(t) for t in role_words(tok))


def former_observer(tok) -> bool:
    """True when the words that name ``tok`` (:func:`role_words`) hold a role of lexicon ``former_observer_role``
    marked as past by a word of ``former_word``: "a former State Department official said", "John Doe, a retired
    general, said", "said Jane Roe, a former U.S. ambassador to Seoul". Someone who no longer holds the office
    speaks as an observer of the news, a commentator (eval/voa_news/ANNOTATION.md: "an analyst's quote is an event
    only if it reports a concrete interaction"); the office the actor tables still give them (ELI, or the
    department's GOV) does not make them speak for the body. Not "a former prime minister", "former President
    Trump" (no role of the list: a former leader may still lead a party), nor a serving official."""
    return any(t.lemma_.lower() in FORMER_OBSERVER_ROLES and t.pos_ in ("NOUN", "PROPN") and
               any(c.dep_ in ("amod", "compound", "advmod") and c.lower_.rstrip("-") in FORMER_WORDS | {"ex"}
                   for c in t.children)
               for t in role_words(tok))


def _official(ents) -> bool:
    """True when one of ``ents`` is an official party: an international body, or an official sector that a table
    gives ("UN experts", a minister named in the people table); a sector the resolver inferred from the words
    around a name ("former CIA deputy division chief of Korea and current senior research fellow") does not
    outweigh the commentator's role the same words name."""
    return any(e.code in BODY_CODES or (e.sector in OFFICIAL_SECTORS and e.source != "inferred") for e in ents)


def _name_words(t) -> list:
    """The words of the name headed by ``t``: its subtree without its clauses and appositions."""
    out = [t]
    for c in t.children:
        if c.dep_ not in ("relcl", "acl", "appos", "punct", "cc", "conj"):
            out += _name_words(c)
    return out


def research_body(t) -> bool:
    """True when ``t`` heads the name of a research body: a head noun of lexicon ``research_body_noun`` ("the
    Hudson Institute", "Georgetown University", "a think tank", also as a modifier: "the think tank Stimson
    Center"), or one of ``research_named_body_noun`` whose name holds a word of ``research_name_word`` ("the Center
    for Strategic and International Studies", "the Council on Foreign Relations"; not "the Nasser Medical Center",
    "the International Cricket Council")."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = t.lemma_.lower()
    compounds = [c for c in t.children if c.dep_ == "compound"]
    if lemma in RESEARCH_BODY_NOUNS or any(f"{c.lower_} {lemma}" in RESEARCH_BODY_NOUNS for c in compounds):
        return True
    if any(research_body(c) for c in compounds):  # "the think tank Stimson Center"
        return True
    return lemma in RESEARCH_NAMED_BODY_NOUNS and any(w.lower_ in RESEARCH_NAME_WORDS for w in _name_words(t))


def affiliations(tok) -> list:
    """The heads of the names of the bodies ``tok`` (a person) is introduced by: the object of an "of"/"at"/
    "with"/"from" phrase on the name or on the words that describe it (:func:`role_words`), the owners of that
    object and the object of its own "of"/"at" phrase ("Jane Roe of Georgetown University" -> University; "Jane
    Roe, director of the Baltic Institute's Center for Maritime Analysis" -> Center, Institute; "director of the
    China program at the Stimson Center" -> program, Center)."""
    out = []

    def add(obj, hops):
        while obj is not None and obj not in out:
            out.append(obj)
            if hops:
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ in AFFILIATION_PREPS:
                        for o in prep.children:
                            if o.dep_ == "pobj":
                                add(o, hops - 1)
            obj = next((c for c in obj.children if c.dep_ == "poss"), None)

    heads = [tok] + [c for c in tok.children if c.dep_ == "compound"] + role_words(tok)[1:]
    for h in heads:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ in AFFILIATION_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        add(obj, 1)
    return out


def _official_body(ents) -> bool:
    """True when a body resolves to an official party by the actor tables: an international body
    (:data:`BODY_CODES`), or a state's or a named body's official sector ("China's State Council", "the Federation
    Council"); the sector a head noun alone gives an unnamed body ("the Atlantic Council": "council" -> GOV) does
    not make it official."""
    return any(e.code in BODY_CODES or (e.sector in OFFICIAL_SECTORS and (e.code or e.name)) for e in ents)


def research_affiliated(tok, res) -> bool:
    """True when person ``tok`` is introduced by an affiliation with a research body (:func:`affiliations`,
    :func:`research_body`: an institute, a university, a think tank, a research centre or council) that the actor
    tables do not make official (:func:`_official_body`; resolved by ``res``): "Jane Roe, director of the Baltic
    Institute's Center for Maritime Analysis", "said Jane Roe of Georgetown University"; not "Jane Roe, president
    of the UN Security Council". Source: eval/voa_news/ANNOTATION.md (an analyst's quote is an event only if it
    reports a concrete interaction): such a person comments on the news even when the role noun is no
    commentator's ("director"); not one whose role speaks for the body or takes part (lexicon
    ``affiliate_party_role``: "a spokeswoman for Harvard University", "a student at Columbia University").
    Measured: no record of the training stories or of voa_news changes (training F1 0.7562, dev 0.7481; voa_news
    0.6913): on training it marks one more person ("a retired general and academician from Aydin University"), who
    tells no statement the detector reads."""
    if any(t.lemma_.lower() in AFFILIATE_PARTY_ROLES for t in role_words(tok)):
        return False
    bodies = [t for t in affiliations(tok) if research_body(t)]
    return bool(bodies) and not any(_official_body(res.resolve(b)) for b in bodies)


def note_commentators(sent, res, names: set) -> None:
    """Add to ``names`` the people of ``sent`` (a spaCy Span) that the text introduces as commentators
    (:func:`names_commentator`, or an affiliation with a research body: :func:`research_affiliated`), under the
    name the resolver's people memory gives them ("Gregory Brew, a senior Iran analyst at the Eurasia Group" ->
    "Gregory Brew"; a later "Brew" resolves to it)."""
    for ent in span_ents(sent):
        if ent.label_ != "PERSON":
            continue
        root = ent.root  # Span.root walks the span on every access
        if names_commentator(root) or research_affiliated(root, res) or former_observer(root):
            p = res.person(root)
            if p is not None and (former_observer(root) or not _official([p])):
                names.add(p.name or p.entity_text)


def commentator_voice(tok, ents, names: set) -> bool:
    """True when the source named by ``tok`` (resolved to ``ents``) is a commentator: its own words name the role
    (:func:`names_commentator`), or it resolves to a person ``names`` holds (introduced as a commentator earlier or
    later in the story: "Thayer said", "he said"), or a past official (:func:`former_observer`: "a former State
    Department official"); never a serving official or a body (:func:`_official`)."""
    if former_observer(tok) or (ents and all((e.name or e.entity_text) in names for e in ents)):
        return True
    return not _official(ents) and names_commentator(tok)


#: PLOVER types of a statement (the verbal QuadClasses 1 and 3 but CONSULT, a meeting): what the trained detector
#: reads into a commentator's reading of a party ("Chinese leaders see the law as a strategy", "the states look to
#: Washington for support"); a material act a commentator reports (an attack, an arrest) is a concrete interaction.
STATEMENT_TYPES = frozenset(t for t, q in QUAD_CLASS.items() if q in (1, 3)) - {"CONSULT"}
#: Actor rules that take the speaker as the actor of a judgement (:func:`eventwire.events.actor_rules.judging_speaker`):
#: a commentator's judgement is the commentary itself, not an act of theirs.
SPEAKER_ACTOR_RULES = frozenset({"judging_speaker"})


def _same_person(e, ents) -> bool:
    return any((e.start is not None and e.start == x.start) or (e.name and e.name == x.name) for x in ents)


def own_act(parties, said) -> bool:
    """True when a source tells an act of their own: the actor is named in the clause -- by name or as "I"/"we" --
    and is one of the sources ('"I have raised this issue with the chief minister several times," said Dr Roe, a
    cancer specialist'): a commentator's own interaction is an event (ANNOTATION.md: a concrete interaction). Not
    when the actor is the speaker as the judge of what they say (:data:`SPEAKER_ACTOR_RULES`), nor a third-person
    pronoun (a "they" inside a quote read as its speaker)."""
    tok = parties.actor_token
    if tok is None or parties.actor_rule in SPEAKER_ACTOR_RULES or (tok.pos_ == "PRON" and
                                                                   tok.lower_ not in FIRST_PERSON):
        return False
    return any(_same_person(s, parties.actors + parties.recipients) for s in said.source_entities)


def commentary(trig, coding, parties, said) -> bool:
    """Drop rule: a statement (:data:`STATEMENT_TYPES`) that the trained detector proposed (trigger source
    ``model``) in what only commentators say (``said.commentary``: every source is one, :func:`commentator_voice`)
    is the commentator's view of the world, not an event: "The states look to Washington for support, analysts
    say" (no AGREE), "Chinese leaders see the law as a strategy, said Jane Roe, a professor at ..." (no SUPPORT),
    "Chinese authorities have boarded foreign boats before, Roe said" (no ACCUSE). Source: eval/voa_news/
    ANNOTATION.md ("do not code commentary, opinions about the world in general ...; an analyst's quote is an event
    only if it reports a concrete interaction"). Stays: a record of the pattern dictionary (analysts' forecasts
    coded by the annotators, "experts think the U.S. will respond with threats": THREATEN future), a material act
    a commentator reports ("Turkey has launched an operation against the PKK, experts said": ASSAULT), a
    commentator's own act (:func:`own_act`), and anything another source also tells. A consequence the commentators
    foretell (trigger source ``consequence``: "If Israel strikes, Iran could retaliate against U.S. bases, analysts
    said") is their forecast, not the party's threat, and is dropped too (fresh user; a THREATEN needs the
    threatener to say it, PLOVER manual, THREATEN; "Iran said it would retaliate" stays). Measured (detector records
    of statements only; widening it to every detector record, to actual or hypothetical pattern statements, or to
    records whose actor is a commentator, lost matching records on training or voa_news): training F1 0.7546 ->
    0.7548, dev 0.7525 -> 0.7542; voa_news 0.6623 -> 0.6677, records outside gold sentences 0.3589 -> 0.3464.
    Widening it to the stance rule's statements (trigger source ``stance``: "Jane Roe, director of the Baltic
    Institute, told VOA that India and Japan are both concerned about Chinese aggression") changed nothing on
    training and cost voa_news 0.6913 -> 0.6901: without the two records the story's other country
    (:mod:`eventwire.events.story_context`) flipped and four implicit parties of other sentences with it; left."""
    if trig.source == "consequence" and said.commentary and not own_act(parties, said):
        # "Iran could retaliate against U.S. bases, analysts said": a consequence foretold by commentators is their
        # forecast, no threat of the party (a THREATEN needs the threatener to say it; PLOVER manual, THREATEN)
        return True
    return trig.source == "model" and coding.event in STATEMENT_TYPES and said.commentary and \
        not own_act(parties, said)


#: Recipient rules that name the counterpart a speaker addresses in the trigger's own frame ("the analyst urged
#: Washington to ...", "I raised it with the minister"): ids of the trigger's row (``row:dobj``, ``row:P:with``).
ADDRESSED_RECIPIENT_PREFIX = "row:"


def commentator_statement(coding, parties, names: set) -> bool:
    """Drop rule: a statement (:data:`STATEMENT_TYPES`) whose actor is a commentator (:func:`commentator_voice`:
    named by a role of lexicon ``commentator_noun``, introduced by a research body, or a person ``names`` holds)
    and whose counterpart is not one the statement addresses (the recipient came from the story's context, from
    the subject of the complement, or from no rule: anything but the trigger's own row, see
    :data:`ADDRESSED_RECIPIENT_PREFIX`). Shapes: "Jane Roe, an analyst at the Brookings Institution, warns that
    stable countries could become targets" (no ACCUSE by Roe), "'They can vote for whomever they choose,' said
    John Doe, a professor at the Law School" (no ACCUSE), "Roe also suggested the United States could shutter the
    offices" (no ACCUSE of the United States), '"It is a little dangerous for Kim," said the analyst' (the
    speaker's verdict). The commentator's saying is the commentary itself, not a political act of theirs. Source:
    eval/voa_news/ANNOTATION.md ("do not code commentary, opinions about the world in general ...; an analyst's
    quote is an event only if it reports a concrete interaction"); :func:`commentary` drops what commentators
    tell of others, this drops their own saying. Stays: a statement to a counterpart the clause names ("the
    analyst urged Washington to act"), an act the commentator tells as their own ("I" or "we" as its doer, not as
    the judge of what they say: "'I have raised this issue with the chief minister,' said Roe, a specialist"), a
    meeting (CONSULT is no statement), a material act, and any actor that is an official or a body
    (:func:`_official`: "UN experts warned"). Measured (with :func:`former_observer` and ``consultant``): training
    F1 0.7756 -> 0.7757, dev 0.7780 -> 0.7773 (two records of a professor's concern, outside every gold sentence,
    had matched another sentence's annotated REJECT), story-event records outside gold sentences 381 -> 378;
    voa_news F1 0.7149 -> 0.7170, outside 0.2909 -> 0.2849 (story-event view 0.2233 -> 0.2141). Widening it to a
    former adviser, aide, officer or general lost annotated records on training (an ex-adviser standing for a
    party, a former security officer turned whistleblower, "former shadow attorney general")."""
    tok = parties.actor_token
    if coding.event not in STATEMENT_TYPES or tok is None or not parties.actors:
        return False
    if parties.recipient_rule.startswith(ADDRESSED_RECIPIENT_PREFIX):
        return False
    if tok.lower_ in FIRST_PERSON and parties.actor_rule not in SPEAKER_ACTOR_RULES:
        return False  # "I have raised this issue with the chief minister": the commentator tells an act of theirs
    return commentator_voice(tok, parties.actors, names)
