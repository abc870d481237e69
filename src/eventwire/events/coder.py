"""The event coder (being written): code_article(article, segmentation, seg_docs, coder) -> (events, quotes)."""
from __future__ import annotations


def code_article(article, seg, seg_docs, coder=""):
    return [], []
