"""Modality of a trigger: negation and PLOVER's auxiliary modes (future, hypothetical, historical).

Rules (PLOVER manual v0.8, auxiliary modes; issue 2 "Modality"):
- negated: a ``neg`` dependent ("did not", "never", "no attack") on the trigger or its auxiliaries,
  or a governing verb of refusal/failure ("refused to", "declined to", "failed to");
- future: modal "will"/"shall"/"'ll" on the trigger or on the verb it depends on; a governing verb
  of intent or plan ("plans to", "intends to", "pledged to", "is set to", "agreed to", "is to");
  for nominal triggers, the verb they are subject/object of ("talks will begin"); a headline's to-infinitive with
  no finite verb ("Biden to visit Kyiv", "EU to impose new sanctions on Iran":
  :func:`eventwire.nlp.views.telegraphic_infinitive`);
- hypothetical: a conditional clause ("if", "unless"; and any opener of lexicon ``conditional_opener``: "provided
  that", "as long as", "in case (of)", "in the event that", "on condition that": :func:`in_conditional`) on the
  trigger or any clause above it inside the sentence; modals could/would/might/may/should;
  "any"/"possible"/"potential" on a nominal trigger; a governing verb of consideration ("considering", "threatened to", "could");
- historical: "since ..." background clauses ("Since starting its invasion ...") and text dates
  more than a year before publication (decided by the coder with the date).
"""
from __future__ import annotations

from ..lexicon import words
from ..nlp.views import governed_by, governing_chain, marked_by, sent_of, telegraphic_infinitive  # noqa: F401  (governed_by: public name of this module)
from .attribution import saying_of_noun_clause
from .conditions import conditional_clause, conditional_phrase

NEG_GOVERNORS = words("negating_governor")
FUTURE_GOVERNORS = words("future_governor")
#: "wants to attack", "hopes to meet": a desire, not a plan (hypothetical).
DESIRE_GOVERNORS = words("desire_governor")
DESIRE_FORMS = words("desire_form")
HYPO_GOVERNORS = words("hypothetical_governor")
#: "tried to hack", "attempted to assassinate": an attempt is an act that took place (PLOVER manual, ASSAULT
#: targeted: "successful and attempted assassinations"), so "try" and "attempt" are no modal governors.
WISH_GOVERNORS = words("wish_governor")
FUTURE_MODALS = {"will", "shall", "'ll", "wo", "ll"}
HYPO_MODALS = {"could", "would", "might", "may", "should", "'d", "can", "must", "ought"}
#: Both (the modals of an act not asserted as done), made once.
_MODALS = frozenset(FUTURE_MODALS | HYPO_MODALS)
#: Verbs and nouns whose complement is what is demanded: not an event that happened ("demanded that Israel
#: ease restrictions", "its demand that ...", "urged that ..."; PLOVER manual, REQUEST).
DEMAND_GOVERNORS = words("demand_governor")
COND_MARKS = {"if", "unless", "whether", "lest", "should"}
HYPO_DETS = words("hypothetical_modifier")
#: Nouns whose "to" complement is a possibility, not an act ("the right to fire", "a plan to attack").
MODAL_NOUNS = words("modal_noun")

#: "warned that ...": the content of a warning is hypothetical.
THREAT_SPEECH = words("threat_speech_verb")
#: "talks will begin", "plans a summit": a scheduled event is future.
SCHEDULING_VERBS = words("scheduling_verb")
#: "is preparing a major offensive": the offensive has not begun.
PREPARING_VERBS = words("preparing_verb")
#: "refused to expel": the refusal itself is the event (PLOVER manual, REJECT).
EXPLICIT_REFUSAL = words("explicit_refusal_verb")
#: Nouns of refusing whose to-infinitive is refused ("Iran's refusal to meet the envoy"; lexicon ``refusal_noun``).
REFUSAL_NOUNS = words("refusal_noun")
#: Verbs of taking part in an act named by their object, whose refusal refuses the act (lexicon ``participation_verb``).
PARTICIPATION_VERBS = words("participation_verb")
#: Adverbs of an estimate of what may happen ("would likely", "would probably"; lexicon ``estimate_adverb``).
ESTIMATE_ADVERBS = words("estimate_adverb")
#: "the former occupation": background, historical.
FORMER = words("former_modifier")
#: "will no longer recognize": negated.
NO_LONGER = words("no_longer_word")


_AUX_DEPS = ("aux", "auxpass", "neg", "advmod")


def _aux(tok):
    """The auxiliaries, negation and adverbs of verb ``tok``, with those the parser hung on one of its auxiliaries
    (stacked auxiliaries: "Russia would not have annexed Crimea" is parsed with "would" and "not" under "have"; they
    are the verb's all the same -- see :func:`counterfactual_past`)."""
    own = [c for c in tok.children if c.dep_ in _AUX_DEPS]
    stacked = [g for c in own if c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for g in c.children
               if g.dep_ in _AUX_DEPS]
    return own + stacked if stacked else own


def negated_subject(v) -> bool:
    """True when the subject of verb ``v`` is negated: "Neither Russia nor China ...", "No country ...",
    "Nobody ..."."""
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in ("nobody", "none", "neither", "nothing", "noone") or any(
                    x.dep_ in ("det", "preconj") and x.lower_ in ("neither", "no") for x in c.children):
                return True
    return False


def _opens_neither_nor(v) -> bool:
    """True when verb ``v`` opens a "neither ... nor" coordination: "neither" hangs on it as ``preconj``, or, with a
    "nor" coordinator on the verb, on it or its auxiliary in any role (a clause-initial "Neither is the army
    supporting ... nor ..." is parsed as the subject of "is")."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in v.children):
        return True
    if not any(c.dep_ == "cc" and c.lower_ == "nor" for c in v.children):
        return False
    near = [c for c in v.children if c.dep_ not in ("nsubj", "nsubjpass")]
    near += [x for a in v.children if a.dep_ in ("aux", "auxpass") for x in a.children]
    return any(c.lower_ == "neither" for c in near)


def neither_nor_verb(v) -> bool:
    """True when verb ``v`` is negated by a "neither ... nor" coordination of verbs or of whole clauses: "the army
    neither supported the party nor opposed it", "neither is the army supporting any party nor against it",
    "supported neither the party nor the government" (a negated object), and the verb coordinated by "nor" with such a verb ("... nor opposed it"). A negated subject ("Neither Russia nor
    China ...") is :func:`negated_subject`. Source: PLOVER manual, auxiliary modes (an act that did not take place
    is coded negated); grammar (correlative negative coordination)."""
    if _opens_neither_nor(v):
        return True
    if any(c.dep_ in ("dobj", "attr") and any(x.dep_ in ("det", "preconj") and x.lower_ == "neither"
                                               for x in c.children) for c in v.children):
        return True  # "supported neither the party nor the government": a negated object
    return v.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in v.head.children) and \
        _opens_neither_nor(v.head)


#: Governors of "yet to": "has yet to withdraw", "are yet to sign" (grammar: not done so far).
YET_TO_GOVERNORS = frozenset({"have", "be"})


def yet_to(h) -> bool:
    """True for "have"/"be" with the adverb "yet" governing a to-infinitive: "Russia has yet to withdraw its troops",
    "the rebels have yet to release the hostages", "the deal is yet to be signed" -- the act has not (yet) been done,
    so a trigger in the to-infinitive is negated (PLOVER manual, auxiliary modes: an act that did not take place is
    coded negated). "Yet" elsewhere ("has not yet withdrawn" is negated by "not"; "has withdrawn yet more troops")
    is no such frame."""
    return h.lemma_.lower() in YET_TO_GOVERNORS and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in h.children)


#: Verbs whose gerund, object or from/of/on complement did not happen ("ruled out sending", "refrained from
#: criticizing", "stopped short of imposing"; lexicon ``cancelling_governor``, keyed by :func:`phrasal_key`).
CANCELLING_GOVERNORS = words("cancelling_governor")
#: Openers of a phrase whose act did not happen ("without attacking", "rather than attacking"; lexicon
#: ``cancelling_opener``).
CANCELLING_OPENERS = words("cancelling_opener")
#: Prepositions of a cancelling governor's complement ("refrained from", "stopped short of", "held off on").
_CANCELLED_PREPS = frozenset({"from", "of", "on"})


def phrasal_key(v) -> str:
    """The lemma of verb ``v`` with its particle or its adverb "short"/"away": "rule out" ("ruled out"), "hold off",
    "stop short" ("stopped short of"), "shy away"; else the lemma."""
    ext = [c.lower_ for c in v.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("short", "away"))]
    return " ".join([v.lemma_.lower(), *ext[:1]])


def _cancelling_head(tok):
    """The verb of lexicon ``cancelling_governor`` whose complement ``tok`` is, negated or not, or None: its
    ``xcomp`` or object ("ruled out sending troops", "ruled out talks"), or the object of its from/of/on phrase, the
    phrase hanging on the verb or on its adverb ("refrained from criticizing", "stopped short of imposing", "held
    off on sanctions")."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children) and \
            tok.head.i < tok.i and not any(t.is_punct for t in tok.doc[tok.head.i + 1:tok.i]):
        tok_dep = "xcomp"  # "ruled out sending tanks": the small model may hang the gerund as advcl
    else:
        tok_dep = tok.dep_
    if tok_dep in ("xcomp", "dobj"):
        v = tok.head
    elif tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep" and tok.head.lower_ in _CANCELLED_PREPS:
        v = tok.head.head
        if v.dep_ == "advmod" and v.lower_ in ("short", "away"):
            v = v.head
    else:
        return None
    if v.i == tok.i or v.pos_ != "VERB" or phrasal_key(v) not in CANCELLING_GOVERNORS:
        return None
    return v


def _negated_verb(v) -> bool:
    """True when verb ``v`` has a "not"/"n't" or "never" of its own."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in v.children)


def _cancelling_governor(tok):
    """The verb of lexicon ``cancelling_governor`` whose complement ``tok`` is (:func:`_cancelling_head`), when that
    verb is not itself negated, or None: "did not rule out sending troops", "never refrained from criticizing" leave
    the act open or done (:func:`cancelling_negated`)."""
    v = _cancelling_head(tok)
    return None if v is None or _negated_verb(v) else v


def cancelling_negated(tok) -> str | None:
    """Rule ``cancelling_negated``: the trigger is the complement of a *negated* cancelling governor (lexicon
    ``cancelling_governor``, :func:`_cancelling_head`), a double negative. Returns ``"hypothetical"`` when the
    governor is also an explicit refusal (lexicon ``explicit_refusal_verb``: "Germany did not rule out sending
    tanks to Ukraine", "Israel has not ruled out talks": the act is left open, a possibility), ``"actual"`` for the
    others ("the US never refrained from criticizing Israel", "did not hold off on sanctions": the act was done),
    None when no negated cancelling governor governs it. Either way the act is not negated (:func:`negated`).
    Source: PLOVER manual, auxiliary modes (hypothetical: an act "possible" but not asserted); fresh-user finding
    (stop 21: "Germany did not rule out sending" was a negated AID)."""
    v = _cancelling_head(tok)
    if v is None or not _negated_verb(v):
        return None
    return "hypothetical" if phrasal_key(v) in EXPLICIT_REFUSAL else "actual"


def _asserted_clause(h) -> bool:
    """True when the clause of verb ``h`` that a cancelling phrase hangs on is asserted: no modal, no governing verb
    ("needs to engage ... instead of using water cannons" proposes a change to what is done now, and the water
    cannons are in use), no to-infinitive complement of its own."""
    return not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in h.children) and \
        h.dep_ != "xcomp" and not any(c.dep_ == "xcomp" for c in h.children)


def _cancelling_opener(tok) -> bool:
    """True when the phrase of ``tok`` opens with a word of lexicon ``cancelling_opener``: the word or two words right
    before its left edge ("without attacking Lithuania", "rather than a military strike", "instead of imposing
    sanctions"), for a trigger hanging as a prepositional, adverbial or coordinated complement of an asserted
    clause (:func:`_asserted_clause`: not "the government needs to talk instead of using water cannons")."""
    if tok.dep_ not in ("pcomp", "pobj", "advcl", "conj", "xcomp"):
        return False
    h = tok.head.head if tok.dep_ in ("pcomp", "pobj") else tok.head
    if h.pos_ in ("VERB", "AUX") and not _asserted_clause(h):
        return False
    doc, i = tok.doc, tok.left_edge.i
    one = doc[i - 1].lower_ if i >= 1 else ""
    two = f"{doc[i - 2].lower_} {one}" if i >= 2 else ""
    return one in CANCELLING_OPENERS or two in CANCELLING_OPENERS


#: Nouns naming a proposal that can be accepted or rejected (lexicon ``proposal_noun``).
PROPOSAL_NOUNS = words("proposal_noun")


def made_proposal(tok) -> bool:
    """Rule ``made_proposal``. Shape: a proposal noun (lexicon ``proposal_noun``) with its maker named -- a possessor
    or a "by"/"from" phrase: "Morocco has yet to accept the offer from France", "Kyiv has yet to accept Moscow's
    proposal". The answer not yet given does not unmake the offer: the offer was made, an act of its own (as
    :func:`eventwire.events.triggers.answered_proposal` keeps it beside an answer given). Negative: "has yet to
    launch an offensive" (no proposal), "has yet to accept the offer" (no maker named: the offer's own record has no
    actor either). Source: PLOVER manual, AGREE ("offer") and auxiliary modes; kind from a fresh user's story (stop
    22: an offer not yet accepted)."""
    return tok.lemma_.lower() in PROPOSAL_NOUNS and any(
        c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") and any(
            x.dep_ == "pobj" for x in c.children)) for c in tok.children)


def cancelled(tok) -> bool:
    """True when a cancelling word governs the trigger: the act is said not to have happened. A verb of lexicon
    ``cancelling_governor`` ("Germany ruled out sending Taurus missiles", "the US refrained from criticizing
    Israel", "the EU stopped short of imposing sanctions", "Washington held off on sanctioning China") or an opener
    of lexicon ``cancelling_opener`` ("jets flew over the Baltic Sea without attacking Lithuania", "Turkey chose
    diplomacy rather than attacking Syria", "instead of imposing sanctions"). Negative: "attacked without
    warning" (the trigger is not in the phrase), "ruled the country" (no particle). Source: PLOVER manual,
    auxiliary modes (an act that did not take place is coded negated); same model as the refusal governors
    ("refused to attack", :func:`negated`)."""
    return _cancelling_governor(tok) is not None or _cancelling_opener(tok)


#: Verbs that put a planned act off to a later time (lexicon ``postponing_verb``, keyed by :func:`phrasal_key`).
POSTPONING_VERBS = words("postponing_verb")


def postponed_act(tok) -> bool:
    """Rule ``postponed_act``. Shape: a nominal trigger that is the passive subject or the object of a verb of
    lexicon ``postponing_verb`` -- "Peace talks between the Ethiopian government and Oromo rebels that were due to
    begin on Thursday have been postponed, the African Union said", "talks between Russia and Ukraine have been
    delayed", "the summit was pushed back to May": the talks did not take place, they are still to come -- future,
    as a scheduled meeting put off by no one was already coded (AGREE future, ``tests/events/test_cancelled_acts``).
    The verb keeps its own row where the dictionary has one and a party puts the act off ("Israel postponed the
    talks with Hamas": REJECT by Israel, verbs.tsv). Negative: "the talks were not postponed" (the talks go ahead),
    "talks resumed after a delay" (no such verb over the noun). Source: PLOVER manual, auxiliary modes (an act not
    yet done is future, not actual); kind from a fresh user's story (stop 22: the postponed talks were coded CONSULT
    actual, dropped only because both parties were Ethiopian). Calling off ("were cancelled") is left alone."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubjpass", "dobj"):
        return False
    v = tok.head
    if v.i == tok.i or v.pos_ != "VERB" or phrasal_key(v) not in POSTPONING_VERBS:
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in v.children)


def ruled_out(tok) -> bool:
    """True when the cancelling governor of the trigger (:func:`cancelled`) is also an explicit refusal (lexicon
    ``explicit_refusal_verb``, keyed by :func:`phrasal_key`): "Germany ruled out sending Taurus missiles to
    Ukraine", "Israel ruled out talks with Hamas" -- the ruling out is the event, a REJECT, as under "refused to"
    (:func:`refused`). Source: PLOVER manual, REJECT ("refuse ... reject proposals"; CAMEO 12)."""
    v = _cancelling_governor(tok)
    return v is not None and phrasal_key(v) in EXPLICIT_REFUSAL


def negated(tok, rows: dict | None = None) -> bool:
    """True when the trigger is negated (see module doc). ``rows``: token index -> pattern row of the
    sentence's triggers (:func:`~eventwire.events.triggers.find_triggers`); a nominal trigger governed by a
    negated trigger of another type is not negated with it: "China never condemned Russia's invasion" negates
    the condemnation, not the invasion (issue 13)."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never", "no")):
            return True
        if c.dep_ == "advmod" and c.lower_ in NO_LONGER and any(x.lower_ == "no" for x in c.children):
            return True  # "will no longer recognize"
    # "ruled out sending", "refrained from criticizing", "without attacking", "rather than attacking"
    if cancelled(tok):
        return True
    if cancelling_negated(tok) is not None:
        return False  # "did not rule out sending tanks", "never refrained from criticizing": a double negative
    # "Neither Russia nor China attacked Ukraine", "No country recognised ...", "Nobody attacked": a negated subject
    if negated_subject(tok) or neither_nor_verb(tok):
        return True
    # nominal trigger: "no attack", or the verb governing it is negated ("did not launch an attack"; the attribute
    # of a negated "be": "Germany is not a supporter of the sanctions")
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr"):
        v = tok.head if tok.dep_ != "pobj" else tok.head.head
        own = (rows or {}).get(v.i)
        if any(c.dep_ == "neg" for c in v.children) and (own is None or own.event == (rows or {}).get(tok.i, own).event):
            return True
        if tok.dep_ == "dobj" and v.dep_ == "xcomp" and yet_to(v.head) and (
                own is None or own.event == (rows or {}).get(tok.i, own).event) and not made_proposal(tok):
            return True  # "has yet to launch an offensive"; not "has yet to accept the offer from France"
    # "refused to attack", "did not allow X to ..." (governor negated and trigger is its complement)
    t = tok
    while t.dep_ in ("xcomp", "ccomp", "conj") and t.head.i != t.i:
        h = t.head
        if t.dep_ == "conj":
            if any(c.dep_ == "neg" for c in h.children) and not any(c.dep_ == "nsubj" for c in t.children):
                return True
            t = h
            continue
        if h.lemma_.lower() in NEG_GOVERNORS and t.dep_ == "xcomp":
            return True
        if t.dep_ == "xcomp" and yet_to(h) and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return True  # "has yet to withdraw", "are yet to sign"
        if t.dep_ == "xcomp" and any(c.dep_ == "neg" for c in h.children) and h.lemma_.lower() not in LITOTES_VERBS:
            return True
        if t.dep_ == "xcomp" and negated_subject(h):
            return True  # "no external power will dare threaten us", "no country wants to attack Iran"
        t = h
        if t.dep_ != "xcomp":
            break
    return False


#: Subordinators of an adverbial clause that states a fact of its own ("as Tehran rejected its offer", "after police
#: fired on the crowd", "while Russia shelled Kharkiv", "because Iran refused").
FACT_MARKS = frozenset({"as", "after", "when", "while", "because", "since", "although", "though", "whereas"})
#: Modals of reported speech under which a past tense may be a backshifted present ("said it would act if ...").
BACKSHIFT_MODALS = frozenset({"would", "could", "might", "should"})


def asserted_clause(v) -> bool:
    """True for a finite past- or present-tense adverbial clause with its own subject, opened by a subordinator of
    time, cause or contrast (:data:`FACT_MARKS`): "The United States warned that it will keep up pressure on Iran,
    as Tehran rejected its offer for talks" -- the rejection happened; it is no part of what the warning or the
    future governs (the small model hangs the clause on the verb below "warned"). A past tense under "would" ("warned
    it would close the strait after the US imposed sanctions") may be the backshifted present of reported speech,
    so it is not taken as asserted. Source: English grammar (a finite adverbial clause of time or cause is
    asserted, not embedded in its head's modality)."""
    if v.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ in BACKSHIFT_MODALS for c in v.head.children):
        return False
    return v.dep_ == "advcl" and v.tag_ in ("VBD", "VBZ", "VBP") and any(
        c.dep_ == "mark" and c.lower_ in FACT_MARKS for c in v.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and not any(
        c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children)


#: Nouns of an agreement between parties (lexicon ``agreement_noun``).
AGREEMENT_NOUNS = words("agreement_noun")
#: Verbs that make public an agreement concluded ("announced a deal", "unveiled a partnership").
ANNOUNCING_VERBS = frozenset({"announce", "unveil"})


def announced_agreement(tok) -> bool:
    """True for an agreement noun (lexicon ``agreement_noun``) that is the object of "announce" or "unveil", or the
    subject of their passive: "Egypt and Sudan announced on Monday a trade deal", "Russia and China announced a new
    partnership", "the peace accord was announced by officials". An agreement announced is one concluded: actual,
    where an announced offensive or visit (lexicon ``preparing_verb``) is still to come. "announced plans for a deal"
    and "announced it would sign a deal" keep the plan's or the modal's status (the noun is not the object of
    "announce"). Source: PLOVER manual, AGREE and SUPPORT ("sign, or finalize an agreement": a concluded agreement
    is an act done); the training annotations ("the economic cooperation framework agreement ... has been concluded"
    coded actual)."""
    return tok.lemma_.lower() in AGREEMENT_NOUNS and tok.dep_ in ("dobj", "nsubjpass") and \
        tok.head.lemma_.lower() in ANNOUNCING_VERBS


def existential_attr(tok) -> bool:
    """Rule ``existential_attr``. Shape: a nominal trigger that is the attribute of an existential "there be": "there
    will be Dodik's arrest", "there could be sanctions", "there will be talks next week". The modal of "be" is the
    noun's (future, hypothetical), as for a subject or object noun. Source: English grammar (the existential
    construction asserts, or forecasts, the existence of its attribute)."""
    return tok.dep_ == "attr" and tok.head.lemma_.lower() == "be" and any(
        c.dep_ == "expl" for c in tok.head.children)


def scheduled_arrival(tok) -> bool:
    """Rule ``scheduled_arrival``. Shape: "due" as the predicate adjective of "be" ("X is due in <place>"): an arrival
    that is scheduled, not made -- "Mr Bush is due in Europe at the end of January", "the Indian prime minister is
    due in Washington on Thursday for talks". The visit it reads (verbs.tsv row ``due``, CONSULT visit) is future,
    so the coder codes it AGREE (PLOVER manual, AGREE: "references to future meetings, summits, state visits ...
    should be coded as AGREE"; ANNOTATION.md: "future meeting -> AGREE"). Kind from the AGREE events of the training
    stories that were missed ("is due in Europe")."""
    return tok.lemma_.lower() == "due" and tok.dep_ == "acomp" and tok.head.lemma_.lower() == "be"


#: Tags of a finite verb form (past, present): no modal bears on one (a modal takes the bare form: "will meet").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def finite_conjunct(t) -> bool:
    """Rule ``finite_conjunct``. Shape: a verb conjoined (``conj``) to another verb, in a finite form of its own (past
    ``VBD`` or present ``VBZ``/``VBP``) and with no auxiliary of its own: a clause of its own, on which the modal or
    the governor of the verb it is conjoined to does not bear. A modal takes the bare form ("will meet Brown and
    praise him": both future); a finite conjunct after it is a second, asserted clause that the parser hung on the
    nearer verb: "The premier insisted Mr Brown will have a key role, and praised his handling of the economy" (the
    praise is told, not announced: SUPPORT, not a future AGREE), "Russia wants to join the talks and sent a
    delegation". Source: English grammar (a modal auxiliary takes the bare infinitive; a verb in a finite form heads
    a clause of its own); kind from the training stories' missed events (an actual praise recoded as a promise and
    then dropped as an agreement with oneself)."""
    return t.dep_ == "conj" and t.tag_ in FINITE_TAGS and t.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("aux", "auxpass") for c in t.children)


#: Verbs of belief, expectation and hope (lexicon ``belief_verb``): "I think", "we hope", "officials expect".
BELIEF_VERBS = words("belief_verb")
#: Belief verbs whose complement is never asserted, whatever its tense (lexicon ``hope_verb``: "hope", "doubt").
HOPE_VERBS = words("hope_verb")
#: Dependencies a belief reaches down through to the trigger: the clause's own arguments, complements and
#: conjuncts; not a relative clause (a fact about a noun of the belief) nor another verb's ``ccomp``.
_BELIEF_PATH = frozenset({"xcomp", "conj", "advcl", "attr", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "pcomp",
                          "acl", "compound", "poss", "amod", "acomp", "oprd"})


def _is_belief_verb(v) -> bool:
    """True for a verb of lexicon ``belief_verb`` (by lemma or form: the small model lemmatises "hopes" as "hop")."""
    return v.pos_ in ("VERB", "AUX") and (v.lemma_.lower() in BELIEF_VERBS or v.lower_ in BELIEF_VERBS)


def belief_clause(tok):
    """The head of the clausal complement of a belief verb that holds ``tok`` (``tok`` itself when it heads it), or
    None; the belief verb is its head (:func:`belief_governor`)."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return None
        if t.dep_ == "ccomp":
            return t if _is_belief_verb(t.head) else None
        if t.dep_ not in _BELIEF_PATH or asserted_clause(t) or finite_conjunct(t):
            return None
        t = t.head
    return None


def belief_governor(tok):
    """The verb of belief, expectation or hope (lexicon ``belief_verb``) whose clausal complement (``ccomp``) holds
    ``tok``, or None: "I think [the president has decided to lift the freeze]", "we hope [we'll round up the
    cartels]", "I do not believe [there will be Dodik's arrest]". The walk up stops at the first ``ccomp`` (the
    clause of another verb: "said [he would attack]" has no belief governor), at a relative clause, at a finite
    adverbial clause of fact (:func:`asserted_clause`) and at a finite conjunct (:func:`finite_conjunct`)."""
    c = belief_clause(tok)
    return None if c is None else c.head


def believed_outcome(tok, st: str) -> bool:
    """Rule ``believed_outcome``. Shape: the trigger is in the clausal complement of a verb of belief, expectation
    or hope (:func:`belief_governor`) and that complement is not asserted as done: the verb is one of hoping or
    doubting (lexicon ``hope_verb``: "I hope his charge will be dropped", "we hope we'll round up the cartels",
    "they doubt that Bush is committed to it"), the belief is negated ("I do not believe there will be Dodik's
    arrest"), or the act believed in is still to come or only possible (``st``, the status the clause would have on
    its own, or the status of the head of the believed clause, is future or hypothetical: "I think the president has
    decided to lift the freeze", "officials expect Iran will retaliate", "experts think the tests may be related to
    preparations for launching a missile"). Such a clause is the speaker's view of what may happen: hypothetical, no act announced
    (PLOVER manual, auxiliary modes: hypothetical; ANNOTATION.md: a hoped-for or expected event is not coded as
    actual). Negative: a belief about a past act ("US officials believe Russia attacked the base": actual, an
    allegation the annotations code), a belief that somebody must act ("the Lib Dems believe the Home Secretary
    should allow ...": the demand statement, REQUEST, whose trigger is the belief verb itself), and a statement of
    intent ("Kenya said it would impose sanctions if ...": "say" is no belief verb). Kind from the training stories:
    hoped-for and believed future acts ("we hope ... we'll get on with negotiations") coded as actual or future
    were no gold event."""
    c = belief_clause(tok)
    if c is None:
        return False
    g = c.head
    if g.lemma_.lower() in HOPE_VERBS or g.lower_ in HOPE_VERBS:
        return True
    if any(x.dep_ == "neg" for x in g.children):
        return True
    if st in ("future", "hypothetical"):
        return True
    # "experts think the tests may be related to preparations for launching a missile": the believed clause is
    # only possible, and so is what it tells of
    return c.i != tok.i and _own_status(c, tok.sent) in ("future", "hypothetical")


def believed_forecast(tok, sentence) -> bool:
    """Rule ``believed_forecast``. Shape: a trigger made hypothetical by :func:`believed_outcome` under a verb of
    belief or expectation -- not of hope or wish (lexicon ``desire_governor``, ``desire_form``): "experts think North
    Korea will continue to increase threats", "he expects few will follow this Paris trial", "I think the president
    has decided to lift the freeze", "I do not believe there will be Dodik's arrest", "they doubt that Bush is
    committed to changing that". A forecast or an opinion of what may come: nobody is said to act or to ask for an
    act, so it codes no event (PLOVER manual, auxiliary modes: a hypothetical event may be left out; the annotations
    of the evaluation set code 2 hypothetical events of 629; ANNOTATION.md: "do not code commentary, opinions").
    A hope stays ("he hopes the public will support the project": the training annotations code such a hope of
    another party's act as a REQUEST of it), and so do a belief about a past act ("officials believe Russia
    attacked the base") and a belief that somebody should act (the demand statement, whose trigger is the belief
    verb itself). Nor does an act with a modal of its own under the belief ("Mr MacDonald believes detainees should
    be entitled to a trial": what ought to be, which the training annotations code as a demand), nor one the
    speaker doubts was done ("they doubt that Bush is committed to it"): the rule takes the act foretold (its own
    status, or that of the believed clause's head, future), an act under a negated belief, and an act with no modal
    of its own inside a clause that is only possible.
    Measured on the training stories: no record of this shape (both records of the wider shape matched a gold event
    of their story)."""
    c = belief_clause(tok)
    if c is None:
        return False
    g = c.head
    if g.lemma_.lower() in DESIRE_GOVERNORS or g.lower_ in DESIRE_FORMS or g.lemma_.lower() == "hop":
        return False
    own, head = _own_status(tok, sentence), _own_status(c, sentence)
    if any(x.dep_ == "neg" for x in g.children) or own == "future" or head == "future":
        return True  # "think North Korea will increase threats", "do not believe there will be an arrest"
    # "experts think the tests may be related to preparations for launching a missile": part of a forecast
    return own == "actual" and head == "hypothetical"


def status(tok, sentence) -> str:
    """``future``, ``hypothetical`` or ``actual`` for a trigger token (historical is added by the
    coder from dates and "since" clauses, see :func:`historical`). A trigger in a clause hoped for, or believed to
    come (:func:`believed_outcome`), is hypothetical."""
    st = _own_status(tok, sentence)
    if st != "hypothetical" and believed_outcome(tok, st):
        return "hypothetical"
    return st


def _own_status(tok, sentence) -> str:
    """The status of :func:`status` before the belief rule (:func:`believed_outcome`)."""
    if cancelling_negated(tok) == "hypothetical":
        return "hypothetical"  # "did not rule out sending tanks": left open
    if in_conditional(tok):
        return "hypothetical"  # "as long as Russia continues its attacks", "provided that the UN approves"
    if indirect_question(tok):
        return "hypothetical"  # "it is unclear when China will invade Taiwan": an open question, no announcement
    if yes_no_question(tok):
        return "hypothetical"  # "Will China invade Taiwan?": asked, not asserted
    # conditional anywhere above the trigger within the sentence, up to a finite adverbial clause of fact
    for v in governing_chain(tok):
        for c in v.children:
            if c.dep_ == "mark" and c.lower_ in COND_MARKS:
                return "hypothetical"
        if v.dep_ in ("ccomp",) and v.head.lemma_.lower() in THREAT_SPEECH:
            return "hypothetical"
        if asserted_clause(v):
            break
    own = [c.lower_ for c in _aux(tok)]
    if reported_would(tok):
        return "future"
    if any(a in HYPO_MODALS for a in own):
        return "hypothetical"
    if any(a in FUTURE_MODALS for a in own):
        return "future"
    if tok.pos_ in ("NOUN", "PROPN"):
        if any(c.lower_ in HYPO_DETS for c in tok.children if c.dep_ in ("det", "amod")):
            return "hypothetical"
        if postponed_act(tok):
            return "future"  # "the talks have been postponed": still to come
        v = tok.head
        if tok.dep_ == "pobj":
            v = tok.head.head
        vaux = [c.lower_ for c in _aux(v)] if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") or \
            existential_attr(tok) else []
        if any(a in HYPO_MODALS for a in vaux):
            return "hypothetical"
        if any(a in FUTURE_MODALS for a in vaux):
            return "future"
        if tok.dep_ in ("nsubj", "dobj") and v.lemma_.lower() in SCHEDULING_VERBS:
            if v.tag_ in ("VBZ", "VBP", "VB") or any(a in FUTURE_MODALS for a in vaux):
                return "future"
        if tok.dep_ == "dobj" and v.lemma_.lower() in PREPARING_VERBS and not announced_agreement(tok):
            return "future"  # "which is preparing a major offensive": the offensive has not begun
        if tok.dep_ == "dobj" and v.pos_ == "VERB" and v.i != tok.i:
            vs = status(v, sentence)  # "would like to join the talks": the talks share the joining's status
            if vs != "actual":
                return vs
    mv = means_verb(tok)
    if mv is not None:
        st = status(mv, sentence)  # "would respond by cutting ties": the means is as hypothetical as the response
        if st != "actual":
            return st
    # governing verbs of plan/intent; modals on them
    t = tok
    if t.dep_ == "acl" and t.head.lemma_.lower() in MODAL_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return "hypothetical"  # "the right of Russian troops to fire", "a plan to attack"
    while t.dep_ in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "relcl", "acl") and t.head.i != t.i:
        if finite_conjunct(t):
            break  # "insisted Brown will have a role, and praised his handling": the praise is a clause of its own
        h = t.head
        hl = h.lemma_.lower()
        haux = [c.lower_ for c in _aux(h)]
        if modal_participle(t):
            st = status(h, sentence)  # "may impose sanctions, cutting foreign aid": the cut is as hypothetical
            if st != "actual":
                return st
            break
        if t.dep_ == "xcomp" and h.pos_ == "ADJ" and h.dep_ == "acomp" and any(
                c.lower_ in HYPO_MODALS for c in _aux(h.head)):
            return "hypothetical"  # "the US must be ready to mediate"
        if t.dep_ == "xcomp" and (hl in DESIRE_GOVERNORS or h.lower_ in DESIRE_FORMS):
            return "hypothetical"  # "Obama wants to attack Switzerland" (the small model lemmatises "hopes" as "hop")
        if t.dep_ == "xcomp" and (hl in FUTURE_GOVERNORS or h.lower_ in FUTURE_GOVERNORS or hl in READY_ADJECTIVES):
            return "future"
        if t.dep_ == "xcomp" and hl in HYPO_GOVERNORS:
            return "hypothetical"
        if t.dep_ in ("xcomp", "conj") and any(a in HYPO_MODALS for a in haux):
            return "hypothetical"
        if t.dep_ in ("xcomp", "conj") and any(a in FUTURE_MODALS for a in haux):
            return "future"
        if t.dep_ == "ccomp" and hl in WISH_GOVERNORS:
            return "hypothetical"  # "Obama wants Putin to attack Switzerland"
        if t.dep_ in ("ccomp", "acl") and hl in DEMAND_GOVERNORS:
            return "hypothetical"  # "demanded that Israel ease restrictions": the content of a demand
        if t.dep_ == "advcl" and hl in DEMAND_GOVERNORS and marked_by(t, ("for",)) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return "hypothetical"  # "called for Assad to step down": the for-to content of a demand
        if t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and h.pos_ in ("VERB", "AUX"):
            # a purpose ("will visit Mauritania to mediate", "would send troops to fight") shares the
            # status of the act it is the purpose of, when that act has not happened
            if negated(h):
                return "hypothetical"  # "would not give permission to Russia to help Israel": no help follows
            st = status(h, sentence)
            if st != "actual":
                return st
        if t.dep_ in ("ccomp", "relcl", "advcl", "pcomp", "acl"):
            break
        t = h
    if scheduled_arrival(tok):
        return "future"  # "the prime minister is due in Washington on Thursday": a visit not made yet
    if telegraphic_infinitive(tok):
        return "future"  # headline "Biden to visit Kyiv", "EU to impose new sanctions on Iran" (the "is" of "is to" dropped)
    # "is to"/"are due to"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and tok.head.lemma_ == "be" and tok.dep_ == "xcomp" \
            and not yet_to(tok.head):
        return "future"  # not "is yet to sign": not done so far (negated, :func:`yet_to`), no plan
    return "actual"


def means_verb(tok):
    """Rule ``means_phrase``. Shape: the gerund of a "by" phrase hanging on a verb ("Riyadh would respond by cutting
    ties", "the EU could retaliate by imposing tariffs", "will answer by expelling diplomats"): the act named is the
    means of the verb's act, done when and only when that act is. The verb must carry a condition of its own
    (:func:`conditioned`) or a modal of what will or may happen (:data:`_FORECAST_MODALS`); "should respond by
    committing to ..." (advice) is left alone: voa_news status agreement fell 0.8825 -> 0.8797 when it was taken too.
    Returns the verb, whose status the trigger takes when it is not actual (:func:`status`), else None. Negative: "Riyadh responded by cutting ties" (the response
    took place, the cut too), "was hit by shelling" (a noun, no gerund; the passive agent). Source: English grammar
    (a means adjunct is embedded in its head's modality) and PLOVER manual, auxiliary modes (a hypothetical act
    is coded hypothetical); kind from a fresh user's story (stop 22: "If Iran resumes arms shipments to the Houthis,
    Riyadh would likely respond by cutting ties again" coded SAU SANCTION actual: the condition hangs on "respond",
    the trigger in its "by" phrase)."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG":
        return None
    p = tok.head
    if p.dep_ != "prep" or p.lower_ != "by" or p.head.i == p.i or p.head.pos_ not in ("VERB", "AUX"):
        return None
    v = p.head
    if not (conditioned(v) or any(c.dep_ == "aux" and c.lower_ in _FORECAST_MODALS for c in v.children)):
        return None  # "should respond by committing to ...": advice, what it asks is coded as asked, left alone
    return v


#: Modals of what will or may happen (no advice or obligation: "should", "must" name what is asked of the actor).
_FORECAST_MODALS = frozenset({"would", "could", "might", "may", "will", "shall", "'ll", "'d", "wo"})


REFUSAL_GOVERNORS = words("refusal_governor")
READY_ADJECTIVES = words("ready_adjective")
#: "will not hesitate to use force": verbs whose negation states readiness for their complement.
LITOTES_VERBS = words("litotes_verb")


def unhesitating(tok) -> bool:
    """True when a negated verb of lexicon ``litotes_verb`` governs the trigger through ``xcomp`` ("I will not
    hesitate to shut the electricity off", "would not hesitate to use force"): a statement of readiness for the
    act, neither its negation nor its refusal. Source: PLOVER manual, THREATEN ("indicate ... intention to
    ...") and AGREE ("indicate willingness").
    """
    t = tok
    for _ in range(3):
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        h = t.head
        if h.lemma_.lower() in LITOTES_VERBS:
            return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in h.children)
        t = h
    return False


def refusal(tok) -> bool:
    """True when the trigger is refused rather than merely negated: governed by a refusal verb
    ("refused to meet", "failed to reach agreement", "declined to resign") or negated with a modal of
    intent ("will not accept", "would not meet"). PLOVER codes such refusals as REJECT. "will not hesitate to
    help" is readiness, no refusal (:func:`unhesitating`)."""
    if unhesitating(tok):
        return False
    if governed_by(tok, REFUSAL_GOVERNORS):
        return True
    return any(c.dep_ == "neg" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_MODALS | {"would", "could", "can", "ca"} for c in tok.children)


#: Verbs of accepting (lexicon ``acceptance_verb``): negated in the simple present they state a refusal.
ACCEPTANCE_VERBS = words("acceptance_verb")


def stated_nonacceptance(tok) -> bool:
    """True for a verb of accepting negated in the simple present with do-support ("we do not accept the
    proposal", "I don't accept there is any need for changes", "Iran does not accept the plan") or in the present
    perfect ("the government has not accepted the commission's recommendation"): a refusal that stands now, a
    REJECT (PLOVER manual, REJECT: "reject a proposal, demand or offer"; the training annotations code "has not
    accepted" REJECT). Not the simple past ("did not accept": a past occasion), nor a modal ("will not accept" is
    :func:`refusal`). The perfect cost training F1 0.0006 until story_context.same_act_recipient read the
    refused AGREE as the act it refuses (a later AGREE of the story took its counterpart from it). Not with "yet"
    (:func:`pending_acceptance`: "Morocco has not yet accepted the offer" leaves the offer open, no refusal)."""
    if tok.lemma_.lower() not in ACCEPTANCE_VERBS or tok.tag_ not in ("VB", "VBP", "VBN"):
        return False
    if not any(c.dep_ == "neg" for c in tok.children):
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if pending_acceptance(tok):
        return False
    if tok.tag_ == "VBN":
        return bool(aux) and all(c.lower_ in ("has", "have") for c in aux)
    return bool(aux) and all(c.lower_ in ("do", "does") for c in aux)


def pending_acceptance(tok) -> bool:
    """Rule ``pending_acceptance``. Shape: a negated verb with the adverb "yet" ("Morocco has not yet accepted the
    offer", "Kyiv has not yet agreed to the plan", "Iran does not yet accept the terms"): the answer is still to
    come, the act is pending -- a negated act (no record), no refusal. Negative: "Morocco has not accepted the offer"
    (a refusal that stands now, :func:`stated_nonacceptance`), "Morocco rejected the offer". Source: PLOVER manual,
    REJECT ("reject a proposal, demand or offer": an offer still open is not rejected) and auxiliary modes (an act
    that did not take place is coded negated); kind from a fresh user's story (stop 22: "France said it was ready to
    provide 5 million euros in assistance, but Morocco has not yet accepted the offer" coded MAR REJECT)."""
    return any(c.dep_ == "neg" for c in tok.children) and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.children)


def conditioned(tok) -> bool:
    """True when the trigger's own clause carries a condition ("will withdraw ... unless X", "may halt
    ... if Y"): an adverbial clause marked if/unless under the trigger (not the trigger inside it)."""
    for c in tok.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
            return True
    return False


def in_condition_clause(t) -> bool:
    """True when ``t`` heads an adverbial clause marked if/unless (the protasis of a conditional)."""
    return t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in t.children)


def announced(tok) -> bool:
    """True when a speech or announcement verb governs the trigger's clause ("said they would
    boycott", "announced it may impose"; "said in a statement that it would reject", the clause the parser hangs
    on the noun of the saying: :func:`eventwire.events.attribution.saying_of_noun_clause`). Not through a
    condition: the act of an if/unless clause is what the announced act depends on, not what is announced ("If
    Israel strikes Iran, Tehran would retaliate, an official said": the strike is no threat of Israel's)."""
    t = tok
    for _ in range(3):
        if t.head.i == t.i or in_condition_clause(t):
            return False
        if t.dep_ == "ccomp" and _is_belief_verb(t.head):
            return False  # "said: 'we hope we'll round up the cartels'": a hope is told, no act announced
        if t.dep_ in ("ccomp", "xcomp") and t.head.lemma_.lower() in ANNOUNCE:
            return True
        sv = saying_of_noun_clause(t)  # "said Tuesday in a statement that it would reject ...": hung on the noun
        if sv is not None and sv.lemma_.lower() in ANNOUNCE:
            return True
        t = t.head
    return False


ANNOUNCE = words("announce_verb")


#: Dependencies a supposition does not reach through: a relative clause or participle of a noun in the condition
#: states what the noun is ("if Russia, which invaded Ukraine, attacks Moldova": the invasion took place).
_ASSERTED_MODIFIERS = ("relcl", "acl")


def in_conditional(tok) -> bool:
    """True when the trigger stands inside a condition: it or a word above it heads a conditional clause
    (:func:`conditional_clause`) or is the object of a conditional phrase (:func:`conditional_phrase`), not
    through a relative clause or participle (:data:`_ASSERTED_MODIFIERS`: "if Russia, which invaded Ukraine,
    attacks Moldova": the invasion is stated as fact; "if the sanctions imposed on Monday fail": the imposing
    took place). The act is a supposition under which another act would follow ("the EU will impose sanctions
    if Iran enriches uranium": no enrichment is reported). Negative: "If anything, the sanctions imposed on
    Monday were mild" (the sanctions stand outside the "if anything" clause)."""
    for t in governing_chain(tok, 8):
        if conditional_clause(t) or conditional_phrase(t):
            return True
        if t.dep_ in _ASSERTED_MODIFIERS:
            return False
    return False


#: Words whose question complement stays open: "analysts wonder when China will invade", "it is unclear how Iran will
#: respond" (lexicon ``open_question_word``).
OPEN_QUESTION_WORDS = words("open_question_word")
#: Words of knowing or telling whose question complement stays open only when negated: "it was not made clear to what
#: extent ...", "nobody knows when ...", "officials did not say how ..." (lexicon ``negated_question_word``).
NEGATED_QUESTION_WORDS = words("negated_question_word")
#: Penn tags of the wh-words that open an indirect question ("when", "how", "what", "which", "who").
WH_TAGS = frozenset({"WRB", "WDT", "WP"})
#: Dependencies of a clause that can be the question a word governs (the small model hangs "unclear when ..." as
#: ``advcl`` of "is").
_QUESTION_DEPS = ("ccomp", "csubj", "advcl", "xcomp", "pcomp")


def _wh_opened(v) -> bool:
    """True when clause ``v`` opens with a wh-word before its verb: a wh-adverb or pronoun of its own ("when China
    will invade", "how Iran will respond", "what Russia will do") or a preposition whose object a wh-determiner
    modifies ("to what extent the US will defend ...")."""
    for c in v.children:
        if c.i > v.i:
            continue
        if c.tag_ in WH_TAGS and c.dep_ in ("advmod", "nsubj", "dobj", "det", "attr"):
            return True
        if c.dep_ == "prep" and any(x.dep_ in ("pobj", "pcomp") and any(
                d.dep_ == "det" and d.tag_ in WH_TAGS for d in x.children) for x in c.children):
            return True
    return False


def _question_words(h) -> set:
    """The lower-case lemmas of governor ``h`` and of its predicative adjective ("is unclear", "was made clear")."""
    got = {h.lemma_.lower()}
    got |= {c.lemma_.lower() for c in h.children if c.dep_ in ("acomp", "oprd")}
    return got


def _denied_knowing(h) -> bool:
    """True when governor ``h`` of a question is negated: "not", "never", a negated subject ("nobody knows")."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in h.children) or \
        negated_subject(h)


#: Dependencies a trigger climbs to reach the verb of its question ("Is Russia preparing to attack NATO?": the
#: attack is the infinitive of the asked verb).
_QUESTION_CLIMB = ("xcomp", "dobj", "pobj", "prep", "pcomp", "conj", "acl", "compound", "amod")


def yes_no_question(tok) -> bool:
    """Rule ``yes_no_question``: True when the act of ``tok`` is asked about in a direct yes/no question, asserted
    neither as done nor as announced. Shape: the verb of the trigger's clause (reached through infinitives,
    objects and conjuncts, :data:`_QUESTION_CLIMB`) carries an auxiliary before its subject (subject-auxiliary
    inversion) and a question mark closes the clause; no wh-word opens it and the auxiliary is not negated. "Will
    China invade Taiwan?", "Is Russia preparing to attack NATO?", "Did Israel strike Iran last week?", a headline
    "Will Putin invade Finland?", a quoted question ('"Will Russia attack Poland?" the minister asked': a question
    by a speaker is still no act). The status is hypothetical (PLOVER manual, auxiliary modes: an act not asserted
    as taking place is no actual event; ANNOTATION.md: "future" is announced, planned, promised), as for the open
    question of :func:`indirect_question`. Stays: a wh-question about an act presupposes the act ("Why did Russia
    attack Ukraine?": the attack happened), and a negated question asserts it ("Didn't Russia attack Ukraine?");
    a statement with a question mark but no inversion ("Russia attacked Ukraine?") is left alone."""
    v = tok
    for _ in range(6):
        if v.dep_ not in _QUESTION_CLIMB or v.head.i == v.i:
            break
        v = v.head
    if v.pos_ not in ("VERB", "AUX"):
        return False
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    if not subj or not aux or not any(a.i < subj[0].i for a in aux):
        return False
    if any(c.dep_ == "neg" or c.lower_ in ("n't", "not") for c in v.children if c.i < subj[0].i):
        return False  # "Didn't Russia attack Ukraine?", "Did not Russia ...": a rhetorical assertion
    if any(c.tag_ in WH_TAGS or c.dep_ == "mark" for c in v.children if c.i < v.i):
        return False  # "Why did Russia attack Ukraine?"; "if", "whether" clauses are no direct question
    if any(c.tag_ in WH_TAGS for c in v.subtree if c.i < aux[0].i):
        return False  # "To what extent will the US defend Taiwan?"
    last = max(c.i for c in v.subtree)
    nxt = v.doc[last + 1] if last + 1 < len(v.doc) else None
    return any(c.dep_ == "punct" and c.text == "?" for c in v.children) or (nxt is not None and nxt.text == "?")


def indirect_question(tok) -> bool:
    """Rule ``indirect_question``: True when the act of ``tok`` is the content of an open question, asserted neither
    as done nor as announced. Shapes:

    - a clause opened by "whether", whatever governs it: "it is unclear whether Iran will retaliate", "analysts
      wonder whether China will invade Taiwan", "whether or not Russia attacks";
    - a clause opened by a wh-word (:func:`_wh_opened`) whose verb carries a modal of the future or of possibility,
      governed by a word of open question (lexicon ``open_question_word``: "it is unclear when China will invade
      Taiwan", "analysts wonder how Iran will respond") or by a negated word of knowing or telling (lexicon
      ``negated_question_word``: "nobody knows when China will invade", "it was not made clear to what extent the
      United States will defend its ally", "officials did not say how they would respond").

    A wh-question about a past act presupposes the act ("it is unclear when the attack took place": the attack
    happened), so only a clause with a modal counts; a relative clause or participle of a noun inside the question
    states what the noun is (:data:`_ASSERTED_MODIFIERS`). The status is hypothetical (PLOVER manual, auxiliary
    modes: an act not asserted as taking place is no actual event; ANNOTATION.md: "future" is announced, planned,
    promised), and no statement of consequence is read in it (:func:`eventwire.events.triggers.states_consequence`:
    "it is unclear whether Iran will retaliate" threatens nothing). Negative: "Biden made clear how the United
    States will defend Taiwan" (an announcement: future); "asked if" clauses are :mod:`eventwire.events.conditions`."""
    for v in governing_chain(tok, 6):
        if v.dep_ in _ASSERTED_MODIFIERS or v.head.i == v.i:
            return False
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in v.children):
            return True
        if v.dep_ in _QUESTION_DEPS and v.pos_ in ("VERB", "AUX") and _wh_opened(v) and any(
                c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children):
            ws = _question_words(v.head)
            if ws & OPEN_QUESTION_WORDS or (ws & NEGATED_QUESTION_WORDS and _denied_knowing(v.head)):
                return True
    return False


def modal_participle(t) -> bool:
    """Rule ``modal_participle``. Shape: an adverbial present participle (``advcl``, ``VBG``) with no subordinator and
    no subject of its own, hanging on a verb that carries a modal of the future or of possibility: "the EU may impose
    trade sanctions on Somalia, cutting foreign aid and strengthening the arms embargo", "Russia could strike Kyiv,
    killing thousands", "Iran will retaliate, targeting U.S. bases". The participle elaborates the act of its head
    (how it is done, what it brings about), so it shares that act's status: the aid cut is as hypothetical as the
    sanctions. A participle of an asserted act stays actual ("Russia struck Kyiv, killing dozens"); one with a
    subordinator is a clause of its own ("will meet Xi after visiting Japan": :func:`prospective`). Source: English
    grammar (a supplementary participle clause takes its time and mood from its matrix clause); PLOVER manual,
    auxiliary modes (future, hypothetical)."""
    if t.dep_ != "advcl" or t.tag_ != "VBG" or t.head.i == t.i or t.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in t.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in t.head.children)


def counterfactual_past(tok) -> bool:
    """Rule ``counterfactual_past``: True for a verb in the conditional perfect, a modal of
    :data:`HYPO_MODALS` with "have" and a past participle ("NATO would have intervened", "Syria could have
    responded"): what would have happened had something else happened -- by its form it did not happen, and it is
    no announcement of what will. Source: grammar (the third conditional); PLOVER manual, auxiliary modes
    (hypothetical); fresh user ("If Israel had attacked, Syria would have responded" was coded as a threat
    made)."""
    aux = {c.lower_ for c in _aux(tok)}
    return tok.tag_ == "VBN" and bool(aux & HYPO_MODALS) and bool(aux & {"have", "'ve"})


def reported_would(tok) -> bool:
    """True for the "would" of reported speech: "Iraq said it would allow the inspectors back" is the
    backshifted "will" of "Iraq: we will allow ...", a future, not a hypothetical -- when a speech or
    announcement verb governs the clause and no condition ("if", "unless") is attached. Never for the conditional
    perfect (:func:`counterfactual_past`: "said Syria would have responded"), nor with an adverb of estimate (lexicon
    ``estimate_adverb``: "Riyadh would likely cut ties, analysts say" weighs a possibility, no announced will)."""
    if "would" not in {c.lower_ for c in _aux(tok)} or counterfactual_past(tok):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ESTIMATE_ADVERBS for c in tok.children):
        return False
    for v in governing_chain(tok):
        if any(c.dep_ == "mark" and c.lower_ in COND_MARKS for c in v.children):
            return False
    return announced(tok)


def desired(tok) -> bool:
    """True when the actor's own wish governs the trigger through ``xcomp`` ("wants to attack",
    "hopes to meet", "wished to help"): a stated intent of the subject, not somebody else's wish
    ("wants Putin to attack" is a ``ccomp`` and does not count). The coder turns an intended
    cooperation into AGREE ("indicate willingness ... to cooperate") and an intended attack into THREATEN
    (PLOVER manual, auxiliary modes: "THREATEN could be ASSAULT + hypothetical ... the coder should always
    return the single event category")."""
    t = tok
    for _ in range(3):
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        h = t.head
        if h.lemma_.lower() in DESIRE_GOVERNORS or h.lower_ in DESIRE_FORMS:
            return True
        t = h
    return False


def willing(tok) -> bool:
    """True when a statement of readiness governs the trigger ("is willing to withdraw", "is prepared to
    lift the ban", "would be ready to host", "would be happy to meet", "is keen to provide aid", "will not hesitate
    to use force": :func:`unhesitating`; adjectives of lexicon ``ready_adjective``): PLOVER AGREE, "indicate
    willingness or commitment to cooperate"."""
    if unhesitating(tok):
        return True
    t = tok
    for _ in range(3):
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        h = t.head
        if h.pos_ == "ADJ" and h.lemma_.lower() in READY_ADJECTIVES:
            return True
        t = h
    return False


def refusal_noun_infinitive(tok) -> bool:
    """True for the to-infinitive clause of a noun of refusing (lexicon ``refusal_noun``): "Iran's refusal to meet
    the American envoy", "his refusal to concede the election", "China's unwillingness to change the law". The
    refusal is the event, as under a refusal verb ("refused to meet"); without this the refused act was read as
    planned (AGREE "future-as-agree"). Source: PLOVER manual, REJECT ("refuse to meet or negotiate"); training
    stories."""
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("acl", "xcomp") and tok.head.pos_ == "NOUN" and \
        tok.head.lemma_.lower() in REFUSAL_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def refused(tok) -> bool:
    """True when an explicit refusal verb governs the trigger ("refused to expel", "declined to meet"):
    the refusal itself is the event (PLOVER manual, REJECT), whatever was refused. A nominal trigger is refused
    through a verb of taking part that it is the object of (lexicon ``participation_verb``: "refused to return
    to talks", "declined to resume negotiations", "refused to join the talks"); a condemnation refused names no
    refused invasion ("refused to condemn Russia's invasion")."""
    if governed_by(tok, EXPLICIT_REFUSAL) or refusal_noun_infinitive(tok) or ruled_out(tok):
        return True
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj"):
        if tok.dep_ == "pobj" and not (tok.head.dep_ == "prep" and tok.head.lower_ in ("to", "in")):
            return False  # "refused to comment on the talks": the talks are not what was refused
        v = tok.head.head if tok.dep_ == "pobj" else tok.head
        return v.pos_ == "VERB" and v.lemma_.lower() in PARTICIPATION_VERBS and governed_by(v, EXPLICIT_REFUSAL)
    return False


def historical(tok) -> bool:
    """True for background clauses: the trigger sits under "since" ("Since starting its invasion")
    or is modified by "former"/"previous"/"earlier" (nominal triggers)."""
    for v in governing_chain(tok, 4):
        for c in v.children:
            if c.dep_ in ("mark", "prep") and c.lower_ == "since" and v.i != sent_of(tok).root.i:
                return True
        if v.dep_ in ("pcomp", "pobj") and v.head.lower_ == "since":
            return True
    if tok.pos_ == "NOUN" and any(c.lower_ in FORMER for c in tok.children):
        return True
    return False


#: "talks set for Monday", "a summit scheduled for May": a named event fixed for a coming time.
ARRANGED_PARTICIPLES = words("arranged_participle")
#: "an expected visit", "the scheduled talks", "the upcoming summit": a modifier that puts a named event ahead.
PROSPECTIVE_MODIFIERS = words("prospective_modifier")
#: "when they meet", "once talks begin": a clause of time takes the status of the clause it times.
TEMPORAL_MARKS = words("temporal_mark")
#: "is meeting him tomorrow", "are holding talks next week" (weekday names count too).
COMING_TIME_WORDS = words("coming_time_word")
COMING_DAYS = frozenset({"tomorrow", "tonight"})
WEEKDAYS = words("weekday")
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})
#: "the minister's schedule includes visits to Kenya": a plan of coming engagements (lexicon ``itinerary_noun``).
ITINERARY_NOUNS = words("itinerary_noun")
#: Verbs by which a plan lists its engagements ("the schedule includes visits", "her agenda features talks").
ITINERARY_VERBS = frozenset({"include", "feature", "comprise", "contain"})


def itinerary_verb(tok):
    """The verb by which a plan of coming engagements lists the nominal ``tok``, or None: ``tok`` is the direct
    object of "include", "feature", "comprise" or "contain" in the present tense (VBZ/VBP) whose subject is a noun
    of lexicon ``itinerary_noun`` ("the delegation's schedule includes visits to Kenya", "her itinerary features
    talks with Japanese leaders"). A past "the schedule included visits" reports what was done: None."""
    if tok.dep_ != "dobj" or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    v = tok.head
    if v.lemma_.lower() not in ITINERARY_VERBS or v.tag_ not in ("VBZ", "VBP"):
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in ITINERARY_NOUNS:
        return None
    return v


def _looked_forward_to(v) -> bool:
    """"looking forward to meeting Mr Biden", "looks forward to the talks": ``v`` is the object of "to" after
    "look forward"."""
    p = v.head
    if v.dep_ not in ("pcomp", "pobj") or p.lower_ != "to" or p.dep_ != "prep":
        return False
    h = p.head
    return h.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in h.children)


def _coming_time(v) -> bool:
    """A time adjunct of ``v`` ahead of now: a weekday ("on Friday"), "tomorrow", "tonight", a time noun with
    "next" or "later" ("next week", "later this month"; lexicon ``coming_time_word``, ``weekday``)."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "on" and any(x.dep_ == "pobj" and x.lower_ in WEEKDAYS for x in c.children):
            return True
        if c.dep_ in ("npadvmod", "advmod") and c.lower_ in COMING_DAYS:
            return True  # "tomorrow", "tonight"
        if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and any(
                x.lower_ in COMING_TIME_WORDS for x in c.children if x.dep_ in ("amod", "advmod", "det")):
            return True  # "next week", "later this month"; a bare "Next, ..." opens a sentence, no time
    return False


def prospective(tok, sentence) -> bool:
    """True when the act of ``tok`` is still to come although no future modal says so:

    - hoped for: "looking forward to meeting Mr Biden", "looks forward to the talks";
    - timed by a future clause: "are due to discuss a truce when they meet in Vienna" (a clause of time,
      lexicon ``temporal_mark``, whose governing clause is future);
    - arranged: "talks set for Monday", "a summit scheduled for May" (lexicon ``arranged_participle`` or "set for");
    - announced as ahead by a modifier: "an expected visit by Putin", "the scheduled talks", "the upcoming summit"
      (lexicon ``prospective_modifier``);
    - a present progressive with a coming time: "is holding a further meeting on Friday", "are meeting
      tomorrow" (lexicon ``coming_time_word``, weekday names);
    - listed in a plan: "the minister's schedule includes visits to Kenya and Ethiopia" (:func:`itinerary_verb`);
    - awaited: "ahead of an EU summit in Brussels", "ahead of a meeting in London" (the object of "ahead of").

    A nominal trigger is judged by the verb it is the object of ("is holding a meeting on Friday"). Source:
    English grammar (the present progressive and clauses of time of a future act); PLOVER manual: "future
    CONSULT/SUPPORT/COOPERATE/AID is coded AGREE"."""
    v = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "acl" and c.tag_ == "VBN" and (c.lower_ in ARRANGED_PARTICIPLES or c.lower_ == "set" and any(
                p.dep_ == "prep" and p.lower_ == "for" for p in c.children)) for c in tok.children):
            return True
        if itinerary_verb(tok) is not None:
            return True
        if any(c.dep_ in ("amod", "compound") and c.lower_ in PROSPECTIVE_MODIFIERS and c.i < tok.i for c in tok.children):
            return True  # "Putin's expected visit to Ankara", "the scheduled talks": still to come
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead":
            return True  # "ahead of a summit": still to come when the story is told
        if tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP"):
            v = tok.head if tok.dep_ == "dobj" else tok.head.head
            if tok.dep_ == "pobj" and _looked_forward_to(tok):
                return True
    if _looked_forward_to(v):
        return True
    if v.dep_ == "advcl" and v.tag_ not in ("VBD", "VBN") and v.head.pos_ in ("VERB", "AUX", "ADJ") and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS for c in v.children):
        if status(v.head, sentence) == "future":
            return True
    if v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in v.children):
        return _coming_time(v)
    return False
