"""Loaders for the gold sets in ``../shared/eval`` (and the field cases and seed), into one shape.

Every loader returns a :class:`GoldSet`: a list of :class:`GoldItem` (one text to code, with the gold
events expected in it and any set-specific label) plus notes on how the source was read. Gold texts are
not copied anywhere; they are read from the shared folder at run time.

Names (``--gold NAME``): ``plover_gsr``, ``universalpetrarch_gsr``, ``conflibert_cameo_class``,
``conflibert_cameo_ner`` (``conflibert_cameo`` = both), ``case2021``, ``india_police``, ``cases``, ``seed``,
``voa_news`` (whole real stories);
``all`` = every one. A PATH to a ``.json`` file in the PLOVER GSR format is read as ``plover_gsr``.

The shared folder is ``$EVENTWIRE_SHARED`` if set, else ``../shared`` beside the repository checkout, else
``../shared`` from the working directory.
"""
from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable

from ..errors import EvaluationError
from ..schema import PLOVER_EVENTS, stable_id
from .crosswalk import load_crosswalk, norm_country, norm_sector, parse_cameo_actor


@dataclass
class GoldActor:
    """A gold actor or recipient: ``code`` (ISO alpha-3 or PLOVER non-state code, None = no country named),
    ``sector`` (PLOVER sector or None), ``text`` (words in the gold file, when given)."""

    code: str | None
    sector: str | None = None
    text: str | None = None


@dataclass
class GoldEvent:
    """One expected event. ``types``: accepted PLOVER types, the first is the gold type; ``actors`` /
    ``recipients``: lists of :class:`GoldActor` (empty recipients = gold names none); ``negated``;
    ``status`` (``actual``, ``future``, ``hypothetical``, ``historical``); ``symmetric``: either direction
    is correct; ``require_actor``: an actor country must match (False for sets with no actor fields);
    ``source_id``: id of the gold record; ``core``: agreed by every annotator (False = coded by one only, an
    "extra" event of ``voa_news``: it may be matched but is not required); ``reported``: the gold attribution
    flag, where the set has one; ``evidence``: the gold sentence, where the set gives it."""

    types: tuple[str, ...]
    actors: list[GoldActor] = field(default_factory=list)
    recipients: list[GoldActor] = field(default_factory=list)
    negated: bool = False
    status: str = "actual"
    symmetric: bool = False
    require_actor: bool = True
    source_id: str | None = None
    core: bool = True
    reported: bool | None = None
    evidence: str | None = None

    @property
    def type(self) -> str:
        return self.types[0]

    @property
    def is_actual(self) -> bool:
        """False for gold items that must not be emitted as actual events (negated or hypothetical)."""
        return not self.negated and self.status != "hypothetical"


@dataclass
class GoldItem:
    """One text to code. ``id`` (unique in the set; used as the Article id), ``text``,
    ``publication_date`` (ISO or None), ``title``, ``events`` (list of :class:`GoldEvent`, empty = no event
    expected), ``label`` (set-specific: quad class 0-4, ACLED sub-type, dict of India police labels, the seed
    spec), ``spans`` (list of (start, end, role) for actor spans; role S source, T target, R reciprocal;
    offsets into ``text``), ``scored`` (False = coded but not counted, e.g. an ACLED type marked SKIP),
    ``input_format`` (``html`` when ``text`` is a web page that ingest must extract first, else None)."""

    id: str
    text: str
    publication_date: str | None = None
    title: str | None = None
    events: list[GoldEvent] = field(default_factory=list)
    label: Any = None
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    scored: bool = True
    input_format: str | None = None


@dataclass
class GoldSet:
    """A loaded gold set: ``name``, ``kind`` (``events``, ``stories``, ``quad``, ``spans``, ``acled``, ``india``,
    ``seed``),
    ``items``, ``path`` (where it was read), ``notes`` (how it was read: mappings, skipped records),
    ``skipped`` (list of (record id, reason))."""

    name: str
    kind: str
    items: list[GoldItem]
    path: str = ""
    notes: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def shared_root() -> Path:
    """The shared data folder (see module docstring). Raises :class:`EvaluationError` when absent, and when
    ``$EVENTWIRE_SHARED`` is set to a folder without ``eval/`` (a typo there must not fall back to another copy of
    the data: fresh user, stop 19)."""
    env = os.environ.get("EVENTWIRE_SHARED")
    if env and not (Path(env) / "eval").is_dir():
        raise EvaluationError(f"EVENTWIRE_SHARED={env} is not the shared data folder (it has no eval/ folder)")
    cands = [Path(env)] if env else []
    cands += [Path(__file__).resolve().parents[3].parent / "shared", Path.cwd().parent / "shared",
              Path.cwd() / "shared"]
    for c in cands:
        if (c / "eval").is_dir():
            return c
    raise EvaluationError("shared data folder not found (set EVENTWIRE_SHARED or place it at ../shared)")


def _need(p: Path) -> Path:
    if not p.exists():
        raise EvaluationError(f"gold file not found: {p}")
    return p


def subset(items: list[GoldItem], limit: int | None) -> list[GoldItem]:
    """Deterministic subset of ``limit`` items: those with the smallest content hash of their id, kept in
    their original order (spread over the whole file, same every run). ``None``/0 = all."""
    if not limit or limit >= len(items):
        return items
    keep = set(sorted(range(len(items)), key=lambda i: stable_id(items[i].id))[:limit])
    return [it for i, it in enumerate(items) if i in keep]


# --------------------------------------------------------------------------- PLOVER GSR

#: PLOVER 0.5b1 names in the GSR -> PLOVER v0.8 (PLOVER_GSR readme; issue 3).
PLOVER_OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def _gsr_actors(v: Any) -> list[GoldActor]:
    if not isinstance(v, list):
        return []
    out = []
    for a in v:
        if isinstance(a, dict):
            out.append(GoldActor(norm_country(a.get("code")), norm_sector(a.get("sector")), a.get("actorText")))
    return out


def load_plover_gsr(path: Path | None = None) -> GoldSet:
    """PLOVER gold standard records (``eval/plover_gsr/PLOVER_GSR_CAMEO.json``): 322 records; the DOCUMENT
    header is skipped; old type names mapped by :data:`PLOVER_OLD_NAMES`; records with the same text become
    one item with several gold events. ``source`` -> actors, ``target`` -> recipients (a non-list target,
    e.g. '' or 'diplomatic', means none)."""
    p = _need(Path(path) if path else shared_root() / "eval/plover_gsr/PLOVER_GSR_CAMEO.json")
    try:
        recs = json.loads(p.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise EvaluationError(f"{p}: not JSON ({e})") from e
    if not isinstance(recs, list) or not all(isinstance(r, dict) for r in recs):
        raise EvaluationError(f"{p}: not a PLOVER GSR file (expected a JSON list of records with 'event', "
                              f"'text', 'source', 'target'; see ../shared/eval/plover_gsr)")
    gs = GoldSet("plover_gsr", "events", [], str(p))
    by_text: dict[str, GoldItem] = {}
    used_ids: set[str] = set()
    for r in recs:
        ev = str(r.get("event") or "").upper()
        if ev == "DOCUMENT":
            gs.skipped.append((r.get("id"), "DOCUMENT header record"))
            continue
        ev = PLOVER_OLD_NAMES.get(ev, ev)
        if ev not in PLOVER_EVENTS or not r.get("text"):
            gs.skipped.append((r.get("id"), f"unknown event {ev!r} or no text"))
            continue
        text = r["text"]
        it = by_text.get(text)
        if it is None:
            iid = f"plover_gsr:{r['id']}"
            if iid in used_ids:  # the file reuses an id for a different sentence (COERCE-0004): keep both apart
                n = 2
                while f"{iid}#{n}" in used_ids:
                    n += 1
                gs.notes.append(f"record id {r['id']} is used for two different sentences; the second is "
                                f"scored as {r['id']}#{n}")
                iid = f"{iid}#{n}"
            used_ids.add(iid)
            it = GoldItem(id=iid, text=text, publication_date=r.get("date"))
            by_text[text] = it
            gs.items.append(it)
        it.events.append(GoldEvent((ev,), _gsr_actors(r.get("source")), _gsr_actors(r.get("target")),
                                   source_id=r.get("id")))
    gs.notes.append("old names mapped: " + ", ".join(f"{k}->{v}" for k, v in PLOVER_OLD_NAMES.items()))
    gs.notes.append(f"{len(recs) - len(gs.skipped)} records in {len(gs.items)} distinct sentences")
    return gs


# --------------------------------------------------------------------------- UniversalPetrarch GSR

def load_universalpetrarch_gsr(path: Path | None = None, crosswalk_path: Path | None = None) -> GoldSet:
    """UniversalPetrarch validation records (``PETR2_GSR_validation.derived.json``, 78 sentences).
    CAMEO event codes -> PLOVER through the crosswalk; CAMEO actor codes -> (country, sector) by
    :func:`~eventwire.evaluate.crosswalk.parse_cameo_actor`. ``noevents`` records and CAMEO 01/02
    (statements, appeals: no PLOVER event) give items where no event is expected."""
    root = shared_root() if path is None or crosswalk_path is None else None
    p = _need(Path(path) if path else root / "eval/universalpetrarch_gsr/PETR2_GSR_validation.derived.json")
    cw = load_crosswalk(crosswalk_path or root / "reference/CAMEO2PLOVER-2021.txt")
    gs = GoldSet("universalpetrarch_gsr", "events", [], str(p))
    dropped = 0
    for r in json.loads(p.read_text(encoding="utf-8")):
        d = str(r.get("date") or "")
        pub = f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 and d.isdigit() else None
        text = r["text"]
        if not str(text or "").strip():
            # a record whose <Text> is empty in the XML keeps its sentence in the <Parse> (CoNLL-U) block
            text = _text_from_parse(p.with_name("PETR2_GSR_validation.xml"), str(r["id"]))
            if text:
                gs.notes.append(f"{r['id']}: empty <Text>; sentence rebuilt from its <Parse> tokens")
        it = GoldItem(id=f"upetr:{r['id']}", text=text, publication_date=pub, label=r.get("category"))
        for c in r.get("codings") or []:
            if "eventcode" not in c:
                continue
            e = cw.lookup(c["eventcode"])
            if e is None:
                dropped += 1
                continue
            sc, ss = parse_cameo_actor(c.get("sourcecode"))
            tc, ts = parse_cameo_actor(c.get("targetcode"))
            it.events.append(GoldEvent((e.event,), [GoldActor(sc, ss, c.get("sourcecode"))],
                                       [GoldActor(tc, ts, c.get("targetcode"))] if tc else [],
                                       source_id=f"{r['id']}:{c['eventcode']}"))
        gs.items.append(it)
    gs.notes.append(f"CAMEO codes mapped with {Path(cw.path).name}; {dropped} codings of roots 01/02 "
                    f"(statements/appeals) expect no PLOVER event")
    gs.notes += [f"crosswalk duplicate {d}" for d in cw.decisions]
    return gs


def _text_from_parse(xml_path: Path, sid: str) -> str:
    """The sentence of record ``sid`` rebuilt from the word forms of its CoNLL-U ``<Parse>`` block in the
    UniversalPetrarch XML (no space before punctuation and clitics); "" when the file or record is absent."""
    if not xml_path.exists():
        return ""
    raw = xml_path.read_text(encoding="utf-8", errors="replace")
    m = re.search(r'<Sentence[^>]*\bid="' + re.escape(sid) + r'".*?<Parse>(.*?)</Parse>', raw, re.S)
    if m is None:
        return ""
    out = ""
    for line in m.group(1).splitlines():
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].isdigit():
            continue
        w = cols[1]
        glue = not out or w in (".", ",", ";", ":", "!", "?", ")", "'s", "n't", "%") or out.endswith(("(", "$"))
        out += ("" if glue else " ") + w
    return out


# --------------------------------------------------------------------------- ConfliBERT

def load_conflibert_cameo_class(path: Path | None = None) -> GoldSet:
    """ConfliBERT ``cameo_class`` test split (451 sentences, TSV text<TAB>label). Label = CAMEO quad group
    0-4 (0 statement: no PLOVER event expected; 1 verbal coop, 2 material coop, 3 verbal conflict,
    4 material conflict)."""
    p = _need(Path(path) if path else shared_root() / "eval/conflibert/cameo_class__test.tsv")
    gs = GoldSet("conflibert_cameo_class", "quad", [], str(p))
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        text, _, lab = line.rpartition("\t")
        if not lab.strip().isdigit():
            gs.skipped.append((f"line {n}", "no label"))
            continue
        gs.items.append(GoldItem(id=f"cameo_class:{n}", text=text.strip(), label=int(lab)))
    return gs


_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "'s", "n't", "%", "'", "’s", "”"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "“"}


def load_conflibert_cameo_ner(path: Path | None = None) -> GoldSet:
    """ConfliBERT ``cameo_ner`` test split (CoNLL: token TAG per line, blank line between sentences; BIO
    tags with S source, T target, R reciprocal). Tokens are re-joined into text (no space before closing
    punctuation) and each gold span gets character offsets into that text."""
    p = _need(Path(path) if path else shared_root() / "eval/conflibert/cameo_ner__test.txt")
    gs = GoldSet("conflibert_cameo_ner", "spans", [], str(p))
    sent: list[tuple[str, str]] = []

    def flush() -> None:
        if not sent:
            return
        text, offs = "", []
        for i, (tok, _) in enumerate(sent):
            if i and tok not in _NO_SPACE_BEFORE and sent[i - 1][0] not in _NO_SPACE_AFTER:
                text += " "
            offs.append((len(text), len(text) + len(tok)))
            text += tok
        spans, cur = [], None
        for (tok, tag), (s, e) in zip(sent, offs):
            if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != tag[2:])):
                if cur:
                    spans.append(tuple(cur))
                cur = [s, e, tag[2:]]
            elif tag.startswith("I-") and cur:
                cur[1] = e
            else:
                if cur:
                    spans.append(tuple(cur))
                cur = None
        if cur:
            spans.append(tuple(cur))
        gs.items.append(GoldItem(id=f"cameo_ner:{len(gs.items) + 1}", text=text, spans=spans))
        sent.clear()

    for line in p.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            continue
        tok, _, tag = line.rpartition(" ")
        sent.append((tok, tag.strip()))
    flush()
    return gs


# --------------------------------------------------------------------------- CASE 2021 (ACLED)

@dataclass(frozen=True)
class AcledRule:
    """One row of ``data/acled_to_plover.tsv``: ``plover_event`` (PLOVER type, ``NONE`` = no event
    expected, ``SKIP`` = not scored), ``also_accept`` (tuple of PLOVER types), ``mode``, ``reason``."""

    subtype: str
    plover_event: str
    also_accept: tuple[str, ...]
    mode: str | None
    reason: str


def load_acled_map() -> dict[str, AcledRule]:
    """Read the packaged ACLED -> PLOVER table. Raises :class:`EvaluationError` on a duplicate sub-type or a
    type that is not PLOVER (message names the line)."""
    txt = resources.files("eventwire").joinpath("data/acled_to_plover.tsv").read_text(encoding="utf-8")
    out: dict[str, AcledRule] = {}
    header = True
    for n, line in enumerate(txt.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        f = line.split("\t")
        if len(f) != 5:
            raise EvaluationError(f"acled_to_plover.tsv:{n}: expected 5 tab-separated fields, got {len(f)}")
        sub, ev, also, mode, reason = (x.strip() for x in f)
        acc = tuple(a for a in also.split(";") if a)
        for t in (ev, *acc):
            if t not in PLOVER_EVENTS and t not in ("NONE", "SKIP"):
                raise EvaluationError(f"acled_to_plover.tsv:{n}: {t!r} is not a PLOVER event type")
        if sub in out:
            raise EvaluationError(f"acled_to_plover.tsv:{n}: duplicate sub-type {sub}")
        out[sub] = AcledRule(sub, ev, acc, mode or None, reason)
    return out


def load_case2021(path: Path | None = None) -> GoldSet:
    """CASE 2021 task 2 test set (1,019 snippets, ACLED sub-types). Each snippet expects one event of the
    mapped PLOVER type (actors are not annotated: ``require_actor`` False); ``NONE`` types expect nothing;
    ``SKIP`` types are coded but not scored except DIPLO's any-type detection."""
    default = "eval/case2021_task2_acled/test_set_final_release_with_labels.tsv"
    p = _need(Path(path) if path else shared_root() / default)
    amap = load_acled_map()
    gs = GoldSet("case2021", "acled", [], str(p))
    with p.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            sub = (r.get("SubType") or "").strip()
            rule = amap.get(sub)
            if rule is None:
                gs.skipped.append((r.get("id"), f"sub-type {sub!r} not in acled_to_plover.tsv"))
                continue
            it = GoldItem(id=f"case2021:{r['id']}", text=r["EventSnippet"], label=sub)
            if rule.plover_event in PLOVER_EVENTS:
                it.events.append(GoldEvent((rule.plover_event, *rule.also_accept), require_actor=False,
                                           source_id=r["id"]))
            it.scored = rule.plover_event != "SKIP"
            gs.items.append(it)
    gs.notes.append("mapping: src/eventwire/data/acled_to_plover.tsv (reasons in docs/acled_mapping.md)")
    return gs


# --------------------------------------------------------------------------- India police events

#: India Police Events sentence label -> accepted PLOVER types (with a COP actor). FORCE (police use of
#: force: lathi charge, firing, tear gas) is ASSAULT, or COERCE for crowd control without injury.
INDIA_LABELS = {"KILL": ("ASSAULT",), "ARREST": ("COERCE",), "FORCE": ("ASSAULT", "COERCE")}


def load_india_police(path: Path | None = None) -> GoldSet:
    """India Police Events (Halterman et al. 2021): 1,257 Times of India articles (March 2002). Article
    labels = union of its sentence labels KILL/ARREST/FORCE; each label expects an event of
    :data:`INDIA_LABELS` with an actor in sector COP anywhere in the article (recall over whole
    articles). Text is mojibake-repaired with ftfy; publication date from the metadata file."""
    import ftfy

    root = Path(path) if path else shared_root() / "eval/india_police_events"
    docs, sents, meta = _need(root / "docs.jsonl"), _need(root / "sents.csv"), root / "metadata_docid_url_date.jsonl"
    dates = {}
    if meta.exists():
        for line in meta.read_text(encoding="utf-8").splitlines():
            if line.strip():
                m = json.loads(line)
                dates[m["doc_id"]] = m.get("date")
    labels: dict[int, set[str]] = {}
    with sents.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            did = int(r["doc_id"])
            s = labels.setdefault(did, set())
            for k in INDIA_LABELS:
                if r.get(k) == "1":
                    s.add(k)
    gs = GoldSet("india_police", "india", [], str(root))
    for line in docs.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        did = d["doc_id"]
        labs = sorted(labels.get(did, set()))
        it = GoldItem(id=f"india:{did}", text=ftfy.fix_text(d["doc_text"]), publication_date=dates.get(did),
                      label=labs)
        for lab in labs:
            it.events.append(GoldEvent(INDIA_LABELS[lab], [GoldActor("IND", "COP")], require_actor=False,
                                       source_id=f"{did}:{lab}"))
        gs.items.append(it)
    gs.notes.append("labels: " + ", ".join(f"{k}->{'/'.join(v)} with a COP actor" for k, v in INDIA_LABELS.items()))
    return gs


# --------------------------------------------------------------------------- field cases, seed

#: IGO names as written in cases.jsonl -> PLOVER code (CASES.md conventions).
CASE_IGO = {"EU": "EUR", "UN": "UNO", "NATO": "IGO", "AU": "IGO", "IMF": "IGO", "ECOWAS": "IGO"}
_CASE_STATUS = {"intended": "future", "hypothetical": "hypothetical", "historical": "historical"}


def _case_actor(s: str | None) -> list[GoldActor]:
    if not s:
        return []
    s = s.strip()
    if s.upper() in CASE_IGO:
        return [GoldActor(CASE_IGO[s.upper()], None, s)]
    c, sec = s[:3].upper(), norm_sector(s[3:6]) if len(s) > 3 else None
    return [GoldActor(norm_country(c), sec, s)]


def load_cases(path: Path | None = None) -> GoldSet:
    """Field failure cases (``cases/cases.jsonl``). Expected events: CAMEO-style actor strings (``RUSMIL``)
    -> country + sector; IGO names -> EUR/UNO/IGO; a ``null`` source expects an actor with no country;
    status ``intended`` -> ``future``; other PLOVER types named in a ``note`` ("CONCEDE, or RETREAT with
    status future, are both acceptable") are accepted too; "both directions acceptable" makes it symmetric.
    Web-page inputs (C20, C22, C24) are marked ``input_format="html"`` and go through HTML ingest.
    A case given as several ``input_documents`` (syndicated copies) is coded on its first document.
    Cases whose input is built by a recipe (binary, 5 MB) or has no text are skipped (reason given)."""
    p = _need(Path(path) if path else shared_root() / "cases/cases.jsonl")
    gs = GoldSet("cases", "events", [], str(p))
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        c = json.loads(line)
        text, pub = c.get("input_text"), c.get("publication_date")
        docs = c.get("input_documents") or []
        if not text and docs and isinstance(docs[0], dict):
            text, pub = docs[0].get("text"), docs[0].get("publication_date") or pub
        if c.get("input_recipe") or not isinstance(text, str) or not text.strip():
            gs.skipped.append((c["id"], "input built by a recipe or empty: covered by the ingest tests"))
            continue
        it = GoldItem(id=f"case:{c['id']}", text=text, publication_date=pub, label=c.get("must_not"),
                      input_format="html" if re.match(r"\s*<(!doctype|html|body|article)", text, re.I) else None)
        for e in c.get("expected") or []:
            note = e.get("note") or ""
            alts = [t for t in re.findall(r"\b[A-Z]{4,9}\b", note) if t in PLOVER_EVENTS and t != e["type"]]
            it.events.append(GoldEvent(
                (e["type"], *dict.fromkeys(alts)), _case_actor(e.get("source")), _case_actor(e.get("target")),
                negated=bool(e.get("negated")), status=_CASE_STATUS.get(e.get("status") or "", "actual"),
                symmetric="both directions" in note, source_id=c["id"]))
        gs.items.append(it)
    return gs


def load_voa_news(path: Path | None = None) -> GoldSet:
    """VOA news gold (``eval/voa_news``): 42 whole VOA stories (public domain) with every event coded by two
    annotators (``gold.jsonl``: ``gold`` = ``core`` when both coded the same story, type, actor and recipient,
    ``extra`` when only one did). One item per story (text, title, the day of ``published`` as publication
    date); its events keep ``core``, ``reported``, ``status`` and ``evidence``. Scored story by story with the
    set's own rule (``SOURCE.txt``; :func:`eventwire.evaluate.metrics.story_scores`). Evaluation only: never
    train on it."""
    root = Path(path) if path else shared_root() / "eval/voa_news"
    gs = GoldSet("voa_news", "stories", [], str(root))
    items: dict[str, GoldItem] = {}
    for line in _need(root / "stories.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            items[str(d["id"])] = GoldItem(id=str(d["id"]), text=d["text"], title=d.get("title"),
                                           publication_date=(d.get("published") or "")[:10] or None)
    for n, line in enumerate(_need(root / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        g = json.loads(line)
        it = items.get(str(g.get("story_id")))
        if it is None or g.get("event") not in PLOVER_EVENTS:
            gs.skipped.append((f"gold.jsonl:{n}", "unknown story or event type"))
            continue
        it.events.append(GoldEvent(
            (g["event"],), [GoldActor(g.get("actor"), g.get("actor_sector"), g.get("actor_text"))],
            [GoldActor(g.get("recipient"), g.get("recipient_sector"), g.get("recipient_text"))]
            if g.get("recipient") else [],
            negated=bool(g.get("negated")), status=g.get("status") or "actual", source_id=f"gold.jsonl:{n}",
            core=g.get("gold", "core") == "core", reported=bool(g.get("reported")), evidence=g.get("evidence")))
    gs.items = list(items.values())
    gs.notes.append("story-level scoring of SOURCE.txt: a gold event is found when an emitted event of its story has "
                    "its type, actor and recipient codes (when given) and negation; precision over emitted "
                    "non-negated events against core and extra gold events")
    return gs


def load_seed(path: Path | None = None) -> GoldSet:
    """The seed article (``seed/article.txt``, ``meta.json``) with ``seed/expected.json`` as the label. It
    is scored with the matching rules of ``hooks/seed_check.py`` (must / must_not / quotes), imported from
    the shared folder so that both always agree."""
    root = Path(path) if path else shared_root() / "seed"
    spec = json.loads(_need(root / "expected.json").read_text(encoding="utf-8"))
    meta = json.loads((root / "meta.json").read_text(encoding="utf-8")) if (root / "meta.json").exists() else {}
    text = _need(root / "article.txt").read_text(encoding="utf-8")
    it = GoldItem(id=meta.get("id") or "seed", text=text, publication_date=spec.get("publication_date"),
                  title=meta.get("title"), label=spec)
    return GoldSet("seed", "seed", [it], str(root))


def load_seed_checker(shared: Path | None = None):
    """Import ``hooks/seed_check.py`` from the shared folder (its ``matches``, ``score_case``, ``counts``)."""
    import importlib.util

    p = _need((shared or shared_root()) / "hooks/seed_check.py")
    spec = importlib.util.spec_from_file_location("_eventwire_seed_check", p)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --------------------------------------------------------------------------- registry

LOADERS: dict[str, Callable[[], GoldSet]] = {
    "plover_gsr": load_plover_gsr,
    "universalpetrarch_gsr": load_universalpetrarch_gsr,
    "conflibert_cameo_class": load_conflibert_cameo_class,
    "conflibert_cameo_ner": load_conflibert_cameo_ner,
    "case2021": load_case2021,
    "india_police": load_india_police,
    "cases": load_cases,
    "seed": load_seed,
    "voa_news": load_voa_news,
}
#: Group names -> set names.
GROUPS = {"conflibert_cameo": ["conflibert_cameo_class", "conflibert_cameo_ner"], "all": list(LOADERS)}


def resolve_names(name: str) -> list[str]:
    """Expand ``--gold`` (comma-separated names, groups or a path) into loader names or paths."""
    out: list[str] = []
    for n in (x.strip() for x in name.split(",") if x.strip()):
        if n in GROUPS:
            out += GROUPS[n]
        elif n in LOADERS or Path(n).exists():
            out.append(n)
        elif n.endswith(".json") or "/" in n:
            raise EvaluationError(f"no such gold file: {n}")
        else:
            raise EvaluationError(f"unknown gold set {n!r}; known: {', '.join([*LOADERS, *GROUPS])} or a path")
    return list(dict.fromkeys(out))


def load_gold(name: str) -> GoldSet:
    """Load one gold set by name, or a PLOVER-GSR-format JSON file by path."""
    if name in LOADERS:
        return LOADERS[name]()
    p = Path(name)
    if p.suffix == ".json" or "/" in name or p.exists():
        if not p.exists():
            raise EvaluationError(f"no such gold file: {name}")
        if p.suffix != ".json":
            raise EvaluationError(f"{name}: a gold file must be a PLOVER GSR-format .json file")
        gs = load_plover_gsr(p)
        gs.name = p.stem
        return gs
    raise EvaluationError(f"unknown gold set {name!r}; known: {', '.join(sorted(LOADERS))}, or a path to a "
                          f"PLOVER GSR-format .json file")
