"""Step 7 of the coder: the event date of a trigger.

Rules (issue 2 "dates"; field cases C13, C18, C20, C21; seed): the date expressions attached to the trigger's clause
(:func:`dates_for`; each date entity cut to its date part, :func:`date_span`), resolved against the publication date
(:func:`eventwire.events.dates.resolve_expression`), or without one only when written in full ("in March 2012":
:func:`absolute_date`); a date that names only a year or a holiday ("in 2014", "on Christmas Day", "the 2017
offensive") dates the act but to no day or month (the schema has no bare year, ``YYYY-MM-DD`` or ``YYYY-MM`` only,
and no month is invented: date and date_basis stay empty), and a year before the publication's makes it historical;
a date premodifying a noun is that noun's act's (:func:`premodified_noun`: "condemned the 2017 offensive" is not
dated 2017); a statement made by its saying takes the saying's date (:func:`saying_dates`: "Iran said on Tuesday it
rejected the proposal", also when the parser hangs the clause on the noun of a phrase of the saying: "said Tuesday
in a statement that ...", :func:`eventwire.events.attribution.saying_of_noun_clause`), and so does the record of an
announced future or conditional act, which is the announcement -- the promise, warning or concession a recode rule
makes of it (:func:`made_by_announcing`: "Germany will send aid to Ukraine, Baerbock announced on Monday" is AGREE,
status future, dated Monday, ``date_basis: text``; without a date of the saying, the publication date: announced by
then); else the one non-speech date of the sentence (not one after publication for an act done by then:
:func:`after_publication`); a count of time ("within 72 hours", "gave them 72 hours") is no date
(:func:`count_of_time`); else, for an actual event, the publication date (``date_basis: publication``); never for
historical, future or hypothetical acts (an act still to come that stays one: "will impose sanctions" is SANCTION
future, undated), nor for an act timed by another act (:func:`timed_by_another_act`: "before Russia invaded
Ukraine").
"""
from __future__ import annotations

import re
from datetime import date

from ..actors.dictionaries import load_dictionaries
from ..lexicon import ordered, words
from spacy.tokens import Span

from ..nlp.views import VERBS, span_ents, span_text
from . import modality
from .attribution import SPEECH, attributions, may_hold
from .context import Dating
from .dates import resolve_expression
from .triggers import pattern_row

#: Times of day that a weekday may name ("Tuesday night").
TIMES_OF_DAY = words("time_of_day")
#: One-word dates the small model does not tag as DATE entities ("yesterday").
DATE_WORDS = words("date_word")
#: "last night": a time noun and the modifier that make an untagged date.
UNTAGGED_TIME_NOUNS = words("untagged_time_noun")
PAST_MODIFIERS = words("past_modifier")
#: The words whose tokens the last step of :func:`dates_for` reads (the others it passes by).
_WORD_DATES = UNTAGGED_TIME_NOUNS | DATE_WORDS
#: Words before "May" that make it the month, not the modal verb ("in May", "early May").
MONTH_LEAD_WORDS = words("month_lead_word")
#: The month that is also a modal verb.
MAY = "may"
#: Relative date words and phrases: when they cannot be resolved (a month-only publication date) the
#: publication month still holds; other unresolved dates ("in 2014", "on Christmas Day") point elsewhere.
RELATIVE_DATE = re.compile(r"\b(" + "|".join(map(re.escape, ordered("relative_date_word"))) + "|" + "|".join(
    r"\s+".join(map(re.escape, p.split())) for p in ordered("relative_date_phrase")) + r")\b", re.I)
#: Relative dates that span more than a day ("last week", "in recent days"): unresolved, they are no day and
#: the publication day does not stand in for them (issue 13).
SPAN_DATE = re.compile(r"\b(" + "|".join(map(re.escape, ordered("span_date_word"))) + r")\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)")
#: Phrases that put an act in an earlier year than the publication's without naming the year ("last year", "two years
#: ago"; lexicon ``past_year_phrase``).
PAST_YEAR = re.compile(r"\b(" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered("past_year_phrase"))
                       + r")\b", re.I)


def earlier_year(expr: str, pub: date) -> bool:
    """True when the date expression ``expr`` puts an act in a year before that of the publication date ``pub``:
    it names an earlier year ("in 2011", "March 2019") or says so ("last year", "two years ago"; lexicon
    ``past_year_phrase``). Such an act is background, PLOVER auxiliary mode historical (voa_news ANNOTATION.md:
    "historical: background, clearly long before the story's news")."""
    return any(int(y) < pub.year for y in _YEAR.findall(expr)) or bool(PAST_YEAR.search(expr))
#: Dependencies of a date that dates something else ("after last month's coup").
_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod")
#: Prepositions that put an act inside another dated one ("during the October 7 attack", "in the May 2 raid"): the
#: other act's date dates this one.
DURING_MARKS = ("during", "in", "amid")
#: A length of time, no date ("a two-day visit", "a 10-year-old conflict", "three-week talks").
DURATION = re.compile(r"^(?:\w+[- ])+(?:day|week|month|year|hour|minute)s?(?:[- ]long|[- ]old)?$", re.I)
#: Words that set an act in time against another act ("after Israel bombed Rafah", "before the invasion").
SEQUENCE_MARKS = words("sequence_mark")
#: Of these, the words that put the other act later ("weeks before Russia invaded Ukraine").
BEFORE_MARKS = words("before_mark")


def absolute_date(expr, future: bool = False):
    """``(iso, precision)`` of a date expression that names its year ("March 2012", "3 May 1998"), found
    without a publication date: it resolves identically against two anchors a century apart; None for a
    relative expression ("on Monday", "last week") or one that does not resolve."""
    a = resolve_expression(expr, date(1900, 6, 15), future=future, anchor_precision="day")
    b = resolve_expression(expr, date(2100, 6, 15), future=future, anchor_precision="day")
    return a if a and a == b else None


def is_country_name(ent) -> bool:
    """True for a DATE/TIME entity whose whole text is a country's name ("Police arrested ten people in Niger":
    the small English model tags "Niger" DATE): a place, never a date (the actor dictionaries'
    :meth:`~eventwire.actors.dictionaries.ActorDictionaries.country_of`)."""
    if any(ch.isdigit() for ch in ent.text):
        return False
    return load_dictionaries().country_of(ent.text) is not None


def dates_another_act(t) -> bool:
    """True for a noun of an act a date phrase climbing to its clause passes ("following the clash between the two
    leaders on Feb. 28", "weeks after the attack on its embassy on Monday"): the date is that act's, not the
    clause's (a pattern row of the verb dictionary, :func:`eventwire.events.triggers.pattern_row`, in a prepositional
    phrase). The object or subject of the clause's verb is the clause's act ("began a hunger strike on Monday to
    protest ...": Monday dates the protest too)."""
    return t.pos_ == "NOUN" and t.dep_ == "pobj" and pattern_row(t) is not None


#: Punctuation at which a date entity of the small English model runs on into words of the clause after it.
DATE_BREAKS = frozenset({",", ";", ":", "(", ")", "--", "\u2014", "\u2013"})


def date_span(ent):
    """The date part of a DATE/TIME entity that the small English model runs on across punctuation into the words
    after it: "fired two missiles into the sea on Sunday, South Korea's military said" is tagged ``Sunday, South
    Korea's``, whose syntactic root is then the comma hung on "said", and the day of the firing is read as the day of
    the saying. The entity is cut before the first piece after a break (:data:`DATE_BREAKS`) that names no point in
    time (:func:`names_a_time`), and before trailing punctuation. Unchanged: "Monday, March 4", "October 7, 2023",
    "Sunday" (a piece that names a time stays). Returns a :class:`spacy.tokens.Span` with the entity's label (the
    entity itself when nothing is cut). Source: English punctuation (a comma after an adverbial of time closes it);
    eventwire user tryout, stop 16."""
    doc = ent.doc
    end = ent.start + 1
    i = ent.start + 1
    while i < ent.end:
        if doc[i].text in DATE_BREAKS:
            j = i + 1
            while j < ent.end and doc[j].text not in DATE_BREAKS:
                j += 1
            if j == i + 1 or not names_a_time(doc[i + 1:j].text):
                break  # "Sunday, South Korea's": the words after the comma are no date
            end, i = j, j
            continue
        end = i = i + 1
    if end == ent.end:
        return ent
    return Span(doc, ent.start, end, label=ent.label)


def date_ents(sent) -> list:
    """The DATE and TIME entities of the sentence ``sent``, each cut to its date part (:func:`date_span`); the other
    entities as they are."""
    return [date_span(e) if e.label_ in ("DATE", "TIME") and len(e) > 1 else e for e in span_ents(sent)]


def speech_verb_of_date(ent):
    """The speech verb a date dates although the parser hangs it on the reported clause, or None: "Paris said on
    Monday it would sanction Russia" (``on Monday`` attached to ``sanction``): the date stands between a speech verb
    (:data:`~eventwire.events.attribution.SPEECH`) and the subject of the clause it governs (``ccomp``), so it
    belongs to the speech verb. Source: English word order (an adverbial before the complement clause's subject
    is outside that clause)."""
    t = ent.root
    for _ in range(3):
        if t.pos_ in VERBS or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in SPEECH:
        return None
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = subj.left_edge.i if subj is not None else t.left_edge.i
    return t.head if t.head.i < ent.start and ent.end <= first else None


def speech_date(ent) -> bool:
    """True for a date of the saying that the parser hangs on the reported clause (:func:`speech_verb_of_date`)."""
    return speech_verb_of_date(ent) is not None


def saying_dates(tok, sent) -> list[str]:
    """Date expressions of the saying that reports the clause of trigger ``tok``: those attached to the nearest
    speech verb that governs it or hangs off it (:func:`eventwire.events.attribution.attributions`), the trigger
    itself excluded -- "Iran said in a statement Wednesday that it rejected the proposal", "Beijing said on Tuesday
    it opposed the sanctions" (the date the parser hangs on the clause, :func:`speech_verb_of_date`), "'We reject
    it,' the ministry said on Friday". The caller uses them for a statement made by the saying (its only source is
    its own actor: :func:`eventwire.events.reporting.own_statement`), which happens when it is said (voa_news
    ANNOTATION.md: "'X warned Y' is the event itself"; PLOVER: the date of a verbal event is the day of the
    statement)."""
    for v in attributions(tok):
        if v.i == tok.i:
            continue
        exprs = dates_for(v, sent, "V")
        exprs += [e.text for e in date_ents(sent) if e.label_ in ("DATE", "TIME") and not is_country_name(e)
                  and (sv := speech_verb_of_date(e)) is not None and sv.i == v.i]
        if exprs:
            return exprs
    return []


#: Words after a count of time that measure it from another moment ("three days ago", "72 hours after the attack").
INTERVAL_ANCHORS = words("interval_anchor_word")


def count_of_time(ent) -> bool:
    """True for a DATE/TIME entity that counts units of time and names no point in time: a number and a unit
    (:data:`DURATION`; "72 hours", "14 days", "two weeks") that resolves against no publication date
    (:func:`names_a_time`) and is not measured from another moment (lexicon ``interval_anchor_word``: "three days
    ago", "two days later", "72 hours after the attack"). Shapes: a deadline ("must leave within 72 hours", "gave them
    72 hours to leave", "must leave in 14 days"), a span ("seized the town in two days of fighting"). It is the
    length of an act or of the time given for one, no date of any act, so it neither dates an act nor stands
    beside the sentence's one explicit day as a second date ("expelled the envoy and gave him 72 hours on Monday to
    leave": Monday dates the expulsion). Source: English grammar (a cardinal count of units measures time, an
    anchored one locates it)."""
    doc = ent.doc
    if not ent[0].like_num or not DURATION.match(ent.text) or names_a_time(ent.text):
        return False
    return not (ent.end < len(doc) and doc[ent.end].lower_ in INTERVAL_ANCHORS)


def length_of_time(ent) -> bool:
    """True for a DATE entity that is a length of time: after "for" or "to" ("jailed for two years", "sentenced to
    six years in prison"), or a count of time (:func:`count_of_time`: "within 72 hours", "gave them 72 hours"): no
    date of any act (:data:`DURATION`; "last month" is a date)."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("for", "to") and DURATION.match(ent.text):
        return True
    return count_of_time(ent)


#: A year written after a month and day: "October 7, 2023".
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def with_year(ent) -> str:
    """The text of a DATE entity with the year written right after it: "during the October 7, 2023 attack" -- the
    small English model tags "the October 7" and "2023" as two entities, and the month and day alone would be placed
    in the year before publication. Unchanged when the entity has a year of its own or none follows."""
    doc, i = ent.doc, ent.end
    if i + 1 < len(doc) and doc[i].text == "," and _YEAR.fullmatch(doc[i + 1].text) and \
            not any(_YEAR.fullmatch(t.text) for t in ent):
        return f"{ent.text}, {doc[i + 1].text}"
    return ent.text


def _year_of_previous(ent) -> bool:
    """True for a year entity that completes the month and day before it (:func:`with_year`)."""
    doc = ent.doc
    return len(ent) == 1 and _YEAR.fullmatch(ent.text) is not None and ent.start >= 2 and \
        doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "DATE"


def premodified_noun(ent):
    """The noun a date entity stands before as a modifier, or None: "after last month's coup" (``poss``), "the
    October 7 attack" (``compound``), "the 2017 offensive" (``nummod``: how the small English model hangs a bare
    year on a noun), through the nouns of a compound ("the 2014 Gaza war": the war). Such a date is the date of
    that noun's act (English grammar: a premodifier belongs to its noun phrase)."""
    t = ent.root
    if t.dep_ not in _MODIFIER_DEPS + ("nummod",) or t.head.i == t.i:
        return None
    n = t.head
    while n.dep_ == "compound" and n.head.i != n.i and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head
    return n if n.pos_ in ("NOUN", "PROPN") else None


def clause_act(n, anchors) -> bool:
    """True when the noun ``n`` names the act of the clause of a verb in ``anchors``: it is the active subject of
    that verb and the noun of an act (:func:`eventwire.events.triggers.pattern_row`): "the 2017 offensive killed
    hundreds of civilians", "last month's coup toppled the president" -- the killing is done in the offensive, so
    its date dates the clause. The object of the verb is another act ("the UN condemned the 2017 offensive": the
    condemnation is not of 2017), and so is a passive subject ("the 2015 deal was criticized by Trump")."""
    return n.dep_ == "nsubj" and n.head.i in anchors and n.head.pos_ in VERBS and pattern_row(n) is not None


def names_a_time(text: str) -> bool:
    """True for a date entity's text that names a point in time: a year ("2017", "the 1990s") or an expression that
    resolves against some publication date ("October 7", "Monday's", "last month's"); "annual", "two-day", "weekly"
    are no date of the act they modify."""
    return bool(_YEAR.search(text)) or resolve_expression(text, date(2000, 6, 15)) is not None


#: How far a date phrase climbs the parse to the word it dates in :func:`dates_for`. The climb stops at the first verb
#: (a date of another clause is that clause's) and at the noun of another act (:func:`dates_another_act`), so the
#: words it passes are the nouns and prepositions of a chain of prepositional phrases of the clause: "killed 20
#: soldiers at an army post in a village near the town of Djibo in northern Burkina Faso on Sunday" (the parser may
#: hang "on Sunday" on the chain's last noun). Widened from 6 (fresh user, stop 22).
CLIMB_STEPS = 10


def dates_for(tok, sent, pos: str, own=()) -> list[str]:
    """Date expressions attached to the trigger's clause (the trigger, and for a nominal trigger its verb):
    DATE/TIME entities, "on Tuesday night", "in May" (with its preposition), repeated dates ("on 28 December
    and again on Monday"), "last night", one-word dates the model leaves untagged, a date that premodifies the
    trigger's own noun ("Russia's 2022 invasion"; ``own``: indices of the trigger's words, "signed a 2019 agreement")
    or the noun of the clause's act (:func:`clause_act`), and the date of an act the trigger took place during
    ("during the October 7 attack", "during the 2019 protests": :data:`DURING_MARKS`) or the year of an act it
    follows or precedes ("arrested thousands after the 2016 coup attempt": a year, no day, :data:`SEQUENCE_MARKS`).
    A date premodifying any other noun is that noun's (:func:`premodified_noun`: "condemned the 2017 offensive")."""
    anchors = {tok.i}
    own = set(own)
    if pos == "N":
        anchors.add((tok.head if tok.dep_ != "pobj" else tok.head.head).i)
    exprs = []
    during: list[str] = []  # dates of an act the trigger took place in: used when the clause has no date of its own
    ents = date_ents(sent)  # read twice below
    for ent in ents:
        if ent.label_ not in ("DATE", "TIME") or is_country_name(ent) or _year_of_previous(ent):
            continue
        if ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in TIMES_OF_DAY:
            exprs.append(ent.text)  # "on Tuesday night": the day of a time of day
            continue
        n = premodified_noun(ent)
        if n is not None:
            if n.i == tok.i or n.i in own or clause_act(n, anchors):
                if names_a_time(ent.text):  # "Russia's 2022 invasion", "the 2017 offensive killed hundreds"
                    exprs.append(with_year(ent))
                continue
            if ent.label_ == "DATE" and n.dep_ == "pobj" and n.head.lower_ in DURING_MARKS and \
                    n.head.head.i in anchors and not DURATION.match(ent.text):
                during.append(with_year(ent))  # "abducted 200 people during the October 7 attack": the act within it
            elif ent.root.dep_ == "nummod" and n.dep_ == "pobj" and n.head.lower_ in SEQUENCE_MARKS and \
                    n.head.head.i in anchors and _YEAR.fullmatch(ent.text):
                exprs.append(ent.text)  # "arrested thousands after the 2016 coup attempt": the year bounds the act
            continue  # "after last month's coup", "condemned the 2017 offensive": the date of that act, not of this one
        if ent.root.dep_ in _MODIFIER_DEPS:
            continue
        if speech_date(ent):
            continue  # "said on Monday it would sanction": the day of the saying
        if length_of_time(ent):
            continue  # "jailed for two years", "sentenced to six years": a length of time, no date
        t = ent.root
        att = None
        for _ in range(CLIMB_STEPS):
            if t.head.i == t.i:
                att = t
                break
            t = t.head
            if t.pos_ in ("VERB", "AUX") or t.i in anchors:
                att = t
                break
            if dates_another_act(t):
                if within_act(t, anchors) and ent.label_ == "DATE" and not DURATION.match(ent.text):
                    during.append(with_year(ent))  # "killed 20 soldiers in an attack on an army post on Sunday"
                break  # "weeks after the attack on Monday": the attack's date
        if att is not None and att.i in anchors:
            prev = sent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            # "in May": the preposition tells the month from the modal verb
            exprs.append(f"{prev} {ent.text}" if ent.text.lower() == MAY and prev in MONTH_LEAD_WORDS else with_year(ent))
    if not exprs and len(during) == 1:  # one dated containing act ("in January and February articles": none)
        exprs.append(during[0])
    for ent in ents:  # "on 28 December and again on Monday": the event repeated
        if ent.label_ == "DATE" and ent.start >= 2 and sent.doc[ent.start - 2].lower_ == "again" and ent.text not in exprs:
            if exprs:
                exprs.append(ent.text)
    if not may_hold(sent, _WORD_DATES):
        return exprs  # none of the words read below is in the sentence (each word read is a new Token)
    for t in sent:
        low = t.lower_
        if low in UNTAGGED_TIME_NOUNS:  # its children only then (each child is a new Token)
            last = next((c for c in t.children if c.lower_ in PAST_MODIFIERS), None)
            if last is not None and (t.head.i in anchors or t.head.head.i in anchors):
                exprs.append(f"{last.lower_} {low}")  # "last night": not an entity for the small model
        if low in DATE_WORDS and not t.ent_type_:
            if t.head.i in anchors or (t.head.head.i in anchors and t.head.pos_ not in VERBS):
                # through a preposition or noun only: "overnight" on a clause the anchor reports ("drones struck
                # overnight, officials said") is that clause's date, not the saying's
                exprs.append(t.text)
    return exprs


def within_act(n, anchors) -> bool:
    """Rule ``date_of_containing_act``: True when the act noun ``n`` a date phrase climbs to is the act the trigger's
    clause took place in: the object of a preposition of :data:`DURING_MARKS` ("in", "during", "amid") on a word of
    the clause (``anchors``): "Islamist militants killed at least 20 soldiers in an attack on an army post in northern
    Burkina Faso on Sunday" (the parser hangs "on Sunday" on "attack", or on the last noun of the chain of
    prepositional phrases after it), "Police arrested ten people during a raid on a mosque on Friday". The killing is
    done in the attack, so the attack's date is the killing's, as a premodifying date of the containing act is
    ("during the October 7 attack", :func:`dates_for`). A date of an act the clause follows or precedes ("weeks
    after the attack on Monday") stays that act's. Source: English grammar (a prepositional phrase of place or
    time inside the object of "in" still locates the containing act); eventwire fresh user, stop 22."""
    return n.dep_ == "pobj" and n.head.lower_ in DURING_MARKS and n.head.head.i in anchors


#: Relative pronouns that, as the object of a preposition of :data:`DURING_MARKS`, open a clause set inside its
#: antecedent ("a war in which ...", "the protests, during which ...").
_WHICH = ("which", "whom")


def within_relative_dates(tok, sent) -> list[str]:
    """Rule ``within_dated_antecedent``: the date expressions of the antecedent of a relative clause that sets the
    trigger ``tok`` inside it: the clause (the trigger's verb, or the verb of a nominal trigger) is a relative clause
    opened by "in which", "during which", "amid which" (:data:`DURING_MARKS`), and its antecedent is the noun of an
    act with a date of its own clause ("Armenia and Azerbaijan fought a six-week war in 2020, in which more than 6,500
    people were killed": the killing is in 2020 and historical; :func:`dates_for` of the antecedent) or, as the
    parser often hangs the clause, the date itself ("... a war in 2020, in which ..."). The act of the relative
    clause took place within the antecedent act, so it shares its date and, through it, its status (a year before
    the publication's makes it historical, :func:`event_dates`). Empty otherwise. Source: English grammar ("in
    which" makes the antecedent the clause's setting); ANNOTATION.md ("historical: background, clearly long before
    the story's news"); eventwire fresh user, stop 22.

    The antecedent may also be a thing or place of the dated clause, where the act took place ("fought a war in
    2020 over Nagorno-Karabakh, in which ...", as the parser hangs it; "the UN released a report on Tuesday in
    which it accused Russia of war crimes"): the date of the antecedent's clause is the setting's. A date of the
    relative clause's own ("in which thousands were killed in 2022") comes first (:func:`event_dates`)."""
    clause = tok if tok.pos_ in VERBS else tok.head
    if clause.dep_ != "relcl" or not any(
            c.dep_ == "prep" and c.lower_ in DURING_MARKS and any(o.lower_ in _WHICH for o in c.children)
            for c in clause.children):
        return []
    ante = clause.head
    if ante.ent_type_ == "DATE":
        ent = next((e for e in date_ents(sent) if e.start <= ante.i < e.end and e.label_ == "DATE"), None)
        return [with_year(ent)] if ent is not None and names_a_time(ent.text) else []
    if ante.pos_ in ("NOUN", "PROPN"):
        return dates_for(ante, sent, "N")
    return []


def fronted_year(tok, sent, pub: date | None = None) -> list[str]:
    """Rule ``fronted_date_scope``: the date adjunct fronted before the subject of the main clause, when the
    trigger ``tok`` is in a clause of sequence of that clause's verb ("In 2016, Saudi Arabia severed diplomatic
    relations with Iran after protesters stormed its embassy in Tehran": the storming is in 2016 too), and the date
    names no day ("in 2016", "in March 2016", "last year"; a day, "On Monday, ...", may not be the day of the act
    the main act followed). A time adjunct put before the subject scopes over the whole sentence, the clauses
    hung on its verb included; the act timed by another act (:func:`timed_by_another_act`) otherwise takes no
    date of the sentence. A year before the publication's (:func:`earlier_year`) of the main clause written after
    its verb is shared too when the clause tells what came before ("Israel struck Gaza in 2019 after Hamas fired
    rockets": no later than 2019, so historical as well; not "before", :data:`BEFORE_MARKS`). Empty otherwise.
    Source: English grammar (a sentence-initial adverbial of time sets the time of the whole sentence);
    eventwire fresh user, stop 22."""
    clause = tok if tok.pos_ in VERBS else tok.head
    if not _sequence_clause(clause):
        return []
    main = clause.head
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > main.i:
        return []
    earlier = pub is not None and not any(m.dep_ == "mark" and m.lower_ in BEFORE_MARKS for m in clause.children)
    out = []
    for ent in date_ents(sent):
        if ent.label_ != "DATE" or is_country_name(ent) or length_of_time(ent) or clause.left_edge.i <= ent.start:
            continue
        if ent.end > subj.left_edge.i and not (earlier and earlier_year(ent.text, pub)):
            continue
        t = ent.root
        while t.dep_ in ("pobj", "prep") and t.head.i != t.i and t.head.i != main.i:
            t = t.head
        if t.head.i != main.i or t.dep_ not in ("prep", "npadvmod", "pobj"):
            continue
        day = resolve_expression(ent.text, date(2000, 6, 15)) or absolute_date(ent.text)
        if day and day[1] == "day":
            continue  # "On Monday, ... after ...": the act followed may be of another day
        out.append(with_year(ent))
    return out


def _sequence_clause(v) -> bool:
    """True for a clause verb marked by a sequence word ("after Israel bombed Rafah")."""
    return v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in v.children)


def timed_by_another_act(tok, rows: dict) -> bool:
    """True when the trigger ``tok`` is timed by another act rather than by the day of publication: it sits in
    a clause or phrase of sequence ("The talks collapsed after Israel bombed Rafah", "weeks before the
    invasion"), or it is the act done before another coded act or an interval before it ("Biden visited Kyiv
    weeks before Russia invaded Ukraine", "halted sanctions before Russia invaded Ukraine"). Such an act takes
    only a date of its own clause: neither the publication day nor the sentence's other date stands in (issue
    13). ``rows``: token index -> pattern row of the sentence's triggers. Lexicon ``sequence_mark``,
    ``before_mark``."""
    clause = tok if tok.pos_ in VERBS else tok.head
    if _sequence_clause(clause) or (tok.dep_ == "pobj" and tok.head.lower_ in SEQUENCE_MARKS):
        return True
    for c in clause.children:
        if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in BEFORE_MARKS for m in c.children):
            continue
        if any(x.dep_ == "npadvmod" and x.ent_type_ == "DATE" for x in c.children):
            return True  # "weeks before ...": an interval before another act
        if any(x.i in rows and x.i != tok.i for x in c.subtree) and not any(x.dep_ == "aux" for x in c.children):
            return True  # "... before Russia invaded Ukraine": before another act that happened
    return False


def sentence_dates(sent, clauses: bool = False) -> list:
    """Date expressions of the sentence not attached to a speech verb, nor lengths of time (:func:`length_of_time`);
    with ``clauses``, ``(expression, token it is attached to)`` pairs, where that token is the noun of an act for a
    date of that act (:func:`dates_another_act`: "the 2004 bombing", "following the clash on Feb. 28"). A date
    premodifying a noun (:func:`premodified_noun`) is the clause's when that noun is its act (:func:`clause_act`: "the
    2017 offensive killed hundreds"), else a year is that noun's act's ("condemned the 2017 offensive") and other
    premodifiers ("last month's coup") are no date of the sentence."""
    out = []
    for ent in date_ents(sent):
        if ent.label_ not in ("DATE", "TIME") or is_country_name(ent) or speech_date(ent) or length_of_time(ent):
            continue  # ... and a length of time ("sentenced to six years") is no date of the sentence
        n = premodified_noun(ent)
        if n is not None:
            if clause_act(n, {n.head.i}) and names_a_time(ent.text) and n.head.lemma_.lower() not in SPEECH:
                out.append((ent.text, n.head) if clauses else ent.text)  # "the 2017 offensive killed hundreds"
            elif ent.root.dep_ == "nummod" and pattern_row(n) is not None:
                out.append((ent.text, n) if clauses else ent.text)  # "condemned the 2017 offensive": that act's
            continue  # "after last month's coup": that act's date, no date of the sentence
        if ent.root.dep_ in _MODIFIER_DEPS:
            continue
        t = ent.root
        for _ in range(6):
            if t.head.i == t.i:
                break
            t = t.head
            if t.pos_ in ("VERB", "AUX") or dates_another_act(t):
                break
        if t.lemma_.lower() not in SPEECH:
            out.append((ent.text, t) if clauses else ent.text)
    return out


def coordinated(tok, other) -> bool:
    """True when the clause of the trigger ``tok`` (its verb, or the verb of a nominal trigger) and the verb ``other``
    are coordinated ("arrested Zamora in 2022 and later froze its assets", "had been arrested and sentenced ... in
    2011"): one telling of two acts, which share a date that only one of them carries. A date of another clause of
    the sentence ("blamed ... for withdrawing in 2017", "fatalities in 2024") is that clause's."""
    clause = tok if tok.pos_ in VERBS else tok.head
    return other.pos_ in VERBS and other.i != clause.i and other in clause.conjuncts


def same_time(clause, sent, future: bool) -> bool:
    """True when the clause a shared date is attached to is as future as the act it would date: a future act
    ("will cease military aid") takes no date of a past clause ("following the clash on Feb. 28", "after talks
    held on Jan. 15"), nor a past act ("arrested ten protesters") the date of a future one ("and will charge them
    on Monday"). (:func:`eventwire.events.modality.status`.)"""
    return (modality.status(clause, sent) == "future") == future


#: A date written in numbers, "03/04/2023", "13.04.2023" (day, month and year in either order; the parser tags them
#: as places, so no date entity carries them).
NUMERIC_DATE = re.compile(r"(?<![\d/.\-])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/\-]|\.\d)")


def numeric_dates(text: str) -> list[tuple[str, str] | None]:
    """The numeric dates of ``text`` (:data:`NUMERIC_DATE`), each as ``(ISO date, "day")`` when it reads one way only
    ("13/04/2023": a first number over 12 is the day; "04/13/2023": a second one is), or None when it reads both ways
    ("03/04/2023" is 3 April in Europe and March 4 in the United States) or is no calendar date. An ambiguous
    written date is no reason to take the publication date instead (GDELT and POLECAT date by the text when they
    can)."""
    out: list = []
    for m in NUMERIC_DATE.finditer(text):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 >= b:
            d, mo = a, b
        elif b > 12 >= a:
            d, mo = b, a
        else:
            out.append(None)
            continue
        try:
            out.append((date(y, mo, d).isoformat(), "day"))
        except ValueError:
            out.append(None)
    return out


def made_by_saying(said, status: str) -> bool:
    """True for an actual statement made by the saying that reports it: ``said`` (its
    :class:`~eventwire.events.context.Reporting`) names sources but does not mark it reported, which
    :func:`eventwire.events.reporting.own_statement` does for a speech act whose only source is its own actor ("Iran
    said on Wednesday it rejects the proposal", "said Wednesday it would not accept the proposal": a refusal made
    now, status actual)."""
    return said is not None and bool(said.sources) and not said.reported and status == "actual"


def made_by_announcing(coding) -> bool:
    """True for a record whose act is the announcement of a future or conditional act: a recode rule
    (:data:`eventwire.events.recode.RECODE_TABLE`) turned the act announced -- status ``future`` or ``hypothetical``
    before recoding (``coding.time_status``) -- into the act of announcing it, status ``actual``: a promise ("Germany
    will send aid to Ukraine, Baerbock announced on Monday": AGREE, ``future-as-agree``), a threat ("Russia will
    strike any ship, the Kremlin said on Monday": THREATEN), a concession offered ("will withdraw its troops":
    CONCEDE). The announcement is the event the record stands for and the day the event is known from, so with no
    date of its own (:func:`dates_for` of the act announced: "will meet in March" keeps March, as the seed's AGREE of
    the meeting does) it takes the day of the saying that announces it (:func:`saying_dates`), whoever says it, and
    else the publication date (it was announced by then). The record's own status (``record_status``: future for a
    promise) says the act promised is still to come. Source: PLOVER manual, AGREE/CONCEDE/THREATEN (future acts are
    coded as the promise or warning); ANNOTATION.md ("date: the event date resolved against the story's published
    date ... the publication date when the text gives no date"); eventwire user tryout, stop 16."""
    return coding.rule is not None and coding.status == "actual" and coding.time_status in ("future", "hypothetical")


def reported_by_dated_saying(tok, sent, pub: date | None, pub_prec: str | None) -> list[tuple[str, str]]:
    """The day of the saying that reports the act of trigger ``tok``, as ``[(iso, "day")]``, or ``[]``: the date
    attached to the nearest speech verb that governs or reports the trigger (:func:`saying_dates`; "the foreign
    ministry said on Friday", "said in a statement on Friday", "a statement on Tuesday said", "officials said
    Monday", "told reporters Thursday", "announced on Friday that it had ordered", "'We ordered him to leave,' the
    ministry said on Friday"), resolved against the publication date ``pub`` as today (the most recent such day on or
    before it), or without one only when written in full (:func:`absolute_date`).

    Rule ``attribution_date``: an actual act with no date of its own and no other date of the sentence to share,
    which the text tells through a dated saying ("Niger's junta ordered the French ambassador to leave within 48
    hours, the foreign ministry said on Friday"), took place no later than the day it was reported; that day, not
    the publication date, is the latest day of the act the text gives. The record says so with ``date_basis``
    ``attribution`` (the day of the report, not of the act: the act may be earlier; corroboration gives it the
    publication date's window, :func:`eventwire.corroboration.linking.dates_within_window`). An act with a date of
    its own keeps it ("Russia attacked the ports on Monday, officials said on Wednesday": Monday). Only a day
    bounds the act: a saying dated to a span or month ("said last week", "said this month") leaves the publication
    date, and so does a saying dated after publication. Source: ANNOTATION.md ("date: the event date resolved
    against the story's published date ... the publication date when the text gives no date"): the day of the
    report is the text's date nearest to the act, the publication date only the outlet's; eventwire user tryout,
    stop 17."""
    out: list[tuple[str, str]] = []
    for expr in saying_dates(tok, sent):
        r = resolve_expression(expr, pub, future=False, anchor_precision=pub_prec or "day") if pub is not None \
            else absolute_date(expr)
        if not r or r[1] != "day" or (pub is not None and after_publication(r, pub)):
            continue
        if r not in out:
            out.append(r)
    return out


def after_publication(resolved, pub: date) -> bool:
    """True when the resolved date ``resolved`` (``(iso, precision)``) lies after the publication date ``pub``: a
    later day, or for month precision a later month ("tomorrow", "next month"). Only a future act can happen then;
    an act done by publication cannot (:func:`event_dates`)."""
    iso, prec = resolved
    if prec == "month":
        return iso > pub.isoformat()[:7]
    return iso > pub.isoformat()


def _another_act_noun(t) -> bool:
    """True for a token a shared date is attached to that is the noun of another act (:func:`dates_another_act`;
    "condemned the 2017 offensive": :func:`sentence_dates`)."""
    return dates_another_act(t) or (t.pos_ in ("NOUN", "PROPN") and t.dep_ != "ROOT" and pattern_row(t) is not None)


#: A relative year phrase alone ("last year", "this year", "next year").
_RELATIVE_YEAR_ALONE = re.compile(r"(?:in\s+)?(?:last|this|next)\s+year", re.I)


def with_relative_year(exprs: list[str]) -> list[str]:
    """Rule ``month_of_relative_year`` across entities: "visited Beijing last year in April" (two date entities,
    "last year" and "April") is April of last year, as "in April last year" is (:func:`eventwire.events.dates.
    year_of_relative`); the year phrase joins each other expression of the clause. Unchanged otherwise."""
    years = [e for e in exprs if _RELATIVE_YEAR_ALONE.fullmatch(e.strip())]
    rest = [e for e in exprs if e not in years]
    if len(years) != 1 or not rest:
        return exprs
    return [f"{e} {years[0].strip()}" for e in rest]


def background_relative(tok, dated) -> bool:
    """Rule ``background_relative``: True when the trigger ``tok`` (or the verb of a nominal trigger) is in a relative
    clause and the sentence's one date (attached to ``dated``) is outside it: "Hungary, which has blocked several EU
    sanctions packages, met Chinese officials on Monday", "the rebels, who attacked the convoy, were arrested on
    Tuesday". The relative clause tells of a party what it did before, as background; the main clause's date is the
    main act's, not the background act's, and the publication date does not stand in for it either (the text dates
    it to no day). Source: ANNOTATION.md ("date: the event date resolved against the story's published date");
    eventwire fresh user, stop 21 (t20)."""
    clause = tok if tok.pos_ in VERBS else tok.head
    for _ in range(3):
        if clause.dep_ == "relcl":
            return dated.i not in {t.i for t in clause.subtree}
        if clause.pos_ in VERBS or clause.head.i == clause.i:
            break
        clause = clause.head
    return False


#: Nouns of the commemoration of an earlier act ("the 85th anniversary of the German invasion").
COMMEMORATION_NOUNS = words("commemoration_noun")


def commemorated_act(tok) -> bool:
    """Rule ``commemorated_act``: True for an act noun in the "of" phrase of a commemoration noun (lexicon
    ``commemoration_noun``): "On Tuesday, Poland marked the 85th anniversary of the German invasion of 1939",
    "Kuwait marked the anniversary of the Iraqi invasion", "the centenary of the massacre". The act is commemorated,
    not done: it took place a year or more before the commemoration, so the commemoration's date ("on Tuesday") and
    the publication date do not date it, and an actual act is historical (a year of its own, "the invasion of 1990",
    still dates it, :func:`event_dates`). Source: ANNOTATION.md ("historical: background, clearly long before the
    story's news"); eventwire fresh user, stop 21 (t12)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in COMMEMORATION_NOUNS


#: PLOVER types (lower case) of acts that answer an earlier act named as their object (lexicon ``reaction_event_type``).
REACTION_TYPES = words("reaction_event_type")


def answered_act(tok, rows: dict) -> bool:
    """Rule ``answered_act``: True for a nominal trigger ``tok`` that is the act another coded act of the sentence
    answers: the object of its verb or of a preposition on it ("France on Monday condemned the arrest of a French
    aid worker", "Germany summoned China's ambassador on Tuesday to protest against the detention of a German
    journalist", "police are investigating the killing of a journalist"), where that verb's row (``rows``: token
    index -> pattern row) is of a type of :data:`REACTION_TYPES` (ACCUSE, PROTEST, INVESTIGATE). The act answered
    happened before the answer, on a day the text does not give: the answer's date does not date it (only a date of
    its own noun does: "the arrest on Friday"), and when the sentence dates the answer the publication date does not
    stand in either (:func:`event_dates`). A preposition of a containing act ("killed in an attack",
    :data:`DURING_MARKS`) or of sequence ("after the detention", timed by another act) is no answer. Source:
    ANNOTATION.md ("date: the event date resolved against the story's published date"); PLOVER manual, ACCUSE (a
    verbal act about another's act); eventwire fresh user, stop 22."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "dobj":
        g = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ not in DURING_MARKS and tok.head.lower_ not in SEQUENCE_MARKS:
        g = tok.head.head
    else:
        return False
    return g.i != tok.i and g.i in rows and rows[g.i].event.lower() in REACTION_TYPES


def event_dates(trig, coding, sent, article, pub, pub_prec, rows: dict | None = None, said=None) -> Dating:
    """The dates of one trigger (see module doc): ``coding`` gives the status before recoding (future
    expressions resolve forward) and after it; ``article``'s ``publication_date`` as written stands in for
    actual events; ``rows`` (token index -> pattern row of the sentence's triggers) tells an act timed by
    another (:func:`timed_by_another_act`); ``said`` (the trigger's
    :class:`~eventwire.events.context.Reporting`) tells a statement made by its saying, which takes the saying's
    date when it has none of its own (:func:`made_by_saying`, :func:`saying_dates`: "Iran said on Tuesday it rejected
    the proposal"). Returns a :class:`~eventwire.events.context.Dating` (one record per date)."""
    future = coding.time_status == "future"
    status = coding.status
    answered = trig.row.pos == "N" and answered_act(trig.token, rows or {})
    # "condemned on Monday the arrest of ...": the date of the answer is not the arrest's; a date of its own noun is
    own_exprs = dates_for(trig.token, sent, "V" if answered else trig.row.pos, own=(t.i for t in trig.tokens))
    forward = future
    if not own_exprs and (made_by_saying(said, status) or made_by_announcing(coding)):
        # the statement is made when it is said, before publication ("said Wednesday it would not accept"); so is
        # the promise or warning of an announced act ("Germany will send aid, Baerbock announced on Monday")
        own_exprs, forward = saying_dates(trig.token, sent), False
    if not own_exprs:
        # "fought a war in 2020, in which 6,500 people were killed"; "In 2016, ... after protesters stormed ..."
        own_exprs = within_relative_dates(trig.token, sent) or fronted_year(trig.token, sent, pub)
    own_exprs = with_relative_year(own_exprs)
    dates: list = []
    for expr in own_exprs:
        r = resolve_expression(expr, pub, future=forward, anchor_precision=pub_prec or "day") if pub is not None \
            else absolute_date(expr, future=forward)
        if not r and len(numeric := numeric_dates(expr)) == 1:
            r = numeric[0]  # "on 13/04/2023" (None when it reads both ways)
        if r and r not in dates:
            dates.append(r)
    # "Russia invaded Ukraine in 2014", "in the 1990s", "on Christmas Day": the text dates the act but not to a
    # day or month; the publication date must not stand in for it, and a year before the publication's makes
    # the act historical
    coarse = not dates and any(not RELATIVE_DATE.search(e) or (SPAN_DATE.search(e) and pub_prec != "month")
                               for e in own_exprs)
    coarse = coarse or (not dates and timed_by_another_act(trig.token, rows or {}))
    if not dates and commemorated_act(trig.token):
        coarse = True  # "marked the anniversary of the invasion": long before the commemoration's day
        if status == "actual":
            status = "historical"
    if coarse and status == "actual" and pub is not None and any(earlier_year(e, pub) for e in own_exprs):
        status = "historical"
    if not dates and pub is not None and not coarse:
        # one non-speech date in the sentence covers its other events ("did not open fire ..., but it detained
        # ... on Saturday night")
        shared = sentence_dates(sent, clauses=True)
        if answered and shared:
            coarse = True  # "Germany on Tuesday summoned ... to protest against the detention of": not on Tuesday
        elif len(shared) == 1 and background_relative(trig.token, shared[0][1]):
            coarse = True  # "Hungary, which has blocked sanctions, met Chinese officials on Monday": not on Monday
        elif len(shared) == 1 and not _another_act_noun(shared[0][1]) and same_time(shared[0][1], sent, future):
            r = resolve_expression(shared[0][0], pub, future=future, anchor_precision=pub_prec or "day")
            unplaced = not r
            if r and not future and after_publication(r, pub):
                r = None  # "released 20 hostages, with more to be freed tomorrow": the later act's date, not this one's
            if r:
                dates.append(r)
            elif status == "actual" and earlier_year(shared[0][0], pub) and coordinated(trig.token, shared[0][1]):
                # "in 2022, authorities arrested Zamora and later froze its assets", "had been arrested and sentenced
                # ... in 2011": the earlier year of the coordinated act dates this one too -- to no day, historical
                status, coarse = "historical", True
            elif unplaced and coordinated(trig.token, shared[0][1]):
                # "Last week, Ali accused Caracas ... and asked the Security Council to intervene" published on 8
                # December: the week spans two months, so the text dates both acts to no month, as it does the
                # first; the publication date does not stand in for the second (fresh user)
                coarse = True
    if not dates and not own_exprs:
        # "clashed in Jenin on 03/04/2023": the one numeric date of the sentence dates it when it reads one way only;
        # read both ways, it dates nothing, and the publication date does not stand in for it
        numeric = numeric_dates(span_text(sent))  # = sent.text, cut from the Doc's text joined once
        if len(numeric) == 1:
            if numeric[0] is None:
                return Dating([(None, None)], None, status)
            dates.append(numeric[0])
    if dates:
        return Dating(dates, "text", status)
    if status == "actual" and not coarse and not own_exprs and \
            (reported := reported_by_dated_saying(trig.token, sent, pub, pub_prec)):
        # "ordered the ambassador to leave, the foreign ministry said on Friday": reported by Friday
        return Dating(reported, "attribution", status)
    if pub is not None and status == "actual" and not coarse:  # never for historical or future acts
        return Dating([(article.publication_date, pub_prec)], "publication", status)
    return Dating([(None, None)], None, status)
