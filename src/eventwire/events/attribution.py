"""Attribution and hedging: is a claim reported, and according to whom?

Rules (issue 2, "reported"; field cases C01, C06, C24; seed): a claim is ``reported`` when the outlet
hedges it ("reportedly", "allegedly", "purportedly") or attributes it: the trigger's clause is the
complement of a speech verb ("X said/told/reported/added/noted/claimed that ..."), a speech verb hangs
off the clause ("..., the regional governor said"), an "according to X" / "per X" / "citing X" phrase,
a headline ending in ": report", or a quotation with a speaker. ``sources`` keeps who, as written.
Speech verbs are attribution, never events themselves (PLOVER reference, note 6).
"""
from __future__ import annotations

import re

from ..lexicon import ordered, words
from ..nlp.views import sent_of, span_text
from .conditions import conditional_clause

SPEECH = words("speech_verb")
#: "It is alleged that ...": verbs of alleging, whose expletive passive hedges like a speech verb's.
ALLEGE = words("allege_verb")
HEDGES = words("hedge_adverb")
#: Nouns whose "that" clause is what someone reports or claims ("a newspaper's report that ...").
REPORT_NOUNS = words("report_noun")
HEADLINE_REPORT = re.compile(r"[:\-–—]\s*(?:" + "|".join(map(re.escape, ordered("headline_report_word")))
                             + r")\s*$", re.IGNORECASE)

#: "citing officials": a source.
CITING = words("citing_word")


#: "is expected to sign", "are believed to be planning": verbs of expectation (lexicon ``expectation_verb``) whose
#: passive hedges the act without naming who expects it.
EXPECTATION = words("expectation_verb")


#: Verbs whose passive subject is the one addressed, not the doer reported ("Turkey was told to withdraw").
ADDRESSEE_PASSIVES = frozenset({"tell", "ask", "order", "urge", "warn", "advise", "instruct", "inform", "remind",
                                "request", "call"})
#: The verbs of :func:`impersonal` and of :func:`expletive_passive` (made once, not on every call).
_IMPERSONAL_VERBS = (SPEECH | EXPECTATION) - ADDRESSEE_PASSIVES
_EXPLETIVE_VERBS = (SPEECH | ALLEGE) - ADDRESSEE_PASSIVES


def impersonal(v) -> bool:
    """True for a passive verb of saying or expecting whose subject is the doer of the reported act, with no "by"
    agent: "Turkey is said to be planning an offensive", "Armenia and Azerbaijan are expected to sign a peace treaty",
    "the rebels are believed to hold the town". The outlet reports the act on nobody's named word: reported, with
    no source (the passive subject is the doer, not the speaker). Source: English grammar (raising passives of
    verbs of saying and believing); annotation protocol: reported = attributed to someone else, hedged."""
    return v.lemma_.lower() in _IMPERSONAL_VERBS and any(c.dep_ == "auxpass" for c in v.children) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in v.children) \
        and not any(c.dep_ == "agent" for c in v.children)


def expletive_passive(v) -> bool:
    """True for a passive speech verb whose subject is the expletive "it" and that names no agent: "Russia expelled
    two Estonian diplomats, it was reported on Thursday", "It is alleged that the army shelled the village". The
    outlet reports the act on nobody's named word: reported, with no source. Shape: ``v``'s lemma in lexicon
    ``speech_verb`` or ``allege_verb`` (not an addressee passive, "it was told" has no such reading), an ``auxpass`` child, an
    ``nsubjpass`` child "it", no ``agent`` child. Source: English grammar (extraposed "it" of a passive verb of
    saying); annotation protocol (voa_news ANNOTATION.md): reported = attributed to someone else, or hedged."""
    if v.lemma_.lower() not in _EXPLETIVE_VERBS or v.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(v.children)
    return any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids) and any(
        c.dep_ == "nsubjpass" and c.lower_ == "it" for c in kids)


def expletive_report(tok) -> bool:
    """True when trigger ``tok``'s clause is the complement of an :func:`expletive_passive` verb ("It is alleged that
    the army shelled the village": ``shelled`` the ``ccomp`` of "alleged"; "..., it was reported on Thursday": the
    claim the parser made the complement of "reported"), walking up through coordinated and complement clauses (at
    most three steps). A noun trigger starts from the verb it is the object or subject of."""
    t = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass") else tok
    for _ in range(3):
        if t.head.i == t.i or t.dep_ not in ("ccomp", "conj", "xcomp", "parataxis"):
            return False
        if expletive_passive(t.head):
            return True
        t = t.head
    return False


def impersonal_report(tok):
    """The impersonal passive (:func:`impersonal`) whose to-infinitive holds trigger ``tok`` ("is said to be planning
    an offensive": the nominal trigger through the verb it is the object of), or None."""
    t = tok
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "nsubjpass", "attr"):
        t = t.head
    for _ in range(3):
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return None
        if impersonal(t.head):
            return t.head
        t = t.head
    return None


def speech_subject(v):
    """The subject token of speech verb ``v`` (None when it has none, or when it is an impersonal passive: "Turkey is
    said to be planning ..." names no speaker, :func:`impersonal`); a trailing attribution whose subject
    the parser hung elsewhere comes from :func:`trailing_subject`."""
    if impersonal(v):
        return None
    if any(c.dep_ == "auxpass" for c in v.children):  # "was said by officials to ...": the agent speaks
        agent = next((p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if agent is not None:
            return agent
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1:
        # "Islamist militants killed 20 soldiers ..., security sources said": the parser took the claim's verb for a
        # reduced relative and hung both noun phrases on "said"; the one after the last comma speaks
        last = trailing_subject(v)
        if last is not None and last in subjects:
            return last
    if subjects:
        return subjects[0]
    if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
        return speech_subject(v.head)
    return trailing_subject(v)


def trailing_subject(v):
    """"..., the Syrian Observatory for Human Rights said.": the noun phrase between the last comma and a
    subjectless speech verb is its subject, even when the parser attached it to the claim (as an apposition
    of "Idlib"). Returns the head of that phrase (its one token whose head lies outside it), or None. Issue
    13; field convention of wire copy ("..., officials said")."""
    start = v.i
    first = sent_of(v).start
    while start > first and v.doc[start - 1].pos_ != "PUNCT":
        start -= 1
    if start == v.i or start == first:
        return None
    span = range(start, v.i)
    heads = [t for t in v.doc[start:v.i] if t.head.i not in span]
    if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN", "PRON"):
        return heads[0]
    return None


def closing_attribution(tok):
    """Rule ``closing_attribution``: the speech verb of a sentence-final ", <NP> said." that closes the clause
    holding ``tok``, or None. Shape: the sentence's root is a speech verb (lexicon ``speech_verb``) after ``tok``,
    right after a comma and the noun phrase of its subject (:func:`trailing_subject`), with nothing after it but
    its own modifiers (no clause or object of its own: "..., officials said on Sunday."), and ``tok`` lies before
    that comma. The attribution covers the whole clause it closes, however the parser read that clause: "Islamist
    militants killed at least 20 soldiers in northern Burkina Faso on Sunday, security sources said." (the parser
    makes "killed" a reduced relative of "militants", so no complement links it to "said"); "Gunmen abducted 30
    villagers, local residents said." Source: wire-copy convention of the trailing attribution (issue 13);
    annotation protocol (voa_news ANNOTATION.md): reported = attributed to someone else ("X said Y happened")."""
    root = sent_of(tok).root
    if root.lemma_.lower() not in SPEECH or root.pos_ not in ("VERB", "AUX") or tok.i >= root.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis", "conj") and c.i > root.i for c in root.children):
        return None  # "..., officials said that ...", "... and said ...": the saying goes on after the verb
    subj = trailing_subject(root)
    if subj is None:
        return None
    start = min(x.i for x in subj.subtree if x.i < root.i)
    comma = root.doc[start - 1] if start > 0 else None
    if comma is None or comma.lower_ != "," or tok.i >= comma.i:
        return None
    return root


def saying_of_noun_clause(v):
    """The speech verb whose reported clause ``v`` is although the parser hangs it on the noun of a phrase of that
    verb, or None: "Iran said Tuesday in a statement that it rejected the proposal", "the ministry said on Monday in a
    post on X that it condemned the attack" (``rejected`` an ``acl``/``relcl`` of "statement", "post" or "X"). Shape:
    ``v`` is a clause on a noun, opened by the complementizer "that" (``mark``, no relative pronoun) and with a
    subject of its own, and the noun is the object of a preposition of the speech verb (at most three phrases up:
    "in a post on X"). A report noun's "that" clause is that noun's content, not the saying's ("said in response to
    claims that ...": :func:`reported_by_noun`). Source: English grammar (a "that" clause with its own subject and
    nothing missing is a complement, not a relative clause; a noun of manner or medium takes no complement of its
    own); lexicon ``speech_verb``, ``report_noun``."""
    if v.dep_ not in ("acl", "relcl") or v.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children) or \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    n = v.head
    if n.lemma_.lower() in REPORT_NOUNS:
        return None
    for _ in range(3):
        if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.head.i == n.head.i:
            return None
        h = n.head.head
        if h.lemma_.lower() in SPEECH and h.pos_ in ("VERB", "AUX"):
            return h
        if h.pos_ not in ("NOUN", "PROPN"):
            return None
        n = h
    return None


def _condition(v) -> bool:
    """True when ``v`` heads a conditional clause (:func:`eventwire.events.conditions.conditional_clause`: "if it
    declares independence", "unless Iran announces a halt"): a speech verb there is supposed, no source of the
    sentence's acts (grammar: the protasis asserts nothing)."""
    return conditional_clause(v)


#: ``Doc.user_data`` key of the memo of :func:`attributions` (token index -> the indices of its speech verbs).
_ATTRIBUTIONS_KEY = "eventwire_attributions"


def attributions(tok):
    """Speech verbs that govern the clause of ``tok`` (walking up through complements and up to the
    root, and from a reported clause the parser hung on a noun of the saying to the speech verb:
    :func:`saying_of_noun_clause`), plus speech verbs hanging off that root as parataxis/ccomp ("..., officials
    said"). A new list each call; found once per token of a Doc (a pure function of the parse, kept in the Doc's
    ``user_data``): the coder asks for a trigger's in three steps (sources, contexts, dates)."""
    doc = tok.doc
    memo = doc.user_data.setdefault(_ATTRIBUTIONS_KEY, {})
    got = memo.get(tok.i)
    if got is None:
        # token indices, not Tokens: a Token held in its own Doc's user_data would make a reference cycle, and a
        # Doc in a cycle is freed only by a full garbage collection (peak memory grew run after run)
        found = _attributions(tok)
        memo[tok.i] = tuple(t.i for t in found)
        return found
    return [doc[i] for i in got]


def _attributions(tok) -> list:
    """:func:`attributions`, found."""
    out = []
    t = tok
    seen = set()
    while True:
        h = t.head
        if h.i == t.i or t.i in seen:
            break
        seen.add(t.i)
        sv = saying_of_noun_clause(t)
        if sv is not None:
            out.append(sv)  # "said Tuesday in a statement that it rejected ...": the clause the parser hung on the noun
            t = sv
            continue
        if h.lemma_.lower() in SPEECH:
            dep = t.dep_
            if dep == "conj" and t.pos_ in ("VERB", "AUX"):
                # "Tehran condemned the decision and summoned the German ambassador": a second act of the same
                # subject, coordinated with the speech verb, not said by it
                t = h
                continue
            if h.pos_ in ("VERB", "AUX") and dep in ("ccomp", "xcomp", "conj", "dobj", "advcl", "parataxis"):
                out.append(h)
        t = h
    root = sent_of(tok).root
    closing = closing_attribution(tok)
    if closing is not None and closing not in out:
        out.append(closing)  # "Militants killed 20 soldiers ..., security sources said."
    for c in list(root.children) + ([c for c in tok.children]):
        # "..., a navy spokesperson said on Sunday, but ..." -- speech verb after the claim
        dep = c.dep_
        if dep not in ("parataxis", "ccomp", "advcl") or c.i <= tok.i or c.lemma_.lower() not in SPEECH or c in out:
            continue
        if dep == "advcl" and c.tag_ == "VBG" and c.head.i == tok.i:
            # "Havana blames U.S. policy for the problem, saying ...": the actor's own words, elaborating the act
            # the trigger reports, not a source reporting it (ANNOTATION.md: "X warned Y" is the event itself)
            continue
        if dep == "advcl" and _condition(c):
            continue  # "China could attack Taiwan if it declares independence": a saying supposed, nobody speaks
        out.append(c)
    if root.lemma_.lower() in SPEECH and root not in out and root.i != tok.i and tok.i < root.i:
        if any(c.dep_ in ("ccomp", "parataxis") for c in root.children):
            out.append(root)
    return out


#: The words :func:`according_to` looks for.
_ACCORDING_WORDS = frozenset({"according", "per"}) | CITING


def may_hold(sent, forms) -> bool:
    """False when no word of ``forms`` (lower-case words) can be a word of the sentence ``sent`` (a spaCy Span):
    none is even a part of its lower-cased text. A test to make before reading the sentence word by word, which
    makes a new Token of each (speed, issue 12); True says only that one may be."""
    low = span_text(sent).lower()
    return any(w in low for w in forms)


def according_to(sent):
    """Heads of "according to X", "per X", "citing X" phrases in the sentence."""
    out = []
    if not may_hold(sent, _ACCORDING_WORDS):
        return out
    for t in sent:
        if t.lower_ == "according":
            for c in t.children:
                if c.lower_ == "to":
                    out += [p for p in c.children if p.dep_ == "pobj"]
            out += [p for c in t.head.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"] if t.head.lower_ == "according" else []
        elif t.lower_ == "per" and t.dep_ == "prep":
            out += [p for p in t.children if p.dep_ == "pobj"]
        elif t.lower_ in CITING:
            out += [p for p in t.children if p.dep_ in ("dobj", "pobj")]
    return out


def hedged(sent) -> bool:
    """True when the sentence carries a hedge adverb ("reportedly", "allegedly", ...)."""
    return may_hold(sent, HEDGES) and any(t.lower_ in HEDGES for t in sent)


def reported_by_noun(tok):
    """The report noun whose "that" clause holds the trigger ``tok``, or None: "a newspaper's report that Cuba had
    mobilized its army", "following claims that US forces had attacked targets inside Iran", "amid rumours that the
    army had arrested him" (lexicon ``report_noun``). The clause is told as someone's report or claim, not in the
    outlet's own voice, so its events are reported (annotation protocol: ``reported`` when the story attributes the
    claim to someone else). Climbs from a verb joined by "and" to the first verb of the clause, and from a nominal
    trigger to the verb it is the subject or object of."""
    t = tok
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass", "dobj"):
        t = t.head
    for _ in range(3):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in REPORT_NOUNS and \
            any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
        return t.head
    return None

