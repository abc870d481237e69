"""Step 2 of the coder: the actor of a trigger, by :data:`ACTOR_RULES` in order (the first that fires wins;
see :mod:`eventwire.events.rules`).

Verbal triggers: a stative passive's subject; for a passive, the "by" agent, the agent or nationality of
the means ("killed in an air strike by X", "in Israeli tank shelling"), the doer of the attack a "when"
clause reports, else nobody; "accusing the army of shelling": the accused; else the subject (followed up
through control verbs, relative clauses and conjunctions: :func:`eventwire.nlp.views.subject_of`), or who
used the means an attack's subject names. Nominal triggers: the possessor, whoever is at the meeting ("is at a
summit"), the chair or host of a meeting ("the meeting, chaired by ..."), a nationality or organisation
modifier, the owner of the means, the "by" agent, the doer of a light verb ("staged a rally"), a
"between"/"from" party. (PLOVER manual v0.8, "Actors"; issue 2; field cases C01, C05.)

Each rule takes :class:`~eventwire.events.rules.Args` and returns a
:class:`~eventwire.events.rules.Found` (entities, token) or None.
"""
from __future__ import annotations

from ..actors.resolve import SIGNING_PLACE_NOUNS, place_country
from ..lexicon import words
from ..nlp.views import (NOUN_MODIFIERS, child, children, is_passive, marked_by, objects, passive_conjunct, pobjs,
                         prep_objects, sent_of,
                         reduced_passive, shared_agents, word_forms)
from ..schema import Entity
from .attribution import SPEECH
from .rules import Args, Found, distinct_parties, first_found
from .triggers import (CARRIER_NOUNS, JUDGEMENT_VERBS, MEANS_NOUNS, PRICE_THREAT, WEAPON_MEANS, event_participles,
                       meeting_chair_agent, pattern_row)

#: Verbs whose passive form states what the subject does ("is opposed to", "is committed to").
STATIVE_PASSIVES = words("stative_passive")
#: Means of an attack that name no attacker ("a roadside bombing killed ...").
EXPLOSIVE_MEANS = words("explosive_means")
#: Verbs whose subject undergoes, perceives or reports the event named by their object ("survived an attack").
UNDERGOER_VERBS = words("undergoer_verb")
#: Verbs whose subject causes the event named by their object ("the murder sparked protests").
CAUSE_VERBS = words("cause_verb")
#: Nouns that measure an event noun in their "of" phrase ("eight hours of talks").
MEASURE_HEADS = words("measure_head")
#: Prepositions that place a verb before an event (lexicon ``time_preposition``).
TIME_PREPOSITIONS = words("time_preposition")
#: Verbs that state the condition their participle names ("stands accused of", "remains accused of").
STATE_VERBS = words("state_verb")
#: Speech verbs whose "by" agent makes an act noun public as its own act (lexicon ``owning_speech_verb``).
OWNING_SPEECH_VERBS = words("owning_speech_verb")
#: Verbs whose "to" phrase names an event their subject goes to or is sent to (lexicon ``goal_motion_verb``).
GOAL_MOTION_VERBS = words("goal_motion_verb")
ADVOCATE_NOUNS = words("advocate_noun")
#: Match kinds that name a party on a nominal trigger ("Russian", "NATO's").
PARTY_KINDS = ("demonym", "country", "capital", "igo", "org")
#: Markers of the clause that reports the attack ("wounded when gunmen opened fire").
WHEN_MARKS = ("when", "as", "after")
#: Prepositions of the means of an agentless attack ("killed in an air strike").
MEANS_PREPS = ("in", "during", "after")

#: Types whose act is mutual: the parties of "talks between X and Y" all act (PLOVER manual, "Compound and
#: Reciprocal Actors": in a meeting "all of the entities are considered as the actor").
MUTUAL_TYPES = ("CONSULT", "COOPERATE")


def means_owner(means, res) -> list[Entity]:
    """Who used a means of attack named with a nationality ("Israeli tank shelling", "a Russian missile
    strike", "U.S. air strikes"; each of "US and British jets"): that country, military (GOV for a bare "raid" is
    no better guess: air strikes, shelling and missiles are the armed forces'). [] when no nationality is
    written."""
    mods = children(means, *NOUN_MODIFIERS)
    mods += [g for c in mods if c.dep_ == "compound" for g in children(c, *NOUN_MODIFIERS)]
    # "US and British jets", "Russian and Syrian warplanes": each coordinated nationality is an owner (PLOVER
    # annotation protocol: compound actors -> one event per actor)
    mods += [x for c in list(mods) for x in c.conjuncts if x not in mods and x.i < means.i]
    out: list[Entity] = []
    for c in mods:
        m = res.match(c)
        if m is not None and m.kind in ("demonym", "country") and m.code and all(e.code != m.code for e in out):
            s0, e0, text = res.np_span(means)
            out.append(Entity(text, m.code, "MIL", None, s0, e0))
    return out


def _by_agents(tok) -> list:
    """Objects of "by" on ``tok`` (as preposition or agent)."""
    return prep_objects(tok, ("by",), ("prep", "agent"))


# ---------------------------------------------------------------------------------------- verbal triggers
def _passive(a: Args) -> bool:
    """True for a verbal trigger in the passive (found once per trigger: five rules ask)."""
    got = a.memo.get("passive")
    if got is None:
        got = a.memo["passive"] = a.row.pos == "V" and (
            is_passive(a.tok) or reduced_passive(a.tok) or shared_passive(a.tok, a.row))
    return got


def takes_object(row) -> bool:
    """True when pattern row ``row`` is of a verb done to somebody or something: it requires an object or looks
    for its recipient in the object (sources ``dobj``, ``objmod``), so it can be passive ("deport", "jail",
    "release the prisoners"; not "resign")."""
    return bool(row.objects) or any(s in ("dobj", "objmod") for s in row.recipient)


def shared_passive(tok, row) -> bool:
    """"Two activists were detained in Moscow and deported to Ukraine", "the journalist was arrested and jailed":
    a verb coordinated after a passive one shares its passive auxiliary and subject
    (:func:`~eventwire.nlp.views.passive_conjunct`) when its row takes an object (:func:`takes_object`; "was
    arrested and resigned" is active); the shared subject is the one the act is done to, not its doer. Grammar
    (Quirk et al. 13.48); PLOVER manual: the actor is who does the act (a deportee does not deport)."""
    return passive_conjunct(tok) is not None and takes_object(row)


def price_payer(a: Args) -> Found | None:
    """"Russia will pay a heavy price, the president said": the payer is the one threatened, not the actor; no one
    is named as the actor here (the speaker is, by :func:`eventwire.events.implicit.warning_speaker`)."""
    return Found() if a.trigger.row is PRICE_THREAT else None


def stative_passive_subject(a: Args) -> Found | None:
    """"Israel is opposed to French mediation", "Vietnam is committed to opening up": a state of the subject,
    not a passive; the passive subject is the actor."""
    if _passive(a) and a.tok.lemma_.lower() in STATIVE_PASSIVES:
        c = child(a.tok, "nsubjpass")
        if c is not None:
            return Found(a.res.resolve(c), c)
    return None


def _weapon_firer(weapon, res) -> Found | None:
    """"by a missile believed to be fired by pro-Russia rebels": the agent of a participle on the weapon."""
    for x in weapon.subtree:
        if x.dep_ == "pobj" and x.head.dep_ == "agent" and x.i != weapon.i:
            ents = res.resolve(x)
            if ents:
                return Found(ents, x)
    return None


def passive_agent(a: Args) -> Found | None:
    """"Ukrainian border posts were shelled by Russian artillery units": the "by" agent (field case C01), also when a
    coordinated participle carries it ("were destroyed or burned by the rebels": :func:`~eventwire.nlp.views.shared_agents`);
    "blown up by a missile believed to be fired by pro-Russia rebels": who fired the weapon; "the reports were
    described as idle speculation by Downing Street": the judge, whose "by" phrase the parser puts inside the "as"
    phrase of a judgement verb (lexicon ``judgement_verb``)."""
    if not _passive(a):
        return None
    for pobj in shared_agents(a.tok)[:1]:
        # "homes were destroyed or burned by the rebels": a coordinated participle's agent is shared
        got = _weapon_firer(pobj, a.res) if pobj.lemma_.lower() in WEAPON_MEANS else None
        return got or Found(a.res.resolve(pobj), pobj)
    if a.tok.lemma_.lower() in JUDGEMENT_VERBS:
        # "have been described as idle speculation by Downing Street": the parser hangs the judge's "by" phrase on
        # the judgement of the "as" phrase
        for p in children(a.tok, "prep"):
            if p.lower_ == "as":
                for x in pobjs(p):
                    for by in x.children:
                        if by.dep_ == "prep" and by.lower_ == "by":
                            for pobj in pobjs(by):
                                return Found(a.res.resolve(pobj), pobj)
    return None


def _attack_means(tok, res) -> list:
    """The means of an agentless attack in an "in/during/after" phrase: an attack noun, or a weapon with a
    nationality ("in Israeli tank shelling")."""
    return [m for m in prep_objects(tok, MEANS_PREPS) if m.lemma_.lower() in MEANS_NOUNS or (
        m.lemma_.lower() in WEAPON_MEANS and means_owner(m, res))]


def means_agent(a: Args) -> Found | None:
    """"were killed in an air strike by government forces": the agent of the means; "killed in Israeli tank
    shelling", "in a Russian missile strike": the nationality of the means (:func:`means_owner`); "killed in
    a car bomb explosion": nobody named (PLOVER manual, ASSAULT)."""
    if not _passive(a):
        return None
    for means in _attack_means(a.tok, a.res):
        by = prep_objects(means, ("by",), ("prep", "agent"))
        if by:
            return Found(a.res.resolve(by[0]), by[0])
        ents = means_owner(means, a.res)
        if ents:
            return Found(ents, means)
        if means.lemma_.lower() in EXPLOSIVE_MEANS:
            return Found([], means)
    return None


def attack_clause_doer(a: Args) -> Found | None:
    """"were killed when a roadside bomb exploded", "wounded when gunmen opened fire": the doer of the attack
    the clause reports (nobody named for a bomb)."""
    if not _passive(a):
        return None
    for c in a.tok.children:
        if c.dep_ == "advcl" and marked_by(c, WHEN_MARKS, ("mark", "advmod")):
            q = pattern_row(c)
            subj = a.subject(c) if q is not None and q.event == "ASSAULT" else None
            if subj is not None:
                ents = a.res.resolve(subj)
                if ents:
                    return Found(ents, subj)
                if subj.lemma_.lower() in EXPLOSIVE_MEANS:
                    return Found([], subj)
    return None


def accused_subject(tok):
    """The subject of an accusation stated as its condition ("Lai stands accused of collusion", "remains accused
    of", "is accused of"; lexicon ``state_verb``), None for any other trigger token. The accused is the subject;
    the accuser is not named."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in ("accuse", "charge"):
        return None
    if tok.dep_ in ("acomp", "oprd", "xcomp") and tok.head.lemma_.lower() in STATE_VERBS:
        return child(tok.head, "nsubj")
    if any(c.dep_ == "auxpass" and c.lemma_.lower() in STATE_VERBS for c in tok.children) and not any(
            c.dep_ == "agent" for c in tok.children):
        return child(tok, "nsubjpass") or child(tok, "nsubj")
    return None


#: Dependency links a judged clause climbs to the verb of saying that reports it ("said [Iraq continued to
#: be in breach]", "said it was plain [Iraq continued ...]", "said rights had improved but [fallen short]").
_JUDGED_CLAUSE_LINKS = ("ccomp", "conj", "xcomp", "acomp")


#: Types of a judgement a speaker makes of what he says: criticism (ACCUSE) and praise (SUPPORT: "said the initiative
#: was commendable"; PLOVER manual, SUPPORT: "praise, endorse").
JUDGED_TYPES = frozenset({"ACCUSE", "SUPPORT"})


def judged_clause(a: Args):
    """``(speech verb, judged token)`` when ``a.trigger`` is a detector ACCUSE or SUPPORT (:data:`JUDGED_TYPES`) read
    on a content word of what a speaker says -- "Straw said Chinese human rights had improved but not by enough",
    "It said Iraq continued to be in material breach", "He said the envoys' mission was commendable": the detector
    marks the judgement ("improved", "continued", "commendable") as the accusation or the praise --; None
    otherwise. A praise must be an adjective ("said such a step enjoyed support from Moscow" is Moscow's support,
    not the speaker's). The trigger must be a model trigger (``source == "model"``) or a stated verdict
    (``source == "verdict"``: :func:`eventwire.events.triggers.verdict_statements`) of such a type that is no verb of
    saying itself, reached from a verb of saying (lexicon ``speech_verb``) with a subject through at most three
    clausal links (:data:`_JUDGED_CLAUSE_LINKS`), at least one of them a clausal complement."""
    if a.trigger.source == "entitlement":  # "said the junta had no authority to ...": no N -> have -> said
        have = a.tok.head
        return (have.head, a.tok) if a.tok.dep_ == "dobj" and have.dep_ == "ccomp" else None
    if a.trigger.source not in ("model", "verdict") or a.row.event not in JUDGED_TYPES:
        return None
    tok = a.tok
    if tok.lemma_.lower() in SPEECH and a.trigger.source == "model":  # a verdict's noun may be "state"
        return None
    if a.row.event == "SUPPORT" and (tok.pos_ in ("NOUN", "PROPN") or any(
            c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") for x in [tok, *objects(tok)] for c in x.children)):
        return None  # support named with its giver: "said the step enjoyed support from Moscow" is Moscow's
    cur, via_ccomp = tok, False
    # a stated verdict's trigger is the predicate noun of its clause ("said Russia is a terrorist state")
    links = _JUDGED_CLAUSE_LINKS + ("attr",) if a.trigger.source == "verdict" else _JUDGED_CLAUSE_LINKS
    for _ in range(3):
        if cur.dep_ not in links or cur.head is cur:
            return None
        via_ccomp = via_ccomp or cur.dep_ == "ccomp"
        cur = cur.head
        if cur.lemma_.lower() in SPEECH and cur.pos_ in ("VERB", "AUX"):
            return (cur, tok) if via_ccomp and a.subject(cur) is not None else None
    return None


def judging_speaker(a: Args) -> Found | None:
    """"Straw said Chinese human rights had improved but not by enough": the accuser of a judgement the detector
    reads in what a speaker says is the speaker (the subject of the verb of saying), not the subject of the
    judged clause, who is its target (:func:`eventwire.events.recipient_rules.judged_party`). Source: PLOVER
    manual, ACCUSE ("the actor ... criticizes or accuses the recipient") and SUPPORT (praise: "said the initiative
    was commendable" is the speaker's praise; measured on the annotated training stories, F1 0.6740 -> 0.6754);
    voa_news ANNOTATION.md codes "X said Y had failed" as ACCUSE by X against Y. Applies only where
    :func:`judged_clause` does, and only
    when the speaker resolves to a party ("I think ...", "it said" leave the next rules to decide)."""
    got = judged_clause(a)
    if got is None:
        return None
    subj = a.subject(got[0])
    ents = a.res.resolve(subj)
    return Found(ents, subj) if ents else None


def accused_state(a: Args) -> Found | None:
    """"Lai stands accused of collusion with foreign forces", "the minister remains accused of corruption",
    "Ahmed is accused of treason": the subject is the accused (the recipient,
    :func:`eventwire.events.recipient_rules.accused_state_subject`), not the accuser, who is not named: no actor
    here (the implicit rule :func:`eventwire.events.implicit.charging_authority` gives the state's authorities).
    Source: PLOVER manual, ACCUSE (the target of the accusation is the recipient); ICEWS codes a charge without
    a named accuser to the state's government."""
    if a.row.event == "ACCUSE" and a.row.pos == "V" and accused_subject(a.tok) is not None:
        return Found()
    return None


#: Sectors of a state's own forces, whose deployment is the state's mobilization (PLOVER manual, MOBILIZE modes
#: troops, police, militia).
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})


def deployed_force(a: Args) -> Found | None:
    """"Colombian troops were deployed to the border", "Indian police were deployed in Srinagar": an agentless
    passive MOBILIZE whose passive subject is a state's own force (a coded party of sector MIL, COP or SPY) is that
    force's mobilization; the force is the actor (PLOVER manual, MOBILIZE: an actor mobilizes its forces; the
    active "Colombia deployed troops" names the state). Any other passive stays without an actor
    (:func:`passive_without_agent`)."""
    if a.row.event != "MOBILIZE" or a.row.pos != "V" or not _passive(a) or child(a.tok, "agent") is not None:
        return None
    c = child(a.tok, "nsubjpass")
    if c is None:
        return None
    ents = a.res.resolve(c)
    if ents and all(e.code and e.sector in FORCE_SECTORS for e in ents):
        return Found(ents, c)
    return None


def passive_without_agent(a: Args) -> Found | None:
    """"A convoy was attacked near Kharkiv": a passive names no actor, and none is invented (issue 2)."""
    return Found() if _passive(a) else None


#: Verbs whose object is charged with the act of an "of"/"for" gerund ("accused China's coast guard of firing").
CHARGING_VERBS = frozenset({"accuse", "charge", "blame", "suspect", "convict", "condemn", "criticize", "criticise"})


def accused_of_gerund(a: Args) -> Found | None:
    """"accusing the army of shelling": the accused is the actor of the gerund (PLOVER manual, ACCUSE). The small
    model may hang the "of" phrase on the accused noun instead of the verb ("The Philippines accused China's coast
    guard of firing water cannon"): the noun, object of a verb of :data:`CHARGING_VERBS`, is then the accused."""
    tok = a.tok
    if a.row.pos == "V" and tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for"):
        h = tok.head.head
        if h.pos_ in ("NOUN", "PROPN") and h.dep_ == "dobj" and h.head.lemma_.lower() in CHARGING_VERBS:
            return Found(a.res.resolve(h), h)
        c = child(h, "dobj")
        if c is not None:
            return Found(a.res.resolve(c), c)
    return None


def _means_subject(a: Args):
    """The subject of a verbal ASSAULT when it names the means ("An air strike ... killed"), else None."""
    if a.row.pos != "V" or a.row.event != "ASSAULT":
        return None
    subj = a.subject(a.tok)
    return subj if subj is not None and subj.lemma_.lower() in MEANS_NOUNS | WEAPON_MEANS else None


def means_subject_agent(a: Args) -> Found | None:
    """"An air strike by Syrian government forces killed 29 Turkish soldiers": the one who used the means."""
    subj = _means_subject(a)
    if subj is None:
        return None
    for c in subj.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            for pobj in pobjs(c):
                ents = a.res.resolve(pobj)
                if ents:
                    return Found(ents, pobj)
    return None


def means_subject_owner(a: Args) -> Found | None:
    """"Israeli tank fire killed ...": the nationality of the means (:func:`means_owner`)."""
    subj = _means_subject(a)
    if subj is None:
        return None
    ents = means_owner(subj, a.res)
    return Found(ents, subj) if ents else None


def means_subject_target(a: Args) -> Found | None:
    """"the 2004 bombing of a French military base ... killed nine soldiers", "the shelling of the town killed
    three": an attack named as the subject with an "of" phrase and no party on it (no possessor, nationality,
    organisation or "by" phrase: those are the earlier rules' and :func:`subject`'s) names its target in the "of"
    phrase, not its doer: nobody is named (the story may give an unidentified armed force). Source: PLOVER
    manual, ASSAULT (the actor is who used force; the target is the recipient)."""
    subj = _means_subject(a)
    if subj is None or not prep_objects(subj, ("of",)):
        return None
    if any(c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by") for c in subj.children):
        return None
    for c in children(subj, *NOUN_MODIFIERS):
        m = a.res.match(c)
        if m is not None and m.kind in PARTY_KINDS:
            return None
    return Found([], subj)


#: Words that may open a headline's clause before its list of names ("WATCH: Putin, Erdogan meet").
_HEADLINE_OPENERS = (":", "-", "–", "—", "|")
#: Parts of speech of the words between a headline's subject list and its verb ("to meet", "will meet", "agree to").
_VERB_GROUP_POS = ("AUX", "PART", "ADV", "VERB")


def _name_run(tok) -> tuple[int, int]:
    """``(start, end)`` token indices of the run of proper nouns around ``tok`` within its sentence ("Vladimir
    Putin", "North Korea")."""
    doc, sent = tok.doc, sent_of(tok)
    s = e = tok.i
    while s - 1 >= sent.start and doc[s - 1].pos_ == "PROPN":
        s -= 1
    while e + 1 < sent.end and doc[e + 1].pos_ == "PROPN":
        e += 1
    return s, e + 1


def comma_listed_names(subj, verb) -> list[tuple[int, int]]:
    """The names of a headline's subject joined by commas ("Putin, Erdogan meet in Sochi", "Biden, Xi agree to
    resume talks", "Putin, Erdogan to meet next week", "Macron, Scholz and Meloni meet"; the last may be joined by
    "and"), as ``(start, end)`` token runs of proper nouns, when ``subj`` is one of them, the list opens the clause
    (the sentence's first word, or after a colon or dash) and only a verb group ("to", "will", "agree to", an
    adverb) stands between the list and ``verb``; [] otherwise (a single name, "In Sochi, Erdogan meets Putin",
    "Putin, Russia's president, meets ...": the word after the comma starts no name run followed by a comma or the
    verb)."""
    if subj is None or subj.pos_ != "PROPN" or verb.i <= subj.i:
        return []
    doc, sent = subj.doc, sent_of(subj)
    runs = [_name_run(subj)]
    while runs[0][0] - 2 >= sent.start and doc[runs[0][0] - 1].text == "," and doc[runs[0][0] - 2].pos_ == "PROPN":
        runs.insert(0, _name_run(doc[runs[0][0] - 2]))
    commas = len(runs) - 1
    while True:
        k = runs[-1][1]
        if k + 1 < sent.end and doc[k].text == "," and doc[k + 1].pos_ == "PROPN":
            runs.append(_name_run(doc[k + 1]))
            commas += 1
        elif commas and k + 1 < sent.end and doc[k].lower_ == "and" and doc[k + 1].pos_ == "PROPN":
            runs.append(_name_run(doc[k + 1]))
            break
        else:
            break
    start, end = runs[0][0], runs[-1][1]
    if not commas or not (start == sent.start or doc[start - 1].text in _HEADLINE_OPENERS):
        return []
    if end > verb.i or any(doc[j].pos_ not in _VERB_GROUP_POS for j in range(end, verb.i)):
        return []
    return runs


def headline_comma_subjects(a: Args) -> Found | None:
    """"Putin, Erdogan meet in Sochi", "Biden, Xi agree to resume military talks", "Putin, Erdogan to meet next
    week": a headline joins the parties of its subject with a comma where a sentence writes "and" (headline style:
    the Associated Press Stylebook, headlines, "use a comma in place of 'and'"); the small model reads the second
    name as an apposition of the first, or as a second subject, and the first name alone was the actor. In the
    article's title (:attr:`~eventwire.events.rules.Args.headline`), the names of the comma list that opens the
    clause of a verbal trigger (:func:`comma_listed_names`) are all its actors when each resolves to a coded party
    and they are of different countries, one each; the records then pair them each way for a mutual act (CONSULT,
    COOPERATE, AGREE: :func:`eventwire.events.records.reciprocal_pairs`, as "Putin and Erdogan meet"). A real
    apposition names the same party ("Putin, Russia's president, met Erdogan": no second name run before the verb;
    "Lula, Brazil's leader": one country), and body text keeps the parser's reading (a list there is written with
    "and"). Source: PLOVER manual, "Compound and Reciprocal Actors"."""
    if not a.headline or a.row.pos != "V":
        return None
    subj = a.subject(a.tok)
    runs = comma_listed_names(subj, a.tok)
    if not runs:
        return None
    ents, codes = [], []
    for s, e in runs:
        got = [x for x in a.res.resolve(a.tok.doc[e - 1]) if x.code]
        run_codes = {x.code for x in got}
        if len(run_codes) != 1 or run_codes & set(codes):
            return None  # a name that resolves to nothing, to two countries, or to a country already listed
        codes.extend(run_codes)
        ents.extend(got)
    return Found(ents, subj)


#: Verbs right after which "visiting X" names a guest (lexicon ``guest_receiving_verb``): "met visiting Putin".
GUEST_RECEIVING_VERBS = words("guest_receiving_verb")


def visiting_guest_token(tok):
    """The guest that the participle "visiting" (``tok``, lemma visit) names as a modifier, or None when it is the
    verb of a visit: "his visiting Spanish counterpart", "the visiting delegation" (``amod``: the noun modified);
    "Xi met visiting Putin", "Blinken assured visiting Foreign Minister Payne" (the small English model reads
    the participle as a verb with the guest as its object when it comes right after a verb of receiving or
    addressing a guest, lexicon ``guest_receiving_verb``, that has no object of its own: that object). "He began
    visiting schools" is a visit (no such verb)."""
    if tok.lower_ != "visiting":
        return None
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    head = tok.head
    if tok.dep_ in ("xcomp", "advcl", "ccomp", "conj") and head.i == tok.i - 1 and \
            head.lemma_.lower() in GUEST_RECEIVING_VERBS and not any(c.dep_ == "dobj" for c in head.children):
        return next((c for c in tok.children if c.dep_ == "dobj"), None)
    return None


def visiting_guest(a: Args) -> Found | None:
    """"Blinken assured visiting Australian Foreign Minister Marise Payne", "Xi met visiting Putin", "a news
    conference with his visiting Spanish counterpart": the participle "visiting" that names a guest
    (:func:`visiting_guest_token`) names the visitor, who makes the visit and is its actor -- not the subject of
    the clause, who receives the guest (:func:`eventwire.events.recipient_rules.visited_host`). Source: CAMEO 042
    "make a visit" (the visitor is the source), PLOVER manual, CONSULT mode visit; the voa_news annotators code
    "assured visiting Australian Foreign Minister Marise Payne" AUS CONSULT USA."""
    if a.row.pos != "V" or a.row.lemma != "visit":
        return None
    guest = visiting_guest_token(a.tok)
    return Found(a.res.resolve(guest), guest) if guest is not None else None


#: Types of a speech act that a speaker may go on to do in a verb conjoined to what they report ("said ... and
#: called on Japan to apologise"); acts of force are not read this way.
SPEAKER_CONJUNCT_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "AGREE"})


#: Types of the speaker's reply to what it reports, read by :func:`backshifted_conjunct` ("China said the journalist
#: had violated the law and rejected the protest", "Iran said the sailors had entered its waters and demanded an
#: apology"); not THREATEN: "Police said the suspect had broken into the house and threatened the owner" is the
#: suspect's threat (the lead's before-stop re-read, stop 22).
BACKSHIFT_REPLY_TYPES = frozenset({"REJECT", "REQUEST", "ACCUSE"})


def backshifted_conjunct(v1, v2, s) -> bool:
    """True when conjunct ``v2`` keeps the simple past of speech verb ``s`` while the reported clause's verb ``v1``
    is a past perfect ("China said the journalist had violated Chinese law and rejected the protest": "had
    violated" is the backshifted report, "rejected" (VBD, not a participle sharing "had") is in the speaker's own
    tense). Shape: ``v1`` has the auxiliary "had" and is a past participle, ``v2`` and ``s`` are both tagged VBD.
    Source: English sequence of tenses (a reported past is backshifted to the past perfect; a conjunct sharing the
    perfect's auxiliary would be a participle)."""
    return v1.tag_ == "VBN" and v2.tag_ == "VBD" and s.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v1.children)


def speaker_conjunct(a: Args) -> Found | None:
    """Rule ``speaker_conjunct``. Shape: "S said [that A V1 ...] and V2 ...", a verbal speech-act trigger V2
    (:data:`SPEAKER_CONJUNCT_TYPES`) with no subject of its own that the parser hangs as a conjunct on V1 (or on a
    conjunct of V1, or on an infinitive of V1: "said intimidation seemed to have been widespread and called on hunts
    to do more" -> the speaker REQUEST), the verb of the complement clause of a speech verb S (lexicon ``speech_verb``: say, insist,
    tell) that comes first; V2 has the tense of S ("said ... and called", "says ... and urges"). Then V2 continues
    the speaker's sentence, not the reported clause, and its doer is the subject of S -- unless V1's own subject
    is a party that can do V2 too: one in V1's tense (a shared past: "said the army shelled the town and accused
    ..."), or a name or pronoun in any tense. Examples: "The Chinese minister said tensions were rising and called
    on Japan to apologise" -> CHN REQUEST JPN; "President Ma said that the policies remain unchanged and denied
    that he asked ..." -> Ma REJECT; "The premier insisted Mr Brown will have a key role, and praised his handling
    of the economy" -> the premier SUPPORT; "said the government is ready for talks and accused China" -> the
    speaker; a past-perfect report followed by a conjunct in the speaker's simple past is the speaker's, whoever
    V1's subject (:func:`backshifted_conjunct`: "China said the journalist had violated Chinese law and rejected the
    protest" -> CHN REJECT). Source: English coordination (a conjunct with no subject shares the subject of the verb it is
    coordinated with, here the speech verb the parser mistook); PLOVER manual, "Actors" (the actor is who acts)."""
    tok = a.tok
    if a.row.pos != "V" or a.row.event not in SPEAKER_CONJUNCT_TYPES or tok.dep_ != "conj":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    v1 = tok.head
    # up the conjuncts, and up the infinitives of the complement clause ("said intimidation seemed to have been
    # widespread and called on hunts": the parser hangs "called" on "been", the xcomp of "seemed")
    while v1.dep_ in ("conj", "xcomp") and v1.head.i != v1.i:
        v1 = v1.head
    if v1.dep_ != "ccomp" or v1.i >= tok.i:
        return None
    s = v1.head
    if s.lemma_.lower() not in SPEECH or s.pos_ not in ("VERB", "AUX") or s.tag_ != tok.tag_ or s.i > v1.i:
        # a trailing attribution ("Many countries have expressed ... and agreed that ..., Ma said") reports both
        return None
    speaker = a.subject(s)
    if speaker is None:
        return None
    # V1's active subject: a passive one ("said the envoy was summoned and accused ...") is the patient of V1
    own = next((c for c in v1.children if c.dep_ == "nsubj"), None)
    # present against past or modal ("remain", "will have"); a perfect ("had killed and injured") shares its
    # auxiliary, so a past participle counts as past
    other_tense = ((v1.tag_ in ("VBD", "VBN")) != (tok.tag_ in ("VBD", "VBN"))
                   or any(c.dep_ == "aux" and c.tag_ == "MD" for c in v1.children))
    if own is not None and a.res.resolve(own) and not (a.row.event in BACKSHIFT_REPLY_TYPES
                                                       and backshifted_conjunct(v1, tok, s)) and \
            (not other_tense or own.pos_ in ("PROPN", "PRON")):
        # "said the army shelled the town and killed ten": the army did both; a named party in another tense
        # ("said Pakistan is ready for talks and accused China") is left to the subject rule
        return None
    ents = a.res.resolve(speaker)
    return Found(ents, speaker) if ents else None


def subject(a: Args) -> Found | None:
    """"Russian forces attacked Kyiv": the subject, through control verbs ("Obama is scheduled to attend"),
    relative clauses and conjunctions (:func:`eventwire.nlp.views.subject_of`); no subject, no actor."""
    if a.row.pos != "V":
        return None
    subj = a.subject(a.tok)
    return Found(a.res.resolve(subj), subj) if subj is not None else Found()


# ---------------------------------------------------------------------------------------- nominal triggers
def _nominal(a: Args):
    """The token a nominal trigger's arguments hang on: "a mediation effort", "a peace mission": the carrier
    noun stands in the clause; None for a verbal trigger."""
    if a.row.pos != "N":
        return None
    tok = a.tok
    return tok.head if tok.dep_ == "compound" and tok.head.lemma_.lower() in CARRIER_NOUNS else tok


#: Types and modes of a nominal act done to one person, whose possessor is that person when no "of" phrase
#: names the patient ("Navalny's arrest", "his detention"). ASSAULT ("Khashoggi's murder") reads the same way
#: but is not listed: without the victim as its actor such a record has no doer, and on the annotated stories
#: the only one that changed had matched its gold actor by chance (voa_news 0.641 -> 0.639).
VICTIM_POSSESSOR_ACTS = {"COERCE": "arrest"}
#: Possessive pronouns that name one person ("his arrest", "her detention"; "their", "its" may name the doer).
PERSON_POSSESSIVES = ("his", "her")
#: Nouns for one person whose possessor of an act done to a person is that act's patient ("the journalist's
#: arrest", "the activist's detention").
INDIVIDUAL_NOUNS = words("individual_noun")


def victim_possessor_token(a: Args):
    """The possessor of a singular nominal act done to a person (:data:`VICTIM_POSSESSOR_ACTS`: arrest,
    detention) when it is one person and no "of" phrase names the patient: "condemned Mech's arrest", "the
    journalist's detention drew protests", "after his arrest". That person is the one the act was done to, not
    its doer (PLOVER manual, COERCE: the recipient is the target). A plural act ("the regime's arrests"), a
    country or group ("Russia's detention of ..."), "their", and an "of" phrase ("the army's arrest of
    ...") keep the possessor as the doer. Returns the possessor token, or None."""
    if a.row.pos != "N" or a.row.event not in VICTIM_POSSESSOR_ACTS:
        return None
    mode = VICTIM_POSSESSOR_ACTS[a.row.event]
    tok = a.tok
    if (mode and a.row.mode != mode) or tok.tag_ != "NN" or prep_objects(tok, ("of",)):
        return None
    c = child(tok, "poss")
    if c is None:
        return None
    if c.lower_ in PERSON_POSSESSIVES or (c.ent_type_ == "PERSON" and c.pos_ == "PROPN") or (
            c.pos_ == "NOUN" and c.tag_ == "NN" and c.lemma_.lower() in INDIVIDUAL_NOUNS):
        return c
    return None


def victim_possessor(a: Args) -> Found | None:
    """"condemned Mech's arrest", "the journalist's detention", "after his arrest": the possessor is the one
    arrested (:func:`victim_possessor_token`), so the act names no doer: no actor from the text (the recipient
    rule :func:`eventwire.events.recipient_rules.victim_possessor` makes the possessor the recipient; the
    implicit rule :func:`eventwire.events.implicit.arresting_police` gives the police)."""
    return Found() if victim_possessor_token(a) is not None else None


#: Possessive pronouns of a person or group ("his visit", "her meeting with").
OWN_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _possessive(tok) -> bool:
    """True when ``tok`` carries a possessive ending ("Turkey's", "the allies'")."""
    return any(c.dep_ == "case" and c.lower_ in ("'s", "'", "’s", "’") for c in tok.children)


def coordinated_possessors(tok, first) -> list:
    """The other possessors coordinated with ``first``, the possessor of the noun ``tok``: "Turkey's and Saudi
    Arabia's calls for Assad to step down", "France's and Germany's criticism", "Britain's and France's sanctions".
    The parser gives this shape two ways: both names possessors of the noun, or the first name the head (taking the
    noun's place in the clause) with the noun its conjunct; the first name, marked possessive, is then the head of
    the noun. Each of them owns the act (PLOVER manual, "Compound and Reciprocal Actors": every coordinated actor
    gets the event)."""
    got = [c for c in tok.children if c.dep_ == "poss" and c.i != first.i and _possessive(c)]
    if tok.dep_ == "conj" and tok.head.i < first.i and _possessive(tok.head) and tok.head.pos_ == "PROPN":
        got.append(tok.head)
    got += [c for c in first.children if c.dep_ == "conj" and _possessive(c)]
    return got


def possessor(a: Args) -> Found | None:
    """"Russia's invasion of Ukraine": the possessor. A possessive pronoun the resolver leaves open, on the object
    of a light verb (:func:`_light_verb_doer`), is that verb's subject: "Japanese Prime Minister Fumio Kishida
    concluded his three-day visit to India", "Taiwan's first lady Chow Mei-ching wrapped up her humanitarian visit
    to Haiti" -> the visitor (English binding: a possessive in the object refers to the clause's subject unless
    the text names another; "concluded a visit" already has its doer by :func:`light_verb_doer`). Read for a CONSULT
    (a visit, talks, a meeting) only: measured on the annotated training stories, F1 unchanged against every type
    (0.7669 both) and voa_news 0.6886 against 0.6880 ("issued his appeal" of an envoy the resolver places in the
    country he mediates for)."""
    tok = _nominal(a)
    c = child(tok, "poss") if tok is not None else None
    if c is None:
        return None
    ents = a.res.resolve(c)
    if ents:
        for other in coordinated_possessors(tok, c):
            ents = ents + [e for e in a.res.resolve(other)[:1] if e.code and all(e.code != x.code for x in ents)]
    if not ents and c.lower_ in OWN_POSSESSIVES and a.trigger.event == "CONSULT":
        doer = _light_verb_doer(a, tok)
        own = a.res.resolve(doer) if doer is not None and doer.i < c.i else []
        if own:
            return Found(own, doer)
    if not ents and c.lower_ in OWN_POSSESSIVES and renewed_demand(tok):
        doer = a.subject(tok.head)
        own = a.res.resolve(doer) if doer is not None and doer.i < c.i else []
        if own:
            return Found(own, doer)
    return Found(ents, c)


#: Verbs of making a call or demand again (lexicon ``renewal_verb``: "reiterate", "renew", "repeat", "echo").
RENEWAL_VERBS = words("renewal_verb")


def renewed_demand(tok) -> bool:
    """True when the demand noun ``tok`` is the object of a verb of making it again (:data:`RENEWAL_VERBS`):
    "Lib Dem leader Charles Kennedy repeated his call for a pause", "the group renewed its appeal": a possessive
    pronoun on it the resolver leaves open is the verb's subject (English binding, as for
    :func:`possessor`'s light verbs). Source: PLOVER manual, REQUEST (the one who calls is the actor); the training
    stories ("repeated his call for a pause" coded REQUEST of the caller)."""
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in RENEWAL_VERBS


def resigner_of(a: Args) -> Found | None:
    """"the resignation of Home Secretary David Blunkett", "after the resignation of the Peruvian prime minister": a
    resignation is done by the one who leaves, whom the "of" phrase names when no possessor does (a resignation acts
    on nobody: its "of" phrase is its doer, unlike "the release of prisoners"). Read for RETREAT resign nouns only.
    Source: PLOVER manual, RETREAT ("resignations of government officials"; mode resign). Example: "The
    resignation of British Home Secretary David Blunkett forced a reshuffle" -> GBR RETREAT resign."""
    tok = _nominal(a)
    if tok is None or a.trigger.event != "RETREAT" or (a.row.mode != "resign" and tok.lemma_.lower() != "resignation"):
        return None
    for x in prep_objects(tok, ("of",)):
        return Found(a.res.resolve(x), x)
    return None


def itinerary_owner(a: Args) -> Found | None:
    """"the delegation's schedule includes visits to Kenya", "her itinerary features talks with Japan": the
    possessor of the plan (:func:`eventwire.events.modality.itinerary_verb`) is the one who will make the visit
    or hold the talks, when the possessor names its country or body itself ("the French president's", "the UN
    delegation's"). A bare "the delegation's" is left to the other rules (no actor): the story's context would
    give it the country of the place visited, a party visiting itself (measured on the training stories: four
    such records, all with the wrong actor). A plan with no possessor names no one: no actor from this rule."""
    from .modality import itinerary_verb
    tok = _nominal(a)
    v = itinerary_verb(tok) if tok is not None else None
    if v is None:
        return None
    subj = next(c for c in v.children if c.dep_ == "nsubj")
    c = child(subj, "poss")
    if c is None:
        return None
    ents = a.res.resolve(c)
    return Found(ents, c) if ents and all(e.code for e in ents) else None


def _mutual(a: Args) -> bool:
    """True for a mutual act (:data:`MUTUAL_TYPES`) that is no mediation (a mediator is a third party)."""
    return a.row.event in MUTUAL_TYPES and a.row.mode != "third-party"


def paired_parties(a: Args) -> Found | None:
    """"U.S.-Ukraine talks", "Russia-Ukraine negotiations": the two countries of a hyphenated pair before the noun
    of a mutual act (:func:`_mutual`) are both its actors, whom the records pair each way
    (:func:`eventwire.events.records.reciprocal_pairs`). The pair is one token of two country names
    ("U.S.-Ukraine") or two party modifiers joined by a hyphen ("Russia - Ukraine", "Israel - Hamas"). Source: PLOVER manual, "Compound and Reciprocal
    Actors"; CAMEO practice, one dyad each way."""
    tok = _nominal(a)
    if tok is None or not _mutual(a):
        return None
    base = a.res.base
    # the pair may be misparsed off the noun ("follow U.S.-Ukraine talks": a particle of the verb): the word
    # right before the noun or before its one modifier counts too
    near = [x for x in (tok.doc[tok.i - 1] if tok.i > 0 else None, tok.doc[tok.i - 2] if tok.i > 1 else None)
            if x is not None and "-" in x.text and sent_of(x) == sent_of(tok)]
    for c in children(tok, *NOUN_MODIFIERS) + [x for x in near if x.head.i != tok.i]:
        halves = c.text.split("-")
        if len(halves) == 2 and all(halves) and a.res.match(c) is None:
            codes = [a.res.D.country_of(h) for h in halves]
            if all(codes) and codes[0] != codes[1]:
                s0 = base + c.idx
                cut = s0 + len(halves[0]) + 1
                return Found([Entity(halves[0], codes[0], "GOV", None, s0, cut - 1),
                              Entity(halves[1], codes[1], "GOV", None, cut, s0 + len(c.text))], c)
        m = a.res.match(c)
        if m is not None and m.kind in PARTY_KINDS and any(x.text == "-" for x in c.children):
            first = next((x for x in c.children if x.dep_ in NOUN_MODIFIERS and x.i < c.i), None)
            fm = a.res.match(first) if first is not None else None
            if fm is not None and fm.kind in PARTY_KINDS:
                ents = a.res.resolve(first) + a.res.resolve(c)
                if len({e.code for e in ents if e.code}) >= 2:
                    return Found(ents, first)
    return None


def _capital_city(m, tok) -> bool:
    """True when the capital match ``m`` at ``tok`` is a city (a capital named as a city, "Madrid", "Kabul"), not a
    seat of government ("the Kremlin", "the White House": the government itself, ``seats.tsv``): a gazetteer place
    whose canonical name (its country's, for a capital) is not its own words."""
    text = tok.doc[m.start:m.end].text
    return m.name != text and place_country(text) is not None


def party_modifier(a: Args) -> Found | None:
    """"a Russian offensive", "NATO exercises": a nationality, country or organisation modifier; not the city a
    document is named after ("the Moscow agreement": lexicon ``signing_place_noun``), nor the city an attack is
    named after ("the Madrid bombing", "the London bombings", "the Kabul attack": where it happened, not who
    did it; annotation protocol: an attacker the text does not name is an unidentified armed group of the
    country where the act happens)."""
    tok = _nominal(a)
    if tok is None:
        return None
    for c in children(tok, *NOUN_MODIFIERS):
        m = a.res.match(c)
        if m is not None and m.kind == "capital" and (tok.lemma_.lower() in SIGNING_PLACE_NOUNS
                                                      or (a.row.event == "ASSAULT" and _capital_city(m, c))):
            continue
        if m is not None and m.kind in PARTY_KINDS:
            return Found(a.res.resolve(c), c)
    return None


def means_noun_owner(a: Args) -> Found | None:
    """"Israeli tank shelling": the nationality of the means an ASSAULT noun names (:func:`means_owner`)."""
    tok = _nominal(a)
    if tok is None or a.row.event != "ASSAULT" or tok.lemma_.lower() not in MEANS_NOUNS:
        return None
    ents = means_owner(tok, a.res)
    return Found(ents, tok) if ents else None


def by_agent(a: Args) -> Found | None:
    """"war crimes by Croatian extremists", "an attack by rebels": the "by" phrase; also the "by" agent of the
    participle that is the noun's light verb ("sanctions imposed on Iran by the United States":
    :func:`eventwire.events.triggers.event_participles`)."""
    tok = _nominal(a)
    if tok is None:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            for pobj in pobjs(c):
                return Found(a.res.resolve(pobj), pobj)
    for part in event_participles(tok):  # "sanctions imposed on Iran by the United States"
        for c in part.children:
            if c.dep_ == "agent":
                for pobj in pobjs(c):
                    return Found(a.res.resolve(pobj), pobj)
    return None


def _light_verb(tok):
    """The verb a nominal trigger is the object of ("launched an offensive"), directly or through a
    preposition ("went on strike") or a measure of it ("led eight hours of talks", lexicon ``measure_head``), or
    None. Through "to" only for a verb of going or being sent (lexicon ``goal_motion_verb``: "flew to talks in
    Cairo", "was invited to the summit"); with any other verb the "to" phrase is a topic or target ("referring to
    the murder", "opposition grows to house arrests", "brought demonstrators to the protests"), whose act the
    verb's subject does not do. Never through a preposition that places the verb before the event ("said before
    the meeting", lexicon ``time_preposition``): that verb precedes the event, it is not its doing."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in MEASURE_HEADS:
        tok = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() not in GOAL_MOTION_VERBS:
        return None  # "referring to the murder", "opposition grows to house arrests": a topic or target, no act done
    if tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPOSITIONS:
        return None  # "said before the meeting": a time, not a light verb
    return tok.head if tok.dep_ == "dobj" else tok.head.head if (tok.dep_ == "pobj" and tok.head.dep_ == "prep") else None


def _reported_act_phrase(tok) -> bool:
    """Rule ``reported_act_phrase``: True for an act noun in an "in" phrase of a speech verb that reports a clause
    ("Russian drones struck the port of Odesa, Ukrainian officials said on Friday, in the latest attack on the
    country's food exports"; "the ministry said in a new assault that ..." reads alike): the phrase names the act the
    saying reports (or the series it belongs to), not an act of the speakers, so the speech verb is no light verb of
    it and its subject no doer (the act's doer is the reported clause's, or nobody). Only for a saying placed after
    the clause it reports (a parenthetical "officials said"): "told Trump in phone conversations last week they have
    ..." (the report after the saying) is the speakers' own conversation; and never for a meeting noun
    (:func:`_light_verb_doer`: "Russia is ready, Lavrov said in talks with Wang": the speaker takes part). Source: PLOVER manual
    (the source of a report is not the actor of the event reported); ANNOTATION.md (a speaker is a source);
    eventwire fresh user, stop 21 (t09)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.head.dep_ != "prep":
        return False
    verb = tok.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in SPEECH and \
        any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)


def _own_parties_named(tok) -> bool:
    """True when act noun ``tok`` names its own parties in a "between"/"among" phrase ("the talks between Hamas and
    Fatah were brokered by Egypt"): they hold the act; the passive's agent arranged it (:func:`between_or_from`)."""
    return any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in tok.children)


def _owning_passive(verb) -> bool:
    """True when passive ``verb`` makes its "by" agent the doer of its subject: a verb that is no speech verb ("was
    staged by", "was launched by"), or one by which a party makes its own act public (lexicon
    ``owning_speech_verb``: "was announced by", "were claimed by"); never a verb whose subject is raised to a clause of
    its own ("the attack was said by officials to have killed ten people": the officials tell of the attack). Source:
    English grammar (the passive's agent is the active subject; a speech verb's subject reports)."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    lem = verb.lemma_.lower()
    return lem not in SPEECH or lem in OWNING_SPEECH_VERBS


def _light_verb_doer(a: Args, tok):
    """The subject of the light verb of ``tok`` when that verb is no trigger itself and does not make its
    subject an undergoer or a cause ("survived an attack", "sparked protests"); in the passive, its "by" agent ("the
    peace accord was announced by Armenian officials", "the rally was staged by students": the act noun is the
    verb's subject, its doer the agent; English grammar, the passive's agent is the active subject) unless the noun
    names its own parties (:func:`_own_parties_named`) or the verb only tells of the act (:func:`_owning_passive`);
    else None."""
    verb = _light_verb(tok)
    if verb is not None and a.trigger.event != "CONSULT" and _reported_act_phrase(tok):
        verb = None  # "X struck Odesa, officials said, in the latest attack": the speakers do not attack
    if verb is not None and verb.pos_ == "VERB" and pattern_row(verb) is None and \
            not word_forms(verb) & (UNDERGOER_VERBS | CAUSE_VERBS):
        return a.subject(verb)
    passive = tok.head
    if tok.dep_ == "nsubjpass" and passive.pos_ == "VERB" and pattern_row(passive) is None and \
            not word_forms(passive) & (UNDERGOER_VERBS | CAUSE_VERBS) and not _own_parties_named(tok) and \
            _owning_passive(passive):
        agents = _by_agents(passive)
        if agents:
            return agents[0]
    if verb is not None and a.trigger.event == "CONSULT" and a.trigger.source == "pattern" and _in_state_of(tok, verb):
        return a.subject(verb)
    return None


def _in_state_of(tok, verb) -> bool:
    """"Iran is in talks with Russia", "the government was in touch with both sides": the act noun is the object
    of "in" on "be" (a copula the model tags AUX), which says its subject takes part in the act. Read for the
    consultation nouns of the pattern dictionary only (PLOVER manual, CONSULT: "holding talks", "negotiations",
    "consultation by phone or other media"); for the detector's nouns it gave actors to states ("the emergency has
    been in place", "were in a state of denial")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.i == verb.i and \
        verb.lemma_.lower() == "be"


#: Dependents of "be" that make it a copula of a state, not of presence ("the mood was tense at the summit",
#: "security was tight at the meeting", "he was the host at the talks").
_STATE_OF_BE = ("acomp", "attr", "oprd", "xcomp", "ccomp")


def presence_copula(tok):
    """The "be" of presence at the meeting noun ``tok``: "Mr Blair is at a summit in Brussels", "the minister was
    at the NATO meeting", "she was at the talks" (``tok`` the object of "at" on "be", which has a subject and no
    predicate of a state, :data:`_STATE_OF_BE`); also of presence in a place for the meeting (:func:`in_place_for`:
    "the Indian prime minister was in Washington for talks with President Biden") and of being on a visit ("the
    Chinese leader is on a three-day state visit to Russia": "on" with a noun of :data:`VISIT_WORDS`); None
    otherwise."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in ("at", "for", "on"):
        return None
    if tok.head.lower_ == "on" and tok.lemma_.lower() not in VISIT_WORDS:
        return None  # "is on a state visit to Russia", not "is on the agenda of the summit"
    be = tok.head.head
    if be.lemma_.lower() != "be" or any(c.dep_ in _STATE_OF_BE for c in be.children) or \
            not any(c.dep_ == "nsubj" for c in be.children):
        return None
    if tok.head.lower_ == "for" and not in_place_for(be):
        return None
    return be


def in_place_for(be) -> bool:
    """Rule ``in_place_for``. Shape: "be" with an "in <place>" phrase beside the "for <meeting>" phrase -- "X is in
    Kyiv for talks with Ukrainian officials", "the Indian prime minister was in Washington for talks with President
    Biden", "Mr Blair is in Brussels for an EU summit": being in a place for a meeting is taking part in it, as
    "arrived in Kyiv for talks" is (verbs.tsv ``arrive``). Without the place phrase "for" is no presence ("the
    mood was good for talks" has a state predicate anyway; "X is for talks" states a stance). Source: PLOVER manual,
    CONSULT ("all consultations and meetings: this includes visiting"); kind from the CONSULT events of the training
    stories whose presence phrasing was missed ("is at a summit in Brussels" was read, "is in X for talks" not)."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(x.dep_ == "pobj" for x in c.children)
               for c in be.children)


def present_at_meeting(a: Args) -> Found | None:
    """"Mr Blair is at a summit in Brussels", "Chancellor Scholz was at the NATO meeting", "the minister was at the
    talks in Cairo": whoever is at a meeting (a consultation noun of the pattern dictionary as the object of "at"
    on "be": :func:`presence_copula`) takes part in it, so the subject of "be" is the actor -- before the meeting's
    own modifiers, which name its host or body ("the NATO meeting": the recipient, by
    :func:`eventwire.events.recipient_rules.attended_body`), as with "attended the NATO meeting". A subject that
    resolves to nothing leaves the other rules to read the noun ("the mood was ... at the summit" never gets
    here: :data:`_STATE_OF_BE`). Source: PLOVER manual, CONSULT ("all consultations and meetings", mode
    multilateral: "meeting occurs in a multilateral context"); CAMEO 043 (attend a meeting); the training
    stories ("is at a summit" coded CONSULT, the summit's body as recipient). Negative: "the country is at a
    crossroads" (no consultation noun)."""
    tok = _nominal(a)
    if tok is None or a.trigger.event != "CONSULT" or a.trigger.source != "pattern":
        return None
    be = presence_copula(tok)
    subj = a.subject(be) if be is not None else None
    ents = a.res.resolve(subj) if subj is not None else []
    return Found(ents, subj) if ents else None


#: Verbs of attending a meeting named by their object (lexicon ``attendance_verb``: "attend", "join").
ATTENDANCE_VERBS = words("attendance_verb")


def attended_meeting(tok) -> bool:
    """True when the meeting noun ``tok`` is what its clause's subject attends: the object of an attendance verb
    (:data:`ATTENDANCE_VERBS`: "joined the talks hosted by Qatar") or the "in" object of "take part" or
    "participate" ("took part in a meeting organized by the EU"). The subject is then the attendee and the
    meeting's chair or host the one consulted (:func:`eventwire.events.recipient_rules.meeting_organiser`)."""
    h = tok.head
    if tok.dep_ == "dobj":
        return h.lemma_.lower() in ATTENDANCE_VERBS
    if tok.dep_ == "pobj" and h.lower_ == "in" and h.dep_ == "prep":
        v = h.head
        return v.lemma_.lower() in ATTENDANCE_VERBS or (
            v.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in v.children))
    return False


def meeting_attendee(a: Args) -> Found | None:
    """Rule ``meeting_attendee``. Shape: a meeting noun (a CONSULT noun row) that the clause's subject attends
    (:func:`attended_meeting`) -- "Armenia took part in a meeting organized by the European Union", "Sudan joined
    talks hosted by Saudi Arabia": the subject is the actor, before the meeting's chair or "by" agent
    (:func:`meeting_chair`, :func:`by_agent`), who is the one consulted
    (:func:`eventwire.events.recipient_rules.meeting_organiser`). A subject that resolves to nothing leaves the
    other rules. Source: PLOVER manual, CONSULT (mode third-party: "meeting is hosted by a third party");
    CAMEO 043 (attend a meeting)."""
    tok = _nominal(a)
    if tok is None or a.trigger.event != "CONSULT" or not attended_meeting(tok):
        return None
    v = tok.head if tok.dep_ == "dobj" else tok.head.head
    subj = a.subject(v)
    ents = a.res.resolve(subj) if subj is not None else []
    return Found(ents, subj) if ents else None


def meeting_chair(a: Args) -> Found | None:
    """"The meeting, chaired by Prime Minister Nawaz Sharif, vowed ...", "the meeting held at the presidential palace
    and chaired by President Ramaphosa", "the conference, chaired by the Egyptian foreign minister": the chair or
    host of a meeting (:func:`meeting_chair_agent`) convenes it and is its actor, before the meeting's modifiers
    ("the NATO meeting, chaired by ..."), as "hosted talks" makes the host its actor (verbs.tsv ``host``). Source:
    PLOVER manual, CONSULT (mode third-party: "meeting is hosted by a third party"); CAMEO 043."""
    return _meeting_noun_party(a, meeting_chair_agent)


def _meeting_noun_party(a: Args, find) -> Found | None:
    """The party ``find(noun)`` names for the CONSULT noun of ``a`` (its chair, its traveller), resolved; None when
    the trigger is no CONSULT noun, ``find`` names nobody or the name resolves to no party."""
    tok = _nominal(a)
    if tok is None or a.trigger.event != "CONSULT":
        return None
    who = find(tok)
    if who is None:
        return None
    ents = a.res.resolve(who)
    return Found(ents, who) if ents else None


def advocate_subject(a: Args) -> Found | None:
    """"Mr Blair is a strong supporter of Israel", "she has long been a proponent of talks": a noun of a party
    that backs another (lexicon ``advocate_noun``) as the attribute of "be" says that the subject of "be" backs
    the "of" object: that subject is the actor (when it resolves). Only as the attribute of "be": "supporters of
    the president rallied" names people, not an act, and no other actor rule is tried for such a noun. Source: PLOVER manual, SUPPORT ("express support for")."""
    tok = _nominal(a)
    if tok is None or tok.lemma_.lower() not in ADVOCATE_NOUNS:
        return None
    if tok.dep_ != "attr" or tok.head.lemma_.lower() != "be":
        return Found([], None)  # "called a supporter of the mayor", "Israel's backers": people named, no act
    subj = a.subject(tok.head)
    ents = a.res.resolve(subj) if subj is not None else []
    return Found(ents, subj)


#: Prepositions that set an act in the frame of a meeting ("during a meeting with Xi", "in a phone call with
#: Netanyahu", "at talks with the EU", "after talks with the Kenyan president"; lexicon ``meeting_frame_preposition``).
MEETING_FRAME_PREPS = words("meeting_frame_preposition")
#: Nouns of a visit (lexicon ``visit_word``: "visit", "trip", "tour"), whose "to" phrase names the host.
VISIT_WORDS = words("visit_word")


def _frame_counterpart(tok) -> bool:
    """True when meeting noun ``tok`` names its counterpart: a "with" phrase ("a meeting with Xi"), or for a visit
    noun (:data:`VISIT_WORDS`) a "to" phrase ("his visit to Kenya")."""
    forms = ("with", "to") if tok.lemma_.lower() in VISIT_WORDS else ("with",)
    return any(c.dep_ == "prep" and c.lower_ in forms for c in tok.children)


def meeting_frame_doer(a: Args) -> Found | None:
    """Rule ``meeting_frame_doer``. Shape: a consultation noun of the pattern dictionary (CONSULT) with its counterpart
    in a "with" phrase, as the object of a frame preposition (:data:`MEETING_FRAME_PREPS`) on a clause's verb -- "During
    a meeting with Chinese President Xi Jinping, Putin praised the partnership", "In a phone call with Netanyahu,
    Biden urged restraint", "After talks with the Kenyan president, the Somali leader announced ...", "During his visit
    to Kenya, the French president signed ..." (a visit noun with its "to" phrase): the subject of that verb held the
    meeting, so it is the actor (its counterpart the recipient, by the row's "with" or "to"). Without such a phrase ("during the meeting, police arrested ...") the subject need not be a participant, and the rule does
    not fire. Source: PLOVER manual, CONSULT ("all consultations and meetings ... consultation by phone or other
    media"); kind from the CONSULT events of the training stories missed when the meeting was only the frame of what
    was said or done there ("met ... negotiation session", "conversations with Mr Bush")."""
    tok = _nominal(a)
    if tok is None or a.trigger.event != "CONSULT" or a.trigger.source != "pattern":
        return None
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in MEETING_FRAME_PREPS:
        return None
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or not _frame_counterpart(tok):
        return None
    subj = a.subject(verb)
    ents = a.res.resolve(subj) if subj is not None else []
    return Found(ents, subj) if ents else None


#: Verbs by which a journey brings its traveller somewhere (lexicon ``journey_carry_verb``: "the tour took him to
#: Japan", "a trip that brought her to Kenya").
JOURNEY_CARRY_VERBS = words("journey_carry_verb")
#: Relative pronouns that stand for the noun a relative clause hangs on ("a tour which has taken him to ...").
_RELATIVE_PRONOUNS = ("which", "that")


def journey_carry_verb(tok):
    """Rule ``journey_carry_verb``. Shape: a visit noun (:data:`VISIT_WORDS`: visit, trip, tour) that is the subject
    of a verb of carrying (:data:`JOURNEY_CARRY_VERBS`: take, bring) with an object and a "to" phrase -- "the tour
    took him to Japan and Vietnam", "her Asian trip takes her to Seoul" -- or that such a verb's relative clause
    hangs on with "which"/"that" as its subject: "Trump is on a five-nation tour of Asia which has so far taken him
    to Japan, South Korea, China and Vietnam". The object is the traveller and the "to" places are the hosts the
    visit brings him to. Returns that verb, or None. Source: PLOVER manual, CONSULT ("all consultations and
    meetings: this includes visiting", mode visit); kind from the CONSULT visit events of the training stories
    missed when the journey, not the traveller, was the subject. Negative: "the talks took place in Geneva" (no
    visit noun, no object), "the trip took three days" (no "to" phrase)."""
    if tok.lemma_.lower() not in VISIT_WORDS or tok.pos_ != "NOUN":
        return None
    verbs = [tok.head] if tok.dep_ == "nsubj" else []
    verbs += [c for c in tok.children if c.dep_ == "relcl" and any(
        x.dep_ == "nsubj" and x.lower_ in _RELATIVE_PRONOUNS for x in c.children)]
    for v in verbs:
        if v.lemma_.lower() in JOURNEY_CARRY_VERBS and child(v, "dobj") is not None and prep_objects(v, ("to",)):
            return v
    return None


def journey_traveller(a: Args) -> Found | None:
    """"The tour took him to Kenya and Nigeria", "a regional visit which has taken the minister to Kenya": the object
    of the verb that carries the traveller (:func:`journey_carry_verb`) makes the visit and is its actor (its
    places are the recipients: :func:`eventwire.events.recipient_rules.journey_destinations`). Read after the
    possessor ("her tour took her to ...") and the one present on the visit ("X is on a tour which took him to
    ..."), which name the same traveller. Source: PLOVER manual, CONSULT mode visit; CAMEO 042 (the visitor is
    the source)."""
    def traveller(tok):
        v = journey_carry_verb(tok)
        return child(v, "dobj") if v is not None else None

    return _meeting_noun_party(a, traveller)


def light_verb_doer(a: Args) -> Found | None:
    """"staged a rally", "launched a mediation effort between X and Y": the doer of the light verb (when it
    resolves)."""
    tok = _nominal(a)
    if tok is None:
        return None
    doer = _light_verb_doer(a, tok)
    if doer is not None:
        ents = a.res.resolve(doer)
        if ents:
            return Found(ents, doer)
    return None


def between_or_from(a: Args) -> Found | None:
    """"negotiations between Britain and Mauritius", "talks between India and China": every party of a mutual act
    (:func:`_mutual`) when they are of two countries or more, whom the records then pair each way
    (:func:`eventwire.events.records.reciprocal_pairs`); "fighting between X and Y": the first party; "drew
    criticism from Human Rights Watch" (the "from" phrase may hang on the undergoer verb): the giver."""
    tok = _nominal(a)
    if tok is None:
        return None
    verb = _light_verb(tok)
    extra = list(verb.children) if verb is not None and word_forms(verb) & UNDERGOER_VERBS else []
    for c in list(tok.children) + [x for x in extra if x.lower_ == "from"]:
        if c.dep_ == "prep" and c.lower_ in ("between", "from"):
            for pobj in pobjs(c):
                ents = a.res.resolve(pobj)
                if c.lower_ == "between" and len(ents) > 1:
                    coded = [e for e in ents if e.code]
                    both = _mutual(a) and any(distinct_parties(x, y) for x in coded for y in coded)
                    return Found(ents if both else ents[:1], pobj)
                return Found(ents, pobj)
    return None


def unresolved_doer(a: Args) -> Found | None:
    """A named doer of a light verb that resolves to nothing: no actor, and the token says one was named (no
    event with an invented actor)."""
    tok = _nominal(a)
    return Found([], _light_verb_doer(a, tok)) if tok is not None else None


#: The actor rules, in order (see module doc).
ACTOR_RULES = [advocate_subject, price_payer, judging_speaker, stative_passive_subject, passive_agent, means_agent, attack_clause_doer, accused_state,
               deployed_force, passive_without_agent,
               accused_of_gerund, means_subject_agent, means_subject_owner, means_subject_target, headline_comma_subjects,
               visiting_guest, speaker_conjunct, subject,
               victim_possessor, possessor, resigner_of, itinerary_owner, present_at_meeting, meeting_attendee,
               journey_traveller, meeting_chair,
               paired_parties, party_modifier, means_noun_owner, by_agent, meeting_frame_doer, light_verb_doer,
               between_or_from,
               unresolved_doer]


def find_actor(a: Args) -> tuple[Found, str]:
    """The actor of ``a.trigger``: ``(Found, rule id)`` by :data:`ACTOR_RULES`."""
    return first_found(ACTOR_RULES, a)
