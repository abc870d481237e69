"""The event coder: parsed segments of one article in, PLOVER events and quotes out.

For every sentence (headline and body; boilerplate already dropped by :mod:`eventwire.nlp.segment`):

1. triggers: tokens whose lemma matches a row of the pattern dictionary (:mod:`.patterns`), with the
   row's particle, object and governor conditions; speech verbs are never triggers; a nominal trigger
   that is the object of another trigger only refines that one ("demanded the pullout"); a trigger in
   the complement of a THREATEN/REQUEST/REJECT/AGREE/SUPPORT trigger is the content of that
   threat or demand, not an event ("warned China against providing support" is no AID);
2. arguments from the dependency parse: subject -> actor (through control verbs, relative clauses
   and conjunctions), passive "by" agent -> actor and passive subject -> recipient, recipient from
   the row's sources (direct object, dative, prepositional object, country inside the object phrase,
   possessor); nominal triggers take their possessor/adjective/"by" agent as actor; coordinations
   give one event per member (:mod:`eventwire.actors.resolve`);
3. modality (:mod:`.modality`), attribution (:mod:`.attribution`), quotes (:mod:`.quotes`) and the
   event date (:mod:`.dates`): a date expression attached to the trigger's clause, resolved against
   the publication date, else the publication date (``date_basis = publication``);
4. guard rails: at most :data:`MAX_EVENTS_PER_SENTENCE` events per sentence, only well-formed codes,
   no fallback "statement" event when nothing is codable.
"""
from __future__ import annotations

import re
from datetime import date

from ..actors.dictionaries import load_dictionaries
from ..actors.resolve import ActorResolver, PeopleMemory, ResolveContext, place_country
from ..errors import DateError
from ..schema import Entity, Event, Quote
from . import attribution as attr
from . import modality
from .dates import parse_iso_date, resolve_expression
from .ontology import DEFAULT_CAMEO, PLOVER_SCORE, QUAD_CLASS, goldstein
from .patterns import Pattern, load_patterns
from .quotes import QuoteIndex, find_quotes

MAX_EVENTS_PER_SENTENCE = 6


def max_events_for(sent) -> int:
    """The per-sentence guard rail: :data:`MAX_EVENTS_PER_SENTENCE` for a normal sentence, one more per
    100 characters beyond 400 for a very long one (a run-on list of clauses the sentence splitter could
    not cut); events over it are counted and reported (``capped_events:N``), never dropped unseen."""
    n = len(sent.text)
    return MAX_EVENTS_PER_SENTENCE + max(0, (n - 400) // 100)


#: The pseudo-pattern of a demand made as a statement ("Russia said Sudan must return the helicopter").
DEMAND_STATEMENT = Pattern("<say-must>", "V", None, frozenset(), "REQUEST", None, (), "100", (), frozenset(),
                           False, 0)
#: The pseudo-pattern of an allegation made as a claim ("The US claimed that ISIL had attacked Iraq": the US
#: accuses ISIL; PLOVER manual, ACCUSE "accuse, allege, or charge"; CAMEO 112).
ALLEGE_STATEMENT = Pattern("<claim-that>", "V", None, frozenset(), "ACCUSE", "allege", (), "112", (), frozenset(),
                           True, 0)  # strict: a claim about oneself ("claimed that they had attacked") accuses nobody
#: Speech verbs whose "that" complement is an allegation when it reports an act of conflict by another party.
ALLEGE_VERBS = {"claim", "allege", "charge"}
#: Acts whose report by a third party is an allegation.
ALLEGEABLE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}
#: A trigger under one of these (in its complement) is the content of that speech act, not an event.
CONTENT_TAKING = {"THREATEN", "REQUEST", "REJECT", "AGREE", "SUPPORT", "CONCEDE"}
#: Types that may be coded without a named actor ("an aid convoy was attacked near Kharkiv").
ACTORLESS_OK = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
#: Nouns naming a proposal or request that can be rejected or accepted ("rejected calls by X").
PROPOSAL_NOUNS = {"call", "appeal", "demand", "request", "proposal", "offer", "plan", "plea", "bid", "ultimatum",
                  "invitation", "initiative", "overture", "suggestion", "resolution", "motion", "peace plan"}
#: Nouns that carry an event noun used as their modifier ("mediation effort", "peace mission").
CARRIER_NOUNS = {"effort", "efforts", "mission", "bid", "process", "campaign", "drive", "attempt", "initiative",
                 "operation", "plan", "program", "programme", "round"}
#: Nouns naming the means of a violent act ("killed in an air strike by ...").
MEANS_NOUNS = {"strike", "airstrike", "attack", "bombing", "raid", "shelling", "explosion", "blast", "clash",
               "ambush", "assault", "offensive", "operation", "crackdown", "shooting", "bombardment"}
#: What a protest expresses ("to show their disapproval for ...", "to voice anger at ...").
GRIEVANCE_NOUNS = {"disapproval", "anger", "outrage", "opposition", "displeasure", "discontent", "frustration",
                   "dissatisfaction", "indignation", "fury", "rejection", "objection", "grievance", "solidarity"}
#: Forms the small model lemmatises wrongly ("raped" -> "rap"), by surface form.
LEMMA_FIXES = {"raped": "rape", "rapes": "rape", "raping": "rape", "gang-raped": "gang-rape"}
#: What explodes in an attack ("a bomb exploded"); anything else exploding is an accident ("a boiler exploded").
EXPLODING_WEAPONS = {"bomb", "device", "ied", "mine", "landmine", "grenade", "car-bomb", "explosive", "explosives",
                     "rocket", "shell", "missile", "mortar", "vbied", "charge", "bombs", "booby-trap", "drone"}
#: Verbs of accidents ("the bus plunged off a bridge", "the building collapsed").
ACCIDENT_VERBS = {"crash", "plunge", "collapse", "capsize", "derail", "overturn", "sink", "flip", "skid", "topple",
                  "catch", "leak", "spill"}
#: Modifiers of an explosion or fire that make it an accident ("gas explosion", "boiler blast").
ACCIDENT_SOURCES = {"gas", "boiler", "cylinder", "methane", "chemical", "factory", "industrial", "fireworks",
                    "firecracker", "transformer", "pipeline", "coal", "dust", "oil", "fuel", "tanker", "house"}
#: Verbs that deny or dismiss a claim ("rejected reports that ...", "denied claims that ...").
DENIAL_VERBS = {"reject", "deny", "dismiss", "refute", "disown", "repudiate", "debunk", "contest", "dispute"}
#: Sports reporting: competitions, positions, the field of play, and scorelines after a verb of winning or
#: before "win/defeat/draw" (never a bare "19-20", which is also a date range).
SPORTS_CUES = re.compile(
    r"\b(?:world cup|qualifier|striker|goalkeeper|midfielder|final whistle|the pitch|penalty kick|touchdown|"
    r"quarterback|innings|wicket|premier league|champions league|la liga|serie a|bundesliga|grand slam|"
    r"semi-?finals?|quarter-?finals?|play-?offs?|half-?time|kick-?off|hat-?trick|"
    r"scored (?:a|the|his|her|their) (?:goal|try|winner))\b"
    r"|\b(?:beat|beats|defeated|defeats|won|wins|lost|loses|drew|draws|thrashed|crushed|destroyed|edged|stunned|"
    r"routed|hammered)\b[^.]{0,40}?\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\b"
    r"|\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\s+(?:win|victory|defeat|loss|draw|lead|aggregate)\b", re.I)
#: Times of day that a weekday may name ("Tuesday night").
TIMES_OF_DAY = {"night", "morning", "evening", "afternoon", "dawn", "dusk", "midnight", "noon"}
#: Relative date words: when they cannot be resolved (a month-only publication date) the publication
#: month still holds; other unresolved dates ("in 2014", "on Christmas Day") point elsewhere.
RELATIVE_DATE = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
                           r"overnight|tomorrow|night|morning|afternoon|evening|week|weekend|recently|earlier|later|"
                           r"this|hours?|days|(?:the|that|same)\s+day)\b", re.I)
#: Verbs whose subject causes the event named by their object ("the murder sparked protests"): not its doer.
CAUSE_VERBS = {"spark", "trigger", "prompt", "provoke", "ignite", "cause", "fuel", "unleash"}
#: Verbs that report a named event as happening ("protests erupted", "fighting broke out").
OCCURRENCE_VERBS = {"erupt", "break", "take", "spread", "continue", "occur", "happen", "rock", "sweep", "grip",
                    "begin", "start", "resume", "intensify", "escalate", "rage", "flare", "paralyse", "paralyze",
                    "engulf", "shake", "hit"}
#: Verbs of onset: a fight or attack named by a noun that "broke out" or "erupted" is an event.
ONSET_VERBS = {"erupt", "break", "flare", "resume", "escalate", "intensify", "rage"}
#: Accidents and natural hazards: a death they cause is no attack (PLOVER manual, ASSAULT: deliberate force).
HAZARD_NOUNS = {"crash", "accident", "collision", "derailment", "earthquake", "quake", "flood", "flooding", "storm",
                "landslide", "mudslide", "avalanche", "tsunami", "hurricane", "cyclone", "typhoon", "tornado",
                "heatwave", "drought", "disease", "illness", "outbreak", "epidemic", "stampede", "lightning",
                "disaster", "wreck", "shipwreck", "capsizing", "sinking", "blizzard", "eruption", "collapse",
                "blaze", "wildfire", "bushfire", "inferno"}
#: Object heads that measure or divide their "of" phrase ("tons of aid", "part of the program").
PARTITIVE_HEADS = {"part", "some", "much", "all", "most", "portion", "ton", "tonne", "amount", "number", "bulk",
                   "share", "half", "third", "package", "shipment", "batch", "consignment", "worth", "million",
                   "billion", "thousand", "hundred", "dozen", "load", "lot", "supply", "quantity"}
#: Places where civilians live: their owners are civilians ("demolished Palestinian homes").
RESIDENTIAL_NOUNS = {"home", "house", "village", "town", "neighbourhood", "neighborhood", "camp", "school", "hospital",
                     "mosque", "church", "temple", "market", "farm", "shop", "apartment", "residence", "settlement",
                     "district", "suburb", "quarter", "building"}
#: Weapons that stand for an attack made with them ("killed in Israeli tank shelling" parsed as "in ... tank").
WEAPON_MEANS = {"tank", "missile", "drone", "rocket", "artillery", "warplane", "jet", "helicopter", "mortar", "gunship"}
#: Verbs whose coordinated subjects act on each other ("X and Y clashed", "X and Y signed a deal").
RECIPROCAL_LEMMAS = {"meet", "talk", "negotiate", "clash", "fight", "battle", "agree", "sign", "cooperate", "trade"}
#: Verbs whose subject receives what the "from" phrase gives ("received aid from Japan").
RECEIVE_VERBS = {"receive", "get", "win", "secure"}
#: Verbs whose passive form states what the subject does ("is opposed to", "is committed to").
STATIVE_PASSIVES = {"oppose", "commit", "engage", "involve"}
#: Participles that state an act when used as predicate adjectives.
PREDICATE_PARTICIPLES = {"opposed", "oppose", "committed", "commit"}
#: Means of an attack that name no attacker ("a roadside bombing killed ...").
EXPLOSIVE_MEANS = {"bomb", "bombing", "explosion", "blast", "device", "ied", "mine", "landmine", "attack", "ambush",
                   "shooting", "gunfire", "explosive", "grenade", "booby-trap", "car-bomb"}
#: Verbs whose subject undergoes, perceives or reports the event named by their object ("heard of the
#: request", "survived an attack", "feared a crackdown"): their subject is not the event's actor.
UNDERGOER_VERBS = {"hear", "see", "know", "learn", "read", "watch", "witness", "survive", "suffer", "face", "fear",
                   "expect", "predict", "escape", "follow", "cover", "recall", "remember", "describe", "mention",
                   "discuss", "question", "doubt", "dismiss", "deny", "ignore", "condemn", "welcome", "mourn",
                   "report", "document", "investigate", "probe", "blame", "support", "oppose", "want", "need",
                   "prevent", "avert", "avoid", "stop", "end", "resist", "repel", "thwart", "foil", "await", "come", "sustain", "endure", "repulse", "die",
                   "perish", "draw", "attract", "incur"}
DECLARE_VERBS = {"declare", "reiterate", "insist", "stress", "remind", "emphasize", "emphasise", "repeat", "conclude"}
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
REJECT_MODE = {"AGREE": None, "CONSULT": "meet", "SUPPORT": None, "CONCEDE": "yield", "COOPERATE": "assist",
               "AID": "assist", "RETREAT": "yield"}
#: CAMEO subcode of an appeal (02x) or demand (10x) by PLOVER REQUEST mode (CAMEO 1.1b3).
REQUEST_CAMEO = {"assist": "1", "change": "4", "yield": "5", "meet": "6"}
THREAT_MODE = {"SANCTION": "relations", "COERCE": "restrict", "ASSAULT": "violence", "MOBILIZE": "violence",
               "PROTEST": None, "RETREAT": None}
FUTURE_AS_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
SOCIETY_SECTORS = {None, "CVL", "OPP", "EDU", "LAB", "PTY", "REB", "JRN", "REL", "BUS", "REF", "ELI", "MED", "AGR"}
DOMESTIC_SECTORS = {"GOV", "LEG", "JUD", "COP", "MIL", "PTY", "OPP"}
PLACE_PREPS = ("near", "off", "around", "into", "inside", "outside", "on", "along", "across")
DATE_WORDS = {"yesterday", "today", "tonight", "overnight", "tomorrow"}

CONTEXT_WORDS = {
    "military": {"military", "army", "weapon", "weapons", "arms", "troop", "troops", "missile", "missiles",
                 "ammunition", "drone", "drones", "warship", "warships", "artillery", "tank", "tanks",
                 "fighter", "jet", "jets", "soldier", "soldiers", "defense", "defence", "naval", "navy",
                 "weaponry", "airstrike", "airstrikes"},
    "economic": {"economic", "economy", "trade", "loan", "debt", "oil", "gas", "coal", "import", "imports",
                 "export", "exports", "currency", "investment", "financial", "tariff", "tariffs", "fund",
                 "budget", "bank", "market", "markets", "payment", "reserves", "sanctions", "grain"},
    "diplomatic": {"ambassador", "envoy", "diplomat", "diplomats", "diplomatic", "embassy", "consulate"},
    "human_rights": {"rights", "torture", "abuses"},
    "legal": {"court", "law", "legal", "judge", "prosecutor", "lawsuit", "charges"},
    "election": {"election", "elections", "vote", "ballot", "polls", "electoral"},
    "migration": {"migrant", "migrants", "refugee", "refugees"},
    "health": {"health", "vaccine", "vaccines", "hospital", "pandemic", "covid", "epidemic"},
    "cbrn": {"nuclear", "chemical", "biological", "uranium"},
    "terrorism": {"terror", "terrorist", "terrorism", "terrorists"},
    "disasters": {"flood", "floods", "earthquake", "hurricane", "disaster", "cyclone", "drought"},
    "crime": {"crime", "criminal", "gang", "gangs", "smuggling"},
    "corruption": {"corruption", "bribery", "graft", "embezzlement"},
    "territory": {"territory", "territorial", "border", "borders", "annexation"},
    "environment": {"climate", "pollution", "emissions"},
    "cyber": {"cyber", "hacking", "hackers", "cyberattack"},
    "natural_resource": {"lithium", "mining", "minerals", "water"},
    "intelligence": {"intelligence", "spy", "espionage"},
    "political_institutions": {"reform", "constitution", "parliament"},
}

REQUEST_MODE_WORDS = [
    ("assist", {"help", "support", "aid", "assistance", "equipment", "weapon", "weapons", "technology",
                "loan", "money", "ammunition", "arms", "funding", "supplies"}),
    ("meet", {"meeting", "talks", "visit", "negotiations", "summit", "dialogue"}),
    ("yield", {"withdrawal", "pullout", "release", "resignation", "ceasefire", "surrender", "pullback",
               "withdraw", "leave", "resign", "step"}),
    ("change", {"reform", "change", "policy", "join", "abandon", "end", "stop", "halt"}),
]
ASSAULT_MODE_WORDS = [
    # CAMEO 2041 chemical weapons; "tear gas" is crowd control, so a bare "gas" is no chemical weapon
    ("unconventional", {"chlorine", "sarin", "chemical", "toxic", "poisonous", "nerve", "mustard"}),
    ("sexual", {"sexually", "sexual", "rape", "raped", "rapes", "gang-raped", "molested"}),
    ("drone", {"drone", "drones"}),
    ("heavy-weapons", {"artillery", "shelling", "shelled", "shell", "rockets", "rocket", "mortar", "mortars", "tank"}),
    # a ground bombing is no air raid: "roadside bombing", "suicide bombing", "explosive device"
    ("suicide-attack", {"suicide"}),
    ("explosives", {"roadside", "ied", "device", "minefield", "landmine", "car-bomb", "booby"}),
    ("aerial", {"aircraft", "airstrike", "airstrikes", "warplanes", "jets", "bombed", "bombing", "air", "helicopter",
                "helicopters", "warplane", "dropped", "barrel"}),
    ("explosives", {"bomb", "explosive", "explosives", "ied"}),
    ("firearms", {"gun", "guns", "shot", "gunfire", "rifles", "fire"}),
    ("abduct", {"abducted", "kidnapped", "abduction", "hostage"}),
]


def _pub_date(article) -> tuple[date | None, str | None]:
    if not article.publication_date:
        return None, None
    try:
        return parse_iso_date(article.publication_date)
    except DateError:
        return None, None


def absolute_date(expr, future: bool = False):
    """``(iso, precision)`` of a date expression that names its year ("March 2012", "3 May 1998"), found
    without a publication date: it resolves identically against two anchors a century apart; None for a
    relative expression ("on Monday", "last week") or one that does not resolve."""
    a = resolve_expression(expr, date(1900, 6, 15), future=future, anchor_precision="day")
    b = resolve_expression(expr, date(2100, 6, 15), future=future, anchor_precision="day")
    return a if a and a == b else None


def q_noun(tok) -> bool:
    """A nominal trigger that stands as object, subject or prepositional object of a verb ("staged a
    protest", "a strike began", "went on strike")."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr")


def word_forms(tok) -> set[str]:
    """Lemma, lower-case form and naive de-inflections of a token (the model's lemmatizer misses some
    verbs: "staged" -> "stag")."""
    w = tok.lower_
    forms = {tok.lemma_.lower(), w}
    for suf, rep in (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", ""), ("es", "")):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            forms.add(w[: -len(suf)] + rep)
    return forms


class _ArticleCoder:
    def __init__(self, article, seg, seg_docs, coder: str):
        self.article = article
        self.seg = seg
        self.seg_docs = seg_docs
        self.coder = coder
        self.D = load_dictionaries()
        self.P = load_patterns()
        self.pub, self.pub_prec = _pub_date(article)
        self.quotes = find_quotes(article.text)
        self.quote_lookup = QuoteIndex(self.quotes)  # position lookups in O(log n): linear cost in article size
        self.quote_speakers: dict[int, list[Entity]] = {}
        self.quote_speaker_text: dict[int, str | None] = {}
        self.foreign = [tuple(x[:2]) for x in (article.meta.get("foreign_spans") or [])]
        self.capped = 0  # events over the per-sentence guard rail (reported, see max_events_for)

    # ---------------------------------------------------------------- helpers
    def quote_index(self, pos: int) -> int | None:
        return self.quote_lookup.at(pos)

    def in_foreign(self, s: int, e: int) -> bool:
        return any(fs <= s and e <= fe for fs, fe in self.foreign)

    def sentences(self):
        """(segment, doc, sentence, absolute index) in article order."""
        k = 0
        for segment, doc in self.seg_docs:
            for sent in doc.sents:
                yield segment, doc, sent, k
                k += 1

    # ---------------------------------------------------------------- pass 1: quotes and speakers
    def attribute_quotes(self, people: dict) -> list[Quote]:
        ctx = ResolveContext(pub_date=self.pub if self.pub_prec == "day" else None, people=people)
        res = ActorResolver(self.D, ctx)
        speaker_of: dict[int, tuple[list[Entity], str | None]] = {}
        last_doc = None
        prev_line_speaker: tuple[list[Entity], str | None] | None = None
        for segment, doc, sent, _k in self.sentences():
            if doc is not last_doc:
                res.set_doc(doc, segment.start)
                last_doc = doc
            s_abs = segment.start + sent.start_char
            e_abs = segment.start + sent.end_char
            # remember people named in the sentence (registers "Siluanov" -> Anton Siluanov)
            for ent in sent.ents:
                if ent.label_ == "PERSON":
                    p = res._person(ent.root)
                    if p is not None and ent.root.dep_ in ("nsubj", "nsubjpass"):
                        ctx.last_person = p
            for qi in self.quote_lookup.touching(s_abs, e_abs):  # quotes opening or closing in the sentence
                q = self.quotes[qi]
                if qi in speaker_of:
                    continue
                found = self._speaker_in_sentence(res, sent, segment.start, q)
                if found is None and q.close_at < e_abs and s_abs <= q.close_at:
                    pass
                if found is not None:
                    speaker_of[qi] = found
                    persons = [x for x in found[0] if x.name]
                    if persons:
                        ctx.last_person = persons[0]
            # a lead-in line ending in ":" names the speaker of the quote that follows
            txt = sent.text.strip()
            if txt.endswith(":") and self.quote_index(s_abs) is None:
                lead = self._lead_in_speaker(res, sent)
                prev_line_speaker = lead
            elif prev_line_speaker is not None:
                for qi in self.quote_lookup.opening_in(s_abs, e_abs):
                    if qi not in speaker_of:
                        speaker_of[qi] = prev_line_speaker
                prev_line_speaker = None
        # continuation quotes (no attribution of their own) take the previous quote's speaker
        out: list[Quote] = []
        for qi, q in enumerate(self.quotes):
            if qi not in speaker_of and qi > 0 and (qi - 1) in speaker_of:
                # a quote right after an attributed one, with no attribution of its own, is the same
                # speaker going on (news convention; field case C26)
                if q.open_at - self.quotes[qi - 1].close_at < 300:
                    speaker_of[qi] = speaker_of[qi - 1]
            ents, text = speaker_of.get(qi, ([], None))
            self.quote_speakers[qi] = ents
            self.quote_speaker_text[qi] = text
            out.append(Quote(article_id=self.article.id, text=q.text(self.article.text), start=q.start, end=q.end,
                             speaker=text, speaker_entity=ents[0] if ents else None))
        return out

    def _speaker_in_sentence(self, res, sent, base, q):
        cands = []
        for t in sent:
            pos = base + t.idx
            if q.contains(pos) or (q.open_at <= pos <= q.close_at):
                continue
            if t.lemma_.lower() in attr.SPEECH or t.lemma_.lower() in ("warn", "counter", "ask", "urge"):
                if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"):
                    cands.append(t)
        # prefer speech verbs after the quote, then before
        cands.sort(key=lambda t: (base + t.idx < q.close_at, abs(base + t.idx - q.close_at)))
        for v in cands:
            subj = attr.speech_subject(v)
            if subj is None:
                continue
            if q.contains(base + subj.idx):
                continue
            ents = res.resolve(subj)
            text = self._speaker_text(res, subj, ents)
            if text:
                return ents, text
        for p in attr.according_to(sent):
            ents = res.resolve(p)
            return ents, self._speaker_text(res, p, ents)
        return None

    def _lead_in_speaker(self, res, sent):
        for ent in sorted(sent.ents, key=lambda x: x.label_ != "PERSON"):
            if ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
                ents = res.resolve(ent.root)
                if ents:
                    return ents, self._speaker_text(res, ent.root, ents)
        for t in sent:
            if t.pos_ in ("NOUN", "PROPN"):
                ents = res.resolve(t)
                if ents:
                    return ents, self._speaker_text(res, t, ents)
        return None

    def _speaker_text(self, res, tok, ents):
        if ents and ents[0].name:
            return ents[0].name
        if tok.pos_ == "PRON":
            return ents[0].entity_text if ents else None
        return res.np_span(tok)[2]

    # ---------------------------------------------------------------- pass 2: events
    def match_pattern(self, tok):
        pos = "V" if tok.pos_ in ("VERB",) or (tok.pos_ == "AUX" and False) else "N" if tok.pos_ in ("NOUN", "PROPN") else None
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lemma_.lower() in PREDICATE_PARTICIPLES:
            pos = "V"  # "Israel is opposed to French mediation", "Vietnam is committed to opening up"
        if pos is None:
            return None
        lemma = LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())
        if pos == "V" and (lemma in attr.SPEECH or tok.dep_ == "amod"):
            return None  # speech verbs are attribution; "the banned outfit" is a description
        if pos == "V" and tok.tag_ == "VBN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(
                c.dep_ == "det" for c in tok.children):
            return None  # "evacuated the wounded", "the detained were released": people, not an act
        cands = self.P.candidates(lemma, pos)
        if pos == "V" and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            # a gerund used as a noun ("Fighting between X and Y spread ...")
            cands = self.P.candidates(tok.lower_, "N") or cands
        for p in cands:
            if p.particle:
                if not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == p.particle for c in tok.children):
                    continue
            if p.objects:
                objs = self.objects(tok)
                lemmas = {o.lemma_.lower() for o in objs} | {o.lower_ for o in objs}
                # "ended mediation efforts", "suspended the peace process": the event noun on a carrier
                lemmas |= {c.lemma_.lower() for o in objs if o.lemma_.lower() in CARRIER_NOUNS
                           for c in o.children if c.dep_ == "compound"}
                # "recovered control of two villages": what the control is of
                lemmas |= {x.lemma_.lower() for o in objs if o.lemma_.lower() == "control" for c in o.children
                           if c.dep_ == "prep" and c.lower_ in ("of", "over") for x in c.children if x.dep_ == "pobj"}
                if not lemmas & p.objects:
                    continue
            if p.noinf and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
                continue  # "seeking to deepen a partnership": an intent, coded from the infinitive
            if p.heads:
                gov = word_forms(tok.head) | (word_forms(tok.head.head) if tok.dep_ == "pobj" else set())
                if not gov & p.heads:  # "died in a Russian missile strike": the verb above the preposition
                    continue
            return p
        return None

    @staticmethod
    def is_demand_statement(tok) -> bool:
        """"X said/declared/insisted that Y must/should Z": a demand by X on Y (CAMEO 10, PLOVER
        REQUEST) even without a demand verb."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in attr.SPEECH | DECLARE_VERBS:
            return False
        for c in tok.children:
            if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in c.children):
                return any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        return False

    @staticmethod
    def objects(tok):
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "oprd")]
        if any(c.dep_ == "auxpass" for c in tok.children):
            objs += [c for c in tok.children if c.dep_ == "nsubjpass"]
        # "gave the French ambassador 48 hours" (dative parsed as dobj/npadvmod)
        objs += [c for c in tok.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"]
        more = []
        for o in objs:
            more += list(o.conjuncts)
            # "provide 25,000 tons of food aid", "suspended part of a military aid program": a measure or
            # part stands for what it measures
            if o.lemma_.lower() in PARTITIVE_HEADS or o.pos_ == "NUM":
                more += [x for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children
                         if x.dep_ == "pobj"]
        return objs + more

    def find_triggers(self, sent):
        found = []
        for tok in sent:
            p = self.match_pattern(tok)
            if p is None and self.is_demand_statement(tok):
                p = DEMAND_STATEMENT
            if p is not None:
                found.append((tok, p))
        ids = {t.i: p for t, p in found}
        for tok in sent:
            # "X claimed that Y had attacked Z": the claim is an allegation against Y
            if tok.i not in ids and tok.pos_ == "VERB" and tok.lemma_.lower() in ALLEGE_VERBS:
                for c in tok.children:
                    if c.dep_ == "ccomp" and any(x.i in ids and ids[x.i].event in ALLEGEABLE for x in c.subtree):
                        found.append((tok, ALLEGE_STATEMENT))
                        ids[tok.i] = ALLEGE_STATEMENT
                        break
        found.sort(key=lambda tp: tp[0].i)
        kept = []
        for tok, p in found:
            if p.event == "CONSULT" and tok.dep_ in ("advcl", "xcomp") and tok.head.i in ids and \
                    ids[tok.head.i].event == "CONSULT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                continue  # "will meet in Zurich to discuss ...": the purpose of a meeting is its topic
            if p.pos == "N" and tok.dep_ == "compound" and tok.head.lemma_.lower() in CARRIER_NOUNS and \
                    tok.head.dep_ == "dobj" and tok.head.head.i in ids and ids[tok.head.head.i].objects:
                continue  # "ended mediation efforts": the mediation is what the verb's pattern acts on
            if p.pos == "N":
                h = tok.head
                hh = h.head if tok.dep_ == "pobj" else None
                gov = h if (h.i in ids and h.i != tok.i) else hh if (
                    hh is not None and hh.i in ids and hh.i != tok.i and (h.lower_ in ("for", "of", "on", "about") or (
                        # "killed in Israeli tank shelling", "wounded by an air strike": the means of the
                        # attack the verb reports, one event
                        h.lower_ in ("in", "by") and p.event == "ASSAULT" == ids[hh.i].event
                        and tok.lemma_.lower() in MEANS_NOUNS))) else None
                if gov is not None and ids[gov.i].event != "ACCUSE":
                    continue  # refines the governing trigger ("demanded the pullout")
            if p.event == "ASSAULT" and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.i in ids and \
                    ids[tok.head.i].event == "ASSAULT" and not any(c.dep_ in ("nsubj", "dobj", "mark") for c in tok.children):
                continue  # "were killed in Israeli tank shelling" read as "killed ..., shelling": the same attack
            if p.event == "ASSAULT" and tok.dep_ == "acl" and tok.head.lemma_.lower() in WEAPON_MEANS | MEANS_NOUNS:
                up, hit = tok.head, False
                for _ in range(3):  # "blown up by a missile fired by rebels": the firing is the attack itself
                    up = up.head
                    if up.i in ids and up.i != tok.i and ids[up.i].event == "ASSAULT":
                        hit = True
                        break
                    if up.head.i == up.i:
                        break
                if hit:
                    continue
            if self.charged_offence(tok, ids):
                continue
            if self.content_of_other(tok, ids):
                continue
            kept.append((tok, p))
        return kept, ids

    @staticmethod
    def charged_offence(tok, ids) -> bool:
        """True for the offence a punishment is given for ("jailed a student for helping militants",
        "deported 168 Liberians for traveling without documents", "arrested for collaborating with
        Israel"): the punisher's charge, not an act the text asserts. The punishment is the event (PLOVER
        manual, ACCUSE: an allegation reported with its conviction is not coded separately)."""
        if tok.dep_ != "pcomp" or tok.head.lower_ not in ("for", "over") or tok.tag_ != "VBG":
            return False
        gov = tok.head.head
        p = ids.get(gov.i)
        return p is not None and gov.i != tok.i and p.event in ("COERCE", "SANCTION", "ACCUSE")

    CONTENT_DEPS = {"xcomp", "ccomp", "pcomp", "dobj", "pobj", "conj", "prep"}
    CONTENT_PREPS = {"against", "for", "of", "on", "to", "about", "from"}

    #: Nouns whose "that" clause is what they report or claim ("rejected reports that it had offered aid").
    CLAIM_NOUNS = {"report", "claim", "allegation", "accusation", "suggestion", "rumor", "rumour", "speculation",
                   "charge", "assertion", "statement", "story", "news", "idea", "notion", "view", "belief"}

    @classmethod
    def content_of_other(cls, tok, ids) -> bool:
        t = tok
        # "China rejected/denied reports that it had offered Russia military aid": the content of a rejected or
        # denied claim is no event (the denial is)
        if t.dep_ == "acl" and t.head.lemma_.lower() in cls.CLAIM_NOUNS and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in t.children):
            gov = t.head.head
            if t.head.dep_ in ("dobj", "pobj") and (gov.lemma_.lower() in DENIAL_VERBS or (
                    gov.dep_ == "prep" and gov.head.lemma_.lower() in DENIAL_VERBS)):
                return True
        steps = 0
        while t.head.i != t.i and steps < 8:
            if t.dep_ not in cls.CONTENT_DEPS or (t.dep_ == "prep" and t.lower_ not in cls.CONTENT_PREPS):
                return False
            h = t.head
            p = ids.get(h.i)
            if p is not None and p.event in CONTENT_TAKING and h.i != tok.i and not p.strict:
                return True  # a strict governor ("vowed") may not be coded: its content stays a trigger
            t = h
            steps += 1
        return False

    def accuser_of(self, tok, ids):
        """For a trigger inside an ACCUSE complement: (accuse token)."""
        t = tok
        for _ in range(6):
            if t.head.i == t.i:
                return None
            h = t.head
            p = ids.get(h.i)
            if p is not None and p.event == "ACCUSE":
                return h
            t = h
        return None

    def subject_of(self, v, depth=0):
        if depth > 6:
            return None
        for c in v.children:
            if c.dep_ in ("nsubj",) and c.lower_ not in ("there",):
                if c.tag_ == "VBG":
                    # "The Red Cross operating in Iraq said ...": a reduced relative parsed as the subject
                    inner = next((x for x in c.children if x.dep_ == "nsubj" and x.i < c.i), None)
                    if inner is not None:
                        return inner
                return c
        if v.lemma_.lower() in ("engage", "involve"):
            for c in v.children:
                if c.dep_ == "nsubjpass":
                    return c  # "Serb forces were engaged in ethnic cleansing": a state, not a passive
        for c in v.children:
            if c.dep_ in ("compound", "npadvmod", "nmod") and c.i < v.i and v.pos_ == "VERB" and \
                    c.pos_ in ("PROPN", "NOUN") and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
                return c  # headline style "Russia attacks Ukraine": the subject parsed as a compound
        for c in v.children:
            if c.dep_ == "prep" and c.i < v.i and c.ent_type_ == "PERSON" and c.i == c.sent.start:
                return c  # the small model's "Barack/ADP Obama ... met": a first name read as a preposition
        if v.dep_ in ("xcomp", "advcl", "conj", "acomp") and v.head.i != v.i:
            if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "because", "after", "when", "while", "although") for c in v.children):
                return None
            if v.dep_ in ("xcomp", "conj"):
                # "Obama is scheduled to attend", "X was invited to join", "Y was forced to withdraw": the
                # passive subject of the governor does the complement; "X has been indicted ... and will
                # resign": conjoined verbs share the subject
                if v.dep_ == "conj" and any(c.dep_ == "nsubj" for c in v.head.children):
                    pass
                else:
                    for c in v.head.children:
                        if c.dep_ == "nsubjpass":
                            return c
            return self.subject_of(v.head, depth + 1)
        if v.dep_ == "pcomp" and v.head.head.pos_ in ("NOUN", "PROPN"):
            # "contacted counterparts about obtaining ...": the verb above the noun
            n = v.head.head
            if n.dep_ in ("dobj", "pobj") and n.head.pos_ == "VERB":
                return self.subject_of(n.head, depth + 1)
        if v.dep_ == "pcomp" and v.head.lower_ in ("about", "after", "before", "by", "in", "without", "against", "to"):
            return self.subject_of(v.head.head, depth + 1)
        if v.dep_ == "pcomp" and v.head.lower_ in ("since",):
            return self.subject_of(v.head.head, depth + 1)
        if v.dep_ == "relcl":
            return v.head
        if v.dep_ == "acl" and v.tag_ == "VBG":
            # "issued a declaration demanding ...": the issuer; headline style "Russia seeking ...": the noun;
            # "dispersed demonstrators protesting ...": an agent noun does its own participle
            if v.head.dep_ == "dobj" and v.head.pos_ == "NOUN" and v.head.head.pos_ == "VERB" and \
                    self.D.sector_of_noun(v.head.lemma_.lower()) is None:
                subj = self.subject_of(v.head.head, depth + 1)
                if subj is not None:
                    return subj
            return v.head
        return None

    def visit_host(self, sent, res) -> str | None:
        """The country (ISO3) a visit, trip or tour in ``sent`` goes to ("during a surprise visit to
        Beirut" -> LBN; "on his first trip to Lebanon" -> LBN), from the dictionary or the gazetteer; None
        when the sentence names no such destination or several."""
        found = set()
        for t in sent:
            if t.lemma_.lower() in ("visit", "trip", "tour") and t.pos_ in ("NOUN", "VERB"):
                dests = [x for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                         for x in c.children if x.dep_ == "pobj"]
                if t.pos_ == "VERB":
                    dests += [c for c in t.children if c.dep_ == "dobj"]
                for d in dests:
                    m = res.match(d)
                    code = m.code if m is not None and m.kind in ("country", "capital") else None
                    if code is None and m is None and d.ent_type_ in ("GPE", "LOC"):
                        code = place_country(d.text, frozenset())
                    if code:
                        found.add(code)
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def weapons_test(tok, sent) -> bool:
        """True when a launch or firing hits nobody: a test ("test-fired", "missile test") or a launch into a
        sea or ocean ("launched a ballistic missile into the Sea of Japan")."""
        if tok.lemma_.lower() not in ("launch", "fire", "test", "test-fire"):
            return False
        if any(t.lower_ in ("test", "tests", "test-fired", "test-fire", "testing") for t in tok.subtree) or \
                tok.lower_.startswith("test"):
            return True
        return any(c.dep_ == "prep" and c.lower_ in ("into", "in", "toward", "towards", "over") and any(
            x.dep_ == "pobj" and x.lemma_.lower() in ("sea", "ocean", "waters", "gulf", "pacific") for x in c.children)
            for c in tok.children)

    @staticmethod
    def condition_subject(tok, res, actor_codes, deep: bool = False) -> tuple[list[Entity], object]:
        """The subject of an if/unless clause on ``tok`` (``deep``: anywhere below it), who must meet the
        condition of a threat: ``(entities, token)``, or ``([], None)`` when none resolves."""
        for x in (tok.subtree if deep else tok.children):
            if x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in x.children):
                for sj in x.children:
                    if sj.dep_ in ("nsubj", "nsubjpass"):
                        ents = res.resolve(sj, exclude_codes=tuple(actor_codes))
                        if ents:
                            return ents, sj
        return [], None

    @staticmethod
    def occurring(tok, event: str) -> bool:
        """True when a nominal trigger is reported as taking place ("protests erupted", "rallies and
        sit-ins were held across the country", "Peaceful protest took place in Batsari", "there were
        clashes"): an event without a named actor, unlike a mere mention ("the protest"). A fight or
        attack (``event`` ASSAULT) counts only with a verb of onset ("fighting broke out")."""
        h = tok.head
        if any(c.lower_ in ("much", "more", "less", "enough", "no", "any") for c in tok.children):
            return False  # "there's been too much killing": a judgement, not a report of an event
        protest = event == "PROTEST"
        if tok.dep_ == "nsubj" and h.lemma_.lower() in (OCCURRENCE_VERBS if protest else ONSET_VERBS):
            return h.lemma_.lower() != "take" or any(c.lower_ == "place" for c in h.children)
        if tok.dep_ == "nsubjpass" and h.lemma_.lower() in ("hold", "stage", "organize", "organise", "launch", "carry"):
            return protest
        if protest and tok.dep_ == "dobj" and h.lemma_.lower() in ("spark", "trigger", "prompt", "provoke", "ignite"):
            return True  # "the murder sparked protests"
        return protest and tok.dep_ == "attr" and h.lemma_ == "be" and any(c.dep_ == "expl" for c in h.children)

    @staticmethod
    def hazard_cause(tok, actor_tok) -> bool:
        """True when what killed or hurt is an accident or natural hazard (:data:`HAZARD_NOUNS`): the
        subject or agent ("the earthquake killed", "killed by floods"), an "in"/"after" phrase with no
        agent ("killed in a car crash"), an explosion of an accident source ("gas explosion"), something
        other than a weapon exploding ("a boiler exploded"), or a "when" clause of an accident ("killed when
        their bus plunged off a bridge"). Such deaths are not PLOVER ASSAULT (deliberate force)."""
        if actor_tok is not None and actor_tok.lemma_.lower() in HAZARD_NOUNS:
            return True
        if actor_tok is not None and actor_tok.lemma_.lower() in ("explosion", "blast", "fire") and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in ACCIDENT_SOURCES for c in actor_tok.children):
            return True  # "Gas explosion at Bolivia Carnival kills 8"
        if tok.lemma_.lower() in ("explode", "detonate") and not any(c.dep_ in ("dobj", "agent") for c in tok.children):
            # "a tank at the plant exploded", "boiler of a chemical plant exploded": only a weapon explodes in an
            # attack
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lemma_.lower() not in EXPLODING_WEAPONS:
                return True
        for c in tok.children:
            # "were killed when their bus plunged off a bridge", "injured as the boiler exploded": the clause of
            # an accident
            if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as")
                                         for m in c.children):
                v = c.lemma_.lower()
                subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                if v in ACCIDENT_VERBS or (v in ("explode", "blow", "burst") and not any(
                        x.dep_ in ("dobj", "agent") for x in c.children) and (subj is None or (
                        subj.pos_ == "NOUN" and subj.lemma_.lower() not in EXPLODING_WEAPONS))):
                    return True  # not "when they blew themselves up": a deliberate blast
        cause = [c for c in tok.children if c.dep_ == "nsubj"]
        cause += [x for c in tok.children if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("in", "after", "during", "by")))
                  for x in c.children if x.dep_ == "pobj"]
        if not any(x.lemma_.lower() in HAZARD_NOUNS or x.lower_ in HAZARD_NOUNS for x in cause):
            return False
        # "killed in a crash by a drunk soldier": a named agent of another kind still acts
        agents = [x for c in tok.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
        return all(x.lemma_.lower() in HAZARD_NOUNS for x in agents)

    @staticmethod
    def bare_participle(tok) -> bool:
        """True for a past participle the small model made the root although the sentence's finite verb
        hangs below it without a subject ("Two Turkish journalists detained in Syria last week were freed":
        "detained" ROOT, "were freed" advcl): a reduced passive, so its subject was acted on. A lone
        VBN root is not enough: the tagger also writes VBN for finite verbs ("Serbs protested")."""
        return tok.tag_ == "VBN" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children) and \
            not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
                c.dep_ in ("advcl", "conj", "ccomp") and c.pos_ in ("VERB", "AUX") and i > tok.i
                and any(a.dep_ in ("aux", "auxpass") for a in c.children)
                and not any(a.dep_ in ("nsubj", "nsubjpass", "expl") for a in c.children)
                for i, c in ((c.i, c) for c in tok.children))

    def find_actor(self, tok, p, res):
        if p.pos == "V":
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
                # reduced passive: "leaders ... killed in an operation", "a convoy attacked near X"
                tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl", "conj", "amod")
                and not any(c.dep_ in ("aux", "nsubj") for c in tok.children)) or self.bare_participle(tok)
            if passive and tok.lemma_.lower() in STATIVE_PASSIVES:
                # "Israel is opposed to French mediation", "Vietnam is committed to ...": a state of the
                # subject, not a passive
                for c in tok.children:
                    if c.dep_ == "nsubjpass":
                        return res.resolve(c), c
            if passive:
                for c in tok.children:
                    if c.dep_ == "agent":
                        for pobj in c.children:
                            if pobj.dep_ == "pobj":
                                # "blown up by a missile believed to be fired by pro-Russia rebels": who fired
                                # the weapon
                                if pobj.lemma_.lower() in WEAPON_MEANS:
                                    for x in pobj.subtree:
                                        if x.dep_ == "pobj" and x.head.dep_ == "agent" and x.i != pobj.i:
                                            ents = res.resolve(x)
                                            if ents:
                                                return ents, x
                                return res.resolve(pobj), pobj
                # "were killed in an air strike by government forces": the agent of the means; "killed in
                # Israeli tank shelling", "in a Russian missile strike": the nationality of the means
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in ("in", "during", "after"):
                        for means in c.children:
                            if means.dep_ == "pobj" and (means.lemma_.lower() in MEANS_NOUNS or (
                                    means.lemma_.lower() in WEAPON_MEANS and self.means_owner(means, res))):
                                for pp in means.children:
                                    if pp.dep_ in ("prep", "agent") and pp.lower_ == "by":
                                        for pobj in pp.children:
                                            if pobj.dep_ == "pobj":
                                                return res.resolve(pobj), pobj
                                ents = self.means_owner(means, res)
                                if ents:
                                    return ents, means
                                if means.lemma_.lower() in EXPLOSIVE_MEANS:
                                    return [], means  # "killed in a car bomb explosion": nobody named
                # "were killed when a roadside bomb exploded", "wounded when gunmen opened fire": the doer of the
                # attack the clause reports
                for c in tok.children:
                    if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after")
                                                 for m in c.children):
                        q = self.match_pattern(c)
                        subj = self.subject_of(c) if q is not None and q.event == "ASSAULT" else None
                        if subj is not None:
                            ents = res.resolve(subj)
                            if ents:
                                return ents, subj
                            if subj.lemma_.lower() in EXPLOSIVE_MEANS:
                                return [], subj
                return [], None
            # "accusing the army of shelling": the accused is the actor of the gerund
            if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for"):
                acc = tok.head.head
                for c in acc.children:
                    if c.dep_ == "dobj":
                        return res.resolve(c), c
            subj = self.subject_of(tok)
            if subj is None:
                return [], None
            if p.event == "ASSAULT" and subj.lemma_.lower() in MEANS_NOUNS | WEAPON_MEANS:
                # "An air strike by Syrian government forces killed 29 Turkish soldiers", "Israeli tank fire
                # killed ...": the one who used the means
                for c in subj.children:
                    if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                        for pobj in c.children:
                            if pobj.dep_ == "pobj":
                                ents = res.resolve(pobj)
                                if ents:
                                    return ents, pobj
                ents = self.means_owner(subj, res)
                if ents:
                    return ents, subj
            return res.resolve(subj), subj
        # nominal trigger; "a mediation effort", "a peace mission": the carrier noun stands in the clause
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in CARRIER_NOUNS:
            tok = tok.head
        for c in tok.children:
            if c.dep_ == "poss":
                return res.resolve(c), c
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod"):
                m = res.match(c)
                if m is not None and m.kind in ("demonym", "country", "capital", "igo", "org"):
                    return res.resolve(c), c
        if p.event == "ASSAULT" and tok.lemma_.lower() in MEANS_NOUNS:
            ents = self.means_owner(tok, res)  # "Israeli tank shelling"
            if ents:
                return ents, tok
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        return res.resolve(pobj), pobj
        # the doer of a light verb ("launched a mediation effort between X and Y": the launcher)
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if (tok.dep_ == "pobj" and tok.head.dep_ == "prep") else None
        doer = None
        if verb is not None and verb.pos_ == "VERB" and self.match_pattern(verb) is None and \
                not word_forms(verb) & (UNDERGOER_VERBS | CAUSE_VERBS):
            doer = self.subject_of(verb)
            if doer is not None:
                ents = res.resolve(doer)
                if ents:
                    return ents, doer
        # "drew criticism from Human Rights Watch": the "from" phrase may hang on the undergoer verb
        extra = list(verb.children) if verb is not None and word_forms(verb) & UNDERGOER_VERBS else []
        for c in list(tok.children) + [x for x in extra if x.lower_ == "from"]:
            if c.dep_ == "prep" and c.lower_ in ("between", "from"):
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        ents = res.resolve(pobj)
                        if c.lower_ == "between" and len(ents) > 1:
                            return ents[:1], pobj
                        return ents, pobj
        return [], doer  # a named doer that resolves to nothing: no event with an invented actor

    def event_noun_doer(self, o, res, actor_codes) -> list[Entity]:
        """Who did what the noun ``o`` names: its possessor ("Serbia's suppression"), its "by" phrase
        ("war crimes by Croatian extremists") or the agent of a participle on it ("crimes committed by
        Croat forces"); [] when none is named or it resolves to nothing."""
        cands = [c for c in o.children if c.dep_ == "poss"]
        cands += [x for c in o.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                  for x in c.children if x.dep_ == "pobj"]
        # "US mediation", "Israeli strikes": a nationality on the event noun (not on a thing: "Palestinian homes")
        if o.lemma_.lower() not in RESIDENTIAL_NOUNS:
            for c in o.children:
                m = res.match(c) if c.dep_ in ("amod", "compound", "nmod") else None
                if m is not None and m.kind in ("country", "demonym", "igo") and m.code:
                    cands.append(c)
        cands += [x for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.i == o.i + 1
                  for c in a.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
        for c in cands:
            if c.pos_ == "PRON":
                continue  # "closed our airspace": the speaker's own, not a party acted on
            ents = res.resolve(c, exclude_codes=tuple(actor_codes))
            if ents:
                return ents
        return []

    def means_owner(self, means, res) -> list[Entity]:
        """Who used a means of attack named with a nationality ("Israeli tank shelling", "a Russian missile
        strike", "U.S. air strikes"): that country, military (GOV for a bare "raid" is no better guess:
        air strikes, shelling and missiles are the armed forces'). [] when no nationality is written."""
        mods = [c for c in means.children if c.dep_ in ("amod", "compound", "nmod")]
        mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ in ("amod", "compound", "nmod")]
        out = []
        for c in mods:
            m = res.match(c)
            if m is not None and m.kind in ("demonym", "country") and m.code and all(e.code != m.code for e in out):
                s0, e0, text = res.np_span(means)
                out.append(Entity(text, m.code, "MIL", None, s0, e0))
        return out

    @staticmethod
    def text_info(k, sent, t_start, t_end, s_abs, e_abs, rule, pattern_event, topic) -> dict:
        """Evidence of one record: sentence index and text, trigger and sentence offsets; ``rule`` and
        ``coded_from`` when a PLOVER rule recoded the pattern's type (``future-as-agree``,
        ``refused-as-reject``, ``conditional-as-threaten``, ``intent-as-agree``, ``intent-as-threaten``,
        ``willing-as-agree``, ``willing-as-threaten``, ``test-as-mobilize``); ``topic`` (offsets of the demand a protest
        record absorbed)."""
        ti = {"sentence_index": k, "sentence": sent.text, "start": t_start, "end": t_end,
              "sentence_start": s_abs, "sentence_end": e_abs}
        if rule:
            ti["rule"] = rule
            ti["coded_from"] = pattern_event
        if topic:
            ti["topic"] = list(topic)
        return ti

    def place_code(self, sent, res) -> str | None:
        """The one country (ISO3) the places named in ``sent`` lie in (see
        :meth:`eventwire.actors.resolve.ActorResolver.place_codes`); None when there are none or several."""
        skip = frozenset(x.i for v in sent if v.lemma_.lower() in attr.SPEECH
                         for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree)
        codes = res.place_codes(sent, skip)
        return codes.pop() if len(codes) == 1 else None

    def find_recipient(self, tok, p, res, actor_codes):
        objs = self.objects(tok)
        # "denounced Serbia's suppression of ...", "is investigating war crimes by Croatian extremists",
        # "an investigation into crimes committed by Croat forces": the doer of the object event
        if p.pos == "V" and p.event in ("ACCUSE", "SUPPORT", "REJECT", "THREATEN", "SANCTION", "AGREE", "COERCE"):
            # "agreed to US mediation", "is opposed to French mediation"
            preps = ("to",) if p.event == "AGREE" else ("into", "over", "as", "to") if p.event == "REJECT" else (
                "into", "over", "as")
            pobjs = [x for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                     for x in c.children if x.dep_ == "pobj"]
            pobjs += [a for x in pobjs for a in x.children if a.dep_ == "appos"]  # "denounced as a crime X's ..."
            for o in [c for c in objs if c.dep_ == "dobj"] + pobjs:
                if o.dep_ == "dobj" and self.match_pattern(o) is None and res.resolve(o, exclude_codes=tuple(actor_codes)):
                    continue  # the object is a party itself ("condemned Israel"), not an act ("Russia's invasion")
                ents = self.event_noun_doer(o, res, actor_codes)
                if ents:
                    return ents, o
        if p.pos == "N" and p.event == "ACCUSE":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("into", "of", "over"):
                    for o in c.children:
                        if o.dep_ == "pobj":
                            ents = self.event_noun_doer(o, res, actor_codes)
                            if ents:
                                return ents, o
        req_objs = [o for o in objs if p.objects and (o.lemma_.lower() in p.objects or o.lower_ in p.objects)]
        for src in p.recipient:
            cands: list = []
            if src == "dobj":
                cands = [c for c in objs if c.dep_ in ("dobj", "nsubjpass", "attr") and c not in req_objs and c.head.i == tok.i]
                if p.pos == "V" and tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and \
                        not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux") for c in tok.children):
                    cands.append(tok.head)  # reduced passive: "10 Russian soldiers killed in Ukraine"
                if p.pos == "V" and self.bare_participle(tok):
                    cands += [c for c in tok.children if c.dep_ == "nsubj"]
            elif src == "dative":
                cands = [c for c in tok.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
                cands += [c for c in tok.children if c.dep_ == "dobj" and c not in req_objs and any(
                    x.dep_ in ("dobj", "npadvmod") and x.i != c.i for x in tok.children)]
            elif src.startswith("P:"):
                preps = set(src[2:].split("|"))
                holders = [tok] + req_objs + [c for c in tok.children if c.dep_ in ("dobj",)]
                if p.pos == "N" and tok.dep_ == "compound" and tok.head.lemma_.lower() in CARRIER_NOUNS:
                    holders.append(tok.head)  # "a mediation effort between Syria and ..."
                if p.pos == "N":  # "talks on a prisoner exchange with Russia"
                    holders += [x for c in tok.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pobj"]
                if p.pos == "N" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and self.match_pattern(tok.head) is None:
                    holders.append(tok.head)  # "issued arrest warrants for two Brazilian men": on the light verb
                for hold in holders:
                    for c in hold.children:
                        if (c.dep_ in ("prep", "dative", "agent") or (c.dep_ == "conj" and c.pos_ == "ADP")) and c.lower_ in preps:
                            for pp in [c] + [x for x in c.conjuncts if x.dep_ in ("prep", "conj")]:
                                cands += [x for x in pp.children if x.dep_ == "pobj"]
            elif src == "objmod":
                holders = req_objs or [c for c in objs]
                if p.pos == "N":
                    holders = [tok]
                # "entered waters near Taiwan's Penghu islands": a place phrase on the trigger
                holders = holders + [x for c in tok.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS + ("in", "into", "at")
                                     for x in c.children if x.dep_ == "pobj"]
                ents = []
                for hold in holders:
                    countries, _ = res._modifier_info(hold, place_preps=PLACE_PREPS)
                    m = res.match(hold)
                    if m is not None and m.kind in ("country", "demonym") and m.code and all(c[0] != m.code for c in countries):
                        countries.append((m.code, None))  # "lifted a curfew in Montenegro"
                    if m is None and not countries and hold.ent_type_ in ("GPE", "LOC", "FAC", "") and hold.pos_ == "PROPN" and hold.dep_ in ("dobj", "nsubjpass") and \
                            p.event in ("ASSAULT", "COERCE", "MOBILIZE"):
                        # "Russian forces shelled Kharkiv": a town attacked is its country attacked
                        code = place_country(hold.text, frozenset(res.sentence_codes(hold.sent)))
                        if code:
                            countries.append((code, None))
                    for code, sector in countries:
                        s, e, text = res.np_span(hold)
                        # "summoned Niger's ambassador" -> GOV; "demolished Palestinian homes" -> CVL
                        sector = sector or res.D.sector_of_noun(hold.lemma_.lower()) or (
                            "CVL" if hold.lemma_.lower() in RESIDENTIAL_NOUNS else None)
                        own = getattr(self, "_actor_sectors", {}).get(code, "") if code in actor_codes else None
                        if code in actor_codes and not (sector in DOMESTIC_SECTORS and own in SOCIETY_SECTORS - {None}
                                                        and p.event in ("CONSULT", "AGREE", "AID")):
                            # the actor's own country, except a domestic dyad of society and state
                            # ("Georgian demonstrators received ministers from the Georgian government")
                            continue
                        ents.append(Entity(text, code, sector, None, s, e))
                if ents:
                    return ents[:3], None
                continue
            elif src == "poss":
                cands = [c for c in tok.children if c.dep_ == "poss"]
            got, first = [], None
            for c in cands:  # all members: "travelled to the USA and then to China"
                for x in res.resolve(c, exclude_codes=tuple(actor_codes)):
                    if all((x.code, x.sector) != (y.code, y.sector) for y in got):
                        got.append(x)
                        first = first if first is not None else c
            if got:
                return got, first
        # "rejected calls by Kofi Annan", "dismissed an appeal from President Gbagbo", "accepted Iran's
        # offer": the one who made the rejected or accepted proposal is the recipient (PLOVER manual, REJECT)
        if p.pos == "V" and p.event in ("REJECT", "AGREE", "CONCEDE"):
            for o in objs:
                if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in PROPOSAL_NOUNS:
                    owners = [c for c in o.children if c.dep_ == "poss"]
                    owners += [x for c in o.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of")
                               for x in c.children if x.dep_ == "pobj"]
                    for own in owners:
                        ents = res.resolve(own, exclude_codes=tuple(actor_codes))
                        if ents:
                            return ents, own
        # "three civilians died in a Russian missile strike": who died is the target of the attack
        if p.pos == "N" and p.event == "ASSAULT" and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in ("die", "perish"):
            subj = self.subject_of(tok.head.head)
            if subj is not None:
                ents = res.resolve(subj, exclude_codes=tuple(actor_codes))
                if ents:
                    return ents, subj
        # "demanded an immediate admission by Moscow", "called for a withdrawal by Israel": the one who is
        # to act is the recipient of the demand
        if p.event == "REQUEST":
            for o in objs + [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                             for x in c.children if x.dep_ == "pobj"]:
                for c in o.children:
                    if c.dep_ == "prep" and c.lower_ == "by":
                        for pobj in c.children:
                            if pobj.dep_ == "pobj":
                                ents = res.resolve(pobj, exclude_codes=tuple(actor_codes))
                                if ents:
                                    return ents, pobj
        # "threatened to launch an offensive ... unless Baghdad accepted its conditions", "threatened to stop
        # negotiations if the United States goes ahead": who must comply is the target of the threat
        if p.event == "THREATEN" and not any(
                # "threatened to attack Ukraine if NATO expands": the one to be attacked is the target; the
                # condition's subject only when the threatened act names nobody
                res.match(o) is not None and res.resolve(o, exclude_codes=tuple(actor_codes))
                for c in tok.children if c.dep_ == "xcomp" for o in self.objects(c) if o.dep_ in ("dobj", "dative")):
            ents, sj = self.condition_subject(tok, res, actor_codes, deep=True)
            if ents:
                return ents, sj
        # "offered to hand over to Great Britain ...", "promised to continue military aid to Mozambique":
        # the recipient of the promised/offered/refused act
        if p.pos == "V" and p.event in ("AGREE", "REJECT", "SUPPORT", "THREATEN"):
            for c in tok.children:
                if c.dep_ == "xcomp" and c.pos_ == "VERB":
                    objs_c = self.objects(c)
                    for o in objs_c + [x for pp in list(c.children) + [y for ob in objs_c for y in ob.children]
                                       if pp.dep_ in ("prep", "dative") and pp.lower_ in ("to", "with", "from", "on", "against")
                                       for x in pp.children if x.dep_ == "pobj"]:
                        ents = res.resolve(o, exclude_codes=tuple(actor_codes))
                        if not ents:
                            countries, _ = res._modifier_info(o, place_preps=("to", "for"))
                            s0, e0, text = res.np_span(o)
                            ents = [Entity(text, code, sec, None, s0, e0) for code, sec in countries if code not in actor_codes]
                        if ents:
                            return ents, o
        # "demanded that Ottawa drop ...", "warned that Iran would ...", "its demands that Burundi's government
        # grant ...": the complement's subject
        if (p.pos == "V" and p.event in ("REQUEST", "THREATEN", "ACCUSE", "REJECT")) or (
                p.pos == "N" and p.event in ("REQUEST", "THREATEN")):
            for c in tok.children:
                if c.dep_ == "ccomp" or (p.pos == "N" and c.dep_ == "acl" and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
                    for sj in c.children:
                        if sj.dep_ in ("nsubj", "nsubjpass"):
                            ents = res.resolve(sj, exclude_codes=tuple(actor_codes))
                            if ents:
                                return ents, sj
        # "contacted Chinese counterparts about obtaining ...": the object of the governing verb
        if tok.dep_ == "pcomp" and tok.head.head.dep_ == "dobj":
            ents = res.resolve(tok.head.head, exclude_codes=tuple(actor_codes))
            if ents:
                return ents, tok.head.head
        # "Obama faces pressure from Congress", "Israel came under criticism from France": the subject of
        # the undergoer verb is acted on
        if p.pos == "N" and p.event != "ASSAULT":
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
            if verb is not None and verb.pos_ == "VERB" and word_forms(verb) & {"face", "come", "draw", "receive",
                                                                                  "attract", "suffer"}:
                subj = self.subject_of(verb)
                if subj is not None:
                    ents = res.resolve(subj, exclude_codes=tuple(actor_codes))
                    if ents:
                        return ents, subj
        # "engaged Filipino peacekeepers in a firefight": the object of the light verb of an event noun
        if p.pos == "N" and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
            for c in tok.head.head.children:
                if c.dep_ == "dobj" and c.i != tok.i:
                    ents = res.resolve(c, exclude_codes=tuple(actor_codes))
                    if ents:
                        return ents, c
        # "endorsed an association agreement with the European Union", "ordered an investigation against
        # Iran": the party named on the object
        if p.pos == "V" and p.event in ("SUPPORT", "AGREE", "REJECT", "CONSULT", "COOPERATE", "REQUEST"):
            for o in objs:
                for c in o.children:
                    if c.dep_ == "prep" and c.lower_ in ("with", "against", "between"):
                        for x in c.children:
                            if x.dep_ == "pobj":
                                ents = res.resolve(x, exclude_codes=tuple(actor_codes))
                                if ents:
                                    return ents, x
        # "opened fire to disperse demonstrators", "mobilized reservists for a possible war against Iraq": the
        # object of the purpose, or the "against" party of the war prepared for
        if p.event in ("ASSAULT", "COERCE", "MOBILIZE") and p.pos == "V":
            for c in tok.children:
                if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    for o in c.children:
                        if o.dep_ == "dobj":
                            ents = res.resolve(o, exclude_codes=tuple(actor_codes))
                            if ents:
                                return ents, o
                if c.dep_ == "prep" and c.lower_ == "for":
                    for x in c.subtree:
                        if x.dep_ == "pobj" and x.head.lower_ == "against":
                            ents = res.resolve(x, exclude_codes=tuple(actor_codes))
                            if ents:
                                return ents, x
        # "Russia is conducting military exercises in Alaska": a show of force on another state's soil
        if p.event == "MOBILIZE" and actor_codes:
            code = self.place_code(tok.sent, res)
            if code and code not in actor_codes:
                return [Entity("", code, None, None, None, None)], None
        return [], None

    def dates_for(self, tok, sent, p):
        """Date expressions attached to the trigger's clause -> list of (iso, precision, text)."""
        anchors = {tok.i}
        if p.pos == "N":
            h = tok.head if tok.dep_ != "pobj" else tok.head.head
            anchors.add(h.i)
        exprs = []
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            if ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in TIMES_OF_DAY:
                # "on Tuesday night": the day of a time of day
                exprs.append(ent.text)
                continue
            if ent.root.dep_ in ("poss", "compound", "amod", "nmod"):
                continue  # "after last month's coup": the date of the coup, not of this event
            t = ent.root
            att = None
            for _ in range(6):
                if t.head.i == t.i:
                    att = t
                    break
                t = t.head
                if t.pos_ in ("VERB", "AUX") or t.i in anchors:
                    att = t
                    break
            if att is not None and att.i in anchors:
                prev = sent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
                # "in May": the preposition tells the month from the modal verb
                exprs.append(f"{prev} {ent.text}" if ent.text.lower() == "may" and prev in (
                    "in", "of", "since", "by", "until", "early", "late", "mid", "last", "next", "this") else ent.text)
        for ent in sent.ents:  # "on 28 December and again on Monday": the event repeated
            if ent.label_ == "DATE" and ent.start >= 2 and sent.doc[ent.start - 2].lower_ == "again" and ent.text not in exprs:
                if exprs:
                    exprs.append(ent.text)
        for t in sent:
            if t.lower_ == "night" and any(c.lower_ == "last" for c in t.children) and (
                    t.head.i in anchors or t.head.head.i in anchors):
                exprs.append("last night")  # not an entity for the small model
            if t.lower_ in DATE_WORDS and not t.ent_type_:
                h = t.head
                if h.i in anchors or t.head.head.i in anchors:
                    exprs.append(t.text)
        return exprs

    def anaphoric_event_actor(self, tok, earlier, actor_codes) -> list:
        """"demanded the pullout", "rejected the withdrawal": a definite event noun without owner refers
        to the latest earlier event of its type in the article; that event's actor is the recipient of the
        demand (field case C03)."""
        for o in self.objects(tok):
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children):
                continue
            if any(c.dep_ in ("poss", "prep") for c in o.children):
                continue
            pats = self.P.candidates(o.lemma_.lower(), "N")
            if not pats:
                continue
            kinds = {q.event for q in pats}
            for ev in reversed(earlier):
                if ev.event in kinds or (ev.event == "AGREE" and "CONSULT" in kinds):
                    # the antecedent's actor, with its own text and offsets (the evidence)
                    return [Entity(a.entity_text, a.code, a.sector, a.name, a.start, a.end) for a in ev.actor
                            if a.code and a.code not in actor_codes]
        return []

    def protest_target(self, tok, res, actor_codes):
        """Recipient of a protest without an explicit "against X": the object of its purpose clause
        ("to protest President Assad's failure", "to demand reforms by Suharto's government"), else the
        country where it took place ("demonstrated in Serbia"). The protesters' own state may be the target
        ("students in Indonesia ... demand reforms by the government" -> IDN/GOV)."""
        for c in list(tok.children) + list(tok.head.children if tok.pos_ == "NOUN" else []):
            if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.lemma_.lower() in ("protest", "demand", "press", "oppose", "denounce", "call", "condemn"):
                for o in c.children:
                    if o.dep_ in ("dobj", "pobj") or (o.dep_ == "prep" and o.lower_ in ("against", "for", "at", "by")):
                        targets = [o] if o.dep_ != "prep" else [x for x in o.children if x.dep_ == "pobj"]
                        for t in targets:
                            ents = res.resolve(t)
                            if not ents:
                                countries, sector = res._modifier_info(t, place_preps=("by",))
                                s0, e0, text = res.np_span(t)
                                ents = [Entity(text, code, sec or sector, None, s0, e0) for code, sec in countries]
                                sector = sector or res.D.sector_of_noun(t.lemma_.lower())
                                if not ents and sector in DOMESTIC_SECTORS:
                                    # "reforms by President Suharto's government": the protesters' own
                                    # government, coded by the domestic rule
                                    ents = [Entity(text, None, sector, None, s0, e0)]
                            if ents:
                                return ents
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj"):
            # "staged rallies in Gaza against the party's leader": the "against" phrase on the light verb
            for c in tok.head.children:
                if c.dep_ == "prep" and c.lower_ == "against":
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            ents = res.resolve(pobj)
                            if ents:
                                return ents
        # "blocked a road to show their disapproval for the United States' military policies": the owner of
        # what the protest expresses anger at
        for c in list(tok.children) + list(tok.head.children if tok.pos_ == "NOUN" else []):
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("show", "express", "voice", "vent", "register"):
                for o in c.children:
                    if o.dep_ == "dobj" and o.lemma_.lower() in GRIEVANCE_NOUNS:
                        for pp in o.children:
                            if pp.dep_ == "prep" and pp.lower_ in ("for", "at", "over", "with", "against", "of"):
                                for x in pp.children:
                                    if x.dep_ == "pobj":
                                        ents = res.resolve(x) or self.event_noun_doer(x, res, ())
                                        if ents:
                                            return ents
        # "a hunger strike in protest of the Russian government's refusal": the doer of what is protested
        for c in list(tok.children) + list(tok.head.children if tok.pos_ == "NOUN" else []):
            if c.dep_ == "prep" and c.lower_ == "in":
                for pn in c.children:
                    if pn.dep_ == "pobj" and pn.lemma_.lower() in ("protest", "defiance", "opposition", "response"):
                        for pp in pn.children:
                            if pp.dep_ == "prep" and pp.lower_ in ("of", "against", "at", "over"):
                                for o in pp.children:
                                    if o.dep_ == "pobj":
                                        ents = res.resolve(o) or self.event_noun_doer(o, res, ())
                                        if ents:
                                            return ents
        # "staged a protest in Beijing": the place phrase may hang on the light verb
        holders = [tok] + ([tok.head] if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else [])
        for c in [c for h in holders for c in h.children]:
            if c.dep_ == "prep" and c.lower_ in ("in", "outside"):
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        m = res.match(pobj)
                        if m is not None and m.kind in ("country", "capital") and m.code:
                            # "ethnic Albanians demonstrated in Serbia": a protest is aimed at the state where
                            # it happens, the protesters' own included (PLOVER GSR practice)
                            s0, e0, text = res.np_span(pobj)
                            return [Entity(text, m.code, None, None, s0, e0)]
        return []

    def implicit_protest_target(self, sent, res, actors) -> list[Entity]:
        """The target of a protest that names none (PLOVER GSR and ICEWS practice; PLOVER manual, PROTEST:
        "protests against the recipient"): the state where it happens when the sentence places it in one
        country other than the protesters' ("Palestinian prisoners rioted at this jail in northern Israel"
        -> ISR), else the protesters' own government when they are a society group of one known country
        ("Egyptian demonstrators rioted" -> EGY/GOV). The entity is implicit: no text, null offsets.
        [] when neither is known."""
        codes = {a.code for a in actors if a.code}
        place = self.place_code(sent, res)
        if place and place not in codes and place not in NON_STATE:
            return [Entity("", place, None, None, None, None)]
        if len(codes) == 1 and not (codes & NON_STATE) and all(a.sector in SOCIETY_SECTORS for a in actors) and (
                place is None or place in codes):
            return [Entity("", next(iter(codes)), "GOV", None, None, None)]
        return []

    def sentence_dates(self, sent):
        """Date expressions of the sentence not attached to a speech verb."""
        out = []
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME") or ent.root.dep_ in ("poss", "compound", "amod", "nmod"):
                continue
            t = ent.root
            for _ in range(6):
                if t.head.i == t.i:
                    break
                t = t.head
                if t.pos_ in ("VERB", "AUX"):
                    break
            if t.lemma_.lower() not in attr.SPEECH:
                out.append(ent.text)
        return out

    def contexts(self, tok, p, extra_tokens=()):
        ctx = list(p.context)
        words = {t.lower_ for t in tok.subtree} | {t.lower_ for t in extra_tokens}
        if p.pos == "N":
            words |= {t.lower_ for t in tok.head.subtree} if tok.dep_ in ("dobj", "nsubj") else set()
        for name, vocab in CONTEXT_WORDS.items():
            if words & vocab and name not in ctx:
                ctx.append(name)
        return ctx

    def refine_mode(self, tok, p, extra_tokens=()):
        mode = p.mode
        words = {t.lower_ for t in tok.subtree} | {t.lemma_.lower() for t in tok.subtree} | {t.lower_ for t in extra_tokens}
        if p.event in ("REQUEST", "REJECT") and mode is None:
            # what is asked for first (the object), then anything in the clause
            obj_words = {w for o in self.objects(tok) for t in o.subtree for w in (t.lower_, t.lemma_.lower())}
            obj_words |= {w for c in tok.children if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for")
                          for t in c.subtree for w in (t.lower_, t.lemma_.lower())}
            for pool in (obj_words, words):
                for m, vocab in REQUEST_MODE_WORDS:
                    if pool & vocab:
                        return m
        if p.event == "ASSAULT" and mode is None:
            for m, vocab in ASSAULT_MODE_WORDS:
                if words & vocab:
                    return m
        return mode

    def event_text(self, tok, p):
        toks = [tok]
        for c in tok.children:
            if p.particle and c.lower_ == p.particle and c.dep_ in ("prt", "prep", "advmod"):
                toks.append(c)
        if p.objects:
            for o in self.objects(tok):
                if o.lemma_.lower() in p.objects or o.lower_ in p.objects:
                    toks.append(o)
                    break
        toks.sort(key=lambda t: t.i)
        return toks

    def code_events(self, people: dict) -> list[Event]:
        ctx = ResolveContext(pub_date=self.pub if self.pub_prec == "day" else None, people=people)
        res = ActorResolver(self.D, ctx)
        events: list[Event] = []
        last_doc = None
        headline_report = False
        for segment, doc, sent, k in self.sentences():
            if doc is not last_doc:
                res.set_doc(doc, segment.start)
                last_doc = doc
            base = segment.start
            s_abs, e_abs = base + sent.start_char, base + sent.end_char
            if self.in_foreign(s_abs, e_abs):
                continue
            if segment.kind == "headline":
                headline_report = bool(attr.HEADLINE_REPORT.search(segment.text))
            triggers, ids = self.find_triggers(sent)
            if SPORTS_CUES.search(sent.text):
                # "Brazil beat Argentina 2-1 in the World Cup qualifier", "France invaded the pitch": teams named
                # like states, and the verbs of war used for games; a sports sentence codes no political event
                triggers = []
            sent_events: list[Event] = []
            # "staged demonstrations to demand reforms", "blocked roads demanding ...": the topic of a protest
            # is not coded as a separate event (PLOVER manual, PROTEST, ambiguities); its trigger stays on the
            # protest record (text_info "topic") for audit
            protests = [t for t, q in triggers if q.event == "PROTEST"]
            topics: dict[int, list[int]] = {}  # protest trigger -> offsets of the demand folded into it
            folded: set[int] = set()
            for tok, p in triggers:
                holder = next((t for t in protests if tok.i != t.i and (
                    tok in t.subtree or (q_noun(t) and tok in t.head.subtree))), None) if p.event == "REQUEST" else None
                if holder is not None:
                    topics.setdefault(holder.i, [base + tok.idx, base + tok.idx + len(tok.text)])
                    folded.add(tok.i)
            # a sentence that reports an accident: its agentless hurts are that accident's
            hazard_sentence = any(p.event == "ASSAULT" and p.pos == "V" and self.hazard_cause(
                tok, self.subject_of(tok) if not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) else None)
                for tok, p in triggers)
            for tok, p in triggers:
                if tok.i in folded:
                    continue
                qi = self.quote_index(base + tok.idx)
                res.speaker = self.quote_speakers.get(qi) if qi is not None else None
                actors, actor_tok = self.find_actor(tok, p, res)
                if actor_tok is not None and res.is_outlet(actor_tok):
                    continue
                if p.event == "ASSAULT" and p.pos == "V" and self.hazard_cause(tok, actor_tok):
                    continue  # "killed in a car crash", "the earthquake killed 300": no attack
                if p.event == "ASSAULT" and not actors and actor_tok is None and hazard_sentence:
                    continue  # "Gas explosion kills 8, forty others are injured": the same accident
                named_unknown = actor_tok is not None and not actors and not (
                    # "airstrikes hit two hospitals", "an IED detonated": a weapon or attack named as the subject
                    # is no unknown actor; the attack stands without one
                    p.event == "ASSAULT" and actor_tok.lemma_.lower() in MEANS_NOUNS | WEAPON_MEANS | EXPLOSIVE_MEANS)
                actor_codes = {a.code for a in actors if a.code}
                self._actor_sectors = {a.code: a.sector for a in actors if a.code}
                recips, rec_tok = self.find_recipient(tok, p, res, actor_codes)
                if not recips and p.event in ("REQUEST", "REJECT", "ACCUSE", "SUPPORT"):
                    recips = self.anaphoric_event_actor(tok, events + sent_events, actor_codes)
                if p.event == "CONSULT" and any(r.code is None and r.sector in DOMESTIC_SECTORS for r in recips):
                    host = self.visit_host(sent, res)
                    if host and host not in actor_codes:
                        # "held talks with President Michel Suleiman during a surprise visit to Beirut": an
                        # official met on a visit to a country, with no country of their own written, is the host's
                        recips = [Entity(r.entity_text, host, r.sector, r.name, r.start, r.end)
                                  if r.code is None and r.sector in DOMESTIC_SECTORS else r for r in recips]
                if p.pos == "V" and tok.lemma_.lower() in RECEIVE_VERBS and p.event in ("AID", "AGREE") and recips:
                    # "demonstrators received weapons from the government": the giver acts, the receiver
                    # is the recipient (PLOVER AID/AGREE are coded from the provider)
                    actors, recips = recips, actors
                    actor_codes = {a.code for a in actors if a.code}
                recips = [r for r in recips if not any(
                    r.code == a.code and (r.sector == a.sector or r.start == a.start) for a in actors)]
                if p.event == "PROTEST" and not recips:
                    recips = self.protest_target(tok, res, actor_codes)
                if p.event == "PROTEST" and not recips and actors:
                    recips = self.implicit_protest_target(sent, res, actors)
                # an uncoded state institution acting on its own country's people is domestic
                # ("President Museveni banned Ugandan opposition candidates", "police arrested Egyptian
                # protesters")
                rc = {r.code for r in recips if r.code and r.code not in NON_STATE and r.sector in SOCIETY_SECTORS}
                if len(rc) == 1 and p.event in ("COERCE", "ASSAULT"):
                    for a in actors:
                        if a.code is None and a.sector in DOMESTIC_SECTORS:
                            a.code = next(iter(rc))
                # "Gunmen abducted 20 pupils ... in Nigeria's Kaduna state": unidentified armed men are coded
                # by the country where they act (PLOVER GSR: IRQ/UAF), when the sentence names exactly one
                for a in actors:
                    if a.code is None and a.sector in ("UAF", "COP"):
                        # police named without a country act at home: "Police arrested 50 people in Minsk"
                        a.code = self.place_code(sent, res)
                if p.event in ("ASSAULT", "COERCE"):
                    # "... abducted 20 pupils from a school in Kaduna state": people attacked where the
                    # sentence places the act are of that country; "Egyptian police ... dispersed demonstrators":
                    # a police force acts at home
                    police = {a.code for a in actors if a.code and a.sector == "COP"}
                    for r in recips:
                        if r.code is None and (r.sector in SOCIETY_SECTORS or (r.sector == "COP" and r.entity_text)):
                            # "Two officers were shot in Marseille": police attacked where they serve
                            r.code = self.place_code(sent, res) or (next(iter(police)) if len(police) == 1 else None)
                if p.event == "PROTEST":
                    # "Hundreds of thousands of people blocked streets in Hong Kong": protesters of no named
                    # nationality are of the place they protest in
                    for a in actors:
                        if a.code is None and a.sector in SOCIETY_SECTORS and a.entity_text:
                            a.code = self.place_code(sent, res)
                # "students ... marched to parliament": an uncoded institution is the actor's own
                home = [a.code for a in actors if a.code and a.code not in NON_STATE]
                for r in recips:
                    if r.code is None and r.name is None and r.sector in DOMESTIC_SECTORS and len(set(home)) == 1:
                        r.code = home[0]
                # attribution
                sources: list[str] = []
                source_ents: list[Entity] = []
                reported = attr.hedged(sent) or (segment.kind == "headline" and headline_report)
                if segment.kind == "headline" and headline_report:
                    m = attr.HEADLINE_REPORT.search(segment.text)
                    sources.append(m.group(0).strip(" :-–—"))
                for v in attr.attributions(tok):
                    if v.i == tok.i:
                        continue
                    subj = attr.speech_subject(v)
                    if subj is None:
                        continue
                    ents = res.resolve(subj)
                    text = self._speaker_text(res, subj, ents) if (ents or subj.pos_ != "PRON") else None
                    if text and text not in sources:
                        sources.append(text)
                        source_ents += ents
                        reported = True
                for pobj in attr.according_to(sent):
                    text = res.np_span(pobj)[2]
                    if text not in sources:
                        sources.append(text)
                        reported = True
                if qi is not None:
                    spk = self.quote_speaker_text.get(qi)
                    if spk and spk not in sources:
                        sources.append(spk)
                    reported = True
                    source_ents += self.quote_speakers.get(qi) or []
                acc = self.accuser_of(tok, ids)
                if acc is not None:
                    subj = self.subject_of(acc)
                    if subj is not None:
                        ents = res.resolve(subj)
                        text = self._speaker_text(res, subj, ents)
                        if text and text not in sources:
                            sources.append(text)
                        reported = True
                if not actors and qi is not None and p.event in ("ACCUSE", "THREATEN", "REJECT", "REQUEST", "SUPPORT") \
                        and p.pos == "V" and self.quote_speakers.get(qi):
                    # a threat or accusation spoken in a quote: the speaker is the actor (issue 2)
                    actors = list(self.quote_speakers[qi])
                if not actors and p.pos == "N" and p.event in ("CONSULT", "AGREE") and recips:
                    state = [e for e in source_ents if e.code and e.code not in {r.code for r in recips}]
                    actors = state[:1]
                if not actors and p.event == "COERCE" and p.mode == "arrest" and not named_unknown and (
                        p.pos == "N" or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
                        tok.tag_ == "VBN" and tok.dep_ == "acl") or self.bare_participle(tok)):
                    # "were arrested", "the arrest of X": arrests without a named agent are made by the
                    # police (ACLED and ICEWS practice); the actor is implicit, so it carries no text
                    actors = [Entity("", None, "COP", None, None, None)]
                if not actors and p.event == "ASSAULT" and p.pos == "V" and actor_tok is not None and \
                        actor_tok.lemma_.lower() in EXPLOSIVE_MEANS:
                    # "a roadside bombing killed one U.S. soldier", "killed by an improvised explosive
                    # device": nobody named; an unidentified armed force (PLOVER sector UAF) of the
                    # country where it happened, when the sentence names exactly one; implicit, no text
                    actors = [Entity("", self.place_code(sent, res), "UAF", None, None, None)]
                if not actors and named_unknown and p.event == "PROTEST" and actor_tok.pos_ in ("NOUN", "NUM") and \
                        actor_tok.tag_ in ("NNS", "CD"):
                    # "At least 400 of the PEGIDA supporters staged a demonstration": unnamed people who
                    # protest are civilians (the GDELT/ICEWS default) of the one country the sentence places
                    # the protest in, if any; the words are kept as the actor's text
                    s0, e0, text = res.np_span(actor_tok)
                    actors, named_unknown = [Entity(text, self.place_code(sent, res), "CVL", None, s0, e0)], False
                    actor_codes = {a.code for a in actors if a.code}
                if not actors and (p.event not in ACTORLESS_OK or (p.pos == "N" and not self.occurring(tok, p.event))
                                   or named_unknown):
                    continue  # only agentless clauses may go without an actor; never an invented one
                if p.strict and not (actors and recips):
                    continue
                neg = modality.negated(tok)
                status = modality.status(tok, sent)
                if status == "actual" and modality.historical(tok):
                    status = "historical"
                event_type, mode_override, time_status = p.event, None, status
                rule = None
                if modality.refused(tok) or (event_type in COOPERATIVE and (modality.refusal(tok) or (neg and status == "future"))):
                    # a refused cooperation is a REJECT (PLOVER manual, REJECT; CAMEO 12)
                    event_type, mode_override, neg = "REJECT", REJECT_MODE.get(p.event) or "-", False
                    rule = "refused-as-reject"
                    status = "actual"
                elif event_type in ("ASSAULT", "COERCE") and actors and not neg and (
                        modality.governed_by(tok, {"vow", "swear", "pledge"}) or (
                        tok.dep_ == "advcl" and tok.head.lemma_.lower() in ("vow", "swear", "pledge")
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))):
                    # "have sworn to fight until ...", "vowed to crush the rebels": a pledge of force is a
                    # threat (PLOVER manual, THREATEN)
                    event_type, mode_override, status = "THREATEN", THREAT_MODE.get(p.event) or "violence", "actual"
                    rule = "conditional-as-threaten"
                elif event_type == "ASSAULT" and not recips and self.weapons_test(tok, sent):
                    # "North Korea launched a ballistic missile into the Sea of Japan", "test-fired a missile": a
                    # show of capability with nobody hit is MOBILIZE weapons (PLOVER manual, MOBILIZE)
                    event_type, mode_override = "MOBILIZE", "weapons"
                    rule = "test-as-mobilize"
                elif event_type in THREAT_MODE and actors and not neg and (
                        modality.conditioned(tok) or (status == "hypothetical" and modality.announced(tok))):
                    # a conditional or announced hypothetical act of force or sanction is a threat
                    # ("will withdraw ... unless", "said they would boycott"; PLOVER manual, THREATEN)
                    event_type, mode_override, status = "THREATEN", THREAT_MODE[p.event] or "-", "actual"
                    rule = "conditional-as-threaten"
                    if not recips:
                        # "If Iran enriches uranium, the United States will impose sanctions": whoever must
                        # meet the condition is the target
                        recips = self.condition_subject(tok, res, actor_codes)[0]
                elif event_type in ("ASSAULT", "COERCE", "SANCTION") and actors and not neg and modality.willing(tok):
                    # "announced that it is prepared to impose martial law": readiness to use force or coercion
                    # is a warning (PLOVER manual, THREATEN; auxiliary modes: the single category)
                    event_type, mode_override, status = "THREATEN", THREAT_MODE.get(p.event) or "violence", "actual"
                    rule = "willing-as-threaten"
                elif event_type in ("ASSAULT", "COERCE") and actors and not neg and modality.desired(tok):
                    # "Obama wants to attack Switzerland": an intended attack is a threat (PLOVER manual,
                    # auxiliary modes: THREATEN, not ASSAULT + hypothetical)
                    event_type, mode_override, status = "THREATEN", THREAT_MODE.get(p.event) or "violence", "actual"
                    rule = "intent-as-threaten"
                elif event_type in COOPERATIVE - {"AGREE"} and not neg and modality.willing(tok):
                    # "Syria says it is willing to withdraw its troops", "is prepared to lift the ban": readiness
                    # to cooperate or yield is an AGREE (PLOVER manual, AGREE: "indicate willingness")
                    event_type, status = "AGREE", "actual"
                    rule = "willing-as-agree"
                elif event_type in FUTURE_AS_AGREE and not neg and modality.desired(tok):
                    # "wants to help Israel", "hopes to meet": willingness to cooperate is an AGREE (PLOVER
                    # manual, AGREE: "indicate willingness or commitment to cooperate")
                    event_type, status = "AGREE", "actual"
                    rule = "intent-as-agree"
                elif event_type in FUTURE_AS_AGREE and status == "future" and not neg:
                    # an announced future meeting, support, cooperation or aid is an AGREE
                    # (PLOVER manual: "future CONSULT/SUPPORT/COOPERATE/AID is coded AGREE")
                    event_type, status = "AGREE", "actual"
                    rule = "future-as-agree"
                # dates
                dates = []
                own_exprs = self.dates_for(tok, sent, p)
                if self.pub is not None:
                    for expr in own_exprs:
                        r = resolve_expression(expr, self.pub, future=(time_status == "future"),
                                                anchor_precision=self.pub_prec or "day")
                        if r and r not in dates:
                            dates.append(r)
                else:
                    # no publication date: only dates written in full ("in March 2012", "on 3 May 1998") are
                    # known -- an expression that resolves the same against any anchor does not need one
                    for expr in own_exprs:
                        r = absolute_date(expr, future=(time_status == "future"))
                        if r and r not in dates:
                            dates.append(r)
                # "Russia invaded Ukraine in 2014", "in the 1990s", "on Christmas Day": the text dates the act
                # but not to a day or month; the publication date must not stand in for it, and a year before
                # the publication's makes the act historical
                coarse = not dates and any(not RELATIVE_DATE.search(e) for e in own_exprs)
                if coarse and status == "actual" and self.pub is not None and any(
                        int(y) < self.pub.year for e in own_exprs for y in re.findall(r"\b(1[89]\d\d|20\d\d)", e)):
                    status = "historical"
                if not dates and self.pub is not None and not coarse:
                    # one non-speech date in the sentence covers its other events ("did not open fire
                    # ..., but it detained ... on Saturday night")
                    shared = self.sentence_dates(sent)
                    if len(shared) == 1:
                        r = resolve_expression(shared[0], self.pub, future=(time_status == "future"),
                                                anchor_precision=self.pub_prec or "day")
                        if r:
                            dates.append(r)
                if not dates:
                    if self.pub is not None and status == "actual" and not coarse:  # never for historical or future acts
                        iso = self.article.publication_date
                        dates = [(iso, self.pub_prec)]
                        basis = "publication"
                    else:
                        dates = [(None, None)]
                        basis = None
                else:
                    basis = "text"
                extra = []
                if actor_tok is not None:
                    extra += list(actor_tok.subtree)
                mode = mode_override or (self.refine_mode(tok, p, extra) if event_type == p.event else None)
                if mode == "-":
                    mode = None
                contexts = self.contexts(tok, p)
                trig = self.event_text(tok, p)
                t_start = base + trig[0].idx
                t_end = base + trig[-1].idx + len(trig[-1].text)
                cameo = p.cameo if event_type == p.event else DEFAULT_CAMEO[event_type]
                if event_type == "REQUEST" and mode in REQUEST_CAMEO and cameo[:2] in ("02", "10"):
                    cameo = cameo[:2] + REQUEST_CAMEO[mode]  # CAMEO 021/101 material, 024/104 reform ...
                for iso, prec in dates:
                    st = status
                    if st == "actual" and basis == "text" and iso and self.pub and prec in ("day", "month"):
                        last = date.fromisoformat(iso if prec == "day" else iso + "-28")  # a month: its end
                        if (self.pub - last).days > 365:
                            st = "historical"
                    pairs = [(a, r) for a in (actors or [None]) for r in (recips or [None])]
                    coded_actors = [a for a in actors if a.code]
                    if not recips and len({a.code for a in coded_actors}) >= 2 and (
                            len({a.start for a in coded_actors}) >= 2 or (actor_tok is not None and any(
                                c.conjuncts for c in actor_tok.children if c.dep_ in ("amod", "compound", "nmod")))) and (
                            p.event in ("CONSULT", "COOPERATE") or tok.lemma_.lower() in RECIPROCAL_LEMMAS):
                        # "The US, Russia and Switzerland met", "Armenian and Azerbaijani forces clashed": each
                        # party acts on the others (one dyad each way, as ICEWS and PETRARCH code them)
                        pairs = [(a, b) for a in coded_actors for b in coded_actors if a.code != b.code]
                    for a, r in pairs:
                        ev = Event(
                            article_id=self.article.id, event=event_type,
                            actor=[a] if a else [], recipient=[r] if r else [],
                            event_text=" ".join(t.text for t in trig),
                            text_info=self.text_info(k, sent, t_start, t_end, s_abs, e_abs, rule, p.event,
                                                     topics.get(tok.i)),
                            mode=mode, context=contexts, negated=neg, status=st, reported=reported,
                            sources=list(sources), date=iso, date_basis=basis if iso else None,
                            cameo=cameo, quad_class=QUAD_CLASS[event_type], goldstein=goldstein(cameo),
                            plover_score=PLOVER_SCORE[event_type], coder=self.coder,
                        )
                        sent_events.append(ev)
                res.note(actors)
                res.note(recips, role="recipient")
            # coreference memory: subjects of the sentence
            for t in sent:
                if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN"):
                    ents = res.resolve(t)
                    if ents:
                        res.note(ents)
            sent_events = subsumed_dropped(sent_events)
            cap = max_events_for(sent)
            if len(sent_events) > cap:
                self.capped += len(sent_events) - cap
                sent_events = sent_events[:cap]
            events.extend(sent_events)
        res.speaker = None
        # one record per id (the same clause reached twice)
        seen, uniq = set(), []
        for e in events:
            if e.id not in seen:
                seen.add(e.id)
                uniq.append(e)
        return uniq


def subsumed_dropped(evs: list[Event]) -> list[Event]:
    """Records of one sentence without those another record of it subsumes: same type, same coded
    actors, same status and negation, no recipient where the other has one ("a roadside bombing killed
    one U.S. soldier and wounded two others": the wounding adds no party), and repeats of a record with the same
    type, dyad, status and date ("A bomb exploded in a market, killing five people"). PETRARCH and ICEWS keep one
    event per dyad and type; a record that names fewer parties for the same act is that act again."""
    def key(e):
        return (e.event, tuple(sorted((a.code or "", a.sector or "") for a in e.actor)), e.status, e.negated)
    full = {key(e) for e in evs if e.recipient and e.actor and all(a.code for a in e.actor)}
    kept = [e for e in evs if e.recipient or not e.actor or key(e) not in full]
    # "A bomb exploded in a market in Kabul, killing five people": the same dyad and type twice is one record
    # "wounded when gunmen opened fire on a checkpoint in Mosul": IRQ/MIL and a bare IRQ are the same party
    specific = {key(e) + (tuple(sorted(r.code or "" for r in e.recipient)),) for e in kept
                if e.recipient and any(r.sector for r in e.recipient)}
    kept = [e for e in kept if not (e.recipient and all(r.sector is None for r in e.recipient) and key(e) + (
        tuple(sorted(r.code or "" for r in e.recipient)),) in specific)]
    seen: dict = {}
    out: list = []
    for e in kept:
        k = key(e) + (tuple(sorted((r.code or "", r.sector or "") for r in e.recipient)), e.date)
        if k in seen and (e.actor or e.recipient):
            j = seen[k]
            if out[j].mode is None and e.mode is not None:
                out[j] = e  # keep the record that says how ("blamed India, accusing it of ...": allege)
            continue
        seen[k] = len(out)
        out.append(e)
    return out


def code_article(article, seg, seg_docs, coder: str = ""):
    """Code one article.

    ``article``: :class:`~eventwire.schema.Article`; ``seg``: its
    :class:`~eventwire.nlp.segment.Segmentation`; ``seg_docs``: list of (Segment, spaCy Doc) in
    article order. Returns ``(events, quotes)``: lists of :class:`~eventwire.schema.Event` and
    :class:`~eventwire.schema.Quote`, offsets into ``article.text``. Raises nothing for odd text;
    dictionary errors (:class:`~eventwire.errors.DictionaryError`) propagate.
    """
    ac = _ArticleCoder(article, seg, seg_docs, coder)
    people: dict = PeopleMemory()  # shared by both passes; name lookups in O(1)
    quotes = ac.attribute_quotes(people)
    events = ac.code_events(people)
    if ac.capped:
        article.meta["capped_events"] = ac.capped
    try:
        from ..geo import locate_events
    except ImportError:
        locate_events = None
    if locate_events is not None and events:
        locate_events(article, seg, seg_docs, events)
    return events, quotes
