"""verbs.tsv rows (rules only): crushing a body named by name is force on it ("will crush Hamas", object word ORG of
triggers.object_words; PLOVER manual, ASSAULT), not the detector's AGREE; increasing, boosting, bolstering or beefing
up troops is MOBILIZE troops (PLOVER manual, MOBILIZE; CAMEO 150), not COERCE."""
from __future__ import annotations

import pytest

from eventwire import code_text


def _events(text):
    evs, _ = code_text(text, publication_date="2024-03-12")
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in evs]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Netanyahu said Israel will crush Hamas.", "ISR", "PSE"),
    ("Afghan security forces will crush the Taliban, the minister said.", "AFG", "AFG"),
    ("The Afghan government vowed that its forces would crush the Taliban.", "AFG", "AFG"),
])
def test_crushing_a_named_body_is_force(text, actor, recipient):
    got = _events(text)
    # force to come: ASSAULT future, or THREATEN when its doer vows it (triggers.consequences)
    assert [g for g in got if g[0] in ("ASSAULT", "THREATEN") and g[1] == [actor] and g[2] == [recipient]], got
    assert not [g for g in got if g[0] == "AGREE"], got


@pytest.mark.parametrize("text,want", [
    ("Russia increased its troops near the border with Ukraine.", ("MOBILIZE", ["RUS"], ["UKR"])),
    ("Russia boosted its troops near the border.", ("MOBILIZE", ["RUS"], [])),
    ("The US is beefing up its military presence in the region.", ("MOBILIZE", ["USA"], [])),
    ("Poland will bolster its forces along the border with Belarus.", ("MOBILIZE", ["POL"], ["BLR"])),
])
def test_adding_troops_is_mobilization(text, want):
    got = _events(text)
    assert want in got, got
    assert not [g for g in got if g[0] == "COERCE"], got
