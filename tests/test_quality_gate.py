"""Quality gate: score every gold set pinned in tests/quality_baseline.json (on the subset pinned there) and
fail when a metric falls below its floor by more than the tolerance.

Re-pin deliberately with ``eventwire evaluate --gold all --update-baseline`` (upward only; add
``--allow-regression`` to lower a floor, and say why in the commit). Budget: well under 5 minutes on 2 cores.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_path
from eventwire.evaluate.harness import GATED, score_set
from eventwire.evaluate.report import check_gate, load_baseline

BASELINE = Path(__file__).parent / "quality_baseline.json"
SETS = sorted(json.loads(BASELINE.read_text(encoding="utf-8"))["sets"])


def test_baseline_covers_every_gold_set():
    from eventwire.evaluate.loaders import LOADERS

    base = load_baseline(BASELINE)
    assert set(base["sets"]) == set(LOADERS)
    assert 0 < base["tolerance"] <= 0.05
    for name, spec in base["sets"].items():
        assert spec["floors"], f"{name}: no floors pinned"


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
def test_quality_gate(name):
    shared_path("eval")
    base = load_baseline(BASELINE)
    spec = base["sets"][name]
    res = score_set(name, spec.get("limit"))
    rows = check_gate([res], base)
    assert {r["metric"] for r in rows} == set(spec["floors"])
    assert set(spec["floors"]) <= set(GATED[res.kind])
    bad = [r for r in rows if r["status"] != "ok"]
    assert not bad, "\n".join(f"{r['set']}.{r['metric']} = {r['value']} < floor {r['floor']} - "
                              f"{base['tolerance']} ({r['status']})" for r in bad)
