"""Actor inference for people and bodies nobody listed (issue 12): what the text itself says about an actor,
and what the article says around it.

Order of evidence for a person (``docs/actors.md``): the user's tables -> ``people.tsv`` -> the knowledge
base (:mod:`eventwire.actors.kb`) -> the title, apposition or possessive written with the name -> the
article's context. Each step only fills what the earlier ones left open; the entity's ``source`` says
which step coded it.

Public functions (each a named rule with its example):

* :func:`title_before` -- office words written before a name ("Prime Minister" in "Prime Minister
  Sharif"), and whether they say "former";
* :func:`lookup_person` -- a PERSON span resolved through user tables, ``people.tsv`` and the KB with the
  title, the date and the countries the article names;
* :func:`complete_person` -- a person entity completed from the text: "former" -> ELI; "opposition
  leader" -> OPP; a party office -> PTY; an officer of an institution takes its sector ("director general
  of the Pakistani military's media wing" -> MIL); the ``source`` of the coding;
* :func:`mark_former` -- "a former CIA official", "ex-minister" -> ELI (PLOVER manual, "Sector Codes": ELI
  "former government officials");
* :func:`complete_from_context` -- after an article is coded, actors with a sector but no country take
  the article's home country when one country dominates it (its dateline, then how often it is named).
"""
from __future__ import annotations

import dataclasses
from collections import Counter

from ..lexicon import mapping
from ..lexicon import words as lexicon_words
from ..nlp.views import doc_columns, doc_ents, doc_text, peerage_designation, span_text
from ..schema import NON_STATE_CODES, Entity, Event
from .titles import FORMER_WORDS, written_title_sector  # noqa: F401  (public names of this module)
from .titles import title_sector as _title_sector

__all__ = ["looks_like_name", "name_span", "title_before", "written_title_sector", "lookup_person",
           "complete_person", "us_legislator_designation", "peer_with_designation", "refine_common", "agent_of_thing", "mark_former", "complete_from_context",
           "article_home_country", "article_country_mentions",
           "place_people", "PLACE_PEOPLE", "FORMER_WORDS", "OFFICE_NOUNS", "STATE_SECTORS", "CONTEXT_SECTORS"]

#: Sectors of state officials whose "former" holders are ELI.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: Generic office nouns: an officer of an institution ("director general of the military's media wing",
#: "head of the national police") takes the institution's sector.
OFFICE_NOUNS = lexicon_words("office_noun")
#: Title words that make a person the opposition (OPP) or, with an office word, a party official (PTY).
OPPOSITION_WORDS = lexicon_words("opposition_word")
PARTY_WORDS = lexicon_words("party_word")
PARTY_OFFICE_WORDS = lexicon_words("party_office_word")
PARTY_MEMBER_NOUNS = lexicon_words("party_member_noun")
#: Sectors an uncoded actor may take from the article's home country (every PLOVER sector: an actor with
#: a sector and no country is someone the article places; a bare name with no sector is never guessed).
CONTEXT_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "SPY", "REB", "PRM", "UAF", "UNK",
                             "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "REL", "SOC"})
#: People named by their relation to another party ("opponents of the Senate", "supporters of Ben Bella"):
#: they are not that party, so its sector is not theirs.
RELATIONAL_PEOPLE = lexicon_words("relational_person")
#: Countries whose people's family name is written first ("Kim Jong Un", "Xi Jinping", "Hun Sen").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "KOR", "PRK", "JPN", "VNM", "KHM", "MNG", "SGP", "MAC"})
_TITLE_DEPS = ("compound", "amod", "nmod", "poss", "det", "punct", "case", "prep", "pobj")


def name_span(h):
    """The span of a name headed by ``h``: ``h`` and the capitalised proper nouns compounding it on its
    left ("Alexei Navalny" when the NER tagged nothing), a hyphenated name whole ("Okonkwo-Iweala": the tokenizer
    cuts it into three tokens and the tagger may read its first part as a noun)."""
    doc = h.doc
    cols = doc_columns(doc)  # the words' heads, labels and texts without a Token per word
    heads, deps, texts = cols.heads, cols.deps, cols.texts
    left = h.i
    while True:
        # (a hyphen between: _hyphen_joined's first test, read off the texts before making the two Tokens)
        if left > 1 and texts[left - 1] in _HYPHENS and _hyphen_joined(doc[left - 2], doc[left - 1]):
            left -= 2
        elif left > 0 and deps[left - 1] == "compound" and left <= heads[left - 1] <= h.i \
                and texts[left - 1][:1].isupper() and doc[left - 1].pos_ == "PROPN":
            left -= 1
        else:
            return doc[left:h.i + 1]


#: The hyphens that join the parts of one name ("Okonkwo-Iweala").
_HYPHENS = ("-", "\u2010", "\u2011")


def _hyphen_joined(first, hyphen) -> bool:
    """True when ``first`` and the token after ``hyphen`` are one hyphenated capitalised word ("Okonkwo-Iweala":
    no space on either side of the hyphen)."""
    return hyphen.text in _HYPHENS and not first.whitespace_ and not hyphen.whitespace_ \
        and first.text[:1].isupper() and first.text.isalpha()


#: Courtesy titles before a name ("Dr", "Ms"): lexicon list ``honorific``.
HONORIFICS = lexicon_words("honorific")


def after_honorific(resolver, h) -> bool:
    """A capitalised proper noun no table knows right after a courtesy title ("Dr Slaoui pushed back", "Ms Sakinab
    rejects", "Mr. Tyopev called on ..."): a person's name whatever the NER calls it (the small model tags
    "Slaoui" NORP and "Ms Sakinab" ORG). The title is the compound left of the name (:func:`name_span`) or the token
    just before it."""
    if h.pos_ != "PROPN" or not h.text[:1].isupper() or not h.is_alpha or resolver.match(h) is not None:
        return False
    span = name_span(h)
    first = span[0] if len(span) > 1 else (h.doc[span.start - 1] if span.start > 0 else None)
    return first is not None and first.lower_ in HONORIFICS and all(
        resolver.match(t) is None for t in span if t.lower_ not in HONORIFICS)


#: Singular nouns naming a person by an office or job (lexicon list ``person_role_noun``): a name in apposition
#: with one is a person's (:func:`appositive_role`).
PERSON_ROLE_NOUNS = lexicon_words("person_role_noun")


def appositive_role(h):
    """The role noun a name headed by ``h`` stands in apposition with, or None: "Terna Tyopev, the state police
    spokesperson" (the role is the name's ``appos``) and "Chile's interior minister, Carolina Toha" (the name is the
    role's ``appos``). The role is a singular common noun of :data:`PERSON_ROLE_NOUNS` ("the militant group", "the
    ministry" name no person). A role written as a title with a capital before the name ("Pakistan's Ambassador to
    the U.N., Jalil Abbas Jilani", which the tagger reads as a singular proper noun, NNP) is the same role: rule
    ``capitalised_role_apposition``. Source: PLOVER manual, "Actors" (a named person is coded by the role the text
    gives him); news convention of introducing a person by name and role in apposition."""
    cands = [c for c in h.children if c.dep_ == "appos" and c.i > h.i]
    if h.dep_ == "appos" and h.head.i < h.i:
        cands.append(h.head)
    cands += split_subject_role(h)
    for r in cands:
        if r.lemma_.lower() in PERSON_ROLE_NOUNS and (
                (r.pos_ == "NOUN" and r.tag_ == "NN") or capitalised_role_title(r, h)):
            return r
    return None


def split_subject_role(h) -> list:
    """Rule ``split_subject_apposition``: the role noun the parser made a second subject of the name's verb when
    the apposition's closing comma is missing ("..., Terna Tyopev, the state police spokesperson said in Jos":
    "Tyopev" and "spokesperson" both ``nsubj`` of "said"): ``[role]`` when ``h`` is a subject and the next subject
    of its verb follows it after a comma, else ``[]``. The two are one person named and described, as with the comma.
    Source: news convention of introducing a person by name and role in apposition; PLOVER manual, "Actors"."""
    if h.dep_ != "nsubj" or h.head.i == h.i:
        return []
    later = [c for c in h.head.children if c.dep_ == "nsubj" and c.i > h.i]
    if not later:
        return []
    r = later[0]
    between = h.doc[h.i + 1:r.left_edge.i]
    if len(between) != 1 or between[0].text != ",":
        return []
    return [r]


def capitalised_role_title(r, name) -> bool:
    """Rule ``capitalised_role_apposition``: True when ``r`` is a role title written with a capital and tagged a
    singular proper noun (NNP), standing before the person's name ``name`` that is its apposition ("Pakistan's
    Ambassador to the U.N., Jalil Abbas Jilani, said"; "Kenya's Foreign Minister, Musalia Mudavadi, met"). Only the
    role-first order: a capitalised word after a name ("Jilani, Ambassador") is more often part of another name.
    Source: AP Stylebook, "titles" (a formal title before a name is capitalised); PLOVER manual, "Actors"."""
    return r.pos_ == "PROPN" and r.tag_ == "NNP" and name.dep_ == "appos" and name.head.i == r.i and r.i < name.i


def role_first_name(h):
    """Rule ``role_first_apposed_person``: the head of the person's name that stands in apposition after the role
    noun ``h`` ("Kenya's foreign minister, Musalia Mudavadi, met ..."; "Pakistan's Ambassador to the U.N., Jalil
    Abbas Jilani, said ..."), or None. ``h`` is a singular role of :data:`PERSON_ROLE_NOUNS` (a common noun, or a
    capitalised title: :func:`capitalised_role_title`); the name is a PERSON entity, or a chain of two to four
    capitalised proper nouns. The phrase names one person: the role codes him, the name lets a later "he" or
    "Mudavadi" find him. Source: PLOVER manual, "Actors" (a named person is coded by the role the text gives him;
    a later mention of the person is the same person); news convention of introducing a person by role and name
    in apposition."""
    if h.lemma_.lower() not in PERSON_ROLE_NOUNS or h.tag_ not in ("NN", "NNP"):
        return None
    for c in h.children:
        if c.dep_ != "appos" or c.i <= h.i + 1 or c.pos_ != "PROPN":
            continue
        if not any(t.is_punct and t.text == "," for t in h.doc[h.i + 1:c.left_edge.i]):
            continue
        span = name_span(c)
        if c.ent_type_ == "PERSON" or (2 <= len(span) <= 4 and all(
                t.text[:1].isupper() and t.text.isalpha() for t in span)):
            role = appositive_role(c)
            if role is not None and role.i == h.i:
                return c
    return None


def role_apposed_name(resolver, h) -> bool:
    """True when ``h`` heads a person's name the NER may tag as an organisation or miss, given by its role in
    apposition (:func:`appositive_role`): a person of the actor tables, or two to four capitalised words, no
    dictionary match, no institution's head word ("Terna Tyopev, the state police spokesperson, said ..."; the
    small model tags "Terna Tyopev" ORG), so that a later bare "Tyopev" finds the person. Source: PLOVER manual,
    "Actors"; issue 12 (surname after a first mention)."""
    if h.pos_ != "PROPN" or h.dep_ == "compound" or h.ent_type_ not in ("", "PERSON", "ORG"):
        return False
    m = resolver.match(h)
    if m is not None:  # a person of the tables the NER tagged ORG ("Carolina Toha"): the match is the name
        return m.kind == "person" and m.end - 1 == h.i and appositive_role(h) is not None
    span = name_span(h)
    if not 2 <= len(span) <= 4 or not all(
            t.text[:1].isupper() and t.text.isalpha() and resolver.match(t) is None for t in span):
        return False
    from .dictionaries import INSTITUTION_HEADS

    if span[-1].lower_ in INSTITUTION_HEADS:
        return False
    return appositive_role(h) is not None


def looks_like_name(resolver, h) -> bool:
    """A person's name the NER missed: a proper noun ``h`` with no dictionary match, compounded by at least
    one more capitalised proper noun ("Alexei Navalny met ..."), none of whose words a dictionary knows
    (so "Hong Kong protesters" or "Boko Haram" stay what they are); a chain the NER tags as an organisation
    counts only when its first word is a given name of the knowledge base's people or a role stands in
    apposition with it (:func:`appositive_role`). One unknown word alone is not taken for a person."""
    if after_honorific(resolver, h):
        return True
    if h.pos_ != "PROPN" or h.ent_type_ not in ("", "PERSON", "ORG") or not h.text[:1].isupper():
        return False
    span = name_span(h)
    if len(span) < 2 or len(span) > 4:
        return False
    if not all(resolver.match(t) is None and t.ent_type_ in ("", "PERSON", "ORG") and t.text.isalpha() for t in span):
        return False
    from .dictionaries import INSTITUTION_HEADS

    if span[-1].lower_ in INSTITUTION_HEADS:
        return False  # "the Jaffar Express", "Boeing Airlines": an institution's name
    if any(t.ent_type_ == "ORG" for t in span):
        # the NER calls it an organisation: a person only when it opens with a given name of the KB's
        # people ("Yevgenia Markova", "Tomasz Wieczorek")
        from .kb import fold_name, load_kb

        # ... or when a role stands in apposition with it ("Terna Tyopev, the state police spokesperson")
        return fold_name(span[0].text) in load_kb().given_names or appositive_role(h) is not None
    return True


def title_before(span) -> tuple[str, bool]:
    """Office words written before the PERSON ``span`` (a spaCy Span) as lower-case text, and whether a
    "former"/"ex-"/"ousted" word comes with them: the words of the name's phrase left of the name
    ("former Prime Minister Imran Khan" -> ("prime minister", True); "U.S. Secretary of State Warren
    Christopher" -> ("secretary of state", False); "Pakistan's Prime Minister Shehbaz Sharif" -> ("prime
    minister", False)); determiners, possessors, countries and nationalities are left out, and so is
    anything before a comma or a verb."""
    doc = span.doc
    root = span.root
    start = root.left_edge.i
    for k in range(span.start - 1, start - 1, -1):  # the closest clause boundary wins
        t = doc[k]  # one Token per word (each doc[...] makes a new one)
        if t.is_punct and t.text not in ("-", "–", ".") or (
                t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")):
            start = k + 1
            break
    words: list[str] = []
    former = False
    for t in doc[start:span.start]:
        low = t.lower_
        if low in FORMER_WORDS or low.startswith("ex-"):
            former = True
            continue
        if t.dep_ in ("poss", "det", "case", "predet") or t.ent_type_ in ("GPE", "NORP") or t.pos_ in ("DET", "PRON"):
            continue
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "ADP") and not t.is_punct:
            words.append(low)
    while words and words[0] in ("of", "for", "to", "in"):
        words.pop(0)
    while words and words[-1] in ("of", "for", "to", "in"):
        words.pop()
    if start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].lower_ == "ex":
        former = True
    return " ".join(words), former


def lookup_person(resolver, span, full: str):
    """The dated identity of a written name (``full``: the PERSON span's text without possessive):
    user tables, ``people.tsv``, then the knowledge base with the title written before it, the article's
    date and the countries named so far in the article and in the sentence
    (:meth:`eventwire.actors.dictionaries.ActorDictionaries.person`). A title the KB knows in a source's
    variant ("Prime Minister Sharif" in Phoenix) is tried as written too. Returns
    :class:`~eventwire.actors.dictionaries.PersonInfo` or None (unknown or ambiguous: never guessed)."""
    D = resolver.D
    if not hasattr(D, "person"):
        return None
    title, _former = title_before(span)
    tsec = _title_sector(D, title)
    # in the order the sentence names them, then the article's latest first (never a set's order, which the
    # string hash seed decides: same input, same output)
    countries = resolver.sentence_codes_in_order(span.sent) + list(reversed(resolver.ctx.countries))
    on = resolver.ctx.pub_date
    try:
        info = D.person(full, on, title=title or None, title_sector=tsec, countries=countries)
        if info is None and title:
            info = D.person(f"{title} {full}", on, countries=countries)
    except TypeError:  # a dictionary object without the knowledge-base keywords (tests' stand-ins)
        info = D.person(full, on)
    return info


def complete_person(resolver, span, ent: Entity, info=None) -> Entity:
    """``ent`` (a person resolved by the resolver) completed from what the text says, in this order:

    1. "former"/"ex-" before the name or its title -> ELI ("former Prime Minister Imran Khan");
    2. an opposition title -> OPP ("opposition leader Raila Odinga"); a party office or membership
       -> PTY ("party chairman X", "X, a member of the ruling party");
    3. an officer of an institution named in apposition takes the institution's sector
       ("Ahmed Sharif Chaudhry, director general of the Pakistani military's media wing" -> MIL);
    4. ``source``: the knowledge-base or user row (``info.source``), else ``inferred`` when the text
       gave the code or sector, else None.
    Returns a new Entity (the input is not modified)."""
    title, former = title_before(span)
    code, sector = ent.code, ent.sector
    source = getattr(info, "source", None) or ent.source  # a name met before keeps its coding's source
    tsec = _title_sector(resolver.D, title)
    if info is None and tsec and tsec != "LEG" and sector in (None, "ELI") and not former and title:
        # a name the article met before without an office, now written with one ("Rubio" ... "Secretary of
        # State Marco Rubio"): the title speaks of this mention
        sector = tsec
    if info is not None and info.code and code != info.code and code not in _written_codes(resolver, span):
        # a place after the name ("met Donald Trump in Hanoi") says where, not whose: the dated rows'
        # country stands
        code = info.code
        sector = info.sector if sector in (None, info.sector) or ent.sector is None else sector
    text_sector = None
    words = set(title.split())
    if words & OPPOSITION_WORDS:
        text_sector = "OPP"
    elif words & PARTY_WORDS and words & PARTY_OFFICE_WORDS:
        text_sector = "PTY"
    inst = _institution_of_appos(resolver, span)
    if inst is not None:
        icode, isec = inst
        if isec and (sector in (None, "GOV") or (info is None and sector != isec)):
            text_sector = text_sector or isec
        if icode and code is None:
            code = icode
    appos_sector = _appos_party_or_opposition(span)
    text_sector = text_sector or appos_sector
    if code is None and sector in (None, "ELI") and peer_with_designation(span):
        # "Lord Faulkner of Worcester": a member of the House of Lords
        code, sector, text_sector = "GBR", sector or "LEG", text_sector or sector or "LEG"
    if us_legislator_designation(span):
        # "Rep. Glenn English, D-Okla.": a member of the US Congress, whatever the name's words look like
        code, sector, text_sector = "USA", "LEG", "LEG"
    if tsec and info is not None and info.sector in (None, "ELI", "LEG") and tsec not in (info.sector, "LEG") \
            and not former:
        # the text names an office the dated rows do not hold that day ("Foreign Minister Park Jin" before
        # the KB's start of the role, or after its data end): the text speaks of that day
        text_sector = text_sector or tsec
    if info is not None and code and code != info.code and info.sector in (None, "ELI") and not former:
        # the text gives another allegiance than the dated rows ("Kenzo Oshima, the United Nations Emergency
        # Relief Coordinator": a former Japanese official serving the UN): the rows' sector is not this one's
        sector = tsec or ("GOV" if code in ("IGO", "UNO", "EUR") else None)
    if text_sector and (info is None or info.sector in (None, "ELI", "GOV", "LEG") or text_sector == "OPP"):
        sector = text_sector
    if former and (sector in STATE_SECTORS or sector is None or (info is not None and info.sector == "ELI")):
        sector = "ELI"
    if source is None and (code or sector) and (code, sector) != (None, None):
        source = "inferred"
    out = Entity(ent.entity_text, code, sector, ent.name, ent.start, ent.end, source=source)
    words = (ent.name or "").split()
    if len(words) >= 2 and (code in FAMILY_NAME_FIRST or getattr(info, "country", None) in FAMILY_NAME_FIRST):
        # "Kim Jong Un ... Kim", "Xi Jinping ... Xi": the family name comes first (the resolver remembers the last)
        if upgrades_bare_name(resolver.ctx.people.get(words[0]), words[0], out):
            resolver.ctx.people[words[0]] = out  # "President Ma says ..." in the headline, a bare name
        resolver.ctx.people.setdefault(words[0], out)
    return out


def _written_codes(resolver, span) -> set[str]:
    """Codes the text gives a name as its owner: countries, nationalities and bodies among the words before
    it (title, possessive: "Russian Finance Minister X", "Pakistan's Prime Minister X"), in its apposition
    ("X, the Armenian prime minister") and in an "of" phrase ("X of the World Uyghur Congress"); not a
    place after "in"/"at"/"to"/"from"."""
    doc = span.doc
    toks = list(doc[span.root.left_edge.i:span.start])
    for c in span.root.children:
        if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("of", "for")):
            toks += list(c.subtree)
    out = set()
    for t in toks:
        m = resolver.match(t)
        if m is not None and m.code and m.kind in ("country", "demonym", "capital", "igo", "org"):
            out.add(m.code)
        elif (m is None or m.code is None) and (org := resolver.title_organisation(t)) is not None and org.code:
            out.add(org.code)  # "Assembly President X" after "the UN General Assembly"
    return out


def _institution_of_appos(resolver, span) -> tuple[str | None, str | None] | None:
    """(country, sector) of the institution in an apposition "NAME, <office> of <institution>" when the
    office is a generic one (director, head, spokesman...): "director general of the Pakistani
    military's media wing" -> (PAK, MIL). None when there is none."""
    root = span.root
    for a in list(root.children):
        if a.dep_ != "appos" or a.lemma_.lower() not in OFFICE_NOUNS:
            continue
        for prep in a.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                found = _sector_in(resolver, pobj, 0)
                if found is not None:
                    return found
    return None


def _sector_in(resolver, tok, depth: int) -> tuple[str | None, str | None] | None:
    """The first (country, sector) of an institution in the phrase headed by ``tok``: the head noun, its
    possessor ("the military's media wing" -> military), its compounds; the country from a demonym or
    country modifier."""
    D = resolver.D
    order = [tok] + [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod")]
    for t in order:
        m = resolver.match(t)
        sec = None
        code = None
        if m is not None and m.kind in ("org", "igo", "capital") and m.sector:
            sec, code = m.sector, m.code
        elif m is not None and m.kind == "sector_noun":
            sec = m.sector  # "the upper house": the agent noun of several words
        elif m is None:
            sec = D.sector_of_noun(t.lemma_.lower())
        if sec in STATE_SECTORS and sec != "GOV" or (sec and m is not None and m.kind in ("org", "igo")):
            if code is None:
                for c in t.children:
                    cm = resolver.match(c) if c.dep_ in ("amod", "compound", "poss", "nmod") else None
                    if cm is not None and cm.kind in ("country", "demonym", "capital") and cm.code:
                        code = cm.code
                        break
            return code, sec
    if depth < 2:
        for c in tok.children:
            if c.dep_ in ("poss", "prep", "pobj"):
                got = _sector_in(resolver, c, depth + 1)
                if got is not None:
                    return got
    return None


def peer_with_designation(span) -> bool:
    """True for a name written with a peerage title and its territorial designation: "Lord Faulkner of Worcester",
    "Baroness Smith of Basildon" (:func:`eventwire.nlp.views.peerage_designation`; lexicon ``peerage_title``). Such a
    person is a peer of the United Kingdom, a member of the House of Lords: GBR LEG when nothing else codes them
    (Debrett's styles of the peerage; PLOVER manual, "Sector Codes": LEG legislators). The place after "of" is part
    of the title and never gives the person's country."""
    doc = span.doc
    e = span.end
    if e >= len(doc) or doc[e].lower_ != "of" or e + 1 >= len(doc) or not doc[e + 1].text[:1].isupper():
        return False
    return peerage_designation(doc, e + 1)


#: US states and their AP abbreviations ("Okla.", "N.J.", "Ohio"), as written in a party-state designation.
US_STATES = lexicon_words("us_state")
#: The party letters of a US party-state designation: Republican, Democrat, Independent.
US_PARTY_LETTERS = frozenset({"R", "D", "I"})


def us_legislator_designation(span) -> bool:
    """True when the name ``span`` is followed by the US press's party-state designation of a member of
    Congress, in apposition or in brackets: "Rep. Glenn English, D-Okla., said", "Sen. Connie Mack (R-Fla.)",
    "Minority Leader Tom Daschle, D-South Dakota," -- a party letter (R, D, I), a hyphen and a US state or its
    AP abbreviation (lexicon ``us_state``). Such a person is a US legislator (USA LEG), whatever the name's own
    words suggest ("English" is no demonym here). Source: AP Stylebook, "party affiliation" (the designation
    of members of Congress); PLOVER manual, "Sector Codes" (LEG: legislators); the training annotations code
    every such member USA LEG. False for a hyphenated name ("Al-Sadr"), a letter not a party's, or a place
    that is no US state ("D-Day")."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in ("(", ","):
        i += 1
    if i + 2 >= len(doc) or doc[i].text not in US_PARTY_LETTERS or doc[i + 1].text not in ("-", "–") \
            or doc[i].idx + 1 != doc[i + 1].idx or doc[i + 1].idx + 1 != doc[i + 2].idx:
        return False
    rest = doc[i + 2:i + 5]
    for n in (2, 1):  # "South Dakota", "N.J.", "Ohio"
        words = " ".join(t.lower_ for t in rest[:n])
        if len(rest) >= n and words in US_STATES and all(t.text[:1].isupper() for t in rest[:n]):
            return True
    return False


def _appos_party_or_opposition(span) -> str | None:
    """OPP or PTY from an apposition: "X, the opposition leader" -> OPP; "X, a member of the ruling
    party", "X, the party's chairman" -> PTY."""
    root = span.root
    for a in root.children:
        if a.dep_ != "appos":
            continue
        sub = {t.lower_ for t in a.subtree}
        if sub & OPPOSITION_WORDS:
            return "OPP"
        if sub & PARTY_WORDS and a.lemma_.lower() in OFFICE_NOUNS | PARTY_MEMBER_NOUNS:
            return "PTY"
    return None


def refine_common(resolver, h, ents: list[Entity]) -> list[Entity]:
    """Entities of a common noun phrase headed by ``h``, refined by what the resolver's head-lemma rule
    misses:

    0. a possessive pronoun gives its antecedent's country ("Trump ... his administration" -> USA GOV; "its",
       "their": the subject of a governing clause of the sentence when one agrees,
       :meth:`~eventwire.actors.resolve.ActorResolver.possessive_antecedent`: "Baku said its troops" AZE);
    1. an agent noun of several words in ``sector_nouns.tsv`` that ends at the head gives the sector
       ("security forces" COP, not the "forces" MIL; "aid workers" SOC, "opposition candidates" OPP,
       "refugee camp" REF, "Cairo's security chief" COP): the longer entry is the more specific one;
    2. "former"/"ex-"/"ousted" officials are ELI (:func:`mark_former`);
    3. a thing of an agent stands for the agent (see :func:`agent_of_thing`)."""
    m = resolver.match(h)
    if ents and any(e.code is None and e.sector for e in ents):
        # 0. "his administration", "her government", "their forces": the country of the one the possessive
        #    pronoun stands for (the article's last person or group)
        for c in h.children:
            if c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its"):
                if c.lower_ in ("his", "her"):
                    last = resolver.ctx.last_person
                    owners = [last] if last is not None and last.code else []
                elif (named := resolver.possessive_antecedent(c)) is not None:
                    # "Baku said its troops ...": the subject of a clause governing the noun, in number agreement
                    owners = [x for x in named if x.code]
                else:  # the last group named as an actor (no new resolution: no loop through the pronoun)
                    owners = [x for x in resolver.ctx.last_group if x.code]
                if len({x.code for x in owners}) == 1:
                    ents = [dataclasses.replace(e, code=owners[0].code, source=e.source or "inferred")
                            if e.code is None and e.sector else e for e in ents]
                break
    if ents and m is not None and m.kind == "sector_noun" and m.sector and m.end - m.start > 1 and m.end - 1 == h.i:
        ents = [dataclasses.replace(e, sector=m.sector) if e.name is None and e.sector != m.sector else e
                for e in ents]
    lemma = h.lemma_.lower()
    if ents and lemma not in OFFICE_NOUNS and resolver.D.sector_of_noun(lemma) is None and not any(
            c.lower_ in FORMER_WORDS for c in h.children):
        # "Assad loyalists", "supporters of Ben Bella": a former official's followers are not former officials
        ents = [dataclasses.replace(e, sector=None) if e.sector == "ELI" and e.name is None else e for e in ents]
    if ents and all(e.sector is None and e.name is None for e in ents):
        # 3. a thing of an agent stands for the agent: "the computers of South Korean army officers" (MIL),
        #    "in defiance of Chinese authorities" (GOV), "the Russian government's refusal" (GOV)
        got = agent_of_thing(resolver, h)
        if got:
            sec, codes = got
            ents = [dataclasses.replace(e, sector=sec) if not codes or e.code in codes else e for e in ents]
    return mark_former(h, ents)


def agent_of_thing(resolver, h) -> tuple[str, frozenset] | None:
    """The agent a thing belongs to, when the noun ``h`` names a thing, not an agent: the agent noun of its
    "of" phrase ("the computers of South Korean army officers" MIL, "in defiance of Chinese authorities" GOV)
    or its possessor ("the Russian government's refusal" GOV, "the Defence Ministry's statement" GOV) -- the
    multi-word agent noun of ``sector_nouns.tsv`` that ends at that word, else the word's lemma (one level).

    Returns ``(sector, codes)``: ``codes`` the countries named on the agent noun itself (empty when none), so
    that the sector goes to the agent's country only ("the Pakistani army's shelling of Indian villages":
    the army is PAK's). None when ``h`` is itself a dictionary entry or an agent noun, a place that stands
    for its people (:data:`PLACE_PEOPLE`), a relation ("the family of"), or when no agent noun is there
    (countries, people and organisations are coded by their own rules). PLOVER manual, "Actors": the
    actor is who acts, with the sector of that agent."""
    lemma = h.lemma_.lower()
    if resolver.match(h) is not None or lemma in PLACE_PEOPLE or lemma in RELATIONAL_PEOPLE \
            or resolver.D.sector_of_noun(lemma):
        return None
    for c in h.children:
        if c.dep_ == "poss":
            owners = [c]
        elif c.dep_ == "prep" and c.lower_ == "of":
            owners = [p for p in c.children if p.dep_ == "pobj"]
        else:
            continue
        for t in owners:
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            pm = resolver.match(t)
            sec = pm.sector if pm is not None and pm.kind == "sector_noun" else (
                resolver.D.sector_of_noun(t.lemma_.lower()) if pm is None else None)
            if sec:
                return sec, frozenset(code for code, _ in resolver.modifier_info(t)[0])
    return None


def mark_former(h, ents: list[Entity]) -> list[Entity]:
    """"a former CIA official", "ex-ministers", "the former army chief": officials named with "former"
    are former officials, sector ELI (PLOVER manual, "Sector Codes": ELI), keeping their country. Other
    entities pass unchanged."""
    if not ents:
        return ents
    former = any(c.dep_ in ("amod", "advmod", "compound") and (c.lower_ in FORMER_WORDS or c.lower_.startswith("ex-"))
                 for c in h.children)
    if not former and h.i >= 2 and h.doc[h.i - 1].text in ("-", "–") and h.doc[h.i - 2].lower_ == "ex":
        former = True
    if not former:
        return ents
    return [dataclasses.replace(e, sector="ELI") if e.sector in STATE_SECTORS else e for e in ents]


# ------------------------------------------------------------------------------------------ context

def _kb():
    from .kb import load_kb

    return load_kb()


def dateline_country(seg) -> str | None:
    """The country of the article's dateline, which the segmenter took out of the text ("ATLANTA (AP) —" -> USA,
    "KABUL, Afghanistan (AP) —" -> AFG: the country its last part names or its place lies in,
    :meth:`eventwire.actors.kb.ActorKB.place_country`), or None (no dateline, an unknown place, a non-state code)."""
    dl = getattr(seg, "dateline", None) if seg is not None else None
    if not dl or not dl.get("place"):
        return None
    code = dateline_place_country(dl["place"])
    return code if code and code not in NON_STATE_CODES else None


def dateline_place(seg, country: str | None = None):
    """The gazetteer :class:`~eventwire.geo.gazetteer.Place` of the article's dateline ("WASHINGTON (AP) —" ->
    Washington, D.C.; ``country``: its :func:`dateline_country` when known), or None: the home of
    :func:`eventwire.geo.resolve.local_to_dateline`, whose namesakes nearby are the story's own towns."""
    dl = getattr(seg, "dateline", None) if seg is not None else None
    if not dl or not dl.get("place"):
        return None
    try:
        from ..geo.resolve import dateline_home
    except ImportError:
        return None
    return dateline_home(dl["place"], country)


def dateline_place_country(place: str) -> str | None:
    """The country of a dateline's place ("KABUL, Afghanistan": AFG): the country a city lies in when the part after
    its comma names that country or a subdivision holding it (:func:`city_in`: "TBILISI, Georgia" GEO, "ATLANTA,
    Georgia" USA), else the country its last part names or lies in (:meth:`eventwire.actors.kb.ActorKB.place_country`);
    None when unknown."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    code = city_in(parts[0], parts[-1]) if len(parts) >= 2 else None
    return code or next((c for c in (_kb().place_country(p) for p in reversed(parts)) if c), None)


def city_in(city: str, where: str) -> str | None:
    """The country of the town ``city`` that lies in ``where``, a country ("TBILISI, Georgia": GEO) or a subdivision
    ("ATLANTA, Georgia", "Atlanta, Georgia": USA), from the offline gazetteer; None when no such town is listed. Used
    for datelines and for a country's name after a town in the text (:func:`eventwire.actors.resolve.local_namesakes`)."""
    from ..geo.gazetteer import load_gazetteer
    from .dictionaries import load_dictionaries

    cands = [p for p, primary in load_gazetteer().candidates(city.title() if city.isupper() else city)
             if primary and p.kind == "city"]
    cc = load_dictionaries().country_of(where)
    if cc and any(p.country_code == cc for p in cands):
        return cc
    return next((p.country_code for p in cands if p.admin1 == where), None)


def posting_span(doc, start: int, end: int) -> bool:
    """True when the tokens ``doc[start:end]`` name the place a reporter is posted in ("VOA's correspondent in
    Nairobi reports", "Reporting from Nairobi, ..."; :func:`eventwire.geo.attach.posting_place`): like a dateline,
    where the reporter is, not what the story is about. :func:`article_home_country` does not count it and
    :func:`article_country_mentions` counts it once, as it counts the dateline."""
    from ..geo.attach import posting_place

    return start < end and posting_place(doc[start:end].root)


def article_home_country(seg_docs, D) -> str | None:
    """The country an article is about, or None: a dateline ("ISLAMABAD —", "KABUL, Afghanistan (AP) —")
    counts three times, each country, capital, demonym or organisation of a country ("the Legislative Yuan", "Sinn
    Fein", "Labour": the hand-written orgs.tsv only, not the knowledge base, whose acronyms match common words:
    "AN" in "An agency spokesman"; training stories all F1 0.6899 -> 0.6968, dev and voa_news unchanged) named once,
    and so does each town or region the
    NER finds that the knowledge base places in one country (:meth:`eventwire.actors.kb.ActorKB.place_country`;
    not a direction, :data:`COMPASS_WORDS`: "the North" of a story on Korea is no town of Cameroon);
    the top country must be named at least twice and half again as often as the next one. A reporter's post ("VOA's
    correspondent in Nairobi reports": :func:`posting_span`) is not counted."""
    counts: Counter = Counter()
    first_body = True
    for segment, doc in seg_docs:
        matches = doc.user_data.get("eventwire_matches")
        ms = list({id(m): m for m in matches.values()}.values()) if matches else D.match_spans(doc)
        covered = set()
        for m in ms:
            covered.update(range(m.start, m.end))
            if (m.kind in ("country", "capital", "demonym") or (m.kind == "org" and m.source is None)) and m.code \
                    and m.code not in NON_STATE_CODES and not posting_span(doc, m.start, m.end):
                counts[m.code] += 1
        for ent in doc_ents(doc):
            # towns and regions the tables do not list ("in Quetta", "Kano"): their country, once each
            if ent.label_ in ("GPE", "LOC") and not covered.intersection(range(ent.start, ent.end)) and \
                    ent.text.lower().split()[-1] not in COMPASS_WORDS and not peerage_designation(doc, ent.start) \
                    and not posting_span(doc, ent.start, ent.end):
                code = _kb().place_country(span_text(ent))  # == ent.text
                if code:
                    counts[code] += 1
        if first_body and getattr(segment, "kind", "") != "headline":
            first_body = False
            dl = getattr(segment, "dateline", None)
            if dl and dl.get("place"):
                # the segmenter took the dateline out of the text ("KARACHI:", "KABUL, Afghanistan (AP) —"):
                # the country its last part (the country when it names one) or its place lies in
                code = dateline_place_country(dl["place"])
                if code and code not in NON_STATE_CODES:
                    counts[code] += 3
                    continue
            head = doc_text(doc)[:60]  # doc.text, joined once per Doc
            for sep in ("—", "–", " - ", "(AP)", "(Reuters)", "(AFP)"):
                if sep in head:
                    lead = head.split(sep, 1)[0]
                    for m in ms:
                        if m.kind in ("country", "capital") and m.code and doc[m.start].idx < len(lead):
                            counts[m.code] += 2
                            break
                    break
    if not counts:
        return None
    top = counts.most_common(2)
    if top[0][1] < 2:
        return None
    if len(top) > 1 and top[0][1] < HOME_MARGIN * top[1][1]:
        return None
    return top[0][0]


#: Dictionary match kinds that count as a mention of a country (:func:`article_country_mentions`).
MENTION_KINDS = frozenset({"country", "capital", "demonym", "org", "person"})
#: Place names the NER finds that are a direction, not a place ("the North fired", "the South"): the knowledge
#: base would place "North" in Cameroon.
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "coast", "border", "region", "capital"})


def article_country_mentions(seg_docs, D, lead_weight: int = 2) -> tuple[Counter, dict]:
    """How often the article's text names each country: every dictionary match of a kind in
    :data:`MENTION_KINDS` with a country code (a country, capital or demonym, and a person or organisation of
    a country: "Labour", "Tory", "Blair" name Britain), and every town or region the NER finds that the knowledge base places in one country, over the
    headline and the whole body; a mention in the headline or the first body segment counts ``lead_weight``
    times (the lead says what a story is about); the dateline's country counts once (a "TEHRAN:" dateline
    says where the reporter is, not what the story is about). Returns (counts, first offset of each country in
    the article). Used for the story's focus country (:func:`eventwire.events.story_context.story_focus`): the
    text, unlike the coded records, does not change when one record more or less is coded."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    first_body = True

    def add(code, w, pos):
        if code and code not in NON_STATE_CODES:
            counts[code] += w
            first.setdefault(code, pos)

    for segment, doc in seg_docs:
        kind = getattr(segment, "kind", "")
        lead = kind == "headline" or (first_body and kind != "headline")
        w = lead_weight if lead else 1
        base = getattr(segment, "start", 0) or 0
        if first_body and kind != "headline":
            first_body = False
            dl = getattr(segment, "dateline", None)
            if dl and dl.get("place"):
                add(dateline_place_country(dl["place"]), 1, base)
        matches = doc.user_data.get("eventwire_matches")
        ms = list({id(m): m for m in matches.values()}.values()) if matches else D.match_spans(doc)
        covered = set()
        for m in sorted(ms, key=lambda m: m.start):
            covered.update(range(m.start, m.end))
            if m.kind in MENTION_KINDS:
                # a reporter's post counts once, as the dateline does ("VOA's correspondent in Nairobi reports")
                add(m.code, 1 if posting_span(doc, m.start, m.end) else w, base + doc[m.start].idx)
        for ent in doc_ents(doc):
            if ent.label_ in ("GPE", "LOC") and not covered.intersection(range(ent.start, ent.end)) and \
                    ent.text.lower().split()[-1] not in COMPASS_WORDS and not peerage_designation(doc, ent.start):
                add(_kb().place_country(ent.text), 1 if posting_span(doc, ent.start, ent.end) else w,
                    base + ent.start_char)
    return counts, first


#: How much more often the home country must be named than the next one (see :func:`article_home_country`).
HOME_MARGIN = 1.5
_COOPERATION = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "REQUEST", "REJECT", "ACCUSE", "THREATEN",
                          "SANCTION", "CONCEDE", "RETREAT"})


#: Places whose attack or closure falls on their people (head noun -> sector): "shelled Iraqi towns", "a
#: curfew in the town of Cizre" hit civilians (PLOVER manual, "Sector Codes": CVL "civilians ... unarmed
#: domestic entities"); a camp of refugees is REF, a military position or base MIL ("all state-military
#: personnel/equipment"), a school EDU, a hospital MED, a place of worship REL.
PLACE_PEOPLE = mapping("place_people")
#: Words that make a camp a refugee camp ("a camp for displaced people" -> REF), matched as word starts.
REFUGEE_CAMP_WORDS = tuple(sorted(lexicon_words("refugee_camp_word")))


def place_people(ent: Entity) -> str | None:
    """Sector of the people of a place named as an event's recipient (its head
    noun in :data:`PLACE_PEOPLE`; a camp "for refugees" is REF), else None."""
    words = ent.entity_text.lower().replace(",", " ").split()
    for stop in ("of", "for", "in", "near", "on", "at"):
        if stop in words:
            words_before = words[:words.index(stop)]
            if words_before:
                words = words_before + ["|"] + words[words.index(stop):]
                break
    head = (words[:words.index("|")] if "|" in words else words)[-1:] or [""]
    h = head[0]
    sing = h[:-1] if h.endswith("s") and h[:-1] in PLACE_PEOPLE else h
    sector = PLACE_PEOPLE.get(sing)
    if sector == "CVL" and sing == "camp" and any(w.startswith(REFUGEE_CAMP_WORDS) for w in words):
        return "REF"
    return sector


#: Words of anaphoric noun phrases whose referent the article named elsewhere ("the agency", "the
#: organisation"): their country is the referent's, not the article's.
_ANAPHORIC_BODIES = lexicon_words("anaphoric_body_noun")
_PERSONAL = frozenset({"he", "she", "him", "her", "i", "me", "we", "us", "you"})


#: Weapons and platforms named as the doer (lexicon ``weapon_platform``), singular.
_WEAPONS = frozenset(mapping("weapon_platform"))


def is_weapon_party(e: Entity) -> bool:
    """True for a party named by a weapon or platform with no country of its own ("missiles", "two drones":
    lexicon ``weapon_platform``, sector MIL): the place it strikes does not give its country -- a story's strikes
    are mostly on its home country, by another (fresh user: "Missiles struck Kharkiv, Ukrainian officials said"
    was UKR ASSAULT UKR). Grammar and ICEWS practice: the actor is the force that fires the weapon."""
    words = e.entity_text.lower().split()
    return bool(words) and e.code is None and e.sector == "MIL" and (
        words[-1] in _WEAPONS or (words[-1].endswith("s") and words[-1][:-1] in _WEAPONS))


def _context_shy(e: Entity) -> bool:
    """Entities the article's home country must not fill: people with a government-like office or none
    (named, or a personal pronoun for one: "She and Lockyear urged ..." in a story about Sudan are UN and
    charity officials; a legislator, an opposition leader or a police chief named in it is Sudan's) and
    anaphoric bodies ("the agency", "the group": their referent's country); weapons and platforms with no country
    (lexicon ``weapon_platform``: "missiles struck Kharkiv" in a story on Ukraine are not Ukraine's: a story's
    strikes are mostly on its home country; fresh user)."""
    words = e.entity_text.lower().split()
    if (e.name is not None or (len(words) == 1 and words[0] in _PERSONAL)) and e.sector in ("GOV", "ELI", None):
        return True
    if is_weapon_party(e):
        return True  # "missiles struck Kharkiv" in a story on Ukraine: a weapon is the attacker's, not the home's
    return len(words) == 2 and words[0] in ("the", "this", "that") and words[1] in _ANAPHORIC_BODIES


#: Prepositions that place a thing in a water body ("a ship in the Red Sea", "a tanker off the Gulf of Oman").
AT_SEA_PREPS = frozenset({"in", "at", "off", "across", "through", "near", "on"})


def at_sea_offsets(doc, base: int = 0) -> set[int]:
    """Offsets (``base`` + token offset in ``doc``) of the nouns a locative phrase places in a water body: the noun
    the phrase hangs on ("a commercial ship in the Red Sea", "an oil tanker off the Gulf of Oman"), or the direct
    object of the verb it hangs on ("attacked a ship in the Sea of Japan"). Uses the coder's water-body matches
    (:func:`eventwire.actors.dictionaries.water_body_spans`). A sea lies in no country, so what is there takes no
    country from the sentence's actor or the article (:func:`complete_from_context`,
    :func:`eventwire.events.implicit.own_institution`). Source: PLOVER manual, "Country names"; GeoNames feature
    class H."""
    from .dictionaries import WATER_BODY_SOURCE

    out: set[int] = set()
    matches = doc.user_data.get("eventwire_matches") or {}
    for m in {id(m): m for m in matches.values()}.values():
        if m.source != WATER_BODY_SOURCE:
            continue
        root = next((t for t in doc[m.start:m.end] if not m.start <= t.head.i < m.end or t.head.i == t.i), None)
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in AT_SEA_PREPS:
            continue
        host = root.head.head
        if host.pos_ in ("NOUN", "PROPN"):
            out.add(base + host.idx)
        elif host.pos_ in ("VERB", "AUX"):
            out.update(base + c.idx for c in host.children if c.dep_ in ("dobj", "nsubjpass"))
    return out


def parties_at_sea(seg_docs) -> set[int]:
    """Article offsets of :func:`at_sea_offsets` over all segments."""
    out: set[int] = set()
    for segment, doc in seg_docs:
        out |= at_sea_offsets(doc, segment.start)
    return out


def complete_from_context(events: list[Event], seg_docs, D) -> list[Event]:
    """The last steps of the order of evidence, over an article's events:

    1. a place named as a recipient stands for its people (:func:`place_people`: "shelled Iraqi towns"
       -> CVL, "evacuated the wounded from the town of Gorazde" -> CVL, "a camp for Congolese refugees" ->
       REF);
    2. an actor or recipient with a sector and no country (and not a bare name) takes the article's home
       country (:func:`article_home_country`), ``source`` "context" -- "Officials said ...", "the
       military", "police" in a story about Pakistan are Pakistan's; not when the other party of a
       diplomatic or verbal event is already that country in the same sector ("officials met their
       Pakistani counterparts"); nor a party placed in a sea (:func:`parties_at_sea`: "a ship in the Red Sea").

    Events whose parties change get a new id (the id hashes the codes). Returns the events in the same
    order, one per id."""
    home = article_home_country(seg_docs, D)
    at_sea = parties_at_sea(seg_docs) if home else set()
    out = []
    for ev in events:
        changed = False

        def fill(ents, others, role):
            nonlocal changed
            new = []
            for e in ents:
                if role == "recipient" and e.sector is None and e.name is None:
                    sec = place_people(e)
                    if sec:
                        e = dataclasses.replace(e, sector=sec, source=e.source or "inferred")
                        changed = True
                if home and e.code is None and e.sector in CONTEXT_SECTORS and not _context_shy(e) and \
                        not is_foreign_party(e) and not (
                        e.start is not None and e.end is not None and any(e.start <= x < e.end for x in at_sea)) and not (
                        ev.event in _COOPERATION and any(o.code == home and o.sector == e.sector for o in others)):
                    new.append(dataclasses.replace(e, code=home, source="context"))
                    changed = True
                else:
                    new.append(e)
            return new

        actors = fill(ev.actor, ev.recipient, "actor")
        recips = fill(ev.recipient, actors, "recipient")
        out.append(dataclasses.replace(ev, actor=actors, recipient=recips, id="") if changed else ev)
    seen: set = set()
    uniq = []
    for ev in out:  # one record per id, and per trigger, type and dyad (as the coder keeps them)
        k = (ev.event, ev.mode, ev.status, ev.negated, ev.date, ev.text_info.get("start"),
             tuple((a.code, a.sector) for a in ev.actor), tuple((r.code, r.sector) for r in ev.recipient))
        if ev.id not in seen and k not in seen:
            seen.update((ev.id, k))
            uniq.append(ev)
    return uniq


def upgrades_bare_name(cur: Entity | None, key: str, ent: Entity) -> bool:
    """True when the article's memory holds, under the name ``key``, a person met only by that bare name and left
    without a country ("President Ma says ..." in a headline, before "President Ma Ying-jeou" in the body), and
    ``ent``, a fuller mention of a name ending (or, family name first, starting) with it, has one: the fuller
    mention is the one a later "Ma" or "he" stands for. Source: PLOVER manual, "Actors" (a later mention of a named
    person is that person); issue 12 (surname after a first mention)."""
    return cur is not None and cur.code is None and bool(ent.code) and cur.name == key and ent.name != key


#: Words that say a party is not of the place it is in (lexicon ``foreign_word``).
FOREIGN_WORDS = lexicon_words("foreign_word")


def is_foreign_party(ent) -> bool:
    """True when an entity's own words say it is from elsewhere ("two foreign journalists", "foreign nationals",
    "expatriates"): neither the place of the act, the dateline nor the story's country is its country. Source:
    PLOVER manual, "Actors" (code what the text says; a foreigner's country is unknown unless named)."""
    words_ = (getattr(ent, "entity_text", None) or "").lower().split()
    # "a foreign-flagged tanker", "foreign-registered vessels": the first part of a hyphenated word counts too
    return any(w in FOREIGN_WORDS or w.split("-")[0] in FOREIGN_WORDS for w in words_)
