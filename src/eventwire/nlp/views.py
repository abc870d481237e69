"""Views over a spaCy parse: what the coding rules read instead of dependency labels spread everywhere.

Downstream of :mod:`eventwire.nlp`, rules ask these functions ("the subject of this verb", "is it
passive", "the objects of the preposition 'with' on it") so that the model can be swapped (the labels
are spaCy's English ClearNLP scheme, shared by ``en_core_web_sm/md/lg/trf``) and the repairs of the small
model's known errors live in one place:

* lemmas it gets wrong, read by surface form (``data/lexicon``, list ``lemma_fix``: "raped" -> "rap");
* a subject parsed as a compound in headlines ("Russia attacks Ukraine"), a first name read as a
  preposition ("Barack/ADP Obama met"), a reduced relative parsed as the subject ("The Red Cross operating
  in Iraq said"), a past participle made the root of a reduced passive ("Two journalists detained in
  Syria were freed": :func:`bare_participle`), the subject of a clause joined by "and" read as one more
  object of the first verb ("attacked Gaza and Turkey condemned Israel": :func:`object_conjunct_subject`).

All functions take spaCy ``Token`` objects and return tokens, lists of tokens or booleans; none raises.
"""
from __future__ import annotations

import bisect
import threading
import weakref
from typing import Callable, Iterable

import numpy

from ..lexicon import mapping, words

#: Dependency labels, grouped by the role the rules read.
SUBJECT = "nsubj"
PASSIVE_SUBJECT = "nsubjpass"
SUBJECTS = ("nsubj", "nsubjpass")
OBJECT = "dobj"
#: Children that stand as the object of a verb (direct, dative, attribute, predicate).
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
PREP = "prep"
POBJ = "pobj"
NOUNS = ("NOUN", "PROPN")
VERBS = ("VERB", "AUX")
#: Modifiers of a noun that may name its owner or nationality ("Russian", "the Kremlin's", "US").
NOUN_MODIFIERS = ("amod", "compound", "nmod")

#: Surface forms the small model lemmatises wrongly (data/lexicon, list ``lemma_fix``).
LEMMA_FIXES = mapping("lemma_fix")
#: Heads that measure or divide their "of" phrase: "tons of aid" stands for the aid.
PARTITIVE_HEADS = words("partitive_head")
#: "Serb forces were engaged in ethnic cleansing": verbs whose passive subject is the doer.
ENGAGED_VERBS = words("engaged_verb")
#: Verbs whose object does their to-infinitive (lexicon ``object_control_verb``: "prompting Kiev to call for ...").
OBJECT_CONTROL_VERBS = words("object_control_verb")
#: Verbs by which a party stops what another drafts (lexicon ``thwarting_verb``: "blocked an EU statement criticizing
#: China", "vetoed a resolution condemning the coup"): the participle on their object is not their act.
THWARTING_VERBS = words("thwarting_verb")
#: Verbs that address a message "to" someone ("has written to Blair demanding ...").
ADDRESSING_VERBS = words("addressing_verb")
#: Intransitive verbs of a crowd's act ("protested", "marched"): no reduced passive on a root noun.
CROWD_ACT_VERBS = words("crowd_act_verb")
#: "the Red Cross operating in Iraq said": markers that end a subject search in an adverbial clause.
_ADVCL_NO_SUBJECT = ("if", "because", "after", "when", "while", "although")
#: Prepositions through which a gerund takes the subject of the verb above ("by shelling", "after meeting").
_PCOMP_SUBJECT_PREPS = ("about", "after", "before", "by", "in", "without", "against", "to")


def lemma(tok) -> str:
    """Lower-case lemma of ``tok``."""
    return tok.lemma_.lower()


def repaired_lemma(tok) -> str:
    """Lower-case lemma with the model's known lemma errors repaired by surface form ("raped" -> "rape",
    not "rap")."""
    return LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())


def word_forms(tok) -> set[str]:
    """Lemma, lower-case form and naive de-inflections of a token (the model's lemmatizer misses some
    verbs: "staged" -> "stag")."""
    w = tok.lower_
    forms = {tok.lemma_.lower(), w}
    for suf, rep in (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", ""), ("es", "")):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            forms.add(w[: -len(suf)] + rep)
    return forms


def is_root(tok) -> bool:
    """True for the root of its sentence (its own head)."""
    return tok.head.i == tok.i


def children(tok, *deps: str) -> list:
    """Children of ``tok`` with one of the dependency labels ``deps``, in sentence order."""
    doc = tok.doc
    cols = doc_columns(doc)  # the children's labels without a Token per child: a Token for those kept only
    labels = cols.deps
    return [doc[k] for k in cols.children[tok.i] if labels[k] in deps]


def child(tok, *deps: str):
    """The first child of ``tok`` with one of ``deps``, or None."""
    return next((c for c in tok.children if c.dep_ in deps), None)


def has_child(tok, *deps: str) -> bool:
    """True when ``tok`` has a child with one of ``deps``."""
    return any(c.dep_ in deps for c in tok.children)


def child_labels(tok) -> list[str]:
    """The dependency labels of ``tok``'s children, in order (``[c.dep_ for c in tok.children]``), read off the Doc's
    columns (:func:`doc_columns`) without a Token per child."""
    cols = doc_columns(tok.doc)
    deps = cols.deps
    return [deps[k] for k in cols.children[tok.i]]


def has_word_child(tok, dep: str, forms: Iterable[str]) -> bool:
    """True when ``tok`` has a child labelled ``dep`` whose lower-case form is in ``forms``."""
    return any(c.dep_ == dep and c.lower_ in forms for c in tok.children)


def pobjs(prep) -> list:
    """Objects of the preposition ``prep``."""
    return [x for x in prep.children if x.dep_ == POBJ]


def preps(tok, forms: Iterable[str] | None = None, deps: tuple = (PREP,)) -> list:
    """Prepositions on ``tok`` (children labelled ``deps``), only those in ``forms`` when given."""
    doc = tok.doc
    cols = doc_columns(doc)  # the children's labels without a Token per child: a Token for those of the labels
    labels = cols.deps
    return [c for k in cols.children[tok.i] if labels[k] in deps
            for c in (doc[k],) if forms is None or c.lower_ in forms]


def prep_objects(tok, forms: Iterable[str] | None = None, deps: tuple = (PREP,)) -> list:
    """Objects of the prepositions on ``tok`` (those in ``forms`` when given): "talks with Russia" -> Russia."""
    return [x for c in preps(tok, forms, deps) for x in c.children if x.dep_ == POBJ]


def is_passive(tok) -> bool:
    """True when ``tok`` has a passive auxiliary or a passive subject ("were shelled")."""
    cols = doc_columns(tok.doc)  # the children's labels without a Token per child
    deps = cols.deps
    for k in cols.children[tok.i]:
        if deps[k] in ("auxpass", "nsubjpass"):
            return True
    return False


def passive_conjunct(tok):
    """The passive verb whose auxiliary and subject the coordinated verb ``tok`` shares, or None: "the hacker was
    arrested in Spain and extradited to the United States", "two activists were detained and deported" (the
    auxiliary "was" governs both participles; the small model often tags the bare second one VBD, the past
    tense, whose form is the participle's for a regular verb). ``tok`` is a ``conj`` of a verb with a passive
    auxiliary and a passive subject, tagged VBN or VBD, with no subject, active auxiliary or direct object of its
    own ("was indicted and will resign", "was criticised and accused the minister" are active). Whether the verb
    can be passive at all (it takes an object; "was arrested and fled" is active) is the caller's to judge.
    Grammar: English coordination of passive participles under one auxiliary (Quirk et al. 13.48)."""
    h = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in ("VBN", "VBD") or h.i == tok.i:
        return None
    if not any(c.dep_ == "auxpass" for c in h.children) or not any(c.dep_ == PASSIVE_SUBJECT for c in h.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj", "dative") for c in tok.children):
        return None
    return h


def shared_agents(tok) -> list:
    """The "by" agents (objects of ``agent`` children) of the passive participle ``tok``, or, when it has none, those
    of a passive participle coordinated after it with no subject of its own, which the coordination shares: "homes
    were destroyed or burned by the rebels" -> [rebels] for "destroyed" too. A conjunct with its own agent keeps it
    ("destroyed by the army or submerged by floods": the army destroyed). Grammar (English coordination of passive
    participles sharing a complement), no vocabulary."""
    own = [x for c in tok.children if c.dep_ == "agent" for x in c.children if x.dep_ == POBJ]
    if own:
        return own
    for cj in tok.children:
        if cj.dep_ == "conj" and cj.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cj.children):
            got = [x for c in cj.children if c.dep_ == "agent" for x in c.children if x.dep_ == POBJ]
            if got:
                return got
    return []


def has_to_infinitive(tok) -> bool:
    """True when ``tok`` is a to-infinitive ("to attack")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


#: Verbs of saying that may close a headline after its clause ("Biden to visit Kyiv, White House says"; lexicon
#: ``announce_verb``).
_TRAILING_SPEECH = words("announce_verb")
#: Nouns whose to-infinitive is their content, not a telegraphic predicate ("Bid to oust PM", "Calls to boycott
#: Games"; lexicons ``modal_noun``, ``demand_governor``).
_CONTENT_NOUNS = words("modal_noun") | words("demand_governor")


def _after_speech(tok, v) -> bool:
    """True when ``tok`` hangs on a verb of saying that follows clause ``v`` ("..., White House says")."""
    return tok.head.i != tok.i and tok.head.i > v.i and tok.head.lemma_.lower() in _TRAILING_SPEECH


def telegraphic_infinitive(v) -> bool:
    """True when the to-infinitive ``v`` is the main predicate of a clause with no finite verb: the telegraphic
    "is to" of headlines, an act announced or planned ("Biden to visit Kyiv", "EU to impose new sanctions on Iran",
    "Putin, Erdogan to meet next week", "Iran to be sanctioned"), also before a trailing attribution ("Biden to
    visit Kyiv, White House says"). Conjoined infinitives share it ("US to send troops, boost aid"). Two shapes of
    the small model:

    - the infinitive has its own subject and is the root, or the clausal complement of a verb of saying that
      follows it ("Biden to visit Kyiv": ``visit`` ROOT with ``nsubj`` Biden);
    - the infinitive hangs (``acl``/``relcl``) on the noun phrase that opens the sentence, right after it, and that
      noun is the root or hangs on a verb of saying that follows ("EU to impose ...": ``EU`` ROOT, ``impose``
      ``acl``); a noun whose infinitive is its content is no subject ("Bid to oust PM": lexicons ``modal_noun``,
      ``demand_governor``).

    Not: "for Assad to step down" (a marker), "wants Putin to attack" (the governing verb comes first), "the
    decision to impose sanctions" inside a finite clause (the noun does not open a verbless sentence). Source:
    English grammar (headlines drop the "is" of "is to"; the Associated Press Stylebook, headlines: "use the
    infinitive for the future")."""
    while v.dep_ == "conj" and v.head.i != v.i and v.head.pos_ in VERBS:
        v = v.head
    to = next((c for c in v.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < v.i), None)
    if to is None or any(c.dep_ == "mark" for c in v.children):
        return False
    if v.tag_ != "VB" and not (v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in v.children)):
        return False
    if any(c.dep_ in SUBJECTS and c.i < to.i for c in v.children):
        return v.dep_ == "ROOT" or (v.dep_ in ("ccomp", "parataxis") and _after_speech(v, v))
    if v.dep_ not in ("acl", "relcl"):
        return False
    n = v.head
    if n.pos_ not in NOUNS or n.lemma_.lower() in _CONTENT_NOUNS or n.i > v.i:
        return False
    if not (n.dep_ == "ROOT" or _after_speech(n, v)):
        return False
    own = {t.i for t in n.subtree} - {t.i for t in v.subtree}
    return all(i in own for i in range(sent_of(n).start, to.i))


def marked_by(tok, forms: Iterable[str], deps: tuple = ("mark",)) -> bool:
    """True when a clause marker of ``forms`` introduces ``tok`` ("if", "when", "that")."""
    return any(m.dep_ in deps and m.lower_ in forms for m in tok.children)


def _clauses_after_noun(tok, deps: tuple) -> list:
    """To-infinitive ``advcl`` clauses the parser hung on the verb above the noun ``tok`` (of dependency ``deps``)
    although they begin right after its noun phrase ("renewed its call for Assad to step down", "stepped up
    pressure on Beijing to release the activists"): the noun's own complement clauses. An addressee phrase the
    parser hung on the same verb may come between ("renewed its plea to Egypt to free the journalists": "to Egypt"
    and "to free" both on "renewed", :data:`ADDRESSEE_PREPS`)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in deps:
        return []
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head
    nxt = tok.right_edge.i + 1
    starts = {nxt} | {c.right_edge.i + 1 for c in gov.children
                      if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS and c.i == nxt}
    return [c for c in gov.children if c.dep_ == "advcl" and has_to_infinitive(c) and c.left_edge.i in starts]


#: Prepositions of the party a call or plea is addressed to ("its call on Iran to stop", "its plea to Egypt to free").
ADDRESSEE_PREPS = frozenset({"to", "on", "upon"})


def for_to_clause(tok):
    """The for-to infinitive clause on ``tok`` ("called for Assad to step down", "calls for the president to
    resign": a clause marked "for" with a subject and a to-infinitive, which the parser hangs on the word as
    ``advcl``/``acl``/``ccomp``), or None. On a noun, the parser often hangs the clause on the verb above it
    ("renewed its call for Assad to step down": ``step`` is an ``advcl`` of ``renewed``); such a clause is the
    noun's when it directly follows the noun phrase (:func:`_clauses_after_noun`). Grammar: the English for-to
    complement (Quirk et al. 16.40)."""
    for c in tok.children:
        if c.dep_ in ("advcl", "acl", "ccomp") and has_to_infinitive(c) and marked_by(c, ("for",)):
            return c
    return next((c for c in _clauses_after_noun(tok, ("dobj", "pobj", "nsubj", "nsubjpass", "attr"))
                 if marked_by(c, ("for",))), None)


def noun_infinitive(tok):
    """The to-infinitive clause that completes the noun ``tok`` ("Turkey's demand to expel the diplomats",
    "pressure on Beijing to release the activists", "its request for Mali to allow flights"), or None: an ``acl``
    to-infinitive on the noun, a for-to clause (:func:`for_to_clause`), or an ``advcl`` to-infinitive the parser
    hung on the verb above the noun when it begins right after the noun phrase (:func:`_clauses_after_noun`).
    Grammar: noun complement clauses (Quirk et al. 17.26)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in tok.children:
        if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX") and has_to_infinitive(c):
            return c
    ft = for_to_clause(tok)
    if ft is not None:
        return ft
    return next((c for c in _clauses_after_noun(tok, ("dobj", "pobj")) if c.pos_ in ("VERB", "AUX")), None)


def governing_chain(tok, max_up: int = 6) -> list:
    """``tok`` and the words above it up to the sentence root (at most ``max_up`` steps)."""
    chain = [tok]
    doc = tok.doc
    heads = doc_columns(doc).heads  # the heads' indices without a Token per step: a Token for each word kept
    i = tok.i
    for _ in range(max_up):
        h = heads[i]
        if h == i:
            break
        i = h
        chain.append(doc[i])
    return chain


def governed_by(tok, lemmas: Iterable[str], depth: int = 3) -> bool:
    """True when a verb of ``lemmas`` governs ``tok`` through a chain of ``xcomp`` ("refused to meet",
    "declined to try to resign")."""
    t = tok
    for _ in range(depth):
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        if t.head.lemma_.lower() in lemmas:
            return True
        t = t.head
    return False


def objects(tok) -> list:
    """What ``tok`` acts on: direct and dative objects, attributes, the passive subject of a passive, a
    noun parsed as an adverbial ("gave the French ambassador 48 hours"), their conjuncts, and what a
    measure or part stands for ("provide 25,000 tons of food aid": the aid; "provide $300 million in military aid",
    a sum of money: the aid)."""
    doc = tok.doc
    cols = doc_columns(doc)  # one pass over the children's labels, a Token for the objects only
    deps = cols.deps
    objs, passive, subj, adverbial = [], False, [], []
    for k in cols.children[tok.i]:
        dep = deps[k]
        if dep in OBJECT_DEPS:
            objs.append(doc[k])
        elif dep == "auxpass":
            passive = True
        elif dep == PASSIVE_SUBJECT:
            subj.append(doc[k])
        elif dep == "npadvmod" and (c := doc[k]).pos_ == "NOUN":
            adverbial.append(c)
    if passive:
        objs += subj
    objs += adverbial
    more = []
    for o in objs:
        more += conjuncts(o)
        if o.lemma_.lower() in PARTITIVE_HEADS or o.pos_ == "NUM":
            more += prep_objects(o, ("of",))
        if o.ent_type_ == "MONEY":
            # "provide $300 million in military aid", "approved 50 billion euros in aid": a sum stands for what it is in
            more += prep_objects(o, ("in",))
    return objs + more


def _next_token(tok):
    """The token after ``tok`` in its doc (``tok`` itself at the end)."""
    return tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok


def object_conjunct_subject(v):
    """The subject of a conjoined clause that the small model read as one more object of the first verb:
    "Israeli jets attacked Gaza and Turkey condemned Israel" is parsed "attacked [Gaza and Turkey]" with
    "condemned" a subjectless conjunct of "attacked". A finite verb that directly follows a conjoined noun
    cannot share the first verb's subject (a shared subject needs the "and" before the verb: "attacked Gaza and
    condemned ..."), so the noun is its subject, and :func:`objects` no longer gives it to the first verb.
    Returns that noun token, or None when ``v`` is not such a verb. English syntax, not a lexicon."""
    if v.dep_ != "conj" or v.tag_ not in ("VBD", "VBZ", "VBP") or v.i == 0 or \
            any(c.dep_ in SUBJECTS for c in v.children):
        return None
    p = v.doc[v.i - 1]
    if p.dep_ == "conj" and p.pos_ in NOUNS and p.head.dep_ in OBJECT_DEPS and p.head.head.i == v.head.i:
        return p
    return None


def conjuncts(tok) -> list:
    """The members coordinated with ``tok`` (``tok.conjuncts``), without the subject of a following clause that
    the model joined to them (:func:`object_conjunct_subject`: "attacked Gaza and Turkey condemned Israel")."""
    return [x for x in tok.conjuncts if not _hidden_subject(x)]


def _hidden_subject(tok) -> bool:
    """True when ``tok`` is the subject :func:`object_conjunct_subject` finds for the verb after it."""
    got = object_conjunct_subject(_next_token(tok))
    return got is not None and got.i == tok.i


def _headline_subject(v):
    """Headline style "Russia attacks Ukraine": the subject parsed as a compound; the small model's
    "Barack/ADP Obama ... met": a first name read as a preposition. None when neither."""
    for c in v.children:
        if c.dep_ in ("compound", "npadvmod", "nmod") and c.i < v.i and v.pos_ == "VERB" and \
                c.pos_ in NOUNS and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            return c
    for c in v.children:
        if c.dep_ == PREP and c.i < v.i and c.ent_type_ == "PERSON" and c.i == sent_of(c).start:
            return c
    return None


def _verbless_root_subject(v):
    """"Israeli air strikes killed at least 20 people in Gaza": the small model may read the sentence as one noun
    phrase, the verb a participle on its root noun ("strikes" ROOT, "killed" acl). A past form with a direct object
    and no passive auxiliary is no participle of that noun but its verb: the root noun is the subject. None
    otherwise ("the strikes carried out last week": no object). An intransitive verb of a crowd's act (lexicon
    ``crowd_act_verb``) needs no object: "Hundreds of students protested in Seoul" has no passive reading (but a
    "by" agent makes one)."""
    n = v.head
    if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or n.pos_ not in NOUNS:
        return None
    # the noun is the sentence's root, or one of two subjects of the verb of saying that follows ("Israeli air
    # strikes killed 20 people, health officials said": "strikes" and "officials" both subjects of "said")
    if n.dep_ != "ROOT" and not (n.dep_ == SUBJECT and sum(c.dep_ == SUBJECT for c in n.head.children) > 1):
        return None
    if any(c.dep_ in ("auxpass", "aux") for c in v.children):
        return None
    if not any(c.dep_ == OBJECT for c in v.children) and not (
            v.lemma_.lower() in CROWD_ACT_VERBS and not any(c.dep_ == "agent" for c in v.children)):
        return None
    return n


def addressee_of(v):
    """The addressee a participle hangs on when it says what a message "to" someone asks or states ("Michael Howard
    has written to Tony Blair demanding an inquiry": Blair; "appealed to the UN urging ..."): the object of "to" on
    a verb of :data:`ADDRESSING_VERBS`; None otherwise ("fired on protesters demanding ...": the protesters
    demand)."""
    if v.tag_ != "VBG":
        return None
    if v.dep_ == "acl" and v.head.dep_ == POBJ and v.head.head.lower_ == "to" and \
            v.head.head.head.lemma_.lower() in ADDRESSING_VERBS:
        return v.head
    if v.dep_ == "advcl" and v.head.lemma_.lower() in ADDRESSING_VERBS:
        # "Amnesty has written to the government urging ...", "sent a letter to the president demanding ...": the
        # participle parsed on the verb
        return next(iter(prep_objects(v.head, ("to",), (PREP, "dative"))), None)
    if v.dep_ == "acl" and v.head.dep_ == OBJECT and v.head.head.lemma_.lower() in ADDRESSING_VERBS:
        # "wrote a letter to Obama urging him to act": the participle on the message written
        return next(iter(prep_objects(v.head, ("to",)) + prep_objects(v.head.head, ("to",), (PREP, "dative"))), None)
    return None


def subject_of(v, agent_noun: Callable[[str], bool] | None = None, depth: int = 0):
    """The subject of verb ``v``, followed up through control and raising ("Obama is scheduled to attend":
    Obama), conjunctions, purpose and gerund clauses ("by shelling"), relative clauses (the noun) and
    participles on a noun ("issued a declaration demanding ...": the issuer, unless the noun is an agent
    noun by ``agent_noun(lemma)``, which does its own participle: "demonstrators protesting", or the verb stops
    what the noun drafts, lexicon ``thwarting_verb``: "blocked an EU statement criticizing China" gives no
    subject; fresh user, Hungary was the critic); with the
    repairs of the model's misparses (see module doc). None when there is none."""
    if depth > 6:
        return None
    doc = v.doc
    cols = doc_columns(doc)  # the children's labels and words without a Token per child: a Token for subjects only
    deps = cols.deps
    subjects = [c for k in cols.children[v.i] if deps[k] == SUBJECT for c in (doc[k],) if c.lower_ != "there"]
    if len(subjects) > 1:
        # "Sudan's paramilitary Rapid Support Forces shelled ...": the small model may make a modifier of the
        # subject a second subject; the noun is the subject, not the adjective
        nouns = [c for c in subjects if c.pos_ in ("NOUN", "PROPN", "PRON")]
        subjects = nouns or subjects
    if subjects:
        c = subjects[0]
        if c.tag_ == "VBG":
            # "The Red Cross operating in Iraq said ...": a reduced relative parsed as the subject
            inner = next((x for x in c.children if x.dep_ == SUBJECT and x.i < c.i), None)
            if inner is not None:
                return inner
        return c
    if v.lemma_.lower() in ENGAGED_VERBS:
        # "Serb forces were engaged in ethnic cleansing": a state, not a passive
        got = child(v, PASSIVE_SUBJECT)
        if got is not None:
            return got
    got = _headline_subject(v) or _verbless_root_subject(v)
    if got is not None:
        return got
    got = object_conjunct_subject(v)
    if got is not None:
        return got
    if v.dep_ in ("xcomp", "advcl", "conj", "acomp") and v.head.i != v.i:
        if v.dep_ == "advcl" and marked_by(v, _ADVCL_NO_SUBJECT):
            return None
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in OBJECT_CONTROL_VERBS:
            # "prompting Kiev to call for his release", "the attack forced Syria to seek help": the object does
            # the complement (object control; lexicon object_control_verb)
            got = child(v.head, OBJECT)
            if got is not None:
                return got
        if v.dep_ == "xcomp" or (v.dep_ == "conj" and not has_child(v.head, SUBJECT)):
            # "Obama is scheduled to attend", "X was invited to join": the passive subject of the governor
            # does the complement; "X has been indicted ... and will resign": conjoined verbs share it
            got = child(v.head, PASSIVE_SUBJECT)
            if got is not None:
                return got
        return subject_of(v.head, agent_noun, depth + 1)
    if v.dep_ == "pcomp" and v.head.head.pos_ in NOUNS:
        # "contacted counterparts about obtaining ...": the verb above the noun
        n = v.head.head
        if n.dep_ in (OBJECT, POBJ) and n.head.pos_ == "VERB":
            return subject_of(n.head, agent_noun, depth + 1)
    if v.dep_ == "pcomp" and (v.head.lower_ in _PCOMP_SUBJECT_PREPS or v.head.lower_ == "since"):
        return subject_of(v.head.head, agent_noun, depth + 1)
    if v.dep_ == "relcl":
        return v.head
    if v.dep_ == "acl" and telegraphic_infinitive(v):
        return v.head  # headline "EU to impose new sanctions on Iran": the noun that opens it does the act
    if v.dep_ == "acl" and v.head.lemma_.lower() == "right" and v.head.dep_ == OBJECT and \
            v.head.head.lemma_.lower() == "reserve" and has_to_infinitive(v):
        # "Iran reserves the right to respond": who reserves the right does the act it is the right to ("protects
        # the right to demonstrate" is no act of the protector)
        return subject_of(v.head.head, agent_noun, depth + 1)
    if v.dep_ == "acl" and addressee_of(v) is not None:
        # "Michael Howard has written to Tony Blair demanding an inquiry": the participle is the writer's
        # message, not the addressee's act (the model hangs it on the nearest noun)
        subj = subject_of(v.head.head.head, agent_noun, depth + 1)
        if subj is not None:
            return subj
    if v.dep_ == "acl" and v.tag_ == "VBG":
        # "issued a declaration demanding ...": the issuer; headline style "Russia seeking ...": the noun;
        # "dispersed demonstrators protesting ...": an agent noun does its own participle
        if v.head.dep_ == OBJECT and v.head.head.lemma_.lower() in THWARTING_VERBS:
            # "Hungary blocked an EU statement criticizing China": the statement's authors criticise, not Hungary,
            # which stopped them; the statement names no doer here
            return None
        if v.head.dep_ == OBJECT and v.head.pos_ == "NOUN" and v.head.head.pos_ == "VERB" and not (
                agent_noun is not None and agent_noun(v.head.lemma_.lower())):
            subj = subject_of(v.head.head, agent_noun, depth + 1)
            if subj is not None:
                return subj
        return v.head
    return None


def bare_participle(tok) -> bool:
    """True for a past participle the small model made the root although the sentence's finite verb
    hangs below it without a subject ("Two Turkish journalists detained in Syria last week were freed":
    "detained" ROOT, "were freed" advcl): a reduced passive, so its subject was acted on. A lone
    VBN root is not enough: the tagger also writes VBN for finite verbs ("Serbs protested"), and a purpose
    clause is no finite verb ("Thousands of farmers protested in Paris to demand lower taxes": "to" is no
    auxiliary of a finite verb, the root is the finite verb)."""
    return tok.tag_ == "VBN" and tok.dep_ == "ROOT" and any(c.dep_ == SUBJECT for c in tok.children) and \
        not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
            c.dep_ in ("advcl", "conj", "ccomp") and c.pos_ in VERBS and c.i > tok.i
            and any(a.dep_ in ("aux", "auxpass") and a.tag_ != "TO" for a in c.children)
            and not any(a.dep_ in ("nsubj", "nsubjpass", "expl") for a in c.children)
            for c in tok.children)


def absolute_participle(tok) -> bool:
    """True for the past participle of an absolute "with" phrase ("..., with 52 Palestinians killed", "without a
    single soldier wounded"): the small model makes its noun the participle's subject (``nsubj``) and "with" its
    marker, or the participle the clausal object of "with" (``pcomp``, often tagged VBD), but the noun was acted
    on -- a passive without auxiliary. Grammar (English absolute constructions)."""
    if tok.tag_ not in ("VBN", "VBD"):
        return False
    labels = child_labels(tok)
    if "aux" in labels or "auxpass" in labels or SUBJECT not in labels:
        return False
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("with", "without"):
        return True
    return tok.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ in ("with", "without") for c in tok.children)


def reduced_passive(tok) -> bool:
    """True for a participle used as a passive without auxiliary: "leaders ... killed in an operation",
    "a convoy attacked near X" (VBN as acl/advcl/conj/amod without aux or subject), a
    :func:`bare_participle` or an :func:`absolute_participle`. Not the verb of a sentence the model read as one
    noun phrase (:func:`_verbless_root_subject`: "Israeli air strikes killed 20 people")."""
    tag = tok.tag_
    if tag not in ("VBN", "VBD"):
        return False  # each of the three shapes is a VBN (or, for an absolute participle, a VBD)
    if tag == "VBN" and tok.dep_ in ("acl", "advcl", "conj", "amod"):
        labels = child_labels(tok)
        if "aux" not in labels and "nsubj" not in labels and _verbless_root_subject(tok) is None:
            return True
    return bare_participle(tok) or absolute_participle(tok)


def nominal_role(tok) -> bool:
    """True for a noun standing as object, subject or prepositional object of a verb ("staged a protest",
    "a strike began", "went on strike")."""
    return tok.pos_ in NOUNS and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr")


# ---------------------------------------------------------------------------------------- text and entities, cached
#: Doc -> its text. ``Doc.text`` and ``Span.text`` join the tokens' texts anew on every access.
_TEXT: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def doc_text(doc) -> str:
    """``doc.text`` (a spaCy Doc), joined once per Doc."""
    text = _TEXT.get(doc)
    if text is None:
        text = _TEXT[doc] = doc.text
    return text


def note_doc_text(doc, text: str) -> None:
    """Remember ``text``, the string ``doc`` was parsed from, as its :func:`doc_text`: spaCy's tokenizer keeps every
    character (``Doc.text`` is the input, byte for byte), so the parse stage hands the text it already has instead
    of :func:`doc_text` joining the tokens again. Checked cheaply (the last token ends where ``text`` ends); a text
    that does not fit is not remembered (then joined on first use, as before)."""
    n = len(doc)
    if (n == 0 and not text) or (n and doc[n - 1].idx + len(doc[n - 1].text_with_ws) == len(text) and doc[0].idx == 0):
        _TEXT[doc] = text


def span_text(span) -> str:
    """``span.text`` (a spaCy Span, e.g. a sentence: its characters without the last token's trailing space), cut
    from its Doc's text, which is joined once per Doc."""
    doc = span.doc
    text = _TEXT.get(doc)
    if text is None:
        text = _TEXT[doc] = doc.text
    return text[span.start_char:span.end_char]


#: id(Doc) -> (Doc, entity spans, their start token indices), for the newest :data:`ENT_CACHE_DOCS` Docs.
#: ``Doc.ents`` builds a new Span for every entity on each access; the rules read the entities of a sentence
#: thousands of times per article (profile in ``bench/throughput.py``), so each Doc's list is built once. Not a
#: weak-key map: a Span holds its Doc, so a weak key would never be freed; the Doc is kept here, so its id is not
#: reused while its entry lives.
_ENTS: dict[int, tuple] = {}
_ENTS_LOCK = threading.Lock()
#: How many Docs' entity lists are kept (an article's segments are coded together; older ones are dropped).
ENT_CACHE_DOCS = 64


def doc_ents(doc) -> tuple:
    """``doc.ents`` (tuple of entity Spans in text order), built once per Doc (see :data:`ENT_CACHE_DOCS`). The
    coder never changes a Doc's entities after parsing; a Doc whose entities are set again must not be read
    through this view."""
    return _ent_entry(doc)[1]


def _span_entry(cache: dict, doc, spans) -> tuple:
    """``(doc, spans(doc) as a tuple, their start indices)`` from ``cache`` (id(Doc) -> entry), made once per Doc;
    the cache keeps the newest :data:`ENT_CACHE_DOCS` Docs."""
    got = cache.get(id(doc))  # a lock-free look-up first: an entry, once made, is never changed
    if got is not None and got[0] is doc:
        return got
    with _ENTS_LOCK:
        got = cache.get(id(doc))
        if got is None or got[0] is not doc:
            items = tuple(spans(doc))
            got = cache[id(doc)] = (doc, items, [x.start for x in items])
            while len(cache) > ENT_CACHE_DOCS:
                del cache[next(iter(cache))]
        return got


def _ent_entry(doc) -> tuple:
    return _span_entry(_ENTS, doc, lambda d: d.ents)


def ent_at(doc, i: int):
    """The entity Span of ``doc`` that contains token ``i`` (int index), or None, read from :func:`doc_ents`'s cache
    with a binary search: a Doc's entities never overlap (spaCy keeps them as one IOB tag per token), so at most one
    contains ``i`` -- the first of ``doc.ents`` with ``start <= i < end``."""
    _, ents, starts = _ent_entry(doc)
    k = bisect.bisect_right(starts, i) - 1
    if k >= 0 and ents[k].end > i:
        return ents[k]
    return None


#: id(Doc) -> (Doc, sentence Spans, their start token indices), for the newest :data:`ENT_CACHE_DOCS` Docs (as
#: :data:`_ENTS`). ``Token.sent`` cuts a new one-token Span, scans for the sentence's bounds and cuts a second Span on
#: every access (about 9 microseconds, thirty times a token attribute); the rules ask it thousands of times per
#: article (profile in ``bench/throughput.py``), so each Doc's sentences are listed once.
_SENTS: dict[int, tuple] = {}


def _sent_entry(doc) -> tuple:
    return _span_entry(_SENTS, doc, lambda d: d.sents)


def sent_of(tok):
    """``tok.sent`` (a spaCy Token's sentence Span: the same start and end), read from its Doc's sentences, listed
    once per Doc (:data:`_SENTS`) with a binary search. ``Doc.sents`` and ``Token.sent`` read the same sentence
    starts (a sentence runs from one token with ``sent_start == 1`` to the next, the first token opening the
    first), so the Spans are equal. The coder never changes a Doc's sentence bounds after parsing; a Doc whose
    bounds are set again must not be read through this view."""
    _, sents, starts = _sent_entry(tok.doc)
    return sents[bisect.bisect_right(starts, tok.i) - 1]


#: id(Doc) -> (Doc, :class:`DocColumns`), for the newest :data:`ENT_CACHE_DOCS` Docs (as :data:`_ENTS`).
_COLUMNS: dict[int, tuple] = {}
#: String id (a hash of the string, the same in every Vocab) -> the string, for :class:`DocColumns`; 0 is no string.
_STRING_OF: dict[int, str] = {0: ""}
#: How many strings :data:`_STRING_OF` holds before it is emptied.
STRING_MEMO_MAX = 200_000


class DocColumns:
    """Per-token facts of one Doc as plain lists indexed by token, each read with one ``Doc.to_array`` call on first
    use: ``heads`` (the index of each token's head, ``Token.head.i``), ``children`` (a tuple of the indices of each
    token's children, in order) and the strings ``texts`` (``Token.text``), ``lowers`` (``lower_``), ``lemmas``
    (``lemma_``), ``pos`` (``pos_``), ``tags`` (``tag_``), ``deps`` (``dep_``) and ``ent_types`` (``ent_type_``). A
    rule that tests many words reads these and makes a Token only for the words that pass (``Doc[i]`` and every pass
    over a Doc or Span make a new Token object per word). Reading a column costs about as much as one pass of Tokens
    over the Doc: worth it for a column read again and again (the parse's labels and heads, the words and lemmas the
    dictionary matcher reads anyway). The coder never changes a parse after parsing; a Doc changed since must not be
    read through this view."""

    #: string column -> the attribute ``Doc.to_array`` reads for it
    _STRING_COLUMNS = {"texts": "ORTH", "lowers": "LOWER", "lemmas": "LEMMA", "pos": "POS", "tags": "TAG",
                       "deps": "DEP", "ent_types": "ENT_TYPE"}

    def __init__(self, doc) -> None:
        self.doc = doc

    def __getattr__(self, name: str):
        # only for a column not read yet: once read, it is a plain attribute of the instance
        doc = self.__dict__.get("doc")
        if doc is None or name.startswith("_"):
            raise AttributeError(name)
        if name == "heads":
            # HEAD is the offset to the head (unsigned in the array: as signed, added to the token's index)
            col = (doc.to_array("HEAD").astype("int64") + numpy.arange(len(doc), dtype="int64")).tolist()
        elif name == "children":
            # the tokens whose head it is, itself left out, in order: a parse's children lie between its edges, so
            # Token.children (its lefts, then its rights) yields them all. Tuples of ints, which the garbage collector
            # stops tracking: a list per token would be promoted with the cache and bring on full collections
            heads = self.heads
            kids = [k for k in sorted(range(len(heads)), key=heads.__getitem__) if heads[k] != k]  # by head, stably
            by_head = [heads[k] for k in kids]
            flat = tuple(kids)
            col = [()] * len(heads)
            i, m = 0, len(kids)
            while i < m:  # one slice of the children sorted by head per head
                h = by_head[i]
                j = i + 1
                while j < m and by_head[j] == h:
                    j += 1
                col[h] = flat[i:j]
                i = j
        elif name in self._STRING_COLUMNS:
            ids = doc.to_array(self._STRING_COLUMNS[name]).tolist()
            col = list(map(_STRING_OF.get, ids))  # most words were met before: no decoding from the StringStore
            if None in col:
                if len(_STRING_OF) > STRING_MEMO_MAX:
                    _STRING_OF.clear()
                    _STRING_OF[0] = ""
                strings = doc.vocab.strings
                for j, x in enumerate(ids):
                    if col[j] is None:
                        col[j] = _STRING_OF[x] = strings[x]
        else:
            raise AttributeError(name)
        setattr(self, name, col)
        return col


#: The (Doc, DocColumns) pair :func:`doc_columns` gave last: the rules read one Doc many times in a row.
_LAST_COLUMNS: tuple = (None, None)


def doc_columns(doc) -> DocColumns:
    """The :class:`DocColumns` of ``doc`` (a spaCy Doc), made once per Doc (the newest :data:`ENT_CACHE_DOCS` kept)."""
    global _LAST_COLUMNS
    last = _LAST_COLUMNS  # one read of the pair (another thread may replace it, never change it)
    if last[0] is doc:
        return last[1]
    got = _COLUMNS.get(id(doc))
    if got is None or got[0] is not doc:
        with _ENTS_LOCK:
            got = _COLUMNS.get(id(doc))
            if got is None or got[0] is not doc:
                got = _COLUMNS[id(doc)] = (doc, DocColumns(doc))
                while len(_COLUMNS) > ENT_CACHE_DOCS:
                    del _COLUMNS[next(iter(_COLUMNS))]
    _LAST_COLUMNS = got
    return got[1]


def span_ents(span) -> list:
    """The entities that lie wholly within ``span`` (a spaCy Span, e.g. a sentence), as ``Span.ents`` gives
    them (the same list, in text order: from the first entity starting in the span up to the first that runs
    past its end), read from :func:`doc_ents`'s cache with a binary search."""
    _, ents, starts = _ent_entry(span.doc)
    out = []
    for k in range(bisect.bisect_left(starts, span.start), len(ents)):
        ent = ents[k]
        if ent.end > span.end:
            break
        out.append(ent)
    return out


#: Titles of the British peerage written before a peer's name ("Lord Faulkner of Worcester", "Baroness Smith of
#: Basildon"; lexicon ``peerage_title``).
PEERAGE_TITLES = words("peerage_title")


def peerage_designation(doc, start: int) -> bool:
    """True when the words from token ``start`` of ``doc`` are the territorial designation of a peer: "of" right
    before them, and before that a capitalised name of one to three words after a peerage title ("Lord Faulkner of
    Worcester", "Baroness Smith of Basildon", "Lord Campbell of Alloway"). The place is part of the peer's title,
    not a place the story names (Worcester is no Massachusetts town here, and no event happens there). Source:
    the styles of the peerage (Debrett's: "Baron X, of Y in the County of Z"); PLOVER manual, "Event location"."""
    if start < 3 or doc[start - 1].lower_ != "of":
        return False
    i = start - 2
    n = 0
    while i >= 0 and n < 3 and doc[i].text[:1].isupper() and doc[i].lower_ not in PEERAGE_TITLES:
        i -= 1
        n += 1
    return n >= 1 and i >= 0 and doc[i].lower_ in PEERAGE_TITLES

