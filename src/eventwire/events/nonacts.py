"""Words of an act used where no act between parties is reported: a relationship described, an option listed, an
effect ascribed to a law, a commitment to an ideal, a physical encounter, a thing that travels, a standing position
on a general practice ("particularly opposes China's maritime expansion"), a border claimed ("Nairobi claims the
frontier should head due east"), an act one party wants another to do ("people want their government to step up
opposition"). Each rule is a
trigger filter (``f(trig, rows) -> bool``, see :data:`eventwire.events.triggers.TRIGGER_FILTERS`): True drops the
trigger, whether a dictionary row or the trained detector proposed it.

Source: PLOVER manual (an event is an interaction in which an actor does something to or with another party;
CONSULT: meetings and visits between political actors; AGREE: commitment to cooperate with another actor);
../shared/eval/voa_news/ANNOTATION.md ("do not code commentary, opinions about the world in general"; code "what a
careful political-event analyst would want"). Seen on real news (fresh users): "Japan's security cooperation with
India will likely develop slowly" coded AGREE, "options such as cutting foreign aid" coded SANCTION, "the law will
help Beijing tighten control" coded SANCTION, "reaffirmed their commitment to a free Indian Ocean" coded AGREE with
no counterpart, "they were met on the outside by armed men" coded CONSULT, "it arrived in eastern China" (a ship)
coded CONSULT.

The words are lexicon data (``src/eventwire/data/lexicon/events.tsv``; lists ``relation_noun``,
``relation_course_verb``, ``example_marker``, ``option_noun``, ``option_hedge``, ``weighing_verb``,
``enabling_verb``, ``instrument_noun``, ``ideal_noun``, ``ideal_quality``, ``region_noun``, ``encounter_verb``, ``armed_person_noun``,
``armed_modifier``, ``journey_verb``, ``cause_noun``, ``knowledge_noun``, ``requirement_noun``, ``stance_verb``,
``practice_noun``, ``line_course_verb``; ``border_noun`` and ``desire_governor`` are shared with other modules).
"""
from __future__ import annotations

from ..lexicon import words
from ..nlp.views import objects, prep_objects, subject_of

#: Nouns of a relationship between parties (lexicon ``relation_noun``: "cooperation", "ties", "relations").
RELATION_NOUNS = words("relation_noun")
#: Verbs of the course a relationship takes by itself (lexicon ``relation_course_verb``: "develop", "grow",
#: "deepen", "deteriorate").
RELATION_COURSE_VERBS = words("relation_course_verb")
#: Words that introduce examples of a class (lexicon ``example_marker``: "such as", "like", "including").
EXAMPLE_MARKERS = words("example_marker")
#: Nouns of a course of action weighed, not taken (lexicon ``option_noun``: "options", "proposals", "ideas").
OPTION_NOUNS = words("option_noun")
#: Modifiers that make steps or measures possibilities (lexicon ``option_hedge``: "possible", "potential").
OPTION_HEDGES = words("option_hedge")
#: Verbs of weighing courses of action (lexicon ``weighing_verb``: "consider", "weigh", "propose", "list").
WEIGHING_VERBS = words("weighing_verb")
#: Verbs of making an act possible (lexicon ``enabling_verb``: "help", "allow", "enable").
ENABLING_VERBS = words("enabling_verb")
#: Nouns of instruments of policy that have effects (lexicon ``instrument_noun``: "law", "bill", "measure").
INSTRUMENT_NOUNS = words("instrument_noun")
#: Nouns of an ideal state of affairs (lexicon ``ideal_noun``: "stability", "peace", "prosperity").
IDEAL_NOUNS = words("ideal_noun")
#: Qualities of an ideal region (lexicon ``ideal_quality``: "free", "open", "peaceful", "stable").
IDEAL_QUALITIES = words("ideal_quality")
#: Nouns of a region that an ideal may qualify (lexicon ``region_noun``: "region", "peninsula", "ocean").
REGION_NOUNS = words("region_noun")
#: Verbs of a meeting in person (lexicon ``encounter_verb``: "meet", "greet").
ENCOUNTER_VERBS = words("encounter_verb")
#: Armed or security people who confront someone (lexicon ``armed_person_noun``: "gunmen", "soldiers", "police").
ARMED_PERSON_NOUNS = words("armed_person_noun")
#: Modifiers that make people armed (lexicon ``armed_modifier``: "armed", "masked", "hooded").
ARMED_MODIFIERS = words("armed_modifier")
#: Nouns of a cause or a field of public good (lexicon ``cause_noun``: "conservation", "research", "education").
CAUSE_NOUNS = words("cause_noun")
#: Nouns of knowing that "no idea" denies (lexicon ``knowledge_noun``: "idea", "clue", "inkling").
KNOWLEDGE_NOUNS = words("knowledge_noun")
#: Nouns of a requirement that "meet" satisfies (lexicon ``requirement_noun``: "obligations", "targets", "deadline").
REQUIREMENT_NOUNS = words("requirement_noun")
#: Verbs of a journey the pattern dictionary reads as a visit (lexicon ``journey_verb``: "travel", "arrive").
JOURNEY_VERBS = words("journey_verb")

#: Verbs of a standing position for or against something (lexicon ``stance_verb``: "oppose", "support", "favour").
STANCE_VERBS = words("stance_verb")
#: Nouns of a general practice, policy line or trend a standing position may be about (lexicon ``practice_noun``:
#: "expansion", "research", "discrimination", "abortion", "immigration").
PRACTICE_NOUNS = words("practice_noun")

#: Types of a relationship's words (cooperation, consultation and support between parties).
RELATION_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})


def _low(tok) -> set[str]:
    """The lower-case lemma and form of ``tok``."""
    return {tok.lemma_.lower(), tok.lower_}


def relationship_described(trig, rows: dict) -> bool:
    """Rule ``relationship_described``. Shape: a noun of a relationship (lexicon ``relation_noun``: "cooperation",
    "ties", "relations", "partnership") as the subject of a verb of the course it takes by itself (lexicon
    ``relation_course_verb``): "Japan's security cooperation with India will likely develop slowly", "China's trade
    ties with Brazil have grown rapidly", "relations between Cairo and Doha have deteriorated". The clause describes
    a relationship and how it fares, no act of one party towards another at a time (PLOVER manual: an event is an
    interaction; ANNOTATION.md: no commentary). Kept: "Japan and India agreed to deepen cooperation" (the verb is
    the act), "Germany and France signed a cooperation agreement", "cooperation with India was suspended" (a
    passive: someone suspended it)."""
    tok = trig.token
    if trig.event not in RELATION_TYPES or tok.pos_ != "NOUN" or not (_low(tok) & RELATION_NOUNS):
        return False
    h = tok.head
    return tok.dep_ == "nsubj" and h.pos_ == "VERB" and h.lemma_.lower() in RELATION_COURSE_VERBS


def _example_host(tok):
    """The noun whose examples ``tok`` (a gerund) is listed among ("steps such as cutting aid" -> "steps";
    "ideas like imposing tariffs" -> "ideas"), following a conjunct up to the list's first member; None when the
    gerund is not introduced by a word of lexicon ``example_marker``."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ not in ("pcomp", "pobj"):
        return None
    prep = tok.head
    marker = prep.lower_
    if marker == "as" and any(c.lower_ == "such" for c in prep.children):
        marker = "such as"
    if marker not in EXAMPLE_MARKERS or prep.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return prep.head


def listed_option(trig, rows: dict) -> bool:
    """Rule ``listed_option``. Shape: a gerund trigger listed as an example (lexicon ``example_marker``: "such as",
    "like", "including") of courses of action that are weighed, not taken: the listing noun is an option (lexicon
    ``option_noun``: "options", "proposals", "ideas"), is hedged as possible (lexicon ``option_hedge``: "possible
    steps", "potential measures") or is the object of a verb of weighing (lexicon ``weighing_verb``: "considered
    measures such as ..."). "Critics listed possible steps such as cutting foreign aid, raising tariffs and closing
    embassies", "Washington is weighing options such as suspending arms sales", "lawmakers proposed measures like
    imposing tariffs on Chinese steel": nobody cut, raised or imposed anything (PLOVER manual: an event is an act
    that happened or is announced; ANNOTATION.md: "hypothetical" acts are conditional, and options are not even
    announced); a noun trigger that a listed gerund acts on ("raising tariffs") goes with the gerund. Kept: "Russia has taken steps such as expelling diplomats" (steps taken), "sanctions such as freezing
    assets were imposed"."""
    tok = trig.token
    if tok.tag_ != "VBG" and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "conj"):
        while tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head is not tok:
            tok = tok.head  # "raising tariffs and closing embassies": up to the first object
        tok = tok.head if tok.dep_ == "dobj" else tok  # the listed gerund that acts on the noun trigger
    if tok.tag_ != "VBG":
        return False
    host = _example_host(tok)
    if host is None:
        return False
    if _low(host) & OPTION_NOUNS or any(c.dep_ == "amod" and c.lower_ in OPTION_HEDGES for c in host.children):
        return True
    return host.dep_ in ("dobj", "nsubjpass") and host.head.lemma_.lower() in WEIGHING_VERBS


def enabled_effect(trig, rows: dict) -> bool:
    """Rule ``enabled_effect``. Shape: a trigger verb that is the complement of a verb of making possible (lexicon
    ``enabling_verb``: "help", "allow", "enable") whose subject is an instrument of policy (lexicon
    ``instrument_noun``: "law", "bill", "measure", "regulation"): "the new law will help Beijing tighten control
    over Hong Kong", "the measure would allow the government to restrict foreign media". The clause ascribes an
    effect to a law, a commentary on what it makes possible; nobody is reported to have done the act (PLOVER
    manual: an event is an act of an actor; ANNOTATION.md: no commentary). The passing of the law is coded from
    its own words. Kept: "China helped Pakistan build a dam" (a party helps), "the president allowed police to
    detain protesters"."""
    tok = trig.token
    if tok.pos_ != "VERB" or tok.dep_ not in ("ccomp", "xcomp"):
        return False
    h = tok.head
    if h.pos_ != "VERB" or h.lemma_.lower() not in ENABLING_VERBS:
        return False
    subj = subject_of(h)
    return subj is not None and subj.pos_ == "NOUN" and bool(_low(subj) & INSTRUMENT_NOUNS)


def _ideal(x) -> bool:
    """True when ``x`` names an ideal state of affairs: a noun of lexicon ``ideal_noun`` ("stability", "peace"),
    or a place (a name, or a noun of lexicon ``region_noun``) qualified by an ideal (lexicon ``ideal_quality``: "a
    free Indian Ocean", "a peaceful Korean peninsula", "a stable and prosperous region"); a policy so qualified is
    no ideal ("committed to free personal care for the elderly")."""
    if x.pos_ == "NOUN" and _low(x) & IDEAL_NOUNS:
        return True
    place = x.pos_ == "PROPN" or x.ent_type_ in ("GPE", "LOC") or bool(_low(x) & REGION_NOUNS)
    return place and any(c.dep_ in ("amod", "compound") and c.lower_ in IDEAL_QUALITIES for c in x.children)


def commitment_to_ideal(trig, rows: dict) -> bool:
    """Rule ``commitment_to_ideal``. Shape: an AGREE trigger (a noun or verb of commitment) whose "to" phrases all
    name an ideal (:func:`_ideal`) and which names no counterpart by "with": "both leaders reaffirmed their
    commitment to a free Indian Ocean", "the two presidents reiterated their commitment to a peaceful Korean
    peninsula", "they expressed their commitment to regional stability". A profession of values commits to no other
    party (PLOVER manual, AGREE: express willingness or commitment to cooperate with another actor; ANNOTATION.md:
    no "opinions about the world in general"). Kept: "reaffirmed their commitment to the ceasefire" (an
    agreement), "committed to cooperation with Japan", "pledged support to Ukraine"."""
    if trig.event != "AGREE":
        return False
    tok = trig.token
    goals = prep_objects(tok, ("to",))
    if not goals or prep_objects(tok, ("with",)):
        return False
    goals += [c for g in goals for c in g.conjuncts if c not in goals]
    return all(_ideal(g) for g in goals)


def _armed(x) -> bool:
    """True when ``x`` heads a phrase of armed or security people (lexicon ``armed_person_noun``: "gunmen",
    "soldiers", "police"; or any people qualified by lexicon ``armed_modifier``: "armed men", "masked men")."""
    if x.pos_ not in ("NOUN", "PROPN"):
        return False
    return bool(_low(x) & ARMED_PERSON_NOUNS) or any(
        c.dep_ == "amod" and c.lower_ in ARMED_MODIFIERS for c in x.children)


def physical_encounter(trig, rows: dict) -> bool:
    """Rule ``physical_encounter``. Shape: a CONSULT trigger on a verb of meeting in person (lexicon
    ``encounter_verb``: "meet", "greet") in the passive whose agent is armed or security people (:func:`_armed`):
    "they were met on the outside by armed men", "the convoy was met at the checkpoint by soldiers", "the
    marchers were greeted by riot police". Being confronted by armed men is no consultation (PLOVER manual,
    CONSULT: meetings and consultations between political actors); what the armed men did is coded from its own
    words. Kept: "the delegation was met at the airport by the foreign minister" (a host receives a visit)."""
    tok = trig.token
    if trig.event != "CONSULT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in ENCOUNTER_VERBS:
        return False
    agents = [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    agents += [c for a in agents for c in a.conjuncts if c not in agents]
    return bool(agents) and all(_armed(a) for a in agents)


def thing_travels(trig, rows: dict) -> bool:
    """Rule ``thing_travels``. Shape: a CONSULT trigger on a verb of journey (lexicon ``journey_verb``: "arrive",
    "travel") whose subject is the pronoun "it": "when it arrived in eastern China", "it travelled from Odessa to
    Istanbul". A thing arrives -- a ship, a shipment, a train (the ``conveyance_journey`` rule reads the noun
    itself; here the text names it in an earlier clause) -- while a visit is made by people (PLOVER manual, CONSULT
    mode visit: visits by officials). Kept: "the minister arrived in Beijing", "they arrived in Kyiv"."""
    tok = trig.token
    if trig.event != "CONSULT" or tok.pos_ != "VERB" or trig.row.lemma not in JOURNEY_VERBS:
        return False
    subj = subject_of(tok)
    return subj is not None and subj.lower_ == "it"


#: Entity types of a party a cause may be supported in or for ("conservation in Namibia" names a country).
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def cause_supported(trig, rows: dict) -> bool:
    """Rule ``cause_supported``. Shape: a SUPPORT or AID trigger verb whose objects all name a cause or a field of
    public good (lexicon ``cause_noun``: "conservation", "research", "education", "wildlife") and whose phrases name
    no party (no country, people, organisation or person by "in", "for", "to" or "of"): "the government approved
    the sale of hunting licenses to support conservation", "the sale of elephant quotas funds conservation",
    "revenue from the park supports research". Money spent on a cause supports no other actor (PLOVER manual,
    SUPPORT and AID: support of or aid to another actor; ANNOTATION.md: an interaction). Kept: "the EU funds
    education in Syria" (a country named), "Japan supports Ukraine", "the US funded the rebels"."""
    tok = trig.token
    if trig.event not in ("SUPPORT", "AID") or tok.pos_ != "VERB":
        return False
    objs = objects(tok)
    if not objs or not all(o.pos_ == "NOUN" and _low(o) & CAUSE_NOUNS for o in objs):
        return False
    named = [x for o in [tok, *objs] for x in prep_objects(o, ("in", "for", "to", "of"))]
    return not any(x.ent_type_ in PARTY_ENTS or any(c.ent_type_ in PARTY_ENTS for c in x.subtree) for x in named)


def professed_ignorance(trig, rows: dict) -> bool:
    """Rule ``professed_ignorance``. Shape: a noun of knowing (lexicon ``knowledge_noun``: "idea", "clue",
    "inkling") denied by "no" or "any" as the object of "have": "he said he had 'no idea' whether further
    resignations would follow", "the spokesman had no idea where the reports came from", "officials did not have any
    clue". Saying one does not know accuses nobody and does nothing to any party (PLOVER manual: an event is an
    interaction; ANNOTATION.md: no commentary); the trained detector reads "idea" as ACCUSE. Kept: "he rejected
    the idea of talks" (the verb's own record)."""
    tok = trig.token
    if tok.pos_ != "NOUN" or not (_low(tok) & KNOWLEDGE_NOUNS) or tok.dep_ != "dobj" or tok.head.lemma_ != "have":
        return False
    return any(c.lower_ in ("no", "any") for c in tok.children if c.dep_ == "det")


def requirement_met(trig, rows: dict) -> bool:
    """Rule ``requirement_met``. Shape: a trigger on "meet" (the CONSULT row, or its refusal read as REJECT) whose
    direct object is a requirement (lexicon ``requirement_noun``: "obligations", "targets", "deadline", "criteria",
    "needs", "standards"): "the government has failed to meet its obligations under the treaty", "Britain will not
    meet its climate targets", "Kenya met the deadline for submitting its report", "Ukraine must meet the criteria
    for joining the EU". "Meet" means "satisfy" here: nobody is met, so no consultation, and failing to satisfy a
    requirement refuses nobody (PLOVER manual, CONSULT: meetings between actors; REJECT: refusing another actor's
    request). "Met the demands of the strikers" (a concession) is left to other rules. Kept: "the president met the
    protesters' leaders", "Blinken met Wang Yi"."""
    tok = trig.token
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "meet" or trig.event not in ("CONSULT", "REJECT"):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.conjuncts if c not in objs]
    return bool(objs) and all(o.pos_ == "NOUN" and _low(o) & REQUIREMENT_NOUNS for o in objs)


#: Entity types of a place or a party a journey may lead to.
DESTINATION_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"})


def arrival_at_occasion(trig, rows: dict) -> bool:
    """Rule ``arrival_at_occasion``. Shape: a CONSULT trigger on a verb of journey (lexicon ``journey_verb``:
    "arrive", "travel") whose "at" or "for" phrase names an occasion or a venue by a common noun, and none of whose
    phrases names a place or a party (no proper noun, no place, organisation, nationality or person entity): "the
    prime minister and his chancellor arrived within seconds of each other at
    the start of the meeting", "the minister arrived late for the cabinet session", "police arrived at the scene".
    Coming to a meeting, a venue or a scene is no visit: no host is named and none receives the visitor (PLOVER
    manual, CONSULT mode visit: the actor visits, the recipient hosts); a meeting named in the phrase is coded from
    its own words.
    Kept: "the foreign minister arrived in Beijing", "Wang Yi arrived at Kyiv's central station", "the delegation
    arrived for talks with Modi", "the minister arrived" (no phrase: left to the story's context)."""
    tok = trig.token
    if trig.event != "CONSULT" or tok.pos_ != "VERB" or trig.row.lemma not in JOURNEY_VERBS:
        return False
    preps = [c for c in tok.children if c.dep_ == "prep"]
    occasion = [o for c in preps if c.lower_ in ("at", "for") for o in c.children if o.dep_ == "pobj"
                and o.pos_ == "NOUN"]
    if not occasion:
        return False
    for c in preps:
        for x in c.subtree:
            if x.pos_ == "PROPN" or x.ent_type_ in DESTINATION_ENTS:
                return False
    return True


#: Nouns of a border between states (lexicon ``border_noun``: "border", "frontier", "boundary", "line of control").
BOUNDARY_NOUNS = words("border_noun")
#: Verbs of the course a line takes (lexicon ``line_course_verb``: "follow", "run", "head", "extend").
LINE_COURSE_VERBS = words("line_course_verb")


def boundary_course(c) -> bool:
    """Rule ``boundary_course``. Shape: the obligation clause ``c`` of a demand statement is an active verb of the
    course a line takes (lexicon ``line_course_verb``: "follow", "run", "head", "extend", "lie") whose subject is a
    border (lexicon ``border_noun``: "border", "frontier", "boundary"): "Mogadishu argues its maritime border should
    follow the land border", "Nairobi claims the frontier should head due east", "Guyana says the boundary must run
    along the river". It states a party's claim in a territorial dispute -- where a line ought to lie -- not a
    request that another party do something (PLOVER manual, REQUEST: asking for an act, aid or a concession;
    ../shared/eval/voa_news/ANNOTATION.md: "do not code commentary, opinions about the world in general"); like
    :func:`eventwire.events.triggers.state_of_affairs`, the claim says how a thing ought to be. Kept: "Somalia said Kenya must withdraw from
    the border" (a party asked to act), "Kenya said the border should be reopened" (a passive: someone is asked to
    reopen it), "the border should remain closed" is that rule's."""
    if c.lemma_.lower() not in LINE_COURSE_VERBS or any(a.dep_ == "auxpass" for a in c.children):
        return False
    subj = [x for x in c.children if x.dep_ == "nsubj"]
    return bool(subj) and all(x.pos_ == "NOUN" and x.lemma_.lower() in BOUNDARY_NOUNS for x in subj)


#: Types a claim about a border's course is read as by the dictionary or the trained detector.
CLAIM_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})


def claimed_boundary(trig, rows: dict) -> bool:
    """Rule ``claimed_boundary``. Shape: a REQUEST, ACCUSE or REJECT trigger on a verb whose reported clause
    (``ccomp``) says where a border runs or ought to run (:func:`boundary_course`): "Mogadishu argues its maritime
    border should follow the land border", "Nairobi claims the frontier should head due east", "Caracas insists the
    boundary runs along the Essequibo". The trained detector reads "argues" as REQUEST and "claims" as ACCUSE; the
    verb states a party's position in a territorial dispute, not a request or an accusation (PLOVER manual,
    REQUEST and ACCUSE; ../shared/eval/voa_news/ANNOTATION.md: no commentary or opinions). Kept: "Mogadishu argues
    Nairobi should respect the ruling" (a party asked to act), "Somalia accused Kenya of moving the border"."""
    tok = trig.token
    if trig.event not in CLAIM_TYPES or tok.pos_ != "VERB":
        return False
    return any(c.dep_ == "ccomp" and boundary_course(c) for c in tok.children)


#: Verbs of wanting an act done (lexicon ``desire_governor``: "want", "wish", "hope", "like", "prefer").
DESIRE_VERBS = words("desire_governor")
#: Dependencies by which a trigger noun hangs on the verb of its clause ("step up opposition", "launch an attack").
CLAUSE_NOUN_DEPS = frozenset({"dobj", "nsubjpass", "attr"})


def _wished_clause(v):
    """The verb of wanting (lexicon ``desire_governor``) whose to-infinitive clause with a subject of its own verb
    ``v`` is, or None: "People want [their government to step up ...]" (``ccomp`` with ``nsubj``), "the Tories
    would like the commissioner [to investigate]" (parsed as a relative clause on the object of "like")."""
    while v.dep_ == "conj" and v.head is not v:
        v = v.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    h = v.head
    if v.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in v.children):
        return h if h.lemma_.lower() in DESIRE_VERBS else None
    if v.dep_ == "relcl" and h.dep_ == "dobj" and h.head.lemma_.lower() in DESIRE_VERBS:
        return h.head
    return None


def wished_act_of_another(trig, rows: dict) -> bool:
    """Rule ``wished_act_of_another``. Shape: the trigger is the verb, or a noun object of the verb, of a
    to-infinitive clause with its own subject under a verb of wanting (lexicon ``desire_governor``; :func:`_wished_clause`):
    "People want their government to step up opposition to Beijing", "the Tories want the information commissioner
    to investigate", "he wants Delta to apologize", "Vietnam wants China to withdraw its ships". The act is what one
    party wishes another would do: the other has done nothing (PLOVER manual: an event is an interaction that
    takes place; ../shared/eval/voa_news/ANNOTATION.md: code what happened, not commentary or opinions); the
    training stories leave such wished acts uncoded ("the Tories want the information commissioner to
    investigate"). A wish voiced to the other party may be a REQUEST of the wanting verb, coded by its own row; this
    rule only drops the wished act. Kept: "Clarke wants to introduce a points system and increase deportations" (the
    party's own intended act, no subject of its own), "Japan urged China to release the crew" (urging is no
    wanting verb; the release is the content of that REQUEST)."""
    tok = trig.token
    v = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ not in CLAUSE_NOUN_DEPS:
            return False
        v = tok.head
    if v.pos_ not in ("VERB", "AUX"):
        return False
    return _wished_clause(v) is not None


#: Determiners that make an object one specific thing ("the plan", "this expansion").
SPECIFIC_DETS = frozenset({"the", "this", "that", "these", "those"})
#: Tags of a verb that describes what habitually holds: simple present, or a participle under a perfect "has".
HABITUAL_TAGS = frozenset({"VBZ", "VBP"})
#: Entity types of a time phrase that dates a stance (no longer a standing one).
TIME_ENTS = frozenset({"DATE", "TIME"})


def _habitual(tok) -> bool:
    """True when verb or participle ``tok`` describes what holds, not an act at a time: simple present ("opposes"),
    perfect present ("has opposed"), or a present copula of a predicate participle ("are opposed to"), with no
    future or modal auxiliary and no date or time phrase in its clause."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "auxpass" or a.lower_ in ("will", "would", "could", "might", "may", "should", "must", "can",
                                                "'ll", "wo") for a in auxes):
        return False
    if any(x.ent_type_ in TIME_ENTS for x in tok.subtree):
        return False
    if tok.tag_ in HABITUAL_TAGS:
        return True
    if tok.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in HABITUAL_TAGS for a in auxes):
        return True
    if tok.dep_ == "acomp" and tok.head.lemma_ == "be" and tok.head.tag_ in HABITUAL_TAGS:
        return not any(c.dep_ == "aux" and c.lower_ not in ("do", "does") for c in tok.head.children)
    return False


def standing_stance(trig, rows: dict) -> bool:
    """Rule ``standing_stance``. Shape: a REJECT or SUPPORT trigger on a verb of standing position (lexicon
    ``stance_verb``: "oppose", "support", "favour"; also the predicate participle "opposed to"), in the habitual
    present or the perfect (:func:`_habitual`: "opposes", "has opposed", "are opposed to"; no modal, no date), whose
    every object is a general practice, policy line or trend (lexicon ``practice_noun``: "expansion", "research",
    "discrimination", "abortion", "immigration") not made specific by "the"/"this"/"these": "The United States
    particularly opposes China's maritime expansion", "Ms Kelly has opposed embryo research", "We are all opposed
    to discrimination", "the Greens support stricter immigration controls" is kept (no practice noun). The clause
    describes where a party stands on a matter of policy in general, a long-standing position, not a reaction to
    a proposal or an act reported as news (PLOVER manual, REJECT: refusing another actor's request or proposal;
    SUPPORT: endorsing an actor or a policy; ../shared/eval/voa_news/ANNOTATION.md: "do not code commentary,
    opinions about the world in general"; the training stories code "The Liberal Democrats oppose the plans" but
    leave "has opposed embryo research" and "support higher taxes, oppose controlled immigration" (a party's
    positions listed) uncoded). Kept: "Germany opposes the French plan", "the Lib Dems oppose house arrests" (a
    measure proposed), "Germany opposed China's expansion on Tuesday" (past, dated), "China will oppose the
    expansion" (future), "X supports Romney" (a party)."""
    tok = trig.token
    if trig.event not in ("REJECT", "SUPPORT") or tok.lemma_.lower() not in STANCE_VERBS:
        return False
    if tok.pos_ not in ("VERB", "ADJ") or not _habitual(tok):
        return False
    objs = objects(tok) if tok.dep_ != "acomp" else []
    objs += prep_objects(tok, ("to",)) if tok.dep_ == "acomp" else []
    if not objs:
        return False
    for o in objs:
        if o.pos_ != "NOUN" or not (_low(o) & PRACTICE_NOUNS):
            return False
        if any(c.dep_ == "det" and c.lower_ in SPECIFIC_DETS for c in o.children):
            return False
    return True


#: The rules of this module, in the order :data:`eventwire.events.triggers.TRIGGER_FILTERS` runs them.
NON_ACT_FILTERS = [relationship_described, listed_option, enabled_effect, commitment_to_ideal, physical_encounter,
                   thing_travels, cause_supported, professed_ignorance, requirement_met,
                   arrival_at_occasion, standing_stance, claimed_boundary, wished_act_of_another]
