"""Background in descriptive phrases: the drop rules for acts a story tells only to describe a party.

A news story describes the parties it names: what they are known for ("the newspaper, known for its investigations
into corruption"), and, for a person named in a list of members, who that person is ("his clients include the
family of journalist Jane Doe, who was killed in a car bombing in 2017"). Such a description is no act the story
reports (voa_news ANNOTATION.md: code a concrete interaction, no commentary; PLOVER manual: an event is an
interaction of political actors). Each rule takes ``(trigger, parties, sentence context, resolver)`` like the drop
rules of :mod:`eventwire.events.admission` (which lists them in ``DROP_BEFORE_CODING``) and returns True to drop.

What stays (the annotators of the training stories code it): a relative clause on a party the sentence reports
about ("Mr Hague, who stepped down after his party's 2001 election defeat, does not rule out a return"; "the two
countries, which fought a bitter border war from 1998 to 2000"; "a protest by farmers, who marched to Delhi in
2018"), and a past act told as a past act ("many have been murdered in previous attacks").
"""
from __future__ import annotations

from ..lexicon import words

#: Words of repute whose "for" phrase tells what a party is known for (lexicon ``repute_word``: "known",
#: "famous", "notorious", "renowned", "reputation").
REPUTE_WORDS = words("repute_word")
#: Words that introduce the members of a group (lexicon ``member_listing_word``: "include", "among").
MEMBER_LISTING_WORDS = words("member_listing_word")
#: Relative pronouns of a person ("who", "whom", "whose").
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})
#: Links of the words inside a "for" phrase down to the trigger ("known for its investigations into corruption",
#: "known for attacking journalists", "known for his extortion and abduction rackets").
FOR_PHRASE_DEPS = frozenset({"pobj", "pcomp", "prep", "conj", "compound", "nmod", "amod", "dobj", "poss", "cc"})


def _repute(tok) -> bool:
    """True for a word of lexicon ``repute_word`` (its form or lemma; "known" is the participle, not "know")."""
    return tok.lower_ in REPUTE_WORDS or (tok.pos_ == "NOUN" and tok.lemma_.lower() in REPUTE_WORDS)


def known_for_description(trig, parties, sc, res) -> bool:
    """Rule ``known_for_description``. Shape: the trigger is inside the "for" phrase of a word of repute (lexicon
    ``repute_word``: "known", "famous", "notorious", "renowned", "noted", "reputation"), reached from the "for" by
    the links of a noun phrase or a gerund (:data:`FOR_PHRASE_DEPS`): "the newspaper was known for its
    investigations into corruption", "Rajkhowa, who is known for his extortion and abduction rackets, remains
    elusive", "the group, notorious for kidnapping foreigners, ...", "a militia with a reputation for attacks on
    civilians". The phrase tells what kind of party it is, no act at any time or place: the story reports no
    investigation, kidnapping or attack by telling it (PLOVER manual: an event is an interaction of political
    actors; voa_news ANNOTATION.md: code a concrete interaction). On the training stories the four sentences of this
    shape ("The church is known for supporting the Black Lives Matter movement", "a firm known for being thorough",
    "Rajkhowa, who is known for his gunrunning, extortion and abduction rackets", "Martelly, known for
    obscenity-laced antics") hold no annotated event. Stays: the sentence's own act ("the group, known for its
    attacks, attacked a convoy on Monday": "attacked" is outside the phrase), "was praised for its investigations"
    and "was arrested for attacking police" (no word of repute)."""
    t = trig.token
    for _ in range(8):
        if t.dep_ not in FOR_PHRASE_DEPS or t.head.i == t.i:
            return False
        if t.dep_ == "prep" and t.lower_ == "for":
            return _repute(t.head)
        t = t.head
    return False


def _relative_clause(tok):
    """The relative clause the trigger ``tok`` (or the verb of a nominal trigger) is in, up to three links up
    (:func:`eventwire.events.event_dates.background_relative` reads it the same way), or None."""
    clause = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if clause.dep_ == "relcl":
            return clause
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _person_relative(clause) -> bool:
    """True when the relative clause ``clause`` opens with a relative pronoun of a person (:data:`PERSON_RELATIVES`):
    "who was killed", "whom police arrested", "whose parents were forced out" (the pronoun as an owner)."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.lower_ in PERSON_RELATIVES or any(
        t.lower_ in PERSON_RELATIVES and t.tag_ in ("WP", "WP$") for t in clause.children) or any(
        g.lower_ == "whose" for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)


def _listed_member(noun) -> bool:
    """True when ``noun`` (the antecedent of a relative clause) names a member of a group, through appositions, "of"
    phrases ("the family of journalist Jane Doe") and coordination: the object or attribute of "include"
    ("his clients include the family of ..."), the object of "among", or the subject of a copula with an "among"
    phrase ("among the victims was a cousin of ..."); a list the parser hangs on the subject of "include" as its
    apposition ("his clients include X; Y; and the family of ..."). Lexicon ``member_listing_word``; "including" is
    not one of them: "police arrested 20 people, including two who attacked the convoy" tells of the arrested what
    they did, an act the story reports."""
    n, apposed = noun, False
    for _ in range(6):
        if n.dep_ in ("appos", "conj", "compound"):
            apposed = apposed or n.dep_ == "appos"
            n = n.head
        elif n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            n = n.head.head
        else:
            break
    head = n.head
    if n.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in MEMBER_LISTING_WORDS:
        return True  # "his clients include the family of ..."
    if apposed and n.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in MEMBER_LISTING_WORDS:
        return True  # "his clients include X; Y; and the family of ...": the parser hangs the list on the subject
    if n.dep_ == "pobj" and head.lower_ in MEMBER_LISTING_WORDS:
        return True  # "the dead were among the relatives of ..."
    return n.dep_ in ("nsubj", "attr") and any(
        c.dep_ == "prep" and c.lower_ in MEMBER_LISTING_WORDS for c in head.children)  # "among them was ..."


def _dated_before_publication(clause, res) -> bool:
    """True when the relative clause ``clause`` holds a date of its own in a year before the publication's
    (:func:`eventwire.events.event_dates.earlier_year`: "in 2017", "in the 1960s", "last year"): the clause tells of
    a past the story's news is not (voa_news ANNOTATION.md: "historical: background, clearly long before the story's
    news"). False without a publication date to the day (the resolver's ``pub_date``)."""
    from .event_dates import earlier_year
    pub = getattr(getattr(res, "ctx", None), "pub_date", None)
    if pub is None:
        return False
    inside = {t.i for t in clause.subtree}
    return any(ent.label_ == "DATE" and ent.start in inside and earlier_year(ent.text, pub)
               for ent in clause.doc.ents)


def listed_person_background(trig, parties, sc, res) -> bool:
    """Rule ``listed_person_background``. Shape: the trigger is in a relative clause of a person ("who", "whom",
    "whose": :func:`_person_relative`) dated to a year before the publication's (:func:`_dated_before_publication`),
    on a noun that names a member of a group listed by "include" or "among" (lexicon ``member_listing_word``),
    directly or through an apposition or an "of" phrase (:func:`_listed_member`): "his clients include the family of
    journalist Jane Doe, who was killed in a car bombing in 2017", "the victims included Ahmed Ali, a lawyer who had
    criticised the government in 2019", "among the delegates was a cousin of the president, who led the 2011
    protests in Cairo in 2011". The story lists the members of a group (clients, victims, delegates) and says who
    one of them is, by what was done long before: the clause identifies the person, it reports nothing the story is
    about (voa_news ANNOTATION.md: code a concrete interaction, "historical: background, clearly long before the
    story's news" -- the background of the story's events, not of a listed person; PLOVER manual: an event is an
    interaction of political actors). On the training stories records on relative clauses of listed people ("Among
    those victims was a cousin of Greitens, who called opioid abuse ...", "They included Shakila Sarajulldin, an
    Afghani woman who ...") stand in sentences with no annotated event. Stays: an undated or recent clause, which
    may tell the news itself ("among the dead was a soldier who was killed by a roadside bomb", "the delegation
    included Sergei Lavrov, who met Chinese officials on Tuesday"); a relative clause on a party that is not
    listed ("Mr Hague, who stepped down after his party's 2001 election defeat, does not rule out a return", "the
    two countries, which fought a border war from 1998 to 2000", "a protest by farmers, who marched to Delhi in
    2018": annotated on the training stories); a place ("attacks in 2015, including at the Bardo Museum, where 22
    people were killed"); and the sentence's own act."""
    clause = _relative_clause(trig.token)
    if clause is None or not _person_relative(clause) or not _dated_before_publication(clause, res):
        return False
    return _listed_member(clause.head)


#: Modifiers that set a class of acts in the past (lexicon ``bygone_modifier``: "past", "previous", "earlier").
BYGONE_MODIFIERS = words("bygone_modifier")
#: Links of a word that picks out particular acts of a class ("the", "its", "two", "Sunday's").
PARTICULAR_DEPS = frozenset({"det", "poss", "nummod"})


def bygone_acts_in_general(trig, parties, sc, res) -> bool:
    """Rule ``bygone_acts_in_general``. Shape: a plural noun trigger with a modifier of lexicon ``bygone_modifier``
    ("past", "previous", "earlier", "prior") and no word that picks out particular acts (no article, owner or number:
    :data:`PARTICULAR_DEPS`) or date of its own: "Past attacks in the region were claimed by Islamic State", "Islamic
    State has claimed previous bombings in Kabul", "earlier protests were dispersed by police". The phrase names
    a class of acts done at unnamed times, as background to the news (who usually does such things), no act the
    story reports (voa_news ANNOTATION.md: code a concrete interaction; "historical" is background, but a dated or
    particular act). Stays: the act the sentence tells ("many villagers have been murdered by Boko Haram in previous
    attacks": "murdered", annotated on the training stories), particular past acts ("its previous attacks", "two
    earlier raids", "the previous attack", "previous attacks in 2019")."""
    tok = trig.token
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "amod" and c.lower_ in BYGONE_MODIFIERS for c in kids):
        return False
    if any(c.dep_ in PARTICULAR_DEPS for c in kids):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def _whose_clause(clause) -> bool:
    """True when the relative clause ``clause`` is introduced by "whose" as the owner of its subject or object
    ("islanders whose parents were forced out", "a man whose brother police arrested")."""
    return any(g.lower_ == "whose" and g.dep_ == "poss"
               for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)


def whose_clause_background(trig, parties, sc, res) -> bool:
    """Rule ``whose_clause_background``. Shape: the trigger is in a relative clause introduced by "whose" as the
    owner of its subject or object (:func:`_whose_clause`), dated to a year before the publication's
    (:func:`_dated_before_publication`): "the petition was filed by second-generation islanders whose parents were
    forced out of their homeland in the 1960s", "a lawyer whose father was jailed by the junta in 1976". The clause
    says who the owner is by what befell his kin or his things long before: it describes a party, it reports no act
    the story is about (voa_news ANNOTATION.md: code a concrete interaction, "historical: background, clearly long
    before the story's news"; PLOVER manual: an event is an interaction of political actors). Stays: an undated
    "whose" clause ("Mr Howard, whose parents fled the Nazi threat to come to the UK, says ...": annotated on the
    training stories), a recent one ("a man whose brother was arrested on Monday"), the sentence's own act, and
    "who"/"which" clauses (:func:`listed_person_background` for listed people)."""
    clause = _relative_clause(trig.token)
    return clause is not None and _whose_clause(clause) and _dated_before_publication(clause, res)
