"""Conditional clauses and phrases: the words that make an act a supposition ("if talks fail", "as long as Russia
continues its attacks", "in the event of an invasion"). A module of its own, read by :mod:`eventwire.events.modality`
(the status of acts inside a condition) and :mod:`eventwire.events.attribution` (a speech verb inside a condition is
no source), which read each other otherwise. Source: grammar (conditional subordinators and complex prepositions);
PLOVER manual, auxiliary modes ("hypothetical: 'If Russian forces were to cross the border ...'")."""
from __future__ import annotations

from ..lexicon import words
from ..nlp.views import sent_of


#: Word sequences that open a conditional clause or phrase (lexicon ``conditional_opener``: "if", "unless", "in case",
#: "provided that", "as long as", "in the event of"), each a tuple of lower-case words.
CONDITIONAL_OPENERS = frozenset(tuple(w.split()) for w in words("conditional_opener"))
#: Word sequences ending in a conditional word that open no condition (lexicon ``nonconditional_opener``: "as if").
NONCONDITIONAL_OPENERS = frozenset(tuple(w.split()) for w in words("nonconditional_opener"))
#: Verbs whose "if" clause is an indirect question (lexicon ``if_question_verb``: "asked if", "to see if").
IF_QUESTION_VERBS = words("if_question_verb")
#: Openers a clause of any attachment can follow ("providing it is ratified": the parser hangs the clause on
#: "providing" as ``ccomp``; "on condition that X halts", an ``acl`` of "condition"): not a bare "if"/"unless",
#: whose clause must be ``advcl`` (a ``ccomp`` "if" is an indirect question: "asked if the SAS had been there").
_CLAUSAL_ONLY = frozenset({("if",), ("unless",)})
#: Dependencies of a clause a conditional opener can introduce.
_CONDITION_DEPS = ("advcl", "ccomp", "acl", "relcl", "conj", "pcomp")
#: The last words of the conditional openers (a clause whose preceding word is none of them has no opener).
_OPENER_ENDS = frozenset(o[-1] for o in CONDITIONAL_OPENERS)


def _opener(words_before: list[str]):
    """The conditional opener that ``words_before`` (lower-case, in text order) end with, or None; an opener
    of lexicon ``nonconditional_opener`` ("as if") opens none."""
    for n in (4, 3, 2, 1):
        if len(words_before) >= n and tuple(words_before[-n:]) in NONCONDITIONAL_OPENERS:
            return None
    for n in (4, 3, 2, 1):
        if len(words_before) >= n and tuple(words_before[-n:]) in CONDITIONAL_OPENERS:
            return tuple(words_before[-n:])
    return None


def conditional_clause(t) -> bool:
    """True when ``t`` heads a conditional clause: a clause (:data:`_CONDITION_DEPS`) opened by a word sequence of
    lexicon ``conditional_opener`` -- its leading marks ("if", "even if", "unless", "that" of "provided that")
    and the words just before them ("as long as", "in case", "providing", "on condition that", "in the event
    that"). A bare "if"/"unless" opens an adverbial clause only (``advcl``), and not under a verb of asking or
    finding out (lexicon ``if_question_verb``: "asked if", "to see if" are questions); "as if" is a comparison
    (lexicon ``nonconditional_opener``). Shapes: "the EU will impose sanctions if talks fail", "unless Iran
    halts enrichment", "provided that the UN approves the mission", "as long as Russia continues its attacks",
    "in case Russia's embassy is attacked". Source: grammar (conditional subordinators); PLOVER manual, auxiliary
    modes ("hypothetical: 'If Russian forces were to cross the border ...'")."""
    if t.dep_ not in _CONDITION_DEPS or t.head.i == t.i:
        return False
    if inverted_condition(t):
        return True
    doc, start = t.doc, t.left_edge.i
    lead = start
    while lead < t.i and doc[lead].dep_ in ("mark", "advmod") and doc[lead].head.i == t.i:
        lead += 1  # "even if", "if", "that" of "provided that": the clause's own opening words
    first = max(sent_of(t).start, start - 4)
    if lead <= first or doc[lead - 1].lower_ not in _OPENER_ENDS:
        return False  # no word before the clause that an opener ends with: :func:`_opener` finds none
    before = [x.lower_ for x in doc[first:lead]]
    got = _opener(before)
    if got is None:
        return False
    if got in _CLAUSAL_ONLY or got[-1] == "if":
        return t.dep_ == "advcl" and t.head.lemma_.lower() not in IF_QUESTION_VERBS
    return True


#: Auxiliaries that open a condition by inversion ("Had Russia invaded ...", "Were China to blockade ...",
#: "Should talks fail ...").
INVERSION_AUXILIARIES = frozenset({"had", "were", "should"})


def inverted_condition(t) -> bool:
    """Rule ``inverted_condition``: True when ``t`` heads an adverbial clause opened by an auxiliary before its
    subject, the condition by inversion: "Had Russia invaded Finland, NATO would have intervened", "Were China to
    blockade Taiwan, ...", "Should talks fail, ...". The clause's first word is an auxiliary of
    :data:`INVERSION_AUXILIARIES` that hangs on ``t`` and comes before ``t``'s subject. Source: grammar (subject-
    auxiliary inversion in conditionals); PLOVER manual, auxiliary modes (hypothetical); fresh user ("Had Russia
    invaded Finland" was coded as an invasion)."""
    if t.dep_ != "advcl":
        return False
    first = t.doc[t.left_edge.i]
    if first.lower_ not in INVERSION_AUXILIARIES or first.head.i != t.i or first.dep_ not in ("aux", "auxpass"):
        return False
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.i > first.i


def conditional_phrase(t) -> bool:
    """True when ``t`` is the object of a conditional prepositional phrase ("in case of an attack", "in the event
    of an invasion"): the object of "of" after an opener of lexicon ``conditional_opener`` ending in "of". Source:
    grammar (complex prepositions of condition); PLOVER manual, auxiliary modes."""
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    of = t.head
    before = [x.lower_ for x in t.doc[max(sent_of(t).start, of.i - 3):of.i + 1]]
    return _opener(before) is not None
