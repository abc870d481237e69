"""Real articles for the benchmarks, from ../shared/corpus (VOA, BBC politics, ConfliBERT samples)."""
from __future__ import annotations

from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def rss_mib() -> float:
    """Resident set size of this process in MiB (Linux /proc; 0 elsewhere)."""
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def real_articles(n: int, shared: Path = SHARED):
    """``n`` Article records read with eventwire's own readers from VOA (jsonl), BBC politics (jsonl) and
    ConfliBERT news samples (txt), repeated with distinct ids (``<id>~r<k>``) when ``n`` exceeds the
    ~560 distinct stories."""
    from dataclasses import replace

    from eventwire.ingest import read_inputs
    from eventwire.schema import Article

    corpus = shared / "corpus"
    paths = [corpus / "voa" / "voa_stories.jsonl", corpus / "bbc_politics_2004_2005" / "politics.jsonl",
             corpus / "conflibert_news_samples"]
    base = [a for a in read_inputs([str(p) for p in paths]) if isinstance(a, Article)]
    out = []
    k = 0
    while len(out) < n:
        for a in base:
            if len(out) >= n:
                break
            out.append(a if k == 0 else replace(a, id=f"{a.id}~r{k}", meta=dict(a.meta)))
        k += 1
    return out
