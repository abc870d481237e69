"""Accidents and natural hazards: a death or injury they cause is no attack (PLOVER manual, ASSAULT:
deliberate force). The coder drops such ASSAULT triggers ("killed in a car crash", "the earthquake killed
300", "a boiler exploded", "killed when their bus plunged off a bridge", "gas explosion"), and the
agentless hurts of a sentence that reports an accident ("Gas explosion kills 8, forty others are
injured"). Word lists: lexicon ``hazard_noun``, ``accident_verb``, ``accident_source``,
``exploding_weapon``, ``blast_noun``, ``explode_verb``, ``burst_verb``.
"""
from __future__ import annotations

from ..lexicon import words
from ..nlp.views import SUBJECTS, child, has_child, is_passive, marked_by, subject_of, word_forms

#: Accidents and natural hazards.
HAZARD_NOUNS = words("hazard_noun")
#: Modifiers of an explosion or fire that make it an accident ("gas explosion", "boiler blast").
ACCIDENT_SOURCES = words("accident_source")
#: What explodes in an attack ("a bomb exploded"); anything else exploding is an accident.
EXPLODING_WEAPONS = words("exploding_weapon")
#: Verbs of accidents ("the bus plunged off a bridge").
ACCIDENT_VERBS = words("accident_verb")
#: Nouns of a blast or fire ("Gas explosion at Bolivia Carnival kills 8").
BLAST_NOUNS = words("blast_noun")
#: Verbs of exploding ("a tank at the plant exploded").
EXPLODE_VERBS = words("explode_verb")
#: Verbs of a fire spreading ("when fire tore through an inn"): that fire is an accident, not gunfire.
FIRE_SPREAD_VERBS = words("fire_spread_verb")
#: Verbs of bursting in a "when" clause ("killed when the boiler blew up").
BURST_VERBS = words("burst_verb")
#: Markers of the clause that reports how somebody died ("killed when ...", "as ...", "after ...").
WHEN_MARKS = ("when", "after", "as")
#: Prepositions of a cause ("killed in a crash", "died after the storm", "killed by floods").
CAUSE_PREPS = ("in", "after", "during", "by")


def _hazard(x) -> bool:
    """A hazard noun, in any inflection ("Wildfires" at the start of a sentence is tagged a proper noun and
    keeps its plural as lemma), or a named hazard whose compound is one ("Cyclone Freddy", "Hurricane Ian")."""
    return bool(word_forms(x) & HAZARD_NOUNS) or (x.pos_ == "PROPN" and any(
        c.dep_ == "compound" and word_forms(c) & HAZARD_NOUNS for c in x.children))


def _accidental_blast(clause) -> bool:
    """A "when" clause of an accident: a hazard as its subject ("when floods hit", "when fire tore through an
    inn": lexicon ``fire_spread_verb``), an accident verb, or something other than a weapon exploding with no
    object or agent (not "when they blew themselves up": a deliberate blast)."""
    v = clause.lemma_.lower()
    subj = child(clause, *SUBJECTS)
    if subj is not None and (_hazard(subj) or (subj.lemma_.lower() == "fire" and v in FIRE_SPREAD_VERBS)):
        return True  # "killed when floods hit the valley", "killed when fire tore through an inn"
    return v in ACCIDENT_VERBS or (v in BURST_VERBS and not has_child(clause, "dobj", "agent") and (
        subj is None or (subj.pos_ == "NOUN" and subj.lemma_.lower() not in EXPLODING_WEAPONS)))


def hazard_cause(tok, actor_tok) -> bool:
    """True when what killed or hurt at trigger ``tok`` is an accident or natural hazard: the subject or
    agent ``actor_tok`` ("the earthquake killed", "killed by floods"), an "in"/"after" phrase with no agent
    ("killed in a car crash"), an explosion of an accident source ("gas explosion"), something other than a
    weapon exploding ("a boiler exploded"), or a "when" clause of an accident ("killed when their bus
    plunged off a bridge")."""
    if actor_tok is not None and _hazard(actor_tok):
        return True
    if actor_tok is not None and actor_tok.lemma_.lower() in BLAST_NOUNS and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in ACCIDENT_SOURCES for c in actor_tok.children):
        return True
    if tok.lemma_.lower() in EXPLODE_VERBS and not has_child(tok, "dobj", "agent"):
        subj = child(tok, *SUBJECTS)
        if subj is not None and subj.lemma_.lower() not in EXPLODING_WEAPONS:
            return True
    for c in tok.children:
        if c.dep_ == "advcl" and marked_by(c, WHEN_MARKS, ("mark", "advmod")) and _accidental_blast(c):
            return True
    cause = [c for c in tok.children if c.dep_ == "nsubj"]
    cause += [x for c in tok.children if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in CAUSE_PREPS))
              for x in c.children if x.dep_ == "pobj"]
    if not any(_hazard(x) for x in cause):
        return False
    # "killed in a crash by a drunk soldier": a named agent of another kind still acts
    agents = [x for c in tok.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
    return all(x.lemma_.lower() in HAZARD_NOUNS for x in agents)


def reports_accident(triggers, agent_noun) -> bool:
    """True when a verbal ASSAULT trigger of the sentence is an accident (:func:`hazard_cause` with its
    subject, none for a passive): the sentence's agentless hurts are that accident's."""
    return any(t.event == "ASSAULT" and t.row.pos == "V" and hazard_cause(
        t.token, subject_of(t.token, agent_noun) if not is_passive(t.token) else None) for t in triggers)
