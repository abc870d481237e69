"""Score the system under test (:func:`eventwire.pipeline.code_batch`) on a gold set.

``score_set(gold, limit)`` loads the set, keeps a deterministic subset when ``limit`` is given, codes all
texts through ``code_batch`` in large batches (one spaCy ``pipe`` per batch), and computes the metrics of
the set's kind. Documents the pipeline skips or fails are counted in ``documents`` and score as
"nothing emitted"; the run never stops for one document.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import EmptyInput, EventwireError
from ..schema import Article, DocReport, Event
from . import metrics as M
from ..errors import EvaluationError
from .analysis import ErrorLog, analyse, manual_disagreements
from .loaders import GoldItem, GoldSet, load_gold, load_seed_checker, subset

#: Items per code_batch call.
BATCH = 256

#: Metrics (higher is better) that the quality gate pins, per set kind. Summary scores only: a precision
#: given up for more recall (or the reverse) is a trade the F1 judges, not a regression by itself.
GATED = {
    "events": ("type_macro_f1", "type_micro_f1", "event_f1"),
    "stories": ("event_f1",),
    "quad": ("quad_accuracy",),
    "spans": ("span_f1",),
    "acled": ("recall",),
    "india": ("recall",),
    "seed": ("seed_must_recall",),
}


@dataclass
class SetResult:
    """Result of one gold set: ``name``, ``kind``, ``n_items`` scored, ``limit`` used, ``metrics`` (flat
    dict of numbers, JSON-ready; nested tables under ``per_type``, ``confusion``...), ``documents``
    (coded/skipped/failed counts), ``notes``, ``errors`` (:class:`ErrorLog`), ``pred`` (item id -> events)."""

    name: str
    kind: str
    n_items: int
    limit: int | None
    metrics: dict[str, Any]
    documents: dict[str, int]
    notes: list[str] = field(default_factory=list)
    errors: ErrorLog | None = None
    pred: dict[str, list[Event]] = field(default_factory=dict)

    def gated(self) -> dict[str, float]:
        """The metrics the quality gate pins for this set (only those that were measured)."""
        return {k: self.metrics[k] for k in GATED.get(self.kind, ()) if self.metrics.get(k) is not None}

    def to_dict(self, n_errors: int = 0) -> dict[str, Any]:
        d = {"name": self.name, "kind": self.kind, "items": self.n_items, "limit": self.limit,
             "metrics": self.metrics, "documents": self.documents, "notes": self.notes}
        if n_errors and self.errors is not None:
            d["errors_by_kind"] = self.errors.by_kind()
            d["top_errors"] = self.errors.top(n_errors)
        return d


def run_coder(gs: GoldSet) -> tuple[dict[str, list[Event]], dict[str, int], list]:
    """Code every item of ``gs`` through ``code_batch``. Returns (item id -> events, document counts,
    quotes)."""
    from ..pipeline import code_batch

    pred: dict[str, list[Event]] = {it.id: [] for it in gs.items}
    counts = {"coded": 0, "skipped": 0, "failed": 0}
    quotes = []
    arts = [to_article(it) for it in gs.items]
    for i in range(0, len(arts), BATCH):
        res = code_batch(arts[i:i + BATCH])
        for e in res.events:
            pred.setdefault(e.article_id, []).append(e)
        quotes += res.quotes
        for r in res.reports:
            counts[r.status] = counts.get(r.status, 0) + 1
    return pred, counts, quotes


def to_article(it: GoldItem) -> Article | DocReport:
    """The Article the system under test gets for a gold item: the text as is, or, for ``input_format
    html``, the article ingest extracts from the page (publication date from the page, else the gold
    one). An ingest error becomes a skipped/failed :class:`DocReport` (the item then scores as "nothing
    emitted")."""
    if it.input_format == "html":
        from ..ingest.html import extract_html

        try:
            a = extract_html(it.text, id=it.id)
        except EventwireError as e:
            status = "skipped" if isinstance(e, EmptyInput) else "failed"
            return DocReport(it.id, status, f"{getattr(e, 'reason', e.code)}: {e.message}")
        if not a.publication_date:
            a.publication_date = it.publication_date
        return a
    return Article(text=it.text, id=it.id, title=it.title, publication_date=it.publication_date)


def compute_metrics(gs: GoldSet, pred: dict[str, list[Event]], quotes=None) -> dict[str, Any]:
    """Metrics of ``gs``'s kind over given predictions (no coding; used by tests with hand-made events)."""
    items = gs.items
    if gs.kind == "events":
        t = M.type_scores(items, pred)
        m = {"type_macro_f1": t["macro_f1"], "type_micro_precision": t["micro_precision"],
             "type_micro_recall": t["micro_recall"], "type_micro_f1": t["micro_f1"]}
        m.update(M.event_scores(items, pred))
        m.update(M.country_scores(items, pred))
        m["per_type"] = t["per_type"]
        m["confusion"] = M.confusion(items, pred)
        m["manual_disagreements"] = manual_disagreements(gs, pred)
        return m
    if gs.kind == "stories":
        return M.story_scores(items, pred)
    if gs.kind == "quad":
        return M.quad_scores(items, pred)
    if gs.kind == "spans":
        return M.span_scores(items, pred)
    if gs.kind in ("acled", "india"):
        m = M.label_recall(items, pred, cop_actor=gs.kind == "india")
        if gs.kind == "acled":
            from .loaders import load_acled_map

            diplo = load_acled_map()["DIPLO"].also_accept
            m["diplo_any_type_detection"] = M.any_type_detection(items, pred, "DIPLO", diplo)
        else:
            m["doc_precision_cop"] = M.ratio(
                sum(1 for it in items if it.events and M.police_events(pred.get(it.id, []))),
                sum(1 for it in items if M.police_events(pred.get(it.id, []))))
        m["overgeneration"] = M.ratio(sum(len(M.emitted(pred.get(it.id, []))) for it in items if it.scored),
                                      sum(len(it.events) for it in items if it.scored))
        return m
    if gs.kind == "seed":
        return _seed_metrics(gs, pred, quotes or [])
    raise ValueError(f"unknown gold set kind {gs.kind!r}")


def _seed_metrics(gs: GoldSet, pred, quotes) -> dict[str, Any]:
    sc = load_seed_checker()
    it = gs.items[0]
    spec = it.label
    evs = [e.to_dict() for e in pred.get(it.id, [])]
    qs = [q.to_dict() for q in quotes if q.article_id == it.id]
    ok, lines = sc.score_case(spec, evs, qs)
    must, bad, qn, _ = sc.counts(spec, evs, qs)
    return {"seed_passed": bool(ok), "seed_must_matched": must, "seed_must_total": len(spec.get("must", [])),
            "seed_must_recall": M.ratio(must, len(spec.get("must", []))), "seed_must_not_hits": bad,
            "seed_quotes_matched": qn, "seed_quotes_total": len(spec.get("quotes", [])),
            "emitted_events": len(evs), "seed_failures": lines}


def score_set(name: str, limit: int | None = None) -> SetResult:
    """Load gold set ``name`` (or path), keep :func:`~eventwire.evaluate.loaders.subset` of ``limit``
    items, code it and score it. Raises :class:`~eventwire.errors.EvaluationError` when the set cannot be
    read."""
    gs = load_gold(name)
    ids = [it.id for it in gs.items]
    if len(ids) != len(set(ids)):  # predictions are keyed by item id: a repeat would merge two items
        dup = sorted({i for i in ids if ids.count(i) > 1})[:3]
        raise EvaluationError(f"gold set {gs.name}: repeated item ids {dup}")
    total = len(gs.items)
    gs.items = subset(gs.items, limit)
    pred, counts, quotes = run_coder(gs)
    m = compute_metrics(gs, pred, quotes)
    notes = list(gs.notes)
    if len(gs.items) < total:
        notes.append(f"deterministic subset: {len(gs.items)} of {total} items (smallest content hash of id)")
    if gs.skipped:
        notes.append(f"{len(gs.skipped)} records skipped: " + "; ".join(f"{i}: {r}" for i, r in gs.skipped[:5]))
    res = SetResult(gs.name, gs.kind, len(gs.items), limit, m, counts, notes, analyse(gs, pred), pred)
    return res
