"""Corroboration across outlets: linking rules, event clusters, independent sources, the store's counts,
GDELT NumMentions/NumSources/NumArticles and the min_sources filter. Hand-made events on hand-written
texts (offsets true), so these tests do not move when the coder does."""
from __future__ import annotations

import itertools
import json

import pytest

from eventwire.corroboration.clusters import assign_clusters
from eventwire.corroboration.linking import EventView, LINK_RULES, link
from eventwire.corroboration.sources import Document, count_sources, host_of, outlet_of
from eventwire.schema import Article, BatchResult, DocReport, Entity, Event, Mention
from eventwire.store import open_store

WIRE = ("Russian forces shelled the Ukrainian city of Kharkiv on Tuesday, killing three civilians and wounding 12, "
        "Ukrainian officials said.")
COPY = "Kyiv (Wire) - " + WIRE + " The regional governor confirmed the toll."
INDEP = ("Three civilians were killed and 12 wounded on Tuesday when Russian artillery shelled residential buildings "
         "in Kharkiv, the regional governor said.")
OTHER = "Russian forces shelled the port of Odesa on Saturday, damaging grain silos, Ukraine's navy said."
LATER = "Russian forces shelled Kharkiv again on Friday, hitting a power station, officials said."
KHARKIV = {"extracted_place": "Kharkiv", "resolved_place": "Kharkiv", "geonameid": 706483, "lat": 49.98, "lon": 36.25,
           "country_code": "UKR", "feature_code": "PPLA", "method": "syntax"}
ODESA = {"extracted_place": "Odesa", "resolved_place": "Odesa", "geonameid": 698740, "lat": 46.48, "lon": 30.73,
         "country_code": "UKR", "feature_code": "PPLA", "method": "syntax"}


def ent(text, word, code, sector=None, name=None):
    s = text.index(word)
    return Entity(word, code, sector, name, s, s + len(word))


def assault(aid, text, trigger, date, *, actor=("Russian", "RUS", "MIL"), recipient=("civilians", "UKR", "CVL"),
            loc=None, status="actual", basis="text"):
    s = text.index(trigger)
    return Event(article_id=aid, event="ASSAULT", actor=[ent(text, *actor)] if actor else [],
                 recipient=[ent(text, *recipient)] if recipient else [], event_text=trigger,
                 text_info={"sentence_index": 0, "sentence": text, "start": s, "end": s + len(trigger),
                            "sentence_start": 0, "sentence_end": len(text)},
                 date=date, date_basis=basis, status=status, event_loc=[dict(loc)] if loc else [], coder="test")


def view(e, pub=None):
    return EventView.from_record(e, publication_date=pub)


# -- linking rules -----------------------------------------------------------------------------------

def test_independent_reports_of_one_killing_are_linked_and_other_attacks_are_not():
    a = assault("wire", WIRE, "killing", "2024-05-14")
    b = assault("indep", INDEP, "killed", "2024-05-14", actor=("Russian artillery", "RUS", "MIL"), loc=KHARKIV)
    c = assault("other", OTHER, "shelled", "2024-05-18", recipient=("port", "UKR", None), loc=ODESA)
    d = assault("later", LATER, "shelled", "2024-05-17", recipient=("Kharkiv", "UKR", None), loc=KHARKIV)
    assert link(view(a), view(b)) == (True, "linked")
    assert link(view(b), view(a)) == (True, "linked")  # symmetric
    assert link(view(a), view(c)) == (False, "dates_within_window")
    assert link(view(b), view(d)) == (False, "dates_within_window")


@pytest.mark.parametrize("change, rule", [
    (dict(status="future"), "same_modality"),
    (dict(actor=("Russian", "GBR", "MIL")), "compatible_parties"),
    (dict(date="2024-05-20"), "dates_within_window"),
    (dict(loc=ODESA), "same_place"),
])
def test_each_rule_refuses_its_kind_of_difference(change, rule):
    base = dict(actor=("Russian artillery", "RUS", "MIL"), loc=KHARKIV)
    a = assault("indep", INDEP, "killed", "2024-05-14", **base)
    reworded = ("Russian artillery shelled Kharkiv residential buildings on Tuesday; three civilians were killed "
                "and 12 wounded, officials said.")
    same = assault("indep2", reworded, "killed", "2024-05-14", **base)
    assert link(view(a), view(same)) == (True, "linked")
    b = assault("indep2", reworded, "killed", change.pop("date", "2024-05-14"), **{**base, **change})
    if rule == "compatible_parties":  # a sentence that is the same word for word is exempt (a reused paragraph)
        assert link(view(a), view(b)) == (True, "linked")
        b = assault("indep2", reworded.replace("officials said", "the army in Kyiv claimed"), "killed", "2024-05-14",
                    **{**base, **change})
    assert link(view(a), view(b)) == (False, rule)
    assert rule in dict(LINK_RULES)


def test_evidence_rule_needs_shared_specific_words():
    a = assault("wire", WIRE, "killing", "2024-05-14")
    text = "Russian forces killed a civilian in a drone strike on a car near the border on Tuesday."
    b = assault("x", text, "killed", "2024-05-14", recipient=("civilian", "UKR", "CVL"))
    assert link(view(a), view(b)) == (False, "similar_evidence")


def test_names_and_sector_groups_tell_parties_apart():
    t1 = "Tony Blair attacked the opposition's tax plans on Monday in a speech in London about budget deficits."
    t2 = "Michael Howard attacked the opposition's tax plans on Monday in a speech in London about budget deficits."
    a = assault("a", t1, "attacked", "2005-03-14", actor=("Tony Blair", "GBR", "GOV", "Tony Blair"),
                recipient=("opposition", "GBR", "OPP"))
    b = assault("b", t2, "attacked", "2005-03-14", actor=("Michael Howard", "GBR", "OPP", "Michael Howard"),
                recipient=("opposition", "GBR", "OPP"))
    assert link(view(a), view(b)) == (False, "compatible_parties")
    # "Pakistan" (GOV) and "the Pakistani military" (MIL) are one party: the state sector group
    t3 = "Pakistani troops killed 33 militants in the rescue operation at the Bolan pass on Wednesday."
    c = assault("c", t3, "killed", "2025-03-12", actor=("Pakistani troops", "PAK", "MIL"), recipient=("militants", None, "REB"))
    d = assault("d", t3, "killed", "2025-03-12", actor=("Pakistani troops", "PAK", "GOV"), recipient=("militants", None, "REB"))
    assert link(view(c), view(d)) == (True, "linked")


# -- clusters ----------------------------------------------------------------------------------------

def _five():
    return [assault("wire", WIRE, "killing", "2024-05-14"),
            assault("indep", INDEP, "killed", "2024-05-14", actor=("Russian artillery", "RUS", "MIL"), loc=KHARKIV),
            assault("copy", COPY, "killing", "2024-05-14"),
            assault("other", OTHER, "shelled", "2024-05-18", recipient=("port", "UKR", None), loc=ODESA),
            assault("later", LATER, "shelled", "2024-05-17", recipient=("Kharkiv", "UKR", None), loc=KHARKIV)]


def test_clusters_do_not_depend_on_order_and_ids_are_content_hashes():
    evs = _five()
    results = []
    for perm in itertools.permutations(evs):
        assigned, merged = assign_clusters([view(e) for e in perm], [])
        results.append(assigned)
        assert merged == {}
    assert all(r == results[0] for r in results)
    got = results[0]
    assert got[evs[0].id] == got[evs[1].id] == got[evs[2].id]
    assert len({got[evs[0].id], got[evs[3].id], got[evs[4].id]}) == 3
    assert all(c.startswith("c-") and len(c) == 18 for c in got.values())


def test_a_cluster_keeps_its_id_when_reports_join_and_merges_keep_the_older_id():
    wire, indep, copy = _five()[:3]
    first, _ = assign_clusters([view(wire)], [])
    cid = first[wire.id]
    known = [view(wire)]
    known = [EventView.from_record(wire, cluster_id=cid)]
    later, merged = assign_clusters([view(indep)], known)
    assert later == {indep.id: cid} and merged == {}
    # two separate clusters joined by a new report: the surviving id is the one founded first
    x = EventView.from_record(wire, cluster_id="c-aaaaaaaaaaaaaaaa")
    y = EventView.from_record(indep, cluster_id="c-bbbbbbbbbbbbbbbb")
    got, merged = assign_clusters([view(copy)], [x, y], founders={"c-aaaaaaaaaaaaaaaa": ("2024-05-14", "z"),
                                                                 "c-bbbbbbbbbbbbbbbb": ("2024-05-14", "a")})
    assert got == {copy.id: "c-bbbbbbbbbbbbbbbb"} and merged == {"c-aaaaaaaaaaaaaaaa": "c-bbbbbbbbbbbbbbbb"}


# -- sources -----------------------------------------------------------------------------------------

def test_copies_count_once_and_independent_reports_each_count():
    docs = [Document("w", "s1", "https://wire.example/1", "Wire", "2024-05-14", coded=True),
            Document("p1", "s1", "https://paper-one.example/a", "Paper One", "2024-05-14"),
            Document("p2", "s2", "https://paper-two.example/b", "Paper Two", "2024-05-15", coded=True),
            Document("i", "s3", "https://indep.example/c", "Independent", "2024-05-15", coded=True)]
    got = count_sources(docs, copies=[("s1", "s2")])  # s2 is a near-copy of s1 (rewritten lead)
    assert (got.articles, got.sources) == (4, 2)
    assert got.source_outlets == ["Independent", "Wire"]
    assert got.outlets == ["Independent", "Paper One", "Paper Two", "Wire"]
    # an outlet's own follow-up reports are one source; unknown outlets count together, once
    same_outlet = [Document("a", "s1", None, "VOA", "2025-03-11"), Document("b", "s2", None, "voa ", "2025-03-12")]
    assert count_sources(same_outlet).sources == 1
    assert count_sources([Document("x", "s1"), Document("y", "s2")]).sources == 1


def test_outlet_of_prefers_the_input_then_feed_title_then_host():
    assert outlet_of(Article(text="x", outlet="Reuters", url="https://www.example.com/a")) == "Reuters"
    assert outlet_of(Article(text="x", url="https://www.example.com/a", meta={"feed_title": "Example Daily"})) == \
        "Example Daily"
    assert outlet_of(Article(text="x", url="https://www.Example.com/a")) == "example.com"
    assert outlet_of(Article(text="x")) is None
    assert host_of("not a url") is None


# -- the store ---------------------------------------------------------------------------------------

def _art(aid, text, outlet, url, date="2024-05-15", **meta):
    return Article(text=text, id=aid, title=None, url=url, outlet=outlet, publication_date=date, meta=meta)


def test_store_counts_syndicated_copies_once_and_independent_outlets_each(tmp_path):
    wire = _art("wire", WIRE, "Wire Service", "https://wire.example/kharkiv")
    # two outlets printed the wire story (dedupe kept the first; the copies are in meta.copies)
    wire.meta["copies"] = [{"id": "p1", "url": "https://paper-one.example/k", "outlet": "Paper One",
                            "publication_date": "2024-05-15", "path": None},
                           {"id": "p2", "url": "https://paper-two.example/k", "outlet": None,
                            "publication_date": "2024-05-15", "path": None}]
    indep = _art("indep", INDEP, "Kyiv Independent", "https://kyivindependent.example/k")
    evs = [assault("wire", WIRE, "killing", "2024-05-14"),
           assault("indep", INDEP, "killed", "2024-05-14", actor=("Russian artillery", "RUS", "MIL"), loc=KHARKIV)]
    s = open_store(tmp_path / "c.duckdb", read_only=False)
    s.write_batch(BatchResult(events=evs, articles=[wire, indep],
                              reports=[DocReport("wire", "coded", events=1), DocReport("indep", "coded", events=1)]))
    outlets = sorted((m["article_id"], m["outlet"]) for m in s.mentions())
    assert outlets == [("indep", "Kyiv Independent"), ("p1", "Paper One"), ("p2", "paper-two.example"),
                       ("wire", "Wire Service")]
    recs = s.event_records()
    assert len(recs) == 2 and recs[0].cluster_id and recs[0].cluster_id == recs[1].cluster_id
    assert {(r.num_mentions, r.num_articles, r.num_sources) for r in recs} == {(4, 4, 2)}
    # the written records carry the same values the store returns (set in place by write_batch)
    assert {e.to_dict()["num_sources"] for e in evs} == {2}
    cl = s.sql("SELECT events, num_sources, outlets, source_outlets FROM clusters", as_="records")
    assert cl == [{"events": 2, "num_sources": 2,
                   "outlets": ["Kyiv Independent", "Paper One", "paper-two.example", "Wire Service"],
                   "source_outlets": ["Kyiv Independent", "Wire Service"]}]
    # a late copy (seen after the story was stored) adds a mention, an article and an outlet, not a source
    s.write_batch(BatchResult(mentions=[Mention("p3", "wire", "https://paper-three.example/k", "Paper Three",
                                                "2024-05-16")], reports=[DocReport("p3", "skipped", "duplicate:wire")]))
    assert {(r.num_mentions, r.num_articles, r.num_sources) for r in s.event_records()} == {(5, 5, 2)}
    # GDELT columns come from the cluster
    from eventwire.query.export import GDELT_COLUMNS, gdelt_rows

    rows = gdelt_rows(s)
    col = {c: i for i, c in enumerate(GDELT_COLUMNS)}
    assert rows and {(r[col["NumMentions"]], r[col["NumSources"]], r[col["NumArticles"]]) for r in rows} == \
        {("5", "2", "5")}
    # query and filter on independent sources
    assert s.count_events(min_sources=2) == 2 and s.count_events(min_sources=3) == 0
    s.close()


def test_near_duplicate_articles_coded_separately_are_still_one_source(tmp_path):
    a = _art("a", WIRE + " The strike hit a school.", "Outlet A", "https://a.example/1")
    b = _art("b", "KHARKIV, May 14 - " + WIRE + " The strike hit a school.", "Outlet B", "https://b.example/1")
    evs = [assault("a", a.text, "killing", "2024-05-14"), assault("b", b.text, "killing", "2024-05-14")]
    s = open_store(tmp_path / "n.duckdb", read_only=False)
    s.write_batch(BatchResult(events=evs, articles=[a, b]))
    assert {(r.num_articles, r.num_sources) for r in s.event_records()} == {(2, 1)}


def test_min_sources_on_the_command_line_and_the_api(tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app
    from eventwire.cli import main

    db = tmp_path / "q.duckdb"
    s = open_store(db, read_only=False)
    evs = [assault("wire", WIRE, "killing", "2024-05-14"),
           assault("indep", INDEP, "killed", "2024-05-14", actor=("Russian artillery", "RUS", "MIL"), loc=KHARKIV),
           assault("other", OTHER, "shelled", "2024-05-18", recipient=("port", "UKR", None), loc=ODESA)]
    s.write_batch(BatchResult(events=evs, articles=[_art("wire", WIRE, "Wire", "https://w.example/1"),
                                                    _art("indep", INDEP, "Indep", "https://i.example/1"),
                                                    _art("other", OTHER, "Other", "https://o.example/1")]))
    s.close()
    out = tmp_path / "q.jsonl"
    assert main(["query", "--db", str(db), "--min-sources", "2", "--format", "jsonl", "--out", str(out)]) == 0
    got = [json.loads(x) for x in out.read_text().splitlines()]
    assert sorted(g["article_id"] for g in got) == ["indep", "wire"] and {g["num_sources"] for g in got} == {2}
    client = TestClient(create_app(str(db)))
    body = client.get("/events", params={"min_sources": 2}).json()
    assert body["total"] == 2 and {e["cluster_id"] for e in body["events"]} == {got[0]["cluster_id"]}
    assert client.get("/events", params={"min_sources": 0}).status_code == 422
    assert main(["query", "--db", str(db), "--min-sources", "0"]) == 2


def test_coder_output_without_a_store_has_no_corroboration_keys():
    e = assault("wire", WIRE, "killing", "2024-05-14")
    assert "cluster_id" not in e.to_dict()
    e.cluster_id, e.num_mentions, e.num_articles, e.num_sources = "c-1", 1, 1, 1
    d = e.to_dict()
    assert list(d)[-4:] == ["cluster_id", "num_mentions", "num_articles", "num_sources"]
    assert Event.from_dict(d).to_dict() == d and Event.from_dict(d).id == e.id
