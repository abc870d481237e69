"""`eventwire evaluate`: the harness end to end (with an oracle coder and with the real pipeline), the
reports, and the baseline machinery of the quality gate."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.errors import EvaluationError
from eventwire.evaluate import report as R
from eventwire.evaluate.harness import SetResult, score_set
from eventwire.evaluate.loaders import load_gold
from eventwire.schema import BatchResult, DocReport, Entity, Event

FIX = Path(__file__).parent / "fixtures" / "evaluate"
GSR = str(FIX / "mini_gsr.json")


@pytest.fixture
def oracle(monkeypatch):
    """Replace code_batch by a coder that emits exactly the gold events (plus one spurious event in the
    first sentence), so the expected scores are known."""
    gs = load_gold(GSR)
    by_text = {it.text: it for it in gs.items}

    def fake(articles, **kw):
        res = BatchResult()
        for a in articles:
            it = by_text[a.text]
            for k, g in enumerate(it.events):
                res.events.append(Event(
                    article_id=a.id, event=g.type, event_text="x", text_info={"start": k, "end": k + 1},
                    actor=[Entity(x.text or "", code=x.code, sector=x.sector) for x in g.actors],
                    recipient=[Entity(x.text or "", code=x.code, sector=x.sector) for x in g.recipients]))
            if it is gs.items[0]:
                res.events.append(Event(article_id=a.id, event="THREATEN", actor=[Entity("x", code="USA")],
                                        recipient=[], event_text="y", text_info={"start": 9, "end": 10}))
            res.reports.append(DocReport(a.id, "coded", events=2))
        return res

    monkeypatch.setattr("eventwire.pipeline.code_batch", fake)


def test_score_set_with_oracle(oracle):
    r = score_set(GSR)
    m = r.metrics
    # 3 gold events all matched; 4 emitted (one spurious THREATEN)
    assert (m["gold_events"], m["emitted_events"], m["matched_events"]) == (3, 4, 3)
    assert (m["event_precision"], m["event_recall"], m["event_f1"]) == (0.75, 1.0, 0.8571)
    assert m["sector_accuracy"] == 1.0 and m["sector_compared"] == 4
    assert m["per_type"]["THREATEN"]["f1"] == 0.0 and m["per_type"]["REQUEST"]["f1"] == 1.0
    assert m["type_macro_f1"] == 0.75  # REQUEST, ACCUSE, ASSAULT 1.0; THREATEN 0.0
    assert r.errors.by_kind() == {"spurious event": 1}
    assert r.documents == {"coded": 2, "skipped": 0, "failed": 0}


def test_real_pipeline_runs_on_fixture():
    r = score_set(GSR)
    assert r.n_items == 2 and r.documents["coded"] + r.documents["failed"] + r.documents["skipped"] == 2
    assert r.metrics["gold_events"] == 3
    assert r.metrics["event_recall"] is not None


def test_cli_reports_are_deterministic(oracle, tmp_path, capsys):
    md, js = tmp_path / "a.md", tmp_path / "a.json"
    assert main(["evaluate", "--gold", GSR, "--report", str(md), "--errors", "3"]) == 0
    assert main(["evaluate", "--gold", GSR, "--report", str(js), "--errors", "3"]) == 0
    first = md.read_bytes()
    assert main(["evaluate", "--gold", GSR, "--report", str(md), "--errors", "3"]) == 0
    assert md.read_bytes() == first
    text = md.read_text()
    assert "| mini_gsr | 2 | event F1 | 0.857 |" in text and "**spurious event** (THREATEN): 1" in text
    d = json.loads(js.read_text())
    assert d["sets"][0]["metrics"]["event_f1"] == 0.8571
    assert d["sets"][0]["top_errors"][0]["kind"] == "spurious event"
    out = capsys.readouterr().out
    assert "event F1" in out and "spurious event (THREATEN)" in out


def test_cli_errors_are_one_line(tmp_path, capsys):
    assert main(["evaluate", "--gold", "nope"]) == 2
    assert "[EW500] unknown gold set 'nope'" in capsys.readouterr().err
    assert main(["evaluate", "--gold", GSR, "--report", str(tmp_path / "x.txt")]) == 2
    assert main(["evaluate", "--gold", GSR, "--allow-regression"]) == 2
    assert main(["evaluate", "--gold", GSR, "--gate", "--baseline", str(tmp_path / "none.json")]) == 2
    assert "baseline" in capsys.readouterr().err


def test_cli_help(capsys):
    with pytest.raises(SystemExit) as e:
        main(["evaluate", "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    for flag in ("--gold", "--report", "--errors", "--limit", "--update-baseline", "--allow-regression", "--gate"):
        assert flag in out


def _res(name, **metrics):
    return SetResult(name, "events", 10, None, metrics, {})


def test_update_baseline_upward_only():
    base = {"tolerance": 0.02, "sets": {"s": {"limit": None, "floors": {"event_f1": 0.5, "type_macro_f1": 0.4}}}}
    new, msgs = R.update_baseline([_res("s", event_f1=0.6, type_macro_f1=0.3)], base)
    assert new["sets"]["s"]["floors"] == {"event_f1": 0.6, "type_macro_f1": 0.4}
    assert any("REGRESSION" in m and "type_macro_f1" in m for m in msgs)
    assert base["sets"]["s"]["floors"]["event_f1"] == 0.5  # input not mutated
    low, _ = R.update_baseline([_res("s", event_f1=0.6, type_macro_f1=0.3)], base, allow_regression=True)
    assert low["sets"]["s"]["floors"] == {"event_f1": 0.6, "type_macro_f1": 0.3}
    # a small drop within the tolerance is kept silently; a new set is added with its limit
    new2, msgs2 = R.update_baseline([_res("s", event_f1=0.49, type_macro_f1=0.4), _res("t", event_f1=0.1)], base)
    assert new2["sets"]["s"]["floors"]["event_f1"] == 0.5 and not any("REGRESSION" in m for m in msgs2)
    assert new2["sets"]["t"] == {"limit": None, "floors": {"event_f1": 0.1}}


def test_update_baseline_refuses_other_subset():
    base = {"tolerance": 0.02, "sets": {"s": {"limit": 100, "floors": {"event_f1": 0.5}}}}
    with pytest.raises(EvaluationError, match="baseline pins limit 100"):
        R.update_baseline([_res("s", event_f1=0.6)], base)


def test_check_gate():
    base = {"tolerance": 0.02, "sets": {"s": {"limit": None, "floors": {"event_f1": 0.5, "type_macro_f1": 0.4,
                                                                         "event_recall": 0.2}}}}
    rows = R.check_gate([_res("s", event_f1=0.485, type_macro_f1=0.37, event_recall=None)], base)
    assert {r["metric"]: r["status"] for r in rows} == {"event_f1": "ok", "type_macro_f1": "FAIL",
                                                        "event_recall": "missing"}


def test_cli_update_baseline_and_gate(oracle, tmp_path):
    bl = tmp_path / "baseline.json"
    assert main(["evaluate", "--gold", GSR, "--update-baseline", "--baseline", str(bl)]) == 0
    pinned = json.loads(bl.read_text())
    assert pinned["sets"]["mini_gsr"]["floors"]["event_f1"] == 0.8571
    assert main(["evaluate", "--gold", GSR, "--gate", "--baseline", str(bl)]) == 0
    pinned["sets"]["mini_gsr"]["floors"]["event_f1"] = 0.95
    bl.write_text(json.dumps(pinned))
    assert main(["evaluate", "--gold", GSR, "--gate", "--baseline", str(bl)]) == 1
    # re-pinning does not lower the floor without --allow-regression
    assert main(["evaluate", "--gold", GSR, "--update-baseline", "--baseline", str(bl)]) == 1
    assert json.loads(bl.read_text())["sets"]["mini_gsr"]["floors"]["event_f1"] == 0.95
    assert main(["evaluate", "--gold", GSR, "--update-baseline", "--allow-regression", "--baseline", str(bl)]) == 0
    assert json.loads(bl.read_text())["sets"]["mini_gsr"]["floors"]["event_f1"] == 0.8571


def test_accuracy_doc_is_generated_by_the_command():
    doc = (Path(__file__).parent.parent / "docs" / "accuracy.md").read_text(encoding="utf-8")
    assert doc.startswith("# eventwire accuracy\n\nGenerated by `eventwire evaluate --gold all")
    from eventwire.evaluate.loaders import LOADERS
    for name in LOADERS:
        assert f"\n## {name}\n" in doc


def test_gold_help_lists_every_registered_set_and_group():
    from eventwire.cli.evaluate import gold_help
    from eventwire.evaluate.loaders import GROUPS, LOADERS

    text = gold_help()
    assert "voa_news" in LOADERS  # the set a fresh user missed in the help
    for name in list(LOADERS) + list(GROUPS):
        assert name in text, name
