"""Train the trigger detector (:mod:`eventwire.events.detector`) from the annotated corpus
(:mod:`eventwire.train.corpus`): multinomial logistic regression (scikit-learn, lbfgs, fixed seed) over the
detector's sparse token features. Candidate tokens of the ``train`` split are the examples; the ``dev`` split
gives the model card's token-level scores. Needs the ``train`` extra (``pip install -e ".[train]"``).
"""
from __future__ import annotations

import datetime as _dt
import gzip
import json
from collections import Counter
from pathlib import Path

from ..events.detector import NONE, SentenceInfo, TriggerDetector, is_candidate, trigger_features
from ..schema import PLOVER_EVENTS, stable_id

#: Inverse regularisation strength of the logistic regression (chosen on the dev split, see the model card).
C = 0.5
#: Weights smaller than this in absolute value are dropped from the shipped model.
PRUNE = 1e-3
#: Features seen on fewer training tokens than this are not used (noise, and size).
MIN_COUNT = 2


def examples(tdocs, split: str | None = None, fraction: float = 1.0) -> tuple[list[list[str]], list[str], list]:
    """``(features, labels, tokens)`` of every candidate token of the :class:`~eventwire.train.corpus.TriggerDoc`
    list ``tdocs`` (only the ``split`` given, if any; for learning curves, a ``fraction`` of its articles: those
    with the smallest content hash of their id, the same every run)."""
    arts = sorted({td.article_id for td in tdocs if split is None or td.split == split}, key=stable_id)
    keep = set(arts[:max(1, round(len(arts) * fraction))]) if fraction < 1 else set(arts)
    X, y, toks = [], [], []
    for td in tdocs:
        if td.article_id not in keep or (split is not None and td.split != split):
            continue
        gold = dict(td.triggers)
        for sent in td.doc.sents:
            info = SentenceInfo(sent)
            for t in sent:
                if is_candidate(t):
                    X.append(trigger_features(t, info))
                    y.append(gold.get(t.i, NONE))
                    toks.append(t)
    return X, y, toks


def fit(X: list[list[str]], y: list[str], c: float = C, seed: int = 0) -> TriggerDetector:
    """Fit the logistic regression on the features seen at least :data:`MIN_COUNT` times and return it as a
    :class:`TriggerDetector` (weights pruned below :data:`PRUNE`, rounded to 6 decimals)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(f for fs in X for f in set(fs))
    dv = DictVectorizer(sort=True)
    Xm = dv.fit_transform([{f: 1 for f in fs if seen[f] >= MIN_COUNT} for fs in X])
    clf = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    clf.fit(Xm, y)
    classes = [str(k) for k in clf.classes_]
    names = dv.get_feature_names_out()
    coef = clf.coef_
    weights: dict[str, list] = {}
    for j, name in enumerate(names):
        col = [(i, round(float(coef[i, j]), 6)) for i in range(len(classes)) if abs(coef[i, j]) >= PRUNE]
        if col:
            weights[str(name)] = col
    return TriggerDetector(classes, weights, [round(float(b), 6) for b in clf.intercept_])


def token_scores(det: TriggerDetector, X, y, threshold: float = 0.5) -> dict:
    """Token-level precision/recall/F1 of typed triggers (a token is predicted as its best type when that type's
    probability is at least ``threshold``), and of detection alone (any type)."""
    tp = det_tp = n_pred = 0
    n_gold = sum(1 for v in y if v != NONE)
    per: dict[str, Counter] = {}
    for fs, gold in zip(X, y):
        p = det.probabilities(fs)
        best = max((i for i in range(len(p)) if i != det.none_index), key=lambda i: (p[i], -i))
        pred = det.classes[best] if p[best] >= threshold else NONE
        if pred != NONE:
            n_pred += 1
            per.setdefault(pred, Counter())["pred"] += 1
        if gold != NONE:
            per.setdefault(gold, Counter())["gold"] += 1
        if pred != NONE and gold != NONE:
            det_tp += 1
            if pred == gold:
                tp += 1
                per[gold]["tp"] += 1

    def r(a, b):
        return round(a / b, 4) if b else None

    return {"precision": r(tp, n_pred), "recall": r(tp, n_gold), "f1": r(2 * tp, n_pred + n_gold),
            "detection_precision": r(det_tp, n_pred), "detection_recall": r(det_tp, n_gold),
            "gold": n_gold, "predicted": n_pred,
            "per_type_f1": {t: r(2 * c["tp"], c["pred"] + c["gold"]) for t, c in sorted(per.items())}}


def write_model(det: TriggerDetector, path: Path) -> None:
    """Write the detector as gzip-compressed JSON, byte-identical for the same model (fixed gzip mtime)."""
    data = json.dumps(det.to_json(), sort_keys=True, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)


def model_card(det: TriggerDetector, stats: dict, dev: dict, counts: dict, seconds: float,
               tuning: dict | None = None) -> str:
    """The model card (Markdown) written beside the model (``tuning``: the cross-validation of
    :func:`eventwire.train.tune.cross_validate`, when run)."""
    lines = [
        "# eventwire trigger detector — model card", "",
        f"Built by `eventwire train` on {_dt.date.today().isoformat()} in {seconds:.0f} s (CPU).", "",
        "- **What**: multinomial logistic regression over sparse token features of the spaCy parse "
        "(`eventwire.events.detector.trigger_features`); classes: the 16 PLOVER types and NONE.",
        f"- **Data**: {counts['articles']} annotated articles ({counts['by_source']}), {stats['events']} events, "
        f"{stats['placed']} placed on a trigger token ({stats['unplaced']} not placed, {stats['collisions']} "
        "two types on one token). Sources: `../shared/train/` and `training/annotations/voa_train_events.jsonl`. "
        "Never `eval/voa_news` (evaluation only).",
        f"- **Split**: by article id hash (`eventwire.train.corpus.split_of`): {counts['train_articles']} train, "
        f"{counts['dev_articles']} dev articles; {counts['train_examples']} / {counts['dev_examples']} candidate "
        "tokens.",
        f"- **Fit**: scikit-learn LogisticRegression(C={C}, lbfgs, random_state=0) over features seen on at least "
        f"{MIN_COUNT} training tokens; weights below {PRUNE} pruned; {len(det.weights)} features kept.",
        f"- **Dev split, token level** (typed trigger, threshold 0.5): P {dev['precision']}, R {dev['recall']}, "
        f"F1 {dev['f1']}; detection P {dev['detection_precision']}, R {dev['detection_recall']}.",
        "- **Per type F1 (dev)**: " + ", ".join(f"{t} {v}" for t, v in dev["per_type_f1"].items()),
        *([f"- **Threshold** ({tuning['folds']}-fold cross-validation on whole training stories, story-level "
            "scoring of `eval/voa_news/SOURCE.txt`; 1.01 = rules only): " + "; ".join(
                f"{th}: P {v['precision']} R {v['recall']} F1 {v['f1']}" for th, v in tuning["by_threshold"].items())
            + f". Best single threshold: {tuning['best']}. Evidence-anchored story events, for comparison "
            "(`eventwire.train.tune.evidence_scores`: a record counts when it reports an annotated event from its "
            "evidence sentence; `outside`: story events in no evidence sentence): " + "; ".join(
                f"{th}: P {v['evidence']['precision']} R {v['evidence']['recall']} F1 {v['evidence']['f1']} "
                f"outside {v['evidence']['outside']}" for th, v in tuning["by_threshold"].items()) + ".",
            "- **Thresholds by pair** (add where no rule record reads the sentence / beside where one does; same "
            "cross-validation): "
            + "; ".join(f"{p}: F1 {v['f1']}" for p, v in sorted(tuning.get("by_pair", {}).items(),
                                                                key=lambda kv: -kv[1]["f1"])[:10])
            + f". Chosen: {tuning.get('best_pair')}, the most conservative pair within {tuning.get('near_best')} F1 of the best (the "
            "coder's `eventwire.events.triggers.DETECTOR_ADD` and `DETECTOR_ADD_BESIDE`)."] if tuning else []),
        "- **Caveat**: one annotator; a repeated mention of an event is annotated once per story, so token-level "
        "figures understate what the coder finds. Whole-story accuracy: `eventwire evaluate --gold voa_news`.",
    ]
    return "\n".join(lines) + "\n"


def known_types() -> list[str]:
    """The classes a detector may have: PLOVER types and NONE."""
    return [*PLOVER_EVENTS, NONE]
