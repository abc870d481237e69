"""Accidents and natural hazards: a death or injury they cause is no attack (PLOVER manual, ASSAULT:
deliberate force). The coder drops such ASSAULT triggers ("killed in a car crash", "the earthquake killed
300", "a boiler exploded", "killed when their bus plunged off a bridge", "gas explosion"), and the
agentless hurts of a sentence that reports an accident ("Gas explosion kills 8, forty others are
injured"). Word lists: lexicon ``hazard_noun``, ``accident_verb``, ``accident_source``,
``exploding_weapon``, ``blast_noun``, ``explode_verb``, ``burst_verb``.
"""
from __future__ import annotations

import functools
import re

from ..lexicon import words
from ..nlp.views import SUBJECTS, child, has_child, is_passive, marked_by, shared_agents, subject_of, word_forms

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


#: Titles that introduce a storm's name (lexicon ``named_hazard_title``: "Cyclone Freddy", "Tropical Storm Ana").
NAMED_HAZARD_TITLES = words("named_hazard_title")
#: ``Doc.user_data`` key of the names of the hazards the article names (:func:`mark_named_hazards`).
HAZARD_NAMES_KEY = "eventwire_hazard_names"
#: What may follow a storm's title and is no storm's name: "Storm Shadow missiles" are weapons.
_NOT_HAZARD_NAME_NEXT = re.compile(r"\s+(?:missiles?|cruise|jets?|fighters?|aircraft|planes?)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _hazard_title_re() -> re.Pattern:
    titles = sorted(NAMED_HAZARD_TITLES, key=len, reverse=True)
    alt = "|".join(re.escape(w.capitalize()) for w in titles)
    name = rf"(?!(?:{alt})s?\b)[A-Z][a-z]+"  # a name, not the next title ("Hurricane Milton and Hurricane Helene")
    return re.compile(rf"\b(?:{alt})s?\s+({name}(?:(?:,\s*|,?\s+and\s+){name})*)\b")


def named_hazards(text: str) -> frozenset[str]:
    """Names of the storms ``text`` introduces with their title: "Cyclone Freddy", "Tropical Storm Ana", "Cyclones
    Chido and Dikeledi" -> {"Freddy", "Ana", "Chido", "Dikeledi"}; titles are the lexicon ``named_hazard_title``
    words, capitalised ("Accident Investigation Board" names no storm). "Storm Shadow missiles" name a weapon, not a
    storm. One regular expression pass over the text."""
    out: set[str] = set()
    for m in _hazard_title_re().finditer(text):
        if _NOT_HAZARD_NAME_NEXT.match(text, m.end()):
            continue
        out.update(n for n in re.split(r",\s*|\s+and\s+|,", m.group(1)) if n and n != "and")
    return frozenset(out)


def mark_named_hazards(text: str, docs) -> None:
    """Store :func:`named_hazards` of the article ``text`` in each of its ``docs`` (spaCy Docs of its segments), so
    that a later bare mention is a hazard too: "Cyclones Chido and Dikeledi ... Malawi was struck by Chido in
    December" is no attack (PLOVER manual, ASSAULT: deliberate force by an actor)."""
    names = named_hazards(text)
    for d in docs:
        d.user_data[HAZARD_NAMES_KEY] = names


def is_hazard(x) -> bool:
    """A hazard noun, in any inflection ("Wildfires" at the start of a sentence is tagged a proper noun and
    keeps its plural as lemma), a named hazard whose compound is one ("Cyclone Freddy", "Hurricane Ian"), or the
    bare name of a hazard the article named with its title (:func:`mark_named_hazards`: "struck by Chido")."""
    return bool(word_forms(x) & HAZARD_NOUNS) or (x.pos_ == "PROPN" and (any(
        c.dep_ == "compound" and word_forms(c) & HAZARD_NOUNS for c in x.children) or
        x.text in x.doc.user_data.get(HAZARD_NAMES_KEY, ())))


def _accidental_blast(clause) -> bool:
    """A "when" clause of an accident: a hazard as its subject ("when floods hit", "when fire tore through an
    inn": lexicon ``fire_spread_verb``), an accident verb, or something other than a weapon exploding with no
    object or agent (not "when they blew themselves up": a deliberate blast)."""
    v = clause.lemma_.lower()
    subj = child(clause, *SUBJECTS)
    if subj is not None and (is_hazard(subj) or (subj.lemma_.lower() == "fire" and v in FIRE_SPREAD_VERBS)):
        return True  # "killed when floods hit the valley", "killed when fire tore through an inn"
    return v in ACCIDENT_VERBS or (v in BURST_VERBS and not has_child(clause, "dobj", "agent") and (
        subj is None or (subj.pos_ == "NOUN" and subj.lemma_.lower() not in EXPLODING_WEAPONS)))


def hazard_cause(tok, actor_tok) -> bool:
    """True when what killed or hurt at trigger ``tok`` is an accident or natural hazard: the subject or
    agent ``actor_tok`` ("the earthquake killed", "killed by floods", "destroyed or submerged by floods": the agent a
    coordination shares, :func:`~eventwire.nlp.views.shared_agents`), an "in"/"after" phrase with no agent
    ("killed in a car crash"), an explosion of an accident source ("gas explosion"), something other than a
    weapon exploding ("a boiler exploded"), or a "when" clause of an accident ("killed when their bus
    plunged off a bridge")."""
    if actor_tok is not None and is_hazard(actor_tok):
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
    cause += [x for c in tok.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS for x in c.children
              if x.dep_ == "pobj"]
    # the "by" agent, also a coordinated participle's ("destroyed or submerged by floods")
    agents = shared_agents(tok)
    cause += agents
    if not any(is_hazard(x) for x in cause):
        return False
    # "killed in a crash by a drunk soldier": a named agent of another kind still acts
    return all(x.lemma_.lower() in HAZARD_NOUNS for x in agents)


def reports_accident(triggers, agent_noun) -> bool:
    """True when a verbal ASSAULT trigger of the sentence is an accident (:func:`hazard_cause` with its
    subject, none for a passive): the sentence's agentless hurts are that accident's."""
    return any(t.event == "ASSAULT" and t.row.pos == "V" and hazard_cause(
        t.token, subject_of(t.token, agent_noun) if not is_passive(t.token) else None) for t in triggers)
