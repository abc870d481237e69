"""Step 1 of the coder: find the triggers of a sentence.

A trigger is a :class:`Trigger` record: its head token, the tokens of its event text, the PLOVER event
type and mode, the pattern row it matched (or None), the source that proposed it and a score. The
argument rules read ``Trigger.row``: the pattern row, or, for a trigger with no row (a trained detector's
proposal), :func:`default_row` of its event type.

Sources (:data:`TRIGGER_SOURCES`, run in order, each sees what the earlier ones found):

* :func:`announced_intolerance` -- "X will not tolerate/allow any aggression by Y": X threatens Y (PLOVER manual,
  THREATEN; CAMEO 130); first, so that "allow"/"accept" with a hostile act as object are not read by their rows;
* :func:`dictionary_triggers` -- tokens whose lemma matches a row of ``data/patterns/verbs.tsv`` with the
  row's particle, object, governor and infinitive conditions; speech verbs and attributive participles are
  never triggers;
* :func:`demand_statements` -- "X said/declared that Y must Z": a demand by X on Y (CAMEO 10, REQUEST);
* :func:`allegations` -- "X claimed that Y had attacked Z": X accuses Y (PLOVER manual, ACCUSE; CAMEO 112);
* :func:`judgements` -- "X called/described Y (as) arbitrary": X disapproves of Y (PLOVER manual, ACCUSE; CAMEO 111).
* :func:`stance_statements`, :func:`denials`, :func:`consequences` (see each);
* :func:`protest_gatherings` -- "Protesters gathered to denounce the reform": a gathering held to denounce, demand
  or protest is a demonstration (PLOVER manual, PROTEST; CAMEO 141).

After them, and only in a sentence the rules leave unread (:func:`detector_reads`):

* :func:`model_triggers` -- the trained trigger detector (:mod:`.detector`): a token no rule reads becomes a
  trigger of the detector's best type when its probability is at least :data:`DETECTOR_ADD`
  (``source="model"``, ``pattern=None``, ``row`` = :func:`default_row` of its type, ``score`` its probability).

The detector also scores every rule trigger (``Trigger.detector``: its probability of the trigger's type,
recorded as ``text_info.detector``); a rule trigger the detector reads as no event with probability at least
:data:`DETECTOR_VETO` is dropped (:func:`detector_scores`). Policy and thresholds: ``docs/coding.md``, "The
trained detector beside the rules"; chosen on the training corpus's dev split, never on an evaluation set.

Filters (:data:`TRIGGER_FILTERS`): a trigger that only refines or is the content of another is dropped
("demanded the pullout", "warned China against providing support"), as are the means of an attack the
sentence already codes and the offence a punishment is given for. A sentence of sports reporting has no
triggers (:func:`sports_reporting`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from ..lexicon import mapping, ordered, words
from ..nlp.views import (LEMMA_FIXES, NOUNS, VERBS, for_to_clause, governed_by, has_child, has_to_infinitive, lemma,
                         marked_by, nominal_role, noun_infinitive,
                         objects, pobjs, prep_objects, repaired_lemma, sent_of, span_text, subject_of, word_forms)
from . import modality
from .attribution import SPEECH
from .figures import FIGURE_FILTERS
from .nonacts import NON_ACT_FILTERS, boundary_course
from .nonevent_senses import SENSE_FILTERS
from .detector import SentenceInfo, is_candidate, load_detector, may_propose, trigger_features
from .ontology import DEFAULT_CAMEO
from .patterns import Pattern, PatternSet, load_patterns


@dataclass(frozen=True)
class Trigger:
    """One trigger: ``token`` (head token), ``tokens`` (the event text, in order), ``row`` (the
    :class:`~eventwire.events.patterns.Pattern` the argument rules read), ``pattern`` (the dictionary row
    it matched, None for a trigger without one), ``source`` (``pattern``, ``demand-statement``,
    ``allegation``, ``model``), ``score`` (1.0 for rules, the detector's probability for ``model``),
    ``detector`` (the trained detector's probability of this trigger's type at its token; None when no detector
    is packaged); ``event`` (the PLOVER event type: ``row.event``, set from ``row``, not an argument)."""

    token: object
    tokens: tuple
    row: Pattern
    pattern: Pattern | None
    source: str
    score: float = 1.0
    detector: float | None = None
    #: PLOVER event type (``row.event``): an attribute, not a property, since the filters read it of every trigger
    #: many times (speed); not compared, hashed nor shown (it follows from ``row``)
    event: str = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "event", self.row.event)

    @property
    def mode(self) -> str | None:
        """PLOVER mode of the row (None: refined from the clause)."""
        return self.row.mode

    @property
    def rule_id(self) -> str:
        """``<source>:<lemma>/<pos>@<line>`` for a dictionary row ("pattern:condemn/V@23"), the source
        alone otherwise ("demand-statement")."""
        if self.pattern is not None and self.pattern.line:
            part = f" {self.pattern.particle}" if self.pattern.particle else ""
            return f"{self.source}:{self.pattern.lemma}{part}/{self.pattern.pos}@{self.pattern.line}"
        if self.source == "model":
            return f"model:{self.token.lemma_.lower()}/{self.row.pos}"
        return self.source


#: The pseudo-pattern of a demand made as a statement ("Russia said Sudan must return the helicopter").
DEMAND_STATEMENT = Pattern("<say-must>", "V", None, frozenset(), "REQUEST", None, (), "100", (), frozenset(),
                           False, 0)
#: The pseudo-pattern of an allegation made as a claim ("The US claimed that ISIL had attacked Iraq": the US
#: accuses ISIL; PLOVER manual, ACCUSE "accuse, allege, or charge"; CAMEO 112). Strict: a claim about oneself
#: ("claimed that they had attacked") accuses nobody.
ALLEGE_STATEMENT = Pattern("<claim-that>", "V", None, frozenset(), "ACCUSE", "allege", (), "112", (), frozenset(),
                           True, 0)
#: Speech verbs whose "that" complement is an allegation when it reports an act of conflict by another party.
ALLEGE_VERBS = words("allege_verb")
#: Verbs of breaking a rule, an agreement or an order (lexicon ``violation_verb``).
VIOLATION_VERBS = words("violation_verb")
#: Speech verbs (lexicon ``speech_verb``): "said", "added", "told".
SPEECH_VERBS = words("speech_verb")
#: Relative pronouns that stand for the noun of a cleft ("it was India which violated ...").
RELATIVE_WHO = frozenset({"which", "who", "that"})
#: "X called/described/branded Y (as) <disapproval>": ACCUSE disapprove by X (PLOVER manual, ACCUSE "criticize,
#: condemn ... disapprove"; CAMEO 111); lexicon ``judgement_verb``, ``disapproval_word``.
JUDGEMENT_STATEMENT = Pattern("<called-it-illegal>", "V", None, frozenset(), "ACCUSE", "disapprove", (), "111",
                              ("dobj", "objmod", "poss"), frozenset(), False, 0)
JUDGEMENT_VERBS = words("judgement_verb")
#: "X is deeply disappointed by Y's decision", "X was alarmed at the arrests": a stated state of disapproval about
#: something is ACCUSE disapprove by X (PLOVER manual, ACCUSE "criticize ... disapprove"; CAMEO 111); lexicon
#: ``disapproval_stance``. The recipient is the party of what it is about.
STANCE_STATEMENT = Pattern("<was-disappointed-by>", "V", None, frozenset(), "ACCUSE", "disapprove", (), "111",
                           ("P:by|about|at|over|with", "objmod", "poss"), frozenset(), False, 0)
DISAPPROVAL_STANCES = words("disapproval_stance")
#: "X denied that ...", "X denied the charges", "X denies sending troops": a denial of a claim or of a part in an act
#: is REJECT by X (PLOVER manual, CAMEO conversion notes: "016: Deny responsibility might be considered REJECT"; the
#: annotation protocol of ../shared/eval/voa_news lists "denied" among the speech acts coded). The recipient is the
#: party whose claim is denied (its possessor, a country named in it, a by/from phrase), else as the recipient rules
#: find it.
DENIAL_STATEMENT = Pattern("<denied-that>", "V", None, frozenset(), "REJECT", None, (), "016",
                           ("poss", "objmod", "P:by|from"), frozenset(), False, 0)
DENIED_ACT_NOUNS = words("denied_act_noun")
#: Verbs that make an adjective the state of their subject ("is disappointed", "remains concerned").
STANCE_COPULAS = frozenset({"be", "remain", "feel", "become", "grow", "appear", "seem", "get"})
#: Prepositions that name what a state of disapproval is about.
STANCE_PREPOSITIONS = frozenset({"by", "about", "at", "over", "with"})
DISAPPROVAL_WORDS = words("disapproval_word")
#: Dependencies of a judgement verb that hold the judgement ("called it arbitrary": oprd; "branded the sanctions
#: illegal": ccomp; grammar of the spaCy English model).
JUDGEMENT_DEPS = frozenset({"oprd", "ccomp", "xcomp", "acomp", "attr"})
#: Acts whose report by a third party is an allegation.
ALLEGEABLE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}
#: A trigger under one of these (in its complement) is the content of that speech act, not an event.
CONTENT_TAKING = {"THREATEN", "REQUEST", "REJECT", "AGREE", "SUPPORT", "CONCEDE"}
#: Types whose object may carry the act they oppose or demand as a gerund ("opposes foreign leaders meeting the
#: Dalai Lama", "demanded troops leaving the city be stopped" read as "X's meeting"): the gerund is their content.
GERUND_CONTENT_TAKING = {"REJECT", "REQUEST"}
#: Verbs of declaring that, like speech verbs, make "X declared that Y must ..." a demand.
DECLARE_VERBS = words("declare_verb")
#: The verbs of a demand statement (:func:`is_demand_statement`): speech and declaring verbs, in one set.
_DEMAND_STATEMENT_VERBS = SPEECH | DECLARE_VERBS
#: Modals of obligation in a demand statement (grammar).
OBLIGATION_MODALS = ("must", "should")
#: Verbs of obligation taking a to-infinitive (lexicon ``obligation_verb``: "needs to").
OBLIGATION_VERBS = words("obligation_verb")


def _inference(c) -> bool:
    """True for "must have" with a past participle ("it must have been a blow", "they must have known"): an inference
    about the past, no obligation (grammar: epistemic "must" with a perfect infinitive)."""
    auxes = [a for a in c.children if a.dep_ == "aux"]
    return (c.tag_ == "VBN" and any(a.lower_ == "must" for a in auxes)
            and any(a.lemma_.lower() == "have" for a in auxes))


#: Verbs of regarding or understanding (lexicon ``regard_verb``: "should be seen in the context of", "must be viewed as").
REGARD_VERBS = words("regard_verb")


def _regard_passive(c) -> bool:
    """True for a passive of a verb of regarding (:data:`REGARD_VERBS`): "the results must be seen in the context of
    the strides Indonesia has made", "oral history should be viewed (or taken) as seriously as written records". It says how a
    thing is to be understood -- commentary, not a demand on a party to act (PLOVER manual, REQUEST: asking for an
    act, aid or a concession; ../shared/eval/voa_news/ANNOTATION.md: "do not code commentary, opinions about the
    world in general"; audit of VOA feature stories outside the evaluation set). Example: "He says the findings
    should be seen as a warning" is no REQUEST; "he said Iran must be sanctioned" stays one."""
    if not any(a.dep_ == "auxpass" for a in c.children):
        return False
    lem = c.lemma_.lower()
    # "should be taken as seriously as European techniques": "take" regards only with "seriously"
    return lem in REGARD_VERBS or (lem == "take" and any(
        x.lower_ == "seriously" for a in c.children if a.dep_ in ("advmod", "prep") for x in a.subtree))


#: Verbs of state that, with an adjective or noun predicate, say how a thing is to be, not what a party is to do
#: (grammar: copulas; "should remain vacant", "must be available").
STATE_COPULAS = frozenset({"be", "remain", "stay"})
#: Dependencies of a copula's predicate (spaCy English grammar: "be available" acomp, "be a safe haven" attr,
#: "be in prison" prep).
STATE_PREDICATE_DEPS = frozenset({"acomp", "attr", "prep"})


def state_of_affairs(c) -> bool:
    """Rule ``state_of_affairs``. Shape: the obligation clause ``c`` of a demand statement is a copula of
    :data:`STATE_COPULAS` with a predicate (:data:`STATE_PREDICATE_DEPS`; "remain"/"stay" only with an adjective or
    noun, "be" also with a phrase of place), no passive, whose subject names no party (:func:`names_party`: an
    entity of a party, a personal pronoun, a noun with a sector): "I believe abortion should be available to
    everyone", "the party said the office should not remain vacant", "the talks should be in Geneva". It says how
    things ought to be -- an opinion about a state of the world, not a demand that a party do something (PLOVER
    manual, REQUEST: asking for an act, aid or a concession; ../shared/eval/voa_news/ANNOTATION.md: "do not code
    commentary, opinions about the world in general"). A predicate that takes an act ("should be able to enjoy a
    break", "must be ready to negotiate") asks for that act and stays, as do passives ("must be held accountable",
    "should be published": the training stories code such policy demands REQUEST) and a state asked of a party
    ("Russia said Ukraine should remain neutral", "Iran must be transparent": the party is asked to keep to it)."""
    if c.lemma_.lower() not in STATE_COPULAS or any(a.dep_ == "auxpass" for a in c.children):
        return False
    if any(x.dep_ in ("nsubj", "nsubjpass") and names_party(x) for x in c.children):
        return False
    preds = [x for x in c.children if x.dep_ in STATE_PREDICATE_DEPS]
    if c.lemma_.lower() != "be":
        preds = [x for x in preds if x.dep_ != "prep"]
    if not preds:
        return False
    # "should be able to enjoy a break": the adjective takes the act asked for
    return not any(y.dep_ == "xcomp" and has_to_infinitive(y) for x in preds for y in x.children)


def _obligation_clause(c) -> bool:
    """True for a reported clause that states an obligation: with a modal of :data:`OBLIGATION_MODALS` ("Sudan must
    return the helicopter") or headed by a verb of :data:`OBLIGATION_VERBS` with a to-infinitive of the act
    ("America needed to listen to the world", "Iran needs to stop enriching uranium"). "The party needs him" (a
    thing, no act) states no obligation, nor does "yet to" ("needs yet to be approved": not done so far). "Have to"
    is left out: measured on the training stories it cost more than it gained ("the tax burden would have to rise"
    is a consequence, no demand), F1 0.6879 with "need" alone, 0.6868 with both. "Must have" with a past participle
    is an inference, no obligation (:func:`_inference`)."""
    if any(a.dep_ == "aux" and a.lower_ in OBLIGATION_MODALS for a in c.children):
        return not _inference(c) and not _regard_passive(c)
    acts = [x for x in c.children if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX") and has_to_infinitive(x)]
    if c.lemma_.lower() not in OBLIGATION_VERBS or not acts:
        return False
    return not any(y.lower_ == "yet" for x in [c, *acts] for y in x.children)
#: Nouns that carry an event noun used as their modifier ("mediation effort", "peace mission").
CARRIER_NOUNS = words("carrier_noun")
#: "recovered control of two villages": nouns whose "of" phrase is what the act is about.
CONTROL_NOUNS = words("control_noun")
#: Nouns naming the means of a violent act ("killed in an air strike by ...").
MEANS_NOUNS = words("attack_means_noun")
#: Weapons that stand for an attack made with them ("killed in Israeli tank shelling").
WEAPON_MEANS = words("weapon_means")
#: Participles that state an act when used as predicate adjectives ("Israel is opposed to ...").
PREDICATE_PARTICIPLES = words("predicate_participle")

DATE_NAMES = words("month") | words("weekday")
#: Verbs of violence used figuratively of an abstract target, and such targets ("fight crime").
FIGURATIVE_VERBS = words("figurative_violence_verb")
FIGURATIVE_TARGETS = words("figurative_target")
#: Posts a holder abuses (lexicon ``abused_office_noun``: "abused their positions"): a figurative target of "abuse"
#: only ("attacked rebel positions" is force).
ABUSED_OFFICE = words("abused_office_noun")
#: Nouns that stand for their "of" phrase as a target ("fought all forms of racism": racism; grammar).
KIND_NOUNS = frozenset({"form", "kind", "type", "sort"})
#: Heads that only count their "of" phrase ("thousands of emails"; lexicon ``quantity_head``).
COUNT_HEADS = words("quantity_head")
#: Verbs that deny or dismiss a claim ("rejected reports that ...").
DENIAL_VERBS = words("denial_verb")
#: Nouns whose "that" clause is what they report or claim ("rejected reports that it had offered aid").
CLAIM_NOUNS = words("claim_noun")
#: Dependencies and prepositions through which a trigger is the content of another ("warned X against ...").
CONTENT_DEPS = {"xcomp", "ccomp", "pcomp", "dobj", "pobj", "conj", "prep"}
#: Nouns of a proposal (lexicon ``proposal_noun``): made by a named party and answered, it is an act of its own.
PROPOSAL_NOUNS = words("proposal_noun")
#: Types of a verb that answers a proposal ("accepted", "refused", "dismissed", "welcomed").
ANSWER_TYPES = frozenset({"AGREE", "REJECT", "CONCEDE", "SUPPORT"})
CONTENT_PREPS = {"against", "for", "of", "on", "to", "about", "from"}


def _alt(name: str) -> str:
    """A regex alternation of the words of lexicon list ``name`` (escaped, file order)."""
    return "|".join(map(re.escape, ordered(name)))


#: Sports reporting: competitions, positions, the field of play, and scorelines after a verb of winning or
#: before "win/defeat/draw" (never a bare "19-20", which is also a date range).
SPORTS_CUES = re.compile(
    r"\b(?:" + _alt("sports_cue") + "|(?:" + _alt("sports_score_verb") + r") (?:a|the|his|her|their) (?:"
    + _alt("sports_score_noun") + r"))\b"
    r"|\b(?:" + _alt("sports_win_verb") + r")\b[^.]{0,40}?\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\b"
    r"|\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\s+(?:" + _alt("sports_result_noun") + r")\b", re.I)
#: What every match of :data:`SPORTS_CUES` contains: one of these words (lower case; a cue, or the verb of "scored
#: a goal"), or a scoreline's digit-dash-digit (:data:`SCORELINE_CORE`). :func:`sports_reporting` looks for them
#: first and runs the full pattern only on a sentence that has one; None (always the full pattern) if a word is not
#: ASCII, since the cheap check is exact for ASCII words in ASCII text only.
SPORTS_WORDS: tuple[str, ...] | None = tuple(w.lower() for w in ordered("sports_cue") + ordered("sports_score_verb"))
if not all(w.isascii() for w in SPORTS_WORDS):
    SPORTS_WORDS = None
SCORELINE_CORE = re.compile(r"\d\s?[-\u2013]\s?\d")
#: A game's final as a noun: "in the final", "reached the final against Spain", "won the cup final on Sunday" -- "final"
#: after "the" (and an optional "cup"/"grand") closing the phrase (punctuation or end) or followed by a word that
#: places or opposes a game ("against", "on", "at", "in", "with", "versus"). "the final days", "the final stage of
#: talks", "the final analysis" and "the final say" name no game.
FINAL_CUE = re.compile(r"\bthe (?:cup |grand )?finals?(?=\s*(?:[.,;:!?\"')\u201d]|$)|\s+(?:against|on|at|in|with|"
                       r"versus|vs\.?)\s)", re.I)


# ---------------------------------------------------------------------------------------- dictionary rows
#: Nouns of a bundle or a consignment whose "of" phrase names what it holds (lexicon ``bundle_noun``: "a package of
#: sanctions", "a shipment of arms", "a new round of sanctions"; not a sum or an amount: "received large sums of
#: money" names no transfer of its own).
BUNDLE_NOUNS = words("bundle_noun")
#: Nouns of a sum of money or an amount (lexicon ``sum_noun``: "dollars", "euros", "million", "worth") whose "in" or
#: "of" phrase names what the sum is given as ("500 million dollars in humanitarian aid", "$1 billion worth of
#: weapons"); a MONEY entity counts as a sum too.
SUM_NOUNS = words("sum_noun")


def is_sum(tok) -> bool:
    """True when ``tok`` heads a sum of money or an amount: a noun of lexicon ``sum_noun`` ("dollars", "million",
    "worth") or a token of a MONEY entity ("$500 million")."""
    return tok.lemma_.lower() in SUM_NOUNS or tok.lower_ in SUM_NOUNS or tok.ent_type_ == "MONEY"


def amount_contents(tok) -> set[str]:
    """Lemmas and forms of what the bundles and sums ``tok`` acts on hold:

    * the "of" objects of its objects of lexicon ``bundle_noun`` and their compounds ("approved a new package of
      sanctions", "a new sanctions package": sanction; "sent a shipment of arms": arms);
    * what a sum of money is given as (:func:`is_sum`): the "in"/"of" objects of the sum ("provide $500 million in
      aid", "500 million yen of aid", "$1 billion worth of weapons"), or the "in" phrase the parser hangs on the
      verb right after the sum ("will send 500 million dollars in humanitarian aid": aid).

    A row whose object is that content names the act better than one whose object is the container or the amount
    (:func:`pattern_row`). Source: PLOVER manual, AID (the provision of money, goods or arms, however counted);
    fresh users on real text ("The EU approved a new package of sanctions against Iran" was AID; "Japan will send
    500 million dollars in humanitarian aid to Ukraine" was no event)."""
    return _amount_contents(tok, objects(tok))


def _amount_contents(tok, objs: list) -> set[str]:
    """:func:`amount_contents` of ``tok`` whose :func:`~eventwire.nlp.views.objects` are ``objs``."""
    got = set()
    for o in objs:
        if o.lemma_.lower() in BUNDLE_NOUNS:
            # "a package of sanctions", and the compound before the bundle: "a new sanctions package"
            for x in prep_objects(o, ("of",)) + [c for c in o.children if c.dep_ == "compound"]:
                got |= {x.lemma_.lower(), x.lower_}
        elif is_sum(o):
            xs = prep_objects(o, ("in", "of"))
            # the "in" phrase on the verb that follows the sum ("sent 500 million dollars in aid to Kyiv")
            xs += [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" and p.i == o.right_edge.i + 1
                   for x in p.children if x.dep_ == "pobj"]
            for x in xs:
                got |= {x.lemma_.lower(), x.lower_}
    return got


def object_words(tok) -> set[str]:
    """Lemmas and forms of what ``tok`` acts on, as a row's ``object`` condition reads them: its objects, the
    event noun on a carrier ("ended mediation efforts": mediation), what a control is of ("recovered control
    of two villages": village), what a bundle holds ("approved a package of sanctions": sanction,
    :func:`amount_contents`). The object word ``PERSON`` stands for a person named by name (a PERSON entity), ``ORG``
    for a body named by name (an ORG entity: "crush Hamas"):
    "received Hungarian Prime Minister Orban" as "received the minister" (a leader receiving a visitor, PLOVER
    manual, CONSULT), while "received a letter" names a thing."""
    objs = objects(tok)
    got = {o.lemma_.lower() for o in objs} | {o.lower_ for o in objs}
    if any(o.ent_type_ == "PERSON" for o in objs):
        got.add("PERSON")  # the upper-case word of the verbs.tsv object column; lemmas are lower case
    if any(o.ent_type_ == "ORG" and o.pos_ == "PROPN" for o in objs):
        got.add("ORG")  # a body named by name: "vowed to crush Hamas" as "crush the militants"
    got |= _amount_contents(tok, objs)
    got |= {c.lemma_.lower() for o in objs if o.lemma_.lower() in CARRIER_NOUNS
            for c in o.children if c.dep_ == "compound"}
    got |= {x.lemma_.lower() for o in objs if o.lemma_.lower() in CONTROL_NOUNS
            for x in prep_objects(o, ("of", "over"))}
    return got


def row_conditions_hold(p: Pattern, tok) -> bool:
    """True when ``tok`` meets the conditions of row ``p``: its particle ("phase out"), one of its object
    lemmas ("impose sanctions"), no to-infinitive for ``noinf`` rows ("sought to deepen ties" is an intent), a
    to-infinitive on it or its object for ``inf`` rows ("gave Delta 30 days to respond"; a for-to clause, "calls for
    Assad to step down", :func:`eventwire.nlp.views.for_to_clause`),
    a governor of ``head=`` ("died in a Russian missile strike": the verb above the preposition), a
    prepositional phrase of ``prep=`` (:func:`has_prep_phrase`)."""
    if p.particle and particle_child(tok, p.particle) is None:
        return False
    if p.objects and not object_words(tok) & p.objects:
        return False
    if p.noinf and any(c.dep_ == "xcomp" and c.pos_ in VERBS and has_to_infinitive(c) for c in tok.children):
        return False
    if p.inf and not any(c.pos_ in VERBS and has_to_infinitive(c) for x in [tok, *objects(tok)] for c in x.children
                         if c.dep_ in ("xcomp", "acl", "advcl", "relcl")) and for_to_clause(tok) is None:
        return False
    if p.heads:
        gov = word_forms(tok.head) | (word_forms(tok.head.head) if tok.dep_ == "pobj" else set())
        if not gov & p.heads and not (p.pos == "N" and any(word_forms(c) & p.heads for c in event_participles(tok))):
            return False
    if p.preps and not has_prep_phrase(tok, p.preps, p.prep_objects):
        return False
    return True


#: Participles that only report an event noun, never do it ("the protests seen in Paris"): no light verb.
_NOT_LIGHT_PARTICIPLES = frozenset({"be", "see", "witness"})


def event_participles(tok) -> list:
    """The past participles that modify the event noun ``tok`` as its light verb in a reduced relative clause: "the
    arms embargo imposed on China", "protests held against the government in Geneva", "a ceasefire declared by the
    rebels" (``acl`` children tagged VBN; not "seen"/"witnessed", which report it). The ``head=`` condition of a noun
    row reads them like the verb the noun is the object of ("imposed an embargo on China"), and the argument rules
    read their "on"/"against" and "by" phrases (:func:`eventwire.events.recipient_rules.source_prep`,
    :func:`eventwire.events.actor_rules.by_agent`). Source: PLOVER manual (SANCTION, PROTEST: the act, however
    phrased)."""
    return [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in
            _NOT_LIGHT_PARTICIPLES]


def particle_child(tok, particle: str):
    """The child of ``tok`` that is the particle of a phrasal verb row ("phase out", "call on" the government), or
    None. A preposition whose object is a date or time ("Macron called Scholz on Monday") heads a time phrase and is
    no particle: "called ... on Monday" is no "call on". The "for" of a for-to clause is the particle "for"
    ("called for Assad to step down": :func:`eventwire.nlp.views.for_to_clause`). Grammar: spaCy's DATE/TIME
    entities on the object."""
    for c in tok.children:
        if c.dep_ not in ("prt", "prep", "advmod") or c.lower_ != particle:
            continue
        if c.dep_ == "prep" and any(x.dep_ == "pobj" and x.ent_type_ in ("DATE", "TIME") for x in c.children):
            continue
        return c
    if particle == "for" and (clause := for_to_clause(tok)) is not None:
        # "called for Assad to step down": the parser makes "for" the marker of the for-to clause
        return next(m for m in clause.children if m.dep_ == "mark" and m.lower_ == "for")
    return None


def has_prep_phrase(tok, preps: frozenset, lemmas: frozenset = frozenset()) -> bool:
    """True when ``tok`` has a prepositional phrase headed by one of ``preps`` and, when ``lemmas`` is not
    empty, whose object is one of them ("spoke by phone", "spoke with Xi", "a call with Modi"): the row
    condition ``prep=`` of verbs.tsv. A speech verb is an act of consultation only with its counterpart or
    its medium. The object word ``ORG`` stands for a named organisation (an ORG entity): "expelled from Labour",
    "expelled from the African National Congress" as "expelled from the party" (PLOVER manual, SANCTION: expulsion
    from an organisation reduces relations), while "expelled from Kenya" (a GPE) stays a deportation."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            if not lemmas or any(x.lemma_.lower() in lemmas or x.lower_ in lemmas or (
                    x.ent_type_ == "ORG" and "ORG" in lemmas) for x in pobjs(c)):
                return True
    # "calls for the president to resign": a for-to clause is a "for" phrase with a clause for its object
    return "for" in preps and not lemmas and for_to_clause(tok) is not None


def is_date_word(tok) -> bool:
    """True for a month or weekday name used as a date ("In March 2012", "on 12 March", "March 3", "In
    March," read as a date by the parser): a date word is never a trigger, whatever verb or noun it is
    spelled like (issue 13: "In March 2012, Mali's army staged a coup" coded a PROTEST "March"). Lexicon
    lists ``month`` and ``weekday``."""
    if tok.lower_ not in DATE_NAMES:
        return False
    return tok.ent_type_ in ("DATE", "TIME") or any(c.like_num for c in tok.children) or tok.head.like_num


#: Speech verbs that, with an addressee and a to-infinitive, give a directive (lexicon ``directive_speech_verb``:
#: "told Israel to stop the offensive").
DIRECTIVE_SPEECH_VERBS = words("directive_speech_verb")


def directive_speech(tok, lem: str) -> bool:
    """Rule ``directive_speech``. Shape: a speech verb of :data:`DIRECTIVE_SPEECH_VERBS` with a direct object (the
    addressee) and a to-infinitive (``xcomp`` with "to") -- "X told Y to <act>": no attribution of what was said but a
    directive to Y, read by its verbs.tsv row (REQUEST, with a to-infinitive and both parties resolved). Examples:
    "The United States told Israel to stop the offensive" -> USA REQUEST ISR; "Beijing told Manila to withdraw its
    ships" -> CHN REQUEST PHL; "he told reporters that ..." and "told Reuters on Monday" stay attribution (no
    to-infinitive); "told reporters to wait" codes no party (strict row). Source: PLOVER manual, REQUEST (demands and
    orders to act; CAMEO 10 "demand"); ../shared/eval/voa_news/ANNOTATION.md ("a call/demand/urging -> REQUEST").
    Kind from the REQUEST events of the training stories that were missed ("told ... to")."""
    if lem not in DIRECTIVE_SPEECH_VERBS:
        return False
    return has_child(tok, "dobj") and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and has_to_infinitive(c)
                                          for c in tok.children)


#: Speech verbs whose direct object may be the deed itself rather than what was said (lexicon
#: ``deed_announcing_verb``: "announced a $300 million military aid package for Ukraine").
DEED_ANNOUNCING_VERBS = words("deed_announcing_verb")


def announced_deed(tok, lem: str, patterns: PatternSet) -> bool:
    """Rule ``announced_deed``. Shape: a speech verb of :data:`DEED_ANNOUNCING_VERBS` whose direct object meets the
    object condition of a row of its own in the pattern dictionary (verbs.tsv rows of "announce", each with an
    ``object`` list) -- "X announced <aid> for/to Y": no attribution of what was said but the giver's act, read by
    its row (AID, with both parties resolved: strict). Examples: "The United States announced a $300 million
    military aid package for Ukraine" -> USA AID UKR (military); "Germany announced new military aid for Ukraine"
    -> DEU AID UKR; "The Pentagon announced a new package of weapons for Kyiv" -> USA AID UKR; "the government
    announced plans to build schools" and "announced that it would send weapons" stay attribution (no such
    object). Source: PLOVER manual, AID (provide military, economic or humanitarian aid; CAMEO 07x); fresh user on
    real news (announced aid packages coded no event)."""
    if lem not in DEED_ANNOUNCING_VERBS:
        return False
    return any(p.objects and row_conditions_hold(p, tok) for p in patterns.candidates(lem, "V"))


def pattern_row(tok, patterns: PatternSet | None = None) -> Pattern | None:
    """The pattern row ``tok`` triggers (rows with more conditions first), or None: speech verbs are
    attribution, never triggers (but for a directive, :func:`directive_speech`); "the banned outfit" is a
    description; "evacuated the wounded" names people; a gerund used as a noun ("Fighting between X and Y spread")
    is read as the noun; a date word is no trigger (:func:`is_date_word`)."""
    tpos = tok.pos_  # the part of speech first: most tokens are no verb or noun (cheaper than the date check)
    pos = "V" if tpos == "VERB" else "N" if tpos in NOUNS else None
    if tpos == "ADJ" and tok.dep_ == "acomp" and lemma(tok) in PREDICATE_PARTICIPLES:
        pos = "V"  # "Israel is opposed to French mediation", "Vietnam is committed to opening up"
    if pos is None:
        return None
    patterns = patterns if patterns is not None else load_patterns()
    lem = repaired_lemma(tok)
    cands = patterns.candidates(lem, pos)
    if pos == "V" and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        cands = patterns.candidates(tok.lower_, "N") or cands
    if not cands:
        return None  # no row to match, whatever the checks below say (most words: cheaper first)
    if is_date_word(tok):
        return None
    if pos == "V" and ((lem in SPEECH and not directive_speech(tok, lem) and not announced_deed(tok, lem, patterns))
                       or tok.dep_ == "amod"
                       or sense_changing_particle(tok, lem)):
        return None
    if pos == "V" and tok.tag_ == "VBN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and has_child(tok, "det"):
        return None  # "evacuated the wounded", "the detained were released": people, not an act
    if pos == "V" and any(p.objects for p in cands):
        # "approved a new package of sanctions": the row of the content (SANCTION) before the container's (AID)
        content = amount_contents(tok)
        if content:
            hit = next((p for p in cands if p.objects & content and row_conditions_hold(p, tok)), None)
            if hit is not None:
                return hit
    return next((p for p in cands if row_conditions_hold(p, tok)), None)


def trigger_tokens(tok, p: Pattern) -> tuple:
    """The words of the event text: the trigger, its particle and its first required object, in order
    ("phase out", "recalled ... ambassador")."""
    toks = [tok]
    part = particle_child(tok, p.particle) if p.particle else None
    if part is not None:
        toks.append(part)
    if p.objects:
        for o in objects(tok):
            if o.lemma_.lower() in p.objects or o.lower_ in p.objects:
                toks.append(o)
                break
    toks.sort(key=lambda t: t.i)
    return tuple(toks)


def _trigger(tok, p: Pattern, source: str) -> Trigger:
    return Trigger(tok, trigger_tokens(tok, p), p, p, source)


@lru_cache(maxsize=64)
def default_row(event: str, pos: str) -> Pattern:
    """The row the argument rules read for a trigger without a dictionary row (a trained detector's
    proposal): no particle, object or governor condition, the type's default CAMEO code
    (:data:`~eventwire.events.ontology.DEFAULT_CAMEO`), and the recipient sources most rows of that type and
    part of speech in ``verbs.tsv`` use (first such row on a tie; ``dobj`` when the type has none). Rules-only rows
    (condition ``rules``) are not counted: like the detector's features, its default reading does not move with
    them."""
    rows = [p for p in load_patterns().patterns if p.event == event and p.pos == pos and p.recipient
            and not p.rules_only]
    counts = Counter(p.recipient for p in rows)
    best = max(counts.items(), key=lambda kv: (kv[1], -min(p.line for p in rows if p.recipient == kv[0])),
               default=(("dobj",), 0))[0]
    return Pattern("<default>", pos, None, frozenset(), event, None, (), DEFAULT_CAMEO[event], best, frozenset(),
                   False, 0)


# ---------------------------------------------------------------------------------------- sources
# Each source is called as ``source(sent, found, patterns)``: ``sent`` the sentence (a spaCy Span, or the list of
# its tokens, as :func:`find_triggers` passes it: a :class:`SentenceTokens`), ``found`` the triggers of the sources
# before it.
class SentenceTokens(list):
    """The tokens of one sentence (a list; :func:`rule_pass` makes one per sentence and hands it to every source) with
    the lower-case lemmas (``lemmas``) and forms (``forms``) of its tokens, in order, and the sets of both
    (``lemma_set``, ``form_set``), each made on first use and kept: a spaCy Token makes a new string on every read
    of an attribute, and most sources look for a few words only, so they first look whether the sentence has one
    (speed)."""

    @cached_property
    def lemmas(self) -> list[str]:
        """``tok.lemma_.lower()`` of each token."""
        return [t.lemma_.lower() for t in self]

    @cached_property
    def forms(self) -> list[str]:
        """``tok.lower_`` of each token."""
        return [t.lower_ for t in self]

    @cached_property
    def lemma_set(self) -> frozenset:
        """The set of :attr:`lemmas`."""
        return frozenset(self.lemmas)

    @cached_property
    def form_set(self) -> frozenset:
        """The set of :attr:`forms`."""
        return frozenset(self.forms)


def sentence_tokens(sent) -> SentenceTokens:
    """``sent`` (a spaCy Span, or a list of its tokens) as a :class:`SentenceTokens`: itself when it is one."""
    return sent if isinstance(sent, SentenceTokens) else SentenceTokens(sent)


@lru_cache(maxsize=4)
def _row_words(patterns: PatternSet) -> frozenset:
    """Every word by which :func:`pattern_row` may find a row of ``patterns``: the lemmas of its rows and the forms
    whose lemma is repaired (``LEMMA_FIXES``). A token whose lemma and form are neither has no row (speed)."""
    return frozenset(lem for lem, _ in patterns.by_key) | frozenset(LEMMA_FIXES)


def dictionary_triggers(sent, found, patterns) -> list[Trigger]:
    """Tokens matching a row of the pattern dictionary (see :func:`pattern_row`). Source: verbs.tsv
    (PLOVER manual v0.8 definitions, CAMEO 1.1b3 verb dictionary). On tokens no earlier source took."""
    taken = {t.token.i for t in found}
    words_ = sentence_tokens(sent)
    row_words = _row_words(patterns if patterns is not None else load_patterns())
    out = []
    for tok, low, form in zip(words_, words_.lemmas, words_.forms):
        if (low not in row_words and form not in row_words) or tok.i in taken:
            continue  # no row has its lemma or form (most tokens)
        p = pattern_row(tok, patterns)
        if p is not None:
            out.append(_trigger(tok, p, "pattern"))
    return out


def is_demand_statement(tok) -> bool:
    """"X said/declared/insisted that Y must/should Z", "X said Y needed to Z" (:func:`_obligation_clause`): a
    demand by X on Y (CAMEO 10, PLOVER REQUEST) even without a demand verb; the speaker is the actor, Y the
    recipient ("America needed to listen to the world too, he said": the speaker asks America). Not when the
    clause says how a state of things ought to be (:func:`state_of_affairs`: "abortion should be available to
    everyone") nor where a border ought to run (:func:`boundary_course`: "Nairobi claims the frontier should head
    due east")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _DEMAND_STATEMENT_VERBS:
        return False
    for c in tok.children:
        if c.dep_ == "ccomp" and _obligation_clause(c) and not state_of_affairs(c) and not boundary_course(c):
            return any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
    return False


def demand_statements(sent, found, patterns) -> list[Trigger]:
    """Speech verbs with a must/should complement ("Russia said Sudan must return the helicopter"): REQUEST
    (CAMEO 10, PLOVER manual REQUEST), on tokens no dictionary row matched."""
    words_ = sentence_tokens(sent)
    if words_.lemma_set.isdisjoint(_DEMAND_STATEMENT_VERBS):
        return []  # no verb of saying or declaring (speed)
    taken = {t.token.i for t in found}
    return [_trigger(tok, DEMAND_STATEMENT, "demand-statement") for tok, low in zip(words_, words_.lemmas)
            if low in _DEMAND_STATEMENT_VERBS and tok.i not in taken and is_demand_statement(tok)]


def reported_violation(tok) -> bool:
    """True when speech verb ``tok`` (lexicon ``speech_verb``: "said", "added", "told") reports, in its "that"
    complement, that another party breaks a rule, an agreement or an order (lexicon ``violation_verb``: "Britain
    said Russia had violated the ceasefire agreement", "The United States said Iran is defying the U.N. Security
    Council", "it was India which violated all bilateral agreements, Qureshi said"): the complement's verb, or a
    verb conjoined to it or in a relative clause on its subject, is a violation verb with a subject of its own
    that is a noun (a pronoun mostly stands for the speaker: "saying they would ignore the ban" is their own
    defiance; "Britain said it had violated" an admission), other than the speaker's own word."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEECH_VERBS:
        return False
    for c in tok.children:
        if c.dep_ != "ccomp":
            continue
        verbs = [c] + [x for x in c.children if x.dep_ == "conj" and x.pos_ == "VERB"]
        verbs += [r for x in c.children if x.dep_ in ("attr", "nsubj") for r in x.children if r.dep_ == "relcl"]
        for v in verbs:
            if v.lemma_.lower() not in VIOLATION_VERBS:
                continue
            subj = next((x for x in v.children if x.dep_ == "nsubj"), None)
            if subj is None and v.dep_ == "conj":
                subj = next((x for x in v.head.children if x.dep_ == "nsubj"), None)
            if subj is not None and (subj.pos_ in ("NOUN", "PROPN") or (subj.lower_ in RELATIVE_WHO and v.dep_ == "relcl")) \
                    and subj.lemma_.lower() != next((x.lemma_.lower() for x in tok.children if x.dep_ == "nsubj"), ""):
                return True
    return False


#: The verbs :func:`allegations` reads: of alleging, and of saying (:func:`reported_violation`).
_ALLEGING_VERBS = ALLEGE_VERBS | SPEECH_VERBS


def allegations(sent, found, patterns) -> list[Trigger]:
    """"X claimed that Y had attacked Z": the claim is an allegation against Y (PLOVER manual, ACCUSE
    "accuse, allege, or charge"; CAMEO 112) when its complement holds an allegeable act found by the
    earlier sources. So is a plain statement that another party breaks a rule or an agreement
    (:func:`reported_violation`: "Britain said Russia had violated the ceasefire agreement"), as the training
    annotations code it ("Qureshi said it was India which violated all bilateral agreements with Pakistan": PAK
    ACCUSE IND)."""
    words_ = sentence_tokens(sent)
    if words_.lemma_set.isdisjoint(_ALLEGING_VERBS):
        return []  # no verb of alleging or saying (speed)
    rows = {t.token.i: t.row for t in found}
    out = []
    for tok, low in zip(words_, words_.lemmas):
        if low not in _ALLEGING_VERBS or tok.i in rows or tok.pos_ != "VERB":
            continue
        if low in ALLEGE_VERBS:
            for c in tok.children:
                if c.dep_ == "ccomp" and any(x.i in rows and rows[x.i].event in ALLEGEABLE for x in c.subtree):
                    out.append(_trigger(tok, ALLEGE_STATEMENT, "allegation"))
                    break
        elif reported_violation(tok):
            out.append(_trigger(tok, ALLEGE_STATEMENT, "allegation"))
    return out


def broken_agreement(trig: Trigger, rows: dict) -> bool:
    """"Russia had violated the ceasefire agreement", "Iran is flouting the deal", "the rebels broke the truce": an
    agreement that is the object of a verb of breaking it (lexicon ``violation_verb``) is no agreement made by the
    one who breaks it -- the AGREE noun's light verb is its undoing. Source: PLOVER manual, AGREE (an agreement
    reached or signed); the training annotations code "violated all bilateral agreements" ACCUSE, never AGREE."""
    tok = trig.token
    if trig.event != "AGREE" or trig.row.pos != "N":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "reneged on the deal"
    elif tok.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in VIOLATION_VERBS


def judgement_words(tok) -> list:
    """The words of the judgement a judgement verb passes: its predicate dependents (:data:`JUDGEMENT_DEPS`) and the
    words of its "as" phrase ("described the jailbreak as deplorable", and the participle spaCy parses as an
    adverbial clause: "described the reports as fabricated"), each with its conjuncts ("egregious and insulting")."""
    heads = [c for c in tok.children if c.dep_ in JUDGEMENT_DEPS]
    heads += [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for x in c.children
              if x.dep_ in ("pobj", "amod", "acomp", "attr")]
    # "described the reports as fabricated": spaCy parses a participle after "as" as a subjectless adverbial clause
    heads += [c for c in tok.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "JJ") and any(
        m.dep_ == "mark" and m.lower_ == "as" for m in c.children) and not any(
        m.dep_ in ("nsubj", "nsubjpass") for m in c.children)]
    out = []
    for h in heads:
        out += [h] + [c for c in h.children if c.dep_ == "conj"]
    return out


def judgement_with_modifiers(tok) -> list:
    """The words of the judgement (:func:`judgement_words`) with the adjectives and compounds that qualify them and
    the object of their "of" phrase: "calling it a reckless act of provocation", "branded the vote an illegal
    step", "called the decision a shameful one" judge with the modifier ("reckless", "illegal", "shameful") or the
    "of" object ("provocation") of a neutral head noun ("act", "step", "one"). Source: PLOVER manual, ACCUSE
    ("criticize ... disapprove"); the training annotations code "calling it a 'reckless' act of provocation"
    ACCUSE."""
    heads = judgement_words(tok)
    out = list(heads)
    for h in heads:
        out += [m for m in h.children if m.dep_ in ("amod", "compound")]
        out += [x for m in h.children if m.dep_ == "prep" and m.lower_ == "of" for x in m.children if x.dep_ == "pobj"]
    return out


def judgements(sent, found, patterns) -> list[Trigger]:
    """"Exantus described the jailbreak as deplorable", "he called the ruling arbitrary", "Moscow branded the
    sanctions illegal": a judgement verb (lexicon ``judgement_verb``) whose judgement holds a word of disapproval
    (lexicon ``disapproval_word``; :func:`judgement_words`) is an ACCUSE disapprove by its subject on what it judges
    (recipient: the object, a country named in it, or its possessor); one whose judgement commends (lexicon
    ``commendation_word``: "called the decision laudable") is SUPPORT (:data:`APPROVAL_JUDGEMENT`; PLOVER manual, SUPPORT
    "commend"). A neutral or merely favourable judgement ("described the talks as productive") is none. On tokens no earlier source took. Source: PLOVER manual, ACCUSE
    ("criticize ... disapprove"); CAMEO 111 (criticize or denounce); issue 13 (real news: "described the jailbreak
    as deplorable", "called the ruling arbitrary")."""
    words_ = sentence_tokens(sent)
    if words_.lemma_set.isdisjoint(JUDGEMENT_VERBS):
        return []  # no verb of judging (speed)
    taken = {t.token.i for t in found}
    out = []
    for tok in words_:
        if tok.i in taken or tok.pos_ != "VERB" or tok.lemma_.lower() not in JUDGEMENT_VERBS:
            continue
        if dismisses_claim(tok):
            out.append(_trigger(tok, DENIAL_STATEMENT, "dismissal"))
        elif _judges_with(DISAPPROVAL_WORDS, judgement_with_modifiers(tok)):
            out.append(_trigger(tok, JUDGEMENT_STATEMENT, "judgement"))
        elif _judges_with(COMMENDATION_WORDS, judgement_with_modifiers(tok)):
            out.append(_trigger(tok, APPROVAL_JUDGEMENT, "judgement"))
    return out


#: Words that judge a claim untrue or empty ("baseless", "nonsense", "idle speculation"; lexicon ``dismissal_word``).
DISMISSAL_WORDS = words("dismissal_word")


def dismisses_claim(tok) -> bool:
    """"The government described the reports as baseless", "branded the allegations lies", "reports ... have been
    described as idle speculation by Downing Street": a judgement verb whose judged thing is a claim (lexicon
    ``claim_noun``; its object, or its passive subject) and whose judgement holds a word of dismissal (lexicon
    ``dismissal_word``) denies the claim: a REJECT by the judge (:data:`DENIAL_STATEMENT`), as "denied the
    reports" is (:func:`denials`), not a criticism. Source: PLOVER manual, CAMEO conversion notes (016 "Deny
    responsibility" as REJECT); the training annotations code "described as 'idle speculation'" and "discounted
    the allegations as 'far-fetched'" REJECT."""
    judged = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CLAIM_NOUNS]
    if not judged:
        return False
    words_ = judgement_words(tok)
    words_ += [m for w in words_ for m in w.children if m.dep_ in ("amod", "compound")]
    return any(w.lemma_.lower() in DISMISSAL_WORDS or w.lower_ in DISMISSAL_WORDS for w in words_)


def stance_statements(sent, found, patterns) -> list[Trigger]:
    """"The United States is deeply disappointed by the Somali government's decision", "Japan is alarmed at North
    Korea's launches", "Britain is seriously concerned about Iran's enrichment": a word of a state of disapproval
    (lexicon ``disapproval_stance``) said of its subject -- the complement of "be"/"remain"/"feel"
    (:data:`STANCE_COPULAS`) or a passive participle -- with what it is about (a "by/about/at/over/with" phrase,
    :data:`STANCE_PREPOSITIONS`) is an ACCUSE disapprove by the subject on the party of that phrase
    (:data:`STANCE_STATEMENT`). Without what it is about ("analysts are concerned") it is none, and "concerned with"
    is what one deals with, not disapproval ("is concerned with the health of its economy"). On tokens no
    earlier source took. Source: PLOVER manual, ACCUSE ("criticize ... disapprove"); CAMEO 111; the repository's
    row for "expressed concern about" (verbs.tsv, concern N)."""
    words_ = sentence_tokens(sent)
    if words_.lemma_set.isdisjoint(DISAPPROVAL_STANCES) and words_.form_set.isdisjoint(DISAPPROVAL_STANCES):
        return []  # no word of disapproval (speed)
    taken = {t.token.i for t in found}
    out = []
    for tok in words_:
        if tok.i in taken or tok.tag_ not in ("JJ", "VBN") or (
                tok.lower_ not in DISAPPROVAL_STANCES and tok.lemma_.lower() not in DISAPPROVAL_STANCES):
            continue
        said_of = (tok.dep_ == "acomp" and tok.head.lemma_.lower() in STANCE_COPULAS) or (
            tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_.lower() == "be" for c in tok.children))
        preps = STANCE_PREPOSITIONS - {"with"} if tok.lemma_.lower() in ("concern", "concerned") else STANCE_PREPOSITIONS
        if said_of and any(c.dep_ in ("prep", "agent") and c.lower_ in preps and any(
                x.dep_ in ("pobj", "pcomp") for x in c.children) for c in tok.children):
            out.append(_trigger(tok, STANCE_STATEMENT, "stance"))
    return out


def is_denial(tok) -> bool:
    """True for a verb of denial (lexicon ``denial_verb``) that denies a claim or a part in an act: a "that" clause
    ("denied that its forces had shelled the town", "denied there was any snub"), a claim or part as its object or
    passive subject (lexicon ``claim_noun``, ``denied_act_noun``: "denied the charges", "the claims were denied by
    Labour", "denied any involvement") or a gerund ("denies sending combat forces")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in DENIAL_VERBS:
        return False
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
            return True
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CLAIM_NOUNS | DENIED_ACT_NOUNS:
            return True
        if c.dep_ in ("xcomp", "dobj", "ccomp", "pcomp") and c.tag_ == "VBG":
            return True
    return False


#: Statements of consequence (PLOVER manual, THREATEN: "coercive or forceful warnings with serious potential
#: repercussions"): a retaliation, a forceful or conditional response, or countermeasures announced as future,
#: conditional or pledged. Lexicon ``retaliation_verb``, ``response_verb``, ``forceful_manner``,
#: ``countermeasure_noun``, ``countermeasure_verb``, ``expectation_verb``.
RETALIATION_VERBS = words("retaliation_verb")
RESPONSE_VERBS = words("response_verb")
FORCEFUL_MANNER = words("forceful_manner")
COUNTERMEASURE_NOUNS = words("countermeasure_noun")
COUNTERMEASURE_VERBS = words("countermeasure_verb")
EXPECTATION_VERBS = words("expectation_verb")
#: Verbs that make the act they govern a promise or warning of the subject ("vowed to retaliate").
CONSEQUENCE_GOVERNORS = words("pledge_verb") | {"threaten", "warn", "promise"}
#: Retaliation verbs that need the particle "back" ("will hit back", "strike back").
BACK_VERBS = frozenset({"hit", "strike"})
#: The pseudo-patterns of statements of consequence: a threat of force (CAMEO 138) and an unspecified threat
#: (CAMEO 130); the recipient is the party the act would be against, else the one who must meet the condition.
RETALIATION_THREAT = Pattern("<retaliation>", "V", None, frozenset(), "THREATEN", "violence", (), "138",
                             ("P:against|on|at",), frozenset(), False, 0)
#: "Beijing vowed to retaliate against the new tariffs": a retaliation for an economic measure threatens one in kind
#: (CAMEO2PLOVER 1312: THREATEN restrict, economic, "threaten to boycott, embargo, or sanction"), no force.
ECONOMIC_RETALIATION_THREAT = Pattern("<retaliation>", "V", None, frozenset(), "THREATEN", "restrict", ("economic",),
                                      "1312", ("P:against|on|at",), frozenset(), False, 0)
#: Words of an economic measure that make a retaliation for it economic (the lexicon's economic context words are
#: broader: "gas", "oil" can be the target of a strike).
ECONOMIC_MEASURE_WORDS = words("economic_measure_word")
RESPONSE_THREAT = Pattern("<response>", "V", None, frozenset(), "THREATEN", None, (), "130", ("P:against",),
                          frozenset(), False, 0)
#: "Russia will pay a heavy price, the president said": the speaker threatens the payer (CAMEO 130).
PRICE_THREAT = Pattern("<price>", "V", None, frozenset(), "THREATEN", None, (), "130", (), frozenset(), False, 0)
PRICE_NOUNS = words("price_noun")
HEAVY_PRICE_WORDS = words("heavy_price_word")
#: "Russia would face severe consequences if it attacked a NATO member": a penalty to be borne (lexicon
#: ``penalty_verb`` with an object of ``penalty_noun``) is, like a heavy price, a threat of the speaker on the bearer.
PENALTY_VERBS = words("penalty_verb")
PENALTY_NOUNS = words("penalty_noun")
COUNTERMEASURE_THREAT = Pattern("<countermeasure>", "N", None, frozenset(), "THREATEN", None, (), "130",
                                ("P:against|on",), frozenset(), False, 0)


def states_consequence(v, sent) -> bool:
    """True when verb ``v`` announces an act as a consequence rather than reporting it: future or hypothetical
    ("would retaliate", "will respond"), under a condition of its own ("... if Russia attacks"), or pledged,
    threatened or promised ("vowed to take countermeasures"); never negated, inside an if/unless clause (the
    condition itself), nor predicted by someone else ("analysts expect Iran to retaliate"), nor in the conditional
    perfect (:func:`eventwire.events.modality.counterfactual_past`: "Syria would have responded" threatens nothing),
    nor inside an open question (:func:`eventwire.events.modality.indirect_question`)."""
    if modality.negated(v) or modality.counterfactual_past(v) or modality.indirect_question(v):
        return False  # "it is unclear whether Iran will retaliate": an open question threatens nothing
    if estimated_response(v):
        return False  # "Riyadh would likely respond by cutting ties": a forecast, nobody's warning
    t = v
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return False
        if t.head.i == t.i:
            break
        if t.dep_ in ("xcomp", "ccomp") and t.head.lemma_.lower() in EXPECTATION_VERBS:
            return False
        t = t.head
    if _right_infinitive(v):
        return reserved_right(v)  # "has the right to respond" states a right, "does not reserve the right" none
    if governed_by(v, CONSEQUENCE_GOVERNORS):
        return True
    return modality.conditioned(v) or modality.status(v, sent) in ("future", "hypothetical")


#: Adverbs of an estimate of what may happen ("would likely respond", "will probably retaliate"; lexicon
#: ``estimate_adverb``).
ESTIMATE_ADVERBS = words("estimate_adverb")


def estimated_response(v) -> bool:
    """Rule ``estimated_response``. Shape: a response or retaliation verb with an adverb of estimate (lexicon
    ``estimate_adverb``) -- "If Iran resumes arms shipments, Riyadh would likely respond by cutting ties", "Israel
    will probably retaliate, analysts say", "Moscow would perhaps respond in kind": somebody weighs what the actor
    may do; the actor warns nobody, so no THREATEN (PLOVER manual, THREATEN: "coercive or forceful warnings" made
    by the threatener). What the response would be keeps its own type, hypothetical (:func:`eventwire.events.
    modality.means_verb`). Negative: "Riyadh would respond by cutting ties, the Saudi minister said" and "NATO will
    respond if Russia attacks a member" (no estimate: the announced consequence stays a threat). Kind from a fresh
    user's commentary (stop 22: an analyst's conjecture coded SAU THREATEN IRN actual)."""
    return any(c.dep_ == "advmod" and c.lower_ in ESTIMATE_ADVERBS for c in v.children)


#: Verbs of compulsion whose passive, with a response as its infinitive, is a warning ("would be forced to respond";
#: lexicon ``compulsion_verb``).
COMPULSION_VERBS = words("compulsion_verb")


def compelled_response(v) -> bool:
    """Rule ``compelled_response``. Shape: a response verb as the to-infinitive of a passive verb of compulsion
    (:data:`COMPULSION_VERBS`) -- "Russia said it would be forced to respond if Finland joined NATO", "Iran will be
    compelled to react", "China would be obliged to respond": the diplomatic formula of a warning, which states the
    response as a consequence the speaker lays on the other party (its condition, when there is one, hangs on the verb of
    compulsion, not on the response). With :func:`states_consequence` (future or hypothetical, not negated), a THREATEN
    (PLOVER manual, THREATEN; CAMEO 13). Kind from the THREATEN events of the training stories that were missed
    (warnings by a consequence announced without a threat verb)."""
    h = v.head
    return v.dep_ == "xcomp" and has_to_infinitive(v) and h.lemma_.lower() in COMPULSION_VERBS and \
        any(c.dep_ == "auxpass" for c in h.children)


def _right_infinitive(v) -> bool:
    """True for the to-infinitive of "the right" ("the right to respond")."""
    return v.dep_ in ("acl", "xcomp") and v.head.lemma_.lower() == "right" and has_to_infinitive(v)


def reserved_right(v) -> bool:
    """"Iran reserves the right to respond", "China reserved the right to take countermeasures": the act is the
    infinitive of "the right" that the subject reserves, a diplomatic formula of warning (PLOVER manual, THREATEN;
    CAMEO 13). Not negated ("does not reserve the right")."""
    if not _right_infinitive(v):
        return False
    r = v.head
    g = r.head
    return r.dep_ == "dobj" and g.lemma_.lower() == "reserve" and not modality.negated(g)


def _forceful(v) -> bool:
    """"respond militarily", "react decisively", "respond with force", "respond to any attack"."""
    for c in v.children:
        if c.dep_ == "advmod" and c.lower_ in FORCEFUL_MANNER:
            return True
        if c.dep_ == "prep" and c.lower_ in ("with", "to") and any(
                x.dep_ == "pobj" and (x.lemma_.lower() in FORCEFUL_MANNER or (c.lower_ == "to" and (
                    (r := pattern_row(x)) is not None and r.event == "ASSAULT"))) for x in c.children):
            return True
    return False


def states_dismissal(tok) -> bool:
    """True for a speech verb (lexicon ``speech_verb``) whose "that" clause says a claim (lexicon ``claim_noun``) is
    false: a copula whose subject is the claim and whose predicate holds a word of dismissal (lexicon
    ``dismissal_word``): "China said the accusations were groundless", "the ambassador said allegations that Pakistan
    is supporting militants are baseless and unfounded", "the ministry said the reports were false". Such a
    statement denies the claim as "called the allegations baseless" does (:func:`dismisses_claim`). Source: PLOVER
    manual, CAMEO conversion notes (016 "Deny responsibility" as REJECT); the training annotations code dismissals
    of claims REJECT."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEECH_VERBS:
        return False
    for c in tok.children:
        if c.dep_ != "ccomp" or c.lemma_ != "be":
            continue
        if not any(x.dep_ == "nsubj" and x.lemma_.lower() in CLAIM_NOUNS for x in c.children):
            continue
        preds = [x for x in c.children if x.dep_ in ("acomp", "attr")]
        preds += [y for x in preds for y in x.children if y.dep_ in ("conj", "amod", "compound")]
        if any(w.lemma_.lower() in DISMISSAL_WORDS or w.lower_ in DISMISSAL_WORDS for w in preds):
            return True
    return False


#: The verbs :func:`denials` reads: of denial (:func:`is_denial`) and of saying (:func:`states_dismissal`).
_DENYING_VERBS = DENIAL_VERBS | SPEECH_VERBS


def denials(sent, found, patterns) -> list[Trigger]:
    """"Iran denied the charges", "the Kremlin denied that its forces had shelled a hospital", "the Taliban deny
    providing sanctuary to fighters", "China said the accusations were groundless": a denial (:func:`is_denial`,
    :func:`states_dismissal`) is a REJECT by the denier
    (:data:`DENIAL_STATEMENT`), on tokens no earlier source took; what it denies is no event
    (:func:`content_of_other`). Source: PLOVER manual, CAMEO conversion notes (016 "Deny responsibility" as REJECT);
    the training annotations (29 denials, all but two REJECT)."""
    words_ = sentence_tokens(sent)
    if words_.lemma_set.isdisjoint(_DENYING_VERBS):
        return []  # no verb of denial or saying (speed)
    taken = {t.token.i for t in found}
    return [_trigger(tok, DENIAL_STATEMENT, "denial") for tok, low in zip(words_, words_.lemmas)
            if low in _DENYING_VERBS and tok.i not in taken and (is_denial(tok) or states_dismissal(tok))]


def _economic_retaliation(tok) -> bool:
    """True when what the retaliation ``tok`` answers or targets is an economic measure (its prepositional objects
    or its clause's objects hold lexicon ``economic_measure_word``: "retaliate against the tariffs", "retaliate for
    the sanctions"): it is then a threat of a measure in kind (:data:`ECONOMIC_RETALIATION_THREAT`)."""
    for c in tok.children:
        if c.dep_ in ("prep", "advcl", "dobj"):
            if any(t.lemma_.lower() in ECONOMIC_MEASURE_WORDS or t.lower_ in ECONOMIC_MEASURE_WORDS for t in c.subtree):
                return True
    return False


def borne_penalty(v):
    """The penalty verb ``v`` says its subject will bear, or None: "would face severe consequences", "will face a
    firm response", "will suffer the consequences" -- an object of lexicon ``penalty_noun`` without an "of" phrase
    of its own ("will face the consequences of climate change" names a cause, no penalty anybody imposes).
    Source: PLOVER manual, THREATEN ("coercive or forceful warnings with serious potential repercussions"): the
    repercussion is announced for the bearer, the threat is the speaker's."""
    for o in v.children:
        if o.dep_ == "dobj" and o.lemma_.lower() in PENALTY_NOUNS and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in o.children):
            return o
    return None


#: The lemmas :func:`consequences` reads (a countermeasure noun also by its form).
_CONSEQUENCE_WORDS = RETALIATION_VERBS | RESPONSE_VERBS | {"pay"} | PENALTY_VERBS | COUNTERMEASURE_NOUNS


def consequences(sent, found, patterns) -> list[Trigger]:
    """"Tehran would retaliate against any attack, an Iranian official said", "NATO will respond if Russia attacks a
    member", "China vowed to take countermeasures": a retaliation, a response with a condition or a forceful manner,
    or countermeasures to be taken, announced as a consequence (:func:`states_consequence`), is a THREATEN by the
    one who would act on the party it would be against; "Russia will pay a heavy price, the president said": a
    heavy price to be paid (lexicon ``price_noun``, ``heavy_price_word``) is a THREATEN by the speaker on the payer
    (PLOVER manual, THREATEN; CAMEO 13 "threaten", 138 "threaten with military force"); "Russia would face severe
    consequences if it attacked a NATO member, Stoltenberg said": a penalty to be borne (:func:`borne_penalty`) is
    the same threat of the speaker on the bearer. A plain future ("the minister will respond to questions", "will visit Paris") is none,
    and so is a retaliation reported as done ("Israel retaliated"). On tokens no earlier source took."""
    words_ = sentence_tokens(sent)
    if words_.lemma_set.isdisjoint(_CONSEQUENCE_WORDS) and words_.form_set.isdisjoint(COUNTERMEASURE_NOUNS):
        return []  # no word of a retaliation, response, price, penalty or countermeasure (speed)
    taken = {t.token.i for t in found}
    out = []
    for tok in words_:
        if tok.i in taken:
            continue
        low = tok.lemma_.lower()
        if tok.pos_ == "VERB" and low in RETALIATION_VERBS:
            back = next((c for c in tok.children if c.lower_ == "back" and c.dep_ in ("prt", "advmod")), None)
            if low in BACK_VERBS and back is None:
                continue
            if states_consequence(tok, sent):
                toks = tuple(sorted([tok] + ([back] if back is not None else []), key=lambda t: t.i))
                row = ECONOMIC_RETALIATION_THREAT if _economic_retaliation(tok) else RETALIATION_THREAT
                out.append(Trigger(tok, toks, row, row, "consequence"))
        elif tok.pos_ == "VERB" and low in RESPONSE_VERBS:
            forceful = _forceful(tok)
            if (forceful or modality.conditioned(tok) or compelled_response(tok)) and states_consequence(tok, sent):
                row = RETALIATION_THREAT if forceful else RESPONSE_THREAT
                out.append(Trigger(tok, (tok,), row, row, "consequence"))
        elif tok.pos_ == "VERB" and low == "pay":
            price = next((o for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in PRICE_NOUNS and any(
                m.dep_ == "amod" and m.lower_ in HEAVY_PRICE_WORDS for m in o.children)), None)
            if price is not None and states_consequence(tok, sent):
                out.append(Trigger(tok, (tok, price), PRICE_THREAT, PRICE_THREAT, "consequence"))
        elif tok.pos_ == "VERB" and low in PENALTY_VERBS:
            penalty = borne_penalty(tok)
            if penalty is not None and states_consequence(tok, sent):
                out.append(Trigger(tok, (tok, penalty), PRICE_THREAT, PRICE_THREAT, "consequence"))
        elif tok.pos_ == "NOUN" and (low in COUNTERMEASURE_NOUNS or tok.lower_ in COUNTERMEASURE_NOUNS) and \
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in COUNTERMEASURE_VERBS and \
                states_consequence(tok.head, sent):
            out.append(Trigger(tok, (tok.head, tok), COUNTERMEASURE_THREAT, COUNTERMEASURE_THREAT, "consequence"))
    return out


#: The trained detector beside the rules (see module doc): a token no rule reads becomes a trigger when the
#: detector's best type has at least this probability; a rule trigger is dropped when the detector reads it as no
#: event with at least :data:`DETECTOR_VETO` (1.0 or more: never). DETECTOR_ADD: with DETECTOR_ADD_BESIDE, the pair
#: `eventwire train --cv 5` chooses (5-fold cross-validation on whole training stories, story-level scoring: the most
#: conservative pair within :data:`eventwire.train.tune.NEAR_BEST` F1 of the best; model card
#: ``data/models/trigger_detector.md``, which also gives the evidence-anchored scores of
#: :func:`eventwire.train.tune.evidence_scores`); DETECTOR_VETO: the dev split.
DETECTOR_ADD = 0.05
DETECTOR_VETO = 1.01
#: A detector record in a sentence that also has a rule record needs at least this probability
#: (:func:`eventwire.events.subsume.detector_beside_rules`); chosen with DETECTOR_ADD by the same cross-validation
#: (the most conservative pair within :data:`eventwire.train.tune.NEAR_BEST` F1 of the best). 1.01: the detector codes only sentences the rules leave
#: without a record.
DETECTOR_ADD_BESIDE = 1.01


#: Dependency relations that keep a governor in the clause of its dependent: a rule trigger's governors along them
#: ("would like to join the talks", "insisted on its demands") belong to its act. Clausal relations (ccomp, advcl,
#: pcomp, conj, relcl) end the walk: "slammed X for attacking Y" keeps "slammed" for the detector. Grammar, not
#: vocabulary (Universal Dependencies / ClearNLP labels of the spaCy English model).
SAME_CLAUSE_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "attr", "acomp", "oprd", "dative", "agent",
                              "nsubjpass", "compound", "amod", "nmod", "poss"})


#: Verbs whose subject undergoes the act named by their object ("came under fire", "faced criticism", "drew
#: condemnation"): never a detector trigger -- the act is the object's, and its doer is not the subject. Lexicon list
#: ``undergo_noun_verb`` (the recipient rules' list for the same construction).
UNDERGO_NOUN_VERBS = words("undergo_noun_verb")


def _linked_to_rule_triggers(found: list[Trigger]) -> set[int]:
    """Token indices the detector may not propose because a rule trigger already reads their act: the dependents
    of a rule trigger, its governors within its clause (:data:`SAME_CLAUSE_DEPS`) and the first governor beyond. The rules code such governors themselves ("refused to condemn" is
    a REJECT of the condemnation by recoding, "staged a rally" is the rally, "announced it would prohibit" is the
    announced SANCTION); a detector trigger there would displace the rule's reading with a second one. Source:
    eventwire's policy that the detector adds, never overrides (``docs/coding.md``)."""
    out: set[int] = set()
    for t in found:
        out.update(c.i for c in t.token.children)
        tok = t.token
        while tok.dep_ in SAME_CLAUSE_DEPS and tok.head.i != tok.i:
            tok = tok.head
            out.add(tok.i)
        out.add(tok.head.i)
    return out


#: Verbs by which a speaker adds or passes on a detail ("shared that", "noted that", "added that", "stressed that"):
#: lexicon list ``elaborating_verb``.
ELABORATING_VERBS = words("elaborating_verb")


def introduces_clause(tok) -> bool:
    """True for a verb of passing on a detail (:data:`ELABORATING_VERBS`) with a clausal complement: "Siluanov shared
    that part of the reserves are in yuan", "the minister noted that talks would resume", "she added the move was aimed
    at ...". The clause is what was said, the verb the attribution: never a detector trigger (the rules never take a
    speech verb either; :func:`pattern_row`). "shared intelligence with Kyiv" has no clause and stays open. Source:
    PLOVER reference, note 6 (speech verbs are attribution, not events); the seed article ("shared that ...", coded RUS
    ACCUSE RUS on "shared")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ELABORATING_VERBS:
        return False
    return any(c.dep_ == "ccomp" for c in tok.children)


#: Nouns of need or weight a speaker stresses (lexicon ``stressed_topic_noun``).
STRESSED_TOPIC_NOUNS = words("stressed_topic_noun")


def stresses_topic(tok) -> bool:
    """True for a verb of passing on a detail (:data:`ELABORATING_VERBS`) whose direct object is a noun of need or
    weight (:data:`STRESSED_TOPIC_NOUNS`): "Rubio has underscored the need for monitors", "the minister stressed the
    urgency of boosting Europe's defence", "she emphasized the importance of dialogue". The object names the topic of
    the statement; the verb accuses, demands and meets nobody: never a detector trigger (like
    :func:`introduces_clause`). "highlighted the party's promises" and "underlined the failures" stay open. Source:
    PLOVER reference, note 6 (speech verbs are attribution); the training stories (the detector's proposals on such
    verbs were wrong)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ELABORATING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in STRESSED_TOPIC_NOUNS for c in tok.children)


#: Phrasal verbs whose particle takes a verb out of its coded sense (lexicon ``sense_changing_particle``).
SENSE_CHANGING_PARTICLES = words("sense_changing_particle")
#: The verbs of :data:`SENSE_CHANGING_PARTICLES` (each entry's words before a space: "fire", "strike"): no other verb
#: has a particle that changes its sense (speed: most verbs are not looked at further).
_SENSE_CHANGING_VERBS = frozenset(e[:k] for e in SENSE_CHANGING_PARTICLES for k, ch in enumerate(e) if ch == " ")


def sense_changing_particle(tok, lem: str | None = None) -> bool:
    """True for a verb whose particle changes its sense away from the one the pattern dictionary codes ("Kennedy
    fired up his campaign", "the minister fired off a letter", "they struck up a friendship"; lexicon
    ``sense_changing_particle``): no act of force (PLOVER manual, ASSAULT), so neither a row nor the detector reads
    it."""
    if tok.pos_ != "VERB":
        return False
    lem = lem or tok.lemma_.lower()
    if lem not in _SENSE_CHANGING_VERBS:
        return False
    return any(c.dep_ == "prt" and f"{lem} {c.lower_}" in SENSE_CHANGING_PARTICLES for c in tok.children)


def other_particle(tok, patterns) -> bool:
    """True for a phrasal verb whose particle is not one the pattern dictionary codes the verb with, when the
    dictionary codes it only as a phrasal verb: "stepped up his campaign" is no "step down" (RETREAT resign),
    "called off the strike" no "call for"/"call on". The detector reads the verb without its particle and would
    propose the coded sense for both. Source: the pattern dictionary (verbs.tsv, column particle)."""
    if tok.pos_ != "VERB":
        return False
    rows = (patterns or load_patterns()).candidates(tok.lemma_.lower(), "V")
    if sense_changing_particle(tok):
        return True  # "fired up his campaign" (lexicon sense_changing_particle), whatever the rows
    if not rows or not all(r.particle for r in rows):
        return False
    prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    return bool(prts) and not prts & {r.particle for r in rows}


#: Verbs naming a need (lexicon ``need_verb``).
NEED_VERBS = words("need_verb")


def names_a_need(tok) -> bool:
    """True for a verb of :data:`NEED_VERBS` (lexicon ``need_verb``) whose object is a thing and that has no clause
    of an act: "an enlarged EU needs a streamlined decision making process", "Britain needed a slimmer government",
    "we need stamina, we need energy", "the plan requires funding". It states what its subject lacks; nobody is asked
    for anything, so the trained detector never proposes it (:func:`model_triggers`). "Americans needed to follow
    safety measures" (a to-infinitive of an act) stays open. Source: PLOVER manual, REQUEST (a request is addressed
    to a party); the training stories (the detector's REQUEST proposals on such verbs were all wrong)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in NEED_VERBS:
        return False
    kids = list(tok.children)
    return any(c.dep_ == "dobj" and c.pos_ in NOUNS for c in kids) and not any(c.dep_ == "xcomp" for c in kids)


#: Adjectives and verbs of a private feeling (lexicon ``feeling_word``: "angry", "worried", "pleased", "fret").
FEELING_WORDS = words("feeling_word")
#: Verbs of holding an opinion or an expectation (lexicon ``opinion_verb``: "think", "believe", "expect").
OPINION_VERBS = words("opinion_verb")
#: Verbs whose subject undergoes a circumstance (lexicon ``experiencer_verb``: "feel", "suffer", "hobble").
EXPERIENCER_VERBS = words("experiencer_verb")
#: Entity types (spaCy) of a party: a person, an organisation, a state or a people.
PARTY_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Pronouns that stand for a person or a group (not "it", "this": those may stand for a thing).
PERSONAL_PRONOUNS = frozenset({"i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them", "who", "whom"})
#: Modals of a forecast in a clause of opinion ("would affect", "will stay", "could resume"); "should" and "must"
#: make a demand instead ("believes they should resign").
FORECAST_MODALS = frozenset(modality.FUTURE_MODALS | {"would", "could", "might", "may"})


def names_party(tok) -> bool:
    """True for a token that names a party: an entity of :data:`PARTY_ENTITY_TYPES` ("Kenya", "the UN", "Russian"), a
    personal pronoun (:data:`PERSONAL_PRONOUNS`) or a noun with a PLOVER sector ("officials", "troops"; the actor
    dictionaries' ``sector_nouns.tsv``)."""
    from ..actors.dictionaries import load_dictionaries
    if tok.ent_type_ in PARTY_ENTITY_TYPES or tok.lower_ in PERSONAL_PRONOUNS:
        return True
    return tok.pos_ in NOUNS and load_dictionaries().sector_of_noun(tok.lemma_.lower()) is not None


def names_party_or_act(n, patterns: PatternSet | None = None, depth: int = 0) -> bool:
    """True when the phrase headed by ``n`` names a party (:func:`names_party`) or an act: a verb ("about the way we
    were taken to war", "to see the back of him"), a noun the pattern dictionary codes as an event ("outraged by the
    decision"), or such a word as its owner, its "of" object, a clause on it or a conjunct ("the failings of President
    Castro", "his opponents' performance"). "lower level problems", "American culture"'s "culture" alone, "this" name
    neither."""
    if depth > 4:
        return False
    patterns = patterns if patterns is not None else load_patterns()
    if names_party(n) or n.pos_ == "VERB" or (n.pos_ == "NOUN" and patterns.candidates(n.lemma_.lower(), "N")):
        return True
    for c in n.children:
        if c.dep_ in ("poss", "compound") and names_party(c):
            return True
        if c.dep_ in ("acl", "relcl") and c.pos_ in VERBS:
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(names_party_or_act(p, patterns, depth + 1)
                                                         for p in c.children if p.dep_ == "pobj"):
            return True
        if c.dep_ == "conj" and names_party_or_act(c, patterns, depth + 1):
            return True
    return False


def _feeling_targets(tok) -> list:
    """What a feeling word is about: the objects of its prepositions and of a passive "by" ("angry about", "outraged
    by", "pleased with"),
    its object ("feared an attack") and its clauses ("glad to see", "worried that ...")."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent"):
            out += [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
        elif c.dep_ in ("dobj", "xcomp", "ccomp", "attr"):
            out.append(c)
    return out


def feeling_without_target(tok, patterns: PatternSet | None = None) -> bool:
    """True for an adjective or verb of a private feeling (:data:`FEELING_WORDS`, lexicon ``feeling_word``) that is
    about no party and no act (:func:`names_party_or_act`): "Thousands of Spaniards feeling angry marched",
    "parents were still worried about lower level problems", "they are quite enthusiastic about American culture",
    "he declined to say if he was pleased with the result". It reports a mood, no interaction between political
    actors, so the trained detector never proposes it (:func:`model_triggers`). A feeling about a party or its act
    stays open: the training annotations code "were angry about the way we were taken to war" and "were outraged by
    the decision" ACCUSE, "was glad to see the back of Mr Kilroy-Silk" ACCUSE, "was pleased to give cash to a party"
    SUPPORT. A predicate adjective's target may hang on its verb ("felt angry about the ruling"). Nouns ("expressed
    concern over ...") are not read here. Source: ../shared/eval/voa_news/ANNOTATION.md ("do not code commentary,
    opinions about the world in general"); PLOVER manual (an event is an interaction of political actors); the
    training stories (the detector's proposals on such words without a target were wrong)."""
    if tok.pos_ not in ("ADJ", "VERB") or not (tok.lemma_.lower() in FEELING_WORDS or tok.lower_ in FEELING_WORDS):
        return False
    targets = _feeling_targets(tok)
    if tok.dep_ in ("acomp", "oprd") and tok.head.i != tok.i:
        targets += [t for t in _feeling_targets(tok.head) if t is not tok]
    return not any(names_party_or_act(t, patterns) for t in targets)


def _forecast(v) -> bool:
    """True for a clause verb that forecasts: a modal of :data:`FORECAST_MODALS` ("would affect", "will continue")
    or "going to" ("they're going to rule")."""
    if any(c.dep_ == "aux" and c.lower_ in FORECAST_MODALS for c in v.children):
        return True
    return v.lemma_.lower() == "go" and v.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in v.children)


def forecast_opinion(tok) -> bool:
    """True for a verb of opinion or expectation (:data:`OPINION_VERBS`, lexicon ``opinion_verb``) whose content is
    a forecast (:func:`_forecast`): "he did not think the jailbreak would affect plans", "he did not think there would
    be difficulties", "we're not anticipating they're going to rule against us", "we believe electors are and will
    continue to be committed" (the forecast a conjunct of the clause), and the passive "the president is expected to
    have an audience" (the expected act is the complement's, which the rules read). It weighs what will happen; it
    accuses and refuses nobody, so the trained detector never proposes it (:func:`model_triggers`). An opinion about
    what a party did stays open: the training annotations code "we don't think we got our sums wrong" REJECT and
    "officials believe the hotel never did comply" ACCUSE; a demand with "should" ("believes they should resign") is
    no forecast either. Source: ../shared/eval/voa_news/ANNOTATION.md ("do not code commentary, opinions about the
    world in general"); the training stories (the detector's proposals on such verbs were all outside the annotated
    sentences)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in OPINION_VERBS:
        return False
    kids = list(tok.children)
    if any(c.dep_ == "nsubjpass" for c in kids) and any(c.dep_ == "xcomp" for c in kids):
        return True  # "are expected to have an audience"
    return any(c.dep_ == "ccomp" and (_forecast(c) or any(x.dep_ == "conj" and _forecast(x) for x in c.children))
               for c in kids)


def _clause_subject(tok):
    """The subject of verb or predicate adjective ``tok`` as written on it (nominal or clausal, active or passive), or
    on the verb a predicate adjective completes; None when there is none."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass"):
            return c
    if tok.dep_ in ("acomp", "oprd") and tok.head.i != tok.i:
        return _clause_subject(tok.head)
    return None


def undergoing_thing(tok) -> bool:
    """True for a verb of undergoing (:data:`EXPERIENCER_VERBS`, lexicon ``experiencer_verb``) whose subject is a thing:
    a common noun that is no entity and has no PLOVER sector ("UNHCR refugee programs are feeling the strain of
    insufficient funding", "our efforts are still hobbled by a lack of funds", "the economy suffered a blow"). The
    thing undergoes a circumstance; nobody acts on anybody, so the trained detector never proposes it
    (:func:`model_triggers`). A party's suffering stays open ("Kenyan troops suffered heavy losses", "the minister
    felt betrayed by Uganda"). Source: PLOVER manual (an event is an interaction of political actors);
    ../shared/eval/voa_news/ANNOTATION.md (no commentary)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in EXPERIENCER_VERBS:
        return False
    from ..actors.dictionaries import load_dictionaries  # here, past the test most tokens fail (speed)
    s = _clause_subject(tok)
    return (s is not None and s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "NOUN" and not s.ent_type_ and
            load_dictionaries().sector_of_noun(s.lemma_.lower()) is None)


def act_as_topic(tok) -> bool:
    """True for a token of a clause that is the subject of another verb -- a gerund or infinitive clause standing as a
    subject, without a doer of its own ("Closing the camps will have an adverse impact on us", "Sending troops would be
    a mistake") -- or for a verb whose subject is such a clause ("Extending support to the farmers has been shared
    on Facebook"). The act is the topic of a comment, not reported as done by anybody, so the trained detector
    never proposes it (:func:`model_triggers`); a clause with its own subject or owner ("Kenya's closing of the
    camps", "his sending troops") stays open. Source: ../shared/eval/voa_news/ANNOTATION.md ("do not code
    commentary"); PLOVER manual (an event has an actor)."""
    if tok.dep_ in ("csubj", "csubjpass"):
        return not any(c.dep_ in ("nsubj", "poss") for c in tok.children)
    s = _clause_subject(tok) if tok.pos_ in ("VERB", "ADJ") else None
    return s is not None and s.dep_ in ("csubj", "csubjpass")


def non_interaction(tok, patterns: PatternSet | None = None) -> bool:
    """True for a token the trained detector may not propose because it states no interaction between political
    actors: a feeling about nobody (:func:`feeling_without_target`), an opinion about what will happen
    (:func:`forecast_opinion`), a thing undergoing a circumstance (:func:`undergoing_thing`) or an act that is only
    the topic of a comment (:func:`act_as_topic`)."""
    return (feeling_without_target(tok, patterns) or forecast_opinion(tok) or undergoing_thing(tok) or
            act_as_topic(tok))


def unasked_obligation(tok) -> bool:
    """Rule ``unasked_obligation``. Shape: a verb that heads a clause of obligation (:func:`_obligation_clause`:
    "must", "should", "needs to") which says how a state of things ought to be (:func:`state_of_affairs`: "the
    office should not remain vacant"). The trained detector may not propose it as a REQUEST
    (:func:`model_triggers`): the rules read such a clause as asking nobody (the demand statement leaves it out), so
    the detector's REQUEST there is the same misreading. Its other types stay open. Source: PLOVER manual, REQUEST
    (an actor asks another actor)."""
    return tok.pos_ in VERBS and _obligation_clause(tok) and state_of_affairs(tok)


def _never_proposed(tok, patterns) -> bool:
    """True for a token the trained detector may not propose whatever it reads there (:func:`model_triggers`): a verb
    of undergoing or a light verb, a verb passing on a clause or stressing a topic, an adjective of order, quantity or
    likelihood, a need of a thing, a statement of a non-interaction or a verb with another particle."""
    return ((tok.pos_ == "VERB" and (word_forms(tok) & UNDERGO_NOUN_VERBS or tok.lemma_.lower() in LIGHT_VERBS)) or
            introduces_clause(tok) or stresses_topic(tok) or not_evaluative(tok) or weighs_likelihood(tok) or
            names_a_need(tok) or non_interaction(tok, patterns) or other_particle(tok, patterns))


def _never_proposed_word(tok, low: str, form: str) -> bool:
    """The checks of :func:`_never_proposed` that read only the word of ``tok`` (its lower-case lemma ``low`` and form
    ``form``): a light verb, an adjective of order, quantity or likelihood (:func:`not_evaluative`,
    :func:`weighs_likelihood`). Made before the detector scores the token (most of the tokens never proposed)."""
    pos = tok.pos_
    if pos == "VERB":
        return low in LIGHT_VERBS
    return pos == "ADJ" and (low in ORDER_QUANTITY_ADJECTIVES or form in ORDER_QUANTITY_ADJECTIVES or
                             tok.ent_type_ in ORDER_ENTITY_TYPES or low in MODAL_ADJECTIVES or form in MODAL_ADJECTIVES)


def model_triggers(sent, found, patterns, info: SentenceInfo | None = None) -> list[Trigger]:
    """Tokens no earlier source took, not linked to one it took (:func:`_linked_to_rule_triggers`), not a verb of
    undergoing (:data:`UNDERGO_NOUN_VERBS`), not a light verb (:data:`LIGHT_VERBS`: "took", "held", "led", whose
    event lies in their object), not an adjective of order or quantity (:func:`not_evaluative`: "first", "further")
    or of likelihood or necessity (:func:`weighs_likelihood`: "unlikely", "essential"), not a verb passing on a clause
    (:func:`introduces_clause`), not a need of a thing (:func:`names_a_need`) and no statement of a non-interaction
    (:func:`non_interaction`: a feeling about nobody, a forecast opinion, a thing undergoing, an act as a topic), and
    no REQUEST on an obligation that asks nobody (:func:`unasked_obligation`), that the trained detector
    (:func:`eventwire.events.detector.load_detector`) reads as a trigger: best PLOVER type with probability at least
    :data:`DETECTOR_ADD`; only verbs, nouns and adjectives
    (:func:`~eventwire.events.detector.may_propose`). Their row is the type's :func:`default_row` ("V" for verbs and
    predicate adjectives, "N" for nouns). ``info``: the sentence's :class:`~eventwire.events.detector.SentenceInfo` when
    the caller has it. Source: the detector trained on eventwire's annotated real news (``eventwire train``; model card
    in ``data/models``)."""
    det = load_detector()
    if det is None:
        return []
    taken = {t.token.i for t in found}
    linked = _linked_to_rule_triggers(found)
    info = info or SentenceInfo(sent)
    words_ = sentence_tokens(sent)
    toks = [tok for tok, low, form in zip(words_, words_.lemmas, words_.forms)
            if not (tok.i in taken or tok.i in linked or not may_propose(tok) or _never_proposed_word(tok, low, form))]
    out = []
    # the detector reads each token alone (its proposals among some tokens are its proposals among all, kept in
    # order), so the other checks run on its few proposals only, not on every token (speed)
    for j, typ, prob in det.proposals(toks, DETECTOR_ADD, info):
        tok = toks[j]
        if _never_proposed(tok, patterns):
            continue
        if typ == "REQUEST" and unasked_obligation(tok):
            continue
        row = default_row(typ, "N" if tok.pos_ in NOUNS else "V")
        out.append(Trigger(tok, (tok,), row, None, "model", round(prob, 4), round(prob, 4)))
    return out


#: The pseudo-pattern of a gathering held to protest ("Protesters gathered in Paris to denounce the reform"; PLOVER
#: manual, PROTEST: "rally, gather to protest a policy, action, or actor(s)"; CAMEO 141 demonstrate).
GATHERING_PROTEST = Pattern("<gathered-to-protest>", "V", None, frozenset(), "PROTEST", "demo", (), "141",
                            ("P:against|outside",), frozenset(), False, 0, rules_only=True)
#: Words of people coming together (lexicon ``gathering_word``: "gathered", "assembled", "converged").
GATHERING_VERBS = words("gathering_word")
#: Types of the purpose of a gathering that make it a protest: denouncing, demanding or protesting something.
PROTEST_PURPOSE_TYPES = frozenset({"ACCUSE", "REQUEST", "PROTEST"})
#: Sectors (PLOVER) of people whose gathering to denounce or demand is a demonstration: civilians, workers, students,
#: farmers, the opposition, clergy, health workers, journalists, refugees -- not officials, whose coming together
#: is a meeting (lexicon ``meeting_sector``; :func:`eventwire.events.recode.officials_gathered`), nor forces.
PROTESTING_SECTORS = frozenset({"CVL", "LAB", "EDU", "AGR", "OPP", "REL", "MED", "JRN", "REF"})


def protesting_people(subj) -> bool:
    """True for a subject that names people who may demonstrate: a protester noun (lexicon ``protester_noun``), a
    noun of a sector of society (:data:`PROTESTING_SECTORS`: "residents", "students", "workers"), or a bare count
    ("Thousands gathered"; "thousands of farmers": the counted people)."""
    from ..actors.dictionaries import load_dictionaries

    if subj is None:
        return False
    if subj.lemma_.lower() in QUANTITY_HEADS or subj.pos_ == "NUM":
        counted = next((x for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for x in c.children if x.dep_ == "pobj"), None)
        if counted is None:
            return True
        subj = counted
    lem = subj.lemma_.lower()
    return lem in PROTESTER_NOUNS or (subj.pos_ == "NOUN" and load_dictionaries().sector_of_noun(lem) in PROTESTING_SECTORS)


#: Protester nouns that also name people who gather for anything ("crowds gathered to watch the parade"): their
#: gathering is a protest only with a purpose of protest (:func:`protest_gatherings`).
NEUTRAL_CROWDS = frozenset({"crowd"})


def protest_gatherings(sent, found, patterns) -> list[Trigger]:
    """"Protesters gathered in Paris on Sunday to denounce the reform", "Thousands of students assembled outside
    parliament to demand his resignation", "Residents converged on the town hall to protest the closure": a word of
    gathering (lexicon ``gathering_word``) by people who may demonstrate (:func:`protesting_people`) whose purpose
    (a to-infinitive on it) is a denunciation, demand or protest found by the earlier sources is a demonstration,
    PROTEST demo; the purpose is its topic (:func:`protest_topics`). A gathering of people the subject names as
    demonstrators (lexicon ``protester_noun`` but :data:`NEUTRAL_CROWDS`: "Protesters gathered in Hong Kong to mark
    the anniversary of the crackdown") is one whatever its stated purpose. Not officials ("Ministers gathered in Brussels
    to denounce the attack": a meeting), nor a gathering for another purpose ("Supporters gathered to celebrate").
    Without such a purpose the trained detector reads a gathering; with one, the rule trigger of the purpose kept it
    from reading the sentence. Source: PLOVER manual, PROTEST ("rally, gather to protest a policy, action, or
    actor(s)"; the topic of a protest is no separate event)."""
    words_ = sentence_tokens(sent)
    if words_.lemma_set.isdisjoint(GATHERING_VERBS):
        return []  # no word of gathering (speed)
    rows = {t.token.i: t.row for t in found}
    out = []
    for tok in words_:
        if tok.i in rows or tok.pos_ != "VERB" or tok.lemma_.lower() not in GATHERING_VERBS:
            continue
        subj = subject_of(tok)
        if subj is not None and subj.lemma_.lower() in PROTESTER_NOUNS - NEUTRAL_CROWDS:
            # "Protesters gathered in Hong Kong to mark the anniversary": the demonstrators' gathering is the protest
            out.append(_trigger(tok, GATHERING_PROTEST, "protest-gathering"))
            continue
        if not any(c.dep_ in ("advcl", "xcomp") and c.i in rows and rows[c.i].event in PROTEST_PURPOSE_TYPES
                   and has_to_infinitive(c) for c in tok.children):
            continue
        if protesting_people(subj):
            out.append(_trigger(tok, GATHERING_PROTEST, "protest-gathering"))
    return out


#: The pseudo-pattern of a telephone call to a party ("Merkel called Macron on Tuesday": CONSULT phone, PLOVER manual,
#: CONSULT "telephone call"; CAMEO 040). Strict: both the caller and the one called must resolve.
PHONE_CALL = Pattern("<called-party>", "V", None, frozenset(), "CONSULT", "phone", ("diplomatic",), "040",
                     ("dobj",), frozenset(), True, 0)
#: Verbs that name a telephone call when their object is a party (lexicon ``phone_call_verb``: "call", "ring").
PHONE_CALL_VERBS = words("phone_call_verb")
#: Dependents of such a verb that make it a naming or a judgement ("called Macron a liar", "called the vote
#: illegal"), a summons or a description, not a call.
_NAMING_DEPS = frozenset({"oprd", "attr", "acomp", "ccomp", "xcomp", "dative", "nsubjpass", "auxpass"})
#: Personal pronouns that stand for a party called ("called him on Tuesday").
_CALLED_PRONOUNS = frozenset({"him", "her", "them"})
#: Prepositions that make "call X" a summons, a recall or a naming ("called him to the ministry", "calling workers
#: out of retirement", "called her as a witness", "called troops into the city"), not a telephone call.
_SUMMONING_PREPS = frozenset({"to", "into", "out", "for", "as", "before", "up", "from", "back", "in"})
#: Titles of a leader or official that a call is made to ("called the French president", "called his counterpart":
#: lexicon ``government_role``); other holders of a job ("calling workers") are no party of a telephone call.
CALLED_ROLES = words("government_role")


def calls_party(tok) -> bool:
    """True for a verb of lexicon ``phone_call_verb`` whose direct object is a party -- a PERSON, GPE, NORP or ORG
    name, a leader's or official's title (lexicon ``government_role``: "the French president", "his counterpart")
    or "him/her/them" -- with no particle but "back" ("called on", "called for", "called off" are rows of their
    own), no second object or predicate ("called Macron a liar", "called the sanctions illegal": a naming or a
    judgement), no phrase of a summons (:data:`_SUMMONING_PREPS`: "called workers out of retirement", "called him
    to the ministry") and no passive but one with a "by" agent ("Macron was called by Putin": the passive subject is
    the one called; "he was called a traitor by", "was called to testify" are none). A date, a "to" infinitive of purpose ("called Macron to
    congratulate him") and an "about" phrase stay a call."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PHONE_CALL_VERBS:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs and any(c.dep_ == "agent" for c in tok.children):
        # "Macron was called by Putin on Tuesday": the one called is the passive subject, the caller the agent
        objs = [c for c in tok.children if c.dep_ == "nsubjpass"]
        deps = _NAMING_DEPS - {"nsubjpass", "auxpass"}
    else:
        deps = _NAMING_DEPS
    if len(objs) != 1 or any(c.dep_ in deps for c in tok.children):
        return False
    if any(c.dep_ == "prt" and c.lower_ != "back" for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _SUMMONING_PREPS for c in tok.children):
        return False  # "called workers out of retirement", "called him to the ministry", "called X as a witness"
    if any(c.dep_ == "npadvmod" and c.ent_type_ not in ("DATE", "TIME") for c in tok.children):
        return False  # "called him names"
    o = objs[0]
    return (o.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or o.lower_ in _CALLED_PRONOUNS
            or o.lemma_.lower() in CALLED_ROLES)


#: "Zelenskyy said Russia is a terrorist state": a verdict of disapproval stated of a party in what a speaker says is
#: ACCUSE disapprove by the speaker (PLOVER manual, ACCUSE "criticize, condemn ... disapprove"; CAMEO 111). The
#: argument rules read it as a judgement in speech (:func:`eventwire.events.actor_rules.judged_clause`): the speaker
#: is the actor, the subject of the judged clause the recipient.
VERDICT_STATEMENT = Pattern("<said-it-is-illegal>", "N", None, frozenset(), "ACCUSE", "disapprove", (), "111", (),
                            frozenset(), False, 0)
#: A verdict of approval stated in speech or by a verb of judging ("the minister said China's role was commendable",
#: "called the decision laudable"): SUPPORT by the judge on the judged party (PLOVER manual, SUPPORT "express support
#: for, commend, approve policy, action, or actor"; CAMEO 051 praise or endorse); lexicon ``commendation_word`` (not the
#: broader ``approval_word``, whose "productive talks" or "a historic success" commend no party).
APPROVAL_VERDICT = Pattern("<said-it-is-commendable>", "N", None, frozenset(), "SUPPORT", None, (), "051", (),
                           frozenset(), False, 0)
#: The same praise passed with a verb of judging ("called Qatar's mediation laudable"), read like
#: :data:`JUDGEMENT_STATEMENT`: the judge is the subject, the recipient what is judged.
APPROVAL_JUDGEMENT = Pattern("<called-it-commendable>", "V", None, frozenset(), "SUPPORT", None, (), "051",
                             ("dobj", "objmod", "poss"), frozenset(), False, 0)
COMMENDATION_WORDS = words("commendation_word")


def _judges_with(words_, ws) -> bool:
    """True when one of the tokens ``ws`` (a judgement with its modifiers) is, by lemma or form, in ``words_``."""
    return any(w.lemma_.lower() in words_ or w.lower_ in words_ for w in ws)


def verdict_statements(sent, found, patterns) -> list[Trigger]:
    """"Zelenskyy said Russia is a terrorist state", "'The sanctions are illegal,' Lavrov told reporters", "Blinken
    said the referendum was a sham": a copular clause ("is", "was", "are") that is the content of a verb of saying
    (lexicon ``speech_verb``; the clause is its ``ccomp``, as a quotation before "X told reporters" is too) and
    whose predicate (its ``attr``/``acomp`` with their conjuncts, modifiers and "of" objects,
    :func:`judgement_with_modifiers`) holds a word of disapproval (lexicon ``disapproval_word``) is a verdict: an
    ACCUSE disapprove (:data:`VERDICT_STATEMENT`) whose trigger is the predicate with its modifiers ("terrorist
    state", "illegal"). A negated verdict ("Russia is not a terrorist state", "don't say this is the wrong time") is
    none, and so is a clause without a subject; a verdict on a claim ("said the allegations were baseless", lexicon
    ``claim_noun``) dismisses it, which is a denial, not an accusation (:func:`dismisses_claim`), and is left to the
    other sources. The speaker
    and the judged party are found by the judgement-in-speech rules (``actor_rules.judging_speaker``,
    ``recipient_rules.judged_party``). On tokens no earlier source took. Source: PLOVER manual, ACCUSE; CAMEO 111;
    the same verdict as "called Russia a terrorist state" (:func:`judgements`), said in a clause instead of with a
    verb of judging; fresh user on real news ("'Russia is a terrorist state,' Zelenskyy told ..." was missed).
    A verdict of approval (lexicon ``commendation_word``: "said China's role in the talks was commendable") is SUPPORT
    by the speaker on the judged party (:data:`APPROVAL_VERDICT`; PLOVER manual, SUPPORT "commend")."""
    words_ = sentence_tokens(sent)
    if "be" not in words_.lemma_set:
        return []  # no copula (speed)
    taken = {t.token.i for t in found}
    out = []
    for tok, low in zip(words_, words_.lemmas):
        if low != "be" or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in SPEECH \
                or tok.head.pos_ != "VERB" or any(c.dep_ == "neg" for c in [*tok.children, *tok.head.children]):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() in CLAIM_NOUNS:  # "said the allegations were baseless": a denial
            continue
        preds = [c for c in tok.children if c.dep_ in ("attr", "acomp")]
        judged = judgement_with_modifiers(tok) if preds and preds[0].i not in taken else []
        row = VERDICT_STATEMENT if _judges_with(DISAPPROVAL_WORDS, judged) else \
            APPROVAL_VERDICT if _judges_with(COMMENDATION_WORDS, judged) else None
        if row is not None:
            head = preds[0]
            first = head.i  # the trigger words: the predicate with the modifiers just before it ("terrorist state")
            while first - 1 > tok.i and head.doc[first - 1].head.i == head.i \
                    and head.doc[first - 1].dep_ in ("amod", "compound"):
                first -= 1
            out.append(Trigger(head, tuple(head.doc[first:head.i + 1]), row, row, "verdict"))
    return out


#: "France said the junta had no authority to make such a demand": a speaker's denial of another party's entitlement
#: to act is a rejection of that party (PLOVER manual, REJECT: "all rejections and refusals"; CAMEO 12).
DENIED_ENTITLEMENT = Pattern("<said-it-has-no-right>", "N", None, frozenset(), "REJECT", None, (), "120", (),
                             frozenset(), True, 0)  # strict: a denial of one's own entitlement rejects no one
ENTITLEMENT_NOUNS = words("entitlement_noun")
#: Subjects that are the speaker's own side: "we have no mandate to ..." states a limit, it rejects no one.
FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def denied_entitlements(sent, found, patterns) -> list[Trigger]:
    """Rule ``denied_entitlement``. Shape: a verb of saying (lexicon ``speech_verb``, not negated) whose clausal
    complement is "Y has no N" -- N a noun of entitlement (lexicon ``entitlement_noun``: authority, right, mandate,
    legitimacy, jurisdiction ...) with the determiner "no", the object of "have", Y its subject and not first person
    ("we have no mandate" states a limit). The trigger is "no N"; the speaker is the actor and Y the recipient (the
    judged-clause rules ``actor_rules.judging_speaker`` and ``recipient_rules.judged_party``). What Y is said to
    have no right to do ("to make such a demand", "to impose sanctions") is no event of its own. Examples: "France
    said the junta had no authority to make such a demand" -> FRA REJECT (junta); "Kyiv says Moscow has no legitimacy
    to hold elections" -> UKR REJECT RUS. Source: PLOVER manual, REJECT ("all rejections and refusals"); CAMEO 12;
    fresh user on real news (the French answer to Niger's junta had no event). On tokens no earlier source took."""
    words_ = sentence_tokens(sent)
    if words_.lemma_set.isdisjoint(ENTITLEMENT_NOUNS):
        return []  # no noun of entitlement (speed)
    taken = {t.token.i for t in found}
    out = []
    for tok in words_:
        if tok.i in taken or tok.lemma_.lower() not in ENTITLEMENT_NOUNS or tok.dep_ != "dobj" \
                or not any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            continue
        have, speech = tok.head, tok.head.head
        subj = next((c for c in have.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if have.lemma_.lower() != "have" or have.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH \
                or speech.pos_ != "VERB" or modality.negated(speech) or subj is None \
                or subj.lower_ in FIRST_PERSON:
            continue
        no = next(c for c in tok.children if c.dep_ == "det" and c.lower_ == "no")
        out.append(Trigger(tok, tuple(tok.doc[no.i:tok.i + 1]), DENIED_ENTITLEMENT, DENIED_ENTITLEMENT,
                           "entitlement"))
    return out


#: "Russian missiles hit Kharkiv": a weapon that strikes a place is an attack by the force that fires it (PLOVER manual,
#: ASSAULT: use of conventional military force; CAMEO 190).
WEAPON_STRIKE = Pattern("<weapon-strike>", "V", None, frozenset(), "ASSAULT", None, ("military",), "190",
                        ("dobj", "objmod"), frozenset(), False, 0)
#: Weapons and platforms named as the doer (lexicon ``weapon_platform``) and the verbs of their striking (lexicon
#: ``weapon_strike_verb``: "hit", "strike", "pound", "slam into").
STRIKING_WEAPONS = frozenset(mapping("weapon_platform"))
WEAPON_STRIKE_VERBS = words("weapon_strike_verb")


def weapon_strikes(sent, found, patterns) -> list[Trigger]:
    """Rule ``weapon_strike``. Shape: a verb of striking (lexicon ``weapon_strike_verb``) whose subject is a weapon
    or platform (lexicon ``weapon_platform``: missiles, drones, rockets, warplanes) and which has a direct object
    (the place or people struck), not negated: an ASSAULT (:data:`WEAPON_STRIKE`) by the force the weapon belongs to
    (the actor rules read the weapon: "Russian missiles" -> RUS/MIL). Examples: "Russian missiles hit Kharkiv on
    Sunday, killing three people" (the killing was coded, the strike on the city was not: the pattern row of "hit"
    lists place nouns, not names), "Israeli warplanes pounded Gaza". Not "hit back at critics" (no weapon). On tokens
    no earlier source took. Source: PLOVER manual, ASSAULT; CAMEO 190; fresh user on news-style text."""
    words_ = sentence_tokens(sent)
    if words_.lemma_set.isdisjoint(WEAPON_STRIKE_VERBS):
        return []  # no verb of striking (speed)
    taken = {t.token.i for t in found}
    out = []
    for tok in words_:
        if tok.i in taken or tok.pos_ != "VERB" or tok.lemma_.lower() not in WEAPON_STRIKE_VERBS \
                or modality.negated(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in STRIKING_WEAPONS \
                or not any(c.dep_ == "dobj" for c in tok.children):
            continue
        out.append(_trigger(tok, WEAPON_STRIKE, "weapon-strike"))
    return out


def phone_calls(sent, found, patterns) -> list[Trigger]:
    """"Merkel called Macron on Tuesday", "the German chancellor called the French president", "Putin rang Erdogan
    to discuss Syria": a call to a party (:func:`calls_party`) on a token no earlier source took is a telephone
    call, CONSULT phone by the caller on the one called. The trained detector read the bare "called X" as a
    REQUEST (the sense "called on X to"); "called Macron a liar" (ACCUSE) and "called on Macron to resign"
    (REQUEST) are other readings and stay. Source: PLOVER manual, CONSULT ("telephone call"); CAMEO 040; fresh user
    on real text ("Merkel called Macron on Tuesday" was REQUEST)."""
    words_ = sentence_tokens(sent)
    if words_.lemma_set.isdisjoint(PHONE_CALL_VERBS):
        return []  # no verb of calling (speed)
    taken = {t.token.i for t in found}
    return [_trigger(tok, PHONE_CALL, "phone-call") for tok in words_ if tok.i not in taken and calls_party(tok)]


#: "Israel will not tolerate any aggression by Hezbollah": a warning not to act is a threat to whoever would act
#: (PLOVER manual, THREATEN; CAMEO 130, threaten, not specified).
INTOLERANCE = Pattern("<will-not-tolerate>", "V", None, frozenset(), "THREATEN", None, (), "130",
                      ("P:by",), frozenset(), False, 0)
TOLERANCE_VERBS = words("tolerance_verb")
HOSTILE_ACT_NOUNS = words("hostile_act_noun")
#: Auxiliaries of a stance stated now or for the future ("will not", "would not", "cannot", "does not"); "did not
#: tolerate" tells of the past.
_STANCE_AUX = frozenset({"will", "wo", "would", "shall", "can", "ca", "could", "must", "do", "does"})


def announced_intolerance(sent, found, patterns) -> list[Trigger]:
    """Rule ``announced_intolerance``. Shape: a verb of tolerating (lexicon ``tolerance_verb``: tolerate, accept,
    allow, permit, condone) negated with an auxiliary of a stance held now or from now on ("will not", "would not",
    "cannot", "does not"; not "did not"), whose direct object is a hostile act (lexicon ``hostile_act_noun``:
    attack, aggression, interference, provocation, violation): a THREATEN by the subject of the verb, the recipient
    the doer of that act ("by Hezbollah", "Iranian aggression") when the text names one. The record is not negated
    (the negation is the warning) and is actual (the threat is made when said). The act not tolerated is no act
    of the subject's (lexicon ``undergoer_verb``). Examples: "Israel will not tolerate any further aggression by
    Hezbollah" -> ISR THREATEN (Hezbollah); "China said it will not tolerate attacks on its citizens" -> CHN
    THREATEN. Not "China did not tolerate dissent" (past; no hostile act), "will not accept the proposal" (a
    refusal). Source: PLOVER manual, THREATEN ("verbal threats ... to coerce"); CAMEO 130. The first source: it
    takes "allow" and "accept" before their dictionary rows (AGREE; a refused acceptance is a REJECT) when what is
    not allowed is a hostile act."""
    words_ = sentence_tokens(sent)
    if words_.lemma_set.isdisjoint(TOLERANCE_VERBS):
        return []  # no verb of tolerating (speed)
    taken = {t.token.i for t in found}
    out = []
    for tok in words_:
        if tok.i in taken or tok.pos_ != "VERB" or tok.lemma_.lower() not in TOLERANCE_VERBS:
            continue
        kids = list(tok.children)
        if not any(c.dep_ == "neg" for c in kids) or not any(
                c.dep_ == "aux" and c.lower_ in _STANCE_AUX for c in kids) or \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
            continue
        objs = [c for c in kids if c.dep_ == "dobj"]
        objs += [x for o in objs for x in o.conjuncts]
        if not any(o.lemma_.lower() in HOSTILE_ACT_NOUNS for o in objs):
            continue
        out.append(_trigger(tok, INTOLERANCE, "intolerance"))
    return out


#: Trigger sources, run in order (see module doc). The detector (:func:`model_triggers`) runs after them, and only
#: where it may add a record (:func:`detector_reads`).
TRIGGER_SOURCES = [announced_intolerance, dictionary_triggers, demand_statements, allegations, judgements,
                   stance_statements, denials, consequences, protest_gatherings, phone_calls, verdict_statements,
                   denied_entitlements, weapon_strikes]


def detector_scores(found: list[Trigger], sent, info: SentenceInfo | None = None) -> list[Trigger]:
    """The triggers of ``found`` with ``detector`` set to the detector's probability of their type at their token
    (``found`` itself when no detector is packaged); a rule trigger the detector reads as no event with
    probability at least :data:`DETECTOR_VETO` is left out (the veto; off at 1.0 or more). ``info``: the
    sentence's :class:`~eventwire.events.detector.SentenceInfo` when the caller has it."""
    det = load_detector()
    if det is None:
        return found
    info = info or SentenceInfo(sent)
    # the probabilities of all unscored candidate triggers at once (probabilities_many: equal bit for bit to
    # probabilities one by one)
    todo = [t for t in found if t.detector is None and is_candidate(t.token)]
    many = det.probabilities_many([trigger_features(t.token, info) for t in todo])
    scored = {id(t): p for t, p in zip(todo, many)}
    out = []
    for t in found:
        if t.detector is None:
            probs = scored.get(id(t))
            p = probs[det.classes.index(t.event)] if probs else 0.0
            none = probs[det.none_index] if probs else 1.0
            t = replace(t, detector=round(p, 4))
            if none >= DETECTOR_VETO:
                continue
        out.append(t)
    return out


# ---------------------------------------------------------------------------------------- filters
def purpose_of_meeting(trig: Trigger, rows: dict) -> bool:
    """"will meet in Zurich to discuss ...": the purpose of a meeting is its topic, not a second meeting."""
    tok = trig.token
    return trig.event == "CONSULT" and tok.dep_ in ("advcl", "xcomp") and tok.head.i in rows and \
        rows[tok.head.i].event == "CONSULT" and has_to_infinitive(tok)


def carrier_object(trig: Trigger, rows: dict) -> bool:
    """"ended mediation efforts": the mediation is what the verb's pattern acts on (its object row)."""
    tok = trig.token
    return trig.row.pos == "N" and tok.dep_ == "compound" and tok.head.lemma_.lower() in CARRIER_NOUNS and \
        tok.head.dep_ == "dobj" and tok.head.head.i in rows and bool(rows[tok.head.head.i].objects)


#: Verbs of chairing or hosting a meeting (lexicon ``meeting_chair_verb``).
MEETING_CHAIR_VERBS = words("meeting_chair_verb")


def meeting_chair_agent(tok):
    """The "by" agent of the participle that chairs or hosts the meeting noun ``tok`` (lexicon
    ``meeting_chair_verb``): "the meeting, chaired by Prime Minister Sharif", "talks hosted by Qatar", also a
    participle coordinated with another one on the noun ("the meeting held at his office and chaired by the prime
    minister"); None when there is none."""
    parts = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    parts += [x for c in parts for x in c.conjuncts if x.tag_ == "VBN" and x not in parts]
    for part in parts:
        if not word_forms(part) & MEETING_CHAIR_VERBS:
            continue
        for c in part.children:
            if c.dep_ == "agent":
                for pobj in pobjs(c):
                    return pobj
    return None


def refines_governor(trig: Trigger, rows: dict) -> bool:
    """A nominal trigger under another trigger only refines it ("demanded the pullout", "killed in Israeli
    tank shelling": the means of the attack the verb reports); not under an ACCUSE, whose object is the
    reported act; not a proposal made by a named party and answered (:func:`answered_proposal`)."""
    tok = trig.token
    if trig.row.pos != "N" or answered_proposal(tok, rows):
        return False  # "accepted an offer by Pyongyang": the offer was made, an act of its own
    h = tok.head
    hh = h.head if tok.dep_ == "pobj" else None
    if h.i in rows and h.i != tok.i:
        gov = h
    elif hh is not None and hh.i in rows and hh.i != tok.i and (h.lower_ in ("for", "of", "on", "about") or (
            h.lower_ in ("in", "by") and trig.event == "ASSAULT" == rows[hh.i].event
            and tok.lemma_.lower() in MEANS_NOUNS)):
        gov = hh
    else:
        return False
    if rows[gov.i].strict and agentless_passive(gov):
        return False  # "the scheduled talks were postponed": no one to refuse them, the talks stay
    return rows[gov.i].event != "ACCUSE"


def agentless_passive(v) -> bool:
    """True for a passive verb with no "by" agent ("the talks were postponed"): a strict row's trigger there has no
    actor and is dropped (admission ``strict_without_parties``), so it refines no nominal trigger under it
    (:func:`refines_governor`)."""
    return any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "agent" for c in v.children)


def same_attack_gerund(trig: Trigger, rows: dict) -> bool:
    """"were killed in Israeli tank shelling" read as "killed ..., shelling": the same attack."""
    tok = trig.token
    return trig.event == "ASSAULT" and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.i in rows and \
        rows[tok.head.i].event == "ASSAULT" and not has_child(tok, "nsubj", "dobj", "mark")


def weapon_fired_in_attack(trig: Trigger, rows: dict) -> bool:
    """"blown up by a missile fired by rebels": the firing is the attack itself (one attack, one record)."""
    tok = trig.token
    if not (trig.event == "ASSAULT" and tok.dep_ == "acl" and tok.head.lemma_.lower() in WEAPON_MEANS | MEANS_NOUNS):
        return False
    up = tok.head
    for _ in range(3):
        up = up.head
        if up.i in rows and up.i != tok.i and rows[up.i].event == "ASSAULT":
            return True
        if up.head.i == up.i:
            break
    return False


def judgement_of_condemnation(trig: Trigger, rows: dict) -> bool:
    """"condemned Russia's attack on Kyiv, calling it a war crime", "denounced the ruling, describing it as
    arbitrary": a judgement in a participle clause on a criticism (a trigger of type ACCUSE) is that criticism's
    wording, one act, one record; its "it" is the act criticised, not a party (the pronoun read as the nearest state
    made Ukraine the one accused). Source: PLOVER manual, ACCUSE; one event per act (PETRARCH and ICEWS keep one
    event per dyad and type); fresh user on real text."""
    tok = trig.token
    if trig.source != "judgement" or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    head = rows.get(tok.head.i)
    return head is not None and head.event == "ACCUSE"


#: Munitions that fly to their target (lexicon ``in_flight_munition``): intercepting them is air defence.
IN_FLIGHT_MUNITIONS = words("in_flight_munition")


def intercepted_munition(trig: Trigger, rows: dict) -> bool:
    """"Israel's military said it had intercepted most of the projectiles", "intercepted 30 of 35 drones": shooting
    down missiles, rockets or drones in flight (lexicon ``in_flight_munition``, also after a quantity: "most of
    the", "30 of") is air defence, not the seizure of arms the ``intercept`` row codes ("intercepted a weapons
    shipment", "intercepted a cache of rifles": COERCE seize). Source: PLOVER manual, COERCE seize (taking
    possession of property) and ASSAULT (the attack is the launch, coded on its own); fresh user on real text."""
    tok = trig.token
    if trig.event != "COERCE" or tok.lemma_.lower() != "intercept":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [x for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for x in p.children if x.dep_ == "pobj"]
    return any(o.lemma_.lower() in IN_FLIGHT_MUNITIONS for o in objs)


def charged_offence(trig: Trigger, rows: dict) -> bool:
    """The offence a punishment is given for ("jailed a student for helping militants", "deported 168
    Liberians for traveling without documents", "arrested for collaborating with Israel"): the punisher's
    charge, not an act the text asserts. The punishment is the event (PLOVER manual, ACCUSE: an allegation
    reported with its conviction is not coded separately)."""
    tok = trig.token
    if tok.dep_ != "pcomp" or tok.head.lower_ not in ("for", "over") or tok.tag_ != "VBG":
        return False
    gov = tok.head.head
    p = rows.get(gov.i)
    return p is not None and gov.i != tok.i and p.event in ("COERCE", "SANCTION", "ACCUSE")


def answered_proposal(tok, rows: dict) -> bool:
    """True for an offer (a proposal noun of :data:`PROPOSAL_NOUNS` whose own pattern row is an AGREE) made by a
    named party -- a possessor or a "by"/"from" phrase -- that is the object of a verb answering it (a trigger of :data:`ANSWER_TYPES`): "accepted another offer
    by Pyongyang", "refused the association's offer". The answer says the
    proposal was made, so it is an act of its own besides the answer, not the content of it (:func:`content_of_other`).
    Source: PLOVER manual (an event is coded when the text asserts it occurred; AGREE: "offer"); the training
    annotations code both the offer and its acceptance or refusal ("accepted another offer by Pyongyang": PRK AGREE
    KOR and KOR AGREE PRK). Not an answered demand or appeal ("rejected North Korea's demand to ..."): the PLOVER
    GSR codes only the answer there (its type macro-F1 fell 0.754 -> 0.752 with them, under the quality gate)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in PROPOSAL_NOUNS:
        return False
    own = pattern_row(tok)
    if own is None or own.event != "AGREE":
        return False  # an offer; an answered demand or appeal stays the content of the answer (PLOVER GSR codes one)
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.pos_ != "VERB":
        return False
    gov = rows.get(tok.head.i)
    if gov is None or gov.event not in ANSWER_TYPES:
        return False
    return any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") and any(
        x.dep_ == "pobj" for x in c.children)) for c in tok.children)


#: Finite verb tags (Penn Treebank): a past or present tense verb, which heads a clause of its own.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def coordinated_finite_clause(t) -> bool:
    """True for a finite verb with a subject of its own coordinated with another finite verb ("Israel threatened
    Japan, and Russia met with Iran", "Iran warned Israel and the US imposed sanctions"): an independent clause, never
    the content of a threat or demand it is joined to; in a run-on the parser chains every clause after a threat
    this way, and all of them were dropped as its content. Infinitives and modal clauses stay content ("urged Iran
    to stop and the US to lift sanctions", "warned that Russia would attack and China would blockade"). Grammar
    (coordination of independent clauses)."""
    return t.dep_ == "conj" and t.tag_ in FINITE_TAGS and t.head.tag_ in FINITE_TAGS and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and \
        not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in t.children)


#: Verbs of being that state a judgement of their subject ("the reports are baseless", "the claims proved false").
DISMISSAL_COPULAS = frozenset({"be", "remain", "prove", "seem", "appear", "sound"})


def dismissed_claim(noun) -> bool:
    """True for a claim noun (lexicon ``claim_noun``) that its own clause dismisses: the subject of a verb of being
    (:data:`DISMISSAL_COPULAS`) whose judgement holds a word of dismissal (lexicon ``dismissal_word``: "allegations
    that Pakistan is supporting militants are baseless and unfounded", "reports that troops had crossed the border
    proved false"), or the passive subject of a verb of denial ("claims that Iran armed the rebels were rejected
    by Tehran"). The claim's content is then no event, as it is no event in "denied reports that ..."
    (:func:`content_of_other`); the dismissal itself is a denial (PLOVER manual, CAMEO 016 as REJECT; annotation
    protocol: an event is coded when the text asserts it occurred). "Reports that troops crossed the border were
    confirmed" dismisses nothing."""
    if noun.lemma_.lower() not in CLAIM_NOUNS:
        return False
    v = noun.head
    if noun.dep_ == "nsubjpass" and (v.lemma_.lower() in DENIAL_VERBS or v.lower_ in DISMISSAL_WORDS):
        return True  # "were rejected by Tehran", "are fabricated"
    if noun.dep_ != "nsubj" or v.lemma_.lower() not in DISMISSAL_COPULAS:
        return False
    words_ = judgement_words(v)
    words_ += [m for w in words_ for m in w.children if m.dep_ in ("amod", "compound")]
    return any(w.lemma_.lower() in DISMISSAL_WORDS or w.lower_ in DISMISSAL_WORDS for w in words_)


#: Nouns of a report or claim whose "of"/"about" phrase names the act reported (lexicon ``report_topic_noun``).
REPORT_TOPIC_NOUNS = words("report_topic_noun")
#: Prepositions that attach the reported act to such a noun ("reports of her detention", "rumours about a coup").
REPORT_TOPIC_PREPS = frozenset({"of", "about"})
#: Parts of speech a word of dismissal takes in a judgement ("fake news", "a fabrication", "fabricated").
_DISMISSAL_POS = frozenset({"ADJ", "NOUN", "VERB"})


def _negated(tok) -> bool:
    """True when ``tok`` has a negation of its own ("did not deny", "were not false")."""
    return any(c.dep_ == "neg" for c in tok.children)


#: Nouns of evidence whose "that" clause is what would be shown (lexicon ``evidence_noun``).
EVIDENCE_NOUNS = words("evidence_noun")
#: Adjectives that judge a clause true ("it is not true that ...").
TRUTH_ADJECTIVES = frozenset({"true", "correct", "accurate"})


def unevidenced(noun) -> bool:
    """Rule ``unevidenced_claim``: True for a noun of evidence (lexicon ``evidence_noun``) that its sentence says is
    missing: "there is no evidence that Iran supplied weapons", "officials found no sign that troops had crossed",
    "did not find any proof that ...", "there was little evidence that ...". Its "that" clause is then not asserted
    and is no event (PLOVER manual: an event is coded when the text asserts it occurred). "There is evidence that
    Iran supplied weapons" asserts nothing either way and keeps its act (the outlet's attribution decides)."""
    if noun.lemma_.lower() not in EVIDENCE_NOUNS and noun.lower_ not in EVIDENCE_NOUNS:
        return False
    if any(c.dep_ in ("det", "amod", "advmod") and c.lower_ in ("no", "little", "scant") for c in noun.children):
        return True
    v = noun.head
    return noun.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and v.i != noun.i and _negated(v)


def unevidenced_gerund(t) -> bool:
    """Rule ``unevidenced_gerund``: True for a verb in the "of" phrase of a noun of evidence the sentence says is
    missing (:func:`unevidenced`), as a gerund -- "there was no sign of the missiles being intercepted", "no
    indication of the drones being shot down" -- or as a gerund clause on the "of" object -- "officials found no
    evidence of Russian troops attacking the village". Like the "that" clause of such a noun, the act is not asserted
    and is no event (PLOVER manual: an event is coded when the text asserts it occurred). "There were signs of the
    missiles being intercepted" asserts nothing either way and keeps its act."""
    if t.pos_ != "VERB":
        return False
    if t.dep_ == "pcomp":
        prep = t.head
    elif t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "pobj":
        prep = t.head.head
    else:
        return False
    return prep.lower_ == "of" and prep.head.i != prep.i and unevidenced(prep.head)


def untrue_clause(t) -> bool:
    """Rule ``untrue_clause``: True for a "that" clause judged untrue by an expletive "it" -- "it is not true that
    Israel bombed the hospital", "it is false that ...", "it is untrue that ..." (the clause hangs on the verb of
    being, whose complement is a negated word of truth, :data:`TRUTH_ADJECTIVES`, or a word of dismissal, lexicon
    ``dismissal_word``). The clause is denied, no event (PLOVER manual; annotation protocol: a denied claim is no
    event). "It is true that Israel bombed the hospital" keeps its act."""
    if t.dep_ != "ccomp" or not marked_by(t, ("that",)):
        return False
    v = t.head
    if v.lemma_.lower() != "be" or v.i == t.i:
        return False
    judged = [c for c in v.children if c.dep_ in ("acomp", "attr")]
    if any(j.lower_ in DISMISSAL_WORDS or j.lemma_.lower() in DISMISSAL_WORDS for j in judged):
        return True
    return any(j.lower_ in TRUTH_ADJECTIVES for j in judged) and _negated(v)


def denied_claim(noun) -> bool:
    """True for a report or claim noun (lexicon ``report_topic_noun``) that its own sentence denies or calls false:
    the object or passive subject of a verb of denial (lexicon ``denial_verb``: "denied reports of ...", "dismissed
    rumours of ...", "claims of ... were rejected"); the object or object predicate of a judgement verb (lexicon
    ``judgement_verb``) whose phrase holds a word of dismissal (lexicon ``dismissal_word``: "calling reports of her
    detention 'fake news'", "described the reports as baseless"); or the subject of a verb of being judged so
    (:func:`dismissed_claim`: "reports of her detention were false"). A negated governor denies nothing ("did not
    deny reports of ..."); "confirmed reports of ..." is no denial. A noun coordinated with such a noun shares it."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    v = noun.head
    if v.i == noun.i or _negated(v):
        return False
    lemma = v.lemma_.lower()
    if noun.dep_ in ("dobj", "nsubjpass") and lemma in DENIAL_VERBS:
        return True
    if noun.dep_ in ("dobj", "oprd", "nsubjpass") and lemma in JUDGEMENT_VERBS:
        return any(w.i != noun.i and w.pos_ in _DISMISSAL_POS and (
            w.lemma_.lower() in DISMISSAL_WORDS or w.lower_ in DISMISSAL_WORDS) for w in v.subtree)
    return dismissed_claim(noun)


def denied_report_topic(trig: Trigger, rows: dict) -> bool:
    """An act named as the topic of a report, claim or rumour that the sentence denies or calls false
    (:func:`denied_claim`): the trigger is the object of an "of"/"about" phrase (:data:`REPORT_TOPIC_PREPS`) on a
    noun of lexicon ``report_topic_noun``, or a conjunct of that object. "Venezuela denied that it had arrested
    Machado, calling reports of her detention 'fake news'", "the government dismissed rumours of his arrest", "the
    army rejected claims of an attack on the convoy", "reports of her detention were false, the government said":
    no arrest, detention or attack is asserted, so none is coded -- as the content of "denied that it had arrested"
    (:func:`content_of_other`) and of "denied reports that ..." is dropped, this denied topic is dropped too (no
    record; the denial itself stays a REJECT where its verb codes one). "Police confirmed reports of his arrest"
    and "Rights groups condemned the detention of the journalist" keep their act. Source: PLOVER manual (an event
    is coded when the text asserts it occurred; negation mode); annotation protocol (a denied claim is no event);
    user report (a "calling reports of her detention fake news" clause coded a COERCE arrest)."""
    t = trig.token
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ not in ("pobj", "pcomp"):
        return False
    prep = t.head
    if prep.dep_ != "prep" or prep.lower_ not in REPORT_TOPIC_PREPS:
        return False
    noun = prep.head
    return noun.i != prep.i and noun.lemma_.lower() in REPORT_TOPIC_NOUNS and denied_claim(noun)

def coordinated_predicate(t, rows: dict) -> bool:
    """True for a finite verb coordinated with the finite trigger it hangs on, the two sharing one subject
    ("Britain accepts Tibet as part of China and asked Beijing to resume talks", "Iran rejected the plan and urged
    talks"): a second act of the same doer, never the content of the first (a demand's content is its complement,
    not a predicate joined to it). Only the conjunct of the content-taking trigger itself: a conjunct inside the
    content stays content ("denied that Russia shelled the hospital and killed civilians": "killed" hangs on
    "shelled"). Grammar (coordination of verb phrases); training stories ("asked Beijing to resume talks" went
    uncoded after "accepts")."""
    h = t.head
    p = rows.get(h.i)
    return t.dep_ == "conj" and t.tag_ in FINITE_TAGS and h.tag_ in FINITE_TAGS and p is not None and \
        p.event in CONTENT_TAKING and h.i != t.i and \
        not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in t.children)


def denied_plan(tok) -> bool:
    """Rule ``denied_plan``: True when the act of ``tok`` is the content of a plan, intention or claim that its
    sentence denies. Shapes:

    - the to-infinitive of a noun that is the object (or passive subject) of a verb of denial (lexicon
      ``denial_verb``), the verb not negated: headline "Kremlin denies plan to attack NATO", "Iran rejected
      claims of a plot to kill the envoy", "China dismissed any intention to invade Taiwan", "denied
      reports of a plan to attack";
    - the same noun as the object of the denied clause: "Israel denied that it had plans to strike Iran";
    - an infinitive taken by a verb of planning or intent (``xcomp``, up to three steps) whose clause is itself
      the denied content: "denied Western reports that it plans to attack NATO" (the "that" clause of a denied
      report noun, :func:`denied_claim`), "denied that it intends to invade Finland" (the clausal complement of
      the denial verb).

    Neither plan nor attack is asserted, so no record is coded for the act (no THREATEN of a planned force,
    :func:`eventwire.events.recode.planned_force`); the denial itself stays a REJECT. Source: PLOVER manual (an
    event is coded when the text asserts it occurred); annotation protocol (a denied claim is no event); fresh user
    ("Kremlin denies plan to attack NATO" coded a RUS THREATEN). "Denied that it had attacked" is
    :func:`content_of_other`; "did not deny plans to attack" denies nothing."""
    t = tok
    for _ in range(4):
        h = t.head
        if h.i == t.i:
            return False
        if t.dep_ == "acl" and h.pos_ == "NOUN" and has_to_infinitive(t):
            n = h
            while n.dep_ == "conj" and n.head.i != n.i:
                n = n.head
            if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.lower_ in REPORT_TOPIC_PREPS and \
                    n.head.head.lemma_.lower() in REPORT_TOPIC_NOUNS and denied_claim(n.head.head):
                return True  # "denied reports of a plan to attack"
            v = n.head
            if n.dep_ == "dobj" and v.dep_ == "ccomp" and v.head.i != v.i and \
                    v.head.lemma_.lower() in DENIAL_VERBS and not _negated(v.head) and not _negated(v):
                return True  # "denied that it had plans to strike Iran"
            return n.dep_ in ("dobj", "nsubjpass") and v.i != n.i and v.lemma_.lower() in DENIAL_VERBS and \
                not _negated(v)
        if t is not tok and t.dep_ == "ccomp" and h.pos_ == "VERB" and h.lemma_.lower() in DENIAL_VERBS and \
                not _negated(h):
            return True  # "denied that it intends to invade"
        if t is not tok and t.dep_ in ("acl", "ccomp", "relcl") and h.pos_ in ("NOUN", "PROPN") and \
                marked_by(t, ("that",)) and h.lemma_.lower() in CLAIM_NOUNS and denied_claim(h):
            return True  # "denied reports that it plans to attack"
        if t.dep_ != "xcomp":
            return False
        t = h
    return False


def content_of_other(trig: Trigger, rows: dict) -> bool:
    """A trigger in the complement of a THREATEN/REQUEST/REJECT/AGREE/SUPPORT/CONCEDE trigger is the
    content of that threat or demand ("warned China against providing support" is no AID); the content of a
    denied claim is none either ("China rejected reports that it had offered Russia military aid", "The Kremlin
    denied that Russian forces had shelled a hospital": a clausal complement of a denial verb, lexicon list
    ``denial_verb``; PLOVER manual: an event is coded when the text asserts it occurred), nor is the content of a claim
    its own clause dismisses ("allegations that Pakistan is supporting militants are baseless": :func:`dismissed_claim`); the to-infinitive
    clause of a row that needs one (condition ``inf``) is what it demands ("gave the government 48 hours to
    release the prisoners"), and so is a for-to clause on such a trigger ("called for Assad to step down",
    :func:`eventwire.nlp.views.for_to_clause`) and the infinitive clause of such a noun ("pressure on Beijing to
    release the activists", "Germany's request to deploy troops": :func:`eventwire.nlp.views.noun_infinitive`); a
    gerund on the object of an opposition or demand ("Beijing opposes foreign dignitaries meeting the Dalai Lama":
    :data:`GERUND_CONTENT_TAKING`) is what is opposed or demanded. A strict governor
    ("vowed") may go uncoded, so its content stays a trigger."""
    tok = t = trig.token
    if answered_proposal(tok, rows):
        return False
    if denied_plan(tok):
        return True  # "Kremlin denies plan to attack NATO", "denied reports that it plans to attack NATO"
    if t.dep_ == "ccomp" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in DENIAL_VERBS:
        return True
    if t.dep_ == "acl" and t.head.lemma_.lower() in CLAIM_NOUNS and marked_by(t, ("that",)):
        gov = t.head.head
        if t.head.dep_ in ("dobj", "pobj") and (gov.lemma_.lower() in DENIAL_VERBS or (
                gov.dep_ == "prep" and gov.head.lemma_.lower() in DENIAL_VERBS)):
            return True
    # the content clause of a claim noun; the parser may call it a relative clause ("Claims that Ukraine shelled
    # Donetsk are fabricated": "that" is its mark, no relative pronoun)
    if t.dep_ in ("acl", "ccomp", "relcl") and t.head.pos_ in ("NOUN", "PROPN") and marked_by(t, ("that",)) and (
            dismissed_claim(t.head) or (t.head.lemma_.lower() in CLAIM_NOUNS and denied_claim(t.head))
            or unevidenced(t.head)):
        # "allegations that Pakistan is supporting militants are baseless", "called reports that Serbia had
        # mobilized troops fake news", "there is no evidence that Iran supplied weapons"
        return True
    if untrue_clause(t):
        return True  # "it is not true that Israel bombed the hospital"
    if unevidenced_gerund(t):
        return True  # "there was no sign of the missiles being intercepted"
    if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "dobj":
        p = rows.get(t.head.head.i)
        if p is not None and p.event in GERUND_CONTENT_TAKING and not p.strict:
            return True  # "Beijing opposes foreign leaders meeting the Dalai Lama": what is opposed, no meeting
    gov = rows.get(t.head.i)
    if t.dep_ == "advcl" and has_to_infinitive(t) and gov is not None and gov.inf and gov.event in CONTENT_TAKING:
        return True  # "gave the government 48 hours to release the prisoners": what the ultimatum demands
    if t.dep_ in ("advcl", "acl") and has_to_infinitive(t):
        for i, p in rows.items():  # the clause may hang on the verb above a demand noun ("renewed its call for")
            if p.event not in CONTENT_TAKING or p.strict or i == t.i:
                continue
            ft = noun_infinitive(t.doc[i]) if p.pos == "N" else for_to_clause(t.doc[i])
            if ft is not None and ft.i == t.i:
                return True  # "called for Assad to step down", "pressure on Beijing to release": the demanded act
    if coordinated_predicate(t, rows):
        return False  # "accepts Tibet as part of China and asked Beijing to resume talks": a second act
    steps = 0
    while t.head.i != t.i and steps < 8:
        if coordinated_finite_clause(t):
            return False  # "Israel threatened Japan, and Russia met Iran": a clause of its own, no content
        # a to-infinitive the parser hangs as an adverbial clause of a threat when a phrase comes between
        # ("threatened on Thursday to launch a nuclear strike") is what is threatened, as its xcomp would be (the
        # training annotations code the act an agreement or demand names this way, so only threats)
        infinitive = t.dep_ == "advcl" and t.pos_ in VERBS and has_to_infinitive(t) and \
            getattr(rows.get(t.head.i), "event", None) == "THREATEN"
        if (t.dep_ not in CONTENT_DEPS and not infinitive) or (t.dep_ == "prep" and t.lower_ not in CONTENT_PREPS):
            return False
        h = t.head
        p = rows.get(h.i)
        if p is not None and p.event in CONTENT_TAKING and h.i != tok.i and not p.strict:
            return True
        t = h
        steps += 1
    return False


#: Verbs of shooting that also mean a dismissal, and the nouns for holders of a post they then act on.
DISMISSAL_VERBS = words("dismissal_verb")
POST_HOLDERS = words("post_holder_noun") | words("government_role") | words("office_noun")
#: Prepositions of a shot's target ("fired on protesters", "were fired upon").
SHOT_TARGET_PREPS = frozenset({"on", "at", "upon", "into", "toward", "towards"})


def dismissed_from_post(trig: Trigger, rows: dict) -> bool:
    """A dismissal read as a shooting: "fired Interior Minister Yuriy Kravchenko", "fired his chief of staff",
    "the coach was fired", "fired him". A verb of :data:`DISMISSAL_VERBS` (lexicon ``dismissal_verb``) coded
    ASSAULT whose direct object (or passive subject) is a person -- a PERSON name, a personal pronoun, or a
    holder of a post (lexicon ``post_holder_noun``, ``government_role``, ``office_noun``) -- and that has no
    target phrase after it ("fired on protesters", "were fired upon"; not a date: "On Monday ... fired X") is
    no attack; so is a passive "he was fired", and one fired beside a verb of leaving a post or from a job
    (:func:`_left_post`: "expected to resign or be fired", "was fired from his job"; audit of 1987 Reuters stories
    outside the evaluation sets). Source: PLOVER manual, ASSAULT
    (mode firearms: shooting at a target); a dismissal from office hits nobody."""
    tok = trig.token
    if trig.event != "ASSAULT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in DISMISSAL_VERBS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in SHOT_TARGET_PREPS and c.i > tok.i and not any(
            x.ent_type_ in ("DATE", "TIME") for x in c.children) for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.ent_type_ == "PERSON" or c.lower_ in ("him", "her", "me", "you", "us") or \
                c.lemma_.lower() in POST_HOLDERS or (c.dep_ == "nsubjpass" and c.lower_ in ("he", "she", "i", "we")):
            return True
    return _left_post(tok)


#: Verbs of leaving a post (lexicon ``leave_post_verb``: "resign or be fired", "refused to quit and was fired").
LEAVE_POST_VERBS = words("leave_post_verb")
#: Nouns of a job or post ("fired from his job", "were fired from their posts"): lexicon ``job_noun``.
JOB_NOUNS = words("job_noun")


def _left_post(tok) -> bool:
    """True for a dismissal verb beside a verb of leaving a post (:data:`LEAVE_POST_VERBS`: "expected to resign or
    be fired", "refused to quit and was fired") or with a "from" phrase naming a job (:data:`JOB_NOUNS`: "was fired
    from his job"): one fired from a post, not a shot fired."""
    if any(c.dep_ == "prep" and c.lower_ == "from" and any(o.lemma_.lower() in JOB_NOUNS for o in c.children)
           for c in tok.children):
        return True
    partners = ([tok.head] if tok.dep_ == "conj" else []) + [c for c in tok.children if c.dep_ == "conj"]
    partners += [x for p in partners for x in p.children if x.dep_ == "xcomp"]
    return any(p.pos_ == "VERB" and p.lemma_.lower() in LEAVE_POST_VERBS for p in partners)


#: Verbs whose event lies in their object or complement (lexicon ``light_verb``: "took part", "held talks", "led the
#: massacre", "played its part"): the detector never proposes one (:func:`model_triggers`). On the training
#: corpus's dev split, its proposals on them were wrong more often than right (dev F1 0.6491 -> 0.6522 without).
LIGHT_VERBS = words("light_verb")
#: Adjectives of order, number or quantity (lexicon ``order_quantity_adjective``): "was first to share word", "the last
#: to leave", "further action", "the annual drill". They name no act and judge nobody, so the detector never proposes
#: one (:func:`not_evaluative`); in the training stories its proposals on them were all wrong.
ORDER_QUANTITY_ADJECTIVES = words("order_quantity_adjective")
#: Entity types of numbers, ranks and dates (spaCy): an adjective tagged so ("first", "annual") is one of order or time.
ORDER_ENTITY_TYPES = frozenset({"ORDINAL", "CARDINAL", "DATE", "TIME", "QUANTITY", "PERCENT", "MONEY"})


def not_evaluative(tok) -> bool:
    """True for an adjective of order, number, quantity or time (:data:`ORDER_QUANTITY_ADJECTIVES`, or tagged as an
    ordinal, number or date by the named-entity recogniser): "Prime Minister X was first to share word of the strike",
    "the possibility of further action", "the call for longer prison sentences", "the annual drill". The trained
    detector never proposes one (:func:`model_triggers`). Evaluative adjectives ("deeply flawed", "unacceptable",
    "willing") stay open: the annotated stories code them ACCUSE or AGREE. Source: PLOVER manual (an event is an act
    or a stance; a rank or an amount is neither); the training stories."""
    return tok.pos_ == "ADJ" and (tok.lemma_.lower() in ORDER_QUANTITY_ADJECTIVES or tok.lower_ in
                                  ORDER_QUANTITY_ADJECTIVES or tok.ent_type_ in ORDER_ENTITY_TYPES)
#: Adjectives of likelihood, necessity or typicality (lexicon ``modal_adjective``).
MODAL_ADJECTIVES = words("modal_adjective")


def weighs_likelihood(tok) -> bool:
    """True for an adjective of likelihood, necessity or typicality (:data:`MODAL_ADJECTIVES`, lexicon
    ``modal_adjective``): "the bill was unlikely to become law", "engaging young people's interest was essential to the
    future of democracy", "it is vitally important that the tribunal's security be assured", "she is typical of
    millions of consumers". It weighs how probable, needed or common a state of affairs is; it accuses, asks and
    promises nobody, so the trained detector never proposes one (:func:`model_triggers`; like :func:`not_evaluative`).
    Evaluative adjectives ("unacceptable", "reckless", "willing") stay open, and a demand said with a modal verb is
    :func:`demand_statements`' ("Iran must allow inspectors"). Source: ../shared/eval/voa_news/ANNOTATION.md ("do not
    code commentary, opinions about the world in general"); PLOVER manual (an event is an act or a stance towards a
    party); the training stories (the detector's ACCUSE and REQUEST proposals on such adjectives were mostly wrong).
    Example: "The minister said the treaty was unlikely to pass" gives no ACCUSE."""
    return tok.pos_ == "ADJ" and (tok.lemma_.lower() in MODAL_ADJECTIVES or tok.lower_ in MODAL_ADJECTIVES)


#: Verbs of commenting on a topic (lexicon ``comment_verb``).
COMMENT_VERBS = words("comment_verb")


def declined_comment(trig: Trigger, rows: dict) -> bool:
    """A refusal to comment read as a refused meeting: "Dr Fox refused to discuss newspaper reports", "he would not
    discuss the reports", "the spokeswoman declined to discuss the holdup". A verb of :data:`COMMENT_VERBS` (lexicon
    ``comment_verb``) that is negated or the complement of a refusal ("refuse", "decline"; lexicon
    ``refusal_governor``) and has no partner (no "with" phrase in its phrase or on its governor) declines comment: CAMEO 011
    ("Decline comment"), a neutral statement PLOVER does not code; it is no REJECT of talks. "Refused to discuss
    the ceasefire with Israel" keeps its partner and stays a refused meeting (PLOVER manual, REJECT)."""
    tok = trig.token
    if tok.pos_ == "VERB" and tok.lemma_.lower() in modality.REFUSAL_GOVERNORS:
        # the refusal itself is the trigger (the detector's "refused" in "refused to comment on the deployment")
        tok = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if tok is None or tok.lemma_.lower() not in COMMENT_VERBS:
            return False
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in COMMENT_VERBS:
        return False
    gov = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in modality.REFUSAL_GOVERNORS else None
    if gov is None and not modality.negated(tok):
        return False
    partner = any(t.dep_ == "prep" and t.lower_ == "with" for t in tok.subtree) or (
        gov is not None and any(c.dep_ == "prep" and c.lower_ == "with" for c in gov.children))
    return not partner


#: Verbs of putting a question, prepositions of its topic, and what a source asks not to undergo (lexicon
#: ``question_verb``, ``question_topic_preposition``, ``anonymity_verb``, ``anonymity_noun``).
QUESTION_VERBS = words("question_verb")
QUESTION_TOPIC_PREPS = words("question_topic_preposition")
ANONYMITY_VERBS = words("anonymity_verb")
ANONYMITY_NOUNS = words("anonymity_noun")
#: Tags of question words ("what", "which", "how", "why").
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _question_clause(c) -> bool:
    """True for a clause that is an indirect question: introduced by "if"/"whether" or opened by a question word
    ("if the plans would work", "what he thought", "how the deal was reached")."""
    if marked_by(c, ("if", "whether")):
        return True
    first = _first_word_of_clause(c)
    return first.tag_ in WH_TAGS or (first.lower_ in ("if", "whether") and first.head.i == c.i)


def _first_word_of_clause(c):
    """The first word (no punctuation) of the clause headed by ``c``, read from the heads of the sentence's tokens,
    not from ``c.subtree``: the small model's arcs may cross ("What's that going to do?": "What" hangs on "do"
    below "going" but stands before "'s"), and spaCy's subtree then starts after the question word."""
    words_ = [c] + [t for t in sent_of(c) if not t.is_punct and c in t.ancestors]
    return min(words_, key=lambda t: t.i)


def _direct_question(c, tok) -> bool:
    """Rule ``direct_question``. True when clause ``c`` of the verb of asking ``tok`` is a quoted direct question:
    a question mark hangs on the verb or on the clause and closes the clause ("'Which premises do you go to?' he
    asked", "he asked: 'Are they being provided with more?'"). The question mark says the clause is asked, whatever
    word opens it. Source: English punctuation; the training stories (quoted questions were coded REQUEST)."""
    for t in sent_of(tok):
        if t.text != "?" or t.head not in (tok, c):
            continue
        if (c.i < t.i < tok.i) if c.i < tok.i else t.i > c.i:
            return True
    return False


def _reduced_when_clause(tok, kids) -> bool:
    """True for a reduced passive clause of time with no subject of its own: "said Arthur Miller, BankAmerica's vice
    president, when asked if the bank would proceed", "the minister, when asked whether he would resign, laughed"
    (the parser reads the participle as VBN or VBD; the one asked is the main clause's subject, not an asker)."""
    return tok.tag_ in ("VBN", "VBD") and any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < tok.i for c in kids) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids)


def interview_question(trig: Trigger, rows: dict) -> bool:
    """A question put to someone, reported in the passive: "the prime minister was asked last Wednesday if the plans
    would reduce migration", "the spokesman was asked by journalists about his view", "she was asked whether she
    would resign", "he was asked what he made of the result", and a reduced "when asked" clause ("said the bank's vice president, when
    asked if the bank would proceed with the offer": :func:`_reduced_when_clause`). A REQUEST trigger on a verb of :data:`QUESTION_VERBS`
    (lexicon ``question_verb``) with a passive subject whose only content is an indirect question (an "if"/"whether"
    or question-word clause) or a topic phrase (lexicon ``question_topic_preposition``): an interviewer's question,
    the frame of the answer that follows; it asks no party for an act or a thing. A passive with something asked for
    stays a request ("the police are being asked to make impossible judgements", "Syria was asked for access"), and
    so does an active question by a named party ("the judge asked the lawyers whether ..."). Source: PLOVER manual,
    REQUEST (asking for an act, aid or a concession); the training stories (interview frames coded REQUEST were
    wrong)."""
    tok = trig.token
    if trig.event != "REQUEST" or tok.pos_ != "VERB" or tok.lemma_.lower() not in QUESTION_VERBS:
        return False
    kids = list(tok.children)
    passive = any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "nsubjpass" for c in kids)
    if not passive and not _reduced_when_clause(tok, kids):
        return False
    if any(c.dep_ in ("xcomp", "dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    # the topic phrase may hang on the interviewer ("was asked by reporters about the sanctions")
    preps = kids + [x for c in kids if c.dep_ == "agent" for o in c.children for x in o.children]
    return any(c.dep_ in ("advcl", "ccomp") and _question_clause(c) for c in kids) or \
        any(c.dep_ == "prep" and c.lower_ in QUESTION_TOPIC_PREPS for c in preps)


#: What a question is asked as (lexicon ``question_noun``: "asked questions", "asked a question about ...").
QUESTION_NOUNS = words("question_noun")
#: Clause relations under which the parser hangs the question that a verb of asking reports.
QUESTION_CONTENT_DEPS = frozenset({"ccomp", "advcl", "parataxis"})


#: Closing quotation marks that may follow the question mark of a question cut off before its speaker tag.
CLOSING_QUOTES = frozenset({'"', "'", "''", "\u201d", "\u2019"})


def _question_tag(tok) -> bool:
    """Rule ``question_tag``. True for a verb of asking that is the speaker tag of a quoted question the sentence
    splitter has cut off before it: the verb's sentence is only the tag ("he asked.", "asked the committee
    chairman, a former prosecutor.") and the sentence before it ends in a question mark (and closing quotation
    marks): "'Isn't the reason that the government is selling the EU?' he asked." split after the question mark.
    The tag puts that question; it asks nobody for anything."""
    sent = sent_of(tok)
    doc = tok.doc
    if sent.start == 0:
        return False
    prev = [t for t in doc[:sent.start] if not t.is_space][-3:]
    prev = [t for t in prev if not (t.text in CLOSING_QUOTES or t.tag_ == "''")]
    return bool(prev) and prev[-1].text == "?"


def asked_question(trig: Trigger, rows: dict) -> bool:
    """A question reported with an active verb of asking: "Why had the council approved the budget, the senator
    asked", "the senator asked: 'How can they run the country?'", "residents kept asking him where they could find
    water", "voters can ask questions about the plan", "'Who will pay for this?' the mayor asked." A REQUEST trigger
    on a verb of :data:`QUESTION_VERBS` (lexicon ``question_verb``) in the active voice whose only content is a
    question -- an "if"/"whether" or question-word clause (direct or indirect), the noun "question" (lexicon
    ``question_noun``), nothing but a question mark in its sentence, or nothing at all in a tag sentence after a
    question (:func:`_question_tag`: "... ?' / he asked.") -- puts a question; it asks no party for an
    act or a thing. Asking for something stays a request: a to-infinitive ("asked Kenya to release the prisoners"),
    a "for" phrase ("asked for more air defence"), a that-clause ("asked that it be withdrawn"), any other object, and
    a question put to a named party or body ("Egypt asked Israel whether it would withdraw its troops", "the judge
    asked the lawyers whether ...": an enquiry of the addressee). The passive frame is :func:`interview_question`. Source: PLOVER manual, REQUEST (asking for an act, aid or a
    concession); the training annotations code no question as a request (the rhetorical and courtroom questions
    they hold are coded, if at all, by the act they are about)."""
    tok = trig.token
    if trig.event != "REQUEST" or tok.pos_ != "VERB" or tok.lemma_.lower() not in QUESTION_VERBS:
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("auxpass", "nsubjpass", "xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "for")
           for c in kids):
        return False
    clauses = [c for c in kids if c.dep_ in QUESTION_CONTENT_DEPS and c.pos_ in ("VERB", "AUX")]
    if any(not (_question_clause(c) or _direct_question(c, tok)) for c in clauses):
        return False  # "asked that it be withdrawn": a request
    objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
    asked_as_question = [o for o in objs if o.lemma_.lower() in QUESTION_NOUNS or o.lower_ in QUESTION_NOUNS]
    if clauses:  # the addressee may be a pronoun ("asking him where ..."); a named one keeps the request
        return all(o.pos_ == "PRON" or o in asked_as_question for o in objs)
    if objs:
        return len(asked_as_question) == len(objs)
    return any(t.text == "?" for t in sent_of(tok)) or _question_tag(tok)


#: Words for people in general, verbs of permitting and modals of ability (lexicon ``generic_person_word``,
#: ``permission_verb``, ``ability_modal``).
GENERIC_PERSON_WORDS = words("generic_person_word")
PERMISSION_VERBS = words("permission_verb")
ABILITY_MODALS = words("ability_modal")
#: Nouns of a right (lexicon ``right_noun``: "a right to request", "the freedom to ask").
RIGHT_NOUNS = words("right_noun")
#: Verbs of using a right: the act is then done ("exercised his right to request a recount"; grammar).
RIGHT_USE_VERBS = frozenset({"use", "exercise", "invoke"})


def generic_asking(trig: Trigger, rows: dict) -> bool:
    """Rule ``generic_asking``. Shape: a REQUEST verb whose subject is people in general (lexicon
    ``generic_person_word``: "people", "anyone", "everyone") and that is either under a modal of ability or
    permission (lexicon ``ability_modal``: "can", "may") or the clause of a verb of permitting (lexicon
    ``permission_verb``: "allow", "let", "enable"), or a to-infinitive with no subject on a noun of a right (lexicon
    ``right_noun``: "giving those above that age a right to request to work past 65", "the freedom to ask
    for asylum"): "'People can ask for whatever they want,' said the election
    official", "the public information law is written so vaguely that it allows people to ask for correspondence,
    anything", "anyone may request a recount". It states a right or a possibility of nobody in particular; no party
    asks any other for anything (PLOVER manual, REQUEST: a request is an act of an actor; voa_news ANNOTATION.md: do
    not code "opinions about the world in general"). The two training records of this shape stand in sentences with
    no annotated event, and so does "a right to request". A named or sector party keeps its request: "voters can ask the commission for a recount"
    is left to the other rules ("voters" is no word of the list), "Kenyan people can ask ..." names a people, and
    "people asked the mayor to resign" has no modal."""
    tok = trig.token
    if trig.event != "REQUEST" or tok.pos_ != "VERB":
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj and tok.dep_ == "acl" and tok.head.lemma_.lower() in RIGHT_NOUNS and has_to_infinitive(tok):
        # "giving those above 65 a right to request to work": a right; "used his right to request a recount": asked
        return tok.head.head.lemma_.lower() not in RIGHT_USE_VERBS
    if not subj or not all(x.lower_ in GENERIC_PERSON_WORDS and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in x.children) for x in subj):
        return False  # "Kenyan people can ask ...": a people named
    if any(c.dep_ == "aux" and c.lower_ in ABILITY_MODALS for c in tok.children):
        return True
    return tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in PERMISSION_VERBS


#: Verbs of witnessing a state of affairs others bring about ("would like to see", lexicon ``witness_verb``).
WITNESS_VERBS = words("witness_verb")


def own_intention(trig: Trigger, rows: dict) -> bool:
    """A wish to act oneself read as a request by the trained detector: "many employers would like to develop a local
    core in their workforce", "the minister wants to visit the border", "Kenya hopes to host the summit", "he liked to
    rattle off figures". A detector REQUEST on a verb of desire (lexicon ``desire_governor``: want, like, hope, wish,
    prefer) whose only content is a to-infinitive of its subject's own act (no object, addressee or clause of its own,
    and no other party as a subject inside the wished act) states an intention or a taste; it asks no party for
    anything. "wants Uganda to release the prisoners", "would like to see the ministers resign" (another party acts),
    "would like to see a Speaker of the Lords" (lexicon ``witness_verb``: what others are to bring
    about), "wants the publication of the advice" and "hopes that the tribunal will uphold the law" (a thing or a clause
    wished of others) stay open. Source: PLOVER manual, REQUEST (a request is addressed to another party); the
    training stories (the detector's three REQUEST proposals on such wishes all stood in sentences with no
    annotated event). Example: "The Kenyan minister would like to visit Kampala next month." gives no REQUEST."""
    tok = trig.token
    # word forms: the small model lemmatises "hopes" as "hop"
    if trig.source != "model" or trig.event != "REQUEST" or tok.pos_ != "VERB" or \
            not word_forms(tok) & modality.DESIRE_GOVERNORS:
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "dative", "ccomp", "prep") for c in kids):
        return False
    acts = [c for c in kids if c.dep_ == "xcomp" and c.pos_ in VERBS and has_to_infinitive(c)]
    if any(a.lemma_.lower() in WITNESS_VERBS for a in acts):
        return False  # "would like to see a Speaker of the Lords": a state of affairs others bring about
    # another party's act inside the wished one: a subject or a clause of its own ("to see the ministers resign")
    return bool(acts) and not any(x.dep_ in ("nsubj", "nsubjpass", "csubj", "ccomp") for a in acts for x in a.subtree)


def anonymity_request(trig: Trigger, rows: dict) -> bool:
    """A source's condition of anonymity: "said the official, who asked not to be named", "a diplomat who asked not
    to be identified", "an aide, who requested anonymity". A REQUEST trigger whose content is a negated passive verb
    of :data:`ANONYMITY_VERBS` (lexicon ``anonymity_verb``) or whose object is a noun of :data:`ANONYMITY_NOUNS`
    (lexicon ``anonymity_noun``): how the reporter may cite the source, no demand on any party. "Asked the court not
    to name the defendant" (an active verb with its own object) stays a request. Source: PLOVER manual, REQUEST
    (a request is addressed to a party for an act); the training stories."""
    tok = trig.token
    if trig.event != "REQUEST" or tok.pos_ != "VERB":
        return False
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ANONYMITY_NOUNS:
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY_VERBS and has_child(c, "auxpass") and \
                has_child(c, "neg"):
            return True
    return False


#: Nouns of a person's family and of what of a relative one upholds (lexicon ``kin_noun``, ``reputed_object_noun``).
KIN_NOUNS = words("kin_noun")
REPUTED_OBJECT_NOUNS = words("reputed_object_noun")


def _own_kin(o) -> bool:
    """True for a noun of a person's own relative, with its possessor ("her three children", "their families"), or
    for the name or honour of one ("her brother's name")."""
    if o.lemma_.lower() in KIN_NOUNS or o.lower_ in KIN_NOUNS:
        return has_child(o, "poss")
    if o.lemma_.lower() in REPUTED_OBJECT_NOUNS:
        return any(c.dep_ == "poss" and _own_kin(c) for c in o.children)
    return False


def care_of_kin(trig: Trigger, rows: dict) -> bool:
    """Care for one's own family: "a woman who supports her three children with a tailoring business", "the pilot's
    sister broke her silence to defend her brother's name", "students who help their families at home". A SUPPORT or
    AID verb whose every direct object is a possessed noun of :data:`KIN_NOUNS` (lexicon ``kin_noun``) or the name
    or honour of one (lexicon ``reputed_object_noun``): a private act of a person for relatives, no act of one
    political party toward another. "Supports the rebels", "defended the government's record" stay open. Source:
    PLOVER manual, SUPPORT and AID (acts between political actors); the training stories."""
    tok = trig.token
    if trig.event not in ("SUPPORT", "AID") or tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(_own_kin(o) for o in objs)


#: Where a person is cared for, not held (lexicon ``care_place_noun``): "released from hospital".
CARE_PLACE_NOUNS = words("care_place_noun")


def released_from_care(trig: Trigger, rows: dict) -> bool:
    """A patient's discharge, not a captive's release: "he was released from hospital on Friday", "they were freed
    from quarantine". A RETREAT release verb with a "from" phrase whose object is a place of care (lexicon
    ``care_place_noun``) is dropped; "released from prison", "freed from captivity" stay. Source: PLOVER manual,
    RETREAT ("the release of prisoners and hostages"). Read for the rows and the detector's proposals of "release" and
    "free". Example: "He was released from hospital" -> no record."""
    if trig.event != "RETREAT" or trig.token.pos_ != "VERB" or lemma(trig.token) not in ("release", "free"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from" and x.lemma_.lower() in CARE_PLACE_NOUNS
               for c in trig.token.children for x in pobjs(c))


#: Verbs framing a habit or a reputation (lexicon ``disposition_verb``).
DISPOSITION_VERBS = words("disposition_verb")


def disposition(trig: Trigger, rows: dict) -> bool:
    """A habit or a reputation, not an act: "budget director David Stockman is known to support the idea of tax
    increases", "he tended to defy the party line". A verbal trigger that is the simple to-infinitive complement of a
    verb of :data:`DISPOSITION_VERBS` (lexicon ``disposition_verb``; "know" only in the passive) names what its
    subject is inclined to do, on no given occasion. A perfect infinitive reports a past act that is known ("are
    known to have been snatched by North Korean spies") and stays open. Source: PLOVER manual (an event is an act
    on an occasion); the training stories."""
    tok = trig.token
    gov = tok.head
    if tok.pos_ != "VERB" or tok.dep_ != "xcomp" or not has_to_infinitive(tok) or \
            gov.lemma_.lower() not in DISPOSITION_VERBS:
        return False
    if gov.lemma_.lower() == "know" and not has_child(gov, "auxpass"):
        return False
    return not any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children)


#: Verbs of coming together an invitation may ask for (lexicon ``invitation_meeting_verb``).
INVITATION_MEETING_VERBS = words("invitation_meeting_verb")


def invitation_to_task(trig: Trigger, rows: dict) -> bool:
    """An invitation to perform a task, not to meet: "the commission will invite candidates to present their
    platforms", "Pulitzer invited Harmsworth to edit The World", "the court invited the parties to file briefs". An
    AGREE trigger on "invite" whose to-infinitive (on the verb or on its object) is no verb of coming together
    (lexicon ``invitation_meeting_verb``: "invited him to visit Beijing", "invited Iran to attend the talks" stay an
    offer to meet, and so does "invited Putin to Paris"). Source: CAMEO 036 (express intent to meet or negotiate:
    the invitation row of the pattern dictionary); the training stories."""
    tok = trig.token
    if trig.event != "AGREE" or tok.pos_ != "VERB" or tok.lemma_.lower() != "invite":
        return False
    inf = [c for x in [tok, *[c for c in tok.children if c.dep_ == "dobj"]] for c in x.children
           if c.dep_ in ("xcomp", "advcl", "acl", "ccomp") and c.pos_ in VERBS and has_to_infinitive(c)]
    return bool(inf) and all(c.lemma_.lower() not in INVITATION_MEETING_VERBS for c in inf)


def _title_case(sent) -> bool:
    """True for a headline in title case: no word of four letters or more but a preposition, conjunction or
    determiner ("with", "from", "over") is written lower-case."""
    return not any(t.is_alpha and len(t) > 3 and t.is_lower and t.pos_ not in ("ADP", "CCONJ", "SCONJ", "DET")
                   for t in sent)


def named_agreement(trig: Trigger, rows: dict) -> bool:
    """The proper name of an agreement already in force, mentioned in passing: "a strong defender of the Anglo-Irish
    Agreement", "with the entry into force of their Relationship Agreement", "under the Good Friday Agreement". An
    AGREE trigger on a noun of the agreement rows whose word is capitalised inside a sentence that is no title-case
    headline names a treaty (a thing) and reports no act of agreeing; "signed an agreement", "reached a security
    agreement", "an agreement with Iran" stay open, and so does a verb trigger of the same sentence ("the two states
    signed the Minsk Agreement": the signing). Source: PLOVER manual, AGREE (an agreement made or announced); the
    training stories (such mentions were never coded)."""
    tok = trig.token
    if trig.event != "AGREE" or trig.row.pos != "N" or not tok.text[:1].isupper():
        return False
    sent = sent_of(tok)
    if tok.i == sent.start or _title_case(sent):
        return False
    return tok.lemma_.lower() in ("agreement", "accord", "treaty", "pact", "convention")


#: Filings put to a court and the verbs by which one is granted (lexicon ``petition_noun``, ``petition_ruling_verb``).
PETITION_NOUNS = words("petition_noun")
PETITION_RULING_VERBS = words("petition_ruling_verb")


def ruling_on_petition(trig: Trigger, rows: dict) -> bool:
    """A court granting a filing: "the court allowed the plea of the advocate", "allowing the plea of the External
    Affairs Ministry, the court recommended ...", "the high court permitted the application". An AGREE trigger on a
    verb of :data:`PETITION_RULING_VERBS` (lexicon ``petition_ruling_verb``) whose every direct object is a noun of
    :data:`PETITION_NOUNS` (lexicon ``petition_noun``) is a ruling in a case, no agreement between political
    parties; the ruling's effect ("recommended extradition") is coded where it is stated. "Allowed inspectors into
    the site" and "allowed a Commons vote" stay open. Source: PLOVER manual, AGREE (an actor agrees to a course of
    action with another); the training stories."""
    tok = trig.token
    if trig.event != "AGREE" or tok.pos_ != "VERB" or tok.lemma_.lower() not in PETITION_RULING_VERBS:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(o.lemma_.lower() in PETITION_NOUNS for o in objs)


#: Verbs of the diplomatic-recognition rows and nouns of what one acknowledges (lexicon ``recognition_verb``,
#: ``acknowledged_noun``).
RECOGNITION_VERBS = words("recognition_verb")
ACKNOWLEDGED_NOUNS = words("acknowledged_noun")


def acknowledgement(trig: Trigger, rows: dict) -> bool:
    """Acknowledging a fact, a need or a fault, not recognising a party: "the government should recognise
    shortcomings of the review", "ministers recognised the need for reform", "he recognises the dangers", "Kenya
    recognised that mistakes were made". A SUPPORT trigger on a verb of :data:`RECOGNITION_VERBS` (lexicon
    ``recognition_verb``) whose every direct object is a noun of :data:`ACKNOWLEDGED_NOUNS` (lexicon
    ``acknowledged_noun``), or that has a "that" clause and no object. The rows code diplomatic recognition
    (CAMEO 054: "recognised Kosovo", "recognises the new government"), which stays. Source: CAMEO 054; PLOVER
    manual, SUPPORT; the training stories."""
    tok = trig.token
    if trig.event != "SUPPORT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in RECOGNITION_VERBS:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if objs:
        return all(o.lemma_.lower() in ACKNOWLEDGED_NOUNS for o in objs)
    return any(c.dep_ == "ccomp" for c in tok.children)


def figurative_violence(trig: Trigger, rows: dict) -> bool:
    """A verb of violence whose every target is a social ill, an idea or a text ("fight crime", "fighting
    international poverty and climate change", "combat racism", "designed to kill the Disability Bill", "kills
    the spirit of the tax", "abused the public's trust", "abused their positions": lexicon ``abused_office_noun``,
    with "abuse" only): a figure of speech, no use of force (PLOVER manual,
    ASSAULT: the use of force against people or property). Lexicon lists ``figurative_violence_verb`` and
    ``figurative_target``; a target that is a party or a place ("fight the rebels") keeps the attack, and so
    does a verb with no object. Criticism ("attacked the plans") is an ACCUSE row of verbs.tsv, read before."""
    if trig.event != "ASSAULT":
        return False
    tok = trig.token
    if repaired_lemma(tok) not in FIGURATIVE_VERBS:
        return False
    targets = objects(tok) + [x for p in ("against", "on") for x in prep_objects(tok, (p,))]
    # "all forms of racism", "thousands of emails": what the kind or the count is of
    counts = KIND_NOUNS | COUNT_HEADS
    targets += [x for t in targets if t.lemma_.lower() in counts or t.like_num for x in prep_objects(t, ("of",))]
    targets = [t for t in targets if t.lemma_.lower() not in counts and not t.like_num
               and t.ent_type_ not in ("DATE", "TIME")]
    office = ABUSED_OFFICE if repaired_lemma(tok) == "abuse" else frozenset()
    return bool(targets) and all(t.lemma_.lower() in FIGURATIVE_TARGETS or t.lower_ in FIGURATIVE_TARGETS
                                 or t.lemma_.lower() in office for t in targets)


#: Verbs of throwing or firing whose direct object is what is fired, not whom (lexicon ``projectile_verb``: "fire",
#: "lob", "hurl"); what is fired only in words or in a game (lexicon ``figurative_missile``: "broadside", "barb",
#: "three-pointer", "points"); figures of an economy fired at only in words (lexicon ``figurative_fire_target``:
#: "markets", "policy", "budget"); weapons that keep a shot real (lexicons ``weapon_means``, ``exploding_weapon``,
#: ``fired_weapon``: "rockets", "bullets", "tear gas").
PROJECTILE_VERBS = words("projectile_verb")
FIGURATIVE_MISSILES = words("figurative_missile")
FIGURATIVE_FIRE_TARGETS = FIGURATIVE_TARGETS | words("figurative_fire_target")
FIRED_WEAPONS = words("weapon_means") | words("exploding_weapon") | words("fired_weapon")
#: Prepositions of what a shot is fired at.
FIRE_TARGET_PREPS = ("at", "on", "upon", "against", "into", "toward", "towards")


#: Verbs whose direct object is the target and whose "with" phrase is what is fired (lexicon ``pelting_verb``:
#: "bombarded the minister with questions", "pelted with stones").
PELTING_VERBS = words("pelting_verb")


def _in(tok, vocab) -> bool:
    """True when ``tok``'s lemma or form is in ``vocab``, or the phrase of its compound modifiers and it ("starting
    gun")."""
    if tok.lemma_.lower() in vocab or tok.lower_ in vocab:
        return True
    mods = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    return bool(mods) and (" ".join(mods + [tok.lemma_.lower()]) in vocab or " ".join(mods + [tok.lower_]) in vocab)


def figurative_fire(trig: Trigger, rows: dict) -> bool:
    """A shot fired in words or in a game: "the central bank fired a warning shot at markets", "fired a broadside
    at the government's fiscal policy", "James fired 40 points against the Celtics", "hurled insults at the
    referee", "fired the starting gun on rate cuts", "was bombarded with questions". A verb of lexicon
    ``projectile_verb`` coded ASSAULT whose every projectile (direct object; for lexicon ``pelting_verb``, the "with"
    phrase) is a word or phrase of lexicon ``figurative_missile``, or whose every target (an at/on/against/into phrase on the verb or on the
    projectile, not a date) is a social ill, an idea, a text or a figure of an economy (lexicons
    ``figurative_target``, ``figurative_fire_target``) while no projectile is a weapon (lexicons ``weapon_means``,
    ``exploding_weapon``, ``fired_weapon``): a figure of speech, no use of force. "Rebels fired rockets at markets
    in Aleppo", "the navy fired a warning shot at the fishing boat" and "police fired at protesters" stay. Source:
    PLOVER manual, ASSAULT (the use of force against people or property); fresh user on real text."""
    tok = trig.token
    lem = repaired_lemma(tok)
    if trig.event != "ASSAULT" or tok.pos_ != "VERB" or lem not in PROJECTILE_VERBS | PELTING_VERBS:
        return False
    if lem in PELTING_VERBS:  # "bombarded the minister with questions": only the "with" phrase is fired
        shots = prep_objects(tok, ("with",))
        shots += [x for c in shots for x in c.conjuncts]
        return bool(shots) and all(_in(x, FIGURATIVE_MISSILES) for x in shots)
    shots = [c for c in tok.children if c.dep_ == "dobj"]
    shots += [x for c in shots for x in c.conjuncts]
    if shots and all(_in(x, FIGURATIVE_MISSILES) for x in shots):
        return True
    targets = [x for h in [tok] + shots for x in prep_objects(h, FIRE_TARGET_PREPS)
               if x.ent_type_ not in ("DATE", "TIME")]
    targets += [x for t in list(targets) for x in t.conjuncts]
    if not targets or any(_in(x, FIRED_WEAPONS) for x in shots):
        return False
    return all(_in(t, FIGURATIVE_FIRE_TARGETS) for t in targets)


#: Nouns of a war or campaign that a government declares or wages on an ill as a figure of speech (lexicon
#: ``war_noun``: "war", "crusade", "battle").
WAR_NOUNS = words("war_noun")
#: Types a declared war on an ill is misread as.
_FIGURATIVE_WAR_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"})


def figurative_war(trig: Trigger, rows: dict) -> bool:
    """A war declared or waged on an ill: "the government declared war on inflation", "waged a war on poverty",
    "launched a crusade against corruption", "the war on drugs". A trigger of conflict whose direct object (or,
    for a nominal trigger, itself) is a war noun (lexicon ``war_noun``) with "on"/"against" targets that are all
    social ills, ideas or figures of an economy (lexicons ``figurative_target``, ``figurative_fire_target``) is a
    policy, no use of force, coercion or threat. "Germany declared war on Russia" and "declared war on the cartels"
    keep whatever they were. Source: PLOVER manual, ASSAULT and COERCE (acts against political actors); fresh user
    on real text ("declared war on inflation" was COERCE)."""
    if trig.event not in _FIGURATIVE_WAR_TYPES:
        return False
    tok = trig.token
    wars = [tok] if tok.pos_ in NOUNS else [c for c in tok.children if c.dep_ == "dobj"]
    wars = [w for w in wars if w.lemma_.lower() in WAR_NOUNS]
    if not wars:
        return False
    holders = wars + ([tok] if tok.pos_ == "VERB" else [])
    targets = [x for h in holders for x in prep_objects(h, ("on", "against"))
               if x.ent_type_ not in ("DATE", "TIME")]
    targets += [x for t in list(targets) for x in t.conjuncts]
    return bool(targets) and all(_in(t, FIGURATIVE_FIRE_TARGETS) for t in targets)


#: Goods, commodities and markets whose "demand" is buyers' demand (lexicon ``market_good``: "energy demands", "demand
#: for oil", "consumer demand").
MARKET_GOODS = words("market_good")
#: Nouns of economic demand (lexicon ``market_demand_noun``: "demand").
MARKET_DEMAND_NOUNS = words("market_demand_noun")


def market_demand(trig: Trigger, rows: dict) -> bool:
    """Buyers' demand read as a political demand: "developing countries, with their growing energy demands", "demand
    for oil rose", "consumer demand slowed", "the demands of the housing market". A nominal REQUEST trigger of
    :data:`MARKET_DEMAND_NOUNS` whose compound modifier, or the object of its "for"/"of" phrase, is a good, a
    commodity or a market (lexicon ``market_good``) is the quantity buyers want, no party's demand on another
    ("the union's demand for a pay rise", "demands for the release of prisoners" stay requests). Source: PLOVER
    manual (events are interactions of political actors; REQUEST: asking another party for an act or a thing);
    ../shared/eval/voa_news/ANNOTATION.md ("annotate every codable political event"; "do not code ...
    statistics"); audit of VOA feature stories. Example: "Asia's energy demands keep growing" codes no REQUEST."""
    tok = trig.token
    if trig.event != "REQUEST" or tok.pos_ not in NOUNS or tok.lemma_.lower() not in MARKET_DEMAND_NOUNS:
        return False
    mods = [c for c in tok.children if c.dep_ in ("compound", "nmod")]
    mods += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for o in c.children
             if o.dep_ == "pobj"]
    return any(m.lemma_.lower() in MARKET_GOODS or m.lower_ in MARKET_GOODS for m in mods)


#: Securities a financial warrant is sold with or entitles to (lexicon ``security_noun``: "shares and warrants",
#: "warrants to buy one million shares"), and the words of exercising one (lexicon ``security_exercise_word``).
SECURITY_NOUNS = words("security_noun")
SECURITY_EXERCISE_WORDS = words("security_exercise_word")


def financial_warrant(trig: Trigger, rows: dict) -> bool:
    """A stock warrant read as an arrest warrant: "sold 200,000 shares of its common stock, and warrants to acquire
    one million shares", "the warrants are exercisable for five years", "warrants for 500,000 shares". A "warrant"
    trigger whose conjunct, its "for"/"of" object, or the object of its infinitive is a security (lexicon
    ``security_noun``), or that is said to be exercisable (lexicon ``security_exercise_word``), is a right to buy
    shares, no order of a court against anybody ("a warrant for his arrest", "arrest warrants against two
    generals" stay COERCE). Source: PLOVER manual (events are interactions of political actors; COERCE, arrest);
    ../shared/eval/voa_news/ANNOTATION.md ("annotate every codable political event"); audit of 1987 Reuters
    business stories. Example: "the warrants are exercisable at 2 dlrs a share" codes no COERCE."""
    tok = trig.token
    if tok.lemma_.lower() != "warrant" or tok.pos_ not in NOUNS:
        return False
    near = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    near += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "on") for o in c.children
             if o.dep_ == "pobj"]
    near += [o for c in tok.children if c.dep_ in ("acl", "relcl") for o in c.children if o.dep_ == "dobj"]
    if any(x.lemma_.lower() in SECURITY_NOUNS for x in near):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head
        return any(x.lemma_.lower() in SECURITY_EXERCISE_WORDS or x.lower_ in SECURITY_EXERCISE_WORDS
                   for x in [verb] + list(verb.children))
    return False


#: A share price or a bid for a company ("27 dlrs per share", "its takeover bid", "a tender offer"): the object of a
#: business deal (lexicon ``deal_bid_modifier``: the modifiers that make a bid or an offer a bid for a company).
DEAL_BID_MODIFIERS = words("deal_bid_modifier")
#: The types a market transaction is misread as; a rejection or a block of a bid by a government ("the French government
#: rejected the takeover bid by an Italian firm") is left to the other rules.
DEAL_EVENTS = frozenset({"RETREAT", "AGREE", "CONCEDE", "SUPPORT", "COOPERATE", "REQUEST"})
SHARE_PRICE = re.compile(r"\b(?:dlrs?|dollars?|cents?|pence|yen|marks|francs|pounds|euros?|\$\s?\d[\d.,]*)\s+(?:a|per|each)\s+"
                         r"(?:common\s+|ordinary\s+)?share\b", re.I)


def business_deal(trig: Trigger, rows: dict) -> bool:
    """A company's bid for another read as a political act: "First Interstate withdrew its takeover bid" (RETREAT),
    "the 27 dlrs per share offered by Waste Management" (AGREE). A verb trigger of :data:`DEAL_EVENTS` whose
    object, passive subject or the noun it describes is a bid or offer for a company (a "bid"/"offer" modified by a
    word of lexicon ``deal_bid_modifier``: takeover, tender, buyout, merger) or whose clause names a share price
    ("27 dlrs a share": :data:`SHARE_PRICE`) is a market transaction between firms, no interaction of political
    actors ("Russia withdrew its troops", "China offered Kenya a loan" stay). Source: PLOVER manual (events are
    interactions of political actors); ../shared/eval/voa_news/ANNOTATION.md ("annotate every codable political
    event"; "do not code ... statistics"); audit of 1987 Reuters business stories. Example: "Acme withdrew its takeover bid for Beta" codes no
    RETREAT."""
    tok = trig.token
    if tok.pos_ != "VERB" or trig.event not in DEAL_EVENTS:
        return False
    things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("acl", "relcl"):
        things.append(tok.head)
    for x in things:
        if x.lemma_.lower() in ("bid", "offer", "offering") and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in DEAL_BID_MODIFIERS for c in x.children):
            return True
    if "share" not in span_text(sent_of(tok)).lower():
        return False
    top = tok.head if tok.dep_ in ("acl", "relcl") else tok
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in NOUNS:
        top = top.head.head  # "27 dlrs per share offered by": the price the share is a part of
    words_ = list(top.subtree)
    return SHARE_PRICE.search(" ".join(w.text for w in words_)) is not None


#: Verbs of ordering that also mean buying (lexicon ``purchase_verb``: "order"), the goods a buyer orders (lexicon
#: ``purchased_good``: "food", "groceries") and the sellers ordered from (lexicon ``seller_noun``: "restaurant", "app").
PURCHASE_VERBS = words("purchase_verb")
PURCHASED_GOODS = words("purchased_good")
SELLER_NOUNS = words("seller_noun")


def purchase_order(trig: Trigger, rows: dict) -> bool:
    """Ordering goods read as an order to a party: "she could order from five or six different restaurants",
    "customers ordered food online", "families order groceries from apps". A REQUEST trigger on a verb of
    :data:`PURCHASE_VERBS` whose object is a good (lexicon ``purchased_good``) or that orders from a seller (a "from"
    phrase naming one of lexicon ``seller_noun``, or "online") and has no clause of the act ordered ("ordered the
    police to release ...") is a purchase, no demand on a party ("the court ordered the police to release the
    journalist" stays). Source: PLOVER manual (events are interactions of political actors; REQUEST: asking for an
    act, aid or a concession); ../shared/eval/voa_news/ANNOTATION.md ("annotate every codable political event");
    audit of VOA feature stories outside the evaluation set (medical tourism). Example: "Diners ordered sushi at
    the restaurant" codes no REQUEST."""
    tok = trig.token
    if trig.event != "REQUEST" or tok.pos_ != "VERB" or tok.lemma_.lower() not in PURCHASE_VERBS:
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("xcomp", "ccomp") for c in kids):
        return False
    objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "compound":  # the parser's "order groceries" read as a compound noun
        objs.append(tok.head)
        kids += list(tok.head.children)
    if objs and all(o.lemma_.lower() in PURCHASED_GOODS or o.lower_ in PURCHASED_GOODS for o in objs):
        return True
    sellers = [o for c in kids if c.dep_ == "prep" and c.lower_ in ("from", "at", "through", "via") for o in c.children
               if o.dep_ == "pobj"]
    online = any(c.lower_ == "online" for c in kids)
    return (online or any(o.lemma_.lower() in SELLER_NOUNS for o in sellers)) and not any(
        o.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or o.pos_ == "PRON" for o in objs)


#: Words of a lead in a competition ("pulled out ahead", "pulled way out front", "pulled out in front").
LEAD_WORDS = frozenset({"ahead", "front"})


def competition_lead(trig: Trigger, rows: dict) -> bool:
    """A lead in a race or a market read as a withdrawal: "China and the U.S. have pulled way out front in the AI
    race", "Kenya pulled out ahead of Ethiopia in the coffee export race", "Samsung pulled out in front in the chip
    market". A RETREAT verb trigger with "ahead" or "front" among its dependents or those of its particle and
    prepositions (:data:`LEAD_WORDS`) moves forward, away from no one ("Russia pulled out of the treaty", "pulled its
    troops out of Syria" stay). Source: PLOVER manual, RETREAT (withdrawal of forces or from an agreement or
    position); audit of VOA feature stories outside the evaluation set (technology race). Example: "Kenya pulled
    out ahead in the race" codes no RETREAT."""
    tok = trig.token
    if trig.event != "RETREAT" or tok.pos_ != "VERB":
        return False
    near = list(tok.children)
    near += [x for c in near if c.dep_ in ("prt", "advmod", "prep") for x in c.children]
    if any(x.lower_ == "front" for x in near):
        return True
    # "ahead" leads only in a contest named ("ahead ... in the export race"), not "ahead of the ceasefire" (time)
    return any(x.lower_ == "ahead" for x in near) and any(
        o.lemma_.lower() in CONTEST_NOUNS for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
        for o in c.children if o.dep_ == "pobj")



#: Verbs of approving (lexicon ``approval_verb``: "approve", "ratify", "endorse"), and the things whose approval is
#: itself coercion or force (lexicon ``approved_coercion_noun``: "fines", "curfew", "airstrikes", "deportation").
APPROVAL_VERBS = words("approval_verb")
APPROVED_COERCION = words("approved_coercion_noun")
#: What a body grants or passes when it approves it (lexicon ``approved_grant_noun``: "bid", "membership",
#: "nomination", "budget", "sale").
APPROVED_GRANTS = words("approved_grant_noun")
#: Types of material and verbal conflict an approval is misread as.
APPROVAL_MISREAD_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE"})
#: Types of a trigger in the approved clause that make the approval coercion ("approved a law that bans rallies").
COERCIVE_CONTENT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


def approval_of_no_force(trig: Trigger, rows: dict) -> bool:
    """An approval read as coercion or force: "Turkey's parliament approved Sweden's bid to join NATO", "the Senate
    approved the nomination", "the cabinet approved the budget", "Congress approved the sale of jets to Taiwan". A
    trigger of material or verbal conflict (:data:`APPROVAL_MISREAD_TYPES`) on a verb of approving (lexicon
    ``approval_verb``) whose approved things (objects, passive subjects) are all grants (lexicon
    ``approved_grant_noun``: a bid, membership, nomination, budget, sale) is dropped unless the clause it heads
    (subject left out) names coercion or force (lexicon ``approved_coercion_noun``: "approved new fines for
    unauthorised protests", "a bill was approved to raise the fine", "approved airstrikes", "approved a law
    restricting the press") or holds a trigger of coercion, force, sanction or threat ("approved a bill that bans
    opposition rallies"); the trained detector learnt such approvals and proposes COERCE for nearly every
    "approved". Source: PLOVER manual, COERCE and ASSAULT (the act of coercion or force itself); fresh user on real
    text. Example: "Turkey's parliament approved Sweden's bid to join NATO" codes no COERCE."""
    tok = trig.token
    if trig.event not in APPROVAL_MISREAD_TYPES or tok.pos_ != "VERB" or repaired_lemma(tok) not in APPROVAL_VERBS:
        return False
    things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # "three of his nominees", "dozens of permits": what the count is of
    things = [next(iter(prep_objects(x, ("of",))), x) if x.like_num or x.lemma_.lower() in COUNT_HEADS else x
              for x in things]
    if not things or not all(x.lemma_.lower() in APPROVED_GRANTS for x in things):
        return False
    for c in tok.children:
        if c.dep_ in ("nsubj", "csubj", "agent"):
            continue
        if any(x.lemma_.lower() in APPROVED_COERCION or x.lower_ in APPROVED_COERCION or (
                x.i in rows and rows[x.i].event in COERCIVE_CONTENT_TYPES) for x in c.subtree):
            return False
    return True


#: Verbs that move a level (lexicon ``level_change_verb``: "raise", "cut", "hike", "lower"), and the figures of an
#: economy a central bank, cartel or government moves (lexicon ``economic_figure_noun``: "rates", "prices",
#: "output", "forecast").
LEVEL_CHANGE_VERBS = words("level_change_verb")
ECONOMIC_FIGURES = words("economic_figure_noun")


def economic_level_change(trig: Trigger, rows: dict) -> bool:
    """Moving a figure of an economy read as an act on another party: "the central bank raised interest rates"
    (ACCUSE), "the ECB cut rates" (SANCTION), "OPEC cut output", "the government raised fuel prices". A verb trigger
    of lexicon ``level_change_verb`` whose every direct object is such a figure (lexicon ``economic_figure_noun``)
    and that has no "on"/"against" party it is aimed at is monetary or economic policy, no interaction of political
    actors: dropped whatever its type. "Russia cut gas supplies to Europe", "Canada cut its embassy staff" and "raised
    tariffs on Chinese steel" stay. Source: PLOVER manual (events are interactions of political actors);
    ../shared/eval/voa_news/ANNOTATION.md ("do not code ... statistics"); fresh user on real text. Example: "The
    central bank raised interest rates" codes no event."""
    tok = trig.token
    if tok.pos_ != "VERB" or repaired_lemma(tok) not in LEVEL_CHANGE_VERBS:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or any(x.ent_type_ not in ("DATE", "TIME") for x in prep_objects(tok, ("on", "against"))):
        return False  # "raised tariffs on Chinese steel" is aimed at a party; "on Thursday" only times it
    return all(o.lemma_.lower() in ECONOMIC_FIGURES or o.lower_ in ECONOMIC_FIGURES for o in objs)


#: Works of fiction (lexicon ``fiction_work_noun``: "film", "movie", "novel", "sequel"), and the verbs by which one
#: tells its plot (lexicon ``plot_verb``: "tells", "depicts", "follows", "imagines").
FICTION_WORKS = words("fiction_work_noun")
PLOT_VERBS = words("plot_verb")


def _fiction_noun(tok) -> bool:
    """True for a noun of lexicon ``fiction_work_noun`` that is no series of acts ("a series of talks")."""
    return tok.lemma_.lower() in FICTION_WORKS and not prep_objects(tok, ("of",))


def fiction_plot(trig: Trigger, rows: dict) -> bool:
    """The plot of a film, novel or series: "In the film, Godzilla attacks Tokyo", "in the new movie, Russian agents
    kidnap the president", "the novel tells how French soldiers invade Britain", "the film follows rebels who seize
    a town". A trigger whose clause, or a clause it is governed by, is set "in" a work of fiction (lexicon
    ``fiction_work_noun``) or is what such a work tells (a verb of lexicon ``plot_verb`` with a fiction noun as
    subject) is no event, whatever its type. A video, footage or a documentary shows real acts and is no fiction
    noun. Source: PLOVER manual (events are interactions of political actors; ASSAULT: the use of force); fresh
    user on real text (a film review coded ASSAULT). Example: "In the film, Godzilla attacks Tokyo" codes no
    ASSAULT."""
    tok = trig.token
    for _ in range(8):  # the trigger and its governors up to the root (a few steps)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "in" and any(x.dep_ == "pobj" and _fiction_noun(x) for x in c.children):
                return True
        if tok.lemma_.lower() in PLOT_VERBS and any(
                c.dep_ == "nsubj" and _fiction_noun(c) for c in tok.children):
            return True
        head = tok.head
        if head.i == tok.i:  # the root (spaCy makes a new Token object per access: compare indices, not identity)
            return False
        tok = head
    return False

#: Contests a party leads in (lexicon ``contest_noun``: "race", "market").
CONTEST_NOUNS = words("contest_noun")


#: Verbs and nouns of a swap (lexicon ``swap_word``: "exchange", "swap", "trade"), and what two sides exchange in a
#: fight (lexicon ``exchanged_fire_noun``: "fire", "gunfire", "shots", "blows").
SWAP_WORDS = words("swap_word")
EXCHANGED_FIRE = words("exchanged_fire_noun")


#: Types a swap of people is misread as: a fight, or a seizure of the people swapped ("exchanged 200 prisoners of war"
#: as COERCE of civilians; second fresh user of the twelfth stop).
SWAP_MISREAD_TYPES = frozenset({"ASSAULT", "COERCE"})


def swap_of_no_fire(trig: Trigger, rows: dict) -> bool:
    """A swap read as a fight or a seizure: "the two sides exchanged 200 prisoners", "Moscow and Kyiv swapped
    prisoners of war", "an exchange of detainees". An ASSAULT or COERCE trigger (:data:`SWAP_MISREAD_TYPES`) that is
    a word of a swap (lexicon ``swap_word``) is an attack only when what is exchanged is fire (lexicon
    ``exchanged_fire_noun``: "exchanged fire", "traded gunfire", "an exchange of shots"); a swap of prisoners,
    bodies, letters or views is no use of force (the trained detector learnt "exchanged" from exchanges of fire). A
    swap with nothing named stays. Source: PLOVER manual, ASSAULT (the use of force against people or property).
    Example: "Russia and Ukraine exchanged 200 prisoners" codes no ASSAULT; "troops exchanged fire with militants"
    does."""
    tok = trig.token
    if trig.event not in SWAP_MISREAD_TYPES or repaired_lemma(tok) not in SWAP_WORDS:
        return False
    things = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ == "VERB" else prep_objects(tok, ("of",))
    if tok.pos_ == "VERB" and not things:
        things = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return bool(things) and not any(x.lemma_.lower() in EXCHANGED_FIRE or x.lower_ in EXCHANGED_FIRE for x in things)


#: Threat nouns (lexicon ``threat_noun``), and the modifiers, governing verbs and kind prepositions that make one a
#: danger named (lexicon ``danger_modifier``, ``danger_verb``, ``threat_kind_preposition``).
THREAT_NOUNS = words("threat_noun")
DANGER_MODIFIERS = words("danger_modifier")
DANGER_VERBS = words("danger_verb")
THREAT_KIND_PREPS = words("threat_kind_preposition")


def threat_as_danger(trig: Trigger, rows: dict) -> bool:
    """A threat noun naming a danger, not a threat somebody made: a category with its kinds listed ("threats such as
    piracy and smuggling", "threats like sabotage"; lexicon ``threat_kind_preposition``), a danger by its field or
    its growth ("security threats", "cyber threats", "a growing threat from China", "an existential threat"; lexicon
    ``danger_modifier``), or the object of a verb that names, poses or meets a danger ("Iran poses a threat",
    "citing threats", "perceive a threat", "to counter the threat"; lexicon ``danger_verb``), or the threat "posed"
    by someone. A threat made keeps its act ("its threat to cut gas supplies", "Putin's threats against Ukraine",
    "threats of preventive attacks"). Source: PLOVER manual, THREATEN (an actor threatens a target with an act;
    an assessment that a party is dangerous is none)."""
    tok = trig.token
    if trig.event != "THREATEN" or tok.pos_ not in NOUNS or tok.lemma_.lower() not in THREAT_NOUNS:
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in THREAT_KIND_PREPS and (c.lower_ != "as" or any(
                x.lower_ == "such" for x in c.children)):
            return True
        if c.dep_ in ("amod", "compound") and c.lower_ in DANGER_MODIFIERS:
            return True
        if c.dep_ == "acl" and c.lemma_.lower() == "pose":
            return True
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in DANGER_VERBS


#: Frequency words (lexicon ``habitual_adverb``, ``habitual_adjective``) and pronouns naming a class of people
#: (lexicon ``class_head``).
HABITUAL_ADVERBS = words("habitual_adverb")
HABITUAL_ADJECTIVES = words("habitual_adjective")
CLASS_HEADS = words("class_head")
#: Adverbs placing an act nowhere in particular (lexicon ``indefinite_place_adverb``).
INDEFINITE_PLACE_ADVERBS = words("indefinite_place_adverb")
#: Types of one act done at one time: a habit or a class of such acts is no event of these types.
OCCURRENCE_TYPES = frozenset({"ASSAULT", "COERCE", "CONSULT"})
#: Types of a stance, which a present-simple relative clause holds now ("thank everyone who supports me", "those
#: who oppose the plan"): no class definition.
STANCE_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "AGREE"})
#: Tags of a relative pronoun or determiner ("who", "that", "which").
RELATIVE_TAGS = frozenset({"WP", "WDT"})
#: Tags of a present-simple verb.
PRESENT_SIMPLE = frozenset({"VBP", "VBZ"})


def _class_definition(tok) -> bool:
    """True for a present-simple verb of a relative clause on a bare plural noun or a class pronoun ("pupils who
    commit or threaten violence", "young men who attack police", "anyone who visits the region"), or a conjunct
    of one."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "relcl" or tok.tag_ not in PRESENT_SIMPLE or not any(
            c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in tok.children):
        return False  # the head must be the doer ("pupils who threaten"), not "situations they say impeded ..."
    head = tok.head
    if head.lower_ in CLASS_HEADS:
        return True
    return head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)


#: Conjunctions of a time clause (lexicon ``generic_time_conjunction``: "when", "whenever").
GENERIC_TIME_CONJUNCTIONS = words("generic_time_conjunction")


def _generic_time_clause(tok) -> bool:
    """True for a present-simple verb with no auxiliary heading a "when"/"whenever"/"once" adverbial clause
    (lexicon ``generic_time_conjunction``), or a conjunct of one: "when the UN or NATO calls for intervention",
    "when he visits Brady", "when the committee meets this week", "once a president commits himself to the
    principle". English puts such a clause in the present simple for a generic or habitual condition or for a time
    still to come, never for one act that took place ("when he visited", "when it has met" stay: a past or perfect
    time clause dates a real act)."""
    if tok.pos_ not in VERBS or tok.tag_ not in PRESENT_SIMPLE or any(c.dep_ in ("aux", "auxpass") for c in
                                                                      tok.children):
        return False
    v = tok
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in GENERIC_TIME_CONJUNCTIONS
                                     for c in v.children)


#: Dependencies by which an act word hangs inside the clause of a verb: its object, the object of the verb's
#: preposition, its to-infinitive or gerund complement ("routinely comply with such requests", "usually try to
#: meet", "often avoid meeting").
GOVERNED_DEPS = frozenset({"dobj", "pobj", "xcomp", "pcomp"})


def clause_verb(tok):
    """The verb whose clause ``tok`` (an act word) belongs to and whose tense and adverbs place the act in time:
    ``tok`` itself when it is a verb of its own clause; the verb that governs it as its object, as the object of one
    of its prepositions, or as its infinitive or gerund complement (:data:`GOVERNED_DEPS`; "Florida officials
    routinely comply with such requests" -> comply, "the minister usually tries to meet them" -> tries); None when
    ``tok`` hangs elsewhere (a subject, a modifier of a noun)."""
    t = tok
    while t.dep_ in GOVERNED_DEPS and t.head.i != t.i and not (t.pos_ in VERBS and t.dep_ == "xcomp" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
        h = t.head
        if h.dep_ == "prep" and t.dep_ in ("pobj", "pcomp"):
            h = h.head
        if h.pos_ in VERBS:
            return h
        if t.dep_ == "xcomp" or h.pos_ not in NOUNS:
            break
        t = h  # "comply with such requests for records": up through the noun of a prepositional phrase
    return tok if tok.pos_ in VERBS else None


def _present_simple(v) -> bool:
    """True for a present-simple verb: tagged VBZ/VBP with no auxiliary but "do" ("they always ask", "they do
    not often meet")."""
    return v.tag_ in PRESENT_SIMPLE and not any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do"
                                                 for c in v.children)


def _frequency_adverb(v) -> bool:
    """True when verb ``v`` carries an adverb of frequency (lexicon ``habitual_adverb``), also on the verb it is a
    conjunct of ("police routinely stop and search young men")."""
    seen = {v.i}
    while True:
        if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in v.children):
            return True
        if v.dep_ != "conj" or v.head.i in seen:
            return False
        v = v.head
        seen.add(v.i)


#: Entity labels of a time expression that bounds a period ("last week", "on Monday", "in March").
TIME_ENTS = frozenset({"DATE", "TIME"})


#: Tags of a past verb: a simple past, or a participle (perfect, passive, or a simple past the tagger read as a
#: participle: "police routinely arrested protesters last week" comes tagged VBN).
PAST_TAGS = frozenset({"VBD", "VBN"})


def _bounded_period(v) -> bool:
    """True when past verb ``v`` (:data:`PAST_TAGS`) is placed in a bounded period by a time expression of its own clause (a DATE or
    TIME entity among its dependents, outside its subordinate clauses): "police routinely arrested protesters last
    week", "rebels repeatedly shelled the town on Monday". Repeated acts in a period the story names are the news
    of that period, one event series to code; a habit with no period ("police routinely arrested protesters") is
    background."""
    def walk(t):
        for c in t.children:
            if c.dep_ in ("relcl", "advcl", "ccomp", "conj", "acl"):
                continue
            if c.ent_type_ in TIME_ENTS:
                return True
            if walk(c):
                return True
        return False
    return v.tag_ in PAST_TAGS and walk(v)


#: Links into a clause of its own inside a time clause: a relative clause, or what a verb of saying reports
#: ("believe me when I say I do not want to do this": the words said are a statement made now).
OWN_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "parataxis"})


def _in_generic_time_clause(tok) -> bool:
    """True when ``tok`` is the verb of a generic present-simple time clause (:func:`_generic_time_clause`) or any
    act word inside one, short of a clause of its own (:data:`OWN_CLAUSE_DEPS`): "when it comes to opposition
    figures supporting Gbagbo", "whenever the UN calls for an investigation into attacks"."""
    t = tok
    while t.head.i != t.i:
        if _generic_time_clause(t):
            return True
        if t.dep_ in OWN_CLAUSE_DEPS:
            return False
        t = t.head
    return _generic_time_clause(t)


def habitual_act(trig: Trigger, rows: dict) -> bool:
    """An act described as a habit or a class of acts, not one that took place:

    - an adverb of frequency (lexicon ``habitual_adverb``) on a present-simple verb, of any type but a stance
      (:data:`STANCE_TYPES`: "the Taliban routinely deny sheltering fighters" states the party's position now, as
      a statement does): "the minister often visits Paris", "police routinely detain protesters", "we always ask
      everyone we phone", also on the verb that governs the act word (:func:`clause_verb`: "Florida officials
      routinely comply with such requests", "the minister usually tries to meet them"): the present simple with a
      frequency adverb states what a party does as a rule, never one act;
    - an adverb of frequency on a past verb of a type of one act at one time (:data:`OCCURRENCE_TYPES`: "police
      routinely detained protesters"), unless a time expression of the clause bounds the period
      (:func:`_bounded_period`: "police routinely arrested protesters last week" is the news of last week, an event);
      a past statement stays ("often criticised", "always rejected": a repeated statement still states a stance);
    - a frequency adjective on the event noun ("has regular meetings with both of them"; ``habitual_adjective``);
    - an act placed nowhere in particular ("when a bomb has gone off somewhere"; lexicon ``indefinite_place_adverb``,
      without "anywhere": "we can strike anywhere" is a threat);
    - a present-simple relative clause that defines a class of people, of any type ("exclude pupils who threaten
      violence or abuse other pupils", "anyone who attacks a police officer", "women who seek help"; ``class_head``),
      except a stance held now (:data:`STANCE_TYPES`);
    - of any type, an act word in a present-simple "when"/"whenever"/"once" time clause
      (:func:`_in_generic_time_clause`: "the US takes the lead when the UN calls for intervention", "when he visits
      Brady, the secretary always greets him", "they are mostly negative when it comes to opposition figures
      supporting Gbagbo": a generic or habitual condition, or a time still to come; on the training stories 4 such
      records in 3 stories, none annotated).

    PLOVER codes events, one occurrence each (PLOVER manual, event definitions); a habit is background
    (voa_news ANNOTATION.md: "do not code commentary, opinions about the world in general"). Training stories:
    "Florida officials routinely comply with such requests" (REQUEST) and "We always ask everyone we phone up"
    (REQUEST), neither annotated."""
    tok = trig.token
    if trig.event not in STANCE_TYPES and tok.pos_ in VERBS and _class_definition(tok):
        return True
    if _in_generic_time_clause(tok):
        return True
    v = clause_verb(tok)
    if trig.event not in STANCE_TYPES and v is not None and _present_simple(v) and _frequency_adverb(v):
        return True
    if trig.event not in OCCURRENCE_TYPES:
        return False
    if tok.pos_ in NOUNS:
        return any(c.dep_ == "amod" and c.lower_ in HABITUAL_ADJECTIVES for c in tok.children)
    if any(c.dep_ == "advmod" and c.lower_ in INDEFINITE_PLACE_ADVERBS and not any(c.children)
           for c in tok.children):
        return True  # "somewhere in the market" places a real blast roughly: it stays
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in tok.children) and not \
        _bounded_period(tok)


#: Verbs of prohibition or obligation (lexicon ``standing_rule_verb``).
STANDING_RULE_VERBS = words("standing_rule_verb")


def standing_rule(trig: Trigger, rows: dict) -> bool:
    """A rule in force, not an act of coercion: the present-simple passive of a verb of prohibition or obligation
    (lexicon ``standing_rule_verb``) with no agent ("Chinese companies are prohibited from owning Taiwanese
    insurers", "employers are required to post vacancies for 14 days", "foreigners are barred from buying land").
    It describes the law as it stands (background), not a party restricting another at a time (PLOVER manual,
    COERCE); "were banned", "will be banned", "has banned" and "the ministry banned" stay."""
    tok = trig.token
    if trig.event != "COERCE" or tok.pos_ != "VERB" or tok.tag_ != "VBN" or repaired_lemma(tok) not in \
            STANDING_RULE_VERBS:
        return False
    aux = [c for c in tok.children if c.dep_ in ("auxpass", "aux")]
    return any(c.dep_ == "auxpass" and c.tag_ in PRESENT_SIMPLE for c in aux) and not any(
        c.dep_ == "aux" for c in aux) and not any(c.dep_ == "agent" for c in tok.children)


#: Verbs of a solemn promise (lexicon ``pledge_verb``: "vow", "swear", "pledge").
PLEDGE_VERBS = words("pledge_verb")
#: Types of cooperation and yielding a pledge may promise (PLOVER quad classes 1 and 2).
COOPERATIVE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})


def pledged_cooperation(trig: Trigger, rows: dict) -> bool:
    """A pledge of cooperation or of a concession is no threat: "Tokyo vowed to lift some of its sanctions on the
    North", "Iran vowed to cooperate with the IAEA", "Russia vowed to release the prisoners". A THREATEN trigger on
    a verb of :data:`PLEDGE_VERBS` (lexicon ``pledge_verb``; the "vow" row codes "vowed revenge", "vowed to
    retaliate") whose to-infinitive complement is itself a trigger of a cooperative type
    (:data:`COOPERATIVE_TYPES`) is dropped: the complement is the event, with the vow's actor (PLOVER manual,
    AGREE: "indicate willingness or commitment to cooperate"; CONCEDE: announced concessions; a THREATEN warns of
    harm). "Vowed to crush the rebels" (an ASSAULT complement) stays a threat. Source: PLOVER manual, THREATEN and
    AGREE; the training stories ("vowed to lift some of its sanctions" was coded JPN THREATEN PRK)."""
    tok = trig.token
    if trig.event != "THREATEN" or tok.pos_ != "VERB" or tok.lemma_.lower() not in PLEDGE_VERBS:
        return False
    return any(c.dep_ == "xcomp" and has_to_infinitive(c) and c.i in rows and rows[c.i].event in COOPERATIVE_TYPES
               for c in tok.children)


#: Nouns "warning" names a kind of ("warning shots"; lexicon ``warning_compound_noun``).
WARNING_COMPOUND_NOUNS = words("warning_compound_noun")


def warning_compound(trig: Trigger, rows: dict) -> bool:
    """"Warning" naming a kind of thing, not a warning given ("police fired tear gas and warning shots", "ignored
    the warning signs"): the parser reads "warning shots" as the verb "warn" with "shots" as its object, or "warning"
    as a modifier; no one warned anybody in words, so no THREATEN (PLOVER manual, THREATEN: a statement of intent to
    act; the shots themselves are coded by the firing verb). Lexicon ``warning_compound_noun``."""
    tok = trig.token
    if trig.event != "THREATEN" or tok.lemma_.lower() != "warn" or tok.lower_ != "warning":
        return False
    if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in WARNING_COMPOUND_NOUNS:
        return True
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.lemma_.lower() in WARNING_COMPOUND_NOUNS and not any(
        c.dep_ == "det" for c in o.children) for o in objs)


#: Modifiers of a feared or foreseen attack, and the words whose "for"/"of" phrase names an awaited one (lexicon
#: ``feared_attack_modifier``, ``awaited_attack_governor``).
FEARED_ATTACK_MODIFIERS = words("feared_attack_modifier")
AWAITED_ATTACK_GOVERNORS = words("awaited_attack_governor")


def feared_attack(trig: Trigger, rows: dict) -> bool:
    """An attack noun that names an attack feared or awaited, not one done: modified by a word of fear or
    foresight ("in preparation for a feared attack by the United States", "ahead of a possible ground invasion";
    lexicon ``feared_attack_modifier``) or the object of "for"/"of" on a word of waiting or readiness ("it would be
    wrong to wait for an attack", "in case of a U.S. invasion", "braced for an assault"; lexicon
    ``awaited_attack_governor``). No ASSAULT: nobody attacked (PLOVER manual: an event is coded when the text
    asserts it occurred; the preparation or the threat around it is coded by its own words)."""
    tok = trig.token
    if trig.event != "ASSAULT" or tok.pos_ not in NOUNS:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in FEARED_ATTACK_MODIFIERS for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of"):
        gov = tok.head.head
        return gov.lemma_.lower() in AWAITED_ATTACK_GOVERNORS or gov.lower_ in AWAITED_ATTACK_GOVERNORS
    return False


#: Verbs whose "to" phrase puts someone into a confinement ("sentenced to house arrest", "moved to house arrest").
CONFINING_TO_VERBS = frozenset({"sentence", "commute", "confine", "move", "transfer", "return", "send", "release"})


def house_arrest_policy(trig: Trigger, rows: dict) -> bool:
    """"House arrest" or "house detention" named as a measure, not done to anyone: "oppose house arrests", "the house
    arrest plans", "able to impose house detention", "as well as house arrest could impose curfews". The noun is kept
    when someone is put or held in it: the object of "under"/"into" ("placed the leader under house arrest", "remains
    under house arrest"), of "to" after a verb of sentencing or moving ("sentenced to house arrest"), or with a
    possessor or an "of" phrase ("the house arrest of the opposition leader", "his house arrest"). Under a verb that
    is itself a COERCE trigger ("plans to detain suspects under house arrest") the verb codes the act and the noun
    is its manner. Source: PLOVER manual, COERCE ("arrest, detain"; an event is an act that occurred or is
    announced, a policy under debate is none); the training stories (UK debate on house arrest powers)."""
    tok = trig.token
    if trig.event != "COERCE" or trig.row.pos != "N" or tok.lemma_.lower() not in ("arrest", "detention"):
        return False
    if not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "house" for c in tok.children):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
        return False
    if tok.dep_ == "pobj":
        prep, gov = tok.head, tok.head.head
        verb = gov if gov.pos_ in ("VERB", "AUX") or gov.dep_ not in ("dobj", "nsubjpass") else gov.head
        if verb.i in rows and rows[verb.i].event == "COERCE":  # "detain suspects under house arrest"
            return True
        if prep.lower_ in ("under", "into") or (prep.lower_ == "to" and gov.lemma_.lower() in CONFINING_TO_VERBS):
            return False
    return True


#: Words that end a term of office ("at the end of his term", "when her term expires", "term limits").
TERM_END_WORDS = frozenset({"end", "expire", "expiry", "expiration", "limit", "conclude", "close", "finish"})


def _term_ends(tok) -> bool:
    """True when the clause of ``tok`` names the end of a term of office ("at the end of his term", "when his
    mandate expires", "because of term limits")."""
    for x in tok.subtree:
        if x.lemma_.lower() not in ("term", "mandate", "tenure"):
            continue
        near = [x.head, x.head.head] + list(x.children)
        if any(w.lemma_.lower() in TERM_END_WORDS for w in near):
            return True
    return False


def _scheduled_present(tok) -> bool:
    """A simple present of a body sentence with a date on it ("He steps down Jan. 20."): a timetable, the act is
    to come on a fixed day (grammar: the present of schedules; headlines, with no final stop, use the present
    for past acts and are left alone)."""
    if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    ends = [t for t in sent_of(tok) if not t.is_space and t.text not in ("'", '"', "\u2019", "\u201d", ")")]
    if not ends or ends[-1].text != ".":
        return False
    dated = [c for c in tok.children if c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "tmod", "dobj", "advmod")]
    dated += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "at")
              for o in c.children if o.dep_ == "pobj" and o.ent_type_ == "DATE"]
    return bool(dated)


def end_of_term_departure(trig: Trigger, rows: dict) -> bool:
    """Leaving office when the term runs out ("He steps down Jan. 20." of an outgoing president; "will step down
    at the end of his term"; "resigns when her mandate expires"): a scheduled handover, no withdrawal under
    pressure and no concession. A resignation verb (rows of mode ``resign``) whose clause names the end of a term,
    or a simple present with a date in a body sentence (a timetable). Resignations done or announced for a reason
    ("resigned over leaks", "will step down before the election") stay RETREAT. Source: PLOVER manual, RETREAT
    (a yielding or withdrawal; the training annotations code resignations, never an outgoing leader's
    scheduled last day)."""
    tok = trig.token
    if trig.event != "RETREAT" or trig.row.mode != "resign" or tok.pos_ not in ("VERB", "AUX"):
        return False
    return _term_ends(tok) or _scheduled_present(tok)


#: Filters of found triggers, each True to drop one (see module doc).
#: Relations of the complement by which a verb of judging names what its object is ("called the plan a disaster",
#: "called the change pragmatic", "is called a success"); with the words of its "as" phrase ("described the talks as
#: productive", "were called as witnesses") the frame of naming or judging (:func:`naming_frame_words`).
NAMING_COMPLEMENT_DEPS = frozenset({"oprd", "attr", "acomp"})
#: Types a judgement can code: a criticism (ACCUSE disapprove) or praise (SUPPORT; CAMEO 051 "praise or endorse").
JUDGEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT"})
#: Words of praise in a judgement (lexicon ``approval_word``: "success", "achievement", "historic", "productive").
APPROVAL_WORDS = words("approval_word")


def naming_frame_words(tok) -> list:
    """The words by which a verb of judging (lexicon ``judgement_verb``: call, describe, brand, label, dub, term)
    names what its object or passive subject is -- its predicate complement (:data:`NAMING_COMPLEMENT_DEPS`) or
    the object of its "as" phrase -- with their conjuncts, adjectives and compounds: "called the death a
    significant security achievement" -> achievement, significant, security; "were called as witnesses" ->
    witnesses. Empty for any other verb or frame ("called the election", "called on Iran")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in JUDGEMENT_VERBS:
        return []
    heads = [c for c in tok.children if c.dep_ in NAMING_COMPLEMENT_DEPS]
    heads += [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for x in c.children
              if x.dep_ in ("pobj", "amod", "acomp", "attr")]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    return heads + [m for h in heads for m in h.children if m.dep_ in ("amod", "compound")]


def frame_of_naming(trig: Trigger, rows: dict) -> bool:
    """A detector trigger whose type the frame of naming or judging does not code: "X called Y a Z", "called Y
    pragmatic", "described Y as Z", "were called as witnesses" (:func:`naming_frame_words`) give Y a name, a role or
    a quality. The rules code that frame as a judgement only (:func:`judgements`: ACCUSE with a word of
    disapproval), so the detector may read it only as a judgement (:data:`JUDGEMENT_TYPES`): a REQUEST ("called
    Canada one of the highest tariffing nations": the sense of "call for"), a MOBILIZE ("ministers were called as
    witnesses": the sense of "call up") or any other act there is the verb read without its frame, and is dropped.
    An ACCUSE whose judgement holds a word of praise (lexicon ``approval_word``: "called the death a significant
    security achievement", "called the deal a historic success", "called the change pragmatic") contradicts it and is
    dropped too; "described him as very talented" (SUPPORT) stays open. Source: PLOVER manual,
    ACCUSE ("criticize or denounce") and CAMEO 051 ("praise or endorse": SUPPORT); the pattern dictionary, which
    gives "call" a REQUEST only with "on"/"for" and a MOBILIZE only with "up" (verbs.tsv); fresh users on real
    news. Example: "The minister called the agreement a historic success." gives no record."""
    if trig.source != "model":
        return False
    frame = naming_frame_words(trig.token)
    if not frame:
        return False
    if trig.event not in JUDGEMENT_TYPES:
        return True
    return trig.event == "ACCUSE" and any((w.lemma_.lower() in APPROVAL_WORDS or w.lower_ in APPROVAL_WORDS)
                                          and not _negated_word(w) for w in frame)


#: Words that deny the word they modify ("neither free nor fair", "not credible", "hardly a success").
_NEGATORS = frozenset({"not", "n't", "neither", "nor", "never", "hardly", "no"})


def _negated_word(w) -> bool:
    """True when ``w`` is denied by a negator on it or on its head ("called the vote neither free nor fair",
    "described the talks as not productive"): a praise word so denied is a criticism."""
    return any(c.dep_ in ("neg", "preconj", "cc", "advmod", "det") and c.lower_ in _NEGATORS
               for x in (w, w.head) for c in x.children)


#: Verbs of speaking that say nothing on their own (lexicon ``speaking_verb``), verbs of putting out a statement
#: (``issuing_verb``) and the words of a statement (``statement_noun``).
SPEAKING_VERBS = words("speaking_verb")
ISSUING_VERBS = words("issuing_verb")
STATEMENT_NOUNS = words("statement_noun")
#: Dependents that give a verb of speaking something said or someone spoken to: a clause, an object, an addressee,
#: a passive subject (what was said), a particle ("spoke out"), a quotation it is set beside.
_SAID_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "acomp", "parataxis", "csubj",
                        "advcl", "nsubjpass", "prt", "conj"})
#: Prepositions of a place or a time, whose phrase says where or when, not what or to whom ("spoke in Moscow on
#: Tuesday", "commented at a news conference").
_SETTING_PREPS = frozenset({"in", "at", "from", "during", "after", "before", "on", "since", "until"})


def _setting_only(tok) -> bool:
    """True when every prepositional phrase on ``tok`` is a setting: "in"/"at"/"from"/"during"/... a place or an
    occasion, or "on" a date or time ("on Tuesday"; "on the plan" is a topic)."""
    for c in tok.children:
        if c.dep_ not in ("prep", "agent"):
            continue
        if c.lower_ not in _SETTING_PREPS:
            return False
        if c.lower_ == "on" and not all(x.ent_type_ in ("DATE", "TIME") for x in c.children if x.dep_ == "pobj"):
            return False
    return True


def nothing_said(trig: Trigger, rows: dict) -> bool:
    """A detector trigger on a verb of speaking with nothing said and nobody addressed: "Putin spoke in Moscow on
    Tuesday", "the minister commented at a news conference" (lexicon ``speaking_verb``, no clause, object,
    addressee, particle or topic, only a place or a time: :func:`_setting_only`), or on a verb of putting out a
    statement whose statement holds nothing ("Russia issued a statement on Tuesday": lexicon ``issuing_verb`` with
    an object of ``statement_noun`` that has no clause, phrase or apposition of its own). The act of speaking is
    attribution (PLOVER reference, note 6); with no content there is no event to code, and the detector's type
    (REQUEST, COERCE, ...) is a guess from the verb alone. A verb set beside a quotation or clause it introduces
    ("..., Mauritius has said") has that clause as its content and stays open, as do "spoke with Xi" (a row's
    CONSULT), "spoke out against the law", "issued a statement condemning the attack". Source: PLOVER reference,
    note 6; fresh users on real news ("Putin spoke in Moscow on Tuesday" was REQUEST, "Russia issued a statement
    on Tuesday" COERCE)."""
    if trig.source != "model":
        return False
    tok = trig.token
    if tok.pos_ != "VERB" or tok.dep_ in ("parataxis", "ccomp"):
        return False
    lem = tok.lemma_.lower()
    if lem in SPEAKING_VERBS:
        return not any(c.dep_ in _SAID_DEPS for c in tok.children) and _setting_only(tok)
    if lem not in ISSUING_VERBS:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if len(objs) != 1 or not (objs[0].lemma_.lower() in STATEMENT_NOUNS or objs[0].lower_ in STATEMENT_NOUNS):
        return False
    if any(c.dep_ in _SAID_DEPS - {"dobj", "nsubjpass"} for c in tok.children) or not _setting_only(tok):
        return False
    return not any(c.dep_ in ("acl", "relcl", "appos", "ccomp") for c in objs[0].children) and _setting_only(objs[0])



#: Verbs of the start or end of an act (lexicon ``phase_verb``: stop, start, begin, cease, resume, finish).
PHASE_VERBS = words("phase_verb")


def phase_of_own_act(trig: Trigger, rows: dict) -> bool:
    """A detector trigger on a verb of the start or end of an act (lexicon ``phase_verb``) whose complement is its
    subject's own act: "Iran stopped implementing its commitments", "the ministry began reviewing the contracts",
    "North Korea resumed testing missiles". The subject starts or stops doing something itself: the act is the
    complement's, coded on its own when it is one ("resumed shelling the town"), and the verb is no act of another
    type -- the detector's REQUEST (nobody is asked; like :func:`own_intention` for a wish to act oneself) or
    COERCE (nobody is forced) read from the verb alone contradicts the frame. A phase verb with an object or
    addressee of its own ("stopped the convoy at the border": COERCE, "stopped them from leaving") or another party
    as the subject of the act inside stays open; "continue" and "keep", which state that a condition persists
    ("continued to be in breach of the resolution"), are not in the list. Source: PLOVER manual, REQUEST (a request
    is addressed to another party) and COERCE (force or restriction on another party); fresh users and real news
    (a phase verb read as REQUEST and COERCE). Example: "Iran stopped implementing its commitments in 2021." gives
    no record."""
    tok = trig.token
    if trig.source != "model" or tok.pos_ != "VERB" or tok.lemma_.lower() not in PHASE_VERBS:
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "dative", "ccomp") for c in kids):
        return False
    acts = [c for c in kids if c.dep_ == "xcomp" and c.pos_ in VERBS]
    # another party doing the act: a subject of its own on the complement
    return bool(acts) and not any(x.dep_ in ("nsubj", "nsubjpass", "csubj") for a in acts for x in a.children)


#: Verbs of making one's stance known (lexicon ``expressing_verb``) and nouns of one's own intent (``intent_noun``).
EXPRESSING_VERBS = words("expressing_verb")
INTENT_NOUNS = words("intent_noun")
#: The one type an expressed intent can code: CAMEO 03 "express intent to ..." is AGREE.
INTENT_TYPE = "AGREE"


def expressed_intent(trig: Trigger, rows: dict) -> bool:
    """A detector trigger of another type than AGREE on a verb of making one's stance known (lexicon
    ``expressing_verb``: express, voice, signal, show) whose direct object is a noun of the party's own intent
    (lexicon ``intent_noun``): "the company expressed interest in bidding for the insurer", "the president has
    voiced interest in making aid conditional", "Uganda signalled readiness to talk". The party states what it
    means to do itself; CAMEO codes such statements 03 "express intent to ...", which PLOVER maps to AGREE. A
    SUPPORT or ACCUSE there (the detector reads "expressed" from "expressed support", "expressed concern") or a
    REQUEST contradicts the frame and is dropped. "expressed concern", "voiced support for the plan" (no intent
    noun) stay open. Source: CAMEO2PLOVER (03 -> AGREE); PLOVER manual, SUPPORT/ACCUSE (a stance on another
    party's act); the training stories and fresh users (the detector's proposals on "expressed/voiced interest in"
    were wrong). Example: "The Kenyan firm expressed interest in bidding for the contract." gives no SUPPORT or
    ACCUSE."""
    tok = trig.token
    if trig.source != "model" or trig.event == INTENT_TYPE or tok.pos_ != "VERB" or \
            tok.lemma_.lower() not in EXPRESSING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in INTENT_NOUNS for c in tok.children)



#: Types of a hostile statement (criticism, refusal, threat, protest) that a word of praise cannot carry.
HOSTILE_STATEMENT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST"})
#: Relations of a word that qualifies a noun inside its phrase rather than stating an evaluation ("good government").
ATTRIBUTIVE_DEPS = frozenset({"amod", "compound", "nmod"})


def praise_read_as_hostile(trig: Trigger, rows: dict) -> bool:
    """A detector trigger of a hostile statement type (:data:`HOSTILE_STATEMENT_TYPES`) on a word of praise
    (lexicon ``approval_word``) that nothing denies (:func:`_negated_word`): "Mirzoyan said the talks were
    constructive", "the minister called the meeting productive" (the word itself, not the verb), "the vote was
    fair and transparent, observers said". A favourable evaluation criticises, refuses and threatens nobody; the
    detector reads the type from the shape of a judgement ("said X was ...") without its polarity. "said the vote
    was not fair" (denied praise: a criticism) stays open, and so do the detector's SUPPORT and other types.
    Source: PLOVER manual, ACCUSE ("criticize or denounce") and CAMEO 051 ("praise or endorse": SUPPORT); fresh
    user, twenty-second stop ("the talks were constructive" was ARM ACCUSE AZE). A praise word that only qualifies a
    noun (:data:`ATTRIBUTIVE_DEPS`) evaluates nothing by itself and stays open: the training annotations code "their
    personal ambition was getting in the way of good government" ACCUSE. Example: "Mirzoyan said the talks were
    constructive." gives no ACCUSE."""
    tok = trig.token
    if trig.source != "model" or trig.event not in HOSTILE_STATEMENT_TYPES:
        return False
    if tok.dep_ in ATTRIBUTIVE_DEPS or not (tok.lemma_.lower() in APPROVAL_WORDS or tok.lower_ in APPROVAL_WORDS):
        return False
    return not _negated_word(tok)


#: Nouns of a news medium (lexicons ``publication_noun`` and ``news_medium_noun``: "newspaper", "state media").
NEWS_MEDIUM_NOUNS = words("publication_noun") | words("news_medium_noun")


def outlet_report(trig: Trigger, rows: dict) -> bool:
    """A detector trigger on a verb of speech or reporting (lexicon ``speech_verb``: "reported", "said", "wrote")
    whose subject is a news medium named by its kind (:data:`NEWS_MEDIUM_NOUNS`): "A Russian newspaper had
    reported last week that Polish special forces were operating near Kherson", "Iranian state media said ...",
    "the tabloid wrote that the minister had lied". The medium tells the news: it is the source of what it reports,
    never an actor that accuses (the named outlet, "Reuters reported", is dropped as an actor by
    ``admission.outlet_actor``; a kind of medium is not in the outlet dictionary). What it reports is coded on its
    own, as reported. A medium's own act ("the newspaper apologised", "state TV broadcast the confession") has no
    speech verb and stays open; the rules' own readings of a speech verb are left alone. Source: PLOVER manual,
    Actors (the source reporting an event is not a party to it); fresh user, twenty-second stop ("A Russian
    newspaper had reported ..." was RUS/JRN ACCUSE POL). Example: "A Russian newspaper reported that Polish troops
    were in Kherson." gives no ACCUSE on "reported"."""
    tok = trig.token
    if trig.source != "model" or tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEECH:
        return False
    subj = subject_of(tok)
    return subj is not None and subj.dep_ == "nsubj" and \
        (subj.lemma_.lower() in NEWS_MEDIUM_NOUNS or subj.lower_ in NEWS_MEDIUM_NOUNS)


#: Verbs of putting a thing on show (lexicon ``display_verb``) and the weapons shown (lexicons ``weapon_platform``,
#: ``weapon_means``, ``shown_weapon_noun``).
DISPLAY_VERBS = words("display_verb")
SHOWN_WEAPONS = words("weapon_platform") | words("weapon_means") | words("shown_weapon_noun")
#: The one type a show of weapons may code: a show of force (PLOVER manual, MOBILIZE).
SHOW_OF_FORCE_TYPE = "MOBILIZE"
#: Prepositions that name who receives what is shown ("unveiled weapons for Ukraine").
_RECEIVER_PREPS = frozenset({"for", "to"})


def weapon_on_show(trig: Trigger, rows: dict) -> bool:
    """A detector trigger of another type than MOBILIZE on a verb of putting a thing on show (lexicon
    ``display_verb``) whose object is a weapon (:data:`SHOWN_WEAPONS`) and that names nobody who receives it (no
    "for"/"to" phrase on the verb or on its object): "Iran unveiled a new Russian-made drone on Tuesday", "North Korea paraded its missiles",
    "the army showcased new tanks". The state shows its own arms: nobody is accused, attacked or given anything;
    a show of force is at most MOBILIZE. The pattern dictionary codes "unveiled weapons for Ukraine" AID only with
    a recipient (verbs.tsv, row ``unveil`` with the condition ``strict``), so without one the rules read nothing
    and the detector's ACCUSE or ASSAULT contradicts them. Source: PLOVER manual, AID (provision to another party)
    and MOBILIZE (show of force); fresh user, twenty-second stop ("Iran unveiled a new Russian-made drone" was IRN
    ACCUSE). Example: "Iran unveiled a new drone on Tuesday." gives no record."""
    tok = trig.token
    if trig.source != "model" or trig.event == SHOW_OF_FORCE_TYPE or tok.pos_ != "VERB" or \
            tok.lemma_.lower() not in DISPLAY_VERBS:
        return False
    objs = objects(tok)
    if any(c.dep_ in ("prep", "dative") and c.lower_ in _RECEIVER_PREPS for x in [tok, *objs] for c in x.children):
        return False  # "unveiled weapons for Ukraine": on the verb or on its object
    return any(o.lemma_.lower() in SHOWN_WEAPONS or o.lower_ in SHOWN_WEAPONS for o in objs)



def phrasal_row_contradicted(trig: Trigger, rows: dict) -> bool:
    """A detector trigger on a phrasal verb that the pattern dictionary codes, with that particle and with an object
    of the kind it acts on here, as another type: "Chinese troops had crossed the line and were pushed back by
    Indian soldiers" (the dictionary's "push back" + troops is ASSAULT; the detector read "pushed" as REQUEST, the
    sense of "push for"), "the protesters were driven back" (COERCE). The object is the verb's own
    (:func:`object_words`) or, for a passive, its subject -- also the subject it shares with a conjunct
    (:func:`eventwire.nlp.views.subject_of`), which the row's own reading does not follow. The rules know the
    phrasal verb's sense for that object, so the detector's other type is dropped. "The opposition pushed back
    against the plan" (no such object) stays open. Source: the pattern dictionary (verbs.tsv: rows with a particle
    and an object list); PLOVER manual, ASSAULT and COERCE (physical force on another party); fresh user,
    twenty-second stop ("were pushed back by Indian soldiers" was IND REQUEST). Example: "Chinese troops crossed the
    line and were pushed back by Indian soldiers." gives no REQUEST."""
    tok = trig.token
    if trig.source != "model" or tok.pos_ != "VERB":
        return False
    got = None
    for p in load_patterns().candidates(tok.lemma_.lower(), "V"):
        if not p.particle or not p.objects or p.event == trig.event or particle_child(tok, p.particle) is None:
            continue
        if got is None:
            got = object_words(tok)
            if any(c.dep_ == "auxpass" for c in tok.children) and (subj := subject_of(tok)) is not None:
                got = got | {subj.lemma_.lower(), subj.lower_}
        if got & p.objects:
            return True
    return False


TRIGGER_FILTERS = [purpose_of_meeting, carrier_object, refines_governor, same_attack_gerund, weapon_fired_in_attack,
                   intercepted_munition, judgement_of_condemnation, broken_agreement,
                   charged_offence, content_of_other, denied_report_topic, dismissed_from_post, figurative_violence, declined_comment,
                   threat_as_danger, interview_question, asked_question, generic_asking, own_intention, anonymity_request, care_of_kin, disposition,
                   invitation_to_task, named_agreement, ruling_on_petition, acknowledgement, habitual_act, standing_rule,
                   pledged_cooperation, warning_compound, feared_attack, house_arrest_policy,
                   end_of_term_departure, released_from_care, market_demand, financial_warrant, business_deal,
                   purchase_order, competition_lead, swap_of_no_fire, approval_of_no_force,
                   economic_level_change, fiction_plot, figurative_fire, figurative_war, frame_of_naming,
                   nothing_said, phase_of_own_act, expressed_intent, praise_read_as_hostile, outlet_report,
                   weapon_on_show, phrasal_row_contradicted, *FIGURE_FILTERS, *NON_ACT_FILTERS, *SENSE_FILTERS]


def filtered_out(trig: Trigger, rows: dict) -> bool:
    """True when a filter of :data:`TRIGGER_FILTERS` drops ``trig`` (read against ``rows``, token index -> row), the
    filters tried in order up to the first that does (as ``any``, without a generator: speed)."""
    for f in TRIGGER_FILTERS:
        if f(trig, rows):
            return True
    return False


def sports_reporting(sent) -> bool:
    """True for a sentence of sports reporting ("Brazil beat Argentina 2-1 in the World Cup qualifier",
    "France invaded the pitch", "Argentina destroyed the French defense in the final": a game's final,
    :data:`FINAL_CUE`): teams are named like states and games in the verbs of war, so it codes no political event
    (field cases; fresh users on real text; lexicon lists ``sports_*``)."""
    return sports_text(span_text(sent))


def sports_text(text: str) -> bool:
    """True when ``text`` (str) names a game's final (:data:`FINAL_CUE`) or matches :data:`SPORTS_CUES` (the latter
    equal to ``bool(SPORTS_CUES.search(text))``: an ASCII text with none of :data:`SPORTS_WORDS`
    (case-insensitively) and no digit-dash-digit cannot match, so the full pattern (a slow alternation of every cue,
    tried at every position) runs only on the few sentences that have one (speed, issue 12)); :data:`FINAL_CUE` runs
    only on a text with "final"."""
    if SPORTS_WORDS is not None and text.isascii():
        low = text.lower()
        if "final" in low and FINAL_CUE.search(text) is not None:
            return True
        if not any(map(low.__contains__, SPORTS_WORDS)) and SCORELINE_CORE.search(text) is None:
            return False
    elif FINAL_CUE.search(text) is not None:
        return True
    return SPORTS_CUES.search(text) is not None


@dataclass(frozen=True)
class RulePass:
    """What the rule sources made of one sentence (:func:`rule_pass`): ``toks`` (its tokens, a
    :class:`SentenceTokens`), ``found`` (every
    rule trigger after the detector's scores and veto, in token order), ``info`` (its
    :class:`~eventwire.events.detector.SentenceInfo`; None when no detector is packaged), ``sports`` (it is sports
    reporting: :func:`sports_reporting`), ``kept`` (the rule triggers the filters leave) and ``rule_rows`` (token
    index -> row of every rule trigger in ``found``). A pure function of the sentence, so the coder computes it
    once and hands it to both calls of :func:`find_triggers` (rules, then the detector where the rules made no
    record)."""

    toks: list
    found: list
    info: SentenceInfo | None
    sports: bool
    kept: list
    rule_rows: dict


def rule_pass(sent, patterns: PatternSet | None = None) -> RulePass:
    """The rule half of :func:`find_triggers` for ``sent`` (spaCy Span): the sources of :data:`TRIGGER_SOURCES`
    in order, the detector's scores (:func:`detector_scores`), the sports check and the filters of
    :data:`TRIGGER_FILTERS` (a rule trigger against the rule triggers only). Returns a :class:`RulePass`."""
    patterns = patterns if patterns is not None else load_patterns()
    toks = SentenceTokens(sent)  # one pass of the Span for all sources (a Span makes a new Token per item on every
    # pass), with the words of its tokens read once for all of them
    found: list[Trigger] = []
    for source in TRIGGER_SOURCES:
        found += source(toks, found, patterns)
    info = SentenceInfo(toks, toks.forms) if load_detector() is not None else None
    found = detector_scores(found, toks, info)
    found.sort(key=lambda t: t.token.i)
    rule_rows = {t.token.i: t.row for t in found}
    if sports_reporting(sent):
        return RulePass(toks, found, info, True, [], rule_rows)
    # the detector adds, never displaces: a rule trigger is filtered against the rule triggers only
    kept = [t for t in found if not filtered_out(t, rule_rows)]
    return RulePass(toks, found, info, False, kept, rule_rows)


def find_triggers(sent, patterns: PatternSet | None = None,
                  detector: bool | None = None, rules: RulePass | None = None) -> tuple[list[Trigger], dict]:
    """The triggers of ``sent`` (spaCy Span) in token order, and the rows of all triggers found before
    filtering (token index -> :class:`Pattern`; later steps read them: "accused of shelling"). No
    triggers in sports reporting. A rule trigger is filtered against the other rule triggers only (a detector
    trigger never makes a rule trigger "the content of another"); a detector trigger against all. ``detector``:
    whether the trained detector (:func:`model_triggers`) reads the sentence; None: as :func:`detector_reads`
    decides from the rule triggers left. ``rules``: the sentence's :func:`rule_pass` when the caller has it
    (the same triggers as computing it again: the coder's second call, for the detector, reuses the first's)."""
    patterns = patterns if patterns is not None else load_patterns()
    rp = rules if rules is not None else rule_pass(sent, patterns)
    if rp.sports:
        return [], dict(rp.rule_rows)
    kept = rp.kept
    if not (detector_reads(kept) if detector is None else detector):
        return list(kept), dict(rp.rule_rows)
    found = sorted(rp.found + model_triggers(rp.toks, rp.found, patterns, rp.info), key=lambda t: t.token.i)
    rows = {t.token.i: t.row for t in found}
    added = [t for t in found if t.source == "model" and not filtered_out(t, rows)]
    return sorted(kept + added, key=lambda t: t.token.i), rows


def detector_reads(rule_triggers: list[Trigger]) -> bool:
    """True when the trained detector is to read the sentence whose rule triggers (after the filters) are
    ``rule_triggers``: always when :data:`DETECTOR_ADD_BESIDE` is below 1.0 (a detector record may then stand
    beside a rule record), else only where no rule trigger is left. With the threshold at 1.0 or more no detector
    record survives beside a rule record (:func:`eventwire.events.subsume.detector_beside_rules`), so scoring the
    sentence's tokens there is wasted work (about a third of the coder's time on real news, ``bench/
    throughput.py``). Source: eventwire's policy that the detector reads what the rules leave unread
    (``docs/coding.md``)."""
    return DETECTOR_ADD_BESIDE < 1.0 or not rule_triggers


#: People who protest, and verbs of the demands they make by protesting (PLOVER manual, REQUEST: "demands that take
#: the form of demonstrations, protests, etc. are coded as PROTEST").
PROTESTER_NOUNS = words("protester_noun")
PROTEST_DEMAND_VERBS = words("protest_demand_verb")
#: Heads that count the people of their "of" phrase ("thousands of protesters").
QUANTITY_HEADS = words("quantity_head")


def demand_by_protesters(tok) -> bool:
    """True for a demand whose subject is people protesting ("Protesters demanded the release of ...", "Thousands
    of demonstrators called for ...", "the crowd chanted slogans demanding ..."): lexicon ``protest_demand_verb``
    and ``protester_noun``. Their demand is a protest (PLOVER manual, REQUEST and PROTEST)."""
    if tok.lemma_.lower() not in PROTEST_DEMAND_VERBS or tok.pos_ not in VERBS:
        return False
    subj = subject_of(tok)
    if subj is None:
        return False
    if subj.lemma_.lower() in QUANTITY_HEADS or subj.pos_ == "NUM":
        subj = next((x for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for x in c.children if x.dep_ == "pobj"), subj)
    return subj.lemma_.lower() in PROTESTER_NOUNS


def protest_clause(t):
    """The clause a nominal protest trigger stands in: the verb it is the object or subject of ("staged a protest
    demanding ...": staged), or the verb of its preposition ("went on strike to demand ...": went; "took to the
    streets, demanding ...": took)."""
    head = t.head
    if t.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        return head.head
    return head


def purpose_of_protest(tok, t: Trigger) -> bool:
    """True when ``tok`` (an ACCUSE trigger) is the purpose of the protest trigger ``t``: a to-infinitive clause on
    its verb ("marched to denounce the reform"). Only for a protest of the pattern dictionary or of
    :func:`protest_gatherings`: a gathering the detector reads as a protest may be a meeting of officials
    (recoded CONSULT: "Ministers gathered to denounce the attack" keeps its ACCUSE). Source: PLOVER manual,
    PROTEST (the topic of a protest is not coded as a separate event)."""
    if t.event != "PROTEST" or t.row is None or tok.head.i != t.token.i or tok.i == t.token.i:
        return False
    if t.source != "protest-gathering" and (t.source != "pattern" or t.token.lemma_.lower() in GATHERING_VERBS):
        return False
    return tok.dep_ in ("advcl", "xcomp") and t.token.pos_ == "VERB" and has_to_infinitive(tok)


def protest_topics(triggers: list[Trigger], base: int) -> tuple[dict, set]:
    """"staged demonstrations to demand reforms", "blocked roads demanding ...": the topic of a protest is
    not coded as a separate event (PLOVER manual, PROTEST, ambiguities); nor is the cause a protest stands for
    ("thousands rallied to voice their support for Palestinians", "marched in support of the strikers": a SUPPORT
    trigger inside the protest's clause; PLOVER manual, PROTEST: demonstrations for or against a cause). Returns
    ``(topics, folded)``: protest trigger index -> article offsets of the REQUEST (or SUPPORT) folded into it (kept
    on the record for audit), and the token indices of the folded triggers. A denunciation is folded too when it is
    the purpose of the protest, a to-infinitive on its verb ("demonstrated outside the town hall to condemn the
    offensive", "gathered to denounce the reform": :func:`purpose_of_protest`)."""
    protests = [t.token for t in triggers if t.event == "PROTEST"]
    topics: dict[int, list[int]] = {}
    folded: set[int] = set()
    for trig in triggers:
        tok = trig.token
        if trig.event == "ACCUSE":
            holder = next((t.token for t in triggers if purpose_of_protest(tok, t)), None)
            if holder is not None:
                topics.setdefault(holder.i, [base + tok.idx, base + tok.idx + len(tok.text)])
                folded.add(tok.i)
            continue
        if trig.event not in ("REQUEST", "SUPPORT"):
            continue
        holder = next((t for t in protests if tok.i != t.i and (
            tok in t.subtree or (nominal_role(t) and tok in protest_clause(t).subtree))), None)
        if holder is None and protests and trig.event == "REQUEST" and demand_by_protesters(tok):
            holder = protests[0]  # "Protesters who marched through the capital demanded ...": the march's demand
        if holder is not None:
            topics.setdefault(holder.i, [base + tok.idx, base + tok.idx + len(tok.text)])
            folded.add(tok.i)
    return topics, folded
