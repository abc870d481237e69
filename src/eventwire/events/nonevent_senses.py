"""Event words of the verb patterns used in a sense that reports no event: a general evaluation of a course of
action ("it is important to support head teachers"), a greeting or a reception of newcomers or of a time ("would
welcome economic migrants", "welcomed the new century", "welcomed the chancellor back to the campaign"), a claim
corroborated ("results to back up his optimism"), a recognition verb as a coordinated attribute ("within secure
and recognized boundaries"). Each rule is a trigger filter (``f(trig, rows) -> bool``, see
:data:`eventwire.events.triggers.TRIGGER_FILTERS`): True drops the trigger.

Source: PLOVER manual (an event is an interaction in which an actor does something to or with another party;
SUPPORT: "express support for, commend, approve" another party or its policy); ANNOTATION.md ("do not code
commentary, opinions about the world in general"). Seen on the training stories, where such records fell in
sentences the annotators coded no event in.

The words are lexicon data (``src/eventwire/data/lexicon/events.tsv``; lists ``extraposition_adjective``,
``newcomer_noun``, ``welcomed_time_noun``, ``corroborated_noun``; ``tourist_noun`` is shared).
"""
from __future__ import annotations

from ..lexicon import words
from ..nlp.views import has_to_infinitive, objects

#: Adjectives that judge a course of action named by an extraposed infinitive (lexicon ``extraposition_adjective``:
#: "it is important to ...", "it would be wrong to ...", "make it impossible to ...").
EXTRAPOSITION_ADJECTIVES = words("extraposition_adjective")
#: People who arrive to live, work, study or invest (lexicon ``newcomer_noun``: "migrants", "investors").
NEWCOMER_NOUNS = words("newcomer_noun") | words("tourist_noun")
#: Times one may welcome (lexicon ``welcomed_time_noun``: "year", "century", "spring").
WELCOMED_TIME_NOUNS = words("welcomed_time_noun")
#: What one backs up with proof (lexicon ``corroborated_noun``: "claim", "optimism", "argument").
CORROBORATED_NOUNS = words("corroborated_noun")

_SUBJECTS = ("nsubj", "nsubjpass")


def _forms(tok) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _dummy_it(tok) -> bool:
    """True when ``tok`` has the subject "it" (itself, or on the copula it complements)."""
    holders = [tok] + ([tok.head] if tok.dep_ in ("acomp", "ccomp", "oprd", "xcomp") else [])
    return any(c.dep_ in _SUBJECTS and c.lower_ == "it" for h in holders for c in h.children)


def _evaluative(tok) -> bool:
    """True for an adjective of :data:`EXTRAPOSITION_ADJECTIVES` whose subject is "it"."""
    return tok.pos_ == "ADJ" and bool(_forms(tok) & EXTRAPOSITION_ADJECTIVES) and _dummy_it(tok)


def extraposed_evaluation(trig, rows: dict) -> bool:
    """Rule ``extraposed_evaluation``. Shape: a verbal trigger that is a to-infinitive with no subject of its own,
    hung on an adjective of :data:`EXTRAPOSITION_ADJECTIVES` (lexicon ``extraposition_adjective``) whose subject is
    the expletive "it", or on the copula of one: "It is really important to support head teachers in tackling
    disruption", "it would have been safer to seek a new resolution", "events make it impossible to dismiss the
    feud as hearsay". The infinitive is the clause the adjective judges; "it" stands for that clause, no party, and
    nobody is said to do the act (the parser made "it" the act's subject). Source: English grammar (extraposition);
    PLOVER manual (an event is an act of an actor); ANNOTATION.md (no commentary or opinion about the world in
    general). Kept: "It is important for Britain to support Ukraine" (a subject of its own), "the EU said it is
    ready to support Ukraine" ("ready" is no adjective of judgement: "it" is the EU)."""
    tok = trig.token
    if tok.pos_ != "VERB" or tok.dep_ not in ("xcomp", "advcl", "ccomp") or not has_to_infinitive(tok):
        return False
    if any(c.dep_ in _SUBJECTS or (c.dep_ == "mark" and c.lower_ == "for") for c in tok.children):
        return False
    head = tok.head
    if _evaluative(head):
        return True
    return head.lemma_.lower() == "be" and _dummy_it(head) and any(
        c.dep_ == "acomp" and c.pos_ == "ADJ" and _forms(c) & EXTRAPOSITION_ADJECTIVES for c in head.children)


def welcome_not_endorsement(trig, rows: dict) -> bool:
    """Rule ``welcome_not_endorsement``. Shape: a SUPPORT trigger on the verb "welcome" that greets or receives
    rather than approves: with "back" ("mockingly welcoming the chancellor back to the election campaign": a return
    greeted), or whose every object is a class of newcomers (lexicon ``newcomer_noun``, ``tourist_noun``: "the UK
    would welcome genuine economic migrants for key jobs", "Thailand welcomed 20 million tourists") or a time
    (lexicon ``welcomed_time_noun`` or a date: "newspapers welcomed the new century on their front pages"). SUPPORT
    approves another party or its policy ("welcomed the decision", "welcomed the ceasefire", which stay); a state
    receiving migrants, visitors or a new year approves nobody. A leader welcomed to a capital is the CONSULT host
    row, untouched here. Source: PLOVER manual, SUPPORT; the training stories."""
    tok = trig.token
    if trig.event != "SUPPORT" or tok.pos_ != "VERB" or tok.lemma_.lower() != "welcome":
        return False
    if any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in tok.children):
        return True
    objs = [o for o in objects(tok) if o.dep_ != "npadvmod"]
    return bool(objs) and all(
        o.pos_ == "NOUN" and (_forms(o) & (NEWCOMER_NOUNS | WELCOMED_TIME_NOUNS) or o.ent_type_ in ("DATE", "TIME"))
        for o in objs)


def corroborated_claim(trig, rows: dict) -> bool:
    """Rule ``corroborated_claim``. Shape: a SUPPORT trigger on "back up" (the verb "back" with the particle "up")
    whose every object is a claim, a view or a hope (lexicon ``corroborated_noun``): "he can produce impressive
    election results to back up his optimism", "the minister failed to back up his claims with evidence", "no data
    backs up the assertion". To back up a claim is to give proof of it: nobody is supported, and its refusal
    ("failed to back up") rejects nobody. "Backed up the police", "backed up Kyiv's request" stay. Source: PLOVER
    manual, SUPPORT (support of another party or its policy); the training stories."""
    tok = trig.token
    if trig.event != "SUPPORT" or tok.pos_ != "VERB" or tok.lemma_.lower() != "back":
        return False
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in tok.children):
        return False
    objs = objects(tok)
    return bool(objs) and all(o.pos_ == "NOUN" and _forms(o) & CORROBORATED_NOUNS for o in objs)


#: Verbs of the diplomatic-recognition rows (lexicon ``recognition_verb``: "recognise", "recognize").
RECOGNITION_VERBS = words("recognition_verb")


def recognised_attribute(trig, rows: dict) -> bool:
    """Rule ``recognised_attribute``. Shape: a SUPPORT trigger on a recognition verb (lexicon ``recognition_verb``)
    that is a past participle coordinated with an attributive modifier of a noun: "a region where all nations can
    live within secure and recognized boundaries", "inside safe and recognised borders" (the parser hangs it as a
    ``conj`` of the first modifier, itself ``amod``). It describes the borders; nobody recognises anybody in the
    sentence (an attributive participle is never a trigger: "the internationally recognized government"). Narrowed
    to recognition: the same shape with a verb of force ("looted and bombed villages") was measured to hold real
    events. A participle with an auxiliary, a subject, an object or a "by" agent is a clause and stays. Source:
    English grammar (coordinated attributive modifiers); CAMEO 054 (diplomatic recognition of a party); the
    training stories ("secure and recognized boundaries" was coded SUPPORT)."""
    tok = trig.token
    if trig.event != "SUPPORT" or tok.pos_ != "VERB" or tok.tag_ != "VBN" or tok.lemma_.lower() not in RECOGNITION_VERBS:
        return False
    if tok.dep_ != "conj" or tok.head.dep_ != "amod":
        return False
    return not any(c.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass", "dobj") for c in tok.children)


#: The rules of this module, in the order :data:`eventwire.events.triggers.TRIGGER_FILTERS` runs them.
SENSE_FILTERS = [extraposed_evaluation, welcome_not_endorsement, corroborated_claim, recognised_attribute]
