"""Watch rules and alerts: every condition kind, bad rules files (FILE:LINE, EW221), firing once per event
cluster and again at source thresholds, evidence, the alerts table, sinks (stdout, JSONL, a webhook
receiver on 127.0.0.1), ``eventwire alerts`` and the API's ``/alerts``."""
from __future__ import annotations

import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "follow"))
from feed_server import FeedServer  # noqa: E402

from eventwire.alerts import deliver, evaluate_rules, load_rules, open_sinks, parse_rules, parse_sink_spec
from eventwire.alerts.evaluate import alert_rows
from eventwire.errors import RulesError
from eventwire.schema import Article, BatchResult, Entity, Event
from eventwire.store import open_store

RULES = """\
# sanctions compliance watch list
[lists]
sanctioned_states = ["RUS", "IRN", "PRK", "SYR", "BLR"]

[[rule]]
name = "Military aid to a sanctioned state"
severity = "high"
event = ["AID", "SUPPORT", "COOPERATE"]
context = ["military"]
recipient = ["@sanctioned_states"]
status = ["actual", "future"]
renotify_sources = [2, 3]

[[rule]]
name = "Any report on Russia"
event = "AID"
actor = ["RUS", "IRN"]
"""

T1 = "Iran supplied Russia with hundreds of attack drones last week, Western intelligence officials said on Monday."
T2 = "Tehran shipped attack drones to Moscow last week, according to intelligence officials quoted on Monday."
T3 = "China pledged economic support to Russia during talks in Beijing on Monday."


def aid(aid_, text, trigger, actor, recipient, *, date_="2024-05-13", context=("military",), status="actual",
        negated=False, reported=True, mode=None, loc=None, event="AID", sector=("GOV", "GOV")):
    s = text.index(trigger)

    def e(word, code, sec):
        i = text.index(word)
        return Entity(word, code, sec, None, i, i + len(word))

    return Event(article_id=aid_, event=event, mode=mode, context=list(context), actor=[e(*actor, sector[0])],
                 recipient=[e(*recipient, sector[1])], event_text=trigger,
                 text_info={"sentence_index": 0, "sentence": text, "start": s, "end": s + len(trigger),
                            "sentence_start": 0, "sentence_end": len(text)},
                 negated=negated, status=status, reported=reported, date=date_, date_basis="text",
                 event_loc=list(loc or []), coder="test")


def rule(text=RULES, i=0):
    return parse_rules(text, "rules.toml").rules[i]


# -- every condition kind ----------------------------------------------------------------------------

def test_a_valid_rules_file_is_read_with_lists_expanded():
    rs = parse_rules(RULES, "/tmp/x/rules.toml")
    r = rs.rules[0]
    assert [x.name for x in rs.rules] == ["Military aid to a sanctioned state", "Any report on Russia"]
    assert r.recipient == {"RUS", "IRN", "PRK", "SYR", "BLR"} and r.actor_not == set()
    assert (r.severity, r.event, r.context, r.status, r.renotify_sources) == \
        ("high", ["AID", "SUPPORT", "COOPERATE"], ["military"], ["actual", "future"], [2, 3])
    assert rs.rules[1].severity == "medium" and rs.rules[1].negated is False and rs.rules[1].status == ["actual"]


def _ev(**kw):
    base = dict(aid_="a", text=T1, trigger="supplied", actor=("Iran", "IRN"), recipient=("Russia", "RUS"))
    base.update(kw)
    return aid(**base).to_dict()


@pytest.mark.parametrize("cond, good, bad", [
    ('event = ["AID"]', {}, {"event": "SUPPORT"}),
    ('event = ["ASSAULT:aerial"]', {"event": "ASSAULT", "mode": "aerial"}, {"event": "ASSAULT", "mode": "drone"}),
    ('mode = ["drone"]', {"event": "ASSAULT", "mode": "drone"}, {}),
    ('context = ["military"]', {}, {"context": ("economic",)}),
    ('actor = ["IRN"]', {}, {"actor": ("Iran", "CHN")}),
    ('recipient = ["@s"]', {}, {"recipient": ("Russia", "UKR")}),
    ('actor_not = ["@s"]', {}, {"actor": ("Iran", "RUS")}),
    ('recipient_not = ["RUS"]', {"recipient": ("Russia", "UKR")}, {}),
    ('actor_sector = ["GOV"]', {}, {"sector": ("MIL", "GOV")}),
    ('recipient_sector = ["MIL"]', {"sector": ("GOV", "MIL")}, {}),
    ('status = ["future"]', {"status": "future"}, {}),
    ('reported = "asserted"', {"reported": False}, {}),
    ('reported = "reported"', {}, {"reported": False}),
    ('negated = true', {"negated": True}, {}),
    ('country = ["SYR"]', {"loc": [{"country_code": "SYR", "resolved_place": "Latakia"}]}, {}),
    ('place = ["latakia", 170017]', {"loc": [{"country_code": "SYR", "resolved_place": "Latakia"}]},
     {"loc": [{"country_code": "SYR", "resolved_place": "Tartus", "geonameid": 163345}]}),
    ('date_from = 2024-05-01\ndate_to = "2024-05-31"', {}, {"date_": "2024-06-02"}),
])
def test_each_condition_kind(cond, good, bad):
    r = rule(f'[lists]\ns = ["RUS", "PRK"]\n[[rule]]\nname = "r"\n{cond}\n')
    g = _ev(**good)
    assert r.matches(g, as_of=date(2024, 5, 20)), cond
    # the same event with one thing changed no longer matches (good and bad differ in one field)
    b = _ev(**bad) if bad else _ev()
    assert not r.matches(b, as_of=date(2024, 5, 20)), cond


def test_defaults_exclude_negated_and_not_actual_events_and_any_allows_them():
    r = rule('[[rule]]\nname = "r"\nevent = "AID"\n')
    assert r.matches(_ev()) and not r.matches(_ev(negated=True)) and not r.matches(_ev(status="hypothetical"))
    r2 = rule('[[rule]]\nname = "r"\nnegated = "any"\nstatus = ["actual", "hypothetical"]\n')
    assert r2.matches(_ev(negated=True)) and r2.matches(_ev(status="hypothetical"))


def test_max_age_days_is_relative_to_the_evaluation_date_and_undated_events_use_publication():
    r = rule('[[rule]]\nname = "r"\nmax_age_days = 7\n')
    assert r.matches(_ev(date_="2024-05-13"), as_of=date(2024, 5, 20))
    assert not r.matches(_ev(date_="2024-05-12"), as_of=date(2024, 5, 20))
    assert r.matches(_ev(date_=None), "2024-05-19", as_of=date(2024, 5, 20))
    assert not r.matches(_ev(date_=None), None, as_of=date(2024, 5, 20))


def test_min_sources_and_renotify_levels():
    r = rule('[[rule]]\nname = "r"\nmin_sources = 2\nrenotify_sources = [3, 5]\n')
    assert [r.level(n) for n in (1, 2, 3, 4, 5, 9)] == [-1, 0, 1, 1, 2, 2]


# -- bad rules files ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, line, words", [
    ('[[rule]]\nname = "a"\nevent = ["AID",\n', 4, "TOML syntax"),
    ('[[rule]]\nname = "a"\nevnet = ["AID"]\n', 3, "did you mean 'event'"),
    ('[[rule]]\nname = "a"\nevent = ["AIDS"]\n', 3, "unknown PLOVER event type 'AIDS'"),
    ('[[rule]]\nname = "a"\nevent = ["ASSAULT:bombing"]\n', 3, "unknown PLOVER mode 'bombing'"),
    ('[[rule]]\nname = "a"\nmode = ["bombing"]\n', 3, "unknown PLOVER mode"),
    ('[[rule]]\nname = "a"\ncontext = ["sanctions"]\n', 3, "unknown PLOVER context"),
    ('[[rule]]\nname = "a"\n\nrecipient = ["Russia"]\n', 4, "not an ISO 3166 alpha-3 code"),
    ('[lists]\nx = ["RUS"]\n[[rule]]\nname = "a"\nrecipient = ["@sanctioned"]\n', 5, "no list 'sanctioned'"),
    ('[lists]\nx = ["RUS", "Iran"]\n[[rule]]\nname = "a"\n', 2, "list 'x'"),
    ('[[rule]]\nname = "a"\nactor_sector = ["ARMY"]\n', 3, "unknown PLOVER sector"),
    ('[[rule]]\nname = "a"\nstatus = ["planned"]\n', 3, "status must list"),
    ('[[rule]]\nname = "a"\nreported = "yes"\n', 3, "reported must be one of"),
    ('[[rule]]\nname = "a"\nnegated = "no"\n', 3, "negated must be"),
    ('[[rule]]\nname = "a"\nmin_sources = 0\n', 3, "min_sources must be an integer >= 1"),
    ('[[rule]]\nname = "a"\nmin_sources = 2\nrenotify_sources = [2, 4]\n', 4, "renotify_sources"),
    ('[[rule]]\nname = "a"\ndate_from = "March 2025"\n', 3, "date_from must be a date"),
    ('[[rule]]\nname = "a"\nseverity = "urgent"\n', 3, "severity must be one of"),
    ('[[rule]]\nname = "a"\n\n[[rule]]\nname = "a"\n', 5, "duplicate rule name 'a' (first at line 2)"),
    ('[[rule]]\nevent = "AID"\n', 1, "needs a name"),
    ('[rule]\nname = "a"\n', 1, "[[rule]] tables"),
    ('[rules]\nname = "a"\n', 1, "did you mean 'rule'"),
    ('[[rule]]\nname = "a"\n[[sink]]\ntype = "jsonl"\n', 4, "a jsonl sink needs path"),
    ('[[rule]]\nname = "a"\n[[sink]]\ntype = "webhook"\nurl = "ftp://x"\n', 5, "needs url"),
    ('[[rule]]\nname = "a"\n[[sink]]\ntype = "email"\n', 4, "sink type must be one of"),
    ('[lists]\nx = ["RUS"]\n', 1, "no [[rule]]"),
])
def test_bad_rules_files_name_the_file_and_line(tmp_path, text, line, words):
    p = tmp_path / "watch.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as ei:
        load_rules(p)
    msg = ei.value.message
    assert ei.value.code == "EW221"
    assert msg.startswith(f"{p}:{line}: "), msg
    assert words in msg, msg


def test_cli_reports_a_bad_rules_file_in_one_line(tmp_path, capsys):
    from eventwire.cli import main

    db = tmp_path / "s.duckdb"
    open_store(db, read_only=False).close()
    p = tmp_path / "bad.toml"
    p.write_text('[[rule]]\nname = "x"\nevent = ["ATTACK"]\n', encoding="utf-8")
    assert main(["alerts", "--db", str(db), "--rules", str(p)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"eventwire: error: [EW221] {p}:3: unknown PLOVER event type")


# -- evaluation over a store ---------------------------------------------------------------------------

def _store(tmp_path, *batches):
    s = open_store(tmp_path / "al.duckdb", read_only=False)
    for evs, arts in batches:
        s.write_batch(BatchResult(events=evs, articles=arts))
    return s


def _art(aid_, text, outlet, url):
    return Article(text=text, id=aid_, url=url, outlet=outlet, publication_date="2024-05-13")


NOW = datetime(2024, 5, 14, 8, 0, tzinfo=timezone.utc)


def test_fires_once_per_cluster_then_again_when_sources_reach_a_threshold(tmp_path):
    rs = parse_rules(RULES, "r.toml")
    e1 = aid("a1", T1, "supplied", ("Iran", "IRN"), ("Russia", "RUS"))
    s = _store(tmp_path, ([e1], [_art("a1", T1, "Wire One", "https://one.example/1")]))
    first = evaluate_rules(s, rs.rules, now=NOW)
    assert [(a.rule, a.level, a.num_sources) for a in first] == [("Military aid to a sanctioned state", 0, 1),
                                                                   ("Any report on Russia", 0, 1)]
    mil = [a for a in first if a.rule == "Military aid to a sanctioned state"][0]
    assert mil.severity == "high" and mil.reason == "new event cluster" and mil.fired_at == "2024-05-14T08:00:00Z"
    ev = mil.evidence[0]
    assert (ev["url"], ev["outlet"], ev["sentence"], ev["event_text"]) == ("https://one.example/1", "Wire One", T1,
                                                                           "supplied")
    assert T1[ev["start"]:ev["end"]] == "supplied" and (ev["sentence_start"], ev["sentence_end"]) == (0, len(T1))
    assert mil.outlets == ["Wire One"] and mil.event["actor"] == ["IRN"] and mil.event["recipient"] == ["RUS"]
    assert evaluate_rules(s, rs.rules, now=NOW) == []  # nothing new: no repeat
    # an independently written report from another outlet joins the cluster: 2 sources -> level 1
    e2 = aid("a2", T2, "shipped", ("Tehran", "IRN"), ("Moscow", "RUS"))
    s.write_batch(BatchResult(events=[e2], articles=[_art("a2", T2, "Paper Two", "https://two.example/9")]))
    assert e2.cluster_id == e1.cluster_id == mil.cluster_id and e2.num_sources == 2
    again = [a for a in evaluate_rules(s, rs.rules, now=NOW) if a.rule == mil.rule]
    assert [(a.level, a.num_sources, a.reason) for a in again] == [(1, 2, "independent sources reached 2")]
    assert [x["article_id"] for x in again[0].evidence] == ["a1", "a2"]
    total, stored = alert_rows(s, rule=mil.rule)
    assert total == 2 and sorted(a.level for a in stored) == [0, 1]
    assert {a.id for a in stored} == {mil.id, again[0].id}


def test_a_non_matching_cluster_and_since_filter(tmp_path):
    rs = parse_rules(RULES, "r.toml")
    e3 = aid("a3", T3, "pledged", ("China", "CHN"), ("Russia", "RUS"), event="AGREE", context=("economic",))
    e1 = aid("a1", T1, "supplied", ("Iran", "IRN"), ("Russia", "RUS"), date_="2024-04-01")
    s = _store(tmp_path, ([e3, e1], [_art("a3", T3, "X", "https://x.example/3"), _art("a1", T1, "Y", "https://y/1")]))
    assert evaluate_rules(s, rs.rules, since="2024-05-01", now=NOW) == []
    got = evaluate_rules(s, rs.rules, since="2024-03-01", now=NOW)
    assert {a.event_id for a in got} == {e1.id}


# -- sinks -------------------------------------------------------------------------------------------

def test_sinks_stdout_jsonl_and_a_webhook_receiver(tmp_path, capsys):
    rs = parse_rules(RULES + '\n[[sink]]\ntype = "jsonl"\npath = "out/alerts.jsonl"\n', str(tmp_path / "r.toml"))
    (tmp_path / "out").mkdir()
    e1 = aid("a1", T1, "supplied", ("Iran", "IRN"), ("Russia", "RUS"))
    s = _store(tmp_path, ([e1], [_art("a1", T1, "Wire One", "https://one.example/1")]))
    alerts = evaluate_rules(s, rs.rules[:1], now=NOW)
    assert len(alerts) == 1
    with FeedServer() as srv:
        srv.receiver("/hook")
        sinks = rs.sinks + [parse_sink_spec("stdout"), parse_sink_spec(f"webhook:{srv.url('/hook')}")]
        problems = deliver(alerts, open_sinks(sinks), s)
        got = srv.received.get("/hook")
        hit = srv.hits("/hook")[0]
    assert problems == []
    assert got == [alerts[0].to_dict()]
    assert hit["headers"]["content-type"] == "application/json" and hit["headers"]["user-agent"].startswith("eventwire/")
    lines = (tmp_path / "out" / "alerts.jsonl").read_text().splitlines()
    assert [json.loads(x)["id"] for x in lines] == [alerts[0].id]
    out = capsys.readouterr().out
    assert out.startswith("ALERT [high] Military aid to a sanctioned state: IRN -> RUS AID 2024-05-13 · 1 source")
    delivery = json.loads(s.sql("SELECT delivery FROM alerts", as_="records")[0]["delivery"])
    assert set(delivery.values()) == {"ok"} and len(delivery) == 3


def test_a_failing_webhook_is_reported_never_raised(tmp_path):
    from eventwire.alerts.rules import Sink

    e1 = aid("a1", T1, "supplied", ("Iran", "IRN"), ("Russia", "RUS"))
    s = _store(tmp_path, ([e1], [_art("a1", T1, "Wire One", "https://one.example/1")]))
    alerts = evaluate_rules(s, parse_rules(RULES, "r.toml").rules[:1], now=NOW)
    with FeedServer() as srv:
        srv.receiver("/hook", status=503)
        sink = Sink(type="webhook", url=srv.url("/hook"), timeout=2.0, retries=1)
        from eventwire.monitor.fetch import Fetcher

        with Fetcher(retries=1, backoff=0.01, delay=0.0) as f:
            problems = deliver(alerts, open_sinks([sink], fetcher=f), s)
        n = len(srv.hits("/hook"))
    assert n == 2  # one retry
    assert len(problems) == 1 and problems[0].startswith("[EW610] webhook:") and "HTTP 503" in problems[0]
    assert "error" in s.sql("SELECT delivery FROM alerts", as_="records")[0]["delivery"]


def _one_aid_store_and_rules(tmp_path):
    """A closed store ``al.duckdb`` in ``tmp_path`` with one IRN -> RUS AID report, and the rules file ``r.toml``
    (:data:`RULES`); returns the rules file's path."""
    e1 = aid("a1", T1, "supplied", ("Iran", "IRN"), ("Russia", "RUS"))
    s = _store(tmp_path, ([e1], [_art("a1", T1, "Wire One", "https://one.example/1")]))
    s.close()
    rules = tmp_path / "r.toml"
    rules.write_text(RULES, encoding="utf-8")
    return rules


def test_alerts_command_writes_the_table_and_a_jsonl_sink(tmp_path, capsys):
    from eventwire.cli import main

    rules = _one_aid_store_and_rules(tmp_path)
    out = tmp_path / "a.jsonl"
    db = str(tmp_path / "al.duckdb")
    assert main(["alerts", "--db", db, "--rules", str(rules), "--sink", f"jsonl:{out}"]) == 0
    got = [json.loads(x) for x in out.read_text().splitlines()]
    assert sorted(g["rule"] for g in got) == ["Any report on Russia", "Military aid to a sanctioned state"]
    assert "new alerts: " in capsys.readouterr().err
    assert main(["alerts", "--db", db, "--rules", str(rules), "--sink", f"jsonl:{out}"]) == 0
    assert len(out.read_text().splitlines()) == len(got)  # fired once


def test_api_alerts_newest_first(tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    rs = parse_rules(RULES, "r.toml")
    e1 = aid("a1", T1, "supplied", ("Iran", "IRN"), ("Russia", "RUS"))
    e3 = aid("a3", T3, "pledged", ("China", "CHN"), ("Russia", "RUS"), event="SUPPORT")
    s = _store(tmp_path, ([e1], [_art("a1", T1, "Wire One", "https://one.example/1")]))
    evaluate_rules(s, rs.rules[:1], now=datetime(2024, 5, 14, 8, tzinfo=timezone.utc))
    s.write_batch(BatchResult(events=[e3], articles=[_art("a3", T3, "Paper", "https://p.example/3")]))
    evaluate_rules(s, rs.rules[:1], now=datetime(2024, 5, 15, 8, tzinfo=timezone.utc))
    s.close()
    c = TestClient(create_app(str(tmp_path / "al.duckdb")))
    body = c.get("/alerts").json()
    assert body["total"] == 2 and [a["event_id"] for a in body["alerts"]] == [e3.id, e1.id]
    assert body["alerts"][0]["evidence"][0]["url"] == "https://p.example/3"
    assert c.get("/alerts", params={"rule": "nope"}).json()["total"] == 0
    assert c.get("/alerts", params={"since": "2024-05-15"}).json()["total"] == 1
    assert c.get("/alerts", params={"since": "May"}).status_code == 422
    assert c.get("/alerts", params={"bogus": 1}).status_code == 422


def test_the_readme_sample_rules_file_is_valid_and_its_error_example_is_real(tmp_path):
    import re

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", readme, re.S).group(1)
    rs = parse_rules(block, str(tmp_path / "sanctions.toml"))
    assert [r.severity for r in rs.rules] == ["high", "medium", "critical"] and [s.type for s in rs.sinks] == \
        ["jsonl", "webhook"]
    assert rs.rules[0].recipient == {"RUS", "BLR", "IRN", "PRK", "SYR", "CUB", "VEN", "MMR"}
    bad = tmp_path / "sanctions.toml"
    bad.write_text(block.replace('event = ["SANCTION"]', 'event = ["SANCTIONS"]'), encoding="utf-8")
    with pytest.raises(RulesError) as ei:
        load_rules(bad)
    line = next(i for i, x in enumerate(bad.read_text().splitlines(), 1) if "SANCTIONS" in x)
    assert ei.value.message == (f"{bad}:{line}: unknown PLOVER event type 'SANCTIONS' (did you mean 'SANCTION'?)")
    assert "unknown PLOVER event type 'SANCTIONS' (did you mean\n'SANCTION'?)" in readme


def test_api_cluster_shows_outlets_and_members(tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    e1 = aid("a1", T1, "supplied", ("Iran", "IRN"), ("Russia", "RUS"))
    e2 = aid("a2", T2, "shipped", ("Tehran", "IRN"), ("Moscow", "RUS"))
    s = _store(tmp_path, ([e1, e2], [_art("a1", T1, "Wire One", "https://one.example/1"),
                                     _art("a2", T2, "Paper Two", "https://two.example/9")]))
    s.close()
    assert e1.cluster_id == e2.cluster_id
    c = TestClient(create_app(str(tmp_path / "al.duckdb")))
    body = c.get(f"/clusters/{e1.cluster_id}").json()
    assert body["events"] == sorted([e1.id, e2.id]) and body["num_sources"] == 2
    assert body["source_outlets"] == ["Paper Two", "Wire One"]
    assert c.get("/clusters/c-nope").status_code == 404


def test_an_unwritable_jsonl_sink_stops_the_run_before_any_alert_is_recorded(tmp_path, capsys):
    """Fresh user: a sink in a missing folder lost every alert (recorded as fired, never written, exit 0)."""
    from eventwire.cli import main

    rules = _one_aid_store_and_rules(tmp_path)
    db = str(tmp_path / "al.duckdb")
    bad = tmp_path / "missing" / "a.jsonl"
    assert main(["alerts", "--db", db, "--rules", str(rules), "--sink", f"jsonl:{bad}"]) == 2
    assert "[EW110]" in capsys.readouterr().err and not bad.exists()
    good = tmp_path / "a.jsonl"
    assert main(["alerts", "--db", db, "--rules", str(rules), "--sink", f"jsonl:{good}"]) == 0
    assert len(good.read_text().splitlines()) == 2  # nothing was recorded as fired by the failed run
    assert main(["alerts", "--db", db, "--rules", str(rules), "--sink", f"jsonl:{tmp_path}"]) == 2  # a folder


def test_alerts_command_exits_1_when_an_alert_does_not_reach_a_sink(tmp_path, capsys):
    from eventwire.cli import main

    rules = _one_aid_store_and_rules(tmp_path)
    with FeedServer() as srv:
        srv.receiver("/hook", status=503)
        code = main(["alerts", "--db", str(tmp_path / "al.duckdb"), "--rules", str(rules),
                     "--sink", f"webhook:{srv.url('/hook')}"])
    assert code == 1
    assert "[EW610] webhook:" in capsys.readouterr().err
