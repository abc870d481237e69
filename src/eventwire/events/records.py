"""Step 8 of the coder: build the event records of one trigger.

One record per (actor, recipient, date) -- coordinated parties give one record each ("the U.S. and the U.K.
imposed sanctions"), and coordinated actors of a reciprocal act act on each other ("The US, Russia and
Switzerland met": one dyad each way, as ICEWS and PETRARCH code them). Each record carries: the mode
(recoding's, else refined from the clause: :func:`refine_mode`), contexts (:func:`contexts`), the CAMEO code
(the row's, the type's default after recoding, the REQUEST subcode by mode), QuadClass, Goldstein, PLOVER
score, and its evidence in ``text_info`` (:func:`text_info`, with the ids of the rules that made it).
"""
from __future__ import annotations

from datetime import date

from ..lexicon import runs, words
from ..actors.resolve import is_dual_anaphor
from ..nlp.views import NOUN_MODIFIERS, objects, span_text
from ..schema import Event
from .ontology import DEFAULT_CAMEO, PLOVER_SCORE, QUAD_CLASS, goldstein
from .rules import NONE, distinct_parties

#: Words of the clause that add a PLOVER context, in table order (lexicon ``context_word``).
CONTEXT_WORDS = dict(runs("context_word"))
#: Words that give the REQUEST/REJECT mode, the first run found wins (lexicon ``request_mode_word``).
REQUEST_MODE_WORDS = runs("request_mode_word")
#: Words that give the ASSAULT mode, the first run found wins (lexicon ``assault_mode_word``).
ASSAULT_MODE_WORDS = runs("assault_mode_word")
#: Verbs whose coordinated subjects act on each other ("X and Y clashed", "X and Y signed a deal").
RECIPROCAL_LEMMAS = words("reciprocal_verb")
#: Relation nouns that, owned by "their", make an act of coordinated subjects mutual ("upgraded their ties").
RECIPROCAL_OBJECTS = words("reciprocal_object")
#: Words on the object that make an act of coordinated subjects mutual ("each other", "bilateral").
RECIPROCAL_MARKERS = words("reciprocal_marker")
#: CAMEO subcode of an appeal (02x) or demand (10x) by PLOVER REQUEST mode (CAMEO 1.1b3).
REQUEST_CAMEO = {"assist": "1", "change": "4", "yield": "5", "meet": "6"}
#: A text date (or the day of the saying that reports the act) this much older than the publication makes an actual
#: event historical (days).
HISTORICAL_AFTER_DAYS = 365


def attribution_tokens(tok) -> set[int]:
    """Indices of the words that attribute the clause of ``tok`` rather than tell the act: "according to local health
    officials", "per the ministry", "citing security sources", and a speech verb hanging off the clause with its
    subject ("..., health officials said"; :func:`eventwire.events.attribution.attributions`). The title of a source
    is not what the event is about: "Gunmen killed five villagers, according to local health officials" has no
    health context. Source: PLOVER manual, contexts (the event's subject matter); speech verbs are attribution, not
    events (PLOVER reference, note 6)."""
    return _attribution_tokens(tok, list(tok.subtree))


def _attribution_tokens(tok, subtree: list) -> set[int]:
    """:func:`attribution_tokens` of ``tok`` whose ``subtree`` (list of Tokens, in order) the caller has read."""
    from . import attribution as attr  # a plain module of lexicon lists
    out: set[int] = set()
    for t in subtree:
        if t.i == tok.i:
            continue
        low = t.lower_
        if low == "according" or (low == "per" and t.dep_ == "prep") or (
                low in attr.CITING and t.pos_ in ("VERB", "ADP")):
            out |= {x.i for x in t.subtree}
    verbs = attr.attributions(tok)
    if verbs:
        sub = {t.i for t in subtree}
        for v in verbs:
            if v.i in sub and v.i != tok.i:
                out |= {x.i for x in v.subtree}
    return out


def contexts(trig, extra_tokens=()) -> list[str]:
    """PLOVER contexts of the record: the row's, plus those whose words occur in the trigger's subtree (and a
    nominal trigger's verb's); in table order. The weapon of a crowd-control act says how, not what the act is
    about: "fired tear gas" is no economic context ("gas"), "used water cannon" no natural resource ("water"); nor is
    the title of a source (:func:`attribution_tokens`: "according to local health officials" is no health context).
    """
    tok, p = trig.token, trig.row
    ctx = list(p.context)
    weapon = {t.i for o in objects(tok) for t in o.subtree} if p.mode == "crowd-control" else set()
    sub = list(tok.subtree)  # walked once (each walk makes a new Token of every word)
    skip = weapon | _attribution_tokens(tok, sub)
    words_ = {t.lower_ for t in sub if t.i not in skip} | {t.lower_ for t in extra_tokens}
    if p.pos == "N" and tok.dep_ in ("dobj", "nsubj"):
        head = tok.head
        sub = list(head.subtree)
        skip |= _attribution_tokens(head, sub)
        words_ |= {t.lower_ for t in sub if t.i not in skip}
    for name, vocab in CONTEXT_WORDS.items():
        if words_ & vocab and name not in ctx:
            ctx.append(name)
    return ctx


#: The types whose mode :func:`refine_mode` reads from the words of the clause when the row gives none.
MODE_REFINED = ("REQUEST", "REJECT", "ASSAULT")


#: ASSAULT modes of a verb row that are only the verb's usual weapon ("fire" -> firearms, "bomb" -> aerial, "shell"
#: -> heavy-weapons): a weapon named as the act's object, instrument or wielder overrides them (:func:`named_weapon_mode`).
WEAPON_DEFAULT_MODES = frozenset({"firearms", "aerial", "heavy-weapons"})
#: The ASSAULT modes that name a weapon or means (PLOVER manual, ASSAULT modes table), which a named weapon may set.
WEAPON_MODES = frozenset({"firearms", "aerial", "drone", "heavy-weapons", "explosives", "unconventional",
                          "suicide-attack"})
#: Dependents of a verbal trigger whose phrase names the weapon: its object ("fired missiles") and subject ("drones
#: bombed the base"); besides, a "with" instrument ("struck the city with rockets") and a passive subject's own word
#: ("rockets were fired").
_WEAPON_DEPS = ("dobj", "nsubj")
#: Dependents of a nominal trigger that name the weapon ("a drone strike", "missile strikes", "suicide bombing").
_WEAPON_NOUN_DEPS = ("compound", "amod", "nmod")


def named_weapon_mode(tok, extra_tokens=()) -> str | None:
    """The ASSAULT mode of the weapon named as the trigger's object, subject or "with" instrument (a nominal trigger:
    its compound or adjective), or as the actor (``extra_tokens``), the first run of lexicon ``assault_mode_word``
    found among :data:`WEAPON_MODES`; None when no weapon is named. PLOVER manual, ASSAULT modes table: firearms are
    "rifles, pistols, light machine guns", heavy-weapons "artillery, rocket launchers ... and similar weapons", drone
    "unmanned aerial vehicles": "Hamas fired rockets" is heavy-weapons, "a drone strike" drone, whatever the verb's
    usual weapon; "soldiers fired on the crowd" names none and keeps the row's firearms."""
    named = [c for c in tok.children if c.dep_ in (_WEAPON_NOUN_DEPS if tok.pos_ in ("NOUN", "PROPN") else _WEAPON_DEPS)]
    named += [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for x in c.children if x.dep_ == "pobj"]
    pool = {w for n in named for t in n.subtree for w in (t.lower_, t.lemma_.lower())}
    # a passive subject is the weapon only by its own word ("rockets were fired"); its modifiers may describe the
    # victim ("a would-be suicide bomber was shot")
    pool |= {w for c in tok.children if c.dep_ == "nsubjpass" for w in (c.lower_, c.lemma_.lower())}
    pool |= {w for t in extra_tokens for w in (t.lower_, t.lemma_.lower())}
    pool.discard("air")  # "fired into the air" is no aerial attack (and is no object)
    for m, vocab in ASSAULT_MODE_WORDS:
        if m in WEAPON_MODES and pool & vocab:
            return m
    return None


#: Dependents of a threat that name the act threatened: "threatened to strike" (xcomp), "threatened military action"
#: (dobj), "threatened Iran with strikes" (the object of "with").
_THREAT_CONTENT_DEPS = ("xcomp", "dobj", "ccomp")


#: Head words of a territory taken ("seize the islands", "take control of the region").
_TERRITORY_NOUNS = frozenset({"island", "territory", "region", "province", "city", "town", "village", "land",
                              "border", "area", "peninsula", "port", "airport", "capital"})


def _takes_place(act) -> bool:
    """True when the act's object, or the object of its "of" ("control of the region"), is a place."""
    objs = [c for c in act.children if c.dep_ == "dobj"]
    objs += [x for o in list(objs) for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for x in p.children if x.dep_ == "pobj"]
    return any(o.ent_type_ in ("GPE", "LOC") or o.lemma_.lower() in _TERRITORY_NOUNS for o in objs)


def threatened_act_mode(tok, rows: dict | None) -> str | None:
    """The THREATEN mode of the act a threat names (PLOVER manual, THREATEN: "the mode is the content of the threat"):
    the pattern row of a trigger found in the threat's complement ("threatened to strike the United States with
    nuclear weapons" -> ASSAULT -> violence; "threatened to expel British diplomats" -> SANCTION expel -> expel;
    "threatened Iran with sanctions"), mapped by :func:`eventwire.events.recode.threat_mode`. ``rows``: token index ->
    pattern row of the sentence's triggers before the filters (the content trigger itself is dropped as the threat's
    content). None when the complement holds no trigger ("threatened consequences")."""
    from .recode import threat_mode  # recode imports the trigger rules; records is imported by the coder only
    if not rows:
        return None
    cands = [c for c in tok.children if c.dep_ in _THREAT_CONTENT_DEPS]
    cands += [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for x in c.children if x.dep_ == "pobj"]
    for c in cands:
        row = rows.get(c.i)
        if row is None and c.dep_ == "xcomp":
            row = next((rows[x.i] for x in c.children if x.dep_ == "dobj" and x.i in rows), None)  # "to launch strikes"
        if row is not None and row.event != "THREATEN":
            if row.mode == "seize" and _takes_place(c):
                return "territory"  # "threatened to seize the islands": PLOVER THREATEN territory
            m = threat_mode(row.event, row.mode)
            if m:
                return m
    return None


def refine_mode(trig, extra_tokens=(), rows: dict | None = None) -> str | None:
    """The row's mode, else for REQUEST/REJECT the mode of what is asked for (its object and complement first,
    then the clause), for ASSAULT the means ("airstrike" -> aerial, "roadside bomb" -> explosives); else None
    (PLOVER manual, mode tables). An ASSAULT row's weapon mode (:data:`WEAPON_DEFAULT_MODES`) gives way to the weapon
    the clause names (:func:`named_weapon_mode`)."""
    tok, p = trig.token, trig.row
    mode = p.mode
    if p.event == "ASSAULT" and mode in WEAPON_DEFAULT_MODES:
        return named_weapon_mode(tok, extra_tokens) or mode  # "fired missiles": heavy-weapons, not the row's firearms
    if p.event == "THREATEN" and mode is None:
        return threatened_act_mode(tok, rows)
    if getattr(trig, "source", None) == "denial":
        return mode  # "Iran denied supplying weapons": a denied claim, no refusal to assist (REJECT modes are refused
        #              cooperation, shared with REQUEST: PLOVER manual, REJECT), so the words of the claim give none
    if mode is not None or p.event not in MODE_REFINED:
        return mode  # nothing to refine: the words of the subtree are not read (speed, issue 12)
    words_ = {w for t in tok.subtree for w in (t.lower_, t.lemma_.lower())} | {t.lower_ for t in extra_tokens}
    if p.event in ("REQUEST", "REJECT") and mode is None:
        obj_words = {w for o in objects(tok) for t in o.subtree for w in (t.lower_, t.lemma_.lower())}
        obj_words |= {w for c in tok.children if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for")
                      for t in c.subtree for w in (t.lower_, t.lemma_.lower())}
        for pool in (obj_words, words_):
            for m, vocab in REQUEST_MODE_WORDS:
                if pool & vocab:
                    return m
    if p.event == "ASSAULT" and mode is None:
        for m, vocab in ASSAULT_MODE_WORDS:
            if words_ & vocab:
                return m
    return mode


#: Recipient rules that end the search with nobody on purpose, whose id the record keeps: a region named
#: (:func:`eventwire.events.recipient_rules.named_region`), a body meeting by itself
#: (:func:`eventwire.events.recipient_rules.meeting_of_itself`); the story stage reads them.
NAMED_NONE_RULES = frozenset({"named_region", "meeting_of_itself"})


def rule_info(trig, parties, coding) -> dict:
    """``text_info.rule``: ``{"trigger", "type", "actor", "recipient"}`` -- the trigger source and row
    (:attr:`~eventwire.events.triggers.Trigger.rule_id`, e.g. ``pattern:condemn/V@23``), the rule that chose
    the type (a recode rule id, else the trigger's), and the ids of the rules that found actor and recipient
    (``none`` when there is none; ``named_region`` when the text named a region, which receives no country:
    :func:`eventwire.events.recipient_rules.named_region`; ``meeting_of_itself``: :data:`NAMED_NONE_RULES`)."""
    named_none = parties.recipient_rule in NAMED_NONE_RULES
    return {"trigger": trig.rule_id, "type": coding.rule or trig.rule_id,
            "actor": parties.actor_rule if parties.actors else NONE,
            "recipient": parties.recipient_rule if parties.recipients or named_none else NONE}


def text_info(k, sent, t_start, t_end, s_abs, e_abs, rule, recoded, pattern_event, topic, detector=None,
              headline: bool = False) -> dict:
    """Evidence of one record: sentence index and text, trigger and sentence offsets (article offsets),
    ``rule`` (:func:`rule_info`), ``coded_from`` (the pattern's type) when a PLOVER rule recoded it
    (``future-as-agree``, ``refused-as-reject``, ``conditional-as-threaten``, ``intent-as-agree``,
    ``intent-as-threaten``, ``willing-as-agree``, ``willing-as-threaten``, ``test-as-mobilize``), ``topic``
    (offsets of the demand a protest record absorbed), ``detector`` (the trained detector's probability of the
    trigger's type at the trigger token, :attr:`~eventwire.events.triggers.Trigger.detector`; None without a
    detector), ``headline`` (True, and only present, when the sentence is the story's headline: the first line of
    the text when it repeats the article's title, :func:`eventwire.nlp.segment.segment_article`)."""
    sent_text = span_text(sent) if len(sent) else sent.text  # = sent.text, cut from the Doc's text joined once
    ti = {"sentence_index": k, "sentence": sent_text, "start": t_start, "end": t_end,
          "sentence_start": s_abs, "sentence_end": e_abs, "rule": rule, "detector": detector}
    if recoded:
        ti["coded_from"] = pattern_event
    if topic:
        ti["topic"] = list(topic)
    if headline:
        ti["headline"] = True
    return ti


#: Prepositions on a relation noun that name its other party ("ties with Israel", "relations between Cairo and X").
RELATION_PARTY_PREPS = ("with", "between", "to", "among")


def own_relation(o) -> bool:
    """True when relation noun ``o`` is the subjects' own: owned by "their" ("upgraded their ties"), or owned by nobody
    and naming no other party ("Iran and Saudi Arabia restored diplomatic ties", "agreed to normalise relations"): a
    relation is between two parties, and with none named besides the coordinated subjects it is theirs. Not "Israel's
    ties with Egypt", "ties with Israel"."""
    if any(c.dep_ == "poss" for c in o.children):
        return any(c.dep_ == "poss" and c.lower_ == "their" for c in o.children)
    return not any(c.dep_ == "prep" and c.lower_ in RELATION_PARTY_PREPS for c in o.children)


def mutual_object(tok) -> bool:
    """True when what verb ``tok`` acts on says the act is mutual: a relation noun (lexicon ``reciprocal_object``)
    of the subjects' own (:func:`own_relation`: "India and Mauritius upgraded their ties", "strengthened their
    relations", "restored diplomatic ties"), or a marker
    (lexicon ``reciprocal_marker``) in an object or prepositional object ("accused each other", "signed a
    bilateral pact", "held talks with one another"). Source: ICEWS and PETRARCH code such acts one dyad each
    way; PLOVER manual, "Compound and Reciprocal Actors"."""
    cands = objects(tok) + [x for c in tok.children if c.dep_ in ("prep", "dative") for x in c.children
                            if x.dep_ == "pobj"]
    for o in cands:
        if (o.lemma_.lower() in RECIPROCAL_OBJECTS or o.lower_ in RECIPROCAL_OBJECTS) and own_relation(o):
            return True
        text = " " + " ".join(t.lower_ for t in o.subtree) + " "
        if any((" " + m + " ") in text for m in RECIPROCAL_MARKERS):
            return True
    return False


#: Nouns of an agreement between parties (lexicon ``agreement_noun``).
AGREEMENT_NOUNS = words("agreement_noun")
#: Types of concluding an agreement: reaching or announcing it (AGREE), signing or finalizing it (SUPPORT).
CONCLUDING_TYPES = ("AGREE", "SUPPORT")


def concluded_agreement(trig) -> bool:
    """True when ``trig`` concludes an agreement of its actors' own: an AGREE or SUPPORT whose trigger is an
    agreement noun (lexicon ``agreement_noun``: "Egypt and Sudan announced a trade deal", "Russia and China announced a
    new partnership") or a verb whose object or passive subject is one ("reached a trade deal", "concluded a trade
    agreement", "a deal was reached by X and Y"), with no other party named on it (:func:`own_relation`: not "a deal
    with Ethiopia"). Coordinated actors of such an act agree with each other, one dyad each way. Source: PLOVER
    manual, "Compound and Reciprocal Actors"; the training annotations ("the economic cooperation framework
    agreement ... has been concluded": one event per side, each with the other)."""
    if trig.event not in CONCLUDING_TYPES:
        return False
    tok = trig.token
    if tok.pos_ in ("NOUN", "PROPN"):
        cands = [tok]
    else:
        cands = objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"]
    return any(o.lemma_.lower() in AGREEMENT_NOUNS and own_relation(o) for o in cands)


#: Mode of a mediated or hosted act (PLOVER manual, CONSULT: a third party brings others together).
THIRD_PARTY = "third-party"
#: Recipient rule id of the records of a reciprocal act (:func:`reciprocal_pairs`).
RECIPROCAL = "reciprocal_pairs"


def relative_antecedent(tok):
    """The noun a relative pronoun stands for ("the two countries, which have fought three wars" -> "countries"),
    else ``tok`` itself (None stays None). Grammar: a wh-pronoun (tag WDT/WP) whose verb is a relative clause
    (spaCy ``relcl``) on the noun."""
    if tok is not None and tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def of_coordinated_parties(tok) -> bool:
    """Rule ``of_coordinated_parties``. Shape: a noun of people whose "of"/"from" phrase coordinates the parties --
    "the prime ministers of India and Pakistan will meet", "the foreign ministers of China and Japan met",
    "delegations from Russia and Ukraine met": the actors read from that one phrase are each a side of the
    reciprocal act, as with "the Indian and Pakistani prime ministers" (coordinated modifiers). Source: PLOVER manual,
    CONSULT (all participants); kind from the CONSULT events of the training stories whose counterpart was missed
    ("the two leaders met"). Two parties only: "the chief diplomats of Britain, France, Germany and the United States
    will meet" is a multilateral meeting, whose records keep the recipient the story gives them (training stories:
    pairing the four cost one annotated event)."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "from") and any(len(x.conjuncts) == 1 for x in c.children
                                                                          if x.dep_ == "pobj")
               for c in tok.children)


def reciprocal_pairs(trig, parties) -> list:
    """"The US, Russia and Switzerland met", "Armenian and Azerbaijani forces clashed", "India and Mauritius upgraded
    their ties": two or more coded actors of a reciprocal act (CONSULT, COOPERATE, lexicon ``reciprocal_verb``, or
    a verb whose object says the act is mutual: :func:`mutual_object`; an agreement concluded:
    :func:`concluded_agreement`) without a recipient act on each other, one
    dyad each way (ICEWS and PETRARCH practice); [] when the act is not such. Two coded actors may come from one
    phrase counted as two ("The two countries agreed": :func:`~eventwire.actors.resolve.is_dual_anaphor`), for a
    material conflict too: "the two countries have fought three wars" is a war between them, each on the other, as
    the annotation protocol codes it (``eval/voa_news/ANNOTATION.md``; the training annotations code "the two
    countries fought" both ways). Such a pair read from one phrase, often a rivalry's history, does not make the
    story one of war between states (:func:`eventwire.events.story_context.dual_phrase_pair`): counted as one, it
    made every unnamed attacker of a Kashmir clash story lose its inferred actor (training stories F1 0.6106 ->
    0.6126 when the pair was not coded at all). Measured with that exclusion on the training stories: F1 0.7400 ->
    0.7403, dev 0.7353 (unchanged); voa_news unchanged (0.6539). A relative pronoun stands for its noun ("the two
    countries, which fought a bitter border war": :func:`relative_antecedent`; training F1 0.7428 -> 0.7434, dev and
    voa_news unchanged). A recipient without a country read from the agreed act ("agreed to reopen embassies") is the act's object, not a
    party. Co-mediators or co-hosts (a row of mode ``third-party``: "Qatar and Egypt have mediated between the
    sides", "Egypt and Qatar hosted the talks") are never each other's recipients: the parties they bring
    together are (PLOVER manual, CONSULT: a mediator is a third party); without them the records have no
    recipient."""
    actors, recips, p = parties.actors, parties.recipients, trig.row
    coded_actors = [a for a in actors if a.code]
    at = relative_antecedent(parties.actor_token)
    if parties.recipient_rule == "complement_object" and not any(r.code for r in recips):
        recips = []  # "The two countries agreed to reopen embassies": what the agreed act is on, no party
    if p.mode == THIRD_PARTY:
        return []  # "Qatar and Egypt have mediated between the sides": co-mediators do not mediate each other
    if not recips and any(distinct_parties(a, b) for a in coded_actors for b in coded_actors) and (
            len({a.start for a in coded_actors}) >= 2 or (at is not None and (is_dual_anaphor(at) or any(
                c.conjuncts for c in at.children if c.dep_ in NOUN_MODIFIERS) or of_coordinated_parties(at)))) and (
            p.event in ("CONSULT", "COOPERATE") or trig.token.lemma_.lower() in RECIPROCAL_LEMMAS or (
                p.pos == "V" and mutual_object(trig.token)) or concluded_agreement(trig)):
        return [(a, b) for a in coded_actors for b in coded_actors if distinct_parties(a, b)]
    return []


#: Recipient rule id of the records of an exchange of fire with a named side (:func:`exchange_pairs`).
EXCHANGE = "exchange_pairs"
#: Verbs of a swap (lexicon ``swap_word``) and what two sides exchange in a fight (lexicon ``exchanged_fire_noun``).
SWAP_WORDS = words("swap_word")
EXCHANGED_FIRE = words("exchanged_fire_noun")


def exchange_pairs(trig, parties) -> list:
    """"Israeli troops exchanged fire with Hezbollah fighters", "Thai soldiers traded gunfire with Cambodian troops",
    "police exchanged shots with the gunmen": an ASSAULT read from a verb of a swap (lexicon ``swap_word``) whose
    object is what two sides fire at each other (lexicon ``exchanged_fire_noun``) and whose other side is named in
    a "with" phrase is force used by both sides: one record each way, the subject on the "with" side and the "with"
    side on the subject ([] when the act is not such, or a side has no code). Coordinated subjects ("Indian and
    Pakistani troops exchanged fire") are paired each way by :func:`reciprocal_pairs` (``exchange`` is a
    ``reciprocal_verb``). A meeting "with" somebody stays one record (the CONSULT convention of the project: the
    meeting is one act); an exchange of fire says that each side fired. Source: PLOVER manual, "Compound and
    Reciprocal Actors" (reciprocal violence: both sides using force are actors; one dyad each way as ICEWS and
    PETRARCH expand it); the training annotations code "Israeli commandos had exchanged gunfire with some
    Palestinian fighters" as the fighters' ASSAULT on the commandos, the commandos' own assault being told in the
    story's lead."""
    tok = trig.token
    if trig.row.event != "ASSAULT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in SWAP_WORDS:
        return []
    fire = [c for c in tok.children if c.dep_ == "dobj" and (c.lemma_.lower() in EXCHANGED_FIRE
                                                              or c.lower_ in EXCHANGED_FIRE)]
    # the "with" phrase hangs on the verb or, for the parser, on what is exchanged ("exchanged gunfire with")
    if not fire or not any(c.dep_ == "prep" and c.lower_ == "with" for h in [tok, *fire] for c in h.children):
        return []
    actors = [a for a in parties.actors if a.code]
    recips = [r for r in parties.recipients if r.code]
    if not actors or not recips:
        return []
    pairs = [(a, r) for a in actors for r in recips if distinct_parties(a, r)]
    return pairs + [(r, a) for a, r in pairs]


#: Rule id of the records of the parties a host or mediator brings together (:func:`mediated_pairs`).
MEDIATED = "mediated_parties"


def mediated_pairs(trig, parties, base: int) -> list:
    """"Egypt hosted talks between Hamas and Fatah", "Qatar mediated between Israel and Hamas", "Turkey is hosting
    talks between Russian and Ukrainian delegations": the parties that a host or mediator (a CONSULT row of mode
    ``third-party``) brings together in a "between" phrase on the trigger or on its object consult each other, one
    dyad each way (as :func:`reciprocal_pairs`); the host's own records with each of them stay. Two parties of one
    country are a pair when their sectors differ (Hamas and Fatah: a domestic dyad); [] when the row is no such
    mediation or fewer than two parties are named in the "between" phrase ("Egypt hosted the talks": nobody to
    pair; "Egypt hosted Israeli and Palestinian negotiators": guests, not said to meet each other). The caller pairs
    them only for an act coded CONSULT ("Qatar announced a mediation between Israel and Hamas" is the mediator's
    AGREE: the parties have not met). Source: PLOVER
    manual, CONSULT (mode third-party: "Meeting is hosted by a third party"; the participants are the actors) and
    the CAMEO 045 mediation it adapts."""
    p = trig.row
    if p.event != "CONSULT" or p.mode != THIRD_PARTY or len(parties.recipients) < 2:
        return []
    tok = trig.token
    heads = [tok] + [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    spans = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                last = max(c.subtree, key=lambda x: x.i)
                spans.append((base + c.idx, base + last.idx + len(last.text)))
    inside = [r for r in parties.recipients if r.code and any(s <= r.start < e for s, e in spans)]
    return [(a, b) for a in inside for b in inside if a is not b and distinct_parties(a, b)]


def _pairs(trig, parties) -> list:
    """(actor, recipient) pairs of the records: every actor with every recipient, or the
    :func:`reciprocal_pairs`."""
    return reciprocal_pairs(trig, parties) or [(a, r) for a in (parties.actors or [None])
                                               for r in (parties.recipients or [None])]


def build_records(trig, parties, coding, dating, said, sc, ctx) -> list[Event]:
    """The :class:`~eventwire.schema.Event` records of one trigger (see module doc), in order: per date, per
    (actor, recipient) pair. ``event_text`` is the article text from the first to the last trigger word
    (``text[text_info.start:text_info.end]``, words between them included: "froze the newspaper's assets"),
    the contract of the record table in README.md."""
    p, base = trig.row, sc.base
    # the actor's words, which only refine_mode reads, and only for a row without a mode of MODE_REFINED
    extra = list(parties.actor_token.subtree) if parties.actor_token is not None and p.event in MODE_REFINED and (
        p.mode is None or (p.event == "ASSAULT" and p.mode in WEAPON_DEFAULT_MODES)) else []
    mode = coding.mode or (refine_mode(trig, extra, sc.rows) if coding.event == p.event else None)
    if mode == "-":
        mode = None
    ctxs = contexts(trig)
    toks = trig.tokens
    t_start = base + toks[0].idx
    t_end = base + toks[-1].idx + len(toks[-1].text)
    cameo = p.cameo if coding.event == p.event else DEFAULT_CAMEO[coding.event]
    if coding.event == "REQUEST" and mode in REQUEST_CAMEO and cameo[:2] in ("02", "10"):
        cameo = cameo[:2] + REQUEST_CAMEO[mode]  # CAMEO 021/101 material, 024/104 reform ...
    rule = rule_info(trig, parties, coding)
    mutual = reciprocal_pairs(trig, parties)
    both = [] if mutual or coding.event != "ASSAULT" else exchange_pairs(trig, parties)
    pairs = mutual or both or _pairs(trig, parties)
    if mutual:
        rule["recipient"] = RECIPROCAL
    extra = mediated_pairs(trig, parties, base) if not mutual and coding.event == "CONSULT" else []
    out = []
    for iso, prec in dating.dates:
        st = dating.status
        if st == "actual" and dating.basis in ("text", "attribution") and iso and ctx.pub and prec in ("day", "month"):
            last = date.fromisoformat(iso if prec == "day" else iso + "-28")  # a month: its end
            if (ctx.pub - last).days > HISTORICAL_AFTER_DAYS:
                st = "historical"
        if st == "actual" and coding.record_status:
            st = coding.record_status  # a promise: dated as its announcement, the act promised is to come
        for k, (a, r) in enumerate(pairs + extra):
            r_rule = dict(rule) if k < len(pairs) else dict(rule, actor=MEDIATED, recipient=MEDIATED)
            if both and k >= len(both) // 2 and k < len(pairs):
                r_rule = dict(rule, actor=EXCHANGE, recipient=EXCHANGE)  # the "with" side firing back
            out.append(Event(
                article_id=ctx.article.id, event=coding.event, actor=[a] if a else [], recipient=[r] if r else [],
                event_text=ctx.article.text[t_start:t_end],
                text_info=text_info(sc.index, sc.sent, t_start, t_end, sc.start, sc.end, r_rule,
                                    coding.rule is not None, p.event, sc.topics.get(trig.token.i),
                                    trig.detector, headline=sc.segment.kind == "headline"),
                mode=mode, context=ctxs, negated=coding.negated, status=st, reported=said.reported,
                sources=list(said.sources), date=iso, date_basis=dating.basis if iso else None,
                cameo=cameo, quad_class=QUAD_CLASS[coding.event], goldstein=goldstein(cameo),
                plover_score=PLOVER_SCORE[coding.event], coder=ctx.coder,
            ))
    return out
