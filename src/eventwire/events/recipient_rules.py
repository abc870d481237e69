"""Step 3 of the coder: the recipient of a trigger, by :data:`RECIPIENT_RULES` in order (the first that finds
somebody wins; see :mod:`eventwire.events.rules`).

First the doer of an event named as the object ("condemned Serbia's suppression of ..."), then the sources
the trigger's pattern row lists (``recipient`` column of verbs.tsv: :data:`RECIPIENT_SOURCES`), then
fallbacks: the owner of a rejected or accepted proposal, who died in an attack, the one a demand is on,
the party that must meet a threat's condition, the party of a promised, refused or threatened act, the subject
of a demand's complement, the party of a warned act of the warner, the object of the governing verb, the subject of an undergoer verb ("faces pressure
from"), the object of an event noun's light verb, a party named on the object, the object of an attack's
purpose, the host of a show of force, and last the actor of an earlier event a definite event noun refers
to. A recipient never repeats the actor's country (``Args.actor_codes``) except for a domestic dyad.

Each rule takes :class:`~eventwire.events.rules.Args` and returns a
:class:`~eventwire.events.rules.Found` with at least one entity, or None.
"""
from __future__ import annotations

from dataclasses import replace

from ..actors.infer import agent_of_thing, is_foreign_party
from ..actors.resolve import SIGNING_PLACE_NOUNS, _place_mention, place_country
from ..lexicon import words
from ..nlp.views import (NOUN_MODIFIERS, absolute_participle, addressee_of, bare_participle, children, for_to_clause,
                         has_to_infinitive,
                         marked_by, objects, pobjs,
                         prep_objects, sent_of, word_forms)
from ..schema import NON_STATE_CODES, Entity
from .actor_rules import (MEETING_FRAME_PREPS, shared_passive, journey_carry_verb, PARTY_KINDS, VISIT_WORDS, accused_subject, visiting_guest_token, judged_clause, presence_copula,
                          victim_possessor_token)
from .conditions import conditional_clause
from .patterns import load_patterns
from .rules import Args, Found, first_found
from .triggers import MEANS_NOUNS, WEAPON_MEANS, CARRIER_NOUNS, HOSTILE_ACT_NOUNS, JUDGEMENT_VERBS, compelled_response, meeting_chair_agent, PRICE_THREAT, STANCE_PREPOSITIONS, STANCE_STATEMENT, event_participles, pattern_row

#: Nouns naming a proposal or request that can be rejected or accepted ("rejected calls by X").
PROPOSAL_NOUNS = words("proposal_noun")
#: Places where civilians live: their owners are civilians ("demolished Palestinian homes").
RESIDENTIAL_NOUNS = words("residential_noun")
#: Verbs of dying: who died in an attack is its target ("three civilians died in a missile strike").
DIE_VERBS = words("die_verb")
#: Verbs whose subject is acted on by the event noun they take ("faces pressure from Congress").
UNDERGO_NOUN_VERBS = words("undergo_noun_verb")
#: Participles whose "by" agent mediates the act between others ("a ceasefire brokered by Qatar").
MEDIATION_PARTICIPLES = words("mediation_participle")
#: Place prepositions on a trigger whose object's country is the recipient ("entered waters near Taiwan").
PLACE_PREPS = ("near", "off", "around", "into", "inside", "outside", "on", "along", "across")
#: Sectors of the state at home, and of society (PLOVER sectors).
DOMESTIC_SECTORS = {"GOV", "LEG", "JUD", "COP", "MIL", "PTY", "OPP"}
SOCIETY_SECTORS = {None, "CVL", "OPP", "EDU", "LAB", "PTY", "REB", "JRN", "REL", "BUS", "REF", "ELI", "MED", "AGR"}


def event_noun_doer(o, res, actor_codes, modifiers: bool = True) -> list[Entity]:
    """Who did what the noun ``o`` names: its possessor ("Serbia's suppression"), its "by" phrase ("war crimes
    by Croatian extremists"), a nationality on the event noun ("US mediation"; not on a thing: "Palestinian
    homes"; only with ``modifiers``; both states of a hyphenated pair: "the Japan-Philippines drills") or the agent of
    a participle on it ("crimes committed by Croat forces"; not of a mediating one, lexicon ``mediation_participle``:
    "a ceasefire brokered by Qatar" was agreed between others, Qatar brokered it);
    [] when none is named or it resolves to nothing. Pronouns are skipped ("closed our airspace": the speaker's
    own)."""
    cands = children(o, "poss")
    cands += prep_objects(o, ("by",), ("prep", "agent"))
    if modifiers and o.lemma_.lower() not in RESIDENTIAL_NOUNS:
        for c in o.children:
            m = res.match(c) if c.dep_ in NOUN_MODIFIERS else None
            if m is not None and m.kind in ("country", "demonym", "igo") and m.code:
                cands.append(c)
    cands += [x for v in o.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.i == o.i + 1
              and v.lower_ not in MEDIATION_PARTICIPLES for x in prep_objects(v, None, ("agent",))]
    for c in cands:
        if c.pos_ == "PRON":
            continue
        ents = res.resolve(c, exclude_codes=tuple(actor_codes))
        m = res.match(c) if ents and c.dep_ in NOUN_MODIFIERS else None
        if m is not None:  # "the Japan-Philippines drills": both states of a hyphenated pair
            ents += [Entity(ents[0].entity_text, code, ents[0].sector, None, ents[0].start, ents[0].end)
                     for code in res.hyphen_partners(m) if code not in actor_codes and all(e.code != code for e in ents)]
        if ents:
            return ents
    return []


def place_code(sent, res) -> str | None:
    """The one country (ISO3) the places named in ``sent`` lie in (see
    :meth:`eventwire.actors.resolve.ActorResolver.place_codes`; the speakers of the sentence are skipped:
    "relief officials in Nairobi said" places nothing); None when there are none or several."""
    from .attribution import SPEECH

    skip = frozenset(x.i for v in sent if v.lemma_.lower() in SPEECH
                     for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree)
    codes = res.place_codes(sent, skip)
    return codes.pop() if len(codes) == 1 else None


# ---------------------------------------------------------------------------------------- before the row
#: Prepositions of an event-noun object per trigger type ("agreed to US mediation", "denounced as a crime").
_DOER_PREPS = {"AGREE": ("to",), "REJECT": ("into", "over", "as", "to")}


def object_event_doer(a: Args) -> Found | None:
    """"denounced Serbia's suppression of ...", "is investigating war crimes by Croatian extremists", "agreed to
    US mediation", "is opposed to French mediation": the doer of the event named as the object (ACCUSE,
    SUPPORT, REJECT, THREATEN, SANCTION, AGREE, COERCE verbs); an object that is a party itself ("condemned
    Israel") is skipped."""
    p, tok, res = a.row, a.tok, a.res
    if p.pos != "V" or p.event not in ("ACCUSE", "SUPPORT", "REJECT", "THREATEN", "SANCTION", "AGREE", "COERCE"):
        return None
    objs = a.objects()
    pobjs_ = prep_objects(tok, _DOER_PREPS.get(p.event, ("into", "over", "as")))
    pobjs_ += [x for o in pobjs_ for x in o.children if x.dep_ == "appos"]  # "denounced as a crime X's ..."
    for o in [c for c in objs if c.dep_ == "dobj"] + pobjs_:
        if o.dep_ == "dobj" and pattern_row(o) is None and res.resolve(o, exclude_codes=a.exclude):
            continue
        ents = event_noun_doer(o, res, a.actor_codes)
        if ents:
            return Found(ents, o)
    return None


#: Prepositions that name what a protest is against ("protested against the detention", "protest over the arrest").
PROTESTED_ACT_PREPS = ("against", "over")
#: Verbs whose object a purposive "to protest" is addressed to ("summoned China's ambassador to protest against ...").
_PROTEST_ADDRESS_DEPS = ("advcl", "xcomp")


def protested_act_doer(a: Args) -> Found | None:
    """Rule ``protested_act_doer``. Shape: a protest (a PROTEST or ACCUSE trigger on the verb or noun "protest"; a
    PROTEST row is a state's ACCUSE after :func:`eventwire.events.recode.state_protest`) whose "against"/"over"
    object is an act done to someone (a noun of a pattern row with an "of" phrase: "the detention of a German
    journalist", "the arrest of a German citizen", "the killing of a teenager by police"; "the arms sale to Taiwan"
    is left to the row). The one protested against is the act's doer
    (:func:`event_noun_doer`: its possessor, "by" phrase or nationality), never the act's victim in its "of"
    phrase; with no doer named, the one a purposive "to protest" addresses ("Germany summoned China's ambassador to
    protest against the detention of a German journalist" -> the ambassador, CHN), else nobody from the phrase (an
    empty :class:`Found`, so no later rule takes the victim). Source: PLOVER manual, ACCUSE and PROTEST (the
    recipient is the one criticised or protested against; the victim of the act protested is not its target)."""
    tok = a.tok
    if tok.lemma_.lower() != "protest" or a.row.event not in ("PROTEST", "ACCUSE"):
        return None
    acts = [o for o in prep_objects(tok, PROTESTED_ACT_PREPS) if o.pos_ == "NOUN" and pattern_row(o) is not None
            and prep_objects(o, ("of",))]  # the "of" phrase names who underwent it: "the arrest of a citizen"
    if not acts:
        return None
    for o in acts:
        ents = event_noun_doer(o, a.res, a.actor_codes)
        if ents:
            return Found(ents, o)
    if a.row.pos == "V" and tok.dep_ in _PROTEST_ADDRESS_DEPS and tok.head.pos_ == "VERB":
        for o in children(tok.head, "dobj"):
            ents = a.res.resolve(o, exclude_codes=a.exclude)
            if ents:
                return Found(ents, o)
    return Found()


def accusation_object_doer(a: Args) -> Found | None:
    """"an investigation into crimes committed by Croat forces", "allegations of abuse by the police": the
    doer of what a nominal ACCUSE is about."""
    if a.row.pos != "N" or a.row.event != "ACCUSE":
        return None
    for o in prep_objects(a.tok, ("into", "of", "over")):
        ents = event_noun_doer(o, a.res, a.actor_codes)
        if ents:
            return Found(ents, o)
    return None


# ---------------------------------------------------------------------------------------- the row's sources
#: Nouns of a quantity of projectiles (lexicon ``projectile_quantity_noun``: "a barrage of rockets", "a salvo of
#: missiles").
PROJECTILE_QUANTITY = words("projectile_quantity_noun")
#: Prepositions that name the target of a means fired or aimed ("missiles at Japan", "rockets toward Israel").
TARGET_PREPS = ("at", "toward", "towards")
#: Weapons and explosive things: what is fired or used, never whom it is used on (not the nouns of an attack that
#: lexicon ``attack_means_noun`` shares: "conducted military operations in Syria" names the act, whose place is Syria).
_MEANS = WEAPON_MEANS | (words("explosive_means") - MEANS_NOUNS)


def means_object(o) -> bool:
    """Rule ``means_not_recipient``. True for a noun that names the weapon or means of an act rather than a party:
    a word of lexicon ``weapon_means`` or a thing of ``explosive_means`` ("threatened to fire missiles at Japan",
    "planted bombs at the checkpoint"), or a quantity of them ("launched a barrage of rockets at Israeli
    cities": lexicon ``projectile_quantity_noun`` with such an "of" object). The means is nobody's recipient; the
    target is the "at"/"on"/"against" party (PLOVER manual, ASSAULT and THREATEN: the recipient is the target).
    Fresh user, twenty-first stop: "North Korea threatened to fire missiles at Japan" had the missiles (coded PRK)
    as its recipient."""
    lem = o.lemma_.lower()
    if lem in _MEANS or o.lower_ in _MEANS:
        return True
    return lem in PROJECTILE_QUANTITY and any(
        p.lemma_.lower() in _MEANS or p.lower_ in _MEANS
        for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")


def _required_objects(a: Args, objs) -> list:
    return [o for o in objs if a.row.objects and (o.lemma_.lower() in a.row.objects or o.lower_ in a.row.objects)]


def reduced_passive_head(tok, p):
    """The noun a verbal trigger modifies as a reduced passive relative ("the four Britons freed from custody",
    "10 Russian soldiers killed in Ukraine", "two suspects being held without trial"): the one the act is done to
    (grammar: a past participle in spaCy's ``acl`` on a noun, with no object, subject or active auxiliary of its
    own). None when the trigger is not such."""
    if p.pos == "V" and tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and \
            not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux") for c in tok.children):
        return tok.head
    return None


def source_dobj(a: Args, objs, req, spec) -> list:
    """Direct object (or passive subject) that is not the row's required object ("condemned Israel"); a
    reduced passive's noun ("10 Russian soldiers killed in Ukraine": :func:`reduced_passive_head`)."""
    tok, p = a.tok, a.row
    cands = [c for c in objs if c.dep_ in ("dobj", "nsubjpass", "attr") and c not in req and c.head.i == tok.i
             and not (c.dep_ == "dobj" and means_object(c))]
    if reduced_passive_head(tok, p) is not None:
        cands.append(tok.head)
    if p.pos == "V" and not cands and shared_passive(tok, p):
        # "were detained in Moscow and deported to Ukraine": the shared passive subject is the one deported
        cands += children(tok.head, "nsubjpass")
    if p.pos == "V" and (bare_participle(tok) or absolute_participle(tok)):
        cands += children(tok, "nsubj")
    if p.pos == "V" and not cands:
        cands += bare_infinitive_objects(tok)
    if cands:
        cands += gapped_objects(tok)
    return cands


#: Verbs whose object does a bare infinitive ("helped Hezbollah obtain missiles").
BARE_INFINITIVE_VERBS = frozenset({"help"})


def bare_infinitive_objects(tok) -> list:
    """"Iran helped Hezbollah obtain missiles", "has been helping the rebels get arms": the small model parses the
    object of "help" as the subject of a complement clause; with no "that" and a bare infinitive (tag VB) that
    subject is who is helped. A pronoun is left out ("will not help him regain trust", "help him defeat her" are
    about a politician's fortunes, no aid; on the training stories both such records were wrong). Source: English grammar ("help" + object + bare infinitive); PLOVER manual, AID (the
    recipient is who the aid benefits)."""
    if tok.lemma_.lower() not in BARE_INFINITIVE_VERBS:
        return []
    return [s for c in children(tok, "ccomp") if c.tag_ == "VB" and not children(c, "mark") and not children(c, "aux")
            for s in children(c, "nsubj") if s.pos_ != "PRON"]


#: Prepositions of a time phrase that may carry a gapped second object ("on Monday and Ethiopia on Tuesday").
GAP_TIME_PREPS = frozenset({"on", "from", "in", "until", "till", "through"})


def gapped_objects(tok) -> list:
    """Second objects of a gapped coordination that the parser hangs on a date: "will visit Kenya on Monday and
    Ethiopia on Tuesday", "visits Israel from July 14-17 and Egypt on July 18" parse "Ethiopia" / "Egypt" as a
    conjunct of the date. A proper name (no date itself) that is a conjunct of the date object of a time
    preposition of ``tok`` is another object of ``tok``. Source: English grammar (gapping: "visit A on Monday and
    [visit] B on Tuesday")."""
    out = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in GAP_TIME_PREPS:
            continue
        for pobj in children(c, "pobj"):
            if pobj.ent_type_ != "DATE":
                continue
            out += [x for x in pobj.conjuncts if x.i > pobj.i and x.pos_ == "PROPN" and x.ent_type_ not in (
                "DATE", "TIME", "CARDINAL", "ORDINAL")]
    return out


def source_dative(a: Args, objs, req, spec) -> list:
    """Dative ("offered Russia aid"), or the first of two objects ("gave the French ambassador 48 hours")."""
    tok = a.tok
    cands = [c for c in tok.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    cands += [c for c in tok.children if c.dep_ == "dobj" and c not in req and any(
        x.dep_ in ("dobj", "npadvmod") and x.i != c.i for x in tok.children)]
    return cands


#: Nouns of an amount or a consignment whose "in"/"of" phrase names what is given (lexicon ``amount_noun``).
AMOUNT_NOUNS = words("amount_noun")


def requested_things(tok) -> list:
    """Rule ``requested_things``. Shape: a verb of asking with a "for" phrase naming what is asked for -- "Kyiv asked
    for more Patriot systems from Germany", "Zelenskyy appealed for air defense systems from Berlin", "Somalia asked
    for help from Kenya": the parser hangs the "from"/"to" phrase on the thing asked for, not on the verb, so the
    thing is one more holder whose prepositional phrases :func:`source_prep` reads (the one asked is the recipient).
    Returns the objects of "for" on ``tok``. Source: PLOVER manual, REQUEST (the recipient is the one asked); kind
    from the REQUEST events of the training stories whose recipient was missed ("asked for the extension")."""
    return prep_objects(tok, ("for",), ("prep",))


def source_prep(a: Args, objs, req, spec) -> list:
    """``P:with|to``: objects of these prepositions on the trigger, its required object, its direct objects (or a
    passive's subject), the
    noun an amount on a verbal trigger measures ("pledged 500 million euros in aid to Ukraine", "sent a shipment of
    arms to Kyiv"; an object with a number or of lexicon ``amount_noun``),
    a carrier noun ("a mediation effort between Syria and ..."), a nominal trigger's prepositional objects
    ("talks on a prisoner exchange with Russia") or its light verb ("issued arrest warrants for two men")."""
    tok, p = a.tok, a.row
    forms = set(spec[2:].split("|"))
    holders = [tok] + req + children(tok, "dobj")
    if p.pos == "V" and children(tok, "auxpass"):
        # the passive subject is the thing acted on: "a $300 million aid package for Ukraine was announced by the
        # Pentagon" as "announced a package for Ukraine"
        holders += children(tok, "nsubjpass")
    if p.pos == "V":
        # the thing an amount measures: "pledged 500 million euros in humanitarian aid to Ukraine", "sent a
        # shipment of arms to Kyiv" (the "to" phrase hangs on the measured noun)
        holders += [o for d in children(tok, "dobj") for o in prep_objects(d, ("in", "of"), ("prep",))
                    if any(c.dep_ == "nummod" for c in d.children) or d.lemma_.lower() in AMOUNT_NOUNS]
    if p.pos == "V" and p.event == "REQUEST":
        holders += requested_things(tok)
    if p.pos == "N" and tok.dep_ == "compound" and tok.head.lemma_.lower() in CARRIER_NOUNS:
        holders.append(tok.head)
    if p.pos == "N":
        holders += prep_objects(tok)
        holders += event_participles(tok)  # "the embargo imposed on China"
    if p.pos == "N" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and pattern_row(tok.head) is None:
        holders.append(tok.head)
    cands = []
    for hold in holders:
        for c in hold.children:
            if (c.dep_ in ("prep", "dative", "agent") or (c.dep_ == "conj" and c.pos_ == "ADP")) and c.lower_ in forms:
                for pp in [c] + [x for x in c.conjuncts if x.dep_ in ("prep", "conj")]:
                    cands += pobjs(pp)
    return cands


def source_poss(a: Args, objs, req, spec) -> list:
    """Possessor of the trigger ("Iran's punishment")."""
    return children(a.tok, "poss")


def _objmod_countries(a: Args, hold) -> list:
    """Countries named inside ``hold`` (with their sectors): modifiers ("summoned Niger's ambassador"), the
    phrase itself ("lifted a curfew in Montenegro"), a town attacked ("Russian forces shelled Kharkiv")."""
    res, p = a.res, a.row
    countries, _ = res.modifier_info(hold, place_preps=PLACE_PREPS)
    m = res.match(hold)
    if m is not None and m.kind in ("country", "demonym") and m.code and all(c[0] != m.code for c in countries):
        countries.append((m.code, None))
    if m is None and not countries and hold.ent_type_ in ("GPE", "LOC", "FAC", "") and hold.pos_ == "PROPN" and \
            hold.dep_ in ("dobj", "nsubjpass") and p.event in ("ASSAULT", "COERCE", "MOBILIZE"):
        code = place_country(hold.text, frozenset(res.sentence_codes(sent_of(hold))))
        if code:
            countries.append((code, None))
    return countries


#: Types whose "in"/"at" place is a venue, not a party (PLOVER manual, CONSULT mode third-party: the host of talks is
#: named as such; an agreement signed in a capital is not signed with it).
VENUE_TYPES = frozenset({"SUPPORT", "AGREE", "CONSULT", "COOPERATE"})


def venue_codes(a: Args, holders) -> frozenset:
    """Countries named only as the place where a cooperative act is done: the object of an "in"/"at" phrase on the
    trigger or on an object ("signed a ceasefire agreement in Havana", "signed the accord at Camp David" -> the
    country of Havana) that is a place (a GPE, LOC or FAC entity). Used by :func:`objmod_entities` for
    :data:`VENUE_TYPES`; a country named as a party ("an agreement with Cuba", "a Cuban-brokered deal") is no
    venue. Source: PLOVER manual (the recipient is the party acted towards); second fresh user of the twelfth stop
    ("Colombia and the ELN rebels signed a ceasefire agreement in Havana" -> COL SUPPORT CUB)."""
    out = set()
    for h in [a.tok] + list(holders):
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for o in prep.children:
                if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC"):
                    out.update(x.code for x in a.res.resolve(o) if x.code)
    return frozenset(out)


def objmod_entities(a: Args, objs, req) -> list[Entity]:
    """``objmod``: the countries named inside the object phrase or a place phrase on the trigger ("entered
    waters near Taiwan's Penghu islands"), sector from the noun ("summoned Niger's ambassador" -> GOV;
    "demolished Palestinian homes" -> CVL); a named person as the object is that person as resolved ("received
    Japanese Prime Minister Fumio Kishida" -> JPN GOV, not JPN without a sector); never the actor's own country,
    except a domestic dyad of society and state ("Georgian demonstrators received ministers from the Georgian
    government")."""
    tok, p, res = a.tok, a.row, a.res
    holders = req or list(objs)
    if not holders and reduced_passive_head(tok, p) is not None:
        holders = [tok.head]
    if p.pos == "N":
        holders = [tok]
    holders = holders + prep_objects(tok, PLACE_PREPS + ("in", "into", "at"))
    own_sectors = a.actor_sectors
    venues = venue_codes(a, holders) if p.event in VENUE_TYPES else frozenset()
    ents = []
    for hold in holders:
        if hold.ent_type_ == "PERSON" and hold is not tok:
            # a person named as the object ("received Japanese Prime Minister Fumio Kishida"): the person, resolved
            # with title and all (GOV), not only the country of the modifier with no sector
            named = [x for x in res.resolve(hold, exclude_codes=a.exclude) if x.code and x.code not in a.actor_codes]
            if named:
                ents.extend(named)
                continue
        for code, sector in _objmod_countries(a, hold):
            if code in venues:
                continue  # "signed a ceasefire agreement in Havana": where it was signed, not a party to it
            s, e, text = res.np_span(hold)
            sector = sector or res.D.sector_of_noun(hold.lemma_.lower()) or (
                "CVL" if hold.lemma_.lower() in RESIDENTIAL_NOUNS else None)
            if sector is None and hold is not tok:
                # a thing of an agent: "hacked the computers of South Korean army officers" (MIL); never the
                # trigger's own possessor or "of" phrase ("the army's shelling of ...": the army acts)
                agent = agent_of_thing(res, hold)
                if agent and (not agent[1] or code in agent[1]):
                    sector = agent[0]
            own = own_sectors.get(code, "") if code in a.actor_codes else None
            if code in a.actor_codes and not (sector in DOMESTIC_SECTORS and own in SOCIETY_SECTORS - {None}
                                              and p.event in ("CONSULT", "AGREE", "AID")):
                continue
            ents.append(Entity(text, code, sector, None, s, e))
    return ents


#: Where the ``recipient`` column of verbs.tsv may look (``P:`` = prepositional objects); ``objmod`` is
#: :func:`objmod_entities`.
RECIPIENT_SOURCES = {"dobj": source_dobj, "dative": source_dative, "P": source_prep, "poss": source_poss}


#: Types whose required object (an asset, an account: verbs.tsv ``object`` column) belongs to the party acted on.
OWNED_OBJECT_TYPES = frozenset({"SANCTION", "COERCE"})


def frozen_asset_owner(a: Args) -> Found | None:
    """Rule ``frozen_asset_owner``. Shape: a SANCTION or COERCE trigger whose pattern row requires its object (the
    assets, accounts or funds frozen: verbs.tsv ``object`` column) where that object's possessor is "its"/"their":
    the owner is the party sanctioned, never the sanctioner (a state does not freeze its own assets to punish
    itself), so the pronoun stands for the antecedent in its sentence when that is no party of the actor
    (:meth:`~eventwire.actors.resolve.ActorResolver.possessive_antecedent`), else for the recipient of the latest
    earlier record of the article whose recipient is of another country than the actor. A place phrase on the
    trigger ("froze its assets in the United States") is where the assets lie, not their owner. Examples:
    "Washington sanctioned the Wagner Group on Friday. The Treasury froze its assets in the United States." -> USA
    SANCTION the Wagner Group; "The U.S. imposed sanctions on a Chinese company. The Treasury froze its assets." ->
    the company (CHN BUS). Source: PLOVER manual, SANCTION (the recipient is the party sanctioned; freezing assets
    is CAMEO 163, embargo/sanctions); ANNOTATION.md (the recipient is the party acted on; pronouns stand for
    their antecedent)."""
    if a.row.event not in OWNED_OBJECT_TYPES or a.row.pos != "V" or not a.row.objects:
        return None
    req = _required_objects(a, a.objects())
    poss = [c for o in req for c in o.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
    if not poss:
        return None
    p = poss[0]
    named = a.res.possessive_antecedent(p, exclude_codes=a.exclude)
    named = [x for x in named or [] if x.code and x.code not in a.actor_codes]
    if named:
        return Found(named, p)
    for ev in reversed(a.earlier):
        ents = [Entity(p.text, x.code, x.sector, x.name, a.res.base + p.idx, a.res.base + p.idx + len(p.text),
                       x.source) for x in ev.recipient if x.code and x.code not in a.actor_codes]
        if ents:
            return Found(ents, p)
    return None


#: Nouns of the act a reward is offered for, whose "of" phrase names the one wanted ("information leading to the
#: arrest of the cartel leader"; lexicon ``wanted_act_noun``).
WANTED_ACT_NOUNS = words("wanted_act_noun")


def wanted_party(a: Args) -> Found | None:
    """Rule ``wanted_party``. Shape: a THREATEN arrest whose pattern row requires a reward or bounty as the object
    ("offered a $5 million reward", verbs.tsv rows of "offer"/"announce" with object reward|bounty): the recipient is
    the one wanted -- the object of "of" on the act the reward is for (lexicon ``wanted_act_noun``: "arrest",
    "capture", "conviction"; "for information leading to the arrest of the cartel leader"), or the object of "on" on
    a bounty ("a bounty on Maduro", "a bounty on his head": the head's possessor). Examples: "The United States offered
    a $5 million reward for information leading to the arrest of the cartel leader" -> USA THREATEN (arrest) the
    cartel leader (CRM); "Washington offered a reward for the capture of Joaquin Guzman" -> the wanted man. Source:
    PLOVER manual, THREATEN ("Issuing an in-absentia arrest should be coded as a THREAT 'arrest'"; a reward for the
    arrest of someone out of reach is such a threat, no agreement with the wanted one's country) and THREATEN modes
    (arrest); ANNOTATION.md (the recipient is the party threatened)."""
    if a.row.event != "THREATEN" or a.row.mode != "arrest" or not a.row.objects:
        return None
    for o in _required_objects(a, a.objects()):
        cands = []
        for x in o.subtree:
            if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.lemma_.lower() in WANTED_ACT_NOUNS:
                cands.append(x)
            elif x.dep_ == "pobj" and x.head.lower_ == "on" and x.head.head.i == o.i:
                cands += children(x, "poss") if x.lemma_.lower() == "head" else [x]
        for c in cands:
            ents = a.res.resolve(c, exclude_codes=a.exclude)
            if ents:
                return Found(ents, c)
    return None


#: Types whose unnamed foreign object keeps no country (:func:`unnamed_foreign_object`): material acts done to it.
FOREIGN_OBJECT_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION"})


def unnamed_foreign_object(a: Args) -> Found | None:
    """Rule ``unnamed_foreign_object`` (last of the recipient rules). Shape: no other rule found a recipient and the
    trigger's direct object (or passive subject) is a phrase that its own words call foreign (a modifier of lexicon
    ``foreign_word``, or "foreign-flagged", "foreign-registered") and that resolves to nobody: the recipient is that
    phrase, uncoded (no country, no sector) -- a party of unknown country that is by its words not the actor's
    nor the story's, so that neither the story's context (context rule ``implicit-recipient``, which passes over a
    foreign party: :func:`eventwire.actors.infer.is_foreign_party`) nor the actor's own country codes it. Examples:
    "Iran's coast guard seized a foreign oil tanker" -> IRN COERCE with recipient "a foreign oil tanker" (null),
    never IRN COERCE IRN; "Indonesia seized a foreign-flagged tanker" -> IDN COERCE (null). Source: ANNOTATION.md
    (``null`` when the text gives no codable party); PLOVER manual, Actors (a foreigner's country is unknown unless
    named). Only for material acts on a party taken or struck (:data:`FOREIGN_OBJECT_TYPES`): a verbal act's foreign
    party ("opposes foreign dignitaries meeting ...", "told foreign university presidents") is left to the story's
    context, which the training annotations follow (a state's counterpart)."""
    if a.row.event not in FOREIGN_OBJECT_TYPES:
        return None
    for o in a.objects():
        if o.dep_ not in ("dobj", "nsubjpass") or o.pos_ not in ("NOUN", "PROPN"):
            continue
        if load_patterns().candidates(o.lemma_.lower(), "N"):
            continue  # "cutting foreign aid": an act or a flow (a pattern noun), no foreign party
        mods = [c for c in o.children if c.dep_ in ("amod", "compound", "nmod") and c.i < o.i]
        if not any(is_foreign_party(Entity(m.text)) or is_foreign_party(Entity(" ".join(
                t.text for t in m.subtree))) for m in mods):
            continue
        if any(x.code for x in a.res.resolve(o)):
            return None
        s, e, text = a.res.np_span(o)
        return Found([Entity(text, None, None, None, s, e)], o)
    return None


def price_payer(a: Args) -> Found | None:
    """"Russia will pay a heavy price, the president said": who will pay is the one threatened (PLOVER manual,
    THREATEN: the target of the threatened repercussions)."""
    if a.trigger.row is not PRICE_THREAT:
        return None
    subj = a.subject(a.tok)
    ents = [e for e in a.res.resolve(subj)] if subj is not None else []
    return Found(ents, subj) if ents else None


def addressee(a: Args) -> Found | None:
    """"Michael Howard has written to Tony Blair demanding an inquiry", "Amnesty wrote to the government urging the
    release of ...": a demand or statement written or sent "to" someone is addressed to them; the addressee is the
    recipient (:func:`eventwire.nlp.views.addressee_of`; the writer is the actor, PLOVER manual, REQUEST: who is
    asked). A named addressee may be of the writer's own country (the opposition leader writes to the prime
    minister): only the writer's own party is left out. Only for a demand: the addressee of an accusation is
    not the accused ("has written to the watchdog accusing Labour of ...": Labour, by the row's sources)."""
    if a.row.pos != "V" or a.row.event != "REQUEST":
        return None
    to = addressee_of(a.tok)
    if to is None:
        return None
    own = {(e.code, e.sector, e.name or e.entity_text) for e in a.actors}
    ents = [e for e in a.res.resolve(to) if (e.code, e.sector, e.name or e.entity_text) not in own]
    return Found(ents, to) if ents else None


#: Types of a detector trigger whose object may be the actor's own people moved elsewhere ("sent French troops to
#: Mali", "removed several officials from China"): the other country is the recipient.
DESTINATION_TYPES = frozenset({"AID", "COOPERATE", "SANCTION", "RETREAT", "MOBILIZE"})
#: Prepositions on such a trigger naming where the own people go or leave.
DESTINATION_PREPS = ("to", "into", "from")


def own_people_destination(a: Args) -> Found | None:
    """"France sent French troops to Mali", "the US removed several officials from China": a trigger of the trained
    detector (no dictionary row, so its default reading takes the direct object) whose direct object is only the
    actor's own people (of its country, or state agents the text gives no country: "several officials") has for its recipient the other country the verb sends them to or takes them from
    (:data:`DESTINATION_PREPS`): the aid goes to Mali, the withdrawal is from China, the troops are the act's
    means. Only for types of moving people or goods (:data:`DESTINATION_TYPES`). Source: PLOVER manual (AID: the
    recipient benefits; SANCTION mode withdraw and RETREAT: the party withdrawn from); the training annotations code
    "removed several officials from China" USA SANCTION CHN. Measured on the annotated training stories: F1 0.7434
    -> 0.7440 (P 0.7941 -> 0.7947, R 0.6987 -> 0.6993); dev and voa_news unchanged. Example: "The US removed
    several officials from China" -> USA SANCTION CHN, not USA SANCTION USA."""
    if a.trigger.source != "model" or a.row.event not in DESTINATION_TYPES or a.tok.pos_ != "VERB":
        return None
    mine = {x.code for x in a.actors if x.code}
    objs = children(a.tok, "dobj")
    if not mine or not objs:
        return None
    own = [x for o in objs for x in a.res.resolve(o)]
    if not own or not all(x.code in mine or (x.code is None and x.sector in DOMESTIC_SECTORS) for x in own):
        return None  # the actor's own people: of its country, or state agents of none ("several officials")
    for prep in a.tok.children:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ not in DESTINATION_PREPS:
            continue
        for p in pobjs(prep):
            ents = [x for x in a.res.resolve(p, exclude_codes=a.exclude) if x.code and x.code not in mine]
            if ents:
                return Found(ents, p)
    return None


#: Words of a border (lexicon ``border_noun``: "border", "frontier", "line of control") and the prepositions of
#: the place forces are moved to or held at.
BORDER_NOUNS = words("border_noun")
BORDER_PLACE_PREPS = ("to", "toward", "towards", "on", "along", "near", "at", "across", "up")
#: Verbs of sending forces or arms (lexicon ``force_send_verb``).
FORCE_SENDERS = words("force_send_verb")


def border_neighbour(a: Args) -> Found | None:
    """Forces moved to a border named by its other side: "Russia sent 10,000 troops to its border with Ukraine",
    "India deployed troops along the frontier with China", "massed tanks near its border with Syria and Iraq". A
    MOBILIZE trigger (or an AID row of arms sent, lexicon ``force_send_verb``: "sent tanks to its border with
    Syria", a build-up recoded MOBILIZE) with a place phrase (:data:`BORDER_PLACE_PREPS`) on it or on its object
    whose object is a border (lexicon ``border_noun``) with a "with" phrase: the recipient is the country (or
    countries) of that phrase other than the actor's; the mobilisation is aimed at the neighbour. Source: PLOVER
    manual, MOBILIZE (troop movements directed at the party named); the annotation protocol
    (``eval/voa_news/ANNOTATION.md``: the party the text gives); fresh user on real text. Example: "Russia sent
    10,000 troops to its border with Ukraine" -> RUS MOBILIZE UKR ("sent troops to the border" names no one and
    keeps no recipient)."""
    if a.row.event not in ("MOBILIZE", "AID") or (a.row.event == "AID" and a.tok.lemma_.lower() not in FORCE_SENDERS):
        return None  # an AID row of arms sent: MOBILIZE when they go to a border (recode.weapons_sent_to_border)
    tok = a.tok
    # the verb, its objects and a place adverb ("deployed troops close to the border with Ukraine")
    holders = [tok] + children(tok, "dobj") + children(tok, "advmod")
    borders = [o for h in holders for o in prep_objects(h, BORDER_PLACE_PREPS, ("prep", "dative"))
               if o.lemma_.lower() in BORDER_NOUNS or o.lower_ in BORDER_NOUNS]
    got, first = [], None
    for b in borders:
        # the "with" phrase of the border, or one the parser hung on the verb ("reinforced its positions along the
        # border with Armenia")
        for x in prep_objects(b, ("with",)) or prep_objects(tok, ("with",)):
            for e in a.res.resolve(x, exclude_codes=a.exclude):
                if e.code and e.code not in a.actor_codes and all(e.code != y.code for y in got):
                    got.append(e)
                    first = first if first is not None else x
    return Found(got, first) if got else None


def row_sources(a: Args) -> Found | None:
    """The sources of the trigger's pattern row, tried in order ("condemned Israel": ``dobj``; "talks with
    Russia": ``P:with``); every member of a coordination ("travelled to the USA and then to China")."""
    objs = a.objects()
    req = _required_objects(a, objs)
    for spec in a.row.recipient:
        if spec == "objmod":
            ents = objmod_entities(a, objs, req)
            if ents:
                return Found(ents[:3], None, rule="row:objmod")
            continue
        cands = RECIPIENT_SOURCES["P" if spec.startswith("P:") else spec](a, objs, req, spec)
        got, first = [], None
        for c in cands:
            for x in a.res.resolve(c, exclude_codes=a.exclude):
                if all((x.code, x.sector) != (y.code, y.sector) for y in got):
                    got.append(x)
                    first = first if first is not None else c
        if got:
            return Found(got, first, rule=f"row:{spec}")
    return None


#: Verbs of handing a request or claim in to a body (lexicon ``submission_verb``: "submit", "file", "lodge").
SUBMISSION_VERBS = words("submission_verb")
#: Prepositions that name the body a request is handed in to ("to the commission", "with the court").
SUBMISSION_PREPS = ("to", "with")


def submitted_to_body(a: Args) -> Found | None:
    """Rule ``submitted_to_body``. Shape: a demand noun (a REQUEST noun row: "request", "appeal") that is the
    object of a verb of handing in (:data:`SUBMISSION_VERBS`), with a "to" or "with" phrase on the noun or the verb
    -- "Kenya filed a request with the International Court of Justice" -> the court; "Chile lodged a request to the
    tribunal" -> the tribunal: the body the request is handed in to is the one asked, as the verb rows of
    verbs.tsv give it for a submitted application, claim or bid ("submitted documentation to the U.N.
    Commission", ``P:to|with``). Source: PLOVER manual, REQUEST (the recipient is the party asked to act);
    CAMEO 020 (make an appeal or request)."""
    tok = a.tok
    if a.row.pos != "N" or a.row.event != "REQUEST" or tok.dep_ != "dobj" or \
            tok.head.lemma_.lower() not in SUBMISSION_VERBS:
        return None
    for x in prep_objects(tok, SUBMISSION_PREPS) + prep_objects(tok.head, SUBMISSION_PREPS):
        ents = [e for e in a.res.resolve(x, exclude_codes=a.exclude) if e.code not in a.actor_codes]
        if ents:
            return Found(ents, x)
    return None


def attended_body(a: Args) -> Found | None:
    """"Chancellor Scholz was at the NATO meeting", "the minister was at a summit of the African Union": the body or
    country whose meeting the subject of "be" is at (:func:`eventwire.events.actor_rules.presence_copula`) -- a
    party modifier of the meeting noun or its "of" phrase (an organisation, IGO, country or nationality; not a
    capital, which names the venue: "the Brussels summit") -- is the recipient, as the object phrase of "attended
    the NATO meeting" gives it (verbs.tsv ``attend``, ``objmod``). None when the meeting names no such party ("is at
    a summit in Brussels": a venue). Source: PLOVER manual, CONSULT (mode multilateral: "meeting occurs in a
    multilateral context, typically an alliance or IGO"); the training stories ("is at a summit" coded with the
    body as recipient)."""
    tok = a.tok
    if a.row.pos != "N" or a.trigger.event != "CONSULT" or presence_copula(tok) is None:
        return None
    for c in children(tok, *NOUN_MODIFIERS) + prep_objects(tok, ("of",)):
        m = a.res.match(c)
        if c.dep_ == "pobj" and m is None:  # "a summit of ASEAN leaders": the body on the people
            m = next((a.res.match(x) for x in children(c, *NOUN_MODIFIERS) if a.res.match(x) is not None), None)
        if m is None or m.kind not in PARTY_KINDS or m.kind == "capital":
            continue
        ents = a.res.resolve(c, exclude_codes=a.exclude)
        if ents:
            return Found(ents, c)
    return None


#: Participles of organising or hosting a meeting (lexicon ``organiser_participle``: "organized", "hosted").
ORGANISER_PARTICIPLES = words("organiser_participle")
#: Modifiers of a hyphenated participle that name its doer ("Russian-hosted": ``npadvmod``).
_HYPHEN_DOER_DEPS = ("npadvmod", "compound", "nmod", "amod", "nsubj")


def organiser_of(n, res) -> tuple[list[Entity], object]:
    """``(entities, token)`` of the party that organised or hosted the meeting noun ``n``, or ``([], None)``: the "by"
    agent of an organising participle on it ("talks hosted by Egypt": :func:`meeting_chair_agent`, or any participle
    of :data:`ORGANISER_PARTICIPLES`), the party before the hyphen of such a participle ("the Russian-hosted
    talks": "Russian" hangs on "hosted"), or the first half of a hyphenated modifier the tokenizer keeps whole
    ("a U.N.-organized meeting": :meth:`eventwire.actors.dictionaries.ActorDictionary.word_party`)."""
    agent = meeting_chair_agent(n)
    if agent is None:
        agent = next((x for c in n.children if c.dep_ == "acl" and c.lower_ in ORGANISER_PARTICIPLES
                      for x in prep_objects(c, None, ("agent",))), None)
    if agent is not None:
        ents = res.resolve(agent)
        if ents:
            return ents, agent
    for c in n.children:
        if c.dep_ not in ("amod", "acl", "compound") or c.i > n.i:
            continue
        low = c.lower_
        if low in ORGANISER_PARTICIPLES:
            for x in c.children:
                if x.dep_ in _HYPHEN_DOER_DEPS and x.i < c.i:
                    ents = res.resolve(x)
                    if ents:
                        return ents, x
        elif "-" in low and low.rsplit("-", 1)[1] in ORGANISER_PARTICIPLES:
            first = c.text.rsplit("-", 1)[0]
            party = res.D.word_party(first)
            if party is not None:
                code, sector, name = party
                start = res.base + c.idx
                return [Entity(entity_text=first, code=code, sector=sector, name=name, start=start,
                               end=start + len(first))], c
    return [], None


def meeting_organiser(a: Args) -> Found | None:
    """Rule ``meeting_organiser``. Shape: a CONSULT whose meeting (the trigger noun, or the object of "attended")
    was organised or hosted by a party (:func:`organiser_of`) -- "the Taliban attended a U.N.-organized meeting in
    Doha" -> UNO; "Iran attended the Russian-hosted talks" -> Russia; "Israel joined talks hosted by Egypt" ->
    Egypt: the attendees consult with the organiser, who brought them together. Not the actor itself (the host's
    own "hosted talks" is :func:`eventwire.events.actor_rules.meeting_chair`). Source: PLOVER manual, CONSULT (mode
    third-party: "meeting is hosted by a third party"); CAMEO 043 (the host of a meeting is its other party)."""
    if a.row.event != "CONSULT":
        return None
    nouns = [a.tok] if a.row.pos == "N" else a.objects()
    for n in nouns:
        ents, where = organiser_of(n, a.res)
        # a state that hosts a meeting does so as its government ("the Russian-hosted talks")
        ents = [e if e.sector or e.code in NON_STATE_CODES else replace(e, sector="GOV")
                for e in ents if e.code and e.code not in a.actor_codes]
        if ents:
            return Found(ents, where)
    return None


def named_region(a: Args) -> Found | None:
    """A recipient named as a region: "Putin accused the West of hypocrisy", "criticised Western countries", "China
    warned Western governments": the direct object (or the object of a preposition the row reads) of the trigger is
    a region of the dictionaries (``data/actors/regions.tsv``), which receives no country. The search ends with
    nobody (an empty :class:`Found`, rule id ``named_region``), so no fallback guesses another party of the clause
    and the story's context gives it no country (:func:`eventwire.events.story_context.implicit_recipient` skips
    it). Source: PLOVER manual v0.8, "Country names" ("The West" receives no country); annotation protocol
    (``eval/voa_news/ANNOTATION.md``: regions such as "the West" are a null party); fresh user on real text
    ("He accused the West of hypocrisy" in a story on Russia was RUS ACCUSE RUS). Runs after the row's sources."""
    tok = a.tok
    for spec in a.row.recipient:
        if spec == "dobj":
            cands = children(tok, "dobj")
        elif spec.startswith("P:"):
            cands = prep_objects(tok, tuple(spec[2:].split("|")))
        else:
            continue
        for c in cands:
            for x in [c] + list(c.conjuncts):
                m = a.res.match(x)
                if m is not None and m.kind == "region":
                    return Found([], x, rule="named_region")
    return None


#: Bodies that meet among their members (lexicon ``meeting_body_noun``: "the committee", "the cabinet").
MEETING_BODY_NOUNS = words("meeting_body_noun")
#: Verbs of a meeting that may take no counterpart ("the committee met", "the council convened").
SELF_MEETING_VERBS = frozenset({"meet", "convene"})


def meeting_of_itself(a: Args) -> Found | None:
    """"Jones' committee met to discuss the budget problems", "the cabinet met on Monday", "the Security Council
    convened": a body (lexicon ``meeting_body_noun``, the subject's head) that meets (:data:`SELF_MEETING_VERBS`)
    with no counterpart named -- no object, no "with"/"to" phrase -- meets among its members. The search ends with
    nobody (an empty :class:`Found`, rule id ``meeting_of_itself``), so no fallback guesses another party of the
    clause and no earlier act of the story lends its recipient
    (:data:`eventwire.events.story_context.SELF_CONTAINED_RULES`): only the story's own country or body may still be
    given, as for any act with no counterpart, and a state's body meeting at home is then no interaction
    (:func:`eventwire.events.story_context.own_counterpart`); an international body's meeting stays (the annotations
    code "the Security Council meeting on the situation in Syria"). Source: PLOVER manual, CONSULT ("all consultations and meetings": between
    parties) and section "Compound and Reciprocal Actors" (the participants of a meeting are its actors); training
    stories: "Jones' committee met" took the recipient of an earlier meeting of another committee. Runs after the
    row's sources. Kept: "the committee met with the Iranian envoy", "the council met Ukrainian officials"."""
    tok = a.tok
    if a.trigger.event != "CONSULT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in SELF_MEETING_VERBS:
        return None
    if a.objects() or prep_objects(tok, ("with", "to")):
        return None
    subj = a.subject(tok)
    if subj is None or subj.tag_ not in ("NN", "NNP") or subj.lemma_.lower() not in MEETING_BODY_NOUNS:
        return None
    return Found([], subj, rule="meeting_of_itself")


# ---------------------------------------------------------------------------------------- fallbacks
def proposal_owner(a: Args) -> Found | None:
    """"rejected calls by Kofi Annan", "dismissed an appeal from President Gbagbo", "accepted Iran's offer":
    the one who made the rejected or accepted proposal (PLOVER manual, REJECT)."""
    if a.row.pos != "V" or a.row.event not in ("REJECT", "AGREE", "CONCEDE"):
        return None
    for o in a.objects():
        if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in PROPOSAL_NOUNS:
            owners = children(o, "poss") + prep_objects(o, ("by", "from", "of"), ("prep", "agent"))
            for own in owners:
                ents = a.res.resolve(own, exclude_codes=a.exclude)
                if ents:
                    return Found(ents, own)
    return None


def victim_possessor(a: Args) -> Found | None:
    """"Mech's arrest", "the journalist's detention", "after his arrest": the person who possesses a nominal
    act done to a person is its recipient (:func:`eventwire.events.actor_rules.victim_possessor_token`)."""
    c = victim_possessor_token(a)
    if c is None:
        return None
    ents = a.res.resolve(c, exclude_codes=a.exclude)
    return Found(ents, c) if ents else None


def died_in_attack(a: Args) -> Found | None:
    """"three civilians died in a Russian missile strike": who died is the target of the attack."""
    tok = a.tok
    if a.row.pos == "N" and a.row.event == "ASSAULT" and tok.dep_ == "pobj" and \
            tok.head.head.lemma_.lower() in DIE_VERBS:
        subj = a.subject(tok.head.head)
        if subj is not None:
            ents = a.res.resolve(subj, exclude_codes=a.exclude)
            if ents:
                return Found(ents, subj)
    return None


def demanded_of(a: Args) -> Found | None:
    """"demanded an immediate admission by Moscow", "called for a withdrawal by Israel": the one who is to act
    is the recipient of the demand (PLOVER manual, REQUEST)."""
    if a.row.event != "REQUEST":
        return None
    for pobj in [x for o in a.objects() + prep_objects(a.tok, ("for",)) for x in prep_objects(o, ("by",))]:
        ents = a.res.resolve(pobj, exclude_codes=a.exclude)
        if ents:
            return Found(ents, pobj)
    return None


def condition_subject(tok, res, actor_codes, deep: bool = False) -> tuple[list[Entity], object]:
    """The subject of an if/unless clause (or any :func:`eventwire.events.conditions.conditional_clause`: "as long as
    Russia occupies Crimea") on ``tok`` (``deep``: anywhere below it), who must meet the condition
    of a threat: ``(entities, token)``, or ``([], None)`` when none resolves."""
    for x in (tok.subtree if deep else tok.children):
        if (x.dep_ == "advcl" and marked_by(x, ("if", "unless"))) or conditional_clause(x):
            for sj in children(x, "nsubj", "nsubjpass"):
                ents = res.resolve(sj, exclude_codes=tuple(actor_codes))
                if ents:
                    return ents, sj
    return [], None


def threat_condition(a: Args) -> Found | None:
    """"threatened to launch an offensive ... unless Baghdad accepted its conditions": who must comply is the
    target of the threat -- unless the threatened act names whom it hits ("threatened to attack Ukraine if
    NATO expands": Ukraine, by a later rule). For a compelled response ("would be forced to respond if Finland
    joined NATO": :func:`eventwire.events.triggers.compelled_response`) the condition on the verb of compulsion."""
    if a.row.event != "THREATEN" or any(
            a.res.match(o) is not None and a.res.resolve(o, exclude_codes=a.exclude)
            for c in children(a.tok, "xcomp") for o in objects(c) if o.dep_ in ("dobj", "dative")):
        return None
    tok = a.tok
    if a.trigger.source == "consequence" and compelled_response(tok):
        tok = tok.head  # "would be forced to respond if Finland joined NATO": the condition hangs on "forced"
    ents, sj = condition_subject(tok, a.res, a.actor_codes, deep=True)
    return Found(ents, sj) if ents else None


#: Prepositions whose object is the party a promised, refused or threatened act is done to ("threatened to use
#: force against North Korea", "offered to hand over to Great Britain"; grammar); "between" names every party of a
#: mediation ("offered to mediate between Hamas and Israel", "to broker talks between Russia and Ukraine": CAMEO 039,
#: express intent to mediate, is AGREE with the parties mediated between).
ACT_PARTY_PREPS = ("to", "with", "from", "on", "against", "between")
#: And for a warned act, the object of "at" ("warned that it would hit back at Israel", "strike at American bases");
#: for other acts "at" is mostly a place or a focus ("put the economy at the centre of").
WARNED_PARTY_PREPS = ACT_PARTY_PREPS + ("at",)


def _event_noun(tok) -> bool:
    """True for a common noun the pattern dictionary codes as an event ("talks", "summit", "sanctions"):
    :func:`eventwire.events.triggers.pattern_row` with a noun row."""
    if tok.pos_ != "NOUN":
        return False
    from .triggers import pattern_row

    row = pattern_row(tok)
    return row is not None and row.pos == "N"


#: Verbs of letting, helping or making another act (lexicon ``causative_verb``): the subject of their clause is the
#: one let, helped or made to act ("agreed to let Sweden join NATO").
CAUSATIVE_VERBS = words("causative_verb")


def caused_subjects(act) -> list:
    """Rule ``caused_subjects``. Shape: a causative verb (:data:`CAUSATIVE_VERBS`: "let", "help", "make") with a
    bare-infinitive clause, which spaCy parses as a ``ccomp`` whose ``nsubj`` is the one let, helped or made to act;
    returns those subjects (empty for any other verb). Examples: "Turkey agreed to let Sweden join NATO" -> Sweden
    (AGREE to Sweden); "Egypt promised to help Sudan rebuild its army" -> Sudan; "Russia threatened to make Ukraine
    pay" -> Ukraine. Source: PLOVER manual, AGREE/THREATEN (the recipient is the party the promised or threatened act
    is done to); grammar of English causatives. Kind from the AGREE events of the training stories whose recipient
    was missed."""
    if act.lemma_.lower() not in CAUSATIVE_VERBS:
        return []
    return [s for c in act.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
            for s in c.children if s.dep_ == "nsubj"]


def _caused_act(act):
    """The clause verb of a causative ``act`` ("let aid trucks enter Gaza": "enter"), else None."""
    if act.lemma_.lower() not in CAUSATIVE_VERBS:
        return None
    return next((c for c in act.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)


def _act_party(a: Args, act, preps: tuple = ACT_PARTY_PREPS) -> Found | None:
    """The party ``act`` (a verb) is done to: its objects, or the one who holds an event its object names
    ("refused to attend a hearing by the International Court of Justice", "to boycott Russia's parade":
    :func:`event_noun_doer` without nationality modifiers), then the objects of the prepositions of
    :data:`ACT_PARTY_PREPS` on it or on its objects, then the same on its own to-infinitive ("threatened to
    continue to impose sanctions on Iran"). A coded party wins over one without a country: "use force against
    North Korea" names the means ("force") before the party, and the means is nobody's recipient. An event noun
    object is no party (:func:`_event_noun`): "agreed to hold talks in Geneva" is not an agreement with
    Switzerland (in a story, a domestic act's recipient then comes from the story's context,
    :func:`eventwire.events.story_context.implicit_recipient`). A causative verb's clause subject counts as its
    object, and its clause as the next act ("agreed to let Sweden join NATO": Sweden; "let aid trucks enter Gaza":
    Gaza; :func:`caused_subjects`)."""
    res, first = a.res, None
    seen: set = set()
    while act is not None and act.i not in seen:
        seen.add(act.i)
        objs_c = objects(act) + caused_subjects(act)
        # "threatened to fire missiles at Japan": with a means as the object, "at"/"toward" names the target
        pp_ok = preps + (TARGET_PREPS if any(o.dep_ == "dobj" and means_object(o) for o in objs_c) else ())
        for o in objs_c + [x for pp in list(act.children) + [y for ob in objs_c for y in ob.children]
                           if pp.dep_ in ("prep", "dative") and pp.lower_ in pp_ok
                           for x in pobjs(pp)]:
            # an event named as the object ("to hold talks in Geneva") is no party: its place is its venue
            event = _event_noun(o)
            if o.dep_ == "dobj" and means_object(o):
                continue  # "threatened to fire missiles at Japan": the missiles are the means, Japan the target
            ents = [] if event else res.resolve(o, exclude_codes=a.exclude)
            if ents and o.dep_ == "pobj" and o.head.lower_ == "between":
                ents = ents + [x for cj in o.conjuncts if cj.i > o.i
                               for x in res.resolve(cj, exclude_codes=a.exclude)]
            if not ents and o.dep_ != "pobj":
                ents = event_noun_doer(o, res, a.actor_codes, modifiers=False)
            if not ents and not event:
                countries, _ = res.modifier_info(o, place_preps=("to", "for"))
                s0, e0, text = res.np_span(o)
                ents = [Entity(text, code, sec, None, s0, e0) for code, sec in countries if code not in a.actor_codes]
            if ents and any(e.code for e in ents):
                return Found(ents, o)
            if ents and first is None:
                first = Found(ents, o)
        act = next((c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) or _caused_act(act)
    return first


def _denial(a: Args) -> bool:
    """True for a denial (:data:`eventwire.events.triggers.DENIAL_STATEMENT`): its recipient is whoever made the
    claim ("denied Reagan Administration charges"), never a party of the denied clause ("Iran denied supplying
    drones to Russia": no REJECT of Russia; the training annotations code such denials with no recipient or the
    accuser)."""
    return a.trigger.source == "denial"


def complement_object(a: Args) -> Found | None:
    """"offered to hand over to Great Britain ...", "promised to continue military aid to Mozambique",
    "threatened to use force against North Korea", "are negotiating to import eggs from Brazil": the recipient of
    the promised, offered, refused, threatened or negotiated act (:func:`_act_party`); for an offer or threat also
    the act its object is for ("is offering military assistance to aid Moscow's war": Russia, not the country the
    war is in; :func:`purpose_acts`)."""
    p, tok = a.row, a.tok
    if p.pos != "V" or p.event not in ("AGREE", "REJECT", "SUPPORT", "THREATEN", "CONSULT") or _denial(a):
        return None
    acts = purpose_acts(tok) if p.event in PURPOSE_OFFER_TYPES else [
        c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for c in acts:
        got = _act_party(a, c)
        if got is not None:
            return got
    return None


#: Types whose act is the actor's own offer, promise or threat, so that the purpose of what is offered or threatened
#: names its beneficiary or target ("offering military assistance to aid Moscow's war"). Not REJECT or SUPPORT: the
#: purpose of a refused or backed application is its owner's ("turned down the application to buy a stake in X").
PURPOSE_OFFER_TYPES = frozenset({"AGREE", "THREATEN"})


def purpose_acts(tok) -> list:
    """The acts ``tok`` (a verb) promises, offers or threatens: its to-complement ("offered to hand over", "offered
    weapons to help Russia"), then a to-infinitive of purpose on it or on its object ("is offering military assistance
    to aid Moscow's war", "offered any kind of support to help Venezuela's government": the purpose of what is
    offered). Grammar: spaCy's ``xcomp`` on the verb, ``advcl`` with "to" on the verb, ``acl`` with "to" on its direct
    object."""
    out = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    out += [c for c in tok.children if c.dep_ == "advcl" and c.pos_ == "VERB" and has_to_infinitive(c)]
    out += [c for o in children(tok, "dobj") for c in o.children
            if c.dep_ == "acl" and c.pos_ == "VERB" and has_to_infinitive(c)]
    return out


def warned_act_party(a: Args) -> Found | None:
    """"The United States warned that it will continue to exert maximum pressure on Iran": when the subject of a
    warning's clause is the warner itself (:func:`complement_subject` found nobody), the recipient is the party
    the warned act is done to (:func:`_act_party` on the clause's verb). PLOVER manual, THREATEN: the target of
    the threatened act."""
    p, tok = a.row, a.tok
    if p.pos != "V" or p.event != "THREATEN":
        return None
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
            got = _act_party(a, c, WARNED_PARTY_PREPS)
            if got is not None:
                return got
    return None


def judged_party(a: Args) -> Found | None:
    """"Straw said Chinese human rights had improved but not by enough" -> CHN: the target of a judgement the
    detector reads in what a speaker says (:func:`eventwire.events.actor_rules.judged_clause`) is the subject of
    the judged clause, unless it is the speaker's own party (then the next rules decide); so is the one praised
    ("Khan said India's offer was welcome" -> IND). Source: PLOVER manual, ACCUSE (the recipient is the one
    criticised) and SUPPORT (the one praised)."""
    if judged_clause(a) is None:
        return None
    subj = a.subject(a.tok)
    if subj is None and a.tok.dep_ in ("attr", "dobj"):  # a verdict's predicate noun: "said Russia is a terrorist
        # state"; a denied entitlement's object: "said the junta had no authority"
        subj = next((c for c in a.tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    ents = a.res.resolve(subj, exclude_codes=a.exclude)
    return Found(ents, subj) if ents else None


#: Prepositions that hang a free relative judging an act on the act's verb ("in what Taipei called an act of
#: intimidation", "as what critics described as a provocation").
FREE_RELATIVE_PREPS = frozenset({"in", "as", "with"})


def judged_act_doer(a: Args) -> Found | None:
    """Rule ``judged_act_doer``. Shape: a judgement verb (lexicon ``judgement_verb``: "call", "describe", "term",
    "brand") heading a free relative "what X called J" that a preposition (:data:`FREE_RELATIVE_PREPS`) hangs on
    another verb V: the judgement is of the act V names, so its recipient is the doer of V (the subject of V, or its
    "by" agent when V is passive), not the judge. Examples: "China sent 30 warplanes near Taiwan, in what Taipei
    called an act of intimidation" -> TWN ACCUSE CHN; "Russian forces shelled the port in what Kyiv described as a
    war crime" -> UKR ACCUSE RUS. Source: PLOVER manual, ACCUSE (the recipient is the one criticised) and SUPPORT
    (the one praised); ANNOTATION.md (condemnation/criticism -> ACCUSE, recipient the party criticised)."""
    tok = a.tok
    if a.row.pos != "V" or a.row.event not in ("ACCUSE", "SUPPORT") or tok.lemma_.lower() not in JUDGEMENT_VERBS:
        return None
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in tok.children):
        return None
    prep = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in FREE_RELATIVE_PREPS:
        return None
    act = prep.head
    if act.pos_ not in ("VERB", "AUX"):
        return None
    doers = prep_objects(act, ("by",), ("agent",)) or [x for x in [a.subject(act)] if x is not None]
    for d in doers:
        ents = a.res.resolve(d, exclude_codes=a.exclude)
        if ents:
            return Found(ents, d)
    return None


def complement_subject(a: Args) -> Found | None:
    """"demanded that Ottawa drop ...", "warned that Iran would ...", "its demands that Burundi's government
    grant ...", and a demand's for-to clause ("called for Assad to step down", "calls for the president to
    resign": :func:`eventwire.nlp.views.for_to_clause`): the subject of the complement (PLOVER manual, REQUEST
    and THREATEN)."""
    p, tok = a.row, a.tok
    if not ((p.pos == "V" and p.event in ("REQUEST", "THREATEN", "ACCUSE", "REJECT")) or (
            p.pos == "N" and p.event in ("REQUEST", "THREATEN"))) or _denial(a):
        return None
    for_to = for_to_clause(tok) if p.event == "REQUEST" else None
    for c in [*tok.children, *([for_to] if for_to is not None and for_to.head.i != tok.i else [])]:
        if c.dep_ == "ccomp" or (p.pos == "N" and c.dep_ == "acl" and marked_by(c, ("that",))) or (
                for_to is not None and c.i == for_to.i):
            for sj in children(c, "nsubj", "nsubjpass"):
                ents = a.res.resolve(sj, exclude_codes=a.exclude)
                if ents:
                    return Found(ents, sj)
    if p.pos == "N" and p.event == "REQUEST":
        for sj in split_for_to_subjects(tok):
            ents = a.res.resolve(sj, exclude_codes=a.exclude)
            if ents:
                return Found(ents, sj)
    return None


def split_for_to_subjects(noun) -> list:
    """The subject of a demand noun's for-to complement when the parser splits it into a "for" phrase and an
    infinitive on the noun: "Washington's call for Moscow to withdraw its troops" (``for`` a bare ``prep`` of the
    noun, ``Moscow`` the ``nsubj`` of the ``acl`` "withdraw"), "made an appeal for Indians and Pakistanis to end
    the conflict" (``Indians`` the ``pobj`` of "for", the ``acl`` "end" without a subject of its own). [] when the
    noun has no such complement. Grammar: the English for-to complement (Quirk et al. 16.40), whose subject is
    the party the demand is made of (PLOVER manual, REQUEST: the recipient is who is asked to act)."""
    fors = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"]
    if not fors:
        return []
    f = fors[0]
    infs = [c for c in noun.children if c.dep_ == "acl" and c.i > f.i and has_to_infinitive(c)]
    if not infs:
        return []
    inf = infs[0]
    subj = [c for c in children(inf, "nsubj", "nsubjpass") if f.i < c.i < inf.i]
    if subj:
        return subj
    if not children(inf, "nsubj", "nsubjpass"):
        return [x for x in pobjs(f) if x.i < inf.i]
    return []


def governing_object(a: Args) -> Found | None:
    """"contacted Chinese counterparts about obtaining ...": the object of the governing verb."""
    tok = a.tok
    if tok.dep_ == "pcomp" and tok.head.head.dep_ == "dobj":
        ents = a.res.resolve(tok.head.head, exclude_codes=a.exclude)
        if ents:
            return Found(ents, tok.head.head)
    return None


def undergoer_subject(a: Args) -> Found | None:
    """"Obama faces pressure from Congress", "Israel came under criticism from France": the subject of the
    undergoer verb is acted on (not for an attack)."""
    tok = a.tok
    if a.row.pos != "N" or a.row.event == "ASSAULT":
        return None
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
    if verb is not None and verb.pos_ == "VERB" and word_forms(verb) & UNDERGO_NOUN_VERBS:
        subj = a.subject(verb)
        if subj is not None:
            ents = a.res.resolve(subj, exclude_codes=a.exclude)
            if ents:
                return Found(ents, subj)
    return None


#: Types of a verb that answers a proposal ("accepted", "rejected", "refused", "dismissed", "welcomed").
ANSWER_TYPES = frozenset({"AGREE", "REJECT", "CONCEDE", "SUPPORT"})


def proposal_answerer(a: Args) -> Found | None:
    """"Seoul accepted an offer by Pyongyang", "the agency refused the association's offer", "Iran rejected a demand
    by the US": a proposal noun (lexicon ``proposal_noun``) coded as an event, the object of a verb that answers it
    (a trigger of :data:`ANSWER_TYPES`), was addressed to whoever answers it: the subject of that verb. The answer
    itself is coded from the verb (:func:`proposal_owner` gives it the proposer). Source: PLOVER manual, AGREE
    ("offer") and REQUEST: the recipient is the party the offer or demand is made to; the training annotations
    code "accepted another offer by Pyongyang" PRK AGREE KOR besides KOR AGREE PRK."""
    tok = a.tok
    if a.row.pos != "N" or tok.lemma_.lower() not in PROPOSAL_NOUNS or tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = tok.head
    if verb.pos_ != "VERB":
        return None
    row = pattern_row(verb)
    if row is None or row.event not in ANSWER_TYPES:
        return None
    subj = a.subject(verb)
    if subj is None:
        return None
    ents = a.res.resolve(subj, exclude_codes=a.exclude)
    return Found(ents, subj) if ents else None


def pressed_party(a: Args) -> Found | None:
    """Rule ``pressed_party``. Shape: a noun of pressure (a REQUEST row on a noun whose "on" phrase names the party
    pressed: a row of the noun with recipient ``P:on``) that is the object of that row's light verb, with the "on" phrase on the verb:
    "Washington is putting pressure on Beijing over trade", "the EU piled pressure on Minsk" (the parse hangs "on
    Beijing" on "putting", not on "pressure"). The party of the "on" phrase is the one pressed: PLOVER manual,
    REQUEST (the party asked to act is the recipient); CAMEO 10 (demand). Negative: "Iran faces pressure on its
    nuclear program" (no row of pressing on "face": the one pressed is the subject); "put pressure on prices" (no
    party resolves). Measured: training stories (all 0.7756, dev 0.7780) and voa_news (0.7162) unchanged."""
    tok = a.tok
    if a.row.pos != "N" or a.row.event != "REQUEST" or tok.dep_ != "dobj":
        return None
    v = tok.head
    rows = [r for r in load_patterns().candidates(a.row.lemma, "N") if r.event == "REQUEST" and "P:on" in r.recipient]
    if v.pos_ != "VERB" or not any(v.lemma_.lower() in r.heads for r in rows):
        return None
    for x in prep_objects(v, ("on",)):
        ents = a.res.resolve(x, exclude_codes=a.exclude)
        if ents:
            return Found(ents, x)
    return None


def light_verb_object(a: Args) -> Found | None:
    """"engaged Filipino peacekeepers in a firefight": the object of the light verb of an event noun."""
    tok = a.tok
    if a.row.pos == "N" and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
        for c in children(tok.head.head, "dobj"):
            if c.i != tok.i:
                ents = a.res.resolve(c, exclude_codes=a.exclude)
                if ents:
                    return Found(ents, c)
    return None


def object_party(a: Args) -> Found | None:
    """"endorsed an association agreement with the European Union", "ordered an investigation against Iran",
    "agreed to talks with Chad", "objected to a ceasefire with the rebels": the party named on the object or on
    the object of "to" (PLOVER manual, AGREE and REJECT: the other party of the accepted or refused act)."""
    if a.row.pos != "V" or a.row.event not in ("SUPPORT", "AGREE", "REJECT", "CONSULT", "COOPERATE", "REQUEST"):
        return None
    for o in a.objects() + prep_objects(a.tok, ("to",)):
        for x in prep_objects(o, ("with", "against", "between")):
            ents = a.res.resolve(x, exclude_codes=a.exclude)
            if ents:
                return Found(ents, x)
    return None


#: Nouns of an "in ... of/to/for" phrase saying that an act answers or prepares for another ("in response to", "in
#: retaliation for", "in preparation for", "in anticipation of"; grammar).
RESPONSE_NOUNS = frozenset({"response", "retaliation", "reprisal", "revenge", "preparation", "anticipation"})


def _answered_attacks(c) -> list:
    """The attack nouns (ASSAULT rows of the pattern dictionary) inside the prepositional phrase ``c`` on a trigger
    that the act answers or prepares for: "for a feared attack by the United States", "in retaliation for rocket
    attacks by Hamas", "in response to Syria's shelling", "against an invasion by China"."""
    if c.lower_ == "in" and not any(o.lemma_.lower() in RESPONSE_NOUNS for o in pobjs(c)):
        return []
    pats = load_patterns()
    return [x for x in c.subtree if x.dep_ == "pobj" and x.pos_ == "NOUN" and any(
        q.event == "ASSAULT" for q in pats.candidates(x.lemma_.lower(), "N"))]


#: Verbs saying where a fired projectile came down ("rockets fired from Lebanon hit areas in northern Israel"; grammar).
IMPACT_VERBS = frozenset({"hit", "strike", "land", "slam", "crash", "fall", "explode", "smash", "impact"})


def projectile_target(a: Args) -> Found | None:
    """"Two rockets fired from Lebanon hit areas in northern Israel", "shells fired by Syrian troops struck a Turkish
    border village", "missiles launched from Gaza landed near Tel Aviv": an attack verb on a projectile whose own
    verb says where it came down (:data:`IMPACT_VERBS`) is aimed at the country of what it hit (its object or place
    phrase; :func:`_objmod_countries`), not the actor's. Two parses: the trigger as a reduced relative on the subject
    of the impact verb, or the impact verb coordinated with the trigger without a subject of its own. Source: PLOVER
    manual, ASSAULT (the recipient is the target of the attack)."""
    tok = a.tok
    if a.row.event != "ASSAULT" or a.row.pos != "V":
        return None
    verbs = [v for v in tok.conjuncts if v.i > tok.i and not children(v, "nsubj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.head.dep_ == "nsubj":
        verbs.append(tok.head.head)
    for v in verbs:
        if v.pos_ != "VERB" or v.lemma_.lower() not in IMPACT_VERBS:
            continue
        for hold in children(v, "dobj") + prep_objects(v, PLACE_PREPS + ("in", "at")):
            codes = [code for code, _ in _objmod_countries(a, hold) if code not in a.actor_codes]
            if codes:
                s0, e0, text = a.res.np_span(hold)
                return Found([Entity(text, codes[0], None, None, s0, e0)], hold)
    return None


def purpose_object(a: Args) -> Found | None:
    """"opened fire to disperse demonstrators": the object of the purpose; "mobilized reservists for a possible
    war against Iraq": the "against" party of the war prepared for; "mobilized its reserves in preparation for a
    feared attack by the United States", "struck back in retaliation for rocket attacks by Hamas": the doer of the
    attack the act answers or prepares for (:func:`_answered_attacks`, :func:`event_noun_doer`) -- the one the
    show of force or the reprisal is aimed at (ASSAULT, COERCE, MOBILIZE). Source: PLOVER manual, MOBILIZE and
    ASSAULT (the target of the mobilisation or attack is its recipient)."""
    if a.row.event not in ("ASSAULT", "COERCE", "MOBILIZE") or a.row.pos != "V":
        return None
    for c in a.tok.children:
        if c.dep_ in ("advcl", "xcomp") and has_to_infinitive(c):
            cands = children(c, "dobj")
        elif c.dep_ == "prep" and c.lower_ == "for":
            cands = [x for x in c.subtree if x.dep_ == "pobj" and x.head.lower_ == "against"]
        else:
            cands = []
        for o in cands:
            ents = a.res.resolve(o, exclude_codes=a.exclude)
            if ents:
                return Found(ents, o)
    # the answered attack in a phrase of the trigger's clause (on the verb, its object or a place phrase: "mounted guns
    # on the roofs in preparation for"), or of a verb coordinated with it that has no subject of its own ("mobilized
    # its reserves and mounted guns ... in preparation for"); never inside another clause
    verbs = [a.tok] + [v for v in a.tok.conjuncts if v.i > a.tok.i and v.pos_ == "VERB"
                       and not children(v, "nsubj", "nsubjpass")]
    for v in verbs:
        for c in v.subtree:
            if c.dep_ == "prep" and c.lower_ in ("for", "in", "against") and _in_clause_of(c, v):
                for o in _answered_attacks(c):
                    ents = event_noun_doer(o, a.res, a.actor_codes)
                    if ents:
                        return Found(ents, o)
    return None


def _in_clause_of(x, v) -> bool:
    """True when ``x`` hangs on the verb ``v`` through nouns and prepositions only (no other verb between)."""
    h = x.head
    while h.i != v.i:
        if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
            return False
        h = h.head
    return True


def show_of_force_host(a: Args) -> Found | None:
    """"Russia is conducting military exercises in Alaska": a show of force on another state's soil; the host
    state (implicit, no text) when the sentence places it in one country (PLOVER manual, MOBILIZE)."""
    if a.row.event == "MOBILIZE" and a.actor_codes:
        code = place_code(sent_of(a.tok), a.res)
        if code and code not in a.actor_codes:
            return Found([Entity("", code, None, None, None, None)], None)
    return None


#: Determiners of a definite event noun that refers back ("demanded the pullout").
_DEFINITE = ("the", "this", "that")


def earlier_event_actor(a: Args) -> Found | None:
    """"demanded the pullout", "rejected the withdrawal": a definite event noun without owner refers to the
    latest earlier event of its type in the article; that event's actor (with its own text and offsets) is
    the recipient (REQUEST, REJECT, ACCUSE, SUPPORT; field case C03). A future meeting coded AGREE and an
    announced retreat coded CONCEDE (:data:`eventwire.events.recode.RECODE_TABLE`) are such events too."""
    if a.row.event not in ("REQUEST", "REJECT", "ACCUSE", "SUPPORT"):
        return None
    for o in a.objects():
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in o.children):
            continue
        if any(c.dep_ in ("poss", "prep") for c in o.children):
            continue
        pats = load_patterns().candidates(o.lemma_.lower(), "N")
        if not pats:
            continue
        kinds = {q.event for q in pats}
        for ev in reversed(a.earlier):
            if ev.event in kinds or (ev.event == "AGREE" and "CONSULT" in kinds) or (
                    ev.event == "CONCEDE" and "RETREAT" in kinds):  # an announced retreat is coded CONCEDE
                ents = [Entity(x.entity_text, x.code, x.sector, x.name, x.start, x.end) for x in ev.actor
                        if x.code and x.code not in a.actor_codes]
                return Found(ents, None) if ents else None
    return None


def accused_state_subject(a: Args) -> Found | None:
    """"Lai stands accused of collusion", "remains accused of corruption", "is accused of treason": the subject
    is the accused (:func:`eventwire.events.actor_rules.accused_subject`). Source: PLOVER manual, ACCUSE."""
    if a.row.event != "ACCUSE" or a.row.pos != "V":
        return None
    sj = accused_subject(a.tok)
    if sj is None:
        return None
    ents = a.res.resolve(sj, exclude_codes=a.exclude)
    return Found(ents, sj) if ents else None


def visited_host(a: Args) -> Found | None:
    """The host of a guest named by the participle "visiting" (:func:`eventwire.events.actor_rules.visiting_guest_token`):
    the subject of the clause the guest stands in -- "Blinken assured visiting Australian Foreign Minister Marise
    Payne" (USA), "Xi met visiting Putin" (CHN), "Speaking at a news conference with his visiting Spanish
    counterpart, the Iranian foreign minister said" (IRN; the walk goes up through prepositions and nouns to the
    verb). No recipient when that subject names no coded party other than the guest's: the guest never visits
    itself. Source: CAMEO 042/043 ("make/host a visit"); PLOVER manual, CONSULT mode visit."""
    if a.row.pos != "V" or a.row.lemma != "visit" or visiting_guest_token(a.tok) is None:
        return None
    h = a.tok.head
    for _ in range(6):  # up to the clause's verb
        if h.pos_ in ("VERB", "AUX") or h.dep_ == "ROOT":
            break
        h = h.head
    subj = a.subject(h) if h.pos_ in ("VERB", "AUX") else None
    ents = [e for e in a.res.resolve(subj, exclude_codes=a.exclude) if e.code] if subj is not None else []
    return Found(ents, subj) if ents else Found()


def journey_destinations(a: Args) -> Found | None:
    """"The tour took him to Japan, South Korea and Vietnam", "a visit which has taken her to Kenya": the places of
    the "to" phrase of the verb that carries the traveller (:func:`eventwire.events.actor_rules.journey_carry_verb`),
    with their coordinated members, are the hosts of the visit (every one that resolves to a party other than the
    traveller's own country). Source: PLOVER manual, CONSULT mode visit (the host is the recipient); CAMEO 042."""
    if a.row.pos != "N" or a.trigger.event != "CONSULT":
        return None
    v = journey_carry_verb(a.tok)
    if v is None:
        return None
    got, first = [], None
    for o in prep_objects(v, ("to",)):
        for e in a.res.resolve(o, exclude_codes=a.exclude):
            if e.code and e.code not in a.actor_codes and all(e.code != x.code for x in got):
                got.append(e)
                first = first if first is not None else o
    return Found(got, first) if got else None


def visit_talks_partner(a: Args) -> Found | None:
    """"is scheduled to travel to Canada for meetings with G7 foreign ministers", "flew to Brussels for talks with
    NATO": a journey made for a meeting has the counterpart of that meeting as its recipient, not the host country
    (a place the meeting happens in). The "for" phrase must name a meeting noun (a CONSULT noun of the pattern
    dictionary) with a "with" party that resolves. Source: PLOVER manual, CONSULT (the parties of the
    consultation are its actor and recipient; the location goes to ``event_loc``)."""
    if a.row.pos != "V" or a.row.mode != "visit":
        return None
    pats = load_patterns()
    for o in prep_objects(a.tok, ("for",)):
        if not any(q.event == "CONSULT" for q in pats.candidates(o.lemma_.lower(), "N")):
            continue
        for x in prep_objects(o, ("with",)):
            ents = a.res.resolve(x, exclude_codes=a.exclude)
            if any(e.code for e in ents):
                return Found(ents, x)
    return None


#: Types whose target a clause names as the one other state in it ("concerned about Iran's production").
_CLAUSE_STATE_TYPES = ("ACCUSE", "REJECT", "REQUEST", "THREATEN")
#: Dependents of the trigger whose words say what it is about (objects, complements, prepositional phrases; not
#: its subject, adverbial clauses or coordinated clauses, which report other acts).
_CLAUSE_STATE_DEPS = ("dobj", "prep", "acomp", "xcomp", "ccomp", "attr", "oprd", "dative")


def hostile_act_doer(a: Args) -> Found | None:
    """The one warned by "will not tolerate X" (trigger source ``intolerance``,
    :func:`eventwire.events.triggers.announced_intolerance`) is the doer of the hostile act X, named by its
    possessor, a nationality word or its "by" phrase: "will not tolerate Iranian aggression" -> IRN, "will not allow
    Hezbollah's attacks" -> Hezbollah. States named as the act's place or victims ("attacks ... in the Israeli city of
    Tel Aviv", "attacks on its citizens") are not it: no recipient from the clause then (:func:`clause_other_state`
    does not read such a warning). Source: PLOVER manual, THREATEN (the recipient is the one threatened)."""
    if a.trigger.source != "intolerance":
        return None
    objs = [o for o in a.objects() if o.dep_ == "dobj"]
    for o in objs + [x for o in objs for x in o.conjuncts]:
        if o.lemma_.lower() not in HOSTILE_ACT_NOUNS:
            continue
        doers = [c for c in o.children if c.dep_ in ("poss", "amod", "compound")] + prep_objects(o, ("by",))
        for x in doers:
            ents = a.res.resolve(x, exclude_codes=a.exclude)
            if ents and any(e.code for e in ents):
                return Found(ents, x)
    return None


def clause_other_state(a: Args) -> Found | None:
    """"We're seriously concerned about the latest report about Iran's production of uranium", "denounced the
    decision to expand settlements taken by Israel's cabinet", "criticised the launch, which he blamed on North
    Korea's military": when no earlier rule found a recipient for a verbal conflict (ACCUSE,
    REJECT, REQUEST, THREATEN), the one state (country, capital or demonym; not a place after in/at/near, not
    the first half of a hyphenated description such as "Serb-controlled", not the city a document is named after
    such as "the Doha agreement", not the actor's, and for a refusal not inside the to-infinitive of a noun: "turned
    down the application to buy Japan's largest bank" names what the applicant wanted, while "denounced the decision
    to expand settlements taken by Israel's cabinet" names the doer) the dictionaries match in what the trigger is about (its
    objects, complements and prepositional phrases: :data:`_CLAUSE_STATE_DEPS`) is its target; None when none or
    several.
    Source: PLOVER manual (every event is directed at a recipient; ACCUSE/REJECT/REQUEST/THREATEN name the
    party criticised, refused, asked or threatened), ICEWS practice (the target named in the sentence)."""
    if a.row.event not in _CLAUSE_STATE_TYPES or not a.actor_codes or _denial(a) or a.trigger.source == "intolerance":
        # a denial names its accuser, not the parties of what it denies (:func:`_denial`); a warning not to attack
        # names the attacker only (:func:`hostile_act_doer`)
        return None
    inside = [x for c in a.tok.children if c.dep_ in _CLAUSE_STATE_DEPS for x in c.subtree]
    purposes = {x.i for c in a.tok.children if c.dep_ in _CLAUSE_STATE_DEPS for n in c.subtree
                if n.dep_ == "acl" and n.head.pos_ in ("NOUN", "PROPN") and has_to_infinitive(n) for x in n.subtree} \
        if a.row.event == "REJECT" else set()
    return _one_other_state(a, [t for t in inside if t.i not in purposes])


def stance_object_party(a: Args) -> Found | None:
    """"is seriously concerned about the latest IAEA report about Iran's production", "is deeply disappointed by the
    Somali government's decision": the recipient of a stated disapproval (trigger source ``stance``,
    :func:`eventwire.events.triggers.stance_statements`) is the one state named in what it is about (its
    by/about/at/over/with phrase; the rules of :func:`clause_other_state`), before the phrase's head is resolved as
    a whole (which gives the report's IAEA); None when none or several ("American arms sales to Taiwan": the head,
    by the row's sources). Source: PLOVER manual, ACCUSE (the party criticised)."""
    if a.row.lemma != STANCE_STATEMENT.lemma or not a.actor_codes:
        return None
    inside = [x for c in a.tok.children if c.dep_ in ("prep", "agent") and c.lower_ in STANCE_PREPOSITIONS
              for x in c.subtree]
    return _one_other_state(a, inside)


def _one_other_state(a: Args, inside: list) -> Found | None:
    """The one state (country, capital or demonym) the dictionaries match among ``inside`` tokens that is not the
    actor's, an IGO, a place after in/at/near, a signing city or a hyphenated description; None when none or
    several (:func:`clause_other_state`)."""
    res = a.res
    found: dict[str, object] = {}
    for t in sorted(inside, key=lambda x: x.i):
        m = res.match(t)
        if m is None or m.kind not in ("country", "capital", "demonym") or not m.code or t.i != m.start:
            continue
        if m.code in a.actor_codes or m.code in NON_STATE_CODES or _place_mention(t.doc, m):
            continue
        last = t.doc[m.end - 1]
        if m.kind == "capital" and last.dep_ in ("compound", "nmod", "amod") and \
                last.head.lemma_.lower() in SIGNING_PLACE_NOUNS:
            continue  # "the Doha agreement": where it was signed, not who signed
        if m.end < len(t.doc) and t.doc[m.end].text in ("-", "–"):
            continue  # "the Serb-controlled republic", "Iranian-backed militias": a description, no party
        found.setdefault(m.code, t)
    if len(found) != 1:
        return None
    code, t = next(iter(found.items()))
    s0, e0, text = res.np_span(t)
    return Found([Entity(text, code, None, None, s0, e0)], t)


#: Prepositions that introduce the counterpart of an act, by PLOVER type, for a trigger without a dictionary row
#: ("cracked down on protesters", "would work along with the government", "extend support to the rebels").
COUNTERPART_PREPS = {
    "AGREE": ("with",), "CONSULT": ("with",), "COOPERATE": ("with",), "SUPPORT": ("with", "behind"),
    "ASSAULT": ("with", "on", "against", "at"), "COERCE": ("on", "against"), "SANCTION": ("on", "against"),
    "ACCUSE": ("against", "at"), "PROTEST": ("against",), "THREATEN": ("against",), "AID": ("to",),
    "REQUEST": ("to", "from"),
}


def detector_counterpart(a: Args) -> Found | None:
    """"Ghana's army cracked down on protesters", "his party would work along with the government", "the rebels
    extend logistic support to the outfit": a trigger the trained detector proposed has no dictionary row naming
    where its recipient is (:func:`eventwire.events.triggers.default_row` reads only the type's usual source); the
    object of a preposition that introduces the counterpart of an act of its type (:data:`COUNTERPART_PREPS`) on the
    trigger, on its particle or adverb ("down on", "along with") or on its direct object ("extend support to"; "to"
    after the object is often parsed as a dative of the verb: "issued instructions to police"), is
    the recipient when it is a party (a sector noun or a name: "acting against the spirit of the Act", "stood
    against the Iraq war" name a thing, no recipient); a party of the actor's country only with another sector of
    it (a domestic dyad: "the opposition party stands with the government", "the army cracked down on
    protesters"). Source: PLOVER manual (the
    recipient is the party acted on or with); the rows of verbs.tsv for the same prepositions ("clash with",
    "crack down on", "appeal to")."""
    if a.trigger.source != "model" or a.row.pos != "V":
        return None
    forms = COUNTERPART_PREPS.get(a.row.event)
    if not forms:
        return None
    holders = [a.tok] + [c for c in a.tok.children if c.dep_ in ("prt", "advmod", "dobj")]
    own = a.actor_sectors
    for hold in holders:
        for o in prep_objects(hold, forms, ("prep", "dative")):
            ents = [e for e in a.res.resolve(o) if (e.sector or e.name or o.pos_ == "PROPN") and (
                e.code not in a.actor_codes or e.sector and own.get(e.code) and e.sector != own[e.code])]
            if ents:
                return Found(ents, o)
    return None


#: Types of a speech act or stance that, said in a meeting, is addressed to the counterpart of the meeting.
MEETING_ADDRESSED_TYPES = frozenset({"REQUEST", "SUPPORT", "ACCUSE", "AGREE", "REJECT", "THREATEN", "CONCEDE"})


def meeting_counterpart(a: Args) -> Found | None:
    """Rule ``meeting_counterpart``. Shape: a verbal trigger of a speech act or stance (:data:`MEETING_ADDRESSED_TYPES`)
    with no recipient of its own, framed by a meeting with a named counterpart -- "In a phone call with Netanyahu,
    Biden urged restraint" -> REQUEST to Israel; "During a meeting with Xi Jinping, Putin praised the partnership" ->
    SUPPORT of China; "During his visit to Kenya, Macron signed ..." -> Kenya (the meeting noun, a consultation noun of
    the pattern dictionary with a "with" phrase, or a visit noun with a "to" phrase, the object
    of a frame preposition on the trigger: :data:`eventwire.events.actor_rules.MEETING_FRAME_PREPS`). What is said to
    one's counterpart in a meeting is said to that party. Source: PLOVER manual (the recipient is the party the act is
    directed at; REQUEST, SUPPORT); kind of the CONSULT/REQUEST events of the training stories missed with a meeting
    as their frame."""
    p, tok = a.row, a.tok
    if p.pos != "V" or p.event not in MEETING_ADDRESSED_TYPES:
        return None
    for pp in tok.children:
        if pp.dep_ != "prep" or pp.lower_ not in MEETING_FRAME_PREPS:
            continue
        for noun in pobjs(pp):
            row = pattern_row(noun)
            if row is None or row.pos != "N" or row.event != "CONSULT":
                continue
            forms = ("with", "to") if noun.lemma_.lower() in VISIT_WORDS else ("with",)
            for w in prep_objects(noun, forms, ("prep",)):
                ents = a.res.resolve(w, exclude_codes=a.exclude)
                if any(e.code for e in ents):
                    return Found(ents, w)
    return None


#: Nouns of a demanded release or return of people (lexicon ``release_demand_noun``: "release", "freedom") and the
#: participles of holding people captive (lexicon ``captive_participle``: "held", "detained", "jailed").
RELEASE_DEMAND_NOUNS = words("release_demand_noun")
CAPTIVE_PARTICIPLES = words("captive_participle")


def held_party(a: Args) -> Found | None:
    """Rule ``held_party``. Shape: a demand (REQUEST verb) whose object, or "for" phrase, is the release of people
    held somewhere or by someone -- "China demanded the release of its citizens detained in Myanmar" -> Myanmar;
    "Kenya demanded the immediate release of the Kenyan activists held in Tanzania" -> Tanzania; "the U.S. called for
    the release of Americans held by Russia" -> Russia: the one asked is the holder (the "in" place or "by" agent of
    the captive participle, :data:`CAPTIVE_PARTICIPLES`, on the "of" phrase of a release noun,
    :data:`RELEASE_DEMAND_NOUNS`), not the country of the captives (often the demander's own). A demand noun's "for"
    phrase is read the same way ("the U.N. renewed its appeal for the release of the hostages held by Hamas" ->
    Hamas). Source: PLOVER manual,
    REQUEST (the recipient is the party asked to act) and RETREAT ("the release of prisoners and hostages"); kind from
    the REQUEST events of the training stories whose recipient was the captives' country instead of the holder."""
    p, tok = a.row, a.tok
    if p.event != "REQUEST":
        return None
    own = [] if p.pos == "N" else a.objects()
    nouns = [o for o in own + prep_objects(tok, ("for",), ("prep",))
             if o.lemma_.lower() in RELEASE_DEMAND_NOUNS]
    for n in nouns:
        # the participle on the captives, or on the release noun where the parser may hang it ("the release of its
        # citizens detained in Myanmar")
        for held in prep_objects(n, ("of",), ("prep",)):
            for part in list(held.children) + list(n.children):
                if part.dep_ != "acl" or part.lemma_.lower() not in CAPTIVE_PARTICIPLES:
                    continue
                for x in prep_objects(part, ("in", "by"), ("prep", "agent")):
                    ents = [e for e in a.res.resolve(x, exclude_codes=a.exclude) if e.code
                            and e.code not in a.actor_codes]
                    if ents:
                        return Found(ents, x)
    return None


#: The recipient rules, in order (see module doc).
RECIPIENT_RULES = [price_payer, wanted_party, judged_party, judged_act_doer, frozen_asset_owner, accused_state_subject, stance_object_party, object_event_doer, protested_act_doer, visited_host, visit_talks_partner, journey_destinations, accusation_object_doer, addressee,
                   victim_possessor, undergoer_subject, proposal_answerer, own_people_destination, border_neighbour,
                   held_party, row_sources, submitted_to_body, attended_body, meeting_organiser, named_region, meeting_of_itself, proposal_owner, died_in_attack, demanded_of,
                   threat_condition, complement_object, complement_subject, warned_act_party, meeting_counterpart,
                   governing_object,
                   pressed_party, light_verb_object, object_party, purpose_object, projectile_target, show_of_force_host, earlier_event_actor,
                   detector_counterpart, hostile_act_doer, clause_other_state, unnamed_foreign_object]


def find_recipient(a: Args) -> tuple[Found, str]:
    """The recipient of ``a.trigger``: ``(Found, rule id)`` by :data:`RECIPIENT_RULES`; the row's sources
    say which one found it (``row:dobj``, ``row:P:with|to``, ``row:objmod``)."""
    return first_found(RECIPIENT_RULES, a)
