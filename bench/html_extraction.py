"""Mean token-level F1 of the HTML reader's extracted article body against ground truth.

Data: ../shared/corpus/news_html (scrapinghub/article-extraction-benchmark, 20 politics/world pages
with ground-truth ``articleBody``; see its SOURCE.txt). Tokens: lower-cased ``\\w+`` runs; F1 over
token multisets (bag of words), as in that benchmark's evaluation. The extracted body is
``Article.text`` (the headline is in ``Article.title`` and not counted).

Usage: ``python bench/html_extraction.py [--shared ../shared]`` prints per-page and mean F1.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

TOKEN = re.compile(r"\w+")


def token_f1(predicted: str, truth: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of lower-cased word tokens of ``predicted`` vs ``truth`` (multisets)."""
    p, t = Counter(TOKEN.findall(predicted.lower())), Counter(TOKEN.findall(truth.lower()))
    overlap = sum((p & t).values())
    if not p or not t:
        return (1.0, 1.0, 1.0) if not p and not t else (0.0, 0.0, 0.0)
    prec, rec = overlap / sum(p.values()), overlap / sum(t.values())
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def evaluate(root: Path) -> dict:
    """Score every page of ``root`` (the news_html folder). Returns ``{"pages": [{"page", "precision",
    "recall", "f1", "status"}...], "mean_f1", "mean_precision", "mean_recall", "n"}``; a page the
    reader skips scores 0."""
    from eventwire.ingest.html import extract_html
    from eventwire.errors import InputError

    truth = json.loads((root / "ground-truth.selected.json").read_text(encoding="utf-8"))
    pages = []
    for sha in sorted(truth):
        f = root / "html" / f"{sha}.html"
        try:
            art = extract_html(f.read_bytes(), url=truth[sha].get("url"), path=str(f))
            body, status = art.text, "ok"
        except InputError as e:
            body, status = "", e.code
        p, r, f1 = token_f1(body, truth[sha]["articleBody"])
        pages.append({"page": sha[:12], "precision": p, "recall": r, "f1": f1, "status": status})
    n = len(pages)
    return {"pages": pages, "n": n, "mean_f1": sum(x["f1"] for x in pages) / n,
            "mean_precision": sum(x["precision"] for x in pages) / n,
            "mean_recall": sum(x["recall"] for x in pages) / n}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    args = ap.parse_args()
    res = evaluate(Path(args.shared) / "corpus" / "news_html")
    for x in res["pages"]:
        print(f"{x['page']}  P={x['precision']:.3f}  R={x['recall']:.3f}  F1={x['f1']:.3f}  {x['status']}")
    print(f"pages: {res['n']}  mean precision: {res['mean_precision']:.4f}  mean recall: {res['mean_recall']:.4f}  "
          f"mean token F1: {res['mean_f1']:.4f}")


if __name__ == "__main__":
    main()
