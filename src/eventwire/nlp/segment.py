"""Split an article into the segments that get coded: headline, dateline-stripped paragraphs, with
boilerplate lines dropped. Offsets stay in article coordinates.

Rules (field cases C13, C14, C36; seed footer): a line is boilerplate when it matches a copyright,
"all rights reserved", update-stamp, share/subscribe prompt or bare byline pattern. Removal works on
sentences, never on a whole text (issue 15): a line that matches is cut into sentences and only its
boilerplate sentences are dropped, so a one-paragraph article ending in "All rights reserved." (or a
whole article flattened to one line) keeps its news sentences. A dateline
("KYIV, March 1 (Reuters) -", "MOSCOW (AP) -", "KARACHI:") is recognised, recorded and left out of the coded text.
Segments longer than ``MAX_CHUNK_CHARS`` are cut at sentence ends, never truncated; repeated identical
sentences inside such a giant segment are coded once (live-blog filler). Every cut or collapse is counted on the
:class:`Segmentation` (``collapsed_repeats``, ``run_on_cuts``, ``chunk_cuts``) and said in the run report
(:func:`eventwire.pipeline._coded_notes`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import MAX_CHUNK_CHARS

BOILERPLATE = re.compile(
    r"""^\s*(?:
        (?:copyright|\(c\)|©)\b.*
      | .*\ball\s+rights\s+reserved\b.*
      | .*\bmay\s+not\s+be\s+(?:published|reproduced|redistributed)\b.*
      | (?:update[d]?|last\s+updated|posted|published)\s*:?\s*[\d/:.\-apm\s,A-Za-z]{0,40}$
      | (?:share|tweet|email|print|subscribe|sign\s+up|follow\s+us|click\s+here|read\s+more|advertisement|related)\b.{0,80}$
      | (?:like|enjoyed|liked)\s+this\s+(?:story|article)\b.{0,80}$
      | also\s+(?:on|at|read\s+on)\s+[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|tv|news|ru|co\.uk|co)\b.*
      | (?:by\s+[A-Z][\w.\-']+(?:\s+[A-Z][\w.\-']+){0,3})\s*$
      | (?:photo|image|video)\s*:.*
      | regular\s+the\s+hill\s+posts.*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

#: "KYIV, March 1 (Reuters) -", "MOSCOW (AP) -", "KADUNA, Nigeria (AP) —", "WASHINGTON -"; the colon form of
#: South Asian and Singapore papers ("KARACHI:", "NEW DELHI:", "SINGAPORE:") only for a known place
#: (:func:`colon_dateline_place`).
DATELINE = re.compile(
    r"""(?P<place>[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?)
        (?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?
        \s*(?:\((?P<agency>[A-Za-z .&]{2,40})\))?
        \s*(?:[-–—]{1,2}|(?P<colon>:))\s+""",
    re.VERBOSE,
)

#: A dateline whose place is written in title case, as some wires and most reposts write it: "Kyiv, March 3
#: (Reuters) -", "Moscow (TASS) —", "Kyiv, Ukraine (AP) -". Taken only for a known place with a date or an agency
#: after it (:func:`title_dateline_place`): "Smith, Jones -" or a sentence is no dateline.
TITLE_DATELINE = re.compile(
    r"""(?P<place>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})?)
        (?:,\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,\s*\d{4})?))?
        \s*(?:\((?P<agency>[A-Za-z .&]{2,40})\))?
        \s*[-–—]{1,2}\s+""",
    re.VERBOSE,
)

#: A dateline of a date alone, with its year, opening the body: "Dec. 31, 2000 -- ", "March 5, 2001 — " (ABC News,
#: UPI). It gives the story's filing date (see :func:`eventwire.pipeline.dated_by_dateline`) and no place.
DATE_DATELINE = re.compile(
    r"""(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2},\s*\d{4})
        \s*(?:\((?P<agency>[A-Za-z .&]{2,40})\))?
        \s*[-–—]{1,2}\s+""",
    re.VERBOSE,
)


def colon_dateline_place(place: str) -> bool:
    """True when the all-capitals words before a colon at the start of a paragraph ("KARACHI: Police arrested
    ...", "GAZA CITY: ...") name a place: at least four letters (not an acronym: "UN:", "IMF:") that the offline
    gazetteer lists as a country, a first-level subdivision or a city of 20,000 people or more. "UPDATE:",
    "WATCH:", "NATO:" are no datelines."""
    head = place.split(",")[0].strip()
    if not head.isupper() or sum(c.isalpha() for c in head) < 4:
        return False
    from ..geo.gazetteer import load_gazetteer

    return any(p.kind in ("country", "admin1") or (p.kind == "city" and p.population >= 20_000)
               for p, _primary in load_gazetteer().candidates(head))

def title_dateline_place(m: re.Match) -> bool:
    """True when a :data:`TITLE_DATELINE` match is a dateline: a date or an agency follows the place (without one,
    "Maiduguri, Nigeria — fighters attacked" may open a sentence and stays text), and the place's first part is one the offline gazetteer lists as a country, a
    first-level subdivision or a city of 20,000 people or more. Source: fresh user on real text ("Kyiv, March 3
    (Reuters) - Russian Foreign Minister Sergei Lavrov ..." made the dateline's city the actor)."""
    place = m.group("place")
    if not (m.group("date") or m.group("agency")):
        return False  # "Maiduguri, Nigeria — fighters attacked ...", "Washington, Tuesday - ...": may be text
    head = place.split(",")[0].strip()
    from ..geo.gazetteer import load_gazetteer

    return any(p.kind in ("country", "admin1") or (p.kind == "city" and p.population >= 20_000)
               for p, _primary in load_gazetteer().candidates(head))


#: A rubric label opening a paragraph or headline ("Analysis: Japan and South Korea agreed ...", "EXCLUSIVE: ..."):
#: one to three words before a colon, then the text. Only labels of lexicon ``rubric_label`` are rubrics: "Biden: US
#: will defend Taiwan" names its speaker.
RUBRIC = re.compile(r"(?P<label>[A-Za-z][A-Za-z&]*(?:[ -][A-Za-z&]+){0,2}):\s+(?=[\"“‘'A-Z0-9])")


def rubric_end(text: str, start: int, end: int) -> int | None:
    """The offset after a rubric label (:data:`RUBRIC`, lexicon ``rubric_label``: analysis, exclusive, explainer,
    opinion, factbox, breaking news ...) opening ``text[start:end]``, else None. The label is no part of the
    sentence: "Analysis: Japan and South Korea agreed to resume talks" made "Analysis" the actor (fresh user).
    Source: news rubric conventions (Reuters "EXCLUSIVE-", "ANALYSIS-", "FACTBOX-"; AP "EXPLAINER:")."""
    from ..lexicon import words

    m = RUBRIC.match(text, start, end)
    if m is None or m.end() >= end or m.group("label").lower() not in words("rubric_label"):
        return None
    return m.end()


_SENT_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")

#: The words after a sentence end that may open a run-in subheading and the sentence after it (see
#: :func:`run_in_subheads`): up to seven words without punctuation.
_RUN_IN = re.compile(r"[A-Z][\w’'\-]*(?: [\w’'\-]+){0,6}")
#: Longest run-in subheading, in words.
MAX_SUBHEAD_WORDS = 6
#: Openers that may also stand inside a name in title case ("Reporters Without Borders", "Center for Strategic
#: Studies"): after a capitalised word they do not end a heading.
NAME_PREPOSITIONS = frozenset({"in", "on", "at", "for", "from", "with", "without", "of"})


#: Penn Treebank tags of a verb, an auxiliary or a pronoun (no heading has one), of words a heading does not start with
#: (a preposition, a conjunction, an adverb) and of words it does not end with (a preposition, a determiner, a
#: conjunction, a particle).
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "PRP", "WP"})
_NO_HEAD_START = frozenset({"IN", "CC", "RB", "RBR", "RBS", "WRB"})
_NO_HEAD_END = frozenset({"IN", "DT", "PDT", "WDT", "CC", "TO", "RP", "POS", "PRP$"})


def _tags(words: str) -> list[str]:
    """The Penn Treebank tags the English model's tagger gives ``words`` (the tok2vec and tagger components only:
    a few words, read apart from the paragraph)."""
    from .model import load_model

    nlp = load_model()
    doc = nlp.make_doc(words)
    for name in ("tok2vec", "tagger"):
        doc = nlp.get_pipe(name)(doc)
    return [t.tag_ for t in doc]


def run_in_subheads(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of run-in subheadings in the paragraph ``text[start:end]``: a page flattened to text often joins
    a section heading to the paragraph after it with one space ("... as rapidly as possible.” Sovereignty
    negotiations Negotiations between Britain and Mauritius ...", "... to the tunnel. Recent attacks Since the
    beginning of the year, the BLA ..."), and the parser then reads the heading as part of the sentence. A
    heading is taken after a sentence end when it is one to six words without punctuation, starting with a capital,
    holds no verb or auxiliary (the spaCy tagger, on the heading alone), and is followed by a capitalised word
    that opens a sentence and cannot go on the heading: a closed-class opener (lexicon ``sentence_opener``: "The",
    "Since", "While", "Both") or the heading's last word again ("negotiations Negotiations"). "The case went before
    The Hague" has a verb; "Secretary of State Marco Rubio" and "Canada and Belgium" have no opener after them.
    Source: news page structure (section headings, HTML h2/h3, lost in flattening); audit of the VOA corpus
    (``../shared/corpus/voa``)."""
    from ..lexicon import words

    openers = words("sentence_opener")
    out: list[tuple[int, int]] = []
    for b in [m.end() + start for m in _SENT_END.finditer(text[start:end])]:
        m = _RUN_IN.match(text, b, end)
        if m is None:
            continue
        ws = m.group().split(" ")
        for k in range(1, min(len(ws) - 1, MAX_SUBHEAD_WORDS) + 1):
            nxt = ws[k]
            if not nxt[:1].isupper() or (nxt.lower() not in openers and nxt.lower() != ws[k - 1].lower()):
                continue
            if nxt.lower() in NAME_PREPOSITIONS and ws[k - 1][:1].isupper():
                continue  # "Reporters Without Borders", "Alliance for Peace": a preposition inside a name
            tags = _tags(" ".join(ws[:k]))
            if any(t in _VERB_TAGS for t in tags) or tags[0] in _NO_HEAD_START or tags[-1] in _NO_HEAD_END:
                break  # a sentence that goes on ("The case went before The Hague", "In a letter last week to The Hague")
            out.append((b, b + len(" ".join(ws[:k]))))
            break
    return out



@dataclass
class Segment:
    """A stretch of article text to code: ``start``/``end`` offsets in the article, ``kind``
    (``headline`` | ``body``), and the dateline found at its start, if any
    (``{"place", "date", "agency", "start", "end"}``)."""

    start: int
    end: int
    kind: str
    text: str
    dateline: dict | None = None
    paragraph: int = 0


@dataclass
class Segmentation:
    segments: list[Segment] = field(default_factory=list)
    dropped: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, why)
    dateline: dict | None = None
    collapsed_repeats: int = 0
    run_on_cuts: int = 0  # cuts made inside run-on stretches with no sentence end (see _run_on_pieces)
    #: cuts at whitespace inside one "sentence" longer than MAX_CHUNK_CHARS, the parser's piece (see _chunks)
    chunk_cuts: int = 0


def is_boilerplate(line: str) -> bool:
    """True when a whole line is boilerplate (copyright, update stamp, share prompt, byline)."""
    return bool(BOILERPLATE.match(line))


def segment_article(text: str, title: str | None = None) -> Segmentation:
    """Return the codable segments of ``text`` (see module doc). Never raises on odd input."""
    out = Segmentation()
    pos = 0
    para = 0
    first_nonempty = True
    first_body = True
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lstart = start + (len(line) - len(line.lstrip()))
        lend = start + len(line.rstrip())
        if is_boilerplate(stripped):
            pieces = _non_boilerplate_pieces(text, lstart, lend, out)
            if not pieces:
                continue
        else:
            pieces = [(lstart, lend)]
        for lstart, lend in pieces:
            stripped = text[lstart:lend]
            kind = "body"
            if first_nonempty and title and stripped == title.strip():
                kind = "headline"
            first_nonempty = False
            dl = None
            # a dateline opens the first paragraph of the body (the headline line, when there is one, comes first)
            opening = kind == "body" and first_body
            m = DATELINE.match(text, lstart, lend) if opening else None
            if kind == "body":
                first_body = False
            if m and m.group("colon") and not colon_dateline_place(m.group("place")):
                m = None
            dm = DATE_DATELINE.match(text, lstart, lend) if m is None and opening else None
            tm = TITLE_DATELINE.match(text, lstart, lend) if m is None and dm is None and opening else None
            if tm and title_dateline_place(tm):
                place = tm.group("place").strip()
                dl = {"place": place, "date": tm.group("date"), "agency": tm.group("agency"),
                      "start": tm.start("place"), "end": tm.start("place") + len(place)}
                if out.dateline is None:
                    out.dateline = dl
                lstart = tm.end()
            elif dm:
                dl = {"place": None, "date": dm.group("date"), "agency": dm.group("agency"),
                      "start": dm.start("date"), "end": dm.end("date")}
                if out.dateline is None:
                    out.dateline = dl
                lstart = dm.end()
            elif m and kind == "body" and (m.group("agency") or m.group("date") or m.group("place").isupper() or (
                    m.group("colon") is None and m.group("place").split(",")[0].strip().isupper() and "," in
                    m.group("place"))):
                # "MAIDUGURI, Nigeria —": a city in capitals with its country or state after it, then a dash
                place = m.group("place").strip().rstrip("-–— ").strip()  # "MAIDUGURI, Nigeria --": the dash is no place
                # the city is in capitals; a country or state after it is not ("KABUL, Afghanistan (AP) —")
                head = place.split(",")[0]
                if sum(c.isupper() for c in head) >= max(2, len(head.replace(" ", "")) // 2):
                    dl = {"place": place, "date": m.group("date"), "agency": m.group("agency"),
                          "start": m.start("place"), "end": m.start("place") + len(place)}
                    if out.dateline is None:
                        out.dateline = dl
                    lstart = m.end()
            rub = rubric_end(text, lstart, lend)
            if rub is not None:
                out.dropped.append((lstart, rub, "rubric"))
                lstart = rub
            for s0, e0 in _chunks(text, lstart, lend, out):
                for s1, e1 in _without_subheads(text, s0, e0, out) if kind == "body" else [(s0, e0)]:
                    for s, e in _run_on_pieces(text, s1, e1, out):
                        out.segments.append(Segment(s, e, kind, text[s:e], dl, para))
        para += 1
    return out


def _without_subheads(text: str, start: int, end: int, out: Segmentation) -> list[tuple[int, int]]:
    """``text[start:end]`` cut around its run-in subheadings (:func:`run_in_subheads`), which are dropped and
    recorded in ``out.dropped`` (reason ``subhead``): the pieces before and after each, stripped."""
    heads = run_in_subheads(text, start, end)
    if not heads:
        return [(start, end)]
    pieces, cur = [], start
    for hs, he in heads:
        out.dropped.append((hs, he, "subhead"))
        piece = text[cur:hs]
        if piece.strip():
            pieces.append((cur + len(piece) - len(piece.lstrip()), cur + len(piece.rstrip())))
        cur = he + 1
    piece = text[cur:end]
    if piece.strip():
        pieces.append((cur + len(piece) - len(piece.lstrip()), cur + len(piece.rstrip())))
    return pieces


def _non_boilerplate_pieces(text: str, start: int, end: int, out: Segmentation) -> list[tuple[int, int]]:
    """The stretches of the boilerplate line ``text[start:end]`` that are not boilerplate: the line cut into
    sentences (:data:`_SENT_END`), each boilerplate sentence dropped (recorded in ``out.dropped``), runs of
    kept sentences merged. Empty when every sentence is boilerplate (a footer line)."""
    bounds = [start] + [m.end() + start for m in _SENT_END.finditer(text[start:end])] + [end]
    pieces: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for s, e in zip(bounds, bounds[1:]):
        sent = text[s:e].strip()
        if not sent:
            continue
        s2 = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        e2 = s + len(text[s:e].rstrip())
        if is_boilerplate(sent):
            out.dropped.append((s2, e2, "boilerplate"))
            if cur is not None:
                pieces.append(cur)
                cur = None
            continue
        cur = (cur[0], e2) if cur is not None else (s2, e2)
    if cur is not None:
        pieces.append(cur)
    return pieces


#: A stretch with no sentence end longer than this is a run-on (a list, a machine-joined feed) and is cut into
#: pieces of at most RUN_ON_PIECE characters at clause marks; the coder's work per sentence grows with the
#: sentence's length times its triggers, so one unbounded "sentence" would make coding quadratic.
RUN_ON_CHARS = 3_000
RUN_ON_PIECE = 1_500
_CLAUSE_MARK = re.compile(r"[;,:]\s+|\s+(?:and|but|while|as)\s+")


def _run_on_pieces(text: str, start: int, end: int, out: Segmentation):
    """Yield (start, end) pieces of the chunk: sentences as they are, run-on stretches (longer than
    :data:`RUN_ON_CHARS` without a sentence end) cut at the last clause mark (";", ",", " and " ...)
    before each :data:`RUN_ON_PIECE` characters, else at whitespace; counted in ``out.run_on_cuts``. A piece of a
    run-on stretch identical to an earlier one (one clause repeated thousands of times with no full stop, a
    machine-joined feed) is coded once, counted in ``out.collapsed_repeats`` like repeated sentences (fresh user,
    stop 19: 1,100 records from one repeated clause)."""
    if end - start <= RUN_ON_CHARS:
        yield start, end
        return
    bounds = [m.end() + start for m in _SENT_END.finditer(text[start:end])] + [end]
    s = start
    piece = start
    seen: set[str] = set()

    def fresh(a: int, b: int) -> bool:
        key = " ".join(text[a:b].split())
        if key in seen:
            out.collapsed_repeats += 1
            return False
        seen.add(key)
        return True

    for b in bounds:
        if b - s > RUN_ON_CHARS:
            if s > piece:
                yield piece, s
            cur = s
            while b - cur > RUN_ON_PIECE:
                window = text[cur:cur + RUN_ON_PIECE]
                marks = [m.end() for m in _CLAUSE_MARK.finditer(window)]
                cut = cur + (marks[-1] if marks and marks[-1] > RUN_ON_PIECE // 3 else
                             (window.rfind(" ") + 1 if window.rfind(" ") > 0 else RUN_ON_PIECE))
                if fresh(cur, cut):
                    yield cur, cut
                out.run_on_cuts += 1
                cur = cut
            if fresh(cur, b):
                yield cur, b
            piece = b
        s = b
    if end > piece:
        yield piece, end


def _chunks(text: str, start: int, end: int, out: Segmentation):
    """Yield (start, end) pieces of at most MAX_CHUNK_CHARS, cut at sentence ends; identical repeated
    sentences in an over-long paragraph are collapsed (counted in ``out.collapsed_repeats``)."""
    if end - start <= MAX_CHUNK_CHARS:
        yield start, end
        return
    seen: set[str] = set()
    cur_s = cur_e = None
    s = start
    bounds = [m.end() + start for m in _SENT_END.finditer(text[start:end])] + [end]
    for b in bounds:
        sent = text[s:b]
        key = sent.strip()
        if key in seen:
            out.collapsed_repeats += 1
            if cur_s is not None:
                yield cur_s, cur_e
                cur_s = None
        else:
            seen.add(key)
            if cur_s is None:
                cur_s = s
            elif b - cur_s > MAX_CHUNK_CHARS:
                yield cur_s, cur_e
                cur_s = s
            cur_e = b
            # a single sentence longer than the limit: hard cut at whitespace, counted (the run report says
            # chunk_cuts:N): every cut of the text is reported, nothing is cut silently
            while cur_e - cur_s > MAX_CHUNK_CHARS:
                cut = text.rfind(" ", cur_s, cur_s + MAX_CHUNK_CHARS)
                cut = cut if cut > cur_s else cur_s + MAX_CHUNK_CHARS
                yield cur_s, cut
                out.chunk_cuts += 1
                cur_s = cut
        s = b
    if cur_s is not None and cur_e > cur_s:
        yield cur_s, cur_e
