"""Step 4 of the coder: implicit parties -- what the text implies about actor and recipient beyond the words
the argument rules read.

:data:`COMPLETION_RULES` run in order after the recipient rules, each completing the
:class:`~eventwire.events.context.Parties` of a trigger: the host of a visit, the giver of what is received,
no dyad of a party with itself, the target of a protest, and the country of uncoded institutions, armed men,
police, victims and protesters from the places the sentence names.

:data:`IMPLICIT_ACTOR_RULES` run after attribution when no actor was found (the first that fires wins): the
speaker of a quote, the reporting state of a meeting, the police of an arrest, the judiciary of an agentless
conviction, release from custody or dropped charge, the body that expels a member, the charging authority of
someone who "stands accused of" a crime, an unidentified armed force
behind a bomb, civilians in a crowd that protests. An implicit entity carries no text and null offsets.

Sources: PLOVER manual v0.8 ("Actors"; PROTEST "protests against the recipient"), PLOVER GSR and ICEWS
practice (implicit protest targets, UAF), ACLED and ICEWS practice (arrests by the police), issue 2.
"""
from __future__ import annotations

from ..actors.infer import is_foreign_party, is_weapon_party
from ..lexicon import words
from ..nlp.views import bare_participle, children, has_to_infinitive, is_passive, pobjs, prep_objects
from ..schema import Entity
from .actor_rules import EXPLOSIVE_MEANS, accused_subject
from .recipient_rules import DOMESTIC_SECTORS, SOCIETY_SECTORS, event_noun_doer, place_code
from .rules import Found
from .triggers import PRICE_THREAT

#: Non-state actor codes (PLOVER manual, "Actors").
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
#: Verbs whose subject receives what the "from" phrase gives ("received aid from Japan").
RECEIVE_VERBS = words("receive_verb")
#: Nouns of a visit, whose destination hosts a meeting held during it ("during a surprise visit to Beirut").
VISIT_NOUNS = words("visit_word")
#: Verbs of a protest's purpose whose object is its target ("to protest President Assad's failure").
PROTEST_PURPOSE_VERBS = words("protest_purpose_verb")
#: Verbs of showing a grievance ("to show their disapproval for ...").
SHOW_VERBS = words("show_verb")
#: What a protest expresses ("disapproval", "anger"): its object is the protest's target.
GRIEVANCE_NOUNS = words("grievance_noun")
#: "in protest of", "in defiance of": what is protested.
PROTEST_REASON_NOUNS = words("protest_reason_noun")


# ---------------------------------------------------------------------------------------- helpers
def visit_host(sent, res) -> str | None:
    """The country (ISO3) a visit, trip or tour in ``sent`` goes to ("during a surprise visit to Beirut" ->
    LBN; "on his first trip to Lebanon" -> LBN), from the dictionary or the gazetteer; None when the
    sentence names no such destination or several."""
    from ..actors.resolve import place_country

    found = set()
    for t in sent:
        if t.lemma_.lower() in VISIT_NOUNS and t.pos_ in ("NOUN", "VERB"):
            dests = prep_objects(t, ("to", "in"))
            if t.pos_ == "VERB":
                dests += children(t, "dobj")
            for d in dests:
                m = res.match(d)
                code = m.code if m is not None and m.kind in ("country", "capital") else None
                if code is None and m is None and d.ent_type_ in ("GPE", "LOC"):
                    code = place_country(d.text, frozenset())
                if code:
                    found.add(code)
    return found.pop() if len(found) == 1 else None


def _target_from(res, t, extra_preps) -> list[Entity]:
    """Entities of a protest's target phrase ``t``: resolved, else the countries named inside it, else an
    uncoded state institution ("reforms by President Suharto's government": the protesters' own
    government, coded by the domestic rule)."""
    ents = res.resolve(t)
    if not ents:
        countries, sector = res.modifier_info(t, place_preps=extra_preps)
        s0, e0, text = res.np_span(t)
        ents = [Entity(text, code, sec or sector, None, s0, e0) for code, sec in countries]
        sector = sector or res.D.sector_of_noun(t.lemma_.lower())
        if not ents and sector in DOMESTIC_SECTORS:
            ents = [Entity(text, None, sector, None, s0, e0)]
    return ents


def _protest_clauses(tok) -> list:
    """Children of a protest trigger and, for a nominal one, of its verb ("staged a rally to demand ...")."""
    return list(tok.children) + list(tok.head.children if tok.pos_ == "NOUN" else [])


def _purpose_objects(clause) -> list:
    """Objects of a purpose clause, direct or after against/for/at/by ("to demand reforms by ...")."""
    out = []
    for o in clause.children:
        if o.dep_ in ("dobj", "pobj"):
            out.append(o)
        elif o.dep_ == "prep" and o.lower_ in ("against", "for", "at", "by"):
            out += pobjs(o)
    return out


def _purpose_target(tok, res) -> list[Entity]:
    """"to protest President Assad's failure", "to demand reforms by Suharto's government": the object of the
    protest's purpose clause."""
    for c in _protest_clauses(tok):
        if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.lemma_.lower() in PROTEST_PURPOSE_VERBS:
            for t in _purpose_objects(c):
                ents = _target_from(res, t, ("by",))
                if ents:
                    return ents
    return []


def _grievance_objects(tok) -> list:
    """"to show their disapproval for the United States' military policies": what the grievance is about."""
    return [x for c in _protest_clauses(tok) if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in SHOW_VERBS
            for o in children(c, "dobj") if o.lemma_.lower() in GRIEVANCE_NOUNS
            for x in prep_objects(o, ("for", "at", "over", "with", "against", "of"))]


def _protested_objects(tok) -> list:
    """"a hunger strike in protest of the Russian government's refusal": what is protested."""
    return [o for c in _protest_clauses(tok) if c.dep_ == "prep" and c.lower_ == "in"
            for pn in c.children if pn.dep_ == "pobj" and pn.lemma_.lower() in PROTEST_REASON_NOUNS
            for o in prep_objects(pn, ("of", "against", "at", "over"))]


def protest_target(tok, res) -> list[Entity]:
    """Recipient of a protest without an explicit "against X" in its pattern sources: the object of its purpose
    clause ("to protest President Assad's failure"), the "against" phrase on its light verb ("staged rallies in
    Gaza against the party's leader"), the owner of what it shows anger at ("to show their disapproval for the
    United States' military policies"), the doer of what it is "in protest of", else the country it takes
    place in ("ethnic Albanians demonstrated in Serbia": PLOVER GSR practice, the protesters' own state
    included)."""
    ents = _purpose_target(tok, res)
    if ents:
        return ents
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj"):
        for pobj in prep_objects(tok.head, ("against",)):
            ents = res.resolve(pobj)
            if ents:
                return ents
    for x in _grievance_objects(tok) + _protested_objects(tok):
        ents = res.resolve(x) or event_noun_doer(x, res, ())
        if ents:
            return ents
    holders = [tok] + ([tok.head] if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else [])
    for pobj in [x for h in holders for x in prep_objects(h, ("in", "outside"))]:
        m = res.match(pobj)
        if m is not None and m.kind in ("country", "capital") and m.code:
            s0, e0, text = res.np_span(pobj)
            return [Entity(text, m.code, None, None, s0, e0)]
    return []


def implicit_protest_target(sent, res, actors) -> list[Entity]:
    """The target of a protest that names none (PLOVER GSR and ICEWS practice; PLOVER manual, PROTEST:
    "protests against the recipient"): the state where it happens when the sentence places it in one country
    other than the protesters' ("Palestinian prisoners rioted at this jail in northern Israel" -> ISR), else
    the protesters' own government when they are a society group of one known country ("Egyptian
    demonstrators rioted" -> EGY/GOV). Implicit: no text, null offsets. [] when neither is known."""
    codes = {a.code for a in actors if a.code}
    place = place_code(sent, res)
    if place and place not in codes and place not in NON_STATE:
        return [Entity("", place, None, None, None, None)]
    if len(codes) == 1 and not (codes & NON_STATE) and all(a.sector in SOCIETY_SECTORS for a in actors) and (
            place is None or place in codes):
        return [Entity("", next(iter(codes)), "GOV", None, None, None)]
    return []


# ---------------------------------------------------------------------------------------- completion rules
def visited_country(trig, parties, sent, res) -> None:
    """"held talks with President Michel Suleiman during a surprise visit to Beirut": an official met on a visit
    to a country, with no country of their own written, is the host's (CONSULT)."""
    if trig.event != "CONSULT" or not any(r.code is None and r.sector in DOMESTIC_SECTORS for r in parties.recipients):
        return
    host = visit_host(sent, res)
    if host and host not in parties.actor_codes:
        parties.recipients = [Entity(r.entity_text, host, r.sector, r.name, r.start, r.end)
                              if r.code is None and r.sector in DOMESTIC_SECTORS else r for r in parties.recipients]


def giver_acts(trig, parties, sent, res) -> None:
    """"demonstrators received weapons from the government": the giver acts, the receiver is the recipient
    (PLOVER AID/AGREE are coded from the provider)."""
    tok = trig.token
    if trig.row.pos == "V" and tok.lemma_.lower() in RECEIVE_VERBS and trig.event in ("AID", "AGREE") and \
            parties.recipients:
        parties.actors, parties.recipients = parties.recipients, parties.actors
        parties.actor_rule, parties.recipient_rule = f"giver:{parties.recipient_rule}", f"receiver:{parties.actor_rule}"
        parties.actor_codes = {a.code for a in parties.actors if a.code}


def no_self_dyad(trig, parties, sent, res) -> None:
    """A recipient that is the actor itself (same code and sector, or the same words) is dropped."""
    parties.recipients = [r for r in parties.recipients if not any(
        r.code == a.code and (r.sector == a.sector or r.start == a.start) for a in parties.actors)]


def protest_target_rule(trig, parties, sent, res) -> None:
    """PROTEST without a recipient: :func:`protest_target`, else :func:`implicit_protest_target`."""
    if trig.event != "PROTEST" or parties.recipients:
        return
    parties.recipients = protest_target(trig.token, res)
    if parties.recipients:
        parties.recipient_rule = "protest_target"
    elif parties.actors:
        parties.recipients = implicit_protest_target(sent, res, parties.actors)
        if parties.recipients:
            parties.recipient_rule = "implicit_protest_target"


def domestic_institution(trig, parties, sent, res) -> None:
    """An uncoded state institution acting on its own country's people is domestic ("President Museveni banned
    Ugandan opposition candidates", "police arrested Egyptian protesters"): COERCE and ASSAULT."""
    rc = {r.code for r in parties.recipients if r.code and r.code not in NON_STATE and r.sector in SOCIETY_SECTORS}
    if len(rc) == 1 and trig.event in ("COERCE", "ASSAULT"):
        for a in parties.actors:
            if a.code is None and a.sector in DOMESTIC_SECTORS and not is_weapon_party(a):
                a.code = next(iter(rc))  # not "missiles struck Kharkiv": a weapon is the attacker's


def _foreign(ent) -> bool:
    """True when the entity's words say it is from elsewhere (:func:`eventwire.actors.infer.is_foreign_party`)."""
    return is_foreign_party(ent)


def _placed(ent) -> None:
    """Mark an entity whose country a place of its sentence gave (``source`` "place": docs/actors.md)."""
    if ent.code and ent.source is None:
        ent.source = "place"


def armed_men_place(trig, parties, sent, res) -> None:
    """"Gunmen abducted 20 pupils ... in Nigeria's Kaduna state": unidentified armed men are coded by the
    country where they act (PLOVER GSR: IRQ/UAF), when the sentence names exactly one; police named without a
    country act at home ("Police arrested 50 people in Minsk")."""
    for a in parties.actors:
        if a.code is None and a.sector in ("UAF", "COP"):
            a.code = place_code(sent, res)
            _placed(a)


#: Sectors of the non-state groups and professions a story names by a noun alone ("Salafists", "rebels", "students",
#: "barristers"): they act where they are. PLOVER REB and CRM and the society sectors of
#: :data:`~eventwire.events.recipient_rules.SOCIETY_SECTORS`.
GROUP_SECTORS = frozenset((SOCIETY_SECTORS - {None}) | {"CRM"})
#: Acts of force: done where the doer is (a statement may be made anywhere about anywhere).
FORCE_EVENTS = frozenset({"ASSAULT", "COERCE"})


def group_place(trig, parties, sent, res) -> None:
    """"Salafists attacked a police station in Tunis", "Rebels stormed a hotel in Mogadishu": a group or profession
    named by a noun and no country (:data:`GROUP_SECTORS`) that uses force (:data:`FORCE_EVENTS`) is of the one
    country the sentence's places lie in (:func:`~eventwire.events.recipient_rules.place_code`, which reads the
    actor dictionaries' places too, also those the geoparser's tagger misses). Not a group whose words say it is from
    elsewhere ("foreign fighters"), nor a named person. Without a place the story's home country is given later
    (:func:`eventwire.actors.infer.complete_from_context`, ``source`` "context"). Source: PLOVER annotation protocol
    (``eval/voa_news/ANNOTATION.md``): non-state armed groups are coded "with the country where they operate";
    ICEWS and POLECAT give sector actors the country of the event. Verbal events are left alone ("Hardliners rejected
    the deal reached in Vienna" is no Austrian act)."""
    if trig.event not in FORCE_EVENTS:
        return
    for a in parties.actors:
        if a.code is None and a.name is None and a.sector in GROUP_SECTORS and a.entity_text and not _foreign(a):
            a.code = place_code(sent, res)
            _placed(a)


def victims_place(trig, parties, sent, res) -> None:
    """"... abducted 20 pupils from a school in Kaduna state": people attacked where the sentence places the act
    are of that country; "Egyptian police ... dispersed demonstrators": a police force acts at home; "Two
    officers were shot in Marseille": police attacked where they serve (ASSAULT, COERCE)."""
    if trig.event not in ("ASSAULT", "COERCE"):
        return
    police = {a.code for a in parties.actors if a.code and a.sector == "COP"}
    for r in parties.recipients:
        if r.code is None and (r.sector in SOCIETY_SECTORS or (r.sector == "COP" and r.entity_text)) and \
                not _foreign(r):
            r.code = place_code(sent, res) or (next(iter(police)) if len(police) == 1 else None)
            _placed(r)


def protesters_place(trig, parties, sent, res) -> None:
    """"Hundreds of thousands of people blocked streets in Hong Kong": protesters of no named nationality are of
    the place they protest in (PROTEST)."""
    if trig.event != "PROTEST":
        return
    for a in parties.actors:
        if a.code is None and a.sector in SOCIETY_SECTORS and a.entity_text and not _foreign(a):
            a.code = place_code(sent, res)
            _placed(a)


def at_sea(r: Entity, sent, res) -> bool:
    """True when the party ``r`` is placed in a water body ("a commercial ship in the Red Sea", "attacked a tanker in
    the Gulf of Oman": :func:`eventwire.actors.infer.at_sea_offsets`): a sea lies in no country, and what is there
    is of no country the sentence's actor gives it."""
    from ..actors.infer import at_sea_offsets

    if r.start is None or r.end is None:
        return False
    return any(r.start <= x < r.end for x in at_sea_offsets(sent.doc, res.base))


def own_institution(trig, parties, sent, res) -> None:
    """"students ... marched to parliament": an uncoded institution is the actor's own country's -- not one placed
    in a sea (:func:`at_sea`: "Houthi rebels fired missiles at a commercial ship in the Red Sea" is no Yemeni ship),
    nor one whose words say it is from elsewhere (:func:`_foreign`: "urged security counterparts to ...": a
    counterpart holds the same office on the other side; lexicon ``foreign_word``), nor soldiers or police a
    state's forces attack (:func:`enemy_force_victim`: "Azerbaijani forces ... killing two soldiers")."""
    home = [a.code for a in parties.actors if a.code and a.code not in NON_STATE]
    for r in parties.recipients:
        if r.code is None and r.name is None and r.sector in DOMESTIC_SECTORS and len(set(home)) == 1 and not \
                at_sea(r, sent, res) and not _foreign(r) and not enemy_force_victim(trig, parties, r):
            r.code = home[0]


#: Sectors of uniformed forces (soldiers, troops, police) and of the state parties whose attacks on them are on
#: another side's (:func:`enemy_force_victim`).
ARMED_SECTORS = frozenset({"MIL", "COP"})
STATE_FORCE_SECTORS = frozenset({"MIL", "GOV"})


def enemy_force_victim(trig, parties, r: Entity) -> bool:
    """True when ``r``, soldiers or police the text gives no country, are attacked (ASSAULT) by a state's forces or
    government named with their country ("Azerbaijani forces shelled the village, killing two soldiers"): a state's
    forces fight another side's forces, so :func:`own_institution` does not give them the attacker's country; the
    story's context may name the other side (:func:`eventwire.events.story_context.enemy_forces`). Source: PLOVER
    manual, ASSAULT (dyadic)."""
    return trig.event == "ASSAULT" and r.sector in ARMED_SECTORS and any(
        a.code and a.code not in NON_STATE and a.sector in STATE_FORCE_SECTORS for a in parties.actors)


#: Completion rules, in order (see module doc). Each takes ``(trigger, parties, sentence, resolver)``.
COMPLETION_RULES = [visited_country, giver_acts, no_self_dyad, protest_target_rule, domestic_institution,
                    armed_men_place, group_place, victims_place, protesters_place, own_institution]


def complete_parties(trig, parties, sent, res) -> None:
    """Run :data:`COMPLETION_RULES` on ``parties`` (changed in place: the parties record of one trigger)."""
    for rule in COMPLETION_RULES:
        rule(trig, parties, sent, res)


# ---------------------------------------------------------------------------------------- implicit actors
def quote_speaker(trig, parties, said, sent, ctx) -> Found | None:
    """A threat, accusation, rejection, demand or support spoken in a quote has the speaker as actor (issue 2)."""
    qi = said.quote
    if qi is not None and trig.event in ("ACCUSE", "THREATEN", "REJECT", "REQUEST", "SUPPORT") and \
            trig.row.pos == "V" and ctx.quote_speakers.get(qi):
        return Found(list(ctx.quote_speakers[qi]))
    return None


def warning_speaker(trig, parties, said, sent, ctx) -> Found | None:
    """"Russia will pay a heavy price, the president said", "'They will pay a heavy price,' Netanyahu said": the
    speaker threatens the payer (:data:`eventwire.events.triggers.PRICE_THREAT`); the quote's speaker, else the
    first resolved source; none when the text names no speaker (the outlet threatens nobody)."""
    if trig.row is not PRICE_THREAT:
        return None
    if said.quote is not None and ctx.quote_speakers.get(said.quote):
        return Found(list(ctx.quote_speakers[said.quote]))
    state = [e for e in said.source_entities if e.code]
    return Found(state[:1]) if state else None


def reporting_state(trig, parties, said, sent, ctx) -> Found | None:
    """"Talks with Iran, the French foreign ministry said": a meeting or agreement noun without a doer is the
    reporting state's (a source of another country than the recipient)."""
    if trig.row.pos == "N" and trig.event in ("CONSULT", "AGREE") and parties.recipients:
        state = [e for e in said.source_entities if e.code and e.code not in {r.code for r in parties.recipients}]
        return Found(state[:1]) if state[:1] else None
    return None


def arresting_police(trig, parties, said, sent, ctx) -> Found | None:
    """"were arrested", "the arrest of X": arrests without a named agent are made by the police (ACLED and ICEWS
    practice); implicit, no text."""
    tok = trig.token
    if trig.event == "COERCE" and trig.row.mode == "arrest" and not parties.named_unknown and (
            trig.row.pos == "N" or is_passive(tok) or (tok.tag_ == "VBN" and tok.dep_ == "acl")
            or bare_participle(tok)):
        return Found([Entity("", None, "COP", None, None, None)])
    return None


#: Types of the acts of a court or the custodial state on a person: convicting and sentencing (SANCTION convict),
#: dropping charges, overturning a conviction, acquitting (CONCEDE), releasing from prison or on bail (RETREAT).
JUDICIAL_TYPES = ("SANCTION", "CONCEDE", "RETREAT")
#: Where the state holds a person ("freed from prison", "released on bail").
CUSTODY_NOUNS = words("custody_noun")
#: Bodies a member may be expelled from ("expelled from the party").
MEMBERSHIP_BODIES = words("membership_body")


def agentless_participle(tok) -> bool:
    """True when verb ``tok`` is a passive or participle whose agent goes unnamed: "was convicted", "after being
    freed from prison", "detainees released on bail", "had been arrested and sentenced" (the second verb shares the
    first's passive auxiliary), or the small model's bare participle root (:func:`bare_participle`)."""
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    return is_passive(tok) or (tok.tag_ == "VBN" and tok.dep_ == "acl") or bare_participle(tok) or (
        tok.tag_ == "VBN" and tok.dep_ == "conj" and is_passive(tok.head))


def judicial_authority(trig, parties, said, sent, ctx) -> Found | None:
    """"was convicted on five charges", "had been arrested and sentenced to six years", "the charges were dropped",
    "was freed from prison", "has been released on bail": a legal act on a person (pattern row of context
    ``legal`` and type SANCTION, CONCEDE or RETREAT) whose agent goes unnamed is the judiciary's of the country
    (PLOVER manual, SANCTION mode convict: "found guilty ... in a court of law"; CONCEDE: acquittals; RETREAT:
    "the release of prisoners"; sector JUD, as ACLED and ICEWS code the courts); implicit, no text. The country
    comes from the story (:func:`eventwire.actors.infer.complete_from_context`), unless the custody is named as
    a state's ("freed from US custody": that state). A to-infinitive ("called for the charges to be dropped") is
    what somebody wants, not an act: no actor is invented for it. Issue 13."""
    tok = trig.token
    if trig.event not in JUDICIAL_TYPES or trig.row.pos != "V" or parties.named_unknown or \
            not agentless_participle(tok) or has_to_infinitive(tok):
        return None  # "called for the charges to be dropped": wanted, not done -- nobody is invented for it
    custody = [x for x in prep_objects(tok, ("from", "on")) if x.lemma_.lower() in CUSTODY_NOUNS]
    if "legal" not in trig.row.context and not (trig.row.mode == "release" and custody):
        return None
    for x in custody:  # "freed from US custody", "released from an Israeli prison": the custodial state is named
        for m in x.children:
            if m.dep_ in ("amod", "compound", "nmod", "poss"):
                ents = ctx.resolver.resolve(m)
                if ents and all(e.code for e in ents):
                    return Found(ents, m)
    return Found([Entity("", None, "JUD", None, None, None)])


def expelling_body(trig, parties, said, sent, ctx) -> Found | None:
    """"was expelled from the ruling party", "were expelled from the coalition": an agentless expulsion from a
    body one is a member of (lexicon ``membership_body``) is that body's, when its phrase names a codable party
    (PLOVER manual, SANCTION mode expel: "expel an entity from a group, organization, political party"), or a
    named organisation ("was expelled from Fatah", an ORG entity; the verbs.tsv object word ``ORG``). Issue 13."""
    tok = trig.token
    if trig.event != "SANCTION" or trig.row.mode != "expel" or trig.row.pos != "V" or not agentless_participle(tok):
        return None
    for x in prep_objects(tok, ("from",)):
        if x.lemma_.lower() in MEMBERSHIP_BODIES or x.ent_type_ == "ORG":
            ents = ctx.resolver.resolve(x)
            if ents:
                return Found(ents, x)
    return None


def charging_authority(trig, parties, said, sent, ctx) -> Found | None:
    """"Lai stands accused of collusion", "is accused of treason": an accusation stated as the subject's condition
    (:func:`eventwire.events.actor_rules.accused_state`) with the accused coded is made by the authorities that
    charge him: a government actor, implicit, no text, whose country the story gives
    (:func:`eventwire.events.story_context.implicit_actor`: the country the event happens in). Source: ICEWS codes
    a charge without a named accuser to the state's government; PLOVER manual, ACCUSE."""
    if trig.event == "ACCUSE" and parties.actor_rule == "accused_state" and parties.recipients:
        if accused_states(trig.token, ctx.resolver):
            return Found([Entity("", None, None, None, None, None)])  # an unnamed accuser, of no known country
        return Found([Entity("", None, "GOV", None, None, None)])
    return None


#: Match kinds of a name that is a state itself ("Russia", "Moscow", "the UN").
STATE_KINDS = ("country", "capital", "igo")
#: Head nouns that stand for a state ("the Syrian government", "the country").
STATE_NOUNS = words("anaphoric_country_noun")


def accused_states(tok, res) -> bool:
    """True when the accused of the accusation ``tok`` (:func:`eventwire.events.actor_rules.accused_subject`),
    or one of its conjuncts, is a state or its government ("Russia and the Syrian government have been accused
    of war crimes", "Paris was accused of aiding rebels"): no state's authorities charge a state, so the accuser
    is an unnamed party with neither sector nor country (:func:`charging_authority`), which the story's country
    does not fill (:func:`eventwire.events.story_context.implicit_actor`) -- it was coded as the story's country
    accusing each accused, itself among them. A person or group ("the minister and his deputy have been
    accused") keeps the charging authority."""
    subj = accused_subject(tok)
    if subj is None:
        return False
    for x in [subj] + [c for c in subj.subtree if c.dep_ == "conj" and c.head.i in (subj.i,) + tuple(
            y.i for y in subj.subtree if y.dep_ == "conj")]:
        m = res.match(x)
        if (m is not None and m.kind in STATE_KINDS) or x.lemma_.lower() in STATE_NOUNS:
            return True
    return False


def unidentified_bomber(trig, parties, said, sent, ctx) -> Found | None:
    """"a roadside bombing killed one U.S. soldier", "killed by an improvised explosive device": nobody named; an
    unidentified armed force (PLOVER sector UAF) of the country where it happened, when the sentence names
    exactly one; implicit, no text."""
    at = parties.actor_token
    if trig.event == "ASSAULT" and trig.row.pos == "V" and at is not None and at.lemma_.lower() in EXPLOSIVE_MEANS:
        return Found([Entity("", place_code(sent, ctx.resolver), "UAF", None, None, None)])
    return None


def protesting_crowd(trig, parties, said, sent, ctx) -> Found | None:
    """"At least 400 of the PEGIDA supporters staged a demonstration": unnamed people who protest are civilians
    (the GDELT/ICEWS default) of the one country the sentence places the protest in, if any; the words are
    kept as the actor's text."""
    at = parties.actor_token
    if parties.named_unknown and trig.event == "PROTEST" and at.pos_ in ("NOUN", "NUM") and at.tag_ in ("NNS", "CD"):
        res = ctx.resolver
        s0, e0, text = res.np_span(at)
        return Found([Entity(text, place_code(sent, res), "CVL", None, s0, e0)], at)
    return None


#: Implicit actor rules, in order (see module doc). Each takes ``(trigger, parties, reporting, sentence,
#: article context)``.
IMPLICIT_ACTOR_RULES = [warning_speaker, quote_speaker, reporting_state, arresting_police, judicial_authority, expelling_body,
                        charging_authority, unidentified_bomber, protesting_crowd]


def implicit_actor(trig, parties, said, sent, ctx) -> None:
    """When ``parties`` has no actor, the first of :data:`IMPLICIT_ACTOR_RULES` that fires gives one (the
    crowd rule also clears ``named_unknown`` and renews ``actor_codes``)."""
    if parties.actors:
        return
    for rule in IMPLICIT_ACTOR_RULES:
        got = rule(trig, parties, said, sent, ctx)
        if got is not None:
            parties.actors, parties.actor_rule = got.entities, rule.__name__
            if rule is protesting_crowd:
                parties.named_unknown = False
                parties.actor_codes = {a.code for a in parties.actors if a.code}
            return
