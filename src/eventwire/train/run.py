"""``eventwire train``: rebuild the shipped trigger detector from ``../shared`` in one command.

Steps: read the annotated corpus (:func:`eventwire.train.corpus.load_annotated`), segment and parse it like the
pipeline, place each event's trigger token, fit the detector on the ``train`` split
(:func:`eventwire.train.trigger.fit`), score it on the ``dev`` split, and write
``trigger_detector.json.gz`` + ``trigger_detector.md`` (the model card) into the output folder (default: the
package's ``data/models``). Deterministic: the same data and version give the same file, byte for byte.
"""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from ..errors import EvaluationError
from ..events.detector import MODEL_FILE
from .corpus import build_trigger_docs, load_annotated
from . import trigger as T

PACKAGE_MODELS = Path(__file__).resolve().parents[1] / "data" / "models"


def train_detector(shared: Path, out: Path | None = None, *, fraction: float = 1.0, c: float = T.C,
                   cv: int = 0, log=print) -> dict:
    """Train and write the detector. ``shared``: the shared data folder; ``out``: output folder (default
    :data:`PACKAGE_MODELS`; must exist); ``fraction``: share of the train-split articles used (learning
    curves); ``cv``: when 2 or more, also choose the detector's threshold by ``cv``-fold cross-validation on
    whole stories (:func:`eventwire.train.tune.cross_validate`) and report it in the card. Returns the figures
    of the model card (``dev`` token-level scores, counts, seconds). Raises
    :class:`~eventwire.errors.EvaluationError` when the training data is missing or the output folder does not
    exist, and ``ImportError`` (with the install hint) without scikit-learn."""
    try:
        import sklearn  # noqa: F401
    except ImportError as e:
        raise ImportError('eventwire train needs scikit-learn: pip install -e ".[train]"') from e
    out = Path(out) if out else PACKAGE_MODELS
    if not out.is_dir():
        raise EvaluationError(f"output folder does not exist: {out}")
    t0 = time.time()
    arts = load_annotated(Path(shared))
    log(f"corpus: {len(arts)} articles, {sum(len(a.events) for a in arts)} events")
    stats: dict = {}
    tdocs = build_trigger_docs(arts, stats=stats)
    log(f"parsed: {stats}")
    Xtr, ytr, _ = T.examples(tdocs, "train", fraction)
    Xde, yde, _ = T.examples(tdocs, "dev")
    log(f"examples: train {len(Xtr)}, dev {len(Xde)}; fitting")
    det = T.fit(Xtr, ytr, c)
    dev = T.token_scores(det, Xde, yde)
    split = {td.article_id: td.split for td in tdocs}
    counts = {"articles": len(arts), "by_source": dict(sorted(Counter(a.source for a in arts).items())),
              "train_articles": sum(1 for s in split.values() if s == "train"),
              "dev_articles": sum(1 for s in split.values() if s == "dev"),
              "train_examples": len(Xtr), "dev_examples": len(Xde), "fraction": fraction}
    det.meta = {"dev": dev, "counts": counts, "C": c, "features": len(det.weights)}
    tuning = None
    if cv >= 2:
        from .tune import cross_validate

        log(f"{cv}-fold cross-validation on whole stories")
        tuning = cross_validate(arts, tdocs, cv, log=log)
        log("story-level F1 by threshold: "
            + ", ".join(f"{th}: {v['f1']}" for th, v in tuning["by_threshold"].items()) + f"; best {tuning['best']}; best (add, beside) {tuning['best_pair']}")
    T.write_model(det, out / MODEL_FILE)
    secs = time.time() - t0
    (out / MODEL_FILE.replace(".json.gz", ".md")).write_text(T.model_card(det, stats, dev, counts, secs, tuning),
                                                              encoding="utf-8")
    log(f"dev (token level): P {dev['precision']} R {dev['recall']} F1 {dev['f1']}; wrote {out / MODEL_FILE} "
        f"in {secs:.0f} s")
    return {"dev": dev, "counts": counts, "seconds": round(secs, 1), "tuning": tuning}
