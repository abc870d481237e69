"""Training corpus of the trained event components: annotated real news -> spaCy Docs with gold triggers.

Sources (never an evaluation set; ``eval/voa_news`` is refused by :func:`load_annotated`):

* ``train``: ``../shared/train/`` (articles ``articles.jsonl`` + events ``events.jsonl``; ~20 outlets and BBC
  politics; one annotator under ``eval/voa_news/ANNOTATION.md``);
* ``voa_train``: ``training/annotations/voa_train_events.jsonl`` in this repository (eventwire's own annotation
  of the 32 VOA stories of ``../shared/corpus/voa`` that are not in ``eval/voa_news``, same protocol; the texts
  are read from ``../shared/corpus/voa``).

Each annotated event gives its ``evidence`` sentence (an exact substring of the article) and its ``trigger``
words inside it. The article is segmented and parsed exactly as :func:`eventwire.pipeline.code_batch` does
(:func:`eventwire.nlp.segment.segment_article`, the packaged spaCy model), so that training tokens are the
tokens the coder sees. The trigger words become one **trigger token** (:func:`trigger_head`) labelled with
the event's PLOVER type; every other token is a negative. Articles with no event are kept: all negatives.

The split is by article, from a content hash of the article id (:func:`split_of`), so it is the same on every
machine and run: ``dev`` for model selection, the rest for training.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvaluationError
from ..schema import PLOVER_EVENTS

#: Share of articles held out as the development split (by id hash, see :func:`split_of`).
DEV_SHARE = 0.15

#: Light verbs that carry no event of their own when the trigger words hold a content word too
#: ("took the suspect into custody" -> custody is not chosen, "took" is the head; "stand accused" -> accused).
LIGHT_VERBS = frozenset({"be", "have", "stand", "make", "give", "do", "get", "hold", "come", "go", "remain"})


@dataclass
class AnnotatedArticle:
    """One annotated article: ``id``, ``text``, ``title`` (or None), ``source`` (``train`` or
    ``voa_train``), ``events`` (the annotation dicts, ANNOTATION.md fields)."""

    id: str
    text: str
    title: str | None
    source: str
    events: list[dict] = field(default_factory=list)


def split_of(article_id: str, dev_share: float = DEV_SHARE) -> str:
    """``"dev"`` or ``"train"`` for an article id: the first 8 hex digits of its SHA-256 as a fraction of
    2^32, below ``dev_share`` -> dev. Deterministic across runs and machines."""
    h = int(hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:8], 16) / 2 ** 32
    return "dev" if h < dev_share else "train"


def repo_root() -> Path:
    """The repository checkout (three levels above this package's folder)."""
    return Path(__file__).resolve().parents[3]


def _jsonl(p: Path) -> list[dict]:
    if not p.exists():
        raise EvaluationError(f"training data not found: {p}")
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_annotated(shared: Path, sources: tuple[str, ...] = ("train", "voa_train")) -> list[AnnotatedArticle]:
    """Read the annotated articles of ``sources`` (see module docstring). Returns them sorted by (source,
    id). Raises :class:`~eventwire.errors.EvaluationError` when a file is missing, when an annotation names an
    unknown article or type, or when a VOA story of ``eval/voa_news`` appears (evaluation only)."""
    out: list[AnnotatedArticle] = []
    if "train" in sources:
        arts = {a["id"]: AnnotatedArticle(a["id"], a["text"], a.get("title"), "train")
                for a in _jsonl(shared / "train/articles.jsonl")}
        for n, e in enumerate(_jsonl(shared / "train/events.jsonl"), 1):
            _check(e, arts, f"train/events.jsonl:{n}")
            arts[e["story_id"]].events.append(e)
        out += sorted(arts.values(), key=lambda a: a.id)
    if "voa_train" in sources:
        held_out = {str(d["id"]) for d in _jsonl(shared / "eval/voa_news/stories.jsonl")}
        ann = _jsonl(repo_root() / "training/annotations/voa_train_events.jsonl")
        stories = {str(d["id"]): d for d in _jsonl(shared / "corpus/voa/voa_stories.jsonl")}
        ids = sorted({str(e["story_id"]) for e in ann} | (set(stories) - held_out))
        arts = {}
        for i in ids:
            if i in held_out:
                raise EvaluationError(f"VOA story {i} is in eval/voa_news: evaluation only, never trained on")
            d = stories[i]
            arts[i] = AnnotatedArticle(f"voa/{i}", d["text"], d.get("title"), "voa_train")
        for n, e in enumerate(ann, 1):
            _check(e, {k: v for k, v in arts.items()}, f"voa_train_events.jsonl:{n}", key=str(e["story_id"]))
            arts[str(e["story_id"])].events.append(e)
        out += [arts[i] for i in ids]
    return out


def _check(e: dict, arts: dict, where: str, key: str | None = None) -> None:
    a = arts.get(key if key is not None else e.get("story_id"))
    if a is None:
        raise EvaluationError(f"{where}: unknown article {e.get('story_id')!r}")
    if e.get("event") not in PLOVER_EVENTS:
        raise EvaluationError(f"{where}: unknown PLOVER type {e.get('event')!r}")
    if e.get("evidence") not in a.text:
        raise EvaluationError(f"{where}: evidence is not a substring of the article text")


def trigger_offsets(text: str, e: dict) -> tuple[int, int] | None:
    """Article offsets ``(start, end)`` of an annotated event's trigger words: the first occurrence of the
    trigger inside the first occurrence of the evidence; None when the trigger is missing or not inside."""
    ev = e.get("evidence") or ""
    trig = (e.get("trigger") or "").strip()
    s = text.find(ev) if ev else -1
    if s < 0 or not trig:
        return None
    t = ev.find(trig)
    if t < 0:
        t = ev.lower().find(trig.lower())
    if t < 0:
        return None
    return s + t, s + t + len(trig)


def trigger_head(tokens) -> object | None:
    """The one token that stands for a trigger phrase (a list of spaCy tokens of one sentence): content
    words (verbs, nouns, adjectives) before function words; a light verb ("took ... into custody", "stand
    accused") only when no other content verb is in the phrase... then the highest token in the parse (its
    head outside the phrase), then the first. None for an empty list."""
    toks = list(tokens)
    if not toks:
        return None
    content = [t for t in toks if t.pos_ in ("VERB", "NOUN", "ADJ", "PROPN")] or toks
    heavy = [t for t in content if t.lemma_.lower() not in LIGHT_VERBS]
    if heavy and len(heavy) < len(content):
        # "stand accused": the participle; "took the suspect into custody": keep the verb unless the only
        # other content words are the object and a noun -> the verb phrase head stays the light verb
        verbs = [t for t in heavy if t.pos_ in ("VERB", "ADJ")]
        content = verbs or content
    ids = {t.i for t in toks}

    def depth(t):
        d = 0
        while t.head.i != t.i and t.head.i in ids and d < 50:
            t, d = t.head, d + 1
        return d

    return min(content, key=lambda t: (depth(t), t.i))


@dataclass
class TriggerDoc:
    """One parsed segment with its gold trigger tokens: ``doc`` (spaCy Doc), ``triggers`` (list of
    ``(token index, PLOVER type)``), ``article_id``, ``source``, ``split`` (``train``/``dev``)."""

    doc: object
    triggers: list[tuple[int, str]]
    article_id: str
    source: str
    split: str


def build_trigger_docs(articles: list[AnnotatedArticle], nlp=None, stats: dict | None = None) -> list[TriggerDoc]:
    """Segment and parse every article like the pipeline does, and mark each annotated event's trigger
    token (:func:`trigger_head`) with its PLOVER type. An event whose trigger cannot be placed is counted in
    ``stats["unplaced"]``; two events on one token keep the first type (``stats["collisions"]``). Returns one
    :class:`TriggerDoc` per segment, in article order."""
    from ..nlp.model import load_model
    from ..nlp.segment import segment_article

    nlp = nlp or load_model()
    stats = stats if stats is not None else {}
    for k in ("events", "placed", "unplaced", "collisions", "segments"):
        stats.setdefault(k, 0)
    out: list[TriggerDoc] = []
    plans = []
    for a in articles:
        seg = segment_article(a.text, a.title)
        plans.append((a, seg))
    texts = [s.text for _, seg in plans for s in seg.segments]
    docs = iter(nlp.pipe(texts, batch_size=64))
    for a, seg in plans:
        split = split_of(a.id)
        seg_docs = [(s, next(docs)) for s in seg.segments]
        marks: dict[tuple[int, int], str] = {}
        for e in a.events:
            stats["events"] += 1
            off = trigger_offsets(a.text, e)
            placed = False
            if off is not None:
                for k, (s, doc) in enumerate(seg_docs):
                    toks = [t for t in doc if s.start + t.idx < off[1] and s.start + t.idx + len(t) > off[0]]
                    if toks:
                        sent = toks[0].sent
                        head = trigger_head([t for t in toks if t.sent == sent])
                        if (k, head.i) in marks:
                            stats["collisions"] += marks[(k, head.i)] != e["event"]
                        else:
                            marks[(k, head.i)] = e["event"]
                        placed = True
                        break
            stats["placed" if placed else "unplaced"] += 1
        for k, (s, doc) in enumerate(seg_docs):
            stats["segments"] += 1
            trig = sorted((i, t) for (kk, i), t in marks.items() if kk == k)
            out.append(TriggerDoc(doc, trig, a.id, a.source, split))
    return out
