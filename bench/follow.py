"""``eventwire follow`` on real articles served from 127.0.0.1, against ``eventwire code`` on the same
articles in the same run; plus the corroboration and alert figures of that run.

The ../shared/corpus VOA stories (74, public domain) are made into RSS feeds, one per VOA section, with
one HTML page per story, served by a local HTTP server (tests/fixtures/follow/feed_server.py). Added
to them, to exercise corroboration on real events:

* a syndication feed ("Global Wire Digest") that reprints 12 of the VOA stories word for word under a
  dateline: syndicated copies, which must count as one source;
* three short reports written for this benchmark (``INDEPENDENT`` below, own wording, clearly not
  VOA's) on three of the VOA events, from a third outlet ("Benchmark Desk"): independent reports,
  which must be linked to VOA's event clusters and count as a second source.

Runs, in one process with the model loaded first:

1. ``eventwire code PAGES_DIR --db A`` over the same HTML pages saved to disk (the HTML reader, the
   same extraction);
2. ``eventwire follow FEEDS --db B --once --delay 0 --rules RULES`` (no politeness delay on loopback:
   the delay is a deliberate wait for real servers, not the cost of fetching).

Reports articles per second of both and the ratio (target >= 0.9), then the corpus figures of run 2:
articles coded, copies detected, event clusters (with 2+ events, 2+ articles, 2+ independent sources)
and the alerts fired per rule.

Usage: ``python bench/follow.py [--rounds 1] [--out bench/results/follow.json]``
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "fixtures" / "follow"))
SHARED = HERE.parent.parent / "shared"

#: Reports written for this benchmark (own words) on three events that VOA covered: (VOA story id whose
#: event it reports, publication date, title, text).
INDEPENDENT = [
    ("8006651", "2025-03-12", "Gunmen seize passenger train in Balochistan",
     "Separatist gunmen attacked the Jaffar Express passenger train in Pakistan's Balochistan province on Tuesday "
     "and took hundreds of passengers hostage, railway officials said.\nThe Baloch Liberation Army said it had "
     "blown up the tracks before storming the train near a tunnel in the Bolan pass."),
    ("8008456", "2025-03-12", "Kyiv accepts 30-day truce proposal",
     "Ukraine agreed on Tuesday to a United States proposal for an immediate 30-day ceasefire after talks with "
     "American officials in Jeddah, Saudi Arabia.\nWashington said it would resume military aid and intelligence "
     "sharing with Kyiv."),
    ("8008349", "2025-03-12", "Migrants flown out of Guantanamo",
     "The United States moved 40 migrant detainees from the naval base at Guantanamo Bay to Louisiana on "
     "Tuesday, two defense officials said.\nThe detainees had been held at the base's detention center."),
]

RULES = """\
# Sanctions compliance and conflict watch list (sample)
[lists]
sanctioned_states = ["RUS", "IRN", "PRK", "SYR", "BLR", "CUB", "VEN", "MMR"]

[[rule]]
name = "Material or military support to a sanctioned state"
severity = "high"
event = ["AID", "COOPERATE", "SUPPORT"]
recipient = ["@sanctioned_states"]
status = ["actual", "future"]

[[rule]]
name = "Sanctioned state acting against another state"
severity = "medium"
event = ["ASSAULT", "COERCE", "THREATEN", "MOBILIZE"]
actor = ["@sanctioned_states"]

[[rule]]
name = "Attacks corroborated by two independent sources"
severity = "high"
event = ["ASSAULT"]
min_sources = 2
"""


def voa_stories() -> list[dict]:
    with open(SHARED / "corpus" / "voa" / "voa_stories.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def build(srv, folder: Path) -> tuple[Path, Path, int]:
    """Routes on ``srv`` and the same pages in ``folder/pages``; returns (feed list, rules file, pages)."""
    from feed_server import article_page, rss

    pages = folder / "pages"
    pages.mkdir()
    stories = voa_stories()
    sections: dict[str, list] = {}
    n = 0
    for st in stories:
        html = article_page(st["title"], st["text"], st["published"][:10], site="VOA")
        path = f"/voa/{st['id']}.html"
        srv.route(path, html)
        (pages / f"voa-{st['id']}.html").write_text(html, encoding="utf-8")
        n += 1
        sections.setdefault(st["section"], []).append({"title": st["title"], "link": srv.url(path),
                                                        "date": st["published"][:10]})
    feeds = []
    for i, (name, items) in enumerate(sorted(sections.items())):
        srv.route(f"/feeds/voa-{i}.xml", rss(f"Voice of America - {name}", items), content_type="application/rss+xml",
                  etag=f'"v{i}"')
        feeds.append(f"{srv.url(f'/feeds/voa-{i}.xml')}  Voice of America")
    wire = []
    for st in stories[:40:3][:12]:
        html = article_page(st["title"], f"WASHINGTON (Global Wire Digest) -\n{st['text']}\nDistributed by Global Wire "
                                         f"Digest.", st["published"][:10], site="Global Wire Digest")
        path = f"/gwd/{st['id']}.html"
        srv.route(path, html)
        (pages / f"gwd-{st['id']}.html").write_text(html, encoding="utf-8")
        n += 1
        wire.append({"title": st["title"], "link": srv.url(path), "date": st["published"][:10]})
    srv.route("/feeds/gwd.xml", rss("Global Wire Digest", wire), content_type="application/rss+xml")
    feeds.append(srv.url("/feeds/gwd.xml"))
    desk = []
    for sid, date, title, text in INDEPENDENT:
        html = article_page(title, text, date, site="Benchmark Desk")
        path = f"/desk/{sid}.html"
        srv.route(path, html)
        (pages / f"desk-{sid}.html").write_text(html, encoding="utf-8")
        n += 1
        desk.append({"title": title, "link": srv.url(path), "date": date})
    srv.route("/feeds/desk.xml", rss("Benchmark Desk", desk), content_type="application/rss+xml")
    feeds.append(srv.url("/feeds/desk.xml"))
    feed_list = folder / "feeds.txt"
    feed_list.write_text("\n".join(feeds) + "\n", encoding="utf-8")
    rules = folder / "rules.toml"
    rules.write_text(RULES + f'\n[[sink]]\ntype = "jsonl"\npath = "{folder / "alerts.jsonl"}"\n', encoding="utf-8")
    return feed_list, rules, n


def figures(db: Path, alerts_file: Path) -> dict:
    from eventwire.store import open_store

    s = open_store(db)
    c = s.counts()
    cl = s.sql("SELECT count(*) AS clusters, count(*) FILTER (WHERE events > 1) AS multi_event, "
               "count(*) FILTER (WHERE num_articles > 1) AS multi_article, "
               "count(*) FILTER (WHERE num_sources > 1) AS multi_source, "
               "count(*) FILTER (WHERE len(outlets) > 1) AS multi_outlet FROM clusters", as_="records")[0]
    multi = s.sql("SELECT cluster_id, event, num_mentions, num_articles, num_sources, outlets, source_outlets "
                  "FROM clusters WHERE num_sources > 1 ORDER BY cluster_id", as_="records")
    items = {r["state"]: r["n"] for r in s.sql("SELECT state, count(*) AS n FROM follow_items GROUP BY state",
                                               as_="records")}
    copies = s.sql("SELECT count(*) AS n FROM follow_items WHERE reason LIKE 'duplicate:%'", as_="records")[0]["n"]
    s.close()
    alerts = [json.loads(x) for x in alerts_file.read_text().splitlines()] if alerts_file.exists() else []
    return {"store": c, "items": items, "copies_as_mentions": copies, "clusters": cl,
            "independently_corroborated": [{k: v for k, v in m.items()} for m in multi],
            "alerts": dict(Counter(a["rule"] for a in alerts))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=1, help="timed rounds of each (best kept)")
    ap.add_argument("--out", type=Path, help="also write the JSON result here")
    args = ap.parse_args()
    from feed_server import FeedServer

    from eventwire.cli import main as cli
    from eventwire.nlp.model import load_model
    from eventwire.pipeline import code_batch
    from eventwire.schema import Article

    load_model()
    code_batch([Article(text="Officials in Paris met their counterparts from Kenya on Monday.")])  # warm-up
    res: dict = {"code": [], "follow": []}
    with tempfile.TemporaryDirectory() as tmp, FeedServer() as srv:
        tmp = Path(tmp)
        feeds, rules, n_pages = build(srv, tmp)
        for r in range(args.rounds):
            a, b = tmp / f"code{r}.duckdb", tmp / f"follow{r}.duckdb"
            t0 = time.perf_counter()
            assert cli(["code", str(tmp / "pages"), "--db", str(a), "--format", "jsonl", "--out",
                        str(tmp / f"code{r}.jsonl"), "--no-progress"]) == 0
            res["code"].append(time.perf_counter() - t0)
            (tmp / "alerts.jsonl").unlink(missing_ok=True)
            t0 = time.perf_counter()
            assert cli(["follow", str(feeds), "--db", str(b), "--once", "--delay", "0", "--rules", str(rules),
                        "--report", str(tmp / f"follow{r}.json")]) == 0
            res["follow"].append(time.perf_counter() - t0)
        from eventwire.store import open_store

        coded_code = open_store(tmp / "code0.duckdb").counts()["articles"]
        fig = figures(tmp / f"follow{args.rounds - 1}.duckdb", tmp / "alerts.jsonl")
        poll = json.loads((tmp / f"follow{args.rounds - 1}.json").read_text())["polls"][0]
    best_code, best_follow = min(res["code"]), min(res["follow"])
    out = {
        "pages": n_pages, "articles_coded_by_code": coded_code, "articles_coded_by_follow": fig["store"]["articles"],
        "code_seconds": round(best_code, 2), "follow_seconds": round(best_follow, 2),
        "code_articles_per_s": round(n_pages / best_code, 3), "follow_articles_per_s": round(n_pages / best_follow, 3),
        "ratio_follow_vs_code": round(best_code / best_follow, 3), "poll": {k: poll[k] for k in (
            "feeds", "new", "coded", "skipped", "copies", "failed", "events", "clusters", "corroborated", "alerts")},
        "corpus": fig,
    }
    print(json.dumps(out, indent=1, default=str))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=1, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
