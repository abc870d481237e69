"""Metrics of the evaluation harness on small hand-made gold items and events (answers computed by hand
in the comments)."""
from __future__ import annotations

import pytest

from eventwire.evaluate import metrics as M
from eventwire.evaluate.analysis import analyse
from eventwire.evaluate.harness import compute_metrics
from eventwire.evaluate.loaders import GoldActor, GoldEvent, GoldItem, GoldSet
from eventwire.schema import Entity, Event


def ev(item, typ, actor=(), recipient=(), negated=False, status="actual", cameo=None):
    def ents(xs):
        out = []
        for x in xs:
            if isinstance(x, Entity):
                out.append(x)
            else:
                code, _, sec = x.partition("/")
                out.append(Entity(x, code=code or None, sector=sec or None))
        return out
    return Event(article_id=item, event=typ, actor=ents(actor), recipient=ents(recipient), event_text=typ.lower(),
                 text_info={"start": 0, "end": 1}, negated=negated, status=status, cameo=cameo)


def ga(s):
    code, _, sec = s.partition("/")
    return GoldActor(code or None, sec or None)


def gev(typ, actors=(), recipients=(), **kw):
    types = typ if isinstance(typ, tuple) else (typ,)
    return GoldEvent(types, [ga(a) for a in actors], [ga(r) for r in recipients], **kw)


@pytest.fixture
def events_set():
    items = [
        GoldItem("A", "a", events=[gev("AGREE", ["USA"], ["CHN"]), gev("ASSAULT", ["RUS"], ["UKR"])]),
        GoldItem("B", "b", events=[gev("ASSAULT", ["ISR/MIL"], ["PSE/CVL"])]),
        GoldItem("C", "c", events=[]),
        GoldItem("D", "d", events=[gev("ASSAULT", ["LKA/MIL"], ["IND/CVL"], negated=True),
                                   gev("COERCE", ["LKA/MIL"], ["IND/CVL"])]),
    ]
    pred = {
        "A": [ev("A", "AGREE", ["USA"], ["CHN"]), ev("A", "ASSAULT", ["UKR"], ["RUS"]), ev("A", "ACCUSE", ["FRA"])],
        "B": [ev("B", "ASSAULT", ["ISR/GOV"], ["PSE/CVL"])],
        "C": [ev("C", "CONSULT", ["USA"]), ev("C", "ASSAULT", ["USA"], ["IRQ"], negated=True)],
        "D": [ev("D", "ASSAULT", ["LKA/MIL"], ["IND"]), ev("D", "COERCE", ["LKA/MIL"], ["IND"])],
    }
    return GoldSet("toy", "events", items), pred


def test_event_level_scores(events_set):
    gs, pred = events_set
    m = M.event_scores(gs.items, pred)
    # gold actual events: 4; emitted (non-negated): 3+1+1+2 = 7; matched: A-AGREE, B-ASSAULT, D-COERCE = 3
    assert (m["gold_events"], m["emitted_events"], m["matched_events"]) == (4, 7, 3)
    assert m["event_precision"] == 0.4286 and m["event_recall"] == 0.75 and m["event_f1"] == 0.5455
    # sectors compared: B actor MIL vs GOV (wrong), B recipient CVL (right), D actor MIL (right),
    # D recipient CVL vs none (wrong) -> 2/4
    assert (m["sector_accuracy"], m["sector_compared"]) == (0.5, 4)
    assert m["overgeneration"] == 1.75
    assert (m["negated_hypothetical_gold"], m["negated_hypothetical_emitted_as_actual"]) == (1, 1)


def test_type_scores(events_set):
    gs, pred = events_set
    t = M.type_scores(gs.items, pred)
    assert t["per_type"]["AGREE"]["f1"] == 1.0
    assert (t["per_type"]["ASSAULT"]["precision"], t["per_type"]["ASSAULT"]["recall"]) == (0.6667, 1.0)
    assert t["per_type"]["ASSAULT"]["f1"] == 0.8
    assert t["per_type"]["ACCUSE"] == {"precision": 0.0, "recall": None, "f1": 0.0, "gold": 0, "emitted": 1,
                                       "correct": 0}
    # macro over AGREE, CONSULT, ACCUSE, COERCE, ASSAULT = (1 + 0 + 0 + 1 + 0.8) / 5
    assert t["macro_f1"] == 0.56
    # micro: tp 4, fp 3, fn 0
    assert (t["micro_precision"], t["micro_recall"], t["micro_f1"]) == (0.5714, 1.0, 0.7273)


def test_confusion(events_set):
    gs, pred = events_set
    assert M.confusion(gs.items, pred) == {
        "(none)": {"ACCUSE": 1, "ASSAULT": 1, "CONSULT": 1},
        "AGREE": {"AGREE": 1}, "ASSAULT": {"ASSAULT": 2}, "COERCE": {"COERCE": 1}}


def test_confusion_wrong_type_and_missed():
    items = [GoldItem("X", "x", events=[gev("REQUEST", ["RUS"], ["CHN"]), gev("THREATEN", ["USA"], ["CHN"])])]
    pred = {"X": [ev("X", "ACCUSE", ["RUS"], ["CHN"])]}
    assert M.confusion(items, pred) == {"REQUEST": {"ACCUSE": 1}, "THREATEN": {"(none)": 1}}
    log = analyse(GoldSet("t", "events", items), pred)
    assert log.by_kind() == {"missed type": 1, "wrong type": 1}
    assert [e["detail"] for e in log.top(5)] == ["THREATEN", "REQUEST -> ACCUSE"]  # ties by kind name


def test_error_kinds(events_set):
    gs, pred = events_set
    log = analyse(gs, pred)
    assert log.by_kind() == {"spurious event": 3, "wrong sector": 2, "negated/hypothetical emitted as actual": 1,
                             "reversed direction": 1}
    # every (kind, detail) occurs once, so the order is by kind name, then detail
    assert [(e["kind"], e["detail"]) for e in log.top(3)] == [
        ("negated/hypothetical emitted as actual", "ASSAULT"), ("reversed direction", "ASSAULT"),
        ("spurious event", "ACCUSE")]
    rev = [e for e in log.top(10) if e["kind"] == "reversed direction"][0]
    assert rev["examples"][0]["item"] == "A" and "UKR ASSAULT RUS" in rev["examples"][0]["emitted"]


def test_matching_rules():
    g = gev("ASSAULT", ["SDN/MIL"], ["SDN/REB"], symmetric=True)
    assert M.event_matches(ev("i", "ASSAULT", ["SDN/REB"], ["SDN/MIL"]), g)  # symmetric: same countries anyway
    g2 = gev("ASSAULT", ["RUS"], ["UKR"])
    assert not M.event_matches(ev("i", "ASSAULT", ["UKR"], ["RUS"]), g2)
    assert M.event_matches(ev("i", "ASSAULT", ["UKR"], ["RUS"]), gev("ASSAULT", ["RUS"], ["UKR"], symmetric=True))
    # gold without a recipient: any recipient is fine; gold without an actor: none may be invented
    assert M.event_matches(ev("i", "AGREE", ["USA"], ["FRA"]), gev("AGREE", ["USA"]))
    assert not M.event_matches(ev("i", "ASSAULT", ["UKR"]), gev("ASSAULT"))
    assert M.event_matches(ev("i", "ASSAULT", [Entity("gunmen")]), gev("ASSAULT"))
    # IGO family, accepted alternative types
    assert M.event_matches(ev("i", "SANCTION", ["EUR"], ["NER"]), gev("SANCTION", ["IGO"], ["NER"]))
    assert M.event_matches(ev("i", "CONCEDE", ["USA"], ["NER"]), gev(("RETREAT", "CONCEDE"), ["USA"], ["NER"]))
    assert not M.event_matches(ev("i", "AGREE", ["USA"], ["NER"]), gev(("RETREAT", "CONCEDE"), ["USA"], ["NER"]))


def test_quad_scores():
    items = [GoldItem(str(i), "t", label=lab) for i, lab in enumerate([0, 3, 4, 1])]
    pred = {"1": [ev("1", "ACCUSE")], "2": [ev("2", "AGREE")], "3": [ev("3", "AGREE"), ev("3", "ASSAULT")]}
    q = M.quad_scores(items, pred)
    assert q["quad_accuracy"] == 0.5  # item 0 (no event) and item 1 right; tie in item 3 -> 4
    assert q["quad_confusion"] == {"0": {"0": 1}, "1": {"4": 1}, "3": {"3": 1}, "4": {"1": 1}}
    # a CAMEO code on the event decides its quad: AGREE with cameo 190 counts as material conflict
    assert M.predicted_quad([ev("x", "AGREE", cameo="190")]) == 4
    assert M.predicted_quad([ev("x", "AGREE", negated=True)]) == 0
    # the gold set's own scheme: CAMEO 16 (SANCTION) is verbal conflict, 14-15 and 17-20 material conflict
    assert M.predicted_quad([ev("x", "SANCTION")]) == 3
    assert M.predicted_quad([ev("x", "SANCTION", cameo="163")]) == 3
    assert [M.cameo_quad(c) for c in ("010", "020", "036", "081", "090", "130", "140", "150", "160", "173", "200")] \
        == [0, 0, 1, 2, 3, 3, 4, 4, 3, 4, 4]


def test_span_scores():
    text = "NATO said Serbian troops attacked Kosovo."
    it = GoldItem("s", text, spans=[(0, 4, "S"), (10, 24, "T")])
    pred = {"s": [
        ev("s", "ACCUSE", [Entity("NATO", code="IGO", start=0, end=4)], [Entity("troops", start=18, end=24)]),
        ev("s", "ASSAULT", [Entity("Kosovo", start=34, end=40)]),
    ]}
    s = M.span_scores([it], pred)
    assert (s["gold_spans"], s["emitted_spans"]) == (2, 3)
    assert (s["span_precision"], s["span_recall"], s["span_f1"]) == (0.6667, 1.0, 0.8)
    assert (s["exact_precision"], s["exact_recall"], s["exact_f1"]) == (0.3333, 0.5, 0.4)


def test_label_recall_acled_and_india():
    items = [
        GoldItem("1", "t", label="ARREST", events=[GoldEvent(("COERCE",), require_actor=False)]),
        GoldItem("2", "t", label="PEACE_PROTEST", events=[GoldEvent(("PROTEST",), require_actor=False)]),
        GoldItem("3", "t", label="NATURAL_DISASTER"),
        GoldItem("4", "t", label="NATURAL_DISASTER"),
        GoldItem("5", "t", label="OTHER", scored=False),
    ]
    pred = {"1": [ev("1", "COERCE")], "3": [ev("3", "ASSAULT")], "5": [ev("5", "ASSAULT")]}
    r = M.label_recall(items, pred)
    assert (r["recall"], r["spurious_rate"], r["items_no_event"]) == (0.5, 0.5, 2)
    assert r["per_type_recall"] == {"COERCE": 1.0, "PROTEST": 0.0}
    assert r["per_label_recall"] == {"ARREST": 1.0, "PEACE_PROTEST": 0.0}

    india = [GoldItem("d", "t", label=["ARREST", "KILL"], events=[
        GoldEvent(("ASSAULT",), [GoldActor("IND", "COP")], require_actor=False, source_id="d:KILL"),
        GoldEvent(("COERCE",), [GoldActor("IND", "COP")], require_actor=False, source_id="d:ARREST")])]
    p = {"d": [ev("d", "ASSAULT", ["IND/COP"]), ev("d", "COERCE", ["IND/GOV"])]}
    r = M.label_recall(india, p, cop_actor=True)
    assert r["recall"] == 0.5 and r["per_label_recall"] == {"ARREST": 0.0, "KILL": 1.0}
    m = compute_metrics(GoldSet("india", "india", india), p)
    assert m["doc_precision_cop"] == 1.0 and m["overgeneration"] == 1.0


def test_empty_output_is_zero_not_none():
    items = [GoldItem("A", "a", events=[gev("AGREE", ["USA"])])]
    m = M.event_scores(items, {})
    assert (m["event_precision"], m["event_recall"], m["event_f1"]) == (None, 0.0, 0.0)
    assert M.type_scores(items, {})["macro_f1"] == 0.0
    assert M.event_scores([GoldItem("B", "b")], {})["event_f1"] is None


def test_wrong_actor_names_the_role():
    items = [GoldItem("W", "w", events=[gev("ASSAULT", ["SYR/REB"], ["SYR"]), gev("ACCUSE", ["RWA"], ["FRA"])])]
    pred = {"W": [ev("W", "ASSAULT", ["SYR/REB"], ["IRQ"]), ev("W", "ACCUSE", ["FRA"], ["USA"])]}
    log = analyse(GoldSet("t", "events", items), pred)
    assert sorted(log.counts) == [("wrong actor", "ACCUSE: actor"), ("wrong actor", "ASSAULT: recipient")]


def test_hypothetical_output_is_not_scored_as_asserted():
    items = [GoldItem("H", "h", events=[gev("AGREE", ["NOR"], ["SAU"])])]
    pred = {"H": [ev("H", "AGREE", ["NOR"], ["SAU"]), ev("H", "ASSAULT", status="hypothetical")]}
    m = M.event_scores(items, pred)
    assert (m["emitted_events"], m["event_precision"]) == (1, 1.0)
    assert analyse(GoldSet("t", "events", items), pred).by_kind() == {}


def test_span_error_kinds():
    text = "NATO said Serbian troops attacked Kosovo."
    it = GoldItem("s", text, spans=[(0, 4, "S"), (10, 24, "T")])
    pred = {"s": [ev("s", "ASSAULT", [Entity("Kosovo", start=34, end=40)], [Entity("troops", start=18, end=24)])]}
    log = analyse(GoldSet("n", "spans", [it]), pred)
    assert log.counts == {("wrong actor", "actor span S"): 1, ("spurious event", "actor span S not in gold"): 1}


def test_compound_gold_accepts_one_event_per_member():
    items = [GoldItem("K", "k", events=[gev("AGREE", ["HUN/GOV", "ROU/GOV"])])]
    pred = {"K": [ev("K", "AGREE", ["HUN/GOV"]), ev("K", "AGREE", ["ROU/GOV"]), ev("K", "AGREE", ["ROU/GOV"])]}
    m = M.event_scores(items, pred)
    # HUN and ROU events are both correct; the repeated ROU event is not (same pairing twice)
    assert (m["matched_events"], m["found_gold"], m["emitted_events"]) == (2, 1, 3)
    assert (m["event_precision"], m["event_recall"], m["event_f1"]) == (0.6667, 1.0, 0.8)
    assert analyse(GoldSet("t", "events", items), pred).by_kind() == {"spurious event": 1}
    # a non-compound gold event takes one emitted event only
    single = [GoldItem("S", "s", events=[gev("AGREE", ["HUN"])])]
    assert M.event_scores(single, {"S": [ev("S", "AGREE", ["HUN"]), ev("S", "AGREE", ["HUN"], ["ROU"])]})[
        "matched_events"] == 1


def test_manual_disagreements_are_counted_by_rule():
    from eventwire.evaluate.analysis import manual_disagreements
    from eventwire.evaluate.loaders import GoldActor, GoldEvent, GoldSet
    from eventwire.schema import Entity, Event

    def rec(event, rule=None, coded_from=None, topic=None):
        # text_info.rule names the rules of every record; coded_from only when a manual rule recoded the type
        ti = {"start": 0, "end": 1, "rule": {"trigger": "pattern:meet/V@60", "type": rule or "pattern:meet/V@60",
                                             "actor": "subject", "recipient": "none"}}
        if rule:
            ti.update(coded_from=coded_from)
        if topic:
            ti["topic"] = topic
        return Event("a", event, [Entity("France", "FRA", "GOV", None, 0, 6)], [], "x", ti)

    items = [GoldItem("a", "France will host talks.", events=[GoldEvent(("CONSULT",), [GoldActor("FRA", "GOV")], [])]),
             GoldItem("b", "Students marched to demand reforms.",
                      events=[GoldEvent(("REQUEST",), [GoldActor("FRA", "EDU")], [])]),
             GoldItem("c", "France met Iran.", events=[GoldEvent(("CONSULT",), [GoldActor("FRA", "GOV")], [])])]
    pred = {"a": [rec("AGREE", "future-as-agree", "CONSULT")], "b": [rec("PROTEST", topic=[20, 26])],
            "c": [rec("CONSULT")]}
    md = manual_disagreements(GoldSet("t", "events", items, "-"), pred)
    assert md["by_rule"] == {"future-as-agree": 1, "protest-topic": 1}  # item c matched: no disagreement
    assert md["examples"]["future-as-agree"][0]["item"] == "a"


def test_history_rows_skip_subsets_and_render(tmp_path):
    from eventwire.errors import EvaluationError
    from eventwire.evaluate import report as R

    rep = {"eventwire": "0.1.0", "sets": [
        {"name": "plover_gsr", "limit": None, "metrics": {"event_f1": 0.51234, "type_macro_f1": 0.7}},
        {"name": "case2021", "limit": 300, "metrics": {"recall": 0.6}}]}
    row = R.history_row(rep, "run A", "2026-11-29")
    assert row["figures"] == {"plover_gsr.event_f1": 0.5123, "plover_gsr.type_macro_f1": 0.7}  # subset left out
    h = tmp_path / "h.jsonl"
    R.append_history(h, row)
    R.append_history(h, R.history_row(rep, "run B", "2026-11-30"))
    rows = R.read_history(h)
    assert [r["label"] for r in rows] == ["run A", "run B"]
    md = "\n".join(R.history_markdown(rows))
    assert "| 2026-11-29 | run A | 0.700 | 0.512 |" in md and ">= 0.550" in md
    with pytest.raises(EvaluationError):
        R.history_row({"no": "sets"}, "x", "2026-11-29")


def test_history_rerun_replaces_the_row_with_the_same_label(tmp_path):
    from eventwire.evaluate import report as R

    h = tmp_path / "h.jsonl"
    rep = {"eventwire": "0.1.0", "sets": [{"name": "cases", "limit": None, "metrics": {"event_f1": 0.9}}]}
    R.append_history(h, R.history_row(rep, "A", "2026-11-29"))
    rep["sets"][0]["metrics"]["event_f1"] = 0.95
    R.append_history(h, R.history_row(rep, "A", "2026-11-29"))
    rows = R.read_history(h)
    assert len(rows) == 1 and rows[0]["figures"] == {"cases.event_f1": 0.95}


# ---------------------------------------------------------------- voa_news story-level scoring (SOURCE.txt)

def _story_items():
    s1 = GoldItem("s1", "text", events=[
        gev("ACCUSE", ["USA/GOV"], ["RUS"], evidence="The U.S. accused Russia."),
        gev("REQUEST", ["UKR"], ["USA"], evidence="Ukraine asked the U.S. for help."),
        gev("ASSAULT", ["RUS/MIL"], ["UKR"], core=False, evidence="Russia shelled Kyiv."),
        gev("REJECT", ["RUS"], [], negated=True, evidence="Russia did not deny it."),
    ])
    s2 = GoldItem("s2", "text", events=[gev("AGREE", ["FRA"], ["DEU"], status="future", evidence="France will meet Germany.")])
    return [s1, s2]


def _sev(item, typ, actor=(), recipient=(), sentence="", **kw):
    e = ev(item, typ, actor, recipient, **kw)
    e.text_info = {"start": 0, "end": 1, "sentence": sentence}
    return e


def test_story_scores_follow_source_txt():
    items = _story_items()
    pred = {
        "s1": [_sev("s1", "ACCUSE", ["USA/GOV"], ["RUS"], sentence="The U.S. accused Russia."),
               _sev("s1", "ACCUSE", ["USA/GOV"], ["RUS", "UKR"], sentence="Later the U.S. accused Russia again."),
               _sev("s1", "ASSAULT", ["RUS"], ["UKR"], sentence="Russia shelled Kyiv."),   # matches an extra
               _sev("s1", "REQUEST", ["UKR"], ["GBR"], sentence="Ukraine asked the U.S. for help."),  # wrong recipient
               _sev("s1", "REJECT", ["RUS"], [], negated=True, sentence="Russia did not deny it.")],  # not counted in P
        "s2": [_sev("s2", "AGREE", ["FRA"], ["DEU"], status="actual", sentence="France will meet Germany.")],
    }
    m = M.story_scores(items, pred)
    # core gold: ACCUSE, REQUEST, REJECT(neg) in s1, AGREE in s2 = 4; found: ACCUSE, REJECT (negation matches), AGREE
    assert (m["gold_core_events"], m["found_core"]) == (4, 3)
    # emitted non-negated: 5; correct: two ACCUSE, the ASSAULT (extra gold), the AGREE = 4
    assert (m["emitted_events"], m["correct_emitted"]) == (5, 4)
    assert m["event_precision"] == 0.8 and m["event_recall"] == 0.75
    assert m["event_f1"] == round(2 * 0.8 * 0.75 / 1.55, 4)
    # the second ACCUSE sits in a sentence that is no gold evidence sentence
    assert m["emitted_outside_gold_sentences"] == 0.2
    # statuses of found core events: ACCUSE actual ok, REJECT actual ok, AGREE future vs actual -> 2/3
    assert m["status_agreement"] == round(2 / 3, 4)
    assert m["per_type"]["REQUEST"] == {"gold": 1, "found": 0, "emitted": 1, "correct": 0, "precision": 0.0,
                                        "recall": 0.0, "f1": None}


def test_story_scores_nothing_emitted_is_zero_recall():
    m = M.story_scores(_story_items(), {})
    assert m["event_recall"] == 0.0 and m["event_precision"] is None and m["found_core"] == 0


def test_story_errors_are_classified():
    items = _story_items()
    gs = GoldSet("voa_news", "stories", items)
    pred = {"s1": [_sev("s1", "ACCUSE", ["CHN"], ["RUS"]), _sev("s1", "REQUEST", ["UKR"], ["GBR"])]}
    kinds = analyse(gs, pred).by_kind()
    # ACCUSE: wrong actor; REQUEST: wrong recipient; REJECT and AGREE: missed type; both emitted are spurious
    assert kinds == {"missed type": 2, "spurious event": 2, "wrong actor": 1, "wrong recipient": 1}


def test_voa_news_loader_reads_core_and_extra():
    from conftest import shared_path
    from eventwire.evaluate.loaders import load_voa_news

    shared_path("eval/voa_news")
    gs = load_voa_news()
    assert gs.kind == "stories" and len(gs.items) == 42
    evs = [g for it in gs.items for g in it.events]
    assert sum(g.core for g in evs) == 530 and sum(not g.core for g in evs) == 99
    assert all(it.publication_date and len(it.publication_date) == 10 for it in gs.items)
    assert all(g.evidence and g.evidence in it.text for it in gs.items for g in it.events)
